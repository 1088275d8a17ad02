"""All tables for a corpus: the one pipeline that notebooks, ``khabar run`` and
``khabar extract`` share, so they never disagree.

read → :func:`khabar.text.analyse` → tokens, mentions, funding, dates, quotes per
document → corpus tables (organisations, term frequencies, script mix) → CSVs.
"""
from __future__ import annotations

import gc
import os
import sys
from collections import Counter
from itertools import chain, compress
import traceback
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable

import numpy as np
import pandas as pd

from . import schema, store
from .dates import date_rows, dates_frame
from .entities import mention_rows, mentions_frame, organisations_table
from .gazetteer import load_gazetteer
from .io import Document, Problem, read_corpus, write_csv
from .money import funding_frame, funding_rows
from .quotes import quote_rows, quotes_frame
from .text import STOP_WORDS, Article, analyse, clitic_candidates, normalise

#: Tables written by :func:`write_tables`, in this order (see :mod:`khabar.store`).
TABLE_NAMES = schema.TABLE_NAMES

SCRIPT_COLUMNS = ["doc_id", "script", "tokens", "share"]

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
            "tokens": len(article.token_columns.start), "boilerplate_lines": len(article.boilerplate)}


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


def _start_worker() -> None:
    """Set up a worker process of :func:`extract`: cyclic GC off (see
    :func:`_cyclic_gc_paused`) and the gazetteer loaded once, not once per article."""
    global _worker_gazetteer
    gc.disable()
    _worker_gazetteer = load_gazetteer()


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
# same data costs a fifth of that. Columns the parent can rebuild (doc_id, index,
# token text, which is a slice of the article it already holds) are not sent.

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

    The remainder must be a known word (ARABIC_NOTES §4): here "known" means seen in the
    same corpus, so لبنان or وزارة are never cut unless بنان or زارة occur too. Latin
    words are returned unchanged.
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


def terms_table(per_doc: list) -> pd.DataFrame:
    """Normalised word frequencies with clitics merged and stop words removed.

    Input: one :func:`surface_counts` per document (any mapping surface → count).
    Output columns: ``term`` (normalised form, see :func:`term_key`), ``frequency``
    (occurrences), ``documents`` (number of documents), ``surface`` (the most frequent
    surface form written without clitics, else the most frequent surface form; ties
    broken alphabetically), ``forms`` (every normalised form counted under the term,
    joined by " | "). Words whose normalised form has fewer than two characters are not
    terms. Stop words are those of :func:`khabar.text.is_stop_word`, checked on the
    word and on its term. Sorted by frequency (descending), then term.
    """
    columns = ["term", "frequency", "documents", "surface", "forms"]
    # A plain dict sum: faster than Counter.update, which stores through the subclass.
    total: dict[str, int] = {}
    get = total.get
    for c in per_doc:
        for text, n in c.items():
            total[text] = get(text, 0) + n
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
        # The surface shown for a term is written as the term itself where it occurs so
        # (مشروع, not ومشروع): bare forms count first, clitic forms only as a fallback.
        surfaces.setdefault(term, Counter())[(norm != term, text)] += n
        forms.setdefault(term, set()).add(norm)
    documents = _document_frequency(per_doc, {text: keys.get(norm)
                                              for text, norm in norm_of.items()})
    rows = [(t, f, documents[t],
             min(surfaces[t].items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1]))[0][1],
             " | ".join(sorted(forms[t]))) for t, f in frequency.items()]
    rows.sort(key=lambda r: (-r[1], r[0]))
    return pd.DataFrame(rows, columns=columns)


def _document_frequency(per_doc: list, term_of: dict) -> Counter:
    """Documents per term, given each document's surfaces and the term of each surface.

    A term written one way in the whole corpus has the document count of that surface,
    counted over dict keys in C; only surfaces of terms with several spellings are
    mapped to terms document by document (a document with مشروع and المشروع counts once).
    """
    surface_docs = Counter(chain.from_iterable(per_doc))
    spellings = Counter(term_of.values())
    documents = Counter({t: surface_docs[s] for s, t in term_of.items()
                         if t is not None and spellings[t] == 1})
    shared = {s for s, t in term_of.items() if t is not None and spellings[t] > 1}
    if shared:
        documents.update(chain.from_iterable({term_of[s] for s in shared.intersection(c)}
                                             for c in per_doc))
    return documents


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


def extract(docs: Iterable[Document], workers: int | None = 1, progress: bool = False,
            problems: Iterable[Problem] = (), engine: str = "local",
            scheduler=None) -> dict[str, pd.DataFrame]:
    """Every table for a corpus, keyed by :data:`TABLE_NAMES`.

    ``workers``: processes to use (``None`` = all cores; 1 = this process). Articles
    that fail are listed in the ``problems`` table (columns source, reason) together
    with the reading problems passed in. Rows are sorted so the same input always
    gives the same tables. ``engine``/``scheduler``: where the per-document work runs
    (:func:`khabar.engines.map_documents`; ``"dask"`` gives the same tables).
    """
    # Articles in doc_id order: each article's rows come out in text order, so the token
    # table (the big one) needs no sort afterwards.
    docs = sorted(docs, key=lambda d: d.doc_id)
    workers = (os.cpu_count() or 1) if workers is None else max(1, workers)
    # Loaded here, once per run: a malformed user gazetteer stops the run with its file
    # name (ValueError) before any article is read.
    gazetteer = load_gazetteer()
    with _cyclic_gc_paused():
        if engine != "local":
            from .engines import map_documents
            results = list(_progress(map_documents(docs, engine, workers, scheduler, gazetteer),
                                     len(docs), progress))
        elif workers > 1 and len(docs) > 1:
            with ProcessPoolExecutor(max_workers=workers, initializer=_start_worker) as pool:
                results = pool.map(_extract_packed, docs,
                                   chunksize=max(1, len(docs) // (workers * 8)))
                results = [(_unpack(r, d), p) for (r, p), d
                           in zip(_progress(results, len(docs), progress), docs)]
        else:
            results = [_safe_extract(d, gazetteer)
                       for d in _progress(docs, len(docs), progress)]
        per_doc = [r for r, _ in results if r is not None]
        all_problems = list(problems) + [p for _, p in results if p is not None]
        tables = {"tokens": _columns_frame([r["tokens"] for r in per_doc], schema.TOKENS)}
        for name, (cols, frame) in ROW_TABLES.items():
            rows = [row for r in per_doc for row in r[name]]
            # An empty extractor table has the contract's columns only.
            tables[name] = frame(rows) if frame and rows else pd.DataFrame(rows, columns=cols)
        tables["problems"] = pd.DataFrame([(p.source, p.reason) for p in all_problems],
                                          columns=schema.PROBLEMS)
        for name, keys in _SORT.items():
            if not tables[name].empty:
                tables[name] = tables[name].sort_values(keys, kind="mergesort").reset_index(
                    drop=True)
        tables["terms"] = terms_table([r["words"] for r in per_doc])
        tables["organisations"] = organisations_table(tables["mentions"])
    return {name: tables[name] for name in TABLE_NAMES}


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


def _manifest(tables: dict[str, pd.DataFrame], fingerprint: str | None,
              notes: dict[str, dict]) -> dict:
    """The manifest of a table set (:mod:`khabar.store`): khabar version, when, the
    input fingerprint (:func:`khabar.store.input_fingerprint`; ``null`` if the tables
    were not made from a known input, and then never reused) and per table its row
    count, columns with their dtypes and the notes to read its Parquet file back."""
    from . import __version__
    return {"khabar_version": __version__,
            "created": pd.Timestamp.now(tz="UTC").isoformat(timespec="seconds"),
            "input_fingerprint": fingerprint,
            "tables": {n: {"rows": int(len(df)), **notes.get(n, {})}
                       for n, df in tables.items()}}


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
    notes = {}
    with store.Staging(data_dir) as staging:
        for name, df in tables.items():
            write_csv(df, staging.path(name, "csv"))
            notes[name] = store.write_parquet(df, staging.path(name, "parquet"))
        target = staging.commit(_manifest(tables, fingerprint, notes))
    return [target / f"{n}.csv" for n in tables]


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
    from .gazetteer import BUILTIN, user_gazetteer_path

    user = user_gazetteer_path()
    return store.input_fingerprint(docs, problems, [BUILTIN] + ([user] if user else []))


def load_tables(seeds_dir: str | os.PathLike, out_dir: str | os.PathLike,
                workers: int | None = None, progress: bool = False) -> dict[str, pd.DataFrame]:
    """Every table of the articles under ``seeds_dir``, extracted at most once.

    If ``OUT/data`` holds a complete table set whose manifest fingerprint matches the
    current input (documents as read, gazetteer, khabar's code), the stored tables are
    read and returned (dtypes as :func:`extract` returns them); else the corpus is
    extracted (``workers``: ``None`` = all cores), written as one unit
    (:func:`write_tables`) and returned. Waits while another run writes ``OUT/data``.
    Raises :class:`khabar.io.InputError` only if ``seeds_dir`` does not exist.
    """
    docs, problems = read_corpus(seeds_dir)
    fingerprint = corpus_fingerprint(docs, problems)
    with store.locked(Path(out_dir) / "data", wait=True, notice=_notice) as target:
        tables = read_tables(target, fingerprint)
        if tables is None:
            tables = extract(docs, workers=workers, progress=progress, problems=problems)
            _write_set(tables, target, fingerprint)
    return tables


def write_corpus(seeds_dir: str | os.PathLike, out_dir: str | os.PathLike,
                 workers: int | None = None, progress: bool = False, wait: bool = False,
                 reuse: bool = False, engine: str = "local",
                 scheduler=None) -> tuple[dict | None, pd.DataFrame]:
    """Extract the articles under ``seeds_dir`` and write their tables to ``OUT/data``
    as one unit; what ``khabar extract`` and ``khabar run`` do.

    Returns ``(manifest, problems)``: the manifest of the set written (or found, with
    ``reuse`` and a matching fingerprint), ``None`` if no article could be read (then
    nothing is written), and the problems table. ``wait`` False: raise
    :class:`khabar.store.TablesBusy` if another run holds ``OUT/data``. Raises
    :class:`khabar.io.InputError` if ``seeds_dir`` does not exist, ``OSError`` if the
    tables cannot be written (the previous set is then left whole). ``engine``,
    ``scheduler``: as for :func:`extract`.
    """
    docs, problems = read_corpus(seeds_dir)
    fingerprint = corpus_fingerprint(docs, problems)
    with store.locked(Path(out_dir) / "data", wait=wait, notice=_notice) as target:
        if reuse:
            info = store.read_manifest(target)
            if info is not None and info.get("input_fingerprint") == fingerprint:
                return info, store.read_parquet(target / "problems.parquet",
                                                info["tables"]["problems"])
        tables = extract(docs, workers=workers, progress=progress, problems=problems,
                         engine=engine, scheduler=scheduler)
        if not docs:
            return None, tables["problems"]
        _write_set(tables, target, fingerprint)
        return store.read_manifest(target), tables["problems"]
