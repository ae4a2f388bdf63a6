"""What the portal adapters read of every recorded page, per vendor and page kind.

    python benchmarks/portal_coverage.py [CORPUS]      (default: ../shared/corpus)
    python benchmarks/portal_coverage.py --pages       (one line per page)

Walks the recorded pages of the corpus (``oparl/``, ``sessionnet/``,
``allris/``, ``other-ris/``), recognises the vendor as the spider does
(``detect_vendor`` on the page and its original address), takes the page kind
from the address and calls the parse function the spider's callbacks call for
that kind (the table ``READERS`` mirrors the ``parse_<vendor>_entry``
dispatch). A page is *read* when that function returns what it found,
*layout* when it raises ``LayoutChanged`` (the crawl would count
``ris/layout/<vendor>/<kind>``), *skipped* when no function reads its kind
(the crawl walks the calendar instead, or the vendor is unknown). For OParl
files every object goes through ``object_items``.

The original address of a page is taken from ``ADDRESSES`` (file name
patterns -> URL, from the corpus' SOURCES.md; where it records none, an
address of the same page kind on the same portal).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from scrapy.http import HtmlResponse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.spiders import allris, detect, muenchen, oparl, sessionnet  # noqa: E402
from crawler.spiders.portal import LayoutChanged  # noqa: E402

MODULES = {"sessionnet": sessionnet, "allris": allris, "muenchen": muenchen}
KIND_OF = {"sessionnet": sessionnet.sessionnet_page_kind, "allris": allris.allris_page_kind,
           "muenchen": muenchen.muenchen_page_kind}
# page kind -> name of the parse function the vendor's callbacks call for it
READERS = {
    "sessionnet": {"paper": "parse_paper_page", "meeting": "parse_meeting_page",
                   "calendar": "parse_calendar_page", "paper_list": "parse_paper_list_page",
                   "agenda_item": "parse_agenda_item_page"},
    "allris": {"paper": "parse_paper_page", "meeting": "parse_meeting_page",
               "agenda_item": "parse_agenda_item_page", "calendar": "parse_calendar_page",
               "paper_list": "parse_paper_list_page"},
    # München reads every page that is not a paper, meeting or agenda as a list
    "muenchen": {"paper": "parse_paper_page", "meeting": "parse_meeting_page",
                 "agenda": "parse_agenda_page", "agenda_item": "parse_agenda_item_page",
                 "*": "parse_list_page|muenchen_meeting_links"},
}

KL = "https://ris.kaiserslautern.de/buergerinfo/"
MS = "https://www.stadt-muenster.de/sessionnet/sessionnetbi/"
RISI = "https://risi.muenchen.de/risi/"
ADDRESSES = [
    (r"sessionnet/kaiserslautern/si0040-(\d{4})-(\d\d)",
     lambda m: KL + f"si0040.asp?__cjahr={m[1]}&__cmonat={int(m[2])}&__canz=1&__cselect=0"),
    (r"sessionnet/kaiserslautern/si0057-(\d+)", lambda m: KL + f"si0057.asp?__ksinr={m[1]}"),
    (r"sessionnet/kaiserslautern/vo0050-(\d+)", lambda m: KL + f"vo0050.asp?__kvonr={m[1]}"),
    (r"sessionnet/koblenz/vo0050-(\d+)",
     lambda m: f"https://www.koblenz.de/verwaltung_politik/buergerinfo/vo0050.php?__kvonr={m[1]}"),
    (r"sessionnet/muenster/vo0050_kvonr-(\d+)", lambda m: MS + f"vo0050.php?__kvonr={m[1]}"),
    (r"sessionnet/muenster/vo0042", lambda m: MS + "vo0042.php"),
    (r"allris/hamburg-bv/misc_si010_e", lambda m:
     "https://sitzungsdienst-hamburg-nord.hamburg.de/bi/si010_e.asp?MM=10&YY=2023"),
    (r"allris/hamburg-bv/([a-z_]+?)_((?:vo|to|au|fr|si)\d+(?:_e)?)\.html",
     lambda m: f"https://sitzungsdienst-{m[1].replace('_', '-')}.hamburg.de/bi/{m[2]}.asp"),
    (r"allris/laatzen-allris4/vo020-(\d+)",
     lambda m: f"http://ratsinfo.laatzen.de/public/vo020?VOLFDNR={m[1]}"),
    (r"muenchen-risi/StadtratsvorlageParser_Dokument", lambda m: RISI + "sitzungsvorlage/detail/1"),
    (r"muenchen-risi/StadtratsvorlageParser_Antragsliste", lambda m: RISI + "sitzungsvorlage/detail/antraege/6336314"),
    (r"muenchen-risi/StadtratsvorlageParser_index", lambda m: RISI + "sitzungsvorlage"),
    (r"muenchen-risi/StadtratsantragParser_index", lambda m: RISI + "antrag"),
    (r"muenchen-risi/AntragParser_", lambda m: RISI + "antrag/detail/1"),
    (r"muenchen-risi/CalendarParser_AgendaDecision", lambda m: RISI + "sitzung/top/1/entscheidung"),
    (r"muenchen-risi/CalendarParser_AgendaDisclosure", lambda m: RISI + "sitzung/top/1/veroeffentlichung"),
    (r"muenchen-risi/CalendarParser_AgendaNonpublic", lambda m: RISI + "sitzung/detail/1/tagesordnung/nichtoeffentlich"),
    (r"muenchen-risi/CalendarParser_(?:BA_)?Agenda", lambda m: RISI + "sitzung/detail/1/tagesordnung/oeffentlich"),
    (r"muenchen-risi/CalendarParser_(?:BA_)?Data", lambda m: RISI + "sitzung/detail/1"),
    (r"muenchen-risi/CalendarParser_index", lambda m: RISI + "sitzung/uebersicht"),
    (r"muenchen-risi/(?:StadtraetInnen|BAMitglieder)", lambda m: RISI + "person"),
    (r"muenchen-risi/Referate_index", lambda m: RISI + "referat"),
    (r"hannover-sim/DS-(\d+)-(\d+)",
     lambda m: f"https://e-government.hannover-stadt.de/lhhsimwebre.nsf/DS/{m[1]}-{m[2]}"),
]


def address(rel: str) -> str:
    for pattern, make in ADDRESSES:
        m = re.search(pattern, rel)
        if m:
            return make(m)
    return "https://unknown.invalid/" + rel


def _reader(vendor: str, kind: str | None):
    table = READERS.get(vendor, {})
    names = table.get(kind or "") or table.get("*")
    for name in (names or "").split("|"):
        fn = getattr(MODULES[vendor], name, None) if name else None
        if fn:
            return name, fn
    return None, None


def _count(result) -> Counter:
    found = Counter()
    records = result if isinstance(result, list) else [result]
    for record in records:
        if not isinstance(record, dict):
            found["links"] += 1
            continue
        found["objects"] += 1
        found["files"] += len(record.get("files") or [])
        found["consultations"] += len(record.get("consultations") or [])
        found["meeting_files"] += sum(len((c.get("meeting_item") or {}).get("files") or [])
                                      for c in record.get("consultations") or [])
        found["agenda_items"] += len(record.get("agenda_items") or [])
    return found


def html_page(path: Path, rel: str) -> dict:
    url = address(rel)
    response = HtmlResponse(url=url, body=path.read_bytes())
    vendor = detect.detect_vendor(response)
    row = {"page": rel, "url": url, "vendor": vendor or "unknown", "kind": None, "reader": None,
           "status": "skipped", "found": Counter()}
    if vendor not in KIND_OF:
        return row
    row["kind"] = KIND_OF[vendor](url) or "other"
    name, fn = _reader(vendor, row["kind"])
    if not fn:
        return row
    row["reader"] = name
    try:
        row["found"] = _count(fn(response, url))
        row["status"] = "read" if row["found"] else "empty"
    except LayoutChanged as err:
        row["status"] = f"layout ({err.missing})"
    return row


def oparl_file(path: Path, rel: str) -> dict:
    data = oparl.load_json(path.read_bytes())
    entries = oparl.page_entries(data, None)
    row = {"page": rel, "url": "", "vendor": "oparl", "kind": None, "reader": "object_items",
           "status": "skipped", "found": Counter()}
    if entries is None:
        return row
    objects, links = entries
    types = {oparl.oparl_type(o) for o in objects if isinstance(o, dict)} - {None}
    listed = isinstance(data, list) or (isinstance(data, dict) and "data" in data)
    row["kind"] = ("list of " if listed else "") + ("/".join(sorted(types)) or "?")
    for obj in objects:
        if isinstance(obj, dict):
            parsed = oparl.object_items(obj)
            row["found"].update(item["type"] for item in parsed.items)
            row["found"]["problems"] += len(parsed.problems)
    row["status"] = "read"
    return row


def walk(corpus: Path) -> list[dict]:
    rows = []
    for path in sorted(corpus.rglob("*")):
        rel = path.relative_to(corpus).as_posix()
        if not path.is_file() or rel.split("/")[0] not in ("oparl", "sessionnet", "allris", "other-ris"):
            continue
        if path.suffix == ".json":
            rows.append(oparl_file(path, rel))
        elif path.suffix in (".html", ".htm"):
            rows.append(html_page(path, rel))
    return rows


def table(rows: list[dict]) -> str:
    groups = defaultdict(list)
    for row in rows:
        groups[(row["vendor"], row["kind"] or "-")].append(row)
    lines = ["| vendor | page kind | pages | read | layout | skipped/empty | reader | what was read |",
             "|---|---|---|---|---|---|---|---|"]
    for (vendor, kind), group in sorted(groups.items()):
        status = Counter(r["status"].split(" ")[0] for r in group)
        found = sum((r["found"] for r in group), Counter())
        readers = sorted({r["reader"] for r in group if r["reader"]})
        what = ", ".join(f"{k} {v}" for k, v in sorted(found.items())) or "-"
        lines.append(f"| {vendor} | {kind} | {len(group)} | {status['read']} | {status['layout']} | "
                     f"{status['skipped'] + status['empty']} | {', '.join(readers) or '-'} | {what} |")
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--pages", action="store_true", help="one line per page")
    args = parser.parse_args(argv)
    rows = walk(Path(args.corpus))
    if args.pages:
        for r in rows:
            print(r["vendor"], r["kind"], r["status"], r["page"], dict(r["found"]), sep="\t")
    else:
        print(table(rows))


if __name__ == "__main__":
    main()
