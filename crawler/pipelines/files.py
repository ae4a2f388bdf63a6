"""Download the documents of ``File`` items, keep path, checksum and size,
and run the extraction library on each downloaded file.

Stored paths are derived from the URL (``<host>/<path>``), so a file is
found again by its address and re-crawls find it already there.
"""
from __future__ import annotations

import hashlib
import logging
import re
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from itemadapter import ItemAdapter
from scrapy import Request
from scrapy.http.request import NO_CALLBACK
from scrapy.pipelines.files import FilesPipeline, _FileException
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.threads import deferToThread

from crawler import store

logger = logging.getLogger(__name__)

UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body")


class NotADocument(_FileException):
    """An HTML page came back where a document was expected."""


def url_to_path(url: str) -> str:
    """A relative storage path for a URL: host, then the path segments made
    safe; a query adds a short hash so different queries do not collide."""
    parts = urlsplit(url)
    segments = [UNSAFE.sub("_", s)[:120] for s in parts.path.split("/") if s]
    segments = [s if s.strip(".") else "_" for s in segments] or ["index"]
    if parts.query:
        digest = hashlib.sha1(parts.query.encode()).hexdigest()[:12]
        stem, dot, ext = segments[-1].rpartition(".")
        segments[-1] = f"{stem}_{digest}.{ext}" if dot and stem else f"{segments[-1]}_{digest}"
    host = UNSAFE.sub("_", (parts.hostname or "unknown").lower())
    return "/".join([host, *segments])


def looks_like_html(body: bytes, content_type: str = "") -> bool:
    """An HTML page (error page, login form, portal page), whatever the
    Content-Type header claims; a PDF starts with ``%PDF`` instead."""
    head = body[:2048].lstrip().lower()
    if head.startswith(b"%pdf"):
        return False
    return head.startswith(HTML_STARTS) or b"<html" in head or (
        "html" in content_type.lower() and b"<" in head[:1])


def pdf_suffix_url(url: str, item) -> str | None:
    """``url`` + ``.pdf`` when the File is a PDF whose URL's last segment
    has a dot but does not end in ``.pdf``."""
    mime = str(ItemAdapter(item).get("mime_type") or "").lower() if item is not None else ""
    name = urlsplit(url).path.rsplit("/", 1)[-1]
    if "pdf" not in mime or "." not in name or name.lower().endswith(".pdf") or urlsplit(url).query:
        return None
    return url + ".pdf"


def modified_timestamp(item) -> float | None:
    """The File's ``modified`` as a Unix timestamp, None when absent."""
    value = ItemAdapter(item).get("modified") if item is not None else None
    try:
        when = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return (when if when.tzinfo else when.replace(tzinfo=timezone.utc)).timestamp()


def expects_document(item) -> bool:
    """Whether the File's own metadata says it is not an HTML page."""
    mime = str(ItemAdapter(item).get("mime_type") or "").lower()
    return "html" not in mime


class RisFilesPipeline(FilesPipeline):
    """Scrapy's FilesPipeline for ``File`` items, with:

    - paths from the URL (see ``url_to_path``) under FILES_STORE;
    - ``path``, ``checksum`` (MD5 of the stored bytes) and ``size`` set on
      the item;
    - an HTML page where a document was expected is rejected and counted
      (``ris/file_not_document``); the File row is kept without a path;
    - with ``RIS_EXTRACT`` the extraction library reads the stored file (in
      a thread) and its record goes to ``item["extraction"]``; a failure is
      logged with the URL and kept as ``extraction_error``.

    ``RIS_DOWNLOAD_FILES = False`` switches downloading off.
    """

    def __init__(self, store_uri, download_func=None, *, crawler):
        super().__init__(store_uri, crawler=crawler)
        settings = crawler.settings
        self.download = settings.getbool("RIS_DOWNLOAD_FILES", True)
        self.extract = settings.getbool("RIS_EXTRACT", False)
        self.root = Path(store_uri)
        self.db = None

    def get_media_requests(self, item, info):
        adapter = ItemAdapter(item)
        if not self.download or adapter.get("type") != "File":
            return []
        return [Request(url, callback=NO_CALLBACK) for url in adapter.get("file_urls") or []]

    def file_path(self, request, response=None, info=None, *, item=None):
        return url_to_path(request.url)

    def media_to_download(self, request, info, *, item=None):
        """Download again when the File says it changed after the stored copy
        was written; otherwise Scrapy's check (FILES_EXPIRES) decides."""
        changed = modified_timestamp(item)
        stored = self.root / self.file_path(request, info=info, item=item)
        if changed is not None and stored.exists() and stored.stat().st_mtime < changed:
            self.crawler.stats.inc_value("ris/file_changed")
            return None
        return super().media_to_download(request, info, item=item)

    async def media_downloaded(self, response, request, info, *, item=None):
        """SD.NET: a file whose name has a dot may answer 404 until ``.pdf``
        is appended; try that once for PDFs before giving up."""
        retry_url = pdf_suffix_url(request.url, item)
        if response.status == 404 and retry_url:
            retry = Request(retry_url, callback=NO_CALLBACK)
            retried = await self.crawler.engine.download_async(retry)
            if retried.status == 200:
                self.crawler.stats.inc_value("ris/file_pdf_suffix_added")
                logger.info("%s answered 404; %s worked", request.url, retry_url)
                return await super().media_downloaded(retried, retry, info, item=item)
        return await super().media_downloaded(response, request, info, item=item)

    def file_downloaded(self, response, request, info, *, item=None):
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
        if looks_like_html(response.body, content_type) and expects_document(item):
            self.crawler.stats.inc_value("ris/file_not_document")
            logger.warning("file_not_document: %s answered with an HTML page, not a document",
                           request.url)
            raise NotADocument("HTML page instead of a document")
        return super().file_downloaded(response, request, info, item=item)

    def media_failed(self, failure, request, info):
        """A file that could not be fetched: one warning line naming the URL
        (``ris/file_failed``); the File row is kept without a path."""
        self.crawler.stats.inc_value("ris/file_failed")
        logger.warning("file_failed: %s: %s", request.url, failure.getErrorMessage())
        return None

    def item_completed(self, results, item, info):
        adapter = ItemAdapter(item)
        if adapter.get("type") != "File":
            return item
        stored = [value for ok, value in results if ok and value]
        adapter["files"] = stored
        if stored:
            adapter["path"] = stored[0]["path"]
            adapter["checksum"] = stored[0]["checksum"]
            full = self.root / stored[0]["path"]
            if full.exists():
                adapter["size"] = full.stat().st_size
        return item

    async def process_item(self, item, spider=None):
        if not self.download or ItemAdapter(item).get("type") != "File":
            return item  # nothing to fetch: the media machinery costs CPU per item
        item = await super().process_item(item)
        adapter = ItemAdapter(item)
        if self.extract and adapter.get("type") == "File" and adapter.get("path"):
            await self.run_extraction(adapter)
        return item

    def already_extracted(self, adapter) -> bool:
        """Whether the database holds an extraction of these very bytes."""
        if self.db is None:
            self.db = store.open_db(store.db_path(self.crawler.settings))
        rows = list(self.db.query("select extracted_checksum from files where id = ?",
                                  [adapter.get("id")]))
        return bool(rows and rows[0]["extracted_checksum"]
                    and rows[0]["extracted_checksum"] == adapter.get("checksum"))

    def close_spider(self, spider=None):
        if self.db is not None:
            self.db.close()
            self.db = None

    async def run_extraction(self, adapter) -> None:
        if self.already_extracted(adapter):
            self.crawler.stats.inc_value("ris/extraction_unchanged")
            return
        full = str(self.root / adapter["path"])
        try:
            from extract import extract_file

            record = await maybe_deferred_to_future(
                deferToThread(extract_file, full, with_text=True))
        except Exception as exc:  # the crawl goes on; the File row stays
            self.crawler.stats.inc_value("ris/extraction_failed")
            logger.error("extraction_failed: %s (%s): %r", adapter.get("access_url"), full, exc)
            adapter["extraction_error"] = repr(exc)
            return
        adapter["extraction"] = record
        adapter["extracted_checksum"] = adapter.get("checksum")
        if record.get("error"):
            adapter["extraction_error"] = record["error"]
