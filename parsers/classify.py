"""Is this one agency's annual report on its own work? If not, why not (a reason word).

Rules, in order (the first that fires decides):
1. image-only — a scanned PDF without a text layer.
2. Title traps, read on the title without its leading agency name (so 机构编制委员会办公室
   does not look like 编制; a 关于印发《…年度报告》的通知 or a 关于报送…年度报告的报告 whose
   body is the report in full is read under the report's own title, `transmitted`): guide
   (公开指南), catalogue (公开目录), letter (函), work-plan (工作要点, 工作计划, 工作总结: an
   agency's plans and accounts of its work, not in the statutory format), summary (汇总, 汇编,
   各单位, 集中发布, …报告情况; a title saying they were 集中发布 is news when the page
   gathers no reports: no report titles or files), evaluation (测评, 评估, 考核, 排名, 通报),
   budget (预算, 决算, 三公经费), notice (通知, 通告; a title calling for work, 关于开展…考核的
   通知, is a notice before the kinds of that work), news (召开, 举办, 会议, 培训会 … so
   召开…年度报告编制培训会 is news; 图解, 解读 of a report are news too),
   notice (制度, 办法, 编制, 报送, 格式 …), other-report (工作报告, 法治政府建设, 统计公报,
   述职, 审计, a website's 工作报表 …, unless the title names a 信息公开/政务公开 report:
   政府工作报告 and 法治政府建设年度报告 are annual reports, but not disclosure reports; nor
   is a 基层政务公开标准化规范化工作年度报告, which names 政务公开 but not 政府信息公开, nor
   a 人大's 调研报告/视察报告/执法检查报告/审议意见 on the disclosure work, whatever it names).
   Evaluation covers 绩效自评 too, budget 决算报告. A title that *releases* a report
   (卢氏县发布2022年…年度报告) is news, and so is a 关于…年度报告的公告 pointing to one, but
   summary when it links the reports of three units or more; one on part of a year (第三季度,
   上半年, 1-6月) is other-report even when it is a 政务公开 report.
   A report's English version (2022 Annual Report on Government Information Disclosure of …,
   400 characters of text or more) is the report: it has no Han to count.
3. list — a column/list page: Hanweb <datastore> records (unless the page is one agency's
   report of a year with its body: a side module holds records too), or many document links and
   little text, or a body made of report titles of one agency, or five report titles under a
   pager and an undated title (a column's text without its links); but summary when such a page
   is one dated document (its title names a year's report, no pager) linking the reports of
   three or more units.
4. template — placeholders such as xx镇, 20xx年, ××镇 in the title or (twice) in the body, or
   范文/模板 in the title over a body that is not a filled report (a 范文 site's repost of a
   real report under its generic title is that report).
5. news — a news title (会议, 召开, 培训, 调研 …) that does not name a report.
6. thin body (< 200 Han characters besides the title and attachment lines): attachment-only
   when it links documents, image-only when it shows images, empty when nearly nothing.
7. summary — a body listing the reports of several agencies.
8. report — the title is a 信息公开 report's (it ends on the report words, maybe followed by
   a bracketed or dashed agency or year), or the body has the report's shape (at least three
   of the standard sections plus a self-reference such as 本年报, 统计时限, 现将…报告如下,
   or four sections), or a text without a title opens on a disclosure report's opening
   (…现将某镇2019年度政府信息公开工作情况报告如下: an extractor dropped its title).
   A title 关于…政务公开工作情况的报告 over a body without the report's shape is
   other-report (a government's account of its work to the 人大常委会).
9. otherwise other-report when the title names another 报告/公报; news for the rest (an
   article, including one *about* the report: …年度报告发布工作); empty without a title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers import agency as agency_mod
from parsers.render import han_count
from parsers.text import ENGLISH_TITLE, YEAR_DIGITS

IMAGE_ONLY = "image-only"
ATTACHMENT_ONLY = "attachment-only"
NOTICE = "notice"
GUIDE = "guide"
CATALOGUE = "catalogue"
LETTER = "letter"
WORK_PLAN = "work-plan"
SUMMARY = "summary"
NEWS = "news"
EVALUATION = "evaluation"
BUDGET = "budget"
TEMPLATE = "template"
LIST = "list"
EMPTY = "empty"
OTHER_REPORT = "other-report"
REASONS = (
    IMAGE_ONLY,
    ATTACHMENT_ONLY,
    NOTICE,
    GUIDE,
    CATALOGUE,
    LETTER,
    WORK_PLAN,
    SUMMARY,
    NEWS,
    EVALUATION,
    BUDGET,
    TEMPLATE,
    LIST,
    EMPTY,
    OTHER_REPORT,
)

THIN_BODY = 200
_LIST_CHARS = 300  # a page of many links and fewer Han characters is a list
# what a portal, its firewall or its login wall shows instead of the document
_UNAVAILABLE = re.compile(
    r"页面不存在|不存在或已被?删除|已被?删除|已过期|已撤销|已失效|已下线|访问被拦截|已被拦截|请求被拦截"
    r"|拦截了您的访问|防火墙|云防御|安全狗|登录后(?:才能|方可)?(?:查看|浏览|访问)|请先登录|网站维护中"
    r"|系统维护中|正在维护|升级维护|暂停访问|正在审核|审核中"
    r"|404 Not Found|403 Forbidden|Page Not Found",
    re.IGNORECASE,
)

_TITLE_TRAPS = (
    (GUIDE, re.compile(r"公开指南|信息公开指引|办事指南")),
    (CATALOGUE, re.compile(r"公开目录|信息目录|目录$")),
    (LETTER, re.compile(r"函$|的函|复函|函[〔\[(（]")),
    (WORK_PLAN, re.compile(r"工作要点|要点$|工作总结|总结$|工作计划")),
    # a notice calling for work (关于开展…考核的通知) before the work's own kinds below
    (NOTICE, re.compile(r"(?:开展|做好|组织|进行)[^。]{0,40}的通知$")),
    (
        SUMMARY,
        re.compile(
            r"汇总|汇编|一览|集中公开|集中发布|公布情况|发布情况|报告情况|报送情况|各单位|各部门|各乡镇|各街道"
            r"|部门和乡镇|乡镇和部门|县直单位|市直单位|区直单位|名单"
        ),
    ),
    (
        EVALUATION,
        re.compile(
            r"测评|评估|考评|考核|评议|排名|评查|检查结果|检查情况|绩效评价|绩效自评|自评报告"
            r"|第三方|抽查|通报|督查情况|自查|整改"
        ),
    ),
    (BUDGET, re.compile(r"预算|决算|三公经费|财政收支")),
    (NOTICE, re.compile(r"通知|通告")),
    # 召开…编制培训会 is news about compiling reports, not a notice; 关于召开…的通知 is a notice.
    (
        NEWS,
        re.compile(
            r"召开|举办|举行|会议|推进会|部署|培训会|培训班|培训$|座谈会|工作会|专题会"
            r"|图解|一图读懂|图说|解读|(?<!关于)(?:发布|公布|出炉|晒出|亮相)[^，。]{0,20}?(?:年度报告|年报)"
            r"|(?:年度报告|年报)》?\s*(?:正式)?(?:发布|公布|出炉|亮相|上线)\W*$|圆满完成|顺利完成"
            r"|(?:年度报告|年报)》?的公告$"
            # an article on the work of compiling them (…年度报告编制发布工作), no notice
            r"|(?:年度报告|年报)》?编制(?:和|及)?发布工作$"
        ),
    ),
    (
        NOTICE,
        re.compile(r"制度|办法|规定|细则|格式|编制|报送|实施意见|意见$|方案|工作安排|提醒|说明$"),
    ),
    # reports of other kinds: 政府工作报告, 法治政府建设年度报告, 统计公报, 述职报告 …
    (
        OTHER_REPORT,
        re.compile(
            r"工作报告|法治政府建设|法治建设|统计公报|国民经济和社会发展|述职|履职"
            r"|审计|环境状况|社会责任|企业年度报告|年度报告书|工作报表|年度报表|统计年报|执法年报"
        ),
    ),
)
# other accounts of the disclosure work, whatever they name: a 基层政务公开标准化规范化
# report, a 人大's 调研报告/视察报告/执法检查报告/审议意见
_OTHER_ACCOUNT = re.compile(r"标准化规范化|调研报告|视察报告|执法检查(?:情况的)?报告|审议意见")
# reports on part of a year: not the annual report, whatever they report on
_PART_OF_YEAR = re.compile(
    r"[一二三四1-4]\s*季度|季度(?:工作)?(?:报告|情况)|[上下]半年|半年度?(?:工作)?(?:报告|总结|情况)"
    r"|\d{1,2}\s*[-—~至]\s*\d{1,2}\s*月|月度"
)
_TEMPLATE_TITLE = re.compile(r"范文|模板|范本|样本|样例|参考文本|写作|怎么写")
_PLACEHOLDER = re.compile(
    r"(?:19|20)[xX×＊*Ｘｘ]{2}\s*年|[xX×＊*Ｘｘ○]{2,3}\s*(?:镇|乡|县|市|区|局|街道|单位|村|年|月|日|件|条)"
    r"|[（(]\s*[)）]\s*(?:年|镇|乡)"
)
_PLACEHOLDER_MARKS = "xX×＊*Ｘｘ○"  # every placeholder holds one of these or empty brackets
# empty brackets, searched from each literal bracket apart: faster than from a set of them
_EMPTY_BRACKETS = (re.compile(r"（\s*[)）]"), re.compile(r"\(\s*[)）]"))

_OPENINGS = re.compile(r"^\s*一\s*[、.．]\s*(?:总体情况|概述|基本情况)", re.MULTILINE)
_OPENING_WORDS = re.compile(r"一\s*[、.．]\s*(?:总体情况|概述|基本情况)")
_NEWS = re.compile(
    r"会议|推进会|部署会|培训会|培训班|座谈会|工作会|专题会|召开|举办|举行|开展|参加|调研|督导|动态|简讯"
    r"|快讯|学习|部署|启动|荣获|获评|走进|深入"
)
_OWN_REPORT = re.compile(
    r"(?:政府信息公开|政务公开|信息公开|政府信息)[^，。]{0,14}(?:年度报告|年报|工作报告|报告)"
)
# The title *is* the report when it ends on the report words (a bracketed or dashed agency,
# year or note may follow): …年度报告发布工作 or …年度报告的公告 only speak about one.
_OWN_TITLE = re.compile(
    _OWN_REPORT.pattern + r"\s*(?:[（(【\[][^）)】\]]{0,30}[）)】\]]\s*)*"
    r"(?:[-—－_|｜·]+\s*[\u4e00-\u9fff]{2,20})?(?:\.[a-z]{3,4})?$"
)
_SECTION_KINDS = (
    re.compile(r"总体情况|概述|概况|基本情况"),
    re.compile(r"主动公开"),
    re.compile(r"依申请公开|收到和处理政府信息公开申请|申请公开"),
    re.compile(r"行政复议|行政诉讼|复议"),
    re.compile(r"存在的主要问题|存在问题|问题及改进|改进情况|改进措施|问题和改进"),
    re.compile(r"其他需要报告|需要说明|其他事项|收费"),
)
_SELF_PHRASE = re.compile(
    r"本(?:年度)?报告|本年报|现将[^。]{0,40}报告如下|特编制|特此报告|统计(?:时限|期限|期间)"
    r"|现向社会公布|现予公布|年度报告(?:如下|由)|报告如下"
)
_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+部分)"
)
_ATTACHMENT_LINE = re.compile(
    r"附件|下载|\.(?:pdf|docx?|wps|xlsx?|ofd)|点击查看|请点击|详见|扫描件", re.IGNORECASE
)
_REPORT_TITLE_LINE = re.compile(r"(?:19|20)\d{2}\s*年[^。，,]{0,40}(?:年度报告|年报)")
# a cell holding a report title holds one of these words: only their lines are split in cells
_REPORT_WORD = re.compile(r"年度报告|年报")


@dataclass
class Evidence:
    """What the classifier looks at, gathered by parse_document."""

    title: str | None
    text: str
    images: int = 0
    attachments: int = 0
    list_links: int = 0
    datastore: bool = False
    pager: bool = False
    scanned: bool = False


def placeholders(text: str) -> int:
    """How many placeholders (xx镇, 20xx年, （）年) a text holds. Almost no text holds one: a
    scan for their characters first costs a tenth of the full pattern."""
    if not any(c in text for c in _PLACEHOLDER_MARKS) and not any(
        rx.search(text) for rx in _EMPTY_BRACKETS
    ):
        return 0
    return len(_PLACEHOLDER.findall(text))


def body_chars(text: str, title: str | None, at_most: int | None = None) -> int:
    """Han characters of the body, leaving out the title and attachment pointers.

    Given `at_most`, the count stops there (a long report is read no further than its first
    lines need): it goes by runs of whole lines, and no line takes off more than it adds.
    """
    total, start = 0, 0
    while start < len(text):
        end = text.find("\n", start + 2 * at_most) if at_most is not None else -1
        chunk = text[start:] if end < 0 else text[start:end]
        total += han_count(chunk)
        pointers = bool(_ATTACHMENT_LINE.search(chunk))
        for line in chunk.splitlines() if title or pointers else ():
            s = line.strip()
            if s and (s == title or (pointers and len(s) < 80 and _ATTACHMENT_LINE.search(s))):
                total -= han_count(s)
        if at_most is not None and total >= at_most:
            return at_most
        start = len(text) if end < 0 else end + 1
    return total


_SUBJECT_END = re.compile(r"(?:19|20)\d{2}\s*年|政府信息公开|政务公开|信息公开")
_QUOTE_OR_COLON = re.compile(r"[《》“”\"：:]")


def title_rest(title: str) -> str:
    """The title without a leading agency name, so department names do not trigger traps."""
    m = _SUBJECT_END.search(title)
    # a name holds no quotes or colon: 一图读懂《岭背镇… and 图解：… keep their trap words
    head = title[: m.start()] if m else ""
    if m and head and not _QUOTE_OR_COLON.search(head) and agency_mod.parse_name(head):
        return title[m.start() :]
    return title


def title_trap(title: str) -> str | None:
    """The reason a title marks a non-report, if any."""
    rest = title_rest(title)
    if _OTHER_ACCOUNT.search(rest):
        return OTHER_REPORT  # (before the traps below let a title naming 信息公开 through)
    for reason, rx in _TITLE_TRAPS:
        if rx.search(rest) and not (reason == OTHER_REPORT and _OWN_REPORT.search(rest)):
            return reason
    return OTHER_REPORT if _PART_OF_YEAR.search(rest) else None


# the issuer may lead: 隽水镇人民政府关于印发《…》的通知; a unit sends its report up with a
# report of its own: 石门县统计局关于报送2018年度…年度报告的报告
_TRANSMITTAL = re.compile(
    r"^(?:[^《》]{0,40}?关于)?(?:(?:印发|转发|公布|发布)《([^《》]{6,80})》的通知"
    r"|报送《?([^《》]{6,80}?)》?的报告|(?:公布|发布)?《?([^《》]{6,80}?)》?的公告)$"
)


def transmitted(title: str | None, text: str) -> str | None:
    """The report a 关于印发《…年度报告》的通知 or a 关于报送…年度报告的报告 carries in full (its
    title), else None."""
    m = _TRANSMITTAL.match((title or "").strip())
    carried = m and (m.group(1) or m.group(2) or m.group(3))
    if carried and _OWN_TITLE.search(carried) and report_shape(text):
        return carried
    return None


# how a report opens, right below its title
_REPORT_OPENING = re.compile(r"本报告|统计期限|统计时限|特向社会公布|政府信息公开条例》")


def printed_report(lines: list[str]) -> int | None:
    """Where the one report printed among other documents has its title (a 政府公报 issue: a
    通知, the report, a 决定): a line that is one agency's report title of a year, with the
    report's opening right below it. None when there are several (a 汇编 of reports)."""
    found = [
        i
        for i, line in enumerate(lines)
        if len(line) <= 60
        and _OWN_TITLE.search(line)
        and YEAR_DIGITS.search(line)
        and any(_REPORT_OPENING.search(x) for x in lines[i + 1 : i + 4])
        and agency_mod.from_title(line)
    ]
    return found[0] if len(found) == 1 else None


def is_own_title(title: str) -> bool:
    """The title is a report's own (not a notice, a news item or an issue speaking of one)."""
    return bool(_OWN_TITLE.search(title))


def report_shape(text: str) -> bool:
    """Standard sections plus the report speaking of itself."""
    # one string of the headings, each kind searched once (no kind's words span lines)
    headings = "\n".join(h for h in filter(_HEADING.match, text.splitlines()) if len(h) < 60)
    kinds = sum(1 for rx in _SECTION_KINDS if rx.search(headings))
    return kinds >= 4 or (kinds >= 3 and bool(_SELF_PHRASE.search(text)))


def _report_titles(text: str) -> list[str]:
    """Lines (or table cells) that are report titles: a list of links, a table of units."""
    starts = dict.fromkeys(  # the lines holding a report word, once each, in order
        text.rfind("\n", 0, m.start()) + 1 for m in _REPORT_WORD.finditer(text)
    )
    return [
        s
        for start in starts
        for cell in _line_at(text, start).split("|")
        if len(s := cell.strip()) <= 80 and _REPORT_TITLE_LINE.search(s) and "。" not in s
    ]


def _line_at(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start:] if end < 0 else text[start:end]


def _two_openings(text: str) -> bool:
    """Two overview headings (一、总体情况 …) at line starts: looked for anywhere first, as
    a search from 一 is fast and one from every line start is not."""
    return len(_OPENING_WORDS.findall(text)) >= 2 and len(_OPENINGS.findall(text)) >= 2


def classify(ev: Evidence) -> tuple[bool, str | None]:
    """(is_annual_report, reason); reason is None for a report."""
    title = (ev.title or "").strip()
    if ev.scanned:
        return False, IMAGE_ONLY
    if title and (trap := title_trap(title)):
        if trap == SUMMARY and _RELEASED_TOGETHER.search(title) and not _gathers(ev):
            return False, NEWS  # an article about the reports published together, not them
        if trap == NEWS and len(_agencies(_report_titles(ev.text))) >= 3:
            return False, SUMMARY  # a 公告 publishing several units' reports gathers them
        return False, trap
    english = ENGLISH_TITLE.search(title) and YEAR_DIGITS.search(title)
    if english and len(ev.text) - len(title) >= _ENGLISH_BODY:
        return True, None  # the report's English version (no Han to count)
    own = bool(_OWN_TITLE.search(title))
    titles = _report_titles(ev.text)
    # counted only as far as the tests below tell counts apart
    chars = body_chars(ev.text, title, at_most=max(_LIST_CHARS, THIN_BODY, len(titles) * 40 + 1))
    if chars < THIN_BODY and (_UNAVAILABLE.search(ev.text) or _UNAVAILABLE.search(title)):
        return False, EMPTY  # an error, firewall or login page instead of the document
    # one dated document (no pager) linking the reports of several units is a summary; a
    # column of report links under an undated heading or with a pager is a list
    document = YEAR_DIGITS.search(title) and _OWN_REPORT.search(title)
    # a page whose own title is one agency's report of one year (read only where it decides)
    own_report = (
        (ev.datastore or ev.list_links >= 6)
        and own
        and YEAR_DIGITS.search(title)
        and agency_mod.from_title(title)
    )
    if (
        # Hanweb's <datastore> holds a column page's records, or a side module's on an article
        # page: the report with its body is no list
        (ev.datastore and not (own_report and chars >= THIN_BODY))
        # a short report (or a pointer to its PDF) beside a column of other reports' links;
        # not a dated document of sentences beside a sidebar (a 公告 of a few lines)
        or (
            ev.list_links >= 6
            and chars < _LIST_CHARS
            and not own_report
            and not (YEAR_DIGITS.search(title) and ev.text.count("。") >= 2)
        )
        # a column of one entry (共1条) under its pager, with no text of its own
        or (ev.pager and ev.list_links and chars < THIN_BODY and not ev.attachments)
        or (len(titles) >= 5 and len(titles) * 40 >= chars and len(_agencies(titles)) <= 1)
        or (len(titles) >= 5 and ev.list_links >= 5 and (ev.pager or not document))
        # a column's text, its links gone (a browser's innerText): report titles and a pager
        or (len(titles) >= 5 and ev.pager and not document)
    ):
        if document and not (ev.datastore or ev.pager) and len(_agencies(titles)) >= 3:
            return False, SUMMARY
        return False, LIST
    if placeholders(title) or placeholders(ev.text) >= 2:
        return False, TEMPLATE
    # a 范文 site's repost of a real report under its generic title is the report
    if _TEMPLATE_TITLE.search(title) and (placeholders(ev.text) or not report_shape(ev.text)):
        return False, TEMPLATE
    if title and not own and _NEWS.search(title):
        return False, NEWS
    if chars < THIN_BODY:
        if ev.attachments:
            return False, ATTACHMENT_ONLY
        if ev.images:
            return False, IMAGE_ONLY
        if chars < 20:
            return False, EMPTY
    if _two_openings(ev.text) and len(_units_on_own_lines(ev.text)) >= 2:
        return False, SUMMARY  # whole reports of two townships, one after the other
    if len(titles) >= 5 and len(_agencies(titles)) >= 3:
        return False, SUMMARY
    if own and _SITUATION_REPORT.search(title) and not report_shape(ev.text):
        return False, OTHER_REPORT  # a government's report on its 政务公开 work to the 人大
    if own or report_shape(ev.text) or (not title and _opens_as_report(ev.text)):
        return True, None
    if not title:
        return False, EMPTY
    if ("报告" in title or "公报" in title) and not _OWN_REPORT.search(title):
        return False, OTHER_REPORT
    return False, NEWS


_RELEASED_TOGETHER = re.compile(r"集中发布|集中公开")
_ENGLISH_BODY = 400  # characters of an English version's text: more than a link to a file


# 关于2021年度全区政务公开工作情况的报告: an account of the work in prose (to the 人大常委会)
_SITUATION_REPORT = re.compile(r"^[^《》]{0,30}关于[^《》]{0,40}情况的报告")


def _gathers(ev: Evidence) -> bool:
    """A summary page gathers reports: their titles in its text (its links' too), or files."""
    return bool(ev.attachments or len(_report_titles(ev.text)) >= 3)


def _opens_as_report(text: str) -> bool:
    """The first paragraph is a disclosure report's opening (…现将某镇2019年度政府信息公开
    工作情况报告如下): the report, whose title and headings an extractor dropped (goose3)."""
    first = next((x for x in text.split("\n", 8) if x.strip()), "")
    return "政府信息公开" in first and _SELF_PHRASE.search(first) is not None


def _units_on_own_lines(text: str) -> set[str]:
    """Townships and streets named on a line of their own (a title's first half, a signature):
    a report names only itself so; the others it names stand in sentences. (A bureau's report
    followed by its 下属单位's is still the bureau's page.)"""
    names = (_YEAR_ON.sub("", line.strip()) for line in text.split("\n"))
    units = (agency_mod.parse_name(s) for s in names if 2 < len(s) <= 20)
    return {u.short for u in units if u and u.kind in (agency_mod.TOWNSHIP, agency_mod.STREET)}


_YEAR_ON = re.compile(r"(?:19|20)\d{2}\s*年.*$")


def _agencies(titles: list[str]) -> set[str]:
    return {a.short for t in titles if (a := agency_mod.from_title(t))}
