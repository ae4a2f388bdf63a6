"""The portal registry: ``crawler/sources.toml`` read into plain dicts.

Each ``[[source]]`` has ``name``, ``body``, ``vendor``, ``url`` and
``enabled``; optionally ``aggregator``: why the endpoint re-publishes other
portals (such an entry must be disabled: its portals are crawled at their
origin; ``-a source=NAME`` still crawls it), and ``duplicate_of``: the name
of the entry that reads the same portal (also disabled). ``load_sources``
checks them and says which entry is wrong.

A portal listed twice (``http`` and ``https``, OParl 1.0 and 1.1 of one
system, a ``www.`` or trailing slash more) is crawled once: of the enabled
entries with the same ``portal_key``, the first ``https`` and newest-version
one stays enabled, the others are loaded with ``enabled = False`` and
``duplicate_of`` naming it.

The environment variable ``RIS_SOURCES`` names another registry file (a
private list, or a test's registry of local replay servers).
"""
from __future__ import annotations

import os
import re
import tomllib
from functools import lru_cache
from pathlib import Path

DEFAULT_PATH = Path(__file__).with_name("sources.toml")
FIELDS = ("name", "body", "vendor", "url", "enabled")
OPTIONAL = ("aggregator", "duplicate_of")

_VERSION = re.compile(r"/(v?)1\.[01](?=/)")


def portal_key(url: str) -> str:
    """One key for the addresses of one portal: without scheme, ``www.``,
    trailing slash and OParl version (``/v1.0/``, ``/1.1/``), lower case."""
    key = re.sub(r"^[a-z]+://(www\.)?", "", url.strip().lower()).rstrip("/")
    return _VERSION.sub(r"/\g<1>1.x", key)


def _preference(url: str) -> tuple:
    """Sort key among duplicates: https first, then the newer OParl version."""
    version = re.search(r"/v?1\.([01])/", url)
    return (not url.lower().startswith("https://"), -(int(version.group(1)) if version else 0))


def mark_duplicates(sources: list[dict]) -> list[dict]:
    """Disable every enabled source but the preferred one of each portal."""
    groups: dict[str, list[dict]] = {}
    for source in sources:
        if source["enabled"] and source["url"]:
            groups.setdefault(portal_key(source["url"]), []).append(source)
    for same in groups.values():
        keep = min(same, key=lambda s: _preference(s["url"]))
        for source in same:
            if source is not keep:
                source["enabled"] = False
                source["duplicate_of"] = keep["name"]
    return sources


class SourcesError(ValueError):
    """The registry file is unreadable or an entry is incomplete."""


def load_sources(path: str | Path | None = None) -> list[dict]:
    """The sources of the registry at ``path`` (default: ``$RIS_SOURCES``,
    else crawler/sources.toml), in file order, each a dict with the keys of
    ``FIELDS``."""
    path = path or os.environ.get("RIS_SOURCES") or DEFAULT_PATH
    return [dict(s) for s in _load(str(path))]


@lru_cache(maxsize=8)
def _load(path: str) -> tuple:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise SourcesError(f"{path}: {err}") from err
    sources, seen = [], set()
    for n, entry in enumerate(data.get("source", []), 1):
        where = f"{path}: source {n} ({entry.get('name', '?')})"
        missing = [f for f in FIELDS if f not in entry]
        if missing:
            raise SourcesError(f"{where}: missing {', '.join(missing)}")
        if not isinstance(entry["enabled"], bool):
            raise SourcesError(f"{where}: enabled must be true or false")
        if entry["name"] in seen:
            raise SourcesError(f"{where}: name used twice")
        if entry["enabled"] and not entry["url"]:
            raise SourcesError(f"{where}: enabled without url")
        if "aggregator" in entry and not (isinstance(entry["aggregator"], str)
                                          and entry["aggregator"].strip()):
            raise SourcesError(f"{where}: aggregator must say what it re-publishes")
        if entry.get("aggregator") and entry["enabled"]:
            raise SourcesError(f"{where}: an aggregator must be enabled = false "
                               "(its portals are crawled at their origin)")
        if entry.get("duplicate_of") and entry["enabled"]:
            raise SourcesError(f"{where}: a duplicate must be enabled = false")
        seen.add(entry["name"])
        sources.append({f: entry[f] for f in FIELDS + OPTIONAL if f in entry})
    unknown = [s["name"] for s in sources if s.get("duplicate_of", s["name"]) not in seen]
    if unknown:
        raise SourcesError(f"{path}: duplicate_of names no source in {', '.join(unknown)}")
    return tuple(mark_duplicates(sources))


def get_source(name: str, path: str | Path | None = None) -> dict | None:
    return next((s for s in load_sources(path) if s["name"] == name), None)
