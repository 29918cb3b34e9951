"""Text that reached us as Markdown: what HTML-to-Markdown converters (jina reader, pandoc,
html2text) make of a portal page. The markup is not report text, so lines are reduced to what
a reader of the page saw; a jina header (Title / URL Source / Published Time / Markdown
Content) is chrome, and its publication time is read like a <meta> PubDate.
"""

from __future__ import annotations

import re

_HEADER = re.compile(
    r"^(Title|URL Source|Published Time|Markdown Content|Description|Warning)\s*:\s*(.*)$"
)
_IMAGE = re.compile(r"!\[[^\]]*\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
# [text](url), the url possibly holding one level of brackets: javascript:window.print()
_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_HEADING = re.compile(r"^ {0,3}#{1,6}\s+|\s+#+\s*$")
_UNDERLINE = re.compile(r"^ {0,3}(?:=+|-+)\s*$")
_RULE = re.compile(r"^ {0,3}(?:(?:\*\s*){3,}|(?:_\s*){3,})$")
_BULLET = re.compile(r"^\s*[*+-]\s+(?!\d{1,3}\s*[-—–]\s*$)")  # not a page's "- 2 -"
_LINKS_ONLY = re.compile(r"^[\s|·•/>»,，、]*$")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
_EVIDENCE = re.compile(r"\]\((?:https?:|/|javascript:)|^#{1,6} \S|^\s*\|\s*:?-{3,}", re.MULTILINE)


def is_markdown(text: str) -> bool:
    """A jina header on top, or markup that plain text does not hold: links, # headings,
    table rules."""
    head = text.lstrip()[:200]
    if head.startswith("Title:") and "Markdown Content:" in text[:3000]:
        return True
    return len(_EVIDENCE.findall(text, 0, 20000)) >= 3


def from_markdown(lines: list[str]) -> tuple[list[str], list[str], dict[str, str]]:
    """(the lines as read, what was removed as chrome, the header as <meta> fields).

    Lines of links and nothing else are chrome: menus, 打印/关闭 bars, related links.
    """
    out: list[str] = []
    chrome: list[str] = []
    meta: dict[str, str] = {}
    in_header = bool(lines) and lines[0].startswith("Title:")
    for line in lines:
        if in_header:
            if m := _HEADER.match(line.strip()):
                chrome.append(line.strip())
                if m.group(1) == "Published Time" and m.group(2):
                    meta["article:published_time"] = m.group(2)
                in_header = m.group(1) != "Markdown Content"
                continue
            if line.strip():
                in_header = False
        if _UNDERLINE.match(line) or _RULE.match(line) or _TABLE_RULE.match(line):
            continue
        text = _IMAGE.sub("", line)
        text = _BULLET.sub("", text)
        if _LINK.search(text) and _LINKS_ONLY.match(_LINK.sub("", text)):
            if text := _LINK.sub(lambda m: m.group(1), text).strip():
                chrome.append(text)  # a menu entry, a 打印/关闭 bar, a link to elsewhere
            continue
        text = _LINK.sub(lambda m: m.group(1), text)
        text = _EMPHASIS.sub(lambda m: m.group(2), _HEADING.sub("", text))
        text = _ESCAPE.sub(r"\1", text).strip()
        if text.startswith("|") and text.endswith("|") and len(text) > 1:
            text = text[1:-1].strip()
        out.append(text)
    return out, chrome, meta
