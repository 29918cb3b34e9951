"""storage/archive.py: WARC round trip, exact bytes, locations, crash-damaged files."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.warcwriter import WARCWriter

from storage.archive import ArchivedResponse, WarcArchive, iter_responses, read_response

PAGE = "http://127.0.0.11:8800/art/2018/1/30/art_12_345.html"
LIST = "http://127.0.0.11:8800/module/web/jpage/dataproxy.jsp?startrecord=1&endrecord=45&perpage=15"
GBK_PAGE = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>'
    "<body>妥安乡2017年政府信息公开工作年度报告</body></html>"
).encode("gbk")
PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40


def write_three(folder: Path) -> list[str]:
    archive = WarcArchive(folder)
    locations = [
        archive.write(PAGE, 200, [("Content-Type", "text/html"), ("Content-Encoding", "gzip"),
                                  ("Transfer-Encoding", "chunked"), ("ETag", '"abc"')], GBK_PAGE),
        archive.write(LIST, 200, [("Content-Type", "text/xml; charset=utf-8")],
                      b"<datastore/>", method="POST", request_body=b"col=12&webid=1"),
        archive.write("http://127.0.0.12:8800/files/nb.pdf", 404, [], PDF),
    ]
    archive.close()
    return locations


def test_round_trip_keeps_bytes_status_headers_and_method(tmp_path: Path) -> None:
    locations = write_three(tmp_path)
    (name,) = [p.name for p in tmp_path.iterdir()]
    assert name.startswith("nianbao-") and name.endswith(".warc.gz")
    assert [loc.split("#")[0] for loc in locations] == [name] * 3
    assert list(iter_responses(tmp_path)) == [
        ArchivedResponse(PAGE, 200, [("Content-Type", "text/html"), ("ETag", '"abc"'),
                                     ("Content-Length", str(len(GBK_PAGE)))],
                         GBK_PAGE, locations[0]),
        ArchivedResponse(LIST, 200, [("Content-Type", "text/xml; charset=utf-8"),
                                     ("Content-Length", "12")],
                         b"<datastore/>", locations[1], "POST"),
        ArchivedResponse("http://127.0.0.12:8800/files/nb.pdf", 404,
                         [("Content-Length", str(len(PDF)))], PDF, locations[2]),
    ]
    assert [read_response(tmp_path, loc).body for loc in reversed(locations)] == [
        PDF, b"<datastore/>", GBK_PAGE,
    ]
    assert read_response(tmp_path, locations[1]).method == "POST"


def test_files_are_standard_warc(tmp_path: Path) -> None:
    write_three(tmp_path)
    (path,) = tmp_path.iterdir()
    with path.open("rb") as fh:
        records = [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI"))
                   for r in ArchiveIterator(fh)]
    assert records == [
        ("response", PAGE), ("request", LIST), ("response", LIST),
        ("response", "http://127.0.0.12:8800/files/nb.pdf"),
    ]
    assert gzip.decompress(path.read_bytes()).startswith(b"WARC/1.1\r\n")


def test_a_record_cut_by_a_crash_is_skipped(tmp_path: Path) -> None:
    locations = write_three(tmp_path)
    (path,) = tmp_path.iterdir()
    data = path.read_bytes()
    last = int(locations[2].split("#")[1])
    good = [PAGE, LIST]
    for cut in (last + 5, last + 200, (last + len(data)) // 2, len(data) - 20):
        path.write_bytes(data[:cut])
        assert [r.url for r in iter_responses(tmp_path)] == good, cut
    path.write_bytes(data[:last])
    assert [r.url for r in iter_responses(tmp_path)] == good


def test_files_are_read_in_order_and_a_damaged_one_does_not_stop_the_next(tmp_path: Path) -> None:
    first = WarcArchive(tmp_path)
    cut_at = first.write(PAGE, 200, [], GBK_PAGE)
    first.write(PAGE + "?2", 200, [], PDF)
    first.close()
    path = tmp_path / cut_at.split("#")[0]
    path.write_bytes(path.read_bytes()[:-30])
    second = WarcArchive(tmp_path)  # same second, same pid: a file of its own
    second.write(LIST, 200, [], b"<datastore/>")
    second.close()
    assert len(list(tmp_path.iterdir())) == 2
    assert [r.url for r in iter_responses(tmp_path)] == [PAGE, LIST]


def test_files_rotate_past_max_bytes(tmp_path: Path) -> None:
    archive = WarcArchive(tmp_path, max_bytes=1)
    locations = [archive.write(f"{PAGE}?{i}", 200, [], PDF) for i in range(3)]
    archive.close()
    assert len({loc.split("#")[0] for loc in locations}) == 3
    assert [r.location for r in iter_responses(tmp_path)] == locations


def test_a_failed_write_moves_on_to_a_new_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = WarcArchive(tmp_path)
    archive.write(PAGE, 200, [], GBK_PAGE)

    def half_written(self, record, params=None) -> None:
        self.out.write(b"\x1f\x8b\x08\x00 half a record")
        raise OSError("disk full")

    with monkeypatch.context() as patch:
        patch.setattr(WARCWriter, "write_record", half_written)
        with pytest.raises(OSError, match="disk full"):
            archive.write(PAGE + "?lost", 200, [], PDF)
    archive.write(LIST, 200, [], b"<datastore/>")
    archive.close()
    assert len(list(tmp_path.iterdir())) == 2
    assert [r.url for r in iter_responses(tmp_path)] == [PAGE, LIST]
