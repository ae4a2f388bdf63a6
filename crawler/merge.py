"""Combine the SQLite shards of distributed workers into one database.

Each worker of a distributed crawl (crawler/distributed.py) writes its own
shard, ``data/shards/<worker-id>.db``. ``merge_shards`` folds them into the
target (``data/ris.db``) with the same semantics the crawl itself has:

* crawled objects (tables of ``store.TYPE_TABLES``, ``pages``) are upserted
  by id. When two shards hold the same id, the row fetched later
  (``fetched_at``) wins, and a NULL never overwrites a value (a partial
  object does not blank what a fuller one stored);
* a file's extraction (``store.EXTRACTED_TABLES`` and ``extractions``) is
  replaced as a whole, like ``store.save_extraction`` does, by the shard
  whose ``files`` row is newest, so no file ever has two sets of rows;
* crawl cursors keep the one updated last;
* afterwards the cross-object fills of the database pipeline run again
  (``store.fill_consultations``, ``store.cited_papers``): a consultation's
  meeting or committee, or a cited paper, may have been stored by another
  worker;
* then the summary tables are stored anew by ``crawler.build.refresh_derived``,
  the step ``ris build`` ends with, so the merged database serves at once.
  Files the workers downloaded without extracting them are left to ``ris
  build``.

Merging is idempotent: merging the same shards again changes nothing. The
target gets the shape ``store.ensure_db_shape`` gives every database. Its
full-text triggers are dropped while the shards are loaded and the indexes
filled once at the end (``store.rebuild_search``), even when a shard fails.
Each shard is attached to the target and merged with set-based SQL, in one
transaction.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from crawler import store
from crawler.build import refresh_derived

FILE_TABLES = set(store.EXTRACTED_TABLES) | {"extractions"}
RECENCY = {"crawl_cursors": "updated_at"}
# columns of a files row that save_extraction writes as a whole
EXTRACTION_COLUMNS = ("text", "extracted_checksum", "extraction_error")


@dataclass
class MergeReport:
    shards: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)      # rows read per table
    extractions: int = 0                                     # files whose extraction was taken
    errors: list[str] = field(default_factory=list)          # shards that could not be read


def _recency_column(table: str) -> str | None:
    if table in RECENCY:
        return RECENCY[table]
    return "fetched_at" if "fetched_at" in store.TABLES[table][1] else None


def _names(cols) -> str:
    return ", ".join(f"[{c}]" for c in cols)


def _shard_columns(con: sqlite3.Connection, table: str) -> list[str]:
    """The shard's columns of ``table`` that the schema knows."""
    known = store.TABLES[table][1]
    return [r[1] for r in con.execute(f"pragma shard.table_info([{table}])") if r[1] in known]


def upsert_sql(table: str, cols: list[str], recency: str | None) -> str:
    """Insert the shard's rows of ``table``; on an existing id, take a value
    when it is not NULL and its row is at least as recent, or when the
    existing value is NULL."""
    newer = (f"coalesce(excluded.[{recency}], '') >= coalesce([{recency}], '')"
             if recency else "1")
    sets = ", ".join(
        f"[{c}] = case when excluded.[{c}] is null then [{c}] "
        f"when {newer} or [{c}] is null then excluded.[{c}] else [{c}] end"
        for c in cols if c != "id")
    return (f"insert into main.[{table}] ({_names(cols)}) select {_names(cols)} "
            f"from shard.[{table}] where true on conflict(id) do update set {sets}")


def _take_extractions(con: sqlite3.Connection, present: set[str], report: MergeReport) -> None:
    """Replace, per file, the target's extracted rows by the shard's, for the
    files whose shard row is the most recent (the files upsert has run, so
    the target holds the newest ``fetched_at`` already)."""
    if "extractions" not in present or "files" not in present:
        return
    con.execute("drop table if exists temp.merge_take")
    con.execute("""create temp table merge_take as
        select e.id from shard.extractions e
        join shard.files s on s.id = e.id join main.files t on t.id = e.id
        where coalesce(s.fetched_at, '') >= coalesce(t.fetched_at, '')""")
    for column in EXTRACTION_COLUMNS:
        con.execute(f"update main.files set [{column}] = (select s.[{column}] from shard.files s "
                    f"where s.id = files.id) where id in (select id from temp.merge_take)")
    for table in sorted(FILE_TABLES):
        if table not in present:
            continue
        key = "id" if table == "extractions" else "file"
        cols = _shard_columns(con, table)
        if table != "extractions":
            con.execute(f"delete from main.[{table}] where file in (select id from temp.merge_take)")
        cur = con.execute(f"insert or replace into main.[{table}] ({_names(cols)}) "
                          f"select {_names(cols)} from shard.[{table}] "
                          f"where [{key}] in (select id from temp.merge_take)")
        report.rows[table] = report.rows.get(table, 0) + max(cur.rowcount, 0)
    report.extractions += con.execute("select count(*) from temp.merge_take").fetchone()[0]
    con.execute("drop table temp.merge_take")


def _link_cited_papers(db) -> None:
    """Fill ``paper_references.cited_paper`` where the cited paper came from
    another shard (the rule of ``store.cited_papers``)."""
    rows = list(db.execute("select id, paper, reference from paper_references "
                           "where cited_paper is null and paper is not null").fetchall())
    for ref_id, paper, reference in rows:
        found = store.cited_papers(db, paper, [reference]).get(reference)
        if found:
            db.execute("update paper_references set cited_paper = ? where id = ?", [found, ref_id])


def merge_shard(db, shard_path: str, report: MergeReport) -> None:
    """Merge one shard into the open target ``db`` (a sqlite_utils Database)."""
    con = db.conn
    if con.in_transaction:  # ATTACH is not allowed inside a transaction
        con.commit()
    con.execute("attach database ? as shard", [shard_path])
    try:
        present = {r[0] for r in con.execute(
            "select name from shard.sqlite_master where type = 'table'")}
        with db.atomic():
            for table in store.TABLES:
                if table in FILE_TABLES or table not in present:
                    continue
                cols = _shard_columns(con, table)
                if "id" not in cols:
                    continue
                con.execute(upsert_sql(table, cols, _recency_column(table)))
                count = con.execute(f"select count(*) from shard.[{table}]").fetchone()[0]
                report.rows[table] = report.rows.get(table, 0) + count
            _take_extractions(con, present, report)
    finally:
        con.execute("detach database shard")


def find_shards(paths) -> list[str]:
    """Shard files named by ``paths`` (files, or folders holding ``*.db``);
    paths that do not exist are left out."""
    found = []
    for p in map(Path, paths):
        if p.is_dir():
            found += sorted(str(f) for f in p.glob("*.db"))
        elif p.exists():
            found.append(str(p))
    return found


def merge_shards(shards, target_path: str) -> MergeReport:
    """Merge the shard databases ``shards`` into ``target_path``. A shard that
    cannot be read is reported in ``errors`` and skipped; the rest go on."""
    report = MergeReport()
    db = store.open_db(target_path)
    target_real = Path(target_path).resolve()
    store.drop_search_triggers(db)
    try:
        try:
            for path in shards:
                if Path(path).resolve() == target_real:
                    continue
                if not Path(path).is_file():
                    report.errors.append(f"{path}: no such file")
                    continue
                try:
                    merge_shard(db, path, report)
                    report.shards.append(path)
                except sqlite3.DatabaseError as exc:
                    report.errors.append(f"{path}: {exc}")
            with db.atomic():
                _link_cited_papers(db)
            store.fill_consultations(db)
        finally:
            store.rebuild_search(db)
        refresh_derived(db, changed=bool(report.shards))
    finally:
        db.close()
    return report
