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

from tests.conftest import FIXTURES, SITES, CrawlResult, run_crawl
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


def add_failures(site: Path, failures: dict[str, dict]) -> Path:
    """Give manifest entries of ``site`` a ``fail_first`` budget (URL ->
    ``{"times": n, "status": code}``)."""
    manifest = json.loads((site / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest:
        if entry["url"] in failures:
            entry["fail_first"] = failures[entry["url"]]
    (site / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return site


def karlsruhe_one_paper_site(folder: Path, answers: dict) -> tuple[Path, dict]:
    """An OParl 1.1 site (System, Body, lists) around the recorded Karlsruhe
    paper 16549 (modified 2025-03-03), so that a second crawl reads the
    paper list with ``modified_since`` and gets the paper no more."""
    from tests.crawler.oparl_sites import KA, KA_BODY, KA_SYSTEM, KARLSRUHE, list_pages

    paper = load(KARLSRUHE / "paper_16549.json")
    body = {"id": KA_BODY, "type": "https://schema.oparl.org/1.1/Body", "system": KA_SYSTEM,
            "name": "Stadt Karlsruhe", "organization": f"{KA_BODY}/organizations",
            "meeting": f"{KA_BODY}/meetings", "paper": f"{KA_BODY}/papers"}
    system = {"id": KA_SYSTEM, "type": "https://schema.oparl.org/1.1/System",
              "oparlVersion": "https://schema.oparl.org/1.1/", "body": f"{KA}/bodies"}
    site = {KA_SYSTEM: system, **list_pages(f"{KA}/bodies", [body], 10),
            **list_pages(body["organization"], [], 10), **list_pages(body["meeting"], [], 10),
            **list_pages(body["paper"], [paper], 10), **answers}
    return write_site(folder, site), paper


def test_a_failed_download_is_tried_again_by_the_next_crawl_then_less_often(tmp_path, replay):
    """Karlsruhe paper 16549's three files: the first answers 503 to the
    first crawl and a real PDF afterwards; the second is a real PDF; the
    third is not there (404) and stays so. The second crawl is incremental
    (the paper is not read again): it fetches the first file again and
    stores it, and tries the third once more; after that the third waits
    ``RIS_FILE_RETRY_SECONDS`` (30 s here), then twice as long (the test
    moves the due time into the past instead of waiting)."""
    from datetime import datetime

    from crawler import store
    from tests.crawler.oparl_sites import KA_SYSTEM

    paper = load(Path(SITES / "oparl-karlsruhe" / "paper_16549.json"))
    flaky, good, gone = (f["accessUrl"] for f in paper["auxiliaryFile"])
    site, paper = karlsruhe_one_paper_site(tmp_path / "site", {
        flaky: (KOBLENZ.read_bytes(), 200, "application/pdf"),
        good: (STUTTGART.read_bytes(), 200, "application/pdf")})
    server = replay(add_failures(site, {flaky: {"times": 2, "status": 503}}))
    args, db = ["-a", f"url={server.local_url(KA_SYSTEM)}"], tmp_path / "run" / "ris.db"
    settings = {"RETRY_TIMES": "1", "RIS_FILE_RETRY_SECONDS": "30"}
    ids = [server.local_url(f["id"]) for f in paper["auxiliaryFile"]]

    def row(file_id):
        return run.rows("files", "id = ?", [file_id])[0]

    run = run_crawl(args, db, settings=settings)
    assert run.returncode == 0, run.log[-3000:]
    assert row(ids[0])["path"] is None and row(ids[0])["download_attempts"] == 1
    assert row(ids[0])["download_error"] == "HTTP status 503"
    assert row(ids[1])["path"] and row(ids[1])["download_attempts"] is None
    assert row(ids[2])["download_error"] == "HTTP status 404"
    assert run.stats["ris/file_failed"] == 2
    assert run.stats["ris/file_failed/http_503"] == 1 and run.stats["ris/file_failed/http_404"] == 1
    for url in (flaky, gone):  # one warning line with the URL and why, no traceback
        assert len([line for line in run.log.splitlines()
                    if "file_failed" in line and server.local_url(url) in line]) == 1
    assert "Traceback" not in run.log

    run = run_crawl(args, db, settings=settings)  # incremental: the paper is not read again
    assert run.returncode == 0, run.log[-3000:]
    assert "modified_since" in " ".join(server.log)
    first = row(ids[0])
    assert first["download_attempts"] == 0 and first["download_error"] is None
    stored = tmp_path / "run" / "files" / first["path"]
    assert stored.read_bytes() == KOBLENZ.read_bytes()
    assert first["checksum"] == hashlib.md5(KOBLENZ.read_bytes()).hexdigest()
    assert run.stats["ris/file_retried"] == 2 and run.stats["ris/file_retry_stored"] == 1
    assert run.stats.get("ris/db_items_written", 0) <= 1  # the Body at most: no File item rewritten
    third = row(ids[2])
    assert third["download_attempts"] == 2
    due = datetime.fromisoformat(third["next_download_at"])
    assert 10 < (due - datetime.now(due.tzinfo)).total_seconds() <= 30

    requests = len(server.log)
    run = run_crawl(args, db, settings=settings)  # at once: the third file is not due
    assert run.stats.get("ris/file_retried") is None
    assert not [p for p in server.log[requests:] if gone.rsplit("/", 1)[-1] in p]

    store_db = store.open_db(str(db))  # 30 s later
    store_db.execute("update files set next_download_at = '2000-01-01T00:00:00+00:00' "
                     "where id = ?", [ids[2]])
    store_db.close()
    run = run_crawl(args, db, settings=settings)
    assert run.stats["ris/file_retried"] == 1
    third = row(ids[2])
    assert third["download_attempts"] == 3
    due = datetime.fromisoformat(third["next_download_at"])
    left = (due - datetime.now(due.tzinfo)).total_seconds()
    assert 40 < left <= 60  # 30 s after the second failure, 60 s after the third


def test_relative_file_urls_are_resolved_and_other_schemes_kept_with_a_warning(tmp_path, replay):
    """Files whose accessUrl is root-relative, relative to the paper's URL,
    ``mailto:`` and ``ftp://``. The replay server puts the recorded host
    first in the path, so a root-relative link on this site starts with it
    (``/sdnetrim.kdvz-frechen.de/...``)."""
    paper = load(HUERTGENWALD_PAPER)["data"][0]
    host_path = paper["id"].split("://", 1)[1]          # sdnetrim.../body/1/paper/3803
    root_relative = "/" + host_path.rsplit("/paper/", 1)[0] + "/files/2.pdf"
    relative = "files/3.pdf"                             # beside the paper: .../paper/files/3.pdf
    paper = paper_with_files([root_relative, relative, "mailto:ratsbuero@huertgenwald.de",
                              "ftp://ftp.huertgenwald.de/vorlage.pdf"])
    base = paper["id"].rsplit("/", 1)[0]
    server = replay(write_site(tmp_path / "site", {
        paper["id"]: paper,
        "https://" + root_relative[1:]: (KOBLENZ.read_bytes(), 200, "application/pdf"),
        f"{base}/{relative}": (STUTTGART.read_bytes(), 200, "application/pdf")}))
    result = run_crawl(["-a", f"url={server.local_url(paper['id'])}"], tmp_path / "run" / "ris.db")
    assert result.returncode == 0, result.log[-3000:]
    rows = {r["id"].rsplit("-", 1)[-1]: r for r in result.rows("files")}
    assert sorted(rows) == ["0", "1", "2", "3"]  # no row lost
    assert rows["0"]["access_url"] == server.base_url + root_relative
    assert rows["1"]["access_url"] == server.local_url(f"{base}/{relative}")
    files = tmp_path / "run" / "files"
    assert (files / rows["0"]["path"]).read_bytes() == KOBLENZ.read_bytes()
    assert (files / rows["1"]["path"]).read_bytes() == STUTTGART.read_bytes()
    assert rows["2"]["path"] is None and rows["2"]["access_url"] == "mailto:ratsbuero@huertgenwald.de"
    assert rows["3"]["path"] is None
    assert result.stats["ris/file_url_resolved"] == 2
    assert result.stats["ris/file_url_unsupported"] == 2
    warnings = [line for line in result.log.splitlines() if "WARNING: file_url_unsupported" in line]
    assert len(warnings) == 2 and "mailto:ratsbuero@huertgenwald.de" in warnings[0]
    assert "not an http(s) address" in warnings[1] and paper["id"].rsplit("/", 1)[1] in warnings[1]
    assert " ERROR" not in result.log and "Traceback" not in result.log


def test_urls_that_shared_a_storage_path_get_their_own(tmp_path, replay):
    """Two file names that an earlier naming turned into the same path
    (unsafe characters became ``_``): each row's checksum matches the bytes
    at its own path."""
    from crawler.pipelines.files import legacy_url_to_path

    urls = [files_url(0, "Bericht-2024(1).pdf"), files_url(0, "Bericht-2024_1_.pdf")]
    paper = paper_with_files(urls)
    server = replay(write_site(tmp_path / "site", {
        paper["id"]: paper, urls[0]: (KOBLENZ.read_bytes(), 200, "application/pdf"),
        urls[1]: (STUTTGART.read_bytes(), 200, "application/pdf")}))
    local = [server.local_url(u) for u in urls]
    assert legacy_url_to_path(local[0]) == legacy_url_to_path(local[1])
    result = run_crawl(["-a", f"url={server.local_url(paper['id'])}"], tmp_path / "run" / "ris.db")
    assert result.returncode == 0, result.log[-3000:]
    rows = result.rows("files")
    assert len({r["path"] for r in rows}) == 2
    for row, document in zip(rows, (KOBLENZ, STUTTGART)):
        data = (tmp_path / "run" / "files" / row["path"]).read_bytes()
        assert data == document.read_bytes()
        assert row["checksum"] == hashlib.md5(data).hexdigest()


def test_a_file_stored_under_the_earlier_naming_is_still_used(tmp_path, replay):
    """A database and files directory written before paths carried a hash
    of the URL: the stored file is found and kept, not fetched again."""
    from crawler import store
    from crawler.pipelines.files import legacy_url_to_path

    url = files_url(0)
    paper = paper_with_files([url])
    server = replay(write_site(tmp_path / "site", {
        paper["id"]: paper, url: (KOBLENZ.read_bytes(), 200, "application/pdf")}))
    args, db_path = ["-a", f"url={server.local_url(paper['id'])}"], tmp_path / "run" / "ris.db"
    first = run_crawl(args, db_path)
    row = first.rows("files")[0]
    files = tmp_path / "run" / "files"
    legacy = legacy_url_to_path(server.local_url(url))
    (files / legacy).parent.mkdir(parents=True, exist_ok=True)
    (files / row["path"]).rename(files / legacy)
    db = store.open_db(str(db_path))
    db.execute("update files set path = ? where id = ?", [legacy, row["id"]])
    db.close()
    again = run_crawl(args, db_path)
    assert again.returncode == 0, again.log[-3000:]
    assert again.stats["file_status_count/uptodate"] == 1
    assert again.stats.get("file_status_count/downloaded") is None
    assert again.rows("files")[0]["path"] == legacy
    assert again.rows("files")[0]["checksum"] == hashlib.md5(KOBLENZ.read_bytes()).hexdigest()


def peak_rss_of_crawl(args: list[str], db: Path) -> tuple[int, dict]:
    """Peak resident memory (bytes) of ``scrapy crawl ris ARGS``, measured
    by a parent process that runs only that crawl; and the crawl's stats."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT, crawl_command

    db.parent.mkdir(parents=True, exist_ok=True)
    measure = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
               "stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    command = [sys.executable, "-c", measure, *crawl_command(args, db, db.parent)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("RIS_DB", None)
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    stats = json.loads((db.parent / "stats.json").read_text())
    return int(done.stdout.strip()) * 1024, stats


def test_a_large_file_streams_to_disk(tmp_path, replay):
    """A 120 MB file: the crawl's peak memory grows by far less than the
    file's size over a crawl of the same paper with a small file, and the
    stored bytes and checksum are the file's."""
    import os

    big = os.urandom(120 * 1024 * 1024)
    urls = {"small": files_url(0), "big": files_url(1)}
    sizes = {}
    for name, document in (("small", KOBLENZ.read_bytes()), ("big", big)):
        paper = paper_with_files([urls[name]])
        server = replay(write_site(tmp_path / f"site-{name}", {
            paper["id"]: paper, urls[name]: (document, 200, "application/pdf")}))
        db = tmp_path / name / "ris.db"
        sizes[name], stats = peak_rss_of_crawl(["-a", f"url={server.local_url(paper['id'])}"], db)
        assert stats["file_status_count/downloaded"] == 1
        db_rows = CrawlResult(0, "", db).rows("files")
        stored = tmp_path / name / "files" / db_rows[0]["path"]
        assert stored.stat().st_size == len(document)
        assert db_rows[0]["checksum"] == hashlib.md5(document).hexdigest()
        assert not list((tmp_path / name / "files").rglob("*.part"))
    growth = sizes["big"] - sizes["small"]
    print(f"peak RSS: small file {sizes['small'] / 2**20:.0f} MB, 120 MB file "
          f"{sizes['big'] / 2**20:.0f} MB, growth {growth / 2**20:.0f} MB")
    assert growth < 30 * 2**20


def test_a_stored_file_whose_bytes_changed_is_downloaded_again(tmp_path, replay):
    """The stored copy of a file is overwritten on disk: ``ris build``
    reports and marks it, and the next crawl downloads it again instead of
    taking the wrong bytes for the file."""
    from crawler import build, store

    url = files_url(0)
    paper = paper_with_files([url])
    server = replay(write_site(tmp_path / "site", {
        paper["id"]: paper, url: (KOBLENZ.read_bytes(), 200, "application/pdf")}))
    args, db_path = ["-a", f"url={server.local_url(paper['id'])}"], tmp_path / "run" / "ris.db"
    row = run_crawl(args, db_path).rows("files")[0]
    stored = tmp_path / "run" / "files" / row["path"]
    stored.write_bytes(STUTTGART.read_bytes())
    db = store.open_db(str(db_path))
    stats = build.build(db, base=tmp_path / "run" / "files", progress=False)
    assert len(stats.mismatched) == 1 and str(stored) in stats.mismatched[0]
    db.close()
    again = run_crawl(args, db_path)
    assert again.returncode == 0, again.log[-3000:]
    assert again.stats["file_status_count/downloaded"] == 1
    row = again.rows("files")[0]
    assert stored.read_bytes() == KOBLENZ.read_bytes()
    assert row["checksum"] == hashlib.md5(KOBLENZ.read_bytes()).hexdigest()
    assert row["checksum_error"] is None


def test_a_download_that_times_out_is_recorded_for_the_next_crawl(tmp_path):
    """A local server that answers the paper (the recorded Hürtgenwald
    paper) at once and its file never in time (DOWNLOAD_TIMEOUT 1 s)."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from crawler import store

    release = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path == "/files/slow.pdf":
                release.wait(10)
                body, content_type = KOBLENZ.read_bytes(), "application/pdf"
            else:
                body, content_type = json.dumps(paper).encode(), "application/json"
            try:
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except OSError:  # the crawler gave up and closed the connection
                pass

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    paper = paper_with_files([f"{base}/files/slow.pdf"])
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        result = run_crawl(["-a", f"url={base}/paper"], tmp_path / "run" / "ris.db",
                           settings={"DOWNLOAD_TIMEOUT": "1", "RETRY_TIMES": "0"})
    finally:
        release.set()
        server.shutdown()
        server.server_close()
    assert result.returncode == 0, result.log[-3000:]
    row = result.rows("files")[0]
    assert row["path"] is None and row["download_attempts"] == 1
    assert row["download_error"].startswith("no answer from 127.0.0.1 in time")
    assert result.stats["ris/file_failed/timeout"] == 1
    assert len([line for line in result.log.splitlines()
                if "file_failed" in line and f"{base}/files/slow.pdf" in line]) == 1
    assert "Traceback" not in result.log
    db = store.open_db(str(tmp_path / "run" / "ris.db"))
    assert [r["id"] for r in store.files_to_download_again(db, "9999")] == [row["id"]]
