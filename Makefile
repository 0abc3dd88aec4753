# The two commands of the README: `make demo` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test fuzz bench clean

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	@mkdir -p out
	$(BIN)/flashpoint extract examples --format jsonl --out out/demo.jsonl --summary
	@echo "records written to out/demo.jsonl"

test: setup
	$(BIN)/python -m pytest

# The long fuzzing run: thousands of inputs per property instead of make test's sample of 25.
fuzz: setup
	FLASHPOINT_FUZZ_EXAMPLES=$${FLASHPOINT_FUZZ_EXAMPLES:-3000} $(BIN)/python -m pytest tests/test_fuzz.py -q

bench: setup
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) out build test-output
