"""Muenchen: parse functions and the spider callbacks (a mixin of RisSpider)."""
from __future__ import annotations


class MuenchenMixin:
    """Callbacks for Muenchen portals; methods of the running RisSpider."""
