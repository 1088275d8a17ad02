"""Where figures are: :data:`FIGURE_RE`, the whole figure, searched only in the stretches
around a currency word, symbol or ISO 4217 code (the anchors), with its plain twin
(``plain=True``: the pattern over the whole text) beside it.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..numwords import FRACTIONS, NUMBER_WORDS, SCALE_WORDS, VAGUE_WORDS
from ..text import alternation, find_all, windows_around
from .amounts import _AMOUNT
from .words import _ADJECTIVES, _CODES, _CUE_KIND, _SYMBOL_RE, _WORD_BASE, SYMBOLS

#: The whole figure in normalised text. Groups: cue, sym (symbol before), amount,
#: sym2 (symbol after), cur / adj (currency word and country adjective), code (ISO code).
#: The article written before digits (ما يقارب الـ30 مليون دولار، بين الـ30 والـ60 ألف
#: دولار: الـ with a tatweel, which normalisation drops) is no part of the figure. Digits
#: glued to the Arabic word before them (web copy that lost the space: إلى270 مليون دولار،
#: بمبلغ4ر5 مليون دولار) start a figure too, and so does a currency word glued to its
#: country adjective (200 مليون دولارأمريكي: before, no figure at all).
FIGURE_RE = re.compile(
    rf"(?:(?<![\w.,])(?:(?P<cue>{alternation(_CUE_KIND)})\s+)?[وفبل]??(?:ال(?=\d))?"
    rf"|(?<=[\u0621-\u064a])(?=\d))"
    rf"(?P<fig>(?:(?P<sym>{_SYMBOL_RE})\s?)?(?P<amount>{_AMOUNT})"
    rf"(?:\s?(?P<sym2>{_SYMBOL_RE})(?!\w)"
    rf"|\s+(?:من\s+)?(?:ال)?(?P<cur>{alternation(_WORD_BASE)})"
    rf"(?:(?:\s+(?:ال)?)?(?P<adj>{alternation(_ADJECTIVES)})(?:ه|ا)?(?!\w)|(?!\w))"
    rf"|\s+(?P<code>{'|'.join(_CODES)})(?![A-Za-z]))?)"
    rf"(?:\s+(?P<after>تقريبا))?")

#: What every figure contains: a currency word, symbol or code (an *anchor*). The fast
#: scan searches :data:`FIGURE_RE` only in the stretch of text around each anchor (a
#: figure's number and scale come within :data:`_REACH` characters before its currency).
_ANCHORS = sorted({f for f in _WORD_BASE if f != "ين"} | set(SYMBOLS) | set(_CODES)
                  | {" ين"})
_REACH, _AFTER = 160, 40

#: The anchors are found in two passes that give the same hits as ``find_all(norm,
#: _ANCHORS)`` (the plain twin): ``str.find`` only for the *roots* (anchors that contain
#: no other anchor: دولار, not دولارات), every longer anchor being checked with
#: ``startswith`` where its root occurs; and one regular expression for the ISO codes,
#: searched again one character after each hit so that overlapping codes are all found.
_ROOTS = [a for a in _ANCHORS if not a.isascii() or not a.isalpha()]
_ROOTS = [a for a in _ROOTS if not any(r != a and r in a for r in _ROOTS)]
_EXTENSIONS = {r: [(a, a.index(r)) for a in _ANCHORS if r != a and r in a] for r in _ROOTS}
_CODE_RE = re.compile("|".join(c for c in _ANCHORS if c.isascii() and c.isalpha()))
#: ASCII capitals → "A", every other byte → " ": see :func:`_code_hits`.
_CAPITAL_MAP = bytes(65 if 65 <= c <= 90 else 32 for c in range(256))
_CODE_BYTES = frozenset(c.encode("ascii") for c in _ANCHORS if c.isascii() and c.isalpha())
assert all(len(c) == 3 and c.isupper() for c in _CODE_BYTES)
assert all(any(r in a for r in _ROOTS) or _CODE_RE.fullmatch(a) for a in _ANCHORS)


def _anchor_hits(norm: str, plain: bool = False) -> list[tuple[int, int]]:
    """``(start, end)`` of every occurrence of every anchor: ``find_all(norm, _ANCHORS)``
    when ``plain``, else the same hits (order and duplicates aside) from the roots and
    the code pattern. In 12 ر.س (a symbol) or 5 دولارات (دولار + ات) the anchor is
    found through its root."""
    if plain:
        return find_all(norm, _ANCHORS)
    # Roots and codes instead of find_all: buys 29.0 % of funding_rows on 300 distinct
    # articles (benchmarks/money_dates_speed.py, measured 2026-12-01).
    return _root_hits(norm) + _code_hits(norm)


def _root_hits(norm: str) -> list[tuple[int, int]]:
    """Every anchor that contains a root, found where the root is (دولار in الدولارات)."""
    hits = []
    find, startswith = norm.find, norm.startswith
    for root in _ROOTS:
        i = find(root)
        if i == -1:
            continue
        n, longer = len(root), _EXTENSIONS[root]
        while i != -1:
            hits.append((i, i + n))
            for a, off in longer:
                if i >= off and startswith(a, i - off):
                    hits.append((i - off, i - off + len(a)))
            i = find(root, i + 1)
    return hits


def _code_hits(norm: str) -> list[tuple[int, int]]:
    """Every ISO 4217 code of the anchors (50 مليون USD)."""
    # A code is three ASCII capitals, which stay adjacent when every non-ASCII character
    # is dropped: no code in that short byte string (the usual case) means none at all.
    # This pre-check buys 2.7 % of funding_rows on 300 distinct articles (0.9–2.7 % over
    # six runs; money_dates_speed.py, measured 2026-12-01).
    ascii_ = norm.encode("ascii", "ignore")
    caps = ascii_.translate(_CAPITAL_MAP)
    i = caps.find(b"AAA")
    while i != -1 and ascii_[i:i + 3] not in _CODE_BYTES:
        i = caps.find(b"AAA", i + 1)
    if i == -1:
        return []
    hits = []
    search = _CODE_RE.search
    m = search(norm)
    while m is not None:
        hits.append(m.span())
        m = search(norm, m.start() + 1)
    return hits


#: Every character any consuming part of :data:`FIGURE_RE` can match: whitespace,
#: digits, the separators and symbols, and the letters of its words. Any other
#: character (ذ, most Latin letters, brackets, quotes, colons …) is never inside a
#: match, nor is a "." or "," not between two digits: these are *barriers*.
_FIGURE_LETTERS = "".join(sorted(set("".join(
    [*_CUE_KIND, *NUMBER_WORDS, *FRACTIONS, *VAGUE_WORDS, *SCALE_WORDS, *_WORD_BASE,
     *_ADJECTIVES, *_CODES, *SYMBOLS, "ال", "من", "و", "ه", "تقريبا", "نصف", "ربع", "وفبل",
     "ر", "()«»\""]))
    - {" "}))
_LAST_BARRIER = re.compile(rf"(?s:.*)(?:[^\s\d.,{re.escape(_FIGURE_LETTERS)}]"
                           r"|(?<!\d)[.,]|[.,](?!\d))")
#: The currency word ين as FIGURE_RE can match it: a word after whitespace or after
#: ال (الين), the one currency that is not always an anchor hit (" ين" needs a space).
_YEN = re.compile(r"ين(?!\w)(?:(?<=\s..)|(?<=\sال..))")


def _search_ranges(norm: str) -> list[tuple[int, int, int]]:
    r"""``(pos, endpos, last)`` stretches of ``norm`` for ``FIGURE_RE.finditer``: the
    merged windows around currency anchors (cut at spaces), each with its start moved
    past the last barrier character before the window's first possible currency, which
    gives the same figures with a currency as the whole window; ``last`` is the end of
    the window's last anchor hit (see :func:`_figure_matches`).

    Why this is equivalent: no match contains a barrier (the character at ``first``,
    where :data:`_LAST_BARRIER` stops, is never a digit, so its ``(?!\d)`` sees the
    same there as in the whole text), so the scan from the window
    start reaches the barrier's next position in the same state as a scan started
    there (look-behinds see the text before ``pos``); the matches it skips end before
    the barrier, hence before every currency word, symbol or code of the window — each
    an anchor hit or else :data:`_YEN`."""
    hits = _anchor_hits(norm)
    firsts = sorted(a for a, _ in hits)
    lasts = sorted(b for _, b in hits)
    out = []
    for pos, end in windows_around(norm, hits, _REACH, _AFTER):
        first = firsts[bisect_left(firsts, pos)]     # every window holds a hit
        last = lasts[bisect_right(lasts, end) - 1]   # ... and ends after its hits
        yen = _YEN.search(norm, pos, first)
        if yen:
            first = yen.start()
        # Starting past the last barrier buys 12.8 % of funding_rows on 300 distinct
        # articles (money_dates_speed.py, measured 2026-12-01).
        m = _LAST_BARRIER.match(norm, pos, first)
        out.append((m.end() if m else pos, end, last))
    return out


def _figure_matches(norm: str, plain: bool = False):
    """The ``FIGURE_RE`` matches a figure can be: with ``plain``, every match in the
    whole text; else the matches of the :func:`_search_ranges`, in text order, except
    matches (all without a currency) after the last currency of a range. Both give the
    same matches with a currency (``5 ملايين دولار``), which are the figures.

    Once a match ends at or after ``last`` and no ين (:data:`_YEN`) follows in the
    range, every later match of the range lacks a currency (its currency word, symbol
    or code would be an anchor hit ending after ``last``, or a ين), so
    :func:`~khabar.money.figures.find_figures` would drop it: the rest of the range is
    not scanned."""
    if plain:
        yield from _line_matches(norm, 0, len(norm))
        return
    # Searching the ranges, not the whole text, buys 67.1 % of funding_rows on 300
    # distinct articles, the early stop below 3.3 % (money_dates_speed.py, 2026-12-01).
    for pos, endpos, last in _search_ranges(norm):
        for m in _line_matches(norm, pos, endpos):
            yield m
            if m.end() >= last and _YEN.search(norm, m.end(), endpos) is None:
                break


def _line_matches(norm: str, pos: int, endpos: int):
    """``FIGURE_RE.finditer(norm, pos, endpos)``, each line apart: a match that runs over
    a line break gives way to the longest match from its start that ends before the
    break (20 مليون دولار / أمريكي واحد …: the figure, not the next line's first word), or
    to none (… بلغ عددها 12 / دولار واحد يكفي …: a number closing one paragraph and a
    currency word opening the next are no figure); the search goes on after it
    (docs/money.md)."""
    while True:
        m = FIGURE_RE.search(norm, pos, endpos)
        if m is None:
            return
        nl = norm.find("\n", m.start(), m.end())
        if nl != -1:
            m = FIGURE_RE.match(norm, m.start(), nl)
            if m is None:
                pos = nl + 1
                continue
        yield m
        pos = m.end()
