"""SessionNet parse functions on recorded pages of Kaiserslautern (5.4.6,
ASP) and Koblenz (5.4.7, PHP); sources in tests/fixtures/SOURCES.md."""
from __future__ import annotations

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
