# khabar: `make report` (tables, figures, report for seeds/) and `make test`.
# Each target creates .venv with python3 -m venv and installs the pinned requirements
# it needs; a stamp file per requirements file makes the install run once per change.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SEEDS  ?= seeds
OUT    ?= .
PYTEST_ARGS ?=
LAB_ARGS ?=

.PHONY: report test lab extract benchmark venv clean
.DEFAULT_GOAL := report

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Runtime: pandas, matplotlib, papermill, nbconvert, ipykernel, and khabar itself (-e .).
# The python3 kernel is registered inside the venv so papermill runs the notebooks with it.
$(VENV)/.requirements: requirements.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -r requirements.txt
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (khabar)"
	touch $@

$(VENV)/.requirements-dev: requirements-dev.txt $(VENV)/.requirements
	$(BIN)/python -m pip install -r requirements-dev.txt
	touch $@

$(VENV)/.requirements-lab: requirements-lab.txt $(VENV)/.requirements
	$(BIN)/python -m pip install -r requirements-lab.txt
	touch $@

$(VENV)/.requirements-bench: benchmarks/requirements.txt benchmarks/requirements-nodeps.txt $(VENV)/.requirements
	$(BIN)/python -m pip install -r benchmarks/requirements.txt
	$(BIN)/python -m pip install --no-deps -r benchmarks/requirements-nodeps.txt
	touch $@

venv: $(VENV)/.requirements

## report: execute the notebooks on $(SEEDS); writes $(OUT)/data, figures, reports/report.html
## (paths may hold spaces: make report SEEDS="my articles" OUT="my report")
report: $(VENV)/.requirements
	$(BIN)/khabar run "$(SEEDS)" --out "$(OUT)"

## test: unit tests and every notebook executed headless (pytest's exit status is kept
## in $(VENV)/pytest-exit so .ci/run can report it exactly)
test: $(VENV)/.requirements-dev
	@rm -f $(VENV)/pytest-exit
	$(BIN)/python -m pytest $(PYTEST_ARGS); rc=$$?; echo $$rc > $(VENV)/pytest-exit; exit $$rc

## lab: JupyterLab on notebooks/ (e.g. LAB_ARGS="--no-browser --port 8899")
lab: $(VENV)/.requirements-lab
	$(BIN)/jupyter lab notebooks/ $(LAB_ARGS)

## extract: the tables only (all cores), for corpora
extract: $(VENV)/.requirements
	$(BIN)/khabar extract "$(SEEDS)" --out "$(OUT)"

## benchmark: speed of tokenisation and extraction (see benchmarks/README.md)
benchmark: $(VENV)/.requirements-bench
	$(BIN)/python benchmarks/speed.py

clean:
	rm -rf $(VENV)
