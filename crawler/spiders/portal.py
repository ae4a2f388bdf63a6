"""Shared helpers of the HTML portal vendors (SessionNet, ALLRIS, München):
text cleaning, German dates, stable ids from URLs, and the error a parse
function raises when a page lacks what its layout must have.

Parse functions in the vendor modules take a ``parsel.Selector`` (or a Scrapy
response, which has the same ``.css``/``.xpath``) and the page URL, and return
plain dicts; they need no running crawler.

``HtmlPortalMixin`` is the navigation the vendor mixins share: requests that
carry the HTTP validators of the last crawl (``pages`` table), the ``-a
since`` window over calendar months, skipping pages that answer 304 or did
not change, counting layout changes as ``ris/layout/<vendor>/<page>``, and
turning the parse results into items.
"""
from __future__ import annotations

import hashlib
import re
from datetime import date, timedelta
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import scrapy
from parsel import Selector

from crawler import items
from crawler.timestamps import utc_stamp

SPACE = re.compile(r"[\s\u00a0\u200b]+")
TIME_HM = re.compile(r"(\d{1,2}):(\d{2})")


class LayoutChanged(ValueError):
    """A page lacks an element its layout must have (the portal changed its
    markup, or the page is not what its URL says). ``page`` names the page
    kind (``paper``, ``meeting``, ...), ``missing`` the element."""

    def __init__(self, page: str, missing: str, url: str = ""):
        super().__init__(f"{page} page {url or ''}: {missing} not found".strip())
        self.page = page
        self.missing = missing
        self.url = url


def selector(page, url: str = "") -> Selector:
    """A Selector for a response, a Selector, or HTML text/bytes."""
    if isinstance(page, Selector):
        return page
    if hasattr(page, "selector"):
        return page.selector
    if isinstance(page, bytes):
        page = page.decode("utf-8", errors="replace")
    return Selector(text=page)


def clean(text: str | None) -> str | None:
    """Collapse whitespace (incl. no-break spaces); ``None`` for empty text."""
    if text is None:
        return None
    text = SPACE.sub(" ", text).strip()
    return text or None


def text_of(sel, query: str = None) -> str | None:
    """The cleaned text of the first node matched by a CSS query (or of the
    node itself), with ``<br>`` as line breaks."""
    nodes = sel.css(query) if query else [sel]
    if not nodes:
        return None
    node = nodes[0]
    parts = node.xpath(".//text()[not(ancestor::script) and not(ancestor::style)] | .//br").getall()
    lines, current = [], []
    for part in parts:
        if part.startswith("<br"):
            lines.append("".join(current))
            current = []
        else:
            current.append(part)
    lines.append("".join(current))
    lines = [clean(line) for line in lines]
    return "\n".join(line for line in lines if line) or None


def parse_times(text: str | None) -> list[str]:
    """``09:30`` or ``15:00-17:18 Uhr`` -> ``["09:30"]`` / ``["15:00", "17:18"]``."""
    if not text:
        return []
    return [f"{int(h):02d}:{m}" for h, m in TIME_HM.findall(text)]


def at(day: str | None, time: str | None) -> str | None:
    """ISO datetime (local time, no zone) from an ISO date and ``HH:MM``."""
    if not day:
        return None
    return f"{day}T{time}:00" if time else day


def query_param(url: str, *names: str) -> str | None:
    """The first of ``names`` present in the URL's query (case-insensitive)."""
    params = {k.lower(): v for k, v in parse_qsl(urlsplit(url).query, keep_blank_values=True)}
    for name in names:
        if params.get(name.lower()):
            return params[name.lower()]
    return None


def object_url(url: str, param: str, value: str, page: str | None = None) -> str:
    """The canonical address of a vendor object: the page URL reduced to one
    query parameter (session and display parameters dropped), optionally on
    another page of the same folder. Used as the stable id."""
    parts = urlsplit(url)
    path = parts.path
    if page:
        path = path.rsplit("/", 1)[0] + "/" + page
    return urlunsplit((parts.scheme, parts.netloc, path, urlencode({param: value}), ""))


def absolute(url: str, href: str | None) -> str | None:
    if not href:
        return None
    href = href.strip()
    if href.startswith(("javascript:", "mailto:", "#")):
        return None
    return urljoin(url, href)


def page_name(url: str) -> str:
    """The last path segment without extension: ``vo0050`` for
    ``.../bi/vo0050.asp?...``."""
    last = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
    return last.split(".", 1)[0].lower()


def file_item(paper: str | None, name: str | None, url: str, page_url: str,
              mime_type: str | None = None, size: int | None = None) -> dict:
    """A File dict for a document link: the id is the download address."""
    return {"type": "File", "id": url, "paper": paper, "name": name,
            "file_name": name, "access_url": url, "download_url": url,
            "mime_type": mime_type, "size": size, "web": page_url}


def month_starts(since: date, until: date) -> list[tuple[int, int]]:
    """(year, month) from the month of ``since`` to that of ``until``."""
    months, y, m = [], since.year, since.month
    while (y, m) <= (until.year, until.month):
        months.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return months


def portal_base(url: str) -> str:
    """The folder of a portal page (``https://host/bi/``), used as the id of
    the body an HTML portal publishes."""
    parts = urlsplit(url)
    if "/risi/" in parts.path:
        return urlunsplit((parts.scheme, parts.netloc, parts.path.split("/risi/", 1)[0] + "/risi/", "", ""))
    folder = parts.path.rsplit("/", 1)[0] + "/"
    return urlunsplit((parts.scheme, parts.netloc, folder, "", ""))


def page_checksum(body: bytes) -> str:
    return hashlib.sha1(body).hexdigest()


def result_outcome(result: str) -> str | None:
    """``extract.decisions.result_outcome``: a portal's words for a result as
    a decision outcome of the contract."""
    # imported on the first result: extract.decisions compiles its patterns
    # (and those of the modules it imports) on import, which an OParl crawl
    # would pay at every start without using them
    from extract.decisions import result_outcome as outcome
    return outcome(result)


def _consultation(data: dict) -> dict:
    """A Consultation's values, with the ``outcome`` of its ``result`` (the
    portal's words) where the parse function gave none."""
    if data.get("result") and not data.get("outcome"):
        return dict(data, outcome=result_outcome(data["result"]))
    return data


def _fields(item_class, data: dict) -> dict:
    """The values of ``data`` the item class has, without empty ones (so an
    upsert never blanks what another page said)."""
    return {k: v for k, v in data.items()
            if k in item_class.fields and v is not None and v != [] and v != ""}


class HtmlPortalMixin:
    """Navigation shared by the HTML vendors: requests with HTTP validators,
    the date window, unchanged-page checks, layout problems and turning the
    parse functions' dicts into items. Methods of the running RisSpider."""

    # ------------------------------------------------------------ requests

    def html_request(self, response, url: str, callback) -> scrapy.Request:
        """A request for another page of the same portal, carrying vendor,
        source and body, with ``If-None-Match``/``If-Modified-Since`` from
        the last crawl that stored it."""
        meta = {k: response.meta[k] for k in ("vendor", "source", "portal_body")
                if response.meta.get(k)}
        meta["handle_httpstatus_list"] = [304]
        return scrapy.Request(url, callback=callback, errback=self.html_failed,
                              headers=self.html_validators(url), meta=meta)

    def html_failed(self, failure):
        self.count_problem("request_failed", failure.request.url, repr(failure.value))

    def html_months(self) -> list[tuple[int, int]]:
        """Calendar months to walk: from ``-a since`` (default: a year ago)
        to two months ahead."""
        today = date.today()
        since = self.since or today - timedelta(days=365)
        return month_starts(since, today + timedelta(days=62))

    def html_in_window(self, start: str | None) -> bool:
        """Whether a meeting on ``start`` (ISO) is inside ``-a since``."""
        if not self.since or not start:
            return True
        return start[:10] >= self.since.isoformat()

    def layout_changed(self, vendor: str, err: "LayoutChanged", response) -> None:
        """Count ``ris/layout/<vendor>/<page>``, log the URL and go on."""
        self.count_problem(f"layout/{vendor}/{err.page}", response.url,
                           f"{err.missing} not found (page layout changed?)")

    def html_calendar_requests(self, response, calendar_url, callback):
        """Requests for the calendar pages of ``html_months``;
        ``calendar_url(url, year, month)`` is the vendor's address of one."""
        for year, month in self.html_months():
            yield self.html_request(response, calendar_url(response.url, year, month), callback)

    def html_parse(self, response, vendor: str, parse):
        """What ``parse(response, url)`` reads from a page, or None when the
        page is unchanged since the last crawl (``html_unchanged``) or lacks
        what its layout must have (counted by ``layout_changed``)."""
        if self.html_unchanged(response):
            return None
        try:
            return parse(response, response.url)
        except LayoutChanged as err:
            self.layout_changed(vendor, err, response)
            return None

    def html_paper(self, response, vendor: str, parse):
        """A paper page read by the vendor's ``parse``: its Paper, Files and
        Consultations."""
        paper = self.html_parse(response, vendor, parse)
        if paper is None:
            return
        yield from self.html_paper_items(paper, response)
        self.html_remember(response)

    # ------------------------------------------------------------ incremental

    def _page_row(self, url: str) -> dict | None:
        return self.stored_page(url)

    def html_validators(self, url: str) -> dict:
        row = self._page_row(url)
        headers = {}
        if row and row.get("etag"):
            headers["If-None-Match"] = row["etag"]
        if row and row.get("last_modified"):
            headers["If-Modified-Since"] = row["last_modified"]
        return headers

    @staticmethod
    def _requested_url(response) -> str:
        return (response.meta.get("redirect_urls") or [response.url])[0]

    def html_unchanged(self, response) -> bool:
        """True (and counted) when the server answered 304 or the page is
        byte-identical to the stored one: nothing to store again."""
        if response.status == 304:
            self.crawler.stats.inc_value("ris/html/not_modified")
            return True
        row = self._page_row(self._requested_url(response))
        if row and row.get("checksum") == page_checksum(response.body):
            self.crawler.stats.inc_value("ris/html/unchanged")
            return True
        return False

    def html_remember(self, response) -> None:
        """Note the page's validators and checksum; they are stored when the
        crawl finishes (like the OParl cursors), so an interrupted crawl
        fetches the page again rather than missing its items."""
        header = response.headers.get
        self.pending_pages[self._requested_url(response)] = {
            "id": self._requested_url(response),
            "etag": (header(b"ETag") or b"").decode("latin-1") or None,
            "last_modified": (header(b"Last-Modified") or b"").decode("latin-1") or None,
            "checksum": page_checksum(response.body),
            "fetched_at": utc_stamp(),
        }

    # ------------------------------------------------------------ items

    def html_body(self, response) -> str:
        """The Body of this portal (its base address); yields nothing, but
        remembers it for ``html_body_items``."""
        return response.meta.get("portal_body") or portal_base(response.url)

    def html_body_items(self, response):
        body = self.html_body(response)
        response.meta["portal_body"] = body
        seen = self.__dict__.setdefault("_html_bodies", set())
        if body in seen:
            return
        seen.add(body)
        name = None
        source = response.meta.get("source")
        if source:
            try:
                from crawler.sources import load_sources
                name = next((s.get("body") for s in load_sources() if s.get("name") == source), None)
            except (OSError, ValueError):
                name = None
        yield items.Body(id=body, name=name or urlsplit(body).netloc, website=body)

    def _files(self, files: list[dict]):
        for f in files:
            item = items.File(**_fields(items.File, f))
            item["file_urls"] = [f["download_url"]]
            yield item

    def html_paper_items(self, paper: dict, response):
        body = self.html_body(response)
        files = paper.get("files") or []
        data = dict(paper, body=body,
                    main_file=files[0]["id"] if files else None,
                    auxiliary_file=[f["id"] for f in files[1:]])
        yield items.Paper(**_fields(items.Paper, data))
        yield from self._files(files)
        for c in paper.get("consultations") or []:
            # a Beratungsfolge row names its meeting and agenda item
            if c.get("meeting_item"):
                yield items.Meeting(**_fields(items.Meeting, dict(c["meeting_item"], body=body)))
                yield from self._files(c["meeting_item"].get("files") or [])
            if c.get("agenda_item_item"):
                yield items.AgendaItem(**_fields(items.AgendaItem, c["agenda_item_item"]))
            yield items.Consultation(**_fields(items.Consultation, _consultation(c)))

    def html_meeting_items(self, meeting: dict, response):
        body = self.html_body(response)
        data = dict(meeting, body=body,
                    organization=[meeting["organization"]] if meeting.get("organization") else None)
        yield items.Meeting(**_fields(items.Meeting, data))
        if meeting.get("organization") and meeting.get("organization_name"):
            yield items.Organization(id=meeting["organization"], name=meeting["organization_name"],
                                     body=body)
        yield from self._files(meeting.get("files") or [])
        for agenda_item in meeting.get("agenda_items") or []:
            yield from self.html_agenda_item_items(agenda_item, response)
        for c in meeting.get("consultations") or []:
            yield items.Consultation(**_fields(items.Consultation, _consultation(c)))

    def html_consultation_result(self, consultation: str, paper: str, item: dict):
        """The result (and its outcome) an agenda item's page gives, on the
        consultation of the paper it treats."""
        yield items.Consultation(**_fields(items.Consultation, {
            "id": consultation, "paper": paper, "agenda_item": item["id"],
            "result": item.get("result"), "outcome": item.get("outcome")}))

    def html_agenda_item_items(self, agenda_item: dict, response):
        yield items.AgendaItem(**_fields(items.AgendaItem, agenda_item))
        yield from self._files(agenda_item.get("files") or [])
        if agenda_item.get("consultation") and agenda_item.get("paper"):
            yield items.Consultation(**_fields(items.Consultation, _consultation({
                "id": agenda_item["consultation"], "paper": agenda_item["paper"],
                "agenda_item": agenda_item["id"], "meeting": agenda_item.get("meeting"),
                "organization_name": agenda_item.get("organization_name"),
                "date": agenda_item.get("date"), "result": agenda_item.get("result"),
                "votes": agenda_item.get("votes"), "public": agenda_item.get("public")})))
