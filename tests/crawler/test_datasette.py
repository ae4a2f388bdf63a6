"""The published database through Datasette, configured as ``ris serve``
runs it: canned queries, metadata, facets, CSV, feeds, charts, read-only.

Expected rows are the values the fixture documents state (see
tests/fixtures/publish/records.json and the recorded OParl papers)."""
from __future__ import annotations

import asyncio
import html
import json
import re
import urllib.parse
from xml.etree import ElementTree

import pytest
import sqlite_utils
from datasette.utils import tilde_encode

from crawler import serve, store
from tests.crawler import publish_fixture as fx

KLAERWERK_PDF = "https://web1.karlsruhe.de/oparl/bodies/0001/downloadfiles/a/00143268.pdf"
BONUS_PDF = "https://web1.karlsruhe.de/oparl/bodies/0001/downloadfiles/a/00149948.pdf"


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    path = tmp_path_factory.mktemp("datasette") / "ris.db"
    fx.build(path).close()
    return serve.datasette_app(path)


def get(ds, path):
    return asyncio.run(ds.client.get(path))


def rows(ds, path):
    response = get(ds, path + ("&" if "?" in path else "?") + "_shape=array")
    assert response.status_code == 200, response.text
    return response.json()


def metadata():
    return json.loads(serve.METADATA_FILE.read_text(encoding="utf-8"))


# Every canned query with parameters and the rows expected from the fixtures.
CANNED = {
    "search_papers": [
        ("q=Rechenanlage", lambda rs: [r["reference"] for r in rs] == ["2013/0004"]),
        # the Braunschweig protocol (no number) and two Karlsruhe papers name Haushaltsmittel
        ("q=Haushaltsmittel", lambda rs: sorted(str(r["reference"]) for r in rs) == ["2013/0004", "2014/0254", "None"]),
        # prefix search reaches into compounds: "Bonusprogramm", "Bonusprogramms"
        ("q=Bonus*", lambda rs: [(r["reference"], r["body"]) for r in rs] == [("2014/0254", "Stadt Karlsruhe")]),
        # "Karlsruhe" is in the titles of 2015/0603 and 2013/0004, only in the text of
        # 2014/0254: title matches first, the most recently stored first
        ("q=Karlsruhe", lambda rs: [(r["reference"], r["matched_in"]) for r in rs] == [
            ("2015/0603", "title"), ("2013/0004", "title"), ("2014/0254", "text")]),
        ("q=Gemeinderat", lambda rs: [r["matched_in"] for r in rs] == ["text"] * 3
         and all("»Gemeinderat«" in r["snippet"] for r in rs)),
        # terms with punctuation: "4. SAP-Umstellung auf S/4HANA" (Braunschweig protocol),
        # "offenes Verfahren, EU-weit" (2013/0004); nothing says E-Mobilität or Radweg
        ("q=SAP-Umstellung", lambda rs: [(r["reference"], r["body"]) for r in rs] == [(None, "Stadt Braunschweig")]),
        ("q=S%2F4HANA", lambda rs: [r["reference"] for r in rs] == [None]),
        ("q=EU-weit", lambda rs: [r["reference"] for r in rs] == ["2013/0004"]),
        ("q=E-Mobilit%C3%A4t", lambda rs: rs == []),
        ("q=Radweg%2C", lambda rs: rs == []),
        ("q=Bonusprogramm%2C+%28Karlsruhe", lambda rs: [r["reference"] for r in rs] == ["2014/0254"]),
        # German spelling: 2014/0254 says "Förderung" six times, no paper says "Forderung"
        ("q=F%C3%B6rderung", lambda rs: [r["reference"] for r in rs] == ["2014/0254"]),
        ("q=Forderung", lambda rs: rs == []),
        ("q=Foerderung", lambda rs: [r["reference"] for r in rs] == ["2014/0254"]),
        ("q=Sanierungsmassnahmen", lambda rs: [r["reference"] for r in rs] == ["2014/0254"]),
        # no term: every paper, the one stored last first
        ("q=", lambda rs: [r["reference"] for r in rs] == [None, "2014/0254", "2015/0603", "2013/0004"]),
        ("q=%2C+-", lambda rs: len(rs) == 4 and {r["matched_in"] for r in rs} == {None}),
    ],
    "latest_papers": [
        ("q=Gemeinderat", lambda rs: {r["atom_title"] for r in rs} == {
            "2013/0004: Klärwerk Karlsruhe, Sanierung der mechandischen Reinigungsstufe, BA 2",
            "2015/0603: Gluten- und laktosefreie Mahlzeiten in Kitas, Schülerhorten und Schulen in Karlsruhe",
            "2014/0254: Weiterentwicklung Bonusprogramm Energetische Sanierung im Privatbereich"}),
        ("q=EU-weit", lambda rs: [r["atom_title"] for r in rs] == [
            "2013/0004: Klärwerk Karlsruhe, Sanierung der mechandischen Reinigungsstufe, BA 2"]),
        ("q=", lambda rs: len(rs) == 4 and rs[1]["atom_title"].startswith("2014/0254: ")),
    ],
    "amounts_by_search": [
        ("q=Bonusprogramm&body=&year=", lambda rs: [(r["value"], r["pdf_url"]) for r in rs] == [
            (640000.0, BONUS_PDF), (250000.0, BONUS_PDF), (224000.0, BONUS_PDF)]),
        ("q=Haushaltsmittel&body=braunschweig&year=", lambda rs: [(r["municipality"], r["value"], r["label"], r["role"])
                                                                   for r in rs] == [
            ("Stadt Braunschweig", 512100.0, "Bereitstellung der überplanmäßigen Haushaltsmittel", "budget")]),
        ("q=Haushaltsmittel&body=&year=2013", lambda rs: len(rs) == 6 and {r["reference"] for r in rs} == {"2013/0004"}),
        ("q=SAP-Umstellung&body=&year=", lambda rs: [(r["municipality"], r["value"]) for r in rs] == [("Stadt Braunschweig", 512100.0)]),
        ("q=&body=&year=2013", lambda rs: len(rs) == 6 and {r["reference"] for r in rs} == {"2013/0004"}),
    ],
    "programme_papers": [
        # 250.000 € + 640.000 € + 224.000 Euro named in the Bonusprogramm paper
        ("programme=Bonusprogramm", lambda rs: [(r["reference"], r["amounts_eur"]) for r in rs] == [("2014/0254", 1114000.0)]),
        ("programme=Haushaltsmittel", lambda rs: {r["body"] for r in rs} == {"Stadt Karlsruhe", "Stadt Braunschweig"}),
        # "Förderprogramme" in 2014/0254, typed without the umlaut
        ("programme=Foerderprogramme", lambda rs: [r["reference"] for r in rs] == ["2014/0254"]),
        ("programme=", lambda rs: len(rs) == 4),
    ],
    "committee_decisions": [
        ("committee=Gemeinderat&date_from=2014-01-01&date_to=2015-12-31",
         lambda rs: [(r["date"], r["reference"], r["kind"], r["outcome"]) for r in rs] == [
             ("2014-11-04", "2014/0254", "proposal", None), ("2015-10-15", "2015/0603", "resolution", "noted")]),
        ("committee=Gemeinderat&date_from=&date_to=2013-12-31",
         lambda rs: [(r["reference"], r["text"]) for r in rs] == [
             ("2013/0004", "Der Gemeinderat genehmigt nach Vorberatung im Bauausschuss die Vergabe")]),
    ],
    "largest_amounts": [
        ("body=&year=", lambda rs: [r["value"] for r in rs][:3] == [15650000.0, 3800000.0, 2972423.0] and len(rs) == 10),
        ("body=Karlsruhe&year=2014", lambda rs: [(r["value"], r["snippet"]) for r in rs][0] == (
            640000.0, "Das Fördervolumen betrug in diesem Zeitraum rund 640.000 €, das Anreiz für energetische "
                      "Sanierungsmaßnahmen in einem Umfang von über 9 Millionen Euro war.")),
    ],
}


def test_every_canned_query_has_expected_rows():
    assert set(CANNED) == set(metadata()["databases"]["ris"]["queries"])


@pytest.mark.parametrize("name, params, check", [
    (name, params, check) for name, cases in CANNED.items() for params, check in cases])
def test_canned_query(ds, name, params, check):
    result = rows(ds, f"/ris/{name}.json?{params}")
    assert check(result), result


def test_every_amount_row_links_to_paper_or_pdf_and_has_its_snippet(ds):
    for name in ("amounts_by_search", "largest_amounts"):
        params = "q=Haushaltsmittel&body=&year=" if name == "amounts_by_search" else "body=&year="
        for row in rows(ds, f"/ris/{name}.json?{params}"):
            assert row["paper_url"] or row["pdf_url"] or row["reference"] is None
            assert row["snippet"]
    # the links are rendered as links on the HTML page
    page = get(ds, "/ris/largest_amounts?body=Karlsruhe&year=2013").text
    assert f'<a href="{KLAERWERK_PDF}">' in page


def test_document_text_is_escaped_in_html(ds):
    # the snippet "... Apparatebau GmbH & Co. KG, Nellingen ..." holds an ampersand
    page = get(ds, "/ris/amount_facts?amount_text=2.972.423+%E2%82%AC").text
    assert "Apparatebau GmbH &amp; Co. KG" in page
    assert "Apparatebau GmbH & Co. KG" not in page


def test_metadata_describes_every_table_and_column(ds):
    meta = metadata()
    for key in ("title", "description", "source", "license"):
        assert meta[key]
    tables = meta["databases"]["ris"]["tables"]
    # the served file itself, as it is (no shape added by opening it)
    db = sqlite_utils.Database(ds.get_database("ris").path)
    shadow = tuple(f"{name}_" for name in store.SEARCH_TABLES)  # FTS5 keeps its index in these
    names = [t for t in db.table_names() if not t.startswith(shadow)] + db.view_names()
    for name in names:
        assert tables[name]["description"], name
        assert set(db[name].columns_dict) <= set(tables[name]["columns"]), name


def test_configured_facets_and_sort_order(ds):
    data = get(ds, "/ris/papers_overview.json").json()
    facets = data["facet_results"]
    assert set(facets) == {"body", "paper_type", "committee", "year"}
    assert {f["value"]: f["count"] for f in facets["body"]["results"]} == {"Stadt Karlsruhe": 3, "Stadt Braunschweig": 1}
    # the papers table sorts by date, newest first (an indexed column)
    dates = [r["date"] for r in rows(ds, "/ris/papers.json") if r["date"]]
    assert dates == ["2015-10-15", "2014-11-04", "2013-09-03"]


def test_csv_of_a_view_and_of_a_canned_query(ds):
    csv_text = get(ds, "/ris/amount_facts.csv?_size=max").text
    assert len(csv_text.strip().splitlines()) == 1 + 10
    csv_text = get(ds, "/ris/largest_amounts.csv?body=braunschweig&year=").text
    assert csv_text.splitlines()[1].startswith("512100.0,EUR,")


def test_search_feed_is_atom(ds):
    response = get(ds, "/ris/latest_papers.atom?q=Bonusprogramm")
    assert response.status_code == 200
    feed = ElementTree.fromstring(response.content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = feed.findall("a:entry", ns)
    assert [e.findtext("a:title", namespaces=ns) for e in entries] == [
        "2014/0254: Weiterentwicklung Bonusprogramm Energetische Sanierung im Privatbereich"]
    # the paper's "modified" of paper_33695.json
    assert entries[0].findtext("a:updated", namespaces=ns).startswith("20")
    assert entries[0].find("a:content", ns).get("type") == "text"


def test_dashboard_charts_run(ds):
    assert get(ds, "/-/dashboards/overview").status_code == 200
    charts = metadata()["plugins"]["datasette-dashboards"]["overview"]["charts"]
    sql = charts["amounts-per-year"]["query"].replace("[[ and municipality = :body ]]", "")
    result = rows(ds, "/ris.json?sql=" + sql.replace(" ", "+"))
    # 2013/0004: costs 2.972.423 + 15.650.000 + 367.000 €, budget lines 3.800.000 +
    # 900.000 + 1.200.000 €, summed apart
    totals = {(r["role"], r["year"]): r["total_eur"] for r in result}
    assert (totals[("cost", "2013")], totals[("budget", "2013")]) == (18989423.0, 5900000.0)
    sql = charts["papers-per-month"]["query"].replace("[[ and body = :body ]]", "")
    months = {(r["body"], r["month"]): r["papers"] for r in rows(ds, "/ris.json?sql=" + sql.replace(" ", "+"))}
    assert months == {("Stadt Karlsruhe", "2013-09"): 1, ("Stadt Karlsruhe", "2014-11"): 1,
                      ("Stadt Karlsruhe", "2015-10"): 1}


def test_publishing_is_read_only(ds):
    plugins = {p["name"] for p in get(ds, "/-/plugins.json").json()}
    assert plugins <= {"crawler.datasette_plugin", "datasette-atom", "datasette-dashboards", "datasette-leaflet",
                       "datasette-render-markdown", "datasette-vega"}
    for query in metadata()["databases"]["ris"]["queries"].values():
        assert not query.get("write")
    # parameters are values, never SQL
    response = get(ds, "/ris/largest_amounts.json?body=x%27%3B+drop+table+papers%3B+--&year=")
    assert response.status_code == 200 and response.json()["rows"] == []
    response = get(ds, "/ris.json?sql=delete+from+papers")
    assert response.status_code == 400
    # a POST to a read-only canned query is refused (Datasette 0.65 answers 500)
    assert asyncio.run(ds.client.post("/ris/largest_amounts", data={"body": "", "year": ""})).status_code >= 400
    assert len(rows(ds, "/ris/papers.json")) == 4


def test_a_search_without_matches_is_still_a_feed(ds):
    response = get(ds, "/ris/latest_papers.atom?q=Zeppelin")
    assert response.status_code == 200
    feed = ElementTree.fromstring(response.content)
    titles = [e.text for e in feed.iter("{http://www.w3.org/2005/Atom}title")]
    assert titles == ["Newest papers matching a search", "No papers match Zeppelin yet"]


def test_serve_refuses_a_missing_database(tmp_path):
    from click.testing import CliRunner

    from crawler.cli import cli

    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "nope.db")])
    assert result.exit_code != 0 and "nope.db: no such database" in result.output


def test_metadata_follows_a_database_file_of_another_name(tmp_path):
    meta = serve.metadata_for(tmp_path / "koeln.db")
    assert set(meta["databases"]) == {"koeln"}
    charts = meta["plugins"]["datasette-dashboards"]["overview"]["charts"]
    assert {c["db"] for c in charts.values()} == {"koeln"}


@pytest.mark.parametrize("name", ["search_papers", "latest_papers", "amounts_by_search", "programme_papers"])
def test_a_search_query_opened_without_a_term_lists_the_newest(ds, name):
    page = get(ds, f"/ris/{name}")
    assert page.status_code == 200, page.text
    assert "error" not in page.text.lower().replace("extraction_error", "")
    # 2013/0004 has both a title every query shows and amounts
    assert "Klärwerk Karlsruhe" in page.text


@pytest.mark.parametrize("term", ["Kita-Ausbau", "E-Mobilität", "Radweg,", '"Kita', "NOT", "Kita OR", "text:Kita",
                                  "Kita*-", "a AND (b OR c)", "Ausbau^2", "NEAR(Kita Ausbau)"])
def test_any_term_gives_a_page_not_an_error(ds, term):
    for name, extra in [("search_papers", {}), ("latest_papers", {}), ("amounts_by_search", {"body": "", "year": ""})]:
        response = asyncio.run(ds.client.get(f"/ris/{name}.json", params={"q": term, **extra}))
        assert response.status_code == 200, (name, term, response.text)
    response = asyncio.run(ds.client.get("/ris/latest_papers.atom", params={"q": term}))
    assert response.status_code == 200 and response.text.startswith("<?xml")


@pytest.fixture(scope="module")
def ds_with_script_link(tmp_path_factory):
    """The fixture database with one paper's portal link a ``javascript:``
    link, as the München portal writes its links (tests/fixtures/muenchen/,
    ``href="javascript:void(0)"``)."""
    path = tmp_path_factory.mktemp("script-link") / "ris.db"
    db = fx.build(path)
    db.execute("update papers set web = 'javascript:void(0)' where reference = '2014/0254'")
    db.close()
    return serve.datasette_app(path)


def test_feed_and_pages_link_only_to_http_urls(ds_with_script_link):
    ds = ds_with_script_link
    feed = ElementTree.fromstring(get(ds, "/ris/latest_papers.atom?q=Bonusprogramm").content)
    links = [e.get("href") for e in feed.iter("{http://www.w3.org/2005/Atom}link")]
    assert links and not any("javascript" in (link or "") for link in links)
    # the entry links to the paper's OParl object instead
    assert "https://web1.karlsruhe.de/oparl/bodies/0001/papers/vo/33695" in links
    for path in ("/ris/search_papers?q=Bonusprogramm", "/ris/papers", "/ris/papers_overview"):
        page = get(ds, path).text
        assert 'href="javascript' not in page, path


def test_table_page_shows_the_rows_before_the_column_descriptions(ds):
    page = html.unescape(get(ds, "/ris/papers").text)
    rows_at = page.index("Weiterentwicklung Bonusprogramm Energetische Sanierung im Privatbereich")
    described_at = page.index("<dd>The paper's own number (Drucksache, Vorlagen-Nr.)</dd>")
    assert rows_at < described_at
    # folded away until asked for
    assert page.rindex("<details", 0, described_at) > rows_at


def test_database_page_shows_what_each_table_holds(ds):
    page = html.unescape(get(ds, "/ris").text)
    tables = metadata()["databases"]["ris"]["tables"]
    for name in ("papers", "funding", "papers_overview", "bodies"):
        assert tables[name]["description"] in page, name


@pytest.mark.parametrize("table, where, label", [
    ("papers", "reference = '2014/0254'", "Weiterentwicklung Bonusprogramm Energetische Sanierung im Privatbereich"),
    ("bodies", "id = 'https://web1.karlsruhe.de/oparl/bodies/0001'", "Stadt Karlsruhe"),
])
def test_row_page_is_titled_by_its_label(ds, table, where, label):
    assert metadata()["databases"]["ris"]["tables"][table]["label_column"] == "name"
    db = sqlite_utils.Database(ds.get_database("ris").path)
    [row_id] = [r[0] for r in db.execute(f"select id from {table} where {where}").fetchall()]
    page = get(ds, f"/ris/{table}/{tilde_encode(row_id)}").text
    assert re.search(r"<h1[^>]*>\s*" + re.escape(label) + r"\s*</h1>", page), page[:2000]
    assert f"<title>{label} ({table})</title>" in page


def test_every_table_people_open_by_row_has_a_label():
    tables = metadata()["databases"]["ris"]["tables"]
    for name in ("papers", "meetings", "bodies", "organizations", "persons", "files"):
        assert tables[name]["label_column"] == "name", name


def test_index_links_to_the_charts_and_the_german_csv(ds):
    page = get(ds, "/").text
    assert 'href="/-/dashboards/overview"' in page
    assert 'href="/ris/amount_facts.csvde?_size=max"' in page
    # the link works: the German CSV of every amount fact
    csv_de = get(ds, "/ris/amount_facts.csvde?_size=max")
    assert csv_de.status_code == 200 and csv_de.content.startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize("term, references", [
    ("Foerderung", ["2014/0254"]),
    ("Forderung", []),
    ("EU-weit", ["2013/0004"]),
    ("Radweg,", []),
    ("Bonus*", ["2014/0254"]),
])
def test_the_table_search_box_reads_terms_as_the_canned_queries(ds, term, references):
    found = rows(ds, "/ris/papers.json?" + urllib.parse.urlencode({"_search": term}))
    assert [r["reference"] for r in found] == references


def test_search_status_says_how_far_the_search_is_behind(tmp_path):
    """``ris serve`` says so when the search does not find rows as they are
    (written since the last ``ris build``); Datasette shows the view."""
    path = tmp_path / "ris.db"
    db = fx.build(path)
    assert serve.search_behind(path) == ""
    paper = dict(db["papers"].get(f"{fx.KARLSRUHE}/papers/vo/32734"), type="Paper")
    store.save_items(db, [dict(paper, name="Abwasserreinigung Neureut"),
                          {"type": "File", "id": "urn:test:file", "paper": paper["id"]}])
    db.close()
    assert serve.search_behind(path) == "1 paper and 1 file"
    ds = serve.datasette_app(path)
    assert rows(ds, "/ris/search_status.json") == [{"papers_not_indexed": 1, "files_not_indexed": 1}]
    db = store.open_db(str(path))
    store.update_search(db)
    db.close()
    assert serve.search_behind(path) == ""
