# Two entry points for a fresh machine: `make run` (the app in sandbox mode) and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint translations benchmarks package

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m desktop

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen QT_API=pyside6 $(PY) -m pytest -q

lint: $(STAMP)
	$(PY) -m mypy desktop
	$(PY) -m ruff check desktop tests benchmarks tools
	$(PY) -m ruff format --check desktop tests benchmarks tools

translations: $(STAMP)
	$(PY) tools/translations.py update

benchmarks: $(STAMP)
	for b in benchmarks/bench_*.py; do QT_QPA_PLATFORM=offscreen $(PY) $$b || exit 1; done

# The one-folder app in dist/wabadesk/ (tools/package_smoke.sh builds it and starts it).
$(VENV)/.package-installed: $(STAMP)
	$(PY) -m pip install --quiet -e ".[package]"
	touch $@

package: $(VENV)/.package-installed
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN build.spec
