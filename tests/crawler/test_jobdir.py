"""A JOBDIR never turns a crawl into a no-op: a finished job's directory
starts a new job, a killed job's directory (SIGKILL, at any moment) starts
it afresh, and both end with exactly the rows of an uninterrupted crawl.

The site is the recorded Karlsruhe OParl objects (tests/crawler/oparl_sites)
with the papers listed five times in all (four copies under ids of their
own), one object per list page: about 330 requests, enough that Scrapy's
``requests.seen`` (written through a 4 KB buffer, 22 bytes per request)
reaches the disk mid-crawl."""
from __future__ import annotations

import json
import signal
import time
from pathlib import Path

import pytest

from crawler import jobdir, replay, store
from tests.conftest import CrawlResult, run_crawl, start_crawl
from tests.crawler.oparl_sites import KA_SYSTEM, karlsruhe_objects, karlsruhe_site, list_pages, load, write_site

TABLES = ("bodies", "organizations", "meetings", "agenda_items", "papers", "consultations",
          "files", "crawl_cursors")
VOLATILE = {"fetched_at", "updated_at", "modified_since"}
SETTINGS = {"RIS_DOWNLOAD_FILES": "False", "CONCURRENT_REQUESTS_PER_DOMAIN": "1",
            "RIS_DB_BATCH": "20"}
COPIES = 4


def ids_in(obj, out: set) -> set:
    if isinstance(obj, dict):
        if isinstance(obj.get("id"), str):
            out.add(obj["id"])
        for value in obj.values():
            ids_in(value, out)
    elif isinstance(obj, list):
        for value in obj:
            ids_in(value, out)
    return out


def copy_of(paper: dict, n: int) -> dict:
    """The paper with every id inside it (its own, its files', its
    consultations') given the suffix ``-copy<n>``."""
    text = json.dumps(paper, ensure_ascii=False)
    for oid in sorted(ids_in(paper, set()), key=len, reverse=True):
        text = text.replace(f'"{oid}"', f'"{oid}-copy{n}"')
    return json.loads(text)


def big_site(folder: Path) -> Path:
    small = karlsruhe_site(folder / "small", page_size=1)
    answers = {}
    for entry in json.loads((small / "manifest.json").read_text()):
        answers[entry["url"]] = load(small / entry["file"])
    papers = karlsruhe_objects()["paper"]
    copies = [copy_of(p, n) for n in range(COPIES) for p in papers]
    answers.update(list_pages(f"{KA_SYSTEM.rsplit('/', 1)[0]}/bodies/0001/papers", papers + copies, 1))
    return write_site(folder / "big", answers)


def snapshot(db_path: Path) -> dict[str, list[dict]]:
    result = CrawlResult(0, "", db_path)
    return {t: [{k: v for k, v in row.items() if k not in VOLATILE} for row in result.rows(t)]
            for t in TABLES}


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory):
    """The replay server and the rows of one uninterrupted crawl."""
    folder = tmp_path_factory.mktemp("jobdir")
    server = replay.serve(big_site(folder / "site"))
    args = ["-a", f"url={server.local_url(KA_SYSTEM)}"]
    whole = run_crawl(args, folder / "whole" / "ris.db", settings=SETTINGS)
    assert whole.returncode == 0, whole.log[-3000:]
    expected = snapshot(whole.db_path)
    assert len(expected["papers"]) == 62 * (COPIES + 1)
    yield server, args, expected
    server.stop()


def test_finished_jobdir_crawls_again(uninterrupted, tmp_path):
    """The README's `-s JOBDIR=` command run again after a finished crawl
    crawls the portal again (into a new database: every row again)."""
    server, args, expected = uninterrupted
    settings = {**SETTINGS, "JOBDIR": str(tmp_path / "job")}
    first = run_crawl(args, tmp_path / "first" / "ris.db", settings=settings)
    assert first.returncode == 0, first.log[-3000:]
    assert jobdir.read_state(tmp_path / "job")["state"] == "finished"

    second = run_crawl(args, tmp_path / "second" / "ris.db", settings=settings)
    assert second.returncode == 0, second.log[-3000:]
    assert "held a finished job: starting afresh" in second.log
    assert snapshot(second.db_path) == expected


def kill_when(process, condition, timeout=90) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError("the crawl ended before it could be killed:\n"
                                 + process.stdout.read()[-3000:])
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)


@pytest.mark.parametrize("moment", ["early", "seen_on_disk"])
def test_killed_crawl_run_again_equals_uninterrupted(uninterrupted, tmp_path, moment):
    """SIGKILL early (a few pages in) or once ``requests.seen`` is on disk;
    the same command again ends with the rows of the uninterrupted crawl."""
    server, args, expected = uninterrupted
    job = tmp_path / "job"
    settings = {**SETTINGS, "JOBDIR": str(job)}
    db_path = tmp_path / "killed" / "ris.db"
    server.log.clear()
    process = start_crawl(args, db_path, settings=settings)
    if moment == "early":
        kill_when(process, lambda: len(server.log) >= 20)
    else:
        seen = job / "requests.seen"
        kill_when(process, lambda: seen.exists() and seen.stat().st_size > 0)
    killed = snapshot(db_path)
    assert len(killed["papers"]) < len(expected["papers"])
    assert killed["crawl_cursors"] == []
    # the killed crawl's portal row says it never finished
    [run] = CrawlResult(0, "", db_path).rows("crawl_runs")
    assert (run["outcome"], run["finished"]) == ("running", None)

    again = run_crawl(args, db_path, settings=settings)
    assert again.returncode == 0, again.log[-3000:]
    assert "held a job that did not stop cleanly: starting afresh" in again.log
    assert snapshot(db_path) == expected
    # in the order the crawls ran, though both may have started in one second
    db = store.open_db(str(db_path))
    assert [(r["id"], r["outcome"]) for r in store.crawl_runs(db)][0] == (run["id"], "running")
    assert [r["outcome"] for r in store.crawl_runs(db)] == ["running", "ok"]
    db.close()
