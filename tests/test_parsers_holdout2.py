"""The third held-out corpus (tests/fixtures/parsers_holdout2): pages, texts and files written
after the first two corpora were fixed, where those did not go (agency only in the opening,
the signature, a `/` or ` - ` breadcrumb or the crawl's column; names lacking their county;
管委会, 林场; year only in a subtitle or a table caption; chrome of HK/TW mirrors, WeChat
copies, footers with address and hotline; PDF running headers; DOCX soft breaks), checked field
by field with the helpers of test_parsers_corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_parsers_corpus import assert_case, parse_case

HOLDOUT2 = Path(__file__).parent / "fixtures" / "parsers_holdout2"
CASES = json.loads((HOLDOUT2 / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_holdout2(case: dict) -> None:
    assert_case(case, parse_case(case, HOLDOUT2))


def test_holdout2_coverage() -> None:
    assert len(CASES) >= 40
    expected = [c["expected"] for c in CASES]
    assert {"township", "street", "department", "county_government", "other"} <= {
        e["agency_kind"] for e in expected
    }
    assert {"html", "txt", "pdf", "docx"} <= {c["file"].rsplit(".", 1)[-1] for c in CASES}
    assert {True, False} == {e["is_annual_report"] for e in expected}
    assert {"traditional", "simplified"} <= {e["script"] for e in expected}
    assert {"pre2019", "2019", "2021"} & {e["format"] for e in expected} == {"2019", "2021"}
