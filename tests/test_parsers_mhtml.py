"""Pages saved as web archives (.mht/.mhtml) read as the pages themselves: the same record."""

from __future__ import annotations

import base64
import json
import quopri
from pathlib import Path

import pytest

from parsers import parse_document
from tests.test_parsers_corpus import FIELDS, parse_case

HOLDOUT53 = Path(__file__).parent / "fixtures" / "parsers_holdout53"
CASES = [
    c
    for c in json.loads((HOLDOUT53 / "expected.json").read_text(encoding="utf-8"))
    if c["file"].endswith(".html")
][:6]


def web_archive(page: bytes, location: str, encoding: str) -> bytes:
    """The page as Chrome ("Saved by Blink", quoted-printable) or IE (base64) archives it."""
    body = quopri.encodestring(page) if encoding == "quoted-printable" else base64.encodebytes(page)
    head = (
        "From: <Saved by Blink>\r\n"
        f"Snapshot-Content-Location: {location}\r\n"
        "Subject: =?utf-8?Q?=E5=B9=B4=E6=8A=A5?=\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n'
        '\tboundary="----MultipartBoundary--nianbao----"\r\n\r\n\r\n'
        "------MultipartBoundary--nianbao----\r\n"
        "Content-Type: text/html\r\n"
        f"Content-Transfer-Encoding: {encoding}\r\n"
        f"Content-Location: {location}\r\n\r\n"
    )
    image = (
        "------MultipartBoundary--nianbao----\r\n"
        "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Location: http://www.example.gov.cn/logo.png\r\n\r\niVBORw0KGgo=\r\n"
        "------MultipartBoundary--nianbao------\r\n"
    )
    return head.encode() + body + b"\r\n" + image.encode()


@pytest.mark.parametrize("encoding", ["quoted-printable", "base64"])
@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_a_web_archive_reads_as_its_page(case: dict, encoding: str) -> None:
    page = (HOLDOUT53 / case["file"]).read_bytes()
    archived = parse_document(
        web_archive(page, case["url"], encoding), context=case["context"]
    ).to_dict()
    direct = parse_case(case, HOLDOUT53)
    assert {k: archived[k] for k in (*FIELDS, "agency", "text")} == {
        k: direct[k] for k in (*FIELDS, "agency", "text")
    }
    assert archived["is_annual_report"] == case["expected"]["is_annual_report"]
