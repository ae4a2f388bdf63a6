"""Report pages: web pages that tell of a council's decisions in prose.

A newspaper report, a party's or a group's post, a municipal news item or a
Mitteilungsblatt article about a meeting is no council paper: it prints no
label-value header of a paper (``Betreff:``, ``Vorlage``, ``Sachverhalt``,
``Beschlussvorschlag``), no Beratungsfolge and no minutes' frame
(``Niederschrift``, ``Anwesend:``), and it states what was decided in
narrative sentences ("Das hat der Stadtrat in der jüngsten Sitzung einstimmig
beschlossen.", "erteilte das Gremium die Aufträge ...", "Dieser Punkt wurde
zunächst vertagt."). ``is_report_page`` tells such a page by these layout
signals; extract.decisions reads the decisions of a report page from its
narrative records.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extract.consultations import is_minutes

# the labels a council paper or a portal page prints over its parts, each
# opening a line: "Betreff:", "Vorlage" (a label line of its own), "Sachverhalt",
# "Beschlussvorschlag:", "Beratungsfolge", "Drucksache-Nr.: ..."
_PAPER_LABEL = re.compile(
    r"(?im)^[ \t*#|]*(?:Betreff|Vorlagen?(?:-?\s*Nr\.?|art|nummer)?|Drucksachen?(?:-?\s*Nr\.?|art)?|Beratungsfolge|"
    r"Beratungsreihenfolge|Sachverhalt|Sachdarstellung|Sachstand|Begründung|Erläuterungen?|Beschlussvorschlag|"
    r"Beschlussentwurf|Beschlussantrag|Beschlussempfehlung|Beschluss|Beschlussart|Abstimmungsergebnis|"
    r"Antragsteller(?:in)?|Federführend\w*|Aktenzeichen|Finanzielle\s+Auswirkungen|Anlagen?|Gremium|"
    r"Sachvortrag|Sachlage|Anwesend|Tagesordnung)\b[^\n]{0,3}(?:\n|$|:)"
    # the same labels run together on a line of a paper's form: "Gremium: Sitzung am: TOP-Nr:",
    # "Antrag-Nr.: Datum: ... Beschluss-Nr.:", "Vorlagentyp: B", "Betreff:"
    r"|\b(?:Betreff|Vorlagen?(?:typ|art|-?\s*Nr\.?)|Drucksachen?(?:art|-?\s*Nr\.?)|Beschluss-?\s*Nr\.?|Antrag-?\s*Nr\.?|"
    r"TOP-?\s*Nr\.?|Gremium|Sitzung\s+am|Aktenzeichen|Beratungsfolge)[ \t]*:")
# a council body or its meeting named in the text: what a report tells of
# ("Stadtparlament", "die Stadtverordneten": a council by its members too)
_COUNCIL = re.compile(r"(?:rat|tag|ausschuss|vertretung|versammlung|plenum|gremium|parlament|[Ss]itzung)(?:e?s|en)?\b"
                      r"|verordnete[nr]?\b", re.IGNORECASE)


# a report is an article of a web page or a newsletter; a longer text is a document
# of its own (a statute, a budget, a list of candidates), whatever its labels
ARTICLE_LENGTH = 15000


@lru_cache(maxsize=4)  # asked by the header, consultations and decisions rules of one text
def is_report_page(text: str) -> bool:
    """``text`` reports a council's meeting in prose: an article's length, it
    names a council or a meeting, holds no label of a paper's or a portal's
    parts and is no minutes."""
    if len(text) > ARTICLE_LENGTH:
        return False
    head = text[:6000]
    return not _PAPER_LABEL.search(head) and bool(_COUNCIL.search(head)) and not is_minutes(text)


# the labels of a motion's own text: its wording and its reasoning
_MOTION_LABEL = re.compile(r"(?i)[ \t*#|]*(?:Begründung|Erläuterungen?|Beschlussvorschlag|Beschlussentwurf|Beschlussantrag)\b")


def is_bare_motion(text: str) -> bool:
    """``text`` is a motion's wording with its reasoning and nothing of a
    council paper or a portal page around it: an article's length, no council
    or meeting named, and no label besides those of the wording and its
    reasoning (a group's page printing the Beschlussvorschlag it moves)."""
    if len(text) > ARTICLE_LENGTH:
        return False
    head = text[:6000]
    return not _COUNCIL.search(head) and all(_MOTION_LABEL.match(m.group(0)) for m in _PAPER_LABEL.finditer(head))
