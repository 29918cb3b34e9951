"""Storing one parsed report: its agency, the report row, sections, cells and checks, together."""

from __future__ import annotations

import hashlib
import json
from typing import Any, Literal

from sqlite_utils import Database

from storage.connection import now, retry_locked, writing
from storage.divisions import link_agency

Status = Literal["new", "changed", "unchanged"]

# Report fields stored on the report row as they come; the record hash covers these too.
_FIELDS = ("title", "published", "format", "script", "text_original")
_JSON_FIELDS = ("warnings", "attachments", "chrome")


def sha256_text(text: str) -> str:
    """Hex SHA-256 of a text as UTF-8: what decides whether a report changed."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def agency_key(region: dict[str, Any] | None, short_name: str) -> str:
    """An agency is its short name within its county; missing region parts count as empty."""
    region = region or {}
    parts = [region.get(k) or "" for k in ("province", "prefecture", "county")]
    return "|".join([*parts, short_name])


def _agency_id(db: Database, report: dict[str, Any]) -> int:
    """Find the reporting agency (filling in what was unknown before) or create it.

    With the division registry loaded (`ensure_divisions`), its code is the township's own
    for a township or street, else its county's, and stays empty where the registry cannot
    say for sure (`link_agency`); without it, the code of the crawled county.
    """
    region = report.get("region") or {}
    key = agency_key(region, report["agency_short"])
    row = db.execute("SELECT id, name, kind, code FROM agencies WHERE key = ?", [key]).fetchone()
    code = region.get("code")
    if db["divisions"].exists():
        code = link_agency(db, short_name=report["agency_short"], kind=report.get("agency_kind"),
                           county_code=code, county=region.get("county"))
    values = [report.get("agency"), report.get("agency_kind"), code]
    if row:
        if any(new and old is None for new, old in zip(values, row[1:], strict=True)):
            db.execute(
                "UPDATE agencies SET name = coalesce(name, ?), kind = coalesce(kind, ?),"
                " code = coalesce(code, ?) WHERE id = ?",
                [*values, row[0]],
            )
        return row[0]
    cursor = db.execute(
        "INSERT INTO agencies (name, kind, code, key, short_name, province, prefecture, county)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [*values, key, report["agency_short"], region.get("province"),
         region.get("prefecture"), region.get("county")],
    )
    return int(cursor.lastrowid)


def _row(report: dict[str, Any]) -> dict[str, Any]:
    """The report's own columns (everything but identity, timestamps and run ids)."""
    region = report.get("region") or {}
    text = report.get("text") or ""
    url = report.get("url")
    row: dict[str, Any] = {k: report.get(k) for k in _FIELDS}
    row |= {k: json.dumps(report.get(k) or [], ensure_ascii=False) for k in _JSON_FIELDS}
    row |= {
        "province": region.get("province"),
        "prefecture": region.get("prefecture"),
        "county": region.get("county"),
        "text": text,
        "chars": len(text),
        "sha256": sha256_text(text),
        "url": report.get("page_url") or url,
        "document_url": url,
    }
    parts = {k: report.get(k) or [] for k in ("sections", "cells", "checks")}
    hashed = {k: v for k, v in row.items() if k != "chrome"}  # chrome holds hit counters
    record = json.dumps([hashed, parts], ensure_ascii=False, sort_keys=True, default=str)
    row["record_sha256"] = sha256_text(record)
    return row


def _replace_parts(db: Database, agency_id: int, year: int, report: dict[str, Any]) -> None:
    """Sections, cells and checks are rewritten whole: they are derived from the text."""
    key = [agency_id, year]
    for table in ("sections", "cells", "checks"):
        db.execute(f"DELETE FROM {table} WHERE agency_id = ? AND year = ?", key)
    db.conn.executemany(
        "INSERT INTO sections (agency_id, year, position, number, title, text)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [[*key, i, s.get("number"), s.get("title"), s.get("text")]
         for i, s in enumerate(report.get("sections") or [])],
    )
    db.conn.executemany(
        'INSERT INTO cells (agency_id, year, "table", "row", col, value, raw, unit)'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [[*key, c["table"], c["row"], c.get("col"), c.get("value"), c.get("raw"), c.get("unit")]
         for c in report.get("cells") or []],
    )
    db.conn.executemany(
        "INSERT INTO checks (agency_id, year, rule, ok, detail) VALUES (?, ?, ?, ?, ?)",
        [[*key, c["rule"], None if c.get("ok") is None else int(bool(c["ok"])), c.get("detail")]
         for c in report.get("checks") or []],
    )


def _ensure_document(db: Database, url: str | None) -> None:
    """reports.document_url references documents; the crawler fills the row in later."""
    if url:
        db.execute("INSERT INTO documents (url) VALUES (?) ON CONFLICT (url) DO NOTHING", [url])


def _keep_version(db: Database, agency_id: int, year: int, run_id: int | None, at: str) -> None:
    """Copy the stored text to report_versions before a changed one replaces it."""
    db.execute(
        "INSERT INTO report_versions (agency_id, year, title, published, url, chars, text,"
        " text_original, sha256, first_seen, last_seen, replaced_at, replaced_run_id)"
        " SELECT agency_id, year, title, published, url, chars, text, text_original, sha256,"
        " coalesce(changed_at, first_seen), last_seen, ?, ?"
        " FROM reports WHERE agency_id = ? AND year = ?",
        [at, run_id, agency_id, year],
    )


def _touch(db: Database, agency_id: int, year: int, run_id: int | None, at: str) -> None:
    db.execute(
        "UPDATE reports SET last_seen = ?, last_run_id = coalesce(?, last_run_id)"
        " WHERE agency_id = ? AND year = ?",
        [at, run_id, agency_id, year],
    )


@retry_locked
def touch_report(db: Database, agency_id: int, year: int, *, run_id: int | None) -> None:
    """A report seen again in the same bytes (not re-parsed): only last_seen / last_run_id move."""
    with writing(db):
        _touch(db, agency_id, year, run_id, now())


@retry_locked
def upsert_report(
    db: Database, report: dict[str, Any], *, run_id: int | None
) -> tuple[int, Status]:
    """Store one report (a `Report.to_dict()`) and say whether it is new, changed or unchanged.

    Identity is (agency, year). Same text as stored: only last_seen / last_run_id are touched
    (if a newer parser read other cells or sections from that same text, those are rewritten
    too, still "unchanged"). Different text: the old text goes to report_versions.
    """
    if not report.get("agency_short") or report.get("year") is None:
        raise ValueError("a report needs agency_short and year to be stored")
    year = int(report["year"])
    row = _row(report)
    at = now()
    with writing(db):
        agency_id = _agency_id(db, report)
        key = [agency_id, year]
        old = db.execute(
            "SELECT sha256, record_sha256 FROM reports WHERE agency_id = ? AND year = ?", key
        ).fetchone()
        if old and old[1] == row["record_sha256"]:
            _touch(db, agency_id, year, run_id, at)
            return agency_id, "unchanged"
        _ensure_document(db, row["document_url"])
        if old is None:
            status: Status = "new"
            columns = {**row, "agency_id": agency_id, "year": year, "first_seen": at,
                       "last_seen": at, "first_run_id": run_id, "last_run_id": run_id}
            db.execute(
                f"INSERT INTO reports ({', '.join(columns)})"
                f" VALUES ({', '.join('?' for _ in columns)})",
                list(columns.values()),
            )
        else:
            status = "unchanged" if old[0] == row["sha256"] else "changed"
            columns = {**row, "last_seen": at}
            if run_id is not None:
                columns["last_run_id"] = run_id
            if status == "changed":
                _keep_version(db, agency_id, year, run_id, at)
                columns |= {"changed_at": at, "changed_run_id": run_id}
            db.execute(
                f"UPDATE reports SET {', '.join(f'{c} = ?' for c in columns)}"
                " WHERE agency_id = ? AND year = ?",
                [*columns.values(), *key],
            )
        _replace_parts(db, agency_id, year, report)
    return agency_id, status


def stored_report_url(
    db: Database, report: dict[str, Any], *, run_id: int | None = None
) -> str | None:
    """URL of the document the stored report of this (agency, year) was read from, if any.

    A different URL means the same report was found twice (page and PDF, two columns). With
    `run_id`, only a report stored by that run counts: a report that moved to a new URL in a
    later run is then updated instead of being taken for a duplicate.
    """
    if not report.get("agency_short") or report.get("year") is None:
        return None
    row = db.execute(
        "SELECT r.document_url FROM reports r JOIN agencies a ON a.id = r.agency_id"
        " WHERE a.key = ? AND r.year = ? AND (? IS NULL OR r.last_run_id = ?)",
        [agency_key(report.get("region"), report["agency_short"]), int(report["year"]),
         run_id, run_id],
    ).fetchone()
    return row[0] if row else None
