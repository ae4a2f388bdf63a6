"""read_document on recorded council documents (tests/fixtures/documents and
the portal pages of tests/fixtures/allris, sessionnet, publish; see SOURCES.md)."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from extract.document import DocumentError, read_document

FIXTURES = Path(__file__).parent.parent / "fixtures" / "documents"
UV_PDF = FIXTURES / "koblenz_UV-0310-2025_Unterrichtungsvorlage.pdf"
STUTTGART_PDF = FIXTURES / "stuttgart_gr_2019-03-28_Niederschrift-66_TOP1e.pdf"
SCAN_PDF = FIXTURES / "koeln_129244.pdf"
ALTONA_HTML = FIXTURES.parent / "allris" / "altona_vo020.html"
LAATZEN_HTML = FIXTURES.parent / "allris" / "laatzen_vo020-1000238.html"
KAISERSLAUTERN_HTML = FIXTURES.parent / "sessionnet" / "kaiserslautern_vo0050-19902.html"
KARLSRUHE_TEXT = FIXTURES.parent / "publish" / "karlsruhe" / "2015-0603_589977.txt"


@pytest.fixture(scope="module")
def uv():
    return read_document(str(UV_PDF))


@pytest.fixture(scope="module")
def stuttgart():
    return read_document(str(STUTTGART_PDF))


@pytest.fixture(scope="module")
def altona():
    return read_document(str(ALTONA_HTML))


@pytest.fixture(scope="module")
def laatzen():
    return read_document(str(LAATZEN_HTML))


# ------------------------------------------------------------------ PDF


def test_pdf_kind_and_pages(uv):
    assert uv.kind == "pdf"
    assert len(uv.page_starts) == 2
    assert uv.page_starts[0] == 0


def test_page_at_maps_each_page_footer_to_its_page(uv):
    # every page of the Koblenz Vorlage begins with "Seite N von 2"
    for n in (1, 2):
        offset = uv.text.index(f"Seite {n} von 2")
        assert uv.page_at(offset) == n
        assert offset == uv.page_starts[n - 1]


def test_page_at_last_offset_is_last_page(uv):
    assert uv.page_at(len(uv.text) - 1) == 2
    assert uv.page_at(uv.page_starts[1] - 1) == 1


def test_pdf_header_text_in_reading_order(uv):
    head = uv.text[:400]
    assert head.index("Vorlage: UV/0310/2025") < head.index("Betreff:") \
        < head.index("Aktueller Sachstand Max-von-Laue-Gymnasium") < head.index("Gremienweg:")


def test_pdf_lines_end_with_newline_only(uv, stuttgart):
    for doc in (uv, stuttgart):
        assert "\r" not in doc.text
        assert "\ufffe" not in doc.text and "\x02" not in doc.text


def test_syllable_break_at_line_end_is_joined(stuttgart):
    # printed "Landes-" / "hauptstadt" and "Be-" / "schlüsse" at line ends
    assert "Gemeinderat der Landeshauptstadt Stuttgart" in stuttgart.text
    assert "sondern Beschlüsse des Gemeinderats" in stuttgart.text
    assert "Regierungspräsidium" in stuttgart.text


def test_elided_compound_keeps_hyphen_and_space(uv):
    # printed "Elektro-" / "und Sanitärtechnik" across a line break
    assert "Elektro- und Sanitärtechnik" in uv.text


def test_gremienweg_table_found_on_page_one(uv):
    rows = [row for table in uv.tables for row in table.rows]
    assert any(table.page == 1 for table in uv.tables)
    committee_rows = [r for r in rows if r and r[0] == "13.11.2025"]
    assert committee_rows, rows
    assert committee_rows[0][1].startswith("Schulträgerausschuss")


def test_table_cell_offsets_point_into_text(uv):
    checked = 0
    for table in uv.tables:
        for row, offsets in zip(table.rows, table.cell_offsets):
            for cell, offset in zip(row, offsets):
                if offset is None:
                    continue
                first_word = cell.split()[0]
                assert uv.text[offset:offset + len(first_word)] == first_word
                assert uv.page_at(offset) == table.page
                checked += 1
    assert checked >= 3


def test_table_analysis_only_on_pages_that_announce_one(stuttgart):
    # the Stuttgart minutes have no Beratungsfolge/Gremienweg/finance table
    assert stuttgart.tables == []


# ------------------------------------------------------------------ OCR


@pytest.fixture(scope="module")
def scan():
    if not shutil.which("tesseract"):
        pytest.skip("tesseract not installed")
    return read_document(str(SCAN_PDF))


def test_scanned_page_is_read_by_ocr(scan):
    assert scan.ocr_pages == [1]
    assert scan.page_starts == [0]


def test_ocr_finds_words_of_the_reference_transcription(scan):
    reference = (FIXTURES / "koeln_129244.referenz.txt").read_text(encoding="utf-8")
    words = {w for w in re.findall(r"\w{6,}", reference)}
    found = {w for w in words if w in scan.text}
    assert len(found) / len(words) > 0.85, sorted(words - found)
    for word in ("Bezirksvertretung", "Radfahrwege", "Oberbürgermeister", "Siegburger"):
        assert word in scan.text


def test_ocr_reads_the_letter_date(scan):
    assert "08.09.2008" in scan.text


def test_scan_without_ocr_is_an_error():
    with pytest.raises(DocumentError, match=r"koeln_129244\.pdf.*no text layer.*OCR disabled"):
        read_document(str(SCAN_PDF), ocr=False)


def test_scan_without_tesseract_is_an_error(monkeypatch):
    from extract import document_pdf

    monkeypatch.setattr(document_pdf, "TESSERACT", "/nonexistent/tesseract")
    with pytest.raises(DocumentError, match=r"no text layer.*tesseract is not installed"):
        read_document(str(SCAN_PDF))


# ------------------------------------------------------------------ HTML


def test_iso_8859_1_page_decodes_umlauts(altona):
    assert altona.kind == "html"
    assert "Beschlussempfehlung des Mobilitätsausschusses" in altona.text
    assert "Geschäftsstelle der Bezirksversammlung" in altona.text
    assert "\ufffd" not in altona.text and "Ã" not in altona.text


def test_html_drops_scripts_and_navigation(altona):
    assert "checkClickResult" not in altona.text  # inline script in the Betreff cell
    assert "Impressum" not in altona.text  # navigation menu


def test_html_fields_from_label_cells(altona):
    assert altona.fields["Betreff"] == (
        "Umleitung der Metrobuslinie 1 Beschlussempfehlung des Mobilitätsausschusses")
    assert altona.fields["Federführend"] == "Geschäftsstelle der Bezirksversammlung"
    assert altona.fields["Status"] == "öffentlich"
    assert altona.fields["Drucksache-Art"] == "Beschlussempfehlung öffentlich"


def test_html_table_row_is_a_tab_separated_line(altona):
    assert "09.07.2026\tSitzung des Hauptausschusses" in altona.text.splitlines()


def test_html_definition_list_fields(laatzen):
    assert laatzen.fields["Vorlageart"] == "Antrag"
    assert laatzen.fields["Federführend"] == "40 Bildung und Sport"
    # <br/> inside the value becomes a space
    assert laatzen.fields["Betreff"].startswith(
        "Bildungscampus Laatzen - Abschluss des Partizipationsprozeses - Antrag der CDU/FDP-Gruppe")


def test_html_beratungsfolge_table(laatzen):
    header = ["Status", "Datum", "Gremium", "Beschluss", "NA"]
    table = next(t for t in laatzen.tables if t.rows[0] == header)
    assert ["", "29.06.2026", "Sitzung des Schulausschusses", "vertagt", "NA"] in table.rows
    assert "Status\tDatum\tGremium\tBeschluss\tNA" in laatzen.text.splitlines()


def test_html_cell_offsets_point_into_text(laatzen, altona):
    checked = {}
    for name, doc in (("laatzen", laatzen), ("altona", altona)):
        for table in doc.tables:
            for row, offsets in zip(table.rows, table.cell_offsets):
                for cell, offset in zip(row, offsets):
                    if offset is not None:
                        assert doc.text[offset:offset + len(cell)] == cell
                        checked.setdefault(name, set()).add(cell)
    # cells of the Beratungsfolge tables of both pages
    assert {"Ortsrat Laatzen", "25.08.2026", "Sitzung des Schulausschusses"} <= checked["laatzen"]
    assert {"Hauptausschuss", "09.07.2026", "Sitzung des Hauptausschusses"} <= checked["altona"]


def test_sessionnet_css_table_fields():
    doc = read_document(str(KAISERSLAUTERN_HTML))
    assert doc.fields["Vorlage"] == "0463/2026"
    assert doc.fields["Art"] == "Beschlussvorlage"
    assert doc.fields["Betreff"] == "Beschlussempfehlung zum Entwurf des Stellenplanes 2027"
    assert "Vorlage\t0463/2026" in doc.text.splitlines()


def test_html_page_starts_empty_and_page_none(altona):
    assert altona.page_starts == []
    assert altona.page_at(10) is None


# ------------------------------------------------------------------ text


def test_text_file_utf8():
    doc = read_document(str(KARLSRUHE_TEXT))
    assert doc.kind == "text"
    assert "Gluten- und laktosefreie Mahlzeiten" in doc.text
    assert "Bürgersaal des Rathauses" in doc.text


def test_text_file_cp1252_fallback(tmp_path):
    original = KARLSRUHE_TEXT.read_text(encoding="utf-8")
    path = tmp_path / "protokoll.txt"
    path.write_bytes(original.encode("cp1252"))
    doc = read_document(str(path))
    assert "Bürgersaal des Rathauses" in doc.text


def test_text_crlf_becomes_lf(tmp_path):
    original = KARLSRUHE_TEXT.read_text(encoding="utf-8")
    path = tmp_path / "protokoll.md"
    path.write_bytes(original.replace("\n", "\r\n").encode("utf-8"))
    doc = read_document(str(path))
    assert "\r" not in doc.text
    assert "Ort: Bürgersaal des Rathauses" in doc.text


def test_type_is_taken_from_content_not_extension(tmp_path):
    pdf_as_txt = tmp_path / "vorlage.txt"
    pdf_as_txt.write_bytes(UV_PDF.read_bytes())
    assert read_document(str(pdf_as_txt)).kind == "pdf"
    html_as_pdf = tmp_path / "seite.pdf"
    html_as_pdf.write_bytes(ALTONA_HTML.read_bytes())
    assert read_document(str(html_as_pdf)).kind == "html"


# ------------------------------------------------------------------ bad input
# Each broken file is made from a real fixture in the test.


def test_truncated_pdf(tmp_path):
    path = tmp_path / "abgeschnitten.pdf"
    data = UV_PDF.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(DocumentError, match=r"abgeschnitten\.pdf: corrupt or truncated PDF"):
        read_document(str(path))


def test_encrypted_pdf(tmp_path):
    pikepdf = pytest.importorskip("pikepdf")
    path = tmp_path / "verschluesselt.pdf"
    with pikepdf.open(UV_PDF) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(user="geheim", owner="geheim"))
    with pytest.raises(DocumentError, match=r"verschluesselt\.pdf: encrypted"):
        read_document(str(path))


def test_pdf_encrypted_only_against_editing_is_read(tmp_path):
    pikepdf = pytest.importorskip("pikepdf")
    path = tmp_path / "nur-lesen.pdf"
    with pikepdf.open(UV_PDF) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(user="", owner="geheim"))
    assert "Aktueller Sachstand Max-von-Laue-Gymnasium" in read_document(str(path)).text


def test_zero_byte_file(tmp_path):
    path = tmp_path / "leer.pdf"
    path.write_bytes(b"")
    with pytest.raises(DocumentError, match=r"leer\.pdf: empty file"):
        read_document(str(path))


def test_zero_page_pdf(tmp_path):
    import pypdfium2

    path = tmp_path / "ohne-seiten.pdf"
    pypdfium2.PdfDocument.new().save(str(path))
    with pytest.raises(DocumentError, match=r"ohne-seiten\.pdf: PDF has no pages"):
        read_document(str(path))


def test_png_renamed_pdf(tmp_path):
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(UV_PDF))
    image = pdf[0].render(scale=0.5).to_pil()
    path = tmp_path / "scan.pdf"
    image.save(path, format="PNG")
    pdf.close()
    with pytest.raises(DocumentError, match=r"scan\.pdf: unsupported file type \(a PNG image\)"):
        read_document(str(path))


def test_more_pages_than_max_pages(tmp_path):
    with pytest.raises(DocumentError, match=r"2 pages, more than the limit of 1"):
        read_document(str(UV_PDF), max_pages=1)
    assert len(read_document(str(UV_PDF), max_pages=2).page_starts) == 2


def test_missing_file(tmp_path):
    with pytest.raises(DocumentError, match=r"fehlt\.pdf: cannot open"):
        read_document(str(tmp_path / "fehlt.pdf"))


def test_directory(tmp_path):
    with pytest.raises(DocumentError, match=r"is a directory"):
        read_document(str(tmp_path))


def test_binary_garbage(tmp_path):
    path = tmp_path / "daten.txt"
    path.write_bytes(UV_PDF.read_bytes()[4000:6000].replace(b"%PDF-", b"") + b"\x00" * 8)
    with pytest.raises(DocumentError, match=r"daten\.txt: unsupported file type \(binary data\)"):
        read_document(str(path))


def test_ocr_confusions_are_fixed():
    from extract.document_pdf import fix_ocr_confusions

    # as tesseract read koeln_129244.pdf and koeln_345174.pdf
    assert fix_ocr_confusions("Bezirksvertretung am 23. 9, 2008") == \
        "Bezirksvertretung am 23. 9. 2008"
    assert fix_ocr_confusions("ANFRAGE NACH $ 4 DER GESCHÄFTSORDNUNG") == \
        "ANFRAGE NACH § 4 DER GESCHÄFTSORDNUNG"
    # amounts and lists of numbers stay as they are
    assert fix_ocr_confusions("12,5, 2008 und 3.000, 2010") == "12,5, 2008 und 3.000, 2010"


def test_soft_hyphen_rules():
    from extract.document_pdf import resolve_soft_hyphens

    assert resolve_soft_hyphens("Landes\ufffehauptstadt") == "Landeshauptstadt"
    assert resolve_soft_hyphens("ÖPNV\ufffeAngebots") == "ÖPNV-Angebots"
    assert resolve_soft_hyphens("Außen\ufffeund Innensportanlagen") == "Außen- und Innensportanlagen"
    assert resolve_soft_hyphens("Verwal\x02tung") == "Verwaltung"


def test_pdfplumber_fallback_when_no_ruled_grid_is_found(monkeypatch):
    from extract import document_pdf

    monkeypatch.setattr(document_pdf, "page_tables", lambda page, textpage: [])
    doc = read_document(str(UV_PDF))
    rows = [row for table in doc.tables for row in table.rows]
    assert any(r[0] == "13.11.2025" and r[1].startswith("Schulträgerausschuss") for r in rows)


def test_no_fallback_table_search_where_the_drawings_cannot_make_a_grid():
    import pdfplumber
    import pypdfium2 as pdfium

    from extract.document_pdf import _may_hold_grid

    # Stuttgart Niederschrift: page 1 is ruled as a table; pages 2 and 3
    # draw only underlines (less than a point high), so no vertical rule
    pdf = pdfium.PdfDocument(str(STUTTGART_PDF))
    try:
        assert [_may_hold_grid(pdf[i]) for i in range(3)] == [True, False, False]
    finally:
        pdf.close()
    with pdfplumber.open(str(STUTTGART_PDF)) as plumber:
        assert [plumber.pages[i].extract_tables() for i in (1, 2)] == [[], []]
        assert any(e["orientation"] == "h" for e in plumber.pages[1].edges)


def test_pdfium_grid_cells_match_the_printed_table(uv):
    table = next(t for t in uv.tables if t.page == 1)
    assert table.rows[0] == ["Vorlage: UV/0310/2025", "Datum: 03.11.2025"]
    assert ["Verfasser:", "65-Zentrales Gebäudemanagement", "Az.:"] in table.rows


def test_text_layer_without_unicode_map_counts_as_unreadable(stuttgart):
    from extract.document_pdf import unreadable

    page_one = stuttgart.text[: stuttgart.page_starts[1]]
    assert not unreadable(page_one)
    # the same page as a font without a ToUnicode map comes out of pdfium:
    # glyph ids as control and private-use characters
    garbled = "".join(chr(0xE000 + ord(c) % 200) if c.isalpha() else c for c in page_one)
    assert unreadable(garbled)
    assert unreadable("".join(chr(ord(c) % 31 + 1) if c.isalpha() else c for c in page_one))


def _raw_pages(path):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        for page in pdf:
            textpage = page.get_textpage()
            yield textpage.get_text_range()
            textpage.close()
            page.close()
    finally:
        pdf.close()


def _unreadable_by_counting(text):
    """unreadable() as its definition reads: every character counted."""
    import unicodedata

    visible = sum(1 for c in text if not c.isspace())
    bad = sum(1 for c in text if not c.isspace()
              and (c == "\ufffd" or unicodedata.category(c) in ("Co", "Cc", "Cn")))
    return visible >= 20 and bad > 0.3 * visible


def test_unreadable_counts_what_a_count_of_every_character_finds():
    from extract.document_pdf import unreadable

    pages = [raw for pdf in sorted(FIXTURES.parent.rglob("*.pdf")) for raw in _raw_pages(pdf)]
    assert len(pages) >= 7  # the pages of the four recorded PDFs
    garbled = ["".join(chr(0xE000 + ord(c) % 200) if c.isalpha() else c for c in page)
               for page in pages]
    near = [
        "a" * 14 + "\ue000" * 6,             # 20 visible, 6 bad: 30 %, not more
        "a" * 13 + "\ue000" * 7,             # 20 visible, 7 bad
        "\ue000" * 19 + " \n\t",            # all bad, 19 visible
        "\x1c\x1d\x1e\x1f" * 10 + "ab",      # control characters that are white space
        "\ufffd" * 8 + "Vorlage Nr. 12/2020 ",
        "\ufffe\x02" * 6 + "Verwal\ufffetung und Bau\x02 Planung",
        "",
    ]
    texts = pages + garbled + near
    assert [unreadable(t) for t in texts] == [_unreadable_by_counting(t) for t in texts]
    assert any(unreadable(t) for t in near) and not all(unreadable(t) for t in near)


def test_visible_characters_are_counted_as_without_white_space():
    from extract.document_pdf import clean_page_text, has_visible_chars

    pages = [clean_page_text(raw) for pdf in sorted(FIXTURES.parent.rglob("*.pdf")) for raw in _raw_pages(pdf)]
    near = ["", " \n\t", "a" * 19, " a" * 20, "\u2003".join("abcdefghijklmnopqrst"),
            "abc\x1cdef\x1dghi\x1ejkl\x1fmnopqrs", "1234567890\n123456789\n"]
    for text in pages + near:
        for n in (1, 19, 20, 21, 500):
            assert has_visible_chars(text, n) == (len(re.sub(r"\s", "", text)) >= n), (text[:40], n)


def test_utf16_text_and_html_with_bom(tmp_path):
    original = KARLSRUHE_TEXT.read_text(encoding="utf-8")
    path = tmp_path / "export.txt"
    path.write_bytes(original.encode("utf-16"))
    assert "Bürgersaal des Rathauses" in read_document(str(path)).text
    page = LAATZEN_HTML.read_text(encoding="utf-8")
    path = tmp_path / "seite.html"
    path.write_bytes(page.encode("utf-16"))
    doc = read_document(str(path))
    assert doc.kind == "html" and doc.fields["Vorlageart"] == "Antrag"


def test_html_fragment_without_html_element_is_html(tmp_path):
    page = ALTONA_HTML.read_bytes()
    fragment = page[page.index(b'<div id="rismain">'):]
    path = tmp_path / "ausschnitt.txt"
    path.write_bytes(fragment)  # no charset declared: Windows-1252 fallback
    doc = read_document(str(path))
    assert doc.kind == "html"
    assert doc.fields["Federführend"] == "Geschäftsstelle der Bezirksversammlung"


def test_allris_heading_kind_and_number_as_field(altona, laatzen):
    assert altona.fields["Drucksache"] == "22-2362"
    assert laatzen.fields["Antrag"] == "2026/245"


@pytest.mark.skipif(not shutil.which("tesseract"), reason="tesseract not installed")
def test_ocr_leaves_no_page_image_behind(monkeypatch, tmp_path):
    # the page image goes to tesseract as a temporary file: gone after a
    # page read and after a failed one
    import tempfile

    from extract import document_pdf

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    doc = read_document(str(SCAN_PDF))
    assert "Bezirksvertretung" in doc.text
    monkeypatch.setattr(document_pdf, "OCR_LANG", "xyz_no_such_language")
    with pytest.raises(DocumentError, match="tesseract failed"):
        read_document(str(SCAN_PDF))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not shutil.which("tesseract"), reason="tesseract not installed")
def test_missing_german_language_data_is_an_error(monkeypatch):
    from extract import document_pdf

    monkeypatch.setattr(document_pdf, "OCR_LANG", "xyz_no_such_language")
    with pytest.raises(DocumentError, match=r"koeln_129244\.pdf: no text layer.*tesseract failed"):
        read_document(str(SCAN_PDF))


def test_ocr_scale_keeps_a4_at_300_dpi_and_caps_plan_sheets():
    from extract.document_pdf import OCR_MAX_PIXELS, ocr_scale

    assert ocr_scale(595, 842) == pytest.approx(300 / 72)  # A4
    a0 = ocr_scale(2384, 3370)
    assert a0 < 300 / 72
    assert 2384 * 3370 * a0 * a0 <= OCR_MAX_PIXELS * 1.001


def test_table_announcement_found_as_the_case_insensitive_trigger_finds_it():
    # announces_table searches lowercased text; the letters that
    # case-insensitive matching pairs with ASCII letters although lower()
    # does not make them those letters send it to TABLE_TRIGGER itself
    import pypdfium2 as pdfium

    from extract.document_pdf import TABLE_TRIGGER, announces_table, clean_page_text

    pages = []
    for path in (UV_PDF, STUTTGART_PDF):
        pdf = pdfium.PdfDocument(str(path))
        for page in pdf:
            textpage = page.get_textpage()
            pages.append(clean_page_text(textpage.get_text_range()))
            textpage.close()
            page.close()
        pdf.close()
    pages += ["BERATUNGSFOLGE:", "Beratungſfolge", "Gremium\n  Sitzung", "FİNANZIELLE AUSWIRKUNGEN",
              "Fınanzielle Auswirkungen", "Sitzungstermin Gremium", "Beratungs folge", "Gremienweg\tx"]
    assert any(announces_table(p) for p in pages) and not all(announces_table(p) for p in pages)
    for text in pages:
        assert announces_table(text) == (TABLE_TRIGGER.search(text) is not None), text[:60]


def test_text_keeps_no_inline_html_tags():
    # a PDF's text republished with its markup (Kröpelin minutes on yumpu.com):
    # "<strong>Stadt</strong>vertretung <strong>Kröpelin</strong><br />", "Datum: <strong>28.07.</strong>2011<br />"
    doc = read_document(str(FIXTURES.parent / "archived" / "kroepelin_stv_niederschrift_2011-07-28.txt"))
    assert "\nStadtvertretung Kröpelin\n" in doc.text
    assert "\nDatum: 28.07.2011\n" in doc.text
    assert "<" not in doc.text


def test_blanks_before_line_breaks_go_as_the_regex_drops_them(uv, stuttgart):
    # the raw page texts of the Koblenz and Stuttgart PDFs (pdfium ends lines
    # with " \r\n"), the recorded texts under tests/fixtures, and near misses
    from extract.document import strip_line_ends

    import pypdfium2 as pdfium

    texts = []
    for path in (UV_PDF, STUTTGART_PDF):
        pdf = pdfium.PdfDocument(str(path))
        for page in pdf:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range().replace("\r\n", "\n"))
            textpage.close()
            page.close()
        pdf.close()
    texts += [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.parent.rglob("*.txt"))]
    texts += ["a \t \nb\t\n \n\n  c  ", " ", "\n", "x \n", "\t\n\t", "a\u00a0\nb \r\n"]
    assert sum(bool(re.search(r"[ \t]\n", t)) for t in texts) >= 10
    assert [strip_line_ends(t) for t in texts] == [re.sub(r"[ \t]+\n", "\n", t) for t in texts]
