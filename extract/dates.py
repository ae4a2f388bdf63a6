"""Find the calendar dates a German council paper names.

Rule-based: numeric dates (``14.03.2017``, ``13.10.11``, ``6.6.2017``), dates
with a month name (``06. Juni 2017``, ``16. JAN. 2012``), ranges whose first
part leaves out month or year (``14.-16.03.2017``, ``8./9. Februar 2022``),
month-only dates (``Juli 2012``) and, conservatively, years introduced as such
(``im Jahr 2018``). English month names as newer ALLRIS pages print them
(``2026 Oct 21``, ``Jan 29, 2026``, ``21 October 2026``) are read too. Times
(``14:02``, ``15.00 Uhr``) and day/month without a year (``30.06.``) are not
dates; impossible dates (``31.02.2017``) are dropped.

This is the one place where date strings are parsed: the spiders
(:func:`parse_day`, :func:`parse_datetime`) and the extractors
(:func:`find_dates`, :func:`parse_date`, :data:`DATE_RE`) all use it.
"""
from __future__ import annotations

import datetime as _dt
import re

MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1,
    "februar": 2, "feb": 2,
    "märz": 3, "maerz": 3, "mär": 3, "mrz": 3,
    "april": 4, "apr": 4,
    "mai": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "dezember": 12, "dez": 12,
}
# English names, capitalised as printed ("Oct", "October"); the German
# abbreviations that are also English ("Jan", "Aug", ...) are in both tables
ENGLISH_MONTHS = {
    "January": 1, "Jan": 1, "February": 2, "Feb": 2, "March": 3, "Mar": 3, "April": 4,
    "Apr": 4, "May": 5, "June": 6, "Jun": 6, "July": 7, "Jul": 7, "August": 8, "Aug": 8,
    "September": 9, "Sept": 9, "Sep": 9, "October": 10, "Oct": 10, "November": 11,
    "Nov": 11, "December": 12, "Dec": 12,
}
MONTHS.update({name.lower(): n for name, n in ENGLISH_MONTHS.items()})
# a month name may be hyphenated across a line break ("Au-\ngust")
_SOFT_BREAK = r"(?:-[ \t]*\r?\n[ \t]*)?"


def _alternation(names, sep: str = "") -> str:
    """One pattern matching any of ``names``, ``sep`` allowed between letters,
    written as a tree of shared prefixes ("sep(?:t(?:ember)?)?"): the longer
    name is tried first, as in a list sorted by length, and the pattern (a
    part of many others) compiles several times faster."""
    tree: dict = {}
    for name in names:
        node = tree
        for c in name:
            node = node.setdefault(c, {})
        node[""] = {}

    def rest(node: dict) -> str:
        kids = [(c, sub) for c, sub in node.items() if c]
        if not kids:
            return ""
        alt = "|".join(re.escape(c) + rest(sub) for c, sub in kids)
        body = sep + (f"(?:{alt})" if len(kids) > 1 else alt)
        return f"(?:{body})?" if "" in node else body

    return "(?:" + "|".join(re.escape(c) + rest(sub) for c, sub in tree.items()) + ")"


_MONTH_ALT = _alternation(MONTHS, _SOFT_BREAK)
_FULL_MONTHS = "|".join(["Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli",
                         "August", "September", "Oktober", "November", "Dezember"])

_NOT_AFTER_NUMBER = r"(?<![\d.,])(?<!\d/)"
_SEP = r"\.[ \t]?"  # "14.03." or OCR'd "23. 9. 2008"
# before the year also a stray blank before its dot: "15.02 .2021" (a four-digit year only)
_SEP_YEAR = r"(?:\.[ \t]?|[ \t]\.(?=\d{4}(?!\d)))"
_YEAR = r"(?P<y>\d{4}|\d{2})(?![\d]|[.,]\d)"
# 14.03.2017, 13.10.11, 6.6.2017, 23. 9. 2008, 15.02 .2021
_NUMERIC = re.compile(
    _NOT_AFTER_NUMBER + r"(?P<d>\d{1,2})" + _SEP + r"(?P<m>\d{1,2})" + _SEP_YEAR + _YEAR)
# typed with spaces, the month's dot read as a comma by OCR: "23. 9, 2008"
_SPACED = re.compile(
    _NOT_AFTER_NUMBER + r"(?P<d>\d{1,2})\. (?P<m>\d{1,2}), (?P<y>\d{4})(?![\d]|[.,]\d)")
# 06. Juni 2017, 7.Mai.2021, 16. JAN. 2012, 3 März 2020
# (the lookahead for a month's first letter spares the engine trying every
# month name after each number)
_MONTH_FIRST = "[" + "".join(sorted({name[0] for name in MONTHS})) + "]"
_NAMED = re.compile(
    _NOT_AFTER_NUMBER + r"(?P<d>\d{1,2})\.?\s*(?=" + _MONTH_FIRST + r")(?P<mon>" + _MONTH_ALT
    + r")\b\.?\s*(?P<y>\d{4})(?!\d)", re.IGNORECASE)
_EN_MONTH = "|".join(sorted(ENGLISH_MONTHS, key=len, reverse=True))
# English order: "2026 Oct 21" (year first) and "Jan 29, 2026" / "October 21 2026"; the month-first
# order with the German names too, as blogs in German print their posts' dates ("Dez. 5, 2024")
_EN_YMD = re.compile(
    r"(?<![\d.,/-])(?P<y>\d{4})[ \t]+(?P<mon>" + _EN_MONTH + r")\.?[ \t]+(?P<d>\d{1,2})(?![\d]|[.:,]\d)")
_DE_ONLY_MONTHS = ("Januar", "Februar", "März", "Mär", "Mai", "Juni", "Juli", "Oktober", "Okt", "Dezember", "Dez")
_MDY_MONTH = "|".join(sorted([*ENGLISH_MONTHS, *_DE_ONLY_MONTHS], key=len, reverse=True))
_EN_MDY = re.compile(
    r"\b(?P<mon>" + _MDY_MONTH + r")\.?[ \t]+(?P<d>\d{1,2}),?[ \t]+(?P<y>\d{4})(?!\d)")
# ISO 8601 dates as printed by web pages: 2017-03-14; the same order with dots, as
# file names of attachments print it: "2012.10.25 Anregung Telekom.pdf" (one separator throughout)
_ISO = re.compile(r"(?<![\d.-])(?P<y>\d{4})(?:-(?=\d\d-)|\.(?=\d\d\.))(?P<m>\d{2})[-.](?P<d>\d{2})(?![\d-]|\.\d)")
# the open first part of a range: "14.-" / "8./" / "14.03.-" / "14.03. bis "
_RANGE_HEAD = re.compile(
    _NOT_AFTER_NUMBER + r"(?P<head>(?P<d>\d{1,2})\.(?:[ \t]?(?P<m>\d{1,2})\.)?)"
    r"[ \t]*(?:-|–|/|bis|und)[ \t]*$")
# Juli 2012 (capitalised month name, full form, no day before it)
_MONTH_ONLY = re.compile(r"\b(?P<mon>" + _FULL_MONTHS + r")\s+(?P<y>\d{4})(?!\d)")
# a year that the text itself calls a year: "im Jahr 2018", "des Jahres 2020"
_YEAR_ONLY = re.compile(r"\b(?:im|des|dem|das)\s+Jahre?s?\s+(?P<y>\d{4})(?!\d|/)")

_MIN_YEAR, _MAX_YEAR = 1900, 2100


def _month_number(name: str) -> int:
    return MONTHS[re.sub(r"-\s*", "", name).lower()]


def _full_year(y: str) -> int:
    """Four-digit year; two-digit years below 70 are 20xx, else 19xx."""
    n = int(y)
    if len(y) == 2:
        return 2000 + n if n < 70 else 1900 + n
    return n


# a day with the month written out and a four-digit year is a date in any
# century since ("geb. am 13. April 1873"); figures alone need a recent year
_MIN_NAMED_YEAR = 1000


def _iso(y: int, m: int, d: int, min_year: int = _MIN_YEAR) -> str | None:
    if not min_year <= y <= _MAX_YEAR:
        return None
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _entry(doc, iso, precision, start, end):
    return {"date": iso, "precision": precision, "text": doc.text[start:end],
            "start": start, "end": end, "page": doc.page_at(start)}


def _range_heads(doc, match, y: int, m: int, out: list) -> None:
    """Add the first date of a range whose first part is written short."""
    head = _RANGE_HEAD.search(doc.text, max(0, match.start() - 20), match.start())
    if not head:
        return
    hm = int(head.group("m")) if head.group("m") else m
    iso = _iso(y, hm, int(head.group("d")))
    if iso:
        out.append(_entry(doc, iso, "day", head.start("head"), head.end("head")))


# A pattern that opens with lookbehinds and a repeat ("(?<![\d.,])(?P<d>\d{1,2})")
# makes the regex engine try every position of a text; searched without the
# lookbehinds, its digits written out ("\d\d?"), it is searched by its first
# digit, and the lookbehinds are checked where a match starts.
_LEAD_GUARDS = re.compile(r"(?:\(\?<!(?:\[[^\]]*\]|[^()\[\]])*\))+")
_LEAD_DIGITS = re.compile(r"\(\?P<(\w+)>\\d\{(\d)(?:,(\d))?\}")


def _split_guard(rx: re.Pattern) -> tuple[re.Pattern, re.Pattern] | None:
    if rx.pattern.startswith(r"\b"):
        # a word boundary first ("\b(?P<mon>Januar|...)") also keeps the engine
        # from skipping ahead to the letters a match opens with
        return re.compile(r"\b", rx.flags), re.compile(rx.pattern[2:], rx.flags)
    guard = _LEAD_GUARDS.match(rx.pattern)
    digits = guard and _LEAD_DIGITS.match(rx.pattern, guard.end())
    if not digits:
        return None
    least = int(digits.group(2))
    most = int(digits.group(3) or least)
    rest = (f"(?P<{digits.group(1)}>" + r"\d" * least + r"\d?" * (most - least)
            + rx.pattern[digits.end():])
    return re.compile(guard.group(), rx.flags), re.compile(rest, rx.flags)


_SPLIT = {rx: split for rx in (_NUMERIC, _SPACED, _NAMED, _EN_YMD, _EN_MDY, _ISO, _MONTH_ONLY,
                               _YEAR_ONLY)
          if (split := _split_guard(rx)) is not None}


# for a pattern that opens with a digit but is rarely found: a part every
# match holds, which the engine finds faster (it does not open with a
# digit); a text without it is not searched for the pattern
_HELD = {
    _SPACED: re.compile(r"\. \d\d?, \d{4}"),
    _ISO: re.compile(r"[-.]\d\d[-.]\d\d(?![\d-]|\.\d)"),
}


def _finditer(rx: re.Pattern, text: str):
    """The matches of ``rx.finditer(text)``."""
    held = _HELD.get(rx)
    if held is not None and held.search(text) is None:
        return
    split = _SPLIT.get(rx)
    if split is None:
        yield from rx.finditer(text)
        return
    guard, rest = split
    pos = 0
    while (m := rest.search(text, pos)) is not None:
        if guard.match(text, m.start()):
            yield m
            pos = m.end()
        else:
            pos = m.start() + 1


def _day_dates(doc) -> list[dict]:
    out: list[dict] = []
    for rx, named in ((_NUMERIC, False), (_SPACED, False), (_NAMED, True),
                      (_EN_YMD, True), (_EN_MDY, True)):
        for m in _finditer(rx, doc.text):
            y = _full_year(m.group("y"))
            month = _month_number(m.group("mon")) if named else int(m.group("m"))
            least = _MIN_NAMED_YEAR if named and len(m.group("y")) == 4 else _MIN_YEAR
            iso = _iso(y, month, int(m.group("d")), least)
            if iso is None:
                continue
            out.append(_entry(doc, iso, "day", m.start(), m.end()))
            if rx not in (_EN_YMD, _EN_MDY):
                _range_heads(doc, m, y, month, out)
    for m in _finditer(_ISO, doc.text):
        iso = _iso(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if iso:
            out.append(_entry(doc, iso, "day", m.start(), m.end()))
    return out


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in taken)


def find_dates(doc) -> list[dict]:
    """Every date in ``doc.text``: ``{date, precision, text, start, end, page}``,
    in text order. ``date`` is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``."""
    found = _day_dates(doc)
    taken = [(d["start"], d["end"]) for d in found]
    for m in _finditer(_MONTH_ONLY, doc.text):
        y = int(m.group("y"))
        if _overlaps(m.start(), m.end(), taken) or not _MIN_YEAR <= y <= _MAX_YEAR:
            continue
        month = _month_number(m.group("mon"))
        found.append(_entry(doc, f"{y:04d}-{month:02d}", "month", m.start(), m.end()))
        taken.append((m.start(), m.end()))
    for m in _finditer(_YEAR_ONLY, doc.text):
        y = int(m.group("y"))
        if _overlaps(m.start("y"), m.end("y"), taken) or not _MIN_YEAR <= y <= _MAX_YEAR:
            continue
        found.append(_entry(doc, f"{y:04d}", "year", m.start("y"), m.end("y")))
    unique = {(d["start"], d["end"]): d for d in found}
    return sorted(unique.values(), key=lambda d: (d["start"], d["end"]))


class _Text:
    """Minimal stand-in so that a bare string can go through find_dates."""

    def __init__(self, text: str):
        self.text = text

    def page_at(self, offset: int) -> None:
        return None


def parse_date(s: str | None) -> str | None:
    """ISO form of the first date named in ``s`` (a day if there is one,
    else a month or year), or None. ``parse_date("vom 08.02.2017")`` ->
    ``"2017-02-08"``; ``parse_date("31.02.2017")`` -> None."""
    if not s:
        return None
    found = find_dates(_Text(s))
    if not found:
        return None
    days = [d for d in found if d["precision"] == "day"]
    return (days or found)[0]["date"]


# an OParl date or date-time value, "2021-09-16" or "2021-09-16T00:00:00+02:00"
_OPARL_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")


def parse_day(s: str | None) -> str | None:
    """ISO form of the first calendar day named in ``s``, or None (a month or
    year alone is not a day). ``parse_day("Mo, 03.11.2025")`` ->
    ``"2025-11-03"``; also OParl values: ``parse_day("2021-09-16T00:00:00+02:00")``
    -> ``"2021-09-16"``."""
    if not s:
        return None
    if (m := _OPARL_DAY.fullmatch(s)) and (iso := _iso(*map(int, m.groups()))):
        return iso  # the only date in the value: no other rule can match
    days = _day_dates(_Text(s))
    if not days:
        return None
    return min(days, key=lambda d: (d["start"], d["end"]))["date"]


def parse_datetime(value: str | None) -> str | None:
    """``value`` unchanged when it is an ISO 8601 date-time (or date), else None."""
    if not value:
        return None
    try:
        _dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return value


# --- one expression for day dates, for rules that look for a date in a line --
#
# The numeric, month-name and ISO forms above as one alternation with named
# groups; ``iso_of_match`` turns a match of it into an ISO date.

def _tagged(rx: re.Pattern, tag: str) -> str:
    return re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{m.group(1)}{tag}>", rx.pattern)


_FORMS = (("n", _NUMERIC), ("s", _SPACED), ("w", _NAMED), ("i", _ISO))
_EN_FORMS = (("ey", _EN_YMD), ("em", _EN_MDY))
DATE_PATTERN = "|".join(
    [f"(?i:{_tagged(rx, tag)})" for tag, rx in _FORMS]
    + [_tagged(rx, tag) for tag, rx in _EN_FORMS])
DATE_RE = re.compile(DATE_PATTERN)


def iso_of_match(m: re.Match) -> str | None:
    """ISO date of a :data:`DATE_RE` match (None for an impossible date)."""
    for tag, _ in _FORMS + _EN_FORMS:
        if m.group("y" + tag) is None:
            continue
        named = m.groupdict().get("mon" + tag)
        month = _month_number(named) if named else int(m.group("m" + tag))
        return _iso(_full_year(m.group("y" + tag)), month, int(m.group("d" + tag)))
    return None
