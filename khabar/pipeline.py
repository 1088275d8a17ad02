"""All tables for a corpus: the one pipeline that notebooks, ``khabar run`` and
``khabar extract`` share, so they never disagree.

read (:func:`khabar.io.read_corpus`) → per document (:func:`extract_document`:
:func:`khabar.text.analyse`, tokens, mentions, funding, dates, quotes) → per batch of
documents (:mod:`khabar.batches`: DataFrames, summaries, encoded chunks), run by an
engine (:mod:`khabar.engines`) → corpus tables (organisations, term frequencies,
problems) → CSVs and Parquet files, written as one unit (:mod:`khabar.store`).

Two ways out: :func:`extract` returns every table in memory; :func:`write_corpus`
streams them to disk as batches finish (bounded memory: a row group of every table each
:data:`CHUNK_TOKENS` token rows) and :func:`load_tables` returns a stored set,
extracting only when the input changed. Both run the same batches
(:func:`_batches`), so their tables are the same.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd

from . import formats, schema, store
from .batches import PER_DOCUMENT, Batch, cyclic_gc_paused, empty_frames
from .document_tables import (ROW_TABLES, SORT_KEYS, document_row,  # noqa: F401 - public
                              extract_document, safe_extract, sorted_table, token_columns,
                              tokens_table)
from .entities import OrganisationSummary
from .gazetteer import load_gazetteer
from .io import FORMULA_GUARD, FORMULA_START, Document, Problem, read_corpus
from .terms import (SCRIPT_COLUMNS, SCRIPTS, TermCounter, script_mix,  # noqa: F401 - public
                    script_rows, surface_counts, term_frequencies, term_key, terms_table)

#: Tables written by :func:`write_tables`, in this order (see :mod:`khabar.store`).
TABLE_NAMES = schema.TABLE_NAMES

#: A row group of every table is written once this many token rows are buffered: memory
#: stays bounded by it, not by the corpus (:func:`_write_streamed`).
CHUNK_TOKENS = 200_000


def extract(docs: Iterable[Document], workers: int | None = 1, progress: bool = False,
            problems: Iterable[Problem] = (), engine: str = "local",
            scheduler=None) -> dict[str, pd.DataFrame]:
    """Every table for a corpus, keyed by :data:`TABLE_NAMES`, in memory.

    ``workers``: processes to use (``None`` = all cores; 1 = this process). Articles
    that fail are listed in the ``problems`` table (columns source, reason) together
    with the reading problems passed in. Rows are sorted so the same input always
    gives the same tables. For a corpus larger than memory, :func:`write_corpus` streams
    the same tables to disk instead. ``engine``, ``scheduler``: where the per-document
    work runs (:func:`khabar.engines.map_batches`; ``"dask"`` gives the same tables).
    """
    docs = list(docs)
    # The analysed text of each document not read from plain text goes with its
    # documents rows, for write_tables to write as texts/DOC_ID.txt (provenance).
    texts = formats.texts_to_write(docs)
    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in PER_DOCUMENT}
    corpus = _CorpusTables(problems)
    for batch in _batches(docs, workers, progress, engine, scheduler, encoded=False):
        corpus.add(batch)
        for name, frame in batch.tables.items():
            parts[name].append(frame)
    empty = empty_frames()
    tables = {name: _concat(parts[name]) if parts[name] else empty[name]
              for name in PER_DOCUMENT}
    tables.update(corpus.tables())
    tables = {name: tables[name] for name in TABLE_NAMES}
    if texts:
        tables["documents"].attrs["texts"] = texts
    return tables


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    # Batches without rows carry only the contract's columns: the table has the columns
    # of its batches with rows, else those of its first batch.
    full = [f for f in frames if len(f)]
    if not full:
        return frames[0]
    return full[0] if len(full) == 1 else pd.concat(full, ignore_index=True)


class _CorpusTables:
    """The corpus-wide tables (terms, organisations, problems), from the batches'
    summaries added in corpus order; ``spill``: see :class:`khabar.terms.TermCounter`."""

    def __init__(self, problems: Iterable[Problem] = (), spill: Path | None = None):
        self.terms = TermCounter(spill)
        self.organisations = OrganisationSummary()
        self.problems = list(problems)
        self.unread = 0

    def add(self, batch: Batch) -> None:
        self.unread += batch.unread
        self.terms.merge(batch.terms)
        self.organisations.update(batch.organisations)
        self.problems.extend(batch.problems)

    def tables(self) -> dict[str, pd.DataFrame]:
        problems = pd.DataFrame([(p.source, p.reason) for p in self.problems],
                                columns=schema.PROBLEMS)
        return {"terms": self.terms.table(), "organisations": self.organisations.table(),
                "problems": sorted_table("problems", problems)}


def _batches(docs: list[Document], workers: int | None, progress: bool, engine: str,
             scheduler, encoded: bool) -> Iterator[Batch]:
    """The :class:`khabar.batches.Batch` of each batch of ``docs`` (consumed: sorted in
    place by doc_id, each entry dropped once extracted), in order."""
    from .engines import map_batches

    # Loaded here, once per run: a malformed user gazetteer stops the run with its file
    # name (ValueError) before any article is read.
    gazetteer = load_gazetteer()
    bar = _progress(len(docs), progress)
    try:
        with cyclic_gc_paused():
            for batch in map_batches(docs, engine, workers, scheduler, gazetteer, encoded):
                if bar is not None:
                    bar.update(batch.documents + len(batch.problems))
                yield batch
    finally:
        if bar is not None:
            bar.close()


def _progress(total: int, enabled: bool):
    if not enabled:
        return None
    from tqdm.auto import tqdm
    return tqdm(total=total, desc="articles", unit="article")


def extract_corpus(seeds: str | os.PathLike, workers: int | None = 1,
                   progress: bool = False, engine: str = "local",
                   scheduler=None) -> dict[str, pd.DataFrame]:
    """Read every article under ``seeds`` (see :func:`khabar.io.read_corpus`) and
    :func:`extract` its tables. Raises :class:`khabar.io.InputError` only if ``seeds``
    does not exist."""
    docs, problems = read_corpus(seeds)
    return extract(docs, workers=workers, progress=progress, problems=problems,
                   engine=engine, scheduler=scheduler)


def _manifest(notes: dict[str, dict], fingerprint: str | None,
              stat_fingerprint: str | None = None) -> dict:
    """The manifest of a table set (:mod:`khabar.store`): khabar version, when, the
    input fingerprint (:func:`khabar.store.input_fingerprint`; ``null`` if the tables
    were not made from a known input, and then never reused) and the input files'
    (:func:`khabar.store.input_stat_fingerprint`), the CSV formula guard,
    and per table (in :data:`TABLE_NAMES` order) its row count, column dtypes and the
    notes to read it back (:class:`khabar.store.TableWriter`)."""
    from . import __version__
    order = {n: i for i, n in enumerate(TABLE_NAMES)}
    return {"khabar_version": __version__,
            "created": pd.Timestamp.now(tz="UTC").isoformat(timespec="seconds"),
            "input_fingerprint": fingerprint,
            "input_files_fingerprint": stat_fingerprint,
            # How a CSV text cell relates to the text (khabar.io.read_table undoes it).
            "csv_formula_guard": {
                "prefix": FORMULA_GUARD, "when_text_starts_with": list(FORMULA_START),
                "rule": "cell = prefix + text if text starts with one of these, else text; "
                        "the .parquet files hold the text unguarded"},
            "tables": {n: notes[n] for n in sorted(notes, key=lambda n: order.get(n, len(order)))}}


def write_tables(tables: dict[str, pd.DataFrame], data_dir: str | os.PathLike,
                 names: Iterable[str] | None = None, fingerprint: str | None = None,
                 wait: bool = True) -> list[Path]:
    """Write ``tables`` (or only ``names`` of them) into ``data_dir`` as one unit
    (:mod:`khabar.store`): ``<name>.csv`` (UTF-8 with BOM, :func:`khabar.io.write_csv`)
    and ``<name>.parquet`` for each, and ``manifest.json``. The new set replaces the
    tables there as a whole; the user's own files in ``data_dir`` stay. ``wait``: wait
    for another run holding the folder (else raise :class:`khabar.store.TablesBusy`).
    Returns the CSV paths. Raises ``OSError`` (the old set is then left as it was)."""
    with store.locked(data_dir, wait=wait, notice=_notice) as target:
        return _write_set({n: tables[n] for n in (names or tables)}, target, fingerprint)


def _notice(message: str) -> None:
    print(f"khabar: {message}", file=sys.stderr, flush=True)


def _write_set(tables: dict[str, pd.DataFrame], data_dir: Path,
               fingerprint: str | None) -> list[Path]:
    # Called with the lock held.
    with store.Staging(data_dir) as staging:
        notes = _write_chunks(staging, tables.items())
        if "documents" in tables:
            formats.write_texts(tables["documents"].attrs.get("texts", {}), staging.folder)
        target = staging.commit(_manifest(notes, fingerprint))
    return [target / f"{n}.csv" for n in tables]


def _write_chunks(staging: store.Staging, chunks) -> dict[str, dict]:
    """Write ``(name, DataFrame)`` pairs into ``staging``, a row group each; return each
    table's notes."""
    with _TableFiles(staging) as files:
        for name, frame in chunks:
            files.writer(name).append(frame)
        return files.close()


class _TableFiles:
    """A :class:`khabar.store.TableWriter` per table of a staging folder, opened at its
    first chunk; on an error every file is closed unfinished (the folder then goes)."""

    def __init__(self, staging: store.Staging):
        self.staging = staging
        self.writers: dict[str, store.TableWriter] = {}

    def __enter__(self) -> "_TableFiles":
        return self

    def __exit__(self, kind, *exc) -> None:
        if kind is not None:
            for w in self.writers.values():
                w.abort()

    def writer(self, name: str) -> store.TableWriter:
        writer = self.writers.get(name)
        if writer is None:
            writer = self.writers[name] = store.TableWriter(
                self.staging.path(name, "csv"), self.staging.path(name, "parquet"),
                schema.VALUE_COLUMNS.get(name, ()))
        return writer

    def flush(self) -> None:
        for w in self.writers.values():
            w.flush()

    def close(self) -> dict[str, dict]:
        return {name: w.close() for name, w in self.writers.items()}


def _write_streamed(docs: list[Document], problems, data_dir: Path, fingerprint: str,
                    workers: int | None, progress: bool,
                    stat_fingerprint: str | None = None, engine: str = "local",
                    scheduler=None) -> None:
    """Extract ``docs`` (consumed) and write every table as one unit, batch by batch as
    they finish (bounded memory: the workers encode their batch's rows, this process
    appends them, and a row group of every table is written each :data:`CHUNK_TOKENS`
    token rows). Called with the lock held."""
    with store.Staging(data_dir) as staging:
        formats.write_texts(formats.texts_to_write(docs), staging.folder)
        spill = staging.folder / ".terms-spill.tmp"
        corpus = _CorpusTables(problems, spill)
        try:
            with _TableFiles(staging) as files:
                buffered = 0
                for batch in _batches(docs, workers, progress, engine, scheduler,
                                      encoded=True):
                    corpus.add(batch)
                    for name, chunk in batch.tables.items():
                        files.writer(name).add(chunk)
                    buffered += batch.tokens
                    if buffered >= CHUNK_TOKENS:
                        files.flush()
                        buffered = 0
                for name, frame in corpus.tables().items():
                    files.writer(name).append(frame)
                notes = files.close()
        finally:
            corpus.terms.close()          # the spill file, before the folder goes
        spill.unlink(missing_ok=True)
        if corpus.unread:
            # An article changed or went while the corpus was analysed: the fingerprints
            # describe the input as first read, not these tables, which are then never
            # reused (the next run reads the input again).
            fingerprint = stat_fingerprint = None
        staging.commit(_manifest(notes, fingerprint, stat_fingerprint))


def read_tables(data_dir: str | os.PathLike, fingerprint: str | None = None
                ) -> "StoredTables | None":
    """Every table of the complete set in ``data_dir`` (:class:`StoredTables`: read from
    its Parquet files on first use, with the dtypes :func:`extract` gives), or ``None``
    if there is no complete set or, when ``fingerprint`` is given, the set was made from
    other input, or one of its files is missing."""
    info = store.read_manifest(data_dir)
    if info is None or (fingerprint is not None and info.get("input_fingerprint") != fingerprint):
        return None
    try:
        return StoredTables(Path(data_dir), info)
    except (OSError, KeyError) as exc:     # damaged since: extract again
        _notice(f"{data_dir}: stored tables unreadable ({exc}); extracting again")
        return None


class StoredTables(Mapping):
    """The tables of one stored set, name → DataFrame, each read from its Parquet file
    when first used (a notebook that never touches the token table never pays for it).

    Every file is opened when the mapping is made: a later run that replaces the set
    swaps the folder, but open files keep their contents, so the tables read later are
    still those of this set, never a mix of two runs. They are opened as Arrow's own
    files (``pyarrow.OSFile``), not Python file objects: Arrow holds what it reads from
    a Python file in buffers that need the interpreter to be freed, and an Arrow thread
    freeing one while Python exited aborted the process after its work ("terminate
    called without an active exception", exit status 134, a few runs in a hundred).
    ``manifest``: the set's manifest. Reading a damaged file raises ``OSError`` naming
    it."""

    def __init__(self, data_dir: Path, manifest: dict):
        import pyarrow as pa

        self.manifest = manifest
        self._paths = {n: data_dir / f"{n}.parquet" for n in TABLE_NAMES}
        self._files = {n: pa.OSFile(str(path)) for n, path in self._paths.items()}
        self._frames: dict[str, pd.DataFrame] = {}

    def __getitem__(self, name: str) -> pd.DataFrame:
        frame = self._frames.get(name)
        if frame is None:
            try:
                fh = self._files[name]
                fh.seek(0)
                frame = store.read_parquet(fh, self.manifest["tables"][name])
            except (OSError, ValueError, KeyError) as exc:
                raise OSError(f"{self._paths.get(name, name)}: cannot read the stored "
                              f"table ({exc})") from exc
            self._frames[name] = frame
        return frame

    def __iter__(self):
        return iter(TABLE_NAMES)

    def __len__(self) -> int:
        return len(TABLE_NAMES)

    def __del__(self):
        for fh in getattr(self, "_files", {}).values():
            fh.close()


def corpus_fingerprint(docs, problems) -> str:
    """:func:`khabar.store.input_fingerprint` of a read corpus with the gazetteer files
    that apply now (the built-in and the user's, :func:`khabar.gazetteer.user_gazetteer_path`)."""
    return store.input_fingerprint(docs, problems, _gazetteer_files())


def load_tables(seeds_dir: str | os.PathLike, out_dir: str | os.PathLike,
                workers: int | None = None, progress: bool = False,
                run_id: str | None = None) -> Mapping:
    """Every table of the articles under ``seeds_dir``, extracted at most once.

    If ``OUT/data`` holds a complete table set made from the current input (see
    :func:`write_corpus`: same files, or the same documents as read, gazetteer and
    khabar code), the stored tables are returned (:class:`StoredTables`: each read on
    first use, dtypes as :func:`extract` returns them); else the corpus is extracted
    (``workers``: ``None`` = all cores), written as one unit (streamed, in bounded
    memory) and returned. With no readable article nothing is written and the (empty)
    tables are returned. Waits while another run writes ``OUT/data``.

    ``run_id`` (``khabar run`` gives it to its notebooks): the set that run made,
    returned as it is, without comparing the input again: khabar's code upgraded during
    the run would otherwise make a notebook extract anew and replace the set the
    earlier notebooks (and their executed copies in ``reports/``) were made from.
    Raises :class:`TablesReplaced` if ``OUT/data`` holds another set by then, and
    :class:`khabar.io.InputError` only if ``seeds_dir`` does not exist.
    """
    with store.locked(Path(out_dir) / "data", wait=True, notice=_notice) as target:
        if run_id is not None:
            return _tables_of_run(target, run_id)
        info, problems = _stored_or_written(seeds_dir, target, workers, progress, reuse=True)
        if info is None:
            return extract([], problems=[Problem(*p) for p in problems.itertuples(index=False)])
        tables = read_tables(target)
    if tables is None:            # pragma: no cover - only if the disk fails under us
        raise OSError(f"{target}: the tables just written cannot be read")
    return tables


class TablesReplaced(RuntimeError):
    """``OUT/data`` no longer holds the table set a ``khabar run`` made."""


def _tables_of_run(target: Path, run_id: str) -> Mapping:
    info = store.read_manifest(target)
    tables = read_tables(target) if info and info.get("run_id") == run_id else None
    if tables is None:
        theirs = f"run {info.get('run_id')}" if info else "no complete table set"
        raise TablesReplaced(f"{target}: holds {theirs}, not the tables of this khabar run "
                             f"(run {run_id}): another run replaced them meanwhile; run "
                             "khabar run again")
    return tables


def write_corpus(seeds_dir: str | os.PathLike, out_dir: str | os.PathLike,
                 workers: int | None = None, progress: bool = False, wait: bool = False,
                 reuse: bool = False, engine: str = "local",
                 scheduler=None) -> tuple[dict | None, pd.DataFrame]:
    """Extract the articles under ``seeds_dir`` and write their tables to ``OUT/data``
    as one unit, streamed as documents finish; what ``khabar extract`` and ``khabar
    run`` do.

    ``reuse``: keep the stored set if it was made from the current input: first by the
    input files' paths, sizes and modification times with the gazetteer and khabar's
    code (:func:`khabar.store.input_stat_fingerprint`, nothing read), else by the
    documents as read (:func:`corpus_fingerprint`). Returns ``(manifest, problems)``:
    the manifest of the set written or kept, ``None`` if no article could be read (then
    nothing is written), and the problems table. ``wait`` False: raise
    :class:`khabar.store.TablesBusy` if another run holds ``OUT/data``. Raises
    :class:`khabar.io.InputError` if ``seeds_dir`` does not exist, ``OSError`` if the
    tables cannot be written (the previous set is then left whole). ``engine``,
    ``scheduler``: as for :func:`extract`.
    """
    with store.locked(Path(out_dir) / "data", wait=wait, notice=_notice) as target:
        return _stored_or_written(seeds_dir, target, workers, progress, reuse, engine,
                                  scheduler)


def _gazetteer_files() -> list[Path]:
    from .gazetteer import BUILTIN, user_gazetteer_path

    user = user_gazetteer_path()
    return [BUILTIN] + ([user] if user else [])


def _stored_or_written(seeds_dir, target: Path, workers, progress, reuse: bool,
                       engine: str = "local", scheduler=None):
    # Called with the lock held; see write_corpus.
    stat_fingerprint = store.input_stat_fingerprint(seeds_dir, _gazetteer_files())
    info = store.read_manifest(target) if reuse else None
    if info is not None and info.get("input_files_fingerprint") == stat_fingerprint:
        return info, _stored_problems(target, info)
    # Plain-text articles are let go once read and hashed, and read again where they
    # are analysed; the others' texts wait in a spool on disk: this process never holds
    # the corpus's texts (bounded memory).
    with store.text_spool(target) as spool:
        docs, problems = read_corpus(seeds_dir, defer=True, spool=spool)
        fingerprint = corpus_fingerprint(docs, problems)
        if info is not None and info.get("input_fingerprint") == fingerprint:
            return info, _stored_problems(target, info)
        if not docs:
            table = pd.DataFrame([(p.source, p.reason) for p in problems],
                                 columns=schema.PROBLEMS)
            return None, sorted_table("problems", table)
        _write_streamed(docs, problems, target, fingerprint, workers, progress,
                        stat_fingerprint, engine, scheduler)
    info = store.read_manifest(target)
    return info, _stored_problems(target, info)


def _stored_problems(target: Path, info: dict) -> pd.DataFrame:
    return store.read_parquet(target / "problems.parquet", info["tables"]["problems"])
