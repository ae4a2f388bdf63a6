"""Named entities: people, organisations, places, programmes, laws, accounts.

:func:`find_entities` returns ``{label, text, start, end}`` with offsets into
``doc.text``. The rules of ``patterns/{committees,entities,laws,programmes}.jsonl``
are matched on the raw text: regexes (a match is widened to whole tokens) and
one-token rules (a token whose text matches the rule's regex in full). Of
overlapping spans of one kind the longest (in tokens) wins, then the same
across kinds; the spans are those spaCy's SpanRuler and ``filter_spans``
give for these rules.

Token boundaries are those of spaCy's German tokenizer as extract.tokens
draws them (without loading spaCy), worked out only for the words a
candidate match touches: a text is cut at whitespace first and each
whitespace-free piece splits on its own, so the tokens of a piece do not
depend on the text around it. Running the rules as spaCy pipeline
components (SpanRuler and a regex component over the whole tokenised text)
gives the same spans several times slower (``benchmarks/entities_speed.py``,
figures in the README).
"""
from __future__ import annotations

import re
from functools import lru_cache

from extract import pattern_files
from extract.tokens import count_tokens, piece_tokens

# label -> kind (spans of different kinds are gathered per kind first)
GROUPS = {"PER": "people", "ORG": "orgs", "LOC": "places", "PROGRAM": "programs",
          "LAW": "laws", "ACCOUNT": "accounts"}
# the order the spans of all kinds are gathered before overlaps across kinds
# are resolved
COLLECT_ORDER = ("laws", "accounts", "programs", "people", "orgs", "places")
# words that name a kind of body, not a particular one
GENERIC_ORGS = {"Ausschuss", "Ausschuß", "Rat", "Beirat", "Senat", "Kommission", "Magistrat"}


# a rule that opens with a one-character negative lookbehind: "(?<![\w])(?:SPD|CDU|...)"
_LEADING_GUARD = re.compile(r"^\(\?<!(?:\[(?:\\.|[^\]\\])+\]|\\\w)\)")


class Rule:
    """A compiled regex rule. Python's ``re`` skips ahead to the possible first
    characters of a pattern only when the pattern does not open with an
    assertion; a rule that opens with a lookbehind is therefore searched
    without it and the lookbehind checked where a match starts. The matches
    are the same as ``finditer`` of the whole pattern."""

    def __init__(self, pattern: str):
        self.pattern = re.compile(pattern)
        # a few strings one of which every match holds: a text holding none
        # of them (found by str's own fast search) is not searched at all
        required = required_strings(pattern)
        self.required = required if required and len(required) <= _MAX_REQUIRED else None
        # where every match holds one of a few strings and stays on its
        # line: only the lines holding one of them are searched
        literals = _line_literals(pattern)
        self.literals = (re.compile("|".join(re.escape(s) for s in literals))
                         if literals else None)
        guard = _LEADING_GUARD.match(pattern) or _leading_boundary(pattern)
        if guard and not _opens_every_match(pattern):
            guard = None  # "(?<!x)a|b": it guards the first alternative only
        if guard and not _has_fixed_start(pattern[guard.end():]):
            guard = None  # an optional opening part: every position is a candidate anyway
        # a guard before a part the engine cannot skip ahead to, or before
        # more possible first characters than are worth a loop: the engine
        # finds the places where a first character follows what the guard
        # allows, and the pattern is tried there
        self.candidates = None
        if self.literals is None:
            self.candidates = _guarded_starts(pattern)
            if self.candidates is not None:
                guard = None
        self.guard = re.compile(guard.group()) if guard else None
        self.rest = re.compile(pattern[guard.end():]) if guard else None
        # otherwise, where the engine tries every position: the characters a
        # match can open with, searched for first
        # (not for a pattern opening at a line start: the engine fails at
        # once everywhere else, sooner than a loop over first characters)
        starts = (None if guard or self.candidates is not None or _engine_skips_ahead(pattern)
                  or _opens_at_line_start(pattern) else _first_chars(pattern))
        self.starts = re.compile(f"[{starts}]") if starts else None
        # fewer places still: where one of the strings a match opens with stands
        if self.candidates is not None or self.starts is not None:
            openings = opening_strings(pattern)
            if openings is not None:
                self.candidates, self.starts = openings, None
        # where the engine would still try every position but every match
        # holds one of a few strings after a part that stays on its line,
        # and takes at most a line break or two: only the lines around each
        # place one of them stands are searched
        self.anchor = None
        if (self.literals is None and guard is None and self.candidates is None and starts is None
                and not _engine_skips_ahead(pattern) and not _opens_at_line_start(pattern)):
            self.anchor = _anchor(pattern)

    def finditer(self, text: str):
        if self.required is not None and not any(s in text for s in self.required):
            return
        if self.literals is not None:
            yield from self._on_lines(text)
            return
        if self.anchor is not None:
            yield from self._around_anchors(text)
            return
        if self.candidates is not None:
            yield from self._from_starts(text, self.candidates)
            return
        if self.guard is None and self.starts is not None:
            yield from self._from_starts(text)
            return
        if self.guard is None:
            yield from self.pattern.finditer(text)
            return
        pos = 0
        while pos <= len(text):
            m = self.rest.search(text, pos)
            if m is None:
                return
            if not self.guard.match(text, m.start()):
                pos = m.start() + 1
                continue
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1


    def _on_lines(self, text: str):
        pos = 0
        while (hit := self.literals.search(text, pos)) is not None:
            start = text.rfind("\n", 0, hit.start()) + 1
            end = text.find("\n", hit.end())
            end = len(text) if end < 0 else end
            # the line break stays inside the searched span: what the
            # pattern's lookarounds see is what they see in the whole text
            yield from self.pattern.finditer(text, start, end + 1)
            pos = end + 1

    def _around_anchors(self, text: str):
        anchor, breaks = self.anchor
        pos = 0
        while (hit := anchor.search(text, pos)) is not None:
            # a match holding this string starts on its line; where it
            # starts at or before the string, the lines it can reach, with
            # the line break after the last, hold all it looks at
            line_start = text.rfind("\n", 0, hit.start()) + 1
            end = hit.start()
            for _ in range(breaks + 1):
                end = text.find("\n", end)
                if end < 0:
                    break
                end += 1
            m = self.pattern.search(text, max(pos, line_start), len(text) if end < 0 else end)
            if m is None or m.start() > hit.start():
                pos = hit.start() + 1
                continue
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1

    def _from_starts(self, text: str, starts: re.Pattern | None = None):
        return matches_from_starts(self.pattern, starts or self.starts, text)


def matches_from_starts(pattern: re.Pattern, starts: re.Pattern, text: str):
    """The matches of ``pattern.finditer(text)``, tried only where ``starts``
    finds a place a match can open at."""
    pos = 0
    # a position past the end is searched at the end again: a start that
    # matches empty there ("(?m)^" after a last newline) would be found forever
    while pos <= len(text) and (start := starts.search(text, pos)) is not None:
        m = pattern.match(text, start.start())
        if m is None:
            pos = start.start() + 1
            continue
        yield m
        pos = m.end() if m.end() > m.start() else m.end() + 1


def opening_finditer(pattern: re.Pattern):
    """A function giving the matches of ``pattern.finditer(text)``, tried
    only where one of the strings they open with stands (where those are
    known: :func:`opening_strings`)."""
    starts = opening_strings(pattern)
    if starts is None:
        return pattern.finditer
    return lambda text: matches_from_starts(pattern, starts, text)


def opening_strings(pattern: str | re.Pattern, length: int = 4) -> re.Pattern | None:
    """A search for the strings (of up to ``length`` characters) one of
    which every match of ``pattern`` opens with, as ``starts`` of
    :func:`matches_from_starts`; None where a match may open otherwise (an
    empty match, a repeat, a category, a wide class, a letter that case-
    insensitive matching pairs with others than its capital)."""
    flags = 0
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    parser = getattr(re, "_parser", None)
    parsed = _parse(pattern)
    if parsed is None:
        return None
    flags |= parsed.state.flags
    if flags & (re.ASCII | re.LOCALE) or flags & re.DEBUG:
        return None
    found = _openings(parser, list(parsed), length, bool(flags & re.IGNORECASE))
    if found is None or not all(found[0]):
        return None
    strings = sorted(found[0], key=lambda s: (-len(s), s))
    return re.compile("|".join(re.escape(s) for s in strings))


# more strings than this: a class of letters too many, the search slows down
_MAX_OPENINGS = 64


def _openings(parser, items, length: int, ignore_case: bool) -> tuple[set[str], bool] | None:
    """(strings every match of the parsed ``items`` opens with, cut to
    ``length``; whether each is the whole of its match or ``length`` long),
    None where not known."""
    out = {""}
    for k, (op, av) in enumerate(items):
        if all(len(s) >= length for s in out):
            break
        if op in (parser.AT, parser.ASSERT, parser.ASSERT_NOT):
            continue  # zero width: skipped, the strings stay a part of every match
        whole = False  # (whether ``sub`` covers the rest of the items)
        if op is parser.LITERAL:
            sub = _cased({chr(av)}, ignore_case)
        elif op is parser.IN and all(o is parser.LITERAL for o, _ in av) and len(av) <= 4:
            sub = _cased({chr(c) for _, c in av}, ignore_case)
        elif op is parser.SUBPATTERN:
            _, add_flags, del_flags, body = av
            case = (ignore_case or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            sub = _openings(parser, list(body), length, case)
        elif op is parser.BRANCH:
            alternatives = [_openings(parser, list(alt), length, ignore_case) for alt in av[1]]
            sub = (None if any(a is None for a in alternatives)
                   else (set().union(*(a[0] for a in alternatives)), all(a[1] for a in alternatives)))
        elif op in (parser.MAX_REPEAT, parser.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            # an optional part: the openings with it and without it, of the rest too
            rest = items[k + 1:]
            with_it = _openings(parser, list(av[2]) + rest, length, ignore_case)
            without = _openings(parser, rest, length, ignore_case)
            sub = (None if with_it is None or without is None
                   else (with_it[0] | without[0], with_it[1] and without[1]))
            whole = True
        else:
            sub = None
        if sub is None:
            return (out, False)
        out = {(a + b)[:length] if len(a) < length else a for a in out for b in sub[0]}
        if len(out) > _MAX_OPENINGS:
            return None
        if whole or not sub[1]:
            return (out, sub[1])
    return (out, True)


def _cased(chars: set[str], ignore_case: bool) -> tuple[set[str], bool] | None:
    """``chars`` and, matched case-insensitively, their other case (ASCII
    letters but i, k and s, which pair with further characters)."""
    if not ignore_case:
        return chars, True
    out = set()
    for c in chars:
        if c.lower() == c.upper():
            out.add(c)
        elif c.isascii() and c.lower() not in "iks":
            out |= {c.lower(), c.upper()}
        else:
            return None
    return out, True


_BOUNDARY = re.compile(r"\\b")


def _leading_boundary(pattern: str) -> re.Match | None:
    """The ``\\b`` a pattern opens with where the engine searches the rest
    of it by its first characters itself (a word, alternative words): the
    boundary is checked where the rest matches. (Opening the pattern, the
    assertion keeps the engine from skipping ahead.)"""
    found = _BOUNDARY.match(pattern)
    return found if found and _engine_skips_ahead(pattern[found.end():]) else None


def _opens_every_match(pattern: str) -> bool:
    """True when the pattern's first part opens every match: it is not the
    first of alternatives ("(?<!x)a|b")."""
    parser = getattr(re, "_parser", None)
    parsed = _parse(pattern)
    return parsed is not None and len(parsed) > 0 and parsed[0][0] is not parser.BRANCH


def _opens_at_line_start(pattern: str) -> bool:
    """True when every match starts at the start of the text or of a line (``^``)."""
    parser = getattr(re, "_parser", None)
    parsed = _parse(pattern)
    if parsed is None or not list(parsed):
        return False
    op, av = list(parsed)[0]
    return op is parser.AT and av in (parser.AT_BEGINNING, parser.AT_BEGINNING_LINE,
                                      parser.AT_BEGINNING_STRING)


@lru_cache(maxsize=256)
def _parse(pattern: str):
    """The parsed pattern (``re``'s own parser, read only), None where it
    is not available or the pattern does not parse."""
    parser = getattr(re, "_parser", None)
    if parser is None:
        return None
    try:
        return parser.parse(pattern)
    except re.error:
        return None


# the shortest string worth searching for instead of the pattern
_MIN_LITERAL = 3
# more strings than this to look for in a text cost about what the search does
_MAX_REQUIRED = 16


def _line_literals(pattern: str) -> list[str] | None:
    """Strings one of which every match of ``pattern`` holds, not at its
    start (there the engine finds them itself), when no part of the pattern
    (its lookarounds included) can match a line break or the end of the
    text; else None."""
    parser = getattr(re, "_parser", None)
    parsed = _parse(pattern)
    if parsed is None:
        return None
    flags = parsed.state.flags
    if flags & re.IGNORECASE or not _stays_on_line(parser, list(parsed), flags):
        return None
    found = _literals(parser, list(parsed))
    if found is None or found[1] or min(map(len, found[0])) < _MIN_LITERAL:
        return None
    return sorted(found[0], key=lambda s: (-len(s), s))


def required_strings(pattern: str) -> list[str] | None:
    """Strings one of which every match of the case-sensitive ``pattern``
    holds, each at least _MIN_LITERAL long; None where not known. A text
    holding none of them holds no match."""
    parser = getattr(re, "_parser", None)
    parsed = _parse(pattern)
    if parsed is None or parsed.state.flags & re.IGNORECASE:
        return None
    found = _literals(parser, list(parsed))
    if found is None or min(map(len, found[0])) < _MIN_LITERAL:
        return None
    return sorted(found[0], key=lambda s: (-len(s), s))


def _literals(parser, items) -> tuple[set[str], bool] | None:
    """(strings one of which every match of the parsed ``items`` consumes,
    whether each stands at the start of the match or after fixed
    characters only); the longest such strings of the sequence, None where
    none are known."""
    best: tuple[set[str], bool] | None = None
    run: list[str] = []
    fixed = True  # only literal characters so far

    def consider(found, leading):
        nonlocal best
        if found and (best is None or _literal_score(found[0]) > _literal_score(best[0])):
            best = (found[0], leading and found[1])

    for op, av in items:
        if op is parser.LITERAL:
            run.append(chr(av))
            continue
        if run:
            consider(({"".join(run)}, True), True)
            run = []
        if op is parser.SUBPATTERN:
            _, add_flags, _, sub = av
            if not add_flags & re.IGNORECASE:
                consider(_literals(parser, list(sub)), fixed)
        elif op is parser.BRANCH:
            alternatives = [_literals(parser, list(alt)) for alt in av[1]]
            if all(alternatives):
                consider((set().union(*(a[0] for a in alternatives)),
                          all(a[1] for a in alternatives)), fixed)
        elif op in (parser.MAX_REPEAT, parser.MIN_REPEAT, parser.POSSESSIVE_REPEAT) and av[0] >= 1:
            consider(_literals(parser, list(av[2])), fixed)
        elif op is parser.ATOMIC_GROUP:
            consider(_literals(parser, list(av)), fixed)
        # anything else consumes no known string
        if op not in (parser.AT, parser.ASSERT, parser.ASSERT_NOT):
            fixed = False  # (these take no characters)
    if run:
        consider(({"".join(run)}, True), fixed)
    return best


def _literal_score(found: set[str]) -> tuple[int, int]:
    return min(map(len, found)), -len(found)


_NEWLINE = ord("\n")


def _stays_on_line(parser, items, flags: int) -> bool:
    """True when no item can match a line break or test for the end of the text."""
    for op, av in items:
        if op is parser.LITERAL:
            if av == _NEWLINE:
                return False
        elif op is parser.NOT_LITERAL:
            if av != _NEWLINE:
                return False
        elif op is parser.ANY:
            if flags & re.DOTALL:
                return False
        elif op is parser.IN:
            if _class_has_newline(parser, av):
                return False
        elif op is parser.AT:
            if av in (parser.AT_END, parser.AT_END_STRING):
                return False
        elif op is parser.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            if not _stays_on_line(parser, list(sub), (flags | add_flags) & ~del_flags):
                return False
        elif op is parser.BRANCH:
            if not all(_stays_on_line(parser, list(alt), flags) for alt in av[1]):
                return False
        elif op in (parser.MAX_REPEAT, parser.MIN_REPEAT, parser.POSSESSIVE_REPEAT):
            if not _stays_on_line(parser, list(av[2]), flags):
                return False
        elif op in (parser.ASSERT, parser.ASSERT_NOT):
            if not _stays_on_line(parser, list(av[1]), flags):
                return False
        elif op is parser.ATOMIC_GROUP:
            if not _stays_on_line(parser, list(av), flags):
                return False
        else:
            return False  # a group reference, a conditional: not known
    return True


# more line breaks than this in a match: the lines around each string are too many
_MAX_ANCHOR_BREAKS = 2
# more strings than this, the search for them costs about what the pattern's does
_MAX_ANCHORS = 32


def _anchor(pattern: str) -> tuple[re.Pattern, int] | None:
    """(a search for the strings one of which every match of the
    case-sensitive ``pattern`` holds after a part that cannot match a line
    break, the most line breaks the rest of a match takes or looks at);
    None where there are no such strings of at least _MIN_LITERAL
    characters. The strings are the words a part of the pattern opens
    with ("GmbH", "AG" ...), after the last character of a repeated one
    before it ("[ ]{1,2}")."""
    parser = getattr(re, "_parser", None)
    parsed = _parse(pattern)
    if parsed is None or parsed.state.flags & re.IGNORECASE:
        return None
    flags = parsed.state.flags
    items = list(parsed)
    for k, (op, av) in enumerate(items):
        lead, at = "", k
        if (op in (parser.MAX_REPEAT, parser.MIN_REPEAT, parser.POSSESSIVE_REPEAT) and av[0] >= 1
                and len(av[2]) == 1 and av[2][0][0] is parser.LITERAL and k + 1 < len(items)):
            lead, at = chr(av[2][0][1]), k + 1
        found = _opening_words(parser, items[at:])
        if found is not None:
            strings = {lead + s for s in found[0]}
            breaks = _line_breaks(parser, items[at:], flags)
            if (min(map(len, strings)) >= _MIN_LITERAL and len(strings) <= _MAX_ANCHORS
                    and not any("\n" in s for s in strings)
                    and breaks is not None and breaks <= _MAX_ANCHOR_BREAKS
                    and _stays_on_line(parser, items[:at], flags)):
                return (re.compile("|".join(re.escape(s) for s in sorted(strings, key=lambda s: (-len(s), s)))),
                        breaks)
        if not _stays_on_line(parser, items[k:k + 1], flags):
            return None  # a later part may start on another line than the match
    return None


def _opening_words(parser, items) -> tuple[set[str], bool] | None:
    """(the strings a match of the parsed ``items`` opens with, one per way
    of matching them, whether they are all of the match); None where a
    match may open otherwise than with a fixed character or where they
    are more than _MAX_ANCHORS."""
    out = {""}
    for op, av in items:
        if op is parser.LITERAL:
            out = {s + chr(av) for s in out}
            continue
        if op is parser.SUBPATTERN and not av[1] & re.IGNORECASE:
            sub = _opening_words(parser, list(av[3]))
        elif op is parser.BRANCH:
            alternatives = [_opening_words(parser, list(alt)) for alt in av[1]]
            sub = (None if any(a is None for a in alternatives)
                   else (set().union(*(a[0] for a in alternatives)), all(a[1] for a in alternatives)))
        else:
            sub = None
        if sub is None:
            return (out, False) if all(out) else None
        out = {s + t for s in out for t in sub[0]}
        if len(out) > _MAX_ANCHORS:
            return None
        if not sub[1]:
            return (out, False) if all(out) else None
    return (out, True) if all(out) else None


def _line_breaks(parser, items, flags: int) -> int | None:
    """The most line breaks a match of the parsed ``items`` takes or looks at
    ahead; None where there is no bound or it is not known (the end of the
    text tested, a group reference)."""
    total = 0
    for op, av in items:
        if op is parser.LITERAL:
            n = int(av == _NEWLINE)
        elif op is parser.NOT_LITERAL:
            n = int(av != _NEWLINE)
        elif op is parser.ANY:
            n = int(bool(flags & re.DOTALL))
        elif op is parser.IN:
            n = int(_class_has_newline(parser, av))
        elif op is parser.AT:
            if av in (parser.AT_END, parser.AT_END_STRING):
                return None
            n = 0
        elif op is parser.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            n = _line_breaks(parser, list(sub), (flags | add_flags) & ~del_flags)
        elif op is parser.BRANCH:
            counts = [_line_breaks(parser, list(alt), flags) for alt in av[1]]
            n = None if any(c is None for c in counts) else max(counts)
        elif op in (parser.MAX_REPEAT, parser.MIN_REPEAT, parser.POSSESSIVE_REPEAT):
            inner = _line_breaks(parser, list(av[2]), flags)
            if inner is None or (inner and av[1] is parser.MAXREPEAT):
                return None
            n = inner * av[1]
        elif op in (parser.ASSERT, parser.ASSERT_NOT):
            # (a lookbehind looks at the text before, all of which is searched)
            n = 0 if av[0] < 0 else _line_breaks(parser, list(av[1]), flags)
        elif op is parser.ATOMIC_GROUP:
            n = _line_breaks(parser, list(av), flags)
        else:
            return None
        if n is None:
            return None
        total += n
    return total


def _class_has_newline(parser, items) -> bool:
    negated = holds = False
    for op, av in items:
        if op is parser.NEGATE:
            negated = True
        elif op is parser.LITERAL:
            holds = holds or av == _NEWLINE
        elif op is parser.RANGE:
            holds = holds or av[0] <= _NEWLINE <= av[1]
        elif op is parser.CATEGORY:
            holds = holds or av in (parser.CATEGORY_SPACE, parser.CATEGORY_NOT_DIGIT,
                                    parser.CATEGORY_NOT_WORD, parser.CATEGORY_LINEBREAK)
        else:
            return True  # not known: as if it did
    return holds != negated


def _engine_skips_ahead(pattern: str) -> bool:
    """True when ``re`` itself searches the pattern by its first character:
    it opens with a character, a class, or alternatives that each open
    with a character."""
    parser = getattr(re, "_parser", None)
    parsed = _parse(pattern)
    if parsed is None:
        return True
    items = list(parsed)
    if not items:
        return False
    op, av = items[0]
    if op in (parser.LITERAL, parser.IN):
        return True
    return op is parser.BRANCH and all(alt and list(alt)[0][0] is parser.LITERAL for alt in av[1])


# more possible first characters than this (every capital letter): a Python
# loop over the candidates is slower than the engine trying every position
_MAX_STARTS = 8


def _first_chars(pattern: str) -> str | None:
    """A regex class body of the few characters every match of ``pattern``
    opens with, or None where that is not known (an empty match, any
    character, a category such as \\w, case-insensitive matching) or they
    are more than _MAX_STARTS."""
    parser = getattr(re, "_parser", None)
    parsed = _parse(pattern)
    if parsed is None:
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _first_parts(parser, list(parsed), False)
    if found is None or found[1] or any(chars is None for _, chars in found[0]):
        return None
    chars = set().union(*(c for _, c in found[0]))
    if len(chars) > _MAX_STARTS:
        return None
    return "".join(re.escape(c) for c in sorted(chars))


def _guarded_starts(pattern: str) -> re.Pattern | None:
    """For a pattern opening with a one-character guard (a negative
    lookbehind of one character class, or \\b before word characters) that
    the engine cannot search by its first characters: a pattern finding,
    by the engine's own skipping ahead, each place where one of those first
    characters follows a character the guard allows. None where the rule is
    searched otherwise."""
    if not _opens_every_match(pattern):
        return None  # a guard of the first alternative only
    guard = _LEADING_GUARD.match(pattern)
    if guard:
        rest = pattern[guard.end():]
        if _has_fixed_start(rest) and _engine_skips_ahead(rest):
            return None  # the rule's guard mode: the engine skips ahead itself
        before = guard.group()[4:-1]  # the class the character before must not be in
    elif pattern.startswith("\\b"):
        rest = pattern[2:]
        if _engine_skips_ahead(rest):
            return None  # the rule's guard mode: the engine skips ahead itself
        before = "\\w"
    else:
        return None
    first = _first_class(rest)
    if first is None or (before == "\\w" and not first[1]):
        return None  # (\\b guards only a word character)
    if not first[2]:
        return None  # as many candidates as words open with a capital: no faster
    # the character before is looked at from behind the first one ("[\\s\\S]":
    # the first character may be any)
    return re.compile(f"[{first[0]}](?<!{before}[\\s\\S])")


_CATEGORY_CLASSES = {"CATEGORY_DIGIT": ("\\d", True), "CATEGORY_WORD": ("\\w", True),
                     "CATEGORY_SPACE": ("\\s", False)}


def _first_class(pattern: str) -> tuple[str, bool, bool] | None:
    """(a regex class body of every character a match of ``pattern`` can
    open with, whether they are all word characters, whether they are few:
    digits and at most _MAX_STARTS other characters); None where not known
    (an empty match, any character, a negated class, case-insensitive
    letters other than ASCII ones without special case pairs)."""
    parser = getattr(re, "_parser", None)
    parsed = _parse(pattern)
    if parsed is None or parsed.state.flags & (re.IGNORECASE | re.ASCII | re.LOCALE):
        return None
    found = _first_parts(parser, list(parsed), False)
    if found is None or found[1]:
        return None
    parts = found[0]
    words = all(_is_word_part(part) for part in parts)
    chars = set().union(*(c for _, c in parts if c is not None))
    few = (len(chars) <= _MAX_STARTS
           and all(c is not None or text == "\\d" for text, c in parts))
    return "".join(dict.fromkeys(text for text, _ in parts)), words, few


def _is_word_part(part: tuple[str, object]) -> bool:
    text, chars = part
    if chars is None:  # a category
        return text in ("\\d", "\\w")
    return all(re.fullmatch(r"\w", c) for c in chars)


def _first_parts(parser, items, ignore_case: bool):
    """(class parts (text, its characters or None for a category) a match
    of the parsed ``items`` can open with, whether it can be empty)."""
    parts: list = []
    for op, av in items:
        if op in (parser.AT, parser.ASSERT, parser.ASSERT_NOT):
            continue  # zero width: the next item opens the match
        if op is parser.LITERAL:
            one = _literal_parts(chr(av), ignore_case)
            return (parts + one, False) if one is not None else None
        if op is parser.IN:
            one = _class_parts(parser, av, ignore_case)
            return (parts + one, False) if one is not None else None
        if op is parser.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            if (add_flags | del_flags) & ~re.IGNORECASE:
                return None
            case = (ignore_case or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            inner = _first_parts(parser, list(sub), case)
        elif op is parser.BRANCH:
            alternatives = [_first_parts(parser, list(alt), ignore_case) for alt in av[1]]
            if any(a is None for a in alternatives):
                return None
            inner = ([p for a in alternatives for p in a[0]], any(a[1] for a in alternatives))
        elif op in (parser.MAX_REPEAT, parser.MIN_REPEAT):
            inner = _first_parts(parser, list(av[2]), ignore_case)
            if inner is not None and av[0] == 0:
                inner = (inner[0], True)
        else:
            return None
        if inner is None:
            return None
        parts += inner[0]
        if not inner[1]:
            return parts, False
    return parts, True


def _literal_parts(c: str, ignore_case: bool):
    if not ignore_case:
        return [(re.escape(c), {c})]
    if not c.isascii() or c.lower() in "iks":
        return None  # case-insensitive matching pairs these with other letters
    return [(re.escape(x), {x}) for x in {c.lower(), c.upper()}]


def _class_parts(parser, items, ignore_case: bool):
    out: list = []
    for op, av in items:
        if op is parser.LITERAL:
            one = _literal_parts(chr(av), ignore_case)
            if one is None:
                return None
            out += one
        elif op is parser.RANGE and av[1] - av[0] < 256 and not ignore_case:
            out.append((f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}",
                        {chr(c) for c in range(av[0], av[1] + 1)}))
        elif op is parser.CATEGORY and str(av) in _CATEGORY_CLASSES:
            out.append((_CATEGORY_CLASSES[str(av)][0], None))
        else:
            return None  # a negated class, another category, a wide range
    return out


def _has_fixed_start(pattern: str) -> bool:
    """True when the pattern's first element is not optional or repeated."""
    parser = getattr(re, "_parser", None)
    if parser is None:
        return False
    try:
        first = parser.parse(pattern)[0][0]
    except (IndexError, re.error):
        return False
    return first not in (parser.MAX_REPEAT, parser.MIN_REPEAT)


@lru_cache(maxsize=1)
def load_rules() -> tuple[list, list]:
    """(token rules, regex rules) from the shipped pattern files."""
    token_rules, regex_rules = [], []
    for filename in pattern_files.ENTITY_FILES:
        for rule in pattern_files.load(filename):
            if "regex" in rule:
                regex_rules.append((rule["label"], Rule(rule["regex"]), rule.get("group", 0)))
                continue
            body = pattern_files.token_regex(rule["pattern"])
            # a token matching in full holds a match of the unanchored search
            search = body[1:] if body.startswith("^") else body
            search = search[:-1] if search.endswith("$") and not search.endswith("\\$") else search
            token_rules.append((rule["label"], re.compile(body), Rule(search)))
    # one-token rules' spans come before the regex rules' spans
    return token_rules, regex_rules


class _Text:
    """Token boundaries of a text, worked out piece by piece on demand."""

    def __init__(self, text: str):
        self.text = text

    def piece(self, pos: int) -> tuple[int, int]:
        """Start and end of the whitespace-free piece holding ``pos``."""
        text = self.text
        start = pos
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        end = pos
        while end < len(text) and not text[end].isspace():
            end += 1
        return start, end

    def tokens(self, pos: int) -> list[tuple[int, int]]:
        start, end = self.piece(pos)
        return [(start + a, start + b) for a, b in piece_tokens(self.text[start:end])]

    def snap(self, start: int, end: int) -> tuple[int, int] | None:
        """Like ``Doc.char_span``: the exact token span, else the tokens it touches."""
        text = self.text
        if start >= len(text) or text[start].isspace() or text[end - 1].isspace():
            return None
        first = next(t for t in self.tokens(start) if t[0] <= start < t[1])
        last = next(t for t in self.tokens(end - 1) if t[0] <= end - 1 < t[1])
        return first[0], last[1]


def _filter(spans: list[tuple]) -> list[tuple]:
    """spacy.util.filter_spans on (start, end, label, ntokens) tuples: the
    longest (in tokens) first, then the earliest; a span whose first or last
    token is taken already is dropped."""
    ordered = sorted(spans, key=lambda s: (s[3], -s[0]), reverse=True)
    kept: list[tuple] = []
    taken: set[int] = set()  # the characters of the spans kept
    for span in ordered:
        start, end = span[0], span[1]
        if start in taken or end - 1 in taken:
            continue
        kept.append(span)
        taken.update(range(start, end))
    return sorted(kept, key=lambda s: s[0])


def _span(text: str, start: int, end: int, label: str) -> tuple:
    return (start, end, label, count_tokens(text[start:end]))


def match_rules(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of the rule entities in ``text``, overlaps resolved."""
    token_rules, regex_rules = load_rules()
    tokens = _Text(text)
    groups: dict[str, list[tuple]] = {}
    for label, full, search in token_rules:
        seen = set()
        for m in search.finditer(text):
            piece = tokens.piece(m.start())
            if piece in seen:
                continue
            seen.add(piece)
            for a, b in tokens.tokens(m.start()):
                if full.search(text[a:b]):
                    groups.setdefault(GROUPS[label], []).append(_span(text, a, b, label))
    for label, rx, group in regex_rules:
        for m in rx.finditer(text):
            start, end = m.span(group)
            if start < 0 or start == end:
                continue
            snapped = tokens.snap(start, end)
            if snapped and text[snapped[0]:snapped[1]].strip():
                groups.setdefault(GROUPS[label], []).append(_span(text, *snapped, label))
    spans: list[tuple] = []
    for key in COLLECT_ORDER:
        spans.extend(_filter(_dedupe(groups.get(key, []))))
    spans = [s for s in spans if not (s[2] == "ORG" and text[s[0]:s[1]] in GENERIC_ORGS)]
    return [(s[0], s[1], s[2]) for s in _filter(spans)]


def _dedupe(spans: list[tuple]) -> list[tuple]:
    # a token is one span however many one-token rules match it
    return list(dict.fromkeys(spans))


def _entity(text: str, start: int, end: int, label: str) -> dict | None:
    value = text[start:end].strip().rstrip("-,;:")
    if not value:
        return None
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    return {"label": label, "text": value, "start": start + lead, "end": start + lead + len(value)}


def find_entities(doc) -> list[dict]:
    """Entities of ``doc`` as ``{label, text, start, end}``, in text order."""
    text = doc.text or ""
    if not text.strip():
        return []
    found = (_entity(text, start, end, label) for start, end, label in match_rules(text))
    out = [e for e in found if e]
    out.sort(key=lambda e: (e["start"], e["end"]))
    return out
