"""Reading articles and writing tables.

Input: a folder of ``.txt`` articles (searched recursively), a CSV file or a JSON Lines
file with a ``text`` column, or a single ``.txt`` file. Every article becomes a
:class:`Document` whose ``text`` is the article *as read*: the decoded characters, BOM
removed, line endings left exactly as they are. Every character offset khabar reports
points into that string.

Bad input never raises out of :func:`read_corpus`: each unreadable file (or row) is
returned as a :class:`Problem` naming the file and the reason, and the others are read.
Input files are opened read-only and never modified.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

import charset_normalizer
import numpy as np
import pandas as pd

#: Encodings khabar accepts. Arabic news text arrives in these (../ARABIC_NOTES §3):
#: UTF-8 with or without BOM, UTF-16 with BOM, and Windows-1256 (older Arabic sites and
#: Excel exports). ISO-8859-6 is the other legacy Arabic code page.
CANDIDATE_ENCODINGS = ["utf_8", "cp1256", "iso8859_6"]

#: Name of the optional per-folder metadata file (JSON object keyed by file name).
METADATA_FILE = "metadata.json"

METADATA_FIELDS = ("title", "language", "outlet", "date")


class InputError(Exception):
    """A file or row that cannot be read as an article; the message names it and why."""


@dataclass(frozen=True)
class Document:
    """One article.

    ``text`` is the article as read (decoded, BOM removed, nothing else changed);
    ``encoding`` is the codec used to decode it (Python codec name, e.g. ``utf-8``,
    ``utf-16``, ``cp1256``); ``meta`` holds title, language, outlet and date (ISO 8601)
    where known.
    """

    doc_id: str
    text: str
    source: str
    encoding: str
    meta: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Problem:
    """An input that could not be read: ``source`` (file, or file#row) and ``reason``."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


# --------------------------------------------------------------------------- decoding

_BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
]


def decode_bytes(data: bytes, source: str = "<bytes>") -> tuple[str, str]:
    """Decode an article's bytes; return ``(text, encoding)``.

    A BOM decides first (UTF-8, UTF-16 LE/BE). Otherwise strict UTF-8 is tried, then
    charset-normalizer chooses among :data:`CANDIDATE_ENCODINGS`.

    Raises :class:`InputError` for an empty file, binary data (NUL bytes without a
    UTF-16 BOM) and text that decodes to nonsense (see :func:`check_plausible`).
    """
    if not data.strip():
        raise InputError(f"{source}: the file is empty")
    text = encoding = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"{source}: starts with a {codec} byte-order mark but "
                                 f"is not valid {codec} ({exc.reason})") from None
            encoding = "utf-16" if codec == "utf-16" else "utf-8-sig"
            break
    if text is None:
        if b"\x00" in data:
            raise InputError(f"{source}: binary data (NUL bytes), not a text article")
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            best = charset_normalizer.from_bytes(data, cp_isolation=CANDIDATE_ENCODINGS).best()
            if best is None:
                raise InputError(f"{source}: not UTF-8, UTF-16 or an Arabic code page "
                                 "(Windows-1256, ISO-8859-6)") from None
            encoding = best.encoding
            text = data.decode(encoding)
    if text.startswith("\ufeff"):
        text = text[1:]
    check_plausible(text, source)
    return text, encoding


# Letters of scripts an Arabic article may contain; anything else in bulk is mojibake.
_ARABIC_LETTER = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_LETTER = re.compile(r"[^\W\d_]")
_SAMPLE = 4000   # characters read by the script checks of check_plausible
_C0_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_C1_CONTROL = re.compile(r"[\x80-\x9f]")


def check_plausible(text: str, source: str = "<text>") -> None:
    """Raise :class:`InputError` if ``text`` does not look like a decoded article.

    Rules: no U+FFFD replacement characters in bulk (more than 1 % of characters); in
    the first 4,000 characters, no more than 5 % C0 control characters (binary data), no
    more than 1 % C1 controls, and at least 30 % of letters Arabic or basic Latin
    (mojibake of Arabic read as Latin-1/CP1252 gives letters like ÇáÚÑÈíÉ and C1
    controls).
    """
    n = len(text)
    if n == 0 or not text.strip():
        raise InputError(f"{source}: the file is empty")
    if text.count("\ufffd") > max(1, n // 100):
        raise InputError(f"{source}: decodes with many replacement characters (U+FFFD)")
    # A wrong decoding spoils a whole file alike, so the script checks read a sample.
    sample = text[:_SAMPLE]
    m = len(sample)
    if len(_C0_CONTROL.findall(sample)) > m // 20:
        raise InputError(f"{source}: binary data (control characters), not a text article")
    letters = len(_LETTER.findall(sample))
    # C1 controls (U+0080–U+009F) only appear when bytes were decoded with the wrong
    # single-byte code page: UTF-8 Arabic read as Latin-1 is full of them.
    if letters or _C1_CONTROL.search(sample):
        known = len(_ARABIC_LETTER.findall(sample)) + len(_LATIN_LETTER.findall(sample))
        if len(_C1_CONTROL.findall(sample)) > m // 100 or known / max(letters, 1) < 0.3:
            raise InputError(f"{source}: decodes to nonsense (mostly letters of other "
                             "scripts); the encoding could not be recognised")


# --------------------------------------------------------------------------- reading

def _doc_id(path: Path, root: Path) -> str:
    rel = path.relative_to(root) if path != root else Path(path.name)
    return rel.with_suffix("").as_posix()


def read_text_file(path: str | os.PathLike, doc_id: str | None = None,
                   meta: dict | None = None) -> Document:
    """Read one ``.txt`` article. Raises :class:`InputError` naming the file."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    text, encoding = decode_bytes(data, str(path))
    return Document(doc_id or path.stem, text, str(path), encoding, dict(meta or {}))


def _table_rows(path: Path) -> list[dict]:
    """Rows of a CSV or JSON Lines corpus file, decoded like an article."""
    data = path.read_bytes()
    text, _ = decode_bytes(data, str(path))
    if path.suffix.lower() == ".csv":
        # The csv module refuses fields over 128 KiB by default; a long article is one field.
        csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
        # io.StringIO(newline=""): rows end only at \n, \r\n or \r, not at U+2028.
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
    else:
        rows = []
        # Split on \n only: a JSON string may hold U+2028 or other Unicode line breaks.
        for i, line in enumerate(text.split("\n"), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}: line {i} is not JSON ({exc.msg})") from None
            if not isinstance(obj, dict):
                raise InputError(f"{path}: line {i} is not a JSON object")
            rows.append(obj)
    if rows and "text" not in rows[0]:
        raise InputError(f"{path}: has no 'text' column (columns: {', '.join(rows[0])})")
    return rows


def read_table_file(path: str | os.PathLike) -> tuple[list[Document], list[Problem]]:
    """Read a CSV or JSON Lines corpus: one article per row.

    Columns: ``text`` (required), optional ``id``, ``title``, ``outlet``, ``date``,
    ``language``. A row without an id gets ``<file stem>-<row number>`` (1-based).
    Returns ``(documents, problems)``; a bad row is a problem, not an error.
    """
    path = Path(path)
    try:
        rows = _table_rows(path)
    except InputError as exc:
        return [], [Problem(str(path), str(exc).split(": ", 1)[-1])]
    except (OSError, csv.Error) as exc:
        return [], [Problem(str(path), f"cannot be read ({exc})")]
    docs, problems = [], []
    for i, row in enumerate(rows, 1):
        source = f"{path}#{i}"
        text = row.get("text")
        if not isinstance(text, str) or not text.strip():
            problems.append(Problem(source, "empty text"))
            continue
        doc_id = str(row.get("id") or f"{path.stem}-{i}")
        meta = {k: row[k] for k in METADATA_FIELDS if row.get(k) not in (None, "")}
        docs.append(Document(doc_id, text, source, "utf-8", meta))
    return docs, problems


def _folder_metadata(folder: Path) -> dict:
    meta_path = folder / METADATA_FILE
    if not meta_path.is_file():
        return {}
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return {}
    return meta if isinstance(meta, dict) else {}


def _khabar_table_set(folder: Path) -> bool:
    try:
        with open(folder / "manifest.json", encoding="utf-8") as fh:
            return str(json.load(fh).get("format", "")).startswith("khabar-tables/")
    except (OSError, ValueError, AttributeError):
        return False


def is_khabar_output(path: Path) -> bool:
    """Whether ``path`` is a table khabar wrote, never an article (output written inside
    the input folder is not read back): any file in a folder holding a khabar
    ``manifest.json`` (:mod:`khabar.store`), or a CSV whose header starts with the
    columns of a khabar table (:data:`khabar.schema.CONTRACT`; sets written before
    manifests). Staging folders are hidden, and hidden folders are never read."""
    from .schema import CONTRACT

    if _khabar_table_set(path.parent):
        return True
    if path.suffix.lower() != ".csv" or path.stem not in CONTRACT:
        return False
    try:
        with open(path, encoding="utf-8-sig", errors="replace", newline="") as fh:
            header = fh.readline(4096).rstrip("\r\n")
    except OSError:
        return False
    contract = ",".join(CONTRACT[path.stem])
    return header == contract or header.startswith(contract + ",")


def read_corpus(path: str | os.PathLike) -> tuple[list[Document], list[Problem]]:
    """Read every article under ``path``.

    ``path`` is a folder (``.txt``, ``.csv`` and ``.jsonl`` files, recursively, in sorted
    order; a ``metadata.json`` in a folder gives title/language/outlet/date per file
    name), or one such file. Returns ``(documents, problems)``; never raises for bad
    input. Raises :class:`InputError` only if ``path`` does not exist.
    """
    root = Path(path)
    if not root.exists():
        raise InputError(f"{root}: no such file or folder")
    files = [root] if root.is_file() else sorted(
        p for p in root.rglob("*")
        if p.is_file() and p.suffix.lower() in (".txt", ".csv", ".jsonl")
        and not any(part.startswith(".") for part in p.relative_to(root).parts)
        and not is_khabar_output(p))
    base = root.parent if root.is_file() else root
    docs: list[Document] = []
    problems: list[Problem] = []
    meta_cache: dict[Path, dict] = {}
    for f in files:
        if f.suffix.lower() == ".txt":
            folder_meta = meta_cache.setdefault(f.parent, _folder_metadata(f.parent))
            meta = folder_meta.get(f.name, {})
            try:
                docs.append(read_text_file(f, _doc_id(f, base), meta))
            except InputError as exc:
                problems.append(Problem(str(f), str(exc).split(": ", 1)[-1]))
        else:
            d, p = read_table_file(f)
            docs.extend(d)
            problems.extend(p)
    # Sources relative to the folder that holds the corpus (seeds/x.txt, not /home/…):
    # no local paths leak into shared tables, and the same articles give the same bytes
    # wherever they are.
    anchor = base.resolve().parent if root.is_dir() else base.resolve()
    docs = [replace(d, source=_relative(d.source, anchor)) for d in docs]
    problems = [Problem(_relative(p.source, anchor), p.reason) for p in problems]
    seen: set[str] = set()
    for d in docs:
        if d.doc_id in seen:
            problems.append(Problem(d.source, f"duplicate document id {d.doc_id!r}; "
                                    "later copies are skipped"))
        seen.add(d.doc_id)
    unique = {}
    for d in docs:
        unique.setdefault(d.doc_id, d)
    return list(unique.values()), problems


def _relative(source: str, anchor: Path) -> str:
    path, sep, row = source.partition("#")
    try:
        path = Path(path).resolve().relative_to(anchor).as_posix()
    except ValueError:
        pass
    return path + sep + row


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
_FORMULA_HIT = re.compile("(?:^|\x00)[=+\\-@\t\r']")


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
    cell needs it (checked by one regex over the joined column: the usual case)."""
    try:
        if not _FORMULA_HIT.search("\x00".join(values)):
            return None
    except TypeError:                           # non-text cells too (None, numbers)
        pass
    if not any(isinstance(v, str) and v.startswith(FORMULA_START) for v in values):
        return None
    return [guard_cell(v) if isinstance(v, str) else v for v in values]


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


def write_csv(df: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write ``df`` as UTF-8 with BOM (so Excel shows Arabic), atomically.

    The table goes to a temporary file in the same folder and is renamed over ``path``
    only when complete, so a crash never leaves half a CSV. Line endings are ``\\n``;
    fields are quoted as :func:`format_csv` says (a ``\\r`` inside a cell too); floats
    are written as they are; the output for the same frame is byte-identical.
    See :func:`write_csv_rows`.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
            write_csv_rows(df, fh)
        os.chmod(tmp, 0o666 & ~_umask())     # mkstemp makes 0600; tables are for sharing
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path


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
        return json.loads(cell)
    except ValueError:
        return cell


def _table_notes(path: Path) -> dict | None:
    try:
        info = json.loads((path.parent / "manifest.json").read_text(encoding="utf-8"))
        notes = info["tables"][path.stem]
        return notes if "dtypes" in notes else None
    except (OSError, ValueError, KeyError, TypeError):
        return None
