# Jimo Explorer: `make run` starts the app, `make test` runs every test headless.
# Both create .venv and install the project into it first (once, and again when
# pyproject.toml changes).

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint db bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m jimo_desktop

test: $(STAMP)
	$(BIN)/python -m ruff check src tests bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/python -m ruff check src tests bench
	$(BIN)/python -m ruff format --check src tests bench

db: $(STAMP)
	$(BIN)/python -m jimo_desktop.build

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .hypothesis
