"""Consultations (Beratungsfolge, the meeting of minutes), on snippets of real papers."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.consultations import clean_committee, find_consultations
from extract.decisions import find_decisions
from extract.header import extract_header
from extract.document import Document, read_document
from extract.records import Consultation

from tests.extract.snippets import snippet_doc

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def pairs(name: str, kind: str = "text") -> list[tuple]:
    return [(c.committee, c.date) for c in find_consultations(snippet_doc(name, kind))]


def test_tab_separated_gremium_datum_rows():
    # seeds/000 (Köln Mitteilung): "Gremium\tDatum" / "Jugendhilfeausschuss\t14.03.2017" ...
    assert pairs("seed_000_head.txt")[:3] == [
        ("Jugendhilfeausschuss", "2017-03-14"),
        ("Ausschuss Schule und Weiterbildung", "2017-03-20"),
        ("Stadtentwicklungsausschuss", "2017-03-30"),
    ]
    assert len(pairs("seed_000_head.txt")) == 6


def test_vorlage_fuer_den_table_with_role_and_item():
    # seeds/003 (Gladbeck): "Vorlage für den\tBerichterstatter\tZuständigkeit\tSitzung am\tPunkt"
    (row,) = find_consultations(snippet_doc("seed_003_head.txt"))
    assert row == Consultation("Jugendhilfeausschuss", "2013-11-05", role="Kenntnisnahme",
                               agenda_item="8")


def test_flattened_beratungsfolge_without_dates():
    # seeds/001 (Brühl): "Beratungsfolge Jugendhilfeausschuss Sozialausschuss Finanzielle ..."
    assert pairs("seed_001_content_head.txt") == [("Jugendhilfeausschuss", None),
                                                   ("Sozialausschuss", None)]


def test_committee_name_broken_over_two_lines():
    # Karlsruhe 19545: "Ausschuss für öffentliche" / "Einrichtungen" / "31.01.2008 3   Kenntnisnahme"
    assert pairs("karlsruhe_19545_6544_head.txt") == [
        ("Ausschuss für öffentliche Einrichtungen", "2008-01-31"),
        ("Gemeinderat", "2008-02-19"),
    ]


def test_header_gremium_same_as_row_counted_once():
    # Karlsruhe 2014-0254: "Gremium: 6. Plenarsitzung Gemeinderat" + row "Gemeinderat 16.12.2014 18"
    assert pairs("karlsruhe_2014-0254_149948_head.txt") == [
        ("AUG", "2014-11-26"), ("Hauptausschuss", "2014-12-09"), ("Gemeinderat", "2014-12-16")]


def test_agenda_item_and_role_of_a_row():
    rows = find_consultations(snippet_doc("karlsruhe_24372_2481_head.txt"))
    assert rows[0].committee == "Hauptausschuss"  # "(nur b)" is a note, not the name
    assert rows[0].agenda_item == "4"
    assert rows[0].role == "Vorberatung"


def test_meeting_in_the_heading_of_a_paper():
    # Karlsruhe 16549: "17. Sitzung des Gemeinderates am 25.10.2005" + row Planungsausschuss
    assert pairs("karlsruhe_16549_43749_head.txt") == [
        ("Planungsausschuss", "2005-09-13"), ("Gemeinderat", "2005-10-25")]


def test_minutes_give_their_meeting():
    # Hamburg-Mitte Niederschrift: "Sitzung des Regionalausschusses Billstedt" / "Termin: Dienstag, 18.02.2014"
    assert pairs("hamburg_niederschrift_mitte_head.txt") == [("Regionalausschuss Billstedt", "2014-02-18")]


def test_minutes_of_a_meeting_over_two_days_have_no_date():
    # Karlsruhe 2018-0716: "20. November 2018, 9 Uhr und" / "21. November 2018, 9 Uhr"
    assert pairs("karlsruhe_2018-0716_607198_head.txt") == [("Gemeinderat", None)]


def test_gremienweg_form_with_empty_result_boxes():
    # Koblenz BV/0197/2026: "28.05.2026 Stadtrat einstimmig mehrheitl. ohne BE" ...
    rows = find_consultations(snippet_doc("koblenz_BV-0197-2026_head.txt", "pdf"))
    assert [(r.committee, r.date) for r in rows] == [
        ("Stadtrat", "2026-05-28"),
        ("Haupt- und Finanzausschuss", "2026-05-18"),
        ("Schulträgerausschuss", "2026-04-21"),
        ("Ausschuss für Stadtentwicklung und Mobilität", "2026-04-21"),
    ]
    assert all(r.public is True for r in rows)


def test_past_meeting_named_with_vom_is_not_a_consultation():
    # Erlangen Stellungnahme: "Beschluss des Stadtrates vom 23.04.2020", "Sitzung des Stadtrates vom 24.04.2020"
    assert pairs("erlangen_2020_Stellungnahme_head.txt", "pdf") == []


def test_vorgang_rows_of_minutes_with_distinct_items():
    # Stuttgart Protokoll: "Vorgang: Verwaltungsausschuss vom 13.03.2019, nicht öffentlich, Nr. 82" / "... Nr. 131"
    rows = find_consultations(snippet_doc("stuttgart_gr_2019-03-28_head.txt", "pdf"))
    assert [(r.committee, r.date, r.agenda_item) for r in rows] == [
        ("Gemeinderat", "2019-03-28", None),
        ("Verwaltungsausschuss", "2019-03-13", "82"),
        ("Verwaltungsausschuss", "2019-03-13", "131"),
    ]
    assert rows[1].public is False


def test_notice_of_decisions_names_its_meeting():
    # Koblenz: "Übersicht über die am 21.04.2026 in nichtöffentlicher Sitzung des Ausschusses für ..."
    assert pairs("koblenz_ASM-2026-04-21_Bekanntgabe.txt", "pdf") == [
        ("Ausschuss für Stadtentwicklung und Mobilität", "2026-04-21")]


def test_allris4_table_with_committee_rows_and_meeting_rows():
    # Laatzen ALLRIS 4: row "Schulausschuss | Vorberatung", then meeting rows with dates
    doc = read_document(str(FIXTURES / "allris" / "laatzen_vo020-1000238.html"))
    rows = find_consultations(doc)
    assert ("Schulausschuss", "2026-06-29", "Vorberatung") in [
        (r.committee, r.date, r.role) for r in rows]
    assert ("Ortsrat Laatzen", "2026-08-25") in [(r.committee, r.date) for r in rows]


def test_allris4_committee_row_without_a_meeting_and_the_council_of_the_town():
    # Laatzen ALLRIS 4: "● Erledigt | Verwaltungsausschuss (nicht-öffentlich) | Vorberatung" has no
    # meeting row under it; "● Gestoppt | Rat der Stadt Laatzen | Entscheidung" / "03.09.2026 | Sitzung des
    # Rates der Stadt Laatzen"
    doc = read_document(str(FIXTURES / "allris" / "laatzen_vo020-1000238.html"))
    rows = [(r.committee, r.date) for r in find_consultations(doc)]
    assert ("Verwaltungsausschuss", None) in rows
    assert ("Rat der Stadt Laatzen", "2026-09-03") in rows
    assert clean_committee("Sitzung des Gemeinderates der Stadt Karlsruhe") == "Gemeinderat"


def test_committee_name_ending_in_an_enumeration_over_a_line_break():
    # Dresden: "zur 25. Sitzung des Betriebsausschusses für IT-Dienstleistungen, Stadtentwässerung"
    #          "und Friedhofswesen (ISF/025/2012)" / "am Mittwoch, dem 13. Juni 2012,"
    assert pairs("dresden_ISF-025-2012_einladung_head.txt") == [
        ("Betriebsausschuss für IT-Dienstleistungen, Stadtentwässerung und Friedhofswesen", "2012-06-13")]


def test_beratungsverlauf_rows_with_date_first():
    # Hannover SIM: "04.05.2026: Stadtbezirksrat Vahrenwald-List: Einstimmig"
    doc = read_document(str(FIXTURES / "detect" / "hannover_DS-0728-2026.html"))
    assert [(r.committee, r.date) for r in find_consultations(doc)] == [
        ("Stadtbezirksrat Vahrenwald-List", "2026-05-04"),
        ("Jugendhilfeausschuss", "2026-06-22"),
        ("Verwaltungsausschuss", "2026-08-13"),
    ]


def test_motion_for_the_next_meeting_of_a_body():
    # Köln OCR reference text: "... auf die Tagesordnung der nächsten Sitzung der Bezirksvertretung Lindenthal zu setzen"
    text = ("wir bitten Sie, folgende Anfrage der CDU-Fraktion auf die Tagesordnung der nächsten Sitzung der "
            "Bezirksvertre-\ntung Lindenthal am 30. Januar 2012 zu setzen:")  # koeln_344624.referenz.txt
    doc = Document(source="inline", text=text, kind="text")
    assert [(r.committee, r.date) for r in find_consultations(doc)] == [
        ("Bezirksvertretung Lindenthal", "2012-01-30")]


@pytest.mark.parametrize("raw, name", [
    ("17. Plenarsitzung des Gemeinderates", "Gemeinderat"),
    ("Sitzung des Betriebsausschusses Technische Betriebe", "Betriebsausschuss Technische Betriebe"),
    ("2. Sitzung des Stadtteilbeirates Büchenbach", "Stadtteilbeirat Büchenbach"),
    ("Gemeinderat der Landes-", "Gemeinderat"),
])
def test_clean_committee(raw, name):
    assert clean_committee(raw) == name


def test_session_page_row_with_public_mark_and_role():
    # seeds/002 (SessionNet page): "Kultur- und Schulsenat 1. Gemeinsame Sitzung ... 05.03.2015 ö Beschließend 5kss/1/5/15"
    (row,) = find_consultations(snippet_doc("seed_002_beschluss.txt"))
    assert (row.committee, row.date, row.public, row.role) == (
        "Kultur- und Schulsenat", "2015-03-05", True, "Beschließend")


def test_committee_line_followed_by_its_meeting_line():
    # Erlangen Einladung: "Stadtteilbeirat Büchenbach" / "2. Sitzung  Dienstag, 20.10.2020  18:30 Uhr ..."
    assert pairs("erlangen_2020-10-20_Einladung_head.txt", "pdf") == [
        ("Stadtteilbeirat Büchenbach", "2020-10-20")]


def test_joint_meeting_gives_both_committees():
    # Koblenz Nachtrag: "zur gemeinsamen Sitzung des Ausschusses für Stadtentwicklung und Mobilität und des"
    #                   "Schulträgerausschusses am" / "Dienstag, den 21.04.2026, 15:00 Uhr,"
    assert pairs("koblenz_ASM-2026-04-21_Nachtrag-TOP.txt", "pdf") == [
        ("Ausschuss für Stadtentwicklung und Mobilität", "2026-04-21"),
        ("Schulträgerausschuss", "2026-04-21"),
    ]


def test_results_list_with_the_date_above_the_committee():
    # RIS München: "Ergebnisse" / "29.09.2021" / "Vollversammlung" / "Beschluss.pdf (34 KB)" / "Entscheidung" ...
    doc = read_document(str(FIXTURES / "muenchen" / "StadtratsvorlageParser_Dokument1.html"))
    assert [(r.committee, r.date, r.role) for r in find_consultations(doc)] == [
        ("Vollversammlung", "2021-09-29", "Entscheidung"),
        ("IT-Ausschuss", "2021-09-22", "Entscheidung"),
    ]


def test_meeting_page_with_gremium_and_datum_fields():
    # SessionNet si0057 (Kaiserslautern): "Gremium\tHaupt- und Finanzausschuss" / "Datum\t08.09.2026"
    doc = read_document(str(FIXTURES / "sessionnet" / "kaiserslautern_si0057-2331.html"))
    assert [(r.committee, r.date) for r in find_consultations(doc)] == [
        ("Haupt- und Finanzausschuss", "2026-09-08")]


def test_agenda_page_names_its_meeting_once():
    # ALLRIS to010 (Altona): "Tagesordnung - Sitzung des Mobilitätsausschusses", "Gremium:\tMobilitätsausschuss",
    # "Datum:\tMo, 03.11.2025"
    doc = read_document(str(FIXTURES / "allris" / "altona_to010.html"))
    assert [(r.committee, r.date) for r in find_consultations(doc)] == [
        ("Mobilitätsausschuss", "2025-11-03")]


def test_committee_name_hyphenated_across_table_lines_is_rejoined():
    # corpus/documents/karlsruhe/29901_32107.txt (lines 23-28)
    text = ("Beratungsfolge dieser Vorlage am TOP ö nö Ergebnis \n"
            "Verwaltungsrat des Badi-\nschen KONServatoriums \n15.06.2012 3   vorberaten \n"
            "Hauptausschuss 17.07.2012 5         \nGemeinderat 24.07.2012 8         \n")
    rows = find_consultations(Document(source="snippet", text=text, kind="text"))
    assert [(r.committee, r.date) for r in rows] == [
        ("Verwaltungsrat des Badischen KONServatoriums", "2012-06-15"),
        ("Hauptausschuss", "2012-07-17"), ("Gemeinderat", "2012-07-24")]


def test_hyphen_before_a_conjunction_stays():
    assert clean_committee("Bau- und Umweltausschuss") == "Bau- und Umweltausschuss"


def test_dated_record_fields_of_a_meeting_page_are_no_consultations():
    # tests/fixtures/muenchen/CalendarParser_Data1.html: "Mittwoch, 1. Dezember 2021, 09:30 Uhr",
    # then "Gremium: Ausschuss für Stadtplanung und Bauordnung" ... "Abgeschlossen am: 10.08.2022"
    doc = read_document(str(FIXTURES / "muenchen" / "CalendarParser_Data1.html"))
    assert [(c.committee, c.date) for c in find_consultations(doc)] == [
        ("Ausschuss für Stadtplanung und Bauordnung", "2021-12-01")]


def test_dated_fields_listed_under_ergebnisse_are_no_rows():
    # corpus/other-ris/muenchen-risi/StadtratsantragParser_index.html (text of one list entry)
    text = ("Ergebnisse\nNoch ein Antrag (20-26 / F 00352)\nGestellt am:\t01.10.2021\nTyp:\tAnfrage\n"
            "Bearbeitungsfrist:\t12.11.2021\nÖffentlicher Vorgang\nStatus:\tIn Bearbeitung\n")
    assert find_consultations(Document(source="snippet", text=text, kind="text")) == []


def test_cross_glued_to_the_agenda_item_is_no_part_of_it():
    # corpus/documents/karlsruhe/2017-0455_598080.txt (lines 9-11, spaces lost in extraction)
    text = "Beratungsfolge dieser Vorlage\nGremiumTerminTOPönöErgebnis\nJugendhilfeausschuss05.07.20176x\n"
    (row,) = find_consultations(Document(source="snippet", text=text, kind="text"))
    assert (row.committee, row.date, row.agenda_item) == (
        "Jugendhilfeausschuss", "2017-07-05", "6")


def test_committee_name_ends_at_the_table_cell():
    # corpus/allris/hamburg-bv/misc_si010_e.html (calendar row: time, meeting, room)
    assert clean_committee("Sitzung des Haushaltsausschusses\tGroßer Sitzungssaal") == "Haushaltsausschuss"


def test_beratungsfolge_whose_columns_were_printed_one_after_the_other():
    # Dresden Antrag A0064/09 as text extraction printed its table: the names
    # ("Ältestenrat" / "Dienstberatung der Oberbürgermeisterin" / "Ausschuss für Allgemeine Verwaltung," /
    # "Ordnung und Sicherheit"), then the cells ("21.09.2009 nicht öffentlich" / "13.10.2009 nicht öffentlich" /
    # "nicht öffentlich"), then the roles; two more rows follow the same way after a page break
    assert pairs("dresden_A0064-09_beratungsfolge.txt") == [
        ("Ältestenrat", "2009-09-21"),
        ("Dienstberatung der Oberbürgermeisterin", "2009-10-13"),
        ("Ausschuss für Allgemeine Verwaltung, Ordnung und Sicherheit", None),
        ("Ausschuss für Stadtentwicklung und Bau", None),
        ("Stadtrat", None)]


def test_a_coordinated_name_broken_after_its_hyphen_keeps_the_hyphen():
    # "Bau- und Umweltausschuss" wrapped after "Bau-": the next line starts
    # with "und", so the hyphen is not a broken word (extract.text.HYPHEN_KEPT_BEFORE)
    from extract.consultations import clean_committee
    assert clean_committee("Bau-\nund Umweltausschuss") == "Bau- und Umweltausschuss"
    assert clean_committee("Verwaltungsrat des Badi-\nschen Staatstheaters") == \
        "Verwaltungsrat des Badischen Staatstheaters"


# --- archived pages of municipalities and templates no other fixture holds (tests/fixtures/archived/) ---

def archived_pairs(name: str) -> list[tuple]:
    doc = read_document(str(FIXTURES / "archived" / name))
    return [(c.committee, c.date) for c in find_consultations(doc)]


def test_allris_classic_rows_of_three_lines_same_committee_twice():
    # "Bezirksverordnetenversammlung Lichtenberg von Berlin Entscheidung" / "16.02.2005" /
    # "38. Sitzung in der V. Wahlperiode der ... beschlossen", the same body again on 19.10.2005
    bvv = "Bezirksverordnetenversammlung Lichtenberg von Berlin"
    assert archived_pairs("berlin-lichtenberg_vo020_DS-1246-V.txt") == [
        (bvv, "2005-02-16"), (bvv, "2005-10-19")]


def test_allris_classic_further_meetings_of_one_committee_under_its_name():
    # Steglitz-Zehlendorf: "Ausschuss für Haushalt, Personal und Verwaltungsmodernisierung Empfehlung" printed
    # once over six "date" / "33. öffentliche Sitzung des Ausschusses ... vertagt" pairs, then the BVV's row
    committee = "Ausschuss für Haushalt, Personal und Verwaltungsmodernisierung"
    assert archived_pairs("berlin-steglitz-zehlendorf_vo020_DS-1536-V.txt") == [
        (committee, "2019-08-19"), (committee, "2019-08-20"), (committee, "2019-08-21"),
        (committee, "2019-08-22"), (committee, "2019-08-26"), (committee, "2019-08-28"),
        ("Bezirksverordnetenversammlung Steglitz-Zehlendorf von Berlin", "2019-09-11")]
    # another paper of the same portal: a row without a result prints its meeting on the date's line
    # ("23.05.2007    7. nichtöffentliche Sitzung des Geschäftsordnungsausschusses")
    bvv = "Bezirksverordnetenversammlung Steglitz-Zehlendorf von Berlin"
    assert pairs("berlin-steglitz-zehlendorf_vo020-2333_beratungsfolge.txt") == [
        (bvv, "2007-05-16"), ("Ausschuss für Geschäftsordnung und Bürgerbeteiligung", "2007-05-23"),
        (bvv, "2007-06-20")]


def test_next_label_on_the_committee_line_ends_the_name():
    # ALLRIS to020 (Lübeck): "Gremium: Finanz-, Personal- und Rechnungsprüfungsausschuss Beschlussart: (offen)"
    assert archived_pairs("luebeck_to020_1006718.txt") == [
        ("Finanz-, Personal- und Rechnungsprüfungsausschuss", "2012-11-07")]


def test_minutes_heading_names_the_meeting_not_a_later_one():
    # "Protokoll vom 02.03.2004" / "Gemeindevertretung vom 02.03.2004"; the text later
    # mentions "Wege - Umweltschutz- und Sonderausschuss am 04.03.2004"
    assert archived_pairs("wenningstedt-braderup_gv_protokoll_2004-03-02.txt") == [
        ("Gemeindevertretung", "2004-03-02")]


def test_allris_classic_further_meetings_of_a_body_without_its_committee_line():
    # Steglitz-Zehlendorf vo020: "Ausschuss für Haushalt, ... Verwaltungsmodernisierung Empfehlung" /
    # "19.08.2019" / "33. öffentliche Sitzung des Ausschusses ... vertagt" / "20.08.2019" /
    # "34. öffentliche Sitzung ..." ... then "Bezirksverordnetenversammlung ... Entscheidung" / "11.09.2019"
    doc = read_document(str(FIXTURES / "archived" / "berlin-steglitz-zehlendorf_vo020_DS-1536-V.txt"))
    rows = find_consultations(doc)
    hha = "Ausschuss für Haushalt, Personal und Verwaltungsmodernisierung"
    assert [(r.committee, r.date) for r in rows] == [
        (hha, "2019-08-19"), (hha, "2019-08-20"), (hha, "2019-08-21"), (hha, "2019-08-22"),
        (hha, "2019-08-26"), (hha, "2019-08-28"),
        ("Bezirksverordnetenversammlung Steglitz-Zehlendorf von Berlin", "2019-09-11")]
    assert [r.role for r in rows] == ["Empfehlung"] * 6 + ["Entscheidung"]
    # each meeting's own result: four adjournments, no result on 21. and 28.08., the BVV's resolution
    assert [d.outcome for d in find_decisions(doc) if d.kind == "resolution"] == [
        "postponed"] * 4 + ["approved"]
    # Braunschweig vo020: a meeting without a result printed on its date's line
    # ("Verwaltungsausschuss Vorberatung" / "05.11.2019    Sitzung des Verwaltungsausschusses")
    doc = snippet_doc("braunschweig_vo020_19-11844_beratungsfolge.txt")
    assert [(r.committee, r.date, r.role) for r in find_consultations(doc)] == [
        ("Finanz- und Personalausschuss", "2019-10-30", "Vorberatung"),
        ("Verwaltungsausschuss", "2019-11-05", "Vorberatung"),
        ("Rat der Stadt Braunschweig", "2019-11-12", "Entscheidung")]
    assert [d.text for d in find_decisions(doc)] == [
        "Finanz- und Personalausschuss: beschlossen", "Rat der Stadt Braunschweig: beschlossen"]


def test_heading_of_a_resolution_list_names_its_meeting():
    # Radeburg: "Beschlüsse aus dem Stadtrat vom 15.09.2022" heads the resolutions of that meeting;
    # "Bestätigung des Protokolls der 35. Beratung des Stadtrates" below is an earlier one
    assert archived_pairs("radeburg_str_beschluesse_2022-09-15.txt") == [("Stadtrat", "2022-09-15")]
    # a heading naming a resolution taken earlier is no meeting of the paper:
    # Erlangen "Zum Beschluss des Stadtrates vom 23.04.2020"
    assert pairs("erlangen_2020_Stellungnahme_head.txt", "pdf") == []


def test_form_cells_run_together_after_their_column_labels():
    # Waldkirch Sitzungsvorlage (docplayer text): "Gremium: Sitzung am: TOP-Nr: Status: Verwaltungsausschuss
    # nichtöffentlich vorberatend Gemeinderat öffentlich beschließend Ortschaftsrat Buchholz öffentlich
    # mit der Bitte um Stellungnahme ... Bearbeiter/in: ..."; the dates are lost in the text
    doc = read_document(str(FIXTURES / "archived" / "waldkirch_sitzungsvorlage_GR027-11.txt"))
    rows = find_consultations(doc)
    assert [(r.committee, r.date, r.public) for r in rows] == [
        ("Verwaltungsausschuss", None, False), ("Gemeinderat", None, True),
        ("Ortschaftsrat Buchholz", None, True), ("Ortschaftsrat Kollnau", None, True),
        ("Ortschaftsrat Siensbach", None, True), ("Ortschaftsrat Suggental", None, True)]
    assert [r.role for r in rows[:3]] == ["vorberatend", "beschließend", "mit der Bitte um Stellungnahme"]
    # the form's roles are pre-printed, no results
    assert find_decisions(doc) == []
    # Mecklenburgische Seenplatte Änderungsantrag (docslib text): "Beratungsfolge: Sitzung am:
    # Abstimmungsergebnis: Befangen: Bemerkungen: Für Geg Ent Kreistag 10.12.2018 Beschlussvorschlag:
    # 1. Der Kreistag beschließt ..."; the Kreistag of the proposal's text is no further row
    assert archived_pairs("mecklenburgische-seenplatte_kt_aenderungsantrag_KT-II-29-2018.txt") == [
        ("Kreistag", "2018-12-10")]


def _recorded_texts() -> list[str]:
    """The text of every recorded paper, page and snippet under tests/fixtures."""
    from extract.document import DocumentError

    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt"))]
    for path in sorted(FIXTURES.rglob("*.pdf")) + sorted(FIXTURES.rglob("*.html")):
        try:
            texts.append(read_document(str(path), ocr=False).text)
        except DocumentError:
            continue
    return texts


def test_section_starts_are_the_lines_the_whole_pattern_finds():
    from extract.consultations import _SECTION_START, section_starts

    near = [
        "BERATUNGSFOLGE:\nGremium\nGREMIUM   DATUM\n** Gremienweg\n<b>Beratungsverlauf",
        "Vorlage für den\nVorlage\tfür  den Ausschuss\nErgebnisse \t\nErgebnisse der Sitzung",
        "Die Beratungsfolge: Rat\nBeratungs-\nfolge\nGre\nmium Datum\nGremium\n\nTermin",
        "Ergebni\u017f\u017fe\nBeratung\u017ffolge\nGremium Datum",  # long s: searched line by line
        "\u0130m Gremium Sitzung\nGREMIEN TERMIN",                   # dotted capital I
        "",
    ]
    texts = _recorded_texts() + near
    assert len(texts) > 150
    found = [section_starts(t, t.split("\n")) for t in texts]
    assert sum(map(len, found)) > 30
    assert found == [[i for i, line in enumerate(t.split("\n")) if _SECTION_START.search(line)]
                     for t in texts]


def test_numbered_meeting_skipped_where_no_sitzung_is_found_where_the_whole_pattern_finds():
    from extract.consultations import _NUMBERED_COMPOUND_RE, _numbered_compound

    near = [
        "Niederschrift der 14. Ratssitzung vom 12.11.2015 Ort: Rathaus",
        "die 5. Gemeinderats-sitzung am Montag, 3. Mai 2021",
        # no "sitzung" in lower case: a capital S, capitals, another word
        "Protokoll der 2. Rats-Sitzung am 16.12.2016\nder 3. RATSSITZUNG am 16.12.2016\n"
        "die 4. Ratsversammlung am 16.12.2016",
    ]
    texts = _recorded_texts() + near
    matches = [m for t in texts for m in _NUMBERED_COMPOUND_RE.finditer(t)]
    assert len(matches) >= 3
    # a match without "sitzung" names the body alone, taken only after "Niederschrift"/"Protokoll"
    assert all("sitzung" in m.group() or m.group("body") for m in matches)
    assert [_numbered_compound(t, True) for t in near] == [
        (18, 18, "Rat", "2015-11-12"), (4, 4, "Gemeinderat", "2021-05-03"), None]
    # the body alone, after the record's heading: "Niederschrift" / "über die 6. Stadtverordnetenversammlung am ..."
    assert _numbered_compound("Niederschrift\nüber die 6. Stadtverordnetenversammlung am 25. Februar 2015", False) == (
        23, 23, "Stadtverordnetenversammlung", "2015-02-25")


def test_allris_classic_row_without_a_role_its_result_and_no_paper_date():
    # ALLRIS classic vo020 (Wermelskirchen): "Beratungsfolge:" / "Rat der Stadt" / "28.06.2021 " /
    # "Sitzung des Rates der Stadt ungeändert beschlossen"; the page prints no paper date
    doc = read_document(str(FIXTURES / "archived" / "wermelskirchen_vo020_0041-2021.txt"))
    assert archived_pairs("wermelskirchen_vo020_0041-2021.txt") == [("Rat der Stadt", "2021-06-28")]
    assert [(d.kind, d.outcome) for d in find_decisions(doc) if d.kind == "resolution"] == [
        ("resolution", "approved")]
    assert extract_header(doc)["date"] is None


def test_allris4_agenda_item_page_with_its_fields_as_a_list():
    # ALLRIS 4 to020 (Herzogenrath) as text: "27.01.2009 - 6 Beratung der Haushaltssatzung für das
    # Haushalts..." / "Grunddaten" / "- Gremium:" / "- Haupt- und Finanzausschuss" / "- Datum:" /
    # "- Di., 27.01.2009" ... "- Vorlageart:" / "- Sitzungsvorlage" ... "- Beschluss:" /
    # "- geändert beschlossen" / "Wortprotokoll"; the minutes: "Dieser Antrag wird mit 8 Ja-Stimmen
    # zu 13 Nein-Stimmen abgelehnt."
    name = "herzogenrath_allris4_to020_2171.txt"
    doc = read_document(str(FIXTURES / "archived" / name))
    assert archived_pairs(name) == [("Haupt- und Finanzausschuss", "2009-01-27")]
    header = extract_header(doc)
    assert (header["paper_type"], header["title"], header["date"]) == (
        "Sitzungsvorlage", "Beratung der Haushaltssatzung für das Haushalts...", None)
    assert [(d.kind, d.outcome, d.votes) for d in find_decisions(doc)] == [
        ("resolution", "amended", None), ("resolution", "rejected", {"yes": 8, "no": 13})]


def test_meeting_named_in_the_heading_of_minutes_and_pages():
    # Grasleben (TYPO3 cronmmratsinfo): "SG Grasleben - Rat der Samtgemeinde Grasleben (SGR)" /
    # "Montag, 09. September 2019 , 18:00 Uhr"
    assert archived_pairs("grasleben_sgr_protokoll_2019-09-09.txt") == [
        ("Rat der Samtgemeinde Grasleben", "2019-09-09")]
    # Enkirch (minutes in a Mitteilungsblatt): "Die Mitglieder des Ortsgemeinderates Enkirch waren ...
    # durch Einladung vom 05.03.2024 auf den 11.03.2024, 19:30 Uhr, zu einer Sitzung ... einberufen worden."
    assert archived_pairs("enkirch_ogr_niederschrift_2024-03-11.txt") == [
        ("Ortsgemeinderat", "2024-03-11")]
    doc = read_document(str(FIXTURES / "archived" / "enkirch_ogr_niederschrift_2024-03-11.txt"))
    assert extract_header(doc)["body"] == "Enkirch"
    # Kröpelin minutes: "Stadtvertretung Kröpelin" / "- Der Stadtvertretervorsteher –" / "Niederschrift" /
    # ... "Ort:" ... "Datum: 28.07.2011"; the agenda later names "Sitzung der Stadtvertretung" (a past one)
    assert archived_pairs("kroepelin_stv_niederschrift_2011-07-28.txt") == [
        ("Stadtvertretung", "2011-07-28")]


def test_meeting_named_in_a_heading_line_with_its_date():
    # Mühlhausen/Thür. (city website): "Beschlüsse der 5. Stadtratssitzung am 05. März 2015"
    assert archived_pairs("muehlhausen_str_beschluesse_2015-03-05.txt") == [("Stadtrat", "2015-03-05")]
    # Waldburg (TYPO3 news): "Artikel vom 19.12.2014" / "Aus der Gemeinderatssitzung vom 6. November 2014"
    assert archived_pairs("waldburg_gr_bericht_2014-11-06.txt") == [("Gemeinderat", "2014-11-06")]
    # Dußlingen (Gemeindebote): "Aus der öffentlichen Gemeinderatssitzung vom 05.11.2020"; the
    # running text names earlier meetings ("aus der Gemeinderatssitzung vom 24.09.2020",
    # "In der Gemeinderatssitzung am 15.10.2020"): not consultations
    assert pairs("dusslingen_gemeindebote-3100_bericht.txt") == [("Gemeinderat", "2020-11-05")]


def test_each_agenda_on_a_page_names_its_meeting():
    # Burgkunstadt (Kommunalwiki): "Sitzung des Bauausschusses" / "Dienstag, 12.05.2015, 18:45 Uhr" /
    # "Öffentliche Tagesordnung" ... "10 Genehmigung der Sitzungsniederschrift vom 14.04.2015" (an
    # agenda item, not a meeting) / "Stadtratssitzung" / "TAGESORDNUNG" / "zur: Sitzung des Stadtrates" /
    # "am: Dienstag, 12.05.2015 um 19:30 Uhr"
    assert archived_pairs("burgkunstadt_wiki_tagesordnung_2015-05-12.txt") == [
        ("Bauausschuss", "2015-05-12"), ("Stadtrat", "2015-05-12")]


def test_one_word_heading_and_the_body_it_is_of():
    # Dresden: "BESCHLUSSAUSFERTIGUNG" / "des Ortschaftsrates Langebrück" / ... "Sitzung am:" / "22. Mai 2012, ..."
    assert pairs("dresden_OR-LB-73-2012_beschlussausfertigung_head.txt") == [
        ("Ortschaftsrat Langebrück", "2012-05-22")]
    # Mannheim: the addressees "Mitglieder" / "des Betriebsausschusses" are no heading; the
    # meeting is the one the invitation names
    assert pairs("mannheim_2013-02-21_Einladung_head.txt") == [
        ("Betriebsausschuss Technische Betriebe", "2013-02-21")]


# --- a meeting named by its number and a compound "<body>sitzung" ---

def test_numbered_compound_meeting_in_a_run_together_head_line():
    # Sangerhausen (PDF text run together): "Stadtrat der Stadt Sangerhausen, 20.11.2015
    # Sangerhausen Niederschrift der 14. Ratssitzung vom 12.11.2015 Ort: ..."; the
    # "Ratssitzung" is of the body the head names in full
    assert archived_pairs("sangerhausen_str_niederschrift_2015-11-12.txt") == [("Stadtrat", "2015-11-12")]


def test_numbered_compound_meeting_on_a_line_under_running_text():
    # Göttingen (a group's blog): "Protokoll der 2. Ratssitzung am 16.12.2016" below the first item's text
    assert [(c.committee, c.date) for c in find_consultations(
        snippet_doc("pprgoe_2016-12_ratssitzung_protokoll_head.txt"))] == [("Rat", "2016-12-16")]


def test_numbered_compound_meeting_of_an_agenda_item_is_an_earlier_one():
    # near miss: an agenda item approving the minutes of an earlier numbered meeting
    text = ("Niederschrift über die Sitzung des Gemeinderates am 03.11.2015\n"
            "3. Genehmigung der Niederschrift der 13. Ratssitzung vom 01.10.2015\n")
    found = find_consultations(Document(source="inline", text=text, kind="text"))
    assert [(c.committee, c.date) for c in found] == [("Gemeinderat", "2015-11-03")]


# --- consultations printed as label-value pairs on one line ---

def test_earlier_consultation_of_a_paper_under_an_agenda_item():
    # Wismar ALLRIS to010 (papers expanded): the meeting's "Gremium:" / "Datum:" head, and under
    # VO/2014/0850 "GREMIUM: Ausschuss für Kultur, Sport und Bildung    DATUM: Mo, 03.03.2014    TOP: Ö 5"
    assert archived_pairs("wismar_to010_187.txt") == [
        ("Ausschuss für Gesundheit und Soziales", "2014-03-10"),
        ("Ausschuss für Kultur, Sport und Bildung", "2014-03-03")]


def test_body_cell_of_a_gremium_sitzung_table_stops_before_the_meeting():
    # Meeting.mvc prints "Gremium Sitzung Sitzungsdatum ..." over "<body> (<corporation>) <meeting> <date>":
    # the row's committee is the body alone (Schönau im Schwarzwald, Marktzeuln)
    assert archived_pairs("schoenau-schwarzwald_meeting_22974565.txt") == [
        ("Gemeinderat", "2019-10-07")]
    rows = find_consultations(snippet_doc("marktzeuln_meeting_8219031_gremium.txt"))
    assert [(c.committee, c.date) for c in rows] == [("Marktgemeinderat", "2023-08-07")]


def test_a_body_by_its_abbreviation_and_its_name_is_one_meeting():
    # ALLRIS to020 (Treptow-Köpenick): "Sitzung der Bezirksverordnetenversammlung" and
    # "Gremium: BVV Treptow-Köpenick" on the same day are one meeting
    assert archived_pairs("berlin-treptow-koepenick_to020_29152.txt") == [
        ("BVV Treptow-Köpenick", "2012-04-26")]


def test_abbreviation_letters_follow_the_name_in_order():
    from extract.consultations import _abbreviates
    assert _abbreviates("SVV", "Stadtverordnetenversammlung")
    assert _abbreviates("HFA", "Haupt- und Finanzausschuss")
    # near misses: another district, letters out of order
    assert not _abbreviates("BVV Mitte", "Bezirksverordnetenversammlung Pankow")
    assert not _abbreviates("HA", "Gemeinderat")
    assert not _abbreviates("VBB", "Bezirksverordnetenversammlung")


def test_minutes_of_a_numbered_meeting_named_by_its_body_alone():
    # Rathenow: "Niederschrift" / "über die 6. Stadtverordnetenversammlung am 25. Februar 2015"
    assert archived_pairs("rathenow_svv_niederschrift_2015-02-25.txt") == [
        ("Stadtverordnetenversammlung", "2015-02-25")]


def test_a_meeting_heading_of_one_compound_with_the_date_below():
    # Höchberg: "Marktgemeinderatssitzung" / "Dienstag, 15.01.2013, 19:00 Uhr"
    assert archived_pairs("hoechberg_mgr_niederschrift_2013-01-15.txt") == [("Marktgemeinderat", "2013-01-15")]


def test_a_joint_meeting_of_two_bodies_without_the_article_repeated():
    # Dunningen: "Bericht aus der gemeinsamen Sitzung des Gemeinderats und Ortschaftsrats Lackendorf vom 24.01.2022"
    assert archived_pairs("dunningen_gr_bericht_2022-01-24.txt") == [
        ("Gemeinderat", "2022-01-24"), ("Ortschaftsrat Lackendorf", "2022-01-24")]


def test_meeting_day_named_earlier_in_the_sentence_that_names_the_meeting():
    # Schweich (Mitteilungsblatt): "... findet am 16.05.2023 im Dorf- und Kulturzentrum
    # Martinstraße 5, in Riol eine Sitzung des Verbandsgemeinderates Schweich statt."
    assert archived_pairs("schweich_vgr_beschluesse_2023-05-16.txt") == [
        ("Verbandsgemeinderat", "2023-05-16")]


def test_undated_meeting_a_report_names_in_running_text_is_an_undated_consultation():
    # Werneuchen (newspaper teaser): "Die Beschlussvorlage sorgte in der jüngsten Sitzung
    # der Stadtverordnetenversammlung zunächst für Irritationen": the meeting, without a day
    assert archived_pairs("werneuchen_svv_bericht_grundschulneubau.txt") == [("Stadtverordnetenversammlung", None)]


def test_agenda_item_page_headed_by_its_day_takes_the_body_that_votes():
    # Greifswald (ALLRIS 4): "27.03.2023 - 6.3 Kein Containerdorf ..." and "Der Präsident
    # der Bürgerschaft lässt namentlich über die Beschlussvorlage abstimmen."
    assert archived_pairs("greifswald_allris4_to020_1017723.txt") == [("Bürgerschaft", "2023-03-27")]
    # near misses with the same heading: a body only in the quoted wording ("Der Rat
    # beschließt ...", Wedel) or in running text ("Mitglieder der Gemeindevertretungen",
    # Amt Geltinger Bucht) is not the meeting's
    assert archived_pairs("wedel_allris4_to020_1020082.txt") == []
    assert archived_pairs("amt-geltinger-bucht_allris4_to020_1001544.txt") == []


def test_the_assembly_of_an_association_of_municipalities_is_a_council_body():
    # Güglingen's RIS: "Sitzung der Verbandsversammlung des Gemeindeverwaltungsverbandes Oberes
    # Zabergäu" / "Sitzung am 30.11.2021 um 19:00 Uhr ..."; the Verbandsversammlung of a
    # Zweckverband or Gemeindeverwaltungsverband, the Gemeinschaftsversammlung of a
    # Verwaltungsgemeinschaft are councils as a Gemeinderat is
    doc = read_document(str(FIXTURES / "archived" / "gueglingen_ris_sitzung_330.txt"))
    assert find_consultations(doc) == [Consultation("Verbandsversammlung", "2021-11-30")]
    # Waldburg's council report names the GVV's assembly its delegates sit in
    from extract.entities import find_entities

    waldburg = read_document(str(FIXTURES / "archived" / "waldburg_gr_bericht_2014-11-06.txt"))
    assert "Verbandsversammlung" in [e["text"] for e in find_entities(waldburg) if e["label"] == "ORG"]


@pytest.mark.parametrize("name, meeting", [
    ("kaufering_meeting_55688252.txt", ("Marktgemeinderat", "2024-02-21")),
    ("hilpoltstein_meeting_119828659.txt", ("Stadtrat", "2021-04-15")),
    ("drochtersen_meeting_148691056.txt", ("Gemeinderat", "2022-05-12")),
])
def test_the_date_field_of_the_label_block_above_the_gremium_field(name, meeting):
    # Meeting.mvc meeting pages open with one block of fields: "Datum: 21.02.2024" / "Status: ..." /
    # "Sitzungsort: ..." / "Gremium: Marktgemeinderat" (/ "Körperschaft: Markt Kaufering")
    from extract.consultations import _gremium_header

    header = _gremium_header(read_document(str(FIXTURES / "archived" / name)).text)
    assert (header.committee, header.date) == meeting
    # and Kaufering's page, read as a whole, has that one meeting
    if name.startswith("kaufering"):
        assert find_consultations(read_document(str(FIXTURES / "archived" / name))) == [Consultation(*meeting)]


# --- meetings of report pages, minutes and item pages (rounds 11 and 12) ---

def test_a_heading_after_a_line_that_does_not_run_on_into_it_names_the_meeting():
    # Hilzingen (minutes): the agenda, then "Öffentliche Gemeinderatssitzung am 16. Februar 2016"
    # right under its last item; Jesteburg (a group's report): "(Bericht von der
    # Gemeinderatsitzung am 02.03.2017)" in brackets right under the subtitle
    assert archived_pairs("hilzingen_ris_sitzung_99.txt") == [("Gemeinderat", "2016-02-16")]
    assert archived_pairs("jesteburg_gr_bericht_staedtebaufoerderung_2017-03-02.txt") == [
        ("Gemeinderat", "2017-03-02")]
    # near miss: the same words ending a sentence broken over lines are running text
    text = ("Neues aus dem Rathaus\n\nDer Antrag wurde bereits in der\n"
            "Gemeinderatssitzung am 12.03.2019\nbehandelt und abgelehnt.\n")
    assert find_consultations(Document(source="inline", text=text, kind="text")) == []


def test_a_page_that_repeats_its_meeting_heading_reports_each_meeting():
    # Burtenbach: "Aus der Gemeinderatssitzung vom 17.02.2020" with its resolutions, then
    # "Aus der Gemeinderatssitzung vom 20.01.2020" with its own
    assert archived_pairs("burtenbach_mgr_beschluesse_2020-02-17.txt") == [
        ("Gemeinderat", "2020-02-17"), ("Gemeinderat", "2020-01-20")]
    # near miss: a document site lists the titles of other minutes of the same body under the
    # document ("Ähnliche Dokumente"); a title over the next title is not a report
    assert archived_pairs("berghaupten_gr_protokoll_docplayer_2016-12-20.txt") == [
        ("Gemeinderat", "2016-12-20")]


def test_full_stops_a_document_site_put_for_line_breaks_do_not_end_the_heading():
    # Berghaupten (docplayer): "Protokoll über die öffentliche Sitzung. des Gemeinderats
    # Berghaupten. am 20. Dezember 2016", not the "Gemeinderats-Sitzung Geroldshausen am" of a
    # related document's title further down
    (row,) = find_consultations(read_document(
        str(FIXTURES / "archived" / "berghaupten_gr_protokoll_docplayer_2016-12-20.txt")))
    assert (row.committee, row.date) == ("Gemeinderat", "2016-12-20")


def test_the_lead_sentence_of_a_report_names_the_meeting_with_its_day():
    # Süßen (a group's website): headline, then "In der Sitzung des Gemeinderates vom
    # vergangenen Montag, den 29.06.2020, wurden zwei weitere Vereine ... aufgenommen."
    assert archived_pairs("suessen_gr_bericht_vereinsfoerderung_2020-06-29.txt") == [
        ("Gemeinderat", "2020-06-29")]
    # near misses: a report's lead naming the meeting without its day (Waldershof, Triberg)
    # gives it no day, and a paper whose text names an earlier meeting below its label fields
    assert archived_pairs("waldershof_str_bericht_jugendfoerderung.txt") == [("Stadtrat", None)]
    assert archived_pairs("triberg_gr_bericht_schulsanierung.txt") == [("Gemeinderat", None)]
    text = ("Beschlussvorlage\nDrucksache: 12/2020\nBetreff: Neubau der Kita\n\n"
            "In der Sitzung des Stadtrates vom 24.04.2020 wurde die Verwaltung beauftragt, die Planung "
            "für den Neubau der Kita am Markt vorzulegen und die Kosten zu ermitteln.\n")
    assert find_consultations(Document(source="inline", text=text, kind="text")) == []


def test_item_page_under_portal_lines_takes_the_body_whose_rules_or_resolution_it_prints():
    # Kiel (ALLRIS 4): "ALLRIS - Auszug" above "16.02.2023 - 3 Genehmigung der Tagesordnung ...",
    # the text "Nach der Geschäftsordnung [für] die Ratsversammlung ..."
    assert archived_pairs("kiel_allris4_to020_155067.txt") == [("Ratsversammlung", "2023-02-16")]
    # Dorf Mecklenburg (ALLRIS 4): under "Beschluss:" "... Die Gemeindevertretung beschließt ..."
    assert archived_pairs("dorf-mecklenburg_allris4_to020_186184.txt") == [
        ("Gemeindevertretung", "2019-10-22")]
    # near miss: an item page whose "Beschluss:" is a result only and whose text names no body
    # (Klützer Winkel); Wedel's "Der Rat beschließt" quoted in the Wortprotokoll is tested above
    assert pairs("kluetzer-winkel_to020-114172_eroeffnung.txt") == []


@pytest.mark.parametrize("name, meeting", [
    # "Sitzung des Gemeinderates Gräfendorf Nr. 9/2022 vom 16.11.2022": the number is not the name
    ("graefendorf_mitteilungsblatt-47-2022_niederschrift_head.txt", ("Gemeinderat", "2022-11-16")),
    # "Sitzung des Gemeinderates der Marktgemeinde Ruprechtshofen am Montag, dem 18. August 2008"
    ("ruprechtshofen_protokoll-28_head.txt", ("Gemeinderat", "2008-08-18")),
    # spaced "N i e d e r s c h r i f t" over "Sitzung der Gemeindevertretung der Gemeinde Gammelby vom ..."
    ("gammelby_niederschrift-2017-11-28_head.txt", ("Gemeindevertretung", "2017-11-28")),
])
def test_the_meeting_of_minutes_headed_in_other_municipalities_conventions(name, meeting):
    assert pairs(name) == [meeting]


def test_body_then_meeting_header_under_the_section_title():
    # Walkertshofen (komuna agenda item): "Beratungsreihenfolge" / "Gremium Sitzung Sitzungsdatum ..." /
    # "Gemeinderat Walkertshofen (Gemeinde Walkertshofen) Gemeinderat Walkertshofen 18.05.2021 ö 4.1":
    # the column header stands under the title line, the body's cell ends before the meeting's
    assert archived_pairs("walkertshofen_agendaitem_82486913.txt") == [
        ("Gemeinderat", "2021-05-18")]
    # Seefeld, the same layout with the meeting named "Sitzung des Gemeinderates"
    assert archived_pairs("seefeld_agendaitem_8043673.txt") == [("Gemeinderat", "2016-02-16")]


def test_an_earlier_meeting_named_without_its_day_is_not_the_pages():
    # Ahorntal (SessionNet item page, no heading): "... der Abstimmung über das Protokoll der letzten
    # öffentlichen Sitzung des Gemeinderates ... enthalten": the previous meeting, not this one
    assert archived_pairs("ahorntal_to0050_7832.txt") == []
    # near miss: the page's own meeting named without its day stays (Carbäk, ALLRIS 4 item page
    # headed "öffentlichen Sitzung der Gemeindevertretung der Gemeinde Poppendorf")
    assert archived_pairs("carbaek-poppendorf_allris4_to020_51914.txt") == [("Gemeindevertretung", None)]


def test_report_page_names_its_meeting_with_the_day_outside_its_lead():
    # Heidelberg (the city's page "Aktuelles aus dem Gemeinderat", opening with a contact box):
    # "Die letzte Gemeinderatssitzung fand am 17. Dezember 2009 statt", "Der Gemeinderat hat es in
    # seiner Sitzung am 17.Dezember 2009 abgelehnt, ..."
    assert archived_pairs("heidelberg_gr_ergebnisse_2009-12-17.txt") == [("Gemeinderat", "2009-12-17")]
    # Zittau (a council group's tag page): "19 Punkte standen am 27. September 2018 auf der
    # öffentlichen Tagesordnung des Stadtrates", the day before the meeting; the link text
    # '"September 2018: Bericht von der Sitzung des Stadtrates Zittau"' names it again without a day
    assert archived_pairs("zittau_str_bericht_linke_2018-09-27.txt") == [("Stadtrat", "2018-09-27")]
    # near misses: a meeting still to come ("Diese Ratssitzung findet am 5. Dezember 2024 ... statt":
    # Schmallenberg keeps only the Stadtrat whose decision a teaser reports, "Alle Anträge der GRÜNEN
    # wurden einstimmig vom Stadtrat beschlossen", without a day);
    # a letter's salutation over a meeting named where its matter was treated (Erlangen, Stadtteilbeirat
    # Büchenbach: "der Tagesordnungspunkt 36 in der Sitzung des Stadtrates vom 24.04.2020 ...")
    assert archived_pairs("schmallenberg_str_haushalt-2024.txt") == [("Stadtrat", None)]
    assert pairs("erlangen_stbr-buechenbach_stellungnahme-266-2019_head.txt") == []


def test_report_sentence_opening_with_the_bodys_own_meeting_and_its_day():
    # Hemmingen (a party's page of press reports): "In seiner letzten Sitzung am 25.11.2014 hat
    # der Gemeinderat auf breiter Front die Steuer - und Gebührensätze ... erhöht"; the earlier
    # "in der Sitzung am 11.11.2014" where it was "vorberaten" names no body
    assert archived_pairs("hemmingen_gr_presseberichte_cdu_2014.txt") == [("Gemeinderat", "2014-11-25")]
    # near misses: a meeting still to come ("wird") and a group's meeting ("die CDU-Fraktion")
    for lead in ("In seiner nächsten Sitzung am 15.03.2015 wird der Gemeinderat über die Gebühren beraten.",
                 "In ihrer Sitzung am 11.11.2014 hat die CDU-Fraktion im Gemeinderat die Sätze beraten."):
        text = "Gebühren steigen\n\n" + lead + " Die Fraktionen waren sich einig.\n"
        assert [(c.committee, c.date) for c in find_consultations(Document(source="inline", text=text, kind="text"))
                if c.date] == []


def test_minutes_excerpt_of_an_agenda_item_records_the_body_that_resolved():
    # Landau in der Pfalz (SessionNet to0050 page): "die dieser Niederschrift als Anlage beigefügt
    # ist", the record "Der Stadtrat beschloss einstimmig:", no day printed
    assert archived_pairs("landau-in-der-pfalz_to0050_31704.txt") == [("Stadtrat", None)]
    # near misses: an excerpt of minutes whose body is named only in the resolution's wording
    # (Poxdorf: "dieser Niederschrift", "Der Gemeinderat stimmt der Satzung ... zu"), and a page
    # recording "Der Kreistag beschloss einstimmig" that does not call itself minutes (Rhein-Kreis Neuss)
    assert archived_pairs("poxdorf_to0050_25169.txt") == []
    assert archived_pairs("rhein-kreis-neuss_to0050_2347.txt") == []


def test_committee_name_ends_before_the_closing_mark_of_a_quoted_title():
    # Zittau: 'weiterlesen "September 2018: Bericht von der Sitzung des Stadtrates Zittau"'
    assert clean_committee('Stadtrates Zittau"') == "Stadtrat"


def test_body_a_heading_addresses_or_a_list_of_resolutions_is_grouped_by():
    # Hövelhof (a council group's page): heading "Anträge an den Gemeinderat" over its motions
    assert archived_pairs("hoevelhof_gr_antraege_2015.txt") == [("Gemeinderat", None)]
    # Crossen an der Elster (the Verwaltungsgemeinschaft's page "Beschlüsse"): "Verwaltungsgemeinschaft" /
    # "Gemeinschaftsversammlung" / "2025" / "Beschluss Nr. 01" ..., then "Crossen an der Elster" /
    # "Gemeinderat" / "2025" / ...: each body over the year its resolutions are of
    assert archived_pairs("crossen-an-der-elster_gr_beschluesse_2025.txt") == [
        ("Gemeinschaftsversammlung", None), ("Gemeinderat", None)]
    # near miss: a paper's own "Antrag an den Gemeinderat" line beside its Beratungsfolge adds nothing
    # (Karlsruhe, "Antrag an den Gemeinderat" under the rows Hauptausschuss and Gemeinderat)
    assert pairs("karlsruhe_24372_2481_head.txt") == [
        ("Hauptausschuss", "2010-02-02"), ("Gemeinderat", "2010-03-02")]


# --- rounds 15 and 16: meeting pages, run-together forms, item pages, resolutions lists ---

def _inline(text: str) -> list[tuple]:
    return [(c.committee, c.date) for c in find_consultations(Document(source="inline", text=text, kind="text"))]


def test_a_meeting_page_is_the_meeting_its_label_block_names_not_one_its_agenda_approves():
    # Gilching (Meeting.mvc): "Datum: 24.05.2022" / ... / "Gremium: Gemeinderat" above the agenda
    # "1 Genehmigung der Sitzungsniederschrift vom 26.04.2022", "2 Bekanntgaben aus der
    # nichtöffentlichen Gemeinderatssitzung vom 26.04.2022 ..."
    assert archived_pairs("gilching_meeting_18748553.txt") == [("Gemeinderat", "2022-05-24")]
    # Hilpoltstein (same layout, another town): "In der Stadtratssitzung am 25.03.2021" in an item
    assert archived_pairs("hilpoltstein_meeting_119828659.txt") == [("Stadtrat", "2021-04-15")]
    # Schöningen (minutes without their own heading): "Genehmigung der Niederschrift über die öffentliche
    # Sitzung des Rates vom 08.05.2025." / "Die Niederschrift über die öffentliche Sitzung des Rates der
    # Stadt Schöningen vom 08.05.2025 wird einstimmig ... genehmigt": a past meeting, not this one
    assert archived_pairs("schoeningen_rat_protokoll_sitzung-506.txt") == []
    # near miss: minutes headed by their own record keep their meeting
    assert _inline("Niederschrift über die öffentliche Sitzung des Rates vom 08.05.2025\n\n"
                   "Der Vorsitzende eröffnet die Sitzung.") == [("Rat", "2025-05-08")]


def test_the_body_cell_of_a_gremium_sitzung_row_drops_its_corporation():
    # Schrobenhausen (Agendaitem.mvc): "Stadtrat (Stadt Schrobenhausen) 59. Sitzung des Stadtrates 18.12.2018"
    assert archived_pairs("schrobenhausen_agendaitem_8387908.txt") == [("Stadtrat", "2018-12-18")]
    # near miss: a body named with its part in parentheses keeps it (Aschaffenburg: "Stadtrat (Plenum)")
    assert archived_pairs("aschaffenburg_meeting_28769570.txt") == [("Stadtrat (Plenum)", "2016-02-29")]


def test_a_form_whose_column_labels_run_on_after_beratungsfolge_is_read_cell_by_cell():
    # Bedburg (politik-bei-uns copy of the paper): "Beratungsfolge: Sitzungstermin: Abstimmungsergebnis:
    # Familien-, Bildungs- und Sozialausschuss 24.09.2013 einstimmig Rat der Stadt Bedburg 01.10.2013 Betreff: ..."
    doc = read_document(str(FIXTURES / "archived" / "bedburg_politik-bei-uns_beschlussvorlage_WP8158-2013.txt"))
    rows = find_consultations(doc)
    assert [(c.committee, c.date, c.role) for c in rows] == [
        ("Familien-, Bildungs- und Sozialausschuss", "2013-09-24", None), ("Rat der Stadt Bedburg", "2013-10-01", None)]
    # Mecklenburgische Seenplatte (another district's form): "Beratungsfolge: Sitzung am: Abstimmungsergebnis:
    # Befangen: Bemerkungen: Für Geg Ent Kreistag 10.12.2018 Beschlussvorschlag: ..."
    assert archived_pairs("mecklenburgische-seenplatte_kt_aenderungsantrag_KT-II-29-2018.txt") == [
        ("Kreistag", "2018-12-10")]


def test_an_item_page_takes_the_body_whose_chair_opens_the_meeting_or_whose_quorum_is_stated():
    # Röbel/Müritz (ALLRIS 4): "30.06.2021 - 1 Eröffnung der Sitzung ..." / "Der Präsident der
    # Stadtvertretung, Herr Richter, eröffnet die Sitzung ... Die Stadtvertretung ist ... beschlussfähig."
    assert archived_pairs("roebel-mueritz_allris4_to020_42924.txt") == [("Stadtvertretung", "2021-06-30")]
    # Grevesmühlen (ALLRIS 4): "Der Bürgermeister, Herr Wandel, eröffnet die Sitzung ... Die
    # Gemeindevertretung ist beschlussfähig"
    assert pairs("grevesmuehlen_to020-33162_eroeffnung.txt") == [("Gemeindevertretung", "2018-09-11")]
    # near miss: the quorum stated without the body (Klützer Winkel)
    assert pairs("kluetzer-winkel_to020-114172_eroeffnung.txt") == []


def test_a_page_headed_by_its_body_and_day():
    # Stralsund (ALLRIS to0040 agenda page): "Bürgerschaft 15.05.2014" / "Zeit: 16:00-20:00 Uhr" / "TOP Inhalt
    # Dokumente" ... "4Billigung der Niederschrift der 03. Sitzung vom 03.04.2014"
    assert archived_pairs("stralsund_to0040_195.txt") == [("Bürgerschaft", "2014-05-15")]
    # near miss: such a line further down a page is no heading
    assert _inline("Anfrage der Fraktion\n\nBetreff: Radwege\n\nBürgerschaft 15.05.2014\n") == []


def test_the_label_cells_of_a_minutes_table_name_its_meeting():
    # Zell (Mosel) (Wittich gazette): "| Gremium: | Verbandsgemeinderat der Verbandsgemeinde Zell (Mosel) |" /
    # "| Sitzung am: | 25.06.2025 |"
    assert archived_pairs("zell-mosel_vgr_niederschrift_wittich-2025-36.txt") == [
        ("Verbandsgemeinderat", "2025-06-25")]
    assert clean_committee("Samtgemeinderat der Samtgemeinde Sottrum") == "Samtgemeinderat"
    # a municipality's council drops its town
    assert clean_committee("Gemeinderat der Gemeinde Zell") == "Gemeinderat"


def test_each_meeting_whose_resolutions_a_page_lists_and_the_next_meeting_a_news_item_announces():
    # Teltow (gazette contents): "Beschlüsse der 06. Sitzung des Hauptausschusses vom 09.03.2015" /
    # "Beschlüsse der 07. Stadtverordnetenversammlung vom 18.03.2015"
    assert archived_pairs("teltow_amtsblatt_expydoc_2015-03-30.txt") == [
        ("Hauptausschuss", "2015-03-09"), ("Stadtverordnetenversammlung", "2015-03-18")]
    # Zwickau (press release): "Nächste Stadtratssitzung findet am 17. April statt" (no year: no date)
    assert archived_pairs("zwickau_str_pressemitteilung_s039-2025.txt") == [("Stadtrat", None)]
    # near misses: resolutions of no council body; a next meeting of no body
    assert _inline("Beschlüsse der Verwaltung vom 12.03.2015\n\nDer Bürgermeister hat entschieden.") == []
    assert _inline("Die nächste Bürgersprechstunde findet am 17. April statt.") == []


def test_a_body_then_meeting_table_whose_meeting_cell_repeats_the_body():
    # Waldkraiburg (SessionNet agenda item): "Gremium Sitzung Sitzungsdatum ö / nö Beratungstyp TOP-Nr." /
    # "Bau-, Verkehr- und Umweltausschuss Bau-, Verkehr- und Umweltausschuss 04.07.2018 ö vorberatend 6" /
    # "Stadtrat Stadtratssitzung 10.07.2018 ö beschließend 26"
    assert archived_pairs("waldkraiburg_agendaitem_13393900.txt") == [
        ("Bau-, Verkehr- und Umweltausschuss", "2018-07-04"), ("Stadtrat", "2018-07-10")]
    # near miss: a meeting cell that differs from the body's stays cut where it was (Marktzeuln)
    assert pairs("marktzeuln_meeting_8219031_gremium.txt") == [("Marktgemeinderat", "2023-08-07")]


def test_a_meeting_page_printing_each_label_over_its_value():
    # Magdeburg (SessionNet si0057): "Gremium" / "Stadtrat" / "Raum" / "Ratssaal" / "Datum" / "06.06.2013",
    # not the earlier meeting its agenda approves ("Beschlussprotokolls der 63.(V) Sitzung des
    # Stadtrates am 02.05.2013")
    assert archived_pairs("magdeburg_si0057_117930.txt") == [("Stadtrat", "2013-06-06")]
    assert _inline("Sitzung\nSR/01/13\nGremium\nStadtrat\nRaum\nRatssaal\nDatum\n06.06.2013\n\nÖ 1\nEröffnung\n") == [
        ("Stadtrat", "2013-06-06")]
    # near miss: a column label under "Gremium" is no body
    assert _inline("Sitzung\nGremium\nBeratungsfolge\nDatum\n06.06.2013\n\nÖ 1\nEröffnung\n") == []


def test_an_item_page_whose_resolution_stands_apart_from_its_outcome_label():
    # Usedom (ALLRIS 4): "13.12.2023 - 7 Beratung ..." / "Beschluss:" / "vertagt" / "Reduzieren" /
    # "Wortprotokoll" ... "Die Stadtvertretung der Stadt Usedom stellt die Beschlussvorlage ... zurück."
    assert archived_pairs("usedom_allris4_to020_1010029.txt") == [("Stadtvertretung", "2023-12-13")]
    page = "12.05.2020 - 4 Bebauungsplan Nord\n\nBeschluss:\nvertagt\nReduzieren\n\nWortprotokoll\n\nHerr A spricht.\n\n"
    # near miss: the paragraph's subject is no council body
    assert _inline(page + "Reduzieren\n\nDie Verwaltung stellt die Vorlage zurück.\n") == []


def test_a_report_headline_naming_the_body_and_its_day_or_its_meeting():
    # Kreis Gütersloh (a group's budget speech): "Haushaltsrede Kreistag 05.03.2012"
    assert archived_pairs("guetersloh-kreis_kt_haushaltsrede_gruene_2012-03-05.txt") == [("Kreistag", "2012-03-05")]
    # undated: Sondershausen (news item) "Sondershausen" / "Informationen vom 41. Hauptausschuss";
    # Solingen (radio news) "Solinger Stadtrat kommt ein letztes Mal zusammen" ("Am Abend (09.10.)": no year)
    assert archived_pairs("sondershausen_hauptausschuss_bericht_2023-04-28.txt") == [("Hauptausschuss", None)]
    assert archived_pairs("solingen_rat_bericht_radiorsg_2463200.txt") == [("Stadtrat", None)]
    # near misses: a letter answering a resolution (its salutation); a meeting still to come;
    # a report naming its undated meeting only in its running text has it without a day (Werneuchen)
    assert _inline("Stellungnahme Kreistag 05.03.2012\n\nSehr geehrter Herr Landrat,\nder Kreistag hat beschlossen, "
                   "die Schule zu sanieren, und wir nehmen dazu wie folgt Stellung mit vielen Worten.\n") == []
    assert _inline("Der Stadtrat in der nächsten Sitzung\n\nIm Mai wird der Stadtrat über den Haushalt beraten. "
                   "Die Fraktion wird dazu Anträge stellen.\n") == []
    assert archived_pairs("werneuchen_svv_bericht_grundschulneubau.txt") == [("Stadtverordnetenversammlung", None)]


def test_a_meetings_body_named_by_a_placeholder_a_dash_or_its_corporation():
    # Bernau bei Berlin (minutes, a RIS export): "der 25. Sitzung des Gremiums 6.
    # Stadtverordnetenversammlung vom 13.10.2016" (the term's number after the placeholder)
    assert archived_pairs("bernau-bei-berlin_svv_protokoll_2016-10-13.txt") == [
        ("Stadtverordnetenversammlung", "2016-10-13")]
    # Neubrandenburg (resolutions list): "Stadtvertretung - 9. Sitzung vom 02.10.2025"
    assert archived_pairs("neubrandenburg_stv_beschluesse_2025-10-02.txt") == [("Stadtvertretung", "2025-10-02")]
    # Landkreis Sankt Wendel: "Sitzung des Kreistags des Landkreises Sankt Wendel am 11. Dezember"
    assert archived_pairs("st-wendel-lk_kt_pressemitteilungen_2023.txt") == [("Kreistag", None)]
    assert clean_committee("Kreistag des Kreises Plön") == "Kreistag"
    # near misses: a council named by its corporation keeps it; a dash inside a body's name is no heading
    assert clean_committee("Rat der Stadt Bielefeld") == "Rat der Stadt Bielefeld"
    assert clean_committee("Gremiums") != ""
    assert _inline("Bau- und Umweltausschuss - Bericht vom Ortstermin\n\nDie Mitglieder besichtigten den Platz.\n") == []


def test_a_resolutions_heading_with_a_note_after_its_day_and_a_town_adjective():
    # Kreis Plön: "Beschlüsse der Sitzung des Plöner Kreistages vom 06.12.2018 (Auszug)"
    assert archived_pairs("ploen-kreis_kt_beschluesse_2018-12-06.txt") == [("Kreistag", "2018-12-06")]
    # near miss: a town adjective before a club, not a council body
    assert _inline("Beschlüsse der Sitzung des Plöner Heimatvereins vom 06.12.2018 (Auszug)\n\n"
                   "Der Verein benennt ein Mitglied.\n") == []


def test_a_report_headline_opening_with_the_day_and_the_body():
    # Landkreis Vorpommern-Rügen (a group's website): "11.3.24 Kreistag - Topthema Haushalt 24"
    assert archived_pairs("vorpommern-ruegen-lk_kt_bericht_linke_2024-03-11.txt") == [("Kreistag", "2024-03-11")]
    # near miss: a day before a word that names no body
    assert _inline("11.3.24 Haushalt - Topthema des Jahres\n\nDer Haushalt wurde lange beraten und am Ende "
                   "mit einer knappen Mehrheit nach langer Debatte verabschiedet, so die Fraktion.\n") == []

# --- report pages: the meetings they tell of without a day (tests/extract/GOLD.md) ---

def test_a_report_tells_of_its_undated_meeting_by_the_body_or_its_meeting():
    # the meeting named with its body: Eitorf (a party's post) "auf der Tagesordnung der Ratssitzung",
    # Zweibrücken (newspaper) "Die restlichen beiden Tagesordnungspunkte der Ausschusssitzung"
    assert archived_pairs("eitorf_rat_bericht_drehleiter.txt") == [("Rat", None)]
    assert archived_pairs("zweibruecken_ausschuss_bericht_sportplatz-ixheim_2024-05.txt") == [("Ausschuss", None)]
    # the body as the subject of what it decided: Bad Dürrheim "Dem stimmte der Gemeinderat auch zu",
    # Tübingen "Der Gemeinderat billigte ...", Leinfelden-Echterdingen "Der Gemeinderat hat sich
    # einstimmig dafür ausgesprochen", Kitzingen "Der Kitzinger Stadtrat befasste sich ...",
    # Freiburg (passive) "wurde mehrheitlich vom Gemeinderat abgelehnt"
    assert archived_pairs("bad-duerrheim_gr_bericht_pfadfinder-zuschuss_2018-11.txt") == [("Gemeinderat", None)]
    assert archived_pairs("tuebingen_gr_bericht_vergnuegungssteuer.txt") == [("Gemeinderat", None)]
    assert archived_pairs("leinfelden-echterdingen_gr_bericht_feuerwehrfahrzeug_2016-09-16.txt") == [
        ("Gemeinderat", None)]
    assert archived_pairs("kitzingen_str_bericht_baugebiet-wilhelmsbuehl.txt") == [("Stadtrat", None)]
    assert archived_pairs("freiburg_gr_bericht_fw_haushalt.txt") == [("Gemeinderat", None)]
    # Kehl: "ist am Mittwochabend (8.März) vom Gemeinderat einstimmig verabschiedet worden" (no year),
    # and, still to come, "Der Gemeinderat wird nun in seiner nächsten Sitzung ... entscheiden": one
    assert archived_pairs("kehl_gr_stadtnachrichten_doppelhaushalt-2017-2018.txt") == [("Gemeinderat", None)]
    # other towns and hosts: Leipzig (a council group's live ticker) "Soeben hat der Stadtrat beschlossen",
    # Gronau (newspaper) "hat sich der Rat in seiner Sitzung am Mittwochabend dafür ausgesprochen",
    # Zimmern (newspaper) "Der Gemeinderat hat in der letzten Sitzung ... zugestimmt"
    assert pairs("leipzig_gruene-fraktion_stadtrat_ticker_2014-07-16.txt") == [("Stadtrat", None)]
    assert pairs("gronau_wn_rat_bericht_rathaus.txt") == [("Rat", None)]
    assert pairs("zimmern_schwarzwaelder-bote_2019-12_kinderhaus.txt") == [("Gemeinderat", None)]


def test_a_report_does_not_take_a_meeting_to_come_one_held_before_or_a_body_without_its_meeting():
    # a body named only by "das Gremium" (Neubulach), inside a group's name ("Die CDU
    # Stadtratsfraktion", Blieskastel) or where a debate of years before is cited (Ratingen)
    assert archived_pairs("neubulach_gr_bericht_gewerke_2018-11.txt") == []
    assert archived_pairs("blieskastel_str_bericht_cdu_haushalt-2019.txt") == []
    assert archived_pairs("ratingen_rat_pressemitteilung_buerger-union_2017-10-27.txt") == []
    tail = " Die Verwaltung legt dazu eine Aufstellung der Kosten vor, so die Fraktion in ihrer Mitteilung.\n"
    # a meeting announced, in the future tense or with "findet ... statt"
    assert _inline("Neue Halle\n\nDer Gemeinderat wird in seiner nächsten Sitzung über den Bauauftrag "
                   "entscheiden." + tail) == []
    assert _inline("Neue Halle\n\nDiese Ratssitzung findet am Donnerstag im Bürgersaal statt." + tail) == []
    # a meeting held before the one reported (the pluperfect), or one a group prepares for: Oberhausen
    # (a group's report of "der Ratssitzung") "anläßlich ihrer Vorbereitung auf die Sitzung des
    # Stadtplanungsausschusses am 1. Februar", "im Stadtplanungsausschuß ... kritisiert worden war"
    assert _inline("Neue Halle\n\nDer Stadtrat hatte den Bau schon im März beschlossen." + tail) == []
    assert archived_pairs("oberhausen_rat_bericht_afd_2022-02-07.txt") == [("Rat", None)]
    # a body's decision told of in the same words is one
    assert _inline("Neue Halle\n\nDer Stadtrat hat den Bau beschlossen." + tail) == [("Stadtrat", None)]


def test_allris_classic_row_of_a_public_and_closed_meeting_then_a_body_without_its_meeting():
    # Neustadt in Holstein (ALLRIS vo020): "Bau- und Planungsausschuss Vorberatung" / "30.10.2014" /
    # "öffentliche/nichtöffentliche Sitzung des Bau- und Planungsausschusses geändert beschlossen" /
    # "Stadtverordnetenversammlung der Stadt Neustadt in Holstein Entscheidung" (no meeting set yet)
    assert archived_pairs("neustadt-in-holstein_vo020_VO-1215-14.txt") == [
        ("Bau- und Planungsausschuss", "2014-10-30"), ("Stadtverordnetenversammlung", None)]


def test_an_official_notice_listing_the_meetings_whose_resolutions_it_prints():
    # Freiberg (gazette): "Bekanntmachung von Beschlüssen Verwaltungs- und Finanzausschuss vom 17.02.2025,
    # Bau- und Betriebsausschuss vom 20.02.2025 und Stadtrat vom 06.03.2025", then "Beschlüsse
    # Verwaltungs- und Finanzausschuss vom 17.02.2025" (no article) over each meeting's resolutions
    assert archived_pairs("freiberg_str_amtsblatt_beschluesse_35-2025.txt") == [
        ("Verwaltungs- und Finanzausschuss", "2025-02-17"), ("Bau- und Betriebsausschuss", "2025-02-20"),
        ("Stadtrat", "2025-03-06")]
    # near misses: an agenda item announcing earlier resolutions; a list going on after its last day
    assert _inline("Tagesordnung\n\n5 Bekanntgabe von Beschlüssen Stadtrat vom 06.03.2025\n") == []
    assert _inline("Beschlüsse Stadtrat vom 06.03.2025 wurden im Amtsblatt bekannt gemacht.\n") == []


def test_a_report_headline_set_between_marks_names_a_special_meeting():
    # Cottbus (a group's site): "+++ Sonderstadtverordnetenversammlung am 15.07.2015 +++"
    assert archived_pairs("cottbus_svv_bericht_aub_2015-07-15.txt") == [("Stadtverordnetenversammlung", "2015-07-15")]
    # a special committee is a body of its own
    assert clean_committee("Sonderausschuss") == "Sonderausschuss"


def test_a_report_tells_of_the_meeting_in_which_a_body_debated_or_decided():
    # the body's meeting told by "im"/"in der": Pähl "regte sich im Gemeinderat Widerstand", Mühlacker
    # "Der Wunsch der SPD-Fraktion im Gemeinderat ... scheitert", Weiterstadt "in der ersten
    # Stadtverordnetenversammlung des neuen Jahres den Haushalt 2018 ... verabschiedet"
    assert archived_pairs("paehl_gr_bericht_rathaus_2021-09.txt") == [("Gemeinderat", None)]
    assert archived_pairs("muehlacker_gr_bericht_radweg-enzberg_2020-02.txt") == [("Gemeinderat", None)]
    assert archived_pairs("weiterstadt_svv_bericht_spd_haushalt-2018.txt") == [("Stadtverordnetenversammlung", None)]
    # by its agenda (Riesa: "Die Tagesordnung des heutigen Finanzausschusses beinhaltet ..."), by the
    # meeting it held (Trier-Land: "Seine konstituierende Sitzung ... hatte der Verbandsgemeinderat"),
    # its plenary (Passau: "hat das Stadtratsplenum den ... Auftrag ... erteilt"), a participle put first
    # (Aichstetten: "Vertagt hat der Gemeinderat am Mittwochabend die Entscheidung")
    assert archived_pairs("riesa_finanzausschuss_bericht_saechsische_vereinsschwimmen.txt") == [
        ("Finanzausschuss", None)]
    assert archived_pairs("trier-land_vgr_bericht_volksfreund_469656.txt") == [("Verbandsgemeinderat", None)]
    assert archived_pairs("passau_str_bericht_strasseninstandsetzung-2024.txt") == [("Stadtrat", None)]
    assert archived_pairs("aichstetten_gr_bericht_schwaebische_10965084.txt") == [("Gemeinderat", None)]
    # the last meeting, the only one the page tells of, with what it decided after "dass" (Berkenthin:
    # "Auf der letzten Gemeindevertretersitzung am vergangenen Montag wurde beschlossen, dass ... soll")
    assert archived_pairs("berkenthin_gv_bericht_feuerwehr_geraetehaus.txt") == [("Gemeindevertretung", None)]
    tail = " Die Verwaltung legt dazu eine Aufstellung der Kosten vor, so die Fraktion in ihrer Mitteilung.\n"
    # near misses: a member of the body; a debate of years before (Ratingen "aus der damaligen
    # Diskussion im Rat"); the agenda of a meeting to come; a meeting held without naming its holder
    assert _inline("Neue Halle\n\nHerr Maier ist seit 2014 Mitglied im Gemeinderat." + tail) == []
    assert archived_pairs("ratingen_rat_pressemitteilung_buerger-union_2017-10-27.txt") == []
    assert _inline("Neue Halle\n\nDie Tagesordnung des nächsten Gemeinderates ist lang." + tail) == []
    assert _inline("Neue Halle\n\nSeine Sitzung hatte der Verein im Bürgersaal." + tail) == []
    # a portal's agenda-item page: a speaker telling of the last meeting (Salzbergen "Bürgermeister
    # Kaiser erläutert, dass in der letzten Sitzung des Verwaltungsausschusses beschlossen wurde")
    # and a resolution naming its body (Cloppenburg "Der Kreistag beschloss einstimmig, dass ... wird")
    assert archived_pairs("salzbergen_to0050_9103.txt") == []
    assert archived_pairs("cloppenburg-lk_to0050_12685.txt") == []


# --- meetings of report pages and minutes' pages of rounds 23 and 24 (tests/fixtures/archived/) ---

def inline_pairs(text: str) -> list[tuple]:
    return [(c.committee, c.date) for c in find_consultations(Document(source="inline", text=text, kind="text"))]


def test_name_of_a_meeting_ends_with_its_sentence():
    # Staßfurt (Volksstimme): "so beginnt die Sitzung des Stadtrats. Üblicherweise unspektakulär."
    assert archived_pairs("stassfurt_str_bericht_volksstimme_4142398.txt") == [("Stadtrat", None)]
    # an abbreviation's full stop is no sentence's end
    assert clean_committee("Ausschuss für Stadtentw. und Verkehr") == "Ausschuss für Stadtentw. und Verkehr"


def test_date_glued_to_a_field_name_is_not_the_meeting_day():
    # Kirchdorf an der Iller: "Sitzung des Gemeinderates" / "icon.crdate04.04.2025" /
    # "Kurzbericht zur Sitzung vom 01.04.2025"
    assert archived_pairs("kirchdorf-an-der-iller_gr_kurzbericht_2025-04-01.txt") == [
        ("Gemeinderat", "2025-04-01")]


def test_minutes_body_line_with_meeting_day_and_record_day():
    # Amt Schafflund's copy of the Kreistag's minutes: "Kreistag 24. September 2008 06.10.2008"
    # above "Niederschrift"
    assert archived_pairs("schleswig-flensburg-kreis_kt_niederschrift_2008-09-24.txt") == [
        ("Kreistag", "2008-09-24")]


def test_report_meeting_named_by_a_compound_and_the_body():
    # Pottenstein: "bei der so genannten „Weihnachtssitzung“ des Stadtrats", "in der
    # Jahresschlusssitzung des Stadtrats"
    assert archived_pairs("pottenstein_str_bericht_vereinsfoerderung.txt") == [("Stadtrat", None)]
    # a compound meeting still to come is not reported
    text = ("Haushalt 2025\n\nDie Verwaltung legt den Entwurf vor. Über den Haushalt entscheidet "
            "der Rat in der nächsten Haushaltssitzung des Stadtrats im Januar.\n")
    assert inline_pairs(text) == []


def test_report_body_decided_around_a_clause_of_what_went_before():
    # Kulmbach (Kurier): "hat der Stadtrat nun, nachdem das Thema immer wieder vertagt worden
    # war, im Zuge der Verabschiedung des Etats für 2024 auch beschlossen, ..."
    assert archived_pairs("kulmbach_str_bericht_kurier_steuer-schraube.txt") == [("Stadtrat", None)]
    # the meeting to come in the main clause still is not reported
    text = ("Die Zahlen sprechen eine deutliche Sprache. Der Stadtrat wird, nachdem das Thema "
            "vertagt worden war, im Januar über die Konsolidierung entscheiden.\n")
    assert inline_pairs(text) == []


def test_report_body_decided_on_a_day():
    # Neckar-Odenwald-Kreis (AfD group): "Der Kreistag beschloss am 4. Dezember 2024 in Fahrenbach ..."
    assert archived_pairs("neckar-odenwald-kreis_kt_bericht_afd_2024-12-04.txt") == [
        ("Kreistag", "2024-12-04")]
    # no day after the verb: undated
    text = ("Kreishaushalt\n\nDer Kreistag beschloss am Ende einer langen Debatte den Kreishaushalt "
            "für das Jahr 2025 mit großer Mehrheit.\n")
    assert inline_pairs(text) == [("Kreistag", None)]


def test_report_body_took_a_decision_told_by_fassen_or_tagen():
    # Rudolstadt (OTZ): "Den entsprechenden Beschluss fasste der Stadtrat am Donnerstagabend ..."
    assert archived_pairs("rudolstadt_str_bericht_otz_waermeplanung_2024-01.txt") == [("Stadtrat", None)]
    # Rinteln (NDZ): "Der Rintelner Rat hat in seiner jüngsten Sitzung ... folgende Beschlüsse gefasst"
    assert archived_pairs("rinteln_rat_bericht_ndz_22648.txt") == [("Rat", None)]
    # a decision still to be taken is not reported
    text = ("Wärmeplanung\n\nDie Verwaltung legt die Planung vor. Den Beschluss soll der Stadtrat "
            "im März fassen, wenn die Förderzusage vorliegt.\n")
    assert inline_pairs(text) == []


def test_report_body_named_with_its_corporation_before_the_verb():
    # Viersen (blog): "Der Rat der Stadt Viersen tagte am 26. September im Sitzungssaal" (no year)
    assert archived_pairs("viersen_rat_bericht_blog_2018-09-26.txt") == [("Rat", None)]
    # a meeting to come
    text = ("Haushalt 2019\n\nDer Rat der Stadt Viersen wird am 26. September im Forum über den "
            "Haushalt beraten.\n")
    assert inline_pairs(text) == []


def test_report_body_as_subject_of_a_clause_closed_by_its_verb():
    # Hof (Frankenpost): "die Haushaltssatzung fürs laufende Jahr, die der Haupt- und
    # Finanzausschuss am Montagnachmittag einstimmig beschlossen hat"
    assert archived_pairs("hof_hfa_bericht_frankenpost_haushalt.txt") == [("Haupt- und Finanzausschuss", None)]
    # a decision of before the one reported ("beschlossen hatte") is not recorded
    text = ("Haushalt\n\nDie Satzung, die der Haupt- und Finanzausschuss im Vorjahr einstimmig "
            "beschlossen hatte, gilt weiter. Die Verwaltung rechnet mit Mehreinnahmen.\n")
    assert inline_pairs(text) == []


def test_report_body_after_a_modal_verb_dealing_with_the_matter():
    # Ippesheim (Main-Post): "konnte sich der Marktgemeinderat mit der Festlegung der neuen
    # Hebesätze beschäftigen"
    assert archived_pairs("ippesheim_mgr_bericht_mainpost_11654734.txt") == [("Marktgemeinderat", None)]
    # the infinitive is not one of dealing with or deciding a matter
    text = ("Grundsteuer\n\nNach langer Debatte wollte der Marktgemeinderat unverhältnismäßige "
            "Mehrbelastungen vermeiden. Die Verwaltung rechnete verschiedene Möglichkeiten durch.\n")
    assert inline_pairs(text) == []


def test_report_body_decided_on_the_day_its_sentence_opens_with_or_in_its_meeting():
    # Torgau (Torgau-TV): "Am Mittwoch den 31. März 2010 beschloss der Torgauer Stadtrat ..."
    assert archived_pairs("torgau_str_bericht_torgau-tv_2010-03-31.txt") == [("Stadtrat", "2010-03-31")]
    # Heusweiler (notice of a statute): "hat der Gemeinderat in seiner Sitzung am 12. Dezember
    # 2024 folgende 1. Änderungssatzung beschlossen"
    assert archived_pairs("heusweiler_gr_bekanntmachung_hebesatzsatzung_2024-12-16.txt") == [
        ("Gemeinderat", "2024-12-12")]
    # a day the sentence names for something else than the decision: undated
    text = ("Kita\n\nAm 31. März 2010 endete die Frist; danach beschloss der Stadtrat den Umbau "
            "der Kita einstimmig.\n")
    assert inline_pairs(text) == [("Stadtrat", None)]


def test_report_body_decided_in_its_meeting_the_sentence_opens_with():
    # a party's post (Delitzsch): "Auf seiner Sitzung vom 28.9.2017 beschloss der Stadtrat ..."
    assert archived_pairs("delitzsch_str_spd_elternbeitraege_2017-09-28.txt") == [("Stadtrat", "2017-09-28")]
    text = ("Kita\n\nIn ihrer öffentlichen Sitzung am 12.05.2021 beschloss die Stadtverordnetenversammlung "
            "den Umbau der Kita.\n")
    assert inline_pairs(text) == [("Stadtverordnetenversammlung", "2021-05-12")]
    # the meeting's day followed by another subject: undated
    text = ("Kita\n\nAuf seiner Sitzung vom 28.9.2017 sprach der Bürgermeister; danach beschloss der "
            "Stadtrat den Umbau der Kita.\n")
    assert inline_pairs(text) == [("Stadtrat", None)]


def test_portal_gremium_field_with_the_council_term():
    # Landkreis Börde (ALLRIS to020): "Gremium: 5. WP Kreistag Landkreis Börde Beschlussart: ..."
    # / "Datum: Mi, 05.12.2007": the body without its term and its district (tests/extract/GOLD.md)
    assert archived_pairs("boerde-lk_to020_5177.txt") == [("Kreistag", "2007-12-05")]
    assert clean_committee("Wahlperiode Stadtrat") == "Stadtrat"


def test_next_meeting_of_a_decided_item_is_a_later_step():
    # Brakel (SessionNet item): "Beschluss: einstimmig beschlossen" ... "Konkrete Angaben
    # werden in der nächsten Bauausschusssitzung erörtert und beschlossen."
    assert archived_pairs("brakel_to0050_4281.txt") == []
    # without a result taken, the page is put to that next meeting
    text = ("Beschluss:\n\nDie Verwaltung wird beauftragt, die Angelegenheit weiter voranzutreiben. "
            "Konkrete Angaben werden in der nächsten Bauausschusssitzung erörtert und beschlossen.\n")
    assert inline_pairs(text) == [("Bauausschuss", None)]


def test_next_meeting_named_by_an_item_page_whose_record_tells_a_resolution_is_a_later_step():
    # Idstein (SessionNet item): "... wird in der nächsten Ausschusssitzung beraten." /
    # "Der Ausschuss nimmt den Antrag zur Kenntnis." (the record of the page's own meeting)
    assert archived_pairs("idstein_to0050_232213.txt") == []
    # near miss: a resolution proposed for the next meeting is no resolution taken
    text = ("Antrag der Fraktion\n\nDer Antrag soll in der nächsten Bauausschusssitzung beraten werden. "
            "Die Fraktion bittet die Verwaltung um eine Stellungnahme.\n")
    assert inline_pairs(text) == [("Bauausschuss", None)]


def test_list_of_resolutions_of_one_body_with_their_votes():
    # Großschönau (municipal site): numbered resolutions "Der Gemeinderat der Gemeinde
    # Großschönau beschließt ..." each with "Abstimmungsergebnis: ... Ja-Stimmen: 16 + 1"
    assert archived_pairs("grossschoenau_gr_beschluesse_2012.txt") == [("Gemeinderat", None)]
    # one agenda item's resolution with its vote (Donau-Ries, SessionNet): no list, no meeting
    assert archived_pairs("donau-ries-lk_to0050_10145.txt") == []


# --- meetings of round 27's and round 25's pages ---

def test_meeting_heading_with_its_day_on_the_next_line():
    # Cleebronn's RIS meeting page: "Gemeinderat-Sitzung" / "Sitzung am 20.11.2020 um 19:00 Uhr"
    assert archived_pairs("cleebronn_ris_sitzung_159_2020-11-20.txt") == [("Gemeinderat", "2020-11-20")]
    # the day line must give a day: a heading over a running sentence names no meeting's day
    text = "Gemeinderat-Sitzung\n\nSitzung am Abend im Rathaus, Beginn 20.11.2020 geplant\n"
    assert [(c.committee, c.date) for c in find_consultations(Document(source="inline", text=text, kind="text"))] != [("Gemeinderat", "2020-11-20")]


def test_agenda_item_put_to_the_vote_by_the_councils_chair():
    # SessionNet agenda item: "Der Stadtverordnetenversammlung liegt folgender Antrag ... vor",
    # "Über den Antrag lässt die Stadtverordnetenvorsteherin wie folgt abstimmen:",
    # "Abstimmungsergebnis: Einstimmig beschlossen" (Pohlheim): the council, no day printed
    assert archived_pairs("pohlheim_to0050_33748.txt") == [("Stadtverordnetenversammlung", None)]
    text = ("Der Kreistagsvorsitzende lässt über die Vorlage abstimmen.\n\n"
            "Abstimmungsergebnis: mehrheitlich angenommen\n")
    assert inline_pairs(text) == [("Kreistag", None)]
    # near misses: a chair named without the body (Friedberg: "Vorsitzender Hausner lässt über
    # den vorliegen Stellenplan abstimmen"), a committee's chair, and no result of the vote
    assert archived_pairs("friedberg-hessen_to0050_33972.txt") == []
    text = "Die Ausschussvorsitzende lässt über den Antrag abstimmen.\n\nAbstimmungsergebnis: einstimmig beschlossen\n"
    assert inline_pairs(text) == []
    assert inline_pairs("Der Stadtverordnetenvorsteher lässt über den Antrag abstimmen.\n") == []

def test_meeting_heading_with_its_day_after_vom_on_the_next_line():
    # a news item's heading wrapped before its day: "Aktuelles aus der Gemeinderatssitzung" /
    # "vom 25. Juli 2016" (Aitrach's municipal site)
    assert archived_pairs("aitrach_gr_bericht_2016-07-25.txt") == [("Gemeinderat", "2016-07-25")]
    # near miss: a line opening with "vom" and a day that runs on is no day line
    text = ("Aus der Gemeinderatssitzung\n\nvom 25.07.2016 an gelten neue Gebühren für den Friedhof. "
            "Der Gemeinderat beschloss die Satzung einstimmig.\n")
    assert ("Gemeinderat", "2016-07-25") not in [
        (c.committee, c.date) for c in find_consultations(Document(source="inline", text=text, kind="text"))]


def test_corporation_after_the_council_in_a_portal_field():
    # as ALLRIS's "Gremium: 5. WP Kreistag Landkreis Börde" (test above)
    assert clean_committee("Stadtrat Stadt Zittau") == "Stadtrat"
    assert clean_committee("Gemeinderat Gemeinde Bad Zwischenahn") == "Gemeinderat"
    # near misses: a committee's subject, the body named with its corporation
    assert clean_committee("Ausschuss Stadt und Umwelt") == "Ausschuss Stadt und Umwelt"
    assert clean_committee("Verwaltungsausschuss Stadt Zukunft") == "Verwaltungsausschuss Stadt Zukunft"
    assert clean_committee("Rat der Stadt Laatzen") == "Rat der Stadt Laatzen"


def test_day_of_a_verb_after_a_meeting_set_for_in_prose():
    # "Die Ladungsfrist für die konstituierende Sitzung des Stadtrates endete am 25.06.2024";
    # "Bereits im Jahr 2020 hat der Wernigeröder Stadtrat ... beraten und 2021 beschlossen" (history)
    assert archived_pairs("wernigerode_vo020_3618.txt") == []
    # near miss: a motion's meeting it is put to, its day after the name
    assert archived_pairs("mettmann_ausschuss_antrag_cdu_ratsinformationssystem.txt") == [
        ("Ausschuss für Verwaltung, Digitalisierung und Ordnung", "2026-02-24")]


def test_body_in_a_clause_set_in_is_no_meeting_reported():
    # "Dort herrscht, wie von Bürgermeisterin Christine Klein im Ausschuss geschildert, Raumnot."
    assert ("Ausschuss", None) not in archived_pairs("bensheim_svv_bericht_bergstraesser-anzeiger_1764670.txt")


def test_meeting_a_matter_is_to_be_presented_to_is_no_meeting_of_the_page():
    # Hoppegarten's item page: "... einzuholen, aufzuführen und zur ersten ordentlichen Sitzung
    # der Gemeindevertretung in 2011 vorzulegen" (a meeting to come; the page names no other)
    assert archived_pairs("hoppegarten_to0050_20207.txt") == []
    # near miss: the meeting put to, named with its day, stays (test above)
    assert archived_pairs("mettmann_ausschuss_antrag_cdu_ratsinformationssystem.txt") != []


def test_body_opening_a_sentence_with_im_names_the_meeting_reported():
    # "Im Stadtrat von Eschershausen wurde am vergangenen Donnerstag der Haushalt ... beschlossen."
    assert archived_pairs("eschershausen_str_bericht_weser-ith-news_34669.txt") == [("Stadtrat", None)]


def test_day_after_two_verbs_of_the_body():
    # Altbach's news: "Aus der Arbeit des Gemeinderates - der Gemeinderat beriet und beschloss am 13.12.2022"
    assert archived_pairs("altbach_gr_gemeindenachrichten_2022-12-13.txt") == [("Gemeinderat", "2022-12-13")]


def test_approval_told_as_green_light():
    # Türkenfeld's news: "hat der Gemeinderat nun dennoch grünes Licht für die Ausschreibung und
    # Auftragsvergabe gegeben"
    assert archived_pairs("tuerkenfeld_gr_bericht_led-strassenbeleuchtung.txt") == [("Gemeinderat", None)]


def test_report_council_named_as_the_town_parliament_or_the_council_body():
    # Königstein (Königsteiner Woche): "Es war der große Abend der Emotionen im Stadtparlament";
    # Wetzlar (Mittelhessen): "Die Zustimmung im Stadtparlament war erwartet worden"
    assert archived_pairs("koenigstein-im-taunus_svv_bericht_kurbad_id10201.txt") == [("Stadtparlament", None)]
    assert inline_pairs((FIXTURES / "snippets" / "wetzlar_mittelhessen_stvv_bericht_domhoefe.txt")
                        .read_text(encoding="utf-8")) == [("Stadtparlament", None)]
    # near miss: a bare "das Gremium" names no body (tests/extract/GOLD.md)
    assert inline_pairs("Neue Preise\n\nDie Verwaltung schlug einen Preis von 215 Euro vor. "
                        "Dem folgte das Gremium einstimmig.\n") == []


def test_report_body_following_a_proposal():
    # Häg-Ehrsberg (news item): "Die Verwaltung schlug nun vor, ... festzulegen ... Dem folgte das Ratsgremium."
    assert archived_pairs("haeg-ehrsberg_gr_bericht_grundstueckspreise.txt") == [("Ratsgremium", None)]
    # Meßstetten (Schwarzwälder Bote): "der Gemeinderat folgte einem Antrag, die Höchstgrenze ... herabzusetzen"
    assert inline_pairs((FIXTURES / "snippets" / "messstetten_schwarzwaelder-bote_2018-05_hauptsatzung.txt")
                        .read_text(encoding="utf-8")) == [("Gemeinderat", None)]
    # near miss: a body that is to follow a proposal at a meeting to come
    assert inline_pairs("Neue Preise\n\nDie Verwaltung schlägt einen Preis von 215 Euro vor. "
                        "Dem wird der Gemeinderat in der nächsten Sitzung folgen.\n") == []


def test_report_headline_naming_the_body_its_day_and_the_hour():
    # Werder (Havel) (a group's live ticker): "Hier der Live-Ticker der Stadtverordnetenversammlung
    # am 22.9.2022 ab 18:30 Uhr."
    assert archived_pairs("werder-havel_svv_liveticker_stadtmitgestalter_2022-09-22.txt") == [
        ("Stadtverordnetenversammlung", "2022-09-22")]
    assert inline_pairs("Stadtrat am 12.05.2021, 18 Uhr\n\nDer Stadtrat hat den Haushalt nach langer Debatte "
                        "mit großer Mehrheit beschlossen, berichtet die Fraktion.\n") == [("Stadtrat", "2021-05-12")]
    # near miss: an hour after a day that follows no body's name
    assert inline_pairs("Sprechstunde am 12.05.2021, 18 Uhr\n\nDie Fraktion lädt zur Sprechstunde ein "
                        "und beantwortet Fragen der Bürgerinnen und Bürger.\n") == []


def test_minutes_put_a_matter_to_a_later_meeting_which_is_not_theirs():
    # Perl (Mitteilungsblatt, minutes without a heading): "Die vorliegende Anfrage zur
    # Einwohnerfragestunde wird in der Jahresabschlusssitzung des Gemeinderates am 10.12.2021 vorgetragen."
    assert archived_pairs("perl_gr_sitzung_wittich-2022-50.txt") == []
    # near misses: minutes naming their own meeting; a motion's page names the meeting it is put to
    assert inline_pairs("Der Bürgermeister eröffnet die Sitzung des Gemeinderates am 10.12.2021 und begrüßt "
                        "die Anwesenden.\n") == [("Gemeinderat", "2021-12-10")]
    assert inline_pairs("Antrag der Fraktion\n\nDer Antrag wird in der Sitzung des Bauausschusses am 12.05.2022 "
                        "beraten.\n") == [("Bauausschuss", "2022-05-12")]


def test_agenda_of_a_meeting_page_titled_by_its_body_over_place_and_day():
    # Bielefeld (Meine Stadt Transparent meeting page): "Rat der Stadt Bielefeld" / "Bielefeld,
    # Großer Saal im Neuen Rathaus" / "20. März 2014 16:00 - 21:50" / "Tagesordnung" / "Ö" ...
    assert archived_pairs("bielefeld_mst_meeting_2639.txt") == [("Rat der Stadt Bielefeld", "2014-03-20")]
    # near miss: a headline telling of the body is no title naming it alone
    assert inline_pairs("Gemeinderat beschließt neuen Haushalt\n\nRathaus, Großer Saal\n20. März 2014 16:00\n\n"
                        "Tagesordnung\n\nÖ 1\nMitteilungen\n") == []


def test_a_municipality_council_named_with_its_town_is_reported_without_it():
    # Schweich (Mitteilungsblatt): "eine Sitzung des Verbandsgemeinderates Schweich statt"; Meißen (a
    # group's report on the Kreistag): the council named with its town; Gräfendorf: "Sitzung des
    # Gemeinderates Gräfendorf Nr. 9/2022 vom 16.11.2022"; Walkertshofen (komuna): "Gemeinderat
    # Walkertshofen (Gemeinde Walkertshofen) Gemeinderat Walkertshofen 18.05.2021 ö 4.1"
    assert archived_pairs("schweich_vgr_beschluesse_2023-05-16.txt") == [("Verbandsgemeinderat", "2023-05-16")]
    assert archived_pairs("meissen-lk_kt_bericht_linke_2016-12-08.txt") == [("Kreistag", "2016-12-08")]
    assert pairs("graefendorf_gr_niederschrift_wittich-2022-47_head.txt") == [("Gemeinderat", "2022-11-16")]
    assert archived_pairs("walkertshofen_agendaitem_82486913.txt") == [("Gemeinderat", "2021-05-18")]
    for name in ("Gemeinderat Schönau im Schwarzwald", "Verbandsgemeinderat Wittlich-Land",
                 "Stadtverordnetenversammlung Neustadt in Holstein", "Stadtrat Zell (Mosel)"):
        assert clean_committee(name) == name.split()[0]
    # near misses: a district's body keeps its district (Dresden: "des Ortschaftsrates Langebrück";
    # Köthen: "Ortschaftsrat Dohndorf"), "Rat der Stadt" its own name, and a council's name
    # followed by no town or by a committee's subject keeps its words
    assert pairs("dresden_OR-LB-73-2012_beschlussausfertigung_head.txt")[0][0] == "Ortschaftsrat Langebrück"
    assert archived_pairs("koethen-dohndorf_ortschaftsrat_einladung_11-sitzung.txt")[0][0] == "Ortschaftsrat Dohndorf"
    for name in ("Ortsrat Laatzen", "Bezirksvertretung Mengede", "Rat der Stadt Laatzen", "Stadtrat (Plenum)",
                 "Stadtrat Plenum", "Betriebsausschuss Münster Marketing", "Kreistag Ausschuss für Bildung"):
        assert clean_committee(name) == name


def test_the_last_assembly_told_as_held_is_the_meeting_reported():
    # a newspaper's report: "Die letzte Stadtverordnetenversammlung vor der Kommunalwahl war im Vorlauf
    # eine komplizierte Veranstaltung." (the assembly's name is the word for its meeting), no day printed
    assert archived_pairs("bensheim_svv_bericht_bergstraesser-anzeiger_1764670.txt") == [
        ("Stadtverordnetenversammlung", None)]
    # near miss: the last one of the year still to come is no meeting held
    assert pairs("viernheim_suedhessen-morgen_svv_vorschau.txt") == []
    from extract import consultations
    text = "Die letzte Stadtverordnetenversammlung für dieses Jahr beginnt am Dienstag"
    assert not consultations._assembly_as_meeting(text, 11, 38)
    text = "Die letzte Stadtverordnetenversammlung vor der Wahl war kurz."
    assert consultations._assembly_as_meeting(text, 11, 38)


def test_report_of_a_resolution_by_circulation_names_no_meeting():
    # a municipal news item (Gammelshausen): the meeting was cancelled, "sondern im Rahmen eines
    # Umlaufbeschlusses" the Gemeinderat resolved; its later "Der Gemeinderat stimmte ... zu" is the same
    assert archived_pairs("gammelshausen_gr_blau-box_urnengemeinschaftsgraeber_2020.txt") == []
    text = ("Feuerwehr\n\nDer Gemeinderat hat im Umlaufverfahren den Kauf eines Fahrzeugs beschlossen.\n")
    assert inline_pairs(text) == []
    # a page that only names the word elsewhere: the body's decision is told of
    text = ("Feuerwehr\n\nDer Gemeinderat hat den Kauf eines Fahrzeugs beschlossen. Die Satzung über "
            "den Umlaufbeschluss bleibt unverändert.\n")
    assert inline_pairs(text) == [("Gemeinderat", None)]


def test_motion_letter_to_the_mayor_reports_no_meeting():
    # a group's motion letter (Odenthal) addressed "Herrn\nBürgermeister ...": the committee
    # meeting it names ("Zur Schulausschusssitzung am 28.02.18 waren ...") is its background
    assert archived_pairs("odenthal_spd_antrag_jugendarbeit_2018-03-18.txt") == []
    # a report naming the mayor at a line's start is no letter
    text = ("Feuerwehr\n\nIn der Gemeinderatssitzung am 12.03.2019 beschloss der Rat den Kauf.\n"
            "Herrn Bürgermeister Müller dankte der Rat.\n")
    assert inline_pairs(text) == [("Gemeinderat", "2019-03-12")]


def test_sessionnet_item_page_meeting_row_with_its_day_before_the_body():
    # SessionNet's agenda-item page (Dötlingen): "Sitzung: 07.05.2024 Ausschuss für Infrastruktur
    # und Energie" over "Beschluss: einstimmig beschlossen"
    assert archived_pairs("doetlingen_to0050_13172.txt") == [
        ("Ausschuss für Infrastruktur und Energie", "2024-05-07")]
    # the row without a day: the body, undated
    text = "Sitzung: Bauausschuss\nBeschluss: einstimmig beschlossen\nDer Bauausschuss empfiehlt den Bau.\n"
    assert inline_pairs(text) == [("Bauausschuss", None)]


def test_report_body_named_with_its_place_before_the_verb():
    # a newspaper report (HNA): "Der Kreistag Hersfeld-Rotenburg hat am Montag den Doppelhaushalt ...
    # beschlossen"
    assert archived_pairs("hersfeld-rotenburg_kt_bericht_hna_doppelhaushalt-2019-2020.txt") == [("Kreistag", None)]
    # a member's title with a name is no body: "Der Stadtrat Meier hat ... beantragt"
    text = ("Radweg\n\nDer Stadtrat Meier hat am Montag den Radweg an der Hauptstraße beschlossen sehen wollen.\n")
    assert inline_pairs(text) == []
