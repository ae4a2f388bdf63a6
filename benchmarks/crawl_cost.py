"""CPU cost of the crawl engine: the project's `scrapy crawl ris` against a
bare Scrapy spider, on the same generated OParl site, in one run.

The site (served from memory on 127.0.0.1 by a thread of this process, so
its CPU is not counted): a System, one Body and a paper list of 3,000 papers
in 30 pages of 100; each paper embeds three Files (main file, two
attachments) and two Consultations, as OParl papers do.
Files are not downloaded and nothing is extracted.

* ris: `scrapy crawl ris -a url=<System>` with the project's settings
  (robots.txt, validation, provenance, the kept responses, crawl_runs, the
  database pipeline writing every Paper, File and Consultation to a new
  SQLite file; its search indexes are left to ``ris build``), politeness delays
  off. It yields one item per paper, carrying the Files and Consultations
  the paper embeds.
* bare: a Scrapy spider that follows the same links, decodes each page
  (``json.loads``) and yields every paper as a dict, default settings.
* bare-every: the same spider yielding the embedded Files and Consultations
  as items of their own too (18,000 items): Scrapy's own work for one item
  per object.

Each runs in its own process; its CPU time (user + system, from the
process's rusage, start-up included, with Python's bytecode cache as in any
installation) is what counts. The ratio ris / bare is
the engine's cost over Scrapy's own; each run is repeated and the lowest CPU
time taken.

    .venv/bin/python benchmarks/crawl_cost.py [--papers 3000] [--page-size 100] [--repeat 7]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import scrapy

ROOT = Path(__file__).resolve().parents[1]
OPARL = "https://schema.oparl.org/1.1"


class BareSpider(scrapy.Spider):
    """Follows System -> bodies -> paper list pages; yields each paper."""
    name = "bare"

    async def start(self):
        yield scrapy.Request(self.url)

    def parse(self, response):
        data = json.loads(response.body)
        if data.get("type") == f"{OPARL}/System":
            yield response.follow(data["body"])
            return
        for obj in data.get("data", []):
            if obj.get("type") == f"{OPARL}/Body":
                yield response.follow(obj["paper"])
                continue
            yield obj
            if getattr(self, "every", None):  # the embedded objects as items of their own
                yield from ([obj["mainFile"]] + obj.get("auxiliaryFile", [])
                            + obj.get("consultation", []))
        if data.get("links", {}).get("next"):
            yield response.follow(data["links"]["next"])


def file(base: str, key: str, name: str) -> dict:
    return {"id": f"{base}/file/{key}", "type": f"{OPARL}/File", "name": name,
            "fileName": f"{key}.pdf", "mimeType": "application/pdf", "size": 123456,
            "accessUrl": f"{base}/files/{key}.pdf", "created": "2024-01-02T10:00:00+01:00",
            "modified": "2024-01-02T10:00:00+01:00"}


def site(base: str, papers: int, page_size: int) -> dict[str, bytes]:
    """path -> JSON answer of the generated OParl site."""
    body = f"{base}/body/1"
    pages = {
        "/system": {"id": f"{base}/system", "type": f"{OPARL}/System", "body": f"{base}/bodies"},
        "/bodies": {"data": [{"id": body, "type": f"{OPARL}/Body", "name": "Stadt Beispiel",
                              "paper": f"{body}/paper"}], "links": {}},
    }
    count = (papers + page_size - 1) // page_size
    for page in range(1, count + 1):
        data = []
        for n in range((page - 1) * page_size + 1, min(papers, page * page_size) + 1):
            paper = f"{body}/paper/{n}"
            data.append({
                "id": paper, "type": f"{OPARL}/Paper", "body": body,
                "name": f"Sanierung der Grundschule am Markt, Bauabschnitt {n}",
                "reference": f"{2020 + n % 6}/{n:05d}", "date": f"{2020 + n % 6}-0{1 + n % 9}-1{n % 10}",
                "paperType": "Beschlussvorlage", "web": f"{base}/web/paper/{n}",
                "created": "2024-01-02T10:00:00+01:00", "modified": "2024-03-04T11:00:00+01:00",
                "mainFile": file(base, f"{n}", f"Vorlage {n}"),
                "auxiliaryFile": [file(base, f"{n}-{k}", f"Anlage {k}") for k in (1, 2)],
                "consultation": [{"id": f"{base}/consultation/{n}-{k}",
                                  "type": f"{OPARL}/Consultation", "paper": paper,
                                  "organization": [f"{base}/organization/{k}"],
                                  "role": "Beschlussfassung" if k == 2 else "Vorberatung",
                                  "authoritative": k == 2} for k in (1, 2)]})
        links = {"next": f"{body}/paper?page={page + 1}"} if page < count else {}
        pages[f"/body/1/paper" + ("" if page == 1 else f"?page={page}")] = {
            "data": data, "links": links,
            "pagination": {"currentPage": page, "totalPages": count, "totalElements": papers,
                           "elementsPerPage": page_size}}
    return {path: json.dumps(value).encode() for path, value in pages.items()}


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, papers: int, page_size: int):
        super().__init__(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server_address[1]}"
        self.pages = site(self.base, papers, page_size)
        self.served = 0
        threading.Thread(target=self.serve_forever, daemon=True).start()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        body = self.server.pages.get(self.path)
        self.server.served += 1
        self.send_response(200 if body is not None else 404)
        body = body if body is not None else b"{}"
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


FAST = {"DOWNLOAD_DELAY": "0", "DOWNLOAD_DELAY_JITTER": "0", "AUTOTHROTTLE_ENABLED": "False",
        "CONCURRENT_REQUESTS": "16", "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
        "TELNETCONSOLE_ENABLED": "False", "LOG_LEVEL": "WARNING"}


def cpu_of(command: list[str], cwd: Path, env: dict) -> tuple[float, str]:
    """CPU seconds (user + system) of a child process, start-up included,
    and what it wrote to stderr. Python may keep the bytecode of what it
    imports, as in any installation (the first run writes it), whatever
    ``PYTHONDONTWRITEBYTECODE`` says here: compiling the project's modules
    anew at every start is no cost of the crawl."""
    env = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    proc = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:4])} failed:\n{err[-3000:]}")
    return usage.ru_utime + usage.ru_stime, err


def run_ris(server: Server, work: Path) -> tuple[float, int]:
    db = work / "ris.db"
    for old in work.glob("ris*"):
        old.unlink()
    settings = {**FAST, "RIS_DB": str(db), "RIS_DOWNLOAD_FILES": "False", "RIS_EXTRACT": "False"}
    cmd = [sys.executable, "-m", "scrapy", "crawl", "ris", "-a", f"url={server.base}/system"]
    for key, value in settings.items():
        cmd += ["-s", f"{key}={value}"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("RIS_DB", None)
    cpu, _ = cpu_of(cmd, ROOT, env)
    with sqlite3.connect(db) as conn:
        stored = conn.execute("select count(*) from papers").fetchone()[0]
    return cpu, stored


def run_bare(server: Server, work: Path, every: bool = False) -> tuple[float, int]:
    # outside the project folder: no scrapy.cfg, Scrapy's default settings;
    # no feed (it would add its own cost): the items are counted in the stats
    cmd = [sys.executable, "-m", "scrapy", "runspider", str(Path(__file__).resolve()),
           "-a", f"url={server.base}/system"]
    if every:
        cmd += ["-a", "every=1"]
    for key, value in {**FAST, "LOG_LEVEL": "INFO"}.items():
        cmd += ["-s", f"{key}={value}"]
    env = {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"}
    cpu, log = cpu_of(cmd, work, env)
    found = re.search(r"'item_scraped_count': (\d+)", log)
    return cpu, int(found.group(1)) if found else 0


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--papers", type=int, default=3000)
    parser.add_argument("--page-size", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=7,
                        help="runs of each spider; the lowest CPU of each is compared")
    args = parser.parse_args(argv)
    server = Server(args.papers, args.page_size)
    runs = {"ris": [], "bare": [], "bare-every": []}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for _ in range(args.repeat):
            runs["bare"].append(run_bare(server, work))
            runs["ris"].append(run_ris(server, work))
            runs["bare-every"].append(run_bare(server, work, every=True))
    server.shutdown()
    pages = (args.papers + args.page_size - 1) // args.page_size
    print(f"site: {args.papers} papers (each with 3 Files, 2 Consultations) in {pages} list pages of "
          f"{args.page_size}; files and extraction off; {args.repeat} runs each, lowest CPU")
    what = {"ris": "papers stored", "bare": "papers yielded", "bare-every": "objects yielded"}
    for name, results in runs.items():
        cpu = min(c for c, _ in results)
        print(f"{name:>10}: {cpu:6.2f} s CPU  ({results[0][1]} {what[name]}; runs: "
              f"{', '.join(f'{c:.2f}' for c, _ in results)})")
    ris, bare, every = (min(c for c, _ in runs[k]) for k in ("ris", "bare", "bare-every"))
    print(f"ratio ris / bare: {ris / bare:.2f}x")
    print(f"ratio ris / bare-every (every object an item of its own): {ris / every:.2f}x")


if __name__ == "__main__":
    main()
