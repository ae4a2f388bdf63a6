"""SessionNet parse functions on recorded pages of Kaiserslautern (5.4.6,
ASP, Layout 6), Koblenz (5.4.7, PHP, Layout 6) and Münster (4.3.6, PHP
"sessionnetbi", Layout 3); sources in tests/fixtures/SOURCES.md."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from crawler.spiders import sessionnet
from crawler.spiders.portal import LayoutChanged
from tests.crawler.html_pages import page

KL = "https://ris.kaiserslautern.de/buergerinfo/"
PAPER_URL = KL + "vo0050.asp?__kvonr=19902"
CALENDAR_URL = KL + "si0040.asp?__cjahr=2026&__cmonat=9&__canz=1&__cselect=0"
MEETING_URL = KL + "si0057.asp?__ksinr=2331"
# The recorded Koblenz page does not name its host; the address is the
# Koblenz entry of the big-cities registry (crawler/sources.toml).
KOBLENZ_URL = "https://www.koblenz.de/verwaltung_politik/buergerinfo/vo0050.php?__kvonr=43205"


@pytest.fixture(scope="module")
def paper():
    return sessionnet.parse_paper_page(
        page("sessionnet", "kaiserslautern_vo0050-19902.html", PAPER_URL), PAPER_URL)


@pytest.fixture(scope="module")
def koblenz():
    return sessionnet.parse_paper_page(
        page("sessionnet", "koblenz_vo0050-43205.php.html", KOBLENZ_URL), KOBLENZ_URL)


@pytest.fixture(scope="module")
def calendar():
    return sessionnet.parse_calendar_page(
        page("sessionnet", "kaiserslautern_si0040-2026-09.html", CALENDAR_URL), CALENDAR_URL)


@pytest.fixture(scope="module")
def meeting():
    return sessionnet.parse_meeting_page(
        page("sessionnet", "kaiserslautern_si0057-2331.html", MEETING_URL), MEETING_URL)


# ---- vo0050: paper

def test_paper_id_is_portal_base_plus_kvonr(paper):
    assert paper["id"] == "https://ris.kaiserslautern.de/buergerinfo/vo0050.asp?__kvonr=19902"


def test_paper_reference(paper):
    assert paper["reference"] == "0463/2026"


def test_paper_title(paper):
    assert paper["name"] == "Beschlussempfehlung zum Entwurf des Stellenplanes 2027"


def test_paper_type(paper):
    assert paper["paper_type"] == "Beschlussvorlage"


def test_paper_file_number(paper):
    assert paper["file_number"] == "11.1 st"


def test_paper_documents_in_page_order_with_the_paper_first(paper):
    assert [f["name"] for f in paper["files"]] == [
        "Beschlussvorlage", "Anlage 1: - Entwurf Stellenplan 2027",
        "Anlage 2: - Übersicht über alle angemeldeten Stellen"]


def test_paper_document_address_is_absolute(paper):
    assert paper["files"][0]["download_url"] == KL + "getfile.asp?id=128429&type=do"


def test_paper_documents_point_to_the_paper(paper):
    assert {f["paper"] for f in paper["files"]} == {paper["id"]}


def test_php_portal_paper_reference(koblenz):
    assert koblenz["reference"] == "UV/0190/2026"


def test_php_portal_document_uses_getfile_php(koblenz):
    assert koblenz["files"][0]["download_url"].endswith("/getfile.php?id=386541&type=do")


def test_koblenz_type_sort_prefix_is_dropped(koblenz):
    """Koblenz numbers its paper types for sorting ("02_Unterrichtungsvorlage");
    the number is not part of the type."""
    assert koblenz["paper_type"] == "Unterrichtungsvorlage"


def test_php_portal_last_change_from_footer(koblenz):
    assert koblenz["modified"] == "2026-09-30T17:01:00"


def test_php_portal_id_stays_php(koblenz):
    assert koblenz["id"] == KOBLENZ_URL


# ---- si0040: calendar

def test_calendar_lists_every_meeting_of_the_month(calendar):
    assert len(calendar) == 16


def test_calendar_meeting_link(calendar):
    assert calendar[0]["id"] == KL + "si0057.asp?__ksinr=2361"


def test_calendar_meeting_start(calendar):
    assert calendar[1]["start"] == "2026-09-02T15:00:00"


def test_calendar_meeting_end(calendar):
    assert calendar[1]["end"] == "2026-09-02T17:18:00"


def test_calendar_meeting_location(calendar):
    assert calendar[0]["location"].startswith("im kleinen Ratssaal (1. OG) des Rathauses")


def test_calendar_unlinked_meeting_has_no_address(calendar):
    personal = [m for m in calendar if m["name"] == "Personalausschuss"]
    assert personal[0]["id"] is None


def test_calendar_second_meeting_of_a_day_keeps_the_day(calendar):
    """The second row of 8 September has an empty day cell."""
    hufa = [m for m in calendar if m["id"] == MEETING_URL]
    assert hufa[0]["start"] == "2026-09-08T09:30:00"


def test_calendar_meeting_documents(calendar):
    assert calendar[1]["files"][0]["name"] == "Öffentliche Bekanntmachung"


# ---- si0057: meeting with agenda

def test_meeting_committee(meeting):
    assert meeting["organization_name"] == "Haupt- und Finanzausschuss"


def test_meeting_start(meeting):
    assert meeting["start"] == "2026-09-08T09:30:00"


def test_meeting_location(meeting):
    assert meeting["location"] == ("im großen Ratssaal (1. OG) des Rathauses, "
                                   "Willy-Brandt-Platz 1, Kaiserslautern")


def test_meeting_own_documents(meeting):
    assert [f["name"] for f in meeting["files"]] == ["Öffentliche Bekanntmachung"]


def test_meeting_agenda_numbers(meeting):
    assert [i["number"] for i in meeting["agenda_items"]] == [f"Ö {n}" for n in range(1, 8)]


def test_agenda_item_title(meeting):
    assert meeting["agenda_items"][3]["name"] == "Beschlussempfehlung zum Entwurf des Stellenplanes 2027"


def test_agenda_item_paper(meeting):
    assert meeting["agenda_items"][3]["paper"] == PAPER_URL


def test_agenda_item_paper_reference(meeting):
    assert meeting["agenda_items"][3]["paper_reference"] == "0463/2026"


def test_agenda_item_documents(meeting):
    assert len(meeting["agenda_items"][3]["files"]) == 3


def test_agenda_item_public(meeting):
    assert meeting["agenda_items"][0]["public"] is True


def test_consultation_of_a_paper_at_this_meeting(meeting):
    ours = [c for c in meeting["consultations"] if c["paper"] == PAPER_URL]
    assert (ours[0]["organization_name"], ours[0]["date"]) == ("Haupt- und Finanzausschuss", "2026-09-08")


# ---- page kinds and layout changes

@pytest.mark.parametrize("url, kind", [
    (PAPER_URL, "paper"), (CALENDAR_URL, "calendar"), (MEETING_URL, "meeting"),
    (KOBLENZ_URL, "paper"), (KL + "info.asp", "start"), (KL + "vo0040.asp", "paper_list"),
])
def test_page_kind(url, kind):
    assert sessionnet.sessionnet_page_kind(url) == kind


def test_calendar_url_keeps_the_portal_flavour():
    assert sessionnet.sessionnet_calendar_url(KOBLENZ_URL, 2026, 10).endswith(
        "/buergerinfo/si0040.php?__cjahr=2026&__cmonat=10&__canz=1&__cselect=0")


def test_a_calendar_page_is_no_paper_page():
    """A page without the paper fields (here a real calendar month served at
    a paper address) raises LayoutChanged naming the page kind."""
    with pytest.raises(LayoutChanged) as err:
        sessionnet.parse_paper_page(page("sessionnet", "kaiserslautern_si0040-2026-09.html", PAPER_URL), PAPER_URL)
    assert err.value.page == "paper"


def test_a_paper_page_is_no_meeting_page():
    with pytest.raises(LayoutChanged):
        sessionnet.parse_meeting_page(page("sessionnet", "kaiserslautern_vo0050-19902.html", MEETING_URL),
                                      MEETING_URL)


def test_session_and_display_parameters_are_not_part_of_the_id():
    url = PAPER_URL + "&voselect=2331&__ctopic=4"
    assert sessionnet.parse_paper_page(page("sessionnet", "kaiserslautern_vo0050-19902.html", url), url)["id"] \
        == PAPER_URL


# ---- Münster: SessionNet 4.3.6 "sessionnetbi" (Layout 3, PHP)

MS = "https://www.stadt-muenster.de/sessionnet/sessionnetbi/"
MS_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "sessionnet" / "muenster"
MS_PAPERS = sorted(p.name for p in MS_DIR.glob("vo0050_kvonr-*.html"))


def ms_url(name: str) -> str:
    return MS + "vo0050.php?__kvonr=" + re.search(r"kvonr-(\d+)", name).group(1)


def ms_paper(kvonr: str) -> dict:
    name = f"vo0050_kvonr-{kvonr}.html"
    return sessionnet.parse_paper_page(page("sessionnet/muenster", name, ms_url(name)), ms_url(name))


def by_committee(paper: dict, committee: str, day: str) -> dict:
    return next(c for c in paper["consultations"]
                if c["organization_name"] == committee and c["date"] == day)


@pytest.fixture(scope="module")
def veggie():
    """A-R/0051/2011, held once in the Rat (TOP 44.5)."""
    return ms_paper("2004033462")


@pytest.fixture(scope="module")
def buergerservice():
    """V/0779/2014: 14 held consultations under "Beratungen" and the Rat of
    10.12.2014 under "Weitere Beratungsfolge"."""
    return ms_paper("2004037844")


def test_layout3_paper_reference(veggie):
    assert veggie["reference"] == "A-R/0051/2011"


def test_layout3_paper_type(veggie):
    assert veggie["paper_type"] == "Antrag an den Rat"


def test_layout3_paper_date(veggie):
    assert veggie["date"] == "2011-07-05"


def test_layout3_paper_title(veggie):
    assert veggie["name"] == "Vegetarischer Donnerstag in Münster - für Klima, Mensch, Umwelt und Tier"


def test_layout3_title_spans_the_line_break_of_the_betreff():
    """The Betreff of A-R/0047/2014 breaks the line before "Mitmachstadt"."""
    assert ms_paper("2004038093")["name"] == \
        "Stärkung der lokalen Demokratie - Münster auf dem Weg zur Mitmachstadt"


def test_layout3_paper_id_keeps_php(veggie):
    assert veggie["id"] == MS + "vo0050.php?__kvonr=2004033462"


def test_layout3_paper_documents_are_its_own_not_the_meetings():
    """The Beratungsfolge rows carry the meetings' Tagesordnung and
    Niederschrift; the paper's own document is the Originalantrag."""
    assert [f["name"] for f in ms_paper("2004038029")["files"]] == ["Originalantrag"]


def test_layout3_document_id_is_its_number():
    """Documents open by posting a form; the id is the number in the page's
    SMCINFO comment (do.bi.389222113)."""
    assert ms_paper("2004038029")["files"][0]["id"] == MS + "getfile.php?id=389222113&type=do"


def test_layout3_document_download_is_the_form_as_query():
    url = ms_paper("2004038029")["files"][0]["download_url"]
    assert url.startswith(MS + "getfile.php?DO=2348322448596867399458345209384422276882929992870111")
    assert "&DT=A-R_0042_2014_Originalantrag&" in url


def test_layout3_document_is_a_pdf():
    assert ms_paper("2004038029")["files"][0]["mime_type"] == "application/pdf"


def test_layout3_held_consultation(veggie):
    c = veggie["consultations"][0]
    assert (c["organization_name"], c["date"], c["role"], c["result"]) == \
        ("Rat", "2011-07-13", "Antrag", "mehrheitlich beschlossen")


def test_layout3_consultation_meeting_and_agenda_item(veggie):
    c = veggie["consultations"][0]
    assert (c["meeting"], c["agenda_item_item"]["number"]) == (MS + "si0057.php?__ksinr=7797", "44.5")


def test_layout3_consultation_id_matches_the_meeting_page_form(veggie):
    """Paper plus meeting number, as parse_meeting_page names the same consultation."""
    assert veggie["consultations"][0]["id"] == MS + "vo0050.php?__kvonr=2004033462#__ksinr=7797"


def test_layout3_every_row_of_the_beratungsfolge(buergerservice):
    assert len(buergerservice["consultations"]) == 15


def test_layout3_held_and_planned_rows(buergerservice):
    assert [c["held"] for c in buergerservice["consultations"]] == [True] * 14 + [False]


def test_layout3_planned_row_has_no_result(buergerservice):
    rat = by_committee(buergerservice, "Rat", "2014-12-10")
    assert (rat["role"], rat["result"], rat["outcome"]) == ("Entscheidung", None, None)


def test_layout3_decisive_committee_is_authoritative(buergerservice):
    assert by_committee(buergerservice, "Rat", "2014-12-10")["authoritative"] is True


def test_layout3_amended_result(buergerservice):
    c = by_committee(buergerservice, "Ausschuss für Umweltschutz, Klimaschutz und Bauwesen", "2014-11-19")
    assert (c["result"], c["outcome"], c["role"]) == ("einstimmig geändert beschlossen", "amended", "Vorberatung")


def test_layout3_removed_from_the_agenda_is_postponed(buergerservice):
    """BV Mitte took it off its agenda on 18.11. and decided on 02.12.2014."""
    c = by_committee(buergerservice, "Bezirksvertretung Münster-Mitte", "2014-11-18")
    assert (c["result"], c["outcome"]) == ("von der Tagesordnung abgesetzt", "postponed")


def test_layout3_passed_on_without_a_vote_is_postponed(buergerservice):
    """Read as the same words in a document's result column are (extract.decisions)."""
    c = by_committee(buergerservice, "Integrationsrat", "2014-11-25")
    assert (c["result"], c["outcome"]) == ("ohne Beschlussfassung geschoben", "postponed")


def test_layout3_noted_result():
    c = ms_paper("2004038067")["consultations"][0]
    assert (c["organization_name"], c["result"], c["outcome"]) == \
        ("Bezirksvertretung Münster-Mitte", "zur Kenntnis genommen", "noted")


def test_layout3_held_row_without_result():
    """V/0939/2014: the Haupt- und Finanzausschuss of 03.12.2014 is listed
    under "Beratungen" with empty TOP and Beschluss cells."""
    c = by_committee(ms_paper("2004038079"), "Haupt- und Finanzausschuss", "2014-12-03")
    assert (c["held"], c["result"], c["agenda_item_item"]["number"]) == (True, None, None)


@pytest.mark.parametrize("name", MS_PAPERS)
def test_layout3_every_dated_row_is_a_consultation(name):
    """Each date link of a Beratungsfolge row (``to0040.php?__ksinr=``)
    becomes one consultation with a committee and a date."""
    raw = (MS_DIR / name).read_bytes()
    paper = sessionnet.parse_paper_page(page("sessionnet/muenster", name, ms_url(name)), ms_url(name))
    assert len(paper["consultations"]) == raw.count(b'href="to0040.php?__ksinr=') > 0
    assert all(c["organization_name"] and c["date"] for c in paper["consultations"])


@pytest.fixture(scope="module")
def ms_list():
    url = MS + "vo0042.php"
    return sessionnet.parse_paper_list_page(page("sessionnet/muenster", "vo0042.php.html", url), url)


def test_paper_list_links_every_paper(ms_list):
    assert len(ms_list) == 56


def test_paper_list_first_paper(ms_list):
    assert (ms_list[0]["id"], ms_list[0]["reference"]) == \
        (MS + "vo0050.php?__kvonr=2004038094", "AIR/0002/2014")


def test_paper_list_title_is_whole(ms_list):
    """The link text is cut short ("... auf Vorschlag des ..."); its title is whole."""
    assert ms_list[0]["name"] == "Entsendung sachkundiger Einwohner/innen auf Vorschlag des Integrationsrates"


def test_a_paper_page_is_no_paper_list():
    with pytest.raises(LayoutChanged) as err:
        sessionnet.parse_paper_list_page(page("sessionnet", "kaiserslautern_si0057-2331.html", KL + "vo0042.asp"),
                                         KL + "vo0042.asp")
    assert err.value.page == "paper_list"


def test_layout3_beratungsfolge_row_lists_the_meetings_documents(veggie):
    """The Rat of 13.07.2011: Tagesordnung öffentlich, its Nachtrag and the
    Niederschrift öffentlich, documents of that meeting, not of the paper."""
    files = veggie["consultations"][0]["meeting_item"]["files"]
    assert [(f["name"], f["meeting"], f["paper"]) for f in files] == [
        ("Tagesordnung öffentlich", MS + "si0057.php?__ksinr=7797", None),
        ("Tagesordnung Nachtrag öffentlich", MS + "si0057.php?__ksinr=7797", None),
        ("Niederschrift öffentlich", MS + "si0057.php?__ksinr=7797", None)]


def test_paper_list_title_keeps_its_own_colon(ms_list):
    """Only the link's "Vorlage anzeigen: " goes, not the colon of the Betreff."""
    roxel = next(p for p in ms_list if p["id"].endswith("=2004038079"))
    assert roxel["name"] == "Schulzentrum Roxel: Einrichtung eines Teilstandortes des Ludwig-Erhard-Berufskollegs"
