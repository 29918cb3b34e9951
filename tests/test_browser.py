"""The coverage matrix seen in a real browser (issue 5 §8): `make screenshot` serves the demo
database and headless Chromium renders the canned query, Chinese in a real font.

Needs Debian's chromium and fonts-noto-cjk (`make browser-deps`, which CI runs before the
tests): skipped without them, except under CI, where their absence is a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image  # a dependency of pdfplumber

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Shot:
    png: Path
    dom: str


def chinese_fonts() -> list[str]:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return []
    listed = subprocess.run([fc_list, ":lang=zh", "family"], capture_output=True, text=True,
                            check=True, timeout=60)
    return listed.stdout.splitlines()


@pytest.fixture(scope="module")
def shot(demo_crawl, tmp_path_factory: pytest.TempPathFactory) -> Shot:
    if shutil.which("chromium") is None or not chinese_fonts():
        message = "chromium or a Chinese font is missing: run `make browser-deps`"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    png = tmp_path_factory.mktemp("browser") / "coverage.png"
    result = subprocess.run(
        ["make", "--no-print-directory", "screenshot", f"db={demo_crawl.path}", f"png={png}"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    return Shot(png, png.with_suffix(".html").read_text(encoding="utf-8"))


def test_the_browser_rendered_the_coverage_matrix_of_lufeng(shot: Shot, manifest: dict) -> None:
    assert "Coverage matrix" in shot.dom
    agencies = {r["agency_short"] for r in manifest["reports"] if r["portal"] == "lufeng"}
    assert agencies == {"禄丰市人民政府", "妥安乡", "金山镇", "黑井镇"}
    assert all(f">{agency}</td>" in shot.dom for agency in agencies)
    assert "2016✓ 2017✓ 2018✓ 2019· 2020· 2021· 2022✓" in shot.dom
    assert "汤阴县" not in shot.dom  # only the county asked for


def test_the_screenshot_is_a_page_not_a_blank(shot: Shot) -> None:
    with Image.open(shot.png) as image:
        assert image.size == (1400, 1000)
        colours = image.convert("RGB").getcolors(maxcolors=1 << 16)
    assert colours is None or len(colours) > 100  # text antialiased over several backgrounds


def test_chinese_has_a_font() -> None:
    """Without one Chromium draws every hanzi as an empty box; Noto CJK covers Simplified and
    Traditional alike."""
    if shutil.which("chromium") is None and not os.environ.get("CI"):
        pytest.skip("no browser here: `make browser-deps` installs it with the font")
    assert any("CJK" in family for family in chinese_fonts())
