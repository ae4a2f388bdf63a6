"""Own paper number and cited paper numbers, on snippets of real papers."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.document import Document
from extract.references import cited_references, find_references

from tests.extract.snippets import snippet_doc


def refs(name: str) -> dict:
    return find_references(snippet_doc(name))


def test_label_and_value_on_one_line():
    # seeds/003: "**Vorlage Nr. 13/0452**"
    assert refs("seed_003_head.txt")["reference"] == "13/0452"


def test_value_printed_in_a_block_below_the_labels():
    # Karlsruhe: "Vorlage Nr.:" / "TOP:" ... then "16.12.2014" / "2014/0254" / "18"
    assert refs("karlsruhe_2014-0254_149948_head.txt")["reference"] == "2014/0254"


def test_empty_label_does_not_take_the_agenda_number():
    # Karlsruhe 29667: "Vorlage Nr.:" printed empty; the only value "6" is the TOP
    assert refs("karlsruhe_29667_36700_head.txt")["reference"] is None


def test_spaces_around_slash_removed():
    # Krefeld: "Nr." / "4871 /18"
    assert refs("seed_004_head.txt")["reference"] == "4871/18"


def test_number_cited_after_cue_word():
    # Krefeld: "(vergl. Vorlage Nr. 3131/16)"
    assert refs("seed_004_head.txt")["cited_references"] == ["3131/16"]


def test_own_number_is_not_among_cited():
    result = refs("seed_004_head.txt")
    assert result["reference"] not in result["cited_references"]


def test_minutes_excerpt_of_one_item_takes_its_paper_number():
    # Karlsruhe Niederschrift excerpt: "Vorlage: 2021/0320"
    result = refs("karlsruhe_2021-0320_625540_head.txt")
    assert result == {"reference": "2021/0320", "cited_references": []}


def test_agenda_listing_papers_has_no_own_number():
    # Koblenz "1. Nachtrag": two items with "Vorlage: BV/0167/2026", "Vorlage: UV/0012/2026"
    result = refs("koblenz_ASM-2026-04-21_Nachtrag-01.txt")
    assert result["reference"] is None
    assert result["cited_references"] == ["BV/0167/2026", "UV/0012/2026"]


def test_agenda_numbers_in_their_own_shape_are_cited():
    # Mannheim invitation: "Beschlussvorlage V091/2013" ... "Antrag A303/2012"
    cited = refs("mannheim_2013-02-21_Einladung_head.txt")["cited_references"]
    assert "V091/2013" in cited


def test_numbers_on_their_own_line_in_minutes():
    # Braunschweig Protokoll: "SAP-Umstellung auf S/4HANA 26-29075", "26-29183"
    cited = refs("braunschweig_protokoll_top1-5.txt")["cited_references"]
    assert cited == ["26-29075", "26-29183"]


def test_year_ranges_are_not_paper_numbers():
    # Köln Wortprotokoll / Erlangen: "für die Jahre 2014/2015", "Haushalt 2020/21"
    text = "Stadtentwässerung für die Jahre 2014/2015\nim Haushalt 2020/21 auszuweisen."
    doc = Document(source="inline", text=text, kind="text")
    assert find_references(doc)["cited_references"] == []


def test_past_paper_with_number_and_date():
    # Erlangen Stellungnahme: "Antrag des Stadtteilbeirates Büchenbach Nr. 266/2019 vom 21.10.2019"
    result = refs("erlangen_2020_Stellungnahme_head.txt")
    assert result["reference"] is None
    assert "266/2019" in result["cited_references"]


def test_html_field_gives_the_own_number():
    doc = Document(source="inline", text="Vorlage\t0463/2026\n", kind="html",
                   fields={"Vorlage-Nr.": "0463 / 2026"})
    assert find_references(doc)["reference"] == "0463/2026"


def test_three_part_number_after_cue():
    # Erlangen Stellungnahme: "Stellungnahme zur Beschlussvorlage 6131/67/2022"
    assert refs("erlangen_2022-07-07_Stellungnahme_head.txt")["cited_references"] == ["6131/67/2022"]


def test_single_paper_on_an_agenda_supplement_is_cited_not_own():
    # Koblenz Nachtrag: "Tagesordnung" ... "Punkt 1.1: Errichtung einer Interimsschule" / "Vorlage: BV/0197/2026"
    assert refs("koblenz_ASM-2026-04-21_Nachtrag-TOP.txt") == {
        "reference": None, "cited_references": ["BV/0197/2026"]}


def test_muenchen_numbers():
    # RIS München: "StR-Antrag 20-26 / A 02018 (Erledigt)", results "20-26 / V 04525"
    from extract.document import read_document
    from tests.extract.snippets import SNIPPETS
    doc = read_document(str(SNIPPETS.parent / "muenchen" / "AntragParser_Stadtrat1.html"))
    assert find_references(doc) == {"reference": "20-26/A 02018", "cited_references": ["20-26/V 04525"]}


def test_agenda_item_excerpt_takes_its_paper_number():
    # ALLRIS Altona to020 "Auszug - Geparkte Kfz ...": line "22-0621 Geparkte Kfz auf dem Marktplatz Blankenese"
    from extract.document import read_document
    from tests.extract.snippets import SNIPPETS
    doc = read_document(str(SNIPPETS.parent / "allris" / "altona_to020.html"))
    assert find_references(doc)["reference"] == "22-0621"


def test_paper_numbers_in_the_drucksache_column_of_an_agenda():
    # ALLRIS to010 (Altona): "Ö 2.1\tUnerlaubter Verkehr Klövensteen Eingabe vom 05.10.2025\t22-1471"
    from extract.document import read_document
    from tests.extract.snippets import SNIPPETS
    doc = read_document(str(SNIPPETS.parent / "allris" / "altona_to010.html"))
    result = find_references(doc)
    assert result["reference"] is None
    assert result["cited_references"][:3] == ["22-1471", "22-1472", "22-1473"]


def test_number_after_a_word_ending_in_haushalt():
    # SessionNet si0057 (Kaiserslautern): "... für den Jahreshaushalt 2027 pro Teilhaushalt\t0473/2026\tVorlage"
    from extract.document import read_document
    from tests.extract.snippets import SNIPPETS
    doc = read_document(str(SNIPPETS.parent / "sessionnet" / "kaiserslautern_si0057-2331.html"))
    assert "0473/2026" in find_references(doc)["cited_references"]


def test_minutes_excerpt_over_several_papers_cites_them_all():
    # Karlsruhe 2021-0478 Niederschrift: "Vorlage: 2021/0249" ... "Vorlage: 2021/0482"
    result = refs("karlsruhe_2021-0478_625566_head.txt")
    assert result["reference"] is None
    assert result["cited_references"] == ["2021/0249", "2021/0250", "2021/0264", "2021/0305", "2021/0478",
                                          "2021/0482"]


def test_dresden_numbers_with_two_digit_years_and_meeting_numbers_left_out():
    # Dresden agenda: "(ISF/025/2012)" numbers the meeting; items "V1664/12", "A0586/12"
    r = refs("dresden_ISF-025-2012_einladung_head.txt")
    assert r["reference"] is None
    assert r["cited_references"] == ["V1664/12", "V1670/12", "V1687/12", "A0586/12", "A0591/12"]


def test_number_in_a_label_block_above_its_value():
    # "Antrag Nr.:" / "Datum:" / "" / "A0064/09" / "13.10.2009"
    assert refs("dresden_A0064-09_antrag_head.txt")["reference"] == "A0064/09"


def test_beschluss_number_and_a_session_number_in_parentheses():
    # "des Ortschaftsrates Langebrück" / "(OSR LB/037/2012)" / ... "Beschluss-NR: OR LB 73/2012"
    r = refs("dresden_OR-LB-73-2012_beschlussausfertigung_head.txt")
    assert r["reference"] == "OR LB 73/2012"
    assert r["cited_references"] == []


def test_own_number_in_a_type_dash_number_heading_is_not_cited():
    # ALLRIS page of the Stadt Sehnde: "Vorlage - 2015/0288-1" (a supplement to 2015/0288), then
    # "Bezüglich:" / "2015/0288", the paper it refers to
    assert refs("sehnde_vo020-1000332_head.txt") == {"reference": "2015/0288-1",
                                                     "cited_references": ["2015/0288"]}


def test_number_printed_below_its_label():
    # SessionNet vo0050 pages as text: "Vorlage" / "0818-StR/2017" (Eisenach: number-council/year),
    # "Vorlage" / "2076/2020" (Geilenkirchen)
    assert refs("eisenach_vo0050-5308_head.txt")["reference"] == "0818-StR/2017"
    assert refs("geilenkirchen_vo0050-4075_head.txt")["reference"] == "2076/2020"


@pytest.mark.parametrize("name, own", [
    ("bamberg_vo020-3443_head.txt", "VO/2014/0718-20"),      # "Beschlussvorlage - VO/2014/0718-20"
    ("garching_vo020-6927_head.txt", "GBIII/808/2022-2"),    # "BESCHLUSSVORLAGE - GBIII/808/2022-2"
    ("rostock_vo020-1008146_head.txt", "2013/BV/4793"),      # "Beschlussvorlage - 2013/BV/4793"
])
def test_own_number_in_an_allris_type_dash_number_heading(name, own):
    # ALLRIS vo020 pages as text: the heading line names the paper's type and its own number
    assert refs(name) == {"reference": own, "cited_references": []}


def test_cue_search_at_possible_starts_finds_what_the_whole_pattern_finds():
    from pathlib import Path

    from extract.references import _CUE_RE, _CUE_STARTS, _cue_matches

    assert _CUE_STARTS is not None  # worked out from the cue words
    texts = [p.read_text(encoding="utf-8") for p in
             sorted((Path(__file__).resolve().parents[1] / "fixtures" / "snippets").glob("*.txt"))]
    # a cue inside a compound ("Ratsdrucksache"), after a match that ends inside a word
    texts.append("Ratsdrucksache 12/2020 und Drucksache 13/2021, Vorlage Nr. 422Drucksache 7/19")
    # many cues before the first compound cue, one right after it, a compound cue last
    texts.append("Beschluss 1/20, Antrag 2/20, Mitteilung, Niederschrift 3/2021 Ratsdrucksache"
                 "Vorlage 4/20 Stellungnahme Beschlüsse Anfrage 5/2020 Bezirksdrucksache 6/2021")
    # compound cues ending in "vorlagen" searched by their word's rest, and near misses: the
    # rest without its first letter, at the text's start, after a wrong letter, the word at its very end
    texts.append("orlagen 1/20 Sitzungsvorlagen SV-8-0802, SV-8-0801 Xorlagen 2/20 xrucksache 3/20 "
                 "Beschlussvorlagen 4/2020 Ratsdrucksache5/20 drucksache 6/20 vorlagen 7/20 Vorlagen")
    texts.append("rucksache 1/20 Vorlagen")
    found = [[(m.span(), m.group(1)) for m in _cue_matches(t)] for t in texts]
    assert sum(map(len, found)) > 20
    assert found == [[(m.span(), m.group(1)) for m in _CUE_RE.finditer(t)] for t in texts]


# --- archived pages of municipalities and templates no other fixture holds (tests/fixtures/archived/) ---

def archived_refs(name: str) -> dict:
    from extract.document import read_document
    from tests.extract.snippets import SNIPPETS
    return find_references(read_document(str(SNIPPETS.parent / "archived" / name)))


def test_number_with_the_election_period_in_roman_numerals():
    # Berlin BVV (ALLRIS): heading "Drucksache - DS/1246/V"
    assert archived_refs("berlin-lichtenberg_vo020_DS-1246-V.txt")["reference"] == "DS/1246/V"


def test_agenda_of_minutes_lists_type_dash_number_lines():
    # Windeby: "T a g e s o r d n u n g" ... "4. Kostenausgleich ..." / "  Beschlussvorlage - 6/2012" ...
    r = archived_refs("windeby_finanzausschuss_niederschrift_2012-03-07.txt")
    assert r["reference"] is None
    assert r["cited_references"] == ["6/2012", "3/2012", "2/2012", "1/2012", "24/2011"]


def test_number_year_drucksache_numbers():
    # Dortmund: "(Drucksache Nr.: 06128-11)", "(Drucksache Nr.: 06093-11)"
    r = archived_refs("dortmund-mengede_niederschrift_2012-02-01.txt")
    assert r == {"reference": None, "cited_references": ["06128-11", "06093-11"]}


def test_parlis_type_letter_numbers():
    # Frankfurt PARLIS: "Vorlagentyp: B", "... vom 06.06.2014, B" / "194 Betreff:";
    # cited "M 107 vom 06.06.2014", "(siehe M 80/2013 und M 81/2013", "§ 3348 (M 81)"
    r = archived_refs("frankfurt_bericht_B-194-2014.txt")
    assert r["reference"] == "B 194"
    assert sorted(r["cited_references"]) == ["M 107", "M 80/2013", "M 81/2013"]


def test_distinct_shapes_searched_where_one_can_start_find_what_the_whole_pattern_finds():
    from pathlib import Path

    from extract.references import _DISTINCT_RE, _distinct_matches

    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    texts = [p.read_text(encoding="utf-8") for p in sorted(fixtures.rglob("*.txt"))]
    # each shape, at the start of the text, after a character the guard
    # refuses, with the longest run of letters and digits before its "/" or "-"
    texts.append("20-26 / V 04180 DHH/2025/8003 26/SVV/0337-001 AB1234/2012 V1664/12 "
                 "A-R/0051/2011 2024/0004/1 0039/2017 26-29090-02 x26-29075 /2016/0380 "
                 ".V091/2013 -AN/1718/2021 ,12-34567\n20-26\n/ V 04180 ٢٠١٦/٠٣٨٠")
    texts.append("AB1234/2012")
    found = [[(m.span(), m.group(1)) for m in _distinct_matches(t)] for t in texts]
    assert len(found[-2]) >= 11 and found[-1]
    assert found == [[(m.span(), m.group(1)) for m in _DISTINCT_RE.finditer(t)] for t in texts]


def test_listed_papers_searched_from_their_label_are_all_listed():
    import re
    from pathlib import Path

    from extract.references import _END, _LISTED_RULE, _SHAPE_ANY

    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    texts = [p.read_text(encoding="utf-8") for p in sorted(fixtures.rglob("*.txt"))]
    texts.append("Vorlage: 2014/0254\nxVorlage: 12/2020 -Vorlage: 13/2020 (Vorlage:\n14/2020) Vorlage:V/1")
    assert _LISTED_RULE.guard is not None
    whole = r"(?<![\w-])Vorlage:\s*(" + _SHAPE_ANY + r")" + _END
    found = [[m.group(1) for m in _LISTED_RULE.finditer(t)] for t in texts]
    assert found[-1] == ["2014/0254", "14/2020"]
    assert sum(map(len, found)) > 5
    assert found == [re.findall(whole, t) for t in texts]


def test_sessionnet_number_below_its_label_in_any_shape():
    # SessionNet vo0050 fields as text, label above value (Hilden): "Vorlage" / "WP 04-09 SV 20/007" /
    # "Aktenzeichen" / "II/20"; the Aktenzeichen is no paper
    assert archived_refs("hilden_vo0050_433.txt") == {"reference": "WP 04-09 SV 20/007", "cited_references": []}


def test_agenda_number_column_run_together_and_period_number_office_numbers():
    # Michelstadt minutes: "Vorlage Nr." / "0702/13" / "0416/12 0739/13 0731/13" (the agenda's column,
    # its cells run together), "Drucksache Nr. IX/0145/AD", "– Drucksache Nr. IX/0144/AD"
    r = archived_refs("michelstadt_svv_niederschrift_2013-04-10.txt")
    assert r["reference"] is None
    assert sorted(r["cited_references"]) == sorted(
        ["IX/0145/AD", "IX/0144/AD", "0702/13", "0416/12", "0739/13", "0731/13"])


def test_drucksache_number_with_a_supplement_before_the_year():
    # Prenzlau minutes agenda: "10.1 DS 110/2014 (DS-Nr.: 110-1/2014)", "(DS-Nr.: 110/2014)"
    r = archived_refs("prenzlau_svv_niederschrift_2014-12-11.txt")
    assert "110-1/2014" in r["cited_references"] and "110/2014" in r["cited_references"]


def test_an_item_page_takes_the_one_paper_its_text_opens_with():
    # Wolfenbüttel (SessionNet to0050, no header): "Beschluss:" / "Die Vorlage XIX-0365/2023 wird zur
    # Beratung in die Fraktionen verwiesen." (a number of the Wahlperiode in Roman numerals)
    text = (Path(__file__).resolve().parent.parent / "fixtures" / "archived"
            / "wolfenbuettel-lk_to0050_37281.txt").read_text(encoding="utf-8")
    found = find_references(Document(source="wolfenbuettel", text=text, kind="text"))
    assert found == {"reference": "XIX-0365/2023", "cited_references": []}
    # Havixbeck (SessionNet to0050): "Die Verwaltungsvorlage VO/089/2022 liegt vor."
    assert refs("havixbeck_to0050-56529_vorlage.txt") == {"reference": "VO/089/2022", "cited_references": []}


def test_an_item_page_naming_several_papers_or_none_takes_none():
    # near misses: Mühlhausen lists four resolutions, "Beschluss Drucksache-Nr.: 98/2015" ...;
    # Köln "Die Vorlage wird ohne Votum in die nachfolgenden Gremien verwiesen." names no number
    text = (Path(__file__).resolve().parent.parent / "fixtures" / "archived"
            / "muehlhausen_str_beschluesse_2015-03-05.txt").read_text(encoding="utf-8")
    found = find_references(Document(source="muehlhausen", text=text, kind="text"))
    assert found["reference"] is None
    assert found["cited_references"] == ["98/2015", "99/2015", "101/2015", "102/2015"]
    assert refs("koeln_vo0053-94945_verweisung.txt")["reference"] is None


def test_numbers_with_office_and_period_before_the_number():
    # Cloppenburg (SessionNet to0050, no header): "Kreisrat Varnhorn trug den Sachverhalt gemäß
    # Vorlage V-KA/18/480 vor." names the item's one paper
    assert archived_refs("cloppenburg-lk_to0050_12685.txt") == {
        "reference": "V-KA/18/480", "cited_references": []}
    # Coesfeld (SessionNet to0050): "die haushaltsbezogenen Sitzungsvorlagen SV-8-0802, SV-8-0801 und
    # SV-8-0770/1 ... gemeinsam beraten": a list after the cue; three papers, so none is the page's own
    r = archived_refs("coesfeld-kreis_to0050_8753.txt")
    assert r == {"reference": None, "cited_references": ["SV-8-0802", "SV-8-0801", "SV-8-0770/1"]}
    # another Coesfeld item page: "(SV-10-0729, ab Seite 3 letzter Absatz ...)" without a cue word
    assert refs("coesfeld-kreis_to0050-27219_beschluss.txt")["cited_references"] == ["SV-10-0729"]


def test_a_body_prefix_before_a_space_is_part_of_the_number():
    # Mecklenburgische Seenplatte (form text): "ÄNDERUNGSANTRAG zur Vorlage: KT II/29/2018 Betreff: ..."
    # cites the amended Vorlage; its own "Antrag-Nr.:" is empty
    assert archived_refs("mecklenburgische-seenplatte_kt_aenderungsantrag_KT-II-29-2018.txt") == {
        "reference": None, "cited_references": ["KT II/29/2018"]}
    # Landkreis Mittelsachsen: "Vorlage BV-KT 070/2025"
    r = refs("mittelsachsen_behindertenbeirat-2025-04-22_kreistag.txt")
    numbers = r["cited_references"] + [r["reference"]]
    assert "BV-KT 070/2025" in numbers and "070/2025" not in numbers


def test_own_number_after_a_letter_spaced_type_heading():
    # Waldkirch (docplayer text of a PDF): "S I T Z U N G S V O R L A G E. Nr. GR027/11"
    assert archived_refs("waldkirch_sitzungsvorlage_GR027-11.txt") == {
        "reference": "GR027/11", "cited_references": []}


def test_allris_extract_takes_the_number_printed_before_its_subject():
    # Liebenau (ALLRIS to020): "Auszug - Erlass einer Haushaltssatzung ..." heads the page, the
    # item's fields follow, then "SG/2017/006 Erlass einer Haushaltssatzung ..." (the same subject)
    assert archived_refs("liebenau-sg_to020_1002650.txt")["reference"] == "SG/2017/006"
    # near misses: Lüneburg's line "2014/284 Haushaltssatzung ..." (its subject differs from the
    # heading) keeps its number; Lübeck's extract prints no paper line
    assert archived_refs("lueneburg-lk_to020_16141.txt")["reference"] == "2014/284"
    assert archived_refs("luebeck_to020_1006718.txt")["reference"] is None


def test_minutes_numbered_at_the_end_of_their_heading():
    # Escheburg (doczz text of PDF minutes): "(Gemeindezentrum, Hofweg 2) - Nr. 2/2006, wi -" ends the heading
    # ("wi" the clerk's initials); Baunach (Mitteilungsblatt): "Stadtrat Baunach  —  B-SR/01/2023"
    assert archived_refs("escheburg_gv_niederschrift_2006-03-07.txt")["reference"] == "2/2006"
    baunach = find_references(snippet_doc("baunach_str_niederschrift_2023-01-10_head.txt"))
    assert baunach == {"reference": "B-SR/01/2023", "cited_references": []}
    # near misses: minutes cited in running text ("Das Protokoll Nr. 11 vom 11.02.2019 wird genehmigt.",
    # Grasleben) and a plan's number in the agenda ("Bebauungsplan Nr. 17", Escheburg) number no minutes
    assert archived_refs("grasleben_sgr_protokoll_2019-09-09.txt")["reference"] is None


# --- paper numbers of any shape, read where their place marks them ---

def test_numbers_of_an_agenda_column_are_cited_whatever_their_shape():
    # Freisen (Mitteilungsblatt): the agenda table's last cell of each row "| FB1-108/23 |"
    r = archived_refs("freisen_gr_niederschrift_2023-09-21.txt")
    assert r["reference"] is None
    assert sorted(r["cited_references"]) == [f"FB1-1{n:02d}/23" for n in range(4, 11)]
    # the cells of the meeting table ("| 21.09.2023 |", "| 18:00 Uhr |") and the
    # postcode in an agenda subject ("66629 Freisen") are no papers
    assert not any(c[0].isdigit() for c in r["cited_references"])


def test_numbers_alone_on_their_lines_of_the_same_shape_are_cited():
    # Bad Lauchstädt: each resolution's Vorlage number on a line of its own, "ff." after the second
    r = archived_refs("bad-lauchstaedt_str_beschluesse_2014-08-28.txt")
    assert r["cited_references"] == ["BV-SR52-05-2014001", "BV-SR47-05-2014001"]


def test_number_under_a_vorlage_column_header_is_cited():
    # Wismar ALLRIS to010: "TOP   Betreff Vorlage", then "GuS/2013/028" under an item
    r = archived_refs("wismar_to010_187.txt")
    assert r["cited_references"] == ["GuS/2013/028", "VO/2014/0850"]


def test_number_of_any_shape_after_a_cue_word():
    # Wannweil: "verweist auf die GR-Drucks. 2010-53" (abbreviated cue word)
    assert refs("wannweil_gr-2010-06-17_sitzungsbericht_head.txt")["cited_references"] == ["2010-53"]
    # Dortmund: supplements of a paper "(Drucksache Nr.: 16051-09-E1)"
    cited = refs("dortmund_bv-innenstadt-west_niederschrift-2009-11-25_tagesordnung.txt")["cited_references"]
    assert cited == ["16051-09", "16247-09", "16051-09-E1", "16051-09-E2"]


def test_lettered_numbers_that_are_no_papers():
    # near misses of the general shape: a road and a postcode after a cue word,
    # investment numbers of a budget table ("1-1-03K" alone on its lines)
    doc = Document(source="inline", kind="text",
                   text="Vorlage B-51 zur Umgehung\nAntrag D-66629 Freisen\n1-1-03K\n1-1-04K\n1-2-04K\n")
    assert find_references(doc)["cited_references"] == []


def test_lettered_number_needs_its_capital_within_itself():
    # a number of digits only, followed by a full stop and a capitalised word: the
    # capital of "Anlage" is not part of "12-34", which fits none of the shapes
    assert cited_references("Siehe Vorlage 12-34.Anlage folgt.") == []
    assert cited_references("Siehe Vorlage 12-34 folgt.") == []
    assert cited_references("Siehe Vorlage FB1-104/23.Anlage folgt.") == ["FB1-104/23"]


def test_a_number_with_a_spaced_slash_is_one_number():
    # Forst (Lausitz): "SVV-Forst SVV/ 0474/2010" and "SVV/0474/2010": one paper, not its tail "0474/2010" too
    assert archived_refs("forst-lausitz_vo020_SVV-0532-2011.txt")["cited_references"] == ["SVV/0474/2010"]


def test_a_page_listing_several_papers_has_no_own_number():
    # Weimar: "DS 062a/2016 Änderungsantrag zur Drucksache 062/2016 ..." and "DS 117/2016 Wilhelm-Ernst-Denkmal"
    assert archived_refs("weimar_str_antraege_2016-06-15.txt") == {
        "reference": None, "cited_references": ["062a/2016", "062/2016", "117/2016"]}
    # one paper so labelled is the page's own
    assert find_references(Document(source="s", text="DS 117/2016 Wilhelm-Ernst-Denkmal\n\nText", kind="text"))[
        "reference"] == "117/2016"


def test_a_number_with_a_status_letter_first_and_the_wahlperiode_last():
    # Gauting: "Der Gemeinderat nimmt Kenntnis von der Beschlussvorlage Ö/0572/XV.WP."
    text = (Path(__file__).parents[1] / "fixtures" / "archived" / "gauting_to0050_23333.txt").read_text()
    assert cited_references(text) == ["Ö/0572/XV.WP"]


def test_the_meeting_number_of_a_sitzung_field_is_no_paper():
    # Bad Abbach (SessionNet to0050): "Sitzung:27.11.2012   MGR/011/2012"
    text = (Path(__file__).parents[1] / "fixtures" / "archived" / "bad-abbach_to0050_16138.txt").read_text()
    assert "MGR/011/2012" not in cited_references(text)
    # near miss: the same shape after a paper's cue is still cited
    assert cited_references("siehe Vorlage MGR/011/2012") == ["MGR/011/2012"]


def test_type_abbreviation_printed_after_the_number_is_part_of_it():
    # ALLRIS 4 (St. Ingbert): "Beschlussvorlage - 2023/0830 BV" heads the paper page, which cites
    # "(Vorlage 2023/0794 INFO)"
    r = archived_refs("st-ingbert_allris4_vo020_1001626.txt")
    assert r["reference"] == "2023/0830 BV"
    assert r["cited_references"] == ["2023/0794 INFO"]
    # an agenda-item page of the same portal names the items' papers so: "<Nahversorgung Mühlwald>
    # (2023/0904 INFO)", "(BV 2023/0927 BV)"
    cited = find_references(snippet_doc("st-ingbert_to020-1006382_tagesordnung.txt"))["cited_references"]
    assert cited == ["2023/0904 INFO", "2023/0905 BV", "2023/0933 INFO", "2023/0926 BV", "2023/0927 BV"]
    # near miss: a number of the same shape without an abbreviation stays as printed (ALLRIS 4 of Kiel:
    # "mit der Drucksachennummer 0179/2023 wird unter Tagesordnungspunkt 10.6.1 einsortiert")
    assert archived_refs("kiel_allris4_to020_155067.txt")["cited_references"] == ["0179/2023"]


def test_agenda_item_record_takes_the_paper_the_chair_refers_to():
    # ALLRIS classic to020 (Westerstede): "Die Ausschussvorsitzende verweist auf die Beschlussvorlage 22/1182 und
    # bittet Ratsherrn Oeltjen um weitere Ausführung." over "Beschluss: Abstimmungsergebnis: Einstimmig."
    r = archived_refs("westerstede_to020_8071.txt")
    assert r["reference"] == "22/1182"
    assert r["cited_references"] == []
    # near miss: a record that names another item's paper keeps it cited (Kiel: "Der Änderungsantrag von SPD
    # und GRÜNE mit der Drucksachennummer 0179/2023 wird unter Tagesordnungspunkt 10.6.1 einsortiert.")
    assert archived_refs("kiel_allris4_to020_155067.txt")["reference"] is None


def test_agenda_item_record_takes_the_paper_its_motion_stands_in():
    # SessionNet to0050 (Laubach): "Antrag und Begründung ergeben sich aus der Stadtverordneten-Drucksache
    # Nr. 126/2006." between the vote and the resolution: the item's own paper, not a cited one
    r = archived_refs("laubach_to0050_2534.txt")
    assert r["reference"] == "126/2006"
    assert r["cited_references"] == []


def test_portal_heading_of_the_type_word_and_a_number_over_its_election_period():
    # ALLRIS classic vo020 of a Berlin Bezirk (Charlottenburg-Wilmersdorf): "Drucksache - 1083/3" heads the
    # page, the number and the BVV's Wahlperiode (the type word alone before the dash, no compound)
    r = archived_refs("berlin-charlottenburg-wilmersdorf_vo020_1083-3.txt")
    assert r["reference"] == "1083/3"
    assert r["cited_references"] == []
    # near miss: the same shape without a paper's cue is no paper ("Raum 1083/3")
    assert cited_references("Die Sitzung findet in Raum 1083/3 statt.") == []
    assert cited_references("siehe Drucksache 1083/3") == ["1083/3"]


def test_minutes_numbered_by_number_and_year_after_their_type_word():
    # a site republishing Lahr's council documents: "ERGEBNISNIEDERSCHRIFT NR. 4/2018 Öffentliche Sitzung ..."
    assert archived_refs("lahr_gr_niederschrift_transparent_2018-03-19.txt")["reference"] == "4/2018"
    # near misses: minutes that count their meetings number no paper ("Protokoll Nr. 08" in Breisach,
    # "N i e d e r s c h r i f t Nr. 10" in Berghaupten)
    assert archived_refs("breisach_gr_protokoll_2010-09-21.txt")["reference"] is None
    assert archived_refs("berghaupten_gr_protokoll_docplayer_2016-12-20.txt")["reference"] is None


def test_number_field_of_a_form_run_together_into_one_paragraph():
    # politik-bei-uns file page (Bedburg), the PDF's form in one paragraph: "Zu TOP:__________ Drucksache:
    # WP8158/2013 1. Ergänzung Fachbereich II ...": the paper's own number, not a cited one
    r = archived_refs("bedburg_politik-bei-uns_beschlussvorlage_WP8158-2013.txt")
    assert r["reference"] == "WP8158/2013"
    assert r["cited_references"] == []
    # near miss: the paper a motion amends, in the same run-together form ("ÄNDERUNGSANTRAG zur Vorlage:
    # KT II/29/2018"), stays cited
    r = archived_refs("mecklenburgische-seenplatte_kt_aenderungsantrag_KT-II-29-2018.txt")
    assert r["reference"] is None
    assert r["cited_references"] == ["KT II/29/2018"]


def test_agenda_item_record_takes_the_sitzungsvorlage_the_chair_refers_to():
    # SessionNet to0050 (Rosendahl): the resolution with its votes, then "Ausschussvorsitzende Everding verwies auf
    # die Sitzungsvorlage VIII/182 und ...": a compound paper word as the cue, a number by Wahlperiode (Roman)
    r = archived_refs("rosendahl_to0050_5392.txt")
    assert r["reference"] == "VIII/182"
    assert r["cited_references"] == []
    # the compound cue cites the number anywhere; the shape alone does not
    assert cited_references("auf Grundlage der Verwaltungsvorlage IX/416 beraten") == ["IX/416"]
    assert cited_references("im Gebäudeteil VIII/182 untergebracht") == []


def test_type_abbreviation_before_a_number_in_an_agenda_document_column():
    # SessionNet to0040 (Stralsund): each Anfrage's number alone on its line under its item, with its type
    # first: "gAF 0001/2014" (große Anfrage), "kAF 0036/2014" (kleine Anfrage)
    cited = archived_refs("stralsund_to0040_195.txt")["cited_references"]
    assert cited[:3] == ["gAF 0001/2014", "kAF 0036/2014", "kAF 0037/2014"]
    assert len(cited) == 10 and all(c.split()[0] in ("gAF", "kAF") for c in cited)
    # near misses: a label before the number ("Nr 0036/2014"), or a number that goes on with its subject
    assert cited_references("Nr 0036/2014\n") == ["0036/2014"]
    assert cited_references("DS 0036/2014 Verkehrskonzept Altstadt\n") == ["0036/2014"]


def test_a_meeting_pages_items_papers_alone_on_their_lines_are_none_its_own():
    # SessionNet si0057 (Magdeburg): each item's paper alone on a line under its result ("Beschluss: geändert
    # beschlossen" / "DS0014/13" / "Ö 5.1.1 ..."), the type's abbreviation run into the number; a group's
    # amendment numbered after the paper it amends ("DS0014/13/4")
    r = archived_refs("magdeburg_si0057_117930.txt")
    assert r["reference"] is None
    assert r["cited_references"] == ["T0088/13", "A0125/12", "DS0014/13", "DS0014/13/4", "DS0189/13", "DS0107/13",
                                     "DS0123/13", "DS0174/13", "DS0139/13"]
    # near miss: a paper page printing its own number alone on a line once is that paper (ALLRIS vo020,
    # Wermelskirchen: "Vorlage - 0041/2021")
    assert archived_refs("wermelskirchen_vo020_0041-2021.txt")["reference"] == "0041/2021"


def test_a_number_in_a_label_value_row_numbered_by_wahlperiode():
    # a city's own RIS (Kleve): "Vorlagennummer | 705/IX. |" (the label and its value as a table row), the number
    # and the Wahlperiode in Roman numerals with its period, as the page's heading prints it too ("705/IX. - ...")
    assert archived_refs("kleve_vorlage_705-IX.txt")["reference"] == "705/IX."
    # near miss: the same shape closing a sentence keeps no period (ALLRIS, Berlin Mitte: "1265/II Sanierung des
    # Tribünengebäudes ..." and "Drucksache 1265/II. Haben wir ...")
    assert archived_refs("berlin-mitte_to020_1265-II.txt")["reference"] == "1265/II"


def test_a_meeting_pages_own_number_under_its_label_is_no_cited_paper():
    # SessionNet si0057 (Eberswalde): the meeting's fields stacked, "Sitzung" / "StVV/013/2025" / "Gremium" /
    # ...; the items' papers below ("BV/0260/2025") share the number's shape
    r = archived_refs("eberswalde_si0057_1561.txt")
    assert r["cited_references"] == ["BV/0260/2025", "BV/0261/2025", "BV/0257/2025", "BV/0280/2025"]
    # near miss: a paper's number under a paper's label is cited
    assert cited_references("Vorlage\nBV/0260/2025\nBV/0261/2025\n") == ["BV/0260/2025", "BV/0261/2025"]
    assert cited_references("Sitzung\nBV/0260/2025\nBV/0261/2025\n") == ["BV/0261/2025"]


def test_a_resolutions_number_is_the_papers_own_without_its_leading_zero():
    # ALLRIS to020 (Landkreis Börde): "TOP: Ö 5.5 Beschluss:84/20/2007" over the paper line
    # "084/20/2007 Haushaltskonsolidierungskonzept ...": the resolution carries the paper's number
    r = archived_refs("boerde-lk_to020_5177.txt")
    assert r["reference"] == "084/20/2007"
    assert r["cited_references"] == []
    # near miss: another number differing in more than its leading zero stays cited
    assert find_references(Document(source="x", kind="text", text=(
        "Vorlage - 084/20/2007\nBeschluss: 85/20/2007\n")))["cited_references"] == ["85/20/2007"]


def test_numbers_heading_a_list_of_resolutions_are_no_papers():
    # a municipality's page of its council's resolutions (Großschönau): each entry headed by its number alone
    # on a line, "72/12/2012" / "Der Gemeinderat der Gemeinde Großschönau bestätigt den Erwerb ..."
    assert archived_refs("grossschoenau_gr_beschluesse_2012.txt")["cited_references"] == []
    # near miss: a column of paper numbers each over its subject stays cited (SessionNet si0057, Eberswalde)
    assert archived_refs("eberswalde_si0057_1561.txt")["cited_references"] == [
        "BV/0260/2025", "BV/0261/2025", "BV/0257/2025", "BV/0280/2025"]


def test_an_agenda_items_text_takes_the_one_paper_it_deals_with():
    # SessionNet to0050 (Samtgemeinde Esens): no number of its own; a sentence has the paper as its subject,
    # "... einverstanden ... Die Sitzungsvorlage Nr. 138 braucht daher noch nicht im Samtgemeinderat ..."
    assert archived_refs("esens-sg_to0050_2334.txt")["reference"] == "138"
    # SessionNet to0050 (Lüchow): the agreement resolved is the paper's attachment, "die der Sitzungsvorlage
    # Nr. 008/2010 ST vom 02.02.2010 als Anlage beigefügt ist", the member's code printed after the number
    r = archived_refs("luechow_to0050_8422.txt")
    assert r["reference"] == "008/2010 ST"
    assert r["cited_references"] == []
    # near miss: a plain integer after a cue in the middle of a sentence, not its subject, is no paper of the page
    assert find_references(Document(source="x", kind="text", text=(
        "Beschluss: einstimmig\n\nDer Ausschuss folgt der Sitzungsvorlage Nr. 138 nicht.\n")))["reference"] is None


def test_an_agenda_tables_number_column_head_is_no_own_field():
    # an Amtsblatt's agenda (Landkreis Elbe-Elster, as a document site renders it): the table's head
    # "A) Öffentlicher Teil Vorlagen-Nr." over "1 Eröffnung ..." (the item's number); the papers' numbers
    # run into the next item's line, one with its supplement: "... Landrates 017/2008-1 5 Richtlinie ..."
    r = archived_refs("elbe-elster-lk_kt_amtsblatt_9dok_2009-01-15.txt")
    assert r["reference"] is None
    assert r["cited_references"] == ["039/2008", "042/2008", "017/2008-1"]
    # near miss: the flattened header's own field still gives the number ("Vorlagen-Nr. 08.02.2017 72/2017")
    assert find_references(Document(source="x", kind="text", text=(
        "Stadt X Vorlagen-Nr. 08.02.2017 72/2017 Betreff\n")))["reference"] == "72/2017"


def test_a_number_label_inside_a_phrase_cites_the_paper():
    # SessionNet to0050 (Idstein): the committee on the groups' motions, "Der Antrag der CDU-Fraktion zur
    # Drucksache-Nr. 246/2019 betr. Altes Rathaus Heftrich ..." and "... zur Drucksache-Nr. 248/2019 ...":
    # papers the page cites, none its own number
    r = archived_refs("idstein_to0050_232213.txt")
    assert r["reference"] is None
    assert r["cited_references"] == ["246/2019", "248/2019"]
    # near miss: a flattened header's label after a field name, not after a preposition, stays the page's own
    assert find_references(Document(source="x", kind="text", text=(
        "Amt für Finanzen Datum Drucksache-Nr. 08.02.2017 73/2017 Betreff\n")))["reference"] == "73/2017"


def test_number_run_into_the_issue_date_of_a_drucksache():
    # PIO (Offenbach am Main): "2016-21/DS-I(A)0144Ausgegeben am 18.01.2017" heads the Drucksache, and
    # "Antrag Magistratsvorlage Nr. 2016-418 ... vom 07.12.2016" cites the Magistrat's paper by year-number
    r = archived_refs("offenbach_pio_2017-00013787.txt")
    assert r["reference"] == "2016-21/DS-I(A)0144"
    assert r["cited_references"] == ["2016-418"]
    # near misses: a term of office before the label is no number; a year range after a cue word is no paper
    assert find_references(Document(source="s", text="2016 - 2021\nAusgegeben am 18.01.2017\n",
                                     kind="text"))["reference"] is None
    assert cited_references("Vorlage 2016-2021 der Wahlperiode") == []
