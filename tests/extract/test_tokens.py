"""extract.tokens draws the token boundaries of spaCy's German tokenizer:
checked against spaCy itself on every recorded text of the fixtures."""
from __future__ import annotations

import random
from pathlib import Path

import pytest
import spacy

from extract import entities
from extract.tokens import count_tokens, piece_tokens

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def spacy_tokenizer():
    return spacy.blank("de").tokenizer


@pytest.fixture(scope="module")
def texts():
    found = [p.read_text(encoding="utf-8", errors="replace")
             for p in sorted(FIXTURES.rglob("*.txt"))]
    assert len(found) > 50
    return found


def ours(piece):
    return [piece[a:b] for a, b in piece_tokens(piece)]


def test_every_piece_of_the_fixture_texts_splits_as_spacy_splits_it(texts, spacy_tokenizer):
    pieces = {p for text in texts for p in text.split()}
    differ = [(p, ours(p), [t.text for t in spacy_tokenizer(p)]) for p in sorted(pieces)]
    differ = [d for d in differ if d[1] != d[2]]
    assert len(pieces) > 15_000
    assert differ == []


@pytest.mark.parametrize("piece, tokens", [
    # Köln Wortprotokoll: a speaker's party and colon, "):" is one token
    ("(AfD):", ["(", "AfD", "):"]),
    # abbreviations in a run of them stay whole where a special case spells them
    ("i.V.m.", ["i.", "V.m", "."]),
    ("Co.KG,", ["Co.", "KG", ","]),
    ("Hauptausschuss/Gemeinderat", ["Hauptausschuss", "/", "Gemeinderat"]),
    ("CDU/CSU", ["CDU/CSU"]),
    ("CDU/CSU-Fraktion", ["CDU", "/", "CSU-Fraktion"]),
    ("(VOB/A-EU)", ["(", "VOB", "/", "A-EU", ")"]),
    ("5.000,00€", ["5.000,00", "€"]),
])
def test_pieces_of_council_papers(piece, tokens, spacy_tokenizer):
    assert [t.text for t in spacy_tokenizer(piece)] == tokens
    assert ours(piece) == tokens


def test_token_counts_with_whitespace_runs(texts, spacy_tokenizer):
    # spans of the entity rules cross spaces, double spaces and line ends
    rng = random.Random(13)
    checked = 0
    for _ in range(3000):
        text = rng.choice(texts)
        if len(text) < 100:
            continue
        start = rng.randrange(len(text) - 60)
        span = text[start:start + rng.randint(1, 60)]
        assert count_tokens(span) == len(spacy_tokenizer(span)), repr(span)
        checked += 1
    assert checked > 2000


def test_entities_are_those_of_spacys_token_boundaries(texts, spacy_tokenizer, monkeypatch):
    ours_found = [entities.match_rules(t) for t in texts]
    monkeypatch.setattr(entities, "piece_tokens", lambda piece: tuple(
        (t.idx, t.idx + len(t.text)) for t in spacy_tokenizer(piece)))
    monkeypatch.setattr(entities, "count_tokens", lambda text: len(spacy_tokenizer(text)))
    theirs = [entities.match_rules(t) for t in texts]
    assert sum(map(len, ours_found)) > 500
    assert ours_found == theirs


@pytest.mark.parametrize("piece", ["3.6.5.11/1019.6812000", "3.6.5.11/1019", "1.2.3.4:80/x", "10.0.0.1",
                                   "0.6.5.11/3", "3.6.5.255/1", "224.1.1.1/2", "1.1.2020/2", "11/1019"])
def test_a_dotted_ipv4_host_with_its_path_is_one_token_as_in_spacy(piece, spacy_tokenizer):
    # a budget line's number "3.6.5.11/1019.6812000" reads to spaCy as an address
    # (an IPv4 host and a path); out of range or with no dotted host, "/" splits
    assert ours(piece) == [t.text for t in spacy_tokenizer(piece)]
