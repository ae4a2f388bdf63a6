"""HTML page of a RIS portal -> Document.

The page is decoded with the charset it declares (ALLRIS 3 serves
ISO-8859-1), scripts, styles and navigation are dropped, block elements
become lines and every table row becomes one line of tab-separated cells,
so that "Gremium<TAB>Datum" rows look like those of text documents. CSS
tables (SessionNet's ``smc-table-row``/``smc-table-cell`` divs, ARIA
``role=row``) count as tables. Label/value pairs the page states
("Betreff:" next to its value, ``<dt>``/``<dd>``) fill ``Document.fields``.
"""
from __future__ import annotations

import re

import lxml.html
from lxml import etree

from .document import Document, DocumentError, Table, normalize_text

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""", re.I)

_DROP_TAGS = {"script", "style", "noscript", "template", "head", "nav", "svg", "iframe",
              "button", "select", "option", "input", "textarea", "object", "map"}
# id/class tokens of page chrome (menus, breadcrumbs, footers, skip links)
_CHROME = re.compile(
    r"^(nav|navbar|navigation|menu|menue|mainmenu|submenu|breadcrumb|breadcrumbs|footer|"
    r"sr-only|skip|skiplinks|visually-hidden|cookie|cookiebanner|sidebar|risnav|"
    r"smc-navbar|smc-breadcrumb|toolbar)$", re.I)
_BLOCK = {"p", "div", "section", "article", "main", "header", "footer", "aside", "h1", "h2",
          "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tbody",
          "thead", "tfoot", "tr", "form", "fieldset", "blockquote", "pre", "address",
          "figure", "figcaption", "caption", "hr", "body", "html", "center"}


_PARSER = lxml.html.HTMLParser(remove_comments=True, remove_pis=True)


def read_html(source: str, data: bytes) -> Document:
    html = decode_html(data)
    try:
        root = lxml.html.document_fromstring(html, parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise DocumentError(f"{source}: unreadable HTML ({exc})") from None
    page_title = _inline_text(root.find(".//title")) if root.find(".//title") is not None else ""
    _drop_chrome(root)
    writer = _Writer()
    if page_title:
        writer.fields["<title>"] = page_title  # the page's <title>, not shown in the text
    writer.block(root)
    _heading_field(root, writer)
    text = writer.result()
    if not text.strip():
        raise DocumentError(f"{source}: HTML page contains no text")
    return Document(source=source, text=text, kind="html", tables=writer.tables,
                    fields=writer.fields)


# ALLRIS headings name the kind of page and its subject or number:
# "Drucksache - 22-2362", "Auszug - Geparkte Kfz auf dem Marktplatz ...".
_HEADING_PAIR = re.compile(r"^(\w[\w-]*) - (\S.*)$")


def _heading_field(root, writer) -> None:
    """The first <h1> of the form "Kind - value" as field Kind -> value."""
    for h1 in root.iter("h1"):
        m = _HEADING_PAIR.match(_inline_text(h1))
        if m:
            writer._add_field(m.group(1), m.group(2))
            return


def decode_html(data: bytes) -> str:
    return _XML_DECLARATION.sub("", _decode(data), count=1)


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def _decode(data: bytes) -> str:
    """Decode with the BOM, the XML declaration or the meta charset; else
    UTF-8, falling back to Windows-1252 (a superset of ISO-8859-1)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    head = data[:4096]
    m = _XML_ENCODING.match(head) or _CHARSET.search(head)
    if m:
        name = m.group(1).decode("ascii").lower()
        if name in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii"):
            name = "cp1252"  # browsers read these labels as windows-1252
        try:
            return data.decode(name, errors="replace")
        except LookupError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _drop_chrome(root) -> None:
    for el in list(root.iter(etree.Element)):
        if el.getparent() is None:
            continue
        tag = el.tag.lower()
        if tag in ("body", "main", "article"):
            continue
        tokens = (el.get("class") or "").split() + [el.get("id") or ""]
        if (tag in _DROP_TAGS or el.get("hidden") is not None or el.get("aria-hidden") == "true"
                or (el.get("role") or "") in ("navigation", "banner", "search")
                or any(_CHROME.match(t) for t in tokens if t)):
            el.drop_tree()


# CSS tables: SessionNet "smc-table-row"/"smc-table-cell", RIS München
# "keyvalue-row"/"keyvalue-key"/"keyvalue-value"
_ROW_CLASS = re.compile(r"(table-row|keyvalue-row|key-value-row)$", re.I)
_CELL_CLASS = re.compile(r"(table-cell|keyvalue-key|keyvalue-value|key-value-key|"
                         r"key-value-value)$", re.I)
_LABEL_CLASS = re.compile(r"(cell-head|label|keyvalue-key|key-value-key)", re.I)


def _is_row(el) -> bool:
    if el.tag == "tr" or el.get("role") == "row":
        return True
    return any(_ROW_CLASS.search(t) for t in (el.get("class") or "").split())


def _is_cell(el) -> bool:
    if el.tag in ("td", "th") or el.get("role") in ("cell", "gridcell", "rowheader",
                                                    "columnheader"):
        return True
    return any(_CELL_CLASS.search(t) for t in (el.get("class") or "").split())


def _is_label_cell(el, text: str) -> bool:
    if el.tag in ("th", "dt") or text.endswith(":"):
        return True
    return bool(_LABEL_CLASS.search(el.get("class") or ""))


def _inline_text(el) -> str:
    """All text of ``el`` on one line (line breaks inside a cell become spaces)."""
    parts: list[str] = []
    _collect_text(el, parts)
    return re.sub(r"\s+", " ", normalize_text("".join(parts)).replace("\t", " ")).strip()


def _collect_text(el, parts: list[str]) -> None:
    if el.tag == "br" or el.tag in _BLOCK:
        parts.append(" ")
    if el.text:
        parts.append(el.text)
    for child in el:
        if isinstance(child.tag, str):
            _collect_text(child, parts)
        if child.tail:
            parts.append(child.tail)
    if el.tag in _BLOCK:
        parts.append(" ")


def _row_with_box(row) -> bool:
    """A data row whose last cell holds a small table of its own (SessionNet's
    documents box beside each Beratungsfolge row): at least two plain cells
    with text, the nested rows only in cells after them."""
    cells = [c for c in row if isinstance(c.tag, str) and _is_cell(c)]
    nested = [k for k, c in enumerate(cells) if _contains_row(c)]
    if len(cells) < 3 or not nested:
        return False
    plain = [c for c in cells[:nested[0]] if _inline_text(c)]
    return len(plain) >= 2


def _contains_row(el) -> bool:
    return any(_is_row(d) for d in el.iterdescendants(etree.Element))


class _Writer:
    """Walks the tree, writing lines; remembers tables and label/value fields."""

    def __init__(self):
        self.lines: list[str] = []
        self.current: list[str] = []
        self.tables: list[Table] = []
        self.fields: dict[str, str] = {}
        self._length = 0  # characters in self.lines including their newlines
        self._table_rows: list[list[str]] | None = None
        self._table_offsets: list[list[int | None]] | None = None

    # -- output
    def _add_line(self, line: str) -> None:
        self.lines.append(line)
        self._length += len(line) + 1

    def newline(self) -> None:
        line = re.sub(r"[ \t\n]+", " ", normalize_text("".join(self.current))).strip()
        if line:
            self._add_line(line)
        self.current = []

    def write(self, s: str | None) -> None:
        if s:
            self.current.append(s)

    def result(self) -> str:
        self.newline()
        return "\n".join(self.lines)

    # -- walking
    def block(self, el) -> None:
        if _is_row(el) and (not self._has_nested_rows(el) or _row_with_box(el)):
            self.row(el)
            return
        tag = el.tag if isinstance(el.tag, str) else ""
        is_block = tag in _BLOCK or _is_row(el) or _is_cell(el)
        if tag == "br":
            self.newline()
        elif is_block:
            self.newline()
        if tag == "dl" and self._definition_list(el):
            self.newline()
            return
        starts_table = (tag == "table" or any(_is_row(c) for c in el if isinstance(c.tag, str))
                        ) and self._table_rows is None and not self._has_nested_tables(el)
        if starts_table:
            self._table_rows, self._table_offsets = [], []
        if tag != "br":
            self.write(el.text)
            for child in el:
                if isinstance(child.tag, str):
                    self.block(child)
                self.write(child.tail)
        if starts_table:
            self._table_rows = [r for r in self._table_rows if any(r)]
            self._table_offsets = [o for o in self._table_offsets if any(x is not None for x in o)]
            if self._table_rows:
                self.tables.append(Table(page=None, rows=self._table_rows,
                                         cell_offsets=self._table_offsets))
            self._table_rows = self._table_offsets = None
        if is_block:
            self.newline()

    def _has_nested_rows(self, row) -> bool:
        return any(_contains_row(c) for c in row if isinstance(c.tag, str))

    def _has_nested_tables(self, el) -> bool:
        rows = [d for d in el.iterdescendants(etree.Element) if _is_row(d)]
        return any(_contains_row(r) and not _row_with_box(r) for r in rows)

    def row(self, el) -> None:
        """One line: the non-empty cells joined by tabs."""
        self.newline()
        cells = [c for c in el if isinstance(c.tag, str) and _is_cell(c)]
        if not cells:  # a row of plain inline content
            cells = [el]
        # a cell holding a table of its own (a row's attachment box) is
        # written after the row, as a table of its own
        boxes = [c for c in cells if _contains_row(c)]
        texts = ["" if c in boxes else _inline_text(c) for c in cells]
        line, offsets, at = [], [], self._length
        for text in texts:
            if text:
                if line:
                    at += 1  # the tab
                offsets.append(at)
                line.append(text)
                at += len(text)
            else:
                offsets.append(None)
        if line:
            self._add_line("\t".join(line))
        for i, (cell, text) in enumerate(zip(cells, texts)):
            if text and _is_label_cell(cell, text) and i + 1 < len(cells):
                value = texts[i + 1]
                if value and not _is_label_cell(cells[i + 1], value):
                    self._add_field(text, value)
        if self._table_rows is not None:
            self._table_rows.append(texts)
            self._table_offsets.append(offsets)
        for box in boxes:
            saved = self._table_rows, self._table_offsets
            self._table_rows = self._table_offsets = None
            self.block(box)
            self.newline()
            self._table_rows, self._table_offsets = saved

    def _definition_list(self, dl) -> bool:
        """A flat <dl> as lines 'label<TAB>value'; False if it nests tables."""
        if _contains_row(dl):
            for child in dl.iter("dt", "dd"):
                if child.tag == "dt":
                    label = _inline_text(child)
                    nxt = child.getnext()
                    if label and nxt is not None and nxt.tag == "dd" and not _contains_row(nxt):
                        self._add_field(label, _inline_text(nxt))
            return False
        self.newline()
        label = None
        for child in dl.iter("dt", "dd"):
            text = _inline_text(child)
            if child.tag == "dt":
                if label:
                    self._add_line(label)
                label = text or None
            else:
                if label and text:
                    self._add_field(label, text)
                    self._add_line(label + "\t" + text)
                elif label or text:
                    self._add_line(label or text)
                label = None
        if label:
            self._add_line(label)
        return True

    def _add_field(self, label: str, value: str) -> None:
        label = label.rstrip(":").strip()
        if label and len(label) <= 60 and label not in self.fields:
            self.fields[label] = value
