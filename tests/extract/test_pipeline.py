"""extract_file composes the document reader and the field extractors."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract import pipeline
from extract.document import read_document
from extract.pipeline import CONTRACT_KEYS, extract_file
from extract.records import Consultation

FIXTURES = Path(__file__).parent.parent / "fixtures" / "documents"
UV_PDF = str(FIXTURES / "koblenz_UV-0310-2025_Unterrichtungsvorlage.pdf")
TEXT = str(FIXTURES.parent / "publish" / "karlsruhe" / "2015-0603_589977.txt")


@pytest.fixture(scope="module")
def uv_record():
    return extract_file(UV_PDF, with_text=True)


def test_record_has_exactly_the_contract_keys():
    record = extract_file(TEXT)
    assert tuple(record) == CONTRACT_KEYS
    assert record["source"] == TEXT
    assert record["error"] is None


def test_with_text_adds_the_document_text(uv_record):
    assert set(uv_record) == set(CONTRACT_KEYS) | {"text"}
    assert uv_record["text"] == read_document(UV_PDF).text
    # the subject printed on page 1 of the Koblenz Vorlage
    assert "Aktueller Sachstand Max-von-Laue-Gymnasium" in uv_record["text"]


def test_list_fields_are_lists(uv_record):
    for key in ("consultations", "dates", "amounts", "decisions", "cited_references", "entities"):
        assert isinstance(uv_record[key], list)


def test_span_offsets_lie_in_the_text_and_pages_match(uv_record):
    text = uv_record["text"]
    doc = read_document(UV_PDF)
    for key in ("dates", "amounts", "entities"):
        for item in uv_record[key]:
            assert 0 <= item["start"] <= item["end"] <= len(text)
            assert text[item["start"]:item["end"]] == item["text"]
            if key != "entities":
                assert item["page"] == doc.page_at(item["start"])
    # as printed in the PDF: the dates in the header on page 1, the costs on page 2
    assert {(d["text"], d["page"]) for d in uv_record["dates"]} >= {("03.11.2025", 1), ("13.11.2025", 1)}
    assert {(a["text"], a["page"]) for a in uv_record["amounts"]} == {("17,3 Mio. €", 2), ("3 Mio. €", 2)}


def test_unreadable_file_gives_error_record(tmp_path):
    path = tmp_path / "kaputt.pdf"
    path.write_bytes(Path(UV_PDF).read_bytes()[:3000])
    record = extract_file(str(path), with_text=True)
    assert "kaputt.pdf" in record["error"] and "corrupt" in record["error"]
    assert record["text"] is None
    assert record["reference"] is None and record["dates"] == []
    assert set(record) == set(CONTRACT_KEYS) | {"text"}


def test_failing_extractor_leaves_only_its_field_empty(monkeypatch, capsys):
    def broken(doc):
        raise ValueError("rule exploded")

    def fake_dates(doc):
        return [{"date": "2015-11-24", "precision": "day", "text": "24. November 2015",
                 "start": 0, "end": 5, "page": None}]

    real = pipeline._extractor

    def fake_extractor(module, func):
        if module == "amounts":
            return broken
        if module == "document":
            return fake_dates
        return real(module, func)

    monkeypatch.setattr(pipeline, "_extractor", fake_extractor)
    record = extract_file(TEXT)
    assert record["error"] is None
    assert record["amounts"] == []
    assert record["dates"][0]["date"] == "2015-11-24"
    err = capsys.readouterr().err
    assert "2015-0603_589977.txt" in err and "rule exploded" in err


def test_page_of_a_span_is_filled_from_its_offset(monkeypatch):
    doc = read_document(UV_PDF)
    second = doc.text.index("Seite 2 von 2")

    def fake_amounts(d):
        return [{"value": "3000000.00", "currency": "EUR", "text": "3 Mio. €", "period": None,
                 "label": None, "start": second, "end": second + 5}]

    monkeypatch.setattr(pipeline, "_extractor",
                        lambda m, f: fake_amounts if m == "amounts" else (lambda d: {}))
    record = extract_file(UV_PDF)
    assert record["amounts"][0]["page"] == 2


def test_records_become_the_contracts_dicts_without_internal_fields(monkeypatch):
    import datetime

    row = Consultation("Gemeinderat", datetime.date(2015, 11, 24), None, True, "35",
                       result="einstimmig beschlossen")
    monkeypatch.setattr(pipeline, "_extractor", lambda m, f: (
        (lambda d: [row]) if m == "consultations" else (lambda d: {})))
    record = extract_file(TEXT)
    assert record["consultations"] == [{"committee": "Gemeinderat", "date": "2015-11-24",
                                        "role": None, "public": True, "agenda_item": "35"}]


def test_a_missing_extractor_module_fails_loudly():
    with pytest.raises(ModuleNotFoundError, match="no_such_module_xyz"):
        pipeline._extractor("no_such_module_xyz", "find")


def _crash_on_empty(path, **options):
    import os

    if Path(path).stat().st_size == 0:
        os._exit(3)  # a native crash takes the worker process down
    return extract_file(path, **options)


def test_a_crashing_worker_costs_only_its_file(tmp_path, monkeypatch):
    empty = tmp_path / "absturz.pdf"
    empty.write_bytes(b"")
    monkeypatch.setattr(pipeline, "extract_file", _crash_on_empty)
    paths = [TEXT, str(empty), TEXT]
    records = list(pipeline.extract_files(paths, jobs=2))
    assert [r["source"] for r in records] == paths
    assert records[0]["error"] is None and records[2]["error"] is None
    assert "absturz.pdf: the reader crashed" in records[1]["error"]


def test_extractor_returning_the_wrong_shape_is_a_warning(monkeypatch, capsys):
    monkeypatch.setattr(pipeline, "_extractor",
                        lambda m, f: (lambda d: 42) if m in ("header", "document") else (lambda d: {}))
    record = extract_file(TEXT)
    assert record["error"] is None and record["title"] is None and record["dates"] == []
    err = capsys.readouterr().err
    assert "extract_header failed" in err and "document_dates failed" in err
