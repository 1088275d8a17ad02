"""All tables for a corpus: the one pipeline that notebooks, ``khabar run`` and
``khabar extract`` share, so they never disagree.

read → :func:`khabar.text.analyse` → tokens, mentions, funding, dates, quotes per
document → corpus tables (organisations, term frequencies, script mix) → CSVs and
Parquet files, written as one unit (:mod:`khabar.store`).

Two ways out: :func:`extract` returns every table in memory; :func:`write_corpus`
streams them to disk in chunks as documents finish (bounded memory) and
:func:`load_tables` returns a stored set, extracting only when the input changed. Both
run the same :func:`_table_chunks`, so their tables are the same; the per-document
work is :func:`_extract_packed` (a top-level function of one Document) and
:func:`_map_documents` is the one step that maps documents to results in input order.
"""
from __future__ import annotations

import gc
import os
import pickle
import sys
from collections import deque
from collections import Counter
from itertools import chain, compress
import traceback
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable

import numpy as np
import pandas as pd

from . import formats, schema, store
from .dates import date_rows, dates_frame
from .entities import OrganisationSummary, mention_rows, mentions_frame
from .gazetteer import load_gazetteer
from .io import FORMULA_GUARD, FORMULA_START, Document, Problem, read_corpus
from .money import funding_frame, funding_rows
from .quotes import quote_rows, quotes_frame
from .text import STOP_WORDS, Article, analyse, clitic_candidates, normalise

#: Tables written by :func:`write_tables`, in this order (see :mod:`khabar.store`).
TABLE_NAMES = schema.TABLE_NAMES

SCRIPT_COLUMNS = schema.SCRIPTS

#: Sort keys that make the output byte-identical for the same input.
_SORT = {
    "documents": ["doc_id"], "boilerplate": ["doc_id", "start"],
    "mentions": ["doc_id", "start", "end"],
    "funding": ["doc_id", "start"], "dates": ["doc_id", "start"],
    "quotes": ["doc_id", "start"], "problems": ["source"],
}


def token_columns(article: Article) -> dict[str, np.ndarray]:
    """Tokens of one article as typed columns (:data:`khabar.schema.TOKENS`): numpy int64
    arrays for numbers, object arrays for text. See :func:`tokens_table`."""
    cols = article.token_columns
    obj = lambda values: np.array(values, dtype=object)  # noqa: E731
    # Offsets and kinds as arrays where the tokeniser made them (copied: the article's
    # are shared), rather than converted again from the lists.
    arrays = article._token_arrays
    if arrays is None:
        starts, ends = np.array(cols.start, dtype=np.int64), np.array(cols.end, dtype=np.int64)
        kinds = obj(cols.kind)
    else:
        starts, ends = arrays.start.astype(np.int64), arrays.end.astype(np.int64)
        kinds = arrays.kind.copy()
    n = len(cols.start)
    sentences = article.sentences
    # Each token belongs to the last sentence starting at or before it (vectorised).
    which = np.searchsorted(article._sentence_starts, starts, side="right") - 1
    which = np.clip(which, 0, max(len(sentences) - 1, 0))
    doc_ids = np.empty(n, dtype=object)
    doc_ids.fill(article.doc_id)              # 6× faster than an array of a list
    return {"doc_id": doc_ids,
            "paragraph": np.array([s.paragraph for s in sentences] or [0], dtype=np.int64)[which],
            "sentence": np.array([s.sentence for s in sentences] or [0], dtype=np.int64)[which],
            "index": np.arange(n, dtype=np.int64), "text": obj(cols.text),
            "norm": obj(cols.norm), "kind": kinds, "start": starts, "end": ends}


def _columns_frame(parts: list[dict[str, np.ndarray]], columns: list[str]) -> pd.DataFrame:
    # Typed numpy columns: pandas then skips its per-cell type inference (4× faster).
    if not parts:
        return pd.DataFrame(columns=columns)
    return pd.DataFrame({c: np.concatenate([p[c] for p in parts]) for c in columns},
                        columns=columns, copy=False)


def tokens_table(article: Article) -> pd.DataFrame:
    """Tokens of one article; columns :data:`khabar.schema.TOKENS`.

    ``index`` counts tokens through the document from 0; ``paragraph`` and ``sentence``
    are the 1-based numbers of :func:`khabar.text.analyse`.
    """
    return _columns_frame([token_columns(article)], schema.TOKENS)


def document_row(article: Article) -> dict:
    """One row of the documents table (:data:`khabar.schema.DOCUMENTS`)."""
    doc = article.doc
    return {"doc_id": doc.doc_id, "source": doc.source, "encoding": doc.encoding,
            **{k: doc.meta.get(k, "") for k in ("title", "language", "outlet", "date")},
            "paragraphs": len(article.paragraphs), "sentences": len(article.sentences),
            "tokens": len(article.token_columns.start),
            "boilerplate_lines": len(article.boilerplate),
            **formats.document_columns(doc)}


#: Tables that :func:`extract_document` returns as row lists, not DataFrames: their
#: columns (those of an empty table) and the function that builds their DataFrame.
ROW_TABLES = {"documents": (schema.DOCUMENTS, None), "boilerplate": (schema.BOILERPLATE, None),
              "scripts": (SCRIPT_COLUMNS, None), "mentions": (schema.MENTIONS, mentions_frame),
              "funding": (schema.FUNDING, funding_frame), "dates": (schema.DATES, dates_frame),
              "quotes": (schema.QUOTES, quotes_frame)}


def extract_document(doc: Document, gazetteer=None) -> dict[str, list | dict | Counter]:
    """Every per-document table for one article (no corpus-level tables).

    Keys: the :data:`ROW_TABLES` (documents, boilerplate, scripts, mentions, funding,
    dates, quotes) are lists of row tuples in their full columns' order (e.g.
    :data:`khabar.entities.COLUMNS`); tokens a dict of typed columns
    (:func:`token_columns`); words the :func:`surface_counts` for the corpus term table.
    :func:`extract` turns them into DataFrames once per corpus: a frame per article would
    cost more than its rows, and rows travel back from worker processes faster.
    ``gazetteer``: as for :func:`khabar.entities.extract_mentions` (default: loaded).
    """
    article = analyse(doc)
    cols = article.token_columns
    mentions = mention_rows(article, gazetteer)
    return {
        "documents": [tuple(map(document_row(article).get, schema.DOCUMENTS))],
        "boilerplate": [(doc.doc_id, doc.text[s:e], s, e) for s, e in article.boilerplate],
        "scripts": script_rows(doc.doc_id, cols.kind),
        "words": surface_counts(cols.kind, cols.text),
        "tokens": token_columns(article),
        "mentions": mentions,
        "funding": funding_rows(article, mentions),
        "dates": date_rows(article),
        "quotes": quote_rows(article, mentions),
    }


#: The gazetteer of the current run inside a worker process (see :func:`_start_worker`).
_worker_gazetteer = None


def _start_worker(parent: int | None = None) -> None:
    """Set up a worker process of :func:`extract`: exit with the parent
    (:func:`_exit_with_parent`), cyclic GC off (see :func:`_cyclic_gc_paused`) and the
    gazetteer loaded once, not once per article."""
    global _worker_gazetteer
    if parent is not None:
        _exit_with_parent(parent)
    gc.disable()
    _worker_gazetteer = load_gazetteer()


_PR_SET_PDEATHSIG = 1       # linux/prctl.h


def _exit_with_parent(parent: int) -> None:
    """Make this worker end when the process that started it dies, even by SIGKILL
    (which leaves the pool no chance to stop its workers). Linux: the kernel sends
    SIGKILL on the parent's death (``prctl(PR_SET_PDEATHSIG)``); elsewhere a daemon
    thread checks the parent pid every second. A parent already gone (it died before
    this ran) ends the worker at once."""
    import signal
    import threading

    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        ok = libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        ok = False
    if os.getppid() != parent:
        os._exit(1)
    if not ok:
        def watch() -> None:
            while os.getppid() == parent:
                threading.Event().wait(1.0)
            os._exit(1)
        threading.Thread(target=watch, daemon=True, name="khabar-parent-watch").start()


def _safe_extract(doc: Document, gazetteer=None) -> tuple[dict | None, Problem | None]:
    # One bad article never stops a corpus: a failure becomes a Problem naming it.
    try:
        return extract_document(doc, gazetteer or _worker_gazetteer), None
    except Exception as exc:  # noqa: BLE001 - reported, with the file name
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return None, Problem(doc.source, f"extraction failed: {type(exc).__name__}: {exc} "
                                         f"(at {Path(where.filename).name}:{where.lineno})")


# ------------------------------------------------------------------ worker transport
# A worker's result travels to the parent by pickle. Object arrays and Counters of
# tuples pickle string by string (about 1.4 ms per 10 KB article, there and back);
# packed as one joined string per text column, kind codes and plain int arrays, the
# same data costs a fifth of that. Columns the parent can rebuild (doc_id, index) are
# not sent.

_KINDS = np.array(["arabic", "latin", "number", "punct"], dtype=object)
_KIND_CODE = {k: i for i, k in enumerate(_KINDS)}
_SEP = "\x00"


def _join(strings: list[str]) -> str | list[str]:
    """One string for a list of strings, split back by :func:`_split`; the list itself
    if a string holds the separator (NUL)."""
    joined = _SEP.join(strings)
    return joined if joined.count(_SEP) == max(len(strings) - 1, 0) else strings


def _split(packed: str | list[str], n: int) -> list[str]:
    if isinstance(packed, list):
        return packed
    return packed.split(_SEP) if n else []


def _pack(result: dict | None) -> dict | None:
    """A worker's :func:`extract_document` result in its compact form (:func:`_unpack`)."""
    if result is None:
        return None
    tok = result["tokens"]
    words = result["words"]
    packed = dict(result)
    packed["tokens"] = {
        "n": len(tok["start"]), "norm": _join(tok["norm"].tolist()),
        "text": _join(tok["text"].tolist()),
        "kind": np.fromiter(map(_KIND_CODE.__getitem__, tok["kind"]), np.uint8, len(tok["kind"])),
        **{c: tok[c] for c in ("paragraph", "sentence", "start", "end")}}
    packed["words"] = (_join(list(words)), list(words.values()))
    return packed


def _unpack(packed: dict | None, doc: Document) -> dict | None:
    """The :func:`extract_document` result of ``doc`` from :func:`_pack`'s form."""
    if packed is None:
        return None
    tok = packed["tokens"]
    n, starts, ends = tok["n"], tok["start"], tok["end"]
    doc_ids = np.empty(n, dtype=object)
    doc_ids.fill(doc.doc_id)
    result = dict(packed)
    result["tokens"] = {
        "doc_id": doc_ids, "paragraph": tok["paragraph"], "sentence": tok["sentence"],
        "index": np.arange(n, dtype=np.int64),
        "text": np.array(_split(tok["text"], n), dtype=object),
        "norm": np.array(_split(tok["norm"], n), dtype=object),
        "kind": _KINDS[tok["kind"]], "start": starts, "end": ends}
    texts, counts = packed["words"]
    result["words"] = dict(zip(_split(texts, len(counts)), counts))
    return result


def _extract_packed(doc: Document) -> tuple[dict | None, Problem | None]:
    """:func:`_safe_extract` in a worker process, result packed for the trip back."""
    result, problem = _safe_extract(doc)
    return _pack(result), problem


def term_key(norm: str, vocabulary: set[str] | frozenset[str]) -> str:
    """The term a normalised word counts under: the word with its proclitics (و ف ب ل ك
    and ال) removed when the remainder also occurs on its own in ``vocabulary`` (so
    المشروع counts with مشروع, وقال with قال), else the word itself.

    The remainder must be a known word (docs/arabic.md, *Clitics and tokenisation*):
    here "known" means seen in the same corpus, so لبنان or وزارة are never cut unless
    بنان or زارة occur too. Latin words are returned unchanged.
    """
    for n, stem in clitic_candidates(norm):
        if n and len(stem) >= 3 and stem in vocabulary:
            return stem
    return norm


_WORD_KINDS = frozenset({"arabic", "latin"})


def surface_counts(kinds, texts) -> Counter:
    """``surface → occurrences`` of one document's word tokens (kinds arabic and latin):
    what :func:`terms_table` needs. Surfaces are counted, not ``(norm, surface)`` pairs:
    a string's hash is cached, a pair's is not (twice as fast), and the normalised form
    follows from the surface (``Token.norm == normalise(Token.text)``)."""
    return Counter(compress(texts, map(_WORD_KINDS.__contains__, kinds)))


class TermCounter:
    """The corpus term table built from one :func:`surface_counts` per document, added
    in document order (:meth:`add`), without keeping every document's counts in memory:
    running totals, and each document's surfaces in a spill file (``spill``; ``None``:
    a list in memory) read back once for the document counts of terms with several
    spellings. :meth:`table` gives :func:`terms_table`."""

    def __init__(self, spill: Path | None = None):
        # A plain dict sum: faster than Counter.update, which stores through the subclass.
        self.total: dict[str, int] = {}
        self.surface_docs: Counter = Counter()
        self._spill_path = spill
        self._spill = open(spill, "wb") if spill is not None else None
        self._docs: list = []

    def add(self, counts) -> None:
        get, total = self.total.get, self.total
        for text, n in counts.items():
            total[text] = get(text, 0) + n
        self.surface_docs.update(counts.keys())          # once per document, in C
        if self._spill is None:
            self._docs.append(counts)
        else:
            pickle.dump(list(counts), self._spill, protocol=pickle.HIGHEST_PROTOCOL)

    def _per_doc(self):
        if self._spill is None:
            yield from self._docs
            return
        self._spill.close()
        with open(self._spill_path, "rb") as fh:
            while True:
                try:
                    yield pickle.load(fh)
                except EOFError:
                    return

    def table(self) -> pd.DataFrame:
        """The term table (columns :data:`khabar.schema.TERMS`; see :func:`terms_table`)."""
        total = self.total
        norm_of = {text: normalise(text) for text in total}      # once per distinct surface
        vocabulary = {n for n in norm_of.values() if len(n) >= 2}
        keys = {n: term_key(n, vocabulary) for n in vocabulary}
        frequency: Counter = Counter()
        surfaces: dict[str, Counter] = {}
        forms: dict[str, set] = {}
        for text, n in total.items():
            norm = norm_of[text]
            if len(norm) < 2:
                continue
            term = keys[norm]
            if norm in STOP_WORDS or term in STOP_WORDS:
                continue
            frequency[term] += n
            # The surface shown for a term is written as the term itself where it occurs
            # so (مشروع, not ومشروع): bare forms count first, clitic forms only as a fallback.
            surfaces.setdefault(term, Counter())[(norm != term, text)] += n
            forms.setdefault(term, set()).add(norm)
        documents = self._document_frequency({text: keys.get(norm)
                                              for text, norm in norm_of.items()})
        rows = [(t, f, documents[t],
                 min(surfaces[t].items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1]))[0][1],
                 " | ".join(sorted(forms[t]))) for t, f in frequency.items()]
        rows.sort(key=lambda r: (-r[1], r[0]))
        return pd.DataFrame(rows, columns=schema.TERMS)

    def _document_frequency(self, term_of: dict) -> Counter:
        """Documents per term, given the term of each surface.

        A term written one way in the whole corpus has the document count of that
        surface; only surfaces of terms with several spellings are mapped to terms
        document by document (a document with مشروع and المشروع counts once).
        """
        surface_docs = self.surface_docs
        spellings = Counter(term_of.values())
        documents = Counter({t: surface_docs[s] for s, t in term_of.items()
                             if t is not None and spellings[t] == 1})
        shared = {s for s, t in term_of.items() if t is not None and spellings[t] > 1}
        if shared:
            documents.update(chain.from_iterable({term_of[s] for s in shared.intersection(c)}
                                                 for c in self._per_doc()))
        elif self._spill is not None:
            self._spill.close()
        return documents


def terms_table(per_doc) -> pd.DataFrame:
    """Normalised word frequencies with clitics merged and stop words removed.

    Input: one :func:`surface_counts` per document (any mapping surface → count).
    Output columns: ``term`` (normalised form, see :func:`term_key`), ``frequency``
    (occurrences), ``documents`` (number of documents), ``surface`` (the most frequent
    surface form written without clitics, else the most frequent surface form; ties
    broken alphabetically), ``forms`` (every normalised form counted under the term,
    joined by " | "). Words whose normalised form has fewer than two characters are not
    terms. Stop words are those of :func:`khabar.text.is_stop_word`, checked on the
    word and on its term. Sorted by frequency (descending), then term.
    Built by :class:`TermCounter`.
    """
    counter = TermCounter()
    for counts in per_doc:
        counter.add(counts)
    return counter.table()


def term_frequencies(tokens: pd.DataFrame) -> pd.DataFrame:
    """:func:`terms_table` of a tokens table (columns :data:`khabar.schema.TOKENS`)."""
    return terms_table([surface_counts(g["kind"], g["text"])
                        for _, g in tokens.groupby("doc_id", sort=True)])


SCRIPTS = {"arabic": "arabic", "latin": "latin", "number": "digits", "punct": "other"}


def script_rows(doc_id: str, kinds) -> list[tuple]:
    """Rows of the script-mix table for one document: ``(doc_id, script, tokens, share)``
    with script arabic | latin | digits | other (punctuation), share of the document's
    tokens 0–1 (4 d.p.), in script order."""
    # Kinds counted at C level, then named (SCRIPTS is one to one).
    counts = sorted((SCRIPTS[k], c) for k, c in Counter(kinds).items())
    n = sum(c for _, c in counts)
    return [(doc_id, s, c, round(c / n, 4)) for s, c in counts]


def script_mix(tokens: pd.DataFrame) -> pd.DataFrame:
    """Tokens per script per document from a tokens table. Columns: doc_id, script
    (arabic | latin | digits | other), tokens, share (0–1, 4 d.p.)."""
    return pd.DataFrame([r for d, g in tokens.groupby("doc_id", sort=True)
                         for r in script_rows(d, g["kind"])], columns=SCRIPT_COLUMNS)


#: A chunk of every table is written once this many token rows are buffered: memory
#: stays bounded by the chunk, not the corpus (:func:`_table_chunks`).
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
    work runs (:func:`khabar.engines.map_documents`; ``"dask"`` gives the same tables).
    """
    docs = list(docs)
    # The analysed text of each document not read from plain text goes with its
    # documents rows, for write_tables to write as texts/DOC_ID.txt (provenance).
    texts = formats.texts_to_write(docs)
    parts: dict[str, list[pd.DataFrame]] = {}
    for name, frame in _table_chunks(docs, workers, progress, problems, None,
                                     engine=engine, scheduler=scheduler):
        parts.setdefault(name, []).append(frame)
    tables = {name: _concat(parts[name]) for name in TABLE_NAMES}
    if texts:
        tables["documents"].attrs["texts"] = texts
    return tables


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    # Chunks without rows carry only the contract's columns: the table has the columns
    # of its chunks with rows, else those of its first chunk.
    full = [f for f in frames if len(f)]
    if not full:
        return frames[0]
    return full[0] if len(full) == 1 else pd.concat(full, ignore_index=True)


def _table_chunks(docs: list[Document], workers: int | None, progress: bool,
                  problems: Iterable[Problem], chunk_tokens: int | None,
                  spill: Path | None = None, engine: str = "local", scheduler=None):
    """Yield ``(table name, DataFrame)`` chunks of every table, in row order: per
    document tables as documents finish (a chunk each time ``chunk_tokens`` token rows
    are buffered; ``None``: one chunk), then terms, organisations and problems.

    ``docs`` is consumed: sorted in place by doc_id, and each entry dropped once its
    document is extracted. Each document's rows come out in text order, so sorting a
    chunk sorts the table (documents are whole within a chunk).
    """
    docs.sort(key=lambda d: d.doc_id)
    workers = (os.cpu_count() or 1) if workers is None else max(1, workers)
    # Loaded here, once per run: a malformed user gazetteer stops the run with its file
    # name (ValueError) before any article is read.
    gazetteer = load_gazetteer()
    terms, organisations = TermCounter(spill), OrganisationSummary()
    all_problems = list(problems)
    buffer: list[dict] = []
    buffered, last_id, written = 0, None, False
    with _cyclic_gc_paused():
        if engine == "local":
            results = _map_documents(docs, workers, gazetteer)
        else:
            from .engines import map_documents
            results = map_documents(docs, engine, workers, scheduler, gazetteer)
        for result, problem in _progress(results, len(docs), progress):
            if problem is not None:
                all_problems.append(problem)
            if result is None:
                continue
            doc_id = result["documents"][0][0]
            if chunk_tokens is not None and buffered >= chunk_tokens and doc_id != last_id:
                yield from _chunk_frames(buffer, organisations)
                buffer, buffered, written = [], 0, True
            terms.add(result.pop("words"))
            buffer.append(result)
            buffered += len(result["tokens"]["start"])
            last_id = doc_id
        if buffer or not written:
            yield from _chunk_frames(buffer, organisations)
        del buffer
        yield "terms", terms.table()
        yield "organisations", organisations.table()
        table = pd.DataFrame([(p.source, p.reason) for p in all_problems], columns=schema.PROBLEMS)
        yield "problems", _sorted("problems", table)


def _sorted(name: str, table: pd.DataFrame) -> pd.DataFrame:
    keys = _SORT.get(name)
    if keys is None or table.empty:
        return table
    return table.sort_values(keys, kind="mergesort").reset_index(drop=True)


def _chunk_frames(per_doc: list[dict], organisations: OrganisationSummary):
    """``(name, DataFrame)`` of each per-document table for the documents ``per_doc``
    (consecutive in doc_id order), sorted; the mentions also go to ``organisations``."""
    yield "tokens", _columns_frame([r["tokens"] for r in per_doc], schema.TOKENS)
    for name, (cols, frame) in ROW_TABLES.items():
        rows = [row for r in per_doc for row in r[name]]
        # An empty extractor table has the contract's columns only.
        table = _sorted(name, frame(rows) if frame and rows else pd.DataFrame(rows, columns=cols))
        if name == "mentions":
            organisations.add(table)
        yield name, table


def _extract_batch(docs: list[Document]) -> list[tuple[dict | None, Problem | None]]:
    """:func:`_extract_packed` of each document, in a worker process."""
    return [_extract_packed(d) for d in docs]


def _map_documents(docs: list, workers: int, gazetteer):
    """Yield ``(result, problem)`` of :func:`_safe_extract` for each document of ``docs``,
    in input order: the one step an engine replaces (``workers`` processes; 1 = here).

    Bounded memory: at most ``workers × 4`` batches of documents are in flight, so
    results never pile up ahead of the writer; each ``docs`` entry is set to ``None``
    once its result is out, so a text does not outlive its extraction.
    """
    n = len(docs)
    if workers <= 1 or n <= 1:
        for i in range(n):
            doc, docs[i] = docs[i], None
            yield _safe_extract(doc, gazetteer)
        return
    size = max(1, min(64, n // (workers * 8)))
    starts = iter(range(0, n, size))
    with ProcessPoolExecutor(max_workers=workers, initializer=_start_worker,
                             initargs=(os.getpid(),)) as pool:
        pending: deque = deque()

        def submit() -> None:
            start = next(starts, None)
            if start is not None:
                pending.append((start, pool.submit(_extract_batch, docs[start:start + size])))

        for _ in range(workers * 4):
            submit()
        while pending:
            start, future = pending.popleft()
            batch = future.result()
            submit()
            for i, (packed, problem) in enumerate(batch, start):
                doc, docs[i] = docs[i], None
                yield _unpack(packed, doc), problem


@contextmanager
def _cyclic_gc_paused():
    """Pause Python's cyclic garbage collector while articles are extracted.

    Extraction makes millions of small acyclic objects (tuples, strings) that reference
    counting frees at once; the cyclic collector would still rescan the growing result
    lists and the per-word memos again and again (about 8 % of a corpus run, measured
    with ``gc.callbacks``). Cycles made meanwhile are collected once it is back on.
    Worker processes run with it off (:func:`_start_worker`) and end with the run.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _progress(items, total: int, enabled: bool):
    if not enabled:
        return items
    from tqdm.auto import tqdm
    return tqdm(items, total=total, desc="articles", unit="article")


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
    """Write ``(name, DataFrame)`` chunks into ``staging`` (a :class:`khabar.store.
    TableWriter` per table, opened at its first chunk); return each table's notes."""
    writers: dict[str, store.TableWriter] = {}
    try:
        for name, frame in chunks:
            writer = writers.get(name)
            if writer is None:
                writer = writers[name] = store.TableWriter(
                    staging.path(name, "csv"), staging.path(name, "parquet"),
                    schema.VALUE_COLUMNS.get(name, ()))
            writer.append(frame)
        return {name: w.close() for name, w in writers.items()}
    except BaseException:
        for w in writers.values():
            w.abort()
        raise


def _write_streamed(docs: list[Document], problems, data_dir: Path, fingerprint: str,
                    workers: int | None, progress: bool,
                    stat_fingerprint: str | None = None, engine: str = "local",
                    scheduler=None) -> None:
    """Extract ``docs`` (consumed) and write every table as one unit, chunk by chunk
    as documents finish (bounded memory). Called with the lock held."""
    with store.Staging(data_dir) as staging:
        formats.write_texts(formats.texts_to_write(docs), staging.folder)
        spill = staging.folder / ".terms-spill.tmp"
        chunks = _table_chunks(docs, workers, progress, problems, CHUNK_TOKENS, spill,
                               engine, scheduler)
        notes = _write_chunks(staging, chunks)
        spill.unlink(missing_ok=True)
        staging.commit(_manifest(notes, fingerprint, stat_fingerprint))


def read_tables(data_dir: str | os.PathLike, fingerprint: str | None = None
                ) -> dict[str, pd.DataFrame] | None:
    """Every table of the complete set in ``data_dir`` (from its Parquet files, with the
    dtypes :func:`extract` gives), or ``None`` if there is no complete set or, when
    ``fingerprint`` is given, the set was made from other input."""
    info = store.read_manifest(data_dir)
    if info is None or (fingerprint is not None and info.get("input_fingerprint") != fingerprint):
        return None
    try:
        return {n: store.read_parquet(Path(data_dir) / f"{n}.parquet", info["tables"][n])
                for n in TABLE_NAMES}
    except (OSError, ValueError, KeyError) as exc:     # damaged since: extract again
        _notice(f"{data_dir}: stored tables unreadable ({exc}); extracting again")
        return None


def corpus_fingerprint(docs, problems) -> str:
    """:func:`khabar.store.input_fingerprint` of a read corpus with the gazetteer files
    that apply now (the built-in and the user's, :func:`khabar.gazetteer.user_gazetteer_path`)."""
    return store.input_fingerprint(docs, problems, _gazetteer_files())


def load_tables(seeds_dir: str | os.PathLike, out_dir: str | os.PathLike,
                workers: int | None = None, progress: bool = False) -> dict[str, pd.DataFrame]:
    """Every table of the articles under ``seeds_dir``, extracted at most once.

    If ``OUT/data`` holds a complete table set made from the current input (see
    :func:`write_corpus`: same files, or the same documents as read, gazetteer and
    khabar code), the stored tables are read and returned (dtypes as :func:`extract`
    returns them); else the corpus is extracted (``workers``: ``None`` = all cores),
    written as one unit (streamed, in bounded memory) and returned. With no readable
    article nothing is written and the (empty) tables are returned. Waits while another
    run writes ``OUT/data``. Raises :class:`khabar.io.InputError` only if ``seeds_dir``
    does not exist.
    """
    with store.locked(Path(out_dir) / "data", wait=True, notice=_notice) as target:
        info, problems = _stored_or_written(seeds_dir, target, workers, progress, reuse=True)
        if info is None:
            return extract([], problems=[Problem(*p) for p in problems.itertuples(index=False)])
        tables = read_tables(target)
    if tables is None:            # pragma: no cover - only if the disk fails under us
        raise OSError(f"{target}: the tables just written cannot be read")
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
    docs, problems = read_corpus(seeds_dir)
    fingerprint = corpus_fingerprint(docs, problems)
    if info is not None and info.get("input_fingerprint") == fingerprint:
        return info, _stored_problems(target, info)
    if not docs:
        return None, _sorted("problems", pd.DataFrame([(p.source, p.reason) for p in problems],
                                                      columns=schema.PROBLEMS))
    _write_streamed(docs, problems, target, fingerprint, workers, progress, stat_fingerprint,
                    engine, scheduler)
    info = store.read_manifest(target)
    return info, _stored_problems(target, info)


def _stored_problems(target: Path, info: dict) -> pd.DataFrame:
    return store.read_parquet(target / "problems.parquet", info["tables"]["problems"])
