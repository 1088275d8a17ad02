"""Writing tables (CSV for spreadsheets: formula guard, quoting of every line break) and
reading them back exactly; the one atomic file write (:func:`atomic_file`)."""
from __future__ import annotations


import glob
import io
import json
import os
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pandas as pd

# --------------------------------------------------------------------------- writing


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


#: First characters that make Excel or LibreOffice read a cell as a formula (OWASP,
#: "CSV Injection": = + - @ tab CR), and the guard's own apostrophe, so that the guard
#: can always be taken off exactly (:func:`unguard_cell`).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")
#: Put before a text cell that starts with one of :data:`FORMULA_START`: spreadsheets
#: then show the cell as text (the apostrophe itself is not displayed in Excel).
FORMULA_GUARD = "'"
# A cell start after the first is a NUL of the joined column followed by one of
# FORMULA_START: a literal prefix, which the regex engine finds by fast search.
_FORMULA_HIT = re.compile("\x00[=+\\-@\t\r']")


def guard_cell(text: str) -> str:
    """``text`` as written in a CSV cell: with :data:`FORMULA_GUARD` in front when it
    starts with one of :data:`FORMULA_START`, else unchanged."""
    return FORMULA_GUARD + text if text.startswith(FORMULA_START) else text


def unguard_cell(cell: str) -> str:
    """The exact text of a CSV text cell written by khabar (inverse of :func:`guard_cell`):
    one leading apostrophe removed, if there is one."""
    return cell[1:] if cell.startswith(FORMULA_GUARD) else cell


def _guarded(values: list) -> list | None:
    """``values`` with every str cell guarded (:func:`guard_cell`), or ``None`` when no
    cell needs it.

    A text column is joined with NULs once and searched for a NUL followed by a formula
    start (C speed); only the hits are mapped back to cells, by the cells' start offsets
    (so a NUL inside a cell cannot mislead it). Columns holding non-text cells are
    checked cell by cell.
    """
    try:
        joined = "\x00" + "\x00".join(values)
    except TypeError:                           # non-text cells too (None, numbers)
        if not any(isinstance(v, str) and v.startswith(FORMULA_START) for v in values):
            return None
        return [guard_cell(v) if isinstance(v, str) else v for v in values]
    hits = [m.start() for m in _FORMULA_HIT.finditer(joined)]
    if not hits:
        return None
    # Offset in ``joined`` of the NUL before each cell.
    starts = np.zeros(len(values), dtype=np.int64)
    np.cumsum(np.fromiter(map(len, values), np.int64, len(values))[:-1] + 1, out=starts[1:])
    where = np.searchsorted(starts, hits)
    cells = [int(i) for i, h in zip(where, hits) if i < len(starts) and starts[i] == h]
    if not cells:
        return None
    out = list(values)
    for i in cells:
        out[i] = FORMULA_GUARD + out[i]
    return out


def guard_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with the text cells that a spreadsheet would evaluate guarded
    (:func:`guard_cell`); numbers are not text and stay as they are (-5 in an integer
    column is a number). The frame passed in is not changed."""
    out = None
    for c in df.columns:
        if df[c].dtype != object:
            continue
        guarded = _guarded(df[c].tolist())
        if guarded is not None:
            if out is None:
                out = df.copy(deep=False)
            out[c] = np.array(guarded, dtype=object)
    return df if out is None else out


def _has_cr(values) -> bool:
    """Whether any str in ``values`` holds a carriage return (one C-level join when the
    column is all text, the common case)."""
    try:
        return "\r" in "".join(values)
    except TypeError:                          # non-text cells (None, numbers) too
        return any(isinstance(v, str) and "\r" in v for v in values)


def format_csv(df: pd.DataFrame, header: bool = True) -> str:
    """The CSV text of ``df`` as :func:`write_csv` writes it; see :func:`write_csv_rows`."""
    buf = io.StringIO(newline="")
    write_csv_rows(df, buf, header)
    return buf.getvalue()


def write_csv_rows(df: pd.DataFrame, fh, header: bool = True) -> None:
    """Write ``df`` as CSV text to the text stream ``fh`` (opened with ``newline=""``;
    ``header``: the column names first): comma-separated, ``\\n`` after each row, a
    field quoted (``"``, inner quotes doubled) when it holds a comma, a quote, ``\\n`` or ``\\r``.

    Python's ``csv`` module (and so pandas) quotes only the characters of the line
    terminator: with ``\\n`` a bare ``\\r`` went out unquoted, and every reader then
    split the row there. Rows holding a ``\\r`` are written with a ``\\r\\n`` terminator
    (which makes the writer quote ``\\r``) and the terminator put back to ``\\n``.

    Text cells starting with = + - @ tab CR or an apostrophe get a leading apostrophe
    (:func:`guard_formulas`), so opening a table in a spreadsheet never evaluates
    article text; :func:`read_table` takes it off again.
    """
    df = guard_formulas(df)
    if len(df) and len(df.columns) > 1 and _fast_csv_rows(df, fh, header):
        return
    _pandas_csv_rows(df, fh, header)


def _pandas_csv_rows(df: pd.DataFrame, fh, header: bool) -> None:
    """:func:`write_csv_rows` through pandas (``DataFrame.to_csv``), for any dtypes."""
    text_cols = [c for c in df.columns if df[c].dtype == object]
    cr = np.zeros(len(df), dtype=bool)
    for c in text_cols:
        values = df[c].tolist()
        if _has_cr(values):
            cr |= np.fromiter((isinstance(v, str) and "\r" in v for v in values), bool,
                              len(values))
    if not cr.any():
        df.to_csv(fh, index=False, header=header, lineterminator="\n")
        return
    parts = [df.iloc[:0].to_csv(index=False, lineterminator="\n")] if header else []
    # Runs of rows without / with a \r, in order.
    edges = np.flatnonzero(np.diff(cr.astype(np.int8))) + 1
    for start, end in zip(np.r_[0, edges], np.r_[edges, len(df)]):
        if not cr[start]:
            parts.append(df.iloc[start:end].to_csv(index=False, header=False,
                                                   lineterminator="\n"))
            continue
        for i in range(start, end):
            row = df.iloc[i:i + 1].to_csv(index=False, header=False, lineterminator="\r\n")
            parts.append(row[:-2] + "\n")
    fh.write("".join(parts))


_NEEDS_QUOTES = re.compile('[,"\r\n]')
_FAST_ROWS = 100_000


def _quoted(values: list[str]) -> list[str]:
    """Text cells as the csv module quotes them (minimal quoting, with \\r added, see
    :func:`write_csv_rows`). The special characters are found in the NUL-joined column
    and mapped to their cells by the cells' start offsets; only those are rewritten."""
    joined = "\x00".join(values)
    hits = [m.start() for m in _NEEDS_QUOTES.finditer(joined)]
    if not hits:
        return values
    starts = np.zeros(len(values), dtype=np.int64)
    np.cumsum(np.fromiter(map(len, values), np.int64, len(values))[:-1] + 1, out=starts[1:])
    out = list(values)
    for i in np.unique(np.searchsorted(starts, hits, side="right") - 1).tolist():
        v = out[i]
        out[i] = '"' + v.replace('"', '""') + '"'
    return out


def _fast_csv_rows(df: pd.DataFrame, fh, header: bool) -> bool:
    """Write ``df``'s rows as :func:`_pandas_csv_rows` would, byte for byte, when every
    column is int64, bool or text (str cells only); return False, writing nothing,
    for other dtypes. Several times faster for the token table: cells joined as
    strings, quoted only where a column holds a special character, no per-cell
    formatting."""
    kinds = []
    for c in df.columns:
        dtype = df[c].dtype
        if dtype == np.dtype(np.int64):
            kinds.append("int")
        elif dtype == np.dtype(bool):
            kinds.append("bool")
        elif dtype == np.dtype(object) and _all_str(df[c].tolist()):
            kinds.append("text")
        else:
            return False
    if header:
        fh.write(df.iloc[:0].to_csv(index=False, lineterminator="\n"))
    for start in range(0, len(df), _FAST_ROWS):
        part = df.iloc[start:start + _FAST_ROWS]
        cols = []
        for c, kind in zip(df.columns, kinds):
            values = part[c].tolist()
            if kind == "text":
                cols.append(_quoted(values))
            elif kind == "bool":
                cols.append(["True" if v else "False" for v in values])
            else:
                cols.append(_int_strings(part[c].to_numpy()))
        fh.write("\n".join(map(",".join, zip(*cols))))
        fh.write("\n")
    return True


_SMALL_INTS = np.array([str(i) for i in range(1 << 16)], dtype=object)


def _int_strings(values: np.ndarray) -> list[str]:
    """``str`` of each int64: looked up for 0 ≤ v < 65,536 (token numbers and offsets of
    most articles; about six times faster than ``str`` per cell), else ``str``."""
    if len(values) and values.min() >= 0 and values.max() < len(_SMALL_INTS):
        return _SMALL_INTS[values].tolist()
    return list(map(str, values.tolist()))


def _all_str(values: list) -> bool:
    try:
        "".join(values)                 # TypeError at the first cell that is not a str
        return True
    except TypeError:
        return False


def write_csv(df: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write ``df`` as UTF-8 with BOM (so Excel shows Arabic), atomically.

    The table goes to a temporary file in the same folder and is renamed over ``path``
    only when complete, so a crash never leaves half a CSV. Line endings are ``\\n``;
    fields are quoted as :func:`format_csv` says (a ``\\r`` inside a cell too); floats
    are written as they are; the output for the same frame is byte-identical.
    See :func:`write_csv_rows`.
    """
    path = Path(path)
    with atomic_file(path, "w", encoding="utf-8-sig", newline="") as fh:
        write_csv_rows(df, fh)
    return path


@contextmanager
def atomic_file(path: str | os.PathLike, mode: str = "w", **open_args):
    """Open a temporary file beside ``path`` (``.NAME.*.tmp``, the pattern the table store
    cleans after a killed run) for writing with ``open_args`` (encoding, newline); when
    the ``with`` block ends normally it is renamed over ``path``, readable by all as the
    umask allows; on any error it is removed and ``path`` is left as it was. So a reader
    never sees half a file. Creates the parent folder. The temporary file is held under
    an advisory lock (``flock``) until it is renamed, so the store's cleaning
    (:func:`khabar.store.clean_stale`, run by every process that opens the table set)
    tells a file being written from one a killed run left; such leftovers of the same
    file are removed here (:func:`being_written`)."""
    import fcntl

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        if stale.is_file() and not being_written(stale):   # a killed write of this file
            stale.unlink(missing_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    lock = os.dup(fd)              # the lock outlives the file object, up to the rename
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)
        with os.fdopen(fd, mode, **open_args) as fh:
            yield fh
        os.chmod(tmp, 0o666 & ~_umask())     # mkstemp makes 0600; outputs are for sharing
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    finally:
        os.close(lock)


def being_written(path: str | os.PathLike) -> bool:
    """Whether a process holds an advisory lock on ``path``: a temporary file that
    :func:`atomic_file` is writing right now, not one a killed run left."""
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        return False
    except OSError:
        return True
    finally:
        os.close(fd)


def read_table(path: str | os.PathLike) -> pd.DataFrame:
    """Read a table khabar wrote (``OUT/data/<name>.csv``) back with its exact text.

    The formula guard is taken off every text cell (:func:`unguard_cell`), so for the
    tables taken from text ``article[start:end] == cell``. With the set's
    ``manifest.json`` beside the file, each column gets the dtype :func:`khabar.pipeline.
    extract` gave it (text columns stay text even when they look like numbers; whole
    amounts stay ``int``); without one, pandas infers them. A CSV cell has no null: an
    empty text cell reads as ``""`` (the ``.parquet`` beside it keeps nulls). Raises
    ``OSError`` if the file cannot be read.
    """
    path = Path(path)
    notes = _table_notes(path)
    if notes is None:
        df = pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False, na_values=[""])
        for c in df.columns:
            if df[c].dtype == object:
                df[c] = [unguard_cell(v) if isinstance(v, str) else v for v in df[c]]
        return df
    df = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    json_columns = set(notes.get("json_columns", ()))
    for c, dtype in notes["dtypes"].items():
        values = df[c].tolist()
        if c in json_columns:
            df[c] = np.array([None if v == "" else _number(unguard_cell(v)) for v in values],
                             dtype=object)
        elif dtype == "object":
            df[c] = np.array([unguard_cell(v) for v in values], dtype=object)
        elif dtype == "bool":
            df[c] = np.array([v == "True" for v in values], dtype=bool)
        else:
            df[c] = pd.to_numeric(df[c].replace("", np.nan)).astype(dtype)
    return df


def _number(cell: str):
    try:
        return json.loads(cell, parse_float=_exact_number)
    except ValueError:
        return cell


def _exact_number(s: str):
    """A JSON number with a fraction: a ``float`` where that is exactly the value written,
    else a ``Decimal`` (12345678901234567890.5), as :func:`khabar.numwords.as_number`."""
    from decimal import Decimal

    f = float(s)
    return f if Decimal(repr(f)) == Decimal(s) else Decimal(s)


def _table_notes(path: Path) -> dict | None:
    try:
        info = json.loads((path.parent / "manifest.json").read_text(encoding="utf-8"))
        notes = info["tables"][path.stem]
        return notes if "dtypes" in notes else None
    except (OSError, ValueError, KeyError, TypeError):
        return None
