"""Incremental OParl crawls against a local server that misbehaves on
``modified_since`` the way real servers do: a cursor advances only when
every page of its list was read and stored."""
from __future__ import annotations

import json
import threading
import time
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.conftest import run_crawl

PAGE_SIZE = 2
OLD = "2024-01-01T00:00:00+00:00"


class OParlServer(ThreadingHTTPServer):
    """System -> one Body -> a paper list of PAGE_SIZE papers per page.

    ``since_mode`` is what the server does with ``modified_since``:
    ``filter`` (what OParl asks), ``reject`` (HTTP 400 with an error object
    that is not SD.NET's, for any list request carrying it) or ``page2_404``
    (filters page 1, answers page 2 with SD.NET's 404 ``"code": 802``)."""

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.papers: dict[str, str] = {}  # paper number -> modified
        self.since_mode = "filter"
        self.log: list[str] = []
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def paper(self, number: str) -> dict:
        return {"id": f"{self.base}/papers/{number}", "type": "https://schema.oparl.org/1.1/Paper",
                "name": f"Vorlage {number}", "reference": f"V/{number}",
                "body": f"{self.base}/body", "modified": self.papers[number]}

    def answer(self, path: str, query: dict) -> tuple[int, object]:
        base = self.base
        if path == "/system":
            return 200, {"id": f"{base}/system", "type": "https://schema.oparl.org/1.1/System",
                         "body": f"{base}/bodies"}
        if path == "/bodies":
            return 200, {"data": [{"id": f"{base}/body", "type": "https://schema.oparl.org/1.1/Body",
                                   "name": "Testgemeinde", "paper": f"{base}/papers"}],
                         "links": {}}
        if path != "/papers":
            return 404, {"error": "not found"}
        since = query.get("modified_since", [None])[0]
        page = int(query.get("page", ["1"])[0])
        if since and self.since_mode == "reject":
            return 400, {"error": "unknown parameter modified_since"}
        if since and self.since_mode == "page2_404" and page > 1:
            return 404, {"code": 802, "message": "no results"}
        numbers = sorted(n for n, modified in self.papers.items()
                         if not since or modified >= since.replace("Z", "+00:00"))
        chunk = numbers[(page - 1) * PAGE_SIZE:page * PAGE_SIZE]
        if since and not numbers:
            return 404, {"code": 802, "message": "no results"}
        links = {}
        if page * PAGE_SIZE < len(numbers):
            links["next"] = f"{base}/papers?page={page + 1}"  # drops the filter, as real servers do
        return 200, {"data": [self.paper(n) for n in chunk], "links": links}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        parts = urlsplit(self.path)
        self.server.log.append(self.path)
        status, value = self.server.answer(parts.path, parse_qs(parts.query))
        body = json.dumps(value).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


@pytest.fixture
def server():
    srv = OParlServer()
    srv.papers = {str(n): OLD for n in range(1, 6)}  # 3 pages
    yield srv
    srv.shutdown()
    srv.server_close()


def crawl(server: OParlServer, db):
    if db.exists():
        # cursors are stamped to the second: a crawl on the same database starts
        # in a later second, so a cursor that advances differs from the one it
        # replaces and one that stays is not equal by chance
        start = int(time.time())
        while int(time.time()) == start:
            time.sleep(0.02)
    result = run_crawl(["-a", f"url={server.base}/system"], db,
                       settings={"RIS_DOWNLOAD_FILES": "False"})
    assert result.returncode == 0, result.log[-3000:]
    return result


def paper_cursor(result) -> str | None:
    rows = [r for r in result.rows("crawl_cursors") if r["list"] == "paper"]
    return rows[0]["modified_since"] if rows else None


def later() -> str:
    return (datetime.now(timezone.utc) + timedelta(days=1)).isoformat()


def test_server_rejecting_modified_since_is_read_in_full(server, tmp_path):
    """A server that answers ``modified_since`` with 400 and an error of its
    own: not an empty window. The change is stored, the rejection counted."""
    first = crawl(server, tmp_path / "ris.db")
    assert len(first.rows("papers")) == 5
    cursor = paper_cursor(first)
    assert cursor

    server.since_mode = "reject"
    server.papers["6"] = later()
    server.papers["2"] = later()
    mark = len(server.log)
    second = crawl(server, tmp_path / "ris.db")
    asked = server.log[mark:]
    assert any("modified_since=" in p for p in asked if p.startswith("/papers"))
    assert "/papers" in asked  # read again without the parameter
    assert len(second.rows("papers")) == 6
    assert second.stats["ris/oparl/modified_since_rejected"] == 1
    assert second.log.count("WARNING: oparl/modified_since_rejected") == 1
    assert f"{server.base}/papers?modified_since=" in second.log
    assert paper_cursor(second) > cursor


def test_page_two_error_after_data_keeps_the_cursor(server, tmp_path):
    """Page 1 of a ``modified_since`` list has data, page 2 answers SD.NET's
    404: the list was not read to its end, so its cursor stays, and the next
    crawl asks for the same window again and stores what page 2 held."""
    first = crawl(server, tmp_path / "ris.db")
    cursor = paper_cursor(first)
    changed = later()
    for number in ("2", "4", "5"):  # two pages of changes
        server.papers[number] = changed
    server.since_mode = "page2_404"
    second = crawl(server, tmp_path / "ris.db")
    assert second.stats["ris/http_error"] == 1
    assert paper_cursor(second) == cursor
    assert {r["modified"] for r in second.rows("papers") if r["reference"] in ("V/2", "V/4")} \
        == {changed}

    server.since_mode = "filter"
    mark = len(server.log)
    third = crawl(server, tmp_path / "ris.db")
    assert f"/papers?modified_since={cursor}" in server.log[mark:]
    assert {r["reference"]: r["modified"] for r in third.rows("papers")}["V/5"] == server.papers["5"]
    assert paper_cursor(third) > cursor


def test_empty_window_on_the_first_page_advances_the_cursor(server, tmp_path):
    """SD.NET's 404 ``"code": 802`` on the first page: nothing changed."""
    cursor = paper_cursor(crawl(server, tmp_path / "ris.db"))
    mark = len(server.log)
    second = crawl(server, tmp_path / "ris.db")
    assert [p for p in server.log[mark:] if p.startswith("/papers")] == \
        [f"/papers?modified_since={cursor}"]
    assert second.stats.get("ris/http_error", 0) == 0
    assert paper_cursor(second) > cursor
