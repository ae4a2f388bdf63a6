"""Load a recorded snippet (tests/fixtures/snippets/, see SOURCES.md) as a Document."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from extract.document import Document

SNIPPETS = Path(__file__).resolve().parents[1] / "fixtures" / "snippets"


@lru_cache(maxsize=None)
def snippet_text(name: str) -> str:
    return (SNIPPETS / name).read_text(encoding="utf-8")


def snippet_doc(name: str, kind: str = "text") -> Document:
    return Document(source=str(SNIPPETS / name), text=snippet_text(name), kind=kind)
