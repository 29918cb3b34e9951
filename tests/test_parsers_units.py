"""The parsers' rules one by one: decoding, chrome lines, names, years, script, format, CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import parse_document
from parsers.agency import full_name, parse_name, with_county
from parsers.classify import Evidence, classify, title_trap
from parsers.document import _crumbs, sniff
from parsers.formats import detect_format
from parsers.html import attachment_kind, decode, has_pager, parse_html
from parsers.markdown import from_markdown, is_markdown, pages
from parsers.meta import (
    iso_date,
    published,
    site_county,
    title_from_lines,
    year_from_subtitle,
    year_from_text,
    year_from_title,
)
from parsers.script import detect_script, strip_pinyin
from parsers.text import (
    chrome_indices,
    drop_invisible,
    drop_running_lines,
    is_chrome_line,
    rewrapped,
    sections,
    split_glued_chrome,
    unglue,
    unspaced,
)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "parsers"
SEEDS = Path(__file__).parent / "fixtures" / "seeds"
PAGE = "<html><head>{meta}<title>t</title></head><body><p>{body}</p></body></html>"


def test_decode_prefers_http_charset_then_meta_then_detection() -> None:
    body = "吉昌镇政府信息公开工作年度报告"
    gbk_meta = PAGE.format(meta='<meta charset="gb2312">', body=body).encode("gbk")
    assert decode(gbk_meta)[:2] == (
        PAGE.format(meta='<meta charset="gb2312">', body=body),
        "gb18030",
    )
    lying_meta = PAGE.format(meta='<meta charset="utf-8">', body=body).encode("gbk")
    text, codec, _ = decode(lying_meta, "text/html; charset=GBK")
    assert codec == "gb18030" and body in text
    text, codec, warnings = decode(lying_meta)
    assert body in text and warnings, "a wrong <meta> falls back to detection with a warning"
    assert decode(PAGE.format(meta="", body="鎮").encode("big5"))[1] == "big5hkscs"
    assert decode(b"\xef\xbb\xbf" + body.encode())[0] == body


def test_gb2312_page_with_gbk_only_characters_decodes() -> None:
    page = PAGE.format(
        meta='<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
        body="息陬镇 镕 喆",
    )
    report = parse_document(page.encode("gb18030"))
    assert "息陬镇 镕 喆" in report.text


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.4\n...", "pdf"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "doc"),
        (b"<!DOCTYPE html><html>", "html"),
        ("一、总体情况\n内容".encode(), "text"),
    ],
)
def test_sniff(data: bytes, kind: str) -> None:
    assert sniff(data, None, None) == kind


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00\x01\x02garbage",
        "",
        "<html><body></body></html>",
        b"%PDF-1.4 truncated",
        b"PK\x03\x04broken zip",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "<p>" * 5000,
        b"<<<>>>&&&",
    ],
)
def test_bad_input_gives_a_record_not_an_exception(data: bytes | str) -> None:
    report = parse_document(data, url="http://example.gov.cn/a.html")
    assert report.is_annual_report is False and report.reason
    assert json.dumps(report.to_dict(), ensure_ascii=False)


@settings(max_examples=60, deadline=None)
@given(st.one_of(st.binary(max_size=400), st.text(max_size=400)))
def test_never_raises(data: bytes | str) -> None:
    parse_document(data)


@pytest.mark.parametrize(
    "line",
    [
        "当前位置：首页 > 政务公开 > 政府信息公开年报",
        "您现在的位置: 首页 >> 信息公开",
        "首页 >> 乡镇信息公开 >> 妥安乡",
        "日期:2018年01月30日   作者:妥安乡   来源:    点击:[]",
        "发布时间：2021-01-20 09:12 来源：县财政局 浏览次数：",
        "2023-01-18 来源：永嘉县人民政府",
        "【字体：大 中 小】【打印本页】【关闭窗口】",
        "字号 大 中 小",
        "打印本页",
        "关闭",
        "分享到：微信 微博 QQ空间",
        "扫一扫在手机打开当前页",
        "上一条:妥安乡2018年政府信息公开工作年度报告",
        "下一篇：无",
        "相关链接",
        "附件下载：",
        "主办单位：禄丰市人民政府办公室",
        "网站标识码：5323310001  滇ICP备05001234号",
        "滇公网安备 53233102000123号",
        "无障碍浏览 长者模式",
        "请输入关键词 搜索",
        "- 3 -",
        "第 2 页 共 5 页",
        "Share to: WeChat Weibo QQ",
        "分享至：Facebook | Twitter | 微信 | 微博",
        "列印 | 关闭 | 返回页首",
        "字级：小 中 大",
        "浏览人次：1024",
        "您是本站第 0012345 位访客",
        "今日访问量：126 总访问量：1234567",
        "政务服务热线：12345",
        "索 引 号：00529014-9/2023-00003",
        "名 称：赵保镇2022年政府信息公开工作年度报告",
        "原创 庙子镇人民政府 庙子镇发布 2023-01-18 09:30 发表于河南",
        "预览时标签不可点",
        "分享 收藏 点赞 在看",
        "京ICP证030173号",
        "本文已被浏览 123 次",
        "本文阅读次数：218",
        "发布于 2021年1月28日",
        "原文链接：http://www.longhui.gov.cn/zwgk/art.shtml?id=7b2c;v=2",
        "【返回上一页】",
        "相关附件：无",
        "发布时间 / Publish time：2021-01-25",
        "发布时间 / جاريالانعان ۋاقىتى：2020-01-16　来源：米粮泉回族乡",
        "27 2022-01",
        "Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE MicrosoftInternetExplorer4",
    ],
)
def test_chrome_lines(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "对网站中失效链接及时进行关闭处理。",
        "群众可通过打印申请表的方式提交申请",
        "中共妥安乡委员会",
        "　0",
        "211",
        "一、总体情况",
        "规范性文件 | 211 | 10 | 10",
        "如对本报告有任何疑问，请联系我们。",
        "（三）政府信息管理。严格落实保密审查机制，全年未发生泄密事件。",
        "2.关闭整合低效政务新媒体账号3个",
        "3.打印发放政策宣传资料2000余份",
        "5.在便民服务大厅设置二维码，群众扫一扫即可查阅办事指南",
        "6.完成网站IPv6改造和ICP备案信息核查",
        "（二）撰写的经验文章发表于人民日报",
        "门户网站累计点击量达12.3万次",
        "本文件自2021年1月28日起施行",
    ],
)
def test_body_lines_are_not_chrome(line: str) -> None:
    assert not is_chrome_line(line)


def test_seed_003_chrome_split() -> None:
    lines = (SEEDS / "003_e4c4c008a52a3770.txt").read_text(encoding="utf-8").splitlines()
    chrome_idx = chrome_indices(lines)
    body = [x for i, x in enumerate(lines) if i not in chrome_idx]
    chrome = [lines[i].strip() for i in sorted(chrome_idx)]
    assert chrome[:3] == [
        "禄丰市人民政府",
        "首页 >> 乡镇信息公开 >> 妥安乡",
        "日期:2018年01月30日\xa0\xa0\xa0作者:妥安乡\xa0\xa0\xa0来源: \xa0\xa0\xa0点击:[]",
    ]
    assert chrome[-3:] == [
        "上一条:妥安乡2018年政府信息公开工作年度报告",
        "下一条:妥安乡2016年度政府信息公开工作报告",
        "关闭",
    ]
    assert [x for x in body if x.strip()][-2:] == ["中共妥安乡委员会", "2017年12月30日"]


@pytest.mark.parametrize(
    ("name", "short", "kind"),
    [
        ("磐石市吉昌镇人民政府", "吉昌镇", "township"),
        ("中共妥安乡委员会", "妥安乡", "township"),
        ("和平镇", "和平镇", "township"),
        ("城关镇人民政府", "城关镇", "township"),
        ("新市镇", "新市镇", "township"),
        ("安徽省东至县花园乡", "花园乡", "township"),
        ("盐城市亭湖区文峰街道办事处", "文峰街道", "street"),
        ("禄丰市人民政府", "禄丰市人民政府", "county_government"),
        ("沛县", "沛县人民政府", "county_government"),
        ("禄丰市财政局", "禄丰市财政局", "department"),
        ("禄丰市人民政府办公室", "禄丰市人民政府办公室", "department"),
        ("磐石市机构编制委员会办公室", "磐石市机构编制委员会办公室", "department"),
        ("禄丰市人民医院", "禄丰市人民医院", "other"),
        ("古城乡人民政府", "古城乡", "township"),
        ("恩施市芭蕉侗族乡人民政府", "芭蕉侗族乡", "township"),
        ("阿鲁科尔沁旗巴彦温都尔苏木人民政府", "巴彦温都尔苏木", "township"),
        ("武威市凉州区东大街街道办事处", "东大街街道", "street"),
        ("武汉市蔡甸区民政局", "蔡甸区民政局", "department"),
        ("晋城市城区财政局", "晋城市城区财政局", "department"),
        ("武汉市生态环境局江夏区分局", "武汉市生态环境局江夏区分局", "department"),
        ("峨山彝族自治县人民政府办公室", "峨山彝族自治县人民政府办公室", "department"),
        ("镇雄县人民政府", "镇雄县人民政府", "county_government"),
        ("北京市西城区人民政府德胜街道办事处", "德胜街道", "street"),
        ("洪雅县国有林场", "洪雅县国有林场", "other"),
        ("鹤壁经济技术开发区管理委员会", "鹤壁经济技术开发区管理委员会", "department"),
        ("嵩县人民政府", "嵩县人民政府", "county_government"),
        ("延边朝鲜族自治州延吉市小营镇人民政府", "小营镇", "township"),
        ("海西蒙古族藏族自治州格尔木市人民政府", "格尔木市人民政府", "county_government"),
        ("内蒙古自治区兴安盟科尔沁右翼中旗人民政府", "科尔沁右翼中旗人民政府", "county_government"),
    ],
)
def test_parse_name(name: str, short: str, kind: str) -> None:
    agency = parse_name(name)
    assert agency is not None and (agency.short, agency.kind) == (short, kind)


@pytest.mark.parametrize(
    "name",
    [
        "乡镇",
        "全县",
        "新闻中心",
        "政府信息公开",
        "我镇",
        "2019年",
        "统筹城乡",
        "年度我镇",
        "宜阳县人民政府门户网站",
    ],
)
def test_parse_name_rejects_non_names(name: str) -> None:
    assert parse_name(name) is None


@pytest.mark.parametrize(
    ("title", "reason"),
    [
        ("我县召开政府信息公开工作年度报告编制培训会", "news"),
        ("关于召开全县政务公开工作会议的通知", "notice"),
        ("关于做好2021年度政府信息公开工作年度报告编制发布工作的通知", "notice"),
        ("禄丰市政府信息公开工作年度报告制度", "notice"),
        ("磐石市机构编制委员会办公室2019年政府信息公开工作年度报告", None),
        ("禄丰市审计局2020年度政府信息公开工作年度报告", None),
        ("关于报送2020年度政府信息公开工作年度报告的函", "letter"),
        ("禄丰市2022年政务公开工作要点", "work-plan"),
        ("伊川县教育局2022年政务公开工作总结", "work-plan"),
        ("XX县2021年度政府信息公开工作年度报告汇总", "summary"),
        ("2023年政府工作报告", "other-report"),
        ("蔡甸区2022年法治政府建设年度报告", "other-report"),
        ("2022年度部门整体支出绩效自评报告", "evaluation"),
        ("宣汉县教育局2022年度部门决算报告", "budget"),
        ("图解：禄劝县2021年政府信息公开工作年度报告", "news"),
        ("岷县政府信息公开工作2016年度报告", None),
        ("宁国市2008年政府信息公开工作报告", None),
        ("卢氏县发布2022年政府信息公开工作年度报告", "news"),
        ("尚屯镇2022年第三季度政务公开工作情况报告", "other-report"),
        ("2023年上半年政府信息公开工作情况报告", "other-report"),
        ("宜阳县人民政府门户网站2022年度工作报表", "other-report"),
        ("小店镇2019—2020年度政府信息公开工作年度报告", None),
    ],
)
def test_title_traps(title: str, reason: str | None) -> None:
    assert title_trap(title) == reason


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("妥安乡2017年政府信息公开工作年度报告", 2017),
        ("2019年黄金镇政府信息公开工作年度报告", 2019),
        ("二〇一八年金山镇政府信息公开工作年度报告", 2018),
        ("２０２０年度城关镇政府信息公开工作年度报告", 2020),
        ("禄丰市2019年度政府信息公开工作年度报告（2020年3月修订）", 2019),
        ("xx镇20xx年政府信息公开工作年度报告", None),
        ("中村乡政府信息公开工作年度报告", None),
        ("汤阴县民政局政府信息公开工作年度报告（2019）", 2019),
        ("小店镇2019—2020年度政府信息公开工作年度报告", 2020),
    ],
)
def test_year_from_title(title: str, year: int | None) -> None:
    assert year_from_title(title) == year


def test_year_from_text_rules() -> None:
    assert year_from_text("报告中所列数据的统计时限为2023年1月1日起至2023年12月31日止。") == 2023
    assert year_from_text("本报告统计期限自2019年1月1日至12月31日。") == 2019
    assert year_from_text("现向社会公布2018年度任固镇政府信息公开年度报告。2017年度，我镇…") == 2018
    assert year_from_text("根据《关于做好2019年度政府信息公开工作年度报告的通知》要求，…") is None
    assert year_from_text("2020年，我镇将进一步加强学习。2019年12月30日") is None


def test_year_from_a_subtitle_line_under_the_title() -> None:
    assert year_from_subtitle(["伊川县医疗保障局政府信息公开工作年度报告", "（2022年度）"]) == 2022
    assert year_from_subtitle(["（２０２１年度）", "根据…"]) == 2021
    assert year_from_subtitle(["根据…", "2023年1月18日"]) is None


def test_year_from_the_overview_opening() -> None:
    assert year_from_text("前言。\n一、总体情况\n2020年，茅坪镇在县委的领导下…") == 2020
    assert year_from_text("一、概述\n一年来，我乡…\n2021年，我乡将…") is None


@pytest.mark.parametrize(
    ("title", "body", "verdict"),
    [
        (
            "城关镇扎实做好2021年度政府信息公开工作年度报告发布工作",
            "近日，城关镇召开专题会议。",
            (False, "news"),
        ),
        ("2021年政府信息公开工作年度报告（汉旺镇）", "", (True, None)),
        ("2022年度政府信息公开工作年度报告--东城街道", "", (True, None)),
        ("关于公布城关镇2021年度政府信息公开工作年度报告的公告", "近日公布。", (False, "news")),
    ],
)
def test_a_title_is_the_report_only_when_it_ends_on_it(
    title: str, body: str, verdict: tuple[bool, str | None]
) -> None:
    text = body + "\n" + "根据条例规定编制本报告，全年主动公开政府信息九十六条。" * 10
    assert classify(Evidence(title=title, text=text)) == verdict


def test_a_document_linking_many_units_reports_is_a_summary_a_paged_one_a_list() -> None:
    units = ("县教育局", "县财政局", "城关镇", "河口镇", "龙泉街道", "县民政局")
    text = "\n".join(f"{i} | {u} | {u}2022年政府信息公开工作年度报告" for i, u in enumerate(units))
    ev = Evidence(title="2022年度政府信息公开工作年度报告", text=text, list_links=6)
    assert classify(ev) == (False, "summary")
    ev.pager = True
    assert classify(ev) == (False, "list")


def test_old_template_in_a_2019_report() -> None:
    text = "附件：龙山镇2019年政府信息公开情况统计表\n（一）主动公开政府信息数 | 条 | 215"
    assert detect_format(text, 2019) == "pre2019"
    assert detect_format("（一）主动公开。全年主动公开政府信息215条。", 2019) == "2019"


def test_glued_text_is_split_into_title_and_sentences() -> None:
    sentence = "根据《条例》要求，特编制本报告，全年主动公开政府信息六百四十六条。"
    lines = unglue(["吴村镇人民政府2018年信息公开年度报告" + sentence * 12])
    assert lines[0] == "吴村镇人民政府2018年信息公开年度报告"
    assert lines[1:] == [sentence] * 12


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        (  # an info line and the first sentence glued after the title
            "涧池镇2021年政府信息公开工作年度报告发布时间：2022-01-20来源：涧池镇访问量：本报告根据《条例》编制。",
            [
                "涧池镇2021年政府信息公开工作年度报告",
                "发布时间：2022-01-20来源：涧池镇访问量：",
                "本报告根据《条例》编制。",
            ],
        ),
        (  # a counter's number is the info line's, a year is the sentence's
            "某镇2021年度报告发布日期：2022-01-20 点击：35 2021年，我镇主动公开信息。",
            ["某镇2021年度报告", "发布日期：2022-01-20 点击：35 ", "2021年，我镇主动公开信息。"],
        ),
        (  # the site's name with its breadcrumb
            "汉阴县人民政府您当前所在位置：首页>信息公开>镇办信息公开>涧池镇>政府信息公开年报",
            [
                "汉阴县人民政府",
                "您当前所在位置：首页>信息公开>镇办信息公开>涧池镇>政府信息公开年报",
            ],
        ),
        (  # a sentence naming a position is no breadcrumb
            "我镇在当前位置：设立公开查阅点三处。",
            ["我镇在当前位置：设立公开查阅点三处。"],
        ),
    ],
)
def test_chrome_glued_to_text_is_split_off(line: str, parts: list[str]) -> None:
    assert split_glued_chrome([line]) == parts


def test_title_broken_over_the_first_lines() -> None:
    lines = [
        "镇雄县人民政府2021年政府信息公开工作",
        "年度报告",
        "",
        "    本报告根据《条例》（以下简称《",
    ]
    assert title_from_lines(lines) == "镇雄县人民政府2021年政府信息公开工作年度报告"


def test_full_name_is_the_longest_stated_name_of_the_same_unit() -> None:
    text = "请与武汉市蔡甸区民政局联系。\n武汉市蔡甸区人民政府\n全县城乡"
    assert full_name(parse_name("蔡甸区民政局"), [text]) == "武汉市蔡甸区民政局"
    assert full_name(parse_name("蔡甸区人民政府"), [text]) == "武汉市蔡甸区人民政府"
    assert full_name(parse_name("吉昌镇"), [text]) == "吉昌镇"
    # an autonomous prefecture, 地区 or 盟 is part of the name as a city is (a province is not)
    text = "阿坝藏族羌族自治州茂县自然资源局\n青海省果洛藏族自治州玛沁县人民政府"
    assert full_name(parse_name("茂县自然资源局"), [text]) == "阿坝藏族羌族自治州茂县自然资源局"
    assert full_name(parse_name("玛沁县"), [text]) == "果洛藏族自治州玛沁县人民政府"


def test_content_between_comment_markers_stays_in_the_page() -> None:
    html = (
        "<html><body><div class='crumb'>当前位置：首页 > 年报</div><div><h1>标题</h1>"
        "<!--<$[信息内容]>begin--><p>一、总体情况</p><p>2020年，我镇主动公开政府信息96条。</p>"
        "<!--<$[信息内容]>end--><p>【打印本页】</p></div></body></html>"
    )
    page = parse_html(html)
    assert page.container_found == "comment"
    assert page.lines == ["一、总体情况", "2020年，我镇主动公开政府信息96条。"]
    assert "当前位置：首页 > 年报" in page.page_lines and "一、总体情况" not in page.page_lines


def test_word_sections_are_read_together() -> None:
    para = "<p>我镇严格落实保密审查制度，主动公开政府信息九十六条，全年未发生泄密事件。</p>"
    html = (
        "<html><body><div class='nav'><a href='/'>首页</a></div><div class='box'>"
        f"<div class='WordSection1'>{para * 8}</div>"
        "<div class='WordSection2'><table><tr><td>信息内容</td><td>本年制发件数</td></tr>"
        "<tr><td>规章</td><td>0</td></tr></table></div>"
        f"<div class='WordSection3'>{para}<p>城关镇人民政府</p></div></div></body></html>"
    )
    lines = parse_html(html).lines
    assert "规章 | 0" in lines and lines[-1] == "城关镇人民政府"


def test_publication_year_is_never_the_report_year() -> None:
    page = (FIXTURES / "ucap_year_unstated.html").read_bytes()
    report = parse_document(page, url="http://www.ynlf.gov.cn/zcx/2020/0115/30211.html")
    assert report.published == "2020-01-15" and report.year is None
    assert "the year reported on is not stated" in report.warnings


def test_context_fills_what_an_attachment_lacks() -> None:
    context = {
        "link_title": "高峰乡2020年政府信息公开工作年度报告",
        "published": "2021-01-25",
        "region": {"province": "云南省", "county": "禄丰市"},
    }
    report = parse_document((FIXTURES / "pdf_no_title.pdf").read_bytes(), context=context)
    assert (report.title, report.year, report.agency_short) == (
        context["link_title"],
        2020,
        "高峰乡",
    )
    assert report.region == {
        "province": "云南省",
        "prefecture": None,
        "county": "禄丰市",
        "code": None,
    }


def test_iso_date() -> None:
    assert iso_date("日期:2018年01月30日") == "2018-01-30"
    assert iso_date("2021/11/2 09:08") == "2021-11-02"
    assert iso_date("2019.2.30") is None


def test_script_and_pinyin() -> None:
    assert detect_script("任固鎮政府信息公開年度報告，健全工作機製") == "traditional"
    assert detect_script("任固镇政府信息公开年度报告") == "simplified"
    assert detect_script("2019 | 0 | 0") is None
    assert strip_pinyin("任固鎮(zhèn)政府(a)") == ("任固鎮政府(a)", 1)


def test_seed_000_reads_in_simplified() -> None:
    report = parse_document((SEEDS / "000_5de01db4fd1ce3b6.txt").read_bytes())
    for word in ("任固镇", "机制", "体系", "同志", "方面"):
        assert word in report.text
    assert "機製" in report.text_original


@pytest.mark.parametrize(
    ("text", "year", "fmt"),
    [
        ("信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数", 2022, "2021"),
        ("信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量", 2020, "2019"),
        ("一、概述", 2017, "pre2019"),
        ("一、总体情况", 2020, "2019"),
        ("一、总体情况", None, None),
    ],
)
def test_detect_format(text: str, year: int | None, fmt: str | None) -> None:
    assert detect_format(text, year) == fmt


def test_sections_skip_table_row_labels_and_allow_a_gap() -> None:
    lines = [
        "一、总体情况",
        "正文",
        "二、主动公开政府信息情况",
        "一、本年新收 | 0",
        "四、其他",
        "四、结转下年度继续办理 | 0",
    ]
    assert [(s["number"], s["title"]) for s in sections(lines)] == [
        (1, "总体情况"),
        (2, "主动公开政府信息情况"),
        (4, "其他"),
    ]


def test_attachment_kind() -> None:
    assert attachment_kind("/module/download/downfile.jsp?classid=0&filename=ab12.pdf") == "pdf"
    assert attachment_kind("./P020240220729348087558.docx") == "docx"
    assert attachment_kind("/art/2023/1/18/art_1_2.html") is None


def test_cli_prints_one_line_per_path_and_fails_only_on_unreadable_paths(tmp_path: Path) -> None:
    paths = [
        str(SEEDS / "003_e4c4c008a52a3770.txt"),
        str(tmp_path / "missing.html"),
        str(FIXTURES / "trap_guide.html"),
    ]
    result = subprocess.run(
        [sys.executable, "-m", "parsers", "--url", "http://x.gov.cn/a.html", *paths],
        capture_output=True,
        cwd=ROOT,
        check=False,
    )
    records = [json.loads(x) for x in result.stdout.decode("utf-8").splitlines()]
    assert result.returncode == 1 and "missing.html" in result.stderr.decode()
    assert [r["agency_short"] for r in records] == ["妥安乡", "息陬镇"]
    assert list(records[0]) == [
        "url",
        "title",
        "agency",
        "agency_short",
        "agency_kind",
        "region",
        "year",
        "published",
        "script",
        "format",
        "is_annual_report",
        "reason",
        "text",
        "text_original",
        "chrome",
        "sections",
        "cells",
        "checks",
        "attachments",
        "warnings",
    ]
    assert "妥安乡" in result.stdout.decode("utf-8"), "UTF-8, not \\u escapes"


@pytest.mark.parametrize(
    ("line", "crumbs"),
    [
        ("当前位置：首页 > 乡镇 > 妥安乡", ["首页", "乡镇", "妥安乡"]),
        ("首页 / 信息公开 / 乡镇信息公开 / 河口镇", ["首页", "信息公开", "乡镇信息公开", "河口镇"]),
        ("您的位置：首页 - 政务公开 - 龙泉街道", ["首页", "政务公开", "龙泉街道"]),
        ("首页 | 政务公开 | 政务服务", []),
        ("来源：县政府办", []),
    ],
)
def test_breadcrumb_separators(line: str, crumbs: list[str]) -> None:
    assert _crumbs(line) == crumbs


def test_a_department_without_its_county_takes_the_sites() -> None:
    county = site_county(None, ["2022年度报告-平舆县人民政府"])
    assert county == "平舆县"
    assert with_county(parse_name("县医疗保障局"), county).short == "平舆县医疗保障局"
    assert with_county(parse_name("市场监督管理局"), county).short == "平舆县市场监督管理局"
    assert with_county(parse_name("县财政局"), "禄丰市").short == "县财政局"  # not that county's
    assert with_county(parse_name("禄丰市财政局"), county).short == "禄丰市财政局"
    assert site_county({"region": {"county": "伊川县"}}, ["平舆县人民政府"]) == "伊川县"


def test_full_name_starts_at_a_word_boundary() -> None:
    agency = parse_name("德胜街道办事处")
    text = "本报告由北京市西城区人民政府德胜街道办事处根据《条例》编制。"
    assert full_name(agency, [text]) == "北京市西城区人民政府德胜街道办事处"


def test_running_headers_and_footers_of_pages_are_dropped() -> None:
    pages = [
        [
            "汤阴县人民政府公报",
            "汤阴县2022年政府信息公开工作年度报告",
            "一、总体情况",
            "第 1 页 共 3 页",
        ],
        ["汤阴县人民政府公报", "（一）主动公开。全年公开信息。", "第 2 页 共 3 页"],
        ["汤阴县人民政府公报", "六、其他需要报告的事项", "汤阴县人民政府", "2023年3月28日"],
    ]
    lines = drop_running_lines(pages)
    assert "汤阴县人民政府公报" not in lines and not any("共 3 页" in x for x in lines)
    assert lines[-2:] == ["汤阴县人民政府", "2023年3月28日"]
    # the unit's name over the title and the same name signing on the last page both stay
    pages = [
        ["澧县交通运输局", "2022年度报告", "正文。", "- 1 -"],
        ["澧县交通运输局", "2023年1月16日", "- 2 -"],
    ]
    assert drop_running_lines(pages) == [
        "澧县交通运输局",
        "2022年度报告",
        "正文。",
        "澧县交通运输局",
        "2023年1月16日",
    ]
    # a cover ending on the name and date the report is signed with: no running footer
    cover = ["凤县审计局2012年政府信息公开工作年度报告", "凤县审计局", "2013年3月"]
    pages = [cover, ["一、概述", "正文。", "第1页"], ["无。", "凤县审计局", "2013年3月18日"]]
    assert drop_running_lines(pages)[-2:] == ["凤县审计局", "2013年3月18日"]


def test_footer_lines_between_chrome_lines_are_chrome() -> None:
    lines = [
        "潭头镇2022年政府信息公开工作年度报告",
        *["正文第一段。"] * 6,
        "潭头镇人民政府",
        "2023年1月19日",
        "网站地图 | 联系我们",
        "地址：栾川县城关镇君山东路1号 邮编：471500",
        "技术支持：河南某某网络科技有限公司",
    ]
    chrome = chrome_indices(lines)
    assert {9, 10, 11} <= chrome and not {7, 8} & chrome


@pytest.mark.parametrize(
    ("raw", "short", "county"),
    [
        ("攸县林业和草原局", "攸县林业和草原局", "攸县"),
        ("株洲市攸县统计局", "攸县统计局", "攸县"),
        ("县市场监督管理局", "县市场监督管理局", None),
        ("全县财政局", "全县财政局", None),
    ],
)
def test_two_character_counties_head_a_department(raw: str, short: str, county: str) -> None:
    found = parse_name(raw)
    assert found and (found.short, found.county) == (short, county)
    if raw.startswith("县"):
        assert with_county(found, "攸县").short == "攸县市场监督管理局"


def test_a_quoted_report_title_keeps_its_trap_words() -> None:
    assert title_trap("一图读懂《岭背镇2022年政府信息公开工作年度报告》") == "news"
    assert title_trap("岭背镇2022年政府信息公开工作年度报告") is None


def test_title_and_chrome_from_a_metadata_field() -> None:
    assert is_chrome_line("标题：胜利街道办事处2021年度政府信息公开工作年度报告")
    assert is_chrome_line("【打印此文】【关闭窗口】")
    page = (
        "<html><head><title>黟县人民政府</title></head><body><div id='zoom'>"
        "<table><tr><td>索引号</td><td>003/2023-1</td></tr><tr><td>发布机构</td><td>黟县政务公开办"
        "</td></tr><tr><td>标题</td><td>宏村镇2022年政府信息公开工作年度报告</td></tr></table>"
        + "<p>一、总体情况</p><p>2022年，我镇坚持以公开为常态、不公开为例外。</p>" * 3
        + "</div></body></html>"
    )
    got = parse_document(page.encode(), url="http://x.gov.cn/a.html").to_dict()
    assert got["title"] == "宏村镇2022年政府信息公开工作年度报告"
    assert "索引号" not in got["text"]


@pytest.mark.parametrize(
    "line", ["第1页 第2页 下一页", "共2页 首页 上一页 1 2 下一页 尾页", "【上一页】【下一页】"]
)
def test_article_pager_is_chrome(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize("line", ["第2页的表格数据有误已更正。", "2021年", "12"])
def test_pager_words_in_text_stay(line: str) -> None:
    assert not is_chrome_line(line)


def test_numbered_section_heading_is_never_a_title() -> None:
    lines = ["六、其他需要报告的事项", "本年度未收取信息处理费。"]
    assert title_from_lines(lines) is None


def test_transmittal_carrying_the_report() -> None:
    from parsers.classify import transmitted

    body = "\n".join(
        [
            "一、概述",
            "全年公开。",
            "二、主动公开政府信息情况",
            "三、依申请公开政府信息情况",
            "四、行政复议和行政诉讼情况",
            "五、存在的主要问题和改进措施",
        ]
    )
    title = "关于印发《鹤山镇2012年政府信息公开工作年度报告》的通知"
    assert transmitted(title, body) == "鹤山镇2012年政府信息公开工作年度报告"
    assert transmitted(title, "请各单位于3月底前报送。") is None
    assert transmitted("关于印发《政府信息公开工作制度》的通知", body) is None


def test_iframe_srcdoc_and_hidden_pages_are_content() -> None:
    para = "<p>本年度我镇主动公开政府信息120条，均已按时公开。</p>"
    srcdoc = f"<html><body>{para * 5}</body></html>".replace('"', "&quot;")
    page = parse_html(f'<html><body><iframe srcdoc="{srcdoc}"></iframe></body></html>')
    assert "本年度我镇主动公开政府信息120条，均已按时公开。" in page.lines
    paged = (
        f'<html><body><div id="a"><div class="page">{para * 4}</div>'
        '<div class="page" style="display:none"><p>二是完善公开目录，持续更新。</p></div>'
        '<div style="display:none"><p>隐藏的弹窗文字。</p></div></div></body></html>'
    )
    lines = parse_html(paged).lines
    assert "二是完善公开目录，持续更新。" in lines
    assert "隐藏的弹窗文字。" not in lines
    copy = paged.replace("<p>二是完善公开目录，持续更新。</p>", para * 4)
    assert parse_html(copy).lines.count("本年度我镇主动公开政府信息120条，均已按时公开。") == 4


def test_a_hidden_panel_of_the_report_is_content_but_another_years_report_is_not() -> None:
    opening = "<p>本报告根据《条例》编制，所列数据的统计期限自2023年1月1日起至12月31日止。</p>"
    section = "<p>二、主动公开政府信息情况。本年度我局主动公开政府信息120条，均已按时公开完毕。</p>"
    panel = f'<div class="panel" style="display:none">{section * 2}</div>'
    other_year = f'<div class="tab" style="display:none">{opening.replace("2023", "2022")}</div>'
    page = parse_html(
        f'<html><body><div id="zoom">{opening}<h3>二、主动公开</h3>{panel}{other_year}</div>'
        "</body></html>"
    )
    assert (
        "二、主动公开政府信息情况。本年度我局主动公开政府信息120条，均已按时公开完毕。"
        in page.lines
    )
    assert not any("2022年1月1日" in line for line in page.lines)


def test_an_article_a_script_renders_into_an_empty_page_is_read() -> None:
    para = "本年度我镇主动公开政府信息120条，均已按时公开。" * 10
    script = f'var articleContent = "<p>{para}<\\/p><p>二、主动公开<\\/p>";'
    page = parse_html(f"<html><body><div id=app></div><script>{script}</script></body></html>")
    assert page.lines == [para, "二、主动公开"]
    assert page.container_found == "script"


JINA = """Title: 宁陵县2023年政府信息公开工作年度报告-宁陵县人民政府

URL Source: http://www.ningling.gov.cn/2024/03-28/2897123.html

Published Time: 2024-03-28T16:20:00+08:00

Markdown Content:
[![Image 1: 宁陵县人民政府](http://www.ningling.gov.cn/images/logo.png)](http://www.ningling.gov.cn/)

*   [首页](http://www.ningling.gov.cn/)
宁陵县2023年政府信息公开工作年度报告
====================================

## 一、总体情况

**（一）主动公开**

| 信息内容 | 本年制发件数 |
|---|---|
| 规章 | 0 |

我县[关闭](http://x.gov.cn/a.html)过时栏目2个。

[打印](javascript:window.print()) [关闭](javascript:window.close())"""


def test_markdown_reads_as_the_page_did() -> None:
    assert is_markdown(JINA)
    lines, chrome, meta, links, headline = from_markdown(JINA.splitlines())
    assert [x for x in lines if x] == [
        "宁陵县2023年政府信息公开工作年度报告",
        "一、总体情况",
        "（一）主动公开",
        "信息内容 | 本年制发件数",
        "规章 | 0",
        "我县关闭过时栏目2个。",
    ]
    assert chrome[:4] == [
        "Title: 宁陵县2023年政府信息公开工作年度报告-宁陵县人民政府",
        "URL Source: http://www.ningling.gov.cn/2024/03-28/2897123.html",
        "Published Time: 2024-03-28T16:20:00+08:00",
        "Markdown Content:",
    ]
    assert chrome[4:] == ["首页", "打印 关闭"]
    assert meta == {"article:published_time": "2024-03-28T16:20:00+08:00"}
    # every link counts as a page's <a> would, the one in a sentence too; the heading over
    # its === rule is the headline
    assert links == ["首页", "关闭", "打印 关闭"]
    assert headline == "宁陵县2023年政府信息公开工作年度报告"
    assert not is_markdown("一、总体情况\n- 2 -\n本年度共主动公开信息12条。")


CONVERTED = """---
title: 合德镇2022年政府信息公开工作年度报告
date: "2023-01-13"
hostname: sheyang.gov.cn
---
* 首页⟨1⟩
<div class="TRS_Editor">
| 某镇 | 2022 | 年政府信息公开工作年度报告 |
| --- | --- | --- |
<!-- image -->
<table><tr><td colspan="2">第二十条第（一）项</td></tr>
<tr><td>规章</td><td>0</td></tr></table>
</div>
## References
⟨1⟩ http://www.sheyang.gov.cn/: 首页"""


def test_markdown_of_document_converters() -> None:
    """trafilatura's front matter, Crawl4AI's cited links, pandoc's raw HTML, Docling's image
    mark, a title MarkItDown set as a table of one row."""
    lines, chrome, meta, links, headline = from_markdown(CONVERTED.splitlines())
    assert lines == [
        "合德镇2022年政府信息公开工作年度报告",
        "某镇2022年政府信息公开工作年度报告",
        "第二十条第（一）项",
        "规章 | 0",
    ]
    assert chrome == [
        'date: "2023-01-13"',
        "hostname: sheyang.gov.cn",
        "首页",
        "<!-- image -->",
        "## References",
        "⟨1⟩ http://www.sheyang.gov.cn/: 首页",
    ]
    assert meta == {"article:published_time": "2023-01-13"} and links == ["首页"]
    assert headline is None
    assert pages("一\n--- end of page=0 ---\n二\f三") == ["一\n", "\n二", "三"]


PANDOC = """::: {#zoom .TRS_Editor}
# 沂水县2024年政府信息公开工作年度报告 {.title}

统计期限自[2024]{style="font-family: Times New Roman"}年1月1日起\\
+--------+--------+
| 规章   | 0      |
+--------+--------+
:::"""


def test_pandoc_markdown_loses_its_divs_attributes_spans_and_grid_rules() -> None:
    lines, _, _, _, headline = from_markdown(PANDOC.splitlines())
    assert [x for x in lines if x] == [
        "沂水县2024年政府信息公开工作年度报告",
        "统计期限自2024年1月1日起",
        "规章   | 0",
    ]
    assert headline == "沂水县2024年政府信息公开工作年度报告"


@pytest.mark.parametrize(
    ("text", "pager"),
    [
        ("<a href='?page=2'>2</a>", True),
        ("<a href='list.jsp?cur_page=3'>3</a>", True),
        ("共 3 页", True),
        ("createPageHTML(5, 0, 'index', 'html')", True),
        ("<div class='homepage'>首页</div>", False),
        ("var page=2;", False),
    ],
)
def test_has_pager(text: str, pager: bool) -> None:
    assert has_pager(text) is pager


def test_a_fixed_width_dump_is_rejoined() -> None:
    body = (
        "根据《中华人民共和国政府信息公开条例》规定，现将本镇二〇二二年度政府信息公开工作情况报告如下。"
        * 5
    )
    dump = [body[i : i + 38] for i in range(0, len(body), 38)]  # 76 columns of full-width text
    assert rewrapped(["一、总体情况", *dump, "二、主动公开政府信息情况"]) == [
        "一、总体情况",
        body,
        "二、主动公开政府信息情况",
    ]


def test_a_title_spaced_with_no_break_spaces_is_read_whole() -> None:
    assert (
        unspaced("淮\u00a0川\u00a0街\u00a0道\u00a02\u00a00\u00a02\u00a04\u00a0年")
        == "淮川街道2024年"
    )


@pytest.mark.parametrize(
    ("line", "read"),
    [
        (
            "湘 乡市2011 年 政 府 信 息 公 开 工 作 年 度 报 告",
            "湘乡市2011年政府信息公开工作年度报告",
        ),
        ("2020年 政府 信 息 公 开 工 作年 度 报 告", "2020年政府信息公开工作年度报告"),
        ("（一）予以公开 1 0 0 0 0 0 1", "（一）予以公开 1 0 0 0 0 0 1"),  # a table row
        (
            "信息内容 本年制发件数 本年废止件数 现行有效件数",
            "信息内容 本年制发件数 本年废止件数 现行有效件数",
        ),
    ],
)
def test_a_line_ocr_spaced_unevenly_is_read_whole(line: str, read: str) -> None:
    assert unspaced(line) == read


def test_a_masthead_rule_read_by_ocr_is_chrome() -> None:
    assert is_chrome_line("一一一一一一一一一一 ★ 一一一一一一一一一一")
    assert is_chrome_line("———————————————")
    assert not is_chrome_line("一、总体情况")


def test_metadata_lines_the_report_quotes_are_body() -> None:
    quoted = [
        "作者：沛县行政审批局企业服务科",
        "发布时间：2023年6月8日",
        "来源：沛县人民政府门户网站",
    ]
    lines = [
        "沛县行政审批局2023年政府信息公开工作年度报告",
        *["我局主动公开政府信息64条。"] * 4,
        "例如，我局在门户网站发布的一则信息如下：",
        *quoted,
        "日期：2022年1月1日至12月31日",
        *["我局依申请公开办理2件。"] * 4,
        "主办单位：沛县人民政府办公室",
    ]
    assert [lines[i] for i in sorted(chrome_indices(lines))] == ["主办单位：沛县人民政府办公室"]


def test_visitor_comments_after_the_report_are_chrome() -> None:
    comments = [
        "游客 2018-03-30 16:42",
        "建议把惠民资金发放明细按村公开。",
        "网友 2018-04-02 09:15",
        "点赞",
    ]
    lines = ["古陶镇2017年政府信息公开工作年度报告", *["我镇主动公开政府信息64条。"] * 8, *comments]
    assert [lines[i] for i in sorted(chrome_indices(lines))] == comments


def test_a_page_between_two_page_numbers_is_no_footer() -> None:
    """OCR of a 统计表 one cell a line: the last page's cells and the signature are short lines
    between two page numbers, and stay."""
    last_page = ["六、依申请公开信息收取的费用", "万元", "0", "次", "会宁县郭城驿镇人民政府"]
    lines = ["我镇主动公开政府信息292条。"] * 6 + ["-3-", *last_page, "二〇一一年三月十五日", "-4-"]
    assert [lines[i] for i in sorted(chrome_indices(lines))] == ["-3-", "-4-"]


def test_text_as_a_reader_sees_it() -> None:
    assert drop_invisible("《中\u200b华人民共和国政\u00ad府信息公开条例》\ufeff") == (
        "《中华人民共和国政府信息公开条例》"
    )
    assert drop_invisible("城厢\u200d镇") == "城厢镇"
    assert drop_invisible("\u0626\u200c\u0627") == "\u0626\u200c\u0627"  # Uyghur keeps it


def test_what_the_pages_own_style_sheet_hides() -> None:
    """A short box hidden by class goes; a long text hidden so is the article a script shows."""
    style = (
        "<style>.hide{display:none} @media print{.noprint{display:none}} .js{display:none}</style>"
    )
    report = "本报告根据条例编制，全年主动公开政府信息一百二十条。" * 40
    body = (
        f'<div class="article-content"><div class="js"><p>{report}</p></div>'
        '<p class="hide">（旧稿）删去的段落。</p><p class="noprint">打印时也显示的段落。</p></div>'
    )
    page = parse_html(f"<html><head>{style}</head><body>{body}</body></html>")
    text = "\n".join(page.lines)
    assert report in text and "打印时也显示的段落。" in text and "旧稿" not in text


def test_pages_saved_as_unicode_and_meta_read_in_the_wrong_charset() -> None:
    saved = "\ufeff<html><head><title>某镇2018年政府信息公开工作年度报告</title></head></html>"
    assert sniff(saved.encode("utf-16-le"), None, None) == "html"
    assert sniff(saved.encode("utf-16-be"), None, None) == "html"
    mangled = "山河镇".encode().decode("cp1252", "replace")  # (no undefined byte in these)
    meta = f'<meta name="ArticleTitle" content="{mangled}">'
    assert parse_html(f"<html><head>{meta}</head></html>").meta["articletitle"] == "山河镇"
    script = (
        '<p><script>document.write("\\u53d1\\u5e03\\u65f6\\u95f4\\uff1a2024-01-22");</script></p>'
    )
    page = parse_html(f"<html><body>{script}<p>{'本报告根据条例编制。' * 30}</p></body></html>")
    assert "发布时间：2024-01-22" in [*page.page_lines, *page.chrome]


@pytest.mark.parametrize(
    ("chrome", "meta", "url", "date"),
    [
        (["更新时间：2023-06-12 15:40发布时间：2023-01-30 10:02"], {}, None, "2023-01-30"),
        (
            ["更新时间：2026-02-14 16:05"],
            {"datepublished": "2026-01-21T09:30:00+08:00"},
            None,
            "2026-01-21",
        ),
        (["发布时间：２０２０－０１－１７"], {}, None, "2020-01-17"),
        (["日期：20190125"], {}, None, "2019-01-25"),
        (["发布时间：13-3-28"], {}, None, "2013-03-28"),
        (
            ["打印时间：2025-03-04 10:12"],
            {},
            "http://a.gov.cn/show.asp?id=9&date=2013-3-28",
            "2013-03-28",
        ),
        (["来源：某县人民政府办公室日期：2022-01-28"], {}, None, "2022-01-28"),
        (["272022-01"], {}, None, "2022-01-27"),  # a calendar box: the day beside its month
    ],
)
def test_publication_date_as_info_bars_write_it(
    chrome: list[str], meta: dict[str, str], url: str | None, date: str
) -> None:
    assert published(meta=meta, chrome=chrome, fields={}, url=url, context=None) == date


def test_dates_a_page_shows_by_script_or_json_ld() -> None:
    written = "<p>发布时间：<script>document.write('2021-03-02')</script> 来源：民政局</p>"
    page = parse_html(f"<html><body>{written}<p>{'本报告根据条例编制。' * 30}</p></body></html>")
    assert "发布时间：2021-03-02 来源：民政局" in [*page.page_lines, *page.chrome]
    ld = '<script type="application/ld+json">{"datePublished":"2026-01-21T09:30:00+08:00"}</script>'
    assert parse_html(f"<html><head>{ld}</head><body></body></html>").meta["datepublished"] == (
        "2026-01-21T09:30:00+08:00"
    )


def test_typed_and_styled_tables_read_as_rows_of_cells() -> None:
    """A <pre> keeps its lines, its column gaps as cell breaks; divs styled as a table's
    parts (display:table / table-row / table-cell) are that table."""
    pre = "<pre>统计指标    单位  统计数\n一、主动公开情况\n（一）主动公开政府信息数  条  12</pre>"
    cell = '<div style="display:table-cell">{}</div>'
    rows = "".join(
        '<div style="display: table-row">' + "".join(cell.format(c) for c in r) + "</div>"
        for r in [("信息内容", "本年新制作数量"), ("规章", "0"), ("行政规范性文件", "3")]
    )
    grid = f'<div style="display:table;width:100%">{rows}</div>'
    page = parse_html(f'<html><body><div id="zoom">{pre}{grid}</div></body></html>')
    assert page.lines == [
        "统计指标 | 单位 | 统计数",
        "一、主动公开情况",
        "（一）主动公开政府信息数 | 条 | 12",
        "信息内容 | 本年新制作数量",
        "规章 | 0",
        "行政规范性文件 | 3",
    ]


def test_a_pdf_whose_fonts_read_as_the_wrong_characters_is_flagged_for_ocr() -> None:
    """reportlab's MSung-Light has no Unicode map pdfminer can read: 安海镇 comes back as
    如柯潮 and (cid:98). That text layer is no text: the file is flagged like a scan."""
    import io

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("MSung-Light"))
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf)
    pdf.setFont("MSung-Light", 10)
    text = "安海镇2019年政府信息公开工作年度报告。本报告根据条例的要求编制，包括总体情况。" * 4
    for k in range(0, len(text), 40):
        pdf.drawString(40, 800 - k // 40 * 14, text[k : k + 40])
    pdf.save()
    report = parse_document(buf.getvalue())
    assert (report.is_annual_report, report.reason) == (False, "image-only")
    assert report.warnings == [
        "PDF text layer unreadable (fonts without a Unicode map): OCR needed"
    ]
