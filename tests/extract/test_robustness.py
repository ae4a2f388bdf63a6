"""Property tests: no input makes an extractor or the reader raise.

Random text and real text with random edits (digits, separators, currency
signs, umlauts, line breaks spliced in, pieces cut out) go to every field
extractor; each must return without an exception, with offsets inside the
text. Mutated PDF and HTML bytes must give a Document or a DocumentError.
"""
from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.document import Document, DocumentError, read_document

FIXTURES = Path(__file__).parent.parent / "fixtures" / "documents"
ALTONA_HTML = FIXTURES.parent / "allris" / "altona_vo020.html"
KARLSRUHE_TEXT = FIXTURES.parent / "publish" / "karlsruhe" / "2015-0603_589977.txt"
REAL_TEXTS = [
    KARLSRUHE_TEXT.read_text(encoding="utf-8"),
    read_document(str(ALTONA_HTML)).text,
    read_document(str(FIXTURES / "koblenz_UV-0310-2025_Unterrichtungsvorlage.pdf")).text[:3000],
]

EXTRACTORS = [
    ("header", "extract_header"),
    ("references", "find_references"),
    ("dates", "find_dates"),
    ("amounts", "find_amounts"),
    ("consultations", "find_consultations"),
    ("decisions", "find_decisions"),
    ("entities", "find_entities"),
]

# pieces that sit next to dates, amounts and references in real papers
TRICKY = ["0", "1", "9", "12", "2017", ".", ",", "-", "/", ":", "€", "EUR", "Euro", "T€", "Mio.",
          "%", "§", "ö", "Ä", "ß", "\n", "\t", " ", ",-", "Nr.", "Vorlage", "Drucksache",
          "Beratungsfolge", "Beschluss:", "Gremium", "Datum", "ö", "nö", "einstimmig", "\ufffd",
          "31.02.", "Juni", "vom", "Betreff:", "(", ")", "\"", "x"]

random_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400)


@st.composite
def mutated_text(draw):
    text = draw(st.sampled_from(REAL_TEXTS))
    for _ in range(draw(st.integers(0, 8))):
        pos = draw(st.integers(0, len(text)))
        if draw(st.booleans()):
            text = text[:pos] + draw(st.sampled_from(TRICKY)) + text[pos:]
        else:
            text = text[:pos] + text[pos + draw(st.integers(1, 40)):]
    start = draw(st.integers(0, max(0, len(text) - 1)))
    return text[start:start + draw(st.integers(0, 2500))]


@st.composite
def documents(draw):
    text = draw(st.one_of(random_text, mutated_text()))
    kind = draw(st.sampled_from(["text", "pdf", "html"]))
    page_starts = []
    if kind == "pdf":
        cuts = draw(st.lists(st.integers(1, max(1, len(text))), max_size=3, unique=True))
        page_starts = [0] + sorted(c for c in cuts if c < len(text))
    return Document(source="random.txt", text=text, kind=kind, page_starts=page_starts)


def _spans(result):
    if isinstance(result, dict):
        result = [result]
    for item in result or []:
        if isinstance(item, dict) and "start" in item:
            yield item


@pytest.mark.parametrize("module_name, func_name", EXTRACTORS)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=documents())
def test_extractor_never_raises_and_offsets_lie_in_text(module_name, func_name, doc):
    module = importlib.import_module(f"extract.{module_name}")
    result = getattr(module, func_name)(doc)
    assert isinstance(result, (dict, list))
    for item in _spans(result):
        assert 0 <= item["start"] <= item["end"] <= len(doc.text), item


@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_mutated_pdf_bytes_give_document_or_error(tmp_path_factory, data):
    original = (FIXTURES / "stuttgart_gr_2019-03-28_Niederschrift-66_TOP1e.pdf").read_bytes()
    raw = bytearray(original)
    for _ in range(data.draw(st.integers(1, 20))):
        pos = data.draw(st.integers(0, len(raw) - 1))
        raw[pos] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(len(raw) // 2, len(raw)))
    path = tmp_path_factory.mktemp("fuzz") / "mutated.pdf"
    path.write_bytes(bytes(raw[:cut]))
    try:
        doc = read_document(str(path), ocr=False)
    except DocumentError as exc:
        assert "mutated.pdf" in str(exc)
    else:
        assert doc.page_starts and doc.page_starts == sorted(doc.page_starts)


@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_mutated_html_bytes_give_document_or_error(tmp_path_factory, data):
    raw = bytearray((ALTONA_HTML).read_bytes())
    for _ in range(data.draw(st.integers(1, 30))):
        pos = data.draw(st.integers(0, len(raw) - 1))
        raw[pos] = data.draw(st.sampled_from(b"<>/\"'=&;\x00\xe4\xfc\n tdrab"))
    cut = data.draw(st.integers(0, len(raw)))
    path = tmp_path_factory.mktemp("fuzz") / "mutated.html"
    path.write_bytes(bytes(raw[:cut]))
    try:
        doc = read_document(str(path))
    except DocumentError as exc:
        assert "mutated.html" in str(exc)
    else:
        for table in doc.tables:
            for row, offsets in zip(table.rows, table.cell_offsets):
                for cell, offset in zip(row, offsets):
                    assert offset is None or doc.text[offset:offset + len(cell)] == cell


def test_every_extractor_module_imports():
    for module_name, func_name in EXTRACTORS:
        module = importlib.import_module(f"extract.{module_name}")
        assert callable(getattr(module, func_name))
