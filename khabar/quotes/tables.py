"""The quotes table: its columns, the DataFrame built from rows, and who gets a voice
(:func:`voice_table`)."""
from __future__ import annotations

import numpy as np
import pandas as pd

from .. import schema
from ..schema import Quote, fixed_frame

#: Columns of :func:`extract_quotes`: the data contract (:data:`khabar.schema.QUOTES`),
#: then :data:`EXTRA_COLUMNS`; the fields of :class:`khabar.schema.Quote`.
COLUMNS = list(schema.Quote._fields)
#: Extra columns after :data:`khabar.schema.QUOTES`.
EXTRA_COLUMNS = COLUMNS[len(schema.QUOTES):]
_DTYPES = [np.int64 if c in ("words", "start", "end", "paragraph", "sentence", "speaker_start",
                             "speaker_end") else bool if c == "closed" else object
           for c in COLUMNS]


def quotes_frame(rows: list[Quote]) -> pd.DataFrame:
    """A quotes DataFrame (columns :data:`COLUMNS`) from :func:`quote_rows`."""
    return fixed_frame(rows, COLUMNS, _DTYPES)


def voice_table(quotes: pd.DataFrame, by: str = "speaker") -> pd.DataFrame:
    """Who gets a voice, and how much: direct quotes and quoted words per group.

    Input: the quotes table (columns :data:`COLUMNS`; only ``kind == "direct"`` rows
    count, indirect speech is left out). ``by``: a column to group on — speaker,
    affiliation, speaker_gender or speaker_type. Output columns: ``by``, ``quotes``
    (count), ``words`` (quoted words), ``quote_share`` and ``word_share`` (percent of all
    direct quotes / quoted words, 1 d.p.). An empty group value is "unknown". Sorted by
    quotes, then words, descending, then name. For example two quotes of ليلى حداد (12
    words) and one of وزارة الصحة (4 words) by speaker: ليلى حداد 2 quotes, 12 words,
    66.7 % and 75.0 %; وزارة الصحة 1, 4, 33.3 % and 25.0 %.
    """
    cols = [by, "quotes", "words", "quote_share", "word_share"]
    direct = quotes[quotes["kind"] == "direct"] if "kind" in quotes else quotes
    if direct.empty:
        return pd.DataFrame(columns=cols)
    keys = direct[by].fillna("").astype(str).replace("", "unknown")
    out = (direct.assign(**{by: keys, "words": direct["words"].astype(int)})
           .groupby(by).agg(quotes=(by, "size"), words=("words", "sum")).reset_index())
    out["quote_share"] = (100 * out["quotes"] / out["quotes"].sum()).round(1)
    out["word_share"] = (100 * out["words"] / max(out["words"].sum(), 1)).round(1)
    return out.sort_values(["quotes", "words", by], ascending=[False, False, True],
                           kind="mergesort").reset_index(drop=True)[cols]
