"""Serve a mock portal folder over real HTTP, so the demo crawl goes through the network stack.

Static files are served like a plain web server would (Content-Type, Last-Modified, ETag,
304 on revalidation, 404). The one endpoint static files cannot imitate is Hanweb's paging
proxy, POST /module/web/jpage/dataproxy.jsp: it answers with the <datastore> XML slice
[startrecord, endrecord] of a column's records, read from the folder's `_portal.json`:

    {"charset": "gbk",             # how text files are encoded (default utf-8)
     "charset_in_header": false,   # false: Content-Type names no charset, only the <meta> does
     "dataproxy": {"5231": ["<li>…</li>", …]}}   # records per columnid, newest first

Files whose name starts with "_" are never served.

    python -m crawler.portal_server FOLDER HOST PORT
"""

from __future__ import annotations

import json
import sys
import threading
from dataclasses import dataclass
from email.utils import formatdate, parsedate_to_datetime
from functools import partial
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlencode, urlsplit

CONFIG = "_portal.json"
DATAPROXY = "/module/web/jpage/dataproxy.jsp"
TEXT_TYPES = {".html": "text/html", ".htm": "text/html", ".shtml": "text/html",
              ".jhtml": "text/html", ".css": "text/css", ".js": "application/javascript",
              ".txt": "text/plain", ".xml": "text/xml", ".json": "application/json"}
BINARY_TYPES = {".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg",
                ".gif": "image/gif", ".doc": "application/msword",
                ".xls": "application/vnd.ms-excel",
                ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


@dataclass
class ServerHandle:
    url: str
    server: ThreadingHTTPServer
    thread: threading.Thread

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


class PortalHandler(BaseHTTPRequestHandler):
    server_version = "nianbao-demo-portal/1.0"

    def __init__(self, *args, folder: Path, config: dict, **kwargs) -> None:
        self.folder = folder
        self.config = config
        super().__init__(*args, **kwargs)

    def log_message(self, format: str, *args) -> None:
        if self.server.verbose:
            super().log_message(format, *args)

    def content_type(self, suffix: str) -> str:
        if suffix in TEXT_TYPES:
            charset = self.config.get("charset", "utf-8")
            if self.config.get("charset_in_header", True):
                return f"{TEXT_TYPES[suffix]}; charset={charset}"
            return TEXT_TYPES[suffix]
        return BINARY_TYPES.get(suffix, "application/octet-stream")

    def resolve(self, path: str) -> Path | None:
        target = (self.folder / unquote(path).lstrip("/")).resolve()
        if not target.is_relative_to(self.folder):
            return None
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file() or target.name.startswith("_"):
            return None
        return target

    def do_GET(self) -> None:
        self.send_file(head=False)

    def do_HEAD(self) -> None:
        self.send_file(head=True)

    def send_file(self, *, head: bool) -> None:
        target = self.resolve(urlsplit(self.path).path)
        if target is None:
            self.send_text(HTTPStatus.NOT_FOUND, "<html><body><h1>404 Not Found</h1></body></html>",
                           head=head)
            return
        stat = target.stat()
        etag = f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"'
        if self.not_modified(etag, stat.st_mtime):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", self.content_type(target.suffix.lower()))
        self.send_header("Content-Length", str(stat.st_size))
        self.send_header("Last-Modified", formatdate(stat.st_mtime, usegmt=True))
        self.send_header("ETag", etag)
        self.end_headers()
        if not head:
            self.wfile.write(target.read_bytes())

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
        if url.path != DATAPROXY or "dataproxy" not in self.config:
            self.send_text(HTTPStatus.NOT_FOUND, "<html><body><h1>404 Not Found</h1></body></html>")
            return
        length = int(self.headers.get("Content-Length") or 0)
        charset = self.config.get("charset", "utf-8")
        form = parse_qs(self.rfile.read(length).decode("ascii", "replace"), encoding=charset)
        query = parse_qs(url.query)
        fields = {k: v[-1] for k, v in (form | query).items()}
        xml = datastore(self.config["dataproxy"].get(fields.get("columnid", ""), []), fields)
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", self.content_type(".xml"))
        body = f'<?xml version="1.0" encoding="{charset}"?>\n{xml}'.encode(charset)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def send_text(self, status: HTTPStatus, text: str, *, head: bool = False) -> None:
        body = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head:
            self.wfile.write(body)


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


def serve(folder: Path, host: str = "127.0.0.1", port: int = 0, *,
          verbose: bool = False) -> ServerHandle:
    """Serve `folder` on http://host:port/ from a daemon thread (port 0: any free port)."""
    folder = Path(folder).resolve()
    config_file = folder / CONFIG
    config = json.loads(config_file.read_text("utf-8")) if config_file.is_file() else {}
    server = ThreadingHTTPServer((host, port), partial(PortalHandler, folder=folder,
                                                       config=config))
    server.daemon_threads = True
    server.verbose = verbose
    thread = threading.Thread(target=server.serve_forever, args=(0.1,), name=f"portal-{host}",
                              daemon=True)
    thread.start()
    bound_host, bound_port = server.server_address[:2]
    return ServerHandle(f"http://{bound_host}:{bound_port}/", server, thread)


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
