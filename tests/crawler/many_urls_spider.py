"""Test harness: the `ris` spider started from a list of entry URLs in ONE
process, without Redis, as the reference a distributed crawl of the same
URLs must equal. Only ``start()`` differs; callbacks, middlewares and
pipelines are the real ones.

    scrapy runspider tests/crawler/many_urls_spider.py -a urls_file=urls.txt
"""
from __future__ import annotations

from pathlib import Path

import scrapy

from crawler.spiders.ris import RisSpider


class ManyUrlsRisSpider(RisSpider):
    name = "ris"

    def __init__(self, urls_file=None, **kwargs):
        super().__init__(**kwargs)
        self.urls_file = urls_file

    async def start(self):
        for url in Path(self.urls_file).read_text(encoding="utf-8").split():
            yield scrapy.Request(url, callback=self.parse_entry, dont_filter=True,
                                 meta={"vendor": None, "source": None})
