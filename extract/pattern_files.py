"""The rule files in ``extract/patterns/``, read one way and checked.

Each file is JSON Lines, one rule an object. Its shape is declared here, per
file, as data: the keys a rule must have, the keys it may have, their types,
and a check of the values (a regex must compile, an entity label must be
known). A line that breaks its file's shape raises :class:`PatternError`
naming the file, the line and the reason; nothing half-read is returned.

    paper_types.jsonl   {"word": "Beschlussvorlage", "type": "Beschlussvorlage"}
    committees.jsonl    {"label": "ORG", "id": "committee", "pattern": [{"TEXT": {"REGEX": "^...$"}}]}
    entities.jsonl, laws.jsonl, programmes.jsonl
                        {"label": "LAW", "regex": "...", "group": 1}
                        or a one-token pattern as in committees.jsonl;
                        a programmes.jsonl rule may add "name", the
                        programme's usual name
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable

PATTERNS = Path(__file__).parent / "patterns"

ENTITY_LABELS = frozenset({"PER", "ORG", "LOC", "PROGRAM", "LAW", "ACCOUNT"})
ENTITY_FILES = ("committees.jsonl", "entities.jsonl", "laws.jsonl", "programmes.jsonl")


class PatternError(ValueError):
    """A line of a pattern file that is not a valid rule."""


@dataclass(frozen=True)
class Shape:
    """What every line of one pattern file must look like."""

    required: dict[str, type | tuple]
    optional: dict[str, type | tuple] = field(default_factory=dict)
    check: Callable[[dict], None] | None = None  # raises ValueError with the reason


def _compiles(regex: str) -> None:
    try:
        re.compile(regex)
    except re.error as exc:
        raise ValueError(f"bad regex ({exc})") from exc


def token_regex(pattern: list) -> str:
    """The regex of a one-token pattern ``[{"TEXT": {"REGEX": "..."}}]`` (or
    ``TEXT``/``ORTH`` with a literal string); ValueError for any other shape."""
    if not (isinstance(pattern, list) and len(pattern) == 1 and isinstance(pattern[0], dict)
            and len(pattern[0]) == 1):
        raise ValueError("'pattern' must be one token: [{\"TEXT\": {\"REGEX\": ...}}]")
    (attr, value), = pattern[0].items()
    if attr not in ("TEXT", "ORTH"):
        raise ValueError(f"token attribute {attr!r} is not TEXT or ORTH")
    if isinstance(value, str) and value:
        return re.escape(value)
    if isinstance(value, dict) and list(value) == ["REGEX"] and isinstance(value["REGEX"], str):
        _compiles(value["REGEX"])
        return value["REGEX"]
    raise ValueError("a token's value must be a string or {\"REGEX\": ...}")


def _entity_rule(rule: dict) -> None:
    if rule["label"] not in ENTITY_LABELS:
        raise ValueError(f"label must be one of {sorted(ENTITY_LABELS)}")
    kinds = [k for k in ("pattern", "regex") if k in rule]
    if len(kinds) != 1:
        raise ValueError("needs exactly one of 'pattern' or 'regex'")
    if "regex" in rule:
        _compiles(rule["regex"])
        if re.compile(rule["regex"]).groups < rule.get("group", 0):
            raise ValueError(f"'group' {rule['group']} is not a group of the regex")
    else:
        token_regex(rule["pattern"])


ENTITY_RULE = Shape(required={"label": str},
                    optional={"pattern": list, "regex": str, "group": int, "id": str},
                    check=_entity_rule)
# a known programme's rule may carry the name it is listed under ("name")
PROGRAMME_RULE = Shape(required={"label": str}, optional={**ENTITY_RULE.optional, "name": str},
                       check=_entity_rule)
SHAPES = {
    "paper_types.jsonl": Shape(required={"word": str, "type": str}),
    **{name: ENTITY_RULE for name in ENTITY_FILES},
    "programmes.jsonl": PROGRAMME_RULE,
}


def read_rules(path: Path, shape: Shape) -> list[dict]:
    """Every rule of the JSONL file ``path``, checked against ``shape``."""
    rules = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if line.strip():
                rules.append(_rule(line, shape, f"{path}:{lineno}"))
    return rules


def _rule(line: str, shape: Shape, where: str) -> dict:
    try:
        rule = json.loads(line)
    except json.JSONDecodeError as exc:
        raise PatternError(f"{where}: not JSON ({exc})") from exc
    if not isinstance(rule, dict):
        raise PatternError(f"{where}: not a JSON object")
    missing = [k for k in shape.required if k not in rule]
    unknown = [k for k in rule if k not in shape.required and k not in shape.optional]
    if missing or unknown:
        raise PatternError(f"{where}: missing keys {missing}, unknown keys {unknown}")
    for key, value in rule.items():
        expected = shape.required.get(key) or shape.optional[key]
        if not isinstance(value, expected) or isinstance(value, bool):
            raise PatternError(f"{where}: {key!r} must be of type {_type_name(expected)}")
    if shape.check:
        try:
            shape.check(rule)
        except ValueError as exc:
            raise PatternError(f"{where}: {exc}") from exc
    return rule


def _type_name(expected) -> str:
    return " or ".join(t.__name__ for t in (expected if isinstance(expected, tuple) else (expected,)))


@lru_cache(maxsize=None)
def load(name: str) -> tuple[dict, ...]:
    """The checked rules of the shipped file ``patterns/<name>``, read once."""
    return tuple(read_rules(PATTERNS / name, SHAPES[name]))
