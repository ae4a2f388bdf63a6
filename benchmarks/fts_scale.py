"""Full-text search and CSV export at scale: a synthetic database of council
papers with German text, served by Datasette as ``ris serve`` serves it.

    .venv/bin/python benchmarks/fts_scale.py                # 1,000,000 papers
    .venv/bin/python benchmarks/fts_scale.py --papers 20000 # a quick look

Builds DIR/ris.db with the schema of crawler/store.py (rows first, then the
FTS indexes, as ``store.rebuild_search`` does after a bulk load), then:

- FTS latency through Datasette's JSON API over a set of German terms, for the
  canned queries ``search_papers`` (title matches first, then text matches,
  newest first), ``latest_papers`` (newest first) and the table's own
  ``?_search=`` box; median, p95 and the slowest terms, against the same SQL
  run directly on SQLite (the reference);
- the same ranked query on a ``trigram`` index of the same text, with the
  number of papers each tokenizer finds (trigram finds words inside compounds);
- the tokenizer that folded umlauts (``unicode61 remove_diacritics 2``, the
  term passed to FTS5 as typed) against today's (``remove_diacritics 0``,
  the term through crawler/search.py with its ae/oe/ue/ss spellings): the
  size of each index (SQLite's dbstat, the index b-trees without the stored
  text) and the same ranked query on both;
- ``ris export amounts`` of 100,000 amounts, cold (the operating system's page
  cache dropped first, when the benchmark may do so) and warm, against writing
  the same rows with the csv module (the reference), and Datasette's CSV of
  the same rows;
- the pages of the views with their configured facets (JSON, facets included).

Prints build times, sizes and latencies; writes them to DIR/results.json.
The database is not kept unless --keep is given.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crawler import export, search, serve, store  # noqa: E402
from crawler import datasette_plugin  # noqa: E402

BODIES = ["Köln", "München", "Karlsruhe", "Koblenz", "Erlangen", "Wuppertal", "Braunschweig",
          "Münster", "Osnabrück", "Potsdam", "Heilbronn", "Mannheim", "Oldenburg", "Rödermark",
          "Stuttgart", "Laatzen", "Kaiserslautern", "Hannover", "Leipzig", "Krefeld", "Willich",
          "Erkelenz", "Hürtgenwald", "Düren", "Euskirchen", "Bergheim", "Kerpen", "Frechen",
          "Hamburg-Altona", "Hamburg-Nord"]
COMMITTEES = ["Rat der Stadt", "Hauptausschuss", "Finanzausschuss", "Bauausschuss",
              "Ausschuss für Schule und Weiterbildung", "Jugendhilfeausschuss",
              "Ausschuss für Umwelt und Klimaschutz", "Verkehrsausschuss", "Sozialausschuss",
              "Bezirksvertretung Innenstadt", "Kulturausschuss", "Betriebsausschuss Gebäudewirtschaft"]
PAPER_TYPES = ["Beschlussvorlage", "Mitteilung", "Antrag", "Anfrage", "Vorlage", "Bericht",
               "Niederschrift", "Unterrichtungsvorlage"]
# Parts of compounds: heads and tails combine like the words of council papers.
HEADS = ["Schul", "Grundschul", "Kita", "Kinder", "Jugend", "Rad", "Fahrrad", "Straßen", "Brücken",
         "Bau", "Neubau", "Sanierungs", "Haushalts", "Finanz", "Förder", "Klimaschutz", "Energie",
         "Wärme", "Wasser", "Abwasser", "Feuerwehr", "Rettungs", "Sport", "Schwimm", "Kultur",
         "Museums", "Bibliotheks", "Friedhofs", "Park", "Grün", "Spiel", "Verkehrs", "Bus", "Stadtbahn",
         "Park", "Wohnungs", "Wohnraum", "Sozial", "Integrations", "Flüchtlings", "Senioren",
         "Pflege", "Gesundheits", "Digital", "Breitband", "Glasfaser", "Verwaltungs", "Personal",
         "Gebäude", "Turnhallen", "Mensa", "Ganztags", "Bebauungs", "Flächennutzungs", "Denkmal",
         "Wirtschafts", "Gewerbe", "Tourismus", "Markt", "Beleuchtungs", "Lärmschutz", "Hochwasser"]
TAILS = ["planung", "plan", "konzept", "maßnahme", "maßnahmen", "programm", "förderung", "zuschuss",
         "mittel", "kosten", "sanierung", "erweiterung", "neubau", "gebäude", "anlage", "netz",
         "weg", "wege", "straße", "platz", "bericht", "satzung", "ordnung", "gebühren", "vertrag",
         "ausbau", "umbau", "bedarf", "entwicklung", "verwaltung", "beirat", "projekt", "stelle",
         "stellen", "fonds", "haushalt", "ansatz", "investition", "investitionen", "einrichtung"]
NOUNS = ["Verwaltung", "Stadt", "Gemeinde", "Rat", "Ausschuss", "Vorlage", "Antrag", "Beschluss",
         "Haushalt", "Maßnahme", "Kosten", "Mittel", "Förderung", "Land", "Bund", "Kreis",
         "Bürgerinnen", "Bürger", "Fraktion", "Oberbürgermeister", "Oberbürgermeisterin",
         "Stellungnahme", "Beratung", "Sitzung", "Tagesordnung", "Niederschrift", "Anlage",
         "Grundstück", "Gebäude", "Schule", "Kita", "Straße", "Radweg", "Brücke", "Feuerwehr",
         "Sporthalle", "Spielplatz", "Bebauungsplan", "Ortsteil", "Quartier", "Stadtteil",
         "Zuwendung", "Eigenanteil", "Haushaltsjahr", "Finanzplanung", "Ausschreibung", "Vergabe",
         "Auftrag", "Gutachten", "Baugenehmigung", "Denkmalschutz", "Klimaschutz", "Energieversorgung"]
VERBS = ["beschließt", "nimmt zur Kenntnis", "beauftragt", "empfiehlt", "stimmt zu", "lehnt ab",
         "vertagt", "berichtet", "prüft", "stellt bereit", "genehmigt", "beantragt", "erläutert"]
ADJ = ["öffentliche", "städtische", "zusätzliche", "erforderliche", "geplante", "überplanmäßige",
       "außerplanmäßige", "investive", "konsumtive", "barrierefreie", "energetische", "nachhaltige"]
TEMPLATES = [
    "Die {adj} {noun} für die {comp} wird mit {amount} veranschlagt.",
    "Der {committee} {verb} die {comp} im {place}.",
    "Die Verwaltung wird beauftragt, die {comp} bis zum {date} vorzulegen.",
    "Für die {comp} stehen im Haushaltsjahr {year} Mittel in Höhe von {amount} zur Verfügung.",
    "Die Gesamtkosten der {comp} belaufen sich auf {amount}; der Eigenanteil beträgt {amount2}.",
    "Mit Schreiben vom {date} hat das Land eine Zuwendung für die {comp} bewilligt.",
    "Die {noun} {verb} den Antrag der Fraktion zur {comp} in {place}.",
    "Über die {comp} wurde in der Sitzung am {date} beraten (Vorlage {ref}).",
    "Die Stellungnahme des {committee} zur {comp} liegt als Anlage bei.",
    "Die {adj} {comp} soll im {place} bis {year} umgesetzt werden.",
    "Auf die Vorlage {ref} zur {comp} wird verwiesen.",
    "Die Bürgerinnen und Bürger im {place} werden über die {comp} informiert.",
]
PLACES = ["Ortsteil Nord", "Stadtteil Mitte", "Quartier am Hafen", "Neubaugebiet Süd",
          "Bereich der Hauptstraße", "Umfeld des Bahnhofs", "Gewerbegebiet West",
          "Stadtbezirk Ost", "Goethestraße", "Schillerplatz", "Lindenallee", "Marktplatz"]
# Terms searched: frequent and rare words, compounds, a prefix and a phrase.
TERMS = ["Verwaltung", "Haushalt", "Schule", "Radweg", "Feuerwehr", "Bebauungsplan",
         "Klimaschutzkonzept", "Grundschulerweiterung", "Stadtbahnausbau", "Zuwendung",
         "Eigenanteil", "Glasfaserausbau", "Lärmschutzmaßnahmen", "Denkmalschutz", "Spielplatz",
         "Mensaneubau", "Hochwasserschutz", "Schul*", "\"Stadtteil Mitte\"", "Ausschreibung",
         "Kita*", "Sanier*", "Gebäude*", "Foerderprogramm"]
# For the tokenizer comparison: word inside compounds (trigram) vs the same as a prefix (unicode61).
INFIX_TERMS = ["schule", "radweg", "sanierung", "förder", "gebäude"]


def amount_text(rng: random.Random) -> tuple[str, float]:
    value = round(rng.lognormvariate(10, 2), 2)
    text = f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".") + " " + rng.choice(["Euro", "EUR", "€"])
    return text, value


def compound(rng: random.Random) -> str:
    return rng.choice(HEADS) + rng.choice(TAILS)


def sentence(rng: random.Random) -> str:
    return rng.choice(TEMPLATES).format(
        adj=rng.choice(ADJ), noun=rng.choice(NOUNS), comp=compound(rng),
        committee=rng.choice(COMMITTEES), verb=rng.choice(VERBS), place=rng.choice(PLACES),
        amount=amount_text(rng)[0], amount2=amount_text(rng)[0],
        date=f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(2010, 2026)}",
        year=rng.randint(2010, 2026), ref=f"{rng.randint(1, 999):04d}/{rng.randint(2010, 2026)}")


def make_text(rng: random.Random, pool: list[str], title: str, size: int) -> str:
    parts = [f"Betreff: {title}", "Sachverhalt:"]
    n = 0
    while n < size:
        s = rng.choice(pool) if rng.random() < 0.8 else sentence(rng)
        parts.append(s)
        n += len(s) + 1
    return "\n".join(parts)


# Every role of the contract, so that ``funding`` (grants and own shares) has rows.
AMOUNT_ROLES = ("grant", "own_share", "cost", "budget", "revenue", "other")


def build(path: Path, n_papers: int, n_amounts: int, text_size: int, seed: int) -> dict:
    rng = random.Random(seed)
    pool = [sentence(rng) for _ in range(20000)]
    db = store.open_db(str(path))
    store.drop_search_triggers(db)
    conn = db.conn
    t0 = time.perf_counter()
    conn.execute("begin")
    bodies = [(f"https://ris.example/{i}", f"Stadt {name}") for i, name in enumerate(BODIES)]
    conn.executemany("insert into bodies(id, name) values (?, ?)", bodies)
    batch_p, batch_f, batch_c = [], [], []
    for i in range(n_papers):
        body = bodies[int(rng.paretovariate(1.2)) % len(bodies)][0]
        pid = f"{body}/paper/{i}"
        title = f"{compound(rng)} im {rng.choice(PLACES)}"
        year = rng.randint(2010, 2026)
        date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        batch_p.append((pid, title, body, f"{i % 9999:04d}/{year}", date, rng.choice(PAPER_TYPES),
                        f"https://ris.example/vo020?id={i}", f"{date}T08:00:00+01:00"))
        batch_f.append((f"{pid}/file", f"Vorlage {i}.pdf", pid, make_text(rng, pool, title, text_size),
                        f"https://ris.example/file/{i}.pdf"))
        batch_c.append((f"{pid}/consultation", pid, rng.choice(COMMITTEES), date))
        if len(batch_p) == 10000:
            _flush(conn, batch_p, batch_f, batch_c)
    _flush(conn, batch_p, batch_f, batch_c)
    conn.execute("commit")
    t_rows = time.perf_counter() - t0
    # Amounts point at existing papers; their paper ids come from the table.
    t1 = time.perf_counter()
    conn.execute("begin")
    amounts = []
    rows = conn.execute("select f.id, f.paper from files f where f.rowid % ? = 0",
                        [max(1, n_papers // n_amounts)]).fetchall()[:n_amounts]
    for k, (fid, pid) in enumerate(rows):
        text, value = amount_text(rng)
        amounts.append((f"{fid}#amount-0", fid, pid, value, f"{value:.2f}", "EUR",
                        rng.choice(["once", "yearly", None]), f"für die {compound(rng)}", text,
                        f"Für die {compound(rng)} stehen Mittel in Höhe von {text} zur Verfügung.",
                        rng.choice(AMOUNT_ROLES)))
    conn.executemany("insert into amounts(id, file, paper, value, value_text, currency, period, label, "
                     "text, snippet, role) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", amounts)
    conn.execute("commit")
    t_rows += time.perf_counter() - t1
    conn.execute("analyze")
    size_rows = _size(db)
    t2 = time.perf_counter()
    store.rebuild_search(db)
    t_fts = time.perf_counter() - t2
    size_fts = _size(db)
    t3 = time.perf_counter()
    store.refresh_summaries(db)
    t_summaries = time.perf_counter() - t3
    size_all = _size(db)
    db.close()
    return {"papers": n_papers, "amounts": len(amounts), "insert_s": round(t_rows, 1),
            "rows_per_s": round((2 * n_papers + len(amounts)) / t_rows),
            "size_rows_mb": size_rows, "fts_build_s": round(t_fts, 1), "size_with_fts_mb": size_fts,
            "summaries_s": round(t_summaries, 1), "size_with_summaries_mb": size_all}


def _flush(conn, papers, files, consultations):
    conn.executemany("insert into papers(id, name, body, reference, date, paper_type, web, created) "
                     "values (?, ?, ?, ?, ?, ?, ?, ?)", papers)
    conn.executemany("insert into files(id, name, paper, text, access_url) values (?, ?, ?, ?, ?)", files)
    conn.executemany("insert into consultations(id, paper, organization_name, date) values (?, ?, ?, ?)",
                     consultations)
    papers.clear(), files.clear(), consultations.clear()


def _size(db) -> float:
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return round(os.path.getsize(db.conn.execute("PRAGMA database_list").fetchone()[2]) / 1e6)


def add_trigram(path: Path) -> dict:
    conn = sqlite3.connect(path)
    before = _file_mb(path, conn)
    t0 = time.perf_counter()
    conn.execute("drop table if exists papers_trigram")
    # Contentless: the index only (the text is stored once, in papers_fts).
    conn.execute("create virtual table papers_trigram using fts5(name, reference, text, "
                 "content='', tokenize='trigram')")
    conn.execute("insert into papers_trigram(rowid, name, reference, text) "
                 "select rowid, name, reference, text from papers_fts")
    conn.commit()
    t = time.perf_counter() - t0
    after = _file_mb(path, conn)
    conn.close()
    return {"trigram_build_s": round(t, 1), "trigram_index_mb": after - before}


OLD_TOKENIZE = "unicode61 remove_diacritics 2"


def add_old_tokenizer(path: Path) -> dict:
    """A contentless copy of papers_fts with the tokenizer that folded
    umlauts (``papers_fts_rd2``), to compare index sizes and query times."""
    conn = sqlite3.connect(path)
    t0 = time.perf_counter()
    conn.execute("drop table if exists papers_fts_rd2")
    conn.execute(f"create virtual table papers_fts_rd2 using fts5(name, reference, text, content='', "
                 f"tokenize='{OLD_TOKENIZE}', prefix='{store.FTS_PREFIX}')")
    conn.execute("insert into papers_fts_rd2(rowid, name, reference, text) "
                 "select rowid, name, reference, text from papers_fts")
    conn.commit()
    t = time.perf_counter() - t0
    sizes = index_sizes_mb(conn)
    conn.close()
    return {"rd2_build_s": round(t, 1), "index_mb_umlauts_kept (remove_diacritics 0)": sizes.get("papers_fts"),
            "index_mb_umlauts_folded (remove_diacritics 2)": sizes.get("papers_fts_rd2")}


def index_sizes_mb(conn) -> dict:
    """Megabytes of the FTS index b-trees (``*_data`` and ``*_idx``, not the stored text)."""
    sizes = {}
    for name, size in conn.execute("select name, sum(pgsize) from dbstat where name like 'papers_fts%' "
                                   "and (name like '%\\_data' escape '\\' or name like '%\\_idx' escape '\\') "
                                   "group by name"):
        table = name.rsplit("_", 1)[0]
        sizes[table] = sizes.get(table, 0) + round(size / 1e6)
    return sizes


def _file_mb(path: Path, conn) -> int:
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return round(os.path.getsize(path) / 1e6)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_datasette(path: Path, meta: dict, port: int) -> subprocess.Popen:
    meta_path = path.parent / "metadata.json"
    meta_path.write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    proc = subprocess.Popen(serve.datasette_command(path, meta_path, port),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(600):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=2).read()
            return proc
        except OSError:
            time.sleep(0.5)
    proc.kill()
    raise RuntimeError("datasette did not start")


def get(url: str) -> tuple[float, bytes, int]:
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=60) as r:
            body, status = r.read(), r.status
    except urllib.error.HTTPError as e:
        body, status = e.read(), e.code
    return time.perf_counter() - t0, body, status


def summary(times: list[float]) -> dict:
    times = sorted(times)
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return {"median_ms": round(1000 * statistics.median(times), 1), "p95_ms": round(1000 * p95, 1),
            "max_ms": round(1000 * times[-1], 1)}


def sql_of(meta: dict, name: str) -> str:
    return meta["databases"]["ris"]["queries"][name]["sql"]


def _has_table(path: Path, name: str) -> bool:
    conn = sqlite3.connect(path)
    try:
        return bool(conn.execute("select 1 from sqlite_master where name = ?", [name]).fetchone())
    finally:
        conn.close()


RD2 = "search_papers_rd2 (umlauts folded, term as typed; title first)"


def measure_queries(path: Path, port: int, meta: dict, repeats: int, trigram: bool) -> dict:
    base = f"http://127.0.0.1:{port}/ris"
    kinds = {
        "search_papers (title first)": lambda q: f"{base}/search_papers.json?" + urllib.parse.urlencode({"q": q, "_shape": "array"}),
        "latest_papers (newest first)": lambda q: f"{base}/latest_papers.json?" + urllib.parse.urlencode({"q": q, "_shape": "array"}),
        "papers?_search (table)": lambda q: f"{base}/papers.json?" + urllib.parse.urlencode(
            {"_search": q, "_searchmode": "raw", "_size": 20, "_shape": "array"}),
        "search_papers_trigram (title first)": lambda q: f"{base}/search_papers_trigram.json?" + urllib.parse.urlencode(
            {"q": q.replace("*", ""), "_shape": "array"}),
        RD2: lambda q: f"{base}/search_papers_rd2.json?" + urllib.parse.urlencode({"q": q, "_shape": "array"}),
    }
    if not trigram:
        del kinds["search_papers_trigram (title first)"]
    if "search_papers_rd2" not in meta["databases"]["ris"]["queries"]:
        del kinds[RD2]
    conn = sqlite3.connect(path)
    datasette_plugin.prepare_connection(conn)  # the SQL functions the canned queries call
    results = {}
    for kind, url_for in kinds.items():
        times, errors, per_term = [], [], {}
        for q in TERMS:
            _, _, status = get(url_for(q))  # warm-up
            term_times = []
            for _ in range(repeats):
                t, body, status = get(url_for(q))
                if status != 200:
                    errors.append(f"{q}: HTTP {status} {body[:120]!r}")
                term_times.append(t)
            times += term_times
            per_term[q] = round(1000 * statistics.median(term_times), 1)
        slowest = dict(sorted(per_term.items(), key=lambda kv: -kv[1])[:4])
        results[kind] = {**summary(times), "errors": errors[:5], "n": len(times),
                         "slowest_terms_median_ms": slowest}
    # The reference: the same SQL straight on SQLite.
    for name in ("search_papers", "latest_papers"):
        ref_times = []
        for q in TERMS:
            for _ in range(repeats):
                t0 = time.perf_counter()
                conn.execute(sql_of(meta, name), {"q": q}).fetchall()
                ref_times.append(time.perf_counter() - t0)
        results[f"{name} SQL on sqlite3 (reference)"] = summary(ref_times)
    pages = {}
    for page in ("papers_overview.json", "funding.json", "papers.json", "decisions_overview.json",
                 "amounts_per_year.json", "papers_per_month.json"):
        times, statuses = [], set()
        for _ in range(5):
            t, _, status = get(f"{base}/{page}")  # with the configured facets
            times.append(t)
            statuses.add(status)
        pages[page] = {**summary(times), "status": sorted(statuses)}
    results["table_pages_with_configured_facets"] = pages
    hits = {}
    for q in TERMS:
        hits[q] = conn.execute("select count(*) from papers_fts where papers_fts match fts_query(?)", [q]).fetchone()[0]
    results["hits_per_term"] = hits
    compare = {}
    for w in INFIX_TERMS:
        compare[w] = {
            "unicode61 word": conn.execute("select count(*) from papers_fts where papers_fts match fts_query(?)", [w]).fetchone()[0],
            "unicode61 prefix": conn.execute("select count(*) from papers_fts where papers_fts match fts_query(?)", [w + "*"]).fetchone()[0],
        }
        if _has_table(path, "papers_fts_rd2"):
            compare[w]["umlauts folded, prefix as typed"] = conn.execute(
                "select count(*) from papers_fts_rd2 where papers_fts_rd2 match ?", [w + "*"]).fetchone()[0]
        if trigram:
            compare[w]["trigram substring"] = conn.execute(
                "select count(*) from papers_trigram where papers_trigram match ?", [w]).fetchone()[0]
    results["tokenizer_hits"] = compare
    conn.close()
    return results


def drop_page_cache() -> bool:
    """Write dirty pages and drop the operating system's page cache (root only)."""
    os.sync()
    try:
        Path("/proc/sys/vm/drop_caches").write_text("1\n")
        return True
    except OSError:
        return False


def measure_csv(path: Path, port: int, out_dir: Path) -> dict:
    db = store.open_db(str(path))
    n = db.execute("select count(*) from amounts").fetchone()[0]
    cold = drop_page_cache()
    t0 = time.perf_counter()
    export.export_amounts(db, out_dir / "amounts.csv")
    t_cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    written = export.export_amounts(db, out_dir / "amounts.csv")
    t_export = time.perf_counter() - t0
    t0 = time.perf_counter()
    written_rfc = export.export_amounts(db, out_dir / "amounts_rfc.csv", dialect="rfc4180")
    t_rfc = time.perf_counter() - t0
    # Reference: the same rows of the same query written by the csv module as they come.
    t0 = time.perf_counter()
    cursor = db.execute(export.amounts_sql({}), {})
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow([d[0] for d in cursor.description])
    w.writerows(cursor)
    t_ref = time.perf_counter() - t0
    db.close()
    t_ds, body, status = get(f"http://127.0.0.1:{port}/ris/funding.csv?_stream=on&_size=max")
    return {"amounts": n, "export_rows": written,
            "export_german_cold_s": round(t_cold, 2) if cold else "page cache not dropped (needs root)",
            "export_german_s": round(t_export, 2),
            "export_rfc4180_s": round(t_rfc, 2), "rows_rfc": written_rfc,
            "reference_csv_module_s": round(t_ref, 2),
            "ratio_to_reference": round(t_export / t_ref, 2),
            "datasette_funding_csv_s": round(t_ds, 2), "datasette_status": status,
            "datasette_csv_lines": body.count(b"\n")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--papers", type=int, default=1_000_000)
    ap.add_argument("--amounts", type=int, default=100_000)
    ap.add_argument("--text-size", type=int, default=2000, help="characters of text per paper")
    ap.add_argument("--dir", default="/tmp/ris-bench")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", action="store_true", help="keep the database afterwards")
    ap.add_argument("--reuse", action="store_true", help="reuse DIR/ris.db if it exists")
    ap.add_argument("--no-trigram", action="store_true", help="skip the trigram index")
    ap.add_argument("--no-compare-tokenizer", action="store_true",
                    help="skip the index with the tokenizer that folded umlauts")
    args = ap.parse_args()
    out = Path(args.dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "ris.db"
    results: dict = {}
    if not (args.reuse and path.exists()):
        for p in out.glob("ris.db*"):
            p.unlink()
        print(f"building {args.papers:,} papers ...", flush=True)
        results["build"] = build(path, args.papers, args.amounts, args.text_size, args.seed)
        print(json.dumps(results["build"]), flush=True)
        if not args.no_trigram:
            results["build"].update(add_trigram(path))
            print(json.dumps(results["build"]), flush=True)
        if not args.no_compare_tokenizer:
            results["build"].update(add_old_tokenizer(path))
            print(json.dumps(results["build"], ensure_ascii=False), flush=True)
    t0 = time.perf_counter()
    store.open_db(str(path)).close()  # the current schema: what is missing or changed is made
    results["open_db_s"] = round(time.perf_counter() - t0, 1)
    meta = serve.metadata_for(path)
    queries = meta["databases"]["ris"]["queries"]
    trigram = _has_table(path, "papers_trigram") and not args.no_trigram
    if trigram:
        # A contentless index has no snippet(): the trigram query returns none.
        sql = queries["search_papers"]["sql"]
        sql = sql[:sql.index("snippet(")] + "null" + sql[sql.index(" as snippet"):]
        queries["search_papers_trigram"] = {"sql": sql.replace("papers_fts", "papers_trigram")}
    if _has_table(path, "papers_fts_rd2") and not args.no_compare_tokenizer:
        # The query as it was: the term passed to FTS5 as typed, on the index that folded umlauts.
        sql = queries["search_papers"]["sql"]
        sql = sql[:sql.index("snippet(")] + "null" + sql[sql.index(" as snippet"):]
        queries["search_papers_rd2"] = {"sql": sql.replace("papers_fts match fts_query(:q)", "papers_fts_rd2 match :q")
                                        .replace("from papers_fts\n", "from papers_fts_rd2\n")}
    port = free_port()
    proc = start_datasette(path, meta, port)
    try:
        results["queries"] = measure_queries(path, port, meta, args.repeats, trigram)
        print(json.dumps(results["queries"], ensure_ascii=False, indent=1), flush=True)
        results["csv"] = measure_csv(path, port, out)
        print(json.dumps(results["csv"]), flush=True)
    finally:
        proc.terminate()
        proc.wait()
    (out / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1))
    if not args.keep:
        shutil.rmtree(out)


if __name__ == "__main__":
    main()
