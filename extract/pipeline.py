"""extract_file(path) -> contract record, composing the field extractors.

The document is read once (extract.document.read_document); each field
extractor gets the Document and fills its keys. A file that cannot be read
gives a record with ``error`` set; an extractor that fails leaves its keys
empty and warns on stderr, so one bad rule never loses the record.
"""
from __future__ import annotations

import datetime
import decimal
import functools
import importlib
import os
import sys

from .document import Document, DocumentError, read_document
from .records import RECORDS, as_contract

CONTRACT_KEYS = (
    "source", "error", "reference", "paper_type", "title", "body", "date",
    "originator", "consultations", "dates", "amounts", "decisions",
    "cited_references", "entities",
)


def empty_record(source: str, error: str | None = None) -> dict:
    return {
        "source": source, "error": error, "reference": None, "paper_type": None,
        "title": None, "body": None, "date": None, "originator": None,
        "consultations": [], "dates": [], "amounts": [], "decisions": [],
        "cited_references": [], "entities": [],
    }


# (module, function, record keys it fills). A function returning a dict
# fills the listed keys from it; one returning a list fills the single key.
EXTRACTORS = (
    ("header", "extract_header", ("paper_type", "title", "body", "date", "originator")),
    ("references", "find_references", ("reference", "cited_references")),
    ("consultations", "find_consultations", ("consultations",)),
    ("document", "document_dates", ("dates",)),  # extract.dates.find_dates, shared with header
    ("amounts", "find_amounts", ("amounts",)),
    ("decisions", "find_decisions", ("decisions",)),
    ("entities", "find_entities", ("entities",)),
)

_LIST_KEYS = {"consultations", "dates", "amounts", "decisions", "cited_references", "entities"}
_PAGED_KEYS = {"dates", "amounts"}  # their items carry the page of their start


def extract_file(path, *, with_text: bool = False, max_pages: int | None = None,
                 ocr: bool = True) -> dict:
    """The contract record for ``path``; never raises for a bad file."""
    source = str(path)
    try:
        doc = read_document(source, max_pages=max_pages, ocr=ocr)
    except DocumentError as exc:
        record = empty_record(source, str(exc))
        if with_text:
            record["text"] = None
        return record
    except Exception as exc:  # a reader bug must not stop a batch run
        record = empty_record(source, f"{source}: unreadable ({type(exc).__name__}: {exc})")
        if with_text:
            record["text"] = None
        return record
    record = extract_document(doc)
    if with_text:
        record["text"] = doc.text
    return record


def extract_files(paths, *, jobs: int = 1, **options):
    """Records for ``paths`` in their order, read by ``jobs`` worker processes.

    A worker that dies (a crash inside a native library) costs only its
    file: the remaining files are read again one process each, and the file
    that kills its process gets a record with ``error`` set.
    """
    paths = [str(p) for p in paths]
    work = functools.partial(extract_file, **options)
    if jobs <= 1 or len(paths) <= 1:
        yield from map(work, paths)
        return
    # imported here: a one-file run does not pay for multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    done = 0
    pool = ProcessPoolExecutor(jobs, initializer=worker_init)
    try:
        for record in pool.map(work, paths, chunksize=1):
            done += 1
            yield record
        return
    except BrokenProcessPool:
        pass
    finally:  # also when the consumer stops early: drop the files not started
        pool.shutdown(wait=True, cancel_futures=True)
    for path in paths[done:]:
        try:
            with ProcessPoolExecutor(1, initializer=worker_init) as single:
                yield single.submit(work, path).result()
        except BrokenProcessPool:
            record = empty_record(path, f"{path}: the reader crashed on this file")
            if options.get("with_text"):
                record["text"] = None
            yield record


def extract_document(doc: Document) -> dict:
    """Run every available field extractor over ``doc``."""
    record = empty_record(doc.source)
    for module_name, func_name, keys in EXTRACTORS:
        func = _extractor(module_name, func_name)
        try:
            values = _values(keys, plain(func(doc)), doc)
        except Exception as exc:  # one failing extractor leaves only its fields empty
            warn(f"{doc.source}: {module_name}.{func_name} failed: {type(exc).__name__}: {exc}")
            continue
        record.update(values)
    return record


def _values(keys: tuple, result, doc: Document) -> dict:
    """The record keys an extractor fills, from its dict or list result."""
    if len(keys) == 1 and not isinstance(result, dict):
        result = {keys[0]: result}
    elif not isinstance(result, dict):
        raise TypeError(f"returned {type(result).__name__}, expected dict")
    values = {}
    for key in keys:
        value = result.get(key)
        if key in _LIST_KEYS:
            value = list(value or [])
            if key in _PAGED_KEYS:
                value = [_with_page(item, doc) for item in value]
        values[key] = value
    return values


def _with_page(item, doc: Document):
    """Fill a missing ``page`` of a span from its start offset (PDF only)."""
    if isinstance(item, dict) and item.get("page") is None and isinstance(item.get("start"), int):
        item = dict(item, page=doc.page_at(item["start"]))
    return item


def _extractor(module_name: str, func_name: str):
    """The extractor function; its module is imported when first needed."""
    module = importlib.import_module(f"{__package__}.{module_name}")
    return getattr(module, func_name)


_SCALARS = (str, int, float, type(None))


def plain(value):
    """Records (extract.records), dates and decimals -> JSON-ready dicts,
    strings, lists: the one place records become the contract's dicts."""
    if isinstance(value, _SCALARS):
        return value  # the common case first: records hold thousands of them
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [plain(v) for v in value]
    if isinstance(value, RECORDS):
        return {k: plain(v) for k, v in as_contract(value).items()}
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


def worker_init() -> None:
    """For worker processes running side by side: one OCR thread each
    (tesseract's OpenMP threads would otherwise compete for the same cores)."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def warn(message: str) -> None:
    print(message, file=sys.stderr)
