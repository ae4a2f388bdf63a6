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
