"""Generate the fault portal (seeds/demo-faults/site) and seeds/demo-faults/manifest.toml.

One mock county portal (宣汉县, the demo's .shtml platform, on 127.0.0.21) whose 年报 column
lists, besides ordinary reports, a page for each way a county server fails a crawler. The
pages are the demo's templates and generated report texts (seeds/demo); the failures are
configured in the site's `_portal.json` and played by crawler/portal_server.py. The output
is committed; the crawl serves it, it never runs this script.

    .venv/bin/python seeds/demo-faults/build.py
"""

from __future__ import annotations

import dataclasses
import json
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT / "seeds" / "demo"), str(ROOT)]  # the demo's generators; crawler

import build as demo  # noqa: E402
import platforms as pf  # noqa: E402
import reportgen as rg  # noqa: E402

from crawler.portal_server import calendar_box, endless_pager  # noqa: E402

SITE = HERE / "site"
ELSEWHERE = "127.0.0.22:8800"  # another host, outside the region: redirects there are refused
XUANHAN = rg.County("宣汉县", "四川省", "达州市", "511722", "www.xuanhan.gov.cn", "0818")
MB = 1024 * 1024

# name: (agency, year, what the server does with the page); every report is a distinct
# (agency, year), so only dup-a / dup-b can be duplicates of each other.
CASES = {
    "plain": ("宣汉县人民政府", 2023, "served as is"),
    "plain2": ("东乡街道", 2019, "served as is, on the second list page; links huge.pdf"),
    "flaky": ("君塘镇", 2023, "500, then 502, then the page"),
    "down": ("清溪镇", 2023, "503, always"),
    "slow": ("普光镇", 2023, "the page after 20 s (tests set DOWNLOAD_TIMEOUT lower)"),
    "loop": ("天生镇", 2023, "302 to loop-b.shtml, which redirects back"),
    "moved": ("柏树镇", 2023, f"302 to the same page on {ELSEWHERE}, a host not in the region"),
    "mislabelled": ("芭蕉镇", 2023, "GBK bytes; HTTP header and <meta> say UTF-8"),
    "nocharset": ("南坝镇", 2023, "GBK bytes; no charset in the header, no <meta>"),
    "cut": ("五宝镇", 2023, "HTML cut off in table 3, served whole (no closing tags)"),
    "short": ("峰城镇", 2023, "Content-Length of the page, then 4096 bytes and close"),
    "stream": ("土黄镇", 2023, "50 MB streamed without Content-Length"),
    "garbage": ("蒲江街道", 2023, "24 KB of random bytes as text/html"),
    "dup-a": ("君塘镇", 2022, "the same report as dup-b"),
    "dup-b": ("君塘镇", 2022, "the same report as dup-a"),
    "changing": ("普光镇", 2022, "NIANBAO_DEMO_GENERATION=2 serves a corrected text"),
    "robots": ("清溪镇", 2022, "under /xxgk/gknb/nbbak/, which robots.txt disallows"),
}
HUGE = "/uploadfile/2020/0120/huge.pdf"  # 50 MB with Content-Length, attached to plain2
CALENDAR_DATE = "2024-01"  # the month the 年报 column's calendar shows


def article_path(name: str, day: object) -> str:
    folder = "nbbak" if name == "robots" else f"{day:%Y%m}"
    return f"/xxgk/gknb/{folder}/{name}.shtml"


def main() -> None:
    demo.ENTRIES.clear()
    site = demo.make_portal("faults", XUANHAN, "127.0.0.21", "shtml", "5117220001",
                            "蜀ICP备05030722号", "川公网安备 51172202000122号",
                            "https://www.sczwfw.gov.cn/",
                            [("信息公开", "/xxgk/index.shtml"), ("新闻中心", "/xwzx/list.shtml"),
                             ("互动交流", "/hdjl/index.shtml")])
    p = site.portal
    top = [("首页", "/"), ("信息公开", "/xxgk/index.shtml")]
    annual = pf.Column("政府信息公开年报", "/xxgk/gknb/list.shtml", top, page_size=10)
    news = pf.Column("宣汉要闻", "/xwzx/list.shtml", [("首页", "/")], page_size=20)
    site.columns = [annual, news]
    cases = {}
    for name, (short, year, _) in CASES.items():
        entry = demo.report(site, annual, short, year, level=1, table=True)
        entry.article.path = article_path(name, entry.article.published)
        cases[name] = entry
    plain2 = cases["plain2"].article
    plain2.body += f'\n<p>附件：<a href="{HUGE}">{plain2.title}（扫描件）.pdf</a></p>'

    # A year sub-column whose CMS draws a 下一页 on every page: index_1, index_2, … forever.
    year_crumbs = [*top, (annual.name, annual.path)]
    old = pf.Column("2016年度", "/xxgk/gknb/2016/index.shtml", year_crumbs)
    report_2016 = demo.report(site, old, "宣汉县人民政府", 2016, table=True).article
    report_2016.path = "/xxgk/gknb/2016/201703/report.shtml"
    demo.portal_pages(site, "/xxgk/index.shtml", {
        "政府信息公开指南": "/xxgk/zn/index.shtml", "政府信息公开制度": "/xxgk/zd/index.shtml",
        "法定主动公开内容": "/xxgk/fdzdgknr/index.shtml", "依申请公开": "/xxgk/ysqgk/index.shtml",
    }, annual, news)
    demo.render(site)

    files = site.files
    sidebar = (f'<div class="sub-columns"><a href="{old.path}">{old.name}</a></div>\n'
               f"{calendar_box(annual.path, CALENDAR_DATE)}\n")
    for path in pf.shtml_list(p, annual):
        files[path] = files[path].replace('<div class="page">', sidebar + '<div class="page">', 1)
    files[old.path] = with_pager(pf.shtml_list(p, old)["/xxgk/gknb/2016/list.shtml"],
                                 endless_pager(0))
    files[report_2016.path] = pf.shtml_article(p, old, report_2016)
    empty = pf.Column(old.name, old.path, year_crumbs)
    files["/_endless.shtml"] = with_pager(
        pf.shtml_list(p, empty)["/xxgk/gknb/2016/list.shtml"], "{{pager}}")
    empty = pf.Column(annual.name, annual.path, top)
    files["/_calendar.shtml"] = with_pager(
        pf.shtml_list(p, empty)[annual.path], "{{calendar}}")

    page = {name: files[e.article.path] for name, e in cases.items()}
    files[cases["mislabelled"].article.path] = page["mislabelled"].encode("gbk")
    files[cases["nocharset"].article.path] = page["nocharset"].replace(
        '<meta charset="utf-8">\n', "").encode("gbk")
    cut = page["cut"]
    files[cases["cut"].article.path] = cut[:cut.index("三、收到和处理政府信息公开申请情况") + 40]
    files[cases["garbage"].article.path] = random.Random("garbage").randbytes(24 * 1024)
    for name in ("loop", "stream"):  # never served: the fault answers instead
        del files[cases[name].article.path]
    changing = cases["changing"].article
    corrected = dataclasses.replace(changing, body=changing.body.replace(
        "</p>", "</p>\n<p>更正说明：本报告第五部分已于2023年3月1日修订。</p>", 1))
    files["/_generation2" + changing.path] = pf.shtml_article(p, annual, corrected)
    files["/_elsewhere" + cases["moved"].article.path] = page["moved"]

    path = {name: e.article.path for name, e in cases.items()}
    loop_b = path["loop"].replace("loop", "loop-b")
    config = {
        "charset": "utf-8",
        "charset_in_header": True,
        "faults": {
            path["flaky"]: {"fail": [500, 502]},
            path["down"]: {"status": 503},
            path["slow"]: {"delay": 20},
            path["loop"]: {"redirect": loop_b},
            loop_b: {"redirect": path["loop"]},
            path["moved"]: {"redirect": f"http://{ELSEWHERE}{path['moved']}"},
            path["nocharset"]: {"headers": {"Content-Type": "text/html"}},
            path["short"]: {"truncate": 4096},
            path["stream"]: {"size": 50 * MB, "stream": True},
            HUGE: {"size": 50 * MB},
        },
        "endless": {"prefix": "/xxgk/gknb/2016/", "template": "_endless.shtml"},
        "calendar": {"path": annual.path, "template": "_calendar.shtml"},
        "hosts": {ELSEWHERE: "_elsewhere"},
    }
    files["/_portal.json"] = json.dumps(config, ensure_ascii=False, indent=1) + "\n"
    files["/robots.txt"] = "User-agent: *\nDisallow: /admin/\nDisallow: /xxgk/gknb/nbbak/\n"

    shutil.rmtree(SITE, ignore_errors=True)
    for target_path, content in sorted(files.items()):
        target = SITE / target_path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    (HERE / "manifest.toml").write_text(manifest(p, annual, cases, old, report_2016),
                                       encoding="utf-8")
    print(f"fault portal: {len(cases)} cases, {len(files)} files")


def with_pager(html: str, pager: str) -> str:
    """A list page with its pager (the last <div class="page">…</div>) replaced."""
    start = html.rindex('<div class="page">')
    return html[:start] + pager + html[html.index("</div>", start) + len("</div>"):]


def manifest(portal: pf.Portal, annual: pf.Column, cases: dict[str, demo.Entry],
             old: pf.Column, report_2016: pf.Article) -> str:
    out = ["# Generated by seeds/demo-faults/build.py: the fault portal's cases, for",
           "# tests/test_faults.py (which says what the crawl must make of each).",
           "# agency_short / year: the report the page holds, were it served properly.", "",
           f'annual = "{portal.url}{annual.path}"',
           f'endless = "{portal.url}{old.path}"',
           f'calendar_date = "{CALENDAR_DATE}"',
           f'report_2016 = "{portal.url}{report_2016.path}"', ""]
    for name, entry in cases.items():
        rows = {"name": name, "url": portal.url + entry.article.path,
                "fault": CASES[name][2], "agency_short": entry.agency.short,
                "year": entry.year}
        out += ["[[cases]]", *(f"{k} = {demo.toml(v)}" for k, v in rows.items()), ""]
    out += ["[[cases]]", 'name = "huge"', f'url = "{portal.url}{HUGE}"',
            'fault = "50 MB with Content-Length (an attachment of plain2)"', ""]
    return "\n".join(out)


if __name__ == "__main__":
    main()
