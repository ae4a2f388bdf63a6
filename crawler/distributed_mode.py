"""The switch of distributed mode: a Scrapy add-on (``ADDONS`` in
settings.py) that turns it on when a Redis URL is configured and does
nothing otherwise.

It imports nothing of Redis, so the crawler runs without the optional
``distributed`` extra; the machinery it switches on (scheduler, queue,
per-host slots) is in ``crawler.distributed``, which needs scrapy-redis.
"""
from __future__ import annotations

import os
import socket

from scrapy.settings import SETTINGS_PRIORITIES

REDIS_URL_SETTING = "RIS_REDIS_URL"
# set by `ris enqueue`: push start requests to the queue, fetch nothing
ENQUEUE_SETTING = "RIS_ENQUEUE_ONLY"
SHARDS_DIR = "data/shards"

DEFAULTS = {
    # seconds a worker's heartbeat lives; a worker silent for longer is dead
    "RIS_WORKER_TTL": 30.0,
    # seconds between looks at the shared queue while this worker is idle
    "RIS_IDLE_POLL": 0.5,
}


def redis_url(settings=None) -> str | None:
    """The Redis URL that switches distributed mode on: the ``RIS_REDIS_URL``
    setting, else the environment variable of that name, else None."""
    if settings is not None and settings.get(REDIS_URL_SETTING):
        return settings.get(REDIS_URL_SETTING)
    return os.environ.get(REDIS_URL_SETTING) or None


def worker_id(settings=None) -> str:
    """This worker's name: ``RIS_WORKER_ID`` (setting or environment), else
    ``<hostname>-<pid>``. It names the shard and the worker's Redis keys."""
    if settings is not None and settings.get("RIS_WORKER_ID"):
        return str(settings.get("RIS_WORKER_ID"))
    return os.environ.get("RIS_WORKER_ID") or f"{socket.gethostname()}-{os.getpid()}"


def shard_path(worker: str, shards_dir: str = SHARDS_DIR) -> str:
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in worker)
    return os.path.join(shards_dir, f"{safe}.db")


class Distributed:
    """Scrapy add-on (``ADDONS``): turns distributed mode on when a Redis URL
    is configured; does nothing otherwise."""

    def update_settings(self, settings) -> None:
        url = redis_url(settings)
        if not url:
            return
        for name, value in DEFAULTS.items():
            settings.setdefault(name, value)
        project = "project"  # ties with settings.py win; -s on the command line still wins
        settings.set("REDIS_URL", url, priority=project)
        settings.set("SCHEDULER", "crawler.distributed.ReliableScheduler", priority=project)
        settings.set("DUPEFILTER_CLASS", "scrapy_redis.dupefilter.RFPDupeFilter", priority=project)
        settings.set("SCHEDULER_QUEUE_CLASS", "crawler.distributed.ReliableQueue", priority=project)
        settings.set("SCHEDULER_PERSIST", True, priority=project)
        settings.set("SCHEDULER_FLUSH_ON_START", False, priority=project)
        if settings.get("RIS_HOST_INTERVAL") is None:
            settings.set("RIS_HOST_INTERVAL", settings.getfloat("DOWNLOAD_DELAY"), priority=project)
        handlers = dict(settings.getdict("DOWNLOAD_HANDLERS"))
        for scheme in ("http", "https"):
            if handlers.get(scheme) in (None, "crawler.pipelines.files.StreamingDownloadHandler"):
                handlers[scheme] = "crawler.distributed.PoliteHTTPDownloadHandler"
        settings.set("DOWNLOAD_HANDLERS", handlers, priority=project)
        settings.set_in_component_priority_dict(
            "SPIDER_MIDDLEWARES", "crawler.distributed.QueueOnlyStart", 10)
        if settings.getbool(ENQUEUE_SETTING):
            return
        # a worker writes its own shard unless RIS_DB was given explicitly
        if not os.environ.get("RIS_DB") and \
                settings.getpriority("RIS_DB") <= SETTINGS_PRIORITIES["project"]:
            settings.set("RIS_DB", shard_path(worker_id(settings)), priority="project")
        # A request is acknowledged once its items have passed the pipelines;
        # they must be on disk by then, not in a batch a killed worker loses.
        settings.set("RIS_DB_BATCH", 1, priority=project)
