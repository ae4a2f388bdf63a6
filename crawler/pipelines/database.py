"""Write every item into the SQLite database through the schema module, and
the crawl's state (incremental cursors, page validators) with it.

Items are upserted by id in batches, each batch one transaction of a few
``executemany`` calls, so a killed crawl loses at most the batch not yet
written (a resumed crawl stores it again; upserts make that harmless).

The pipeline is also where the spider's state lives on disk: when the spider
opens, the cursors and page validators of earlier crawls are read into
``spider.crawl_state`` (plain dicts; spiders never open the database). When
the crawl finishes normally and every item of it was stored, the cursors of
the lists it read to their end and the validators of the pages it parsed
are written, after the last batch. Summary tables and search indexes are
left to ``ris build`` (a crawl that wrote items marks the summary tables
stale and notes in ``search_pending`` what the indexes no longer match).
"""
from __future__ import annotations

import logging
import time
from collections.abc import Mapping

from itemadapter import ItemAdapter
from scrapy import signals

from crawler import store
from crawler.items import with_embedded
from crawler.timestamps import utc_stamp

logger = logging.getLogger(__name__)

# Signal sent with each batch of rows (``rows``: dicts with ``type``) before
# it is written: the crawl-runs extension compares the papers with the
# stored rows there.
rows_to_store = object()

NOT_STORED = ("file_urls", "files", "extraction", "embedded")


class DatabasePipeline:
    """Settings: ``RIS_DB`` (path; env ``RIS_DB``; default data/ris.db),
    ``RIS_DB_BATCH`` (items per transaction, those they embed with them,
    200), ``RIS_DB_FLUSH_SECONDS``
    (write a partial batch after this long, 30), ``RIS_REPARSE`` (a
    ``ris reparse`` run: no earlier page validators are used, no cursor or
    validator is written)."""

    def __init__(self, crawler):
        self.crawler = crawler
        settings = crawler.settings
        self.path = store.db_path(settings)
        self.batch_size = settings.getint("RIS_DB_BATCH", 200)
        self.flush_seconds = settings.getfloat("RIS_DB_FLUSH_SECONDS", 30.0)
        self.reparse = settings.getbool("RIS_REPARSE")
        self.pending: list[dict] = []  # rows: the items and what they embed
        self.pending_items = 0
        self.last_flush = time.monotonic()
        self.failed = 0
        self.written = 0
        self.db = None

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self, spider=None):
        # its batches note what the search indexes no longer match themselves
        # (store.save_items), cheaper than the triggers do row by row
        self.db = store.open_db(self.path, note_search=False)
        logger.info("Writing items to %s", self.path)
        spider = spider or self.crawler.spider
        if spider is not None:
            state = store.crawl_state(self.db)
            if self.reparse:
                state["pages"] = {}  # every kept page is parsed again
            spider.crawl_state = state

    def process_item(self, item, spider=None):
        for obj in with_embedded(item):
            # a shallow copy: ItemAdapter.asdict() walks every nested value
            # and costs more CPU than the SQL of the write
            row = dict(obj) if isinstance(obj, Mapping) else ItemAdapter(obj).asdict()
            self.pending.append(row)
            record = row.get("extraction")
            if isinstance(record, dict) and "text" in record:
                # the text goes to the database, not into feed exports
                ItemAdapter(obj)["extraction"] = {k: v for k, v in record.items() if k != "text"}
        self.pending_items += 1
        if (self.pending_items >= self.batch_size
                or time.monotonic() - self.last_flush >= self.flush_seconds):
            self.flush()
        return item

    def flush(self) -> None:
        self.last_flush = time.monotonic()
        if not self.pending or self.db is None:
            return
        batch, self.pending, self.pending_items = self.pending, [], 0
        self.crawler.signals.send_catch_log(rows_to_store, rows=batch)
        try:
            with self.db.atomic():
                self.save(batch)
        except Exception:  # find the bad item, keep the others
            for row in batch:
                self.save_one(row)
            return
        self.crawler.stats.inc_value("ris/db_items_written", len(batch))
        self.written += len(batch)

    def save_one(self, row: dict) -> None:
        try:
            with self.db.atomic():
                self.save([row])
        except Exception as exc:
            self.failed += 1
            self.crawler.stats.inc_value("ris/db_write_failed")
            logger.error("db_write_failed: %s %s from %s: %r", row.get("type"), row.get("id"),
                         row.get("source_url"), exc)
            return
        self.crawler.stats.inc_value("ris/db_items_written")
        self.written += 1

    def save(self, rows: list[dict]) -> None:
        store.save_items(self.db, rows)  # the columns of each row's table, nothing else
        for row in rows:
            if row.get("extraction") is not None:
                clean = {k: v for k, v in row.items() if k not in NOT_STORED}
                store.save_extraction(self.db, clean, row["extraction"])

    def close_spider(self, spider=None):
        self.flush()

    def spider_closed(self, spider, reason):
        if self.db is None:
            return
        self.flush()
        store.fill_consultations(self.db)
        if self.written:
            store.mark_summaries_stale(self.db)  # `ris build` stores them anew
        self.save_state(spider, reason)
        self.db.close()
        self.db = None

    def save_state(self, spider, reason: str) -> None:
        """Advance cursors and page validators only after a finished crawl
        whose every item is stored: a list or page whose items are not all
        in the database is read again by the next crawl."""
        cursors = dict(getattr(spider, "pending_cursors", {}) or {})
        pages = list((getattr(spider, "pending_pages", {}) or {}).values())
        if self.reparse or not (cursors or pages):
            return
        if reason != "finished" or self.failed:
            logger.info("Crawl ended with %r and %d unstored items: cursors and page "
                        "validators not advanced", reason, self.failed)
            return
        store.save_crawl_state(self.db, cursors, pages, utc_stamp())
        logger.info("Stored %d incremental cursors and validators of %d pages",
                    len(cursors), len(pages))
