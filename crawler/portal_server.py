"""Serve a mock portal folder over real HTTP, so the demo crawl goes through the network stack.

Static files are served like a plain web server would (Content-Type, Last-Modified, ETag,
304 on revalidation, 404). The one endpoint static files cannot imitate is Hanweb's paging
proxy, POST /module/web/jpage/dataproxy.jsp: it answers with the <datastore> XML slice
[startrecord, endrecord] of a column's records, read from the folder's `_portal.json`:

    {"charset": "gbk",             # how text files are encoded (default utf-8)
     "charset_in_header": false,   # false: Content-Type names no charset, only the <meta> does
     "dataproxy": {"5231": ["<li>…</li>", …]}}   # records per columnid, newest first

A fault portal (seeds/demo-faults) also misbehaves the way county servers do, as its
`_portal.json` says, so the crawler's fault handling is tested over real sockets:

     "faults": {"/a.shtml": {"fail": [500, 502]},  # these statuses first (per server process)
                "/b.shtml": {"status": 503},        # this status, always
                "/c.shtml": {"delay": 20},          # answer after 20 s
                "/d.shtml": {"redirect": "/e.shtml"},          # 302 to a path or another host
                "/f.shtml": {"headers": {"Content-Type": "text/html"}},  # instead of ours
                "/g.shtml": {"truncate": 4096},     # full Content-Length, then 4096 bytes only
                "/h.pdf": {"size": 52428800},       # that many filler bytes, Content-Length set
                "/i.shtml": {"size": 52428800, "stream": true}},  # ... no length, until closed
     "endless": {"prefix": "/x/2016/", "template": "_endless.shtml"},  # index_N.shtml, every N
     "calendar": {"path": "/x/list.shtml", "template": "_calendar.shtml"},  # ?date= pages
     "hosts": {"127.0.0.22:8800": "_elsewhere"}}   # a second host, served from that folder

Generated pages fill `{{pager}}` (endless) or `{{calendar}}` (calendar) in their template.
With NIANBAO_DEMO_GENERATION=N in the environment, a file under `_generationN/` is served
in place of the file at the same path: the portal's next edition, for tests of changed pages.
Paths with a part starting with "_" are never served.

    python -m crawler.portal_server FOLDER HOST PORT
"""

from __future__ import annotations

import calendar
import json
import os
import re
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import SplitResult, parse_qs, unquote, urlencode, urlsplit

CONFIG = "_portal.json"
DATAPROXY = "/module/web/jpage/dataproxy.jsp"
GENERATION = "NIANBAO_DEMO_GENERATION"
TEXT_TYPES = {".html": "text/html", ".htm": "text/html", ".shtml": "text/html",
              ".jhtml": "text/html", ".css": "text/css", ".js": "application/javascript",
              ".txt": "text/plain", ".xml": "text/xml", ".json": "application/json"}
BINARY_TYPES = {".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg",
                ".gif": "image/gif", ".doc": "application/msword",
                ".xls": "application/vnd.ms-excel",
                ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
_FILLER = b"<!-- nianbao demo filler -->\n" * 2048
_NOT_FOUND = "<html><body><h1>404 Not Found</h1></body></html>"


@dataclass
class ServerHandle:
    url: str
    server: ThreadingHTTPServer
    thread: threading.Thread
    others: list[ServerHandle] = field(default_factory=list)  # the portal's other hosts

    def stop(self) -> None:
        for other in self.others:
            other.stop()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


class PortalServer(ThreadingHTTPServer):
    """One portal folder on one address; counts requests per path for `fail` faults."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], folder: Path, config: dict[str, Any],
                 verbose: bool) -> None:
        super().__init__(address, PortalHandler)
        self.folder = folder
        self.config = config
        self.verbose = verbose
        self._hits: Counter[str] = Counter()
        self._lock = threading.Lock()

    def hit(self, path: str) -> int:
        """How many requests for `path` came before this one."""
        with self._lock:
            self._hits[path] += 1
            return self._hits[path] - 1

    def roots(self) -> list[Path]:
        """Folders a path is looked up in: this generation's overlay first, if any."""
        generation = os.environ.get(GENERATION)
        return [self.folder / f"_generation{generation}", self.folder] if generation else [
            self.folder]


class PortalHandler(BaseHTTPRequestHandler):
    server_version = "nianbao-demo-portal/1.0"
    server: PortalServer

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.verbose:
            super().log_message(format, *args)

    def content_type(self, suffix: str) -> str:
        config = self.server.config
        if suffix in TEXT_TYPES:
            charset = config.get("charset", "utf-8")
            if config.get("charset_in_header", True):
                return f"{TEXT_TYPES[suffix]}; charset={charset}"
            return TEXT_TYPES[suffix]
        return BINARY_TYPES.get(suffix, "application/octet-stream")

    def resolve(self, path: str) -> Path | None:
        relative = Path(unquote(path).lstrip("/"))
        if any(part.startswith("_") for part in relative.parts):
            return None
        for root in self.server.roots():
            target = (root / relative).resolve()
            if not target.is_relative_to(root):
                return None
            if target.is_dir():
                target = target / "index.html"
            if target.is_file():
                return target
        return None

    def do_GET(self) -> None:
        self.answer(head=False)

    def do_HEAD(self) -> None:
        self.answer(head=True)

    def answer(self, *, head: bool) -> None:
        url = urlsplit(self.path)
        fault = self.server.config.get("faults", {}).get(url.path, {})
        try:
            if not self.misbehave(fault, url.path, head=head):
                self.send_page(url, head=head, headers=fault.get("headers", {}),
                               truncate=fault.get("truncate"))
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout, a size cap): what the fault is there for

    def misbehave(self, fault: dict[str, Any], path: str, *, head: bool) -> bool:
        """Play the fault configured for `path`; False when the page is to be served after all."""
        failures = fault.get("fail", [])
        status = fault.get("status")
        if failures and (seen := self.server.hit(path)) < len(failures):
            status = failures[seen]
        if status:
            phrase = f"{status} {HTTPStatus(status).phrase}"
            self.send_body(HTTPStatus(status), f"<html><body><h1>{phrase}</h1></body></html>"
                           .encode(), {"Content-Type": "text/html; charset=utf-8"}, head=head)
            return True
        if "redirect" in fault:
            self.send_body(HTTPStatus.FOUND, b"", {"Location": fault["redirect"]}, head=head)
            return True
        if "size" in fault:
            self.send_filler(path, fault["size"], stream=fault.get("stream", False), head=head)
            return True
        time.sleep(fault.get("delay", 0))
        return False

    def send_filler(self, path: str, size: int, *, stream: bool, head: bool) -> None:
        """`size` bytes as fast as the socket takes them; without a length when streamed."""
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", self.content_type(Path(path).suffix.lower()))
        if not stream:
            self.send_header("Content-Length", str(size))
        self.end_headers()
        if head:
            return
        for start in range(0, size, len(_FILLER)):
            self.wfile.write(_FILLER[:size - start])

    def send_page(self, url: SplitResult, *, head: bool, headers: dict[str, str],
                  truncate: int | None = None) -> None:
        generated = self.generated(url)
        if generated is not None:
            self.send_body(HTTPStatus.OK, generated,
                           {"Content-Type": self.content_type(".html"), **headers}, head=head)
            return
        target = self.resolve(url.path)
        if target is None:
            self.send_body(HTTPStatus.NOT_FOUND, _NOT_FOUND.encode(),
                           {"Content-Type": "text/html; charset=utf-8"}, head=head)
            return
        stat = target.stat()
        etag = f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"'
        if self.not_modified(etag, stat.st_mtime):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_body(HTTPStatus.OK, target.read_bytes(), {
            "Content-Type": self.content_type(target.suffix.lower()),
            "Last-Modified": formatdate(stat.st_mtime, usegmt=True), "ETag": etag, **headers,
        }, head=head, truncate=truncate)

    def generated(self, url: SplitResult) -> bytes | None:
        """A page made on request: page N of the endless list, a day of the calendar."""
        config = self.server.config
        if endless := config.get("endless"):
            suffix = Path(endless["template"]).suffix
            pattern = re.escape(endless["prefix"]) + r"index_(\d+)" + re.escape(suffix)
            if match := re.fullmatch(pattern, url.path):
                n = int(match.group(1))
                return self.fill(endless["template"], pager=endless_pager(n, suffix))
        cal = config.get("calendar")
        date = parse_qs(url.query).get("date", [""])[-1]
        if cal and url.path == cal["path"] and (box := calendar_box(url.path, date)):
            return self.fill(cal["template"], calendar=box)
        return None

    def fill(self, template: str, **values: str) -> bytes:
        charset = self.server.config.get("charset", "utf-8")
        text = (self.server.folder / template).read_bytes().decode(charset)
        for key, value in values.items():
            text = text.replace("{{" + key + "}}", value)
        return text.encode(charset)

    def not_modified(self, etag: str, mtime: float) -> bool:
        if match := self.headers.get("If-None-Match"):
            return etag in [m.strip() for m in match.split(",")] or match.strip() == "*"
        if since := self.headers.get("If-Modified-Since"):
            try:
                return int(mtime) <= parsedate_to_datetime(since).timestamp()
            except (TypeError, ValueError):
                return False
        return False

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        config = self.server.config
        if url.path != DATAPROXY or "dataproxy" not in config:
            self.send_body(HTTPStatus.NOT_FOUND, _NOT_FOUND.encode(),
                           {"Content-Type": "text/html; charset=utf-8"})
            return
        length = int(self.headers.get("Content-Length") or 0)
        charset = config.get("charset", "utf-8")
        form = parse_qs(self.rfile.read(length).decode("ascii", "replace"), encoding=charset)
        query = parse_qs(url.query)
        fields = {k: v[-1] for k, v in (form | query).items()}
        xml = datastore(config["dataproxy"].get(fields.get("columnid", ""), []), fields)
        body = f'<?xml version="1.0" encoding="{charset}"?>\n{xml}'.encode(charset)
        self.send_body(HTTPStatus.OK, body, {"Content-Type": self.content_type(".xml")})

    def send_body(self, status: HTTPStatus, body: bytes, headers: dict[str, str], *,
                  head: bool = False, truncate: int | None = None) -> None:
        """Status, headers, Content-Length of the whole body, then the body (its first
        `truncate` bytes only, if set: the connection closes short of the length)."""
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head:
            self.wfile.write(body[:truncate])


def datastore(records: list[str], fields: dict[str, str]) -> str:
    """The proxy's answer: records startrecord..endrecord (1-based, inclusive) of the column."""
    perpage = max(1, int(fields.get("perpage") or 15))
    start = max(1, int(fields.get("startrecord") or 1))
    end = int(fields.get("endrecord") or start + 3 * perpage - 1)
    pages = -(-len(records) // perpage)
    params = {k: v for k, v in fields.items() if k not in ("startrecord", "endrecord", "perpage")}
    nextgroup = f'<a href="{DATAPROXY}?{urlencode({"page": end // perpage + 1, **params})}">'
    rows = "\n".join(f"<record><![CDATA[\n{r}\n]]></record>" for r in records[start - 1:end])
    return (f"<datastore>\n<totalrecord>{len(records)}</totalrecord>\n<totalpage>{pages}"
            f"</totalpage>\n<nextgroup><![CDATA[{nextgroup}]]></nextgroup>\n<recordset>\n"
            f"{rows}\n</recordset>\n</datastore>\n")


def endless_pager(n: int, suffix: str = ".shtml") -> str:
    """The pager of page n (0: index, n: index_n) of a list whose CMS never draws a last page."""
    def name(k: int) -> str:
        return f"index{suffix}" if k == 0 else f"index_{k}{suffix}"

    links = [f'<a href="{name(n - 1)}">上一页</a>'] if n else []
    links += [f'<a href="{name(k)}">{k + 1}</a>' for k in range(n + 1, n + 6)]
    links.append(f'<a href="{name(n + 1)}">下一页</a>')
    return f'<div class="page">第{n + 1}页 {" ".join(links)}</div>'


def calendar_box(path: str, date: str) -> str | None:
    """A 按日期浏览 box for `date` (YYYY, YYYY-MM or YYYY-MM-DD) linking to every day of the
    month, the months around it and the years around it: a calendar goes on forever."""
    match = re.fullmatch(r"(\d{4})(?:-(\d\d)(?:-\d\d)?)?", date)
    if not match or not 1 <= int(match.group(2) or 1) <= 12:
        return None
    year, month = int(match.group(1)), int(match.group(2) or 1)
    before = f"{year - (month == 1)}-{(month - 2) % 12 + 1:02d}"
    after = f"{year + (month == 12)}-{month % 12 + 1:02d}"
    days = [f'<td><a href="{path}?date={year}-{month:02d}-{d:02d}">{d}</a></td>'
            for d in range(1, calendar.monthrange(year, month)[1] + 1)]
    weeks = "\n".join(f"<tr>{''.join(days[i:i + 7])}</tr>" for i in range(0, len(days), 7))
    return (f'<div class="calendar"><h3>按日期浏览</h3>\n<div class="cal-year">'
            f'<a href="{path}?date={year - 1}">{year - 1}年</a> <span>{year}年{month}月</span> '
            f'<a href="{path}?date={year + 1}">{year + 1}年</a></div>\n<div class="cal-month">'
            f'<a href="{path}?date={before}">上月</a> <a href="{path}?date={after}">下月</a></div>'
            f'\n<table class="cal-days">\n{weeks}\n</table></div>')


def serve(folder: Path, host: str = "127.0.0.1", port: int = 0, *,
          verbose: bool = False) -> ServerHandle:
    """Serve `folder` on http://host:port/ from a daemon thread (port 0: any free port),
    and its `hosts` (other addresses of the same portal) from their own threads."""
    folder = Path(folder).resolve()
    config_file = folder / CONFIG
    config = json.loads(config_file.read_text("utf-8")) if config_file.is_file() else {}
    server = PortalServer((host, port), folder, config, verbose)
    thread = threading.Thread(target=server.serve_forever, args=(0.1,), name=f"portal-{host}",
                              daemon=True)
    thread.start()
    bound_host, bound_port = server.server_address[:2]
    handle = ServerHandle(f"http://{bound_host}:{bound_port}/", server, thread)
    for address, sub in config.get("hosts", {}).items():
        other_host, other_port = address.rsplit(":", 1)
        handle.others.append(serve(folder / sub, other_host, int(other_port), verbose=verbose))
    return handle


def main(argv: list[str]) -> None:
    if len(argv) != 3:
        sys.exit("usage: python -m crawler.portal_server FOLDER HOST PORT")
    handle = serve(Path(argv[0]), argv[1], int(argv[2]), verbose=True)
    print(f"serving {argv[0]} on {handle.url}", flush=True)
    try:
        handle.thread.join()
    except KeyboardInterrupt:
        handle.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
