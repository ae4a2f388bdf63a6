"""find_dates / parse_date on snippets of real council papers.

Each snippet is copied from the file named in its comment (paths relative to
the shared corpus: ``seeds/`` are the project's seed papers,
``corpus/documents/karlsruhe/`` text extracted from Karlsruhe PDFs).
"""
from __future__ import annotations

from pathlib import Path

from extract.dates import DATE_RE, find_dates, iso_of_match, parse_date, parse_datetime, parse_day
from extract.document import Document, read_document

ARCHIVED = Path(__file__).resolve().parent.parent / "fixtures" / "archived"


def _doc(text: str, page_starts: list[int] | None = None) -> Document:
    return Document(source="snippet", text=text, kind="pdf" if page_starts else "text",
                    page_starts=page_starts or [])


def _days(doc: Document) -> list[str]:
    return [d["date"] for d in find_dates(doc) if d["precision"] == "day"]


def _check_offsets(doc: Document) -> None:
    for d in find_dates(doc):
        assert doc.text[d["start"]:d["end"]] == d["text"]


def test_numeric_dates_in_a_committee_table():
    # seeds/000_ae33c3156c19a66f.txt
    text = "Gremium\tDatum\nJugendhilfeausschuss\t14.03.2017\nIntegrationsrat\t25.04.2017\n"
    doc = _doc(text)
    found = find_dates(doc)
    assert [d["date"] for d in found] == ["2017-03-14", "2017-04-25"]
    first = found[0]
    assert first["precision"] == "day"
    assert (first["start"], first["end"]) == (text.index("14.03"), text.index("14.03") + 10)
    assert first["text"] == "14.03.2017"
    assert first["page"] is None


def test_two_digit_year():
    # seeds/003_0b457a4c3c6d31ae.txt
    text = "Hilfen führt zu dem Ratsbeschluss vom 13.10.11, der die Verwaltung beauftragt"
    doc = _doc(text)
    (d,) = find_dates(doc)
    assert d["date"] == "2011-10-13"
    assert d["text"] == "13.10.11"
    assert d["start"] == text.index("13.10.11")


def test_month_name_with_weekday_and_time():
    # seeds/001_933c125c60171f5a.txt
    text = "Agentur Peters & Helbig, Essen, am Dienstag, 06. Juni 2017 von 1418 Uhr im Rat"
    doc = _doc(text)
    (d,) = find_dates(doc)
    assert d["date"] == "2017-06-06"
    assert d["text"] == "06. Juni 2017"


def test_single_digit_day_and_month():
    # corpus/documents/karlsruhe/29667_36700.txt
    text = "          Stand: 14.3.2012 "
    doc = _doc(text)
    assert _days(doc) == ["2012-03-14"]
    _check_offsets(doc)


def test_time_next_to_a_date_is_not_a_date():
    # seeds/004_a19cb23682b2067e.txt (page data block)
    text = "Erstellt\n16.07.18, 14:02\nAktualisiert\n25.01.19, 02:20\n"
    doc = _doc(text)
    found = find_dates(doc)
    assert [d["date"] for d in found] == ["2018-07-16", "2019-01-25"]
    assert [d["text"] for d in found] == ["16.07.18", "25.01.19"]


def test_clock_times_alone_are_not_dates():
    # corpus/documents/ratslotse-protokolle/protokoll_muenster.txt
    text = "Frau A. van Lengerich  eröffnete um 17:0 0 Uhr die 3. Sitzung des Betriebsaus-"
    assert find_dates(_doc(text)) == []


def test_range_with_shared_month():
    # corpus/documents/karlsruhe/2022-2256_642279.txt
    text = "Der  Gemeinderat  hat  mit  Beschluss  vom  8./9.  Februar  2022  den "
    doc = _doc(text)
    found = find_dates(doc)
    assert [d["date"] for d in found] == ["2022-02-08", "2022-02-09"]
    assert [d["text"] for d in found] == ["8.", "9.  Februar  2022"]
    _check_offsets(doc)


def test_two_days_joined_by_und():
    # corpus/documents/karlsruhe/2018-0716_607198.txt
    text = "20. November 2018, 9 Uhr und \n21. November 2018, 9 Uhr \n"
    assert _days(_doc(text)) == ["2018-11-20", "2018-11-21"]


def test_month_name_hyphenated_across_lines():
    # corpus/documents/karlsruhe/2019-1199_612408.txt
    text = ("Union haben im Rahmen eines Teilnahmewettbewerbs bis zum festgesetzten Termin am 5. Au-\n"
            "gust 2019 sieben Bieter Teilnahmeanträge eingereicht.")
    doc = _doc(text)
    (d,) = find_dates(doc)
    assert d["date"] == "2019-08-05"
    assert d["text"] == "5. Au-\ngust 2019"


def test_month_only_has_month_precision():
    # seeds/000_ae33c3156c19a66f.txt
    text = "Unmittelbar nach positiver Rückmeldung des Landes hat die Verwaltung im Januar 2017 kurzfristig"
    doc = _doc(text)
    (d,) = find_dates(doc)
    assert (d["date"], d["precision"], d["text"]) == ("2017-01", "month", "Januar 2017")
    assert _days(doc) == []


def test_year_named_as_a_year_has_year_precision():
    # corpus/documents/karlsruhe/2016-0570_593918.txt
    text = "nung, Ausschreibung und Vergabe rechtzeitig durchführen zu können, ist im Jahr 2016 eine "
    (d,) = find_dates(_doc(text))
    assert (d["date"], d["precision"], d["text"]) == ("2016", "year", "2016")


def test_bare_years_and_budget_years_are_not_dates():
    # corpus/documents/karlsruhe/2016-0570_593918.txt, seeds/001_933c125c60171f5a.txt
    text = "für die erste Ausbaustufe 2017/2018 ausgewählt; seit 2013"
    assert find_dates(_doc(text)) == []


def test_day_and_month_without_year_is_not_a_date():
    # corpus/documents/karlsruhe/24372_2481.txt
    text = "können die Hebesätze bis zum 30.06. eines Ka-\nlenderjahres abgeändert werden"
    assert find_dates(_doc(text)) == []


def test_impossible_calendar_date_is_dropped():
    # an impossible date does not occur in the corpus; this line is made up
    assert find_dates(_doc("Sitzung am 31.02.2017")) == []
    assert parse_date("31.02.2017") is None


def test_page_of_a_date():
    # seeds/000_ae33c3156c19a66f.txt, read as if the second row sat on page 2
    text = "Jugendhilfeausschuss\t14.03.2017\nIntegrationsrat\t25.04.2017\n"
    doc = _doc(text, page_starts=[0, text.index("Integrationsrat")])
    assert [d["page"] for d in find_dates(doc)] == [1, 2]


def test_parse_date_of_a_single_string():
    assert parse_date("vom: 17.06.2016") == "2016-06-17"
    assert parse_date("Hauptamt - Ratsangelegenheiten – 7.Mai.2021") == "2021-05-07"
    assert parse_date("Juli 2012") == "2012-07"
    assert parse_date("kein Datum") is None
    assert parse_date(None) is None


def test_spaced_date_with_ocr_comma():
    # OCR text of corpus/documents/koeln-ocr/koeln_129244.pdf (tesseract via
    # read_document); the page prints "23. 9. 2008", OCR reads the second dot as a comma
    text = "Betreff; Anfrage zur nächsten Sitzung der Bezirksvertretung am 23. 9, 2008\n"
    doc = _doc(text)
    (d,) = find_dates(doc)
    assert (d["date"], d["text"]) == ("2008-09-23", "23. 9, 2008")


def test_handwritten_short_date():
    # corpus/documents/koeln-ocr/koeln_129244.referenz.txt (line 2)
    assert _days(_doc("am 23.9.08 TOP 8.2.4\n")) == ["2008-09-23"]


def test_range_with_open_first_day_and_month():
    # corpus/documents/karlsruhe/31955_14185.txt
    text = " Bauzeit:   29.04. - 13.09.2013 \n"
    doc = _doc(text)
    assert _days(doc) == ["2013-04-29", "2013-09-13"]
    _check_offsets(doc)


# --- English month names -----------------------------------------------------
# Newer ALLRIS pages print dates with English month names. No recorded page in
# the corpus prints them; the two strings are the forms quoted from such pages
# in the extraction report ("2026 Oct 21", "Jan 29, 2026").

def test_english_year_month_day():
    text = "Sitzung\t2026 Oct 21\tRathaus"
    (d,) = find_dates(_doc(text))
    assert (d["date"], d["text"]) == ("2026-10-21", "2026 Oct 21")


def test_english_month_day_comma_year():
    text = "Datum: Jan 29, 2026"
    (d,) = find_dates(_doc(text))
    assert (d["date"], d["text"]) == ("2026-01-29", "Jan 29, 2026")
    assert parse_day("Erstellt Jan 29, 2026, 10:15") == "2026-01-29"


def test_german_month_names_month_first_as_blogs_print_a_posts_date():
    # tests/fixtures/archived/neckar-odenwald-kreis_kt_bericht_afd_2024-12-04.txt: the post's date line
    # "Dez. 5, 2024" under its heading
    text = (ARCHIVED / "neckar-odenwald-kreis_kt_bericht_afd_2024-12-04.txt").read_text(encoding="utf-8")
    found = {d["text"]: d["date"] for d in find_dates(_doc(text)) if d["precision"] == "day"}
    assert found["Dez. 5, 2024"] == "2024-12-05"
    # near miss: a month's days listed without their year are no day ("im Juni 3, 15 und 27 Anträge")
    assert [d for d in find_dates(_doc("im Juni 3, 15 und 27 Anträge")) if d["precision"] == "day"] == []


def test_english_names_do_not_take_german_words_or_times():
    # a name "Jan" before numbers, and a year before a clock time
    assert find_dates(_doc("Jan 29 Teilnehmer, 2026 geplant")) == []
    assert find_dates(_doc("Haushalt 2026 Mai 12:30 Uhr")) == []


# --- one parser for the spiders and the extractors ---------------------------

def test_parse_day_of_portal_fields():
    # corpus/allris/laatzen-allris4/vo020-1000238.html: "<div>25.08.2026</div>";
    # tests/fixtures/sessionnet/koblenz_vo0050-43205.php.html: footer "Letzte Änderung: 30.09.2026 17:01:12"
    assert parse_day("25.08.2026") == "2026-08-25"
    assert parse_day("Letzte Änderung: 30.09.2026 17:01:12") == "2026-09-30"
    assert parse_day("Mo, 03.11.2025") == "2025-11-03"
    assert parse_day("1. Dezember 2021") == "2021-12-01"
    assert parse_day("Juli 2012") is None  # a month is not a day
    assert parse_day("31.13.2020") is None


def test_parse_day_of_oparl_values():
    # OParl date fields hold an ISO date or date-time; some servers send DD.MM.YYYY
    assert parse_day("2021-09-16T00:00:00+02:00") == "2021-09-16"
    assert parse_day("16.09.2021") == "2021-09-16"
    assert parse_day("2021-02-30") is None
    assert parse_datetime("2021-09-16T10:00:00+02:00") == "2021-09-16T10:00:00+02:00"
    assert parse_datetime("gestern") is None


def test_range_start_is_the_day():
    # corpus/documents/karlsruhe/2022-2256_642279.txt (see test_range_with_shared_month)
    assert parse_day("Beschluss vom 8./9. Februar 2022") == "2022-02-08"


def test_date_re_reads_every_form():
    for text, iso in [("14.03.2017", "2017-03-14"), ("13.10.11", "2011-10-13"),
                      ("5. März 2024", "2024-03-05"), ("2017-03-14", "2017-03-14"),
                      ("2026 Oct 21", "2026-10-21"), ("Jan 29, 2026", "2026-01-29"),
                      ("23. 9, 2008", "2008-09-23")]:
        m = DATE_RE.fullmatch(text)
        assert m and iso_of_match(m) == iso, text
    assert iso_of_match(DATE_RE.search("am 31.02.2017")) is None


def test_split_search_gives_the_matches_of_the_whole_pattern():
    # each pattern of extract.dates._SPLIT is searched without its opening
    # guard (lookbehinds, a word boundary) and the guard checked where a match
    # starts: the same matches as the pattern's own finditer, on the recorded
    # papers of tests/fixtures and on near misses of each guard
    from pathlib import Path

    from extract.dates import _SPLIT, _finditer
    from extract.document import read_document

    fixtures = Path(__file__).parent.parent / "fixtures"
    texts = [read_document(str(p)).text
             for p in sorted((fixtures / "publish" / "karlsruhe").glob("*.txt"))]
    texts.append(read_document(str(fixtures / "documents"
                                   / "koblenz_UV-0310-2025_Unterrichtungsvorlage.pdf")).text)
    texts.append("Frist:Juli 2012, bisJuli 2012, xJan 29, 2026, Jan 29, 2026, imJahr 2018, "
                 "im Jahr 2018, 1.14.03.2017, 14.03.2017, 3/14.03.2017, x2017-03-14, "
                 "2017-03-14, 2026 Oct 21, 12026 Oct 21, 23. 9, 2008, 3 SEPTEMBER 2020, "
                 "3 ſeptember 2020, 4. Au-\n gust 2021, 1.Mai.2021, 1.1.Mai 2021, x12 Oct 2026")
    for rx in _SPLIT:
        for text in texts:
            whole = [(m.span(), m.groupdict()) for m in rx.finditer(text)]
            split = [(m.span(), m.groupdict()) for m in _finditer(rx, text)]
            assert split == whole, rx.pattern[:40]
    assert len(_SPLIT) == 8  # every pattern split as intended


def test_every_month_name_in_any_case():
    from extract.dates import MONTHS

    for name, month in MONTHS.items():
        for written in (name, name.capitalize(), name.upper()):
            found = find_dates(_doc(f"am 3. {written} 2020 und am 14 {written}. 2021"))
            assert [d["date"] for d in found] == [f"2020-{month:02d}-03", f"2021-{month:02d}-14"], written


def _oparl_date_values() -> set[str]:
    """Every date and date-time value in the recorded OParl answers."""
    import json
    from pathlib import Path
    keys = {"date", "startDate", "endDate", "start", "end", "created", "modified", "deleted"}
    values: set[str] = set()

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in keys and isinstance(value, str):
                    values.add(value)
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in (Path(__file__).parents[1] / "fixtures").rglob("*.json"):
        try:
            walk(json.loads(path.read_text(encoding="utf-8-sig")))
        except ValueError:
            continue  # recorded broken answers
    return values


def test_oparl_values_read_as_the_general_rules_read_them():
    # parse_day answers ISO values without running every date rule; what it
    # answers must be what the rules find in the value
    import extract.dates as dates
    values = _oparl_date_values() | {"2021-02-30", "2021-09-16T00:00:00Z", "2024-01-02T10:00:00.123+0100",
                                     "2021-09-16T24:00", "0999-01-01"}
    assert len(values) > 100
    for value in sorted(values):
        found = dates._day_dates(dates._Text(value))
        general = min(found, key=lambda d: (d["start"], d["end"]))["date"] if found else None
        assert parse_day(value) == general, value


def test_day_with_the_month_written_out_in_an_earlier_century():
    # tests/fixtures/archived/aschaffenburg_meeting_28769570.txt (Ehrengrab): "geb. am 13. April 1873,
    # verstorben am 26. Juli 1926"; figures alone keep to recent years ("Kostenstelle 1.464715")
    path = Path(__file__).resolve().parents[1] / "fixtures" / "archived" / "aschaffenburg_meeting_28769570.txt"
    days = _days(read_document(str(path)))
    assert "1873-04-13" in days and "1926-07-26" in days
    assert _days(_doc("Am 13.04.1873 und 13.04.0873")) == []


def test_stray_blank_before_the_dot_of_a_four_digit_year():
    # Walkertshofen (komuna agenda item): "In der Zeit vom 15.02 .2021 bis 19.03.2021 fand die
    # öffentliche Auslegung statt."
    doc = read_document(str(Path(__file__).resolve().parents[1] / "fixtures" / "archived"
                            / "walkertshofen_agendaitem_82486913.txt"))
    # the page's day dates: the meeting, the display period, the statements' dates ("04.02.21")
    assert sorted(set(_days(doc))) == [
        "2021-02-04", "2021-02-09", "2021-02-15", "2021-02-22", "2021-02-24", "2021-03-15",
        "2021-03-17", "2021-03-19", "2021-05-18"]
    _check_offsets(doc)


def test_year_first_dates_with_dots_as_attachment_names_print_them():
    # Kleve (a paper page of the city's RIS): its attachments "- 2012-10-30 Anregung Kreis Kleve_1.pdf" ...
    # "- 2012.10.25 Anregung Telekom_1.pdf"
    doc = read_document(str(Path(__file__).resolve().parents[1] / "fixtures" / "archived" / "kleve_vorlage_705-IX.txt"))
    assert "2012-10-25" in _days(doc)
    _check_offsets(doc)
    # near misses: a number of more parts, mixed separators, no month 13
    assert _days(_doc("Konto 2012.10.25.01")) == []
    assert _days(_doc("Nr. 2012.10-25")) == []
    assert _days(_doc("Stand 2012.13.01")) == []
