"""The gold files under tests/extract/ that benchmarks/extract_quality.py scores:
every line names a document the repository holds, carries the scored keys, and no
two documents share a file name (predictions are matched to gold by file name)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOLD_FILES = ["gold_dev.jsonl", "gold_holdout.jsonl"]
SCORED = {"reference", "paper_type", "body", "date", "title", "consultations", "dates",
          "amounts", "decisions", "cited_references"}
OUTCOMES = {None, "noted", "approved", "rejected", "amended", "postponed", "withdrawn", "referred"}


def gold_lines(name: str) -> list[dict]:
    path = Path(__file__).parent / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


@pytest.mark.parametrize("name", GOLD_FILES)
def test_every_gold_document_is_in_the_repository(name):
    missing = [g["document"] for g in gold_lines(name) if not (ROOT / g["document"]).is_file()]
    assert missing == []


@pytest.mark.parametrize("name", GOLD_FILES)
def test_every_gold_line_carries_the_scored_fields(name):
    for g in gold_lines(name):
        assert SCORED <= set(g), (g["document"], SCORED - set(g))
        assert all(d["kind"] in ("proposal", "resolution") and d["outcome"] in OUTCOMES
                   for d in g["decisions"]), g["document"]
        assert all(set(c) >= {"committee", "date"} for c in g["consultations"]), g["document"]


def test_gold_file_names_are_unique():
    names = [Path(g["document"]).name for name in GOLD_FILES for g in gold_lines(name)]
    assert len(names) == len(set(names))


def _quality_benchmark():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "extract_quality", ROOT / "benchmarks" / "extract_quality.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_held_out_round_names_its_documents_in_the_gold_of_today():
    # the rounds are scored with the code of the commit that added their gold: the commit
    # must be in the history and each of its documents still in a gold file here
    import subprocess

    shallow = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--is-shallow-repository"],
                             capture_output=True, text=True)
    if shallow.returncode != 0 or shallow.stdout.strip() != "false":
        pytest.skip("not a full git checkout: the held-out rounds need the history")
    quality = _quality_benchmark()
    today = {Path(g["document"]).name for name in GOLD_FILES for g in gold_lines(name)}
    for commit, _name in quality.HELD_OUT_ROUNDS:
        documents = quality.round_documents(commit)
        assert len(documents) >= 8, commit  # a round holds 9 to 12 pages
        assert documents <= today, (commit, sorted(documents - today))
