"""The spaCy pipeline: built once, patterns checked, one spans group per kind."""
from __future__ import annotations

import logging

import pytest

from extract import nlp as nlp_module
from extract.nlp import PatternError, build_nlp, load_patterns


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def test_pipeline_is_built_once_per_process(nlp):
    assert build_nlp() is nlp


def test_lookup_lemmas(nlp):
    assert "lemmatizer" in nlp.pipe_names
    doc = nlp("Die Ausschüsse beschließen")
    # spacy-lookups-data keeps the old spelling (TECH_NOTES); a trained pipeline the new one
    assert doc[1].lemma_ in ("Ausschuß", "Ausschuss")


def test_each_kind_has_its_own_spans_group(nlp):
    # Brühl seed paper: "Sachkonto 414100 / Kostenstelle 36010000", "§ 141 BauGB" (Karlsruhe 2019-0003)
    doc = nlp("auf Sachkonto 414100 / Kostenstelle 36010000 verbucht; Untersuchungen nach § 141 BauGB")
    assert [s.text for s in doc.spans["accounts"]] == ["Sachkonto 414100", "Kostenstelle 36010000"]
    assert [s.text for s in doc.spans["laws"]] == ["§ 141 BauGB"]


@pytest.mark.parametrize("name", nlp_module.PATTERN_FILES)
def test_shipped_pattern_files_are_valid(name):
    assert load_patterns(nlp_module.PATTERNS / name)


@pytest.mark.parametrize("line, reason", [
    ('{"label": "PERSON", "regex": "x"}', "label"),
    ('{"label": "LAW", "regex": "§("}', "bad regex"),
    ('{"label": "LAW"}', "exactly one"),
    ("not json", "not JSON"),
])
def test_bad_pattern_line_names_file_and_line(tmp_path, line, reason):
    path = tmp_path / "rules.jsonl"
    path.write_text('{"label": "LAW", "regex": "BauGB"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(PatternError, match=rf"rules\.jsonl:2: .*{reason}"):
        load_patterns(path)


def test_building_the_pipeline_logs_nothing_below_warning(caplog):
    # spaCy reports "Created vocabulary", "Lemmatizer: loading tables" at INFO/DEBUG
    caplog.set_level(logging.DEBUG, logger="spacy")
    nlp_module.build_nlp.cache_clear()
    try:
        nlp_module.build_nlp()
    finally:
        nlp_module.build_nlp.cache_clear()
    assert not [r for r in caplog.records if r.name.startswith("spacy") and r.levelno < logging.WARNING]
    assert logging.getLogger("spacy").level == logging.DEBUG  # the host's setting is restored
