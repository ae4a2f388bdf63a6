"""Items and the schema agree: every item field is a column of its type's
table (or one of the few fields the pipelines consume), and every column can
be filled from an item."""
from __future__ import annotations

import json

import pytest

from crawler import items, store
from crawler.spiders.oparl import object_items
from tests.conftest import SITES

TYPED = {oparl_type: (table, columns) for table, (oparl_type, columns, _) in store.TABLES.items()
         if oparl_type}


def test_every_typed_table_has_an_item_and_back():
    assert set(items.ITEM_TYPES) == set(TYPED)
    assert set(store.TYPE_TABLES) == set(TYPED)


@pytest.mark.parametrize("type_name", sorted(TYPED))
def test_item_fields_are_the_columns_plus_type_and_pipeline_fields(type_name):
    _, columns = TYPED[type_name]
    fields = set(items.ITEM_TYPES[type_name].fields)
    assert fields == {"type", *columns, *items.ITEM_ONLY.get(type_name, ())}


def test_a_parsed_oparl_paper_is_stored_without_losing_a_field(tmp_path):
    """The recorded Karlsruhe paper 16549 with its files and consultation:
    every field the parser fills reaches a column."""
    paper = json.loads((SITES / "oparl-karlsruhe" / "paper_16549.json").read_text("utf-8"))
    parsed = object_items(paper).items
    assert {i["type"] for i in parsed} >= {"Paper", "File", "Consultation"}
    db = store.open_db(str(tmp_path / "ris.db"))
    store.save_items(db, parsed)
    for item in parsed:
        table, _ = TYPED[item["type"]]
        row = next(db.query(f"select * from {table} where id = ?", [item["id"]]))
        stored = {k for k, v in row.items() if v is not None}
        expected = set(item) - {"type", *items.ITEM_ONLY.get(item["type"], ())}
        assert expected <= stored, (item["type"], expected - stored)


def test_a_meeting_file_keeps_its_meeting(tmp_path):
    """A File embedded in a Meeting (its invitation) points back to the
    meeting in the database (the recorded Karlsruhe meeting)."""
    meeting = next(json.loads(p.read_text("utf-8")) for p in sorted((SITES / "oparl-karlsruhe").glob("meeting_*.json"))
                   if json.loads(p.read_text("utf-8")).get("invitation")
                   or json.loads(p.read_text("utf-8")).get("auxiliaryFile"))
    files = [i for i in object_items(meeting).items if i["type"] == "File"]
    assert files
    db = store.open_db(str(tmp_path / "ris.db"))
    store.save_items(db, files)
    assert {r["meeting"] for r in db.query("select meeting from files")} == {meeting["id"]}
