"""Build replay sites for tests from recorded OParl objects.

``write_site`` writes answers (JSON values or raw bytes) with a manifest the
replay server reads. ``karlsruhe_site`` is a complete OParl 1.1 site made of
the recorded Karlsruhe Paper, Meeting and Organization objects: the System,
the Body and the list-page envelopes around the recorded objects are
constructed (the recording has the objects, not the lists), so every list
can be read to its end.
"""
from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import SITES

KARLSRUHE = SITES / "oparl-karlsruhe"
KA = "https://web1.karlsruhe.de/oparl"
KA_BODY = f"{KA}/bodies/0001"
KA_SYSTEM = f"{KA}/system"


def load(path: Path):
    return json.loads(Path(path).read_text(encoding="utf-8"))


def write_site(folder: Path, answers: dict) -> Path:
    """``answers``: URL -> value, or (value, status, content_type). A value
    that is bytes is written as is, anything else as JSON."""
    folder.mkdir(parents=True, exist_ok=True)
    manifest = []
    for n, (url, answer) in enumerate(answers.items()):
        value, status, content_type = (answer if isinstance(answer, tuple)
                                       else (answer, 200, "application/json; charset=utf-8"))
        name = f"answer-{n:03d}"
        data = value if isinstance(value, bytes) else json.dumps(value, ensure_ascii=False).encode()
        (folder / name).write_bytes(data)
        manifest.append({"url": url, "file": name, "content_type": content_type, "status": status})
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return folder


def list_pages(url: str, objects: list, page_size: int) -> dict:
    """OParl list pages (``data``, ``links``, ``pagination``) for objects:
    the first page at ``url``, page n at ``url?page=n``."""
    chunks = [objects[i:i + page_size] for i in range(0, len(objects), page_size)] or [[]]
    pages = {}
    for n, chunk in enumerate(chunks, start=1):
        links = {"first": f"{url}?page=1", "self": f"{url}?page={n}",
                 "last": f"{url}?page={len(chunks)}"}
        if n < len(chunks):
            links["next"] = f"{url}?page={n + 1}"
        page = {"data": chunk, "links": links,
                "pagination": {"totalElements": len(objects), "elementsPerPage": page_size,
                               "currentPage": n, "totalPages": len(chunks)}}
        pages[url if n == 1 else f"{url}?page={n}"] = page
    return pages


def karlsruhe_objects() -> dict[str, list]:
    papers = [load(p) for p in sorted(KARLSRUHE.glob("paper_*.json"))]
    meetings = [load(p) for p in sorted(KARLSRUHE.glob("meeting_*.json"))]
    organizations = load(KARLSRUHE / "organizations_array.json")
    return {"paper": papers, "meeting": meetings, "organization": organizations}


def karlsruhe_site(folder: Path, page_size: int = 10) -> Path:
    objects = karlsruhe_objects()
    body = {"id": KA_BODY, "type": "https://schema.oparl.org/1.1/Body", "system": KA_SYSTEM,
            "name": "Stadt Karlsruhe", "shortName": "Karlsruhe",
            "organization": f"{KA_BODY}/organizations", "meeting": f"{KA_BODY}/meetings",
            "paper": f"{KA_BODY}/papers"}
    system = {"id": KA_SYSTEM, "type": "https://schema.oparl.org/1.1/System",
              "oparlVersion": "https://schema.oparl.org/1.1/", "body": f"{KA}/bodies"}
    answers = {KA_SYSTEM: system, **list_pages(f"{KA}/bodies", [body], page_size)}
    for name, url in (("organization", body["organization"]), ("meeting", body["meeting"]),
                      ("paper", body["paper"])):
        answers.update(list_pages(url, objects[name], page_size))
    return write_site(folder, answers)
