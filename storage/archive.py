"""The raw archive: every response as a WARC record, so the database can be rebuilt offline.

Files are `nianbao-YYYYmmdd-HHMMSS-<pid>.warc.gz`, one gzip member per record, so a crash
mid-write damages only the last record, which the reader skips. Bodies are stored as Scrapy
hands them over (already decoded), so Content-Encoding / Transfer-Encoding are dropped and
Content-Length is set to the stored body's length, which keeps the WARC valid for other tools.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

log = logging.getLogger(__name__)

PATTERN = "nianbao-*.warc.gz"
_NAME = re.compile(r"nianbao-(?P<stamp>\d{8}-\d{6})-(?P<pid>\d+)(?:-(?P<n>\d+))?\.warc\.gz")
_DROPPED = {"content-encoding", "transfer-encoding", "content-length"}


@dataclass(frozen=True)
class ArchivedResponse:
    """One archived response; `location` is "file.warc.gz#offset" within the archive folder."""

    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    location: str
    method: str = "GET"


class WarcArchive:
    """Appends response records to a new WARC file of its own (rotated past `max_bytes`)."""

    def __init__(self, folder: str | Path, *, max_bytes: int = 1 << 30) -> None:
        self.folder = Path(folder)
        self.max_bytes = max_bytes
        self._file: BinaryIO | None = None
        self._writer: WARCWriter | None = None

    def _open(self) -> tuple[BinaryIO, WARCWriter]:
        """A fresh file per process and rotation: never append to one a crash may have cut."""
        if self._file is not None and self._writer is not None:
            if self._file.tell() < self.max_bytes:
                return self._file, self._writer
            self.close()
        self.folder.mkdir(parents=True, exist_ok=True)
        stem = f"nianbao-{datetime.now(UTC):%Y%m%d-%H%M%S}-{os.getpid()}"
        for n in range(1000):
            path = self.folder / (f"{stem}.warc.gz" if n == 0 else f"{stem}-{n}.warc.gz")
            try:
                self._file = path.open("xb")
                break
            except FileExistsError:
                continue
        else:
            raise FileExistsError(f"no free WARC file name for {stem} in {self.folder}")
        self._writer = WARCWriter(self._file, gzip=True, warc_version="1.1")
        return self._file, self._writer

    def write(
        self,
        url: str,
        status: int,
        headers: list[tuple[str, str]],
        body: bytes,
        method: str = "GET",
        request_body: bytes | None = None,
    ) -> str:
        """Archive one response and return its location "file.warc.gz#offset".

        A request record (with `request_body`) precedes the response when the method is not
        GET, so a POST-paged list stays distinguishable from a GET of the same URL; the
        location then points at the request, where the exchange starts.
        """
        file, writer = self._open()
        offset = file.tell()
        kept = [(k, v) for k, v in headers if k.lower() not in _DROPPED]
        try:
            reason = HTTPStatus(status).phrase
        except ValueError:
            reason = "Unknown"
        http = StatusAndHeaders(
            f"{status} {reason}", [*kept, ("Content-Length", str(len(body)))],
            protocol="HTTP/1.1",
        )
        response = writer.create_warc_record(
            url, "response", payload=BytesIO(body), length=len(body), http_headers=http
        )
        try:
            if method.upper() != "GET":
                writer.write_record(self._request(writer, url, method, request_body, response))
            writer.write_record(response)
        except BaseException:
            self.close()  # what follows a half-written record would be unreadable: new file
            raise
        return f"{Path(file.name).name}#{offset}"

    @staticmethod
    def _request(
        writer: WARCWriter, url: str, method: str, body: bytes | None, response: ArcWarcRecord
    ) -> ArcWarcRecord:
        """The request record of a non-GET response, pointing at it by WARC-Concurrent-To."""
        parts = urlsplit(url)
        target = parts.path or "/"
        if parts.query:
            target += f"?{parts.query}"
        payload = body or b""
        http = StatusAndHeaders(
            f"{method.upper()} {target} HTTP/1.1",
            [("Host", parts.netloc), ("Content-Length", str(len(payload)))],
            is_http_request=True,
        )
        concurrent = response.rec_headers.get_header("WARC-Record-ID")
        return writer.create_warc_record(
            url, "request", payload=BytesIO(payload), length=len(payload), http_headers=http,
            warc_headers_dict={"WARC-Concurrent-To": concurrent},
        )

    def close(self) -> None:
        """Close the current file; a later write opens a new one."""
        if self._file is not None:
            self._file.close()
        self._file = None
        self._writer = None


def _damaged(record: ArcWarcRecord) -> bool:
    """Cut short (no HTTP head, fewer bytes than its Content-Length) or failing its digest."""
    return (
        record.http_headers is None
        or getattr(record.raw_stream, "limit", None) != 0
        or record.digest_checker.passed is False
    )


def _records(path: Path, offset: int) -> Iterator[tuple[ArcWarcRecord, bytes, int]]:
    """(record, body, offset) of each intact record; the first damaged one ends the file.

    A crash mid-write leaves a cut gzip member, and warcio fails on one in many ways (bad
    gzip, missing headers, short body), so any error here means "nothing readable follows".
    """
    with path.open("rb") as fh:
        fh.seek(offset)
        records = ArchiveIterator(fh, check_digests=True)
        at = offset
        try:
            for record in records:
                body = b"".join(iter(lambda r=record: r.raw_stream.read(1 << 16), b""))
                at = records.get_record_offset()
                if _damaged(record):
                    raise ValueError("record cut short or failing its digest")
                yield record, body, at
        except Exception as error:
            log.warning("skipping damaged end of %s from #%d: %s", path.name, at, error)


def _read_file(path: Path, offset: int = 0) -> Iterator[ArchivedResponse]:
    """Responses of one file from `offset`, with the method of a preceding request record."""
    request: tuple[str, str, int] | None = None  # (response id, method, offset)
    for record, body, at in _records(path, offset):
        if record.rec_type == "request":
            concurrent = record.rec_headers.get_header("WARC-Concurrent-To")
            request = (concurrent, record.http_headers.protocol, at)
            continue
        if record.rec_type != "response":
            continue
        start, method = at, "GET"
        if request and request[0] == record.rec_headers.get_header("WARC-Record-ID"):
            _, method, start = request
        request = None
        yield ArchivedResponse(
            url=record.rec_headers.get_header("WARC-Target-URI"),
            status=int(record.http_headers.get_statuscode()),
            headers=list(record.http_headers.headers),
            body=body,
            location=f"{path.name}#{start}",
            method=method,
        )


def _write_order(path: Path) -> tuple[str, int, int]:
    """nianbao-<stamp>-<pid>[-<n>].warc.gz sorts by time, then by process and rotation."""
    match = _NAME.fullmatch(path.name)
    if not match:
        return (path.name, 0, 0)
    return (match["stamp"], int(match["pid"]), int(match["n"] or 0))


def iter_responses(folder: str | Path) -> Iterator[ArchivedResponse]:
    """Every archived response in `folder`, file by file in the order they were written."""
    for path in sorted(Path(folder).glob(PATTERN), key=_write_order):
        yield from _read_file(path)


def read_response(folder: str | Path, location: str) -> ArchivedResponse:
    """The response stored at `location` ("file.warc.gz#offset", as `write` returned)."""
    name, _, offset = location.partition("#")
    for response in _read_file(Path(folder) / name, int(offset or 0)):
        return response
    raise LookupError(f"no readable response at {location} in {folder}")
