"""The files pipeline against local servers that misbehave the way real
portals do: many documents at once with extraction on, downloads that fail
and must be tried again, relative and non-http file URLs, URLs that made
colliding storage paths, and files too large to hold in memory.

Sites are built from the recorded Hürtgenwald paper (page 85 of its paper
list, ``tests/fixtures/sites/oparl-huertgenwald``) and the recorded Karlsruhe
OParl objects; the documents served are real council PDFs
(``tests/fixtures/documents``).
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from tests.conftest import FIXTURES, SITES, run_crawl
from tests.crawler.oparl_sites import load, write_site

KOBLENZ = FIXTURES / "documents" / "koblenz_UV-0310-2025_Unterrichtungsvorlage.pdf"
STUTTGART = FIXTURES / "documents" / "stuttgart_gr_2019-03-28_Niederschrift-66_TOP1e.pdf"
HUERTGENWALD_PAPER = SITES / "oparl-huertgenwald" / "paper_list_page-85.json"
FILES = 60  # enough small PDFs at once that extraction in threads crashed the crawl


def paper_with_files(access_urls: list[str]) -> dict:
    """The recorded Hürtgenwald paper with one auxiliary file per URL (ids
    ``.../file/test-<n>``), the main file dropped."""
    paper = load(HUERTGENWALD_PAPER)["data"][0]
    template = paper["auxiliaryFile"][0]
    files = []
    for n, url in enumerate(access_urls):
        files.append({**template, "id": template["id"].rsplit("/", 1)[0] + f"/test-{n}",
                      "accessUrl": url})
        files[-1].pop("downloadUrl", None)
    paper = {**paper, "auxiliaryFile": files}
    paper.pop("mainFile")
    return paper


def files_url(n: int, name: str = "Vorlage.pdf") -> str:
    paper = load(HUERTGENWALD_PAPER)["data"][0]
    base = paper["mainFile"]["accessUrl"].rsplit("/", 2)[0]
    return f"{base}/doc-{n}/{name}"


def test_many_small_pdfs_at_once_are_all_extracted(tmp_path, replay):
    """Sixty small council PDFs downloaded at once with extraction
    on: the crawl ends normally and every file's extraction is stored (the
    PDF library is not thread-safe; extraction in threads crashed here)."""
    documents = [KOBLENZ.read_bytes(), STUTTGART.read_bytes()]
    urls = [files_url(n) for n in range(FILES)]
    paper = paper_with_files(urls)
    answers = {paper["id"]: paper}
    answers.update({url: (documents[n % 2], 200, "application/pdf") for n, url in enumerate(urls)})
    server = replay(write_site(tmp_path / "site", answers))
    for attempt in range(2):
        db = tmp_path / f"run-{attempt}" / "ris.db"
        result = run_crawl(["-a", f"url={server.local_url(paper['id'])}"], db, extract=True,
                           settings={"RIS_EXTRACT_PROCESSES": "2"})
        assert result.returncode == 0, result.log[-3000:]
        rows = result.rows("files")
        assert len(rows) == FILES
        for row in rows:
            assert row["checksum"] in {hashlib.md5(d).hexdigest() for d in documents}
            assert row["extracted_checksum"] == row["checksum"], row["id"]
            assert row["extraction_error"] is None
        texts = {row["checksum"]: row["text"] for row in rows}
        assert "Max-von-Laue-Gymnasium" in texts[hashlib.md5(documents[0]).hexdigest()]
        assert "Gemeinderat" in texts[hashlib.md5(documents[1]).hexdigest()]
        assert len(result.rows("extractions")) == FILES
