"""The outcome of every crawl, per portal, in the ``crawl_runs`` table.

``PortalMiddleware`` (spider middleware) marks each start request as its
portal's entry and carries the portal (``ris_portal`` in the request meta:
the registry name, else the entry URL) from every response to the requests
it leads to. ``CrawlRuns`` (extension) counts per portal what was requested,
what came back (items by type, those embedded in others included; new and
changed papers; the bodies) and what
failed (``ris/...`` kinds), and writes one ``crawl_runs`` row per portal
through ``crawler.store``: when the portal's first request starts (outcome
``running``; a crawl that is killed leaves it so), and when the crawl ends.

At the end each portal gets an outcome: ``failed`` (its entry could not be
read: robots.txt, DNS, connection, HTTP status, no known portal; the reason
is in ``error``), ``empty`` (read, but it gave no objects), ``ok``, or
``interrupted`` (the crawl was stopped before its end). A failed or empty
portal is logged as one ERROR line (a failure already logged at ERROR is
not logged again); ``ris crawl`` exits non-zero for it.

Settings: ``RIS_CRAWL_ID`` names the crawl (``ris crawl`` sets it to find
its rows); by default the start time and a random suffix.
"""
from __future__ import annotations

import logging
import secrets
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware

from crawler import store
from crawler.items import with_embedded
from crawler.middlewares import failure_counted
from crawler.pipelines.database import rows_to_store
from crawler.timestamps import utc_stamp

logger = logging.getLogger(__name__)

# URLs of recent answers remembered with their portal, to count the problems
# the spider finds in them (it names the URL, not the request) per portal.
RECENT = 20000


@dataclass
class PortalRun:
    """What one crawl did with one portal."""
    source: str
    url: str
    started: str
    requests: int = 0
    items: Counter = field(default_factory=Counter)
    papers_new: int = 0
    papers_changed: int = 0
    failures: Counter = field(default_factory=Counter)
    error: str | None = None
    empty: bool = False
    incremental: bool = False
    bodies: set = field(default_factory=set)

    def outcome(self, reason: str) -> str:
        if self.empty:
            return "empty"
        if self.error:
            return "failed"
        if reason != "finished":
            return "interrupted"
        return "ok" if self.items else "empty"

    def row(self, crawl: str, finished: str | None = None, reason: str | None = None) -> dict:
        return {"id": f"{crawl} {self.source}", "crawl": crawl, "source": self.source,
                "url": self.url, "started": self.started, "finished": finished,
                "finish_reason": reason,
                "outcome": self.outcome(reason) if reason else "running",
                "error": self.error, "incremental": int(self.incremental),
                "requests": self.requests, "items": sum(self.items.values()),
                "items_by_type": dict(sorted(self.items.items())),
                "papers": self.items.get("Paper", 0), "papers_new": self.papers_new,
                "papers_changed": self.papers_changed,
                "failures": sum(self.failures.values()),
                "failures_by_kind": dict(sorted(self.failures.items())),
                "bodies": sorted(self.bodies)}


def item_type(item) -> str:
    return item.get("type") or type(item).__name__


class CrawlRuns:
    """Extension: one ``crawl_runs`` row per portal and crawl."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.crawl = crawler.settings.get("RIS_CRAWL_ID") or (
            f"{utc_stamp()}-{secrets.token_hex(3)}")
        self.path = store.db_path(crawler.settings)
        self.downloads = crawler.settings.getbool("RIS_DOWNLOAD_FILES")
        self.runs: dict[str, PortalRun] = {}
        self.entries: dict[str, str] = {}   # entry URL -> portal
        self.recent: OrderedDict[str, str] = OrderedDict()  # URL -> portal, last answers
        self.hosts: dict[str, set] = {}     # host -> portals that asked it
        self.judged: set[str] = set()       # "portal\tpaper id" already classified
        self.unjudged: dict[str, str] = {}  # paper id -> portal, until its row is written
        self.db = None

    @classmethod
    def from_crawler(cls, crawler):
        if crawler.settings.getbool("RIS_ENQUEUE_ONLY"):
            raise NotConfigured  # `ris enqueue` only queues start requests: no crawl to report
        runs = cls(crawler)
        for handler, signal in ((runs.spider_opened, signals.spider_opened),
                                (runs.request_reached, signals.request_reached_downloader),
                                (runs.response_received, signals.response_received),
                                (runs.item_scraped, signals.item_scraped),
                                (runs.batch_to_store, rows_to_store),
                                (runs.failure, failure_counted),
                                (runs.spider_closed, signals.spider_closed)):
            crawler.signals.connect(handler, signal=signal)
        return runs

    def spider_opened(self, spider):
        self.db = store.open_db(self.path)

    # ------------------------------------------------------------ portals

    def portal_started(self, portal: str, url: str) -> None:
        """An entry request of ``portal`` leaves ``start()``."""
        if url:
            self.entries[url] = portal
        if portal not in self.runs:
            self.runs[portal] = PortalRun(source=portal, url=url, started=utc_stamp())
            self._save(self.runs[portal])

    def portal_of(self, url: str, portal: str | None = None) -> PortalRun | None:
        """The run a URL belongs to: its request's portal, else the portal of
        a recent answer or failure at that URL, else the one portal that
        asked its host (None when several did)."""
        hosts = self.hosts.get(urlsplit(url).netloc) or ()
        portal = (portal or self.entries.get(url) or self.recent.get(url)
                  or (next(iter(hosts)) if len(hosts) == 1 else None))
        return self.runs.get(portal) if portal else None

    def remember(self, url: str, portal: str) -> None:
        self.recent[url] = portal
        self.recent.move_to_end(url)
        if len(self.recent) > RECENT:
            self.recent.popitem(last=False)

    def _save(self, run: PortalRun, reason: str | None = None) -> None:
        if self.db is not None:
            store.save_crawl_run(self.db, run.row(self.crawl, utc_stamp() if reason else None, reason))

    # ------------------------------------------------------------ signals

    def request_reached(self, request, spider=None):
        portal = request.meta.get("ris_portal")
        if portal and portal not in self.runs:
            # a distributed worker: its portals' entries were queued elsewhere
            self.portal_started(portal, request.url if request.meta.get("ris_entry") else "")
        run = self.runs.get(portal)
        if run is None:
            return
        run.requests += 1
        self.hosts.setdefault(urlsplit(request.url).netloc, set()).add(run.source)
        if "modified_since=" in request.url:
            run.incremental = True

    def response_received(self, response, request, spider=None):
        portal = request.meta.get("ris_portal")
        if portal:
            self.remember(response.url, portal)
            self.remember(request.url, portal)

    def paper_seen(self, portal: str | None, item) -> None:
        """A Paper item of ``portal`` on its way to the pipelines: judged new,
        changed or as stored when the database pipeline is about to write
        it (signal ``rows_to_store``)."""
        oid = item.get("id")
        if portal in self.runs and isinstance(oid, str):
            self.unjudged.setdefault(oid.strip(), portal)

    def batch_to_store(self, rows: list[dict]) -> None:
        """A batch the database pipeline is about to write: its papers
        are compared with the stored rows, in one query."""
        papers = [r for r in rows if r.get("type") == "Paper" and r.get("id") in self.unjudged]
        if not papers or self.db is None:
            return
        changes = store.stored_changes(self.db, papers)
        for row in papers:
            portal = self.unjudged.pop(row["id"], None)
            key = f"{portal}\t{row['id']}"
            change = changes.get(row["id"])
            if portal is None or key in self.judged or not change:
                continue
            self.judged.add(key)
            if change == "new":
                self.runs[portal].papers_new += 1
            else:
                self.runs[portal].papers_changed += 1

    def item_scraped(self, item, response, spider=None):
        run = self.runs.get(response.meta.get("ris_portal")) if response is not None else None
        if run is None:
            return
        for obj in with_embedded(item):
            kind = item_type(obj)
            run.items[kind] += 1
            if kind == "Body" and obj.get("id"):
                run.bodies.add(obj["id"])
            if kind == "File" and self.downloads and obj.get("file_urls") and not obj.get("path"):
                run.failures["file_not_stored"] += 1  # its document could not be downloaded

    def failure(self, url, kind, reason="", portal=None, entry=False, level=None, **kwargs):
        """A failure counted by the middlewares, or a problem the spider
        counted (``level`` given: its log level)."""
        run = self.portal_of(url, portal)
        if run is None:
            return
        self.remember(url, run.source)
        name = f"failed/{kind}" if level is None else kind
        run.failures[name] += 1
        entry = entry or (level is not None and level >= logging.ERROR and url in self.entries)
        if entry and not run.error:
            run.error = f"{name}: {reason}".strip() if reason else name

    def spider_closed(self, spider, reason):
        for run in self.runs.values():
            if reason == "finished" and not run.error and not run.items:
                run.empty = True
                run.error = "empty: the portal gave no objects"
                logger.error("empty: %s %s: the portal gave no objects (nothing stored)",
                             run.source, run.url)
            self._save(run, reason)
        if self.db is not None:
            self.db.close()
            self.db = None


class PortalMiddleware(BaseSpiderMiddleware):
    """Spider middleware: start requests are their portal's entry
    (``ris_entry``); every request carries its portal (``ris_portal``) on
    from the response it came from. Papers are shown to ``CrawlRuns``
    before the pipelines store them."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.runs = next((e for e in crawler.extensions.middlewares
                          if isinstance(e, CrawlRuns)), None)

    def get_processed_request(self, request, response):
        if response is None:
            portal = request.meta.get("source") or request.url
            request.meta["ris_entry"] = True
            request.meta["ris_portal"] = portal
            if self.runs:
                self.runs.portal_started(portal, request.url)
        elif "ris_portal" not in request.meta and response.meta.get("ris_portal"):
            request.meta["ris_portal"] = response.meta["ris_portal"]
        return request

    def get_processed_item(self, item, response):
        if self.runs and response is not None and item_type(item) == "Paper":
            self.runs.paper_seen(response.meta.get("ris_portal"), item)
        return item
