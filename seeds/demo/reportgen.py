"""Report bodies for the demo portals: agencies, statistics, statutory tables and prose.

A body is a list of blocks, so one report can be rendered as an HTML page, a PDF or a DOCX
attachment. Numbers are drawn from a seeded generator and always satisfy the accounting
identities of domain.md, so the parser's checks have something true to confirm.
"""

from __future__ import annotations

import html
import io
import random
import re
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "seeds"


@dataclass(frozen=True)
class County:
    """A county-level division and the portal that publishes its agencies' reports."""

    name: str
    province: str
    prefecture: str
    code: str
    site: str
    phone: str

    @property
    def portal(self) -> str:
        return f"{self.name}人民政府门户网站"

    @property
    def title(self) -> str:
        """县 or 市: what the county calls itself (我县 / 我市, 副县长 / 副市长)."""
        return self.name[-1]


@dataclass(frozen=True)
class Agency:
    short: str
    county: County
    kind: str  # county_government | township | street | department

    @property
    def full(self) -> str:
        if self.kind == "township":
            return f"{self.county.name}{self.short}人民政府"
        if self.kind == "street":
            return f"{self.county.name}{self.short}办事处"
        return self.short

    @property
    def we(self) -> str:
        if self.kind == "county_government":
            return "我" + self.county.title
        if self.kind == "department":
            return "我委" if self.short.endswith("委员会") else "我局"
        if self.kind == "street":
            return "我街道"
        return "我" + self.short[-1]

    @property
    def leader(self) -> str:
        title = self.county.title
        return {
            "county_government": f"{self.county.name}人民政府常务副{title}长",
            "department": "主要负责同志",
            "street": "街道党工委副书记、办事处主任",
        }.get(self.kind, f"{self.short[-1]}党委副书记、{self.short[-1]}长")

    @property
    def areas(self) -> str:
        for suffix, text in DEPARTMENT_AREAS.items():
            if self.short.endswith(suffix):
                return text
        return KIND_AREAS[self.kind]

    @property
    def wechat(self) -> str:
        if self.kind == "county_government":
            return self.county.name[:-1] + "发布"
        return self.short.removeprefix(self.county.name) + "发布"


KIND_AREAS = {
    "county_government": "政府常务会议、重大行政决策、财政预决算、重大建设项目和公共资源配置",
    "township": "惠农补贴资金发放、低保五保、乡村振兴项目、防汛抗旱和农村人居环境整治",
    "street": "社区服务、城市管理、民生保障和安全生产",
    "department": "部门职能、工作动态、政策文件和财政预决算",
}
DEPARTMENT_AREAS = {
    "财政局": "财政预决算、政府采购、惠民惠农财政补贴资金和政府债务",
    "教育局": "招生入学、教育收费、学生资助和教师招聘",
    "教育体育局": "招生入学、学生资助、体育赛事和教师招聘",
    "自然资源局": "国土空间规划、征地信息、不动产登记和矿业权出让",
    "卫生健康委员会": "医疗机构监管、公共卫生服务、疫情防控和计划生育奖励扶助",
    "市场监督管理局": "“双随机、一公开”抽查结果、食品安全抽检和行政处罚决定",
    "住房和城乡建设局": "保障性住房、城镇老旧小区改造和建筑市场监管",
}


# --- blocks and tables ----------------------------------------------------------------------


@dataclass
class Cell:
    text: str
    rowspan: int = 1
    colspan: int = 1


Table = list[list[Cell]]


@dataclass
class Block:
    kind: str  # title | h | p | sign | table | img | link
    text: str = ""
    table: Table | None = None
    href: str = ""
    label: str = ""


def placements(table: Table) -> tuple[int, list[tuple[int, int, Cell]]]:
    """Grid positions of spanned cells, as a browser lays them out: (ncols, [(row, col, cell)])."""
    taken: set[tuple[int, int]] = set()
    out = []
    for r, row in enumerate(table):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            out.append((r, c, cell))
            taken |= {
                (r + i, c + j) for i in range(cell.rowspan) for j in range(cell.colspan)
            }
            c += cell.colspan
    return max(c for _, c in taken) + 1, out


def label_row(label: str, values: list, width: int = 3) -> list[Cell]:
    return [Cell(label, colspan=width), *(Cell(str(v)) for v in values)]


# --- statutory statistics (2019 and 2021 formats) -----------------------------------------

APPLICANTS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
REFUSE = [
    "1.属于国家秘密",
    "2.其他法律行政法规禁止公开",
    "3.危及“三安全一稳定”",
    "4.保护第三方合法权益",
    "5.属于三类内部事务信息",
    "6.属于四类过程性信息",
    "7.属于行政执法案卷",
    "8.属于行政查询事项",
]
UNABLE = ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]
IGNORE = [
    "1.信访举报投诉类申请",
    "2.重复申请",
    "3.要求提供公开出版物",
    "4.无正当理由大量反复申请",
    "5.要求行政机关确认或重新出具已获取信息",
]
OTHER_2021 = [
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "3.其他",
]
RESULT_WEIGHTS = [40, 8, *[1] * 8, 14, 2, 2, 2, 3, 1, 1, 1, 2, 1, 1]  # 2021 leaves


@dataclass
class Stats:
    """Values of tables 二, 三 and 四; t3 holds one list of 7 per leaf row (23 or 25 rows)."""

    fmt: str
    t2: dict[str, list[str]]
    t3: list[list[int]]
    t4: list[int]
    active: int = 0
    trainings: int = 0
    fee: float = 0.0

    @property
    def received(self) -> int:
        return self.t3[0][6]

    @property
    def carried(self) -> int:
        return self.t3[1][6]

    @property
    def answered(self) -> int:
        return self.t3[-2][6]

    @property
    def forward(self) -> int:
        return self.t3[-1][6]


def _split(rng: random.Random, total: int, weights: list[int]) -> list[int]:
    out = [0] * len(weights)
    for i in rng.choices(range(len(weights)), weights=weights, k=total):
        out[i] += 1
    return out


def make_stats(rng: random.Random, fmt: str, level: int) -> Stats:
    """level 0: nothing happened; 1: a small agency; 2: a busy one; 3: every cell of table 三
    (自然人 column) and table 四 is non-zero, for tests that must not pass on all-zero tables."""
    leaves = 21 if fmt == "2021" else 19
    weights = RESULT_WEIGHTS if fmt == "2021" else [*RESULT_WEIGHTS[:-3], 2]
    scale = [0, 4, 30, 60][level]
    columns = []
    for col in range(6):
        share = [1.0, 0.3, 0.05, 0.05, 0.15, 0.1][col]
        new = round(rng.randint(0, scale) * share)
        if level == 3 and col == 0:
            new = max(new, leaves * 3)
        carry = rng.randint(0, max(0, new // 8))
        fwd = rng.randint(0, max(0, (new + carry) // 10))
        done = new + carry - fwd
        base = [1] * leaves if level == 3 and col == 0 else [0] * leaves
        extra = _split(rng, done - sum(base), weights)
        results = [a + b for a, b in zip(base, extra, strict=True)]
        columns.append([new, carry, *results, done, fwd])
    rows = [[*row, sum(row)] for row in zip(*columns, strict=True)]
    t4 = []
    for group in range(3):
        if level == 3:
            parts = [rng.randint(1, 3) for _ in range(4)]
        elif level == 2 or (level == 1 and group == 0 and rng.random() < 0.3):
            parts = [rng.randint(0, 1) for _ in range(4)]
        else:
            parts = [0, 0, 0, 0]
        t4 += [*parts, sum(parts)]
    stats = Stats(fmt, _table2(rng, fmt, level), rows, t4)
    stats.active = [rng.randint(20, 60), rng.randint(40, 180), rng.randint(150, 400),
                    rng.randint(400, 900)][level]
    stats.trainings = rng.randint(1, 6)
    return stats


def _table2(rng: random.Random, fmt: str, level: int) -> dict[str, list[str]]:
    n = [0, 3, 12, 25][level]
    docs = rng.randint(0, n)
    gone = rng.randint(0, docs // 2)
    valid = docs + rng.randint(0, n * 3)
    licences = rng.randint(0, [0, 30, 600, 2400][level])
    fines = rng.randint(0, [0, 10, 80, 260][level])
    force = rng.randint(level == 3, [0, 2, 8, 20][level])
    if fmt == "2021":
        fee = round(rng.uniform(0, [0, 5, 90, 800][level]), 2) if level else 0
        return {
            "规章": ["0", "0", "0"],
            "行政规范性文件": [str(docs), str(gone), str(valid)],
            "行政许可": [str(licences)],
            "行政处罚": [str(fines)],
            "行政强制": [str(force)],
            "行政事业性收费": [f"{fee:g}"],
        }

    def change() -> str:
        d = rng.randint(-2, 3) if level else 0
        return f"+{d}" if d > 0 else str(d)

    items = [0, 12, 60, 180][level]
    return {
        "规章": ["0", "0", "0"],
        "规范性文件": [str(docs), str(docs), str(valid)],
        "行政许可": [str(rng.randint(0, items)), change(), str(licences)],
        "其他对外管理服务事项": [str(rng.randint(0, items)), change(), str(rng.randint(0, n * 9))],
        "行政处罚": [str(rng.randint(0, items * 2)), change(), str(fines)],
        "行政强制": [str(rng.randint(0, items // 4)), change(), str(force)],
        "行政事业性收费": [str(rng.randint(0, items // 6)), change()],
        "政府集中采购": [str(rng.randint(0, n * 2)), f"{rng.uniform(0, n * 40):.1f}" if n else "0"],
    }


def table2(stats: Stats) -> Table:
    v = stats.t2

    def head(item: str) -> list[Cell]:
        return [Cell(f"第二十条第（{item}）项", colspan=4)]

    def row(label: str, values: list[str], widths: list[int]) -> list[Cell]:
        return [Cell(label), *(Cell(x, colspan=w) for x, w in zip(values, widths, strict=True))]

    if stats.fmt == "2021":
        decided = [Cell("信息内容"), Cell("本年处理决定数量", colspan=3)]
        return [
            head("一"),
            [Cell("信息内容"), Cell("本年制发件数"), Cell("本年废止件数"), Cell("现行有效件数")],
            row("规章", v["规章"], [1, 1, 1]),
            row("行政规范性文件", v["行政规范性文件"], [1, 1, 1]),
            head("五"),
            decided,
            row("行政许可", v["行政许可"], [3]),
            head("六"),
            list(decided),
            row("行政处罚", v["行政处罚"], [3]),
            row("行政强制", v["行政强制"], [3]),
            head("八"),
            [Cell("信息内容"), Cell("本年收费金额（单位：万元）", colspan=3)],
            row("行政事业性收费", v["行政事业性收费"], [3]),
        ]
    items = [Cell("信息内容"), Cell("上一年项目数量"), Cell("本年增/减"), Cell("处理决定数量")]
    return [
        head("一"),
        [Cell("信息内容"), Cell("本年新制作数量"), Cell("本年新公开数量"), Cell("对外公开总数量")],
        row("规章", v["规章"], [1, 1, 1]),
        row("规范性文件", v["规范性文件"], [1, 1, 1]),
        head("五"),
        items,
        row("行政许可", v["行政许可"], [1, 1, 1]),
        row("其他对外管理服务事项", v["其他对外管理服务事项"], [1, 1, 1]),
        head("六"),
        list(items),
        row("行政处罚", v["行政处罚"], [1, 1, 1]),
        row("行政强制", v["行政强制"], [1, 1, 1]),
        head("八"),
        [Cell("信息内容"), Cell("上一年项目数量"), Cell("本年增/减", colspan=2)],
        row("行政事业性收费", v["行政事业性收费"], [1, 2]),
        head("九"),
        [Cell("信息内容"), Cell("采购项目数量"), Cell("采购总金额", colspan=2)],
        row("政府集中采购", v["政府集中采购"], [1, 2]),
    ]


def table3(stats: Stats) -> Table:
    data = iter(stats.t3)
    note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    table: Table = [
        [Cell(note, rowspan=3, colspan=3), Cell("申请人情况", colspan=7)],
        [Cell("自然人", rowspan=2), Cell("法人或其他组织", colspan=5), Cell("总计", rowspan=2)],
        [Cell(x) for x in APPLICANTS[1:]],
        label_row("一、本年新收政府信息公开申请数量", next(data)),
        label_row("二、上年结转政府信息公开申请数量", next(data)),
    ]
    other = OTHER_2021 if stats.fmt == "2021" else []
    results: list[list[Cell]] = [
        label_row("（一）予以公开", next(data), 2),
        label_row("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", next(data), 2),
    ]
    for group, labels in [("（三）不予公开", REFUSE), ("（四）无法提供", UNABLE),
                          ("（五）不予处理", IGNORE), ("（六）其他处理", other)]:
        if not labels:
            results.append(label_row(group, next(data), 2))
            continue
        for i, label in enumerate(labels):
            lead = [Cell(group, rowspan=len(labels))] if i == 0 else []
            results.append([*lead, *label_row(label, next(data), 1)])
    results.append(label_row("（七）总计", next(data), 2))
    results[0].insert(0, Cell("三、本年度办理结果", rowspan=len(results)))
    return [*table, *results, label_row("四、结转下年度继续办理", next(data))]


def table4(stats: Stats) -> Table:
    outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    return [
        [Cell("行政复议", colspan=5), Cell("行政诉讼", colspan=10)],
        [*(Cell(x, rowspan=2) for x in outcomes), Cell("未经复议直接起诉", colspan=5),
         Cell("复议后起诉", colspan=5)],
        [Cell(x) for x in outcomes * 2],
        [Cell(str(x)) for x in stats.t4],
    ]


# --- prose ----------------------------------------------------------------------------------

FORMAT_NOTICE = {
    "2019": "《中华人民共和国政府信息公开工作年度报告格式（试行）》（国办公开办函〔2019〕60号）",
    "2021": "《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）",
}

INTROS = [
    "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和{notice}要求编制。"
    "全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
    "政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分。"
    "本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。本报告电子版可在"
    "{portal}（http://{site}/）查阅或下载。如对本报告有疑问，请与{full}联系"
    "（电话：{phone}）。",
    "根据《中华人民共和国政府信息公开条例》规定，现公布{full}{year}年度政府信息公开工作年度报告。"
    "报告中所列数据的统计期限为{year}年1月1日至{year}年12月31日。如对本报告有任何疑问，"
    "请联系{full}办公室（电话：{phone}）。",
    "{year}年，{full}认真贯彻落实《中华人民共和国政府信息公开条例》和上级关于政务公开工作的"
    "部署要求，坚持以公开为常态、不公开为例外，扎实推进政府信息公开工作。现将{we}{year}年度"
    "政府信息公开工作情况报告如下。",
]

OVERVIEW = {
    "（一）主动公开": [
        "{year}年，{we}通过{portal}政府信息公开专栏主动公开政府信息{active}条，重点公开了"
        "{areas}等信息，及时更新机构职能、领导分工、权责清单等基础信息，做到应公开尽公开。",
        "{we}坚持把主动公开作为政务公开的主渠道，{year}年共主动公开各类政府信息{active}条。"
        "围绕{areas}等群众关注的领域，细化公开内容，规范发布流程，确保信息准确、及时、完整。",
    ],
    "（二）依申请公开": [
        "{year}年，{we}未收到政府信息公开申请，无上年结转申请。{we}进一步规范依申请公开"
        "受理、登记、办理、答复流程，确保申请渠道畅通。",
        "{year}年，{we}共收到政府信息公开申请{received}件，上年结转{carried}件，办结{answered}件，"
        "结转下年度继续办理{forward}件。所有申请均在法定期限内答复，答复内容和形式符合规定。",
    ],
    "（三）政府信息管理": [
        "严格落实政府信息公开保密审查制度，坚持“先审查、后公开”和“一事一审”原则，"
        "全年未发生泄密事件。组织开展规范性文件清理工作，并在网站公开清理结果。",
        "健全政府信息发布审核机制，明确信息公开属性源头认定，对拟公开信息逐条进行保密审查和"
        "个人信息保护审查。定期对已公开信息进行动态调整，及时撤除过期失效信息。",
    ],
    "（四）政府信息公开平台建设": [
        "以{portal}为政府信息公开第一平台，规范政府信息公开专栏栏目设置，同时利用“{wechat}”"
        "微信公众号、政务公开栏等渠道扩大信息覆盖面，方便群众获取信息。",
        "持续加强政府网站和政务新媒体建设，落实信息发布“三审”制度，开展常态化自查，"
        "杜绝错链、断链和空白栏目。在便民服务中心设置政府信息公开查阅点，提供现场查阅服务。",
    ],
    "（五）监督保障": [
        "调整充实政务公开工作领导小组，由{leader}任组长，明确专人负责日常工作。全年组织政务公开"
        "业务培训{trainings}次，并将政务公开工作纳入年度目标考核，全年未发生责任追究情况。",
        "把政务公开工作列入重要议事日程，明确分管领导和具体工作人员，形成主要领导亲自抓、"
        "分管领导具体抓的工作格局。{year}年开展政务公开专题培训{trainings}次，未发生责任追究情况。",
    ],
}

PROBLEMS = [
    (
        "{year}年，{we}政府信息公开工作取得了一定成效，但仍存在一些不足：一是政务公开工作人员多为"
        "兼职，业务能力有待提高；二是政策解读形式较为单一，解读质量不高；三是部分信息发布不够及时。",
        "{next}年，{we}将重点做好以下工作：一是加强业务培训，提高工作人员业务水平；二是丰富政策解读"
        "形式，采用图文、音视频等方式提升解读实效；三是健全信息发布审核机制，确保信息公开及时、准确、"
        "规范。",
    ),
    (
        "对照上级要求和群众期盼，{we}政府信息公开工作还存在主动公开信息的深度和广度不够、"
        "基层政务公开标准化规范化建设推进不平衡、公众参与度不高等问题。",
        "下一步，{we}将进一步梳理主动公开事项目录，拓展公开范围；加强公开平台建设和日常监测；"
        "畅通依申请公开渠道，不断提升政府信息公开工作质量。",
    ),
    (
        "存在的问题主要是：信息公开的主动性和时效性有待增强，重点领域信息公开还不够全面，"
        "回应社会关切的能力有待提升。",
        "改进措施：一是强化责任落实，将政务公开纳入日常工作统筹推进；二是聚焦{areas}等重点领域，"
        "持续加大公开力度；三是完善舆情收集和回应机制，及时回应群众关切。",
    ),
]


def _vars(ag: Agency, year: int, stats: Stats | None = None) -> dict:
    c = ag.county
    phone = f"{c.phone}-{random.Random(ag.short).randint(6000000, 6999999)}"
    areas = ag.areas if year > 2020 else ag.areas.replace("乡村振兴", "脱贫攻坚")
    v = dict(year=year, next=year + 1, full=ag.full, short=ag.short, we=ag.we,
             portal=c.portal, site=c.site, phone=phone, areas=areas, leader=ag.leader,
             wechat=ag.wechat, county=c.name, title=c.title)
    if stats:
        v |= dict(active=stats.active, received=stats.received, carried=stats.carried,
                  answered=stats.answered, forward=stats.forward, trainings=stats.trainings)
    return v


def modern_report(ag: Agency, year: int, level: int, *, sign: str) -> tuple[list[Block], Stats]:
    """A 2019/2020 (60号) or 2021+ (30号) report: six sections, tables 二 to 四 as HTML tables."""
    rng = random.Random(f"{ag.short}{year}")
    fmt = "2019" if year <= 2020 else "2021"
    stats = make_stats(rng, fmt, level)
    v = _vars(ag, year, stats) | {"notice": FORMAT_NOTICE[fmt]}
    blocks = [Block("p", rng.choice(INTROS).format(**v)), Block("h", "一、总体情况")]
    for heading, variants in OVERVIEW.items():
        if heading == "（二）依申请公开":
            text = variants[stats.received + stats.carried > 0]
        else:
            text = rng.choice(variants)
        if heading == "（二）依申请公开" and stats.t4[4] + stats.t4[9] + stats.t4[14]:
            text += (f"因政府信息公开被申请行政复议{stats.t4[4]}件，被提起行政诉讼"
                     f"{stats.t4[9] + stats.t4[14]}件。")
        blocks += [Block("p", heading), Block("p", text.format(**v))]
    problem, fix = rng.choice(PROBLEMS)
    five = "五、存在的主要问题及改进情况"
    if fmt == "2019":
        five = "五、政府信息公开工作存在的主要问题及改进情况"
    fee = "未收取信息处理费" if stats.received < 20 else f"收取信息处理费{rng.randint(1, 9) * 20}元"
    six = f"{year}年度{ag.we}无其他需要报告的事项。"
    if year >= 2020:
        six = (f"依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），"
               f"{ag.we}{year}年度{fee}。")
    blocks += [
        Block("h", "二、主动公开政府信息情况"), Block("table", table=table2(stats)),
        Block("h", "三、收到和处理政府信息公开申请情况"), Block("table", table=table3(stats)),
        Block("h", "四、政府信息公开行政复议、行政诉讼情况"), Block("table", table=table4(stats)),
        Block("h", five), Block("p", problem.format(**v)), Block("p", fix.format(**v)),
        Block("h", "六、其他需要报告的事项"), Block("p", six),
        Block("sign", ag.full), Block("sign", sign),
    ]
    return blocks, stats


# Pre-2019 reports: prose in the order of the old 条例 第三十二条, optional 统计表.
OLD_INTRO = (
    "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由{full}编制。"
    "全文包括概述、主动公开政府信息情况、依申请公开政府信息情况、政府信息公开的收费及减免情况、"
    "因政府信息公开申请行政复议和提起行政诉讼情况、存在的主要问题及改进措施、其他需要报告的事项。"
    "本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"
)
OLD_SECTIONS = [
    ("一、概述",
     "{year}年，{we}认真贯彻落实《条例》和{county}政府信息公开工作部署，成立了由{leader}任组长的"
     "政府信息公开工作领导小组，领导小组办公室设在党政办公室，配备工作人员负责信息的收集、审核和"
     "发布。建立健全了政府信息公开保密审查、主动公开、依申请公开等工作制度，确保政府信息公开工作"
     "规范有序开展。"),
    ("二、主动公开政府信息情况",
     "{year}年，{we}共主动公开政府信息{active}条，其中通过政府网站公开{web}条，通过政务微信公开"
     "{wx}条，通过政务公开栏公开{board}条。公开内容主要包括{areas}等。"),
    ("三、依申请公开政府信息情况",
     "{year}年，{we}共受理政府信息公开申请{received}件，均已按期答复，其中同意公开{agree}件，"
     "不属于本机关公开范围{other}件。"),
    ("四、政府信息公开的收费及减免情况",
     "{year}年，{we}在政府信息公开工作中未收取任何费用，不存在减免情况。"),
    ("五、因政府信息公开申请行政复议、提起行政诉讼的情况",
     "{year}年，{we}未发生因政府信息公开申请引起的行政复议和行政诉讼案件。"),
    ("六、存在的主要问题及改进措施",
     "{we}政府信息公开工作虽然取得了一定成效，但也存在公开内容不够全面、更新不够及时、"
     "工作人员业务水平有待提高等问题。{next}年，{we}将进一步完善工作机制，加强业务培训，"
     "拓宽公开渠道，不断提高政府信息公开工作水平。"),
    ("七、其他需要报告的事项", "无。"),
]
STAT_ROWS = [
    ("一、主动公开情况", "——"),
    ("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条"),
    ("其中：主动公开规范性文件数", "条"), ("制发规范性文件总数", "件"),
    ("（二）通过不同渠道和方式公开政府信息的情况", "——"), ("1.政府公报公开政府信息数", "条"),
    ("2.政府网站公开政府信息数", "条"), ("3.政务微博公开政府信息数", "条"),
    ("4.政务微信公开政府信息数", "条"), ("5.其他方式公开政府信息数", "条"),
    ("二、回应解读情况", "——"), ("（一）回应公众关注热点或重大舆情数", "次"),
    ("（二）政策解读稿件发布数", "篇"), ("三、依申请公开情况", "——"), ("（一）收到申请数", "件"),
    ("（二）申请办结数", "件"), ("（三）申请答复数", "件"), ("1.属于已主动公开范围数", "件"),
    ("2.同意公开答复数", "件"), ("3.不属于本行政机关公开数", "件"), ("四、行政复议数量", "件"),
    ("五、行政诉讼数量", "件"), ("六、举报投诉数量", "件"),
    ("七、依申请公开信息收取的费用", "万元"),
    ("八、机构建设和保障经费情况", "——"), ("（一）政府信息公开工作专门机构数", "个"),
    ("（二）从事政府信息公开工作人员数", "人"), ("（三）政府信息公开专项经费", "万元"),
    ("九、政府信息公开会议和培训情况", "——"), ("（一）召开政府信息公开工作会议或专题会议数", "次"),
    ("（二）举办各类培训班数", "次"), ("（三）接受培训人员数", "人次"),
]


def old_report(ag: Agency, year: int, *, sign: str, stats_table: bool) -> list[Block]:
    rng = random.Random(f"{ag.short}{year}")
    web, wx, board = rng.randint(30, 260), rng.randint(10, 150), rng.randint(5, 60)
    received = rng.randint(0, 12 if ag.kind == "county_government" else 2)
    agree = rng.randint(0, received)
    v = _vars(ag, year) | dict(active=web + wx + board, web=web, wx=wx, board=board,
                               received=received, agree=agree, other=received - agree)
    blocks = [Block("p", OLD_INTRO.format(**v))]
    for heading, text in OLD_SECTIONS:
        if heading.startswith("三") and not received:
            text = "{year}年，{we}未收到公民、法人和其他组织提出的政府信息公开申请。"
        blocks += [Block("h", heading), Block("p", text.format(**v))]
    blocks += [Block("sign", ag.full), Block("sign", sign)]
    if stats_table:
        meetings, classes, docs = rng.randint(1, 6), rng.randint(1, 4), rng.randint(0, 9)
        values = {
            "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）": web + wx + board,
            "其中：主动公开规范性文件数": docs, "制发规范性文件总数": docs,
            "（二）通过不同渠道和方式公开政府信息的情况": web + wx + board,
            "2.政府网站公开政府信息数": web, "4.政务微信公开政府信息数": wx,
            "5.其他方式公开政府信息数": board, "（二）政策解读稿件发布数": rng.randint(1, 20),
            "（一）收到申请数": received, "（二）申请办结数": received,
            "（三）申请答复数": received,
            "2.同意公开答复数": agree, "3.不属于本行政机关公开数": received - agree,
            "（一）政府信息公开工作专门机构数": 1,
            "（二）从事政府信息公开工作人员数": rng.randint(2, 5),
            "（三）政府信息公开专项经费": rng.choice([0.5, 1, 2, 3.5]),
            "（一）召开政府信息公开工作会议或专题会议数": meetings,
            "（二）举办各类培训班数": classes,
            "（三）接受培训人员数": classes * rng.randint(20, 60),
        }
        table: Table = [[Cell("统计指标"), Cell("单位"), Cell("统计数")]]
        for label, unit in STAT_ROWS:
            value = "" if unit == "——" else values.get(label, 0)
            table.append([Cell(label), Cell(unit), Cell(f"{value:g}" if value != "" else "")])
        blocks += [Block("p", "附件："), Block("title", f"{ag.full}政府信息公开情况统计表"),
                   Block("title", f"（{year}年度）"), Block("table", table=table)]
    return blocks


# --- seeds -----------------------------------------------------------------------------------


def seed_text(number: str) -> str:
    (path,) = SEEDS.glob(f"{number}_*.txt")
    return path.read_text(encoding="utf-8")


def lines_to_blocks(lines: list[str]) -> list[Block]:
    """Prose lines as published: section headings (一、…) bold, the rest paragraphs."""
    out = []
    for raw in lines:
        line = raw.strip(" \t\u3000\xa0")
        if not line:
            continue
        kind = "h" if re.match(r"^[一二三四五六七八九十]+、", line) else "p"
        out.append(Block(kind, line))
    return out


def pipe_table(lines: list[str]) -> Table:
    """000's statistics table, one row per `| a | b | c |` line; a lone first cell spans."""
    table = []
    for line in lines:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if cells[0] and not any(cells[1:]):
            table.append([Cell(cells[0], colspan=3)])
        else:
            table.append([Cell(c) for c in [*cells, "", ""][:3]])
    return table


def seed_with_tables(text: str, fmt: str, t2: dict[str, list[str]]) -> list[Block]:
    """A 2019+ seed whose flattened tables are replaced by real tables of the same values."""
    lines = text.splitlines()
    start = next(i for i, x in enumerate(lines) if x.strip() == "二、主动公开政府信息情况")
    end = next(i for i, x in enumerate(lines) if x.strip().startswith("五、"))
    zeros = [[0] * 7 for _ in range(25 if fmt == "2021" else 23)]
    stats = Stats(fmt, t2, zeros, [0] * 15)
    return [
        *lines_to_blocks(lines[:start]),
        Block("h", "二、主动公开政府信息情况"), Block("table", table=table2(stats)),
        Block("h", "三、收到和处理政府信息公开申请情况"), Block("table", table=table3(stats)),
        Block("h", "四、政府信息公开行政复议、行政诉讼情况"), Block("table", table=table4(stats)),
        *lines_to_blocks(lines[end:]),
    ]


ZERO_T2_2021 = {"规章": ["0"] * 3, "行政规范性文件": ["0"] * 3, "行政许可": ["0"],
                "行政处罚": ["0"], "行政强制": ["0"], "行政事业性收费": ["0"]}
T2_004 = {"规章": ["0"] * 3, "规范性文件": ["211", "10", "10"], "行政许可": ["0"] * 3,
          "其他对外管理服务事项": ["0"] * 3, "行政处罚": ["0"] * 3, "行政强制": ["0"] * 3,
          "行政事业性收费": ["0"] * 2, "政府集中采购": ["0"] * 2}


# --- renderers -------------------------------------------------------------------------------


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def table_html(table: Table, *, paragraphs: bool = False) -> str:
    rows = []
    for row in table:
        cells = []
        for c in row:
            span = (f' rowspan="{c.rowspan}"' if c.rowspan > 1 else "") + (
                f' colspan="{c.colspan}"' if c.colspan > 1 else "")
            text = f'<p style="text-align:center">{esc(c.text)}</p>' if paragraphs else esc(c.text)
            cells.append(f"<td{span}>{text}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = ('<table border="1" cellspacing="0" cellpadding="0" width="100%" '
            'style="border-collapse:collapse">')
    return head + "\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>"


def blocks_html(blocks: list[Block], *, word: bool = False) -> str:
    """Body HTML; `word` imitates content pasted from Word (MsoNormal paragraphs, <p> in cells)."""
    p = '<p class="MsoNormal" style="text-indent:2em">' if word else '<p style="text-indent:2em">'
    out = []
    for b in blocks:
        if b.kind == "title":
            out.append(f'<p style="text-align:center"><strong>{esc(b.text)}</strong></p>')
        elif b.kind == "h":
            out.append(f"{p}<strong>{esc(b.text)}</strong></p>")
        elif b.kind == "p":
            out.append(f"{p}{esc(b.text)}</p>")
        elif b.kind == "sign":
            out.append(f'<p style="text-align:right">{esc(b.text)}</p>')
        elif b.kind == "table":
            out.append(table_html(b.table, paragraphs=word))
        elif b.kind == "img":
            out.append(f'<p style="text-align:center"><img src="{b.href}" border="0" alt="" /></p>')
        elif b.kind == "link":
            out.append(f'<p>{esc(b.text)}<a href="{b.href}">{esc(b.label)}</a></p>')
    return "\n".join(out)


WIDTH = 490  # A4 minus 50pt margins


def blocks_pdf(title: str, blocks: list[Block]) -> bytes:
    """A PDF with real text (built-in CID font STSong-Light), tables drawn with spans."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    from reportlab.platypus import Table as PdfTable

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=10.5, leading=17,
                          firstLineIndent=21, wordWrap="CJK")
    head = ParagraphStyle("head", parent=body, alignment=1, fontSize=15, leading=24,
                          firstLineIndent=0)
    right = ParagraphStyle("right", parent=body, alignment=2, firstLineIndent=0)
    small = ParagraphStyle("cell", fontName="STSong-Light", fontSize=7, leading=9,
                           wordWrap="CJK", alignment=1)
    story = [Paragraph(esc(title), head), Spacer(1, 8)]
    for b in blocks:
        if b.kind == "table":
            ncols, cells = placements(b.table)
            nrows = len(b.table)
            data = [[""] * ncols for _ in range(nrows)]
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                     ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
            for r, c, cell in cells:
                data[r][c] = Paragraph(esc(cell.text), small)
                if cell.rowspan > 1 or cell.colspan > 1:
                    style.append(("SPAN", (c, r), (c + cell.colspan - 1, r + cell.rowspan - 1)))
            weights = [3] * ncols
            for _, c, cell in cells:
                if cell.colspan == 1:
                    weights[c] = max(weights[c], min(len(cell.text), 16))
            widths = [WIDTH * w / sum(weights) for w in weights]
            story += [PdfTable(data, colWidths=widths, style=style), Spacer(1, 8)]
        else:
            style = {"title": head, "sign": right}.get(b.kind, body)
            story.append(Paragraph(esc(b.text), style))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, title=title, author="", invariant=True,
                      leftMargin=50, rightMargin=50).build(story)
    return out.getvalue()


def blocks_docx(title: str, blocks: list[Block], when: datetime) -> bytes:
    """A Word file: paragraphs and real tables with merged cells; same bytes on every build."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "宋体"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    doc.core_properties.title = title
    doc.core_properties.created = doc.core_properties.modified = when
    doc.core_properties.last_modified_by = doc.core_properties.author = ""
    heading = doc.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading.add_run(title).bold = True
    for b in blocks:
        if b.kind == "table":
            ncols, cells = placements(b.table)
            grid = doc.add_table(rows=len(b.table), cols=ncols)
            grid.style = "Table Grid"
            for r, c, cell in cells:
                target = grid.cell(r, c)
                if cell.rowspan > 1 or cell.colspan > 1:
                    target = target.merge(grid.cell(r + cell.rowspan - 1, c + cell.colspan - 1))
                target.text = cell.text
        else:
            para = doc.add_paragraph()
            run = para.add_run(b.text)
            run.bold = b.kind in ("h", "title")
            if b.kind in ("sign", "title"):
                para.alignment = (WD_ALIGN_PARAGRAPH.RIGHT if b.kind == "sign"
                                  else WD_ALIGN_PARAGRAPH.CENTER)
    saved, out = io.BytesIO(), io.BytesIO()
    doc.save(saved)
    with zipfile.ZipFile(saved) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, when.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info))
    return out.getvalue()

