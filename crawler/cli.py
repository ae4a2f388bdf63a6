"""`ris`: the command line of the toolkit (a thin click layer over the library)."""
from __future__ import annotations

import click

from crawler import __version__


@click.group()
@click.version_option(__version__, prog_name="ris")
def cli():
    """Collect, extract and publish German council papers (Ratsinformationssysteme).

    \b
    Example:
        scrapy crawl ris -a source=krefeld
        ris extract --json paper.pdf
        ris serve
    """


# Each subcommand is registered below, one per concern: extract, build,
# export, serve, enqueue, merge.



@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--json", "as_json", is_flag=True, default=True,
              help="Print JSON Lines, one object per file (the default and only format).")
@click.option("--with-text", is_flag=True, help="Add the extracted text as \"text\".")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes; output keeps the order of PATHS.")
@click.option("--max-pages", type=click.IntRange(min=1),
              help="Refuse PDFs with more pages than this (error in their line).")
@click.option("--no-ocr", is_flag=True, help="Do not OCR scanned pages (faster).")
def extract(paths, as_json, with_text, jobs, max_pages, no_ocr):
    """Extract the fields of council papers (PDF, RIS HTML page, text).

    Prints one JSON object per PATH, in the order given, with the keys of the
    extraction contract (reference, paper_type, title, body, date,
    consultations, dates, amounts, decisions, ...). A file that cannot be
    read gets a line with "error" set; the exit status is non-zero only when
    no file could be read.

    \b
    Example:
        ris extract --json paper.pdf vo020.html notes.txt
        ris extract --json -j 2 --max-pages 200 downloads/*.pdf > papers.jsonl
    """
    import json
    import sys

    from extract.pipeline import extract_files

    records = extract_files(paths, jobs=jobs, with_text=with_text, max_pages=max_pages,
                            ocr=not no_ocr)
    read = 0
    progress = None
    if sys.stderr.isatty():  # a bar only for a person watching (tqdm costs 0.1 s to import)
        from tqdm import tqdm

        progress = tqdm(total=len(paths), file=sys.stderr, unit="file")
    try:
        for record in records:
            if record.get("error"):
                message = f"ris extract: {record['error']}"
                if progress is not None:
                    progress.write(message, file=sys.stderr)
                else:
                    click.echo(message, err=True)
            else:
                read += 1
            click.echo(json.dumps(record, ensure_ascii=False))
            if progress is not None:
                progress.update(1)
    finally:
        if progress is not None:
            progress.close()
    if not read:
        raise SystemExit(1)


@cli.command()
@click.argument("sources", nargs=-1)
@click.option("--url", "urls", multiple=True,
              help="A portal entry URL to crawl (repeatable), as `-a url=` takes it.")
@click.option("--redis", "redis_url", envvar="RIS_REDIS_URL", required=True,
              help="Redis URL of the shared queue (default: $RIS_REDIS_URL).")
@click.option("--since", help="YYYY-MM-DD for the start requests; give the workers "
              "the same `-a since=` (they open the lists).")
@click.option("--vendor", help="Vendor override for --url (oparl, sessionnet, allris, muenchen).")
@click.option("--fresh", is_flag=True,
              help="Forget the previous distributed crawl first (queue, seen URLs, workers).")
@click.option("--status", "show_status", is_flag=True,
              help="Only print the shared crawl's state (queued, seen, workers) as JSON.")
def enqueue(sources, urls, redis_url, since, vendor, fresh, show_status):
    """Push the start requests of SOURCES (names from crawler/sources.toml)
    and/or --url entries into the shared Redis queue of a distributed crawl.

    Each start request is pushed once: URLs already seen by this crawl are
    skipped. Without SOURCES and --url, every enabled source is enqueued.
    Workers (`scrapy crawl ris` with RIS_REDIS_URL set, on any machine) take
    the work and exit when the queue is drained.

    \b
    Example:
        ris enqueue --redis redis://queue-host:6379/0 krefeld karlsruhe
        RIS_REDIS_URL=redis://queue-host:6379/0 scrapy crawl ris   # per worker
        ris enqueue --redis redis://queue-host:6379/0 --status     # what is left
        ris merge data/shards --db data/ris.db
    """
    import json

    from redis.exceptions import RedisError

    from crawler.distributed import connect, enqueue_start_requests, status

    jobs = [{"source": s} for s in sources] + [{"url": u, "vendor": vendor} for u in urls]
    for job in jobs:
        if since:
            job["since"] = since
    try:
        if show_status:
            click.echo(json.dumps(status(connect(redis_url)), indent=1, sort_keys=True))
            return
        result = enqueue_start_requests(redis_url, jobs or [{}], fresh=fresh)
    except RedisError as exc:
        raise click.ClickException(f"Redis at {redis_url}: {exc}") from exc
    click.echo(f"enqueued {result['pushed']} start requests; queue now holds "
               f"{result['queued']}, {result['seen']} URLs seen")


@cli.command()
@click.argument("shards", nargs=-1, type=click.Path())
@click.option("--db", "target", default=lambda: _default_db(), show_default="RIS_DB or data/ris.db",
              type=click.Path(dir_okay=False), help="The database to merge into.")
def merge(shards, target):
    """Merge the SQLite shards of distributed workers into one database.

    SHARDS are shard files or folders of them (default: data/shards). Rows
    are upserted by id (the newer fetch wins, NULLs never erase a value), a
    file's extracted rows are replaced as a whole, and merging again changes
    nothing. A shard that cannot be read is reported; the others are merged.
    The search indexes and the summary tables are stored anew at the end, as
    `ris build` stores them; files not yet extracted are left to `ris build`.

    \b
    Example:
        ris merge                                  # data/shards/*.db -> data/ris.db
        ris merge host1/shards host2/shards --db data/ris.db
    """
    import sys

    from crawler.merge import find_shards, merge_shards

    given = shards or ("data/shards",)
    paths = find_shards(given)
    if not paths:
        raise click.ClickException(f"no shards found in {', '.join(given)}")
    report = merge_shards(paths, target)
    for error in report.errors:
        click.echo(f"ris merge: skipped {error}", file=sys.stderr)
    rows = ", ".join(f"{t} {n}" for t, n in sorted(report.rows.items()))
    click.echo(f"merged {len(report.shards)} shards into {target} ({rows or 'no rows'})")
    if not report.shards:
        raise SystemExit(1)


# --- publishing: build, export, serve -------------------------------------------

def _default_db() -> str:
    from crawler import store

    return store.db_path()


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@click.option("--db", "db_file", default=_default_db, show_default="RIS_DB or data/ris.db",
              help="The SQLite database.")
@click.option("--files", "files_root", type=click.Path(file_okay=False),
              help="Directory the crawler stored files in (default RIS_FILES or data/files).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Worker processes (default: all cores).")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def build(paths, db_file, files_root, jobs, quiet):
    """Extract stored files (and documents in PATHS) into the database.

    Only new or changed files are extracted (by checksum); a second run does
    nothing. When something was extracted, the summary tables (funding,
    papers_overview, ...) are stored anew. Example: ris build --db data/ris.db ~/Downloads/vorlagen/
    """
    import sys
    from pathlib import Path

    from crawler import build as build_module, store

    db = store.open_db(db_file)
    stats = build_module.build(db, list(paths), base=Path(files_root) if files_root else None,
                               jobs=jobs, progress=not quiet)
    for problem in stats.errors + stats.missing + stats.mismatched:
        click.echo(f"ris build: {problem}", file=sys.stderr)
    click.echo(stats.summary())


@cli.command()
@click.argument("what", type=click.Choice(["amounts"]))
@click.option("--db", "db_file", default=_default_db, show_default="RIS_DB or data/ris.db",
              help="The SQLite database.")
@click.option("-o", "--output", default="-", show_default=True, help="CSV file to write (- for stdout).")
@click.option("--search", "-s", help='Only papers matching this search term: words, "a phrase", Schul*, OR, NOT.')
@click.option("--body", help="Only this municipality (part of its name).")
@click.option("--from", "date_from", help="Only papers dated on or after YYYY-MM-DD.")
@click.option("--to", "date_to", help="Only papers dated on or before YYYY-MM-DD.")
@click.option("--rfc4180", "dialect", flag_value="rfc4180",
              help="Plain CSV (comma, decimal point, no BOM) instead of German spreadsheet CSV.")
@click.option("--excel-de", "dialect", flag_value="excel-de", default=True,
              help="Semicolons, decimal comma, UTF-8 with BOM (the default).")
def export(what, db_file, output, search, body, date_from, date_to, dialect):
    """Write extracted amounts as CSV.

    Example: ris export amounts --search Radweg --body Karlsruhe --from 2020-01-01 -o radwege.csv
    """
    import sqlite3
    import sys
    from pathlib import Path

    from crawler import export as export_module, store

    if not Path(db_file).exists():
        raise click.ClickException(f"{db_file}: no such database (run ris build first)")
    db = store.open_db(db_file)
    try:
        n = export_module.export_amounts(db, output, dialect, search=search, body=body,
                                         date_from=date_from, date_to=date_to)
    except sqlite3.OperationalError as exc:
        raise click.ClickException(f"search {search!r}: {exc}") from None
    if output != "-":
        click.echo(f"{n} amounts written to {output}", file=sys.stderr)


@cli.command()
@click.option("--db", "db_file", default=_default_db, show_default="RIS_DB or data/ris.db",
              help="The SQLite database.")
@click.option("-p", "--port", default=8001, show_default=True)
@click.option("-h", "--host", default="127.0.0.1", show_default=True)
def serve(db_file, port, host):
    """Publish the database read-only with Datasette (http://127.0.0.1:8001).

    Canned queries, facets, CSV, Atom feeds of saved searches and the chart
    page /-/dashboards/overview, as datasette_metadata.json describes them.
    Example: ris serve --db data/ris.db -p 8001
    """
    from pathlib import Path

    from crawler import serve as serve_module

    if not Path(db_file).exists():
        raise click.ClickException(f"{db_file}: no such database (run ris build first)")
    raise SystemExit(serve_module.serve(db_file, port=port, host=host))


# --- crawling: crawl, status ----------------------------------------------------

@cli.command(context_settings={"ignore_unknown_options": True, "allow_interspersed_args": False})
@click.argument("scrapy_args", nargs=-1, type=click.UNPROCESSED)
def crawl(scrapy_args):
    """Run `scrapy crawl ris` with the same options; exit non-zero when a
    portal gave nothing.

    Every option is passed to `scrapy crawl ris` as given (-a url=, -a
    source=, -a since=, -s NAME=VALUE, -O ...). When the crawl ends, each
    portal's outcome is in the crawl_runs table; the exit status is 1 when
    a portal failed (robots.txt, DNS, HTTP status, no known portal) or gave
    no objects, or when nothing was crawled at all (an unknown -a source),
    and Scrapy's own status when that is not 0. The reason was logged as
    one ERROR line by the crawl.

    \b
    Example:
        ris crawl -a source=krefeld -s JOBDIR=crawls/krefeld
        ris crawl -a url=https://ris.krefeld.de/webservice/oparl/v1.0/system -a since=2025-01-01
        ris status
    """
    import os
    import secrets
    import subprocess
    import sys

    from crawler import store
    from crawler.timestamps import utc_stamp

    crawl_id = f"{utc_stamp()}-{secrets.token_hex(3)}"
    args = list(scrapy_args)
    settings = dict(value.split("=", 1) for flag, value in zip(args, args[1:])
                    if flag in ("-s", "--set") and "=" in value)
    command = [sys.executable, "-m", "scrapy", "crawl", "ris", *args, "-s", f"RIS_CRAWL_ID={crawl_id}"]
    env = {"SCRAPY_SETTINGS_MODULE": "crawler.settings", **os.environ}
    status = subprocess.call(command, env=env)
    if status != 0:
        raise SystemExit(status)
    db = store.open_db(settings.get("RIS_DB") or store.db_path())
    try:
        runs = store.crawl_runs(db, crawl_id)
    finally:
        db.close()
    bad = [r for r in runs if r["outcome"] in ("failed", "empty")]
    if not runs or bad:
        raise SystemExit(1)


def _status_table(rows: list[dict]) -> str:
    """source_health rows as an aligned text table."""
    columns = ["source", "last_outcome", "last_crawl", "last_success", "crawls", "failed_crawls",
               "papers_last_full", "papers_before_max", "shrinkage_alarm", "papers_stored",
               "last_error"]
    heads = ["source", "last", "last crawl", "last success", "crawls", "failed",
             "papers (last full)", "before (max)", "shrinking", "papers stored", "error"]
    cells = [[("" if r.get(c) is None else str(r[c])) for c in columns] for r in rows]
    cells = [[{"shrinkage_alarm": {"1": "ALARM", "0": ""}}.get(c, {}).get(v, v)
              for c, v in zip(columns, line)] for line in cells]
    widths = [max([len(h)] + [len(line[i]) for line in cells]) for i, h in enumerate(heads)]
    out = ["  ".join(h.ljust(w) for h, w in zip(heads, widths)).rstrip()]
    out += ["  ".join(v.ljust(w) for v, w in zip(line, widths)).rstrip() for line in cells]
    return "\n".join(out)


@cli.command()
@click.option("--db", "db_file", default=_default_db, show_default="RIS_DB or data/ris.db",
              help="The SQLite database.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON Lines (with papers per year).")
@click.option("--runs", "show_runs", is_flag=True, help="Print the crawl_runs rows instead.")
def status(db_file, as_json, show_runs):
    """Health of each portal: last crawl and its outcome, last success,
    papers, and a shrinkage alarm (the source_health view).

    \b
    Example:
        ris status
        ris status --json | jq .papers_per_year
        ris status --runs --json
    """
    import json
    from pathlib import Path

    from crawler import store

    if not Path(db_file).exists():
        raise click.ClickException(f"{db_file}: no such database (run ris crawl first)")
    db = store.open_db(db_file)
    try:
        rows = store.crawl_runs(db) if show_runs else store.source_health(db)
    finally:
        db.close()
    if as_json or show_runs:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
    else:
        click.echo(_status_table(rows))


@cli.command()
@click.option("--db", "db_file", default=_default_db, show_default="RIS_DB or data/ris.db",
              help="The SQLite database to update.")
@click.option("--source", help="Only the responses of this registry source (crawler/sources.toml).")
@click.option("--keep", "keep_file", help="The kept responses (default: beside --db, "
              "data/ris-responses.sqlite).")
def reparse(db_file, source, keep_file):
    """Parse the kept responses again with today's parsers, without network.

    Every response a crawl parsed is kept beside the database; this runs the
    spider's callbacks over them and upserts what they yield, so a fixed
    parser needs no re-crawl. Requests the callbacks make are not followed,
    nothing is downloaded (File rows keep their path, checksum and download
    state); cursors and page validators stay as they are.
    Summaries and extraction: run `ris build` afterwards.

    Example: ris reparse --db data/ris.db --source krefeld && ris build
    """
    import json

    from crawler import keep

    try:
        stats = keep.reparse(db_file, keep=keep_file, source=source)
    except FileNotFoundError as exc:
        raise click.ClickException(str(exc)) from None
    keys = ["ris/reparse/responses", "item_scraped_count", "ris/db_items_written",
            "ris/reparse/not_kept", "ris/reparse/no_callback", "ris/db_write_failed",
            "elapsed_seconds"]
    click.echo(json.dumps({k: stats.get(k, 0) for k in keys}, indent=1))
    if stats.get("ris/reparse/responses", 0) == 0:
        raise click.ClickException(f"no kept responses{' of ' + source if source else ''}")
