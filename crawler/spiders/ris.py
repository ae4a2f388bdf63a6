"""The one public spider: `scrapy crawl ris`.

It takes a URL, a source name from the registry, or nothing (every enabled
source), recognises what it is fetching (OParl JSON or a vendor's HTML pages)
and hands it to that vendor's callbacks. Callbacks are methods of this spider
(the vendor mixins), so requests serialize for JOBDIR and Redis queues.
"""
from __future__ import annotations

from crawler.spiders.allris import AllrisMixin
from crawler.spiders.base import BaseRisSpider
from crawler.spiders.muenchen import MuenchenMixin
from crawler.spiders.oparl import OParlMixin
from crawler.spiders.sessionnet import SessionNetMixin


class RisSpider(OParlMixin, SessionNetMixin, AllrisMixin, MuenchenMixin, BaseRisSpider):
    name = "ris"
