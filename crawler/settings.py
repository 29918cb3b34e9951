"""Scrapy settings for nianbao: polite defaults for real portals, our own settings at the end.

Our settings (override with `scrapy crawl reports -s NAME=value` or the Makefile variables):

- NIANBAO_DB: SQLite database the pipelines write (default data/nianbao.db).
- NIANBAO_ARCHIVE: folder of the WARC files every response is archived to (default data/archive).
- NIANBAO_CONTACT_URL: where portal operators can learn who is crawling; goes in the User-Agent.
- NIANBAO_MAX_LIST_PAGES: how many pages of one list we follow before deciding it is a trap.
- NIANBAO_MAX_NAV_DEPTH: how many navigation clicks from a front page we search for 年报 columns.
"""

BOT_NAME = "nianbao"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

NIANBAO_DB = "data/nianbao.db"
NIANBAO_ARCHIVE = "data/archive"
NIANBAO_CONTACT_URL = "https://github.com/nianbao/nianbao"
NIANBAO_MAX_LIST_PAGES = 200
NIANBAO_MAX_NAV_DEPTH = 3

# The User-Agent names the project and NIANBAO_CONTACT_URL (filled in by the spider, so
# `-s NIANBAO_CONTACT_URL=...` is enough); set USER_AGENT itself to replace it whole.
NIANBAO_USER_AGENT = "nianbao/0.1 (+{contact}; research crawler of annual disclosure reports)"

# Polite by default: a county server is small and shared with the citizens it serves.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# A page slower than a minute, or bigger than 30 MB, is recorded as an error, not waited for
# (tests/test_faults.py plays both, with DOWNLOAD_TIMEOUT lowered).
DOWNLOAD_TIMEOUT = 60
DOWNLOAD_MAXSIZE = 30 * 1024 * 1024
DOWNLOAD_WARNSIZE = 10 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 10

# Only the region's hosts, never a non-public address (except demo portals and local
# mirrors): checked first (50), so a refused host is not even asked for its robots.txt, and
# recorded, unlike Scrapy's OffsiteMiddleware, which drops what it refuses silently.
# Every response is archived before anything parses it: after decompression (590) and
# redirects (600) have run, before retries (550), so failed attempts are archived too.
# A redirect back into its own chain is refused before RedirectMiddleware (600) follows it.
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "crawler.middlewares.StayOnTargetMiddleware": 50,
    "crawler.middlewares.WarcArchiveMiddleware": 580,
    "crawler.middlewares.RedirectLoopMiddleware": 650,
}
EXTENSIONS = {
    "crawler.lock.RunLock": 0,
}
ITEM_PIPELINES = {
    "crawler.pipelines.ParsePipeline": 300,
    "crawler.pipelines.StorePipeline": 800,
}

# Responses for non-2xx statuses still reach the spider so their outcome is recorded.
HTTPERROR_ALLOW_ALL = True

FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
# No control ports: a cron crawler listens on nothing.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
