"""Paper numbers: the document's own number and the numbers of other papers it cites.

Own number: a number printed under a label in the head of the paper
(``Vorlage Nr. 422``, ``Vorlagen-Nr. 72/2017``, ``Drucksache - 22-2362``,
``Vorlage: BV/0197/2026``), a label whose value is printed further down in a
separate block (``Vorlage Nr.:`` ... ``2014/0254``), or a running page header
(``Drucksache 72/2017 Seite - 2``). Cited numbers: every other paper number
the text names after a cue word (``vergl. Vorlage Nr. 3131/16``,
``Session 0039/2017``, ``Beschluss 23/SVV/1392``) or in a shape only paper
numbers have (``V091/2013``, ``AN/1718/2021``, ``26-29075``, ``2502/2021``).
"""
from __future__ import annotations

import re

from extract.entities import Rule, matches_from_starts

# --- number shapes -----------------------------------------------------------

# shapes that are paper numbers wherever they stand
_DISTINCT = [
    r"\d{2}-\d{2}\s?/\s?[A-Z]\s?\d{4,5}",              # München 20-26 / V 04180
    r"[A-Z][A-Za-z]{0,3}/\s?\d{2,4}/\d{4}(?:-\d{1,3})?",  # UV/0310/2025, StR/004/2020, DHH/2025/8003, SVV/ 0474/2010
    r"\d{2}/[A-Z]{2,5}/\d{3,4}(?:-\d{1,3})?",          # 26/SVV/0337-001
    r"[A-Z]{1,2}\d{3,4}/\d{4}",                       # V091/2013, A303/2012
    r"[A-Z]{1,2}\d{3,4}/\d{2}(?:/\d{1,2})?",          # Dresden V1664/12, A0064/09, Magdeburg DS0014/13/4
    r"[A-Z]{1,3}(?:-[A-Z]{1,2})?/\s?\d{4}/\d{4}(?:/\d{1,2})?",  # Münster V/0779/2014, A-R/0051/2011, V/0626/2014/1
    r"\d{4}/\d{4}(?:/\d{1,2})?",                      # 2016/0380, 2024/0004/1 (year ranges filtered)
    r"\d{3,4}[a-z]?/\d{4}(?:-\d{1,2}(?![\d.]))?",         # 0039/2017, 266/2019 (year ranges filtered), 062a/2016, 017/2008-1
    r"\d{2}-\d{5}(?:-\d{2})?",                        # 26-29075, 26-29090-02
    r"[IVX]{1,5}-\d{2,5}/\d{4}(?:/\d{1,2})?",          # Wahlperiode-number/year: XIX-0365/2023, XVII-0490/2014/4
    r"[A-Z]{2,4}-\d{1,2}-\d{4}(?:/\d{1,2})?",           # type-Wahlperiode-number: SV-8-0802, SV-10-0729, SV-8-0770/1
]
# shapes that need a cue word (Vorlage, Drucksache, ...) before them
_CUED = [
    r"\d{1,5}[a-z]?\s?/\s?\d{2}(?![\d/])",            # 3131/16, 4871 /18, 13/0452 below, 113a/16
    r"\d{1,2}[a-z]?/\d{4}",                           # 24/2011, Beschlussvorlage - 6/2012, 6b/2012
    r"\d{4,5}-\d{2}(?![\d-])",                         # number-year: Drucksache Nr.: 06128-11
    r"(?:19|20)\d{2}-\d{3}(?![\d-])",                   # year-number: Magistratsvorlage Nr. 2016-418
    r"[A-ZÄÖÜ]{1,4}/\d{1,5}/[IVX]{1,5}(?:\.WP)?",     # number/Wahlperiode in Roman numerals: DS/1246/V, Ö/0572/XV.WP
    r"[IVX]{1,5}/\d{1,5}/[A-Z]{1,4}",                  # Wahlperiode/number/office: Drucksache Nr. IX/0145/AD
    r"[IVX]{1,5}/\d{2,5}(?![\d/])",                    # Wahlperiode/number: Sitzungsvorlage VIII/182
    r"\d{1,5}/[IVX]{1,5}(?:\.(?=[ \t]*(?:[|\n]|[-–][ \t])))?(?![\w/])",  # number/Wahlperiode: 705/IX., Drucksache 1265/II
    r"\d{3,5}/\d(?![\d/])",                            # number/Wahlperiode (Berlin's BVV): Drucksache - 1083/3
    r"\d{1,5}-\d{1,3}/\d{4}",                          # number-supplement/year: DS-Nr.: 110-1/2014
    r"\d{2}-[A-Z]?\d{4}(?:\.\d+)?[A-Z]?",             # Hamburg 21-1234, 22-1703B, 22-M2076.1
    r"\d{1,5}/[A-Z]{1,4}",                            # 1/HA
    r"(?:19|20)\d{2}/\d{3}(?![\d/])",                 # ALLRIS year/number 2026/235
    r"(?:19|20)\d{2}/\d{4}-\d{1,3}",                   # ALLRIS supplement of a paper: Vorlage - 2015/0288-1
    r"\d{3,4}-[A-Za-z]{1,5}/\d{4}",                     # number-body/year: Eisenach Vorlage 0818-StR/2017
    r"\d{2,5}/\d{1,3}/\d{4}",                        # Erlangen 6131/67/2022
    r"[A-Z]{2,4}(?:[\s-][A-Z]{2,4})?\s\d{1,4}/\d{4}",      # Dresden Beschluss-Nr. OR LB 73/2012, Vorlage BV-KT 070/2025
    r"[A-Z]{1,4}\s[IVX]{1,5}/\d{1,4}/\d{4}",              # body Wahlperiode/number/year: Vorlage KT II/29/2018
    r"[A-Z]{1,4}(?:-[A-Z]{1,4})?[/-]\d{1,2}[/-]\d{3,5}(?:/\d{1,2})?",  # office/period/number: V-KA/18/480, SV-8-0770/1
    r"\d{1,5}",                                       # Karlsruhe Vorlage Nr. 422
]
# any other number an office gives its papers: groups of capitals or digits
# joined by "/" or "-" (a "." only between digits), with a capital and a
# digit somewhere in it (the checks look no further than its own characters),
# three digits or more: "FB1-104/23", "BV-SR52-05-2014001", "GuS/2013/028",
# "16051-09-E1", a status letter first and the Wahlperiode last: "Ö/0572/XV.WP"; read only where its place marks a paper number (after a cue
# word, alone in a table cell or line of a list of such numbers)
_LETTERED = (r"(?=(?:[A-Za-zÄÖÜ0-9/-]|\.(?=\d))*[A-ZÄÖÜ])(?=(?:(?:[A-Za-zÄÖÜ/-]|\.(?=\d))*\d){3})[A-ZÄÖÜ0-9][A-Za-z0-9]{0,9}"
             r"(?:[/-][A-Za-z0-9]{1,10}|\.\d{1,6}){1,5}(?:(?<=/[IVX]|[IVX]{2})\.WP)?")
_SHAPE_DISTINCT = "|".join(_DISTINCT)
# the shapes listed above, without the general lettered one
_SHAPE_LISTED = "|".join(_DISTINCT + _CUED)
_SHAPE_ANY = _SHAPE_LISTED + "|" + _LETTERED
_SHAPE_LISTED_RE = re.compile(_SHAPE_LISTED)

_END = r"(?![\w/]|[.,-]\d)"

# label words that introduce a paper number
_CUE = (
    r"(?:Vorlagen?(?:-|\s)?Nr\.?|Vorlagennummer|Drucksachennummer|Vorlage|Beschlussvorlage|Informationsvorlage|Mitteilungsvorlage|"
    r"Drucksachen?(?:-|\s)?Nr\.?|\w*[Dd]rucksache|\w*[Vv]orlagen?|Drs\.|Drucks\.|DS(?:-Nr\.?)?|Session|"
    r"Antrag(?:s-Nr\.?)?|Anfrage|Änderungsantrag|Ergänzungsantrag|Beschluss|Beschlüsse|"
    r"Niederschrift|Mitteilung|Stellungnahme)"
)
_CUE_RE = re.compile(
    _CUE + r"\s*(?:Nr\.?|Nummer)?\s*[:.-]?\s*(?:vom\s+\S+\s+)?\(?(" + _SHAPE_ANY + r")" + _END
)
# a paper number alone in the last cell of a table row (agenda "TOP | Betreff | Drucksache")


def _alternatives(group: str) -> list[str]:
    """The top-level alternatives of a regex group ``(?:a|b|...)``."""
    body, out, depth, start, i = group[3:-1], [], 0, 0, 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            i += 1
        elif c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(body[start:i])
            start = i + 1
        i += 1
    return out + [body[start:]]


def _literal_head(alternative: str) -> str:
    """The plain letters an alternative opens with ("Vorlagen?..." -> "Vorlage")."""
    head = re.match(r"[\wÄÖÜäöüß]*", alternative).group()
    if alternative[len(head):len(head) + 1] in ("?", "*", "{"):
        head = head[:-1]
    return head


def _cue_starts() -> tuple[re.Pattern, list[tuple[str, str]]] | None:
    """Where a match of _CUE_RE can start: the letters its cue words open
    with, and, for each cue written "\\w*[Ww]ord" (or "\\w*[Ww]ords?"), its word as (first
    letters, rest): the match starts at that word's first letter or later.
    None: not worked out."""
    alternatives = _alternatives(_CUE)
    if "(?:" + "|".join(alternatives) + ")" != _CUE:
        return None
    heads, anchors = [], []
    for alternative in alternatives:
        if alternative.startswith("\\w*"):
            # (a last letter the word may lack, "[Vv]orlagen?", is not searched for)
            word = re.fullmatch(r"\[(\w+)\](\w+?)(?:\w\?)?", alternative[3:])
            if not word:
                return None
            anchors.append((word.group(1), word.group(2)))
        elif _literal_head(alternative):
            heads.append(re.escape(_literal_head(alternative)))
        else:
            return None
    return re.compile("|".join(heads)), anchors


_CUE_STARTS = _cue_starts()
_WORD_CHAR = re.compile(r"\w")


def _word_at(text: str, word: tuple[str, str], pos: int) -> int:
    """Where the first ``[Ww]ord`` (given as first letters and rest) starts
    at or after pos, -1 if nowhere: the rest searched as plain text (far
    faster than a pattern opening with a class of letters)."""
    first, rest = word
    at = text.find(rest, pos + 1)
    while at != -1 and text[at - 1] not in first:
        at = text.find(rest, at + 1)
    return at - 1 if at != -1 else -1



def _cue_matches(text: str):
    """The matches of ``_CUE_RE.finditer(text)``, tried only where one can start."""
    if _CUE_STARTS is None:
        yield from _CUE_RE.finditer(text)
        return
    heads, anchors = _CUE_STARTS
    pos = 0
    # the next hit of each at or after pos; searched again only once pos has
    # passed it (the first hit after pos is the first after any earlier
    # position that has no hit before it)
    head = heads.search(text)
    found = [_word_at(text, word, 0) for word in anchors]
    while True:
        if head is not None and head.start() < pos:
            head = heads.search(text, pos)
        for k, at in enumerate(found):
            if at != -1 and at < pos:
                found[k] = _word_at(text, anchors[k], pos)
        starts = []
        if head is not None:
            starts.append(head.start())
        hits = [at for at in found if at != -1]
        if hits:
            start = min(hits)
            while start > pos and _WORD_CHAR.match(text, start - 1):
                start -= 1
            starts.append(start)
        if not starts:
            return
        start = min(starts)
        m = _CUE_RE.match(text, start)
        if m:
            yield m
            pos = max(m.end(), start + 1)
        else:
            pos = start + 1


_TABLE_CELL_RE = re.compile(r"(?m)\t[ ]*(\d{2}-[A-Z]?\d{4}(?:\.\d+)?[A-Z]?)[ ]*(?:\t[^\n]*)?$")
_DISTINCT_RE = re.compile(r"(?<![\w/.,-])(" + _SHAPE_DISTINCT + r")" + _END)
# where a match of _DISTINCT_RE can start: each shape opens with a digit or
# a capital and has a "/" or "-" after at most five more letters or digits
_DISTINCT_STARTS = re.compile(r"[\dA-Z](?<![\w/.,-][\s\S])[A-Za-z\d]{0,5}[/-]")


def _distinct_matches(text: str):
    """The matches of ``_DISTINCT_RE.finditer(text)``, tried only where one can start."""
    return matches_from_starts(_DISTINCT_RE, _DISTINCT_STARTS, text)


# own number labels at the start of a line
# (a heading set in capitals names the type the same way: "SITZUNGSVORLAGE Nr. GR027/11")
_OWN_LABEL = (
    r"(?:Vorlagen?(?:-|\s)?Nr\.?|Vorlagennummer|Drucksachennummer|Vorlage|Drucksachen?(?:-|\s)?Nr\.?|Drucksache|DS(?:-Nr\.?)?|"
    r"Niederschrifts?-Nr\.?|ANTRAG|Antrag\s+Nr\.?|Sitzungsvorlage|StR-Antrag|BA-Antrag"
    r"|VORLAGE|DRUCKSACHE|SITZUNGSVORLAGE|BESCHLUSSVORLAGE)"
)
# minutes numbered after their type word, in capitals or not, by number and year:
# "ERGEBNISNIEDERSCHRIFT NR. 4/2018" (a meeting's count alone, "Protokoll Nr. 08", numbers no paper)
_MINUTES_OWN_RE = re.compile(
    r"(?m)^[ \t*|#>_]*(?:[A-ZÄÖÜ]*(?:NIEDERSCHRIFT|PROTOKOLL)[ \t]+NR\.|(?:[A-ZÄÖÜ][a-zäöüß]+)?(?:[Nn]iederschrift"
    r"|[Pp]rotokoll)[ \t]+Nr\.)[ \t]*(?P<ref>\d{1,4}/(?:19|20)?\d{2})" + _END)
_OWN_INLINE_RE = re.compile(
    r"(?m)^[\s*|#>_]*" + _OWN_LABEL + r"\s*[:.\-–|]?\s*(?:Nr\.\s*:?\s*)?(?:\d{1,2}\.\d{1,2}\.\d{2,4}\s+)?("
    + _SHAPE_ANY + r")" + _END
)
# a paper of a page listing several, its number and subject opening a line: "DS 062a/2016 Änderungsantrag ..."
_LISTED_PAPER_RE = re.compile(
    r"(?m)^[ \t]*" + _OWN_LABEL + r"[ \t]*(?:Nr\.[ \t]*)?(" + _SHAPE_LISTED + r")[ \t]+[A-ZÄÖÜ„\"][^\n]{3,}$")
# a paper's number alone on its line, its type's abbreviation before it or not: a meeting's page
# prints each item's paper so under the item (SessionNet si0057: "Beschluss: ungeändert beschlossen" /
# "DS0189/13" / "Ö 5.3 ..."); several of them are the items' papers, none the page's own
_PAPER_LINE_RE = re.compile(r"(?m)^[ \t]*(?:" + _OWN_LABEL + r")?[ \t]*(?:Nr\.[ \t]*)?(" + _SHAPE_DISTINCT + r")[ \t]*$")
# "Vorlagen-Nr. 08.02.2017 72/2017" inside a flattened header line
_OWN_FLAT_RE = re.compile(
    r"(?:Vorlagen?-Nr\.|Drucksachen?-Nr\.|Niederschrifts?-Nr\.|Beschluss-N[Rr]\.?:)\s*(?:\d{1,2}\.\d{1,2}\.\d{2,4}\s+)?(" + _SHAPE_ANY + r")" + _END
)
# the field of a form whose text runs its fields together into one paragraph: "Zu TOP:___ Drucksache:
# WP8158/2013 1. Ergänzung ..." (a field's label, not a phrase's noun: "ÄNDERUNGSANTRAG zur Vorlage: KT II/29/2018")
# a label that is the object of a phrase, after a preposition, an article or a pointer ("Der Antrag
# der CDU-Fraktion zur Drucksache-Nr. 246/2019 betr. ...", "vgl. Vorlagen-Nr. 12/2020"), cites the paper
_PHRASE_WORD_BEFORE = re.compile(
    r"(?<![\w-])(?:zur|zum|zu|der|die|das|den|dem|des|mit|in|im|aus|auf|nach|von|vom|laut|lt\.|gemäß|gem\.|vgl\."
    r"|vergl\.|siehe|s\.|und|sowie|bzw\.|oder)[ \t]+$")
_FORM_FIELD_RE = re.compile(r"(?:Drucksache|Vorlage):\s*(" + _SHAPE_ANY + r")" + _END)
_PHRASE_BEFORE = re.compile(r"[\w-]$|[a-zäöüß] $")


def _form_field_reference(head: str) -> str | None:
    for m in _FORM_FIELD_RE.finditer(head):
        if not _PHRASE_BEFORE.search(head, max(0, m.start() - 2), m.start()) and _plausible(m.group(1), True):
            return clean_reference(m.group(1))
    return None


# a portal page's heading "<paper type> - <its number>" on a line of its own (ALLRIS vo020):
# "Beschlussvorlage - VO/2014/0718-20", "BESCHLUSSVORLAGE - GBIII/808/2022-2"
# an office may print its papers' numbers with the abbreviation of their type after a space
# (ALLRIS 4 of St. Ingbert: "Beschlussvorlage - 2023/0830 BV", "(Vorlage 2023/0794 INFO)",
# "<Sportstätte Mühlwald> (2023/0905 BV)"): the abbreviation is part of the number as printed
_TYPE_CODE = r"[ ](?:BV|MV|IV|INFO|AN|AF|ÄA)(?=[ \t]*(?:\n|$|[)\].,;:]))"
_TYPE_CODE_RE = re.compile(_TYPE_CODE)
_TYPE_DASH_RE = re.compile(
    r"(?m)^[ \t]*(?=[A-ZÄÖÜ])[\wäöüßÄÖÜ-]*?(?i:vorlage|antrag|anfrage|drucksache|mitteilung)[ \t]+[-–][ \t]+"
    r"(?P<ref>[\w/.-]*\d[\w/.-]*(?:" + _TYPE_CODE + r")?)[ \t]*$")
# SessionNet's vo0050 fields as text, each label on a line above its value: the
# line under "Vorlage" is the number as printed, whatever its shape, when the
# next field's label follows it: "Vorlage" / "WP 04-09 SV 20/007" / "Aktenzeichen"
_STACKED_OWN_RE = re.compile(
    r"(?m)^[ \t]*Vorlage[ \t]*\n[ \t]*(?=[^\n]*\d)(?P<ref>[A-Z0-9][A-Za-z0-9/.-]*(?:[ ][A-Za-z0-9/.-]+){0,4})[ \t]*\n"
    r"[ \t]*(?:Art|Aktenzeichen|Status|Datum|Federführend|Bezüglich)[ \t]*$")
# running page header "Drucksache 72/2017 Seite - 2"
_RUNNING_RE = re.compile(
    r"(?:Drucksache|Vorlage|Vorlagen-Nr\.|Vorlage-Nr\.)\s*(?:Nr\.?\s*)?(" + _SHAPE_ANY + r")\s+Seite"
)
_EMPTY_LABEL_RE = re.compile(
    r"(?m)^[ \t]*(?:Vorlagen?(?:-|\s)?Nr\.?|Drucksachen?(?:-|\s)?Nr\.?|Niederschrifts?-Nr\.?|Antrag\s*Nr\.?"
    r"|Vorlage\s*:)\s*:?[ \t]*$")
# a Drucksache's head prints its number and the day it was issued on one line, the
# label run into the number or not: "2016-21/DS-I(A)0144Ausgegeben am 18.01.2017"
_ISSUED_NUMBER_RE = re.compile(
    r"(?m)^[ \t]*(?P<ref>(?=[^\s]*[/-])[A-Z0-9][\w/().-]*?\d[\w/().]*)[ \t]*Ausgegeben[ \t]+am[ \t]+\d")
_LABEL_LINE_RE = re.compile(r"^[\w .\-/()]{1,30}:\s*$")
_DATE_RE = re.compile(r"^\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}$")

_HEAD_CHARS = 3000
_MINUTES_RE = re.compile(r"\b(?:NIEDERSCHRIFT|Niederschrift|Protokoll|PROTOKOLL|Wortprotokoll|Auszug)\b")


def clean_reference(s: str) -> str:
    """Paper number as printed, spaces around '/' removed."""
    return re.sub(r"\s*/\s*", "/", s.strip())


def _is_year_range(ref: str) -> bool:
    parts = ref.split("/")
    if len(parts) < 2 or not all(p.isdigit() for p in parts):
        return False
    years = [int(p) for p in parts]
    if not 1900 <= years[0] <= 2100:
        return False
    for prev, nxt in zip(years, years[1:]):
        full = nxt if nxt >= 100 else (prev // 100) * 100 + nxt
        if not 0 < full - prev <= 2:
            return False
    return True


def _plausible(ref: str, cued: bool) -> bool:
    if _is_year_range(ref):
        return False
    if not cued and re.fullmatch(r"\d{1,4}/\d{4}", ref):
        # a bare n/yyyy needs a plausible year
        year = int(ref.split("/")[1])
        if not 1990 <= year <= 2099 and not ref.startswith(("19", "20")):
            return False
    if re.fullmatch(r"\d{1,5}", ref) and int(ref) == 0:
        return False
    if not _SHAPE_LISTED_RE.fullmatch(ref):
        return _lettered_plausible(ref)
    return True


def _lettered_plausible(ref: str) -> bool:
    """A number of the general lettered shape: office letters are short
    (at most five in a run), the number has three digits or more, and a single
    letter or two before one number is a road, a postcode or a grid cell
    ("B-51", "D-66629"), not a paper."""
    if any(len(run) > 5 for run in re.findall(r"[A-Za-z]+", ref)):
        return False
    if sum(c.isdigit() for c in ref) < 3:
        return False
    return not re.fullmatch(r"[A-Za-z]{1,2}-\d{1,5}", ref)


def _block_reference(text: str) -> str | None:
    """A ``Vorlage Nr.:`` label whose value stands in a value block below.

    Labels (Termin:, Vorlage Nr.:, TOP:, Verantwortlich:) and their values can
    be printed as two separate blocks; the dates and the public/office values
    are recognisable, the remaining values follow the order of the labels.
    """
    m = _EMPTY_LABEL_RE.search(text[:_HEAD_CHARS])
    if not m:
        return None
    lines = text[m.end():].split("\n")[:25]
    labels_after = 0  # untyped labels following "Vorlage Nr.:" (TOP:)
    values: list[str] = []
    in_labels = True
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if _LABEL_LINE_RE.match(line):
            if not in_labels:
                break
            if re.match(r"TOP\b", line):
                labels_after += 1
            continue
        in_labels = False
        if re.match(r"(?i)(nicht)?\s*öffentlich|Dez(\.|ernat)|Fachbereich|Amt\b", line):
            break
        if _DATE_RE.match(line) or len(re.findall(r"[A-Za-zÄÖÜäöü]{3,}", line)) >= 2:
            continue  # the date and the committee values of the same block
        values.append(line)
        if len(values) > 4:
            break
    if not values:
        return None
    if len(values) >= labels_after + 1:
        first = values[0]
        if re.fullmatch(_SHAPE_ANY, first) or re.fullmatch(r"\d{1,5}\s?/\s?\w{1,6}", first):
            return clean_reference(first)
        return None
    values = [v for v in values if re.fullmatch(_SHAPE_ANY, v) or re.fullmatch(r"\d{1,5}\s?/\s?\w{1,6}", v)]
    if not values:
        return None
    # fewer values than labels: the number is missing unless it looks like one
    return clean_reference(values[0]) if "/" in values[0] else None


_LISTING_RE = re.compile(r"(?m)^[ \t]*(?:Tagesordnung\b|Punkt\s+\d[\d.]*\s*:)")


def _unspaced(text: str) -> str:
    """Letter-spaced headings set as words: "T a g e s o r d n u n g"."""
    return _LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)


_LETTER_SPACED = re.compile(r"(?<![\wÄÖÜ])[A-ZÄÖÜ] (?:[A-ZÄÖÜa-zäöüß] ){3,}[A-ZÄÖÜa-zäöüß](?![\wäöüß])")


# "Vorlage: 2014/0254" anywhere in the text, searched from "Vorlage:" with
# the guard checked where it starts (extract.entities.Rule)
_LISTED_RULE = Rule(r"(?<![\w-])Vorlage:\s*(" + _SHAPE_ANY + r")" + _END)


def own_reference(text: str) -> str | None:
    head = _unspaced(text[:_HEAD_CHARS])
    listing = _LISTING_RE.search(head)
    if listing:
        # numbers under an agenda heading belong to the items listed
        head = head[: listing.start()]
    listed = {clean_reference(m.group(1)) for m in _LISTED_RULE.finditer(text)}
    if len(listed) > 1:
        # an agenda or minutes listing several papers: none of them is its own
        return None
    if len({clean_reference(m.group(1)) for m in _LISTED_PAPER_RE.finditer(head)}) > 1:
        return None  # a page of several papers, each a number and its subject ("DS 117/2016 Wilhelm-...")
    m = _ISSUED_NUMBER_RE.search(head) if "Ausgegeben" in head else None
    if m:
        return m.group("ref")
    m = _OWN_INLINE_RE.search(head)
    if m and _plausible(m.group(1), True):
        if len({clean_reference(p.group(1)) for p in _PAPER_LINE_RE.finditer(head)}) > 1:
            return None
        return clean_reference(m.group(1))
    m = _MINUTES_OWN_RE.search(head)
    if m:
        return m.group("ref")
    m = _STACKED_OWN_RE.search(head)
    if m:
        return clean_reference(m.group("ref"))
    headings = {m.group("ref") for m in _TYPE_DASH_RE.finditer(head)}
    if len(headings) == 1:
        # (several are the papers of an agenda: "4. ..." / "Beschlussvorlage - 6/2012")
        return headings.pop()
    ref = _block_reference(text)
    if ref:
        return ref
    m = _OWN_FLAT_RE.search(head)
    if (m and _plausible(m.group(1), True) and not _column_label(head, m)
            and not _PHRASE_WORD_BEFORE.search(head, max(0, m.start() - 12), m.start())):
        return clean_reference(m.group(1))
    ref = _form_field_reference(head)
    if ref:
        return ref
    running = [clean_reference(x) for x in _RUNNING_RE.findall(text)]
    if running:
        return max(set(running), key=running.count)
    return None


def _column_label(text: str, m: re.Match) -> bool:
    """The label of ``m`` ends a line after other text, its value lines below:
    the head of an agenda's number column ("A) Öffentlicher Teil Vorlagen-Nr."
    over "1 Eröffnung ..."), not the paper's own field."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    return "\n" in text[m.start():m.start(1)] and bool(text[line_start:m.start()].strip())


def _minutes_reference(text: str, own: str | None, cited: list[str]) -> str | None:
    """A minutes excerpt about one paper takes that paper's number."""
    head = text[:600]
    if own or not _MINUTES_RE.search(head):
        return own
    labelled = re.findall(r"(?m)^[ \t]*Vorlage:\s*(" + _SHAPE_ANY + r")" + _END, text)
    labelled = {clean_reference(x) for x in labelled}
    if len(labelled) == 1:
        return labelled.pop()
    if re.search(r"(?m)^\s*Auszug\b", head) and not labelled:
        # an agenda item excerpt: "22-0621 Geparkte Kfz auf dem Marktplatz Blankenese"
        items = {clean_reference(x) for x in re.findall(
            r"(?m)^[ \t]*(" + _SHAPE_ANY + r")[ \t]+[A-ZÄÖÜ][\wäöüß-]+[ \t]", text[:4000])
            if not re.fullmatch(r"\d{1,5}", x)}
        if len(items) == 1:
            return items.pop()
        paper = _paper_of_extract(text)
        if paper:
            return paper
    m = _MINUTES_NUMBER_RE.search(head)
    return clean_reference(m.group("ref")) if m else None


# minutes that number themselves at the end of a heading line, set off by a dash
# (the clerk's initials may follow): "(Gemeindezentrum, Hofweg 2) - Nr. 2/2006, wi -",
# "Stadtrat Baunach  —  B-SR/01/2023"
_MINUTES_NUMBER_RE = re.compile(
    r"(?m)[ \t][-–—][ \t]*(?:Nr\.[ \t]*)?(?P<ref>[A-Za-z0-9][\w-]*/[\w/-]*\d)"
    r"(?:,[ \t]*[a-zäöü]{1,4}\.?)?(?:[ \t]+[-–—])?[ \t]*$")


_EXTRACT_HEADING_RE = re.compile(r"[ \t]*Auszug[ \t]+[-–][ \t]+(?P<subject>\S[^\n]*?)[ \t]*(?:\n|$)")


def _paper_of_extract(text: str) -> str | None:
    """ALLRIS's agenda-item page ("Auszug - <subject>") prints the item's paper
    as its number followed by the same subject, whatever the number's shape:
    "SG/2017/006 Erlass einer Haushaltssatzung ..." under the item's fields."""
    first = next((line for line in text[:600].split("\n") if line.strip()), "")
    m = _EXTRACT_HEADING_RE.match(first)
    if not m:
        return None
    line = re.search(r"(?m)^[ \t]*(?P<ref>[\w/.-]*\d[\w/.-]*)[ \t]+" + re.escape(m.group("subject"))
                     + r"[ \t]*$", text[:_HEAD_CHARS])
    return clean_reference(line.group("ref")) if line else None


# a sentence near the top whose subject is a paper by its number: "Die Vorlage
# XIX-0365/2023 wird zur Beratung in die Fraktionen verwiesen.", "Die
# Verwaltungsvorlage VO/089/2022 liegt vor.", "... einverstanden. Die
# Sitzungsvorlage Nr. 138 braucht daher noch nicht ... behandelt zu werden."
# or the minutes say the item was dealt with as the paper sets out: "trug den Sachverhalt
# gemäß Vorlage V-KA/18/480 vor", "beschließt laut Drucksache 12/2020", or that the chair
# referred to it: "Die Ausschussvorsitzende verweist auf die Beschlussvorlage 22/1182",
# or that the item's motion and reasons stand in it: "Antrag und Begründung ergeben sich aus der
# Stadtverordneten-Drucksache Nr. 126/2006", or that the matter resolved is attached to it:
# "die Umstufungsvereinbarung, die der Sitzungsvorlage Nr. 008/2010 ST vom 02.02.2010 als
# Anlage beigefügt ist"; a code of capitals between the number and its date stays with it
_SUBJECT_PAPER_RE = re.compile(
    r"(?m)(?:(?:^[ \t]*|(?<=[a-zäöüß\d)][.!?])[ \t]+)(?:Die|Der)[ \t]+\w*(?:[Vv]orlage|[Dd]rucksache|[Aa]ntrag)"
    r"|\b(?:gemäß|laut|lt\.)[ \t]+(?:der[ \t]+)?\w*(?:[Vv]orlage|[Dd]rucksache)"
    r"|\b(?:verweist|verweisen|verwies|bezieht[ \t]+sich|nimmt[ \t]+Bezug)[ \t]+auf[ \t]+(?:die|den|das)[ \t]+"
    r"\w*(?:[Vv]orlage|[Dd]rucksache)"
    r"|\b(?:ergeben|ergibt)[ \t]+sich[ \t]+aus[ \t]+(?:der|dem)[ \t]+(?:\w+-)?\w*(?:[Vv]orlage|[Dd]rucksache)"
    r"|\b(?:die|das|der)[ \t]+(?:der|dem)[ \t]+\w*(?:[Vv]orlage|[Dd]rucksache))"
    r"[ \t]+(?:Nr\.[ \t]*)?("
    + _SHAPE_ANY + r")" + _END + r"(?P<code>[ ][A-Z]{2,3}(?=[ \t]+vom[ \t]))?")
_ITEM_HEAD_CHARS = 1500


def _item_paper(text: str, cited: list[str]) -> str | None:
    """A page that prints no number of its own (SessionNet's agenda-item
    text: "Beschluss: ..." over the resolution) takes as its number the one
    paper it names, where a sentence near its top has that paper as its
    subject; a page naming two papers or more is about no single one. A
    plain integer ("Sitzungsvorlage Nr. 138") counts where no other number
    is named."""
    head = text[:_ITEM_HEAD_CHARS]
    if len(cited) > 1 or not cited and "orlage" not in head and "rucksache" not in head:
        return None
    for m in _SUBJECT_PAPER_RE.finditer(head):
        ref = clean_reference(m.group(1))
        if ref in cited or not cited and re.fullmatch(r"\d{3,5}", ref) and int(ref):
            return ref + (m.group("code") or "")
    return None


# the further numbers of a list after a cue: "Sitzungsvorlagen SV-8-0802, SV-8-0801 und SV-8-0770/1"
_LISTED_NEXT_RE = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+(?:und|sowie|bzw\.|oder)[ \t]+)(" + _SHAPE_ANY + r")" + _END)


def _listed_after(text: str, m: re.Match):
    """The numbers listed after the cued one of ``m`` (not bare integers)."""
    pos = m.end(1)
    while True:
        nxt = _LISTED_NEXT_RE.match(text, pos)
        if not nxt or re.fullmatch(r"\d{1,5}", nxt.group(1)):
            return
        yield nxt
        pos = nxt.end(1)


def cited_references(text: str) -> list[str]:
    found: dict[str, tuple[int, int]] = {}
    for m in _cue_matches(text):
        ref = clean_reference(m.group(1))
        if _plausible(ref, True) and not re.fullmatch(r"\d{1,5}", ref) or _cued_integer(m):
            found.setdefault(ref, m.span(1))
            for listed in _listed_after(text, m):
                if _plausible(clean_reference(listed.group(1)), True):
                    found.setdefault(clean_reference(listed.group(1)), listed.span(1))
    for m in _TABLE_CELL_RE.finditer(text):
        found.setdefault(clean_reference(m.group(1)), m.span(1))
    for m in _distinct_matches(text):
        ref = clean_reference(m.group(1))
        if _plausible(ref, False) and not _in_date_or_amount(text, m) and not _session_number(text, m):
            found.setdefault(ref, m.span(1))
    for ref, pos in _column_cells(text):
        if ref not in found or pos < found[ref][0]:
            found[ref] = (pos, pos + len(ref))
    found = _with_type_codes(text, found)
    found = _with_type_prefixes(text, found)
    # the tail of a longer number found at the same place ("II/29/2018" of "KT II/29/2018") is no paper of its own
    spans = list(found.values())
    found = {ref: span for ref, span in found.items()
             if not any(o != span and o[0] <= span[0] and span[1] <= o[1] for o in spans)}
    return sorted(found, key=lambda ref: found[ref][0])


def _with_type_codes(text: str, found: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """The numbers followed by the abbreviation of a paper type, with it ("2023/0794 INFO")."""
    out: dict[str, tuple[int, int]] = {}
    for ref, (start, end) in found.items():
        code = _TYPE_CODE_RE.match(text, end)
        if code:
            ref, end = ref + code.group(0), code.end()
        out.setdefault(ref, (start, end))
    return out


# the abbreviation of a paper's type printed before its number, the two alone on a line or in a
# table cell, as an agenda's document column prints them (SessionNet: "kAF 0036/2014" a kleine
# Anfrage, "gAF 0001/2014" a große Anfrage): part of the number as printed; the labels of a
# number ("Nr", "DS", "TOP", "Az") are not
_TYPE_PREFIX_RE = re.compile(r"[ \t|]*(?P<code>(?=[a-z]{0,3}[A-Z])[A-Za-z]{1,4})[ ]$")
_NUMBER_LABELS = {"Nr", "NR", "Nro", "DS", "Drs", "TOP", "Top", "Az", "AZ"}


def _with_type_prefixes(text: str, found: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """The numbers whose cell or line opens with the abbreviation of a paper type, with it."""
    out: dict[str, tuple[int, int]] = {}
    for ref, (start, end) in found.items():
        line_start = text.rfind("\n", 0, start) + 1
        m = _TYPE_PREFIX_RE.fullmatch(text, line_start, start) if start - line_start <= 12 else None
        line_end = text.find("\n", end)
        rest = text[end: line_end if line_end != -1 else len(text)]
        if m and m.group("code") not in _NUMBER_LABELS and not rest.strip(" \t|\u00a0"):
            ref, start = m.group("code") + " " + ref, m.start("code")
        out.setdefault(ref, (start, end))
    return out


# labels of a page's header whose number is another paper's or no paper's
_OTHER_NUMBER_LABEL = re.compile(r"(?i)referenz|bezug|ursprung|datum|top\b|aktenzeichen|az\b|sitzung")


def _numbered_field(fields: dict) -> str | None:
    """The first header field of a portal page whose value is a paper number
    and nothing else, whatever its label ("Name: A-R/0051/2011" in SessionNet's
    old layout, "Nummer:", "Vorgang:"): a page states its own number first."""
    for key, value in fields.items():
        value = str(value or "").strip()
        if _OTHER_NUMBER_LABEL.search(str(key)) or not re.fullmatch(_SHAPE_DISTINCT, value):
            continue
        if _plausible(clean_reference(value), True):
            return clean_reference(value)
    return None


# the value of a portal's meeting field, its date and the meeting's number:
# "Sitzung:27.11.2012   MGR/011/2012", "Sitzung: 12.03.2019 GR/003/2019"
_SESSION_LABEL = re.compile(r"[ \t]*Sitzung[ \t]*:[ \t]*(?:\d{1,2}\.\d{1,2}\.\d{2,4}[ \t]*)?$")


# a meeting page's label printed over its value, the meeting's number: "Sitzung" / "StVV/013/2025"
_SESSION_LABEL_ABOVE = re.compile(r"[ \t]*(?:Sitzung|Sitzungsnummer|Sitzungs-Nr\.)[ \t]*:?[ \t]*")


def _under_session_label(text: str, start: int) -> bool:
    """The number at ``start`` opens its line under a meeting's label alone on
    the line above: "Sitzung" / "StVV/013/2025" (a meeting page's stacked fields)."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() or line_start < 2:
        return False
    return bool(_SESSION_LABEL_ABOVE.fullmatch(text, text.rfind("\n", 0, line_start - 1) + 1, line_start - 1))


def _session_number(text: str, m: re.Match) -> bool:
    """A meeting's own number in parentheses after its name: "25. Sitzung des
    Betriebsausschusses ... (ISF/025/2012)", "des Ortschaftsrates Langebrück
    (OSR LB/037/2012)", or as the value of a "Sitzung:" field: no paper."""
    line_start = text.rfind("\n", 0, m.start(1)) + 1
    line = text[line_start: m.start(1)]
    if _SESSION_LABEL.match(line):
        return True
    if _under_session_label(text, m.start(1)):
        return True
    before = text[max(0, m.start(1) - 12): m.start(1)]
    if not re.search(r"\(\s*(?:[A-Z]{1,4}\s)?$", before) or not re.match(r"\s*\)", text[m.end(1):]):
        return False
    line_start = text.rfind("\n", 0, text.rfind("\n", 0, m.start(1)))  # this line and the one before
    context = text[line_start + 1: m.start(1)]
    return bool(re.search(r"\bSitzung\s+(?:des|der)\b|\b(?:des|der)\s+\w*(?:ausschusses|rates|rats|beirates)\b",
                          context))


def _cued_integer(m: re.Match) -> bool:
    """A plain integer counts only directly after 'Vorlage'/'Drucksache'."""
    ref = m.group(1)
    if not re.fullmatch(r"\d{1,5}", ref):
        return False
    cue = m.group(0)[: m.start(1) - m.start(0)]
    return bool(re.match(r"(Vorlage|Drucksache)\b", cue)) and int(ref) > 0 and len(ref) >= 3


def _in_date_or_amount(text: str, m: re.Match) -> bool:
    before = text[max(0, m.start(1) - 12): m.start(1)]
    after = text[m.end(1): m.end(1) + 6]
    if re.search(r"(Tel|Fax|Telefon)\.?\s*[\d /-]*$", before):
        return True
    if re.search(r"(?i)\b(HH|DHH|THH|Haushalt\w*|Jahre?|kw|KW)\s*$", before):
        return True
    return bool(re.match(r"\s*(€|EUR|Euro|%)", after))


# PARLIS (Frankfurt am Main) numbers a paper by its type letter and a number,
# the header naming the letter ("Vorlagentyp: B"): "B 194", "M 80/2013", "M 107"
_TYPE_LETTER_RE = re.compile(r"(?m)^[ \t]*Vorlagentyp:[ \t]*([A-Z]{1,2})[ \t]*$")
_LETTERED_RE = re.compile(r"(?<![\w.§-])([A-Z]{1,2})\s(\d{1,5})(/(?:19|20)\d{2})?(?![\w/]|[.,]\d)")


def _lettered_own(text: str, letter: str) -> str | None:
    """The paper's own "B 194" (letter and number may be split by a line break)."""
    for m in _LETTERED_RE.finditer(text[:_HEAD_CHARS]):
        if m.group(1) == letter:
            return f"{letter} {m.group(2)}" + (m.group(3) or "")
    return None


def _lettered_cited(text: str) -> list[str]:
    """Other papers cited by letter and number; a number cited without its
    year where it is also cited with one ("(M 81)" beside "M 81/2013") is the same paper."""
    found = [f"{m.group(1)} {m.group(2)}" + (m.group(3) or "") for m in _LETTERED_RE.finditer(text)
             if "\n" not in m.group(0)]
    with_year = {f.split("/")[0] for f in found if "/" in f}
    out: list[str] = []
    for f in found:
        if f not in out and ("/" in f or f not in with_year):
            out.append(f)
    return out


_COLUMN_LABEL_RE = re.compile(
    r"(?m)^[ \t]*(?:Vorlagen?(?:-|\s)?Nr\.?|Drucksachen?(?:-|\s)?Nr\.?)[ \t]*:?[ \t]*$")
_NUMBER_TOKEN_RE = re.compile(r"(?:" + _SHAPE_ANY + r")" + _END)


def _label_column(text: str) -> list[str]:
    """The numbers of an agenda table's "Vorlage Nr." column whose cells text
    extraction ran together under the heading: "Vorlage Nr." / "0702/13" /
    "0416/12 0739/13 0731/13" (empty unless the label heads two numbers or more)."""
    for m in _COLUMN_LABEL_RE.finditer(text[:2 * _HEAD_CHARS]):
        numbers: list[str] = []
        for line in text[m.end():m.end() + 600].split("\n")[1:]:
            tokens = line.split()
            if not tokens:
                if numbers:
                    break
                continue
            if not all(_NUMBER_TOKEN_RE.fullmatch(t) and not t.isdigit() for t in tokens):
                break
            numbers.extend(clean_reference(t) for t in tokens)
        if len(numbers) >= 2:
            return numbers
    return []


# a number alone in a table cell ("| FB1-108/23 |") or on a line of its own
# ("GuS/2013/028", "BV-SR47-05-2014001 ff."), as an agenda's number column prints it
_CELL_TOKEN_RE = re.compile(r"(" + _SHAPE_ANY + r")" + _END + r"(?:[ \t]+ff?\.)?")
_CELL_MAX = 40


def _cells(text: str):
    """(cell, start) of each short table cell or line holding a digit and a "/" or "-"."""
    pos = 0
    for line in text.split("\n"):
        if ("/" in line or "-" in line) and (len(line) <= _CELL_MAX or "|" in line):
            start = pos
            for part in line.split("|"):
                cell = part.strip()
                if cell and len(cell) <= _CELL_MAX and ("/" in cell or "-" in cell):
                    yield cell, start + part.find(cell)
                start += len(part) + 1
        pos += len(line) + 1


# a table's header row naming its number column last: "TOP   Betreff Vorlage"
_NUMBER_COLUMN_HEAD_RE = re.compile(r"(?m)(?:Vorlage|Drucksache|DS-Nr)(?:n?-?Nr\.?)?[ \t|]*$")


def _number_column_head(text: str) -> int | None:
    """Where the first such header row ends, if any."""
    for m in _NUMBER_COLUMN_HEAD_RE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start:m.start()]
        if before.strip(" \t|") and before[-1:] in (" ", "\t", "|"):
            return m.end()
    return None


_ISO_DATE_RE = re.compile(r"(?:19|20)\d{2}-\d{2}-\d{2}")


def _shape(ref: str) -> str:
    """The shape of a number: its runs of letters and of digits each one mark ("FB1-108/23" -> "A9-9/9")."""
    return re.sub(r"[A-Za-z]+", "A", re.sub(r"\d+", "9", ref))


# the opening of a resolution's text: the deciding body as its subject
# ("Der Gemeinderat der Gemeinde Großschönau beschließt ...", "Der Stadtrat stimmt ... zu")
_RESOLUTION_OPENING_RE = re.compile(
    r"[ \t]*(?:Der|Die|Das)[ \t]+(?:[\w-]+[ \t]+){0,2}?[\w-]*(?:rat|ausschuss|tag|versammlung|vertretung)"
    r"[ \t]+(?:de[rs][ \t]+\w+[ \t]+\w+[ \t]+)?[a-zäöü]")


_SPACE_RE = re.compile(r"\s*")


def _heads_resolution(text: str, start: int, length: int) -> bool:
    """The number at ``start`` stands alone on its line over a paragraph in
    which the deciding body resolves: it numbers that resolution (a page of a
    council's resolutions, "72/12/2012" / "Der Gemeinderat ... beschließt"),
    not a paper."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if line_end < 0 or text[line_start:start].strip() or text[start + length:line_end].strip():
        return False
    return bool(_RESOLUTION_OPENING_RE.match(text, _SPACE_RE.match(text, line_end).end()))


def _column_cells(text: str) -> list[tuple[str, int]]:
    """Numbers standing alone in a table cell or a line where the text marks
    such cells as paper numbers: two cells or more of the same shape (a column
    of numbers), or any cell below a header row whose last column is
    "Vorlage"/"Drucksache". A number must carry a "/" or "-" (dates, item
    numbers and budget lines in dots are not taken)."""
    cells = []
    for cell, start in _cells(text):
        m = _CELL_TOKEN_RE.fullmatch(cell)
        if not m:
            continue
        ref = clean_reference(m.group(1))
        if not re.search(r"\d[^\s]*[/-]|[/-][^\s]*\d", ref) or _ISO_DATE_RE.fullmatch(ref):
            continue
        if "\n" in m.group(1) or re.fullmatch(r"\d{1,5}", ref) or not _plausible(ref, False):
            continue
        if _under_session_label(text, start):
            continue  # the meeting's own number, no paper
        if _heads_resolution(text, start, len(cell)):
            continue  # a resolution's own number in a list of resolutions
        if not _SHAPE_LISTED_RE.fullmatch(ref) and not re.match(r"[A-Za-z]", ref) and "/" not in ref:
            # a lettered number opens with its office's letters or has a "/"
            # before its year: "1-1-03K" numbers an investment in a budget table
            continue
        cells.append((ref, start))
    if not cells:
        return []
    shapes = [_shape(ref) for ref, _ in cells]
    head = _number_column_head(text) if any(shapes.count(shape) < 2 for shape in shapes) else None
    return [(ref, pos) for (ref, pos), shape in zip(cells, shapes)
            if shapes.count(shape) >= 2 or (head is not None and head < pos)]


def _comparable(ref: str) -> str:
    """A number as compared with another: without spaces, case or the leading
    zeros of its parts ("Beschluss:84/20/2007" of the paper "084/20/2007")."""
    return re.sub(r"(?<!\d)0+(?=\d)", "", ref.replace(" ", "").lower())


def find_references(doc) -> dict:
    """Return ``{"reference": str|None, "cited_references": [str, ...]}``."""
    text = doc.text
    own = None
    fields = getattr(doc, "fields", None) or {}
    for key, value in fields.items():
        if re.match(r"(?i)(vorlagen?|drucksachen?)[-\s]?(nr|nummer)", key) and value:
            own = clean_reference(str(value))
            break
        # a portal's header names the paper by its kind: "Antrag: 2026/245"
        if re.fullmatch(r"(?i)vorlage|drucksache|antrag|anfrage|mitteilung", key) \
                and re.fullmatch(r"[\w/.-]*\d[\w/.-]*", str(value).strip()):
            own = clean_reference(str(value).strip())
            break
    if own is None:
        own = _numbered_field(fields)
    letter = _TYPE_LETTER_RE.search(text[:_HEAD_CHARS])
    if own is None and letter:
        own = _lettered_own(text, letter.group(1))
    if own is None:
        own = own_reference(text)
    cited = cited_references(text)
    if letter:
        cited += [c for c in _lettered_cited(text) if c not in cited]
    column = _label_column(text)
    if own in column:
        own = None  # the first cell of an agenda's number column
    cited += [c for c in column if c not in cited]
    own = _minutes_reference(text, own, cited)
    if own is None:
        own = _item_paper(text, cited)
    norm_own = _comparable(own or "")
    cited = [c for c in cited if _comparable(c) != norm_own and not (own or "").startswith(c + " ")]
    return {"reference": own, "cited_references": cited}
