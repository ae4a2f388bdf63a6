"""``ris build``: incremental, parallel extraction of stored files into the
database, with the real extraction library on real documents."""
from __future__ import annotations

import hashlib
import shutil

import pytest
from click.testing import CliRunner

from crawler import build, store
from crawler.cli import cli
from tests.crawler import publish_fixture as fx

KOBLENZ = fx.FIXTURES.parent / "documents" / "koblenz_UV-0310-2025_Unterrichtungsvorlage.pdf"
PROTOKOLL = fx.FIXTURES / "braunschweig" / "protokoll_braunschweig.txt"
KLAERWERK = fx.FIXTURES / "karlsruhe" / "2013-0004_143268.txt"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Three documents built in parallel, then built again."""
    tmp = tmp_path_factory.mktemp("build")
    docs = tmp / "docs"
    docs.mkdir()
    for src in (KOBLENZ, PROTOKOLL, KLAERWERK):
        shutil.copy(src, docs / src.name)
    db = store.open_db(str(tmp / "ris.db"))
    first = build.build(db, [docs], jobs=2, progress=False)
    snapshot = {t: sorted(db[t].rows, key=lambda r: r["id"]) for t in ("files", "amounts", "extractions")}
    second = build.build(db, [docs], jobs=2, progress=False)
    return db, docs, first, second, snapshot


def test_every_document_is_extracted_once(built):
    db, docs, first, second, _ = built
    assert (first.files, first.extracted, first.unchanged, first.errors) == (3, 3, 0, [])
    for row in db["files"].rows:
        data = (docs / row["name"]).read_bytes()
        assert row["extracted_checksum"] == hashlib.md5(data).hexdigest()
        assert row["text"]


def test_a_second_run_changes_nothing(built):
    db, _, _, second, snapshot = built
    assert (second.files, second.extracted, second.unchanged) == (3, 0, 3)
    assert {t: sorted(db[t].rows, key=lambda r: r["id"]) for t in snapshot} == snapshot


def test_a_document_on_disk_becomes_a_paper_described_by_its_text(built):
    db, docs, _, _, _ = built
    uri = (docs / KOBLENZ.name).resolve().as_uri()
    paper = db["papers"].get(uri)
    # page 1: "Vorlage: UV/0310/2025", Betreff "Aktueller Sachstand Max-von-Laue-Gymnasium"
    assert (paper["reference"], paper["name"]) == ("UV/0310/2025", "Aktueller Sachstand Max-von-Laue-Gymnasium")
    # page 2: "... werden derzeit Gesamtkosten von rund 17,3 Mio. € ..."
    values = [r[0] for r in db.execute("select value from amount_facts where paper = ?", [uri])]
    assert 17300000.0 in values
    snippet = db.execute("select snippet from amount_facts where paper = ? and value = 17300000", [uri]).fetchone()[0]
    assert "17,3 Mio. €" in snippet and "Generalsanierung" in snippet


def test_a_changed_file_is_extracted_again(tmp_path):
    doc = tmp_path / PROTOKOLL.name
    shutil.copy(PROTOKOLL, doc)
    db = store.open_db(str(tmp_path / "ris.db"))
    build.build(db, [doc], progress=False)
    doc.write_text(PROTOKOLL.read_text(encoding="utf-8")[:600], encoding="utf-8")
    stats = build.build(db, [doc], progress=False)
    assert (stats.extracted, stats.unchanged) == (1, 0)
    assert db["files"].get(doc.resolve().as_uri())["text"].startswith("Stadt Braunschweig")
    assert db.execute("select count(*) from amounts").fetchone()[0] == 0  # the amount was cut off


def test_crawled_files_are_found_under_the_files_directory(tmp_path):
    files = tmp_path / "files"
    (files / "full").mkdir(parents=True)
    shutil.copy(PROTOKOLL, files / "full" / "protokoll.txt")
    db = store.open_db(str(tmp_path / "ris.db"))
    store.save_item(db, {"type": "File", "id": "https://ris.example/file/1", "path": "full/protokoll.txt"})
    store.save_item(db, {"type": "File", "id": "https://ris.example/file/2", "path": "full/gone.pdf"})
    stats = build.build(db, base=files, progress=False)
    assert (stats.files, stats.extracted, len(stats.missing)) == (2, 1, 1)
    assert "full/gone.pdf: not found (file https://ris.example/file/2)" in stats.missing[0]
    assert db["files"].get("https://ris.example/file/2")["extracted_checksum"] is None


def test_cli_reports_unreadable_files_and_goes_on(tmp_path):
    empty = tmp_path / "leer.txt"
    empty.write_bytes(b"")
    shutil.copy(PROTOKOLL, tmp_path / PROTOKOLL.name)
    result = CliRunner().invoke(cli, ["build", "--quiet", "--db", str(tmp_path / "ris.db"),
                                      str(empty), str(tmp_path / PROTOKOLL.name)])
    assert result.exit_code == 0, result.output
    assert "2 files: 2 extracted, 0 unchanged, 1 unreadable, 0 missing on disk" in result.output
    assert "leer.txt: empty file" in result.output


def test_a_crawled_file_whose_bytes_no_longer_match_its_checksum_is_reported_and_marked(tmp_path):
    """A file the crawler stored (the Koblenz PDF, with its MD5 on the row)
    is overwritten on disk: ``ris build`` says so, marks the row for the
    next crawl to download again and does not extract the wrong bytes; once
    the bytes match again, the mark goes and the file is extracted."""
    files = tmp_path / "files"
    (files / "ris.example").mkdir(parents=True)
    stored = files / "ris.example" / "vorlage.pdf"
    shutil.copy(KOBLENZ, stored)
    checksum = hashlib.md5(KOBLENZ.read_bytes()).hexdigest()
    db_file = tmp_path / "ris.db"
    db = store.open_db(str(db_file))
    store.save_item(db, {"type": "File", "id": "https://ris.example/file/1", "vendor": "oparl",
                         "access_url": "https://ris.example/vorlage.pdf",
                         "path": "ris.example/vorlage.pdf", "checksum": checksum})
    shutil.copy(PROTOKOLL, stored)
    result = CliRunner().invoke(cli, ["build", "--quiet", "--db", str(db_file), "--files", str(files)])
    assert result.exit_code == 0, result.output
    assert "1 files: 0 extracted, 0 unchanged, 0 unreadable, 0 missing on disk, " \
           "1 not matching their checksum" in result.output
    assert f"the file row records {checksum} (file https://ris.example/file/1)" in result.output
    row = db["files"].get("https://ris.example/file/1")
    assert row["checksum_error"] and row["extracted_checksum"] is None and row["checksum"] == checksum
    due = store.files_to_download_again(db, "9999")
    assert [r["id"] for r in due] == ["https://ris.example/file/1"]

    shutil.copy(KOBLENZ, stored)
    stats = build.build(db, base=files, progress=False)
    assert (stats.extracted, stats.mismatched) == (1, [])
    row = db["files"].get("https://ris.example/file/1")
    assert row["checksum_error"] is None and row["extracted_checksum"] == checksum
