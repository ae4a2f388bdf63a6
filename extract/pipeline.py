"""extract_file(path) -> contract record, composing the field extractors."""
from __future__ import annotations

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
