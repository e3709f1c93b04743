# The two commands of the README: `make demo` and `make test`. Both set up .venv on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
READY  := $(VENV)/.ready

.PHONY: demo test bench install clean

$(READY): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(READY)

install: $(READY)

demo: $(READY)
	$(BIN)/kg --store kgdata demo --out exports

test: $(READY)
	$(BIN)/python -m pytest -q

bench: $(READY)
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) kgdata exports/kg.* .pytest_cache
