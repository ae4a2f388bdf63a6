"""Items the `ris` spider yields, named after the OParl 1.1 types and derived
from the database schema (``crawler.store.TABLES``): an item has the columns
of its type's table, plus ``type`` and the fields the files pipeline reads
and writes (``ITEM_ONLY``), which are not stored as columns.

Field names are OParl's in snake_case. Every item has a stable ``id`` (the
OParl id, or the portal's base URL plus the vendor's own id for HTML portals)
and provenance (``source_url``, ``vendor``, ``fetched_at``) stamped by
``crawler.middlewares.ProvenanceMiddleware``. ``type`` is the OParl type name,
so feed exports (``-O items.jsonl``) say what each line is.

An object embedded in another (an OParl Paper's Files and Consultations, a
Meeting's AgendaItems and their Files) travels inside its parent's item, in
``embedded``: a list of plain dicts, each with ``type`` and the fields of
that type's item, each stored as a row of its table. One item per object a
portal lists, not one per row, keeps Scrapy's per-item work (middlewares,
signals, pipelines) to what a crawl needs.
"""
from __future__ import annotations

import scrapy

from crawler.store import TABLES

PROVENANCE = ("source_url", "vendor", "fetched_at")
# Fields of items that are no columns: the URLs to download and what the
# download and the extraction gave (the pipelines store their parts), and
# the objects an item embeds.
ITEM_ONLY = {"File": ("file_urls", "files", "extraction"), "Paper": ("embedded",),
             "Meeting": ("embedded",), "AgendaItem": ("embedded",)}


def _item_class(type_name: str, columns) -> type[scrapy.Item]:
    attrs = {f: scrapy.Field() for f in ("type", *columns, *ITEM_ONLY.get(type_name, ()))}

    def __init__(self, *args, **kwargs):
        scrapy.Item.__init__(self, *args, **kwargs)
        self["type"] = type_name

    attrs["__init__"] = __init__
    attrs["__doc__"] = f"An OParl {type_name}."
    return type(type_name, (scrapy.Item,), attrs)


ITEM_TYPES: dict[str, type[scrapy.Item]] = {
    oparl_type: _item_class(oparl_type, columns)
    for oparl_type, columns, _ in TABLES.values() if oparl_type}

Body = ITEM_TYPES["Body"]
Organization = ITEM_TYPES["Organization"]
Person = ITEM_TYPES["Person"]
Meeting = ITEM_TYPES["Meeting"]
AgendaItem = ITEM_TYPES["AgendaItem"]
Paper = ITEM_TYPES["Paper"]
Consultation = ITEM_TYPES["Consultation"]
File = ITEM_TYPES["File"]


def with_embedded(item) -> list:
    """An item and the items it embeds, the item first."""
    embedded = item.get("embedded")
    return [item, *embedded] if embedded else [item]
