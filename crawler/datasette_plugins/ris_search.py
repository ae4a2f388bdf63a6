"""Datasette plugin (loaded from this directory by ``ris serve``): the SQL
functions the canned queries and feeds call.

- ``fts_query(term)``: the search term as a safe FTS5 MATCH expression
  (crawler/search.py), ``fts_query_empty(term)`` 1 when it has no words;
- ``http_url(value)``: ``value`` if it is an http(s) URL, else null, so that
  a portal's ``javascript:`` or relative link never becomes a link in a feed;
- ``escape_fts(term)``, which Datasette calls for the search box of a table
  with a full-text index: the same parser, so that box reads terms as the
  canned queries do (``_searchmode=raw`` still passes FTS5 syntax as typed).
"""
from __future__ import annotations

import re

from datasette import hookimpl

from crawler import search

_HTTP = re.compile(r"https?://[^\s\"<>]+", re.I)


def http_url(value):
    if isinstance(value, str) and _HTTP.fullmatch(value.strip()):
        return value.strip()
    return None


@hookimpl(trylast=True)  # after Datasette's own escape_fts, to replace it
def prepare_connection(conn):
    search.register(conn)
    conn.create_function("http_url", 1, http_url, deterministic=True)
    conn.create_function("escape_fts", 1, search.fts_query, deterministic=True)
