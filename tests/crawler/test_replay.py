"""The replay server: recorded answers, rewritten hosts, modified_since
filtering of OParl list pages, conditional requests, scripted failures."""
from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest

from crawler import replay as replay_module
from tests.conftest import SITES
from tests.crawler.oparl_sites import load, write_site

HW = "https://sdnetrim.kdvz-frechen.de/rim4220/webservice/oparl/v1.0"
HW_SITE = SITES / "oparl-huertgenwald"


def get(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def test_recorded_page_with_hosts_rewritten(replay):
    server = replay(HW_SITE)
    status, body = get(server.local_url(f"{HW}/body/1/paper?page=3"))
    page = json.loads(body)
    assert status == 200
    assert page["links"]["next"] == server.local_url(f"{HW}/body/1/paper?page=4")
    assert server.original_url(page["data"][0]["id"]) == load(HW_SITE / "paper_list_page-3.json")["data"][0]["id"]
    assert get(server.local_url(f"{HW}/body/1/paper?page=2"))[0] == 404


def test_modified_since_filters_list_pages(replay):
    """Every paper on the recorded page 85 was modified 2021-09-03T14:15:57+02:00."""
    server = replay(HW_SITE, empty_window_status=404)
    recorded = load(HW_SITE / "paper_list_page-85.json")["data"]
    assert {p["modified"] for p in recorded} == {"2021-09-03T14:15:57+02:00"}
    page = f"{HW}/body/1/paper?page=85&modified_since="
    status, body = get(server.local_url(page + "2021-09-03T12:15:57Z"))  # the same instant
    assert status == 200 and len(json.loads(body)["data"]) == len(recorded)
    status, body = get(server.local_url(page + "2021-09-03T14:15:58%2B02:00"))  # a second later
    assert status == 404 and json.loads(body)["code"] == 802


def test_conditional_requests_and_scripted_failures(tmp_path, replay):
    site = write_site(tmp_path / "site", {f"{HW}/system": load(HW_SITE / "system.json")})
    manifest = json.loads((site / "manifest.json").read_text())
    manifest[0]["headers"] = {"ETag": '"v1"', "Last-Modified": "Fri, 03 Sep 2021 12:00:00 GMT"}
    manifest[0]["fail_first"] = {"times": 1, "status": 503}
    (site / "manifest.json").write_text(json.dumps(manifest))
    server = replay(site)
    url = server.local_url(f"{HW}/system")
    assert get(url)[0] == 503
    assert get(url)[0] == 200
    assert get(url, {"If-None-Match": '"v1"'})[0] == 304
    assert get(url, {"If-Modified-Since": "Fri, 03 Sep 2021 12:00:00 GMT"})[0] == 304
    assert [s for _, _, s in server.log_times] == [503, 200, 304, 304]


def test_routing_middleware_keeps_the_portals_own_urls(replay, tmp_path):
    """With the routing settings, `scrapy crawl ris -a url=<original URL>` is served
    by a replay server that sends bodies as recorded; the stored paper and its
    file keep the ids of the recorded Karlsruhe paper, not local addresses."""
    from tests.conftest import run_crawl

    site = SITES / "oparl-karlsruhe"
    recorded = load(site / "paper_34841.json")
    server = replay(site, rewrite_hosts=False)
    result = run_crawl(["-a", f"url={recorded['id']}"], tmp_path / "ris.db",
                       settings={**replay_module.routing_settings(server.base_url),
                                 "RIS_DOWNLOAD_FILES": "False"})
    assert result.returncode == 0, result.log[-3000:]
    assert [p["id"] for p in result.rows("papers")] == [recorded["id"]]
    assert {f["id"] for f in result.rows("files")} == {f["id"] for f in recorded["auxiliaryFile"]}
    assert "/web1.karlsruhe.de/oparl/bodies/0001/papers/vo/34841" in server.log
