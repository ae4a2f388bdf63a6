"""ALLRIS parse functions on recorded pages: ALLRIS net 3.9.5 of the Hamburg
districts (classic .asp, ISO-8859-1) and ALLRIS net 4.1.5 of Laatzen
(/public/vo020); sources in tests/fixtures/SOURCES.md."""
from __future__ import annotations

import pytest

from crawler.spiders import allris
from crawler.spiders.portal import LayoutChanged
from tests.crawler.html_pages import page

ALTONA = "https://sitzungsdienst-altona.hamburg.de/bi/"
PAPER_URL = ALTONA + "vo020.asp?VOLFDNR=1018473"
MEETING_URL = ALTONA + "to010.asp?SILFDNR=1004086"
ITEM_URL = ALTONA + "to020.asp?TOLFDNR=1049839"
BERGEDORF_URL = "https://sitzungsdienst-bergedorf.hamburg.de/bi/vo020.asp?VOLFDNR=1009833"
NORD_URL = "https://sitzungsdienst-hamburg-nord.hamburg.de/bi/vo020.asp?VOLFDNR=1016851"
# si010_e was recorded without its address; month and district from the page
CALENDAR_URL = "https://sitzungsdienst-hamburg-nord.hamburg.de/bi/si010_e.asp?MM=10&YY=2023"
LAATZEN_URL = "http://ratsinfo.laatzen.de/public/vo020?VOLFDNR=1000238"
LATIN1 = "text/html; charset=iso-8859-1"


@pytest.fixture(scope="module")
def paper():
    return allris.parse_paper_page(page("allris", "altona_vo020.html", PAPER_URL, LATIN1), PAPER_URL)


@pytest.fixture(scope="module")
def bergedorf():
    return allris.parse_paper_page(page("allris", "bergedorf_vo020.html", BERGEDORF_URL, LATIN1),
                                   BERGEDORF_URL)


@pytest.fixture(scope="module")
def meeting():
    return allris.parse_meeting_page(page("allris", "altona_to010.html", MEETING_URL, LATIN1), MEETING_URL)


@pytest.fixture(scope="module")
def item():
    return allris.parse_agenda_item_page(page("allris", "altona_to020.html", ITEM_URL, LATIN1), ITEM_URL)


@pytest.fixture(scope="module")
def calendar():
    return allris.parse_calendar_page(page("allris", "misc_si010_e.html", CALENDAR_URL, LATIN1),
                                      CALENDAR_URL)


@pytest.fixture(scope="module")
def laatzen():
    return allris.parse_paper_page(page("allris", "laatzen_vo020-1000238.html", LAATZEN_URL), LAATZEN_URL)


# ---- classic vo020

def test_paper_id(paper):
    assert paper["id"] == PAPER_URL


def test_paper_reference(paper):
    assert paper["reference"] == "22-2362"


def test_paper_title_keeps_its_line_break(paper):
    assert paper["name"] == "Umleitung der Metrobuslinie 1\nBeschlussempfehlung des Mobilitätsausschusses"


def test_paper_type(paper):
    assert paper["paper_type"] == "Beschlussempfehlung öffentlich"


def test_paper_lead_office(paper):
    assert paper["under_direction_of"] == "Geschäftsstelle der Bezirksversammlung"


def test_paper_public(paper):
    assert paper["public"] is True


def test_paper_originator(bergedorf):
    assert bergedorf["originator"] == "Fraktion GRÜNE Bergedorf\nFraktion DIE LINKE\nSPD-Fraktion"


def test_paper_main_document_by_get(paper):
    assert paper["files"][0]["download_url"] == ALTONA + "do027.asp?DOLFDNR=1543908&options=64"


def test_paper_attachment(paper):
    assert paper["files"][1]["name"] == ("22-M2076.1 Metrobuslinie 1 - Anbindung des Marion "
                                         "Dönhoff Gymnasiums mit regulären Bussen wiederherstellen")


def test_paper_attachment_listed_twice_is_one_file(paper):
    assert len(paper["files"]) == 2


def test_paper_resolution_proposal(paper):
    assert paper["resolution_text"] == "Petitum:\nDer Hauptauschuss wird um Zustimmung gebeten."


def test_paper_text_is_the_sachverhalt(paper):
    assert paper["text"].startswith("Der Mobilitätsausschuss empfiehlt dem Hauptausschuss einstimmig")


def test_consultation_committee(paper):
    assert paper["consultations"][0]["organization_name"] == "Hauptausschuss"


def test_consultation_date(paper):
    assert paper["consultations"][0]["date"] == "2026-07-09"


def test_consultation_meeting(paper):
    assert paper["consultations"][0]["meeting"] == ALTONA + "to010.asp?SILFDNR=1004364"


def test_consultation_agenda_item(paper):
    assert paper["consultations"][0]["agenda_item"] == ALTONA + "to020.asp?TOLFDNR=1056127"


def test_consultation_status(paper):
    assert paper["consultations"][0]["status"] == "Geplant"


def test_consultation_without_meeting_yet(bergedorf):
    c = bergedorf["consultations"][0]
    assert (c["organization_name"], c["meeting"], c["status"]) == ("Bezirksversammlung Bergedorf", None, "Bereit")


def test_paper_authors_are_people_on_some_portals():
    """Hamburg-Nord names the authors of a motion as persons ("Verfasser")."""
    nord = allris.parse_paper_page(page("allris", "hamburg_nord_vo020.html", NORD_URL, LATIN1), NORD_URL)
    assert nord["originator"] == "Thorsten Schmidt\nDaniela Clément"


# ---- classic to010

def test_meeting_name(meeting):
    assert meeting["name"] == "Sitzung des Mobilitätsausschusses"


def test_meeting_committee(meeting):
    assert meeting["organization_name"] == "Mobilitätsausschuss"


def test_meeting_committee_id(meeting):
    assert meeting["organization"] == ALTONA + "au020.asp?AULFDNR=235"


def test_meeting_start(meeting):
    assert meeting["start"] == "2025-11-03T18:00:00"


def test_meeting_end(meeting):
    assert meeting["end"] == "2025-11-03T19:45:00"


def test_meeting_location_joins_room_and_address(meeting):
    assert meeting["location"].startswith("Sitzungsraum des Technischen Rathauses (EG), Jessenstraße 1")


def test_meeting_documents(meeting):
    assert [f["name"] for f in meeting["files"]] == [
        "Aktuelle TO", "Alle Dokumente zur Sitzung im Paket", "Einladung", "Niederschrift öffent. Teil"]


def test_agenda_item_count(meeting):
    assert len(meeting["agenda_items"]) == 20


def test_agenda_item_number(meeting):
    assert meeting["agenda_items"][2]["number"] == "Ö 2.1"


def test_agenda_item_id(meeting):
    assert meeting["agenda_items"][2]["id"] == ALTONA + "to020.asp?TOLFDNR=1052638"


def test_agenda_item_paper_reference(meeting):
    assert meeting["agenda_items"][2]["paper_reference"] == "22-1471"


def test_agenda_item_result(meeting):
    assert meeting["agenda_items"][2]["result"] == "zur Kenntnis genommen"


def test_agenda_item_open_result_is_none(meeting):
    assert meeting["agenda_items"][0]["result"] is None


# ---- classic to020: decision and vote

def test_item_number(item):
    assert item["number"] == "Ö 2.1"


def test_item_decision(item):
    assert item["result"] == "zur Kenntnis genommen"


def test_item_vote_text(item):
    assert item["votes"] == "Der Ausschuss nimmt die Drucksache zur Kenntnis."


def test_item_minutes_join_split_letters(item):
    """Converted Word text splits words into letter spans ("V" "ertagt")."""
    assert item["minutes_text"].startswith("Vertagt aus der Sitzung vom 17.02.2025.")


def test_item_meeting(item):
    assert item["meeting"] == ALTONA + "to010.asp?SILFDNR=1004078"


def test_item_paper(item):
    assert item["paper"] == ALTONA + "vo020.asp?VOLFDNR=1016196"


def test_item_paper_reference(item):
    assert item["paper_reference"] == "22-0621"


def test_item_date(item):
    assert item["date"] == "2025-03-03"


def test_item_consultation_matches_the_paper_page_id(item):
    assert item["consultation"] == ALTONA + "vo020.asp?VOLFDNR=1016196#SILFDNR=1004078"


# ---- classic si010_e calendar

def test_calendar_first_meeting(calendar):
    assert calendar[0]["name"] == "Sitzung des Haushaltsausschusses"


def test_calendar_meeting_start(calendar):
    assert calendar[0]["start"] == "2023-10-04T18:00:00"


def test_calendar_meeting_address(calendar):
    assert calendar[0]["id"] == "https://sitzungsdienst-hamburg-nord.hamburg.de/bi/to010.asp?SILFDNR=1002655"


def test_calendar_skips_entries_without_agenda(calendar):
    """Holidays and a faction meeting without TO link are not meetings to crawl."""
    assert all(m["id"] for m in calendar)


# ---- ALLRIS 4 vo020

def test_v4_reference(laatzen):
    assert laatzen["reference"] == "2026/245"


def test_v4_title(laatzen):
    assert laatzen["name"].startswith("Bildungscampus Laatzen - Abschluss des Partizipationsprozeses")


def test_v4_type(laatzen):
    assert laatzen["paper_type"] == "Antrag"


def test_v4_lead_office(laatzen):
    assert laatzen["under_direction_of"] == "40 Bildung und Sport"


def test_v4_documents(laatzen):
    assert [f["name"] for f in laatzen["files"]][:2] == ["Vorlage", "Sammeldokument"]


def test_v4_consultation_role(laatzen):
    assert laatzen["consultations"][0]["role"] == "Anhörung"


def test_v4_consultation_meeting(laatzen):
    assert laatzen["consultations"][0]["meeting"] == "http://ratsinfo.laatzen.de/public/to010?SILFDNR=1000022"


def test_v4_consultation_result(laatzen):
    vertagt = [c for c in laatzen["consultations"] if c["result"]]
    assert (vertagt[0]["organization_name"], vertagt[0]["date"], vertagt[0]["result"]) == (
        "Schulausschuss", "2026-06-29", "vertagt")


def test_v4_committee_with_two_meetings_gives_two_consultations(laatzen):
    school = [c["date"] for c in laatzen["consultations"] if c["organization_name"] == "Schulausschuss"]
    assert school[:2] == ["2026-06-29", "2026-09-01"]


def test_v4_nonpublic_committee(laatzen):
    va = [c for c in laatzen["consultations"] if c["organization_name"].startswith("Verwaltungsausschuss")]
    assert va[0]["public"] is False


# ---- page kinds and layout changes

@pytest.mark.parametrize("url, kind", [
    (PAPER_URL, "paper"), (MEETING_URL, "meeting"), (ITEM_URL, "agenda_item"),
    (CALENDAR_URL, "calendar"), (LAATZEN_URL, "paper"), (ALTONA + "allris.net.asp", "start"),
])
def test_page_kind(url, kind):
    assert allris.allris_page_kind(url) == kind


def test_a_meeting_page_is_no_paper_page():
    with pytest.raises(LayoutChanged) as err:
        allris.parse_paper_page(page("allris", "altona_to010.html", PAPER_URL, LATIN1), PAPER_URL)
    assert err.value.page == "paper"


def test_a_paper_page_is_no_agenda_item_page():
    with pytest.raises(LayoutChanged):
        allris.parse_agenda_item_page(page("allris", "altona_vo020.html", ITEM_URL, LATIN1), ITEM_URL)


def test_encoding_from_the_page_when_the_server_does_not_say():
    """Hamburg's pages declare ISO-8859-1 only in the page itself."""
    response = page("allris", "altona_vo020.html", PAPER_URL, "text/html")
    assert allris.parse_paper_page(response, PAPER_URL)["under_direction_of"] == \
        "Geschäftsstelle der Bezirksversammlung"


def test_links_to_papers_of_an_allris4_page():
    """ALLRIS 4 links carry Wicket state; the link is reduced to the object."""
    links = allris.allris_links(page("allris", "laatzen_vo020-1000238.html", LAATZEN_URL), LAATZEN_URL,
                                "to010", "SILFDNR")
    assert links[0] == "http://ratsinfo.laatzen.de/public/to010?SILFDNR=1000022"
