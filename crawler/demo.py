"""The offline demo: crawl recorded real portals, extract, build, serve.

`make demo` runs ``python -m crawler.demo``. It serves the recorded portals
bundled in ``tests/fixtures/sites/`` from a replay server on 127.0.0.1 and
runs the real `scrapy crawl ris` over a registry of their original URLs;
``crawler.replay.ReplayRoutingMiddleware`` sends every request to the replay
server instead of the network, so ids and links in the database stay the
portals' own.
Then `ris build` extracts the downloaded documents and `ris serve` publishes
the database with Datasette on http://127.0.0.1:8001.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from crawler import replay, store

ROOT = Path(__file__).resolve().parent.parent
SITES = ROOT / "tests" / "fixtures" / "sites"

# Recorded sites replayed by the demo (folders of tests/fixtures/sites).
DEMO_SITES = ["oparl-huertgenwald", "oparl-karlsruhe", "demo-karlsruhe-files",
              "html-allris", "html-sessionnet", "html-sessionnet-muenster", "html-muenchen"]

# Entries of the demo registry: (name, body, vendor, original URL).
DEMO_ENTRIES = [
    ("huertgenwald", "Gemeinde Hürtgenwald", "oparl",
     "https://sdnetrim.kdvz-frechen.de/rim4220/webservice/oparl/v1.0/system"),
    ("hamburg-altona", "Bezirksversammlung Altona", "allris",
     "https://sitzungsdienst-altona.hamburg.de/bi/to010.asp?SILFDNR=1004086"),
    ("hamburg-altona-vorlage", "Bezirksversammlung Altona", "allris",
     "https://sitzungsdienst-altona.hamburg.de/bi/vo020.asp?VOLFDNR=1018473"),
    ("laatzen", "Stadt Laatzen", "allris",
     "http://ratsinfo.laatzen.de/public/vo020?VOLFDNR=1000238"),
    ("kaiserslautern", "Stadt Kaiserslautern", "sessionnet",
     "https://ris.kaiserslautern.de/buergerinfo/si0040.asp?__cjahr=2026&__cmonat=9&__canz=1&__cselect=0"),
    ("muenster", "Stadt Münster", "sessionnet",
     "https://www.stadt-muenster.de/sessionnet/sessionnetbi/vo0042.php"),
    ("muenchen", "Landeshauptstadt München", "muenchen",
     "https://risi.muenchen.de/risi/sitzung/detail/6431692"),
]

# Politeness settings are for real portals; the local replay needs none.
LOCAL_SETTINGS = {"DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "False",
                  "CONCURRENT_REQUESTS_PER_DOMAIN": "8", "LOG_LEVEL": "ERROR"}


def karlsruhe_papers() -> list[tuple[str, str, str, str]]:
    """One entry per recorded Karlsruhe paper: the recording has the paper
    objects and their files, not the paper list that leads to them."""
    manifest = json.loads((SITES / "oparl-karlsruhe" / "manifest.json").read_text())
    return [(f"karlsruhe-{e['url'].rsplit('/', 1)[-1]}", "Stadt Karlsruhe", "oparl", e["url"])
            for e in manifest if "/papers/" in e["url"]]


def write_registry(path: Path, entries: list[tuple[str, str, str, str]]) -> Path:
    lines = ["# The demo's registry: recorded real portals, replayed offline.\n"]
    for name, body, vendor, url in entries:
        lines.append(f'[[source]]\nname = "{name}"\nbody = "{body}"\nvendor = "{vendor}"\n'
                     f'url = "{url}"\nenabled = true\n')
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def crawl(server: replay.ReplayServer, registry: Path, entries: int, db: str, files: str) -> int:
    stats_file = registry.with_name("demo_crawl_stats.json")
    settings = {**LOCAL_SETTINGS, **replay.routing_settings(server.base_url), "RIS_DB": db,
                "FILES_STORE": files, "RIS_STATS_FILE": str(stats_file)}
    cmd = [sys.executable, "-m", "scrapy", "crawl", "ris"]
    for key, value in settings.items():
        cmd += ["-s", f"{key}={value}"]
    print(f"$ scrapy crawl ris   # {entries} recorded "
          f"entries of {registry.name}, replayed from {server.base_url}", flush=True)
    status = subprocess.call(cmd, cwd=ROOT, env={**os.environ, "RIS_SOURCES": str(registry)})
    if stats_file.exists():
        print_crawl_stats(json.loads(stats_file.read_text(encoding="utf-8")))
    return status


def print_crawl_stats(stats: dict) -> None:
    """The crawl's counts: what was fetched, stored, and what went wrong."""
    keys = ["downloader/request_count", "item_scraped_count", "ris/file_failed", "ris/request_failed", "elapsed_time_seconds"]
    keys += sorted(k for k in stats if k.startswith("ris/") and k not in keys)
    for key in keys:
        if key in stats:
            value = stats[key]
            print(f"  {key}: {round(value, 1) if isinstance(value, float) else value}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=store.db_path())
    parser.add_argument("--files", default=os.environ.get("RIS_FILES", "data/files"))
    parser.add_argument("--port", type=int, default=8001)
    parser.add_argument("--no-serve", action="store_true", help="stop after building the database")
    args = parser.parse_args(argv)

    Path(args.db).resolve().parent.mkdir(parents=True, exist_ok=True)
    entries = DEMO_ENTRIES + karlsruhe_papers()
    registry = write_registry(Path(args.db).resolve().parent / "demo_sources.toml", entries)
    server = replay.serve(*(SITES / s for s in DEMO_SITES), rewrite_hosts=False)
    try:
        if crawl(server, registry, len(entries), args.db, args.files) != 0:
            print("error: the demo crawl failed", file=sys.stderr)
            return 1
    finally:
        server.stop()

    ris = [sys.executable, "-m", "crawler"]
    if subprocess.call([*ris, "build", "--db", args.db, "--files", args.files], cwd=ROOT) != 0:
        return 1
    db = store.open_db(args.db)
    for table in ("bodies", "papers", "consultations", "meetings", "files", "amounts", "decisions"):
        print(f"{table:>14}: {db[table].count}")
    if args.no_serve:
        return 0
    print(f"Serving {args.db} on http://127.0.0.1:{args.port}/ (Ctrl-C stops)", flush=True)
    return subprocess.call([*ris, "serve", "--db", args.db, "--port", str(args.port)], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())
