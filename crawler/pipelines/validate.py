"""First pipeline stage: every item must say what it is and have a stable id."""
from __future__ import annotations

import logging

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from crawler.items import ITEM_TYPES

logger = logging.getLogger(__name__)


def invalid(item) -> str | None:
    """Why an item (an Item, a dict) cannot be stored (None: it can)."""
    kind, oid = item.get("type"), item.get("id")
    if kind not in ITEM_TYPES or not isinstance(oid, str) or not oid.strip():
        return f"item without type or id from {item.get('source_url')}: type={kind!r} id={oid!r}"
    return None


class ValidatePipeline:
    """Drop items without a known ``type`` or without ``id`` (counted as
    ``ris/invalid_item``), and such items embedded in another (the others
    stay); strip whitespace around ids."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        adapter = ItemAdapter(item)
        problem = invalid(adapter)
        if problem:
            self.crawler.stats.inc_value("ris/invalid_item")
            raise DropItem(problem)
        adapter["id"] = adapter["id"].strip()
        embedded = adapter.get("embedded")
        if embedded:
            kept = []
            for child in embedded:
                problem = invalid(child)
                if problem:
                    self.crawler.stats.inc_value("ris/invalid_item")
                    logger.warning("Dropped an embedded %s", problem)
                    continue
                child["id"] = child["id"].strip()
                kept.append(child)
            adapter["embedded"] = kept
        return item
