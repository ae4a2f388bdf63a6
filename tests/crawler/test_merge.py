"""`ris merge`: shards of distributed workers into one database.

The rows come from recorded Karlsruhe OParl objects (parsed by the OParl
spider's ``object_items``) and from the extraction library run on a
recorded Karlsruhe text, saved with the schema module's own ``save_*``."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler import store
from crawler.build import refresh_derived
from crawler.cli import cli
from crawler.merge import merge_shards
from crawler.spiders.oparl import object_items
from extract import pipeline as extraction

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SITE = FIXTURES / "sites" / "oparl-karlsruhe"
TEXT = FIXTURES / "publish" / "karlsruhe" / "2015-0603_589977.txt"   # a file of paper 34365
FILE_ID = "https://web1.karlsruhe.de/oparl/bodies/0001/files/589977"
EARLY, LATE = "2026-01-01T10:00:00+00:00", "2026-01-02T10:00:00+00:00"


def items_of(name: str, fetched_at: str = EARLY) -> list[dict]:
    obj = json.loads((SITE / name).read_text(encoding="utf-8"))
    return [{**item, "fetched_at": fetched_at, "source_url": obj["id"], "vendor": "oparl"}
            for item in object_items(obj).items]


@pytest.fixture(scope="module")
def record():
    """The extraction record of the recorded text."""
    found = extraction.extract_file(str(TEXT), with_text=True)
    assert found["reference"] == "2015/0603" and len(found["dates"]) >= 2
    return found


def build(path: Path, items=(), extractions=()) -> str:
    db = store.open_db(str(path))
    for item in items:
        store.save_item(db, item)
    for file_row, rec in extractions:
        store.save_extraction(db, file_row, rec)
    db.close()
    return str(path)


def crawl_end(path: str) -> None:
    """What the database pipeline does when a single-process crawl ends."""
    db = store.open_db(path)
    store.fill_consultations(db)
    db.close()


def snapshot(path) -> dict:
    con = sqlite3.connect(path)
    out = {t: sorted(con.execute(f"select * from [{t}]").fetchall(), key=repr) for t in store.TABLES}
    con.close()
    return out


def rows(path, sql, args=()):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def file_row(fetched_at: str) -> dict:
    return {"id": FILE_ID, "paper": "https://web1.karlsruhe.de/oparl/bodies/0001/papers/vo/34365",
            "checksum": "c0ffee", "fetched_at": fetched_at}


def test_shards_merge_into_the_db_one_process_builds(tmp_path, record):
    paper, meeting = items_of("paper_31955.json"), items_of("meeting_3189.json")
    extracted = [(file_row(EARLY), record)]
    other = items_of("paper_34365.json")
    shard_a = build(tmp_path / "a.db", paper + other, extracted)
    shard_b = build(tmp_path / "b.db", meeting)
    single = build(tmp_path / "single.db", paper + other + meeting, extracted)
    crawl_end(single)
    db = store.open_db(single)  # and `ris build`'s derive step
    refresh_derived(db, changed=False)
    db.close()

    report = merge_shards([shard_a, shard_b], str(tmp_path / "ris.db"))
    assert report.shards == [shard_a, shard_b] and not report.errors
    assert snapshot(tmp_path / "ris.db") == snapshot(single)
    # the paper's consultation got its date from the meeting in the other shard
    dates = rows(tmp_path / "ris.db", "select c.date, m.start from consultations c "
                 "join meetings m on m.id = c.meeting")
    assert dates and all(d == start[:10] for d, start in dates)
    # full-text search finds the same files and papers in both
    for sql in ("select f.id from files f join files_fts s on s.rowid = f.rowid "
                "where files_fts match ? order by 1",
                "select p.id from papers p join papers_fts s on s.rowid = p.rowid "
                "where papers_fts match ? order by 1"):
        found = rows(tmp_path / "ris.db", sql, ["laktosefreie"])
        assert found and found == rows(single, sql, ["laktosefreie"])


def test_merging_again_changes_nothing(tmp_path, record):
    shard_a = build(tmp_path / "a.db", items_of("paper_34365.json"), [(file_row(EARLY), record)])
    shard_b = build(tmp_path / "b.db", items_of("meeting_3189.json"))
    target = str(tmp_path / "ris.db")
    merge_shards([shard_a, shard_b], target)
    once = snapshot(target)
    merge_shards([shard_b, shard_a], target)
    merge_shards([shard_a], target)
    assert snapshot(target) == once
    assert rows(target, "select count(*) from dates where file = ?", [FILE_ID])[0][0] == \
        len(record["dates"])


def test_the_later_fetch_wins_and_null_never_erases(tmp_path):
    old = items_of("paper_31955.json", EARLY)
    new = items_of("paper_31955.json", LATE)
    paper_old = next(i for i in old if i["type"] == "Paper")
    paper_new = next(i for i in new if i["type"] == "Paper")
    assert paper_old.get("reference") and paper_old.get("name")
    paper_new["name"] = paper_old["name"] + " (geändert)"
    del paper_new["reference"]                       # this fetch did not carry it
    shard_old = build(tmp_path / "old.db", old)
    shard_new = build(tmp_path / "new.db", new)
    results = []
    for order in ([shard_old, shard_new], [shard_new, shard_old]):
        target = str(tmp_path / f"ris-{len(results)}.db")
        merge_shards(order, target)
        results.append(rows(target, "select name, reference, fetched_at from papers where id = ?",
                            [paper_old["id"]]))
    assert results[0] == results[1] == [(paper_new["name"], paper_old["reference"], LATE)]


def test_a_files_extraction_is_replaced_as_a_whole(tmp_path, record):
    fewer = {**record, "dates": record["dates"][:1], "decisions": []}
    shard_old = build(tmp_path / "old.db", extractions=[(file_row(EARLY), record)])
    shard_new = build(tmp_path / "new.db", extractions=[(file_row(LATE), fewer)])
    for order in ([shard_old, shard_new], [shard_new, shard_old]):
        target = tmp_path / f"ris-{order[0] == shard_old}.db"
        merge_shards(order, str(target))
        assert rows(target, "select date, text from dates where file = ?", [FILE_ID]) == \
            rows(shard_new, "select date, text from dates where file = ?", [FILE_ID])
        assert rows(target, "select count(*) from decisions where file = ?", [FILE_ID]) == [(0,)]
        assert rows(target, "select count(*) from extractions")[0][0] == 1


def test_ris_merge_reports_an_unreadable_shard_and_merges_the_rest(tmp_path):
    shards = tmp_path / "shards"
    shards.mkdir()
    build(shards / "good.db", items_of("meeting_3189.json"))
    (shards / "broken.db").write_bytes(b"this is not a database\n" * 100)
    target = tmp_path / "ris.db"
    result = CliRunner().invoke(cli, ["merge", str(shards), "--db", str(target)])
    assert result.exit_code == 0, result.output
    assert "broken.db" in result.stderr and "not a database" in result.stderr
    assert "merged 1 shards" in result.stdout
    assert rows(target, "select count(*) from meetings")[0][0] == 1
    assert rows(target, "select count(*) from agenda_items")[0][0] > 0


def test_ris_merge_without_shards_fails_clearly(tmp_path):
    result = CliRunner().invoke(cli, ["merge", str(tmp_path / "nothing"), "--db",
                                      str(tmp_path / "ris.db")])
    assert result.exit_code != 0
    assert "no shards found" in result.output


def test_the_merged_database_serves_its_summary_tables(tmp_path, record):
    # the summary tables are stored by the step `ris build` ends with; after
    # a merge they hold the merged rows and `ris build` has nothing to redo
    assert record["decisions"]
    shard_a = build(tmp_path / "a.db", items_of("paper_34365.json"), [(file_row(EARLY), record)])
    shard_b = build(tmp_path / "b.db", items_of("paper_31955.json"))
    target = str(tmp_path / "ris.db")
    merge_shards([shard_a], target)
    assert rows(target, "select id from papers_overview") == \
        [("https://web1.karlsruhe.de/oparl/bodies/0001/papers/vo/34365",)]
    assert rows(target, "select count(*) from decisions_overview") == [(len(record["decisions"]),)]
    merge_shards([shard_b], target)
    papers = rows(target, "select id from papers order by id")
    assert len(papers) == 2 and rows(target, "select id from papers_overview order by id") == papers
    db = store.open_db(target)
    try:
        assert not store.summaries_stale(db)
        assert refresh_derived(db, changed=False) is False
    finally:
        db.close()
