"""build_nlp(): the spaCy pipeline for entities.

``spacy.blank("de")`` with the lookup lemmatizer (spacy-lookups-data) and our
rule components; when a trained German pipeline (``de_core_news_*``) is
installed it is loaded instead of the blank one and its NER supplies PER,
ORG and LOC. Nothing is downloaded at run time.

Rules live in ``patterns/*.jsonl``, one object a line:
``{"label": ..., "pattern": [token patterns] | "phrase"}`` for the SpanRuler,
or ``{"label": ..., "regex": "..."}`` for the regex component. Every file is
checked when it is loaded; a bad line raises ``PatternError`` naming the file
and the line. Each field kind writes its own ``doc.spans`` group
(``laws``, ``programs``, ``accounts``, ``orgs``, ``people``, ``places``) since
the spans of different kinds may overlap.
"""
from __future__ import annotations

import contextlib
import json
import logging
import re
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

PATTERNS = Path(__file__).parent / "patterns"
LABELS = {"PER", "ORG", "LOC", "PROGRAM", "LAW", "ACCOUNT"}
TRAINED = ("de_core_news_lg", "de_core_news_md", "de_core_news_sm", "de_dep_news_trf")

PATTERN_FILES = ("committees.jsonl", "entities.jsonl", "laws.jsonl", "programmes.jsonl")
# label -> doc.spans group (spans of different kinds may overlap)
GROUPS = {"PER": "people", "ORG": "orgs", "LOC": "places", "PROGRAM": "programs",
          "LAW": "laws", "ACCOUNT": "accounts"}


class PatternError(ValueError):
    """A pattern file line that is not a valid rule."""


def load_patterns(path: Path) -> list[dict]:
    """Read and check one JSONL pattern file."""
    rules = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"{path.name}:{lineno}"
            try:
                rule = json.loads(line)
            except json.JSONDecodeError as exc:
                raise PatternError(f"{where}: not JSON ({exc})") from exc
            if not isinstance(rule, dict) or rule.get("label") not in LABELS:
                raise PatternError(f"{where}: label must be one of {sorted(LABELS)}")
            kinds = [k for k in ("pattern", "regex") if k in rule]
            if len(kinds) != 1:
                raise PatternError(f"{where}: needs exactly one of 'pattern' or 'regex'")
            if "regex" in rule:
                try:
                    re.compile(rule["regex"])
                except re.error as exc:
                    raise PatternError(f"{where}: bad regex ({exc})") from exc
            elif not isinstance(rule["pattern"], (str, list)) or not rule["pattern"]:
                raise PatternError(f"{where}: 'pattern' must be a phrase or a token list")
            if not isinstance(rule.get("group", 0), int):
                raise PatternError(f"{where}: 'group' must be an integer")
            rules.append(rule)
    return rules


@Language.factory("ris_regex_spans", default_config={"patterns_file": ""})
def make_regex_spans(nlp: Language, name: str, patterns_file: str):
    rules = [r for r in load_patterns(PATTERNS / patterns_file) if "regex" in r] if patterns_file else []
    return RegexSpans(rules)


class RegexSpans:
    """Adds a span for every regex match, snapped to token boundaries, to the
    doc.spans group of its label."""

    def __init__(self, rules: list[dict]):
        self.rules = [(r["label"], re.compile(r["regex"]), r.get("group", 0)) for r in rules]

    def __call__(self, doc: Doc) -> Doc:
        found: dict[str, list[Span]] = {}
        text = doc.text
        for label, rx, group in self.rules:
            spans = found.setdefault(GROUPS[label], [])
            for m in rx.finditer(text):
                start, end = m.span(group)
                if start < 0 or start == end:
                    continue
                span = doc.char_span(start, end, label=label)  # strict first
                if span is None:
                    span = doc.char_span(start, end, label=label, alignment_mode="expand")
                if span is not None and len(span) and span.text.strip():
                    spans.append(span)
        for key, spans in found.items():
            # the longest of overlapping spans of one kind
            doc.spans[key] = filter_spans(list(doc.spans.get(key, [])) + spans)
        return doc


@Language.component("ris_collect_entities")
def collect_entities(doc: Doc) -> Doc:
    """All rule groups plus the trained NER, overlaps resolved, in doc.spans['ris']."""
    spans: list[Span] = []
    for key in ("laws", "accounts", "programs", "people", "orgs", "places"):
        spans.extend(doc.spans.get(key, []))
    for ent in doc.ents:
        label = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}.get(ent.label_)
        if label:
            spans.append(Span(doc, ent.start, ent.end, label=label))
    spans = [s for s in spans if not (s.label_ == "ORG" and s.text in GENERIC_ORGS)]
    doc.spans["ris"] = filter_spans(spans)
    return doc


# words that name a kind of body, not a particular one
GENERIC_ORGS = {"Ausschuss", "Ausschuß", "Rat", "Beirat", "Senat", "Kommission", "Magistrat"}


def _base() -> Language:
    for name in TRAINED:
        if spacy.util.is_package(name):
            return spacy.load(name, exclude=["parser", "tagger", "morphologizer", "attribute_ruler"])
    nlp = spacy.blank("de")
    try:
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
    except (ValueError, OSError):  # spacy-lookups-data missing: no lemmas
        if "lemmatizer" in nlp.pipe_names:
            nlp.remove_pipe("lemmatizer")
    return nlp


@contextlib.contextmanager
def quiet_spacy():
    """Keep spaCy's own logger at WARNING while the pipeline is built (it
    reports initialising and loading tables at DEBUG/INFO); the logging
    configuration of the host program is not touched."""
    logger = logging.getLogger("spacy")
    level = logger.level
    logger.setLevel(max(logging.WARNING, level))
    try:
        yield
    finally:
        logger.setLevel(level)


@lru_cache(maxsize=1)
def build_nlp() -> Language:
    """The pipeline, built once per process."""
    with quiet_spacy():
        return _build()


def _build() -> Language:
    nlp = _base()
    for filename in PATTERN_FILES:
        path = PATTERNS / filename
        if not path.exists():
            continue
        stem = path.stem
        rules = load_patterns(path)
        for label in sorted({r["label"] for r in rules if "pattern" in r}):
            token_rules = [{k: r[k] for k in ("label", "pattern", "id") if k in r}
                           for r in rules if "pattern" in r and r["label"] == label]
            ruler = nlp.add_pipe("span_ruler", name=f"ruler_{stem}_{label.lower()}",
                                 config={"spans_key": GROUPS[label], "validate": True,
                                         "overwrite": False})
            ruler.add_patterns(token_rules)
        if any("regex" in r for r in rules):
            nlp.add_pipe("ris_regex_spans", name=f"regex_{stem}",
                         config={"patterns_file": filename})
    nlp.add_pipe("ris_collect_entities")
    nlp.max_length = 2_000_000
    return nlp
