"""Settings of the crawl that decide what the portals send."""
from scrapy.downloadermiddlewares.defaultheaders import DefaultHeadersMiddleware
from scrapy.http import Request
from scrapy.settings import Settings


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
