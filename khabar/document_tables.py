"""Every per-document table of one article: :func:`extract_document`.

The tables are rows (named tuples of :mod:`khabar.schema`) and typed token columns, in
text order; :mod:`khabar.batches` turns the results of consecutive documents into
DataFrames once per batch (a frame per article would cost more than its rows).
"""
from __future__ import annotations

import traceback
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

from . import formats, schema
from .dates import date_rows, dates_frame
from .entities import mention_rows, mentions_frame
from .io import Document, Problem
from .money import funding_frame, funding_rows
from .quotes import quote_rows, quotes_frame
from .terms import SCRIPT_COLUMNS, script_rows, surface_counts
from .text import Article, analyse

#: Sort keys that make the output byte-identical for the same input.
SORT_KEYS = {
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


def columns_frame(parts: list[dict[str, np.ndarray]], columns: list[str]) -> pd.DataFrame:
    """One DataFrame of ``columns`` from dicts of typed numpy columns (:func:`token_columns`)."""
    # Typed numpy columns: pandas then skips its per-cell type inference.
    if not parts:
        return pd.DataFrame(columns=columns)
    return pd.DataFrame({c: np.concatenate([p[c] for p in parts]) for c in columns},
                        columns=columns, copy=False)


def tokens_table(article: Article) -> pd.DataFrame:
    """Tokens of one article; columns :data:`khabar.schema.TOKENS`.

    ``index`` counts tokens through the document from 0; ``paragraph`` and ``sentence``
    are the 1-based numbers of :func:`khabar.text.analyse`.
    """
    return columns_frame([token_columns(article)], schema.TOKENS)


def document_row(article: Article) -> dict:
    """One row of the documents table (:data:`khabar.schema.DOCUMENTS`). ``language``:
    the metadata's, else :func:`script_language`."""
    doc = article.doc
    meta = {k: doc.meta.get(k, "") for k in ("title", "language", "outlet", "date")}
    meta["language"] = meta["language"] or script_language(article.token_columns.kind)
    return {"doc_id": doc.doc_id, "source": doc.source, "encoding": doc.encoding, **meta,
            "paragraphs": len(article.paragraphs), "sentences": len(article.sentences),
            "tokens": len(article.token_columns.start),
            "boilerplate_lines": len(article.boilerplate),
            **formats.document_columns(doc)}


def script_language(kinds) -> str:
    """``"ar"`` (ISO 639-1) when at least half of a text's word tokens (``kinds``: token
    kinds, :mod:`khabar.text.tokens`) are Arabic words, else ``""``: Latin letters
    could be English, French or another language, which script alone does not tell."""
    counts = Counter(kinds)
    arabic, latin = counts["arabic"], counts["latin"]
    return "ar" if arabic and arabic >= latin else ""


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
    :func:`khabar.batches.batch_frames` turns the results of a batch of documents into
    DataFrames at once: a frame per article would cost more than its rows.
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


def sorted_table(name: str, table: pd.DataFrame) -> pd.DataFrame:
    """``table`` in the row order of :data:`SORT_KEYS` (stable), so the same input always
    gives the same bytes; a table without sort keys as it is."""
    keys = SORT_KEYS.get(name)
    if keys is None or table.empty:
        return table
    key = _source_order if name == "problems" else None
    return table.sort_values(keys, kind="mergesort", key=key).reset_index(drop=True)


def _source_order(column: pd.Series) -> pd.Series:
    # A problem's source "file#12" names a row of a table file: rows in number order
    # (#2 before #10), the file itself (no "#") before its rows.
    def order(source: str) -> tuple[str, int]:
        path, _, row = source.rpartition("#")
        return (path, int(row)) if path and row.isdigit() else (source, -1)

    return column.map(order)


def safe_extract(doc: Document, gazetteer) -> tuple[dict | None, Problem | None]:
    """``(extract_document(doc), None)``, or ``(None, Problem)`` naming the file and the
    failure (exception, module and line) when the article fails: one bad article never
    stops a corpus."""
    try:
        return extract_document(doc, gazetteer), None
    except Exception as exc:  # noqa: BLE001 - reported, with the file name
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return None, Problem(doc.source, f"extraction failed: {type(exc).__name__}: {exc} "
                                         f"(at {Path(where.filename).name}:{where.lineno})")


def sentence_table(tokens: pd.DataFrame, first: int | None = None) -> pd.DataFrame:
    """The sentences rebuilt from a token table (columns :data:`khabar.schema.TOKENS`,
    in table order: doc_id, then character offset), one row per sentence: doc_id,
    paragraph, sentence, tokens (a count), text (the tokens joined by single spaces,
    so spacing is not the article's; ``start``/``end`` of the first and last token
    give the span of the article). ``first``: only the first ``first`` sentences,
    without touching the rest of the table (a notebook shows ten of a corpus's
    hundreds of thousands)."""
    keys = ["doc_id", "paragraph", "sentence"]
    if first is not None:
        # Sentences are consecutive runs of token rows: a row whose key differs from the
        # row before starts one; keep the rows before the (first + 1)-th start.
        step = max(64, 4 * first)
        upto = 0
        while upto < len(tokens):
            upto = min(len(tokens), upto + step)
            head = tokens.iloc[:upto]
            starts = (head[keys] != head[keys].shift()).any(axis=1)
            if starts.sum() > first:
                tokens = head[starts.cumsum() <= first]
                break
            step *= 4
    grouped = tokens.groupby(keys, sort=True)
    out = grouped.agg(tokens=("index", "size"), text=("text", " ".join),
                      start=("start", "min"), end=("end", "max"))
    return out.reset_index()
