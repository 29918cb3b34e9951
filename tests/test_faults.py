"""The fault portal (seeds/demo-faults) crawled twice through `make crawl`: each way a county
server fails ends as a `documents` row with its outcome and reason, both runs complete, and
every report the server does serve is stored. Then the guard that keeps a crawl on its
region's hosts, unit-tested without a network."""

from __future__ import annotations

import asyncio
import subprocess
import tomllib
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import pytest
import sqlite_utils
from scrapy import Request
from scrapy.exceptions import IgnoreRequest

import storage
from crawler.faults import is_binary
from crawler.middlewares import StayOnTargetMiddleware, on_site
from crawler.portal_server import GENERATION, serve
from crawler.spiders.reports import ReportsSpider
from tests.conftest import ROOT, make_crawl
from tests.test_portal_server import fetch

MANIFEST = tomllib.loads((ROOT / "seeds/demo-faults/manifest.toml").read_text("utf-8"))
CASES = {case["name"]: case for case in MANIFEST["cases"]}
LIST_CAP = 5
# Low enough that the 20 s page times out (4 attempts: 8 s), the list cap low enough to count.
SETTINGS = f"DOWNLOAD_TIMEOUT=2 NIANBAO_MAX_LIST_PAGES={LIST_CAP}"

# (outcome, reason) each case must come to, in both runs. dup-a / dup-b: see their test.
EXPECTED = {
    "plain": ("report", None),
    "plain2": ("report", None),
    "flaky": ("report", None),
    "down": ("error", "HTTP 503 after 3 retries"),
    "slow": ("error", "timeout after 3 retries"),
    "loop": ("error", "redirect loop"),
    "moved": ("error", "offsite redirect to 127.0.0.22"),
    "mislabelled": ("report", None),
    "nocharset": ("report", None),
    "cut": ("report", None),
    "short": ("error", "truncated response after 3 retries"),
    "stream": ("error", "response over size cap"),
    "huge": ("error", "response over size cap"),
    "garbage": ("error", "binary content served as text/html"),
    "changing": ("report", None),
    "robots": ("error", "robots.txt disallows"),
}
# Refused before a request was sent, or no whole response came back.
NO_RESPONSE = ("loop", "moved", "robots", "slow", "short", "stream", "huge")


@dataclass
class FaultCrawl:
    runs: dict[str, sqlite_utils.Database]  # "first": a copy after run 1; "second": after run 2
    archive: Path


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> FaultCrawl:
    """Two runs; the second sees the portal's next edition (NIANBAO_DEMO_GENERATION=2)."""
    folder = tmp_path_factory.mktemp("faults")
    db, archive, first = folder / "nianbao.db", folder / "archive", folder / "first.db"
    make_crawl(db, archive, "demo-faults", settings=SETTINGS)
    source = sqlite_utils.Database(db)
    source.execute(f"VACUUM INTO '{first}'")
    source.close()
    make_crawl(db, archive, "demo-faults", settings=SETTINGS, NIANBAO_DEMO_GENERATION=2)
    return FaultCrawl({"first": sqlite_utils.Database(first),
                       "second": sqlite_utils.Database(db)}, archive)


def _document(db: sqlite_utils.Database, url: str) -> dict:
    rows = list(db["documents"].rows_where("url = ?", [url]))
    assert len(rows) == 1, url
    return rows[0]


def _reports(db: sqlite_utils.Database) -> dict[tuple[str, int], str]:
    return {(name, year): url for name, year, url in db.execute(
        "select a.short_name, r.year, r.url from reports r join agencies a on a.id = r.agency_id")}


@pytest.mark.parametrize("run", ["first", "second"])
@pytest.mark.parametrize("case", EXPECTED)
def test_each_fault_ends_with_its_outcome_and_reason(crawl: FaultCrawl, case: str, run: str):
    document = _document(crawl.runs[run], CASES[case]["url"])
    assert (document["outcome"], document["reason"]) == EXPECTED[case]
    if document["outcome"] == "report":
        key = (CASES[case]["agency_short"], CASES[case]["year"])
        assert _reports(crawl.runs[run])[key] == CASES[case]["url"]


@pytest.mark.parametrize("run", ["first", "second"])
def test_every_report_served_is_stored_and_no_other(crawl: FaultCrawl, run: str):
    served = {(c["agency_short"], c["year"]) for name, c in CASES.items()
              if EXPECTED.get(name, ("report",))[0] == "report" and "year" in c}
    assert served >= {("君塘镇", 2022), ("芭蕉镇", 2023), ("南坝镇", 2023), ("五宝镇", 2023)}
    assert set(_reports(crawl.runs[run])) == served | {("宣汉县人民政府", 2016)}


def _text(db: sqlite_utils.Database, case: str) -> str:
    return db.execute("select r.text from reports r join agencies a on a.id = r.agency_id "
                      "where a.short_name = ? and r.year = ?",
                      [CASES[case]["agency_short"], CASES[case]["year"]]).fetchone()[0]


@pytest.mark.parametrize("case", ["mislabelled", "nocharset"])
def test_gbk_pages_that_misstate_their_charset_read_right(crawl: FaultCrawl, case: str):
    text = _text(crawl.runs["second"], case)
    assert f"宣汉县{CASES[case]['agency_short']}人民政府" in text
    assert "二、主动公开政府信息情况" in text and "\ufffd" not in text


def test_a_page_cut_off_is_the_report_it_holds_so_far(crawl: FaultCrawl):
    text = _text(crawl.runs["second"], "cut")
    assert "二、主动公开政府信息情况" in text and "四、" not in text


@pytest.mark.parametrize("run", ["first", "second"])
def test_the_same_report_under_two_urls_is_one_report(crawl: FaultCrawl, run: str):
    a, b = (_document(crawl.runs[run], CASES[name]["url"]) for name in ("dup-a", "dup-b"))
    report, duplicate = sorted((a, b), key=lambda d: d["outcome"] != "report")
    assert (report["outcome"], duplicate["outcome"]) == ("report", "duplicate")
    assert duplicate["reason"] == f"same report as {report['url']}"
    assert _reports(crawl.runs[run])[("君塘镇", 2022)] == report["url"]


def test_a_report_changed_between_runs_keeps_its_old_text(crawl: FaultCrawl):
    first, second = crawl.runs["first"], crawl.runs["second"]
    old, new = (_text(db, "changing") for db in (first, second))
    assert "更正说明" not in old and "更正说明" in new
    versions = [row["text"] for row in second["report_versions"].rows]
    assert versions == [old]
    runs = list(second["crawl_runs"].rows)
    assert [r["status"] for r in runs] == ["finished", "finished"]
    assert (runs[1]["new"], runs[1]["changed"]) == (0, 1)


def test_a_pager_without_end_is_read_up_to_the_cap(crawl: FaultCrawl):
    db = crawl.runs["second"]
    pages = [r["url"] for r in db["documents"].rows_where(
        "kind = 'list' and url like ?", [MANIFEST["endless"].rsplit("/", 1)[0] + "/%"])]
    assert MANIFEST["endless"] in pages and len(pages) == LIST_CAP
    assert _document(db, MANIFEST["report_2016"])["outcome"] == "report"


def test_a_calendar_is_followed_by_its_year_links_only_two_deep(crawl: FaultCrawl):
    """From the column's calendar (2024-01), its links to 2023 and 2025, theirs to 2022-2026;
    never a day or a month, and no further (sub-columns are followed two deep)."""
    db = crawl.runs["second"]
    fetched = {r["url"] for r in db["documents"].rows_where("url like '%?date=%'")}
    assert fetched == {f"{MANIFEST['annual']}?date={year}" for year in range(2022, 2027)}


def test_what_was_refused_or_failed_was_never_stored_or_archived(crawl: FaultCrawl):
    db = crawl.runs["second"]
    for name in NO_RESPONSE:
        document = _document(db, CASES[name]["url"])
        assert (document["status"], document["archive"], document["sha256"]) == (None,) * 3
    archived = {response.url for response in storage.iter_responses(crawl.archive)}
    assert not any("127.0.0.22" in url or "/nbbak/" in url for url in archived)
    assert CASES["flaky"]["url"] in archived and CASES["down"]["url"] in archived


def test_the_fault_server_plays_its_faults(monkeypatch: pytest.MonkeyPatch):
    """Directly, without a crawler: per-process failures, the next edition, generated pages."""
    handle = serve(ROOT / "seeds/demo-faults/site", "127.0.0.1", 0)

    def get(url: str) -> tuple[int, bytes]:
        """`url` of the portal (path and query), fetched from this server."""
        status, _, body = fetch(handle.url + url.split("/", 3)[3])
        return status, body

    try:
        assert [get(CASES["flaky"]["url"])[0] for _ in range(3)] == [500, 502, 200]
        assert get(CASES["down"]["url"])[0] == 503
        first = get(CASES["changing"]["url"])[1]
        monkeypatch.setenv(GENERATION, "2")
        second = get(CASES["changing"]["url"])[1]
        assert "更正说明".encode() in second and "更正说明".encode() not in first
        hidden = CASES["changing"]["url"].replace(":8800/", ":8800/_generation2/")
        assert (ROOT / "seeds/demo-faults/site" / hidden.split("/", 3)[3]).is_file()
        assert get(hidden)[0] == 404
        status, page = get(MANIFEST["endless"].replace("index.", "index_41."))
        assert status == 200 and b'<a href="index_42.shtml">' in page
        status, page = get(MANIFEST["annual"] + "?date=1999-12")
        assert status == 200 and b'?date=2000-01">' in page
    finally:
        handle.stop()


# --- staying on target, without a network ----------------------------------------------------


def _spider(tmp_path: Path, url: str, *, demo: bool = False) -> ReportsSpider:
    region = tmp_path / "region.toml"
    region.write_text(f'name = "t"\ndemo = {str(demo).lower()}\n\n[[portals]]\nname = "p"\n'
                      f'url = "{url}"\n', encoding="utf-8")
    return ReportsSpider(region=str(region))


def _refusal(spider: ReportsSpider, url: str, **meta: object) -> str | None:
    """The reason StayOnTargetMiddleware refuses `url` with, or None if it lets it through."""
    middleware = StayOnTargetMiddleware(SimpleNamespace(spider=spider))
    try:
        asyncio.run(middleware.process_request(Request(url, meta=meta)))
    except IgnoreRequest as refusal:
        return str(refusal)
    return None


def test_a_region_on_a_private_address_is_refused(tmp_path: Path):
    spider = _spider(tmp_path, "http://10.0.0.1/")
    assert _refusal(spider, "http://10.0.0.1/") == "non-public address 10.0.0.1 refused"
    assert _refusal(spider, "http://10.0.0.1/robots.txt") == (
        "non-public address 10.0.0.1 refused")


@pytest.mark.parametrize(("url", "meta", "reason"), [
    ("http://203.0.113.7/x.pdf", {"allow_offsite": True},
     "non-public address 203.0.113.7 refused"),  # a documentation network: not routable
    ("http://8.8.8.8/gknb/", {}, None),
    ("http://8.8.8.8/x.pdf", {"allow_offsite": True}, None),
    ("http://1.1.1.1/x.pdf", {"allow_offsite": True}, None),
    ("http://192.168.1.10/x.pdf", {"allow_offsite": True}, "non-public address 192.168.1.10 refused"),
    ("http://[::1]/x.pdf", {"allow_offsite": True}, "non-public address ::1 refused"),
    ("http://169.254.169.254/latest", {"allow_offsite": True},
     "non-public address 169.254.169.254 refused"),
    ("http://1.1.1.1/", {}, "offsite link to 1.1.1.1"),
    ("http://1.1.1.1/", {"redirect_urls": ["http://8.8.8.8/a"]}, "offsite redirect to 1.1.1.1"),
    ("http://1.1.1.1/robots.txt", {}, None),  # asked on behalf of an allowed attachment
])
def test_only_the_regions_hosts_and_public_attachments_are_fetched(tmp_path: Path, url, meta,
                                                                   reason):
    spider = _spider(tmp_path, "http://8.8.8.8/")
    assert _refusal(spider, url, **meta) == reason


def test_loopback_is_fetched_only_where_the_crawl_named_it(tmp_path: Path):
    demo = _spider(tmp_path, "http://127.0.0.21:8800/", demo=True)
    assert _refusal(demo, "http://127.0.0.21:8800/xxgk/") is None
    assert _refusal(demo, "http://127.0.0.99/x.pdf", allow_offsite=True) == (
        "non-public address 127.0.0.99 refused")
    mirror = ReportsSpider(url="http://127.0.0.1:8080/gknb/list.html")
    assert _refusal(mirror, "http://127.0.0.1:8080/gknb/list_2.html") is None
    assert _refusal(_spider(tmp_path, "http://127.0.0.1/"), "http://127.0.0.1/") == (
        "non-public address 127.0.0.1 refused")


def test_binary_bytes_are_told_from_text_in_any_encoding():
    seed = (ROOT / "tests/fixtures/seeds/001_92ab445f77af6a12.txt").read_text("utf-8")
    assert not any(is_binary(seed.encode(codec)) for codec in ("utf-8", "gb18030", "utf-16"))
    assert not is_binary(b"%PDF-1.4\n" + bytes(range(256)))
    assert is_binary((ROOT / "seeds/demo-faults/site/xxgk/gknb/202401/garbage.shtml")
                     .read_bytes())


def test_reparse_of_a_faulty_crawl_keeps_every_outcome(crawl: FaultCrawl, tmp_path: Path):
    """`make reparse` over the fault portal's archive: the same outcome and reason for every
    document, the same reports, whatever the network did on the way."""
    copy = tmp_path / "nianbao.db"
    crawl.runs["second"].execute(f"VACUUM INTO '{copy}'")
    result = subprocess.run(["make", "--no-print-directory", "reparse", f"db={copy}",
                             f"archive={crawl.archive}"],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    query = "select url, outcome, reason from documents order by url"
    reparsed = sqlite_utils.Database(copy)
    assert reparsed.execute(query).fetchall() == crawl.runs["second"].execute(query).fetchall()
    assert _reports(reparsed) == _reports(crawl.runs["second"])


def test_a_portals_sibling_subdomains_are_on_target(tmp_path: Path):
    """www.lufeng.gov.cn often keeps its disclosure platform on xxgk.lufeng.gov.cn."""
    spider = _spider(tmp_path, "http://www.lufeng.gov.cn/")
    assert spider.allowed_domains == ["lufeng.gov.cn"]
    assert on_site("xxgk.lufeng.gov.cn", spider.allowed_domains)
    assert on_site("www.lufeng.gov.cn", spider.allowed_domains)
    assert not on_site("lufeng.gov.cn.example.com", spider.allowed_domains)
    assert not on_site("www.lufeng.gov.com", spider.allowed_domains)
