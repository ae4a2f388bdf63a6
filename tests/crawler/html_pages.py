"""Recorded portal pages as Scrapy responses, for the parse-function tests.

Each page is served as the portal served it: the bytes of the recorded file,
the original URL (see tests/fixtures/SOURCES.md) and, where the recording
knows it, the Content-Type header with its charset."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from scrapy.http import HtmlResponse

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@lru_cache(maxsize=None)
def page(folder: str, name: str, url: str, content_type: str = "text/html") -> HtmlResponse:
    body = (FIXTURES / folder / name).read_bytes()
    return HtmlResponse(url=url, body=body, headers={"Content-Type": content_type})
