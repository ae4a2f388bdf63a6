"""Scrapy settings of the `ris` crawler. Politeness lives here, in one place."""
import os

from crawler import store

BOT_NAME = "ris"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

PROJECT_URL = "https://github.com/ris-toolkit/ris-toolkit"
USER_AGENT = f"ris-toolkit/0.1 (+{PROJECT_URL}; council papers research crawler)"
# German pages: Scrapy asks for English ones by default, and portals that follow
# the header (newer ALLRIS) then print English month names ("Jan 29, 2026").
DEFAULT_REQUEST_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "de-DE,de;q=0.9",
}

# Politeness: obey robots.txt, one request at a time per host, adaptive delay,
# retries with back-off (429 and Retry-After honoured by RetryAfterMiddleware).
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1.0
DOWNLOAD_DELAY_JITTER = 0.5  # ±50% random variation of the delay
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 60
DOWNLOAD_MAXSIZE = 256 * 1024 * 1024  # budget PDFs reach 40 MB; nothing sane is larger
RETRY_ENABLED = True
RETRY_TIMES = 4
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
# seconds of the first back-off; doubled on each further retry of a request
RETRY_BACKOFF_BASE = 2.0
RETRY_BACKOFF_MAX = 300.0
# A host that does not resolve or answer is retried once, not RETRY_TIMES:
# offline, a crawl gives up within seconds instead of minutes.
RIS_RETRY_UNREACHABLE_TIMES = 1
DNS_TIMEOUT = 10
# Requests that fail for good are counted and logged once by FailureMiddleware
# (ris/failed/<kind>); Scrapy's own give-up line is no second ERROR.
RETRY_GIVE_UP_LOG_LEVEL = "INFO"
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.RetryAfterMiddleware": 550,
    # below robots.txt (100) and retries (550): sees what they gave up
    "crawler.middlewares.FailureMiddleware": 90,
    # off unless RIS_REPARSE: answers from the kept responses, nothing else
    "crawler.keep.KeptResponses": 10,
}
# Files stream to disk as they arrive (crawler/pipelines/files.py); other
# requests are handled as by Scrapy's own HTTP/1.1 handler.
DOWNLOAD_HANDLERS = {
    "http": "crawler.pipelines.files.StreamingDownloadHandler",
    "https": "crawler.pipelines.files.StreamingDownloadHandler",
}
SPIDER_MIDDLEWARES = {
    # above Scrapy's HttpErrorMiddleware (50): error statuses counted, not ignored
    "crawler.middlewares.HttpFailureMiddleware": 60,
    # which portal each request and item belongs to (crawler/crawl_runs.py)
    "crawler.crawl_runs.PortalMiddleware": 90,
    "crawler.middlewares.ProvenanceMiddleware": 100,
    # keeps every parsed response (RIS_KEEP, beside RIS_DB) for `ris reparse`
    "crawler.keep.KeepMiddleware": 950,
}

ITEM_PIPELINES = {
    "crawler.pipelines.validate.ValidatePipeline": 100,
    "crawler.pipelines.files.RisFilesPipeline": 200,
    "crawler.pipelines.database.DatabasePipeline": 300,
}

# Where things go. RIS_DB: the SQLite file (env RIS_DB, else store.DEFAULT_DB).
RIS_DB = store.db_path()
FILES_STORE = os.environ.get("RIS_FILES", "data/files")
FILES_EXPIRES = 3650
MEDIA_ALLOW_REDIRECTS = True
# Download the documents of File items (FilesPipeline) ...
RIS_DOWNLOAD_FILES = True
# ... and run extraction on each downloaded file, storing its results with the paper.
RIS_EXTRACT = True
# Items per database transaction, and the longest a partial batch waits.
RIS_DB_BATCH = 200
RIS_DB_FLUSH_SECONDS = 30

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = os.environ.get("RIS_LOG_LEVEL", "INFO")

# A JOBDIR is resumed only after a clean stop; a finished or killed job
# starts afresh (crawler/jobdir.py).
EXTENSIONS = {
    "crawler.jobdir.JobDirGuard": 0,
    # one crawl_runs row per portal and crawl: what it gave, what failed
    "crawler.crawl_runs.CrawlRuns": 0,
    # what exists when the crawl starts is left out of garbage collections
    "crawler.collector.FreezeAtStart": 0,
}

# Distributed mode (crawler/distributed.py): switched on by RIS_REDIS_URL.
ADDONS = {"crawler.distributed_mode.Distributed": 0}
