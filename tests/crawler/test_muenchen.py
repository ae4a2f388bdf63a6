"""RIS München parse functions on pages saved by muenchen-transparent
(risi.muenchen.de, 2021-2022); sources in tests/fixtures/SOURCES.md."""
from __future__ import annotations

import pytest

from crawler.spiders import muenchen
from crawler.spiders.portal import LayoutChanged
from tests.crawler.html_pages import page

RISI = "https://risi.muenchen.de/risi/"
VORLAGE_URL = RISI + "sitzungsvorlage/detail/6752652"
ANTRAG_URL = RISI + "antrag/detail/6842474"
BA_ANTRAG_URL = RISI + "antrag/detail/6466910"
MEETING_URL = RISI + "sitzung/detail/6431692"
AGENDA_URL = MEETING_URL + "/tagesordnung/oeffentlich"


@pytest.fixture(scope="module")
def vorlage():
    return muenchen.parse_paper_page(page("muenchen", "StadtratsvorlageParser_Dokument1.html", VORLAGE_URL),
                                     VORLAGE_URL)


@pytest.fixture(scope="module")
def antrag():
    return muenchen.parse_paper_page(page("muenchen", "AntragParser_Stadtrat1.html", ANTRAG_URL), ANTRAG_URL)


@pytest.fixture(scope="module")
def meeting():
    return muenchen.parse_meeting_page(page("muenchen", "CalendarParser_Data1.html", MEETING_URL), MEETING_URL)


@pytest.fixture(scope="module")
def agenda():
    return muenchen.parse_agenda_page(page("muenchen", "CalendarParser_AgendaPublic1.html", AGENDA_URL),
                                      AGENDA_URL)


def test_vorlage_id(vorlage):
    assert vorlage["id"] == VORLAGE_URL


def test_vorlage_reference(vorlage):
    assert vorlage["reference"] == "20-26 / V 04180"


def test_vorlage_title(vorlage):
    assert vorlage["name"] == ("Aufbau eines Referats für Klima- und Umweltschutz und eines "
                               "Gesundheitsreferats - IT-Teil (öffentliche Vorlage)")


def test_vorlage_type(vorlage):
    assert vorlage["paper_type"] == "Beschlussvorlage VB"


def test_vorlage_date_is_the_release(vorlage):
    assert vorlage["date"] == "2021-09-10"


def test_vorlage_department(vorlage):
    assert vorlage["under_direction_of"] == "IT-Referat"


def test_vorlage_state(vorlage):
    assert vorlage["state"] == "Endgültiger Beschluss"


def test_vorlage_first_document(vorlage):
    first = vorlage["files"][0]
    assert (first["name"], first["download_url"]) == ("Vorblatt VV V 04180.pdf", RISI + "dokument/v/6803736")


def test_vorlage_document_size_in_bytes(vorlage):
    assert vorlage["files"][0]["size"] == 58 * 1024


def test_vorlage_result_meeting(vorlage):
    assert vorlage["consultations"][0]["meeting"] == RISI + "sitzung/detail/6429914"


def test_vorlage_result_committee(vorlage):
    assert vorlage["consultations"][0]["organization_name"] == "Vollversammlung"


def test_vorlage_result_date(vorlage):
    assert vorlage["consultations"][0]["date"] == "2021-09-29"


def test_vorlage_result_agenda_item(vorlage):
    assert vorlage["consultations"][0]["agenda_item"] == RISI + "sitzung/top/6784575"


def test_antrag_reference_without_state(antrag):
    assert antrag["reference"] == "20-26 / A 02018"


def test_antrag_originator(antrag):
    assert antrag["originator"] == "SPD / Volt - Fraktion, Fraktion Die Grünen - Rosa Liste"


def test_antrag_date_is_the_filing(antrag):
    assert antrag["date"] == "2021-10-13"


def test_antrag_type(antrag):
    assert antrag["paper_type"] == "Änderungsantrag"


def test_ba_antrag_originator_is_the_district_committee():
    ba = muenchen.parse_paper_page(page("muenchen", "AntragParser_BAAntrag1.html", BA_ANTRAG_URL), BA_ANTRAG_URL)
    assert ba["originator"] == "05 - Au-Haidhausen"


def test_meeting_committee(meeting):
    assert meeting["organization_name"] == "Ausschuss für Stadtplanung und Bauordnung"


def test_meeting_start(meeting):
    assert meeting["start"] == "2021-12-01T09:30:00"


def test_meeting_location(meeting):
    assert meeting["location"] == "Großer Sitzungssaal"


def test_meeting_agenda_pages(meeting):
    assert meeting["agenda_urls"] == [MEETING_URL + "/tagesordnung/nichtoeffentlich", AGENDA_URL]


def test_meeting_documents(meeting):
    assert meeting["files"][0]["name"] == "1. Nachtrag (oeff).pdf"


def test_agenda_item_count(agenda):
    assert len(agenda) == 23


def test_agenda_item_number(agenda):
    assert agenda[0]["number"] == "1."


def test_agenda_item_title(agenda):
    assert agenda[0]["name"].startswith("Städtische Wohnungsbaugesellschaften")


def test_agenda_item_id(agenda):
    assert agenda[0]["id"] == RISI + "sitzung/top/6914188"


def test_agenda_item_papers(agenda):
    assert agenda[0]["papers"] == [RISI + "antrag/detail/6947685", RISI + "antrag/detail/6947723",
                                   RISI + "sitzungsvorlage/detail/6908536"]


def test_agenda_item_decision_document(agenda):
    assert agenda[0]["files"][0]["download_url"] == RISI + "dokument/v/6950363"


def test_agenda_public(agenda):
    assert agenda[0]["public"] is True


def test_calendar_fragment_meeting_links():
    """The fragment was saved without its address; its links ("./sitzung/detail/...")
    are relative to /risi/."""
    links = muenchen.muenchen_meeting_links(page("muenchen", "CalendarParser_index.html", RISI), RISI)
    assert RISI + "sitzung/detail/6953202" in links


@pytest.mark.parametrize("url, kind", [
    (VORLAGE_URL, "paper"), (ANTRAG_URL, "paper"), (MEETING_URL, "meeting"),
    (AGENDA_URL, "agenda"), (RISI + "sitzung/top/6914188/entscheidung", "agenda_item"),
])
def test_page_kind(url, kind):
    assert muenchen.muenchen_page_kind(url) == kind


def test_a_meeting_page_is_no_paper_page():
    with pytest.raises(LayoutChanged):
        muenchen.parse_paper_page(page("muenchen", "CalendarParser_Data1.html", VORLAGE_URL), VORLAGE_URL)


# ---- list pages that link papers

def test_paper_list_fragment_links_every_paper():
    """The saved search result of Sitzungsvorlagen (a fragment whose links
    "./sitzungsvorlage/detail/..." are relative to /risi/) lists 77 papers;
    the first is Sitzungsvorlage 20-26 / V 05277."""
    links = muenchen.muenchen_paper_links(page("muenchen", "StadtratsvorlageParser_index.html", RISI), RISI)
    assert len(links) == 77
    assert RISI + "sitzungsvorlage/detail/6950639" in links


def test_antrag_list_fragment_links():
    links = muenchen.parse_list_page(page("muenchen", "StadtratsantragParser_index.html", RISI), RISI)
    assert RISI + "antrag/detail/6878706" in links


def test_antraege_of_a_vorlage():
    """Sitzungsvorlage 20-26 / V 02182 answers two Anträge."""
    url = RISI + "sitzungsvorlage/detail/antraege/6336314"
    links = muenchen.parse_list_page(page("muenchen", "StadtratsvorlageParser_Antragsliste1.html", url), url)
    assert links == [RISI + "antrag/detail/6447494", RISI + "antrag/detail/6447830"]


def test_a_list_page_links_no_paper_of_a_meeting_page():
    """The meeting list fragment links meetings, not papers."""
    assert muenchen.muenchen_paper_links(page("muenchen", "CalendarParser_index.html", RISI), RISI) == []


# ---- an agenda item's decision page

DECISION_URL = RISI + "sitzung/top/6930396/entscheidung"
DISCLOSURE_URL = RISI + "sitzung/top/6894347/veroeffentlichung"


@pytest.fixture(scope="module")
def decision():
    return muenchen.parse_agenda_item_page(
        page("muenchen", "CalendarParser_AgendaDecision1.html", DECISION_URL), DECISION_URL)


@pytest.fixture(scope="module")
def disclosure():
    return muenchen.parse_agenda_item_page(
        page("muenchen", "CalendarParser_AgendaDisclosure1.html", DISCLOSURE_URL), DISCLOSURE_URL)


def test_decision_page_is_the_agenda_item(decision):
    """Same id as the agenda page gives the item (its ``sitzung/top/<n>``)."""
    assert decision["id"] == RISI + "sitzung/top/6930396"


def test_decision_page_result(decision):
    """TOP 20. of the Ausschuss für Stadtplanung und Bauordnung, 1.12.2021:
    "Entscheidung: ohne Entscheidung", which is no outcome."""
    assert (decision["number"], decision["public"], decision["result"], decision["outcome"]) == \
        ("20.", True, "ohne Entscheidung", None)


def test_closed_item_gives_its_notice(disclosure):
    """TOP 2. (Nichtöffentlich): the "Bekanntgabe nach Art. 52 Abs. 3 GO"."""
    assert (disclosure["public"], disclosure["result"]) == \
        (False, "Der Beschluss unterliegt auf Dauer der Geheimhaltung.")


def test_agenda_links_the_decision_pages(agenda):
    """Every item of the public agenda of 1.12.2021 links its decision page."""
    assert agenda[0]["decision_url"] == RISI + "sitzung/top/6914188/entscheidung"
    assert all(item["decision_url"] for item in agenda)


def test_a_meeting_page_is_no_decision_page():
    with pytest.raises(LayoutChanged):
        muenchen.parse_agenda_item_page(page("muenchen", "CalendarParser_Data1.html", DECISION_URL), DECISION_URL)
