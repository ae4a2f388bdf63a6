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
    "sessionnet_php_vorlage": "sessionnet/muenster/vo0050_kvonr-2004038079.html",
    "sessionnet_php_antrag": "sessionnet/muenster/vo0050_kvonr-2004038047.html",
    "sessionnet_php_bericht": "sessionnet/muenster/vo0050_kvonr-2004038067.html",
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


# SessionNet's old PHP layout (Stadt Münster, sessionnetbi, 2014): a label table
# "Name: | Art: | Datum: | Betreff:" and a "Beratung | Gremium | TOP | Zuständig |
# Beschluss | Abstimmung | Dokumente" table whose rows each hold a documents box.

def test_sessionnet_php_number_is_the_number_shaped_header_field(records):
    # "Name: V/0939/2014"; "Name: A-O/0022/2014"
    assert records["sessionnet_php_vorlage"]["reference"] == "V/0939/2014"
    assert records["sessionnet_php_antrag"]["reference"] == "A-O/0022/2014"
    assert "V/0939/2014" not in records["sessionnet_php_vorlage"]["cited_references"]


def test_type_field_in_the_plural_or_naming_the_addressee(records):
    # "Art: Vorlagen"; "Art: Antrag an die BV Ost" (the page also lists a
    # "Niederschrift öffentlich mit 708 KB" link, which is no type of its own)
    assert records["sessionnet_php_vorlage"]["paper_type"] == "Vorlage"
    assert records["sessionnet_php_antrag"]["paper_type"] == "Antrag"


def test_body_from_the_portal_name(records):
    # Münster: "Homepage Ratsinformationssystem Münster" in the page head;
    # Koblenz: only the <title> "SessionNet | Bürgerinformationssystem der Stadt Koblenz - ..."
    assert records["sessionnet_php_vorlage"]["body"] == "Münster"
    assert records["sessionnet_vo0050"]["body"] == "Koblenz"


def test_beratungsfolge_rows_with_a_documents_box_and_their_results(records):
    # 03.12.2014 Ausschuss für Schule und Weiterbildung, TOP 1, Vorberatung, "mehrheitlich beschlossen";
    # 03.12.2014 Haupt- und Finanzausschuss, Vorberatung (no result);
    # 04.12.2014 Bezirksvertretung Münster-West, TOP 6.2, Anhörung, "ohne Beschlussfassung geschoben";
    # Weitere Beratungsfolge: 10.12.2014 Rat, Entscheidung
    r = records["sessionnet_php_vorlage"]
    rows = [(c["committee"], c["date"], c["agenda_item"]) for c in r["consultations"]]
    assert rows == [("Ausschuss für Schule und Weiterbildung", "2014-12-03", "1"),
                    ("Haupt- und Finanzausschuss", "2014-12-03", None),
                    ("Bezirksvertretung Münster-West", "2014-12-04", "6.2"),
                    ("Rat", "2014-12-10", None)]
    assert [(d["kind"], d["outcome"]) for d in r["decisions"]] == [
        ("resolution", "approved"), ("resolution", "postponed")]


def test_a_link_to_attached_minutes_does_not_make_the_page_minutes(records):
    # "Niederschrift öffentlich mit 708 KB" below the Beratungsfolge row
    r = records["sessionnet_php_antrag"]
    assert [(c["committee"], c["date"]) for c in r["consultations"]] == [
        ("Bezirksvertretung Münster-Ost", "2014-11-13")]
    assert [(d["outcome"], d["votes"]) for d in r["decisions"]] == [("approved", {"unanimous": True})]


def test_filled_in_note_on_the_last_row_is_a_resolution(records):
    # 02.12.2014 Bezirksvertretung Münster-Mitte, TOP 3.1, Bericht, "zur Kenntnis genommen"
    r = records["sessionnet_php_bericht"]
    assert [(d["kind"], d["outcome"]) for d in r["decisions"]] == [("resolution", "noted")]


def test_list_page_fields_give_no_letter_date_and_keep_the_listed_numbers():
    # RIS München list of motions: "... Übernachtungsschutz fü... (20-26 / A 00974)" /
    # "Gestellt am:<TAB>27.01.2021": a field of a listed motion, not the page's date; the numbers
    # in parentheses after "Referat für Gesundheit" are papers, not meeting numbers
    r = extract_file(FIXTURES / "muenchen" / "StadtratsvorlageParser_Antragsliste1.html")
    assert r["date"] is None
    assert r["cited_references"] == ["20-26/A 00974", "20-26/A 00973"]
