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
