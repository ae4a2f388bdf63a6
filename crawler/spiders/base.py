"""Shared crawl logic of the `ris` spider: arguments, sources, vendor
detection and dispatch, incremental cursors, data-quality counting. Vendor
modules (oparl, sessionnet, allris, muenchen) add their callbacks as mixins
on top of this base."""
from __future__ import annotations

import json
import logging
from datetime import date, datetime, timezone
from pathlib import Path

import scrapy

from crawler.middlewares import failure_counted
from crawler.sources import load_sources as load_registry
from crawler.spiders.detect import detect_vendor
from crawler.spiders.oparl import is_oparl, load_json, with_query
from crawler.timestamps import utc_stamp


def load_sources() -> list[dict]:
    """The portal registry (crawler/sources.toml)."""
    return list(load_registry())


def detect_html_vendor(response) -> str | None:
    return detect_vendor(response)


class BaseRisSpider(scrapy.Spider):
    """Arguments (``-a name=value``):

    url     a portal entry: OParl System/Body/list/object, or an HTML portal's
            start, calendar, list or paper page
    vendor  override vendor detection (oparl, sessionnet, allris, muenchen)
    source  a name from crawler/sources.toml; without url and source every
            enabled source is crawled
    since   YYYY-MM-DD: only what changed (OParl) or happened (HTML) since
    body    restrict an OParl crawl to one body (its id or short name)

    Settings of its own: ``RIS_STATS_FILE`` (write the crawl stats there as
    JSON at the end).

    State between crawls comes in as plain data: ``crawl_state`` (cursors
    and page validators of earlier crawls, set by the database pipeline when
    the spider opens) and goes out through ``pending_cursors`` and
    ``pending_pages`` (written by that pipeline when the crawl has finished
    and its items are stored). The spider itself never opens the database.
    """

    def __init__(self, url=None, vendor=None, source=None, since=None, body=None, **kwargs):
        super().__init__(**kwargs)
        self.url = url
        self.vendor = vendor
        self.source = source
        self.body_filter = body
        self.since = date.fromisoformat(since) if since else None
        self.crawl_state: dict = {"cursors": {}, "pages": {}}
        self._cursors: dict = {}
        self._pages: dict = {}

    # ------------------------------------------------------------ entries

    def entries(self) -> list[dict]:
        """What to start from: ``-a url``, the source named by ``-a source``,
        or every enabled source."""
        if self.url:
            return [{"name": self.source, "url": self.url, "vendor": self.vendor}]
        sources = load_sources()
        if self.source:
            chosen = [s for s in sources if s.get("name") == self.source]
            if not chosen:
                self.count_problem("unknown_source", self.source,
                                   "not in crawler/sources.toml", level=logging.ERROR)
        else:
            chosen = [s for s in sources if s.get("enabled", True)]
        return [{**s, "vendor": self.vendor or s.get("vendor")} for s in chosen]

    async def start(self):
        for entry in self.entries():
            if not entry.get("url"):
                self.count_problem("source_without_url", entry.get("name") or "?")
                continue
            url, meta = entry["url"], {"vendor": entry.get("vendor"), "source": entry.get("name"),
                                       "started_at": utc_stamp()}
            ctx = self.entry_list_context(url, entry.get("vendor"))
            if ctx:
                meta["oparl"] = ctx
                meta["vendor"] = meta["vendor"] or "oparl"
                if ctx.get("since"):
                    url = with_query(url, "modified_since", ctx["since"])
                    meta["handle_httpstatus_list"] = [400, 404]
            yield scrapy.Request(url, callback=self.parse_entry, dont_filter=True, meta=meta)

    def entry_list_context(self, url: str, vendor: str | None) -> dict | None:
        """An entry URL that an earlier crawl found to be an OParl list (it
        has a cursor) is read incrementally like a Body list."""
        cursor = self.stored_cursor(url, "entry")
        if not cursor:
            return None
        since = f"{self.since.isoformat()}T00:00:00Z" if self.since else cursor
        return {"type": None, "list": "entry", "source": url, "since": since,
                "cursor_at": utc_stamp(), "pages": []}

    def detect_vendor(self, response) -> str | None:
        """``oparl`` when the body is OParl JSON (whatever the content type
        says, control characters and all), else what the HTML detector says."""
        if response.body.lstrip()[:1] in (b"{", b"[") and is_oparl(load_json(response.body)):
            return "oparl"
        return detect_html_vendor(response)

    def parse_entry(self, response):
        vendor = response.meta.get("vendor") or self.detect_vendor(response)
        callback = getattr(self, f"parse_{vendor}_entry", None) if vendor else None
        if callback is None:
            self.count_problem("unknown_portal", response.url,
                               f"no known portal here (vendor {vendor!r})", level=logging.ERROR)
            return
        response.meta["vendor"] = vendor
        yield from callback(response) or ()

    # ------------------------------------------------------------ cursors

    @property
    def pending_cursors(self) -> dict:
        """Cursors of lists read to their end in this crawl, keyed
        ``"source\\tlist"``; kept in ``spider.state`` when JOBDIR is set, so
        a resumed crawl still writes them."""
        state = getattr(self, "state", None)
        if isinstance(state, dict):
            return state.setdefault("ris_cursors", {})
        return self._cursors

    @property
    def pending_pages(self) -> dict:
        """Validators (``pages`` rows) of the pages parsed in this crawl, by
        URL; kept in ``spider.state`` when JOBDIR is set."""
        state = getattr(self, "state", None)
        if isinstance(state, dict):
            return state.setdefault("ris_pages", {})
        return self._pages

    def remember_cursor(self, source: str, list_name: str, value: str) -> None:
        self.pending_cursors[f"{source}\t{list_name}"] = value

    def list_since(self, source: str, list_name: str) -> str | None:
        """The ``modified_since`` for a list: ``-a since`` if given, else
        the cursor stored by the last finished crawl."""
        if self.since:
            return f"{self.since.isoformat()}T00:00:00Z"
        return self.stored_cursor(source, list_name)

    def stored_cursor(self, source: str, list_name: str) -> str | None:
        return (self.crawl_state.get("cursors") or {}).get(f"{source}\t{list_name}")

    def stored_page(self, url: str) -> dict | None:
        """The validators and checksum an earlier crawl stored for a page."""
        return (self.crawl_state.get("pages") or {}).get(url)

    # ------------------------------------------------------------ problems

    def count_problem(self, what: str, url: str, message: str = "", level=logging.WARNING):
        """Count a data-quality problem in the crawl stats
        (``ris/<what>``) and log it with the URL."""
        self.crawler.stats.inc_value(f"ris/{what}")
        self.crawler.signals.send_catch_log(failure_counted, url=url, kind=what, reason=message,
                                            level=level)
        self.logger.log(level, "%s: %s %s", what, url, message)

    def closed(self, reason):
        path = self.settings.get("RIS_STATS_FILE")
        if path:
            raw = self.crawler.stats.get_stats()
            stats = {k: v if isinstance(v, (int, float, str)) else str(v) for k, v in raw.items()}
            stats["finish_reason"] = reason
            if isinstance(raw.get("start_time"), datetime):
                elapsed = datetime.now(timezone.utc) - raw["start_time"]
                stats["elapsed_time_seconds"] = elapsed.total_seconds()
            Path(path).write_text(json.dumps(stats, indent=1, sort_keys=True), encoding="utf-8")
