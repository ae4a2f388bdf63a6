"""Speed-up of a distributed crawl: pages per second with 1 and 2 workers.

A local replay server (crawler/replay.py) answers the recorded Karlsruhe
OParl objects with a fixed delay per request, standing in for a slow portal;
a throw-away redis-server holds the shared queue. Each run: start N
`scrapy crawl ris` workers, `ris enqueue` the 69 entry URLs, wait until the
workers exit.
The workers are started first and the entry URLs enqueued once all of them
wait for work; pages per second are counted at the server, from the first
request to the last answer, so process start-up is left out.

Politeness stays on: each worker sends one request at a time per host
(CONCURRENT_REQUESTS_PER_DOMAIN = 1) and all workers together start at most
one request per RIS_HOST_INTERVAL seconds per host (the shared Redis slot).
A last run shows the cap: with the interval as long as the answer delay,
two workers are no faster than one.

    .venv/bin/python benchmarks/scale_out.py [--delay 0.25] [--interval 0.02]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crawler import distributed  # noqa: E402
from crawler.replay import serve  # noqa: E402
from tests.crawler.test_distributed import (  # noqa: E402
    SITE, enqueue, entry_urls, start_worker, wait_all)
from tests.redis_server import RedisServer  # noqa: E402


def run(site, redis_server, workers: int, interval: float, workdir: Path) -> dict:
    client = distributed.connect(redis_server.url)
    client.flushdb()
    arrivals: list[float] = []
    record = site.record

    def record_arrival(path):
        arrivals.append(time.monotonic())
        record(path)

    site.record = record_arrival
    wall = time.monotonic()
    try:
        # A small DOWNLOAD_DELAY: with exactly 0, Scrapy 2.19's downloader
        # sends a host's queued requests all at once, past
        # CONCURRENT_REQUESTS_PER_DOMAIN (it schedules each download before
        # counting it as transferring). CONCURRENT_REQUESTS 2: a worker takes
        # that many requests from the queue ahead; with the default 16 and a
        # single host, the last 16 would wait at one worker while the other
        # idles, which on 69 pages hides the speed-up.
        procs = [start_worker(workdir, redis_server.url, f"w{n}", RIS_HOST_INTERVAL=str(interval),
                              DOWNLOAD_DELAY="0.001", DOWNLOAD_DELAY_JITTER="0",
                              CONCURRENT_REQUESTS="2")
                 for n in range(workers)]
        # workers wait for work; enqueue once all are up, so that process
        # start-up (seconds on a busy machine) does not count
        while len(distributed.status(client)["workers"]) < workers:
            if any(p.poll() is not None for p in procs):
                raise RuntimeError("a worker exited before the crawl began")
            time.sleep(0.1)
        enqueue(workdir, redis_server.url, entry_urls(site))
        wait_all(procs)
    finally:
        site.record = record
    wall = time.monotonic() - wall
    span = max(arrivals) - min(arrivals) + site.delay
    return {"workers": workers, "interval": interval, "pages": len(arrivals),
            "seconds": span, "pages_per_s": len(arrivals) / span, "wall": wall}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--delay", type=float, default=0.25, help="server delay per request (s)")
    parser.add_argument("--interval", type=float, default=0.02,
                        help="RIS_HOST_INTERVAL: min. seconds between request starts per host")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        redis_server = RedisServer(tmp / "redis").start()
        site = serve(SITE, delay=args.delay)
        try:
            results = []
            for workers, interval in ((1, args.interval), (2, args.interval), (2, args.delay)):
                workdir = tmp / f"run{len(results)}"
                workdir.mkdir()
                results.append(run(site, redis_server, workers, interval, workdir))
        finally:
            site.stop()
            redis_server.stop()
    print(f"server delay {args.delay:.3f} s per request; each worker: 1 request at a time "
          f"per host; all workers: request starts >= RIS_HOST_INTERVAL apart per host")
    print(f"{'workers':>7} {'interval s':>10} {'limit p/s':>9} {'pages':>5} "
          f"{'seconds':>7} {'pages/s':>7} {'wall s':>6}")
    for r in results:
        print(f"{r['workers']:>7} {r['interval']:>10.3f} {1 / r['interval']:>9.1f} {r['pages']:>5} "
              f"{r['seconds']:>7.2f} {r['pages_per_s']:>7.2f} {r['wall']:>6.1f}")
    one, two, capped = results
    print(f"speed-up 2 workers / 1 worker: {two['pages_per_s'] / one['pages_per_s']:.2f}x "
          f"(interval {args.interval} s)")
    print(f"2 workers with the interval at {args.delay} s: {capped['pages_per_s']:.2f} pages/s, "
          f"limit {1 / args.delay:.1f} pages/s per host -- "
          f"{'held' if capped['pages_per_s'] <= 1 / args.delay * 1.05 else 'EXCEEDED'}")

if __name__ == "__main__":
    main()
