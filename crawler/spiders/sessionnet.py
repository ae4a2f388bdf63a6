"""Somacos SessionNet: parse functions and the spider callbacks (a mixin of
RisSpider).

SessionNet serves the same pages as classic ASP (``vo0050.asp``) and, since
5.x, as PHP (``vo0050.php``); the page names are the same: ``vo0050`` paper,
``vo0040`` paper search/list, ``si0040`` monthly calendar, ``si0057`` (older:
``si0050``/``si0056``) meeting with agenda, ``to0050`` agenda item,
``kp0050`` committee, ``info``/``infobi`` start page. Objects are addressed by
``__kvonr`` (paper), ``__ksinr`` (meeting), ``__ktonr`` (agenda item),
``__kgrnr`` (committee).

Two generations of markup are read, chosen by what the page holds, not by
its address:

* Layout 6 (5.4.x) marks each field with a class named after it
  (``vobetr``, ``voname``, ``sidat``, ...).
* Layout 3 (4.x, the PHP ``sessionnetbi`` pages) puts a paper's fields in a
  label/value table (``#smctablevorgang``: Name, Art, Datum, Betreff), its
  documents in ``smcdocbox`` tables whose ``getfile`` links are POST forms,
  and its Beratungsfolge in two tables under the headings "Beratungen" (held:
  date, Gremium, TOP, Zuständig, Beschluss, Abstimmung) and "Weitere
  Beratungsfolge" (planned: date, Gremium, TOP, Zuständig).
"""
from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlencode, urljoin

from extract.dates import MONTHS, parse_day

from crawler.spiders.portal import (
    HtmlPortalMixin, LayoutChanged, absolute, at, clean, object_url, page_name, parse_times,
    query_param, result_outcome, selector, text_of, file_item)

PAGE_KINDS = {
    "vo0050": "paper", "vo0051": "paper", "vo0040": "paper_list", "vo0042": "paper_list",
    "si0040": "calendar", "si0041": "calendar", "si0046": "calendar",
    "si0057": "meeting", "si0056": "meeting", "si0050": "meeting",
    "to0050": "agenda_item", "kp0050": "organization", "kp0040": "organization_list",
    "info": "start", "infobi": "start",
}
# Koblenz numbers its paper types for sorting ("02_Unterrichtungsvorlage").
TYPE_SORT_PREFIX = re.compile(r"^\d+_")


def sessionnet_page_kind(url: str) -> str | None:
    """What a SessionNet URL shows: ``paper``, ``calendar``, ``meeting``, ..."""
    return PAGE_KINDS.get(page_name(url))


def _ext(url: str) -> str:
    """``asp`` or ``php``: the flavour of the portal, taken from the page URL."""
    name = url.split("?", 1)[0].rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[-1].lower() if "." in name else "asp"


def sessionnet_paper_id(url: str, kvonr: str) -> str:
    return object_url(url, "__kvonr", kvonr, f"vo0050.{_ext(url)}")


def sessionnet_meeting_id(url: str, ksinr: str) -> str:
    return object_url(url, "__ksinr", ksinr, f"si0057.{_ext(url)}")


def sessionnet_calendar_url(url: str, year: int, month: int) -> str:
    """The monthly calendar page of the portal that served ``url``."""
    base = url.split("?", 1)[0].rsplit("/", 1)[0]
    return f"{base}/si0040.{_ext(url)}?__cjahr={year}&__cmonat={month}&__canz=1&__cselect=0"


def sessionnet_documents(sel, url: str, paper: str | None = None) -> list[dict]:
    """The document boxes (``getfile``) inside ``sel`` as File dicts. A box
    marked with the paper symbol (``VO``) comes first."""
    files, main = [], []
    for box in sel.css("div.smc-d-el"):
        link = box.css(".smc-el-h a[href*=getfile]") or box.css("a[href*=getfile]")
        href = absolute(url, link.attrib.get("href")) if link else None
        if not href:
            continue
        title = link.attrib.get("title", "")
        mime = "application/pdf" if title.lower().endswith("pdf") else None
        item = file_item(paper, text_of(link[0]), href, url, mime_type=mime)
        symbol = clean(box.css(".smc-doc-dakurz::text").get())
        (main if symbol == "VO" else files).append(item)
    return main + files


def _field(sel, name: str) -> str | None:
    return text_of(sel, f".smc-table-cell.{name}")


def parse_paper_page(page, url: str) -> dict:
    """A ``vo0050`` page: reference, title, type, documents and, where the
    page lists it, the Beratungsfolge as consultations.

    Raises LayoutChanged when neither the reference nor the title is found."""
    sel = selector(page)
    if sel.css("#smctablevorgang") and not sel.css(".smc-table-cell.voname"):
        return _parse_paper_layout3(sel, url)
    kvonr = query_param(url, "__kvonr", "kvonr")
    reference, name = _field(sel, "voname"), _field(sel, "vobetr")
    if not reference:
        raise LayoutChanged("paper", "reference (voname)", url)
    if not name:
        raise LayoutChanged("paper", "title (vobetr)", url)
    pid = sessionnet_paper_id(url, kvonr) if kvonr else url
    paper_type = _field(sel, "vovaname")
    files = sessionnet_documents(sel.css("#page-content") or sel, url, paper=pid)
    return {
        "id": pid, "web": pid, "reference": reference, "name": name,
        "paper_type": TYPE_SORT_PREFIX.sub("", paper_type) if paper_type else None,
        "file_number": _field(sel, "voakz"),
        "date": parse_day(_field(sel, "vodat")),
        "originator": _field(sel, "voverfasser") or _field(sel, "vofamt"),
        "modified": _last_change(sel),
        "files": files,
    }


# Layout 3: labels of the paper table (lower case, without the colon).
VORGANG_FIELDS = {"name": "reference", "art": "paper_type", "datum": "date", "betreff": "name",
                  "aktenzeichen": "file_number", "federführend": "originator",
                  "verfasser": "originator"}
SMCINFO_DOCUMENT = re.compile(r"SMCINFO:do\.\w+\.(\d+)")


def _vorgang_fields(sel) -> dict[str, str]:
    """The label/value cells of ``#smctablevorgang`` as ``{label: value}``."""
    fields = {}
    for row in sel.css("#smctablevorgang tr"):
        cells = row.xpath("./td")
        for label, value in zip(cells[0::2], cells[1::2]):
            key = (text_of(label) or "").rstrip(":").strip().lower()
            text = text_of(value)
            if key and text:
                fields.setdefault(key, text)
    return fields


def sessionnet_form_documents(sel, url: str, paper: str | None = None) -> list[dict]:
    """The rows of the ``smcdocbox`` tables inside ``sel`` as File dicts.

    Layout 3 opens a document by posting a form to ``getfile.php`` (fields
    ``DO``, ``DT``, ``type``, ...). The download address is that form as a
    query; the id is the document's number (``SMCINFO:do.bi.<number>``) in the
    ``getfile.<ext>?id=<number>&type=do`` address the later generations link,
    so that it stays the same when the form's tokens change."""
    files = []
    for row in sel.css("table.smcdocbox > tbody > tr, table.smcdocbox > tr"):
        form = row.css("form[action*=getfile]")
        if not form:
            continue
        fields = [(i.attrib["name"], i.attrib.get("value", ""))
                  for i in form.css("input[type=hidden][name]")]
        download = absolute(url, form.attrib["action"]) + "?" + urlencode(fields)
        number = SMCINFO_DOCUMENT.search(row.get())
        doc_id = (urljoin(url, f"{form.attrib['action']}?id={number.group(1)}&type=do")
                  if number else download)
        name = clean(" ".join(row.css("td.smcdocname::text").getall()))
        mime = "application/pdf" if dict(fields).get("DEN", "").lower() == "pdf" else None
        item = file_item(paper, name, doc_id, url, mime_type=mime)
        item["download_url"] = download
        files.append(item)
    return files


def _beratungsfolge_cells(row, held: bool) -> dict:
    """The cells of one Beratungsfolge row by what they hold. The held table
    marks its cells (``smc_field_sidat``, ``grname``, ``tofnum``, ``txname``,
    ``btname``, ``totexta``); the planned one has date, Gremium, TOP,
    Zuständig in that order."""
    cells = row.xpath("./td")
    named = {}
    for cell in cells:
        for cls in cell.attrib.get("class", "").split():
            if cls.startswith("smc_field_"):
                named[cls[len("smc_field_"):]] = cell
    order = ("sidat", "grname", "tofnum", "txname") + (("btname", "totexta") if held else ())
    if not named:
        named = dict(zip(order, cells))
    return {"cell": named.get("sidat"), **{k: text_of(named[k]) if k in named else None
                                           for k in order[1:]}}


def sessionnet_beratungsfolge(sel, url: str, paper_id: str) -> list[dict]:
    """Layout 3's Beratungsfolge: one consultation per dated row, held rows
    (under "Beratungen") with the portal's result, planned rows (under
    "Weitere Beratungsfolge") without. Each carries its meeting and agenda
    item (from the row's ``to0040?__ksinr=..&toselect=..`` link) as
    ``meeting_item`` (with the meeting's documents the row lists) and
    ``agenda_item_item``. A row without a date has no meeting yet and is left
    out."""
    ext = _ext(url)
    consultations = []
    for table in sel.css("table.smc_page_vo0050_contenttable"):
        heading = clean(" ".join(table.xpath("preceding-sibling::h3[1]//text()").getall())) or ""
        held = heading.lower().startswith("beratungen")
        for row in table.xpath("./tr[td] | ./thead/tr[td] | ./tbody/tr[td]"):
            cells = _beratungsfolge_cells(row, held)
            day = parse_day(text_of(cells["cell"])) if cells["cell"] is not None else None
            link = cells["cell"].css("a[href]") if cells["cell"] is not None else []
            href = absolute(url, link.attrib.get("href")) if link else None
            ksinr = query_param(href, "__ksinr") if href else None
            if not day or not ksinr:
                continue
            meeting_id = sessionnet_meeting_id(url, ksinr)
            committee, role = cells["grname"], cells["txname"]
            result = cells.get("btname") if held else None
            cid = f"{paper_id}#__ksinr={ksinr}"
            tonr = query_param(href, "toselect", "__ktonr")
            item_id = object_url(url, "__ktonr", tonr, f"to0050.{ext}") if tonr else None
            # the row's documents are the meeting's (Tagesordnung, Niederschrift)
            meeting_files = [dict(f, meeting=meeting_id)
                             for f in sessionnet_form_documents(row, url)]
            consultations.append({
                "id": cid, "paper": paper_id, "meeting": meeting_id, "agenda_item": item_id,
                "organization_name": committee, "date": day, "role": role,
                "authoritative": role == "Entscheidung" if role else None,
                "held": held, "result": result, "outcome": result_outcome(result) if result else None,
                "votes": cells.get("totexta"),
                "meeting_item": {"id": meeting_id, "web": object_url(url, "__ksinr", ksinr, f"to0040.{ext}"),
                                 "name": committee, "start": day, "files": meeting_files},
                "agenda_item_item": {"id": item_id, "meeting": meeting_id, "number": cells["tofnum"],
                                     "consultation": cid, "result": result,
                                     "votes": cells.get("totexta")} if item_id else None,
            })
    return consultations


def _parse_paper_layout3(sel, url: str) -> dict:
    """A Layout 3 (``sessionnetbi``) paper page; see the module docstring."""
    fields = {VORGANG_FIELDS[k]: v for k, v in reversed(_vorgang_fields(sel).items())
              if k in VORGANG_FIELDS}
    if not fields.get("reference"):
        raise LayoutChanged("paper", "reference (#smctablevorgang Name)", url)
    # the Betreff cell holds the whole title (the page heading may be cut short)
    name = fields.get("name") or text_of(sel, "h1.smc_h1")
    if not name:
        raise LayoutChanged("paper", "title (Betreff)", url)
    kvonr = query_param(url, "__kvonr", "kvonr")
    pid = sessionnet_paper_id(url, kvonr) if kvonr else url
    own_boxes = sel.xpath("//table[contains(@class,'smcdocbox')]"
                          "[not(ancestor::table[contains(@class,'smccontenttable')])]")
    paper_type = fields.get("paper_type")
    return {
        "id": pid, "web": pid, "reference": fields["reference"], "name": name.replace("\n", " "),
        "paper_type": TYPE_SORT_PREFIX.sub("", paper_type) if paper_type else None,
        "file_number": fields.get("file_number"),
        "date": parse_day(fields.get("date")),
        "originator": fields.get("originator"),
        "modified": _last_change(sel),
        "files": sessionnet_form_documents(own_boxes, url, paper=pid),
        "consultations": sessionnet_beratungsfolge(sel, url, pid),
    }


PAPER_LIST_TABLE = "table[class*=smc_page_vo004], table[id^=smc_page_vo004]"
LINK_TITLE_PREFIX = re.compile(r"^\w+ anzeigen:\s*")


def parse_paper_list_page(page, url: str) -> list[dict]:
    """A paper list (``vo0042`` current papers, ``vo0040`` search results):
    one ``{id, web, name, reference}`` per linked paper, in page order.

    Raises LayoutChanged when the page has no list table."""
    sel = selector(page)
    table = sel.css(PAPER_LIST_TABLE)
    if not table:
        raise LayoutChanged("paper_list", "paper table", url)
    papers, seen = [], set()
    for link in table[0].css("a[href*=vo0050]"):
        href = absolute(url, link.attrib.get("href"))
        kvonr = query_param(href, "__kvonr") if href else None
        if not kvonr or kvonr in seen:
            continue
        seen.add(kvonr)
        # "Vorlage anzeigen: <Betreff>"; the link text is cut short
        title = LINK_TITLE_PREFIX.sub("", clean(link.attrib.get("title", "")) or "")
        row = link.xpath("ancestor::tr[1]")
        nxt = row.xpath("following-sibling::tr[1]/td[1]")
        papers.append({"id": sessionnet_paper_id(url, kvonr), "web": href,
                       "name": title or text_of(link),
                       "reference": text_of(nxt[0]) if nxt else None})
    return papers


def _last_change(sel) -> str | None:
    """The footer's "Letzte Änderung: 30.09.2026 17:01:12" as ISO datetime."""
    text = text_of(sel, "#smcmenubottom") or text_of(sel, "#smccontextmenubottom")
    if not text or "nderung" not in text:
        return None
    day, times = parse_day(text), parse_times(text)
    return at(day, times[0] if times else None)


def _calendar_month(sel, url: str) -> tuple[int, int] | None:
    year, month = query_param(url, "__cjahr"), query_param(url, "__cmonat")
    if year and month:
        return int(year), int(month)
    title = clean(" ".join(sel.css("title::text, h1::text").getall())) or ""
    m = re.search(r"(\d{4})\s+(\w+)", title)
    if m and m.group(2).lower() in MONTHS:
        return int(m.group(1)), MONTHS[m.group(2).lower()]
    return None


def parse_calendar_page(page, url: str) -> list[dict]:
    """A ``si0040`` month: one dict per meeting (linked or not), with date,
    times, location, documents and the meeting page address (``None`` when
    the portal does not link the meeting)."""
    sel = selector(page)
    table = sel.css("table.smctablesitzungen, table[id^=smc_page_si0040_contenttable]")
    if not table:
        raise LayoutChanged("calendar", "meeting table", url)
    ym = _calendar_month(sel, url)
    if not ym:
        raise LayoutChanged("calendar", "year and month", url)
    meetings, day = [], None
    for row in table[0].css("tr"):
        day_text = clean(row.css("td.smc_fct_day span.weekday::text").get())
        if day_text and day_text.isdigit():
            day = int(day_text)
        cell = row.css("td.silink")
        head = cell.css(".smc-el-h")
        if not cell or not head or day is None:
            continue
        link = head.css("a[href]")
        href = absolute(url, link.attrib.get("href")) if link else None
        ksinr = query_param(href, "__ksinr") if href else None
        details = [text_of(li) for li in cell.css("ul.smc-detail-list li")]
        times = parse_times(details[0]) if details else []
        iso = date(ym[0], ym[1], day).isoformat()
        meetings.append({
            "id": sessionnet_meeting_id(url, ksinr) if ksinr else None,
            "web": href,
            "name": text_of(head[0]),
            "start": at(iso, times[0] if times else None),
            "end": at(iso, times[1]) if len(times) > 1 else None,
            "location": details[1] if len(details) > 1 else None,
            "files": sessionnet_documents(row.css("td.sidocs"), url) if row.css("td.sidocs") else [],
        })
    return meetings


def parse_meeting_page(page, url: str) -> dict:
    """A ``si0057`` page: the meeting, its agenda items and, for each item
    that treats a paper, the consultation (the paper's station at this
    meeting)."""
    sel = selector(page)
    day = parse_day(_field(sel, "sidat"))
    if not day:
        raise LayoutChanged("meeting", "date (sidat)", url)
    ksinr = query_param(url, "__ksinr", "ksinr")
    mid = sessionnet_meeting_id(url, ksinr) if ksinr else url
    times = parse_times(_field(sel, "yytime"))
    committee = _field(sel, "sigrname")
    items, consultations = [], []
    for order, row in enumerate(sel.css("table.smctablesitzung tr, table[id^=smc_page_si0057_contenttable] tr"), 1):
        number = text_of(row, "td.tofnum")
        title = text_of(row, "td.tobetr")
        if not number and not title:
            continue
        item_id = f"{mid}#top={order}"
        public = not (number or "").upper().startswith("N")
        paper_link = row.css("td.tovo a[href]")
        paper_href = absolute(url, paper_link.attrib.get("href")) if paper_link else None
        kvonr = query_param(paper_href, "__kvonr") if paper_href else None
        paper_id = sessionnet_paper_id(url, kvonr) if kvonr else None
        item = {"id": item_id, "meeting": mid, "number": number, "order": order,
                "name": title, "public": public, "paper": paper_id,
                "paper_reference": text_of(paper_link[0]) if paper_link else None,
                "files": sessionnet_documents(row.css("td.sidocs"), url, paper=paper_id)}
        items.append(item)
        if paper_id:
            cid = f"{paper_id}#__ksinr={ksinr}" if ksinr else f"{paper_id}#{item_id}"
            item["consultation"] = cid
            consultations.append({"id": cid, "paper": paper_id, "meeting": mid,
                                  "agenda_item": item_id, "organization_name": committee,
                                  "date": day, "public": public})
    return {
        "id": mid, "web": mid, "name": _field(sel, "siname") or committee,
        "organization_name": committee, "location": _field(sel, "siort"),
        "start": at(day, times[0] if times else None),
        "end": at(day, times[1]) if len(times) > 1 else None,
        # the meeting's own documents sit above the agenda table
        "files": sessionnet_documents(
            sel.xpath("//div[@id='page-content']/div[contains(@class,'row')]"), url),
        "agenda_items": items, "consultations": consultations,
    }


class SessionNetMixin(HtmlPortalMixin):
    """Callbacks for SessionNet portals; methods of the running RisSpider."""

    def parse_sessionnet_entry(self, response):
        yield from self.html_body_items(response)
        kind = sessionnet_page_kind(response.url)
        if kind == "paper":
            yield from self.parse_sessionnet_paper(response)
        elif kind == "meeting":
            yield from self.parse_sessionnet_meeting(response)
        elif kind == "paper_list" and response.css(PAPER_LIST_TABLE):
            # a list of papers; the empty search form (vo0040) walks the calendar
            yield from self.parse_sessionnet_paper_list(response)
        elif kind == "calendar" and query_param(response.url, "__cjahr"):
            yield from self.parse_sessionnet_calendar(response)
        else:  # start page, current calendar, search: walk the calendar months
            yield from self.html_calendar_requests(response, sessionnet_calendar_url,
                                                   self.parse_sessionnet_calendar)

    def parse_sessionnet_calendar(self, response):
        try:
            meetings = parse_calendar_page(response, response.url)
        except LayoutChanged as err:
            self.layout_changed("sessionnet", err, response)
            return
        for meeting in meetings:
            if meeting["web"] and meeting["id"] and self.html_in_window(meeting["start"]):
                yield self.html_request(response, meeting["web"], self.parse_sessionnet_meeting)

    def parse_sessionnet_meeting(self, response):
        meeting = self.html_parse(response, "sessionnet", parse_meeting_page)
        if meeting is None:
            return
        yield from self.html_meeting_items(meeting, response)
        for item in meeting["agenda_items"]:
            if item["paper"]:
                yield self.html_request(response, item["paper"], self.parse_sessionnet_paper)
        self.html_remember(response)

    def parse_sessionnet_paper_list(self, response):
        papers = self.html_parse(response, "sessionnet", parse_paper_list_page)
        if papers is None:
            return
        for paper in papers:
            yield self.html_request(response, paper["web"], self.parse_sessionnet_paper)
        self.html_remember(response)

    def parse_sessionnet_paper(self, response):
        return self.html_paper(response, "sessionnet", parse_paper_page)

