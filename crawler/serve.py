"""Publishing the database with Datasette: read-only settings and metadata.

``datasette_metadata.json`` (at the project root) describes the database
named ``ris`` (Datasette names a database after its file). ``metadata_for``
renames that entry for a database file with another name, so the same
descriptions, facets, canned queries and dashboards apply to it.
"""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

METADATA_FILE = Path(__file__).resolve().parent.parent / "datasette_metadata.json"
# The page layout (column descriptions below the rows, row pages titled by
# their label, links to the charts and the German CSV on the index page).
TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
DB_NAME = "ris"

# Measured on 1,000,000 papers (benchmarks/fts_scale.py, shared TECH_NOTES):
# facet suggestions cost ~0.5 s per table page; CSV exports stop at 100 MB
# by default.
SETTINGS = {
    "suggest_facets": "off",
    "sql_time_limit_ms": "3000",
    "facet_time_limit_ms": "500",
    "max_csv_mb": "0",
    "allow_download": "off",
    "truncate_cells_html": "400",
    "default_page_size": "50",
    "max_returned_rows": "5000",
}


def metadata_for(db_path: str | Path, metadata_file: str | Path = METADATA_FILE) -> dict:
    """The metadata with the ``ris`` database entry renamed to ``db_path``'s stem."""
    meta = json.loads(Path(metadata_file).read_text(encoding="utf-8"))
    name = Path(db_path).stem
    if name != DB_NAME:
        meta["databases"] = {name: meta["databases"][DB_NAME]}
        for dashboard in meta.get("plugins", {}).get("datasette-dashboards", {}).values():
            for item in list(dashboard.get("charts", {}).values()) + list(dashboard.get("filters", {}).values()):
                if item.get("db") == DB_NAME:
                    item["db"] = name
    return meta


def datasette_command(db_path: str | Path, metadata_path: str | Path, port: int = 8001,
                      host: str = "127.0.0.1") -> list[str]:
    """The ``datasette serve`` command line for the database."""
    # Datasette with the project's plugin, crawler/datasette_plugin.py (run through it)
    cmd = [sys.executable, "-m", "crawler.datasette_plugin", "serve", str(db_path), "-m", str(metadata_path),
           "-p", str(port), "-h", host, "--template-dir", str(TEMPLATES_DIR)]
    for key, value in SETTINGS.items():
        cmd += ["--setting", key, value]
    return cmd


def search_behind(db_path: str | Path) -> str:
    """What the search indexes of the database do not hold yet (the
    ``search_status`` view), in words; empty when nothing."""
    conn = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        papers, files = conn.execute("select papers_not_indexed, files_not_indexed "
                                     "from search_status").fetchone()
    except sqlite3.OperationalError:  # a database made before the view
        return ""
    finally:
        conn.close()
    return " and ".join(f"{n} {what if n == 1 else what + 's'}"
                        for what, n in (("paper", papers), ("file", files)) if n)


def serve(db_path: str | Path, port: int = 8001, host: str = "127.0.0.1") -> int:
    """Run Datasette on the database until interrupted; returns its exit status."""
    behind = search_behind(db_path)
    if behind:
        print(f"{db_path}: the search does not find {behind} yet (added or changed since the "
              f"last ris build; run ris build to index them)", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        meta_path = Path(tmp) / "metadata.json"
        meta_path.write_text(json.dumps(metadata_for(db_path), ensure_ascii=False), encoding="utf-8")
        return subprocess.call(datasette_command(db_path, meta_path, port, host))


def typed_settings() -> dict:
    """SETTINGS as the ``Datasette(settings=...)`` constructor takes them."""
    def typed(value: str):
        if value in ("on", "off"):
            return value == "on"
        return int(value) if value.isdigit() else value
    return {key: typed(value) for key, value in SETTINGS.items()}


def datasette_app(db_path: str | Path):
    """An in-process Datasette on the database, configured as ``serve`` runs it."""
    from datasette.app import Datasette

    from crawler import datasette_plugin

    datasette_plugin.register()
    return Datasette([str(db_path)], metadata=metadata_for(db_path), settings=typed_settings(),
                     template_dir=str(TEMPLATES_DIR))
