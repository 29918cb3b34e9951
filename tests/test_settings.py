"""Polite by default on real portals; only the demo region turns the delays off."""

from scrapy.crawler import Crawler
from scrapy.utils.project import get_project_settings

from crawler.spiders.reports import ReportsSpider


def _crawler(region: str, **settings: object) -> Crawler:
    project = get_project_settings()
    project.setdict(settings, priority="cmdline")
    crawler = Crawler(ReportsSpider, project)
    ReportsSpider.from_crawler(crawler, region=region)
    return crawler


def test_real_regions_are_crawled_politely():
    settings = _crawler("220284").settings  # 磐石市: a real portal
    assert settings.getbool("ROBOTSTXT_OBEY") and settings.getbool("AUTOTHROTTLE_ENABLED")
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") <= 2
    assert settings.getfloat("DOWNLOAD_DELAY") >= 1
    assert settings.get("USER_AGENT") == (
        "nianbao/0.1 (+https://github.com/nianbao/nianbao; research crawler of annual "
        "disclosure reports)")


def test_the_contact_url_goes_into_the_user_agent():
    settings = _crawler("220284", NIANBAO_CONTACT_URL="mailto:lab@example.edu").settings
    assert "(+mailto:lab@example.edu;" in settings.get("USER_AGENT")
    assert _crawler("220284", USER_AGENT="mine/1").settings.get("USER_AGENT") == "mine/1"


def test_only_the_demo_turns_the_delays_off():
    settings = _crawler("demo").settings
    assert settings.getfloat("DOWNLOAD_DELAY") == 0
    assert not settings.getbool("AUTOTHROTTLE_ENABLED")
    assert settings.getbool("ROBOTSTXT_OBEY")
