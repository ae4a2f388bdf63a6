"""Replay recorded portal pages from a local HTTP server on 127.0.0.1.

A recorded site is a folder with a ``manifest.json``: a list of entries
``{"url": original URL, "file": path relative to the folder, "content_type":
..., "status": 200, "headers": {...}}``. The server answers
``http://127.0.0.1:PORT/<host>/<path>?<query>`` with the file recorded for
``https://<host>/<path>?<query>``, and rewrites every recorded host in text
bodies (``https://host`` and ``http://host``) to the local address, so links
in JSON and HTML lead back to the server. Used by the offline demo and by the
end-to-end tests; nothing here reaches the network.

Optional per entry: ``"fail_first": {"times": 2, "status": 429, "headers":
{"Retry-After": "1"}}`` answers the first requests with an error (to test
retries), and ``ETag``/``Last-Modified`` in ``headers`` make conditional
requests (``If-None-Match``/``If-Modified-Since``) answer 304.

OParl list pages honour ``modified_since``: a request for a recorded list URL
plus ``modified_since=...`` gets the recorded page with only the objects whose
``modified`` is at or after that time (the recorded ``links`` are kept as
they are, which, like some real servers, drop the filter). When nothing is
left, the answer is an empty list page, or the status given as
``empty_window_status`` (SD.NET answers 404 with ``"code": 802``).
"""
from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from datetime import datetime, timezone
from urllib.parse import parse_qsl, urlencode, urlsplit

TEXT_TYPES = ("text/", "application/json", "application/xml", "application/javascript")


@dataclass
class Entry:
    url: str
    path: Path
    content_type: str = "application/octet-stream"
    status: int = 200
    headers: dict = field(default_factory=dict)
    fail_first: dict | None = None


def _key(url: str) -> tuple[str, str, tuple]:
    parts = urlsplit(url)
    query = tuple(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return parts.netloc.lower(), parts.path or "/", query


def load_sites(*roots: str | Path) -> dict[tuple, Entry]:
    """Read the manifests of recorded sites into a lookup table."""
    table: dict[tuple, Entry] = {}
    for root in roots:
        root = Path(root)
        for entry in json.loads((root / "manifest.json").read_text(encoding="utf-8")):
            table[_key(entry["url"])] = Entry(
                url=entry["url"], path=root / entry["file"],
                content_type=entry.get("content_type", "application/octet-stream"),
                status=entry.get("status", 200), headers=entry.get("headers", {}),
                fail_first=entry.get("fail_first"))
    return table


class ReplayServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    # socketserver's default listen backlog of 5 drops connections when a
    # crawler opens many at once; the client then waits for SYN retries
    request_queue_size = 128

    def __init__(self, entries: dict[tuple, Entry], host: str = "127.0.0.1", port: int = 0,
                 delay: float = 0.0, empty_window_status: int = 200,
                 robots_txt: str | None = None, rewrite_hosts: bool = True):
        super().__init__((host, port), ReplayHandler)
        # False: bodies and redirects go out as recorded, for a crawler that
        # routes requests here itself (ReplayRoutingMiddleware)
        self.rewrite_hosts = rewrite_hosts
        self.entries = entries
        self.robots_txt = robots_txt  # served at /robots.txt when given
        self.delay = delay
        self.empty_window_status = empty_window_status
        self.hosts = sorted({k[0] for k in entries}, key=len, reverse=True)
        self.log: list[str] = []  # every path requested, in order
        self.log_times: list[tuple[float, str, int]] = []  # (time, path, status)
        self.failures: dict[tuple, int] = {}
        self._lock = threading.Lock()

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def local_url(self, url: str) -> str:
        """The local address that replays the recorded ``url``."""
        parts = urlsplit(url)
        local = f"{self.base_url}/{parts.netloc}{parts.path}"
        return f"{local}?{parts.query}" if parts.query else local

    def original_url(self, url: str) -> str:
        """The recorded (https) URL that a local address replays."""
        prefix = self.base_url + "/"
        return "https://" + url[len(prefix):] if url.startswith(prefix) else url

    def rewrite(self, body: bytes) -> bytes:
        if not self.hosts or not self.rewrite_hosts:
            return body
        pattern = re.compile(rb"https?://(" + b"|".join(re.escape(h.encode()) for h in self.hosts) + rb")",
                             re.IGNORECASE)
        base = self.base_url.encode()
        return pattern.sub(lambda m: base + b"/" + m.group(1).lower(), body)

    def record(self, path: str) -> None:
        with self._lock:
            self.log.append(path)

    def record_status(self, path: str, status: int) -> None:
        with self._lock:
            self.log_times.append((time.monotonic(), path, status))

    def take_failure(self, key: tuple, entry: Entry) -> bool:
        """True while the entry's ``fail_first`` budget is not used up."""
        if not entry.fail_first:
            return False
        with self._lock:
            done = self.failures.get(key, 0)
            if done >= entry.fail_first.get("times", 1):
                return False
            self.failures[key] = done + 1
            return True

    def start(self) -> "ReplayServer":
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


class ReplayHandler(BaseHTTPRequestHandler):
    server: ReplayServer
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out as separate writes

    def log_message(self, format, *args):  # keep test output quiet
        pass

    def do_GET(self):
        self.server.record(self.path)
        if self.server.delay:
            threading.Event().wait(self.server.delay)
        if self.path == "/robots.txt" and self.server.robots_txt is not None:
            return self._send(200, self.server.robots_txt.encode(), "text/plain")
        host, _, rest = self.path.lstrip("/").partition("/")
        url = f"https://{host}/{rest}"
        key = _key(url)
        entry = self.server.entries.get(key)
        if entry is None:
            return self._filtered_list(url) or self._send(404, b"not recorded", "text/plain")
        if self.server.take_failure(key, entry):
            fail = entry.fail_first
            return self._send(fail.get("status", 503), b"try again later", "text/plain",
                              fail.get("headers", {}))
        if self._not_modified(entry):
            return self._send(304, b"", entry.content_type, entry.headers)
        body = entry.path.read_bytes()
        if entry.content_type.startswith(TEXT_TYPES):
            body = self.server.rewrite(body)
        self._send(entry.status, body, entry.content_type, entry.headers)

    def _not_modified(self, entry: Entry) -> bool:
        headers = {k.lower(): v for k, v in entry.headers.items()}
        etag = self.headers.get("If-None-Match")
        if etag and headers.get("etag") and etag == headers["etag"]:
            return True
        since = self.headers.get("If-Modified-Since")
        return bool(since and headers.get("last-modified") and since == headers["last-modified"])

    def _filtered_list(self, url: str) -> bool:
        """Answer ``url`` with ``modified_since`` from the recorded page
        without it, keeping only objects modified since then."""
        parts = urlsplit(url)
        query = parse_qsl(parts.query, keep_blank_values=True)
        since = dict(query).get("modified_since")
        if since is None:
            return False
        rest = urlencode([(k, v) for k, v in query if k != "modified_since"])
        entry = self.server.entries.get(_key(parts._replace(query=rest).geturl()))
        if entry is None:
            return False
        try:
            page = json.loads(entry.path.read_bytes(), strict=False)
            cutoff = _parse_time(since)
        except ValueError:
            self._send(400, b'{"error": "bad modified_since"}', "application/json")
            return True
        if not (isinstance(page, dict) and isinstance(page.get("data"), list)):
            return False
        kept = [o for o in page["data"] if isinstance(o, dict) and _modified_at_or_after(o, cutoff)]
        page = {**page, "data": kept}
        if (not kept and self.server.empty_window_status != 200
                and not self._later_pages_match(page, cutoff)):
            body = json.dumps({"code": 802, "message": "no results"}).encode()
            self._send(self.server.empty_window_status, body, "application/json")
            return True
        body = self.server.rewrite(json.dumps(page, ensure_ascii=False).encode())
        self._send(200, body, entry.content_type, entry.headers)
        return True

    def _later_pages_match(self, page: dict, cutoff: datetime) -> bool:
        """Whether a recorded page after this one (by ``links.next``) holds
        an object modified since ``cutoff``: only then is the window not empty."""
        seen = set()
        while isinstance(page, dict):
            nxt = (page.get("links") or {}).get("next")
            entry = self.server.entries.get(_key(nxt)) if isinstance(nxt, str) else None
            if entry is None or nxt in seen:
                return False
            seen.add(nxt)
            page = json.loads(entry.path.read_bytes(), strict=False)
            if any(isinstance(o, dict) and _modified_at_or_after(o, cutoff)
                   for o in page.get("data", [])):
                return True
        return False

    def _send(self, status, body, content_type, headers=None):
        self.server.record_status(self.path, status)
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            if name.lower() == "location":  # a moved page leads back here too
                value = self.server.rewrite(value.encode()).decode()
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


def _parse_time(value: str) -> datetime:
    when = datetime.fromisoformat(value.strip().replace(" ", "+"))
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def _modified_at_or_after(obj: dict, cutoff: datetime) -> bool:
    try:
        return _parse_time(obj.get("modified") or "") >= cutoff
    except ValueError:
        return False


def serve(*roots: str | Path, port: int = 0, delay: float = 0.0,
          empty_window_status: int = 200, robots_txt: str | None = None,
          rewrite_hosts: bool = True) -> ReplayServer:
    """Start a replay server for the recorded sites in ``roots`` (in a thread)."""
    return ReplayServer(load_sites(*roots), port=port, delay=delay,
                        empty_window_status=empty_window_status, robots_txt=robots_txt,
                        rewrite_hosts=rewrite_hosts).start()


def routing_settings(base_url: str) -> dict[str, str]:
    """Settings (``-s`` values) of a crawl routed to the replay server at
    ``base_url``: the project's downloader middlewares plus
    ``ReplayRoutingMiddleware``, which production settings do not name."""
    from crawler import settings

    middlewares = {**settings.DOWNLOADER_MIDDLEWARES, "crawler.replay.ReplayRoutingMiddleware": 50}
    return {"RIS_REPLAY": base_url, "DOWNLOADER_MIDDLEWARES": json.dumps(middlewares)}


class ReplayRoutingMiddleware:
    """Send every request to the replay server named by the ``RIS_REPLAY``
    setting (``http://127.0.0.1:PORT``) and give the response back its
    original URL, so a crawl of recorded portals stores the portals' own ids
    and links. Enabled by ``routing_settings`` (the offline demo, tests)."""

    def __init__(self, base: str):
        self.base = base.rstrip("/")

    @classmethod
    def from_crawler(cls, crawler):
        from scrapy.exceptions import NotConfigured

        base = crawler.settings.get("RIS_REPLAY")
        if not base:
            raise NotConfigured
        return cls(base)

    def process_request(self, request):
        if request.url.startswith(self.base):
            return None
        _, _, rest = request.url.partition("://")
        meta = {**request.meta, "replay_original_url": request.url}
        return request.replace(url=f"{self.base}/{rest}", meta=meta)

    def process_response(self, request, response):
        original = request.meta.get("replay_original_url")
        return response.replace(url=original) if original else response


def main(argv=None):
    import argparse

    parser = argparse.ArgumentParser(description="Replay recorded RIS portals on 127.0.0.1")
    parser.add_argument("roots", nargs="+", help="folders with a manifest.json")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args(argv)
    server = ReplayServer(load_sites(*args.roots), port=args.port)
    print(f"Replaying {len(server.entries)} recorded URLs on {server.base_url}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
