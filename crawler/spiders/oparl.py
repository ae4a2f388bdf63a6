"""OParl: parse functions and the spider callbacks (a mixin of RisSpider)."""
from __future__ import annotations


class OParlMixin:
    """Callbacks for OParl portals; methods of the running RisSpider."""
