"""The keep stage: every response the spider parses is kept, compressed, with
its URL, status, headers, fetch time and the callback and request meta that
parsed it, so that ``ris reparse`` can run today's parsers over it again
without the network.

    ris reparse                      # every kept response, into RIS_DB
    ris reparse --source krefeld     # the responses of one registry source

The kept responses live in a SQLite file beside the database
(``data/ris.db`` -> ``data/ris-responses.sqlite``; setting ``RIS_KEEP``), one
row per request fingerprint and callback: a later fetch of the same request
replaces the earlier one, except a ``304 Not Modified`` (its body is the kept
one).

Why not Scrapy's HTTP cache storage: it is keyed by request alone, serves
answers instead of fetching when enabled, and also stores file downloads and
robots.txt; a reparse needs the callback and meta that parsed each page and
nothing else.

Two middlewares: ``KeepMiddleware`` (spider middleware) keeps what reaches a
callback during a crawl, and in a reparse replaces the start requests by the
kept ones and drops every request the callbacks make; ``KeptResponses``
(downloader middleware, reparse only) answers each kept request from the
store and refuses any other, so no request leaves the machine.
"""
from __future__ import annotations

import json
import logging
import sqlite3
import time
import zlib
from pathlib import Path

import scrapy
from scrapy import signals
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Headers
from scrapy.responsetypes import responsetypes

from crawler import store
from crawler.timestamps import utc_stamp

logger = logging.getLogger(__name__)

SCHEMA = """create table if not exists responses (
    key text primary key,      -- request fingerprint and callback
    url text not null,         -- the URL requested
    response_url text,         -- the URL answered (after redirects)
    status integer,
    headers text,              -- JSON: name -> [values]
    body blob,                 -- zlib-compressed
    fetched_at text,           -- UTC, ISO 8601
    callback text,             -- the spider method that parsed it
    errback text,
    meta text,                 -- JSON: the request meta the callback read
    source text                -- registry name of the crawl entry, if any
)"""

# Request meta Scrapy fills for its own use: not needed to parse again.
SKIPPED_META = {"download_slot", "download_latency", "download_timeout", "depth",
                "fetched_at", "ris_kept", "_slot"}
# Headers that described the bytes on the wire, not the kept (decoded) body.
SKIPPED_HEADERS = {b"content-encoding", b"content-length", b"transfer-encoding"}


def keep_path(settings=None) -> str:
    """``RIS_KEEP``, else beside the database: ``data/ris.db`` ->
    ``data/ris-responses.sqlite`` (not ``*.db``: a folder of shards holds
    databases only)."""
    if settings is not None and settings.get("RIS_KEEP"):
        return settings.get("RIS_KEEP")
    db = Path(store.db_path(settings))
    return str(db.with_name(f"{db.stem}-responses.sqlite"))


class ResponseStore:
    """The kept responses: a SQLite file with one table."""

    def __init__(self, path: str):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.conn = sqlite3.connect(path)
        self.conn.execute("pragma journal_mode = wal")
        self.conn.execute("pragma synchronous = normal")
        self.conn.execute(SCHEMA)
        self.conn.commit()

    def put(self, record: dict) -> None:
        columns = list(record)
        self.conn.execute(
            f"insert or replace into responses ({', '.join(columns)}) "
            f"values ({', '.join('?' for _ in columns)})", [record[c] for c in columns])
        self.conn.commit()

    def keys(self, source: str | None = None) -> list[str]:
        """Keys of the kept responses in the order they were fetched."""
        where, params = ("where source = ?", [source]) if source else ("", [])
        return [r[0] for r in self.conn.execute(
            f"select key from responses {where} order by fetched_at, rowid", params)]

    def get(self, key: str) -> dict | None:
        cur = self.conn.execute("select * from responses where key = ?", [key])
        row = cur.fetchone()
        if row is None:
            return None
        record = dict(zip([d[0] for d in cur.description], row))
        record["body"] = zlib.decompress(record["body"]) if record["body"] is not None else b""
        record["headers"] = json.loads(record["headers"] or "{}")
        record["meta"] = json.loads(record["meta"] or "{}")
        return record

    def close(self) -> None:
        self.conn.close()


def kept_meta(meta: dict) -> dict:
    """The JSON-serialisable part of a request's meta, without Scrapy's own keys."""
    kept = {}
    for key, value in meta.items():
        if key in SKIPPED_META:
            continue
        try:
            json.dumps(value)
        except (TypeError, ValueError):
            continue
        kept[key] = value
    return kept


def method_name(func) -> str | None:
    return getattr(func, "__name__", None) if func is not None else None


def response_record(response, key: str, fetched_at: str) -> dict:
    request = response.request
    headers = {k.decode("latin-1"): [v.decode("latin-1") for v in vs]
               for k, vs in response.headers.items() if k.lower() not in SKIPPED_HEADERS}
    return {"key": key, "url": request.url, "response_url": response.url,
            "status": response.status, "headers": json.dumps(headers),
            "body": zlib.compress(response.body, 6), "fetched_at": fetched_at,
            "callback": method_name(request.callback), "errback": method_name(request.errback),
            "meta": json.dumps(kept_meta(request.meta), ensure_ascii=False),
            "source": request.meta.get("source")}


class KeepMiddleware:
    """Spider middleware. Crawl: keep every response that reaches a callback
    (not 304s), stamp ``response.meta["fetched_at"]`` (provenance), pass the
    entry's ``source`` on to the requests made from it. Reparse
    (``RIS_REPARSE``): start from the kept responses (``RIS_REPARSE_SOURCE``
    picks one source), follow nothing. Settings: ``RIS_KEEP`` (path),
    ``RIS_KEEP_RESPONSES`` (on by default)."""

    def __init__(self, crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.reparse = settings.getbool("RIS_REPARSE")
        self.source = settings.get("RIS_REPARSE_SOURCE") or None
        self.store = ResponseStore(keep_path(settings))
        self.fingerprint = crawler.request_fingerprinter.fingerprint
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("RIS_KEEP_RESPONSES", True):
            raise NotConfigured
        return cls(crawler)

    def spider_closed(self, spider, reason):
        self.store.close()

    # --------------------------------------------------------------- crawl

    def process_spider_input(self, response, spider=None):
        if self.reparse:
            return None
        fetched_at = utc_stamp()
        if response.status != 304 and response.request is not None:
            # one per request and callback: a page reached as an entry and
            # again from a list is parsed by two callbacks
            key = f"{self.fingerprint(response.request).hex()}:{method_name(response.request.callback)}"
            self.store.put(response_record(response, key, fetched_at))
            self.crawler.stats.inc_value("ris/kept_responses")
        response.meta["fetched_at"] = fetched_at
        return None

    def _out(self, response, obj):
        if isinstance(obj, scrapy.Request):
            if self.reparse:
                self.crawler.stats.inc_value("ris/reparse/requests_not_followed")
                return None
            source = response.meta.get("source") if response is not None else None
            if source and not obj.meta.get("source"):
                obj.meta["source"] = source
        return obj

    def process_spider_output(self, response, result, spider=None):
        for obj in result:
            obj = self._out(response, obj)
            if obj is not None:
                yield obj

    async def process_spider_output_async(self, response, result, spider=None):
        async for obj in result:
            obj = self._out(response, obj)
            if obj is not None:
                yield obj

    # --------------------------------------------------------------- reparse

    async def process_start(self, start):
        if not self.reparse:
            async for obj in start:
                yield obj
            return
        spider = self.crawler.spider
        keys = self.store.keys(self.source)
        logger.info("Parsing %d kept responses of %s again", len(keys), self.store.path)
        for key in keys:
            record = self.store.get(key)
            callback = getattr(spider, record["callback"] or "", None)
            if callback is None:
                self.crawler.stats.inc_value("ris/reparse/no_callback")
                logger.warning("reparse/no_callback: %s was parsed by %r, which the spider "
                               "no longer has", record["url"], record["callback"])
                continue
            errback = getattr(spider, record["errback"] or "", None)
            meta = {**record["meta"], "ris_kept": key, "fetched_at": record["fetched_at"]}
            yield scrapy.Request(record["url"], callback=callback, errback=errback, meta=meta,
                                 dont_filter=True)


class KeptResponses:
    """Downloader middleware of a reparse: the kept response of each request,
    ``IgnoreRequest`` for anything else (counted ``ris/reparse/not_kept``)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.store = ResponseStore(keep_path(crawler.settings))
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("RIS_REPARSE"):
            raise NotConfigured
        return cls(crawler)

    def spider_closed(self, spider, reason):
        self.store.close()

    def process_request(self, request, spider=None):
        key = request.meta.get("ris_kept")
        record = self.store.get(key) if key else None
        if record is None:
            self.crawler.stats.inc_value("ris/reparse/not_kept")
            logger.debug("reparse/not_kept: %s (no kept response; not fetched)", request.url)
            raise IgnoreRequest(f"not kept: {request.url}")
        headers = Headers(record["headers"])
        url = record["response_url"] or record["url"]
        cls = responsetypes.from_args(headers=headers, url=url, body=record["body"])
        self.crawler.stats.inc_value("ris/reparse/responses")
        return cls(url=url, status=record["status"], headers=headers, body=record["body"],
                   request=request)


def reparse_settings(db: str, keep: str | None = None, source: str | None = None) -> dict:
    """Settings of a crawl that parses the kept responses again: no network
    (robots.txt and delays off), no file downloads (the rows keep their
    path, checksum and download state; a download not made is no failed
    one), no extraction (``ris build`` does it)."""
    settings = {"RIS_REPARSE": True, "RIS_DB": db, "RIS_KEEP": keep or "",
                "RIS_REPARSE_SOURCE": source or "", "ROBOTSTXT_OBEY": False,
                "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "RIS_EXTRACT": False,
                "RIS_DOWNLOAD_FILES": False,
                "CONCURRENT_REQUESTS": 16, "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
                "RETRY_ENABLED": False, "TELNETCONSOLE_ENABLED": False}
    if not keep:
        settings["RIS_KEEP"] = keep_path({"RIS_DB": db})
    return settings


def reparse(db: str, keep: str | None = None, source: str | None = None,
            extra: dict | None = None) -> dict:
    """Run the ``ris`` spider over the kept responses, storing into ``db``;
    returns the crawl stats. Runs a Twisted reactor: once per process."""
    import os

    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    os.environ.pop("RIS_REDIS_URL", None)  # a reparse is local, never a distributed worker
    settings = get_project_settings()
    settings.setdict({**reparse_settings(db, keep, source), **(extra or {})}, priority="cmdline")
    if not Path(settings.get("RIS_KEEP")).exists():
        raise FileNotFoundError(f"{settings.get('RIS_KEEP')}: no kept responses")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler("ris")
    started = time.monotonic()
    process.crawl(crawler)
    process.start()
    stats = dict(crawler.stats.get_stats())
    stats["elapsed_seconds"] = round(time.monotonic() - started, 1)
    return stats
