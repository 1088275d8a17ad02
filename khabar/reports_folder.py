"""``OUT/reports/`` as one report: which files a run wrote there, and for which table set.

``khabar run`` and the report notebook write into ``reports/`` (the executed notebooks,
``report.html``, ``report.pdf``, ``report.docx``). A record beside them names those files
and the table set (``data/manifest.json``'s ``run_id``) they were made from, so that a
second run, or the report notebook run alone on another corpus in JupyterLab, first
removes what was written for another set: ``reports/`` then never holds the Word file
of one corpus beside the HTML of another. Files the record does not name (the user's)
are never touched.
"""
from __future__ import annotations

from pathlib import Path

from .io import atomic_file

#: In ``OUT/reports/``: the names of the files the last run wrote there (or began to).
REPORTS_RECORD = ".khabar-run-files"
#: In ``OUT/reports/``: the ``run_id`` of the table set those files were made from.
REPORTS_SET = ".khabar-run-set"


def recorded(reports: Path) -> tuple[list[str], str | None]:
    """``(names, run_id)`` of the record in ``reports`` (``[]`` and ``None`` where there
    is none). Plain names only: a record never leads outside ``reports/`` nor to a
    hidden file."""
    try:
        names = (reports / REPORTS_RECORD).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        names = []
    try:
        run_id = (reports / REPORTS_SET).read_text(encoding="utf-8").strip() or None
    except (OSError, UnicodeDecodeError):
        run_id = None
    return [n for n in names if n and n == Path(n).name and not n.startswith(".")], run_id


def clear_reports(reports: Path, names: list[str], run_id: str | None) -> list[str]:
    """Remove from ``reports`` (created if missing) the files ``names`` and the ones the
    last run recorded, before this run writes anything; then record ``names`` (sorted,
    returned) and ``run_id``. Raises ``OSError`` if one cannot be removed."""
    reports.mkdir(parents=True, exist_ok=True)
    earlier, _ = recorded(reports)
    for name in {*names, *earlier}:
        (reports / name).unlink(missing_ok=True)
    # Written after the removal: a run killed before it leaves the earlier record, whose
    # files the next run removes.
    names = sorted(set(names))
    _record(reports, names, run_id)
    return names


def claim_reports(reports: Path, run_id: str | None, name: str = "report.docx") -> list[str]:
    """Before the report notebook writes ``name`` into ``reports``: if the record there
    names another table set than ``run_id`` (a ``khabar run`` on another corpus, then
    this notebook run alone), remove the files it names, so the new file never sits
    beside another corpus's report, and record ``name`` for ``run_id``. Nothing is
    removed when the record names this set (the notebook run by ``khabar run``, or
    again on the same corpus) or no set (a record of an older khabar). Returns the
    names removed. Raises ``OSError`` if one cannot be removed."""
    if not run_id:
        return []
    earlier, theirs = recorded(reports)
    if theirs == run_id:
        return []
    removed = []
    if theirs is not None:
        for old in earlier:
            if (reports / old).exists():
                (reports / old).unlink()
                removed.append(old)
        earlier = []
    reports.mkdir(parents=True, exist_ok=True)
    _record(reports, sorted({*earlier, name}), run_id)
    return removed


def release_reports(reports: Path, run_id: str | None, same: str | None = None) -> list[str]:
    """After a new table set ``run_id`` was written without its report (``khabar
    extract``): if the record in ``reports`` names another set, remove the files it names
    and the record, so no report of an earlier corpus stays beside the new tables.
    Nothing is removed when it names this set, none, or there is no record; when it names
    ``same`` (the set replaced, made from the same input fingerprint: the same tables),
    the record is moved to ``run_id``. Returns the names removed. Raises ``OSError`` if
    one cannot be removed."""
    earlier, theirs = recorded(reports)
    if not run_id or theirs is None or theirs == run_id:
        return []
    if same and theirs == same:
        _record(reports, earlier, run_id)
        return []
    removed = []
    for old in earlier:
        if (reports / old).exists():
            (reports / old).unlink()
            removed.append(old)
    (reports / REPORTS_RECORD).unlink(missing_ok=True)
    (reports / REPORTS_SET).unlink(missing_ok=True)
    return removed


def _record(reports: Path, names: list[str], run_id: str | None) -> None:
    with atomic_file(reports / REPORTS_RECORD, encoding="utf-8") as fh:
        fh.write("".join(f"{n}\n" for n in names))
    if run_id:
        with atomic_file(reports / REPORTS_SET, encoding="utf-8") as fh:
            fh.write(run_id + "\n")
    else:
        (reports / REPORTS_SET).unlink(missing_ok=True)

