# newswatch: `make install`, `make test`, `make demo`. Everything goes into .venv.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install test demo bench clean

install: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps -e .
	touch $(STAMP)

test: $(STAMP)
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

clean:
	rm -rf $(VENV) data/demo.db* tests/artifacts .pytest_cache
