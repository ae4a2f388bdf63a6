"""Shared crawl logic of the `ris` spider: arguments, sources, vendor
detection, data-quality counting. Vendor modules (oparl, sessionnet, allris,
muenchen) add their callbacks as mixins on top of this base."""
from __future__ import annotations

import logging
from datetime import date

import scrapy


class BaseRisSpider(scrapy.Spider):
    """Arguments (``-a name=value``):

    url     a portal entry: OParl System/Body/list/object, or an HTML portal's
            start, calendar, list or paper page
    vendor  override vendor detection (oparl, sessionnet, allris, muenchen)
    source  a name from crawler/sources.toml; without url and source every
            enabled source is crawled
    since   YYYY-MM-DD: only what changed (OParl) or happened (HTML) since
    body    restrict an OParl crawl to one body (its id or short name)
    """

    def __init__(self, url=None, vendor=None, source=None, since=None, body=None, **kwargs):
        super().__init__(**kwargs)
        self.url = url
        self.vendor = vendor
        self.source = source
        self.body_filter = body
        self.since = date.fromisoformat(since) if since else None

    def count_problem(self, what: str, url: str, message: str = "", level=logging.WARNING):
        """Count a data-quality problem in the crawl stats
        (``ris/<what>``) and log it with the URL."""
        self.crawler.stats.inc_value(f"ris/{what}")
        self.logger.log(level, "%s: %s %s", what, url, message)
