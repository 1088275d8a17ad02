"""The date shapes: one function per shape, each turning the matches of its pattern
into candidates, and :func:`_candidates`, which runs them all.

A candidate is a dict with normalised offsets ``ns`` / ``ne`` and the parts found:
``y``, ``m``, ``d`` (numbers), ``wd`` (weekday), ``rel`` / ``mrel`` (a relative year or
month word), ``calendar`` ("hijri"), ``y_to`` (a fiscal year's second year). Candidates
may overlap; :func:`khabar.dates.date_rows` keeps the longest. Rules: docs/arabic.md,
"Dates".
"""
from __future__ import annotations

import re

from .patterns import (CENTURY_ORDINALS, DECADE_RE, DECADE_TENS,
                       BARE_MONTH_BEFORE, BARE_MONTH_NEXT, BARE_MONTH_RE, BARE_MONTH_WORDS,
                       BARE_YEAR_RANGE_RE, FISCAL_ADJECTIVE_AFTER, HIJRI_BARE_NEXT,
                       HIJRI_BARE_RE, HIJRI_MONTH_WORDS, HIJRI_NEEDS_NOUN, HIJRI_REL_RE,
                       MONTHS_OF_YEAR_RE, SAME_MONTH_DAY_RE, YEAR_FRACTION_RE,
                       YEAR_FRACTIONS, CURRENCY_AFTER,
                       _BETWEEN_END, _FISCAL,
                       _FISCAL_NOUN_BEFORE, _HIJRI_FISCAL_END,
                       _NOT_A_YEAR_AFTER, _SPAN_PREFIX, _YEAR_NOUN_BEFORE,
                       _YEAR_RANGE_END, DAY_MONTH_RE, HIJRI_RE, MONTH_DAY_RE, MONTH_YEAR_RE,
                       NAME_NOUN_BEFORE, HIJRI_SLASH_BEFORE,
                       NAMED_MONTH_RE, NUMERIC_RE, ORDINAL_DAY_ANCHOR, ORDINAL_DAY_RE,
                       ORDINAL_DAYS, PERIOD_MONTH_RE, PERIOD_YEAR_RE, RANGE_START_BEFORE,
                       DAY_OF_THIS_MONTH_RE, DAY_RANGE_START_BEFORE, DAY_LIST_BEFORE,
                       BARE_WEEKDAY_RE, COMPLEMENTISERS, PAST_SPEECH_VERBS, WEEKDAY_NOUNS,
                       REL_DAY_RE, REL_MONTH_DAY_BEFORE, REL_MONTH_RE, RELATIVE_DAYS,
                       RELATIVE_DEICTIC, RELATIVE_RE,
                       SECOND_MONTH_RE, WEEKDAY_BEFORE, WEEKDAYS, YEAR_RE, YEAR_WORDS_RE,
                       _month_number, _valid,
                       _year_of)
from ..numwords import thousands_value, words_value
from .resolve import _hijri_year_of_month_in
from ..text import find_all
from ..text.words import is_stop_word
from .scan import _digit_runs, matches, where


def _candidates(norm: str, plain: bool = False) -> list[dict]:
    """Every date span any shape finds in the normalised text ``norm`` (they may
    overlap), in the order of the shapes below, each widened by :func:`_widen`.
    ``plain=True`` searches every pattern over the whole text (the plain twin of the
    search plan of :func:`khabar.dates.scan.where`): the same candidates."""
    runs = _digit_runs(norm, plain)
    plan = where(norm, runs, plain)
    out = [*_day_month_dates(matches(DAY_MONTH_RE, norm, plan, "day_month")),
           *_month_year_dates(matches(MONTH_YEAR_RE, norm, plan, "month_year")),
           *_month_day_dates(matches(MONTH_DAY_RE, norm, plan, "month_year")),
           *_numeric_dates(matches(NUMERIC_RE, norm, plan, "numeric")),
           *_hijri_dates(matches(HIJRI_RE, norm, plan, "hijri")),
           *_cued_years(norm, matches(YEAR_RE, norm, plan, "year")),
           *_relative_years(matches(RELATIVE_RE, norm, plan, "relative")),
           *_period_years(matches(PERIOD_YEAR_RE, norm, plan, "relative")),
           *_noun_years(norm, runs),
           *_bare_year_ranges(norm, runs),
           *_ordinal_day_dates(norm),
           *_period_months(matches(PERIOD_MONTH_RE, norm, plan, "period_month")),
           *_relative_months(matches(REL_MONTH_RE, norm, plan, "relative_month")),
           *_relative_days(matches(REL_DAY_RE, norm, plan, "relative_day")),
           *_reported_weekdays(norm),
           *_named_months(norm),
           *_bare_months(norm),
           *_hijri_relative_months(norm),
           *_hijri_bare_months(norm),
           *_same_month_days(norm),
           *_year_fractions(norm),
           *_days_of_this_month(norm),
           *_year_words(norm),
           *_decades(norm)]
    out += _range_starts(norm, out)
    out += _day_range_starts(norm, out)
    for c in out:
        _widen(norm, c)
    return out


def _day_month_dates(found) -> list[dict]:
    """A day and a month name, with an optional weekday before and year after: في 12
    مايو 2022، يوم الأحد 3 آذار/مارس، 5 يناير من العام نفسه (year from the context); a
    day in brackets has both brackets in its span ((4) نوفمبر).
    Not a day and month with neither year nor weekday right after a place noun (ملعب 5
    جويلية، شارع 26 يوليو: the name of a stadium or a street)."""
    return [dict(ns=m.start() - bool(m["cb"]), ne=m.end(), d=int(m["day"]),
                 m=_month_number(m["month"], "gregorian"), y=_year_of(m), wd=m["wd"],
                 rel=m["rel"] or m["rel2"], mrel=m["mrel"]) for m in found
            if not _place_name(m)]


def _month_day_dates(found) -> list[dict]:
    """A month name, a day and, after a comma, a year (November 13, 2024; يناير 13,
    2025), or after a weekday with no comma (الثلاثاء , نوفمبر 26 2024: the weekday is in the
    span): searched where :data:`MONTH_YEAR_RE` is (a month name and a 4-digit year in the
    window)."""
    out = []
    for m in found:
        ns = m.start()
        wd = WEEKDAY_BEFORE.search(m.string, max(0, ns - 16), ns)
        if "," not in m["sep"] and not wd:
            continue      # نوفمبر 26 2024 with no comma: a date only after a weekday
        if wd:
            ns = wd.start()
        out.append(dict(ns=ns, ne=m.end(), d=int(m["day"]),
                        m=_month_number(m["month"], "gregorian"), y=int(m["year"])))
    return out


def _ordinal_day_dates(norm: str) -> list[dict]:
    """A day written as an ordinal, من and a month name, with an optional year: في الاول
    من يونيو 2026 → 2026-06-01, يوم الاحد العاشر من مارس (year from the context); أول
    and a month with no من after a time preposition is its first day (في أول يناير 2024,
    Egyptian copy). The
    span starts at the ordinal (a time preposition before it is added as for every date,
    :func:`_widen`). The whole text is searched: an ordinal day has no digit for the
    search plan of :func:`khabar.dates.scan.where` to find (the plain and planned searches
    run this one the same way)."""
    if not ORDINAL_DAY_ANCHOR.search(norm):
        return []
    return [dict(ns=m.start("day" if m["day"] else "first") if not m["wd"] else m.start(),
                 ne=m.end(), d=ORDINAL_DAYS[" ".join(m["day"].split())] if m["day"] else 1,
                 m=_month_number(m["month"], "gregorian"), y=_year_of(m), wd=m["wd"],
                 rel=m["rel"] or m["rel2"], mrel=m["mrel"])
            for m in ORDINAL_DAY_RE.finditer(norm)]


def _place_name(m: re.Match) -> bool:
    """Whether the day-month match ``m`` is the name of a place (ملعب 5 جويلية)."""
    if m["wd"] or _year_of(m) or m["rel"] or m["rel2"] or m["mrel"]:
        return False
    s = m.start("day")
    return bool(NAME_NOUN_BEFORE.search(m.string, max(0, s - 20), s))


def _month_year_dates(found) -> list[dict]:
    """A month name and a year or relative year: يونيو 2021، شباط من العام الماضي،
    أكتوبر الماضي (a month before the document's date); after و (ودجنبر من العام الحالي)
    the span starts at the month."""
    return [dict(ns=m.start("month"), ne=m.end(), m=_month_number(m["month"], "gregorian"),
                 y=_year_of(m), rel=m["rel"] or m["rel2"], mrel=m["mrel"]) for m in found]


def _period_months(found) -> list[dict]:
    """A period part and a month (موفى مارس، منتصف أغسطس، نهاية شهر يونيو 2025), the
    year optional: without one, a month of the document's year (docs/money.md, "Dates")."""
    return [_bare(dict(ns=m.start("part"), ne=m.end(), m=_month_number(m["month"], "gregorian"),
                       y=_year_of(m), rel=m["rel"] or m["rel2"], mrel=m["mrel"]))
            for m in found]


def _bare(c: dict) -> dict:
    """``c``, marked ``bare`` when it is a month with no year and no relative word (منتصف
    أغسطس، في شهر مايو): its year is that of the month's occurrence nearest to the
    document's date, as for a month named alone (:func:`_bare_months`)."""
    if c.get("m") and not (c.get("y") or c.get("rel") or c.get("mrel") or c.get("d")):
        c["bare"] = True
    return c


def _named_months(norm: str) -> list[dict]:
    """A month after the noun شهر (في شهر فبراير، شهر مارس الماضي), and the two months
    after شهري (شهري مايو ويونيو), the year optional: without one, months of the
    document's year. The whole text is searched (guarded by the word شهر): a month
    after شهر may have no digit or relative word for the search plan of
    :func:`khabar.dates.scan.where` to find; the plain and planned searches run this
    one the same way."""
    if "شهر" not in norm:
        return []
    out = []
    for m in NAMED_MONTH_RE.finditer(norm):
        out.append(_bare(dict(ns=m.start("w"), ne=m.end(),
                              m=_month_number(m["month"], "gregorian"), y=_year_of(m),
                              rel=m["rel"] or m["rel2"], mrel=m["mrel"])))
        if m["noun"] == "شهري" and m.end() == m.end("month"):
            second = SECOND_MONTH_RE.match(norm, m.end())
            if second:     # شهري مايو ويونيو: no year after either, both bare
                pair = _bare(dict(ns=second.start("month"), ne=second.end(),
                                  m=_month_number(second["month"], "gregorian")))
                out[-1]["range_to"] = pair
                out.append(pair)
    return out


def _bare_months(norm: str) -> list[dict]:
    """A month named alone, with no year or relative word, after a time preposition (في
    مايو، منذ آذار/مارس، اعتبارا من يناير: date_cues.tsv month_time), and the second
    month of a pair or range after it (في مايو ويونيو، من مايو إلى سبتمبر، بين مايو
    وسبتمبر: after من or بين, month_range, only with that second month). Each is a month
    ``bare`` of its year, which :func:`khabar.dates.resolve._resolve` takes from the
    document's date (the month's occurrence nearest to it); the first month of a range
    keeps the second (``range_to``), whose year decides its own (docs/arabic.md, "Dates");
    ``alone`` is where the month's name starts. After منذ ("since", ``since``) the month
    is the last one on or before the document's month (منذ آب in June is last August).
    A month with a year or relative word after it is a longer candidate of another shape
    and wins. The whole text is searched (a month alone has no digit for the search plan
    of :func:`khabar.dates.scan.where`), so the plain and planned searches agree."""
    out = []
    at = 0
    # tried where a month's first word starts (str.find), not by a regex scan of the text
    for s in sorted({a for a, _ in find_all(norm, BARE_MONTH_WORDS)}):
        m = BARE_MONTH_RE.match(norm, s) if s >= at else None
        if m is None:
            continue
        before = BARE_MONTH_BEFORE.search(norm, max(0, m.start() - 16), m.start())
        nxt = BARE_MONTH_NEXT.match(norm, m.end())
        if not before or (before["open"] and not nxt):
            continue
        first = dict(ns=m.start("month"), ne=m.end("month"),
                     m=_month_number(m["month"], "gregorian"), bare=True, alone=m.start("month"),
                     since=before["time"] == "منذ")
        out.append(first)
        at = m.end()
        if nxt:
            second = dict(ns=nxt.start("month"), ne=nxt.end("month"),
                          m=_month_number(nxt["month"], "gregorian"), bare=True,
                          alone=nxt.start("month"))
            first["range_to"] = second
            out.append(second)
            at = nxt.end()
    return out


def _hijri_relative_months(norm: str) -> list[dict]:
    """A Hijri month with a past or future word (رمضان الماضي، خلال شهر رمضان المقبل،
    ذي الحجة الجاري), a day before it the day of that month (19 ربيع الأول المقبل): a
    Hijri month (``calendar`` hijri) whose year
    :func:`khabar.dates.resolve._hijri_relative_year` takes from the document's date
    (``mrel``); شهر before it is in the span. The whole text is searched: it has no
    digit for the search plan of :func:`khabar.dates.scan.where`."""
    out, seen = [], set()
    # tried around each Hijri month's distinctive word (str.find; شهر may stand before it)
    for a, _ in sorted(find_all(norm, HIJRI_MONTH_WORDS)):
        m = HIJRI_REL_RE.search(norm, max(0, a - 24), a + 40)
        while m is not None and m.end("month") <= a:
            m = HIJRI_REL_RE.search(norm, m.end(), a + 40)
        if m is None or m.span() in seen or not m.start("month") <= a < m.end("month"):
            continue
        seen.add(m.span())
        day = int(m["day"]) if m["day"] and 1 <= int(m["day"]) <= 30 else None
        out.append(dict(ns=m.start("day") if day else m.start("w") if m["w"]
                        else m.start("month"), ne=m.end(), d=day,
                        m=_month_number(m["month"], "hijri"), mrel=m["mrel"],
                        calendar="hijri"))
    return out


def _hijri_bare_months(norm: str) -> list[dict]:
    """A Hijri month with no year or past or future word (:data:`HIJRI_BARE_RE`): after
    the noun شهر (خلال شهر رمضان، في شهر صفر) or a time preposition (قبل رمضان، بعد
    شوال), ``hbare`` of its year, which :func:`khabar.dates.tables.date_rows` takes from
    the article's date; with a Gregorian relative year after it (رمضان هذا العام، شهر
    رمضان من العام الماضي, ``grel`` its offset) the month of that name that begins in that
    year. A name that is also a word or a given name (محرم، صفر، رجب، شعبان) only after
    شهر; the others after a preposition or before a relative year, and after a
    preposition alone only before the text's end, a punctuation
    mark, a word with ب or ل or a function word (خلال رمضان بأيام; بعد رمضان صبحي is a
    person), or anything when the phrase opens its clause (وفي رمضان ارتفعت الأسعار).
    The whole text is searched around each month's distinctive word, as for
    :func:`_hijri_relative_months` (docs/arabic.md, "Dates")."""
    out, seen = [], set()
    for a, _ in sorted(find_all(norm, HIJRI_MONTH_WORDS)):
        m = HIJRI_BARE_RE.search(norm, max(0, a - 24), a + 40)
        while m is not None and m.end("month") <= a:
            m = HIJRI_BARE_RE.search(norm, m.end(), a + 40)
        if m is None or m.span() in seen or not m.start("month") <= a < m.end("month"):
            continue
        seen.add(m.span())
        name = m["month"].removeprefix("ال")
        if not m["w"] and not m["pre"] and not (m["grel"] or m["this"]):
            continue
        if not m["w"] and (name in HIJRI_NEEDS_NOUN
                           or not (m["pre"] or m["grel"] or m["this"])):
            continue
        if not m["w"] and not (m["grel"] or m["this"]):
            nxt = HIJRI_BARE_NEXT.match(norm, m.end())
            word = nxt["word"] if nxt else None
            # وفي رمضان ارتفعت الأسعار: a time phrase that opens its clause is followed by
            # the clause's verb, not by a second name
            if word and not (word[0] in "بل" or is_stop_word(word)
                             or _opens_clause(norm, m.start())):
                continue
        c = dict(ns=m.start("w") if m["w"] else m.start("month"), ne=m.end(),
                 m=_month_number(m["month"], "hijri"), calendar="hijri", hbare=True)
        if m["grel"] or m["this"]:
            c["grel"] = RELATIVE_DEICTIC.get(m["grel"], 0) if m["grel"] else 0
        out.append(c)
    return out


def _opens_clause(norm: str, at: int) -> bool:
    """Whether ``at`` opens its clause: only spaces lie between it and the text's start,
    a line break or a punctuation mark (وفي رمضان ارتفعت; docs/arabic.md, "Dates")."""
    i = at
    while i > 0 and norm[i - 1] in " \t":
        i -= 1
    return i == 0 or not (norm[i - 1].isalnum() or norm[i - 1] == "_")


def _same_month_days(norm: str) -> list[dict]:
    """A day of "the same month" (:data:`SAME_MONTH_DAY_RE`: على أن يقام الإياب يوم 25 من
    الشهر ذاته، في 12 من نفس الشهر), ``same_month``: :func:`khabar.dates.tables.date_rows`
    gives it the month and year of the last month dated before it. The whole text is
    searched, guarded by the word الشهر: the search plan of
    :func:`khabar.dates.scan.where` does not look for it (docs/arabic.md, "Dates")."""
    if "الشهر" not in norm:
        return []
    return [dict(ns=m.start(), ne=m.end(), d=int(m["day"]), same_month=True)
            for m in SAME_MONTH_DAY_RE.finditer(norm) if 1 <= int(m["day"]) <= 31]


def _year_fractions(norm: str) -> list[dict]:
    """A part of a year counted by an ordinal (date_cues.tsv year_quarter, year_third,
    year_half): الربع الأول من 2024 → the months 2024-01 to 2024-03 (``m`` to ``m_to``, an
    ISO 8601 interval), النصف الثاني من العام الماضي → July to December of the year before
    the document's, الربع الأخير (last_ordinal) the last part, الثلث الأول من العام (no
    other word) of the document's year. An ordinal past the parts of a year (الربع الخامس)
    is none. So too the first or last months of a year counted by a number
    (:data:`MONTHS_OF_YEAR_RE`: الأشهر الستة الأولى من سنة 2020 → 2020-01/2020-06، الأشهر
    الثلاثة الأخيرة من العام الماضي → October to December of the year before), two to
    eleven of them. The whole text is searched, guarded by the part's noun: a relative
    year or "the year" alone has no digit for the search plan of
    :func:`khabar.dates.scan.where`."""
    out = []
    if any(f.removeprefix("ال") in norm for f in YEAR_FRACTIONS):
        for m in YEAR_FRACTION_RE.finditer(norm):
            months = YEAR_FRACTIONS["ال" + m["part"]]
            ordinal = " ".join(m["ord"].split())
            k = ORDINAL_DAYS.get(ordinal, 12 // months)       # الأخير: the last part
            if k <= 12 // months:
                _year_part(norm, m, (k - 1) * months + 1, k * months, out)
    if "شهر" in norm or "شهور" in norm:
        for m in MONTHS_OF_YEAR_RE.finditer(norm):
            count = m["c1"] or m["c2"] or m["c3"]
            n = 2 if count is None else int(count) if count.isdigit() else \
                words_value(" ".join(count.split()))
            if n is None or not 2 <= n <= 11:
                continue
            last = (m["w1"] or m["w2"] or m["w3"] or m["w4"]) in ("الاخيره", "اخر", "الاخيرين")
            _year_part(norm, m, 13 - n if last else 1, 12 if last else n, out)
    return out


def _year_part(norm: str, m: re.Match, first: int, last: int, out: list[dict]) -> None:
    """Append to ``out`` the candidate of the months ``first`` to ``last`` of the year that
    the part-of-a-year match ``m`` names after it (:func:`_year_fractions`), unless that
    year is out of range or a fiscal year (الربع الثالث من السنة المالية: not the
    calendar's months)."""
    y = int(m["year"] or m["relyear"]) if m["year"] or m["relyear"] else None
    if y is not None and not 1800 <= y < 2200:
        return
    if not m["year"] and FISCAL_ADJECTIVE_AFTER.match(norm, m.end()):
        return
    # والربع، فالربع: the conjunction is not the date's; بالربع، للربع are, as لسنة is
    ns = m.start() + (norm[m.start()] in "وف" and norm[m.start() + 1] in "الب")
    out.append(dict(ns=ns, ne=m.end(), y=y, m=first, m_to=last,
                    rel=m["rel"] or m["rel2"] or ("الجاري" if m["this"] else None)))


def _year_words(norm: str) -> list[dict]:
    """A year written in words after a year noun (عام ألفين وخمسة وعشرين → 2025، سنة ألف
    وتسعمائة وثمانية → 1908: :data:`YEAR_WORDS_RE`, valued by
    :func:`khabar.numwords.thousands_value`), 1000–2199. The whole text is searched
    (guarded by the word ألف, normalised الف): it has no digit for the search plan of
    :func:`khabar.dates.scan.where` to find, so the plain and planned searches run it the
    same way (docs/arabic.md, "Dates")."""
    if "الف" not in norm:
        return []
    out = []
    for m in YEAR_WORDS_RE.finditer(norm):
        y = thousands_value(m["words"])
        if y is not None and y < 2200:
            out.append(dict(ns=m.start() + (norm[m.start()] in "وف"), ne=m.end(), y=y))
    return out


def _decades(norm: str) -> list[dict]:
    """A decade (:data:`DECADE_RE`: ثمانينيات القرن الماضي، تسعينات القرن العشرين،
    الستينيات): ``tens`` (8 for الثمانينيات) with ``century``, the century's number when
    the text gives it, or ``century_off``, its offset from the document's century (القرن
    الماضي -1, هذا القرن 0), or neither for a decade alone (resolved in
    :func:`khabar.dates.resolve.decade_start`). The whole text is searched, guarded by
    the ending يات / ات: a decade has no digit for the search plan of
    :func:`khabar.dates.scan.where` to find, so the plain and planned searches run it
    the same way (docs/arabic.md, "Dates")."""
    if "ينات" not in norm and "ينيات" not in norm:
        return []
    out = []
    for m in DECADE_RE.finditer(norm):
        c = dict(ns=m.start("body"), ne=m.end(), tens=DECADE_TENS[m["tens"]])
        if m["ord"] or m["num"]:
            c["century"] = CENTURY_ORDINALS[m["ord"]] if m["ord"] else int(m["num"])
        elif m["rel"] or m["this"]:
            c["century_off"] = RELATIVE_DEICTIC.get(m["rel"], 0) if m["rel"] else 0
        out.append(c)
    return out


def _relative_months(found) -> list[dict]:
    """A month relative to the document's date (الشهر الماضي = the month before it,
    الشهر المقبل the one after, الشهر الجاري its own): ``mo_off`` months from it; with a
    day before it after a time preposition, يوم or a weekday (في 20 من الشهر الجاري، في
    الثامن من الشهر المقبل: :data:`REL_MONTH_DAY_BEFORE`), that day ``d`` of it."""
    out = []
    for m in found:
        c = dict(ns=m.start(), ne=m.end(), mo_off=RELATIVE_DEICTIC[m["mrel"]])
        day = REL_MONTH_DAY_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
        if day:
            # في 20 من الشهر الجاري: that day of the month (the span starts at the day, or
            # at the weekday before it)
            c["d"] = int(day["day"]) if day["day"] else ORDINAL_DAYS[" ".join(day["ord"].split())]
            c["ns"] = day.start() if day["wd"] else _with_article(
                m.string, day.start("day" if day["day"] else "ord"))
        out.append(c)
    return out


#: Words of a near day that are also other words once normalised: غد is "the future"
#: too (غد أفضل), غدا without its tanween the verb "became" (غدا المشروع واقعاً), and
#: اليوم "nowadays" (العالم اليوم). Only with يوم / صباح … before or a weekday after
#: (يوم غد، غداً الثلاثاء، صباح اليوم، اليوم الأحد) are they a day.
_FIGURATIVE = ("غد", "غدا", "اليوم")


def _relative_days(found) -> list[dict]:
    """A day relative to the document's date: ``rday`` days from it (أمس → -1, يوم غد
    الثلاثاء → 1), or the weekday ``rwd`` before (``rdir`` -1: الأحد الماضي) or after it
    (+1: الخميس المقبل); a near day with its weekday (أمس الأول الاثنين: ``rday`` and
    ``rwd``) is that weekday nearest to the day counted. غد and غدا need a word before
    or a weekday after (:data:`_FIGURATIVE`)."""
    out = []
    for m in found:
        weekday = m["nwd"] or m["bwd"]           # اليوم الاثنين، اليوم (الاثنين)
        if m["near"] in _FIGURATIVE and not (m["pre"] or weekday):
            continue
        if m["near"] and weekday:
            # أمس الأول الاثنين: the weekday named decides, nearest to the day counted (a
            # paper dated a day after its news counts أمس from the news)
            out.append(dict(ns=m.start(), ne=m.end(), rday=RELATIVE_DAYS[m["near"]],
                            rwd=WEEKDAYS[weekday]))
        elif m["near"]:
            out.append(dict(ns=m.start(), ne=m.end(), rday=RELATIVE_DAYS[m["near"]]))
        else:
            out.append(dict(ns=m.start(), ne=m.end(), rwd=WEEKDAYS[m["rwd"]],
                            rdir=1 if RELATIVE_DEICTIC[m["wrel"]] > 0 else -1))
    return out


#: How far back a weekday's speech verb may stand: words between them (قال وزير المالية
#: السوداني جبريل إبراهيم يوم الأحد: five), and characters searched.
REPORTED_VERB_WORDS = 8
_REPORTED_BACK = 160
#: What ends the verb's clause before the weekday: a sentence mark, a line break, a
#: quotation mark (the weekday is the quoted speaker's), or a complementiser (قال إن
#: الوفد يصل الأحد: the weekday is the reported clause's, past or future).
_CLAUSE_END = re.compile(r"[.!?؟\n«»“”\"]")
#: The lexicon's complementisers, and لأن (because), whose clause is not the verb's either.
_COMPLEMENTISERS = COMPLEMENTISERS | {"لان"}
#: A weekday that belongs to a date: in brackets after one (9 أكتوبر 2025 (الخميس)), or
#: before a day's number, in brackets or not (الأحد 5 مارس، السبت (29 ذي الحجة)).
_DATE_BEFORE = re.compile(r"[\d\u0660-\u0669][^\w]*\(\s*$|\(\s*$")
_DATE_AFTER = re.compile(r"\s*[(,،-]?\s*[\d\u0660-\u0669]")


def _reported_weekdays(norm: str) -> list[dict]:
    """A weekday alone (يوم الأحد، الاثنين: no date, no relative word) in the clause of a
    past speech verb before it: قال الوزير يوم الأحد إن …، أعلنت الوزارة، الاثنين، أن ….
    Wire copy dates a statement so: the day is the last such weekday on or before the
    article's day (``rwd``, ``rdir`` 0: :func:`khabar.dates.resolve._relative_day`). At
    most :data:`REPORTED_VERB_WORDS` words between verb and weekday, none a
    complementiser, no sentence mark or quotation mark; not after a weekday noun
    (date_cues weekday_noun: خطيب الجمعة), nor in brackets, nor before a number (a
    weekday of a date: :data:`_DATE_BEFORE`, :data:`_DATE_AFTER`). A weekday with a
    relative word is another shape's, and the longer span wins
    (:func:`khabar.dates.date_rows`); with no document day the row is left out
    (:func:`khabar.dates.tables`), since nothing in the text dates it. Other
    weekdays alone (يصل الوفد الأحد: the last or the next?) stay undated."""
    if not PAST_SPEECH_VERBS:
        return []
    out = []
    for m in BARE_WEEKDAY_RE.finditer(norm):
        lo = max(0, m.start() - _REPORTED_BACK)
        before = norm[lo:m.start()]
        if _DATE_BEFORE.search(before) or _DATE_AFTER.match(norm, m.end()):
            continue
        cut = max((x.end() for x in _CLAUSE_END.finditer(before)), default=0)
        words = [w.strip("،,:()") for w in before[cut:].split()]
        words = [w for w in words if w]
        if words and words[-1] in WEEKDAY_NOUNS:
            continue
        for k in range(len(words) - 1, max(-1, len(words) - 2 - REPORTED_VERB_WORDS), -1):
            w = words[k]
            if w in _COMPLEMENTISERS:
                break
            if w in PAST_SPEECH_VERBS or (w[:1] in "وف" and w[1:] in PAST_SPEECH_VERBS):
                out.append(dict(ns=m.start(), ne=m.end(), rwd=WEEKDAYS[m["wd"]], rdir=0))
                break
    return out


def _range_starts(norm: str, found: list[dict]) -> list[dict]:
    """The first month of a range whose second month has a year or a relative year
    (من يناير إلى سبتمبر 2025، يناير - مارس 2022، أكتوبر ودجنبر من العام الحالي): a month
    alone, which :func:`khabar.dates.resolve._complete_ranges` gives the second's year.
    Searched back from the month of each such candidate, so the plain and the planned
    searches find the same."""
    out = []
    for c in found:
        if not c.get("m") or c.get("d") or not (c.get("y") or c.get("rel")) \
                or c.get("calendar") or c.get("m_to"):
            continue
        r = RANGE_START_BEFORE.search(norm, max(0, c["ns"] - 45), c["ns"])
        if r:
            out.append(dict(ns=r.start("month"), ne=r.end("month"),
                            m=_month_number(r["month"], "gregorian")))
    return out


def _day_range_starts(norm: str, found: list[dict]) -> list[dict]:
    """The earlier days of a range or list of days that share the last day's month (من 1
    إلى 15 مارس 2024، بين 3 و5 أكتوبر المقبل، في 5 و6 و7 مايو، 12-15 يونيو، في 12 و13 من
    الشهر الجاري): each a day of that month, smaller than the next, with the last's year,
    relative year or relative month (``year_from`` range end when the year is written).
    Searched back from the day of each day-and-month candidate: the first step with
    :data:`khabar.dates.patterns.DAY_RANGE_START_BEFORE` (a range or a pair), each further
    one with :data:`khabar.dates.patterns.DAY_LIST_BEFORE` (و or a comma), so the plain
    and the planned searches find the same."""
    out = []
    for c in found:
        if not (c.get("d") and c.get("m") or c.get("d") and "mo_off" in c) or c.get("wd"):
            continue
        pattern, ns, day = DAY_RANGE_START_BEFORE, c["ns"], c["d"]
        while True:
            r = pattern.search(norm, max(0, ns - 16), ns)
            if not (r and 1 <= int(r["day"]) < day):
                break
            start = dict(ns=r.start(), ne=r.end("day") + bool(r["ob"]), d=int(r["day"]))
            for key in ("m", "y", "rel", "mrel", "mo_off", "calendar"):
                if c.get(key) is not None:
                    start[key] = c[key]
            if c.get("y"):
                start["year_from"] = "range end"
            out.append(start)
            pattern, ns, day = DAY_LIST_BEFORE, start["ns"], start["d"]
    return out


def _days_of_this_month(norm: str) -> list[dict]:
    """A day and الجاري / الحالي with the month left out (يوم 14 الجاري، في الـ20 من الجاري):
    that day of the document's month (``mo_off`` 0, :func:`_relative_months`). The whole
    text is searched, guarded by the relative word."""
    if "الجاري" not in norm and "الحالي" not in norm:
        return []
    return [dict(ns=m.start() if m["wd"] else _with_article(norm, m.start("day")), ne=m.end(),
                 d=int(m["day"]), mo_off=0)
            for m in DAY_OF_THIS_MONTH_RE.finditer(norm)]


def _with_article(norm: str, i: int) -> int:
    """``i``, or where ال starts when it stands before it, glued to the day's digits or one
    space before them (الـ15, الـ 15 once the tatweel is normalised away): the article is
    part of the span."""
    if norm[max(0, i - 2):i] == "ال":
        return i - 2
    return i - 3 if norm[max(0, i - 3):i] == "ال " and (i < 4 or not norm[i - 4].isalpha()) else i


def _numeric_dates(found) -> list[dict]:
    """A day/month/year in digits, day first (٢٠/١١/٢٠٢٠، 7.3.2019), or ISO 8601
    (2020-11-20); an impossible date (31/02/2020) is none. A Hijri mark after it (26 / 12
    / 1438هـ) or a year 1300–1599 with none (no Gregorian year of the news) makes it a
    Hijri date, converted like the others (docs/arabic.md, "Dates")."""
    out = []
    for m in found:
        y, mo, d = (int(m["y"]), int(m["m"]), int(m["d"])) if m["y"] else \
            (int(m["iy"]), int(m["im"]), int(m["id"]))
        if m["h"] or 1300 <= y < 1600:
            if 1 <= mo <= 12 and 1 <= d <= 30:
                out.append(dict(ns=m.start(), ne=m.end(), y=y, m=mo, d=d, calendar="hijri"))
        elif _valid(y, mo, d):
            out.append(dict(ns=m.start(), ne=m.end(), y=y, m=mo, d=d))
    return out


def _hijri_dates(found) -> list[dict]:
    """A Hijri date: a Hijri month with its year marked هـ or below 1600 (10 شوال 1440
    هـ، رجب 1445; غرة or فاتح before it is its first day: غرة رمضان 1446), or a year
    alone marked هـ (عام 1446 هـ، 1445هـ), or two consecutive years of a fiscal year
    (1445/1446هـ, ``y_to``). A Hijri month with a Gregorian year 1900–2199 and no هـ (رمضان
    2026, as the press names the season) is the month of that name that begins in that
    year (:func:`khabar.dates.resolve._hijri_year_of_month_in`); in a year in which two
    begin (Ramadan in January and December 2030), none. هجري، هجرية، للهجرة mark a year
    as هـ does."""
    out = []
    for m in found:
        if m["yonly"]:
            out.append(dict(ns=m.start(), ne=m.end(), y=int(m["yonly"]), calendar="hijri"))
        elif m["ya"]:
            # 1446/1445هـ: a fiscal year over two Hijri years, in either order
            a, b = sorted((int(m["ya"]), int(m["yb"] or m["ya"])))
            c = dict(ns=m.start(), ne=m.end(), y=a, calendar="hijri")
            if b == a + 1:
                c["y_to"] = b
            if b <= a + 1:
                out.append(c)
        elif m["h"] or int(m["year"]) < 1600:
            out.append(dict(ns=m.start(), ne=m.end(), y=int(m["year"]),
                            m=_month_number(m["month"], "hijri"),
                            d=int(m["day"]) if m["day"] else 1 if m["first"] else None,
                            calendar="hijri"))
        elif 1900 <= int(m["year"]) < 2200:
            # رمضان 2026: the Hijri month that begins in that Gregorian year
            month = _month_number(m["month"], "hijri")
            y = _hijri_year_of_month_in(int(m["year"]), month)
            if y is not None:
                out.append(dict(ns=m.start(), ne=m.end(), y=y, m=month,
                                d=int(m["day"]) if m["day"] else 1 if m["first"] else None,
                                calendar="hijri"))
    return out


def _cued_years(norm: str, found) -> list[dict]:
    """A year 1800–2199 after a year noun (عام 2019، لسنة 2026) or a time preposition
    (منذ 2014، بحلول 2030); the noun, and a ل / ب before it, is part of the span, the
    preposition is added by :func:`_widen`."""
    out = []
    for m in found:
        g = "year" if m["year"] else "year2"
        y = int(m[g])
        if not m["year"] and norm[m.start():m.start(g)].strip().lstrip("وف") == "من" \
                and not _range_end(norm, m.end(g), y):
            continue     # من 2020 إلى 2019 شخصا: من opens a range of years only
        if 1800 <= y < 2200:
            ns = m.start(g)
            if m["year"]:     # لسنة 2026، بعام: the preposition ل / ب is part of the date
                ns = m.start() if norm[m.start()] in "لب" and m.start() < m.start("cue") \
                    else m.start("cue")
            c = dict(ns=ns, ne=m.end(g), y=y)
            if not m["year"] and norm[m.start():m.start(g)].strip().lstrip("وف") == "بين":
                # بين 2020 و2024: a range of years (an ISO 8601 interval), بين in the span
                b = _BETWEEN_END.match(norm, m.end(g))
                if not b or not y < int(b.group(1)) <= y + 50:
                    continue
                c.update(ns=m.start(), ne=b.end(), y_to=int(b.group(1)))
            out.append(c)
    return out


def _relative_years(found) -> list[dict]:
    """A relative year: العام الماضي، السنة المقبلة، من العام نفسه، ذلك العام, with
    its year when written after it (العام الجاري 2012)."""
    return [dict(ns=m.start(), ne=m.end(), rel=m["rel"] or m["rel2"], y=_year_of(m))
            for m in found]


def _period_years(found) -> list[dict]:
    """A part of "the year" with no other word: مطلع العام، نهاية السنة, of the current
    year (resolved like العام الجاري)."""
    return [dict(ns=m.start(), ne=m.end(), rel="الجاري") for m in found]


def _noun_years(norm: str, runs: list[tuple[int, int]]) -> list[dict]:
    """A bare year 1800–2199 after a period noun (موازنة 2024، قانون المالية 2019), the
    second year of a pair (عامي 2015 و2017) or a Hijri year or date and a slash (1433هـ/2012م:
    the Gregorian year beside it, its م in the span), tested backwards from each 4-digit run:
    the year alone is the span; none before a percent sign or more digits. A year
    1300–1599 after a fiscal year's noun is a Hijri year, with its second year after / or
    - (للسنة المالية 1445-1446: ``y_to``), as Gulf budgets write it without هـ."""
    out = []
    for a, b in runs:
        if b - a == 4 and 1800 <= int(norm[a:b]) < 2200 \
                and not _NOT_A_YEAR_AFTER.match(norm, b) \
                and _later_in_list(_YEAR_NOUN_BEFORE.search(norm, max(0, a - 60), a),
                                   int(norm[a:b])):
            out.append(dict(ns=a, ne=b, y=int(norm[a:b]), noun=True))
        elif b - a == 4 and 1800 <= int(norm[a:b]) < 2200 \
                and not _NOT_A_YEAR_AFTER.match(norm, b) \
                and HIJRI_SLASH_BEFORE.search(norm, max(0, a - 16), a):
            # 1433هـ/2012م: the Gregorian year beside a Hijri one, with its م
            ne = b + 1 if norm.startswith("م", b) and not norm[b + 1:b + 2].isalnum() else b
            out.append(dict(ns=a, ne=ne, y=int(norm[a:b]), noun=True))
        elif b - a == 4 and 1300 <= int(norm[a:b]) < 1600 \
                and not _NOT_A_YEAR_AFTER.match(norm, b) \
                and _FISCAL_NOUN_BEFORE.search(norm, max(0, a - 40), a):
            # للسنة المالية 1439-1440: a Hijri fiscal year without هـ (Gulf budgets)
            c = dict(ns=a, ne=b, y=int(norm[a:b]), calendar="hijri")
            end = _HIJRI_FISCAL_END.match(norm, b)
            if end and int(end.group(1)) == c["y"] + 1:
                c["ne"], c["y_to"] = end.end(), c["y"] + 1
            out.append(c)
    return out


def _later_in_list(m: re.Match | None, year: int) -> bool:
    """Whether ``m``, a match of the context before ``year``, makes it a date: a period
    noun's year always; a later year of a pair or list (عامي 2015 و2017، السنوات 2019
    و2020) only when it comes after the year before it, within 50 years (عام 2016 و1900
    عامل is a count)."""
    if not m:
        return False
    years = re.findall(r"\d{4}", m.group())
    return not years or int(years[-1]) < year <= int(years[-1]) + 50


def _bare_year_ranges(norm: str, runs: list[tuple[int, int]]) -> list[dict]:
    """Two years joined by a dash with no cue before them (الخطة الخمسية 2021-2025):
    the first year, the second later by at most 50 (:func:`_widen` adds it to the span,
    an ISO 8601 interval); not before a currency word (a range of prices, 1950-2000
    دولار). Tested at each 4-digit run, so a text without one costs nothing."""
    out = []
    for a, b in runs:
        if b - a != 4:
            continue
        m = BARE_YEAR_RANGE_RE.match(norm, a)
        if m and int(m[1]) < int(m[2]) <= int(m[1]) + 50 \
                and not CURRENCY_AFTER.match(norm, m.end()):
            out.append(dict(ns=a, ne=b, y=int(m[1]), noun=True))
    return out


def _widen(norm: str, c: dict) -> None:
    """Widen the candidate ``c`` to what belongs to its span: a time preposition or
    period word before it (منذ عام 2014، نهاية يوليو), a second year after a slash (a
    fiscal year 2012/2013, a period 2017/2020 or 2020/2017: an ISO 8601 interval from the
    earlier year), the era letter م after a year (2025م)."""
    p = _SPAN_PREFIX.search(norm, max(0, c["ns"] - 12), c["ns"])
    if p:
        c["ns"] = p.start("w")
    fy = _FISCAL.match(norm, c["ne"])
    if fy and c.get("y") and not c.get("m") and 0 < abs(int(fy.group(1)) - c["y"]) <= 50:
        # 2017/2020 or, written to be read right to left, 2020/2017: the years from the
        # earlier to the later (a fiscal year 2012/2013 too)
        c["ne"], (c["y"], c["y_to"]) = fy.end(), sorted((c["y"], int(fy.group(1))))
    if c.get("y") and not c.get("m") and not c.get("rel") and c.get("calendar") != "hijri":
        yr = _range_end(norm, c["ne"], c["y"])
        if yr:
            c["ne"], c["y_to"] = yr.end(), int(yr.group(1))
    e = c["ne"]
    if norm[e - 1:e].isdigit() and norm[e:e + 1] == "م" and not norm[e + 1:e + 2].isalnum():
        c["ne"] = e + 1



def _range_end(norm: str, e: int, y: int) -> re.Match | None:
    """The second year of a range after a year ending at ``e`` (من 2012 إلى 2016،
    2019 - 2020): a later year, at most 50 years on; else None."""
    yr = _YEAR_RANGE_END.match(norm, e)
    return yr if yr and y < int(yr.group(1)) <= y + 50 else None
