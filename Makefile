# Two commands: `make demo` and `make test`. Each sets up .venv from nothing when needed.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB ?= demo.db

.PHONY: demo test setup system-deps clean bench

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "storyline needs Python 3.11, found " + sys.version' 
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check 'pip==25.3'
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

# DEMO_SERVE=0 stops after printing the timeline instead of serving the web UI.
DEMO_SERVE ?= 1
DEMO_PORT ?= 8000

demo: $(STAMP)
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm $(DEMO_DB).link-lock $(DEMO_DB:.db=.rejects.tsv)
	$(BIN)/storyline ingest examples/corpus --db $(DEMO_DB)
	$(BIN)/storyline articles --db $(DEMO_DB)
	$(BIN)/storyline stories --db $(DEMO_DB)
	$(BIN)/storyline timeline --top --db $(DEMO_DB)
	@if [ "$(DEMO_SERVE)" != "0" ]; then $(BIN)/storyline serve --db $(DEMO_DB) --port $(DEMO_PORT) --no-browser; fi

# PostgreSQL and Chromium come from Debian's packages, installed by the project's scripts when run
# as root. Without root they say why and the tests that need them skip (or fail, under CI=true).
system-deps:
	@sh scripts/install-postgres.sh || echo "note: PostgreSQL not installed; its tests will skip (fail under CI=true)"
	@sh scripts/install-test-deps.sh || echo "note: Chromium not installed; browser tests will skip (fail under CI=true)"

test: $(STAMP) system-deps
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

bench: $(STAMP)
	$(BIN)/python benchmarks/ingest_speed.py
	$(BIN)/python benchmarks/ingest_memory.py

clean:
	rm -rf $(VENV) build dist *.egg-info $(DEMO_DB)*
