"""Items the `ris` spider yields, named after the OParl 1.1 types.

Field names are OParl's in snake_case. Every item has a stable ``id`` (the
OParl id, or the portal's base URL plus the vendor's own id for HTML portals)
and provenance (``source_url``, ``vendor``, ``fetched_at``) stamped by
``crawler.middlewares.ProvenanceMiddleware``. ``type`` is the OParl type name,
so feed exports (``-O items.jsonl``) say what each line is.
"""
from __future__ import annotations

import scrapy

PROVENANCE = ("source_url", "vendor", "fetched_at")
COMMON = ("id", "type", "name", "web", "created", "modified", "deleted") + PROVENANCE


def _item_class(type_name: str, *fields: str) -> type[scrapy.Item]:
    attrs = {f: scrapy.Field() for f in COMMON + fields}

    def __init__(self, *args, **kwargs):
        scrapy.Item.__init__(self, *args, **kwargs)
        self["type"] = type_name

    attrs["__init__"] = __init__
    attrs["__doc__"] = f"An OParl {type_name}."
    return type(type_name, (scrapy.Item,), attrs)


Body = _item_class(
    "Body", "system", "short_name", "ags", "rgs", "website", "license",
    "classification", "oparl_since",
)
Organization = _item_class(
    "Organization", "body", "short_name", "organization_type", "classification",
    "start_date", "end_date", "website",
)
Person = _item_class(
    "Person", "body", "family_name", "given_name", "form_of_address", "title",
    "gender", "status",
)
Meeting = _item_class(
    "Meeting", "body", "meeting_state", "cancelled", "start", "end", "location",
    "organization",
)
AgendaItem = _item_class(
    "AgendaItem", "meeting", "number", "order", "public", "consultation",
    "result", "resolution_text", "votes",
)
Paper = _item_class(
    "Paper", "body", "reference", "date", "paper_type", "related_paper",
    "main_file", "auxiliary_file", "originator", "under_direction_of",
)
Consultation = _item_class(
    "Consultation", "paper", "agenda_item", "meeting", "organization",
    "organization_name", "date", "role", "authoritative", "public", "result",
    "votes", "outcome",
)
File = _item_class(
    "File", "paper", "file_name", "mime_type", "date", "size", "sha1_checksum",
    "access_url", "download_url", "text", "file_urls", "files", "path",
    "checksum", "extraction", "extracted_checksum", "extraction_error", "meeting",
    "agenda_item",
)

ITEM_TYPES = {cls.__name__: cls for cls in
              (Body, Organization, Person, Meeting, AgendaItem, Paper, Consultation, File)}
