"""Entities with offsets into the document text, on snippets of real papers."""
from __future__ import annotations

import pytest

from extract.document import Document
from extract.entities import Rule, find_entities, match_rules, matches_from_starts

from tests.extract.snippets import snippet_doc, snippet_text


@pytest.fixture(scope="module")
def bruehl():
    # seeds/001 (Brühl), the flattened paper text
    return find_entities(snippet_doc("seed_001_content_beschlussentwurf.txt"))


def labelled(entities, label):
    return [e["text"] for e in entities if e["label"] == label]


def test_offsets_point_into_the_text(bruehl):
    text = snippet_text("seed_001_content_beschlussentwurf.txt")
    assert bruehl and all(text[e["start"]:e["end"]] == e["text"] for e in bruehl)


def test_accounts(bruehl):
    # "Mittel stehen zur Verfügung bei SK 414100 / KST 36010000"
    assert labelled(bruehl, "ACCOUNT") == ["SK 414100", "KST 36010000"]


def test_programme_in_quotes(bruehl):
    # 'Landesinitiative "Kein Kind zurücklassen! Für ganz NRW!"'
    assert "Kein Kind zurücklassen! Für ganz NRW!" in labelled(bruehl, "PROGRAM")


def test_committees_are_organisations(bruehl):
    assert {"Jugendhilfeausschuss", "Sozialausschuss"} <= set(labelled(bruehl, "ORG"))


def test_place_after_stadt(bruehl):
    # "Teilnahmezusage für die Stadt Brühl"
    assert "Brühl" in labelled(bruehl, "LOC")


@pytest.mark.parametrize("text, law", [
    ("Einleitung vorbereitender Untersuchungen gem. § 141 BauGB", "§ 141 BauGB"),  # Karlsruhe 2019-0003
    ("gemäß §§ 117 und 119 Abs. 5 NKomVG", "§§ 117 und 119 Abs. 5 NKomVG"),  # Braunschweig Protokoll
    ("die SGB II- Quote (NEF- Quote)", "SGB II"),  # seeds/004 (Krefeld)
])
def test_laws(text, law):
    entities = find_entities(Document(source="inline", text=text, kind="text"))
    assert labelled(entities, "LAW") == [law]


def test_people_after_a_title():
    # Karlsruhe 2021-0320 Niederschrift: "Der Vorsitzende: Oberbürgermeister Dr. Frank Mentrup"
    text = snippet_text("karlsruhe_2021-0320_625540_head.txt")
    entities = find_entities(Document(source="inline", text=text, kind="text"))
    assert "Frank Mentrup" in labelled(entities, "PER")


def test_a_role_is_not_a_person(bruehl):
    # "Der Bürgermeister Dienststelle Sachbearbeiter/in"
    assert not any("Dienststelle" in t for t in labelled(bruehl, "PER"))


def test_empty_text_has_no_entities():
    assert find_entities(Document(source="inline", text="  \n", kind="text")) == []


# --- the rules on the raw text: token boundaries, overlaps, the rule search ---

def spans(text):
    return [(text[start:end], label) for start, end, label in match_rules(text)]


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
    found = match_rules(text)
    assert found and all(a[1] <= b[0] for a, b in zip(found, found[1:]))


@pytest.mark.parametrize("pattern", [
    r"(?<![\w])(?:SK|KST)\s*(\d{4,})",      # opens with a lookbehind and a fixed word
    r"(?<![\w-])(?:SPD|CDU)(?:-Fraktion)?(?![\w-])",
    # a fixed word after a part of varying length: searched on the lines holding it
    r"(?<![\w])(?:[A-ZÄÖÜ]\w+[ ])?(?:Stiftung)",
    # an optional opening part of a few possible first characters: tried at those only
    r"(?<![\w])(?:Ober)?(?:[Bb]ürgermeister(?:in)?|Stadtrat)[ ]{1,2}([A-ZÄÖÜ][a-zäöüß]+)",
    r"\b(?:Jugendhilfe|Sozial)ausschuss(?:es)?",
    r"\b(?:Stiftung|Fraktion|ASK)\b",  # the boundary checked where a word stands ("TASK")
    # a guard of the first alternative only: "XSPD" holds a match of the second
    r"(?<![\w])CDU|SPD",
    r"\bCDU|SPD",
])
def test_rule_finds_what_the_whole_pattern_finds(pattern):
    # Brühl seed paper: "bei SK 414100 / KST 36010000"; candidates inside words
    # ("TASK 1234", "XSPD") must fail the lookbehind, the next one must still be found
    text = (snippet_text("seed_001_content_beschlussentwurf.txt")
            + "\nTASK 12345 SK 54321 XSPD SPD-Fraktion, CDUs CDU Bertelsmann Stiftung")
    rule = Rule(pattern)
    found = [m.span() for m in rule.finditer(text)]
    assert found and found == [m.span() for m in rule.pattern.finditer(text)]


def test_the_few_first_characters_of_a_rule():
    from extract.entities import _first_chars

    assert _first_chars(r"(?<![\w])(?:Ober)?(?:[Bb]ürgermeister|Stadtrat)") == "BOSb"
    assert _first_chars(r"\b(?:Richtlinie|Verordnung)\s*\(") == "RV"
    assert _first_chars(r"(?:Dr\.)?\w+") is None  # a category: any word character
    assert _first_chars(r"(?:Ober)?") is None  # may match nothing
    assert _first_chars(r"[A-ZÄÖÜ]\w+") is None  # too many to be worth it


def test_every_shipped_rule_finds_what_its_pattern_finds():
    # the search shortcuts (an opening guard checked apart, first characters,
    # the lines holding a fixed word) on recorded papers: the Brühl seed, the
    # Karlsruhe texts of tests/fixtures/publish, the Koblenz PDF
    from pathlib import Path

    from extract.document import read_document
    from extract.entities import load_rules

    fixtures = Path(__file__).parent.parent / "fixtures"
    texts = [snippet_text("seed_001_content_beschlussentwurf.txt")]
    texts += [read_document(str(p)).text
              for p in sorted((fixtures / "publish" / "karlsruhe").glob("*.txt"))]
    texts.append(read_document(str(fixtures / "documents"
                                   / "koblenz_UV-0310-2025_Unterrichtungsvorlage.pdf")).text)
    token_rules, regex_rules = load_rules()
    rules = [rule for _, _, rule in token_rules] + [rule for _, rule, _ in regex_rules]
    assert any(rule.literals for rule in rules)
    # rules skipped on a text holding none of their strings, and searched on one that does
    assert any(rule.required and not any(s in t for s in rule.required) for rule in rules for t in texts)
    assert any(rule.required and any(s in t for s in rule.required) for rule in rules for t in texts)
    for rule in rules:
        for text in texts:
            found = [(m.span(), m.groups()) for m in rule.finditer(text)]
            assert found == [(m.span(), m.groups()) for m in rule.pattern.finditer(text)], \
                rule.pattern.pattern[:60]


def test_a_rule_searched_on_the_lines_holding_its_word():
    # committee names one per line (the first as the Köln seed paper's
    # Beratungsfolge prints it), the last without a line break after it, and
    # near misses: a guard at the start of a line and a lookahead at its end
    # see the text around the line
    rule = Rule(r"(?<![\w])[A-ZÄÖÜ][\wäöüß-]*(?:ausschuss|beirat)(?![\w])")
    assert rule.literals is not None
    text = ("Jugendhilfeausschuss\t14.03.2017\nIntegrationsrat\nX\nAusschuss Schule und "
            "Weiterbildung\nSeniorenbeirat\nFinanzausschussX\nxStadtentwicklungsausschuss\n"
            "Verkehrsausschuss")
    found = [m.group() for m in rule.finditer(text)]
    assert found == ["Jugendhilfeausschuss", "Seniorenbeirat", "Verkehrsausschuss"]
    assert found == [m.group() for m in rule.pattern.finditer(text)]


def test_which_rules_are_searched_by_a_fixed_word():
    from extract.entities import _line_literals

    assert _line_literals(r"[A-ZÄÖÜ][\wäöüß-]*(?:ausschuss|-Ausschuss)|Ausschuss") == [
        "-Ausschuss", "Ausschuss", "ausschuss"]
    assert _line_literals(r"(?<![\w])(?:Herr|Frau)[ ]([A-ZÄÖÜ]\w+)") is None  # opens with them
    assert _line_literals(r"(?<![\w])(?:[A-Z]\w+[ ])?Stiftung") == ["Stiftung"]
    assert _line_literals(r"(?<![\w])(?:[A-Z]\w+\s)?Stiftung") is None  # \s takes a line break
    assert _line_literals(r"(?<![\w])(?:[A-Z]\w+[ ])?Stiftung(?=\s)") is None  # so may a lookahead
    assert _line_literals(r"(?<![\w])(?:[A-Z][^,]+)?Stiftung") is None  # [^,] takes one too
    assert _line_literals(r"(?<![\w])(?:[A-Z]\w+[ ])?Stiftung$") is None  # the end of the text
    assert _line_literals(r"(?i)(?:[A-Z]\w+[ ])?Stiftung") is None  # any case
    assert _line_literals(r"(?:[A-Z]\w+[ ])?(?:AG|KG)") is None  # too short to be worth it


def test_strings_every_match_holds():
    from extract.entities import required_strings

    assert required_strings(r"\b(?:Dann|Damit)\s+ist\s+(?:das|es)?\s*(?:beschlossen|angenommen)") == [
        "beschlossen", "angenommen"]  # the longest first
    assert required_strings(r"\(?abstimmung\s*:?\s*\d+|\bmit\s+\d+\s+zu\s+\d+\s+stimmen") == [
        "abstimmung", "stimmen"]
    assert required_strings(r"(?m)^[ \t]*abstimmung(?:sergebnis)?\s*:") == ["abstimmung"]
    assert required_strings(r"(?:[A-Z]\w+\s)?Stiftung$") == ["Stiftung"]  # across lines too
    assert required_strings(r"(?i)Stiftung") is None  # any case
    assert required_strings(r"(?:Stiftung)?\d+") is None  # optional
    assert required_strings(r"\d+\s*(?:AG|KG)") is None  # too short to be worth it


def test_every_match_of_a_rule_holds_one_of_its_strings():
    # the entity rules and the lowered minutes rules of extract.decisions on
    # the recorded papers, pages and snippets under tests/fixtures
    from pathlib import Path

    from extract.decisions import _MINUTES_LOWERED
    from extract.entities import load_rules, required_strings

    fixtures = Path(__file__).parent.parent / "fixtures"
    texts = [p.read_text(encoding="utf-8") for p in sorted(fixtures.rglob("*.txt"))]
    token_rules, regex_rules = load_rules()
    patterns = [rule.pattern for _, _, rule in token_rules] + [rule.pattern for _, rule, _ in regex_rules]
    lowered = list(_MINUTES_LOWERED.values())
    checked = matches = 0
    for pattern in patterns + lowered:
        strings = required_strings(pattern.pattern)
        if strings is None:
            continue
        checked += 1
        for text in texts:
            if pattern in lowered:
                text = text.lower()
            for m in pattern.finditer(text):
                matches += 1
                assert any(s in m.group() for s in strings), (pattern.pattern[:60], m.group())
    assert checked >= 10 and matches >= 100


def test_a_guarded_pattern_searched_at_the_places_its_guard_allows():
    from extract.entities import _guarded_starts

    # digits or a sign after anything but a letter, dot, comma or hyphen
    starts = _guarded_starts(r"(?<![\w.,-])(?P<sign>[-−])?\d+")
    assert [m.start() for m in starts.finditer("A1 x.2 -3 (−4) 5")] == [7, 11, 12, 15]
    # a word boundary before word characters: a word's first letter
    starts = _guarded_starts(r"\b(?:Stadt|(?i:Landkreis))\s+\w+")
    assert [m.start() for m in starts.finditer("Stadt xStadt landkreis _Stadt")] == [0, 13]
    assert _guarded_starts(r"\b(?:Stadt|Kreis)\s") is None  # the engine finds "S" and "K" itself
    assert _guarded_starts(r"\b(?:[.]|Stadt)+\s") is None  # \b before a dot guards another side
    assert _guarded_starts(r"\b(?i:Kreis|Stadt)\w") is None  # k and s pair with other letters
    assert _guarded_starts(r"(?<![\w])(?:[A-Z]\w*[ ]){0,4}[A-Z]\w* GmbH") is None  # any capital
    assert _guarded_starts(r"(?<![\w])\w+") is None  # any word character


def _recorded_texts() -> list[str]:
    from pathlib import Path

    fixtures = Path(__file__).parent.parent / "fixtures"
    return [p.read_text(encoding="utf-8") for p in sorted(fixtures.rglob("*.txt"))]


def test_a_rule_searched_around_the_words_its_matches_end_with():
    # the shipped "... GmbH / AG / e. V." rule: every match holds " GmbH",
    # " AG", " e." ... after capitalised words on one line, and reaches at
    # most one line break further ("e.\nV."); on the recorded papers, pages
    # and snippets under tests/fixtures (Karlsruhe "Panorama e. V.", Potsdam
    # "ProPotsdam GmbH" ...) and on near misses: a match across a line break,
    # words on the line before, a guard failing, a match at the very end
    from extract.entities import load_rules

    _, regex_rules = load_rules()
    rule = next(rule for _, rule, _ in regex_rules if "GmbH" in rule.pattern.pattern
                and rule.anchor is not None)
    assert rule.anchor[1] == 1
    near = ["Förderverein Panorama e.\nV. und Stadtwerke Köln GmbH & Co. KG",
            "Kulturzentrum\nTollhaus e. V.\nxFoo AG, Foo  Bar  Baz AG\n",
            "Die Stadt AG\nAG AG\n AG e. V. e.V.\nVerein e.\n\nV.",
            "Ein Verein e.\nVerband GmbH", "Wohnungsbau GmbH",
            # no match on the line of the first " AG"; the next line's match
            # reaches one line further than the lines searched for that one
            "xAG AG\nFoo AG e.\nV."]
    texts = _recorded_texts() + near
    found = [[(m.span(), m.groups()) for m in rule.finditer(t)] for t in texts]
    assert sum(map(len, found)) >= 100
    assert found == [[(m.span(), m.groups()) for m in rule.pattern.finditer(t)] for t in texts]
    assert [m.group() for m in rule.finditer(near[0])] == ["Förderverein Panorama e.\nV.",
                                                         "Stadtwerke Köln GmbH & Co. KG"]


def test_which_rules_are_searched_around_words_they_hold():
    from extract.entities import _anchor

    anchor, breaks = _anchor(r"(?<![\w])(?:[A-Z]\w*[ ]){0,4}[A-Z]\w*[ ]{1,2}(?:GmbH|AG|e\.\s?V\.)")
    assert sorted(anchor.pattern.split("|")) == ["\\ AG", "\\ GmbH", "\\ e\\."] and breaks == 1
    assert _anchor(r"(?:[A-Z]\w*[ ])+(?:GmbH|AG)\s+\w+") is None  # no bound on the line breaks after
    assert _anchor(r"(?:[A-Z]\w*\s)+(?:GmbH|AG)") is None  # the words before may span lines
    assert _anchor(r"(?:[A-Z]\w*[ ])+(?:GmbH|AG)$") is None  # the end of the text
    assert _anchor(r"(?i)(?:[A-Z]\w*[ ])+(?:GmbH|AG)") is None  # any case
    assert _anchor(r"(?:[A-Z]\w*[ ])+(?:AG|KG)") is None  # too short to be worth it


def test_a_rule_opening_with_a_word_boundary_checks_it_where_the_rest_matches():
    # the lowered minutes rules of extract.decisions open with \b before words
    # the engine finds by their first letters; near misses inside words
    rule = Rule(r"\b(?:dann|damit)\s+ist\s+(?:das|es)\s+beschlossen")
    assert rule.guard is not None and rule.starts is None
    text = ("damit ist das beschlossen. xdamit ist es beschlossen; _damit ist das beschlossen\n"
            "(dann ist es beschlossen) dannn ist es beschlossen 1damit ist es beschlossen")
    found = [m.span() for m in rule.finditer(text)]
    assert found == [m.span() for m in rule.pattern.finditer(text)]
    assert [text[a:b][:5] for a, b in found] == ["damit", "dann "]


def test_a_rule_opening_at_a_line_start_is_left_to_the_engine():
    rule = Rule(r"(?m)^[ \t]*abstimmung(?:sergebnis)?\s*:\s*einstimmig")
    assert rule.starts is None and rule.guard is None and rule.anchor is None
    text = "abstimmung: einstimmig\n  abstimmungsergebnis :\neinstimmig\nx abstimmung: einstimmig"
    assert [m.span() for m in rule.finditer(text)] == [m.span() for m in rule.pattern.finditer(text)]
    assert len(list(rule.finditer(text))) == 2


def test_a_rule_searched_by_its_opening_strings_keeps_a_case_insensitive_group():
    # "(?i:...)" inside the pattern lets a match open with either case of each letter
    import re

    pattern = r"(?:Stadt|(?i:Landeshauptstadt))\s+(?P<name>[A-ZÄÖÜ][a-zäöüß]+)"
    openings = Rule(pattern).candidates.pattern.split("|")  # searched by the strings matches open with
    assert len(openings) == 17 and {"Stad", "Land", "lAnD", "LAND"} <= set(openings)
    text = "die landeshauptstadt Hannover und die Stadt Laatzen, LANDESHAUPTSTADT München"
    assert [m.span() for m in Rule(pattern).finditer(text)] == [
        m.span() for m in re.finditer(pattern, text)]
    assert len(re.findall(pattern, text)) == 3


def test_matches_from_starts_ends_at_the_end_of_the_text():
    # a start that matches empty at the end ("(?m)^" after the last newline) is
    # found there once, as finditer finds it; islice keeps a regression from hanging
    import itertools
    import re

    line_start = re.compile(r"(?m)^")
    for text in ("a\n", "a\nb\n", "\n", ""):
        found = itertools.islice(matches_from_starts(line_start, line_start, text), 20)
        assert [m.start() for m in found] == [m.start() for m in line_start.finditer(text)]


def test_a_pattern_searched_at_the_strings_its_matches_open_with():
    # the role phrases of extract.amount_roles open with named groups of
    # alternatives, which the engine tries at every position; searched at the
    # strings they open with, on the recorded papers, pages and snippets under
    # tests/fixtures, they give the matches finditer gives
    from extract.amount_roles import _PHRASE_RE
    from extract.entities import opening_strings

    starts = opening_strings(_PHRASE_RE.pattern)
    openings = set(starts.pattern.replace("\\", "").split("|"))
    assert {"Förd", "förd", "HHSt", "Hst.", "eige", "im", "in", "zur"} <= openings
    texts = _recorded_texts()
    found = [[(m.span(), m.lastgroup) for m in matches_from_starts(_PHRASE_RE, starts, t)] for t in texts]
    assert sum(map(len, found)) >= 50
    assert found == [[(m.span(), m.lastgroup) for m in _PHRASE_RE.finditer(t)] for t in texts]
    # openings cut at four characters, through classes of a few letters and
    # assertions; none where a match may open with a repeat or any letter
    assert sorted(opening_strings(r"\b[Kk]osten|(?<!x)Ab\s|Stadt(?:rat)?").pattern.split("|")) == [
        "Ab", "Kost", "Stad", "kost"]
    # an optional part: with it and without it; case-insensitive letters in both cases
    assert sorted(opening_strings(r"\(?abstimmung|\bmit\s").pattern.split("|")) == ["\\(abs", "abst", "mit"]
    assert len(opening_strings(r"(?i:Land)kreis").pattern.split("|")) == 16
    assert opening_strings(r"\d+ Euro") is None
    assert opening_strings(r"[A-Z]\w+ GmbH") is None
    assert opening_strings(r"(?i)Kosten") is None
    assert opening_strings(r"Kosten|x?") is None  # an empty match


def test_patterns_searched_at_their_opening_strings_find_what_finditer_finds():
    # a body's decision (opens with \b before "Der", "Die", "Das") and a currency
    # after a word (opens with a lookbehind), on the recorded texts under tests/fixtures
    from extract.amounts import _CURRENCY_AFTER_WORD
    from extract.decisions import _BODY_DECIDES
    from extract.entities import opening_finditer

    texts = _recorded_texts()
    for rx, least in ((_BODY_DECIDES, 20), (_CURRENCY_AFTER_WORD, 100)):
        finditer = opening_finditer(rx)
        assert finditer != rx.finditer
        found = [[m.span() for m in finditer(t)] for t in texts]
        assert sum(map(len, found)) >= least
        assert found == [[m.span() for m in rx.finditer(t)] for t in texts]
