"""A crawl interrupted midway and resumed with JOBDIR ends with the same rows
as an uninterrupted one: none lost, none duplicated, no page fetched twice."""
from __future__ import annotations

import signal
import time

from tests.conftest import CrawlResult, run_crawl, start_crawl
from tests.crawler.oparl_sites import KA_SYSTEM, karlsruhe_site

TABLES = ("bodies", "organizations", "meetings", "agenda_items", "papers", "consultations",
          "files", "crawl_cursors")
VOLATILE = {"fetched_at", "updated_at", "modified_since"}
SLOW = {"RIS_DOWNLOAD_FILES": "False", "CONCURRENT_REQUESTS_PER_DOMAIN": "1",
        "RIS_DB_BATCH": "20"}


def run_result(db_path) -> CrawlResult:
    return CrawlResult(0, "", db_path)


def snapshot(result) -> dict[str, list[dict]]:
    return {t: [{k: v for k, v in row.items() if k not in VOLATILE} for row in result.rows(t)]
            for t in TABLES}


def test_interrupted_crawl_resumed_with_jobdir_equals_uninterrupted(tmp_path, replay):
    """The site is constructed around the recorded Karlsruhe objects (see
    oparl_sites), 4 objects per page so that the crawl has many pages; the
    server waits 50 ms per answer so that the interruption lands midway."""
    server = replay(karlsruhe_site(tmp_path / "site", page_size=4), delay=0.05)
    args = ["-a", f"url={server.local_url(KA_SYSTEM)}"]

    whole = run_crawl(args, tmp_path / "whole" / "ris.db", settings=SLOW)
    assert whole.returncode == 0, whole.log[-3000:]
    expected = snapshot(whole)
    pages_whole = len(server.log)

    server.log.clear()
    jobdir = tmp_path / "job"
    settings = {**SLOW, "JOBDIR": str(jobdir)}
    process = start_crawl(args, tmp_path / "resumed" / "ris.db", settings=settings)
    deadline = time.monotonic() + 60
    while len(server.log) < pages_whole // 3 and time.monotonic() < deadline:
        time.sleep(0.02)
    process.send_signal(signal.SIGINT)  # one Ctrl-C: Scrapy stops gracefully, keeping its queue
    output, _ = process.communicate(timeout=60)
    assert "Closing spider (shutdown)" in output, output[-3000:]
    first_part = list(server.log)
    assert len(first_part) < pages_whole
    interrupted = snapshot(run_result(tmp_path / "resumed" / "ris.db"))
    assert 0 < len(interrupted["papers"]) + len(interrupted["organizations"])
    assert len(interrupted["papers"]) < len(expected["papers"])
    assert interrupted["crawl_cursors"] == []  # an interrupted crawl advances no cursor

    resumed = run_crawl(args, tmp_path / "resumed" / "ris.db", settings=settings)
    assert resumed.returncode == 0, resumed.log[-3000:]
    second_part = server.log[len(first_part):]
    assert second_part, "the resumed crawl fetched nothing"

    print(f"pages: whole {pages_whole}, before interruption {len(first_part)}, "
          f"after {len(second_part)}; papers stored before: {len(interrupted['papers'])}")
    assert snapshot(resumed) == expected
    # nothing fetched twice: only the entry (always started again) and robots.txt repeat
    repeated = set(first_part) & set(second_part)
    assert repeated <= {"/robots.txt", server.local_url(KA_SYSTEM)[len(server.base_url):]}
