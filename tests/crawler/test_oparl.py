"""OParl parsing and the spider's OParl callbacks on recorded responses,
one test per real-world quirk (see OPARL_QUIRKS in the shared notes).

Where the corpus holds no recorded example of a quirk, the test builds the
quirky answer from a recorded object and says so in its docstring."""
from __future__ import annotations

import json

import pytest
import scrapy
from scrapy.http import TextResponse
from scrapy.utils.test import get_crawler

from crawler import store
from crawler.spiders.oparl import (
    body_matches, is_oparl, load_json, object_items, oparl_type, utc_stamp, with_query,
)
from crawler.spiders.ris import RisSpider
from tests.conftest import FIXTURES, SITES
from tests.crawler.oparl_sites import load

HW_SITE = SITES / "oparl-huertgenwald"
HW = "https://sdnetrim.kdvz-frechen.de/rim4220/webservice/oparl/v1.0"
PAGE3 = HW_SITE / "paper_list_page-3.json"
KA_PAPER = SITES / "oparl-karlsruhe" / "paper_16549.json"
LEIPZIG_SYSTEM = SITES / "oparl-mst" / "stadt-leipzig_system.json"
LEIPZIG_BODY = SITES / "oparl-mst" / "stadt-leipzig_body.json"
HTML_PAGE = FIXTURES / "allris" / "altona_vo020.html"


@pytest.fixture
def spider(tmp_path):
    crawler = get_crawler(RisSpider, {"RIS_DB": str(tmp_path / "ris.db")})
    spider = RisSpider.from_crawler(crawler)
    crawler.spider = spider
    return spider


def respond(url, body, ctx=None, status=200, content_type="application/json"):
    if not isinstance(body, bytes):
        body = json.dumps(body, ensure_ascii=False).encode()
    request = scrapy.Request(url, meta={"vendor": "oparl", "oparl": ctx or {}})
    return TextResponse(url, body=body, status=status, request=request,
                        headers={"Content-Type": content_type})


def run(spider, response, callback=None):
    """The items a callback yields, each followed by those it embeds, and
    its requests."""
    out = list((callback or spider.parse_oparl)(response))
    items = []
    for o in out:
        if isinstance(o, scrapy.Item):
            item = dict(o)
            items += [item, *item.pop("embedded", [])]
    requests = [o for o in out if isinstance(o, scrapy.Request)]
    return items, requests


def stat(spider, name):
    return spider.crawler.stats.get_value(f"ris/{name}", 0)


def paper_list_ctx(since=None):
    return {"type": "Paper", "list": "paper", "source": f"{HW}/body/1", "since": since,
            "cursor_at": "2026-01-01T00:00:00Z", "pages": []}


# ------------------------------------------------------------ list pages

def test_list_page_with_data_links_pagination(spider):
    page = load(PAGE3)
    items, requests = run(spider, respond(f"{HW}/body/1/paper?page=3", PAGE3.read_bytes(),
                                          paper_list_ctx()))
    papers = [i for i in items if i["type"] == "Paper"]
    assert [p["id"] for p in papers] == [o["id"] for o in page["data"]]
    assert [r.url for r in requests] == [page["links"]["next"]]
    assert requests[0].meta["oparl"]["list"] == "paper"
    assert spider.pending_cursors == {}  # not at the end yet


def test_last_page_remembers_the_cursor_taken_before_the_fetch(spider):
    body = (HW_SITE / "paper_list_page-85.json").read_bytes()
    items, requests = run(spider, respond(f"{HW}/body/1/paper?page=85", body, paper_list_ctx()))
    assert requests == [] and len([i for i in items if i["type"] == "Paper"]) == 15
    assert spider.pending_cursors == {f"{HW}/body/1\tpaper": "2026-01-01T00:00:00Z"}


@pytest.mark.parametrize("status", [404, 400])
def test_sdnet_error_status_for_an_empty_modified_since_window(spider, status):
    """SD.NET answers an empty window with 404 (body ``"code": 802``) or
    400; built here, the corpus has no recording of it."""
    ctx = paper_list_ctx(since="2026-01-01T00:00:00Z")
    items, requests = run(spider, respond(f"{HW}/body/1/paper?modified_since=2026-01-01T00:00:00Z",
                                          {"code": 802}, ctx, status=status))
    assert items == [] and requests == []
    assert stat(spider, "http_error") == 0
    assert f"{HW}/body/1\tpaper" in spider.pending_cursors


def test_error_status_without_modified_since_is_a_problem(spider):
    items, requests = run(spider, respond(f"{HW}/body/1/paper?page=2", b"not recorded",
                                          paper_list_ctx(), status=404))
    assert items == [] and stat(spider, "http_error") == 1
    assert spider.pending_cursors == {}


def test_bare_empty_array_where_a_list_belongs(spider):
    """SD.NET sometimes answers ``[]`` instead of a list object (built here)."""
    items, requests = run(spider, respond(f"{HW}/body/1/paper", b"[]", paper_list_ctx()))
    assert items == [] and requests == []
    assert f"{HW}/body/1\tpaper" in spider.pending_cursors


def test_bare_array_of_objects(spider):
    """Braunschweig's papers and Karlsruhe's organizations as recorded: a
    plain array of OParl objects, no list envelope."""
    recorded = load(SITES / "oparl-braunschweig" / "papers_array.json")
    items, _ = run(spider, respond("https://www.ratsinfo.braunschweig.sitzung-online.de/oparl/papers",
                                   json.dumps(recorded).encode(), {"type": "Paper", "list": "paper"}))
    assert [i["id"] for i in items if i["type"] == "Paper"] == [p["id"] for p in recorded]
    orgs = load(SITES / "oparl-karlsruhe" / "organizations_array.json")
    items, _ = run(spider, respond("https://web1.karlsruhe.de/oparl/bodies/0001/organizations",
                                   json.dumps(orgs).encode(), {"type": "Organization"}))
    assert len(items) == len(orgs) == 97


def test_single_object_where_a_list_belongs(spider):
    """SD.NET's ``/body`` may return one Body instead of a list: the recorded
    Hürtgenwald Body object answers the body list here."""
    body = (SITES / "oparl-mst" / "gemeinde-huertgenwald_body.json").read_bytes()
    items, requests = run(spider, respond(f"{HW}/body", body, {"type": "Body", "list": None}))
    assert [i["type"] for i in items] == ["Body"]
    assert {r.url for r in requests} == {f"{HW}/body/1/{name}" for name in
                                         ("organization", "person", "meeting", "paper")}
    one_paper = load(KA_PAPER)
    items, _ = run(spider, respond("https://web1.karlsruhe.de/oparl/bodies/0001/papers",
                                   KA_PAPER.read_bytes(), {"type": "Paper", "list": "paper"}))
    assert [i["id"] for i in items if i["type"] == "Paper"] == [one_paper["id"]]


def test_objects_referenced_by_url_are_fetched_with_their_parent(spider):
    """Some servers reference consultations and files by URL instead of
    embedding them: built from the recorded Hürtgenwald paper 3803 by
    replacing its embedded consultation and main file with their ids."""
    paper = load(HW_SITE / "paper_list_page-85.json")["data"][0]
    consultation, main = paper["consultation"][0], paper["mainFile"]
    referencing = {**paper, "consultation": [consultation["id"]], "mainFile": main["id"]}
    items, requests = run(spider, respond(paper["id"], referencing))
    assert [i["type"] for i in items] == ["Paper", "File"]  # the paper and its auxiliary file
    assert items[0]["main_file"] == main["id"]
    by_url = {r.url: r.meta["oparl"] for r in requests}
    assert by_url[consultation["id"]] == {"type": "Consultation", "parent": ["paper", paper["id"]]}
    assert by_url[main["id"]] == {"type": "File", "parent": ["paper", paper["id"]]}
    answer = respond(consultation["id"], consultation, by_url[consultation["id"]])
    [item], _ = run(spider, answer)
    assert item["type"] == "Consultation" and item["paper"] == paper["id"]
    assert item["meeting"] == consultation["meeting"]


# ------------------------------------------------------------ ALLRIS

def test_control_characters_in_allris_json():
    """ALLRIS sends unescaped control characters: injected here into the
    recorded Leipzig (ALLRIS) System, inside a string and between tokens."""
    raw = LEIPZIG_SYSTEM.read_bytes()
    broken = raw.replace(b"Stadt Leipzig", b"Stadt\x01Leip\x1fzig").replace(b'{', b'{\x0b', 1)
    with pytest.raises(ValueError):
        json.loads(broken)
    data = load_json(broken)
    assert data["id"] == "https://ratsinfo.leipzig.de/bi/oparl/1.0/system.asp"
    assert data["contactName"] == "Stadt Leip zig"  # each control character became a space
    assert is_oparl(data)


def test_na_and_empty_strings_mean_missing():
    """The recorded Leipzig Body has ``"shortName": ""`` and ``"created": ""``."""
    [body] = object_items(load(LEIPZIG_BODY)).items
    assert body["name"] == "Stadt Leipzig"
    assert "short_name" not in body and "created" not in body
    assert body["modified"] == "2018-12-17T14:48:52+01:00"
    system = load(LEIPZIG_SYSTEM)
    assert system["website"] == "N/A"  # System is no item; the rule is shared:
    paper = {**load(KA_PAPER), "paperType": "N/A", "reference": "   "}
    item = object_items(paper).items[0]
    assert "paper_type" not in item and "reference" not in item


def test_body_takes_the_license_of_its_system(spider):
    """The recorded Leipzig (ALLRIS) System states "Datenlizenz Deutschland
    Namensnennung 2.0", its Body no license: OParl lets the System's license
    hold for the objects that state none. A Body's own license wins."""
    system = load(LEIPZIG_SYSTEM)
    _, [request] = run(spider, respond(system["id"], system))
    body = load(LEIPZIG_BODY)
    assert "license" not in body
    items, _ = run(spider, respond(request.url, {"data": [body], "links": {}}, request.meta["oparl"]))
    assert [i.get("license") for i in items if i["id"] == body["id"]] == ["Datenlizenz Deutschland Namensnennung 2.0"]
    items, _ = run(spider, respond(request.url, {"data": [{**body, "license": "CC-BY-4.0"}], "links": {}},
                                   request.meta["oparl"]))
    assert [i.get("license") for i in items if i["id"] == body["id"]] == ["CC-BY-4.0"]


def test_auxiliary_file_as_object_instead_of_array():
    """ALLRIS sends ``auxiliaryFile`` as one object: built from the recorded
    Karlsruhe paper by replacing its array with its first element."""
    paper = load(KA_PAPER)
    first = paper["auxiliaryFile"][0]
    parsed = object_items({**paper, "auxiliaryFile": first})
    files = [i for i in parsed.items if i["type"] == "File"]
    assert [f["id"] for f in files] == [first["id"]]
    assert files[0]["paper"] == paper["id"]
    assert files[0]["file_urls"] == [first["accessUrl"]]
    assert parsed.items[0]["auxiliary_file"] == [first["id"]]


# ------------------------------------------------------------ pagination

def test_next_link_dropping_modified_since_gets_it_back(spider):
    since = "2021-01-01T00:00:00Z"
    _, requests = run(spider, respond(f"{HW}/body/1/paper?page=3&modified_since={since}",
                                      PAGE3.read_bytes(), paper_list_ctx(since)))
    assert "modified_since" not in load(PAGE3)["links"]["next"]
    assert requests[0].url == f"{HW}/body/1/paper?page=4&modified_since={since}"


def test_next_link_looping_back_is_stopped(spider):
    """A list whose ``next`` leads to a page already read (built by marking
    the recorded page 4 as seen) or repeats a page's content."""
    ctx = {**paper_list_ctx(), "pages": [f"{HW}/body/1/paper?page=4"]}
    _, requests = run(spider, respond(f"{HW}/body/1/paper?page=3", PAGE3.read_bytes(), ctx))
    assert requests == [] and stat(spider, "pagination_loop") == 1
    _, first = run(spider, respond(f"{HW}/body/1/paper?page=3", PAGE3.read_bytes(), paper_list_ctx()))
    seen = first[0].meta["oparl"]["pages"]
    _, again = run(spider, respond(f"{HW}/body/1/paper?page=4", PAGE3.read_bytes(),
                                   {**paper_list_ctx(), "pages": seen}))
    assert again == [] and stat(spider, "pagination_loop") == 2
    assert spider.pending_cursors == {}


def test_next_link_after_the_announced_last_page_is_not_followed(spider):
    """A list that never ends: the recorded last page (85 of 85) given a
    ``next`` link (built)."""
    page = load(HW_SITE / "paper_list_page-85.json")
    assert page["pagination"]["currentPage"] == page["pagination"]["totalPages"] == 85
    page["links"]["next"] = f"{HW}/body/1/paper?page=86"
    items, requests = run(spider, respond(f"{HW}/body/1/paper?page=85", page, paper_list_ctx()))
    assert requests == [] and len(items) > 15
    assert stat(spider, "pagination_overrun") == 1
    assert f"{HW}/body/1\tpaper" in spider.pending_cursors


# ------------------------------------------------------------ versions, deletions

def test_oparl_10_and_11_types_read_alike():
    v10 = load(HW_SITE / "paper_list_page-1.json")["data"][0]
    v11 = load(KA_PAPER)
    draft = load(SITES / "oparl-spec-examples" / "AgendaItem-01_2015.json")
    assert (oparl_type(v10), oparl_type(v11), oparl_type(draft)) == ("Paper", "Paper", "AgendaItem")
    a, b = object_items(v10).items[0], object_items(v11).items[0]
    assert a["paper_type"] == "Tischvorlage" and b["paper_type"] == "Beschlussvorlage"
    assert set(a) & set(b) >= {"id", "type", "name", "reference", "paper_type", "body"}


def test_deleted_objects_and_untyped_deleted_entries(spider, tmp_path):
    """A ``deleted: true`` object (the recorded Karlsruhe paper marked
    deleted) and SD.NET's deleted list entries without ``type`` (built: id
    and ``deleted`` only) both mark the stored row deleted and keep it."""
    paper = load(KA_PAPER)
    assert object_items({**paper, "deleted": True}).items[0]["deleted"] is True
    page = {"data": [{"id": paper["id"], "deleted": True}], "links": {}}
    items, _ = run(spider, respond("https://web1.karlsruhe.de/oparl/bodies/0001/papers",
                                   page, {"type": "Paper", "list": "paper"}))
    assert items[0]["type"] == "Paper" and items[0]["deleted"] is True
    db = store.open_db(str(tmp_path / "d.db"))
    store.save_item(db, object_items(paper).items[0])
    store.save_item(db, {"type": "Paper", "id": paper["id"], "deleted": True})
    row = list(db.query("select name, deleted from papers"))[0]
    assert row == {"name": paper["name"], "deleted": 1}


def test_untyped_entry_outside_a_list_is_a_problem():
    parsed = object_items({"id": "https://web1.karlsruhe.de/oparl/x/1"})
    assert parsed.items == [] and parsed.problems[0][0] == "untyped_object"


def test_ids_on_another_host_are_followed(spider):
    """The recorded Hürtgenwald Body answered at another host (built): its
    lists on sdnetrim.kdvz-frechen.de are still requested."""
    body = (SITES / "oparl-mst" / "gemeinde-huertgenwald_body.json").read_bytes()
    _, requests = run(spider, respond("https://ris.example-kommune.de/oparl/body", body,
                                      {"type": "Body"}))
    assert requests and all(r.url.startswith(HW) for r in requests)
    assert not getattr(spider, "allowed_domains", None)


# ------------------------------------------------------------ not JSON

def test_html_error_page_with_status_200_where_json_was_expected(spider):
    """A real ALLRIS HTML page answers a list URL with 200."""
    items, requests = run(spider, respond(f"{HW}/body/1/paper", HTML_PAGE.read_bytes(),
                                          paper_list_ctx(), content_type="text/html"))
    assert items == [] and requests == []
    assert stat(spider, "not_json") == 1
    assert load_json(HTML_PAGE.read_bytes()) is None


def test_entry_recognises_oparl_whatever_the_content_type(spider):
    """SD.NET serves ``application/octetstream``: the recorded System with
    that content type is still recognised as OParl."""
    response = respond(f"{HW}/system", (HW_SITE / "system.json").read_bytes(), None,
                       content_type="application/octetstream")
    response.meta["vendor"] = None
    _, requests = run(spider, response, spider.parse_entry)
    assert [r.url for r in requests] == [f"{HW}/body"]
    assert response.meta["vendor"] == "oparl"


def test_entry_that_is_no_portal_is_counted(spider):
    response = respond("https://example.org/", b"\x00\x01binary", None,
                       content_type="application/octet-stream")
    response.meta["vendor"] = None
    assert run(spider, response, spider.parse_entry) == ([], [])
    assert stat(spider, "unknown_portal") == 1


def test_system_without_body_list(spider):
    """Built from the recorded Krefeld System by removing its ``body``."""
    system = load(SITES / "oparl-mst" / "stadt-krefeld_system.json")
    del system["body"]
    assert run(spider, respond(system["id"], system)) == ([], [])
    assert stat(spider, "no_body_list") == 1


# ------------------------------------------------------------ dates, queries

def test_invalid_and_missing_dates():
    """Built from the recorded Karlsruhe paper: an impossible date, a German
    date, a broken timestamp; the Hürtgenwald Body, recorded without
    ``created`` and ``modified``, has none."""
    paper = load(KA_PAPER)
    parsed = object_items({**paper, "date": "2021-02-30", "modified": "gestern"})
    item = parsed.items[0]
    assert "date" not in item and "modified" not in item
    assert [p[0] for p in parsed.problems] == ["invalid_date", "invalid_date"]
    assert object_items({**paper, "date": "16.09.2021"}).items[0]["date"] == "2021-09-16"
    assert object_items({**paper, "date": "2021-09-16T00:00:00+02:00"}).items[0]["date"] == "2021-09-16"
    body = load(HW_SITE / "body_list.json")["data"][0]
    assert "modified" not in body
    item = object_items(body).items[0]
    assert "modified" not in item and "created" not in item and item["name"] == "Gemeinde Hürtgenwald"


def test_modified_since_is_built_literally_without_microseconds():
    from datetime import datetime, timezone

    stamp = utc_stamp(datetime(2026, 3, 1, 12, 30, 5, 123456, tzinfo=timezone.utc))
    assert stamp == "2026-03-01T12:30:05Z"
    url = "https://ratsinfo.leipzig.de/bi/oparl/1.0/papers.asp?body=2387&limit=100"
    assert with_query(url, "modified_since", stamp) == url + "&modified_since=2026-03-01T12:30:05Z"
    again = with_query(url + "&modified_since=2020-01-01T00:00:00Z", "modified_since", stamp)
    assert again.count("modified_since") == 1 and again.endswith(stamp)


def test_body_argument_matches_id_short_name_name_or_ags():
    body = load(HW_SITE / "body_list.json")["data"][0]
    for wanted in (body["id"], "1", "Gemeinde Hürtgenwald", "gemeinde hürtgenwald", "5358016"):
        assert body_matches(body, wanted), wanted
    assert not body_matches(body, "Karlsruhe")
    leipzig = load(LEIPZIG_BODY)
    assert body_matches(leipzig, "Stadt Leipzig") and not body_matches(leipzig, "2388")


def test_entries_from_url_source_or_registry(spider, monkeypatch):
    registry = [{"name": "a", "url": "https://a.example/oparl/system", "vendor": "oparl", "enabled": True},
                {"name": "b", "url": "https://b.example/si0040.asp", "vendor": "sessionnet", "enabled": False}]
    monkeypatch.setattr("crawler.spiders.base.load_sources", lambda: registry)
    assert [e["url"] for e in spider.entries()] == ["https://a.example/oparl/system"]
    spider.source = "b"
    assert [e["vendor"] for e in spider.entries()] == ["sessionnet"]
    spider.source = "nowhere"
    assert spider.entries() == [] and stat(spider, "unknown_source") == 1
    spider.url, spider.vendor = "https://c.example/", "allris"
    assert spider.entries() == [{"name": "nowhere", "url": "https://c.example/", "vendor": "allris"}]


def test_specification_examples_map_to_items():
    """The OParl 1.1 specification's example objects, field by field."""
    spec = SITES / "oparl-spec-examples"
    [file_item] = object_items(load(spec / "File-01.json")).items
    assert file_item["type"] == "File" and file_item["size"] == 82930
    assert file_item["sha1_checksum"] == "d749751af44a32c818b9b1e1515251c67734f5d2"
    assert file_item["file_urls"] == ["https://oparl.example.org/files/57737.pdf"]
    assert file_item["download_url"] == "https://oparl.example.org/files/download/57737.pdf"
    [person] = object_items(load(spec / "Person-01.json")).items
    assert (person["family_name"], person["given_name"], person["form_of_address"]) == (
        "Mustermann", "Max", "Ratsfrau")
    assert person["title"] == ["Prof.", "Dr."] and person["body"] == "https://oparl.example.org/body/0"
    [organization] = object_items(load(spec / "Organization-01.json")).items
    assert organization["type"] == "Organization" and organization["name"]
    body = object_items(load(spec / "Body-01.json")).items[0]
    assert body["type"] == "Body" and body["id"] == "https://oparl.example.org/body/0"
    [agenda_item] = object_items(load(spec / "AgendaItem-01_2015.json")).items
    assert agenda_item["type"] == "AgendaItem" and agenda_item["id"] == "https://oparl.example.org/agendaitem/3271"
