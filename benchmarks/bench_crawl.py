"""Crawl and write rates: the demo region over loopback with delays off, and report upserts.

    python benchmarks/bench_crawl.py

Prints pages/s of a whole crawl of the demo (Scrapy's own elapsed time, so start-up is
excluded), the crawl process's peak memory, and report upserts/s into a fresh database
(new reports, then the same reports again, which a nightly re-crawl mostly is).
"""

from __future__ import annotations

import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import storage
from parsers import parse_document

ROOT = Path(__file__).resolve().parent.parent
UPSERTS = 300


def crawl_rate(folder: Path) -> tuple[int, float, float]:
    """(pages, seconds, peak MiB) of one crawl of the demo region into `folder`."""
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "reports", "-a", "region=demo",
         "-s", f"NIANBAO_DB={folder / 'nianbao.db'}", "-s", f"NIANBAO_ARCHIVE={folder / 'a'}"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    pages = int(re.search(r"'response_received_count': (\d+)", result.stderr).group(1))
    seconds = float(re.search(r"'elapsed_time_seconds': ([\d.]+)", result.stderr).group(1))
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return pages, seconds, peak_mib


def upsert_rate(folder: Path) -> tuple[float, float]:
    """(new, unchanged) report upserts per second, for a seed report with its tables."""
    text = (ROOT / "tests/fixtures/seeds/001_92ab445f77af6a12.txt").read_bytes()
    base = parse_document(text, context={"link_title": "吉昌镇2023年政府信息公开工作年度报告"})
    db = storage.open_db(folder / "upserts.db")
    reports = [base.to_dict() | {"agency_short": f"第{n}镇", "url": f"http://x.gov.cn/{n}.html"}
               for n in range(UPSERTS)]
    rates = []
    for _ in range(2):
        started = time.perf_counter()
        for report in reports:
            storage.upsert_report(db, report, run_id=None)
        rates.append(UPSERTS / (time.perf_counter() - started))
    return rates[0], rates[1]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pages, seconds, peak = crawl_rate(folder)
        print(f"crawl  demo region: {pages} pages in {seconds:.1f} s = {pages / seconds:.1f} "
              f"pages/s (loopback, delays off); peak memory {peak:.0f} MiB")
        new, unchanged = upsert_rate(folder)
        print(f"store  report upserts: {new:.0f}/s new, {unchanged:.0f}/s unchanged "
              f"({UPSERTS} reports with their cells and checks)")


if __name__ == "__main__":
    main()
