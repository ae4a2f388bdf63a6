"""The search-term parser: any string becomes an FTS5 query that SQLite
accepts, and the documented syntax means what the documentation says, run
against an FTS5 index made with the tokenizer of crawler/store.py."""
from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings, strategies as st

from crawler import search, store

# Sentences of the publishing fixtures (tests/fixtures/publish/), one row each.
ROWS = {
    1: "4. SAP-Umstellung auf S/4HANA",
    2: "Ausschreibung nach VOB: offenes Verfahren, EU-weit",
    3: "Die Förderung energetischer Sanierungsmaßnahmen im Privatbereich",
    4: "Der Gemeinderat lehnt die Forderung der Fraktion ab",
    5: "Neubau der Kita an der Strasse zum Bahnhof",
    6: "Ausbau des Radwegs, Kita-Ausbau und E-Mobilität im Stadtteil",
    7: "Der Schulbau und die Schulentwicklungsplanung",
}


@pytest.fixture(scope="module")
def conn():
    c = sqlite3.connect(":memory:")
    c.execute(f"create virtual table t using fts5(text, tokenize='{store.FTS_TOKENIZE}', "
              f"prefix='{store.FTS_PREFIX}')")
    c.executemany("insert into t(rowid, text) values (?, ?)", ROWS.items())
    search.register(c)
    yield c
    c.close()


def hits(conn, term: str) -> list[int]:
    return [r[0] for r in conn.execute(
        "select rowid from t where t match fts_query(?) order by rowid", [term])]


@pytest.mark.parametrize("term, expected", [
    ("Kita-Ausbau", [6]),
    ("E-Mobilität", [6]),
    ("Radweg,", []),  # "Radwegs" is another word
    ("Radweg*,", [6]),
    ("SAP-Umstellung", [1]),
    ("S/4HANA", [1]),
    ("EU-weit", [2]),
    ("VOB: Verfahren", [2]),
    ("Kita", [5, 6]),
    ("Kita Neubau", [5]),
    ('"offenes Verfahren"', [2]),
    ('"Verfahren offenes"', []),
    ("Schul*", [7]),
    ("Kita OR Schulbau", [5, 6, 7]),
    ("Kita NOT Neubau", [6]),
    ("kita or neubau", []),  # lower-case "or" is a word
    ("Gemeinderat AND Forderung", [4]),
])
def test_documented_syntax(conn, term, expected):
    assert hits(conn, term) == expected


@pytest.mark.parametrize("term, expected", [
    ("Förderung", [3]),  # not the "Forderung" of row 4
    ("Forderung", [4]),
    ("Foerderung", [3]),  # DIN 5007-2
    ("FOERDERUNG", [3]),
    ("Sanierungsmassnahmen", [3]),
    ("Sanierungsmaßnahmen", [3]),
    ("Straße", [5]),  # the text says "Strasse"
    ("Mobilitaet", [6]),
    ("Foerder*", [3]),
    ("Förder*", [3]),
    ('"Foerderung energetischer"', [3]),
])
def test_german_spelling(conn, term, expected):
    assert hits(conn, term) == expected


@pytest.mark.parametrize("term", ["", "   ", ",", "-", '"', '""', "*", "OR", "NOT", "AND NOT OR", "()", "'"])
def test_a_term_without_words_searches_nothing_and_is_empty(conn, term):
    assert search.is_empty(term)
    assert search.fts_query(term) == search.EMPTY
    assert hits(conn, term) == []


def test_not_without_anything_before_it_leaves_its_word_out(conn):
    assert search.is_empty("NOT Kita")
    assert hits(conn, "Kita NOT") == [5, 6]


def test_short_prefix_is_a_word(conn):
    # a one- or two-letter prefix would merge the lists of a large part of
    # the vocabulary: searched as the word itself
    assert search.fts_query("E*") == '"e"'
    assert hits(conn, "S*") == [1]


def test_decomposed_umlauts_find_composed_text_and_back(conn):
    assert hits(conn, "Fo\u0308rderung") == [3]
    conn.execute("insert into t(rowid, text) values (8, ?)", ["Zuschu\u0308sse fu\u0308r Vereine"])
    try:
        assert hits(conn, "Zuschüsse") == [8]
        assert hits(conn, "Zuschuesse") == [8]
    finally:
        conn.execute("delete from t where rowid = 8")


def test_spellings_of_a_word():
    assert search.spellings("Foerderung")[:2] == ["foerderung", "förderung"]
    assert set(search.spellings("Straße")) >= {"straße", "strasse"}
    assert search.spellings("Kita") == ["kita"]
    assert len(search.spellings("Schlossstrassenausschuss")) <= search.MAX_VARIANTS


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=60))
def test_any_text_is_a_query_fts5_accepts(conn, term):
    conn.execute("select count(*) from t where t match fts_query(?)", [term]).fetchone()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(
    st.sampled_from(["OR", "NOT", "AND", '"', "*", "-", "(", ")", ":", "^", "+", "NEAR", "NEAR(", ",", "'",
                     "Kita", "Förderung", "Straße", "text:", "e", "ß", "\u0308", "\x00", " "]),
    st.text(max_size=6)), max_size=12))
def test_syntax_fragments_in_any_order_are_a_query_fts5_accepts(conn, parts):
    term = "".join(parts)
    conn.execute("select count(*) from t where t match fts_query(?)", [term]).fetchone()
    assert search.is_empty(term) == (search.fts_query(term) == search.EMPTY)
