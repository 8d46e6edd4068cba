# newswatch: `make install`, `make test`, `make demo`. Everything goes into .venv.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# pywb pins redis 2.x (breaks scrapy-redis): its own virtualenv, for the archive tests.
PYWB_VENV := .venv-pywb
PYWB_STAMP := $(PYWB_VENV)/.installed

.PHONY: install test demo bench clean

install: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps -e .
	touch $(STAMP)

$(PYWB_STAMP): requirements-pywb.txt
	test -x $(PYWB_VENV)/bin/python || $(PYTHON) -m venv $(PYWB_VENV)
	$(PYWB_VENV)/bin/python -m pip install --quiet -r requirements-pywb.txt
	touch $(PYWB_STAMP)

$(PYWB_VENV): $(PYWB_STAMP)

test: $(STAMP) $(PYWB_STAMP)
	$(PY) -m pytest -q $(PYTEST_ARGS)

demo: $(STAMP)
	$(PY) -m newswatch.demo

bench: $(STAMP)
	$(PY) benchmarks/extract.py
	$(PY) benchmarks/quotes.py
	$(PY) benchmarks/ner.py
	$(PY) benchmarks/speed.py
	$(PY) benchmarks/classifier.py
	$(PY) benchmarks/crawl_scale.py
	$(PY) benchmarks/datasette_scale.py
	$(PY) benchmarks/archive_import.py

clean:
	rm -rf $(VENV) $(PYWB_VENV) data/demo.db* tests/artifacts .pytest_cache
