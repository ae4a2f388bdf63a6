"""Entities with offsets into the document text, on snippets of real papers."""
from __future__ import annotations

import pytest

from extract.document import Document
from extract.entities import find_entities

from tests.extract.snippets import snippet_doc, snippet_text


@pytest.fixture(scope="module")
def bruehl():
    # seeds/001 (Brühl), the flattened paper text
    return find_entities(snippet_doc("seed_001_content_beschlussentwurf.txt"))


def labelled(entities, label):
    return [e["text"] for e in entities if e["label"] == label]


def test_offsets_point_into_the_text(bruehl):
    text = snippet_text("seed_001_content_beschlussentwurf.txt")
    assert bruehl and all(text[e["start"]:e["end"]] == e["text"] for e in bruehl)


def test_accounts(bruehl):
    # "Mittel stehen zur Verfügung bei SK 414100 / KST 36010000"
    assert labelled(bruehl, "ACCOUNT") == ["SK 414100", "KST 36010000"]


def test_programme_in_quotes(bruehl):
    # 'Landesinitiative "Kein Kind zurücklassen! Für ganz NRW!"'
    assert "Kein Kind zurücklassen! Für ganz NRW!" in labelled(bruehl, "PROGRAM")


def test_committees_are_organisations(bruehl):
    assert {"Jugendhilfeausschuss", "Sozialausschuss"} <= set(labelled(bruehl, "ORG"))


def test_place_after_stadt(bruehl):
    # "Teilnahmezusage für die Stadt Brühl"
    assert "Brühl" in labelled(bruehl, "LOC")


@pytest.mark.parametrize("text, law", [
    ("Einleitung vorbereitender Untersuchungen gem. § 141 BauGB", "§ 141 BauGB"),  # Karlsruhe 2019-0003
    ("gemäß §§ 117 und 119 Abs. 5 NKomVG", "§§ 117 und 119 Abs. 5 NKomVG"),  # Braunschweig Protokoll
    ("die SGB II- Quote (NEF- Quote)", "SGB II"),  # seeds/004 (Krefeld)
])
def test_laws(text, law):
    entities = find_entities(Document(source="inline", text=text, kind="text"))
    assert labelled(entities, "LAW") == [law]


def test_people_after_a_title():
    # Karlsruhe 2021-0320 Niederschrift: "Der Vorsitzende: Oberbürgermeister Dr. Frank Mentrup"
    text = snippet_text("karlsruhe_2021-0320_625540_head.txt")
    entities = find_entities(Document(source="inline", text=text, kind="text"))
    assert "Frank Mentrup" in labelled(entities, "PER")


def test_a_role_is_not_a_person(bruehl):
    # "Der Bürgermeister Dienststelle Sachbearbeiter/in"
    assert not any("Dienststelle" in t for t in labelled(bruehl, "PER"))


def test_empty_text_has_no_entities():
    assert find_entities(Document(source="inline", text="  \n", kind="text")) == []
