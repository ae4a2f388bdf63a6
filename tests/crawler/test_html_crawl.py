"""End to end: ``scrapy crawl ris`` in a subprocess against a replay server
on 127.0.0.1 serving recorded HTML portal pages (tests/fixtures/sites/html-*,
original addresses in their manifest.json).

The SessionNet site is Kaiserslautern's September 2026 calendar, one of its
meetings and one paper of that meeting. One more paper address of that
meeting answers with a real page of another kind (the calendar month): a
page whose layout lacks the paper fields, as after a portal update. Other
links of the recorded pages were not recorded and answer 404.
"""
from __future__ import annotations

import json
import re

import pytest

from crawler import replay as replay_module
from tests.conftest import SITES, run_crawl

KL = "https://ris.kaiserslautern.de/buergerinfo/"
CALENDAR = KL + "si0040.asp?__cjahr=2026&__cmonat=9&__canz=1&__cselect=0"
ALTONA = "https://sitzungsdienst-altona.hamburg.de/bi/"
TABLES = ("bodies", "meetings", "agenda_items", "papers", "consultations", "files")


@pytest.fixture(scope="module")
def server():
    server = replay_module.serve(SITES / "html-sessionnet", SITES / "html-allris",
                                 SITES / "html-muenchen", SITES / "html-unknown")
    yield server
    server.stop()


@pytest.fixture(scope="module")
def sessionnet_runs(server, tmp_path_factory):
    """The calendar crawled twice into the same database."""
    db = tmp_path_factory.mktemp("sessionnet") / "ris.db"
    args = ["-a", f"url={server.local_url(CALENDAR)}", "-a", "since=2026-09-01"]
    first = run_crawl(args, db)
    counts = {t: len(first.rows(t)) for t in TABLES}
    second = run_crawl(args, db)
    return first, counts, second


def local(server, url: str) -> str:
    return server.local_url(url)


def test_first_run_succeeds(sessionnet_runs):
    first, _, _ = sessionnet_runs
    assert first.returncode == 0, first.log[-3000:]


def test_meeting_from_the_calendar_is_stored(sessionnet_runs, server):
    first, _, _ = sessionnet_runs
    meeting = first.rows("meetings", "id = ?", [local(server, KL + "si0057.asp?__ksinr=2331")])
    assert meeting[0]["start"] == "2026-09-08T09:30:00"


def test_agenda_items_are_stored(sessionnet_runs):
    first, _, _ = sessionnet_runs
    assert len(first.rows("agenda_items")) == 7


def test_paper_of_the_meeting_is_stored(sessionnet_runs, server):
    first, _, _ = sessionnet_runs
    paper = first.rows("papers", "id = ?", [local(server, KL + "vo0050.asp?__kvonr=19902")])
    assert paper[0]["reference"] == "0463/2026"


def test_paper_main_file_is_the_vorlage(sessionnet_runs, server):
    first, _, _ = sessionnet_runs
    paper = first.rows("papers", "id = ?", [local(server, KL + "vo0050.asp?__kvonr=19902")])
    assert paper[0]["main_file"] == local(server, KL + "getfile.asp?id=128429&type=do")


def test_paper_files_are_stored_with_their_paper(sessionnet_runs, server):
    first, _, _ = sessionnet_runs
    files = first.rows("files", "paper = ?", [local(server, KL + "vo0050.asp?__kvonr=19902")])
    assert len(files) == 3


def test_consultation_links_paper_and_meeting(sessionnet_runs, server):
    first, _, _ = sessionnet_runs
    rows = first.rows("consultations", "paper = ?", [local(server, KL + "vo0050.asp?__kvonr=19902")])
    assert rows[0]["meeting"] == local(server, KL + "si0057.asp?__ksinr=2331")


def test_provenance_vendor(sessionnet_runs):
    first, _, _ = sessionnet_runs
    assert {row["vendor"] for row in first.rows("papers")} == {"sessionnet"}


def test_layout_change_is_counted(sessionnet_runs):
    first, _, _ = sessionnet_runs
    assert first.stats.get("ris/layout/sessionnet/paper") == 1


def test_layout_change_is_logged_with_its_url(sessionnet_runs):
    first, _, _ = sessionnet_runs
    assert any("layout/sessionnet/paper" in line and "__kvonr=19913" in line
               for line in first.log.splitlines())


def test_second_run_adds_nothing(sessionnet_runs):
    first, counts, second = sessionnet_runs
    assert {t: len(second.rows(t)) for t in TABLES} == counts


def test_second_run_sends_validators(sessionnet_runs):
    """The meeting page was served with an ETag; asked with If-None-Match,
    the server answers 304 and nothing is stored again."""
    _, _, second = sessionnet_runs
    assert second.stats.get("ris/html/not_modified") == 1


def test_second_run_stores_no_meeting_or_paper(sessionnet_runs):
    _, _, second = sessionnet_runs
    assert second.stats.get("ris/db_items_written", 0) <= 1  # at most the portal's Body


def test_since_skips_earlier_meetings(server, tmp_path):
    """-a since=2026-09-10: the meeting of 8 September is not fetched."""
    result = run_crawl(["-a", f"url={server.local_url(CALENDAR)}", "-a", "since=2026-09-10"],
                       tmp_path / "ris.db")
    assert result.rows("meetings") == []


def test_allris_agenda_item_with_vote(server, tmp_path):
    """ALLRIS to020 carries the decision and the vote; the page is ISO-8859-1."""
    url = local(server, ALTONA + "to020.asp?TOLFDNR=1049839")
    result = run_crawl(["-a", f"url={url}"], tmp_path / "ris.db")
    row = result.rows("agenda_items", "id = ?", [url])[0]
    assert (row["result"], row["votes"]) == ("zur Kenntnis genommen",
                                             "Der Ausschuss nimmt die Drucksache zur Kenntnis.")


@pytest.fixture(scope="module")
def allris_paper_runs(server, tmp_path_factory):
    """An ALLRIS paper page (served without validators) crawled twice."""
    db = tmp_path_factory.mktemp("allris") / "ris.db"
    args = ["-a", f"url={local(server, ALTONA + 'vo020.asp?VOLFDNR=1018473')}"]
    return run_crawl(args, db), run_crawl(args, db)


def test_allris_paper_with_consultation(allris_paper_runs, server):
    first, _ = allris_paper_runs
    url = local(server, ALTONA + "vo020.asp?VOLFDNR=1018473")
    consultation = first.rows("consultations", "paper = ?", [url])[0]
    assert (consultation["organization_name"], consultation["date"]) == ("Hauptausschuss", "2026-07-09")


def test_allris_paper_text_decoded_from_iso_8859_1(allris_paper_runs, server):
    first, _ = allris_paper_runs
    url = local(server, ALTONA + "vo020.asp?VOLFDNR=1018473")
    assert first.rows("papers", "id = ?", [url])[0]["under_direction_of"] == \
        "Geschäftsstelle der Bezirksversammlung"


def test_unchanged_page_without_validators_is_not_stored_again(allris_paper_runs):
    """No ETag or Last-Modified: the checksum of the page decides."""
    _, second = allris_paper_runs
    assert second.stats.get("ris/html/unchanged") == 1


def test_muenchen_meeting_with_public_agenda(server, tmp_path):
    url = local(server, "https://risi.muenchen.de/risi/sitzung/detail/6431692")
    result = run_crawl(["-a", f"url={url}"], tmp_path / "ris.db")
    assert len(result.rows("agenda_items", "meeting = ?", [url])) == 23


def test_unknown_portal_is_an_error_naming_the_url(server, tmp_path):
    url = local(server, "https://e-government.hannover-stadt.de/lhhsimwebre.nsf/DS/0728-2026")
    result = run_crawl(["-a", f"url={url}"], tmp_path / "ris.db")
    assert any("unknown_portal" in line and url in line for line in result.log.splitlines())


def registry(tmp_path, server, enabled_altona: bool = True):
    path = tmp_path / "sources.toml"
    path.write_text(f"""
[[source]]
name = "kaiserslautern"
body = "Stadt Kaiserslautern"
vendor = "sessionnet"
url = "{server.local_url(CALENDAR)}"
enabled = true

[[source]]
name = "altona-paper"
body = "Bezirksversammlung Altona"
vendor = "allris"
url = "{server.local_url(ALTONA + 'vo020.asp?VOLFDNR=1018473')}"
enabled = {'true' if enabled_altona else 'false'}
""", encoding="utf-8")
    return path


def test_source_by_name(server, tmp_path, monkeypatch):
    """-a source=NAME crawls that source of the registry (RIS_SOURCES names a
    registry of local addresses here), and the body gets the registry's name."""
    monkeypatch.setenv("RIS_SOURCES", str(registry(tmp_path, server)))
    result = run_crawl(["-a", "source=altona-paper"], tmp_path / "ris.db")
    assert [row["name"] for row in result.rows("bodies")] == ["Bezirksversammlung Altona"]


def test_no_argument_crawls_every_enabled_source(server, tmp_path, monkeypatch):
    monkeypatch.setenv("RIS_SOURCES", str(registry(tmp_path, server)))
    result = run_crawl(["-a", "since=2026-09-01"], tmp_path / "ris.db")
    assert {row["vendor"] for row in result.rows("papers")} == {"sessionnet", "allris"}


def test_disabled_source_is_left_out(server, tmp_path, monkeypatch):
    monkeypatch.setenv("RIS_SOURCES", str(registry(tmp_path, server, enabled_altona=False)))
    result = run_crawl(["-a", "since=2026-09-01"], tmp_path / "ris.db")
    assert {row["vendor"] for row in result.rows("papers")} == {"sessionnet"}


def test_moved_page_is_stored_under_its_new_address(server, tmp_path):
    """An old address answers 301 with the page's new place (a portal that
    moved folders); the paper's id is built from where it is now."""
    old = local(server, "https://ris.kaiserslautern.de/bi/vo0050.asp?__kvonr=19902")
    result = run_crawl(["-a", f"url={old}"], tmp_path / "ris.db")
    assert [row["id"] for row in result.rows("papers")] == [local(server, KL + "vo0050.asp?__kvonr=19902")]


def test_forced_vendor_overrides_detection(server, tmp_path):
    """-a vendor=sessionnet on a page nobody recognises: read as a SessionNet
    start page, i.e. the calendar months of that portal are asked for."""
    url = local(server, "https://e-government.hannover-stadt.de/lhhsimwebre.nsf/DS/0728-2026")
    mark = len(server.log)
    result = run_crawl(["-a", f"url={url}", "-a", "vendor=sessionnet", "-a", "since=2026-10-01"],
                       tmp_path / "ris.db")
    assert "ris/unknown_portal" not in result.stats
    assert any("/lhhsimwebre.nsf/DS/si0040.asp?__cjahr=2026&__cmonat=10" in path for path in server.log[mark:])


@pytest.fixture(scope="module")
def allris_meeting_run(server, tmp_path_factory):
    url = local(server, ALTONA + "to010.asp?SILFDNR=1004086")
    return url, run_crawl(["-a", f"url={url}"], tmp_path_factory.mktemp("to010") / "ris.db")


def test_allris_meeting_agenda_items(allris_meeting_run):
    url, result = allris_meeting_run
    assert len(result.rows("agenda_items", "meeting = ?", [url])) == 20


def test_allris_meeting_committee_is_an_organization(allris_meeting_run):
    _, result = allris_meeting_run
    assert [row["name"] for row in result.rows("organizations")] == ["Mobilitätsausschuss"]


# ---- Münster: SessionNet 4.3.6 "sessionnetbi" pages by their original URLs

MS = "https://www.stadt-muenster.de/sessionnet/sessionnetbi/"
MS_SITE = SITES / "html-sessionnet-muenster"
MS_PAGES = {entry["url"]: MS_SITE / entry["file"]
            for entry in json.loads((MS_SITE / "manifest.json").read_text(encoding="utf-8"))}
MS_PAPERS = sorted(url for url in MS_PAGES if "vo0050" in url)


@pytest.fixture(scope="module")
def ms_server():
    """Bodies as recorded; replay.routing_settings routes the original addresses here."""
    server = replay_module.serve(MS_SITE, rewrite_hosts=False)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def ms_run(ms_server, tmp_path_factory):
    """Every recorded paper page as a source of its own (original URL), all
    crawled by one `scrapy crawl ris`, then once more into the same database."""
    work = tmp_path_factory.mktemp("muenster")
    registry_path = work / "sources.toml"
    registry_path.write_text("".join(
        f'[[source]]\nname = "muenster-{i}"\nbody = "Stadt Münster"\nvendor = "sessionnet"\n'
        f'url = "{url}"\nenabled = true\n\n' for i, url in enumerate(MS_PAPERS)), encoding="utf-8")
    settings = {**replay_module.routing_settings(ms_server.base_url), "RIS_DOWNLOAD_FILES": "False"}
    env = {"RIS_SOURCES": str(registry_path)}
    with pytest.MonkeyPatch.context() as mp:
        for k, v in env.items():
            mp.setenv(k, v)
        first = run_crawl([], work / "ris.db", settings=settings)
        counts = {t: len(first.rows(t)) for t in TABLES + ("decisions",)}
        second = run_crawl([], work / "ris.db", settings=settings)
    return first, counts, second


def test_muenster_crawl_succeeds(ms_run):
    first, _, _ = ms_run
    assert first.returncode == 0, first.log[-3000:]


def test_muenster_every_paper_is_stored_under_its_original_url(ms_run):
    first, _, _ = ms_run
    assert sorted(row["id"] for row in first.rows("papers")) == MS_PAPERS


def test_muenster_every_dated_beratungsfolge_row_is_a_consultation(ms_run):
    """Counted in the recorded pages: one date link (to0040.php?__ksinr=)
    per row of "Beratungen" and "Weitere Beratungsfolge"."""
    first, _, _ = ms_run
    rows = sum(MS_PAGES[url].read_bytes().count(b'href="to0040.php?__ksinr=') for url in MS_PAPERS)
    consultations = first.rows("consultations")
    assert len(consultations) == rows
    assert all(c["organization_name"] and c["date"] for c in consultations)


def test_muenster_held_consultation_with_result(ms_run):
    """V/0779/2014 (vo0050.php?__kvonr=2004037844): Kulturausschuss, 25.11.2014,
    TOP 3, Vorberatung, "einstimmig geändert beschlossen"."""
    first, _, _ = ms_run
    row = first.rows("consultations", "paper = ? and organization_name = ?",
                     [MS + "vo0050.php?__kvonr=2004037844", "Kulturausschuss"])[0]
    assert (row["date"], row["role"], row["result"], row["outcome"]) == \
        ("2014-11-25", "Vorberatung", "einstimmig geändert beschlossen", "amended")


def test_muenster_planned_consultations_have_no_result(ms_run):
    """The Rat of 10.12.2014 was still to come when the pages were recorded
    (2014-12-06): under "Weitere Beratungsfolge" on every page that lists it."""
    first, _, _ = ms_run
    planned = first.rows("consultations", "organization_name = 'Rat' and date = '2014-12-10'")
    assert len(planned) == sum(b"Details anzeigen: Rat 10.12.2014" in MS_PAGES[url].read_bytes()
                               for url in MS_PAPERS) > 30
    assert {row["result"] for row in planned} == {None}


def test_muenster_agenda_item_number(ms_run):
    """A-R/0051/2011 was TOP 44.5 of the Rat of 13.07.2011."""
    first, _, _ = ms_run
    consultation = first.rows("consultations", "paper = ?", [MS + "vo0050.php?__kvonr=2004033462"])[0]
    item = first.rows("agenda_items", "id = ?", [consultation["agenda_item"]])[0]
    assert (item["number"], item["meeting"]) == ("44.5", MS + "si0057.php?__ksinr=7797")


def test_muenster_meeting_documents_are_stored_with_their_meeting(ms_run):
    """The Beratungsfolge row of the Rat of 13.07.2011 (A-R/0051/2011) lists
    the meeting's Niederschrift öffentlich (document 389169912)."""
    first, _, _ = ms_run
    row = first.rows("files", "id = ?", [MS + "getfile.php?id=389169912&type=do"])[0]
    assert (row["name"], row["meeting"], row["paper"]) == \
        ("Niederschrift öffentlich", MS + "si0057.php?__ksinr=7797", None)


def test_muenster_meeting_of_a_consultation_is_stored(ms_run):
    first, _, _ = ms_run
    meeting = first.rows("meetings", "id = ?", [MS + "si0057.php?__ksinr=7797"])[0]
    assert (meeting["name"], meeting["start"]) == ("Rat", "2011-07-13")


def test_muenster_portal_result_becomes_a_resolution(ms_run):
    """No file was downloaded, so the documents say nothing: the Rat's
    "mehrheitlich beschlossen" on A-R/0051/2011 is the paper's resolution."""
    first, _, _ = ms_run
    rows = first.rows("decisions", "paper = ?", [MS + "vo0050.php?__kvonr=2004033462"])
    assert [(r["kind"], r["outcome"], r["source"], r["text"]) for r in rows] == \
        [("resolution", "approved", "portal", "Rat: mehrheitlich beschlossen")]


def test_muenster_portal_resolution_in_the_overview(ms_run):
    from crawler import store

    first, _, _ = ms_run
    db = store.open_db(str(first.db_path))
    store.refresh_summaries(db)  # what `ris build` does after a crawl
    db.close()
    rows = first.rows("decisions_overview", "paper = ?", [MS + "vo0050.php?__kvonr=2004033462"])
    assert [(r["committee"], r["date"], r["outcome"]) for r in rows] == [("Rat", "2011-07-13", "approved")]


def test_muenster_no_layout_change_counted(ms_run):
    first, _, _ = ms_run
    assert [k for k in first.stats if k.startswith("ris/layout")] == []


def test_muenster_second_run_adds_nothing(ms_run):
    first, counts, second = ms_run
    assert second.returncode == 0, second.log[-3000:]
    assert {t: len(second.rows(t)) for t in counts} == counts


def test_muenster_paper_list_leads_to_the_papers(ms_server, tmp_path):
    """vo0042.php links 56 papers; the recorded ones among them are stored,
    the others answer 404 here and are counted as failed requests."""
    listed = set(re.findall(r'vo0050\.php\?__kvonr=(\d+)',
                            MS_PAGES[MS + "vo0042.php"].read_text(encoding="latin-1")))
    recorded = {url for url in MS_PAPERS if url.rsplit("=", 1)[1] in listed}
    result = run_crawl(["-a", f"url={MS}vo0042.php"], tmp_path / "ris.db",
                       settings={**replay_module.routing_settings(ms_server.base_url), "RIS_DOWNLOAD_FILES": "False"})
    assert {row["id"] for row in result.rows("papers")} == recorded
    assert len(recorded) < len(listed) == 56


def test_muenchen_decision_page_gives_the_result(server, tmp_path):
    """An agenda item's decision page read by its address: the item is
    stored with the portal's result."""
    url = local(server, "https://risi.muenchen.de/risi/sitzung/top/6930396/entscheidung")
    result = run_crawl(["-a", f"url={url}"], tmp_path / "ris.db")
    rows = result.rows("agenda_items")
    assert [(r["id"], r["number"], r["result"]) for r in rows] == \
        [(local(server, "https://risi.muenchen.de/risi/sitzung/top/6930396"), "20.", "ohne Entscheidung")]
    assert [k for k in result.stats if k.startswith("ris/layout")] == []


def test_allris4_result_becomes_an_outcome(server, tmp_path):
    """Laatzen's Antrag 2026/245 (ALLRIS 4): the Schulausschuss of 29.06.2026
    "vertagt" it; the consultation keeps those words and says postponed, and
    with no document read it is the paper's resolution from the portal."""
    url = local(server, "http://ratsinfo.laatzen.de/public/vo020?VOLFDNR=1000238")
    result = run_crawl(["-a", f"url={url}", "-s", "RIS_DOWNLOAD_FILES=False"], tmp_path / "ris.db")
    row = result.rows("consultations", "organization_name = 'Schulausschuss' and date = '2026-06-29'")[0]
    assert (row["result"], row["outcome"]) == ("vertagt", "postponed")
    assert [(d["outcome"], d["source"]) for d in result.rows("decisions", "paper = ?", [url])] == \
        [("postponed", "portal")]
