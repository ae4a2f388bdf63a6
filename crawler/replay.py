"""Replay recorded portal pages from a local HTTP server on 127.0.0.1.

A recorded site is a folder with a ``manifest.json``: a list of entries
``{"url": original URL, "file": path relative to the folder, "content_type":
..., "status": 200, "headers": {...}}``. The server answers
``http://127.0.0.1:PORT/<host>/<path>?<query>`` with the file recorded for
``https://<host>/<path>?<query>``, and rewrites every recorded host in text
bodies (``https://host`` and ``http://host``) to the local address, so links
in JSON and HTML lead back to the server. Used by the offline demo and by the
end-to-end tests; nothing here reaches the network.
"""
from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

TEXT_TYPES = ("text/", "application/json", "application/xml", "application/javascript")


@dataclass
class Entry:
    url: str
    path: Path
    content_type: str = "application/octet-stream"
    status: int = 200
    headers: dict = field(default_factory=dict)


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
                status=entry.get("status", 200), headers=entry.get("headers", {}))
    return table


class ReplayServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, entries: dict[tuple, Entry], host: str = "127.0.0.1", port: int = 0,
                 delay: float = 0.0):
        super().__init__((host, port), ReplayHandler)
        self.entries = entries
        self.delay = delay
        self.hosts = sorted({k[0] for k in entries}, key=len, reverse=True)
        self.log: list[str] = []  # every path requested, in order
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

    def rewrite(self, body: bytes) -> bytes:
        if not self.hosts:
            return body
        pattern = re.compile(rb"https?://(" + b"|".join(re.escape(h.encode()) for h in self.hosts) + rb")",
                             re.IGNORECASE)
        base = self.base_url.encode()
        return pattern.sub(lambda m: base + b"/" + m.group(1).lower(), body)

    def record(self, path: str) -> None:
        with self._lock:
            self.log.append(path)

    def start(self) -> "ReplayServer":
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


class ReplayHandler(BaseHTTPRequestHandler):
    server: ReplayServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):  # keep test output quiet
        pass

    def do_GET(self):
        self.server.record(self.path)
        if self.server.delay:
            threading.Event().wait(self.server.delay)
        host, _, rest = self.path.lstrip("/").partition("/")
        entry = self.server.entries.get(_key(f"https://{host}/{rest}"))
        if entry is None:
            return self._send(404, b"not recorded", "text/plain")
        body = entry.path.read_bytes()
        if entry.content_type.startswith(TEXT_TYPES):
            body = self.server.rewrite(body)
        self._send(entry.status, body, entry.content_type, entry.headers)

    def _send(self, status, body, content_type, headers=None):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


def serve(*roots: str | Path, port: int = 0, delay: float = 0.0) -> ReplayServer:
    """Start a replay server for the recorded sites in ``roots`` (in a thread)."""
    return ReplayServer(load_sites(*roots), port=port, delay=delay).start()


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
