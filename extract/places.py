"""Place names of more than one word.

A municipality's name often does not end where a capitalised word does:
"Stadt Brandenburg an der Havel", "Stadt Forst (Lausitz)", "Stadt Schwäbisch
Hall", "Gemeinde Bad Lauchstädt". The rules that find a town read one word;
:func:`full_place_name` widens it to the longest name of ``patterns/places.txt``
(places in Germany, from GeoNames) that the text spells out from there, so
that running text after a town ("Stadt Köln im Rahmen ...") is never taken
for part of its name.

    >>> full_place_name("der Stadt Forst (Lausitz) vom", 10, "Forst")
    'Forst (Lausitz)'
    >>> full_place_name("der Stadt Köln im Rahmen", 10, "Köln")
    'Köln'
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

PLACES_FILE = Path(__file__).parent / "patterns" / "places.txt"
PLACE_WORDS_FILE = Path(__file__).parent / "patterns" / "place_words.txt"


@lru_cache(maxsize=None)
def _name_regex(name: str) -> re.Pattern:
    """``name`` with any run of white space (a line break too) between its
    words and before a parenthesis, in any case, ending at a word's end."""
    words = [re.escape(w) for w in name.split()]
    return re.compile(r"\s+".join(words) + r"(?![\wÄÖÜäöüß])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _names_by_first_word() -> dict[str, list[str]]:
    """The names of the place file by their first word (lower case), the
    longest first."""
    by_first: dict[str, list[str]] = {}
    for line in PLACES_FILE.read_text(encoding="utf-8").splitlines():
        name = line.strip()
        if not name or name.startswith("#"):
            continue
        by_first.setdefault(name.split()[0].lower(), []).append(name)
    for names in by_first.values():
        names.sort(key=len, reverse=True)
    return by_first


def full_place_name(text: str, start: int, name: str) -> str:
    """The longest known place name of several words that starts at
    ``start`` in ``text`` and opens with the word ``name`` found there
    (spelled as the place file spells it); else ``name``."""
    for full in _names_by_first_word().get(name.lower(), ()):
        if _name_regex(full).match(text, start):
            return full
    return name


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """The one-word place names of ``patterns/place_words.txt``."""
    lines = PLACE_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(s for s in (line.strip() for line in lines) if s and not s.startswith("#"))


def is_place(name: str) -> bool:
    """``name`` is a place in Germany of one word, or of places joined by a
    hyphen (Berlin's districts: "Treptow-Köpenick"); a common noun is not.

    >>> is_place("Höchberg"), is_place("Treptow-Köpenick"), is_place("Sitzung")
    (True, True, False)
    """
    words = _place_words()
    return name in words or ("-" in name and all(part in words for part in name.split("-")))


@lru_cache(maxsize=1)
def _region_words() -> frozenset[str]:
    """The rivers and regions that qualify the names of the place file, the
    word in brackets or after a particle: "Forst (Lausitz)", "Mülheim an der
    Mosel", "Bonndorf im Schwarzwald" -> Lausitz, Mosel, Schwarzwald."""
    words = set()
    for line in PLACES_FILE.read_text(encoding="utf-8").splitlines():
        m = re.search(r"(?:\(|\b(?:am|an der|im|in der|ob der)[ ])([A-ZÄÖÜ][\wäöüß.-]+)\)?$", line.strip())
        if m and not line.startswith("#"):
            words.add(m.group(1))
    return frozenset(words)


def is_region(word: str) -> bool:
    """``word`` is a river or region that qualifies a place's name in the
    place file ("Mosel", "Saale", "Schwarzwald"); a common noun is not.

    >>> is_region("Mosel"), is_region("Schwarzwald"), is_region("Druckversion")
    (True, True, False)
    """
    return word in _region_words()
