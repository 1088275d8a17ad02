"""Figures that lost their scale word: a headline's ``1.485 دولار`` over a body that gives
``1.485 مليار دولار`` is a typo for the body's sum, not a second sum of a dollar and a half
(docs/money.md, "One sum, one total: restatements").
"""
from __future__ import annotations

import re

from ..numwords import SCALE_WORDS

#: The number of a figure written with a fractional part (1.485، 2,5 after normalisation).
_FRACTIONAL = re.compile(r"(?<![\d.,])(\d+[.,]\d+)(?![\d.,]?\d)")
#: A figure without a scale word below this amount may be a typo of a scaled one.
_TINY = 1000


def _has_scale(words: list[str]) -> bool:
    """Whether one of the normalised ``words`` is a scale word (مليار، الملايين)."""
    return any(w.removeprefix("و").removeprefix("ال") in SCALE_WORDS for w in words)


def scaleless_repeats(norm: str, figures: list[dict]) -> None:
    """Flag as ``not_funding`` = "scale word missing" a figure below :data:`_TINY`, with
    no scale word and a fractional number (1.485 دولار), whose number another figure of
    the same currency word gives again with a scale word in another sentence (1.485
    مليار دولار): the first is the second with its scale word dropped, and as a row of
    its own it would be a bogus sum of a dollar and a half. A small price that no scaled
    figure repeats stays a row. Input: the normalised text and the figures of
    :func:`~khabar.money.figures.find_figures` (changed in place)."""
    scaled: dict[tuple[str, str], set[int]] = {}
    small = []
    for f in figures:
        words = norm[f["_nstart"]:f["_nend"]].split()
        m = _FRACTIONAL.search(norm, f["_nstart"], f["_nend"])
        if m is None:
            continue
        key = (m.group(1).replace(",", "."), f["_base"])
        if _has_scale(words):
            scaled.setdefault(key, set()).add(f["_sentence"])
        elif f["amount"] is not None and f["amount"] < _TINY and not f["not_funding"]:
            small.append((key, f))
    for key, f in small:
        if scaled.get(key, set()) - {f["_sentence"]}:
            f["not_funding"] = "scale word missing"
