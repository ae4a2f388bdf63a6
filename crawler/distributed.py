"""Distributed crawling: one Redis queue, any number of `ris` workers.

Switched on by a Redis URL in the ``RIS_REDIS_URL`` setting or environment
variable. Then (see :class:`Distributed`, a Scrapy add-on in
``crawler.distributed_mode``, which imports no Redis code):

* scrapy-redis' scheduler and dupefilter keep ONE request queue
  (``ris:requests``, a sorted set by priority) and ONE seen-set
  (``ris:dupefilter``) for every worker on every machine;
* a worker started without ``url``/``source`` takes its work from the queue
  only; ``ris enqueue`` pushes start requests once (:data:`ENQUEUE_SETTING`);
* every request a worker takes is recorded in the worker's in-flight set in
  the same Redis step (Lua script), and removed only when Scrapy has finished
  with it (callback run, items through the pipelines, new requests queued).
  A worker whose heartbeat key expired is dead: any worker puts its
  in-flight requests back into the queue, so a killed worker loses nothing;
* a worker stops when the queue is empty and no live worker has anything in
  flight (checked atomically), after ``ris enqueue`` has run at least once;
* per-host politeness across workers: before a request goes on the wire a
  worker takes the host's Redis slot (``SET NX PX``), so requests to one
  host start at least ``RIS_HOST_INTERVAL`` seconds apart, whichever worker
  sends them (:class:`HostSlots`);
* each worker writes its own SQLite shard, ``data/shards/<worker-id>.db``,
  which ``ris merge`` combines (crawler/merge.py), one item per transaction
  (``RIS_DB_BATCH = 1``), so what a request produced is on disk before the
  request is acknowledged.

Requests travel through Redis pickled (scrapy-redis' default serializer):
callbacks must be spider methods, and the Redis server must be private to
the crawl (whoever can write to it can run code on the workers).
"""
from __future__ import annotations

import asyncio
import logging
import threading
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.utils.misc import load_object
from scrapy_redis.connection import get_redis, get_redis_from_settings
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

from crawler.distributed_mode import (  # noqa: F401  (the add-on and its helpers)
    DEFAULTS, ENQUEUE_SETTING, REDIS_URL_SETTING, SHARDS_DIR, Distributed, redis_url,
    shard_path, worker_id)
from crawler.pipelines.files import StreamingDownloadHandler

logger = logging.getLogger(__name__)


class Keys:
    """Redis key names of one spider's distributed crawl."""

    def __init__(self, spider_name: str):
        self.queue = f"{spider_name}:requests"          # scrapy-redis default
        self.dupefilter = f"{spider_name}:dupefilter"   # scrapy-redis default
        self.workers = f"{spider_name}:workers"
        self.enqueued = f"{spider_name}:enqueued"
        self.prefix = spider_name

    def inflight(self, worker: str) -> str:
        return f"{self.prefix}:inflight:{worker}"

    def alive(self, worker: str) -> str:
        return f"{self.prefix}:alive:{worker}"


def host_key(netloc: str) -> str:
    """The politeness slot of a host, shared by every crawl on this Redis."""
    return f"ris:host:{netloc.lower()}"


class QueueOnlyStart:
    """Spider middleware of distributed mode: a worker started without
    ``url`` and ``source`` takes its work from the shared queue only, instead
    of crawling every enabled source again."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_start(self, start):
        spider = self.crawler.spider
        enqueue = self.crawler.settings.getbool(ENQUEUE_SETTING)
        if not enqueue and not (getattr(spider, "url", None) or getattr(spider, "source", None)):
            logger.info("Distributed worker: taking requests from the shared queue only")
            return
        async for item_or_request in start:
            yield item_or_request
        if not enqueue:
            return
        # `ris enqueue` with several sources/URLs: one spider per further job,
        # same class, so the requests' callbacks serialize by method name
        for job in getattr(spider, "ris_more_jobs", None) or []:
            other = type(spider).from_crawler(self.crawler, **job)
            async for item_or_request in other.start():
                yield item_or_request


# Pop the best request (lowest score) and record it as in flight, in one step.
POP_SCRIPT = """
local best = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #best == 0 then return false end
redis.call('ZREM', KEYS[1], best[1])
redis.call('ZADD', KEYS[2], best[2], best[1])
return best[1]
"""

# Put a worker's in-flight requests back into the queue and forget the worker.
REQUEUE_SCRIPT = """
local n = redis.call('ZCARD', KEYS[2])
if n > 0 then
  redis.call('ZUNIONSTORE', KEYS[1], 2, KEYS[1], KEYS[2], 'AGGREGATE', 'MIN')
  redis.call('DEL', KEYS[2])
end
if ARGV[1] == '1' then redis.call('SREM', KEYS[3], ARGV[2]) end
return n
"""

# Requeue the in-flight requests of every registered worker whose heartbeat
# expired; then report the work left: queued + in flight at live workers.
SWEEP_SCRIPT = """
local prefix = ARGV[1]
local requeued = 0
local inflight = 0
for _, w in ipairs(redis.call('SMEMBERS', KEYS[2])) do
  local flight = prefix .. ':inflight:' .. w
  if redis.call('EXISTS', prefix .. ':alive:' .. w) == 0 then
    local n = redis.call('ZCARD', flight)
    if n > 0 then
      redis.call('ZUNIONSTORE', KEYS[1], 2, KEYS[1], flight, 'AGGREGATE', 'MIN')
      redis.call('DEL', flight)
      requeued = requeued + n
    end
    redis.call('SREM', KEYS[2], w)
  else
    inflight = inflight + redis.call('ZCARD', flight)
  end
end
return {requeued, redis.call('ZCARD', KEYS[1]), inflight, redis.call('EXISTS', KEYS[3])}
"""


class ReliableQueue(PriorityQueue):
    """scrapy-redis' priority queue whose pop also records the request in
    this worker's in-flight set (``inflight_key``) in the same Redis step, so
    nothing is lost if the worker dies before finishing it."""

    inflight_key: str | None = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._taken: dict[int, tuple] = {}  # id(request) -> (request, data)

    def pop(self, timeout=0):
        if self.inflight_key is None:
            return super().pop(timeout)
        data = self.server.eval(POP_SCRIPT, 2, self.key, self.inflight_key)
        if not data:
            return None
        request = self._decode_request(data)
        self._taken[id(request)] = (request, data)
        return request

    def ack(self, request) -> None:
        """The worker is done with ``request``: drop it from the in-flight set."""
        taken = self._taken.pop(id(request), None)
        if taken is not None and self.inflight_key:
            self.server.zrem(self.inflight_key, taken[1])


class ReliableScheduler(Scheduler):
    """scrapy-redis' scheduler, made safe for several workers:

    * in-flight requests are recorded in Redis and acknowledged when Scrapy
      has finished with them (the engine's request-done step);
    * a heartbeat thread keeps ``<spider>:alive:<worker>`` alive; the
      in-flight requests of dead workers go back into the queue;
    * the spider stays open while there is work anywhere, and closes when
      the whole crawl is done;
    * with ``RIS_ENQUEUE_ONLY`` it only pushes (each start request once, even
      ``dont_filter`` ones) and never pops.
    """

    crawler = None

    @classmethod
    def from_crawler(cls, crawler):
        instance = super().from_crawler(crawler)
        instance.crawler = crawler
        settings = crawler.settings
        instance.enqueue_only = settings.getbool(ENQUEUE_SETTING)
        instance.worker = worker_id(settings)
        instance.ttl = settings.getfloat("RIS_WORKER_TTL", DEFAULTS["RIS_WORKER_TTL"])
        instance.poll = settings.getfloat("RIS_IDLE_POLL", DEFAULTS["RIS_IDLE_POLL"])
        instance.pushed = 0
        instance._stop = threading.Event()
        crawler.signals.connect(instance.spider_idle, signal=signals.spider_idle)
        return instance

    # -- life cycle ---------------------------------------------------------

    def open(self, spider):
        # scrapy-redis' open() without its Spider.log() call (deprecated in Scrapy 2.19)
        self.spider = spider
        self.queue = load_object(self.queue_cls)(
            server=self.server, spider=spider, key=self.queue_key % {"spider": spider.name},
            serializer=self.serializer)
        if not self.df:
            self.df = load_object(self.dupefilter_cls).from_spider(spider)
        self.keys = Keys(spider.name)
        if self.enqueue_only:
            return
        self.queue.inflight_key = self.keys.inflight(self.worker)
        self._beat()
        # a worker restarted under the same id has nothing in flight yet
        self.server.eval(REQUEUE_SCRIPT, 3, self.keys.queue, self.queue.inflight_key,
                         self.keys.workers, "0", self.worker)
        self._hook_engine()
        threading.Thread(target=self._heartbeat, name="ris-heartbeat", daemon=True).start()
        logger.info("Distributed worker %s: queue %s (%d requests waiting)",
                    self.worker, self.keys.queue, len(self.queue))

    def close(self, reason):
        super().close(reason)
        if self.enqueue_only:
            self.server.incr(self.keys.enqueued)
            logger.info("Enqueued %d requests into %s", self.pushed, self.keys.queue)
            return
        self._stop.set()
        left = self.server.eval(REQUEUE_SCRIPT, 3, self.keys.queue, self.queue.inflight_key,
                                self.keys.workers, "1", self.worker)
        if left:
            logger.info("Put %d unfinished requests back into the queue", left)
        self.server.delete(self.keys.alive(self.worker))

    def _beat(self) -> None:
        # re-register too: a worker that was taken for dead (its requests
        # requeued) while stalled counts again once it beats
        pipe = self.server.pipeline()
        pipe.set(self.keys.alive(self.worker), "1", px=int(self.ttl * 1000))
        pipe.sadd(self.keys.workers, self.worker)
        pipe.execute()

    def _heartbeat(self) -> None:
        # a thread, so a long CPU-bound pipeline step does not stop the beat
        while not self._stop.wait(self.ttl / 3):
            try:
                self._beat()
            except Exception as exc:  # Redis briefly unreachable: try again
                logger.warning("Heartbeat to Redis failed: %s", exc)

    def _hook_engine(self) -> None:
        """Acknowledge a request when the engine is done with it. Scrapy has
        no signal for that moment, so wrap the engine's request-done step."""
        engine = self.crawler.engine
        done = engine._remove_request

        def remove_request(result, request):
            try:
                return done(result, request=request)
            finally:
                self.queue.ack(request)

        engine._remove_request = remove_request

    # -- queue ----------------------------------------------------------------

    def enqueue_request(self, request):
        if self.enqueue_only:
            # pushed once: the seen-set decides, dont_filter or not
            if self.df.request_seen(request):
                return False
            self.queue.push(request)
            self.pushed += 1
            if self.stats:
                self.stats.inc_value("ris/distributed/enqueued")
            return True
        # scrapy-redis' enqueue_request/next_request, without the ``spider``
        # argument to StatsCollector.inc_value (deprecated in Scrapy 2.19)
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        self.queue.push(request)
        return True

    def next_request(self):
        if self.enqueue_only:
            return None
        request = self.queue.pop(self.idle_before_close)
        if request is not None and self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def has_pending_requests(self):
        if self.enqueue_only:
            return False
        return super().has_pending_requests()

    # -- idle -----------------------------------------------------------------

    def sweep(self) -> dict:
        """Requeue dead workers' requests; return the crawl's state."""
        requeued, queued, inflight, started = self.server.eval(
            SWEEP_SCRIPT, 3, self.keys.queue, self.keys.workers, self.keys.enqueued,
            self.keys.prefix)
        if requeued:
            logger.warning("Requeued %d in-flight requests of dead workers", requeued)
            if self.stats:
                self.stats.inc_value("ris/distributed/requeued", requeued)
        return {"queued": queued, "inflight": inflight, "started": bool(started)}

    def spider_idle(self, spider):
        if self.enqueue_only:
            return
        state = self.sweep()
        if state["started"] and not state["queued"] and not state["inflight"]:
            logger.info("Shared queue drained and nothing in flight: crawl finished")
            return
        from twisted.internet import reactor

        reactor.callLater(self.poll, self._wake)
        raise DontCloseSpider

    def _wake(self) -> None:
        slot = getattr(self.crawler.engine, "_slot", None)
        if slot is not None and slot.closing is None:
            slot.nextcall.schedule()


class HostSlots:
    """Per-host politeness shared by all workers: a request to a host may
    start only when this worker holds the host's Redis key, taken with
    ``SET NX PX interval``. So requests to one host start at least
    ``interval`` seconds apart across the whole crawl."""

    def __init__(self, server, interval: float, owner: str = ""):
        self.server = server
        self.interval_ms = max(1, int(interval * 1000))
        self.owner = owner or "1"

    def try_take(self, netloc: str) -> float:
        """Take the slot; 0.0 if taken, else seconds until it frees."""
        key = host_key(netloc)
        if self.server.set(key, self.owner, nx=True, px=self.interval_ms):
            return 0.0
        left = self.server.pttl(key)
        return max(left, 1) / 1000.0 if left != -2 else 0.001

    async def take(self, netloc: str) -> float:
        """Wait for the host's slot; return the seconds waited."""
        waited = 0.0
        while True:
            wait = self.try_take(netloc)
            if not wait:
                return waited
            await asyncio.sleep(wait)
            waited += wait


class PoliteHTTPDownloadHandler(StreamingDownloadHandler):
    """The HTTP handler (files stream to disk) that first takes the host's shared Redis slot.
    It sits after the downloader's own per-host queue, so the slot is taken
    right before the request goes on the wire."""

    def __init__(self, crawler):
        super().__init__(crawler)
        interval = crawler.settings.getfloat("RIS_HOST_INTERVAL", 1.0)
        server = get_redis_from_settings(crawler.settings)
        self.slots = HostSlots(server, interval, worker_id(crawler.settings)) if interval > 0 else None
        self.stats = crawler.stats

    async def download_request(self, request):
        if self.slots is not None:
            waited = await self.slots.take(urlsplit(request.url).netloc)
            if waited and self.stats:
                self.stats.inc_value("ris/distributed/host_wait_ms", int(waited * 1000))
        return await super().download_request(request)


# -- operations on the shared state (ris enqueue, tests) --------------------

def connect(url: str):
    return get_redis(url=url, socket_timeout=30, socket_connect_timeout=30,
                     retry_on_timeout=True, encoding="utf-8")


def reset(server, spider_name: str = "ris") -> None:
    """Forget a crawl: queue, seen-set, in-flight sets, workers, the mark."""
    keys = Keys(spider_name)
    names = [keys.queue, keys.dupefilter, keys.workers, keys.enqueued]
    names += list(server.scan_iter(f"{spider_name}:inflight:*"))
    names += list(server.scan_iter(f"{spider_name}:alive:*"))
    server.delete(*names)


def status(server, spider_name: str = "ris") -> dict:
    """Queue length, seen-set size, live workers and their in-flight counts."""
    keys = Keys(spider_name)
    workers = {}
    for raw in server.smembers(keys.workers):
        w = raw.decode() if isinstance(raw, bytes) else raw
        workers[w] = {"alive": bool(server.exists(keys.alive(w))),
                      "inflight": server.zcard(keys.inflight(w))}
    return {"queued": server.zcard(keys.queue), "seen": server.scard(keys.dupefilter),
            "enqueued": int(server.get(keys.enqueued) or 0), "workers": workers}


def project_settings(**overrides):
    """The crawler's settings (crawler/settings.py) plus ``overrides`` given
    as on the command line."""
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    for name, value in overrides.items():
        settings.set(name, value, priority="cmdline")
    return settings


def enqueue_start_requests(url: str, jobs: list[dict], fresh: bool = False,
                           spider_name: str = "ris", **overrides) -> dict:
    """Run the spider's ``start()`` once per job (spider arguments such as
    ``source`` or ``url``) in enqueue-only mode: the start requests go into
    the shared queue (each once), nothing is fetched. Returns the count
    pushed and the queue's state."""
    from scrapy.crawler import CrawlerProcess

    server = connect(url)
    server.ping()
    if fresh:
        reset(server, spider_name)
    settings = project_settings(**{REDIS_URL_SETTING: url, ENQUEUE_SETTING: True,
                                   "LOG_LEVEL": "WARNING", **overrides})
    jobs = [{k: v for k, v in job.items() if v is not None} for job in jobs] or [{}]
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(spider_name)
    process.crawl(crawler, **jobs[0], ris_more_jobs=jobs[1:])
    process.start()
    pushed = crawler.stats.get_value("ris/distributed/enqueued", 0) if crawler.stats else 0
    return {"pushed": pushed, **status(server, spider_name)}


__all__ = ["Distributed", "ReliableScheduler", "ReliableQueue", "RFPDupeFilter",
           "HostSlots", "PoliteHTTPDownloadHandler", "QueueOnlyStart",
           "redis_url", "worker_id", "shard_path", "reset", "status", "connect"]
