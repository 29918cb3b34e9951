"""Every fixture page/text/file parses to the fields its manifest entry states."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parsers import parse_document

FIXTURES = Path(__file__).parent / "fixtures" / "parsers"
CASES = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
FIELDS = (
    "is_annual_report",
    "reason",
    "agency_short",
    "agency_kind",
    "year",
    "published",
    "script",
    "format",
    "title",
)


def parse_case(case: dict, folder: Path = FIXTURES) -> dict:
    """The record of one manifest entry's document, parsed as the crawler would."""
    data = (folder / case["file"]).read_bytes()
    report = parse_document(
        data, url=case["url"], content_type=case["content_type"], context=case["context"]
    )
    return report.to_dict()


def with_known_gaps(cases: list[dict], gaps: dict[str, str]) -> list:
    """The cases, those named in `gaps` as strict expected failures: a fix shows, as the test
    then fails."""
    return [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=gaps[c["file"]]))
        if c["file"] in gaps
        else c
        for c in cases
    ]


def assert_case(case: dict, got: dict) -> None:
    """Every stated field equal, chrome lines absent from the text, body lines present."""
    expected = case["expected"]
    wrong = {
        k: (got[k], expected[k])
        for k in (*FIELDS, "agency")
        if k in expected and got[k] != expected[k]
    }
    assert not wrong, f"{case['note']}: got/expected {wrong}; warnings {got['warnings']}"
    text = got["text"] + "\n"
    for line in case["absent"]:
        assert line not in text, f"chrome kept in text: {line!r}"
    for line in case["present"]:
        assert line in text, f"body lost: {line!r}"
    if "attachments" in case:
        assert [a["url"] for a in got["attachments"]] == case["attachments"]


@pytest.mark.parametrize("case", CASES, ids=[c["file"].rsplit("/", 1)[-1] for c in CASES])
def test_fixture(case: dict) -> None:
    assert_case(case, parse_case(case))


def test_corpus_size_and_coverage() -> None:
    assert len(CASES) >= 40
    reasons = {c["expected"]["reason"] for c in CASES}
    assert {
        "notice",
        "guide",
        "catalogue",
        "letter",
        "work-plan",
        "summary",
        "news",
        "evaluation",
        "budget",
        "template",
        "list",
        "image-only",
        "attachment-only",
        "empty",
        None,
    } <= reasons
    kinds = {c["expected"]["agency_kind"] for c in CASES}
    assert {"township", "street", "department", "county_government"} <= kinds
