"""The offline demo: crawl recorded real portals, extract, build, serve.

`make demo` runs ``python -m crawler.demo``: it replays the recorded portals
bundled in ``tests/fixtures/sites/`` from a server on 127.0.0.1 (no network),
runs the real `scrapy crawl ris` against each, extracts the downloaded
documents with `ris build`, and serves the database with Datasette on
http://127.0.0.1:8001.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from crawler import replay, store

ROOT = Path(__file__).resolve().parent.parent
SITES = ROOT / "tests" / "fixtures" / "sites"

# (recorded site folder, entry URL as it was on the real portal)
DEMO_PORTALS: list[tuple[str, str]] = []

# Politeness settings are for real portals; the local replay needs none.
LOCAL_SETTINGS = [
    "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
    "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8", "-s", "ROBOTSTXT_OBEY=False",
    "-s", "LOG_LEVEL=WARNING",
]


def crawl(server: replay.ReplayServer, entry_url: str, db: str, files: str) -> int:
    cmd = [sys.executable, "-m", "scrapy", "crawl", "ris",
           "-a", f"url={server.local_url(entry_url)}",
           "-s", f"RIS_DB={db}", "-s", f"FILES_STORE={files}", *LOCAL_SETTINGS]
    print(f"$ scrapy crawl ris -a url={entry_url}  (replayed from {server.base_url})", flush=True)
    return subprocess.call(cmd, cwd=ROOT)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=store.db_path())
    parser.add_argument("--files", default=os.environ.get("RIS_FILES", "data/files"))
    parser.add_argument("--port", type=int, default=8001)
    parser.add_argument("--no-serve", action="store_true", help="stop after building the database")
    args = parser.parse_args(argv)

    server = replay.serve(*(SITES / site for site, _ in DEMO_PORTALS))
    try:
        for _, entry in DEMO_PORTALS:
            if crawl(server, entry, args.db, args.files) != 0:
                print(f"error: the crawl of {entry} failed", file=sys.stderr)
                return 1
    finally:
        server.stop()

    ris = [sys.executable, "-m", "crawler"]
    if subprocess.call([*ris, "build", "--db", args.db], cwd=ROOT) != 0:
        return 1
    db = store.open_db(args.db)
    for table in ("bodies", "papers", "consultations", "files", "amounts"):
        print(f"{table:>14}: {db[table].count}")
    if args.no_serve:
        return 0
    print(f"Serving {args.db} on http://127.0.0.1:{args.port}/ (Ctrl-C stops)", flush=True)
    return subprocess.call([*ris, "serve", "--db", args.db, "--port", str(args.port)], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())
