# Quick start: `make demo` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed

.PHONY: venv demo test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	@echo "== A clean plan (exit code 0 expected) =="
	$(BIN)/authcheck check examples/psychotherapy-clean.yaml --payer medicare-psychotherapy --as-of 2026-02-01; \
	  echo "exit code: $$?"
	@echo
	@echo "== A flawed plan (exit code 1 expected) =="
	-$(BIN)/authcheck check examples/psychotherapy-flawed.yaml --payer medicare-psychotherapy --state pa-55-5200 --as-of 2026-02-01; \
	  echo "exit code: $$?"

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build dist .pytest_cache
