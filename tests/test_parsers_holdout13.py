"""The fourteenth held-out corpus (tests/fixtures/parsers_holdout13): 2008-2016 county and township CMS pages (动易, DedeCMS, PHPCMS, ASP.NET, 科汛, 帝国, FrontPage) in GB2312/GBK/Big5."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT13 = Path(__file__).parent / "fixtures" / "parsers_holdout13"
CASES = json.loads((HOLDOUT13 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout13(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT13))
