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

.PHONY: install crawl test serve lint regions clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

## make crawl [region=demo] [url=COLUMN_URL] [db=data/nianbao.db]: crawl into the database
crawl: $(STAMP)
	$(BIN)/scrapy crawl reports $(if $(url),-a url='$(url)',-a region='$(region)') \
		-s NIANBAO_DB='$(db)' -s NIANBAO_ARCHIVE='$(archive)'

## make test: the whole test suite (crawls the demo region on loopback)
test: $(STAMP)
	$(BIN)/pytest -q

## make serve [db=...] [port=8001]: browse the database in Datasette
serve: $(STAMP)
	$(BIN)/datasette serve '$(db)' --metadata storage/metadata.yml --port $(port)

## make lint: ruff over the code
lint: $(STAMP)
	$(BIN)/ruff check .

## make regions: every region file and whether its portal is known
regions: $(STAMP)
	$(BIN)/python -m crawler.regions list

clean:
	rm -rf data .pytest_cache
