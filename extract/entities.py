"""Named entities: people, organisations, places, programmes, laws, accounts.

Runs the pipeline of :func:`extract.nlp.build_nlp` over the document text in
chunks cut at line breaks (so long minutes stay within memory), and returns
``{label, text, start, end}`` with offsets into ``doc.text``.
"""
from __future__ import annotations

from extract.nlp import build_nlp

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


def find_entities(doc) -> list[dict]:
    """Entities of ``doc`` as ``{label, text, start, end}``, in text order."""
    text = doc.text or ""
    if not text.strip():
        return []
    nlp = build_nlp()
    pieces = list(_chunks(text))
    out = []
    # lemmas are not used for entities
    skip = [name for name in ("lemmatizer",) if name in nlp.pipe_names]
    for (offset, _), sdoc in zip(pieces, nlp.pipe((piece for _, piece in pieces), disable=skip)):
        for span in sdoc.spans.get("ris", []):
            start = offset + span.start_char
            end = offset + span.end_char
            value = text[start:end].strip().rstrip("-,;:")
            if not value:
                continue
            lead = len(text[start:end]) - len(text[start:end].lstrip())
            out.append({"label": span.label_, "text": value, "start": start + lead,
                        "end": start + lead + len(value)})
    out.sort(key=lambda e: (e["start"], e["end"]))
    return out
