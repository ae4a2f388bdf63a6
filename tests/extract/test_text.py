"""Text normalisation (extract/text.py): words hyphenated at line ends,
on real council texts (tests/fixtures/publish/karlsruhe, snippets/)."""
from __future__ import annotations

from extract.document_pdf import resolve_soft_hyphens
from extract.text import join_hyphenated_lines, snippet_around
from tests.conftest import FIXTURES

KARLSRUHE = (FIXTURES / "publish" / "karlsruhe" / "2014-0254_149948.txt").read_text(encoding="utf-8")
POTSDAM = (FIXTURES / "snippets" / "potsdam_protokoll_head.txt").read_text(encoding="utf-8")


def test_a_word_broken_across_lines_is_joined():
    # "... für energetische Sanierungsmaßnah-\nmen in einem Umfang ..."
    assert "energetische Sanierungsmaßnahmen in einem" in join_hyphenated_lines(KARLSRUHE)


def test_a_shortened_compound_before_bis_keeps_its_hyphen():
    # "80% der Anträge betrafen Ein- \nbis Dreifamilienhäuser."
    joined = join_hyphenated_lines(KARLSRUHE)
    assert "Ein- \nbis Dreifamilienhäuser" in joined and "Einbis" not in joined
    start = KARLSRUHE.index("80% der")
    assert snippet_around(KARLSRUHE, start, start + 3) == (
        "80% der Anträge betrafen Ein- bis Dreifamilienhäuser.")


def test_a_shortened_compound_before_und_keeps_its_hyphen():
    # "5.3 Schwarz-Rot-Gold - Dauerhafte Beflaggung von Verwaltungs-\nund Schulgebäuden ..."
    assert "Verwaltungs-\nund Schulgebäuden" in join_hyphenated_lines(POTSDAM)


def test_pdf_soft_hyphens_keep_the_same_words():
    """The PDF reader's soft-hyphen markers (pdfium: U+FFFE) follow the same
    word list as hyphens at line ends."""
    for word in ("und", "oder", "bzw", "sowie", "bis"):
        assert resolve_soft_hyphens(f"Ein\ufffe{word} Dreifamilienhäuser") == f"Ein- {word} Dreifamilienhäuser"
        assert join_hyphenated_lines(f"Ein-\n{word} Dreifamilienhäuser") == f"Ein-\n{word} Dreifamilienhäuser"
    assert resolve_soft_hyphens("Verwal\ufffetung") == join_hyphenated_lines("Verwal-\ntung") == "Verwaltung"


def test_lowered_pattern_finds_the_matches_of_the_case_insensitive_one():
    # the case-insensitive rules of extract.decisions and the table trigger
    # of extract.document_pdf, on recorded minutes (tests/fixtures/snippets)
    # and on the same words in other cases
    import re

    from extract.decisions import _MINUTES_RULES
    from extract.document_pdf import TABLE_TRIGGER
    from extract.text import CASE_SPECIALS, lowered_pattern

    snippets = FIXTURES / "snippets"
    texts = [(snippets / name).read_text(encoding="utf-8")
             for name in ("braunschweig_protokoll_top1-5.txt", "erlangen_2020-10-20_Niederschrift_top2-3.txt",
                          "hamburg_niederschrift_mitte_head.txt", "dresden_A0064-09_beratungsfolge.txt",
                          "koeln_rat_2020-11-05_top8-1.txt")]
    texts += [t.upper() for t in texts]
    texts.append("DAMIT IST DER ANTRAG MEHRHEITLICH ANGENOMMEN. Abstimmung: 9 dafür, "
                 "ABSTIMMUNG 9 : 0 STIMMEN; mit großer Mehrheit GEWÄHLT; Damit ist Herr Dr. X gewählt")
    rules = [rx for rx in [*_MINUTES_RULES, TABLE_TRIGGER] if rx.flags & re.IGNORECASE]
    assert len(rules) >= 8
    found = 0
    for rx in rules:
        low_rx = lowered_pattern(rx)
        assert low_rx is not None and not low_rx.flags & re.IGNORECASE, rx.pattern[:40]
        for text in texts:
            assert not CASE_SPECIALS.search(text)
            spans = [m.span() for m in rx.finditer(text)]
            assert spans == [m.span() for m in low_rx.finditer(text.lower())], rx.pattern[:40]
            found += len(spans)
    assert found > 10


def test_patterns_that_are_not_simply_lowercased():
    import re

    from extract.text import lowered_pattern

    assert lowered_pattern(re.compile(r"(?i)Beratung\S+")) is None  # \S lowercased is \s
    assert lowered_pattern(re.compile(r"(?i)(?P<Name>Rat)")) is None
    assert lowered_pattern(re.compile(r"Rat(?i:sherr)")) is None
    assert lowered_pattern(re.compile(r"(?i)Ελλάδα")) is None
    assert lowered_pattern(re.compile(r"Rat")) is None  # not case-insensitive
    assert lowered_pattern(re.compile(r"(?im)^Ergebnisse$")).pattern == "(?m)^ergebnisse$"
    assert lowered_pattern(re.compile(r"GRÜNE", re.I)).pattern == "grüne"


def test_case_specials_found_as_the_class_finds_them():
    # the recorded snippets hold none; each of the four letters put into one is found
    from extract.text import CASE_SPECIALS, has_case_specials

    texts = [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "snippets").glob("*.txt"))]
    assert len(texts) >= 50
    for text in texts:
        assert has_case_specials(text) is (CASE_SPECIALS.search(text) is not None) is False
        for c in "\u017f\u0131\u0130\u212a":  # long s, dotless i, dotted I, Kelvin sign
            marked = text[:40] + c + text[40:]
            assert has_case_specials(marked) and CASE_SPECIALS.search(marked)
    assert not has_case_specials("Kelvin K, Ii, ss")
