"""TRS WCM: pages exist only as `createPageHTML(n, i, "index", "html")` in a script.

The classic call counts from 0: page 1 is index.html and page k+1 is index_k.html; some
templates use a six-argument variant (div id, page count, current, name, ext, records).
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from scrapy.http import Response

from crawler.cms import generic
from crawler.cms.base import Entry

_CALL = re.compile(r"createPageHTML\s*\(([^)]*)\)")
_ARG = re.compile(r"""\s*(?:["']([^"']*)["']|(\d+))\s*""")


def can_handle(response: Response) -> bool:
    return b"createPageHTML" in response.body


def entries(response: Response) -> list[Entry]:
    return generic.entries(response)


def next_pages(response: Response) -> list[str]:
    """Every page the pager script would draw, plus any plain pager links."""
    pages = generic.next_pages(response)
    for call in _CALL.finditer(response.text):
        args = [m.group(1) if m.group(1) is not None else int(m.group(2))
                for m in _ARG.finditer(call.group(1)) if m.group(0).strip()]
        numbers = [a for a in args if isinstance(a, int)]
        names = [a for a in args if isinstance(a, str)]
        if not numbers or len(names) < 2:
            continue
        count, (name, ext) = numbers[0], names[-2:]
        pages += [urljoin(response.url, f"{name}_{k}.{ext}") for k in range(1, count)]
    return list(dict.fromkeys(pages))
