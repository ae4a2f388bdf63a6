"""The extraction records passed between modules: consultation, amount, decision.

The extractors make these; ``extract.pipeline`` turns them into the dicts of
the extraction contract (``as_contract``) in one place, so the JSON output of
``ris extract --json`` and the database get the same keys. Field order is the
key order of that output.

A field marked ``internal`` is used between extractors and left out of the
output: a Beratungsfolge row's printed ``result`` (read by extract.decisions).
Beyond the contract's keys, an amount carries ``funder`` and ``programme``
(who pays a grant, from which programme), which the database stores.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from functools import cache

_INTERNAL = {"internal": True}


@dataclass(slots=True)
class Consultation:
    """A station of the Beratungsfolge: ``committee``, its meeting's ISO
    ``date``, ``role`` as written, ``public`` (True for ö, False for nö)."""

    committee: str | None
    date: str | None = None
    role: str | None = None
    public: bool | None = None
    agenda_item: str | None = None
    result: str | None = field(default=None, metadata=_INTERNAL)


@dataclass(slots=True)
class Amount:
    """A money amount: ``value`` a decimal string (``"29997.30"``), ``text``
    as written at ``start``:``end`` of the document's text."""

    value: str
    currency: str
    text: str
    period: str | None
    label: str | None
    start: int
    end: int
    page: int | None
    role: str | None = None
    funder: str | None = None
    programme: str | None = None


@dataclass(slots=True)
class Decision:
    """A ``proposal`` or a ``resolution``; ``votes`` holds the keys of
    ``{yes, no, abstain, unanimous}`` the text states, or is None."""

    kind: str
    outcome: str | None
    text: str
    votes: dict | None = None


RECORDS = (Consultation, Amount, Decision)


@cache
def output_fields(cls: type) -> tuple[str, ...]:
    """The names of ``cls``'s fields that go into the output, in order."""
    return tuple(f.name for f in dataclasses.fields(cls) if not f.metadata.get("internal"))


def as_contract(record) -> dict:
    """The output dict of a Consultation, Amount or Decision."""
    return {name: getattr(record, name) for name in output_fields(type(record))}
