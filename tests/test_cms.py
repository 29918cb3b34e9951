"""Platform adapters on recorded-style list pages: entries, dates and the other pages."""

from scrapy.http import FormRequest, HtmlResponse, Request

from crawler.cms import adapter_for, generic, hanweb, trs


def _page(url: str, html: str, encoding: str = "utf-8", method: str = "GET") -> HtmlResponse:
    return HtmlResponse(url, body=html.encode(encoding), encoding=encoding,
                        request=Request(url, method=method))


HANWEB_COLUMN = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<meta name="ColumnName" content="政府信息公开年报"></head><body>
<div id="4071"><script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=49&path=/&columnid=1632&unitid=25630&webname=%E4%B8%9C%E5%8F%B0&permissiontype=0"></a>]]></nextgroup>
<recordset>
<record><![CDATA[<li><a href="/art/2023/1/18/art_1632_70896.html" title="东台镇2022年政府信息公开工作年度报告">东台镇2022年…</a><span>2023-01-18</span></li>]]></record>
<record><![CDATA[<li><a href="/art/2022/1/9/art_1632_60001.html" title="东台镇2021年政府信息公开工作年度报告">东台镇2021年…</a><span>2022-01-09</span></li>]]></record>
</recordset></datastore></script></div>
<script>var pageSize = 1; totalRecord:100, perpage:15,</script>
</body></html>"""


def test_hanweb_reads_the_embedded_datastore_records():
    page = _page("http://www.dongtai.gov.cn/col/col1632/index.html", HANWEB_COLUMN, "gbk")
    assert adapter_for(page) is hanweb
    entries = hanweb.entries(page)
    assert [(e.url, e.title, e.date) for e in entries] == [
        ("http://www.dongtai.gov.cn/art/2023/1/18/art_1632_70896.html",
         "东台镇2022年政府信息公开工作年度报告", "2023-01-18"),
        ("http://www.dongtai.gov.cn/art/2022/1/9/art_1632_60001.html",
         "东台镇2021年政府信息公开工作年度报告", "2022-01-09"),
    ]


def test_hanweb_posts_to_the_data_proxy_for_the_records_not_embedded():
    page = _page("http://www.dongtai.gov.cn/col/col1632/index.html", HANWEB_COLUMN, "gbk")
    requests = hanweb.next_pages(page)
    assert [r.url for r in requests] == [
        "http://www.dongtai.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=1&endrecord=45&perpage=15",
        "http://www.dongtai.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=46&endrecord=90&perpage=15",
        "http://www.dongtai.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=91&endrecord=135&perpage=15",
    ]
    assert all(isinstance(r, FormRequest) and r.method == "POST" for r in requests)
    form = dict(pair.split("=", 1) for pair in requests[0].body.decode().split("&"))
    assert (form["columnid"], form["unitid"], form["webid"], form["col"]) == ("1632", "25630", "49", "1")


def test_hanweb_proxy_answers_are_not_paged_again():
    xml = ("<datastore><totalrecord>100</totalrecord><recordset><record><![CDATA[<li><a href="
           "'/art/2019/2/1/art_1632_1.html'>任固镇2018年度政府信息公开工作年度报告</a>"
           "<span>2019-02-01</span></li>]]></record></recordset></datastore>")
    proxy = _page("http://x.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=46&endrecord=90",
                  xml, method="POST")
    assert hanweb.next_pages(proxy) == []
    assert [e.title for e in hanweb.entries(proxy)] == ["任固镇2018年度政府信息公开工作年度报告"]


TRS_LIST = """<html><body><ul class="list">
<li><a href="./202401/t20240115_123.html" title="吉昌镇2023年政府信息公开工作年度报告">吉昌镇2023年…</a><span>2024-01-15</span></li>
<li><a href="./202301/t20230110_99.html">吉昌镇2022年政府信息公开工作年度报告</a><span>[2023年01月10日]</span></li>
<li><a href="../../index.html">首页</a></li>
</ul><script>createPageHTML(4, 0, "index", "html");</script></body></html>"""


def test_trs_pages_come_from_the_create_page_html_call():
    page = _page("http://www.panshi.gov.cn/zwgk/zfxxgknb/index.html", TRS_LIST)
    assert adapter_for(page) is trs
    assert trs.next_pages(page) == [
        "http://www.panshi.gov.cn/zwgk/zfxxgknb/index_1.html",
        "http://www.panshi.gov.cn/zwgk/zfxxgknb/index_2.html",
        "http://www.panshi.gov.cn/zwgk/zfxxgknb/index_3.html",
    ]
    assert [(e.url.rsplit("/", 2)[-2:], e.date) for e in trs.entries(page)] == [
        (["202401", "t20240115_123.html"], "2024-01-15"),
        (["202301", "t20230110_99.html"], "2023-01-10"),
    ]


def test_trs_six_argument_variant():
    page = _page("http://a.gov.cn/ndbg/index_2.html",
                 "<script>createPageHTML('page_div', 3, 2, 'index', 'shtml', 41);</script>")
    assert trs.next_pages(page) == ["http://a.gov.cn/ndbg/index_1.shtml",
                                    "http://a.gov.cn/ndbg/index_2.shtml"]


def test_generic_follows_next_and_last_links_only():
    html = """<div class="page"><a href="index_1.html">下一页</a> <a href="index_9.html">尾页</a>
    <a href="/xxgk/index.html">上级栏目</a> <a href="list.html?page=3">3</a></div>"""
    page = _page("http://b.gov.cn/xzxxgk/taxiang/index.html", html)
    assert adapter_for(page) is generic
    assert generic.next_pages(page) == [
        "http://b.gov.cn/xzxxgk/taxiang/index_1.html",
        "http://b.gov.cn/xzxxgk/taxiang/index_9.html",
        "http://b.gov.cn/xzxxgk/taxiang/list.html?page=3",
    ]


def test_generic_reads_lists_built_of_divs():
    html = """<div class="news-list">
    <div class="item"><a href="/xxgk/ndbg/202301/t20230115_9.html">尼山镇2022年政府信息公开工作年度报告</a><div class="date">2023-01-15</div></div>
    <div class="item"><a href="/xxgk/ndbg/202201/t20220110_5.html">尼山镇2021年政府信息公开工作年度报告</a><span>2022/01/10</span></div>
    <div class="nav"><a href="/">首页</a><a href="/xxgk/">信息公开</a></div>
    </div>"""
    page = _page("http://c.gov.cn/xxgk/ndbg/index.html", html)
    assert sorted((e.title, e.date) for e in generic.entries(page)) == [
        ("尼山镇2021年政府信息公开工作年度报告", "2022-01-10"),
        ("尼山镇2022年政府信息公开工作年度报告", "2023-01-15"),
    ]


def test_generic_trusts_the_words_next_and_last_whatever_the_url():
    html = """<div class="pb_sys_common"><a href="ndbg/2.htm">下一页</a> <a href="ndbg/1.htm">尾页</a>
    <a href="ndbg/5.htm">5</a> <a href="../info/1007/2074.htm">妥安乡2017年政府信息公开工作年度报告</a></div>"""
    page = _page("http://d.gov.cn/xxgk/ndbg.htm", html)
    assert generic.next_pages(page) == ["http://d.gov.cn/xxgk/ndbg/2.htm",
                                        "http://d.gov.cn/xxgk/ndbg/1.htm"]
