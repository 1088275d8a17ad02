"""khabar.notebook_runs: notebooks share a kernel per process and still run as if alone."""
from __future__ import annotations

import json

import nbformat
import pytest

from khabar.notebook_runs import NotebookRun, execute_notebooks


def _notebook(path, *cells: str) -> str:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("seeds_dir = ''\nout_dir = ''")]
    nb.cells[0].metadata["tags"] = ["parameters"]
    nb.cells += [nbformat.v4.new_code_cell(c) for c in cells]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nbformat.write(nb, path)
    return str(path)


def _run(tmp_path, name: str) -> NotebookRun:
    return NotebookRun(str(tmp_path / f"{name}.ipynb"), str(tmp_path / "out" / f"{name}.ipynb"),
                       str(tmp_path), str(tmp_path))


def _outputs(path) -> list[str]:
    nb = json.loads(open(path, encoding="utf-8").read())
    return ["".join(o.get("text", "")) for c in nb["cells"] for o in c.get("outputs", [])]


@pytest.mark.parametrize("jobs", [1, 2])
def test_each_notebook_runs_as_if_alone_in_a_shared_kernel(tmp_path, jobs):
    (tmp_path / "out").mkdir()
    # Each records the kernel's pid and whether a variable of an earlier notebook is seen.
    for name in ("a", "b", "c"):
        _notebook(tmp_path / f"{name}.ipynb",
                  "import os\nprint('pid', os.getpid(), 'left' in globals(), os.getcwd())",
                  "left = 1")
    _notebook(tmp_path / "last.ipynb",
              "import os, pathlib\nprint('pid', os.getpid(), 'left' in globals(), "
              "sorted(p.name for p in pathlib.Path('out').glob('*.ipynb')))")
    runs = [_run(tmp_path, n) for n in ("a", "b", "c")]
    assert execute_notebooks(runs, "python3", jobs, then=_run(tmp_path, "last")) is None
    seen = {n: _outputs(tmp_path / "out" / f"{n}.ipynb")[0].split() for n in "abc"}
    last = _outputs(tmp_path / "out" / "last.ipynb")[0]
    # No notebook sees another's variables, and each ran in the notebooks' folder.
    assert all(words[2] == "False" and words[3] == str(tmp_path) for words in seen.values())
    assert "False" in last
    # The last one ran after all the others (their executed copies were there).
    assert "'a.ipynb', 'b.ipynb', 'c.ipynb'" in last
    # Kernels were reused: four notebooks, at most `jobs` kernel processes.
    pids = {words[1] for words in seen.values()} | {last.split()[1]}
    assert len(pids) <= jobs
    # The executed copies number their cells from 1, as a notebook run alone does.
    for n in ("a", "b", "c", "last"):
        nb = json.loads((tmp_path / "out" / f"{n}.ipynb").read_text(encoding="utf-8"))
        counts = [c["execution_count"] for c in nb["cells"] if c["cell_type"] == "code"]
        assert counts == list(range(1, len(counts) + 1))


def test_a_failure_is_reported_and_the_last_notebook_not_run(tmp_path):
    (tmp_path / "out").mkdir()
    _notebook(tmp_path / "a.ipynb", "raise ValueError('no such column')")
    _notebook(tmp_path / "b.ipynb", "x = 1")
    _notebook(tmp_path / "last.ipynb", "print('ran')")
    failure = execute_notebooks([_run(tmp_path, "a"), _run(tmp_path, "b")], "python3", 2,
                                then=_run(tmp_path, "last"))
    assert failure.startswith("khabar: a.ipynb failed in cell ")
    assert "ValueError: no such column" in failure
    assert not (tmp_path / "out" / "last.ipynb").exists()


def test_an_unknown_kernel_is_named(tmp_path):
    (tmp_path / "out").mkdir()
    _notebook(tmp_path / "a.ipynb", "x = 1")
    failure = execute_notebooks([_run(tmp_path, "a")], "no-such-kernel", 1)
    assert failure == ("khabar: a.ipynb: the Jupyter kernel 'no-such-kernel' did not start "
                       "(no such kernel); check `jupyter kernelspec list`")


def test_the_executed_copy_is_written_when_the_notebook_starts_and_ends(tmp_path, monkeypatch):
    # papermill writes the whole notebook before and after every cell; khabar's engine
    # writes it at the start, every SAVE_EVERY seconds and at the end, to the same file.
    import papermill.engines
    import papermill.iorw

    writes = []

    def write(nb, path):
        writes.append(path)
        papermill.iorw.write_ipynb(nb, path)

    monkeypatch.setattr(papermill.engines, "write_ipynb", write)
    (tmp_path / "out").mkdir()
    _notebook(tmp_path / "a.ipynb", *[f"print({i})" for i in range(12)])
    assert execute_notebooks([_run(tmp_path, "a")], "python3", 1) is None
    assert len(writes) <= 3          # start, end (papermill's engine: 2 + 2 per cell = 28)
    assert _outputs(tmp_path / "out" / "a.ipynb") == [f"{i}\n" for i in range(12)]


def test_a_failed_notebook_leaves_its_executed_copy_as_far_as_it_ran(tmp_path):
    (tmp_path / "out").mkdir()
    _notebook(tmp_path / "a.ipynb", "print('before')", "raise ValueError('no such column')",
              "print('after')")
    assert "ValueError: no such column" in execute_notebooks([_run(tmp_path, "a")],
                                                             "python3", 1)
    nb = json.loads((tmp_path / "out" / "a.ipynb").read_text(encoding="utf-8"))
    outputs = {"".join(c["source"]): c.get("outputs", []) for c in nb["cells"]}
    assert "".join(outputs["print('before')"][0]["text"]) == "before\n"
    assert outputs["raise ValueError('no such column')"][0]["ename"] == "ValueError"
    assert outputs["print('after')"] == []


def test_kernels_started_beforehand_have_the_notebooks_imports_and_nothing_else(tmp_path):
    # khabar run starts its kernels while it extracts: each imports what the notebooks
    # import, then runs its first notebook as if alone (namespace empty, cells from 1).
    from khabar.notebook_runs import Kernels, warm_code

    (tmp_path / "out").mkdir()
    _notebook(tmp_path / "a.ipynb", "import json\nimport colorsys as c\nleft = 1")
    _notebook(tmp_path / "b.ipynb", "import sys\nprint('colorsys' in sys.modules, "
                                    "'left' in globals(), 'c' in globals())")
    warm = warm_code([tmp_path / "a.ipynb"])
    kernels = Kernels("python3", 1, str(tmp_path), warm)
    try:
        assert kernels.execute([_run(tmp_path, "b")]) is None
    finally:
        kernels.close()
    assert _outputs(tmp_path / "out" / "b.ipynb") == ["True False False\n"]
    nb = json.loads((tmp_path / "out" / "b.ipynb").read_text(encoding="utf-8"))
    counts = [c["execution_count"] for c in nb["cells"] if c["cell_type"] == "code"]
    assert counts == list(range(1, len(counts) + 1))


def test_warm_code_imports_every_module_the_notebooks_import(tmp_path):
    from khabar.notebook_runs import warm_code

    _notebook(tmp_path / "a.ipynb", "import json, os.path\nfrom email import parser",
              "%matplotlib inline", "from . import nothing")
    namespace: dict = {}
    exec(warm_code([tmp_path / "a.ipynb"]), namespace)
    assert [n for n in namespace if not n.startswith("__")] == []
    import sys
    assert {"json", "os.path", "email", "email.parser"} <= set(sys.modules)
    assert "'email.parser'" in warm_code([tmp_path / "a.ipynb"])


def test_kernels_closed_while_starting_skip_their_imports(tmp_path):
    # A khabar run that fails before its notebooks (no article could be read) closes
    # its kernels at once: one still starting does not run the notebooks' imports.
    import time

    from khabar.notebook_runs import Kernels

    started = time.monotonic()
    Kernels("python3", 1, str(tmp_path), "import time\ntime.sleep(60)").close()
    assert time.monotonic() - started < 45
