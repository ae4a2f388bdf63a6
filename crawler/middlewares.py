"""Spider and downloader middlewares: provenance stamping, polite retries,
and failures counted and told once (``ris/failed/<kind>``)."""
from __future__ import annotations

import logging
import time
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import (CannotResolveHostError, DownloadConnectionRefusedError,
                               DownloadTimeoutError, IgnoreRequest)
from scrapy.http.request import NO_CALLBACK
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.response import response_status_message
from twisted.internet import error as twisted_error

from crawler.items import with_embedded
from crawler.timestamps import utc_stamp

logger = logging.getLogger(__name__)


class ProvenanceMiddleware:
    """Stamp every item, and the items it embeds, with where and when it was
    fetched (``source_url``, ``fetched_at``) and the vendor the spider read
    it as (``vendor``)."""

    def process_spider_output(self, response, result, spider=None):
        for obj in result:
            if isinstance(obj, dict) or hasattr(obj, "fields"):
                self._stamp(obj, response)
            yield obj

    async def process_spider_output_async(self, response, result, spider=None):
        async for obj in result:
            if isinstance(obj, dict) or hasattr(obj, "fields"):
                self._stamp(obj, response)
            yield obj

    @staticmethod
    def _stamp(item, response):
        fetched_at = response.meta.get("fetched_at") or utc_stamp()
        for obj in with_embedded(item):
            if not obj.get("source_url"):
                obj["source_url"] = response.url
            if not obj.get("fetched_at"):
                obj["fetched_at"] = fetched_at
            if not obj.get("vendor"):
                obj["vendor"] = response.meta.get("vendor")


def retry_after_seconds(value: bytes | str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date)."""
    if not value:
        return None
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


class RetryAfterMiddleware(RetryMiddleware):
    """Scrapy's retry, plus exponential back-off and Retry-After.

    A retried request waits ``RETRY_BACKOFF_BASE * 2**(n-1)`` seconds (capped at
    ``RETRY_BACKOFF_MAX``), or as long as the server's Retry-After says, if
    longer. A host that does not resolve, refuses the connection or cannot be
    reached is retried ``RIS_RETRY_UNREACHABLE_TIMES`` times (1), not
    ``RETRY_TIMES``: offline, a crawl gives up within seconds. The wait is applied by pausing that request's slot, so the host is
    not hit meanwhile.
    """

    def __init__(self, settings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 2.0)
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX", 300.0)
        self.unreachable_times = settings.getint("RIS_RETRY_UNREACHABLE_TIMES", 1)
        self._saved: dict[str, tuple[tuple[float, float], float]] = {}

    def process_response(self, request, response):
        if request.meta.get("dont_retry", False):
            return response
        if response.status in self.retry_http_codes:
            new = self._retry(request, response_status_message(response.status))
            if new is None:
                return response
            self._delay_slot(request, self._backoff(request, response))
            return new
        return response

    def process_exception(self, request, exception, spider=None):
        if (failure_kind(exception) in UNREACHABLE
                and request.meta.get("retry_times", 0) >= self.unreachable_times):
            return None  # a host that does not resolve or answer: give up soon
        new = super().process_exception(request, exception)
        if new is not None:  # a timeout or a dropped connection: back off as well
            self._delay_slot(request, self._backoff(request, None))
        return new

    def _backoff(self, request, response) -> float:
        tries = request.meta.get("retry_times", 0) + 1
        wait = min(self.backoff_max, self.backoff_base * 2 ** (tries - 1))
        server = retry_after_seconds(response.headers.get(b"Retry-After")) if response else None
        if server is not None:
            wait = min(self.backoff_max, max(wait, server))
        return wait

    def _delay_slot(self, request, wait: float) -> None:
        """Hold the request's download slot (its host) for ``wait`` seconds:
        raise the slot's delay, without random jitter, and restore both
        afterwards."""
        engine = getattr(self.crawler, "engine", None)
        downloader = getattr(engine, "downloader", None)
        if downloader is None or wait <= 0:
            return
        key = downloader.get_slot_key(request)
        slot = downloader.slots.get(key)
        if slot is None:
            return
        logger.info("Backing off %s for %.1fs before retrying %s", key, wait, request.url)
        original, until = self._saved.get(key, ((slot.delay, slot.jitter), 0.0))
        self._saved[key] = (original, max(until, time.monotonic() + wait))
        # the slot's delay counts from its last request's start (monotonic clock)
        lastseen = getattr(slot, "lastseen", 0) or time.monotonic()
        since_last = min(max(0.0, time.monotonic() - lastseen), self.backoff_max)
        slot.delay = max(slot.delay, wait + since_last)
        slot.jitter = 0.0
        from twisted.internet import reactor

        reactor.callLater(wait + since_last, self._restore_slot, downloader, key)

    def _restore_slot(self, downloader, key) -> None:
        original, until = self._saved.get(key, (None, 0.0))
        if original is None or time.monotonic() < until - 0.01:
            return  # a longer back-off of the same slot is still running
        del self._saved[key]
        slot = downloader.slots.get(key)
        if slot is not None:
            slot.delay, slot.jitter = original


# ---------------------------------------------------------------- failures

# Signal sent for every failure counted here: ``url``, ``kind``, ``reason``,
# ``portal`` (the ``ris_portal`` of the request) and ``entry`` (whether it
# was the portal's entry request). The crawl-runs extension listens.
failure_counted = object()

# Failure kinds of a host that cannot be reached at all.
UNREACHABLE = ("dns", "connection_refused", "unreachable")


def failure_kind(exc: BaseException) -> str:
    """The kind of a download failure, as counted in ``ris/failed/<kind>``."""
    if isinstance(exc, HttpError):
        return f"http_{exc.response.status}"
    if isinstance(exc, IgnoreRequest):
        return "robots_txt" if "robots.txt" in str(exc) else "ignored"
    if isinstance(exc, (CannotResolveHostError, twisted_error.DNSLookupError)):
        return "dns"
    if isinstance(exc, (DownloadConnectionRefusedError, twisted_error.ConnectionRefusedError)):
        return "connection_refused"
    if isinstance(exc, (twisted_error.NoRouteError, twisted_error.ConnectError)):
        return "unreachable"
    if isinstance(exc, (DownloadTimeoutError, twisted_error.TimeoutError, TimeoutError)):
        return "timeout"
    return "download_error"


def failure_reason(kind: str, exc: BaseException, url: str) -> str:
    """Why, in words a portal operator understands."""
    host = urlsplit(url).hostname or url
    if kind.startswith("http_"):
        return f"HTTP status {kind[5:]}"
    return {
        "robots_txt": f"robots.txt of {host} forbids it (ROBOTSTXT_OBEY)",
        "dns": f"DNS lookup failed for {host} (no such host, or offline)",
        "connection_refused": f"{host} refused the connection",
        "unreachable": f"{host} cannot be reached: {exc}",
        "timeout": f"no answer from {host} in time: {exc}",
    }.get(kind, f"{type(exc).__name__}: {exc}")


class Failed(IgnoreRequest):
    """A failure already counted and logged: Scrapy drops it quietly."""


def count_failure(crawler, request, kind: str, reason: str) -> None:
    """Count a failed request as ``ris/failed/<kind>``, tell listeners, and
    log it once: ERROR for a portal's entry (nothing else of the portal can
    be crawled), WARNING for other requests unless their errback reports it."""
    entry = bool(request.meta.get("ris_entry"))
    crawler.stats.inc_value(f"ris/failed/{kind}")
    crawler.signals.send_catch_log(failure_counted, url=request.url, kind=kind, reason=reason,
                                   portal=request.meta.get("ris_portal"), entry=entry)
    if entry:
        logger.error("failed/%s: %s %s: nothing of this portal was crawled", kind,
                     request.url, reason)
    elif request.errback is None:
        logger.warning("failed/%s: %s %s", kind, request.url, reason)


def is_robots_request(request) -> bool:
    return (bool(request.meta.get("dont_obey_robotstxt"))
            and urlsplit(request.url).path == "/robots.txt")


def is_spider_request(request) -> bool:
    """A request of the spider (it has a callback); file downloads of the
    files pipeline have none and are counted there (``ris/file_failed``)."""
    return request.callback is not NO_CALLBACK


class FailureMiddleware:
    """Downloader middleware: a request that failed for good (after
    retries) is counted under ``ris/failed/<kind>`` (robots_txt, dns,
    connection_refused, unreachable, timeout, download_error) and logged
    once, without a traceback. A host whose robots.txt could not be fetched
    because it does not resolve or answer is not asked again in this crawl.
    File downloads are left to the files pipeline, which records theirs.

    Its priority must be below the retry middleware's (it sees only what
    retries gave up) and the robots.txt middleware's (it sees robots.txt
    requests and stops requests to a dead host before robots.txt is asked)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.dead_hosts: dict[str, tuple[str, str]] = {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request, spider=None):
        dead = self.dead_hosts.get(urlsplit(request.url).netloc)
        if dead and is_spider_request(request):
            kind, reason = dead
            count_failure(self.crawler, request, kind, reason)
            raise Failed(reason)

    def process_exception(self, request, exception, spider=None):
        if isinstance(exception, Failed):
            return None
        if not (is_spider_request(request) or is_robots_request(request)):
            return None  # a file download: the files pipeline records its failure
        kind = failure_kind(exception)
        reason = failure_reason(kind, exception, request.url)
        if is_robots_request(request):
            # without robots.txt the crawl goes on (as Scrapy does); a dead
            # host fails its own requests, each counted there
            if kind in UNREACHABLE:
                self.dead_hosts[urlsplit(request.url).netloc] = (kind, reason)
            logger.info("robots.txt not read: %s %s", request.url, reason)
            raise Failed(reason)
        count_failure(self.crawler, request, kind, reason)
        raise Failed(reason)


class HttpFailureMiddleware:
    """Spider middleware: a response with an error status that no callback
    handles (an entry answering 404, a 500 after the retries) is counted as
    ``ris/failed/http_<status>`` and logged once, instead of Scrapy's quiet
    INFO line. Placed above Scrapy's HttpErrorMiddleware (50)."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_spider_exception(self, response, exception, spider=None):
        if not isinstance(exception, HttpError):
            return None
        kind = failure_kind(exception)
        count_failure(self.crawler, response.request, kind,
                      failure_reason(kind, exception, response.url))
        return []
