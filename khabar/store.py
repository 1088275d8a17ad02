"""The table set on disk: written as one unit, with a manifest, under a lock.

Layout (``DATA`` is ``OUT/data``)::

    OUT/.data.lock                 the lock file (kept; removing lock files races)
    OUT/.data.staging-<run id>/    a set being written (hidden, next to DATA)
    OUT/data/manifest.json         what the current set is (see :func:`manifest`)
    OUT/data/<table>.csv           each table, UTF-8 with BOM (khabar.io.write_csv)
    OUT/data/<table>.parquet       the same rows, exact types (pyarrow)
    OUT/data/texts/DOC_ID.txt      analysed text of web pages, Word files, PDFs (formats)
    OUT/data/gazetteer.csv, ...    the user's own files: never written nor removed

**One unit.** Every table of a run is written into a new staging folder; only when all
of them and the manifest are complete and flushed (``fsync``) is the folder swapped with
``DATA`` in one step, so a reader sees the whole old set or the whole new one, never
tables of two runs side by side, and a kill or a full disk mid-write leaves ``DATA``
untouched. The swap is Linux ``renameat2(RENAME_EXCHANGE)`` (atomic exchange of two
names, ext4/xfs/btrfs/tmpfs, glibc 2.28+). Where that call is missing or refused (other
systems, some network file systems), ``DATA`` is renamed aside and the staging folder
renamed into place: two renames, so a kill between them leaves no ``DATA`` for an
instant, never a mixed one, and the next run puts the old set back
(:func:`clean_stale`).

Why not a ``data`` symlink to a versioned folder: ``data/`` is a real folder of the
repository (it holds the user's ``gazetteer.csv``, tracked by git), and a symlink would
replace it in the work tree.

**User files survive.** Anything in ``DATA`` that khabar did not write (not in the old
manifest, not a ``<table>.csv``/``.parquet`` of :data:`khabar.schema.TABLE_NAMES`, not
a ``.*.tmp``) is hard-linked into the new set before the swap (the same file, never
absent) and anything created meanwhile is moved over after it.

**Lock.** One writer at a time per ``DATA``: a POSIX record lock (``fcntl.lockf``) on
``OUT/.data.lock``. Unlike ``flock``, a record lock is not inherited by forked worker
processes, so a killed run can never leave its lock held by an orphaned worker. A second
run either refuses (:class:`TablesBusy`, ``khabar extract``) or waits (``load_tables``).
Holding the lock, a run first removes what killed runs left: staging folders, renamed
old sets, and ``.*.tmp`` files inside ``DATA``.
"""
from __future__ import annotations

import ctypes
import errno
import fcntl
import hashlib
import json
import os
import shutil
import threading
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

from .schema import TABLE_NAMES

MANIFEST = "manifest.json"
#: Format tag of :data:`MANIFEST`; a reader refuses other formats.
FORMAT = "khabar-tables/1"

# A process holds a POSIX lock once, whatever its threads do: they queue here first.
_THREAD_LOCK = threading.RLock()


class TablesBusy(RuntimeError):
    """Another khabar run holds the table folder; the message names it and the pid."""


def _names(data_dir: Path) -> tuple[Path, str]:
    data_dir = Path(os.path.abspath(data_dir))
    if data_dir.is_symlink():           # a user's symlinked data/: work where it points
        data_dir = data_dir.resolve()
    return data_dir.parent, data_dir.name


def lock_path(data_dir: str | os.PathLike) -> Path:
    """The lock file of a table folder: ``.<name>.lock`` next to it."""
    parent, name = _names(Path(data_dir))
    return parent / f".{name}.lock"


@contextmanager
def locked(data_dir: str | os.PathLike, wait: bool = False, notice=None):
    """Hold the write lock of ``data_dir`` (created with its parent if missing).

    ``wait`` False: raise :class:`TablesBusy` at once if another process holds it;
    True: call ``notice(message)`` once and wait. On entry the leftovers of killed runs
    are cleaned (:func:`clean_stale`).
    """
    parent, name = _names(Path(data_dir))
    parent.mkdir(parents=True, exist_ok=True)
    with _THREAD_LOCK:
        fd = os.open(parent / f".{name}.lock", os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
        try:
            try:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                if exc.errno not in (errno.EACCES, errno.EAGAIN):
                    raise
                holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
                message = (f"{parent / name}: another khabar run (pid {holder}) is writing "
                           "these tables")
                if not wait:
                    raise TablesBusy(message + "; try again when it has finished") from None
                if notice is not None:
                    notice(message + "; waiting for it to finish")
                fcntl.lockf(fd, fcntl.LOCK_EX)
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
            clean_stale(parent / name)
            yield parent / name
        finally:
            os.close(fd)              # releases the record lock


# ------------------------------------------------------------------ what khabar owns

def _khabar_files(folder: Path) -> set[str]:
    """Names in ``folder`` that khabar wrote: its manifest's files, the manifest, and
    every ``<table>.csv``/``.parquet`` of :data:`TABLE_NAMES` (sets older than the
    manifest had none)."""
    # texts/: the analysed text of documents not read from plain text (khabar.formats);
    # khabar.xlsx: the workbook of a set (khabar.report), never carried into the next one.
    owned = {MANIFEST, "texts", "khabar.xlsx"} | {f"{t}.{ext}" for t in TABLE_NAMES
                                   for ext in ("csv", "parquet")}
    try:
        info = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        owned |= {f for t in info.get("tables", {}).values() for f in t.get("files", [])}
    except (OSError, ValueError, AttributeError, TypeError):
        pass
    return owned


def _user_entries(folder: Path) -> list[os.DirEntry]:
    owned = _khabar_files(folder)
    with os.scandir(folder) as it:
        return [e for e in it if e.name not in owned
                and not (e.name.startswith(".") and e.name.endswith(".tmp"))]


def _rescue_user_files(old: Path, new: Path) -> None:
    """Move every user entry of ``old`` that ``new`` lacks into ``new``."""
    for entry in _user_entries(old):
        if not os.path.lexists(new / entry.name):
            os.rename(entry.path, new / entry.name)


def clean_stale(data_dir: Path) -> None:
    """Remove what killed runs left (call with the lock held): staging folders and
    renamed old sets next to ``data_dir`` (their user files moved back first; an old set
    is put back if ``data_dir`` is missing), and ``.*.tmp`` files inside it."""
    parent, name = data_dir.parent, data_dir.name
    for old in sorted(parent.glob(f".{name}.old-*")):
        if not os.path.lexists(data_dir):
            os.rename(old, data_dir)         # killed between the two renames of _swap
            continue
        _rescue_user_files(old, data_dir)
        shutil.rmtree(old, ignore_errors=True)
    for staging in parent.glob(f".{name}.staging-*"):
        if data_dir.is_dir():
            _rescue_user_files(staging, data_dir)
        shutil.rmtree(staging, ignore_errors=True)
    if data_dir.is_dir():
        for tmp in data_dir.glob(".*.tmp"):
            if tmp.is_file():
                tmp.unlink()


# ------------------------------------------------------------------ the swap

AT_FDCWD, RENAME_EXCHANGE = -100, 2
try:
    _renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
except (OSError, AttributeError):    # not glibc ≥ 2.28 / not Linux
    _renameat2 = None


def _exchange(a: Path, b: Path) -> None:
    """Swap the names ``a`` and ``b`` atomically (Linux ``renameat2``)."""
    if _renameat2 is None:
        raise OSError(errno.ENOSYS, "renameat2 is not available")
    if _renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE) != 0:
        err = ctypes.get_errno()
        raise OSError(err, os.strerror(err), str(a))


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _swap(staging: Path, data_dir: Path, run_id: str) -> None:
    """Put the complete set ``staging`` in the place of ``data_dir`` (see module doc)."""
    if not os.path.lexists(data_dir):
        os.rename(staging, data_dir)
        return
    for entry in _user_entries(data_dir):
        if entry.is_file(follow_symlinks=False):
            try:
                os.link(entry.path, staging / entry.name, follow_symlinks=False)
            except OSError:
                pass                          # no hard links here: moved after the swap
    try:
        _exchange(staging, data_dir)
        old = staging
    except OSError as exc:
        if exc.errno not in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EXDEV,
                             errno.EPERM):
            raise
        old = data_dir.parent / f".{data_dir.name}.old-{run_id}"
        os.rename(data_dir, old)
        os.rename(staging, data_dir)
    _fsync_dir(data_dir.parent)
    _rescue_user_files(old, data_dir)
    shutil.rmtree(old, ignore_errors=True)


class Staging:
    """A new table set being written: :meth:`path` for each file, then :meth:`commit`.

    Use inside :func:`locked`. Leaving the ``with`` block without a commit (an error, a
    full disk) removes the staging folder and leaves the current set as it was.
    """

    def __init__(self, data_dir: str | os.PathLike, run_id: str | None = None):
        parent, name = _names(Path(data_dir))
        self.data_dir = parent / name
        self.run_id = run_id or time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()) + "-" + uuid.uuid4().hex[:8]
        self.folder = parent / f".{name}.staging-{self.run_id}"
        self.files: dict[str, list[str]] = {}
        self.committed = False

    def __enter__(self) -> "Staging":
        self.folder.mkdir(parents=True)
        return self

    def __exit__(self, *exc) -> None:
        if not self.committed:
            shutil.rmtree(self.folder, ignore_errors=True)

    def path(self, table: str, ext: str) -> Path:
        """Where to write ``<table>.<ext>`` of this set (recorded for the manifest)."""
        name = f"{table}.{ext}"
        self.files.setdefault(table, []).append(name)
        return self.folder / name

    def commit(self, manifest: dict) -> Path:
        """Write ``manifest`` (with each table's files and their sizes added), flush
        everything to disk and swap the set into place. Returns the table folder."""
        for table, names in self.files.items():
            entry = manifest.setdefault("tables", {}).setdefault(table, {})
            entry["files"] = names
            entry["bytes"] = {n: (self.folder / n).stat().st_size for n in names}
        manifest = {"format": FORMAT, "run_id": self.run_id, **manifest}
        with open(self.folder / MANIFEST, "w", encoding="utf-8") as fh:
            json.dump(manifest, fh, ensure_ascii=False, indent=1, sort_keys=False)
            fh.write("\n")
        for name in [MANIFEST, *(n for ns in self.files.values() for n in ns)]:
            fd = os.open(self.folder / name, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        _fsync_dir(self.folder)
        _swap(self.folder, self.data_dir, self.run_id)
        self.committed = True
        return self.data_dir


def read_manifest(data_dir: str | os.PathLike) -> dict | None:
    """The manifest of the set in ``data_dir`` if it is complete (format known, every
    table of :data:`TABLE_NAMES` listed, every listed file present with its recorded
    size), else ``None``."""
    data_dir = Path(data_dir)
    try:
        info = json.loads((data_dir / MANIFEST).read_text(encoding="utf-8"))
        if info.get("format") != FORMAT or set(info["tables"]) < set(TABLE_NAMES):
            return None
        for table in info["tables"].values():
            for name, size in table["bytes"].items():
                if (data_dir / name).stat().st_size != size:
                    return None
    except (OSError, ValueError, KeyError, AttributeError, TypeError):
        return None
    return info


# ------------------------------------------------------------------ fingerprints

_CODE_HASH: str | None = None


def code_fingerprint() -> str:
    """SHA-256 over khabar's own source and resource files (paths and bytes): tables
    made by other code are never reused, even without a version change."""
    global _CODE_HASH
    if _CODE_HASH is None:
        root = Path(__file__).resolve().parent
        h = hashlib.sha256()
        for p in sorted(root.rglob("*")):
            if p.is_file() and (p.suffix in (".py", ".csv", ".txt", ".json")) \
                    and "__pycache__" not in p.parts:
                h.update(p.relative_to(root).as_posix().encode() + b"\0")
                h.update(hashlib.sha256(p.read_bytes()).digest())
        _CODE_HASH = h.hexdigest()
    return _CODE_HASH


def input_fingerprint(docs, problems, gazetteer_files=()) -> str:
    """SHA-256 naming one extraction's input exactly: khabar's code
    (:func:`code_fingerprint`), the gazetteer files' bytes, and each document as read
    (doc_id, source, encoding, metadata, SHA-256 of its text) and each reading problem.
    Independent of document order."""
    h = hashlib.sha256(code_fingerprint().encode())
    for path in gazetteer_files:
        h.update(str(path).encode("utf-8", "surrogateescape") + b"\0")
        try:
            h.update(hashlib.sha256(Path(path).read_bytes()).digest())
        except OSError:
            h.update(b"missing")
    for d in sorted(docs, key=lambda d: d.doc_id):
        head = json.dumps([d.doc_id, d.source, d.encoding, sorted(d.meta.items())],
                          ensure_ascii=True, default=str)
        h.update(head.encode() + b"\0")
        h.update(hashlib.sha256(d.text.encode("utf-8", "surrogatepass")).digest())
    for p in sorted(problems, key=lambda p: (p.source, p.reason)):
        h.update(json.dumps([p.source, p.reason], ensure_ascii=True).encode() + b"\0")
    return h.hexdigest()


# ------------------------------------------------------------------ Parquet

def _is_text(values) -> bool:
    return all(v is None or isinstance(v, str) for v in values)


def _json_default(value):
    # Exact numbers that JSON has no type for (Decimal, numpy scalars) as tagged text.
    from decimal import Decimal
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    if hasattr(value, "item"):
        return value.item()
    raise TypeError(f"cannot store {type(value).__name__} in a table")


def _json_hook(obj):
    from decimal import Decimal
    return Decimal(obj["decimal"]) if set(obj) == {"decimal"} else obj


class TableWriter:
    """One table of a set, written chunk by chunk as documents finish: ``<name>.csv``
    (:func:`khabar.io.write_csv_rows`: the same bytes as writing the whole frame at
    once) and ``<name>.parquet`` (pyarrow, zstd, a row group per chunk, exact values).

    The first chunk with rows fixes the columns and their types; a table without rows
    is written with the columns of the first (empty) chunk. Object columns are stored as
    Parquet text, except ``json_columns`` and object columns holding non-text values in
    the first chunk (whole amounts as ``int`` beside fractional ones): those as JSON
    text, so an ``int`` stays an ``int`` (:func:`read_parquet`). :meth:`close` returns
    the manifest notes: ``rows``, ``dtypes`` (pandas dtype per column), ``json_columns``.
    """

    def __init__(self, csv_path: Path, parquet_path: Path, json_columns=()):
        self.csv_path, self.parquet_path = csv_path, parquet_path
        self.json_columns = list(json_columns)
        self.rows = 0
        self._empty = self._csv = self._parquet = self._schema = self._dtypes = None

    def append(self, df) -> None:
        if self._empty is None:
            self._empty = df.iloc[:0]
        if not len(df):
            return
        from .io import write_csv_rows

        first = self._csv is None
        if first:
            self._open(df)
        write_csv_rows(df, self._csv, header=first)
        self._parquet.write_table(self._arrow(df))
        self.rows += len(df)

    def _open(self, df) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self._dtypes = {c: str(t) for c, t in df.dtypes.items()}
        self.json_columns += [c for c in df.columns if df[c].dtype == object and len(df)
                              and c not in self.json_columns and not _is_text(df[c])]
        fields = [pa.field(str(c), pa.string() if df[c].dtype == object
                           else pa.from_numpy_dtype(df[c].dtype)) for c in df.columns]
        self._schema = pa.schema(fields)
        self._csv = open(self.csv_path, "w", encoding="utf-8-sig", newline="")
        self._parquet = pq.ParquetWriter(self.parquet_path, self._schema, compression="zstd")

    def _arrow(self, df):
        import pyarrow as pa

        arrays = []
        for field, c in zip(self._schema, df.columns):
            if c in self.json_columns:
                values = [None if v is None else json.dumps(v, default=_json_default)
                          for v in df[c].tolist()]
            elif pa.types.is_string(field.type):
                values = df[c].tolist()
                if not _is_text(values):    # an odd cell: stored as the CSV shows it
                    values = [v if v is None or isinstance(v, str) else str(v) for v in values]
            else:
                values = df[c].to_numpy()
            arrays.append(pa.array(values, type=field.type))
        return pa.Table.from_arrays(arrays, schema=self._schema)

    def close(self) -> dict:
        """Finish both files (a table without rows: header and schema only); return the
        manifest notes."""
        if self._csv is None:
            empty = self._empty
            self._open(empty)
            self._csv.write(empty.to_csv(index=False, lineterminator="\n"))
        self._csv.close()
        self._parquet.close()
        return {"rows": self.rows, "dtypes": self._dtypes, "json_columns": self.json_columns}

    def abort(self) -> None:
        """Close the files without finishing them (the staging folder is removed)."""
        for fh in (self._csv, self._parquet):
            try:
                if fh is not None:
                    fh.close()
            except Exception:  # noqa: BLE001 - already failing; the folder goes anyway
                pass


def read_parquet(path: Path, notes: dict):
    """The frame a :class:`TableWriter` wrote, with its dtypes and values (``notes``:
    its entry in the manifest)."""
    import pyarrow.parquet as pq

    df = pq.read_table(path).to_pandas(integer_object_nulls=True)
    for c in notes.get("json_columns", []):
        df[c] = [None if v is None else json.loads(v, object_hook=_json_hook)
                 for v in df[c].tolist()]
    for c, dtype in notes.get("dtypes", {}).items():
        if str(df[c].dtype) != dtype:
            df[c] = df[c].astype(dtype)
    return df
