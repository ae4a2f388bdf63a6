"""UTC timestamps as the crawl writes them: ``2026-03-01T12:30:05Z``.

One form for every stamp (``fetched_at``, ``updated_at``, cursors, OParl
``modified_since``): UTC, whole seconds (some OParl servers reject
microseconds), ``Z`` instead of ``+00:00`` (an unencoded ``+`` in a query
string reads as a space). Stamps of one form sort in time order as strings,
which the merge of shards relies on.
"""
from __future__ import annotations

from datetime import datetime, timezone


def utc_stamp(when: datetime | None = None) -> str:
    """``when`` (default: now) as a UTC stamp; a naive ``when`` is taken as UTC."""
    when = when or datetime.now(timezone.utc)
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone(timezone.utc).replace(microsecond=0, tzinfo=None).isoformat() + "Z"
