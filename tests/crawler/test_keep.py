"""The keep stage and ``ris reparse``: a crawl keeps every parsed response;
reparsing them rebuilds the crawl's rows with no request leaving the
machine, and a changed parser's output arrives through ``reparse``."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from crawler.keep import ResponseStore
from tests.conftest import ROOT, SITES, run_crawl
from tests.crawler.oparl_sites import KA_SYSTEM, karlsruhe_site

CRAWLED = ("bodies", "organizations", "meetings", "agenda_items", "papers", "consultations",
           "files", "persons")
HTML = SITES / "html-allris"


def ris(*args, patch: str = "") -> subprocess.CompletedProcess:
    """``python -m crawler ARGS`` in a subprocess, after running ``patch``."""
    code = textwrap.dedent(patch) + "\nfrom crawler.cli import cli\ncli()\n"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("RIS_DB", None)
    return subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def table_rows(result, table):
    return [dict(r) for r in result.rows(table)]


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """One crawl of the Karlsruhe OParl site (recorded objects), files off."""
    from crawler.replay import serve

    work = tmp_path_factory.mktemp("keep")
    server = serve(karlsruhe_site(work / "site", page_size=10))
    result = run_crawl(["-a", f"url={server.local_url(KA_SYSTEM)}"], work / "crawl" / "ris.db",
                       settings={"RIS_DOWNLOAD_FILES": "False"})
    assert result.returncode == 0, result.log[-3000:]
    result.server = server
    result.work = work
    yield result
    server.stop()


def test_every_parsed_response_is_kept_compressed_with_its_provenance(crawled):
    store = ResponseStore(str(crawled.db_path.with_name("ris-responses.sqlite")))
    keys = store.keys()
    parsed = [p for p in crawled.server.log if p != "/robots.txt"]
    assert len(keys) == len(parsed) == crawled.stats["ris/kept_responses"]
    record = store.get(keys[-1])
    assert record["status"] == 200 and record["body"].lstrip().startswith(b"{")
    assert record["callback"] == "parse_oparl" and record["fetched_at"].endswith("Z")
    assert record["headers"]["Content-Type"] == ["application/json; charset=utf-8"]
    raw = store.conn.execute("select length(body) from responses where key = ?", [keys[-1]]).fetchone()[0]
    assert raw < len(record["body"])  # stored compressed
    store.close()


def test_reparse_rebuilds_the_crawled_rows_without_network(crawled, tmp_path):
    served = len(crawled.server.log)
    keep = crawled.db_path.with_name("ris-responses.sqlite")
    done = ris("reparse", "--db", str(tmp_path / "again.db"), "--keep", str(keep))
    assert done.returncode == 0, done.stderr[-3000:]
    assert len(crawled.server.log) == served  # nothing asked of the server
    again = type(crawled)(0, "", tmp_path / "again.db")
    for table in CRAWLED:
        assert table_rows(again, table) == table_rows(crawled, table), table
    assert len(table_rows(again, "papers")) > 0
    assert table_rows(again, "crawl_cursors") == []  # a reparse advances no cursor


def test_a_changed_parser_reaches_the_database_through_reparse(crawled, tmp_path):
    """The OParl object parser is patched to upper-case paper names; a
    reparse of the kept responses stores the new names in place."""
    import shutil

    db = tmp_path / "ris.db"
    shutil.copy(crawled.db_path, db)
    keep = crawled.db_path.with_name("ris-responses.sqlite")
    patch = """
        import crawler.spiders.oparl as oparl
        parse = oparl.object_items
        def upper_names(obj, *args, **kwargs):
            out = parse(obj, *args, **kwargs)
            for item in out.items:
                if item["type"] == "Paper" and item.get("name"):
                    item["name"] = item["name"].upper()
            return out
        oparl.object_items = upper_names
    """
    done = ris("reparse", "--db", str(db), "--keep", str(keep), patch=patch)
    assert done.returncode == 0, done.stderr[-3000:]
    before = {r["id"]: r["name"] for r in table_rows(crawled, "papers")}
    after = {r["id"]: r["name"] for r in table_rows(type(crawled)(0, "", db), "papers")}
    assert after == {k: v.upper() for k, v in before.items()}
    assert after != before


def test_reparse_of_an_html_portal_parses_pages_a_crawl_found_unchanged(replay, tmp_path):
    """A second crawl of the recorded ALLRIS meeting finds its pages
    unchanged (same checksum) and yields nothing; a reparse parses them all."""
    server = replay(HTML)
    url = server.local_url("https://sitzungsdienst-altona.hamburg.de/bi/to010.asp?SILFDNR=1004086")
    db = tmp_path / "ris.db"
    first = run_crawl(["-a", f"url={url}", "-a", "vendor=allris"], db,
                      settings={"RIS_DOWNLOAD_FILES": "False"})
    assert first.returncode == 0 and first.rows("agenda_items")
    second = run_crawl(["-a", f"url={url}", "-a", "vendor=allris"], db,
                       settings={"RIS_DOWNLOAD_FILES": "False"})
    assert second.stats.get("ris/html/unchanged", 0) > 0
    served = len(server.log)
    done = ris("reparse", "--db", str(tmp_path / "again.db"), "--keep",
               str(db.with_name("ris-responses.sqlite")))
    assert done.returncode == 0, done.stderr[-3000:]
    assert len(server.log) == served
    again = type(first)(0, "", tmp_path / "again.db")
    for table in ("meetings", "agenda_items", "papers", "consultations", "files"):
        # fetched_at: the kept page is the second crawl's fetch, the stored
        # rows are from the first crawl (the second found nothing new)
        assert ([{**r, "fetched_at": None} for r in table_rows(again, table)]
                == [{**r, "fetched_at": None} for r in table_rows(second, table)]), table
    assert table_rows(again, "meetings") and table_rows(again, "agenda_items")


def test_reparse_without_kept_responses_says_so(tmp_path):
    done = ris("reparse", "--db", str(tmp_path / "ris.db"))
    assert done.returncode != 0
    assert "ris-responses.sqlite: no kept responses" in done.stderr


def test_kept_responses_carry_their_source_for_reparse_source(tmp_path, monkeypatch):
    """Crawled by registry name: every kept response (System, lists, pages
    reached from them) names the source; ``reparse --source`` picks it."""
    from crawler.replay import serve

    server = serve(karlsruhe_site(tmp_path / "site", page_size=10))
    try:
        registry = tmp_path / "sources.toml"
        registry.write_text(f'[[source]]\nname = "ka"\nbody = "Stadt Karlsruhe"\nvendor = "oparl"\n'
                            f'url = "{server.local_url(KA_SYSTEM)}"\nenabled = true\n')
        monkeypatch.setenv("RIS_SOURCES", str(registry))
        db = tmp_path / "crawl" / "ris.db"
        result = run_crawl(["-a", "source=ka"], db, settings={"RIS_DOWNLOAD_FILES": "False"})
        assert result.returncode == 0, result.log[-3000:]
    finally:
        server.stop()
    keep = db.with_name("ris-responses.sqlite")
    store = ResponseStore(str(keep))
    assert len(store.keys()) > 3 and store.keys("ka") == store.keys()
    store.close()
    other = ris("reparse", "--db", str(tmp_path / "other.db"), "--keep", str(keep), "--source", "x")
    assert other.returncode != 0 and "no kept responses of x" in other.stderr
    done = ris("reparse", "--db", str(tmp_path / "ka.db"), "--keep", str(keep), "--source", "ka")
    assert done.returncode == 0, done.stderr[-3000:]
    assert len(type(result)(0, "", tmp_path / "ka.db").rows("papers")) == len(result.rows("papers")) > 0
