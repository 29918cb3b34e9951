"""A page of a nianbao database as a researcher sees it: `make serve` on a free port, then
headless Chromium saves a screenshot (PNG) and the DOM it rendered (same name, .html).

    python scripts/screenshot.py DB PNG [PAGE]      # what `make screenshot` runs

PAGE is a Datasette path, by default the coverage matrix of 禄丰市. Needs Debian's `chromium`
and a Chinese font (`make browser-deps`).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = "/nianbao/coverage_matrix?county=禄丰市"
CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--hide-scrollbars", "--window-size=1400,1000"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def answers(url: str, server: subprocess.Popen, timeout: float) -> bool:
    """Wait until `url` answers; False if the server exits or `timeout` seconds pass first."""
    deadline = time.monotonic() + timeout
    while server.poll() is None and time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5):
                return True
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    return False


@contextmanager
def serving(db: Path, timeout: float = 60) -> Iterator[str]:
    """`make serve db=DB` on a free loopback port; yields its base URL, stops it on exit."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen(
            ["make", "--no-print-directory", "serve", f"db={db.resolve()}", f"port={port}"],
            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        try:
            if not answers(f"{base}/-/versions.json", server, timeout):
                log.seek(0)
                raise RuntimeError(f"make serve did not start:\n{log.read().decode()}")
            yield base
        finally:
            with suppress(ProcessLookupError):  # gone already if it failed to start
                os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)


def chromium(*arguments: str) -> str:
    """Run headless Chromium with a throw-away profile; return what it printed on stdout."""
    with tempfile.TemporaryDirectory(prefix="nianbao-chromium-") as profile:
        result = subprocess.run([*CHROMIUM, f"--user-data-dir={profile}", *arguments],
                                capture_output=True, text=True, timeout=180, check=True)
    return result.stdout


def screenshot(db: Path, png: Path, page: str = PAGE) -> Path:
    """Save the page as `png` and its rendered DOM as `png` with suffix .html; return the latter."""
    png = png.resolve()
    png.parent.mkdir(parents=True, exist_ok=True)
    dom = png.with_suffix(".html")
    with serving(db) as base:
        url = base + urllib.parse.quote(page, safe="/?=&")
        chromium(f"--screenshot={png}", url)
        dom.write_text(chromium("--dump-dom", url), encoding="utf-8")
    return dom


def main(argv: list[str]) -> None:
    if len(argv) not in (2, 3):
        sys.exit(__doc__)
    png = Path(argv[1])
    dom = screenshot(Path(argv[0]), png, *argv[2:])
    print(f"{png}\n{dom}")


if __name__ == "__main__":
    main(sys.argv[1:])
