"""The portal vocabulary: which links lead to report columns, which are reports."""

import pytest

from crawler import discovery


@pytest.mark.parametrize(("text", "url", "expected"), [
    ("政府信息公开年报", "http://a.gov.cn/col/col123/index.html", True),
    ("政府信息公开工作年度报告", "http://a.gov.cn/x/index.html", True),
    ("年报", "http://a.gov.cn/x/", True),
    ("更多", "http://a.gov.cn/zwgk/zfxxgknb/index.html", True),
    ("更多>>", "http://a.gov.cn/xxgk/ndbg/", True),
    ("吉昌镇2023年政府信息公开工作年度报告", "http://a.gov.cn/ndbg/202401/t20240115_1.html", False),
    ("政府信息公开指南", "http://a.gov.cn/zwgk/xxgkzn/index.html", False),
    ("附件", "http://a.gov.cn/ndbg/W020240220729348087558.pdf", False),
    ("政府信息公开指南", "http://a.gov.cn/zwgk/zfxxgknb/202301/t20230105_7.html", False),
    ("下一页", "http://a.gov.cn/zwgk/zfxxgknb/index_2.html", True),
])
def test_report_columns(text, url, expected):
    assert discovery.is_report_column(text, url) is expected


@pytest.mark.parametrize(("text", "url", "expected"), [
    ("政府信息公开", "http://a.gov.cn/col/col5201/index.html", True),
    ("信息公开", "http://a.gov.cn/xxgk/", True),
    ("政府信息公开指南", "http://a.gov.cn/zwgk/xxgkzn/index.html", False),
    ("政府信息公开制度", "http://a.gov.cn/zwgk/zd/index.html", False),
    ("关于进一步加强政府信息公开工作的实施意见和若干措施", "http://a.gov.cn/xxgk/1.html", False),
])
def test_navigation(text, url, expected):
    assert discovery.is_navigation(text, url) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("妥安乡", True), ("金山镇", True), ("中山街道", True), ("禄丰市财政局", True),
    ("首页", False), ("网站地图", False), ("政府信息公开指南", False),
])
def test_unit_columns(text, expected):
    assert discovery.is_unit_column(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("乡镇信息公开", True), ("部门信息公开", True), ("乡镇街道", True), ("政府信息公开年报", False),
])
def test_unit_indexes(text, expected):
    assert discovery.is_unit_index(text) is expected


def test_attachments_by_extension_or_download_script():
    assert discovery.is_attachment("http://a.gov.cn/ndbg/202402/W020240220729348087558.pdf")
    assert discovery.is_attachment("http://a.gov.cn/module/download/downfile.jsp?classid=0&filename=ab.pdf")
    assert discovery.is_attachment("http://a.gov.cn/x/report.DOCX")
    assert not discovery.is_attachment("http://a.gov.cn/art/2023/1/18/art_1_2.html")
