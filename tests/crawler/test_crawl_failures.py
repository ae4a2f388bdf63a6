"""A portal that gives nothing says why: `ris crawl` of one portal whose
robots.txt forbids everything, whose host does not resolve or refuses the
connection, whose entry answers an error status, that is no known portal or
that lists nothing exits non-zero with one ERROR line naming the reason and
the URL, no traceback, and the failure counted under ``ris/``. A next link
that points to its own page is counted and logged, not dropped in silence.

Every server is a replay server on 127.0.0.1; the unresolvable host is in
``.invalid`` (RFC 6761: never resolves)."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys

from tests.conftest import ROOT, SITES, CrawlResult, crawl_command, run_crawl
from tests.crawler.oparl_sites import KA_SYSTEM, karlsruhe_site, load, write_site

WUPPERTAL = SITES / "oparl-wuppertal"
WUPPERTAL_SYSTEM = "http://oparl.wuppertal.de/oparl/system"
# a short DNS timeout and back-off: the give-up is tested, not its time
FAST = {"RETRY_BACKOFF_BASE": "0.1", "RIS_DOWNLOAD_FILES": "False"}


def ris_crawl(args: list[str], db_path, settings: dict | None = None) -> CrawlResult:
    """`ris crawl ARGS` (python -m crawler crawl) with the test settings."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    command = crawl_command(args, db_path, db_path.parent, {**FAST, **(settings or {})})
    assert command[1:5] == ["-m", "scrapy", "crawl", "ris"]
    command = [sys.executable, "-m", "crawler", "crawl", *command[5:]]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("RIS_DB", None)
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    stats_file = db_path.parent / "stats.json"
    stats = json.loads(stats_file.read_text()) if stats_file.exists() else {}
    return CrawlResult(done.returncode, done.stderr + done.stdout, db_path, stats)


def error_lines(log: str) -> list[str]:
    return [line for line in log.splitlines() if "] ERROR:" in line]


def assert_failed_once(result: CrawlResult, kind: str, words: str, url: str) -> dict:
    """Exit 1, one ERROR line with the reason and the URL, no traceback,
    the kind counted, and the portal's crawl_runs row ``failed``."""
    assert result.returncode == 1, result.log[-3000:]
    errors = error_lines(result.log)
    assert len(errors) == 1, errors
    assert words in errors[0] and url in errors[0], errors[0]
    assert "Traceback" not in result.log
    assert result.stats.get(f"ris/{kind}") == 1, {k: v for k, v in result.stats.items() if "ris/" in k}
    [run] = result.rows("crawl_runs")
    assert run["outcome"] == "failed" and words in run["error"], run
    assert json.loads(run["failures_by_kind"]).get(kind) == 1
    return run


def test_robots_txt_forbidding_everything(tmp_path, replay):
    server = replay(karlsruhe_site(tmp_path / "site"), robots_txt="User-agent: *\nDisallow: /\n")
    url = server.local_url(KA_SYSTEM)
    result = ris_crawl(["-a", f"url={url}"], tmp_path / "ris.db")
    assert_failed_once(result, "failed/robots_txt", "robots.txt of 127.0.0.1 forbids it", url)
    assert server.log == ["/robots.txt"]


def test_dns_failure(tmp_path):
    url = "http://nonexistent.invalid/oparl/system"
    result = ris_crawl(["-a", f"url={url}"], tmp_path / "ris.db")
    assert_failed_once(result, "failed/dns", "DNS lookup failed for nonexistent.invalid", url)
    # once for robots.txt, once for the entry, each retried once (RETRY_TIMES is 4)
    assert result.stats.get("retry/count") == 2


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_connection_refused(tmp_path):
    url = f"http://127.0.0.1:{closed_port()}/oparl/system"
    result = ris_crawl(["-a", f"url={url}"], tmp_path / "ris.db")
    assert_failed_once(result, "failed/connection_refused", "refused the connection", url)


def test_entry_answering_an_error_status(tmp_path, replay):
    server = replay(karlsruhe_site(tmp_path / "site"))
    url = server.local_url(KA_SYSTEM.replace("/system", "/no-such-system"))
    result = ris_crawl(["-a", f"url={url}"], tmp_path / "ris.db")
    assert_failed_once(result, "failed/http_404", "HTTP status 404", url)


def test_no_known_portal(tmp_path, replay):
    site = SITES / "html-unknown"
    manifest = json.loads((site / "manifest.json").read_text())
    server = replay(site)
    url = server.local_url(manifest[0]["url"])
    result = ris_crawl(["-a", f"url={url}"], tmp_path / "ris.db")
    assert_failed_once(result, "unknown_portal", "no known portal here", url)


def test_portal_that_lists_nothing(tmp_path, replay):
    """A System whose body list is empty: read, but nothing to store."""
    system = load(WUPPERTAL / "system.json")
    body_list = system["body"]
    site = write_site(tmp_path / "site", {WUPPERTAL_SYSTEM: system,
                                          body_list: {"data": [], "links": {}}})
    server = replay(site)
    url = server.local_url(WUPPERTAL_SYSTEM)
    result = ris_crawl(["-a", f"url={url}"], tmp_path / "ris.db")
    assert result.returncode == 1, result.log[-3000:]
    errors = error_lines(result.log)
    assert len(errors) == 1 and "the portal gave no objects" in errors[0] and url in errors[0]
    [run] = result.rows("crawl_runs")
    assert run["outcome"] == "empty" and run["requests"] == 2


def test_unknown_source(tmp_path):
    result = ris_crawl(["-a", "source=no-such-portal"], tmp_path / "ris.db")
    assert result.returncode == 1
    errors = error_lines(result.log)
    assert len(errors) == 1 and "no-such-portal" in errors[0]


def test_a_portal_that_works_exits_zero(tmp_path, replay):
    server = replay(karlsruhe_site(tmp_path / "site"))
    result = ris_crawl(["-a", f"url={server.local_url(KA_SYSTEM)}"], tmp_path / "ris.db")
    assert result.returncode == 0, result.log[-3000:]
    assert error_lines(result.log) == []
    [run] = result.rows("crawl_runs")
    assert run["outcome"] == "ok" and run["papers"] == 62


def test_next_link_to_its_own_page(tmp_path, replay):
    """The paper list's first page (of two) names itself as next: the loop
    is counted and logged with the URL, and the paper list gets no cursor
    (the next crawl reads it again)."""
    site = karlsruhe_site(tmp_path / "site", page_size=40)
    manifest = json.loads((site / "manifest.json").read_text())
    first = next(e for e in manifest if e["url"].endswith("/papers"))
    page = json.loads((site / first["file"]).read_text())
    page["links"]["next"] = first["url"]
    (site / first["file"]).write_text(json.dumps(page))
    server = replay(site)
    result = run_crawl(["-a", f"url={server.local_url(KA_SYSTEM)}"], tmp_path / "ris.db",
                       settings=FAST)
    assert result.returncode == 0, result.log[-3000:]
    assert result.stats.get("ris/pagination_loop") == 1
    assert f"pagination_loop: {server.local_url(first['url'])}" in result.log
    assert len(result.rows("papers")) == 40
    assert [c["list"] for c in result.rows("crawl_cursors") if c["list"] == "paper"] == []
