"""THE database schema: tables, indexes, full-text search, views and summary
tables, declared as data, and the small ``save_*`` functions that write into
them.

Everything that touches the SQLite file goes through this module.
``ensure_db_shape(db)`` is idempotent: it creates what is missing and leaves
what exists alone; ``open_db`` runs it when the database was last shaped by
another version of this module.

Foreign keys are declared (Datasette turns them into links and labels, and
``foreign_key_problems`` lists dangling ones) but not enforced on write: a
crawl delivers objects in any order (a file before its paper, a paper before
its body), and a partial crawl is still worth storing.
"""
from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import re
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

from crawler.sources import SourcesError, load_sources
from extract.text import SNIPPET_MAX, snippet_around  # noqa: F401  (the snippets stored)


def _import_sqlite_utils():
    """sqlite-utils, imported without numpy when numpy is not loaded yet:
    sqlite-utils imports it, when it is installed, only to give numpy's scalar
    types a column type, and nothing here stores numpy values. Its import
    would cost every crawl and command about 0.1 s of CPU. (numpy itself
    stays importable: it is hidden only while sqlite-utils loads.)"""
    if "numpy" in sys.modules or "sqlite_utils" in sys.modules:
        import sqlite_utils
        return sqlite_utils
    sys.modules["numpy"] = None  # an import of it now raises ImportError
    try:
        import sqlite_utils
    finally:
        del sys.modules["numpy"]
    return sqlite_utils


sqlite_utils = _import_sqlite_utils()

logger = logging.getLogger(__name__)

DEFAULT_DB = "data/ris.db"


def db_path(settings=None) -> str:
    """The database path: the ``RIS_DB`` Scrapy setting, else the ``RIS_DB``
    environment variable, else ``data/ris.db``."""
    if settings is not None and settings.get("RIS_DB"):
        return settings.get("RIS_DB")
    return os.environ.get("RIS_DB") or DEFAULT_DB


def open_db(path: str | None = None, note_search: bool = True) -> sqlite_utils.Database:
    """The database at ``path`` (``db_path()``), shaped by this module;
    unless ``note_search`` is false, the connection's writes note what the
    search indexes no longer match (``note_search_changes``)."""
    path = path or db_path()
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    new = not Path(path).exists()
    # no sqlite-utils plugins: the database needs none of what they add to a
    # connection, and looking them up reads the metadata of every installed
    # package (a noticeable part of a crawl's start)
    db = sqlite_utils.Database(path, execute_plugins=False)
    if new:
        # 16 KB pages store long texts with far less overhead than the default 4 KB.
        db.execute("PRAGMA page_size = 16384")
    db.execute("PRAGMA journal_mode = WAL")
    if new:
        # a new file gets its whole schema in one transaction, not one per
        # statement (an existing one may need table rebuilds, which sqlite-utils
        # runs in transactions of their own)
        with db.atomic():
            ensure_db_shape(db)
        db.execute(f"PRAGMA user_version = {SCHEMA_STAMP}")
    elif db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_STAMP:
        ensure_db_shape(db)
        db.execute(f"PRAGMA user_version = {SCHEMA_STAMP}")
    if note_search:
        note_search_changes(db)
    return db


# The shape is checked (``ensure_db_shape``: dozens of queries, rebuilds of
# what changed) once per version of this module: the database remembers the
# stamp of the module that last shaped it, and every later ``open_db`` is
# one PRAGMA.
SCHEMA_STAMP = int(hashlib.sha1(Path(__file__).read_bytes()).hexdigest()[:7], 16)


PROVENANCE = {"source_url": str, "vendor": str, "fetched_at": str}
COMMON = {"id": str, "name": str, "web": str, "created": str, "modified": str,
          "deleted": int, **PROVENANCE}

# One row per portal and crawl (crawler/crawl_runs.py): when, how it ended,
# what it fetched and gave, what failed.
CRAWL_RUN_COLUMNS = {
    "id": str, "crawl": str, "source": str, "url": str, "started": str, "finished": str,
    "finish_reason": str, "outcome": str, "error": str, "incremental": int,
    "requests": int, "items": int, "items_by_type": str, "papers": int,
    "papers_new": int, "papers_changed": int, "failures": int, "failures_by_kind": str,
    "bodies": str,
}

# table -> (OParl type, columns, foreign keys (column, other table, other column))
TABLES: dict[str, tuple[str | None, dict, list]] = {
    "bodies": ("Body", {**COMMON, "system": str, "short_name": str, "ags": str,
                        "rgs": str, "website": str, "license": str,
                        "classification": str, "oparl_since": str}, []),
    "organizations": ("Organization", {**COMMON, "body": str, "short_name": str,
                                       "organization_type": str, "classification": str,
                                       "start_date": str, "end_date": str,
                                       "website": str},
                      [("body", "bodies", "id")]),
    "persons": ("Person", {**COMMON, "body": str, "family_name": str,
                           "given_name": str, "form_of_address": str, "title": str,
                           "gender": str, "status": str},
                [("body", "bodies", "id")]),
    # ``organization`` is a list in OParl (JSON text here), so no foreign key.
    "meetings": ("Meeting", {**COMMON, "body": str, "meeting_state": str,
                             "cancelled": int, "start": str, "end": str,
                             "location": str, "organization": str},
                 [("body", "bodies", "id")]),
    "agenda_items": ("AgendaItem", {**COMMON, "meeting": str, "number": str,
                                    "order": int, "public": int, "consultation": str,
                                    "result": str, "resolution_text": str,
                                    "votes": str},
                     [("meeting", "meetings", "id")]),
    "papers": ("Paper", {**COMMON, "body": str, "reference": str, "date": str,
                         "paper_type": str, "related_paper": str, "main_file": str,
                         "auxiliary_file": str, "originator": str,
                         "under_direction_of": str},
               [("body", "bodies", "id")]),
    "consultations": ("Consultation", {**COMMON, "paper": str, "agenda_item": str,
                                       "meeting": str, "organization": str,
                                       "organization_name": str, "date": str,
                                       "role": str, "authoritative": int,
                                       "public": int, "result": str,
                                       "votes": str,
                                       # ``result`` in the portal's words as a
                                       # decision outcome of the contract
                                       "outcome": str},
                      [("paper", "papers", "id"), ("agenda_item", "agenda_items", "id"),
                       ("meeting", "meetings", "id")]),
    "files": ("File", {**COMMON, "paper": str, "file_name": str, "mime_type": str,
                       "date": str, "size": int, "sha1_checksum": str,
                       "access_url": str, "download_url": str, "path": str,
                       "checksum": str, "text": str, "extracted_checksum": str,
                       "extraction_error": str,
                       # a meeting's own document (Tagesordnung, Niederschrift)
                       "meeting": str, "agenda_item": str,
                       # failed download attempts since the last success, the
                       # last error, when the next attempt is due (UTC stamp),
                       # and what ``ris build`` found when the stored bytes no
                       # longer matched the row's checksum
                       "download_attempts": int, "download_error": str,
                       "next_download_at": str, "checksum_error": str},
              [("paper", "papers", "id")]),
    # Values extracted from a file's text (see extract/); one row per value,
    # replaced as a whole when the file is extracted again.
    "amounts": (None, {"id": str, "file": str, "paper": str, "value": float,
                       "value_text": str, "currency": str, "period": str,
                       "label": str, "text": str, "snippet": str, "start": int,
                       "end": int, "page": int, "role": str, "funder": str,
                       "programme": str},
                [("file", "files", "id"), ("paper", "papers", "id")]),
    "dates": (None, {"id": str, "file": str, "paper": str, "date": str,
                     "precision": str, "text": str, "start": int, "end": int,
                     "page": int},
              [("file", "files", "id"), ("paper", "papers", "id")]),
    # ``source`` 'portal': a resolution taken from a consultation's result on
    # the portal (``consultation``, no file), for papers whose files say none.
    "decisions": (None, {"id": str, "file": str, "paper": str, "kind": str,
                         "outcome": str, "text": str, "votes_yes": int,
                         "votes_no": int, "votes_abstain": int,
                         "unanimous": int, "source": str, "consultation": str},
                  [("file", "files", "id"), ("paper", "papers", "id")]),
    "entities": (None, {"id": str, "file": str, "paper": str, "label": str,
                        "text": str, "start": int, "end": int},
                 [("file", "files", "id"), ("paper", "papers", "id")]),
    "paper_references": (None, {"id": str, "file": str, "paper": str,
                                "reference": str, "cited_paper": str},
                         [("file", "files", "id"), ("paper", "papers", "id")]),
    # A file's extraction record (contract fields that are one per document).
    "extractions": (None, {"id": str, "paper": str, "reference": str,
                           "paper_type": str, "title": str, "body": str,
                           "date": str, "originator": str, "error": str,
                           "consultations": str, "programmes": str},
                    [("id", "files", "id")]),
    # The portal registry entries seen (crawler/sources.toml or $RIS_SOURCES):
    # a paper whose Body object was not stored takes its municipality from the
    # entry whose URL prefix its URL starts with.
    "portals": (None, {"id": str, "body": str, "vendor": str, "url": str,
                       "prefix": str}, []),
    # Incremental crawling: one cursor per (source, list).
    "crawl_cursors": (None, {"id": str, "source": str, "list": str,
                             "modified_since": str, "updated_at": str}, []),
    # HTTP validators of pages already stored (HTML portals).
    "pages": (None, {"id": str, "etag": str, "last_modified": str,
                     "checksum": str, "fetched_at": str}, []),
    "crawl_runs": (None, CRAWL_RUN_COLUMNS, []),
}

TYPE_TABLES = {oparl_type: table for table, (oparl_type, _, _) in TABLES.items() if oparl_type}

EXTRACTED_TABLES = ("amounts", "dates", "decisions", "entities", "paper_references")

INDEXES = [
    ("organizations", ["body"]), ("persons", ["body"]), ("meetings", ["body"]),
    ("meetings", ["start"]), ("agenda_items", ["meeting"]),
    ("papers", ["body", "date"]), ("papers", ["date"]), ("papers", ["reference"]), ("papers", ["paper_type"]),
    ("consultations", ["paper"]), ("consultations", ["paper", "date", "organization_name"]),
    ("consultations", ["meeting"]), ("consultations", ["organization_name"]),
    ("files", ["paper"]), ("crawl_runs", ["source", "started"]),
    # covering index: the views link to a file without reading its text
    ("files", ["id", "access_url", "download_url"]),
    ("amounts", ["file"]), ("amounts", ["paper"]), ("amounts", ["value"]),
    ("amounts", ["currency", "paper", "value"]),
    ("dates", ["file"]), ("dates", ["paper"]), ("decisions", ["file"]), ("decisions", ["paper"]),
    ("entities", ["file"]), ("entities", ["paper"]), ("paper_references", ["file"]),
    ("paper_references", ["paper"]), ("paper_references", ["reference"]),
    ("extractions", ["paper"]),
]

# Full-text search. ``unicode61 remove_diacritics 2`` against ``trigram``,
# measured by benchmarks/fts_scale.py on 100,000 synthetic German papers
# (2 KB each): a trigram index of the papers' text is 732 MB (contentless),
# took 59 s to build where all unicode61 indexes together took 44 s, and made
# ``search_papers`` slower (p95 20.5 ms vs 10.7 ms through Datasette); it finds
# words inside compounds (``sanierung`` in 65k papers, where unicode61 finds the
# word in none and the prefix ``sanierung*`` in 34k). unicode61 with prefix
# queries (``Schul*``) covers a compound's head.
# ``remove_diacritics 0``: ä, ö, ü and ß stay letters of their own
# (``Förderung`` and ``Forderung`` are different words, as in German); the
# search-term parser (crawler/search.py) adds the spellings with ae, oe, ue
# and ss to a query (DIN 5007-2), so ``Foerderung`` finds ``Förderung``.
FTS_TOKENIZE = "unicode61 remove_diacritics 0"
# Prefix indexes for the lengths of typical compound heads (Kita*, Schul*,
# Förder*): FTS5 answers a prefix query of such a length from one list instead
# of merging the lists of every word that starts with it. On 1,000,000
# synthetic papers (benchmarks/fts_scale.py) ``search_papers`` for ``Kita*``
# took 11 ms through Datasette, for the 7-letter ``Gebäude*`` (no index)
# 155 ms; with the prefix and title indexes the database grew from 7.6 GB
# to 9.3 GB.
FTS_PREFIX = "4 5 6"

# papers_fts holds a paper's title, reference and the text of all its files
# (rowid = papers.rowid); papers_titles_fts only the title and reference (its
# ``text`` column stays empty, so that a query naming ``text:`` still parses);
# files_fts indexes files.text in place (external content).
#
# The indexes are derived, like the summary tables: ``update_search`` (with
# which ``ris build`` and ``ris merge`` end) brings them up to date with the
# rows written since it last ran, and with just those:
# * rows added since: a rowid above the highest of its table when the
#   indexes were last brought up to date (``search_state``; SQLite gives a
#   new row the highest rowid plus one);
# * rows changed or deleted since, and the papers whose files' text changed
#   or moved: noted in ``search_pending``. A file's first note keeps the
#   values files_fts holds of it (an external-content index removes a row by
#   its indexed values). A row deleted from the top and its rowid given
#   again is noted by the delete. Writing a row again as it was (most of a
#   crawl) notes nothing.
# Every connection ``open_db`` opens takes the notes by temporary triggers
# (``SEARCH_TRIGGERS``), except the crawl's database pipeline: an update
# trigger makes SQLite keep a statement journal for each upserted row, which
# costs a crawl more than the rest of its writes, so ``save_items`` notes
# the changes of a batch itself (``_note_batch``).
_PAPER_TEXT = "(select group_concat(f.text, char(10)) from files f where f.paper = {p}.id)"

SEARCH_TABLES = {
    "papers_fts": f"create virtual table papers_fts using fts5(name, reference, text, "
                  f"tokenize='{FTS_TOKENIZE}', prefix='{FTS_PREFIX}')",
    "papers_titles_fts": f"create virtual table papers_titles_fts using fts5(name, reference, text, "
                         f"tokenize='{FTS_TOKENIZE}', prefix='{FTS_PREFIX}')",
    "files_fts": f"create virtual table files_fts using fts5(name, text, content=[files], "
                 f"tokenize='{FTS_TOKENIZE}')",
}

SEARCH_STATE = {
    # the rows changed or deleted since the indexes were brought up to date:
    # ``tbl`` ('papers' or 'files') and ``row`` (its rowid); for a file, the
    # ``name`` and ``text`` files_fts holds of it
    "search_pending": "create table search_pending (tbl text not null, row integer not null, "
                      "name text, text text, primary key (tbl, row)) without rowid",
    # per table, its highest rowid when the indexes were brought up to date
    "search_state": "create table search_state (tbl text primary key, last_rowid integer not null)",
}


# (no ``insert or ignore`` in a trigger: the conflict clause of the statement
# firing it, such as an upsert's, would take its place)
_NOT_NOTED = "not exists (select 1 from search_pending s where s.tbl = '{}' and s.row = {})"


def _note_papers_of(paper_ids: str) -> str:
    return (f"insert into search_pending(tbl, row) select 'papers', p.rowid from papers p "
            f"where p.id in ({paper_ids}) and {_NOT_NOTED.format('papers', 'p.rowid')};")


_NOTE_PAPER = ("insert into search_pending(tbl, row) select 'papers', {0} "
               "where " + _NOT_NOTED.format("papers", "{0}") + ";")
_NOTE_OLD_FILE = ("insert into search_pending(tbl, row, name, text) "
                  "select 'files', old.rowid, old.name, old.text where "
                  + _NOT_NOTED.format("files", "old.rowid") + ";")

SEARCH_TRIGGERS = {
    "papers_fts_au": f"""create temp trigger if not exists papers_fts_au after update of name, reference on main.papers
when old.name is not new.name or old.reference is not new.reference begin
  {_NOTE_PAPER.format('old.rowid')}
end""",
    "papers_fts_ad": f"""create temp trigger if not exists papers_fts_ad after delete on main.papers begin
  {_NOTE_PAPER.format('old.rowid')}
end""",
    "files_fts_au": f"""create temp trigger if not exists files_fts_au after update of name, text on main.files
when old.name is not new.name or old.text is not new.text begin
  {_NOTE_OLD_FILE}
end""",
    "files_fts_ad": f"""create temp trigger if not exists files_fts_ad after delete on main.files begin
  {_NOTE_OLD_FILE}
end""",
    # a file's text is part of its paper's row in papers_fts (an added file
    # with text may have taken the rowid of one deleted)
    "papers_fts_file_ai": f"""create temp trigger if not exists papers_fts_file_ai after insert on main.files
when new.text is not null begin
  {_note_papers_of('new.paper')}
end""",
    "papers_fts_file_au": f"""create temp trigger if not exists papers_fts_file_au after update of text, paper on main.files
when (old.text is not new.text or old.paper is not new.paper)
  and (old.text is not null or new.text is not null) begin
  {_note_papers_of('old.paper, new.paper')}
end""",
    "papers_fts_file_ad": f"""create temp trigger if not exists papers_fts_file_ad after delete on main.files
when old.text is not null begin
  {_note_papers_of('old.paper')}
end""",
}
# triggers of databases made when the indexes followed every write in place
_INDEXING_TRIGGERS = ("papers_fts_ai", "papers_fts_au", "papers_fts_ad", "files_fts_ai", "files_fts_au",
                      "files_fts_ad", "papers_fts_file_ai", "papers_fts_file_au", "papers_fts_file_ad")

# A full crawl that returns fewer papers than this share of the most an earlier
# full crawl of the portal returned raises the shrinkage alarm (``source_health``).
SHRINKAGE_RATIO = 0.8

# Views and summary tables answering the users' questions. Each row links
# back to the paper's web page and the file (PDF) and carries the text around
# each value.
VIEWS = {
    # How far the search indexes are behind the rows (``ris build`` brings
    # them up to date): papers and files added, changed or deleted since.
    "search_status": """create view search_status as
select (select count(*) from search_pending where tbl = 'papers' and row <= m.papers)
       + (select count(*) from papers where rowid > m.papers) as papers_not_indexed,
       (select count(*) from search_pending where tbl = 'files' and row <= m.files)
       + (select count(*) from files where rowid > m.files) as files_not_indexed
from (select coalesce((select last_rowid from search_state where tbl = 'papers'), 0) as papers,
             coalesce((select last_rowid from search_state where tbl = 'files'), 0) as files) m""",
    # One row per (paper, committee) from the Beratungsfolge: the portal's
    # own consultations that name their committee, else the ones read from
    # the paper's text (a portal whose Organization objects were not crawled
    # gives consultations without a committee).
    "paper_consultations": """create view paper_consultations as
select c.paper as paper, null as file, c.organization_name as committee,
       substr(coalesce(c.date, (select m.start from meetings m where m.id = c.meeting)), 1, 10) as date, c.role as role, c.public as public,
       'portal' as source
from consultations c
where c.organization_name is not null
union all
select e.paper, e.id, json_extract(j.value, '$.committee'),
       json_extract(j.value, '$.date'), json_extract(j.value, '$.role'),
       json_extract(j.value, '$.public'), 'text'
from extractions e, json_each(e.consultations) j
where json_valid(e.consultations)
  and not exists (select 1 from consultations c2 where c2.paper = e.paper
                  and c2.organization_name is not null)""",
    # One row per portal from its crawl_runs: the last crawl and its outcome,
    # the last success, the papers of the last full crawl against the most an
    # earlier one returned (``shrinkage_alarm``), and the papers stored per year.
    "source_health": f"""create view source_health as
select h.*,
       case when h.papers_last_full < {SHRINKAGE_RATIO} * h.papers_before_max then 1 else 0 end as shrinkage_alarm
from (select s.source as source,
       (select r.url from crawl_runs r where r.source = s.source order by r.started desc, r.rowid desc limit 1) as url,
       s.last_crawl as last_crawl,
       (select r.outcome from crawl_runs r where r.source = s.source order by r.started desc, r.rowid desc limit 1) as last_outcome,
       (select r.error from crawl_runs r where r.source = s.source order by r.started desc, r.rowid desc limit 1) as last_error,
       (select max(r.finished) from crawl_runs r where r.source = s.source and r.outcome = 'ok') as last_success,
       s.crawls as crawls,
       s.failed_crawls as failed_crawls,
       (select r.papers from crawl_runs r where r.source = s.source and r.outcome = 'ok'
          and r.incremental = 0 order by r.started desc, r.rowid desc limit 1) as papers_last_full,
       (select max(r.papers) from crawl_runs r where r.source = s.source and r.outcome = 'ok'
          and r.incremental = 0 and r.rowid <> (select r2.rowid from crawl_runs r2
            where r2.source = s.source and r2.outcome = 'ok' and r2.incremental = 0
            order by r2.started desc, r2.rowid desc limit 1)) as papers_before_max,
       (select count(*) from papers p where p.body in (select j.value from crawl_runs r, json_each(r.bodies) j
          where r.source = s.source and json_valid(r.bodies))) as papers_stored,
       (select json_group_object(y.year, y.papers) from (select substr(p.date, 1, 4) as year, count(*) as papers
          from papers p where p.body in (select j.value from crawl_runs r, json_each(r.bodies) j
            where r.source = s.source and json_valid(r.bodies)) and p.date is not null
          group by year order by year) y) as papers_per_year
from (select source, max(started) as last_crawl, count(*) as crawls,
             sum(outcome in ('failed', 'empty')) as failed_crawls
      from crawl_runs group by source) s) h
order by h.source""",
}

# A paper's first committee in its Beratungsfolge, as the portal lists it.
_FIRST_COMMITTEE = ("(select c.organization_name from consultations c where c.paper = p.id "
                    "and c.organization_name is not null order by c.date limit 1)")

# --- amounts as facts, funding, programmes ---------------------------------------

# A paper's municipality: its Body object, else the registry entry of the
# portal its URL belongs to (the longest matching prefix), else the text.
_MUNICIPALITY = ("coalesce(b.name, (select po.body from portals po where p.id like po.prefix || '%' "
                 "or p.source_url like po.prefix || '%' order by length(po.prefix) desc limit 1), e.body)")
# The page a reader opens: the portal's page of the paper, else the paper's
# own URL (its OParl object, its portal page), else where it came from.
_PAPER_URL = ("coalesce(p.web, case when p.id like 'http%' then p.id end, p.source_url, f.source_url, "
              "f.access_url, f.download_url, f.path)")
_FACT_KEY = "coalesce(a.paper, a.file), a.value_text, a.currency, a.role"
_FACTS = f"""with m as (
  select a.*, count(*) over w as mentions,
         row_number() over (partition by {_FACT_KEY} order by a.label is null, a.file, a.start) as n,
         max(a.funder) over w as any_funder, max(a.programme) over w as any_programme,
         max(a.period) over w as any_period
  from amounts a
  window w as (partition by {_FACT_KEY}))
select m.id as id, {_MUNICIPALITY} as municipality, m.role as role,
       m.any_programme as programme, m.any_funder as funder,
       m.value as value, m.value_text as value_text, m.currency as currency, m.any_period as period,
       m.label as label, m.snippet as snippet, m.text as amount_text,
       (m.label glob '[Ss]umme*' or m.label glob '[Gg]esamt' or m.label glob '[Gg]esamtsumme*'
        or m.label glob '[Ii]nsgesamt*') as is_total,
       coalesce(p.date, e.date) as date, substr(coalesce(p.date, e.date), 1, 4) as year,
       coalesce({_FIRST_COMMITTEE},
                json_extract(e.consultations, '$[0].committee')) as committee,
       coalesce(p.name, e.title) as paper_title, coalesce(p.reference, e.reference) as reference,
       coalesce(p.paper_type, e.paper_type) as paper_type,
       {_PAPER_URL} as paper_url, coalesce(f.access_url, f.download_url) as pdf_url,
       m.page as page, m.mentions as mentions, m.paper as paper, m.file as file,
       p.rowid as paper_rowid
from m
join files f on f.id = m.file
left join papers p on p.id = m.paper
left join bodies b on b.id = p.body
left join extractions e on e.id = m.file
where m.n = 1"""
_FACTS_ORDER = "\norder by municipality, date, reference, id"
_FACT_INDEXES = ["paper", "paper_rowid", "municipality", "committee", "year", "paper_type", "period",
                 "value", "date", "role", "programme", "funder"]
_PROGRAMMES = f"""with named as (
  -- known programmes a text names, and the programme named for a grant
  select j.value as programme, e.id as file from extractions e join json_each(e.programmes) j
  where json_valid(e.programmes)
  union
  select a.programme, a.file from amounts a where a.programme is not null),
pm as (
  select n.programme as programme, coalesce(e.paper, e.id) as paper_key,
         {_MUNICIPALITY} as municipality, coalesce(p.date, e.date) as date,
         coalesce(p.name, e.title) as title, {_PAPER_URL} as paper_url
  from named n
  join extractions e on e.id = n.file
  join files f on f.id = e.id
  left join papers p on p.id = e.paper
  left join bodies b on b.id = p.body
  group by n.programme, coalesce(e.paper, e.id))
select programme, count(*) as papers,
       count(distinct municipality) as municipalities,
       group_concat(distinct municipality) as municipality_names,
       min(date) as first_date,
       (select x.title from pm x where x.programme = pm.programme order by x.date is null, x.date limit 1) as first_paper,
       (select x.paper_url from pm x where x.programme = pm.programme order by x.date is null, x.date limit 1) as first_paper_url,
       max(date) as latest_date,
       (select x.title from pm x where x.programme = pm.programme order by x.date desc limit 1) as latest_paper,
       (select x.paper_url from pm x where x.programme = pm.programme order by x.date desc limit 1) as latest_paper_url,
       (select count(*) from decisions d where coalesce(d.paper, d.file) in
          (select x.paper_key from pm x where x.programme = pm.programme)) as decisions,
       (select count(*) from funding g where g.programme = pm.programme and g.role = 'grant') as grants,
       (select group_concat(t, '; ') from (select distinct coalesce(g.municipality, '?') || ': ' || g.value_text || ' '
               || g.currency || coalesce(' ' || g.period, '') as t
             from funding g where g.programme = pm.programme and g.role = 'grant')) as grant_amounts
from pm
group by programme
order by papers desc, programme"""


def save_portals(db: sqlite_utils.Database, sources: list[dict]) -> None:
    """Store the registry entries ``sources`` (crawler/sources.py dicts) as
    ``portals``: the municipality of papers whose Body was not stored."""
    rows = []
    for source in sources:
        url = source.get("url") or ""
        if not url or not source.get("body"):
            continue
        base = url.split("?", 1)[0]
        prefix = base if "/oparl/" in base.lower() or base.endswith("/") else base.rsplit("/", 1)[0] + "/"
        rows.append({"id": source["name"], "body": source["body"], "vendor": source.get("vendor"),
                     "url": url, "prefix": prefix})
    if rows:
        db["portals"].upsert_all(rows, pk="id")


# Summary tables: the rows of each SELECT, stored with indexes on the columns
# people facet, sort and filter by, so that Datasette pages stay fast on a
# million papers (a view is computed again for every page and facet).
# ``refresh_summaries`` stores them anew, called by
# ``crawler.build.refresh_derived``, with which ``ris build`` and ``ris merge``
# end; a crawl only marks them stale. (SELECT, indexed columns)
SUMMARIES: dict[str, tuple[str, list[str]]] = {
    # Fields the portal leaves empty are filled from the text of the paper's
    # first extracted file.
    "papers_overview": (f"""select p.id as id,
       coalesce(p.reference, e.reference) as reference,
       coalesce(p.name, e.title) as title,
       coalesce(p.paper_type, e.paper_type) as paper_type,
       coalesce(b.name, e.body) as body,
       coalesce({_FIRST_COMMITTEE},
                json_extract(e.consultations, '$[0].committee')) as committee,
       coalesce(p.date, e.date) as date,
       substr(coalesce(p.date, e.date), 1, 4) as year,
       p.web as paper_url,
       coalesce((select coalesce(f.access_url, f.download_url) from files f where f.id = p.main_file),
                (select coalesce(f.access_url, f.download_url) from files f where f.paper = p.id order by f.id limit 1)) as pdf_url,
       (select count(*) from amounts a where a.paper = p.id) as amounts,
       p.body as body_id, p.rowid as paper_rowid
from papers p
left join bodies b on b.id = p.body
left join extractions e on e.id = (select min(x.id) from extractions x where x.paper = p.id)""", ["id", "paper_rowid", "body", "paper_type", "committee", "year", "date"]),
    # Amounts as facts: one row per paper (or file without paper), value,
    # currency and role, however often the paper repeats the figure
    # (``mentions``; every mention stays in ``amounts`` with its page, offsets
    # and snippet). Stored in the order of the CSV export (crawler/export.py
    # reads it by rowid).
    "amount_facts": (_FACTS + _FACTS_ORDER, _FACT_INDEXES),
    # The facts a journalist follows: grants and the municipality's own shares.
    "funding": (_FACTS + " and m.role in ('grant', 'own_share')" + _FACTS_ORDER, _FACT_INDEXES),
    "decisions_overview": (f"""select d.id as id, d.kind as kind, d.outcome as outcome,
       coalesce(dc.organization_name, pc.committee) as committee,
       coalesce(dc.date, pc.date, p.date, e.date) as date,
       coalesce(p.reference, e.reference) as reference,
       coalesce(p.name, e.title) as paper_title,
       coalesce(b.name, e.body) as body,
       d.votes_yes as votes_yes, d.votes_no as votes_no,
       d.votes_abstain as votes_abstain, d.unanimous as unanimous,
       d.text as text, {_PAPER_URL} as paper_url,
       coalesce(f.access_url, f.download_url) as pdf_url,
       d.paper as paper, d.file as file
from decisions d
left join files f on f.id = d.file
left join papers p on p.id = d.paper
left join bodies b on b.id = p.body
left join extractions e on e.id = d.file
left join consultations dc on dc.id = d.consultation
left join paper_consultations pc on d.consultation is null
                                 and ((d.paper is not null and pc.paper = d.paper)
                                      or (d.paper is null and pc.file = d.file))""", ["paper", "body", "committee", "kind", "outcome", "date"]),
    # Pictures: counts and sums to chart.
    "papers_per_month": ("""select b.name as body, substr(p.date, 1, 7) as month, count(*) as papers
from papers p left join bodies b on b.id = p.body
where p.date is not null
group by p.body, month""", ["body", "month"]),
    # Sums to chart: facts of one role per municipality and year; a row named
    # as a total (Summe, Gesamt, insgesamt) is left out of the sum, not its parts.
    "amounts_per_year": ("""select municipality, year, role, count(*) as facts,
       sum(case when is_total then 0 else value end) as total_eur
from amount_facts
where currency = 'EUR' and year is not null
group by municipality, year, role""", ["municipality", "year", "role"]),
    # Per programme: where, when, decided how often, and the grants.
    "programmes": (_PROGRAMMES, ["programme"]),
}


def ensure_db_shape(db: sqlite_utils.Database) -> None:
    """Create every table, foreign key, index, full-text index, view and
    summary table that is missing; views and summaries whose definition
    changed are replaced."""
    for table, (_, columns, fks) in TABLES.items():
        if not db[table].exists():
            db[table].create(columns, pk="id", foreign_keys=fks or None)
        else:
            existing = set(db[table].columns_dict)
            for col, col_type in columns.items():
                if col not in existing:
                    db[table].add_column(col, col_type)
    _ensure_foreign_keys(db)
    for table, cols in INDEXES:
        db[table].create_index(cols, if_not_exists=True)
    ensure_search(db)
    _ensure_views(db)
    ensure_summaries(db)


def _ensure_foreign_keys(db: sqlite_utils.Database) -> None:
    missing = []
    for table, (_, _, fks) in TABLES.items():
        have = {(fk.column, fk.other_table) for fk in db[table].foreign_keys}
        missing += [(table, *fk) for fk in fks if (fk[0], fk[1]) not in have]
    if missing:
        # Rebuilding a table drops the triggers on it: this connection's
        # are created again.
        noting = notes_search_changes(db)
        db.add_foreign_keys(missing)
        if noting:
            note_search_changes(db)


def _sql_of(db: sqlite_utils.Database, kind: str, name: str) -> str | None:
    rows = list(db.query("select sql from sqlite_master where type = ? and name = ?", [kind, name]))
    return rows[0]["sql"] if rows else None


_CREATE_HEAD = re.compile(r"^\s*create\s+(virtual\s+table|table|trigger|view|index)\b", re.I)


def _is_declared(stored: str | None, declared: str) -> bool:
    """Whether SQLite's copy of a CREATE statement is ``declared`` (SQLite
    writes the leading ``CREATE ...`` keywords in capitals)."""
    def normal(sql: str) -> str:
        return _CREATE_HEAD.sub(lambda m: m.group(0).upper(), sql)
    return stored is not None and normal(stored) == normal(declared)


def ensure_search(db: sqlite_utils.Database) -> None:
    """Create the FTS tables, ``search_pending`` and ``search_state``. A new
    index, or one whose definition changed, is filled from the existing
    rows."""
    if _sql_of(db, "table", "search_state") is None:
        for sql in SEARCH_STATE.values():
            db.execute(sql.replace("create table", "create table if not exists"))
        # the indexes there are (a database made when they followed every
        # write in place) hold every row there is
        _mark_indexed(db)
    for name in _INDEXING_TRIGGERS:
        if _sql_of(db, "trigger", name) is not None:
            db.execute(f"drop trigger main.{name}")
    for name, sql in SEARCH_TABLES.items():
        current = _sql_of(db, "table", name)
        if not _is_declared(current, sql):
            _fill_search(db, name)


def _mark_indexed(db: sqlite_utils.Database, tables=("papers", "files")) -> None:
    """Record that the indexes hold every row of ``tables`` there is now."""
    for table in tables:
        db.execute("insert or replace into search_state(tbl, last_rowid) "
                   f"values (?, (select coalesce(max(rowid), 0) from [{table}]))", [table])


def note_search_changes(db: sqlite_utils.Database) -> None:
    """Create this connection's triggers noting what the search indexes no
    longer match (``open_db`` does, unless told not to)."""
    for sql in SEARCH_TRIGGERS.values():
        db.execute(sql)


def notes_search_changes(db: sqlite_utils.Database) -> bool:
    """Whether this connection's triggers note changes (``note_search_changes``)."""
    return db.execute("select count(*) from temp.sqlite_master where type = 'trigger' "
                      "and name = 'papers_fts_au'").fetchone()[0] == 1


def drop_search_triggers(db: sqlite_utils.Database) -> None:
    """For bulk loads: drop this connection's triggers, load, then ``rebuild_search``."""
    for name in SEARCH_TRIGGERS:
        db.execute(f"drop trigger if exists temp.{name}")


def _fill_search(db: sqlite_utils.Database, name: str) -> None:
    # Dropping and filling a new index is far quicker than deleting every row.
    db.execute(f"drop table if exists {name}")
    db.execute(SEARCH_TABLES[name])
    if name == "files_fts":
        db.execute("insert into files_fts(files_fts) values ('rebuild')")
        # it holds every file as it is now, not the values noted
        db.execute("delete from search_pending where tbl = 'files'")
        _mark_indexed(db, ["files"])
    elif name == "papers_titles_fts":
        db.execute("insert into papers_titles_fts(rowid, name, reference) select rowid, name, reference from papers")
    else:
        # one lookup per paper in the index on files.paper: a join with a
        # grouped subquery would first copy every text into a temporary table
        db.execute(f"""insert into papers_fts(rowid, name, reference, text)
            select p.rowid, p.name, p.reference, {_PAPER_TEXT.format(p='p')} from papers p""")


def rebuild_search(db: sqlite_utils.Database) -> None:
    """Fill every FTS index from scratch."""
    with db.atomic():
        ensure_search(db)
        for name in SEARCH_TABLES:
            _fill_search(db, name)
        db.execute("delete from search_pending")
        _mark_indexed(db)


def search_pending(db: sqlite_utils.Database) -> dict[str, int]:
    """How many papers and files the search indexes do not match yet:
    added, changed or deleted since they were brought up to date
    (``update_search`` does); the ``search_status`` view."""
    papers, files = db.execute("select papers_not_indexed, files_not_indexed from search_status").fetchone()
    return {"papers": papers, "files": files}


def update_search(db: sqlite_utils.Database) -> dict[str, int]:
    """Bring the search indexes up to date with the rows added, changed or
    deleted since they last were, in one transaction (a failure leaves
    indexes, notes and marks as they were). Returns how many papers and
    files were indexed anew (or removed)."""
    with db.atomic():
        counts = search_pending(db)
        if not any(counts.values()):
            return counts
        marks = dict(db.execute("select tbl, last_rowid from search_state").fetchall())
        after = {"papers": marks.get("papers", 0), "files": marks.get("files", 0)}
        # files_fts: out with what it holds of the noted files, in with the
        # noted and the added ones as they are
        db.execute("insert into files_fts(files_fts, rowid, name, text) select 'delete', row, name, text "
                   "from search_pending where tbl = 'files' and row <= :files", after)
        db.execute("insert into files_fts(rowid, name, text) select rowid, name, text from files "
                   "where rowid > :files or rowid in (select row from search_pending where tbl = 'files')",
                   after)
        # papers_fts and papers_titles_fts: the noted and the added papers
        papers = [r[0] for r in db.execute(
            "select row from search_pending where tbl = 'papers' "
            "union select rowid from papers where rowid > :papers", after)]
        wanted = [json.dumps(papers)]
        rows = "(select value from json_each(?))"
        for name in ("papers_fts", "papers_titles_fts"):
            db.execute(f"delete from {name} where rowid in {rows}", wanted)
        db.execute(f"insert into papers_fts(rowid, name, reference, text) select p.rowid, p.name, "
                   f"p.reference, {_PAPER_TEXT.format(p='p')} from papers p where p.rowid in {rows}", wanted)
        db.execute(f"insert into papers_titles_fts(rowid, name, reference) select rowid, name, reference "
                   f"from papers where rowid in {rows}", wanted)
        db.execute("delete from search_pending")
        _mark_indexed(db)
    return counts


def _ensure_views(db: sqlite_utils.Database) -> None:
    # Views depend on each other: drop every changed one first, then create in order.
    changed = [name for name, sql in VIEWS.items() if not _is_declared(_sql_of(db, "view", name), sql)]
    if not changed:
        return
    for name in reversed(list(VIEWS)):
        db.execute(f"drop view if exists {name}")
    for sql in VIEWS.values():
        db.execute(sql)


def foreign_key_problems(db: sqlite_utils.Database) -> dict[str, int]:
    """Count the rows whose declared foreign key points at no row, per table."""
    counts: dict[str, int] = {}
    for row in db.execute("PRAGMA foreign_key_check").fetchall():
        counts[row[0]] = counts.get(row[0], 0) + 1
    return counts


_PLAIN = (str, int, float, type(None))
# one encoder for every cell: json.dumps with options builds a new one per call
_JSON_CELL = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def _cell(value):
    if type(value) in _PLAIN:
        return value
    if isinstance(value, (list, dict)):
        return _JSON_CELL(value)
    if isinstance(value, bool):
        return int(value)
    return value


def row_for(table: str, item: dict) -> dict:
    """The row of ``table`` for a crawled item: known columns only, lists and
    objects as JSON text, booleans as 0/1."""
    columns = TABLES[table][1]
    return {k: v if type(v) in _PLAIN else _cell(v) for k, v in item.items() if k in columns}


def save_item(db: sqlite_utils.Database, item: dict) -> str:
    """Upsert one crawled item (a dict with ``type`` and ``id``) by its id.
    Returns the table it went to."""
    table = TYPE_TABLES[item["type"]]
    save_items(db, [item])
    return table


@functools.lru_cache(maxsize=1024)
def _columns_of(table: str, fields: tuple[str, ...]) -> tuple[str, ...]:
    """The columns of ``table`` among an item's fields, sorted: what
    ``row_for`` keeps of it."""
    columns = TABLES[table][1]
    return tuple(sorted(f for f in fields if f in columns))


@functools.lru_cache(maxsize=256)
def _upsert_sql(table: str, columns: tuple[str, ...]) -> str:
    """An upsert by id that sets only the given columns (what an item does
    not say stays as it was), as sqlite-utils' ``upsert`` does."""
    names = ", ".join(f"[{c}]" for c in columns)
    marks = ", ".join("?" for _ in columns)
    updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in columns if c != "id")
    action = f"do update set {updates}" if updates else "do nothing"
    return f"insert into [{table}] ({names}) values ({marks}) on conflict(id) {action}"


def save_items(db: sqlite_utils.Database, items: list[dict]) -> dict[str, int]:
    """Upsert crawled items (dicts with ``type`` and ``id``) by id in one
    transaction (a savepoint inside the caller's), as if one by one in their
    order, with one ``executemany`` per table and set of columns. The
    columns come from ``TABLES`` (``ensure_db_shape`` made them), never from
    asking SQLite. What the search indexes no longer match is noted (by the
    connection's triggers, else by ``_note_batch``). Returns the number of
    rows per table."""
    counts: dict[str, int] = {}
    groups: dict[tuple[str, tuple[str, ...]], list[tuple]] = {}
    group_of: dict[tuple[str, str], tuple] = {}

    def write() -> None:
        for (table, columns), values in groups.items():
            db.conn.executemany(_upsert_sql(table, columns), values)
        groups.clear()
        group_of.clear()

    with db.atomic():
        if not notes_search_changes(db):
            _note_batch(db, items)
        for item in items:
            table = TYPE_TABLES[item["type"]]
            key = (table, _columns_of(table, tuple(item)))
            if group_of.get((table, item.get("id")), key) != key:
                write()  # an earlier row of this id waits in another group
            group_of[(table, item.get("id"))] = key
            groups.setdefault(key, []).append(
                tuple([v if type(v) in _PLAIN else _cell(v) for v in map(item.__getitem__, key[1])]))
            counts[table] = counts.get(table, 0) + 1
        write()
    return counts


def _note_batch(db: sqlite_utils.Database, items: list[dict]) -> None:
    """Note in ``search_pending`` what the triggers will not (this
    connection has none) of the items ``save_items`` is about to write:
    the stored papers and files whose indexed values the items change, and
    the papers whose files' text they change or move. A few statements for
    the whole batch; a file's text is read only when an item gives one or
    renames the file."""
    ids: dict[str, list[str]] = {"papers": [], "files": []}
    for item in items:
        table = TYPE_TABLES[item["type"]]
        if table in ids:
            ids[table].append(item.get("id"))
    stored = {table: {r[1]: r for r in db.execute(
        f"select {columns} from [{table}] where id in (select value from json_each(?))",
        [json.dumps(wanted)])} if wanted else {} for table, wanted, columns in (
        ("papers", ids["papers"], "rowid, id, name, reference"),
        ("files", ids["files"], "rowid, id, name, text is not null, paper"))}
    papers: set = set()    # rowids of stored papers renamed or renumbered
    of_files: set = set()  # ids of papers whose files' text changed or moved
    files: dict = {}       # rowid of a stored file -> the items renaming it or giving a text
    for item in items:
        table = TYPE_TABLES[item["type"]]
        old = stored[table].get(item.get("id")) if table in stored else None
        if table == "papers" and old is not None:
            if item.get("name", old[2]) != old[2] or item.get("reference", old[3]) != old[3]:
                papers.add(old[0])
        elif table == "files" and old is None:
            if item.get("text") is not None:  # a new file with text (its rowid may be a deleted one's)
                of_files.add(item.get("paper"))
        elif table == "files":
            if "text" in item or item.get("name", old[2]) != old[2]:
                files.setdefault(old[0], []).append(item)
            if old[3] and item.get("paper", old[4]) != old[4]:  # its text moves to another paper
                of_files.update((old[4], item["paper"]))
    old_files = []
    if files:
        for rowid, name, text, paper in db.execute(
                "select rowid, name, text, paper from files where rowid in (select value from json_each(?))",
                [json.dumps(sorted(files))]).fetchall():
            its = files[rowid]
            new_text = [i["text"] for i in its if "text" in i and i["text"] != text]
            if new_text or any(i.get("name", name) != name for i in its):
                old_files.append((rowid, name, text))
            if new_text:
                of_files.update([paper] + [i.get("paper", paper) for i in its])
    of_files.discard(None)
    if papers:
        db.conn.executemany("insert or ignore into search_pending(tbl, row) values ('papers', ?)",
                            [(r,) for r in sorted(papers)])
    if of_files:
        db.execute("insert or ignore into search_pending(tbl, row) select 'papers', rowid "
                   "from papers where id in (select value from json_each(?))", [json.dumps(sorted(of_files))])
    if old_files:
        db.conn.executemany("insert or ignore into search_pending(tbl, row, name, text) "
                            "values ('files', ?, ?, ?)", old_files)


# --- extraction records ------------------------------------------------------

def _decimal(value) -> float | None:
    if value is None:
        return None
    try:
        return float(Decimal(str(value)))
    except InvalidOperation:
        return None


def _extracted_rows(file_id: str, paper: str | None, record: dict, text: str | None,
                    cited: dict[str, str]) -> dict[str, list[dict]]:
    base = {"file": file_id, "paper": paper}
    rows: dict[str, list[dict]] = {t: [] for t in EXTRACTED_TABLES}
    for i, a in enumerate(record.get("amounts") or []):
        rows["amounts"].append({
            "id": f"{file_id}#amount-{i}", **base, "value": _decimal(a.get("value")),
            "value_text": None if a.get("value") is None else str(a.get("value")),
            "currency": a.get("currency"), "period": a.get("period"),
            "label": a.get("label"), "text": a.get("text"),
            "snippet": snippet_around(text, a.get("start"), a.get("end")) or a.get("text"),
            "start": a.get("start"), "end": a.get("end"), "page": a.get("page"),
            "role": a.get("role"), "funder": a.get("funder"), "programme": a.get("programme")})
    for i, d in enumerate(record.get("dates") or []):
        rows["dates"].append({
            "id": f"{file_id}#date-{i}", **base, "date": d.get("date"),
            "precision": d.get("precision"), "text": d.get("text"),
            "start": d.get("start"), "end": d.get("end"), "page": d.get("page")})
    for i, d in enumerate(record.get("decisions") or []):
        votes = d.get("votes") or {}
        unanimous = votes.get("unanimous")
        rows["decisions"].append({
            "id": f"{file_id}#decision-{i}", **base, "kind": d.get("kind"),
            "outcome": d.get("outcome"), "text": d.get("text"),
            "votes_yes": votes.get("yes"), "votes_no": votes.get("no"),
            "votes_abstain": votes.get("abstain"),
            "unanimous": None if unanimous is None else int(bool(unanimous))})
    for i, e in enumerate(record.get("entities") or []):
        rows["entities"].append({
            "id": f"{file_id}#entity-{i}", **base, "label": e.get("label"),
            "text": e.get("text"), "start": e.get("start"), "end": e.get("end")})
    for i, ref in enumerate(record.get("cited_references") or []):
        rows["paper_references"].append({
            "id": f"{file_id}#reference-{i}", **base, "reference": ref,
            "cited_paper": cited.get(ref)})
    return rows


def _programmes(record: dict) -> list[str]:
    """The funding programmes a record's PROGRAM entities name, each once."""
    # imported here, where an extraction is saved: extract.amount_roles
    # compiles its patterns on import, and a crawl that extracts nothing
    # (an OParl crawl without downloads) has no use for them
    from extract.amount_roles import programme_name
    names = (programme_name(e.get("text") or "") for e in record.get("entities") or []
             if e.get("label") == "PROGRAM")
    return list(dict.fromkeys(n for n in names if n))


def cited_papers(db: sqlite_utils.Database, paper: str | None, refs: list[str]) -> dict[str, str]:
    """Cited reference -> the paper of the same body carrying that number."""
    if not paper or not refs:
        return {}
    found = {}
    for ref in refs:
        rows = db.execute(
            "select c.id from papers c join papers p on p.body = c.body "
            "where p.id = ? and c.reference = ? and c.id != p.id", [paper, ref]).fetchall()
        if len(rows) == 1:
            found[ref] = rows[0][0]
    return found


def save_extraction(db: sqlite_utils.Database, file_row: dict, record: dict) -> None:
    """Store the extraction ``record`` (a contract dict, with ``text`` if the
    text is to be searchable) of the file ``file_row`` (a ``files`` row with
    at least ``id``; ``checksum`` is the checksum of the bytes extracted).

    Upserts the file row, sets ``files.text``, ``extracted_checksum`` and
    ``extraction_error``, and replaces the file's rows in the extracted tables
    and ``extractions``, all in one transaction; saving the same record twice
    leaves the same rows."""
    file_id = file_row["id"]
    with db.atomic():
        row = row_for("files", file_row)
        row.pop("text", None)
        text = record.get("text")
        if not notes_search_changes(db):
            _note_batch(db, [{**row, "type": "File", "text": text}])
        db["files"].upsert(row, pk="id")
        current = db.execute("select paper, checksum from files where id = ?", [file_id]).fetchone()
        paper, checksum = current
        db.execute("update files set text = ?, extracted_checksum = ?, extraction_error = ? "
                   "where id = ?", [text, checksum, record.get("error"), file_id])
        for table in EXTRACTED_TABLES:
            db.execute(f"delete from {table} where file = ?", [file_id])
        cited = cited_papers(db, paper, record.get("cited_references") or [])
        for table, rows in _extracted_rows(file_id, paper, record, text, cited).items():
            if rows:
                db[table].insert_all(rows, pk="id", replace=True)
        db["extractions"].upsert({
            "id": file_id, "paper": paper, "reference": record.get("reference"),
            "paper_type": record.get("paper_type"), "title": record.get("title"),
            "body": record.get("body"), "date": record.get("date"),
            "originator": record.get("originator"), "error": record.get("error"),
            "consultations": json.dumps(record.get("consultations") or [], ensure_ascii=False),
            "programmes": json.dumps(_programmes(record), ensure_ascii=False),
        }, pk="id")


# --- values derived from other stored objects ----------------------------------

def fill_consultations(db: sqlite_utils.Database) -> None:
    """Give consultations what OParl leaves to other objects: the
    committee's name (from the stored Organization) and the date (the day
    of the stored Meeting), where they have none."""
    first_org = ("case when organization like '[%' then json_extract(organization, '$[0]') "
                 "else organization end")
    # only rows that get a value are written: a committee or meeting not
    # stored would otherwise rewrite its consultations at every crawl's end
    name = f"(select o.name from organizations o where o.id = {first_org})"
    day = "(select substr(m.start, 1, 10) from meetings m where m.id = consultations.meeting)"
    with db.atomic():
        db.execute(f"update consultations set organization_name = {name} where organization_name is null "
                   f"and organization is not null and {name} is not null")
        db.execute(f"update consultations set date = {day} where date is null and meeting is not null "
                   f"and {day} is not null")
    fill_portal_decisions(db)


def fill_portal_decisions(db: sqlite_utils.Database) -> None:
    """One ``decisions`` row (kind ``resolution``, source ``portal``) per
    consultation whose result the portal states as an outcome, for papers
    none of whose files states a resolution. Rebuilt as a whole, so a paper
    whose documents now say what was decided loses its portal rows."""
    with db.atomic():
        db.execute("delete from decisions where source = 'portal'")
        db.execute(
            "insert into decisions (id, file, paper, kind, outcome, text, source, consultation) "
            "select c.id || '#decision', null, c.paper, 'resolution', c.outcome, "
            "coalesce(c.organization_name || ': ', '') || c.result, 'portal', c.id "
            "from consultations c where c.outcome is not null and c.paper is not null "
            "and not exists (select 1 from decisions d where d.paper = c.paper "
            "and d.kind = 'resolution' and d.source is null)")


# --- crawl cursors -------------------------------------------------------------

def get_cursor(db: sqlite_utils.Database, source: str, list_name: str) -> str | None:
    rows = list(db.query("select modified_since from crawl_cursors where id = ?",
                         [f"{source} {list_name}"]))
    return rows[0]["modified_since"] if rows else None


def set_cursor(db: sqlite_utils.Database, source: str, list_name: str,
               modified_since: str, updated_at: str) -> None:
    db["crawl_cursors"].upsert({"id": f"{source} {list_name}", "source": source,
                                "list": list_name, "modified_since": modified_since,
                                "updated_at": updated_at}, pk="id")


# --- what a crawl reads at its start and writes at its end ----------------------

def crawl_state(db: sqlite_utils.Database) -> dict:
    """The state a crawl starts from, as plain data for the spider:
    ``cursors`` (``"source\tlist"`` -> ``modified_since``) and ``pages``
    (URL -> its ``pages`` row: HTTP validators and checksum)."""
    cursors = {f"{r['source']}\t{r['list']}": r["modified_since"]
               for r in db.query("select source, list, modified_since from crawl_cursors")}
    pages = {r["id"]: r for r in db.query("select * from pages")}
    return {"cursors": cursors, "pages": pages}


def save_crawl_state(db: sqlite_utils.Database, cursors: dict[str, str], pages: list[dict],
                     updated_at: str) -> None:
    """Store the cursors (keyed as in ``crawl_state``) and page validators
    of a crawl whose items are all stored, in one transaction."""
    with db.atomic():
        for key, value in cursors.items():
            source, _, list_name = key.partition("\t")
            set_cursor(db, source, list_name, value, updated_at)
        if pages:
            db.conn.executemany(_upsert_sql("pages", tuple(TABLES["pages"][1])),
                                [tuple(p.get(c) for c in TABLES["pages"][1]) for p in pages])


def ensure_summaries(db: sqlite_utils.Database) -> None:
    """Store every summary table that is missing or whose SELECT changed."""
    if not db["summary_tables"].exists():
        db["summary_tables"].create({"name": str, "definition": str, "rows": int, "refreshed_at": str}, pk="name")
    stored = {r["name"]: r["definition"] for r in db["summary_tables"].rows}
    stale = [name for name, (sql, _) in SUMMARIES.items()
             if stored.get(name) != sql or _sql_of(db, "table", name) is None]
    if stale:
        refresh_summaries(db, stale)


def refresh_summaries(db: sqlite_utils.Database, names: list[str] | None = None) -> dict[str, int]:
    """Store the summary tables anew from the current rows, in one
    transaction (readers see the old rows until it commits); returns the
    number of rows of each."""
    counts = {}
    try:
        save_portals(db, load_sources())
    except SourcesError as err:
        logger.warning("portal registry not read, municipalities from it missing: %s", err)
    with db.atomic():
        for name in names or list(SUMMARIES):
            sql, indexed = SUMMARIES[name]
            if _sql_of(db, "view", name) is not None:  # a database made when these were views
                db.execute(f"drop view {name}")
            db.execute(f"drop table if exists {name}")
            db.execute(f"create table {name} as {sql}")
            for column in indexed:
                db.execute(f"create index idx_{name}_{column} on {name}({column})")
            counts[name] = db.execute(f"select count(*) from {name}").fetchone()[0]
            db.execute("insert or replace into summary_tables(name, definition, rows, refreshed_at) "
                       "values (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))", [name, sql, counts[name]])
    return counts


def mark_summaries_stale(db: sqlite_utils.Database) -> None:
    """Note that rows changed since the summary tables were stored (a crawl
    wrote items), so that ``summaries_stale`` says so and ``ris build``
    stores them anew."""
    if db["summary_tables"].exists():
        db.execute("update summary_tables set rows = -1")


def summaries_stale(db: sqlite_utils.Database) -> bool:
    """Whether papers or amounts were stored since the summary tables were
    (a crawl that was killed before it could store them): their row counts
    differ."""
    counts = {r["name"]: r["rows"] for r in db["summary_tables"].rows}
    papers = db.execute("select count(*) from papers").fetchone()[0]
    if counts.get("papers_overview") != papers or "amount_facts" not in counts:
        return True
    amounts = db.execute("select count(*) from amounts a join files f on f.id = a.file").fetchone()[0]
    mentions = db.execute("select coalesce(sum(mentions), 0) from amount_facts").fetchone()[0]
    return mentions != amounts


# --- file downloads: retries and checksum checks --------------------------------



def stored_file(db: sqlite_utils.Database, file_id: str) -> dict | None:
    """The stored ``path``, ``checksum`` and ``checksum_error`` of a file row."""
    rows = list(db.query("select path, checksum, checksum_error from files where id = ?", [file_id]))
    return rows[0] if rows else None


def save_download_failure(db: sqlite_utils.Database, file_id: str, error: str,
                          next_attempt_at) -> int:
    """Count one more failed download of the file; ``next_attempt_at`` is a
    function of the number of attempts giving when to try again (ISO 8601
    text). Returns the number of attempts."""
    with db.atomic():
        row = db.execute("select download_attempts from files where id = ?", [file_id]).fetchone()
        attempts = ((row[0] or 0) if row else 0) + 1
        db["files"].upsert({"id": file_id, "download_attempts": attempts, "download_error": error,
                            "next_download_at": next_attempt_at(attempts)}, pk="id")
    return attempts


def save_download_success(db: sqlite_utils.Database, file_id: str) -> None:
    """Clear a file's failed attempts and checksum error after a download."""
    db.execute("update files set download_attempts = 0, download_error = null, "
               "next_download_at = null, checksum_error = null where id = ? and "
               "(download_attempts or download_error is not null or checksum_error is not null)",
               [file_id])


def files_to_download_again(db: sqlite_utils.Database, now: str) -> list[dict]:
    """File rows whose download failed, or whose stored bytes did not match
    their checksum, and whose next attempt is due at ``now``."""
    return list(db.query(
        "select id, paper, name, file_name, mime_type, date, modified, access_url, download_url, "
        "source_url, vendor, fetched_at from files where coalesce(deleted, 0) = 0 "
        "and ((path is null and download_attempts > 0) or checksum_error is not null) "
        "and coalesce(next_download_at, '') <= ? order by id", [now]))


def save_checksum_error(db: sqlite_utils.Database, file_id: str, error: str | None) -> None:
    """Mark (or, with None, clear) a mismatch between a file's stored bytes
    and its checksum; a marked file is downloaded again by the next crawl."""
    db.execute("update files set checksum_error = ? where id = ? and checksum_error is not ?",
               [error, file_id, error])


# --- crawl runs and source health ----------------------------------------------
# ``crawl_runs`` (declared in TABLES, written by crawler/crawl_runs.py) has one
# row per portal and crawl; the ``source_health`` view condenses them per portal.


def save_crawl_run(db: sqlite_utils.Database, run: dict) -> None:
    """Upsert a crawl_runs row (dicts and lists as JSON text)."""
    db["crawl_runs"].upsert({k: _cell(v) for k, v in run.items() if k in CRAWL_RUN_COLUMNS},
                            pk="id")


def crawl_runs(db: sqlite_utils.Database, crawl: str | None = None) -> list[dict]:
    """The crawl_runs rows, of one crawl (its ``crawl`` id) or all, oldest
    first; runs started in the same second in the order they were written
    (a row is written when its portal starts)."""
    where, params = ("where crawl = ?", [crawl]) if crawl else ("", [])
    return list(db.query(f"select * from crawl_runs {where} order by started, rowid", params))


def source_health(db: sqlite_utils.Database) -> list[dict]:
    return list(db.query("select * from source_health"))


def stored_changes(db: sqlite_utils.Database, items: list[dict]) -> dict[str, str]:
    """Which crawled items (dicts with ``type`` and ``id``) are ``"new"`` (no
    row with their id) or ``"changed"`` (a value an item carries differs from
    the stored row; provenance aside), by id; unchanged items are left out.
    One query per table and 500 ids."""
    changes: dict[str, str] = {}
    by_table: dict[str, list[dict]] = {}
    for item in items:
        table = TYPE_TABLES[item["type"]]
        by_table.setdefault(table, []).append(row_for(table, item))
    for table, rows in by_table.items():
        for start in range(0, len(rows), 500):
            chunk = rows[start:start + 500]
            marks = ", ".join("?" for _ in chunk)
            stored = {r["id"]: r for r in db.query(
                f"select * from [{table}] where id in ({marks})", [r["id"] for r in chunk])}
            for row in chunk:
                old = stored.get(row["id"])
                if old is None:
                    changes[row["id"]] = "new"
                elif any(v is not None and k not in PROVENANCE and old.get(k) != v
                         for k, v in row.items()):
                    changes[row["id"]] = "changed"
    return changes
