#!/usr/bin/env python3
"""Extraction quality: our per-field F1 beside generic libraries, and OCR accuracy.

1. Scores ``extract_file`` on the gold sets (``gold/seeds.jsonl``,
   ``gold/corpus.jsonl`` under the shared folder) with the scorer's own field
   rules (``tools/score_extraction.py``, imported), and beside it a baseline
   built from generic libraries on the same document text:
   dateparser's ``search_dates`` (languages=['de'], DATE_ORDER='DMY') for
   ``dates`` and price-parser for ``amounts`` (``Price.fromstring`` on every
   line, kept where it recognises a currency). The baseline fills only those
   two fields, so only their F1 is compared.
2. OCR: character accuracy (1 - Levenshtein distance / reference length,
   whitespace collapsed) and word recall of read_document on the scanned
   Köln papers against their hand-made transcriptions
   (``corpus/documents/koeln-ocr/*.referenz.txt``), with seconds per page.

    python benchmarks/extract_quality.py [--shared ../shared] [-j 2] [--no-ocr-check]
"""
from __future__ import annotations

import argparse
import collections
import importlib.util
import os
import re
import sys
import time
import warnings
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.document import DocumentError, read_document  # noqa: E402
from extract.pipeline import extract_files  # noqa: E402

BASELINE_FIELDS = ("dates", "amounts")


def load_scorer(shared: Path):
    path = shared / "tools" / "score_extraction.py"
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(scorer, gold: list[dict], preds: list[dict]) -> dict:
    """Field -> (P, R, F1, tp, fp, fn), with the scorer's matching rules."""
    by_name = {os.path.basename(p.get("source", "")): p for p in preds}
    tallies = {name: scorer.Tally() for name, _ in scorer.FIELDS}
    for g in gold:
        p = by_name.get(os.path.basename(g["document"]), {})
        for name, fn in scorer.FIELDS:
            tallies[name].add(*fn(g, p))
    return {name: (*t.prf(), t.tp, t.fp, t.fn) for name, t in tallies.items()}


# ------------------------------------------------------------------ baseline


def baseline_record(path: str) -> dict:
    """dates and amounts found by dateparser and price-parser in our text."""
    record = {"source": path, "dates": [], "amounts": []}
    try:
        text = read_document(path).text
    except DocumentError:
        return record
    record["dates"] = baseline_dates(text)
    record["amounts"] = baseline_amounts(text)
    return record


def baseline_dates(text: str) -> list[dict]:
    from dateparser.search import search_dates

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(text, languages=["de"], settings={"DATE_ORDER": "DMY"}) or []
    return [{"date": d.date().isoformat(), "precision": "day", "text": s} for s, d in found]


def baseline_amounts(text: str) -> list[dict]:
    from price_parser import Price

    out = []
    for line in text.splitlines():
        if not re.search(r"\d", line):
            continue
        price = Price.fromstring(line)
        if price.amount is not None and price.currency:
            currency = "EUR" if price.currency in ("€", "EUR", "Euro", "EURO") else price.currency
            out.append({"value": str(price.amount), "currency": currency, "text": line})
    return out


# ------------------------------------------------------------------ OCR


def levenshtein(a: str, b: str) -> int:
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def ocr_report(shared: Path) -> None:
    folder = shared / "corpus" / "documents" / "koeln-ocr"
    refs = sorted(folder.glob("*.referenz.txt"))
    if not refs:
        print(f"no reference transcriptions under {folder}")
        return
    print(f"\nOCR against hand-made transcriptions ({folder})")
    print(f"{'document':22s} {'OCR pages':>9s} {'char acc':>9s} {'word recall':>12s} "
          f"{'s/page':>7s}")
    accs, recalls = [], []
    for ref_path in refs:
        pdf = ref_path.with_name(ref_path.name.replace(".referenz.txt", ".pdf"))
        reference = ref_path.read_text(encoding="utf-8", errors="replace")
        t0 = time.perf_counter()
        try:
            doc = read_document(str(pdf))
        except DocumentError as exc:
            print(f"{pdf.name:22s} error: {exc}")
            continue
        seconds = time.perf_counter() - t0
        ref_n = re.sub(r"\s+", " ", reference).strip()
        hyp_n = re.sub(r"\s+", " ", doc.text).strip()
        acc = 1 - levenshtein(ref_n, hyp_n) / len(ref_n)
        ref_words = collections.Counter(re.findall(r"\w+", reference.lower()))
        hyp_words = collections.Counter(re.findall(r"\w+", doc.text.lower()))
        recall = sum((ref_words & hyp_words).values()) / sum(ref_words.values())
        pages = len(doc.page_starts)
        note = "" if doc.ocr_pages else "  (text layer, no OCR)"
        print(f"{pdf.name:22s} {len(doc.ocr_pages):9d} {acc:9.3f} {recall:12.3f} "
              f"{seconds / pages:7.2f}{note}")
        if doc.ocr_pages:
            accs.append(acc)
            recalls.append(recall)
    if accs:
        print(f"{'mean over OCR pages':22s} {'':9s} {sum(accs) / len(accs):9.3f} "
              f"{sum(recalls) / len(recalls):12.3f}")
        print("(character accuracy also counts blocks read in another order, e.g. a "
              "two-column letterhead, as errors; word recall does not)")


# ------------------------------------------------------------------ main


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default="../shared", help="the shared folder (gold/, tools/)")
    ap.add_argument("-j", "--jobs", type=int, default=1)
    ap.add_argument("--gold", nargs="*", default=["gold/seeds.jsonl", "gold/corpus.jsonl"])
    ap.add_argument("--no-ocr-check", action="store_true", help="skip the OCR accuracy table")
    args = ap.parse_args()
    shared = Path(args.shared)
    if not (shared / "tools" / "score_extraction.py").exists():
        alt = ROOT.parent / "shared"
        if (alt / "tools" / "score_extraction.py").exists():
            shared = alt
        else:
            sys.exit(f"{shared}: no tools/score_extraction.py there; give --shared")
    scorer = load_scorer(shared)

    for gold_name in args.gold:
        gold = scorer.load_jsonl(shared / gold_name)
        paths = [str(shared / g["document"]) for g in gold]
        t0 = time.perf_counter()
        ours = list(extract_files(paths, jobs=args.jobs))
        t_ours = time.perf_counter() - t0
        t0 = time.perf_counter()
        with ProcessPoolExecutor(args.jobs) as pool:
            base = list(pool.map(baseline_record, paths, chunksize=1))
        t_base = time.perf_counter() - t0
        s_ours, s_base = score(scorer, gold, ours), score(scorer, gold, base)
        print(f"\n{gold_name}: {len(gold)} documents "
              f"(ours {t_ours:.1f} s, baseline {t_base:.1f} s)")
        print(f"{'field':18s} {'P':>6s} {'R':>6s} {'F1':>6s}   {'baseline P':>10s} {'R':>6s} "
              f"{'F1':>6s}")
        for name, (p, r, f, *_counts) in s_ours.items():
            if name in BASELINE_FIELDS:
                bp, br, bf = s_base[name][:3]
                base_cols = f"{bp:10.3f} {br:6.3f} {bf:6.3f}"
            else:
                base_cols = f"{'-':>10s} {'-':>6s} {'-':>6s}"
            print(f"{name:18s} {p:6.3f} {r:6.3f} {f:6.3f}   {base_cols}")
        macro = sum(v[2] for v in s_ours.values()) / len(s_ours)
        print(f"{'macro F1 (ours)':18s} {'':6s} {'':6s} {macro:6.3f}")
    if not args.no_ocr_check:
        ocr_report(shared)


if __name__ == "__main__":
    main()
