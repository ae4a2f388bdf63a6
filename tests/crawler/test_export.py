"""``ris export amounts``: German spreadsheet CSV and RFC 4180 CSV, read back
by the csv module and by LibreOffice Calc (headless) as a German user would."""
from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import zipfile
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner

from crawler import export
from crawler.cli import cli
from tests.crawler import publish_fixture as fx


@pytest.fixture(scope="module")
def db_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "ris.db"
    fx.build(path).close()
    return path


def run_export(db_file, *args):
    result = CliRunner().invoke(cli, ["export", "amounts", "--db", str(db_file), *args])
    assert result.exit_code == 0, result.output
    return result


def german_rows(path):
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data[3:].decode("utf-8")
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))


def test_german_csv_has_bom_semicolons_decimal_comma_and_iso_dates(db_file, tmp_path):
    out = tmp_path / "amounts.csv"
    run_export(db_file, "-o", str(out))
    raw = out.read_bytes()
    assert raw.split(b"\r\n")[0] == b"\xef\xbb\xbf" + ";".join(export.COLUMNS).encode()
    rows = german_rows(out)
    assert len(rows) == 10
    # by municipality, then date and number: Braunschweig's protocol (no date), then Karlsruhe 2013, 2014
    assert [(r["municipality"], r["date"], r["reference"]) for r in rows] == \
        [("Stadt Braunschweig", "", "")] + [("Stadt Karlsruhe", "2013-09-03", "2013/0004")] * 6 + \
        [("Stadt Karlsruhe", "2014-11-04", "2014/0254")] * 3
    by_text = {r["amount_text"]: r for r in rows}
    # "...überplanmäßigen Haushaltsmittel in Höhe von 512.100,00 Euro zugestimmt."
    assert by_text["512.100,00 Euro"]["value"] == "512100,00"
    # "abschließend mit: 2.972.423 €." in Beschlussvorlage 2013/0004 of 2013-09-03
    klaerwerk = by_text["2.972.423 €"]
    assert (klaerwerk["value"], klaerwerk["date"], klaerwerk["reference"]) == ("2972423,00", "2013-09-03", "2013/0004")
    assert klaerwerk["pdf_url"] == "https://web1.karlsruhe.de/oparl/bodies/0001/downloadfiles/a/00143268.pdf"


def test_text_a_spreadsheet_would_run_as_a_formula_is_quoted(db_file, tmp_path):
    out = tmp_path / "amounts.csv"
    run_export(db_file, "-o", str(out))
    rows = {r["amount_text"]: r for r in german_rows(out)}
    # the cost table line "- Ingenieurleistungen  367.000 €" starts with a minus sign
    assert rows["367.000 €"]["snippet"] == "'- Ingenieurleistungen 367.000 €"


@pytest.mark.parametrize("args, references", [
    (["--search", "Bonusprogramm"], {"2014/0254"}),
    (["--body", "braunschweig"], {""}),
    (["--from", "2014-01-01", "--to", "2014-12-31"], {"2014/0254"}),
    (["--search", "Haushaltsmittel", "--to", "2013-12-31"], {"2013/0004"}),
])
def test_filters(db_file, tmp_path, args, references):
    out = tmp_path / "amounts.csv"
    run_export(db_file, "-o", str(out), *args)
    assert {r["reference"] for r in german_rows(out)} == references


def test_rfc4180_csv(db_file, tmp_path):
    out = tmp_path / "amounts.csv"
    run_export(db_file, "-o", str(out), "--rfc4180")
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))
    by_text = {r["amount_text"]: r for r in rows}
    assert by_text["512.100,00 Euro"]["value"] == "512100.00"
    assert by_text["367.000 €"]["snippet"] == "- Ingenieurleistungen 367.000 €"
    # a cell holding the separator is quoted
    assert '"Klärwerk Karlsruhe, Sanierung der mechandischen Reinigungsstufe, BA 2"'.encode() in raw


@pytest.mark.parametrize("term, references", [
    # an unclosed quote: the phrase "Haushalt" ("im städtischen Haushalt" in both Karlsruhe papers)
    ('"Haushalt', {"2013/0004", "2014/0254"}),
    ('"Haushaltsmittel', {"2013/0004", "2014/0254", ""}),
    ("E-Mobilität", set()),
    # "4. SAP-Umstellung auf S/4HANA" in the Braunschweig protocol (no paper number)
    ("SAP-Umstellung", {""}),
    ("EU-weit", {"2013/0004"}),  # "offenes Verfahren, EU-weit" in the Klärwerk paper
    ("Bonusprogramm,", {"2014/0254"}),
    (",", {"2013/0004", "2014/0254", ""}),  # no words: every amount (2015/0603 names none)
])
def test_any_search_term_is_a_search(db_file, tmp_path, term, references):
    out = tmp_path / "amounts.csv"
    run_export(db_file, "-o", str(out), "--search", term)
    assert {r["reference"] for r in german_rows(out)} == references


ODS = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
       "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
       "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}


def ods_cells(path) -> list[list[tuple[str | None, str | None]]]:
    """Rows of (value type, value) from the first sheet of an ODS file."""
    with zipfile.ZipFile(path) as z:
        root = ElementTree.fromstring(z.read("content.xml"))
    t, o = "{%s}" % ODS["table"], "{%s}" % ODS["office"]
    rows = []
    for row in root.iter(t + "table-row"):
        cells = []
        for cell in row.findall(t + "table-cell"):
            kind = cell.get(o + "value-type")
            value = cell.get(o + "value") or cell.get(o + "date-value")
            if kind == "string":
                value = "".join(cell.itertext())
            cells += [(kind, value)] * int(cell.get(t + "number-columns-repeated", "1"))
        rows.append(cells)
    return rows


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (Debian libreoffice-calc) not installed")
def test_libreoffice_reads_the_amounts_as_numbers(db_file, tmp_path):
    out = tmp_path / "amounts.csv"
    run_export(db_file, "-o", str(out))
    # The CSV import as a German Calc offers it: separator ";", quote '"',
    # UTF-8 (76), from line 1, language German (1031).
    subprocess.run(["soffice", "--headless", "--norestore",
                    f"-env:UserInstallation=file://{tmp_path}/lo-profile",
                    "--infilter=CSV:59,34,76,1,,1031", "--convert-to", "ods",
                    "--outdir", str(tmp_path), str(out)],
                   check=True, capture_output=True, timeout=120, env={**os.environ, "HOME": str(tmp_path)})
    rows = ods_cells(tmp_path / "amounts.ods")
    header = [v for _, v in rows[0]]
    value_col, label_col, date_col = (header.index(c) for c in ("value", "label", "date"))
    cells = {r[label_col][1]: r for r in rows[1:] if len(r) > label_col}
    assert cells["Bereitstellung der überplanmäßigen Haushaltsmittel"][value_col] == ("float", "512100")
    assert cells["jährliche Aufwendungen für das Bonusprogramm"][value_col] == ("float", "224000")
    klaerwerk = cells["Vergabe der Arbeiten für die maschinentechnischen Einrichtungen der Rechenanlage"]
    assert klaerwerk[value_col] == ("float", "2972423")
    assert klaerwerk[date_col] == ("date", "2013-09-03")
