"""Text normalisation shared by the extractors and the database: words
hyphenated at line ends, snippets (the sentence or table line around a
span of a document's text), and case-insensitive patterns searched in
lowercased text."""
from __future__ import annotations

import re

# A hyphen at a line end before one of these words stands for a shortened
# compound ("Fassaden- und Dachdämmung", "Bau- bzw. Umbaukosten"), not for
# a word broken across lines.
HYPHEN_KEPT_BEFORE = re.compile(r"(?:und|oder|bzw|sowie|bis|als|wie)\b")

# A word hyphenated at a line end ("Sanierungsmaßnah-\nmen"): the next line
# goes on in lower case.
_LINE_END_HYPHEN = re.compile(r"(?<=\w)-[ \t]*\n[ \t]*(?=[a-zäöüß])")


def join_hyphenated_lines(text: str) -> str:
    r"""``text`` with words hyphenated at line ends joined again
    ("Sanierungsmaßnah-\nmen" -> "Sanierungsmaßnahmen"); a hyphen before
    "und", "oder", ... (``HYPHEN_KEPT_BEFORE``) stays."""
    return _LINE_END_HYPHEN.sub(
        lambda m: m.group(0) if HYPHEN_KEPT_BEFORE.match(text, m.end()) else "", text)


SNIPPET_MAX = 300
# A sentence ends at . ! ? followed by white space, unless the word before
# is a number ("06. Juni", "1."), a single letter ("z. B.") or a common
# abbreviation; or at a blank line.
_END_MARK = re.compile(r"[.!?](?=\s)|\n[ \t]*\n")
_WORD_BEFORE = re.compile(r"(\w+)$")
ABBREVIATIONS = {"abs", "bzw", "ca", "co", "dr", "evtl", "ggf", "gem", "inkl", "lt", "nr",
                 "str", "st", "usw", "vgl", "zzgl", "ziff", "bspw", "max", "min", "mio",
                 "mrd", "tsd", "ggü", "i", "v", "h", "u", "a", "d", "s", "z", "b"}


def _is_sentence_end(text: str, pos: int) -> bool:
    if text[pos] == "\n":
        return True
    m = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
    if not m:
        return True
    word = m.group(1)
    return not (word.isdigit() or len(word) == 1 or word.lower() in ABBREVIATIONS)


def _sentence_start(text: str, start: int) -> int:
    lo = 0
    for m in _END_MARK.finditer(text, max(0, start - 2000), start):
        if _is_sentence_end(text, m.start()):
            lo = m.end()
    while lo < start and text[lo].isspace():
        lo += 1
    return lo


def _sentence_end(text: str, end: int) -> int:
    for m in _END_MARK.finditer(text, end, min(len(text), end + 2000)):
        if _is_sentence_end(text, m.start()):
            return m.end() if text[m.start()] in ".!?" else m.start()
    return len(text)


def _clean(text: str) -> str:
    text = re.sub(r"\x02\s*", "", text)  # soft hyphen at a PDF line break
    text = text.replace("\xad", "")
    text = join_hyphenated_lines(text)
    return re.sub(r"\s+", " ", text).strip()


def snippet_around(text: str | None, start: int | None, end: int | None,
                   limit: int = SNIPPET_MAX) -> str | None:
    """The sentence (in prose) or line (in a table) holding ``text[start:end]``,
    whitespace collapsed, at most ``limit`` characters centred on the span."""
    if not text or start is None or end is None or not 0 <= start <= end <= len(text):
        return None
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    lo = _sentence_start(text, start)
    hi = _sentence_end(text, end)
    if _is_table_row(line) or _is_table(text[lo:hi]) or hi - lo > 3 * limit:
        lo, hi = line_start, line_end
    else:
        lo = _after_headings(text, lo, line_start)
    if hi - lo > limit:
        half = (limit - (end - start)) // 2
        lo = max(lo, start - max(half, 0))
        hi = min(hi, lo + limit)
        lo = max(lo, hi - limit)
        lead = "… " if lo > 0 and text[lo - 1] not in "\n" else ""
        return lead + _clean(text[lo:hi]) + " …"
    return _clean(text[lo:hi])


def _after_headings(text: str, lo: int, line_start: int) -> int:
    """Move ``lo`` past whole short lines (headings, form fields) that stand
    between it and the line holding the span. A short line followed by a
    line starting in lower case is a wrapped sentence, not a heading."""
    pos = lo
    if lo > 0 and text[lo - 1] != "\n":  # a sentence starting inside a line
        nl = text.find("\n", lo, line_start)
        if nl < 0:
            return lo
        pos = nl + 1
    while pos < line_start:
        nl = text.find("\n", pos, line_start)
        if nl < 0:
            break
        following = text[nl + 1:nl + 2]
        if len(text[pos:nl].split()) <= 6 and not following.islower():
            lo = nl + 1
        pos = nl + 1
    return lo


def _is_table_row(line: str) -> bool:
    """A line of a table: cells separated by tabs or wide gaps, or mostly numbers."""
    if "\t" in line or re.search(r"\S {3,}\S", line):
        return True
    words = line.split()
    numeric = sum(1 for w in words if re.search(r"\d", w))
    return numeric >= 2 and numeric * 2 >= len(words)


def _is_table(block: str) -> bool:
    """Three or more short lines, more than half of all: a table or list, not prose."""
    lines = [ln for ln in block.split("\n") if ln.strip()]
    short = sum(len(ln.split()) <= 6 for ln in lines)
    return short >= 3 and short * 2 > len(lines)


# Letters that case-insensitive matching pairs with an ASCII letter although
# lower() does not turn them into it: long s, dotless i, dotted capital I,
# the Kelvin sign. (No other character is paired with an ASCII letter.)
_CASE_SPECIAL_CHARS = "\u017f\u0131\u0130\u212a"
CASE_SPECIALS = re.compile(f"[{_CASE_SPECIAL_CHARS}]")


def has_case_specials(text: str) -> bool:
    """True where CASE_SPECIALS finds a character in ``text`` (str's own
    search for each of the four, several times faster than the class)."""
    return any(c in text for c in _CASE_SPECIAL_CHARS)


_GLOBAL_FLAGS = re.compile(r"\(\?([aiLmsux]+)\)")


def lowered_pattern(rx: re.Pattern) -> re.Pattern | None:
    """A case-sensitive form of the case-insensitive ``rx`` for lowercased
    text: in ``text.lower()`` it finds the matches (the same spans) ``rx``
    finds in ``text``, for a text without CASE_SPECIALS, and the engine
    searches it by its first letters. None where the pattern's source cannot simply be
    lowercased: an uppercase escape (\\S, \\W ...), a named group, case
    set for a part of it only, letters other than ASCII and äöüß."""
    source = rx.pattern
    if (not rx.flags & re.IGNORECASE or re.search(r"\\[A-Z]|\(\?P|\(\?[a-zA-Z]*-|\(\?[a-zA-Z]+:", source)
            or any(c.isalpha() and not (c.isascii() or c in "äöüßÄÖÜ") for c in source)):
        return None
    flags = rx.flags & ~re.IGNORECASE
    head = _GLOBAL_FLAGS.match(source)
    if head:  # "(?im)..." -> "(?m)..."
        kept = head.group(1).replace("i", "")
        source = (f"(?{kept})" if kept else "") + source[head.end():]
    return re.compile(source.lower(), flags)
