"""Politeness: retries with back-off and Retry-After against the local
replay server, robots.txt, provenance stamping, the settings' defaults."""
from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import scrapy
from scrapy.http import TextResponse

from crawler import settings as project_settings
from crawler.middlewares import ProvenanceMiddleware, retry_after_seconds
from tests.conftest import SITES, run_crawl
from tests.crawler.oparl_sites import load, write_site

WUPPERTAL = SITES / "oparl-wuppertal"
SYSTEM = "http://oparl.wuppertal.de/oparl/system"


def flaky_site(folder, fail: dict):
    """The recorded Wuppertal System answering its first requests with ``fail``."""
    site = write_site(folder, {SYSTEM: load(WUPPERTAL / "system.json")})
    import json

    manifest = json.loads((site / "manifest.json").read_text())
    manifest[0]["fail_first"] = fail
    (site / "manifest.json").write_text(json.dumps(manifest))
    return site


def answers(server, suffix="/oparl/system"):
    return [(t, status) for t, path, status in server.log_times if path.endswith(suffix)]


def test_retry_after_is_honoured(tmp_path, replay):
    server = replay(flaky_site(tmp_path / "site", {"times": 1, "status": 429,
                                                   "headers": {"Retry-After": "2"}}))
    result = run_crawl(["-a", f"url={server.local_url(SYSTEM)}"], tmp_path / "ris.db",
                       settings={"RETRY_BACKOFF_BASE": "0.1"})
    assert result.returncode == 0, result.log[-3000:]
    (t429, s1), (t200, s2) = answers(server)[:2]
    assert (s1, s2) == (429, 200)
    assert t200 - t429 >= 1.9  # waited as told, not the 0.1 s back-off
    assert result.stats["retry/count"] == 1


def test_backoff_doubles_and_gives_up(tmp_path, replay):
    server = replay(flaky_site(tmp_path / "site", {"times": 10, "status": 503}))
    result = run_crawl(["-a", f"url={server.local_url(SYSTEM)}"], tmp_path / "ris.db",
                       settings={"RETRY_BACKOFF_BASE": "0.4", "RETRY_TIMES": "2"})
    assert result.returncode == 0
    times = [t for t, status in answers(server)]
    assert [s for _, s in answers(server)] == [503, 503, 503]  # first try + 2 retries
    assert times[1] - times[0] >= 0.35
    assert times[2] - times[1] >= 0.75
    assert result.stats["retry/max_reached"] == 1


def test_robots_txt_disallow_is_obeyed(tmp_path, replay):
    server = replay(WUPPERTAL, robots_txt="User-agent: *\nDisallow: /\n")
    result = run_crawl(["-a", f"url={server.local_url(SYSTEM)}"], tmp_path / "ris.db")
    assert result.returncode == 0
    assert server.log == ["/robots.txt"]
    assert result.stats["robotstxt/forbidden"] == 1


def test_retry_after_seconds_reads_both_forms():
    assert retry_after_seconds(b"120") == 120.0
    later = datetime.now(timezone.utc) + timedelta(seconds=30)
    assert 25 <= retry_after_seconds(format_datetime(later, usegmt=True)) <= 31
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


def test_provenance_is_stamped_from_the_response():
    request = scrapy.Request("https://web1.karlsruhe.de/oparl/bodies/0001/papers/vo/16549",
                             meta={"vendor": "oparl"})
    response = TextResponse(request.url, body=b"{}", request=request)
    item = {"id": "x", "type": "Paper"}
    [out] = list(ProvenanceMiddleware().process_spider_output(response, [item]))
    assert out["source_url"] == request.url and out["vendor"] == "oparl"
    assert datetime.fromisoformat(out["fetched_at"]).microsecond == 0


def test_politeness_defaults():
    s = project_settings
    assert s.ROBOTSTXT_OBEY is True
    assert s.PROJECT_URL in s.USER_AGENT and s.USER_AGENT.startswith("ris-toolkit/")
    assert s.CONCURRENT_REQUESTS_PER_DOMAIN == 1
    assert s.AUTOTHROTTLE_ENABLED is True and s.DOWNLOAD_DELAY >= 1
    assert 429 in s.RETRY_HTTP_CODES and 503 in s.RETRY_HTTP_CODES
    assert 0 < s.DOWNLOAD_TIMEOUT <= 120


def test_timeouts_are_retried_with_backoff(tmp_path, replay):
    """The server answers after 1.5 s, the crawl gives up waiting after 1 s:
    the retry comes after the timeout plus a back-off of 1 s."""
    server = replay(WUPPERTAL, delay=1.5)
    result = run_crawl(["-a", f"url={server.local_url(SYSTEM)}"], tmp_path / "ris.db",
                       settings={"DOWNLOAD_TIMEOUT": "1", "RETRY_TIMES": "1",
                                 "RETRY_BACKOFF_BASE": "1", "ROBOTSTXT_OBEY": "False"})
    assert result.returncode == 0
    # the server answers (and logs) the retry 1.5 s after it came in, which
    # may be after the crawl has given up on it and ended
    deadline = time.monotonic() + 3
    while len(answers(server)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    sent = [t for t, path, _ in server.log_times if path.endswith("/oparl/system")]
    assert len(sent) == 2
    assert sent[1] - sent[0] >= 1.9  # 1 s timeout + 1 s back-off
    assert result.stats["retry/count"] == 1
