"""Who reports: agency (full name), agency_short and agency_kind from the places that name it.

Order of trust: the report title, the signature at the end, explicit phrases in the body
(填报单位, 请联系…), the breadcrumb/作者 chrome, the body's self-references (吉昌镇 … 我镇),
the page publisher (发布机构/来源, often the county government and not the reporter), and
last the crawler's link title and column.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import islice

from parsers.render import words

COUNTY_GOVERNMENT = "county_government"
TOWNSHIP = "township"
STREET = "street"
DEPARTMENT = "department"
OTHER = "other"

# Han characters, the rare ones of place names too (㮾梨街道: Extension A; B and later)
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f"
_is_han = re.compile(f"[{_HAN}]").match
_ADMIN = "省市州盟县区旗"
_PROVINCE_PREFIX = re.compile(rf"^[{_HAN}]{{2,8}}?(?:省|自治区)(?=[{_HAN}]{{3,}})")
_PROVINCE_GOV = re.compile(rf"^([{_HAN}]{{2,8}}?(?:省|自治区))(?:人民政府|政府)?$")
# an autonomous prefecture, 地区 or 盟 before the unit: its name is too long for the county
# patterns, so the unit is parsed without it (not the 地区 of Beijing's 南磨房地区办事处: that is
# the unit's own name)
_PREFECTURE_PREFIX = re.compile(
    rf"^[{_HAN}]{{2,12}}?(?:自治州|地区|盟)(?!办事处$)(?=[{_HAN}]{{3,}})"
)
_TOWN_TAIL = re.compile(
    r"(?:人民政府办公室|党政办公室|党政办|人民政府|政府|党委政府|党委|委员会|人大主席团)$"
)
# two-character counties are all …县 (攸县, 歙县, 岷县); 全县/本县/各县 are words
_COUNTY_HEAD = re.compile(
    rf"^(?:[{_HAN}]{{2,12}}?(?:县|市|区|旗)|(?![县市区旗州省全本我各该此其两])[{_HAN}]县)"
    rf"(?=[{_HAN}]{{2,}})"
)
_PREFECTURE_HEAD = re.compile(rf"^[{_HAN}]{{2,7}}?(?:市|州|地区|盟)")
# not a county that names a department alone: a 开发区/园区, or a department's own words
_NOT_COUNTY = re.compile(r"开发|园区|高新|经开|局|委|办|厅|中心|分")


def _dept_county(name: str) -> tuple[int, str | None]:
    """(length of a prefecture prefix to drop, county) of a department name:
    武汉市蔡甸区民政局 → (3, 蔡甸区); 禄丰市财政局 → (0, 禄丰市); 晋城市城区财政局 → (0, 晋城市)."""
    if (
        (p := _PREFECTURE_HEAD.match(name))
        and (c := _COUNTY_HEAD.match(name[p.end() :]))
        and not _NOT_COUNTY.search(c.group())
    ):
        return p.end(), c.group()
    c = _COUNTY_HEAD.match(name)
    return 0, c.group() if c else None


# 乡镇 and 城乡 as words (各乡镇, 统筹城乡), not names: 古城乡 and 新城乡 are townships.
_NOT_TOWN = re.compile(r"乡镇$|(?:^|[统筹全县市区和与及各])城乡$")
# The towns whose names end on 乡镇 all the same: all 21 names of the division registry
# (seeds/divisions/streets.csv, 2023, but its placeholders 特殊乡镇 and 直属乡镇;
# tests/test_divisions.py keeps them equal).
XIANGZHEN_TOWNS = frozenset(
    words(
        "三乡镇 东乡镇 五乡镇 分乡镇 北乡镇 南乡镇 大泽乡镇 宁乡镇 平乡镇 怀乡镇 新乡镇"
        " 朗乡镇 柏乡镇 武乡镇 永乡镇 灵乡镇 肥乡镇 虞乡镇 金乡镇 阿尔乡镇 鹿乡镇"
    )
)
_STREET = re.compile(r"^(.*?)(街道)(?:办事处|工作委员会|党工委|党工委办事处)?$")
_OFFICE = re.compile(r"^(.*?)办事处$")
_COUNTY_GOV = re.compile(rf"^([{_HAN}]{{1,12}}(?:县|市|区|旗|特区|林区))(?:人民政府|政府)?$")
_DEPT_SUFFIX = re.compile(
    r"(?:局|委员会|委|办公室|办|中心|厅|署|法院|检察院|院|所|站|队|部|处|馆|总工会|工会|妇联|残联|科协"
    r"|工商联|红十字会|联合会|协会|供销社|联社|联合社|合作社|管委会|团委)$"
)
# vertically managed bureaus carry their ministry before the county: 国家税务总局武陟县税务局
_VERTICAL = re.compile(r"^国家税务总局")
_OTHER_SUFFIX = re.compile(
    r"(?:公司|医院|学校|中学|小学|大学|学院|银行|集团|村民委员会|居民委员会|社区|村"
    r"|林场|农场|牧场|渔场|苗圃)$"
)
# the farms of the 新疆生产建设兵团 are numbered regiments (团场) of a division (师)
_REGIMENT = re.compile(
    r"^(?:第[一二三四五六七八九十]{1,3}师)?([一二三四五六七八九十〇零百\d]{1,5}团)场?$"
)
# a development zone named bare (宁乡经济技术开发区, 安福县工业园区), which no 区 governs
_ZONE = re.compile(
    r"(?:开发区|园区|高新区|经开区|集聚区|工业区|保税区|度假区|示范区|试验区|合作区)$"
)
# a website or a column is not a body (宜阳县人民政府门户网站 ends like 农技站)
_NOT_BODY = re.compile(r"(?:网站|网|平台|专栏|栏目)$")
_LEAD_PHRASES = sorted(
    words(
        "关于 印发 根据 按照 现公布 现将 公布 发布 特编制 请联系 联系 填报单位"
        " 中共 中国共产党 经过 通过 其中 以及 记者从 记者 据悉"
    ),
    key=len,
    reverse=True,
)
# Single characters that end a name read out of running text ("在黄金镇…"); names from titles,
# signatures and crumbs keep them (和平镇, 全椒县).
_LEAD_CHARS = "在于由向对经据和与及的是为了到从等将我本全各该请现今"
_STOP_CHARS = set("我本全各该在于由向对经据现将和与及的是为了到从等个每此其之有请按贵共即")
# County-level names opening on a lead or stop character (将乐县, 于都县, 和县): all 32 of the
# division registry (seeds/divisions/areas.csv, 2023; tests/test_divisions.py keeps them equal).
PARTICLE_COUNTIES = tuple(
    sorted(
        words(
            "个旧市 于洪区 于田县 于都县 从化区 从江县 全南县 全州县 全椒县 共和县 共青城市 即墨区"
            " 向阳区 和县 和布克赛尔蒙古自治县 和平区 和平县 和政县 和林格尔县 和田县 和田市 和硕县"
            " 和静县 和顺县 和龙市 将乐县 本溪满族自治县 贵南县 贵定县 贵德县 贵池区 贵溪市"
        )
    )
)
# Characters that end a backwards scan for a name before 镇/乡 (乡镇, 城镇化, 2018年度任固镇).
_SCAN_STOP = _STOP_CHARS | set("乡镇村集年度月日号化一两")


@dataclass
class Agency:
    """A parsed agency name."""

    name: str
    short: str
    kind: str
    county: str | None = None


_LEAD_START = tuple(_LEAD_PHRASES)  # for one startswith call: most names start with none


def _trim_lead(s: str, from_text: bool) -> str:
    changed = True
    while changed and s:
        changed = False
        for word in _LEAD_PHRASES if s.startswith(_LEAD_START) else ():
            if s.startswith(word) and len(s) > len(word) + 1:
                s, changed = s[len(word) :], True
                break
        if (
            from_text
            and s[:1] in _LEAD_CHARS
            and len(s) > 3
            and not s.startswith(PARTICLE_COUNTIES)
        ):
            s, changed = s[1:], True
    return s


def _cut_admin(core: str, suffix_len: int) -> tuple[str | None, str]:
    """Split 磐石市吉昌镇 into (磐石市, 吉昌镇): the rightmost admin cut leaving a 2+ char name;
    a formal name cuts after the district's 人民政府 (西城区人民政府德胜街道 → 西城区, 德胜街道)."""
    if (i := core.rfind("人民政府")) > 1 and len(core) - i - 4 - suffix_len >= 2:
        return core[:i], core[i + 4 :]
    shortest = 1 if suffix_len == 2 else 2  # 辉苏木: a one-character 苏木
    for i in range(len(core) - suffix_len - shortest, 1, -1):
        if core[i - 1] in _ADMIN and len(core) - i - suffix_len >= shortest:
            return core[:i], core[i:]
    return None, core


def _last_county(prefix: str | None) -> str | None:
    if not prefix:
        return None
    county, rest = _cut_admin(prefix, 1)
    return rest if rest[-1:] in "县市区旗" else county


_NAME_NOISE = re.compile(r"[\s《》<>“”\"'（）()【】\[\]]")
# a body named with the one it shares offices with since the 2018 reform:
# 苍溪县农业农村局（苍溪县乡村振兴局） is the 农业农村局
_CO_LOCATED = re.compile(
    rf"(?<=[{_HAN}]{{3}})[（(][{_HAN}]{{2,20}}(?:局|办公室|委员会|中心|办|委|部)[）)]$"
)
_PARTY = re.compile(r"^(?:中共|中国共产党)")
_NOT_NAME_CHAR = re.compile(rf"[^{_HAN}〇]")


def parse_name(raw: str, *, from_text: bool = False) -> Agency | None:
    """Classify a name such as 磐石市吉昌镇人民政府, 中共妥安乡委员会 or 禄丰市财政局.

    `from_text`: the name was cut out of a sentence, so leading particles (在, 和 …) are dropped
    (but not after the county stated with it: 瓦房店市共济街道).
    """
    s = _trim_lead(_PARTY.sub("", _NAME_NOISE.sub("", _CO_LOCATED.sub("", raw or ""))), from_text)
    if not 2 <= len(s) <= 40 or _NOT_NAME_CHAR.search(s):
        return None
    if "我" in s or "年度" in s:  # 本年度我镇: words of a sentence, never part of a name
        return None
    if m := _PROVINCE_GOV.match(s):  # a county site's repost of its province's report
        return Agency(m.group(1) + "人民政府", m.group(1) + "人民政府", COUNTY_GOVERNMENT)
    s = _PROVINCE_PREFIX.sub("", s)
    if (p := _PREFECTURE_PREFIX.match(s)) and (found := parse_name(s[p.end() :])):
        # stated in full, the name keeps its prefecture: 果洛藏族自治州玛沁县人民政府
        stated = found.name == s[p.end() :]
        return replace(found, name=p.group() + found.name) if stated else found
    core = _TOWN_TAIL.sub("", s) or s
    if core.endswith(("镇", "乡", "苏木", "管理区")) and (
        not _NOT_TOWN.search(core) or _cut_admin(core, 1)[1] in XIANGZHEN_TOWNS
    ):
        suffix = 2 if core.endswith("苏木") else 3 if core.endswith("管理区") else 1
        county, short = _cut_admin(core, suffix)
        if len(short) < 3 or (from_text and short[0] in _STOP_CHARS and not _last_county(county)):
            return None
        name = s if s != core and s.endswith(("人民政府", "政府")) else short
        return Agency(name, short, TOWNSHIP, _last_county(county))
    if m := _STREET.match(s) or (m := _OFFICE.match(s)):
        county, base = _cut_admin(m.group(1), 0)
        if len(base) < 2 or (from_text and base[0] in _STOP_CHARS and not _last_county(county)):
            return None
        if m.re is _STREET:
            short = base + "街道"
        else:  # Beijing's 南磨房地区办事处 governs the division named 南磨房地区
            short = base if base.endswith("地区") else base + "办事处"
        return Agency(s, short, STREET, _last_county(county))
    if m := _REGIMENT.search(s):  # 兵团 团场: 第六师一〇一团 is known as 一〇一团
        return Agency(s, m.group(1), OTHER, None)
    if _OTHER_SUFFIX.search(s):  # before 区: a 社区 is no district
        return Agency(s, s, OTHER, None) if len(s) >= 4 else None
    if _ZONE.search(s) and len(s) >= 5:  # governed by its 管理委员会, never by a 人民政府
        return parse_name(s + "管理委员会")
    if m := _COUNTY_GOV.match(s):
        county = _last_county(m.group(1)) or m.group(1)
        if (
            len(county) < 2
            or (county[0] in "全本我各该此" and len(county) == 2)
            or (from_text and county[0] in _STOP_CHARS)
        ):
            return None
        return Agency(
            s if s.endswith("政府") else county + "人民政府",
            county + "人民政府",
            COUNTY_GOVERNMENT,
            county,
        )
    if _NOT_BODY.search(s):
        return None
    local = _VERTICAL.sub("", s)
    cut, county = _dept_county(local)
    # A department is named with its county (禄丰市财政局) or is at least a 局/委员会 (县财政局);
    # a bare 新闻中心 or 办公室 in a breadcrumb is a column, not an agency. 武汉市蔡甸区民政局 is
    # 蔡甸区民政局 for short: the county names it unambiguously, as 禄丰市财政局; and
    # 国家税务总局武陟县税务局 is 武陟县税务局.
    if (
        _DEPT_SUFFIX.search(local)
        and len(local) >= 4
        and (county or local[0] in "县市区" or local.endswith(("局", "委员会")))
    ):
        return Agency(s, local[cut:], DEPARTMENT, county)
    return None


def spelled_out(agency: Agency, signed: Agency | None) -> Agency:
    """The department's name in full when the title abbreviates it and the signature does not
    (县卫健局 signed 汤阴县卫生健康局, 妇联 signed 妇女联合会): the short name's characters in
    order within the signed one, which does not merely extend it (县财政局国库支付中心)."""
    if (
        signed is None
        or agency.kind != DEPARTMENT
        or signed.kind != DEPARTMENT
        or len(signed.short) <= len(agency.short)
        or agency.short in signed.short
        or (agency.county and signed.county and agency.county != signed.county)
    ):
        return agency
    rest = iter(signed.short)
    return signed if all(c in rest for c in agency.short) else agency


_REPORT_WORDS = re.compile(r"政府信息公开|政务公开|信息公开|年度报告|年报|工作报告|工作情况")
_YEARISH = re.compile(  # \d takes full-width digits too: ２０２２年
    r"(?:19|20|１９|２０)\d{2}\s*年度?|[〇○零一二三四五六七八九]{4}\s*年度?|20[xX×]{2}\s*年度?"
)


# What precedes the subject of a title: list numbering (1. / 一、), a bracketed tag (【转载】)
# and labels of pages about a report (图解：, 一图读懂).
_TITLE_LABEL = re.compile(
    r"^\s*(?:[\d一二三四五六七八九十]+\s*[.、．)）]|[【\[][^】\]]{1,8}[】\]]"
    r"|(?:图解|一图读懂|图说|解读|转载|转发)\s*[:：]?)\s*"
)


_PART_EDGES = re.compile(r"^[\s,，、:：]+|[\s,，、的]+$|(?:关于|发布|公布|印发)$")


def from_title(title: str | None) -> Agency | None:
    """The subject of a title: the words before the year / 政府信息公开 …"""
    if not title:
        return None
    title = _TITLE_LABEL.sub("", title)
    m = _REPORT_WORDS.search(title)
    head = title[: m.start()] if m else title
    for part in _YEARISH.split(head):
        part = _PART_EDGES.sub("", part)
        if part and (agency := parse_name(part)):
            return agency
    return None


_CLAUSE_MARK = re.compile(r"[，。；,;：:]")
_SIGNED_DATE = re.compile(r"(?:19|20)\d{2}\s*年.*$|[〇零一二三四五六七八九十○]{4}年.*$")


def from_signature(lines: list[str]) -> Agency | None:
    """The signing body in the last lines (a short line with a name, maybe with the date)."""
    last = islice(filter(None, map(str.strip, reversed(lines))), 8)  # from the end up
    for line in last:
        if "|" in line or len(line) > 40 or _CLAUSE_MARK.search(line):
            continue
        line = _SIGNED_DATE.sub("", line).strip()
        if line and (agency := parse_name(line)):
            return agency
    return None


_EXPLICIT = (
    re.compile(
        r"(?:填报单位|报送单位|编制单位|报告单位|单位名称)\s*[（(]?\s*(?:盖章|公章)?\s*[)）]?\s*[:：]\s*"
        rf"([{_HAN}]{{2,30}})"
    ),
    re.compile(
        rf"(?:请联系|联系单位[:：]?|受理机构[:：]?|请与)([{_HAN}]{{2,30}}?(?:人民政府|办事处|局|委员会"
        r"|办公室|中心|镇|乡|街道))"
    ),
    re.compile(
        rf"(?:现公布|现将|公布|发布)([{_HAN}]{{2,20}}?(?:人民政府|办事处|镇|乡|街道|局|委员会|办公室))"
        r"\s*(?:本年度|\d{4}\s*年|政府信息|信息公开)"
    ),
)


def from_explicit(text: str) -> Agency | None:
    """Phrases that name the reporting unit outright (填报单位, 请联系, 现公布 …)."""
    for rx in _EXPLICIT:
        for m in rx.finditer(text):
            if agency := parse_name(m.group(1), from_text=True):
                return agency
    return None


_SELF = {
    TOWNSHIP: re.compile(r"[我本全]镇|[我本全]乡(?!镇)|[我本]苏木"),
    STREET: re.compile(r"[我本全]街道|[我本]办事处"),
    DEPARTMENT: re.compile(
        r"[我本]局|[我本]委(?!员)|[我本]办(?!理|事|法|公)|本机关|本单位|[我本]中心"
    ),
    COUNTY_GOVERNMENT: re.compile(r"[我本全]县|[我本]区政府|[我本]市政府|[我本]旗"),
}
_UNIT_AT = {
    TOWNSHIP: re.compile(r"(?:镇|乡)(?![镇村民亲风土愁贤情里化])"),
    STREET: re.compile(r"街道"),
}
_NAMED = {
    DEPARTMENT: re.compile(
        rf"[{_HAN}]{{1,6}}?(?:县|市|区|旗)[{_HAN}]{{2,14}}?(?:局|委员会|办公室|中心)(?![{_HAN}]{{0,1}}长)"
    ),
    COUNTY_GOVERNMENT: re.compile(rf"[{_HAN}]{{2,6}}?(?:县|市|区|旗)人民政府"),
}


def _named_units(text: str, kind: str) -> Counter[str]:
    votes: Counter[str] = Counter()
    if kind in _UNIT_AT:
        for m in _UNIT_AT[kind].finditer(text):
            j, name, bounded = m.start(), "", True
            while j > 0:
                c = text[j - 1]
                if not _is_han(c) or c in _SCAN_STOP or c in _ADMIN:
                    break
                if len(name) == 4:
                    bounded = False
                    break
                name, j = c + name, j - 1
            name = name if bounded else name[-2:]
            if len(name) >= 2:
                votes[name + m.group(0)] += 1
    else:
        for m in _NAMED[kind].finditer(text):
            agency = parse_name(m.group(0), from_text=True)
            if agency and agency.kind == kind:
                votes[agency.name] += 1
    return votes


def from_self_reference(text: str) -> Agency | None:
    """吉昌镇 … 我镇: the unit of the kind the body speaks for, most often named. A body that
    speaks of itself by name only (昌元街道办事处坚持… ×10, against one 本机关) is that unit's:
    a unit named five times or more outweighs the pronouns and names of the others."""
    counts = {kind: len(rx.findall(text)) for kind, rx in _SELF.items()}
    found: list[tuple[int, Agency]] = []  # (pronouns + times named, unit)
    for kind, n in sorted(counts.items(), key=lambda kv: -kv[1]):
        votes = _named_units(text, kind) if n or kind in _UNIT_AT else Counter()
        for name, times in votes.most_common():
            if (agency := parse_name(name, from_text=True)) and agency.kind == kind:
                if n or times >= _NAMED_ONLY:
                    found.append((n + times, agency))
                break
    spoken = [(weight, a) for weight, a in found if counts[a.kind]]
    named = [(weight, a) for weight, a in found if not counts[a.kind]]
    if named and named[0][0] > sum(weight for weight, _ in spoken):
        return named[0][1]
    return spoken[0][1] if spoken else None


_NAMED_ONLY = 5  # times a unit is named to speak for the body without a pronoun


def full_name(agency: Agency, texts: list[str]) -> str:
    """The longest stated name of the agency (磐石市吉昌镇人民政府, 武汉市蔡甸区人民政府), else the
    name it was found under: a longer name counts only if it parses to the same unit."""
    short = agency.short
    tails: tuple[str, ...]
    if agency.kind == STREET and short.endswith("街道"):
        core, tails = short[:-2], ("街道办事处", "办事处")
    elif agency.kind == TOWNSHIP:
        core, tails = short, ("人民政府", "")
    elif agency.kind == COUNTY_GOVERNMENT:
        core, tails = short.removesuffix("人民政府"), ("人民政府",)
    else:
        core, tails = short, ("",)
    units = [(core, short)]
    if agency.kind in (DEPARTMENT, COUNTY_GOVERNMENT) and (spelled := _spelled_county(core, texts)):
        units.append((spelled, spelled + short[len(core) :]))
    best = agency.name
    for stated, unit in units:
        for found in _stated(stated, tails, texts):
            same = (found.short, found.kind) == (unit, agency.kind) or (
                # a school or a hospital is named in full with its place: 天水市秦州区新疆路小学
                agency.kind == found.kind == OTHER
                and found.name.endswith(short)
                and found.name[: -len(short)][-1:] in _ADMIN
            )
            # a township's bare name keeps the county it was stated with (临洮县辛店镇)
            bare = found.kind == TOWNSHIP and found.name == found.short and found.county
            name = f"{found.county}{found.short}" if bare else found.name
            if same and len(name) > len(best):
                best = name
    return best


# an autonomous county's short form (紫云自治县, 三都县) before the rest of a name
_COUNTY_SHORT_FORM = re.compile(rf"^([{_HAN}]{{2,4}}?)(?:自治)?县")


def _spelled_county(core: str, texts: list[str]) -> str | None:
    """`core` with its autonomous county in full, as a text states it: a title's
    紫云自治县自然资源局 is the signature's 紫云苗族布依族自治县自然资源局."""
    m = _COUNTY_SHORT_FORM.match(core)
    if not m or "族" in m.group() or not any("族自治县" in text for text in texts):
        return None
    rest = core[m.end() :]
    full = re.compile(rf"{re.escape(m.group(1))}[{_HAN}]{{1,12}}?族自治县(?={re.escape(rest)})")
    return next((found.group() + rest for text in texts if (found := full.search(text))), None)


def county_stated(agency: Agency, texts: list[str]) -> str | None:
    """The county of a department found without one (卫生健康局) where a text names it in full:
    the signature 镇雄县卫生健康局 under a title that left the county out."""
    if agency.kind != DEPARTMENT or agency.county:
        return None
    for found in _stated(agency.short, ("",), texts):
        if found.kind == DEPARTMENT and found.county and with_county(agency, found.county) == found:
            return found.county
    return None


def _stated(core: str, tails: tuple[str, ...], texts: list[str]) -> Iterator[Agency]:
    """Every name `core` + one of `tails` (the first that follows) stands in, with what
    precedes it in the same word; once each (a report repeats its name: both callers look for
    one that fits, and parsing costs)."""
    seen: set[str] = set()
    for text in texts:
        for at, end in _occurrences(text, core, tails):
            # the name starts at a word boundary, with no particle in its prefix: 本报告由北京市…
            # names 北京市…, not 报告由北京市…
            lo = at
            while lo > max(0, at - _NAME_BEFORE) and _is_han(text[lo - 1]):
                lo -= 1
            start = next(
                (
                    s
                    for s in range(lo, at)
                    if text.startswith(PARTICLE_COUNTIES, s)
                    or (
                        _starts_name(text, s)
                        and _PARTICLES.isdisjoint(text[s:at])
                        and not any(word in text[s:at] for word in _VERBS)
                    )
                ),
                at,
            )
            name = text[start:end]
            if name not in seen and (found := parse_name(name, from_text=True)):
                yield found
            seen.add(name)


def _occurrences(text: str, core: str, tails: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    """(start, end) of each `core` + tail in the text, left to right, not overlapping: what a
    search for the pattern finds, by substring finds (a pattern per name costs a compile)."""
    at = text.find(core)
    while at >= 0:
        end = at + len(core)
        tail = next((t for t in tails if text.startswith(t, end)), None)
        if tail is None:
            at = text.find(core, at + 1)
        else:
            yield at, end + len(tail)
            at = text.find(core, end + len(tail))


# Han characters a name may hold before the unit's own: a prefecture and a county as long as
# 临夏回族自治州积石山保安族东乡族撒拉族自治县 (22)
_NAME_BEFORE = 24
_PARTICLES = frozenset("由的是了请将把被")  # never inside a place name
# nor these: 现向社会公布汤阴县菜园镇人民政府, 持续优化徐州市铜山区人民政府门户网站,
# 区政府通过常州市金坛区人民政府门户网站, 组建南平市建阳区农业农村局,
# 有疑问的可向腾冲市和顺镇人民政府
_VERBS = words(
    "公布 发布 印发 社会 报告 优化 完善 加强 提升 推进 依托 登录 访问 利用 建设 维护 更新"
    " 通过 借助 运用 组建 成立 挂牌 可向"
)


def _starts_name(text: str, at: int) -> bool:
    """A name can start here: at the text's or a line's start, after punctuation, a particle
    (由, 在 …) or a leading phrase (请联系, 现将 …)."""
    before = text[at - 1 : at]
    return (
        not before
        or not _is_han(before)
        or before in _STOP_CHARS
        or text.endswith(_LEAD_START, 0, at)
    )


_ADMIN_WORDS = ("市场", "市政", "市容", "区域", "县域")  # words, not 市 + name: 市场监督管理局


def with_county(agency: Agency, county: str | None) -> Agency:
    """A department named without its county (县财政局, 民政局) completed with the county of the
    site or the crawl (伊川县财政局): the short name must tell which county's bureau it is.
    县/市/区/旗 before the name must agree with the county's own (县财政局 is no 市's)."""
    if agency.kind != DEPARTMENT or agency.county or not county:
        return agency
    name = agency.short
    if name[0] in "县市区旗" and not name.startswith(_ADMIN_WORDS):
        if not county.endswith(name[0]):
            return agency
        name = name[1:]
    full = county + name
    return Agency(full, full, DEPARTMENT, county)
