"""The portal registry: ``crawler/sources.toml`` read into plain dicts.

Each ``[[source]]`` has ``name``, ``body``, ``vendor``, ``url`` and
``enabled``. ``load_sources`` checks them and says which entry is wrong.
The environment variable ``RIS_SOURCES`` names another registry file (a
private list, or a test's registry of local replay servers).
"""
from __future__ import annotations

import os
import tomllib
from functools import lru_cache
from pathlib import Path

DEFAULT_PATH = Path(__file__).with_name("sources.toml")
FIELDS = ("name", "body", "vendor", "url", "enabled")


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
        seen.add(entry["name"])
        sources.append({f: entry[f] for f in FIELDS})
    return tuple(sources)


def get_source(name: str, path: str | Path | None = None) -> dict | None:
    return next((s for s in load_sources(path) if s["name"] == name), None)
