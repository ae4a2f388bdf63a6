"""Read a file into a Document: its text, page boundaries and tables.

PDF (text layer, OCR for pages without one), HTML pages of RIS portals,
plain text and Markdown. Unreadable input raises DocumentError with the
path and the reason.

The file type is taken from the content (magic bytes), not the extension.
"""
from __future__ import annotations

import bisect
import io
import re
from dataclasses import dataclass, field
from pathlib import Path


class DocumentError(Exception):
    """A file that cannot be read; the message names the file and the reason."""


@dataclass
class Table:
    """A table found on a page: rows of cell strings, with the offset of each
    cell's text in Document.text where it could be located (else None)."""

    page: int | None
    rows: list[list[str]]
    cell_offsets: list[list[int | None]] = field(default_factory=list)


@dataclass
class Document:
    source: str
    text: str
    kind: str  # "pdf", "html", "text"
    # start offset of each page in ``text`` (PDF only; empty otherwise)
    page_starts: list[int] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    # structured fields an HTML page states outright (label -> value), e.g.
    # {"Betreff": ..., "Status": ...}; empty for other kinds
    fields: dict = field(default_factory=dict)
    # pages whose text came from OCR (1-based)
    ocr_pages: list[int] = field(default_factory=list)
    # every date of ``text``, found once by document_dates() and shared by the
    # extractors that need them (the paper's own date, the dates field)
    found_dates: list[dict] | None = field(default=None, repr=False, compare=False)

    def page_at(self, offset: int) -> int | None:
        """1-based page number holding ``offset``, None for non-PDF input."""
        if not self.page_starts:
            return None
        return max(1, bisect.bisect_right(self.page_starts, offset))


def document_dates(doc: Document) -> list[dict]:
    """Every date of the document's text (extract.dates.find_dates), found once."""
    if doc.found_dates is None:
        from .dates import find_dates

        doc.found_dates = find_dates(doc)
    return doc.found_dates


def read_document(path: str, *, max_pages: int | None = None, ocr: bool = True) -> Document:
    """Read ``path`` into a Document or raise DocumentError."""
    source = str(path)
    try:
        data = Path(path).read_bytes()
    except IsADirectoryError:
        raise DocumentError(f"{source}: is a directory, not a file") from None
    except OSError as exc:
        raise DocumentError(f"{source}: cannot open: {exc.strerror or exc}") from None
    if not data.strip():
        raise DocumentError(f"{source}: empty file")
    kind = sniff(data)
    if kind == "pdf":
        from .document_pdf import read_pdf

        return read_pdf(source, data, max_pages=max_pages, ocr=ocr)
    if kind == "html":
        from .document_html import read_html

        return read_html(source, data)
    if kind == "text":
        text = join_listed_fields(strip_inline_tags(normalize_text(decode_text(data))))
        return Document(source=source, text=text, kind="text")
    raise DocumentError(f"{source}: unsupported file type ({kind})")


# Signatures of binary formats we do not read, so the error can say what the
# file is (first bytes of the file -> name).
_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
]

_HTML_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b",
                         re.I | re.S)


_HTML_FRAGMENT = re.compile(
    rb"^\s*<(div|p|ul|ol|li|table|tr|td|section|article|main|span|a|h[1-6]|form|dl)[\s>]", re.I)


def sniff(data: bytes) -> str:
    """'pdf', 'html', 'text', or a description of an unsupported format."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = data[:2048].decode("utf-16", errors="replace").encode("utf-8")
        return "html" if _HTML_START.match(head) else "text"
    body = head.lstrip(b"\xef\xbb\xbf")
    if _HTML_START.match(body) or re.search(rb"<html[\s>]", head, re.I):
        return "html"
    if _HTML_FRAGMENT.match(body) and re.search(rb"</(div|p|li|td|tr|table|span|a)>", head, re.I):
        return "html"  # a saved fragment of a page (a list, a table) without <html>
    if b"\x00" in data[:65536]:
        return "binary data"
    return "text"


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                            "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st", "\xa0": " ", "\xad": "",
                            "\u200b": "", "\ufeff": "",
                            # Symbol/Wingdings bullets as Word PDFs map them
                            "\uf0b7": "•", "\uf0a7": "▪"})

_LIGATURE_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in _LIGATURES) + "]")


def normalize_text(text: str) -> str:
    """Line ends to \\n, ligatures and no-break spaces resolved, no trailing
    blanks on lines, no NUL or other control characters except tab and newline."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _LIGATURE_CHARS.search(text):  # (a regex finds them faster than translate passes)
        text = text.translate(_LIGATURES)
    text = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "", text)
    return strip_line_ends(text)


def strip_line_ends(text: str) -> str:
    """``text`` without the blanks and tabs before each line break (those
    of the last line, without one after it, stay): what
    ``re.sub(r"[ \\t]+\\n", "\\n", text)`` gives, in about a quarter of its
    time on PDF pages (the regex is tried at every blank)."""
    lines = text.split("\n")
    last = lines.pop()
    lines = [line.rstrip(" \t") for line in lines]
    lines.append(last)
    return "\n".join(lines)


# inline markup a text kept from the page it was copied from (a PDF's text
# republished as HTML): "Datum: <strong>28.07.</strong>2011<br />"
_INLINE_TAG = re.compile(r"</?(?:strong|b|i|em|u|span|font|br)\b[^<>\n]{0,200}?/?>", re.IGNORECASE)


def strip_inline_tags(text: str) -> str:
    """``text`` without inline HTML tags (bold, italics, spans, line breaks)."""
    return _INLINE_TAG.sub("", text) if "<" in text else text


# a portal's fields as a list, label and value each an item of its own (ALLRIS 4's
# "Grunddaten" as text): "- Gremium:" / "- Haupt- und Finanzausschuss"
_LISTED_FIELD = re.compile(r"(?m)^- ([^\n:]{1,30}):[ \t]*\n- ([^\n]*[^\n:])$")


_FIELDS_HEAD = 3000  # a page's fields stand at its head


def join_listed_fields(text: str) -> str:
    """``text`` with each listed label and its value on one line ("Gremium: Haupt- und
    Finanzausschuss"), where three or more fields are listed so in the page's head."""
    head = text[:_FIELDS_HEAD]
    if "\n- " not in head or len(_LISTED_FIELD.findall(head)) < 3:
        return text
    cut = head.rfind("\n")  # whole lines: a value cut at the head's end is not joined
    return _LISTED_FIELD.sub(r"\1: \2", text[:cut]) + text[cut:]
