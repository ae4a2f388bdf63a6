"""First pipeline stage: every item must say what it is and have a stable id."""
from __future__ import annotations

import logging

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from crawler.items import ITEM_TYPES

logger = logging.getLogger(__name__)


class ValidatePipeline:
    """Drop items without a known ``type`` or without ``id`` (counted as
    ``ris/invalid_item``); strip whitespace around ids."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        adapter = ItemAdapter(item)
        kind, oid = adapter.get("type"), adapter.get("id")
        if kind not in ITEM_TYPES or not isinstance(oid, str) or not oid.strip():
            self.crawler.stats.inc_value("ris/invalid_item")
            raise DropItem(f"item without type or id from {adapter.get('source_url')}: "
                           f"type={kind!r} id={oid!r}")
        adapter["id"] = oid.strip()
        return item
