"""Token boundaries of German text, as spaCy's German tokenizer draws them.

The entity rules (extract.entities) widen a match to whole tokens and count
a span's tokens; the tokens are those of ``spacy.blank("de")``, worked out
here without loading spaCy (which takes a second of CPU at start-up).

A text is cut at whitespace; each whitespace-free piece is split on its own:
leading characters that open a token (brackets, quotes, §, currency ...) and
trailing ones that close it (punctuation, quotes, a full stop after a
lowercase letter or after two capitals, a unit or currency after a digit)
come off one by one, unless what remains is a known abbreviation
("Dr.", "z.B.", "e.V."); the rest splits again inside at punctuation
between letters ("Hauptausschuss/Gemeinderat", "Ende.Der") unless it is a
web address. ``tests/extract/test_tokens.py`` checks the boundaries against
spaCy's on the texts of the test fixtures.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Special cases: pieces (or runs of tokens) that are one token although
# their characters would split, and a few contractions that split in two.
# Data: the tokenizer exceptions of spaCy's German language data (spaCy 3.8,
# MIT licence), without the whitespace ones.
_ABBREVIATIONS = """
A.C. A.D. A.G. Abb. Abk. Abs. Abt. Apr. Aug. B.A. B.Sc. Bd. Betr. Bf. Bhf. Biol. Bsp.
Chr. Cie. Co. D.C. Dez. Di. Dipl. Dipl.-Ing. Do. Dr. Fa. Fam. Feb. Fr. Frl. G.m.b.H.
Gebr. Hbf. Hg. Hr. Hrn. Hrsg. I. II. III. IV. Inc. Ing. Jan. Jh. Jhd. Jr. Jul. Jun.
K.O. L.A. M.A. M.Sc. Mi. Mio. Mo. Mr. Mrd. Mrz. MwSt. Mär. N.Y. N.Y.C. Nov. Nr. O.K.
O.O O.o Okt. Orig. P.S. Pkt. Prof. R.I.P. Red. Sa. Sep. Sept. So. St. Std. Str. Tel.
Tsd. U.S. U.S.A. U.S.S. Univ. V.V Vol. a. a.D. a.M. a.Z. abzgl. adv. al. allg. b.
betr. biol. bspw. bzgl. bzw. c. ca. co. d. d.h. dgl. e. e.V. e.g. ebd. ehem. eigtl.
engl. entspr. erm. etc. ev. evtl. f. frz. g. geb. gegr. gem. ggf. ggfs. ggü. h. h.c.
hrsg. i. i.A. i.G. i.O. i.Tr. i.V. i.d.R. i.e. incl. inkl. insb. j. jr. jun. jur. k.
kath. l. lat. lt. m. m.E. m.M. max. min. mind. mtl. n. n.Chr. nat. o. o.0 o.O o.a.
o.g. o.k. o.o o.ä. orig. p. p.a. p.s. pers. phil. q. q.e.d. r. rer. röm. s. s.o.
sen. sog. std. stellv. t. tägl. u. u.U. u.a. u.s.w. u.v.m. usf. usw. uvm. v. v.Chr.
v.a. v.l.n.r. v.v vgl. vllt. vlt. vs. w. wiss. x. y. z. z.B. z.Bsp. z.T. z.Z. z.Zt.
z.b. zzgl. 0.0 0.o ä. ö. österr. ü.
"""
_OTHER_SPECIALS = r"""
' '' 'S 'n 'ne 'nem 'nen 's (*_*) (-8 (-: (-; (-_-) (: (; (= (>_<) (^_^) (o: (¬_¬) (ಠ_ಠ)
(╯°□°）╯︵┻━┻ )-: ): -_- -__- 0_0 0_o 8) 8-) 8-D 8D :'( :') :'-( :'-) :( :(( :((( :() :)
:)) :))) :* :-( :-(( :-((( :-) :-)) :-))) :-* :-/ :-0 :-3 :-> :-D :-O :-P :-X :-] :-o :-p
:-x :-| :-} :/ :0 :1 :3 :> :D :O :P :X :] :o :o) :p :x :| :} :’( :’) :’-( :’-) ;) ;-) ;-D
;D ;_; </3 <3 <33 <333 <space> =( =) =/ =3 =D =[ =] =| >:( >:o ><(((*> @_@ C++ CDU/CSU L'
L’ O_O O_o S' S’ V_V XD XDD [-: [: [= \") ]= ^_^ ^__^ ^___^ `` c/o d' d’ o_0 o_O o_o s' s’
v_v xD xDD ¯\(ツ)/¯ ಠ_ಠ ಠ︵ಠ — ’ ’S ’n ’ne ’nem ’nen ’s ’’
"""
_SPLIT_SPECIALS = {
    **{f"{word}{q}{end}": (word, f"{q}{end}") for q in "'’"
       for word, end in (("auf", "m"), ("du", "s"), ("er", "s"), ("hinter", "m"), ("ich", "s"),
                         ("ihr", "s"), ("sie", "s"), ("unter", "m"), ("vor", "m"), ("wir", "s"),
                         ("über", "m"))},
    **{f"°{u}.": ("°", u, ".") for u in "CFKcfk"},
}
SPECIALS: dict[str, tuple[str, ...]] = {
    **{w: (w,) for w in (_ABBREVIATIONS + _OTHER_SPECIALS).split()},
    **_SPLIT_SPECIALS,
}

_PUNCT = set("…,:;!?¿؟¡()[]{}<>_#*&。？！，、；：～·।،۔؛٪")
_QUOTES = set("'\"”“`‘´’‚,„»«「」『』（）〔〕【】《》〈〉〈〉⟦⟧")
_CURRENCY = ["US$", "C$", "A$", "$", "£", "€", "¥", "฿", "﷼"] + [chr(c) for c in range(0x20A0, 0x20C0)]
_UNITS = ("km km² km³ m m² m³ dm dm² dm³ cm cm² cm³ mm mm² mm³ ha µm nm yd in ft kg g mg µg "
          "t lb oz m/s km/h kmh mph hPa Pa mbar mb MB kb KB gb GB tb TB T G M K %").split()
_AFTER_DIGIT = sorted(set(_CURRENCY + _UNITS), key=len, reverse=True)
_DIGITS = set("0123456789")
_UNIT_REACH = max(map(len, _AFTER_DIGIT)) + 1  # a unit and the digit before it
# characters after which a full stop closes the token
_BEFORE_STOP = _PUNCT | _QUOTES | set("%²-+|(?:")


def _letter_classes() -> tuple[str, str, str]:
    """Regex classes of letters, lowercase and uppercase ones (Latin, Greek,
    Cyrillic; a letter without case counts as both)."""
    chars = [chr(c) for r in ((0xC0, 0x250), (0x370, 0x530), (0x1E00, 0x1F00)) for c in range(*r)]
    lower = [c for c in chars if c.islower() or (c.isalpha() and not c.isupper())]
    upper = [c for c in chars if c.isupper() or (c.isalpha() and not c.islower())]
    letters = sorted(set(lower) | set(upper))
    return "a-zA-Z" + _ranges(letters), "a-z" + _ranges(lower), "A-Z" + _ranges(upper)


def _ranges(chars: list[str]) -> str:
    """A regex class body for ``chars`` (sorted), runs written as ranges."""
    out, i = [], 0
    while i < len(chars):
        j = i
        while j + 1 < len(chars) and ord(chars[j + 1]) == ord(chars[j]) + 1:
            j += 1
        out.append(chars[i] if i == j else f"{chars[i]}-{chars[j]}")
        i = j + 1
    return "".join(out)


_A, _AL, _AU = _letter_classes()
_QUOTE_CLASS = re.escape("".join(sorted(_QUOTES - {"'"})))
_INFIX = re.compile(
    r"\.\.+|…"  # (symbols cut as well: see _infix_split)
    rf"|(?<=[{_AL}])\.(?=[{_AU}])"
    rf"|(?<=[{_A}])[,!?](?=[{_A}])"
    rf"|(?<=[{_A}])[:<>=](?=[{_A}])"
    rf"|(?<=[0-9{_A}])/(?=[0-9{_A}])"
    rf"|(?<=[{_A}])[{_QUOTE_CLASS})\](\[](?=[{_A}])"
    rf"|(?<=[{_A}])--(?=[{_A}])"
    r"|(?<=[0-9])-(?=[0-9])"
)
_LOWER = re.compile(rf"[{_AL}]")
_UPPER = re.compile(rf"[{_AU}]")
# a dotted IPv4 host as spaCy's address rule takes it: first part 1 to 223, the
# middle ones 0 to 255, the last 1 to 254 ("3.6.5.11/1019.6812000", a budget line
# number, is one token to spaCy)
_IPV4 = (r"(?:22[0-3]|2[01]\d|1\d\d|[1-9]\d?)"
         r"(?:\.(?:25[0-5]|2[0-4]\d|1?\d{1,2})){2}"
         r"\.(?:25[0-4]|2[0-4]\d|1\d\d|[1-9]\d?)")
# a web address: scheme and user optional, dotted host names ending in a
# lowercase top-level domain or an IPv4 host, optional port and path
_URL = re.compile(
    r"(?:[\w+\-.]{2,}://)?(?:\S+(?::\S*)?@)?"
    r"(?:" + _IPV4 + r"|(?:(?:[A-Za-z0-9\u00a1-\uffff][A-Za-z0-9\u00a1-\uffff_-]{0,62})?[A-Za-z0-9\u00a1-\uffff]\.)+"
    rf"[{_AL}]{{2,63}})(?::\d{{2,5}})?(?:[/?#]\S*)?"
)


def _symbol(c: str) -> bool:
    return unicodedata.category(c) == "So"


def _prefix(s: str) -> int:
    """Length of the opening character(s) that come off the front of ``s``."""
    c = s[0]
    if s.startswith("``"):
        return 2
    if c in "§%=—–" or (c == "+" and not s[1:2].isdigit()):
        return 1
    if c == "." and s.startswith(".."):
        return len(s) - len(s.lstrip("."))
    if c in _PUNCT or c in _QUOTES or _symbol(c):
        return 1
    for cur in _CURRENCY:
        if s.startswith(cur):
            return len(cur)
    return 0


def _stop_closes(s: str, i: int) -> bool:
    """True when the full stop at ``s[i]`` (the last character) comes off."""
    before = s[i - 1] if i > 0 else ""
    if not before:
        return False
    if before in _BEFORE_STOP or _LOWER.match(before):
        return True
    if i >= 2 and s[i - 2] == "°" and before in "FfCcKk":
        return True
    return i >= 2 and bool(_UPPER.match(before)) and bool(_UPPER.match(s[i - 2]))


def _suffix(s: str) -> int:
    """Length of the closing character(s) that come off the end of ``s``:
    of the endings that may come off, the one starting leftmost."""
    n = len(s)
    if not n:
        return 0
    starts = []
    if s.endswith("……"):
        starts.append(n - 2)
    if s.endswith(".."):
        starts.append(len(s.rstrip(".")))
    if s.endswith("''"):
        starts.append(n - 2)
    if not _DIGITS.isdisjoint(s[-_UNIT_REACH:]):  # a unit follows a digit
        for unit in _AFTER_DIGIT:
            k = n - len(unit)
            if k > 0 and s.endswith(unit) and s[k - 1] in _DIGITS:
                starts.append(k)
                break
    c = s[-1]
    if (c == "/" or c in _PUNCT or c in _QUOTES or _symbol(c) or c == "…"
            or (c == "+" and n > 1 and s[-2] in _DIGITS)
            or (c == "." and _stop_closes(s, n - 1))):
        starts.append(n - 1)
    return n - min(starts) if starts else 0


def _split_affixes(s: str, specials: bool) -> tuple[list[str], str, list[str]]:
    prefixes, suffixes = [], []
    last = -1
    while s and len(s) != last:
        if specials and s in SPECIALS:
            break
        last = len(s)
        pre = _prefix(s)
        if pre and specials and s[pre:] in SPECIALS:
            prefixes.append(s[:pre])
            s = s[pre:]
            break
        suf = _suffix(s[pre:])
        if suf and specials and s[:-suf] in SPECIALS:
            suffixes.append(s[-suf:])
            s = s[:-suf]
            break
        if pre and suf and pre + suf <= len(s):
            prefixes.append(s[:pre])
            suffixes.append(s[-suf:])
            s = s[pre:-suf]
        elif pre:
            prefixes.append(s[:pre])
            s = s[pre:]
        elif suf:
            suffixes.append(s[-suf:])
            s = s[:-suf]
    return prefixes, s, suffixes


def _infixes(s: str) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) of the cuts inside ``s``, earliest first."""
    cuts = [(m.start(), m.end()) for m in _INFIX.finditer(s)]
    cuts += [(i, i + 1) for i, c in enumerate(s) if _symbol(c)]
    kept, end = [], -1
    for a, b in sorted(cuts):
        if a >= end:
            kept.append((a, b))
            end = b
    return kept


def _infix_split(s: str) -> list[str]:
    if _URL.fullmatch(s):
        return [s]
    out, start = [], 0
    for a, b in _infixes(s):
        if a == 0:
            continue
        if a != start:
            out.append(s[start:a])
        if a != b:
            out.append(s[a:b])
        start = b
    if s[start:]:
        out.append(s[start:])
    return out


def _tokenize(piece: str, specials: bool = True) -> list[str]:
    if specials and piece in SPECIALS:
        return list(SPECIALS[piece])
    prefixes, core, suffixes = _split_affixes(piece, specials)
    if not core:
        middle = []
    elif specials and core in SPECIALS:
        middle = list(SPECIALS[core])
    else:
        middle = _infix_split(core)
    tokens = prefixes + middle + suffixes[::-1]
    return _merge_specials(tokens) if specials and len(tokens) > 1 else tokens


@lru_cache(maxsize=1)
def _special_runs() -> tuple[dict[tuple[str, ...], str], int]:
    """The special cases that the splitting rules cut, by the tokens they
    are cut into; and the most tokens of one."""
    runs = {}
    for special in SPECIALS:
        if _prefix(special) or _suffix(special) or _infixes(special):
            runs[tuple(_tokenize(special, specials=False))] = special
    return runs, max(len(k) for k in runs)


def _merge_specials(tokens: list[str]) -> list[str]:
    """Runs of tokens that spell a special case become its tokens: the
    longest run first, of equally long ones the last; a run whose first or
    last token lies in a run looked at before stays as it is."""
    runs, longest = _special_runs()
    found = []
    for i in range(len(tokens)):
        for n in range(2, min(longest, len(tokens) - i) + 1):
            special = runs.get(tuple(tokens[i:i + n]))
            if special is not None:
                found.append((n, i, special))
    if not found:
        return tokens
    seen, chosen = set(), {}
    for n, i, special in sorted(found, reverse=True):
        if i not in seen and i + n - 1 not in seen:
            chosen[i] = (n, special)
        seen.update(range(i, i + n))
    out, i = [], 0
    while i < len(tokens):
        if i in chosen:
            n, special = chosen[i]
            out.extend(SPECIALS[special])
            i += n
        else:
            out.append(tokens[i])
            i += 1
    return out


@lru_cache(maxsize=65536)
def piece_tokens(piece: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each token of one whitespace-free piece."""
    spans, pos = [], 0
    for t in _tokenize(piece):
        spans.append((pos, pos + len(t)))
        pos += len(t)
    return tuple(spans)
_RUNS = re.compile(r"\S+|\s+")


@lru_cache(maxsize=65536)
def count_tokens(text: str) -> int:
    """Number of tokens of ``text``. A run of whitespace is a token of its
    own unless it is one space after a word."""
    n = 0
    for m in _RUNS.finditer(text):
        run = m.group()
        if not run[0].isspace():
            n += len(piece_tokens(run))
        elif m.start() == 0 or run[0] != " " or len(run) > 1:
            n += 1
    return n
