"""CSV exports of extracted amounts for spreadsheets and programs: one row per
amount fact (paper, value and role; see ``amount_facts`` in crawler/store.py).

Two dialects:

- ``excel-de`` (default): what German spreadsheets (Excel, LibreOffice with a
  German locale) open with numbers as numbers: ``;`` between cells, decimal
  comma without thousands separators, UTF-8 with a byte order mark, ISO dates.
  Text cells that a spreadsheet would run as a formula (starting with ``=``,
  ``+``, ``-``, ``@``) get a leading ``'``: the text comes from documents.
- ``rfc4180``: plain CSV as RFC 4180 describes it: ``,`` between cells, CRLF
  line ends, a decimal point, UTF-8 without a byte order mark, text as found.
"""
from __future__ import annotations

import csv
import io
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING

from crawler import search

if TYPE_CHECKING:  # the store imports sqlite-utils (without numpy)
    import sqlite_utils

DIALECTS = ("excel-de", "rfc4180")

COLUMNS = ["municipality", "date", "reference", "paper_title", "paper_type", "committee", "role",
           "value", "currency", "period", "programme", "funder", "label", "snippet", "amount_text",
           "mentions", "page", "paper_url", "pdf_url"]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def amounts_sql(filters: dict, dialect: str = "rfc4180") -> str:
    """The query behind the export for the filters given (keys ``search``,
    ``body``, ``date_from``, ``date_to``; each optional). SQLite gives the
    cells ready for ``dialect``: the csv module only joins them."""
    where = []
    if not search.is_empty(filters.get("search")):  # the SQL function fts_query: see write_amounts
        where.append("f.paper_rowid in (select rowid from papers_fts where papers_fts match fts_query(:search))")
    if filters.get("body"):
        where.append("f.municipality like '%' || :body || '%'")
    if filters.get("date_from"):
        where.append("f.date >= :date_from")
    if filters.get("date_to"):
        where.append("f.date <= :date_to")
    cols = ", ".join(_cell(c, dialect) for c in COLUMNS)
    return (f"select {cols} from amount_facts f"
            + (" where " + " and ".join(where) if where else "")
            + " order by f.rowid")  # the table is stored by municipality, date, reference, id


def _cell(column: str, dialect: str) -> str:
    """The SQL expression of one CSV cell."""
    source = "f.value_text" if column == "value" else f"f.{column}"
    if dialect == "rfc4180" or column in ("page", "mentions"):
        return f"{source} as {column}"
    if column == "value":
        return f"replace({source}, '.', ',') as {column}"
    # Text a spreadsheet would run as a formula gets a leading apostrophe.
    starts = ", ".join(f"char({ord(c)})" for c in FORMULA_START)
    return f"case when substr({source}, 1, 1) in ({starts}) then char(39) || {source} else {source} end as {column}"


def write_amounts(db: sqlite_utils.Database, out: IO[str], dialect: str = "excel-de",
                  **filters) -> int:
    """Write the amounts matching ``filters`` as CSV to the text stream
    ``out``; returns the number of rows written."""
    if dialect not in DIALECTS:
        raise ValueError(f"unknown CSV dialect {dialect!r}; use one of {', '.join(DIALECTS)}")
    params = {k: v for k, v in filters.items() if v}
    search.register(db.conn)
    cursor = db.conn.execute(amounts_sql(params, dialect), params)
    if dialect == "rfc4180":
        writer = csv.writer(out, delimiter=",", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    else:
        out.write("\ufeff")
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    count = 0
    while rows := cursor.fetchmany(1000):
        writer.writerows(rows)  # None becomes an empty cell
        count += len(rows)
    return count


def export_amounts(db: sqlite_utils.Database, path: str | Path, dialect: str = "excel-de",
                   **filters) -> int:
    """Write the amounts CSV to ``path`` (``-`` for standard output)."""
    if str(path) == "-":
        stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
        try:
            return write_amounts(db, stream, dialect, **filters)
        finally:
            stream.flush()
            stream.detach()
    with open(path, "w", encoding="utf-8", newline="") as out:
        return write_amounts(db, out, dialect, **filters)
