"""Named entities: people, organisations, places, programmes, laws, accounts.

Returns ``{label, text, start, end}`` with offsets into ``doc.text``; the
rules of ``patterns/*.jsonl`` are matched on the raw text by
:mod:`extract.entity_rules`.
"""
from __future__ import annotations

from extract import entity_rules


def _entity(text: str, start: int, end: int, label: str) -> dict | None:
    value = text[start:end].strip().rstrip("-,;:")
    if not value:
        return None
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    return {"label": label, "text": value, "start": start + lead, "end": start + lead + len(value)}


def find_entities(doc) -> list[dict]:
    """Entities of ``doc`` as ``{label, text, start, end}``, in text order."""
    text = doc.text or ""
    if not text.strip():
        return []
    found = (_entity(text, start, end, label)
             for start, end, label in entity_rules.match_rules(text))
    out = [e for e in found if e]
    out.sort(key=lambda e: (e["start"], e["end"]))
    return out
