"""Proposals and resolutions, on snippets of real papers and minutes."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.decisions import _agenda_results, find_decisions, outcome_of, parse_votes
from extract.document import Document, read_document

from tests.extract.snippets import snippet_doc, snippet_text

ARCHIVED = Path(__file__).parents[1] / "fixtures" / "archived"

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def kinds(name: str, kind: str = "text") -> list[tuple]:
    return [(d.kind, d.outcome) for d in find_decisions(snippet_doc(name, kind))]


def test_beschlussentwurf_is_a_proposal_noted():
    # seeds/001 (Brühl): "Beschlussentwurf: Der Jugendhilfeausschuss nimmt den Bericht ... zur Kenntnis."
    assert kinds("seed_001_content_beschlussentwurf.txt") == [("proposal", "noted")]


def test_proposal_ends_before_the_signature_and_the_result_form():
    # seeds/003: "**Beschlussentwurf:**" ... "In der Sitzung des ... wurde wie folgt beschlossen:"
    assert kinds("seed_003_beschlussentwurf.txt") == [("proposal", "noted")]


def test_points_with_different_outcomes_give_one_proposal_each():
    # Karlsruhe 24372: "a) ... nimmt den Entwurf ... zur Kenntnis." "b) ... beschließt ..."
    assert kinds("karlsruhe_24372_2481_head.txt") == [("proposal", "noted"), ("proposal", "approved")]


def test_note_and_approval_in_one_point_is_one_approval():
    # Karlsruhe 2020-0972: "I. Der Hauptausschuss nimmt die Ausführungen zur Kenntnis und stimmt der Vergabe ... zu."
    assert kinds("karlsruhe_2020-0972_619295_reprint.txt") == [("proposal", "approved")]


def test_faction_motion_is_not_a_proposal():
    # Köln 368517 (OCR reference): Ergänzungsantrag of five factions "... beschließt den Verwaltungsvorschlag"
    assert kinds("koeln_368517_referenz.txt") == []


def test_kenntnisnahme_in_the_only_row_is_not_a_resolution():
    # Karlsruhe 2022-0973: "Hauptausschuss 20.09.2022 3 x  Kenntnisnahme" for an Informationsvorlage
    assert kinds("karlsruhe_2022-0973_639986_head.txt") == [("proposal", "noted")]


def test_filled_result_column_is_a_resolution():
    # Karlsruhe 2014-0254: "AUG ... vorberaten", "Hauptausschuss ... vorberaten", "Gemeinderat ... genehmigt"
    assert kinds("karlsruhe_2014-0254_149948_head.txt") == [("proposal", "approved"),
                                                           ("resolution", "approved")]


def test_kenntnisnahme_of_an_earlier_row_is_a_resolution():
    # Karlsruhe 19545: "Ausschuss für öffentliche Einrichtungen 31.01.2008 3 Kenntnisnahme", then Gemeinderat
    assert ("resolution", "noted") in kinds("karlsruhe_19545_6544_head.txt")


def test_pre_printed_result_boxes_are_not_resolutions():
    # Koblenz Gremienweg: "einstimmig mehrheitl. ohne BE / abgelehnt Kenntnis abgesetzt / ..."
    assert [k for k in kinds("koblenz_BV-0197-2026_head.txt", "pdf") if k[0] == "resolution"] == []


def test_beschluss_with_abstimmungsergebnis_counts():
    # Braunschweig Protokoll: "Dafür: 8      Dagegen: 0      Enthaltung: 0"
    decisions = find_decisions(snippet_doc("braunschweig_protokoll_top1-5.txt"))
    assert [(d.kind, d.outcome, d.votes) for d in decisions] == [
        ("resolution", "approved", {"yes": 8, "no": 0, "abstain": 0}),
        ("resolution", "approved", {"yes": 9, "no": 0, "abstain": 0}),
    ]


def test_agenda_approval_is_procedural():
    # Braunschweig: "Die Tagesordnung wird in der vorliegenden Fassung genehmigt." is not among them
    texts = [d.text for d in find_decisions(snippet_doc("braunschweig_protokoll_top1-5.txt"))]
    assert not any("Tagesordnung" in t for t in texts)


def test_ja_and_nein_stimmen():
    # Karlsruhe 2021-0320: "Bei 44 Ja-Stimmen und 3 Nein-Stimmen mehrheitlich zugestimmt."
    (d,) = find_decisions(snippet_doc("karlsruhe_2021-0320_625540_head.txt"))
    assert (d.kind, d.outcome, d.votes) == ("resolution", "approved", {"yes": 44, "no": 3})


def test_session_page_beschluss_with_zero_votes():
    # seeds/002 (SessionNet page): ".Beschluss:" ... "Dafür: 0, Dagegen: 0"
    (d,) = find_decisions(snippet_doc("seed_002_tail.txt"))
    assert (d.kind, d.outcome, d.votes) == ("resolution", "noted", {"yes": 0, "no": 0})


def test_postponed_item_in_minutes():
    # Potsdam Protokoll: "5.3 Schwarz-Rot-Gold ... wird aufgrund eines fehlenden Votums vertagt."
    assert kinds("potsdam_protokoll_head.txt") == [("resolution", "postponed")]


def test_vote_ratio_in_minutes():
    # Erlangen Niederschrift: "(Abstimmung 9:0 Stimmen)", "stellt mit 8 zu 0 Stimmen folgenden Antrag"
    decisions = find_decisions(snippet_doc("erlangen_2020-10-20_Niederschrift_top2-3.txt", "pdf"))
    assert [(d.outcome, d.votes) for d in decisions] == [
        ("approved", {"yes": 9, "no": 0})] * 3 + [("approved", {"yes": 8, "no": 0})]


def test_chair_records_a_broad_majority():
    # Karlsruhe 2018-0716: "Das ist eine breite Mehrheit dafür."
    assert kinds("karlsruhe_2018-0716_607198_head.txt") == [("resolution", "approved")]


def test_election_with_counts():
    # Stuttgart: "Auf Herrn Dr. Belge entfielen 54 Stimmen Gegenstimmen: 2, Enthaltungen: 2 ... gewählt."
    (d,) = find_decisions(snippet_doc("stuttgart_gr_2019-03-28_head.txt", "pdf"))
    assert (d.outcome, d.votes) == ("approved", {"yes": 54, "no": 2, "abstain": 2})


def test_vote_table_result_column():
    # Karlsruhe 2016-0809 Anlage 4: "20 J; 26 N"
    (d,) = find_decisions(snippet_doc("karlsruhe_2016-0809_596093_head.txt"))
    assert (d.outcome, d.votes) == ("rejected", {"yes": 20, "no": 26})


def test_noted_in_a_notice_of_decisions():
    # Koblenz: "Der Ausschuss hat den nachfolgenden Punkt zur Kenntnis genommen:"
    assert kinds("koblenz_ASM-2026-04-21_Bekanntgabe.txt", "pdf") == [("resolution", "noted")]


def test_unanimous_results_of_a_beratungsverlauf():
    # Hannover SIM: "04.05.2026: Stadtbezirksrat Vahrenwald-List: Einstimmig"; "Antrag, zu beschließen, ..."
    doc = read_document(str(FIXTURES / "detect" / "hannover_DS-0728-2026.html"))
    decisions = [(d.kind, d.outcome, d.votes) for d in find_decisions(doc)]
    assert decisions[0] == ("proposal", "approved", None)
    assert decisions[1:] == [("resolution", "approved", {"unanimous": True})] * 3


@pytest.mark.parametrize("text, outcome", [
    ("Der Gemeinderat lehnt den Antrag ab.", "rejected"),
    ("Der Ausschuss nimmt den Bericht zur Kenntnis.", "noted"),
    ("Der Antrag wird zurückgezogen.", "withdrawn"),
    ("Die Angelegenheit wird in den Hauptausschuss verwiesen.", "referred"),
    ("geändert beschlossen", "amended"),
    ("Die Verwaltung berichtet über den Sachstand.", None),
])
def test_outcome_of(text, outcome):
    assert outcome_of(text) == outcome


def test_parse_votes_unanimous():
    assert parse_votes("Einstimmig zugestimmt") == {"unanimous": True}


def test_html_result_field():
    doc = Document(source="inline", text="Protokoll\n", kind="html",
                   fields={"Gremium": "Mobilitätsausschuss", "Beschlussart": "zur Kenntnis genommen"})
    assert [(d.kind, d.outcome) for d in find_decisions(doc)] == [("resolution", "noted")]


def test_beschlussantrag_kurzfassung():
    # Karlsruhe 2022-0691: "Beschlussantrag (Kurzfassung)" / "Der Gemeinderat befürwortet ... und beauftragt ..."
    assert kinds("karlsruhe_2022-0691_638721_head.txt") == [("proposal", "approved")]


def test_entscheidungsvorschlag_inside_a_line():
    # RIS München: "... Entscheidungsvorschlag Der Stadtrat stimmt der Umsetzung des IKT-Vorhabens zu. ..."
    doc = read_document(str(FIXTURES / "muenchen" / "StadtratsvorlageParser_Dokument1.html"))
    assert [(d.kind, d.outcome) for d in find_decisions(doc)] == [("proposal", "approved")]


def test_result_field_of_an_allris_agenda_item():
    # ALLRIS Altona to020: "Gremium: Mobilitätsausschuss  Beschlussart: zur Kenntnis genommen"
    doc = read_document(str(FIXTURES / "allris" / "altona_to020.html"))
    assert [(d.kind, d.outcome) for d in find_decisions(doc)] == [("resolution", "noted")]


def test_petitum_of_a_faction_motion_is_not_a_proposal():
    # ALLRIS Hamburg-Nord vo020: "Petitum/Beschluss: Die GRÜNE Fraktion beantragt, der Hauptausschuss möge ... beschließen"
    doc = read_document(str(FIXTURES / "allris" / "hamburg_nord_vo020.html"))
    assert find_decisions(doc) == []


def test_committee_recommendation_passed_on_is_not_a_proposal():
    # ALLRIS Altona vo020: "Drucksache-Art: Beschlussempfehlung", "Petitum: Der Hauptauschuss wird um Zustimmung gebeten."
    doc = read_document(str(FIXTURES / "allris" / "altona_vo020.html"))
    assert find_decisions(doc) == []


def test_unanimous_abstimmungsergebnis():
    # Karlsruhe 2021-0478 Niederschrift: "Abstimmungsergebnis:" / "Einstimmig zugestimmt."
    (d,) = find_decisions(snippet_doc("karlsruhe_2021-0478_625566_head.txt"))
    assert (d.kind, d.outcome, d.votes) == ("resolution", "approved", {"unanimous": True})


def test_resolution_with_an_abstimmung_label():
    # Dresden Beschlussausfertigung: "Beschluss:" / "Der Ortschaftsrat Langebrück beschließt ..." /
    # "Abstimmung:" / "9 Ja-Stimmen"
    found = find_decisions(snippet_doc("dresden_OR-LB-73-2012_beschlussausfertigung_head.txt"))
    assert [(d.kind, d.outcome, d.votes) for d in found] == [
        ("resolution", "approved", {"yes": 9})]


# --- vote phrasing and outcomes of minutes outside the corpus ------------------------
# Excerpts of agenda-item pages (SessionNet to0050) and verbatim minutes of other
# municipalities; sources in tests/fixtures/SOURCES.md.

def test_zustimmungen_and_ablehnungen_counted_before_the_word():
    # Kleinmachnow to0050: "Abstimmungsergebnis:" / "9 Zustimmungen / 0 Ablehnungen / 0 Enthaltungen – einstimmig zugestimmt"
    from tests.extract.snippets import snippet_text
    record = snippet_text("kleinmachnow_to0050-17084_abstimmung.txt").split("Abstimmungsergebnis:")[1]
    assert parse_votes(record) == {"yes": 9, "no": 0, "abstain": 0, "unanimous": True}
    assert outcome_of(record) == "approved"


def test_counts_written_out_in_a_passive_record():
    # Westliche Börde to0050: "... wird mehrheitlich mit 12 Ja-Stimmen, einer Gegenstimme und drei
    # Enthaltungen angenommen."
    from tests.extract.snippets import snippet_text
    text = snippet_text("westlicheboerde_to0050-10255_abstimmung.txt")
    assert parse_votes(text) == {"yes": 12, "no": 1, "abstain": 3}
    assert outcome_of(text) == "approved"


def test_counts_on_the_line_below_a_result_in_words():
    # Haan to0050 (Protokoll of a budget deliberation): "Abstimmungsergebnis:" / "mehrheitlich abgelehnt" /
    # "4 Ja  /  14 Nein  /  0 Enthaltungen"
    found = find_decisions(snippet_doc("haan_to0050-18128_p16.txt"))
    assert [(d.kind, d.outcome, d.votes) for d in found] == [
        ("resolution", "rejected", {"yes": 4, "no": 14, "abstain": 0})]


def test_closing_formula_takes_the_outcome_of_the_motion_put_to_the_vote():
    # Köln Wortprotokoll, TOP 8.1: the proposal described ("... wird in die nächste Sitzung vertagt.")
    # is not the decision; "Wer gegen den geänderten Beschlussvorschlag ist, ..." / "Damit ist dieser
    # Vorschlag angenommen." adopts the amended proposal
    assert kinds("koeln_rat_2020-11-05_top8-1.txt", "pdf") == [("resolution", "amended")]


def test_vote_on_a_motion_to_postpone_is_a_postponement():
    # Schwandorf to0050: "Beschluss:" / "Oberbürgermeister Helmut Hey schlägt deshalb vor, den Tagesordnungspunkt
    # zu vertagen. Dieser Antrag wird mit 16 zu zwölf Stimmen angenommen."
    found = find_decisions(snippet_doc("schwandorf_to0050-735_beschluss.txt"))
    assert [(d.kind, d.outcome, d.votes) for d in found] == [
        ("resolution", "postponed", {"yes": 16, "no": 12})]


def test_approved_referral_is_a_referral():
    # Köln vo0053: "Beschluss:" / "Die Vorlage wird ohne Votum in die nachfolgenden Gremien verwiesen." /
    # "Abstimmungsergebnis:" / "Einstimmig zugestimmt."
    found = find_decisions(snippet_doc("koeln_vo0053-94945_verweisung.txt"))
    assert [(d.kind, d.outcome, d.votes) for d in found] == [
        ("resolution", "referred", {"unanimous": True})]


# --- archived pages of municipalities and templates no other fixture holds (tests/fixtures/archived/) ---

def archived_decisions(name: str) -> list[tuple]:
    doc = read_document(str(FIXTURES / "archived" / name))
    return [(d.kind, d.outcome, d.votes) for d in find_decisions(doc)]


def test_filled_in_results_of_allris_classic_rows_and_the_administrations_motion():
    # Ostalbkreis: "Antrag der Verwaltung" / "1. Der Kreistag stimmt der Umstellung ... zu.";
    # rows "Sitzung des Ausschusses für Bildung und Finanzen ungeändert beschlossen",
    # "Sitzung des Kreistags ungeändert beschlossen"; the committee's vote in the
    # "Anmerkung:": "Der Ausschuss für Bildung und Finanzen hat in seiner Sitzung am
    # 08. Februar 2011 einstimmig den Antrag der Verwaltung dem Kreistag zum Beschluss empfohlen."
    assert archived_decisions("ostalbkreis_vo020_175-2010.txt") == [
        ("proposal", "approved", None), ("resolution", "approved", {"unanimous": True}),
        ("resolution", "approved", None)]
    # Berlin BVV: "... ohne Änderungen in der BVV beschlossen", "... mit Zwischenbericht zur Kenntnis genommen"
    assert archived_decisions("berlin-lichtenberg_vo020_DS-1246-V.txt") == [
        ("resolution", "approved", None), ("resolution", "noted", None)]


def test_recommendation_with_a_count_and_einstimmig():
    # SessionNet to0050: "Beschluss: Einstimmig empfohlen" / "Abstimmung: Ja: 6"
    assert archived_decisions("elbtalaue_to0050_74451.txt") == [
        ("resolution", "approved", {"yes": 6, "unanimous": True})]


def test_counts_line_under_the_recorded_decision_in_minutes():
    # Fuhlenhagen: "Die in der Anlage aufgeführten Haushaltsüberschreitungen wurden genehmigt." /
    # "Abstimmung: 5 dafür 0 dagegen 0 Enthaltungen"
    assert archived_decisions("fuhlenhagen_gv_niederschrift_2009-08-20.txt") == [
        ("resolution", "approved", {"yes": 5, "no": 0, "abstain": 0})]


def test_point_that_takes_note_first_and_then_instructs():
    # ALLRIS 4 (Hagen) Beschlussvorschlag, three points all numbered "1.": "Der Bericht der
    # Verwaltung ... wird zur Kenntnis genommen. Die Verwaltung wird beauftragt, ...",
    # "Die Budgetverträge ... werden ... gekündigt.", "Die Verwaltung wird beauftragt, ..."
    assert [(k, o) for k, o, _ in archived_decisions("hagen_allris4_vo020_0456-2010.txt")] == [
        ("proposal", "noted"), ("proposal", "approved")]


def _recorded_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt"))]


def test_minutes_rules_skipped_by_their_words_find_what_all_rules_find(monkeypatch):
    from extract import decisions

    near = [
        "Damit ist der Antrag so beschlossen.\nDAMIT IST DAS EINSTIMMIG ANGENOMMEN",
        "mit 8 zu 0 Stimmen beschlossen\n(ABSTIMMUNG: 9:0 STIMMEN)",
        "Das ist eine breite Mehrheit dafür. Mit großer MEHRHEIT wurde Frau Dr. X gewählt.",
        "Der Punkt wird auf die nächste Sitzung vertagt.\n  Abstimmungsergebnis: einstimmig",
        "Abstimmung: 5 dafür 0 dagegen\nDamit ist Herr Prof. Y gewählt",
        "Damit ist\u017f das beschlossen",  # long s: the words are not used
        # the lowered rules' \b checked where the words stand: inside a word, after
        # a digit or an underscore no rule matches
        "xdamit ist das beschlossen. 1Damit ist das beschlossen. _damit ist das beschlossen.",
        "Smit 8 zu 0 Stimmen beschlossen; (Abstimmung: 9:0 Stimmen)",
        "  Abstimmung: einstimmig\nxAbstimmung: einstimmig",
    ]
    texts = _recorded_texts() + near
    fast = [decisions._minutes_resolutions(t) for t in texts]
    assert sum(map(len, fast)) >= 10
    monkeypatch.setattr(decisions, "_MINUTES_WORDS", {})
    monkeypatch.setattr(decisions, "_MINUTES_LOWERED", {})
    monkeypatch.setattr(decisions, "_MINUTES_LOWERED_RULES", {})
    assert fast == [decisions._minutes_resolutions(t) for t in texts]


def test_records_opening_a_line_with_an_article_found_as_by_the_whole_rules():
    from extract.decisions import _ARTICLE_LINE_RULES, _article_line_matches

    near = [
        # at the text's start, after blanks, over two lines, two on one line, one inside another's span
        "Der Kreistag beschloss einstimmig.\n  Die Vorlage wird einstimmig beschlossen.\n"
        "\tDer Rat\nbeschloss: ja. Das Gremium beschloss. Der Antrag wurde abgelehnt.",
        "  Das Gremium nahm den Bericht zur Kenntnis\nDieser Antrag wird mit 8 Ja-Stimmen zu 13 Nein-Stimmen abgelehnt.",
        # not at a line start, lower case, a capital other than D, an empty first line
        "Heute: Der Rat beschloss.\nder Rat beschloss.\nEin Rat beschloss.\n\nDie Vorlage wurde zurückgezogen",
        "\n\n \nDer Ausschuss empfahl\n\nDiese Empfehlung wurde angenommen\nD",
        # an article closing its line: the match goes on over the next line, which opens with a D
        "Die\nDorfversammlung beschloss einstimmig.\nDer\nDringlichkeitsantrag wird einstimmig angenommen.",
    ]
    texts = _recorded_texts() + near
    for rx in _ARTICLE_LINE_RULES:
        found = [[m.span() for m in _article_line_matches(rx, t)] for t in texts]
        assert sum(map(len, found)) >= 4
        assert found == [[m.span() for m in rx.finditer(t)] for t in texts]


def test_vote_table_columns_found_as_without_their_cue():
    from extract.decisions import _JN_RE, _vote_table_resolutions

    near = ["12 J; 3 N; 1 E", "12J;3N", "12 J\n;\n3 N", "J; N", "12 J ; 3 n", "Jahr; 12 N"]
    texts = _recorded_texts() + near
    found = [[(a, b) for a, b, _ in _vote_table_resolutions(t)] for t in texts]
    assert sum(map(len, found)) >= 5
    assert found == [[m.span() for m in _JN_RE.finditer(t)] for t in texts]


def test_counts_written_label_first_without_colons():
    # SessionNet to0050 (Friedberg (Hessen)): "Abstimmung: Ja: 6, Nein: 3, Enthaltungen: 0", then in the
    # minutes "Mehrheitlich abgelehnt" / "Ja 1  Nein 7  Enthaltung 1" and "Mehrheitlich beschlossen" /
    # "Ja 6  Nein 1  Enthaltung 2": each number belongs to the label before it
    assert archived_decisions("friedberg-hessen_to0050_33972.txt") == [
        ("resolution", "approved", {"yes": 6, "no": 3, "abstain": 0}),
        ("resolution", "rejected", {"yes": 1, "no": 7, "abstain": 1}),
        ("resolution", "approved", {"yes": 6, "no": 1, "abstain": 2})]


def test_unanimous_with_abstentions():
    # Grasleben minutes, TOP 7: "ABSTIMMUNGSERGEBNIS:    Einstimmig bei 1 Enthaltung"
    decisions = archived_decisions("grasleben_sgr_protokoll_2019-09-09.txt")
    assert decisions[-1] == ("resolution", "approved", {"abstain": 1, "unanimous": True})


def test_approving_the_previous_minutes_is_procedural():
    # Grasleben minutes, TOP 4 "Genehmigung des Protokolls der 11. öffentlichen Sitzung vom 11.02.2019" /
    # "Beschluss:" / "Das Protokoll Nr. 11 vom 11.02.2019 wird genehmigt." / "ABSTIMMUNGSERGEBNIS: Einstimmig";
    # only TOP 7 ("Der Samtgemeinderat beauftragt die Verwaltung, ...") is a decision
    doc = read_document(str(FIXTURES / "archived" / "grasleben_sgr_protokoll_2019-09-09.txt"))
    assert [d.text[:36] for d in find_decisions(doc)] == ["Der Samtgemeinderat beauftragt die V"]


def test_intro_that_takes_note_and_then_decides_the_points():
    # SessionNet vo0050 (Hilden) Beschlussvorschlag: "Der Rat der Stadt Hilden nimmt den Bericht der
    # Verwaltung ... zur Kenntnis und beschließt:" over points 1.-6.
    assert [(k, o) for k, o, _ in archived_decisions("hilden_vo0050_433.txt")] == [
        ("proposal", "noted"), ("proposal", "approved")]


# --- result labels, meeting reports and resolution lists (round-3 pages and a second page each) ---

def test_result_label_decides_the_outcome():
    # ALLRIS 4 to020 (Wedel): "Beschluss:" / "zur Kenntnis genommen" above a Wortprotokoll in which
    # "Der Rat beschließt ..." is read out: the label is the result
    assert archived_decisions("wedel_allris4_to020_1020082.txt") == [("resolution", "noted", None)]
    # SessionNet to0050 (Erfurt): "Beschluss: mit Änderungen beschlossen" / "Abstimmung: Ja: 23, Nein: 0,
    # Enthaltungen: 4, Befangen: 0"
    assert archived_decisions("erfurt_to0050_149669.txt") == [
        ("resolution", "amended", {"yes": 23, "no": 0, "abstain": 4})]


def test_beschlussart_field_in_a_pages_text():
    # ALLRIS classic to020 "Auszug" (Landkreis Lüneburg): "Gremium: Ausschuss für Finanzen, ...
    # Beschlussart: zur Kenntnis genommen" on one line
    assert archived_decisions("lueneburg-lk_to020_16141.txt") == [("resolution", "noted", None)]
    # near misses: the open field "Beschlussart: (offen)" (Lübeck) and the tab labels
    # "Wortprotokoll Beschluss |" without a result (Landkreis Peine)
    assert archived_decisions("luebeck_to020_1006718.txt") == []
    assert archived_decisions("peine-lk_to020_13076.txt") == []


def test_result_label_without_a_vote_line_is_a_resolution():
    # SessionNet to0050 (Landkreis Wolfenbüttel): "Beschluss: zurück in die Fraktionen/Gruppen ohne erneute
    # Beratung im Fachausschuss", then under "Beschluss:" "Die Vorlage XIX-0365/2023 wird zur Beratung in die
    # Fraktionen verwiesen.": one resolution, its outcome from the wording where the label names none
    assert archived_decisions("wolfenbuettel-lk_to0050_37281.txt") == [("resolution", "referred", None)]
    # Hohenstein (Hessen): "Beschluss: mehrheitlich abgelehnt" over the committee's reason
    assert kinds("hohenstein-hessen_to0050-526_beschluss.txt") == [("resolution", "rejected")]
    # Leverkusen: "Beschluss: mehrheitlich abgelehnt", "Beschluss:" / "Wie Antrag", counts by group below
    doc = snippet_doc("leverkusen_to0050-59873_beschluss.txt")
    assert [(d.kind, d.outcome, d.votes) for d in find_decisions(doc)] == [
        ("resolution", "rejected", {"yes": 5, "no": 36})]
    # Bogen: label, "Abstimmung: Ja: 22, Nein: 3, Anwesend: 25", then "Beschluss:" over "Der Stadtrat
    # beschließt, ...": the wording under the label's heading is the same resolution
    doc = snippet_doc("bogen_to0050-5434_beschluss.txt")
    assert [(d.kind, d.outcome, d.votes) for d in find_decisions(doc)] == [
        ("resolution", "approved", {"yes": 22, "no": 3})]


def test_label_over_a_form_with_no_counts_is_no_decision():
    # Norderstedt: "Beschluss: noch nicht festgelegt" / "Abstimmung: JA-Stimmen:0 NEIN-Stimmen:0 Enthaltungen:0"
    assert kinds("norderstedt_to0050-5565_beschluss.txt") == []


def test_abstentions_abbreviated_enth():
    # Leverkusen: "Abstimmung: dafür: 10, Enth.: 1" (no "dagegen" printed, so no count of noes)
    assert archived_decisions("leverkusen_to0050_58355.txt") == [
        ("resolution", "approved", {"yes": 10, "abstain": 1})]
    # another Leverkusen page: the counts by group under the label, "Enth.:               1 (Sonstiger)"
    doc = snippet_doc("leverkusen_to0050-34669_beschluss.txt")
    assert [(d.kind, d.outcome, d.votes) for d in find_decisions(doc)] == [
        ("resolution", "rejected", {"yes": 2, "no": 10, "abstain": 1})]


def test_proposal_that_turns_a_motion_down():
    # SessionNet to0050 (Stein): "Beschlussvorschlag:" / "Der Bürgerantrag wird nicht weiter verfolgt."
    assert archived_decisions("stein_to0050_7493.txt") == [
        ("proposal", "rejected", None), ("resolution", "approved", {"yes": 9, "no": 1})]
    # Neustadt bei Coburg: "Beschlussvortrag (Vorschlag der Verwaltung):" / "Der Stadtrat beschließt, den
    # Antrag in den Geschäftsgang zu verweisen." ("Der Stadtrat beschließt" names no councillor: the page is
    # not a faction's motion)
    assert kinds("neustadt-coburg_to0050-20585_beschluss.txt") == [
        ("proposal", "referred"), ("resolution", "approved")]


def test_passive_records_of_a_meeting_report():
    # Waldburg's website, "Aus der Gemeinderatssitzung vom 6. November 2014": four lines "Einem Baugesuch ...
    # wurde das Einvernehmen erteilt."; TOP 2 is still being explained where the page ends
    assert [(k, o) for k, o, _ in archived_decisions("waldburg_gr_bericht_2014-11-06.txt")] == [
        ("resolution", "approved")] * 4
    # near miss: Dußlingen's report "Aus der öffentlichen Gemeinderatssitzung vom 05.11.2020" tells of a
    # budget "eingebracht" at an earlier meeting and of rules "herangezogen": no decision
    assert kinds("dusslingen_gemeindebote-3100_bericht.txt") == []


def test_resolutions_listed_under_their_paper_number():
    # Mühlhausen's website, "Beschlüsse der 5. Stadtratssitzung am 05. März 2015": "Beschluss Drucksache-Nr.:
    # 98/2015 ..." over "Der Stadtrat von Mühlhausen/Thür. beruft ...", 99/2015, 101/2015, 102/2015
    decisions = archived_decisions("muehlhausen_str_beschluesse_2015-03-05.txt")
    assert decisions == [("resolution", "approved", None)] * 4


def test_allris_classic_rows_of_further_meetings_and_the_motions_formula():
    # Steglitz-Zehlendorf: one committee name over six meetings, four of them "... vertagt", two without a
    # result; the BVV's row "... ohne Änderungen in der BVV beschlossen"; the Bezirksamt's motion under
    # "3. Die Bezirksverordnetenversammlung wolle beschließen:" / "Der Doppelhaushaltsplan ... wird ... beschlossen:"
    assert archived_decisions("berlin-steglitz-zehlendorf_vo020_DS-1536-V.txt") == [
        ("proposal", "approved", None)] + [("resolution", "postponed", None)] * 4 + [
        ("resolution", "approved", None)]
    # another paper of the portal: rows "... überwiesen" and "... in der BVV abgelehnt"; near miss: its
    # "Die Bezirksverordnetenversammlung möge beschließen:" is a faction's motion (Initiator: SPD-Fraktion)
    assert kinds("berlin-steglitz-zehlendorf_vo020-2333_beratungsfolge.txt") == [
        ("resolution", "referred"), ("resolution", "rejected")]


def test_records_that_state_their_vote_on_an_agenda_item_page_without_a_result_label():
    # SessionNet to0050 (Landkreis Cloppenburg): "Zu 1):" / "Der Kreistag beschloss einstimmig, dass ...",
    # "Zu 2):" / "Der Kreistag beschloss einstimmig, dass ..." - two votes
    assert archived_decisions("cloppenburg-lk_to0050_12685.txt") == [
        ("resolution", "approved", {"unanimous": True})] * 2
    # Westliche Börde to0050: "Der Beschlussvorschlag wird mehrheitlich mit 12 Ja-Stimmen, ... angenommen."
    found = find_decisions(snippet_doc("westlicheboerde_to0050-10255_abstimmung.txt"))
    assert [(d.kind, d.outcome, d.votes) for d in found] == [
        ("resolution", "approved", {"yes": 12, "no": 1, "abstain": 3})]
    # near miss: where the page's result label gives the decision ("Beschluss: einstimmig beschlossen"),
    # the record of it below ("Der Beschlussvorschlag wird einstimmig angenommen.") is the same decision
    found = find_decisions(snippet_doc("westlicheboerde_to0050-10119_beschluss.txt"))
    assert [(d.kind, d.outcome, d.votes) for d in found] == [
        ("resolution", "approved", {"yes": 12, "no": 0, "abstain": 0, "unanimous": True})]


def test_attendance_over_counts_printed_one_a_line():
    # Radeburg's website, "Beschlüsse aus dem Stadtrat vom 15.09.2022": "Beschluss Nr. 02 – 36./7." over the
    # wording, "Abstimmungsergebnis:" / "Gesetzliche Anzahl des Stadtrates: 16" / "davon anwesend: 13" /
    # "Ja-Stimmen: 8" / "Nein-Stimmen: 0" / "Enthaltungen: 0"; Nr. 03 is cut off before its vote.
    # Near miss: Nr. 01 confirms the previous meeting's minutes ("Das Protokoll ... wird ... bestätigt"): procedural
    assert archived_decisions("radeburg_str_beschluesse_2022-09-15.txt") == [
        ("resolution", "approved", {"yes": 8, "no": 0, "abstain": 0}), ("resolution", "approved", None)]


def test_three_counts_in_the_order_yes_no_abstain():
    # Hilders (minutes in the Mitteilungsblatt): "Beschluss:" / "Die Gemeindevertretung beschließt ..." /
    # "Abstimmung: 19:0:0"; TOP 2 is cut off before its vote
    assert archived_decisions("hilders_gv_niederschrift_2022-11-15.txt") == [
        ("resolution", "approved", {"yes": 19, "no": 0, "abstain": 0}), ("resolution", "approved", None)]
    # near miss: two counts are no such line (Erlangen's "(Abstimmung 9:0 Stimmen)" reads yes and no only)
    from tests.extract.snippets import snippet_text
    line = next(t for t in snippet_text("erlangen_2020-10-20_Niederschrift_top2-3.txt").split("\n")
                if "(Abstimmung 9:0 Stimmen)" in t)
    assert parse_votes(line) == {"yes": 9, "no": 0}


# --- vote counts in any label spelling, result phrases with words between, result fields in capitals ---

def test_counts_are_read_in_the_label_spellings_portals_print():
    # Essenbach (SessionNet, Bavaria): "Für den Beschluss:  20" / "Gegen den Beschluss: 1" / "Anwesend: 21"
    # (attendance is no count of a vote)
    essenbach = (FIXTURES / "archived" / "essenbach_to0050_3117.txt").read_text(encoding="utf-8")
    assert parse_votes(essenbach.split("2014.", 1)[1]) == {"yes": 20, "no": 1}
    # Bad Lauchstädt: "16 mal Ja, 3 mal Nein, 2 Enthaltung"; none in words: "keine Enthaltung"
    lauchstaedt = (FIXTURES / "archived" / "bad-lauchstaedt_str_beschluesse_2014-08-28.txt").read_text(encoding="utf-8")
    lines = [line for line in lauchstaedt.split("\n") if line.startswith("Abstimmungsergebnis")]
    assert [parse_votes(line) for line in lines] == [
        {"yes": 16, "no": 3, "abstain": 2}, {"yes": 11, "no": 10, "abstain": 0}]
    # Kleinmachnow: "9 Zustimmungen / 0 Ablehnungen / 0 Enthaltungen – einstimmig zugestimmt"
    kleinmachnow = snippet_text("kleinmachnow_to0050-17084_abstimmung.txt").split("Abstimmungsergebnis:")[1]
    assert parse_votes(kleinmachnow) == {"yes": 9, "no": 0, "abstain": 0, "unanimous": True}
    # near miss: a roll call names who voted, it counts nothing ("mit Ja stimmten: Morten Gehlhar, ...")
    roll_call = next(line for line in lauchstaedt.split("\n") if line.startswith("mit Ja stimmten"))
    assert parse_votes(roll_call) is None


def test_wording_with_its_counts_printed_under_it_is_a_resolution():
    # Essenbach: "Beschluss:" / "Der Marktgemeinderat bewilligt einen Zuschuss ..." / "Für den Beschluss:  20" /
    # "Gegen den Beschluss: 1" / "Anwesend: 21"; no result label, no "Abstimmungsergebnis"
    assert archived_decisions("essenbach_to0050_3117.txt") == [
        ("resolution", "approved", {"yes": 20, "no": 1})]
    # near miss: Lauf's counts "Abstimmung: Ja: 28, Nein: 0" stand above the "Beschluss:" wording, whose
    # page begins with them (the result label over them is cut off): no resolution of their own
    assert kinds("lauf_to0050-6882_deckung.txt") == []


def test_vote_line_under_each_listed_paper_is_a_resolution_by_its_majority():
    # Bad Lauchstädt (a Stadtrat group's page): "Beschluss des Stadtrates ..." / "BV-SR52-05-2014001" /
    # "Abstimmungsergebnis: 16 mal Ja, 3 mal Nein, 2 Enthaltung", and "Abstimmungsergebnis zu 47052014:
    # 11 mal Ja, 10 mal Nein, keine Enthaltung"; no result word, the majority decides. The group's own
    # "Antrag zur Absetzung des TOP ... wurde abgelehnt" is not read (no minutes)
    assert archived_decisions("bad-lauchstaedt_str_beschluesse_2014-08-28.txt") == [
        ("resolution", "approved", {"yes": 16, "no": 3, "abstain": 2}),
        ("resolution", "approved", {"yes": 11, "no": 10, "abstain": 0})]
    # near miss: Norderstedt's form "Abstimmung: JA-Stimmen:0 NEIN-Stimmen:0 Enthaltungen:0" is not filled in
    assert kinds("norderstedt_to0050-5565_beschluss.txt") == []


def test_change_named_before_the_result_with_words_between():
    # Berlin-Mitte (ALLRIS to020): "Beschlussart: mit Änderungen im Ausschuss beschlossen"; the excerpt's
    # record "Der Antrag wurde einstimmig bei 2 Enthaltungen angenommen" (printed twice) gives its vote
    assert outcome_of("mit Änderungen im Ausschuss beschlossen") == "amended"
    assert archived_decisions("berlin-mitte_to020_1265-II.txt") == [
        ("resolution", "amended", {"abstain": 2, "unanimous": True})]
    # Erfurt: "Beschluss: mit Änderungen beschlossen"
    assert outcome_of("mit Änderungen beschlossen") == "amended"
    # near misses: Wismar's "ungeändert beschlossen"; Köln's "Die Vorlage wird ohne Votum in die nachfolgenden
    # Gremien verwiesen." names no change
    assert outcome_of("ungeändert beschlossen") == "approved"
    assert outcome_of(snippet_text("koeln_vo0053-94945_verweisung.txt")) != "amended"


def test_result_field_printed_in_capitals():
    # Wismar (ALLRIS to010 with the papers expanded): "STATUS DER SITZUNG: öffentlich/nichtöffentlich
    # BESCHLUSSART: ungeändert beschlossen" of the Kultur committee, besides the paper's Beschlussvorschlag
    assert archived_decisions("wismar_to010_187.txt") == [
        ("proposal", "approved", None), ("resolution", "approved", None)]
    # the same field as Berlin-Mitte prints it: "Gremium: Sportausschuss Beschlussart: mit Änderungen ..."
    assert [(k, o) for k, o, _ in archived_decisions("berlin-mitte_to020_1265-II.txt")] == [("resolution", "amended")]


# --- a body's record with its vote, anywhere in a sentence ----------------------

def test_a_bodys_record_in_the_present_with_its_vote_is_a_resolution():
    # an agenda item's page (SessionNet, Amt Fallersleben): "Die GV beschließt einstimmig den Auftrag ..."
    # with the body abbreviated; a Kurzbericht (Mossautal) whose record runs on from the item's
    # heading in one line: "... an Herrn Markus Krämer, Mossautal Die Gemeindevertretung stimmt
    # einstimmig dem Verkauf ... zu."
    for name, opening in (("amtfa_to0050_16075.txt", "Die GV beschließt einstimmig"),
                          ("mossautal_gv_kurzbericht_2019-02-04.txt", "Die Gemeindevertretung stimmt einstimmig")):
        [d] = find_decisions(read_document(str(ARCHIVED / name)))
        assert (d.kind, d.outcome, d.votes) == ("resolution", "approved", {"unanimous": True}), name
        assert d.text.startswith(opening), d.text
    # the sentence runs past "Nr." inside it to its end
    assert d.text.endswith("insgesamt 53.460 EUR zu.")


def test_a_proposals_wording_states_no_vote_and_is_no_record():
    # Karlsruhe's Beschlussvorlagen: "Der Gemeinderat beschließt ..." under the proposal's heading
    from extract.decisions import _body_records

    for name in ("karlsruhe_2014-0254_149948_head.txt", "karlsruhe_2021-0320_625540_head.txt"):
        text = snippet_text(name)
        assert "beschließt" in text and _body_records(text) == [], name


def test_counts_under_a_numbered_resolution_are_its_votes():
    # a resolution list (Crossen an der Elster): "Beschluss Nr. 01" / wording / "- Zustimmung" /
    # "7x JA / 0x NEIN / 4x Enthaltung" (counts written against their "x"); the Verwaltungs-
    # gemeinschaft's two resolutions above print no counts
    found = find_decisions(read_document(str(ARCHIVED / "crossen-an-der-elster_gr_beschluesse_2025.txt")))
    assert [(d.kind, d.outcome) for d in found] == [("resolution", "approved")] * 7
    assert [d.votes for d in found] == [None, None, {"yes": 7, "no": 0, "abstain": 4},
                                        {"yes": 12, "no": 0, "abstain": 1}, {"yes": 11, "no": 0, "abstain": 2},
                                        {"yes": 10, "no": 0, "abstain": 0}, {"yes": 9, "no": 0, "abstain": 1}]


def test_a_passive_record_inside_a_run_together_line():
    # Kamen's minutes, the PDF's text in one line: "... stellte die Beschlussfähigkeit fest und
    # eröffnete die ... Sitzung. Die Tagesordnungspunkte 2 bis 9 wurden einvernehmlich ohne Beratung
    # und Beschlussfassung an den Rat verwiesen." (the opening's procedure is the sentence before)
    [d] = find_decisions(read_document(str(ARCHIVED / "kamen_hfa_niederschrift_2015-09-22.txt")))
    assert (d.kind, d.outcome) == ("resolution", "referred")
    assert d.text.startswith("Die Tagesordnungspunkte 2 bis 9 wurden")


def test_counts_printed_over_a_wording_of_two_points_give_one_resolution_per_outcome():
    # Gauting (SessionNet to0050): "Abstimmung: Ja: 28, Nein: 0" over "Beschluss:" /
    # "1. Der Gemeinderat nimmt Kenntnis ..." / "2. Der Gemeinderat beschließt, ... zur Verfügung zu stellen."
    assert archived_decisions("gauting_to0050_23333.txt") == [
        ("resolution", "noted", {"yes": 28, "no": 0}),
        ("resolution", "approved", {"yes": 28, "no": 0}),
    ]


def test_the_vote_set_after_the_beschluss_word_on_an_item_page():
    # Erkelenz (ALLRIS to020): "... Beschluss einstimmig (in eigener Zuständigkeit): „Die Mittel ...“"
    assert archived_decisions("erkelenz_to020_1898.txt") == [("resolution", "approved", {"unanimous": True})]
    # near miss: the word "Beschluss" without a vote after it is no record
    doc = Document(source="inline", kind="text", text="Er schlägt vor, einen Beschluss zu fassen. Beschluss folgt in der nächsten Sitzung.")
    assert find_decisions(doc) == []


def test_bodies_that_take_a_unanimous_decision_in_a_meeting_report():
    # Dunningen: "Der Ortschaftsrat Lackendorf und der Gemeinderat fassten den einstimmigen Beschluss,
    # den Wärmepreis, den die Endabnehmer ... ab 01.01.2022 zu entrichten haben, ... zu erhöhen"
    assert archived_decisions("dunningen_gr_bericht_2022-01-24.txt") == [
        ("resolution", "approved", {"unanimous": True}),
        ("resolution", "approved", {"unanimous": True}),
    ]
    # near miss: a decision taken at an earlier date is recounted, not taken
    doc = Document(source="inline", kind="text", text="Aus der Sitzung des Gemeinderats vom 24.01.2022\n\n"
                        "Der Gemeinderat fasste am 12.10.2021 den einstimmigen Beschluss, das Baugebiet zu erschließen.")
    assert find_decisions(doc) == []


def test_proposal_wording_that_disposes_without_a_decision_verb_is_approved():
    # Darmstadt-Dieburg (SessionNet): "Beschluss: ungeändert beschlossen" over
    # "Beschlussvorschlag:" / "Der Landkreis stellt ... Mittel in Höhe von 200.000 EUR ...
    # zur Verfügung. ... wird der Ansatz ... reduziert."
    assert archived_decisions("darmstadt-dieburg-lk_to0050_25682.txt") == [
        ("proposal", "approved", None), ("resolution", "approved", None)]


def test_passive_record_naming_the_deciding_body_as_agent():
    # Schmallenberg (party site): "Alle Anträge der GRÜNEN wurden einstimmig vom Stadtrat
    # beschlossen"; near miss on the same page: "Aus den vielen Vorschlägen ... wurden
    # schließlich einstimmig Themenfelder bestimmt" (no body decides: the party's meeting)
    assert archived_decisions("schmallenberg_str_haushalt-2024.txt") == [
        ("resolution", "approved", {"unanimous": True})]


def test_result_label_over_the_wording_and_counts_in_sections_of_their_own():
    # Dorf Mecklenburg (ALLRIS 4 to020): "Beschluss:" / "ungeändert beschlossen" at the top, the
    # "Wortprotokoll" section, then "Beschluss:" with the wording, then "Abstimmungsergebnis:" under
    # a heading of the same name: "Gesetzliche Anzahl der Mitglieder des Gremiums: 15" / "davon
    # besetzte Mandate: 15" / "davon Anwesende: 15" / "Ja- Stimmen: 14" / "Nein- Stimmen:   1" /
    # "Stimmenthaltungen:   -", one a line with blank lines between: one resolution
    assert archived_decisions("dorf-mecklenburg_allris4_to020_186184.txt") == [
        ("resolution", "approved", {"yes": 14, "no": 1})]
    # near miss: seats and members present are no votes
    doc = Document(source="inline", kind="text", text="Beschluss:\nDer Rat beschließt die Satzung.\n\n"
                        "Abstimmungsergebnis:\n\ndavon besetzte Mandate: 15\n\ndavon Anwesende: 12\n")
    assert all(d.votes is None for d in find_decisions(doc))


def test_vote_on_the_order_of_the_agenda_items_is_procedural():
    # Perl (Mitteilungsblatt): "Ferner beantragt die Verwaltung, die Beratung des Tagesordnungspunktes 4
    # ... zurückzustellen ... Die übrigen Tagesordnungspunkte der öffentlichen Sitzung werden dahingehend
    # vorrangig beraten." / "Der Antrag wird mit dreiundzwanzig Ja-Stimmen und zwei Enthaltungen angenommen."
    assert archived_decisions("perl_gr_sitzung_wittich-2022-50.txt") == []
    # near miss: deferring a building application is a decision, not the order of the items
    doc = Document(source="inline", kind="text", text="Protokoll\n\n1. Eröffnung der Sitzung\n"
                        "Der Vorsitzende eröffnet die Sitzung.\n3. Bauantrag Hauptstraße 5\nDie Verwaltung beantragt, das Baugesuch gemäß § 15 BauGB "
                        "zurückzustellen.\nDer Antrag wird einstimmig angenommen.\n")
    assert [(d.kind, d.outcome) for d in find_decisions(doc)] == [("resolution", "approved")]


# --- report pages, resolutions lists, agenda items without a vote ------------------------

def test_report_page_tells_its_decisions_in_narrative_sentences():
    # a report in prose (newspaper, party site, municipal news) names the council and what
    # it did, in the past: "erteilte das Gremium die Aufträge", "Das hat der Stadtrat in der
    # jüngsten Sitzung einstimmig beschlossen.", "hat das Stadtratsplenum den ... Auftrag ...
    # erteilt", "gab der Ausschuss sein Ok", "wurden zwei weitere Vereine einstimmig ...
    # aufgenommen", "Der Gemeinderat ermächtigte ...", "Dieser Punkt wurde zunächst vertagt"
    assert archived_decisions("neubulach_gr_bericht_gewerke_2018-11.txt") == [("resolution", "approved", None)]
    assert archived_decisions("waldershof_str_bericht_jugendfoerderung.txt") == [
        ("resolution", "approved", {"unanimous": True})]
    assert archived_decisions("passau_str_bericht_strasseninstandsetzung-2024.txt") == [
        ("resolution", "approved", None)]
    assert archived_decisions("zweibruecken_ausschuss_bericht_sportplatz-ixheim_2024-05.txt") == [
        ("resolution", "approved", None)]
    assert archived_decisions("suessen_gr_bericht_vereinsfoerderung_2020-06-29.txt") == [
        ("resolution", "approved", {"unanimous": True})]
    assert archived_decisions("triberg_gr_bericht_schulsanierung.txt") == [("resolution", "approved", None)]
    assert archived_decisions("eitorf_rat_bericht_drehleiter.txt") == [("resolution", "postponed", None)]
    # the same convention on other towns' pages: Seehof's news ("wurde dieser Einstimmig
    # beschlossen", the item "auf der Tagesordnung" no procedure), a Südkurier report ("lehnte
    # den Antrag ab" after "ist zur Zustimmung ... verpflichtet"), a group's post
    # ("wurden somit angenommen"), a party's post of one meeting under headings
    assert kinds("seehof_gv_bericht_haushalt-2020.txt") == [("resolution", "approved")]
    assert kinds("wehr_suedkurier_gr_bericht_bauantrag.txt") == [("resolution", "rejected")]
    assert kinds("gruene-aw_fraktion_bericht_antraege.txt") == [("resolution", "approved")]
    assert [(d.outcome, d.votes) for d in find_decisions(snippet_doc("hausen_uwg_gr_bericht_2021-03-02.txt"))] == [
        ("approved", {"unanimous": True})]
    # a report's passive with the votes in the sentence ("Mit 15 Ja-Stimmen wurde die
    # Beschlussvorlage ... bestätigt"), "bereits" of a noun ("der bereits in den Fachausschüssen
    # durchgewunkene Vorschlag") no earlier decision, "hat sich der Rat ... dafür ausgesprochen"
    # the same decision again
    assert [(d.outcome, d.votes) for d in find_decisions(snippet_doc("werneuchen_moz_svv_bericht_stadtzentrum.txt"))] == [
        ("approved", {"yes": 15})]
    assert [(d.outcome, d.votes) for d in find_decisions(snippet_doc("gronau_wn_rat_bericht_rathaus.txt"))] == [
        ("approved", {"yes": 34, "no": 9, "abstain": 2})]
    # "Die Stadtverordneten stellten sich damit hinter die Pläne"; the committees that "sich ...
    # einstimmig für das Projekt ausgesprochen hatten" before are no decision of this meeting
    assert kinds("wetzlar_mittelhessen_stvv_bericht_domhoefe.txt") == [("resolution", "approved")]


def test_report_page_gives_one_resolution_per_outcome_and_part():
    # a headline and the paragraph below tell one decision ("Gemeinderat stellt ... in den
    # Haushalt ein" / "Die entsprechenden Mittel wurden in den Haushaltsplan eingestellt.")
    assert archived_decisions("jesteburg_gr_bericht_staedtebaufoerderung_2017-03-02.txt") == [
        ("resolution", "approved", None)]
    # each part under its heading tells its own: "EINSTIMMIG ANGENOMMEN.", "ABGELEHNT",
    # "wurde die Satzung ... geändert", "wurde mit leichten Modifizierungen angenommen",
    # "Natürlich abgelehnt."; the motion's wording "Die Verwaltung wird beauftragt ..." is none
    assert [(k, o) for k, o, _ in archived_decisions("hoevelhof_gr_antraege_2015.txt")] == [
        ("resolution", "approved"), ("resolution", "rejected"), ("resolution", "approved"),
        ("resolution", "amended"), ("resolution", "approved"), ("resolution", "rejected")]
    # the count of the votes for, with no side named: "Mit 29 Stimmen von CDU (13), ..."
    assert archived_decisions("radevormwald_rat_haushalt_rssing-2736.txt") == [
        ("resolution", "approved", {"yes": 29, "no": 6, "abstain": 3})]


def test_narrative_records_of_a_paper_or_a_portal_page_are_no_report():
    # near misses: a paper's Sachvortrag recounting an earlier decision ("Das Gremium
    # beauftragte die Bauverwaltung ..."), a notice about motions "die ... abgelehnt wurden",
    # a portal's result label over an announcement of an earlier decision
    assert archived_decisions("schwaebisch-hall_paragraph_6649152.txt") == []
    assert archived_decisions("rendsburg-eckernfoerde-kreis_allris4_to020_1006701.txt") == []
    assert kinds("berglen_to0050-9054_bekanntgabe.txt") == [("resolution", "noted")]
    # a vote on where agenda items are dealt with, told on an agenda item's page, is procedural
    assert archived_decisions("beeskow_to0050_1235.txt") == []


def test_resolutions_listed_under_the_heading_of_their_meeting():
    # "Aus der Gemeinderatssitzung vom 17.02.2020" / "1. Mit der ... besteht Einverständnis." /
    # "3. Zu folgenden Baugesuchen wurde wie folgt Beschluss gefasst:" (an intro) / "3.1 ..."
    assert [(k, o) for k, o, _ in archived_decisions("burtenbach_mgr_beschluesse_2020-02-17.txt")] == [
        ("resolution", "approved")] * 7 + [("resolution", "rejected"), ("resolution", "approved")]
    # near miss: entries that open with an item's title carry records of their own
    # ("1. Baugesuche" / four lines "... wurde das Einvernehmen erteilt.")
    assert [(k, o) for k, o, _ in archived_decisions("waldburg_gr_bericht_2014-11-06.txt")] == [
        ("resolution", "approved")] * 4


def test_wording_under_beschluss_on_an_agenda_item_page_without_a_vote():
    # a SessionNet agenda item prints the wording taken under "Beschluss:", no vote:
    # "Mit der Bezuschussung ... besteht Einverständnis." (Dinkelsbühl), "Der Gemeinderat
    # vertagt die Auftragsvergabe ..." (Denklingen)
    assert archived_decisions("dinkelsbuehl_to0050_9542.txt") == [("resolution", "approved", None)]
    assert kinds("denklingen_to0050-4849_beschluss.txt") == [("resolution", "postponed")]
    # near miss: where the counts over it give the item's resolution, the wording is not a second one
    assert archived_decisions("bayreuth-lk_to0050_5731.txt") == [("resolution", "approved", {"yes": 12, "no": 0})]


def test_beschluss_label_on_a_line_of_its_own_over_the_wording_and_the_vote():
    # Senden (Agendaitem.mvc): "Beschluss" / wording / "Abstimmungsergebnis" / "Dafür: 25, Dagegen: 0"
    assert archived_decisions("senden_agendaitem_179744774.txt") == [("resolution", "approved", {"yes": 25, "no": 0})]


def test_record_under_a_procedural_item_heading_is_procedural():
    # Hilzingen: "2. Genehmigung der Niederschrift über die öffentliche Sitzung am 12.01.2016" /
    # "Der Gemeinderat genehmigt einstimmig"
    assert archived_decisions("hilzingen_ris_sitzung_99.txt") == []


def test_unlabelled_proposal_of_a_beschlussvorlage_and_a_count_noun():
    # Kreis Borken: "Art" / "Beschlussvorlage", then "I. Der Jugendhilfeausschuss beschließt ..."
    # with no heading; "mit Kindern unter 3 Jahren" is no vote ("3 Ja...")
    assert archived_decisions("kreis-borken_vo0050_19396.txt") == [("proposal", "approved", None)]


def test_consent_stated_as_a_state_and_changes_named_with_an_adjective():
    assert outcome_of("Mit der Bezuschussung des geplanten Rasenspielfeldes besteht Einverständnis.") == "approved"
    assert outcome_of("Gegen die Nutzung des gemeindeeignen Feldweges Fl.Nr. 408 bestehen keine Einwände.") == "approved"
    assert outcome_of("Dieser wurde mit leichten Modifizierungen angenommen.") == "amended"
    assert outcome_of("setzte das Gremium ein politisches Signal und lehnte den Antrag ab") == "rejected"
    assert outcome_of("hat sich der Rat in seiner Sitzung am Mittwochabend dafür ausgesprochen, die ... Planungen "
                      "... weiter zu verfolgen") == "approved"


def test_consent_recorded_as_a_state_on_an_agenda_item_page():
    # Stadland: "Da grundsätzlich noch Beratungsbedarf besteht bestand Einvernehmen die Angelegenheit
    # zunächst zurückzustellen ..." over an empty "Abstimmungsergebnis:": one resolution postponed;
    # "Die SPD/FDP/WPS-Gruppe tendiert in Richtung Ablehnung" is a group's leaning
    assert archived_decisions("stadland_to0050_2066.txt") == [("resolution", "postponed", None)]


# --- rounds 13 and 14: report sentences, results over their wording, labels naming their object ---

def test_report_sentence_runs_on_over_dates_and_abbreviations():
    # Heidelberg: "Der Gemeinderat hat in seiner Sitzung am 17. Dezember 2009 mit großer Mehrheit
    # beschlossen, ..." is one sentence (the full stop of "17." before a month ends none), as is
    # "am 15.10. auf der Tagesordnung" (Pforzheim, below) and "Flüchtlinge bzw. für Obdachlose"
    assert archived_decisions("heidelberg_gr_ergebnisse_2009-12-17.txt") == [
        ("resolution", "rejected", None), ("resolution", "approved", None)]


def test_report_passive_with_its_auxiliary_last_and_a_score():
    # Pforzheim (a group's post): "Eine Abstimmung darüber erfolgte nicht, weil der weitergehende Antrag
    # der Verwaltung ... mit 19:17 (OB, CDU und FDP) positiv entschieden wurde." -> approved, 19 to 17
    assert archived_decisions("pforzheim_gr_bericht_buergerentscheid_2013-10-15.txt") == [
        ("resolution", "approved", {"yes": 19, "no": 17})]
    assert outcome_of("Der Antrag wurde negativ beschieden.") == "rejected"
    # near miss: a relative clause with the auxiliary last tells of its noun ("Anträge ..., die in den
    # Fachausschüssen ... abgelehnt wurden, müssen ... neu gestellt werden")
    assert archived_decisions("rendsburg-eckernfoerde-kreis_allris4_to020_1006701.txt") == []


def test_several_resolutions_taken_by_one_record():
    # Neuhausen ob Eck: "Der Gemeinderat fasste einstimmig folgende Beschlüsse:" (plural) beside
    # TOP 1's "Der Gemeinderat nahm die Ergebnisse ... zustimmend zur Kenntnis."
    assert archived_decisions("neuhausen-ob-eck_gr_bericht_2023-07-25.txt") == [
        ("resolution", "noted", None), ("resolution", "approved", {"unanimous": True})]


def test_report_headline_tells_in_the_present():
    # Reutlingen (Neckar-Chronik): subheadline "Der Reutlinger Gemeinderat stimmt zu – bewegt sich aber
    # ..." above the article's first paragraph, the council named with its town's adjective
    assert archived_decisions("reutlingen_gr_bericht_haushaltssperre_2022-07-03.txt") == [
        ("resolution", "approved", None)]
    # near miss: a motion's formula over its wording, "Die Stadtverordnetenversammlung beschließt:",
    # on a group's page is no headline of a decision
    assert archived_decisions("brandenburg-havel_svv_antrag_buergerhaushalt_2024-01-31.txt") == []


def test_resolution_that_takes_note_and_decides_gives_both():
    # Laubach: "Die Stadtverordnetenversammlung nimmt das vorgelegte Konsolidierungskonzept zur
    # Kenntnis und beschließt, ..." under "Beschluss: ungeändert beschlossen" / "Abstimmung: Ja: 27,
    # Nein: 1, Enthaltungen: 7": one resolution per outcome, each with the vote
    votes = {"yes": 27, "no": 1, "abstain": 7}
    assert archived_decisions("laubach_to0050_2534.txt") == [
        ("resolution", "noted", votes), ("resolution", "approved", votes)]
    # Kirchheim in Unterfranken: "Der Gemeinderat Kirchheim nahm die Ausführungen zur Kenntnis und
    # beschloss einsti" (cut by the archive)
    assert archived_decisions("kirchheim-unterfranken_gr_kurz-notiert_2019-05-16.txt") == [
        ("resolution", "noted", None), ("resolution", "approved", None)]
    # near miss: a proposal without points stays one ("Der Hauptausschuss nimmt die Ausführungen zur
    # Kenntnis und stimmt der Vergabe ... zu.")
    assert kinds("karlsruhe_2020-0972_619295_reprint.txt") == [("proposal", "approved")]


def test_result_printed_over_its_wording_is_one_resolution():
    # Landkreis Landshut: "Beschluss: Abstimmungsergebnis:" / "Abstimmung: Ja: 15, Nein: 0" over
    # "Beschluss Nr. 222" and its two points
    assert archived_decisions("landshut-lk_to0050_3876.txt") == [("resolution", "approved", {"yes": 15, "no": 0})]
    # Nottuln: "Beschluss: einstimmig angenommen" / "Abstimmung: Ja: 33, ..." over "Beschluss:" / "Die
    # Anregung wird an den zuständigen Ausschuss ... verwiesen.": the wording refers it
    found = find_decisions(snippet_doc("nottuln_to0050-12452_beschluss.txt"))
    assert [(d.kind, d.outcome, d.votes) for d in found] == [
        ("resolution", "referred", {"yes": 33, "no": 0, "abstain": 0, "unanimous": True})]


def test_beschluss_label_naming_its_object():
    # Pfinztal: "Beschluss zum Antrag der" / "SPD:" / wording / "Ja-Stimmen: 14 Nein-Stimmen: 4
    # Enthaltungen: 2" / "Befangen: 1" / "Die Beschlussfassung wurde mehrheitlich ... vertagt."
    assert archived_decisions("pfinztal_to0050_1019161.txt") == [
        ("resolution", "postponed", {"yes": 14, "no": 4, "abstain": 2})]


def test_proposal_that_disposes_as_follows():
    # Amt Bad Bramstedt-Land: "Beschlussvorschlag:" / "... Diese Anregungen ... werden durch den
    # Planungs- und Maßnahmenausschuss ... am 09.10.2012 wie folgt abgewogen:" over the table of the
    # statements weighed, one of them "Von dem Verfahren habe ich Kenntnis genommen."
    assert archived_decisions("amt-bad-bramstedt-land_vo020_VO-16-2012-008.txt") == [
        ("proposal", "approved", None), ("resolution", "amended", None)]


def test_wording_right_below_a_result_label_takes_note_and_decides():
    # Emmerich (SessionNet): "Beschluss: mehrheitlich beschlossen" / "Abstimmung: Ja: 13, Nein: 6,
    # Enthaltungen: 0" / "Beschluss:" / "Der Ausschuss für Stadtentwicklung nimmt das ...
    # Vorentwurfskonzept ... zur Kenntnis und beauftragt die Verwaltung, ...": one resolution per outcome
    votes = {"yes": 13, "no": 6, "abstain": 0}
    assert archived_decisions("emmerich_to0050_50817.txt") == [
        ("resolution", "noted", votes), ("resolution", "approved", votes)]
    # Bogen: the same layout, a wording that decides one thing: one resolution, its text the wording
    found = find_decisions(snippet_doc("bogen_to0050-5434_beschluss.txt"))
    assert [(d.kind, d.outcome, d.votes) for d in found] == [("resolution", "approved", {"yes": 22, "no": 3})]
    assert found[0].text.startswith("Der Stadtrat beschließt, dass die bestehende Geschäftsordnung")


def test_a_sentence_that_states_its_vote_is_no_proposal():
    # Fürstenau: "Beschluss: mehrheitlich beschlossen" / "Abstimmung: Ja: 18, Nein: 1, ..." and below
    # "Der Stadtrat beschließt mehrheitlich (18 Ja-Stimmen, 1 Nein-Stimme):", the record of that vote
    assert archived_decisions("fuerstenau_to0050_39441.txt") == [
        ("resolution", "approved", {"yes": 18, "no": 1, "abstain": 0})]


def test_counts_printed_again_under_the_wording_are_the_labelled_vote():
    # Rosendahl: "Beschluss: ungeändert beschlossen" / "Abstimmung: Ja: 7, Nein: 1, Enthaltungen: 1",
    # the points, then "Abstimmungsergebnis: 7 Ja Stimmen" / "1 Nein Stimme" / "1 Enthaltung"
    assert archived_decisions("rosendahl_to0050_5392.txt") == [
        ("resolution", "approved", {"yes": 7, "no": 1, "abstain": 1})]
    # near miss: in minutes a count line is a vote of its own (Fuhlenhagen: "Abstimmung: 5 dafür 0 dagegen")
    assert archived_decisions("fuhlenhagen_gv_niederschrift_2009-08-20.txt") == [
        ("resolution", "approved", {"yes": 5, "no": 0, "abstain": 0})]


def test_result_of_a_procedural_item_is_no_decision():
    # Stralsund (SessionNet to0040): "3Beschlussfassung über die Tagesordnung ..." / " Beschluss:
    # mehrheitlich beschlossen", "4Billigung der Niederschrift der 03. Sitzung vom 03.04.2014" /
    # " Beschluss: mehrheitlich beschlossen"; the Anfragen under it each "Beschluss: zur Kenntnis genommen"
    assert archived_decisions("stralsund_to0040_195.txt") == [("resolution", "noted", None)] * 9
    # komuna (Gilching): "1. Genehmigung der Sitzungsniederschrift vom 26.04.2022" ... "Beschluss" / "" /
    # "Gegen die öffentliche Niederschrift ... wird kein Einwand erhoben, sie ist somit genehmigt." /
    # "Abstimmungsergebnis" / "Dafür: 20, Dagegen: 0"
    assert archived_decisions("gilching_meeting_18748553.txt") == []


def test_label_over_its_wording_with_a_blank_line_between():
    # komuna (Schrobenhausen): "Beschluss" / "" / "Zur Abstimmung kommt der Antrag auf Nichtbefassung ..." /
    # "" / "Abstimmungsergebnis" / "Dafür: 12, Dagegen: 12": a tie turns the motion down
    assert archived_decisions("schrobenhausen_agendaitem_8387908.txt") == [
        ("resolution", "rejected", {"yes": 12, "no": 12})]


def test_majority_named_by_its_size():
    # Ingolstadt (a group's report): "Mit einer Mehrheit von 27 Stimmen wurde die sofortige Beendigung
    # der Finanzierung beschlossen." beside "Eine Gebührenerhöhung wurde mit den Stimmen der
    # AfD-Fraktion abgelehnt." (no count: not the 27 of the sentence before)
    assert archived_decisions("ingolstadt_str_bericht_afd_2021-07-29.txt") == [
        ("resolution", "approved", {"yes": 27}), ("resolution", "rejected", None)]
    assert parse_votes("mit einer Mehrheit von 30 Stimmen angenommen") == {"yes": 30}
    # near miss: the majority a vote needs is no count of it
    assert parse_votes("Die erforderliche absolute Mehrheit von 21 Stimmen wurde nicht erreicht.") is None


def test_minutes_sentence_that_the_following_resolution_was_taken():
    # Zell (Mosel), a Verbandsgemeinderat's minutes in a Mitteilungsblatt: "Folgender Beschluss wurde
    # gefasst:" over the wording, "Abstimmungsergebnis:" / "Einstimmig angenommen" under the first; the
    # second "nimmt ... zustimmend zur Kenntnis und beauftragt die Verwaltung ..." (its vote cut off)
    assert archived_decisions("zell-mosel_vgr_niederschrift_wittich-2025-36.txt") == [
        ("resolution", "approved", {"unanimous": True}), ("resolution", "noted", None),
        ("resolution", "approved", None)]
    # near miss: a paper's "Der Gemeinderat fasst nach Vorberatung ... folgenden Beschluss:" (Karlsruhe,
    # under "Antrag an den Gemeinderat") is its proposal, in the present
    assert kinds("karlsruhe_19545_6544_folgender-beschluss.txt") == [("proposal", "approved")]


def test_two_votes_told_in_one_report_are_two_decisions():
    # Kitzingen (inFranken.de): "Die Satzung wurde mit 18:8 verabschiedet." ... "Einstimmig nahm der Rat
    # einen Antrag von UsW, ProKT und FW-FBW an.": the same outcome with another vote is another decision
    assert archived_decisions("kitzingen_str_bericht_baugebiet-wilhelmsbuehl.txt") == [
        ("resolution", "approved", {"yes": 18, "no": 8}), ("resolution", "rejected", None),
        ("resolution", "approved", {"unanimous": True})]
    # near miss: Passau, the decision told again without a vote ("... hat das Stadtratsplenum den
    # entsprechenden Auftrag an eine Firma erteilt." ... "Das Plenum hatte keinerlei Einwände") is one
    assert archived_decisions("passau_str_bericht_strasseninstandsetzung-2024.txt") == [
        ("resolution", "approved", None)]


def test_bare_score_under_an_agenda_items_headings():
    # Wunsiedel (a group's report): "TOP 5" / "MGH Wunsiedel" / "Sachstand und Beschlussfassung zur
    # Weiterführung des Mehrgenerationenhauses ..." / "21:0"; TOP 2 and TOP 4 state no vote
    assert archived_decisions("wunsiedel_str_bericht_abw_2020-07-16.txt") == [
        ("resolution", "approved", {"yes": 21, "no": 0})]


def test_a_page_of_motions_proposes_nothing():
    # Hanau (a group's page "Anträge"): "Antrag Ortsbeirat Innenstadt" / "Die Stadtverordnetenversammlung
    # möge beschließen: Der Zuschuss ... wird auf 95.000,- Euro jährlich ... festgesetzt."
    assert archived_decisions("hanau_svv_antraege_linke.txt") == []
    # near miss: the administration's "Antrag an den Gemeinderat" is a proposal (Karlsruhe)
    assert kinds("karlsruhe_19545_6544_folgender-beschluss.txt") == [("proposal", "approved")]


def test_allris_result_names_the_change_before_the_result_word():
    # Berlin Charlottenburg-Wilmersdorf (ALLRIS classic): "32. Öffentliche Sitzung des Ausschusses für
    # Haushalt und Verwaltungsreform mit Änderungen im Ausschuss beschlossen" is amended, "... ohne
    # Änderungen in der BVV beschlossen" approved
    assert archived_decisions("berlin-charlottenburg-wilmersdorf_vo020_1083-3.txt") == [
        ("resolution", "referred", None), ("resolution", "postponed", None),
        ("resolution", "amended", None), ("resolution", "approved", None)]


def test_a_decision_in_the_pluperfect_with_a_day_before_the_reported_meeting_is_background():
    # Zossen (a councillor's report on the meeting of 10.12.2014): "Die SVV hatte erst am 12.03.2014 die
    # Prioritätenliste beschlossen." is the item's background; "Die Stadtverordneten hatten auf ihrer
    # Sitzung am 10.12.2014 auch beschlossen, dass ...", the reported meeting's day, is a decision taken
    zossen = _archived("zossen_svv_bericht_preuss_2014-12-10.txt")
    assert [(d.kind, d.outcome, d.text[:40]) for d in zossen] == [
        ("resolution", "approved", "Die Stadtverordneten hatten auf ihrer Si")]
    # a paper's history opened by "Bereits" (Wernigerode, ALLRIS: "Bereits im Jahr 2020 hat der
    # Wernigeröder Stadtrat das Integrierte Stadtteilkonzept Hasserode beraten und 2021 beschlossen.")
    assert _archived("wernigerode_vo020_3618.txt") == []
    from extract.decisions import report_resolutions
    page = ("Der Gemeinderat hat in seiner Sitzung am 26.02.2020 folgende Beschlüsse gefasst:\n"
            "Der Gemeinderat hatte am 17.06.2015 die Untersuchung beschlossen. ")
    assert report_resolutions(page) == []
    # near misses: the pluperfect with the reported meeting's day or a later one stays a decision
    assert [d.outcome for d in report_resolutions(page.replace("17.06.2015", "26.02.2020"))] == ["approved"]
    assert [d.outcome for d in report_resolutions(page.replace("17.06.2015", "27.02.2020"))] == ["approved"]
    # near miss: a decision to come, in the present passive (Brandenburg an der Havel: "Ziel ist, dass in
    # der SVV im Januar eine Bürgerhaushaltssatzung beschlossen wird.")
    assert archived_decisions("brandenburg-havel_svv_antrag_buergerhaushalt_2024-01-31.txt") == []


def test_result_labels_in_the_cells_of_an_agenda_table():
    # Lemwerder (SessionNet agenda, cells printed between "|"): "| Beschluss: | zur Kenntnis genommen | | |"
    # under each item; "zurück in die Fraktionen" sends the item back; item 2 "Genehmigung der
    # Niederschriften vom 23.05. und 20.06.2019" is procedural
    assert archived_decisions("lemwerder_to0040_673.txt") == [
        ("resolution", "noted", None), ("resolution", "noted", None), ("resolution", "referred", None),
        ("resolution", "noted", None), ("resolution", "noted", None)]
    # Halle (Saale), the same table: "Kenntnis genommen", "vertagt" three times, "einstimmig zugestimmt";
    # near misses: the minutes' "bestätigt" (item 4, procedural) and "abgesetzt", which decides nothing
    assert [(d.kind, d.outcome, d.votes) for d in find_decisions(snippet_doc("halle-saale_to0040-18274_tagesordnung.txt"))] == [
        ("resolution", "noted", None), ("resolution", "postponed", None), ("resolution", "postponed", None),
        ("resolution", "postponed", None), ("resolution", "approved", {"unanimous": True})]


def test_sent_back_to_the_groups_or_a_committee_is_referred():
    assert outcome_of("zurück in die Fraktionen") == "referred"
    assert outcome_of("Die Vorlage wird in den Bauausschuss zurückverwiesen.") == "referred"
    # near miss: coming back to a topic is no referral
    assert outcome_of("Herr Meyer kommt auf den Antrag zurück.") is None


def test_wordings_of_a_resolutions_list_are_the_resolutions_taken():
    # Landkreis Uckermark, "Beschlüsse der Kreistagssitzung vom 16.04.2008": under each "zu TOP n: ..."
    # the body's wording in the present, "Der Kreistag nimmt den Bericht ... zur Kenntnis." (in quotes
    # or not, one with a day in it: "vom 16.04.08"), is the resolution as taken, no vote printed
    assert archived_decisions("uckermark-lk_kt_beschluesse_2008-04-16.txt") == [
        ("resolution", "noted", None)] * 5 + [("resolution", "approved", {"unanimous": True})]
    # near miss: Radeburg's list prints the wording "Der Stadtrat ... beschließt und empfiehlt ..." under
    # "Beschluss Nr. 02 – 36./7." with its counts: one resolution, not a second one for the wording
    # (Nr. 03, cut off before its vote, is its wording alone)
    assert archived_decisions("radeburg_str_beschluesse_2022-09-15.txt") == [
        ("resolution", "approved", {"yes": 8, "no": 0, "abstain": 0}), ("resolution", "approved", None)]


def test_a_report_tells_each_decision_it_names_and_a_motion_withdrawn_by_its_mover():
    # Solingen (a radio station's news item): "die CDU hat ihren Antrag zurückgezogen" (a group withdraws its
    # own motion), "Außerdem beschlossen wurde die Änderung der Hauptsatzung: so könnten ..." (the participle
    # put first; the modal verb belongs to the clause after the colon), "Unter anderem wurden in einer en
    # bloc-Abstimmung mehrere Anträge angenommen": three decisions in one paragraph
    assert archived_decisions("solingen_rat_bericht_radiorsg_2463200.txt") == [
        ("resolution", "withdrawn", None), ("resolution", "approved", None), ("resolution", "approved", None)]
    # Sondershausen (nordthueringen.de): each passive record names what it decided ("Die überplanmäßige
    # Ausgabe ... wurde einstimmig beschlossen", "wurde die Vergabe für die Herstellung von Pagodenzelten ...
    # beschlossen", "wurden ebenfalls Vergaben beschlossen"): three resolutions
    assert archived_decisions("sondershausen_hauptausschuss_bericht_2023-04-28.txt") == [
        ("resolution", "approved", {"unanimous": True}), ("resolution", "approved", None),
        ("resolution", "approved", None)]
    # near misses: the council's act told again ("Das Plenum hatte keinerlei Einwände", Passau; "hat sich der
    # Rat ... dafür ausgesprochen", Gronau) is the decision told before
    assert archived_decisions("passau_str_bericht_strasseninstandsetzung-2024.txt") == [
        ("resolution", "approved", None)]
    assert [(d.kind, d.outcome, d.votes) for d in find_decisions(snippet_doc("gronau_wn_rat_bericht_rathaus.txt"))] == [
        ("resolution", "approved", {"yes": 34, "no": 9, "abstain": 2})]
    # near miss: a participle put first under a negation records nothing decided
    from extract.decisions import report_resolutions
    assert report_resolutions("Nicht beschlossen wurde im Stadtrat die Änderung der Hauptsatzung.") == []
    assert [d.outcome for d in report_resolutions("Einstimmig beschlossen wurde im Stadtrat die Änderung der Hauptsatzung.")] == [
        "approved"]


def test_vote_label_with_its_counts_on_the_line_below():
    # Utting am Ammersee (SessionNet agenda item): the item's vote at the top, "Abstimmung:" / "" /
    # "Ja: 15, Nein: 0", over the Sachverhalt and the "Beschluss:" wording; the preliminary vote on a
    # councillor's motion further down, "Abstimmung:             Ja 5 Nein 10" / "Der Antrag ist damit abgelehnt."
    assert sorted(archived_decisions("utting-am-ammersee_to0050_7119.txt"), key=str) == [
        ("resolution", "approved", {"yes": 15, "no": 0}), ("resolution", "rejected", {"yes": 5, "no": 10})]
    # near miss: Braunschweig's minutes print "Abstimmungsergebnis:" / "Dafür: 9 Dagegen: 0 Enthaltung: 0"
    # under each wording: one resolution each, not a second one for the counts
    assert [(d.kind, d.outcome, d.votes) for d in find_decisions(snippet_doc("braunschweig_protokoll_top1-5.txt"))] == [
        ("resolution", "approved", {"yes": 8, "no": 0, "abstain": 0}),
        ("resolution", "approved", {"yes": 9, "no": 0, "abstain": 0})]


def test_vote_table_printed_one_cell_a_line():
    # Usedom (ALLRIS 4 on sitzung-mv.de): "Beschluss:" / "vertagt" at the top; under "Abstimmungsergebnis:" the
    # table's labels in one column and its counts in the next: "Anwesende Mitglieder" / "Ja-Stimmen" /
    # "Nein-Stimmen" / "Enthaltungen" / "13" / "13" / "0" / "0"
    assert archived_decisions("usedom_allris4_to020_1010029.txt") == [
        ("resolution", "postponed", {"yes": 13, "no": 0, "abstain": 0})]
    # Amt Klützer Winkel (ALLRIS 4, fields as a list "- Beschluss:" / "- geändert beschlossen"): each label
    # over its count, cells between "|": "Anzahl der Mitglieder: |" / "13 |" / "davon anwesend: |" / "12 |" /
    # "Zustimmung: |" / "11 |" / "Ablehnung: |" / "0 |" / "Enthaltung: |" / "0 |" / "Befangenheit: |" / "1 |";
    # near miss: "Diesem Antrag wird einstimmig zugestimmt" settles how to vote, no decision of its own
    assert [(d.kind, d.outcome, d.votes) for d in find_decisions(snippet_doc("kluetzer-winkel_to020-130858_abstimmung.txt"))] == [
        ("resolution", "amended", {"yes": 11, "no": 0, "abstain": 0})]
    # Heidenau (SessionNet): the counts again under the minutes, each label over its count without a colon
    # ("Anwesend" / "20" / "JA-Stimmen" / "17" / "NEIN-Stimmen" / "3" / "Enthaltungen" / "0"), the same vote
    # as the page's "Abstimmung: Ja: 17, Nein: 3, Enthaltungen: 0" at the top: one resolution
    from extract.decisions import _count_cells
    heidenau = snippet_text("heidenau_to0050-17519_abstimmung.txt")
    assert parse_votes(_count_cells(heidenau.split("Abstimmungsergebnis:")[1])) == {"yes": 17, "no": 3, "abstain": 0}
    assert [(d.kind, d.outcome, d.votes) for d in find_decisions(snippet_doc("heidenau_to0050-17519_abstimmung.txt"))] == [
        ("resolution", "approved", {"yes": 17, "no": 3, "abstain": 0})]
    # near miss: prose after the label is no table ("Mehrheitlich zugestimmt." / "10 Ja-Stimmen ...")
    assert _count_cells("\n\nMehrheitlich zugestimmt.\n\n10 Ja-Stimmen (5 CDU, 4 SPD, 1 FDP)\n") is None


def test_a_report_tells_a_vote_by_the_members_for_the_matter():
    # Ahrensburg (Hamburger Abendblatt teaser): "In einer öffentlichen Sitzung stimmten 18 Fraktionsmitglieder
    # von CDU, FDP und Grünen für den städtebaulichen Vertrag."
    assert archived_decisions("ahrensburg_svv_bericht_abendblatt_lindenhof.txt") == [
        ("resolution", "approved", {"yes": 18})]
    # near miss: Pirna, members voting for a candidate in an election ("stimmten 13 Stadträte für Dr. Müller")
    # count no decision; the resolution after it states no count
    assert archived_decisions("pirna_str_bericht_freie-waehler_2025-09-09.txt") == [
        ("resolution", "approved", None)]


def test_results_an_agenda_prints_under_its_items_after_the_meeting():
    # Bielefeld (Meine Stadt Transparent meeting page): each item's subject over its result set off by
    # dashes, counts after a comma ("- mit Mehrheit beschlossen -, Ja: 44, Nein: 22"); "Kenntnisnahme" alone
    # under a Mitteilung is its result on an agenda that prints results; "abweichend vom Beschlussvorschlag
    # einstimmig beschlossen" is adopted amended; the agenda and the previous minutes ("Vor Eintritt in die
    # Tagesordnung", "Genehmigung ... der Niederschrift der Ratssitzung") are procedural, and "getrennte
    # Abstimmung einzelner Punkte, Enthaltungen: 1" names no outcome
    unanimous = {"unanimous": True}
    assert archived_decisions("bielefeld_mst_meeting_2639.txt") == [
        ("resolution", "noted", None), ("resolution", "approved", unanimous),
        ("resolution", "approved", {"yes": 44, "no": 22}), ("resolution", "rejected", None),
        ("resolution", "rejected", None), ("resolution", "noted", None), ("resolution", "noted", None),
        ("resolution", "rejected", None), ("resolution", "approved", {"no": 2, "abstain": 4}),
        ("resolution", "approved", unanimous), ("resolution", "amended", unanimous),
        ("resolution", "approved", None)]
    # near miss: a paper that prints "Kenntnisnahme" on a line of its own, with no result set off by
    # dashes, is no agenda of results: the rule reads nothing there
    text = (FIXTURES / "sites" / "demo-karlsruhe-files" / "files" / "2024-0004-2_656989.txt").read_text()
    assert "\nKenntnisnahme" in text and _agenda_results(text) == []


def test_entries_of_a_list_of_a_meetings_resolutions_under_their_subjects():
    # Neubrandenburg: "Folgende Beschlüsse wurden gefasst:" opens the list; each "Beschluss Nr.: STV 9/10/2025"
    # over its subject is a resolution taken on it (eleven, the last one's subject cut)
    assert archived_decisions("neubrandenburg_stv_beschluesse_2025-10-02.txt") == [("resolution", "approved", None)] * 11
    # Kreis Plön and Weinsberg: "Beschlüsse der Sitzung ..." / "Beschlüsse aus der Gemeinderatssitzung ...",
    # each part a subject line over the wording taken; one resolution a part, its vote from its wording
    # ("Der Gemeinderat hat einstimmig der angepassten Satzung ... zugestimmt." as well as the present)
    assert [o for _, o, _ in archived_decisions("ploen-kreis_kt_beschluesse_2018-12-06.txt")] == ["approved"] * 5
    unanimous = {"unanimous": True}
    assert archived_decisions("weinsberg_gr_beschluesse_2025-11-18.txt")[:4] == [
        ("resolution", "approved", None), ("resolution", "approved", unanimous),
        ("resolution", "approved", unanimous), ("resolution", "approved", unanimous)]


def test_a_report_tells_a_decision_through_its_vote():
    # Landkreis Wittenberg (Mitteldeutsche Zeitung): "Mit 21 gegen 20 Stimmen fand am Montagabend in Wittenberg
    # eine Beschlussvorlage eine Mehrheit, ..." (the matter finds a majority; "gegen" between the counts)
    assert archived_decisions("wittenberg-lk_kt_bericht_mz_2025-09-25.txt") == [
        ("resolution", "approved", {"yes": 21, "no": 20})]
    # Kehl: "Ebenso einhellig fiel das Votum der Räte für den Wirtschaftsplan ... aus." after the budget
    # "vom Gemeinderat einstimmig verabschiedet": the vote as the subject, one more decision ("Ebenso")
    assert archived_decisions("kehl_gr_stadtnachrichten_doppelhaushalt-2017-2018.txt") == [
        ("resolution", "approved", {"unanimous": True})] * 2
    assert parse_votes("mit 21 gegen 20 Stimmen") == {"yes": 21, "no": 20}


def _archived(name: str):
    return find_decisions(read_document(str(ARCHIVED / name)))


def test_report_vote_told_by_the_groups_that_cast_it():
    # the council unnamed as the subject: "bekräftigten CDU, SPD, FDP und Grüne gegen die Stimmen
    # von ALK ...", "Die regierenden Fraktionen ... haben ... den Haushalt 2018 mit ihren Stimmen verabschiedet"
    for name in ("koenigstein-im-taunus_svv_bericht_kurbad_id10201.txt", "weiterstadt_svv_bericht_spd_haushalt-2018.txt"):
        [d] = _archived(name)
        assert (d.kind, d.outcome, d.votes) == ("resolution", "approved", None)
    # the headline "Etat ... mit Stimmen von CDU und SPD beschlossen" and the article's "Der Rat hat dem
    # Doppeletat zugestimmt" tell one decision
    [d] = find_decisions(snippet_doc("bergisch-gladbach_in-gl_rat_bericht_etat-2019-2020.txt"))
    assert d.outcome == "approved"
    # near miss: one group's own vote is no decision of the council
    assert find_decisions(snippet_doc("dillenburg_spd_svv_bericht_haushalt-2023.txt")) == []


def test_report_perfect_with_its_participle_put_first_and_members_counted():
    # "Vertagt hat der Gemeinderat ..." with "Sechs der zehn anwesenden Gemeinderäte sprachen sich für
    # Klings Antrag auf Vertagung ... aus, vier und der Bürgermeister waren dagegen"
    [d] = _archived("aichstetten_gr_bericht_schwaebische_10965084.txt")
    assert (d.outcome, d.votes) == ("postponed", {"yes": 6, "no": 5})


def test_report_consent_given_and_received_in_the_perfect():
    # "hat die Ratsversammlung ... die Ehrenbürgerwürde ... verliehen", "hat die Ratsversammlung grünes
    # Licht ... gegeben"; "Damit ist ein ... Projekt genehmigt worden" concludes the second, no third
    found = _archived("neumuenster_rv_beschluesse_cdu_2025-07-22.txt")
    assert [d.outcome for d in found] == ["approved", "approved"]
    assert "Ehrenbürgerwürde" in found[0].text and "grünes Licht" in found[1].text
    # near miss: the council's assent told again names nothing new
    [d] = _archived("passau_str_bericht_strasseninstandsetzung-2024.txt")
    assert "Auftrag an eine Firma erteilt" in d.text


def test_report_resolution_named_by_the_clause_it_governs():
    # "in der letzten Sitzung des Verwaltungsausschusses beschlossen wurde, den Antrag ... zurückzustellen"
    [d] = _archived("salzbergen_to0050_9103.txt")
    assert d.outcome == "postponed"


def test_report_elections_by_their_counts_and_a_paragraph_printed_twice():
    # three elections told by their counts (26, 25, zehn of 34 votes) and "bei denen auch die Ausschüsse
    # ... gewählt wurden"; the paragraph printed twice gives each once; candidates' counts are no yes/no votes
    found = _archived("trier-land_vgr_bericht_volksfreund_469656.txt")
    assert [d.outcome for d in found] == ["approved"] * 4
    assert len({d.text for d in found}) == 4 and all(d.votes is None for d in found)


def test_votes_none_in_words_and_unanimity_under_the_counts():
    assert parse_votes("mit nur 2 Enthaltungen und ohne Gegenstimme somit mehrheitlich zugestimmt") == {
        "no": 0, "abstain": 2}
    # "Abstimmungsergebnis:" / "10    Ja-Stimmen" / "einstimmig"
    found = _archived("freiberg_str_amtsblatt_beschluesse_35-2025.txt")
    assert [d.votes for d in found] == [{"yes": 10, "unanimous": True}, {"yes": 11, "unanimous": True}, None]


def test_committee_sentence_under_a_result_field_is_no_proposal():
    # SessionNet: "Beschluss: Abstimmungsergebnis:" / "Abstimmung: Ja: 14, Nein: 0, Anwesend: 14" /
    # "Beschluss:" / "Der Marktgemeinderat beschließt ...": the wording as taken, no proposal beside it
    found = _archived("teisendorf_to0050_5313.txt")
    assert [(d.kind, d.outcome, d.votes) for d in found] == [("resolution", "approved", {"yes": 14, "no": 0})]


def test_resolution_wording_that_disposes_without_a_decision_verb():
    # "Beschluss:" / "Das Tollhus up’n Wurnbarg und der Garten ... werden als weitere Trauorte ... gewidmet"
    [d] = _archived("edewecht_to0050_14403.txt")
    assert (d.kind, d.outcome, d.votes) == ("resolution", "approved", None)
    assert d.text.startswith("Das Tollhus")


def test_report_act_past_a_clause_inside_its_sentence():
    # "hat der Stadtrat nun, nachdem das Thema immer wieder vertagt worden war, ... auch beschlossen,
    # die Konsolidierung auf den Weg zu bringen": the earlier deferral is no outcome of the act
    found = _archived("kulmbach_str_bericht_kurier_steuer-schraube.txt")
    assert [d.outcome for d in found] == ["approved"]


def test_report_passive_of_the_main_clause_after_a_subordinate_one():
    # "Während der Grüne Antrag ... positiv aufgenommen wurde, wurde für die Schulsozialarbeit ... ein
    # Prüfauftrag erteilt." and "... lehnte der Rat ebenso ab ..."; near miss: "Die Grüne Fraktion hat den
    # Haushalt 2015 einstimmig abgelehnt" is a group's vote, no resolution
    found = _archived("lemgo_rat_bericht_gruene_haushalt-2015.txt")
    assert [d.outcome for d in found] == ["approved", "rejected"]
    assert "Prüfauftrag" in found[0].text and all(d.votes is None for d in found)


def test_report_vote_told_by_the_side_the_council_took():
    # "Der Stadtrat stimmte mit den Stimmen aller Fraktionen dafür, dass die Verwaltung ... aufnimmt"
    [d] = _archived("hueckeswagen_rat_bericht_rp-online_dreifachturnhalle_2023-06.txt")
    assert (d.outcome, d.votes) == ("approved", None)


def test_report_decision_told_as_a_noun_that_happened():
    # "war der Beschluss über die Vereinsförderung der ohne Diskussion einstimmig erfolgte"
    [d] = _archived("pottenstein_str_bericht_vereinsfoerderung.txt")
    assert (d.outcome, d.votes) == ("approved", {"unanimous": True})


def test_party_list_of_motions_with_their_results():
    # "Ergebnis: Einstimmig angenommen" (twice), "ein fast Wortgleicher Antrag ..., der sodann einstimmig
    # angenommen wurde", "Ergebnis: Antrag einstimmig angenommen; es wurde eine Arbeitsgruppe eingerichtet";
    # near misses: "Ergebnis: Wohlwollende behandlung ..." and "Keine Aufnahme in die Tagesordnung"
    found = _archived("straubing_str_antraege_linke_2021-2024.txt")
    assert [(d.outcome, d.votes) for d in found] == [("approved", {"unanimous": True})] * 4
    assert "Wohlwollende" not in " ".join(d.text for d in found)


def test_register_of_resolutions_under_their_numbers_with_members_plus_mayor_counts():
    # Großschönau: "72/12/2012" / "Der Gemeinderat ... bestätigt den Erwerb ..." / "Abstimmungsergebnis:" /
    # "Anwesend: 16 + 1/ Ja-Stimmen: 16 + 1" (the members and the mayor); "Eil 01/2012" / "Der Zuschlag ...
    # wird ... erteilt." prints no counts; the last entry's count is cut after "Ja-Stimmen: 16 "
    found = _archived("grossschoenau_gr_beschluesse_2012.txt")
    assert [(d.kind, d.outcome, d.votes) for d in found] == [
        ("resolution", "approved", None)] + [("resolution", "approved", {"yes": 17})] * 3 + [
        ("resolution", "approved", {"yes": 16})]
    assert found[0].text.startswith("Der Zuschlag") and "Forsteinrichtung" in found[2].text
    # near misses: the attendance and the council's size are no votes
    assert parse_votes("Anwesend: 16 + 1/") is None
    assert parse_votes("Gesetzliche Anzahl Mitglieder des Gemeinderates zzgl. Bürgermeister: 18 + 1") is None


def test_wording_changed_in_the_meeting_is_amended():
    # Hildesheim (ALLRIS classic): "Beschluss:" over the motion's wording with "Absatz 4 neu:" and
    # "(Der Absatz 4 wurde entsprechend geändert und verlesen.)", then "Abstimmungsergebnis: einstimmig
    # mit einer Enthaltung"
    [d] = _archived("hildesheim_to020_51584.txt")
    assert (d.kind, d.outcome, d.votes) == ("resolution", "amended", {"abstain": 1, "unanimous": True})


def test_report_decision_put_before_its_verb():
    # "Den entsprechenden Beschluss fasste der Stadtrat am Donnerstagabend mit 16 Ja-Stimmen, neun
    # Nein-Stimmen ... sowie drei Enthaltungen."
    [d] = _archived("rudolstadt_str_bericht_otz_waermeplanung_2024-01.txt")
    assert (d.outcome, d.votes) == ("approved", {"yes": 16, "no": 9, "abstain": 3})


def test_report_list_of_items_each_under_its_subject_run_into_the_text():
    # "Betriebsabrechnungen : Der Rat hat ... zur Kenntnis genommen.", "Satzungüber Bürgerbegehren und
    # Bürgerentscheide: Einstimmig hat der Rat die Verwaltung beauftragt, ...", the group's draft "zuvor
    # zur Abstimmung gestellte ... hatte keine Mehrheit gefunden", "Ehrenbeamte : ... hat der Rat auch ...
    # zu Ehrenbeamten ernannt", "Stiftungskuratorium : ... ist Antje Rinne ... berufen worden."
    found = _archived("rinteln_rat_bericht_ndz_22648.txt")
    assert [(d.outcome, d.votes) for d in found] == [
        ("noted", None), ("approved", {"unanimous": True}), ("rejected", None), ("approved", None), ("approved", None)]
    assert found[3].text.startswith("Ehrenbeamte") and found[4].text.startswith("Stiftungskuratorium")


def test_report_elections_counted_by_members_and_one_moved_to_a_later_meeting():
    # "47 Ratsmitglieder stimmten für die Frau Bern, drei gegen Sie und weitere drei enthielten sich der
    # Stimme." (after "Zuerst wurde die/der Beigeordnete ... gewählt."), "42 Ratsmitglieder stimmten für die
    # Frau Fritzsche, sieben dagegen und vier enthielten sich." (no record of its own), the Kämmerer's
    # election "wird ... auf die Ratssitzung im November verschoben"; near misses on the page: the motion
    # for a secret ballot, "Die Stelle soll erneut öffentlich ausgeschrieben werden"
    found = _archived("viersen_rat_bericht_blog_2018-09-26.txt")
    assert [(d.outcome, d.votes) for d in found] == [
        ("approved", {"yes": 47, "no": 3, "abstain": 3}), ("approved", {"yes": 42, "no": 7, "abstain": 4}),
        ("postponed", None)]


def test_report_act_told_in_a_clause_the_perfect_last():
    # "die Haushaltssatzung fürs laufende Jahr, die der Haupt- und Finanzausschuss am Montagnachmittag
    # einstimmig beschlossen hat"; near miss: "Die Entscheidung darüber heben sich Stadtrat und Verwaltung
    # aber bis zur letzten Sekunde auf."
    [d] = _archived("hof_hfa_bericht_frankenpost_haushalt.txt")
    assert (d.outcome, d.votes) == ("approved", {"unanimous": True})


def test_statute_notice_records_its_adoption_in_the_preamble():
    # Heusweiler: "... hat der Gemeinderat in seiner Sitzung am 12. Dezember 2024 folgende 1.
    # Änderungssatzung beschlossen:" (an ordinal's full stop ends no sentence); near miss on the page:
    # "vor Ablauf der ... Frist der Bürgermeister dem Beschluss widersprochen" (a legal condition)
    found = _archived("heusweiler_gr_bekanntmachung_hebesatzsatzung_2024-12-16.txt")
    assert [(d.kind, d.outcome, d.votes) for d in found] == [("resolution", "approved", None)]
    assert "Änderungssatzung beschlossen" in found[0].text
    # St. Gangloff (Hermsdorfer Amtsblatt): "... hat der Gemeinderat der Gemeinde St. Gangloff in der
    # Sitzung am 21.12.2022 die folgende Hauptsatzung beschlossen:"
    found = find_decisions(snippet_doc("st-gangloff_amtsblatt_hauptsatzung_2022-12-21.txt"))
    assert [(d.kind, d.outcome, d.votes) for d in found] == [("resolution", "approved", None)]


def test_report_passive_of_a_decision_as_the_noun_of_its_light_verb():
    # Hardheim (kommune-aktiv agenda item): "Im Zuge der Haushaltsvorberatung wurde der Beschluss gefasst
    # einen Ansatz von 50.000 Euro mit aufzunehmen" and "Den vorgeschlagenen Änderungen der Verwaltung ...
    # wurde zugestimmt"; near miss on the page: "so dass zur Planung im Übrigen unverändert Beschluss
    # gefasst werden kann" (no auxiliary of the past: a decision still to take)
    found = _archived("hardheim_kommune-aktiv_top_haushaltssatzung-2024.txt")
    assert [(d.kind, d.outcome, d.votes) for d in found] == [("resolution", "approved", None)] * 2
    assert found[0].text.startswith("Im Zuge der Haushaltsvorberatung wurde der Beschluss gefasst")
    assert not any("gefasst werden kann" in d.text for d in found)


def test_report_request_granted_in_the_passive():
    # Bensheim (Bergsträßer Anzeiger): "Mehrheitlich wurde beschlossen, dass die Stadt Büroflächen ...
    # anmieten kann." and, under the next subject, "Dem Konzept des Eigenbetriebs Stadtkultur wurde
    # einstimmig entsprochen."
    found = _archived("bensheim_svv_bericht_bergstraesser-anzeiger_1764670.txt")
    assert [(d.outcome, d.votes) for d in found] == [("approved", None), ("approved", {"unanimous": True})]
    assert found[1].text == "Dem Konzept des Eigenbetriebs Stadtkultur wurde einstimmig entsprochen."


def test_report_decision_told_by_the_result_of_its_vote():
    # Geesthacht (Bergedorfer Zeitung): "Das ist das Ergebnis eines Dringlichkeitsantrags, den Bündnis
    # 90/Die Grünen und SPD noch am Tag der Ratsversammlung dort eingereicht haben. So einstimmig am Ende
    # die Abstimmung war, ..." (an urgent motion decided on its merits is no procedural vote); near miss
    # on the page: "musste dafür votiert werden, ihn auf die Tagesordnung zu setzen" (procedure, no result)
    found = _archived("geesthacht_rv_bericht_bergedorfer-zeitung_230419548.txt")
    assert [(d.kind, d.outcome, d.votes) for d in found] == [("resolution", "approved", {"unanimous": True})]
    assert found[0].text.startswith("So einstimmig am Ende die Abstimmung war")


def test_minutes_present_closing_an_items_text_is_a_resolution():
    # Idstein (SessionNet item page, no result label): under "Zu Lfd.-Nr. 7: Antrag der CDU-Fraktion ..."
    # "Der Ausschuss nimmt den Antrag zur Kenntnis.", under "Zu Lfd.-Nr. 11" "Dem Antrag ... wurde zugestimmt",
    # under "Zu Lfd.-Nr. 19" the Stellungnahme and "Der Ausschuss nimmt die Stellungnahme zur Kenntnis."
    found = _archived("idstein_to0050_232213.txt")
    assert [(d.kind, d.outcome) for d in found] == [
        ("resolution", "noted"), ("resolution", "approved"), ("resolution", "noted")]
    assert found[0].text == "Der Ausschuss nimmt den Antrag zur Kenntnis."
    # near miss, Radeberg: a page that opens with the decision's wording in the present, "Der Stadtrat
    # genehmigt die überplanmäßige Ausgabe ...", says neither proposal nor resolution
    assert _archived("radeberg_str_beschluss_1998-95.txt") == []


def test_report_heading_of_a_meetings_work_names_no_decision():
    # Altbach (municipal news item): the rubric's heading "Aus der Arbeit des Gemeinderates - der
    # Gemeinderat beriet und beschloss am 13.12.2022" over a draft budget only introduced ("bringt den
    # Haushaltsentwurf 2023 in das Verfahren im Gemeinderat ein"): the council's work told without its
    # matter is no decision
    assert _archived("altbach_gr_gemeindenachrichten_2022-12-13.txt") == []
    # near misses: the act told with its matter or its vote stays a resolution (Torgau: "beschloss der
    # Torgauer Stadtrat auf seiner turnusmäßigen Sitzung unter anderem die Vorlage ..."; Waldershof:
    # "Das hat der Stadtrat in der jüngsten Sitzung einstimmig beschlossen.")
    torgau = _archived("torgau_str_bericht_torgau-tv_2010-03-31.txt")
    assert torgau[0].text.startswith("Am Mittwoch den 31. März 2010 beschloss der Torgauer Stadtrat")
    [waldershof] = _archived("waldershof_str_bericht_jugendfoerderung.txt")
    assert (waldershof.outcome, waldershof.text) == (
        "approved", "Das hat der Stadtrat in der jüngsten Sitzung einstimmig beschlossen.")


def test_report_member_elected_into_the_council_and_earlier_meetings_are_no_decisions():
    # Pfronstetten (the Gemeinderat's resolutions of 26.02.2020): "Frau Katja Reck wurde erstmals 2014 und
    # 2019 erneut in den Gemeinderat gewählt." (the voters elect a council) and the awards "in seiner
    # Sitzung vom 17.06.2015", "In der Sitzung vom 25.11.2015" (meetings before the one reported, told as
    # the item's background) are none; the council's Feststellung "der Gemeinderat hat dies so
    # festgestellt" is the one resolution
    found = _archived("pfronstetten_gr_beschluesse_2020-02-26.txt")
    assert [(d.kind, d.outcome, d.votes) for d in found] == [("resolution", "approved", None)]
    assert found[0].text.endswith("der Gemeinderat hat dies so festgestellt.")
    # near miss: an election the council holds (Zittau: "Im Stadtrat wurde mit den Stimmen der LINKEN
    # der neue Friedensrichter ... gewählt")
    [zittau] = _archived("zittau_str_bericht_linke_2018-09-27.txt")
    assert zittau.text.startswith("Im Stadtrat wurde mit den Stimmen der LINKEN der neue Friedensrichter")


def test_motion_wording_on_its_movers_page_is_no_proposal():
    # Nideggen (the Grüne's page): "Begründung:" and "Beschlussvorschlag:" ("Die Verwaltung wird beauftragt
    # ... einen Förderantrag zu stellen"), no council, meeting or paper's label around them: a group's
    # motion, not the administration's proposal
    assert _archived("nideggen_rat_antrag_gruene_photovoltaik.txt") == []
    # near miss, Wolgast: an agenda item's page whose Beschlussvorschlag names the council ("Die
    # Stadtvertretung beschließt:") keeps its proposal
    assert [(d.kind, d.outcome) for d in _archived("wolgast_to0050_46665.txt")] == [("proposal", "approved")]


def test_report_council_follows_a_proposal_or_a_motion():
    # Häg-Ehrsberg (a regional paper's report): "Die Verwaltung schlug nun vor, einen Preis von 215 Euro
    # pro Quadratmeter festzulegen ... Dem folgte das Ratsgremium."; Meßstetten (Schwarzwälder Bote):
    # "der Gemeinderat folgte einem Antrag, die Höchstgrenze ... herabzusetzen": the council adopts what
    # it follows, one resolution each
    [haeg] = _archived("haeg-ehrsberg_gr_bericht_grundstueckspreise.txt")
    assert (haeg.kind, haeg.outcome, haeg.text) == ("resolution", "approved", "Dem folgte das Ratsgremium.")
    assert [(d.kind, d.outcome) for d in find_decisions(snippet_doc("messstetten_schwarzwaelder-bote_2018-05_hauptsatzung.txt"))] == [
        ("resolution", "approved")]
    # near misses: what follows in a meeting, and a proposal the council does not follow
    from extract.decisions import report_resolutions
    assert report_resolutions("Im Gemeinderat folgte dem Vortrag eine lange Aussprache. Es folgte eine Pause.") == []
    assert report_resolutions("Der Gemeinderat folgte dem Vorschlag der Verwaltung nicht.") == []


def test_meeting_report_records_vote_first_and_confirmation():
    # a town's meeting reports read as minutes: Uhingen's heading run into the record, the vote opening
    # the sentence before the body ("... Fairtrade Stadt werdenEinstimmig hat der Gemeinderat beschlossen,
    # dass ..."), Malsch's "Der Gemeinderat bestätigte einstimmig die ... durchgeführte Wahl und
    # beauftragte ...": one resolution each, with its vote
    for name, opening in (("uhingen_gr_berichte_2022-04-29.txt", "Einstimmig hat der Gemeinderat beschlossen"),
                          ("malsch_gr_bericht_2016-03-15.txt", "Der Gemeinderat bestätigte einstimmig")):
        [found] = _archived(name)
        assert (found.kind, found.outcome, found.votes) == ("resolution", "approved", {"unanimous": True})
        assert found.text.startswith(opening)
    # near miss: a vote opening a sentence of someone else's act ("Einstimmig hat die Feuerwehr ...")
    from extract.decisions import _minutes_resolutions, _VOTE_FIRST_RECORD
    assert _minutes_resolutions("Einstimmig hat die Feuerwehr ihren Kommandanten gewählt.", [_VOTE_FIRST_RECORD]) == []


def test_report_resolving_that_names_its_matter_is_a_decision_of_its_own():
    # Minden-Lübbecke (Westfalen-Blatt): "In einem Stimmenbündnis ... wurde die Besetzung beschlossen." and,
    # paragraphs on, "Bei Gegenstimmen der AfD beschloss der Kreistag nach eingehender Diskussion, seine
    # Entscheidungsbefugnis ... in den Kreisausschuss zu delegieren.": the second names what it resolves in a
    # clause of its own, one more resolution, as a passive record naming its matter is
    found = _archived("minden-luebbecke-kreis_kt_bericht_westfalen-blatt_4320188.txt")
    assert [d.text[:40] for d in found] == ["In einem Stimmenbündnis von CDU, SPD, Gr",
                                            "Bei Gegenstimmen der AfD beschloss der K"]
    # near miss: the same act told again without a matter of its own is the decision told before
    from extract.decisions import report_resolutions
    assert len(report_resolutions("Der Gemeinderat beschloss, die Halle zu sanieren.\n"
                                  "Das Gremium beschloss dies mit großer Mehrheit.")) == 1


def test_beratungsfolge_row_taken_off_the_agenda_is_no_resolution():
    # Münster (SessionNet paper page): among thirteen results, "Bezirksvertretung Münster-Mitte: von der
    # Tagesordnung abgesetzt" sets that meeting's agenda, a procedure: no resolution of its own (the
    # committees' "ohne Beschlussfassung geschoben" still are: postponed)
    doc = read_document(str(FIXTURES / "sessionnet" / "muenster" / "vo0050_kvonr-2004037844.html"))
    found = find_decisions(doc)
    assert len(found) == 13 and not any("abgesetzt" in d.text for d in found)
    assert [d.outcome for d in found].count("postponed") == 3
    # near miss: the consultation's outcome reads the same result as postponed
    from extract.decisions import result_outcome
    assert result_outcome("von der Tagesordnung abgesetzt") == "postponed"


def test_item_excerpt_reads_its_proposal_and_the_count_label_without_colon():
    # Amt Bornhöved (ALLRIS classic to020): "Auszug - Beratung und ggf. Beschlussfassung ..." prints the
    # paper's "Beschlussvorschlag:" and under it "Abstimmungsergebnis dafür: 8 dagegen: 0 Stimmenthaltung: 0":
    # the proposal, and the vote taken on it, the label run into the first count's label
    assert archived_decisions("amt-bornhoeved_to020_31534.txt") == [
        ("proposal", "approved", None), ("resolution", "approved", {"yes": 8, "no": 0, "abstain": 0})]
    # the same label on a line of its own over the counts (komuna meeting page): a resolution
    from extract.decisions import _COUNT_LINE, _minutes_resolutions
    text = "Beschluss\n\nDer Gemeinderat stimmt der Planung zu.\n\nAbstimmungsergebnis\nDafür: 20, Dagegen: 0\n"
    assert [(d.outcome, d.votes) for _, _, d in _minutes_resolutions(text, [_COUNT_LINE])] == [
        ("approved", {"yes": 20, "no": 0})]
    # near miss: the counts under a procedural item ("1. Genehmigung des Protokolls der ...") decide nothing
    assert _minutes_resolutions("1. Genehmigung des Protokolls der öffentlichen Sitzung vom 03.07.2023\n\n"
                                "Beschluss\n\nDie Genehmigung wird erteilt.\n\nAbstimmungsergebnis\n"
                                "Dafür: 12, Dagegen: 0\n", [_COUNT_LINE]) == []


def test_postponement_joined_to_a_referral_gives_both():
    # Ammerndorf (SPD report): "Deshalb wurden die beiden TOP für den Friedhof vertagt und für eine weitere
    # Erörterung an den zuständigen Ausschuss verwiesen.": two acts, one resolution each
    assert [(d.kind, d.outcome) for d in _archived("ammerndorf_gr_bericht_spd_2020-06-15.txt")] == [
        ("resolution", "postponed"), ("resolution", "referred")]
    # the same record in minutes
    from extract.decisions import _minutes_resolutions, _VERTAGT, _without_overlaps
    text = "Der Punkt wird vertagt und zur weiteren Beratung an den Bauausschuss verwiesen.\n"
    assert [d.outcome for d in _without_overlaps(_minutes_resolutions(text, [_VERTAGT]))] == ["postponed", "referred"]
    # near miss: a postponement and a later sentence's referral are not joined
    text = "Der Punkt wird vertagt und soll in der nächsten Sitzung beraten werden. Der Antrag wurde verwiesen.\n"
    assert [d.outcome for d in _without_overlaps(_minutes_resolutions(text, [_VERTAGT]))] == ["postponed"]


def test_act_of_the_mayor_in_his_own_competence_is_no_resolution():
    # Kötz (SessionNet agenda item): "Der Bürgermeister informierte den Gemeinderat darüber, ... Der Auftrag
    # (Auftragswert ca. 2000,00 €) wurde vom Bürgermeister in eigener Zuständigkeit vergeben.": the council is
    # informed, the award is the mayor's: no resolution
    assert archived_decisions("koetz_to0050_26624.txt") == []
    from extract.decisions import _no_council_act
    assert _no_council_act("Die Arbeiten wurden von der Verwaltung vergeben.")
    # near misses: the council deciding after the administration's presentation, and the council as the agent
    assert not _no_council_act("Der Gemeinderat hat nach Vorstellung des Förderprogramms durch die Verwaltung "
                               "den Einstieg in das Verfahren beschlossen.")
    assert not _no_council_act("Der Antrag wurde vom Bürgermeister zur Abstimmung gestellt und einstimmig angenommen.")


def test_motion_moved_in_the_first_person_tells_no_resolution_of_its_own():
    # Gröbenzell (SPD group's motion on its website): "namens der SPD-Fraktion beantrage ich ..." and under
    # "Gründe:" "Mit einstimmigen Gemeinderatsbeschluss vom 25.11.2021 hat der Gemeinderat beschlossen, ...":
    # the reasons recount earlier decisions, none is taken on the page
    assert _archived("groebenzell_gr_antrag_spd_friedhofsgebuehrensatzung_2022-07.txt") == []
    from extract.decisions import _moves_in_first_person
    assert _moves_in_first_person("Deshalb beantragen wir, hierfür 250.000 Euro einzustellen.")
    # near miss: a report telling of a group's motion, in the third person
    assert not _moves_in_first_person("Die SPD-Fraktion beantragte, die Gebühren zu senken. Der Gemeinderat lehnte ab.")


def test_hessian_executives_motion_to_its_council_is_a_proposal():
    # Offenbach (PIO Drucksache): "Der Magistrat beantragt, dass die Stadtverordnetenversammlung wie folgt
    # beschließt:" over points 1-3: the administration's proposal, not a resolution the page reports
    assert [(d.kind, d.outcome) for d in _archived("offenbach_pio_2017-00013787.txt")] == [("proposal", "approved")]
    from extract.decisions import find_proposals
    text = ("Der Gemeindevorstand beantragt, die Gemeindevertretung möge beschließen:\n\n"
            "Der Haushaltssatzung 2024 wird zugestimmt.\n")
    assert [(d.kind, d.outcome) for d in find_proposals(text)] == [("proposal", "approved")]
    # near miss: a group's motion told in a sentence, no formula over a wording
    assert find_proposals("Die Fraktion beantragt, den Platz zu sanieren.\n") == []


def test_agenda_items_bare_vote_line_is_its_resolution():
    # Pohlheim (SessionNet to0050): a youth group's motion, then "Abstimmungsergebnis: Einstimmig beschlossen",
    # no "Beschluss:" heading: the vote line records the item's resolution
    assert archived_decisions("pohlheim_to0050_33748.txt") == [("resolution", "approved", {"unanimous": True})]


def test_report_finding_of_an_inspection_is_no_decision():
    # Rosdorf (a group's motion on its website): "haben die Ortsratsmitglieder ... die elf Spielplätze ...
    # einer Begehung unterzogen und dabei erhebliche Mängel festgestellt": what they found, no Feststellung
    assert _archived("rosdorf_or_cdu_antrag_spielplaetze_2019.txt") == []
    from extract.decisions import _report_record
    assert _report_record("Der Rat hat bei der Begehung Schäden am Dach festgestellt.") is None
    # near miss: the council's Feststellung of a Jahresabschluss
    assert _report_record("Der Gemeinderat hat den Jahresabschluss 2021 festgestellt.") == "approved"


def test_report_decision_as_its_sentences_subject_is_a_resolution():
    # Mendig (news report of a meeting): "Ein Beschluss zur Sanierung eines Verbindungsstücks der
    # Vulkanschleife zeigt das Engagement der Gemeinde, ..."
    assert [(d.kind, d.outcome) for d in _archived("mendig_vgr_bericht_aktuell4u_ganztagsschule.txt")] == [
        ("resolution", "approved")]
    from extract.decisions import _DECISION_SUBJECT
    # near misses: a decision still to be taken
    assert not _DECISION_SUBJECT.match("Ein Beschluss zur Sanierung steht noch aus.")
    assert not _DECISION_SUBJECT.match("Ein Beschluss über den Bebauungsplan wurde nicht gefasst.")


def test_sessionnet_vote_form_counts_only_the_filled_in_counts():
    # a SessionNet agenda item's vote form under "Beschluss: Das Gremium beschließt ungeändert.":
    # "Einstimmig" / "Mit Stimmen-" / "mehrheit" / "Ja" / "Nein" / "Enthaltung" / "1"
    assert archived_decisions("nienburg-lk_to0050_4874.txt") == [("resolution", "approved", {"abstain": 1})]
    from extract.decisions import _vote_form
    assert _vote_form("Einstimmig\n\nMit Stimmen-\nmehrheit\n\nJa\n12\n\nNein\n3\n\nEnthaltung\n") == {"yes": 12, "no": 3}
    # near misses: the form with nothing filled in; a result in words, no form
    assert _vote_form("Einstimmig\n\nMit Stimmenmehrheit\n\nJa\n     \n\nNein\n     \n\nEnthaltung\n") is None
    assert _vote_form("Einstimmig\nJa 12 Nein 0 Enthaltung 1") is None
