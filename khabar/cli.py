"""Command line: ``khabar run`` (execute the notebooks) and ``khabar extract`` (tables only).

``khabar run SEEDS_DIR --out OUT_DIR`` executes ``notebooks/NN_*.ipynb`` in order with
papermill (parameters ``seeds_dir`` and ``out_dir``), writes the executed notebooks to
``OUT/reports/``, and ``OUT/reports/report.html`` and ``report.pdf`` (:mod:`khabar.report`,
from the last notebook).
``khabar extract SEEDS_DIR --out OUT_DIR`` writes the same tables to ``OUT/data/``
without notebooks, using all cores, for corpora; ``--engine dask [--scheduler ADDRESS]``
runs the articles on a Dask cluster instead (the same tables). Both write the tables as
one unit with a manifest (:mod:`khabar.store`); ``khabar run`` extracts once, before
the notebooks, which then read the stored tables. Each holds the output folder for
its whole duration (:func:`khabar.store.run_locked`): a second ``khabar run`` into the
same OUT waits for it, a second ``khabar extract`` refuses.

Exit status: 0 on success; 1 if no article could be read or a notebook failed; 2 for
bad arguments. Bad input is reported as ``file: reason``, never as a traceback.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .io import InputError, describe_problem, printable
from .io.reading import readable_kinds
from .reports_folder import clear_reports

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEEDS = REPO_ROOT / "seeds"
NOTEBOOKS_DIR = REPO_ROOT / "notebooks"


def _report_problems(problems) -> None:
    for p in problems.itertuples(index=False):
        print(f"khabar: {describe_problem(p.source, p.reason)}", file=sys.stderr)


def _gazetteer_ok() -> bool:
    """Load the gazetteer once up front, so a malformed user file is one clear message
    (file and row) instead of a failure in every article."""
    from .gazetteer import load_gazetteer

    try:
        load_gazetteer()
    except (OSError, ValueError) as exc:
        print(f"khabar: gazetteer: {printable(str(exc))}", file=sys.stderr)
        return False
    return True


def _write_corpus(args: argparse.Namespace, workers, reuse: bool, wait: bool) -> int | None:
    """Extract and write the tables as one unit; print problems. Returns an exit status
    on failure, ``None`` when the tables are in place."""
    from .engines import EngineError
    from .pipeline import write_corpus
    from .store import TablesBusy

    from .store import read_manifest

    data = Path(args.out) / "data"
    before = (read_manifest(data) or {}).get("run_id") if reuse else None
    try:
        info, problems = write_corpus(args.seeds_dir, args.out, workers=workers,
                                      progress=not args.quiet, wait=wait, reuse=reuse,
                                      engine=getattr(args, "engine", "local"),
                                      scheduler=getattr(args, "scheduler", None))
    except (InputError, TablesBusy, EngineError) as exc:
        print(f"khabar: {printable(str(exc))}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"khabar: cannot write tables to {printable(str(data))}: {exc.strerror or exc} "
              "(the previous tables are left as they were)", file=sys.stderr)
        return 1
    _report_problems(problems)
    if info is None:
        what = ("no article could be read from" if len(problems) else
                f"no article files ({readable_kinds()}) in")
        print(f"khabar: {what} {printable(str(args.seeds_dir))}", file=sys.stderr)
        return 1
    n = info["tables"]["documents"]["rows"]
    kept = " (kept: made from the same input)" if before and info.get("run_id") == before else ""
    print(f"khabar: {n} article(s) → {len(info['tables'])} tables in {data}{kept}")
    return None


def cmd_extract(args: argparse.Namespace) -> int:
    if args.scheduler and args.engine != "dask":
        print("khabar: --scheduler needs --engine dask", file=sys.stderr)
        return 2
    if not _gazetteer_ok():
        return 1
    # A second run into the same folder refuses at once rather than after extracting.
    held = _hold_out(Path(args.out), wait=False)
    if held is None:
        return 1
    from .store import read_manifest

    with held:
        before = read_manifest(Path(args.out) / "data") or {}
        status = _write_corpus(args, args.workers, reuse=False, wait=False)
        if status is None:
            _release_outputs(Path(args.out), before)
    return 0 if status is None else status


def _release_outputs(out: Path, before: dict) -> None:
    """After ``khabar extract`` wrote a new table set into ``out``: remove khabar's
    report and figures there that were made from another set (a ``khabar run`` on
    another corpus into the same folder), so ``reports/`` and ``figures/`` never show
    one corpus beside the tables of another (README, *The report files*). The user's own
    files stay; a file that cannot be removed is named, and the tables stand. ``before``:
    the manifest of the set replaced (a report of the same input stays, re-recorded)."""
    from .reports_folder import release_reports
    from .store import read_manifest

    manifest = read_manifest(out / "data") or {}
    fingerprint = manifest.get("input_fingerprint") or ""
    same = before.get("run_id") if fingerprint and fingerprint == before.get(
        "input_fingerprint") else None
    try:
        release_reports(out / "reports", manifest.get("run_id"), same)
        if fingerprint and any((out / "figures").glob("*.png")):
            from .figures.saving import remove_other_sets
            remove_other_sets(out / "figures", f"{fingerprint[:16]}-")
    except OSError as exc:
        print(f"khabar: could not remove the earlier report or figures in "
              f"{printable(str(out))}: {exc.strerror or exc}", file=sys.stderr)


def _hold_out(out: Path, wait: bool):
    """The lock of the output folder ``out`` for a whole run
    (:func:`khabar.store.run_locked`), entered; to be left with ``with``. ``None``
    after one line on stderr if it cannot be had: another run holds it (``wait``
    False) or ``out`` cannot be created."""
    from contextlib import ExitStack

    from .store import TablesBusy, run_locked

    stack = ExitStack()
    try:
        stack.enter_context(run_locked(out, wait=wait, notice=lambda message: print(
            f"khabar: {printable(message)}", file=sys.stderr, flush=True)))
    except TablesBusy as exc:
        print(f"khabar: {printable(str(exc))}", file=sys.stderr)
        return None
    except OSError as exc:
        print(f"khabar: cannot write to {printable(str(out))}: {exc.strerror or exc}",
              file=sys.stderr)
        return None
    return stack


def notebooks(folder: Path = NOTEBOOKS_DIR) -> list[Path]:
    """The numbered notebooks (``NN_name.ipynb``) in run order."""
    return sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb"))


def cmd_run(args: argparse.Namespace) -> int:
    seeds, out = Path(args.seeds_dir).resolve(), Path(args.out).resolve()
    nbs = notebooks(Path(args.notebooks))
    if not nbs:
        print(f"khabar: no notebooks (NN_name.ipynb) in {printable(str(args.notebooks))}",
              file=sys.stderr)
        return 1
    if not _gazetteer_ok():
        return 1
    # The whole run holds OUT: another run into it waits, so data/, figures/ and
    # reports/ are all of one run (khabar.store.run_locked).
    held = _hold_out(out, wait=True)
    if held is None:
        return 1
    with held:
        return _run(args, seeds, out, nbs)


def _run(args: argparse.Namespace, seeds: Path, out: Path, nbs: list[Path]) -> int:
    """``khabar run`` with the output folder held: tables, notebooks, report."""
    *analysis, last = nbs
    jobs = max(1, args.jobs or os.cpu_count() or 1)
    # The notebooks' kernels (a kernel per core, each taking the next notebook when
    # done) and the workbook's process start now and load what they import while the
    # tables are extracted, which leaves a core partly idle (reading, writing), instead
    # of after it (khabar.notebook_runs.Kernels).
    # (None when there is no input to read: the run fails at once.)
    kernels = _start_kernels(args, nbs, min(jobs, max(len(analysis), 1)), seeds)
    pool = _workbook_pool()
    done = False
    try:
        status = _run_with(args, seeds, out, nbs, kernels, pool)
        done = True
        return status
    finally:
        # Interrupted (Ctrl-C) or failed: not waiting for the kernels or the workbook;
        # their processes end with this one.
        kernels.close(wait=done)
        pool.shutdown(wait=done, cancel_futures=not done)


def _run_with(args: argparse.Namespace, seeds: Path, out: Path, nbs: list[Path],
              kernels, pool) -> int:
    # One extraction, all cores, before the notebooks: they read the stored tables
    # (khabar.pipeline.load_tables) instead of extracting again.
    status = _write_corpus(argparse.Namespace(**{**vars(args), "seeds_dir": str(seeds),
                                                 "out": str(out)}),
                           None, reuse=True, wait=True)
    if status is not None:
        return status
    reports = out / "reports"
    from .store import read_manifest

    run_id = (read_manifest(out / "data") or {}).get("run_id")
    try:
        names = _clear_reports(reports, nbs, run_id)
    except OSError as exc:
        print(f"khabar: cannot clear {printable(str(reports))} of an earlier run's files: "
              f"{printable(str(exc))}", file=sys.stderr)
        return 1
    # The analysis notebooks read the stored tables and write their own figures, so they
    # run side by side; the report, which shows their figures, runs after all of them,
    # in one of those kernels.
    *analysis, last = nbs
    # The workbook needs only the tables: it is written beside the notebooks, and the
    # report notebook leaves it to this process (khabar.newsroom.workbook, wait=False)
    # rather than holding up the Word report and the HTML page behind it.
    workbook = _start_workbook(pool, out, Path(args.notebooks))
    try:
        failed = _run_notebooks(analysis, reports, seeds, out, args, kernels.jobs,
                                then=last, run_id=run_id, kernels=kernels)
        if failed is None:
            from .report import export_report  # HTML and PDF: khabar/report.py
            html = export_report(reports / nbs[-1].name, reports)
    except KeyboardInterrupt:
        raise Interrupted(_what_is_left(reports, names)) from None
    workbook_failed = _finish_workbook(workbook)
    if failed is not None:
        print(failed, file=sys.stderr)
        return 1
    if workbook_failed:
        return 1
    made = [printable(str(html))] + [n for n in REPORT_FILES[1:] if (reports / n).is_file()]
    workbook_file = out / "data" / "khabar.xlsx"
    print(f"khabar: report → {', '.join(made)}"
          + (f"; workbook → {printable(str(workbook_file))}" if workbook_file.is_file() else ""))
    return 0


def _start_kernels(args: argparse.Namespace, nbs: list[Path], jobs: int, seeds: Path):
    """:class:`khabar.notebook_runs.Kernels` for ``nbs``: ``jobs`` processes, each
    starting a kernel ``args.kernel`` in the notebooks' folder at once and importing
    there what the notebooks import (:func:`khabar.notebook_runs.warm_code`); their
    kernels are started when the notebooks run if ``seeds`` does not exist (the run
    fails before them)."""
    from .notebook_runs import Kernels, warm_code

    if not seeds.exists():
        return Kernels(args.kernel, jobs)
    return Kernels(args.kernel, jobs, str(Path(args.notebooks).resolve()), warm_code(nbs))


#: What ``khabar run`` writes into ``OUT/reports/`` besides the executed notebooks:
#: :func:`khabar.report.export_report` and the report notebook (``newsroom.write_docx``).
REPORT_FILES = ("report.html", "report.pdf", "report.docx")


def _clear_reports(reports: Path, nbs: list[Path], run_id: str | None = None) -> list[str]:
    """Remove from ``reports`` (created if missing) what an earlier run wrote there,
    before this run writes anything: the files this run writes (the executed copies of
    ``nbs``, :data:`REPORT_FILES`) and the ones the last run recorded
    (:func:`khabar.reports_folder.clear_reports`, which records this run's names and
    ``run_id``, the table set they are made from). So ``reports/`` never holds the
    output of two runs, even after Ctrl-C or a failed notebook; other files (the
    user's) stay. Returns this run's names, sorted. Raises ``OSError`` if one cannot be
    removed."""
    return clear_reports(reports, [nb.name for nb in nbs] + list(REPORT_FILES), run_id)


class Interrupted(KeyboardInterrupt):
    """Ctrl-C during ``khabar run``'s notebooks; ``left`` says what ``reports/`` holds."""

    def __init__(self, left: str):
        super().__init__(left)
        self.left = left


def _what_is_left(reports: Path, names: list[str]) -> str:
    present = [n for n in names if (reports / n).exists()]
    return ("reports/ holds only this run's files, as far as it ran: "
            + (", ".join(present) or "none yet"))


def _run_notebooks(nbs: list[Path], reports: Path, seeds: Path, out: Path,
                   args: argparse.Namespace, jobs: int, then: Path | None = None,
                   run_id: str | None = None, kernels=None) -> str | None:
    """Execute ``nbs`` with papermill in up to ``jobs`` processes, each with one kernel
    reused across the notebooks it takes (:mod:`khabar.notebook_runs`; ``kernels``:
    those processes, started beforehand by :func:`_start_kernels`), then ``then``
    once they are all done, writing the executed copies to ``reports``; each reads the
    table set ``run_id`` (this run's; see :func:`khabar.pipeline.load_tables`). Returns
    ``None``, or the message of the first failure (notebook, cell, error, where the
    executed copy is)."""
    from .notebook_runs import NotebookRun, execute_notebooks

    total = len(nbs) + (1 if then else 0)
    for i, nb in enumerate(nbs, 1):
        print(f"khabar: [{i}/{total}] {nb.name}", flush=True)

    def run(nb: Path) -> NotebookRun:
        return NotebookRun(str(nb), str(reports / nb.name), str(seeds), str(out), run_id)

    return execute_notebooks([run(nb) for nb in nbs], args.kernel, jobs,
                             progress=not args.quiet and min(jobs, len(nbs)) <= 1,
                             then=run(then) if then else None,
                             announce=f"khabar: [{total}/{total}] {then.name}" if then else None,
                             kernels=kernels)


def _workbook_pool():
    """The process that will write the workbook, started now and importing what it
    needs (:func:`_load_workbook_modules`) while the tables are extracted."""
    from concurrent.futures import ProcessPoolExecutor

    from .engines import follow_parent

    pool = ProcessPoolExecutor(max_workers=1, initializer=follow_parent,
                               initargs=(os.getpid(),))
    pool.submit(_load_workbook_modules)
    return pool


def _load_workbook_modules() -> None:
    import xlsxwriter  # noqa: F401

    from . import newsroom, pipeline  # noqa: F401


def _start_workbook(pool, out: Path, notebooks_dir: Path):
    """Start writing ``OUT/data/khabar.xlsx`` in ``pool``'s process; its future."""
    from .report import notebook_parameters

    language = notebook_parameters(notebooks_dir / "params.json")["language"]
    return pool.submit(_write_workbook, str(out), language)


def _write_workbook(out: str, language: str) -> None:
    from . import newsroom
    from .pipeline import read_tables

    data = Path(out) / "data"
    tables = read_tables(data)
    if tables is not None:
        newsroom.workbook(tables, data / "khabar.xlsx", language, tables.manifest)


def _finish_workbook(future) -> bool:
    """Wait for the workbook; ``True`` if it could not be written (the reason is
    printed: the report notebook did not wait for it, so no one else reports it)."""
    try:
        future.result()
    except Exception as exc:     # noqa: BLE001 - any failure is the run's
        print(f"khabar: the workbook could not be written: {printable(str(exc))}",
              file=sys.stderr)
        return True
    return False


def _positive(value: str) -> int:
    """An argparse type: a whole number of at least 1 (--workers, --jobs)."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


def _path(value: str) -> str:
    """An argparse type: a path that is not empty (an unset "$DIR" would otherwise read
    or write the current folder)."""
    if not value.strip():
        raise argparse.ArgumentTypeError("empty path (is a variable unset?)")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="khabar", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name, func, help_ in (("run", cmd_run, "execute the notebooks and write the report"),
                              ("extract", cmd_extract, "write the tables only, for corpora")):
        p = sub.add_parser(name, help=help_)
        p.add_argument("seeds_dir", nargs="?", default=str(DEFAULT_SEEDS), type=_path,
                       help="folder of articles (.txt, .csv, .jsonl, .html, .mhtml, .docx, .pdf), "
                            "or one such file; default: seeds/")
        p.add_argument("--out", default=str(REPO_ROOT), type=_path,
                       help="output root: data/, figures/, reports/ go under it; "
                            "default: repo root")
        p.add_argument("--quiet", action="store_true", help="no progress bars")
        p.set_defaults(func=func)
        if name == "extract":
            p.add_argument("--workers", type=_positive, default=None,
                           help="processes to use (default: all cores)")
            p.add_argument("--engine", choices=("local", "dask"), default="local",
                           help="where articles are processed: local processes (default) "
                                "or a Dask cluster (same tables)")
            p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                           help="with --engine dask: the scheduler's address "
                                "(tcp://host:8786); default: a LocalCluster of --workers")
        else:
            p.add_argument("--notebooks", default=str(NOTEBOOKS_DIR), help="notebook folder")
            p.add_argument("--kernel", default="python3", help="Jupyter kernel name")
            p.add_argument("--jobs", type=_positive, default=None,
                           help="notebooks run side by side (default: one per core)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # A leading ~ the shell did not expand (quoted, or after = in `make report
    # SEEDS=~/articles` under zsh) names the home folder, as it does for the user.
    for name in ("seeds_dir", "out"):
        if isinstance(getattr(args, name, None), str):
            setattr(args, name, os.path.expanduser(getattr(args, name)))
    try:
        return args.func(args)
    except KeyboardInterrupt as exc:
        # Ctrl-C: the tables in data/ are a whole set (the old one or the new one, never
        # half of either, khabar.store); say so rather than print a traceback. During
        # the notebooks, reports/ holds only this run's files (_clear_reports).
        left = f"; {exc.left}" if isinstance(exc, Interrupted) else ""
        print(f"\nkhabar: interrupted; data/ holds the last complete table set{left}",
              file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
