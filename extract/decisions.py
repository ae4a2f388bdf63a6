"""Decisions: the administration's proposals and the resolutions taken.

* ``proposal``: the text under Beschlussvorschlag / Beschlussentwurf /
  Beschlussantrag / "Antrag an den Gemeinderat" / the motion's formula ("Die
  Bezirksverordnetenversammlung wolle beschließen:") of an administration paper.
  A faction's motion (Antrag, Anfrage of a Fraktion) has none. Numbered
  points that do different things give one proposal per distinct outcome; a
  proposal printed twice counts once.
* ``resolution``: a decision as taken: a filled-in result in the
  Beratungsfolge (``genehmigt``, ``Einstimmig zugestimmt``), a "Beschluss:"
  with its Abstimmungsergebnis, a portal's result label ("Beschluss:
  zur Kenntnis genommen", "Beschlussart: ungeändert beschlossen"), whose
  result decides the outcome, and in minutes the chair's or the minute
  taker's record of a vote (``Dann ist das so beschlossen``, ``(Abstimmung
  9:0 Stimmen)``, ``wird ... vertagt``, ``wurde das Einvernehmen erteilt``).
  A web page that reports a meeting or lists its resolutions ("Aus der
  Gemeinderatssitzung vom ...", "Beschlüsse der 5. Stadtratssitzung ...")
  is read as minutes (a decision of an earlier meeting it tells as background,
  "Die SVV hatte erst am 12.03.2014 ... beschlossen" on a page of the meeting
  of 10.12.2014, "Bereits im Jahr 2020 hat der Stadtrat ...", is none); there
  a resolution listed under its paper number
  ("Beschluss Drucksache-Nr.: 98/2015") is the wording as adopted. A closing formula takes its
  outcome from the motion the chair put to the vote (``Wer gegen den
  geänderten Beschlussvorschlag ist ...`` -> amended); a "wird ... vertagt"
  describing that motion is no decision of its own. Pre-printed handling notes
  (Kenntnisnahme as the role of a meeting still to come, "vorberaten") and
  procedural votes (agenda, urgency, previous minutes) are not decisions.
  A page of an agenda item that prints no result of its own gives the
  records that state their vote ("Der Kreistag beschloss einstimmig, ...").
  A result printed over its wording (a label or a vote under an empty
  heading, the wording under a "Beschluss:" of its own below) is one
  resolution; a wording that takes note of one thing and decides another
  ("nimmt ... zur Kenntnis und beschließt, ...") gives a resolution for each.

Each decision is an ``extract.records.Decision``; ``votes`` is
``{yes, no, abstain, unanimous}`` with the keys the text states, or None.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extract.consultations import ROLE_WORDS, beratungsfolge_rows, is_minutes
from extract.dates import DATE_RE, iso_of_match
from extract.entities import Rule, opening_finditer, required_strings
from extract.records import Decision
from extract.report_pages import ARTICLE_LENGTH, is_bare_motion, is_report_page
from extract.text import has_case_specials, lowered_pattern

# --- outcomes ----------------------------------------------------------------

_S = r"(?:[^.]|(?<=\d)\.|\.(?=\w)|\b(?:Nr|Str|Abs|ca|bzw|Dr)\.)"
_OUTCOME_RULES = [
    # a change named before the result, a few words between: "geändert beschlossen",
    # "mit Änderungen im Ausschuss beschlossen", "in geänderter Fassung angenommen"
    ("amended", re.compile(r"(?i)(?:\bgeändert|\bmit\s+(?:den\s+|\w+en\s+)?(?:Änderungen?|Ergänzungen?|Modifi(?:zierung|kation)(?:en)?|Änderungs-?\s*und\s+Ergänzungs\w*)|"
                           r"\bin\s+(?:der\s+)?(?:geänderter|ergänzter|veränderter)\s+Fassung|"
                           # adopted otherwise than proposed: "abweichend vom Beschlussvorschlag einstimmig beschlossen"
                           r"\babweichend\s+(?:vo[nm]|zu[rm]?)\b)"
                           r"(?:\s+[^\s.,;:!?]+){0,4}?\s+(?:beschlossen|angenommen|zugestimmt|empfohlen|genehmigt|gebilligt)\b")),
    ("withdrawn", re.compile(r"(?i)\bzurückgezogen\b")),
    ("postponed", re.compile(r"(?i)\b(vertagt|zurückgestellt|verschoben|geschoben|zu\s+vertagen|zurückzustellen)\b")),
    # sent back to be discussed again: "zurück in die Fraktionen", "zurückverwiesen", "Rückverweisung"
    ("referred", re.compile(r"(?i)\b(verwiesen|überwiesen|zurückverwiesen|Rückverweisung|zu\s+(?:verweisen|überweisen)|"
                            r"zurück\s+(?:in|an)\s+(?:die|den)\s+[\wäöüß-]*(?:Fraktion(?:en)?|[Aa]usschuss|[Aa]usschüsse|Gremi(?:um|en)))\b")),
    ("rejected", re.compile(r"(?i)\b(lehnte?n?\b" + _S + r"{0,200}?\bab\b|abgelehnt|Ablehnung\b|"  # "0 Ablehnungen" is a count
                            # a decision told by its sign: "negativ entschieden", "negativ beschieden"
                            r"negativ\s+(?:entschieden|beschieden|votiert)\b|"
                            # a main clause turning it down: "Der Bürgerantrag wird nicht weiter verfolgt."
                            r"\b(?:wird|werden|wurde|wurden)\s+(?:[^.,;\n]{0,80}?\s)?nicht\s+(?:weiter\s*verfolgt|weiterverfolgt|"
                            r"zugestimmt|erteilt|genehmigt)\b(?!\s*,)|"
                            # "spricht sich gegen ... aus", "hat sich ... gegen ... ausgesprochen"
                            r"\b(?:spricht|sprach|sprachen)\s+sich\s+(?:[^.\n]{0,60}?\s)?gegen\b|\bsich\s+(?:[^.\n]{0,60}?\s)?gegen\b[^.\n]{0,200}?\bausgesprochen)")),
    ("approved", re.compile(
        r"(?i)\b(beschließt|beschlossen|beschloss|zu\s+beschließen|positiv\s+(?:entschieden|beschieden|votiert)\b|stimmt\b" + _S + r"{0,300}?\bzu\b|stimmte\b" + _S + r"{0,300}?\bzu\b|"
        r"zugestimmt|zuzustimmen|Zustimmung|genehmigt|genehmigen|empfiehlt|empfahl|empfohlen|"
        r"beauftragt|bestellt|ermächtigt|angenommen|Annahme|festgestellt|fasst\s+den\s+\w*[Bb]eschluss|"
        r"gewählt|wählt|favorisiert|befürwortet|billigt|gebilligt|schlägt\b" + _S + r"{0,300}?\bvor\b|bewilligt|"
        r"wird\s+(?:hiermit\s+)?(?:aufgehoben|eingeführt|erteilt|bereitgestellt)|\b(?:wird|wurde|wurden)\s+(?:[^.\n]{0,60}?\s)?erteilt\b|"
        r"^\s*(?:Beschluss|Zustimmung)\s+(?:zur|zum|über|des|der)\b|"
        # consent stated as a state: "Mit der Bezuschussung ... besteht Einverständnis.",
        # "Gegen die Nutzung des Feldweges ... bestehen keine Einwände."
        r"(?:besteht|bestand)\s+(?:[^\s.,;]+\s+){0,2}?Einverständnis\b|Einverständnis\s+(?:erklärt|erteilt)|"
        r"(?:besteht|bestehen|bestand|bestanden)\s+keine\s+(?:Einwände|Einwendungen|Bedenken)\b|"
        # "spricht sich für ... aus", "hat sich ... dafür ausgesprochen"
        r"\b(?:spricht|sprach|sprachen)\s+sich\s+(?:[^.\n]{0,60}?\s)?(?:für|dafür)\b|\bsich\s+(?:[^.\n]{0,60}?\s)?(?:für|dafür)\b[^.\n]{0,200}?\bausgesprochen)")),
    ("noted", re.compile(r"(?i)\b(zur\s+Kenntnis|Kenntnis\s+genommen|nimmt\b" + _S + r"{0,200}?\bKenntnis|Kenntnisnahme)")),
]


def outcome_of(text: str) -> str | None:
    """What a decision text does; an approval dominates a note in the same point."""
    found = [name for name, rx in _OUTCOME_RULES if rx.search(text)]
    if not found:
        return None
    for name in ("amended", "withdrawn", "postponed", "referred", "rejected", "approved", "noted"):
        if name in found:
            return name
    return None


# --- votes ---------------------------------------------------------------------

_N = r"(\d{1,3})"
# a count written out, before a vote noun: "mit 12 Ja-Stimmen, einer Gegenstimme und drei Enthaltungen"
_NUMBER_WORDS = {"ein": 1, "eine": 1, "einer": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
                 "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12}
_NW = r"(\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
# the labels portals and minutes print for each count, in their spellings:
# "Ja", "Ja-Stimmen", "dafür", "Für den Beschluss", "Zustimmungen"; "Nein",
# "Gegenstimmen", "Gegen den Beschluss", "Ablehnungen"; "Enthaltungen",
# "Stimmenthaltungen", "Enth."
_OBJECT = r"(?:\s+(?:den|die|das)\s+(?:Beschluss|Beschlussvorschlag|Antrag|Vorschlag|Vorlage))"
_YES_LABEL = r"(?:Dafür|Ja(?:-?\s*Stimmen?)?|Zustimmung(?:en)?|Für" + _OBJECT + r"?)"
_NO_LABEL = r"(?:Dagegen|Nein(?:-?\s*Stimmen?)?|Gegenstimmen?|Ablehnung(?:en)?|Gegen" + _OBJECT + r"?)"
_ABSTAIN_LABEL = r"(?:(?:Stimm-?\s*)?[Ee]nthaltung(?:en)?|Enth\.)"
# the same as nouns after their count: "12 Ja-Stimmen", "16 mal Ja", "3 x Nein"
_YES_NOUN = r"(?:Ja-?\s*Stimmen?|Zustimmungen)"
_NO_NOUN = r"(?:Nein-?\s*Stimmen?|Gegenstimmen?|Ablehnungen)"
_TIMES = r"(?:\s*x|\s+mal)?"  # "16 mal Ja", "7 x JA", "7x JA"
_VOTE_RULES = [
    ("yes", re.compile(r"(?i)\b" + _YES_LABEL + r"\s*:\s*" + _N)),
    ("no", re.compile(r"(?i)\b" + _NO_LABEL + r"\s*:\s*" + _N)),
    ("abstain", re.compile(r"(?i)\b" + _ABSTAIN_LABEL + r"\s*:\s*" + _N)),  # "Enth.: 1"
    ("yes", re.compile(r"(?i)\b" + _NW + _TIMES + r"\s+" + _YES_NOUN + r"\b")),
    ("no", re.compile(r"(?i)\b" + _NW + _TIMES + r"\s+" + _NO_NOUN + r"\b")),
    ("abstain", re.compile(r"(?i)\b" + _NW + _TIMES + r"\s+" + _ABSTAIN_LABEL)),  # "Einstimmig bei 1 Enthaltung"
    ("yes", re.compile(r"(?i)\bentfielen\s+" + _N + r"\s+Stimmen")),
    # the votes for, as the sentence's count of votes with no side named: "Mit 29 Stimmen von CDU ..."
    ("yes", re.compile(r"(?i)\bmit\s+" + _N + r"\s+Stimmen\b(?!\s+(?:dagegen|gegen|Enthaltung))")),
    # the same as the size of the majority: "Mit einer Mehrheit von 27 Stimmen wurde ... beschlossen"
    ("yes", re.compile(r"(?i)(?<!absolute )(?<!erforderliche )(?<!notwendige )\bMehrheit\s+von\s+" + _N + r"\s+Stimmen\b(?!\s+(?:dagegen|gegen|Enthaltung))")),
    ("yes", re.compile(r"(?i)\b" + _N + _TIMES + r"\s+(?:dafür|Ja)\b")),
    ("no", re.compile(r"(?i)\b" + _N + _TIMES + r"\s+(?:dagegen|Nein)\b")),
    ("yes", re.compile(r"(?i)\b(?:Ja|Dafür)\s+" + _N + r"\b(?!\s*[.%])")),
    ("no", re.compile(r"(?i)\b(?:Nein|Dagegen)\s+" + _N + r"\b(?!\s*[.%])")),
    ("abstain", re.compile(r"(?i)\bEnthaltung(?:en)?\s+" + _N + r"\b(?!\s*[.%])")),
    # none of a kind, in words: "keine Enthaltung", "keine Gegenstimmen", "ohne Gegenstimme"
    ("no", re.compile(r"(?i)\b(?:keine|ohne)\s+(?:Gegenstimmen?|Nein-?\s*Stimmen?)\b")),
    ("abstain", re.compile(r"(?i)\b(?:keine|ohne)\s+(?:Stimm-?\s*)?Enthaltung(?:en)?\b")),
]
# counts written label first, colon or not: "Ja 1  Nein 7  Enthaltung 1",
# "Ja: 6, Nein: 3, Enthaltungen: 0"; each number belongs to the label before it
_LABEL_FIRST_RE = re.compile(
    r"(?i)\b(?:Ja|Dafür)\s*:?\s*" + _N + r"[ \t]*[,;/]?[ \t]*(?:Nein|Dagegen)\s*:?\s*" + _N
    + r"(?:[ \t]*[,;/]?[ \t]*(?:Enthaltung(?:en)?|Enth\.)\s*:?\s*" + _N + r")?\b(?!\s*[.%])")
_RATIO_RE = re.compile(r"(?i)\b" + _NW + r"\s*(?::|zu|\s+gegen)\s*" + _NW + r"\s+Stimmen")  # "mit 16 zu zwölf Stimmen", "mit 21 gegen 20 Stimmen"
# a vote line of three counts in the order yes:no:abstain: "Abstimmung: 19:0:0"
_TRIPLE_RE = re.compile(r"(?i)\bAbstimmung(?:sergebnis)?\s*:?\s*(\d{1,3})\s*:\s*(\d{1,3})\s*:\s*(\d{1,3})(?![\d:.,])")
_JN_RE = re.compile(r"\b(\d{1,3})\s*J\s*;\s*(\d{1,3})\s*N(?:\s*;\s*(\d{1,3})\s*E)?\b")
# part of every match of _JN_RE, found much faster in a text without one
_JN_CUE = re.compile(r"J\s*;")
_UNANIMOUS_RE = re.compile(r"(?i)\b(?:einstimmig|einhellig)(?:e[nmrs]?)?\b")  # "einstimmig", "den einstimmigen Beschluss", "einhellig"


def _count(n: str) -> int:
    return int(n) if n.isdigit() else _NUMBER_WORDS[n.lower()]


# a count printed as the council's members plus the mayor, who votes with them:
# "Ja-Stimmen: 16 + 1" (Saxony's lists of resolutions) is 17 votes
_SUMMED = re.compile(r"\b(\d{1,3})[ \t]*\+[ \t]*(\d{1,2})\b")


def parse_votes(text: str) -> dict | None:
    votes: dict = {}
    if "+" in text:
        text = _SUMMED.sub(lambda m: str(int(m.group(1)) + int(m.group(2))), text)
    m = _JN_RE.search(text)
    if m:
        votes["yes"], votes["no"] = int(m.group(1)), int(m.group(2))
        if m.group(3):
            votes["abstain"] = int(m.group(3))
        return votes
    m = _TRIPLE_RE.search(text) if ":" in text else None
    if m:
        votes["yes"], votes["no"], votes["abstain"] = int(m.group(1)), int(m.group(2)), int(m.group(3))
        return votes
    m = _LABEL_FIRST_RE.search(text)
    if m and not re.search(r"\d\s*$", text[:m.start()]):  # "4 Ja 14 Nein": numbers first
        votes["yes"], votes["no"] = int(m.group(1)), int(m.group(2))
        if m.group(3):
            votes["abstain"] = int(m.group(3))
    m = _RATIO_RE.search(text)
    if m and "yes" not in votes:
        votes["yes"], votes["no"] = _count(m.group(1)), _count(m.group(2))
    for key, rx in _VOTE_RULES:
        if key in votes:
            continue
        m = rx.search(text)
        if m:
            votes[key] = _count(m.group(1)) if m.groups() else 0
    if _UNANIMOUS_RE.search(text):
        votes["unanimous"] = True
    return votes or None


def _decision(kind: str, outcome: str | None, text: str, votes: dict | None = None) -> Decision:
    return Decision(kind, outcome, re.sub(r"\s+", " ", text).strip()[:500], votes)


# --- proposals -------------------------------------------------------------------

_PROPOSAL_HEAD = re.compile(
    r"(?m)^[\s*#|.]*(?i:Beschlussvorschlag|Beschlussentwurf|Beschlussantrag|Beschlussempfehlung|Beschlussvortrag|"
    r"Antrag\s+an\s+(?:den|die|das)\s+[^\n:]{3,60}?(?=\s*:|\s*\n)|Information\s*\(Kurzfassung\)|"
    r"Antrag,(?=\s*zu\s+beschließen)|Petitum(?:\s*/\s*Beschluss)?|"
    r"(?:Vorschlag|Antrag)\s+der\s+Verwaltung|Entscheidungsvorschlag)[ \t]*(?:\((?i:Kurzfassung|Entwurf|neu|Vorschlag\s+der\s+Verwaltung)\))?\s*:?[*_]*[ \t]*(?=\n|$|[A-ZÄÖÜ])"
    r"|(?:Beschlussvorschlag|Beschlussentwurf|Beschlussantrag)\s*:[*_]*[ \t]*(?=[A-ZÄÖÜ])"
    r"|(?:Beschlussvorschlag|Beschlussentwurf|Beschlussantrag|Entscheidungsvorschlag)[ \t]+(?=(?:Der|Die|Das)\s)"
    # the motion's formula over its wording: "3. Die Bezirksverordnetenversammlung wolle beschließen:"
    r"|^[ \t]*(?:\d{1,2}\.[ \t]*)?(?:Der|Die|Das)[ \t]+[^\n:]{2,80}?[ \t](?:wolle|möge)[ \t]+beschließen[ \t]*:"
    # the Hessian executive's motion to its council: "Der Magistrat beantragt, dass die
    # Stadtverordnetenversammlung wie folgt beschließt:" (Gemeindevorstand, Kreisausschuss alike)
    r"|^[ \t]*(?:Der|Die)[ \t]+(?:Magistrat|Gemeindevorstand|Kreisausschuss)[ \t]+beantragt\b[^\n:]{0,120}?beschließ\w*[ \t]*:"
)
_INLINE_END = re.compile(r"\s(?:Begründung|Erläuterungen?|Sachverhalt|Finanzielle\s+Auswirkungen|Anlage\(n\)|Anlagen?)\s*:")
_SECTION_END = re.compile(
    r"(?im)^[\s*#|.]*(?:Begründung|Finanzielle\s+Auswirkungen|Sachverhalt|Erläuterung|Sachstand|"
    r"Sachdarstellung|Problem|Anlage|Anlagen|Kosten|Haushaltsrechtliche|Unmittelbare\s+finanzielle|"
    r"Mitzeichnung|Mitzeichnungen|Ausgangslage|Zusammenfassung|Beratungsfolge|Finanzierung|"
    r"Klimarelevanz|Auswirkungen|Zuständigkeit|Gremium|Ergebnis|Abstimmungsergebnis|Hintergrund|"
    r"Der\s+(?:Ober)?[Bb]ürgermeister|In\s+Vertretung|I\.\s?V\.|gez\.|In\s+der\s+Sitzung)\b"
)
_POINT_RE = re.compile(
    r"(?m)^[ \t]*(?:\d{1,2}\.|[a-h]\)|\(\d{1,2}\)|[IVX]{1,4}\.)(?=\s)"
    r"(?!\s*(?:\d|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b)"
)
_FACTION_PAPER = re.compile(
    r"(?i)\b(antrag|anfrage|ergänzungsantrag|änderungsantrag|dringlichkeitsantrag)\b"
)


# a page headed as a motion or a list of motions ("Anträge" / "Antrag Ortsbeirat Innenstadt" /
# "Die Stadtverordnetenversammlung möge beschließen: ..."), not the administration's
# "Antrag an den Gemeinderat" or "Antrag der Verwaltung"
_MOTIONS_HEADING = re.compile(
    r"\s*(?:Anträge|Antrag(?![ \t]+(?:an|der[ \t]+Verwaltung|des[ \t]+(?:Ober)?[Bb]ürgermeisters|des[ \t]+Magistrats)\b))"
    r"[^\n:]{0,80}\n")


def _faction_paper(text: str) -> bool:
    """A motion or question of a faction or councillors (not the administration's)."""
    head = text[:1500]
    if _MOTIONS_HEADING.match(head):
        return True
    if not re.search(r"(?i:fraktion)|(?i:Stadtr(?:at|ätin))\s+[A-ZÄÖÜ][a-zäöüß]+\b(?<!\bDer)(?<!\bDie)|(?i:Gruppe)\b", head):
        return False
    first = "\n".join(line for line in head.split("\n")[:25])
    if re.search(r"(?i)Beschlussvorlage|Informationsvorlage|Mitteilungsvorlage|Der\s+Oberbürgermeister\s*\n\s*BESCHLUSSVORLAGE", first):
        return False
    if re.search(r"(?i)Stellungnahme\s+zu(r|m)\s+(Anfrage|Antrag)", first):
        return False
    return bool(_FACTION_PAPER.search(first))


# on a web page the proposal ends at the page's next part: a one-word
# heading ("Informationen") or a label/value field ("Freigabe:<tab>10.09.2021")
_WEB_PART = re.compile(r"\n(?:[\wÄÖÜäöüß-]+|[^\n\t:]{1,40}:\t[^\n]*)(?=\n|$)")


def _block(text: str, start: int, limit: int = 2500, web_page: bool = False) -> str:
    chunk = text[start: start + limit]
    if web_page:
        m = _WEB_PART.search(chunk)
        chunk = chunk[: m.start()] if m else chunk
    m = _SECTION_END.search(chunk, 1)
    chunk = chunk[: m.start()] if m else chunk
    m = _INLINE_END.search(chunk)
    return chunk[: m.start()] if m else chunk


def _point_outcomes(block: str) -> list[str]:
    """Distinct outcomes of the points of one proposal, in order."""
    starts = [m.start() for m in _POINT_RE.finditer(block)]
    parts = []
    if len(starts) >= 2:
        bounds = starts + [len(block)]
        parts = [block[a:b] for a, b in zip(bounds, bounds[1:])]
        intro = block[: starts[0]]
        noted = _NOTE_AND.split(intro, maxsplit=1)
        if len(noted) == 2 and outcome_of(noted[0]) == "noted":
            # "nimmt den Bericht ... zur Kenntnis und beschließt:" over the points: both
            parts[:0] = noted
        elif outcome_of(intro):
            parts.insert(0, intro)
    else:
        parts = [block]
    outcomes = []
    for p in parts:
        for o in _sentence_outcomes(p) if len(parts) > 1 else [outcome_of(p)]:
            if o and o not in outcomes:
                outcomes.append(o)
    return outcomes


_SENTENCE_END = re.compile(r"(?<=[a-zäöüß)])\.\s+(?=[A-ZÄÖÜ])")
# an intro that takes note and then introduces the points: "nimmt den Bericht ... zur Kenntnis und beschließt:"
_NOTE_AND = re.compile(r"(?:(?<=Kenntnis)|(?<=genommen))\s+und\s+(?=[a-zäöüß])")


def decided_after_note(text: str) -> str | None:
    """What a wording decides after taking note of something else in the
    same sentence, the two clauses joined by "und" ("nimmt das vorgelegte
    Konzept zur Kenntnis und beschließt, ...", "nahm die Ausführungen zur
    Kenntnis und beschloss einstimmig ..."): that outcome, a decision of its
    own beside the note; None where the wording does not do both."""
    if "Kenntnis" not in text:
        return None
    parts = _NOTE_AND.split(text, maxsplit=1)
    if len(parts) != 2 or outcome_of(parts[0]) != "noted":
        return None
    decided = outcome_of(parts[1])
    return decided if decided != "noted" else None


def _with_notes(resolutions: list[Decision]) -> list[Decision]:
    """``resolutions`` with a resolution ``noted`` before each whose wording
    takes note and decides (with the same vote): one decision per outcome."""
    out = []
    for d in resolutions:
        if d.outcome not in (None, "noted") and decided_after_note(d.text) == d.outcome:
            out.append(Decision(d.kind, "noted", d.text, dict(d.votes) if d.votes else None))
        out.append(d)
    return out


def _sentence_outcomes(point: str) -> list[str | None]:
    """A numbered point's outcome; where its first sentence takes note and a
    later one does something else ("Der Bericht ... wird zur Kenntnis
    genommen. Die Verwaltung wird beauftragt, ..."), both."""
    whole = outcome_of(point)
    sentences = _SENTENCE_END.split(point)
    first = outcome_of(sentences[0])
    if first == "noted" and whole != "noted" and len(sentences) > 1:
        return ["noted", whole]
    return [whole]


_ADMIN_SENTENCE = re.compile(
    r"(?m)^[ \t]*(?:(?:[IVX]{1,4}|\d{1,2})\.[ \t]*)?(?:Der|Die|Das)\s+(?:[\wäöüÄÖÜß-]*(?:ausschuss|rat|vertretung|versammlung|beirat|senat)|"
    r"Gemeinderat|Stadtrat|Rat|Kreistag|Ausschuss)\b[^.\n]{0,80}?\s(?:nimmt|beschließt|stimmt|genehmigt)\b"
)


# a proposal's wording that disposes by itself: its first sentence opens the block
# with its subject (an article and a noun), holds a finite verb of the third
# person and closes with a full stop
_DISPOSITION = re.compile(
    r"\A\s*(?:Der|Die|Das)[ \t]+[A-ZÄÖÜ][\wäöüß-]+(?:[^.\n]|(?<=\d)\.(?=\d)){0,300}?\b(?:\w+t|wird|werden|ist|sind)\b"
    r"(?:[^.\n]|(?<=\d)\.(?=\d)){0,300}?[a-zäöü)]\.(?:\s|$)")


# a passive wording that disposes "as follows", what follows being its detail (the
# statements weighed, in a table, with their senders' own words): "Diese Anregungen ...
# werden durch den Ausschuss ... wie folgt abgewogen:", "Die Gebühren werden wie folgt festgesetzt:"
# the passive's auxiliary in a wording's first sentence
_PASSIVE_FIRST = re.compile(r"\b(?:wird|werden)\b")
_AS_FOLLOWS = re.compile(r"\b(?:wird|werden)\b(?:[^.:\n]|(?<=\d)\.(?=\d)){0,300}?\bwie[ \t]+folgt[ \t]+[a-zäöüß]+[ \t]*:")


def find_proposals(text: str, web_page: bool = False) -> list[Decision]:
    if _faction_paper(text) or re.search(r"Drucksache-Art:[ \t]*Beschlussempfehlung", text[:3000]):
        # a faction's motion, or a committee's recommendation passed on
        return []
    out: list[Decision] = []
    seen: set[str] = set()
    heads = list(_PROPOSAL_HEAD.finditer(text))
    if heads and is_bare_motion(text):
        # a motion's wording on its mover's page, no council paper around it: not the
        # administration's proposal
        return []
    for m in heads:
        block = _block(text, m.end(), web_page=web_page)
        follows = _AS_FOLLOWS.search(block)
        if follows:
            block = block[: follows.end()]
        outcomes = _point_outcomes(block)
        if not outcomes and (follows or _DISPOSITION.search(block)):
            # wording that disposes directly, naming no decision verb ("Der Landkreis
            # stellt ... Mittel ... zur Verfügung.", "Der Ansatz wird gestrichen."):
            # what the heading proposes is to adopt it
            outcomes = ["approved"]
        for o in outcomes:
            if o not in seen:
                seen.add(o)
                out.append(_decision("proposal", o, block))
    if not heads:
        # papers without a heading: the committee sentence of the paper itself
        m = _ADMIN_SENTENCE.search(text[:6000])
        # (in a paper that gives a result form or its body's competence, or names
        # itself a Beschlussvorlage on a line of its own, the type a portal prints)
        # (not the wording a result field heads: "Beschluss:" / "Der Marktgemeinderat beschließt ...")
        if m and not is_minutes(text) and re.search(r"(?i)\bErgebnis\b|Zuständigkeit|^[ \t]*Beschlussvorlage[ \t]*$",
                                                    text[:6000], re.M) \
                and not _BESCHLUSS_HEAD.match(_line_above(text, m.start()).strip()):
            sentence = text[m.start(): text.find(".", m.end()) + 1 or None]
            o = outcome_of(sentence)
            # (a sentence that states the vote taken, "Der Stadtrat beschließt mehrheitlich (18
            # Ja-Stimmen, 1 Nein-Stimme):", records a resolution: no proposal states a vote)
            if o and not _STATED_VOTE.search(sentence[:300]):
                out.append(_decision("proposal", o, sentence))
    return out


# --- resolutions ---------------------------------------------------------------------

def _row_outcome(result: str) -> str | None:
    """The outcome of a result cell of a Beratungsfolge, in the portal's or the
    document's own words ("einstimmig geändert beschlossen" -> ``amended``).
    Taken off the agenda ("von der Tagesordnung abgesetzt") and passed on
    without a vote ("ohne Beschlussfassung geschoben") are ``postponed``."""
    r = result.strip()
    if re.fullmatch(r"(?i)vorberaten|vorberatung|beraten|behandelt|erledigt", r):
        return None
    if re.fullmatch(r"(?i)(einstimmig|mehrheitlich)(\s+(angenommen|beschlossen))?", r):
        return "approved"
    if re.search(r"(?i)\bvon\s+der\s+Tagesordnung\s+abgesetzt\b", r):
        return "postponed"
    return outcome_of(r)


def result_outcome(result: str) -> str | None:
    """The outcome of a result a portal gives for a held consultation: read as
    a document's result column is read, so portal and documents agree."""
    return _row_outcome(result)


# a result that takes the item off the meeting's agenda: it sets the agenda, a procedure, and
# decides nothing of the matter (the consultation's outcome reads it as postponed)
_OFF_AGENDA = re.compile(r"(?i)\bvon\s+der\s+Tagesordnung\s+(?:abgesetzt|genommen)\b")


def resolutions_from_beratungsfolge(doc) -> list[Decision]:
    rows = beratungsfolge_rows(doc)
    out = []
    for i, row in enumerate(rows):
        result = row.result
        if not result or _OFF_AGENDA.search(result):
            continue
        outcome = _row_outcome(result)
        if outcome is None:
            continue
        later = any(r.date for r in rows[i + 1:])
        taken = re.search(r"(?i)\bgenommen\b", result)  # "zur Kenntnis genommen": filled in
        if outcome == "noted" and not later and not taken:
            # "Kenntnisnahme" on the last row is the handling the paper asks for
            continue
        if outcome == "noted" and ROLE_WORDS.fullmatch(result.strip()) and row.role == result.strip() \
                and not later:
            continue
        votes = parse_votes(result) or _row_vote_in_text(doc.text, row)
        out.append(_decision("resolution", outcome, f"{row.committee}: {result}", votes))
    return out


def _row_vote_in_text(text: str, row) -> dict | None:
    """The vote of a Beratungsfolge row as the paper records it in a sentence
    of its own naming the committee and the meeting's date: "Der Ausschuss für
    Bildung und Finanzen hat in seiner Sitzung am 08. Februar 2011 einstimmig
    den Antrag der Verwaltung dem Kreistag zum Beschluss empfohlen." """
    if not row.committee or not row.date:
        return None
    for m in re.finditer(re.escape(row.committee), text):
        start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        end = re.compile(r"(?<!\d)\.(?=\s|$)").search(text, m.end())
        sentence = text[start: end.start() if end else len(text)]
        if "\n" in sentence.strip() or not re.search(r"\bSitzung\s+(?:vom|am)\b", sentence):
            continue
        if any(iso_of_match(d) == row.date for d in DATE_RE.finditer(sentence)):
            return parse_votes(sentence)
    return None


# "Beschluss:", "Beschluss StBR:", the label naming what it decides, over one line
# break at most ("Beschluss zum Antrag der" / "SPD:", "Beschluss zu TOP 5:"), and a
# heading with the paper's number over the wording below it: "Beschluss
# Drucksache-Nr.: 98/2015 <subject>", "Beschluss-Nr. 12/2015"
_BESCHLUSS_HEAD = re.compile(
    r"(?m)^[ \t.]*(?:-[ \t]+)?Beschluss(?:(?:\s+[A-ZÄÖÜ][\wäöü]{1,8})?\s*:"
    r"|[ \t]+(?P<about>(?:zu|zum|zur|über)[ \t]+[^\n:]{1,60}(?:\n[^\n:]{1,30})?):"
    r"|(?P<numbered>[ \t-]+(?:[A-ZÄÖÜ][\wäöü]+-)?Nr\.?[ \t]*:?)(?=[ \t]*\d[^\n]*(?<![^\d\s]\.)$)"
    # the label on a line of its own, no colon, the wording on the lines below (a portal's
    # label and value printed one under the other): "Beschluss" / "Soweit sich ... ergeben, ..."
    # (one blank line between, as komuna prints "Beschluss" / "" / "Zur Abstimmung kommt ...")
    r"|[ \t]*(?=\n(?:[ \t]*\n)?[ \t]*[A-ZÄÖÜ])"
    r"|(?P<taken>(?!)))")
# the minutes' sentence over the wording, told in the past, a head of the same kind (its
# group "taken" set): "Folgender Beschluss wurde gefasst:", "Der Gemeinderat fasste einstimmig
# folgenden Beschluss:" (a paper's "Der Gemeinderat fasst ... folgenden Beschluss:" is its
# proposal); matched only at the lines _TAKEN_CUE finds
_TAKEN_HEAD = re.compile(
    r"(?=[^\n]{0,130}\b(?:wurden?|fasste[n]?|gefasst|erging)\b)[ \t]*[^\n:]{0,80}?\b[Ff]olgende[nr]?[ \t]+Beschluss\b"
    r"(?P<taken>[^\n:]{0,40}):(?=[ \t]*$)(?P<about>(?!))?(?P<numbered>(?!))?", re.M)
_TAKEN_CUE = re.compile(r"olgende[nr]?[ \t]+Beschluss\b")


def _beschluss_heads(text: str) -> list[re.Match]:
    """The matches of _BESCHLUSS_HEAD and _TAKEN_HEAD in ``text``, in order."""
    heads = list(_BESCHLUSS_HEAD.finditer(text))
    taken = [m for cue in _TAKEN_CUE.finditer(text)
             if (m := _TAKEN_HEAD.match(text, text.rfind("\n", 0, cue.start()) + 1))]
    return sorted(heads + taken, key=lambda m: m.start()) if taken else heads
_ABSTIMMUNG = re.compile(r"(?im)Abstimmungsergebnis\s*:?|^[ \t]*Abstimmung\s*:")
_PROCEDURAL = re.compile(
    # (the minutes named with their object on the same line, not a heading "Wortprotokoll" over "Der Antrag ...")
    # (urgency as such, not the urgent motion the vote decides on its merits: "Das ist das Ergebnis
    # eines Dringlichkeitsantrags, ... So einstimmig am Ende die Abstimmung war")
    r"(?i)Tagesordnung(?!spunkt)|Dringlichkeit(?!santr)|Reihenfolge|Niederschrift(?:en)?[ \t]+(über|der|vom)|Protokoll(?:s|e)?[ \t]+(der|vom|Nr\.)|"
    r"Beschlussfähigkeit|Nichtbehandlung|Sitzung\s+eröffnet|Einwendungen|"
    # the order in which the meeting takes its items: "Die übrigen Tagesordnungspunkte ... werden
    # vorrangig beraten", "TOP 4 wird vorgezogen", "den Tagesordnungspunkt 4 ... zurückzustellen"
    r"(?:Tagesordnungspunkte?s?|TOP)\b[^.\n]{0,160}?\b(?:vorrangig|vorgezogen|vorzuziehen|zurückzustellen|zurückgestellt|abgesetzt|abzusetzen)\b"
    # where an item is dealt with: "die TOP 14 und 15 im öffentlichen Teil der Sitzung zu behandeln"
    r"|(?:Tagesordnungspunkte?s?|TOP)\b[^.\n]{0,160}?\b(?:öffentlichen|nichtöffentlichen|nicht\s+öffentlichen)\s+(?:Teil|Sitzung)\b"
)

# the approval of earlier minutes, a procedural vote: "Das Protokoll Nr. 11 vom
# 11.02.2019 wird genehmigt.", "Die Niederschrift über die Sitzung vom ... wird genehmigt."
_PREVIOUS_MINUTES = re.compile(
    r"\s*(?:Das|Die)\s+(?:Protokoll|Niederschrift|Sitzungsniederschrift)\b" + _S + r"{0,100}?"
    r"\b(?:wird|wurde|werden)\b[^.\n]{0,40}?\b(?:genehmigt|gebilligt|angenommen|festgestellt|bestätigt)\b")


# a vote stated in a record's own sentence: "mit 16 zu zwölf Stimmen angenommen"
_COUNTED_RE = re.compile(_RATIO_RE.pattern + r"[^.\n]{0,40}?\b(?:angenommen|abgelehnt|beschlossen|zugestimmt)")


# the value of a "Beschluss:" result label, on its line or the next one:
# "Beschluss: mehrheitlich beschlossen", "Beschluss:\nzur Kenntnis genommen"
# (a portal's result field), not a sentence of the resolution itself
_LABEL_VALUE = re.compile(r"[ \t]*(?:\n[ \t]*)?([^\s\d(][^\n]{0,79}?)[ \t]*(?=\n|$)")


def _result_label(chunk: str, minutes: bool) -> str | None:
    """The result a "Beschluss:" label states (``chunk`` starts after its
    colon): a short value that is no sentence, and outside minutes not a
    handling word ("Kenntnisnahme") a paper prints for a meeting to come."""
    m = _LABEL_VALUE.match(chunk)
    if not m:
        return None
    value = m.group(1).strip()
    if value[-1] in ".:;,!?" or _ABSTIMMUNG.match(value) or _BESCHLUSS_HEAD.match(value):
        return None
    if re.match(r"(?:Der|Die|Das|Dem|Den)\s", value):
        return None  # a sentence of the wording ("Der Gemeinderat stimmt zu"), not a result
    if not minutes and (ROLE_WORDS.fullmatch(value) or "\n" in m.group(0)):
        return None
    if "\n" in m.group(0) and _row_outcome(value) is None:
        return None  # a value on the next line counts only as a result
    return value


def _line_above(text: str, start: int) -> str:
    """The last non-blank line before ``start`` (a result label's agenda
    item, as a meeting page prints its title over the label), if short."""
    before = text[max(0, start - 400): start].rstrip()
    line = before[before.rfind("\n") + 1:]
    return line if len(line) <= 200 else ""


def _in_procedural_item(text: str, start: int) -> bool:
    """``start`` lies in a procedural agenda item: the nearest item heading
    above it (within a page's item, 1500 characters) names a procedure
    ("1. Genehmigung der Sitzungsniederschrift vom 26.04.2022")."""
    heads = list(_ITEM_HEAD.finditer(text, max(0, start - 1500), start))
    if not heads:
        return False
    line_end = text.find("\n", heads[-1].start())
    return bool(_PROCEDURAL.search(text[heads[-1].start(): line_end if 0 <= line_end < start else start]))


def _wording_below(chunk: str, label_end: int, nxt: re.Match | None) -> int | None:
    """Where the wording of a labelled result starts: the bare "Beschluss:"
    heading right below the label (only blank or vote lines between)."""
    if nxt is None or chunk[nxt.end():].split("\n", 1)[0].strip():
        return None
    between = chunk[label_end: nxt.start()]
    if any(line.strip() and not _ABSTIMMUNG.match(line) for line in between.split("\n")):
        return None
    return nxt.end()


# a change the meeting made to the wording it took, noted inside the wording: the part
# reprinted as changed ("Absatz 4 neu:", "Ziffer 2 (geändert):") or the minute-taker's note in
# brackets ("(Der Absatz 4 wurde entsprechend geändert und verlesen.)")
_CHANGED_IN_MEETING = re.compile(
    r"(?m)^[ \t]*(?:Absatz|Punkt|Ziffer|Satz|Nr\.)[ \t]*\d{1,2}[a-z]?[ \t]+(?:neu|\(?(?:neu|geändert)\)?)[ \t]*:"
    r"|\((?:Der|Die|Das)[ \t][^()\n]{0,80}?\b(?:wurde|wurden)[ \t]+(?:[^()\n]{0,40}?[ \t])?(?:geändert|abgeändert|ergänzt)\b[^()\n]*\)")


def _beschluss_blocks(text: str, minutes: bool, own_wording: bool = False) -> list[tuple[int, int, Decision]]:
    """'Beschluss:' with its text and Abstimmungsergebnis (any document), a
    'Beschluss:' whose text states its vote (any document), a portal's
    'Beschluss: <result>' label with the wording below it (any document), or
    in minutes a 'Beschluss:' / 'Beschluss StBR:' record without one;
    ``own_wording``: a page that prints no proposal, whose 'Beschluss:' heads
    the wording taken (an agenda item's page), counts it without a vote. The
    result a label states decides the outcome; the wording only where the
    label names none ("zurück in die Fraktionen ..." over "Die Vorlage wird
    ... verwiesen")."""
    out = []
    heads = _beschluss_heads(text)
    merged: set[int] = set()
    labelled: list[bool] = []  # a result stated without its wording (a label, or a vote under an empty heading)
    for i, m in enumerate(heads):
        if i in merged or (m.group("about") and _PROCEDURAL.search(m.group("about"))):
            continue
        chunk = text[m.end(): m.end() + 3000]
        nxt = _BESCHLUSS_HEAD.search(chunk)
        label = _result_label(chunk, minutes)
        if label is not None and _PROCEDURAL.search(_line_above(text, m.start())):
            continue  # the result of a procedural item, printed under its title: "3 Beschlussfassung über die Tagesordnung"
        if _in_procedural_item(text, m.start()):
            continue  # "1. Genehmigung der Sitzungsniederschrift vom 26.04.2022" ... "Beschluss"
        wording = None
        if label is not None:
            wording = _wording_below(chunk, chunk.find(label) + len(label), nxt)
            if wording is not None:
                merged.add(i + 1)
                nxt = _BESCHLUSS_HEAD.search(chunk, wording)
        stop = nxt.start() if nxt else len(chunk)
        ab = _ABSTIMMUNG.search(chunk)
        if ab and ab.start() < stop:
            body = chunk[: ab.start()]
            tail = _vote_tail(chunk[ab.end():])
            end = m.end() + ab.end() + len(tail)
        elif label is not None:
            body, tail = label, ""
            end = m.end() + chunk.find(label) + len(label)
        elif m.group("numbered"):
            # "Beschluss Drucksache-Nr.: 98/2015 <subject>": the wording is below the heading line
            line_end = chunk.find("\n") + 1 if "\n" in chunk else len(chunk)
            lead = len(chunk[line_end:]) - len(chunk[line_end:].lstrip())
            body = re.split(r"\n\s*\n", chunk[line_end + lead: stop])[0]
            tail = ""
            end = m.end() + line_end + lead + len(body)
        elif minutes and chunk.split("\n")[0].strip():
            body, tail = chunk.split("\n")[0], ""  # "Beschluss StBR: keiner, nur Kenntnisnahme"
            end = m.end() + len(body)
        elif not minutes and (counts := _COUNT_FIELD.search(chunk, 0, min(stop, 1500))):
            # the wording with its counts printed under it, one label a line:
            # "Für den Beschluss: 20" / "Gegen den Beschluss: 1" / "Anwesend: 21"
            lead = len(chunk) - len(chunk.lstrip())
            body = chunk[lead: counts.start()].strip()
            tail = _count_lines(chunk[counts.start(): stop])
            end = m.end() + counts.start() + len(tail)
        elif minutes or own_wording or labelled == [True] or m.group("taken") is not None \
                or _COUNTED_RE.search(chunk[:min(stop, 600)]):
            # in any document: a record that states its vote ("... mit 16 zu zwölf Stimmen angenommen."),
            # or the wording under the result the page stated first (merged with it below)
            lead = len(chunk) - len(chunk.lstrip())
            body = re.split(r"\n\s*\n\s*\n|\n\s*\d{1,2}\.\s+[A-ZÄÖÜ]|\nPunkt\s+\d", chunk[lead:stop])[0]
            tail = ""
            end = m.end() + lead + len(body)
        else:
            continue
        if re.match(r"\s*(?:I\.\s*)?Antrag\s+(an|den)\b", body):
            continue  # the proposal reprinted under "Beschluss:" of a paper
        if _PREVIOUS_MINUTES.match(body.split("\n", 1)[-1] if m.group("numbered") else body):
            continue  # a procedural vote: "Das Protokoll Nr. 11 vom 11.02.2019 wird genehmigt."
        votes = parse_votes((ab.group(0) + " " + tail) if ab and tail else tail) or (
            parse_votes(body) if minutes or _COUNTED_RE.search(body) else None)
        if votes is None and m.group("numbered"):
            # the counts on the last lines of a numbered resolution, under its wording and
            # result: "- Zustimmung" / "7x JA / 0x NEIN / 4x Enthaltung"
            votes = parse_votes(_last_count_lines(body))
        if votes is None and label is not None and not ab and not minutes:
            # the counts printed under a portal's result ("dafür: 5 (...)", "dagegen: 36 (...)")
            votes = parse_votes(chunk[: min(stop, 1500)])
        if votes is None and "Stimmen" in chunk:
            votes = _vote_form(chunk[:stop])
        if votes and "unanimous" not in votes and len(body.strip()) <= 80 and _UNANIMOUS_RE.search(body):
            votes["unanimous"] = True  # "Beschluss: Einstimmig empfohlen" / "Abstimmung: Ja: 6"
        outcome = outcome_of(tail) if re.search(r"(?i)zugestimmt|abgelehnt|vertagt|angenommen|beschlossen", tail) else None
        own = outcome_of(body[:1500])
        if outcome == "approved" and own in ("postponed", "referred", "amended", "withdrawn"):
            outcome = own  # "Die Vorlage wird ... verwiesen." / "Abstimmungsergebnis: Einstimmig zugestimmt."
        outcome = outcome or own
        if label is not None:
            stated = _row_outcome(label)
            if stated is None and wording is not None:
                body = label + "\n" + chunk[wording: stop]
                stated = outcome_of(body[:1500])
                end = m.end() + stop
            elif wording is not None:
                # the result the label states, its wording the paragraph below (which may take
                # note of one thing and decide another: one resolution for each, see _with_notes)
                body = re.split(r"\n[ \t]*\n", chunk[wording: stop].strip(), maxsplit=1)[0] or label
                end = m.end() + stop
                if stated == "approved" and (own := outcome_of(body)) in ("postponed", "referred", "amended", "withdrawn"):
                    stated = own  # "einstimmig angenommen" over "Die Anregung wird ... verwiesen."
            outcome = stated or outcome
        if outcome is None:
            outcome = _outcome_of_counts(votes)
        if outcome is None and own_wording and _DISPOSITION.match(body) and _PASSIVE_FIRST.search(body.split(". ", 1)[0]):
            # the wording as taken disposes directly in the passive, naming no decision verb ("Das
            # Tollhus ... werden als weitere Trauorte ... gewidmet"): what the page records is its
            # adoption (not a body's sentence, "Der Stadtrat hat Kenntnis ... und stellt ... zur Verfügung",
            # under counts printed above it)
            outcome = "approved"
        if outcome is None and m.group("numbered") and minutes and body.strip():
            outcome = "approved"  # a resolution listed under its number in a record of the meeting: its wording as adopted
        if outcome is None and (re.search(r"(?i)\b(einstimmig|mehrheitlich)\b", tail) or (votes or {}).get("unanimous")):
            outcome = "approved"  # "Abstimmungsergebnis: einstimmig"
        if outcome == "approved" and _CHANGED_IN_MEETING.search(body):
            outcome = "amended"  # the wording taken with a part the meeting changed
        if outcome is None:
            continue
        out.append((m.start(), end, _decision("resolution", outcome, body, votes)))
        labelled.append((label is not None and wording is None) or not body.strip())
    return _label_over_wording(out, labelled)


# a vote form printed under the wording, its labels each on a line and the
# counts filled in after them (SessionNet): "Einstimmig" / "Mit Stimmen-
# mehrheit" / "Ja" / "Nein" / "Enthaltung" / "1"; the two result labels are
# the form's boxes, not a result stated
_VOTE_FORM = re.compile(
    r"(?m)^[ \t]*Einstimmig[ \t]*\n\s*Mit[ \t]+Stimmen-?\s*mehrheit\s+"
    r"Ja\s+(?:(?P<yes>\d{1,3})\s+)?Nein\s+(?:(?P<no>\d{1,3})\s+)?Enthaltung(?:en)?(?:\s+(?P<abstain>\d{1,3}))?\b")


def _vote_form(s: str) -> dict | None:
    """The counts filled in on a vote form (_VOTE_FORM) in ``s``; None where
    there is no form or none of its counts is filled in."""
    m = _VOTE_FORM.search(s)
    if not m:
        return None
    votes = {k: int(v) for k, v in m.groupdict().items() if v is not None}
    return votes or None


def _label_over_wording(out: list[tuple[int, int, Decision]], labelled: list[bool]) -> list[tuple[int, int, Decision]]:
    """One resolution where a page prints its result at the top, a label or
    a vote under an empty heading, and the wording further down (ALLRIS:
    "Beschluss: ungeändert beschlossen" ... "Wortprotokoll" ... "Beschluss:"
    wording ... "Abstimmungsergebnis:"; SessionNet: "Beschluss:
    Abstimmungsergebnis:" / "Abstimmung: Ja: 15, Nein: 0" over "Beschluss
    Nr. 222" and its points): the result's outcome with the wording (the
    wording's where the result only approves what it refers, defers or
    changes), and the vote either of them states (not two different ones)."""
    if labelled != [True, False]:
        return out
    (start, _, top), (_, end, below) = out
    if top.votes and below.votes and top.votes != below.votes:
        return out
    outcome = top.outcome
    if outcome == "approved" and below.outcome in ("postponed", "referred", "amended", "withdrawn"):
        outcome = below.outcome  # "einstimmig angenommen" over "Die Anregung wird ... verwiesen."
    return [(start, end, _decision("resolution", outcome, below.text, top.votes or below.votes))]


def _outcome_of_counts(votes: dict | None) -> str | None:
    """Approved or rejected as the yes and no counts decide; none where either
    is missing or both are 0 ("JA-Stimmen:0 NEIN-Stimmen:0" is a form not filled in)."""
    if votes and "yes" in votes and "no" in votes and (votes["yes"] or votes["no"]):
        return "approved" if votes["yes"] > votes["no"] else "rejected"
    return None


# a count printed as a field of its own line: "Ja: 9", "Gegen den Beschluss: 1"
_COUNT_FIELD = re.compile(r"(?im)^[ \t]*(?:" + _YES_LABEL + "|" + _NO_LABEL + r")[ \t]*:[ \t]*\d{1,3}\b")


def _counts_stated(line: str) -> set[str]:
    """Which of the counts yes, no, abstain ``line`` states."""
    return {"yes", "no", "abstain"} & set(parse_votes(line) or {})


def _count_lines(s: str) -> str:
    """The lines of counts from the start of ``s`` (blank and attendance
    lines among them kept): up to the first line that states no count."""
    end = 0
    for line in s.split("\n"):
        t = line.strip()
        if t and not _ATTENDANCE_LINE.fullmatch(t) and not _counts_stated(t):
            break
        end += len(line) + 1
    return s[:end].rstrip()


def _last_count_lines(s: str) -> str:
    """The lines of counts at the end of ``s`` (blank lines among them kept)."""
    lines = s.rstrip().split("\n")
    start = len(lines)
    while start > 0 and (not lines[start - 1].strip() or _counts_stated(lines[start - 1])):
        start -= 1
    return "\n".join(lines[start:])


# the attendance printed over the counts of a vote: "Gesetzliche Anzahl des
# Stadtrates: 16" / "davon anwesend: 12" / "Ja-Stimmen: 10" ...
_ATTENDANCE_LINE = re.compile(
    r"(?i)(?:Gesetzliche\s+(?:Anzahl|Mitgliederzahl)|(?:davon\s+)?anwesend|Stimmberechtigte?|Befangen)\b[^:\n]{0,60}:\s*\d{1,3}")


# any "label: number" line (seats, members present) printed over the counts
_LABELLED_NUMBER = re.compile(r"[^\d:\n]{2,80}:[ \t]*\d{1,3}")


# a cell of a vote table printed one cell a line: a count ("13", "-") or a label ("Ja-Stimmen",
# "Zustimmung:", "Anwesende Mitglieder")
_CELL_COUNT = re.compile(r"\d{1,3}|-")
_CELL_LABEL = re.compile(r"[A-ZÄÖÜa-zäöüß][\wäöüÄÖÜß.§ -]{0,40}:?")


def _count_cells(s: str) -> str | None:
    """The counts of a vote table printed one cell a line, as "label: count"
    pairs: the labels in one column and the counts in the next ("Anwesende
    Mitglieder" / "Ja-Stimmen" / "Nein-Stimmen" / "Enthaltungen" / "13" / "13"
    / "0" / "0"), or each label over its count ("Zustimmung:" / "11" /
    "Ablehnung:" / "0"); None where the cells are no such table or name no
    yes count."""
    cells: list[str] = []
    for line in s.split("\n", 40)[:40]:
        t = line.strip()
        if not t:
            continue
        if not (_CELL_COUNT.fullmatch(t) or _CELL_LABEL.fullmatch(t)):
            break
        cells.append(t)
    labels = [c for c in cells if not _CELL_COUNT.fullmatch(c)]
    n = len(labels)
    if n < 2:
        return None
    if cells[:n] == labels and len(cells) >= 2 * n and all(_CELL_COUNT.fullmatch(c) for c in cells[n: 2 * n]):
        pairs = zip(labels, cells[n: 2 * n])  # a column of labels, a column of counts
    elif all(_CELL_COUNT.fullmatch(c) for c in cells[1: 2 * n: 2]) and cells[0: 2 * n: 2] == labels:
        pairs = zip(labels, cells[1: 2 * n: 2])  # each label over its count
    else:
        return None
    text = " ".join(f"{label.rstrip(':')}: {'0' if count == '-' else count}" for label, count in pairs)
    return text if "yes" in (parse_votes(text) or {}) else None


def _vote_tail(s: str) -> str:
    """The lines of an Abstimmungsergebnis (page numbers and attendance
    skipped). A result in words ("mehrheitlich abgelehnt") takes the counts
    printed on the next non-empty line with it ("4 Ja / 14 Nein / 0
    Enthaltungen"); counts printed one a line ("Ja-Stimmen: 8" / "Nein-Stimmen:
    0" / "Enthaltungen: 0") are read together, and so are the cells of a table
    printed one a line (_count_cells)."""
    if (cells := _count_cells(s)) is not None:
        return cells
    lines: list[str] = []
    rest = s.split("\n")
    for i, line in enumerate(rest):
        t = line.strip()
        if not t:
            if lines:
                break
            continue
        if re.fullmatch(r"\d{1,3}", t) or (not lines and _ATTENDANCE_LINE.fullmatch(t)):
            continue
        if not lines and _ABSTIMMUNG.fullmatch(t):
            continue  # the label again under a section heading of its name
        if not lines and _LABELLED_NUMBER.fullmatch(t) and not _counts_stated(t):
            continue  # a count of the body's seats over the vote: "davon besetzte Mandate: 15"
        lines.append(t)
        if len(lines) >= 3 or re.search(r"\d|einstimmig|keine\s+Abstimmung|Mehrheit", t, re.I):
            if not re.search(r"\d", t):
                lines.extend(_counts_below(rest[i + 1:]))
            elif len(_counts_stated(t)) == 1:
                # one count a line, a blank line between each at most ("Ja- Stimmen: 14" / "" / "Nein- Stimmen: 1")
                lines.extend(_counts_below(rest[i + 1:], blank_lines=1, spaced=True))
            break
    return " ".join(lines)


def _counts_below(rest: list[str], blank_lines: int = 2, spaced: bool = False) -> list[str]:
    """The vote-count lines right below a result in words: the first
    non-empty line (``blank_lines`` blank lines between at most) and the lines
    under it, as long as each states a count of yes, no or abstentions
    (``spaced``: one blank line between them allowed)."""
    out: list[str] = []
    blanks = 0
    for line in rest:
        t = line.strip()
        if not t:
            blanks += 1
            if (out and not spaced) or blanks > blank_lines:
                break
            continue
        if not _counts_stated(t):
            if _RESULT_IN_WORDS.fullmatch(t):
                out.append(t)  # the result in words under the counts: "10 Ja-Stimmen" / "einstimmig"
            break
        out.append(t)
        blanks = 0
    return out


# a result in words on a line of its own: "einstimmig", "mehrheitlich beschlossen"
_RESULT_IN_WORDS = re.compile(r"(?i)(?:einstimmig|einhellig|mehrheitlich)(?:[ \t]+(?:beschlossen|angenommen|zugestimmt))?[ \t]*\.?")


# the chair's closing formula: "Damit ist dieser Vorschlag mehrheitlich angenommen"
_CHAIR_FORMULA = re.compile(
    r"(?i)\b(?:Dann|Damit)\s+ist\s+(?:das|dies|es|(?:dieser|der|die|diese)\s+[\wäöüÄÖÜß-]*(?:[Aa]ntrag|[Vv]orschlag|[Vv]orlage))?"
    r"\s*(?:so\s+)?(?:(?:einstimmig|mehrheitlich)\s+)?(?:beschlos-?\s*\n?\s*sen|beschlossen|angenommen|abgelehnt)")
# a vote line of counts under the record of the decision it belongs to:
# "Die ... Haushaltsüberschreitungen wurden genehmigt." / "Abstimmung: 5 dafür 0 dagegen 0 Enthaltungen"
# the label may name what was voted on ("Abstimmungsergebnis zu 47052014: 11 mal Ja, ..."), and the
# counts may stand on the line below it, a blank line between ("Abstimmung:" / "" / "Ja: 15, Nein: 0");
# a label without its colon runs into the first count's label, on its line or the next
# ("Abstimmungsergebnis dafür: 8 dagegen: 0", "Abstimmungsergebnis" / "Dafür: 20, Dagegen: 0")
_COUNT_LINE = re.compile(r"(?im)^[ \t]*Abstimmung(?:sergebnis)?(?:(?:[ \t]+(?:zu|zum|zur|über)\b[^\n:]{1,40})?[ \t]*:[ \t]*(?:\n[ \t]*){0,2}"
                         r"(?:\d{1,3}(?:[ \t]+(?:mal|x))?[ \t]+(?:dafür|Ja)\b|(?:Ja|Dafür)(?:-?Stimmen)?[ \t]*:?[ \t]*\d)"
                         r"|[ \t]*\n?[ \t]*(?:Ja|Dafür)(?:-?Stimmen)?[ \t]*:[ \t]*\d)[^\n]*")
_PASSIVE_RECORD = re.compile(
    r"(?m)^[ \t]*[A-ZÄÖÜ](?:[^.\n]|\.(?=\w)|\b(?:St|Nr|Str|Abs|ca|bzw|Dr)\.){0,200}?\b(?:wurde|wurden)\s+"
    r"(?:[^.\n]{0,80}?\s)?(?:einstimmig\s+|mehrheitlich\s+)?"
    r"(?:erteilt|zugestimmt|beschlossen|genehmigt|abgelehnt|angenommen|verwiesen|überwiesen)(?=\s*[.!](?:\s|$)|\s*$)")
# the same record opening a sentence inside a line
_PASSIVE_SENTENCE = re.compile(_PASSIVE_RECORD.pattern.replace("(?m)^[ \\t]*", "", 1))
# a past fact the record recounts, not the meeting's decision: a date (not one the
# decision sets: "ab 01.01.2022", "bis zum 30.06."), "bereits"
_EARLIER = re.compile(r"(?<!\bab )(?<!\bbis )(?<!\bzum )\b\d{1,2}\.\s?(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]+\s+\d{4})|\b(?:bereits|schon|seinerzeit|damals)\b")
_VERTAGT = re.compile(r"(?i)\b(?:wird|wurde)\s+(?:[^.\n]{0,60}?\s)?vertagt\b")
# the head nouns a council's name ends in: Kreistag, Gemeinderat, Stadtverordnetenversammlung ...
_COUNCIL_ENDING = r"(?:ausschuss|rat|vertretung|versammlung|beirat|tag)"
# the body's past-tense record: "Der Kreistag beschloss einstimmig, dass ..."
_BODY_RECORD = re.compile(
    r"(?m)^[ \t]*(?:Der|Die|Das)\s+(?:[\wäöüÄÖÜß-]*" + _COUNCIL_ENDING + r"|Ausschuss|Rat|Gremium)\b"
    r"[^.\n]{0,60}?\s(?:empfahl|beschloss|stimmte|lehnte|nahm|bestätigte|hat\s+den\s+nachfolgenden|hat\s+[^.\n]{0,60}?(?:zur\s+Kenntnis\s+genommen|beschlossen|abgelehnt))[^:\n]*")
# the passive record of a motion: "Der Antrag wird mehrheitlich abgelehnt.", "Die Vorlage wird einstimmig
# beschlossen.", "Dieser Antrag wird mit 8 Ja-Stimmen zu 13 Nein-Stimmen abgelehnt."
_MOTION_RECORD = re.compile(
    r"(?m)^[ \t]*(?:Der|Die|Das|Dieser|Diese)\s+(?:[\wäöüÄÖÜß-]*[Aa]ntrag|Beschlussvorschlag|Beschlussempfehlung|Vorlage|"
    r"Empfehlung|Bericht|Mitteilung)\b[^.\n]{0,120}?\b(?:wird|wurde)\b[^.\n]{0,80}?\b(?:angenommen|abgelehnt|"
    r"beschlossen|zur\s+Kenntnis\s+genommen|zurückgezogen|verwiesen|zugestimmt)\b[^.\n]*")
# the body's record after the vote that opens its sentence, inside a line too (a heading run into
# the text): "Einstimmig hat der Gemeinderat beschlossen, dass ...", "Mehrheitlich stimmte der Rat ... zu"
_VOTE_FIRST_RECORD = re.compile(
    r"(?:Einstimmig|Einhellig|Mehrheitlich)[ \t]+(?:hat|haben|hatte|hatten|beschloss|beschlossen|stimmten?|lehnten?|"
    r"nahmen?|billigten?|genehmigten?|bestätigten?|empfahlen?|befürworteten?|vergaben?|wählten?|verabschiedeten?)"
    r"[ \t]+(?:der|die|das)[ \t]+(?:[A-ZÄÖÜ][a-zäöüß-]*" + _COUNCIL_ENDING + r"|Ausschuss|Rat|Gremium)\b[^.\n]*")
# a bare vote line: "Abstimmung: einstimmig", "Abstimmungsergebnis: mehrheitlich angenommen"
_BARE_VOTE_LINE = re.compile(r"(?im)^[ \t]*Abstimmung(?:sergebnis)?\s*:\s*(?:einstimmig|mehrheitlich)\b[^\n]*")
_MINUTES_RULES = [
    # "(Abstimmung 9:0 Stimmen)", "mit 8 zu 0 Stimmen"
    re.compile(r"(?i)\(?Abstimmung\s*:?\s*\d{1,3}\s*:\s*\d{1,3}\s+Stimmen\)?|\bmit\s+\d{1,3}\s+zu\s+\d{1,3}\s+Stimmen[^.\n]*"),
    # chair's closing formula
    _CHAIR_FORMULA,
    re.compile(r"(?i)\b(?:Das|Dies)\s+ist\s+(?:eine\s+)?(?:breite|große|klare|deutliche)?\s*Mehrheit\s+dafür"),
    re.compile(r"(?i)\bmit\s+(?:großer|breiter|deutlicher)\s+Mehrheit\b[^.]{0,200}?\bgewählt"),
    re.compile(r"(?i)\bDamit\s+ist\s+(?:[^.]|\b(?:Dr|Prof|Hr|Fr)\.){0,120}?\bgewählt"),
    _BODY_RECORD,
    _VOTE_FIRST_RECORD,
    _VERTAGT,
    # a record in the passive that ends on the decision, in a line of its own:
    # "Einem Baugesuch auf Neubau einer Doppelgarage ... wurde das Einvernehmen erteilt."
    _PASSIVE_RECORD,
    _BARE_VOTE_LINE,
    _COUNT_LINE,
    _MOTION_RECORD,
]
# a result word set after "Beschluss" itself, the wording following: "Beschluss
# einstimmig (in eigener Zuständigkeit): ...", "Beschluss: mehrheitlich", "Beschlussfassung: einstimmig"
_VOTE_AFTER_LABEL = re.compile(r"\bBeschluss(?:fassung)?[ \t]*:?[ \t]*(?:einstimmig|mehrheitlich)\b")
# a passive record naming the body that decided as its agent: "Alle Anträge ... wurden
# einstimmig vom Stadtrat beschlossen", "Der Bebauungsplan wurde von der
# Gemeindevertretung mehrheitlich angenommen", "... wird durch den Kreistag einstimmig gebilligt"
_AGENT_RECORD = re.compile(
    r"\b(?:wurden?|wird|werden)\s+(?:[^.\n]{0,60}?\s)?(?:vom|von\s+der|durch\s+(?:den|die))\s+"
    r"[A-ZÄÖÜ][a-zäöüß-]*(?:" + _COUNCIL_ENDING + r"|senat)(?:e?s)?\b"
    r"(?:[^.\n]{0,60}?\s)?(?:beschlossen|angenommen|abgelehnt|genehmigt|zugestimmt|gebilligt|befürwortet"
    r"|empfohlen|verabschiedet|bewilligt)\b")
# outside minutes, the records that state their vote (an agenda item's page
# that gives no result label: "Der Kreistag beschloss einstimmig, ...")
# (an agenda item's page may close on its bare vote line: "Über den Antrag lässt die
# Vorsteherin wie folgt abstimmen:" / "Abstimmungsergebnis: Einstimmig beschlossen")
_VOTED_RECORD_RULES = [_BODY_RECORD, _MOTION_RECORD, _VOTE_AFTER_LABEL, _AGENT_RECORD, _BARE_VOTE_LINE]
# (a count's noun, not a word that begins like one: "mit Kindern unter 3 Jahren")
# consent recorded as a state, in the record's own words: "Da grundsätzlich noch Beratungsbedarf
# besteht bestand Einvernehmen die Angelegenheit zunächst zurückzustellen ...", "besteht Einverständnis"
_CONSENT_RECORD = re.compile(r"\b(?:besteht|bestand|bestanden)\s+(?:[^\s.,;]+\s+){0,2}?(?:Einvernehmen|Einverständnis)\b[^.\n]*")
_STATED_VOTE = re.compile(r"(?i)\b(?:einstimmig|mehrheitlich)(?:e[nmrs]?)?\b|\d{1,3}\s+(?:Ja\b|Nein\b|Gegenstimm|Stimm)|\bmit\s+\d{1,3}\s+zu\s+\d")


# a body's record of its own decision with the vote it took, in the present or the
# past, inside a line too (run-together text): "Die GV beschließt einstimmig den
# Auftrag ...", "... Mossautal Die Gemeindevertretung stimmt einstimmig dem Verkauf ... zu."
# A body is a council noun or its abbreviation ending in the letter of its head noun
# (GR, GV, SVV, BVV, HFA, StR, KT: Rat, Vertretung, Versammlung, Ausschuss, Tag), not a
# group's (CDU, SPD); the record states its vote in its sentence: a proposal's
# "Der Gemeinderat beschließt, ..." states none.
_BODY = (r"(?:[A-ZÄÖÜ][a-zäöüß-]*" + _COUNCIL_ENDING + r"|Ausschuss|Rat|Gremium"
         r"|(?:[A-Z]{1,3}|St)[RVAT])\b")
_BODY_VERB = (r"(?:(?:fasst|fasste|fassten|fassen)(?=[ \t]+(?:[^\s.,;:]+[ \t]+){0,2}Beschl(?:uss|uß|üsse|üße)\b)|beschließt|beschloss|stimmt|stimmte|lehnt|lehnte|nimmt|nahm|empfiehlt|empfahl|vertagt|vertagte"
              r"|verweist|verwies|billigt|billigte|genehmigt|genehmigte|befürwortet|befürwortete)\b")
_BODY_DECIDES = re.compile(r"\b(?:Der|Die|Das)\s+" + _BODY + r"(?:[ \t]+[^\s.,;:]+){0,6}?[ \t]+" + _BODY_VERB)
# (it opens with a word boundary: searched at "Der", "Die", "Das", not at every position)
_body_decisions = opening_finditer(_BODY_DECIDES)
_BODY_DECIDES_CUE = re.compile(r"fass|beschl|stimm|lehnt|nimmt|nahm|empf|vertagt|verw|billigt|genehmigt|befürwort")
_SENTENCE_STOP = re.compile(r"(?<![\d\s])(?<!\bNr)(?<!\bNrn)(?<!\bStr)(?<!\bAbs)(?<!\bca)(?<!\bbzw)(?<!\bDr)(?<!\bSt)"
                            r"(?<!\bggf)(?<!\bvgl)(?<!\bgem)(?<!\bz\.B)[.!](?=\s|$)|\n[ \t]*\n")


def _under_procedural_item(text: str, start: int) -> bool:
    """The record at ``start`` stands right under the heading of a procedural
    agenda item ("2. Genehmigung der Niederschrift über die öffentliche Sitzung
    am 12.01.2016" / "Der Gemeinderat genehmigt einstimmig"): it settles that
    procedure, whatever its own words name."""
    line_start = text.rfind("\n", 0, start) + 1
    head_end = text.rfind("\n", 0, max(line_start - 1, 0))
    heading = text[head_end + 1: max(line_start - 1, 0)] if line_start else ""
    return bool(heading and _ITEM_HEAD.match(heading) and _PROCEDURAL.search(heading))


# the present of _BODY_VERB: the wording of a decision as a paper or a list of resolutions prints it
_PRESENT_VERB = re.compile(r"\b(?:fasst|fassen|beschließt|stimmt|lehnt|nimmt|empfiehlt|vertagt|verweist|billigt|genehmigt|befürwortet)\b")


def _body_records(text: str, wording: bool = False) -> list[tuple[int, int, Decision]]:
    """The records of _BODY_DECIDES whose sentence states the vote, but
    recounts no earlier decision and settles no procedure; ``wording``: the
    page lists resolutions as taken, so a body's wording in the present
    ("Der Kreistag nimmt den Bericht ... zur Kenntnis.") is one without a vote."""
    out = []
    if not _BODY_DECIDES_CUE.search(text):
        return out
    for m in _body_decisions(text):
        stop = _SENTENCE_STOP.search(text, m.end())
        start = m.start()
        record = text[start:stop.end() if stop else len(text)]
        adopted = wording and _PRESENT_VERB.fullmatch(m.group(0).split()[-1]) is not None
        if not adopted and (not _STATED_VOTE.search(record) or _EARLIER.search(record)):
            continue
        if _PROCEDURAL.search(record) or _under_procedural_item(text, start):
            continue
        votes = parse_votes(record)
        outcome = outcome_of(record) or _outcome_of_counts(votes) or "approved"
        out.append((start, start + len(record), _decision("resolution", outcome, record, votes)))
    return out


# what the chair puts to the vote, named in the question before the closing
# formula: "Wer gegen den geänderten Beschlussvorschlag ist, ..." -> amended
_VOTE_CUE = re.compile(r"(?i)abstimm|Abstimmung|Handzeichen|\bWer\s+(?:ist\s+)?(?:für|gegen|dafür|dagegen)\b|Gegenstimmen\?")
_MOTION_OUTCOMES = [
    ("amended", re.compile(r"(?i)\bgeänderten?\s+(?:Beschlussvorschlag|Vorschlag|Fassung)|\bÄnderungsantrag")),
    ("postponed", re.compile(r"(?i)\bzu\s+vertagen\b|\bVertagung\b|\bzurückzustellen\b")),
    ("referred", re.compile(r"(?i)\bzu\s+(?:verweisen|überweisen)\b|\b(?:Verweisung|Überweisung)\b")),
    ("noted", re.compile(r"(?i)\bzur\s+Kenntnis\s+zu\s+nehmen\b|\bKenntnisnahme\b")),
]
# an agenda item's heading in minutes: "Tagesordnungspunkt", "8.2 Festlegung der ..."
_ITEM_HEAD = re.compile(r"(?m)^[ \t]*(?:Tagesordnungspunkt|TOP\s*\d|\d{1,2}(?:\.\d{1,2})*\.?[ \t]+[A-ZÄÖÜ][a-zäöüß])")


def _motion_outcome(text: str, start: int) -> str | None:
    """The kind of motion a closing formula at ``start`` settles, read from
    the chair's question before it (within the same agenda item)."""
    before = text[max(0, start - 500): start]
    heads = list(_ITEM_HEAD.finditer(before))
    if heads:
        before = before[heads[-1].end():]
    cue = _VOTE_CUE.search(before)
    if not cue:
        return None
    sentence_start = max(before.rfind(c, 0, cue.start()) for c in ".?!") + 1
    question = before[sentence_start:]
    for name, rx in _MOTION_OUTCOMES:
        if rx.search(question):
            return name
    return None


def _superseded(text: str, m: re.Match) -> bool:
    """A "wird ... vertagt" that describes the proposal put to the vote: a
    closing formula follows in the same agenda item."""
    after = text[m.end(): m.end() + 2000]
    formula = _CHAIR_FORMULA.search(after)
    if not formula:
        return False
    return not _ITEM_HEAD.search(after[: formula.start()])


# the case-insensitive rules in a form for lowercased text, searched by their
# first letters: where they find a match, the rule itself is matched there
_MINUTES_LOWERED = {rx: low for rx in _MINUTES_RULES if (low := lowered_pattern(rx)) is not None}
# the lowered forms searched as entity rules are (an opening \b checked where
# the rest of the pattern matches, ...); each source carries its flags
_MINUTES_LOWERED_RULES = {rx: Rule(low.pattern) for rx, low in _MINUTES_LOWERED.items()
                          if re.compile(low.pattern).flags == low.flags}
# words one of which every match of a lowered rule holds: a text without
# any of them is not searched for the rule at all
_MINUTES_WORDS = {rx: words for rx, low in _MINUTES_LOWERED.items()
                  if (words := required_strings(low.pattern)) is not None}


def _rule_matches(rx: re.Pattern, text: str, low: str | None):
    """The matches of ``rx.finditer(text)``; ``low``: ``text.lower()`` where
    it holds no CASE_SPECIALS. A rule with a lowered form is searched in
    ``low`` (by its first letters, not at every position) and matched in
    ``text`` where that finds a match: the same spans."""
    if rx in _ARTICLE_LINE_RULES:
        yield from _article_line_matches(rx, text)
        return
    lowered = (_MINUTES_LOWERED_RULES.get(rx) or _MINUTES_LOWERED.get(rx)) if low is not None else None
    if lowered is None:
        yield from _finditer_of(rx)(text)
        return
    for found in lowered.finditer(low):
        yield rx.match(text, found.start())


@lru_cache(maxsize=None)
def _finditer_of(rx: re.Pattern):
    """``rx.finditer``, searched at the strings its matches open with where
    those are known (a rule opening with \\b before words would make the
    engine try every position)."""
    return opening_finditer(rx)


_SPACES = re.compile(r"\s*")

# the records every match of which opens a line with an article ("Der", "Die",
# "Das", "Dieser", "Diese"), blanks before it: tried only at such line starts
_ARTICLE_LINE_RULES = {_BODY_RECORD, _MOTION_RECORD}
_ARTICLE_LINE = re.compile(r"\n[ \t]*D")
_ARTICLE_FIRST_LINE = re.compile(r"[ \t]*D")


@lru_cache(maxsize=1)
def _article_line_starts(text: str) -> list[int]:
    """Where the lines of ``text`` that open with a D (blanks before it) start;
    kept for the one text the rules are tried on in several passes."""
    starts = [0] if _ARTICLE_FIRST_LINE.match(text) else []
    return starts + [found.start() + 1 for found in _ARTICLE_LINE.finditer(text)]


def _article_line_matches(rx: re.Pattern, text: str):
    """The matches of ``rx.finditer(text)`` for a rule of _ARTICLE_LINE_RULES."""
    pos = 0
    for start in _article_line_starts(text):
        if start < pos:
            continue
        m = rx.match(text, start)
        if m:
            yield m
            pos = m.end()



def _passive_matches(text: str):
    """The matches of ``_PASSIVE_RECORD``, tried only on the lines that hold
    "wurde": at the line's start, and where a sentence of a line run
    together from several opens before it (". Die Tagesordnungspunkte 2 bis
    9 wurden ... verwiesen.")."""
    pos = text.find("wurde")
    while pos >= 0:
        line_start = text.rfind("\n", 0, pos) + 1
        m = _PASSIVE_RECORD.match(text, line_start)
        if m is None:
            dot = text.rfind(". ", line_start, pos)
            if dot >= 0:
                m = _PASSIVE_SENTENCE.match(text, dot + 2)
        if m:
            yield m
        line_end = text.find("\n", pos)
        if line_end < 0:
            return
        pos = text.find("wurde", line_end)


@lru_cache(maxsize=1)
def _lowered(text: str) -> str | None:
    """``text.lower()`` where it holds no CASE_SPECIALS, else None; kept for
    the one text whose rules are searched in several passes."""
    return None if has_case_specials(text) else text.lower()


def _minutes_resolutions(text: str, rules: list[re.Pattern] = _MINUTES_RULES,
                         voted_only: bool = False) -> list[tuple[int, int, Decision]]:
    """Resolutions recorded by ``rules``; ``voted_only``: only records whose
    own sentence states the vote and recounts no earlier decision."""
    out = []
    low = _lowered(text)
    for rx in rules:
        if low is not None and rx in _MINUTES_WORDS and not any(w in low for w in _MINUTES_WORDS[rx]):
            continue
        for m in (_passive_matches(text) if rx is _PASSIVE_RECORD else _rule_matches(rx, text, low)):
            if rx is _VERTAGT and _superseded(text, m):
                continue
            if rx is _PASSIVE_RECORD and (_EARLIER.search(m.group(0)) or _PREVIOUS_MINUTES.match(m.group(0))):
                continue
            if voted_only and (not _STATED_VOTE.search(m.group(0)) or _EARLIER.search(m.group(0))):
                continue
            context = text[max(0, m.start() - 200): m.start()]
            sentence = text[m.start(): m.end() + 200]
            # (the lead-in of the record's sentence, not an earlier sentence of a line run together)
            lead_in = context[-200:]
            if rx is _PASSIVE_RECORD and ". " in lead_in and m.start() > 0 and text[m.start() - 1] != "\n":
                lead_in = lead_in.rsplit(". ", 1)[1]
            if _PROCEDURAL.search(lead_in + m.group(0)):
                continue
            # (the counts around the record, not those of the sentence before it on its line)
            near = max(0, m.start() - 200, text.rfind(". ", 0, m.start()) + 1 if m.start() and text[m.start() - 1] == " " else 0)
            votes = parse_votes(text[near: m.end() + 80]) if "Stimmen" in text[
                near: m.end() + 80] else parse_votes(m.group(0) + sentence[:120])
            start = m.start()
            if rx is _COUNT_LINE:
                if _in_procedural_item(text, m.start()):
                    continue  # the counts settling a procedure ("1. Genehmigung des Protokolls der ...")
                # the outcome is recorded in the paragraph above the counts: one decision with it
                above = re.split(r"\n\s*\n", text[max(0, m.start() - 400): m.start()].rstrip())[-1]
                outcome = outcome_of(above)
                start = text.rfind(above, 0, m.start())
                below = _wording_under_counts(text, m.end()) if outcome is None else []
                if below:
                    # the counts printed over the item's "Beschluss:" wording: one
                    # resolution per distinct outcome of its points, each with the vote
                    out.append((m.start(), m.end(), _decision("resolution", below[0], m.group(0), votes)))
                    out.extend((m.end(), m.end(), _decision("resolution", o, m.group(0), dict(votes or {}) or None))
                               for o in below[1:])
                    continue
            else:
                outcome = outcome_of(m.group(0)) or outcome_of(sentence[:200])
            if re.search(r"(?i)dafür|gewählt", m.group(0)) or (
                    outcome is None and re.search(r"(?i)\b(einstimmig|mehrheitlich)\b", m.group(0))):
                outcome = "approved"
            if outcome is None:
                outcome = _outcome_of_counts(votes)
            if outcome is None:
                continue
            if rx is _COUNT_LINE and _BESCHLUSS_HEAD.match(text, _SPACES.match(text, m.end()).end()):
                continue  # the counts of the wording printed below them ("Abstimmung: Ja: 28" / "Beschluss: ...")
            if rx is _CHAIR_FORMULA and outcome == "approved":
                outcome = _motion_outcome(text, m.start()) or outcome
            if votes and set(votes) == {"unanimous"} and not _UNANIMOUS_RE.search(m.group(0) + sentence[:150]):
                votes = None
            out.append((start, m.end(), _decision("resolution", outcome, m.group(0), votes)))
            if outcome == "postponed" and _REFERRED_TOO.search(text[m.start(): m.end() + 120].split(". ", 1)[0]):
                out.append((m.end(), m.end(), _decision("resolution", "referred", m.group(0), votes)))
    return out


def _wording_under_counts(text: str, end: int) -> list[str]:
    """The distinct outcomes of the "Beschluss:" wording that follows a vote
    line within a few lines (a portal prints the vote of an item over its
    wording: "Abstimmung: Ja: 28, Nein: 0" ... "Beschluss:" / "1. ... nimmt
    Kenntnis ..." / "2. ... beschließt ..."), none where other text with a
    result of its own stands between."""
    head = _BESCHLUSS_HEAD.search(text, end, end + 400)
    if head is None or head.group("numbered") or outcome_of(text[end: head.start()]):
        return []
    return _point_outcomes(_block(text, head.end()))


def _vote_table_resolutions(text: str) -> list[tuple[int, int, Decision]]:
    """Result columns 'x J; y N[; z E]' of a table of motions."""
    out = []
    if _JN_CUE.search(text) is None:
        return out
    for m in _JN_RE.finditer(text):
        yes, no = int(m.group(1)), int(m.group(2))
        votes = {"yes": yes, "no": no}
        if m.group(3):
            votes["abstain"] = int(m.group(3))
        out.append((m.start(), m.end(), _decision("resolution", "approved" if yes > no else "rejected",
                                                  m.group(0), votes)))
    return out


def _without_overlaps(spans: list[tuple[int, int, Decision]]) -> list[Decision]:
    spans.sort(key=lambda t: (t[0], -t[1]))
    out, last_end = [], -1
    for start, end, d in spans:
        if start < last_end:
            continue
        out.append(d)
        last_end = end
    return out


_RESULT_FIELD = r"Beschlussart|Beschluss|Ergebnis|Abstimmungsergebnis|Beschlussergebnis"
# the same field in a page's text, label and value on one line among other
# fields: "Gremium: Ausschuss für Finanzen ... Beschlussart: zur Kenntnis genommen"
# (any case: ALLRIS prints the earlier results of a paper as "BESCHLUSSART: ungeändert beschlossen")
_RESULT_FIELD_IN_TEXT = re.compile(r"\b((?i:Beschlussart|Beschlussergebnis)):[ \t]*([^\t\n]+?)(?=[ \t]+[A-ZÄÖÜ][\w/-]*:|[ \t]*(?:\t|\n|$))")


def resolutions_from_fields(doc) -> list[Decision]:
    """A RIS page's own result field ('Beschlussart: zur Kenntnis genommen'):
    a field of the HTML page, or in a page's text the label with its value."""
    fields = [(k, v) for k, v in (getattr(doc, "fields", None) or {}).items()
              if re.fullmatch(r"(?i)" + _RESULT_FIELD, str(k))]
    if not fields and re.search(r"(?i)Beschluss", doc.text[:5000]):
        fields = [(m.group(1), m.group(2)) for m in _RESULT_FIELD_IN_TEXT.finditer(doc.text[:5000])][:1]
    out = []
    for key, value in fields:
        value = str(value or "")
        outcome = _row_outcome(value) if value else None
        if outcome:
            out.append(_decision("resolution", outcome, f"{key}: {value}", parse_votes(value)))
    return out


# a web page that reports a meeting or lists its resolutions, named so in a
# heading of its own: "Aus der Gemeinderatssitzung vom 6. November 2014",
# "Beschlüsse der 5. Stadtratssitzung am 05. März 2015", "Bericht aus dem Gemeinderat"
_MEETING_REPORT = re.compile(
    r"(?m)^[ \t#*]*(?:Aus|Bericht\s+(?:aus|von|über))\s+(?:der|dem|die)\s+(?:[^\n]{0,40}?\s)?[\wÄÖÜäöüß-]*[Ss]itzung\b[^\n]{0,80}$"
    r"|^[ \t#*]*(?:Bericht\s+der|Beschlüsse\s+(?:der|aus\s+der))\s+(?:öffentlichen\s+|\d{1,3}\.\s+)?[\wÄÖÜäöüß-]*[Ss]itzung\b[^\n]{0,80}$"
    r"|^[ \t#*]*Aus\s+dem\s+[\wÄÖÜäöüß-]*(?:rat|tag)[ \t]*$"
    r"|^[ \t#*]*Beschlüsse\s+(?:aus\s+dem|des)\s+[\wÄÖÜäöüß-]*(?:rat|tag|ausschuss)(?:e?s)?\b[^\n]{0,80}$"
    # the line that opens the list of a meeting's resolutions: "Folgende Beschlüsse wurden gefasst:"
    r"|^[ \t#*]*(?:Folgende|Nachstehende|Diese)\s+Beschlüsse\s+wurden\s+(?:[^\n]{0,40}?\s)?gefasst[ \t]*:?[ \t]*$")


def _meeting_report(text: str) -> bool:
    return bool(_MEETING_REPORT.search(text[:1500]))


# the heading of a page that lists the resolutions of a meeting: "Beschlüsse der
# Kreistagssitzung vom 16.04.2008", "Beschlüsse aus dem Gemeinderat"
_RESOLUTIONS_HEADING = re.compile(r"(?m)^[ \t#*]*(?:Beschlüsse\s+(?:der|des|aus)\b|(?:Folgende|Nachstehende|Diese)\s+Beschlüsse\s+wurden\b)")


def _resolutions_list(text: str) -> bool:
    """``text`` lists the resolutions of a meeting under a heading of its own."""
    return any(_RESOLUTIONS_HEADING.match(m.group(0)) for m in _MEETING_REPORT.finditer(text[:1500]))


# a numbered entry of a list: "1. Mit der ... besteht Einverständnis.", "3.1 Zur Erstellung ..."
_LIST_ITEM = re.compile(r"(?m)^[ \t]*\d{1,2}(?:\.\d{1,2})*\.?[ \t]+(?=[A-ZÄÖÜ„\"])")


def _listed_resolutions(text: str) -> list[tuple[int, int, Decision]]:
    """The resolutions a page lists under the heading of their meeting ("Aus
    der Gemeinderatssitzung vom 17.02.2020" / "1. ..." / "2. ..."), the list
    right below the heading: each entry that states a decision in sentences
    is one resolution, its outcome from its wording, approved where the
    wording names none (the wording as taken); an entry ending in a colon
    introduces the entries under it, one that opens with a title (a short line
    without a full stop) is an agenda item over records of its own."""
    out = []
    for head in _MEETING_REPORT.finditer(text):
        pos = _SPACES.match(text, head.end()).end()
        item = _LIST_ITEM.match(text, pos)
        while item:
            nxt = _LIST_ITEM.search(text, item.end())
            gap = re.search(r"\n[ \t]*\n(?![ \t]*\d{1,2}(?:\.\d{1,2})*\.?[ \t]+[A-ZÄÖÜ„\"])", text[item.end():])
            end = item.end() + gap.start() if gap else len(text)
            if nxt and nxt.start() < end:
                end = nxt.start()
            entry = text[item.end(): end].strip()
            first = entry.split("\n", 1)[0]
            sentences = bool(_SENTENCE_STOP.search(first)) or len(first.split()) > 14
            if sentences and not entry.endswith(":") and not _PROCEDURAL.search(entry) \
                    and not _PREVIOUS_MINUTES.match(entry):
                out.append((item.start(), end, _decision("resolution", outcome_of(entry) or "approved", entry)))
            item = nxt if nxt and nxt.start() == _SPACES.match(text, end).end() else None
    return out


# the label of one entry of a list of resolutions, its number alone on the line:
# "Beschluss Nr.: STV 9/10/2025", "Beschluss Nr. 01 – 36./7."
_ENTRY_LABEL = re.compile(r"[ \t]*Beschluss(?:-|[ \t]+)?Nr\.?[ \t]*:?[ \t]*\S[^\n]{0,40}")
# a part's heading in a list of resolutions: a line of a few words that closes no sentence
_PART_HEADING_WORDS = 30


# the agenda item a part opens with, whatever its length: "zu TOP 7: Bericht der ..."
_PART_ITEM = re.compile(r"[ \t]*(?:zu[ \t]+)?(?:TOP|Tagesordnungspunkt)[ \t]*\d")


def _part_heading(line: str) -> bool:
    t = line.strip()
    if not t or t[-1] in ".!?":
        return False
    return _PART_ITEM.match(t) is not None or (len(t.split()) <= _PART_HEADING_WORDS and _SENTENCE_STOP.search(t) is None)


def _headed_resolutions(text: str) -> list[tuple[int, int, Decision]]:
    """The resolutions a page lists under its heading of a meeting's
    resolutions as headed parts rather than a numbered list: each part, a
    subject line (or the entry's label, "Beschluss Nr.: STV 9/10/2025") over
    the wording taken ("Erhöhung des Stammkapitals ..." / "Der Gemeinderat
    stimmt ... zu."), is one resolution, its outcome and vote from its
    wording, approved where the wording names none; a labelled entry that
    prints only its subject is a resolution taken on that subject. Parts that
    settle a procedure (the previous minutes) are none."""
    head = next((m for m in _MEETING_REPORT.finditer(text[:1500]) if _RESOLUTIONS_HEADING.match(m.group(0))), None)
    if head is None:
        return []
    parts: list[list] = []  # [start, end, labelled, subject lines, wording lines]
    pos = head.end()
    for line in text[head.end():].split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        label = _ENTRY_LABEL.fullmatch(line) is not None
        heading = label or _part_heading(line)
        if label or (heading and (not parts or parts[-1][4])):
            parts.append([start, start, label, [], []])
        if not parts:
            continue
        parts[-1][1] = min(pos, len(text))
        if not label:
            parts[-1][3 if heading and not parts[-1][4] else 4].append(line.strip())
    out = []
    for start, end, labelled, subject, wording in parts:
        said = " ".join(wording)
        if not said and not (labelled and subject):
            continue
        if _PROCEDURAL.search(" ".join(subject) + " " + said) or _PREVIOUS_MINUTES.match(said):
            continue
        told = said or " ".join(subject)
        out.append((start, end, _decision("resolution", outcome_of(told) or "approved", told,
                                          parse_votes(said) if said else None)))
    return out


# the line that opens an entry of a register of resolutions: the resolution's number alone,
# numbered in the year ("72/12/2012", "15/2019"), a short word of its kind before it ("Eil 01/2012")
_NUMBER_LINE = re.compile(r"(?m)^[ \t]*(?:[A-ZÄÖÜ][a-zäöüß]{1,12}\.?[ \t]+)?\d{1,3}/\d{1,4}(?:/\d{2,4})?[ \t]*$")


def _numbered_entries(text: str) -> list[tuple[int, int, Decision]]:
    """The resolutions of a register that prints each under its number, a
    line of its own over the wording taken and its "Abstimmungsergebnis:"
    ("71/12/2012" / "Der Gemeinderat ... beschließt ..." / "Abstimmungsergebnis:"
    / "Anwesend: 16 + 1/ Ja-Stimmen: 16 + 1"): where two entries or more name
    what they do, each entry worded in sentences is one resolution, approved
    where its wording names no outcome (the wording as taken), with the counts
    under it."""
    if "/" not in text:
        return []
    heads = list(_NUMBER_LINE.finditer(text))
    if len(heads) < 2:
        return []
    out, named = [], 0
    for head, nxt in zip(heads, heads[1:] + [None]):
        end = nxt.start() if nxt else len(text)
        entry = text[head.end(): end]
        ab = _ABSTIMMUNG.search(entry)
        wording = entry[: ab.start()] if ab else entry
        if not _SENTENCE_STOP.search(wording):
            continue
        outcome = outcome_of(wording)
        named += outcome is not None
        votes = parse_votes(entry[ab.end():]) if ab else None
        out.append((head.start(), end, _decision("resolution", outcome or "approved", wording, votes)))
    return out if named >= 2 else []


# a result line of an agenda as a meeting page fills it in after the meeting: the
# result set off by dashes under the item's subject, its counts after a comma
# ("- einstimmig beschlossen -", "- mit Mehrheit beschlossen -, Ja: 44, Nein: 22")
_RESULT_LINE = re.compile(r"(?m)^[ \t]*[-–][ \t]+([^\n]{3,100}?)[ \t]+[-–][ \t]*(?:,[ \t]*([^\n]{0,100}))?$")
_RESULT_LINE_CUE = re.compile(r"(?:beschlossen|abgelehnt|angenommen|zugestimmt|vertagt|zurückgestellt|zurückgezogen|"
                              r"verwiesen|genommen)[ \t]+[-–]")
# a handling word on a line of its own, which on an agenda that prints results is the
# item's result too ("Kenntnisnahme" under a Mitteilung)
_BARE_HANDLING = re.compile(r"(?m)^[ \t]*(?:Kenntnisnahme|zur\s+Kenntnis\s+genommen|vertagt|zurückgestellt|zurückgezogen|"
                            r"verwiesen)[ \t]*$")


def _agenda_results(text: str) -> list[tuple[int, int, Decision]]:
    """The results an agenda prints under its items once the meeting is
    held: each result line set off by dashes is one resolution, with the
    counts after it; where an agenda prints such results, a handling word on
    a line of its own ("Kenntnisnahme") under an item is that item's result.
    Results of procedural items (the agenda, the previous minutes) are none."""
    if _RESULT_LINE_CUE.search(text) is None:
        return []
    out = []
    for m in _RESULT_LINE.finditer(text):
        outcome = _row_outcome(m.group(1))
        if outcome is None or _PROCEDURAL.search(_line_above(text, m.start())):
            continue
        out.append((m.start(), m.end(), _decision("resolution", outcome, m.group(0).strip(),
                                                  parse_votes(m.group(0)))))
    if out:
        for m in _BARE_HANDLING.finditer(text):
            if not _PROCEDURAL.search(_line_above(text, m.start())):
                out.append((m.start(), m.end(), _decision("resolution", _row_outcome(m.group(0)), m.group(0).strip())))
    return out


def _same_vote(a: dict | None, b: dict | None) -> bool:
    """Two statements of one vote: both give the yes and no counts, and
    every count both give is the same. (A page of one agenda item prints its
    result with the counts at the top and the counts again under the wording
    of its minutes: "Abstimmung: Ja: 7, Nein: 1, Enthaltungen: 1" ...
    "Abstimmungsergebnis: 7 Ja Stimmen" / "1 Nein Stimme".)"""
    if not a or not b or not {"yes", "no"} <= (a.keys() & b.keys()):
        return False
    return all(a[k] == b[k] for k in a.keys() & b.keys() & {"yes", "no", "abstain"})


def _with_stated_vote(field: Decision, stated: list[dict | None]) -> Decision:
    """A page's result field with the vote its records state: the counts
    where every record that states one states the same."""
    stated = [v for v in stated if v]
    if field.votes is None and stated and all(v == stated[0] for v in stated):
        return Decision(field.kind, field.outcome, field.text, dict(stated[0]))
    return field


# a cell border of a table printed as text ("| Beschluss: | zur Kenntnis genommen | | |",
# "2 | Genehmigung der Niederschrift ..."): read as the blank between cells
_CELL_BORDER = re.compile(r"(?m)^\|[ \t]|[ \t]\|(?=[ \t]|$)|^\|$")


def _without_cell_borders(text: str) -> str:
    """``text`` with the borders of its table cells blanked (the same length,
    so every position stays), where its lines open with a cell or close one."""
    if "|" not in text:
        return text
    return _CELL_BORDER.sub(lambda m: " " * len(m.group(0)), text)


# the excerpt of the minutes for one agenda item, headed "Auszug - <subject>" (ALLRIS's
# agenda-item page), a line of the portal's own above it: the paper's Beschlussvorschlag it
# prints is the proposal the vote below it settles
_ITEM_EXCERPT = re.compile(r"\s*(?:[^\n]{1,40}\n)?[ \t]*Auszug[ \t]+[-–][ \t]+\S")


# the writer moving a motion in the first person: "namens der SPD-Fraktion beantrage ich ...",
# "Deshalb beantragen wir, ..."
_FIRST_PERSON_MOTION = re.compile(r"\bbeantrag(?:e[ \t]+ich|en[ \t]+wir)\b")


def _moves_in_first_person(text: str) -> bool:
    """``text`` is a motion its writer moves ("beantrage ich", "beantragen wir"): the
    decisions it tells are those its reasons recount, none taken on the page."""
    return "beantrag" in text and _FIRST_PERSON_MOTION.search(text, 0, 3000) is not None


def find_decisions(doc) -> list[Decision]:
    """Proposals and resolutions of ``doc``."""
    text = _without_cell_borders(doc.text)
    minutes = is_minutes(text) or _meeting_report(text)
    decisions: list[Decision] = []
    proposals: list[Decision] = []
    if not minutes or _ITEM_EXCERPT.match(text):
        proposals = find_proposals(text, web_page=getattr(doc, "kind", None) == "html")
        decisions.extend(proposals)
    in_rows = resolutions_from_beratungsfolge(doc)
    decisions.extend(in_rows)
    blocks = _beschluss_blocks(text, minutes)
    spans = blocks + _vote_table_resolutions(text)
    if not in_rows:
        spans += _agenda_results(text)
    if minutes:
        if _meeting_report(text):
            listed = _listed_resolutions(text)
            spans += listed or _headed_resolutions(text)
        spans += _minutes_resolutions(text, [rx for rx in _MINUTES_RULES if rx is not _COUNT_LINE])
        spans += [(a, b, d) for a, b, d in _body_records(text, wording=_resolutions_list(text))
                  if not any(a < end and start < b for start, end, _ in spans)]
    if minutes or not in_rows:
        # a vote line of counts under the record or paper it settles, outside a "Beschluss:"
        # block: "Abstimmungsergebnis: 16 mal Ja, 3 mal Nein, 2 Enthaltung"
        spans += [(a, b, d) for a, b, d in _minutes_resolutions(text, [_COUNT_LINE])
                  if not any(a < end and start < b for start, end, _ in blocks)
                  and (minutes or not any(_same_vote(d.votes, block.votes) for _, _, block in blocks))]
    taken = _without_overlaps(spans)
    field = resolutions_from_fields(doc)
    if len(field) == 1 and minutes and taken and all(d.outcome in (field[0].outcome, "approved") for d in taken):
        # an excerpt of the minutes for one item under the page's own result field: the field's
        # result, with the vote the records state ("Beschlussart: mit Änderungen im Ausschuss
        # beschlossen" over "Der Antrag wurde einstimmig bei 2 Enthaltungen angenommen")
        taken = [_with_stated_vote(field[0], [d.votes for d in taken])]
    if not (taken or field or decisions or minutes) and "Beschluss" in text and _BESCHLUSS_HEAD.search(text) \
            and not _faction_paper(text) and not _PROPOSAL_HEAD.search(text):
        # a page with no proposal of its own and no result besides: its "Beschluss:" heads
        # the wording as taken
        taken = _without_overlaps(_beschluss_blocks(text, minutes, own_wording=True))
    decisions.extend(_with_notes(taken))
    if not taken:
        taken = field
        if len(taken) == 1 and taken[0].votes is None:
            records = _minutes_resolutions(text, _VOTED_RECORD_RULES, voted_only=True)
            taken = [_with_stated_vote(taken[0], [d.votes for _, _, d in records])]
        decisions.extend(taken)
    if not (minutes or in_rows or taken or proposals) and _report_cue(text) and not _moves_in_first_person(text) \
            and is_report_page(text):
        # a report of a meeting in prose: the decisions its sentences tell of (a paper
        # with a proposal of its own reports none: its wording is the proposal's)
        reported = report_resolutions(text)
        if reported:
            decisions.extend(reported)
            return decisions
    if not (minutes or in_rows or taken) and (entries := _numbered_entries(text)):
        decisions.extend(d for _, _, d in entries)
        return decisions
    if not (minutes or in_rows or taken):
        # a page of an agenda item with no result of its own: the records that state their vote
        records = _minutes_resolutions(text, _VOTED_RECORD_RULES, voted_only=True)
        records += [(a, b, d) for a, b, d in _body_records(text) + _minutes_resolutions(text, [_CONSENT_RECORD])
                    if not any(a < end and start < b for start, end, _ in records)]
        decisions.extend(_without_overlaps(records))
    return decisions


# --- report pages --------------------------------------------------------------

# the council as the subject of a report's sentence: "der Stadtrat", "das Gremium",
# "das Stadtratsplenum", "die Gemeinderäte", a headline's bare "Gemeinderat stellt ...",
# named with its town's adjective: "Der Reutlinger Gemeinderat"
_REPORT_BODY = re.compile(
    r"(?:\b(?:[Dd]er|[Dd]ie|[Dd]as)[ \t]+(?:[A-ZÄÖÜ][a-zäöüß]+er[ \t]+)?(?:[A-ZÄÖÜ][a-zäöüß]*-[ \t]+(?:und|oder)[ \t]+)?"
    r"|^[ \t–-]*)(?:[A-ZÄÖÜ][a-zäöüß-]*(?:" + _COUNCIL_ENDING[3:-1]
    + r"|plenum|gremium|räte|mitglieder)|Ausschuss|Rat|Räte|Gremium|Plenum|Kreistag|Stadtverordneten"
    # a council's abbreviation, the letter of its head noun last: SVV, BVV, HFA (Versammlung,
    # Vertretung, Rat, Ausschuss, Tag)
    r"|(?:[A-Z]{2,3}|St)[RVAT])\b", re.M)
# the consent a council gives: "grünes Licht", "den Zuschlag"
_CONSENT_NOUNS = r"(?:Ok|Okay|O\.\s?K\.|grünes\s+Licht|Zustimmung|Einvernehmen|Zuschlag)"
# what a council did, as a report tells it: a verb in the past, the parts of a
# separable verb apart ("beschloss", "erteilte das Gremium die Aufträge", "gab der
# Ausschuss sein Ok", "stimmten ... zu"), or the perfect ("hat ... beschlossen");
# the present ("Der Stadtrat genehmigt ...", "beschließt:") is a paper's proposal
# a vote told by the side the council took: "Der Stadtrat stimmte mit den Stimmen aller Fraktionen
# dafür, dass ...", "stimmte der Ausschuss gegen den Antrag" (group 1: the side)
_VOTED_SIDE = re.compile(r"\bstimmten?\b(?:[ \t]+[^\s.,;:]+){0,8}?[ \t]+(dafür|dagegen|für|gegen)\b")
# what a council follows: a proposal, a recommendation, a motion, not followed "nicht"
_FOLLOWED = (r"[\wäöüß-]*(?:[Vv]orschl(?:ag|ägen)|[Ee]mpfehlung(?:en)?|[Aa]ntr(?:ag|ägen)|[Vv]otum)\b"
             r"(?![^.,;]{0,60}\bnicht\b)")
_REPORT_ACT = re.compile(
    r"\b(?:" + _VOTED_SIDE.pattern[2:] + r"|beschlo(?:ss|ß)(?:en)?|(?:erteilte|vergab|ermächtigte|billigte|genehmigte|verabschiedete|beauftragte|vertagte|"
    r"bewilligte|wählte|befürwortete|empfahl|votierte|verlieh)n?|"
    r"stimmten?\b" + _S + r"{0,200}?\bzu|lehnten?\b" + _S + r"{0,200}?\bab|stellten?\b" + _S + r"{0,200}?\bein|"
    r"nahm(?:en)?\b" + _S + r"{0,200}?\b(?:an|Kenntnis)|fassten?\b" + _S + r"{0,40}?\bBeschl(?:uss|uß|üsse|üße)|"
    # the decision put first, its verb after it: "Den entsprechenden Beschluss fasste der Stadtrat ..."
    r"Beschl(?:uss|uß|üsse|üße)[ \t]+fassten?|"
    r"(?:hat|haben)\b" + _S + r"{0,200}?\bKenntnis[ \t]+genommen|setzten?\b" + _S + r"{0,200}?\bdurch|"
    r"gab(?:en)?\b" + _S + r"{0,80}?\b" + _CONSENT_NOUNS + r"|"
    r"(?:hat|haben)\b" + _S + r"{0,200}?\b" + _CONSENT_NOUNS + r"\b" + _S + r"{0,80}?\bgegeben|"
    r"hatten?\s+keine(?:rlei)?\s+(?:Einwände|Bedenken)|sprachen?\s+sich\b" + _S + r"{0,200}?\b(?:für|gegen)|"
    r"(?:hat|haben)\s+sich\b" + _S + r"{0,200}?\bausgesprochen|"
    r"stellten?\s+sich\b" + _S + r"{0,60}?\bhinter|"
    # the council follows a proposal or a motion: "der Gemeinderat folgte einem Antrag, die Höchstgrenze
    # ... herabzusetzen", "Dem folgte das Ratsgremium." after the proposal told (not "Es folgte
    # eine Aussprache", "folgte dem Vorschlag nicht")
    r"folgten?[ \t]+(?:[^\s.,;:]+[ \t]+){0,4}?(?:dem|der|den|einem|einer)[ \t]+(?:[^\s.,;:]+[ \t]+){0,2}?" + _FOLLOWED + r"|"
    r"(?:(?<![\wäöüß])[Dd]em|[Dd]iesem)(?:[ \t]+" + _FOLLOWED + r")?[ \t]+folgten?[ \t]+(?:der|die|das)\b"
    r"(?![^.,;]{0,60}\bnicht\b)|"
    # (the perfect's bracket may hold the whole middle field: "hat der Rat auch Dieter Knöner als
    # stellvertretenden Ortsbrandmeister von Hohenrode und ... für die Dauer von sechs Jahren ... ernannt")
    r"(?:hat|haben|hatten?)\b" + _S + r"{0,300}?\b(?:beschlossen|erteilt|vergeben|ermächtigt|gebilligt|genehmigt|verabschiedet|"
    r"beauftragt|vertagt|bewilligt|gewählt|befürwortet|empfohlen|zugestimmt|abgelehnt|angenommen|eingestellt|entschieden|verliehen|"
    # (the council's Feststellung: "der Gemeinderat hat dies so festgestellt", "hat den Jahresabschluss festgestellt")
    r"ernannt|festgestellt))\b"
    # (a participle the passive's auxiliary follows is one of a clause inside the sentence: "hat der
    # Stadtrat nun, nachdem das Thema immer wieder vertagt worden war, ... auch beschlossen")
    r"(?![ \t]+(?:worden|wurden?|war|waren)\b)")
# a headline's present tense, which tells what was done as a report's past does
# ("Der Reutlinger Gemeinderat stimmt zu", "Gemeinderat lehnt Antrag ab"), not a
# meeting to come ("beschließt am Donnerstag über ...")
_HEADLINE_ACT = re.compile(
    r"\b(?:beschließt(?![ \t]+(?:am|heute|morgen|über|im|in)\b)|billigt|genehmigt|bewilligt|vergibt|verabschiedet|"
    r"befürwortet|ermächtigt|beauftragt|vertagt|wählt|stimmt\b" + _S + r"{0,200}?\bzu|lehnt\b" + _S + r"{0,200}?\bab|"
    r"gibt\b" + _S + r"{0,80}?\b(?:grünes\s+Licht|Zustimmung|Ok|Okay)|spricht\s+sich\b" + _S + r"{0,200}?\b(?:für|gegen)|"
    r"nimmt\b" + _S + r"{0,200}?\bKenntnis)\b")
# a sentence opened by the council as its subject and closed by a full stop: the minutes'
# record in the present ("Der Ausschuss nimmt den Antrag zur Kenntnis."), told as a
# headline tells it (a line ending in a colon is a motion's formula over its wording)
_SUBJECT_FIRST = re.compile(r"[ \t–-]*(?:Der|Die|Das)[ \t]")
# a time to come, which makes the present tense a meeting's announcement: "Der Gemeinderat
# nimmt am Dienstag den Bericht zur Kenntnis", "in seiner nächsten Sitzung"
_TIME_TO_COME = re.compile(r"\b(?:am[ \t]+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)|heute|morgen|"
                           r"nächste[nmrs]?|kommende[nmrs]?|demnächst|voraussichtlich)\b")
# a decision told in the past passive: "Dieser Punkt wurde zunächst vertagt", "ist ...
# der städtische Haushalt verabschiedet worden", "wurden zwei weitere Vereine ... aufgenommen",
# in a clause of its own the auxiliary last: "weil der ... Antrag ... positiv entschieden wurde"
_REPORT_PARTICIPLE = re.compile(
    r"\b(?:beschlossen|angenommen|abgelehnt|genehmigt|vergeben|erteilt|eingestellt|aufgenommen|verabschiedet|gebilligt|"
    r"bewilligt|bestätigt|geändert|festgesetzt|festgelegt|beauftragt|gewählt|vertagt|zurückgestellt|verwiesen|zugestimmt|"
    r"entschieden|zurückgezogen|ernannt|berufen|"
    # the request granted: "Dem Konzept ... wurde einstimmig entsprochen", "dem Antrag wird entsprochen"
    r"entsprochen|"
    # the decision as the noun of its light verb: "wurde der Beschluss gefasst, ...", "wurde einstimmig
    # der Aufstellungsbeschluss gefasst" (not "kein Beschluss", "Beschluss ... nicht gefasst")
    r"(?<![Kk]ein[ \t])(?<![Kk]einen[ \t])[\wäöüß-]*[Bb]eschl(?:uss|uß|üsse|üße)[ \t]+(?:(?!nicht\b)[^\s.,;:]+[ \t]+){0,2}?gefasst)\b")
# the participle put first, the auxiliary after it, at most one word before: "Außerdem
# beschlossen wurde die Änderung der Hauptsatzung", "Einstimmig angenommen wurde ..."
_FRONTED = re.compile(r"[ \t]*(?:(?![Nn]icht\b)[\wÄÖÜäöüß-]+[ \t]+)?")  # (not "Nicht beschlossen wurde ...")
# a motion withdrawn by its mover, whoever that is (a group, not the council): "die CDU hat ihren
# Antrag zurückgezogen", "zog die Fraktion den Antrag zurück"
_MOTION_WITHDRAWN = re.compile(r"\b(?:hat|haben|zog|zogen)\b" + _S + r"{0,80}?\b(?:[\wäöüß-]*[Aa]ntr(?:ag|äge)|Vorlage)\b"
                               + _S + r"{0,60}?\bzurück(?:gezogen)?\b")
# a vote told by the number of members for the matter (the motion, the contract; not a candidate):
# "stimmten 18 Fraktionsmitglieder von CDU, FDP und Grünen für den städtebaulichen Vertrag",
# "Für den Antrag stimmten 20 Stadtverordnete"
_MEMBERS_FOR = re.compile(r"\bstimmten\s+(?P<n>\d{1,3})\s+[A-ZÄÖÜ][\wäöüß-]+\b" + _S + r"{0,80}?\s(?:für\s+(?:den|die|das)\b|dafür\b)"
                          r"|\b(?:[Ff]ür\s+(?:den|die|das)\s+" + _S + r"{1,80}?|[Dd]afür\s+)stimmten\s+(?P<m>\d{1,3})\s+[A-ZÄÖÜ]")
# a decision told through its vote, the matter or the vote as the subject: "Mit 21 gegen 20
# Stimmen fand ... eine Beschlussvorlage eine Mehrheit", "Der Antrag fand keine Mehrheit",
# "Ebenso einhellig fiel das Votum der Räte für den Wirtschaftsplan ... aus"
_VOTE_TOLD = re.compile(r"\b(?:fand|fanden)\b" + _S + r"{0,120}?\b(?:keine|eine|die)[ \t]+(?:[a-zäöüß]+[ \t]+)?(?:Mehrheit|Zustimmung)\b"
                        # the same in the perfect: "Der ... Satzungsentwurf hatte keine Mehrheit gefunden"
                        r"|\b(?:hat|hatte|haben|hatten)\b" + _S + r"{0,120}?\b(?:keine|eine|die)[ \t]+(?:[a-zäöüß]+[ \t]+)?"
                        r"(?:Mehrheit|Zustimmung)[ \t]+gefunden\b"
                        r"|\b(?:fiel|fielen)\b" + _S + r"{0,120}?\bVot(?:um|en)\b|\bVot(?:um|en)\b" + _S + r"{0,200}?\b(?:fiel|fielen)\b"
                        # an election told by a candidate's votes: "Bei der Wahl des dritten Beigeordneten ...
                        # mit zehn von 34 Stimmen ... unterlag" (an election elects)
                        r"|\bWahl[ \t]+(?:des|der|zum|zur)\b" + _S + r"{0,200}?\bmit[ \t]+[\wäöü]+[ \t]+(?:von[ \t]+\d{1,3}[ \t]+)?Stimmen\b")
# a decision told as a noun, with the verb of its happening: "war der Beschluss über die
# Vereinsförderung der ohne Diskussion einstimmig erfolgte", "Die Entscheidung fiel einstimmig",
# "Einstimmig fiel der Beschluss für ..."
_DECISION_HAPPENED = re.compile(r"\b(?:Beschluss|Beschlüsse|Beschlussfassung|Entscheidung)\b" + _S + r"{0,120}?\b(?:erfolgte|erfolgten|fiel|fielen)\b"
                                r"|\b(?:erfolgte|fiel)[ \t]+(?:[^\s.,;:]+[ \t]+){0,3}?(?:der|die)[ \t]+(?:Beschluss|Entscheidung)\b"
                                # the vote as the subject, its result the predicate: "Die Abstimmung war
                                # einstimmig", "So einstimmig am Ende die Abstimmung war, ...", "Das Votum
                                # fiel mehrheitlich aus" (a vote without its result, "Die Abstimmung war
                                # geheim", tells none)
                                r"|\b(?:einstimmig|einhellig|mehrheitlich)\b[^.,;:]{0,60}?\b(?:Abstimmung|Votum)[ \t]+(?:war|fiel)\b"
                                r"|\b(?:Abstimmung|Votum)[ \t]+(?:war|fiel)[ \t]+(?:[^\s.,;:]+[ \t]+){0,3}?(?:einstimmig|einhellig|mehrheitlich)\b")
# a decision as the subject its sentence opens on, naming its matter, told as a fact: "Ein
# Beschluss zur Sanierung eines Verbindungsstücks der Vulkanschleife zeigt das Engagement ..."
# (not one still open or not taken: "Ein Beschluss zur Sanierung steht noch aus")
_DECISION_SUBJECT = re.compile(r"[ \t]*Ein[ \t]+Beschluss[ \t]+(?:zur|zum|über|für)[ \t](?![^.]*\b(?:noch|erst|nicht|kein\w*|aus|nächste\w*)\b)")
_VOTE_TOLD_AGAINST = re.compile(r"\bkeine[ \t]+(?:[a-zäöüß]+[ \t]+)?(?:Mehrheit|Zustimmung)\b|\bVot(?:um|en)\b[^.]{0,80}?\bgegen\b")
# a record told as one more decision: "Außerdem beschlossen wurde ...", "wurden ebenfalls Vergaben beschlossen"
_FURTHER = re.compile(r"\b(?:[Aa]ußerdem|[Ee]benfalls|[Ee]benso|[Zz]udem|[Ff]erner|[Ww]eiterhin|[Dd]arüber\s+hinaus)\b")
# a council's resolving that names what it resolves in a clause of its own, a "dass" clause or an
# infinitive: "beschloss der Kreistag nach eingehender Diskussion, seine Entscheidungsbefugnis ... in den
# Kreisausschuss zu delegieren" (a decision of its own, as a passive record naming its matter is)
_RESOLVED_MATTER = re.compile(r"\bbeschlo(?:ss|ß)(?:en)?\b[^.,;:]{0,80},[ \t]*(?:dass|daß|[^.,;:]{0,150}?\bzu[ \t]+[a-zäöüß]+(?:en|ern|eln)\b)")
_REPORT_AUXILIARY = re.compile(r"\b(?:wurde|wurden|ist|sind)\b")
_AUXILIARY_LAST = re.compile(r"[ \t]+(?:wurde|wurden)\b")
# the conjunction that opens such a clause ("weil", "dass", "womit", the votes' "bei denen"; a
# relative clause, "die ... abgelehnt wurden", tells of its noun, not of a decision)
_CONJUNCTION_CLAUSE = re.compile(r"(?:^|,)[ \t]*(?:weil|da|dass|daß|so\s*dass|womit|wodurch|wobei|indem|bei[ \t]+denen)\b[^,]*$")
# a relative clause on a motion or a paper that ends its sentence tells what became of it:
# "erfolgte ein fast wortgleicher Antrag von der ÖDP/PU Fraktion, der sodann einstimmig
# angenommen wurde" (one a main clause follows qualifies its noun: "Anträge ..., die ...
# abgelehnt wurden, müssen ... neu gestellt werden")
_MOTION_CLAUSE = re.compile(r"\b(?:[\wäöüß-]*[Aa]ntr(?:ag|äge)|[\wäöüß-]*[Vv]orlagen?)\b[^,.;]{0,60},[ \t]*(?:der|die|das)\b[^,]*$")
_PARENTHESES = re.compile(r"\([^()\n]*\)")
_SPAN = re.compile(r"[\s\S]+")  # a match over a given span, as the other acts give one
_REPORT_PASSIVE_PERFECT = re.compile(r"\b(?:ist|sind)\b" + _S + r"{0,200}?\bworden\b")
# a result standing alone on its line, no subject: "ABGELEHNT", "Natürlich abgelehnt.",
# "Zu unserer Überraschung: EINSTIMMIG ANGENOMMEN."
_BARE_RESULT = re.compile(
    r"(?im)(?:^|:)[ \t]*(?:[\wäöüß]+[ \t]+)?(?:(?:einstimmig|mehrheitlich)[ \t]+)?"
    r"(?:angenommen|abgelehnt|beschlossen|vertagt|zugestimmt|zurückgezogen)[ \t]*[.!]?[ \t]*$")
# a sentence that tells of an earlier decision, of one to come, or of what one wants
# ("bereits" after an article qualifies a noun: "der bereits in den Fachausschüssen
# durchgewunkene Vorschlag" is still the one adopted now)
_NOT_TAKEN = re.compile(
    # (opening the sentence too: "Bereits im Jahr 2020 hat der ... Stadtrat ... 2021 beschlossen.")
    r"(?<!\bder )(?<!\bdie )(?<!\bdas )(?<!\bden )(?<!\bdem )\b(?:[Bb]ereits|[Ss]chon)\b|"
    # ("zuvor" in a participle's attribute before its noun dates the motion, not the act: "Der ...
    # zuvor zur Abstimmung gestellte Satzungsentwurf ... hatte keine Mehrheit gefunden")
    r"\bzuvor\b(?![ \t]+(?:[^\s.,;]+[ \t]+){0,3}?[a-zäöüß]+(?:t|en)(?:e|en|er|es|em)\b)|"
    r"\b(?:damals|seinerzeit|soll|sollen|sollte|sollten|will|wollen|wollte|muss|müssen|"
    r"könnte|könnten|möchte|würde|würden)\b|\?|"
    # the present passive, a decision to come: "Ziel ist, dass in der SVV im Januar eine
    # Bürgerhaushaltssatzung beschlossen wird."
    r"\b(?:beschlossen|verabschiedet|genehmigt|abgelehnt|vergeben|zugestimmt)[ \t]+(?:wird|werden)\b")
# the pluperfect, an earlier decision: told as taken where it names the day it was taken
# ("Die Stadtverordneten hatten auf ihrer Sitzung am 10.12.2014 auch beschlossen, ..."),
# background where it names none ("Der Rat hatte dem Antrag zugestimmt, ...") or a day before
# the meeting the page reports (_earlier_meeting)
_PLUPERFECT = re.compile(r"\bhatten?\b" + _S + r"{0,200}?\b(?:beschlossen|abgelehnt|genehmigt|"
                         r"zugestimmt|vergeben|erteilt|beauftragt|festgestellt)\b")


def _not_taken(clause: str) -> bool:
    """``clause`` tells of a decision to come, of what one wants, or of an
    earlier one without its day."""
    return bool(_NOT_TAKEN.search(clause) or (_PLUPERFECT.search(clause) and not DATE_RE.search(clause)))
# (an abbreviation's full stop, tried first at each word, ends none; nor does the full stop of
# a number before a number, a month or a word in lower case, a date's or an ordinal's:
# "am 17. Dezember 2009 ... beschlossen", "am 15.10. auf der Tagesordnung")
_REPORT_SENTENCE = re.compile(
    # (nor the full stop of an ordinal after its article or adjective: "folgende 1. Änderungssatzung")
    r"(?:\b(?:Nr|Str|Abs|ca|bzw|Dr|St|Fl|e\.V|vgl)\.|\b(?:der|die|das|den|dem|des|zur|zum|im|eine[nmrs]?|folgende[nmrs]?)"
    r"[ \t]+\d{1,2}\.(?=[ \t]+[A-ZÄÖÜ])|[^.!?\n]|(?<=\d)\.(?=\s?(?:\d|[a-zäöüß]|(?:Januar|Februar|März|"
    r"April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b))|\.(?=\w))+[.!?]?")


# a part of a word every record of a report holds (its verb, participle or result);
# a text with none of them tells no decision
_REPORT_CUES = (
    "beschlo", "angenommen", "abgelehnt", "genehmigt", "vergab", "vergeben", "erteilt", "eingestellt", "aufgenommen",
    "verabschiedet", "billigt", "bewilligt", "geändert", "festgesetzt", "festgelegt", "beauftragt", "gewählt", "wählte",
    "vertagt", "zurückgestellt", "verwiesen", "zugestimmt", "zurückgezogen", "ermächtigt", "befürwortet", "empfahl",
    "empfohlen", "votierte", "stimmte", "lehnte", "stellte", "nahm", "fasste", "setzte", "gab", "hatte", "bestätigt",
    "sprach", "ausgesprochen", "entschied", "stimmt", "beschließt", "lehnt", "vergibt", "mehrheit", "votum", "voten",
    "verlieh", "gegeben", "stimmen", "wahl", "dagegen", "erfolgte", "fiel", "ernannt", "berufen", "verschoben",
    "kenntnis", "gefunden", "entsprochen", "gefasst", "abstimmung", "festgestellt", "folgte", "ein beschluss ")
_REPORT_CUE = re.compile("|".join(_REPORT_CUES))


def _report_cue(text: str) -> bool:
    """``text`` has an article's length and a cue of a report's record."""
    return len(text) <= ARTICLE_LENGTH and _REPORT_CUE.search(text.lower()) is not None


def _cued_lines(text: str) -> list[tuple[str, bool]]:
    """The lines of ``text``, each with whether it holds a cue of a record."""
    lines = text.split("\n")
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer: line by line
        return [(line, _REPORT_CUE.search(line.lower()) is not None) for line in lines]
    out, start = [], 0
    hits = iter(m.start() for m in _REPORT_CUE.finditer(low))
    hit = next(hits, None)
    for line in lines:
        end = start + len(line)
        cued = False
        while hit is not None and hit < end:
            cued = cued or hit >= start
            hit = next(hits, None)
        out.append((line, cued))
        start = end + 1
    return out


def _report_heading(line: str) -> bool:
    """A heading of a report's part: a short line that ends in no sentence
    mark and states no result of its own, or a shorter one that opens a part
    with a colon ("Zu 1):")."""
    t = line.strip()
    if not t or len(t) > 160:
        return False
    words = len(t.split())
    short = (words <= 14 and t[-1] not in ".!?:;,") or (words <= 4 and t[-1] == ":")
    return short and not _BARE_RESULT.search(t)


def _report_passive(sentence: str) -> re.Match | None:
    """The passive act of a report's sentence, from its auxiliary to its
    participle ("wurde ... einstimmig beschlossen", "ist ... verabschiedet
    worden"); "ist ... beschlossen" without "worden" is a state, not the act."""
    for participle in _REPORT_PARTICIPLE.finditer(sentence):
        act = _passive_at(sentence, participle)
        if act is not None:
            return act
    return None


def _passive_at(sentence: str, participle: re.Match) -> re.Match | None:
    """The passive act whose participle is ``participle``, or None (a
    clause before the main one, "Während der Antrag ... aufgenommen wurde,
    wurde ... ein Prüfauftrag erteilt", holds a participle that is not the
    act)."""
    auxiliaries = list(_REPORT_AUXILIARY.finditer(sentence, 0, participle.start()))
    if not auxiliaries:
        last = _AUXILIARY_LAST.match(sentence, participle.end())
        clause = _PARENTHESES.sub("", sentence[: participle.start()])
        if last is None or not (_CONJUNCTION_CLAUSE.search(clause) or _FRONTED.fullmatch(clause)
                                or (_MOTION_CLAUSE.search(clause) and not sentence[last.end():].strip(" \t.!"))):
            return None
        return _SPAN.match(sentence, participle.start(), last.end())
    if auxiliaries[0].group(0) in ("ist", "sind") and not _REPORT_PASSIVE_PERFECT.search(sentence):
        return None
    return _SPAN.match(sentence, auxiliaries[0].start(), participle.end())


# the participle of a report's act put first, the perfect's auxiliary after it ("Vertagt hat
# der Gemeinderat am Mittwochabend die Entscheidung ...", "Einstimmig beschlossen haben die Räte ...");
# the capital of a participle inside a sentence marks it as put first
_FRONTED_PERFECT = re.compile(
    r"(?:\b[Bb]eschlossen|\b[Aa]ngenommen|\b[Aa]bgelehnt|\b[Gg]enehmigt|\b[Vv]ergeben|\b[Ee]rteilt|\b[Vv]erabschiedet|"
    r"\b[Gg]ebilligt|\b[Bb]ewilligt|\b[Bb]eauftragt|\b[Gg]ewählt|\b[Vv]ertagt|\b[Zz]urückgestellt|\b[Vv]erwiesen|"
    r"\b[Zz]ugestimmt|\b[Bb]efürwortet|\b[Vv]erliehen)[ \t]+(?:hat|haben)\b")
# a vote told by the groups that cast it, the council unnamed: "bekräftigten CDU, SPD, FDP und
# Grüne gegen die Stimmen von ALK ... ihren Sanierungswillen", "Die regierenden Fraktionen ...
# haben ... den Haushalt 2018 mit ihren Stimmen verabschiedet", "mit den Stimmen der CDU beschlossen"
_GROUP_VOTE = re.compile(r"\b(?:gegen[ \t]+die[ \t]+|mit[ \t]+(?:(?:den|ihren|seinen)[ \t]+)?)Stimmen[ \t]+(?:von|der|des|aus)\b"
                         r"|\bmit[ \t]+ihren[ \t]+Stimmen\b")
# an act of resolving, whose clause names what is resolved
_RESOLVED = re.compile(r"(?i)beschlo(?:ss|ß)")


# a clause set inside the act's sentence between commas, opened by a conjunction or a relative
# pronoun: what it tells is not the act ("hat der Stadtrat nun, nachdem das Thema immer wieder
# vertagt worden war, ... beschlossen")
_INSERTED_CLAUSE = re.compile(r",[ \t]*(?:nachdem|weil|da|als|obwohl|wenn|dass|daß|seit|seitdem|bevor|der|die|das|den|dem|"
                              r"deren|dessen)\b[^,.;]*,")


# the council's act told in a clause of its own, the perfect's auxiliary last: "die Haushaltssatzung
# ..., die der Haupt- und Finanzausschuss am Montagnachmittag einstimmig beschlossen hat"
_CLAUSE_FINAL_PERFECT = re.compile(
    r"(?:^|,)[ \t]*(?:die|der|das|den|dem|welche[nmrs]?|dass|daß|nachdem|wie)\b[^,.;:]{0,150}?\b(?:beschlossen|genehmigt|"
    r"verabschiedet|abgelehnt|zugestimmt|gebilligt|bewilligt|beauftragt|vergeben|erteilt|gewählt|vertagt|befürwortet|"
    r"empfohlen)[ \t]+(?:hat|haben)\b")
# an item moved to a later meeting, whoever is named: "Die Wahl ... wird ... auf die Ratssitzung
# im November verschoben", "wurde auf die nächste Sitzung vertagt"
_POSTPONED_TO_MEETING = re.compile(
    r"\b(?:wird|werden|wurde|wurden)\b" + _S + r"{0,200}?\b(?:auf|in)[ \t]+(?:die|den)[ \t]+(?:[^\s.,;]+[ \t]+){0,2}?"
    r"[\wäöüß-]*[Ss]itzung(?:en|srunde)?\b" + _S + r"{0,60}?\b(?:verschoben|vertagt)\b")


# where the clause of a report's act ends: a comma, a colon or a semicolon ("Außerdem
# beschlossen wurde die Änderung der Hauptsatzung: so könnten die Ratsfraktionen ...")
_CLAUSE_END = re.compile(r"[,:;]")


# a meeting's time or place, which names no matter: "am 13.12.2022", "in seiner Sitzung vom 26.02.2020",
# "in der jüngsten öffentlichen Sitzung"
_MEETING_ADJUNCT = (r"(?:[ \t]+(?:am|vom)[ \t]+\d{1,2}\.[ \t]?(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]+)(?:[ \t]?\d{2,4})?"
                    r"|[ \t]+(?:in|auf)[ \t]+(?:seiner|ihrer|der)[ \t]+(?:[a-zäöüß]+[ \t]+){0,2}Sitzung"
                    r"(?:[ \t]+(?:am|vom)[ \t]+\d{1,2}\.[ \t]?(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]+)(?:[ \t]?\d{2,4})?)?)")
# the council's work at a meeting told without its matter, a rubric's heading or the opening of a
# list of items ("Aus der Arbeit des Gemeinderates - der Gemeinderat beriet und beschloss am
# 13.12.2022", "Der Gemeinderat hat in seiner Sitzung am 5.5.2021 beraten und beschlossen:"): no decision
# of its own (ended by a full stop it closes an item told before: "Der Gemeinderat beschloss.")
_MEETING_WORK = re.compile(
    r"(?:^|[-–:][ \t]+)(?:[Dd]er|[Dd]ie|[Dd]as)[ \t]+[A-ZÄÖÜ][\wäöüß-]*" + _MEETING_ADJUNCT + r"*"
    r"(?:[ \t]+(?:(?:beriet|berieten|tagte|tagten)[ \t]+und[ \t]+)?beschlo(?:ss|ß)(?:en)?"
    r"|[ \t]+(?:hat|haben)" + _MEETING_ADJUNCT + r"*[ \t]+(?:(?:beraten|getagt)[ \t]+und[ \t]+)?beschlossen)"
    + _MEETING_ADJUNCT + r"*[ \t]*:?[ \t]*$")
# a member elected into a council, which the voters elect, not the council: "Frau Reck wurde
# für den Wohnbezirk Tigerfeld in den Gemeinderat gewählt" (the council elects into other bodies:
# "in den Aufsichtsrat gewählt")
_VOTERS_ELECTION = re.compile(
    r"\bin[ \t]+(?:den|die)[ \t]+(?:[A-ZÄÖÜ][a-zäöüß]+-)?(?:(?:Markt)?(?:Gemeinde|Stadt|Orts|Ortschafts|Ortsgemeinde|Samtgemeinde|"
    r"Verbandsgemeinde|Kreis)?[Rr]at|Kreistag|Landtag|Bundestag|[\wäöüß]*[Vv]erordnetenversammlung|(?:Stadt|Gemeinde)vertretung)\b"
    + _S + r"{0,60}?\b(?:gewählt|wiedergewählt|nachgewählt)\b")


# the mayor or the administration as the agent of a passive act, a council's vote not told: "Der
# Auftrag ... wurde vom Bürgermeister in eigener Zuständigkeit vergeben."
_OFFICER_AGENT = re.compile(r"\b(?:wurden?|wird|werden)[ \t]+(?:[^.\n]{0,60}?[ \t])?(?:vom|von[ \t]+der|durch[ \t]+(?:den|die))[ \t]+(?:(?:Ersten|Zweiten)[ \t]+)?"
                            r"(?:(?:Ober)?[Bb]ürgermeister(?:in)?|Verwaltung|Landrat|Landrätin)\b")


# what a visit or a review finds, which "festgestellt" then tells of (not a council's
# Feststellung of a Jahresabschluss): "Mängel", "Schäden", "Defizite"
_FINDING = re.compile(r"\b(?:Mängel|Mangel|Schäden|Schaden|Defizite?|Missstände|Probleme|Handlungsbedarf)\b")


def _no_council_act(clause: str) -> bool:
    """``clause`` tells of a decision to come or an earlier one (``_not_taken``),
    of an election by the voters, or of an act the mayor or the administration
    did in their own competence."""
    if "vo" in clause or "durch" in clause:
        if _OFFICER_AGENT.search(clause) and not (_STATED_VOTE.search(clause) or _AGENT_RECORD.search(clause)):
            return True
    return _not_taken(clause) or ("gewählt" in clause and _VOTERS_ELECTION.search(clause) is not None)


def _report_record(sentence: str, headline: bool = False, after_text: bool = False) -> str | None:
    """The outcome a report's sentence records, or None; ``headline``: the
    sentence is one of the report's headlines, which tell in the present;
    ``after_text``: a sentence of the page's text stands before it, so a
    record in the present closes what was told (minutes' present), where the
    page's first sentence in the present is a decision's wording."""
    # (the result may close its clause with a semicolon, what follows told of its carrying out:
    # "Ergebnis: Antrag einstimmig angenommen; es wurde eine Arbeitsgruppe eingerichtet, ...")
    if ("beschlo" in sentence or "beschlu" in sentence) and _MEETING_WORK.search(sentence):
        return None
    head = sentence.split(";", 1)[0]
    if len(head) <= 80 and _BARE_RESULT.search(head):
        return None if _not_taken(head) else outcome_of(head)
    act = _report_passive(sentence)
    if act is None:
        body = _REPORT_BODY.search(sentence)
        act = _REPORT_ACT.search(sentence) if body else None
        if act is None and body and not sentence.endswith(":") and (
                headline or (after_text and _SUBJECT_FIRST.match(sentence, 0, body.start() + 4) is not None
                             and body.start() <= 4 and sentence.endswith(".")
                             and not _TIME_TO_COME.search(sentence))):
            # (a line ending in a colon is a motion's formula over its wording: "Die
            # Stadtverordnetenversammlung beschließt:")
            act = _HEADLINE_ACT.search(sentence, body.end())
        if act is None and body:
            # the participle put first, the perfect's auxiliary after it: "Vertagt hat der Gemeinderat ..."
            act = _FRONTED_PERFECT.search(sentence)
        if act is None and body:
            act = next((m for m in _CLAUSE_FINAL_PERFECT.finditer(sentence) if _REPORT_BODY.search(m.group(0))), None)
        if act is None:
            act = _MOTION_WITHDRAWN.search(sentence) or _MEMBERS_FOR.search(sentence) or _GROUP_VOTE.search(sentence) \
                or _DECISION_HAPPENED.search(sentence) or _POSTPONED_TO_MEETING.search(sentence) \
                or _DECISION_SUBJECT.match(sentence)
        if act is None and (act := _VOTE_TOLD.search(sentence)) is not None:
            start = max(sentence.rfind(c, 0, act.start()) for c in ",:;") + 1
            end = _CLAUSE_END.search(sentence, act.end())
            if _no_council_act(sentence[start: end.start() if end else len(sentence)]):
                return None
            return "rejected" if _VOTE_TOLD_AGAINST.search(sentence) else "approved"
        if act is None:
            return None
    if act.group(0).endswith("festgestellt") and _FINDING.search(act.group(0)):
        return None  # what an inspection found: "haben ... erhebliche Mängel festgestellt"
    # the clause that tells of the act (a modal verb of a clause beside it, "da ...
    # genommen werden sollte", does not make the act one to come)
    start = max(sentence.rfind(c, 0, act.start()) for c in ",:;") + 1
    end = _CLAUSE_END.search(sentence, act.end())
    if _no_council_act(sentence[start: end.start() if end else len(sentence)]):
        return None
    # the outcome of the act itself first: "setzte das Gremium ein Signal und lehnte den Antrag ab"
    # after "der Gemeinderat ist zur Zustimmung ... verpflichtet"; a resolution names what it
    # does in the clause it governs: "beschlossen wurde, den Antrag ... zurückzustellen"
    side = _VOTED_SIDE.match(act.group(0))
    if side:
        return "rejected" if side.group(1) in ("dagegen", "gegen") else "approved"
    outcome = outcome_of(_INSERTED_CLAUSE.sub(",", act.group(0)))
    if outcome == "noted" and (decided := decided_after_note(sentence)):
        return decided  # "nahm ... zur Kenntnis und beschloss ...": the note and the decision
    if outcome == "approved" and _RESOLVED.match(act.group(0)):
        governed = outcome_of(sentence[act.end():])
        if governed in ("postponed", "referred", "withdrawn"):
            return governed
    return outcome or outcome_of(sentence) or "approved"


# an item on the agenda: "Als ... über den Haushalt auf der Tagesordnung stand, wurde dieser ... beschlossen"
_ON_AGENDA = re.compile(r"(?i)\bauf\s+der\s+$")


def _procedural_report(before: str, sentence: str) -> bool:
    """A report's record of a procedural vote: the sentence settles one, or
    the motion it settles is told in the sentence before ("Die CDU-Fraktion
    beantragte, die TOP 14 und 15 im öffentlichen Teil der Sitzung zu
    behandeln. Dieser Antrag wurde mehrheitlich abgelehnt."); an item "auf
    der Tagesordnung" does not make it one."""
    if any(not _ON_AGENDA.search(sentence[: m.start()]) for m in _PROCEDURAL.finditer(sentence)):
        return True
    return any(m.group(0).lower() != "tagesordnung" for m in _PROCEDURAL.finditer(before))


# a count printed as a score: "mit 19:17 (OB, CDU und FDP) positiv entschieden", "mit 19 zu 17"
_SCORE = re.compile(r"\bmit\s+(\d{1,3})\s*(?::|zu|\s+gegen)\s*(\d{1,3})\b(?![.:,]?\d)(?!\s*Uhr)")


def _report_votes(sentence: str) -> dict | None:
    """The vote a report's sentence states, a score read as yes to no."""
    votes = parse_votes(sentence)
    if votes is None or "yes" not in votes:
        m = _SCORE.search(sentence)
        if m:
            votes = {**(votes or {}), "yes": int(m.group(1)), "no": int(m.group(2))}
        elif m := _MEMBERS_FOR.search(sentence):
            votes = {**(votes or {}), "yes": int(m.group("n") or m.group("m"))}
    return votes


# a vote as a score on a line of its own, no other word ("21:0", "(12:3)"); not a
# time of day ("19:00", "18:30 Uhr")
_SCORE_LINE = re.compile(r"[ \t]*\(?(\d{1,2})[ \t]*:[ \t]*(?!0\d)(\d{1,2})\)?[ \t]*")


# a paragraph of an article's text: the lines above the first one are its headlines
_PARAGRAPH_LENGTH = 200


# a meeting named with its day: "in seiner Sitzung am 26.02.2020", "In der Sitzung vom 25.11.2015"
# (the day at the match's end)
_MEETING_ON = re.compile(r"\bSitzung(?:[ \t]+(?:des|der)[ \t]+[\wäöüß-]+)?[ \t]+(?:am|vom)[ \t]+")


def _meeting_days(text: str) -> list[str]:
    """The days of the meetings ``text`` names with their day, in order."""
    days = []
    for m in _MEETING_ON.finditer(text):
        d = DATE_RE.match(text, m.end())
        if d and (iso := iso_of_match(d)):
            days.append(iso)
    return days


def _earlier_meeting(sentence: str, reported: str | None) -> bool:
    """A record that names a meeting held before ``reported``, the day of the
    meeting the page tells of (the first it names with its day): an earlier
    decision told as the background of an item ("Der Gemeinderat hat deshalb
    in seiner Sitzung vom 17.06.2015 das Ingenieurbüro ... beauftragt" on a
    page of the meeting of 26.02.2020), or a decision told in the pluperfect
    with a day before it."""
    if reported is None:
        return False
    if "hatte" in sentence and _PLUPERFECT.search(sentence):
        # the pluperfect with its day: "Die SVV hatte erst am 12.03.2014 die Prioritätenliste
        # beschlossen." on a page of the meeting of 10.12.2014
        return any((day := iso_of_match(d)) and day < reported for d in DATE_RE.finditer(sentence))
    if "Sitzung" not in sentence:
        return False
    return any(day < reported for day in _meeting_days(sentence))


# a postponement joined to the referral it makes, two acts of one record: "wurden ... vertagt und für
# eine weitere Erörterung an den zuständigen Ausschuss verwiesen"
_REFERRED_TOO = re.compile(r"\b(?:vertagt|zurückgestellt)[ \t]+und[ \t]+(?:[^.\n]{0,80}?[ \t])?(?:verwiesen|überwiesen|zurückverwiesen)\b")


def report_resolutions(text: str) -> list[Decision]:
    """The resolutions a report page tells of: its sentences that record a
    council's decision, one resolution per distinct outcome in each part of
    the page (a part runs from one heading to the next), with the vote the
    first of them states; a passive record, or one told as a further
    decision, is one more. A record that takes note and decides gives both
    outcomes; headlines (a part's heading, the lines above the article's
    first paragraph) tell in the present too."""
    out: list[Decision] = []
    part: dict[str, Decision] = {}
    told = False  # a line of text since the part's heading: the next heading opens a new part
    above_text = True  # no paragraph of the article yet
    item = False  # in the headings of an agenda item ("TOP 5", "5. Bebauungsplan ...")
    recorded: set[str] = set()
    # a list of items each opened by its subject run into the text ("Betriebsabrechnungen : Der Rat
    # hat ..."): each subject opens a part
    run_ins = len(_RUN_IN_LIST.findall(text)) >= 2
    told_in_part = False
    text_seen = False  # a line of the page's text (not a heading) before this one
    reported = next(iter(_meeting_days(text)), None) if "Sitzung" in text else None
    for line, cued in _cued_lines(text):
        heading = _report_heading(line)
        after_text = text_seen
        text_seen = text_seen or bool(line.strip() and not heading)
        if heading:
            if told:
                part, told = {}, False
        elif line.strip():
            told = True
        if len(line.strip()) > _PARAGRAPH_LENGTH:
            above_text = False
        score = _SCORE_LINE.fullmatch(line) if item and ":" in line else None
        if score:
            # the vote printed bare under an agenda item's headings: "TOP 5" / "MGH Wunsiedel" /
            # "Sachstand und Beschlussfassung ..." / "21:0"
            votes = {"yes": int(score.group(1)), "no": int(score.group(2))}
            part["score"] = _decision("resolution", _outcome_of_counts(votes) or "approved", line, votes)
            out.append(part["score"])
            item = False
            continue
        if _ITEM_HEAD.match(line) and heading:
            item = True
        elif line.strip() and not heading:
            item = False
        if not cued:
            continue
        before = ""
        for m in _REPORT_SENTENCE.finditer(line):
            sentence = m.group(0).strip()
            if sentence in recorded:
                continue  # a paragraph the page prints twice
            if run_ins and _RUN_IN.match(sentence) and told_in_part:
                part, told_in_part = {}, False  # "Ehrenbeamte : Außer ... hat der Rat ... ernannt."
            counted = _members_counted(sentence)
            if counted and _report_record(sentence) in (None, "approved"):
                if out and out[-1].votes is None:
                    # the vote on the record before, told by the members on each side
                    out[-1].votes = counted
                else:
                    # a vote of its own, told by the members on each side: "42 Ratsmitglieder stimmten für die
                    # Frau Fritzsche, sieben dagegen und vier enthielten sich."
                    out.append(_decision("resolution", _outcome_of_counts(counted) or "approved", sentence, counted))
                told_in_part = True
                continue
            outcome = _report_record(sentence, heading or above_text,
                                     after_text or bool(line[: m.start()].strip())) if sentence else None
            procedural = outcome is not None and _procedural_report(before, sentence)
            before = sentence
            if outcome is None or procedural or _earlier_meeting(sentence, reported):
                continue
            recorded.add(sentence)
            told_in_part = True
            votes = _report_votes(sentence)
            outcomes = ["noted", outcome] if decided_after_note(sentence) == outcome else [outcome]
            if outcome == "postponed" and _REFERRED_TOO.search(sentence):
                outcomes.append("referred")
            further = (_report_passive(sentence) is not None or _FURTHER.search(sentence) is not None
                       or ("beschlo" in sentence and _RESOLVED_MATTER.search(sentence) is not None)) \
                and not _CONSEQUENCE.match(sentence)
            for o in outcomes:
                if o in part and (_other_vote(part[o].votes, votes) or _other_days(part[o].text, sentence) or further
                                  or _other_counts(part[o].text, sentence)):
                    # two votes are two decisions: "Die Satzung wurde mit 18:8 verabschiedet." ...
                    # "Einstimmig nahm der Rat einen Antrag ... an."; so are two taken on other days, and
                    # a record naming what was decided ("wurde die Vergabe ... beschlossen") or telling
                    # of one more ("Außerdem ...", "ebenfalls"), and two naming different numbers of votes;
                    # the council's act told again with no object of its own ("Das Plenum hatte keinerlei
                    # Einwände"), or concluded from it ("Damit ist ... genehmigt worden"), is the same decision
                    del part[o]
                if o in part:
                    if part[o].votes is None and votes:
                        part[o].votes = dict(votes)
                    continue
                part[o] = _decision("resolution", o, sentence, dict(votes) if votes else None)
                out.append(part[o])
    return out


# a subject run into a list's text before a colon, a few words, no label of a result ("Ergebnis:",
# "Abstimmung:", "Beschluss:") and no sentence: "Satzung über Bürgerbegehren: Einstimmig hat der Rat ..."
_RUN_IN = re.compile(r"(?!(?:Ergebnis|Abstimmung|Beschluss|Fazit|Antrag|Zitat|Hinweis|Info|Foto|Update)\w*\b)"
                     r"[A-ZÄÖÜ][\wäöüß-]*(?:[ \t]+[\wäöüß-]+){0,4}[ \t]*:[ \t]+[A-ZÄÖÜ„\"]")
_RUN_IN_LIST = re.compile(r"(?:^|(?<=[.!?])[ \t]+)" + _RUN_IN.pattern, re.M)


# a record that concludes from the act told before it: "Damit ist ein ... Projekt genehmigt worden"
_CONSEQUENCE = re.compile(r"(?:Damit|Somit|Folglich)\b")
# the number of votes a record names: "mit 26 von 34 Stimmen", "mit zehn von 34 Stimmen"
_VOTES_NAMED = re.compile(r"(?i)\b" + _NW + r"[ \t]+(?:von[ \t]+\d{1,3}[ \t]+)?Stimmen\b")


def _other_counts(a: str, b: str) -> bool:
    """Two records name numbers of votes, and not the same ones ("wurde mit
    26 von 34 Stimmen ... gewählt", "fiel das Votum ... mit 25 von 34
    Stimmen ...."): two votes."""
    if "Stimmen" not in a or "Stimmen" not in b:
        return False
    counts_a = {_count(m.group(1)) for m in _VOTES_NAMED.finditer(a)}
    counts_b = {_count(m.group(1)) for m in _VOTES_NAMED.finditer(b)}
    return bool(counts_a and counts_b and counts_a != counts_b)


# the members on each side of a vote, counted in words or digits: "Sechs der zehn anwesenden
# Gemeinderäte sprachen sich für Klings Antrag ... aus, vier und der Bürgermeister waren dagegen";
# the mayor, who votes in the council, counts one more
_MEMBERS_YES = re.compile(r"(?i)\b" + _NW + r"[ \t]+(?:der[ \t]+\S+[ \t]+)?(?:anwesenden[ \t]+)?[\wäöüß-]*"
                          r"(?:räte|rätinnen|mitglieder|verordnete|verordneten)\b" + _S + r"{0,150}?"
                          r"\b(?:stimmten|votierten|sprachen[ \t]+sich)\b" + _S + r"{0,150}?\b(?:für|dafür)\b")
_MEMBERS_NO = re.compile(r"(?i)\b" + _NW + r"(?:[ \t]+[\wäöüß-]*(?:räte|rätinnen|mitglieder|verordnete|verordneten))?"
                         r"(?P<mayor>[ \t]+(?:und|sowie)[ \t]+(?:der|die)[ \t]+(?:Ober)?[Bb]ürgermeister(?:in)?)?"
                         r"[ \t]+(?:waren|stimmten|votierten)[ \t]+dagegen\b")


# the same counts run on after the members for, the verb left out: "47 Ratsmitglieder stimmten für
# die Frau Bern, drei gegen Sie und weitere drei enthielten sich der Stimme", "..., sieben dagegen"
_MEMBERS_NO_AFTER = re.compile(r"(?i),[ \t]+(?:weitere[ \t]+)?" + _NW + r"[ \t]+(?:dagegen|gegen)\b")
_MEMBERS_ABSTAIN = re.compile(r"(?i)\b(?:weitere[ \t]+)?" + _NW + r"(?:[ \t]+[\wäöüß-]*(?:räte|rätinnen|mitglieder|verordnete|"
                              r"verordneten))?[ \t]+(?:enthielten|enthalten)[ \t]+sich\b")


def _members_counted(sentence: str) -> dict | None:
    """The yes and no counts (and abstentions) of a sentence that counts the
    members on each side of a vote, or None."""
    if "gegen" not in sentence:
        return None
    yes = _MEMBERS_YES.search(sentence)
    if not yes:
        return None
    no = _MEMBERS_NO.search(sentence)
    if no:
        votes = {"yes": _count(yes.group(1)), "no": _count(no.group(1)) + (1 if no.group("mayor") else 0)}
    elif no := _MEMBERS_NO_AFTER.search(sentence, yes.end()):
        votes = {"yes": _count(yes.group(1)), "no": _count(no.group(1))}
    else:
        return None
    if abstain := _MEMBERS_ABSTAIN.search(sentence, no.end()):
        votes["abstain"] = _count(abstain.group(1))
    return votes


def _other_days(a: str, b: str) -> bool:
    """Two records name the days their decisions were taken, and no day is
    the same ("hatte erst am 12.03.2014 die Prioritätenliste beschlossen",
    "hatten auf ihrer Sitzung am 10.12.2014 auch beschlossen")."""
    days_a = {iso_of_match(m) for m in DATE_RE.finditer(a)} - {None}
    days_b = {iso_of_match(m) for m in DATE_RE.finditer(b)} - {None}
    return bool(days_a and days_b and not days_a & days_b)


def _other_vote(a: dict | None, b: dict | None) -> bool:
    """Two records state votes that cannot be one: both state one, and a
    count both give differs, or one is unanimous and the other counts a no."""
    if not a or not b:
        return False
    if any(a[k] != b[k] for k in a.keys() & b.keys()):
        return True
    return any(v.get("unanimous") and w.get("no") for v, w in ((a, b), (b, a)))
