"""Role, funder and programme of amounts, on snippets of real papers
(tests/fixtures/snippets/, provenance in tests/fixtures/SOURCES.md).

Each test names where the role is read from: the amount's sentence, its
table row name, the column header above it, the heading of its money block,
or the sentence introducing a list of rows.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.amount_roles import funder_of, programmes_in, role_hits
from extract.amounts import find_amounts
from extract.document import Document, read_document
from tests.extract.snippets import SNIPPETS, snippet_doc


def _roles(name: str) -> list[tuple[str, str]]:
    return [(a.value, a.role) for a in find_amounts(snippet_doc(name))]


# --- from the sentence ----------------------------------------------------------

def test_sentence_cost_then_grant_after_wovon():
    # "ein Investitionsvolumen von 31 Millionen € auslösen, wovon 19 Millionen €
    # als Fördergelder durch EU und Land Baden-Württemberg ..."
    found = find_amounts(snippet_doc("karlsruhe_2022-0973_639986_funding.txt"))
    assert [(a.value, a.role) for a in found] == [
        ("31000000.00", "cost"), ("19000000.00", "grant")]
    assert found[1].funder == "EU"  # the nearest payer named in the sentence
    assert found[0].funder is None  # a cost has no funder


def test_sentence_fees_are_revenue():
    # "Die Gebühren für die Nutzung der Leichenhallen erhöhen sich von 95 Euro auf 110 Euro ..."
    assert _roles("karlsruhe_2022-2256_642279_fees.txt") == [
        ("95.00", "revenue"), ("110.00", "revenue"), ("300.00", "revenue"), ("320.00", "revenue")]


def test_sentence_grant_with_funder_and_programme():
    # Brühl, Vorlage 72/2017: ESF money for "Kein Kind zurücklassen!"
    (a,) = find_amounts(snippet_doc("seed_001_finanzielle_auswirkungen.txt"))
    assert (a.value, a.role, a.period) == ("29997.30", "grant", "yearly")
    assert a.funder == "EU"


# --- from the table row name --------------------------------------------------

def test_row_name_head_word_decides():
    # "Zuschuss von der Stadt für eingesparte Abbruchkosten: 625.000 €" is a
    # grant although "Abbruchkosten" stands nearer the amount
    assert _roles("karlsruhe_2013-0318_145731_financing.txt") == [
        ("1430000.00", "cost"), ("70000.00", "other"), ("625000.00", "grant"),
        ("115000.00", "grant"), ("300000.00", "other"), ("320000.00", "grant"),
        ("1430000.00", "cost")]


def test_city_paying_a_grant_is_the_funder():
    found = find_amounts(snippet_doc("karlsruhe_2013-0318_145731_financing.txt"))
    by_value = {a.value: a for a in found}
    assert by_value["625000.00"].funder == "Kommune"


def test_rows_after_an_introducing_sentence_take_its_role():
    # "Diese Ermächtigung kann von folgenden drei anderen Projekten in Anspruch
    # genommen werden ...:" then one project per row
    roles = _roles("karlsruhe_2016-0570_593918_list.txt")
    rows = [r for r in roles if r[0] in ("400000.00", "1300000.00", "800000.00", "100000.00")]
    assert len(rows) == 5
    assert {role for _, role in rows} == {"budget"}


# --- from the column header -----------------------------------------------------

def _archived_roles(name: str) -> list[tuple[str, str]]:
    doc = read_document(str(SNIPPETS.parent / "archived" / name))
    return [(a.value, a.role) for a in find_amounts(doc)]


def test_rows_completing_the_sentence_above_take_its_role():
    # Wermelskirchen (ALLRIS classic page text): "Das Jahresbudget betrug laut Finanzplan für die Jahre" /
    # blank / "2018 = rd. 23 Mio. Euro  2019 = 27 Mio. Euro  2020 = 28 Mio. Euro"
    assert _archived_roles("wermelskirchen_vo020_0041-2021.txt") == [
        ("23000000.00", "budget"), ("27000000.00", "budget"), ("28000000.00", "budget")]


def test_amount_joined_to_the_next_takes_its_role_and_a_heading_line_is_no_part_of_the_paragraph():
    # Herzogenrath (ALLRIS 4 page text, one paragraph per line): "Produkt 0636210 Allgemeine Förderung
    # junger Menschen" / "Stadtverordneter Billmann beantragt, zur Einrichtung von Jugendforen je
    # Stadtteil 2.500 EUR, mithin insgesamt 7.500 EUR bereitzustellen."
    assert _archived_roles("herzogenrath_allris4_to020_2171.txt")[:2] == [
        ("2500.00", "budget"), ("7500.00", "budget")]


def test_column_header_one_cell_per_line():
    # Karlsruhe "Finanzielle Auswirkungen" form: four headers, one row of four amounts
    assert _roles("karlsruhe_2015-0564_589861_finance.txt") == [
        ("111660.00", "cost"), ("72000.00", "grant"), ("39660.00", "own_share"),
        ("39660.00", "cost")]


def test_column_header_in_one_line():
    # "Gesamt Stadt Karlsruhe Städtebauförderung" over rows "2019 10.000 € 10.000 € -"
    assert _roles("karlsruhe_2019-0003_607012_table.txt") == [
        ("10000.00", "cost"), ("10000.00", "own_share"),
        ("70000.00", "cost"), ("28000.00", "own_share"), ("42000.00", "grant"),
        ("80000.00", "cost"), ("38000.00", "own_share"), ("42000.00", "grant")]


def test_column_read_down_the_page():
    # the text layer lists a column's amounts under its header, one per line
    assert _roles("karlsruhe_2015-0564_589861_columns.txt")[3:] == [
        ("36000.00", "grant"), ("72000.00", "grant"), ("72000.00", "grant"),
        ("19900.00", "own_share"), ("39660.00", "own_share"), ("19950.00", "own_share")]


def test_money_block_heading():
    # Gladbeck 13/0452: "Ertrag €" and "Aufwand €" blocks of the Ergebnisrechnung
    assert _roles("seed_003_ergebnisrechnung.txt") == [
        ("23000.00", "revenue"), ("23000.00", "cost"), ("15000.00", "cost"), ("8000.00", "cost")]


def test_plan_columns_of_a_budget_statute_are_budget():
    # Karlsruhe Haushaltssatzung: "Urplan Änderungen 1. Nachtrag" over "Euro Euro Euro";
    # the row names (Erträge, Aufwendungen) do not make the plan figures revenue or cost
    roles = _roles("karlsruhe_24372_2481_budget.txt")
    assert len(roles) == 18
    assert {role for _, role in roles} == {"budget"}
    assert roles[3] == ("-926187412.00", "budget")  # printed with its minus sign



def test_targets_and_savings_are_other():
    # Wedel (ALLRIS 4): "Ziel der Maßnahmen ist, im Haushaltsjahr 2028 eine Ergebnisverbesserung
    # von 9.500.000 € zu erreichen." (twice)
    assert _archived_roles("wedel_allris4_to020_1020082.txt") == [
        ("9500000.00", "other"), ("9500000.00", "other")]
    # Xanten (newspaper): "Erwartet werden Mehreinnahmen von 2800 Euro. Insgesamt sollen alle
    # Konsolidierungsmaßnahmen zu einer Ergebnisverbesserung um knapp 440.000 Euro führen."
    assert _roles("xanten_rp-online_2024-02_stadtbuecherei_gebuehren.txt")[:2] == [
        ("2800.00", "revenue"), ("440000.00", "other")]


def test_limits_for_a_kind_of_thing_are_other():
    # Reutlingen (newspaper): "Jeder Auftrag mit Investitionsvolumen von mehr als 50000 Euro muss von der
    # Stadtkämmerei einzeln freigegeben werden."
    assert _archived_roles("reutlingen_gr_bericht_haushaltssperre_2022-07-03.txt") == [("50000.00", "other")]
    # Amt Probstei (SessionNet, a Hauptsatzung's value limits): "Stundungen bis zu einem Betrag von
    # 2.500,00 €uro", "soweit ein Betrag von 250,00 €uro nicht überschritten wird", "... einen Betrag
    # von 2.000,00 €uro nicht übersteigt", "Vergabe von Aufträgen bis zu einem Wert von 2.000,00 €uro"
    assert _roles("probstei_to0050-19364_hauptsatzung.txt")[:5] == [
        ("2500.00", "other"), ("250.00", "other"), ("2000.00", "other"), ("500.00", "other"),
        ("2000.00", "other")]
    # Meßstetten (newspaper): "die Höchstgrenze von 100 000 Euro auf 75 000 Euro herabzusetzen",
    # "Zustimmung zu über- und außerplanmäßigen Ausgaben des Bürgermeisters bis zu einer Höhe von 10 000 Euro"
    assert _roles("messstetten_schwarzwaelder-bote_2018-05_hauptsatzung.txt")[2:5] == [
        ("100000.00", "other"), ("75000.00", "other"), ("10000.00", "other")]
    # Bad Dürrheim (newspaper): a programme's rate and its cap "Grundsätzlich würde die Förderung
    # Innenstadt II bei 20 Prozent oder maximal 30 000 Euro liegen", the grant given "eine Förderung
    # von 31 800 Euro"
    assert _archived_roles("bad-duerrheim_gr_bericht_pfadfinder-zuschuss_2018-11.txt") == [
        ("63600.00", "cost"), ("30000.00", "other"), ("31800.00", "grant")]
    # near misses: a grant up to a sum is the grant (Dinkelsbühl: "Mit der Bezuschussung des geplanten
    # Rasenspielfeldes mit Naturkork bis zu einem Höchstbetrag von 61.000 € besteht Einverständnis.")
    assert _archived_roles("dinkelsbuehl_to0050_9542.txt") == [("61000.00", "grant")]


def test_the_municipalitys_part_of_a_funded_measure_is_its_own_share():
    # Nürnberg (SessionNet): "Der städtische Eigentanteil beträgt maximal 24 Mio. €." (any compound of
    # "Anteil" after the municipality's adjective)
    assert _archived_roles("nuernberg_to0050_93117.txt") == [("24000000.00", "own_share")]
    # Leinfelden-Echterdingen (newspaper): "Die Stadt wird von den Kosten 360 000 Euro übernehmen.
    # Das Land gibt einen Zuschuss von 90 000 Euro."
    assert _archived_roles("leinfelden-echterdingen_gr_bericht_feuerwehrfahrzeug_2016-09-16.txt") == [
        ("360000.00", "own_share"), ("90000.00", "grant")]
    # Landkreis Friesland (SessionNet): "Es werden von den 832.246 € der förderfähigen Ausgaben, insgesamt
    # 777.997 € als Fördersumme zugesagt. ... So verbleibt beim Landkreis nur noch Kosten in Höhe von 54.249 €."
    assert _roles("friesland_to0050-29383_foerderung.txt") == [
        ("832246.00", "grant"), ("777997.00", "grant"), ("54249.00", "own_share")]


def test_sentence_pointing_back_takes_the_role_of_what_it_points_to():
    # Peine (ALLRIS classic, Wortprotokoll): "Der heute vorliegende Haushalt sei ... als historisch
    # anzusehen. Er umfasse eine Summe von über 250 Millionen Euro."; the amounts after keep the
    # words of their own sentences (veranschlagt, Einnahmeseite, Ausgabenseite)
    assert _archived_roles("peine-lk_to020_13076.txt") == [
        ("250000000.00", "budget"), ("2800000.00", "budget"), ("2700000.00", "revenue"),
        ("560000.00", "cost")]
    # Rödermark: "Ertragslage im abgelaufenen Geschäftsjahr" / "... einen Jahresverlust von
    # 561.213,41 €. Dieser gliedert sich ... wie folgt:" / "Abfall Gewinn 466.731,45 €": the
    # pronoun points to the loss, not to the heading above the sentence
    assert _roles("roedermark_gesamtabschluss_2022_eigenbetrieb_ergebnis.txt")[:2] == [
        ("561213.41", "other"), ("466731.45", "other")]


def test_budget_participle_before_its_noun_makes_a_budget_line():
    # Herzogenrath (ALLRIS 4): "die ... im Veränderungsnachweis eingestellten allgemeinen
    # Geschäftsaufwendungen in Höhe von 250 EUR auf 750 EUR aufzustocken"
    assert _archived_roles("herzogenrath_allris4_to020_2171.txt")[2:4] == [
        ("250.00", "budget"), ("750.00", "budget")]
    # Rhein-Kreis Neuss (SessionNet): "eine überplanmäßige Ausgabe in Höhe von 11.200 €"
    assert _archived_roles("rhein-kreis-neuss_to0050_2347.txt") == [("11200.00", "budget")]
    # Jever (SessionNet): "3 überplanmäßige Ausgaben ... „Ordnungsangelegenheiten“ in Höhe von
    # 26.500 €, „Statistik und Wahlen“ in Höhe von 8.600 € und „Bauhof“ in Höhe von 27.700 €"
    assert _roles("jever_to0050-11184_ueberplanmaessig.txt") == [
        ("26500.00", "budget"), ("8600.00", "budget"), ("27700.00", "budget")]

def test_invoice_is_a_cost_and_the_budget_lines_covering_it_are_budget():
    # Radeberg: "genehmigt die überplanmäßige Ausgabe aus der Haushaltsstelle ... zur Begleichung der
    # Rechnung der Schmidt Erdbau GmbH in Höhe von 59.697,92 DM" (the invoice, nearer than the
    # budget participle); "Die Deckung der Kosten erfolgt aus der Haushaltstelle ... (Festgeldzinsen) in
    # Höhe von 55.000,00 DM und aus der Haushaltstelle ... (Mieten und Pachten) in Höhe von 5.000,00 DM"
    # (the budget lines, nearer than "Kosten"); "den Rechnungswert von 60.916,24 DM auf 59.697,92 DM"
    assert _archived_roles("radeberg_str_beschluss_1998-95.txt") == [
        ("59697.92", "cost"), ("55000.00", "budget"), ("5000.00", "budget"),
        ("60916.24", "cost"), ("59697.92", "cost")]
    # Lauf (SessionNet): "Die Deckung erfolgt in Höhe von 428.483,58 Euro aus Mehreinnahmen bei
    # Haushaltsstelle 0.4649.1714 Betriebskostenförderungen und in Höhe von 200.666,28 Euro aus
    # allgemeinen Haushaltsmitteln": money made available from budget lines, not income earned nor a
    # grant; the words after a budget line's number name the line, not the amount
    assert _roles("lauf_to0050-6882_deckung.txt") == [
        ("629149.86", "budget"), ("428483.58", "budget"), ("200666.28", "budget")]


def test_deficit_is_other_unless_the_budget_plans_it():
    # Liebenau (ALLRIS classic, Wortprotokoll): "das nach der Entschuldungshilfe im Jahr 2009
    # verbliebene Restdefizit in Höhe von rund 850.000 €" is a balance, not what something costs
    assert _archived_roles("liebenau-sg_to020_1002650.txt") == [
        ("695500000000.00", "revenue"), ("850000.00", "other")]
    # Xanten (newspaper): "Bisher prognostizierte Kämmerer ... ein Defizit von knapp 2,9 Millionen Euro"
    assert _roles("xanten_rp-online_2024-02_stadtbuecherei_gebuehren.txt")[2] == ("2900000.00", "other")
    # Peine: "ein Defizit von rund 2,8 Millionen Euro veranschlagt" is planned in the budget
    assert ("2800000.00", "budget") in _archived_roles("peine-lk_to020_13076.txt")


# --- words ----------------------------------------------------------------------

@pytest.mark.parametrize("word, role", [
    ("Städtebauförderung", "grant"), ("Kostenerstattung", "grant"), ("Zuschussbedarf", "grant"),
    ("Eigenanteil", "own_share"), ("Folgekosten", "cost"), ("Auftragssumme", "cost"),
    ("Verpflichtungsermächtigung", "budget"), ("Kreditermächtigung", "budget"),
    ("Umsatzerlöse", "revenue"), ("Kostenunterdeckung", "other"), ("Darlehen", "other"),
    ("Haushaltsansätze", "budget"), ("Übertrag", "budget"), ("Einsparziel", "other"),
    ("Konsolidierungsbeitrag", "other"),
])
def test_compound_takes_its_most_specific_role(word, role):
    assert [r for _, _, r in role_hits(word)] == [role]


@pytest.mark.parametrize("word", ["Vertrag", "Übertragung", "Containerlösung", "Steuerungsgruppe"])
def test_words_that_only_contain_a_role_word_have_no_role(word):
    # "Vertrag" and "Übertragung" hold "ertrag", "Containerlösung" "erlös", "Steuerungsgruppe" "steuer"
    assert role_hits(word) == []


@pytest.mark.parametrize("phrase", ["gezeichnetes Kapital", "Stiftungskapital"])
def test_capital_is_other(phrase):
    # roedermark_beteiligungsbericht_2024.pdf: "gezeichnetes Kapital: Stadt Rödermark 29.850 €"
    assert [r for _, _, r in role_hits(phrase)] == ["other"]


def test_programme_names_are_canonical():
    text = ('Landesinitiative "Kein Kind zurücklassen! Für ganz NRW!" hier: Teilnahmezusage; '
            'KEKIZ verfolgt das Ziel')
    assert programmes_in(text) == ["Kein Kind zurücklassen!", "Kein Kind zurücklassen!"]


def test_generic_programme_phrase():
    text = "Zuschüsse aus dem Förderprogramm Klimaschutz Plus von 40.000 €"
    assert programmes_in(text) == ["Förderprogramm Klimaschutz Plus"]


def test_funder_state_and_foundation():
    text = "Die Bertelsmann Stiftung fördert das Projekt mit 20.000 €"
    assert funder_of(text, text.index("20.000"), text.index("20.000") + 8) == "Bertelsmann Stiftung"
    text = "Zuschuss des Landes Nordrhein-Westfalen in Höhe von 12.000 €"
    assert funder_of(text, text.index("12.000"), text.index("12.000") + 8) == "Land"


# --- labels -----------------------------------------------------------------------

def _labels(name: str) -> list[tuple[str, str | None]]:
    return [(a.value, a.label) for a in find_amounts(snippet_doc(name))]


def test_label_is_the_row_name():
    labels = dict(_labels("karlsruhe_2016-0570_593918_list.txt"))
    assert labels["1300000.00"] == "7.663011 Lärmschutz L 605"
    labels = _labels("karlsruhe_2013-0318_145731_financing.txt")
    assert labels[2] == ("625000.00", "Zuschuss von der Stadt für eingesparte Abbruchkosten")


def test_label_of_a_table_row_names_its_row_and_column():
    labels = [label for _, label in _labels("karlsruhe_2019-0003_607012_table.txt")]
    assert labels == ["2019 – Gesamt", "2019 – Stadt Karlsruhe", "2020 – Gesamt", "2020 – Stadt Karlsruhe",
                      "2020 – Städtebauförderung", "Gesamt – Gesamt", "Gesamt – Stadt Karlsruhe",
                      "Gesamt – Städtebauförderung"]
    labels = _labels("karlsruhe_24372_2481_budget.txt")
    assert labels[0] == ("857800463.00", "Gesamtbetrag der ordentlichen Erträge")  # the bullet dropped


def test_label_is_the_column_header_of_a_row_without_name():
    assert _labels("karlsruhe_2015-0564_589861_finance.txt") == [
        ("111660.00", "Gesamtkosten der Maßnahme"),
        ("72000.00", "Einzahlungen/Erträge (Zuschüsse u. Ä.)"),
        ("39660.00", "Finanzierung durch städtischen Haushalt"),
        ("39660.00", "Jährliche laufende Belastung (Folgekosten mit kalkulatorischen Kosten "
                     "abzügl. Folgeerträge und Folgeeinsparungen)")]


def test_label_of_a_column_read_down_the_page_joins_hyphenated_lines():
    labels = _labels("karlsruhe_2015-0564_589861_columns.txt")
    assert labels[3] == ("36000.00", "Einnahmen vom Land Baden-Württemberg")
    assert labels[-1] == ("19950.00", "Verbleibende Kosten für die Stadt Karlsruhe")


def test_label_from_the_sentence_is_whole_words():
    # the second amount's label starts after the first amount, never inside a word
    labels = _labels("karlsruhe_2022-0973_639986_funding.txt")
    assert labels[0] == ("31000000.00", "Diese Vorhaben werden voraussichtlich ein Investitionsvolumen")
    assert labels[1] == ("19000000.00", "als Fördergelder durch EU")


def test_label_of_the_second_amount_of_a_change_is_the_first_ones():
    labels = _labels("karlsruhe_2022-2256_642279_fees.txt")
    assert labels[0] == ("95.00", "Gebühren für die Nutzung der Leichenhallen erhöhen")
    assert labels[1] == ("110.00", labels[0][1])


def test_sentence_ends_are_the_marks_and_blank_lines_of_the_plain_pattern():
    # _SENTENCE_END opens with one class for the engine to skip ahead by;
    # the plain form of the rule, on every recorded text and near misses
    import re
    from pathlib import Path

    from extract.amount_roles import _SENTENCE_END

    plain = re.compile(r"[.!?;](?<![^0-9][0-9].)(?<![^0-9][0-9][0-9].)(?<!\b[a-zäöü].)(?<!\b[A-Z].)(?<!bzw.)(?<!ca.)(?<!rd.)"
                       r"(?<!insges.)(?<!Nr.)(?=\s+[A-ZÄÖÜ„\"])|\n[ \t]*\n")
    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    texts = [p.read_text(encoding="utf-8") for p in sorted(fixtures.rglob("*.txt"))]
    texts.append("Kosten 5. Die Stadt; Der Rat! Er? \n\n \t\nNr. 5 bzw. Ab ca. Zu rd. X insges. Y"
                 " z. B. Ein A. B. Fa. Go.\n Neu.\n\nEnde.„Zitat“ ;\"Q\" \n.\n\n"
                 "am 3. Mai in der 12. Sitzung als noch 2023. Der Rat 1.000. Neu")
    found = [[m.span() for m in _SENTENCE_END.finditer(t)] for t in texts]
    assert sum(map(len, found)) > 500
    assert found == [[m.span() for m in plain.finditer(t)] for t in texts]
    assert [_SENTENCE_END.search(t, 5, 200) and _SENTENCE_END.search(t, 5, 200).span() for t in texts] == \
        [plain.search(t, 5, 200) and plain.search(t, 5, 200).span() for t in texts]


# --- the base of a percentage does not name the amount ---

def test_amount_after_a_percentage_of_a_sum_takes_the_word_before_the_percentage():
    # Essenbach: "bewilligt einen Zuschuss von 15% der Investitionssumme, somit 127.740,00 €"
    assert _archived_roles("essenbach_to0050_3117.txt") == [("127740.00", "grant")]


def test_amount_of_the_base_itself_keeps_the_base_role():
    # near miss: the amount follows the base's noun ("der Baukosten von 50.000 €"): it is that sum
    doc = Document(source="inline", kind="text",
                   text="Die Gemeinde gewährt einen Zuschuss von 80 % der Baukosten von 50.000 €.\n")
    assert [(a.value, a.role) for a in find_amounts(doc)] == [("50000.00", "cost")]


def test_a_budget_line_raised_is_budget():
    # Vallendar (a council group's motion): "Die Haushaltsposition 1121142/1001.785100 soll, wie im
    # Hauptausschuss bereits angekündigt um 100.000 € erhöht werden"
    assert _archived_roles("vallendar_str_antrag_aufstockung-haushaltsposition.txt") == [("100000.00", "budget")]


def test_a_cap_is_other():
    # Brandenburg an der Havel: "c)Einzelne Vorschläge sollen nicht höhere Kosten verursachen als 20.000 €."
    # (a limit; the cost word before it does not make it a cost)
    assert _archived_roles("brandenburg-havel_svv_antrag_buergerhaushalt_2024-01-31.txt") == [("20000.00", "other")]


def test_clause_of_the_sum_before_is_its_own_and_budget_wordings():
    # a newspaper report (Pähl): "am Kostendeckel von drei Millionen Euro" is a cap; "2,7 Millionen in den
    # Haushalt eingestellt, eine erste Studie ging von 3,9 Millionen Euro aus": the budget words belong
    # to the first sum's clause, the study's sum is a cost
    assert _archived_roles("paehl_gr_bericht_rathaus_2021-09.txt") == [
        ("3000000.00", "other"), ("2700000.00", "budget"), ("3900000.00", "cost"),
        ("5000000.00", "cost"), ("5700000.00", "cost")]
    # a party's budget motion (Waldenbuch): "im Haushalt 250.000 Euro ... einzuplanen", "Gewichtung im
    # Haushalt mit gerade einmal 30.000 €", "hierfür 250.000 Euro einzustellen"
    assert _archived_roles("waldenbuch_gr_haushaltsantrag_nr-5_2025.txt") == [
        ("250000.00", "budget"), ("30000.00", "budget"), ("250000.00", "budget")]
    # a newspaper teaser (Werneuchen): "die Bereitstellung von 5,025 Millionen Euro"
    assert _archived_roles("werneuchen_svv_bericht_grundschulneubau.txt") == [("5025000.00", "budget")]
    # near misses: a clause that goes on about the sum before it keeps that sum's words
    # ("Spenden über 34.700,00 €, davon sind 30.000,00 € ..."), and so does the next item of a list
    # (sentences of two Karlsruhe papers on donations, Vorlagen 26886 and 23385 of its RIS)
    text = ("Die Sozial- und Jugendbehörde erhielt Spenden über 34.700,00 €, davon sind 30.000,00 € für ein "
            "Dienstfahrzeug bestimmt. Die Branddirektion erhielt Spendenangebote von 6.248,83 €; 400 € für die "
            "Berufsfeuerwehr und 5.848,83 € für die Freiwilligen Feuerwehren.")
    doc = Document(source="snippet", text=text, kind="text")
    assert [a.role for a in find_amounts(doc)] == ["grant"] * 5


# --- rounds 11 and 12: what is left to pay, what is made available, lists and differences ---

def test_what_is_left_for_the_municipality_and_its_own_funds_are_its_share():
    # Amt Probstei: "Im günstigsten Fall verbleiben für die Gemeinde nur Kosten von € 12.500,00";
    # Jesteburg: "muss die Gemeinde eine halbe Million aus eigenen Mitteln dazugeben"
    assert _archived_roles("amt-probstei_to0050_59425.txt") == [
        ("100000.00", "cost"), ("87500.00", "grant"), ("12500.00", "own_share")]
    assert _archived_roles("jesteburg_gr_bericht_staedtebaufoerderung_2017-03-02.txt") == [
        ("1000000.00", "grant"), ("500000.00", "own_share")]
    # near miss: what is left over from a budget line is no share of a funded measure
    assert _text_roles("Von den Mitteln verbleiben 2.000 € im Budget.") == [("2000.00", "budget")]


def _text_roles(text: str) -> list[tuple[str, str]]:
    return [(a.value, a.role) for a in find_amounts(Document(source="inline", text=text, kind="text"))]


def test_things_made_available_are_not_money_made_available_and_a_list_goes_on_in_kind():
    # Annweiler: "den ... Vereine einen Betrag in Höhe von 300,-- € zukommen zu lassen, der
    # Sportverein erhält aufgrund der zur Verfügung gestellten Geräte 400,-- €, das DRK für den
    # Dienst während der Veranstaltung 100,-- €. Zwar übersteigt dieser Betrag den Ertrag ..."
    assert _archived_roles("annweiler_to0050_8621.txt") == [
        ("300.00", "grant"), ("400.00", "cost"), ("100.00", "cost"), ("2500.00", "revenue")]
    # near misses: money made available stays a budget
    assert _text_roles("Dafür werden 5.000 € zur Verfügung gestellt.") == [("5000.00", "budget")]
    assert _text_roles("Die zur Verfügung gestellten Mittel von 5.000 € reichen aus.") == [("5000.00", "budget")]


def test_money_that_stands_ready_is_a_budget():
    # Waldershof: "15 000 Euro stehen künftig im Jahr dafür bereit."
    assert _archived_roles("waldershof_str_bericht_jugendfoerderung.txt") == [("15000.00", "budget")]
    assert _text_roles("Für die Sanierung steht ein Betrag von 80.000 Euro zur Verfügung.") == [
        ("80000.00", "budget")]
    # near miss: someone ready to do a job for a price
    assert _text_roles("Die Firma ist bereit, die Arbeiten für 8.000 Euro auszuführen.") == [
        ("8000.00", "cost")]


def test_a_difference_to_the_sum_before_is_of_its_kind_and_a_year_ends_a_sentence():
    # Passau: "Rund 1,3 Millionen Euro waren ... vorgesehen, rund eine halbe Million mehr als noch
    # 2023. In seiner jüngsten Sitzung hat das Stadtratsplenum den entsprechenden Auftrag an eine
    # Firma erteilt. Das erfolgreiche Angebot lag deutlich unter den im Februar veranschlagten 1,3
    # Millionen Euro."
    assert _archived_roles("passau_str_bericht_strasseninstandsetzung-2024.txt") == [
        ("1300000.00", "budget"), ("500000.00", "budget"), ("1300000.00", "budget"), ("1090000.00", "cost")]


def test_the_volume_of_a_measure_is_its_cost():
    # Karlsruhe 2014/0254: "Das Fördervolumen betrug ... rund 640.000 €, das Anreiz für energetische
    # Sanierungsmaßnahmen in einem Umfang von über 9 Millionen Euro war."
    assert _roles("karlsruhe_2014-0254_149948_umfang.txt") == [("640000.00", "grant"), ("9000000.00", "cost")]
    # Aschersleben: "Die benannten Maßnahmen haben ein Gesamtumfang von 248.300,00 EUR."
    assert _archived_roles("aschersleben_to0050_42418.txt")[0] == ("248300.00", "cost")


def test_abbreviated_budget_line_names_the_line_not_the_amount():
    # Gauting (SessionNet): "überplanmäßige Haushaltsmittel für I-Kind-Zuschüsse auf HHSt. 1.46400.70012
    # Tageseinrichtungen für Kinder i.H.v. 136.730€ und auf HHSt. 1.46486.70012 Kinderhaus Postwiese
    # i.H.v. 96.615€ über Mehreinnahmen auf HHSt. 1.90000.00300 Gewerbesteuer zur Verfügung zu stellen"
    roles = dict(_archived_roles("gauting_to0050_23333.txt"))
    assert (roles["136730.00"], roles["96615.00"]) == ("budget", "budget")


def test_the_noun_an_amount_is_put_as_says_what_it_is():
    # Luckenwalde (SessionNet): "Für das Förderprogramm Stadtumbau werden überplanmäßig 182.000 € als
    # kommunaler Mitleistungsanteil (KMA) zur Verfügung gestellt."
    assert _archived_roles("luckenwalde_to0050_42235.txt") == [("182000.00", "own_share")]


def test_spending_a_budget_plans_is_a_budget():
    # Kehl (municipal news): "Im Finanzhaushalt der Stadt sind fürs laufende Jahr Investitionen in Höhe
    # von 21,6 Millionen Euro vorgesehen, 2018 sind Investitionen in der Größenordnung von knapp
    # 18 Millionen Euro geplant."
    assert _archived_roles("kehl_gr_stadtnachrichten_doppelhaushalt-2017-2018.txt")[:2] == [
        ("21600000.00", "budget"), ("18000000.00", "budget")]
    # Bad Dürrheim (Südkurier): "Der Gesamthaushalt 2020 sieht Investitionen in Höhe von über 13 Millionen
    # Euro vor, die Ausgaben liegen um eine Million Euro höher als 2019. Bis 2023 sehe die Finanzplanung
    # weitere hohe Investitionsauszahlungen zwischen 4,6 und 7,3 Millionen Euro jährlich vor"
    assert _roles("bad-duerrheim_suedkurier_2019-10_haushaltsentwurf.txt") == [
        ("13000000.00", "budget"), ("1000000.00", "cost"), ("4600000.00", "budget"), ("7300000.00", "budget")]
    # Rosendahl (SessionNet): "jeweils 60.000,-- für Material- und Gerätekosten zur Verfügung gestellt"
    assert _archived_roles("rosendahl_to0050_5392.txt")[0] == ("60000.00", "budget")
    # near misses: costs estimated, not planned in a budget; a planned project's cost; a grant made available
    assert _text_roles("Die Kosten werden auf 50.000 € veranschlagt.") == [("50000.00", "cost")]
    assert _text_roles("Für den geplanten Umbau sind Kosten von 80.000 € vorgesehen.") == [("80000.00", "cost")]
    assert _text_roles("Für das Vorhaben werden LEADER-Fördermittel in Höhe von 102.471 Euro zur "
                       "Verfügung gestellt.") == [("102471.00", "grant")]


def test_programme_funds_named_by_acronym_and_state_lump_sums_are_grants():
    # Rosendahl: "wobei die Finanzierung in Höhe von jeweils rd. 40.000,-- aus LEADER-Mitteln und knapp
    # 20.000,-- € aus der Investitionspauschale erfolgt."
    assert _archived_roles("rosendahl_to0050_5392.txt")[1:] == [("40000.00", "grant"), ("20000.00", "grant")]
    assert _text_roles("Davon werden 120.000 € aus EFRE-Mitteln finanziert.") == [("120000.00", "grant")]
    # near misses: the municipality's own funds, a cost allowance
    assert _text_roles("Der Rest von 30.000 € wird aus eigenen Mitteln finanziert.") == [("30000.00", "own_share")]
    assert _text_roles("Die Aufwandspauschale beträgt 50 Euro.") == [("50.00", "cost")]


def test_an_aside_between_dashes_does_not_name_the_sum():
    # Zwickau (press release): "In die Einrichtung sollen – dank der Förderung aus dem EFRE-Programm - bis
    # 2027 fast 2 Millionen Euro investiert werden."
    assert _archived_roles("zwickau_str_pressemitteilung_s039-2025.txt") == [("2000000.00", "cost")]
    assert _text_roles("Die Kosten (ohne die Fördermittel) betragen 45.000 Euro.") == [("45000.00", "cost")]
    # near misses: the sum's own words outside an aside; an aside that alone says what the sum is
    assert _text_roles("Der Zuschuss – so die Verwaltung – beträgt 45.000 Euro.") == [("45000.00", "grant")]
    assert _text_roles("Der Verein erhält (als Zuschuss) 5.000 Euro.") == [("5000.00", "grant")]
    # near miss: one word in brackets names the noun before it again (Karlsruhe, Haushaltssatzung 2010)
    assert _text_roles("Der Gesamtbetrag der vorgesehenen Kreditaufnahmen für Investitionen und "
                       "Investitionsförderungsmaßnahmen (Kreditermächtigung) für das Haushaltsjahr 2010 "
                       "wird festgesetzt auf 94.113.000 Euro.") == [("94113000.00", "budget")]


def test_a_gap_in_a_budget_is_a_deficit_and_what_a_measure_brings_is_revenue():
    # Tübingen (report): "Im Haushalt klafft ein Loch von 25 Millionen Euro. Der Gemeinderat billigte ...
    # eine höhere Vergnügungssteuer ... Palmer sagte, das bringe 170.000 Euro im Jahr."
    assert _archived_roles("tuebingen_gr_bericht_vergnuegungssteuer.txt")[:2] == [
        ("25000000.00", "other"), ("170000.00", "revenue")]
    # Villingen-Schwenningen (Südkurier): "Beides summiert sich zu einem Minus von 66 Millionen Euro im Etat"
    assert _roles("villingen-schwenningen_suedkurier_haushaltskrise.txt") == [("66000000.00", "other")]
    # near misses: a word naming a cost beside "bringt"; a hole in a road is no deficit
    assert _text_roles("Die Maßnahme bringt Kosten von 10.000 Euro mit sich.") == [("10000.00", "cost")]
    assert _text_roles("Das Schließen der Schlaglöcher kostet 10.000 Euro.") == [("10000.00", "cost")]


def test_a_sentence_naming_no_role_continues_the_sum_of_the_sentence_before():
    # Hanau (group website): "Der Zuschuss der Stadt Hanau zum Betrieb der „Hanauer Tafel“ wird auf 95.000,-
    # Euro jährlich ... festgesetzt. Begründung: Seit 2010 bekommt die Tafel in Hanau 72.185,- Euro."
    assert _archived_roles("hanau_svv_antraege_linke.txt") == [("95000.00", "grant"), ("72185.00", "grant")]
    # near misses: a list going on in the same sentence keeps its own clauses (Annweiler), a new paragraph
    assert _archived_roles("annweiler_to0050_8621.txt")[1] == ("400.00", "cost")
    assert _text_roles("Der Zuschuss beträgt 5.000 Euro.\n\nDer Verein erhält 300 Euro.") == [
        ("5000.00", "grant"), ("300.00", "cost")]


def test_a_budget_line_named_by_its_field_the_budget_as_a_whole_and_a_sum_given_in_support():
    # Landkreis Miltenberg: "dass der Jugendhilfeansatz gegenüber 2008 um rd. 1 Mio. € gestiegen sei"
    assert _archived_roles("miltenberg-lk_to0050_5570.txt") == [
        ("1300000.00", "own_share"), ("1000000.00", "budget")]
    # Freiburg (a group's report): "Der städtische Haushalt ist mit einem Volumen von rund zwei
    # Milliarden Euro beschlossen worden"
    assert _archived_roles("freiburg_gr_bericht_fw_haushalt.txt")[0] == ("2000000000.00", "budget")
    # Neumarkt (news): "sollen von der Stadt mit jährlich 260.000 Euro Steuergeldern unterstützt werden"
    assert ("260000.00", "grant") in _archived_roles("neumarkt-opf_str_bericht_aktives-neumarkt_2024-01-26.txt")
    # near misses: an approach is no budget line; households are no budget; a sum with a noun and
    # a verb after it is not the support
    assert role_hits("Der Lösungsansatz") == []
    assert [a.role for a in find_amounts(Document(source="inline", text="Die Haushalte zahlen im Schnitt 200 Euro.",
                                                   kind="text"))] == ["cost"]
    assert [a.role for a in find_amounts(Document(source="inline", text="Das Projekt mit 500 € Kosten wird gefördert.",
                                                   kind="text"))] != ["grant"]


def test_a_levy_the_volume_of_a_budget_and_spending_the_budget_holds():
    # Landkreis Sankt Wendel (press releases): "Das Gesamtvolumen beträgt rund 170 Millionen Euro" and
    # "steigt das Volumen um 6,86 Millionen" after "den Haushalt ... verabschiedet"; the Kreisumlage
    # "insgesamt 72,47 Millionen Euro an den Kreis abführen"; "Der Haushalt sieht Investitionen in Höhe von
    # 6,26 Millionen Euro"
    roles = dict(_archived_roles("st-wendel-lk_kt_pressemitteilungen_2023.txt"))
    assert roles["170000000.00"] == roles["6860000.00"] == roles["6260000.00"] == "budget"
    assert roles["72470000.00"] == roles["2500000.00"] == "revenue"
    assert roles["1870000.00"] == "cost"  # "einen Anstieg der Personalkosten um 1,87 Millionen Euro"
    # near misses: costs a tenant may be charged are no levy; the volume of a contract is its cost;
    # a volume whose paragraph names nothing stays a cost
    assert role_hits("umlagefähige Kosten")[0][2] == "cost"
    assert _text_roles("Der Auftrag an die Baufirma wurde vergeben. Das Volumen beträgt 500.000 Euro.") == [
        ("500000.00", "cost")]
    assert _text_roles("Das Volumen beträgt 500.000 Euro.") == [("500000.00", "cost")]


def test_money_taken_in_and_the_price_of_a_sale_are_revenue():
    # Riesa (newspaper): "Auf diese Weise können etwa 178 000 Euro eingenommen ... werden"
    assert ("178000.00", "revenue") in _archived_roles(
        "riesa_finanzausschuss_bericht_saechsische_vereinsschwimmen.txt")
    # Königstein im Taunus (news site): "die erwarteten 4 Millionen Euro Verkaufspreis zu erzielen"
    assert ("4000000.00", "revenue") in _archived_roles("koenigstein-im-taunus_svv_bericht_kurbad_id10201.txt")
    # Mossautal (short report): "dem Verkauf des Baugrundstückes ... zum Kaufpreis von 90 EUR/m², insgesamt
    # 53.460 EUR"
    assert ("53460.00", "revenue") in _archived_roles("mossautal_gv_kurzbericht_2019-02-04.txt")
    # near misses: a price the municipality pays stays a cost; a surplus made stays other
    assert _text_roles("Die Stadt erwirbt das Grundstück zum Kaufpreis von 90.000 Euro.") == [("90000.00", "cost")]
    assert _text_roles("Es wurde ein Überschuss von 12.000 Euro erzielt.") == [("12000.00", "other")]


def test_sums_put_in_a_budget_are_budget_whatever_they_are_for():
    # Weiterstadt (a party's report): "sind 130.000 Euro für die weitere Verbesserung der Darmstädter Straße
    # und 250.000 Euro an Vereinsfördermitteln in den Haushalt eingestellt"
    assert _archived_roles("weiterstadt_svv_bericht_spd_haushalt-2018.txt") == [
        ("130000.00", "budget"), ("250000.00", "budget")]
    # Winsen (Luhe) (motions on a budget): "Dazu wird ein Fördertopf in Höhe von 50.000 Euro in den Haushalt
    # 2021 eingestellt"
    assert ("50000.00", "budget") in _archived_roles("winsen-luhe_str_antraege_haushalt-2021.txt")
    # near misses: a grant a funder makes available names no budget; a sum listed with others
    # whose verb is not one of budgeting keeps the default
    assert _text_roles("Das Land stellt Fördermittel in Höhe von 80.000 Euro zur Verfügung.") == [
        ("80000.00", "grant")]
    assert _text_roles("Es wurden 130.000 Euro für die Straße und 250.000 Euro für die Schule ausgegeben.")[0] == (
        "130000.00", "cost")


def test_a_further_sum_and_a_total_are_of_the_kind_of_the_sums_before():
    # Berkenthin (fire brigade's news): "Auch das bisherige Budget von 1,5 Mio Euro wird voraussichtlich nicht
    # ausreichen, sodass weitere 150.000€ bewilligt wurden."
    assert _archived_roles("berkenthin_gv_bericht_feuerwehr_geraetehaus.txt") == [
        ("1500000.00", "budget"), ("150000.00", "budget")]
    # VG Fuchstal (SessionNet): "(Zuwendungen FAG ... zzgl. 271.000,00 € Investitionsprogramm ... Gesamt:
    # 641.000,00 € für die Kosten der Generalsanierung."
    assert ("641000.00", "grant") in _archived_roles("vg-fuchstal_to0050_21574.txt")
    # near misses: a noun right after the further sum names it; a sum before that no word names
    # lends no kind, and the further sum is read from its own clause
    assert _text_roles("Das Budget von 1,5 Mio Euro reicht nicht, sodass weitere 150.000 € Fördermittel "
                       "beantragt wurden.")[1] == ("150000.00", "grant")
    assert _text_roles("Im Wirtschaftsplan wurden bereits 2 Mio. EUR für 2021 und weitere 2 Mio. EUR im Jahr "
                       "2022 für die Projektsteuerung eingestellt.") == [
        ("2000000.00", "budget"), ("2000000.00", "budget")]


def test_the_noun_a_sum_qualifies_names_it_over_the_words_before():
    # Neckar-Odenwald-Kreis (a party's report): "247 Millionen Euro Ausgaben bei geplanten 237 Millionen
    # Euro Einnahmen."
    roles = dict(_archived_roles("neckar-odenwald-kreis_kt_bericht_afd_2024-12-04.txt"))
    assert roles["247000000.00"] == "cost"
    assert roles["237000000.00"] == "revenue"
    # Kulmbach (newspaper): "fließen deutlich höhere Zuschüsse und es besteht die Aussicht, dass die derzeit
    # mehr als 33 Millionen Euro rein städtischen Schulden verringert werden"
    assert _archived_roles("kulmbach_str_bericht_kurier_steuer-schraube.txt") == [("33000000.00", "other")]
    # Stötten am Auerberg (newspaper): "Die Schützen erhalten ... 25 000 Euro Zuschuss für geplante ...
    # Umbaumaßnahmen"
    assert _roles("stoetten_allgaeuer-zeitung_gr_bericht_vereinszuschuesse.txt")[0] == ("25000.00", "grant")
    # near misses: a preposition after the sum opens another phrase, and the words before name it
    assert _text_roles("Die Kosten von 80.000 € für die Förderschule trägt der Kreis.") == [("80000.00", "cost")]
    assert _text_roles("Der Zuschuss beträgt 2.000 € Die Gesamtkosten sind offen.")[0] == ("2000.00", "grant")


def test_a_clause_without_a_verb_of_its_own_goes_on_with_the_sum_before():
    # Pottenstein (news site): "die Jugend- und Seniorenarbeit wird mit 189 Euro bezuschusst, die Heimatpflege mit
    # rund 146 Euro, die Soldatenkameradschaften erhalten knapp 88 Euro, kulturelle Vereine ... rund 575 Euro und
    # die 12 Feuerwehren insgesamt 2430 Euro"
    roles = _archived_roles("pottenstein_str_bericht_vereinsfoerderung.txt")
    assert roles[-5:] == [
        ("189.00", "grant"), ("146.00", "grant"), ("88.00", "grant"), ("575.00", "grant"), ("2430.00", "grant")]
    # Stötten am Auerberg (newspaper): "... 25 000 Euro Zuschuss für ..., die Musikkapelle 3000 Euro für ein
    # eigenes Bühnenpodest"
    assert _roles("stoetten_allgaeuer-zeitung_gr_bericht_vereinszuschuesse.txt") == [
        ("25000.00", "grant"), ("3000.00", "grant")]
    # near misses: a clause with its own verb is read from its own words, a saving after money taken in is
    # no revenue (Riesa: "können etwa 178 000 Euro eingenommen und im gleichen Atemzug rund 74 000 Euro
    # eingespart werden")
    assert ("74000.00", "other") in _archived_roles(
        "riesa_finanzausschuss_bericht_saechsische_vereinsschwimmen.txt")
    assert _text_roles("Ursprünglich waren 2,7 Millionen Euro in den Haushalt eingestellt, eine erste Studie ging "
                       "von 3,9 Millionen Euro aus.") == [("2700000.00", "budget"), ("3900000.00", "cost")]


def test_money_received_from_a_public_body_or_covering_a_deficit_is_a_grant():
    # Coburg (the city's report): "Die VHS Coburg erhält bisher 560.000 Euro jährlich von Stadt und Landkreis
    # Coburg. ... Die Gesellschafter Stadt und Landkreis Coburg gleichen im Jahr 2025 das Defizit der VHS mit je
    # 270.000 Euro aus."
    assert _archived_roles("coburg_str_bericht_aus-dem-stadtrat_2024-11.txt") == [
        ("13600000.00", "cost"), ("560000.00", "grant"), ("270000.00", "grant")]
    # Neckar-Odenwald-Kreis: "Die Neckar-Odenwald-Kliniken erhalten 12 Millionen Euro Verlustausgleich"
    assert ("12000000.00", "grant") in _archived_roles("neckar-odenwald-kreis_kt_bericht_afd_2024-12-04.txt")
    # near misses: a deficit covered by a budget's reserve stays the deficit; money from another party
    # than a public body keeps the default
    assert _text_roles("Der Fehlbetrag von 2 Mio. Euro wird aus der Rücklage ausgeglichen.") == [
        ("2000000.00", "other")]
    assert _text_roles("Das Defizit von 250.000 Euro wird mit Mitteln der Rücklage ausgeglichen.") == [
        ("250000.00", "other")]
    assert _text_roles("Der Verein erhält 5.000 Euro von einem Sponsor.") == [("5000.00", "cost")]


def test_a_sum_a_separable_verb_of_planning_puts_in_is_budget():
    # Neckar-Odenwald-Kreis: "Im Teilhaushalt (5) Soziales und Jugend planen wir 91 Millionen Euro ein"
    assert ("91000000.00", "budget") in _archived_roles("neckar-odenwald-kreis_kt_bericht_afd_2024-12-04.txt")
    assert _text_roles("Für den Radweg stellt die Gemeinde 40.000 Euro ein.") == [("40000.00", "budget")]
    # near misses: the verb without its particle, and a budget part that names a deficit, not a plan
    assert _text_roles("Die Kosten von 50.000 Euro stellen wir in Rechnung.") == [("50000.00", "cost")]
    assert _text_roles("Im Ergebnishaushalt klafft ein Loch von 9 Millionen Euro.") == [("9000000.00", "other")]


def test_the_price_of_a_sale_is_revenue_whatever_its_compound():
    # Torgau (a local TV station's report): "die Ermächtigung zur Veräußerung von Gewerbefläche im Standort „Die
    # Hellern“ zu einem Quadratmeterpreis von 9,00 Euro"
    assert _archived_roles("torgau_str_bericht_torgau-tv_2010-03-31.txt") == [("9.00", "revenue")]
    assert _text_roles("Die Stadt verkauft das Grundstück zum Grundstückspreis von 120 Euro/m².") == [
        ("120.00", "revenue")]
    # near misses: a price the municipality pays, and a price in a sentence that names no sale
    assert _text_roles("Die Gemeinde erwirbt die Fläche zu einem Quadratmeterpreis von 12,00 Euro.") == [
        ("12.00", "cost")]
    assert _text_roles("Das städtische Angebot von maximal 16 €/m² habe nicht ausgereicht, da der Verkäufer "
                       "einen Bodenpreis von 18 €/m² verlangt habe.") == [("16.00", "cost"), ("18.00", "cost")]


def test_savings_drawn_on_are_other():
    # Hof (newspaper): "hätte Mehreinnahmen von 1,2 Millionen Euro zur Folge" and "wenn man sich 1,1 Millionen
    # Euro aus dem Ersparten holt"
    assert _archived_roles("hof_hfa_bericht_frankenpost_haushalt.txt") == [
        ("1200000.00", "revenue"), ("1100000.00", "other")]
    assert _text_roles("Die Gemeinde greift mit 300.000 Euro auf ihre Ersparnisse zurück.") == [("300000.00", "other")]
    # near miss: a cost in a sentence after one that names the savings
    assert _text_roles("Die Ersparnisse sind aufgebraucht. Der Umbau kostet 80.000 Euro.") == [("80000.00", "cost")]


def test_a_tax_base_printed_in_euro_is_other():
    # Ippesheim (newspaper): "Der bisherige vom Finanzamt festgelegte Messbetrag, die Grundlage der Grundsteuer, hat
    # bei A bei 15.245 Euro gelegen. Künftig beträgt dieser 10.297 Euro. Bei B verändert sich der Messbetrag von
    # 19.460 auf 57.802 Euro." (the tax itself is revenue: "die Grundsteuereinnahmen ... auf 340.502 Euro")
    assert _archived_roles("ippesheim_mgr_bericht_mainpost_11654734.txt") == [
        ("27615.05", "revenue"), ("173500.00", "revenue"), ("15245.00", "other"), ("10297.00", "other"),
        ("19460.00", "other"), ("57802.00", "other"), ("340502.00", "revenue")]
    # infranken (newspaper): "Das ergibt den Grundsteuermessbetrag von 50 000x 3,5/1000 = 175 Euro." and, the tax
    # computed from it, "Die jährlich zu zahlende Grundsteuer beträgt in unserem Beispiel also 175 x 2,5 = 437,50 Euro."
    roles = _roles("infranken_grundsteuer_messbetrag.txt")
    assert roles[1:] == [("175.00", "other"), ("437.50", "revenue")]
    # near miss: a sum that follows the noun of what is computed is that noun's ("auf der Grundlage der Kosten
    # von ..." names the costs)
    assert _text_roles("Auf der Grundlage der Baukosten von 200.000 Euro wird gerechnet.") == [("200000.00", "cost")]


def test_a_sum_put_in_a_budget_or_changing_it_in_both_its_sides_is_budget():
    # Großschönau (the municipality's list of resolutions): "die Maßnahme „Bachdurchlass/ Brücke Am Butterberg“ ...
    # mit 78.820,44 € ausgabeseitig in den Haushaltsplan 2013 wie vor beschrieben einzustellen", "die über- und
    # außerplanmäßigen Veränderungen zum Haushalt 2012 in Einnahmen und Ausgaben in Höhe von 1.832,30 T€"
    # (the contract awarded and the property bought stay costs)
    assert _archived_roles("grossschoenau_gr_beschluesse_2012.txt") == [
        ("27750.12", "cost"), ("5000.00", "cost"), ("78820.44", "budget"), ("1832300.00", "budget")]
    assert _text_roles("Der Rat beschließt, hierfür 50.000 Euro im Haushalt 2025 bereitzustellen.") == [
        ("50000.00", "budget")]
    # near misses: the balance of both sides is no plan, and an infinitive of hiring names no budget
    assert _text_roles("Der Fehlbetrag der laufenden Einnahmen und Ausgaben beträgt 564.000 Euro.")[0][1] != "budget"
    assert _text_roles("Die Kosten von 90.000 Euro entstehen, um zwei Erzieher einzustellen.") == [
        ("90000.00", "cost")]


def test_a_fee_result_is_other_whatever_calculation_it_is_taken_from():
    # Karlsruhe (corpus): "beträgt die Unterdeckung im gebührenfähigen Bereich nach der vorliegenden
    # Gebührenkalkulation für das Jahr 2023 -990.654,09 Euro" (the calculation and the adjective of what is liable
    # to a fee name no fee)
    assert _roles("karlsruhe_2022-2256_642279_unterdeckung.txt") == [("-990654.09", "other")]
    # Ebersberg (agenda item): "nur eine geringe Kostenüberdeckung von ca. € 7.000 jährlich", and "Die
    # Unterhaltskosten ... liegen im Mittel bei ca. € 880.000 jährlich" (an average, not funds)
    assert _roles("ebersberg_komuna_gebuehrenkalkulation.txt") == [("7000.00", "other"), ("880000.00", "cost")]
    # near misses: a fee named by itself stays revenue, with or without the calculation it follows from, and
    # funds "im Haushalt" stay budget
    assert _text_roles("Laut Gebührenkalkulation betragen die Gebühren 120.000 Euro.") == [("120000.00", "revenue")]
    assert _text_roles("Die Gebühren betragen nach der Kalkulation 120.000 Euro.") == [("120000.00", "revenue")]
    assert _text_roles("Für den Radweg stehen Mittel von 20.000 Euro bereit.") == [("20000.00", "budget")]


def test_the_charge_for_admission_tickets_and_subscriptions_is_revenue():
    # Idstein (SessionNet agenda item): a theatre's prices, "Abo-Preise: 1. Kategorie 149,00 Euro, 2. Kategorie
    # 120,00 Euro, 3. Kategorie 85,00 Euro. Freiverkauf: 30,50 Euro, 25,00 Euro, 19,00 Euro." (the bare sums of
    # the next sentence go on with the list read from "Abo-Preise")
    assert _archived_roles("idstein_to0050_232213.txt") == [
        ("149.00", "revenue"), ("120.00", "revenue"), ("85.00", "revenue"),
        ("30.50", "revenue"), ("25.00", "revenue"), ("19.00", "revenue")]
    # Pleystein (the leisure centre's page): "Die Tageskarte für Erwachsene kostet künftig 4,50 Euro", "werden
    # Zehnerkarten angeboten. Dafür bezahlen Erwachsene 40 Euro (bisher 30 Euro)"
    roles = dict(_roles("pleystein_freizeitzentrum_eintrittspreise.txt"))
    assert (roles["4.50"], roles["40.00"], roles["30.00"]) == ("revenue", "revenue", "revenue")
    assert _text_roles("Der Eintritt für Kinder soll von 2,30 auf 2,50 Euro steigen.") == [
        ("2.30", "revenue"), ("2.50", "revenue")]
    # near misses: what the facility buys for its tickets or its entrance costs it
    assert _text_roles("Die neue Kasse für den Eintritt kostet 12.000 Euro.") == [("12000.00", "cost")]
    assert _text_roles("Das neue Ticketsystem kostet 20.000 Euro.") == [("20000.00", "cost")]
    assert _text_roles("Die Eintrittshalle wird saniert, die Kosten betragen 80.000 Euro.") == [("80000.00", "cost")]


def test_a_balance_the_budget_holds_is_budget_and_a_sum_financed_by_loans_is_other():
    # Eschershausen (local news): "Der Ergebnishaushalt weist ein Minus von rund 650.000 Euro auf", the reserves
    # "die sich damit auf rund 890.000 Euro verringern", and "Damit ausreichende Mittel zur Finanzierung weiter zur
    # Verfügung stehen, empfiehlt sich einen Teilbetrag von 1,3 Millionen Euro durch Kredite zu finanzieren"
    roles = dict(_archived_roles("eschershausen_str_bericht_weser-ith-news_34669.txt"))
    assert (roles["650000.00"], roles["890000.00"], roles["1300000.00"]) == ("budget", "other", "other")
    # Liebenburg (newspaper): "schließt der Gesamtergebnishaushalt 2019 mit einem Fehlbedarf von 100.000 Euro ab"
    assert _roles("liebenburg_goslarsche_fehlbedarf.txt") == [("100000.00", "budget")]
    assert _text_roles("Der Landkreis will 500.000 Euro aus Rücklagen decken.") == [("500000.00", "other")]
    # near misses: a deficit no budget holds, a debt, a budget part a gap opens in, a cost financed by the budget
    assert _text_roles("Der Verein schließt mit einem Defizit von 3.000 Euro ab.") == [("3000.00", "other")]
    assert _text_roles("Der Haushalt schließt mit Schulden von 4 Mio. Euro ab.") == [("4000000.00", "other")]
    assert _text_roles("Die Kosten von 500.000 Euro werden aus dem Haushalt finanziert.") == [("500000.00", "cost")]


def test_a_fee_in_a_sentence_after_a_list_of_fees_is_revenue():
    # Merenberg (newspaper): "Die Gebühr hierfür sinkt von 170 Euro auf 150 Euro. Neu hinzu kommt das Entfernen
    # einer Platte aus dem Rasenfeld, wofür 50 Euro berechnet werden." (150 goes on with 170's fee)
    roles = _roles("merenberg_mittelhessen_friedhofsgebuehren.txt")
    assert roles[-3:] == [("170.00", "revenue"), ("150.00", "revenue"), ("50.00", "revenue")]


def test_sentence_investments_planned_are_budget():
    # Herrenberg (a group's budget speech): "Die etwas verschlafene Stadt möchte sich in den nächsten Jahren
    # mit Investitionen von über 60 Mio. Euro neu aufstellen"; Schwabach (a TV station's report of the
    # budget): "22,14 Millionen Euro sollen dann vor allem in die Bildung investiert werden": money planned
    assert ("60000000.00", "budget") in _archived_roles("herrenberg_gr_haushaltsrede_freie-waehler_2018-01-23.txt")
    assert ("22140000.00", "budget") in _archived_roles("schwabach_str_bericht_frankenfernsehen_haushalt-2020.txt")
    # near miss: the investment volume a project has, no modal verb before it, is what it costs
    assert _roles("karlsruhe_2022-0973_639986_funding.txt")[0] == ("31000000.00", "cost")
    assert [r for _, _, r in role_hits("Das Investitionsvolumen beträgt voraussichtlich 2 Mio. Euro.")] == ["cost"]


def test_rates_under_a_provision_take_the_role_of_the_statute_named_above():
    # Gröbenzell (SPD motion): "folgende Ergänzungen der Friedhofsgebührensatzung:" / "• § 4 Abs. 1 wird wie
    # folgt ergänzt:" / "k) Rasengrabstätten für Särge – mit einer Grabstelle 300,00 € ...": the intro right
    # above names only the provision; the one above it names the fee statute: the rates are revenue
    doc = read_document("tests/fixtures/archived/groebenzell_gr_antrag_spd_friedhofsgebuehrensatzung_2022-07.txt")
    assert {a.role for a in find_amounts(doc)} == {"revenue"}
    # near miss: an intro naming no provision does not reach further up
    text = "Änderung der Gebührensatzung:\n\nFolgende Positionen:\n\na) Rasengrabstätten 300,00 €\n"
    assert [a.role for a in find_amounts(Document(source="x.txt", kind="text", text=text))] == ["cost"]
    text = "Änderung der Gebührensatzung:\n\n§ 4 wird wie folgt ergänzt:\n\na) Rasengrabstätten 300,00 €\n"
    assert [a.role for a in find_amounts(Document(source="x.txt", kind="text", text=text))] == ["revenue"]


def test_sum_in_the_budget_named_by_its_body_is_budget():
    # Rosdorf (a group's motion on its website): "Ferner stehen 2.000 € für die amtliche Jahresinspektion im
    # Gemeindeetat.": money the municipality's budget holds, as "im Haushalt"
    doc = read_document(str(Path(__file__).parents[1] / "fixtures" / "archived" / "rosdorf_or_cdu_antrag_spielplaetze_2019.txt"))
    assert [a.role for a in find_amounts(doc) if a.value == "2000.00"] == ["budget"]
    assert [r for _, _, r in role_hits("für die Jahresinspektion im Gemeindeetat.", weak=False)] == ["budget"]
    assert [r for _, _, r in role_hits("im Kreishaushalt", weak=False)] == ["budget"]
    # near misses: a budget line named by its field, and the budget year
    assert role_hits("im Radverkehrsetat enthalten", weak=False) == []
    assert role_hits("im Haushaltsjahr 2019", weak=False) == []
