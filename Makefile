# nianbao — the commands of README.md. Everything runs in .venv, made on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

region ?= demo
url ?=
db ?= data/nianbao.db
archive ?= data/archive
port ?= 8001

.PHONY: install crawl reparse test bench serve lint regions clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

## make crawl [region=demo] [url=COLUMN_URL] [db=data/nianbao.db] [settings='NAME=value ...']:
## crawl into the database; `settings` are Scrapy settings (DOWNLOAD_TIMEOUT=10 ...)
crawl: $(STAMP)
	$(BIN)/scrapy crawl reports $(if $(url),-a url='$(url)',-a region='$(region)') \
		-s NIANBAO_DB='$(db)' -s NIANBAO_ARCHIVE='$(archive)' $(foreach s,$(settings),-s '$(s)')

## make reparse [db=...] [archive=...]: rebuild reports, cells and checks from the archive
reparse: $(STAMP)
	$(BIN)/python -m crawler.reparse --db '$(db)' --archive '$(archive)'

## make test: the whole test suite (crawls the demo region on loopback)
test: $(STAMP)
	$(BIN)/pytest -q

## make bench: parse throughput against trafilatura and readability, crawl and write rates
bench: $(STAMP)
	$(BIN)/pip install -q -e '.[dev,bench]'
	$(BIN)/python benchmarks/bench_parsers.py
	$(BIN)/python benchmarks/bench_crawl.py

## make serve [db=...] [port=8001] [live=1]: browse the database in Datasette. Opened immutable
## (fast, read-only) unless live=1, a crawl holds its lock (crawler/lock.py) or a killed crawl left
## a WAL to replay; then live, still read-only, seeing what crawls write.
serve: $(STAMP)
	@test -f '$(db)' || { echo "no database at $(db): run make crawl first" >&2; exit 1; }
	@if [ -n '$(live)' ] || { [ -e '$(db).lock' ] && ! flock -n '$(db).lock' true; } \
		|| [ -s '$(db)-wal' ]; \
	then mode=; echo "serving $(db) live, read-only"; \
	else mode=-i; echo "serving $(db) immutable"; fi; \
	exec $(BIN)/datasette serve $$mode '$(db)' --metadata storage/metadata.yml --port $(port)

## make lint: ruff over the code
lint: $(STAMP)
	$(BIN)/ruff check .

## make regions: every region file and whether its portal is known
regions: $(STAMP)
	$(BIN)/python -m crawler.regions list

clean:
	rm -rf data .pytest_cache

# --- Datasette in a real browser -----------------------------------------------------------
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
png ?= data/coverage.png
page ?= /nianbao/coverage_matrix?county=禄丰市

.PHONY: browser-deps screenshot

## make browser-deps: Debian's chromium and a Chinese font (fonts-noto-cjk), if missing
browser-deps:
	@command -v chromium >/dev/null && fc-list :lang=zh | grep -q . || { \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk; }

## make screenshot [db=...] [png=data/coverage.png] [page=PATH]: a Datasette page (the coverage
## matrix of 禄丰市) in headless Chromium, saved as PNG, with the DOM it rendered beside it (.html)
screenshot: $(STAMP) browser-deps
	$(BIN)/python scripts/screenshot.py '$(db)' '$(png)' '$(page)'
