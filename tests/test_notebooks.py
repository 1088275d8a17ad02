"""Every notebook runs alone, top to bottom, headless in a fresh kernel (papermill), and
writes the tables and figures it promises; the notebooks in git carry no outputs and are
what notebooks/build.py generates."""
from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import nbformat
import papermill as pm
import pytest

from khabar import figures
from khabar.cli import notebooks
from khabar.pipeline import extract_corpus, write_tables

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
NOTEBOOKS = notebooks(ROOT / "notebooks")

#: Every notebook writes (or finds) the whole table set of its corpus.
ALL_TABLES = ["documents", "boilerplate", "tokens", "terms", "scripts", "mentions",
              "organisations", "funding", "dates", "quotes", "problems"]
#: The notebook of each topic; the report notebook has every chart.
TOPICAL = ["01_tokenise", "02_organisations", "03_funding", "04_quotes"]
#: What each notebook must write under out_dir (figures in all three formats): the charts
#: the registry (figures.CHARTS) puts in it, and every table.
PROMISED = {nb: ([c.name for c in figures.CHARTS.values() if c.notebook == nb], ALL_TABLES)
            for nb in TOPICAL}
PROMISED["05_report"] = (list(figures.CHARTS), ALL_TABLES)


def test_every_chart_belongs_to_a_topical_notebook():
    assert figures.CHARTS and all(c.notebook in TOPICAL for c in figures.CHARTS.values())


def test_the_five_notebooks_exist_in_order():
    assert [p.stem for p in NOTEBOOKS] == sorted(PROMISED)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_in_git_has_no_outputs_and_a_parameters_cell(path):
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(not c.outputs and c.execution_count is None for c in code)
    params = [c for c in code if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1 and "seeds_dir" in params[0].source and "out_dir" in params[0].source
    # The defaults come from the one parameters file, not from each notebook.
    assert 'notebook_parameters("params.json")' in params[0].source
    assert '"../seeds"' not in params[0].source


def test_parameters_file_holds_the_defaults(tmp_path):
    from khabar.report import DEFAULT_PARAMETERS, notebook_parameters

    shipped = json.loads((ROOT / "notebooks" / "params.json").read_text(encoding="utf-8"))
    assert shipped == DEFAULT_PARAMETERS
    assert notebook_parameters(tmp_path / "absent.json") == DEFAULT_PARAMETERS
    bad = tmp_path / "params.json"
    for text, message in (("[1]", "JSON object"), ('{"seed_dir": "x"}', "unknown parameter"),
                          ('{"language": "fr"}', "language"), ("{", "not valid JSON")):
        bad.write_text(text, encoding="utf-8")
        with pytest.raises(ValueError, match=message):
            notebook_parameters(bad)
    bad.write_text('{"seeds_dir": "~/articles", "out_dir": "~/khabar-out"}', encoding="utf-8")
    params = notebook_parameters(bad)          # ~ is the home folder, as in a shell
    assert params["seeds_dir"] == os.path.expanduser("~/articles") != "~/articles"
    assert params["out_dir"] == os.path.expanduser("~/khabar-out")


def test_a_seeds_dir_that_does_not_exist_is_one_short_error_naming_params_json(tmp_path):
    # The notebooks' setup cell, run as a kernel runs it, on a mistyped seeds_dir.
    setup = next(c.source for c in nbformat.read(ROOT / "notebooks" / "02_organisations.ipynb",
                                                 as_version=4).cells
                 if "load_tables" in c.source)
    scope = {"seeds_dir": str(tmp_path / "my articels"), "out_dir": str(tmp_path / "out"),
             "language": "ar"}
    with pytest.raises(FileNotFoundError, match="does not exist: set it in params.json"):
        exec(compile(setup.replace("from IPython.display import HTML, display", ""),
                     "setup", "exec"), scope)
    assert not (tmp_path / "out").exists()       # nothing written for a wrong corpus


def test_notebooks_are_what_build_py_generates(tmp_path):
    # Loaded by path: a module named "build" may also be installed (PyPI "build").
    spec = importlib.util.spec_from_file_location("khabar_notebook_build",
                                                  ROOT / "notebooks" / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    for p in build.build(tmp_path):
        assert p.read_bytes() == (ROOT / "notebooks" / p.name).read_bytes(), (
            f"{p.name} differs from notebooks/build.py: run python notebooks/build.py")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """The tables as ``khabar extract`` writes them, to compare with the notebooks'."""
    out = tmp_path_factory.mktemp("extract")
    write_tables(extract_corpus(SEEDS), out)
    return out


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_alone_and_writes_its_outputs(path, tmp_path, extracted):
    out = tmp_path / "out"
    executed = tmp_path / path.name
    pm.execute_notebook(str(path), str(executed), cwd=str(path.parent), progress_bar=False,
                        kernel_name="python3",
                        parameters={"seeds_dir": str(SEEDS), "out_dir": str(out)})
    nb = json.loads(executed.read_text(encoding="utf-8"))
    errors = [o for c in nb["cells"] for o in c.get("outputs", []) if o["output_type"] == "error"]
    assert not errors
    figs, data = PROMISED[path.stem]
    for name in figs:
        for fmt in figures.FORMATS:
            f = out / "figures" / f"{name}.{fmt}"
            assert f.is_file() and f.stat().st_size > 1000, f
    for name in data:
        written = (out / "data" / f"{name}.csv").read_bytes()
        assert written.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
        # The notebooks and `khabar extract` share one pipeline: same bytes.
        assert written == (extracted / f"{name}.csv").read_bytes(), name
    assert (out / "data" / "manifest.json").is_file()
    # Tables are shown for people: no pandas index or offsets, each cell in its direction.
    html_out = "".join("".join(o.get("data", {}).get("text/html", "")) for c in nb["cells"]
                       for o in c.get("outputs", []))
    assert "dataframe" not in html_out and '<td dir="auto"' in html_out
    # Figures are shown in the notebook (embedded PNG with alt text), not only saved.
    shown = [h for c in nb["cells"] for o in c.get("outputs", [])
             for h in ["".join(o.get("data", {}).get("text/html", ""))]
             if h.startswith('<img src="data:image/png;base64,')]
    assert len(shown) == len(figs) and all('alt="' in h for h in shown)


@pytest.mark.parametrize("name", ["02_organisations", "05_report"])
def test_notebook_runs_on_an_article_with_nothing_to_extract(name, tmp_path):
    # Empty tables must give figures that say so, not a failed notebook.
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "short.txt").write_text("هذا نص قصير.\n", encoding="utf-8")
    out = tmp_path / "out"
    path = ROOT / "notebooks" / f"{name}.ipynb"
    pm.execute_notebook(str(path), str(tmp_path / path.name), cwd=str(path.parent),
                        progress_bar=False, kernel_name="python3",
                        parameters={"seeds_dir": str(seeds), "out_dir": str(out)})
    for fig in PROMISED[name][0]:
        assert (out / "figures" / f"{fig}.png").is_file()
    for table in {"mentions", "funding", "quotes"} & set(PROMISED[name][1]):
        lines = (out / "data" / f"{table}.csv").read_text(encoding="utf-8-sig").splitlines()
        assert len(lines) == 1, f"{table}: expected only the header on this text"


def test_one_edit_of_params_json_moves_a_notebook_to_another_corpus(tmp_path):
    # A notebook run with no papermill parameters reads notebooks/params.json; run alone on
    # a second corpus into the same out_dir, it replaces the whole table set: no mix.
    folder = tmp_path / "notebooks"
    folder.mkdir()
    nb = folder / "03_funding.ipynb"
    nb.write_bytes((ROOT / "notebooks" / nb.name).read_bytes())
    other = tmp_path / "other"
    other.mkdir()
    (other / "note.txt").write_text("قالت الوزارة إن المشروع كلّف 3 ملايين دولار.\n",
                                    encoding="utf-8")
    out = tmp_path / "out"
    for corpus in (SEEDS, other):
        (folder / "params.json").write_text(json.dumps(
            {"seeds_dir": str(corpus), "out_dir": str(out), "language": "en"}), encoding="utf-8")
        pm.execute_notebook(str(nb), str(tmp_path / "run.ipynb"), cwd=str(folder),
                            progress_bar=False, kernel_name="python3")
    import pandas as pd

    docs = pd.read_csv(out / "data" / "documents.csv", encoding="utf-8-sig")
    assert list(docs["doc_id"]) == ["note"]
    for table in ALL_TABLES:
        frame = pd.read_csv(out / "data" / f"{table}.csv", encoding="utf-8-sig")
        if "doc_id" in frame:
            assert set(frame["doc_id"]) <= {"note"}, table
    svg = (out / "figures" / "funding_by_subject.svg").read_text(encoding="utf-8")
    assert "Funding figures by currency" in svg          # language "en" from params.json


def test_setup_cell_names_a_khabar_folder_that_hides_the_package(tmp_path):
    # Run from a folder holding a clone called khabar/, the notebooks imported that folder
    # as a namespace package and failed deep inside ("cannot import name '__version__'
    # from 'khabar' (unknown location)"); the setup cell now says what happened.
    import subprocess
    import sys

    spec = importlib.util.spec_from_file_location("khabar_notebook_build",
                                                  ROOT / "notebooks" / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    guard = build.SETUP.split("from khabar import figures")[0]
    (tmp_path / "khabar").mkdir()
    run = subprocess.run([sys.executable, "-c", guard], cwd=tmp_path, capture_output=True,
                         text=True, env={**os.environ, "PYTHONPATH": ""})
    assert run.returncode == 1 and "not the package" in run.stderr
    assert "--cwd notebooks" in run.stderr
    fine = subprocess.run([sys.executable, "-c", guard], cwd=ROOT / "notebooks",
                          capture_output=True, text=True)
    assert fine.returncode == 0, fine.stderr
