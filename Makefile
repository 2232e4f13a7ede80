# Two commands on a fresh machine with Python 3.11:
#   make map    set up .venv and build out/map.html from seeds/
#   make test   set up .venv (and Chromium for the browser tests) and run every test
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup map test browser bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

setup: $(STAMP)

map: setup
	$(BIN)/geo build --seeds seeds --out out

# Debian's Chromium drives the browser tests of map.html (no browser download at run time).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

test: setup browser
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python bench/bench_extract.py

clean:
	rm -rf out .pytest_cache
