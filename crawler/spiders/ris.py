"""The one public spider: `scrapy crawl ris`.

It takes a URL, a source name from the registry, or nothing (every enabled
source), recognises what it is fetching (OParl JSON or a vendor's HTML pages)
and hands it to that vendor's callbacks. Callbacks are methods of this spider
(the vendor mixins), so requests serialize for JOBDIR and Redis queues.

    scrapy crawl ris -a url=https://ris.krefeld.de/webservice/oparl/v1.0/system
    scrapy crawl ris -a url=... -a since=2025-01-01 -a body=Krefeld -O items.jsonl
    scrapy crawl ris -a source=krefeld -s RIS_DB=/tmp/ris.db -s JOBDIR=crawls/krefeld

Dispatch: ``start()`` requests each entry with ``parse_entry``, which picks
the vendor (forced with ``-a vendor``, else OParl when the body is OParl JSON,
else ``crawler.spiders.detect.detect_vendor``) and calls
``parse_<vendor>_entry(response)``. Items go through the pipelines
validate -> files (downloads, extraction) -> database (``RIS_DB``).
"""
from __future__ import annotations

from crawler.spiders.allris import AllrisMixin
from crawler.spiders.base import BaseRisSpider
from crawler.spiders.muenchen import MuenchenMixin
from crawler.spiders.oparl import OParlMixin
from crawler.spiders.sessionnet import SessionNetMixin


class RisSpider(OParlMixin, SessionNetMixin, AllrisMixin, MuenchenMixin, BaseRisSpider):
    name = "ris"
