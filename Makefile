# Jimo Explorer: `make run` starts the app, `make test` runs every test headless,
# `make package` builds the double-click program for this OS into dist/ and smoke-tests it.
# All create .venv and install the project into it first (once, and again when
# pyproject.toml changes).

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PACKAGE_STAMP := $(VENV)/.installed-package
SPEC := packaging/jimo-explorer.spec
PYINSTALLER := $(BIN)/python -m PyInstaller --noconfirm --clean --log-level WARN
LINTED := src tests bench packaging setup.py
WORKFLOW := .github/workflows/build.yml
# What the smoke test runs: the .app on macOS, the folder bundle elsewhere.
BUNDLE := $(if $(filter Darwin,$(shell uname -s)),"dist/Jimo Explorer.app",dist/jimo-explorer)

.PHONY: run test lint db bench icons notices ts translations package package-onefile package-archive clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip "setuptools>=70.1"
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test,package]"
	touch $(PACKAGE_STAMP)

run: $(STAMP)
	$(BIN)/python -m jimo_desktop

test: $(STAMP)
	$(BIN)/python -m ruff check $(LINTED)
	$(BIN)/lint-imports
	$(BIN)/python -m mypy
	$(BIN)/actionlint $(WORKFLOW)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/python -m ruff check $(LINTED)
	$(BIN)/python -m ruff format --check $(LINTED)
	$(BIN)/lint-imports
	$(BIN)/python -m mypy
	$(BIN)/actionlint $(WORKFLOW)

db: $(STAMP)
	$(BIN)/python -m jimo_desktop.build

# The benchmark suite at each of SCALES (1×: data/jimo.db; 10×, 100×, 1000×: synthetic copies
# made once in the temporary folder), printed as one table (see bench/README.md).
SCALES ?= 1 10 100
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/suite.py --scales "$(SCALES)" $(if $(RUNS),--runs $(RUNS))

# The icon's PNG, ICO and ICNS files from resources/jimo-explorer.svg (outputs are committed).
icons: $(STAMP)
	$(BIN)/python packaging/make_icons.py

# THIRD-PARTY-NOTICES from the installed distributions' metadata and licence files (output
# committed; the bundle gets a fresh copy from the build's environment).
notices: $(STAMP)
	$(BIN)/python packaging/third_party_notices.py

# The Chinese .ts brought up to date with the strings of the code (new ones come unfinished,
# to be translated with Qt Linguist or by hand; the glossary is docs/glossary-zh.md).
ts: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find src -name '*.py' | sort) -no-obsolete -locations none \
		-ts resources/translations/jimo_explorer_zh_CN.ts

# The interface's .qm translation files from their .ts sources (outputs are committed).
translations: $(STAMP)
	for ts in resources/translations/*.ts; do $(BIN)/pyside6-lrelease "$$ts" -qm "$${ts%.ts}.qm"; done

# Folder bundle dist/jimo-explorer/ (macOS: also dist/Jimo Explorer.app), then its smoke test:
# the frozen --self-test, also from a read-only copy that must stay unchanged.
package: $(PACKAGE_STAMP)
	$(PYINSTALLER) --distpath dist --workpath build/pyinstaller $(SPEC)
	$(BIN)/python packaging/smoke_test.py $(BUNDLE)

# One self-unpacking program dist/onefile/jimo-explorer: slower to start (see packaging/README.md).
package-onefile: $(PACKAGE_STAMP)
	JIMO_ONEFILE=1 $(PYINSTALLER) --distpath dist/onefile --workpath build/pyinstaller-onefile $(SPEC)
	$(BIN)/python packaging/smoke_test.py --onefile dist/onefile/jimo-explorer

# dist/jimo-explorer-<version>-<os>-<machine>.tar.gz of the folder bundle (Linux), a .zip of
# the .app (macOS); packaging/archive.py, as the workflow runs it.
package-archive: package
	$(BIN)/python packaging/archive.py $(BUNDLE)

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .hypothesis
