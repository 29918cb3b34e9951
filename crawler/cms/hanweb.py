"""Hanweb jcms: a column page embeds its first records in `<script type="text/xml"><datastore>`;
the rest come only from POST `/module/web/jpage/dataproxy.jsp?startrecord=&endrecord=&perpage=`.

The proxy answers the same `<datastore>` XML, each `<record>` a CDATA `<li>` row. The form
fields (webid, columnid, unitid …) are per site and are read from the page itself: the
`<nextgroup>` link carries them, and the page script carries `totalRecord` and `perpage`.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urljoin, urlsplit

from parsel import Selector
from scrapy.http import FormRequest, Response

from crawler.cms.base import Entry, entries_from

_RECORD = re.compile(r"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.S)
_NEXTGROUP = re.compile(r"<nextgroup>\s*<!\[CDATA\[(.*?)\]\]>\s*</nextgroup>", re.S)
_TOTAL = re.compile(r"(?:totalRecord|totalrecord)\s*(?:[:=]\s*['\"]?|>)\s*(\d+)", re.I)
_PERPAGE = re.compile(r"perpage\s*[:=]\s*['\"]?(\d+)", re.I)
_FIELD = r"""{name}\s*[:=]\s*['"]?([^'",&}}\s]+)"""
_FORM_FIELDS = ("appid", "webid", "path", "columnid", "unitid", "webname", "permissiontype")
DEFAULT_PROXY = "/module/web/jpage/dataproxy.jsp"
PAGES_PER_REQUEST = 3


def can_handle(response: Response) -> bool:
    return b"<datastore>" in response.body or b"dataproxy.jsp" in response.body


def entries(response: Response) -> list[Entry]:
    """The rows of every `<record>` in the page's (or the proxy's) datastore."""
    rows = "".join(_RECORD.findall(response.text))
    found = entries_from(Selector(text=f"<ul>{rows}</ul>"), response.url) if rows else []
    return found or entries_from(response.selector, response.url)


def next_pages(response: Response) -> list[FormRequest]:
    """POSTs to the data proxy for every group of records not wholly embedded in the page.

    Groups are aligned as the page's own script asks for them (1–45, 46–90 …), so the
    requests are the ones a browser would make.
    """
    if response.request is not None and response.request.method == "POST":
        return []
    text = response.text
    total = _TOTAL.search(text)
    if total is None:
        return []
    form, proxy = _form_fields(text, response.url)
    if "columnid" not in form:
        return []
    perpage_match = _PERPAGE.search(text)
    perpage = int(perpage_match.group(1)) if perpage_match else 15
    batch = perpage * PAGES_PER_REQUEST
    embedded = len(_RECORD.findall(text))
    requests = []
    for start in range(1, int(total.group(1)) + 1, batch):
        end = start + batch - 1
        if end <= embedded:
            continue
        url = f"{proxy}?startrecord={start}&endrecord={end}&perpage={perpage}"
        requests.append(FormRequest(url, formdata={"col": "1", **form}))
    return requests


def _form_fields(text: str, base_url: str) -> tuple[dict[str, str], str]:
    """Site form fields and proxy URL: from `<nextgroup>`'s link, else from the page script."""
    form: dict[str, str] = {}
    proxy = urljoin(base_url, DEFAULT_PROXY)
    nextgroup = _NEXTGROUP.search(text)
    href = re.search(r"""href=['"]([^'"]+)""", nextgroup.group(1)) if nextgroup else None
    if href:
        link = urljoin(base_url, href.group(1).replace("&amp;", "&"))
        parts = urlsplit(link)
        proxy = urljoin(base_url, parts.path)
        form = {k: v for k, v in parse_qsl(parts.query) if k in _FORM_FIELDS}
    for name in _FORM_FIELDS:
        if name not in form:
            match = re.search(_FIELD.format(name=name), text)
            if match:
                form[name] = match.group(1)
    form.setdefault("sourceContentType", "1")
    return form, proxy
