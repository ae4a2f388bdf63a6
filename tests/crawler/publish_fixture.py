"""A small real database for the publishing tests.

Karlsruhe: three real OParl papers (with their consultations and files) and
the real text of one file of each. Braunschweig: a real committee protocol,
stored as a paper of its own (no portal objects recorded for it). Values
extracted from the texts come from ``tests/fixtures/publish/records.json``,
written by hand from the documents; each value's offsets are found in the
text here.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from crawler import store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "publish"
KARLSRUHE = "https://web1.karlsruhe.de/oparl/bodies/0001"
# The Braunschweig protocol comes without portal objects; these ids only
# group its rows.
BRAUNSCHWEIG = "urn:ris-fixture:braunschweig"
BRAUNSCHWEIG_PAPER = "urn:ris-fixture:braunschweig:protokoll"
BRAUNSCHWEIG_FILE = "urn:ris-fixture:braunschweig:protokoll:file"

# fixture text -> (OParl paper file, OParl file id of that text)
KARLSRUHE_TEXTS = {
    "karlsruhe/2013-0004_143268.txt": ("paper_32734.json", f"{KARLSRUHE}/files/143268"),
    "karlsruhe/2015-0603_589977.txt": ("paper_34365.json", f"{KARLSRUHE}/files/589977"),
    "karlsruhe/2014-0254_149948.txt": ("paper_33695.json", f"{KARLSRUHE}/files/149948"),
}


def records() -> dict:
    return {k: v for k, v in json.loads((FIXTURES / "records.json").read_text("utf-8")).items()
            if not k.startswith("_")}


def text_of(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def _locate(text: str, items: list[dict]) -> list[dict]:
    out = []
    for item in items:
        start = -1
        for _ in range(item.get("nth", 0) + 1):
            start = text.index(item["text"], start + 1)
        located = {k: v for k, v in item.items() if k != "nth"}
        located.update(start=start, end=start + len(item["text"]), page=None)
        out.append(located)
    return out


def record_for(name: str) -> dict:
    """The contract record of a fixture text, offsets located, text included."""
    rec = dict(records()[name])
    text = text_of(name)
    rec["amounts"] = _locate(text, rec["amounts"])
    rec["dates"] = _locate(text, rec["dates"])
    rec["entities"] = [{k: v for k, v in e.items() if k != "page"} for e in _locate(text, rec["entities"])]
    rec.update(source=name, error=None, text=text)
    return rec


def _oparl_file(f: dict, paper: str) -> dict:
    return {"type": "File", "id": f["id"], "name": f.get("name"), "paper": paper,
            "file_name": f.get("fileName"), "mime_type": f.get("mimeType"), "date": f.get("date"),
            "access_url": f.get("accessUrl"), "download_url": f.get("downloadUrl"),
            "created": f.get("created"), "modified": f.get("modified"), "vendor": "oparl"}


def save_karlsruhe_paper(db, paper_file: str, org_names: dict) -> dict:
    """Store a recorded OParl paper with its consultations and files as items."""
    p = json.loads((FIXTURES / "karlsruhe" / paper_file).read_text("utf-8"))
    files = ([p["mainFile"]] if p.get("mainFile") else []) + p.get("auxiliaryFile", [])
    store.save_item(db, {
        "type": "Paper", "id": p["id"], "name": p.get("name"), "body": p.get("body"),
        "reference": p.get("reference"), "date": p.get("date"), "paper_type": p.get("paperType"),
        "web": p.get("web"), "created": p.get("created"), "modified": p.get("modified"),
        "main_file": (p.get("mainFile") or {}).get("id"),
        "auxiliary_file": [f["id"] for f in p.get("auxiliaryFile", [])], "vendor": "oparl"})
    for c in p.get("consultation", []):
        orgs = c.get("organization", [])
        store.save_item(db, {
            "type": "Consultation", "id": c["id"], "paper": p["id"], "meeting": c.get("meeting"),
            "agenda_item": c.get("agendaItem"), "organization": orgs,
            "organization_name": ", ".join(org_names.get(o, o) for o in orgs) or None,
            "role": c.get("role"), "authoritative": c.get("authoritative"), "vendor": "oparl"})
    for f in files:
        store.save_item(db, _oparl_file(f, p["id"]))
    return p


def build(path: str | Path):
    """Build the fixture database at ``path`` and return it (open)."""
    db = store.open_db(str(path))
    orgs = json.loads((FIXTURES / "karlsruhe" / "organizations_array.json").read_text("utf-8"))
    org_names = {o["id"]: o["name"] for o in orgs}
    store.save_item(db, {"type": "Body", "id": KARLSRUHE, "name": "Stadt Karlsruhe", "vendor": "oparl"})
    for name, (paper_file, file_id) in KARLSRUHE_TEXTS.items():
        p = save_karlsruhe_paper(db, paper_file, org_names)
        text = text_of(name)
        store.save_extraction(db, {"id": file_id, "paper": p["id"],
                                   "checksum": hashlib.md5(text.encode()).hexdigest()},
                              record_for(name))
    store.save_item(db, {"type": "Body", "id": BRAUNSCHWEIG, "name": "Stadt Braunschweig"})
    store.save_item(db, {"type": "Paper", "id": BRAUNSCHWEIG_PAPER, "name": "Protokoll",
                         "body": BRAUNSCHWEIG, "paper_type": "Protokoll"})
    name = "braunschweig/protokoll_braunschweig.txt"
    store.save_item(db, {"type": "File", "id": BRAUNSCHWEIG_FILE, "paper": BRAUNSCHWEIG_PAPER,
                         "name": "protokoll_braunschweig.txt", "mime_type": "text/plain"})
    store.save_extraction(db, {"id": BRAUNSCHWEIG_FILE, "paper": BRAUNSCHWEIG_PAPER,
                               "checksum": hashlib.md5(text_of(name).encode()).hexdigest()},
                          record_for(name))
    store.update_search(db)
    store.refresh_summaries(db)
    return db
