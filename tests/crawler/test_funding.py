"""Amounts as facts: ``amount_facts``, ``funding`` and ``programmes`` built by
``ris build`` from real papers (the five seed papers and a Karlsruhe
Beschlussvorlage, tests/fixtures/SOURCES.md), and the municipality taken from
the portal registry where the Body object was not stored."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from crawler import build, store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEEDS = FIXTURES / "seeds"
BONUS = FIXTURES / "publish" / "karlsruhe" / "2014-0254_149948.txt"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("funding")
    docs = tmp / "docs"
    docs.mkdir()
    for path in [*sorted(SEEDS.glob("*.txt")), BONUS]:
        shutil.copy(path, docs / path.name)
    database = store.open_db(str(tmp / "ris.db"))
    build.build(database, sorted(docs.iterdir()), progress=False, jobs=1)
    return database


def test_brühl_grant_is_a_funding_fact(db):
    # seed 001 (Brühl, Vorlage 72/2017): "Die KEKIZ-Kommunen erhalten eine Förderung aus dem
    # Europäischen Sozialfonds (ESF) in Höhe von 29.997,30 Euro pro Jahr"
    rows = list(db.query("select * from funding where municipality = 'Brühl'"))
    assert [(r["role"], r["value_text"], r["currency"], r["period"], r["funder"], r["programme"])
            for r in rows] == [("grant", "29997.30", "EUR", "yearly", "EU", "Kein Kind zurücklassen!")]
    row = rows[0]
    assert (row["date"], row["committee"]) == ("2017-02-08", "Jugendhilfeausschuss")
    assert row["paper_title"].startswith('Landesinitiative "Kein Kind zurücklassen!')
    assert row["paper_url"].endswith("001_933c125c60171f5a.txt")


def test_funding_holds_grants_and_own_shares_only(db):
    roles = {r[0] for r in db.execute("select role from funding")}
    assert roles <= {"grant", "own_share"}
    # Gladbeck's Ergebnisrechnung (seed 003) is a cost, not funding
    assert db.execute("select count(*) from amount_facts where municipality = 'Gladbeck' and role = 'cost'"
                      ).fetchone()[0] >= 1
    assert db.execute("select count(*) from funding where municipality = 'Gladbeck'").fetchone()[0] == 0


def test_a_figure_named_twice_is_one_fact(db):
    # 2014/0254: "maximal 5.000 € je Gebäude" and "der maximale Zuschuss von 5.000 € je Gebäude"
    mentions = db.execute("select count(*) from amounts where value_text = '5000.00' and file like '%149948%'"
                          ).fetchone()[0]
    facts = list(db.query("select role, mentions from amount_facts where value_text = '5000.00'"))
    assert mentions == 2 and facts == [{"role": "grant", "mentions": 2}]
    # every mention is kept, and counted once in the facts
    assert db.execute("select sum(mentions) from amount_facts").fetchone()[0] == \
        db.execute("select count(*) from amounts").fetchone()[0]


def test_programmes_are_known_programmes_or_named_for_a_grant(db):
    # seed 002 quotes the project "Teilhabe ermöglichen - Kommunale Netzwerke gegen
    # Kinderarmut", seed 003 "gesund aufwachsen": projects, not funding programmes
    assert [r[0] for r in db.execute("select programme from programmes")] == ["Kein Kind zurücklassen!"]


def test_programmes_lists_kein_kind_zuruecklassen(db):
    row = db.execute("select * from programmes where programme = 'Kein Kind zurücklassen!'").fetchone()
    row = dict(zip([d[0] for d in db.execute("select * from programmes").description], row))
    # all five seeds name the programme; four texts name their municipality
    assert row["papers"] == 5
    assert set(row["municipality_names"].split(",")) == {"Köln", "Brühl", "Gladbeck", "Krefeld"}
    assert row["grants"] == 2
    assert "Brühl: 29997.30 EUR yearly" in row["grant_amounts"]
    assert "Krefeld: 29958.39 EUR yearly" in row["grant_amounts"]
    assert row["first_date"] == "2015-01-11" and row["latest_date"] == "2017-02-08"
    assert row["decisions"] >= 4


def test_sums_count_each_role_apart_and_leave_out_totals(tmp_path):
    db = store.open_db(str(tmp_path / "ris.db"))
    db["files"].insert({"id": "f1", "paper": None})
    # seeds/003-like rows: a total and its two parts, all costs
    for i, (value, label) in enumerate([(23000, "Summe"), (15000, "Personalaufwand"),
                                        (8000, "Sach- und Dienstleistungen"), (640000, "Fördervolumen")]):
        db["amounts"].insert({"id": f"f1#amount-{i}", "file": "f1", "paper": None, "value": float(value),
                              "value_text": f"{value}.00", "currency": "EUR", "label": label,
                              "role": "grant" if value == 640000 else "cost"})
    db["extractions"].insert({"id": "f1", "date": "2013-05-02", "body": "Gladbeck"})
    store.refresh_summaries(db)
    sums = {r["role"]: (r["facts"], r["total_eur"]) for r in db.query("select * from amounts_per_year")}
    assert sums == {"cost": (3, 23000.0), "grant": (1, 640000.0)}


def test_municipality_from_the_portal_registry(tmp_path, monkeypatch):
    registry = tmp_path / "sources.toml"
    registry.write_text('[[source]]\nname = "kaiserslautern"\nbody = "Stadt Kaiserslautern"\n'
                        'vendor = "sessionnet"\nurl = "https://ris.kaiserslautern.de/buergerinfo/si0040.asp"\n'
                        'enabled = true\n', encoding="utf-8")
    monkeypatch.setenv("RIS_SOURCES", str(registry))
    db = store.open_db(str(tmp_path / "ris.db"))
    paper = "https://ris.kaiserslautern.de/buergerinfo/vo0050.asp?__kvonr=19902"
    # the paper names a Body that was not stored, and its text names no town
    db["papers"].insert({"id": paper, "body": "https://ris.kaiserslautern.de/buergerinfo/", "name": "Vorlage"})
    db["files"].insert({"id": "f1", "paper": paper})
    db["amounts"].insert({"id": "f1#amount-0", "file": "f1", "paper": paper, "value": 1000.0,
                          "value_text": "1000.00", "currency": "EUR", "role": "grant"})
    db["extractions"].insert({"id": "f1", "paper": paper, "body": None})
    store.refresh_summaries(db)
    assert db.execute("select municipality, paper_url from funding").fetchall() == [("Stadt Kaiserslautern", paper)]
