# Tawthiq: `make demo` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: install demo test eval bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## demo: install, then read the bundled sample reports into incidents
demo: install
	@for f in samples/*.txt; do \
	  day=$$(grep "^$$(basename $$f) " samples/published.tsv | cut -d' ' -f2); \
	  COLUMNS=$${COLUMNS:-140} $(BIN)/tawthiq extract "$$f" --published "$$day" || exit $$?; \
	done
	@# reports.jsonl holds two broken lines on purpose: the batch reports them (exit 1) and goes on.
	@$(BIN)/tawthiq extract --jsonl samples/reports.jsonl > samples/out.jsonl; test $$? -le 1
	@echo "batch: $$(grep -c '"incidents"' samples/out.jsonl) reports read, $$(grep -c '"error"' samples/out.jsonl) refused with a reason, in samples/out.jsonl"
	@# The gazetteer finds a town from its Arabic or any Latin spelling.
	@COLUMNS=$${COLUMNS:-140} $(BIN)/tawthiq gazetteer search "Atareb" --limit 3

## test: install, then run the test suite
test: install
	$(BIN)/python -m pytest -q

## eval: accuracy on the shared dev set; fails when a field drops below eval/floors.toml
eval: install
	$(BIN)/tawthiq eval $(SHARED)/eval/dev.jsonl --floors eval/floors.toml

## bench: extraction throughput and peak memory on generated reports
bench: install
	$(BIN)/python bench/bench_extract.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info samples/out.jsonl
