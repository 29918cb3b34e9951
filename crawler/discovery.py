"""What a link's text and URL say about where it leads: the words county portals use.

Kept apart from the spider so the vocabulary is one list, testable without a crawl.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Columns that hold annual reports: link text, or tokens in the URL path.
_REPORT_COLUMN_TEXT = re.compile(
    r"^(政府)?(信息|政务)?公开(工作)?(年报|年度报告|年度工作报告)$|^(年度报告|年报|工作年报)$"
)
# The token names the column's own folder (…/zfxxgknb/ or …/zfxxgknb/index_2.html), not an
# article filed inside it (…/zfxxgknb/202401/t20240115_1.html).
_REPORT_COLUMN_PATH = re.compile(
    r"(^|/)(ndbg|gknb|xxgknb|zfxxgknb|zfxxgkndbg|szfxxgkndbg|annualreport|"
    r"opennessannualreport|nb)(/((index|list|default)(_\d+)?\.\w+)?)?$",
    re.IGNORECASE,
)
# Pages on the way to those columns: the disclosure platform and its indexes.
_NAVIGATION_TEXT = re.compile(r"信息公开|政务公开|公开目录|法定主动公开|主动公开|政府信息")
# Titles of documents, not of places to browse: 政府信息公开指南 is read, not clicked through.
_DOCUMENT_TEXT = re.compile(r"(指南|制度|规定|办法|通知|意见|报告|年报|细则|决定)$")
_NAVIGATION_PATH = re.compile(r"(^|/)(xxgk|zwgk|zfxxgk|gk|gkml|govinfo|openness)(/|$|_)", re.I)
# Indexes with one column per township or department.
_UNIT_INDEX_TEXT = re.compile(r"(乡镇|街道|部门|县直|市直|区直|单位).{0,6}(信息公开|公开|目录)?$")
_UNIT_NAME = re.compile(
    r"^[\u4e00-\u9fff（）()]{2,20}(乡|镇|街道|街道办事处|办事处|苏木|局|委|委员会|办|办公室|中心|院|"
    r"所|队|站|馆|社|公司|政府|人民政府|管委会|管理委员会)$"
)
# Titles of documents worth fetching when a list is not a dedicated 年报 column.
_REPORT_TITLE = re.compile(r"(年度报告|年报|年度工作报告|年度工作情况报告|工作报告)")
_YEAR = re.compile(r"(19|20)\d\d")

ATTACHMENT_EXTENSIONS = (".pdf", ".doc", ".docx", ".wps", ".xls", ".xlsx", ".et", ".ofd")
_ATTACHMENT_PATH = re.compile(r"downfile\.jsp|download\.jsp|/attach/|filename=", re.I)


def _path(url: str) -> str:
    return urlsplit(url).path


def is_report_column(text: str, url: str) -> bool:
    """A link to a column that lists annual reports (not a report itself)."""
    text = _clean(text)
    if _YEAR.search(text) and _REPORT_TITLE.search(text) and not _REPORT_COLUMN_TEXT.match(text):
        return False
    if _REPORT_COLUMN_TEXT.match(text):
        return True
    return bool(_REPORT_COLUMN_PATH.search(_path(url))) and not is_attachment(url)


def is_navigation(text: str, url: str) -> bool:
    """A link that may lead, within a few clicks, to the report columns."""
    text = _clean(text)
    if len(text) > 16 or _DOCUMENT_TEXT.search(text):
        return False
    return bool(_NAVIGATION_TEXT.search(text) or _NAVIGATION_PATH.search(_path(url)))


def is_unit_index(text: str) -> bool:
    """A link to the page listing one column per township or department."""
    text = _clean(text)
    return len(text) <= 12 and bool(_UNIT_INDEX_TEXT.search(text)) and "年报" not in text


def is_unit_column(text: str) -> bool:
    """A link named after one reporting body (妥安乡, 财政局): its own column."""
    return bool(_UNIT_NAME.match(_clean(text)))


def is_report_title(text: str) -> bool:
    """A list entry that may be an annual report (or a document about one)."""
    return bool(_REPORT_TITLE.search(_clean(text)))


def is_attachment(url: str) -> bool:
    """A file download rather than a web page."""
    path = _path(url).lower()
    return path.endswith(ATTACHMENT_EXTENSIONS) or bool(_ATTACHMENT_PATH.search(url))


def _clean(text: str) -> str:
    return re.sub(r"\s+", "", text or "")
