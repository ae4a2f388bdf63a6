"""``ris build``: extract the stored files into the database, incrementally.

A file is extracted when the MD5 of its bytes differs from the checksum its
stored extraction was made from (``files.extracted_checksum``), so a second
run over unchanged files does nothing. Extraction runs in worker processes;
only the main process writes to the database (through
``store.save_extraction``).

Files come from the ``files`` table (rows the crawler stored, with ``path``
relative to the files directory) and from paths given on the command line
(documents on disk, each stored as a file row of its own).
"""
from __future__ import annotations

import hashlib
import os
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from crawler import store

DOCUMENT_SUFFIXES = {".pdf", ".html", ".htm", ".txt", ".md"}


@dataclass
class BuildStats:
    files: int = 0
    extracted: int = 0
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    mismatched: list[str] = field(default_factory=list)
    dangling: dict = field(default_factory=dict)

    def summary(self) -> str:
        text = (f"{self.files} files: {self.extracted} extracted, {self.unchanged} unchanged, "
                f"{len(self.errors)} unreadable, {len(self.missing)} missing on disk")
        if self.mismatched:
            text += f", {len(self.mismatched)} not matching their checksum"
        if self.dangling:
            text += "; references to rows not stored: " + ", ".join(
                f"{table} {n}" for table, n in sorted(self.dangling.items()))
        return text


def files_dir() -> Path:
    """Where the crawler stores files: ``RIS_FILES``, else ``data/files``."""
    return Path(os.environ.get("RIS_FILES") or "data/files")


def md5_of(path: Path) -> str:
    digest = hashlib.md5()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def document_paths(paths: list[str | Path]) -> list[Path]:
    """The documents named: files as given, directories searched for
    PDF, HTML, text and Markdown files."""
    found = []
    for p in map(Path, paths):
        if p.is_dir():
            found += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in DOCUMENT_SUFFIXES)
        else:
            found.append(p)
    return found


def register_documents(db, paths: list[Path]) -> None:
    """Store a paper and a file row (both with id = the file's URI, vendor
    ``file``) for each document not yet stored: a document on disk is a
    paper of its own, described by what its text states."""
    for path in paths:
        path = path.resolve()
        uri = path.as_uri()
        if not db.execute("select 1 from files where id = ?", [uri]).fetchone():
            with db.atomic():
                db["papers"].insert({"id": uri, "vendor": "file"}, pk="id", ignore=True)
                db["files"].insert({"id": uri, "paper": uri, "name": path.name, "file_name": path.name,
                                    "path": str(path), "vendor": "file"}, pk="id")


def describe_paper_from_text(db, paper: str | None, record: dict) -> None:
    """Fill a document-on-disk paper's fields from its extraction record."""
    if not paper:
        return
    db.execute("update papers set name = ?, reference = ?, date = ?, paper_type = ?, originator = ? "
               "where id = ? and vendor = 'file'",
               [record.get("title"), record.get("reference"), record.get("date"),
                record.get("paper_type"), record.get("originator"), paper])


def _resolve(path: str, base: Path) -> Path:
    p = Path(path)
    return p if p.is_absolute() else base / p


def pending(db, base: Path, stats: BuildStats) -> list[tuple[dict, Path]]:
    """The file rows whose stored bytes changed since their extraction, with
    their checksum set to the current bytes'.

    A crawled file whose bytes no longer match the checksum the crawler
    recorded is reported, marked (``files.checksum_error``: the next crawl
    downloads it again) and not extracted; documents given on the command
    line are simply extracted again when they change."""
    todo = []
    rows = db.execute("select id, paper, path, extracted_checksum, checksum, vendor from files "
                      "where path is not null order by id").fetchall()
    for file_id, paper, path, extracted, recorded, vendor in rows:
        stats.files += 1
        full = _resolve(path, base)
        if not full.is_file():
            stats.missing.append(f"{full}: not found (file {file_id})")
            continue
        checksum = md5_of(full)
        if vendor != "file" and recorded:
            error = None if checksum == recorded else (
                f"{full}: the bytes have MD5 {checksum}, the file row records {recorded} "
                f"(file {file_id}); marked to be downloaded again")
            store.save_checksum_error(db, file_id, error)
            if error:
                stats.mismatched.append(error)
                continue
        if checksum == extracted:
            stats.unchanged += 1
            continue
        todo.append(({"id": file_id, "paper": paper, "checksum": checksum}, full))
    return todo


def extract_document(path: str) -> dict:
    """The extraction record of the document at ``path`` (with its text);
    run in worker processes by ``build`` and by the crawl's files pipeline.
    An exception becomes the record's ``error``."""
    from extract import extract_file

    try:
        return extract_file(path, with_text=True)
    except Exception as exc:  # a bug in one file's extraction must not stop the build
        return {"source": path, "error": f"{path}: extraction failed ({type(exc).__name__}: {exc})",
                "text": None}


def _save(db, file_row: dict, record: dict, stats: BuildStats) -> None:
    with db.atomic():
        store.save_extraction(db, file_row, record)
        describe_paper_from_text(db, file_row.get("paper"), record)
    stats.extracted += 1
    if record.get("error"):
        stats.errors.append(record["error"])


def build(db, paths: list[str | Path] = (), base: Path | None = None, jobs: int | None = None,
          progress: bool = True) -> BuildStats:
    """Extract every new or changed file into ``db``; returns what was done."""
    stats = BuildStats()
    if paths:
        register_documents(db, document_paths(list(paths)))
    todo = pending(db, base or files_dir(), stats)
    jobs = jobs or os.cpu_count() or 1
    # imported here: the crawl imports this module for its file pipeline and
    # shows no progress bar, and importing tqdm costs it start-up time
    from tqdm import tqdm
    bar = tqdm(total=len(todo), unit="file", desc="extracting", disable=not progress or not todo)
    if jobs == 1 or len(todo) <= 1:
        for file_row, path in todo:
            _save(db, file_row, extract_document(str(path)), stats)
            bar.update()
    else:
        with ProcessPoolExecutor(max_workers=min(jobs, len(todo))) as pool:
            futures = {pool.submit(extract_document, str(path)): file_row for file_row, path in todo}
            for future in as_completed(futures):
                _save(db, futures[future], future.result(), stats)
                bar.update()
    bar.close()
    refresh_derived(db, changed=bool(stats.extracted or stats.errors))
    stats.dangling = store.foreign_key_problems(db)
    return stats


def refresh_derived(db, changed: bool) -> bool:
    """Bring the search indexes up to date with the rows written since they
    were (``store.update_search``), and store the summary tables anew when
    rows ``changed`` or when they are stale (a crawl stored rows since);
    True when they were stored. The one place the derive stage runs:
    ``build`` and ``ris merge`` end here."""
    store.update_search(db)
    if changed or store.summaries_stale(db):
        store.refresh_summaries(db)
        return True
    return False
