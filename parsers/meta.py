"""Title, the year reported on, the publication date and the region.

The year is the key of a report, so it is only taken where the document states it: the
title (also a bare （2019） closing it), a subtitle line of its own under the title
(（2022年度）), then the 统计时限/统计期限 sentence, then the report naming itself in the body
("现向社会公布2018年度…年度报告"), then the statistics table's "（2018年度）" header, then the
overview opening on its year ("一、总体情况" / "2020年，我镇…").
Never the publication year, never any other year the body mentions; null otherwise.
A report on two years (2019—2020年度) is keyed on the year its period ends.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from parsers import agency
from parsers.text import (
    DAY_BOX,
    ENGLISH_TITLE,
    SITE_END,
    UNIT_DAY_LINE,
    YEAR_DIGITS,
    cn_number,
    find_title_line,
    heads_column,
    is_chrome_line,
    looks_like_title,
    title_head,
)
from parsers.urls import split

_CN_YEAR_DIGITS = str.maketrans(
    "〇零○一二三四五六七八九０１２３４５６７８９", "0001234567890123456789"
)
_YEAR = r"((?:19|20)\d{2}|[〇零○一二三四五六七八九]{4})"
_MIN_YEAR, _MAX_YEAR = 2007, 2099


def _year_value(s: str) -> int | None:
    digits = s.translate(_CN_YEAR_DIGITS)
    if not digits.isdigit():
        return None
    year = int(digits)
    return year if _MIN_YEAR <= year <= _MAX_YEAR else None


_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９－／．：", "0123456789-/.:")
_FULL_WIDTH_DIGIT = re.compile("[０-９]")


def _fold(text: str) -> str:
    """Full-width digits to ASCII so ２０１９年 matches; same length, so positions hold.
    (Few texts hold one: a scan for them costs a twentieth of translating a Han text.)"""
    return text.translate(_FULL_WIDTH_DIGITS) if _FULL_WIDTH_DIGIT.search(text) else text


_TITLE_YEAR = re.compile(rf"{_YEAR}\s*年")
# a note of when the report was published, after its title: （2024年1月发布）
_PUBLISHED_NOTE = re.compile(
    r"[（(]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:发布|印发|公布)\s*[)）]"
)
_BRACKET_YEAR = re.compile(r"[（(]\s*((?:19|20)\d{2})\s*[)）]\s*$")
_SUBTITLE_YEAR = re.compile(rf"^[（(]?\s*{_YEAR}\s*年度?\s*[)）]?$")
_REPORT_KEY = re.compile(r"政府信息公开|政务公开|信息公开|年度报告|年报|工作报告")
_PLACEHOLDER_YEAR = re.compile(r"(?:19|20)[xX×＊*Ｘｘ]{2}\s*年")


def year_from_title(title: str | None) -> int | None:
    """The year just before the report words (…2019年度政府信息公开…), else the first one."""
    if not title or _PLACEHOLDER_YEAR.search(title):
        return None
    title = _PUBLISHED_NOTE.sub("", _fold(title))
    years = [(m.start(), _year_value(m.group(1))) for m in _TITLE_YEAR.finditer(title)]
    years = [(pos, y) for pos, y in years if y]
    if not years:
        if ENGLISH_TITLE.search(title) and (m := YEAR_DIGITS.search(title)):
            return int(m.group())  # 2022 Annual Report on Government Information Disclosure
        m = _BRACKET_YEAR.search(title)  # …年度报告（2019）
        return _year_value(m.group(1)) if m else None
    key = _REPORT_KEY.search(title)
    before = [y for pos, y in years if key and pos < key.start()]
    return before[-1] if before else years[0][1]


def year_from_subtitle(lines: list[str]) -> int | None:
    """A line that is only a year, bracketed or not (（2022年度）), among the first lines: the
    title's second line."""
    first = [x.strip() for x in lines[:12] if x.strip()][:4]
    for line in first:
        if m := _SUBTITLE_YEAR.match(_fold(line)):
            return _year_value(m.group(1))
    return None


_PERIOD = re.compile(
    rf"统计(?:数据)?(?:时限|期限|期间|时段|区间|时间|范围|周期|口径)[^。\n]{{0,20}}?{_YEAR}\s*年"
)
_SELF_NAMED = re.compile(
    rf"{_YEAR}\s*年度?[^。，,；;：:\n《》“”\"|]{{0,24}}?(?:政府信息公开|政务公开|信息公开)"
    r"[^。，,；;\n《》“”\"|]{0,14}?(?:报告|年报)"
)
_TABLE_YEAR = re.compile(rf"统计表[^\n]{{0,60}}\n?[^\n]{{0,20}}?[（(]\s*{_YEAR}\s*年度?\s*[)）]")
# a 统计表's caption naming its year: 蓬壶镇2020年度政府信息公开情况统计表
_CAPTION_YEAR = re.compile(
    rf"^[^\n。，]{{0,20}}?{_YEAR}\s*年度?\s*政府信息公开(?:工作)?(?:情况)?统计表", re.MULTILINE
)
# the statutory tables' section heading with its year: 二、主动公开政府信息情况（2022年度）
_SECTION_YEAR = re.compile(
    rf"^[二三四]\s*、[^\n]{{4,30}}情况\s*[（(]\s*{_YEAR}\s*年度?\s*[)）]\s*$", re.MULTILINE
)

# the overview's heading with its year: 一、2025年度政府信息公开工作总体情况
_OVERVIEW_YEAR = re.compile(
    rf"^[一1]\s*[、.．]\s*{_YEAR}\s*年度?[^\n。，]{{0,20}}(?:总体情况|概述|概况|基本情况)\s*$",
    re.MULTILINE,
)


_ABOUT_BEFORE = re.compile(r"关于[^。，,]{0,12}$")  # 关于…: the report is quoted, not naming itself


def year_from_text(text: str) -> int | None:
    """统计时限 first, then the report naming itself, then the 统计表 header, a table
    section's heading or the overview's (一、2025年度…总体情况)."""
    text = _fold(text)
    if m := _PERIOD.search(text):
        return _year_value(m.group(1))
    for m in _SELF_NAMED.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        if before.count("《") > before.count("》") or _ABOUT_BEFORE.search(before):
            continue
        if year := _year_value(m.group(1)):
            return year
    if m := (
        _TABLE_YEAR.search(text)
        or _SECTION_YEAR.search(text)
        or _CAPTION_YEAR.search(text)
        or _OVERVIEW_YEAR.search(text)
    ):
        return _year_value(m.group(1))
    return _opening_year(text)


_OVERVIEW = re.compile(
    r"^[一1]\s*[、.．]\s*(?:总体情况|概述|概况|基本情况|工作概况|总体工作情况)\s*$"
)
# (after a sub-item's label: （一）主动公开。2021年，…)
_OPENING = re.compile(
    rf"^(?:[（(][一二三四五六七八九十]{{1,2}}[)）][^。\n]{{0,12}}。)?{_YEAR}\s*年度?\s*[，,]"
)


def _opening_year(text: str) -> int | None:
    """The year the overview opens on ("一、总体情况" / "2020年，茅坪镇…"): the report's own
    account of its year. Only the paragraph right under that heading counts."""
    lines = [x.strip() for x in text.splitlines() if x.strip()]
    for i, line in enumerate(lines[:-1]):
        if _OVERVIEW.match(line):
            m = _OPENING.match(lines[i + 1])
            return _year_value(m.group(1)) if m else None
    return None


_DATE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")


def iso_date(text: str | None) -> str | None:
    """First valid Y-M-D date in the text as YYYY-MM-DD."""
    for m in _DATE.finditer(_fold(text or "")):
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            continue
    return None


# a labelled date as info bars write it: 2022-01-20, 2022年1月20日, 20190125, 13-3-28,
# 二〇二三年一月二十日
_LABELLED_DATE = (
    r"\s*((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}"
    r"|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)"
    r"|\d{2}[-/]\d{1,2}[-/]\d{1,2}(?![\d:])"
    r"|[〇零○一二]{2}[〇零○一二三四五六七八九]{2}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)"
)
# (日期/时间 ends many labels, but not 更新时间, 修改时间, 打印时间 here, nor a reporting
# system's 报送日期, 填报日期, 制表日期, 生成时间; nor 成文日期, the day it was written)
_DATE_LINE = re.compile(
    r"(?:(?:发布日期|发布时间|发表时间|公开日期|发文日期|(?<![新改印送报表成文])(?:日期|时间))"
    r"\s*[】\]]?\s*[:：]|发布于)" + _LABELLED_DATE
)
_UPDATED_LINE = re.compile(r"(?:更新时间|更新日期)\s*[】\]]?\s*[:：]" + _LABELLED_DATE)
_WRITTEN_LINE = re.compile(r"成文日期\s*[】\]]?\s*[:：]" + _LABELLED_DATE)
_SHORT_YEAR = re.compile(r"(\d{2})[-/](\d{1,2})[-/](\d{1,2})$")


def _labelled(m: re.Match[str] | None) -> str | None:
    """The date a label gives, in whichever way the bar writes it."""
    if m is None:
        return None
    value = m.group(1)
    if len(value) == 8 and value.isdigit():
        return iso_date(f"{value[:4]}-{value[4:6]}-{value[6:]}")
    if short := _SHORT_YEAR.match(value):
        return iso_date(f"20{short[1]}-{short[2]}-{short[3]}")
    if value.endswith("日") and not value[0].isdigit():  # 二〇二三年一月二十日
        year, _, rest = value.partition("年")
        month, _, day = rest[:-1].partition("月")
        return iso_date(f"{year.translate(_CN_YEAR_DIGITS)}-{cn_number(month)}-{cn_number(day)}")
    return iso_date(value)


_DATE_FIRST = re.compile(r"^\s*[\[【]?\s*((?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2})")
# a date with its time anywhere in a chrome line (原创 某镇 2023-01-18 09:30 发表于河南, 某县
# 2024年1月19日 18:30), or a WeChat byline's date without one (原创 岳西教育 2019-03-26)
_DATE_TIME = re.compile(
    r"((?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日))\s*\d{1,2}:\d{2}"
    r"|^原创\s.*?((?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2})日?$"
)
# a 来源 line with the day glued after the source (来源：通榆县融媒体中心2025-01-21)
_SOURCE_THEN_DAY = re.compile(
    r"^(?:信息来源|来源|作者)\s*[:：]\s*[\u4e00-\u9fff]{2,30}?\s*((?:19|20)\d{2}-\d{1,2}-\d{1,2})"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
# The portal CMS's own <meta> dates beat the page's 发布日期 line; generic web metadata does
# not: a web archive or a mirror writes its capture time there.
_CMS_DATES = ("pubdate", "publishdate", "firstpublishedtime", "publishtime", "publish_time")
_WEB_DATES = (
    "article:published_time",
    "og:release_date",
    "datepublished",  # (JSON-LD)
    "dc.date",
    "dcterms.issued",
    "releasedate",
    "createdate",
)
_FIELD_DATES = ("发布日期", "公开日期", "发布时间", "发文日期", "生成日期")
_URL_DATES = (
    re.compile(r"/art/(\d{4})/(\d{1,2})/(\d{1,2})/"),
    re.compile(r"/t(\d{4})(\d{2})(\d{2})_"),
    re.compile(r"/(\d{4})-(\d{2})-(\d{2})/"),
    re.compile(r"/(20\d{2})(\d{2})(\d{2})/"),
    re.compile(r"/(20\d{2})(\d{2})/(\d{2})/"),
)
_QUERY_DATE = re.compile(
    r"(?:^|&)(?:date|pubdate|publishdate)=((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})"
)


def published(
    *,
    meta: dict[str, str],
    chrome: list[str],
    fields: dict[str, str],
    url: str | None,
    context: dict | None,
    scripted: Callable[[], str | None] = lambda: None,
) -> str | None:
    """PubDate meta, a 发布日期/日期 chrome line, web metadata, the 发文日期 field, an 更新时间
    line, a bare date in the chrome, the date a script writes (`scripted`, read only here),
    the URL, the list page, the 成文日期 field or chrome line."""
    # (most keys are absent: iso_date is called only on what is there)
    for key in _CMS_DATES:
        if (value := meta.get(key)) and (date := iso_date(value)):
            return date
    folded = [_fold(line) for line in chrome]
    for line in folded:
        if date := _labelled(_DATE_LINE.search(line)):
            return date
    for key in _WEB_DATES:
        if (value := meta.get(key)) and (date := iso_date(value)):
            return date
    for key in _FIELD_DATES:
        if (value := fields.get(key)) and (date := iso_date(value)):
            return date
    for line in folded:  # (an update is not the publication, but dates it when nothing else does)
        if date := _labelled(_UPDATED_LINE.search(line)):
            return date
    # a date without its label (a 2022-01-24 09:30 bar) is weaker than a 发布日期 field: a
    # comment's or a news list's dates read the same
    for line in chrome:
        if "打印时间" in line or "打印日期" in line:  # (the day a print view was printed)
            continue
        m = (
            _DATE_FIRST.search(line)
            or _DATE_TIME.search(line)
            or UNIT_DAY_LINE.match(line)
            or _SOURCE_THEN_DAY.match(line)
        )
        if m and (date := iso_date(m.group(1) or m.group(2))):
            return date
        if (m := DAY_BOX.match(line.strip())) and (date := iso_date(f"{m[2]}-{m[3]}-{m[1]}")):
            return date
    if date := iso_date(scripted()):
        return date
    parts = split(url)
    for rx in _URL_DATES:
        if (m := rx.search(parts.path)) and (date := iso_date("-".join(m.groups()))):
            return date
    if (m := _QUERY_DATE.search(parts.query)) and (date := iso_date("-".join(m.groups()))):
        return date
    # the day the document was written (成文日期) only dates the page when nothing else does
    if date := iso_date((context or {}).get("published")) or iso_date(fields.get("成文日期")):
        return date
    return next(filter(None, (_labelled(_WRITTEN_LINE.search(line)) for line in folded)), None)


def title_from_lines(lines: list[str]) -> str | None:
    """The title line of a text. PDF titles broken over lines are joined, including a unit
    name set on the line above (禄丰市仁兴镇人民政府 / 2021年政府信息公开工作年度报告); a space
    extraction put between two Han characters (a title drawn in two pieces) goes."""
    title = _title_in(lines)
    return _HAN_GAP.sub("", _without_site(title)) if title else None


def _without_site(title: str) -> str:
    """A page's <title> a converter put first (…年度报告_光山县人民政府) loses the site's name."""
    head = _SITE_SEP.split(title, maxsplit=1)[0]
    return head if head != title and _REPORT_END.search(head) and looks_like_title(head) else title


def headline_title(headline: str) -> str | None:
    """A Markdown text's level-1 heading as its title, report or not (某县召开…推进会), as a
    page's heading its <title> repeats; but not the site's name (a logo's heading)."""
    head = _without_site(headline)
    return None if _SITE_NAME.search(head) else head


_HAN_GAP = re.compile(r"(?<=[\u4e00-\u9fff\d]) (?=[\u4e00-\u9fff\d])")


def _title_in(lines: list[str]) -> str | None:
    i = find_title_line(lines)
    if i is None:
        return _joined_title(lines)
    if heads_column(lines, i):
        return None  # the first entry of a column's list, not the page's title
    if (joined := _joined_title(lines[:i])) is not None:
        return joined  # a title broken over the lines above the first title-like line
    if (head := title_head(lines, i)) is not None:
        # 宁乡市高桥镇2021年政府信息公开 / 工作年度报告: the title line is its second half
        lines, i = [*lines[:head], lines[head].strip() + lines[i].strip(), *lines[i + 1 :]], head
    title = lines[i].strip()
    if not _REPORT_END.search(title):
        joined = _joined_title(lines[i:])
        if joined and joined.startswith(title):
            title = joined
    above = [x.strip() for x in lines[:i] if x.strip()]
    # a unit's name over a title lacking one, or over a notice's 关于… (its issuer)
    issuer = agency.from_title(title) is None or title.startswith("关于")
    if above and issuer and not is_chrome_line(above[-1]) and agency.parse_name(above[-1]):
        return above[-1] + title
    return title


_REPORT_END = re.compile(r"(?:报告|年报)$")


# a report's title ends on the report; a notice carrying it (印发《…年度报告》的通知) on 通知
# (a notice's issuer may stand before its 关于: 湄潭县人民政府办公室关于印发《…》的通知)
_TITLE_END = re.compile(r"(?:报告|年报)$|^[^《》]{0,30}关于印发《[^》]*(?:报告|年报)》的通知$")


_CLAUSE = re.compile(r"[。；，,]")
_TITLE_PARTS = 3  # lines a broken title runs over, at most (more are crumbs, one a line)


def _joined_title(lines: list[str]) -> str | None:
    parts: list[str] = []
    for line in lines[:8]:
        s = line.strip()
        if not s or is_chrome_line(s):
            continue
        if (
            len(s) > 40
            or "\t" in s
            or _CLAUSE.search(s)
            or (parts and looks_like_title(parts[-1]))
            or len(parts) == _TITLE_PARTS
        ):
            break  # (cells copied with tabs; after a line naming a whole document: a menu)
        parts.append(s)
        joined = "".join(parts)
        if len(joined) <= 80 and _TITLE_END.search(joined) and looks_like_title(joined):
            return joined
    return None


# Hanweb titles put the site name after a plain space: "部门年报 宁陕县人民政府" (a separator
# may stand before it: "… - 平果市人民政府门户网站").
_SITE_AFTER_SPACE = re.compile(
    r"(?<=\S)(?:\s+[-–—_|｜])?\s+\S+(?:人民政府|政府网|门户网站|人民政府网站)$"
)
# the site's name before a bare hyphen (汝城县人民政府-汝城县卫生健康局…统计表)
_SITE_BEFORE = re.compile(rf"^[\u4e00-\u9fff]{{2,20}}{SITE_END}-(?=[\u4e00-\u9fff])")
# (a bare hyphen only before the site's name at the end: dates hold hyphens)
_SITE_SEP = re.compile(
    r"\s*(?:_|\||｜|－{1,2}|—{1,2}| - |--| – |·"
    rf"|-(?=[\u4e00-\u9fff]{{2,20}}{SITE_END}$))\s*"
)


def title_from_page(
    meta: dict[str, str],
    headings: list[str],
    title_tag: str | None,
    container_title: str | None,
    above: Sequence[str] = (),
    named: Sequence[str] = (),
) -> str | None:
    """ArticleTitle meta, a heading the <title> repeats, the container's title line, a title
    line just above the container, a title-like heading, the 标题/信息名称 field of a metadata
    block (`named`), <title>."""
    for key in ("articletitle", "dc.title"):
        if meta.get(key) and len(meta[key]) >= 4:
            return meta[key]
    tag = _SITE_BEFORE.sub("", _SITE_AFTER_SPACE.sub("", title_tag or ""))
    segments = [s for s in _SITE_SEP.split(tag) if s]
    headings = [_untruncated(h, segments) for h in headings]
    # a heading the <title> repeats, unless it is the column's name (政府信息公开年报: no year)
    # over a container whose title line states one
    named_dated = [n for n in named if year_from_title(n) and looks_like_title(n)]
    titled = [s for s in segments if looks_like_title(s)]
    tag_dated = any(year_from_title(s) for s in titled)
    dated = bool(container_title and year_from_title(container_title)) or bool(named_dated)
    dated = dated or tag_dated  # (the <title> stating the year: 沁源县2020年… over a bare h1)
    for h in headings:
        if (
            any(h == s or (len(h) >= 8 and h in s) for s in segments)
            # (a heading the <title> opens on is the page's, report or not: 某街道召开…推进会;
            # but not the site's name, a logo's heading)
            and (looks_like_title(h) or (h == segments[0] and not _SITE_NAME.search(h)))
            and not (dated and year_from_title(h) is None)
        ):
            return h

    def whole(line: str) -> str:
        """A heading broken by <br> (达日县吉迈镇 / 2022年…报告) reads whole in the heading."""
        return next((h for h in headings if len(h) > len(line) and h.endswith(line)), line)

    def completed(line: str) -> str:
        """A bare title line (政府信息公开工作年度报告) as a dated <title> states it in full."""
        if year_from_title(line) is not None:
            return line
        return next((s for s in titled if line in s and year_from_title(s)), line)

    if container_title:
        return completed(whole(container_title))
    if named_dated:  # the metadata block's 名称 over a heading naming the column
        return named_dated[0]
    for line in reversed(above):
        if looks_like_title(line):
            return completed(whole(line))
    # a heading naming the column (政府信息公开年报) yields to a <title> stating the year; five
    # title-like headings or more are a column's entries (a mobile list's h3s), none the title
    entries = sum(1 for h in headings if looks_like_title(h)) >= 5
    for h in [*([] if entries else headings), *named]:
        if looks_like_title(h) and not (tag_dated and year_from_title(h) is None):
            return h
    if titled:
        return titled[0]
    # (a <title> that is only the site's name titles nothing)
    return segments[0] if segments and not _SITE_NAME.search(segments[0]) else None


# a column's or a publisher's tag before the title (【年报】…, [平遥县市场监督管理局]2022年…)
_TITLE_TAG = re.compile(r"^[【\[［〖][^】\]］〗]{1,30}[】\]］〗]\s*")


def untagged(title: str) -> str:
    """The title without the tag a column or a republisher put before it."""
    rest = _TITLE_TAG.sub("", title, count=1)
    return rest if rest != title and looks_like_title(rest) else title


_ELLIPSIS_END = re.compile(r"(?:\.{2,}|…+)$")


def _untruncated(heading: str, segments: list[str]) -> str:
    """A heading cut with …/... is completed from the <title> segment it starts."""
    stem = _ELLIPSIS_END.sub("", heading)
    if stem != heading:
        return next((s for s in segments if len(stem) >= 6 and s.startswith(stem)), heading)
    return heading


_SITE_SPLIT = re.compile(r"[\s_|｜\-－—·]+")
_SITE_SUFFIX = re.compile(r"(?:门户网站|网站|门户网|网)$")
_SITE_NAME = re.compile(r"(?:政府|网站|网)$")


def site_county(context: dict | None, site_names: Sequence[str]) -> str | None:
    """The county whose portal this is: the crawl's region, else a site name that is a county
    government (the <title> suffix 平舆县人民政府, the SiteName meta)."""
    given = (context or {}).get("region")
    if isinstance(given, dict) and isinstance(given.get("county"), str) and given["county"]:
        return given["county"]
    for name in site_names:
        for part in _SITE_SPLIT.split(name or ""):
            found = agency.parse_name(_SITE_SUFFIX.sub("", part))
            if found and found.kind == agency.COUNTY_GOVERNMENT:
                return found.county
    return None


def region(context: dict | None, county: str | None) -> dict[str, str | None] | None:
    """The crawler's region first; else the county named in the agency's full name."""
    given = (context or {}).get("region")
    if isinstance(given, dict) and any(given.values()):
        return {k: given.get(k) for k in ("province", "prefecture", "county", "code")}
    if county:
        return {"province": None, "prefecture": None, "county": county, "code": None}
    return None
