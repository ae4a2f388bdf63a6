"""Distributed crawling through scrapy-redis and a real Redis server.

The recorded Karlsruhe OParl objects (tests/fixtures/sites/oparl-karlsruhe)
are replayed on 127.0.0.1 with a fixed per-request delay; a throw-away
redis-server (tests/redis_server.py) holds the shared queue. The reference is
one plain Scrapy process crawling the same 69 entry URLs
(tests/crawler/many_urls_spider.py) without Redis. The recorded Hürtgenwald
OParl system (System, Body list, paginated lists) is crawled from its one
entry URL both by `scrapy crawl ris -a url=...` and by two workers.
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
import scrapy
from scrapy.settings import Settings

from crawler import distributed, store
from crawler.merge import merge_shards
from crawler.replay import serve
from crawler.spiders.ris import RisSpider
from tests.redis_server import RedisServer

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "tests" / "fixtures" / "sites" / "oparl-karlsruhe"
HUERTGENWALD = ROOT / "tests" / "fixtures" / "sites" / "oparl-huertgenwald"
HUERTGENWALD_SYSTEM = "https://sdnetrim.kdvz-frechen.de/rim4220/webservice/oparl/v1.0/system"
HARNESS = ROOT / "tests" / "crawler" / "many_urls_spider.py"
# columns that hold the time of the crawl, not crawled content
VOLATILE = {"fetched_at", "updated_at", "modified_since"}
RUN_TIMEOUT = 120

# DOWNLOAD_DELAY 0.001, not 0: with exactly 0, Scrapy 2.19's downloader
# sends all queued requests of a host at once, past CONCURRENT_REQUESTS_PER_DOMAIN.
COMMON_SETTINGS = {
    "DOWNLOAD_DELAY": "0.001", "DOWNLOAD_DELAY_JITTER": "0",
    "AUTOTHROTTLE_ENABLED": "False", "DOWNLOAD_TIMEOUT": "20",
    "RIS_DOWNLOAD_FILES": "False", "RIS_EXTRACT": "False", "TELNETCONSOLE_ENABLED": "False",
    "RIS_WORKER_TTL": "3", "RIS_IDLE_POLL": "0.2", "LOG_LEVEL": "INFO",
}


# -- fixtures -----------------------------------------------------------------

@pytest.fixture(scope="module")
def redis_server(tmp_path_factory):
    server = RedisServer(tmp_path_factory.mktemp("redis")).start()
    yield server
    server.stop()


@pytest.fixture()
def redis(redis_server):
    client = distributed.connect(redis_server.url)
    client.flushdb()
    yield client
    client.flushdb()


@pytest.fixture(scope="module")
def site():
    server = serve(SITE, delay=0.02)
    server.arrivals = []  # (time, path) of each request as it arrives, before the delay
    record = server.record

    def record_arrival(path):
        server.arrivals.append((time.monotonic(), path))
        record(path)

    server.record = record_arrival
    yield server
    server.stop()


def entry_urls(server) -> list[str]:
    manifest = json.loads((SITE / "manifest.json").read_text(encoding="utf-8"))
    return [server.local_url(e["url"]) for e in manifest]


def env_for(redis_url: str | None = None, worker: str | None = None) -> dict:
    env = {k: v for k, v in os.environ.items()
           if k not in ("RIS_REDIS_URL", "RIS_DB", "RIS_WORKER_ID")}
    env["SCRAPY_SETTINGS_MODULE"] = "crawler.settings"
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    if redis_url:
        env["RIS_REDIS_URL"] = redis_url
    if worker:
        env["RIS_WORKER_ID"] = worker
    return env


def settings_args(workdir: Path, name: str, **extra) -> list[str]:
    values = {**COMMON_SETTINGS, "FILES_STORE": str(workdir / "files"),
              "LOG_FILE": str(workdir / f"{name}.log"), **extra}
    return [a for k, v in values.items() for a in ("-s", f"{k}={v}")]


def start_worker(workdir: Path, redis_url: str, worker: str, **extra) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "scrapy", "crawl", "ris", *settings_args(workdir, worker, **extra)],
        cwd=workdir, env=env_for(redis_url, worker),
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def log_tail(proc, lines=30) -> str:
    """The end of a worker's log file (its -s LOG_FILE), for failure messages."""
    args = proc.args if isinstance(proc.args, list) else []
    path = next((a.split("=", 1)[1] for a in args if a.startswith("LOG_FILE=")), None)
    if not path or not Path(path).exists():
        return ""
    return "\n".join(Path(path).read_text(errors="replace").splitlines()[-lines:])


def wait_all(procs, timeout=RUN_TIMEOUT) -> None:
    for proc in procs:
        try:
            _, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise AssertionError(f"no exit after {timeout}s:\n{log_tail(proc)}") from None
        assert proc.returncode == 0, err.decode(errors="replace")[-2000:] + log_tail(proc)


def enqueue(workdir: Path, redis_url: str, urls, *extra) -> str:
    args = [a for u in urls for a in ("--url", u)]
    out = subprocess.run([sys.executable, "-m", "crawler", "enqueue", "--redis", redis_url,
                          *extra, *args], cwd=workdir, env=env_for(), capture_output=True,
                         timeout=RUN_TIMEOUT)
    assert out.returncode == 0, out.stderr.decode(errors="replace")[-2000:]
    return out.stdout.decode()


def start_then_enqueue(workdir: Path, redis_server, names, urls, **extra) -> list:
    """Start the workers, wait until all of them wait for work, then
    enqueue: so that none has finished the crawl before another is up."""
    workers = [start_worker(workdir, redis_server.url, w, **extra) for w in names]
    client = distributed.connect(redis_server.url)
    deadline = time.monotonic() + RUN_TIMEOUT
    while len(distributed.status(client)["workers"]) < len(names):
        assert time.monotonic() < deadline, "workers did not start"
        for proc in workers:
            assert proc.poll() is None, proc.communicate()[1].decode(errors="replace")[-2000:]
        time.sleep(0.1)
    out = enqueue(workdir, redis_server.url, urls)
    return workers, out


def stop_all(procs) -> None:
    """Kill (by PID) the worker processes of a test that failed midway."""
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)


def fetched(server, since: int) -> Counter:
    """Requests the replay server answered since log position ``since``
    (robots.txt, which every Scrapy process reads once, left out)."""
    return Counter(p for p in server.log[since:] if not p.endswith("/robots.txt"))


def snapshot(path) -> dict[str, list[tuple]]:
    """Every table of the schema as sorted rows, crawl-time columns left out
    (and crawl_runs: each process records its own crawl)."""
    con = sqlite3.connect(path)
    out = {}
    for table in set(store.TABLES) - {"crawl_runs"}:
        cols = [r[1] for r in con.execute(f"pragma table_info([{table}])")
                if r[1] not in VOLATILE]
        rows = con.execute(f"select {', '.join(f'[{c}]' for c in cols)} from [{table}]").fetchall()
        out[table] = sorted(rows, key=repr)
    con.close()
    return out


@pytest.fixture(scope="module")
def reference(site, tmp_path_factory):
    """One plain Scrapy process crawling every entry URL (no Redis)."""
    workdir = tmp_path_factory.mktemp("single")
    urls_file = workdir / "urls.txt"
    urls_file.write_text("\n".join(entry_urls(site)), encoding="utf-8")
    mark = len(site.log)
    proc = subprocess.Popen(
        [sys.executable, "-m", "scrapy", "runspider", str(HARNESS), "-a", f"urls_file={urls_file}",
         *settings_args(workdir, "single", RIS_DB=str(workdir / "single.db"))],
        cwd=workdir, env=env_for(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wait_all([proc])
    return {"db": snapshot(workdir / "single.db"), "fetched": fetched(site, mark)}


# -- settings switch -------------------------------------------------------------

def addon_settings(**values) -> Settings:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    for k, v in values.items():
        settings.set(k, v, priority="cmdline")
    distributed.Distributed().update_settings(settings)
    return settings


def test_without_redis_url_the_crawl_stays_local(monkeypatch):
    monkeypatch.delenv("RIS_REDIS_URL", raising=False)
    monkeypatch.delenv("RIS_DB", raising=False)
    settings = addon_settings()
    assert settings["SCHEDULER"] == "scrapy.core.scheduler.Scheduler"
    assert "REDIS_URL" not in settings
    assert settings["RIS_DB"] == "data/ris.db"


def test_redis_url_switches_on_scrapy_redis_and_a_shard_per_worker(monkeypatch):
    monkeypatch.delenv("RIS_DB", raising=False)
    monkeypatch.setenv("RIS_REDIS_URL", "redis://queue-host:6379/0")
    monkeypatch.setenv("RIS_WORKER_ID", "host1-7")
    settings = addon_settings()
    assert settings["REDIS_URL"] == "redis://queue-host:6379/0"
    assert settings["SCHEDULER"] == "crawler.distributed.ReliableScheduler"
    assert settings["DUPEFILTER_CLASS"] == "scrapy_redis.dupefilter.RFPDupeFilter"
    assert settings.getbool("SCHEDULER_PERSIST") is True
    assert settings.getdict("DOWNLOAD_HANDLERS")["https"].endswith("PoliteHTTPDownloadHandler")
    assert settings["RIS_DB"] == os.path.join("data", "shards", "host1-7.db")
    assert settings.getint("RIS_DB_BATCH") == 1   # on disk before the request is acknowledged
    assert settings.getfloat("RIS_HOST_INTERVAL") == settings.getfloat("DOWNLOAD_DELAY")
    # an explicit -s RIS_DB wins over the shard default
    assert addon_settings(RIS_DB="/tmp/mine.db")["RIS_DB"] == "/tmp/mine.db"


# -- what the scrapy-redis shims rely on in Scrapy 2.19 -----------------------------

def test_scrapy_still_has_the_hooks_the_scheduler_uses():
    """ReliableScheduler acknowledges a request in the engine's request-done
    step and wakes an idle engine through its slot; scrapy-redis' queue
    serializes with Request.to_dict. If Scrapy renames these, this fails
    first (and the end-to-end tests below would hang until their timeout)."""
    import inspect

    from scrapy.core.engine import ExecutionEngine, _Slot

    assert list(inspect.signature(ExecutionEngine._remove_request).parameters) == \
        ["self", "_", "request"]
    assert "nextcall" in inspect.signature(_Slot.__init__).parameters
    assert "spider" in inspect.signature(scrapy.Request.to_dict).parameters


# -- queue, in-flight set, dead workers -------------------------------------------------

def make_queue(client, spider, worker: str) -> distributed.ReliableQueue:
    queue = distributed.ReliableQueue(server=client, spider=spider, key="%(spider)s:requests")
    queue.inflight_key = distributed.Keys(spider.name).inflight(worker)
    return queue


def test_a_taken_request_stays_in_redis_until_acknowledged(redis):
    spider = RisSpider()
    queue = make_queue(redis, spider, "w1")
    queue.push(scrapy.Request("http://example.org/a", callback=spider.parse_entry, priority=1))
    queue.push(scrapy.Request("http://example.org/b", callback=spider.parse_entry))
    first = queue.pop()
    assert first.url == "http://example.org/a"            # priority order kept
    assert first.callback == spider.parse_entry           # callback survives the trip
    assert len(queue) == 1 and redis.zcard(queue.inflight_key) == 1
    queue.ack(first)
    assert redis.zcard(queue.inflight_key) == 0


def test_dead_workers_requests_go_back_to_the_queue(redis):
    spider = RisSpider()
    keys = distributed.Keys(spider.name)
    dead, alive = make_queue(redis, spider, "dead"), make_queue(redis, spider, "alive")
    for url in ("http://example.org/1", "http://example.org/2", "http://example.org/3"):
        dead.push(scrapy.Request(url, callback=spider.parse_entry))
    redis.sadd(keys.workers, "dead", "alive")
    redis.set(keys.alive("alive"), "1", px=60_000)   # "dead" has no heartbeat
    taken_dead = [dead.pop(), dead.pop()]
    taken_alive = alive.pop()
    assert taken_dead[0] and taken_alive and len(dead) == 0
    scheduler = distributed.ReliableScheduler.__new__(distributed.ReliableScheduler)
    scheduler.server, scheduler.keys, scheduler.stats = redis, keys, None
    assert scheduler.sweep() == {"queued": 2, "inflight": 1, "started": False}
    plain = distributed.ReliableQueue(server=redis, spider=spider, key="%(spider)s:requests")
    back = [plain.pop(), plain.pop()]
    assert sorted(r.url for r in back) == sorted(r.url for r in taken_dead)
    assert redis.smembers(keys.workers) == {b"alive"}
    assert not redis.exists(keys.inflight("dead"))
    # finished only when enqueue has run, the queue is empty and nothing is in flight
    assert scheduler.sweep() == {"queued": 0, "inflight": 1, "started": False}
    alive.ack(taken_alive)
    redis.set(keys.enqueued, 1)
    assert scheduler.sweep() == {"queued": 0, "inflight": 0, "started": True}


def test_host_slot_spaces_requests_of_two_workers(redis):
    one = distributed.HostSlots(redis, 0.3, "w1")
    two = distributed.HostSlots(redis, 0.3, "w2")
    assert one.try_take("portal.example:443") == 0.0
    wait = two.try_take("portal.example:443")
    assert 0 < wait <= 0.3
    assert two.try_take("other.example") == 0.0          # other hosts are free
    time.sleep(wait + 0.02)
    assert two.try_take("portal.example:443") == 0.0


def test_enqueue_pushes_a_start_request_once_even_with_dont_filter(redis):
    spider = RisSpider()
    scheduler = distributed.ReliableScheduler.__new__(distributed.ReliableScheduler)
    scheduler.enqueue_only, scheduler.pushed, scheduler.stats = True, 0, None
    scheduler.df = distributed.RFPDupeFilter(redis, key="ris:dupefilter")
    scheduler.queue = distributed.ReliableQueue(server=redis, spider=spider,
                                                key="%(spider)s:requests")
    entry = "http://127.0.0.1:1/web1.karlsruhe.de/oparl/bodies/0001/meetings/3189"
    start = scrapy.Request(entry, callback=spider.parse_entry, dont_filter=True)
    assert scheduler.enqueue_request(start) is True
    assert scheduler.enqueue_request(start.copy()) is False   # a second `ris enqueue`
    assert len(scheduler.queue) == 1 and scheduler.next_request() is None


# -- end to end: worker processes -----------------------------------------------------------

INTERVAL = 0.05  # RIS_HOST_INTERVAL of the two-worker run (the server's delay is 0.02 s)


def test_two_workers_do_the_crawl_of_one_process(site, redis_server, redis, reference, tmp_path):
    """`ris enqueue`, then two worker processes at once: every URL fetched
    once, the merged shards equal the single-process database, and requests
    to the one host keep the shared interval. (One test, so that pytest-xdist
    does not run the crawl twice.)"""
    urls = entry_urls(site)
    mark, arrivals_mark = len(site.log), len(site.arrivals)
    workers, out = start_then_enqueue(tmp_path, redis_server, ("a", "b"), urls,
                                      RIS_HOST_INTERVAL=str(INTERVAL))
    try:
        wait_all(workers)
    finally:
        stop_all(workers)
    assert f"enqueued {len(urls)} start requests" in out

    counts = fetched(site, mark)
    assert counts == reference["fetched"]
    assert set(counts.values()) == {1}
    shards = sorted((tmp_path / "data" / "shards").glob("*.db"))
    assert [p.name for p in shards] == ["a.db", "b.db"]
    assert all(snapshot(p)["papers"] for p in shards)          # both did work
    state = distributed.status(redis)
    assert state["queued"] == 0 and state["workers"] == {}      # all acknowledged, all left

    report = merge_shards([str(p) for p in shards], str(tmp_path / "ris.db"))
    assert not report.errors
    merged = snapshot(tmp_path / "ris.db")
    assert merged == reference["db"]
    assert len(merged["papers"]) > 50 and merged["agenda_items"] and merged["files"]

    # A worker takes the host's slot just before sending; when the request
    # reaches the server also depends on process scheduling (tens of ms on a
    # busy machine), so single gaps jitter. Jitter does not add up: any 10
    # consecutive requests span at least 9 intervals (less 20%). Two workers
    # without the shared slot send ~100 requests/s here (0.02 s answers).
    times = sorted(t for t, _ in site.arrivals[arrivals_mark:])
    assert len(times) > len(urls)
    window = 10
    spans = [times[i + window - 1] - times[i] for i in range(len(times) - window + 1)]
    assert min(spans) >= (window - 1) * INTERVAL * 0.8


def test_killing_a_worker_midway_loses_nothing(site, redis_server, redis, reference, tmp_path):
    urls = entry_urls(site)
    keys = distributed.Keys("ris")
    site.delay = 0.1
    workers = []
    try:
        # all start requests queued first, so that each worker holds a full
        # batch (CONCURRENT_REQUESTS) in flight from its first pop on
        enqueue(tmp_path, redis_server.url, urls)
        mark = len(site.log)
        workers = [start_worker(tmp_path, redis_server.url, w) for w in ("victim", "survivor")]
        victim, survivor = workers
        deadline = time.monotonic() + RUN_TIMEOUT
        while (len(fetched(site, mark)) < len(urls) // 4
               or not redis.zcard(keys.inflight("victim"))):
            assert time.monotonic() < deadline and victim.poll() is None, (
                f"fetched {len(fetched(site, mark))}, state {distributed.status(redis)}\n"
                f"{log_tail(victim)}")
            time.sleep(0.02)
        os.kill(victim.pid, signal.SIGKILL)
        victim.wait(timeout=10)
        in_flight = redis.zcard(keys.inflight("victim"))
        assert in_flight > 0            # it died holding work
        wait_all([survivor])
    finally:
        site.delay = 0.02
        stop_all(workers)
    counts = fetched(site, mark)
    assert set(counts) == set(reference["fetched"])
    refetched = [p for p, n in counts.items() if n > 1]
    assert len(refetched) <= in_flight
    assert not redis.exists(keys.inflight("victim"))
    shards = [str(p) for p in sorted((tmp_path / "data" / "shards").glob("*.db"))]
    merge_shards(shards, str(tmp_path / "ris.db"))
    assert snapshot(tmp_path / "ris.db") == reference["db"]


def test_an_oparl_system_crawled_by_two_workers_equals_scrapy_crawl_ris(redis_server, redis,
                                                                         tmp_path):
    """From one entry URL: list pages and their follow-ups travel through
    Redis (with their pagination state in ``meta``)."""
    server = serve(HUERTGENWALD, delay=0.02)
    try:
        entry = server.local_url(HUERTGENWALD_SYSTEM)
        single_dir, dist_dir = tmp_path / "single", tmp_path / "dist"
        single_dir.mkdir(), dist_dir.mkdir()
        mark = len(server.log)
        single = subprocess.Popen(
            [sys.executable, "-m", "scrapy", "crawl", "ris", "-a", f"url={entry}",
             *settings_args(single_dir, "single", RIS_DB=str(single_dir / "ris.db"))],
            cwd=single_dir, env=env_for(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wait_all([single])
        single_fetched = fetched(server, mark)
        mark = len(server.log)
        workers, _ = start_then_enqueue(dist_dir, redis_server, ("a", "b"), [entry])
        try:
            wait_all(workers)
        finally:
            stop_all(workers)
        dist_fetched = fetched(server, mark)
    finally:
        server.stop()
    assert dist_fetched == single_fetched and set(dist_fetched.values()) == {1}
    assert len(dist_fetched) > 5                      # system, body list, lists, pages
    shards = [str(p) for p in sorted((dist_dir / "data" / "shards").glob("*.db"))]
    merge_shards(shards, str(dist_dir / "ris.db"))
    merged = snapshot(dist_dir / "ris.db")
    assert merged == snapshot(single_dir / "ris.db")
    assert merged["bodies"] and merged["papers"] and merged["meetings"]

