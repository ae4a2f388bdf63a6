"""Read a file into a Document: its text, page boundaries and tables.

PDF (text layer, OCR for pages without one), HTML pages of RIS portals,
plain text and Markdown. Unreadable input raises DocumentError with the
path and the reason.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field


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

    def page_at(self, offset: int) -> int | None:
        """1-based page number holding ``offset``, None for non-PDF input."""
        if not self.page_starts:
            return None
        return bisect.bisect_right(self.page_starts, offset)


def read_document(path: str, *, max_pages: int | None = None, ocr: bool = True) -> Document:
    """Read ``path`` into a Document or raise DocumentError."""
    raise NotImplementedError  # filled in by the document reader
