"""The offline demo (`make demo` without serving): real crawl of the recorded
portals, extraction, database."""
from __future__ import annotations

import json
import subprocess
import sys

import sqlite_utils

from crawler import serve, store
from crawler import datasette_plugin
from tests.conftest import ROOT


def test_demo_builds_a_database_of_several_real_portals(tmp_path):
    db_path = tmp_path / "ris.db"
    done = subprocess.run([sys.executable, "-m", "crawler.demo", "--db", str(db_path),
                           "--files", str(tmp_path / "files"), "--no-serve"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    db = sqlite_utils.Database(db_path)  # as the demo left it
    vendors = {r["vendor"] for r in db.query("select distinct vendor from papers")}
    assert {"oparl", "allris", "sessionnet"} <= vendors
    # ids are the portals' own URLs, not the replay server's
    assert db.execute("select count(*) from papers where id like 'http://127.0.0.1%'").fetchone()[0] == 0
    # a recorded Karlsruhe paper and the amounts extracted from its document
    # (the "Naturpark Schwarzwald Mitte Nord" text names Euro amounts)
    paper = "https://web1.karlsruhe.de/oparl/bodies/0001/papers/vo/34841"
    assert db.execute("select count(*) from papers where id = ?", [paper]).fetchone()[0] == 1
    assert db.execute("select count(*) from amounts where paper = ?", [paper]).fetchone()[0] > 0
    # the search names the municipality read from the text where the portal's
    # body object was not recorded (Karlsruhe's), and links the PDF
    search = json.loads(serve.METADATA_FILE.read_text("utf-8"))["databases"]["ris"]["queries"]["search_papers"]["sql"]
    datasette_plugin.prepare_connection(db.conn)  # the SQL functions the canned queries call
    hit = [r for r in db.query(search, {"q": "Naturpark"}) if r["paper"] == paper]
    assert [(h["body"], h["matched_in"]) for h in hit] == [("Karlsruhe", "title")] and hit[0]["pdf_url"]
    # every paper and file is in the search indexes, and each index matches its rows
    counts = db.execute("select (select count(*) from papers), (select count(*) from papers_fts), "
                        "(select count(*) from papers_titles_fts), (select count(*) from files), "
                        "(select count(*) from files_fts_docsize)").fetchone()
    assert counts[0] == counts[1] == counts[2] and counts[3] == counts[4]
    for table in store.SEARCH_TABLES:
        db.execute(f"insert into {table}({table}) values ('integrity-check')")
    # the summary tables were stored when the crawl and the build ended
    assert not store.summaries_stale(db)
    assert db.execute("select sum(mentions) from amount_facts where paper = ?", [paper]).fetchone()[0] == \
        db.execute("select count(*) from amounts where paper = ?", [paper]).fetchone()[0]
    # funding: every fact with its municipality (Karlsruhe's from the registry,
    # its Body object was not recorded) and a link to its paper, each fact once,
    # and a minus sign only where the text prints one
    funding = list(db.query("select * from funding"))
    assert funding and all(r["municipality"] and r["paper_url"] for r in funding)
    assert len({(r["paper"], r["value_text"], r["role"]) for r in funding}) == len(funding)
    assert all(r["amount_text"].lstrip().startswith(("-", "−")) for r in funding if r["value"] < 0)
    assert {r["municipality"] for r in funding if r["paper"].startswith("https://web1.karlsruhe.de/")} == {
        "Stadt Karlsruhe"}
    # committee_decisions: Karlsruhe's consultations name no committee (its
    # Organization objects were not recorded); the Beratungsfolge of the text does
    queries = json.loads(serve.METADATA_FILE.read_text("utf-8"))["databases"]["ris"]["queries"]
    decided = list(db.query(queries["committee_decisions"]["sql"],
                            {"committee": "Gemeinderat", "date_from": "", "date_to": ""}))
    assert decided and all(r["committee"] == "Gemeinderat" for r in decided)
    assert any(r["paper_url"].startswith("https://web1.karlsruhe.de/") for r in decided)
