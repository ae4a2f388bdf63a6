"""The header fields of a council paper: type, subject, municipality, own date
and originator.

Rule-based on the printed header: the type is the first type word that opens a
line near the top (``Beschlussvorlage``, ``ANTRAG``, ``1. Nachtrag``); the
subject is the ``Betreff``/``Betrifft``/``Thema`` value, the item title of a
minutes excerpt, the heading block of an invitation or minutes, or the lines
printed right above the Beratungsfolge table; the municipality comes from
``Stadt X`` / ``Bezirksamt X`` / a ``Kommune`` field; the paper's own date from
a ``Datum`` label, ``vom``/``Eingang`` next to the header, a ``Ort, den Datum``
line, the registry line at the end (``Hauptamt - ... - 29. November 2013``) or
a date standing alone in the letter head. A field the text does not state is
None.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extract import pattern_files
from extract.dates import find_dates, parse_date
from extract.document import document_dates
from extract.entities import Rule, opening_finditer
from extract.places import full_place_name, is_place, is_region
from extract.report_pages import ARTICLE_LENGTH, is_report_page
from extract.text import HYPHEN_KEPT_BEFORE

HEADER_CHARS = 4000   # the header is looked for in the first characters


HEAD_LINES = 45       # the type word must open one of the first lines

_MINUTES_TYPES = {"Niederschrift", "Protokoll", "Wortprotokoll"}
_HEADING_TYPES = _MINUTES_TYPES | {"Einladung", "Nachtrag", "Tagesordnung"}


@lru_cache(maxsize=1)
def _paper_types() -> list[tuple[str, str]]:
    """(word, type) pairs, longest word first."""
    rows = [(row["word"], row["type"]) for row in pattern_files.load("paper_types.jsonl")]
    return sorted(rows, key=lambda r: -len(r[0]))


def _clean(line: str) -> str:
    """A line without Markdown/HTML markup and surrounding space; a heading
    set in spaced capitals ("E I N L A D U N G") as one word."""
    # (each substitution only on a line holding what it replaces)
    if "<" in line:
        line = _TAG.sub(" ", line)
    if line[:1] in "#>" or line[0].isspace() or "**" in line or "__" in line:
        line = _MARKUP.sub("", line)
    line = _LETTER_SPACED.sub(_unspaced, line)
    if "  " in line or "\t" in line or "\u00a0" in line:
        line = _BLANKS.sub(" ", line)
    return line.strip()


_TAG = re.compile(r"<[^>]+>")
_MARKUP = re.compile(r"^[#>\s]+|\*\*|__")
_BLANKS = re.compile(r"[ \t\u00a0]+")


def _unspaced(m: re.Match) -> str:
    return m.group(0).replace(" ", "")


# a capital and four or more letters each set off by one space: a word set
# letter-spaced ("E I N L A D U N G", "N i e d e r s c h r i f t")
_LETTER_SPACED = re.compile(r"(?<![\wÄÖÜ])[A-ZÄÖÜ] (?:[A-ZÄÖÜa-zäöüß] ){3,}[A-ZÄÖÜa-zäöüß](?![\wäöüß])")


# the stamp a web archive sets before a page's first line, the month or day it holds the page from,
# and a news site's weather widget after it: " date 2024-01 Was der Beschluss ...", " date 2025-11-03 weather wolkig"
_ARCHIVE_STAMP = r"[ \t]*date[ \t]+(?:19|20)\d\d-\d\d(?:-\d\d)?(?:[ \t]+weather\b[^\n]*)?[ \t]*"
_ARCHIVE_STAMP_RE = re.compile(_ARCHIVE_STAMP)


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, cleaned text) of every line of the header region (the first
    without a web archive's stamp)."""
    out, pos = [], 0
    widget = False
    for raw in text[:HEADER_CHARS].split("\n"):
        stamp = _ARCHIVE_STAMP_RE.match(raw) if not pos and raw.startswith(" date ") else None
        if stamp:
            out.append((pos + stamp.end(), _clean(raw[stamp.end():])))
            widget = "weather" in stamp.group()
        elif widget and len(out) == 1 and _WIDGET_PLACE.fullmatch(raw):
            out.append((pos, ""))
        else:
            out.append((pos, _clean(raw)))
        pos += len(raw) + 1
    return out


# the place of the weather widget, on the line below it: "Magdeburg, Deutschland"
_WIDGET_PLACE = re.compile(r"[ \t]*[^,\n]{2,40},[ \t]*Deutschland[ \t]*")


def _join(parts: list[str]) -> str:
    """Lines joined with spaces; a word hyphenated at a line end is rejoined
    ("Bau-" before "und Umweltausschuss" keeps its hyphen)."""
    out = ""
    for p in parts:
        p = p.strip()
        if not p:
            continue
        if re.search(r"[a-zäöüß]-$", out) and re.match(r"[a-zäöüß]", p) and not HYPHEN_KEPT_BEFORE.match(p):
            out = out[:-1] + p
        else:
            out = (out + " " + p).strip()
    return out.strip()


# --- paper type -------------------------------------------------------------

# an article or pronoun before a type word opens a sentence about a paper
# ("Die Vorlage XIX-0365/2023 wird ... verwiesen"), not a heading naming one
_DETERMINER = r"(?:die|der|das|den|dem|des|diese[mnrs]?|eine[mnrs]?|jede[mnrs]?|keine[mnrs]?|welche[mnrs]?)"


@lru_cache(maxsize=1)
def _type_regex() -> re.Pattern:
    """One pattern for every type word (longest first), an adjective allowed
    before it: "Interfraktioneller Antrag", "öffentliche Vorlage"."""
    words = "|".join(re.escape(w) for w, _ in _paper_types())
    return re.compile(r"(?:(?!" + _DETERMINER + r"\s)[A-ZÄÖÜa-zäöü][a-zäöüß]+(?:er|e|es|en)\s+)?(?P<word>"
                      + words + r")(?![\wäöüß])", re.IGNORECASE)


# the number a gazette or a site gives a notice, set off from its heading by a bar:
# "35/2025 | Bekanntmachung von Beschlüssen ...", "Nr. 12/2024 | Öffentliche Bekanntmachung ..."
_NOTICE_NUMBER = re.compile(r"(?:Nr\.[ \t]*)?\d{1,4}/\d{2,4}[ \t]*\|[ \t]*")


def _type_at_line_start(line: str) -> tuple[str, str] | None:
    """(type, rest of line) if the line opens with a paper type word."""
    if "|" in line[:20]:
        number = _NOTICE_NUMBER.match(line)
        if number:
            line = line[number.end():]
    body = re.sub(r"^\d{1,2}\.\s*", "", line)  # "1. Nachtrag"
    m = _type_regex().match(body)
    if not m:
        return None
    if m.start("word") and body[:m.start("word")].lower().startswith(("folgend", "nachfolgend")):
        return None  # a sentence about papers it goes on to list: "Folgende Beschlüsse wurden gefasst:"
    rest = body[m.end():].strip()
    if len(body) < len(line) and rest and not re.match(r"(?:zur|zum)\s", rest):
        # a supplement's ordinal ("1. Nachtrag", "2. Nachtrag zur Tagesordnung"), not
        # an agenda item's number ("2. Bericht des Gemeindevorstandes Bürgermeister ...")
        return None
    word = m.group("word").lower()
    ptype = next(t for w, t in _paper_types() if w.lower() == word)
    return ptype, rest


# a type named by a compound of a record word, heading its page: "Kurzbericht über
# die Sitzung ...", "Kurzbericht von der öffentlichen Gemeinderatssitzung am ...", "Ergebnisprotokoll der 3. Sitzung ...", "Sitzungsniederschrift", or of a
# speech given at a meeting: "Haushaltsrede im Kreistag ..."
# (the word alone on its line or followed by the meeting it records)
_RECORD_COMPOUND = re.compile(
    r"(?P<word>[A-ZÄÖÜ][a-zäöüß]{2,}(?:bericht|protokoll|niederschrift|rede))"
    r"(?=[ \t]*$|[ \t]+(?:über|der|des|zur|zum|von|vom|am|aus|im|in)[ \t]"
    # (or the body that met, named right after the word: "Haushaltsrede Kreistag 05.03.2012")
    r"|[ \t]+[A-ZÄÖÜ][a-zäöüß]*(?:rat|tag|ausschuss|versammlung|vertretung)(?:e?s)?[ \t]+\d"
    # (or the budget year of a speech, and who gave it: "Haushaltsrede 2023", "Haushaltsrede 2018 der
    # Fraktion Freie Wähler")
    r"|(?<=rede)[ \t]+(?:19|20)\d\d(?:[ \t]*$|[ \t]+(?:der|des|von)[ \t]+[A-ZÄÖÜ]))")
# the rest of a speech's heading: its budget year, and who gave it
_SPEECH_YEAR = re.compile(r"(?:19|20)\d\d(?P<speaker>[ \t]+(?:der|des|von)[ \t]+[A-ZÄÖÜ].*)?")

# a type word in the plural heading a page that lists several papers for one
# meeting or body: "Anträge zur 17. Stadtratssitzung am 15.06.2016", "Anfragen zum Rat vom ...",
# "Anträge an den Gemeinderat"
_PLURAL_ENDINGS = (("antrag", "anträge"), ("ung", "ungen"), ("e", "en"), ("ll", "lle"),
                   ("ht", "hte"), ("ft", "ften"))


@lru_cache(maxsize=1)
def _plural_regex() -> re.Pattern:
    forms = {}
    for word, ptype in _paper_types():
        if " " in word:
            continue
        for end, plural in _PLURAL_ENDINGS:
            if word.lower().endswith(end):
                forms[word[:-len(end)] + plural] = ptype
                break
    words = "|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True))
    return re.compile(r"(?P<word>" + words + r")[ \t]+(?=(?:zur|zum|vom|für|aus|der|des|an[ \t]+(?:den|die|das))[ \t])",
                      re.IGNORECASE), forms


# minutes whose type word stood apart from their text (a picture, a heading the page's
# text leaves out) open with the rest of their heading: "über die Sitzung des
# Gemeinderates der Gemeinde Nalbach, am Donnerstag, dem 08.09.2022, ..."
_HEADLESS_MINUTES = re.compile(
    r"über[ \t]+die[ \t]+(?:\d{1,3}\.[ \t]*)?(?:[\wäöüß-]+[ \t]+){0,2}Sitzung\b[^\n]*$")


def _is_page_number(lines, i: int) -> bool:
    """Line ``i`` stands right below a page number alone on the page's first line."""
    filled = [line for _, line in lines[:i] if line]
    return len(filled) == 1 and re.fullmatch(r"-?[ \t]*\d{1,3}[ \t]*-?", filled[0]) is not None


# the record of a meeting named by any noun over it, on the page's first line:
# "Unterrichtung über die öffentliche Sitzung des ...", "Bericht über die 12. Sitzung des ..."
_RECORD_OF_MEETING = re.compile(r"(?P<word>[A-ZÄÖÜ][a-zäöüß]{4,})[ \t]+(?P<rest>" + _HEADLESS_MINUTES.pattern + ")")


def _heading_type(line: str, first: bool) -> tuple[str, str] | None:
    """(type, rest) of a heading that names its page by a compound record word
    or, on the page's first line, by a type word in the plural or by any
    noun over the meeting it records."""
    m = _RECORD_COMPOUND.match(line)
    if m:
        rest = line[m.end():].strip()
        # the record of a meeting, not a subject that opens with a report
        # ("Sachstandsbericht zur Teilnahme am Programm ...")
        if (_MEETING_WORD.search(rest) or (not rest and _is_minutes(m.group("word")))
                or m.group("word").endswith("rede") and _SPEECH_YEAR.fullmatch(rest)):
            return m.group("word"), rest
    if first:
        regex, forms = _plural_regex()
        m = regex.match(line)
        if m:
            word = m.group("word").lower()
            return next(t for w, t in forms.items() if w.lower() == word), line[m.end():].strip()
        m = _RECORD_OF_MEETING.match(line)
        if m and not line.endswith("."):
            return m.group("word"), m.group("rest").strip()
    return None


def _is_minutes(ptype: str | None) -> bool:
    """Minutes, also by a compound word: "Ergebnisprotokoll", "Sitzungsniederschrift"."""
    return bool(ptype) and (ptype in _MINUTES_TYPES or ptype.endswith(("protokoll", "niederschrift")))


# a statute's preamble names what the council enacts: "Aufgrund der §§ 11 und 12 des KSVG ... hat der
# Gemeinderat in seiner Sitzung am 12. Dezember 2024 folgende 1. Änderungssatzung beschlossen:"
_PREAMBLE = re.compile(r"(?m)^[ \t]*Auf[ \t]?[Gg]rund\b")
_STATUTE_ENACTED = re.compile(r"folgende[n]?\s+(?:\d{1,2}\.\s*)?(?P<word>Satzung|[A-ZÄÖÜ][\wäöüß-]*satzung)\b"
                              r"[^.:\n]{0,80}?\s(?:beschlossen|erlassen)\b")
_PREAMBLE_LINES = 12       # the preamble opens one of the first filled lines
_PREAMBLE_CHARS = 2000
_STATUTE_HEADING_LINES = 4


def _statute_enacted(text: str) -> tuple[int, re.Match] | None:
    """(start of the preamble, the match of the statute it enacts) of a
    statute's text whose preamble opens near its top."""
    if "atzung" not in text[:HEADER_CHARS]:
        return None
    m = _PREAMBLE.search(text, 0, HEADER_CHARS)
    if not m or len([line for line in text[:m.start()].splitlines() if line.strip()]) >= _PREAMBLE_LINES:
        return None
    # (the preamble's one sentence runs to its colon; the dates in it hold periods: "vom 27. Juni 1997")
    end = text.find("\n\n", m.end())
    enacted = _STATUTE_ENACTED.search(text, m.end(), min(end if end >= 0 else len(text), m.end() + _PREAMBLE_CHARS))
    return (m.start(), enacted) if enacted else None


def _type_of_statute(text: str) -> str | None:
    found = _statute_enacted(text)
    return found[1].group("word") if found else None


def _title_over_preamble(lines, type_line) -> str | None:
    """A statute's heading, the lines over its preamble ("Satzung" / "der Stadt
    Koblenz zum Bebauungsplan Nr. 336:" / "„Entwicklung Quartier Goldgrube“" /
    "Aufgrund ..."), up to the statute's name alone on its line, which is the
    page's type and no part of the title where no other type heads the page."""
    text = "\n".join(line for _, line in lines)
    found = _statute_enacted(text)
    if not found:
        return None
    at = text.count("\n", 0, found[0])
    parts = []
    for _, line in reversed(lines[:at]):
        if not line:
            continue
        if line == found[1].group("word") or len(parts) == _STATUTE_HEADING_LINES:
            if type_line is not None:
                parts.append(line)
            break
        parts.append(line)
    return _join(parts[::-1]) or None


def _type_in_request(text: str) -> str | None:
    """A type named inside a line: a flattened form's "öffentliche Vorlage",
    or a letter's request "wir bitten Sie, folgende Anfrage / folgenden
    Ergänzungsantrag auf die Tagesordnung ..."."""
    head = text[:HEADER_CHARS]
    for m in re.finditer(r"\b(?:(?P<following>(?:nach)?folgende[nr]?)|öffentliche|nichtöffentliche|nicht öffentliche)"
                         r"\s+(\w+)", head):
        hit = _type_at_line_start(m.group(2))
        # (a type word in the plural names the items a text lists: "folgende Beschlüsse gefasst")
        if not hit or hit[1] or _is_plural(m.group(2)):
            continue
        if not m.group("following") and _ARTICLE_BEFORE.search(head, max(0, m.start() - 8), m.start()):
            continue  # a sentence's noun phrase: "Vorschriften über ... die öffentliche Bekanntmachung der Satzung"
        if _DATED_OTHER.match(head, m.end()):
            continue  # another paper by its date: "Gegen die öffentliche Niederschrift vom 26.04.2022 ..."
        # "folgende ..." is the text's own type where its sender asks or files in the same sentence;
        # minutes report what a speaker made known: "gab folgende Mitteilung ... bekannt"
        if m.group("following") and not _REQUEST.search(head, *_sentence(head, m.start())):
            continue
        return hit[0]
    return None


_DATED_OTHER = re.compile(r"[ \t]+vom[ \t]+\d")
_ARTICLE_BEFORE = re.compile(r"\b(?:die|der|das|den|dem|des|eine[mnrs]?)[ \t]+$")
# the sender of a motion or question asks or files it: "wir bitten Sie, folgende Anfrage ...",
# "die CDU-Fraktion ... bittet Sie, nachfolgende Anfrage", "die SPD-Fraktion stellt folgenden Antrag",
# or asks for it to be put "auf die Tagesordnung"
_REQUEST = re.compile(r"(?i)\b(?:bitte[nt]?|stelle[nt]?|stellt|beantrage[nt]?|beantragt|reiche[nt]?|reicht"
                      r"|auf\s+die\s+Tagesordnung)\b")


def _sentence(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the sentence holding ``pos`` (it ends at a period, ! or ?, or a blank line)."""
    ends = (". ", "! ", "? ", "\n\n")
    start = max(text.rfind(end, 0, pos) for end in ends)
    after = [at for at in (text.find(end, pos) for end in ends) if at >= 0]
    return (start + 1 if start >= 0 else 0), (min(after) if after else len(text))


def _is_plural(word: str) -> bool:
    """A type word in its plural form: "Anträge", "Beschlüsse", "Anfragen"."""
    forms = _plural_regex()[1]
    return word.lower() in {w.lower() for w in forms} or any(
        w.lower() == word.lower() and t.lower() != w.lower() and t.lower()[:4] == w.lower()[:4]
        for w, t in _paper_types())


# a type word set in capitals inside a line: a flattened form's heading
# ("... Beschluss-Nr.: ÄNDERUNGSANTRAG zur Vorlage: KT II/29/2018 Betreff: ..."), ending its
# line or followed by what a heading names (not a label in capitals, "BESCHLUSS:")
_CAPITAL_WORD = re.compile(r"(?<![\wÄÖÜ-])[A-ZÄÖÜ]{6,}(?![\wäöüß-])(?=[ \t]*(?:\n|$)|[ \t]+(?i:zur|zum|der|des"
                           r"|an|über|vom|für|gemäß|nach|Nr\.)[ \t])")


def _type_in_capitals(text: str) -> str | None:
    for m in _CAPITAL_WORD.finditer(text[:1500]):
        hit = _type_at_line_start(m.group().lower().capitalize())
        if hit and not hit[1]:
            return hit[0]
    return None


# the label over a meeting's agenda, its items below: "Tagesordnung:", or the
# column heads of an agenda table: "TOP-Nr. Bezeichnung", "TOP Betreff", "Nr. Gegenstand"
_AGENDA_LABEL = re.compile(r"(?:(?:nicht[ -]?)?öffentliche[ \t]+)?Tagesordnung[ \t]*:$"
                           r"|(?:TOP|Tagesordnungspunkt|Nr\.)(?:[ \t-]*Nr\.?)?[ \t]+"
                           r"(?:Bezeichnung|Betreff|Gegenstand|Thema|Titel)\b", re.IGNORECASE)
# the same head where a title above a table is looked for: "TOP-Nr.SP-Nr. Bezeichnung", a bare "Tagesordnung"
_AGENDA_HEAD = re.compile(r"^(?:TOP-Nr\.|Tagesordnung\s*$|" + _AGENDA_LABEL.pattern + ")", re.IGNORECASE)
# what follows a type word used as the label of a date: ": 26.03.2014"
_DATED_LABEL = re.compile(r":[ \t]*\d{1,2}\.[ \t]*\d{1,2}\.[ \t]*(?:\d{4}|\d{2})\b")


def _paper_type_line(lines) -> tuple[int, str, str] | None:
    """(line index, type, rest) of the first line opening with a type word."""
    seen = prose = 0
    for i, (_, line) in enumerate(lines):
        if not line:
            continue
        seen += 1
        # the type heads the paper: stop once the running text has begun
        prose += bool(re.search(r"[.!?]$", line) and len(line.split()) >= 5)
        if (seen > HEAD_LINES or prose >= 3 or _RESULT_LABEL.match(line) or _AGENDA_LABEL.match(line)
                or _CONTENTS_HEAD.fullmatch(line)):
            break  # (the items of a meeting's agenda or of a gazette's contents name their own papers:
            # "Vorlage Nr. 12/2021 Ö", "Beschlüsse der 07. Stadtverordnetenversammlung vom 18.03.2015")
        if _FILE_LINK.search(line):
            continue  # an attachment "Einladung (oeff).pdf (221 KB)" names another file
        hit = (_type_at_line_start(line) or _heading_type(line, seen == 1 or _is_page_number(lines, i))
               or (_type_after_dash(line) if seen == 1 else None))
        if hit and hit[1] == ":" and sum(other == line for _, other in lines) > 1:
            continue  # a label each agenda item repeats: "Protokoll:" / "Beschluss:"
        if hit and _DATED_LABEL.match(hit[1]):
            continue  # the date of an event, not the page's heading: "Nachtrag: 26.03.2014"
        if hit and _BRACKETED_BODY.fullmatch(hit[1]) and _run_on_heading(lines):
            # a republishing site's label of the document, its kind and body, "Öffentliche Niederschrift
            # (Gemeinderat)", over the document's own text run together: "ERGEBNISNIEDERSCHRIFT NR. 4/2018 ..."
            continue
        if hit and _PROCEDURAL.match(hit[1]) and _over_meeting_data(lines, i):
            # an agenda item's subject over the meeting it was dealt in, a motion made in the meeting on its
            # procedure ("Antrag auf Nichtbefassung und Zurückstellung von TOP 5 ..."), not a paper (as
            # "Antrag von Herrn Roschkar vom 28.02.2023" is)
            continue
        if hit and (_in_numbered_list(lines, i) or _under_item_number(lines, i)):
            continue  # an item of a numbered agenda: "3. Bericht zur Haushaltswirtschaft" / "4. Über- und ...",
            # "Ö 7" / "Tätigkeitsbericht des Beirates ..."
        if hit and _is_minutes(hit[0]) and _in_tab_strip(lines, i, hit[1]):
            continue
        if hit and _opens_paragraph(line, hit[1]):
            continue  # running text: "Wenige Beschlüsse später stand ein Antrag ... zur Abstimmung. Mit ..."
        if hit:
            return _heading_below_dated_kind(lines, i, hit) or (i, hit[0], hit[1])
    return None


_PARAGRAPH_WORDS = 40   # a heading is shorter than this
_NEXT_SENTENCE = re.compile(r"[.!?][\"“”]?[ \t]+[\"„]?[A-ZÄÖÜ]")


def _opens_paragraph(line: str, rest: str) -> bool:
    """A line of several sentences whose first words are an adjective or a
    quantifier and a type word ("Wenige Beschlüsse später stand ein Antrag
    ... zur Abstimmung. Mit einem ..."): a paragraph of running text, not a
    heading (a heading that opens with its type word stays one: "Antrag der
    ...")."""
    if len(line.split()) < _PARAGRAPH_WORDS or not _NEXT_SENTENCE.search(rest):
        return False
    return _type_at_line_start(line.split(None, 1)[0]) is None


# a page's first line set as its subject and, after a dash, its type and author: "Rathausanbau – Stellungnahme
# der CSU-Fraktion" (the type word followed by the one who wrote it)
_SUBJECT_DASH = re.compile(r"[A-ZÄÖÜ„\"][^.:;!?–—]{2,80}?[ \t]+[-–—][ \t]+")
_AUTHOR_AFTER_TYPE = re.compile(r"(?:der|des|von)[ \t]+\S")


def _type_after_dash(line: str) -> tuple[str, str] | None:
    m = _SUBJECT_DASH.match(line)
    if not m or line.endswith((".", ":")):
        return None
    hit = _type_at_line_start(line[m.end():])
    return hit if hit and _AUTHOR_AFTER_TYPE.match(hit[1]) else None


# the rest of a type line that only dates the page: "Bericht vom 15.03.2016" (the page's kind and date)
_DATE_ONLY = re.compile(r"vom[ \t]+\d{1,2}\.[ \t]?\d{1,2}\.[ \t]?\d{2,4}")
_HEADING_BELOW = 3   # filled lines between a page's kind-and-date line and its heading


def _below_dated_kind(lines, i: int, ptype: str) -> bool:
    """Line ``i`` is the heading under the page's kind-and-date line of its type."""
    above = [line for _, line in lines[:i] if line][-_HEADING_BELOW:]
    return any((hit := _type_at_line_start(line)) and hit[0] == ptype and _DATE_ONLY.fullmatch(hit[1])
               for line in above)


def _heading_below_dated_kind(lines, i: int, hit: tuple[str, str]) -> tuple[int, str, str] | None:
    """A page's kind-and-date line ("Bericht vom 15.03.2016") over a heading the
    same type word opens ("Bericht über die Gemeinderatssitzung am 15.03.2016",
    below a rubric "Aus der Arbeit des Gemeinderates"): the heading names the page."""
    if not _DATE_ONLY.fullmatch(hit[1]):
        return None
    below = [(j, line) for j, (_, line) in enumerate(lines[i + 1:], i + 1) if line][:_HEADING_BELOW]
    for j, line in below:
        other = _type_at_line_start(line)
        if other and other[0] == hit[0] and _PREPOSITION.match(other[1]) and _MEETING_WORD.search(other[1]):
            return j, other[0], other[1]
    return None


_LIST_NUMBER = re.compile(r"(\d{1,2})\.[ \t]")
_BRACKETED_BODY = re.compile(r"\([^()\n]{2,40}\)")
# the heading of a gazette's or a report's table of contents
# (not a portal's tab "Inhalt" over the page's own heading)
_CONTENTS_HEAD = re.compile(r"(?:Inhaltsverzeichnis|Inhaltsübersicht)[ \t]*:?")


# what a motion on a meeting's procedure asks for: "auf Vertagung", "auf Nichtbefassung", "zur Geschäftsordnung"
_PROCEDURAL = re.compile(r"(?:auf|zur)[ \t]+(?:[A-ZÄÖÜ]|Geschäftsordnung)")


def _over_meeting_data(lines, i: int) -> bool:
    """Line ``i`` heads a portal's agenda-item page: the next filled line names
    the meeting the item's data come from ("Daten angezeigt aus Sitzung: ...")."""
    following = next((line for _, line in lines[i + 1:i + 4] if line), "")
    return bool(_MEETING_DATA_LINE.match(following))


# an agenda item's number alone on its line, its subject on the next: "Ö 5.4", "N 3", "TOP 12.1", "TOP 4:"
_ITEM_NUMBER_LINE = re.compile(r"(?:[ÖN]|TOP)[ \t]*\d{1,3}(?:\.\d{1,3})*[a-z]?\.?[ \t]*:?")


def _under_item_number(lines, i: int) -> bool:
    """Line ``i`` stands right under an agenda item's number alone on its
    line: the item's subject on a meeting's page, not the page's heading."""
    above = next((line for _, line in reversed(lines[max(0, i - 3):i]) if line), "")
    return bool(_ITEM_NUMBER_LINE.fullmatch(above))


def _in_numbered_list(lines, i: int) -> bool:
    """Line ``i`` opens with a number that the filled line above or below
    continues ("3. ..." under "2. ..." or over "4. ..."): an item of a list."""
    m = _LIST_NUMBER.match(lines[i][1])
    if not m:
        return False
    n = int(m.group(1))
    above = next((line for _, line in reversed(lines[max(0, i - 3):i]) if line), "")
    below = next((line for _, line in lines[i + 1:i + 4] if line), "")
    return any(_LIST_NUMBER.match(line) and int(_LIST_NUMBER.match(line).group(1)) == k
               for line, k in ((above, n - 1), (below, n + 1)))


# the tabs and buttons of a portal's agenda-item page, printed as text next to
# one another: "Wortprotokoll" / "Beschluss" / "Abstimmungsergebnis",
# "Wortprotokoll Beschluss |", "Reduzieren" / "Wortprotokoll"
_TAB = re.compile(r"(?:Beschluss|Abstimmungsergebnis|Abstimmung|Reduzieren|Erweitern|\|)(?:\s*\|)?")


def _in_tab_strip(lines, i: int, rest: str) -> bool:
    """A type word alone on its line beside another tab's name, or followed
    by tab names on the same line: a tab of the page ("Wortprotokoll",
    "Protokoll"), not the heading that names the paper's type."""
    if rest and all(_TAB.fullmatch(part) for part in rest.split()):
        return True
    if rest:
        return False
    before = next((line for _, line in reversed(lines[:i]) if line), "")
    after = next((line for _, line in lines[i + 1:] if line), "")
    return bool(_TAB.fullmatch(before) or _TAB.fullmatch(after))


# the result fields of an agenda item ("Beschluss: mehrheitlich beschlossen",
# "Abstimmung: Ja: 9, Nein: 1", "Beschluss:" over the resolution's text): what
# follows them is the item's outcome, its minutes and their tabs ("Protokoll:",
# "Wortprotokoll"), never the heading that names the paper's type
_RESULT_LABEL = re.compile(r"(?:Beschluss|Abstimmung|Abstimmungsergebnis)\s*:")


# a link to an attached file as portal pages print it: "Anlage 1.pdf (173 KB)"
_FILE_LINK = re.compile(r"\.(?:pdf|docx?|xlsx?|odt|ods|rtf|zip)\s*(?:\(\s*[\d.,]+\s*[KMG]?B\s*\))?\s*$"
                        r"|\s\d[\d.,]*\s?[KMG]B\s*$", re.IGNORECASE)


# --- title ------------------------------------------------------------------

# "Betreff:" (OCR may read the colon as ";"), "Titel <Subject>", "Thema:", a meeting's "Bezeichnung: ..."
_SUBJECT_LABEL = re.compile(
    r"^(?:(?:Betreff|Betrifft|Betr\.)\s*[:;.]?"
    r"|Titel(?![a-zäöüß])\s*[:;.]?(?=\s*[A-ZÄÖÜ„\"]\w+\s+\w)"  # (the word, not a verb or compound: "titelte der Spiegel")
    r"|(?:Thema|Gegenstand)\s*(?::|$)|Bezeichnung\s*:(?=\s*\S))\s*(?P<rest>.*)$",
    re.IGNORECASE)
# words that start the next part of the paper, ending a subject block
_SECTION = re.compile(
    r"^(?:Beratungsfolge|Beratungsreihenfolge|Gremium|Gremien|Gremienweg|Beschlussentwurf"
    r"|Beschlussvorschlag|Beschlussantrag|Beschluss|Begründung|Sachverhalt|Sachdarstellung"
    r"|Erläuterung|Antrag an|Anlage|Sehr geehrte|Finanzielle|Termin|Beginn|Ort|Sitzung am"
    r"|Vorlage für|Tagesordnung|Zuständigkeit|Kurzfassung|Anwesend|Drucksache|Vorlagen?-?Nr"
    r"|Aktenzeichen|Datum|Unterrichtung|Information|Vorsitz|öffentlich(?!-)|nichtöffentlich"
    r"|(?:nicht[- ]?)?öffentliche\s+Tagesordnung)\b",
    re.IGNORECASE)
_INLINE_END = re.compile(
    r"\s(?:Beratungsfolge|Beschlussentwurf|Beschlussvorschlag|Begründung|Sachverhalt"
    r"|Finanzielle Auswirkungen|Erläuterungen)\b")
_AGENDA_ITEM = re.compile(
    r"^(?:Einziger\s+)?Punkt(?:\s+[\d.]+)?\s+der\s+Tagesordnung\s*:\s*(?P<rest>.+)$")
_HEADER_FIELD = re.compile(
    r"(?:^(?:Dez\.?|Dezernat|Amt|Referat)\s*\d|^\d{2,4}/\d{2,4}$|^[xX☒☐]$"
    r"|^(?:nicht)?öffentliche?r?(?:\s+(?:Teil|Sitzung))?$|^Vorlage|^Verantwortlich"
    r"|^Dienststelle|^Eingang|^Gedruckt auf|^vom\b|^TOP\b"
    # the collapse buttons of ALLRIS 4 section heads, "Reduzieren" / "Erweitern"
    r"|^(?:Reduzieren|Erweitern)$)", re.IGNORECASE)


def _is_label(line: str) -> bool:
    """A field label standing alone: ``Dienststelle:``, ``Vorlage Nr.:``."""
    return bool(re.search(r":\s*$", line)) and len(line.split()) <= 2


# a portal's field label alone on its line, its value on the next line
# ("Betreff" / subject / "Vorlage" / "0818-StR/2017" / "Art" / "Beschlussvorlage Stadtrat")
_FIELD_LABEL_LINE = re.compile(
    r"^(?:Vorlage|Art|Typ|Status|Datum|Drucksache|Federführend|Federführung|Verfasser|Einreicher"
    r"|Bezüglich|Aktenzeichen)\s*:?$")


def _block(lines, i: int, limit: int = 4) -> list[str]:
    """Up to ``limit`` non-empty lines from index i until a blank line or a
    line that opens the next part of the paper (a section word, a field label
    standing alone)."""
    out = []
    for _, line in lines[i:]:
        if not line or _SECTION.match(line) or _FIELD_LABEL_LINE.match(line) or len(out) >= limit:
            break
        out.append(line)
    return out


def _title_from_label(lines, one_line: bool = False) -> str | None:
    """The value of a subject label. On a web page every block is a line of
    its own, so a label line is followed by its value on exactly one line."""
    for i, (_, line) in enumerate(lines):
        m = _SUBJECT_LABEL.match(line)
        if not m:
            continue
        if _below_agenda_numbers(lines, i):
            continue
        rest = m.group("rest").strip()
        if rest and one_line:
            return rest
        if rest:
            cut = _INLINE_END.search(rest)
            if cut:
                return rest[:cut.start()].strip()
            return _join([rest] + _continuation(lines, i + 1))
        j = i + 1
        while j < len(lines) and not lines[j][1] and j - i < 4:
            j += 1
        block = _block(lines, j, limit=1 if one_line else 4)
        if block:
            return _join(block)
    return None


# an agenda table's number column run together: "Öffentlicher Teil TOP 01 02 03 04 05" / "06 07 08"
_AGENDA_NUMBERS = re.compile(r"(?:^|\s)TOP(?:\s+\d{1,2}[a-z]?){2,}\s*$|^(?:\d{1,2}[a-z]?\s+){2,}\d{1,2}[a-z]?$")


def _below_agenda_numbers(lines, i: int) -> bool:
    """A subject label under an agenda's run-together TOP column: the heading
    of the table's "Betreff" column, not the paper's subject."""
    above = [line for _, line in lines[max(0, i - 3):i] if line]
    return any(re.search(r"(?:^|\s)TOP\s+\d", line) for line in above) and bool(
        above and _AGENDA_NUMBERS.search(above[-1]))


# a web page's heading naming the paper, its subject on the next line:
# "Drucksache Nr. 0728/2026:"
# or an agenda item's page: "TOP 20. (Öffentlich)"
_PAPER_HEADING = re.compile(
    r"^(?:(?:Drucksache|Vorlage|Beschlussvorlage|Antrag|Anfrage|Mitteilung)\s+(?:Nr\.\s*)?"
    r"[\w/.-]*\d[\w/.-]*\s*:"
    r"|TOP\s+[\d.]+\s*(?:\((?:nicht\s?)?öffentlich\))?)$", re.IGNORECASE)


def _page_heading(lines) -> tuple[str, str] | None:
    """(kind, subject) of an ALLRIS page's heading "<Kind> - <subject>" (the
    form of the page's field of that name), which heads the page below at
    most the site's own lines ("Zum Inhalt springen", a picture's caption) and
    above the page's fields ("TOP: Ö 2", "Bezeichnung: ...", "Gremium: ..."):
    "Auszug - <item subject>" of an agenda item's page (to020), "Tagesordnung
    - <meeting>" of a meeting's agenda page (to010). The kind names the page."""
    filled = [line for _, line in lines if line][:_SITE_LINES + 6]
    for k, line in enumerate(filled):
        m = _PAGE_HEADING.match(line)
        # (below a longer navigation, the heading stands right above the first field)
        if (m and not re.match(r"(?i)(?:nicht[ -]?)?öffentliche[rn]?\s+Teil", m.group("subject"))
                and (k <= _SITE_LINES or (k + 1 < len(filled) and _LABEL_VALUE.match(filled[k + 1])))):
            return m.group("kind"), m.group("subject").strip()
        if re.match(r"[^:]{1,30}:", line) or _type_at_line_start(line):
            # the page's fields have begun, or a paper's heading names it
            # ("Protokoll der 33. Sitzung ..." over "Protokoll - öffentlicher Teil")
            return None
    return None


_PAGE_HEADING = re.compile(r"(?P<kind>Auszug|Tagesordnung)\s+[-–]\s+(?P<subject>\S.*)$")
# the label a portal prints over the page, its name and the page's kind: "ALLRIS - Auszug" over
# "16.02.2023 - 3 Genehmigung der Tagesordnung ..." (ALLRIS 4 embedded in a city's website)
_PAGE_LABEL = re.compile(r"[A-Z][A-Za-z]+[ \t]+[-–][ \t]+(?P<kind>Auszug|Tagesordnung)")


def _page_label_kind(lines) -> str | None:
    for line in [line for _, line in lines if line][:_SITE_LINES]:
        m = _PAGE_LABEL.fullmatch(line)
        if m:
            return m.group("kind")
    return None


def _title_of_extract(lines) -> str | None:
    heading = _page_heading(lines)
    return heading[1] if heading else None


# the lines a web page's text may print above its heading: navigation links, a
# search box, the caption of a header picture
_SITE_LINES = 6
# a web page's notice to its visitor about the page itself, above its heading: "Sie verwendeten
# einen veralteten Browser.", "JavaScript scheint ... deaktiviert zu sein.", "Diese Website verwendet
# Cookies." (sentences, but not the page's running text)
_SITE_NOTICE = re.compile(r"(?i)\b(?:browser\w*|javascript|cookies?|webseite|website|internetseite)\b")


# ALLRIS 4's agenda-item page (to020) as text opens with the meeting's date, the
# item's number and its subject: "27.01.2009 - 6 Beratung der Haushaltssatzung ..."
_ITEM_PAGE_HEADING = re.compile(
    r"\d{1,2}\.\d{1,2}\.\d{4}[ \t]+[-–][ \t]+(?:[ÖN][ \t]*)?\d{1,3}(?:\.\d{1,2})*[a-z]?[ \t]+"
    r"(?P<subject>[A-ZÄÖÜ„\"]\S*(?:[ \t]+\S+)+)$")


# SessionNet's agenda-item page (to0050) heads its text with the item's number
# and subject: "TOP Ö 2: Änderung des Bebauungsplanes ..." (under "Tagesordnungspunkt")
_TOP_PAGE_HEADING = re.compile(
    r"(?:TOP|Tagesordnungspunkt)[ \t]+(?:[ÖN][ \t]*)?\d{1,3}(?:\.\d{1,2})*[a-z]?\.?[ \t]*:[ \t]*"
    r"(?P<subject>[A-ZÄÖÜ„\"]\S*(?:[ \t]+\S+)+)$")


# the line a portal prints under an agenda item's heading, naming the meeting
# the page's data come from: "Daten angezeigt aus Sitzung: Sitzung des Gemeinderates, 16.02.2016"
_MEETING_DATA_LINE = re.compile(r"Daten[ \t]+angezeigt[ \t]+aus[ \t]+Sitzung[ \t]*:")


def _title_over_meeting_data(lines) -> str | None:
    """The heading of an agenda item's page: the page's first line, right above
    the line that names the meeting its data come from."""
    filled = [line for _, line in lines if line][:2]
    if len(filled) == 2 and _MEETING_DATA_LINE.match(filled[1]) and not _MEETING_DATA_LINE.match(filled[0]):
        return filled[0]
    return None


# or by the item's number ending a line (after the links to the items before and after it) over
# the item's status, the subject below: "zu TOP 01 zu TOP 03 TOP 02" / "öffentlich" / "Haushaltssatzung ..."
_ITEM_NUMBER_END = re.compile(r"(?:.*[ \t])?TOP[ \t]+(?:[ÖN][ \t]*)?\d{1,3}(?:\.\d{1,2})*[a-z]?")
_STATUS_LINE = re.compile(r"(?i)(?:nicht[ -]?)?öffentlich")


def _title_of_item_page(lines) -> str | None:
    """The subject of an agenda item's page, whose heading stands below at
    most the site's own lines ("Allris", "Tagesordnungspunkt"). A second item
    right below it makes the lines an agenda, not one item's page."""
    filled = [(i, line) for i, (_, line) in enumerate(lines) if line][:_SITE_LINES + 20]
    for k, (_, line) in enumerate(filled[:_SITE_LINES]):
        m = _ITEM_PAGE_HEADING.match(line) or _TOP_PAGE_HEADING.match(line)
        if m:
            if any(_TOP_PAGE_HEADING.match(other) for _, other in filled[k + 1:]):
                return None
            return m.group("subject").strip()
        if (_ITEM_NUMBER_END.fullmatch(line) and k + 2 < len(filled) and _STATUS_LINE.fullmatch(filled[k + 1][1])
                and sum(bool(_ITEM_NUMBER_END.fullmatch(other)) for _, other in filled) == 1):
            return _join(_block(lines, filled[k + 2][0])) or None
    return None


# the heading of one paragraph of minutes numbered by "§" (the custom of
# Baden-Württemberg's councils), as a page of its own: "§ 221 - <subject>
# (öffentlich)"; the dash or the status marks it off a law's "§ 4 Absatz 1 ..."
_STATUS = r"\((?:nicht[ -]?)?öffentlich\)"
_PARAGRAPH_HEADING = re.compile(
    r"§[ \t]*\d{1,4}[a-z]?[ \t]+(?:[-–][ \t]+(?P<subject>[^\n]+?)(?:[ \t]*" + _STATUS + r")?"
    r"|(?P<marked>[A-ZÄÖÜ„\"][^\n]+?)[ \t]*" + _STATUS + r")[ \t]*$")


def _title_of_minutes_paragraph(lines) -> str | None:
    first = next((line for _, line in lines if line), "")
    m = _PARAGRAPH_HEADING.match(first)
    return (m.group("subject") or m.group("marked")).strip() if m else None


def _title_of_headless_minutes(lines) -> str | None:
    first = next((line for _, line in lines if line), "")
    return first.rstrip(".").strip() if _HEADLESS_MINUTES.match(first) else None


def _title_below_paper_heading(lines) -> str | None:
    for i, (_, line) in enumerate(lines[:40]):
        if _PAPER_HEADING.match(line):
            block = _block(lines, i + 1, limit=1)
            # the subject, not a "Label: value" field
            return block[0] if block and not re.match(r"^\S+(?:\s\S+)?:(?:\s|$)", block[0]) else None
    return None


def _title_from_inline_label(lines) -> str | None:
    """A flattened form: "... 72/2017 Betreff Landesinitiative ... Beratungsfolge ..."."""
    for i, (_, line) in enumerate(lines):
        if re.search(r"\s(?:Betreff|Betrifft)\s*:$", line):
            # the label ends the line, its value starts the next one and runs
            # up to the next label: "194 Betreff:" / "E-Government-Strategie ... Vorgang:"
            block = _block(lines, i + 1, limit=1)
            if block:
                value = re.sub(r"\s+[A-ZÄÖÜ][\w.-]*\s*:$", "", block[0]).strip()
                if value:
                    return value
            continue
        m = re.search(r"\s(?:Betreff|Betrifft)\s*:?\s+(?P<rest>\S.*)$", line)
        if m and (re.fullmatch(r"[\w./-]+(?:\t[\w./-]+){2,}", line)
                  or re.fullmatch(r"(?:TOP|Nr\.?|Pkt\.?|Punkt)\s+Betreff(?:\s+[\w./-]+){0,3}", line)):
            continue  # the column headings of a table: "TOP<tab>Betreff<tab>Drucksache", "TOP   Betreff Vorlage"
        if m:
            rest = m.group("rest")
            cut = _INLINE_END.search(rest)
            return (rest[:cut.start()] if cut else rest).strip() or None
    return None


# a flattened form whose clerk field runs on into the subject and the first
# section: "Bearbeiter/in: Hauptamt: Dieter Grupp Änderung der Hauptsatzung
# Sachverhalt: ..." (the clerk's name: "Frau"/"Herr" and a surname, or first
# name and surname)
_CLERK_THEN_SUBJECT = re.compile(
    r"\b(?:Sach)?[Bb]earbeiter(?:/in|in)?\s*:\s*(?:[A-ZÄÖÜ][\w.-]*\s*:\s*)?"
    r"(?:(?:Frau|Herr)\s+" + r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*"
    r"|(?:Dr\.\s+)?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*\s+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*)"
    r"\s+(?P<subject>[A-ZÄÖÜ„\"][^:]{2,200}?)\s+"
    r"(?:Sachverhalt|Sachdarstellung|Begründung|Beschlussvorschlag|Beschlussantrag|Erläuterungen?)\s*:")


def _title_after_clerk_field(lines) -> str | None:
    for _, line in lines:
        # (every match holds "earbeiter": the other lines are not searched)
        m = _CLERK_THEN_SUBJECT.search(line) if "earbeiter" in line else None
        if m:
            return m.group("subject").strip()
    return None


def _continuation(lines, i: int) -> list[str]:
    """Lines that continue a subject started on the line before: up to the
    next blank line, field label, section word or paper type word."""
    out = []
    prev = lines[i - 1][1] if i > 0 else ""
    for _, line in lines[i:i + 3]:
        if (not line or _SECTION.match(line) or _HEADER_FIELD.search(line)
                or _is_label(line) or _type_at_line_start(line)
                or (re.match(r"^[\w .-]{1,30}:", line) and not line.startswith("hier"))):
            break
        # go on only where the line before is unfinished (hyphen, comma, a
        # lowercase last word) or this one starts in lowercase / with "hier:"
        if not (re.search(r"[-–,:(/]$|(?:^|\s)[a-zäöüß]+$", prev)
                or re.match(r"[a-zäöüß]|hier\b", line)):
            break
        out.append(line)
        prev = line
    return out


# a paper page's heading: the paper's number, a dash and its subject ("705/IX. - Bebauungsplan Nr. 4-288-0
# für den Bereich ..." / "hier: Satzungsbeschluss"), the number printed again in a field of the head
# ("Vorlagennummer | 705/IX. |")
_NUMBER_DASH_SUBJECT = re.compile(r"(?P<ref>[\w/.-]*\d[\w/.-]*)[ \t]+[-–][ \t]+(?P<subject>[A-ZÄÖÜ„\"]\S*(?:[ \t]+\S+)+)")
_NUMBER_HEADING_LINES = 3


def _title_after_own_number(lines) -> str | None:
    filled = [i for i, (_, line) in enumerate(lines[:HEAD_LINES]) if line][:_NUMBER_HEADING_LINES]
    for i in filled:
        m = _NUMBER_DASH_SUBJECT.fullmatch(lines[i][1])
        # (a paper's number holds a slash or a letter: not a day, "28.07. - Stadt Kröpelin")
        if not m or not re.search(r"/|[A-Za-z]", m.group("ref")):
            continue
        number = re.compile(r"(?<![\w/.-])" + re.escape(m.group("ref")) + r"(?![\w/-])")
        if any(number.search(line) for _, line in lines[i + 1:i + 1 + HEAD_LINES]):
            return _join([m.group("subject")] + _continuation(lines, i + 1))
    return None


# the first sub-item under an agenda point: "23.1 Übungsräume für Musikbands"
_SUB_ITEM = re.compile(r"^\d{1,3}\.\d{1,2}\.?\s+[A-ZÄÖÜ\"„]")


# a budget deliberation's motion heading in minutes: "Antrag Nr. 31 (S. 137): Subject",
# "Anträge Nr. 198 und 199: (S. 226): Subject –(SPD, Ortschaftsrat Durlach)"
_MOTION_ITEM = re.compile(
    r"^(?:Antrag|Anträge)\s+Nr\.\s*\d+(?:\s*(?:und|,|u\.)\s*\d+)*\s*:?\s*\(S\.\s*\d+\)\s*:\s*(?P<rest>\S.*)$")


def _title_from_motion_item(lines) -> str | None:
    """The subject of a motion heading; the submitters in parentheses after it are no part."""
    for i, (_, line) in enumerate(lines):
        m = _MOTION_ITEM.match(line)
        if m:
            title = _join([m.group("rest")] + _continuation(lines, i + 1))
            return re.sub(r"\s*[–-]?\s*\([^()]*\)\s*$", "", title).strip() or None
    return None


def _title_from_agenda_item(lines) -> str | None:
    """The subject of "Punkt N der Tagesordnung: ..."; the point's numbered
    sub-items below it are separate papers, not part of its subject."""
    for i, (_, line) in enumerate(lines):
        m = _AGENDA_ITEM.match(line)
        if m:
            rest = []
            for part in _continuation(lines, i + 1):
                if _SUB_ITEM.match(part):
                    break
                rest.append(part)
            return _join([m.group("rest")] + rest)
    return None


_TABLE_HEAD = re.compile(r"^(?:Beratungsfolge|Gremium(?!\s*:)|Gremien(?!\s*:))\b")
# a meeting page's head prints its fields stacked, each label alone over its value ("Sitzung" /
# "SR/064(V)/13" / "Gremium" / "Stadtrat" / "Raum" / ...): a "Gremium" label there heads no table
_STACKED_MEETING_FIELD = re.compile(r"Sitzung|Sitzungsnummer|Gremium|Raum|Ort|Datum|Zeit")


def _title_above_table(lines) -> str | None:
    """The lines printed right above the Beratungsfolge/Gremium table."""
    for i, (_, line) in enumerate(lines):
        if not _TABLE_HEAD.match(line):
            continue
        j = i - 1
        while j >= 0 and not lines[j][1]:
            j -= 1
        block: list[str] = []
        while j >= 0 and lines[j][1] and len(block) < 4:
            cand = lines[j][1]
            if not block and re.match(r"^\w+\s*:\s*\S", cand) and _type_at_line_start(cand):
                j -= 1  # a "Antrag: SPD" field between subject and table
                continue
            if (_HEADER_FIELD.search(cand) or _SECTION.match(cand) or _is_label(cand)
                    or (j > 0 and _is_label(lines[j - 1][1]))):
                break
            if (block and len(cand) <= 20 and 3 * len(cand) < len(block[0])
                    and (j == 0 or len(lines[j - 1][1]) <= 25)):
                break  # a narrow value column (not a wrapped line's end) above the subject
            block.insert(0, cand)
            j -= 1
        if any(_STACKED_MEETING_FIELD.fullmatch(line) for line in block):
            return None
        if block and any(_AGENDA_HEAD.match(line) for _, line in lines[:j + 1]):
            return None  # one item of a meeting's agenda listed above: the page covers several
        if block and re.match(r"\d{1,2}\.\s", block[-1]) and sum(
                1 for _, other in lines[i + 1:] if _TABLE_HEAD.match(other)) >= 1:
            # the first of a meeting's numbered items, each over a table of its own
            # ("1. Bekanntgaben" / "Gremium | Sitzung | ..." ... "2. Bekanntgaben aus ..." / "Gremium"):
            # the page covers several
            return None
        if block:
            return _join(block)
        return None
    return None





# a type line naming the paper the page carries by its number: "Antrag Magistratsvorlage Nr. 2016-418 ... vom 07.12.2016"
_CARRIED_PAPER = re.compile(r"[A-ZÄÖÜ][\wäöüß-]*(?:vorlage|antrag|anfrage)[ \t]+Nr\.[ \t]*\S*\d")
_SUBJECT_ABOVE_TYPE_LINES = 6


def _title_above_type_line(lines, type_line) -> str | None:
    """A Drucksache head that prints its subject between its dated fields and
    the type line naming the paper it carries ("Eing. Dat. 08.12.2016" /
    "Erweiterungsbau," / ... / "hier: Grundsatzbeschluss" / "Antrag
    Magistratsvorlage Nr. 2016-418 (Dez. I, Amt 37) vom 07.12.2016"): the
    lines up from the type line to the last line with a day."""
    if type_line is None or not _CARRIED_PAPER.match(type_line[2]):
        return None
    block: list[str] = []
    j = type_line[0] - 1
    while j >= 0 and len(block) <= _SUBJECT_ABOVE_TYPE_LINES:
        line = lines[j][1]
        if line and _has_day_date(line):
            break
        if line:
            if (_is_label(line) or _HEADER_FIELD.search(line) or _SECTION.match(line) or _is_sentence(line)
                    or len(line.split()) > 14):
                return None
            block.insert(0, line)
        j -= 1
    if j < 0 or not block or len(block) > _SUBJECT_ABOVE_TYPE_LINES:
        return None
    return _join(block)


def _below_dateline(lines, i: int) -> bool:
    """Line ``i`` is the heading under the page's date standing alone on the line
    above it: a notice's or a news item's date over its heading ("11.03.2025" /
    "35/2025 | Bekanntmachung von Beschlüssen ...")."""
    above = next((line for _, line in reversed(lines[:i]) if line), "")
    return bool(above) and bool(_DATELINE_ALONE.fullmatch(above))


def _under_rubric(lines, i: int) -> bool:
    """Line ``i`` is the heading under a site's rubric naming the body, the one
    line above it: "Aus dem Gemeinderat" / "Sitzungsbericht der Gemeinderatssitzung vom ..."."""
    above = [line for _, line in lines[:i] if line]
    return (len(above) == 1 and len(above[0].split()) <= 4 and not re.search(r"[\d.:!?]", above[0])
            and bool(_MEETING_WORD.search(above[0])))


# the address opening a letter or a speech: "Sehr geehrte Frau ...", "Meine sehr geehrten Damen und Herren
# Stadtvertreter,", "Liebe Mitbürgerinnen und Mitbürger,", "Meine Damen und Herren,"
_SALUTATION = re.compile(r"(?:Meine[ \t]+)?(?:[Ss]ehr[ \t]+geehrte|Liebe[ \t]+\w+|Damen[ \t]+und[ \t]+Herren)"
                         r"|Meine[ \t]+(?:lieben|Damen)")


def _title_from_heading(lines, type_line) -> str | None:
    """Minutes and invitations: the heading block the type word opens."""
    if type_line is None:
        return None
    i, ptype, rest = type_line
    first = (all(not line for _, line in lines[:i]) or _is_page_number(lines, i) or _below_dated_kind(lines, i, ptype)
             or _below_dateline(lines, i) or _under_rubric(lines, i))
    if rest.startswith(":"):
        return None
    # (a record's or a speech's compound word opening the page, the meeting after it: "Haushaltsrede
    # Kreistag 05.03.2012")
    if ptype not in _HEADING_TYPES and not _is_minutes(ptype) and not (
            first and (_PREPOSITION.match(rest) or rest.startswith("von ") or (_ADDRESSEE.match(rest) and ":" not in rest)
                       or (_RECORD_COMPOUND.match(lines[i][1]) and _MEETING_WORD.search(rest))
                       or _speech_by_speaker(ptype, rest))):
        return None
    if _PREPOSITION.match(rest) and len(rest.split()) <= 3 and _type_at_line_start(
            rest.split(None, 1)[-1]):
        return None  # "Stellungnahme zur Anfrage" names the paper it answers
    # the minutes' own number after the type word is no part of the subject: "Protokoll Nr. 08"
    rest = _MINUTES_NUMBER_START.sub("", rest) if _is_minutes(ptype) else rest
    parts = [lines[i][1]]
    j = i + 1
    spaced = False
    while j < len(lines) and len(parts) < 5:
        line = lines[j][1]
        if not line:
            # a heading may go on after a blank line: "1. Nachtrag" / "zur Sitzung"; a heading
            # set with a blank line after each of its lines (a viewer's "<br />") goes on with
            # the meeting's date and place: "über die Sitzung ..." / "am 21.09.2010 im Bürgersaal" / "in X"
            k = j + 1
            while k < len(lines) and not lines[k][1] and k - j < 3:
                k += 1
            # (one blank line each time: the line spacing of one heading, not the gap before the next part)
            if k < len(lines) and (len(parts) == 1 and _PREPOSITION.match(lines[k][1])
                                   or spaced and k == j + 1 and _HEADING_GOES_ON.match(lines[k][1])):
                spaced = k == j + 1
                j = k
                continue
            break
        if _SECTION.match(line) or re.match(r"^im\s", line) or _is_label(line) or _LABEL_VALUE.match(line):
            break  # ("Tagungsort:", "Sitzungsort: Rathaus" open the meeting's fields)
        if _is_sentence(line) or _SALUTATION.match(line):
            break  # the running text right under the heading: "Bürgermeisterin X begrüßte ... herzlich.", a letter's salutation
        parts.append(line)
        j += 1
    if len(parts) == 1 and not rest:
        return None  # the type word alone is not a subject
    if ptype not in _NAMED_WITH_TYPE and (
            ptype in _HEADING_TYPES or _MEETING_WORD.search(_join([rest] + parts[1:]))
            or _speech_by_speaker(ptype, rest)):
        # minutes and a meeting's resolutions are titled by the heading after
        # the type word: "Niederschrift" / "über die 21. Sitzung ...",
        # "Beschlüsse aus dem Stadtrat vom ..." (not a paper whose subject opens
        # with its type: "Antrag der X-Fraktion vom ... zur Information über ...")
        parts = ([rest] if rest else []) + parts[1:]
    # the minutes' own number closing the heading is no part of its subject: "... Hofweg 2) - Nr. 2/2006, wi -"
    title = _MINUTES_NUMBER_END.sub("", _join(parts))
    if _is_minutes(ptype) and _DAY_ALONE.fullmatch(title):
        # a record headed by its type and day alone ("Protokoll vom 02.03.2004") is named by the heading
        # below it, the meeting's body and day: "Gemeindevertretung vom 02.03.2004"
        below = next((line for _, line in lines[j:j + 3] if line), "")
        if below and _MEETING_WORD.search(below) and _has_day_date(below) and len(below.split()) <= 10 \
                and not _LABEL_VALUE.match(below):
            return below
    return title


_DAY_ALONE = re.compile(r"(?:vom|am)[ \t]+\d{1,2}\.[ \t]?\d{1,2}\.[ \t]?\d{2,4}")


def _speech_by_speaker(ptype: str, rest: str) -> bool:
    """A speech's heading names its year and who gave it after the type word:
    "Haushaltsrede" / "2018 der Fraktion Freie Wähler"."""
    m = _SPEECH_YEAR.fullmatch(rest) if ptype.endswith("rede") else None
    return bool(m and m.group("speaker"))


# a motion or question addressed in its type line, its subject after the colon:
# "Antrag an den Beirat Woltmershausen: Weitere Stadtteilbudgets ausweisen",
# "Anfrage an die Verwaltung: Sanierung der Turnhalle"
_ADDRESSEE_THEN_SUBJECT = re.compile(r"an[ \t]+(?:den|die|das)[ \t][^:]{3,80}?:[ \t]+(?P<subject>\S.{2,})$")


def _title_after_addressee(type_line) -> str | None:
    if type_line is None:
        return None
    m = _ADDRESSEE_THEN_SUBJECT.match(type_line[2])
    return m.group("subject").strip() if m else None


# a motion's or question's heading, its subject after the type word and a colon: "Antrag: Jugendarbeit in
# Odenthal" (not its author, "Antrag: SPD", "Anfrage: DIE LINKE.", nor a number, "Vorlage: 2024/873")
_SUBJECT_AFTER_COLON = re.compile(r":[ \t]*(?P<subject>[A-ZÄÖÜ„\"][a-zäöüß]+(?:[ \t]+[\wäöüß„\"-]+)+)[ \t]*")
_MOTION_KINDS = ("antrag", "anfrage")


def _title_after_type_colon(type_line) -> str | None:
    """The subject of a motion's heading "Antrag: <subject>", a phrase of words without numbers."""
    if type_line is None or not type_line[1].lower().endswith(_MOTION_KINDS):
        return None
    m = _SUBJECT_AFTER_COLON.fullmatch(type_line[2])
    return m.group("subject") if m and not re.search(r"\d", m.group("subject")) else None


def _is_sentence(line: str) -> bool:
    """A line of running text: a sentence of many words that opens with a
    capital and ends in a period, naming no day (a heading's line goes on
    with the meeting: "über die ... Sitzung ... vom 28.11.2017.")."""
    return (line.endswith(".") and len(line.split()) >= 10 and line[:1].isupper()
            and not _has_day_date(line))


_MINUTES_NUMBER_START = re.compile(r"^Nr\.[ \t]*[\w/-]*\d[\w/-]*[ \t]*")
_HEADING_GOES_ON = re.compile(r"(?:am|in|vom|um)[ \t]")
_MINUTES_NUMBER_END = re.compile(r"[ \t]+[-–—][ \t]*Nr\.[ \t]*[\w/-]*\d(?:,[ \t]*[a-zäöü]{1,4}\.?)?(?:[ \t]+[-–—])?[ \t]*$")


# an invitation and its supplements are titled with their type word and number:
# "Einladung zur Sitzung des ...", "1. Nachtrag zur Sitzung des ..."
_NAMED_WITH_TYPE = {"Einladung", "Nachtrag"}


# a field with its value on the same line: "Sitzungsort: Rathaus", "Sitzungsdauer: 19:34 bis 22:30 Uhr",
# "Gremium: Gemeinderat" (one or two words before the colon)
_LABEL_VALUE = re.compile(r"[A-ZÄÖÜ][\w.-]*(?:[ \t][\w.-]+)?[ \t]*:[ \t]*\S")


# (a report names the meeting it comes from: "Bericht aus der Gemeinderatssitzung vom 25.07.2023")
_PREPOSITION = re.compile(r"(?:der|des|zur|zum|über|vom|am|aus)\b")
# the body a heading addresses: "Anträge an den Gemeinderat", "Anfragen an die Verwaltung"
# (its subject after a colon is the title: "Antrag an den Beirat X: <subject>")
_ADDRESSEE = re.compile(r"an[ \t]+(?:den|die|das)[ \t]+\S")

# a capitalised name, hyphenated parts too: "Köthen", "Halle-Neustadt" (a place of a
# letter's place-and-date, a town after "Stadt")
_NAME = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*"


# a meeting or the council that met: "Gemeinderatssitzung", "Sitzung des ...", "Aus dem Stadtrat"
_MEETING_WORD = re.compile(r"(?i)(?:sitzung|rat|rates|rats|ausschuss|ausschusses|kreistag|kreistages"
                           r"|versammlung|vertretung)\b")


# the head of a PDF page whose text lost its line breaks, run on in one long
# line: "Stadtrat der Stadt Sangerhausen, 20.11.2015 Sangerhausen Niederschrift
# der 14. Ratssitzung vom 12.11.2015 Ort: Aula ... Tag: 12.11.2015 Beginn: ...",
# "Stadt Kamen Niederschrift HFA über die 4. Sitzung ... Beginn: ...",
# "- Bekanntmachung - Köthen (Anhalt), zur 11. Sitzung ... am Montag, dem um 19:00 Uhr":
# a record or notice type word, what stood beside it in the head (the
# committee's short name, the dashes framing the word, the letter's place and
# date), and its heading from the preposition up to the first "Label:" field
# or the meeting's clock time
_RUN_ON_HEADING = re.compile(
    r"(?<![\w-])(?P<word>(?i:Niederschrift|Protokoll|Einladung|Bekanntmachung)"
    r"|[A-ZÄÖÜ][a-zäöüß]{2,}(?:protokoll|niederschrift)|[A-ZÄÖÜ]{3,}(?:PROTOKOLL|NIEDERSCHRIFT))"
    # (the minutes' own number: "ERGEBNISNIEDERSCHRIFT NR. 4/2018 Öffentliche Sitzung ...")
    r"(?:[ \t]+(?i:Nr)\.[ \t]*\d[\w/.-]*)?"
    r"(?P<abbr>[ \t]+[A-ZÄÖÜ]{2,6})?(?:[ \t]+[-–])?"
    r"(?:[ \t]+" + _NAME + r"(?:[ \t]+\([^()\n]{2,30}\))?,(?:[ \t]+(?:den[ \t]+)?\d{1,2}\.[ \t]?\d{1,2}\.[ \t]?\d{2,4})?)?"
    r"[ \t]+(?P<title>(?:über|der|des|zur|zum|vom|(?:(?:Nicht)?[Öö]ffentliche[ \t]+)?Sitzung)[ \t][^:\n]{5,200}?)"
    # (up to the first "Label:" field, a label of up to three words: "Dauer der Sitzung: 17:35 Uhr")
    r"(?:[ \t]+(?=[A-ZÄÖÜ][\w.-]*(?:[ \t]+[a-zäöü]+[ \t]+[A-ZÄÖÜ][\w.-]*)?[ \t]*:[ \t]*\S)"
    r"|,?[ \t]+(?:um[ \t]+)?(?=\d{1,2}[:.]\d{2}[ \t]*Uhr))")
# the meeting's own number, no subject: "BESCHLUSSPROTOKOLL Sitzung Nr. 2/2012 Gremium: ..."
_MEETING_NUMBER = re.compile(r"(?:(?:Nicht)?[Öö]ffentliche[ \t]+)?Sitzung[ \t]+(?:Nr\.[ \t]*)?\d[\d/.-]*")
_RUN_ON_LINE = 300   # a line this long at the top is a page run together
# what a heading whose date the text lost leaves behind: "... am Montag, dem"
_DANGLING = re.compile(r"(?:,?[ \t]+(?:den|dem|am|um|vom|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag))+$")


def _run_on_heading(lines) -> tuple[str, str | None] | None:
    """(type, title) of a run-together page head: in the first long line of the
    head (below the lines a republishing site prints above the page's text);
    not a type word that an article opens ("die Niederschrift der Sitzung ...")
    or whose heading names no meeting."""
    filled = [line for _, line in lines if line][:HEAD_LINES]
    line = next((line for line in filled if len(line) >= _RUN_ON_LINE), None)
    if line is None:
        return None
    for m in _RUN_ON_HEADING.finditer(line, 0, 400):
        before = line[:m.start()].split()
        if before and re.fullmatch(_DETERMINER, before[-1], re.IGNORECASE):
            continue
        if _MEETING_NUMBER.fullmatch(m.group("title").strip()):
            return m.group("word").capitalize(), None  # the meeting's number, no subject
        if _MEETING_WORD.search(m.group("title")):
            title = _DANGLING.sub("", m.group("title").strip())
            if m.group("abbr"):
                title = m.group("abbr").strip() + " " + title
            return m.group("word").capitalize(), title
    return None


def _names_a_meeting(line: str) -> bool:
    """``line`` names a body's meeting ("Aus der Gemeinderatssitzung vom ...",
    "Sitzung des Rates am ..."); the word "Sitzung" alone is when and where one
    is held ("Sitzung am 30.11.2021 um 19:00 Uhr im Bürgersaal ...")."""
    return any(m.group().lower() != "sitzung" or (m.start() and line[m.start() - 1].isalpha())
               for m in _MEETING_WORD.finditer(line))


# a faction's motion as its own web page prints it: the subject as a heading, then
# "Die SPD-Fraktion beantragt ...", "Die Fraktion Bündnis 90/Die Grünen beantragt ...", "Wir beantragen ..."
# or, set as a letter, "Sehr geehrter Herr Bürgermeister, namens der SPD-Fraktion beantrage ich ..."
_MOTION_SENTENCE = re.compile(
    r"(?:(?:Die|Unsere)[ \t]+(?:\S+[ \t]+){0,4}?(?:\S*-)?(?:Fraktion|Gruppe)\b[^.\n]{0,80}?[ \t]+beantragt"
    r"|Wir[ \t]+beantragen"
    r"|(?:Sehr[ \t]+geehrte[^,\n]{0,60},[^.\n]{0,40}?[ \t])?(?:[Nn]amens|[Ii]m[ \t]+Namen)[ \t]+(?:der|des|unserer)[ \t]"
    r"[^.\n]{0,60}?(?:Fraktion|Gruppe)\S*[ \t]+(?:beantrage[ \t]+ich|beantragen[ \t]+wir))\b")
_MOTION_LINES = 10   # the motion heads the page: its sentence among the first lines


def _motion_of_page(lines) -> tuple[int, str | None] | None:
    """(index, subject) of the motion a page opens with: the heading line
    (no sentence, no label) right above the faction's "... beantragt" line;
    the subject None where that line opens the page's text."""
    filled = [(i, line) for i, (_, line) in enumerate(lines) if line][:_MOTION_LINES]
    for k, (i, line) in enumerate(filled):
        m = _MOTION_SENTENCE.match(line)
        # (not a report of a motion made before: "Die SPD Fraktion hat beantragt, ...")
        if not m or re.search(r"\b(?:hat|hatte|haben|hatten)[ \t]+beantragt$", m.group()):
            continue
        if not k:
            return i, None
        # (the month or day the motion was written may stand between: "Ergänzung ..." / "Juli 2022")
        if k >= 2 and _letter_dateline(filled[k - 1][1]):
            k -= 1
        heading = filled[k - 1][1]
        if (len(heading.split()) <= 20 and not re.search(r"[.:;!?]$", heading)
                and not _LABEL_VALUE.match(heading) and not _MOTION_SENTENCE.match(heading)):
            return i, heading
        return None
    return None


def _title_of_motion_page(lines) -> str | None:
    found = _motion_of_page(lines)
    return found[1] if found else None


def _title_of_meeting_report(lines) -> str | None:
    """A web page reporting on a meeting: its heading names the meeting and
    its date ("Aus der Gemeinderatssitzung vom 6. November 2014"), a short
    line standing alone among the first lines, below at most the site's own
    lines and a print header ("Autor: ...", "Artikel vom 19.12.2014")."""
    filled = 0
    for i, (_, line) in enumerate(lines):
        if not line or _SITE_NOTICE.search(line):
            continue
        filled += 1
        if filled > _SITE_LINES + 2 or (line.endswith(".") and len(line.split()) >= 5):
            return None  # the running text has begun
        alone = (i == 0 or not lines[i - 1][1]) and (i + 1 == len(lines) or not lines[i + 1][1])
        # (or the page's first line over its text's first sentence, a page that sets each block on a line:
        # "Stadtvertretung - 9. Sitzung vom 02.10.2025" / "Am 2. Oktober 2025 fand die 9. Sitzung ... statt.")
        alone = alone or filled == 1 and i + 1 < len(lines) and _opens_text(lines[i + 1][1])
        # (not a title a republishing site shortened: "MGR, 15.01.2013 1 Marktgemeinderatssitzung ... - Markt X")
        if (alone and len(line.split()) <= 12 and not re.search(r"[.:;,!?]$|:\s|\.\.\.|…", line)
                and _names_a_meeting(line) and _has_day_date(line)):
            return line
    return None


# the year a heading closes with: "Änderung des Entwurfs der Hebesatzung 2025"
_YEAR_AT_END = re.compile(r"[ \t](?:19|20)\d\d$")
# a sentence announcing the points under it: "... wird wie folgt geändert:", "... beschließt folgendes:"
_OPENS_LIST = re.compile(r"\b(?:wie[ \t]+folgt|folgende[nsr]?|Folgendes)\b[^:]*:$")


def _title_of_heading_over_text(lines, type_line) -> str | None:
    """A page that opens with a short heading line and goes on with running
    text ("Überplanmäßige Ausgabe" / "Der Stadtrat genehmigt die überplanmäßige
    Ausgabe ... in Höhe von 59.697,92 DM."): the heading is its subject. Not
    a line that opens with an article (a sentence without its period), holds a
    label, a number or ends in punctuation."""
    if type_line is not None:
        return None
    filled = [line for _, line in lines if line][:_CHROME_LINES + 2 + _DECK_LINES]
    # (the site's lines above the headline: skip links, a rubric "Reutlingen · Finanzen",
    # a field "Bereitstellungsdatum: 12.12.2023 Amtliche Bekanntmachungen der KW50 (2023)")
    chrome = 0
    while chrome < _CHROME_LINES and chrome < len(filled) and _is_chrome(filled[chrome]):
        chrome += 1
    filled = filled[chrome:]
    if len(filled) < 2:
        return None
    head = filled[0]
    # a news page may set a deck under its headline, in dashes or brackets, before the text:
    # "– Gemeinderat stellt ... in den Haushalt ein –" / "(Bericht von der Gemeinderatsitzung am ...)"
    decks = 0
    while decks < _DECK_LINES and 1 + decks < len(filled) - 1 and (
            _DECK.fullmatch(filled[1 + decks]) or _DATELINE.fullmatch(filled[1 + decks])
            or _PHOTO_CREDIT.search(filled[1 + decks])):
        decks += 1
    text = filled[1 + decks]
    if _TOWN.match(head) or _PORTAL_TOWN.search(head):
        # the site's own name: "Stadt Radeberg", "Ratsinformationssystem ..." (not a headline naming
        # the town: "Mehr Geld für die Stadt Schwabach")
        return None
    words = head.split()
    # (a line that opens with an article is a sentence broken without its period, unless a
    # rubric sets it apart as a headline: "Reutlingen · Finanzen" / "Die nächste Haushaltssperre kommt ...")
    if (not 2 <= len(words) <= (10 if chrome else 8) or not re.match(r"[A-ZÄÖÜ]", head)
            or re.search(r"[\d:|]|[.,;!?]$", _YEAR_AT_END.sub("", _DAY_OF_MONTH.sub("", head)))
            or (re.match(_DETERMINER + r"\b", head, re.IGNORECASE) and not chrome)):
        return None
    # the text under it is a sentence of its own (not the heading's line going on: "Herr X" / "sagt zu, ..."),
    # or one that opens a list of points ("Die Satzungsvorlage wird wie folgt geändert:" / "1. ...")
    return head if re.match(r"[A-ZÄÖÜ]", text) and (text.endswith(".") or _OPENS_LIST.search(text)) \
        and len(text.split()) >= 6 else None


# a report page's headline stands over its text, below at most the site's name
# ("Sondershausen") or a rubric, and above at most a subtitle, a rubric
# ("Aktuelles Pressespiegel") and the article's dateline and author lines
_HEADLINE_WORDS = 20
_HEADLINE_GAP = 8      # filled lines between the headline and the first sentence of the text
_TEASER_WORDS = 30     # a teaser over a headline is shorter than this
# a link to a file or a page, no headline: "Der Text als pdf-Datei: 20220209b_Ratssitzung_20220207",
# "Die Tagesordnung gibt es hier: https://..."
_LINK_TEXT = re.compile(r"(?i)\bpdf\b|\w_\w|\.(?:pdf|docx?|html?)\b|\bhttps?://|\bwww\.")
_HEADLINE_START = re.compile(r"[\"„‚'A-ZÄÖÜ]")
# (a line that ends in a stop, a dash or a function word is a sentence or a label broken over lines:
# "Beschluss zum Antrag der" / "SPD:", "31.01.24 –"; not a verb's particle: "... stimmten dem Haushalt zu")
_HEADLINE_END = re.compile(r"(?:[.:;,\-–—…]|\b(?:der|die|das|den|dem|des|und|oder|zum|zur|von|vom|für|im|am))$")
_BREADCRUMB = re.compile(r"[ \t][»>›][ \t]")
# the author's line of an article, no headline: "Von Dirk Rosenberger", "Von Tobias Winkler 03.11.2025, 18:06"
_BYLINE = re.compile(r"Von[ \t]+(?:[A-ZÄÖÜ][\w.-]*[ \t]*){1,4}(?:[ \t]+\d[\d.,: \t]*)?")
_HEADLINE_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]{3,}")


# a headline led by its place, the newspaper's kicker: "Trier: Neuer Verbandsgemeinderat Trier-Land",
# "Bad Essen: Rat beschließt ..." (a known place before the colon; not a page's field, "Stand: 01.02.2020")
_KICKER = re.compile(r"(?P<place>" + _NAME + r"(?:[ \t]" + _NAME + r")?)[ \t]*:[ \t]+[\"„A-ZÄÖÜ]")


def _place_kicker(line: str) -> bool:
    m = _KICKER.match(line)
    if not m:
        return False
    place = m.group("place")
    return is_place(place) or " " in place and full_place_name(line, 0, place.split()[0]) == place


def _opens_text(line: str) -> bool:
    """``line`` is a paragraph of running text: a sentence of some length."""
    return bool(re.match(r"[\"„A-ZÄÖÜ]", line)) and len(line.split()) >= 6 and bool(
        re.search(r"[.!?…:\"“]$|[.!?][ \t]+[A-ZÄÖÜ]", line))


# a picture's caption opening with its credit: "Fotos (Hansestadt Uelzen): Neue Gesichter im Rat ...",
# "Foto: Stadt Kehl – ..."
_CAPTION = re.compile(r"(?:[A-ZÄÖÜ][a-zäöüß]*foto|Fotos?|Bild|Bilder|Grafik)(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:")
# a headline set as its topic and a clause on it: "Bürgerbegehren: Verwaltung entwirft Satzung"
_TOPIC_HEADLINE = re.compile(r"[A-ZÄÖÜ][\wäöüß-]+:[ \t]+[A-ZÄÖÜ][\wäöüß-]*(?:[ \t]+[\wäöüß-]+){2,}")


def _topic_headline(filled, k: int) -> bool:
    """Filled line ``k`` is a headline of a topic and a clause of three words
    or more without figures, standing alone (no field of a form: the line below
    is no "Label: value" line)."""
    line = filled[k][1]
    return (bool(_TOPIC_HEADLINE.fullmatch(line)) and not re.search(r"\d", line)
            and (k + 1 >= len(filled) or not _LABEL_VALUE.match(filled[k + 1][1])))


# a page's rubric of one word and the year it collects: "Presseberichte 2014", "Pressemitteilungen 2023"
_YEAR_RUBRIC = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+[ \t]+(?:19|20)\d\d")
# a list of topics set apart by semicolons, no sentence: "Aufforstung Eberdinger Strasse;  Kreiskrankenhaus Leonberg; ..."
_TOPIC_LIST = re.compile(r"[^.!?:;\n]+(?:;[^.!?:;\n]+){2,};?")


def _title_of_report_headline(text: str, lines, type_line) -> str | None:
    """The headline of a report page (a newspaper's or a group's article, a
    news item; extract.report_pages) or of a page whose type stands as a label
    below it: the first line that is no sentence,
    standing over the article's text. Not a headline that opens with the
    page's type word ("Haushaltsrede Kreistag 05.03.2012": the title follows
    the type word) and not the first line of the text itself."""
    filled = [(i, line) for i, (_, line) in enumerate(lines[:HEAD_LINES]) if line]
    k = 0
    # (the site's name or rubric over the headline: one word, a chrome line, a breadcrumb trail,
    # "Verwaltungsgemeinschaft » Gemeinschaftsversammlung", or the day the site shows, "• 16. Januar 2025")
    while k < min(_CHROME_LINES, len(filled) - 1) and (
            len(filled[k][1].split()) == 1 or _YEAR_RUBRIC.fullmatch(filled[k][1])
            or _is_chrome(filled[k][1]) and not _place_kicker(filled[k][1]) and not _topic_headline(filled, k)
            or _BREADCRUMB.search(filled[k][1]) or _DATELINE_ALONE.fullmatch(filled[k][1])):
        k += 1
    # (the page's index of the topics it holds over its first item: "Themen" / "Aufforstung ...; Kreiskrankenhaus ...")
    if k + 1 < len(filled) and _TOPIC_LIST.fullmatch(filled[k][1]):
        k += 1
    if k >= len(filled):
        return None
    # (a rubric over the item's date over its headline: "Aktuelles aus der Gemeinde" / "19.12.2022" /
    # "Aus der Arbeit des Gemeinderates - der Gemeinderat beriet ...")
    if (k + 2 < len(filled) and _DATELINE_ALONE.fullmatch(filled[k + 1][1])
            and not _opens_text(filled[k][1]) and not _opens_text(filled[k + 2][1])):
        k += 2
    # (a news site's teaser may stand over the headline, a sentence or two that are no paragraph of the
    # article: "Kreistag muss über Mehrkosten ... entscheiden. Was die Hintergründe sind." / "Geplante Millionen ...")
    if (k + 1 < len(filled) and re.search(r"[.!?]$", filled[k][1])
            and 6 <= len(filled[k][1].split()) <= _TEASER_WORDS and not _opens_text(filled[k + 1][1])):
        k += 1
    i, head = filled[k]
    if type_line is not None and type_line[0] <= i:
        return None
    if (not 2 <= len(head.split()) <= _HEADLINE_WORDS or not _HEADLINE_START.match(head) or _CAPTION.match(head)
            or _BYLINE.fullmatch(head)
            or _HEADLINE_END.search(head) or len(_HEADLINE_WORD.findall(head)) < 2
            or _LABEL_VALUE.match(head) and not _place_kicker(head) and not _topic_headline(filled, k)
            or _LINK_TEXT.search(head)):
        return None
    # (not a letter's sender or addressee line, "GRÜNE Gemeinderatsfraktion, Hebelstraße 21, 76133 Karlsruhe",
    # nor the issuer's name alone, "Stadt Heilbronn"; a letter has no headline: "Sehr geehrter Herr ...")
    if re.search(r"\b\d{5}\b", head) or _TOWN.fullmatch(head) or any(
            line.startswith("Sehr geehrte") for _, line in filled[k + 1:k + 1 + _HEADLINE_GAP]):
        return None
    if not any(_opens_text(line) for _, line in filled[k + 1:k + 1 + _HEADLINE_GAP]):
        return None
    # (or a page whose type word stands below the headline as the label its text opens with: a party's
    # motion, "FDP Antrag VG-Rat Rhein-Nahe: Nutzung des ..." / "Antrag:" / "Der Verbandsgemeinderat möge ...")
    labelled = type_line is not None and type_line[2] == ":" and type_line[0] > i
    return head if labelled or is_report_page(text) else None


# a page that lists news items under its standing heading ("Stadtnachrichten", "Kreistag: Pressemitteilungen
# 2023"): each item a headline over its teaser or text, the items set alike (each opening with a bullet,
# or with the same words: "Sitzung des Kreistags ... am 11. Dezember: ..." / "Sitzung des Kreistags ... am 25. September")
_BULLET = re.compile(r"[•·▪*–-][ \t]+")
_COLLECTION_HEADING_WORDS = 6
_ITEM_TEXT_GAP = 2     # filled lines between an item's headline and its text


def _is_headline(line: str) -> bool:
    return (2 <= len(line.split()) <= _HEADLINE_WORDS and bool(_HEADLINE_START.match(line))
            and not _HEADLINE_END.search(line) and not re.search(r"[!?…\"“]$", line))


def _is_item(filled: list[str], k: int) -> bool:
    """Filled line ``k`` is an item's headline, its teaser or text right below."""
    return _is_headline(_BULLET.sub("", filled[k], count=1)) and any(
        _opens_text(after) for after in filled[k + 1:k + 1 + _ITEM_TEXT_GAP])


def _title_of_collection(text: str, lines) -> str | None:
    """The standing heading of a report page that lists several news items:
    the page's first line, the first item's headline right below it."""
    filled = [line for _, line in lines[:HEADER_CHARS] if line]
    if len(filled) < 4:
        return None
    heading = filled[0]
    if (len(heading.split()) > _COLLECTION_HEADING_WORDS or re.search(r"[.!?,;]$", heading)
            or _has_day_date(heading) or _DAY_OF_MONTH.search(heading)):
        return None
    if not _is_item(filled, 1):
        return None  # (the first item right under the heading)
    items = []
    for k, line in enumerate(filled[1:], 1):
        if _is_item(filled, k):
            items.append((k, line))
    if len(items) < 2:
        return None
    bullets = sum(bool(_BULLET.match(line)) for _, line in items)
    openings = [" ".join(_BULLET.sub("", line, count=1).split()[:2]) for _, line in items]
    if bullets < 2 and len(set(openings)) == len(openings):
        return None  # headings set unlike: an article's headline and its subheadings
    return heading if is_report_page(text) else None


_DECK = re.compile(r"[-–—][ \t].*[ \t][-–—]|\(.*\)")
# the caption of the page's picture between its headline and its text, closed by the picture's
# credit: "... nochmals. Archivfoto", "... im Rathaus. Foto: Stadt", "(Foto: privat)", "Bild: dpa", "© Gemeinde"
_PHOTO_CREDIT = re.compile(r"(?:\b(?:[A-ZÄÖÜ][a-zäöüß]*foto|Foto|Bild|Grafik)(?:[ \t]*:[ \t]*[^.:\n]{1,40})?|©[^.\n]{1,40})\)?$")
# a news page's dateline between its headline and its text: "veröffentlicht am: 08.04.2025",
# "Erschienen am 12.03.2019", "Stand: 01.02.2020", a date alone
_DATELINE = re.compile(r"(?i:(?:veröffentlicht|erschienen|publiziert|erstellt|aktualisiert|stand|datum)"
                       r"(?:[ \t]+am)?[ \t]*:?[ \t]*)?\d{1,2}\.\d{1,2}\.\d{2,4}(?:,?[ \t]+\d{1,2}[:.]\d{2}(?:[ \t]+Uhr)?)?")
# a day named in a headline by its month: "Nächste Stadtratssitzung findet am 17. April statt"
_DAY_OF_MONTH = re.compile(r"\b\d{1,2}\.[ \t]*(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober"
                           r"|November|Dezember)\b")
_CHROME_LINES = 2
# a web page's own lines above its headline: skip links ("Zum Hauptinhalt springen"), a rubric of a
# few words set apart by a middle dot or bar ("Reutlingen · Finanzen", "Lokales | Politik"), a field
# of the page ("Bereitstellungsdatum: 12.12.2023 ...")
_CHROME = re.compile(r".*\bspringen\b.*|[^.:;!?]{2,40}?[ \t][·|][ \t][^.:;!?]{2,40}|[A-ZÄÖÜ][\wäöüß-]*[ \t]*:[ \t]*\S.*")


def _is_chrome(line: str) -> bool:
    return bool(_CHROME.fullmatch(line)) and len(line.split()) <= 12
_DECK_LINES = 2


def _title_from_markdown(text: str) -> str | None:
    for m in re.finditer(r"^#{1,4}\s+(.+)$", text[:HEADER_CHARS], re.MULTILINE):
        head = _clean(m.group(1))
        if len(head.split()) >= 3:
            return head.rstrip(",")
    return None


def _title_in_parentheses(lines, type_line) -> str | None:
    """A page title of the form ``Vorlage (Subject)``."""
    if type_line is None:
        return None
    i, _, rest = type_line
    if rest.startswith("(") :
        block = [rest] + [l for _, l in lines[i + 1:i + 3] if l]
        joined = _join(block)
        depth, out = 0, ""
        for ch in joined:
            depth += ch == "("
            depth -= ch == ")"
            out += ch
            if depth == 0:
                break
        return out[1:-1].strip() or None
    return None


# a letterhead line naming the sender's role or contact, "Vorsitzender: Günter
# Winkelmann", "Tel.: 0721 133-1234"; it sits above a letter's subject and is
# no part of it
_LETTERHEAD_FIELD = re.compile(
    r"(?:Vorsitzende[rn]?|Stellv\.?\s*Vorsitzende[rn]?|Sprecher(?:in)?|Ansprechpartner(?:in)?"
    r"|Verfasser(?:in)?|Absender(?:in)?|(?:Sach)?[Bb]earbeiter(?:in)?|Auskunft|Telefon|Tel\.?"
    r"|Fax|E-Mail|Aktenzeichen|Az\.?|Datum)\s*:", re.IGNORECASE)


# a month and year alone on its line, when a letter was written: "Juli 2022"
_MONTH_YEAR = re.compile(r"(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)"
                         r"[ \t]+(?:19|20)\d\d")


def _letter_dateline(line: str) -> bool:
    """``line`` is the day or month a letter was written, alone on its line."""
    return bool(_MONTH_YEAR.fullmatch(line) or _DATELINE_ALONE.fullmatch(line))


def _names_meeting_for(line: str) -> bool:
    """``line`` is a paper's type word naming the meeting it is put to:
    "Antrag zur Sitzung des Stadtrates am 28. Januar 2019"."""
    hit = _type_at_line_start(line)
    return bool(hit and re.match(r"(?:zur|für[ \t]+die)[ \t]", hit[1]) and _names_a_meeting(hit[1])
                and _has_day_date(hit[1]))


def _title_before_salutation(lines) -> str | None:
    """A letter's subject: the paragraph right above "Sehr geehrte ..." (above
    the letter's date or its type word naming the meeting it is put to, where
    these stand alone between: "Ergänzung ..." / "Juli 2022")."""
    for i, (_, line) in enumerate(lines):
        if re.match(r"Sehr geehrte", line):
            j = i - 1
            while j >= 0 and not lines[j][1]:
                j -= 1
            if j > 0 and (_letter_dateline(lines[j][1]) or _names_meeting_for(lines[j][1])):
                j -= 1
                while j >= 0 and not lines[j][1]:
                    j -= 1
            block: list[str] = []
            while j >= 0 and lines[j][1] and len(block) < 3 and not _LETTERHEAD_FIELD.match(
                    lines[j][1]):
                block.insert(0, lines[j][1])
                j -= 1
            title = _join(block)
            if title and not _has_day_date(title) and not _NOT_SUBJECT.search(title):
                return title
            return None
    return None


def _title_of_yearly_report(lines, type_line) -> str | None:
    """``Beteiligungsbericht 2024``: a report named by its type and year."""
    if type_line and re.fullmatch(r"(?:19|20)\d\d", type_line[2]):
        return lines[type_line[0]][1]
    return None


_NOT_SUBJECT = re.compile(
    r"^(?:Stadtr(?:at|ätin)|Stadtverordnete|Herrn?|Frau|Dr\.|Der\s|Die\s|An\s|Gremium|Termin"
    r"|Sitzung|\d)|Fraktion|fraktion|Sitzung|Oberbürgermeister|Bürgermeister|Postfach"
    r"|\d{5}\s|(?:straße|str\.|weg|platz)\s+\d|Tel\.|E-Mail", re.IGNORECASE)


# a gazette, an issue of notices: "Amtsblatt für den Landkreis Elbe-Elster", "Mitteilungsblatt"
_GAZETTE = re.compile(r"\w*blatt|Amtsanzeiger")


def _title_after_header(lines, type_line) -> str | None:
    """The first subject-like line after the type line and the header fields:
    a line of words that is no label, value, name, address or date."""
    if type_line is None or _is_minutes(type_line[1]):
        return None
    if _GAZETTE.fullmatch(type_line[1]) or any(_CONTENTS_HEAD.fullmatch(line) for _, line in lines[:80]):
        return None  # a gazette's issue or a collection lists its items' subjects, it has none of its own
    start = type_line[0] + 1
    for i in range(start, min(len(lines), start + 30)):
        line = lines[i][1]
        if re.match(r"Tagesordnung\b", line) or (
                len(line.split()) > 14 or (line.endswith(".") and len(line.split()) > 6)):
            return None  # the agenda or the running text has begun
        if (not line or line.startswith("[") or len(line.split()) < 2 or ":" in line or _HEADER_FIELD.search(line) or _SECTION.match(line)
                or _NOT_SUBJECT.search(line) or _has_day_date(line)
                or len(re.findall(r"[A-Za-zÄÖÜäöüß]{2,}", line)) < 2 or line.isupper()):
            continue
        return _join([line] + _continuation(lines, i + 1))
    return None


def _has_day_date(line: str) -> bool:
    return bool(re.search(r"\d{1,2}\.\s?(?:\d{1,2}\.|[A-ZÄÖÜ][a-zä]+)\s?\d{2,4}", line))


# label/value fields of a portal page that hold the subject: "Betreff" of a
# paper, "Auszug" of an agenda item's page (ALLRIS to020), "Bezeichnung" of
# a meeting's agenda (ALLRIS to010)
_TITLE_FIELDS = ("Betreff", "Betrifft", "Gegenstand", "Auszug", "Bezeichnung")


def find_title(doc, lines=None, type_line=None) -> str | None:
    value = _field(doc, _TITLE_FIELDS)
    if value:
        return _join(value.splitlines())
    lines = lines if lines is not None else _lines(doc.text)
    if type_line is None:
        type_line = _paper_type_line(lines)
    web_page = getattr(doc, "kind", None) == "html"
    for rule in (lambda: _title_of_extract(lines),
                 lambda: _title_of_item_page(lines),
                 lambda: _title_over_meeting_data(lines),
                 lambda: _title_of_minutes_paragraph(lines),
                 lambda: _title_of_headless_minutes(lines),
                 lambda: _title_in_parentheses(lines, type_line),
                 lambda: _title_from_label(lines, one_line=web_page),
                 lambda: _title_below_paper_heading(lines) if web_page else None,
                 lambda: _title_from_inline_label(lines),
                 lambda: _title_after_clerk_field(lines),
                 lambda: _title_from_agenda_item(lines),
                 lambda: _title_after_own_number(lines),
                 lambda: _title_from_motion_item(lines),
                 lambda: _title_of_yearly_report(lines, type_line),
                 lambda: _title_above_table(lines),
                 lambda: _title_from_heading(lines, type_line),
                 lambda: _title_after_addressee(type_line),
                 lambda: _title_after_type_colon(type_line),
                 lambda: (_run_on_heading(lines) or (None, None))[1] if type_line is None else None,
                 lambda: _title_of_motion_page(lines) if type_line is None else None,
                 lambda: _title_of_meeting_report(lines),
                 lambda: _title_from_markdown(doc.text),
                 lambda: _title_before_salutation(lines),
                 lambda: _title_of_heading_over_text(lines, type_line),
                 lambda: _title_of_collection(doc.text, lines) if type_line is None else None,
                 lambda: _title_over_preamble(lines, type_line),
                 lambda: _title_above_type_line(lines, type_line),
                 lambda: _title_of_report_headline(doc.text, lines, type_line),
                 lambda: _title_after_header(lines, type_line)):
        title = rule()
        if title:
            return _DECORATION.sub("", title).strip() or title
    return None


# the runs of signs a site sets around a headline: "+++ Sonderstadtverordnetenversammlung am 15.07.2015 +++"
_DECORATION = re.compile(r"^[+*~=#]{2,}[ \t]*(?=.*[ \t][+*~=#]{2,}$)|(?<=[ \t])[+*~=#]{2,}$")


# --- body -------------------------------------------------------------------

# a district's own bodies: "Bezirksamt Wandsbek", "Bezirksverordnetenversammlung Lichtenberg von Berlin"
# (on one line: "Initiator:Bezirksamt" / "Drucksache-Art:..." is a label and the next field's label)
# (a portal may run two table cells together: "Initiator:Fraktion der CDUBezirksverordnetenversammlung Mitte";
# a capital B inside a word is no compound, so no word boundary is required before it)
# (Berlin's portals print the assembly by its abbreviation: "Gremium: BVV Treptow-Köpenick")
# (a word after the abbreviation must be a place: "BVV Sitzung" names none)
_DISTRICT = re.compile(r"(?:Bezirksamt|Bezirksversammlung|Bezirksverordnetenversammlung|(?P<abbr>\bBVV))[ \t]+(?P<name>"
                       + _NAME + r")")
# a district's name may open with an adjective: "Landkreis Mecklenburgische Seenplatte",
# "Landkreis Sächsische Schweiz-Osterzgebirge"; "des Kreises Coesfeld" names it in the genitive
# a noun of what a body does, which a portal's Beratungsfolge prints after the body's name
# ("Bezirksverordnetenversammlung Beratung", "... Entscheidung", "... Kenntnisnahme"): no place
_ROLE_NOUN = re.compile(r"(?:ung|nahme)$")
_DISTRICT_NAME = r"(?:[A-ZÄÖÜ][a-zäöüß]+ische[ \t]+)?" + _NAME
# a municipality named for its place, "Samtgemeinde Am Dobrock", "Gemeinde Am Ettersberg": the
# preposition is part of the name where the name ends the phrase (a line end, a comma, a period)
_PLACE_NAME = r"(?:Am|An der|Im|In der)[ \t]+" + _NAME + r"(?=[ \t]*(?:\n|$|[,.;)]))"
_TOWN = re.compile(
    r"\b(?:Stadt|STADT|(?i:Landeshauptstadt)|Kreisstadt|Hansestadt|Universitätsstadt|Gemeinde"
    r"|GEMEINDE|Verbandsgemeinde|Samtgemeinde|(?:Stadt|Gemeinde|Verbandsgemeinde|Samtgemeinde|Kreis)verwaltung"
    r"|Kreis|Landkreis|Kreises|Landkreises)"
    r"\s+(?P<name>" + _PLACE_NAME + r"|" + _DISTRICT_NAME + r"|[A-ZÄÖÜ]{3,}(?:-[A-ZÄÖÜ]+)*)\b")
# the same matches, searched where a word opens with one of the words' first letters
_TOWN_RULE = Rule(_TOWN.pattern)
# Bavaria's market towns: "Markt Höchberg", "des Marktes Marktzeuln", "Marktgemeinde Zapfendorf";
# "Markt" is also a noun ("auf dem Markt Anfang Mai"), so a name after it must be a known place
_MARKET_TOWN = re.compile(r"\bMarkt(?:es|gemeinde)?[ \t]+(?P<name>" + _NAME + r")\b")
# (it opens with a word boundary: searched where "Mark" stands, not at every position)
_market_towns = opening_finditer(_MARKET_TOWN)


# a town named as the owner of the room a meeting is held in ("Sitzungsraum der Gemeinde Dohndorf",
# an Ortschaft's former hall) is where it meets, which need not be the body that issues the paper
_VENUE_OF = re.compile(r"(?:[Ss]itzungs(?:raum|saal|zimmer)|[Rr]atssaal|Rathaus|Bürgerhaus|Gemeindehaus|Gemeindezentrum)"
                       r"[ \t]+(?:der|des)[ \t]+$")


def _names_a_town(m: re.Match) -> bool:
    name = m.group("name")
    if name in _NOT_A_TOWN or len(name) <= 2:
        return False
    if _COMPOUND_OF_NOUN.search(name) and not is_place(name):
        return False
    return m.re is not _MARKET_TOWN or is_place(name)
# a portal names its town: "Bürgerinformationssystem der Stadt Koblenz",
# "Ratsinformationssystem Münster", "RatsInformationsSystem München" (page head or the HTML <title>);
# the portal's name in other words or spellings ("Ratsinfo Köln", "Bürgerinfo", "Ratsinformationssytem
# Schwäbisch Hall") names a town only where the word after it is a known place
_PORTAL_ANY = re.compile(r"\b(?:Rats|Bürger)(?i:info[a-zäöüß]*)[ \t]*\n?[ \t]*(?:(?:der|des)\s+)?"
                         r"(?:(?:Stadt|Gemeinde|Verbandsgemeinde|Samtgemeinde|Landkreises|Kreises|Landeshauptstadt|Marktes)\s+)?"
                         r"(?P<name>" + _NAME + r")\b")
_PORTAL_TOWN = re.compile(
    r"\b(?:Rats|Bürger)(?i:informations(?:system|dienst))[ \t]*\n?[ \t]*(?:(?:der|des)\s+)?"
    r"(?:(?:Stadt|Gemeinde|Verbandsgemeinde|Samtgemeinde|Landkreises|Kreises|Landeshauptstadt)\s+)?"
    r"(?P<name>" + _NAME + r")\b")
# (or a district's: "der Kreistag des Landkreises Mecklenburgische Seenplatte", "des Kreistages des Kreises Kleve")
_OWN_COUNCIL = re.compile(
    r"\b(?:Der|der|Den|den|Dem|dem|vom|im|beim|zum)\s+(?:Rat|Stadtrat|Gemeinderat|Ortsgemeinderat|Stadtverordnetenversammlung|Gemeindevertretung)"
    r"\s+der\s+(?:Stadt|Gemeinde|Landeshauptstadt|Hansestadt|Kreisstadt|Universitätsstadt|Ortsgemeinde)\s+(?P<name>" + _NAME + r")\b"
    r"|\b(?:Der|der|Den|den|Dem|dem|Des|des)\s+Kreistag(?:es|s)?\s+des\s+(?:Landkreises|Kreises)\s+(?P<district>"
    + _DISTRICT_NAME + r")\b")
# councils whose names are no person's title (unlike "Stadtrat Müller"), also as their short forms:
# "FDP Antrag VG-Rat Rhein-Nahe: ..." (Verbandsgemeinderat), "OG-Rat", "SG-Rat"
_COUNCIL_OF_TOWN = re.compile(
    r"\b(?:(?:Orts|Samt|Verbands)gemeinderat(?:es|s)?|(?:OG|SG|VG)-Rat(?:es|s)?|Stadtvertretung|Gemeindevertretung)"
    r"\s+(?P<name>"
    + _NAME + r")\b")
# a county assembly named with its district, as a report names it: "Der Kreistag Hersfeld-Rotenburg hat ...",
# "im Kreistag Meißen." (the name a known place or a district's compound name, followed by a verb or the
# sentence's end; not the assembly's role in a table: "Kreistag Kenntnisnahme")
_COUNTY_COUNCIL_OF = re.compile(
    r"\b(?:[Dd]er|[Dd]en|[Dd]em|[Dd]es|[Ii]m|vom|beim)[ \t]+Kreistag(?:e?s)?[ \t]+(?P<name>" + _DISTRICT_NAME + r")"
    r"(?=[ \t]+[a-zäöüß]|[ \t]*[.,;:)]|[ \t]*$)", re.MULTILINE)
_LOCAL_COUNCIL = re.compile(r"\bOrtsrat(?:e?s)?[ \t]+(?P<name>" + _NAME + r")\b")
# a meeting of a council in the genitive, the town after it (a person's title "Gemeinderat Müller"
# stands in other cases: "Gemeinderat Müller fragt", "an Stadtrat Müller"; an Ortschaftsrat is
# named for a part of a town: "Sitzung des Ortschaftsrates Dohndorf" of the Stadt Köthen; a city's district
# council is the body of a district's papers, as a Bezirksamt is: "Sitzung des Beirates Woltmershausen")
_MEETING_OF_COUNCIL = re.compile(
    r"\b(?:[Ss]itzung|SITZUNG)\.?[ \t]+(?:des|der)[ \t]+(?:(?:Orts|Verbands|Samt)?[Gg]emeinderat(?:e?s)|Stadtrat(?:e?s)"
    r"|Gemeindevertretung|Stadtvertretung|Stadtverordnetenversammlung|Kreistag(?:e?s)|Beirat(?:e?s))\.?"
    r"[ \t]+(?P<name>" + _NAME + r")\b")
_HEADING_AFTER_TOWN = re.compile(r"[ \t]*(?:\n|$|[.,;:(]|(?:vom|am)[ \t]+\d|Nr\.)")
_FIELD = re.compile(r"^\s*Kommune\s*:?\s*\n?\s*(?P<name>" + _NAME + r")\s*$", re.MULTILINE)
# associations of municipalities that act for their members (Baden-Württemberg's
# Gemeindeverwaltungsverband, Verwaltungsverband, Bavaria's Verwaltungsgemeinschaft); the name
# may open with an adjective or "Raum": "Oberes Zabergäu", "Raum Weingarten"
_ASSOCIATION = re.compile(
    r"\b(?:Gemeindeverwaltungsverband|Verwaltungsverband|Verwaltungsgemeinschaft)(?:e?s)?[ \t]+(?P<name>"
    r"(?:[A-ZÄÖÜ][a-zäöüß]+(?:es|er|en|e)[ \t]+|Raum[ \t]+)?" + _NAME + r")(?=[ \t]*(?:\n|$|[,.;)])|[ \t]+[a-zäöüß])")
# a postal address "50767 Köln" (postcode and town on one line)
# (not in a file name "V 04180 Anlage Stellungnahmen.pdf"; not an amount, five digits and
# their currency: "mehr als 50000 Euro")
_POSTCODE = re.compile(r"(?:^|[,|]\s*|\s)(?<![/-]\s)\d{5}[ \t]+(?!(?:Euro|Mark)\b)(?P<name>" + _NAME + r")\b(?![ \t]*[:*])"
                       r"(?![^\n]*\.(?:pdf|docx?|xlsx?|odt|ods|html?|zip)\b)", re.MULTILINE | re.IGNORECASE)
# words that follow "Stadt" without naming one: "Der Oberbürgermeister",
# "spart der Stadt Kosten", "die Stadt Geld kostet"; the common nouns among them also end
# a compound that names none ("dass die Stadt Büroflächen ... anmieten kann", "Personalkosten")
_COMMON_NOUNS = ("Kosten", "Geld", "Mittel", "Einnahmen", "Ausgaben", "Vorteile", "Nachteile", "Schaden", "Probleme",
                 "Aufgaben", "Zeit", "Millionen", "Steuern", "Gebühren", "Personal", "Flächen", "Grundstücke")
_NOT_A_TOWN = {"Der", "Die", "Das", "Und", "Verwaltung", "Stadtrat", "Rat", "Bürgermeister",
               "Oberbürgermeister", "Kämmerer", *_COMMON_NOUNS,
               "Zum", "Zur", "Im", "In", "Am", "An", "Mit", "Für", "Von", "Bei", "Referent",
               "Sitzung", "Sitzungen"}
_COMPOUND_OF_NOUN = re.compile(r"[a-zäöüß](?:" + "|".join(w.lower() for w in _COMMON_NOUNS) + r")$")


def _most_named(text: str, found: list[re.Match]) -> re.Match:
    """Of several towns the head names, the first, unless the text names it
    once only and another town more often: "Anhörung durch die Stadt Singen"
    (once, another party) / "CI-Konzept der Gemeinde Hilzingen", "Peter-Thumb-Schule
    Hilzingen" (the page's own)."""
    if len({m.group("name") for m in found}) == 1:
        return found[0]
    counts = {name: len(re.findall(r"(?<![\wÄÖÜäöüß-])" + re.escape(name) + r"(?![\wäöüß])", text))
              for name in {m.group("name") for m in found}}
    if counts[found[0].group("name")] > 1:
        return found[0]
    best = max(counts.values())
    return next(m for m in found if counts[m.group("name")] == best)


def _town_name(name: str) -> str:
    return name.title() if name.isupper() else name


# a town named with its river or region: "Frankfurt am Main", "Frankfurt an der Oder"
_TOWN_SUFFIX = re.compile(r"[ \t]+(?:am|an der|im|in der|ob der)[ \t]+" + _NAME + r"\b")


# an official name set apart from its river or region by brackets or a slash, part of the name
# wherever it stands: "Verbandsgemeinde Zell (Mosel)", "Stadt Lahr/Schwarzwald", "Halle (Saale)"
# (a river or region that qualifies places of the place file; not a statute's short name in brackets,
# "Stadt Karlsruhe (Schulgeldsatzung)", a page's "(Druckversion)" nor a second body, "Stadt X/Gemeinde Y")
_QUALIFIER = re.compile(r"(?:[ ]?\((?P<bracket>" + _NAME + r")\)|/(?P<slash>" + _NAME + r"))(?![\wäöüß/-])")


_SUFFIX_ENDING_FIELD = re.compile(r"[ \t]+(?P<suffix>(?:am|an[ \t]+der|im|in|in[ \t]+der|ob|ob[ \t]+der|bei|unter)[ \t]+"
                                  + _NAME + r")[ \t]*(?:\||\n|$)")


# a town's name of two parts joined by a spaced dash, the sentence going on with its verb: "Der Stadtrat der
# Stadt Wanzleben - Börde beschließt" (not a heading's next part, "Stadt Karlsruhe - Weiterführung des ...",
# "Landkreises Osnabrück - Beratung und ...", nor a word after it that is no verb: "mit", "nicht")
_SECOND_PART = re.compile(r"[ \t]+-[ \t]+(?P<part>" + _NAME + r")(?=[ \t]+(?!(?:mit|nicht|seit|statt|jetzt|bis)\b)"
                          r"(?:[a-zäöüß]+t|wird)\b)")


def _second_part(text: str, end: int) -> str:
    """" - Börde" where the town's name found up to ``end`` goes on so; else ""."""
    m = _SECOND_PART.match(text, end) if text.startswith(" -", end) else None
    return " - " + m.group("part") if m else ""


def _full_town_name(text: str, m: re.Match, towns: list[re.Match]) -> str:
    """The town of a "Stadt X" match: a known place name of several words
    spelled out from there ("Stadt Forst (Lausitz)"), else X with the suffix
    that every mention of "Stadt X" in the text carries ("Stadt Frankfurt am
    Main" twice); a suffix seen once may be running text ("Stadt Köln im
    Rahmen ..."). ``towns``: every match of _TOWN in the text."""
    name = _town_name(m.group("name"))
    known = full_place_name(text, m.start("name"), name)
    if known != name:
        return known
    second = _second_part(text, m.end("name"))
    if second:
        return name + second
    qualifier = _QUALIFIER.match(text, m.end("name"))
    if qualifier and is_region(qualifier.group("bracket") or qualifier.group("slash")):
        return name + qualifier.group(0).rstrip()
    suffixes = set()
    mentions = 0
    for other in towns:
        if other.group("name") != m.group("name"):
            continue
        mentions += 1
        s = _TOWN_SUFFIX.match(text, other.end())
        suffixes.add(s.group(0).strip() if s else None)
    if mentions >= 2 and len(suffixes) == 1 and None not in suffixes:
        return name + " " + re.sub(r"\s+", " ", suffixes.pop())
    # a site's header prints the full name as a field of its own: "Gemeinde Kirchheim in
    # Unterfranken  |  E-Mail: ..." (the field holds the name alone: a line's start or a bar
    # before it, a bar or the line's end after it; not running text "der Stadt Köln im Rahmen")
    s = _SUFFIX_ENDING_FIELD.match(text, m.end())
    field_start = max(text.rfind("\n", 0, m.start()), text.rfind("|", 0, m.start())) + 1
    if s and not text[field_start:m.start()].strip():
        return name + " " + re.sub(r"\s+", " ", s.group("suffix"))
    return name


# a district's words, and the bodies a district acts by
_DISTRICT_WORDS = {"Kreis", "Landkreis", "Kreises", "Landkreises"}
_DISTRICT_BODY = re.compile(r"Kreistag|Kreisausschuss|Landrat|Kreisrat|Kreisräte|Kreisverwaltung")


def _other_district(text: str, m: re.Match) -> bool:
    """The district of a "Kreis X" match is not the page's body: it locates a
    place named before it, in brackets ("Verbandsgemeinderat Trier-Land (Kreis
    Trier-Saarburg)", "Riesa (Landkreis Meißen)"), or a report page about a
    town's council, or a paper that speaks of the district's member towns
    ("kreisangehörige Gemeinden"), names it as another party ("einen Zuschuss
    ... für den Landkreis Meißen") where no body of the district acts in it."""
    if m.group(0).split(None, 1)[0] not in _DISTRICT_WORDS:
        return False
    if text[max(0, m.start() - 1):m.start()] == "(":
        return True
    # (a paper of one of the district's towns names it as the party it entrusts with a task: "Die 34
    # kreisangehörigen Städte und Gemeinden haben die Aufgabe ... auf den Landkreis Osnabrück übertragen")
    return not _DISTRICT_BODY.search(text) and ("kreisangehörig" in text or is_report_page(text))


# a town's district in brackets after its name: "der Gemeinde Nusplingen (Zollernalbkreis)",
# "Stadt Riesa (Landkreis Meißen)"
_DISTRICT_IN_BRACKETS = re.compile(r"[ \t]*\((?:(?:Land)?[Kk]reis[ \t]+[A-ZÄÖÜ]|[A-ZÄÖÜ][\wäöüß-]*kreis\))")


def _located_by_district(text: str, m: re.Match) -> bool:
    """A town named with its district in brackets is located for the reader:
    another municipality than the page's own, which needs no locating."""
    end = m.end("name")
    return "(" in text[end:end + 2] and bool(_DISTRICT_IN_BRACKETS.match(text, end))


# a line opened by the county assembly's name: the heading of its record ("Kreistag 24. September 2008")
_COUNTY_HEADING = re.compile(r"(?m)^[ \t]*Kreistag(?:es|s)?\b")


def find_body(doc) -> str | None:
    text = doc.text
    if getattr(doc, "fields", None) and doc.fields.get("Kommune"):
        return str(doc.fields["Kommune"]).strip()
    head = text[:HEADER_CHARS]
    m = _FIELD.search(head)
    if m:
        return m.group("name")
    for m in _DISTRICT.finditer(head):
        if is_place(m.group("name")) or not m.group("abbr") and not _ROLE_NOUN.search(m.group("name")):
            return m.group("name")
    page_title = (getattr(doc, "fields", None) or {}).get("<title>") or ""
    portal_head = page_title + "\n" + head[:1500]
    m = _PORTAL_TOWN.search(portal_head)
    if m and m.group("name") not in _NOT_A_TOWN:
        full = full_place_name(portal_head, m.start("name"), m.group("name"))
        # a word on the line below the portal's name opens the page's own text
        # ("Bürgerinformationssystem" / "Ausschussvorsitzender RH Kopp trägt vor ...")
        # and is a town only where it is a known place
        if "\n" not in portal_head[m.start():m.start("name")] or full != m.group("name") or is_place(full):
            return full
    for m in _PORTAL_ANY.finditer(portal_head):
        full = full_place_name(portal_head, m.start("name"), m.group("name"))
        if full != m.group("name") or is_place(full):
            return full
    # the council that decides: "Der Rat der Stadt Geilenkirchen", "Der Stadtrat der Stadt Eisenach
    # beschließt", "vom Rat der Stadt Billerbeck ... verwiesen" (a district or town named before it may be
    # the other party)
    m = _OWN_COUNCIL.search(text[:HEADER_CHARS])
    if m and (m.group("district") or m.group("name") not in _NOT_A_TOWN):
        group = "district" if m.group("district") else "name"
        return full_place_name(text, m.start(group), _town_name(m.group(group))) + _second_part(text, m.end(group))
    # an association of municipalities that heads the page: "Sitzung der Verbandsversammlung des
    # Gemeindeverwaltungsverbandes Oberes Zabergäu"
    heading = "\n".join(line for line in head[:600].splitlines()[:8])
    m = _ASSOCIATION.search(heading)
    if m:
        return m.group("name")
    # the heading of a meeting's record names its council with the town: "Protokoll über die
    # öffentliche Sitzung des Gemeinderats Berghaupten", "Sitzung des Stadtrates Manderscheid vom ..."
    # (towns the record names further down are other parties or other councils' documents)
    # (the name a known place, or the heading going on with the meeting's date or number:
    # "Sitzung des Gemeinderates Anfang Mai" in a report names no town)
    m = _MEETING_OF_COUNCIL.search(heading)
    # (a Beirat is a district's council where the district has an Ortsamt, as Bremen's have; elsewhere
    # an advisory board named for what it advises on, "Beirat Wirtschaft", unless a known place)
    if m and m.group("name") not in _NOT_A_TOWN and (
            is_place(m.group("name")) or _HEADING_AFTER_TOWN.match(heading, m.end("name"))
            and ("Beirat" not in m.group(0) or "Ortsamt" in text)):
        return full_place_name(heading, m.start("name"), m.group("name"))
    # the header's "Stadt X" first, then the first one in the running text
    # (two letters are an abbreviation: "Hauptsatzung der Stadt Do")
    markets = _market_towns(text) if "Markt" in text else ()
    towns = sorted([*_TOWN_RULE.finditer(text), *markets], key=lambda m: m.start())
    # (a text the archive cut mid-word ends in a name's first letters, "der Gemeinde Alpe", unless they
    # are a known place: a page's footer "© Landeshauptstadt Hannover")
    cut = len(text) if text[-1:].isalpha() else -1
    names = [m for m in towns if _names_a_town(m) and (m.end("name") != cut or is_place(m.group("name")))]
    names = [m for m in names if not _VENUE_OF.search(text, max(0, m.start() - 40), m.start())] or names
    names = [m for m in names if not _other_district(text, m) and not _located_by_district(text, m)]
    head_names = [m for m in names if m.start() < 1500]
    if head_names:
        return _full_town_name(text, _most_named(text, head_names), towns)
    if names:
        return _full_town_name(text, names[0], towns)
    # a council named with its town: "Der Ortsgemeinderat Enkirch", "Stadtvertretung Kröpelin"
    m = _COUNCIL_OF_TOWN.search(text[:HEADER_CHARS])
    if m and m.group("name") not in _NOT_A_TOWN:
        return full_place_name(text, m.start("name"), m.group("name"))
    county = _county_council_of(text) if "Kreistag" in text else None
    if county:
        return county
    # the council of a municipality's Ortschaft that bears the municipality's own name: "der Ortsrat
    # Rosdorf" (an Ortschaft named otherwise, "Ortsrat Weende", is a part of another town)
    m = _LOCAL_COUNCIL.search(text, 0, HEADER_CHARS) if "Ortsrat" in text else None
    if m and is_place(m.group("name")):
        return full_place_name(text, m.start("name"), m.group("name"))
    town = _town_of_council_adjective(text[:HEADER_CHARS])
    if town:
        return town
    district = _hyphenated_district(text)
    if district:
        return district
    town = _dateline_town(text)
    if town:
        return town
    place = _place_of_letter(doc)
    if place:
        return place
    # (an address names a town: a county assembly's record, headed "Kreistag ...", is the county's,
    # and a town's postcode on its page is the seat of its office or of the site that publishes it)
    county = "Kreistag" in head and _COUNTY_HEADING.search(head)
    for m in () if county else _POSTCODE.finditer(head, 0, _header_end(head)):
        if m.group("name") not in _NOT_A_TOWN and not _in_venue_field(head, m.start("name")):
            return full_place_name(head, m.start("name"), m.group("name"))
    return _town_of_page_title(head) or _town_of_report(text)


def _county_council_of(text: str) -> str | None:
    """The district a county assembly is named with in the head of the text."""
    for m in _COUNTY_COUNCIL_OF.finditer(text, 0, HEADER_CHARS):
        name = m.group("name")
        if name in _NOT_A_TOWN or name in _DISTRICT_WORDS or _ROLE_NOUN.search(name):
            continue
        if "-" in name or is_place(name):
            return name
    return None


# a site's page title, its section and the site's town after a colon, on the page's first line:
# "Sitzungsberichte: Kirchdorf an der Iller" (not a venue's label: "Sitzungsort: Poing")
_SECTION_OF_TOWN = re.compile(r"[ \t#*]*(?P<section>[A-ZÄÖÜ][\wäöüß-]+)[ \t]*:[ \t]+(?P<name>" + _NAME + r")"
                              r"(?P<suffix>[ \t]+(?:am|an[ \t]+der|im|in[ \t]+der|ob[ \t]+der)[ \t]+" + _NAME + r")?[ \t]*")


def _town_of_page_title(head: str) -> str | None:
    first = next((line for line in head.splitlines()[:3] if line.strip()), "")
    m = _SECTION_OF_TOWN.fullmatch(first)
    if not m or m.group("section").lower().endswith("ort") or not is_place(m.group("name")):
        return None
    return full_place_name(first, m.start("name"), m.group("name")) if not m.group("suffix") else (
        m.group("name") + " " + " ".join(m.group("suffix").split()))


# the adjective of a place's people or things: "alle Oberhausener", "Herzogenauracher Vereine"
_PEOPLES_ADJECTIVE = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]+)er\b")
# a place's name in the genitive after a noun: "der Wirtschaftsstärke Weiterstadts" (a common noun in
# the genitive follows its article: "des Rates")
_PLACE_GENITIVE = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+[ \t]+([A-ZÄÖÜ][a-zäöüß]{2,})s\b")
# a place's name and the word before it: no article (a common noun: "das Essen") and not a person's
# origin ("Herr Lembke aus Grimmen")
_NOT_BEFORE_PLACE = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "eines", "im", "am",
                     "vom", "zum", "beim", "aus"}


def _town_of_report(text: str) -> str | None:
    """The town a report page is about, where no label, council or "Stadt X"
    names it: the one known place its text names both by its name and by the
    adjective of its people or things ("Radfahrmobilität in Oberhausen" /
    "alle Oberhausener", "rund um Herzogenaurach" / "Herzogenauracher Vereine")
    or by its genitive ("Weiterstadt hat ..." / "der Wirtschaftsstärke Weiterstadts"),
    else the one it names by a known name of several words; a name of one word
    alone may be a person's ("Schmitt") or a district's or a venue's."""
    if len(text) > ARTICLE_LENGTH:
        return None
    head = text[:HEADER_CHARS]
    towns = set()
    stems = {m.group(1) for m in _PEOPLES_ADJECTIVE.finditer(head)} | {m.group(1) for m in _PLACE_GENITIVE.finditer(head)}
    for stem in sorted(stems):
        # (the adjective of "Schwenningen" is "Schwenninger", of "Hambrücken" "Hambrücker")
        town = next((town for town in (stem, stem + "en", stem + "e", stem + "n") if is_place(town)), None)
        if town is None or town in towns:
            continue
        if _place_mentions(head, town):
            towns.add(town)
    if not towns:
        # or the one place it names by a name of several words after a preposition of place, a name
        # no person or thing bears: "den Bürger*innen von Gutach im Breisgau", "in Weil am Rhein"
        for m in _PLACE_AFTER_PREPOSITION.finditer(head):
            full = full_place_name(head, m.start("name"), m.group("name"))
            if " " in full and not _AWAY_EVENT.search(head, max(0, m.start() - 60), m.start()):
                towns.add(full)
    return towns.pop() if len(towns) == 1 and is_report_page(text) else None


_PLACE_AFTER_PREPOSITION = re.compile(r"\b(?:in|von|aus|nach|bei)[ \t]+(?P<name>" + _NAME + r")[ \t]+[a-zA-Z(]")
# where a body met or went away from its town: "in der Klausurtagung des Gemeinderats Ende Oktober in
# Bad Wildbad", "die Exkursion des Ausschusses nach ..."
_AWAY_EVENT = re.compile(r"(?:Klausur\w*|Tagung|Exkursion|Ausflug|Fahrt|Reise|Besichtigung)\b[^.!?\n]{0,50}$")


def _place_mentions(head: str, name: str) -> bool:
    """``head`` names ``name`` as a place: not after an article (a common noun,
    "das Essen") nor as a person's origin ("Herr Lembke aus Grimmen")."""
    return any((m.group(1) or "").lower() not in _NOT_BEFORE_PLACE
               for m in re.finditer(r"(?:([\wäöüß]+)[ \t]+)?" + re.escape(name) + r"(?![\wäöüß-])", head))


# a council named by its town's adjective, as reports name it: "Der Reutlinger Gemeinderat stimmt zu",
# "im Ludwigsburger Gemeinderat"; not a member's title before his name ("Der Vaihinger Stadtrat
# Friedrich Wahl betonte")
_COUNCIL_ADJECTIVE = re.compile(
    r"\b(?P<adjective>[A-ZÄÖÜ][a-zäöüß]{2,}er)[ \t]+(?:Gemeinderat|Stadtrat|Kreistag|Ortschaftsrat|Stadtverordnetenversammlung"
    r"|Gemeindevertretung|Stadtvertretung|Ortsgemeinderat|Marktgemeinderat)(?:e?s)?\b(?![ \t]+[A-ZÄÖÜ][a-zäöüß])")


_LAST_UMLAUT = re.compile(r"[äöü](?=[^äöüaeiou]*$)")
_PLAIN_VOWEL = {"ä": "a", "ö": "o", "ü": "u"}


def _town_of_council_adjective(text: str) -> str | None:
    """The town whose adjective names the council ("Reutlinger" -> Reutlingen,
    "Ludwigsburger" -> Ludwigsburg, the last vowel of the stem umlauted or not:
    "Wernigeröder" -> Wernigerode), where that town is a known place."""
    for m in _COUNCIL_ADJECTIVE.finditer(text):
        stem = m.group("adjective")[:-2]
        plain = _LAST_UMLAUT.sub(lambda u: _PLAIN_VOWEL[u.group()], stem)
        for town in (stem, stem + "en", stem + "e", stem + "n", plain + "e", plain + "en"):
            if is_place(town):
                return town
    return None


# a newspaper article opens with its dateline, the town in capitals: "NEUMARKT. Die Gastronomen ...",
# "BAD SÄCKINGEN (dpa) – Der Gemeinderat ...", "HAGEN – Für die Berufsfeuerwehr ..."; the town
# a known place or named so again in the text ("in Neumarkt")
_DATELINE_TOWN = re.compile(
    r"(?m)^[ \t]*(?P<name>[A-ZÄÖÜ]{3,}(?:[- ][A-ZÄÖÜ]{2,}){0,2})(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*(?:\.|[-–—])[ \t]+[A-ZÄÖÜ„\"]")


# or the town as spelled, marked by the paper's or the author's sign: "Wittenberg/MZ. - Das Ergebnis ...",
# "Mühlacker (the). Der Wunsch ...", "Bad Säckingen (dpa) – Der ..."; the town a known place
# (the sign found first, the name right before it)
_DATELINE_SIGN = re.compile(r"(?:/[A-Z]{2,5}\.?|\([A-Za-zäöü]{2,5}\))[ \t]*(?:\.[ \t]*[-–—]?|[-–—])[ \t]+[A-ZÄÖÜ„\"]")
_NAME_BEFORE_SIGN = re.compile(r"(?<![\w-])(?P<name>" + _NAME + r"(?:[ \t]" + _NAME + r")?)[ \t]?$")


# a district named as one compound of its parts and "Kreis", as its own bodies' pages name it: "der
# Kreishaushalt des Neckar-Odenwald-Kreises", "Kreistag des Rhein-Sieg-Kreises", "im Main-Taunus-Kreis"
_HYPHENATED_DISTRICT = re.compile(r"(?<![\w-])(?P<name>(?:[A-ZÄÖÜ][a-zäöüß]+-){1,3}Kreis)(?:es)?(?![\w-])")


def _hyphenated_district(text: str) -> str | None:
    """The district of a page its Kreistag, Kreisausschuss or Landrat acts in,
    named as one hyphenated compound; the first such name of the head."""
    if "-Kreis" not in text[:HEADER_CHARS] or not _DISTRICT_BODY.search(text, 0, HEADER_CHARS):
        return None
    m = _HYPHENATED_DISTRICT.search(text, 0, HEADER_CHARS)
    return m.group("name") if m else None


# the town of a dateline spelled as the town is, where it is a known place and the
# article's first sentence follows the dash or the period: "Staßfurt - Eine kurze Eröffnung, ...",
# "Bensheim. Die letzte Stadtverordnetenversammlung ...", after a web archive's stamp: " date 2018-12 Viernheim.Die ..."
_DATELINE_PLACE = re.compile(r"(?m)^(?:" + _ARCHIVE_STAMP + r")?[ \t]*(?P<name>" + _NAME + r"(?:[ \t]" + _NAME
                             + r")?)(?:[ \t]+[-–—][ \t]+|\.[ \t]*)(?=[A-ZÄÖÜ„\"])")


def _dateline_town(text: str) -> str | None:
    """The town of an article's dateline."""
    m = _DATELINE_TOWN.search(text, 0, HEADER_CHARS)
    if not m:
        for m in _DATELINE_PLACE.finditer(text, 0, HEADER_CHARS):
            end = text.find("\n", m.end())
            rest = text[m.end():end if end >= 0 else len(text)]
            if is_place(m.group("name")) and _opens_text(rest):
                return m.group("name")
        for sign in _DATELINE_SIGN.finditer(text, 0, HEADER_CHARS):
            name = _NAME_BEFORE_SIGN.search(text, max(0, sign.start() - 60), sign.start())
            # (not a member and his party: "Kurt Zollhöfer (CSU). Er ...")
            if name and is_place(name.group("name")):
                return name.group("name")
        return None
    name = " ".join("-".join(part.capitalize() for part in word.split("-")) for word in m.group("name").split())
    if name in _NOT_A_TOWN:
        return None
    return name if is_place(name) or re.search(r"\b(?:in|aus|nach)[ \t]+" + re.escape(name) + r"\b", text) else None


# a council's meeting held in its town, as the heading of its minutes names it:
# "über die öffentliche Sitzung des Gemeinderats am 21.09.2010 im Bürgersaal in Breisach am Rhein"
# or a report's heading: "Gemeinderatssitzung am 25.01.2018 in Ruppertshofen"
_MEETING_IN_TOWN = re.compile(
    r"(?:\bSitzung[ \t]+des[ \t]+(?:Gemeinderat|Stadtrat|Ortschaftsrat|Rat)(?:e?s)?\b"
    r"|(?:Gemeinderat|Stadtrat|Ortschaftsrat|Rat)s?sitzung\b)[^\n]*[ \t]in[ \t]+(?P<name>" + _NAME + r")")
_HEADING_LINES = 8


def _town_of_meeting(title: str | None, lines=()) -> str | None:
    """The town a council's minutes (by their title) or a report (by a heading
    among its first lines) say it met in, where it is a known place."""
    heading = "\n".join([title or ""] + [line for _, line in lines if line][:_HEADING_LINES])
    m = _MEETING_IN_TOWN.search(heading) if "itzung" in heading else None
    if not m:
        return None
    full = full_place_name(heading, m.start("name"), m.group("name"))
    return full if full != m.group("name") or is_place(full) else None


# the fields of a meeting's place: "Ort: Haagestraße 4, 21335 Lüneburg", "Tagungsort:" / "Stadthaus, ..."
_VENUE_LABEL = re.compile(r"(?i)[ \t]*(?:Ort|Raum|Sitzungsort|Tagungsort|Sitzungsraum|Sitzungssaal)[ \t]*:")


def _in_venue_field(text: str, pos: int) -> bool:
    """The address at ``pos`` is where a meeting takes place (the value of its
    place field, on the label's line or the line below it): the town of the
    venue, which need not be the body that issues the paper."""
    line_start = text.rfind("\n", 0, pos) + 1
    if _VENUE_LABEL.match(text, line_start):
        return True
    above = text[:max(0, line_start - 1)].rstrip("\n").rsplit("\n", 1)[-1]
    return bool(_VENUE_LABEL.fullmatch(above.rstrip()))


# --- date -------------------------------------------------------------------

_WEEKDAYS = r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)"
# (the Magistrat is the administration: "Bericht des Magistrats vom ..." is its own paper)
_OTHER_EVENT = re.compile(
    r"(?:Sitzung|Sitzungstermin|Termin|Beschlu(?:ss|ß)|Schreiben|Mail|Protokoll|Niederschrift"
    r"|Besprechung|Gemeinderat(?:es|s)?|Ausschuss(?:es)?|(?<!Magist)Rat(?:es|s)?|Erlass|Stand)\b[^\n]{0,60}$",
    re.IGNORECASE)
_OTHER_EVENT_LINE = re.compile(
    r"Termin|Sitzung|ausschuss|Gremium|TOP\b|Beginn|Erstellt|Aktualisiert", re.IGNORECASE)


def _day_dates(doc, start: int, end: int) -> list[dict]:
    return [d for d in _dates(doc) if d["precision"] == "day" and start <= d["start"] < end]


def _dates(doc) -> list[dict]:
    if hasattr(doc, "found_dates"):
        return document_dates(doc)  # found once, shared with the dates field
    return find_dates(doc)


def _date_after(doc, pattern: re.Pattern, span: int = 40, limit: int = HEADER_CHARS,
                same_line: bool = False) -> str | None:
    """The first day date within ``span`` characters after a match of
    ``pattern`` (on the same line if ``same_line``), unless that line names a
    meeting or another event."""
    text = doc.text
    for m in pattern.finditer(text, 0, min(limit, len(text))):
        found = _day_dates(doc, m.end(), m.end() + span)
        if found and not (same_line and "\n" in text[m.start():found[0]["start"]]):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if not _OTHER_EVENT_LINE.search(text[line_start:m.start()]):
                return found[0]["date"]
    return None


_DATUM_SAME_LINE = re.compile(r"\bDatum\b[ \t:]*(?:[^\n\d]{0,25})", re.IGNORECASE)
_VOM = re.compile(r"^[ \t]*vom\s*:?\s*", re.MULTILINE)
_EINGANG = re.compile(r"\b(?:Eingang|eingegangen(?:\s+am)?)\s*:\s*", re.IGNORECASE)
# the day a Drucksache was issued, in its head next to its number: "2016-21/DS-I(A)0144Ausgegeben am 18.01.2017"
_ISSUED = re.compile(r"Ausgegeben[ \t]+am[ \t]+")
# the registry line an office prints under the paper: "Hauptamt - Ratsangelegenheiten - 5. Dezember 2014"
_REGISTRY = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]*amt\s*[-–]\s*[A-ZÄÖÜ][\w ]+?\s*[-–]\s*")
# part of every registry line, found much faster in a text without one
_REGISTRY_CUE = re.compile(r"amt\s*[-–]")
# ("Samtgemeinde Am Dobrock , 12. März 2008": a space may stand before the comma; the date
# may be printed in ISO form: "Schwerin, 2018-11-06")
# (a town named with its river or region in parentheses: "Herzberg (Elster), 15. Januar 2009")
_PLACE_DATE = re.compile(
    r"(?:^|[|\s])(?:Stadt\s+)?(?!" + _WEEKDAYS + r"|(?:Mo|Di|Mi|Do|Fr|Sa|So)\b)(?P<place>" + _NAME + r")(?:[ \t]+\([^()\n]{2,30}\))?(?:[ \t]?,\s*|\s+)(?:den\s+)?"
    r"(?=\d{1,2}\.|(?:19|20)\d\d-\d\d-\d\d\b)", re.MULTILINE)


_LABEL_BEFORE = re.compile(r"[A-Za-zÄÖÜäöüß]:[ \t]*$")


def _place_of_letter(doc) -> str | None:
    """The town of a letter's "Koblenz, 27.03.2026" line."""
    found = _place_date_match(doc)
    return found[0] if found else None


def _place_date(doc) -> str | None:
    found = _place_date_match(doc)
    return found[1] if found else None


def _place_date_match(doc) -> tuple[str, str] | None:
    """(place, ISO date) of the first "Ort, (den) Datum" line of the header."""
    text = doc.text
    for m in _PLACE_DATE.finditer(text, 0, min(HEADER_CHARS, len(text))):
        sep = text[m.end("place"):m.end()]
        if "," not in sep and not re.match(r"Stadt\s", text[m.start():m.end()].lstrip(" |\n")):
            continue
        if m.group("place") in ("Stadt", "Gemeinde"):
            continue  # "Rat der Stadt" / "28.06.2021": a Beratungsfolge row, no town
        found = _day_dates(doc, m.end(), m.end() + 3)
        if found and found[0]["start"] == m.end():
            line_start = text.rfind("\n", 0, m.start("place")) + 1
            if _OTHER_EVENT_LINE.search(text[line_start:m.end("place")]):
                continue
            # "Datum: Mi, 07.11.2012": the value of a label, not a place
            if _LABEL_BEFORE.search(text[line_start:m.start("place")]):
                continue
            return m.group("place"), found[0]["date"]
    return None


# a letter's place-and-date line without its comma, alone on its line: "Rathenow 27.03.2015"
_TOWN_DATE_LINE = re.compile(r"(?m)^[ \t]*(?P<place>" + _NAME + r")[ \t]+(?=\d{1,2}\.[ \t]?\d{1,2}\.[ \t]?\d{4}[ \t]*$)")


def _town_date_line(doc) -> str | None:
    """The date of a "Town Date" line in the head whose town is the one the
    paper names as its own (the body): "Stadt R a t h e n o w" / "Rathenow
    27.03.2015"; any other word before a date ("Stand", "Sitzung") is not a place."""
    body = None
    for m in _TOWN_DATE_LINE.finditer(doc.text, 0, min(HEADER_CHARS, len(doc.text))):
        if body is None:
            body = find_body(doc) or ""
        if not (body == m.group("place") or body.startswith(m.group("place") + " ")):
            continue
        found = _day_dates(doc, m.end(), m.end() + 3)
        if found and found[0]["start"] == m.end():
            return found[0]["date"]
    return None


_LINE_END_DATE = re.compile(r"\d{1,2}\.[ \t]?\d{1,2}\.[ \t]?\d{2,4}[ \t]*$")


def _ends_with_date(line: str) -> bool:
    return bool(_LINE_END_DATE.search(line))


def _lone_date(doc) -> str | None:
    """A date standing alone in the letter head: on a line of its own or set
    off by a wide gap at the end of a line."""
    text = doc.text
    lines = text[:1500].split("\n")
    pos = 0
    prev = ""
    filled = 0
    for n, raw in enumerate(lines[:25]):
        filled += bool(raw.strip())
        # the last day date of the line ("31. Mai 2012", "13.10.2009"), if it ends the line
        # (or a dash after it: a blog entry's "31.01.24 –" over its text)
        found = [d for d in _day_dates(doc, pos, pos + len(raw)) if not raw[d["end"] - pos:].strip(" \t-–—")]
        if found:
            at = found[-1]["start"] - pos
            before = raw[:at]
            alone = not before.strip()
            gap = re.search(r"\s{3,}$", before)  # not a tab: that ends a table cell
            # (a date column of a list: "Staatliches Bauamt      04.02.21" / "Bundeswehr      04.02.21")
            following = next((line for line in lines[n + 1:n + 3] if line.strip()), "")
            column = gap and not alone and (_ends_with_date(prev) or _ends_with_date(following))
            if (alone and filled <= 6 or gap and not alone and not column) and not _OTHER_EVENT_LINE.search(
                    before + " " + prev):
                return found[-1]["date"]
        if raw.strip():
            prev = raw
        pos += len(raw) + 1
    return None


def _dateline_over_heading(doc, title: str | None) -> str | None:
    """The date standing alone on the line right above the page's heading (the
    line that holds its title), further down than a letter head's date: a
    notice's or a news item's date under the site's imprint ("11.03.2025" /
    "35/2025 | Bekanntmachung von Beschlüssen ...")."""
    if not title:
        return None
    text = doc.text[:HEADER_CHARS]
    at = text.find(title[:40])
    if at < 0:
        return None
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    # (a post's date line right under its heading first: a site's line above it may be the day the
    # page was shown, "• 16. Januar 2025" / "Kreistag am 04.12.2024: ..." / "Dez. 5, 2024")
    below = re.compile(r"\s*([^\n]*)").match(text, end)
    above = re.search(r"([^\n]*)\s*$", text[:start])
    for m, offset in ((_DATELINE_ALONE.fullmatch(below.group(1)), below.start(1)),
                      (_DATELINE_ALONE.fullmatch(above.group(1)), above.start(1))):
        if m:
            found = _day_dates(doc, offset + m.start("day"), offset + m.start("day") + 1)
            return found[0]["date"] if found else None
    return None


# the head of a list of attached files: "Anlagen:", "Anlage(n)", "Anhänge:"
_ATTACHMENTS_HEAD = re.compile(r"[ \t]*(?:Anlagen?|Anlage\(n\)|Anhänge|Anhang)[ \t]*:?[ \t]*")


_TYPE_PHRASE = 150   # "Antrag der Fraktion ... vom 11.01.2015": the date follows within this

# a section head alone on its line opens the paper's text: papers it quotes there
# ("Stellungnahme vom 23.11.2012" of an objector), addresses it cites ("93077 Bad Abbach"
# of a citizen) are not the paper's own
_TEXT_SECTION = re.compile(
    r"(?im)^[ \t]*(?:Sachverhalt|Sachdarstellung|Begründung|Erläuterung(?:en)?|Problembeschreibung"
    r"|Sach-[ \t]*und[ \t]*Rechtslage)[ \t]*:?[ \t]*$")


def _header_end(text: str) -> int:
    """Where the paper's text begins: its first section head standing alone
    ("Sachverhalt:"), else the end of ``text``."""
    m = _TEXT_SECTION.search(text)
    return m.start() if m else len(text)


def _type_line_vom(doc) -> str | None:
    """``Antrag der X-Fraktion vom 11.01.2015``: the date of the paper the line names
    (not a file of the attachments list under "Anlagen:", which ends at a blank line:
    "Vorlage zur Beschlussfassung vom 01.08.2019" is the attached paper's date)."""
    attachments = False
    head = doc.text[:1500]
    above = ""
    for line_start, line in _line_offsets(head[:_header_end(head)]):
        if _CONTENTS_HEAD.fullmatch(line.strip()):
            break  # a gazette's contents: the papers it publishes, with their dates
        if _ATTACHMENTS_HEAD.fullmatch(line):
            attachments = True
            continue
        attachments = attachments and bool(line.strip())
        if attachments:
            continue
        # (an agenda item's subject under its number, "Ö 5.3" / "Antrag der BfB-Ratsgruppe vom 24.02.2014",
        # names the item's paper, not the page's)
        previous, above = above, line.strip() or above
        if _type_at_line_start(_clean(line)) and not _ITEM_NUMBER_LINE.fullmatch(previous):
            # (the date of the line's own phrase, not of a sentence a line run
            # together goes on with: "2. Bericht des Gemeindevorstandes ... Bescheid ... vom ...")
            m = re.search(r"\bvom\s*:?\s*", line[:_TYPE_PHRASE])
            if m and not _OTHER_EVENT.search(line[:m.start()]):
                found = _day_dates(doc, line_start + m.end(), line_start + m.end() + 2)
                if found:
                    return found[0]["date"]
    return None


# a web page's own date as its print header gives it: "Artikel vom 19.12.2014", "Print-Artikel
# vom 16.09.2016", "Meldung vom 26.11.2019" (one word naming the page's kind, "vom", the date; alone on its line, or
# opening the page's text, a new sentence after it: "Print-Artikel vom 16.09.2016 Die Stadt ...")
_PAGE_DATE = re.compile(r"(?m)^[ \t]*(?P<kind>(?:[A-ZÄÖÜ][a-zäöüß]*-)?[A-ZÄÖÜ][a-zäöüß]+)[ \t]+vom[ \t]+(?=\d)")


def _page_kind_date(doc) -> str | None:
    text = doc.text[:600]
    for m in _PAGE_DATE.finditer(text):
        kind = m.group("kind").rsplit("-", 1)[-1]
        if _OTHER_EVENT.search(kind) or _type_at_line_start(kind):
            # "Gemeinderatssitzung vom ...", "Beschluss vom ...": another event;
            # "Antrag vom ...": the paper's own line (_type_line_vom)
            continue
        found = _day_dates(doc, m.end(), m.end() + 1)
        if not found:
            continue
        line_end = text.find("\n", m.end())
        after = text[found[0]["end"]:line_end if line_end >= 0 else len(text)].strip()
        # (the page's next field may run into the date: "Meldung vom 26.11.2019Letzte Aktualisierung: 28.11.2019")
        if not after or _LABEL_VALUE.match(after) or (
                not text[:m.start()].strip() and re.match(r"[A-ZÄÖÜ][a-zäöüß]*[ \t]", after)):
            return found[0]["date"]
    return None


# a web page's own date as its dateline gives it, on a line of its own near the top:
# "veröffentlicht am: 08.04.2025", "Veröffentlicht: 12.03.2019", "Erschienen am 3. Mai 2021"
_PUBLISHED = re.compile(r"(?im)^[ \t]*(?:(?:veröffentlicht|erschienen|publiziert)(?:[ \t]+am)?[ \t]*:?"
                        # or a republished article's source line: "Quelle: Badische Zeitung vom 12.07.2021",
                        # "Quelle: BNN, 12.03.2019"
                        r"|Quelle[ \t]*:[ \t]*[^\n:]{2,60}?(?:[ \t]+vom|,))[ \t]*(?=\d)")


# a news item's or a post's date line: its day alone on a line, a clock time after it or not ("28.04.2023,
# 14:53 Uhr" under the headline and the weekday, "26.01.24" under the article's text), the month named,
# month first too as blogs print it ("16. Januar 2025", "Dez. 5, 2024"); set after a bullet
# ("• 16. Januar 2025"), after the author's byline ("Von Tobias Winkler 03.11.2025, 18:06") or after
# the name of the site template's field run into it ("icon.crdate04.04.2025")
_MONTH_NAME = r"(?:Jan|Feb|M[äa]r|Mrz|Apr|Ma[iy]|Jun|Jul|Aug|Sep|O[kc]t|Nov|De[zc])[a-zä]*"
_DATELINE_ALONE = re.compile(
    r"(?m)^[ \t]*(?:[•·▪][ \t]*|Von[ \t]+[A-ZÄÖÜ][^\d\n]{2,60}?[ \t]+|[a-z][a-z_.-]*[a-z](?=\d))?"
    r"(?P<day>\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|\d{1,2}\.[ \t]*" + _MONTH_NAME + r"[ \t]+\d{4}"
    r"|" + _MONTH_NAME + r"\.?[ \t]+\d{1,2},[ \t]*\d{4})(?:,?[ \t]+\d{1,2}[:.]\d{2}(?:[ \t]+Uhr)?)?[ \t]*$")


def _report_dateline(doc) -> str | None:
    """The date of a report page (extract.report_pages): the first date standing
    alone on its line, where the page is a report."""
    if len(doc.text) > ARTICLE_LENGTH:
        return None
    m = _DATELINE_ALONE.search(doc.text)
    if not m:
        return None
    # (not the value of a line broken before it: a table's head "Stiftungskapital zum" / "31.12.2024")
    before = doc.text[:m.start()].rstrip()
    if re.search(r"(?:^|\s)[a-zäöüß]+$", before[-40:]) or not is_report_page(doc.text):
        return None
    found = _day_dates(doc, m.start("day"), m.start("day") + 1)
    return found[0]["date"] if found else None


def _published_date(doc) -> str | None:
    text = doc.text[:600]
    for m in _PUBLISHED.finditer(text):
        found = _day_dates(doc, m.end(), m.end() + 1)
        if found:
            return found[0]["date"]
    return None


def _line_offsets(text: str):
    pos = 0
    for raw in text.split("\n"):
        yield pos, raw
        pos += len(raw) + 1


_CONTACT = re.compile(r"^\s*(?:Tel\.|Telefon|Fax|E-Mail|Zimmer|Durchwahl)", re.IGNORECASE | re.MULTILINE)


def _contact_block_date(doc) -> str | None:
    """The letter date of a side block: a date alone on its line, followed
    within a few lines by the clerk's Tel./Fax/E-Mail."""
    text = doc.text[:HEADER_CHARS]
    for m in re.finditer(r"^[ \t]*(\d{1,2}\.\d{1,2}\.\d{4})[ \t]*$", text, re.MULTILINE):
        after = "\n".join(text[m.end():].split("\n")[1:5])
        if _CONTACT.search(after):
            found = _day_dates(doc, m.start(1), m.start(1) + 1)
            if found:
                return found[0]["date"]
    return None


_LABEL_ALONE = re.compile(r"^[ \t]*[A-ZÄÖÜ][\w .\-/]{0,24}:[ \t]*$")


def stacked_fields(text: str, limit: int = HEADER_CHARS) -> dict[str, tuple[int, str]]:
    """Label -> (offset, value) of a label block printed above its value
    block, as text extraction gives two-column header tables:
    "Antrag Nr.:" / "Datum:" / "" / "A0064/09" / "13.10.2009". The n-th value
    line belongs to the n-th label."""
    out: dict[str, tuple[int, str]] = {}
    lines = list(_line_offsets(text[:limit]))
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _LABEL_ALONE.match(lines[j][1]):
            j += 1
        if j - i < 2:
            i = j + 1
            continue
        k = j
        while k < len(lines) and not lines[k][1].strip():
            k += 1
        values = []
        while k < len(lines) and lines[k][1].strip() and not _LABEL_ALONE.match(lines[k][1]) \
                and len(values) < j - i:
            values.append(lines[k])
            k += 1
        if len(values) == j - i:
            for (_, label), (offset, value) in zip(lines[i:j], values):
                lead = len(value) - len(value.lstrip())
                out.setdefault(label.strip().rstrip(":").strip(), (offset + lead, value.strip()))
        i = k
    return out


def _stacked_date(doc) -> str | None:
    """The value of a "Datum:" label printed in a label block above its values."""
    for label, (offset, value) in stacked_fields(doc.text).items():
        if re.fullmatch(r"(?i)datum|vom", label):
            found = _day_dates(doc, offset, offset + len(value))
            if found:
                return found[0]["date"]
    return None


# labels of a meeting's fields: a "Datum:" among them is the meeting's date
# ("Gremium:" / "Datum: Di., 27.01.2009" / "Uhrzeit: 18:00"; "Ort:" / ... / "Datum: 28.07.2011" / "Uhrzeit"),
# also as the rows of a table, each label in its first cell ("| Datum: | 12. Dezember 2023 |" /
# "| Ort: | Gemeindezentrum |" / "| Beginn: 18:00 Uhr | Ende: 19:20 Uhr |")
_MEETING_FIELD = re.compile(
    r"(?im)^[ \t]*(?:\|[ \t]*)?(?:Gremium|Sitzungsort|Tagungsort|Ort|Raum|Uhrzeit|Zeit|Beginn|Dauer"
    r"|Sitzungsleiter\w*|Anlass)\s*:?[ \t]*(?:$|\S)")


def _datum_date(doc) -> str | None:
    """The date of a "Datum:" label on its line, unless the label is one of a
    meeting's fields (a meeting field label within three lines of it)."""
    text = doc.text
    for m in _DATUM_SAME_LINE.finditer(text, 0, min(HEADER_CHARS, len(text))):
        found = _day_dates(doc, m.end(), m.end() + 30)
        if not found or "\n" in text[m.start():found[0]["start"]]:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _OTHER_EVENT_LINE.search(text[line_start:m.start()]):
            continue
        near = text[max(0, line_start - 1):].split("\n")
        before = text[:line_start].split("\n")[-4:-1]
        around = [line for line in before + near[1:5] if line.strip()][:6]
        if any(_MEETING_FIELD.match(line) for line in around):
            continue
        return found[0]["date"]
    return None


def _days_named(title: str | None) -> set[str]:
    """The days a title names: the meeting of minutes ("Sitzung ... am Montag, 19.03.18")."""
    if not title or not re.search(r"\d", title):
        return set()
    days = (parse_date(found) for found in re.findall(r"\d{1,2}\.[ \t]?\S+[ \t]?\d{2,4}", title))
    return {day for day in days if day}


def _vom_date(doc, paper_type: str | None) -> str | None:
    """The day on a line opening with "vom"; not on a page without a type word where
    that line closes a heading naming a meeting: the meeting's day ("Aktuelles aus der
    Gemeinderatssitzung" / "vom 25. Juli 2016")."""
    date = _date_after(doc, _VOM, span=6, limit=1500)
    if date and paper_type is None:
        text = doc.text
        m = next(m for m in _VOM.finditer(text, 0, min(1500, len(text))) if _day_dates(doc, m.end(), m.end() + 6))
        above = text[:m.start()].rstrip().rsplit("\n", 1)[-1].strip()
        if len(above.split()) <= _HEADLINE_WORDS and not re.search(r"[.!?:]$", above) \
                and "sitzung" in above.lower() and _names_a_meeting(above):
            return None
    return date


def find_date(doc, paper_type: str | None = None, title: str | None = None) -> str | None:
    datum = lambda: _datum_date(doc)
    registry = lambda: (_date_after(doc, _REGISTRY, span=6, limit=len(doc.text))
                        if _REGISTRY_CUE.search(doc.text) else None)
    place = lambda: _place_date(doc) or _town_date_line(doc)
    lone = lambda: _lone_date(doc)
    contact = lambda: _contact_block_date(doc)
    if _is_minutes(paper_type):
        # minutes quote other papers "vom ..."; their own date is the registry
        # line or the place-and-date line (a day alone at their head that their heading names is the
        # meeting's: "19. März 2018" over "... Sitzung des Gemeinderats ... am Montag, 19.03.18")
        rules = [registry, place, datum, lambda: (lambda d: d if d not in _days_named(title) else None)(_lone_date(doc)),
                 contact]
    else:
        rules = [
            datum,
            lambda: _date_after(doc, _ISSUED, span=4, limit=1500, same_line=True) if "Ausgegeben" in doc.text[:1500] else None,
            lambda: _stacked_date(doc),
            lambda: _vom_date(doc, paper_type),
            lambda: _type_line_vom(doc),
            lambda: _page_kind_date(doc),
            lambda: _published_date(doc),
            lambda: _date_after(doc, _EINGANG, span=30),
            place,
            registry,
            lone,
            lambda: _dateline_over_heading(doc, title),
            contact,
            lambda: _report_dateline(doc),
        ]
    for rule in rules:
        date = rule()
        if date:
            return date
    return None


# --- originator -------------------------------------------------------------

_ORIGIN_LABEL = re.compile(
    r"^\s*(?:Dienststelle|Verfasser(?:/in)?|Federf(?:ührend)?\.?\s*(?:Stadtamt|Amt|Dienststelle)?"
    r"|Fachbereich|Amt|Referat|FB/Geschäftszeichen|Verantwortlich|Einreicher)\s*:\s*(?P<v>[^\n]*)",
    re.IGNORECASE | re.MULTILINE)
_DEZERNAT_LINE = re.compile(r"^(?:Dez\.?|Dezernat)\s*\d+[a-z]?$")
_FACTION_WORD = re.compile(r"(?:Fraktion|fraktion|Gruppe)\b")


def find_originator(doc, lines=None) -> str | None:
    """The office (a labelled Dienststelle/Verfasser/Verantwortlich value, a
    ``Dez. 5`` line of the header) or the faction that submits the paper.
    ``lines``: _lines(doc.text), where already made."""
    head = doc.text[:HEADER_CHARS]
    lines = [line for _, line in (lines if lines is not None else _lines(head))]
    for m in _ORIGIN_LABEL.finditer(head):
        v = _clean(m.group("v"))
        v = re.split(r"\s{2,}|\t| Az\.| Datum", v)[0].strip(" -")
        if v and re.search(r"[A-Za-zÄÖÜäöü]", v) and not v.endswith(":"):
            return v
    for line in lines[:60]:
        if _DEZERNAT_LINE.match(line):
            return line
    # a faction's motion names the faction on a line of its own
    for line in lines[:40]:
        if _FACTION_WORD.search(line) and len(line.split()) <= 6 and ":" not in line:
            return line
    m = re.search(r"\b(?:der|des)\s+(?P<v>[\w./‘’'-]*[Ff]raktion)\b", head)
    return m.group("v") if m else None


_TYPE_FIELDS = ("Vorlageart", "Vorlagenart", "Vorlage-Art", "Drucksache-Art", "Drucksachenart", "Art", "Typ")
# the same labels in a page's text: "Status:öffentlichVorlage-Art:Beschlussvorlage"
_TYPE_LABEL_RE = re.compile(r"(?:Vorlagen?-?[Aa]rt|Drucksachen?-?[Aa]rt)[ \t]*:[ \t]*(?P<v>[^\n\t]{3,80})"
                            # or the label alone on its line, the value on the next: "Art" / "Beschlussvorlage Stadtrat"
                            r"|(?m:^[ \t]*(?:Vorlagen?-?[Aa]rt|Drucksachen?-?[Aa]rt|Art)[ \t]*:?[ \t]*\n[ \t]*(?P<w>[^\n\t]{3,80}))")
_DATE_FIELDS = ("Datum", "Vorlagedatum", "Erstellungsdatum")
_ORIGIN_FIELDS = ("Federführend", "Federführung", "Einreicher", "Verfasser", "Antragsteller")


def _field(doc, names) -> str | None:
    fields = getattr(doc, "fields", None) or {}
    for name in names:
        value = str(fields.get(name) or "").strip()
        if value:
            return value
    return None


def _type_from_field(value: str | None) -> str | None:
    """A portal's type field: "Beschlussempfehlung öffentlich" -> "Beschlussempfehlung"."""
    if not value:
        return None
    value = re.sub(r"\s*\b(?:nicht\s?)?öffentlich\b.*$", "", value).strip()
    value = re.sub(r"^\d{1,3}_", "", value)  # a portal's sort prefix: "02_Unterrichtungsvorlage"
    value = re.sub(r"\s+(?:nach|gem\.|gemäß)\s+§.*$", "", value)  # "Auskunftsersuchen nach § 27 BezVG"
    hit = _type_at_line_start(value)
    if not hit and re.fullmatch(r"[A-ZÄÖÜ][\wäöüß-]+n", value):  # the plural "Vorlagen"
        hit = _type_at_line_start(value[:-1]) or _type_at_line_start(value[:-2])
    if hit and (not hit[1] or _ADDRESSEE.match(hit[1])):
        return hit[0]  # "Vorlagen", "Antrag an den Rat", "Anfrage zur Sitzung"
    return _compound_singular(value) if re.fullmatch(r"[A-ZÄÖÜ][\wäöüß-]+", value) else None


_COMPOUND_HEAD = 5   # letters a compound's last part shares with a type word: "Einwohner(frage)", "An(frage)"


def _compound_singular(word: str) -> str:
    """A portal's category named in the plural of a compound whose last part is
    a type word's: "Einwohnerfragen" (as "Anfragen") -> "Einwohnerfrage"."""
    for end, plural in _PLURAL_ENDINGS:
        if not word.endswith(plural):
            continue
        singular = word[:-len(plural)] + end
        if any(len(w) >= _COMPOUND_HEAD and " " not in w and singular.lower().endswith(w.lower()[-_COMPOUND_HEAD:])
               for w, _ in _paper_types()):
            return singular
        break
    return word


# what may follow a type word in a portal's type field: whom the paper goes to
_ADDRESSEE = re.compile(r"(?:an|zur|zum|für|nach|gem\.|gemäß)\s"
                        r"|[A-ZÄÖÜ][\wäöüß-]*(?:rat|ausschuss|versammlung|tag|vertretung)$", re.IGNORECASE)


def _type_from_fields(doc) -> str | None:
    """The first type field that names a paper type ("Art: Öffentlicher
    Vorgang" does not, "Typ: Änderungsantrag" next to it does)."""
    fields = getattr(doc, "fields", None) or {}
    for name in _TYPE_FIELDS:
        paper_type = _type_from_field(str(fields.get(name) or "").strip())
        if paper_type:
            return paper_type
    return None


def _type_from_label(text: str) -> str | None:
    """A type label in the head of a page's text ("Vorlage-Art: Beschlussvorlage")."""
    m = _TYPE_LABEL_RE.search(text[:3000])
    if not m:
        return None
    value = (m.group("v") or m.group("w")).strip()
    if _ORIGIN_CURRENT.search(text[:m.start()]):
        # ALLRIS prints the type as first filed and as it is now, two cells run
        # together: "Antrag zur BeschlussfassungDringliche Vorlage zur Kenntnisnahme"
        value = re.split(r"(?<=[a-zäöüß])(?=[A-ZÄÖÜ])", value)[-1]
    return _type_from_field(value)


# a page that prints no type word names its paper's kind in its number's label, a field of the head
# ("Vorlagennummer | 705/IX. |", "Drucksachen-Nr.: 12/2020", "Vorlage-Nr.: VO/2020/123")
_NUMBER_LABEL_KIND = re.compile(
    r"(?m)^[ \t|*]*(?P<kind>Vorlage|Drucksache)n?(?:-?[ \t]?(?:Nr\.?|Nummer)|nummer)[ \t]*[:|][ \t]*\S")


def _type_from_number_label(text: str) -> str | None:
    m = _NUMBER_LABEL_KIND.search(text, 0, 1500)
    return m.group("kind") if m else None


# the column heads "Ursprung" / "aktuell" of an ALLRIS Drucksache header
_ORIGIN_CURRENT = re.compile(r"(?m)^[ \t]*Ursprung[ \t]*aktuell[ \t]*$")


def extract_header(doc) -> dict:
    """``{paper_type, title, body, date, originator}`` of ``doc``."""
    lines = _lines(doc.text)
    type_line = _paper_type_line(lines)
    # the "Auszug - <subject>" / "Tagesordnung - <meeting>" heading names the
    # page; a "Vorlage-Art:" field under it is the type of a paper the page deals with
    heading = _page_heading(lines)
    paper_type = (_type_from_fields(doc) or (heading[0] if heading else None) or _page_label_kind(lines)
                  or _type_from_label(doc.text)
                  or (type_line[1] if type_line else None)
                  or (_run_on_heading(lines) or (None,))[0]
                  or _type_of_statute(doc.text) or _type_in_request(doc.text) or _type_in_capitals(doc.text)
                  or ("Antrag" if _motion_of_page(lines) else None)
                  or _type_from_number_label(doc.text))
    field_date = _field(doc, _DATE_FIELDS)
    title = find_title(doc, lines, type_line)
    return {
        "paper_type": paper_type,
        "title": title,
        "body": find_body(doc) or _town_of_meeting(title, lines),
        "date": (parse_date(field_date) if field_date else None) or find_date(doc, paper_type, title),
        "originator": _field(doc, _ORIGIN_FIELDS) or find_originator(doc, lines),
    }
