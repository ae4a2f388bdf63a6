#!/usr/bin/env python3
"""PDF -> text speed of extract.read_document against poppler's pdftotext.

Reads every PDF under a folder (default ../shared/corpus/pdf) with

  * read_document (pypdfium2 text + pdfplumber tables where a page has a
    Beratungsfolge/finance table + OCR of pages without text),
  * raw pypdfium2 text (the floor of our own reader),
  * ``pdftotext -layout`` (poppler, one process per file, as used in shell
    pipelines),
  * pdfplumber ``extract_text()`` (the slow layout-aware reference),

all in this one process, one after the other, and prints pages/s and the
ratio to pdftotext. Then the throughput of the field extractors on the text
already read (text -> fields, pages/s). Goal: read_document within 3x of
pdftotext.

Last, the command as users run it, each a separate process, CPU seconds
(user + system of the child, so other load on the machine counts less)
beside wall seconds:

  * start-up: ``ris extract --json`` on a one-line text file, against
    ``python -c pass``, with its peak memory;
  * ``ris extract --json`` on all the PDFs in one process against
    ``pdftotext -layout`` once per file, as a ratio per page with the
    start-up and without it (one start-up subtracted).

    python benchmarks/extract_speed.py [--pdf-dir DIR] [--repeat N] [--cli-only]
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.document import DocumentError, read_document  # noqa: E402
from extract.pipeline import extract_document  # noqa: E402


def ours(paths):
    for p in paths:
        read_document(str(p))


def ours_no_ocr(paths):
    for p in paths:
        try:
            read_document(str(p), ocr=False)
        except DocumentError:
            pass


def raw_pdfium(paths):
    import pypdfium2 as pdfium

    for p in paths:
        pdf = pdfium.PdfDocument(str(p))
        for page in pdf:
            tp = page.get_textpage()
            tp.get_text_range()
            tp.close()
            page.close()
        pdf.close()


def pdftotext(paths):
    for p in paths:
        subprocess.run(["pdftotext", "-layout", str(p), "-"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pdfplumber_text(paths):
    import pdfplumber

    for p in paths:
        with pdfplumber.open(str(p)) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()


def table_report(paths) -> None:
    """Table finding on the pages read_document analyses: our pdfium grid
    (extract.pdf_tables) against pdfplumber's extract_tables on the same page."""
    import pdfplumber
    import pypdfium2 as pdfium

    from extract.document_pdf import TABLE_TRIGGER, _has_paths, clean_page_text
    from extract.pdf_tables import page_tables

    ours_s = plumber_s = 0.0
    pages = 0
    for p in paths:
        pdf = pdfium.PdfDocument(str(p))
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            if TABLE_TRIGGER.search(clean_page_text(textpage.get_text_range())) \
                    and _has_paths(page):
                pages += 1
                t0 = time.perf_counter()
                page_tables(page, textpage)
                ours_s += time.perf_counter() - t0
                t0 = time.perf_counter()
                with pdfplumber.open(str(p), pages=[i + 1]) as plumber:
                    plumber.pages[0].extract_tables()
                plumber_s += time.perf_counter() - t0
            textpage.close()
            page.close()
        pdf.close()
    if pages:
        print(f"\ntables on the {pages} page(s) announcing one: pdfium grid "
              f"{ours_s / pages * 1000:.0f} ms/page, pdfplumber extract_tables "
              f"{plumber_s / pages * 1000:.0f} ms/page")


def timed(func, paths, repeat):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        func(paths)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def count_pages(paths):
    import pypdfium2 as pdfium

    total = 0
    for p in paths:
        pdf = pdfium.PdfDocument(str(p))
        total += len(pdf)
        pdf.close()
    return total


_CHILD = """
import resource, subprocess, sys, time
t0 = time.perf_counter()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
wall = time.perf_counter() - t0
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(wall, r.ru_utime + r.ru_stime, r.ru_maxrss)
"""


def run_measured(cmd: list[str]) -> tuple[float, float, int]:
    """(wall s, CPU s, peak KB) of ``cmd`` run as a child of a fresh process."""
    out = subprocess.run([sys.executable, "-c", _CHILD, *cmd], capture_output=True,
                         text=True, check=True).stdout.split()
    return float(out[0]), float(out[1]), int(out[2])


def median_run(cmd: list[str], repeat: int) -> tuple[float, float, int]:
    runs = [run_measured(cmd) for _ in range(repeat)]
    return (statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs),
            max(r[2] for r in runs))


def ris_command() -> str:
    beside = Path(sys.executable).with_name("ris")
    found = str(beside) if beside.exists() else shutil.which("ris")
    if not found:
        sys.exit("the ris command is not installed (pip install -e .)")
    return found


def cli_report(paths, pages: int, repeat: int) -> None:
    import tempfile

    ris = ris_command()
    with tempfile.TemporaryDirectory() as tmp:
        tiny = Path(tmp) / "tiny.txt"
        tiny.write_text("Vorlage Nr. 1/2020\nBetreff: Test\n", encoding="utf-8")
        python = median_run([sys.executable, "-c", "pass"], repeat)
        start = median_run([ris, "extract", "--json", str(tiny)], repeat)
    print(f"\n{'command (separate processes)':36s} {'wall s':>7s} {'CPU s':>7s} {'peak MB':>8s}")
    for name, (wall, cpu, kb) in (("python -c pass", python), ("ris extract --json tiny.txt", start)):
        print(f"{name:36s} {wall:7.2f} {cpu:7.2f} {kb / 1024:8.0f}")
    if not shutil.which("pdftotext"):
        print("pdftotext not found: no per-page ratio")
        return
    runs = max(1, repeat // 2)
    # the two commands alternate, so that a change in the machine's other
    # load falls on both alike
    ref, ours = [], []
    for _ in range(runs):
        ref.append(run_measured(["sh", "-c", 'for f in "$@"; do pdftotext -layout "$f" - ; done',
                                 "sh", *map(str, paths)]))
        ours.append(run_measured([ris, "extract", "--json", *map(str, paths)]))
    ref_wall, ref_cpu = statistics.median(r[0] for r in ref), statistics.median(r[1] for r in ref)
    our_wall, our_cpu = statistics.median(r[0] for r in ours), statistics.median(r[1] for r in ours)
    print(f"{'pdftotext -layout, one per file':36s} {ref_wall:7.2f} {ref_cpu:7.2f}")
    print(f"{'ris extract --json, all PDFs':36s} {our_wall:7.2f} {our_cpu:7.2f}")
    print(f"ris extract per page vs pdftotext -layout ({pages} pages): "
          f"CPU {our_cpu / ref_cpu:.2f}x with start-up, {(our_cpu - start[1]) / ref_cpu:.2f}x without; "
          f"wall {our_wall / ref_wall:.2f}x with, {(our_wall - start[0]) / ref_wall:.2f}x without")
    pairs = sorted((o[1] - start[1]) / r[1] for r, o in zip(ref, ours))
    print(f"CPU per page without start-up, run by run ({runs} pairs): "
          + ", ".join(f"{x:.2f}x" for x in pairs))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pdf-dir", default=str(ROOT.parent / "shared" / "corpus" / "pdf"))
    ap.add_argument("--repeat", type=int, default=5, help="runs per tool (median taken)")
    ap.add_argument("--repeat-slow", type=int, default=1, help="runs of pdfplumber")
    ap.add_argument("--cli-only", action="store_true",
                    help="only the command-line measurements (start-up, ris extract vs pdftotext)")
    args = ap.parse_args()

    paths = sorted(Path(args.pdf_dir).rglob("*.pdf"))
    if not paths:
        sys.exit(f"no PDFs under {args.pdf_dir}")
    pages = count_pages(paths)
    if args.cli_only:
        cli_report(paths, pages, args.repeat)
        return
    print(f"{len(paths)} PDFs, {pages} pages from {args.pdf_dir}; median of {args.repeat} runs, "
          f"one process\n")

    ours(paths[:2])  # warm imports and caches
    rows = []
    if shutil.which("pdftotext"):
        rows.append(("pdftotext -layout (poppler)", timed(pdftotext, paths, args.repeat)))
    else:
        print("pdftotext not found (Debian: poppler-utils); ratios are left out")
    rows.append(("read_document (ours)", timed(ours, paths, args.repeat)))
    rows.append(("read_document, no OCR", timed(ours_no_ocr, paths, args.repeat)))
    rows.append(("pypdfium2 text only", timed(raw_pdfium, paths, args.repeat)))
    rows.append(("pdfplumber extract_text", timed(pdfplumber_text, paths, args.repeat_slow)))

    reference = rows[0][1] if rows[0][0].startswith("pdftotext") else None
    print(f"{'PDF -> text':32s} {'seconds':>8s} {'pages/s':>8s} {'time vs pdftotext':>18s}")
    for name, seconds in rows:
        ratio = f"{seconds / reference:.2f}x" if reference else "-"
        print(f"{name:32s} {seconds:8.2f} {pages / seconds:8.1f} {ratio:>18s}")

    table_report(paths)

    docs = [read_document(str(p)) for p in paths]
    ocr_pages = sum(len(d.ocr_pages) for d in docs)
    table_pages = len({(d.source, t.page) for d in docs for t in d.tables})
    print(f"(read_document OCRs {ocr_pages} page(s) without a text layer and finds ruled "
          f"tables on {table_pages} page(s) that announce a Beratungsfolge/finance table)")
    t0 = time.perf_counter()
    for doc in docs:
        extract_document(doc)
    first = time.perf_counter() - t0  # includes loading the extractor modules
    times = []
    for _ in range(max(1, args.repeat - 2)):
        t0 = time.perf_counter()
        for doc in docs:
            extract_document(doc)
        times.append(time.perf_counter() - t0)
    seconds = statistics.median(times)
    chars = sum(len(d.text) for d in docs)
    print(f"\n{'text -> fields':32s} {'seconds':>8s} {'pages/s':>8s} {'chars/s':>18s}")
    print(f"{'extract_document (all fields)':32s} {seconds:8.2f} {pages / seconds:8.1f} "
          f"{chars / seconds:18.0f}")
    print(f"(first run, with module loading: {first:.2f} s)")
    if reference:
        ours_seconds = dict(rows)["read_document (ours)"]
        total = ours_seconds + seconds
        print(f"\nPDF -> fields end to end: {pages / total:.1f} pages/s, "
              f"{total / reference:.2f}x the time of pdftotext -layout alone")
    cli_report(paths, pages, args.repeat)


if __name__ == "__main__":
    main()
