"""Extraction library: a council document in, a contract record out.

No Scrapy, no database: ``extract_file(path)`` returns the dict described in
the extraction contract (see README.md).
"""

__version__ = "0.1.0"


def extract_file(path, **kwargs):
    from .pipeline import extract_file as _extract_file

    return _extract_file(path, **kwargs)
