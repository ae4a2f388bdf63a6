#!/usr/bin/env python3
"""Speed of the entity rules on text already read: on the raw text, or as spaCy components.

Runs, in this one process over the same texts (the .txt papers of the shared
corpus by default):

  * ``spacy.blank("de")`` tokenizer alone (the reference),
  * ``extract.entities.find_entities``: the rules matched on the raw text
    (extract.entities, the one entity path of the project),
  * the same rules as spaCy's own components: a SpanRuler with the one-token
    rules and a component adding each regex match as ``doc.char_span``, the
    longest span per kind then across kinds (``filter_spans``), over
    ``nlp.pipe``; the benchmark checks that it finds the same entities,
  * ``find_consultations`` + ``find_decisions`` + ``find_references``,

and prints words/s and each one's ratio to the tokenizer.

    python benchmarks/entities_speed.py [--texts DIR] [--repeat N]
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.util import filter_spans  # noqa: E402

from extract import entities, pattern_files  # noqa: E402
from extract.consultations import find_consultations  # noqa: E402
from extract.decisions import find_decisions  # noqa: E402
from extract.document import Document  # noqa: E402
from extract.entities import find_entities  # noqa: E402
from extract.references import find_references  # noqa: E402

_REGEX_RULES: list[tuple[str, re.Pattern, int]] = []


@Language.component("bench_regex_spans")
def regex_spans(doc):
    """Each regex match as a span of its kind, widened to whole tokens."""
    found: dict[str, list] = {}
    text = doc.text  # built from the tokens at each access
    for label, rx, group in _REGEX_RULES:
        spans = found.setdefault(entities.GROUPS[label], [])
        for m in rx.finditer(text):
            start, end = m.span(group)
            if start < 0 or start == end:
                continue
            span = (doc.char_span(start, end, label=label)  # exact tokens: fast
                    or doc.char_span(start, end, label=label, alignment_mode="expand"))
            if span is not None and len(span) and span.text.strip():
                spans.append(span)
    for key, spans in found.items():
        doc.spans[key] = filter_spans(list(doc.spans.get(key, [])) + spans)
    return doc


@Language.component("bench_collect")
def collect(doc):
    spans = [s for key in entities.COLLECT_ORDER for s in doc.spans.get(key, [])]
    spans = [s for s in spans if not (s.label_ == "ORG" and s.text in entities.GENERIC_ORGS)]
    doc.spans["ris"] = filter_spans(spans)
    return doc


def spacy_pipeline() -> Language:
    """The rules of the pattern files as spaCy components."""
    nlp = spacy.blank("de")
    for filename in pattern_files.ENTITY_FILES:
        for rule in pattern_files.load(filename):
            if "regex" in rule:
                _REGEX_RULES.append((rule["label"], re.compile(rule["regex"]), rule.get("group", 0)))
                continue
            name = f"ruler_{rule['label'].lower()}"
            if name not in nlp.pipe_names:
                nlp.add_pipe("span_ruler", name=name, config={
                    "spans_key": entities.GROUPS[rule["label"]], "overwrite": False})
            nlp.get_pipe(name).add_patterns([{"label": rule["label"], "pattern": rule["pattern"]}])
    nlp.add_pipe("bench_regex_spans")
    nlp.add_pipe("bench_collect")
    nlp.max_length = 5_000_000
    return nlp


def chunks(text: str, size: int = 100_000):
    """(offset, piece) pieces of at most ``size`` characters, cut after a newline
    (spaCy's docs of long minutes are kept within memory and speed this way)."""
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start, end)
            end = cut + 1 if cut > start else end
        yield start, text[start:end]
        start = end


def pipeline_entities(nlp, docs) -> list[list[tuple]]:
    out = []
    for d in docs:
        pieces = list(chunks(d.text))
        ents = []
        for (offset, piece), sdoc in zip(pieces, nlp.pipe(piece for _, piece in pieces)):
            for s in sdoc.spans["ris"]:
                text = piece[s.start_char:s.end_char]
                value = text.strip().rstrip("-,;:")
                if value:
                    start = offset + s.start_char + len(text) - len(text.lstrip())
                    ents.append((s.label_, value, start))
        out.append(ents)
    return out


def best_of(repeat: int, func) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


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
    nlp = spacy_pipeline()  # built once; not part of the timing

    ours = [[(e["label"], e["text"], e["start"]) for e in find_entities(d)] for d in docs]
    theirs = pipeline_entities(nlp, docs)
    same = sum(a == b for a, b in zip(ours, theirs))
    runs = {
        "spacy.blank tokenizer": lambda: [blank.make_doc(d.text) for d in docs],
        "find_entities (rules on the raw text)": lambda: [find_entities(d) for d in docs],
        "spaCy SpanRuler + regex component": lambda: pipeline_entities(nlp, docs),
        "consultations+decisions+references": lambda: [
            (find_consultations(d), find_decisions(d), find_references(d)) for d in docs],
    }
    results = {name: best_of(args.repeat, func) for name, func in runs.items()}
    ref = results["spacy.blank tokenizer"]
    print(f"{len(docs)} texts, {words} words, best of {args.repeat}; "
          f"same entities from both entity paths in {same} of {len(docs)} texts "
          f"({sum(map(len, ours))} entities)")
    for name, secs in results.items():
        print(f"{name:38s} {words / secs:12,.0f} words/s   ratio to tokenizer {ref / secs:6.2f}")


if __name__ == "__main__":
    main()
