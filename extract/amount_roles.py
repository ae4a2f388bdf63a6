"""What a money amount is: its role, and for a grant who pays it and from which programme.

The role (``grant``, ``own_share``, ``cost``, ``budget``, ``revenue``,
``other``) is read from the words nearest the amount, in this order:

1. the column header of a table row that holds several amounts
   (``Gesamtkosten | Zuschüsse | Finanzierung durch städtischen Haushalt``),
   or the heading of the money block the amount stands in
   (``Aufwand  €``, ``Urplan  Nachtrag``);
2. the row name when the amount ends a ``label: amount`` line or a table row
   (its head word decides: ``Zuschuss von der Stadt für eingesparte
   Abbruchkosten:`` is a grant);
3. its own sentence: the nearest role word before it since the previous
   amount, else the nearest one after it up to the next amount
   (``Kosten von 100.000 €, davon 80.000 € Förderung``); a participle of
   budgeting qualifies its noun (``eine überplanmäßige Ausgabe``: budget);
   a sentence without role words that opens with a pronoun (``Er umfasse
   eine Summe von ...``) takes its role from the sentence before;
4. the lines just above it (a heading such as ``Finanzielle Auswirkungen``
   says nothing, ``Kosten insgesamt`` does).

Nothing found: ``cost``. The paper's topic is never used.

Role words are German word parts, matched inside compounds
(``Städtebauförderung``, ``Folgekosten``); where a compound holds words of
two roles the more specific one wins (``Kostenerstattung`` is a grant,
``Kostenunterdeckung`` neither cost nor revenue).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from extract import pattern_files
from extract.entities import Rule, matches_from_starts, opening_strings, required_strings
from extract.records import Amount
from extract.text import lowered_pattern

ROLES = ("grant", "own_share", "cost", "budget", "revenue", "other")
DEFAULT_ROLE = "cost"

# phrases matched before single words
_PHRASES = [
    ("grant", r"[Ff]örderfähige[nr]?\s+(?:Gesamt)?[Kk]osten|[Zz]uwendungsfähige[nr]?\s+(?:Gesamt)?[Kk]osten"
              r"|(?:Einnahmen|Mittel|Zuweisungen?|Erstattung)\s+(?:vom|des|aus\s+dem)\s+(?:Land|Bund)"
              # a sum given to someone: "den Vereinen einen Betrag von 300,-- € zukommen zu lassen"
              r"|zukommen\s+(?:zu\s+)?lassen|zukommen\s+ließ"),
    ("own_share", r"[Vv]erbleibende[nr]?\s+(?:Kosten|Anteil|Betrag)|Kosten\s+für\s+die\s+(?:Stadt|Gemeinde|Kommune)"
                  # what is left for the municipality to pay: "verbleiben für die Gemeinde nur Kosten
                  # von", "Für die Stadt verbleibt ein Betrag von"
                  # "So verbleibt beim Landkreis nur noch Kosten in Höhe von"
                  r"|(?:[Vv]erbleib(?:t|en)\s+(?:für\s+die|bei(?:m|\s+der|\s+dem))\s+(?:Stadt|Gemeinde|Kommune|Landkreis|Kreis)"
                  r"|[Ff]ür\s+die\s+(?:Stadt|Gemeinde|Kommune)"
                  r"\s+verbleib(?:t|en))(?:\s+(?:nur|noch|lediglich))*(?:\s+(?:Kosten|ein\s+Anteil|ein\s+Betrag))?"
                  # the municipality's part of the costs: "Die Stadt wird von den Kosten 360 000 Euro übernehmen"
                  r"|(?:Stadt|Gemeinde|Kommune|Landkreis)\s+(?:wird|muss|soll|will|kann|würde)?\s*(?:von|an)\s+den\s+"
                  r"(?:[\wäöüß-]*[Kk]osten|Ausgaben)"
                  # its own funds: "muss die Gemeinde eine halbe Million aus eigenen Mitteln dazugeben"
                  r"|\beigenen?\s+Mitteln?\b|\beigene\s+Mittel\b"
                  # a share the municipality's adjective owns, whatever the compound: "kommunaler Anteil",
                  # "der städtische Eigenanteil", "städtischer Finanzierungsanteil"
                  r"|(?:kommunale[nrs]?|städtische[nrs]?|gemeindliche[nrs]?)\s+[\wäöüß-]*[Aa]nteil"
                  r"|Anteil\s+der\s+(?:Stadt|Gemeinde|Kommune)"
                  r"|Finanzierung\s+durch\s+(?:den\s+)?(?:städtischen|kommunalen)\s+Haushalt"
                  r"|Stadt\s+[A-ZÄÖÜ][\wäöüß-]+(?=\s+[\wÄÖÜäöüß-]*[Ff]örder)"),
    # words that name no role where a role word would stand: "im Mittel" is on average, not funds
    # ("Die Unterhaltskosten ... liegen im Mittel bei ca. € 880.000 jährlich")
    ("none", r"\bim\s+Mittel\b"),
    # (a sum the budget holds: "im Haushalt 250.000 Euro ... einzuplanen", "Gewichtung im Haushalt mit 30.000 €")
    # (money made available: "zur Verfügung gestellt", not the "zur Verfügung gestellten
    # Geräte" a sum pays for; "15 000 Euro stehen künftig im Jahr dafür bereit")
    ("budget", r"zur\s+Verfügung\s+gestellt(?!e[nrs]?\s+(?!Mittel|Betr[aä]g|Summe|Geld)[A-ZÄÖÜ])"
               r"|\b(?:steh(?:t|en)|stand(?:en)?)\s+(?:[\wäöüß]+\s+){0,4}?(?:bereit|zur\s+Verfügung)\b"
               # the end of that verb's bracket after the sum: "steht ein Betrag von 80.000 Euro zur Verfügung."
               r"|\bzur\s+Verfügung(?=\s*(?:[.,;)]|$))"
               r"|in\s+den\s+Haushalt\s+eingestellt|\bim\s+Haushalt\b"
               # a sum in the budget named by its body: "stehen 2.000 € ... im Gemeindeetat", "im Kreishaushalt"
               r"|\bim\s+(?:Gemeinde|Stadt|Kreis|Orts|Ortsrats|Landes|Bundes)(?:etat|haushalt)\b"
               # investments planned, a modal verb before them in their clause: "Die Stadt möchte sich in
               # den nächsten Jahren mit Investitionen von über 60 Mio. Euro neu aufstellen", "22,14
               # Millionen Euro sollen dann vor allem in die Bildung investiert werden" (not an investment
               # volume a project has: "Das Investitionsvolumen beträgt voraussichtlich")
               r"|\b(?:soll|sollen|möchte|möchten|will|wollen)\s+(?:[^\s.,;:]+\s+){0,8}?(?:Investitionen|investiert|investieren)\b"
               # a budget stated in both its sides: "Veränderungen zum Haushalt 2012 in Einnahmen und
               # Ausgaben in Höhe von 1.832,30 T€", "in Erträgen und Aufwendungen", "in Ein- und Auszahlungen"
               # (not the balance of both, "der Fehlbedarf der laufenden Einnahmen und Ausgaben")
               r"|\bin\s+(?:(?:Einnahmen|Erträgen|Einzahlungen)\s+und\s+(?:Ausgaben|Aufwendungen|Auszahlungen)"
               r"|(?:Ausgaben|Aufwendungen|Auszahlungen)\s+und\s+(?:Einnahmen|Erträgen|Einzahlungen)"
               r"|(?:Ein|Aus)-\s*und\s+(?:Aus|Ein)(?:nahmen|gaben|zahlungen))"
               # the cover of an expense, taken from budget lines: "Die Deckung (der Kosten) erfolgt"
               r"|Deckung(?:\s+der\s+[A-ZÄÖÜ][\wäöüß-]*)?\s+erfolgt"
               # a budget line with its number and name, whose words name the line, not the amount:
               # "Haushaltsstelle 0.4649.7008 Betriebskostenförderungen", "Haushaltstelle 1.9100.2050.00 (Festgeldzinsen)"
               # (also abbreviated: "auf HHSt. 1.46400.70012 Tageseinrichtungen für Kinder i.H.v. 136.730€")
               r"|(?:Haushalts?stellen?|HHSt\.|HH-Stelle|Hst\.)\s+\d[\d.\-]*\d"
               r"(?:\s*\([^()\n]{1,80}\)|(?:\s+(?:für\s+)?[A-ZÄÖÜ][\wäöüß-]*)+)?"
               # a budget participle before the noun it qualifies: "die eingestellten
               # allgemeinen Geschäftsaufwendungen", "eine überplanmäßige Ausgabe"
               r"|(?:eingestellte|veranschlagte|bereitgestellte|eingeplante|überplanmäßige|außerplanmäßige)[nrs]?"
               r"\s+(?:[a-zäöüß]+e[nrs]?\s+)?[A-ZÄÖÜ][\wäöüß-]*"),
]
# (role, word-part pattern): a word takes the role of the first pattern it matches
_WORDS = [
    ("budget", r"ermächtigung"),  # Kreditermächtigung is a budget line, not a debt
    ("own_share", r"eigenanteil|eigenmittel|kofinanz|eigenbeteiligung|komplementärmittel"),
    # what covers another's loss or deficit is paid to it, not the loss: "Die Kliniken erhalten
    # 12 Millionen Euro Verlustausgleich"
    ("grant", r"(?:verlust|defizit|fehlbetrags?)(?:ausgleich|abdeckung)"),
    ("other", r"schwellenwert|darlehen|kredit|bürgschaft|grundschuld|restschuld|verbindlichkeit"
              r"|schulden|verschuldung|rücklage|überschuss|fehlbetrag|verlust|minderbetrag"
              r"|defizit|unterdeckung|überdeckung|kapital|vermögen|bußgeld|verwarn|wertgrenze"
              r"|obergrenze|deckel|kappungsgrenze|eigenleistung|saldiert|bilanzsumme|umsatzsteuer"
              r"|einspar|eingespart|einzusparen|sparziel|sparvolumen|konsolidierung|zielvorgabe|ergebnisverbesserung"
              r"|ergebnisverschlechterung|haushaltsverbesserung"  # targets, not what a measure costs
              r"|grenzen?$"  # a limit: "die Höchstgrenze von 100 000 Euro"
              # a gap in a budget is a deficit: "Im Haushalt klafft ein Loch von 25 Millionen Euro"
              r"|^loch$|^löcher$|haushaltsloch|finanzloch|^lücke$|haushaltslücke|finanzierungslücke|deckungslücke"
              r"|finanzlücke|millionenloch"
              # savings drawn on: "wenn man sich 1,1 Millionen Euro aus dem Ersparten holt", "Ersparnisse"
              r"|erspar|sparbuch|sparstrumpf|notgroschen|finanzpolster"
              # the base a tax or levy is computed from, printed in Euro: "der vom Finanzamt festgelegte
              # Messbetrag", "Steuermessbetrag", "Bemessungsgrundlage", "Einheitswert", "Steuerkraftmesszahl"
              r"|messbetr[aä]g|bemessungsgrundlage|einheitswert|grundsteuerwert|steuerkraft|umlagekraft"
              r"|umlagegrundlage"),
    ("grant", r"zuschuss|zuschüss|förder|zuwendung|gespendet|spende|stiftet|zuweisung|landesmittel"
              r"|bundesmittel|eu-mittel|^esf$|^efre$|personalpauschale|förderpauschale|landespauschale|bewilligt|fonds|kostenerstattung"
              # the lump sums a state pays its municipalities: "aus der Investitionspauschale"
              r"|investitionspauschale|schulpauschale|sportpauschale|bildungspauschale|feuerschutzpauschale"
              r"|erstattet|preisgeld|bedacht|beihilfe|unterstützung"),
    # not Vertrag, Übertragung, Containerlösung, Steuerungsgruppe
    ("revenue", r"einnahme|(?<!v)(?<!üb)ertrag|(?<!v)(?<!üb)erträge|erlös(?!ung)|gebühr|entgelt|steuer(?!ung)|einzahlung|abgabe"
                r"|elternbeitr|hebes"  # not Miete, Pacht: paid as often as received
                # the price of a sale, and the verbs of taking money in: "4 Millionen Euro Verkaufspreis
                # zu erzielen", "können etwa 178 000 Euro eingenommen ... werden", "vereinnahmt"
                r"|verkaufspreis|^eingenommen$|^einnehmen$|^einzunehmen$|^einnimmt$|vereinnahm|erwirtschaft"
                r"|^erziel(?:t|en|te|ten)$"
                # a levy on the municipalities below: "Kreisumlage", "Amtsumlage" (not "umlagefähige Kosten")
                r"|umlage(?!fähig)"),
    ("cost", r"bedarf$"),  # Budgetbedarf, Finanzbedarf: what a measure needs
    ("budget", r"haushaltsans[aä]tz|haushaltsmittel|haushaltsplan|veranschlag|bereitgestellt|bereitstellung"
               r"|bereitzustellen|budget|verpflichtungsermächtigung|^ansatz|planans[aä]tz|eingeplant|einzuplanen"
               r"|eingestellt|^einzustellen$|überplanmäßig|außerplanmäßig|kürzung|^thh$|^plan$|urplan|nachtrag"
               r"|ermächtigung|^mittel$|finanzrahmen|mittelbereitstellung|^übertr[aä]ge?$"  # funds carried over
               # a budget line: "Deckung aus der Haushaltsstelle 1.9100.2050.00 in Höhe von",
               # "Die Haushaltsposition 1121142/1001.785100 soll ... um 100.000 € erhöht werden"
               r"|haushaltss?(?:tellen?|position(?:en)?|titel)$"
               # a budget line named by its field: "Jugendhilfeansatz", "Sachkostenansätze" (not an approach)
               r"|(?<!lösungs)(?<!denk)ans[aä]tz(?:e|es|en)?$"),
    ("cost", r"kosten|kostet|aufwand|aufwendung|auftragssumme|auftragswert|honorar|vergabe|vergeben|umfang$|investier"
             r"|angebot(?!en$)|bieter|^fa$|firma|ausgabe|investition|belastung|endsumme|preis"
             r"|beitrag|ausschreibung|auszahlung|bezuschuss|finanzbedarf|bedarf|anschaffung"
             # an invoice, not the annual accounts (Jahresrechnung) or an audit (Rechnungsprüfung)
             r"|^rechnung(?:en)?$|^rechnungs(?:betrag|beträge|wert|summe)|schlussrechnung|teilrechnung"),
]
# a cap the amount sets, negated comparative and "als" right before it: "nicht höhere
# Kosten verursachen als", "darf nicht mehr als"
_CAP_BEFORE = re.compile(r"\bnicht\s+(?:[\wäöüß-]+\s+){0,2}?(?:höher|höhere[nrs]?|mehr|teurer|größer|über)\b"
                         r"[^.\n]{0,60}?\bals\s*$")
# a limit the amount sets for a kind of thing rather than money a measure moves:
# "Stundungen bis zu einem Betrag von 2.500,00 €", "Ausgaben ... bis zu einer Höhe von
# 10 000 Euro", "Jeder Auftrag mit Investitionsvolumen von mehr als 50000 Euro", a rate's
# cap "bei 20 Prozent oder maximal 30 000 Euro", "20 %, höchstens jedoch 5.000 €"
_LIMIT_BEFORE = re.compile(
    r"(?P<upto>\bbis\s+zu(?:r|\s+(?:einem|einer))\s+[\wäöüß-]*(?:[Bb]etrag|[Ww]ert|[Hh]öhe|[Ss]umme|[Gg]renze)\s+(?:von\s+)?$)"
    r"|(?<![\wäöüß])(?:[Jj]ede[rsnm]?|[Aa]lle|[Ss]ämtliche)\s+[A-ZÄÖÜ][\wäöüß-]*"
    r"(?:\s+(?:mit|im|in|von)(?:\s+(?:einem|einer|einen|dem|der))?(?:\s+[\wäöüß-]+){1,2}?)?"
    r"\s+(?:von\s+)?(?:mehr\s+als|über|ab|unter|weniger\s+als|oberhalb\s+von)\s+$"
    r"|\d\s*(?:%|Prozent|v\.\s?H\.)(?:\s*,\s*|\s+(?:oder|bzw\.)\s+)(?:jedoch\s+)?(?:maximal|höchstens|max\.|bis\s+zu)"
    r"(?:\s+jedoch)?\s+$")
# the amount as a ceiling not to be passed: "soweit ein Betrag von 250,00 € nicht überschritten wird",
# "einen Wert von 500,00 € nicht übersteigt"
# (the rest of a currency word the amount's text leaves: "250,00 €uro")
_LIMIT_AFTER = re.compile(r"[^\s.,;]{0,3}[ \t]+nicht[ \t]+(?:übersteig|überschreit|überschritten)")
# the noun an amount is put as, right after it: "überplanmäßig 182.000 € als kommunaler
# Mitleistungsanteil zur Verfügung gestellt", "500 Euro als Zuschuss" (it says what the money
# is, over the words of the sentence around it)
_NAMED_AS = re.compile(r"[ \t]*(?:EUR|Euro|€)?[ \t]+als[ \t]+(?:(?:der|die|das|den|ein|eine|einen)[ \t]+)?"
                       r"(?:[a-zäöüß]+[ \t]+){0,2}[A-ZÄÖÜ][\wäöüß-]*")
# the means a sum is financed or covered by, named after it: "1,3 Millionen Euro durch Kredite zu
# finanzieren", "200.000 Euro aus Rücklagen gedeckt", "50.000 € über Fördermittel finanziert werden"
# (it says what the money is, over the words of the sentence around it)
_FINANCED_BY = re.compile(r"[ \t]*(?:EUR|Euro|€)?[ \t]+(?:durch|über|aus|mit)[ \t]+"
                          r"(?:(?:der|die|das|den|dem|ein|eine|einen|einem|einer|neue[nrm]?|weitere[nrm]?"
                          r"|eigene[nrm]?)[ \t]+)?"
                          r"([A-ZÄÖÜ][\wäöüß-]*)[ \t]+(?:zu[ \t]+)?(?:finanzier|gedeckt|decken|zu[ \t]+decken|aufgebracht"
                          r"|aufzubringen|gegenfinanzier)")
# words whose capitals tell: the funds of a programme named by its acronym ("aus
# LEADER-Mitteln", "EFRE-Gelder"); the noun "Minus" of a deficit ("ein Minus von 66
# Millionen Euro im Etat"), not the "minus" of a difference
_CASED_WORDS = [("grant", re.compile(r"[A-ZÄÖÜ]{2,}[A-Za-z]*-(?:Mitteln?|Geldern?|Förder[\wäöüß]*)")),
                # the charge for admission, a ticket or a subscription is the Entgelt of the
                # facility that sells it: "Abo-Preise", "Eintrittspreise", "Der Eintritt für Kinder",
                # "Jahreskarten zu 80 Euro" (not "Eintrittshalle", "Ticketsystem", "Landkarte")
                ("revenue", re.compile(r"(?:[A-ZÄÖÜ][a-zäöüß]*)?[Ee]intritt(?:e|s|sgeld(?:er)?|spreis(?:e|es)?"
                                       r"|skarten?)?|[\wäöüß-]*[Tt]icket(?:s|preis(?:e|es)?)?"
                                       r"|(?:Tages|Zehner|Saison|Jahres|Einzel|Familien|Punkte|Monats|Dauer)karten?"
                                       r"(?:-?[Pp]reis(?:e|es)?)?|(?:Abo|Abonnement)s?-?[Pp]reis(?:e|es)?"
                                       r"|Kartenpreis(?:e|es)?")),
                ("other", re.compile(r"Minus"))]
# weak words: a role only when no other word says one
_WEAK = [("cost", r"^summe$|^gesamt$|^netto$|^brutto$|^insgesamt$"),
         # what a measure yields: "das bringe 170.000 Euro im Jahr", "bringt ... ein"
         ("revenue", r"^(?:ein)?bring(?:t|e|en)$")]

_PHRASE_RE = re.compile("|".join(f"(?P<{r}{i}>{p})" for i, (r, p) in enumerate(_PHRASES)))
# (its alternatives open with groups: the engine would try each of them at
# every position; the strings they open with are searched first)
_PHRASE_STARTS = opening_strings(_PHRASE_RE.pattern)
# (searched in the lowercased word, whose letters are those of _WORD: there a
# case-sensitive pattern finds what the case-insensitive one finds in the
# word, and the engine searches it by its first letters)
_WORD_RES = [(r, lowered_pattern(re.compile(p, re.IGNORECASE))) for r, p in _WORDS]
_WEAK_RES = [(r, lowered_pattern(re.compile(p, re.IGNORECASE))) for r, p in _WEAK]
# all of them as one: most words match none, and one search tells so
_ANY_WORD_RE = re.compile("|".join(f"(?:{rx.pattern})" for _, rx in _WORD_RES))
_ANY_WEAK_RE = re.compile("|".join(f"(?:{rx.pattern})" for _, rx in _WEAK_RES))
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+(?:-[A-Za-zÄÖÜäöüß]+)*")
# a sentence ends at ". " before a capital (not after the number of an ordinal or a
# day, "3. Mai", "Nr. 12. Sitzung"; after a year it does), "!", "?", ";" or a blank line
# (the mark first, the words before it looked at behind it: a pattern that
# opens with a character class is searched by that class, one that opens
# with an assertion or with alternatives not each a single character tries
# every position; so the mark and the first line break share one class)
_SENTENCE_END = re.compile(r"[.!?;\n](?:(?<=[.!?;])(?<![^0-9][0-9].)(?<![^0-9][0-9][0-9].)(?<!\b[a-zäöü].)(?<!\b[A-Z].)(?<!bzw.)"
                           r"(?<!ca.)(?<!rd.)(?<!insges.)(?<!Nr.)(?=\s+[A-ZÄÖÜ„\"])|(?<=\n)[ \t]*\n)")


def role_hits(s: str, weak: bool = True) -> list[tuple[int, int, str]]:
    """(start, end, role) of every role word in ``s``, in text order."""
    return list(_role_hits(s, weak))


@lru_cache(maxsize=4096)  # a table's header lines are read for each of its rows
def _role_hits(s: str, weak: bool) -> tuple[tuple[int, int, str], ...]:
    hits = []
    taken = []
    phrases = (matches_from_starts(_PHRASE_RE, _PHRASE_STARTS, s) if _PHRASE_STARTS
               else _PHRASE_RE.finditer(s))
    for m in phrases:
        role = re.sub(r"\d+$", "", m.lastgroup)
        if role != "none":
            hits.append((m.start(), m.end(), role))
        taken.append((m.start(), m.end()))
    for w in _WORD.finditer(s):
        if taken and any(a <= w.start() < b for a, b in taken):
            continue
        strong, weak_role = _word_roles(w.group())
        role = strong or (weak_role if weak else None)
        if role:
            hits.append((w.start(), w.end(), role))
    hits.sort()
    return tuple(hits)


@lru_cache(maxsize=16384)
def _word_roles(word: str) -> tuple[str | None, str | None]:
    """The role of the first word pattern ``word`` matches, and that of the
    first weak one (a paper repeats its words: each is looked at once)."""
    strong = next((role for role, rx in _CASED_WORDS if rx.fullmatch(word)), None)
    low = word.lower()
    if word[0].islower() and _LIABLE.search(low) and "förder" not in low and "zuwendung" not in low:
        # an adjective of what is liable to a fee or tax names the thing, not money:
        # "im gebührenfähigen Bereich", "steuerpflichtige Umsätze"
        return strong, None
    if strong is None and _ANY_WORD_RE.search(low):
        strong = next(role for role, rx in _WORD_RES if rx.search(low))
    weak = (next(role for role, rx in _WEAK_RES if rx.search(low))
            if _ANY_WEAK_RE.search(low) else None)
    return strong, weak


_LIABLE = re.compile(r"(?:fähig|pflichtig)(?:e[nrsm]?)?$")


def _head_role(label: str) -> str | None:
    """The role of a row name: its first role word (the head of the noun phrase)."""
    hits = role_hits(label, weak=False) or role_hits(label)
    return hits[0][2] if hits else None


# --- tables ------------------------------------------------------------------

def _lines(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


_LONE_AMOUNT = re.compile(r"-?[\d.]+(?:,\d\d|,-)?\s*(?:€|Euro|EUR)(?:\s*/\s*(?:a|Jahr))?")
# the rest of a line after an amount that stands alone on it
_ENDS_LINE = re.compile(r"[ \t]*(?:/\s?(?:a|Jahr|Monat)|p\.\s?a\.|brutto|netto|Brutto|Netto|[.;,)])?[ \t]*(?:\n|$)")
# what stands between two cells of a table row
_CELL_GAP = re.compile(r"[\s€%|()\d.,–-]*(?:Euro|EUR|brutto|netto|Brutto|Netto)?[\s€%|()\d.,–-]*")
_CELL_SPLIT = re.compile(r"\t|\s{2,}|\|")
_PLACEHOLDER = re.compile(r"(?<!\S)[-–](?!\S)")
_CONTINUES = re.compile(r"(?:\b(?:der|die|das|des|den|durch|mit|und|u\.|für|von|aus|zur|zum)|[-/(])\s*$")
# (a match is one of these words or marks at the end: only the end of a cell is searched)
_CONTINUES_REACH = 6


def _header_cells(lines: list[str]) -> list[str]:
    """Cells of a header written one cell per line (a PDF's text) or in one
    line (tab or wide-space separated); continuation lines join their cell."""
    if len(lines) == 1:
        cells = [c for c in _CELL_SPLIT.split(lines[0]) if c.strip()]
        return cells
    cells: list[str] = []
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if cells and cells[-1].endswith("-") and line[:1].islower():
            cells[-1] = cells[-1][:-1] + line  # "kalkulatori-" + "schen"
        elif cells and cells[-1].endswith("-"):
            cells[-1] += line  # "Baden-" + "Württemberg"
        elif cells and (_continues(cells[-1]) or line[:1].islower() or line[:1] in "(["):
            cells[-1] += " " + line
        else:
            cells.append(line)
    return cells


def _continues(cell: str) -> bool:
    """True when ``cell`` ends with a word or mark its next line continues."""
    return _CONTINUES.search(cell, max(0, len(cell.rstrip()) - _CONTINUES_REACH)) is not None


def _header_roles(lines: list[str], k: int) -> list[str | None] | None:
    """One role per column of a row of ``k`` cells, from the header lines above it."""
    if not lines:
        return None
    # one header line whose role words name the columns: "Gesamt Stadt Karlsruhe Städtebauförderung"
    for line in reversed(lines):
        seq = []
        for _, _, role in role_hits(line):
            if not seq or seq[-1] != role:
                seq.append(role)
        if len(seq) == k:
            return seq
    # cells written one per line or split by tabs
    cells = _header_cells(lines)
    if len(cells) == k:
        roles = [_cell_priority(c) for c in cells]
        if any(roles):
            return roles
    # a header of plan columns: "Urplan  Änderungen  1. Nachtrag"
    found = {r for line in lines for _, _, r in role_hits(line, weak=False)}
    if found == {"budget"}:
        return ["budget"] * k
    return None


def _cell_priority(cell: str) -> str | None:
    for role in ("grant", "own_share", "cost", "revenue", "budget", "other"):
        if any(r == role for _, _, r in role_hits(cell)):
            return role
    return None


def _header_lines_above(text: str, line_start: int, is_row) -> list[str]:
    """The non-row lines right above a table row (skipping other rows of the
    same table), up to a blank line: the table's column header."""
    out: list[str] = []
    pos = line_start
    skipped = 0
    while pos > 0 and len(out) < 10 and skipped < 40:
        ps = text.rfind("\n", 0, pos - 1) + 1
        line = text[ps:pos - 1]
        pos = ps
        stripped = line.strip()
        if is_row(ps):
            if out:
                break
            skipped += 1
            continue
        if not stripped:
            if out:
                break
            skipped += 1
            continue
        if re.fullmatch(r"[\d\s%.,()€-]+|(?:19|20)\d\d", stripped):
            continue  # "60%", a year
        out.insert(0, line)
    return out


# --- one amount --------------------------------------------------------------

_JOINED = re.compile(r"\s*(?:,|und|bzw\.|oder)\s*(?:(?:mithin|also|somit|damit|d\.\s?h\.)\s+)?"
                     r"(?:(?:insgesamt|zusammen|gesamt)\s+)?")
# a line this long is a paragraph of a web page's text, not a wrapped line of a PDF
_PARAGRAPH_LINE = 200


@lru_cache(maxsize=1024)  # an amount's sentence is asked for its role, label, funder and programme
def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - 400)
    line_start = text.rfind("\n", lo, start) + 1
    if line_start > lo and text.find("\n", start) - line_start > _PARAGRAPH_LINE:
        lo = line_start  # a paragraph per line: the line above (a heading) is another sentence
    s = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        s = m.end()
    m = _SENTENCE_END.search(text, end, min(len(text), end + 400))
    e = m.start() if m else min(len(text), end + 400)
    return s, e


def amount_roles(text: str, amounts: list[Amount], block_headers: dict[int, str] | None = None) -> list[str]:
    """A role for each of ``amounts`` (with ``start``/``end`` into
    ``text``, in text order). ``block_headers`` maps an amount's index to the
    heading line of the money block it stands in, if any."""
    block_headers = block_headers or {}
    row_lines = {}
    for i, a in enumerate(amounts):
        row_lines.setdefault(_lines(text, a.start)[0], []).append(i)

    def is_row(line_start: int) -> bool:
        return line_start in row_lines

    found = []
    # whether each sum's role is read from words: its own, or those of the sum before it whose
    # list or kind it goes on with ("Abo-Preise: 1. Kategorie 149,00 Euro, 2. Kategorie 120,00 Euro")
    read = []
    for i in range(len(amounts)):
        role, strength = _role_of(text, amounts, i, row_lines, is_row, block_headers.get(i))
        if role == _SAME_KIND and found[i - 1][1] < 2:
            # the sum before is not read from its words: this one is read from its own
            role, strength = _role_of(text, amounts, i, row_lines, is_row, block_headers.get(i), False)
        goes_on = role in (_AS_BEFORE, _SAME_KIND)
        if goes_on:
            role = found[i - 1][0]
        found.append((role, strength))
        read.append(strength >= 2 or (goes_on and read[i - 1]))
    # an amount nothing names, joined to the next one in the same clause, takes
    # its role: "je Stadtteil 2.500 EUR, mithin insgesamt 7.500 EUR bereitzustellen"
    for i in range(len(amounts) - 2, -1, -1):
        gap = text[amounts[i].end:amounts[i + 1].start]
        if found[i][1] == 0 and found[i + 1][1] >= 2 and _JOINED.fullmatch(gap):
            found[i] = (found[i + 1][0], 1)
    # a figure the paper repeats is one figure: where one mention's role is
    # only guessed, it takes the role its best-read mention has
    best: dict[str, tuple[str, int]] = {}
    for a, (role, strength) in zip(amounts, found):
        if strength > best.get(a.value, ("", -1))[1]:
            best[a.value] = (role, strength)
    roles = [best[a.value][0] if strength <= 1 and best[a.value][1] > strength else role
             for a, (role, strength) in zip(amounts, found)]
    # an amount nothing names that is a difference to the sum before it in its
    # sentence is money of that sum's kind: "Rund 1,3 Millionen Euro waren ...
    # vorgesehen, rund eine halbe Million mehr als noch 2023"
    for i in range(1, len(amounts)):
        if found[i][1] == 0 and _DIFFERENCE_AFTER.match(text, amounts[i].end) \
                and _sentence_bounds(text, amounts[i].start, amounts[i].end)[0] <= amounts[i - 1].start:
            roles[i] = roles[i - 1]
    # a sentence whose words name no role, in the paragraph of a sum read from
    # its words in a sentence shortly before, speaks of money of that sum's kind:
    # "Der Zuschuss ... wird auf 95.000,- Euro ... festgesetzt. Begründung: Seit
    # 2010 bekommt die Tafel 72.185,- Euro.", "Abo-Preise: ... 3. Kategorie 85,00
    # Euro. Freiverkauf: 30,50 Euro" (within one sentence a list goes on with its
    # own clauses: "..., der Sportverein erhält ... 400,-- €"); the bare sums listed
    # after such a sum go on with it ("Freiverkauf: 30,50 Euro, 25,00 Euro, 19,00 Euro")
    for i in range(1, len(amounts)):
        if found[i][1] != 0 or not read[i - 1]:
            continue
        gap = text[amounts[i - 1].end:amounts[i].start]
        if _JOINED.fullmatch(gap) or len(gap) <= _SAME_PARAGRAPH and not _PARAGRAPH_BREAK.search(gap) \
                and _sentence_bounds(text, amounts[i].start, amounts[i].end)[0] >= amounts[i - 1].end:
            roles[i] = roles[i - 1]
            read[i] = True
    return roles


# a sum more of the kind of the sum before ("weitere 150.000 €"), or the total of those before
# it, opening its sentence ("Gesamt: 641.000,00 €")
_SUMS_BEFORE = re.compile(r"(?<![\wäöüß])(?:weitere|zusätzliche|nochmals|abermals|erneut)[ \t]+"
                          r"(?:(?:rund|rd\.|ca\.|etwa|knapp)[ \t]+)?\Z"
                          r"|\A\s*(?:Gesamt|Insgesamt|Summe|Gesamtsumme|Zusammen)[ \t]*[:=][ \t]*"
                          r"(?:(?:rund|rd\.|ca\.)[ \t]*)?\Z")


def _same_paragraph(text: str, first: Amount, second: Amount) -> bool:
    """``first`` stands shortly before ``second`` in the same paragraph."""
    return second.start - first.end <= 2 * _SAME_PARAGRAPH \
        and not _PARAGRAPH_BREAK.search(text, first.end, second.start)


# where the word right after an amount starts
_NEXT_WORD = re.compile(r"[ \t]*(?:(?:EUR|Euro|€)(?![\wäöüß]))?[ \t]*")


# a price word, and a sale in the sentence that makes it the seller's income
# (any price of the thing sold: "Kaufpreis", "Quadratmeterpreis", "Grundstückspreis")
_SALE_PRICE = re.compile(r"[\wäöüß-]*[Pp]reis(?:es|e|en)?")
_SALE = re.compile(r"[Vv]erkauf(?!s?preis)|[Vv]eräußer|verkauft")
# the subject of a clause: its first noun after an article and adjectives ("Die Tageskarte für
# Erwachsene kostet", not "Die neue Kasse für den Eintritt kostet")
_SUBJECT = re.compile(r"\s*(?:(?:[Dd]er|[Dd]ie|[Dd]as|[Ee]ine?|[Jj]ede[rs]?|[Uu]nsere?)\s+)?(?:[a-zäöüß]+e[nrs]?\s+)*"
                      r"([A-ZÄÖÜ][\wäöüß-]*)")
# how far the sum before may stand for an amount of its paragraph nothing names
_SAME_PARAGRAPH = 250
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


# a sum compared with another: "eine halbe Million mehr als", "10.000 Euro weniger als"
_DIFFERENCE_AFTER = re.compile(r"[ \t]+(?:mehr|weniger)[ \t]+als\b")
# the role of the amount before: a role word of the sentence that stands before
# the amount before it is that amount's, and a list goes on with the same kind
# ("der Sportverein erhält ... 400,-- €, das DRK für den Dienst ... 100,-- €")
_AS_BEFORE = "as-before"
# the kind of the sum before, where that sum's own words name it ("weitere 150.000 €")
_SAME_KIND = "same-kind"


def _role_of(text, amounts, i, row_lines, is_row, block_header, same_kind=True) -> tuple[str, int]:
    """(role, strength): 3 read from a header, row name or the words before
    the amount, 2 from its clause after it, 1 from its wider context, 0 the default.
    ``same_kind``: a further sum or a total may be read as of the kind of the sum before."""
    a = amounts[i]
    ls, le = _lines(text, a.start)
    on_line = row_lines.get(ls, [])
    # 1. the heading of its money block, the column header of its table row
    if block_header is not None:
        for part in (block_header.split("\n")[-1], block_header):
            hits = role_hits(part)
            if hits:
                if len({h[2] for h in hits}) == 1:
                    return hits[0][2], 3
                break
    table_row = len(on_line) >= 2 and all(
        _CELL_GAP.fullmatch(text[amounts[x].end:amounts[y].start])
        for x, y in zip(on_line, on_line[1:]))
    if table_row:
        row_tail = text[amounts[on_line[0]].start:le]
        placeholders = [amounts[on_line[0]].start + m.start()
                        for m in _PLACEHOLDER.finditer(row_tail)]
        cells = sorted([amounts[j].start for j in on_line] + placeholders)
        roles = _header_roles(_header_lines_above(text, ls, is_row), len(cells))
        if roles:
            role = roles[cells.index(a.start)]
            if role:
                return role, 3
    # 2. a row name: "Label: amount" or a table row "Label   amount"
    prev_end = amounts[i - 1].end if i else 0
    row_name = re.match(r"\s*(?:\d+[.)]\s*)?([^\t]{2,90}?)(?::|\t|\s{3,}|\s*=)\s*(?:rd\.|ca\.|rund)?\s*$",
                        text[ls:a.start])
    if row_name and on_line and on_line[0] == i and not _SENTENCE_END.search(row_name.group(1)):
        role = _head_role(row_name.group(1))
        if role:
            return role, 3
    # 3. the sentence: the nearest role word before it (since the previous
    # amount), else after it in its clause, else anywhere in the sentence;
    # weak words ("Summe", "insgesamt") only where no other word says more
    ss, se = _sentence_bounds(text, a.start, a.end)
    next_start = amounts[i + 1].start if i + 1 < len(amounts) else len(text)
    before = text[max(ss, prev_end):a.start]
    wide = text[ss:a.start]
    wide_start = ss
    cut = False
    if i and prev_end > ss:
        # the sum before has its own words up to a comma: "2,7 Millionen in den Haushalt eingestellt,
        # eine erste Studie ging von 3,9 Millionen Euro aus" (not a list going on after it, "26.500 €,
        # „Statistik und Wahlen“ in Höhe von 8.600 €", nor "34.700,00 €, davon sind 30.000,00 €")
        # ("... 178 000 Euro eingenommen und im gleichen Atemzug rund 74 000 Euro eingespart")
        own = _CLAUSE_AFTER_SUM.search(before)
        if own and role_hits(before[:own.start()], weak=False):
            wide_start = prev_end + own.end()
            before = wide = before[own.end():]
            cut = True
    after = text[a.end:min(se, next_start)]
    clause = _CLAUSE_SPLIT.split(after)[0]
    # an insertion between dashes or brackets is an aside, not the words that say what the sum is
    # ("sollen – dank der Förderung aus dem EFRE-Programm - bis 2027 fast 2 Millionen Euro investiert werden")
    unblanked = before
    # the clause after a run of amounts joined to this one ("zwischen 4,6 und 7,3 Millionen Euro jährlich vor")
    tail, j = clause, i
    while j + 1 < len(amounts) and _RANGE_GAP.fullmatch(text, amounts[j].end, amounts[j + 1].start):
        j += 1
    if j > i:
        tail = _CLAUSE_SPLIT.split(text[amounts[j].end:se])[0]
    before, wide = _blank_asides(before), _blank_asides(wide)
    if text[ls:a.start].strip() == "" and _ENDS_LINE.match(text, a.end):
        # an amount alone on its line: the next line is another row's name
        after = clause = ""
    if _CAP_BEFORE.search(before):
        return "other", 3  # a cap: "Vorschläge sollen nicht höhere Kosten verursachen als 20.000 €"
    near = before[-160:]
    limit = _LIMIT_BEFORE.search(near)
    if limit and limit.group("upto"):
        # a grant up to a sum is the grant ("Bezuschussung ... bis zu einem Höchstbetrag von 61.000 €")
        hits = role_hits(near[:limit.start()], weak=False)
        if hits and hits[-1][2] == "grant":
            limit = None
    if limit or _LIMIT_AFTER.match(text, a.end):
        return "other", 3
    if _WITH_SUM.search(before) and _SUPPORTED.match(clause):
        return "grant", 3  # "sollen von der Stadt mit jährlich 260.000 Euro Steuergeldern unterstützt werden"
    named_as = _NAMED_AS.match(text, a.end)
    if named_as:
        hits = role_hits(named_as.group(0), weak=False)
        if hits:
            return hits[0][2], 3  # "182.000 € als kommunaler Mitleistungsanteil (KMA) zur Verfügung gestellt"
    means = _FINANCED_BY.match(text, a.end)
    if means:
        hits = role_hits(means.group(1), weak=False)
        if hits:
            return hits[0][2], 3  # "einen Teilbetrag von 1,3 Millionen Euro durch Kredite zu finanzieren"
    noun = _NOUN_AFTER.match(text, a.end)
    if noun:
        # (a programme named after the sum is where the money comes from: "271.000,00 €
        # Investitionsprogramm Kinderbetreuungsfinanzierung")
        hits = [(0, 0, "grant")] if _PROGRAMME_NOUN.search(noun.group(1)) else role_hits(noun.group(1), weak=False)
        if hits:
            # the noun the sum qualifies names it, over the words before it: "bei geplanten 237 Millionen
            # Euro Einnahmen", "die derzeit mehr als 33 Millionen Euro rein städtischen Schulden"
            return hits[0][2], 3
    if _PLANS_IN.search(before) and _PARTICLE_IN.fullmatch(clause):
        return "budget", 3  # a separable verb of planning: "Im Teilhaushalt ... planen wir 91 Millionen Euro ein"
    if _COVERS_DEFICIT.search(before) and _COVERED.match(clause):
        return "grant", 3  # "gleichen im Jahr 2025 das Defizit der VHS mit je 270.000 Euro aus"
    if same_kind and i and _SUMS_BEFORE.search(text[max(ss, prev_end):a.start]) and _same_paragraph(text, amounts[i - 1], a) \
            and not role_hits(before, weak=False) \
            and not any(h[0] == _NEXT_WORD.match(clause).end() and clause[h[0]].isupper()
                        for h in role_hits(clause, weak=False)):
        # a further sum, or the total of the sums listed before it, is money of their kind (a noun
        # right after it still names it): "das bisherige Budget von 1,5 Mio Euro wird ... nicht
        # ausreichen, sodass weitere 150.000€ bewilligt wurden" (not "weitere 150.000 € Fördermittel"),
        # "(Zuwendungen ... zzgl. 271.000,00 €
        # ... Gesamt: 641.000,00 € für die Kosten der Generalsanierung"
        return _SAME_KIND, 2
    for window, last, strength in ((before, True, 3), (clause, False, 2), (wide, True, 1), (after, False, 1)):
        if strength == 1 and last and cut and _ELLIPSIS.fullmatch(before):
            # a clause with no verb of its own goes on with the clause of the sum before it: "die
            # Jugendarbeit wird mit 189 Euro bezuschusst, die Heimatpflege mit rund 146 Euro"
            return _AS_BEFORE, 1
        if strength == 1 and last and _RECEIVES.search(before) and _FROM_PUBLIC_BODY.search(text, a.end, se):
            # money a body receives from a public one is a grant: "Die VHS erhält bisher 560.000 Euro
            # jährlich von Stadt und Landkreis", "bekommt der Verein mit 8000 Euro am meisten Geld von der Stadt"
            return "grant", 2
        hits = role_hits(window, weak=False)
        if last:
            hits = _outside_percentage_base(window, hits)
        if hits and window is wide and i and wide_start + hits[-1][0] < amounts[i - 1].start:
            return _AS_BEFORE, strength  # the word is the amount before's
        if hits:
            hit = hits[-1 if last else 0]
            role = hit[2]
            if role == "cost" and window is before and window[hit[0]:hit[1]] in ("kostet", "kosten") \
                    and _subject_is_revenue(text, ss):
                # what a ticket or admission costs is what the facility charges: "Die Tageskarte für
                # Erwachsene kostet künftig 4,50 Euro"
                return "revenue", strength
            if role == "cost" and _SALE_PRICE.fullmatch(window, hit[0], hit[1]) and _SALE.search(text, ss, se):
                # the price of a sale the sentence names is what the seller takes in: "dem Verkauf des
                # Baugrundstückes ... zum Kaufpreis von 90 EUR/m²"
                return "revenue", strength
            if role == "other" and window is before and any(r == "budget" for _, _, r in role_hits(clause)):
                # a balance the budget plans: "ein Defizit von rund 2,8 Millionen Euro veranschlagt"
                return "budget", strength
            if (role == "cost" or (role == "other" and _BALANCE.search(window, hits[-1][0], hits[-1][1]))) \
                    and window is before and _BUDGET_HOLDS.search(before, 0, hits[-1][0]):
                # spending or a balance the budget as the subject holds: "Der Haushalt sieht Investitionen
                # in Höhe von 6,26 Millionen Euro", "Der Etat enthält Baukosten von ...", "Der
                # Ergebnishaushalt weist ein Minus von rund 650.000 Euro auf"
                return "budget", strength
            if role == "cost" and window in (before, clause) and _planned_in_budget(text, ss, se, tail):
                # spending a budget plans: "Im Finanzhaushalt sind ... Investitionen in Höhe von
                # 21,6 Millionen Euro vorgesehen", "... 60.000,-- für Gerätekosten zur Verfügung gestellt"
                return "budget", strength
            if role == "grant" and window in (before, clause) and _planned_in_budget(text, ss, se, tail, True):
                # grants a budget sets aside are that budget's money: "250.000 Euro an Vereinsfördermitteln
                # in den Haushalt eingestellt", "ein Fördertopf in Höhe von 50.000 Euro in den Haushalt
                # 2021 eingestellt" (not the grant a funder makes available, "stellt ... zur Verfügung")
                return "budget", strength
            return role, strength
    # a sum no word names, listed with others before the verb that puts them all in a budget:
    # "sind 130.000 Euro für die weitere Verbesserung der Darmstädter Straße und 250.000 Euro an
    # Vereinsfördermitteln in den Haushalt eingestellt"
    k = i
    while k + 1 < len(amounts) and amounts[k + 1].start < se \
            and _LISTED_GAP.fullmatch(text, amounts[k].end, amounts[k + 1].start):
        k += 1
    if k > i and _planned_in_budget(text, ss, se, _CLAUSE_SPLIT.split(text[amounts[k].end:se])[0], True):
        return "budget", 2
    # a sentence that points back ("Er umfasse eine Summe von über 250 Millionen
    # Euro.") is about the noun of the sentence before ("Der Haushalt ...")
    if _POINTS_BACK.match(text, ss):
        role = _subject_role(text[_sentence_bounds(text, max(0, ss - 2), max(0, ss - 2))[0]:ss])
        if role:
            return role, 1
    # the volume of a thing the paragraph named before ("Das Gesamtvolumen beträgt rund
    # 170 Millionen Euro", "steigt das Volumen um 6,86 Millionen") is money of that thing's kind
    if "olumen" in wide and _VOLUME.search(wide):
        role = _role_named_before(text, ss)
        if role:
            return role, 1
    for window, last in ((before, True), (clause, False), (unblanked, True)):
        hits = role_hits(window, weak=True)
        if hits:
            return hits[-1 if last else 0][2], 1
    # a sum the sentence gives the budget as a whole: "Der städtische Haushalt ist mit einem
    # Volumen von rund zwei Milliarden Euro beschlossen worden"
    if _BUDGET_SUBJECT.search(wide):
        return "budget", 1
    # 4. the row name above an amount standing alone (a table read column by column)
    if text[ls:a.start].strip() == "":
        role = _head_role(" ".join(_block_above(text, ls)))
        if role:
            return role, 1
    # 5. the sentence that introduces a list of rows ("… folgenden Projekten …:"); where it names
    # only the provision it changes ("§ 4 Abs. 1 wird wie folgt ergänzt:"), the one above it that
    # names the statute ("folgende Ergänzungen der Friedhofsgebührensatzung:")
    intro_start = ls
    for _ in range(2):
        intro_start = _intro_line_above(text, intro_start, is_row)
        if intro_start is None:
            break
        intro = _sentence_text(text, intro_start + len(text[intro_start:].split("\n", 1)[0]) - 1)
        hits = role_hits(intro, weak=False)
        if hits:
            return hits[-1][2], 1
        if not _AMENDS_PROVISION.search(intro):
            break
    return DEFAULT_ROLE, 0


# where the words of the sum before end and this sum's clause begins
_CLAUSE_AFTER_SUM = re.compile(r"[,;]\s|(?<!-)\s(?:und|sowie|oder)\s")
# a clause of nouns, articles and approximations without a verb of its own ("die Heimatpflege mit rund")
# (its adjectives stand before a noun: "kulturelle Vereine"; a word may be hyphenated at a line break)
_ELLIPSIS = re.compile(r"\s*(?:(?:[A-ZÄÖÜ][\wäöüß-]*|der|die|das|den|dem|des|mit|für|an|je|jeweils|rund|rd\.|ca\."
                       r"|knapp|etwa|insgesamt|zusammen|noch|nur|maxi-?\s*mal|höchstens|bis\s+zu|jährlich|zusätzlich"
                       r"|[a-zäöüß]+e[nrsm]?(?=\s+[A-ZÄÖÜ]))\s+)*")
# the noun right after a sum, after at most two of its adjectives ("Euro rein städtischen Schulden")
_NOUN_AFTER = re.compile(r"[ \t]+(?:(?!(?:eine|diese|jede|welche|unsere|keine)[nrms]?[ \t])"
                         r"(?:rein|nur|allein|[a-zäöüß]{3,}(?:e|en|er|es|em))[ \t]+){0,2}([A-ZÄÖÜ][\wäöüß-]*)")
# a sum put in a plan by a separable verb whose particle closes its clause: "planen wir ... ein", "stellt
# die Stadt ... ein" (einplanen, einstellen)
_PLANS_IN = re.compile(r"(?<![\wäöüß])(?:plan|stell)(?:e|t|en|te|ten|st)(?![\wäöüß])")
_PARTICLE_IN = re.compile(r"[ \t]*(?:[\wäöüß]+[ \t]+){0,3}?ein(?:[ \t]*[.!?])?\s*")
_PROGRAMME_NOUN = re.compile(r"[Pp]rogramm(?:s|es|e|en)?$")
# a deficit or loss named before a sum given "mit" it, covered by the verb after it
_COVERS_DEFICIT = re.compile(r"(?:[Dd]efizit|[Vv]erlust|[Ff]ehlbetrag)[\wäöüß]*[ \t]+(?:[^,.;:!?\n]{0,60}?[ \t])?"
                             r"mit[ \t]+(?:(?:je|jeweils|jährlich|rund|rd\.|ca\.|knapp|bis[ \t]+zu)[ \t]+)*$")
_COVERED = re.compile(r"[ \t]*(?:[\wäöüß]+[ \t]+){0,2}?(?:aus|auszugleichen|ausgleichen|ausgeglichen|abdecken|abgedeckt"
                      r"|abzudecken)(?![\wäöüß])")
# a verb of receiving, and the public body the money comes from after the sum
_RECEIVES = re.compile(r"(?<![\wäöüß])(?:erh(?:ält|alten|ielt|ielten)|bek(?:ommt|ommen|am|amen))(?![\wäöüß])")
_FROM_PUBLIC_BODY = re.compile(r"(?<![\wäöüß])(?:von|vom)[ \t]+(?:(?:der|dem|den)[ \t]+)?(?:Stadt|Gemeinde|Kommune|Landkreis"
                               r"|Kreis|Land|Bund|Freistaat|Bezirk|Markt|Samtgemeinde|Verbandsgemeinde)(?![\wäöüß])")
# the end of an amount's clause after it (not "- und" of a shared word part: "Material- und Gerätekosten")
_CLAUSE_SPLIT = re.compile(r"[,;(]|(?<!-)\s(?:und|bzw\.|oder|sowie)\s")
# what stands between sums listed as the subjects of one verb: each sum's purpose and "und"
# ("130.000 Euro für die weitere Verbesserung der Darmstädter Straße und 250.000 Euro")
_LISTED_GAP = re.compile(r"[ \t]*(?:EUR|Euro|€)?(?:[ \t]+(?:für|an|zur|zum|in|im)[ \t][^,.;:!?()\n]{1,100}?)?"
                         r"(?:[ \t]*,|[ \t]+(?:und|sowie))[ \t]+(?:(?:weitere|rund|rd\.|ca\.|je)[ \t]+)?")
# what joins the amounts of a range or pair: "zwischen 4,6 und 7,3 Millionen Euro"
_RANGE_GAP = re.compile(r"\s*(?:und|bis|oder|–|-)\s*")
# an aside between a pair of dashes or brackets (not one word in brackets that names the noun
# before it again: "Kreditaufnahmen (Kreditermächtigung)")
_ASIDE = re.compile(r"(?<=\s)[–—-][ \t][^–—()\n]{3,120}?[ \t][–—-](?=\s)|\((?=[^()\n]*?[^()\s][ \t]+[^()\s])[^()\n]{1,120}\)")
# the verb that puts a sum in a plan, at the end of its clause
# (also the particle of "sieht ... vor")
# (and its infinitive: "mit 78.820,44 € ... in den Haushaltsplan 2013 ... einzustellen")
_PLANNED = re.compile(r"\b(?:vorgesehen|geplant|eingeplant|veranschlagt|eingestellt|bereitgestellt"
                      r"|einzustellen|einzuplanen|bereitzustellen|zu\s+veranschlagen|vorzusehen"
                      r"|zur\s+Verfügung\s+gestellt|vor)\b")
_SEES = re.compile(r"\bs(?:ieht|ehen|ehe|ah|ahen)\b")
# a budget the sentence names (not the budget year)
_BUDGET_NAMED = re.compile(r"[Hh]aushalt(?!s?jahr)|\bEtat\b|[Ww]irtschaftsplan|[Ff]inanzplan")


def _subject_is_revenue(text: str, ss: int) -> bool:
    """The subject of the sentence at ``ss`` is a word of income (a ticket, admission)."""
    m = _SUBJECT.match(text, ss)
    return m is not None and _word_roles(m.group(1))[0] == "revenue"


def _blank_asides(window: str) -> str:
    """``window`` with its asides blanked out (positions kept)."""
    if "(" not in window and " –" not in window and " -" not in window and " —" not in window:
        return window
    return _ASIDE.sub(lambda m: " " * len(m.group()), window)


def _planned_in_budget(text: str, ss: int, se: int, clause: str, named: bool = False) -> bool:
    """The clause after a sum ends with a verb of planning it and its sentence
    names a budget (or the verb is that of making money available, unless
    ``named`` asks for the budget to be named)."""
    m = None
    for m in _PLANNED.finditer(clause):
        pass
    if m is None or clause[m.end():].strip(" \t\n.!?"):
        return False
    if m.group() == "vor" and not _SEES.search(text, ss, se):
        return False
    return (m.group().startswith(("bereit", "zur")) and not named) or _BUDGET_NAMED.search(text, ss, se) is not None


# the sum a percentage is taken of: "15% der Investitionssumme", "30 v. H. der
# ... zuwendungsfähigen Gesamtkosten"; its noun says what the base is, not what
# an amount after it is ("einen Zuschuss von 15% der Investitionssumme, somit
# 127.740,00 €" is the grant)
_PERCENT_OF = re.compile(r"\d(?:[\d.,]*\d)?[ \t]*(?:%|Prozent|v\.[ \t]?H\.)[ \t]+(?:der|des|von|vom)[ \t]+"
                         r"(?:[\wäöüßÄÖÜ-]+[ \t]+){0,4}$")


# what is computed from the amount, named after the word of a base: "der Messbetrag, die
# Grundlage der Grundsteuer, hat ... bei 15.245 Euro gelegen" (the amount is the base, not the tax)
_BASE_OF = re.compile(r"(?<![\wäöüß])(?:[\wäöüß]*[Gg]rundlage|Basis)[ \t]+(?:der|des|für[ \t]+(?:die|den|das))[ \t]+"
                      r"(?:[\wäöüßÄÖÜ-]+[ \t]+){0,2}$")


# the calculation or plan a figure is taken from, named after "nach", "laut", "gemäß": "beträgt die
# Unterdeckung im gebührenfähigen Bereich nach der vorliegenden Gebührenkalkulation für das Jahr 2023
# -990.654,09 Euro" (the figure is the shortfall, not a fee)
_SOURCE_OF = re.compile(r"(?<![\wäöüß])(?:nach|laut|lt\.|gemäß)\s+(?:(?:der|dem|den|des)\s+)?(?:[a-zäöüß]+\s+)?$")
_SOURCE_WORD = re.compile(r"(?:kalkulation|berechnung|rechnung|schätzung|plan|planung|satzung|bescheid)(?:en|s|es)?$")


def _outside_percentage_base(window: str, hits: list) -> list:
    """The role hits of ``window`` but those naming the base of a percentage,
    what a base is the base of, or the calculation a figure is taken from,
    where another role word stands before it."""
    percent = "%" in window or "Prozent" in window or "v. H." in window or "v.H." in window
    base = "rundlage" in window or "Basis" in window
    source = "nach " in window or "laut " in window or "lt. " in window or "gemäß " in window
    if not percent and not base and not source:
        return hits
    kept = [h for h in hits
            if not ((percent and _PERCENT_OF.search(window, 0, h[0])) or (base and _BASE_OF.search(window, 0, h[0]))
                    or (source and _SOURCE_WORD.search(window[h[0]:h[1]].lower())
                        and _SOURCE_OF.search(window, max(0, h[0] - 60), h[0])))
            or _OF_BASE.fullmatch(window, h[1])]
    return kept or hits


# the amount is the base itself where it follows the base's noun directly:
# "80 % der Baukosten von 50.000 €"
_OF_BASE = re.compile(r"[ \t]*(?:(?:in[ \t]+Höhe[ \t]+)?von|über)?[ \t]*(?:rd\.|ca\.|rund)?[ \t]*")


# a sentence that opens with a pronoun standing for a thing the sentence
# before names, or with "hierfür", "dafür" (for the measure it names)
# the budget as a whole named as the subject or object of a sentence: "Der städtische Haushalt",
# "dieser Haushalt", "unseren Haushalt" (not "im Haushalt", "ein Haushalt", "die Haushalte")
_BUDGET_SUBJECT = re.compile(r"(?<![\wäöüß])(?:[Dd]er|[Dd]ieser|[Uu]nser(?:en)?|[Dd]en|[Dd]iesen)[ \t]+"
                             r"(?:[a-zäöüß]+e[nr]?[ \t]+)?(?:Gesamt)?[Hh]aushalt(?![\wäöüß])")
# a sum given in support, "mit" before it and the participle closing its clause: "mit
# jährlich 260.000 Euro Steuergeldern unterstützt", "wird mit 5.000 € gefördert"
_WITH_SUM = re.compile(r"(?<![\wäöüß])mit[ \t]+(?:(?:jährlich|insgesamt|rund|rd\.|ca\.|knapp|bis[ \t]+zu|weiteren|je)[ \t]+)*$")
_SUPPORTED = re.compile(r"[ \t]*(?:[A-ZÄÖÜ][\wäöüß-]*[ \t]+)?(?:unterstützt|gefördert|bezuschusst|subventioniert)(?![\wäöüß])")

_POINTS_BACK = re.compile(r"\s*(?:Er|Sie|Es|Dieser|Diese|Dieses|Hierfür|Dafür)\b")
# the budget as a whole or a part of it named by its compound ("Der Ergebnishaushalt", "der
# Gesamtergebnishaushalt 2019") as the subject of a verb of holding, before or after it: "Der Haushalt
# sieht", "Der Etat enthält", "schließt der Gesamtergebnishaushalt 2019 mit einem Fehlbedarf ... ab"
_BUDGET_AS_SUBJECT = (r"(?:[Dd]er|[Dd]ieser|[Uu]nser)[ \t]+(?:[a-zäöüß]+e[nr]?[ \t]+)?"
                      r"(?:[A-ZÄÖÜ][a-zäöüß]+)?(?:[Hh]aushalt|Etat)(?:[ \t]+\d{4})?")
_HOLDING = r"(?:sieht|sah|enthält|enthielt|umfasst|umfasste|plant|plante|weist|wies|schließt|schloss)"
_BUDGET_HOLDS = re.compile(rf"(?<![\wäöüß])(?:{_BUDGET_AS_SUBJECT}[ \t]+{_HOLDING}|{_HOLDING}[ \t]+{_BUDGET_AS_SUBJECT})"
                           r"(?![\wäöüß])")
# a balance of a budget's sides: "Minus", "Defizit", "Fehlbetrag", "Überschuss"
_BALANCE = re.compile(r"Minus|Plus|[\wäöüß-]*(?:[Dd]efizit|[Ff]ehlbetrag|[Ff]ehlbedarf|[Üü]berschuss)")
# the volume of something named before: "Das Gesamtvolumen", "das Volumen", "dessen Volumen"
_VOLUME = re.compile(r"(?<![\wäöüß])(?:[Dd]as|[Dd]essen|[Ss]ein|[Ii]hr)[ \t]+(?:Gesamt)?[Vv]olumen(?![\wäöüß])")
# how far back a sentence is looked for the thing a volume is of
_VOLUME_REACH = 3


def _role_named_before(text: str, ss: int) -> str | None:
    """The role of the nearest of the few sentences before ``ss`` in its
    paragraph that names one (a role word, or a budget as a whole)."""
    end = ss
    for _ in range(_VOLUME_REACH):
        if end <= 0 or _PARAGRAPH_BREAK.search(text, max(0, end - 3), end):
            return None
        start = _sentence_bounds(text, max(0, end - 2), max(0, end - 2))[0]
        role = _subject_role(text[start:end])
        if role:
            return role
        end = start
    return None
# nouns that name a budget as a whole: a role only for a sentence that points back to them
_BUDGET_NOUN = re.compile(r"(?<![\wäöüß-])(?:Gesamt)?[Hh]aushalt(?:e|es|s)?(?![\wäöüß])")


def _subject_role(sentence: str) -> str | None:
    """The role of a sentence's last role word, else ``budget`` where it names a budget."""
    hits = role_hits(sentence, weak=False)
    if hits:
        return hits[-1][2]
    return "budget" if _BUDGET_NOUN.search(sentence) else None


# a sentence the rows below complete: four words or more from a capital, no closing mark
_UNFINISHED = re.compile(r"[A-ZÄÖÜ][\wäöüß-]*(?:\s+[\wÄÖÜäöüß-]+){3,}\s+[\wÄÖÜäöüß-]*[A-Za-zäöüß]")


# an intro naming the provision of a statute it changes: "§ 4 Abs. 1 wird wie folgt ergänzt:"
_AMENDS_PROVISION = re.compile(r"§[ \t]*\d[^:\n]{0,60}?\bwie[ \t]+folgt\b")


def _intro_above(text: str, line_start: int, is_row) -> str | None:
    """The line above a run of rows that introduces them: it ends in a colon,
    or it is a sentence the rows complete (rows, not a paragraph), if any."""
    ps = _intro_line_above(text, line_start, is_row)
    return None if ps is None else _sentence_text(text, ps + len(text[ps:].split("\n", 1)[0]) - 1)


def _intro_line_above(text: str, line_start: int, is_row) -> int | None:
    """Where the line of ``_intro_above`` starts."""
    rows_short = text.find("\n", line_start) - line_start <= _PARAGRAPH_LINE
    pos = line_start
    for _ in range(15):
        if pos <= 0:
            return None
        ps = text.rfind("\n", 0, pos - 1) + 1
        line = text[ps:pos - 1].strip()
        pos = ps
        if not line or is_row(ps):
            continue
        if line.endswith(":") or (rows_short and _UNFINISHED.fullmatch(line)):
            # "... folgenden Projekten ...:", "Das Jahresbudget betrug laut Finanzplan für die Jahre"
            return ps
        if len(line) > 40:
            return None
    return None


def _sentence_text(text: str, pos: int) -> str:
    ss, _ = _sentence_bounds(text, pos, pos)
    return text[ss:pos]


def _block_above(text: str, line_start: int) -> list[str]:
    """The lines right above ``line_start`` (blank lines skipped) up to the next blank line."""
    out: list[str] = []
    pos = line_start
    while pos > 0 and len(out) < 14:
        ps = text.rfind("\n", 0, pos - 1) + 1
        line = text[ps:pos - 1]
        pos = ps
        if not line.strip():
            if out:
                break
            continue
        if re.search(r"\d[\d.]*,\d\d|€|Euro|EUR", line):
            if not out and _LONE_AMOUNT.fullmatch(line.strip()):
                continue  # the amount above in the same column
            break
        out.insert(0, line.strip())
    return out


# --- funder and programme ----------------------------------------------------

_FUNDERS = [
    ("EU", r"\bESF\b|Europäische[nrs]?\s+Sozialfonds?|\bEFRE\b|Europäische[nrs]?\s+Fonds|\bEU\b|Europäische[nr]?\s+Union|\bLEADER\b|\bELER\b"),
    ("Bund", r"\bBund(?:es)?\b|Bundesmittel|Bundesprogramm|Bundesministeri\w*|\bBMBF\b|\bBMFSFJ\b|\bBMWK\b|\bKfW\b|Bundesförder\w*"),
    ("Land", r"\bLand(?:es)?\s+(?:NRW|Nordrhein-Westfalen|Baden-Württemberg|Bayern|Hessen|Niedersachsen|Rheinland-Pfalz|Sachsen|Brandenburg|Berlin|Hamburg|Bremen|Thüringen|Schleswig-Holstein|Saarland|Mecklenburg-Vorpommern|Sachsen-Anhalt)\b"
             r"|Landesmittel|Landesprogramm\w*|Landesinitiative|Landesregierung|Landeszuschuss|Landesförder\w*|Ministeri\w*\s+(?:für|des)\b|Städtebauförderung|\bdes\s+Landes\b|\bvom\s+Land\b|\bdas\s+Land\b|\bdem\s+Land\b"),
    ("Stiftung", r"\b(?:(?!(?:Der|Die|Das|Den|Dem|Des|Eine[rm]?)\s)[A-ZÄÖÜ][\wäöüß-]+\s)?[\wÄÖÜäöüß-]*[Ss]tiftung\b"),
    ("Kommune", r"\b(?:von\s+der|durch\s+die|der)\s+Stadt\b|\bstädtische[nr]?\s+(?:Zuschuss|Förderung|Zuwendung)|\bGemeinde\s+\w+\s+(?:fördert|bezuschusst)|\bStadt\s+[A-ZÄÖÜ]\w+\s+(?:mit|fördert)"),
]
# (with the strings one of which each match holds, where known: a sentence
# holding none of them is not searched)
_FUNDER_RES = [(name, re.compile(p), required_strings(p)) for name, p in _FUNDERS]

_GENERIC_PROGRAMME = re.compile(
    r"(?:(?:Bundes|Landes|EU-|Sonder|Investitions|Förder)?[Pp]rogramm(?:es|s)?|Landesinitiative|Förderrichtlinie|Richtlinie)"
    r"\s+(?:„|\"|“)([^“”\"„\n]{3,90})(?:“|”|\")"
    r"|(?<![\w-])((?:Förderprogramm|Landesprogramm|Bundesprogramm|Sonderprogramm)\s+(?:[A-ZÄÖÜ][\wäöüß-]*\s?){1,5})"
    r"|(?<![\w-])(Richtlinie\s+(?:zur|über\s+die|für\s+die)\s+(?:[\wÄÖÜäöüß-]+\s){0,6}?[\wÄÖÜäöüß-]*(?:förderung|Förderung|Zuwendungen?))")


# where a match of _GENERIC_PROGRAMME can start: each of its branches opens with one of these
# (all of them words: the engine skips ahead to their first letters)
_GENERIC_PROGRAMME_START = re.compile(r"Bundes|Landes|EU-|Sonder|Investitions|Förder|Programm|programm|Richtlinie")


def _generic_programmes(text: str):
    """The matches of _GENERIC_PROGRAMME.finditer(text), tried only where one can start."""
    return matches_from_starts(_GENERIC_PROGRAMME, _GENERIC_PROGRAMME_START, text)


@lru_cache(maxsize=1)
def _programme_patterns() -> list[tuple[Rule, str | None, int]]:
    """(regex, usual name or None, group) of the rules in patterns/programmes.jsonl."""
    return [(Rule(rule["regex"]), rule.get("name"), rule.get("group", 0))
            for rule in pattern_files.load("programmes.jsonl") if "regex" in rule]


def _window(text: str, start: int, end: int) -> str:
    ss, se = _sentence_bounds(text, start, end)
    return text[ss:se]


def funder_of(text: str, start: int, end: int) -> str | None:
    """Who pays the grant at ``start``..``end``: EU, Bund, Land, a foundation
    (Stiftung) or the municipality (Kommune), from its sentence or row;
    the name nearest the amount wins."""
    ss, se = _sentence_bounds(text, start, end)
    sentence = text[ss:se]
    best = None
    for name, rx, required in _FUNDER_RES:
        if required is not None and not any(s in sentence for s in required):
            continue
        for m in rx.finditer(text, ss, se):
            d = start - m.end() if m.end() <= start else m.start() - end
            if d < 0:
                continue
            if best is None or d < best[0]:
                best = (d, name, m.group())
    if not best:
        return None
    name, word = best[1], best[2]
    if name == "Stiftung":
        return word.strip()
    return name


def programme_of(text: str, start: int, end: int, paper_programmes: list[str] | None = None) -> str | None:
    """The programme a grant belongs to: one named in its sentence (a known
    programme from patterns/programmes.jsonl or a "Förderprogramm …",
    "Landesprogramm …", "Richtlinie …" phrase), else the known programme the
    paper names most often (at least twice)."""
    found = programmes_in(_window(text, start, end))
    if found:
        return found[0]
    known = Counter(p for p in paper_programmes or [] if p in _known_names()).most_common(1)
    if known and known[0][1] >= 2:  # named once in passing is not the paper's programme
        return known[0][0]
    return None


def _known_names() -> set[str]:
    return {name for _, name, _ in _programme_patterns() if name}


def programme_name(mention: str) -> str | None:
    """The usual name of the known programme (patterns/programmes.jsonl) a
    mention (a PROGRAM entity's text) names, or None: a project or campaign
    in quotes is not a funding programme, a fund that pays (ESF) a funder."""
    mention = re.sub(r"\s+", " ", mention).strip(" ,.")
    for rx, name, _ in _programme_patterns():
        if name and rx.pattern.search(mention):
            return name
    return None


def programmes_in(text: str) -> list[str]:
    """Every programme named in ``text``, in text order, known programmes by
    their canonical name."""
    out = []
    for rx, name, group in _programme_patterns():
        if name:
            out.extend((m.start(), m.end(), name) for m in rx.finditer(text))
    for m in _generic_programmes(text):
        if any(s < m.end() and m.start() < e for s, e, _ in out):
            continue  # a known programme inside the phrase: named already
        value = re.sub(r"\s+", " ", next(g for g in m.groups() if g)).strip(" ,.")
        out.append((m.start(), m.end(), value))
    return [name for _, _, name in sorted(out)]


# --- labels --------------------------------------------------------------------

_LEAD_CURRENCY = re.compile(r"^(?:Euro|EUR|€|T€|TEUR|brutto|netto|Brutto|Netto|\d+\))(?!\w)")
_LEAD_WORDS = re.compile(r"^(?:und|oder|bzw\.|sowie|davon|wovon|dass|die|der|das|ist|sind|mit|von|auf|für"
                         r"|in\s+Höhe\s+von|insgesamt|jeweils|rd\.|rund|ca\.|circa)\s+", re.IGNORECASE)
_TAIL_WORDS = re.compile(r"\s+(?:in\s+Höhe\s+von|von|rd\.|rund|ca\.|circa|je|jeweils|insgesamt|insges\.|über"
                         r"|mehr\s+als|bis\s+zu|max\.|maximal|etwa|mit|auf|um|bei|beträgt|betragen|sich)$")
_MAX_LABEL = 80
_MAX_NAME = 120


def _clean_label(s: str, name: bool = False) -> str:
    """Whitespace, tags and hyphenation gone; a long sentence keeps its words
    nearest the amount, a long row or column name its first words."""
    # (each substitution only where the characters its matches hold are)
    if "<" in s or "**" in s:
        s = re.sub(r"<[^>]+>|\*\*", "", s)
    if "-" in s and "\n" in s:
        s = re.sub(r"(\w)-[ \t]*\n[ \t]*(?=[a-zäöüß])", r"\1", s)  # a word hyphenated at a line break
        s = re.sub(r"(\w)-[ \t]*\n[ \t]*(?=[A-ZÄÖÜ])", r"\1-", s)  # "Baden-" + "Württemberg"
    s = re.sub(r"\s+", " ", s).strip(" :=–-\t,;(")
    s = re.sub(r"^[^\w„\"(…]+", "", s)  # a bullet (•, a symbol font's private character)
    for _ in range(3):
        s = _TAIL_WORDS.sub("", s).strip(" :=–-,;(")
    if name and len(s) > _MAX_NAME:
        s = s[:_MAX_NAME].rsplit(" ", 1)[0] + " …"
    elif not name and len(s) > _MAX_LABEL:  # the words nearest the amount, whole
        s = "…" + s[-_MAX_LABEL:].split(" ", 1)[-1]
    return s


def _whole_words_from(text: str, pos: int) -> int:
    """``pos`` moved back to the start of the word it cuts, across a
    hyphenated line break ("bezie-\\nhungsweise")."""
    while pos > 0 and text[pos - 1].isalnum():
        pos -= 1
    m = re.search(r"(\w+)-[ \t]*\n[ \t]*\Z", text[max(0, pos - 40):pos])
    if m:
        pos = max(0, pos - 40) + m.start()
    return pos


def amount_labels(text: str, amounts: list[Amount]) -> list[str | None]:
    """What each amount is for, in words a reader can take in: the row name
    of its table row, the header over a column read down the page, else the
    words of its sentence since the previous amount (or its clause after it)."""
    row_lines: dict[int, list[int]] = {}
    for i, a in enumerate(amounts):
        row_lines.setdefault(_lines(text, a.start)[0], []).append(i)
    return [_label_of(text, amounts, i, row_lines) for i in range(len(amounts))]


_NOUN = re.compile(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]{2,}")


def _column_names(lines: list[str], k: int) -> list[str] | None:
    """Names of the ``k`` columns under a header: its cells (one per line or
    split by tabs), else one header line cut where each column's role word
    starts ("Gesamt | Stadt Karlsruhe | Städtebauförderung")."""
    if not lines:
        return None
    for line in reversed(lines):
        starts, last = [], None
        for start, _, role in role_hits(line):
            if role != last:
                starts.append(start)
            last = role
        if len(starts) == k:
            bounds = starts[1:] + [len(line)]
            return [line[a:b].strip() for a, b in zip([0] + starts[1:], bounds)]
    cells = _header_cells(lines)
    if len(cells) == k:
        return [re.sub(r"\s+", " ", c).strip() for c in cells]
    return None


def _has_words(s: str) -> bool:
    return re.search(r"[A-Za-zÄÖÜäöüß]{3}", s) is not None


def _label_of(text: str, amounts: list[Amount], i: int, row_lines) -> str | None:
    a = amounts[i]
    ls, le = _lines(text, a.start)
    first = amounts[row_lines[ls][0]]
    line_head = text[ls:first.start]
    # a table row: its first cell that has words
    cells = [c for c in re.split(r"\t|\s{3,}|\|", line_head) if c.strip()]
    on_line = row_lines[ls]
    table_row = len(on_line) > 1 and all(
        _CELL_GAP.fullmatch(text[amounts[x].end:amounts[y].start]) for x, y in zip(on_line, on_line[1:]))
    hyphenated = re.search(r"\w-[ \t]*\n[ \t]*\Z", text[max(0, ls - 40):ls]) is not None
    # a row of several amounts: the row's name and the column's ("2019 – Stadt Karlsruhe")
    if table_row and not hyphenated:
        row = next((c for c in cells if c.strip()), "").strip()
        row = re.sub(r"^\s*(?:\d+[.)](?=\s)|•|-)\s*", "", row) if _has_words(row) else row
        row_tail = text[first.start:le]
        slots = sorted([amounts[j].start for j in on_line]
                       + [first.start + m.start() for m in _PLACEHOLDER.finditer(row_tail)])
        columns = _column_names(_header_lines_above(text, ls, lambda p: p in row_lines), len(slots))
        column = columns[slots.index(a.start)] if columns else None
        label = " – ".join(x for x in (row, column) if x)
        if _has_words(label):
            return _clean_label(label, name=True) or None
    if cells and not hyphenated and (len(cells) > 1 or re.search(r"(?::|=|\t|\s{3,})\s*$", line_head)):
        named = next((c for c in cells if re.search(r"[A-Za-zÄÖÜäöüß]{2}", c)), None)
        if named and (len(named) < 40 or not _SENTENCE_END.search(named)):
            return _clean_label(re.sub(r"^\s*(?:\d+[.)](?=\s)|•|-)\s*", "", named), name=True) or None
    # an amount alone on its line: the name above it (a column read down the page)
    if not text[ls:a.start].strip() and _ENDS_LINE.match(text, a.end):
        above = _block_above(text, ls)
        # a name over a few lines, or the first of a column header's cells
        cells = ["\n".join(above)] if len(above) <= 4 else _header_cells(above)
        if cells and cells[0].strip():
            return _clean_label(cells[0], name=True) or None
    # its sentence: the words since the previous amount, else its clause after it
    ss, se = _sentence_bounds(text, a.start, a.end)
    prev_end = amounts[i - 1].end if i else 0
    lo = _whole_words_from(text, max(ss, prev_end))
    before = _trim_lead(_clean_label(text[lo:a.start]))
    if _NOUN.search(before):
        return before
    if i and prev_end > ss and _lines(text, amounts[i - 1].start)[0] == ls:
        # "von 150 € auf 200 €": the label of the amount before
        label = _label_of(text, amounts, i - 1, row_lines)
        if label:
            return label
    next_start = amounts[i + 1].start if i + 1 < len(amounts) else len(text)
    after = text[a.end:min(se, next_start)]
    clause = re.split(r"[,;(]|\s(?:und|bzw\.|oder|sowie)\s", after)[0]
    clause = _trim_lead(_clean_label(clause))
    return clause if _has_words(clause) else None


def _trim_lead(s: str) -> str:
    for _ in range(4):
        s = _LEAD_WORDS.sub("", _LEAD_CURRENCY.sub("", s)).lstrip(" :=–-,;.)")
    return s
