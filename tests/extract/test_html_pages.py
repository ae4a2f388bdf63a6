"""Header fields of recorded RIS web pages, one test per page type.

Each expected value was read off the recorded page (quoted in the comment).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.pipeline import extract_file

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PAGES = {
    "allris_to010": "allris/altona_to010.html",
    "allris_to020": "allris/altona_to020.html",
    "allris_vo020": "allris/bergedorf_vo020.html",
    "allris4_vo020": "allris/laatzen_vo020-1000238.html",
    "sessionnet_vo0050": "sessionnet/koblenz_vo0050-43205.php.html",
    "sim_drucksache": "detect/hannover_DS-0728-2026.html",
    "muenchen_antrag": "muenchen/AntragParser_Stadtrat1.html",
    "muenchen_vorlage": "muenchen/StadtratsvorlageParser_Dokument1.html",
    "muenchen_top": "muenchen/CalendarParser_AgendaDecision1.html",
}


@pytest.fixture(scope="module")
def records():
    return {name: extract_file(FIXTURES / path) for name, path in PAGES.items()}


def test_allris_agenda_item_takes_its_subject_from_the_extract_heading(records):
    # <h1>Auszug - Geparkte Kfz auf dem Marktplatz Blankenese<br/>Eingabe vom 19.01.2025;
    # the item links "22-0621 ...", Drucksache-Art "Sitzungsvorlage öffentlich", Datum "Mo, 03.03.2025"
    r = records["allris_to020"]
    assert r["title"] == "Geparkte Kfz auf dem Marktplatz Blankenese Eingabe vom 19.01.2025"
    assert r["reference"] == "22-0621"
    assert r["paper_type"] == "Sitzungsvorlage"
    assert r["body"] == "Altona"  # "Bezirksversammlung Altona"
    assert r["date"] == "2025-03-03"


def test_allris_paper_type_without_its_legal_basis(records):
    # Drucksache - 22-0916; Drucksache-Art: "Auskunftsersuchen nach § 27 BezVG"
    r = records["allris_vo020"]
    assert r["paper_type"] == "Auskunftsersuchen"
    assert r["reference"] == "22-0916"
    assert r["title"].startswith("Unterstützungs-, Schutz- und Distanzierungsangebote für Menschen")
    assert r["body"] == "Bergedorf"


def test_allris4_reference_from_the_page_heading(records):
    # "Antrag - 2026/245", Vorlageart: Antrag; Beratungsfolge: Schulausschuss 29.06.2026 vertagt
    r = records["allris4_vo020"]
    assert r["reference"] == "2026/245"
    assert r["paper_type"] == "Antrag"
    assert r["title"].startswith("Bildungscampus Laatzen - Abschluss des Partizipationsprozeses")
    assert "Schulausschuss" in {c["committee"] for c in r["consultations"]}
    assert any(d["outcome"] == "postponed" for d in r["decisions"])


def test_sessionnet_type_without_the_sort_prefix(records):
    # Art: "02_Unterrichtungsvorlage", Vorlage: UV/0190/2026
    r = records["sessionnet_vo0050"]
    assert r["paper_type"] == "Unterrichtungsvorlage"
    assert r["reference"] == "UV/0190/2026"
    assert r["title"] == ('Bürgerbegehren betreffend "Koblenzer Baumschutzsatzung" - Anhörung der '
                          'das Bürgerbegehren vertretenden Personen')


def test_sim_title_below_the_paper_heading(records):
    # <h2>Drucksache Nr. 0728/2026:<br/>Umstrukturierungen des Betreuungsangebotes der Kita
    # Gethsemane</h2>; the text is headed "Beschlussdrucksache"; Beratungsverlauf of three bodies
    r = records["sim_drucksache"]
    assert r["title"] == "Umstrukturierungen des Betreuungsangebotes der Kita Gethsemane"
    assert r["reference"] == "0728/2026"
    assert r["paper_type"] == "Beschlussdrucksache"
    assert r["body"] == "Hannover"
    assert {"Stadtbezirksrat Vahrenwald-List", "Jugendhilfeausschuss"} <= {
        c["committee"] for c in r["consultations"]}


def test_muenchen_subject_section_is_one_line_and_type_field_is_skipped_when_generic(records):
    # <h2>Betreff</h2> "Bericht über die IAA-Mobility 2021"; Art: "Öffentlicher Vorgang",
    # Typ: "Änderungsantrag"; "StR-Antrag 20-26 / A 02018"
    r = records["muenchen_antrag"]
    assert r["title"] == "Bericht über die IAA-Mobility 2021"
    assert r["paper_type"] == "Änderungsantrag"
    assert r["reference"] == "20-26/A 02018"


def test_allris_agenda_is_named_by_its_meeting_not_a_column_heading(records):
    # Bezeichnung: "Sitzung des Mobilitätsausschusses"; the item table's headings
    # "TOP | Betreff | Drucksache" are no subject; Datum: "Mo, 03.11.2025"
    r = records["allris_to010"]
    assert r["title"] == "Sitzung des Mobilitätsausschusses"
    assert r["date"] == "2025-11-03"
    assert r["body"] == "Altona"


def test_muenchen_agenda_item_subject_below_its_top_heading(records):
    # "TOP 20. (Öffentlich)" then "BayBO Novelle und Online-Zugangsgesetz: Änderungen im
    # Aufgabenspektrum der Lokalbaukommission - Personelle Ausstattung"; "Sitzungsvorlage 20-26 / V 04924"
    r = records["muenchen_top"]
    assert r["title"] == ("BayBO Novelle und Online-Zugangsgesetz: Änderungen im Aufgabenspektrum "
                          "der Lokalbaukommission - Personelle Ausstattung")
    assert r["reference"] == "20-26/V 04924"


def test_muenchen_paper_proposal_stops_at_the_next_part_of_the_page(records):
    # "Entscheidungsvorschlag Der Stadtrat stimmt der Umsetzung des IKT-Vorhabens zu. ...";
    # the page's "Informationen" part ("Freigabe: 10.09.2021", "Typ: Beschlussvorlage VB") follows;
    # the attachment "V 04180 Anlage Stellungnahmen.pdf" names no town
    r = records["muenchen_vorlage"]
    assert r["title"].startswith("Aufbau eines Referats für Klima- und Umweltschutz")
    assert r["reference"] == "20-26/V 04180"
    proposals = [d for d in r["decisions"] if d["kind"] == "proposal"]
    assert proposals and proposals[0]["text"].startswith("Der Stadtrat stimmt der Umsetzung")
    assert "Freigabe" not in proposals[0]["text"] and "Typ:" not in proposals[0]["text"]
    assert r["body"] not in ("Anlage", "Beschlussentwurf")
    assert {"Vollversammlung", "IT-Ausschuss"} <= {c["committee"] for c in r["consultations"]}
