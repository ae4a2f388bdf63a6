"""Rules matched on the raw text give the spans of the spaCy pipeline."""
from __future__ import annotations

import pytest

from extract import entity_rules
from extract.nlp import build_nlp

from tests.extract.snippets import snippet_text

SNIPPETS = ("seed_001_content_beschlussentwurf.txt", "karlsruhe_2021-0320_625540_head.txt")


def pipeline_spans(text):
    doc = build_nlp()(text)
    return [(s.start_char, s.end_char, s.label_) for s in doc.spans["ris"]]


@pytest.mark.parametrize("name", SNIPPETS)
def test_same_spans_as_the_pipeline_on_real_papers(name):
    text = snippet_text(name)
    spans = entity_rules.match_rules(text)
    assert spans and spans == pipeline_spans(text)


@pytest.mark.parametrize("text", [
    # a regex match ending inside a token is widened to the whole token
    "Mittel bei SK 414100/KST 36010000, vgl. §§ 117 und 119 Abs. 5 NKomVG.",
    # one-token committee rule next to punctuation and a hyphenated compound
    "(Haupt- und Finanzausschuss) sowie Jugendhilfe-Ausschuss; der Rat",
    # overlapping kinds: the longer span wins
    "Herr  Peter Müller (SPD-Fraktion) in der Stadt Brühl, Kölner Straße 12",
])
def test_same_spans_as_the_pipeline_on_edge_cases(text):
    assert entity_rules.match_rules(text) == pipeline_spans(text)


def test_shipped_rules_are_supported():
    assert entity_rules.supported()


@pytest.mark.parametrize("pattern", [
    r"(?<![\w])(?:SK|KST)\s*(\d{4,})",      # opens with a lookbehind and a fixed word
    r"(?<![\w-])(?:SPD|CDU)(?:-Fraktion)?(?![\w-])",
    r"(?<![\w])(?:[A-ZÄÖÜ]\w+[ ])?(?:Stiftung)",  # optional opening part: searched as it is
])
def test_rule_finds_what_the_whole_pattern_finds(pattern):
    # Brühl seed paper: "bei SK 414100 / KST 36010000"; candidates inside words
    # ("TASK 1234", "XSPD") must fail the lookbehind, the next one must still be found
    text = (snippet_text("seed_001_content_beschlussentwurf.txt")
            + "\nTASK 12345 SK 54321 XSPD SPD-Fraktion, CDUs CDU Bertelsmann Stiftung")
    rule = entity_rules.Rule(pattern)
    found = [m.span() for m in rule.finditer(text)]
    assert found and found == [m.span() for m in rule.pattern.finditer(text)]
