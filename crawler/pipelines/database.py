"""Write every item into the SQLite database through the schema module.

Items are upserted by id in batches, each batch one transaction, so a killed
crawl loses at most the batch not yet written (a resumed crawl stores it
again; upserts make that harmless). Incremental cursors are written when the
crawl finishes normally, after the last batch.
"""
from __future__ import annotations

import logging
import time

from itemadapter import ItemAdapter
from scrapy import signals

from crawler import store
from crawler.timestamps import utc_stamp

logger = logging.getLogger(__name__)

NOT_STORED = ("file_urls", "files", "extraction")


class DatabasePipeline:
    """Settings: ``RIS_DB`` (path; env ``RIS_DB``; default data/ris.db),
    ``RIS_DB_BATCH`` (items per transaction, 200), ``RIS_DB_FLUSH_SECONDS``
    (write a partial batch after this long, 30)."""

    def __init__(self, crawler):
        self.crawler = crawler
        settings = crawler.settings
        self.path = store.db_path(settings)
        self.batch_size = settings.getint("RIS_DB_BATCH", 200)
        self.flush_seconds = settings.getfloat("RIS_DB_FLUSH_SECONDS", 30.0)
        self.pending: list[dict] = []
        self.last_flush = time.monotonic()
        self.db = None

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self, spider=None):
        self.db = store.open_db(self.path)
        logger.info("Writing items to %s", self.path)

    def process_item(self, item, spider=None):
        adapter = ItemAdapter(item)
        self.pending.append(adapter.asdict())
        record = adapter.get("extraction")
        if isinstance(record, dict) and "text" in record:
            # the text goes to the database, not into feed exports
            adapter["extraction"] = {k: v for k, v in record.items() if k != "text"}
        if (len(self.pending) >= self.batch_size
                or time.monotonic() - self.last_flush >= self.flush_seconds):
            self.flush()
        return item

    def flush(self) -> None:
        self.last_flush = time.monotonic()
        if not self.pending or self.db is None:
            return
        batch, self.pending = self.pending, []
        try:
            with self.db.atomic():
                for row in batch:
                    self.save(row)
        except Exception:  # find the bad item, keep the others
            for row in batch:
                self.save_one(row)
            return
        self.crawler.stats.inc_value("ris/db_items_written", len(batch))

    def save_one(self, row: dict) -> None:
        try:
            with self.db.atomic():
                self.save(row)
        except Exception as exc:
            self.crawler.stats.inc_value("ris/db_write_failed")
            logger.error("db_write_failed: %s %s from %s: %r", row.get("type"), row.get("id"),
                         row.get("source_url"), exc)
            return
        self.crawler.stats.inc_value("ris/db_items_written")

    def save(self, row: dict) -> None:
        record = row.get("extraction")
        clean = {k: v for k, v in row.items() if k not in NOT_STORED}
        store.save_item(self.db, clean)
        if record is not None:
            store.save_extraction(self.db, clean, record)

    def close_spider(self, spider=None):
        self.flush()

    def spider_closed(self, spider, reason):
        if self.db is None:
            return
        self.flush()
        store.fill_consultations(self.db)
        counts = store.refresh_summaries(self.db)
        logger.info("Summary tables stored: %s", ", ".join(f"{k} {v}" for k, v in counts.items()))
        cursors = getattr(spider, "pending_cursors", {}) or {}
        if reason == "finished" and cursors:
            now = utc_stamp()
            with self.db.atomic():
                for key, value in cursors.items():
                    source, _, list_name = key.partition("\t")
                    store.set_cursor(self.db, source, list_name, value, now)
            logger.info("Stored %d incremental cursors", len(cursors))
        elif cursors:
            logger.info("Crawl ended with %r: cursors not advanced", reason)
        self.db.close()
        self.db = None
