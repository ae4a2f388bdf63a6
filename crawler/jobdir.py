"""A ``JOBDIR`` is resumed only when the job it holds stopped cleanly.

Scrapy keeps a job's seen requests (``requests.seen``), its queue
(``requests.queue/``) and ``spider.state`` in ``JOBDIR``. Reused as they
are, two kinds of job directory turn a crawl into a no-op:

- a finished job: every request of the portal is in ``requests.seen``, so
  the next crawl with the same directory fetches the entry and stops;
- a job killed (SIGKILL, power loss, out of memory): ``requests.seen`` is
  written as requests are scheduled, the queue only when the crawl closes,
  so the queue comes back empty or stale while the seen requests filter
  everything the portal links to.

``JobDirGuard`` notes the job's state in ``JOBDIR/ris-job.json``: ``running``
from the start, ``interrupted`` after a clean stop that kept the queue (one
Ctrl-C, a close-spider limit), ``finished`` at the end. A crawl that finds
anything but ``interrupted`` starts the job afresh: it removes Scrapy's
files before the scheduler reads them. Nothing is lost by that: items are
upserted by id and incremental cursors advance only when a crawl finishes,
so a fresh start fetches again whatever the killed crawl had not stored.
"""
from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.job import job_dir

from crawler.timestamps import utc_stamp

logger = logging.getLogger(__name__)

MARKER = "ris-job.json"
# What Scrapy keeps in a job directory (scheduler, dupe filter, SpiderState).
SCRAPY_JOB_FILES = ("requests.seen", "requests.queue", "spider.state")


def read_state(folder: Path) -> dict:
    """The job's recorded state (``{}`` when there is none or it is unreadable)."""
    try:
        state = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def write_state(folder: Path, state: str, **extra) -> None:
    """Write the marker atomically (a kill while writing leaves the old one)."""
    data = {"state": state, "at": utc_stamp(), **extra}
    tmp = folder / (MARKER + ".tmp")
    tmp.write_text(json.dumps(data), encoding="utf-8")
    tmp.replace(folder / MARKER)


def job_files(folder: Path) -> list[Path]:
    return [folder / name for name in SCRAPY_JOB_FILES if (folder / name).exists()]


def resumable(folder: Path) -> bool:
    """Whether the job in ``folder`` stopped cleanly before its end, so its
    queue and seen requests belong together."""
    return read_state(folder).get("state") == "interrupted"


def reset(folder: Path) -> list[str]:
    """Remove Scrapy's job files from ``folder``; returns their names."""
    removed = []
    for path in job_files(folder):
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()
        removed.append(path.name)
    return removed


class JobDirGuard:
    """Extension: resume a clean ``JOBDIR`` job, start any other afresh.

    It runs when the crawler is set up, before the scheduler and the dupe
    filter open the job's files."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.reason: str | None = None

    @classmethod
    def from_crawler(cls, crawler):
        path = job_dir(crawler.settings)
        if not path:
            raise NotConfigured
        guard = cls(Path(path))
        guard.prepare()
        crawler.signals.connect(guard.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(guard.engine_stopped, signal=signals.engine_stopped)
        return guard

    def prepare(self) -> None:
        previous = read_state(self.folder).get("state")
        if resumable(self.folder):
            logger.info("Resuming the interrupted job in %s", self.folder)
        elif job_files(self.folder):
            why = {"finished": "a finished job", "running": "a job that did not stop cleanly"}
            removed = reset(self.folder)
            logger.info("%s held %s: starting afresh (removed %s)", self.folder,
                        why.get(previous, "a job of unknown state"), ", ".join(removed))
        write_state(self.folder, "running")

    def spider_closed(self, spider, reason):
        self.reason = reason

    def engine_stopped(self):
        # after every spider_closed handler: the queue and spider.state are written
        if self.reason is None:
            return
        write_state(self.folder, "finished" if self.reason == "finished" else "interrupted",
                    reason=self.reason)
