"""Every crawl leaves one crawl_runs row per portal (what it fetched, gave
and what failed); source_health and `ris status` condense them, with a
shrinkage alarm when a full crawl returns markedly fewer papers than an
earlier one. Real crawls of the recorded Karlsruhe OParl objects
(tests/crawler/oparl_sites) on a local replay server."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from crawler import store
from crawler.cli import cli
from tests.conftest import run_crawl
from tests.crawler.oparl_sites import KA_BODY, KA_SYSTEM, karlsruhe_objects, karlsruhe_site, list_pages, write_site, load

SETTINGS = {"RIS_DOWNLOAD_FILES": "False"}
OBJECTS = karlsruhe_objects()


@pytest.fixture
def site(tmp_path, replay):
    folder = karlsruhe_site(tmp_path / "site", page_size=10)
    return folder, replay(folder)


def crawl(server, db_path, **kwargs):
    result = run_crawl(["-a", f"url={server.local_url(KA_SYSTEM)}", "-a", "source=karlsruhe"],
                       db_path, settings=SETTINGS, **kwargs)
    assert result.returncode == 0, result.log[-3000:]
    return result


def runs(db_path) -> list[dict]:
    db = store.open_db(str(db_path))
    try:
        return store.crawl_runs(db)
    finally:
        db.close()


def health(db_path) -> list[dict]:
    db = store.open_db(str(db_path))
    try:
        return store.source_health(db)
    finally:
        db.close()


def test_first_crawl_row(site, tmp_path):
    folder, server = site
    result = crawl(server, tmp_path / "ris.db")
    [run] = runs(tmp_path / "ris.db")
    assert (run["source"], run["outcome"], run["finish_reason"]) == ("karlsruhe", "ok", "finished")
    assert run["url"] == server.local_url(KA_SYSTEM) and run["error"] is None
    assert run["started"] <= run["finished"]
    items = json.loads(run["items_by_type"])
    # the recording: 62 papers, 7 meetings, the organizations array; one Body around them
    assert items["Paper"] == run["papers"] == 62 == len(OBJECTS["paper"])
    assert items["Meeting"] == len(OBJECTS["meeting"])
    assert items["Organization"] == len(OBJECTS["organization"])
    assert items["Body"] == 1
    # every object counts, those embedded in another's item too: a row each
    assert run["items"] == result.stats["ris/db_items_written"] > result.stats["item_scraped_count"]
    assert (run["papers_new"], run["papers_changed"]) == (62, 0)
    assert run["requests"] == len([p for p in server.log if p != "/robots.txt"])
    assert run["incremental"] == 0
    assert json.loads(run["bodies"]) == [server.local_url(KA_BODY)]
    assert (run["failures"], json.loads(run["failures_by_kind"])) == (0, {})


def test_incremental_crawls_count_new_and_changed_papers(site, tmp_path):
    folder, server = site
    db_path = tmp_path / "ris.db"
    crawl(server, db_path)
    crawl(server, db_path)  # nothing changed since the cursor
    # the portal changes one paper's title
    manifest = json.loads((folder / "manifest.json").read_text())
    first = next(e for e in manifest if e["url"].endswith("/papers"))
    page = load(folder / first["file"])
    page["data"][0]["name"] = "Geänderter Titel"
    page["data"][0]["modified"] = "2099-01-01T00:00:00+01:00"
    (folder / first["file"]).write_text(json.dumps(page, ensure_ascii=False))
    crawl(server, db_path)

    full, unchanged, changed = runs(db_path)
    assert (full["papers_new"], full["incremental"]) == (62, 0)
    assert (unchanged["papers_new"], unchanged["papers_changed"], unchanged["incremental"]) == (0, 0, 1)
    assert (changed["papers_new"], changed["papers_changed"], changed["papers"]) == (0, 1, 1)
    assert all(r["outcome"] == "ok" for r in (full, unchanged, changed))

    [row] = health(db_path)
    assert row["last_success"] == changed["finished"] and row["crawls"] == 3
    assert row["papers_stored"] == 62 and row["shrinkage_alarm"] == 0
    years = json.loads(row["papers_per_year"])
    stored = [p for p in OBJECTS["paper"] if p.get("date")]
    assert sum(years.values()) == len(stored)
    assert years == {y: sum(1 for p in stored if p["date"][:4] == y) for y in years}


def run_row(crawl: str, started: str, outcome: str, papers: int) -> dict:
    return {"id": f"{crawl} karlsruhe", "crawl": crawl, "source": "karlsruhe", "url": KA_SYSTEM,
            "started": started, "finished": started, "outcome": outcome, "incremental": 0,
            "papers": papers}


def test_runs_started_in_one_second_keep_their_order(tmp_path):
    """Stamps are to the second, so a crawl run again at once (a wrapper
    retrying) starts in the same second as the one before: the later run
    is still the last, whatever its random crawl id, and the full crawl
    before it still counts as earlier for the shrinkage alarm."""
    db = store.open_db(str(tmp_path / "ris.db"))
    second = "2026-12-04T19:49:27Z"
    store.save_crawl_run(db, run_row(f"{second}-ffffff", second, "ok", 62))
    store.save_crawl_run(db, run_row(f"{second}-000000", second, "ok", 30))
    store.save_crawl_run(db, run_row(f"{second}-888888", second, "failed", 0))
    db.conn.commit()
    assert [(r["outcome"], r["papers"]) for r in store.crawl_runs(db)] == [("ok", 62), ("ok", 30), ("failed", 0)]
    [row] = store.source_health(db)
    assert (row["last_outcome"], row["crawls"], row["failed_crawls"]) == ("failed", 3, 1)
    assert (row["papers_last_full"], row["papers_before_max"], row["shrinkage_alarm"]) == (30, 62, 1)
    db.close()


def shrunk_site(folder, keep: int):
    """The Karlsruhe site with only the first ``keep`` papers left."""
    manifest = json.loads((folder / "manifest.json").read_text())
    answers = {e["url"]: load(folder / e["file"]) for e in manifest}
    url = f"{KA_BODY}/papers"
    answers = {u: a for u, a in answers.items() if not u.startswith(url)}
    answers.update(list_pages(url, OBJECTS["paper"][:keep], 10))
    return write_site(folder.parent / "shrunk", answers)


def test_shrinkage_alarm(site, tmp_path, replay):
    """A full crawl (the cursors reset) that returns 30 of the 62 papers an
    earlier full crawl returned raises the alarm, in Datasette's view and
    in `ris status`; a failed crawl shows as the last outcome."""
    folder, server = site
    db_path = tmp_path / "ris.db"
    crawl(server, db_path)
    server.stop()
    shrunk = replay(shrunk_site(folder, 30), port=server.server_address[1])
    db = store.open_db(str(db_path))
    db.execute("delete from crawl_cursors")
    db.conn.commit()
    db.close()
    crawl(shrunk, db_path)
    [row] = health(db_path)
    assert (row["papers_last_full"], row["papers_before_max"], row["shrinkage_alarm"]) == (30, 62, 1)

    out = CliRunner().invoke(cli, ["status", "--db", str(db_path)])
    assert out.exit_code == 0, out.output
    head, line = out.output.splitlines()
    assert head.split()[:3] == ["source", "last", "last"]
    assert line.startswith("karlsruhe ") and " ok " in line and "ALARM" in line
    as_json = CliRunner().invoke(cli, ["status", "--db", str(db_path), "--json"])
    assert json.loads(as_json.output)["shrinkage_alarm"] == 1
    runs_out = CliRunner().invoke(cli, ["status", "--db", str(db_path), "--runs"])
    assert [json.loads(x)["papers"] for x in runs_out.output.splitlines()] == [62, 30]


def test_each_portal_of_one_crawl_gets_its_row(site, tmp_path, replay, monkeypatch):
    """One crawl of a registry with a healthy portal and one whose
    robots.txt forbids everything (another local server): each portal's row
    has its own requests, items and failures."""
    folder, server = site
    forbidding = replay(folder, robots_txt="User-agent: *\nDisallow: /\n")
    registry = tmp_path / "sources.toml"
    registry.write_text("".join(
        f'[[source]]\nname = "{name}"\nbody = "B"\nvendor = "oparl"\nurl = "{url}"\nenabled = true\n'
        for name, url in (("healthy", server.local_url(KA_SYSTEM)),
                          ("forbidding", forbidding.local_url(KA_SYSTEM)))))
    monkeypatch.setenv("RIS_SOURCES", str(registry))
    result = run_crawl([], tmp_path / "ris.db", settings=SETTINGS)
    assert result.returncode == 0, result.log[-3000:]
    rows = {r["source"]: r for r in runs(tmp_path / "ris.db")}
    assert set(rows) == {"healthy", "forbidding"}
    assert (rows["healthy"]["outcome"], rows["healthy"]["papers"]) == ("ok", 62)
    assert rows["healthy"]["requests"] == len([p for p in server.log if p != "/robots.txt"])
    assert json.loads(rows["healthy"]["failures_by_kind"]) == {}
    assert (rows["forbidding"]["outcome"], rows["forbidding"]["items"]) == ("failed", 0)
    assert json.loads(rows["forbidding"]["failures_by_kind"]) == {"failed/robots_txt": 1}
    assert forbidding.log == ["/robots.txt"]
