"""Traditional vs Simplified: reports are stored in Simplified so search and labels match.

Some portals machine-convert pages to Traditional (with mistakes such as 機製); OpenCC's
phrase-aware t2s undoes that better than a character table would.
"""

from __future__ import annotations

import re
from functools import lru_cache

import opencc

from parsers.render import han_count, words

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


# Place names t2s would mangle (乾县 → 干县, 於潜镇 → 于潜镇): all 32 names of the division
# registry that OpenCC changes (seeds/divisions, 2023; tests/test_divisions.py keeps them equal).
KEPT_NAMES = words(
    "乾丰镇 乾佑街道 乾务镇 乾县 乾塘镇 乾安县 乾安镇 乾安鹿场 乾潭镇 乾西乡 乾龙镇 南磑镇 垌塚镇"
    " 奇乾乡 尖塚镇 於潜镇 河輋农场 洩湖镇 清濛经济开发区 濛江乡 濛江街道 濛江镇 濛洲街道 濛阳街道"
    " 瀂港街道 礐石街道 织篢镇 藉口镇 鮀江街道 鮀莲街道 鮜门镇 鴜鷺树镇"
)


def to_simplified(text: str) -> str:
    """Convert to Simplified; a no-op on text that already is, but for the place names the
    conversion would mangle, which stay as printed (乾县, not 干县)."""
    if not text:
        return text
    out = _t2s().convert(text)
    mangled, found, changed = _mangled()
    if len(out) == len(text) and changed.search(text):
        out = found.sub(lambda m: _printed_name(m, mangled[m.group()], text), out)
    return out


@lru_cache(maxsize=1)
def _mangled() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """Each kept name by its mangled form, a pattern finding those forms, and one finding the
    characters the conversion changes in them (most texts hold none: one scan)."""
    mangled = {_t2s().convert(name): name for name in KEPT_NAMES}
    chars = {n for m, name in mangled.items() for c, n in zip(m, name, strict=True) if c != n}
    found = re.compile("|".join(map(re.escape, sorted(mangled, key=len, reverse=True))))
    return mangled, found, re.compile(f"[{''.join(sorted(chars))}]")


def _printed_name(m: re.Match[str], name: str, original: str) -> str:
    """The kept name where the page printed its characters (乾县), else the conversion (a
    Traditional 幹 is 干)."""
    printed = original[m.start() : m.end()]
    changed = [(p, n) for p, n, c in zip(printed, name, m.group(), strict=True) if c != n]
    return name if all(p == n for p, n in changed) else m.group()


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
