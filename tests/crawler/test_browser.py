"""The published site in a real headless Chromium (Debian ``chromium``):
what a visitor sees on the index, a faceted table, a canned query and the
chart page. Screenshots go to test-artifacts/browser/ (git-ignored)."""
from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
from datasette.utils import tilde_encode

from crawler import serve
from tests.crawler import publish_fixture as fx

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"
BONUS_PDF = "https://web1.karlsruhe.de/oparl/bodies/0001/downloadfiles/a/00149948.pdf"

pytestmark = pytest.mark.skipif(not CHROMIUM, reason="chromium (Debian package chromium) not installed")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("site")
    db_path = tmp / "ris.db"
    fx.build(db_path).close()
    meta = tmp / "metadata.json"
    meta.write_text(json.dumps(serve.metadata_for(db_path), ensure_ascii=False), encoding="utf-8")
    port = _free_port()
    proc = subprocess.Popen(serve.datasette_command(db_path, meta, port),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=1).read()
                break
            except OSError:
                time.sleep(0.25)
        else:
            pytest.fail("datasette did not start")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def browse(url: str, name: str) -> str:
    """Load ``url`` in headless Chromium, let its scripts run, save a
    screenshot as ``name``.png and return the rendered DOM."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / f"{name}.png"
    shot.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--window-size=1280,1400", "--virtual-time-budget=5000",
             f"--screenshot={shot}", "--dump-dom", url],
            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    return result.stdout


def visible_text(dom: str) -> str:
    dom = re.sub(r"<(script|style)\b.*?</\1>", " ", dom, flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", dom).split())


def test_index_shows_title_and_database(site):
    dom = browse(site + "/", "index")
    text = visible_text(dom)
    assert "Ratsinformationen: council papers of German municipalities" in text
    assert 'href="/ris"' in dom


def test_table_with_a_facet(site):
    dom = browse(site + "/ris/papers?_facet=vendor", "papers-facets")
    text = visible_text(dom)
    # the configured facets (body shown by its name) and the one asked for:
    # three recorded Karlsruhe papers (two Beschlussvorlagen), one Braunschweig protocol
    assert re.search(r"Stadt Karlsruhe\s+3", text) and re.search(r"Stadt Braunschweig\s+1", text)
    assert re.search(r"Beschlussvorlage\s+2", text) and re.search(r"oparl\s+3", text)
    assert "Weiterentwicklung Bonusprogramm Energetische Sanierung im Privatbereich" in text


def test_canned_query_shows_snippet_and_pdf_link(site):
    dom = browse(site + "/ris/amounts_by_search?q=Bonusprogramm&body=&year=", "amounts-by-search")
    text = visible_text(dom)
    assert "Die jährlichen Aufwendungen für das Bonusprogramm betrugen durchschnittlich rund 224.000 Euro." in text
    assert f'href="{BONUS_PDF}"' in dom


def test_chart_page_draws_both_charts(site):
    dom = browse(site + "/-/dashboards/overview", "dashboard")
    charts = re.findall(r'role="graphics-document".*?</svg>', dom, flags=re.S)
    assert len(charts) == 2
    bars, months = charts
    # bars per role (records.json: costs, budget lines and a grant)
    assert "budget" in bars and "grant" in bars and 'aria-roledescription="bar"' in bars
    assert "Papers" in months


def assert_no_error(text: str):
    for sign in ("Error", "error:", "no such column", "syntax error", "Traceback"):
        assert sign not in text, sign


def test_index_links_to_charts_csv_and_search(site):
    dom = browse(site + "/", "index-links")
    text = visible_text(dom)
    assert_no_error(text)
    assert "Charts: papers and money over time" in text
    assert "Every amount as CSV for German spreadsheets" in text
    assert 'href="/-/dashboards/overview"' in dom


def test_table_shows_rows_first_and_describes_columns_below(site):
    dom = browse(site + "/ris/amount_facts?_facet=currency", "amount-facts-facets")
    text = visible_text(dom)
    assert_no_error(text)
    # the Braunschweig amount of the protocol, 512.100,00 Euro, with its label, shown as money
    assert "Bereitstellung der überplanmäßigen Haushaltsmittel" in text and "512.100,00 €" in text
    assert re.search(r"Stadt Karlsruhe\s+9", text) and re.search(r"Stadt Braunschweig\s+1", text)
    assert text.index("Bereitstellung der überplanmäßigen Haushaltsmittel") < text.index("What the columns hold")


def test_search_with_a_hyphenated_term(site):
    dom = browse(site + "/ris/search_papers?q=SAP-Umstellung", "search-hyphenated")
    text = visible_text(dom)
    assert_no_error(text)
    # "4. SAP-Umstellung auf S/4HANA" in the Braunschweig protocol, highlighted in its snippet
    assert "Stadt Braunschweig" in text and "»SAP-Umstellung« auf S/4HANA" in text


def test_search_without_a_term_lists_the_newest_papers(site):
    text = visible_text(browse(site + "/ris/search_papers", "search-empty"))
    assert_no_error(text)
    assert "Klärwerk Karlsruhe, Sanierung der mechandischen Reinigungsstufe, BA 2" in text


def test_row_page_is_titled_by_the_paper_title(site):
    paper = "https://web1.karlsruhe.de/oparl/bodies/0001/papers/vo/33695"
    dom = browse(site + "/ris/papers/" + tilde_encode(paper), "paper-row")
    assert_no_error(visible_text(dom))
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", dom, flags=re.S).group(1)
    assert " ".join(h1.split()) == "Weiterentwicklung Bonusprogramm Energetische Sanierung im Privatbereich"


def test_amounts_show_as_the_document_writes_them(site):
    text = visible_text(browse(site + "/ris/largest_amounts?body=Karlsruhe&year=2014", "largest-amounts"))
    assert_no_error(text)
    assert "Das Fördervolumen betrug in diesem Zeitraum rund 640.000 €" in text
