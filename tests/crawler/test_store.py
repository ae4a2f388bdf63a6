"""The schema module: tables, keys, search, views, and save_extraction on
records of real documents (tests/fixtures/publish)."""
from __future__ import annotations

import hashlib
import sqlite3

import pytest
import sqlite_utils

from crawler import store
from tests.conftest import index_terms, search_as_rebuilt
from tests.crawler import publish_fixture as fx

KLAERWERK = "karlsruhe/2013-0004_143268.txt"
PROTOKOLL = "braunschweig/protokoll_braunschweig.txt"
KLAERWERK_FILE = fx.KARLSRUHE_TEXTS[KLAERWERK][1]
KLAERWERK_PAPER = f"{fx.KARLSRUHE}/papers/vo/32734"


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory):
    return fx.build(tmp_path_factory.mktemp("store") / "ris.db")


@pytest.fixture
def db(tmp_path):
    return store.open_db(str(tmp_path / "ris.db"))


def _file_row(name, file_id, paper):
    return {"id": file_id, "paper": paper,
            "checksum": hashlib.md5(fx.text_of(name).encode()).hexdigest()}


def _schema(db):
    return sorted((r["type"], r["name"], r["sql"]) for r in db.query(
        "select type, name, sql from sqlite_master where name not like 'sqlite_%'"))


def test_every_table_has_its_declared_foreign_keys_and_indexes(db):
    for table, (_, columns, fks) in store.TABLES.items():
        assert set(columns) <= set(db[table].columns_dict)
        declared = {(fk.column, fk.other_table, fk.other_column) for fk in db[table].foreign_keys}
        assert declared == set(fks), table
    indexed = {(t, tuple(i.columns)) for t in store.TABLES for i in db[t].indexes}
    for table, cols in store.INDEXES:
        assert (table, tuple(cols)) in indexed


def test_ensure_db_shape_twice_changes_nothing(db):
    before = _schema(db)
    store.ensure_db_shape(db)
    assert _schema(db) == before
    assert set(store.VIEWS) <= set(db.view_names())
    assert {"papers_fts", "files_fts"} <= set(db.table_names())


def test_a_database_without_foreign_keys_gets_them_and_keeps_its_rows(tmp_path):
    path = tmp_path / "old.db"
    old = sqlite_utils.Database(path)
    for table, (_, columns, _) in store.TABLES.items():
        old[table].create(columns, pk="id")
    old["papers"].insert({"id": "p1", "name": "Neubau Grundschule", "body": "b1"})
    old.close()
    db = store.open_db(str(path))
    assert {fk.other_table for fk in db["papers"].foreign_keys} == {"bodies"}
    assert db["papers"].get("p1")["name"] == "Neubau Grundschule"
    # the index was filled from the rows already there
    assert [r["rowid"] for r in db.query(
        "select rowid from papers_fts where papers_fts match 'grundschule'")] == [1]


def test_save_extraction_stores_the_documents_values(fixture_db):
    amount = fixture_db.execute(
        "select value, value_text, currency, text, snippet, paper from amounts where file = ?",
        [fx.BRAUNSCHWEIG_FILE]).fetchall()
    # "die Bereitstellung der überplanmäßigen Haushaltsmittel in Höhe von
    # 512.100,00 Euro zugestimmt." (protokoll_braunschweig.txt, TOP 4)
    assert amount == [(512100.0, "512100.00", "EUR", "512.100,00 Euro",
                       "2. Unter Inanspruchnahme der unter Punkt 4 Finanzierung aufgezeigten "
                       "Deckungsmittel wird die Bereitstellung der überplanmäßigen Haushaltsmittel "
                       "in Höhe von 512.100,00 Euro zugestimmt.", fx.BRAUNSCHWEIG_PAPER)]
    votes = fixture_db.execute("select votes_yes, votes_no, votes_abstain from decisions "
                               "where file = ? order by id", [fx.BRAUNSCHWEIG_FILE]).fetchall()
    assert votes == [(8, 0, 0), (9, 0, 0)]  # "Dafür: 8 Dagegen: 0 Enthaltung: 0", "Dafür: 9 ..."
    refs = [r[0] for r in fixture_db.execute(
        "select reference from paper_references where file = ? order by id", [fx.BRAUNSCHWEIG_FILE])]
    assert refs == ["26-29075", "26-29183", "26-29090-02"]
    file = fixture_db["files"].get(KLAERWERK_FILE)
    assert file["text"] == fx.text_of(KLAERWERK)
    assert file["extracted_checksum"] == hashlib.md5(fx.text_of(KLAERWERK).encode()).hexdigest()
    assert file["extraction_error"] is None
    extraction = fixture_db["extractions"].get(KLAERWERK_FILE)
    assert (extraction["reference"], extraction["paper"]) == ("2013/0004", KLAERWERK_PAPER)


def test_amount_offsets_point_at_the_amount_in_the_stored_text(fixture_db):
    rows = fixture_db.execute("select a.text, a.start, a.end, f.text from amounts a "
                              "join files f on f.id = a.file").fetchall()
    assert len(rows) == 10
    for text, start, end, file_text in rows:
        assert file_text[start:end] == text


def test_save_extraction_twice_leaves_the_same_rows(tmp_path):
    db = fx.build(tmp_path / "ris.db")
    tables = store.EXTRACTED_TABLES + ("extractions", "files")
    def rows():
        return {t: sorted(db[t].rows, key=lambda r: r["id"]) for t in tables}
    before = rows()
    store.save_extraction(db, _file_row(KLAERWERK, KLAERWERK_FILE, KLAERWERK_PAPER),
                          fx.record_for(KLAERWERK))
    assert rows() == before


def test_a_new_extraction_replaces_the_old_rows_and_search_text(tmp_path):
    db = fx.build(tmp_path / "ris.db")
    record = fx.record_for(KLAERWERK)
    record["amounts"] = record["amounts"][:1]
    record["text"] = record["text"][:record["amounts"][0]["end"]]
    store.save_extraction(db, _file_row(KLAERWERK, KLAERWERK_FILE, KLAERWERK_PAPER), record)
    assert db.execute("select count(*) from amounts where file = ?", [KLAERWERK_FILE]).fetchone()[0] == 1
    assert store.update_search(db) == {"papers": 1, "files": 1}
    # "Submissionsergebnis" is on page 3 of the document, cut off now
    hits = db.execute("select count(*) from papers_fts where papers_fts match 'Submissionsergebnis'")
    assert hits.fetchone()[0] == 0
    hits = db.execute("select count(*) from files_fts where files_fts match 'Submissionsergebnis'")
    assert hits.fetchone()[0] == 0


def test_an_unreadable_file_keeps_its_error_and_loses_its_values(tmp_path):
    db = fx.build(tmp_path / "ris.db")
    store.save_extraction(db, {"id": KLAERWERK_FILE, "checksum": "0" * 32},
                          {"source": "x.pdf", "error": "x.pdf: encrypted PDF", "amounts": []})
    file = db["files"].get(KLAERWERK_FILE)
    assert (file["extraction_error"], file["text"], file["paper"]) == (
        "x.pdf: encrypted PDF", None, KLAERWERK_PAPER)
    for table in store.EXTRACTED_TABLES:
        assert db.execute(f"select count(*) from {table} where file = ?", [KLAERWERK_FILE]).fetchone()[0] == 0


def test_a_failing_save_leaves_the_previous_extraction(tmp_path):
    db = fx.build(tmp_path / "ris.db")
    record = fx.record_for(KLAERWERK)
    record["decisions"] = ["not a decision object"]
    with pytest.raises(AttributeError):
        store.save_extraction(db, _file_row(KLAERWERK, KLAERWERK_FILE, KLAERWERK_PAPER), record)
    assert db.execute("select count(*) from amounts where file = ?", [KLAERWERK_FILE]).fetchone()[0] == 6


@pytest.mark.parametrize("note_search", [True, False], ids=["triggers", "save_items"])
def test_search_follows_every_change_of_papers_and_files(tmp_path, note_search):
    """After ``update_search`` the three indexes hold what indexes filled
    from scratch would, when rows were written again as they were (as a
    crawl does), renamed, moved to another paper, added and deleted, by
    ``save_items`` and by other writers; before it, a search finds the rows
    as they were. Noted by the connection's triggers, or (as in a crawl) by
    ``save_items`` itself."""
    fx.build(tmp_path / "ris.db").close()
    db = store.open_db(str(tmp_path / "ris.db"), note_search=note_search)
    assert store.notes_search_changes(db) is note_search

    def refs(q, table="papers_fts"):
        return sorted(str(r[0]) for r in db.execute(
            f"select p.reference from {table} s join papers p on p.rowid = s.rowid "
            f"where {table} match ?", [q]))

    def files(q):
        return [r[0] for r in db.execute(
            "select f.id from files_fts s join files f on f.rowid = s.rowid where files_fts match ?", [q])]

    def update():
        store.update_search(db)
        assert store.search_pending(db) == {"papers": 0, "files": 0}
        for table in store.SEARCH_TABLES:  # FTS5's own check of each index against its rows
            db.execute(f"insert into {table}({table}) values ('integrity-check')")
        assert search_as_rebuilt(db)

    paper = dict(db["papers"].get(KLAERWERK_PAPER), type="Paper")
    file = {k: v for k, v in db["files"].get(KLAERWERK_FILE).items() if k != "text"}
    store.save_items(db, [paper, dict(file, type="File")])  # as stored
    assert store.search_pending(db) == {"papers": 0, "files": 0}
    update()
    assert refs("Rechenanlage") == ["2013/0004"]  # in the file's text
    assert files("Rechenanlage") == files("name:Sanierung") == [KLAERWERK_FILE]  # its name
    store.save_items(db, [dict(paper, name="Abwasserreinigung Neureut")])
    assert store.search_pending(db) == {"papers": 1, "files": 0}
    assert refs("Neureut") == [] and refs("Klärwerk", "papers_titles_fts") == ["2013/0004"]  # not yet
    update()
    assert refs("Klärwerk", "papers_titles_fts") == []
    assert refs("Neureut", "papers_titles_fts") == refs("Neureut") == ["2013/0004"]
    assert refs("Rechenanlage") == ["2013/0004"]  # the file's text stays with the paper
    store.save_items(db, [dict(file, type="File", paper=fx.BRAUNSCHWEIG_PAPER)])
    update()
    assert refs("Rechenanlage") == ["None"]  # the Braunschweig protocol has no number
    # renamed twice before the indexes follow: files_fts loses the name it holds
    store.save_items(db, [dict(file, type="File", name="Rechenanlage Vorentwurf")])
    store.save_items(db, [dict(file, type="File", name="Rechenanlage Entwurf")])
    assert files("Entwurf") == [] and files("name:Sanierung") == [KLAERWERK_FILE]
    update()
    assert files("Entwurf") == [KLAERWERK_FILE] and refs("Entwurf") == []  # a name is no text
    assert files("name:Sanierung") == files("Vorentwurf") == []
    # extracted again, a shorter text ("Submissionsergebnis" is on page 3), as
    # a crawl with extraction on stores it
    record = fx.record_for(KLAERWERK)
    record["text"] = record["text"][:record["text"].index("Submissionsergebnis")]
    assert refs("Submissionsergebnis") == ["2013/0004"]  # the renames took the file back
    store.save_extraction(db, _file_row(KLAERWERK, KLAERWERK_FILE, KLAERWERK_PAPER), record)
    update()
    assert refs("Submissionsergebnis") == files("Submissionsergebnis") == []
    assert refs("Rechenanlage") == ["2013/0004"]
    # a writer other than save_items
    db.execute("update files set paper = ? where id = ?", [KLAERWERK_PAPER, KLAERWERK_FILE])
    db.execute("update papers set name = 'Klärwerk Neureut' where id = ?", [KLAERWERK_PAPER])
    if note_search:
        update()
        assert refs("Rechenanlage") == refs("Neureut", "papers_titles_fts") == ["2013/0004"]
    else:  # such writes are noted by the triggers only
        db.close()
        db = store.open_db(str(tmp_path / "ris.db"), note_search=False)
        store.rebuild_search(db)
    # a new paper written twice in one batch (the second time with another
    # field too, so the first is written before it), a file of it in between
    new = {"type": "Paper", "id": "urn:test:paper", "name": "Rechenanlage", "reference": "1/2"}
    store.save_items(db, [new, dict(file, type="File", paper=new["id"]),
                          dict(new, name="Rechenanlage Neureut", paper_type="Vorlage")])
    assert store.search_pending(db)["papers"] == 2  # the new one and the one its file left
    update()
    assert refs("Rechenanlage") == ["1/2"]
    # 1/2 by the text of the file it took over, 2013/0004 by its name
    assert refs("Klärwerk") == ["1/2", "2013/0004"]
    assert refs("Neureut", "papers_titles_fts") == ["1/2", "2013/0004"]
    # a file added with text: its paper is indexed anew
    added = {"type": "File", "id": "urn:test:file", "paper": KLAERWERK_PAPER, "name": "Anlage",
             "text": "Rechenwartung der Rechenanlage"}
    store.save_items(db, [added])
    update()
    assert refs("Rechenwartung") == ["2013/0004"] and files("Rechenwartung") == ["urn:test:file"]
    if note_search:
        # deleted from the top, and the rowid given again to a new file
        db.execute("delete from files where id = 'urn:test:file'")
        db.execute("delete from files where id = ?", [KLAERWERK_FILE])
        store.save_items(db, [dict(added, id="urn:test:other", paper=fx.BRAUNSCHWEIG_PAPER,
                                       text="Rechenanlage Abnahmeprotokoll")])
        update()
        assert files("Rechenanlage") == ["urn:test:other"]
        assert refs("Rechenwartung") == [] and files("Rechenwartung") == []
        assert refs("Abnahmeprotokoll") == ["None"]
        assert refs("Klärwerk") == ["2013/0004"]  # 1/2 lost the file of that text


def test_the_indexes_follow_only_when_brought_up_to_date_and_a_failure_loses_nothing(tmp_path):
    db = fx.build(tmp_path / "ris.db")
    assert db.execute("select * from search_status").fetchone() == (0, 0)
    before = index_terms(db.conn)
    paper = dict(db["papers"].get(KLAERWERK_PAPER), type="Paper", name="Abwasserreinigung Neureut")
    store.save_items(db, [paper, {"type": "Paper", "id": "urn:test:paper", "name": "Neureut"}])
    assert index_terms(db.conn) == before
    assert db.execute("select * from search_status").fetchone() == (2, 0)
    # a failure while the indexes are brought up to date leaves indexes and notes as they were
    db.execute("create temp trigger fail before delete on search_pending "
               "begin select raise(abort, 'disk full'); end")
    with pytest.raises(sqlite3.IntegrityError, match="disk full"):
        store.update_search(db)
    assert index_terms(db.conn) == before
    assert store.search_pending(db) == {"papers": 2, "files": 0}
    db.execute("drop trigger temp.fail")
    assert store.update_search(db) == {"papers": 2, "files": 0}
    assert search_as_rebuilt(db)
    assert store.update_search(db) == {"papers": 0, "files": 0}  # a second run does nothing
    assert db.execute("select * from search_status").fetchone() == (0, 0)


def test_search_keeps_umlauts_and_finds_words_of_every_file(fixture_db):
    def papers(q):
        return sorted(str(r[0]) for r in fixture_db.execute(
            "select p.reference from papers_fts join papers p on p.rowid = papers_fts.rowid "
            "where papers_fts match ?", [q]))
    assert papers("Klärwerk") == ["2013/0004"]         # title "Klärwerk Karlsruhe, ..."
    assert papers("Klarwerk") == []                    # another word (crawler/search.py adds "Klaerwerk")
    assert papers("Rechenanlage") == ["2013/0004"]     # in the file's text
    assert papers('"Haushaltsmittel"') == ["2013/0004", "2014/0254", "None"]  # Braunschweig has no number
    assert papers("Bonus*") == ["2014/0254"]


def test_views_join_amounts_to_paper_body_committee_and_links(fixture_db):
    row = fixture_db.execute(
        "select municipality, reference, committee, paper_type, date, year, pdf_url, label, role "
        "from amount_facts where amount_text = '224.000 Euro'").fetchone()
    # paper_33695.json: Beschlussvorlage 2014/0254 of 2014-11-04, consultation of the
    # Gemeinderat; the file's accessUrl
    assert row == ("Stadt Karlsruhe", "2014/0254", "Gemeinderat", "Beschlussvorlage", "2014-11-04",
                   "2014", "https://web1.karlsruhe.de/oparl/bodies/0001/downloadfiles/a/00149948.pdf",
                   "jährliche Aufwendungen für das Bonusprogramm", "cost")
    # records.json: 2013/0004 names three costs and three budget lines, 2014/0254
    # one budget line, one cost and one grant; roles are counted and summed apart
    per_year = fixture_db.execute("select municipality, year, role, facts, total_eur from amounts_per_year "
                                  "order by municipality, year, role").fetchall()
    assert per_year == [("Stadt Karlsruhe", "2013", "budget", 3, 5900000.0),
                        ("Stadt Karlsruhe", "2013", "cost", 3, 18989423.0),
                        ("Stadt Karlsruhe", "2014", "budget", 1, 250000.0),
                        ("Stadt Karlsruhe", "2014", "cost", 1, 224000.0),
                        ("Stadt Karlsruhe", "2014", "grant", 1, 640000.0)]
    # the funding table: grants and own shares only
    assert fixture_db.execute("select municipality, value_text, funder, paper_url from funding").fetchall() == [
        ("Stadt Karlsruhe", "640000.00", "Kommune", f"{fx.KARLSRUHE}/papers/vo/33695")]


def test_dangling_foreign_keys_are_counted(fixture_db):
    # the recorded consultations name meetings and agenda items that were not recorded
    assert store.foreign_key_problems(fixture_db) == {"consultations": 6}


@pytest.mark.parametrize("name, amount, expected", [
    # prose over two lines, "i. H. v." inside, hyphenation at the line end
    (KLAERWERK, "1.200.000 €", "Für die Auszahlungsbeträge im HJ 2015 wird die Verpflichtungsermächtigung "
                               "i. H. v. 1.200.000 € in Anspruch genommen."),
    # a cost table: the line only
    (KLAERWERK, "367.000 €", "- Ingenieurleistungen 367.000 €"),
    # a sentence starting inside a line, "Sanierungsmaßnah-/men" joined
    ("karlsruhe/2014-0254_149948.txt", "640.000 €",
     "Das Fördervolumen betrug in diesem Zeitraum rund 640.000 €, das Anreiz für energetische "
     "Sanierungsmaßnahmen in einem Umfang von über 9 Millionen Euro war."),
])
def test_snippet_is_the_sentence_or_table_line(name, amount, expected):
    text = fx.text_of(name)
    start = text.index(amount)
    assert store.snippet_around(text, start, start + len(amount)) == expected


def test_snippet_of_a_long_run_without_sentences_is_cut_around_the_amount():
    text = fx.text_of(KLAERWERK).replace(".", "").replace("\n", " ")
    start = text.index("3.800.000 €".replace(".", ""))
    snippet = store.snippet_around(text, start, start + 9)
    assert "3800000 €" in snippet and len(snippet) <= store.SNIPPET_MAX + 4


def test_title_index_follows_the_papers(tmp_path):
    db = fx.build(tmp_path / "ris.db")

    def in_titles(q):
        return sorted(str(r[0]) for r in db.execute(
            "select p.reference from papers_titles_fts t join papers p on p.rowid = t.rowid "
            "where papers_titles_fts match ?", [q]))
    assert in_titles("Klärwerk") == ["2013/0004"]
    assert in_titles("Rechenanlage") == []  # only in the file's text
    db.execute("update papers set name = 'Rechenanlage des Klärwerks' where id = ?", [KLAERWERK_PAPER])
    store.update_search(db)
    assert in_titles("Rechenanlage") == ["2013/0004"]
    db.execute("delete from papers where id = ?", [KLAERWERK_PAPER])
    store.update_search(db)
    assert in_titles("Rechenanlage") == [] and in_titles("Karlsruhe") == ["2015/0603"]


def test_reopening_keeps_the_schema_and_a_changed_index_is_rebuilt(tmp_path, monkeypatch):
    path = str(tmp_path / "ris.db")
    fx.build(path).close()
    version = sqlite_utils.Database(path).execute("pragma schema_version").fetchone()[0]
    store.open_db(path).close()  # nothing dropped and created again
    assert sqlite_utils.Database(path).execute("pragma schema_version").fetchone()[0] == version
    # a database made before the title index and the prefix indexes
    db = sqlite_utils.Database(path)
    db.execute("drop table papers_titles_fts")
    db.execute("drop table papers_fts")
    db.execute(store.SEARCH_TABLES["papers_fts"].replace(f", prefix='{store.FTS_PREFIX}'", ""))
    db.execute("pragma user_version = 0")  # shaped by another version of store.py
    db.close()
    db = store.open_db(path)
    assert store._is_declared(store._sql_of(db, "table", "papers_fts"), store.SEARCH_TABLES["papers_fts"])
    hits = db.execute("select count(*) from papers_fts where papers_fts match 'Rechenanlage'").fetchone()[0]
    titles = db.execute("select count(*) from papers_titles_fts where papers_titles_fts match 'Klärwerk'").fetchone()[0]
    assert (hits, titles) == (1, 1)


def test_a_database_whose_triggers_indexed_in_place_keeps_its_indexes(tmp_path):
    """A database made when triggers kept the indexes current at every
    write: its triggers go, its indexes count as current, and the next
    update indexes only what changed after."""
    path = str(tmp_path / "ris.db")
    fx.build(path).close()
    old = sqlite_utils.Database(path)
    old.execute("drop table search_pending")
    old.execute("drop table search_state")
    old.execute("drop view search_status")
    old.execute("create trigger papers_fts_ai after insert on papers begin "
                "insert into papers_titles_fts(rowid, name, reference) values (new.rowid, new.name, new.reference); end")
    old.execute("pragma user_version = 0")  # shaped by another version of store.py
    old.close()
    db = store.open_db(path)
    assert db.execute("select count(*) from sqlite_master where type = 'trigger'").fetchone()[0] == 0
    assert store.search_pending(db) == {"papers": 0, "files": 0}
    assert search_as_rebuilt(db)
    store.save_items(db, [{"type": "Paper", "id": "urn:test:paper", "name": "Rechenanlage"}])
    assert store.update_search(db) == {"papers": 1, "files": 0}
    assert search_as_rebuilt(db)


def test_summary_tables_are_stored_anew_when_asked(tmp_path):
    db = fx.build(tmp_path / "ris.db")
    assert not store.summaries_stale(db)
    assert db.execute("select count(*) from amount_facts").fetchone()[0] == 10  # records.json: 6 + 3 + 1 amounts
    # a new grant of the Bonusprogramm paper is not in the stored table until a refresh
    db["amounts"].insert({"id": "x#amount-new", "file": fx.KARLSRUHE_TEXTS["karlsruhe/2014-0254_149948.txt"][1],
                          "paper": f"{fx.KARLSRUHE}/papers/vo/33695", "value": 1.0, "value_text": "1.00",
                          "currency": "EUR", "text": "1 Euro", "role": "grant"})
    assert store.summaries_stale(db)
    assert db.execute("select count(*) from funding where id = 'x#amount-new'").fetchone()[0] == 0
    assert store.refresh_summaries(db)["funding"] == 2
    assert db.execute("select reference, committee from funding where id = 'x#amount-new'").fetchone() == (
        "2014/0254", "Gemeinderat")
    assert not store.summaries_stale(db)


def test_a_database_with_views_gets_the_summary_tables(tmp_path):
    path = str(tmp_path / "ris.db")
    fx.build(path).close()
    db = sqlite_utils.Database(path)
    # as made before: funding a view over the tables
    db.execute("drop table funding")
    db.execute(f"create view funding as {store.SUMMARIES['funding'][0]}")
    db.execute("delete from summary_tables where name = 'funding'")
    db.execute("pragma user_version = 0")  # shaped by another version of store.py
    db.close()
    db = store.open_db(path)
    assert "funding" in db.table_names() and "funding" not in db.view_names()
    assert db.execute("select count(*) from funding").fetchone()[0] == 1
    indexed = {tuple(i.columns) for i in db["funding"].indexes}
    assert {("municipality",), ("committee",), ("year",), ("value",), ("programme",)} <= indexed


def test_open_db_checks_the_shape_once_per_version_of_the_schema_module(tmp_path):
    path = str(tmp_path / "ris.db")
    store.open_db(path).close()
    db = sqlite_utils.Database(path)
    assert db.execute("pragma user_version").fetchone()[0] == store.SCHEMA_STAMP
    db.execute("drop index idx_papers_reference")
    db.close()
    store.open_db(path).close()  # same version: no check, the index stays missing
    assert ["reference"] not in [i.columns for i in sqlite_utils.Database(path)["papers"].indexes]
    sqlite_utils.Database(path).execute("pragma user_version = 1")
    store.open_db(path).close()  # another version: the full check makes it again
    assert ["reference"] in [i.columns for i in sqlite_utils.Database(path)["papers"].indexes]


# --- resolutions taken from the portal's consultation results

MS_PAPER = "https://www.stadt-muenster.de/sessionnet/sessionnetbi/vo0050.php?__kvonr=2004033462"


def _held(db):
    """A-R/0051/2011 of Münster: the Rat's "mehrheitlich beschlossen" of
    13.07.2011 (tests/fixtures/sessionnet/muenster)."""
    store.save_item(db, {"type": "Paper", "id": MS_PAPER, "reference": "A-R/0051/2011"})
    store.save_item(db, {"type": "Consultation", "id": MS_PAPER + "#__ksinr=7797", "paper": MS_PAPER,
                         "organization_name": "Rat", "date": "2011-07-13",
                         "result": "mehrheitlich beschlossen", "outcome": "approved"})


def test_portal_result_is_a_resolution_where_the_files_say_none(db):
    _held(db)
    store.fill_consultations(db)
    store.fill_consultations(db)  # twice: still one row
    assert [(r["kind"], r["outcome"], r["source"], r["file"]) for r in db.query(
        "select * from decisions where paper = ?", [MS_PAPER])] == [("resolution", "approved", "portal", None)]


def test_portal_resolution_gives_way_to_the_files(db):
    _held(db)
    store.fill_consultations(db)
    store.save_item(db, {"type": "File", "id": "f1", "paper": MS_PAPER})
    store.save_extraction(db, {"id": "f1", "checksum": "c"}, {
        "decisions": [{"kind": "resolution", "outcome": "amended", "text": "geändert beschlossen"}]})
    store.fill_consultations(db)
    assert [(r["outcome"], r["source"]) for r in db.query(
        "select * from decisions where paper = ?", [MS_PAPER])] == [("amended", None)]


def test_the_store_loads_without_numpy_which_stays_importable():
    # sqlite-utils imports numpy, when installed, at its own import; the
    # store never hands it numpy values, so a crawl does not pay for it
    import subprocess
    import sys

    from tests.conftest import ROOT

    # crawler.export first: a module that names sqlite-utils before the store loads it
    code = ("import importlib.util, sys; import crawler.export, crawler.store; "
            "print('numpy' in sys.modules); "
            "spec = importlib.util.find_spec('numpy'); "
            "print(spec is None or __import__('numpy').zeros(2).sum() == 0)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True"]
