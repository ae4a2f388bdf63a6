"""crawler/settings.py holds production settings only: every setting it
names is read, by Scrapy 2.19 or by our own components, and no component
exists for tests; the settings that decide what the portals send."""
from __future__ import annotations

from pathlib import Path

import pytest
import scrapy
from scrapy.downloadermiddlewares.defaultheaders import DefaultHeadersMiddleware
from scrapy.http import Request
from scrapy.settings import Settings

from crawler import settings

OWN = {"PROJECT_URL"}  # a value the settings module builds USER_AGENT from


def source(root: Path, leave_out: Path | None = None) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in root.rglob("*.py") if p != leave_out)


SCRAPY_SOURCE = source(Path(scrapy.__file__).parent)
OUR_SOURCE = source(Path(settings.__file__).parent, leave_out=Path(settings.__file__))
NAMES = [n for n in dir(settings) if n.isupper() and n not in OWN]


def quoted(name: str, text: str) -> bool:
    return f'"{name}"' in text or f"'{name}'" in text


@pytest.mark.parametrize("name", NAMES)
def test_every_setting_is_read(name):
    """The name occurs quoted in Scrapy's code or in ours (beside
    settings.py): a setting Scrapy dropped, like
    REQUEST_FINGERPRINTER_IMPLEMENTATION, does not."""
    assert quoted(name, SCRAPY_SOURCE) or quoted(name, OUR_SOURCE), name


def test_a_dropped_setting_is_noticed():
    assert not quoted("REQUEST_FINGERPRINTER_IMPLEMENTATION", SCRAPY_SOURCE + OUR_SOURCE)


@pytest.mark.parametrize("components", ["DOWNLOADER_MIDDLEWARES", "SPIDER_MIDDLEWARES",
                                        "ITEM_PIPELINES", "EXTENSIONS", "ADDONS"])
def test_no_test_or_replay_component_in_production(components):
    """The replay router (offline demo, tests) is added by
    crawler.replay.routing_settings, not named here."""
    names = list(getattr(settings, components, {}))
    assert not [n for n in names if n.startswith(("tests.", "crawler.replay"))], names


def test_requests_ask_for_german_pages():
    # localised portals (newer ALLRIS) print English month names for Scrapy's
    # default "Accept-Language: en"
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    middleware = DefaultHeadersMiddleware(settings.getdict("DEFAULT_REQUEST_HEADERS").items())
    request = Request("https://ratsinfo.example/public/vo020")
    middleware.process_request(request)
    assert request.headers[b"Accept-Language"].startswith(b"de")
    assert request.headers[b"Accept"].startswith(b"text/html")
