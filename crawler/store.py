"""THE database schema: tables, indexes, full-text search and views, declared
as data, and the small ``save_*`` functions that write into them.

Everything that touches the SQLite file goes through this module.
``ensure_db_shape(db)`` is idempotent: it creates what is missing and leaves
what exists alone, so every command can call it on open.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import sqlite_utils

DEFAULT_DB = "data/ris.db"


def db_path(settings=None) -> str:
    """The database path: the ``RIS_DB`` Scrapy setting, else the ``RIS_DB``
    environment variable, else ``data/ris.db``."""
    if settings is not None and settings.get("RIS_DB"):
        return settings.get("RIS_DB")
    return os.environ.get("RIS_DB") or DEFAULT_DB


def open_db(path: str | None = None) -> sqlite_utils.Database:
    path = path or db_path()
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    new = not Path(path).exists()
    db = sqlite_utils.Database(path)
    if new:
        db.execute("PRAGMA page_size = 16384")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA foreign_keys = ON")
    ensure_db_shape(db)
    return db


PROVENANCE = {"source_url": str, "vendor": str, "fetched_at": str}
COMMON = {"id": str, "name": str, "web": str, "created": str, "modified": str,
          "deleted": int, **PROVENANCE}

# table -> (OParl type, columns, foreign keys)
TABLES: dict[str, tuple[str | None, dict, list]] = {
    "bodies": ("Body", {**COMMON, "system": str, "short_name": str, "ags": str,
                        "rgs": str, "website": str, "license": str,
                        "classification": str, "oparl_since": str}, []),
    "organizations": ("Organization", {**COMMON, "body": str, "short_name": str,
                                       "organization_type": str, "classification": str,
                                       "start_date": str, "end_date": str,
                                       "website": str}, []),
    "persons": ("Person", {**COMMON, "body": str, "family_name": str,
                           "given_name": str, "form_of_address": str, "title": str,
                           "gender": str, "status": str}, []),
    "meetings": ("Meeting", {**COMMON, "body": str, "meeting_state": str,
                             "cancelled": int, "start": str, "end": str,
                             "location": str, "organization": str}, []),
    "agenda_items": ("AgendaItem", {**COMMON, "meeting": str, "number": str,
                                    "order": int, "public": int, "consultation": str,
                                    "result": str, "resolution_text": str,
                                    "votes": str}, []),
    "papers": ("Paper", {**COMMON, "body": str, "reference": str, "date": str,
                         "paper_type": str, "related_paper": str, "main_file": str,
                         "auxiliary_file": str, "originator": str,
                         "under_direction_of": str}, []),
    "consultations": ("Consultation", {**COMMON, "paper": str, "agenda_item": str,
                                       "meeting": str, "organization": str,
                                       "organization_name": str, "date": str,
                                       "role": str, "authoritative": int,
                                       "public": int, "result": str,
                                       "votes": str}, []),
    "files": ("File", {**COMMON, "paper": str, "file_name": str, "mime_type": str,
                       "date": str, "size": int, "sha1_checksum": str,
                       "access_url": str, "download_url": str, "path": str,
                       "checksum": str, "text": str, "extracted_checksum": str,
                       "extraction_error": str}, []),
    # Values extracted from a file's text (see extract/); one row per value,
    # replaced as a whole when the file is extracted again.
    "amounts": (None, {"id": str, "file": str, "paper": str, "value": float,
                       "value_text": str, "currency": str, "period": str,
                       "label": str, "text": str, "snippet": str, "start": int,
                       "end": int, "page": int}, [("file", "files", "id")]),
    "dates": (None, {"id": str, "file": str, "paper": str, "date": str,
                     "precision": str, "text": str, "start": int, "end": int,
                     "page": int}, [("file", "files", "id")]),
    "decisions": (None, {"id": str, "file": str, "paper": str, "kind": str,
                         "outcome": str, "text": str, "votes_yes": int,
                         "votes_no": int, "votes_abstain": int,
                         "unanimous": int}, [("file", "files", "id")]),
    "entities": (None, {"id": str, "file": str, "paper": str, "label": str,
                        "text": str, "start": int, "end": int},
                 [("file", "files", "id")]),
    "paper_references": (None, {"id": str, "file": str, "paper": str,
                                "reference": str, "cited_paper": str},
                         [("file", "files", "id")]),
    # A file's extraction record (contract fields that are one per document).
    "extractions": (None, {"id": str, "paper": str, "reference": str,
                           "paper_type": str, "title": str, "body": str,
                           "date": str, "originator": str, "error": str,
                           "consultations": str},
                    [("id", "files", "id")]),
    # Incremental crawling: one cursor per (source, list).
    "crawl_cursors": (None, {"id": str, "source": str, "list": str,
                             "modified_since": str, "updated_at": str}, []),
    # HTTP validators of pages already stored (HTML portals).
    "pages": (None, {"id": str, "etag": str, "last_modified": str,
                     "checksum": str, "fetched_at": str}, []),
}

TYPE_TABLES = {oparl_type: table for table, (oparl_type, _, _) in TABLES.items() if oparl_type}

INDEXES = [
    ("organizations", ["body"]), ("persons", ["body"]), ("meetings", ["body"]),
    ("meetings", ["start"]), ("agenda_items", ["meeting"]), ("papers", ["body"]),
    ("papers", ["date"]), ("papers", ["reference"]), ("consultations", ["paper"]),
    ("consultations", ["meeting"]), ("files", ["paper"]), ("amounts", ["file"]),
    ("amounts", ["paper"]), ("amounts", ["value"]), ("dates", ["file"]),
    ("decisions", ["file"]), ("entities", ["file"]), ("paper_references", ["file"]),
    ("paper_references", ["reference"]),
]


def ensure_db_shape(db: sqlite_utils.Database) -> None:
    """Create every table, index, full-text index and view that is missing."""
    for table, (_, columns, fks) in TABLES.items():
        if not db[table].exists():
            db[table].create(columns, pk="id", foreign_keys=fks or None)
        else:
            existing = set(db[table].columns_dict)
            for col, col_type in columns.items():
                if col not in existing:
                    db[table].add_column(col, col_type)
    for table, cols in INDEXES:
        db[table].create_index(cols, if_not_exists=True)


def _cell(value):
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, bool):
        return int(value)
    return value


def row_for(table: str, item: dict) -> dict:
    """The row of ``table`` for a crawled item: known columns only, lists and
    objects as JSON text, booleans as 0/1."""
    columns = TABLES[table][1]
    return {k: _cell(v) for k, v in item.items() if k in columns}


def save_item(db: sqlite_utils.Database, item: dict) -> str:
    """Upsert one crawled item (a dict with ``type`` and ``id``) by its id.
    Returns the table it went to."""
    table = TYPE_TABLES[item["type"]]
    db[table].upsert(row_for(table, item), pk="id")
    return table


def get_cursor(db: sqlite_utils.Database, source: str, list_name: str) -> str | None:
    rows = list(db.query("select modified_since from crawl_cursors where id = ?",
                         [f"{source} {list_name}"]))
    return rows[0]["modified_since"] if rows else None


def set_cursor(db: sqlite_utils.Database, source: str, list_name: str,
               modified_since: str, updated_at: str) -> None:
    db["crawl_cursors"].upsert({"id": f"{source} {list_name}", "source": source,
                                "list": list_name, "modified_since": modified_since,
                                "updated_at": updated_at}, pk="id")
