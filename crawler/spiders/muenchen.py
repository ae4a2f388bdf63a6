"""RIS München (risi.muenchen.de, the city's own system since 2021): parse
functions and the spider callbacks (a mixin of RisSpider).

Addresses are paths with the object number: ``sitzungsvorlage/detail/<n>``
and ``antrag/detail/<n>`` (papers), ``sitzung/detail/<n>`` (meeting),
``sitzung/detail/<n>/tagesordnung/oeffentlich`` (its public agenda),
``sitzung/top/<n>/entscheidung`` (decision of an agenda item). Pages show
fields as ``.keyvalue-row`` pairs, documents as ``a.downloadlink`` to
``dokument/v/<n>``, and a paper's decisions under "Ergebnisse".
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

from extract.dates import parse_day

from crawler.spiders.portal import (
    HtmlPortalMixin, LayoutChanged, absolute, at, clean, file_item, parse_times, result_outcome,
    selector, text_of)

KIND_PATTERNS = [
    ("agenda", re.compile(r"/sitzung/detail/\d+/tagesordnung/")),
    ("agenda_item", re.compile(r"/sitzung/top/\d+/")),
    ("meeting", re.compile(r"/sitzung/detail/\d+/?$")),
    ("paper", re.compile(r"/(?:sitzungsvorlage|antrag)/detail/\d+/?$")),
    ("calendar", re.compile(r"/sitzung/(?:uebersicht|kalender)")),
]
OBJECT = re.compile(r"/(sitzungsvorlage|antrag|sitzung|gremium|sitzung/top)/detail/(\d+)")
SIZE = re.compile(r"\((\d+(?:[.,]\d+)?)\s*KB\)")


def muenchen_page_kind(url: str) -> str | None:
    path = urlsplit(url).path
    for kind, pattern in KIND_PATTERNS:
        if pattern.search(path):
            return kind
    return "start" if path.rstrip("/").endswith("/risi") or path in ("", "/") else None


def muenchen_object_id(url: str) -> str:
    """The page address without query or fragment, the stable id."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))


def _values(sel) -> dict[str, object]:
    values = {}
    for row in sel.css(".keyvalue-row"):
        key = clean(" ".join(row.css(".keyvalue-key ::text").getall()))
        if key:
            values.setdefault(key.rstrip(": "), row.css(".keyvalue-value")[0])
    return values


def _value(values, *keys) -> str | None:
    for key in keys:
        if key in values:
            text = text_of(values[key])
            if text:
                return text
    return None


def muenchen_documents(sel, url: str, paper: str | None = None) -> list[dict]:
    files, seen = [], set()
    for a in sel.css("a.downloadlink[href]"):
        href = absolute(url, a.attrib["href"])
        if href in seen:
            continue
        seen.add(href)
        name = text_of(a)
        size = a.xpath("following-sibling::span[1]/text()").get()
        kb = SIZE.search(size or "")
        files.append(file_item(paper, name, href, url,
                               mime_type="application/pdf" if (name or "").lower().endswith(".pdf") else None,
                               size=int(float(kb.group(1).replace(",", ".")) * 1024) if kb else None))
    return files


def _heading(sel) -> str | None:
    """The page heading without its state suffix ("(Erledigt)")."""
    parts = sel.xpath("//h1[contains(@class, 'page-title')]//text()"
                      "[not(ancestor::*[contains(@class, 'page-additionaltitle')])]").getall()
    return clean(" ".join(parts))


def _state(sel) -> str | None:
    state = clean(" ".join(sel.css("h1 .page-additionaltitle ::text").getall()))
    return state.strip("() ") or None if state else None


def _card(sel, heading: str):
    cards = sel.xpath(f"//section[.//h2[normalize-space(.)='{heading}']]")
    return cards[0] if cards else None


def parse_paper_page(page, url: str) -> dict:
    """A Sitzungsvorlage or Antrag detail page."""
    sel = selector(page)
    title = _heading(sel)
    subject = _card(sel, "Betreff")
    name = text_of(subject, ".collapsable-content") if subject else None
    if not title:
        raise LayoutChanged("paper", "heading (h1.page-title)", url)
    if not name:
        raise LayoutChanged("paper", "title (Betreff card)", url)
    kind, _, reference = title.partition(" ")
    pid = muenchen_object_id(url)
    values = _values(sel)
    state = _state(sel)
    documents = _card(sel, "Dokumente")
    consultations = []
    results = _card(sel, "Ergebnisse")
    for n, entry in enumerate(results.css(".list-group-item") if results else [], 1):
        meeting = entry.css("a[href*='sitzung/detail']")
        committee = entry.css("a[href*='gremium/detail']")
        decision = entry.css("a[href*='sitzung/top']")
        mid = muenchen_object_id(absolute(url, meeting.attrib["href"])) if meeting else None
        consultations.append({
            "id": f"{pid}#{mid.rsplit('/', 1)[-1]}" if mid else f"{pid}#result={n}",
            "paper": pid, "meeting": mid, "date": parse_day(text_of(meeting[0])) if meeting else None,
            "organization_name": text_of(committee[0]) if committee else None,
            "agenda_item": muenchen_object_id(absolute(url, decision.attrib["href"])).rsplit("/", 1)[0]
            if decision else None,
            "order": n,
        })
    summary = _card(sel, "Kurzinformationen")
    return {
        "id": pid, "web": pid, "reference": reference.strip() or None, "name": name,
        "paper_type": _value(values, "Typ") or kind,
        "state": state,
        "date": parse_day(_value(values, "Freigabe", "Gestellt am", "Beschlossen am", "Registriert am")),
        "originator": _value(values, "Gestellt von", "Bezirksausschuss", "Zuständiges Referat"),
        "under_direction_of": _value(values, "Zuständiges Referat"),
        "public": "Öffentlich" in (_value(values, "Art") or "") or None,
        "text": text_of(summary, ".collapsable-content") if summary else None,
        "consultations": consultations,
        "files": muenchen_documents(documents, url, pid) if documents else [],
    }


def parse_meeting_page(page, url: str) -> dict:
    """A meeting's detail page (``sitzung/detail/<n>``)."""
    sel = selector(page)
    heading = _heading(sel)
    day = parse_day(heading)
    if not day:
        raise LayoutChanged("meeting", "date in the heading (h1.page-title)", url)
    values = _values(sel)
    times = parse_times(heading)
    mid = muenchen_object_id(url)
    committee = _value(values, "Gremium")
    documents = _card(sel, "Dokumente")
    agendas = [absolute(url, a.attrib["href"]) for a in sel.css("a[href*='tagesordnung/']")
               if a.attrib["href"].split("?")[0].rstrip("/").endswith(("/oeffentlich", "/nichtoeffentlich"))
               and mid.rsplit("/", 1)[-1] in a.attrib["href"]]
    return {
        "id": mid, "web": mid, "name": f"{committee} {day}" if committee else heading,
        "organization_name": committee, "location": _value(values, "Sitzungsort"),
        "start": at(day, times[0] if times else None),
        "state": _state(sel),
        "files": muenchen_documents(documents, url) if documents else [],
        "agenda_urls": sorted(set(agendas)),
    }


def parse_agenda_page(page, url: str) -> list[dict]:
    """A meeting's public or non-public agenda: one dict per item with its
    papers and decision document."""
    sel = selector(page)
    rows = sel.css(".tops .d-table-row")
    if not sel.css(".tops"):
        raise LayoutChanged("agenda", "agenda table (.tops)", url)
    mid = muenchen_object_id(url.split("/tagesordnung/", 1)[0])
    public = not url.rstrip("/").endswith("nichtoeffentlich")
    items = []
    for row in rows:
        if "topueberschrift" in row.attrib.get("class", ""):
            continue
        cells = row.xpath("./div[contains(@class, 'd-table-cell')]")
        if len(cells) < 3:
            continue
        number = text_of(cells[1])
        title = text_of(cells[2], "h3")
        decision = cells[2].css("a[href*='sitzung/top/']")
        top = decision.attrib["href"] if decision else cells[2].css("a[href*=topdownload]").attrib.get("href", "")
        m = re.search(r"(?:top/|risid=)(\d+)", top or "")
        papers = [muenchen_object_id(absolute(url, a.attrib["href"]))
                  for a in cells[2].css("a[href*='sitzungsvorlage/detail'], a[href*='antrag/detail']")]
        base = mid.split("/sitzung/", 1)[0]
        paper = papers[-1] if papers else None
        items.append({
            "decision_url": absolute(url, cells[2].css("a[href$='/entscheidung']").attrib.get("href")),
            "consultation": f"{paper}#{mid.rsplit('/', 1)[-1]}" if paper else None,
            "id": f"{base}/sitzung/top/{m.group(1)}" if m else f"{mid}#top={number}",
            "meeting": mid, "number": number, "order": len(items) + 1,
            "name": re.sub(r"^TOP\s*-\s*", "", title or "") or None, "public": public,
            "paper": paper, "papers": papers,
            "files": muenchen_documents(cells[2], url, papers[-1] if papers else None),
        })
    return items


TOP_NUMBER = re.compile(r"TOP\s+(\S+)\s*\((Öffentlich|Nichtöffentlich)\)")


def parse_agenda_item_page(page, url: str) -> dict:
    """An agenda item's decision page (``sitzung/top/<n>/entscheidung``):
    the item's number, title, publicity and result, the portal's words under
    "Entscheidung:" (``ohne Entscheidung``) or, for a closed item, its
    "Bekanntgabe" (``Der Beschluss unterliegt auf Dauer der Geheimhaltung.``)."""
    sel = selector(page)
    info = _card(sel, "TOP-Informationen")
    if not info:
        raise LayoutChanged("agenda_item", "TOP-Informationen card", url)
    head = TOP_NUMBER.search(text_of(info) or "")
    m = re.search(r"^(.*/sitzung/top/\d+)", muenchen_object_id(url))
    result = _value(_values(sel), "Entscheidung")
    if result is None:
        notice = sel.xpath("//section[.//h2[starts-with(normalize-space(.), 'Bekanntgabe')]]")
        result = text_of(notice[0], ".card-body") if notice else None
    return {
        "id": m.group(1) if m else muenchen_object_id(url),
        "number": head.group(1) if head else None,
        "public": head.group(2) == "Öffentlich" if head else None,
        "name": text_of(info, ".collapsable-content"),
        "result": result,
        "outcome": result_outcome(result) if result else None,
    }


def muenchen_meeting_links(page, url: str) -> list[str]:
    """Meeting addresses on a list page or calendar fragment."""
    sel = selector(page)
    links = {muenchen_object_id(absolute(url, a.attrib["href"]))
             for a in sel.css("a[href*='sitzung/detail/']")}
    return sorted(link for link in links if re.search(r"/sitzung/detail/\d+$", link))


def muenchen_paper_links(page, url: str) -> list[str]:
    """Paper addresses (Sitzungsvorlage, Antrag) on a list page, such as the
    search results of ``/risi/sitzungsvorlage`` or a paper's list of the
    Anträge it answers."""
    sel = selector(page)
    links = {muenchen_object_id(absolute(url, a.attrib["href"]))
             for a in sel.css("a[href*='sitzungsvorlage/detail/'], a[href*='antrag/detail/']")}
    return sorted(link for link in links
                  if re.search(r"/(?:sitzungsvorlage|antrag)/detail/\d+$", link) and link != muenchen_object_id(url))


def parse_list_page(page, url: str) -> list[str]:
    """The meeting and paper addresses a list page links (in that order)."""
    return muenchen_meeting_links(page, url) + muenchen_paper_links(page, url)


class MuenchenMixin(HtmlPortalMixin):
    """Callbacks for the München RIS; methods of the running RisSpider."""

    def parse_muenchen_entry(self, response):
        yield from self.html_body_items(response)
        kind = muenchen_page_kind(response.url)
        if kind == "paper":
            yield from self.parse_muenchen_paper(response)
        elif kind == "meeting":
            yield from self.parse_muenchen_meeting(response)
        elif kind == "agenda":
            yield from self.parse_muenchen_agenda(response)
        elif kind == "agenda_item":
            yield from self.parse_muenchen_agenda_item(response)
        else:
            yield from self.parse_muenchen_list(response)

    def parse_muenchen_list(self, response):
        for link in parse_list_page(response, response.url):
            callback = (self.parse_muenchen_meeting if muenchen_page_kind(link) == "meeting"
                        else self.parse_muenchen_paper)
            yield self.html_request(response, link, callback)

    def parse_muenchen_meeting(self, response):
        meeting = self.html_parse(response, "muenchen", parse_meeting_page)
        if meeting is None or not self.html_in_window(meeting["start"]):
            return
        yield from self.html_meeting_items(dict(meeting, agenda_items=[]), response)
        for link in meeting["agenda_urls"]:
            yield self.html_request(response, link, self.parse_muenchen_agenda)
        self.html_remember(response)

    def parse_muenchen_agenda(self, response):
        items = self.html_parse(response, "muenchen", parse_agenda_page)
        if items is None:
            return
        for item in items:
            yield from self.html_agenda_item_items(item, response)
            for paper in item["papers"]:
                yield self.html_request(response, paper, self.parse_muenchen_paper)
            if item["decision_url"]:
                request = self.html_request(response, item["decision_url"], self.parse_muenchen_agenda_item)
                request.cb_kwargs["consultation"] = item["consultation"]
                request.cb_kwargs["paper"] = item["paper"]
                yield request
        self.html_remember(response)

    def parse_muenchen_agenda_item(self, response, consultation=None, paper=None):
        """The decision page of an agenda item: its result, also on the
        consultation of the paper it treats (when the agenda named it)."""
        item = self.html_parse(response, "muenchen", parse_agenda_item_page)
        if item is None:
            return
        yield from self.html_agenda_item_items(item, response)
        if consultation and paper and item["result"]:
            yield from self.html_consultation_result(consultation, paper, item)
        self.html_remember(response)

    def parse_muenchen_paper(self, response):
        return self.html_paper(response, "muenchen", parse_paper_page)
