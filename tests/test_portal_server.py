"""The demo portal server, and the demo manifest's agreement with the site files it describes."""

from __future__ import annotations

import json
import re
import tomllib
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest
from lxml import etree

from crawler.portal_server import DATAPROXY, ServerHandle, serve
from parsers.classify import REASONS

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "seeds" / "demo"
TANGYIN = DEMO / "sites" / "tangyin"
MANIFEST = tomllib.loads((DEMO / "manifest.toml").read_text("utf-8"))
REGION = tomllib.loads((ROOT / "seeds" / "regions" / "demo.toml").read_text("utf-8"))
FOLDERS = {urlsplit(p["url"]).netloc: ROOT / p["serve"] for p in REGION["portals"]}
PDF_PATH = next(urlsplit(r["url"]).path for r in MANIFEST["reports"] if r["via"] == "pdf")


@pytest.fixture(scope="module")
def tangyin() -> Iterator[ServerHandle]:
    handle = serve(TANGYIN, "127.0.0.1", 0)
    yield handle
    handle.stop()


def fetch(url: str, data: bytes | None = None, headers: dict | None = None):
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except HTTPError as error:
        return error.code, error.headers, error.read()


def config(folder: Path) -> dict:
    return json.loads((folder / "_portal.json").read_text("utf-8"))


def proxy_records(xml: bytes) -> tuple[int, list[str]]:
    root = etree.fromstring(xml)  # lxml: the stdlib parser cannot read GBK
    return int(root.findtext("totalrecord")), [r.text.strip() for r in root.iter("record")]


# --- the server ---------------------------------------------------------------------------------


def test_static_gbk_page_is_served_byte_for_byte_without_charset(tangyin):
    status, headers, body = fetch(tangyin.url + "col/col5231/index.html")
    assert status == 200
    assert body == (TANGYIN / "col/col5231/index.html").read_bytes()
    assert headers["Content-Type"] == "text/html"
    assert b'content="text/html; charset=gbk"' in body
    assert "政府信息公开年报".encode("gbk") in body
    assert headers["Last-Modified"] and headers["ETag"]


def test_front_page_is_served_for_the_site_root(tangyin):
    status, _, body = fetch(tangyin.url)
    assert status == 200 and body == (TANGYIN / "index.html").read_bytes()


def test_utf8_site_names_its_charset():
    handle = serve(DEMO / "sites" / "panshi", "127.0.0.1", 0)
    try:
        status, headers, _ = fetch(handle.url)
        _, pdf_headers, pdf = fetch(handle.url + PDF_PATH.lstrip("/"))
    finally:
        handle.stop()
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert pdf_headers["Content-Type"] == "application/pdf" and pdf.startswith(b"%PDF")


def test_revalidation_answers_304(tangyin):
    _, headers, _ = fetch(tangyin.url + "index.html")
    status, _, body = fetch(tangyin.url + "index.html", headers={"If-None-Match": headers["ETag"]})
    assert status == 304 and body == b""
    since = {"If-Modified-Since": headers["Last-Modified"]}
    assert fetch(tangyin.url + "index.html", headers=since)[0] == 304


def test_missing_hidden_and_escaping_paths_are_404(tangyin):
    assert fetch(tangyin.url + "col/col9999/index.html")[0] == 404
    assert fetch(tangyin.url + "_portal.json")[0] == 404
    assert fetch(tangyin.url + "%2e%2e/%2e%2e/manifest.toml")[0] == 404
    assert fetch(tangyin.url + "index.html", data=b"x=1")[0] == 404


def test_robots_txt_allows_everything_but_an_admin_path():
    for folder in FOLDERS.values():
        lines = (folder / "robots.txt").read_text("utf-8").splitlines()
        assert lines[0] == "User-agent: *"
        disallowed = [x.split(":", 1)[1].strip() for x in lines if x.startswith("Disallow")]
        assert disallowed and "/" not in disallowed
        assert not any(DATAPROXY.startswith(d) for d in disallowed)


@pytest.mark.parametrize(("start", "end"), [(1, 45), (16, 30), (46, 90)])
def test_dataproxy_returns_the_exact_slice(tangyin, start, end):
    records = config(TANGYIN)["dataproxy"]["5231"]
    form = b"col=1&appid=1&webid=12&path=/&columnid=5231&sourceContentType=1&unitid=18642"
    url = f"{tangyin.url}{DATAPROXY.lstrip('/')}?startrecord={start}&endrecord={end}&perpage=15"
    status, headers, body = fetch(url, data=form)
    assert status == 200 and headers["Content-Type"] == "text/xml"
    assert body.startswith(b'<?xml version="1.0" encoding="gbk"?>')
    total, got = proxy_records(body)
    assert total == len(records) > 45
    assert got == records[start - 1:end]


def test_dataproxy_unknown_column_is_empty(tangyin):
    url = f"{tangyin.url}{DATAPROXY.lstrip('/')}?startrecord=1&endrecord=45&perpage=15"
    assert proxy_records(fetch(url, data=b"columnid=1")[2]) == (0, [])


# --- the manifest against the files ---------------------------------------------------------


def local(url: str) -> Path:
    parts = urlsplit(url)
    target = FOLDERS[parts.netloc] / parts.path.lstrip("/")
    return target / "index.html" if parts.path.endswith("/") else target


def read_page(url: str) -> str:
    folder = FOLDERS[urlsplit(url).netloc]
    return local(url).read_bytes().decode(config(folder)["charset"])


def proxy_slice(url: str) -> list[str]:
    parts = urlsplit(url)
    query = {k: int(v[0]) for k, v in parse_qs(parts.query).items()}
    records = config(FOLDERS[parts.netloc])["dataproxy"]["5231"]
    return records[query["startrecord"] - 1:query["endrecord"]]


def linked_items(list_url: str) -> set[str]:
    """Absolute URLs of the items of a list page (item links carry a title attribute)."""
    if urlsplit(list_url).path == DATAPROXY:
        html = "\n".join(proxy_slice(list_url))
    else:
        html = read_page(list_url)
    return {urljoin(list_url, href) for href in re.findall(r'<a href="([^"]+)"[^>]* title=', html)}


def test_every_manifest_url_exists():
    for entry in MANIFEST["reports"] + MANIFEST["traps"] + MANIFEST["others"]:
        assert local(entry["url"]).is_file(), entry["url"]
        if "page" in entry:
            assert local(entry["page"]).is_file(), entry["page"]
    for entry in MANIFEST["lists"]:
        if urlsplit(entry["url"]).path == DATAPROXY:
            assert proxy_slice(entry["url"]), entry["url"]
        else:
            assert local(entry["url"]).is_file(), entry["url"]


def test_report_and_trap_counts():
    reports, traps = MANIFEST["reports"], MANIFEST["traps"]
    assert 25 <= len(reports) <= 80
    assert {r["portal"] for r in reports} == {p["serve"].rsplit("/", 1)[1] for p in REGION["portals"]}
    assert len({(r["agency_short"], r["year"]) for r in reports}) == len(reports)
    assert sorted(r["seed"] for r in reports if "seed" in r) == ["000", "001", "002", "003", "004"]
    assert {r["via"] for r in reports} == {"page", "pdf", "docx"}
    assert all(2016 <= r["year"] <= 2023 and str(r["year"]) in r["title"] for r in reports)
    assert {"pre2019", "2019", "2021"} == {r["format"] for r in reports}
    assert all(t["outcome"] == "not_report" and t["reason"] in REASONS for t in traps)
    assert {"notice", "guide", "letter", "news", "summary", "image-only"} <= {
        t["reason"] for t in traps}


def test_attachments_are_real_files():
    for r in MANIFEST["reports"]:
        if r["via"] == "page":
            assert "page" not in r
            continue
        data = local(r["url"]).read_bytes()
        assert r["url"].endswith("." + r["via"])
        assert urlsplit(r["url"]).path.rsplit("/", 1)[1] in read_page(r["page"])
        if r["via"] == "pdf":
            assert data.startswith(b"%PDF")
        else:
            assert "word/document.xml" in zipfile.ZipFile(local(r["url"])).namelist()


def test_image_only_trap_shows_a_real_png():
    (trap,) = [t for t in MANIFEST["traps"] if t["reason"] == "image-only"]
    (src,) = re.findall(r'<img src="([^"]+)"', read_page(trap["url"]))
    assert local(urljoin(trap["url"], src)).read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


def test_list_pages_hold_exactly_the_reports_and_traps():
    items = set().union(*(linked_items(x["url"]) for x in MANIFEST["lists"]))
    pages = {r.get("page", r["url"]) for r in MANIFEST["reports"]}
    traps = {t["url"] for t in MANIFEST["traps"]}
    others = {o["url"] for o in MANIFEST["others"]}
    assert pages | traps <= items
    assert items <= pages | traps | others


def test_hanweb_column_embeds_its_first_records():
    page = (TANGYIN / "col/col5231/index.html").read_bytes().decode("gbk")
    records = config(TANGYIN)["dataproxy"]["5231"]
    embedded = re.findall(r"<record><!\[CDATA\[\s*(.*?)\s*\]\]></record>", page, re.S)
    assert embedded == records[:15]
    assert f"totalRecord:{len(records)}" in page
    box = re.sub(r"<script.*?</script>", "", page, flags=re.S).split('list-box"')[1]
    assert "<a href" not in box.split('class="footer"')[0]  # records only inside <script>


def test_annual_columns_are_reachable_from_the_front_page():
    """Two ordinary links from each front page lead to the first page of its 年报 column."""
    first_lists = {}
    for entry in MANIFEST["lists"]:
        first_lists.setdefault(entry["portal"], entry["url"])
    for portal in REGION["portals"]:
        front = portal["url"]
        seen, frontier = {front}, [front]
        for _ in range(2):
            found = []
            for url in frontier:
                for href in re.findall(r'<a href="([^"]+)"', read_page(url)):
                    target = urljoin(url, href)
                    if urlsplit(target).netloc == urlsplit(front).netloc and target not in seen:
                        seen.add(target)
                        if local(target).is_file():
                            found.append(target)
            frontier = found
        key = portal["serve"].rsplit("/", 1)[1]
        assert first_lists[key] in seen, key


def test_every_page_carries_site_chrome():
    for folder in FOLDERS.values():
        charset = config(folder)["charset"]
        for path in folder.rglob("*"):
            if path.suffix in (".html", ".htm", ".shtml", ".jhtml"):
                text = path.read_bytes().decode(charset)
                assert "网站标识码" in text and "ICP备" in text and "公网安备" in text, path
                assert f"charset={charset}" in text or f'charset="{charset}"' in text, path
