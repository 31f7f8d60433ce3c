# Quick start: `make demo` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed

OUT    ?= out
DEMO_ARGS = --payer medicare-psychotherapy --state pa-55-5200 --as-of 2026-02-01

.PHONY: venv demo reports screenshots test bench clean

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
	@echo
	@$(MAKE) --no-print-directory screenshots || \
	  echo "Screenshots need Debian's chromium (apt-get install chromium); then run: make screenshots"

# HTML reports of a failing and a passing plan, and a Word plan returned with a comment per finding, in $(OUT)/.
reports: $(STAMP)
	@mkdir -p $(OUT)
	@$(BIN)/authcheck check examples/psychotherapy-flawed.yaml $(DEMO_ARGS) --format html -o $(OUT)/report-failing.html || test $$? -eq 1
	@$(BIN)/authcheck check examples/psychotherapy-clean.yaml $(DEMO_ARGS) --format html -o $(OUT)/report-passing.html
	@$(BIN)/authcheck check tests/readers/docx/fixtures/l1_psychotherapy_flawed_codes.docx --payer medicare-psychotherapy \
	  --as-of 2026-02-01 --format docx -o $(OUT)/plan.reviewed.docx || test $$? -eq 1
	@echo "wrote $(OUT)/report-failing.html, $(OUT)/report-passing.html and $(OUT)/plan.reviewed.docx (open it in Word)"

# PNGs of the HTML reports (full page, and the top at 200% zoom), taken with the local headless chromium.
screenshots: reports
	$(BIN)/python -m authcheck.reports.screenshots $(OUT) $(OUT)/report-failing.html $(OUT)/report-passing.html

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build dist .pytest_cache
