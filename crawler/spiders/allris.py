"""Allris: parse functions and the spider callbacks (a mixin of RisSpider)."""
from __future__ import annotations


class AllrisMixin:
    """Callbacks for Allris portals; methods of the running RisSpider."""
