"""Platform adapters: how each CMS lists a column and pages through it.

One module per platform, each exposing ``can_handle(response)``, ``entries(response)`` and
``next_pages(response)``; ``adapter_for`` picks the first that claims a response, with
``generic`` (links beside dates, 下一页/尾页/index_N) as the fallback.
"""

from __future__ import annotations

from types import ModuleType

from scrapy.http import Response

from crawler.cms import generic, hanweb, trs
from crawler.cms.base import Entry

ADAPTERS: tuple[ModuleType, ...] = (hanweb, trs, generic)

__all__ = ["ADAPTERS", "Entry", "adapter_for"]


def adapter_for(response: Response) -> ModuleType:
    """The platform adapter that understands this list page."""
    return next(adapter for adapter in ADAPTERS if adapter.can_handle(response))
