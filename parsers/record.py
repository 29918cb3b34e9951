"""The report record: the one shape every parser returns and every consumer reads (DESIGN.md §2)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Report:
    """One document as understood by the parsers; fields are null where unknown, never guessed."""

    url: str | None = None
    title: str | None = None
    agency: str | None = None
    agency_short: str | None = None
    agency_kind: str | None = None
    region: dict[str, str | None] | None = None
    year: int | None = None
    published: str | None = None
    script: str | None = None
    format: str | None = None
    is_annual_report: bool = False
    reason: str | None = None
    text: str = ""
    text_original: str = ""
    chrome: list[str] = field(default_factory=list)
    sections: list[dict[str, Any]] = field(default_factory=list)
    cells: list[dict[str, Any]] = field(default_factory=list)
    checks: list[dict[str, Any]] = field(default_factory=list)
    attachments: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict in field order, as printed by the CLI and stored by the pipeline."""
        return asdict(self)
