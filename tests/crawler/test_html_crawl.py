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
