"""Consultations: the committees a paper is put to (OParl ``consultation``).

Sources, in the order they are tried:

* a Beratungsfolge / Gremienweg table: tab-separated rows under a header,
  tables found in the PDF, flattened text rows ``Gremium  Datum  TOP  ö``,
  or a form's cells run together after its column labels (``Gremium: Sitzung
  am: TOP-Nr: Status: Verwaltungsausschuss nichtöffentlich vorberatend ...``);
* the header block of a paper ``Gremium: 6. Plenarsitzung Gemeinderat``,
  ``Termin: 16.12.2014``, and ``Vorlage für den`` / ``Vorgang:`` rows;
* the meeting a document belongs to: ``17. Sitzung des Gemeinderates am
  25.10.2005``, ``Niederschrift ... Sitzung des Haushaltsausschusses`` with
  ``Termin: Mittwoch, 26.11.2025``, a heading line ``Aus der
  Gemeinderatssitzung vom 6. November 2014`` or ``Beschlüsse aus dem Stadtrat
  vom 15.09.2022``, ``BESCHLUSSAUSFERTIGUNG`` /
  ``des Ortschaftsrates Langebrück``; in minutes that meeting is the one
  consultation; a page repeating its heading for each meeting it reports
  gives each of them;
* the meeting a report's lead sentence names with its day (``In der Sitzung
  des Gemeinderates vom vergangenen Montag, den 29.06.2020, wurden ...``);
* the day heading an agenda item's page with the body that votes on it,
  whose rules of procedure it follows or whose resolution it prints;
* the council whose chair puts an agenda item to the vote, named by the
  chair's title (``lässt die Stadtverordnetenvorsteherin wie folgt
  abstimmen``), without a day;
* the meeting of each agenda on a page, named with its heading
  (``Sitzung des Bauausschusses`` / ``Dienstag, 12.05.2015`` /
  ``Öffentliche Tagesordnung``).

Each consultation is an ``extract.records.Consultation``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from extract import pattern_files
from extract.dates import DATE_PATTERN, DATE_RE, iso_of_match, parse_day
from extract.records import Consultation
from extract.text import HYPHEN_KEPT_BEFORE, has_case_specials, join_hyphenated_lines

# --- committee names ---------------------------------------------------------

@lru_cache(maxsize=1)
def committee_word_re() -> re.Pattern:
    """A word that names a council body, built from patterns/committees.jsonl."""
    alts = [pattern_files.token_regex(rule["pattern"]).strip("^$")
            for rule in pattern_files.load("committees.jsonl")]
    return re.compile(r"(?<![\wäöüß-])(?:" + "|".join(alts) + r")(?:es|s)?(?![\wäöüß])")


_GENITIVE = [
    (re.compile(r"\b(\w*[Aa]usschu)sses\b"), r"\1ss"),
    (re.compile(r"\b(\w*[Aa]usschu)ßes\b"), r"\1ß"),
    (re.compile(r"\b(\w*(?:[Rr]at|[Bb]eirat|[Ss]enat))(?:e?s)\b"), r"\1"),
    (re.compile(r"\b(\w*[Aa]usschu(?:ss|ß)|\w*rat)es\b"), r"\1"),
    (re.compile(r"\b(Kreistag)e?s\b"), r"\1"),
]
_SITZUNG_PREFIX = re.compile(
    r"^(?:\d+\.\s*)?(?:\(?[\w/ -]*?\)?\s*)?(?:gemeinsame\s+)?(?:öffentliche[n]?\s*/?\s*)?"
    r"(?:nicht\s*öffentliche[n]?\s*)?(?:Plenar|Sonder)?[Ss]itzung\s+(?:des|der|d\.)?\s*",
    re.IGNORECASE,
)


_ADJ = re.compile(r"[a-zäöü][a-zäöüß]+(?:e|en|er|es|em)")
# a word ending a sentence: a full stop after a word of four lower-case letters or more
# (not an abbreviation's "f.", "u.", "Abt.")
_SENTENCE_DOT = re.compile(r"[A-ZÄÖÜ]?[a-zäöüß]{4,}\.")
_NAME_GLUE = {"für", "und", "der", "des", "d.", "u.", "von", "im", "in", "zur", "-", "–", "/", "&"}


def _trim_name(s: str) -> str:
    """Cut a name at the first word that cannot be part of it (verbs, numbers)."""
    out = []
    depth = 0
    toks = s.split()
    for i, tok in enumerate(toks):
        if _ADJ.fullmatch(tok) and out and out[-1] in _NAME_GLUE and i + 1 < len(toks) \
                and toks[i + 1][0].isupper():
            out.append(tok)
            continue
        if tok in ("Nr.", "Nr", "Nummer"):
            break  # the meeting's number: "Gemeinderates Gräfendorf Nr. 9/2022"
        if _SENTENCE_DOT.fullmatch(tok) and i + 1 < len(toks) and toks[i + 1][:1].isupper():
            out.append(tok[:-1])  # the sentence ends with the name: "die Sitzung des Stadtrats. Üblicherweise ..."
            break
        depth += tok.count("(") - tok.count(")")
        if depth > 0 or tok.endswith(")") or tok[0].isupper() or tok in _NAME_GLUE \
                or re.fullmatch(r"[IVX]+|\d{1,2}|\(?[A-ZÄÖÜ][^ ]*", tok):
            if re.fullmatch(r"\d{1,2}", tok) and not out:
                break
            out.append(tok)
            continue
        break
    while out and out[-1] in _NAME_GLUE:
        out.pop()
    return " ".join(out)


# a municipality's council named with its town: "Verbandsgemeinderat Schweich", "Gemeinderat Schönau
# im Schwarzwald", "Kreistag Meißen" (the town a word, hyphened words or a name with its river or
# region); a district's body keeps its district ("Ortsrat Laatzen", "Ortschaftsrat Langebrück",
# "Bezirksvertretung Mengede": not these head nouns), "Rat der Stadt Laatzen" its own name
_COUNCIL_TOWN = re.compile(
    r"((?:Verbands|Samt|Orts|Markt)?[Gg]emeinderat|Stadtrat|Kreistag|Stadtvertretung|Gemeindevertretung|"
    r"Stadtverordnetenversammlung)[ \t]+(?!(?:Plenum|Sitzung|Haupt|Sonder|Beratung|Entscheidung|Kenntnisnahme)\b)"
    r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*(?:[ \t]+(?:(?:am|an[ \t]+der|im|in|in[ \t]+der|ob[ \t]+der)[ \t]+"
    r"[A-ZÄÖÜ][a-zäöüß]+|\([A-ZÄÖÜ][a-zäöüß]+\)))?")


def _without_town(s: str) -> str:
    """``Gemeinderat Walkertshofen`` -> ``Gemeinderat``."""
    if "at " not in s and "tag " not in s and "tung " not in s and "lung " not in s:
        return s
    m = _COUNCIL_TOWN.fullmatch(s)
    return m.group(1) if m else s


_CELL_HYPHEN = re.compile(rf"([a-zäöüß])-[ \t]+(?!{HYPHEN_KEPT_BEFORE.pattern})(?=[a-zäöüß])")


_QUOTES = "\"“”„»«'‘’"


def clean_committee(name: str) -> str | None:
    """``17. Plenarsitzung des Gemeinderates`` -> ``Gemeinderat``."""
    # a tab ends a table cell: "Sitzung des Haushaltsausschusses\tGroßer Sitzungssaal"
    name = name.strip(" \t").split("\t")[0]
    s = join_hyphenated_lines(name)
    # wrapped table cell lines joined with a space: "Verwaltungsrat des Badi- schen ...";
    # "Bau- und Umweltausschuss" keeps its hyphen before the conjunction
    s = _CELL_HYPHEN.sub(r"\1", s)
    s = re.sub(r"\s+", " ", s).strip(" \t:,;-–*#|")
    s = _SITZUNG_PREFIX.sub("", s)
    s = re.sub(r"^(?:des|der|dem|den|die)\s+", "", s)
    # a RIS export's placeholder before the body's name, with the number of the
    # term: "Sitzung des Gremiums 6. Stadtverordnetenversammlung"
    s = re.sub(r"^Gremiums?\s+(?:\d{1,2}\.\s*)?(?=[A-ZÄÖÜ])", "", s)
    # the council's term before the body's name in a portal's field: "5. WP Kreistag Landkreis Börde"
    s = re.sub(r"^(?:\d{1,2}\.\s*)?(?:WP|Wahlperiode)\s+(?=[A-ZÄÖÜ])", "", s)
    for rx, rep in _GENITIVE:
        s = rx.sub(rep, s)
    # "Gemeinderat der Stadt Karlsruhe" -> "Gemeinderat"; a bare "Rat der Stadt
    # Laatzen" keeps its town (Lower Saxony's councils are named so), "Rat der
    # Stadt" its "der Stadt"
    # (so "Gemeinderat der Marktgemeinde Ruprechtshofen", "Rat der Samtgemeinde Liebenau",
    # "Kreistag des Landkreises Sankt Wendel")
    # (and the council of a Verbandsgemeinde or Samtgemeinde too: "Verbandsgemeinderat der
    # Verbandsgemeinde Zell (Mosel)" -> "Verbandsgemeinderat")
    if not re.match(r"(?i)Rat\s+der\s+[a-zäöü]*(?:Stadt|Gemeinde)\b", s):
        s = re.sub(r"\s+(?:der|des)\s+(?:Landes|Stadt|Gemeinde|(?:Landk|K)reises|[A-ZÄÖÜ][a-zäöüß]+(?:stadt|gemeinde)(?![\wäöüß]))"
                   r"\S*.*$", "", s)
    # the corporation a portal's field puts after the council's name without an article:
    # "Kreistag Landkreis Börde", "Stadtrat Stadt Zittau" (not a committee's subject:
    # "Ausschuss Stadt und Umwelt")
    s = re.sub(r"(?<=rat|tag|ung)\s+(?:Landkreis|Kreis|Stadt|Gemeinde|Samtgemeinde|Verbandsgemeinde|Hansestadt|Markt)"
               r"\s+(?!und\b)[A-ZÄÖÜ][\wäöüß.-]*(?:\s+[A-ZÄÖÜ(][\wäöüß.()-]*)*$", "", s)
    s = re.sub(r"\s*\((?:nur|zur|zu|für|bei)\b[^)]*\)", "", s)
    s = re.sub(r"\s*\((?:nicht[- ]?)?öffentlich\)", "", s)  # "Verwaltungsausschuss (nicht-öffentlich)"
    s = _trim_name(s)
    s = s.strip(" ,;:-–")
    if s[-1:] in _QUOTES and not any(q in s[:-1] for q in _QUOTES):
        s = s[:-1]  # the closing mark of a quoted title the name ends: '... des Stadtrates Zittau"'
    s = _without_town(s)
    if not s or not re.search(r"[A-Za-zÄÖÜäöü]{2}", s):
        return None
    if s.startswith("Sonder") and s[6:7].islower() and not committee_word_re().fullmatch(s) \
            and committee_word_re().fullmatch(s[6].upper() + s[7:]):
        s = s[6].upper() + s[7:]  # a special meeting of the body: "Sonderstadtverordnetenversammlung"
    return s


# --- Beratungsfolge rows -------------------------------------------------------

_SECTION_START = re.compile(
    r"(?im)^[\s*#<>b/]*(?:Beratungsfolge|Beratungsreihenfolge|Gremienweg|Gremienfolge|"
    r"Vorlage\s+für\s+den|Gremi(?:um|en)\s*(?:Termin|Datum|Sitzung)|Beratungsverlauf|Ergebnisse[ \t]*$)|Beratungsfolge:"
)
# each line _SECTION_START finds holds one of these, lowercased (no i, k or
# s: case-insensitive matching pairs them with non-ASCII letters)
_SECTION_PARTS = ("ratung", "grem", "vorlage", "ergebn")


def section_starts(text: str, lines: list[str]) -> list[int]:
    """Indexes of the ``lines`` of ``text`` (``text.split("\\n")``) that
    _SECTION_START finds, searched only on the lines holding _SECTION_PARTS."""
    low = text.lower()
    if has_case_specials(text) or len(low) != len(text):
        return [i for i, line in enumerate(lines) if _SECTION_START.search(line)]
    hits = []
    for part in _SECTION_PARTS:
        at = low.find(part)
        while at >= 0:
            hits.append(at)
            at = low.find(part, at + 1)
    candidates, line, pos = [], 0, 0
    for at in sorted(hits):
        line += low.count("\n", pos, at)
        pos = at
        if not candidates or candidates[-1] != line:
            candidates.append(line)
    return [i for i in candidates if _SECTION_START.search(lines[i])]


_SECTION_END = re.compile(
    r"(?i)^[\s*#.]*(?:Beschluss(?:vorschlag|entwurf|antrag|empfehlung)?\s*(?:\(|:|$)|Antrag\s+an|Betreff|Betrifft|Begründung|Sachverhalt|Finanzielle|"
    r"Erläuterung|Unterrichtung|Anlage|Sehr\s+geehrte|Information\b|Kurzfassung|Inhalt|"
    r"Problem|Lösung|Ziel|Zusammenfassung|Historie|Vorschau|Dokumente|Kontakt|"
    r"Die\s+|Der\s+|Das\s+|Es\s+|Zu\s+der|\d+\.\s+[A-ZÄÖÜ][a-zäöü]+\s+[a-zäöü]+)"
)
_HEADER_WORDS = re.compile(
    r"(?i)^(?:Beratungsfolge|Beratungsreihenfolge|Gremienweg|Gremium|Gremien|Sitzung(?:sdatum)?\s*am|"
    r"Sitzung|Sitzungstermin|Termin|Datum|TOP|ö|nö|Ö\s*/\s*N|ö\s*/\s*nö|Ergebnis|Zuständigkeit|"
    r"Beratungstyp|Rolle|dieser|Vorlage|am|Punkt|Berichterstatter|Sitzung\s+am|TOP-Nr\.|SP-Nr\.|"
    r"Status|Beratung|Abstimmung|[:/ .-])+$"
)
_FORM_WORDS = re.compile(
    r"\s+(?:einstimmig|mehrheitl\.?|ohne\s+BE|abgelehnt|Kenntnis|verwiesen|vertagt|geändert|"
    r"Enthaltungen|Gegenstimmen)\b.*$", re.IGNORECASE,
)
_FORM_LINE = re.compile(
    r"(?i)(?:\s*(?:einstimmig|mehrheitl\.?|mehrheitlich|ohne\s+BE|abgelehnt|Kenntnis|abgesetzt|verwiesen|"
    r"vertagt|geändert|Enthaltungen|Gegenstimmen|TOP|öffentlich|nicht\s*öffentlich|ö|nö|ja|nein))+\s*"
)
ROLE_WORDS = re.compile(
    r"(?i)\b(Kenntnisnahme|Vorberatung|Entscheidung|[Bb]eschließend|Beschlussfassung|Behandlung|"
    r"Beratung|Anhörung|Empfehlung|Vorberatend|Zur\s+Kenntnis|Information)\b"
)
RESULT_WORDS = re.compile(
    r"(?i)\b((?:mit|ohne)\s+Änderungen\b[^\n]{0,30}?\s+beschlossen|einstimmig\s+zugestimmt|einstimmig|mehrheitlich|einstimmig\s+beschlossen|mehrheitlich\s+zugestimmt|"
    r"genehmigt|zugestimmt|Zustimmung|beschlossen|abgelehnt|Ablehnung|vertagt|zurückgestellt|"
    r"zurückgezogen|verwiesen|überwiesen|vorberaten|geändert\s+beschlossen|Kenntnisnahme|Kenntnis\s+genommen)\b"
)
_PUBLIC_RE = re.compile(r"(?i)(?<![\wäöü])(nö|N|ö|Ö|öffentlich|nicht\s*öffentlich|nichtöffentlich)(?![\wäöü])")
# agenda item "6", "15.1", "6a"; a cross glued to it ("6x") marks the ö/nö column
_TOP_RE = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3})*[a-wyz]?)(?=\s|$|[xX]\s*$)")


def _public(s: str) -> bool | None:
    m = _PUBLIC_RE.search(s)
    if not m:
        return None
    v = m.group(1).lower().replace(" ", "")
    return v in ("ö", "öffentlich")


def _row_from_line(before: str, after: str, date: str | None) -> Consultation:
    """One row from the text before and after its date."""
    row = Consultation(None, date)
    name = before
    name = re.split(r"\s+\d+\.\s*(?:\w+\s+)?(?:Gemeinsame\s+)?[Ss]itzung\b", name)[0]
    if not name.strip():
        parts = [p.strip() for p in after.split(":") if p.strip()]
        if len(parts) >= 2:
            # "04.05.2026: Stadtbezirksrat Vahrenwald-List: Einstimmig"
            name, after = parts[0], " ".join(parts[1:])
        else:
            name = _FORM_WORDS.sub("", after)
            name = re.split(r"\s{2,}|\t", name.strip())[0] if name.strip() else ""
            after = ""
    role = re.search(r"(?i)\b(Kenntnisnahme|Vorberatung|Entscheidung|[Bb]eschließend|Beschlussfassung|Anhörung)\s*$",
                     name)
    if role and role.start() > 0:
        # "Hauptausschuss Vorberatung 12.03.2020": the role printed before the date
        row.role = role.group(1)
        name = name[: role.start()]
    row.committee = name
    rest = after
    m = _TOP_RE.match(rest)
    if m:
        row.agenda_item = m.group(1)
        rest = rest[m.end():]
    row.public = _public(rest)
    role = ROLE_WORDS.search(rest)
    if role and not row.role:
        row.role = role.group(1)
    res = RESULT_WORDS.search(rest)
    if res and not _preprinted(rest[res.start():]):
        row.result = rest[res.start():].strip(" \tx")
    return row


def _preprinted(s: str) -> bool:
    """Several result boxes of a form ('einstimmig mehrheitl. ohne BE'), none filled in."""
    words = re.findall(r"(?i)einstimmig|mehrheitl|ohne\s+BE|abgelehnt|Kenntnis|abgesetzt|verwiesen|vertagt|geändert",
                       s)
    return len(words) >= 2 and bool(_FORM_LINE.fullmatch(s.strip()))


def _is_name_line(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > 90 or _HEADER_WORDS.match(s):
        return False
    if re.fullmatch(r"[xX\s|]*", s) or _PUBLIC_RE.fullmatch(s):
        return False
    return bool(re.search(r"[A-Za-zÄÖÜäöü]{3}", s))


# text extraction that lost the spaces: "Jugendhilfeausschuss05.07.20176x"
_GLUED_ROW = re.compile(r"^\s*[A-ZÄÖÜ][^\d\n]{2,80}?(?P<d>\d{2}\.\d{2}\.\d{4})(?=\d{1,2}\s*[xX]?\s*$)")


def _is_field_label(before: str) -> bool:
    """A label with a colon and no committee word: "Gestellt am:", "Freigabe:",
    "Bearbeitungsfrist:" (a page's date fields, listed under "Ergebnisse")."""
    s = before.strip()
    return s.endswith(":") and not committee_word_re().search(s)


# ALLRIS classic prints a Beratungsfolge row as three lines: the committee
# and its role (where the paper gives one), the date, the meeting's name with
# the result after it: "Kreistag Kenntnisnahme" / "01.03.2011" / "Sitzung des
# Kreistags ungeändert beschlossen"; "Rat der Stadt" / "28.06.2021" / "Sitzung des Rates der Stadt ...".
# Further meetings of the same committee follow as date and meeting lines only.
_ROW_ROLE_END = re.compile(
    r"^(?P<name>.+?)\s+(?P<role>Kenntnisnahme|Vorberatung|Entscheidung|Beschlussfassung|Beratung"
    r"|Anhörung|Empfehlung|Information)$")
# ("öffentliche/nichtöffentliche Sitzung des Bau- und Planungsausschusses geändert beschlossen")
_MEETING_NAME = re.compile(r"(?i)^(?:\d{1,3}\.\s*)?(?:\w+(?:/\w+)?\s+)?Sitzung\b")


# "05.11.2019    Sitzung des Verwaltungsausschusses": date and meeting on one line
_DATE_THEN_MEETING = re.compile(r"^(\d{1,2}\.\d{1,2}\.\d{4})[ \t]{2,}(\S.*)$")


def _three_line_rows(lines: list[str]) -> list[Consultation] | None:
    """The rows of an ALLRIS classic Beratungsfolge, or None if the section
    is not laid out so."""
    s = []
    for line in lines:
        t = line.strip()
        m = _DATE_THEN_MEETING.match(t)
        if m and _MEETING_NAME.match(m.group(2)):
            s.extend(m.groups())  # a meeting without a result on its date's line
        elif t:
            s.append(t)
    rows: list[Consultation] = []
    i = 0
    while i + 1 < len(s):
        if rows and DATE_RE.fullmatch(s[i]) and _MEETING_NAME.match(s[i + 1]):
            # another meeting of the same body: its committee line is not repeated
            # ("19.08.2019" / "33. öffentliche Sitzung des Ausschusses ... vertagt" /
            # "20.08.2019" / "34. öffentliche Sitzung ...")
            row = Consultation(rows[-1].committee, iso_of_match(DATE_RE.fullmatch(s[i])), rows[-1].role)
            res = RESULT_WORDS.search(s[i + 1])
            if res and not ROLE_WORDS.fullmatch(res.group(0)):
                row.result = s[i + 1][res.start():].strip()
            rows.append(row)
            i += 2
            continue
        head = _ROW_ROLE_END.match(s[i])
        name, role = (head.group("name"), head.group("role")) if head else (s[i], None)
        date = DATE_RE.fullmatch(s[i + 1])
        meeting = i + 2 < len(s) and _MEETING_NAME.match(s[i + 2])
        if not (date and (head or meeting) and committee_word_re().search(name)):
            break
        row = Consultation(name, iso_of_match(date), role)
        i += 2
        if i < len(s) and _MEETING_NAME.match(s[i]):
            res = RESULT_WORDS.search(s[i])
            if res and not ROLE_WORDS.fullmatch(res.group(0)):
                row.result = s[i][res.start():].strip()
            i += 1
        rows.append(row)
    if rows and i == len(s) - 1:
        # the last body, whose meeting is not yet set, prints its role and no date
        # ("Stadtverordnetenversammlung der Stadt Neustadt in Holstein Entscheidung")
        head = _ROW_ROLE_END.match(s[i])
        if head and committee_word_re().search(head.group("name")):
            rows.append(Consultation(head.group("name"), None, head.group("role")))
            i += 1
    return rows if rows and i >= len(s) else None


# a table whose columns are the body, then the meeting ("Gremium Sitzung Sitzungsdatum ...");
# the portal prints the body with its corporation in parentheses and the meeting after it:
# "Gemeinderat Schönau im Schwarzwald (Stadt Schönau im Schwarzwald) Gemeinderatssitzung ...",
# "Marktgemeinderat (Marktzeuln) . Marktgemeinderat"; the corporation also where the
# meeting's cell was cut off before ("Stadtrat (Stadt Schrobenhausen)" of
# "Stadtrat (Stadt Schrobenhausen) 59. Sitzung des Stadtrates"; not "Stadtrat (Plenum)")
_BODY_THEN_MEETING = re.compile(r"(?i)\bGremium[ \t]+Sitzung\b")
_BODY_CELL_END = re.compile(r"[ \t]+\([^()\n]+\)[ \t]+\S|[ \t]+(?=[A-ZÄÖÜ][\wäöüß]*sitzung\b)"
                            r"|[ \t]+\((?:Stadt|Gemeinde|Markt|Marktgemeinde|Ortsgemeinde|Verbandsgemeinde|Samtgemeinde"
                            r"|Landkreis|Kreis|Amt|Hansestadt|Große[ \t]+Kreisstadt)[ \t][^()\n]+\)[ \t]*$")


def _body_cell(name: str) -> str:
    """The body's cell of a row of a "Gremium Sitzung" table, without the
    meeting's cell run on after it."""
    end = _BODY_CELL_END.search(name)
    if end and end.start() > 0:
        return name[: end.start()]
    # the meeting's cell printing the body's name again: "Bau-, Verkehr- und
    # Umweltausschuss Bau-, Verkehr- und Umweltausschuss", "Gemeinderat Gemeinderat"
    words = name.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return name


def _section_rows(lines: list[str], header: str = "") -> list[Consultation]:
    rows: list[Consultation] = []
    # the column header is the section's title line or a line under it
    # ("Beratungsreihenfolge" / "Gremium Sitzung Sitzungsdatum ...")
    first_row = next((k for k, line in enumerate(lines) if DATE_RE.search(line)), len(lines))
    body_then_meeting = any(_BODY_THEN_MEETING.search(line) for line in [header] + lines[:first_row])
    pending: list[str] = []
    pending_date = None  # a date on a line of its own, the committee on the next
    date_first = False   # rows laid out as: date / committee / result lines
    for raw in lines:
        line = raw.rstrip()
        s = line.strip()
        if not s:
            continue
        if pending_date and not pending and _is_name_line(s) and committee_word_re().search(s):
            row = _row_from_line(s, "", pending_date)
            pending_date = None
            if clean_committee(row.committee or ""):
                rows.append(row)
                date_first = True
            continue
        if DATE_RE.fullmatch(s) and (not pending or date_first):
            pending_date = iso_of_match(DATE_RE.fullmatch(s))
            pending = []
            continue
        if date_first and not (ROLE_WORDS.search(s) or RESULT_WORDS.search(s) or _public(s) is not None):
            continue
        m = DATE_RE.search(line) or _GLUED_ROW.match(line)
        if m:
            before, after = line[: m.start("d") if m.re is _GLUED_ROW else m.start()], line[m.end():]
            if _HEADER_WORDS.match(before.strip() or "x") and before.strip():
                before = ""
            if not before.strip() and pending:
                after_name = _FORM_WORDS.sub("", after).strip()
                if not (after_name and committee_word_re().search(after_name)):
                    before = " ".join(pending)
            iso = iso_of_match(m) if m.re is DATE_RE else parse_day(m.group("d"))
            pending = []
            if _is_field_label(before):
                continue  # "Gestellt am:\t01.10.2021" is a field of the page, not a row
            row = _row_from_line(before, after, iso)
            if body_then_meeting and row.committee:
                row.committee = _body_cell(row.committee)
            if row.committee and clean_committee(row.committee):
                rows.append(row)
            continue
        if _FORM_LINE.fullmatch(s):
            # pre-printed result boxes of a Gremienweg form: only ö/nö is read
            if rows and rows[-1].public is None:
                rows[-1].public = _public(s)
            continue
        if rows and not pending:
            # a continuation of the last row: TOP, ö/nö marks, role, result
            last = rows[-1]
            if last.public is None and _public(s) is not None and len(s) < 30:
                last.public = _public(s)
            if last.role is None and ROLE_WORDS.search(s) and len(s) < 40:
                last.role = ROLE_WORDS.search(s).group(1)
            if last.result is None and RESULT_WORDS.search(s) and len(s) < 40:
                last.result = s.strip(" \tx")
            if last.public is not None or ROLE_WORDS.search(s) or RESULT_WORDS.search(s):
                continue
            if _TOP_RE.fullmatch(s) or re.fullmatch(r"[xX\s|]+", s):
                continue
        if _is_name_line(s) and not ROLE_WORDS.fullmatch(s) and not RESULT_WORDS.fullmatch(s):
            pending.append(s)
            if len(pending) > 3:
                pending = pending[-3:]
    if not any(re.search(r"(?i)Ergebnis|Beschluss|Beratungsverlauf", line) for line in [header] + lines[:first_row]):
        for r in rows:  # no result column: a role word is not a result
            r.result = None
    if not rows and pending:
        # a list of committees without dates (flattened "Beratungsfolge")
        for s in pending:
            names = _committee_names(s)
            if len(names) == 1 and len(s) <= 80:
                names = [s]  # one body, named in full ("Bezirksversammlung Bergedorf")
            for name in names:
                rows.append(Consultation(name))
    return rows


_CELL_LINE = re.compile(r"(?i)^(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4})?[ \t]*"
                        r"(?P<pub>(?:nicht\s*)?öffentlich|nö|ö)?[ \t]*$")
_ROLE_LINE = re.compile(
    r"(?i)^\(?(?:beratend|beschließend|vorberatend|federführend|Kenntnisnahme|Vorberatung|Entscheidung"
    r"|Beschlussfassung|Behandlung|Beratung|Anhörung|Empfehlung|Zur\s+Kenntnis|Information)\)?$")
_PAGE_LINE = re.compile(r"(?i)^Seite\s+\d+(?:\s+von\s+\d+)?$")


def _column_rows(block: list[str]) -> list[Consultation]:
    """A Beratungsfolge whose columns text extraction printed one after the
    other: a paragraph of committee names, then a paragraph of as many
    "date ö/nö" cells, then one of roles; the n-th cell belongs to the n-th
    name. Empty unless every name paragraph is followed by a cell paragraph
    of the same length."""
    from extract.dates import parse_date

    paragraphs, current = [], []
    for line in block + [""]:
        s = line.strip()
        if s and not _PAGE_LINE.match(s):
            current.append(s)
        elif current:
            paragraphs.append(current)
            current = []
    rows: list[Consultation] = []
    names: list[str] | None = None
    for para in paragraphs:
        if all(_ROLE_LINE.match(s) for s in para):
            continue
        if all(_CELL_LINE.match(s) for s in para):
            if names is None or len(names) != len(para):
                return []
            for name, cell in zip(names, para):
                m = _CELL_LINE.match(cell)
                rows.append(Consultation(name, parse_date(m.group("date")),
                                         public=_public(m.group("pub") or "")))
            names = None
            continue
        if names is not None or any(DATE_RE.search(s) or "\t" in s for s in para):
            return []
        names = []
        for s in para:  # a name wrapped after a comma or before a lowercase word goes on
            if names and (names[-1].endswith((",", "-")) or re.match(r"[a-zäöüß]|und\b", s)):
                names[-1] = names[-1] + " " + s
            else:
                names.append(s)
        if not all(committee_word_re().search(n) or len(n.split()) <= 4 for n in names):
            return []
    return rows if len(rows) >= 2 and names is None else []


def _committee_names(s: str) -> list[str]:
    """Committee words in a flattened list: 'Jugendhilfeausschuss Sozialausschuss Finanz...'."""
    names = []
    for m in committee_word_re().finditer(s):
        names.append(m.group(0))
    return names


def _flat_beratungsfolge(text: str) -> list[Consultation]:
    """'Beratungsfolge Jugendhilfeausschuss Sozialausschuss Finanzielle ...' on one line."""
    out = []
    for m in re.finditer(r"Beratungsfolge:?\s+((?:[\wäöüÄÖÜß-]+\s+){1,6})", text):
        words = m.group(1).split()
        for w in words:
            if committee_word_re().fullmatch(w):
                out.append(Consultation(w))
            else:
                break
    return out


# a form's Beratungsfolge whose cells text extraction ran together on one line:
# its column labels in a row ("Gremium: Sitzung am: TOP-Nr: Status:",
# "Beratungsfolge: Sitzung am: Abstimmungsergebnis: ..."), then its rows
# ("Verwaltungsausschuss nichtöffentlich vorberatend Gemeinderat öffentlich
# beschließend ...", "Kreistag 10.12.2018"), up to the next label ("Beschlussvorschlag:")
_FORM_LABEL = (r"(?:Gremium|Beratungsfolge|Sitzung\s+am|Sitzungsdatum|Sitzungstermin|Datum|Termin|TOP(?:-Nr\.?)?"
               r"|Status|Ö/N|Abstimmungsergebnis|Ergebnis|Befangen|Bemerkungen?|Zuständigkeit|Rolle)[ \t]*:")
_FORM_HEADER = re.compile(r"(?:" + _FORM_LABEL + r"[ \t]+){2,}")
_FORM_NEXT_LABEL = re.compile(r"(?<!\S)[A-ZÄÖÜ][\wäöüß/-]*:(?=\s|$)")
# the compound a name ends with, begun before it: "Haupt- und Finanzausschuss"
_NAME_BEGUN = re.compile(r"(?:[A-ZÄÖÜ][\wäöüß]*-,?[ \t]+)+(?:und|sowie)[ \t]+$")


# the column labels that follow the section's title on its line in such a form
_FORM_LABELS_RUN = re.compile(r"[ \t]*:?[ \t]*" + _FORM_LABEL + r"[ \t]+(?:" + _FORM_LABEL + r"[ \t]+)*(?!\d)")


def _form_rows(text: str) -> list[Consultation]:
    """The rows of a Beratungsfolge printed as a form's run-together cells:
    each row a committee name, then its date, agenda item, ö/nö mark and role.
    Empty unless every row has a date or an ö/nö mark and nothing but such
    cells follows its name."""
    head = text[:5000]
    if "Gremium" not in head and "Beratungsfolge" not in head:
        return []
    for header in _FORM_HEADER.finditer(head):
        if not re.search(r"Gremium|Beratungsfolge", header.group(0)):
            continue
        if "\n" in header.group(0).strip():
            continue  # labels of lines of their own: a table the other readers take
        end = _FORM_NEXT_LABEL.search(head, header.end())
        body = head[header.end(): end.start() if end else min(len(head), header.end() + 800)]
        rows = _form_body_rows(body)
        if rows:
            return rows
    return []


def _form_body_rows(body: str) -> list[Consultation]:
    starts = []
    for m in committee_word_re().finditer(body):
        if starts and m.start() < starts[-1][1]:
            continue  # inside the name before
        if starts and re.search(r"(?:des|der|für|und)[ \t]+$", body[:m.start()]):
            continue  # "Ausschuss für Umwelt des Gemeinderates": one name
        begun = _NAME_BEGUN.search(body[:m.start()])
        start = begun.start() if begun else m.start()
        name = _trim_name(body[start:])
        starts.append((start, start + len(name)))
    rows = []
    for k, (start, name_end) in enumerate(starts):
        rest = body[name_end: starts[k + 1][0] if k + 1 < len(starts) else len(body)]
        date = DATE_RE.search(rest)
        public = _public(rest)
        if len(rest.split()) > 8 or re.search(r"[.;!?](?=\s|$)", DATE_RE.sub("", rest)):
            return []
        if not date and public is None:
            return []
        # the role as written: what is left after the date, item and ö/nö cells
        role = _PUBLIC_RE.sub("", DATE_RE.sub("", rest), count=1)
        role = re.sub(r"^\s*\d{1,3}(?=\s|$)", "", role.strip()).strip(" \t,")
        result = role if role and RESULT_WORDS.fullmatch(role) and not ROLE_WORDS.fullmatch(role) else None
        rows.append(Consultation(body[start:name_end], iso_of_match(date) if date else None,
                                 None if result else role or None, public, result=result))
    return rows


_NAME_COLS = ("gremium", "gremien", "vorlage für den", "beratungsfolge", "ausschuss", "beratung")


def _table_rows_tabbed(lines: list[str]) -> list[Consultation] | None:
    """Rows of a table whose header names its columns (tab-separated cells).

    A committee may stand on a row of its own with its role, followed by one
    row per meeting (date, "Sitzung des ...", result), as in ALLRIS 4.
    """
    header = [c.strip().lower() for c in re.sub(r"<[^>]+>", "", lines[0]).split("\t")]
    if len(header) < 2:
        return None
    # the column named for the committee; "Beratung" (the meeting's date in
    # SessionNet's "Beratung | Gremium | TOP" tables) only where none is
    gcol = next((k for prefix in _NAME_COLS for k, c in enumerate(header) if c.startswith(prefix)), 0)
    rows = []
    pending_name, pending_role, pending_used = None, None, False
    for line in lines[1:]:
        if not line.strip():
            if rows:
                break
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) < 2:
            break
        aligned = len(cells) == len(header)
        row = Consultation(None)
        name = cells[gcol] if aligned and gcol < len(cells) else ""
        for k, cell in enumerate(cells):
            if not cell or (aligned and k == gcol):
                continue
            col = header[k] if aligned else ""
            if row.date is None and DATE_RE.search(cell):
                row.date = parse_day(cell)
            elif col.startswith(("zuständ", "rolle", "beratungstyp", "beratungsart")) \
                    or (ROLE_WORDS.fullmatch(cell) and not col.startswith("ergebnis")):
                row.role = cell
            elif col.startswith(("punkt", "top")):
                row.agenda_item = cell
            elif col.startswith(("ö", "status")) and _public(cell) is not None:
                row.public = _public(cell)
            elif col.startswith(("ergebnis", "beschluss")) or (not aligned and RESULT_WORDS.search(cell)):
                row.result = cell
            elif not aligned and not name and committee_word_re().search(cell):
                name = cell
        if not aligned and not name:
            name = cells[0]
        if row.date is None:
            if name and committee_word_re().search(name):
                if pending_name and not pending_used:
                    rows.append(_undated(pending_name, pending_role))
                pending_name, pending_role, pending_used = name, row.role, False
            continue
        meeting = re.match(r"(?:\d+\.\s*)?(?:Plenar|Sonder)?[Ss]itzung\b", name or "")
        if (meeting or not name) and pending_name:
            name = pending_name
            row.role = row.role or pending_role
            pending_used = True
        row.committee = re.split(r"\s+\d+\.\s*\w*\s*[Ss]itzung", name)[0] if name else None
        if row.committee:
            rows.append(row)
    if pending_name and not pending_used:
        rows.append(_undated(pending_name, pending_role))
    return rows


def _undated(name: str, role: str | None) -> Consultation:
    """A committee row of ALLRIS 4 with no meeting row under it (not yet scheduled)."""
    return Consultation(name, role=role)


def beratungsfolge_rows(doc) -> list[Consultation]:
    """Rows of the Beratungsfolge with the printed result (``result``) kept."""
    text = doc.text
    rows: list[Consultation] = []
    for table in getattr(doc, "tables", None) or []:
        rows.extend(_rows_from_table(table.rows))
    if not rows:
        lines = text.split("\n")
        starts = section_starts(text, lines)
        for i in starts:
            block = _section_block(lines, i)
            if "\t" in lines[i]:
                tabbed = _table_rows_tabbed(block)
                if tabbed:
                    rows.extend(tabbed)
                    continue
            head_rest = lines[i][_SECTION_START.search(lines[i]).end():]
            if _FORM_LABELS_RUN.match(head_rest):
                continue  # "Beratungsfolge: Sitzungstermin: Abstimmungsergebnis: ...": a form's cells (_form_rows)
            columns = (_three_line_rows(block[1:]) if not head_rest.strip(" :") else None) or (
                _column_rows(block[1:]) if not head_rest.strip() else [])
            rows.extend(columns or _section_rows([head_rest] + block[1:], header=lines[i]))
    if not rows:
        rows = _form_rows(text) or _flat_beratungsfolge(text)
    out = []
    for r in rows:
        name = clean_committee(r.committee or "")
        if not name or _HEADER_WORDS.match(name):
            continue
        if any(o.committee == name and o.date == r.date and o.agenda_item == r.agenda_item
               for o in out):
            continue
        r.committee = name
        if r.role is None and r.result and ROLE_WORDS.fullmatch(r.result.strip()):
            r.role = r.result.strip()
        out.append(r)
    return out


def _section_block(lines: list[str], i: int) -> list[str]:
    block = [lines[i]]
    blank = 0
    for line in lines[i + 1: i + 45]:
        s = line.strip()
        if not s:
            blank += 1
            if blank >= 4 and len(block) > 2:
                break
            block.append(line)
            continue
        blank = 0
        # (a meeting's name under a row's date belongs to the row: "38. Sitzung in der ...")
        meeting = bool(DATE_RE.fullmatch(block[-1].strip())) and bool(_MEETING_NAME.match(s))
        if _SECTION_END.match(s) and not DATE_RE.search(s) and not meeting:
            break
        if len(s) > 110 and not DATE_RE.search(s) and not meeting:
            break
        block.append(line)
    return block


def _rows_from_table(table_rows: list[list[str]]) -> list[Consultation]:
    if not table_rows:
        return []
    head = " ".join(c or "" for c in table_rows[0])
    if not re.search(r"(?i)Beratungsfolge|Gremium|Gremien|Beratungsreihenfolge", head):
        return []
    # a label/value table ("Gremium:" / "Abgeschlossen am:" "10.08.2022") holds
    # fields of one meeting page: its dated label rows are no consultations
    lines = ["\t".join((c or "").replace("\n", " ") for c in row) for k, row in enumerate(table_rows)
             if k == 0 or not _is_field_label(row[0] or "")]
    rows = _table_rows_tabbed(lines) or []
    return [r for r in rows if r.committee]


# --- header fields and meetings -----------------------------------------------

_LABEL_LINE = re.compile(r"^\s*[\w .\-/()]{1,30}:\s*$")


def _before_next_label(value: str) -> str:
    """A field's value without the next label printed on the same line:
    "Finanzausschuss Beschlussart: (offen)" -> "Finanzausschuss"."""
    return re.split(r"\s+[A-ZÄÖÜ][\wäöüß-]+:(?=\s|$)", value)[0]


def _gremium_header(text: str) -> Consultation | None:
    """``Gremium: 19. Plenarsitzung Gemeinderat`` + ``Termin: 15.12.2015``."""
    head = text[:2500]
    # (also cells of a label-value table: "| Gremium: | Verbandsgemeinderat ... |" / "| Sitzung am: | 25.06.2025 |")
    m = re.search(r"(?m)^[ \t]*(?:\|[ \t]*)?Gremium(?::[ \t]*(?:\|[ \t]*)?|\t+)(.*)$", head)
    if not m:
        return _stacked_header(head)
    name = _before_next_label(re.split(r"\t", m.group(1).strip(" \t|"))[0].strip())  # "Gremium:\tX\tBeschlussart: ..."
    after = head[m.end():].split("\n")
    if not name:
        for line in after[:12]:
            s = line.strip()
            if not s or _LABEL_LINE.match(s) or DATE_RE.fullmatch(s):
                continue
            if re.search(r"[A-Za-zÄÖÜäöü]{4}", s):
                name = s
                break
    # a name broken across two lines ("des Gemein-" / "derat")
    if name.endswith("-"):
        idx = next((k for k, line in enumerate(after) if line.strip() == name), None)
        if idx is not None and idx + 1 < len(after):
            name = name + after[idx + 1].strip()
    t = re.search(r"(?m)^[ \t]*(?:\|[ \t]*)?(?:Termin|Sitzungstermin|Datum der Sitzung|Sitzung am):?", head[m.start():])
    date = None
    if t:
        date = _first_date(head[m.start() + t.end(): m.start() + t.end() + 400])
    else:
        # a meeting page: "Gremium: X" with "Datum: Mo, 03.11.2025" next to it,
        # or the meeting's weekday date just above
        near = re.search(r"(?m)^[ \t]*Datum(?::[ \t]*|\t+)(.*)$", head[m.end(): m.end() + 200])
        if near:
            date = _first_date(near.group(1))
        else:
            date = _date_in_block_above(head, m.start())
        if date is None:
            above = re.findall(r"(?m)^[ \t]*(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?[ \t]+(.*)$",
                               head[max(0, m.start() - 300): m.start()])
            if above:
                date = _first_date(above[-1])
    committee = clean_committee(name)
    if not committee:
        return None
    return Consultation(committee, date)


# a meeting page printing each label on a line of its own and its value on the
# next: "Gremium" / "Stadtrat" / "Raum" / "Ratssaal" / "Datum" / "06.06.2013"
_STACKED_GREMIUM = re.compile(r"(?m)^[ \t]*Gremium[ \t]*\n[ \t]*(?P<name>[A-ZÄÖÜ][^\n]{2,80}?)[ \t]*$")
_STACKED_DATE = re.compile(r"(?m)^[ \t]*(?:Datum|Sitzungsdatum|Termin)[ \t]*\n[ \t]*(?:[A-Z][a-z]{1,9},?[ \t]+)?(?P<date>\S+)[ \t]*$")


def _stacked_header(head: str) -> Consultation | None:
    """The meeting of a page whose fields stand as label line over value
    line, the body's name a council body's and the date the value of the
    "Datum" label within the same block of fields."""
    if "Gremium\n" not in head:
        return None
    m = _STACKED_GREMIUM.search(head)
    if not m:
        return None
    committee = clean_committee(m.group("name"))
    if not committee or not committee_word_re().fullmatch(committee):
        return None
    block = head[max(0, m.start() - 300): m.end() + 300]
    d = _STACKED_DATE.search(block)
    date = _first_date(d.group("date")) if d and DATE_RE.fullmatch(d.group("date")) else None
    return Consultation(committee, date) if date else None


_FIELD_LINE = re.compile(r"[ \t]*(?P<label>[A-ZÄÖÜ][\wäöüß .\-/()]{0,29}):[ \t]*(?P<value>\S[^\n]*)?")


def _date_in_block_above(head: str, start: int) -> str | None:
    """The date of a "Datum:" field in the block of "Label: value" lines that
    ends with the line at ``start`` (a meeting page's "Datum: 21.02.2024" /
    "Status: ..." / "Sitzungsort: ..." / "Gremium: ...")."""
    lines = head[:start].split("\n")[:-1]
    for line in reversed(lines[-8:]):
        field = _FIELD_LINE.fullmatch(line)
        if not field:
            return None
        if field.group("label") in ("Datum", "Sitzungsdatum", "Termin"):
            return _first_date(field.group("value") or "")
    return None


# a consultation printed as label-value pairs on one line, the labels in any
# case (ALLRIS prints each earlier consultation of a paper this way under the
# paper on an agenda page): "GREMIUM: Ausschuss für Kultur, Sport und Bildung
# DATUM: Mo, 03.03.2014    TOP: Ö 5"
# (compiled when a text first holds the label: few texts do)
@lru_cache(maxsize=1)
def _paired_row_re() -> re.Pattern:
    return re.compile(
        r"(?im)(?<![\wäöüß])Gremium:[ \t]*(?P<name>[A-ZÄÖÜ][^\t\n]*?)[ \t]+"
        r"(?:Datum|Sitzungsdatum|Sitzung[ \t]+am|Termin):[ \t]*(?:[A-Za-z]{2},?[ \t]+)?(?P<date>" + DATE_PATTERN + r")")


def _paired_rows(text: str) -> list[Consultation]:
    if "remium:" not in text and "REMIUM:" not in text:
        return []
    rows = []
    for m in _paired_row_re().finditer(text):
        committee = clean_committee(m.group("name"))
        if committee and committee_word_re().search(committee):
            rows.append(Consultation(committee, iso_of_match(DATE_RE.search(m.group("date")))))
    return rows


def _first_date(s: str) -> str | None:
    m = DATE_RE.search(s)
    return iso_of_match(m) if m else None


_MEETING_RE = re.compile(
    r"(?:(?:\d+\.\s*)?(?:öffentlichen\s*/\s*nicht\s*öffentlichen\s+|öffentlichen\s+|nichtöffentlichen\s+|"
    r"nicht\s*öffentlicher\s+|öffentlicher\s+|nichtöffentlicher\s+)?(?:Plenar|Sonder)?[Ss]itzung"
    r"\s+(?:des|der|d\.)\s+)"
    r"(?P<name>[A-ZÄÖÜ][^\n,;:]*)"
)
_NAME_STOP = re.compile(r"\s+(?:am|vom|in\s+der|zu\s+setzen|gefassten|eröffnet)\b|\s{3,}")


_NOUN = r"[A-ZÄÖÜ][\wäöüß-]+"
_LISTED_NAMES = re.compile(
    r",[ \t]*(?P<rest>" + _NOUN + r"(?:,[ \t]*" + _NOUN + r")*[ \t]*\n?[ \t]*(?:und|sowie)[ \t]+" + _NOUN + r")")


def _continued_name(head: str, m: re.Match) -> tuple[str, str]:
    """The name a match starts, continued over line breaks inside it; and what follows."""
    name = m.group("name")
    pos = m.end("name")
    # an enumeration the name ends with: "Ausschuss für IT-Dienstleistungen,
    # Stadtentwässerung\nund Friedhofswesen", "für Umweltschutz, Klimaschutz und Bauwesen"
    listed = _LISTED_NAMES.match(head, pos)
    if listed and not _NAME_STOP.search(name):
        name = name + ", " + re.sub(r"\s+", " ", listed.group("rest"))
        pos = listed.end()
    for _ in range(3):
        cut = _NAME_STOP.search(name)
        if cut:
            break
        last = name.rstrip().split(" ")[-1] if name.strip() else ""
        if not (name.rstrip().endswith(("-", "/")) or last in _NAME_GLUE
                or name.count("(") > name.count(")")):
            break
        nxt = re.match(r"\n[ \t]*([^\n,;:]*)", head[pos:])
        if not nxt:
            break
        joiner = "" if name.rstrip().endswith("-") and nxt.group(1)[:1].islower() else " "
        name = name.rstrip() + joiner + nxt.group(1)
        pos += nxt.end()
    cut = _NAME_STOP.search(name)
    if cut:
        return name[: cut.start()], name[cut.start():]
    return name, head[pos: pos + 12]


_SITZUNG_NAME_RE = re.compile(
    r"(?m)(?:Niederschrift|Protokoll)?[ \t]*\d+\.\s*(?:Plenar|Sonder)?[Ss]itzung[ \t]+(?!des|der|vom|am)"
    r"(?P<name>[A-ZÄÖÜ][\wäöüß-]+(?:[ \t]+[A-ZÄÖÜ][\wäöüß-]+)*)"
)


# "am"/"vom" and the date of a meeting, a weekday before it: "am Montag, 3. Mai 2021", "vom 12.11.2015",
# "am Montag, dem 18. August 2008",
# "vom vergangenen Montag, den 29.06.2020"
_ON_DATE = (r"[ \t]+(?:am|vom)[ \t]+(?:(?:vergangenen|letzten|vorigen)[ \t]+)?"
            r"(?:[A-ZÄÖÜ][a-z]+,?[ \t]+(?:de[nm][ \t]+)?)?(?P<date>" + DATE_PATTERN + r")")


# a heading naming the meeting a page reports on: "Beschlüsse der 5.
# Stadtratssitzung am 05. März 2015", "Aus der Gemeinderatssitzung vom 6.
# November 2014", "Bericht über die Sitzung des Gemeinderats am 16.05.2019":
# the body in a compound with "sitzung" or after "Sitzung des", the line
# ending with the date (and a time)
_HEADING_MEETING_RE = re.compile(
    r"^(?:[^\n]{0,60}?[ \t])?(?:(?P<compound>[A-ZÄÖÜ][\wäöüß]*?)-?[Ss]itzung"
    r"|(?:Plenar|Sonder)?[Ss]itzung[ \t]+(?:des|der)[ \t]+(?P<name>[A-ZÄÖÜ][^\n]*?)"
    # the body's name, a dash and its numbered meeting: "Stadtvertretung - 9. Sitzung vom 02.10.2025"
    r"|^(?P<lead>[A-ZÄÖÜ][^\n]{1,60}?)[ \t]+[-–][ \t]+(?:\d{1,3}\.[ \t]*)?"
    r"(?:(?:öffentliche|nicht[ \t]?öffentliche|ordentliche|außerordentliche)[ \t]+)?(?:Plenar|Sonder)?Sitzung"
    # the resolutions or news of a body's meeting: "Beschlüsse aus dem Stadtrat vom
    # 15.09.2022", "Beschlüsse des Gemeinderates vom ...", "Aus dem Kreistag am ..."
    r"|^(?:(?:Beschlüsse|Berichte?|Neues|Informationen)[ \t]+(?:aus[ \t]+)?|Aus[ \t]+)(?:dem|der|des)[ \t]+"
    r"(?P<body>[A-ZÄÖÜ][^\n]*?))"
    + _ON_DATE + r"(?:,?[ \t]+(?:um[ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]*Uhr)?)?[ \t]*$")


# an agenda item about an earlier meeting: "Genehmigung der Niederschrift der
# Gemeinderatssitzung vom 12.02.2019", "Bekanntgabe von Beschlüssen aus der ..."
_PAST_MEETING_ITEM = re.compile(r"(?i)\b(?:Genehmigung|Bekanntgabe|Einw(?:endungen|ände))\b")


# a word one of _HEADING_MEETING_RE's branches needs
_HEADING_WORD = re.compile(r"[Ss]itzung|^(?:Beschlüsse|Bericht|Neues|Informationen|Aus)[ \t]")


# a line that runs on into the next one: it ends in a word that opens in lower
# case, a comma or a word broken by a hyphen ("... in der" / "Gemeinderatssitzung
# am 3.5.2021")
_RUNS_ON = re.compile(r"(?:(?<![\wäöüß])[a-zäöüß][\wäöüß]*|,|\w-)[ \t]*$")
# a heading set off by brackets or dashes around it: "(Bericht von der
# Gemeinderatsitzung am 02.03.2017)", "– Sitzung des Stadtrates am ... –"
_ENCLOSED = re.compile(r"^(?:\((?P<b>.*)\)|\[(?P<s>.*)\]|[-–—][ \t]+(?P<d>.*?)[ \t]+[-–—])$")


# a full stop where a copy of a document on a document-sharing site put one for
# the original's line break, inside a heading: "Protokoll über die öffentliche
# Sitzung. des Gemeinderats Berghaupten. am 20. Dezember 2016"
_BREAK_STOP = re.compile(r"(?<=[\wäöüß])\.[ \t]+(?=(?:des|der|am|vom)[ \t])")


def _heading_line(s: str) -> str:
    """A heading line without the brackets or dashes set around it and
    without the full stops put for line breaks."""
    m = _ENCLOSED.match(s)
    s = next(g for g in m.groups() if g is not None).strip() if m else s
    return _BREAK_STOP.sub(" ", s) if ". " in s else s


def _heading_match(s: str) -> tuple | None:
    """(committee, date, match) of a line ``s`` that is a heading naming a meeting."""
    if not (0 < len(s) <= 160 and _HEADING_WORD.search(s.lstrip("([–—- \t"))):
        return None
    s = _heading_line(s)
    if not (0 < len(s) <= 150 and _HEADING_WORD.search(s)) or _AGENDA_ITEM.match(s) \
            or _PAST_MEETING_ITEM.search(s):
        return None
    m = _HEADING_MEETING_RE.match(s)
    if not m:
        return None
    name = m.group("compound") or m.group("lead") or _NAME_STOP.split(m.group("name") or m.group("body") or "")[0]
    committee = clean_committee(name)
    whole = committee_word_re().search if m.group("name") else \
        committee_word_re().match if m.group("body") else committee_word_re().fullmatch
    if not committee or not whole(committee):
        return None
    return committee, iso_of_match(DATE_RE.search(m.group("date"))), m


# the line under a meeting's heading that gives its day (and time): "Sitzung am 20.11.2020
# um 19:00 Uhr" under "Gemeinderat-Sitzung", "Dienstag, 12.05.2015, 18:45 Uhr" under
# "Sitzung des Bauausschusses", "am: Dienstag, 12.05.2015 um 19:30 Uhr" under "zur: Sitzung
# des Stadtrates", "vom 25. Juli 2016" under "Aktuelles aus der Gemeinderatssitzung"; the day
# is read by DATE_RE where the line's opening words end
_DAY_LINE_OPENS = re.compile(r"\n[ \t]*\n?[ \t]*(?:(?:Sitzung[ \t]+)?(?:am|vom):?[ \t]+)?(?:[A-ZÄÖÜ][a-z]+,?[ \t]+(?:de[nm][ \t]+)?)?")
_DAY_LINE_TIME = re.compile(r",?[ \t]*(?:(?:um|ab)[ \t]+|,[ \t]*)?(?:\d{1,2}[:.]\d{2}(?:[ \t]*Uhr)?)?[ \t]*(?:\n|$)")


def _heading_over_day(s: str, head: str, pos: int) -> tuple | None:
    """(committee, date, match) of a heading line ``s`` that names a meeting
    without its day, the next line (at ``pos`` of ``head``) giving the day."""
    s = re.sub(r"^(?:zur|zu):[ \t]+", "", s)
    opens = _DAY_LINE_OPENS.match(head, pos - 1)
    day = DATE_RE.match(head, opens.end()) if opens else None
    if not day or not _DAY_LINE_TIME.match(head, day.end()):
        return None
    return _heading_match(s + " am " + day.group(0))


@lru_cache(maxsize=8)  # the head is read again for the meetings a page repeats
def _heading_meeting(head: str) -> tuple | None:
    """(start, start, committee, date, frame) of a heading among the first
    lines of ``head`` that names a meeting and its date; a heading is a line
    of its own (the first line, or one after a blank line or after a line
    that does not run on into it) that opens with a capital, a digit or a
    bracket, not a line of running text nor an agenda item. ``frame`` is the
    heading with its date cut out."""
    pos = 0
    prev = ""
    for n, line in enumerate(head.split("\n")):
        if n >= 15:
            break
        s = line.strip()
        opens = s[:1].isupper() or s[:1].isdigit() or s[:1] in "([–-"
        found = _heading_match(s) if opens and not _RUNS_ON.search(prev) else None
        if not found and opens and "itzung" in s and not _RUNS_ON.search(prev):
            found = _heading_over_day(s, head, pos + len(line) + 1)
        if found:
            committee, date, m = found
            frame = m.string[:m.start("date")] + m.string[m.end("date"):]
            return pos, pos, committee, date, frame
        prev = s
        pos += len(line) + 1
    return None


def _repeated_headings(text: str, heading: tuple) -> list[Consultation]:
    """The meetings of a page that reports several, each under a heading
    printed like the first one with another date ("Aus der
    Gemeinderatssitzung vom 17.02.2020" ... "Aus der Gemeinderatssitzung vom
    20.01.2020"): a list of meeting reports."""
    frame = heading[4]
    out = []
    lines = text[heading[0]:].split("\n")
    for i, line in enumerate(lines[1:], 1):
        s = line.strip()
        if len(s) < 10 or s[:4] != frame[:4]:
            continue
        found = _heading_match(s)
        if not found or found[0] != heading[2] or found[1] == heading[3]:
            continue
        m = found[2]
        if m.string[:m.start("date")] + m.string[m.end("date"):] != frame:
            continue
        # a heading over a report opens sentences, not the next title of a
        # list of titles ("Ähnliche Dokumente")
        below = next((t.strip() for t in lines[i + 1: i + 6] if t.strip()), "")
        if below.endswith((".", ":", "!", "?")):
            out.append(Consultation(found[0], found[1]))
    return out


# a meeting named by its number and a compound of the body with "sitzung",
# anywhere in the head: "Niederschrift der 14. Ratssitzung vom 12.11.2015 Ort:
# ...", "Protokoll der 2. Ratssitzung am 16.12.2016", "die 5.
# Gemeinderatssitzung am Montag, 3. Mai 2021"
# (or by the body's name alone where it meets: "Niederschrift über die 6.
# Stadtverordnetenversammlung am 25. Februar 2015")
_NUMBERED_COMPOUND_RE = re.compile(
    r"(?<![\w.])\d{1,3}\.[ \t]*(?:(?:öffentliche|nicht[ \t]?öffentliche|ordentliche|außerordentliche)[nr]?[ \t]+)?"
    r"(?:(?P<name>[A-ZÄÖÜ][a-zäöüß]*?)-?sitzung|(?P<body>[A-ZÄÖÜ][a-zäöüß]+))" + _ON_DATE)


_RECORD_OF = re.compile(r"(?:Niederschrift|Protokoll)\s+(?:über\s+)?(?:die|der)[ \t]+$")


def _numbered_compound(head: str, minutes: bool) -> tuple | None:
    """(start, start, committee, date) of the first meeting ``_NUMBERED_COMPOUND_RE``
    names that is not an earlier meeting an agenda item refers to ("Genehmigung
    der Niederschrift der 13. Ratssitzung vom ..."); outside minutes only as
    the meeting a record is of ("Niederschrift der 14. Ratssitzung vom ...")."""
    if "sitzung" not in head and "Niederschrift" not in head and "Protokoll" not in head:
        return None  # (every match needs one of them: a head without them is not searched)
    for m in _NUMBERED_COMPOUND_RE.finditer(head):
        line_start = head.rfind("\n", 0, m.start()) + 1
        if _PAST_MEETING_ITEM.search(head[line_start:m.start()]):
            continue
        record_of = _RECORD_OF.search(head[max(0, m.start() - 30):m.start()])
        if not record_of and (not minutes or m.group("body")):
            continue  # a body's name alone is the meeting only as the one a record is of
        committee = clean_committee(m.group("name") or m.group("body"))
        if committee and committee_word_re().fullmatch(committee):
            return m.start(), m.start(), _fuller_name(head, committee), iso_of_match(DATE_RE.search(m.group("date")))
    return None


def _fuller_name(head: str, committee: str) -> str:
    """A body named in a compound by its last part ("Ratssitzung") takes the
    full name the head prints for it ("Stadtrat der Stadt Sangerhausen"): the
    first committee word that ends in the short name."""
    for m in committee_word_re().finditer(head):
        word = clean_committee(m.group(0)) or ""
        if word != committee and word.lower().endswith(committee.lower()) and " " not in word:
            return word
    return committee


# an item approving the record of an earlier meeting: "Genehmigung der Niederschrift über
# die öffentliche Sitzung des Rates vom 08.05.2025", "Billigung der Niederschrift der 03. Sitzung"
_APPROVES_RECORD = re.compile(r"(?i)\b(?:Genehmigung|Billigung|Feststellung|Bestätigung|Einw(?:endungen|ände))\b"
                              r"[^\n]{0,40}?\b(?:Niederschrift|Protokolls?|Sitzungsniederschrift)\b")


_RECORD_APPROVED = re.compile(r"\b(?:genehmigt|gebilligt|bestätigt|festgestellt)\b")


def _approves_record(head: str, start: int) -> bool:
    """The meeting named at ``start`` is one whose record its line approves
    ("Genehmigung der Niederschrift über die Sitzung ... vom", "Die Niederschrift
    über die Sitzung ... vom 08.05.2025 wird ... genehmigt")."""
    ls = head.rfind("\n", 0, start) + 1
    if _APPROVES_RECORD.search(head, ls, start):
        return True
    le = head.find("\n", start)
    le = len(head) if le < 0 else le
    return re.search(r"\b(?:Niederschrift|Protokoll)\b", head[ls:start]) is not None \
        and _RECORD_APPROVED.search(head, start, le) is not None


# a sentence putting a matter to a meeting still to come, its verb before the meeting: "Die
# vorliegende Anfrage ... wird in der Jahresabschlusssitzung des Gemeinderates am 10.12.2021
# vorgetragen"
_LATER_BEFORE = re.compile(r"(?<![\wäöüß])(?:wird|werden|soll|sollen)[ \t]+in[ \t]+(?:der|einer|seiner|ihrer)"
                           r"[ \t]+(?:[a-zäöüß]+[ \t]+)?[\wäöüß-]*$")


def _put_to_later(head: str, start: int) -> bool:
    """The meeting at ``start`` is one a sentence puts a matter to later
    ("... wird in der nächsten Sitzung des Rates beraten"): in minutes, not
    the meeting they record."""
    return _LATER_BEFORE.search(head, max(0, start - 60), start) is not None


def _toward_in_prose(head: str, start: int) -> bool:
    """The meeting at ``start`` is named in a sentence of running text as the one
    something is set for, not in a heading naming the page's meeting
    ("Beschlussvorlage für die Sitzung des Gemeinderates am ..."): a line of prose.
    (Where the clause's verb follows the body's name, a day after it is the verb's,
    not the meeting's: "Die Ladungsfrist für die konstituierende Sitzung des
    Stadtrates endete am 25.06.2024"; a motion's "bittet für die Sitzung des
    Ausschusses ... am 24.02.2026" names the meeting it is put to.)"""
    if not _TOLD_TOWARD.search(head, max(0, start - 40), start):
        return False
    line_start = head.rfind("\n", 0, start) + 1
    line_end = head.find("\n", start)
    return (len(head) if line_end < 0 else line_end) - line_start > 150


def _meeting(text: str, minutes: bool = False) -> Consultation | None:
    """The meeting a document belongs to, from its head.

    Outside minutes a meeting named with "vom" is a past one the text reports
    ("in der Sitzung des Stadtrates vom 24.04.2020") and is not taken, unless
    a heading names it; only the head of the paper is read (the body reports
    other meetings).
    """
    head = text[:2500] if minutes else text[:1200]
    heading = _heading_meeting(head)
    cands = []
    for rx in (_MEETING_RE, _SITZUNG_NAME_RE, _LABEL_NAME_RE, _HEADING_OF_BODY_RE):
        for m in rx.finditer(head):
            name, after = _continued_name(head, m)
            if rx is _LABEL_NAME_RE:
                name = _before_next_label(name)
            committee = clean_committee(name)
            if not committee or not committee_word_re().search(committee):
                continue
            if not minutes and re.match(r"\s*vom\b", after):
                continue
            if _approves_record(head, m.start()):
                continue  # "Genehmigung der Niederschrift über die öffentliche Sitzung des Rates vom ...": a past meeting
            if minutes and _put_to_later(head, m.start()):
                continue  # (a paper's own page is put to that meeting: "Der Antrag wird in der Sitzung ... beraten")
            if not minutes and name.split()[-1:] != [] and name.split()[-1][:1].islower() \
                    and _toward_in_prose(head, m.start()):
                continue
            # (the day before the name is the meeting's: "Sitzung: 07.05.2024 Ausschuss ...")
            day = m.groupdict().get("day")
            cands.append((m.start(), m.start("day") if day else m.start("name"), committee))
            break
    standalone = _standalone_committee(head)
    if standalone:
        cands.append(standalone)
    above = _body_above_minutes_heading(head) if minutes else None
    if above:
        # the meeting the heading names ("Niederschrift" / "Sitzung des Haushaltsausschusses"),
        # else the body above it, not a meeting the agenda names further down
        below_heading = [c for c in cands if c[0] <= above[1] + 200]
        cands = below_heading or [above[0]]
    if heading and (not cands or heading[0] <= min(cands)[0]):
        return Consultation(heading[2], heading[3])
    numbered = _numbered_compound(head, minutes)
    if numbered and (not cands or numbered[0] <= min(cands)[0]):
        return Consultation(numbered[2], numbered[3])
    if not cands:
        return _convened(head[:600])
    start, name_start, committee = min(cands)
    date = _meeting_date(head, start, name_start)
    # (the words before the meeting's word where it is a compound: "in der nächsten Haushaltssitzung des ...")
    word = _WORD_HEAD.search(head, max(0, start - 40), start)
    lead = word.start() if word else start
    if date is None and not minutes and (_REPORTED_IN.search(head, max(0, lead - 60), lead)
                                         or _EARLIER_MEETING.search(head, max(0, lead - 60), lead)):
        return None  # "in der jüngsten Sitzung der Stadtverordnetenversammlung": a meeting reported, no date
    if date is None and minutes:
        m = re.search(r"Sitzung\s+vom\s+", head)
        if m:
            date = _first_date(head[m.end(): m.end() + 30])
    if date is None and minutes:
        m = re.search(r"(?m)^[ \t]*Datum:[ \t]*", head)  # the minutes' "Datum:" field
        if m:
            date = _first_date(head[m.end(): m.end() + 30].split("\n")[0])
    return Consultation(committee, date)


# a one-word heading and the body it is of on the next line: "BESCHLUSSAUSFERTIGUNG" /
# "des Ortschaftsrates Langebrück" (with "Sitzung am:" and its date below)
_HEADING_OF_BODY_RE = re.compile(
    r"(?m)^[ \t]*(?:[A-ZÄÖÜ]{4,}|Beschlussausfertigung|Auszug|Niederschrift|Protokoll|Einladung|Tagesordnung)"
    r"[ \t]*\n[ \t]*(?:des|der)[ \t]+(?P<name>[A-ZÄÖÜ][^\n,;:]*)")
# a label over the body's name, SessionNet's item page with the meeting's day first:
# "Sitzung: 07.05.2024 Ausschuss für Infrastruktur und Energie"
_LABEL_NAME_RE = re.compile(r"(?m)^[ \t]*(?:Protokoll|Niederschrift|Gremium|Sitzung):[ \t]+"
                            r"(?:(?P<day>\d{1,2}\.\d{1,2}\.\d{4})[ \t]+)?(?P<name>[A-ZÄÖÜ][^\n]*?)(?=\s{2,}|$)")


# dates of the record, not of the meeting: "Abgeschlossen am: 10.08.2022",
# "Gestellt am:", "Freigabe:", "Bearbeitungsfrist:", "Erstellt am"
_RECORD_DATE_LABEL = re.compile(
    r"(?i)\b(?:Abgeschlossen|Gestellt|Freigabe|Bearbeitungsfrist|Erstellt|Aktualisiert|Geändert"
    r"|Eingang|Stand)\b[^\n]*$")


# a meeting named as where something happened, in running text: "in der jüngsten
# Sitzung des ...", "in seiner letzten Sitzung", not the meeting a paper is put to
# ("für die Sitzung des ...", "zur Sitzung des ...")
_REPORTED_IN = re.compile(r"[a-zäöüß,][ \t]+in[ \t]+(?:der|einer|seiner|ihrer)[ \t]+(?:[a-zäöüß]+[ \t]+){0,2}$")
# a meeting named as an earlier one: "das Protokoll der letzten öffentlichen Sitzung des
# Gemeinderates", "die Beschlüsse der vorangegangenen Sitzung des Ausschusses"
_EARLIER_MEETING = re.compile(r"\b(?:letzten|vorigen|vorherigen|vergangenen|jüngsten|vorangegangenen|früheren)"
                              r"[ \t]+(?:[a-zäöüß]+[ \t]+){0,2}$")
# the meeting day named earlier in the sentence that names the meeting: "findet am 16.05.2023
# im Dorf- und Kulturzentrum ..., in Riol eine Sitzung des Verbandsgemeinderates ... statt"
_DAY_BEFORE = re.compile(r"\bam[ \t]+(?:[A-ZÄÖÜ][a-z]+,?[ \t]+(?:den[ \t]+)?)?(" + DATE_PATTERN + r")"
                         r"(?:[^.!?\n]|(?<=\d)\.|\.(?=\d)){0,120}$")


def _meeting_date(head: str, start: int, name_start: int) -> str | None:
    # an explicit date label wins: Termin:, Sitzungstermin:, Besprechung am:
    lab = re.search(r"(?m)^[ \t]*(?:Termin|Sitzungstermin|Besprechung\s+am|Sitzung\s+am|Datum\s+der\s+Sitzung)"
                    r"\s*:?[ \t]*(?:\w+,\s*)?(?:den\s+)?([^\n]*)", head)
    if lab and DATE_RE.search(lab.group(1)):
        return _first_date(lab.group(1))
    window = head[name_start: name_start + 220]
    # (a date glued to the word before it is a field's value of the page's record:
    # "icon.crdate04.04.2025" under "Sitzung des Gemeinderates")
    dates = [d for d in DATE_RE.finditer(window)
             if not _RECORD_DATE_LABEL.search(window[:d.start()].rsplit("\n", 1)[-1])
             and not window[d.start() - 1: d.start()].isalpha()]
    if dates:
        first = dates[0]
        # two meeting days ("20. November 2018, 9 Uhr und 21. November 2018")
        if len(dates) > 1 and re.match(r"[^\n]{0,25}\bund\b", window[first.end():]) \
                and window[first.end(): dates[1].start()].count("\n") <= 1:
            return None
        return iso_of_match(first)
    before = head[max(0, start - 160): start]
    m = _DAY_BEFORE.search(before)
    if m:
        return parse_day(m.group(1))
    return None


_MEETING_LINE = re.compile(r"(?i)(?:\d+\.\s*(?:öffentliche\s+|nichtöffentliche\s+)?Sitzung\b|"
                           r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b)")


# a name and a date on a line: "Gemeindevertretung vom 02.03.2004"; on the
# first line the "vom"/"am" may be missing ("Bürgerschaft 15.05.2014")
_NAME_DATED = re.compile(r"(?P<name>[^\d]+?)\s+(?:vom|am)\s+(?:" + DATE_PATTERN + r")")
_NAME_DATED_FIRST = re.compile(r"(?P<name>[^\d]+?)(?:\s+(?:vom|am))?\s+(?:" + DATE_PATTERN + r")")


def _standalone_committee(head: str) -> tuple | None:
    """A committee name on a line of its own, followed by the meeting date. A
    portal's "<short name> - <name> (<abbreviation>)" names it in full after the dash."""
    lines = head.split("\n")[:20]
    for i, line in enumerate(lines):
        s = line.strip()
        if not s or len(s) > 80:
            continue
        named = re.fullmatch(r"[^-]{2,30}\s[-–]\s(?P<name>[^-–]+?)(?:\s\([A-ZÄÖÜ]{2,6}\))?", s)
        if named and committee_word_re().match(named.group("name")):
            s = named.group("name")  # "SG Grasleben - Rat der Samtgemeinde Grasleben (SGR)"
        # a minutes heading "Gemeindevertretung vom 02.03.2004"; the page's first line
        # "Bürgerschaft 15.05.2014" (an agenda page headed by its body and day)
        first = not head[:head.find(line)].strip()
        dated = (_NAME_DATED_FIRST if first else _NAME_DATED).fullmatch(s)
        if dated and committee_word_re().match(s) and clean_committee(dated.group("name")):
            pos = head.find(line)
            return (pos, pos, clean_committee(dated.group("name")))
        if DATE_RE.search(s):
            continue
        meeting = re.fullmatch(r"(?P<name>[A-ZÄÖÜ][a-zäöüß]+?)-?sitzung", s)
        if meeting and committee_word_re().fullmatch(meeting.group("name")):
            s = meeting.group("name")  # a heading "Marktgemeinderatssitzung" names the body that meets
        if not committee_word_re().match(s) or re.search(r"\b(Stadt|Fraktion)\b", s):
            continue
        for nxt in lines[i + 1: i + 3]:
            t = nxt.strip()
            if (DATE_RE.fullmatch(t) or (DATE_RE.search(t) and _MEETING_LINE.match(t))) and clean_committee(s):
                pos = head.find(line)
                return (pos, pos, clean_committee(s))
    return None


def _body_above_minutes_heading(head: str) -> tuple | None:
    """The body named in a line of its own right above the minutes' heading
    ("Stadtvertretung Kröpelin" / "- Der Stadtvertretervorsteher -" / "Niederschrift"),
    and where that heading starts."""
    lines = head.split("\n")[:30]
    for i, line in enumerate(lines):
        s = _name_before_days(line.strip())
        if not s or len(s) > 60 or not committee_word_re().match(s):
            continue
        below = [t for t in lines[i + 1: i + 8] if t.strip()][:3]
        heading = next((t for t in below if _MINUTES_RE.match(t.strip())), None)
        if heading and clean_committee(s):
            pos = head.find(line)
            return (pos, pos, clean_committee(s)), head.find(heading, pos)
    return None


def _name_before_days(s: str) -> str | None:
    """The text of a line before the days it ends with ("Kreistag 24. September
    2008 06.10.2008": the meeting's day and the day its record was put out);
    the line itself where it names no day, None where words follow a day."""
    first = DATE_RE.search(s)
    if not first:
        return s
    pos = first.start()
    while pos < len(s):
        day = DATE_RE.match(s, pos)
        if not day:
            return None
        pos = day.end() + len(s[day.end():]) - len(s[day.end():].lstrip())
    return s[: first.start()].strip()


# the convocation that opens minutes: "Die Mitglieder des Ortsgemeinderates Enkirch waren
# ... durch Einladung vom 05.03.2024 auf den 11.03.2024, 19:30 Uhr, zu einer Sitzung ... einberufen"
_CONVENED_RE = re.compile(
    r"\bMitglieder\s+(?:des|der)\s+(?P<name>[A-ZÄÖÜ][\wäöüß-]+(?:[ \t]+[A-ZÄÖÜ][\wäöüß-]+)?)\s+"
    r"(?:waren|wurden)\b(?:[^.]|(?<=\d)\.(?=\d)){0,200}?\bauf\s+(?:den\s+)?(?P<date>" + DATE_PATTERN + r")[^.]{0,120}?"
    r"\bzu\s+einer\s+(?:\w+\s+)?Sitzung\b")


def _convened(head: str) -> Consultation | None:
    m = _CONVENED_RE.search(head)
    if not m:
        return None
    committee = clean_committee(m.group("name"))
    if not committee or not committee_word_re().match(committee):
        return None
    return Consultation(committee, parse_day(m.group("date")))


# an agenda's heading ("Öffentliche Tagesordnung", "TAGESORDNUNG", "T a g e s o r d n u n g")
_AGENDA_HEADING = re.compile(
    r"(?i)^[ \t]*(?:(?:nicht[ \t]?)?öffentliche[ \t]+)?"
    r"(?:Tagesordnung|T[ \t]a[ \t]g[ \t]e[ \t]s[ \t]o[ \t]r[ \t]d[ \t]n[ \t]u[ \t]n[ \t]g)(?![\wäöüß])")
# an agenda item: "01 Bauantrag ...", "TOP 3", "Ö 5"
_AGENDA_ITEM = re.compile(r"^[ \t]*(?:TOP[ \t]*)?(?:[ÖN][ \t]*)?\d{1,3}(?:\.\d{1,3})*\.?(?:[ \t]|$)")
# the meeting an agenda is for, on a line of its own near its heading: "Sitzung des
# Bauausschusses", "zur: Sitzung des Stadtrates", "Stadtratssitzung"
_AGENDA_MEETING = re.compile(
    r"^[ \t]*(?:[a-zäöü]{2,4}:[ \t]*)?(?:(?:der|die|für[ \t]+die|zur|[-–:])[ \t]*)?(?:\d+\.[ \t]*)?"
    r"(?:(?:öffentliche|nicht[ \t]?öffentliche|nichtöffentliche)[nr]?[ \t]+)?"
    r"(?:(?:Plenar|Sonder)?[Ss]itzung[ \t]+(?:des|der)[ \t]+(?P<name>[A-ZÄÖÜ][^\n]*)"
    r"|(?P<compound>[A-ZÄÖÜ][\wäöüß]*?)-?sitzung[ \t]*$)")


def _agenda_context(lines: list[str], i: int) -> list[str]:
    """The heading line ``i`` of an agenda, the lines below it and those above
    it (nearest first), three non-blank lines each way, not crossing an agenda
    item or another agenda's heading."""
    out = [_AGENDA_HEADING.sub("", lines[i], count=1)]
    for step in (1, -1):
        k, taken = i + step, 0
        while 0 <= k < len(lines) and taken < 3:
            s = lines[k].strip()
            k += step
            if not s:
                continue
            if (_AGENDA_ITEM.match(s) and not DATE_RE.match(s)) or _AGENDA_HEADING.match(s):
                break  # (a day opening the line is the meeting's: "20. März 2014 16:00 - 21:50")
            out.append(s)
            taken += 1
    return out


def _agenda_body_line(context: list[str]) -> str | None:
    """The body an agenda is of, named alone on a line near its heading, a
    meeting page's title over its place and day ("Rat der Stadt Bielefeld" /
    "Bielefeld, Großer Saal im Neuen Rathaus" / "20. März 2014 16:00 - 21:50" /
    "Tagesordnung")."""
    for s in context[1:]:
        if len(s) > 60 or not committee_word_re().match(s):
            continue
        name = clean_committee(s)
        if name == s and len(s.split()) <= 5:
            return name
    return None


def _agenda_meetings(text: str) -> list[Consultation]:
    """The meeting each agenda of a page is for: the name and date printed
    with its heading ("Sitzung des Bauausschusses" / "Dienstag, 12.05.2015" /
    "Öffentliche Tagesordnung"; "TAGESORDNUNG" / "zur: Sitzung des Stadtrates"
    / "am: Dienstag, 12.05.2015 um 19:30 Uhr")."""
    if "agesordnung" not in text and "AGESORDNUNG" not in text and "a g e s" not in text:
        return []
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        if len(line) > 150 or not _AGENDA_HEADING.match(line):
            continue
        context = _agenda_context(lines, i)
        committee = None
        for s in context:
            m = _AGENDA_MEETING.match(s)
            if not m:
                continue
            name = m.group("compound") or _NAME_STOP.split(m.group("name"))[0]
            name = clean_committee(re.split(r"[,;(]", name)[0])
            if name and committee_word_re().search(name):
                committee = name
                break
        if not committee:
            committee = _agenda_body_line(context)
        if not committee:
            continue
        date = None
        for s in context:
            d = DATE_RE.search(s)
            if d and not _RECORD_DATE_LABEL.search(s[:d.start()]):
                date = iso_of_match(d)
                break
        out.append(Consultation(committee, date))
    return out


_NEXT_MEETING_RE = re.compile(
    r"(?:Tagesordnung|Sitzung)\s+der\s+(?:nächsten\s+)?(?:Sitzung\s+)?(?:der|des)\s+"
    r"(?P<name>(?:Bezirksvertretung|Bezirksvertre-\s*\n?\s*tung|[\wäöüß-]*[Aa]usschusses|Rates|[\wäöüß]*rates)"
    r"(?:[ \t]+(?!am\b|zu\b)[A-ZÄÖÜ0-9][\wäöüß-]*)?)"
    r"(?:\s+am\s+(?P<date>[^\n]{4,25}))?"
)
_BV_STAMP_RE = re.compile(r"(?:Sitzung\s+der\s+)?\bBV\s*(?P<name>[A-ZÄÖÜ][a-zäöü]+|\d+)?\s*am\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{2,4})")


# the next meeting named by a compound with "sitzung": "Nächste Stadtratssitzung findet am 17. April
# statt", "in der nächsten Gemeinderatssitzung"
_NEXT_COMPOUND_RE = re.compile(r"(?<![\wäöüß])[Nn]ächste[nr]?[ \t]+(?P<name>[A-ZÄÖÜ][a-zäöüß]*?)-?sitzung\b"
                               r"(?:[^.\n]{0,40}?\bam[ \t]+(?P<date>[^\n]{4,25}))?")


# a result field filled in: the page records a decision taken ("Beschluss: einstimmig
# beschlossen", "Beschlussart: ungeändert beschlossen"), so a next meeting it names without
# a day is a later step, not the meeting the page is put to
_RESULT_FIELD = re.compile(r"(?m)^[ \t]*Beschluss(?:art)?:[ \t]*(?=\S)(?P<value>[^\n]{1,60})$")


def _result_taken(text: str) -> bool:
    """The page records a decision taken: a result field filled in, or a
    paragraph of its record opening with the body's resolution ("Der
    Ausschuss nimmt den Antrag zur Kenntnis.")."""
    if "Beschluss" in text and any(RESULT_WORDS.search(m.group("value"))
                                   for m in _RESULT_FIELD.finditer(text, 0, 3000)):
        return True
    return bool(_RESOLVING_LINE.search(text, 0, 3000))


def _next_meeting(text: str) -> Consultation | None:
    """A motion or question put on the agenda of the next meeting of a body."""
    head = text[:3000]
    m = _NEXT_MEETING_RE.search(head)
    stamp = _BV_STAMP_RE.search(head)
    if not m and not stamp:
        nxt = _NEXT_COMPOUND_RE.search(head)
        name = clean_committee(nxt.group("name")) if nxt else None
        if name and committee_word_re().fullmatch(name):
            return Consultation(name, _first_date(nxt.group("date") or ""))
        return None
    name, date = None, None
    if m:
        name = clean_committee(re.sub(r"-\s*\n\s*", "", m.group("name")))
        date = _first_date(m.group("date") or "")
    if stamp:
        if date is None:
            date = _first_date(stamp.group("date"))
        if name is None or name == "Bezirksvertretung":
            sn = stamp.group("name")
            if sn and not sn.isdigit():
                name = "Bezirksvertretung " + sn
    if not name:
        return None
    return Consultation(name, date)


_VORGANG_RE = re.compile(
    r"(?P<name>[A-ZÄÖÜ][\wäöüß -]*?(?:ausschuss|rat|beirat|vertretung))\s+vom\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{2,4})"
    r"\s*,\s*(?P<pub>nicht\s*öffentlich|öffentlich)(?:\s*,\s*Nr\.\s*(?P<top>\d+))?"
)


def _vorgang_rows(text: str) -> list[Consultation]:
    """'Vorgang: Verwaltungsausschuss vom 13.03.2019, nicht öffentlich, Nr. 82'."""
    if "Vorgang:" not in text[:4000]:
        return []
    start = text.index("Vorgang:")
    rows = []
    for m in _VORGANG_RE.finditer(text[start: start + 1200]):
        rows.append(Consultation(clean_committee(m.group("name")), parse_day(m.group("date")),
                         public=_public(m.group("pub")), agenda_item=m.group("top")))
    return rows


_MINUTES_RE = re.compile(
    r"(?im)^[\s*#]*(?:niederschrift|protokoll|wortprotokoll|sitzungsprotokoll"
    r"|n[ \t]i[ \t]e[ \t]d[ \t]e[ \t]r[ \t]s[ \t]c[ \t]h[ \t]r[ \t]i[ \t]f[ \t]t"  # spaced out: "N i e d e r s c h r i f t"
    r"|p[ \t]r[ \t]o[ \t]t[ \t]o[ \t]k[ \t]o[ \t]l[ \t]l)\b"
    r"(?![^\n]*\s\d[\d.,]*\s?[KMG]B\s*$)"  # not a link to attached minutes "Niederschrift 271 KB"
    r"|^\s*(?:\S\s+)?\d+\.\s*Sitzung\s+vom\b|\bgefassten\s+Beschlüsse\b"  # running header, a logo glyph before it
)
_MINUTES_BODY_RE = re.compile(r"(?i)\beröffne(?:t|te)\b(?:[^.]|(?<=\d)\.){0,80}?\bSitzung\b")


def is_minutes(text: str) -> bool:
    end = text.find("\n", 1500)
    head = text if end < 0 else text[:end]  # whole lines: a link's file size ends its line
    return bool(_MINUTES_RE.search(head) or _MINUTES_BODY_RE.search(text[:6000]))


def _abbreviates(short: str, long: str) -> bool:
    """``short`` opens with an abbreviation ("BVV", "SVV", "HFA") whose
    letters, the first one first, are letters of ``long``'s first word in
    order ("Bezirksverordnetenversammlung", "Haupt- und Finanzausschuss"), and
    the rest of one is the rest of the other or nothing: "BVV Treptow-Köpenick"
    and "Bezirksverordnetenversammlung" name one body."""
    m = re.match(r"([A-ZÄÖÜ]{2,6})(?:\s+|$)", short)
    if not m or not long or long[0].upper() != m.group(1)[0]:
        return False
    word = re.match(r"[\wäöüß]+(?:-\s+und\s+[\wäöüß]+)?", long).group(0).lower()
    pos = 0
    for ch in m.group(1).lower():
        pos = word.find(ch, pos) + 1
        if not pos:
            return False
    rest_short, rest_long = short[m.end():].strip(), long[len(word):].strip()
    return not rest_short or not rest_long or rest_short == rest_long


def _same(a: Consultation, b: Consultation) -> bool:
    na = re.sub(r"\W", "", (a.committee or "").lower())
    nb = re.sub(r"\W", "", (b.committee or "").lower())
    named_alike = (na == nb or na in nb or nb in na
                   or _abbreviates(a.committee or "", b.committee or "")
                   or _abbreviates(b.committee or "", a.committee or ""))
    return named_alike and (a.date == b.date or not a.date or not b.date)


# an agenda item's page headed by its meeting's day and item ("27.03.2023 - 6.3 Kein
# Containerdorf ..."), and the body that votes on it: its chair putting it to the vote
# ("Der Präsident der Bürgerschaft lässt ... abstimmen", "Der Präsident der Stadtvertretung,
# Herr Richter, eröffnet die Sitzung"), whose quorum is stated ("Die Gemeindevertretung ist
# beschlussfähig") or the roll-call table's
# column "Mitglied der Bürgerschaft"
# (the heading may follow a line or two of the portal's own: "ALLRIS - Auszug")
_ITEM_DAY_HEADING = re.compile(
    r"(?m)^[ \t]*(?P<date>\d{1,2}\.\d{1,2}\.\d{4})[ \t]+[-–][ \t]+\d{1,3}(?:\.\d{1,3})*[ \t]+\S")
_VOTING_BODY = re.compile(
    r"(?m)^[ \t]*(?:(?:Der|Die)[ \t]+(?:\w*[Pp]räsident|\w*[Vv]orsitzende|\w*[Vv]orsteher)(?:in)?[ \t]+(?:der|des)[ \t]+"
    r"(?P<chaired>[A-ZÄÖÜ][\wäöüß-]+)[^.\n]{0,120}?\b(?:abstimmen|eröffnet|eröffnete|schließt|schloss|leitet|begrüßt)\b"
    r"|Mitglied[ \t]+(?:der|des)[ \t]+(?P<member>[A-ZÄÖÜ][\wäöüß-]+)[ \t]*$)"
    # the body whose quorum is stated: "Die Gemeindevertretung ist beschlussfähig"
    r"|(?:^|[.:][ \t]+)(?:Der|Die|Das)[ \t]+(?P<quorate>[A-ZÄÖÜ][\wäöüß-]+)[ \t]+ist[^.\n]{0,60}?\bbeschlussfähig\b"
    # the rules of procedure the meeting follows: "Nach der Geschäftsordnung für die Ratsversammlung"
    r"|\bGeschäftsordnung[ \t]+(?:[\wäöü]{1,4}[ \t]+)?(?:der|des|die|den)[ \t]+(?P<ruled>[A-ZÄÖÜ][\wäöüß-]+)")
# the resolution printed under the page's "Beschluss:" label, with the body as its
# subject: "Beschluss:" / "... Die Gemeindevertretung beschließt diese Mittel ..."
# (the body may carry its corporation: "Die Stadtvertretung der Stadt Usedom stellt ... zurück")
_RESOLVING_SUBJECT = (
    r"(?:Der|Die|Das)[ \t]+(?P<name>[A-ZÄÖÜ][\wäöüß-]+)[ \t]+"
    r"(?:(?:der|des)[ \t]+(?:Stadt|Gemeinde|Hansestadt|Marktes|Marktgemeinde|Kreises|Landkreises|Amtes)[ \t]+"
    r"[A-ZÄÖÜ][\wäöüß-]+[ \t]+)?"
    r"(?:beschließt|beschliesst|stimmt|lehnt|genehmigt|nimmt|empfiehlt|beauftragt|stellt|vertagt|verweist)\b")
_RESOLVING_BODY = re.compile(r"(?:^|[.:][ \t]+)" + _RESOLVING_SUBJECT)
_RESOLVING_LINE = re.compile(r"(?m)^[ \t]*" + _RESOLVING_SUBJECT)


def _resolving_body(text: str, start: int) -> str | None:
    """The body that is the subject of the resolution under a "Beschluss:"
    label (up to the next blank line-run or "Reduzieren"/"Abstimmung" section),
    or, where that block holds only the outcome, of a paragraph of the page
    that opens with the resolution's sentence."""
    labelled = False
    for lab in re.finditer(r"(?m)^[ \t]*Beschluss:[ \t]*$", text[start: start + 6000]):
        labelled = True
        block = re.split(r"\n[ \t]*(?:Reduzieren|Abstimmung\w*:?)[ \t]*\n", text[start + lab.end():], maxsplit=1)[0]
        m = _RESOLVING_BODY.search(block.strip()[:1500])
        if m:
            return m.group("name")
    if labelled:
        # the resolution's text printed apart from the label, which then holds
        # only the outcome ("Beschluss:" / "vertagt"): a paragraph opening with it
        m = _RESOLVING_LINE.search(text, start, start + 6000)
        if m:
            return m.group("name")
    return None


# the vote a resolution of a list was taken by: "Ja-Stimmen: 16", "Ja: 12", "12 dafür", "einstimmig"
_VOTE_TAKEN = re.compile(r"(?i)\bJa(?:-Stimmen)?[ \t]*:?[ \t]*\d|\b\d+[ \t]+(?:Ja-Stimmen|dafür)\b|\beinstimmig\b")


def _listed_resolutions(text: str) -> list[Consultation]:
    """The body of a list of resolutions: two resolutions or more, each a
    paragraph whose subject is the same body ("Der Gemeinderat der Gemeinde
    Großschönau beschließt ...") and each followed by the vote it was taken
    by ("Abstimmungsergebnis: ... Ja-Stimmen: 16"); without a meeting's day."""
    if "Abstimmung" not in text:
        return []
    found = list(_RESOLVING_LINE.finditer(text))
    taken: dict[str, int] = {}
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else min(len(text), m.end() + 1500)
        vote = text.find("Abstimmung", m.end(), end)
        if vote >= 0 and _VOTE_TAKEN.search(text, vote, min(end, vote + 300)):
            taken[m.group("name")] = taken.get(m.group("name"), 0) + 1
    out = []
    for name, n in taken.items():
        committee = clean_committee(name) if n >= 2 else None
        if committee and committee_word_re().fullmatch(committee):
            out.append(Consultation(committee))
    return out


def _item_page_meeting(text: str) -> Consultation | None:
    """The meeting of an agenda item's page headed by the meeting's day: the
    day with the body that votes on the item, whose rules of procedure it
    follows, or that the resolution printed under "Beschluss:" names."""
    head = _ITEM_DAY_HEADING.search(text, 0, 300)
    if not head or any(len(t.strip()) > 60 for t in text[:head.start()].split("\n")):
        return None  # not the page's heading: only short lines of the portal's go before it
    m = _VOTING_BODY.search(text, head.end(), head.end() + 3000)
    name = (m.group("chaired") or m.group("member") or m.group("ruled") or m.group("quorate")) if m \
        else _resolving_body(text, head.end())
    committee = clean_committee(name) if name else None
    if not committee or not committee_word_re().fullmatch(committee):
        return None
    return Consultation(committee, parse_day(head.group("date")))


# an agenda item's page that is an excerpt of minutes says so of itself ("die dieser
# Niederschrift als Anlage beigefügt ist"), and the minutes record in the past tense the body
# that resolved, a line of its own ("Der Stadtrat beschloss einstimmig:"); a body named in the
# present tense is the resolution's wording ("Der Gemeinderat stimmt ... zu"), no record
_THIS_MINUTES = re.compile(r"\b(?:dieser|diese)[ \t]+Niederschrift\b")
_RECORDED_RESOLVING = re.compile(
    r"(?m)^[ \t]*(?:Der|Die|Das)[ \t]+(?P<name>[A-ZÄÖÜ][\wäöüß-]+)[ \t]+(?:beschloss|fasste)\b")


def _minutes_excerpt_meeting(text: str) -> Consultation | None:
    """The meeting of a minutes' excerpt: the body its record says resolved,
    without a day (the excerpt prints none)."""
    if "Niederschrift" not in text or not _THIS_MINUTES.search(text):
        return None
    for m in _RECORDED_RESOLVING.finditer(text):
        committee = clean_committee(m.group("name"))
        if committee and committee_word_re().fullmatch(committee):
            return Consultation(committee)
    return None


# the council's chair named by a title that holds the council's name, putting the item to the
# vote: "Über den Antrag lässt die Stadtverordnetenvorsteherin wie folgt abstimmen:", "Der
# Kreistagsvorsitzende lässt über die Vorlage abstimmen" (a committee's "Ausschussvorsitzende"
# or a bare "Vorsitzender Hausner" names no body)
_CHAIR_OF = {"Stadtverordnetenvorsteher": "Stadtverordnetenversammlung",
             "Gemeindevertretungsvorsitzende": "Gemeindevertretung",
             "Stadtvertretungsvorsitzende": "Stadtvertretung",
             "Kreistagsvorsitzende": "Kreistag"}
_CHAIR_VOTE = re.compile(
    r"(?<![\wäöüß])(?P<chair>" + "|".join(_CHAIR_OF) + r")(?:in|r)?(?![\wäöüß])[^.\n]{0,80}?\babstimmen\b")
# the result of the vote the chair put: "Abstimmungsergebnis: Einstimmig beschlossen"
_VOTE_RESULT = re.compile(r"(?i)\b(?:beschlossen|angenommen|abgelehnt|zugestimmt)\b")


def _chair_vote_meeting(text: str) -> Consultation | None:
    """The meeting of an agenda item's page whose chair, named by the title
    of the council's chair, puts the item to the vote, the result following;
    without a day (the page prints none)."""
    if "abstimmen" not in text:
        return None
    m = _CHAIR_VOTE.search(text)
    if not m or not _VOTE_RESULT.search(text, m.end(), m.end() + 400):
        return None
    return Consultation(_CHAIR_OF[m.group("chair")])


def find_consultations(doc) -> list[Consultation]:
    """The consultations of ``doc`` (without the internal ``result``)."""
    text = doc.text
    out: list[Consultation] = []
    if is_minutes(text):
        # a dated "Gremium:" field names the page's own meeting, before any meeting its
        # agenda names ("Genehmigung der Sitzungsniederschrift vom 26.04.2022")
        header = _gremium_header(text)
        meeting = (header if header and header.date else None) or _meeting(text, minutes=True) \
            or header or _item_page_meeting(text)
        if meeting:
            out.extend(_split_joint(meeting))
            out.extend(_more_meetings_reported(text, meeting, minutes=True))
        out.extend(_vorgang_rows(text))
        return _dedupe(out)
    for r in beratungsfolge_rows(doc):
        out.append(Consultation(r.committee, r.date, r.role, r.public, r.agenda_item))
    header = _gremium_header(text)
    extra = [header] if header else []
    meeting = _meeting(text)
    if meeting:
        extra.extend(_split_joint(meeting))
        extra.extend(_more_meetings_reported(text, meeting))
    extra.extend(_agenda_meetings(text))
    extra.extend(_paired_rows(text))
    if not out and not extra:
        item = _item_page_meeting(text) or _report_lead_meeting(text) or _minutes_excerpt_meeting(text) \
            or _chair_vote_meeting(text)
        extra = [item] if item else []
    if not out and not any(e.date for e in extra):
        reported = _reported_meeting(text)
        if reported:
            extra.append(reported)
    if not out:
        extra.extend(_resolution_headings(text))
    if not out and not any(e.date for e in extra):
        nxt = _next_meeting(text)
        if nxt and (nxt.date or not extra) and not (not nxt.date and _result_taken(text)):
            extra = [nxt]
    table = list(out)
    # the bodies a page's headings address or groups its resolutions by: each of them
    undated = _addressed_bodies(text) if not table and not extra else []
    if not table and not extra and not undated:
        undated = _listed_resolutions(text)
    if not table and not extra and not undated:
        told = _told_meeting(text)
        undated = [told] if told else []
    if not table and not extra and not undated:
        undated = _meetings_told_in_text(text)
    extra.extend(undated)
    for e in extra:
        if e.date and any(o.date == e.date for o in table):
            continue  # the meeting of a Beratungsfolge row, named differently
        if not e.date and (table or (out and e not in undated)):
            continue  # an undated meeting besides the rows or a meeting found otherwise
        out.append(e)
    return _dedupe(out)


def _report_page(text: str) -> bool:
    """extract.report_pages.is_report_page (imported here, not at the top:
    report_pages reads is_minutes from this module)."""
    from extract.report_pages import is_report_page
    return is_report_page(text)


# the meeting the lead sentence of a report names with its day: "In der Sitzung des
# Gemeinderates vom vergangenen Montag, den 29.06.2020, wurden ...", "Der Gemeinderat
# hat in seiner Sitzung am 12. Mai 2021 ...", "In der Gemeinderatssitzung am 3.5.2021 ..."
_LEAD_MEETING = re.compile(
    r"(?:(?:Plenar|Sonder)?[Ss]itzung[ \t]+(?:des|der)[ \t]+(?P<name>[A-ZÄÖÜ][\wäöüß-]+)"
    r"|(?<![\wäöüß-])(?P<compound>[A-ZÄÖÜ][a-zäöüß]*?)-?sitzung"
    r"|^(?:(?:Der|Die|Das)[ \t]+)?(?P<subject>[A-ZÄÖÜ][\wäöüß-]+)[ \t]+(?:hat|haben)[ \t]+in[ \t]+"
    r"(?:seiner|ihrer)[ \t]+(?:[a-zäöüß]+[ \t]+)?Sitzung)" + _ON_DATE)
# the end of a sentence: a full stop after a word (not after a number, "Nr." or "z. B.")
_SENTENCE_END = re.compile(r"(?<=[a-zäöüß]{3})[.!?](?=\s|$)|[!?](?=\s|$)")
# a label-value line of a paper's header: "Vorlage: ...", "Datum: ..."
_LABEL_VALUE = re.compile(r"^[A-ZÄÖÜ][\wäöüß .\-/()]{0,29}:(?:\s|$)")


# a headline ending with a body's name and the day it met: "Haushaltsrede Kreistag
# 05.03.2012", "Stadtrat am 12.05.2021", "Bericht aus dem Gemeinderat vom 3.5.2021"
_HEADLINE_BODY_DAY = re.compile(r"(?:^|[ \t])(?P<name>[A-ZÄÖÜ][\wäöüß-]+)[ \t]+(?:(?:am|vom)[ \t]+)?(?P<date>\S+)$")
# or opening with the day and the body: "11.3.24 Kreistag - Topthema Haushalt 24"
_HEADLINE_DAY_BODY = re.compile(r"(?P<date>\S+)[ \t]+(?:[-–:][ \t]+)?(?P<name>[A-ZÄÖÜ][\wäöüß-]+)(?![\wäöüß-])")


# the marks a headline is set between
_HEADLINE_MARKS = "+*#=~| \t"
# the hour the meeting began, after its day: "Live-Ticker der Stadtverordnetenversammlung am
# 22.9.2022 ab 18:30 Uhr.", "Stadtrat am 12.05.2021, 18 Uhr"
_HEADLINE_HOUR = re.compile(r",?[ \t]+(?:(?:ab|um)[ \t]+)?\d{1,2}(?:[:.]\d{2})?[ \t]*Uhr\.?$")


def _headline_meeting(line: str, text: str) -> Consultation | None:
    """The meeting a report page's headline names by the body and its day."""
    line = line.strip(_HEADLINE_MARKS)  # "+++ Sonderstadtverordnetenversammlung am 15.07.2015 +++"
    if "Uhr" in line[-5:]:
        line = _HEADLINE_HOUR.sub("", line)
    m = _HEADLINE_BODY_DAY.search(line) if line[-1:].isdigit() else None
    if not (m and DATE_RE.fullmatch(m.group("date"))) and line[:1].isdigit():
        m = _HEADLINE_DAY_BODY.match(line)
    if not m or not DATE_RE.fullmatch(m.group("date")):
        return None
    committee = clean_committee(m.group("name"))
    if not committee or not committee_word_re().fullmatch(committee):
        return None
    if not _report_page(text) or _SALUTATION.search(text, 0, 3000):
        return None  # (a letter names the meetings of the matter it answers, it reports none)
    return Consultation(committee, iso_of_match(DATE_RE.fullmatch(m.group("date"))))


def _report_lead_meeting(text: str) -> Consultation | None:
    """The meeting a report's lead names with its day. A report opens with a
    headline (one to three short lines, no "Label:" fields) and then its lead
    paragraph; the meeting is taken from the lead's first sentence."""
    lines = [t.strip() for t in text[:3000].split("\n") if t.strip()][:4]
    for n, s in enumerate(lines):
        if len(s) < 80:
            if len(s) > 150 or _LABEL_VALUE.match(s) or n == 3:
                return None
            if n == 0:
                headline = _headline_meeting(s, text)
                if headline:
                    return headline
            continue  # a line of the headline
        sentence = _SENTENCE_END.split(s, maxsplit=1)[0]
        if "itzung" not in sentence:
            return None
        m = _LEAD_MEETING.search(sentence)
        if not m:
            return None
        committee = clean_committee(m.group("name") or m.group("compound") or m.group("subject"))
        if not committee or not committee_word_re().fullmatch(committee):
            return None
        return Consultation(committee, iso_of_match(DATE_RE.search(m.group("date"))))
    return None


# a report's headline telling of a meeting or of what it decided: a verb of
# meeting or deciding ("Stadtrat beschloss ...", "Solinger Stadtrat kommt ein
# letztes Mal zusammen", "Kreistag tagte"), a meeting ("Aus der Sitzung des
# Rates") or a body's numbered meeting ("Informationen vom 41. Hauptausschuss")
_TOLD_CUE = re.compile(r"(?<![\wäöüß])(?:beschlo(?:ss|ß)|behandelte|tagte|zusammen(?:gekommen|getreten)?(?![\wäöüß]))"
                       r"|[Ss]itzung|(?<![\w.])\d{1,3}\.[ \t]+(?=[A-ZÄÖÜ])")


def _told_meeting(text: str) -> Consultation | None:
    """The undated meeting a report page's headline tells of: the council
    body its headline names beside a word of meeting or deciding (not a
    meeting still to come or held before). The headline is a short line
    of its own among the page's first lines, not a sentence of the text."""
    for line in [t.strip() for t in text[:1000].split("\n") if t.strip()][:3]:
        if len(line) >= 80 or line.endswith((".", ":", "!", "?", ",")):
            break  # the text begins: the headline is above
        cue = _TOLD_CUE.search(line)
        if not cue or _COMING.search(line, 0, cue.start()) or _TREATED_BEFORE.search(line, 0, cue.start()):
            continue
        m = committee_word_re().search(line)
        committee = clean_committee(m.group(0)) if m else None
        if committee and _report_page(text) and not _SALUTATION.search(text, 0, 3000):
            return Consultation(committee)
    return None



# a report telling in its text of a meeting whose day it does not print: the meeting
# named with its body ("auf der Tagesordnung der Ratssitzung", "in der jüngsten Sitzung
# der Stadtverordnetenversammlung"), or the body as the subject of what was decided or
# debated ("Das hat der Stadtrat in der jüngsten Sitzung einstimmig beschlossen", "Dem
# stimmte der Gemeinderat auch zu", "Der Gemeinderat billigte", "beschloß der Neumarkter
# Stadtrat", "vom Gemeinderat einstimmig verabschiedet"); a town's adjective may stand
# before the body ("Der Kitzinger Stadtrat"). The words of council bodies are found by
# the letters they hold (committees.jsonl: "-rat", "Ausschuss", "-vertretung", ...), then
# the words around each are read.
_BODY_CORES = ("rat", "Rat", "ussch", "tretung", "treter", "ordneten", "sammlung", "tag", "schaft", "vorstand", "lenum", "enat",
               "ommission", "onferenz", "parlament", "gremium")
# the endings of those words (before a genitive's "s"/"es")
_BODY_ENDINGS = ("rat", "ausschuss", "ausschuß", "vertretung", "versammlung", "kreistag", "schaft", "vorstand",
                 "plenum", "senat", "kommission", "konferenz", "parlament", "gremium")
_TOLD_VERB = (r"(?:beschlo(?:ss|ß)|stimmte|lehnte|billigte|verabschiedete|ermächtigte|vertagte|genehmigte"
              r"|befasste|beschäftigte|behandelte|beriet|erteilte|fasste|tagte|folgte|hat|haben)(?![\wäöüß])")
_TOWN_ADJ = r"(?:[A-ZÄÖÜ][a-zäöüß]+er[ \t]+)?"
# the meeting or the agenda of a body, an adjective of its day between: "Sitzung des Rates",
# "Die Tagesordnung des heutigen Finanzausschusses" (not a coming or an earlier one)
_NOT_NOW_ADJ = r"(?!nächst|kommend|folgend|letzt|vorig|vorherig|vorangegangen|früher)"
# (a meeting named by a compound, quoted or not: "in der Jahresschlusssitzung des Stadtrats",
# "bei der so genannten „Weihnachtssitzung“ des Stadtrats")
_BEFORE_NAME = re.compile(r"(?<![\wäöüß-])[\wäöüß-]*(?:[Ss]itzung|Tagesordnung)[“”\"»«']?[ \t]+(?:des|der)[ \t]+(?:"
                          + _NOT_NOW_ADJ + r"[a-zäöüß]+[ \t]+)?$")
# the body a meeting was held by: "Seine konstituierende Sitzung ... hatte der Verbandsgemeinderat"
_BEFORE_HELD = re.compile(r"(?<![\wäöüß])(?:hatte|hielt)[ \t]+(?:der|die|das)[ \t]+" + _TOWN_ADJ + "$")
# the body in whose meeting a debate or a decision is told: "regte sich im Gemeinderat Widerstand",
# "Es war der große Abend der Emotionen im Stadtparlament", "haben in der ersten
# Stadtverordnetenversammlung des neuen Jahres den Haushalt 2018 ... verabschiedet"
_BEFORE_IN = re.compile(r"(?<![\wäöüß])(?:[Ii]m|[Ii]n[ \t]+der)[ \t]+(?:" + _NOT_NOW_ADJ + r"[a-zäöüß]+[ \t]+)?$")
# a member of the body, not its meeting: "Mitglied im Gemeinderat", "sitzt seit 2014 im Rat"
# a debate of years before: "ein Redebeitrag aus der damaligen Diskussion im Rat"
_BACK_THEN = re.compile(r"\b(?:damalig|seinerzeit|früher|einst)[\wäöüß]*[ \t]+(?:[\wäöüß]+[ \t]+){0,2}$")
_MEMBER_IN = re.compile(r"(?:[Mm]itglied(?:er)?|sitzt|saß|sitzen|vertreten)[ \t]+(?:[\wäöüß]+[ \t]+){0,3}$")
_BEFORE_SUBJECT = re.compile(r"(?<![\wäöüß])(?:[Dd]er|[Dd]ie|[Dd]as)[ \t]+" + _TOWN_ADJ + "$")
# (the body may carry its corporation: "Der Rat der Stadt Viersen tagte")
_CORPORATION = (r"(?:[ \t]+(?:der|des)[ \t]+(?:Stadt|Gemeinde|Hansestadt|Marktes|Marktgemeinde|Samtgemeinde"
                r"|Verbandsgemeinde|Kreises|Landkreises|Amtes)[ \t]+[A-ZÄÖÜ][\wäöüß-]+"
                # or the place's name alone, after a body that is no member's title ("Der Kreistag
                # Hersfeld-Rotenburg hat"; "Stadtrat Meier" is a member)
                r"|(?<![Rr]at)[ \t]+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*)?")
# (two verbs joined, the day after the second: "der Gemeinderat beriet und beschloss am 13.12.2022")
_AFTER_SUBJECT = re.compile(_CORPORATION + r"[ \t]+" + _TOLD_VERB + r"(?:[ \t]+und[ \t]+" + _TOLD_VERB + ")?")
_BEFORE_INVERTED = re.compile(r"(?<![\wäöüß])" + _TOLD_VERB + r"[ \t]+(?:[a-zäöüß]+[ \t]+){0,2}?"
                              r"(?:der|die|das)[ \t]+" + _TOWN_ADJ + "$")
_BEFORE_AGENT = re.compile(r"\bvom[ \t]+" + _TOWN_ADJ + "$")
_AFTER_AGENT = re.compile(r"[ \t]+(?:[a-zäöüß]+[ \t]+){0,2}?"
                          r"(?:beschlossen|abgelehnt|verabschiedet|genehmigt|gebilligt|vertagt|beraten)\b")
# what a body "hat" done: the participle of deciding or debating in the same sentence
_TOLD_PARTICIPLE = re.compile(r"\b(?:beschlossen|zugestimmt|abgelehnt|vertagt|verabschiedet|genehmigt|gebilligt"
                              r"|ausgesprochen|befasst|beraten|erteilt|ermächtigt|entschieden|angenommen|gefasst"
                              # the approval told by its figure: "hat der Gemeinderat grünes Licht ... gegeben"
                              r"|grünes[ \t]+Licht)\b")
_HAS = re.compile(r"\bha(?:t|ben)\b")
# the body as the subject of a clause whose verb closes it: "die Haushaltssatzung, die der
# Haupt- und Finanzausschuss am Montagnachmittag einstimmig beschlossen hat"
_AFTER_SUBJECT_FINAL = re.compile(r"(?:[ \t]+[\wäöüß][\wäöüß.-]*){0,6}?[ \t]+(?:" + _TOLD_PARTICIPLE.pattern
                                  + r")[ \t]+ha(?:t|ben)(?![\wäöüß])")
# the body as the subject after a modal verb, the sentence closing with the infinitive of
# dealing with or deciding a matter: "konnte sich der Marktgemeinderat mit der Festlegung
# der neuen Hebesätze beschäftigen", "musste der Rat über ... entscheiden"
_BEFORE_MODAL = re.compile(r"(?<![\wäöüß])(?:konnte|konnten|musste|mussten)[ \t]+(?:sich[ \t]+)?"
                           r"(?:der|die|das)[ \t]+" + _TOWN_ADJ + "$")
_MODAL_INFINITIVE = re.compile(r"[ \t](?:beschäftigen|befassen|beschließen|entscheiden|beraten|zustimmen"
                               r"|verabschieden|abstimmen)(?=[ \t]*[.!?\n]|[ \t]*$)")
_WORD_HEAD = re.compile(r"(?<![\w-])[\w-]+$")
_JOINED_PART = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\wäöüß]*-[ \t]+und[ \t]+$")
_JOINED_NAME = re.compile(r"[A-ZÄÖÜ][\wäöüß]*- und [A-ZÄÖÜ][\wäöüß]+")
_WORD_TAIL = re.compile(r"[\w-]*")
# a sentence telling of a meeting to come ("Diese Ratssitzung findet am 5. Dezember statt",
# "wird sich der Stadtrat ... beschäftigen", "die Sitzung der Gemeindevertretung steht an")
# or of one held before the reported one ("In der Juni-Sitzung war dieser Punkt noch
# vertagt worden", "Die SVV hatte erst am 12.03.2014 die Prioritätenliste beschlossen")
_TOLD_NOT_NOW = re.compile(r"\b(?:findet|wird|werden|soll|sollen|muss|müssen|möge|ste(?:ht|hen)[ \t]+an"
                           r"|worden[ \t]+war)\b|\bhatten?\b(?=[^.!?\n]*?" + _TOLD_PARTICIPLE.pattern + ")")
# a clause set into the sentence that tells what went before or why ("hat der Stadtrat nun,
# nachdem das Thema immer wieder vertagt worden war, ... beschlossen"): its tense is not the
# reported meeting's
_SET_IN_CLAUSE = re.compile(r",[ \t]+(?:nachdem|weil|obwohl|obgleich|da|seit|seitdem|wie)[ \t][^,.!?\n]*,")


def _told_not_now(text: str, start: int, end: int) -> bool:
    """The sentence ``text[start:end]`` tells of a meeting to come or of one
    held before, outside the clauses set into it."""
    hit = _TOLD_NOT_NOW.search(text, start, end)
    if not hit or "," not in text[start:hit.start()]:
        return bool(hit)
    clauses = [c.span() for c in _SET_IN_CLAUSE.finditer(text, start, end)]
    while hit:
        if not any(a < hit.start() < b for a, b in clauses):
            return True
        hit = _TOLD_NOT_NOW.search(text, hit.end(), end)
    return False


# a meeting something is prepared for or put to, not one reported: "anläßlich ihrer
# Vorbereitung auf die Sitzung des Stadtplanungsausschusses", "für die Sitzung des ...",
# "zur ersten ordentlichen Sitzung der Gemeindevertretung in 2011 vorzulegen"
_TOLD_TOWARD = re.compile(r"\b(?:auf|für|zur)[ \t]+(?:(?:die|eine)[ \t]+(?:[a-zäöüß]+[ \t]+){0,2}"
                          r"|(?<=zur[ \t])(?:[a-zäöüß]+[ \t]+){1,2})?$")
_TOLD_ON = re.compile(r"[ \t]+(?:am|vom)[ \t]+")
# "Der Gemeinderat hat in seiner Sitzung am 12. Dezember 2024 ... beschlossen"
_TOLD_IN_MEETING_ON = re.compile(r"[ \t]+in[ \t]+(?:seiner|ihrer)[ \t]+(?:[a-zäöüß]+[ \t]+)?Sitzung[ \t]+(?:am|vom)[ \t]+"
                                 r"(?:[A-ZÄÖÜ][a-z]+,?[ \t]+(?:de[nm][ \t]+)?)?")
# the day a sentence opens with: "Am Mittwoch den 31. März 2010", "Auf seiner Sitzung vom
# 28.9.2017", "In ihrer öffentlichen Sitzung am 12.05.2021"
_DAY_OPENS = re.compile(r"[ \t]*(?:[Aa]m|(?:Auf|In)[ \t]+(?:seiner|ihrer|der)[ \t]+(?:[a-zäöüß]+[ \t]+)?Sitzung[ \t]+(?:am|vom))"
                        r"[ \t]+(?:[A-ZÄÖÜ][a-z]+,?[ \t]+(?:de[nm][ \t]+)?)?")
_SENTENCE_STOP = re.compile(r"(?<=[a-zäöüß)“\"])[.!?](?=\s)|\n")


# the words that name a body by its members or its plenary: "Gemeindevertretersitzung",
# "Stadtverordnetensitzung", "das Stadtratsplenum"
_MEMBERS_OF_BODY = (("vertreter", "vertretung"), ("verordneten", "verordnetenversammlung"))
_MEMBERS = tuple(members for members, _ in _MEMBERS_OF_BODY)
_PLENARY = re.compile(r"(?<=[a-zäöüß])s?-?plenum$")


def _body_of_word(name: str) -> str:
    """The body a word of the text names: its own name, the body its members
    or its plenary ("Stadtratsplenum") are of."""
    for members, body in _MEMBERS_OF_BODY:
        if name.endswith(members):
            return name[: -len(members)] + body
    plenary = _PLENARY.search(name)
    return name[: plenary.start()] if plenary else name


# an assembly's name is also the word for its meeting, which the sentence telling of the last
# one held makes its subject: "Die letzte Stadtverordnetenversammlung vor der Kommunalwahl war
# ..." (not one to come: "Die letzte Stadtverordnetenversammlung für dieses Jahr beginnt am ...";
# not the body alone: "Die Stadtverordnetenversammlung beschloss")
_LAST_SUBJECT = re.compile(r"(?<![\wäöüß])[Dd]ie[ \t]+letzte[ \t]+$")
_HELD_VERB = re.compile(r"[ \t](?:war|fand|tagte|dauerte|endete)(?![\wäöüß])")
_HELD_SPAN = 60   # the verb follows the subject within this


def _assembly_as_meeting(text: str, start: int, end: int) -> bool:
    if not text.endswith("versammlung", start, end) or not _LAST_SUBJECT.search(text, max(0, start - 12), start):
        return False
    stop = _SENTENCE_STOP.search(text, end, end + _HELD_SPAN)
    return bool(_HELD_VERB.search(text, end, stop.start() if stop else end + _HELD_SPAN))


def _told_bodies(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, committee, names its meeting) for each council body the
    text names with its meeting or as the subject of a decision, in order."""
    words = set()
    for core in _BODY_CORES:
        i = text.find(core)
        short = len(core) == 3
        while i >= 0:
            e = _WORD_TAIL.match(text, i).end()
            # "-rat"/"-tag" end the name, with a genitive's "s"/"es" or before "sitzung"
            # ("Beratung", "Ratgeber" go on)
            if not short or e - i <= 5 or (e - i <= 13 and text.endswith("sitzung", i, e)):
                head = _WORD_HEAD.search(text, max(0, i - 40), i)
                start = head.start() if head else i
                # the first part of a name joined by "und": "Haupt- und Finanzausschuss"
                joined = _JOINED_PART.search(text, max(0, start - 40), start) if text[start - 5: start] == " und " else None
                words.add((joined.start() if joined else start, e))
            i = text.find(core, e)
    found = []
    named: dict[str, str | None] = {}
    for s, e in sorted(words):
        word = text[s:e]
        if not word[:1].isupper():
            continue
        sitting = word.endswith("sitzung") and len(word) > 7
        meeting = sitting or _assembly_as_meeting(text, s, e)
        name = word[:-7].rstrip("-") if sitting else word
        if meeting or not name.endswith(_MEMBERS):
            name = _body_of_word(name)  # (the members themselves are no meeting: "die Gemeindevertreter")
        stem = name.lower()
        if not stem.endswith(_BODY_ENDINGS) and not stem[:-1].endswith(_BODY_ENDINGS) \
                and not stem[:-2].endswith(_BODY_ENDINGS):
            continue  # "Beratung", "Rathaus", "Montag": no body's name
        told = (s, e, True) if meeting else _told_context(text, s, e)
        if not told:
            continue
        if name not in named:
            committee = clean_committee(name)
            whole = committee.split(" und ")[-1] if committee and _JOINED_NAME.fullmatch(committee) else committee
            named[name] = committee if whole and committee_word_re().fullmatch(whole) else None
        if named[name]:
            found.append((told[0], told[1], named[name], told[2]))
    return found


def _told_context(text: str, s: int, e: int) -> tuple[int, int, bool] | None:
    """(start, end, names its meeting) where the words around the body's
    name at ``s:e`` name its meeting or make it the subject of a decision."""
    m = _BEFORE_NAME.search(text, max(0, s - 40), s)
    if m:
        return m.start(), e, True
    m = _BEFORE_SUBJECT.search(text, max(0, s - 40), s)
    after = (_AFTER_SUBJECT.match(text, e) or _AFTER_SUBJECT_FINAL.match(text, e)) if m else None
    if after:
        return m.start(), after.end(), False
    m = _BEFORE_MODAL.search(text, max(0, s - 40), s)
    if m:
        stop = _SENTENCE_STOP.search(text, e)
        if _MODAL_INFINITIVE.search(text, e, stop.end() if stop else len(text)):
            return m.start(), e, False
    m = _BEFORE_INVERTED.search(text, max(0, s - 80), s)
    if m:
        return m.start(), e, False
    m = _BEFORE_AGENT.search(text, max(0, s - 30), s)
    if m and _AFTER_AGENT.match(text, e):
        return m.start(), e, False
    m = _BEFORE_HELD.search(text, max(0, s - 30), s)
    if m:
        stop = max((t.end() for t in _SENTENCE_STOP.finditer(text, max(0, m.start() - 150), m.start())),
                   default=max(0, m.start() - 150))
        if "Sitzung" in text[stop:m.start()]:
            return m.start(), e, True
    m = _BEFORE_IN.search(text, max(0, s - 30), s)
    if m and not _MEMBER_IN.search(text, max(0, m.start() - 40), m.start()) \
            and not _BACK_THEN.search(text, max(0, m.start() - 40), m.start()):
        return m.start(), e, True
    return None


# the last meeting held ("in der letzten Sitzung"), which is the one reported unless the page
# tells of another
_CALLED_LAST = re.compile(r"\bletzten\s+(?:[a-zäöüß]+\s+)?$")
# a clause telling what was decided: "wurde beschlossen, dass der Neubau ... beginnen soll"
_THAT_CLAUSE = re.compile(r",[ \t]+da(?:ss|ß)\b")


# a sentence telling the matter's history before the body: "Bereits im Jahr 2020 hat der
# Wernigeröder Stadtrat das Integrierte Stadtteilkonzept beraten und 2021 beschlossen",
# "Schon 2019 hatte der Rat ...", "Im Jahr 2018 beschloss der Gemeinderat ..."
_TOLD_HISTORY = re.compile(r"^\s*(?:Bereits|Schon)\b|\b[Ii]m[ \t]+Jahre?[ \t]+\d{4}\b")


def _meetings_told_in_text(text: str) -> list[Consultation]:
    """The meetings a report page tells of in its text without their day:
    each body named with its meeting or as the subject of a decision or a
    debate, in the order of the text (not a meeting still to come or one
    held before)."""
    from extract.report_pages import ARTICLE_LENGTH  # (report_pages reads is_minutes from here)
    if len(text) > ARTICLE_LENGTH:
        return []
    bodies = _told_bodies(text)
    if not bodies or not _report_page(text) or _SALUTATION.search(text, 0, 3000):
        return []
    out: list[Consultation] = []
    last: list[Consultation] = []  # meetings called the last one
    for start, end, committee, meeting in bodies:
        if _COMING.search(text, max(0, start - 40), start) \
                or _TOLD_TOWARD.search(text, max(0, start - 40), start):
            continue
        stop = _SENTENCE_STOP.search(text, end)
        s_end = stop.start() if stop else len(text)
        s_start = max((s.end() for s in _SENTENCE_STOP.finditer(text, max(0, start - 300), start)),
                      default=max(0, start - 300))
        if _TOLD_HISTORY.search(text[s_start:start]) \
                or any(a < start < b for a, b in (c.span() for c in _SET_IN_CLAUSE.finditer(text, s_start, s_end))):
            continue  # (a clause set in tells what went before: "Dort herrscht, wie ... im Ausschuss geschildert, Raumnot")
        called_last = bool(_TREATED_BEFORE.search(text, max(0, start - 40), start))
        if called_last and (not _CALLED_LAST.search(text, max(0, start - 40), start)
                            or _THAT_CLAUSE.search(text, s_start, start)):
            continue  # (a speaker's "erläutert, dass in der letzten Sitzung ...": the matter's history)
        # what the meeting decided, told after "dass": "wurde beschlossen, dass der Neubau ... beginnen soll"
        that = _THAT_CLAUSE.search(text, end, s_end) if meeting else None
        if _told_not_now(text, s_start, that.start() if that else s_end):
            continue
        if _HAS.search(text, start, end) and not _TOLD_PARTICIPLE.search(text, start, s_end) \
                and not _TOLD_PARTICIPLE.search(text[s_start:start].lower()):
            continue  # "Der Rat hat ..." without a decision or a debate ("Vertagt hat der Gemeinderat")
        date = None
        # the day after the meeting or after the body's decision: "Der Kreistag beschloss am
        # 4. Dezember 2024 ...", "in der Sitzung des Rates am 12.05.2021"
        on = _TOLD_ON.match(text, end) or _TOLD_IN_MEETING_ON.match(text, end)
        if on:
            d = DATE_RE.match(text, on.end())
            date = iso_of_match(d) if d else None
        else:
            # the day the sentence opens with, the verb and the body right after it: "Am
            # Mittwoch den 31. März 2010 beschloss der Torgauer Stadtrat ..."
            opens = _DAY_OPENS.match(text, s_start)
            d = DATE_RE.match(text, opens.end()) if opens else None
            if d and not text[d.end():start].strip():
                date = iso_of_match(d)
        (last if called_last else out).append(Consultation(committee, date))
    if "Umlauf" in text:
        # a body that resolved by circulation ("im Rahmen eines Umlaufbeschlusses", "im
        # Umlaufverfahren") held no meeting on the matter
        circulated = _by_circulation(text, bodies)
        out = [c for c in out if c.committee not in circulated]
        last = [c for c in last if c.committee not in circulated]
    # the last meeting, where the page tells of no other one, is the one it reports: "Auf der
    # letzten Gemeindevertretersitzung am vergangenen Montag wurde beschlossen, ..."
    return out or last

def _by_circulation(text: str, bodies: list[tuple[int, int, str, bool]]) -> set[str]:
    """The bodies whose sentence tells of a resolution by circulation."""
    out = set()
    for start, end, committee, _ in bodies:
        stop = _SENTENCE_STOP.search(text, end)
        s_start = max((s.end() for s in _SENTENCE_STOP.finditer(text, max(0, start - 300), start)),
                      default=max(0, start - 300))
        if _CIRCULATION.search(text, s_start, stop.start() if stop else len(text)):
            out.add(committee)
    return out


# the body a page's papers are put to, named by a line of its own: a heading "Anträge an den
# Gemeinderat", "Antrag an den Hauptausschuss", "Anfrage an den Rat"; and the body a list of
# resolutions is grouped by: its name on a line of its own over the year ("Gemeinderat" / "2025")
_ADDRESSED = re.compile(r"(?m)^[ \t]*(?:Antr[aä]ge?|Anfragen?)[ \t]+an[ \t]+(?:den|die|das)[ \t]+"
                        r"(?P<name>[A-ZÄÖÜ][\wäöüß-]+(?:[ \t]+[A-ZÄÖÜ][\wäöüß-]+)?)[ \t]*:?[ \t]*$")
_BODY_OVER_YEAR = re.compile(r"(?m)^[ \t]*(?P<name>[A-ZÄÖÜ][\wäöüß-]+(?:[ \t]+[A-ZÄÖÜ][\wäöüß-]+)?)[ \t]*\n"
                             r"[ \t]*(?:19|20)\d\d[ \t]*$")


def _addressed_bodies(text: str) -> list[Consultation]:
    """Undated consultations of the bodies a page's headings address or
    group its resolutions by (kept only where nothing dated is found)."""
    out = []
    head = text[:1500]
    found = ([m for m in _ADDRESSED.finditer(head)] if " an " in head else [])
    found += [m for m in _BODY_OVER_YEAR.finditer(text[:6000])]
    for m in found:
        committee = clean_committee(m.group("name"))
        if committee and committee_word_re().fullmatch(committee):
            out.append(Consultation(committee))
    return out


# a report names its meeting with the day in any sentence of its narrative, not only
# in its lead: "Die letzte Gemeinderatssitzung fand am 17. Dezember 2009 statt", "Der
# Gemeinderat hat in seiner Sitzung am 17.Dezember 2009 abgelehnt", the day first:
# "19 Punkte standen am 27. September 2018 auf der öffentlichen Tagesordnung des
# Stadtrates", "Am 12. Mai tagte der Kreistag"
_REPORTED_MEETING = re.compile(
    r"(?:(?:Plenar|Sonder)?[Ss]itzung[ \t]+(?:des|der)[ \t]+(?P<name>[A-ZÄÖÜ][\wäöüß-]+)"
    r"|(?<![\wäöüß-])(?P<compound>[A-ZÄÖÜ][a-zäöüß]*?)-?sitzung"
    r"|(?<![\wäöüß-])(?:Der|Die|Das)[ \t]+(?P<subject>[A-ZÄÖÜ][\wäöüß-]+)[ \t]+(?:hat|haben)[ \t]+in[ \t]+"
    r"(?:seiner|ihrer)[ \t]+(?:[a-zäöüß]+[ \t]+)?Sitzung)"
    r"(?:[ \t]+(?:fand|tagte))?" + _ON_DATE)
_DAY_THEN_MEETING = re.compile(
    r"(?<![\wäöüß])[Aa]m[ \t]+(?:[A-ZÄÖÜ][a-z]+,?[ \t]+(?:de[nm][ \t]+)?)?(?P<date>" + DATE_PATTERN + r")[ \t]+"
    r"(?:(?:[^.!?\n]|(?<=\d)\.){0,60}?[ \t])?(?:(?:auf[ \t]+der[ \t]+(?:[a-zäöüß]+[ \t]+)?Tagesordnung|Sitzung)[ \t]+"
    r"(?:des|der)[ \t]+(?P<name>[A-ZÄÖÜ][\wäöüß-]+)|tagte[ \t]+(?:der|die|das)[ \t]+(?P<subject>[A-ZÄÖÜ][\wäöüß-]+))")
# the meeting opening the sentence, the body after its verb: "In seiner letzten Sitzung am
# 25.11.2014 hat der Gemeinderat ... erhöht", "In ihrer Sitzung vom 12.03.2019 beschloss die
# Stadtverordnetenversammlung ..." (the meeting is the subject's own: "seiner", "ihrer")
_SITTING_THEN_BODY = re.compile(
    r"(?<![\wäöüß-])[Ii]n[ \t]+(?:seiner|ihrer)[ \t]+(?:[a-zäöüß]+[ \t]+)?Sitzung" + _ON_DATE +
    r",?[ \t]+(?:hat|haben|beschloss|beschlossen|stimmte|stimmten|lehnte|genehmigte|billigte|verabschiedete|"
    r"entschied)[ \t]+(?:der|die|das)[ \t]+(?P<subject>[A-ZÄÖÜ][\wäöüß-]+)")
# a meeting still to come: "die nächste Sitzung des Gemeinderates findet am ... statt"
_COMING = re.compile(r"(?i)\b(?:nächsten?|kommenden?|folgenden?)[ \t]+(?:[a-zäöüß]+[ \t]+)?$")
# a meeting that treated the matter before the one reported: "Der Antrag wurde bereits in der
# Gemeinderatssitzung am 12.03.2019 behandelt", "in der letzten Sitzung des Rates am ..."
_TREATED_BEFORE = re.compile(r"(?:\b(?:bereits|schon|zuvor)\s+(?:in\s+(?:der|einer|seiner|ihrer)\s+)?"
                             r"|\b(?:letzten|vorigen|vorherigen|vorangegangenen|früheren)\s+(?:[a-zäöüß]+\s+)?)$")
# a letter's salutation or its address to the mayor ("Herrn\nBürgermeister Robert Lennerts", "An den
# Bürgermeister"): a letter names the meetings of the matter it answers or moves, it reports none
# a resolution taken by circulation, without a meeting
_CIRCULATION = re.compile(r"Umlaufbeschl(?:uss|üsse)|Umlaufverfahren|im[ \t]+Umlauf\b")
_SALUTATION = re.compile(r"(?m)^[ \t]*(?:Sehr[ \t]+geehrte|Herrn[ \t]*\n[ \t]*(?:Ober)?[Bb]ürgermeister"
                         r"|An[ \t]+(?:den|die)[ \t]+(?:Herrn[ \t]+)?(?:Ober)?[Bb]ürgermeister)")


def _reported_meeting(text: str) -> Consultation | None:
    """The first meeting a report page names with its day anywhere in its
    text (not one still to come)."""
    if "itzung" not in text and "Tagesordnung" not in text and "tagte" not in text:
        return None
    if not _report_page(text) or _SALUTATION.search(text, 0, 3000):
        return None
    found = []
    for rx in (_REPORTED_MEETING, _DAY_THEN_MEETING, _SITTING_THEN_BODY):
        for m in rx.finditer(text):
            if (_COMING.search(text, max(0, m.start() - 40), m.start())
                    or _TREATED_BEFORE.search(text, max(0, m.start() - 40), m.start())):
                continue
            name = m.groupdict().get("name") or m.groupdict().get("compound") or m.group("subject")
            committee = clean_committee(name or "")
            if committee and committee_word_re().fullmatch(committee):
                found.append((m.start(), committee, iso_of_match(DATE_RE.search(m.group("date")))))
                break
    if not found:
        return None
    _, committee, date = min(found)
    return Consultation(committee, date)


# a line naming a meeting whose resolutions follow (a resolutions list's heading, or its
# entry in a gazette's contents): "Beschlüsse der 06. Sitzung des Hauptausschusses vom
# 09.03.2015", "Beschlüsse der 07. Stadtverordnetenversammlung vom 18.03.2015", the body
# without an article: "Beschlüsse Verwaltungs- und Finanzausschuss vom 17.02.2025"; an
# official notice's title lists each meeting: "Bekanntmachung von Beschlüssen Verwaltungs-
# und Finanzausschuss vom 17.02.2025, Bau- und Betriebsausschuss vom 20.02.2025 und
# Stadtrat vom 06.03.2025"
_RESOLUTIONS_OF_MEETING = re.compile(
    r"Beschlüssen?[ \t]+(?:aus[ \t]+)?(?:(?:der|des|dem)[ \t]+)?(?:\d{1,3}\.[ \t]*)?"
    r"(?:(?:(?:öffentlichen|nicht[ \t]?öffentlichen)[ \t]+)?(?:Plenar|Sonder)?[Ss]itzung[ \t]+(?:des|der)[ \t]+)?"
    r"(?P<name>[A-ZÄÖÜ][^\n]{2,80}?)" + _ON_DATE)
# the next meeting of such a list: ", Bau- und Betriebsausschuss vom ", " und Stadtrat vom "
_NEXT_LISTED_MEETING = re.compile(r"(?:,[ \t]*(?:und[ \t]+)?|[ \t]+und[ \t]+)(?:(?:der|des|dem)[ \t]+)?"
                                  r"(?P<name>[A-ZÄÖÜ][^\n,]{2,80}?)[ \t]+(?:am|vom)[ \t]+")
_HEADING_NOTE = re.compile(r"(?:[ \t]+\([^()\n]{1,40}\))?[ \t]*(?:\n|$)")
# the title of an official notice before the resolutions it lists
_NOTICE_OF = re.compile(r"Bekanntmachung[ \t]+(?:von|der)[ \t]+$")


def _resolutions_body(name: str) -> str | None:
    committee = clean_committee(name)
    if committee and not committee_word_re().fullmatch(committee):
        committee = _TOWN_ADJECTIVE.sub("", committee)  # "des Plöner Kreistages"
    if not committee:
        return None
    last = committee.split()[-1]  # "Verwaltungs- und Finanzausschuss"
    return committee if committee_word_re().fullmatch(committee) or (
        committee[:1].isupper() and committee_word_re().fullmatch(last)) else None


def _resolution_headings(text: str) -> list[Consultation]:
    """Every meeting a line of the page names as the one whose resolutions it carries."""
    out = []
    pos = text.find("Beschlüsse")
    while pos >= 0:
        m = _RESOLUTIONS_OF_MEETING.match(text, pos)
        line_start = text.rfind("\n", 0, pos) + 1
        at_line_start = not text[line_start:pos].strip() or bool(_NOTICE_OF.search(text, line_start, pos))
        pos = text.find("Beschlüsse", pos + 1)
        if not m or not at_line_start:
            continue
        found = [(m.group("name"), m.group("date"))]
        end = m.end()
        while True:
            more = _NEXT_LISTED_MEETING.match(text, end)
            day = DATE_RE.match(text, more.end()) if more else None
            if not day:
                break
            found.append((more.group("name"), day.group(0)))
            end = day.end()
        if not _HEADING_NOTE.match(text, end):
            continue
        for name, date in found:
            committee = _resolutions_body(name)
            if committee:
                out.append(Consultation(committee, iso_of_match(DATE_RE.search(date))))
    return out


# a town's adjective before the body's name: "Plöner Kreistag", "Kieler Ratsversammlung"
_TOWN_ADJECTIVE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+er[ \t]+(?=[A-ZÄÖÜ])")


def _more_meetings_reported(text: str, meeting: Consultation, minutes: bool = False) -> list[Consultation]:
    """The further meetings of a page whose meeting ``meeting`` is named by
    a heading that the page repeats for each meeting it reports."""
    heading = _heading_meeting(text[:2500] if minutes else text[:1200])
    if not heading or (heading[2], heading[3]) != (meeting.committee, meeting.date):
        return []
    return _repeated_headings(text, heading)


def _split_joint(row: Consultation) -> list[Consultation]:
    """A joint meeting 'des Ausschusses für X und des Schulträgerausschusses'
    or 'des Gemeinderats und Ortschaftsrats Lackendorf' -> both."""
    parts = re.split(r"\s+und\s+(?:des|der)\s+", row.committee)
    if len(parts) < 2:
        # without the article repeated ("des Gemeinderats und Ortschaftsrats Lackendorf"):
        # each part opens with a body's own word (not "Ausschuss für Umwelt und Verkehr")
        parts = re.split(r"\s+und\s+", row.committee)
        if len(parts) < 2 or not all(committee_word_re().match(p) for p in parts):
            return [row]
    if not all(committee_word_re().search(p) for p in parts):
        return [row]
    return [replace(row, committee=clean_committee(p) or p) for p in parts]


def _dedupe(rows: list[Consultation]) -> list[Consultation]:
    out: list[Consultation] = []
    dated = [r for r in rows if r and r.date]
    for r in rows:
        if not r or not r.committee:
            continue
        if not r.date and any(_same(r, o) for o in dated):
            continue  # the same body named again without its date
        if any(_same(r, o) and r.date == o.date
               and not (r.agenda_item and o.agenda_item and r.agenda_item != o.agenda_item)
               for o in out):
            continue
        out.append(r)
    return out
