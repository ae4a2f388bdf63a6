"""The record classes of extract.records carry the keys the extraction
contract names (tests/fixtures/contract/extraction.md, a copy of the
contract), and the pipeline writes exactly those keys."""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from extract.pipeline import CONTRACT_KEYS, extract_file
from extract.records import Amount, Consultation, Decision, as_contract, output_fields

CONTRACT = Path(__file__).parent.parent / "fixtures" / "contract" / "extraction.md"
DOCUMENTS = Path(__file__).parent.parent / "fixtures" / "documents"
# beyond the contract's keys, an amount of the output names who pays a grant
# and from which programme
AMOUNT_EXTRAS = {"funder", "programme"}


def contract_table() -> dict[str, str]:
    """key -> meaning, from the rows of the contract's key table."""
    rows = {}
    for line in CONTRACT.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\| `(\w+)` \| [^|]+ \| (.+) \|$", line)
        if m:
            rows[m.group(1)] = m.group(2)
    return rows


def item_keys(key: str) -> list[str]:
    """The keys of the items of a list field: the first ``{...}`` of its meaning."""
    braces = re.search(r"`\{([^}]+)\}`", contract_table()[key])
    return [k.strip() for k in braces.group(1).split(",")]


def test_the_record_keys_are_the_contracts_in_its_order():
    assert tuple(contract_table()) == CONTRACT_KEYS


@pytest.mark.parametrize("key, cls, extras", [
    ("consultations", Consultation, set()),
    ("amounts", Amount, AMOUNT_EXTRAS),
    ("decisions", Decision, set()),
])
def test_record_fields_are_the_contracts_keys(key, cls, extras):
    keys = item_keys(key)
    assert set(output_fields(cls)) == set(keys) | extras
    internal = [f.name for f in dataclasses.fields(cls) if f.name not in output_fields(cls)]
    assert not set(internal) & set(keys)


def test_a_beratungsfolge_rows_result_is_internal():
    assert item_keys("consultations") == ["committee", "date", "role", "public", "agenda_item"]
    row = Consultation("Jugendhilfeausschuss", "2013-11-05", result="einstimmig beschlossen")
    assert as_contract(row) == {"committee": "Jugendhilfeausschuss", "date": "2013-11-05",
                                "role": None, "public": None, "agenda_item": None}


@pytest.mark.parametrize("name, key, cls", [
    # Koblenz, Unterrichtungsvorlage UV/0310/2025: a Gremienweg table, "17,3 Mio. €"
    ("koblenz_UV-0310-2025_Unterrichtungsvorlage.pdf", "consultations", Consultation),
    ("koblenz_UV-0310-2025_Unterrichtungsvorlage.pdf", "amounts", Amount),
    # Stuttgart, minutes of the Gemeinderat 28.03.2019: an election with its votes
    ("stuttgart_gr_2019-03-28_Niederschrift-66_TOP1e.pdf", "decisions", Decision),
])
def test_a_papers_lists_carry_the_record_keys(name, key, cls):
    items = extract_file(str(DOCUMENTS / name))[key]
    assert items
    for item in items:
        assert tuple(item) == output_fields(cls)
