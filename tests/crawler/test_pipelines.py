"""The files and database pipelines, end to end: downloads stored under a
path derived from the URL with checksum and size, HTML refused where a
document was expected, extraction stored with the file, upserts."""
from __future__ import annotations

import hashlib
import json

import pytest

from crawler.pipelines.files import looks_like_html, url_to_path
from tests.conftest import FIXTURES, SITES, run_crawl, search_as_rebuilt
from tests.crawler.oparl_sites import load, write_site

PDF = FIXTURES / "documents" / "koblenz_UV-0310-2025_Unterrichtungsvorlage.pdf"
HTML = FIXTURES / "allris" / "altona_vo020.html"


def test_url_to_path_keeps_host_and_path_and_separates_urls():
    url = "https://sdnetrim.kdvz-frechen.de/rim4220/webservice/oparl/v1.0/body/1/files//Tischvorlage_102-2002.pdf"
    digest = hashlib.sha1(url.encode()).hexdigest()[:10]
    assert url_to_path(url) == ("sdnetrim.kdvz-frechen.de/rim4220/webservice/oparl/v1.0/body/1/"
                                f"files/Tischvorlage_102-2002-{digest}.pdf")
    a = url_to_path("https://www.ratsinfo.braunschweig.sitzung-online.de/public/doc?DOCTYP=130&DOLFDNR=2222794&OTYP=41")
    b = url_to_path("https://www.ratsinfo.braunschweig.sitzung-online.de/public/doc?DOCTYP=130&DOLFDNR=2222795&OTYP=41")
    assert a != b and a.startswith("www.ratsinfo.braunschweig.sitzung-online.de/public/doc-")
    assert ".." not in url_to_path("https://example.org/a/../../etc/passwd")


def test_looks_like_html_on_real_files():
    assert looks_like_html(HTML.read_bytes(), "text/html")
    assert not looks_like_html(PDF.read_bytes(), "application/octet-stream")


@pytest.fixture
def file_site(tmp_path, replay):
    """A recorded Hürtgenwald paper (page 85 of its paper list) served at
    its id. Its files were not recorded: the main file's accessUrl serves a
    real council PDF from another portal (Koblenz), the auxiliary file's
    accessUrl a real ALLRIS HTML page, as a portal does when a download
    link leads to an error or login page."""
    paper = load(SITES / "oparl-huertgenwald" / "paper_list_page-85.json")["data"][0]
    main, aux = paper["mainFile"], paper["auxiliaryFile"][0]
    site = write_site(tmp_path / "site", {
        paper["id"]: paper,
        main["accessUrl"]: (PDF.read_bytes(), 200, "application/pdf"),
        aux["accessUrl"]: (HTML.read_bytes(), 200, "text/html; charset=iso-8859-1"),
    })
    server = replay(site)
    return server, paper


def test_files_are_stored_checked_and_extracted(file_site, tmp_path):
    server, paper = file_site
    local = server.local_url
    db = tmp_path / "run" / "ris.db"
    result = run_crawl(["-a", f"url={local(paper['id'])}"], db, extract=True)
    assert result.returncode == 0, result.log[-3000:]

    main = result.rows("files", "id = ?", [local(paper["mainFile"]["id"])])[0]
    data = PDF.read_bytes()
    assert main["path"] == url_to_path(local(paper["mainFile"]["accessUrl"]))
    stored = tmp_path / "run" / "files" / main["path"]
    assert stored.read_bytes() == data
    assert main["checksum"] == hashlib.md5(data).hexdigest()
    assert main["size"] == len(data)
    assert main["paper"] == local(paper["id"])
    # the extraction record is stored with the file (and its paper)
    assert main["extracted_checksum"] == main["checksum"]
    assert "Max-von-Laue-Gymnasium" in main["text"]
    extraction = result.rows("extractions", "id = ?", [main["id"]])[0]
    assert extraction["paper"] == local(paper["id"])
    assert extraction["reference"] == "UV/0310/2025"  # "Vorlage: UV/0310/2025" on page 1

    aux = result.rows("files", "id = ?", [local(paper["auxiliaryFile"][0]["id"])])[0]
    assert aux["path"] is None and aux["access_url"] == local(paper["auxiliaryFile"][0]["accessUrl"])
    assert result.stats["ris/file_not_document"] == 1

    # again: the stored file is up to date, nothing is extracted twice, no row added
    again = run_crawl(["-a", f"url={local(paper['id'])}"], db, extract=True)
    assert again.returncode == 0
    assert again.stats.get("ris/extraction_unchanged") == 1
    assert len(again.rows("files")) == len(result.rows("files"))
    assert again.rows("files", "id = ?", [main["id"]])[0]["text"] == main["text"]
    assert again.stats["file_status_count/uptodate"] == 1  # the stored PDF was used


def test_search_finds_the_crawled_rows_as_they_are_after_ris_build(file_site, tmp_path):
    """A crawl (extraction on) notes what the search indexes lack; ``ris
    build`` indexes it. The portal renames the paper; two crawls without a
    build between, then a build: the search finds the paper by its new
    title and its file's text, no longer by the old title, and the indexes
    hold exactly what indexes filled from scratch would."""
    from crawler import store
    from crawler.build import build

    server, paper = file_site
    local = server.local_url
    db_path = tmp_path / "run" / "ris.db"

    def crawl():
        result = run_crawl(["-a", f"url={local(paper['id'])}"], db_path, extract=True)
        assert result.returncode == 0, result.log[-3000:]

    def ris_build():
        db = store.open_db(str(db_path))
        assert build(db, base=tmp_path / "run" / "files", progress=False).extracted == 0  # the crawl did
        return db

    def papers(db, q):
        return [r[0] for r in db.execute("select p.name from papers_fts s join papers p "
                                         "on p.rowid = s.rowid where papers_fts match ?", [q])]

    crawl()
    db = store.open_db(str(db_path))
    assert papers(db, "Gymnasium") == papers(db, "FFH") == []  # not indexed yet
    assert db.execute("select * from search_status").fetchone() == (1, 2)  # the paper, its 2 files
    db.close()
    db = ris_build()
    assert papers(db, "Gymnasium") == papers(db, "FFH") == [paper["name"]]  # text, title
    assert db.execute("select * from search_status").fetchone() == (0, 0)
    db.close()
    # the portal renames the paper (the recorded paper as served, with another name)
    site = tmp_path / "site"
    entry = next(e for e in json.loads((site / "manifest.json").read_text()) if e["url"] == paper["id"])
    renamed = dict(paper, name="Ergänzung der Schulentwicklungsplanung", modified="2025-01-02T10:00:00+01:00")
    (site / entry["file"]).write_text(json.dumps(renamed, ensure_ascii=False), encoding="utf-8")
    crawl()
    crawl()
    db = store.open_db(str(db_path))
    assert papers(db, "FFH") == [renamed["name"]] and papers(db, "Schulentwicklungsplanung") == []
    assert db.execute("select * from search_status").fetchone() == (1, 0)
    db.close()
    db = ris_build()
    assert papers(db, "Gymnasium") == papers(db, "Schulentwicklungsplanung") == [renamed["name"]]
    assert papers(db, "FFH") == []
    files = [r[0] for r in db.execute("select f.id from files_fts s join files f on f.rowid = s.rowid "
                                      "where files_fts match 'Gymnasium'")]
    assert files == [local(paper["mainFile"]["id"])]
    assert db.execute("select * from search_status").fetchone() == (0, 0)
    assert search_as_rebuilt(db)


def test_ris_db_environment_variable_names_the_database(file_site, tmp_path, monkeypatch):
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    server, paper = file_site
    target = tmp_path / "env" / "chosen.db"
    env = {**os.environ, "RIS_DB": str(target), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "ris",
                           "-a", f"url={server.local_url(paper['id'])}",
                           "-s", "RIS_DOWNLOAD_FILES=False", "-s", "DOWNLOAD_DELAY=0",
                           "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "TELNETCONSOLE_ENABLED=False"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    from crawler import store

    db = store.open_db(str(target))
    assert [r["reference"] for r in db.query("select reference from papers")] == ["68/2021 1. Ergänzung"]


def test_database_pipeline_upserts_in_batches_and_keeps_good_items_of_a_bad_batch(tmp_path):
    """Items built from the recorded Karlsruhe paper; one item carries a
    value SQLite cannot store: it is logged and skipped, the rest of its
    batch is stored."""
    from scrapy.utils.test import get_crawler

    from crawler import store
    from crawler.pipelines.database import DatabasePipeline
    from crawler.spiders.oparl import object_items
    from crawler.spiders.ris import RisSpider

    crawler = get_crawler(RisSpider, {"RIS_DB": str(tmp_path / "ris.db"), "RIS_DB_BATCH": "3"})
    pipeline = DatabasePipeline.from_crawler(crawler)
    pipeline.open_spider()
    items = object_items(load(SITES / "oparl-karlsruhe" / "paper_16549.json")).items
    bad = {**items[0], "id": "bad", "name": object()}
    for item in [bad, *items, *items]:  # every item twice: upserts
        pipeline.process_item(dict(item))
    pipeline.close_spider()
    db = store.open_db(str(tmp_path / "ris.db"))
    stored = [r["id"] for r in db.query("select id from papers")]
    assert stored == [items[0]["id"]]
    assert db.execute("select count(*) from files").fetchone()[0] == 3
    assert db.execute("select count(*) from consultations").fetchone()[0] == 1
    assert crawler.stats.get_value("ris/db_write_failed") == 1


def test_pdf_suffix_is_added_when_a_dotted_file_name_answers_404(tmp_path, replay):
    """SD.NET: a file name with a dot may 404 until ``.pdf`` is appended.
    Built from the recorded Hürtgenwald paper: its main file's accessUrl
    loses its ``.pdf`` (the server answers 404 there) and the suffixed URL
    serves a real council PDF (Koblenz)."""
    paper = load(SITES / "oparl-huertgenwald" / "paper_list_page-85.json")["data"][0]
    full_url = paper["mainFile"]["accessUrl"]
    assert full_url.endswith("_1._Ergaenzung.pdf")
    main = {**paper["mainFile"], "accessUrl": full_url[:-4]}
    paper = {**paper, "mainFile": main, "auxiliaryFile": []}
    site = write_site(tmp_path / "site", {paper["id"]: paper,
                                          full_url: (PDF.read_bytes(), 200, "application/pdf")})
    server = replay(site)
    result = run_crawl(["-a", f"url={server.local_url(paper['id'])}"], tmp_path / "run" / "ris.db")
    assert result.returncode == 0, result.log[-3000:]
    row = result.rows("files")[0]
    assert row["path"] == url_to_path(server.local_url(full_url))
    assert row["size"] == len(PDF.read_bytes())
    assert result.stats["ris/file_pdf_suffix_added"] == 1


def test_file_changed_since_it_was_stored_is_fetched_again(tmp_path, replay):
    """The recorded Karlsruhe paper 16549 served at its id; its first
    auxiliary file (modified 2025-03-03T14:30:18+01:00) serves a real
    council PDF (Koblenz), the other two are not recorded (404)."""
    import os

    paper = load(SITES / "oparl-karlsruhe" / "paper_16549.json")
    first = paper["auxiliaryFile"][0]
    assert first["modified"] == "2025-03-03T14:30:18+01:00"
    server = replay(write_site(tmp_path / "site", {
        paper["id"]: paper, first["accessUrl"]: (PDF.read_bytes(), 200, "application/pdf")}))
    args, db = ["-a", f"url={server.local_url(paper['id'])}"], tmp_path / "run" / "ris.db"
    assert run_crawl(args, db).stats["file_status_count/downloaded"] == 1
    stored = tmp_path / "run" / "files" / url_to_path(server.local_url(first["accessUrl"]))
    assert stored.exists()
    unchanged = run_crawl(args, db)
    assert unchanged.stats.get("file_status_count/downloaded") is None
    assert unchanged.stats["file_status_count/uptodate"] == 1
    os.utime(stored, (946684800, 946684800))  # stored 2000-01-01, before "modified"
    changed = run_crawl(args, db)
    assert changed.stats["ris/file_changed"] == 1
    assert changed.stats["file_status_count/downloaded"] == 1


def test_database_pipeline_leaves_summaries_to_build_and_marks_them_stale(tmp_path):
    """A crawl that stores items does not rebuild the summary tables; it
    marks them stale, so that ``ris build`` stores them anew (the recorded
    Karlsruhe paper 16549)."""
    from scrapy.utils.test import get_crawler

    from crawler import store
    from crawler.pipelines.database import DatabasePipeline
    from crawler.spiders.oparl import object_items
    from crawler.spiders.ris import RisSpider

    path = str(tmp_path / "ris.db")
    store.open_db(path).close()
    crawler = get_crawler(RisSpider, {"RIS_DB": path})
    crawler.spider = crawler._create_spider()
    pipeline = DatabasePipeline.from_crawler(crawler)
    pipeline.open_spider()
    assert crawler.spider.crawl_state == {"cursors": {}, "pages": {}}
    for item in object_items(load(SITES / "oparl-karlsruhe" / "paper_16549.json")).items:
        pipeline.process_item(dict(item))
    pipeline.spider_closed(crawler.spider, "finished")
    db = store.open_db(path)
    assert db.execute("select count(*) from papers").fetchone()[0] == 1
    assert db.execute("select count(*) from papers_overview").fetchone()[0] == 0
    assert store.summaries_stale(db)
    store.refresh_summaries(db)
    assert db.execute("select count(*) from papers_overview").fetchone()[0] == 1


def test_validation_drops_an_embedded_object_without_id_and_keeps_the_others():
    """The recorded Karlsruhe paper as the spider yields it: one item with
    its files and consultation inside; one of them loses its id."""
    from scrapy.utils.test import get_crawler

    from crawler.items import Paper
    from crawler.pipelines.validate import ValidatePipeline
    from crawler.spiders.oparl import object_items
    from crawler.spiders.ris import RisSpider

    first, *embedded = object_items(load(SITES / "oparl-karlsruhe" / "paper_16549.json")).items
    assert {e["type"] for e in embedded} == {"File", "Consultation"}
    embedded[0]["id"] = "  "
    item = Paper(**{k: v for k, v in first.items() if k != "type"}, embedded=embedded)
    crawler = get_crawler(RisSpider)
    kept = ValidatePipeline.from_crawler(crawler).process_item(item)
    assert [e["id"] for e in kept["embedded"]] == [e["id"] for e in embedded[1:]]
    assert crawler.stats.get_value("ris/invalid_item") == 1


def test_files_pipeline_is_left_out_of_a_crawl_without_downloads(tmp_path):
    from scrapy.exceptions import NotConfigured
    from scrapy.utils.test import get_crawler

    from crawler.pipelines.files import RisFilesPipeline

    with pytest.raises(NotConfigured):
        RisFilesPipeline.from_crawler(get_crawler(settings_dict={
            "RIS_DOWNLOAD_FILES": False, "FILES_STORE": str(tmp_path)}))
    pipeline = RisFilesPipeline.from_crawler(get_crawler(settings_dict={"FILES_STORE": str(tmp_path)}))
    assert isinstance(pipeline, RisFilesPipeline)
