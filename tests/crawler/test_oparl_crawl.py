"""End to end: ``scrapy crawl ris`` in a subprocess against recorded OParl
sites replayed on 127.0.0.1; assertions on the SQLite rows, the feed export
and the replay server's request log."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from tests.conftest import SITES, run_crawl
from tests.crawler.oparl_sites import KA_BODY, KA_SYSTEM, karlsruhe_objects, karlsruhe_site, load

HW = "https://sdnetrim.kdvz-frechen.de/rim4220/webservice/oparl/v1.0"
HUERTGENWALD = SITES / "oparl-huertgenwald"


def objects_by_type(value, found=None) -> dict[str, dict]:
    """Every object with an OParl type in a JSON document, by type name and id."""
    found = found if found is not None else {}
    if isinstance(value, dict):
        kind = str(value.get("type", "")).rsplit("/", 1)[-1]
        if kind and "id" in value:
            found.setdefault(kind, {})[value["id"]] = value
        for child in value.values():
            objects_by_type(child, found)
    elif isinstance(value, list):
        for child in value:
            objects_by_type(child, found)
    return found


@pytest.fixture(scope="module")
def huertgenwald(tmp_path_factory):
    """One crawl of the recorded Hürtgenwald SD.NET site from its System URL."""
    from crawler.replay import serve

    server = serve(HUERTGENWALD)
    work = tmp_path_factory.mktemp("huertgenwald")
    feed = work / "items.jsonl"
    result = run_crawl(["-a", f"url={server.local_url(HW + '/system')}", "-O", str(feed)],
                       work / "ris.db", settings={"RIS_DOWNLOAD_FILES": "False"})
    result.feed = [json.loads(line) for line in feed.read_text().splitlines()]
    result.requests = list(server.log)
    result.server = server
    yield result
    server.stop()


def recorded_huertgenwald() -> dict[str, dict]:
    """What the four recorded first list pages and the body list hold."""
    found = {}
    for name in ("body_list", "organization_list_page-1", "person_list_page-1",
                 "meeting_list_page-1", "paper_list_page-1"):
        objects_by_type(load(HUERTGENWALD / f"{name}.json"), found)
    return found


def test_system_crawl_stores_every_recorded_object(huertgenwald):
    assert huertgenwald.returncode == 0, huertgenwald.log[-3000:]
    recorded = recorded_huertgenwald()
    for table, kind in (("bodies", "Body"), ("organizations", "Organization"),
                        ("persons", "Person"), ("meetings", "Meeting"),
                        ("agenda_items", "AgendaItem"), ("papers", "Paper"),
                        ("consultations", "Consultation"), ("files", "File")):
        ids = {huertgenwald.server.original_url(row["id"]) for row in huertgenwald.rows(table)}
        assert ids == set(recorded[kind]), table


def test_paper_row_carries_oparl_fields_and_provenance(huertgenwald):
    """Ids and links are the replay server's addresses of the recorded URLs."""
    local = huertgenwald.server.local_url
    paper = huertgenwald.rows("papers", "id = ?", [local(f"{HW}/body/1/paper/60")])[0]
    # values as in paper_list_page-1.json
    assert paper["name"] == "Umbesetzungen im Bauausschuss"
    assert paper["reference"] == "102/2002"
    assert paper["paper_type"] == "Tischvorlage"
    assert paper["body"] == local(f"{HW}/body/1")
    assert paper["main_file"] == local(f"{HW}/body/1/file/1-145")
    assert paper["modified"] == "2009-12-17T15:55:45+01:00"
    assert paper["source_url"].endswith("/sdnetrim.kdvz-frechen.de/rim4220/webservice/oparl/v1.0/body/1/paper")
    assert paper["vendor"] == "oparl"
    fetched = datetime.fromisoformat(paper["fetched_at"])
    assert abs((datetime.now(timezone.utc) - fetched).total_seconds()) < 600
    file_row = huertgenwald.rows("files", "id = ?", [local(f"{HW}/body/1/file/1-145")])[0]
    assert file_row["paper"] == paper["id"]
    assert file_row["mime_type"] == "application/pdf"
    assert file_row["access_url"].endswith("/Tischvorlage_102-2002.pdf")


def test_embedded_consultations_and_agenda_items_point_to_their_parent(huertgenwald):
    original, local = huertgenwald.server.original_url, huertgenwald.server.local_url
    consultations = huertgenwald.rows("consultations")
    assert consultations
    recorded = recorded_huertgenwald()
    for c in consultations:
        paper = next(p for p in recorded["Paper"].values()
                     if any(x.get("id") == original(c["id"]) for x in p.get("consultation", [])))
        assert original(c["paper"]) == paper["id"]
    item = huertgenwald.rows("agenda_items", "id = ?", [local(f"{HW}/body/1/agendaitem/3540")])[0]
    assert item["meeting"] == local(f"{HW}/body/1/meeting/333")
    assert item["number"] == "3."
    assert item["consultation"] == local(f"{HW}/body/1/consultation/1509")


def test_body_ags_gets_its_leading_zero_back(huertgenwald):
    body = huertgenwald.rows("bodies")[0]
    assert body["name"] == "Gemeinde Hürtgenwald"
    assert load(HUERTGENWALD / "body_list.json")["data"][0]["ags"] == "5358016"
    assert body["ags"] == "05358016"


def test_feed_export_has_one_line_per_item_with_its_type(huertgenwald):
    """One line per object a list gives; what it embeds is inside that line."""
    types, embedded = {}, {}
    for line in huertgenwald.feed:
        types[line["type"]] = types.get(line["type"], 0) + 1
        for child in line.get("embedded", []):
            embedded[child["type"]] = embedded.get(child["type"], 0) + 1
    recorded = recorded_huertgenwald()
    for kind in ("Body", "Organization", "Person", "Meeting", "Paper"):
        assert types[kind] == len(recorded[kind]), kind
    assert "Consultation" not in types
    assert embedded["Consultation"] == len(recorded["Consultation"])
    assert embedded["AgendaItem"] == len(recorded["AgendaItem"])
    paper_id = huertgenwald.server.local_url(f"{HW}/body/1/paper/60")
    paper = next(p for p in huertgenwald.feed if p["type"] == "Paper" and p["id"] == paper_id)
    assert {"id", "reference", "name", "paper_type", "body", "source_url", "fetched_at"} <= set(paper)
    assert paper["embedded"]  # its main file, as in paper_list_page-1.json
    for child in paper["embedded"]:
        assert (child["paper"], child["source_url"], child["fetched_at"]) == (
            paper["id"], paper["source_url"], paper["fetched_at"])


def test_missing_list_pages_are_counted_and_do_not_advance_cursors(huertgenwald):
    # pages 2 of paper, person and meeting lists are not recorded: the server answers 404
    assert huertgenwald.stats["ris/request_failed"] == 3
    cursors = {row["list"]: row["modified_since"] for row in huertgenwald.rows("crawl_cursors")}
    assert set(cursors) == {"organization"}  # the only list read to its end
    stamp = cursors["organization"]
    assert stamp.endswith("Z") and "." not in stamp
    taken = datetime.fromisoformat(stamp)
    assert taken <= datetime.fromisoformat(huertgenwald.rows("organizations")[0]["fetched_at"])


def test_second_run_adds_no_row(huertgenwald, tmp_path):
    before = {t: len(huertgenwald.rows(t)) for t in ("papers", "files", "meetings", "agenda_items")}
    again = run_crawl(["-a", f"url={huertgenwald.server.local_url(HW + '/system')}"],
                      huertgenwald.db_path, settings={"RIS_DOWNLOAD_FILES": "False"})
    assert again.returncode == 0
    assert {t: len(again.rows(t)) for t in before} == before


# ------------------------------------------------------------ incremental

@pytest.fixture
def karlsruhe(tmp_path, replay):
    return replay(karlsruhe_site(tmp_path / "site", page_size=10), empty_window_status=404)


def test_incremental_second_run_fetches_no_paper_again(karlsruhe, tmp_path):
    """The Karlsruhe site is constructed around the recorded objects (see
    oparl_sites). The server filters by modified_since and answers an empty
    window with 404, as SD.NET does."""
    url = karlsruhe.local_url(KA_SYSTEM)
    first = run_crawl(["-a", f"url={url}"], tmp_path / "ris.db",
                      settings={"RIS_DOWNLOAD_FILES": "False"})
    assert first.returncode == 0, first.log[-3000:]
    recorded = karlsruhe_objects()
    assert len(first.rows("papers")) == len(recorded["paper"])
    assert len(first.rows("meetings")) == len(recorded["meeting"])
    assert len(first.rows("organizations")) == len(recorded["organization"])
    cursors = {row["list"]: row for row in first.rows("crawl_cursors")}
    assert set(cursors) == {"organization", "meeting", "paper"}
    assert {row["source"] for row in cursors.values()} == {karlsruhe.local_url(KA_BODY)}
    counts = {t: len(first.rows(t)) for t in ("papers", "consultations", "files", "agenda_items")}

    served_before = len(karlsruhe.log)
    feed = tmp_path / "second.jsonl"
    second = run_crawl(["-a", f"url={url}", "-O", str(feed)], tmp_path / "ris.db",
                       settings={"RIS_DOWNLOAD_FILES": "False"})
    assert second.returncode == 0, second.log[-3000:]
    asked = karlsruhe.log[served_before:]
    list_requests = [p for p in asked if "/papers" in p or "/meetings" in p or "/organizations" in p]
    assert list_requests and all("modified_since=" in p for p in list_requests)
    statuses = [s for _, p, s in karlsruhe.log_times if p in list_requests]
    assert set(statuses) == {404}  # empty windows
    assert [json.loads(line)["type"] for line in feed.read_text().splitlines()] == ["Body"]
    assert {t: len(second.rows(t)) for t in counts} == counts


def test_since_argument_asks_only_for_changes(karlsruhe, tmp_path):
    feed = tmp_path / "items.jsonl"
    result = run_crawl(["-a", f"url={karlsruhe.local_url(KA_SYSTEM)}", "-a", "since=2025-06-01",
                        "-O", str(feed)], tmp_path / "ris.db",
                       settings={"RIS_DOWNLOAD_FILES": "False"})
    assert result.returncode == 0, result.log[-3000:]
    assert any("modified_since=2025-06-01T00:00:00Z" in p for p in karlsruhe.log)
    expected = {p["id"] for p in karlsruhe_objects()["paper"] if p["modified"] >= "2025-06-01"}
    got = {karlsruhe.original_url(json.loads(line)["id"]) for line in feed.read_text().splitlines()
           if json.loads(line)["type"] == "Paper"}
    assert got == expected
    assert len(expected) < len(karlsruhe_objects()["paper"])
    # of the recorded papers only DHH/2025/8003 (modified 2026-01-26) changed since then
    assert got == {f"{KA_BODY}/papers/vo/52864"}


def test_body_argument_restricts_the_crawl(karlsruhe, tmp_path):
    other = run_crawl(["-a", f"url={karlsruhe.local_url(KA_SYSTEM)}", "-a", "body=Hürtgenwald"],
                      tmp_path / "a" / "ris.db", settings={"RIS_DOWNLOAD_FILES": "False"})
    assert other.returncode == 0
    assert len(other.rows("bodies")) == 1 and other.rows("papers") == []
    assert not any("/papers" in p for p in karlsruhe.log)


def test_consultations_get_committee_name_and_meeting_day(huertgenwald):
    """OParl consultations name neither the committee nor the day: both come
    from the stored Organization and Meeting (the recorded first pages)."""
    original = huertgenwald.server.original_url
    recorded = recorded_huertgenwald()
    names = {oid: o["name"] for oid, o in recorded["Organization"].items()}
    starts = {mid: m["start"][:10] for mid, m in recorded["Meeting"].items()}
    checked = 0
    for c in huertgenwald.rows("consultations"):
        orgs = [original(o) for o in json.loads(c["organization"] or "[]")]
        if orgs and orgs[0] in names:
            assert c["organization_name"] == names[orgs[0]]
            checked += 1
        if c["meeting"] and original(c["meeting"]) in starts:
            assert c["date"] == starts[original(c["meeting"])]
    assert checked > 0


def test_list_url_entry_is_read_incrementally_from_the_second_run(replay, tmp_path):
    """``-a url=`` a list page (the recorded last paper page of Hürtgenwald):
    the first run stores a cursor for it, the second asks with
    ``modified_since`` and gets the SD.NET 404 of an empty window."""
    server = replay(HUERTGENWALD, empty_window_status=404)
    url = server.local_url(HW + "/body/1/paper?page=85")
    first = run_crawl(["-a", f"url={url}"], tmp_path / "ris.db", settings={"RIS_DOWNLOAD_FILES": "False"})
    assert first.returncode == 0
    assert len(first.rows("papers")) == len(load(HUERTGENWALD / "paper_list_page-85.json")["data"])
    assert [r["list"] for r in first.rows("crawl_cursors")] == ["entry"]
    mark = len(server.log)
    feed = tmp_path / "second.jsonl"
    second = run_crawl(["-a", f"url={url}", "-O", str(feed)], tmp_path / "ris.db",
                       settings={"RIS_DOWNLOAD_FILES": "False"})
    assert second.returncode == 0, second.log[-3000:]
    asked = [p for p in server.log[mark:] if p != "/robots.txt"]
    assert len(asked) == 1 and "modified_since=" in asked[0]
    assert feed.read_text() == ""
    assert second.stats.get("ris/http_error", 0) == 0
