"""Traditional vs Simplified: reports are stored in Simplified so search and labels match.

Some portals machine-convert pages to Traditional (with mistakes such as 機製); OpenCC's
phrase-aware t2s undoes that better than a character table would.
"""

from __future__ import annotations

import re
from functools import lru_cache

import opencc

from parsers.render import han_count

TRADITIONAL = "traditional"
SIMPLIFIED = "simplified"

# Mirror sites annotate characters with pinyin, e.g. 鎮(zhèn); a syllable in brackets right
# after a Han character is never report text. The pattern starts at the bracket (a scan for a
# bracket is fast) and the Han character before it is checked in code.
_PINYIN = re.compile(r"[(（]\s*[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,6}[1-5]?\s*[)）]")
# a tone mark, or one toneless syllable of two letters or more (zhen, lei), not a word (gkmlpt)
# nor a list's letter (a)
_TONE_OR_SYLLABLE = re.compile(
    r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]"
    r"|^(?=[a-z]{2})(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai"
    r"|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ve|a|o|e|i|u|v)[1-5]?$"
)


_HAN = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Convert to Simplified; a no-op on text that already is."""
    return _t2s().convert(text) if text else text


def lines_to_simplified(lines: list[str]) -> list[str]:
    """Convert many short strings in one OpenCC call (a call costs more than its text)."""
    if not lines:
        return []
    text = "\n".join(lines)
    if text.count("\n") >= len(lines):  # (rarely) a line holds a break: a space stands in
        text = "\n".join(x.replace("\n", " ") for x in lines)
    out = to_simplified(text).split("\n")
    return out if len(out) == len(lines) else [to_simplified(x) for x in lines]


def detect_script(text: str, simplified: str | None = None) -> str | None:
    """`traditional` when a real share of the Han characters change under t2s, else simplified.

    A Simplified page quoting a few Traditional names stays simplified; None without Han text.
    A character changes when t2s leaves none of it in the text (`simplified`, converted here
    unless the caller has it already): set arithmetic instead of a comparison per character,
    and the Han characters are counted only when some changed.
    """
    simplified = to_simplified(text) if simplified is None else simplified
    if simplified == text:  # most pages: nothing changed, no sets to build
        return SIMPLIFIED if _HAN.search(text) else None
    chars = set(text)
    changed = [c for c in chars - set(simplified) if "\u4e00" <= c <= "\u9fff"]
    if not changed:
        return SIMPLIFIED if any("\u4e00" <= c <= "\u9fff" for c in chars) else None
    hits = sum(text.count(c) for c in changed)
    return TRADITIONAL if hits >= 3 and hits * 100 >= 3 * han_count(text) else SIMPLIFIED  # 3 %


def _after_han(m: re.Match[str]) -> bool:
    return m.start() > 0 and "\u4e00" <= m.string[m.start() - 1] <= "\u9fff"


def has_pinyin(text: str) -> bool:
    """Whether any bracketed Latin follows a Han character (one scan before line by line)."""
    return any(_after_han(m) for m in _PINYIN.finditer(text))


def strip_pinyin(text: str) -> tuple[str, int]:
    """Remove bracketed pinyin after Han characters; return the text and how many were removed."""
    count = 0

    def repl(m: re.Match[str]) -> str:
        nonlocal count
        inner = m.group(0)[1:-1].strip()
        if _after_han(m) and _TONE_OR_SYLLABLE.search(inner):
            count += 1
            return ""
        return m.group(0)

    return _PINYIN.sub(repl, text), count
