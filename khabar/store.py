"""The table set on disk: written as one unit, with a manifest, under a lock.

Layout (``DATA`` is ``OUT/data``)::

    OUT/.data.lock                 the lock file (kept; removing lock files races)
    OUT/.khabar-run.lock           the lock of a whole run (:func:`run_locked`)
    OUT/.data.khabar.xlsx.lock     the workbook's lock (khabar.newsroom.workbook, kept)
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

from .io.documents import text_sha256
from .io.tables import being_written
from .schema import TABLE_NAMES

MANIFEST = "manifest.json"
#: Format tag of :data:`MANIFEST`; a reader refuses other formats.
FORMAT = "khabar-tables/1"

# A process holds a POSIX lock once, whatever its threads do: they queue here first.
_THREAD_LOCK = threading.RLock()


class TablesBusy(RuntimeError):
    """Another khabar run holds the table folder (:func:`locked`) or the output folder
    (:func:`run_locked`); the message names it and the pid."""


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

    def busy(pid: str) -> str:
        return f"{parent / name}: another khabar process (pid {pid}) holds these tables"

    with _holding(parent / f".{name}.lock", wait, busy, notice, "waiting for it to finish"):
        clean_stale(parent / name)
        yield parent / name


#: The lock of a whole ``khabar run`` or ``khabar extract``, in its output folder.
RUN_LOCK = ".khabar-run.lock"


@contextmanager
def run_locked(out_dir: str | os.PathLike, wait: bool = False, notice=None):
    """Hold the lock of the output folder ``out_dir`` (created if missing) for a whole
    run: its ``data/``, ``figures/`` and ``reports/`` are then of one run, never the
    reports of one beside the tables of another. The lock is ``OUT/.khabar-run.lock``
    (kept, like :func:`lock_path`), held the same way as the table lock (a record lock:
    not inherited by the run's notebook and workbook processes), and taken before it
    (in this order only, so two runs never hold one each). The notebooks' own
    :func:`khabar.pipeline.load_tables` take only the table lock.

    ``wait`` False: raise :class:`TablesBusy` at once if another run holds it; True:
    call ``notice(message)`` once (``another khabar run (pid N) is writing OUT;
    waiting``) and wait. Runs into different folders never wait for each other."""
    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    with _holding(out / RUN_LOCK, wait,
                  lambda pid: f"another khabar run (pid {pid}) is writing {out}",
                  notice, "waiting"):
        yield out


@contextmanager
def _holding(lock_file: Path, wait: bool, busy, notice, waiting: str):
    """Hold a POSIX record lock on ``lock_file`` with this process's pid written in it;
    when another process holds it, ``busy(pid)`` is the message: raised as
    :class:`TablesBusy` (``wait`` False) or given to ``notice`` with ``waiting``."""
    with _THREAD_LOCK:
        fd = os.open(lock_file, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
        try:
            try:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                if exc.errno not in (errno.EACCES, errno.EAGAIN):
                    raise
                message = busy(os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?")
                if not wait:
                    raise TablesBusy(message + "; try again when it has finished") from None
                if notice is not None:
                    notice(f"{message}; {waiting}")
                fcntl.lockf(fd, fcntl.LOCK_EX)
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
            yield
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
    """Remove what killed runs left (call with the lock held): staging folders, text
    spools (:func:`text_spool`) and renamed old sets next to ``data_dir`` (their user
    files moved back first; an old set is put back if ``data_dir`` is missing), and
    ``.*.tmp`` files inside it."""
    parent, name = data_dir.parent, data_dir.name
    for old in sorted(parent.glob(f".{name}.old-*")):
        if not os.path.lexists(data_dir):
            os.rename(old, data_dir)         # killed between the two renames of _swap
            continue
        _rescue_user_files(old, data_dir)
        shutil.rmtree(old, ignore_errors=True)
    for spool in parent.glob(f".{name}.spool-*"):
        shutil.rmtree(spool, ignore_errors=True)
    for staging in parent.glob(f".{name}.staging-*"):
        if data_dir.is_dir():
            _rescue_user_files(staging, data_dir)
        shutil.rmtree(staging, ignore_errors=True)
    if data_dir.is_dir():
        for tmp in data_dir.glob(".*.tmp"):
            if tmp.is_file() and not being_written(tmp):
                tmp.unlink()


@contextmanager
def text_spool(data_dir: str | os.PathLike):
    """A :class:`khabar.io.TextSpool` for one run's reading of a corpus, in a folder
    ``.NAME.spool-ID`` beside ``data_dir`` (on the disk the tables go to, not in a
    temporary folder that may be memory), removed when the block ends. Use inside
    :func:`locked`; a killed run's spool is removed by :func:`clean_stale`."""
    from .io import TextSpool

    parent, name = _names(Path(data_dir))
    folder = parent / f".{name}.spool-{uuid.uuid4().hex[:8]}"
    folder.mkdir(parents=True)
    try:
        with TextSpool(folder / "texts.spool") as spool:
            yield spool
    finally:
        shutil.rmtree(folder, ignore_errors=True)


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
        self.run_id = run_id or (time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
                                 + "-" + uuid.uuid4().hex[:8])
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


def input_stat_fingerprint(seeds: str | os.PathLike, gazetteer_files=()) -> str:
    """SHA-256 over khabar's code (:func:`code_fingerprint`) and the path, size and
    modification time (ns) of the gazetteer files and of every file under ``seeds``
    (or ``seeds`` itself), hidden ones and khabar's output folders excepted
    (:func:`khabar.io.reading.is_khabar_output_folder`, as the corpus is read): a check that
    reads no article, for reusing stored tables; when any of these changed,
    :func:`input_fingerprint` decides."""
    h = hashlib.sha256(code_fingerprint().encode())
    root = Path(seeds)

    def add(path: Path, name: str) -> None:
        try:
            st = os.stat(path)
        except OSError:
            h.update(b"missing\0" + name.encode("utf-8", "surrogateescape"))
            return
        h.update(f"{st.st_size}:{st.st_mtime_ns}:".encode()
                 + name.encode("utf-8", "surrogateescape") + b"\0")

    for path in gazetteer_files:
        add(Path(path), str(Path(path).resolve()))
    if root.is_file():
        add(root, root.name)
        return h.hexdigest()
    from .io.reading import is_khabar_output_folder

    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and not is_khabar_output_folder(Path(folder), d))
        for name in sorted(files):
            if not name.startswith("."):
                add(Path(folder, name), os.path.relpath(os.path.join(folder, name), root))
    return h.hexdigest()


def input_fingerprint(docs, problems, gazetteer_files=()) -> str:
    """SHA-256 naming one extraction's input exactly: khabar's code
    (:func:`code_fingerprint`), the gazetteer files' bytes, and each document as read
    (doc_id, source, encoding, metadata, SHA-256 of its text) and each reading problem.
    Independent of document order. The problems count because ``problems.csv`` is one
    of the tables: a new symbolic link to an article already read (read once, the link
    a problem: :func:`khabar.io.read_corpus`) gives the same documents but another
    fingerprint, so the stored tables are made again and name the link."""
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
        h.update(bytes.fromhex(text_sha256(d)))     # a deferred document's, as read
    for p in sorted(problems, key=lambda p: (p.source, p.reason)):
        h.update(json.dumps([p.source, p.reason], ensure_ascii=True).encode() + b"\0")
    return h.hexdigest()


# ------------------------------------------------------------------ table files
# Each table's CSV and Parquet writer lives in khabar/table_files.py; re-exported here,
# where the rest of the table set is.
from .table_files import TableWriter, read_parquet  # noqa: E402,F401
