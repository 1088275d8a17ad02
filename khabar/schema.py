"""Column lists of the tables khabar writes (the data contract in README.md).

Every table taken from text carries ``doc_id``, ``start``, ``end``: character offsets
into the article as read, so ``text[start:end]`` is the surface form. Extractors may
add columns after these; they never drop or reorder them.
"""
from decimal import Decimal
from typing import NamedTuple

import numpy as np
import pandas as pd

#: The tables of a corpus, in this order: each written as ``<name>.csv`` and
#: ``<name>.parquet`` into one table set (:mod:`khabar.store`).
TABLE_NAMES = ("documents", "boilerplate", "tokens", "terms", "scripts", "mentions",
               "organisations", "funding", "dates", "quotes", "problems")

TOKENS = ["doc_id", "paragraph", "sentence", "index", "text", "norm", "kind", "start", "end"]
MENTIONS = ["doc_id", "paragraph", "sentence", "text", "entity", "label", "start", "end"]


class Mention(NamedTuple):
    """One row of the mentions table (:func:`khabar.entities.mention_rows`): the
    :data:`MENTIONS` columns, then ``name`` (the name proper), ``org_type`` and ``rule``.
    ``start``/``end`` are character offsets into the article as read."""
    doc_id: str
    paragraph: int
    sentence: int
    text: str
    entity: str
    label: str
    start: int
    end: int
    name: str
    org_type: str
    rule: str


class MentionSpan(NamedTuple):
    """Where a mention is and what it names (:func:`khabar.entities.mention_spans`),
    the part of a :class:`Mention` that funding and quote extraction read."""
    doc_id: str
    entity: str
    label: str
    start: int
    end: int
    text: str


ORGANISATIONS = ["organisation", "type", "aliases", "mentions", "documents"]
#: What joins the names of one organisation in its ``aliases`` cell (sorted forms).
ALIAS_SEPARATOR = " | "
FUNDING = ["doc_id", "text", "amount", "currency", "approximate", "subject", "sentence",
           "start", "end", "currency_source", "payer"]
DATES = ["doc_id", "text", "date", "start", "end"]
QUOTES = ["doc_id", "kind", "quote", "speaker", "speaker_gender", "speaker_type",
          "affiliation", "cue", "words", "start", "end"]


class Funding(NamedTuple):
    """One row of the funding table (:func:`khabar.money.funding_rows`): the
    :data:`FUNDING` columns, then the extras of :data:`khabar.money.COLUMNS`.
    ``amount`` is in full units of ``currency`` (ISO 4217): ``int`` where whole, else
    ``float`` or ``Decimal`` (:func:`khabar.numwords.as_number`), ``None`` when vague;
    ``start``/``end`` are character offsets into the article as read; ``restates`` is
    the start of the figure this one restates, -1 if none; ``part_of`` the start of the
    total this figure is a part of (منها 4 ملايين للصحة), -1 if none; ``kind`` what kind
    of money it is (grant, loan, revenue …: lexicon money_kinds.tsv), "" if no word says."""
    doc_id: str
    text: str
    amount: int | float | Decimal | None
    currency: str
    approximate: bool
    subject: str
    sentence: int
    start: int
    end: int
    currency_source: str
    payer: str
    paragraph: int
    bound: str
    cue: str
    vague: bool
    currency_note: str
    subject_rule: str
    restatement: bool
    restates: int
    part_of: int
    kind: str


class Date(NamedTuple):
    """One row of the dates table (:func:`khabar.dates.date_rows`): the :data:`DATES`
    columns, then the extras of :data:`khabar.dates.COLUMNS`. ``date`` is ISO 8601
    (YYYY-MM-DD, YYYY-MM or YYYY), "" when unknown; ``start``/``end`` are character
    offsets into the article as read."""
    doc_id: str
    text: str
    date: str
    start: int
    end: int
    precision: str
    calendar: str
    hijri: str
    year_from: str
    sentence: int
    paragraph: int


class Quote(NamedTuple):
    """One row of the quotes table (:func:`khabar.quotes.quote_rows`): the
    :data:`QUOTES` columns, then the extras of :data:`khabar.quotes.COLUMNS`.
    ``start``/``end`` are character offsets of the quote without its marks;
    ``speaker_start``/``speaker_end`` those of the speaker's words, -1 if none."""
    doc_id: str
    kind: str
    quote: str
    speaker: str
    speaker_gender: str
    speaker_type: str
    affiliation: str
    cue: str
    words: int
    start: int
    end: int
    paragraph: int
    sentence: int
    role: str
    attribution: str
    closed: bool
    speaker_start: int
    speaker_end: int
    channel: str


DOCUMENTS = ["doc_id", "source", "encoding", "title", "language", "outlet", "date",
             "paragraphs", "sentences", "tokens", "boilerplate_lines",
             "format", "extractor", "author", "url"]
BOILERPLATE = ["doc_id", "text", "start", "end"]
PROBLEMS = ["source", "reason"]
TERMS = ["term", "frequency", "documents", "surface", "forms"]
SCRIPTS = ["doc_id", "script", "tokens", "share"]

#: The first columns of each table, by name (what a khabar table's header starts with).
CONTRACT = {"documents": DOCUMENTS, "boilerplate": BOILERPLATE, "tokens": TOKENS,
            "terms": TERMS, "scripts": SCRIPTS, "mentions": MENTIONS,
            "organisations": ORGANISATIONS, "funding": FUNDING, "dates": DATES,
            "quotes": QUOTES, "problems": PROBLEMS}

#: Object columns that hold values, not text (whole amounts as ``int`` beside fractional
#: ones, or empty): stored as JSON in the Parquet files so an ``int`` stays an ``int``.
VALUE_COLUMNS = {"funding": ("amount",)}


try:
    from pandas.core.internals import BlockManager as _BlockManager
    from pandas.core.internals.api import make_block as _make_block
except ImportError:   # pragma: no cover - other pandas versions take the dict path
    _BlockManager = _make_block = None


def fixed_frame(rows: list[tuple], columns: list[str], dtypes: list) -> pd.DataFrame:
    """DataFrame from row tuples with one fixed numpy dtype per column (``dtypes``,
    parallel to ``columns``: ``object``, ``np.int64`` or ``bool``). No rows → an empty
    frame with those columns.

    About a third of the time ``pd.DataFrame(rows)`` takes: no per-cell type check, and
    one 2-D block per dtype handed to pandas' block manager
    (``pandas.core.internals.api.make_block``, the entry point pandas documents for
    downstream libraries) instead of one ``sanitize_array`` per column. Without those
    internals, ``pd.DataFrame`` from a dict of typed columns. Raises ``ValueError`` /
    ``OverflowError`` if a value does not fit its dtype.
    """
    if not rows:
        return pd.DataFrame(columns=columns)
    cols = list(zip(*rows))
    if _make_block is None:
        return pd.DataFrame({name: np.array(values, dtype=dtype) for name, values, dtype
                             in zip(columns, cols, dtypes)}, copy=False)
    groups: dict = {}
    for i, dtype in enumerate(dtypes):
        groups.setdefault(dtype, []).append(i)
    blocks = [_make_block(np.array([cols[i] for i in idx], dtype=dtype), placement=idx,
                          ndim=2) for dtype, idx in groups.items()]
    mgr = _BlockManager(blocks, [pd.Index(columns), pd.RangeIndex(len(rows))])
    return pd.DataFrame._from_mgr(mgr, axes=mgr.axes)
