"""CC e-gov ALLRIS: parse functions and the spider callbacks (a mixin of
RisSpider).

Two generations share page names and object numbers:

* ALLRIS net 3.x, classic ASP (``/bi/vo020.asp?VOLFDNR=``): label cells
  ``td.kb1`` followed by their value, ISO-8859-1 pages, documents behind
  ``do027.asp`` forms (``DOLFDNR``), decision texts embedded as converted
  Word HTML after anchors ``allrisSV`` (Sachverhalt), ``allrisBV``
  (Beschlussvorschlag), ``allrisWP`` (Protokoll), ``allrisBS`` (Beschluss),
  ``allrisAE`` (Abstimmungsergebnis).
* ALLRIS net 4 (Apache Wicket, ``/public/vo020?VOLFDNR=``): fields carry ids
  (``vobetreff``, ``voart``, ...), the Beratungsfolge is ``table.bfTable``.

Pages: ``vo020`` paper, ``vo040`` paper list, ``to010`` meeting with agenda,
``to020`` agenda item with decision and votes, ``si010`` calendar.
"""
from __future__ import annotations

import re

from extract.dates import MONTHS, parse_day

from crawler.spiders.portal import (
    HtmlPortalMixin, LayoutChanged, absolute, at, clean, file_item, object_url, page_name, parse_times,
    query_param, selector, text_of)

PAGE_KINDS = {
    "vo020": "paper", "vo021": "paper", "vo040": "paper_list", "vo041": "paper_list",
    "to010": "meeting", "to020": "agenda_item", "si018": "meeting_list", "si018_a": "meeting_list",
    "allris": "start", "app": "start", "index": "start",
}
SECTION = re.compile(r'<a name="allris(\w\w)"></a>(.*?)(?=<a name="allris|<!-- ###|<div id="risfoot"|$)',
                     re.S)


def allris_page_kind(url: str) -> str | None:
    """What an ALLRIS URL shows: ``paper``, ``meeting``, ``agenda_item``, ..."""
    name = page_name(url)
    if name.startswith("si010"):  # si010_e, si010_j, ...: calendar views
        return "calendar"
    return PAGE_KINDS.get(name)


def _asp(url: str) -> str:
    """``.asp`` on classic portals, nothing on ALLRIS 4."""
    return ".asp" if ".asp" in url.split("?", 1)[0].lower() else ""


def allris_object_id(url: str, page: str, param: str, value: str) -> str:
    return object_url(url, param, value, page + _asp(url))


def _labels(sel) -> dict[str, object]:
    """Classic pages: ``{"Betreff": <td>, ...}`` from label cells ``td.kb1``
    and the cell that follows each."""
    values = {}
    for label in sel.css("td.kb1"):
        key = clean(" ".join(label.xpath(".//text()").getall()))
        if not key or not key.endswith(":"):
            continue
        value = label.xpath("following-sibling::td[1]")
        if value and key[:-1] not in values:
            values[key[:-1]] = value[0]
    return values


def _label_text(values: dict, *keys: str) -> str | None:
    for key in keys:
        if key in values:
            text = text_of(values[key])
            if text:
                return text
    return None


def section_texts(html: str) -> dict[str, str]:
    """The embedded Word texts of a classic page by anchor code (``SV``,
    ``BV``, ``WP``, ``BS``, ``AE``): paragraphs joined by line breaks, the
    converter's letter-by-letter spans joined without spaces."""
    from parsel import Selector

    texts = {}
    for code, body in SECTION.findall(html):
        sel = Selector(text=body or "<p></p>")
        paras = []
        for p in sel.css("p, li, td"):
            line = clean("".join(p.xpath(".//text()").getall()))
            if line:
                paras.append(line)
        text = "\n".join(paras) or clean("".join(sel.xpath("//body//text()").getall()))
        if text:
            texts[code] = text
    return texts


def _do027_files(sel, url: str, paper: str | None) -> list[dict]:
    """Documents behind ``do027.asp`` forms; the address with the form's
    fields as query parameters serves the same file by GET."""
    files = []
    for form in sel.xpath(".//form[contains(@action, 'do027')]"):
        dolfdnr = form.css("input[name=DOLFDNR]::attr(value)").get()
        if not dolfdnr:
            continue
        href = absolute(url, f"do027.asp?DOLFDNR={dolfdnr}&options=64")
        label = form.css("input[type=submit]::attr(value)").get()
        files.append(file_item(paper, clean(label), href, url, mime_type="application/pdf"))
    return files


def _attachment_links(sel, url: str, paper: str | None, seen: set) -> list[dict]:
    files = []
    for a in sel.css("td.text3 a[href]"):
        href = absolute(url, a.attrib["href"])
        if not href or href in seen:
            continue
        # attachments are files in a temporary folder, not other ALLRIS pages
        if "___tmp" not in href and not re.search(r"\.(pdf|docx?|xlsx?|pptx?|zip|jpe?g|png)$", href, re.I):
            continue
        seen.add(href)
        name = re.sub(r"\s*\(\d+(?:[.,]\d+)? ?[KM]B\)$", "", text_of(a) or "")
        files.append(file_item(paper, name or None, href, url))
    return files


def _classic_consultations(sel, url: str, paper_id: str) -> list[dict]:
    """The Beratungsfolge table of a classic vo020: a committee row
    (status colour, committee, role) followed by rows for its meetings
    (date, meeting link with the agenda item, decision)."""
    label = sel.xpath("//td[@class='kb1'][starts-with(normalize-space(.), 'Beratungsfolge')]")
    if not label:
        return []
    table = label[0].xpath("ancestor::tr[1]/following-sibling::tr[1]//table")
    rows = table[0].css("tr.zl11, tr.zl12, tr[class^=zl]") if table else []
    result, current = [], None
    for row in rows:
        status = row.xpath("./td[1]/@title").get()
        committee = row.css("td.text1[colspan]")
        if committee and not row.css("td.text2"):
            current = {"organization_name": text_of(committee[0]), "status": status,
                       "role": text_of(committee[1]) if len(committee) > 1 else None}
            result.append(dict(current, meeting=None, date=None, agenda_item=None, result=None))
            continue
        day = parse_day(text_of(row, "td.text2"))
        link = row.css("a[href*=to010]")
        silfdnr = query_param(absolute(url, link.attrib["href"]), "SILFDNR") if link else None
        tolfdnr = None
        form = row.xpath(".//form[contains(@action, 'topSelected')]/@action").get()
        if form:
            tolfdnr = query_param(absolute(url, form), "topSelected")
        entry = dict(current or {}, date=day, result=text_of(row, "td.text3"),
                     meeting=allris_object_id(url, "to010", "SILFDNR", silfdnr) if silfdnr else None,
                     agenda_item=allris_object_id(url, "to020", "TOLFDNR", tolfdnr) if tolfdnr else None)
        if result and result[-1]["meeting"] is None and result[-1]["date"] is None:
            result[-1].update(entry)  # the committee row's first meeting
        else:
            result.append(entry)
    return [_consultation(paper_id, n, c) for n, c in enumerate(result, 1)]


def _consultation(paper_id: str, position: int, c: dict) -> dict:
    meeting = c.get("meeting")
    cid = f"{paper_id}#SILFDNR={query_param(meeting, 'SILFDNR')}" if meeting else f"{paper_id}#bf={position}"
    name = c.get("organization_name") or ""
    return {"id": cid, "paper": paper_id, "meeting": meeting, "agenda_item": c.get("agenda_item"),
            "organization_name": c.get("organization_name"), "date": c.get("date"),
            "role": c.get("role"), "result": c.get("result") or None,
            "status": c.get("status"),
            "public": False if "nicht-öffentlich" in name or "nichtöffentlich" in name else None,
            "order": position}


def parse_paper_page(page, url: str) -> dict:
    """A ``vo020`` page (ALLRIS 3 or 4): reference, title, type, originator,
    Beratungsfolge, texts and documents."""
    sel = selector(page)
    if sel.css("#vobetreff, h1.title"):
        return _parse_paper_v4(sel, url)
    volfdnr = query_param(url, "VOLFDNR") or sel.css("meta[name=objectID]::attr(content)").get()
    values = _labels(sel)
    name = _label_text(values, "Betreff")
    heading = text_of(sel, "#risname h1")
    if not heading or " - " not in heading:
        raise LayoutChanged("paper", "heading with reference (#risname h1)", url)
    if not name:
        raise LayoutChanged("paper", "title (Betreff)", url)
    pid = allris_object_id(url, "vo020", "VOLFDNR", volfdnr) if volfdnr else url
    html = sel.get()
    texts = section_texts(html)
    files = _do027_files(sel, url, pid)
    files += _attachment_links(sel, url, pid, {f["download_url"] for f in files})
    return {
        "id": pid, "web": pid, "reference": heading.split(" - ", 1)[1].strip(), "name": name,
        "paper_type": _label_text(values, "Drucksache-Art", "Vorlage-Art", "Vorlageart"),
        "public": _public(_label_text(values, "Status")),
        "date": parse_day(_label_text(values, "Datum", "Erstellt")),
        "originator": _label_text(values, "Verfasser", "Verfasserin", "Verfasser/-in", "Antragsteller"),
        "under_direction_of": _label_text(values, "Federführend"),
        "consultations": _classic_consultations(sel, url, pid),
        "text": texts.get("SV"), "resolution_text": texts.get("BV"),
        "files": files,
    }


def _public(status: str | None) -> bool | None:
    if not status:
        return None
    status = status.lower()
    if "nicht" in status and "öffentlich/" not in status:
        return False
    return "öffentlich" in status or None


def _parse_paper_v4(sel, url: str) -> dict:
    heading = text_of(sel, "h1.title")
    name = text_of(sel, "#vobetreff")
    if not heading or " - " not in heading:
        raise LayoutChanged("paper", "heading with reference (h1.title)", url)
    if not name:
        raise LayoutChanged("paper", "title (#vobetreff)", url)
    volfdnr = query_param(url, "VOLFDNR")
    pid = allris_object_id(url, "vo020", "VOLFDNR", volfdnr) if volfdnr else url
    kind, reference = heading.split(" - ", 1)
    files, seen = [], set()
    for a in sel.css("#headRight a.doclink, #headRight a.attlink, table.attachmentTable a.attlink"):
        href = absolute(url, a.attrib.get("href"))
        if not href or href in seen:
            continue
        seen.add(href)
        mime = "application/pdf" if "pdf" in a.attrib.get("class", "") else None
        files.append(file_item(pid, text_of(a), href, url, mime_type=mime))
    consultations, current = [], None
    for row in sel.css("table.bfTable tbody tr"):
        cells = row.xpath("./td")
        if len(cells) < 4:
            continue
        status = text_of(row, "span.wfcolorDesc")
        if status or not row.css("td.date"):
            current = {"status": status, "organization_name": text_of(cells[2]),
                       "role": text_of(cells[3]), "meeting": None, "date": None,
                       "agenda_item": None, "result": None}
            consultations.append(dict(current))
            continue
        link = cells[2].css("a[href]")
        href = absolute(url, link.attrib["href"]) if link else None
        silfdnr = query_param(href, "SILFDNR") if href else None
        tolfdnr = query_param(href, "TOLFDNR") if href else None
        entry = dict(current or {}, date=parse_day(text_of(cells[1])),
                     meeting=allris_object_id(url, "to010", "SILFDNR", silfdnr) if silfdnr else None,
                     agenda_item=allris_object_id(url, "to020", "TOLFDNR", tolfdnr) if tolfdnr else None,
                     result=text_of(cells[3]))
        if consultations and consultations[-1]["meeting"] is None and consultations[-1]["date"] is None:
            consultations[-1].update(entry)
        else:
            consultations.append(entry)
    text = "\n".join(filter(None, (text_of(p) for p in sel.css("div.docPart p")))) or None
    return {
        "id": pid, "web": pid, "reference": reference.strip(), "name": name,
        "paper_type": text_of(sel, "#voart") or clean(kind),
        "public": _public(text_of(sel, "#vostatus")),
        "date": parse_day(text_of(sel, "#vodatum")),
        "originator": text_of(sel, "#voverfasser1") or text_of(sel, "#voverfasser"),
        "under_direction_of": text_of(sel, "#vofamt"),
        "consultations": [_consultation(pid, n, c) for n, c in enumerate(consultations, 1)],
        "text": text, "resolution_text": None, "files": files,
    }


def parse_meeting_page(page, url: str) -> dict:
    """A classic ``to010`` page: the meeting and its agenda."""
    sel = selector(page)
    values = _labels(sel)
    day = parse_day(_label_text(values, "Datum"))
    if not day:
        raise LayoutChanged("meeting", "date (Datum)", url)
    silfdnr = query_param(url, "SILFDNR") or sel.css("meta[name=objectID]::attr(content)").get()
    mid = allris_object_id(url, "to010", "SILFDNR", silfdnr) if silfdnr else url
    times = parse_times(_label_text(values, "Zeit"))
    committee_link = values["Gremium"].css("a[href*=AULFDNR]") if "Gremium" in values else None
    aulfdnr = query_param(absolute(url, committee_link.attrib["href"]), "AULFDNR") if committee_link else None
    items = []
    for row in sel.css("table.tl1 tr"):
        number = text_of(row, "td.text4")
        title_link = row.css("a[href*=to020]")
        cells = row.xpath("./td")
        if not number or len(cells) < 4:
            continue
        tolfdnr = query_param(absolute(url, title_link.attrib["href"]), "TOLFDNR") if title_link else None
        number_link = row.css("td.text4 a[href]")
        if not tolfdnr and number_link:
            tolfdnr = query_param(absolute(url, number_link.attrib["href"]), "TOLFDNR")
        paper_link = row.css("a[href*=vo020]")
        volfdnr = query_param(absolute(url, paper_link.attrib["href"]), "VOLFDNR") if paper_link else None
        result = row.css("input.il1_naz::attr(title)").get()
        items.append({
            "id": allris_object_id(url, "to020", "TOLFDNR", tolfdnr) if tolfdnr else f"{mid}#top={number}",
            "meeting": mid, "number": number, "order": len(items) + 1,
            "name": text_of(title_link[0]) if title_link else text_of(cells[3]),
            "public": not number.upper().startswith("N"),
            "paper": allris_object_id(url, "vo020", "VOLFDNR", volfdnr) if volfdnr else None,
            "paper_reference": text_of(paper_link[0]) if paper_link else None,
            "result": None if not result or result.strip("() ") == "offen" else clean(result),
        })
    heading = text_of(sel, "#risname h1") or ""
    location = ", ".join(filter(None, (_label_text(values, "Raum"), _label_text(values, "Ort"))))
    return {
        "id": mid, "web": mid,
        "name": _label_text(values, "Bezeichnung") or heading.split(" - ", 1)[-1] or None,
        "organization_name": _label_text(values, "Gremium"),
        "organization": allris_object_id(url, "au020", "AULFDNR", aulfdnr) if aulfdnr else None,
        "start": at(day, times[0] if times else None),
        "end": at(day, times[1]) if len(times) > 1 else None,
        "location": location or None,
        "files": _do027_files(sel, url, None),
        "agenda_items": items,
    }


def parse_agenda_item_page(page, url: str) -> dict:
    """A classic ``to020`` page: the agenda item with its decision
    (Beschlussart), minutes, resolution and vote texts, and the consultation
    of the paper it treats."""
    sel = selector(page)
    values = _labels(sel)
    number = _label_text(values, "TOP")
    if not number:
        raise LayoutChanged("agenda_item", "number (TOP)", url)
    tolfdnr = query_param(url, "TOLFDNR") or query_param(url, "topSelected")
    iid = allris_object_id(url, "to020", "TOLFDNR", tolfdnr) if tolfdnr else url
    meeting_link = sel.css("a[href*=to010]")
    silfdnr = query_param(absolute(url, meeting_link.attrib["href"]), "SILFDNR") if meeting_link else None
    mid = allris_object_id(url, "to010", "SILFDNR", silfdnr) if silfdnr else None
    paper_link = sel.css("td.text1 a[href*=vo020]")
    volfdnr = query_param(absolute(url, paper_link.attrib["href"]), "VOLFDNR") if paper_link else None
    pid = allris_object_id(url, "vo020", "VOLFDNR", volfdnr) if volfdnr else None
    texts = section_texts(sel.get())
    day = parse_day(_label_text(values, "Datum"))
    result = _label_text(values, "Beschlussart")
    heading = text_of(sel, "#risname h1") or ""
    item = {
        "id": iid, "web": iid, "meeting": mid, "number": number,
        "name": heading.split(" - ", 1)[-1] if " - " in heading else heading or None,
        "public": not number.upper().startswith("N"),
        "result": result, "minutes_text": texts.get("WP"),
        "resolution_text": texts.get("BS") or texts.get("AE"), "votes": texts.get("AE"),
        "paper": pid,
        "paper_reference": (text_of(paper_link[0]) or "").split("\n")[0].split(" ", 1)[0] or None
        if paper_link else None,
        "organization_name": _label_text(values, "Gremium"), "date": day,
        "consultation": None,
    }
    if pid and mid:
        item["consultation"] = f"{pid}#SILFDNR={silfdnr}"
    return item


def parse_calendar_page(page, url: str) -> list[dict]:
    """A classic ``si010`` calendar month: meetings with their to010 address."""
    sel = selector(page)
    table = sel.css("table.tl1")
    if not table:
        raise LayoutChanged("calendar", "meeting table (table.tl1)", url)
    month = query_param(url, "MM")
    year = query_param(url, "YY")
    if not (month and year):
        heading = clean(" ".join(sel.css("h2::text").getall())) or ""
        m = re.search(r"(\w+)\s+(\d{4})", heading)
        if not m or m.group(1).lower() not in MONTHS:
            raise LayoutChanged("calendar", "month heading", url)
        month, year = MONTHS[m.group(1).lower()], m.group(2)
    meetings, day = [], None
    for row in table[0].css("tr"):
        cells = row.xpath("./td")
        if len(cells) < 3:
            continue
        day_text = clean(text_of(cells[1]) or "")
        if day_text and day_text.isdigit():
            day = int(day_text)
        link = row.css("a[href*=to010]")
        if not link or day is None:
            continue
        silfdnr = query_param(absolute(url, link.attrib["href"]), "SILFDNR")
        times = parse_times(text_of(cells[2]))
        iso = f"{int(year):04d}-{int(month):02d}-{day:02d}"
        meetings.append({
            "id": allris_object_id(url, "to010", "SILFDNR", silfdnr) if silfdnr else None,
            "web": allris_object_id(url, "to010", "SILFDNR", silfdnr) if silfdnr else None,
            "name": text_of(link[0]), "start": at(iso, times[0] if times else None),
            "end": at(iso, times[1]) if len(times) > 1 else None,
            "location": text_of(row, "td.text4"),
        })
    return meetings


def allris_links(page, url: str, target: str, param: str) -> list[str]:
    """Addresses of the ``target`` pages (``vo020``, ``to010``) linked from
    a page, reduced to their object parameter, in page order."""
    sel = selector(page)
    links = []
    for href in sel.css(f"a[href*={target}]::attr(href)").getall():
        full = absolute(url, href)
        value = query_param(full, param) if full else None
        if value and page_name(full) == target:
            link = allris_object_id(full, target, param, value)
            if link not in links:
                links.append(link)
    return links


def allris_calendar_url(url: str, year: int, month: int) -> str:
    base = url.split("?", 1)[0].rsplit("/", 1)[0]
    if _asp(url):
        return f"{base}/si010_e.asp?MM={month}&YY={year}"
    return f"{base}/si010?MM={month}&YY={year}"


class AllrisMixin(HtmlPortalMixin):
    """Callbacks for ALLRIS portals; methods of the running RisSpider."""

    def parse_allris_entry(self, response):
        yield from self.html_body_items(response)
        kind = allris_page_kind(response.url)
        if kind == "paper":
            yield from self.parse_allris_paper(response)
        elif kind == "meeting":
            yield from self.parse_allris_meeting(response)
        elif kind == "agenda_item":
            yield from self.parse_allris_agenda_item(response)
        elif kind == "calendar" and query_param(response.url, "MM"):
            yield from self.parse_allris_calendar(response)
        else:  # start page, current calendar, search: walk the calendar months
            yield from self.html_calendar_requests(response, allris_calendar_url,
                                                   self.parse_allris_calendar)

    def parse_allris_calendar(self, response):
        try:
            meetings = parse_calendar_page(response, response.url)
        except LayoutChanged as err:
            self.layout_changed("allris", err, response)
            # ALLRIS 4 pages have other markup but the same page names
            for link in allris_links(response, response.url, "to010", "SILFDNR"):
                yield self.html_request(response, link, self.parse_allris_meeting)
            return
        for meeting in meetings:
            if meeting["web"] and self.html_in_window(meeting["start"]):
                yield self.html_request(response, meeting["web"], self.parse_allris_meeting)

    def parse_allris_meeting(self, response):
        if self.html_unchanged(response):
            return
        try:
            meeting = parse_meeting_page(response, response.url)
        except LayoutChanged as err:
            self.layout_changed("allris", err, response)
            for link in allris_links(response, response.url, "vo020", "VOLFDNR"):
                yield self.html_request(response, link, self.parse_allris_paper)
            return
        yield from self.html_meeting_items(meeting, response)
        for item in meeting["agenda_items"]:
            if item["id"].startswith("http") and "#" not in item["id"]:
                yield self.html_request(response, item["id"], self.parse_allris_agenda_item)
            if item["paper"]:
                yield self.html_request(response, item["paper"], self.parse_allris_paper)
        self.html_remember(response)

    def parse_allris_agenda_item(self, response):
        item = self.html_parse(response, "allris", parse_agenda_item_page)
        if item is None:
            return
        yield from self.html_agenda_item_items(item, response)
        if item["paper"]:
            yield self.html_request(response, item["paper"], self.parse_allris_paper)
        self.html_remember(response)

    def parse_allris_paper(self, response):
        return self.html_paper(response, "allris", parse_paper_page)
