# Tawthiq: `make demo` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: install postgres chromium demo test eval bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## postgres: the storage tests start a throwaway PostgreSQL server; install its binaries when missing (Debian)
postgres:
	@if command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then :; else \
	  echo "installing PostgreSQL (the storage tests run against a real server)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq postgresql >/dev/null; \
	fi

## chromium: the dashboard tests run in a real headless Chromium; install Debian's when missing
chromium:
	@if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then :; else \
	  echo "installing Chromium (the dashboard tests run in a real browser)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; \
	fi

## demo: install, read one sample report, ingest the sample batches into the embedded database, show it, serve it
demo: install
	@COLUMNS=$${COLUMNS:-140} $(BIN)/tawthiq extract samples/termanin-cluster.txt --published 2023-10-07
	@# reports.jsonl holds two broken lines on purpose: they are kept as failed inputs (exit 1) and the batch goes on.
	@COLUMNS=$${COLUMNS:-140} $(BIN)/tawthiq ingest samples/outlets.jsonl samples/reports.jsonl; test $$? -le 1
	@COLUMNS=$${COLUMNS:-140} $(BIN)/tawthiq incidents --since 2023-10-01
	@COLUMNS=$${COLUMNS:-140} $(BIN)/tawthiq incident show "$$($(BIN)/tawthiq incidents --status corroborated --json \
	  | $(BIN)/python -c 'import json,sys; print(max((json.loads(l) for l in sys.stdin), key=lambda i: len(i["reports"]))["id"])')"
	@# Social-media exports (written for the tests: a Telegram channel, twarc2 pages, tweets.js, CSV) join the same record.
	@COLUMNS=$${COLUMNS:-140} $(BIN)/tawthiq ingest tests/ingest/fixtures/social --text-column post --date-column posted \
	  --author-column account 2>/dev/null; test $$? -le 1
	@COLUMNS=$${COLUMNS:-140} $(BIN)/tawthiq posts --hashtag "الأسد_يقصف_ادلب" --limit 6
	@mkdir -p samples/out
	@$(BIN)/tawthiq export --format acled-csv -o samples/out/incidents.csv
	@$(BIN)/tawthiq export --format geojson -o samples/out/incidents.geojson
	@echo "record: $$($(BIN)/python -c 'from tawthiq.store import database_url; print(database_url())'); exports in samples/out/"
	@# A reviewer account for the dashboard, made once with a random password shown once.
	@if ! $(BIN)/tawthiq user list | grep -q '^demo@localhost'; then \
	  pw=$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(12))'); \
	  TAWTHIQ_NEW_PASSWORD=$$pw $(BIN)/tawthiq user add demo@localhost --role reviewer >/dev/null && \
	  echo "dashboard login: demo@localhost / $$pw (shown once; tawthiq user add makes more accounts)"; \
	else echo "dashboard login: demo@localhost (its password was shown by the first make demo)"; fi
	@# Last, the dashboard on the same record (NO_SERVE=1 make demo skips it).
	@if [ -z "$(NO_SERVE)" ]; then echo "dashboard: http://127.0.0.1:8000 (Ctrl-C to stop)"; $(BIN)/tawthiq serve; fi

## test: install, then run the test suite
test: install postgres chromium
	$(BIN)/python -m pytest -q

## eval: accuracy on the shared dev set and on our own reports (eval/README.md); fails when a field drops below
## eval/floors.toml or eval/own-floors.toml
eval: install
	$(BIN)/tawthiq eval $(SHARED)/eval/dev.jsonl --floors eval/floors.toml
	$(BIN)/tawthiq eval eval/own.jsonl --floors eval/own-floors.toml

## bench: extraction throughput, and ingest rate into SQLite (extraction excluded), with peak memory
bench: install
	$(BIN)/python bench/bench_extract.py
	@echo
	$(BIN)/python bench/bench_ingest.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info samples/out.jsonl samples/out
