#!/usr/bin/env python3
"""Speed of the rule extractors on text already read, against spaCy's tokenizer.

Runs, in this one process over the same texts (the .txt papers of the shared
corpus by default):

  * ``spacy.blank("de")`` tokenizer alone (the reference),
  * ``extract.entities.find_entities`` (the rules matched on the raw text,
    extract.entity_rules),
  * the same entities from the build_nlp pipeline (SpanRuler and regex
    components over spaCy-tokenised text, lemmatizer left out),
  * ``find_consultations`` + ``find_decisions`` + ``find_references``,

and prints words/s and each one's ratio to the tokenizer. Goal: entities at
least a third of the tokenizer's rate.

    python benchmarks/entities_speed.py [--texts DIR] [--repeat N]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402

from extract.consultations import find_consultations  # noqa: E402
from extract.decisions import find_decisions  # noqa: E402
from extract.document import Document  # noqa: E402
from extract import entities  # noqa: E402
from extract.entities import find_entities  # noqa: E402
from extract.nlp import build_nlp  # noqa: E402
from extract.references import find_references  # noqa: E402


def best_of(repeat: int, func) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def pipeline_entities(doc):
    rules_only = entities.rules_only
    entities.rules_only = lambda: False
    try:
        return find_entities(doc)
    finally:
        entities.rules_only = rules_only


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", default=str(ROOT.parent / "shared" / "corpus" / "documents"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    paths = sorted(Path(args.texts).rglob("*.txt"))
    docs = [Document(source=str(p), text=p.read_text(encoding="utf-8", errors="replace"), kind="text")
            for p in paths]
    words = sum(len(d.text.split()) for d in docs)
    blank = spacy.blank("de")
    build_nlp()  # built once per process; not part of the timing

    runs = {
        "spacy.blank tokenizer": lambda: [blank.make_doc(d.text) for d in docs],
        "find_entities": lambda: [find_entities(d) for d in docs],
        "find_entities by the spaCy pipeline": lambda: [pipeline_entities(d) for d in docs],
        "consultations+decisions+references": lambda: [
            (find_consultations(d), find_decisions(d), find_references(d)) for d in docs],
    }
    results = {name: best_of(args.repeat, func) for name, func in runs.items()}
    ref = results["spacy.blank tokenizer"]
    print(f"{len(docs)} texts, {words} words, best of {args.repeat}")
    for name, secs in results.items():
        print(f"{name:38s} {words / secs:12,.0f} words/s   ratio to tokenizer {ref / secs:6.2f}")


if __name__ == "__main__":
    main()
