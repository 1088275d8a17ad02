"""Dates: found by our own span rules, normalised to ISO 8601 at the precision given.

Rules (docs/arabic.md, "Dates"), each a compiled regular expression over the normalised article:

- day + month (+ year): both Gregorian month-name systems (يناير … ديسمبر; كانون الثاني،
  شباط، آذار … كانون الأول) and their pairings (آذار/مارس, مارس (آذار)), an optional
  weekday before (يوم الثلاثاء 12 يوليو), a year in digits or a relative year
  (من العام نفسه);
- month + year → YYYY-MM; numeric day/month/year (١٥/٠٦/٢٠٢٢) in any digit system →
  YYYY-MM-DD (day first, the Arab convention; ISO yyyy-mm-dd is read as such);
- a year alone only in context: after عام / سنة / العام (عام 2019) or a time preposition
  (في، منذ، حتى، بحلول، قبل، بعد، خلال) and within 1800–2199; any other bare 4-digit
  number is not a date. A year inside a money figure (:func:`khabar.money.find_figures`)
  or inside a longer date is never a separate row;
- Hijri: a Hijri month and/or a year followed by هـ (or a Hijri month with a year below
  1600), converted with ``hijridate`` (Umm al-Qura calendar) to the Gregorian date of
  the same precision; the Hijri value is kept in the ``hijri`` column;
- relative years: العام نفسه / ذاته / ذلك العام → the last explicit year before it;
  العام الماضي / الجاري / المقبل … → the document's date (``doc.meta["date"]``); if
  that is unknown the row keeps its text and its date is empty.

A day and month without a year take the year from the weekday when one is given (the
year among those the article mentions, and the document's, on which that day is that
weekday), else from the document's date, else the date is empty. dateparser is not
used: it finds dates in money figures ("1.2") and cannot read paired month names.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from bisect import bisect_left
from itertools import accumulate

import numpy as np
import pandas as pd
from hijridate import Hijri

from . import schema
from .money import find_figures
from .schema import Date, fixed_frame
from .lexicon import load_lexicon
from .text import Article, alternation, find_all, normalise, windows_around

#: Columns of :func:`extract_dates`: the data contract (:data:`khabar.schema.DATES`),
#: then extras; the fields of :class:`khabar.schema.Date`.
COLUMNS = list(schema.Date._fields)
_DTYPES = [np.int64 if c in ("start", "end", "sentence", "paragraph") else object
           for c in COLUMNS]

_LEX = load_lexicon()
#: Month names, normalised spelling (lexicon months.tsv). Sources: Gregorian names of
#: Egypt and the Gulf, the Syriac-derived names of the Levant and Iraq, and the Maghreb
#: forms (جانفي … from French; Morocco's يوليوز، غشت، شتنبر، نونبر، دجنبر), as listed in
#: e.g. the Unicode CLDR Arabic locales. Names shared by two systems (مارس) are one row.
GREGORIAN_MONTHS = {normalise(r.form): r.month for r in _LEX["months"] if r.system != "hijri"}
HIJRI_MONTHS = {normalise(r.form): r.month for r in _LEX["months"] if r.system == "hijri"}
#: Weekday → Python's date.weekday() numbering (lexicon weekdays.tsv).
WEEKDAYS = {normalise(r.form): r.weekday for r in _LEX["weekdays"]}
#: Relative years (lexicon relative_dates.tsv): word → offset from the reference year;
#: "same" ones refer back to the last explicit year, the others to the document's date.
RELATIVE_SAME = tuple(normalise(r.form) for r in _LEX["relative_dates"] if r.kind == "same")
RELATIVE_DEICTIC = {normalise(r.form): r.offset for r in _LEX["relative_dates"]
                    if r.kind == "deictic"}


#: Date cues (lexicon date_cues.tsv), by role: nouns a bare year may follow, time
#: prepositions that belong to a date's span, parts of a period (نهاية، مطلع).
DATE_CUES: dict[str, tuple[str, ...]] = {}
for _r in _LEX["date_cues"]:
    DATE_CUES[_r.role] = DATE_CUES.get(_r.role, ()) + (normalise(_r.form),)


def _key(name: str) -> str:
    parts = name.split()
    return parts[0] + (" ال" + parts[1].removeprefix("ال") if len(parts) > 1 else "")


_MONTH = rf"(?:{alternation(GREGORIAN_MONTHS, optional_article=True)})(?!\w)"
_PAIRED = rf"(?P<month>{_MONTH}(?:\s*/\s*{_MONTH}|\s*\(\s*{_MONTH}\s*\)|\s+{_MONTH})?)"
_YEAR_WORD = r"(?:عام|العام|سنه|السنه|لعام|لسنه)"
_REL = (rf"(?:من\s+)?(?:(?:{_YEAR_WORD})\s+"
        rf"(?P<rel>{'|'.join(RELATIVE_SAME + tuple(RELATIVE_DEICTIC))})(?:ه)?"
        rf"|(?P<rel2>هذا|ذلك|نفس)\s+(?:العام|السنه))(?!\w)"
        r"(?:\s+(?P<relyear>\d{4})(?![\d.,]?\d))?")
_YEAR_PART = (rf"(?:\s*,?\s*(?:(?:من\s+)?{_YEAR_WORD}\s+)?(?P<year>\d{{4}})(?!\d)(?:\s?م(?!\w))?"
              rf"|\s+{_REL}"
              rf"|\s+(?P<mrel>{'|'.join(RELATIVE_DEICTIC)})(?!\w))")
_WEEKDAY = rf"(?:(?:يوم\s+)?(?P<wd>{'|'.join(WEEKDAYS)})(?!\w)\s*,?\s*)"

DAY_MONTH_RE = re.compile(
    rf"{_WEEKDAY}?(?<![\d.,/])(?P<day>\d{{1,2}})(?:(?:\s+من)?\s+|\s*/\s*(?=\D+/\s*\d{{4}})){_PAIRED}"
    rf"(?:\s*/\s*(?P<syear>\d{{4}})(?!\d)|{_YEAR_PART})?")
MONTH_YEAR_RE = re.compile(rf"(?<!\w){_PAIRED}{_YEAR_PART}")
NUMERIC_RE = re.compile(r"(?<![\d./-])(?:(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)"
                        r"(?P<y>\d{4})|(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2}))(?![\d/.-]\d)")
HIJRI_RE = re.compile(
    rf"(?:(?P<day>\d{{1,2}})\s+)?(?<!\w)"
    rf"(?P<month>{alternation(HIJRI_MONTHS, optional_article=True)})(?!\w)\s+"
    rf"(?:(?:من\s+)?{_YEAR_WORD}\s+)?(?P<year>\d{{3,4}})(?!\d)(?P<h>\s*ه(?!\w))?"
    rf"|(?<!\w){_YEAR_WORD}\s+(?P<yonly>\d{{3,4}})\s*ه(?!\w)")
YEAR_RE = re.compile(
    rf"(?<!\w)[وفبل]?(?P<cue>{_YEAR_WORD}|عامي)\s+(?P<year>\d{{4}})(?![\d.,]?\d)"
    r"|(?<!\w)[وف]?(?:في|منذ|حتي|بحلول|قبل|بعد|خلال)\s+(?P<year2>\d{4})(?![\d.,]?\d)(?!\s*%)")
RELATIVE_RE = re.compile(rf"(?<!\w){_REL}")
#: A bare year after a noun of a period (موازنة 2024، قانون المالية 2019، في أفق 2021) and
#: the second year of a pair (عامي 2015 و2017): the span is the year alone.
_YEAR_NOUN_BEFORE = re.compile(
    rf"(?<!\w)[وفبل]?(?:ال)?(?:{alternation(DATE_CUES.get('year_noun', ()))})\s+$"
    r"|(?<!\w)[وفبل]?(?:عامي|سنتي)\s+\d{4}\s*(?:و|-|/)\s?$")
_NOT_A_YEAR_AFTER = re.compile(r"[\d.,]?\d|\s*%")


#: A part of "the year" with no other word: مطلع العام، نهاية السنة = of the current year
#: (the document's), resolved like العام الجاري.
PERIOD_YEAR_RE = re.compile(
    rf"(?<!\w)[وفبل]?(?:{alternation(DATE_CUES.get('period_part', ()))})\s+(?:العام|السنه)(?!\w)"
    rf"(?!\s+(?:{'|'.join(RELATIVE_SAME + tuple(RELATIVE_DEICTIC))}|\d))")
_SPAN_PREFIX = re.compile(
    rf"(?:^|(?<=\s))[وف]?(?P<w>"
    rf"{alternation(DATE_CUES.get('preposition', ()) + DATE_CUES.get('period_part', ()))})"
    r"\s+$")


_FIRST_MONTH = {id(t): re.compile(alternation(t, optional_article=True))
                for t in (GREGORIAN_MONTHS, HIJRI_MONTHS)}


def _month_number(text: str, table: dict) -> int:
    # In a pairing (آذار/مارس) the first name decides; both name the same month.
    first = _FIRST_MONTH[id(table)].match(text)
    return table[_key(" ".join(first.group().split()))]


_DIGITS = re.compile(r"\d")


@lru_cache(maxsize=1)
def _digit_table() -> np.ndarray:
    """``table[cp]`` is True iff the code point ``cp`` is a digit to :data:`_DIGITS`
    (``\\d``, Unicode decimal digits): built by that very pattern over every code point
    (surrogates, never digits, stand in as spaces), so the two agree by construction.
    Built on first use (≈20 ms), not at import: only texts of 1000 characters or more
    need it."""
    cps = np.arange(0x110000, dtype=np.uint32)
    cps[0xD800:0xE000] = 32
    table = np.zeros(0x110000, dtype=bool)
    table[[m.start() for m in _DIGITS.finditer(cps.tobytes().decode("utf-32-le"))]] = True
    return table



_DIGIT_RUN = re.compile(r"\d+")
#: Below this length :func:`_digit_runs` uses the regex: numpy's ~12 µs of fixed cost
#: per call (encode, take, diff, tolist) outweighs the regex's ~15 ns a character
#: (measured break-even ~1000 characters).
_NUMPY_FROM = 1000


def _digit_runs(norm: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every maximal run of ``\\d`` characters in ``norm``, in order
    (what ``re.finditer(r"\\d+", norm)`` gives). For long texts one lookup-array pass
    over the code points: a regex scans ~10 ns a character for a class, this ~3 ns,
    and most characters are not digits."""
    if len(norm) < _NUMPY_FROM:
        return [m.span() for m in _DIGIT_RUN.finditer(norm)]
    codes = np.frombuffer(norm.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    pos = _digit_table().take(codes).nonzero()[0]
    if not len(pos):
        return []
    gaps = (np.diff(pos) != 1).nonzero()[0]       # a run ends after pos[gaps[k]]
    starts = [pos[0].item(), *(pos[gaps + 1].tolist())]
    ends = [*(pos[gaps] + 1).tolist(), pos[-1].item() + 1]
    return list(zip(starts, ends))


#: Every date but a relative year has a digit; relative years have one of
#: :data:`_RELATIVE_WORDS`. Only
#: stretches around these are searched (a date reaches at most _BEFORE characters
#: before its first digit and _AFTER after it), which keeps extraction under 2 ms on a
#: 10 KB article instead of running six patterns over all of it.
_BEFORE, _AFTER = 50, 60
_RELATIVE_WORDS = RELATIVE_SAME + tuple(RELATIVE_DEICTIC) + ("هذا ال", "ذلك ال", "نفس ال") \
    + DATE_CUES.get("period_part", ())
#: Necessary conditions, checked per window before a pattern runs there (a window
#: without them cannot hold a match, so skipping it changes nothing): a Gregorian
#: month name (DAY_MONTH_RE, MONTH_YEAR_RE), a Hijri month name or a number before
#: هـ (HIJRI_RE), عام / سنة (RELATIVE_RE). The digit conditions are read off the
#: digit runs (see :func:`_candidates`).
_MONTH_HINT = re.compile(_MONTH)
#: Where a DAY_MONTH_RE / MONTH_YEAR_RE match can start besides a digit run: a month
#: name at a word start (MONTH_YEAR_RE); يوم or a weekday name (DAY_MONTH_RE). No two
#: occurrences overlap (a name's inner words, الثاني, الاول, are no month), so
#: ``finditer`` / ``str.find`` see them all.
_MONTH_START = re.compile(rf"(?<!\w){_MONTH}")
_WEEKDAY_WORDS = ("يوم", *WEEKDAYS)
#: A cheap test before the Hijri patterns: one distinctive word of each Hijri month name
#: (ذو القعده → قعده), or a digit before ه.
_HIJRI_HINT = re.compile("|".join(dict.fromkeys(
    (w.split()[1].removeprefix("ال") if w.split()[0] in ("ذو", "ذي") else w.split()[0])
    for w in HIJRI_MONTHS)) + r"|\d\s*ه")


def _windows(norm: str, runs=None) -> list[tuple[int, int]]:
    """Merged stretches around digits and relative-date words, cut at spaces."""
    hits = _digit_runs(norm) if runs is None else runs
    return windows_around(norm, hits + find_all(norm, _RELATIVE_WORDS), _BEFORE, _AFTER)


def _valid(y, m, d) -> bool:
    try:
        dt.date(y, m, d)
        return True
    except ValueError:
        return False


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


def _candidates(norm: str) -> list[dict]:
    """Every date span any rule finds (they may overlap), as dicts with normalised
    offsets ns/ne and the parts found: y, m, d, wd, rel, calendar, hijri."""
    out = []
    runs = _digit_runs(norm)
    windows = _windows(norm, runs)
    # Per window, which patterns can match there. Every match's digits start a digit
    # run (a look-behind or \s before them) and end it (a look-ahead or \s after), so:
    # a day (DAY_MONTH_RE) is a run of 1–2 digits with \s after; NUMERIC_RE needs a
    # run of ≤ 4 digits with / . - after; HIJRI_RE a run of 3–4 with \s before;
    # YEAR_RE a run of exactly 4 with \s before. A window holds whole runs (it ends at
    # a space), so these conditions are necessary; each pattern still runs unchanged
    # over the whole window, so the matches are exactly those of a plain scan.
    starts = [a for a, _ in runs]
    n = len(norm)
    # Windows per pattern in plain lists: a dict keyed by the patterns would hash each
    # one at every lookup, and a re.Pattern's hash covers its whole compiled code
    # (several µs for the month alternations).
    day_w, month_w, numeric_w, hijri_w, year_w, relative_w = [], [], [], [], [], []
    day_starts, month_starts = [], []
    for pos, end in windows:
        day = numeric = hijri = year = four = False
        for a, b in runs[bisect_left(starts, pos):bisect_left(starts, end)]:
            k = b - a
            after = norm[b] if b < n else ""
            space_before = a > 0 and norm[a - 1].isspace()
            day = day or (k <= 2 and (after.isspace() or after == "/"))
            numeric = numeric or (k <= 4 and after in ("/", ".", "-"))
            hijri = hijri or (space_before and 3 <= k <= 4)
            year = year or (space_before and k == 4)
            four = four or k == 4
        relative = norm.find("عام", pos, end) != -1 or norm.find("سنه", pos, end) != -1
        # يوليو الماضي: a month relative to the document's date (MONTH_YEAR_RE's mrel)
        month_rel = not (day or four or relative) and any(
            norm.find(w, pos, end) != -1 for w in RELATIVE_DEICTIC)
        # A MONTH_YEAR_RE match needs a year: a run of exactly 4 digits, or a relative
        # year, which contains عام or سنه. Without that or a day, the month-name search
        # (the costliest test here, a regex over the window) is skipped.
        hint = (day or four or relative or month_rel) and _MONTH_HINT.search(norm, pos, end)
        if hint:
            if day:
                day_w.append((pos, end))
                day_starts += _day_month_starts(norm, pos, end, starts)
            month_w.append((pos, end))
            month_starts += [m.start() for m in _MONTH_START.finditer(norm, hint.start(), end)]
        if numeric:
            numeric_w.append((pos, end))
        if hijri and _HIJRI_HINT.search(norm, pos, end):
            hijri_w.append((pos, end))
        if year:
            year_w.append((pos, end))
        if relative:
            relative_w.append((pos, end))

    # Every pattern but HIJRI_RE and RELATIVE_RE can only start at known offsets (see
    # _match_at): a digit run's start, the word before a 4-digit year, a month or
    # weekday name. Trying those alone is ~10x cheaper than letting the engine try
    # every position of the window.
    def find(pattern, wins, at=None):
        if at is not None:
            return (m for pos, end in wins for m in _match_at(pattern, norm, pos, end, at))
        return (m for pos, end in wins for m in pattern.finditer(norm, pos, end))

    for m in find(DAY_MONTH_RE, day_w, day_starts):
        out.append(dict(ns=m.start(), ne=m.end(), d=int(m["day"]),
                        m=_month_number(m["month"], GREGORIAN_MONTHS),
                        y=_year_of(m), wd=m["wd"], rel=m["rel"] or m["rel2"],
                        mrel=m["mrel"]))
    for m in find(MONTH_YEAR_RE, month_w, month_starts):
        out.append(dict(ns=m.start(), ne=m.end(), m=_month_number(m["month"], GREGORIAN_MONTHS),
                        y=_year_of(m), rel=m["rel"] or m["rel2"], mrel=m["mrel"]))
    for m in find(NUMERIC_RE, numeric_w, starts):
        y, mo, d = (int(m["y"]), int(m["m"]), int(m["d"])) if m["y"] else \
            (int(m["iy"]), int(m["im"]), int(m["id"]))
        if _valid(y, mo, d):
            out.append(dict(ns=m.start(), ne=m.end(), y=y, m=mo, d=d))
    for m in find(HIJRI_RE, hijri_w):
        if m["yonly"]:
            out.append(dict(ns=m.start(), ne=m.end(), y=int(m["yonly"]), calendar="hijri"))
        elif m["h"] or int(m["year"]) < 1600:
            out.append(dict(ns=m.start(), ne=m.end(), y=int(m["year"]),
                            m=_month_number(m["month"], HIJRI_MONTHS),
                            d=int(m["day"]) if m["day"] else None, calendar="hijri"))
    for m in find(YEAR_RE, year_w, _year_cue_starts(norm, runs)):
        g = "year" if m["year"] else "year2"
        y = int(m[g])
        if 1800 <= y < 2200:
            ns = m.start(g)
            if m["year"]:     # لسنة 2026، بعام: the preposition ل / ب is part of the date
                ns = m.start() if norm[m.start()] in "لب" and m.start() < m.start("cue") \
                    else m.start("cue")
            out.append(dict(ns=ns, ne=m.end(g), y=y))
    for m in find(RELATIVE_RE, relative_w):
        out.append(dict(ns=m.start(), ne=m.end(), rel=m["rel"] or m["rel2"], y=_year_of(m)))
    for m in find(PERIOD_YEAR_RE, relative_w):
        out.append(dict(ns=m.start(), ne=m.end(), rel="الجاري"))
    # A bare year after a period noun (موازنة 2024) or the second of a pair (عامي 2015
    # و2017): tested backwards from each 4-digit run, the year alone is the span.
    for a, b in runs:
        if b - a == 4 and 1800 <= int(norm[a:b]) < 2200 \
                and not _NOT_A_YEAR_AFTER.match(norm, b) \
                and _YEAR_NOUN_BEFORE.search(norm, max(0, a - 40), a):
            out.append(dict(ns=a, ne=b, y=int(norm[a:b])))
    for c in out:                    # منذ عام 2014، نهاية يوليو: the cue is part of the span
        p = _SPAN_PREFIX.search(norm, max(0, c["ns"] - 12), c["ns"])
        if p:
            c["ns"] = p.start("w")
        fy = _FISCAL.match(norm, c["ne"])    # 2012/2013: a fiscal year, an ISO 8601 interval
        if fy and c.get("y") and not c.get("m") and int(fy.group(1)) == c["y"] + 1:
            c["ne"], c["y_to"] = fy.end(), c["y"] + 1
        e = c["ne"]          # 2025م: the era letter after the year is part of the span
        if norm[e - 1:e].isdigit() and norm[e:e + 1] == "م" and not norm[e + 1:e + 2].isalnum():
            c["ne"] = e + 1
    return out


_FISCAL = re.compile(r"\s*/\s*(\d{4})(?![\d.,]?\d)")


def _year_of(m: re.Match) -> int | None:
    """The explicit year of a date match: its year, or the year written after a relative
    year (العام الجاري 2012 → 2012)."""
    for g in ("year", "syear", "relyear"):
        if g in m.re.groupindex and m[g]:
            return int(m[g])
    return None


_DOC_YEAR = re.compile(r"\s*(\d{4})")


def _doc_year(article: Article) -> int | None:
    m = _DOC_YEAR.match(str(article.doc.meta.get("date") or ""))
    return int(m.group(1)) if m else None


class _ExplicitYears:
    """The explicit years of a document, ``(normalised offset, year)`` in text order,
    indexed for :func:`_resolve`: the last one before an offset and the nearest offset
    of a year by bisection, not by a scan of all of them for each date (which made the
    dates of a long article quadratic)."""

    def __init__(self, explicit: list[tuple[int, int]]):
        self.positions = [pos for pos, _ in explicit]
        self.values = [y for _, y in explicit]
        self.at: dict[int, list[int]] = {}
        for pos, y in explicit:
            self.at.setdefault(y, []).append(pos)

    def last_before(self, offset: int) -> int | None:
        k = bisect_left(self.positions, offset)
        return self.values[k - 1] if k else None

    def distance(self, year: int, offset: int) -> int:
        """Characters from ``offset`` to the nearest explicit mention of ``year``."""
        at = self.at[year]
        k = bisect_left(at, offset)
        return min(abs(at[j] - offset) for j in (k - 1, k) if 0 <= j < len(at))


_DOC_MONTH = re.compile(r"\s*(\d{4})-(\d{2})")


def _resolve(c: dict, explicit: _ExplicitYears, doc_year: int | None, doc_month: str = ""):
    """(year, how) for a candidate without an explicit year; (None, "") if unknown."""
    if c.get("mrel"):                # يوليو الماضي: the last July before the document's date
        off = RELATIVE_DEICTIC.get(c["mrel"], 0)
        dm = _DOC_MONTH.match(str(doc_month or ""))
        if not dm:
            return None, ""
        y, mo = int(dm.group(1)), int(dm.group(2))
        if off < 0:
            return (y if c["m"] < mo else y - 1), "document date"
        if off > 0:
            return (y if c["m"] > mo else y + 1), "document date"
        return y, "document date"
    rel = c.get("rel")
    if rel in RELATIVE_SAME or rel in ("ذلك", "نفس"):
        before = explicit.last_before(c["ns"])
        if before is not None:
            return before, "same year as the last explicit year"
        return (doc_year, "document date") if doc_year else (None, "")
    if rel:  # deictic: relative to when the article was written
        off = RELATIVE_DEICTIC.get(rel, 0)
        return (doc_year + off, "document date") if doc_year else (None, "")
    if c.get("wd") and c.get("d"):
        years = sorted(set(explicit.at) | ({doc_year} if doc_year else set()))
        fits = [y for y in years if _valid(y, c["m"], c["d"])
                and dt.date(y, c["m"], c["d"]).weekday() == WEEKDAYS[c["wd"]]]
        if fits:
            near = {y: explicit.distance(y, c["ns"]) for y in fits if y in explicit.at}
            return min(fits, key=lambda y: (y != doc_year, near.get(y, 0))), "weekday"
    if doc_year:
        return doc_year, "document date"
    return None, ""


def _iso(c: dict, year: int | None) -> tuple[str, str, str]:
    """(date, precision, hijri) for a resolved candidate."""
    y, m, d = year, c.get("m"), c.get("d")
    precision = "day" if d else "month" if m else "year"
    if c.get("calendar") == "hijri":
        hijri = f"{y:04d}" + (f"-{m:02d}" if m else "") + (f"-{d:02d}" if d else "")
        try:
            g = Hijri(y, m or 1, d or 1).to_gregorian()
        except (ValueError, OverflowError):
            # No such Hijri date (day 45, or a year outside the Umm al-Qura tables that
            # hijridate covers, 1343–1500 AH): keep the text, leave the date empty.
            return "", precision, hijri
        date = (f"{g.year:04d}-{g.month:02d}-{g.day:02d}" if d else
                f"{g.year:04d}-{g.month:02d}" if m else f"{g.year:04d}")
        return date, precision, hijri
    if y is None or not dt.MINYEAR <= y <= dt.MAXYEAR:
        # A relative year past the calendar's ends (العام الماضي in a document dated
        # 0001-01-01 would be year 0000, العام المقبل after 9999 five digits): ISO 8601
        # without expansion and Python's date know years 0001–9999 only.
        return "", precision, ""
    if c.get("y_to"):
        return f"{y:04d}/{c['y_to']:04d}", precision, ""
    return (f"{y:04d}" + (f"-{m:02d}" if m else "") + (f"-{d:02d}" if d else "")), precision, ""


def extract_dates(article: Article) -> pd.DataFrame:
    """Dates in ``article``.

    Input: an analysed article (``article.doc.meta["date"]``, if given as YYYY…, is the
    document date). Output: one row per date, columns :data:`COLUMNS` =
    :data:`khabar.schema.DATES` (doc_id, text, date, start, end) then ``precision``
    (day | month | year), ``calendar`` (gregorian | hijri), ``hijri`` (the Hijri date
    as written, YYYY[-MM[-DD]], for Hijri rows), ``year_from`` (how a year missing from
    the text was chosen: weekday | same year as the last explicit year | document date;
    empty when the text gives it), ``sentence``, ``paragraph``. ``date`` is ISO 8601
    (YYYY-MM-DD, YYYY-MM or YYYY, Gregorian), empty when it cannot be known.
    Overlapping spans keep the longest (then the earliest); a span overlapping a money
    figure is dropped. Raises nothing for text it does not understand.
    """
    return dates_frame(date_rows(article))


def date_rows(article: Article) -> list[Date]:
    """The rows of :func:`extract_dates` as :class:`khabar.schema.Date` named tuples
    (fields in :data:`COLUMNS` order), without building a DataFrame (the corpus
    pipeline builds one frame for all articles)."""
    nt = article.normalised
    norm = nt.norm
    # Money spans by start, with the running maximum of their ends: a candidate overlaps
    # a figure iff some figure starting before its end ends after its start (one
    # bisection, not a test of every figure for every candidate).
    money = sorted((nt.index(f["start"]), nt.index(f["end"])) for f in find_figures(article))
    money_starts = [s for s, _ in money]
    money_reach = list(accumulate((e for _, e in money), max))
    chosen: list[dict] = []
    for c in sorted(_candidates(norm), key=lambda c: (c["ns"], -(c["ne"] - c["ns"]))):
        k = bisect_left(money_starts, c["ne"])
        if k and money_reach[k - 1] > c["ns"]:
            continue
        if chosen and c["ns"] < chosen[-1]["ne"]:
            if c["ne"] - c["ns"] <= chosen[-1]["ne"] - chosen[-1]["ns"]:
                continue
            chosen.pop()
        chosen.append(c)
    explicit = _ExplicitYears([(c["ns"], c["y"]) for c in chosen
                               if c.get("y") and c.get("calendar") != "hijri"])
    doc_year = _doc_year(article)
    doc_date, ref = article.doc.meta.get("date"), "document date"
    if doc_year is None:
        line = _dateline(article, chosen)
        if line:
            doc_year, doc_date, ref = line["y"], f"{line['y']:04d}-{line['m']:02d}", "dateline"
    _complete_ranges(norm, chosen)
    rows = []
    for c in chosen:
        year, how = (c["y"], c.get("year_from", "")) if c.get("y") else \
            _resolve(c, explicit, doc_year, doc_date)
        if how == "document date":
            how = ref
        date, precision, hijri = _iso(c, year)
        start, end = nt.span(c["ns"], c["ne"])
        while end < len(article.text) and normalise(article.text[end]) == "":
            end += 1    # هـ: the tatweel that normalisation dropped is part of the text
        sent = article.sentence_at(start)
        if sent is None or start >= sent.end:
            continue                                     # in a boilerplate line
        rows.append(Date(article.doc_id, article.text[start:end], date, start, end,
                         precision, c.get("calendar", "gregorian"), hijri, how,
                         sent.sentence, sent.paragraph))
    return rows


def _dateline(article: Article, chosen: list[dict]) -> dict | None:
    """The article's own date when its metadata has none: a full date (day, month, year)
    on one of the first three lines that is a dateline, i.e. a short line (≤ 60
    characters: «6 أبريل، 2018», «الثلاثاء ٠٨ مارس ٢٠٢٢») or a line that starts with it.
    Relative dates then resolve against it (``year_from`` = dateline)."""
    nt, text = article.normalised, article.text
    for c in chosen:
        if not (c.get("y") and c.get("m") and c.get("d")) or c.get("calendar"):
            continue
        start, end = nt.span(c["ns"], c["ne"])
        if text.count("\n", 0, start) >= 3:
            return None
        lo = text.rfind("\n", 0, start) + 1
        hi = text.find("\n", end)
        hi = len(text) if hi == -1 else hi
        if hi - lo <= 60 or not text[lo:start].strip(" -–|،,:"):
            return c
    return None


_RANGE_JOIN = re.compile(r"\s*(?:و\s?)?(?:حتي|الي|لغايه|-|–)\s*")


def _complete_ranges(norm: str, chosen: list[dict]) -> None:
    """The first end of a range takes the year of the second: من 1 يناير وحتى 30 يونيو
    2025 → 2025-01-01 (``year_from`` = range end)."""
    for a, b in zip(chosen, chosen[1:]):
        if a.get("m") and not a.get("y") and not a.get("rel") and not a.get("mrel") \
                and b.get("y") and b.get("m") and a.get("calendar") is None \
                and (j := _RANGE_JOIN.match(norm, a["ne"])) and a["ne"] <= b["ns"] <= j.end():
            a["y"], a["year_from"] = b["y"], "range end"


def dates_frame(rows: list[Date]) -> pd.DataFrame:
    """A dates DataFrame (columns :data:`COLUMNS`) from :func:`date_rows`."""
    return fixed_frame(rows, COLUMNS, _DTYPES)
