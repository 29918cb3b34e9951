"""Page templates of the CMS platforms the demo portals imitate (domain.md §2–3).

Each platform renders the same model (portal, columns, articles) the way its real
counterpart does: Hanweb (col/art paths, embedded <datastore>, dataproxy.jsp paging, GBK),
TRS (createPageHTML paging, TRS_Editor), VSB (per-township columns, 上一条/下一条), a
JEECMS-like .jhtml CMS and a .shtml intensive platform.
"""

from __future__ import annotations

import hashlib
import itertools
import posixpath
from dataclasses import dataclass, field
from datetime import datetime

from reportgen import County, esc


@dataclass
class Portal:
    key: str
    county: County
    host: str
    platform: str  # hanweb | trs | vsb | jeecms | shtml
    site_code: str
    icp: str
    police: str
    services: str  # the province's 政务服务网 (off-site link)
    charset: str = "utf-8"
    port: int = 8800
    nav: list[tuple[str, str]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.county.name}人民政府"

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"


@dataclass
class Article:
    title: str
    published: datetime
    source: str  # 来源 / 作者: the publishing unit's short name
    publisher: str  # 发布机构
    body: str  # content-container HTML
    path: str = ""
    index_no: str = ""
    prev: Article | None = None
    next: Article | None = None


@dataclass
class Column:
    name: str
    path: str  # first list page
    crumbs: list[tuple[str, str]]  # ancestors: (name, path)
    items: list[Article] = field(default_factory=list)
    page_size: int = 15
    colid: int = 0

    def pages(self) -> list[list[Article]]:
        items = sorted(self.items, key=lambda a: a.published, reverse=True)
        size = self.page_size
        return [items[i:i + size] for i in range(0, len(items), size)] or [[]]

    def link_neighbours(self) -> None:
        """上一条 is the newer neighbour in the list, 下一条 the older one."""
        items = [a for page in self.pages() for a in page]
        for newer, older in itertools.pairwise(items):
            older.prev, newer.next = newer, older


def uid(*parts: object, digits: int = 7) -> int:
    """A stable pseudo-random number for CMS ids (same input, same id, every build)."""
    value = int(hashlib.md5("/".join(map(str, parts)).encode()).hexdigest(), 16)
    return 10 ** (digits - 1) + value % (9 * 10 ** (digits - 1))


def cn_date(d: datetime) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


# --- page chrome ---------------------------------------------------------------------------


def page(portal: Portal, title: str, main: str, *, meta: dict[str, str] | None = None) -> str:
    """A whole page: header (portal name, toolbar), nav, main, footer (the four required items)."""
    if portal.charset == "gbk":
        charset = '<meta http-equiv="Content-Type" content="text/html; charset=gbk">'
    else:
        charset = '<meta charset="utf-8">'
    metas = "".join(f'\n<meta name="{k}" content="{esc(v)}">' for k, v in (meta or {}).items())
    nav = "".join(f'<li><a href="{href}">{esc(text)}</a></li>' for text, href in portal.nav)
    county = portal.county.name
    return f"""<!DOCTYPE html>
<html>
<head>
{charset}
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}</title>
<meta name="SiteName" content="{portal.name}">
<meta name="SiteDomain" content="{portal.county.site}">
<meta name="SiteIDCode" content="{portal.site_code}">{metas}
<link rel="stylesheet" href="/css/style.css">
</head>
<body>
<div class="top-bar"><div class="wrap"><span>欢迎访问{portal.name}门户网站</span>
<a href="javascript:void(0)" class="elder">关怀版</a> <a href="javascript:void(0)">无障碍</a>
<a href="javascript:void(0)">繁體</a></div></div>
<div class="header"><div class="wrap"><div class="logo">{portal.name}</div>
<form class="search" action="javascript:void(0)">
<input type="text" name="q" placeholder="请输入关键词"><button type="button">搜索</button></form>
</div></div>
<div class="nav"><ul class="wrap">{nav}
<li><a href="{portal.services}" target="_blank">政务服务</a></li></ul></div>
<div class="main wrap">
{main}
</div>
<div class="footer"><div class="wrap">
<p><a href="javascript:void(0)">网站地图</a> | <a href="javascript:void(0)">联系我们</a> |
<a href="javascript:void(0)">网站声明</a> | <a href="javascript:void(0)">隐私保护</a></p>
<p>主办单位：{county}人民政府办公室 &nbsp; 承办单位：{county}大数据管理中心</p>
<p>网站标识码：{portal.site_code} &nbsp;
<a href="https://beian.miit.gov.cn/" target="_blank">{portal.icp}</a> &nbsp;
<a href="http://www.beian.gov.cn/portal/registerSystemInfo" target="_blank">{portal.police}</a></p>
<p><span class="dzjg">党政机关</span> &nbsp; 建议使用1366×768分辨率浏览本网站</p>
</div></div>
</body>
</html>
"""


def crumbs_html(crumbs: list[tuple[str, str]], sep: str = " &gt; ", last: str = "") -> str:
    links = [f'<a href="{href}">{esc(name)}</a>' for name, href in crumbs]
    return sep.join(links + ([esc(last)] if last else []))


def items_html(items: list[Article], href=lambda a: a.path, *, date_first: bool = False) -> str:
    rows = []
    for a in items:
        link = f'<a href="{href(a)}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a>'
        day = f"<span>{a.published:%Y-%m-%d}</span>"
        rows.append(f"<li>{day}{link}</li>" if date_first else f"<li>{link}{day}</li>")
    return "<ul class=\"list\">\n" + "\n".join(rows) + "\n</ul>"


def simple_page(portal: Portal, title: str, crumbs: list[tuple[str, str]], body: str) -> str:
    """Landing pages, stub columns, the front page's neighbours: chrome around a box."""
    main = (f'<div class="position">当前位置：{crumbs_html(crumbs, last=title)}</div>\n'
            f'<div class="box"><h2 class="box-title">{esc(title)}</h2>\n{body}\n</div>')
    return page(portal, f"{title}_{portal.name}", main)


def link_list(links: list[tuple[str, str]]) -> str:
    return "<ul class=\"links\">\n" + "\n".join(
        f'<li><a href="{href}">{esc(text)}</a></li>' for text, href in links) + "\n</ul>"


def front_page(portal: Portal, news: list[Article], open_links: list[tuple[str, str]]) -> str:
    c = portal.county
    main = f"""<div class="banner"><h2>{c.name}欢迎您</h2></div>
<div class="box news"><h2 class="box-title">政务要闻</h2>
{items_html(news)}
</div>
<div class="box open"><h2 class="box-title">政务公开</h2>
{link_list(open_links)}
</div>
<div class="box about"><h2 class="box-title">走进{c.name}</h2>
<p>{c.name}隶属{c.province}{c.prefecture}，行政区划代码{c.code}。</p></div>"""
    return page(portal, portal.name, main)


def meta_tags(portal: Portal, column: Column, a: Article) -> dict[str, str]:
    return {"ColumnName": column.name, "ColumnType": column.name, "ArticleTitle": a.title,
            "PubDate": f"{a.published:%Y-%m-%d %H:%M}", "ContentSource": a.source,
            "Keywords": a.title, "Description": a.title}


def prevnext(a: Article, word: str, sep: str, href=lambda x: x.path) -> str:
    def one(label: str, other: Article | None) -> str:
        if other is None:
            return f"<li>{label}{sep}没有了</li>"
        return f'<li>{label}{sep}<a href="{href(other)}">{esc(other.title)}</a></li>'

    return f'<ul class="prevnext">{one("上一" + word, a.prev)}{one("下一" + word, a.next)}</ul>'


# --- Hanweb --------------------------------------------------------------------------------

HANWEB_PROXY = "/module/web/jpage/dataproxy.jsp"


@dataclass
class Hanweb:
    webid: int
    unitid: int

    def record(self, a: Article) -> str:
        return (f'<li><a href="{a.path}" title="{esc(a.title)}" target="_blank">{esc(a.title)}</a>'
                f"<span>{a.published:%Y-%m-%d}</span></li>")

    def records(self, column: Column) -> list[str]:
        return [self.record(a) for page_ in column.pages() for a in page_]

    def column_page(self, portal: Portal, column: Column, side: list[tuple[str, str]]) -> str:
        """The first page's records are embedded; the rest come from POST dataproxy.jsp."""
        records = self.records(column)
        first = "\n".join(f"<record><![CDATA[\n{r}\n]]></record>" for r in records[:15])
        ajax = (f"col:1,appid:1,webid:{self.webid},path:'/',columnid:{column.colid},"
                f"sourceContentType:1,unitid:'{self.unitid}',webname:'{portal.name}',"
                "permissiontype:0")
        nextgroup = (f'<a href="{HANWEB_PROXY}?page=1&webid={self.webid}&path=/&columnid='
                     f'{column.colid}&unitid={self.unitid}&permissiontype=0"></a>')
        main = f"""<div class="position">当前位置：{crumbs_html(column.crumbs, last=column.name)}</div>
<div class="side"><h3>政府信息公开</h3>{link_list(side)}</div>
<div class="box list-box"><h2 class="box-title">{esc(column.name)}</h2>
<div id="{column.colid}"><script type="text/xml"><datastore>
<nextgroup><![CDATA[{nextgroup}]]></nextgroup>
<recordset>
{first}
</recordset>
</datastore>
</script></div>
<script language="javascript" src="/module/jslib/jquery/jpage/dataproxy.js"></script>
<script type="text/javascript">
$(document).ready(function(){{
  $('#{column.colid}').jpage({{
    dataStore: $('#{column.colid} script[type="text/xml"]').text(),
    proxyUrl: '{HANWEB_PROXY}', perpage:15, groupSize:3, totalRecord:{len(records)},
    barPosition: 'bottom', dataBefore: '<ul class="list">', dataAfter: '</ul>',
    ajaxParam: {{{ajax}}}
  }});
}});
</script>
</div>"""  # noqa: E501
        meta = {"ColumnName": column.name, "ColumnType": column.name}
        return page(portal, f"{column.name}_{portal.name}", main, meta=meta)

    def article_page(self, portal: Portal, column: Column, a: Article) -> str:
        y = a.published
        main = f"""<div class="position">当前位置：{crumbs_html([*column.crumbs, (column.name, column.path)])}</div>
<div class="xxgk-meta"><table class="xxgk_table">
<tr><th>索引号：</th><td>{a.index_no}</td><th>分类：</th><td>{esc(column.name)}</td></tr>
<tr><th>发布机构：</th><td>{esc(a.publisher)}</td><th>发文日期：</th><td>{y:%Y-%m-%d}</td></tr>
<tr><th>文号：</th><td></td><th>有效性：</th><td>有效</td></tr>
</table></div>
<div class="article">
<h1 class="title">{esc(a.title)}</h1>
<div class="info">发布时间：{y:%Y-%m-%d %H:%M} &nbsp; 来源：{esc(a.source)} &nbsp; 浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid={column.colid}&artid={a.path.rsplit("_", 1)[-1][:-5]}"></script>
&nbsp; 字号：[<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</div>
<div id="zoom"><!--<$[信息内容]>begin--><!--ZJEG_RSS.content.begin--><meta name="ContentStart">
{a.body}
<meta name="ContentEnd"><!--ZJEG_RSS.content.end--><!--<$[信息内容]>end--></div>
<div class="tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
{prevnext(a, "篇", "：")}
</div>"""  # noqa: E501
        return page(portal, f"{a.title}_{portal.name}", main, meta=meta_tags(portal, column, a))


# --- TRS -----------------------------------------------------------------------------------

CREATE_PAGE_HTML = """<script type="text/javascript">
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
  if(_nPageCount == null || _nPageCount<=1){ return; }
  var nCurrIndex = _nCurrIndex || 0;
  if(nCurrIndex == 0){
    document.write("<span>首页</span>&nbsp;<span>上一页</span>&nbsp;");
  }else{
    document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">首页</a>&nbsp;");
    if(nCurrIndex == 1) document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">上一页</a>&nbsp;");
    else document.write("<a href=\\""+_sPageName+"_"+(nCurrIndex-1)+"."+_sPageExt+"\\">上一页</a>&nbsp;");
  }
  if(nCurrIndex == (_nPageCount-1)){
    document.write("<span>下一页</span>&nbsp;<span>尾页</span>");
  }else{
    document.write("<a href=\\""+_sPageName+"_"+(nCurrIndex+1)+"."+_sPageExt+"\\">下一页</a>&nbsp;");
    document.write("<a href=\\""+_sPageName+"_"+(_nPageCount-1)+"."+_sPageExt+"\\">尾页</a>");
  }
}
</script>"""  # noqa: E501


def trs_page_name(k: int) -> str:
    return "index.html" if k == 0 else f"index_{k}.html"


def relative(here: str, target: str) -> str:
    """TRS writes links relative to the page (./202401/t….html, ../): do the same."""
    rel = posixpath.relpath(target, posixpath.dirname(here))
    if target.endswith("/"):
        rel = "./" if rel == "." else rel + "/"
    return rel if rel.startswith(".") else "./" + rel


def trs_list(portal: Portal, column: Column) -> dict[str, str]:
    """index.html, index_1.html …: the later pages are linked only from createPageHTML()."""
    out = {}
    pages = column.pages()
    base = column.path.rsplit("/", 1)[0]
    for k, items in enumerate(pages):
        here = f"{base}/{trs_page_name(k)}"
        crumbs = [(n, relative(here, h)) for n, h in column.crumbs]
        main = f"""<div class="position">您当前的位置：{crumbs_html(crumbs, last=column.name)}</div>
<div class="box list-box"><h2 class="box-title">{esc(column.name)}</h2>
{items_html(items, lambda a, here=here: relative(here, a.path))}
<div class="page">{CREATE_PAGE_HTML}
<script type="text/javascript">createPageHTML({len(pages)}, {k}, "index", "html");</script>
</div></div>"""
        meta = {"ColumnName": column.name, "ColumnType": column.name}
        out[here] = page(portal, f"{column.name}_{portal.name}", main, meta=meta)
    return out


def trs_article(portal: Portal, column: Column, a: Article) -> str:
    y = a.published
    crumbs = [(n, relative(a.path, h)) for n, h in [*column.crumbs, (column.name, column.path)]]
    main = f"""<div class="position">您当前的位置：{crumbs_html(crumbs)}</div>
<table class="xxgk_info">
<tr><td class="t">索 引 号：</td><td>{a.index_no}</td><td class="t">主题分类：</td><td>{esc(column.name)}</td></tr>
<tr><td class="t">发布机构：</td><td>{esc(a.publisher)}</td><td class="t">发文日期：</td><td>{cn_date(y)}</td></tr>
<tr><td class="t">标　　题：</td><td colspan="3">{esc(a.title)}</td></tr>
<tr><td class="t">文　　号：</td><td></td><td class="t">主 题 词：</td><td></td></tr>
</table>
<div class="article">
<h1>{esc(a.title)}</h1>
<div class="info">发布时间：{y:%Y-%m-%d %H:%M} &nbsp; 来源：{esc(a.source)} &nbsp; 【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div class="view TRS_UEDITOR trs_paper_default trs_web"><div class="TRS_Editor">
{a.body}
</div></div>
<div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="share">扫一扫在手机打开当前页面</div>
</div>"""  # noqa: E501
    return page(portal, a.title, main, meta=meta_tags(portal, column, a))


# --- VSB (one column per township; chrome exactly as seed 003) -------------------------------


def vsb_page_name(base: str, k: int) -> str:
    return f"{base}/index.html" if k == 0 else f"{base}/index_{k}.html"


def vsb_list(portal: Portal, column: Column) -> dict[str, str]:
    out = {}
    pages = column.pages()
    base = column.path.rsplit("/", 1)[0]
    total = sum(len(p) for p in pages)
    for k, items in enumerate(pages):
        last = len(pages) - 1
        nav = [f"共{total}条 &nbsp; {k + 1}/{len(pages)}"]
        nav += (["首页", "上一页"] if k == 0 else
                [f'<a href="{vsb_page_name(base, 0)}">首页</a>',
                 f'<a href="{vsb_page_name(base, k - 1)}">上一页</a>'])
        nav += (["下一页", "尾页"] if k == last else
                [f'<a href="{vsb_page_name(base, k + 1)}">下一页</a>',
                 f'<a href="{vsb_page_name(base, last)}">尾页</a>'])
        main = f"""<div class="position">{crumbs_html(column.crumbs, " &gt;&gt; ", column.name)}</div>
<div class="box list-box"><h2 class="box-title">{esc(column.name)}</h2>
{items_html(items)}
<div class="pb_sys_common">{" &nbsp; ".join(nav)}</div>
</div>"""  # noqa: E501
        out[vsb_page_name(base, k)] = page(portal, f"{column.name}-{portal.name}", main)
    return out


def vsb_article(portal: Portal, column: Column, a: Article) -> str:
    artid = a.path.rsplit("/", 1)[-1].split(".")[0]
    crumbs = crumbs_html([*column.crumbs, (column.name, column.path)], " &gt;&gt; ")
    main = f"""<div class="position">{crumbs}</div>
<form name="_newscontent_fromname">
<div class="title"><h1>{esc(a.title)}</h1></div>
<div class="info">日期:{cn_date(a.published)}&nbsp;&nbsp;&nbsp;作者:{esc(a.source)}&nbsp;&nbsp;&nbsp;来源:&nbsp;&nbsp;&nbsp;&nbsp;点击:[<script>_showDynClicks("wbnews", 1466412123, {artid})</script>]</div>
<div id="vsb_content"><div class="v_news_content">
{a.body}
</div></div>
{prevnext(a, "条", ":")}
<div class="close"><a href="javascript:window.opener=null;window.open('','_self');window.close();">关闭</a></div>
</form>"""  # noqa: E501
    return page(portal, f"{a.title}-{portal.name}", main)


# --- JEECMS-like .jhtml CMS (下一页 links, index_N.jhtml) -------------------------------------


def jeecms_page_name(base: str, n: int) -> str:
    return f"{base}/index.jhtml" if n == 1 else f"{base}/index_{n}.jhtml"


def jeecms_list(portal: Portal, column: Column) -> dict[str, str]:
    out = {}
    pages = column.pages()
    base = column.path.rsplit("/", 1)[0]
    total = sum(len(p) for p in pages)
    for n, items in enumerate(pages, start=1):
        bar = [f"共{total}条 &nbsp; 每页{column.page_size}条 &nbsp; 页次：{n}/{len(pages)}"]
        bar.append("首页 上一页" if n == 1 else
                   f'<a href="{jeecms_page_name(base, 1)}">首页</a> '
                   f'<a href="{jeecms_page_name(base, n - 1)}">上一页</a>')
        bar.append("下一页 尾页" if n == len(pages) else
                   f'<a href="{jeecms_page_name(base, n + 1)}">下一页</a> '
                   f'<a href="{jeecms_page_name(base, len(pages))}">尾页</a>')
        main = f"""<div class="location">当前位置：{crumbs_html(column.crumbs, last=column.name)}</div>
<div class="box list-box"><h2 class="box-title">{esc(column.name)}</h2>
{items_html(items, date_first=True)}
<div class="pagination">{" &nbsp; ".join(bar)}</div>
</div>"""  # noqa: E501
        out[jeecms_page_name(base, n)] = page(portal, f"{column.name} - {portal.name}", main)
    return out


def jeecms_article(portal: Portal, column: Column, a: Article) -> str:
    crumbs = crumbs_html([*column.crumbs, (column.name, column.path)])
    main = f"""<div class="location">当前位置：{crumbs}</div>
<div class="article">
<h1 class="art-title">{esc(a.title)}</h1>
<div class="art-info"><span>发布时间：{a.published:%Y-%m-%d %H:%M:%S}</span> <span>来源：{esc(a.source)}</span> <span>作者：</span> <span>浏览次数：<span id="views"></span></span></div>
<div class="art-content" id="zoom">
{a.body}
</div>
<div class="art-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
{prevnext(a, "篇", "：")}
</div>"""  # noqa: E501
    return page(portal, f"{a.title} - {portal.name}", main, meta=meta_tags(portal, column, a))


# --- .shtml intensive platform (list_N.shtml, 32-hex article names) --------------------------


def shtml_page_name(base: str, n: int) -> str:
    return f"{base}/list.shtml" if n == 1 else f"{base}/list_{n}.shtml"


def shtml_list(portal: Portal, column: Column) -> dict[str, str]:
    out = {}
    pages = column.pages()
    base = column.path.rsplit("/", 1)[0]
    total = sum(len(p) for p in pages)
    for n, items in enumerate(pages, start=1):
        bar = [f"共 {total} 条记录 {n}/{len(pages)} 页"]
        if n > 1:
            bar.append(f'<a href="{shtml_page_name(base, n - 1)}">上一页</a>')
        if n < len(pages):
            bar += [f'<a href="{shtml_page_name(base, n + 1)}">下一页</a>',
                    f'<a href="{shtml_page_name(base, len(pages))}">尾页</a>']
        main = f"""<div class="bread">您当前所在位置：{crumbs_html(column.crumbs, last=column.name)}</div>
<div class="box list-box"><h2 class="box-title">{esc(column.name)}</h2>
{items_html(items)}
<div class="page">{" ".join(bar)}</div>
</div>"""  # noqa: E501
        out[shtml_page_name(base, n)] = page(portal, f"{column.name}-{portal.name}", main)
    return out


def shtml_article(portal: Portal, column: Column, a: Article) -> str:
    crumbs = crumbs_html([*column.crumbs, (column.name, column.path)])
    y = a.published
    main = f"""<div class="bread">您当前所在位置：{crumbs}</div>
<div class="xxgk-ysj"><table>
<tr><td>索引号：</td><td>{a.index_no}</td><td>信息分类：</td><td>{esc(column.name)}</td></tr>
<tr><td>发布机构：</td><td>{esc(a.publisher)}</td><td>成文日期：</td><td>{y:%Y-%m-%d}</td></tr>
<tr><td>发布日期：</td><td>{y:%Y-%m-%d}</td><td>有效性：</td><td>有效</td></tr>
</table></div>
<div class="article">
<h1 id="title">{esc(a.title)}</h1>
<div class="info">发布时间：{y:%Y-%m-%d %H:%M} &nbsp; 信息来源：{esc(a.source)} &nbsp; 浏览次数：<span id="hits"></span> &nbsp; 【字体：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>】</div>
<div class="pages_content" id="UCAP-CONTENT">
{a.body}
</div>
<div class="tools">分享到：<a href="javascript:void(0)">微信</a> <a href="javascript:void(0)">微博</a> &nbsp; 【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="qr">扫一扫在手机打开当前页面</div>
</div>"""  # noqa: E501
    return page(portal, f"{a.title}-{portal.name}", main, meta=meta_tags(portal, column, a))
