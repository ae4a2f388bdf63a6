"""Search terms as people type them, turned into SQLite FTS5 queries.

One parser for every place a search term reaches the full-text index: the
canned queries and Atom feeds (through the SQL function ``fts_query``, which
the Datasette plugin and ``ris export`` register on their connections) and
``ris export amounts --search``.

What a term may hold:

- words, all of which must occur: ``Radweg Karlsruhe``;
- ``"a phrase"`` in double quotes: the words in this order;
- ``Schul*``: every word starting with ``Schul`` (reaches into compounds:
  Schulbau, Schulentwicklung); at least three letters before the star;
- ``OR`` between alternatives, ``NOT`` before words to leave out
  (``Kita NOT Hort``), both in capitals.

Anything else is no syntax: punctuation separates words, and words joined
by punctuation form a phrase, as the index saw them in the text
(``Kita-Ausbau`` finds "Kita-Ausbau", ``Radweg,`` finds "Radweg"). No term
is an error; a term with no words in it searches for nothing, and the
queries then list every paper, newest first.

German spelling (DIN 5007-2): ä, ö, ü and ß are letters of their own in the
index (``Förderung`` does not find "Forderung"); a word typed with ae, oe,
ue or ss also finds it spelled with ä, ö, ü or ß, and the other way round
(``Foerderung`` finds "Förderung", ``Straße`` finds "Strasse").
"""
from __future__ import annotations

import itertools
import re
import sqlite3
import unicodedata

# What the query holds when the term has no words: an empty phrase, which
# FTS5 accepts and which matches no row.
EMPTY = '""'
MIN_PREFIX = 3
MAX_OPERANDS = 32
MAX_VARIANTS = 16

_CHUNKS = re.compile(r'"([^"]*)"?(\*?)|[^\s"]+')
_WORDS = re.compile(r"[^\W_]+")
_OPERATORS = {"OR", "NOT", "AND"}
_TRAILING = re.compile(r"[^\w*]+$")  # punctuation after a word or its star
# DIN 5007-2: the letter and its spelling in ASCII.
_UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
_ASCII = {v: k for k, v in _UMLAUTS.items()}
_FOLDABLE = re.compile("ae|oe|ue|ss")


def fold(word: str) -> str:
    """``word`` in lower case with ä ö ü ß spelled ae oe ue ss."""
    word = unicodedata.normalize("NFC", word).lower()
    return "".join(_UMLAUTS.get(c, c) for c in word)


def spellings(word: str) -> list[str]:
    """Every spelling of ``word`` that DIN 5007-2 treats as the same word
    (``foerderung`` -> ``foerderung``, ``förderung``), the word as typed
    first; at most MAX_VARIANTS. Umlauts also in decomposed form (a letter
    followed by a combining mark), as some PDFs deliver them."""
    typed = unicodedata.normalize("NFC", word).lower()
    folded = fold(word)
    parts = _FOLDABLE.split(folded)
    pairs = _FOLDABLE.findall(folded)
    found = [typed]
    for choice in itertools.product((False, True), repeat=len(pairs)):
        spelled = parts[0] + "".join((_ASCII[p] if use else p) + rest
                                     for p, use, rest in zip(pairs, choice, parts[1:]))
        if spelled not in found:
            found.append(spelled)
        if len(found) >= MAX_VARIANTS:
            break
    decomposed = [unicodedata.normalize("NFD", s) for s in found]
    return found + [d for d in decomposed if d not in found][:MAX_VARIANTS - len(found)]


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _operand(words: list[str], prefix: bool) -> str:
    """An FTS5 expression for ``words`` standing next to each other (one
    word or a phrase), each word in every spelling, the last one as a
    prefix if asked."""
    star = "*" if prefix and len(words[-1]) >= MIN_PREFIX else ""
    options = [spellings(w) for w in words]
    phrases = []
    for combo in itertools.product(*options):
        phrases.append(_quoted(" ".join(combo)) + star)
        if len(phrases) >= MAX_VARIANTS:
            break
    return phrases[0] if len(phrases) == 1 else "(" + " OR ".join(phrases) + ")"


def parse(term: str | None) -> list[str]:
    """The term as a list of operands (FTS5 expressions) and operators
    (``AND``, ``OR``, ``NOT``), in order; operators stand only between operands."""
    out: list[str] = []
    pending: str | None = None
    skip_next = False
    for m in _CHUNKS.finditer(unicodedata.normalize("NFC", term or "")):
        if m.group(0).startswith('"'):
            text, prefix = m.group(1), bool(m.group(2))
        elif m.group(0) in _OPERATORS:
            if out:
                pending = pending or m.group(0)  # of two operators in a row, the first counts
            elif m.group(0) == "NOT":
                skip_next = True  # nothing to leave it out from
            continue
        else:
            text = m.group(0)
            prefix = _TRAILING.sub("", text).endswith("*")
        words = _WORDS.findall(text)
        if not words:
            continue
        if skip_next:
            skip_next = False
            continue
        if sum(1 for x in out if x not in _OPERATORS) >= MAX_OPERANDS:
            break
        if out:  # FTS5 wants AND spelled out after a parenthesised group
            out.append(pending or "AND")
        out.append(_operand(words, prefix))
        pending = None
    return out


def fts_query(term: str | None) -> str:
    """A MATCH expression for ``term`` that FTS5 always accepts; EMPTY
    when the term has no words."""
    return " ".join(parse(term)) or EMPTY


def is_empty(term: str | None) -> bool:
    """Whether ``term`` has no words to search for (the queries then list
    everything, newest first)."""
    return not parse(term)


def register(conn: sqlite3.Connection) -> None:
    """Make ``fts_query(term)`` and ``fts_query_empty(term)`` (1 or 0)
    available to SQL on ``conn``."""
    conn.create_function("fts_query", 1, fts_query, deterministic=True)
    conn.create_function("fts_query_empty", 1, lambda t: int(is_empty(t)), deterministic=True)
