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
  (``DatabasePipeline.fill_consultations``): a consultation's meeting or
  committee may have been stored by another worker.

Merging is idempotent: merging the same shards again changes nothing. The
target gets the shape ``store.ensure_db_shape`` gives every database, and
its full-text indexes are rebuilt once at the end.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

from crawler import store

FILE_TABLES = set(store.EXTRACTED_TABLES) | {"extractions"}
RECENCY = {"crawl_cursors": "updated_at"}


@dataclass
class MergeReport:
    shards: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)      # rows read per table
    extractions: int = 0                                     # files whose extraction was taken
    errors: list[str] = field(default_factory=list)          # shards that could not be read


def _recency_column(table: str) -> str | None:
    columns = store.TABLES[table][1]
    if table in RECENCY:
        return RECENCY[table]
    return "fetched_at" if "fetched_at" in columns else None


def _shard_tables(con: sqlite3.Connection) -> set[str]:
    return {r[0] for r in con.execute("select name from sqlite_master where type = 'table'")}


def _columns(con: sqlite3.Connection, table: str) -> list[str]:
    known = store.TABLES[table][1]
    return [r[1] for r in con.execute(f"pragma table_info([{table}])") if r[1] in known]


def _upsert(target: sqlite3.Connection, table: str, row: dict, recency: str | None) -> None:
    """Insert ``row``, or merge it into the existing row of its id."""
    cursor = target.execute(f"select * from [{table}] where id = ?", [row["id"]])
    current = cursor.fetchone()
    if current is None:
        cols = list(row)
        target.execute(f"insert into [{table}] ({', '.join(f'[{c}]' for c in cols)}) "
                       f"values ({', '.join('?' for _ in cols)})", [row[c] for c in cols])
        return
    current = dict(zip([d[0] for d in cursor.description], current))
    newer = recency is None or (row.get(recency) or "") >= (current.get(recency) or "")
    changes = {c: v for c, v in row.items() if c != "id" and v is not None
               and current.get(c) != v and (newer or current.get(c) is None)}
    if changes:
        sets = ", ".join(f"[{c}] = ?" for c in changes)
        target.execute(f"update [{table}] set {sets} where id = ?", [*changes.values(), row["id"]])


def _file_is_newer(target: sqlite3.Connection, shard: sqlite3.Connection, file_id: str) -> bool:
    mine = shard.execute("select fetched_at from files where id = ?", [file_id]).fetchone()
    theirs = target.execute("select fetched_at from files where id = ?", [file_id]).fetchone()
    return ((mine[0] if mine else None) or "") >= ((theirs[0] if theirs else None) or "")


def _take_extractions(target, shard, report: MergeReport) -> None:
    """Replace, per file, the target's extracted rows by the shard's."""
    if "extractions" not in _shard_tables(shard):
        return
    file_ids = [r[0] for r in shard.execute("select id from extractions")]
    for file_id in file_ids:
        if not _file_is_newer(target, shard, file_id):
            continue
        for table in store.EXTRACTED_TABLES:
            target.execute(f"delete from [{table}] where file = ?", [file_id])
        for table in sorted(FILE_TABLES):
            cols = _columns(shard, table)
            key = "id" if table == "extractions" else "file"
            for row in shard.execute(f"select {', '.join(f'[{c}]' for c in cols)} from [{table}] "
                                     f"where [{key}] = ?", [file_id]):
                target.execute(f"insert or replace into [{table}] "
                               f"({', '.join(f'[{c}]' for c in cols)}) "
                               f"values ({', '.join('?' for _ in cols)})", list(row))
                report.rows[table] = report.rows.get(table, 0) + 1
        report.extractions += 1


def _link_cited_papers(db) -> None:
    """Fill ``paper_references.cited_paper`` where the cited paper came from
    another shard (the rule of ``store._cited_papers``)."""
    rows = list(db.execute("select id, paper, reference from paper_references "
                           "where cited_paper is null and paper is not null").fetchall())
    for ref_id, paper, reference in rows:
        found = store._cited_papers(db, paper, [reference]).get(reference)
        if found:
            db.execute("update paper_references set cited_paper = ? where id = ?", [found, ref_id])


def _fill_derived(db) -> None:
    """Re-run what the database pipeline derives at the end of a crawl from
    other stored objects (a consultation's committee name and date), as the
    objects it needs may have been in another shard."""
    from crawler.pipelines.database import DatabasePipeline

    fill = getattr(DatabasePipeline, "fill_consultations", None)
    if fill is not None:
        fill(SimpleNamespace(db=db))


def merge_shard(target: sqlite3.Connection, shard_path: str, report: MergeReport) -> None:
    shard = sqlite3.connect(shard_path)  # read only; a killed worker's WAL is recovered
    shard.row_factory = sqlite3.Row
    try:
        present = _shard_tables(shard)
        for table in store.TABLES:
            if table in FILE_TABLES or table not in present:
                continue
            recency = _recency_column(table)
            cols = _columns(shard, table)
            for row in shard.execute(f"select {', '.join(f'[{c}]' for c in cols)} from [{table}]"):
                _upsert(target, table, dict(row), recency)
                report.rows[table] = report.rows.get(table, 0) + 1
        _take_extractions(target, shard, report)
    finally:
        shard.close()


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
        for path in shards:
            if Path(path).resolve() == target_real:
                continue
            if not Path(path).is_file():
                report.errors.append(f"{path}: no such file")
                continue
            try:
                with db.atomic():
                    merge_shard(db.conn, path, report)
                report.shards.append(path)
            except sqlite3.DatabaseError as exc:
                report.errors.append(f"{path}: {exc}")
        with db.atomic():
            _link_cited_papers(db)
        _fill_derived(db)
    finally:
        store.rebuild_search(db)
    return report
