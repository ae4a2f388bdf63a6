"""Report pages told apart from council papers, portal pages and minutes."""
from __future__ import annotations

from pathlib import Path

from extract.document import read_document
from extract.report_pages import is_report_page

from tests.extract.snippets import snippet_text

ARCHIVED = Path(__file__).resolve().parents[1] / "fixtures" / "archived"


def archived_text(name: str) -> str:
    return read_document(str(ARCHIVED / name)).text


def test_news_reports_and_posts_are_report_pages():
    for name in ("neubulach_gr_bericht_gewerke_2018-11.txt", "passau_str_bericht_strasseninstandsetzung-2024.txt",
                 "suessen_gr_bericht_vereinsfoerderung_2020-06-29.txt", "hoevelhof_gr_antraege_2015.txt"):
        assert is_report_page(archived_text(name)), name
    assert is_report_page(snippet_text("seehof_gv_bericht_haushalt-2020.txt"))


def test_papers_portal_pages_and_minutes_are_no_report_pages():
    # labels of a paper's parts ("Sachvortrag:", "Art" / "Beschlussvorlage" ... "Sachdarstellung:"),
    # a form's labels run together ("Gremium: Sitzung am: TOP-Nr:"), a portal's result label,
    # minutes ("Der Vorsitzende eröffnet die Sitzung")
    for name in ("schwaebisch-hall_paragraph_6649152.txt", "kreis-borken_vo0050_19396.txt",
                 "waldkirch_sitzungsvorlage_GR027-11.txt", "hilzingen_ris_sitzung_99.txt",
                 "senden_agendaitem_179744774.txt"):
        assert not is_report_page(archived_text(name)), name
    assert not is_report_page(snippet_text("berglen_to0050-9054_bekanntgabe.txt"))
