"""PDF -> Document: pypdfium2 text layer, ruled tables where a page has a
consultation or finance table, tesseract OCR for pages without text.

pypdfium2 reads text about 50 times faster than pdfplumber (see
benchmarks/extract_speed.py), so every page goes through pypdfium2. Pages
that announce a table we need (Beratungsfolge, Finanzielle Auswirkungen, ...)
and carry ruling lines get their cell grid from the same pdfium page
(extract.pdf_tables); pdfplumber's table finder is the fallback where that
finds nothing.
"""
from __future__ import annotations

import io
import os
import re
import struct
import subprocess
import sys
import unicodedata
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .document import Document, DocumentError, Table, normalize_text
from .pdf_tables import page_tables
from .text import HYPHEN_KEPT_BEFORE, has_case_specials, lowered_pattern

# A page with less visible text than this and an image on it is a scan.
MIN_TEXT_CHARS = 20
OCR_DPI = 300
OCR_LANG = "deu"
# A large plan sheet (A0 at 300 dpi is 140 million pixels) is rendered
# smaller, keeping OCR time and memory near those of an A3 page.
OCR_MAX_PIXELS = 20_000_000
OCR_TIMEOUT = 180  # seconds per page
# tesseract's OpenMP threads busy-wait: on the 2-core machine of
# benchmarks/extract_speed.py one thread reads a page in half the CPU time
# and no more wall time than the default of one thread per core
OCR_THREADS = "1"
TESSERACT = "tesseract"  # the command

# Words announcing a table whose cells the field extractors use.
TABLE_TRIGGER = re.compile(
    r"Beratungsfolge|Beratungsreihenfolge|Gremienweg|Beratungsweg|Finanzielle\s+Auswirkungen"
    r"|Gremium\s+(?:Datum|Termin|Sitzung)|Sitzungstermin\s+Gremium",
    re.I,
)

# each match of TABLE_TRIGGER holds one of these, lowercased (no i, k or s:
# case-insensitive matching pairs them with non-ASCII letters)
_TRIGGER_PARTS = ("ratung", "grem", "nanz", "tzung")
# TABLE_TRIGGER for lowercased text: a case-sensitive pattern the engine
# searches by its first letters
_TRIGGER_LOWER = lowered_pattern(TABLE_TRIGGER)


def announces_table(text: str) -> bool:
    """TABLE_TRIGGER found in ``text`` (searched only where its words can be)."""
    low = text.lower()
    if not any(part in low for part in _TRIGGER_PARTS):
        return False
    if has_case_specials(text):
        return TABLE_TRIGGER.search(text) is not None
    return _TRIGGER_LOWER.search(low) is not None


_LOAD_ERRORS = {
    pdfium_c.FPDF_ERR_PASSWORD: "encrypted (password required)",
    pdfium_c.FPDF_ERR_SECURITY: "encrypted with an unsupported security handler",
    pdfium_c.FPDF_ERR_FORMAT: "corrupt or truncated PDF",
    pdfium_c.FPDF_ERR_FILE: "cannot open the PDF",
    pdfium_c.FPDF_ERR_PAGE: "corrupt PDF (page not found)",
}


def read_pdf(source: str, data: bytes, *, max_pages: int | None = None,
             ocr: bool = True) -> Document:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        reason = _LOAD_ERRORS.get(getattr(exc, "err_code", None), "unreadable PDF")
        if _pageless(data):
            reason = "PDF has no pages"
        raise DocumentError(f"{source}: {reason}") from None
    try:
        return _read_pages(source, data, pdf, max_pages=max_pages, ocr=ocr)
    finally:
        pdf.close()


def _pageless(data: bytes) -> bool:
    """A page tree with /Count 0 and no page object (pdfium refuses to load these)."""
    return (re.search(rb"/Count\s*0\b", data) is not None
            and re.search(rb"/Type\s*/Page(?![A-Za-z])", data) is None)


@dataclass
class _Page:
    text: str
    ocr: bool = False
    ocr_failure: str | None = None
    tables: list = field(default_factory=list)  # rows of raw cell strings, per table
    needs_plumber: bool = False


def _read_pages(source, data, pdf, *, max_pages, ocr) -> Document:
    n = len(pdf)
    if n == 0:
        raise DocumentError(f"{source}: PDF has no pages")
    if max_pages is not None and n > max_pages:
        raise DocumentError(f"{source}: {n} pages, more than the limit of {max_pages}")
    pages = []
    for i in range(n):
        try:
            page = pdf[i]
        except pdfium.PdfiumError:
            raise DocumentError(f"{source}: corrupt PDF (page {i + 1} cannot be loaded)") from None
        try:
            pages.append(_read_page(page, ocr))
        finally:
            page.close()

    page_starts, pos = [], 0
    for p in pages:
        page_starts.append(pos)
        pos += len(p.text) + 1
    full = "\n".join(p.text for p in pages)
    failures = [p.ocr_failure for p in pages if p.ocr_failure]
    if not full.strip():
        if failures:
            raise DocumentError(f"{source}: no text layer (scanned pages or fonts without a "
                                f"Unicode map) and {failures[0]}")
        raise DocumentError(f"{source}: PDF contains no text")
    if failures and failures[0] != "OCR disabled":
        print(f"{source}: some scanned pages not read: {failures[0]}", file=sys.stderr)
    doc = Document(source=source, text=full, kind="pdf", page_starts=page_starts,
                   ocr_pages=[i + 1 for i, p in enumerate(pages) if p.ocr])
    for i, p in enumerate(pages):
        doc.tables.extend(_tables(doc, i, p.tables))
    plumber_pages = [i for i, p in enumerate(pages) if p.needs_plumber]
    if plumber_pages:
        doc.tables.extend(find_tables(data, plumber_pages, doc))
        doc.tables.sort(key=lambda t: t.page)
    return doc


def _read_page(page, ocr: bool) -> _Page:
    """The text layer; OCR where it is missing or garbled; tables where announced."""
    textpage = page.get_textpage()
    try:
        raw = textpage.get_text_range()
        result = _Page(clean_page_text(raw))
        garbled = unreadable(raw)
        if garbled or (not has_visible_chars(result.text, MIN_TEXT_CHARS)
                       and _has_image(page)):
            if garbled:
                result.text = ""
            if not ocr:
                result.ocr_failure = "OCR disabled"
                return result
            try:
                result.text, result.ocr = ocr_page(page), True
            except OcrUnavailable as exc:
                result.ocr_failure = str(exc)
        elif announces_table(result.text) and _has_paths(page):
            found = [rows for rows in page_tables(page, textpage) if _substantial(rows)]
            result.tables = found
            # none found: rules drawn in a form XObject or a layout we do not
            # parse, where the drawings could make a grid at all
            result.needs_plumber = not found and _may_hold_grid(page)
        return result
    finally:
        textpage.close()


# pdfium marks a hyphen at a line break with U+FFFE (older builds: U+0002)
# and joins the two lines.
_SOFT_HYPHEN = re.compile(r"[\ufffe\x02]\s*(?=(\S?))")


def unreadable(text: str) -> bool:
    """A text layer of fonts without a Unicode map: mostly private-use,
    replacement or control characters instead of letters."""
    # checked per distinct character (a page has a few thousand characters
    # but only a hundred distinct ones), counted only where there are bad ones
    distinct = set(text)
    bad_chars = [c for c in distinct if not c.isspace()
                 and (c == "\ufffd" or unicodedata.category(c) in ("Co", "Cc", "Cn"))]
    if not bad_chars:
        return False
    visible = len(text) - sum(text.count(c) for c in distinct if c.isspace())
    if visible < MIN_TEXT_CHARS:
        return False
    return sum(text.count(c) for c in bad_chars) > 0.3 * visible


_VISIBLE_RUN = re.compile(r"\S+")


def has_visible_chars(text: str, n: int) -> bool:
    """At least ``n`` characters of ``text`` are not white space (counted
    word by word until there are enough)."""
    count = 0
    for m in _VISIBLE_RUN.finditer(text):
        count += m.end() - m.start()
        if count >= n:
            return True
    return False


def clean_page_text(raw: str) -> str:
    return normalize_text(resolve_soft_hyphens(raw)).strip("\n")


def resolve_soft_hyphens(text: str) -> str:
    """A syllable break (lowercase continues: 'Verwal-tung') disappears; a
    hyphen before a capital or digit ('ÖPNV-Angebot') stays; before 'und',
    'oder' ... it is an elision ('Bau- und') and keeps its space."""

    def repl(m: re.Match) -> str:
        nxt = m.group(1)
        rest = text[m.end():m.end() + 6]
        if HYPHEN_KEPT_BEFORE.match(rest):
            return "- "
        if nxt and (nxt.isupper() or nxt.isdigit()):
            return "-"
        if not nxt:
            return "-"
        return ""

    return _SOFT_HYPHEN.sub(repl, text)


def _has_image(page) -> bool:
    return any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2))


def _has_paths(page) -> bool:
    return any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2))


# pdfplumber's table finder ("lines" strategy) joins collinear strokes less
# than join_tolerance apart and keeps edges at least edge_min_length long;
# a cell needs two horizontal and two vertical edges
PLUMBER_JOIN = 3.0
PLUMBER_MIN_EDGE = 3.0


def _may_hold_grid(page) -> bool:
    """False when the drawings of the page (paths, and form XObjects that
    may hold paths) reach PLUMBER_MIN_EDGE in only one direction or in
    neither, even joined: pdfplumber's table finder finds no table there."""
    boxes = list(_drawing_boxes(page))
    return (_reaches([(left, right) for left, _, right, _ in boxes])
            and _reaches([(bottom, top) for _, bottom, _, top in boxes]))


def _drawing_boxes(page, form=None, matrices=(), depth=0):
    """Page-space bounds of each path, inside form XObjects too (a form
    nested deeper than 10 levels counts as one box)."""
    kinds = [pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM]
    for obj in page.get_objects(filter=kinds, max_depth=1, form=form):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 10:
            # its objects' bounds are in its own space: its matrix maps them out
            yield from _drawing_boxes(page, obj, (obj.get_matrix(), *matrices), depth + 1)
            continue
        box = obj.get_bounds()
        for matrix in matrices:
            box = matrix.on_rect(*box)
        yield box


def _reaches(extents: list[tuple[float, float]]) -> bool:
    """True when the extents, joined where less than PLUMBER_JOIN apart,
    cover PLUMBER_MIN_EDGE somewhere."""
    start = end = None
    for a, b in sorted(extents):
        if start is None or a > end + PLUMBER_JOIN:
            start, end = a, b
        else:
            end = max(end, b)
        if end - start >= PLUMBER_MIN_EDGE:
            return True
    return False


# ---------------------------------------------------------------- OCR


class OcrUnavailable(Exception):
    pass


def ocr_scale(width: float, height: float) -> float:
    """Render scale for a page of width x height points: OCR_DPI, or less
    where that would exceed OCR_MAX_PIXELS."""
    return min(OCR_DPI / 72, (OCR_MAX_PIXELS / max(width * height, 1.0)) ** 0.5)


def ocr_page(page) -> str:
    """Render at OCR_DPI and read with tesseract (German)."""
    bitmap = page.render(scale=ocr_scale(*page.get_size()), grayscale=True)
    try:
        image = _tiff(bitmap)
    finally:
        bitmap.close()
    return fix_ocr_confusions(normalize_text(tesseract(image))).strip("\n")


# the tags of an uncompressed baseline TIFF of one 8-bit grey strip, 0 black:
# (tag, type: 3 short or 4 long), in the ascending order TIFF requires
_TIFF_TAGS = ((256, 4), (257, 4), (258, 3), (259, 3), (262, 3), (273, 4), (277, 3), (278, 4),
              (279, 4))
_TIFF_PIXELS_AT = 8 + 2 + 12 * len(_TIFF_TAGS) + 4  # after the header and the one directory


def _tiff(bitmap) -> bytes:
    """A grayscale bitmap as an uncompressed TIFF (its rows without padding).

    Not PGM: leptonica reads a binary PGM one pixel at a time (0.2 to 0.3 s
    CPU more for an A4 page at 300 dpi), a TIFF a strip at once; the pixels
    tesseract gets, and so the text, are the same."""
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    values = (width, height, 8, 1, 1, _TIFF_PIXELS_AT, 1, height, width * height)
    head = [b"II*\x00", struct.pack("<IH", 8, len(_TIFF_TAGS))]
    for (tag, kind), value in zip(_TIFF_TAGS, values):
        head.append(struct.pack("<HHII" if kind == 4 else "<HHIH2x", tag, kind, 1, value))
    head.append(struct.pack("<I", 0))  # no next directory
    head = b"".join(head)
    data = memoryview(bitmap.buffer).cast("B")
    if stride == width:
        return b"".join((head, data))  # (one copy of the pixels, not two)
    return head + b"".join(data[row * stride:row * stride + width] for row in range(height))


def tesseract(image: bytes) -> str:
    """The text tesseract reads in ``image`` (any format it reads), German model.

    The image goes to tesseract as a temporary file, not through stdin:
    tesseract 5 reads stdin one character at a time, which costs about
    0.2 s CPU more per A4 page at 300 dpi (9 MB) than reading the same
    bytes from a file; the text read is the same."""
    import tempfile  # (here: a document without scans does not pay for it)

    env = dict(os.environ)
    env.setdefault("OMP_THREAD_LIMIT", OCR_THREADS)
    try:
        fd, path = tempfile.mkstemp(prefix="ris-ocr-", suffix=".img")
    except OSError as exc:
        raise OcrUnavailable(f"cannot write the page image for tesseract: {exc}") from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(image)
        done = subprocess.run([TESSERACT, path, "stdout", "-l", OCR_LANG],
                              capture_output=True, timeout=OCR_TIMEOUT, env=env)
    except FileNotFoundError:
        raise OcrUnavailable("tesseract is not installed (Debian: tesseract-ocr-deu)") from None
    except subprocess.TimeoutExpired:
        raise OcrUnavailable(f"tesseract timed out after {OCR_TIMEOUT} s") from None
    except OSError as exc:
        raise OcrUnavailable(f"cannot run tesseract: {exc}") from None
    finally:
        os.unlink(path)
    if done.returncode:
        message = " ".join(done.stderr.decode("utf-8", "replace").split())
        raise OcrUnavailable(f"tesseract failed: {message[:200]}")
    return done.stdout.decode("utf-8")


# Characters tesseract's German model confuses in council papers:
# "§ 4" read as "$ 4", the last dot of a date read as a comma ("23. 9, 2008").
_DOLLAR_PARAGRAPH = re.compile(r"\$(?=\s?\d)")
_DATE_COMMA = re.compile(r"(?<![\d.,])(\d{1,2}\.\s?\d{1,2}),(?=\s?(?:19|20)\d\d(?!\d))")


def fix_ocr_confusions(text: str) -> str:
    text = _DOLLAR_PARAGRAPH.sub("§", text)
    return _DATE_COMMA.sub(r"\1.", text)


# ---------------------------------------------------------------- tables


def _substantial(rows: list[list]) -> bool:
    """More than a lone box: at least two cells with text."""
    return sum(1 for row in rows for cell in row if cell and cell.strip()) >= 2


def _tables(doc: Document, page_index: int, found: list[list[list]]) -> list[Table]:
    tables = []
    for raw_rows in found:
        if not _substantial(raw_rows):
            continue
        rows = [[_clean_cell(c) for c in row] for row in raw_rows]
        rows = [r for r in rows if any(r)]
        tables.append(Table(page=page_index + 1, rows=rows,
                            cell_offsets=locate_cells(doc, page_index, rows)))
    return tables


def find_tables(data: bytes, page_indexes: list[int], doc: Document) -> list[Table]:
    """Tables on the given pages (0-based) via pdfplumber: the fallback for
    pages whose rules extract.pdf_tables does not see."""
    import pdfplumber

    tables: list[Table] = []
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfminer raises many types on odd files
        print(f"{doc.source}: table analysis skipped: {exc}", file=sys.stderr)
        return tables
    with pdf:
        for i in page_indexes:
            page = pdf.pages[i]
            try:
                found = page.extract_tables()
            except Exception as exc:  # a broken page must not lose the document
                print(f"{doc.source}: table analysis of page {i + 1} failed: {exc}",
                      file=sys.stderr)
                found = []
            finally:
                page.close()
            tables.extend(_tables(doc, i, found))
    return tables


def _clean_cell(cell) -> str:
    if cell is None:
        return ""
    return re.sub(r"[ \t]+", " ", normalize_text(resolve_soft_hyphens(cell))).strip()


def locate_cells(doc: Document, page_index: int, rows: list[list[str]]) -> list[list[int | None]]:
    """Offset in doc.text of each cell's first words, searched forward on its page."""
    start = doc.page_starts[page_index]
    end = (doc.page_starts[page_index + 1] if page_index + 1 < len(doc.page_starts)
           else len(doc.text))
    cursor = start
    offsets = []
    for row in rows:
        row_offsets = []
        for cell in row:
            words = cell.split("\n")[0].split()[:4]
            if not words:
                row_offsets.append(None)
                continue
            pattern = re.compile(r"\s*".join(re.escape(w) for w in words))
            m = pattern.search(doc.text, cursor, end) or pattern.search(doc.text, start, end)
            if m:
                row_offsets.append(m.start())
                cursor = max(cursor, m.start())
            else:
                row_offsets.append(None)
        offsets.append(row_offsets)
    return offsets
