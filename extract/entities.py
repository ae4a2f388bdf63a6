"""Named entities: people, organisations, places, programmes, laws, accounts.

Returns ``{label, text, start, end}`` with offsets into ``doc.text``. With
the shipped rules and no trained German pipeline installed, the rules are
matched on the raw text (:mod:`extract.entity_rules`, same spans as the
pipeline, a fraction of the time); otherwise the pipeline of
:func:`extract.nlp.build_nlp` runs over the text in chunks cut at line breaks
(so long minutes stay within memory).
"""
from __future__ import annotations

from functools import lru_cache

import spacy

from extract import entity_rules
from extract.nlp import TRAINED, build_nlp

CHUNK = 100_000


def _chunks(text: str, size: int = CHUNK):
    """(offset, piece) pieces of at most ``size`` characters, cut after a newline."""
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start, end)
            if cut > start:
                end = cut + 1
        yield start, text[start:end]
        start = end


@lru_cache(maxsize=1)
def rules_only() -> bool:
    """True when no trained pipeline is installed and every rule can be
    matched without spaCy's pipeline."""
    return not any(spacy.util.is_package(name) for name in TRAINED) and entity_rules.supported()


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
    if rules_only():
        found = (_entity(text, start, end, label)
                 for start, end, label in entity_rules.match_rules(text))
        out = [e for e in found if e]
    else:
        out = _pipeline_entities(text)
    out.sort(key=lambda e: (e["start"], e["end"]))
    return out


def _pipeline_entities(text: str) -> list[dict]:
    nlp = build_nlp()
    pieces = list(_chunks(text))
    out = []
    # lemmas are not used for entities
    skip = [name for name in ("lemmatizer",) if name in nlp.pipe_names]
    for (offset, _), sdoc in zip(pieces, nlp.pipe((piece for _, piece in pieces), disable=skip)):
        for span in sdoc.spans.get("ris", []):
            entity = _entity(text, offset + span.start_char, offset + span.end_char, span.label_)
            if entity:
                out.append(entity)
    return out
