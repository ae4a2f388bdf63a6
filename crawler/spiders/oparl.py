"""OParl: parse functions and the spider callbacks (a mixin of RisSpider).

The parse functions are plain data in, plain data out: ``load_json`` reads a
response body the way real servers send it, ``object_items`` turns one OParl
object (with what it embeds) into items. The mixin walks System -> Body ->
lists, follows ``links.next`` and keeps the incremental cursors.
"""
from __future__ import annotations

import functools
import hashlib
import json
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import scrapy

from crawler import items as oparl_items
from crawler.timestamps import utc_stamp
from extract.dates import parse_datetime, parse_day

CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # all but tab, LF, CR
CAMEL = re.compile(r"(?<=[a-z0-9])([A-Z])")

# The lists of a Body the crawl walks, and the type their entries have.
BODY_LISTS = {"organization": "Organization", "person": "Person",
              "meeting": "Meeting", "paper": "Paper"}
DATE_FIELDS = {"date", "start_date", "end_date"}
DATETIME_FIELDS = {"created", "modified", "start", "end"}
MISSING = {"", "n/a", "k.a.", "-"}
_MISSING_LONGEST = max(map(len, MISSING))

# Embedded children: parent type -> {OParl key: (child type, key naming the parent)}
CHILDREN = {
    "Paper": {"mainFile": ("File", "paper"), "auxiliaryFile": ("File", "paper"),
              "consultation": ("Consultation", "paper")},
    "Meeting": {"invitation": ("File", "meeting"), "resultsProtocol": ("File", "meeting"),
                "verbatimProtocol": ("File", "meeting"), "auxiliaryFile": ("File", "meeting"),
                "agendaItem": ("AgendaItem", "meeting")},
    "AgendaItem": {"resolutionFile": ("File", "agenda_item"),
                   "auxiliaryFile": ("File", "agenda_item")},
}


# ---------------------------------------------------------------- parsing

def decode(body: bytes) -> str:
    try:
        return body.decode("utf-8-sig")
    except UnicodeDecodeError:
        return body.decode("cp1252", errors="replace")


def load_json(body: bytes):
    """The JSON in a response body, or None when it is not JSON (an HTML
    error page served with status 200, an empty answer).

    Tolerates control characters (ALLRIS sends unescaped U+0000-U+001F
    inside strings and sometimes between tokens: each becomes a space, raw
    tabs and line breaks inside strings are kept), a byte order mark and
    bodies that are not UTF-8."""
    text = decode(body).strip()
    if not text or text[0] not in "[{":
        return None
    try:
        return json.loads(CONTROL_CHARS.sub(" ", text), strict=False)
    except ValueError:
        return None


def oparl_type(obj) -> str | None:
    """``https://schema.oparl.org/1.1/Paper`` -> ``Paper`` (1.0 and 1.1 alike)."""
    if not isinstance(obj, dict) or not isinstance(obj.get("type"), str):
        return None
    value = obj["type"].strip().rstrip("/")
    if "oparl" not in value.lower():
        return None
    return value.rsplit("/", 1)[-1] or None


def oparl_version(obj) -> str | None:
    """``1.0`` or ``1.1`` from an object's type URI."""
    match = re.search(r"/(\d+\.\d+)/", obj.get("type", "")) if isinstance(obj, dict) else None
    return match.group(1) if match else None


def is_oparl(data) -> bool:
    """Whether parsed JSON is an OParl object, list page or array of objects."""
    if isinstance(data, dict):
        return oparl_type(data) is not None or (
            isinstance(data.get("data"), list) and ("links" in data or "pagination" in data
                                                    or any(oparl_type(o) for o in data["data"])))
    if isinstance(data, list):
        return any(oparl_type(o) for o in data)
    return False


@functools.lru_cache(maxsize=4096)
def snake(name: str) -> str:
    """``paperType`` -> ``paper_type``."""
    return CAMEL.sub(r"_\1", name).lower()


def clean_text(value):
    """Strip strings; ``"N/A"`` and whitespace-only strings mean missing."""
    if isinstance(value, str):
        value = value.strip()
        return None if len(value) <= _MISSING_LONGEST and value.lower() in MISSING else value
    return value


def ref(value):
    """An embedded object stands for its id; other values stay."""
    if isinstance(value, dict):
        return value.get("id")
    if isinstance(value, list):
        return [r for r in (ref(v) for v in value) if r is not None]
    return clean_text(value)


@dataclass
class Parsed:
    """What one OParl object yields: items (the object's first, then those
    of the objects it embeds), references to fetch (url, expected type,
    parent key, parent id) and problems (what, detail)."""
    items: list[dict] = field(default_factory=list)
    follow: list[tuple[str, str, str | None, str | None]] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)


def as_list(value) -> list:
    """ALLRIS sends ``auxiliaryFile`` as one object instead of an array."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def object_items(obj: dict, expected: str | None = None, parent: tuple[str, str] | None = None,
                 out: Parsed | None = None) -> Parsed:
    """Items for an OParl object and everything it embeds.

    ``expected`` is the type the context implies (the list it came from),
    used when the object has no ``type`` (SD.NET's deleted entries);
    ``parent`` is ``(field, id)`` of the object embedding it."""
    out = out or Parsed()
    type_name = oparl_type(obj) or expected
    oid = obj["id"].strip() if isinstance(obj.get("id"), str) else None
    if type_name not in oparl_items.ITEM_TYPES:
        if type_name is None:
            out.problems.append(("untyped_object", f"object {oid or '?'} has no type"))
        return out
    if not oid:
        out.problems.append(("no_id", f"{type_name} without id"))
        return out
    item = {"type": type_name, "id": oid}
    fields = oparl_items.ITEM_TYPES[type_name].fields
    children = CHILDREN.get(type_name, {})
    for key, value in obj.items():
        if value is None or (plan := _field_plan(type_name, key)) is None:
            continue
        name, dated = plan
        value = ref(as_list(value)) if key == "auxiliaryFile" else ref(value)
        if dated is not None and isinstance(value, str):
            cleaned = parse_day(value) if dated == "day" else parse_datetime(value)
            if cleaned is None:
                out.problems.append(("invalid_date", f"{oid}: {key}={value!r}"))
            value = cleaned
        if value is None or value == []:
            continue
        item[name] = value
    if obj.get("deleted") is True:
        item["deleted"] = True
    if type_name == "Body" and isinstance(item.get("ags"), str) and re.fullmatch(r"\d{7}", item["ags"]):
        item["ags"] = item["ags"].zfill(8)  # SD.NET drops the leading zero of the AGS
    if parent and parent[0] in fields and not item.get(parent[0]):
        item[parent[0]] = parent[1]
    if type_name == "File":
        url = item.get("access_url") or item.get("download_url")
        if url and not item.get("deleted"):
            item["file_urls"] = [url]
    out.items.append(item)
    for key, (child_type, parent_field) in children.items():
        for child in as_list(obj.get(key)):
            if isinstance(child, dict):
                object_items(child, child_type, (parent_field, oid), out)
            elif isinstance(child, str) and child.strip():
                out.follow.append((child.strip(), child_type, parent_field, oid))
    return out


@functools.lru_cache(maxsize=4096)
def _field_plan(type_name: str, key: str) -> tuple[str, str | None] | None:
    """How the value of ``key`` in an OParl object of ``type_name`` goes into
    its item: ``(field, date kind)``, the kind ``"day"``, ``"datetime"`` or
    None; None when it does not (no field of the item, ``id`` and ``type``,
    embedded Consultations and AgendaItems: those are rows of their own,
    pointing back here)."""
    name = snake(key)
    if name in ("id", "type") or name not in oparl_items.ITEM_TYPES[type_name].fields:
        return None
    if CHILDREN.get(type_name, {}).get(key, ("",))[0] in ("Consultation", "AgendaItem"):
        return None
    return name, "day" if name in DATE_FIELDS else "datetime" if name in DATETIME_FIELDS else None


def page_entries(data, expected: str | None) -> tuple[list, dict] | None:
    """(entries, links) of a list answer: a list page with ``data``, a bare
    array, or one object where a list belongs. None for anything else."""
    if isinstance(data, dict) and isinstance(data.get("data"), list):
        links = data.get("links") if isinstance(data.get("links"), dict) else {}
        return data["data"], links
    if isinstance(data, list):
        return data, {}
    if isinstance(data, dict) and (oparl_type(data) or expected) and data.get("id"):
        return [data], {}
    return None


def with_query(url: str, name: str, value: str) -> str:
    """``url`` with ``name=value`` set, built literally (Somacos rejects
    percent-encoded query strings); other parameters stay as they are."""
    base, _, query = url.partition("?")
    params = [p for p in query.split("&") if p and p.split("=", 1)[0] != name]
    params.append(f"{name}={value}")
    return f"{base}?{'&'.join(params)}"


def without_query(url: str, name: str) -> str:
    """``url`` without the parameter ``name``; other parameters stay literal."""
    base, _, query = url.partition("?")
    params = [p for p in query.split("&") if p and p.split("=", 1)[0] != name]
    return f"{base}?{'&'.join(params)}" if params else base


def empty_window_answer(body: bytes) -> bool:
    """Whether an error answer to a ``modified_since`` list request says
    "nothing changed" the way SD.NET does: an empty body, an empty list, or
    its error object ``{"code": 802, ...}``."""
    if not body.strip():
        return True
    data = load_json(body)
    if data == [] or (isinstance(data, dict) and data.get("data") == []):
        return True
    return isinstance(data, dict) and str(data.get("code")) == "802"


def query_value(url: str, name: str) -> str | None:
    for param in url.partition("?")[2].split("&"):
        key, _, value = param.partition("=")
        if key == name:
            return value
    return None


def body_matches(body: dict, wanted: str) -> bool:
    """Whether ``-a body=`` names this Body: its id, the last part of its
    id, its short name, name or AGS."""
    wanted = wanted.strip().casefold()
    oid = str(body.get("id", "")).rstrip("/")
    names = {oid.casefold(), oid.rsplit("/", 1)[-1].casefold()}
    for key in ("shortName", "name", "ags"):
        if isinstance(body.get(key), str):
            names.add(body[key].strip().casefold())
    return wanted in names


def past_last_page(data) -> bool:
    """Whether a list page says it is the last one (``currentPage`` at or
    beyond ``totalPages``), so a ``next`` link on it leads nowhere new."""
    pagination = data.get("pagination") if isinstance(data, dict) else None
    if not isinstance(pagination, dict):
        return False
    current, total = pagination.get("currentPage"), pagination.get("totalPages")
    return isinstance(current, int) and isinstance(total, int) and 0 < total <= current


def page_fingerprint(entries: list) -> str:
    ids = sorted(str(e.get("id") if isinstance(e, dict) else e) for e in entries)
    return hashlib.sha1("\n".join(ids).encode()).hexdigest()[:16]


# ---------------------------------------------------------------- callbacks

class OParlMixin:
    """Callbacks for OParl portals; methods of the running RisSpider.

    Request meta ``oparl`` carries the context of a response: ``type`` (the
    type its objects have when they do not say), ``list``/``source`` (the
    cursor key of a Body list), ``since`` (the ``modified_since`` asked
    for), ``cursor_at`` (when the list crawl began), ``pages`` (URLs and
    page fingerprints seen, to stop looping lists) and ``parent``."""

    def parse_oparl_entry(self, response):
        """The entry URL. When it is a list, it gets a cursor of its own
        (``source`` = the URL, ``list`` = ``entry``), used by the next crawl."""
        if "oparl" not in response.meta and response.meta.get("started_at"):
            entry_url = response.meta.get("redirect_urls", [response.url])[0]
            response.meta["oparl"] = {"type": None, "list": "entry", "source": entry_url,
                                      "since": None, "cursor_at": response.meta["started_at"],
                                      "pages": []}
        yield from self.parse_oparl(response)

    def oparl_request(self, url: str, ctx: dict, **kwargs) -> scrapy.Request:
        meta = {"vendor": "oparl", "oparl": ctx}
        if ctx.get("since"):
            meta["handle_httpstatus_list"] = [400, 404]
        return scrapy.Request(url, callback=self.parse_oparl, errback=self.oparl_failed,
                              meta=meta, **kwargs)

    def oparl_failed(self, failure):
        self.count_problem("request_failed", failure.request.url, repr(failure.value))

    def parse_oparl(self, response):
        ctx = response.meta.get("oparl") or {}
        if response.status >= 400:
            yield from self.oparl_list_error(response, ctx)
            return
        data = load_json(response.body)
        if data is None:
            self.count_problem("not_json", response.url,
                               "not JSON where OParl was expected (HTML error page?)")
            return
        if ctx.get("list") == "entry" and not (isinstance(data, list) or (
                isinstance(data, dict) and isinstance(data.get("data"), list))):
            ctx = {}  # the entry is an object (System, Body, Paper...), not a list
        if isinstance(data, dict) and oparl_type(data) == "System":
            yield from self.oparl_system(data, response.url)
            return
        if ctx.get("list") or not (isinstance(data, dict) and oparl_type(data)):
            yield from self.oparl_page(data, response, ctx)
            return
        yield from self.oparl_object(data, ctx)

    def oparl_list_error(self, response, ctx: dict):
        """A 400/404 answer to a ``modified_since`` list request. Only the
        first page of a list, empty or in SD.NET's error shape, is an empty
        window (the list is done, its cursor advances). Another answer to a
        first page means the server rejects the parameter: counted as
        ``ris/oparl/modified_since_rejected``, logged once per host, and the
        list is read in full. Any other error leaves the list unfinished, so
        its cursor stays where it was."""
        first_page = ctx.get("since") and ctx.get("list") and not ctx.get("pages")
        if first_page and empty_window_answer(response.body):
            self.logger.debug("Empty modified_since window (HTTP %s): %s",
                              response.status, response.url)
            yield from self.oparl_list_done(ctx)
            return
        if first_page:
            self.crawler.stats.inc_value("ris/oparl/modified_since_rejected")
            host = urlsplit(response.url).netloc
            warned = self.__dict__.setdefault("_since_rejected_hosts", set())
            if host not in warned:
                warned.add(host)
                self.logger.warning("oparl/modified_since_rejected: %s answered HTTP %s to "
                                    "modified_since; reading its lists in full",
                                    response.url, response.status)
            full = without_query(response.request.url, "modified_since")
            yield self.oparl_request(full, {**ctx, "since": None}, dont_filter=True)
            return
        self.count_problem("http_error", response.url, f"HTTP {response.status}")

    def oparl_system(self, system: dict, where: str):
        url = system.get("body")
        if not isinstance(url, str) or not url.strip():
            self.count_problem("no_body_list", where, "System without a body list")
            return
        # OParl: the System's license holds for its objects that state none.
        license = system.get("license") if isinstance(system.get("license"), str) else None
        yield self.oparl_request(url.strip(), {"type": "Body", "list": None, "license": license})

    def oparl_page(self, data, response, ctx: dict):
        found = page_entries(data, ctx.get("type"))
        if found is None:
            self.count_problem("not_oparl", response.url, "JSON that is no OParl list or object")
            return
        entries, links = found
        if isinstance(data, list) or (isinstance(data, dict) and "data" not in data):
            self.crawler.stats.inc_value("ris/oparl_list_without_envelope")
        if past_last_page(data) and links.get("next"):
            self.count_problem("pagination_overrun", response.url,
                               "a next link after the last page the list announces")
            links = {}
        for entry in entries:
            if isinstance(entry, str) and entry.strip():
                yield self.oparl_request(response.urljoin(entry.strip()),
                                         {"type": ctx.get("type"), "license": ctx.get("license")})
            elif isinstance(entry, dict):
                yield from self.oparl_object(entry, ctx)
        yield from self.oparl_next(response, ctx, entries, links)

    def oparl_next(self, response, ctx: dict, entries: list, links: dict):
        pages = ctx.get("pages") or []
        fingerprint = page_fingerprint(entries)
        next_url = links.get("next") if isinstance(links.get("next"), str) else None
        next_url = response.urljoin(next_url.strip()) if next_url and next_url.strip() else None
        if next_url and ctx.get("since") and query_value(next_url, "modified_since") is None:
            next_url = with_query(next_url, "modified_since", ctx["since"])  # next dropped the filter
        if next_url and (next_url in (response.url, response.request.url) or next_url in pages
                         or (entries and fingerprint in pages)):
            self.count_problem("pagination_loop", response.url, f"next leads back to {next_url}")
            return
        if next_url:
            seen = (pages + [response.url, fingerprint])[-400:]
            yield self.oparl_request(next_url, {**ctx, "pages": seen})
        else:
            yield from self.oparl_list_done(ctx)

    def oparl_list_done(self, ctx: dict):
        """A Body list was read to its end: remember its cursor (written to
        the database when the crawl finishes)."""
        if ctx.get("list") and ctx.get("source") and ctx.get("cursor_at"):
            self.remember_cursor(ctx["source"], ctx["list"], ctx["cursor_at"])
        return ()

    def oparl_object(self, obj: dict, ctx: dict):
        type_name = oparl_type(obj) or ctx.get("type")
        if type_name == "System":
            yield from self.oparl_system(obj, obj.get("id") or "?")
            return
        parsed = object_items(obj, ctx.get("type"), ctx.get("parent"))
        for what, detail in parsed.problems:
            self.count_problem(what, obj.get("id") or "?", detail)
        if parsed.items:
            # one item carries what the object embeds (crawler/items.py)
            first, *embedded = parsed.items
            item = oparl_items.ITEM_TYPES[first.pop("type")](**first)
            if item["type"] == "Body" and ctx.get("license") and not item.get("license"):
                item["license"] = ctx["license"]
            if embedded:
                item["embedded"] = embedded
            yield item
        for url, child_type, parent_field, parent_id in parsed.follow:
            yield self.oparl_request(url, {"type": child_type, "parent": [parent_field, parent_id]})
        if type_name == "Body" and not obj.get("deleted"):
            yield from self.oparl_body_lists(obj)

    def oparl_body_lists(self, body: dict):
        wanted = getattr(self, "body_filter", None)
        if wanted and not body_matches(body, wanted):
            self.logger.info("Skipping body %s (not %r)", body.get("id"), wanted)
            return
        for name, type_name in BODY_LISTS.items():
            url = body.get(name)
            if isinstance(url, str) and url.strip():
                yield self.oparl_list_request(url.strip(), body["id"], name, type_name)

    def oparl_list_request(self, url: str, source: str, name: str, type_name: str):
        """The first page of a Body list; with ``modified_since`` from
        ``-a since=`` or the stored cursor. The new cursor is the time
        before this fetch."""
        cursor_at = utc_stamp()
        since = self.list_since(source, name)
        if since:
            url = with_query(url, "modified_since", since)
        ctx = {"type": type_name, "list": name, "source": source, "since": since,
               "cursor_at": cursor_at, "pages": []}
        return self.oparl_request(url, ctx)
