"""Pattern files: read one way, every line checked, errors name file and line."""
from __future__ import annotations

import pytest

from extract import pattern_files
from extract.pattern_files import PatternError, read_rules


@pytest.mark.parametrize("name", sorted(pattern_files.SHAPES))
def test_shipped_pattern_files_are_valid(name):
    assert pattern_files.load(name)


def test_every_shipped_file_has_a_shape():
    assert {p.name for p in pattern_files.PATTERNS.glob("*.jsonl")} == set(pattern_files.SHAPES)


@pytest.mark.parametrize("line, reason", [
    ('{"label": "PERSON", "regex": "x"}', "label must be one of"),
    ('{"label": "LAW", "regex": "§("}', "bad regex"),
    ('{"label": "LAW"}', "exactly one"),
    ('{"label": "LAW", "regex": "x", "grop": 1}', r"unknown keys \['grop'\]"),
    ('{"label": "LAW", "regex": "(x)", "group": 2}', "not a group"),
    ('{"label": "LAW", "regex": "x", "group": "1"}', "'group' must be of type int"),
    ('{"label": "ORG", "pattern": [{"LOWER": "rat"}]}', "not TEXT or ORTH"),
    ('{"label": "ORG", "pattern": [{"TEXT": "A"}, {"TEXT": "B"}]}', "one token"),
    ('["LAW", "x"]', "not a JSON object"),
    ("not json", "not JSON"),
])
def test_bad_entity_rule_names_file_line_and_reason(tmp_path, line, reason):
    path = tmp_path / "rules.jsonl"
    path.write_text('{"label": "LAW", "regex": "BauGB"}\n\n' + line + "\n", encoding="utf-8")
    with pytest.raises(PatternError, match=rf"{path}:3: .*{reason}"):
        read_rules(path, pattern_files.ENTITY_RULE)


def test_bad_paper_type_line(tmp_path):
    path = tmp_path / "paper_types.jsonl"
    path.write_text('{"word": "Beschlussvorlage", "type": "Beschlussvorlage"}\n{"word": "Antrag"}\n',
                    encoding="utf-8")
    with pytest.raises(PatternError, match=r"paper_types\.jsonl:2: missing keys \['type'\]"):
        read_rules(path, pattern_files.SHAPES["paper_types.jsonl"])


def test_one_token_rule_regex():
    rule = pattern_files.load("committees.jsonl")[0]
    assert pattern_files.token_regex(rule["pattern"]).startswith("^")
    assert pattern_files.token_regex([{"ORTH": "Rat."}]) == r"Rat\."
