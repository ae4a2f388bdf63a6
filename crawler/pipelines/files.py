"""Download the documents of ``File`` items, keep path, checksum and size,
and run the extraction library on each downloaded file in worker processes.

A stored path is derived from the URL: ``<host>/<path>`` made readable,
with a short hash of the whole URL beside the file name, so two URLs never
share a path and a file is found again by its address. A file stored under
an earlier naming keeps its path while its bytes match its checksum.

A download that fails (an HTTP error, a timeout, an HTML page where a
document was expected) is counted, logged once with its URL and recorded on
the file's row; the next crawl of the same portal tries it again, and after
repeated failures waits longer and longer (``RIS_FILE_RETRY_SECONDS``,
doubled per further failure up to ``RIS_FILE_RETRY_MAX_SECONDS``).
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from itemadapter import ItemAdapter
from scrapy import Request, signals
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler, _ScrapyAgent
from scrapy.http.request import NO_CALLBACK
from scrapy.pipelines.files import FilesPipeline, _FileException
from scrapy.utils._download_handlers import wrap_twisted_exceptions
from scrapy.utils.defer import maybe_deferred_to_future

from crawler import store
from crawler.build import extract_document, md5_of
from crawler.items import with_embedded
from crawler.middlewares import failure_kind, failure_reason
from crawler.timestamps import utc_stamp
from crawler.sources import get_source

logger = logging.getLogger(__name__)

UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
# request.meta key: the file a download's body is written to (see
# StreamingDownloadHandler)
DOWNLOAD_TO = "ris_download_to"
HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body")
WEB_SCHEMES = ("http", "https")


class DownloadFailed(_FileException):
    """A file that could not be downloaded: ``kind`` names the failure for
    the stats, the message says why."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


def _safe_segments(url: str) -> tuple[str, list[str]]:
    parts = urlsplit(url)
    segments = [UNSAFE.sub("_", s)[:120] for s in parts.path.split("/") if s]
    segments = [s if s.strip(".") else "_" for s in segments] or ["index"]
    return UNSAFE.sub("_", (parts.hostname or "unknown").lower()), segments


def url_to_path(url: str) -> str:
    """A relative storage path for a URL, unique per URL: host, then the
    path segments made safe, the last one with the first 10 hex digits of
    the SHA-1 of the whole URL beside its name (``Vorlage.pdf`` ->
    ``Vorlage-3f2a9c1d07.pdf``)."""
    host, segments = _safe_segments(url)
    digest = hashlib.sha1(url.encode()).hexdigest()[:10]
    stem, dot, ext = segments[-1].rpartition(".")
    if dot and stem and len(ext) <= 8:
        segments[-1] = f"{stem[:100]}-{digest}.{ext}"
    else:
        segments[-1] = f"{segments[-1][:100]}-{digest}"
    return "/".join([host, *segments])


def legacy_url_to_path(url: str) -> str:
    """The path files were stored under before paths carried a hash of the
    URL (different URLs could share it); read, never written."""
    host, segments = _safe_segments(url)
    query = urlsplit(url).query
    if query:
        digest = hashlib.sha1(query.encode()).hexdigest()[:12]
        stem, dot, ext = segments[-1].rpartition(".")
        segments[-1] = f"{stem}_{digest}.{ext}" if dot and stem else f"{segments[-1]}_{digest}"
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


def resolve_file_url(url: str, page_url: str | None) -> str:
    """A File's URL made absolute against the page it came from."""
    url = url.strip()
    return urljoin(page_url, url) if page_url else url


def retry_delay(attempts: int, base: float, longest: float) -> timedelta:
    """How long to wait after ``attempts`` failed downloads: nothing after
    the first (the next crawl tries again), then ``base`` seconds, doubled
    per further failure, at most ``longest``."""
    if attempts <= 1:
        return timedelta(0)
    return timedelta(seconds=min(base * 2 ** (attempts - 2), longest))


def failure_kind_and_reason(failure, url: str) -> tuple[str, str]:
    """What kind of failure a failed download is (``http_503``,
    ``not_document``, ``timeout``, ``dns``, ...) and a one-line reason (no
    traceback), classified as the spider's requests are."""
    exc = failure.value
    if isinstance(exc, DownloadFailed):
        return exc.kind, str(exc)
    kind = failure_kind(exc)
    return kind, failure_reason(kind, exc, url)


class RisFilesPipeline(FilesPipeline):
    """Scrapy's FilesPipeline for ``File`` items and the Files other items
    embed (``embedded``), with:

    - a File URL that is relative is resolved against the item's
      ``source_url`` (and stored so); one that is not http(s) keeps its row
      without a download (``ris/file_url_unsupported``, one warning);
    - paths from the URL (see ``url_to_path``) under FILES_STORE;
    - ``path``, ``checksum`` (MD5 of the stored bytes) and ``size`` set on
      the item;
    - a failed download (``ris/file_failed`` and ``ris/file_failed/<kind>``;
      an HTML page where a document was expected is
      ``ris/file_not_document``) keeps the File row without a path and is
      recorded for the next crawl to try again (``ris/file_retried``);
    - with ``RIS_EXTRACT`` the extraction library reads the stored file in
      a worker process (``RIS_EXTRACT_PROCESSES`` of them, default up to 4;
      the PDF library is not thread-safe, and the reactor thread must stay
      free) and its record goes to ``item["extraction"]``; a worker that
      dies is logged with the URL (``ris/extraction_failed``) and ``ris
      build`` tries again.

    ``RIS_DOWNLOAD_FILES = False`` switches downloading off: the pipeline
    is then not part of the crawl.
    """

    def __init__(self, store_uri, download_func=None, *, crawler):
        super().__init__(store_uri, crawler=crawler)
        settings = crawler.settings
        self.extract = settings.getbool("RIS_EXTRACT", False)
        self.processes = settings.getint("RIS_EXTRACT_PROCESSES", min(4, os.cpu_count() or 1))
        self.retry_base = settings.getfloat("RIS_FILE_RETRY_SECONDS", 3600.0)
        self.retry_longest = settings.getfloat("RIS_FILE_RETRY_MAX_SECONDS", 7 * 24 * 3600.0)
        self.root = Path(store_uri)
        self.db = None
        self.pool = None
        self.retries: set[asyncio.Task] = set()
        self.failed: dict[str, str] = {}  # URL -> why its download failed
        self.counted: set[str] = set()  # Files whose failure this crawl recorded

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("RIS_DOWNLOAD_FILES", True):
            raise NotConfigured  # nothing to download: out of every item's way
        pipeline = super().from_crawler(crawler)
        crawler.signals.connect(pipeline.retry_failed_downloads, signal=signals.spider_opened)
        crawler.signals.connect(pipeline.spider_idle, signal=signals.spider_idle)
        return pipeline

    def database(self):
        if self.db is None:
            self.db = store.open_db(store.db_path(self.crawler.settings))
        return self.db

    # ------------------------------------------------------------ requests

    def get_media_requests(self, item, info):
        adapter = ItemAdapter(item)
        if adapter.get("type") != "File":
            return []
        requests = []
        urls = []
        for url in adapter.get("file_urls") or []:
            absolute = resolve_file_url(str(url), adapter.get("source_url"))
            if urlsplit(absolute).scheme.lower() not in WEB_SCHEMES:
                self.crawler.stats.inc_value("ris/file_url_unsupported")
                logger.warning("file_url_unsupported: %r of File %s (from %s): not an http(s) "
                               "address; the File is stored without a download",
                               url, adapter.get("id"), adapter.get("source_url"))
                continue
            if absolute != url:
                self.crawler.stats.inc_value("ris/file_url_resolved")
                for field in ("access_url", "download_url"):
                    if adapter.get(field) == url:
                        adapter[field] = absolute
            requests.append(self.file_request(absolute))
            urls.append(absolute)
        adapter["file_urls"] = urls
        return requests

    def file_path(self, request, response=None, info=None, *, item=None):
        return url_to_path(request.url)

    def media_to_download(self, request, info, *, item=None):
        """The stored copy, when its bytes are those the File's row records
        and the File does not say it changed after the copy was written;
        None (download) otherwise."""
        row = self.stored_row(item)
        if row and row["checksum_error"]:
            return None  # ``ris build`` found the bytes changed: fetch again
        path = self.file_path(request, info=info, item=item)
        if row and row["path"] and row["path"] != path and (self.root / row["path"]).is_file():
            path = row["path"]  # stored under an earlier naming
        full = self.root / path
        if not full.is_file():
            return None
        changed = modified_timestamp(item)
        if changed is not None and full.stat().st_mtime < changed:
            self.crawler.stats.inc_value("ris/file_changed")
            return None
        checksum = md5_of(full)
        if row and row["checksum"] and row["checksum"] != checksum:
            self.crawler.stats.inc_value("ris/file_checksum_mismatch")
            logger.warning("file_checksum_mismatch: %s: the bytes at %s are not those stored "
                           "(MD5 %s, not %s); downloading again", request.url, full, checksum,
                           row["checksum"])
            return None
        self.inc_stats("uptodate")
        return {"url": request.url, "path": path, "checksum": checksum, "status": "uptodate"}

    def stored_row(self, item) -> dict | None:
        file_id = ItemAdapter(item).get("id") if item is not None else None
        return store.stored_file(self.database(), file_id) if file_id else None

    def file_request(self, url: str) -> Request:
        """The request for a file: its body streams to ``<path>.part``
        (renamed to the path once checked), uncompressed."""
        partial = self.partial_path(url)
        partial.parent.mkdir(parents=True, exist_ok=True)
        return Request(url, callback=NO_CALLBACK, headers={"Accept-Encoding": "identity"},
                       meta={DOWNLOAD_TO: str(partial)})

    def partial_path(self, url: str) -> Path:
        return self.root / (url_to_path(url) + ".part")

    def discard_partial(self, url: str) -> None:
        partial = self.partial_path(url)
        STREAMED_MD5.pop(str(partial), None)
        partial.unlink(missing_ok=True)

    async def media_downloaded(self, response, request, info, *, item=None):
        """Check and store one answer. SD.NET: a file whose name has a dot
        may answer 404 until ``.pdf`` is appended; that is tried once for
        PDFs before giving up."""
        first = request
        retry_url = pdf_suffix_url(request.url, item)
        try:
            if response.status == 404 and retry_url:
                retry = self.file_request(retry_url)
                retried = await self.crawler.engine.download_async(retry)
                if retried.status == 200:
                    self.crawler.stats.inc_value("ris/file_pdf_suffix_added")
                    logger.info("%s answered 404; %s worked", request.url, retry_url)
                    response, request = retried, retry
            return self.keep(response, request, info, item)
        finally:
            for url in {first.url, retry_url or first.url}:
                self.discard_partial(url)

    def keep(self, response, request, info, item) -> dict:
        """Store a checked answer at its path; the file info for the item."""
        partial = self.partial_path(request.url)
        streamed = str(partial) in STREAMED_MD5  # written by StreamingDownloadHandler
        if response.status != 200:
            raise DownloadFailed(f"http_{response.status}", f"HTTP status {response.status}")
        if not (partial.stat().st_size if streamed else response.body):
            raise DownloadFailed("empty", "an empty answer")
        if streamed:
            with open(partial, "rb") as f:
                head = f.read(2048)
        else:
            head = response.body[:2048]
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
        if looks_like_html(head, content_type) and expects_document(item):
            self.crawler.stats.inc_value("ris/file_not_document")
            raise DownloadFailed("not_document", "an HTML page, not a document")
        self.inc_stats("downloaded")
        path = self.file_path(request, response=response, info=info, item=item)
        if streamed:
            checksum = STREAMED_MD5.pop(str(partial))
            os.replace(partial, self.root / path)
        else:
            checksum = self.write_file(path, response.body)
        return {"url": request.url, "path": path, "checksum": checksum, "status": "downloaded"}

    def write_file(self, path: str, body: bytes) -> str:
        """Store ``body`` at ``path`` (written beside it, then renamed, so
        the path never holds part of a file); returns its MD5."""
        full = self.root / path
        full.parent.mkdir(parents=True, exist_ok=True)
        partial = full.with_name(full.name + ".part")
        partial.write_bytes(body)
        os.replace(partial, full)
        return hashlib.md5(body).hexdigest()

    def media_failed(self, failure, request, info):
        """A file that could not be fetched: one warning line naming the URL
        and the reason; the File row is kept without a path, and the failure
        is recorded on it (in ``item_completed``)."""
        kind, reason = failure_kind_and_reason(failure, request.url)
        self.crawler.stats.inc_value("ris/file_failed")
        self.crawler.stats.inc_value(f"ris/file_failed/{kind}")
        logger.warning("file_failed: %s: %s", request.url, reason)
        self.failed[request.url] = reason
        self.discard_partial(request.url)

    def item_completed(self, results, item, info):
        adapter = ItemAdapter(item)
        if adapter.get("type") != "File":
            return item
        stored = [value for ok, value in results if ok and value]
        errors = [self.failed[url] for url in adapter.get("file_urls") or [] if url in self.failed]
        adapter["files"] = stored
        if stored:
            adapter["path"] = stored[0]["path"]
            adapter["checksum"] = stored[0]["checksum"]
            full = self.root / stored[0]["path"]
            if full.exists():
                adapter["size"] = full.stat().st_size
            store.save_download_success(self.database(), adapter["id"])
        elif errors and adapter["id"] not in self.counted:
            self.counted.add(adapter["id"])
            now = datetime.now(timezone.utc)
            store.save_download_failure(
                self.database(), adapter["id"], errors[0],
                lambda n: utc_stamp(now + retry_delay(n, self.retry_base, self.retry_longest)))
        return item

    # ------------------------------------------------------------ retries

    def crawl_hosts(self, spider) -> set[str] | None:
        """The hosts this crawl reads (None: every portal)."""
        if getattr(spider, "url", None):
            return {urlsplit(spider.url).netloc.lower()}
        if getattr(spider, "source", None):
            source = get_source(spider.source) or {}
            return {urlsplit(source["url"]).netloc.lower()} if source.get("url") else set()
        return None

    def retry_failed_downloads(self, spider):
        """At the start of a crawl: download the stored Files of this
        crawl's portals whose download failed (or whose stored bytes were
        found changed) and is due again, whether or not their paper is read
        again (``ris/file_retried``)."""
        now = utc_stamp()
        hosts = self.crawl_hosts(spider)
        for row in store.files_to_download_again(self.database(), now):
            url = row.get("access_url") or row.get("download_url")
            if not url:
                continue
            netlocs = {urlsplit(u).netloc.lower() for u in (url, row.get("source_url")) if u}
            if hosts is not None and not netlocs & hosts:
                continue
            item = {k: v for k, v in row.items() if v is not None}
            item.update({"type": "File", "file_urls": [url]})
            self.crawler.stats.inc_value("ris/file_retried")
            task = asyncio.ensure_future(self.retry_download(item))
            self.retries.add(task)
            task.add_done_callback(self.retries.discard)

    async def retry_download(self, item: dict) -> None:
        """Download (and extract) a stored File again; what changed goes to
        its row: the stored file (``ris/file_retry_stored``), or the failure
        once more. The row's other fields are as stored."""
        await self.process_item(item)
        if not item.get("path"):
            return
        db = self.database()
        with db.atomic():
            store.save_item(db, {k: item[k] for k in ("type", "id", "path", "checksum", "size")
                                 if k in item})
            if item.get("extraction") is not None:
                store.save_extraction(db, {"id": item["id"], "checksum": item["checksum"]},
                                      item["extraction"])
        self.crawler.stats.inc_value("ris/file_retry_stored")

    def spider_idle(self, spider):
        """Retried downloads run beside the crawl: it ends after them."""
        if self.retries:
            raise DontCloseSpider

    # ------------------------------------------------------------ extraction

    async def process_item(self, item, spider=None):
        """Download (and extract) a File item and the Files an item embeds;
        each File item gets its own download's path, checksum and size."""
        files = [obj for obj in with_embedded(item) if obj.get("type") == "File"]
        if files:  # nothing to fetch: the media machinery costs CPU per item
            await asyncio.gather(*(self.process_file(f) for f in files))
        return item

    async def process_file(self, item) -> None:
        await super().process_item(item)
        adapter = ItemAdapter(item)
        if self.extract and adapter.get("path"):
            await self.run_extraction(adapter)

    def already_extracted(self, adapter) -> bool:
        """Whether the database holds an extraction of these very bytes."""
        rows = list(self.database().query("select extracted_checksum from files where id = ?",
                                          [adapter.get("id")]))
        return bool(rows and rows[0]["extracted_checksum"]
                    and rows[0]["extracted_checksum"] == adapter.get("checksum"))

    def close_spider(self, spider=None):
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
        if self.db is not None:
            self.db.close()
            self.db = None

    def extraction_pool(self) -> ProcessPoolExecutor:
        # "spawn": a fork of the crawl process would copy its threads' locks
        if self.pool is None:
            self.pool = ProcessPoolExecutor(max_workers=max(1, self.processes),
                                            mp_context=multiprocessing.get_context("spawn"))
        return self.pool

    async def extract_in_worker(self, path: str) -> dict | None:
        """The extraction record of ``path``, made in a worker process; None
        when the worker died (a crash in a native library breaks the pool:
        it is replaced for the files still to come)."""
        pool = self.extraction_pool()
        try:
            return await asyncio.wrap_future(pool.submit(extract_document, path))
        except BrokenProcessPool:
            if self.pool is pool:
                self.pool = None
            return None

    async def run_extraction(self, adapter) -> None:
        if self.already_extracted(adapter):
            self.crawler.stats.inc_value("ris/extraction_unchanged")
            return
        full = str(self.root / adapter["path"])
        record = await self.extract_in_worker(full)
        if record is None:
            # the File row stays, without an extraction, for ``ris build``
            self.crawler.stats.inc_value("ris/extraction_failed")
            logger.error("extraction_failed: %s (%s): the worker process died",
                         adapter.get("access_url"), full)
            adapter["extraction_error"] = f"{full}: the extraction worker process died"
            return
        adapter["extraction"] = record
        adapter["extracted_checksum"] = adapter.get("checksum")
        if record.get("error"):
            adapter["extraction_error"] = record["error"]


# --- streaming downloads ----------------------------------------------------------

# MD5 of each body written to a file, by the file's path, until the files
# pipeline takes it
STREAMED_MD5: dict[str, str] = {}


class _BodyFile:
    """Takes the place of the HTTP response reader's in-memory buffer: the
    bytes go to a file (and its MD5 is computed on the way), the
    response's body stays empty."""

    def __init__(self, path: str):
        self.path = path
        self.file = open(path, "wb")
        self.md5 = hashlib.md5()

    def write(self, data: bytes) -> None:
        self.file.write(data)
        self.md5.update(data)

    def truncate(self, size: int = 0) -> None:
        # only when the download is given up (larger than DOWNLOAD_MAXSIZE)
        self.file.truncate(size)
        self.file.close()

    def getvalue(self) -> bytes:
        self.file.close()
        STREAMED_MD5[self.path] = self.md5.hexdigest()
        return b""


class _StreamingAgent(_ScrapyAgent):
    def _cb_bodyready(self, txresponse, request):
        target = request.meta.get(DOWNLOAD_TO)
        if target:
            deliver = txresponse.deliverBody

            def deliver_to_file(reader):
                reader._bodybuf = _BodyFile(target)
                deliver(reader)

            txresponse.deliverBody = deliver_to_file
        return super()._cb_bodyready(txresponse, request)


class StreamingDownloadHandler(HTTP11DownloadHandler):
    """Scrapy's HTTP/1.1 handler; the body of a request whose meta names a
    file (``DOWNLOAD_TO``) is written there as it arrives instead of being
    held in memory (the files pipeline's downloads: council PDFs reach
    hundreds of megabytes). Other requests are left as they are.

    Scrapy has no public hook for a response body's destination, so this
    uses the handler's internals as of Scrapy 2.19 (the agent, its
    ``_cb_bodyready`` and the reader's ``_bodybuf``)."""

    async def download_request(self, request):
        if not request.meta.get(DOWNLOAD_TO):
            return await super().download_request(request)
        agent = _StreamingAgent(
            contextFactory=self._contextFactory, bindAddress=self._bind_address,
            pool=self._pool, maxsize=self._default_maxsize, warnsize=self._default_warnsize,
            fail_on_dataloss=self._fail_on_dataloss, crawler=self._crawler,
            tls_verbose_logging=self._tls_verbose_logging)
        with wrap_twisted_exceptions():
            return await maybe_deferred_to_future(agent.download_request(request))

