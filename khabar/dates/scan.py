"""Where the date patterns are searched: the stretches around digits and relative-year
words, and in each the patterns that can match there, at the offsets where a match can
start (:func:`where`); with ``plain=True`` every pattern searches the whole text (the
plain twin: the same matches, more slowly).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

import numpy as np

from ..text import find_all, windows_around
from .patterns import _MONTH, DATE_CUES, HIJRI_MONTHS, RELATIVE_DEICTIC, RELATIVE_SAME, WEEKDAYS

#: The date shapes (:mod:`khabar.dates.shapes`) that :func:`where` plans a search for.
SHAPES = ("day_month", "month_year", "numeric", "hijri", "year", "relative", "period_month",
          "relative_month", "relative_day")

_DIGITS = re.compile(r"\d")
_DIGIT_RUN = re.compile(r"\d+")
#: Below this length :func:`_digit_runs` uses the regex: numpy's fixed cost per call
#: outweighs it (break-even measured at ~1000 characters).
_NUMPY_FROM = 1000


@lru_cache(maxsize=1)
def _digit_table() -> np.ndarray:
    """``table[cp]`` is True iff the code point ``cp`` is a digit to :data:`_DIGITS`
    (``\\d``, Unicode decimal digits): built by that very pattern over every code point
    (surrogates, never digits, stand in as spaces), so the two agree by construction.
    Built on first use, not at import: only texts of 1000 characters or more need it."""
    cps = np.arange(0x110000, dtype=np.uint32)
    cps[0xD800:0xE000] = 32
    table = np.zeros(0x110000, dtype=bool)
    table[[m.start() for m in _DIGITS.finditer(cps.tobytes().decode("utf-32-le"))]] = True
    return table


def _digit_runs(norm: str, plain: bool = False) -> list[tuple[int, int]]:
    """``(start, end)`` of every maximal run of ``\\d`` characters in ``norm``, in order:
    ``re.finditer(r"\\d+", norm)`` when ``plain`` or the text is short, else the same
    runs from one lookup-array pass over the code points (in «في 15 مايو 2022» the runs
    of 15 and 2022)."""
    if plain or len(norm) < _NUMPY_FROM:
        return [m.span() for m in _DIGIT_RUN.finditer(norm)]
    # The lookup array buys 6.8 % of date_rows on 300 distinct articles
    # (benchmarks/money_dates_speed.py, measured 2026-12-01).
    codes = np.frombuffer(norm.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    pos = _digit_table().take(codes).nonzero()[0]
    if not len(pos):
        return []
    gaps = (np.diff(pos) != 1).nonzero()[0]       # a run ends after pos[gaps[k]]
    starts = [pos[0].item(), *(pos[gaps + 1].tolist())]
    ends = [*(pos[gaps] + 1).tolist(), pos[-1].item() + 1]
    return list(zip(starts, ends))


#: Every date but a relative year has a digit; relative years have one of
#: :data:`_RELATIVE_WORDS`. A date reaches at most _BEFORE characters before its first
#: digit and _AFTER after it.
_BEFORE, _AFTER = 50, 60
#: The words every day next to the document's date contains (أمس، أمس الأول، أول أمس;
#: غد، غداً، بعد غد; صباح اليوم): a window's hit and REL_DAY_RE's test.
_NEAR_DAY_WORDS = ("امس", "غد", "اليوم")
_REL_DAY_HINT = re.compile("|".join(_NEAR_DAY_WORDS + tuple(WEEKDAYS)))
_RELATIVE_WORDS = RELATIVE_SAME + tuple(RELATIVE_DEICTIC) + ("هذا ال", "ذلك ال", "نفس ال") \
    + DATE_CUES.get("period_part", ()) + _NEAR_DAY_WORDS
#: Necessary conditions, checked per window before a pattern runs there (a window
#: without them cannot hold a match, so skipping it changes nothing): a Gregorian
#: month name (DAY_MONTH_RE, MONTH_YEAR_RE), a Hijri month name or a number before
#: هـ (HIJRI_RE), عام / سنة (RELATIVE_RE). The digit conditions are read off the
#: digit runs (:func:`_run_kinds`).
_MONTH_HINT = re.compile(_MONTH)
_PERIOD_PARTS = DATE_CUES.get("period_part", ())
#: Where a DAY_MONTH_RE / MONTH_YEAR_RE match can start besides a digit run: a month
#: name at a word start (MONTH_YEAR_RE); يوم or a weekday name (DAY_MONTH_RE). No two
#: occurrences overlap (a name's inner words, الثاني, الاول, are no month), so
#: ``finditer`` / ``str.find`` see them all.
_MONTH_START = re.compile(rf"(?<!\w)(?:و(?={_MONTH}))?{_MONTH}")
_WEEKDAY_WORDS = ("يوم", *WEEKDAYS)
#: The test before the Hijri patterns: one distinctive word of each Hijri month name
#: (ذو القعده → قعده), or a digit before ه.
_HIJRI_HINT = re.compile("|".join(dict.fromkeys(
    (w.split()[1].removeprefix("ال") if w.split()[0] in ("ذو", "ذي") else w.split()[0])
    for w in HIJRI_MONTHS)) + r"|\d\s*(?:ه|لله)")

#: Per shape, the ``(pos, end)`` windows to search and the sorted offsets a match can
#: start at (None: any offset).
Plan = dict[str, tuple[list[tuple[int, int]], "list[int] | None"]]


def where(norm: str, runs: list[tuple[int, int]], plain: bool = False) -> Plan:
    """Where each date shape of :data:`SHAPES` is searched in ``norm`` (its digit runs
    ``runs``): with ``plain``, the whole text at every offset; else only the windows
    around digits and relative-year words that meet the shape's necessary conditions,
    at the offsets where a match can start (a digit run, a month or weekday name, the
    word before a 4-digit year). In «قال يوم 12 مايو» only the window around 12 is
    searched, and there only for a day and month."""
    if plain:
        whole = [(0, len(norm))]
        return {shape: (whole, None) for shape in SHAPES}
    # This plan, not every pattern over the whole text, buys 72.0 % of date_rows on 300
    # distinct articles (money_dates_speed.py, measured 2026-12-01).
    plan: Plan = {shape: ([], None) for shape in SHAPES}
    starts = [a for a, _ in runs]
    day_starts, month_starts = [], []
    windows = windows_around(norm, runs + find_all(norm, _RELATIVE_WORDS), _BEFORE, _AFTER)
    for pos, end in windows:
        day, numeric, hijri, year, four = _run_kinds(
            norm, runs[bisect_left(starts, pos):bisect_left(starts, end)])
        relative = norm.find("عام", pos, end) != -1 or norm.find("سنه", pos, end) != -1
        # يوليو الماضي: a month relative to the document's date (MONTH_YEAR_RE's mrel)
        month_rel = not (day or four or relative) and any(
            norm.find(w, pos, end) != -1 for w in RELATIVE_DEICTIC)
        # A MONTH_YEAR_RE match needs a year: a run of exactly 4 digits, or a relative
        # year, which contains عام or سنه. Without that or a day, the month-name search
        # is skipped (buys 3.9 % of date_rows, measured 2026-12-01).
        hint = (day or four or relative or month_rel) and _MONTH_HINT.search(norm, pos, end)
        if hint:
            if day:
                plan["day_month"][0].append((pos, end))
                day_starts += _day_month_starts(norm, pos, end, starts)
            plan["month_year"][0].append((pos, end))
            month_starts += [m.start() for m in
                             _MONTH_START.finditer(norm, max(pos, hint.start() - 1), end)]
        # A period part and a month (موفى مارس) needs both; a relative month (الشهر
        # الماضي) the word شهر (its relative word is a window's hit).
        if any(norm.find(w, pos, end) != -1 for w in _PERIOD_PARTS) \
                and _MONTH_HINT.search(norm, pos, end):
            plan["period_month"][0].append((pos, end))
        if norm.find("شهر", pos, end) != -1:
            plan["relative_month"][0].append((pos, end))
        # الأحد الماضي (its relative word is a window's hit), أمس، يوم غد (a hit too)
        if _REL_DAY_HINT.search(norm, pos, end):
            plan["relative_day"][0].append((pos, end))
        # The Hijri hint buys 18.7 % of date_rows (measured 2026-12-01).
        for shape, needed in (("numeric", numeric), ("hijri", hijri and _HIJRI_HINT.search(
                norm, pos, end)), ("year", year), ("relative", relative)):
            if needed:
                plan[shape][0].append((pos, end))
    # Trying a pattern only where a match can start (_match_at) buys 30.1 % of date_rows
    # (measured 2026-12-01).
    for shape, at in (("day_month", day_starts), ("month_year", month_starts),
                      ("numeric", starts), ("year", _year_cue_starts(norm, runs))):
        plan[shape] = (plan[shape][0], at)
    return plan


def _run_kinds(norm: str, runs: list[tuple[int, int]]) -> tuple[bool, bool, bool, bool, bool]:
    """``(day, numeric, hijri, year, four)``: whether the digit runs of a window can be a day
    (1–2 digits, then a space, / - ) or a letter: 9-أيار-2022، (4) نوفمبر), part of a numeric
    date (≤ 4 digits, then / . or -), a Hijri year (3–4 digits after a space), a cued year (4
    digits after a space), or are 4 digits at all. Every match's digits start a digit run (a
    look-behind or \\s before them) and end it (a look-ahead or \\s after), and a window holds
    whole runs (it ends at a space), so these conditions are necessary."""
    n = len(norm)
    day = numeric = hijri = year = four = False
    for a, b in runs:
        k = b - a
        after = norm[b] if b < n else ""
        space_before = a > 0 and norm[a - 1].isspace()
        # 18أيلول: web copy that lost the space between the day and the month name
        # 13th November: an English ordinal suffix after the day
        # (4) نوفمبر: a day in brackets
        day = day or (k <= 2 and (after.isspace() or after in ("/", "-", ")")
                                  or "\u0621" <= after <= "\u064a"
                                  or norm.startswith(("st", "nd", "rd", "th"), b)))
        numeric = numeric or (k <= 4 and (after in ("/", ".", "-")
                                          or norm.startswith(" /", b)))   # 26 / 12 / 1438
        hijri = hijri or (space_before and 3 <= k <= 4)
        year = year or (space_before and k == 4)
        four = four or k == 4
    return day, numeric, hijri, year, four


def matches(pattern: re.Pattern, norm: str, plan: Plan, shape: str):
    """The matches of ``pattern`` in the windows ``plan`` gives ``shape``, in order:
    ``finditer`` over each, or ``match`` at the planned start offsets alone."""
    windows, at = plan[shape]
    if at is not None:
        return (m for pos, end in windows for m in _match_at(pattern, norm, pos, end, at))
    return (m for pos, end in windows for m in pattern.finditer(norm, pos, end))


def _match_at(pattern: re.Pattern, norm: str, pos: int, end: int, starts: list[int]):
    """The matches of ``pattern.finditer(norm, pos, end)`` for a pattern none of whose
    matches can start anywhere but at the sorted offsets ``starts``: ``match`` is tried
    at those alone, left to right, resuming after each match, which is what the scan
    does at every position (none of these patterns matches the empty string)."""
    at = pos
    # Walked by index from the bisection: a slice ``starts[k:]`` copied the rest of
    # the list for every window (quadratic in a long article).
    for k in range(bisect_left(starts, pos), len(starts)):
        s = starts[k]
        if s >= end:
            break
        if s >= at:
            m = pattern.match(norm, s, end)
            if m:
                yield m
                at = m.end()


def _year_cue_starts(norm: str, runs: list[tuple[int, int]]) -> list[int]:
    """Where a YEAR_RE match can start: a match is a word (from a non-word character
    on: ``(?<!\\w)``), whitespace, then a run of exactly four digits, so it starts
    at the first character of the word run that ends where the whitespace before such
    a run begins. Sorted."""
    out = []
    for a, b in runs:
        if b - a != 4 or a == 0 or not norm[a - 1].isspace():
            continue
        q = a - 1
        while q > 0 and norm[q - 1].isspace():
            q -= 1
        s = q
        while s > 0 and (norm[s - 1].isalnum() or norm[s - 1] == "_"):   # \w
            s -= 1
        out.append(s)
    return out


def _day_month_starts(norm: str, pos: int, end: int, starts: list[int]) -> list[int]:
    """Sorted offsets in ``[pos, end)`` where a DAY_MONTH_RE match can start: a digit
    run (``starts``, sorted) or an occurrence of يوم or a weekday name (the optional
    weekday part, which has no look-behind)."""
    out = starts[bisect_left(starts, pos):bisect_left(starts, end)]
    for word in _WEEKDAY_WORDS:
        i = norm.find(word, pos, end)
        while i != -1:
            out.append(i)
            i = norm.find(word, i + 1, end)
    return sorted(out)
