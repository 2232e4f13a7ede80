# Two commands on a fresh machine with Python 3.11:
#   make map    set up .venv and build out/map.html from seeds/
#   make test   set up .venv (and Chromium for the browser tests) and run every test
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup map test browser qgis bench clean

TEST_STAMP := $(VENV)/.installed-test

# The map needs only the runtime; the tests add their extras (pytest, playwright, Jupyter).
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(STAMP)

$(TEST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(TEST_STAMP)

setup: $(STAMP)

map: setup
	$(BIN)/geo build --articles seeds --out out

# Debian's Chromium drives the browser tests of map.html (no browser download at run time).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# Debian's QGIS (PyQGIS for the system python3) opens, checks and renders a build in tests/test_qgis.py.
qgis:
	@/usr/bin/python3 -c "import qgis.core" >/dev/null 2>&1 || { \
	  echo "installing Debian's python3-qgis for the QGIS tests (once; about 1 GB)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-qgis qgis-providers >/dev/null; }

test: $(TEST_STAMP) browser qgis
	$(BIN)/python -m pytest

# bench_scale needs geotext (benchmark-only) and Debian's chromium (skipped if missing);
# --quick = 10 and 100 articles, --no-write keeps bench/RESULTS.md as the full run left it.
bench: setup
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_adversarial.py
	$(BIN)/python -m pip install --quiet -e ".[bench]"
	$(BIN)/python bench/bench_scale.py --quick --no-write

clean:
	rm -rf out .pytest_cache
