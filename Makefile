# Frontline: `make run` sets everything up and starts the app; `make test` sets up and runs every test.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test test-fast lint check bundle bundle-test clean translations bench bench-bundle fuzz

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/simulator

lint: $(STAMP)
	$(BIN)/ruff check simulator tests benchmarks tools
	$(BIN)/ruff format --check simulator tests benchmarks tools
	$(BIN)/python tools/mypy_baseline.py
	$(BIN)/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The quick loop while working: no slow or PostgreSQL tests (make test runs everything),
# one worker per CPU (pytest-xdist; each worker has its own temp and data folders). With
# bytecode caching on: each worker's collection rewrites every test module's asserts
# otherwise (some 6 s a worker where PYTHONDONTWRITEBYTECODE is set).
test-fast: $(STAMP)
	env -u PYTHONDONTWRITEBYTECODE QT_QPA_PLATFORM=offscreen \
		$(BIN)/python -m pytest -q -n auto -m "not slow and not postgres"

translations: $(STAMP)
	$(BIN)/python -m tools.i18n_build

# At least 10,000 mutated command-line inputs, run in a worker process (restarted after a
# segfault or hang); prints the counts of crash reports, segfaults, hangs over 10 s and
# memory blow-ups (all must be 0) and exits 1 otherwise. FUZZ_CASES, FUZZ_SEED to vary.
FUZZ_CASES ?= 10000
fuzz: $(STAMP)
	$(BIN)/python -m tests.harden.fuzzing --cases $(FUZZ_CASES) --log fuzz-failures.jsonl

bench: $(STAMP)
	for b in benchmarks/*.py; do [ $$b = benchmarks/bundle_size.py ] || $(BIN)/python $$b || exit 1; done

# Two PyInstaller builds (a bare PySide6 bundle and Frontline's): a few minutes of CPU.
bench-bundle: $(VENV)/.build-installed
	nice -n 10 $(BIN)/python benchmarks/bundle_size.py

$(VENV)/.build-installed: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,build]'
	touch $@

bundle: $(VENV)/.build-installed
	$(BIN)/pyinstaller --noconfirm --clean build.spec

bundle-test: bundle
	QT_QPA_PLATFORM=offscreen dist/frontline/frontline --selftest

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
