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

USER_AGENT = f"nianbao/0.1 (+{NIANBAO_CONTACT_URL}; research crawler of annual disclosure reports)"

# Polite by default: a county server is small and shared with the citizens it serves.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

DOWNLOAD_TIMEOUT = 60
DOWNLOAD_MAXSIZE = 30 * 1024 * 1024
DOWNLOAD_WARNSIZE = 10 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 10

# Every response is archived before anything parses it: after decompression (590) and
# redirects (600) have run, before retries (550), so failed attempts are archived too.
DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.WarcArchiveMiddleware": 580,
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
TELNETCONSOLE_ENABLED = False
