"""Extraction library: a council document in, a contract record out.

No Scrapy, no database: ``extract_file(path)`` returns the dict described in
the extraction contract (see README.md); ``extract_files(paths, jobs=N)``
yields them in order from worker processes; ``read_document(path)`` gives
the Document (text, page offsets, tables, HTML fields) the field extractors
work on.
"""

__version__ = "0.1.0"


def extract_file(path, **kwargs):
    from .pipeline import extract_file as _extract_file

    return _extract_file(path, **kwargs)


def extract_files(paths, **kwargs):
    from .pipeline import extract_files as _extract_files

    return _extract_files(paths, **kwargs)


def read_document(path, **kwargs):
    from .document import read_document as _read_document

    return _read_document(path, **kwargs)
