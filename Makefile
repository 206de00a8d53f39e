# The commands people type. `make run` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
BASE := $(VENV)/.installed-base
FULL := $(VENV)/.installed-full
CHROMIUM := /usr/bin/chromium
SOFFICE := /usr/bin/soffice
LOCALC := /usr/bin/localc
OCRLIBS := /usr/share/doc/libgl1/copyright
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run ask ingest serve test test-fast e2e eval eval-realdev bench-smoke lint clean ocr-libs

$(BASE): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e .
	touch $@

# Debian's Chromium (and CJK fonts) for the browser tests; Playwright never downloads a browser
$(CHROMIUM):
	$(SUDO) apt-get update -q
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-noto-cjk

# LibreOffice (and CJK fonts): reads .doc/.wps reports; makes the PDF and .doc files the document tests ingest
$(SOFFICE):
	$(SUDO) apt-get update -q
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends libreoffice-writer fonts-noto-cjk

# LibreOffice Calc: saves the test forms as .xlsx (formulas computed) and .xls
$(LOCALC):
	$(SUDO) apt-get update -q
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends libreoffice-calc

# the system libraries OpenCV (in the OCR engine's wheel) loads: OCR of scanned PDF pages
$(OCRLIBS):
	$(SUDO) apt-get update -q
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends libgl1 libglib2.0-0 fonts-noto-cjk

## ocr-libs: the system libraries OCR of scanned PDFs needs (Debian: libgl1, libglib2.0-0)
ocr-libs: $(OCRLIBS)

# torch first, from this machine's CPU build, so sentence-transformers does not pull a CUDA one
$(FULL): $(BASE)
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e ".[dev,st,test-models,llm,bench]"
	touch $@

## run: ask questions in the terminal (Q="…" for one question); builds the index from corpus/ when needed
run: $(BASE)
	$(BIN)/govqa ask $(if $(Q),"$(Q)",)

## serve: the web chat on http://127.0.0.1:7860 (HOST=… PORT=… to change; another host needs GOVQA_AUTH)
serve: $(BASE)
	$(BIN)/govqa serve $(if $(HOST),--host $(HOST),) $(if $(PORT),--port $(PORT),)

## ingest: (re)index corpus/ incrementally
ingest: $(BASE)
	$(BIN)/govqa ingest

## test: the import contracts, every test (the slow integration ones included), then the evaluation gate
test: $(FULL) $(CHROMIUM) $(SOFFICE) $(LOCALC) $(OCRLIBS)
	$(BIN)/lint-imports --no-cache --no-logo
	$(BIN)/python -m pytest
	$(MAKE) --no-print-directory eval
	$(MAKE) --no-print-directory eval-realdev
	$(MAKE) --no-print-directory bench-smoke

## eval: score corpus/questions.jsonl in all retrieval modes; fails below corpus/thresholds.json
eval: $(BASE)
	$(BIN)/govqa --data-dir .govqa/eval eval --mode all --out eval-out --thresholds corpus/thresholds.json

## eval-realdev: score real reports from other provinces (../shared/realdev, when present; REALDEV=… to point
## elsewhere) in hybrid mode; fails below corpus/realdev-thresholds.json
REALDEV ?= ../shared/realdev
eval-realdev: $(BASE)
	@if [ -f "$(REALDEV)/questions.jsonl" ]; then \
	  rm -rf .govqa/realdev && \
	  $(BIN)/govqa --data-dir .govqa/realdev ingest --quiet "$(REALDEV)/reports" && \
	  $(BIN)/govqa --data-dir .govqa/realdev eval --questions "$(REALDEV)/questions.jsonl" --out eval-realdev \
	    --thresholds corpus/realdev-thresholds.json; \
	else echo "eval-realdev: $(REALDEV)/questions.jsonl is absent: skipped"; fi

## bench-smoke: a small benchmark that must complete with answer + citation accuracy >= 95%
bench-smoke: $(FULL)
	$(BIN)/govqa bench --reports 10 --out bench-out
	$(BIN)/python -c "import json,sys; r=json.load(open('bench-out/results.json'))['10']['serve']; \
	sys.exit(0 if r['answer_and_citation'] >= 0.95 else 'bench accuracy below 95%')"

## test-fast: unit tests only (seconds); `make test` also runs the slow kinds (integration, st, e2e, load)
test-fast: $(FULL)
	$(BIN)/python -m pytest -m "not integration and not st and not e2e and not load"

## e2e: the web chat in headless Chromium (starts govqa serve; screenshots in e2e-out/)
e2e: $(FULL) $(CHROMIUM)
	$(BIN)/python -m pytest -m e2e

## lint: ruff, mypy and the import contracts of pyproject.toml (lint-imports)
lint: $(FULL)
	$(BIN)/ruff check app ingest tests
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache --no-logo

clean:
	rm -rf .govqa .pytest_cache .ruff_cache .mypy_cache
