"""nianbao's database and archive: the only place that speaks SQL or writes WARC.

Verbs take plain dicts (`Report.to_dict()`), never parser objects. See storage/README.md.
"""

from storage.archive import ArchivedResponse, WarcArchive, iter_responses, read_response
from storage.connection import open_db
from storage.divisions import ensure_divisions
from storage.documents import (
    Validators,
    archived_documents,
    document_sha,
    document_validators,
    get_document,
    record_document,
)
from storage.reports import (
    agency_key,
    sha256_text,
    stored_report_url,
    touch_report,
    upsert_report,
)
from storage.runs import finish_run, previous_run, run_counts, run_reasons, start_run

__all__ = [
    "ArchivedResponse",
    "Validators",
    "WarcArchive",
    "agency_key",
    "archived_documents",
    "document_sha",
    "document_validators",
    "ensure_divisions",
    "finish_run",
    "get_document",
    "iter_responses",
    "open_db",
    "previous_run",
    "read_response",
    "record_document",
    "run_counts",
    "run_reasons",
    "sha256_text",
    "start_run",
    "stored_report_url",
    "touch_report",
    "upsert_report",
]
