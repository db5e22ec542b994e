# aizu-extract: `make setup` then `make test`; `make extract` runs the pipeline on samples/.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
IN     ?= samples
OUT    ?= out
WORKERS ?= 1

.PHONY: setup lock test stress extract report bench f1 lint schemas samples clean

# Installs from requirements.lock (pinned versions); `make lock` regenerates it.
# The editable package's bytecode is compiled once here: a shell that sets
# PYTHONDONTWRITEBYTECODE would otherwise compile every module in every process
# of every run (0.2-0.3 s each).
setup:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[dev]'
	$(BIN)/python -m compileall -q src

lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet --upgrade pip
	.lock-venv/bin/python -m pip install --quiet -e '.[dev]'
	{ sed -n '/^#/p' requirements.lock; .lock-venv/bin/python -m pip freeze --exclude-editable; } > requirements.lock.new
	mv requirements.lock.new requirements.lock
	rm -rf .lock-venv

test:
	$(BIN)/python -m pytest -q

# Mutated samples (truncation, byte flips, xref damage, bombs), fixed seed: no crash,
# no hang, one row per input, memory under the ceiling. `make test` runs a small version.
stress:
	AIZU_STRESS_MUTANTS=500 $(BIN)/python -m pytest -q tests/test_stress.py

extract:
	$(BIN)/aizu-extract extract $(IN) --out $(OUT) --workers $(WORKERS)

report:
	$(BIN)/aizu-extract report $(OUT)

bench:
	$(BIN)/python benchmarks/bench_extract.py $(IN)

f1:
	$(BIN)/python benchmarks/score_f1.py

lint:
	$(BIN)/ruff check src tests benchmarks samples

schemas:
	$(BIN)/python -m aizu_extract.schemas_export schemas

# Regenerates the committed sample PDFs; needs LibreOffice and fonts-ipaexfont
# (apt-get install libreoffice-calc libreoffice-writer fonts-ipaexfont).
samples:
	$(BIN)/python -m pip install --quiet -e '.[samples]'
	$(BIN)/python samples/make_samples.py samples
	$(BIN)/python -m samples.gen.heldout

clean:
	rm -rf $(OUT) .pytest_cache .ruff_cache
