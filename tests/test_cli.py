"""The commands a user runs: ``khabar run`` (notebooks → report) and ``khabar extract``."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from khabar.cli import notebooks

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def khabar(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "khabar", *args], capture_output=True,
                          text=True, timeout=600)


@pytest.fixture(scope="module")
def run_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    return out, khabar("run", str(SEEDS), "--out", str(out), "--quiet")


def test_run_executes_every_notebook_and_writes_the_report(run_out):
    out, proc = run_out
    assert proc.returncode == 0, proc.stderr[-3000:]
    names = [p.name for p in notebooks(ROOT / "notebooks")]
    for i, name in enumerate(names, 1):
        assert f"[{i}/{len(names)}] {name}" in proc.stdout  # progress, in order
        assert (out / "reports" / name).is_file()
    # The last line names every product: the report files and the workbook.
    last = proc.stdout.strip().splitlines()[-1]
    assert "report.html" in last and "report.docx" in last and "khabar.xlsx" in last
    html = (out / "reports" / "report.html").read_text(encoding="utf-8")
    pngs = sorted((out / "figures").glob("*.png"))
    assert len(pngs) >= 7
    # Every figure is in the report (embedded), and the code cells are hidden.
    assert html.count("<img ") == html.count('src="data:image/png;base64') == len(pngs)
    assert "No description has been provided" not in html  # every figure has alt text
    assert "extract_corpus" not in html
    assert "Top terms" in html or "المصطلحات" in html
    assert {p.name for p in (out / "data").glob("*.csv")} >= {
        f"{n}.csv" for n in ("tokens", "mentions", "organisations", "funding", "dates", "quotes")}


def test_run_draws_each_figure_once(run_out):
    # Notebooks 01-04 stamp their PNGs with what they were drawn from; the report shows
    # those (figures.show_saved) instead of drawing them again.
    import json

    from PIL import Image

    from khabar import figures
    from khabar.pipeline import read_tables

    out, proc = run_out
    assert proc.returncode == 0, proc.stderr[-3000:]
    tables = read_tables(out / "data")
    stamp = figures.figure_stamp(tables, "ar", figures.source_line(tables["documents"], "ar"))
    assert stamp
    for name in figures.CHARTS:
        with Image.open(out / "figures" / f"{name}.png") as png:
            assert png.text[figures.saving.STAMP_KEY] == stamp, name
    report = json.loads((out / "reports" / "05_report.ipynb").read_text(encoding="utf-8"))
    shown = [c for c in report["cells"] if "figures.show_saved(" in "".join(c["source"])]
    assert len(shown) == len(figures.CHARTS)
    for cell in shown:   # each showed its saved PNG (one <img>) and drew nothing new
        html = "".join(o["data"]["text/html"] if isinstance(o["data"]["text/html"], str)
                       else "".join(o["data"]["text/html"])
                       for o in cell["outputs"] if "text/html" in o.get("data", {}))
        assert html.count("<img ") == 1


def test_run_writes_the_workbook_of_its_table_set(run_out):
    # khabar run writes data/khabar.xlsx beside the notebooks; the report notebook leaves
    # it to the run (newsroom.workbook with wait=False, tested in test_report).
    from khabar import newsroom, store

    out, proc = run_out
    assert proc.returncode == 0, proc.stderr[-3000:]
    manifest = store.read_manifest(out / "data")
    workbook = out / "data" / "khabar.xlsx"
    assert newsroom.read_workbook_stamp(workbook) == newsroom.workbook_stamp(manifest, "ar")
    # Nothing hidden is left in the table set (the workbook's lock is kept beside data/).
    assert not [p for p in (out / "data").iterdir() if p.name.startswith(".")]


def test_a_workbook_that_could_not_be_written_fails_the_run_with_its_reason(capsys):
    # The report notebook no longer writes it again, so the run must say so itself.
    from concurrent.futures import ThreadPoolExecutor

    from khabar import cli

    def fail():
        raise OSError("No space left on device")

    pool = ThreadPoolExecutor(1)
    assert cli._finish_workbook(pool.submit(fail)) is True
    assert "workbook could not be written: No space left" in capsys.readouterr().err
    pool = ThreadPoolExecutor(1)
    assert cli._finish_workbook(pool.submit(lambda: None)) is False


def test_run_on_a_missing_folder_says_so_and_fails(tmp_path):
    proc = khabar("run", str(tmp_path / "nowhere"), "--out", str(tmp_path), "--quiet")
    assert proc.returncode == 1
    assert "nowhere" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "reports" / "report.html").exists()


def test_extract_is_byte_identical_across_runs(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    for out in (a, b):
        proc = khabar("extract", str(SEEDS), "--out", str(out), "--quiet")
        assert proc.returncode == 0, proc.stderr
    files = sorted(p.name for p in (a / "data").glob("*.csv"))
    assert "tokens.csv" in files
    for name in files:
        assert (a / "data" / name).read_bytes() == (b / "data" / name).read_bytes(), name


def test_run_figures_match_extract_tables(run_out, tmp_path):
    # The notebooks and `khabar extract` call one pipeline, so their tables agree.
    out, proc = run_out
    assert proc.returncode == 0
    assert khabar("extract", str(SEEDS), "--out", str(tmp_path), "--quiet").returncode == 0
    for csv in sorted((tmp_path / "data").glob("*.csv")):
        assert (out / "data" / csv.name).read_bytes() == csv.read_bytes(), csv.name


def test_run_with_no_notebooks_is_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    proc = khabar("run", str(SEEDS), "--out", str(tmp_path / "out"), "--quiet",
                  "--notebooks", str(tmp_path / "empty"))
    assert proc.returncode == 1
    assert "no notebooks" in proc.stderr and str(tmp_path / "empty") in proc.stderr
    assert "Traceback" not in proc.stderr and not (tmp_path / "out").exists()


_KILLED_PARENT = """
import sys, time
from khabar import document_tables, pipeline
from khabar.io import Document
real = document_tables.extract_document
def slow(doc, gazetteer=None):
    time.sleep(0.5)
    return real(doc, gazetteer)
document_tables.extract_document = slow   # workers are forked: they run this too
docs = [Document(f"d{i:03d}", "قالت منظمة العفو الدولية إن 5 ملايين دولار.", "x", "utf-8")
        for i in range(200)]
print("started", flush=True)
pipeline.extract(docs, workers=2)
"""


def _children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")          # a zombie has exited


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_workers_exit_when_their_parent_is_killed():
    import os
    import signal
    import time

    proc = subprocess.Popen([sys.executable, "-c", _KILLED_PARENT], stdout=subprocess.PIPE,
                            text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout.readline().strip() == "started"
    deadline = time.monotonic() + 30
    workers: set[int] = set()
    while len(workers) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
        workers = {p for p in _children(proc.pid) if _alive(p)}
    assert len(workers) == 2, workers
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 15
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = [p for p in workers if _alive(p)]
    for p in left:                               # do not leave them behind either way
        os.kill(p, signal.SIGKILL)
    assert not left, f"workers still running after their parent was killed: {left}"


def _marked(mark: str) -> list[int]:
    """Pids of the processes whose environment holds ``mark``."""
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/environ", "rb") as fh:
                    if mark.encode() in fh.read():
                        pids.append(int(entry))
            except OSError:
                pass
    return pids


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_killed_run_leaves_no_process_behind(tmp_path):
    # SIGKILL of khabar run while the notebooks run: its notebook and workbook
    # processes and their kernels end with it (found left running, idle, by a helper).
    import signal
    import time
    import uuid

    mark = f"KHABAR_TEST_MARK={uuid.uuid4().hex}"
    env = {**os.environ, mark.split("=")[0]: mark.split("=")[1], "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "khabar", "run", str(SEEDS), "--out",
                             str(tmp_path / "out"), "--quiet"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env)
    for line in proc.stdout:
        if "[1/" in line:
            break
    time.sleep(4)                                   # kernels started, cells running
    assert len(_marked(mark)) > 2
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 30
    while _marked(mark) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert _marked(mark) == []


# A khabar run whose notebooks are a pause (the locking and the clearing of reports/
# are the real ones): argv OUT LOG NAME SECONDS.
_PAUSED_RUN = """
import signal, sys, time
from pathlib import Path
from khabar import cli, report
# Ctrl-C as at a terminal: a process started with SIGINT ignored (a background job of
# a shell script, as `make test &` makes it) would not see the test's SIGINT at all.
signal.signal(signal.SIGINT, signal.default_int_handler)
out, log, name, seconds = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
def notebooks(nbs, reports, *args, **kw):
    with open(log, "a") as fh:
        fh.write(f"{name} start {time.time()}\\n")
    nbs = [*nbs, *([kw["then"]] if kw.get("then") else [])]
    for nb in nbs:
        (reports / nb.name).write_text(name, encoding="utf-8")
    print("notebooks", *(nb.name for nb in nbs), flush=True)
    time.sleep(max(seconds, 0))
    release = Path(out).parent / f"{name}.release"
    for _ in range(1200 if seconds < 0 else 0):   # held until the test releases it
        if release.exists():
            break
        time.sleep(0.1)
    with open(log, "a") as fh:
        fh.write(f"{name} end {time.time()}\\n")
cli._run_notebooks = notebooks
def export(notebook, reports):
    (Path(reports) / "report.html").write_text(name, encoding="utf-8")
    return Path(reports) / "report.html"
report.export_report = export
sys.exit(cli.main(["run", sys.argv[5], "--out", out, "--quiet"]))
"""


def _paused_run(out: Path, log: Path, name: str, seconds: float) -> subprocess.Popen:
    # A khabar run whose notebooks take ``seconds``; a negative ``seconds``: until the
    # file NAME.release appears beside ``out`` (at most two minutes).
    return subprocess.Popen([sys.executable, "-c", _PAUSED_RUN, str(out), str(log), name,
                             str(seconds), str(SEEDS)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})


def _first_line(stream, timeout: float = 120) -> str:
    # The next line of a child's pipe, or "" if none comes within ``timeout`` seconds.
    import queue
    import threading

    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: lines.put(stream.readline()), daemon=True).start()
    try:
        return lines.get(timeout=timeout)
    except queue.Empty:
        return ""


def test_a_second_run_into_one_folder_waits_for_the_first(tmp_path):
    out, log = tmp_path / "out", tmp_path / "log"
    # The first run holds the folder until the test releases it (first.release), so
    # the second is seen waiting however slow the host is.
    first = _paused_run(out, log, "first", -1)        # once: analysis, then the report
    assert any(line.startswith("notebooks") for line in first.stdout)  # tables written
    second = _paused_run(out, log, "second", 0)
    waiting = _first_line(second.stderr)
    # Meanwhile khabar extract into the same folder refuses at once, naming the run;
    # into another folder it is not held up.
    busy = khabar("extract", str(SEEDS), "--out", str(out), "--quiet")
    elsewhere = khabar("extract", str(SEEDS), "--out", str(tmp_path / "other"), "--quiet")
    (tmp_path / "first.release").touch()
    first_err = first.communicate(timeout=300)[1]
    second_err = second.communicate(timeout=300)[1]
    assert (first.returncode, second.returncode) == (0, 0), first_err + second_err
    assert busy.returncode == 1 and busy.stderr.strip() == (
        f"khabar: another khabar run (pid {first.pid}) is writing {out}; "
        "try again when it has finished")
    assert elsewhere.returncode == 0, elsewhere.stderr
    assert waiting.rstrip("\n") == (
        f"khabar: another khabar run (pid {first.pid}) is writing {out}; waiting")
    events = [line.split() for line in log.read_text().splitlines()]
    # The second run's notebooks start only once the first run's are all done.
    assert [e[:2] for e in events] == [["first", "start"], ["first", "end"],
                                       ["second", "start"], ["second", "end"]]
    assert {p.read_text(encoding="utf-8") for p in (out / "reports").iterdir()
            if not p.name.startswith(".")} == {"second"}


def test_an_interrupted_run_leaves_no_report_of_an_earlier_run(tmp_path):
    import signal

    out, log = tmp_path / "out", tmp_path / "log"
    reports = out / "reports"
    reports.mkdir(parents=True)
    names = [nb.name for nb in notebooks(ROOT / "notebooks")]
    # An earlier run's notebooks and report, and a user's file, which stays.
    for name in [*names, "report.html", "report.pdf", "report.docx", "my notes.md"]:
        (reports / name).write_text("earlier", encoding="utf-8")
    run = _paused_run(out, log, "this", 3)
    assert any(names[-1] in line for line in run.stdout)    # the report notebook runs
    run.send_signal(signal.SIGINT)
    err = run.communicate(timeout=120)[1]
    assert run.returncode == 130, err
    left = {p.name: p.read_text(encoding="utf-8") for p in reports.iterdir()
            if not p.name.startswith(".")}
    # This run's notebooks as far as they ran, nothing of the earlier run's, and no
    # report (it was not made).
    assert left == {**{name: "this" for name in names}, "my notes.md": "earlier"}
    assert err.strip().splitlines()[-1] == (
        "khabar: interrupted; data/ holds the last complete table set; reports/ holds "
        "only this run's files, as far as it ran: " + ", ".join(sorted(names)))


def test_clearing_reports_removes_what_the_last_run_recorded_and_nothing_else(tmp_path):
    from khabar.cli import _clear_reports
    from khabar.reports_folder import REPORTS_RECORD

    reports = tmp_path / "reports"
    reports.mkdir()
    for name in ("01_a.ipynb", "02_b.ipynb", "07_old.ipynb", "report.pdf", "mine.ipynb"):
        (reports / name).write_text("earlier", encoding="utf-8")
    (tmp_path / "outside.txt").write_text("kept", encoding="utf-8")
    # The last run ran 07_old.ipynb (another notebook folder); a record naming a path
    # outside reports/ removes nothing there.
    (reports / REPORTS_RECORD).write_text("07_old.ipynb\n../outside.txt\n", encoding="utf-8")
    names = _clear_reports(reports, [Path("nb/01_a.ipynb"), Path("nb/02_b.ipynb")])
    assert names == ["01_a.ipynb", "02_b.ipynb", "report.docx", "report.html", "report.pdf"]
    assert sorted(p.name for p in reports.iterdir()) == [REPORTS_RECORD, "mine.ipynb"]
    assert (reports / REPORTS_RECORD).read_text(encoding="utf-8").split() == names
    assert (tmp_path / "outside.txt").exists()


@pytest.mark.parametrize("command", ["run", "extract"])
def test_an_output_folder_that_cannot_be_made_is_one_line(tmp_path, capsys, command):
    from khabar.cli import main

    (tmp_path / "a-file").write_text("", encoding="utf-8")
    assert main([command, str(SEEDS), "--out", str(tmp_path / "a-file" / "out"),
                 "--quiet"]) == 1
    assert capsys.readouterr().err == (
        f"khabar: cannot write to {tmp_path / 'a-file' / 'out'}: Not a directory\n")


def test_an_empty_folder_says_which_files_khabar_reads(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "photo.jpg").write_bytes(b"\xff\xd8")
    result = khabar("extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "no article files (.txt, .csv, .jsonl, .html" in result.stderr
    assert ".docx or .pdf files) in" in result.stderr


def test_a_leading_tilde_the_shell_left_is_the_home_folder(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(SEEDS.joinpath(
        "000_60485ece05eeeaab.txt").read_text(encoding="utf-8"), encoding="utf-8")
    env = {**os.environ, "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "khabar", "extract", "~/articles", "--out",
                             "~/out", "--quiet"], capture_output=True, text=True, timeout=600,
                            env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "data" / "documents.csv").is_file()
    assert not (tmp_path / "~").exists()


def test_the_report_notebook_run_alone_on_another_corpus_clears_the_earlier_report(tmp_path):
    from khabar.reports_folder import REPORTS_RECORD, REPORTS_SET, claim_reports, clear_reports

    reports = tmp_path / "reports"
    # What `khabar run` left for table set A, and a file of the user's.
    run_files = ["05_report.ipynb", "report.docx", "report.html", "report.pdf"]
    clear_reports(reports, run_files, "A")
    for name in [*run_files, "notes.docx"]:
        (reports / name).write_text("A", encoding="utf-8")
    # The notebook run again on the same corpus keeps them.
    assert claim_reports(reports, "A") == [] and (reports / "report.html").exists()
    # Run alone on corpus B: A's report goes, so B's Word file is never beside A's HTML.
    assert claim_reports(reports, "B") == run_files
    assert sorted(p.name for p in reports.iterdir()) == [REPORTS_RECORD, REPORTS_SET,
                                                         "notes.docx"]
    assert (reports / REPORTS_SET).read_text(encoding="utf-8").strip() == "B"
    (reports / "report.docx").write_text("B", encoding="utf-8")
    # Back on A: B's Word file goes in turn; no table set (nothing read) removes nothing.
    assert claim_reports(reports, "A") == ["report.docx"]
    assert claim_reports(reports, None) == []


def test_a_record_without_a_table_set_is_left_alone(tmp_path):
    from khabar.reports_folder import REPORTS_RECORD, claim_reports

    reports = tmp_path / "reports"
    reports.mkdir()
    # An older khabar recorded its files but not their table set: nothing can say they
    # belong to another corpus.
    (reports / REPORTS_RECORD).write_text("report.html\n", encoding="utf-8")
    (reports / "report.html").write_text("earlier", encoding="utf-8")
    assert claim_reports(reports, "B") == []
    assert (reports / "report.html").exists()
    assert (reports / REPORTS_RECORD).read_text(encoding="utf-8").split() == [
        "report.docx", "report.html"]


def test_extract_of_another_corpus_removes_the_report_and_figures_of_the_earlier_one(tmp_path):
    # khabar run on one corpus, then khabar extract of another into the same folder: the
    # report files the run recorded and its figures go (the user's own files stay); an
    # extract of the same input keeps them
    from khabar.figures.saving import STAMP_KEY
    from khabar.reports_folder import clear_reports
    out = tmp_path / "out"
    other = tmp_path / "other"
    other.mkdir()
    (other / "b.txt").write_text("قال الوزير إن المنحة وصلت إلى العاصمة أمس.\n",
                                 encoding="utf-8")
    assert khabar("extract", str(SEEDS), "--out", str(out), "--quiet").returncode == 0
    import json
    manifest = json.loads((out / "data" / "manifest.json").read_text(encoding="utf-8"))
    reports, figures = out / "reports", out / "figures"
    clear_reports(reports, ["report.html", "report.docx"], manifest["run_id"])
    for name in ("report.html", "report.docx", "mine.txt"):
        (reports / name).write_text("x", encoding="utf-8")
    figures.mkdir()
    from PIL import Image, PngImagePlugin
    info = PngImagePlugin.PngInfo()
    info.add_text(STAMP_KEY, manifest["input_fingerprint"][:16] + "-abc")
    Image.new("RGB", (2, 2)).save(figures / "top_terms.png", pnginfo=info)
    assert khabar("extract", str(SEEDS), "--out", str(out), "--quiet").returncode == 0
    assert (reports / "report.html").exists() and (figures / "top_terms.png").exists()
    assert khabar("extract", str(other), "--out", str(out), "--quiet").returncode == 0
    assert sorted(p.name for p in reports.iterdir()) == ["mine.txt"]
    assert not (figures / "top_terms.png").exists()


@pytest.mark.parametrize("args, message", [
    (["extract", "", "--out", "OUT"], "empty path"),
    (["extract", str(SEEDS), "--out", ""], "empty path"),
    (["extract", str(SEEDS), "--workers", "0", "--out", "OUT"], "at least 1"),
    (["extract", "/dev/null", "--out", "OUT"], "not a regular file or a folder"),
])
def test_bad_command_lines_say_what_is_wrong(tmp_path, args, message):
    # an unset "$DIR" must not read or write the current folder; a device is no corpus
    args = [str(tmp_path / "out") if a == "OUT" else a for a in args]
    proc = khabar(*args)
    assert proc.returncode != 0 and message in proc.stderr
    assert "Traceback" not in proc.stderr and not (tmp_path / "out" / "data").exists()
