"""Spider and downloader middlewares: provenance stamping and polite retries."""
from __future__ import annotations

import logging
import time
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.utils.response import response_status_message

from crawler.timestamps import utc_stamp

logger = logging.getLogger(__name__)


class ProvenanceMiddleware:
    """Stamp every item with where and when it was fetched (``source_url``,
    ``fetched_at``) and the vendor the spider read it as (``vendor``)."""

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
        if not item.get("source_url"):
            item["source_url"] = response.url
        if not item.get("fetched_at"):
            item["fetched_at"] = response.meta.get("fetched_at") or utc_stamp()
        if not item.get("vendor"):
            item["vendor"] = response.meta.get("vendor")


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
    longer. The wait is applied by pausing that request's slot, so the host is
    not hit meanwhile.
    """

    def __init__(self, settings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 2.0)
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX", 300.0)
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
