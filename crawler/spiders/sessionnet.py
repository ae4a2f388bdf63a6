"""SessionNet: parse functions and the spider callbacks (a mixin of RisSpider)."""
from __future__ import annotations


class SessionNetMixin:
    """Callbacks for SessionNet portals; methods of the running RisSpider."""
