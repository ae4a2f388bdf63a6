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
