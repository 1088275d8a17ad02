"""Finding literal words in (normalised) text: the cheap first pass of the extractors.

:func:`alternation` builds a regex of words (``"خمسه|خمس"``, longest first),
:func:`find_all` finds literals by ``str.find`` (``"دولار"`` in ``"مليار دولار"``),
:func:`windows_around` widens the hits to whole-word stretches the full patterns then
search.
"""
from __future__ import annotations

import re


def alternation(words, optional_article: bool = False) -> str:
    """A regex alternation of literal words, longest first (so خمسه is not matched as
    خمس + ه), each escaped, with any run of spaces allowed between the words of a
    phrase; with ``optional_article`` the article ال of a second word is optional."""
    out = []
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        e = re.escape(w)
        if optional_article:
            e = e.replace(r"\ ال", r"\s+(?:ال)?")
        out.append(e.replace(r"\ ", r"\s+"))
    return "|".join(out)


def find_all(text: str, literals) -> list[tuple[int, int]]:
    """``(start, end)`` of every occurrence of each literal string in ``text`` (str.find,
    no regex): the cheap first pass that tells an extractor where to look. In
    ``"بلغت قيمة العقد 1.2 مليار دولار"``, ``["دولار", "مليار"]`` gives
    ``[(26, 31), (20, 25)]`` (by literal, then by position)."""
    hits = []
    for lit in literals:
        i = text.find(lit)
        while i != -1:
            hits.append((i, i + len(lit)))
            i = text.find(lit, i + 1)
    return hits


def windows_around(text: str, hits, before: int, after: int) -> list[tuple[int, int]]:
    """Merged ``(pos, endpos)`` stretches of ``text`` reaching ``before`` characters before
    and ``after`` after each hit, widened to whole words (cut at spaces), in order.

    Extractors run their full patterns only inside these windows: a handful of short
    stretches instead of the whole article. In ``"بلغت قيمة العقد 1.2 مليار دولار"``
    the hit دولار with ``before=8, after=0`` gives ``[(20, 31)]``: "مليار دولار".
    """
    out: list[tuple[int, int]] = []
    for a, b in sorted(hits):
        pos = max(0, a - before)
        if pos:
            sp = text.find(" ", pos, a)
            pos = sp + 1 if sp != -1 else pos
        sp = text.find(" ", min(len(text), b + after))
        end = len(text) if sp == -1 else sp
        if out and pos <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((pos, end))
    return out
