"""The entity rules on the raw text: token boundaries, overlaps, the rule search."""
from __future__ import annotations

import pytest

from extract import entity_rules

from tests.extract.snippets import snippet_text


def spans(text):
    return [(text[start:end], label) for start, end, label in entity_rules.match_rules(text)]


def test_a_match_ending_inside_a_token_is_widened_to_the_token():
    # Brühl seed paper "SK 414100 / KST 36010000", written without spaces; Braunschweig
    # minutes "§§ 117 und 119 Abs. 5 NKomVG" with the sentence's full stop split off
    text = "Mittel bei SK 414100/KST 36010000, vgl. §§ 117 und 119 Abs. 5 NKomVG."
    assert spans(text) == [("SK 414100", "ACCOUNT"), ("KST 36010000", "ACCOUNT"),
                           ("§§ 117 und 119 Abs. 5 NKomVG", "LAW")]


def test_one_token_committee_rule_and_generic_bodies():
    # coordinated committee names (Karlsruhe minutes): the rule matches whole tokens,
    # so "Haupt-" is not a committee; "Rat" alone names no particular body
    text = "(Haupt- und Finanzausschuss) sowie Jugendhilfe-Ausschuss; der Rat"
    assert spans(text) == [("Finanzausschuss", "ORG"), ("Jugendhilfe-Ausschuss", "ORG")]


def test_overlapping_kinds_keep_the_longer_span():
    # seeds/001 (Brühl): a person after a title, a party group, a town after "Stadt"
    text = "Herr  Peter Müller (SPD-Fraktion) in der Stadt Brühl, Kölner Straße 12"
    assert spans(text) == [("Peter Müller", "PER"), ("SPD-Fraktion", "ORG"), ("Brühl", "LOC")]


def test_spans_of_a_real_paper_are_in_order_and_disjoint():
    text = snippet_text("seed_001_content_beschlussentwurf.txt")
    found = entity_rules.match_rules(text)
    assert found and all(a[1] <= b[0] for a, b in zip(found, found[1:]))


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
