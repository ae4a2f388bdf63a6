"""Find the money amounts a German council paper names.

An amount is a German-formatted number (``29.997,30``, ``945 000``,
``23.000,-``) that carries a currency: written next to it (``Euro``, ``EUR``,
``€``, ``EUR 5.000``), with a scale (``1,2 Mio. €``, ``350 T€``, ``1.794 TEUR``,
``9 Millionen Euro``), shared with the next number of a range
(``3500 – 4000 Euro``), implied by the ``,-`` of a price, or given by the
heading of the table block it stands in (a line reading ``€`` / ``Euro`` /
``in T€`` above rows of numbers). A sum in words (``drei Millionen Euro``,
``eine halbe Million`` in a paragraph that prints euro sums of that scale) is
one too. A minus sign set apart from the number after the word that
introduces the value (``mit – 287.324,26 Euro``) makes it negative.
Percentages, counts, account numbers, dates,
paragraph numbers and sizes carry no currency and are therefore not amounts.
"""
from __future__ import annotations

import bisect
import re
from decimal import Decimal, InvalidOperation

from extract.amount_roles import amount_labels, amount_roles, funder_of, programme_of, programmes_in
from extract.entities import Rule, opening_finditer
from extract.records import Amount

# a German number: grouped by dots or by single spaces, or ungrouped;
# decimals after a comma; ",-" / ",--" for whole euros
_NUMBER = (
    r"(?<![\w.,-])(?<![\w.,/][-–])"
    # a minus sign attached to the number, or ending the line before it
    r"(?P<sign>[-−](?=\d)|(?<=\s)[-−]\r?\n(?=\d))?"
    r"(?P<num>\d{1,3}(?:\.\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:(?=,(?:\d\d(?!\d)|-))|(?![\d.,]\d))"
    # a decimal point before a scale ("1.3 Mio. €"): one or two digits after a dot group no thousands
    r"|\d{1,3}\.\d{1,2}(?=[ \t\u00a0]*(?:Mio|Mrd|Milli))|\d+)"
    r"(?P<dec>,(?:\d+|--?|–)(?![\d]))?"
    r"(?![\d]|\.\d)"
)
_SCALE = (r"(?P<scale>Mio\.?|Millionen|Million|Mrd\.?|Milliarden|Milliarde|Billionen|Billion"
          r"|Tsd\.?|Tausend)")
_CUR = r"(?P<cur>T€|TEUR|T\s?EUR|TEuro\b|€|EUR(?:O)?\b|Euro\b(?!-)|Cent\b|ct\b|DM\b)"
# (a comma typed between the number and its scale: "5,6, Mio. €")
_AFTER = re.compile(r"(?:,(?=[ \t\u00a0]*(?:Mio|Mrd|Milli)))?[ \t\u00a0]*(?:\r?\n[ \t]*)?(?:" + _SCALE + r"[ \t\u00a0]*)?" + _CUR)
_BEFORE = re.compile(r"(?P<cur>€|EUR|Euro)[ \t\u00a0]*\Z")
_NUMBER_RE = re.compile(_NUMBER)
# a point before one or two digits: a decimal point where a scale follows ("1.3 Mio. €")
_POINT_DECIMAL = re.compile(r"\d{1,3}\.\d{1,2}")
# the same matches, searched where a digit or sign opens a number
_NUMBER_RULE = Rule(_NUMBER)
_SCALE_AFTER = re.compile(r"[ \t\u00a0]*" + _SCALE + r"(?![\wäöü])")
# a unit line of a table: "(in 1.000 €)", "in Tsd. EUR", "Beträge in T€"
_UNIT_THOUSANDS = re.compile(r"\bin\s+(?:1\.000|Tsd\.?|Tausend)\s*(?:€|EUR|Euro)")
# a number (with its scale) right before a currency word: "35.000 Euro"
_CLOSES_AMOUNT = re.compile(r"\d(?:,\d+|,-)?[ \t\u00a0]*(?:" + _SCALE + r"[ \t\u00a0]*)?\Z")
_NOT_MONEY_AFTER = re.compile(r"\s*(?:%|Prozent|v\.\s?H\.|vH\b|ha\b|qm\b|m²|km|kB|MB|GB|Uhr)")
# a line that heads a money column or block: a currency word and no digits
_HEADER_CUR = re.compile(r"(?<![\w])(?:in\s+)?(?P<cur>T€|TEUR|Tsd\.\s?(?:€|EUR|Euro)|€|EUR|Euro)(?![\w])")
_ACCOUNT_BEFORE = re.compile(
    r"(?:\b(?:SK|KST|PSP(?:-Element)?|Sachkonto|Kostenstelle|Kostenart|Konto|Innenauftrag"
    r"|Finanzposition|Produkt(?:gruppe)?|Nr|Az|Aktenzeichen|Vorlage|Drucksache|TOP|Anlage"
    r"|Seite|S|Ziffer|Punkt|Abs|Art|§{1,2})\.?:?\s*)$")

# a minus sign set apart from the number after the word that introduces the value:
# "stellte den Jahresverlust ... mit – 287.324,26 Euro fest", "Ergebnis: - 1.200 €"
# (not the dash of a range "100 – 200 Euro", whose number stands before it)
_SPACED_SIGN = re.compile(r"(?:(?<![\wäöüß])(?:mit|von|auf|um|beträgt|betragen|betrug|ergibt|ergab)|[:=])"
                          r"[ \t\u00a0]+[-–−][ \t\u00a0]+\Z")

_SCALES = {"mio": 10**6, "million": 10**6, "millionen": 10**6, "mrd": 10**9,
           "billion": 10**12, "billionen": 10**12,
           "milliarde": 10**9, "milliarden": 10**9, "tsd": 10**3, "tausend": 10**3}

# "im Jahr" is a rate, "im Jahr 2022" / "im Jahr 21" names one year
_YEARLY = re.compile(r"jährlich|(?:pro|je)\s+(?:Haushalts)?[Jj]ahr|im\s+Jahr\b(?!\s+(?:\d{4}|\d{2})\b)"
                     r"|p\.\s?a\.|/\s?a\b|/\s?Jahr|Jahresbetrag|jahresbezogen", re.IGNORECASE)
_MONTHLY = re.compile(r"monatlich|pro\s+Monat|im\s+Monat|je\s+Monat|/\s?Monat|mtl\.",
                      re.IGNORECASE)
_ONCE = re.compile(r"einmalig", re.IGNORECASE)

_BLOCK_GAP = 3  # lines without a number that end a money block
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")
_CURRENCY_WORD = re.compile(r"€|EUR|Euro")


def _value(num: str, dec: str | None, sign: str | None, factor: int,
           scaled: bool) -> Decimal | None:
    digits = re.sub(r"[ \u00a0\u202f]", ".", num)
    frac = (dec or "")[1:]
    if frac in ("-", "--", "–"):
        frac = ""
    if frac and len(frac) == 3 and not scaled:
        # money has two decimals: "6,840 €" is a grouping comma
        digits, frac = digits + "." + frac, ""
    if frac and len(frac) > 2 and not scaled:
        return None
    # dots group thousands: "1.234.567", never "12.34" or "1234.567"
    if "." in digits and not _GROUPED.fullmatch(digits):
        return None
    try:
        value = Decimal(digits.replace(".", "") + ("." + frac if frac else ""))
    except InvalidOperation:
        return None
    value *= factor
    if sign:
        value = -value
    return value.quantize(Decimal("0.01"))


def _factor(scale: str | None, cur: str | None) -> Decimal:
    f = Decimal(1)
    if scale:
        f *= _SCALES[scale.rstrip(".").lower()]
    if cur and (cur.startswith("T") and cur != "TEURO"):
        f *= 1000
    if cur in ("Cent", "ct"):
        f /= 100
    return f


def _currency(cur: str | None) -> str:
    """ISO code: Deutsche Mark is DEM, everything else here is euro (Cent, T€ included)."""
    return "DEM" if cur == "DM" else "EUR"


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


_AMOUNT_WITH_PERIOD = re.compile(
    r"\d\s*(?:(?:Mio|Mrd|Tsd)\.?\s*)?(?:€|EUR\b|Euro\b)\s*(?:/\s?(?:Jahr|a|Monat)\b|(?:pro|je|im)\s+(?:Jahr|Monat)\b"
    r"|p\.\s?a\.|jährlich|monatlich)", re.IGNORECASE)


def _period(text: str, start: int, end: int) -> str | None:
    after = text[end:end + 30].split("\n\n")[0]
    ls, _ = _line_bounds(text, start)
    before = text[max(ls, start - 60):start]
    # a period right after an earlier amount on the line is that amount's:
    # "3.770 €/Jahr (statt 3.420 € im Jahr 2016)"
    before = _AMOUNT_WITH_PERIOD.split(before)[-1]
    for window in (after[:20], before):
        if _MONTHLY.search(window):
            return "monthly"
        if _YEARLY.search(window):
            return "yearly"
        if _ONCE.search(window):
            return "once"
    return None


def _money_blocks(text: str) -> list[tuple[int, int, int, str]]:
    """Spans (start, end, factor, heading line) of table blocks headed by a currency line."""
    blocks = []
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    # a heading names a currency: every form of _HEADER_CUR and
    # _UNIT_THOUSANDS holds "€", "EUR" or "Euro", so only lines with one are tried
    starts = [ls for ls, _ in lines]
    candidates = sorted({bisect.bisect_right(starts, m.start()) - 1
                         for m in _CURRENCY_WORD.finditer(text)})
    i = 0
    for c in candidates:
        if c < i:
            continue  # inside the block before
        i = c
        ls, le = lines[i]
        line = re.sub(r"<[^>]+>|\*", " ", text[ls:le])
        words = line.split()
        heads = _HEADER_CUR.findall(line)
        thousands = _UNIT_THOUSANDS.search(line)
        if ((heads and not re.search(r"\d", line)) or thousands) and len(words) <= 8:
            factor = 1000 if thousands or any(h.startswith("T") for h in heads) else 1
            gap, j, end = 0, i + 1, le
            while j < len(lines) and gap < _BLOCK_GAP:
                js, je = lines[j]
                body = text[js:je]
                if "\f" in body or re.match(r"\s*(?:Seite\s+\d|§\s*\d)", body):
                    break
                if _NUMBER_RE.search(body) and (
                        re.search(r"\d[.,]\d|\d,-|(?<![\w.])0(?![\w.,])", body)
                        or (factor == 1000 and re.search(r"[A-Za-zÄÖÜäöüß]{3}[^\d\n]*\s\d+\s*$", body))):
                    gap, end = 0, je
                else:
                    gap += 1
                j += 1
            if end > le:
                blocks.append((le, end, factor, _block_heading_text(text, lines, i)))
            i = j
    return blocks


def _block_heading_text(text: str, lines: list[tuple[int, int]], i: int) -> str:
    """The heading line of a money block and the two lines above it (the
    column titles over a line of currency signs)."""
    first = max(0, i - 2)
    return "\n".join(text[s:e] for s, e in lines[first:i + 1])


def _in_block(blocks, pos: int) -> int | None:
    for s, e, f, _ in blocks:
        if s <= pos < e:
            return f
    return None


def _block_heading(blocks, pos: int) -> str | None:
    for s, e, _, heading in blocks:
        if s <= pos < e:
            return heading
    return None


def _is_year(m: re.Match) -> bool:
    return not m.group("dec") and re.fullmatch(r"(?:19|20)\d\d", m.group("num")) is not None


def _is_excluded(text: str, m: re.Match) -> bool:
    if _NOT_MONEY_AFTER.match(text, m.end()):
        return True
    if m.group("num") == "1.000" and re.search(r"\bin\s*\Z", text[max(0, m.start() - 5):m.start()]):
        return True  # the unit "in 1.000 €" of a table
    before = text[max(0, m.start() - 25):m.start()]
    # a number with a scale is a sum, not the page, paragraph or account the word
    # before numbers: "auf der anderen Seite 2,1 Millionen Euro"
    return bool(_ACCOUNT_BEFORE.search(before)) and not _SCALE_AFTER.match(text, m.end())


def _looks_like_money_cell(m: re.Match) -> bool:
    """A bare number inside a money block: grouped, with cents, ",-" or a zero."""
    num, dec = m.group("num"), m.group("dec")
    if dec and dec[1:] in ("-", "--", "–"):
        return True
    if dec and len(dec) == 3:
        return True
    if re.search(r"[. \u00a0\u202f]\d{3}$", num):
        return True
    return num == "0"


def _thousands_cell(text: str, m: re.Match, factor) -> bool:
    """A whole number in a block headed "in T€": a cell of a row that has a name."""
    if factor != 1000 or m.group("dec") or _is_year(m):
        return False
    ls = text.rfind("\n", 0, m.start()) + 1
    return re.search(r"[A-Za-zÄÖÜäöüß]{3}", text[ls:m.start()]) is not None


def _number_parts(m: re.Match, scale: str | None) -> tuple[str, str | None]:
    """The number and decimals of a match; before a scale a point with one or
    two digits after it is the decimal comma ("1.3 Mio. €" is 1,3 Mio. €)."""
    num, dec = m.group("num"), m.group("dec")
    if scale and not dec and _POINT_DECIMAL.fullmatch(num):
        whole, frac = num.split(".")
        return whole, "," + frac
    return num, dec


# the words around the old value of a change whose new value carries the currency
_CHANGE_FROM = re.compile(r"(?<![\wäöüß])(?:von|statt)[ \t]+(?:(?:rund|rd\.|ca\.|etwa|bisher|bislang)[ \t]+)?$")
_CHANGE_TO = re.compile(r"[ \t]+(?:auf|jetzt|nun|künftig)[ \t]+")


def find_amounts(doc) -> list[Amount]:
    """Every money amount in ``doc.text``, in text order, with its role."""
    text = doc.text
    blocks = _money_blocks(text)
    found: list[Amount] = []
    matches = list(_NUMBER_RULE.finditer(text))
    pending_range: list[re.Match] = []
    for idx, m in enumerate(matches):
        if _is_excluded(text, m):
            pending_range = []
            continue
        after = _AFTER.match(text, m.end())
        start, end = m.start(), m.end()
        scale = cur = None
        if after:
            scale, cur = after.group("scale"), after.group("cur")
            end = after.end()
        else:
            b = _BEFORE.search(text, max(0, start - 12), start)
            # "EUR 5.000", unless that currency belongs to the number before it
            if b and not _is_year(m) and not _CLOSES_AMOUNT.search(
                    text, max(0, b.start() - 25), b.start()):
                cur = b.group("cur")
                start = b.start()
                sc = _SCALE_AFTER.match(text, m.end())  # "€ 1,5 Mio."
                if sc:
                    scale, end = sc.group("scale"), sc.end()
        if cur is None:
            # a range "3500 – 4000 Euro": the first number shares the currency
            gap = text[m.end():matches[idx + 1].start()] if idx + 1 < len(matches) else ""
            # (and the old value of a change: "von 19.460 auf 57.802 Euro", "statt 1200 jetzt 1400 Euro")
            if ((re.fullmatch(r"\s*(?:-|–|bis|und)\s*", gap)
                 or (_CHANGE_TO.fullmatch(gap) and _CHANGE_FROM.search(text, max(0, m.start() - 20), m.start())))
                    and not m.group("sign") and not _is_year(m)):
                pending_range.append(m)
                continue
            dec = m.group("dec")
            factor = _in_block(blocks, start)
            bare = _SCALE_AFTER.match(text, m.end())
            if dec and dec[1:] in ("-", "--", "–"):
                cur = "EUR"
                factor = factor or 1
            elif bare and _bare_scaled_money(text, m.start(), bare):
                cur, scale, end = "EUR", bare.group("scale"), bare.end()
                factor = _factor(scale, cur)
            elif factor and (_looks_like_money_cell(m) or _thousands_cell(text, m, factor)):
                cur = "EUR"
            else:
                pending_range = []
                continue
            f = factor
        else:
            f = _factor(scale, cur)
        value = _value(*_number_parts(m, scale), m.group("sign"), f, bool(scale))
        if value is None:
            pending_range = []
            continue
        if not m.group("sign") and text[max(0, m.start() - 3):m.start()].strip() in ("-", "–", "−") \
                and _SPACED_SIGN.search(text, max(0, m.start() - 20), m.start()):
            value = -value
        for r in pending_range:
            rv = _value(*_number_parts(r, scale), r.group("sign"), f, bool(scale))
            if rv is not None:
                found.append(_entry(doc, rv, r.start(), r.end(), _currency(cur)))
        pending_range = []
        found.append(_entry(doc, value, start, end, _currency(cur)))
    found.extend(_worded_amounts(doc))
    found.sort(key=lambda a: a.start)
    _add_roles(text, found, blocks)
    return found


# a sum whose number is a word: "drei Millionen Euro", "eine Milliarde Euro", "zehn Euro",
# "eine halbe Million Euro", "anderthalb Millionen Euro"
_NUMBER_WORDS = {"ein": 1, "eine": 1, "einen": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4,
                 "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
                 "zwölf": 12, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "hundert": 100,
                 "halbe": Decimal("0.5"), "halben": Decimal("0.5"),
                 "eineinhalb": Decimal("1.5"), "anderthalb": Decimal("1.5")}
# (found from the currency back: a number word and a scale right before it)
_WORDED = re.compile(r"(?<![\wäöüß])(?P<word>" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
                     + r")[ \t\u00a0]+(?:" + _SCALE + r"[ \t\u00a0]+)?\Z", re.IGNORECASE)
_CURRENCY_AFTER_WORD = re.compile(r"(?<=[a-zäöüß.][ \t\u00a0])(?:€|EUR\b|Euro\b(?!-))")
# (it opens with a lookbehind: searched at its currency words, not at every position)
_currencies_after_words = opening_finditer(_CURRENCY_AFTER_WORD)
# a scale word, and a currency right after one
_SCALE_WORD = re.compile(r"(?P<scale>Milli(?:onen|on|arden|arde))(?![\wäöüß])")
_CURRENCY_NEXT = re.compile(r"[ \t\u00a0]*(?:€|EUR\b|Euro\b)")


def _worded_amounts(doc) -> list[Amount]:
    """Sums written with a number word; "ein"/"eine" and fractions only with a
    scale ("eine Million Euro"). A number word with a scale and no currency is
    money as a number with a scale is (``_bare_scaled_money``): "muss die
    Gemeinde eine halbe Million aus eigenen Mitteln dazugeben" beside "1
    Million Euro"."""
    found = []
    text = doc.text
    for c in _currencies_after_words(text):
        m = _WORDED.search(text, max(0, c.start() - 30), c.start())
        if not m:
            continue
        number = _NUMBER_WORDS[m.group("word").lower()]
        if number <= 1 and not m.group("scale"):
            continue  # "einen Euro" / "ein Euro-Betrag" name no sum
        value = Decimal(number) * _factor(m.group("scale"), c.group())
        found.append(_entry(doc, value, m.start(), c.end(), _currency(c.group())))
    if "illi" not in text:
        return found
    for s in _SCALE_WORD.finditer(text):
        if (s.start() and (text[s.start() - 1].isalnum() or text[s.start() - 1] == "-")) \
                or _CURRENCY_NEXT.match(text, s.end()):
            continue  # a sum with its currency, found above
        m = _WORDED.search(text, max(0, s.start() - 30), s.start())
        if m and _bare_scaled_money(text, m.start(), s):
            value = Decimal(_NUMBER_WORDS[m.group("word").lower()]) * _factor(s.group("scale"), None)
            found.append(_entry(doc, value, m.start(), s.end()))
    return found


# a money sum in the same paragraph printed with its scale and currency, its number
# in figures or in words ("3,9 Millionen Euro", "drei Millionen Euro")
_SCALED_MONEY = re.compile(r"(?:\d|(?<![\wäöüß])(?:eine?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|halbe)"
                           r"(?=[ \t\u00a0]))[ \t\u00a0]*(?:Mio\.?|Millionen|Million|Mrd\.?|Milliarden|Milliarde)"
                           r"[ \t\u00a0]*(?:€|EUR\b|Euro\b)")


def _bare_scaled_money(text: str, start: int, scale: re.Match) -> bool:
    """A number with a scale but no currency ("2,7 Millionen in den Haushalt") is
    money where no noun follows the scale (not "2,7 Millionen Einwohner") and the
    paragraph around it prints other sums of that scale in euros."""
    if scale.group("scale").lower().startswith(("tsd", "tausend")):
        return False
    if re.match(r"[ \t\u00a0]*[A-ZÄÖÜ]", text[scale.end():scale.end() + 3]):
        return False
    para_start = text.rfind("\n\n", 0, start) + 1
    para_end = text.find("\n\n", scale.end())
    para_end = len(text) if para_end < 0 else para_end
    return _SCALED_MONEY.search(text, max(para_start, start - 400), min(para_end, scale.end() + 400)) is not None


def _add_roles(text: str, found: list[Amount], blocks) -> None:
    """Set ``role`` of every amount, and ``funder`` and ``programme`` of grants."""
    headings = {i: h for i, a in enumerate(found)
                if (h := _block_heading(blocks, a.start)) is not None}
    named = programmes_in(text)
    for a, label in zip(found, amount_labels(text, found)):
        a.label = label
    for a, role in zip(found, amount_roles(text, found, headings)):
        a.role = role
        a.funder = funder_of(text, a.start, a.end) if role == "grant" else None
        a.programme = (programme_of(text, a.start, a.end, named)
                       if role in ("grant", "own_share") else None)


def _entry(doc, value: Decimal, start: int, end: int, currency: str = "EUR") -> Amount:
    text = doc.text
    return Amount(f"{value:.2f}", currency, text[start:end], _period(text, start, end), None,
                  start, end, doc.page_at(start))
