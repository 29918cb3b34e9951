"""Shared fixtures: the demo region crawled for real, twice, through `make crawl`."""

from __future__ import annotations

import subprocess
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlite_utils

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class DemoCrawl:
    """The database after two crawls of the demo, and a copy taken after the first."""

    db: sqlite_utils.Database
    first: sqlite_utils.Database
    path: Path
    archive: Path
    logs: list[str]


def make_crawl(db: Path, archive: Path, region: str = "demo", **variables: object) -> str:
    """Run the README's crawl command; return its log, fail the test on a non-zero exit.

    `variables` are more make variables, e.g. settings="DOWNLOAD_TIMEOUT=2" (Scrapy settings)
    or NIANBAO_DEMO_GENERATION=2 (make passes command-line variables on to the crawl's
    environment).
    """
    result = subprocess.run(
        ["make", "--no-print-directory", "crawl", f"region={region}", f"db={db}",
         f"archive={archive}", *(f"{name}={value}" for name, value in variables.items())],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-5000:]
    return result.stderr


@pytest.fixture(scope="session")
def manifest() -> dict:
    """Every report and trap planted in the demo portals."""
    return tomllib.loads((ROOT / "seeds/demo/manifest.toml").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def demo_crawl(tmp_path_factory: pytest.TempPathFactory) -> DemoCrawl:
    folder = tmp_path_factory.mktemp("demo")
    db_path, archive = folder / "nianbao.db", folder / "archive"
    logs = [make_crawl(db_path, archive)]
    first = folder / "first.db"
    source = sqlite_utils.Database(db_path)
    source.execute(f"VACUUM INTO '{first}'")
    source.close()
    logs.append(make_crawl(db_path, archive))
    return DemoCrawl(sqlite_utils.Database(db_path), sqlite_utils.Database(first), db_path,
                     archive, logs)
