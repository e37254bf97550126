# The project's entry points. Every target installs what it needs into .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: install generate check-generated lint typecheck pytest test demo bench mutation clean

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(INSTALLED)

install: $(INSTALLED)

## spec/ + templates/ -> generated/lansenger_api (deterministic)
generate: $(INSTALLED)
	$(BIN)/python -m codegen

## fail if generated/ is not what the spec and templates produce
check-generated: $(INSTALLED)
	$(BIN)/python -m codegen --check

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## mypy --strict over the overlay, the generated package as it ships, and codegen/runtime (pyproject [tool.mypy])
typecheck: $(INSTALLED)
	$(BIN)/mypy

## pytest's test_codegen.py runs `codegen --check` under two hash seeds, so check-generated is not run a third time.
## Bytecode caching stays on even where PYTHONDONTWRITEBYTECODE is set: without it each xdist worker and each test
## subprocess compiles the SDK and rewrites the tests' asserts from source again (seconds of CPU apiece).
## mypy runs beside pytest (each keeps its own output): single-threaded, it would otherwise leave a core idle.
test: lint
	$(MAKE) --no-print-directory -j2 --output-sync=target typecheck pytest

pytest: $(INSTALLED)
	PYTHONDONTWRITEBYTECODE= $(BIN)/pytest -n auto --dist loadgroup

## start the local sandbox gateway and run the demo bot (examples/demo_bot.py), then examples/quickstart.py
demo: $(INSTALLED)
	$(BIN)/python -m lansenger.testing.sandbox --run $(BIN)/python examples/demo_bot.py
	$(BIN)/python -m lansenger.testing.sandbox --run $(BIN)/python examples/quickstart.py

bench: $(INSTALLED)
	$(BIN)/python bench/run.py

## mutation-test the callback, auth, retry and store modules (not part of `make test`; about 20 min): bench/mutation.md
## one module or group: make mutation MUTATE="retry _file_store"
mutation: $(INSTALLED)
	$(BIN)/python -m tools.mutation $(MUTATE)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache mutants
