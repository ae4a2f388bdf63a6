"""Shared test fixtures: a local replay server of recorded portals and a
helper that runs ``scrapy crawl ris`` against it in a subprocess.

    def test_something(replay, tmp_path):
        server = replay(SITES / "oparl-huertgenwald")        # started, stopped after the test
        result = run_crawl(["-a", f"url={server.local_url(SYSTEM)}"], tmp_path / "ris.db")
        assert result.returncode == 0, result.log
        rows = result.rows("papers")                          # list of dicts from SQLite
        result.stats["ris/not_json"]                          # the crawl's stats

``run_crawl`` sets test settings: no delays, no AutoThrottle, high
concurrency, files under ``tmp``, extraction off (``extract=True`` turns it
on), and writes stats to a JSON file it reads back.
"""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from crawler import replay as replay_module

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SITES = FIXTURES / "sites"

TEST_SETTINGS = {
    "DOWNLOAD_DELAY": "0",
    "DOWNLOAD_DELAY_JITTER": "0",
    "AUTOTHROTTLE_ENABLED": "False",
    "CONCURRENT_REQUESTS": "32",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "RETRY_BACKOFF_BASE": "0.1",
    "DOWNLOAD_TIMEOUT": "20",
    "TELNETCONSOLE_ENABLED": "False",
    "LOG_LEVEL": "INFO",
}


@dataclass
class CrawlResult:
    returncode: int
    log: str
    db_path: Path
    stats: dict = field(default_factory=dict)

    def rows(self, table: str, where: str = "1=1", params=()) -> list[dict]:
        """Rows of a table in the crawl's database (empty if it does not exist)."""
        from crawler import store

        if not self.db_path.exists():
            return []
        db = store.open_db(str(self.db_path))
        try:
            return list(db.query(f"select * from [{table}] where {where} order by id", params))
        finally:
            db.close()


def crawl_command(args: list[str], db_path: Path, work: Path, settings: dict | None = None,
                  extract: bool = False) -> list[str]:
    merged = {**TEST_SETTINGS, "RIS_DB": str(db_path), "FILES_STORE": str(work / "files"),
              "RIS_EXTRACT": str(extract), "RIS_STATS_FILE": str(work / "stats.json"),
              **(settings or {})}
    command = [sys.executable, "-m", "scrapy", "crawl", "ris", *args]
    for key, value in merged.items():
        command += ["-s", f"{key}={value}"]
    return command


def run_crawl(args: list[str], db_path: str | Path, settings: dict | None = None,
              extract: bool = False, timeout: float = 180) -> CrawlResult:
    """Run ``scrapy crawl ris ARGS`` from the project root in a subprocess
    with test settings (``settings`` override them, e.g. ``{"JOBDIR": ...}``)
    and return its exit code, log, stats and database."""
    db_path = Path(db_path)
    work = db_path.parent
    work.mkdir(parents=True, exist_ok=True)
    stats_file = work / "stats.json"
    stats_file.unlink(missing_ok=True)
    command = crawl_command(args, db_path, work, settings, extract)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("RIS_DB", None)
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=timeout)
    stats = json.loads(stats_file.read_text()) if stats_file.exists() else {}
    return CrawlResult(done.returncode, done.stderr + done.stdout, db_path, stats)


def start_crawl(args: list[str], db_path: str | Path, settings: dict | None = None,
                extract: bool = False) -> subprocess.Popen:
    """Like ``run_crawl`` but returns the running process (to interrupt it)."""
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    command = crawl_command(args, db_path, db_path.parent, settings, extract)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("RIS_DB", None)
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)


@pytest.fixture
def replay():
    """Factory: ``replay(*site_folders, delay=0, empty_window_status=200)``
    starts a replay server on 127.0.0.1 (stopped after the test)."""
    servers = []

    def start(*roots, **kwargs):
        server = replay_module.serve(*roots, **kwargs)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def index_terms(conn: sqlite3.Connection) -> dict:
    """Every FTS index's content as FTS5 reads it from the index itself:
    (term, row, column, offset) of each token."""
    from crawler import store

    terms = {}
    for table in store.SEARCH_TABLES:
        conn.execute(f"create virtual table if not exists temp.{table}_terms "
                     f"using fts5vocab(main, {table}, instance)")
        terms[table] = sorted(conn.execute(f"select term, doc, col, offset from temp.{table}_terms"))
    return terms


def search_as_rebuilt(db) -> bool:
    """Whether the search indexes of ``db`` (a sqlite-utils Database) hold
    exactly what indexes filled from scratch from its rows would hold."""
    import sqlite_utils

    from crawler import store

    copy = sqlite3.connect(":memory:")
    db.conn.backup(copy)
    store.rebuild_search(sqlite_utils.Database(copy))
    return index_terms(db.conn) == index_terms(copy)
