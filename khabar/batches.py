"""Batches of documents: the unit of work an engine runs (this process, a local process
pool or a Dask cluster, :mod:`khabar.engines`) and what each gives back.

A batch is a run of consecutive documents in doc_id order (:func:`batch_bounds`): at
most :data:`BATCH_DOCS` documents and about :data:`BATCH_CHARS` characters of text,
never splitting documents that share a doc_id. The bounds depend on the corpus alone,
not on the number of workers or the engine, so every engine writes the same bytes. A
pool may run a batch as parts (:func:`part_bounds`) and join their results
(:func:`merge_parts`) into the batch that running it whole gives.

:func:`extract_batch` runs :func:`khabar.document_tables.extract_document` on each
document of a batch and builds, where the work is done:

- its per-document tables as DataFrames, sorted (documents are whole within a batch and
  batches come in doc_id order, so the batches' rows in order are the tables' rows);
- with ``encode``, those tables encoded for writing (:func:`khabar.table_files.encode`:
  CSV text and Arrow rows), so the process writing the files only appends them;
- small summaries for the corpus-wide tables: term counts
  (:class:`khabar.terms.BatchTerms`) and the organisations
  (:class:`khabar.entities.OrganisationSummary`), added up in batch order.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import NamedTuple

import pandas as pd

from . import schema
from .document_tables import ROW_TABLES, columns_frame, safe_extract, sorted_table
from .entities import OrganisationSummary
from .io import DeferredDocument, Document, InputError, Problem, read_deferred, text_chars
from .io.spool import SpoolLost
from .table_files import encode
from .terms import BatchTerms, batch_terms

#: At most this many documents in a batch.
BATCH_DOCS = 64
#: A batch ends after the document that brings it to this many characters: a worker's
#: memory holds one batch's tables (about 70 bytes per character of text).
BATCH_CHARS = 1_000_000
#: Per-document tables, in the order a batch holds them.
PER_DOCUMENT = ["tokens", *ROW_TABLES]


class Batch(NamedTuple):
    """What one batch gives back: ``documents`` and ``tokens`` (counts of what was
    extracted), ``problems`` (:class:`khabar.io.Problem` of each article that failed),
    ``terms`` and ``organisations`` (summaries for the corpus tables), ``tables``
    (name → sorted DataFrame, or :class:`khabar.table_files.EncodedTable` when
    encoded; names :data:`PER_DOCUMENT`) and ``unread`` (deferred articles that could
    not be read again: changed or gone since the corpus was read, so the input
    fingerprint no longer describes what was analysed)."""

    documents: int
    tokens: int
    problems: list
    terms: BatchTerms
    organisations: OrganisationSummary
    tables: dict
    unread: int = 0


def batch_bounds(docs: list[Document]) -> list[tuple[int, int]]:
    """``(start, end)`` index ranges of the batches of ``docs`` (sorted by doc_id)."""
    bounds, start, chars = [], 0, 0
    for i, doc in enumerate(docs):
        chars += text_chars(doc)
        last = i + 1 == len(docs)
        full = i + 1 - start >= BATCH_DOCS or chars >= BATCH_CHARS
        if last or (full and docs[i + 1].doc_id != doc.doc_id):
            bounds.append((start, i + 1))
            start, chars = i + 1, 0
    return bounds


def part_bounds(docs: list, start: int, end: int, parts: int) -> list[tuple[int, int]]:
    """``docs[start:end]`` (one batch) cut into at most ``parts`` runs of about equal
    characters, never splitting documents that share a doc_id: the pieces a pool's
    workers share out at the end of a corpus (:func:`merge_parts` makes them one batch)."""
    chars = [text_chars(d) for d in docs[start:end]]
    share = sum(chars) / max(1, parts)
    out, first, filled = [], start, 0
    for i in range(start, end):
        filled += chars[i - start]
        if (len(out) + 1 < parts and filled >= share * (len(out) + 1) and i + 1 < end
                and docs[i + 1].doc_id != docs[i].doc_id):
            out.append((first, i + 1))
            first = i + 1
    out.append((first, end))
    return out


def merge_parts(parts: list[Batch]) -> Batch | None:
    """One :class:`Batch` of consecutive parts of a batch (:func:`part_bounds`, each run by
    :func:`extract_batch`): the batch :func:`extract_batch` gives for their documents at
    once, or ``None`` when it could differ and the batch must be run whole.

    Each part's tables are sorted by doc_id first and its documents are whole, so the
    batch's rows are the parts' rows in order; summaries add up in order
    (:meth:`khabar.terms.TermCounter.merge`, :meth:`khabar.entities.OrganisationSummary.
    update`). What a part cannot settle is a column's dtype: pandas infers it from the
    rows of a frame (a column of ints in one part, of ints and None in another), and a
    value's CSV text follows the dtype (``5`` or ``5.0``); so the parts holding rows of a
    table must agree on its dtypes, else ``None``. Encoded tables
    (:class:`khabar.table_files.EncodedTable`) are joined as CSV bytes and one Arrow table
    of one chunk per column (as one frame gives); DataFrames with ``pandas.concat``."""
    import pyarrow as pa

    tables = {}
    for name in parts[0].tables:
        pieces = [p.tables[name] for p in parts]
        encoded = not isinstance(pieces[0], pd.DataFrame)
        full = [t for t in pieces if (t.rows if encoded else len(t))]
        if len({tuple((str(c), str(d)) for c, d in (t.empty if encoded else t).dtypes.items())
                for t in full}) > 1:
            return None
        if len(full) <= 1:
            tables[name] = full[0] if full else pieces[0]
        elif encoded:
            tables[name] = full[0]._replace(
                rows=sum(t.rows for t in full), csv=b"".join(t.csv for t in full),
                arrow=pa.concat_tables([t.arrow for t in full]).combine_chunks())
        else:
            tables[name] = pd.concat(full, ignore_index=True)
    terms = batch_terms([])
    organisations = OrganisationSummary()
    for p in parts:
        for text, n in p.terms.total.items():
            terms.total[text] = terms.total.get(text, 0) + n
        terms.documents.update(p.terms.documents)
        terms.per_doc.extend(p.terms.per_doc)
        organisations.update(p.organisations)
    return Batch(sum(p.documents for p in parts), sum(p.tokens for p in parts),
                 [x for p in parts for x in p.problems], terms, organisations, tables,
                 sum(p.unread for p in parts))


@contextmanager
def cyclic_gc_paused():
    """Pause Python's cyclic garbage collector while articles are extracted.

    Extraction makes millions of small acyclic objects (tuples, strings) that reference
    counting frees at once; the cyclic collector would still rescan the growing result
    lists and the per-word memos again and again (about 8 % of a corpus run, measured
    with ``gc.callbacks``). Cycles made meanwhile are collected once it is back on.
    Local worker processes run with it off (:mod:`khabar.engines`) and end with the run.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def extract_batch(docs: list, gazetteer, encoded: bool = False) -> Batch:
    """The :class:`Batch` of ``docs`` (consecutive, in doc_id order: each a
    :class:`khabar.io.Document`, a :class:`khabar.io.DeferredDocument`, read again here
    where the work is done, or the :class:`khabar.io.Problem` of one that could not be
    read); ``encoded``: its tables as :class:`khabar.table_files.EncodedTable` (for
    writing) instead of DataFrames. The cyclic garbage collector is paused meanwhile
    (see :func:`cyclic_gc_paused`). Never raises for a bad article: it is a problem of
    the batch."""
    with cyclic_gc_paused():
        results, problems, unread = [], [], 0
        for doc in docs:
            doc = read_document(doc)
            if isinstance(doc, Problem):          # a deferred article that cannot be read
                problems.append(doc)
                unread += 1
                continue
            result, problem = safe_extract(doc, gazetteer)
            if problem is not None:
                problems.append(problem)
            if result is not None:
                results.append(result)
        return _batch(results, problems, encoded)._replace(unread=unread)


def read_document(doc: Document | DeferredDocument | Problem) -> Document | Problem:
    """``doc`` ready to analyse: a :class:`khabar.io.DeferredDocument` read again
    (:func:`khabar.io.read_deferred`), or the :class:`khabar.io.Problem` of why it cannot
    be; a Document or Problem as it is."""
    if not isinstance(doc, DeferredDocument):
        return doc
    try:
        return read_deferred(doc)
    except SpoolLost:
        raise                     # the run's failure, not this article's (SpoolLost)
    except InputError as exc:
        return Problem(doc.source, str(exc).split(": ", 1)[-1])


def _batch(results: list[dict], problems: list[Problem], encoded: bool) -> Batch:
    # Memory: the rows are dropped once they are in frames, and each frame once it is
    # encoded, so a batch never holds its tables twice over (a single 50 MB article's
    # tables are gigabytes).
    terms = batch_terms(r["words"] for r in results)
    documents, tokens = len(results), sum(len(r["tokens"]["start"]) for r in results)
    frames = batch_frames(results)
    results.clear()
    organisations = OrganisationSummary()
    organisations.add(frames["mentions"])
    if encoded:
        frames = {name: encode(frames.pop(name), schema.VALUE_COLUMNS.get(name, ()))
                  for name in list(frames)}
    return Batch(documents, tokens, problems, terms, organisations, frames)


def batch_frames(results: list[dict]) -> dict[str, pd.DataFrame]:
    """Each per-document table (:data:`PER_DOCUMENT`) of consecutive documents'
    :func:`khabar.document_tables.extract_document` results, as a sorted DataFrame; a
    table without rows has its contract's columns only."""
    out = {"tokens": columns_frame([r["tokens"] for r in results], schema.TOKENS)}
    for name, (cols, frame) in ROW_TABLES.items():
        rows = [row for r in results for row in r[name]]
        table = frame(rows) if frame and rows else pd.DataFrame(rows, columns=cols)
        out[name] = sorted_table(name, table)
    return out


def empty_frames() -> dict[str, pd.DataFrame]:
    """Every per-document table without rows (the columns of its contract)."""
    return batch_frames([])
