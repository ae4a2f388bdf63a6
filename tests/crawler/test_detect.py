"""Vendor detection on recorded pages (tests/fixtures/SOURCES.md)."""
from __future__ import annotations

import pytest

from crawler.spiders.detect import detect_from_url, detect_vendor
from tests.crawler.html_pages import page

PAGES = [
    ("sessionnet", "kaiserslautern_vo0050-19902.html", "sessionnet"),
    ("sessionnet", "kaiserslautern_si0040-2026-09.html", "sessionnet"),
    ("sessionnet", "koblenz_vo0050-43205.php.html", "sessionnet"),
    ("allris", "altona_vo020.html", "allris"),
    ("allris", "misc_si010_e.html", "allris"),
    ("allris", "laatzen_vo020-1000238.html", "allris"),
    ("muenchen", "StadtratsvorlageParser_Dokument1.html", "muenchen"),
    ("muenchen", "CalendarParser_Data1.html", "muenchen"),
]


@pytest.mark.parametrize("folder, name, vendor", PAGES)
def test_vendor_from_markup_alone(folder, name, vendor):
    """Served from an address that says nothing (a proxy, a moved portal)."""
    assert detect_vendor(page(folder, name, "http://127.0.0.1:8080/portal/page")) == vendor


def test_unknown_portal_is_none():
    """Hannover's own "SIM" (Lotus Domino) is no supported vendor."""
    url = "https://e-government.hannover-stadt.de/lhhsimwebre.nsf/DS/0728-2026"
    assert detect_vendor(page("detect", "hannover_DS-0728-2026.html", url)) is None


def test_markup_wins_over_the_address():
    """A SessionNet page at an address that looks like ALLRIS."""
    response = page("sessionnet", "kaiserslautern_vo0050-19902.html", "https://host/bi/vo020.asp?VOLFDNR=1")
    assert detect_vendor(response) == "sessionnet"


def test_page_without_marks_falls_back_to_the_address():
    """München's list fragments have no title or meta tags."""
    response = page("muenchen", "CalendarParser_index.html", "https://risi.muenchen.de/risi/sitzung/uebersicht")
    assert detect_vendor(response) == "muenchen"


@pytest.mark.parametrize("url, vendor", [
    ("https://ratsinformation.stadt-koeln.de/infobi.asp", "sessionnet"),
    ("http://web3.karlsruhe.de/Gemeinderat/ris/bi/si0040.php", "sessionnet"),
    ("https://example.org/bi/vo0050.asp?__kvonr=1", "sessionnet"),
    ("https://sitzungsdienst-hamburg-mitte.hamburg.de/bi/allris.net.asp", "allris"),
    ("http://ratsinfo.laatzen.de/public/vo020?VOLFDNR=1000238", "allris"),
    ("https://ratsinfo.leipzig.de/bi/to020.asp?TOLFDNR=1012109", "allris"),
    ("https://risi.muenchen.de/risi/sitzung/uebersicht", "muenchen"),
    ("http://127.0.0.1:5000/risi.muenchen.de/risi/antrag/detail/1", "muenchen"),
    ("https://www.example.org/rathaus/", None),
])
def test_vendor_from_address(url, vendor):
    assert detect_from_url(url) == vendor


def test_binary_answer_falls_back_to_the_address():
    """A document (no markup) at a SessionNet address."""
    from scrapy.http import Response

    response = Response(url="https://example.org/bi/getfile.asp?id=1&type=do", body=b"%PDF-1.4")
    assert detect_vendor(response) == "sessionnet"


# ---- every recorded page is read as its kind, with no layout change

from pathlib import Path  # noqa: E402

from crawler.spiders import allris, muenchen, sessionnet  # noqa: E402
from crawler.spiders.portal import LayoutChanged  # noqa: E402

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
KL = "https://ris.kaiserslautern.de/buergerinfo/"
RISI = "https://risi.muenchen.de/risi/"
MS = "https://www.stadt-muenster.de/sessionnet/sessionnetbi/"
# fixture -> original address (tests/fixtures/SOURCES.md; list fragments
# saved without one get the folder their links are relative to)
ADDRESSES = {
    "sessionnet/kaiserslautern_vo0050-19902.html": KL + "vo0050.asp?__kvonr=19902",
    "sessionnet/kaiserslautern_si0040-2026-09.html":
        KL + "si0040.asp?__cjahr=2026&__cmonat=9&__canz=1&__cselect=0",
    "sessionnet/kaiserslautern_si0057-2331.html": KL + "si0057.asp?__ksinr=2331",
    "sessionnet/koblenz_vo0050-43205.php.html":
        "https://www.koblenz.de/verwaltung_politik/buergerinfo/vo0050.php?__kvonr=43205",
    "sessionnet/muenster/vo0042.php.html": MS + "vo0042.php",
    **{f"sessionnet/muenster/{p.name}": MS + "vo0050.php?__kvonr=" + p.stem.split("-")[1]
       for p in (FIXTURES / "sessionnet" / "muenster").glob("vo0050_kvonr-*.html")},
    "allris/altona_vo020.html": "https://sitzungsdienst-altona.hamburg.de/bi/vo020.asp?VOLFDNR=1018473",
    "allris/altona_to010.html": "https://sitzungsdienst-altona.hamburg.de/bi/to010.asp?SILFDNR=1004086",
    "allris/altona_to020.html": "https://sitzungsdienst-altona.hamburg.de/bi/to020.asp?TOLFDNR=1049839",
    "allris/bergedorf_vo020.html": "https://sitzungsdienst-bergedorf.hamburg.de/bi/vo020.asp?VOLFDNR=1009833",
    "allris/hamburg_nord_vo020.html":
        "https://sitzungsdienst-hamburg-nord.hamburg.de/bi/vo020.asp?VOLFDNR=1016851",
    "allris/misc_si010_e.html": "https://sitzungsdienst-hamburg-nord.hamburg.de/bi/si010_e.asp?MM=10&YY=2023",
    "allris/laatzen_vo020-1000238.html": "http://ratsinfo.laatzen.de/public/vo020?VOLFDNR=1000238",
    "muenchen/StadtratsvorlageParser_Dokument1.html": RISI + "sitzungsvorlage/detail/6752652",
    "muenchen/AntragParser_Stadtrat1.html": RISI + "antrag/detail/6842474",
    "muenchen/AntragParser_BAAntrag1.html": RISI + "antrag/detail/6466910",
    "muenchen/CalendarParser_Data1.html": RISI + "sitzung/detail/6431692",
    "muenchen/CalendarParser_AgendaPublic1.html": RISI + "sitzung/detail/6431692/tagesordnung/oeffentlich",
    "muenchen/CalendarParser_index.html": RISI,
    "muenchen/StadtratsvorlageParser_index.html": RISI,
    "muenchen/StadtratsantragParser_index.html": RISI,
    "muenchen/StadtratsvorlageParser_Antragsliste1.html": RISI + "sitzungsvorlage/detail/antraege/6336314",
    "muenchen/CalendarParser_AgendaDecision1.html": RISI + "sitzung/top/6930396/entscheidung",
    "muenchen/CalendarParser_AgendaDisclosure1.html": RISI + "sitzung/top/6894347/veroeffentlichung",
}
# the parse function the vendor's callbacks call for a page kind
READERS = {
    "sessionnet": (sessionnet.sessionnet_page_kind, {
        "paper": sessionnet.parse_paper_page, "meeting": sessionnet.parse_meeting_page,
        "calendar": sessionnet.parse_calendar_page, "paper_list": sessionnet.parse_paper_list_page}),
    "allris": (allris.allris_page_kind, {
        "paper": allris.parse_paper_page, "meeting": allris.parse_meeting_page,
        "agenda_item": allris.parse_agenda_item_page, "calendar": allris.parse_calendar_page}),
    "muenchen": (muenchen.muenchen_page_kind, {
        "paper": muenchen.parse_paper_page, "meeting": muenchen.parse_meeting_page,
        "agenda": muenchen.parse_agenda_page, "agenda_item": muenchen.parse_agenda_item_page,
        None: muenchen.parse_list_page,
        "start": muenchen.parse_list_page}),
}


def test_every_recorded_portal_page_has_an_address():
    """Each HTML page of sessionnet/, allris/, muenchen/ is in ADDRESSES."""
    pages = {p.relative_to(FIXTURES).as_posix() for folder in ("sessionnet", "allris", "muenchen")
             for p in (FIXTURES / folder).rglob("*.html")}
    assert pages == set(ADDRESSES)


@pytest.mark.parametrize("name", sorted(ADDRESSES))
def test_recorded_page_is_read_without_layout_change(name):
    folder, _, file = name.rpartition("/")
    url = ADDRESSES[name]
    response = page(folder, file, url)
    vendor = detect_vendor(response)
    kind_of, readers = READERS[vendor]
    try:
        found = readers[kind_of(url)](response, url)
    except LayoutChanged as err:
        pytest.fail(f"{name}: {err}")
    assert found
