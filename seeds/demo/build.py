"""Generate the demo portals (seeds/demo/sites/*) and seeds/demo/manifest.toml.

Five mock county portals, each on its own platform, with the five seed reports, generated
reports of other agencies and years, non-report traps inside the 年报 columns, and PDF / DOCX /
image attachments. The output is committed; the crawl serves it, it never runs this script.

    .venv/bin/python seeds/demo/build.py
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import platforms as pf
import reportgen as rg
from platforms import Article, Column, Portal
from reportgen import Agency, Block, County

HERE = Path(__file__).resolve().parent
SITES = HERE / "sites"

TANGYIN = County("汤阴县", "河南省", "安阳市", "410523", "www.tangyin.gov.cn", "0372")
PANSHI = County("磐石市", "吉林省", "吉林市", "220284", "www.panshi.gov.cn", "0432")
LUFENG = County("禄丰市", "云南省", "楚雄彝族自治州", "532302", "www.lufeng.gov.cn", "0878")
QUFU = County("曲阜市", "山东省", "济宁市", "370881", "www.qufu.gov.cn", "0537")
NANBU = County("南部县", "四川省", "南充市", "511321", "www.scnanbu.gov.cn", "0817")
# 禄丰县 became 禄丰市 (code 532331 -> 532302) in 2021: older reports name the county as it was
FORMER = {"lufeng": (2020, County("禄丰县", "云南省", "楚雄彝族自治州", "532331",
                                  "www.lufeng.gov.cn", "0878"))}


@dataclass
class Entry:
    """One manifest row: a planted report, a trap, or another page the spider may meet."""

    kind: str  # report | trap | other
    portal: Portal
    article: Article
    agency: Agency | None = None
    year: int = 0
    via: str = "page"
    attachment: str = ""
    reason: str = ""
    fmt: str = ""
    script: str = "simplified"
    seed: str = ""


@dataclass
class Site:
    portal: Portal
    columns: list[Column] = field(default_factory=list)
    files: dict[str, str | bytes] = field(default_factory=dict)
    lists: list[str] = field(default_factory=list)


ENTRIES: list[Entry] = []


def agency(short: str, county: County) -> Agency:
    if short == f"{county.name}人民政府":
        kind = "county_government"
    elif short.endswith("街道"):
        kind = "street"
    elif short.endswith(("镇", "乡")):
        kind = "township"
    else:
        kind = "department"
    return Agency(short, county, kind)


def county_of(site: Site, year: int) -> County:
    last, former = FORMER.get(site.portal.key, (0, None))
    return former if year <= last else site.portal.county


def credit_code(name: str, county: County) -> str:
    """A plausible 统一社会信用代码 (11 + division + org code): the 索引号 prefix."""
    digest = hashlib.md5(name.encode()).hexdigest().upper()
    return f"11{county.code}{digest[:9]}{digest[-1]}"


def article_path(site: Site, column: Column, title: str, day: datetime) -> str:
    base = column.path.rsplit("/", 1)[0]
    n = 1_600_000 + (day - datetime(2016, 1, 1)).days * 37 + pf.uid(title) % 37  # grows with time
    return {
        "hanweb": f"/art/{day.year}/{day.month}/{day.day}/art_{column.colid}_{n}.html",
        "trs": f"{base}/{day:%Y%m}/t{day:%Y%m%d}_{n}.html",
        "vsb": f"/info/{column.colid}/{pf.uid(title, digits=4)}.htm",
        "jeecms": f"{base}/{pf.uid(title, digits=5)}.jhtml",
        "shtml": f"{base}/{day:%Y%m}/{hashlib.md5(title.encode()).hexdigest()}.shtml",
    }[site.portal.platform]


def add(site: Site, column: Column, title: str, day: datetime, blocks: list[Block], *,
        source: str, publisher: str) -> Article:
    path = article_path(site, column, title, day)
    index_no = f"{credit_code(publisher, site.portal.county)}/{day.year}-{pf.uid(title, digits=5)}"
    body = rg.blocks_html(blocks, word=site.portal.platform == "trs")
    a = Article(title, day, source, publisher, body, path, index_no)
    column.items.append(a)
    return a


# --- reports -----------------------------------------------------------------------------------


def published(ag: Agency, year: int) -> datetime:
    """Reports come out in January (departments, townships) or by March (the government)."""
    rng = random.Random(f"pub{ag.short}{year}")
    if year < 2019:
        month, day = rng.choice([2, 3]), rng.randint(1, 28)
    elif ag.kind == "county_government":
        month, day = rng.choice([(1, rng.randint(18, 31)), (2, rng.randint(1, 26)),
                                 (3, rng.randint(1, 28))])
    else:
        month, day = 1, rng.randint(8, 31)
    return datetime(year + 1, month, day, rng.randint(8, 17), rng.randint(0, 59))


def report_title(ag: Agency, year: int) -> str:
    rng = random.Random(f"title{ag.short}{year}")
    county = ag.county.name
    if ag.kind == "county_government":
        return rng.choice([f"{county}{year}年政府信息公开工作年度报告",
                           f"{ag.short}{year}年政府信息公开工作年度报告",
                           f"{year}年{county}政府信息公开工作年度报告"])
    styles = [f"{ag.short}{year}年政府信息公开工作年度报告",
              f"{ag.short}{year}年度政府信息公开工作年度报告",
              f"{ag.full}{year}年政府信息公开工作年度报告",
              f"{year}年{ag.short}政府信息公开工作年度报告"]
    if ag.kind != "department":
        styles.append(f"{county}{ag.short}{year}年度政府信息公开工作年度报告")
    return rng.choice(styles)


def sign_date(day: datetime) -> str:
    d = day - timedelta(days=random.Random(str(day)).randint(1, 6))
    return f"{d.year}年{d.month}月{d.day}日"


def report(site: Site, column: Column, short: str, year: int, level: int = 1, *,
           table: bool = False, title: str = "", day: datetime | None = None) -> Entry:
    """A generated report: 2019/2021 tables for 2019+, prose (and a 统计表) before."""
    ag = agency(short, county_of(site, year))
    day = day or published(ag, year)
    if year >= 2019:
        blocks, stats = rg.modern_report(ag, year, level, sign=sign_date(day))
        fmt = stats.fmt
    else:
        blocks, fmt = rg.old_report(ag, year, sign=sign_date(day), stats_table=table), "pre2019"
    a = add(site, column, title or report_title(ag, year), day, blocks,
            source=short, publisher=ag.full)
    entry = Entry("report", site.portal, a, ag, year, fmt=fmt)
    ENTRIES.append(entry)
    return entry


def seeded(site: Site, column: Column, number: str, short: str, year: int, title: str,
           day: datetime, blocks: list[Block], fmt: str, script: str = "simplified") -> Entry:
    ag = agency(short, county_of(site, year))
    a = add(site, column, title, day, blocks, source=short, publisher=ag.full)
    entry = Entry("report", site.portal, a, ag, year, fmt=fmt, script=script, seed=number)
    ENTRIES.append(entry)
    return entry


def seed_000() -> tuple[list[Block], str]:
    lines = rg.seed_text("000").splitlines()
    cut = next(i for i, x in enumerate(lines) if x.startswith("|"))
    table = rg.pipe_table(lines[cut:])
    title = "任固鎮2018年度政府信息公開工作年度報告"  # as published: Traditional
    return [*rg.lines_to_blocks(lines[:cut]), Block("table", table=table)], title


def seed_003() -> list[Block]:
    lines = rg.seed_text("003").splitlines()
    start = next(i for i, x in enumerate(lines) if x.startswith("日期:")) + 1
    end = next(i for i, x in enumerate(lines) if x.startswith("上一条:"))
    blocks = rg.lines_to_blocks(lines[start:end])
    for b in blocks[-2:]:
        b.kind = "sign"
    return blocks


def titled(blocks: list[Block]) -> list[Block]:
    blocks[0].kind = "title"
    return blocks


# --- traps and other pages ----------------------------------------------------------------------


def prose(lines: list[str], signs: int = 2) -> list[Block]:
    cut = len(lines) - signs
    return [Block("p", x) for x in lines[:cut]] + [Block("sign", x) for x in lines[cut:]]


def trap(site: Site, column: Column, reason: str, title: str, day: datetime,
         blocks: list[Block], publisher: str = "") -> Entry:
    publisher = publisher or f"{site.portal.county.name}人民政府办公室"
    a = add(site, column, title, day, blocks, source=publisher, publisher=publisher)
    entry = Entry("trap", site.portal, a, reason=reason)
    ENTRIES.append(entry)
    return entry


def other(site: Site, column: Column, title: str, day: datetime, blocks: list[Block],
          source: str) -> Entry:
    a = add(site, column, title, day, blocks, source=source, publisher=source)
    entry = Entry("other", site.portal, a)
    ENTRIES.append(entry)
    return entry


def notice_blocks(county: County, year: int, fmt: str, signed: datetime) -> list[Block]:
    c, t = county.name, county.title
    deadline = f"{year + 1}年1月31日" if year >= 2019 else f"{year + 1}年3月31日"
    return prose([
        f"各乡镇人民政府、街道办事处，{t}人民政府各部门，{t}直各单位：",
        f"为做好{year}年度政府信息公开工作年度报告编制发布工作，根据《中华人民共和国政府信息公开条例》"
        f"和{rg.FORMAT_NOTICE[fmt]}要求，现将有关事项通知如下：",
        f"一、编制内容。各单位要严格按照年度报告格式编制本单位{year}年度政府信息公开工作年度报告，"
        "内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议"
        f"和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分，数据统计时限为{year}年"
        f"1月1日至{year}年12月31日。",
        f"二、发布时间。各单位于{deadline}前，在{c}人民政府门户网站“政府信息公开年报”栏目发布本单位"
        f"年度报告；发布前报{t}政务公开办公室审核。",
        "三、工作要求。各单位要高度重视，指定专人负责，确保数据真实准确、格式规范统一、按时发布。"
        f"年度报告编制发布情况将纳入全{t}政务公开工作年度考核。",
        f"联系人：{t}政务公开办公室，联系电话：{county.phone}-6221035",
        "特此通知。",
        f"{c}人民政府办公室",
        f"{signed.year}年{signed.month}月{signed.day}日",
    ])


def rules_blocks(county: County) -> list[Block]:
    c, t = county.name, county.title
    return prose([
        f"第一条 为规范{c}政府信息公开工作年度报告的编制和发布，根据《中华人民共和国政府"
        "信息公开条例》第四十九条、第五十条规定，制定本制度。",
        f"第二条 {t}人民政府各部门、各乡镇人民政府应当于每年1月31日前向社会公布本机关上一"
        f"年度政府信息公开工作年度报告；{t}政务公开办公室负责汇总编制{t}人民政府年度报告，于每年3月31日前公布。",
        "第三条 年度报告应当包括行政机关主动公开政府信息的情况，收到和处理政府信息公开申请的情况，"
        "因政府信息公开工作被申请行政复议、提起行政诉讼的情况，政府信息公开工作存在的主要问题及改进"
        "情况，以及其他需要报告的事项。",
        "第四条 年度报告应当按照国务院办公厅政府信息与政务公开办公室确定的统一格式编制，"
        "统计数据应当真实、准确。",
        f"第五条 年度报告在{c}人民政府门户网站“政府信息公开年报”栏目集中发布。",
        "第六条 本制度自印发之日起施行。",
        f"{c}人民政府办公室",
        "2019年12月20日",
    ])


def letter_blocks(county: County, year: int, signed: datetime) -> list[Block]:
    c = county.name
    return prose([
        f"{county.prefecture}人民政府办公室：",
        f"根据《中华人民共和国政府信息公开条例》第四十九条规定和{county.prefecture}政务公开办公室工作"
        f"安排，现将《{c}{year}年政府信息公开工作年度报告》报送你们，请予审核。",
        f"{c}{year}年政府信息公开工作年度报告已于{signed.year}年{signed.month}月在{c}人民政府门户网站"
        "“政府信息公开年报”栏目公开发布。",
        f"附件：{c}{year}年政府信息公开工作年度报告",
        f"（联系人：{c}政务公开办公室，电话：{county.phone}-6221035）",
        f"{c}人民政府办公室",
        f"{signed.year}年{signed.month}月{signed.day}日",
    ])


def news_training(county: County, year: int, day: datetime) -> list[Block]:
    c, t = county.name, county.title
    return prose([
        f"{day.month}月{day.day}日，{c}召开{year}年度政府信息公开工作年度报告编制培训会。各乡镇（街道）、"
        f"{t}直各单位政务公开工作分管领导和业务人员共{random.Random(c).randint(80, 160)}"
        "余人参加培训。",
        f"会上，{t}政务公开办公室负责同志解读了年度报告格式要求，通报了上一年度年度报告编制中存在的"
        "格式不规范、数据前后不一致、逾期发布等问题，并对表格填写中的勾稽关系逐项进行了讲解。",
        f"会议要求，各单位要高度重视年度报告编制工作，严格按照统一格式和时间节点完成编制发布，"
        f"确保数据真实准确。{t}政务公开办公室将对年度报告发布情况进行检查通报。",
        f"（{c}政务公开办公室 供稿）",
    ], signs=0)


def guide_blocks(county: County) -> list[Block]:
    c, t = county.name, county.title
    return prose([
        f"为便于公民、法人和其他组织获取{c}人民政府政府信息，根据《中华人民共和国政府信息公开条例》"
        "规定，编制本指南。",
        "一、主动公开",
        f"（一）公开范围。{c}人民政府主动公开机构职能、规范性文件、发展规划、财政预决算、重大建设项目、"
        "政府采购、行政许可和行政处罚等政府信息。",
        f"（二）公开方式。主要通过{c}人民政府门户网站、政务新媒体、政务服务中心和政府信息查阅点等"
        "渠道公开。",
        "（三）公开时限。属于主动公开范围的政府信息，自该信息形成或者变更之日起20个工作日内予以公开。",
        "二、依申请公开",
        "（一）申请方式。申请人可通过当面、邮寄、网上等方式提出申请，填写《政府信息公开申请表》。",
        "（二）办理时限。能够当场答复的，当场予以答复；不能当场答复的，自收到申请之日起20个工作日内"
        "予以答复；需要延长答复期限的，延长期限最长不超过20个工作日。",
        "（三）收费。行政机关依申请提供政府信息，不收取费用。申请人申请公开政府信息的数量、频次明显"
        "超过合理范围的，按照《政府信息公开信息处理费管理办法》收取信息处理费。",
        "三、监督和救济",
        "公民、法人或者其他组织认为行政机关在政府信息公开工作中侵犯其合法权益的，可以依法申请行政"
        "复议或者提起行政诉讼。",
        f"受理机构：{c}人民政府办公室政务公开科；办公时间：工作日上午8:30-12:00，下午14:00-17:30。",
        f"{c}人民政府办公室",
        f"{t}政务公开办公室制",
    ])


COUNTY_NEWS = [
    ("{c}召开{y}年全{t}经济工作会议",
     "会议总结了{p}年经济工作，分析了当前经济形势，安排部署{y}年重点工作。会议强调，要坚持稳中求进"
     "工作总基调，抓项目、促投资、优环境，推动全{t}经济社会高质量发展。"),
    ("{c}启动{y}年“安全生产月”活动",
     "活动以“人人讲安全、个个会应急”为主题，通过集中宣传咨询、应急演练、隐患排查等形式，"
     "推动安全生产责任落实。各乡镇（街道）和{t}直有关部门设立咨询台，发放宣传资料。"),
    ("{c}举办{y}年春风行动暨就业援助月招聘会",
     "招聘会共吸引{n}家企业参会，提供就业岗位1200余个，涵盖制造、商贸、物流、家政等行业，"
     "现场达成初步就业意向300余人。"),
]
TOWN_NEWS = [
    ("{s}召开{y}年森林草原防灭火工作会议",
     "会议传达学习了上级关于森林草原防灭火工作的部署要求，安排部署当前防灭火重点工作。会议要求，"
     "各村（社区）要压实责任，加强巡山护林和野外火源管控，确保不发生森林火灾。"),
    ("{s}开展农村人居环境整治提升行动",
     "为进一步改善农村人居环境，{s}组织干部群众开展村庄清洁行动，集中清理房前屋后生活垃圾和"
     "乱堆乱放，累计出动{n}余人次。下一步，{s}将建立常态化保洁机制，巩固整治成效。"),
    ("{s}关于{y}年度城乡居民基本医疗保险参保缴费的通告",
     "根据{c}医疗保障局工作安排，{y}年度城乡居民基本医疗保险集中参保缴费工作已经开始。请辖区内"
     "未参保群众在规定时间内到村（社区）便民服务站或通过线上渠道办理参保缴费。特此通告。"),
    ("{s}召开{y}年安全生产工作推进会",
     "会议通报了近期安全生产检查发现的问题，安排部署道路交通、森林防火、自建房等重点领域隐患排查"
     "整治工作，要求各站所、各村（社区）落实属地责任，坚决防范遏制安全事故发生。"),
    ("{s}开展“民法典”宣传进村入户活动",
     "活动中，工作人员深入村组农户，发放宣传资料{n}余份，现场解答群众关于婚姻家庭、土地承包、"
     "邻里纠纷等方面的法律问题，引导群众办事依法、遇事找法、解决问题用法。"),
    ("{s}{y}年上半年重点项目建设进展情况",
     "截至6月底，{s}纳入{c}重点项目管理的建设项目完成投资计划的46%，其中乡村振兴示范村建设、"
     "高标准农田建设项目已开工建设，各项目责任单位正加快推进前期工作。"),
    ("{s}组织开展{y}年汛期地质灾害隐患排查",
     "{s}组织国土、水利、应急等站所工作人员，对辖区内地质灾害隐患点、病险水库和山洪沟道开展"
     "拉网式排查，逐点落实监测责任人和群测群防员，确保安全度汛。"),
    ("{s}召开{y}年巩固拓展脱贫攻坚成果推进会",
     "会议听取了各村防止返贫动态监测和帮扶工作情况汇报，研究解决产业发展、稳岗就业中存在的困难"
     "问题，要求持续巩固“两不愁三保障”成果，守住不发生规模性返贫底线。"),
]


def news(site: Site, column: Column, template: tuple[str, str], day: datetime, who: str) -> Entry:
    c = site.portal.county
    rng = random.Random(f"{who}{day}")
    v = dict(c=c.name, t=c.title, s=who, y=day.year, p=day.year - 1, n=rng.randint(60, 300))
    title, body = (x.format(**v) for x in template)
    lead = f"{day.month}月{day.day}日，" if not body.startswith(who) else ""
    return other(site, column, title, day, [Block("p", lead + body)], source=who)


# --- portals -------------------------------------------------------------------------------


def portal_pages(site: Site, landing: str, stubs: dict[str, str], annual: Column,
                 news_column: Column, extra_links: list[tuple[str, str]] = ()) -> None:
    """Front page, 政府信息公开 landing, stub columns and the news column of one portal."""
    p = site.portal
    crumbs = [("首页", "/")]
    links = [(name, path) for name, path in stubs.items()]
    links.insert(3, (annual.name, annual.path))
    links += list(extra_links)
    site.files[landing] = pf.simple_page(p, "政府信息公开", crumbs, pf.link_list(links))
    for name, path in stubs.items():
        site.files[path] = pf.simple_page(p, name, [*crumbs, ("政府信息公开", landing)],
                                          STUB_TEXT[name].format(c=p.county.name))
    interact = p.nav[-1][1]
    site.files[interact] = pf.simple_page(p, "互动交流", crumbs, STUB_TEXT["互动交流"].format(
        c=p.county.name))
    rng = random.Random(p.key)
    for i, template in enumerate(COUNTY_NEWS):
        day = datetime(2024, 3 + i, rng.randint(1, 28), rng.randint(8, 18), rng.randint(0, 59))
        news(site, news_column, template, day, p.county.name)
    items = sorted(news_column.items, key=lambda a: a.published, reverse=True)
    open_links = [("政府信息公开", landing), ("政府信息公开指南", stubs["政府信息公开指南"]),
                  ("依申请公开", stubs["依申请公开"])]
    site.files["/index.html"] = pf.front_page(p, items, open_links)


STUB_TEXT = {
    "政府信息公开指南": "<p>{c}人民政府政府信息公开指南请见政府信息公开专栏。公民、法人和其他组织可"
                "通过门户网站、政务服务中心查阅点获取政府信息。</p>",
    "政府信息公开制度": "<ul><li>政府信息公开保密审查制度</li><li>政府信息主动公开制度</li>"
                "<li>依申请公开政府信息工作制度</li><li>政府信息公开工作考核制度</li></ul>",
    "法定主动公开内容": "<ul><li>机构职能</li><li>政策文件</li><li>规划计划</li><li>财政预决算</li>"
                "<li>行政执法</li><li>重大建设项目</li><li>公共资源配置</li></ul>",
    "依申请公开": "<p>申请人可通过当面、邮寄、网上申请等方式向{c}人民政府提出政府信息公开申请。"
             "受理机构：{c}人民政府办公室。</p>",
    "互动交流": "<p>{c}长信箱 | 政务咨询 | 在线访谈 | 征集调查</p><p>来信办理情况每月公开。</p>",
}


def make_portal(key: str, county: County, host: str, platform: str, site_code: str, icp: str,
                police: str, services: str, nav: list[tuple[str, str]],
                charset: str = "utf-8") -> Site:
    portal = Portal(key, county, host, platform, site_code, icp, police, services, charset,
                    nav=[("首页", "/"), *nav])
    return Site(portal)


def tangyin() -> Site:
    """Hanweb, GBK, 年报 column paged through POST dataproxy.jsp."""
    site = make_portal("tangyin", TANGYIN, "127.0.0.11", "hanweb", "4105230001",
                       "豫ICP备05001234号", "豫公网安备 41052302000101号",
                       "https://www.hnzwfw.gov.cn/",
                       [("政务公开", "/col/col5201/index.html"),
                        ("新闻中心", "/col/col5202/index.html"),
                        ("互动交流", "/col/col5204/index.html")], charset="gbk")
    top = [("首页", "/index.html"), ("政府信息公开", "/col/col5201/index.html")]
    annual = Column("政府信息公开年报", "/col/col5231/index.html", top, colid=5231)
    news_col = Column("汤阴要闻", "/col/col5202/index.html", [("首页", "/index.html")], colid=5202)
    site.columns = [annual, news_col]
    blocks, title = seed_000()
    seeded(site, annual, "000", "任固镇", 2018, title, datetime(2019, 2, 26, 9, 35), blocks,
           "pre2019", "traditional")
    plan = {
        "汤阴县人民政府": {2017: 0, 2018: 0, 2019: 2, 2020: 2, 2021: 2, 2022: 3, 2023: 2},
        "任固镇": {2019: 0, 2020: 1, 2021: 1, 2022: 1, 2023: 1},
        "城关镇": {2022: 1, 2023: 1}, "菜园镇": {2017: 0, 2022: 0}, "五陵镇": {2020: 0, 2022: 1},
        "宜沟镇": {2019: 1, 2023: 0}, "白营镇": {2021: 0}, "伏道镇": {2022: 1, 2023: 0},
        "韩庄镇": {2020: 1, 2023: 1},
        "古贤镇": {2023: 1}, "瓦岗乡": {2021: 0, 2022: 0},
        "汤阴县财政局": {2019: 1, 2021: 2, 2022: 2, 2023: 2}, "汤阴县教育局": {2020: 2, 2022: 2},
        "汤阴县自然资源局": {2021: 1}, "汤阴县卫生健康委员会": {2022: 2},
        "汤阴县市场监督管理局": {2023: 2}, "汤阴县住房和城乡建设局": {2019: 1},
    }
    for short, years in plan.items():
        for year, level in years.items():
            report(site, annual, short, year, level, table=short.endswith("人民政府"))
    c = TANGYIN
    trap(site, annual, "notice", "关于做好2019年政府信息公开工作年度报告编制发布工作的通知",
         datetime(2019, 12, 16, 10, 5), notice_blocks(c, 2019, "2019", datetime(2019, 12, 16)))
    trap(site, annual, "notice", "关于做好2021年度政府信息公开工作年度报告编制发布工作的通知",
         datetime(2021, 12, 20, 16, 12), notice_blocks(c, 2021, "2021", datetime(2021, 12, 20)))
    trap(site, annual, "notice", "关于做好2022年度政府信息公开工作年度报告编制工作的通知",
         datetime(2022, 12, 26, 9, 40), notice_blocks(c, 2022, "2021", datetime(2022, 12, 26)))
    trap(site, annual, "notice", "汤阴县政府信息公开工作年度报告制度",
         datetime(2019, 12, 20, 11, 0), rules_blocks(c))
    trap(site, annual, "letter", "汤阴县人民政府办公室关于报送2022年政府信息公开工作年度报告的函",
         datetime(2023, 3, 29, 15, 20), letter_blocks(c, 2022, datetime(2023, 3, 29)))
    day = datetime(2021, 12, 28, 17, 2)
    trap(site, annual, "news", "我县召开政府信息公开工作年度报告编制培训会", day,
         news_training(c, 2021, day), publisher="汤阴县政务公开办公室")
    towns_2021 = [e for e in ENTRIES if e.portal is site.portal and e.kind == "report"
                  and e.year == 2021 and e.agency.kind == "township"]
    table = [[rg.Cell("序号"), rg.Cell("单位"), rg.Cell("报告名称"), rg.Cell("发布日期")]]
    table += [[rg.Cell(str(i)), rg.Cell(e.agency.short), rg.Cell(e.article.title),
               rg.Cell(f"{e.article.published:%Y-%m-%d}")] for i, e in enumerate(towns_2021, 1)]
    trap(site, annual, "summary", "汤阴县2021年度各乡镇政府信息公开工作年度报告汇总",
         datetime(2022, 2, 15, 10, 30), [
             Block("p", "根据《中华人民共和国政府信息公开条例》规定，现将我县各乡镇2021年度政府信息"
                        "公开工作年度报告发布情况汇总如下，全文请在本栏目查阅。"),
             Block("table", table=table), Block("sign", "汤阴县政务公开办公室")])
    units_2022 = [e for e in ENTRIES if e.portal is site.portal and e.year == 2022
                  and e.kind == "report"]
    links = [Block("link", f"{i}. ", href=e.article.path, label=e.article.title)
             for i, e in enumerate(units_2022, 1)]
    trap(site, annual, "summary", "汤阴县2022年度各单位政府信息公开工作年度报告汇总",
         datetime(2023, 2, 20, 9, 15), [
             Block("p", "按照《中华人民共和国政府信息公开条例》要求，我县各单位已完成2022年度"
                        f"政府信息公开工作年度报告编制发布工作，共{len(units_2022)}家单位，现汇总如下："),
             *links, Block("sign", "汤阴县政务公开办公室"), Block("sign", "2023年2月20日")])
    portal_pages(site, "/col/col5201/index.html", {
        "政府信息公开指南": "/col/col5211/index.html",
        "政府信息公开制度": "/col/col5212/index.html",
        "法定主动公开内容": "/col/col5213/index.html", "依申请公开": "/col/col5214/index.html",
    }, annual, news_col)
    return site


def panshi() -> Site:
    """TRS: index_N.html pages reachable only through createPageHTML(); PDF and DOCX reports."""
    site = make_portal("panshi", PANSHI, "127.0.0.12", "trs", "2202840001", "吉ICP备05002817号",
                       "吉公网安备 22028402000103号", "https://zwfw.jl.gov.cn/",
                       [("政务公开", "/zwgk/index.html"), ("新闻中心", "/xwzx/index.html"),
                        ("互动交流", "/hdjl/index.html")])
    annual = Column("政府信息公开年报", "/zwgk/zfxxgknb/index.html",
                    [("首页", "/"), ("政务公开", "/zwgk/")], page_size=4)
    news_col = Column("磐石要闻", "/xwzx/index.html", [("首页", "/")], page_size=20)
    site.columns = [annual, news_col]
    seeded(site, annual, "001", "吉昌镇", 2023, "磐石市吉昌镇2023年政府信息公开工作年度报告",
           datetime(2024, 1, 18, 14, 26),
           rg.seed_with_tables(rg.seed_text("001"), "2021", rg.ZERO_T2_2021), "2021")
    for short, year, level in [("吉昌镇", 2022, 0), ("磐石市人民政府", 2022, 2),
                               ("磐石市人民政府", 2023, 2), ("烟筒山镇", 2019, 1),
                               ("福安街道", 2021, 1)]:
        report(site, annual, short, year, level)
    attachment(site, annual, "明城镇", 2022, "pdf", datetime(2023, 1, 13, 10, 48))
    attachment(site, annual, "红旗岭镇", 2021, "docx", datetime(2022, 1, 20, 8, 57))
    trap(site, annual, "guide", "磐石市人民政府政府信息公开指南", datetime(2020, 6, 5, 9, 30),
         guide_blocks(PANSHI))
    trap(site, annual, "notice", "磐石市人民政府办公室关于做好2023年度政府信息公开工作年度报告编制"
         "发布工作的通知", datetime(2023, 12, 22, 15, 3),
         notice_blocks(PANSHI, 2023, "2021", datetime(2023, 12, 22)))
    portal_pages(site, "/zwgk/index.html", {
        "政府信息公开指南": "/zwgk/zfxxgkzn/index.html",
        "政府信息公开制度": "/zwgk/zfxxgkzd/index.html",
        "法定主动公开内容": "/zwgk/fdzdgknr/index.html", "依申请公开": "/zwgk/ysqgk/index.html",
    }, annual, news_col)
    return site


def attachment(site: Site, column: Column, short: str, year: int, kind: str,
               day: datetime) -> Entry:
    """An article whose body is only 附件：….pdf/.docx; the report is in the file beside it."""
    ag = agency(short, site.portal.county)
    title = f"{ag.full}{year}年政府信息公开工作年度报告"
    if kind == "pdf":  # seed 001, names and years adapted
        text = rg.seed_text("001").replace("吉昌镇", short).replace("65741010", "65621018")
        text = re.sub(r"202([34])", lambda m: f"202{int(m[1]) - 1}", text).replace("29条", "41条")
        data = rg.blocks_pdf(title, rg.seed_with_tables(text, "2021", rg.ZERO_T2_2021))
        fmt = "2021"
    else:
        blocks, stats = rg.modern_report(ag, year, 1, sign=sign_date(day))
        data, fmt = rg.blocks_docx(title, blocks, day), stats.fmt
    name = f"W0{day:%Y%m%d}{pf.uid(title, digits=12)}.{kind}"
    a = add(site, column, title, day, [Block("link", "附件：", href=f"./{name}",
                                             label=f"{short}{year}年政府信息公开工作年度报告.{kind}")],
            source=short, publisher=ag.full)
    path = a.path.rsplit("/", 1)[0] + "/" + name
    site.files[path] = data
    entry = Entry("report", site.portal, a, ag, year, via=kind, attachment=path, fmt=fmt)
    ENTRIES.append(entry)
    return entry


LUFENG_TOWNS = [("金山镇", "jszhen"), ("仁兴镇", "rxzhen"), ("碧城镇", "bczhen"),
                ("勤丰镇", "qfzhen"), ("一平浪镇", "yplzhen"), ("广通镇", "gtzhen"),
                ("黑井镇", "hjzhen"),
                ("土官镇", "tgzhen"), ("彩云镇", "cyzhen"), ("和平镇", "hpzhen"),
                ("恐龙山镇", "klszhen"), ("中村乡", "zcxiang"), ("高峰乡", "gfxiang"),
                ("妥安乡", "taxiang")]


def lufeng() -> Site:
    """VSB-like: a county 年报 column plus one column per township under 乡镇信息公开."""
    site = make_portal("lufeng", LUFENG, "127.0.0.13", "vsb", "5323310001", "滇ICP备06003419号",
                       "滇公网安备 53233102000112号", "https://zwfw.yn.gov.cn/",
                       [("政务公开", "/zwgk/index.html"), ("新闻中心", "/xwzx/index.html"),
                        ("互动交流", "/hdjl/index.html")])
    top = [("首页", "/index.html"), ("政务公开", "/zwgk/index.html")]
    annual = Column("政府信息公开年报", "/zwgk/xxgknb/index.html", top, page_size=15, colid=1020)
    news_col = Column("禄丰要闻", "/xwzx/index.html", [("首页", "/index.html")], colid=1030)
    site.columns = [annual, news_col]
    report(site, annual, "禄丰市人民政府", 2021, 2)
    report(site, annual, "禄丰市人民政府", 2022, 2)
    trap(site, annual, "letter", "关于报送2021年政府信息公开工作年度报告的函",
         datetime(2022, 3, 30, 11, 16), letter_blocks(LUFENG, 2021, datetime(2022, 3, 30)))
    towns = Column("乡镇信息公开", "/xzxxgk/index.html", top)
    rng = random.Random("lufeng")
    for i, (name, slug) in enumerate(LUFENG_TOWNS):
        column = Column(name, f"/xzxxgk/{slug}/index.html", [top[0], ("乡镇信息公开", towns.path)],
                        page_size=8, colid=1001 + i)
        site.columns.append(column)
        day = datetime(2023, rng.randint(3, 11), rng.randint(1, 28), rng.randint(8, 17),
                       rng.randint(0, 59))
        news(site, column, TOWN_NEWS[i % len(TOWN_NEWS)], day, name)
    taxiang = site.columns[-1]
    seeded(site, taxiang, "003", "妥安乡", 2017, "妥安乡2017年政府信息公开工作年度报告",
           datetime(2018, 1, 30, 15, 42), seed_003(), "pre2019")
    # seed 003's 上一条/下一条 name these two: keep them its neighbours in the column
    report(site, taxiang, "妥安乡", 2018, title="妥安乡2018年政府信息公开工作年度报告",
           day=datetime(2019, 1, 25, 9, 20))
    report(site, taxiang, "妥安乡", 2016, title="妥安乡2016年度政府信息公开工作报告",
           day=datetime(2017, 1, 20, 11, 3))
    report(site, taxiang, "妥安乡", 2022, 0)
    own = TOWN_NEWS[(len(LUFENG_TOWNS) - 1) % len(TOWN_NEWS)]
    for k, template in enumerate([t for t in TOWN_NEWS if t is not own][:6]):
        day = datetime(2019 + k * 4 // 5, 3 + k, 5 + k * 3, 10, 30)
        news(site, taxiang, template, day, "妥安乡")
    news(site, taxiang, TOWN_NEWS[0], datetime(2016, 9, 12, 16, 5), "妥安乡")
    report(site, site.columns[2], "金山镇", 2019, 1)
    report(site, site.columns[8], "黑井镇", 2021, 0)
    town_links = [(name, f"/xzxxgk/{slug}/index.html") for name, slug in LUFENG_TOWNS]
    site.files[towns.path] = pf.simple_page(site.portal, "乡镇信息公开", top[:1],
                                            pf.link_list(town_links))
    portal_pages(site, "/zwgk/index.html", {
        "政府信息公开指南": "/zwgk/xxgkzn/index.html",
        "政府信息公开制度": "/zwgk/xxgkzd/index.html",
        "法定主动公开内容": "/zwgk/fdzdgknr/index.html", "依申请公开": "/zwgk/ysqgk/index.html",
    }, annual, news_col, [("乡镇信息公开", towns.path)])
    return site


def qufu() -> Site:
    """A .jhtml CMS with 下一页 links (index_2.jhtml); seed 002 and an image-only report."""
    site = make_portal("qufu", QUFU, "127.0.0.14", "jeecms", "3708810001", "鲁ICP备05047395号",
                       "鲁公网安备 37088102000157号", "http://www.shandong.gov.cn/col/col94237/",
                       [("政务公开", "/zwgk/index.jhtml"), ("新闻中心", "/xwzx/index.jhtml"),
                        ("互动交流", "/hdjl/index.jhtml")])
    top = [("首页", "/"), ("政务公开", "/zwgk/index.jhtml")]
    annual = Column("政府信息公开年报", "/zwgk/ndbg/index.jhtml", top, page_size=5)
    news_col = Column("曲阜要闻", "/xwzx/index.jhtml", [("首页", "/")], page_size=20)
    site.columns = [annual, news_col]
    seeded(site, annual, "002", "息陬镇", 2018, "息陬镇人民政府2018年信息公开年度报告",
           datetime(2019, 3, 12, 10, 12), titled(rg.lines_to_blocks(
               rg.seed_text("002").splitlines())), "pre2019")
    for short, year, level in [("息陬镇", 2019, 1), ("曲阜市人民政府", 2022, 2),
                               ("尼山镇", 2021, 1), ("书院街道", 2023, 1)]:
        report(site, annual, short, year, level)
    png = "/u/cms/www/202102/03101523x9kq.png"
    site.files[png] = scan_png()
    trap(site, annual, "image-only", "石门山镇2020年政府信息公开工作年度报告",
         datetime(2021, 2, 3, 10, 15), [Block("img", href=png)], publisher="石门山镇")
    day = datetime(2022, 12, 9, 16, 40)
    trap(site, annual, "news", "曲阜市举办政府信息公开工作年度报告编制业务培训会", day,
         news_training(QUFU, 2022, day), publisher="曲阜市政务公开办公室")
    portal_pages(site, "/zwgk/index.jhtml", {
        "政府信息公开指南": "/zwgk/zn/index.jhtml", "政府信息公开制度": "/zwgk/zd/index.jhtml",
        "法定主动公开内容": "/zwgk/fdzdgknr/index.jhtml", "依申请公开": "/zwgk/ysqgk/index.jhtml",
    }, annual, news_col)
    return site


def nanbu() -> Site:
    """A .shtml intensive platform (list_N.shtml); seed 004 with its 2019 tables."""
    site = make_portal("nanbu", NANBU, "127.0.0.15", "shtml", "5113210001", "蜀ICP备05012463号",
                       "川公网安备 51132102000168号", "https://www.sczwfw.gov.cn/",
                       [("信息公开", "/xxgk/index.shtml"), ("新闻中心", "/xwzx/list.shtml"),
                        ("互动交流", "/hdjl/index.shtml")])
    top = [("首页", "/"), ("信息公开", "/xxgk/index.shtml")]
    annual = Column("政府信息公开年报", "/xxgk/gknb/list.shtml", top, page_size=4)
    news_col = Column("南部要闻", "/xwzx/list.shtml", [("首页", "/")], page_size=20)
    site.columns = [annual, news_col]
    blocks = rg.seed_with_tables(rg.seed_text("004"), "2019", rg.T2_004)
    seeded(site, annual, "004", "黄金镇", 2019, "2019年黄金镇政府信息公开工作年度报告",
           datetime(2020, 1, 17, 9, 48), titled(blocks), "2019")
    for short, year, level in [("黄金镇", 2020, 0), ("南部县人民政府", 2021, 2),
                               ("升钟镇", 2022, 1)]:
        report(site, annual, short, year, level)
    towns = ["滨江街道", "蜀北街道", "老鸦镇", "永定镇", "碑院镇", "黄金镇", "升钟镇", "大王镇"]
    trap(site, annual, "summary", "南部县2020年度乡镇（街道）政府信息公开工作年度报告汇总",
         datetime(2021, 2, 26, 17, 30), [
             Block("p", "截至2021年1月31日，全县各乡镇（街道）均已按要求完成2020年度政府信息"
                        "公开工作年度报告编制发布工作。现将部分乡镇（街道）年度报告发布情况汇总如下："),
             *(Block("p", f"{i}. {t}2020年政府信息公开工作年度报告（已发布）")
               for i, t in enumerate(towns, 1)),
             Block("sign", "南部县政务公开办公室")])
    trap(site, annual, "notice", "南部县人民政府办公室关于做好2020年政府信息公开工作年度报告"
         "编制和发布工作的通知", datetime(2020, 12, 18, 14, 0),
         notice_blocks(NANBU, 2020, "2019", datetime(2020, 12, 18)))
    portal_pages(site, "/xxgk/index.shtml", {
        "政府信息公开指南": "/xxgk/zn/index.shtml", "政府信息公开制度": "/xxgk/zd/index.shtml",
        "法定主动公开内容": "/xxgk/fdzdgknr/index.shtml", "依申请公开": "/xxgk/ysqgk/index.shtml",
    }, annual, news_col)
    return site


def scan_png() -> bytes:
    """A small grey 'scanned page' with a red seal: an image-only report body."""
    from PIL import Image, ImageDraw

    rng = random.Random("scan")
    img = Image.new("RGB", (420, 594), (246, 244, 238))
    draw = ImageDraw.Draw(img)
    draw.rectangle([120, 40, 300, 52], fill=(70, 70, 70))
    y = 80
    while y < 520:
        indent = 48 if rng.random() < 0.2 else 28
        draw.rectangle([indent, y, rng.randint(300, 392), y + 6], fill=(95, 95, 95))
        y += 16 if rng.random() < 0.85 else 28
    draw.ellipse([280, 460, 370, 550], outline=(200, 30, 30), width=4)
    out = io.BytesIO()
    img.convert("P", palette=Image.Palette.ADAPTIVE, colors=8).save(out, "PNG", optimize=True)
    return out.getvalue()


# --- rendering and output --------------------------------------------------------------------

LISTERS: dict[str, Callable[[Portal, Column], dict[str, str]]] = {
    "trs": pf.trs_list, "vsb": pf.vsb_list, "jeecms": pf.jeecms_list, "shtml": pf.shtml_list,
}
ARTICLES = {"trs": pf.trs_article, "vsb": pf.vsb_article, "jeecms": pf.jeecms_article,
            "shtml": pf.shtml_article}
ROBOTS_ADMIN = {"hanweb": "/module/login/", "trs": "/wcm/", "vsb": "/system/",
                "jeecms": "/jeeadmin/", "shtml": "/admin/"}
HANWEB = pf.Hanweb(webid=12, unitid=18642)
CSS = "body{font:14px/1.8 sans-serif;margin:0}.wrap{width:1100px;margin:0 auto}\n"


def render(site: Site) -> None:
    p = site.portal
    config: dict = {"charset": p.charset, "charset_in_header": p.platform != "hanweb"}
    for column in site.columns:
        column.link_neighbours()
        if p.platform == "hanweb":
            side = [("政府信息公开", "/col/col5201/index.html"), (column.name, column.path)]
            site.files[column.path] = HANWEB.column_page(p, column, side)
            config.setdefault("dataproxy", {})[str(column.colid)] = HANWEB.records(column)
            for a in column.items:
                site.files[a.path] = HANWEB.article_page(p, column, a)
        else:
            site.files.update(LISTERS[p.platform](p, column))
            for a in column.items:
                site.files[a.path] = ARTICLES[p.platform](p, column, a)
    annual = site.columns[0]
    if p.platform == "hanweb":
        total = len(annual.items)
        site.lists = [annual.path] + [
            f"{pf.HANWEB_PROXY}?startrecord={s}&endrecord={s + 44}&perpage=15"
            for s in range(1, total + 1, 45)]
    else:
        site.lists = [path for path in LISTERS[p.platform](p, annual)]
        if p.key == "lufeng":
            for column in site.columns[2:]:
                site.lists += list(LISTERS[p.platform](p, column))
    site.files["/robots.txt"] = f"User-agent: *\nDisallow: {ROBOTS_ADMIN[p.platform]}\n"
    site.files["/css/style.css"] = CSS
    site.files["/_portal.json"] = json.dumps(config, ensure_ascii=False, indent=1) + "\n"


def write(site: Site) -> None:
    folder = SITES / site.portal.key
    for path, content in sorted(site.files.items()):
        target = folder / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            charset = "utf-8" if path.endswith((".json", ".txt", ".css")) else site.portal.charset
            content = content.encode(charset)
        target.write_bytes(content)


def toml(value: object) -> str:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else str(value)


def manifest(sites: list[Site]) -> str:
    out = ["# Generated by seeds/demo/build.py: what the demo portals hold, for the crawl tests.",
           "# reports: every planted annual report (via = page | pdf | docx; for pdf/docx `url`",
           "#   is the attachment and `page` the article that links it).",
           "# traps: articles inside the annual-report columns that must not become reports.",
           "# lists: every list page the spider must read (Hanweb proxy batches as POST URLs).",
           "# others: non-report pages outside the annual-report columns.",
           ""]
    for e in ENTRIES:
        url = e.portal.url + e.article.path
        a = e.article
        if e.kind == "report":
            rows = {"portal": e.portal.key, "url": e.portal.url + e.attachment if e.attachment
                    else url}
            if e.attachment:
                rows["page"] = url
            rows |= {"agency_short": e.agency.short, "year": e.year, "via": e.via,
                     "title": a.title, "published": f"{a.published:%Y-%m-%d}", "format": e.fmt,
                     "script": e.script}
            if e.seed:
                rows["seed"] = e.seed
            table = "reports"
        elif e.kind == "trap":
            rows = {"portal": e.portal.key, "url": url, "outcome": "not_report",
                    "reason": e.reason, "title": a.title}
            table = "traps"
        else:
            continue
        out += [f"[[{table}]]", *(f"{k} = {toml(v)}" for k, v in rows.items()), ""]
    for site in sites:
        for path in site.lists:
            out += ["[[lists]]", f"portal = {toml(site.portal.key)}",
                    f"url = {toml(site.portal.url + path)}", ""]
    for e in ENTRIES:
        if e.kind == "other":
            out += ["[[others]]", f"portal = {toml(e.portal.key)}",
                    f"url = {toml(e.portal.url + e.article.path)}",
                    f"title = {toml(e.article.title)}", ""]
    return "\n".join(out)


def check(sites: list[Site]) -> None:
    keys = [(e.agency.short, e.year) for e in ENTRIES if e.kind == "report"]
    assert len(keys) == len(set(keys)), "duplicate (agency_short, year)"
    for site in sites:
        paths = [a.path for c in site.columns for a in c.items]
        assert len(paths) == len(set(paths)), f"duplicate article path on {site.portal.key}"


def main() -> None:
    sites = [tangyin(), panshi(), lufeng(), qufu(), nanbu()]
    check(sites)
    shutil.rmtree(SITES, ignore_errors=True)
    for site in sites:
        render(site)
        write(site)
    (HERE / "manifest.toml").write_text(manifest(sites), encoding="utf-8")
    reports = sum(e.kind == "report" for e in ENTRIES)
    traps = sum(e.kind == "trap" for e in ENTRIES)
    print(f"{len(sites)} portals, {reports} reports, {traps} traps, "
          f"{sum(len(s.lists) for s in sites)} list pages")


if __name__ == "__main__":
    main()
