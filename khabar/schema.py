"""Column lists of the tables khabar writes (the data contract in README.md).

Every table taken from text carries ``doc_id``, ``start``, ``end``: character offsets
into the article as read, so ``text[start:end]`` is the surface form. Extractors may
add columns after these; they never drop or reorder them.
"""
import numpy as np
import pandas as pd

TOKENS = ["doc_id", "paragraph", "sentence", "index", "text", "norm", "kind", "start", "end"]
MENTIONS = ["doc_id", "paragraph", "sentence", "text", "entity", "label", "start", "end"]
ORGANISATIONS = ["organisation", "type", "aliases", "mentions", "documents"]
FUNDING = ["doc_id", "text", "amount", "currency", "approximate", "subject", "sentence",
           "start", "end"]
DATES = ["doc_id", "text", "date", "start", "end"]
QUOTES = ["doc_id", "kind", "quote", "speaker", "speaker_gender", "speaker_type",
          "affiliation", "cue", "words", "start", "end"]
DOCUMENTS = ["doc_id", "source", "encoding", "title", "language", "outlet", "date",
             "paragraphs", "sentences", "tokens", "boilerplate_lines"]
BOILERPLATE = ["doc_id", "text", "start", "end"]
PROBLEMS = ["source", "reason"]


def typed_frame(rows: list[tuple], columns: list[str], objects=()) -> pd.DataFrame:
    """DataFrame from row tuples, built once, with dtypes taken from the values: a
    column of ints → int64, of bools → bool, anything else (str, mixed int/float/None
    amounts, and the columns named in ``objects``) → object, so whole amounts stay ints
    in the CSV. Building typed numpy
    columns skips pandas' per-cell inference (about half the time for a few rows)."""
    if not rows:
        return pd.DataFrame(columns=columns)
    data = {}
    for name, values in zip(columns, zip(*rows)):
        kinds = {type(v) for v in values}
        dtype = (object if name in objects else np.int64 if kinds == {int}
                 else bool if kinds == {bool} else object)
        data[name] = np.array(values, dtype=dtype)
    return pd.DataFrame(data, copy=False)
