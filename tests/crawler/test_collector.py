"""What exists when a crawl starts is left out of garbage collections while
the spider runs, and given back when it closes."""
from __future__ import annotations

import gc

from scrapy import signals
from scrapy.utils.test import get_crawler

from crawler.collector import FreezeAtStart
from crawler.spiders.ris import RisSpider


def test_objects_alive_at_the_start_are_frozen_while_the_spider_runs():
    crawler = get_crawler(RisSpider)
    extension = FreezeAtStart.from_crawler(crawler)  # noqa: F841 (signals hold it weakly)
    spider = RisSpider()
    assert gc.get_freeze_count() == 0
    crawler.signals.send_catch_log(signals.spider_opened, spider=spider)
    assert gc.get_freeze_count() > 1000  # the modules, settings and the spider
    crawler.signals.send_catch_log(signals.spider_closed, spider=spider, reason="finished")
    assert gc.get_freeze_count() == 0
