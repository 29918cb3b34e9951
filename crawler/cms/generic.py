"""Any CMS: list rows are links beside dates; pages are 下一页/尾页 links, index_N or ?page=N."""

from __future__ import annotations

import re
from urllib.parse import urljoin

from scrapy.http import Response

from crawler.cms.base import Entry, entries_from

# 下一页 and 尾页 say what they are whatever their URL looks like (VSB's ndbg/2.htm); a bare
# number or arrow is a pager link only with a paging URL.
_PAGER_WORDS = re.compile(r"^[\[【]?(下一页|下页|尾页|末页|最后一页|后一页)[\]】]?$")
_PAGER_TEXT = re.compile(r"^(>|>>|»|›|\d{1,4})$")
_PAGER_HREF = re.compile(
    r"(index|list|default)_\d+\.[sjx]?html?$|column-index-\d+|[?&](page|pageNo|pageNum|pageIndex|cur_page|p)=\d+",
    re.I,
)


def can_handle(response: Response) -> bool:
    """The fallback: every HTML list page."""
    return True


def entries(response: Response) -> list[Entry]:
    """Links in dated list rows."""
    return entries_from(response.selector, response.url)


def next_pages(response: Response) -> list[str]:
    """Other pages of the same list, from pager links (the dupefilter drops repeats)."""
    pages: list[str] = []
    for link in response.xpath("//a[@href]"):
        text = "".join(link.xpath(".//text()").getall()).strip()
        href = link.attrib["href"].strip()
        if href.startswith(("javascript:", "#")):
            continue
        if _PAGER_WORDS.match(text) or (_PAGER_TEXT.match(text) and _PAGER_HREF.search(href)):
            pages.append(urljoin(response.url, href))
    return list(dict.fromkeys(pages))
