"""The project's Datasette plugin (crawler/datasette_plugin.py) in the app
``ris serve`` runs: the ``.csvde`` download of tables and canned queries,
read back by LibreOffice Calc as a German user opens it, and euro amounts on
the HTML pages. Rows come from the publish fixtures (records.json)."""
from __future__ import annotations

import asyncio
import csv
import io
import os
import shutil
import subprocess

import pytest

from crawler import datasette_plugin, serve
from tests.crawler import publish_fixture as fx
from tests.crawler.test_export import ods_cells


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    path = tmp_path_factory.mktemp("plugin") / "ris.db"
    fx.build(path).close()
    return serve.datasette_app(path)


def get(ds, path):
    response = asyncio.run(ds.client.get(path))
    assert response.status_code == 200, response.text[:500]
    return response


def german_rows(data: bytes) -> list[dict]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(data[3:].decode("utf-8"), newline=""), delimiter=";"))


def test_table_page_offers_csv_de(ds):
    page = get(ds, "/ris/amount_facts").text
    assert 'href="/ris/amount_facts.csvde' in page


def test_csv_de_of_a_table(ds):
    response = get(ds, "/ris/amount_facts.csvde?_size=max")
    assert response.headers["content-type"].startswith("text/csv")
    raw = response.content
    assert raw.split(b"\r\n")[0].startswith(b"\xef\xbb\xbfid;municipality;role;")
    rows = {r["amount_text"]: r for r in german_rows(raw)}
    assert len(rows) == 10
    # "...überplanmäßigen Haushaltsmittel in Höhe von 512.100,00 Euro zugestimmt."
    assert rows["512.100,00 Euro"]["value"] == "512100"
    assert rows["512.100,00 Euro"]["value_text"] == "512100.00"  # text stays as stored
    # the cost table line "- Ingenieurleistungen 367.000 €" would run as a formula
    assert rows["367.000 €"]["snippet"] == "'- Ingenieurleistungen 367.000 €"


def test_csv_de_of_the_funding_table_and_of_a_canned_query(ds):
    funding = german_rows(get(ds, "/ris/funding.csvde").content)
    assert [(r["municipality"], r["role"], r["value"], r["funder"]) for r in funding] == [
        ("Stadt Karlsruhe", "grant", "640000", "Kommune")]
    largest = german_rows(get(ds, "/ris/largest_amounts.csvde?body=braunschweig&year=").content)
    assert [(r["value"], r["currency"], r["role"]) for r in largest] == [("512100", "EUR", "budget")]


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (Debian libreoffice-calc) not installed")
def test_libreoffice_reads_csv_de_numbers_as_numbers(ds, tmp_path):
    out = tmp_path / "largest.csv"
    out.write_bytes(get(ds, "/ris/largest_amounts.csvde?body=&year=").content)
    # the CSV import as a German Calc offers it: ";", '"', UTF-8 (76), line 1, German (1031)
    subprocess.run(["soffice", "--headless", "--norestore",
                    f"-env:UserInstallation=file://{tmp_path}/lo-profile",
                    "--infilter=CSV:59,34,76,1,,1031", "--convert-to", "ods",
                    "--outdir", str(tmp_path), str(out)],
                   check=True, capture_output=True, timeout=120, env={**os.environ, "HOME": str(tmp_path)})
    rows = ods_cells(tmp_path / "largest.ods")
    header = [v for _, v in rows[0]]
    value_col, label_col, date_col = (header.index(c) for c in ("value", "label", "date"))
    cells = {r[label_col][1]: r for r in rows[1:] if len(r) > label_col}
    assert cells["Bereitstellung der überplanmäßigen Haushaltsmittel"][value_col] == ("float", "512100")
    bonus = cells["Fördervolumen in diesem Zeitraum"]
    assert bonus[value_col] == ("float", "640000")
    assert bonus[date_col] == ("date", "2014-11-04")


def test_euro_amounts_on_html_pages(ds):
    page = get(ds, "/ris/amount_facts?amount_text=2.972.423+%E2%82%AC").text
    assert "2.972.423,00 €" in page
    assert ">2972423.0<" not in page
    page = get(ds, "/ris/largest_amounts?body=braunschweig&year=").text
    assert "512.100,00 €" in page
    page = get(ds, "/ris/amounts_per_year").text
    assert "18.989.423,00 €" in page  # the costs of 2013/0004, summed
    # JSON keeps the numbers
    data = get(ds, "/ris/largest_amounts.json?body=braunschweig&year=&_shape=array").json()
    assert data[0]["value"] == 512100.0


@pytest.mark.parametrize("value, currency, text", [
    (29997.3, "EUR", "29.997,30 €"),
    (322089.47000000003, "EUR", "322.089,47 €"),
    (1794919.2, "EUR", "1.794.919,20 €"),
    (-926187412, "EUR", "−926.187.412,00 €"),
    (1200000.0, "DEM", "1.200.000,00 DEM"),
])
def test_euro_text(value, currency, text):
    assert datasette_plugin.euro_text(value, currency) == text


@pytest.mark.parametrize("value, cell", [
    (322089.47000000003, "322089,47"), (1794919.2, "1794919,2"), (0.0, "0"), (17, "17"),
    (2.5e12, "2500000000000"), (None, ""), ("=SUMME(A1)", "'=SUMME(A1)"), ("2014-11-04", "2014-11-04"),
])
def test_german_cell(value, cell):
    assert datasette_plugin.german_cell(value) == cell
