"""`ris extract`: JSON Lines in input order, error lines, exit status, options."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.cli import cli
from extract.pipeline import CONTRACT_KEYS

FIXTURES = Path(__file__).parent.parent / "fixtures" / "documents"
UV_PDF = str(FIXTURES / "koblenz_UV-0310-2025_Unterrichtungsvorlage.pdf")
SCAN_PDF = str(FIXTURES / "koeln_129244.pdf")
TEXT = str(FIXTURES.parent / "publish" / "karlsruhe" / "2015-0603_589977.txt")
HTML = str(FIXTURES.parent / "allris" / "altona_vo020.html")


def run(*args):
    result = CliRunner().invoke(cli, ["extract", *args], catch_exceptions=False)
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result, lines


@pytest.fixture
def broken(tmp_path):
    path = tmp_path / "leer.pdf"
    path.write_bytes(b"")
    return str(path)


def test_one_line_per_file_in_the_given_order(broken):
    paths = [HTML, broken, TEXT, UV_PDF]
    result, lines = run("--json", *paths)
    assert result.exit_code == 0
    assert [line["source"] for line in lines] == paths
    assert [bool(line["error"]) for line in lines] == [False, True, False, False]
    assert all(tuple(line) == CONTRACT_KEYS for line in lines)


def test_worker_processes_keep_the_order(broken):
    paths = [UV_PDF, TEXT, broken, HTML, TEXT]
    result, lines = run("--json", "-j", "2", *paths)
    assert result.exit_code == 0
    assert [line["source"] for line in lines] == paths
    assert lines[1] == lines[4]


def test_error_is_reported_on_stderr_and_in_the_line(broken):
    result, lines = run("--json", TEXT, broken)
    assert "leer.pdf: empty file" in lines[1]["error"]
    assert "leer.pdf: empty file" in result.stderr


def test_exit_status_non_zero_when_no_file_could_be_read(broken, tmp_path):
    result, lines = run("--json", broken, str(tmp_path / "fehlt.pdf"))
    assert result.exit_code != 0
    assert len(lines) == 2 and all(line["error"] for line in lines)


def test_with_text(tmp_path):
    result, lines = run("--json", "--with-text", HTML)
    assert "Beschlussempfehlung des Mobilitätsausschusses" in lines[0]["text"]
    result, lines = run("--json", HTML)
    assert "text" not in lines[0]


def test_output_keeps_umlauts_unescaped():
    result, _ = run("--json", "--with-text", HTML)
    assert "Mobilitätsausschusses" in result.stdout


def test_max_pages():
    result, lines = run("--json", "--max-pages", "1", UV_PDF, TEXT)
    assert "more than the limit of 1" in lines[0]["error"]
    assert lines[1]["error"] is None
    assert result.exit_code == 0


def test_no_ocr_makes_a_scan_an_error():
    result, lines = run("--json", "--no-ocr", SCAN_PDF)
    assert "OCR disabled" in lines[0]["error"]
    assert result.exit_code != 0


def test_help_has_an_example():
    result = CliRunner().invoke(cli, ["extract", "--help"])
    assert result.exit_code == 0
    assert "ris extract --json" in result.output
    for option in ("--with-text", "--jobs", "--max-pages", "--no-ocr"):
        assert option in result.output



def _slow_marking_extract(path, **options):
    import time

    Path(path).write_text("started")
    time.sleep(0.3)
    return {"source": path, "error": None}


def test_stopping_early_does_not_read_the_rest(tmp_path, monkeypatch):
    from extract import pipeline

    monkeypatch.setattr(pipeline, "extract_file", _slow_marking_extract)
    paths = [str(tmp_path / f"paper{i}.txt") for i in range(20)]
    records = pipeline.extract_files(paths, jobs=2)
    assert next(records)["source"] == paths[0]
    records.close()
    started = [p for p in paths if Path(p).exists()]
    assert len(started) < 8, started  # the workers' files under way, not all 20
