"""The dates table: :func:`extract_dates` (a DataFrame), :func:`date_rows` (named rows
for the pipeline) and :func:`dates_frame`.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from itertools import accumulate

import numpy as np
import pandas as pd

from .. import schema
from ..money import find_figures
from ..schema import Date, fixed_frame
from ..text import Article, alternation, normalise
from .resolve import (_complete_ranges, _dateline, _doc_day, _doc_year, _ExplicitYears,
                      decade_start,
                      _hijri_nearest_year, _hijri_relative_year, _hijri_year_of_month_in,
                      _iso, _range_start_year, _relative_day,
                      _relative_month, _resolve)
from .patterns import (CLAUSE_BREAK, DATE_CUES, NOT_A_GOVERNING_YEAR, YEAR_LINK_AFTER,
                       YEAR_LINK_BEFORE, _valid)
from .shapes import _candidates

#: Columns of :func:`extract_dates`: the data contract (:data:`khabar.schema.DATES`),
#: then extras; the fields of :class:`khabar.schema.Date`.
COLUMNS = list(schema.Date._fields)
_DTYPES = [np.int64 if c in ("start", "end", "sentence", "paragraph") else object
           for c in COLUMNS]


def extract_dates(article: Article) -> pd.DataFrame:
    """Dates in ``article``.

    Input: an analysed article (``article.doc.meta["date"]``, if given as YYYY…, is the
    document date). Output: one row per date, columns :data:`COLUMNS` =
    :data:`khabar.schema.DATES` (doc_id, text, date, start, end) then ``precision``
    (day | month | year), ``calendar`` (gregorian | hijri), ``hijri`` (the Hijri date
    as written, YYYY[-MM[-DD]], for Hijri rows), ``year_from`` (how a year missing from
    the text was chosen: weekday | same year as the last explicit year | same year as the
    last year named | document date | dateline | range end | same month named with its
    year | year named before in the sentence | same month as the last month named; empty
    when the text gives it), ``sentence``, ``paragraph``. ``date`` is ISO 8601
    (YYYY-MM-DD, YYYY-MM or YYYY, Gregorian), empty when it cannot be known.
    Overlapping spans keep the longest (then the earliest); a span overlapping a money
    figure is dropped. Raises nothing for text it does not understand.
    """
    return dates_frame(date_rows(article))


def date_rows(article: Article, plain: bool = False) -> list[Date]:
    """The rows of :func:`extract_dates` as :class:`khabar.schema.Date` named tuples
    (fields in :data:`COLUMNS` order), without building a DataFrame (the corpus
    pipeline builds one frame for all articles). ``plain=True`` finds the candidates
    with every pattern over the whole text (:func:`khabar.dates.shapes._candidates`):
    the same rows, more slowly."""
    nt = article.normalised
    norm = nt.norm
    # Money spans by start, with the running maximum of their ends: a candidate overlaps
    # a figure iff some figure starting before its end ends after its start (one
    # bisection, not a test of every figure for every candidate).
    money = sorted((nt.index(f["start"]), nt.index(f["end"])) for f in find_figures(article))
    money_starts = [s for s, _ in money]
    money_reach = list(accumulate((e for _, e in money), max))
    chosen: list[dict] = []
    for c in sorted(_candidates(norm, plain), key=lambda c: (c["ns"], -(c["ne"] - c["ns"]))):
        if "alone" in c and _father_not_august(article, c["alone"]):
            continue
        k = bisect_left(money_starts, c["ne"])
        if k and money_reach[k - 1] > c["ns"]:
            continue
        if chosen and c["ns"] < chosen[-1]["ne"]:
            if c["ne"] - c["ns"] <= chosen[-1]["ne"] - chosen[-1]["ns"]:
                continue
            chosen.pop()
        chosen.append(c)
    gregorian = [c for c in chosen if c.get("y") and c.get("calendar") != "hijri"]
    month_years: dict[int, set[int]] = {}
    for c in gregorian:
        if c.get("m") and not c.get("y_to") and not c.get("m_to"):
            month_years.setdefault(c["m"], set()).add(c["y"])
    explicit = _ExplicitYears([(c["ns"], c["y"]) for c in gregorian], month_years)
    doc_year = _doc_year(article)
    doc_date, ref = article.doc.meta.get("date"), "document date"
    day = _doc_day(doc_date)
    if doc_year is None:
        line = _dateline(article, chosen)
        if line:
            doc_year, doc_date, ref = line["y"], f"{line['y']:04d}-{line['m']:02d}", "dateline"
            day = dt.date(line["y"], line["m"], line["d"])
    _complete_ranges(norm, chosen)
    rows = []
    relative_days: set[int] = set()   # indices in rows of days counted from the document's
    #: (sentence, year, end) of the last date whose year a month named alone after it in
    #: its clause takes (:func:`_governed`), or None.
    gov: tuple | None = None
    range_years: dict[int, int] = {}    # id of a range's second month → its year
    recent: tuple[int, int] | None = None  # the last year resolved, not written (_resolve)
    last_month: tuple[int, int] | None = None  # (year, month) of the last month dated
    for c in chosen:
        governed = _governed(article, c, gov)
        if governed is not None:
            year, how = range_years.pop(id(c), governed), "year named before in the sentence"
            if c.get("range_to"):    # عام 2018 … من نوفمبر إلى فبراير: over the new year
                range_years[id(c["range_to"])] = year + (c["m"] > c["range_to"]["m"])
            gov = (gov[0], year, c["ne"])
            last_month = (year, c["m"])
            date, precision, hijri = _iso(c, year)
            start, end = nt.span(c["ns"], c["ne"])
            sent = article.sentence_at(start)
            if sent is not None and start < sent.end:
                rows.append(Date(article.doc_id, article.text[start:end], date, start, end,
                                 precision, "gregorian", "", how, sent.sentence,
                                 sent.paragraph))
            continue
        if "rday" in c or "rwd" in c:   # أمس، الأحد الماضي: a day from the document's
            date = _relative_day(c, day)
            if not date and c.get("rdir") == 0:
                continue        # قال يوم الأحد with no document day: nothing dates it
            start, end = nt.span(c["ns"], c["ne"])
            sent = article.sentence_at(start)
            if sent is not None and start < sent.end:
                relative_days.add(len(rows))
                rows.append(Date(article.doc_id, article.text[start:end], date, start, end,
                                 "day", "gregorian", "", ref if date else "",
                                 sent.sentence, sent.paragraph))
            continue
        if c.get("same_month"):    # يوم 25 من الشهر ذاته: the last month dated before
            year, how = (last_month[0], "same month as the last month named") \
                if last_month and _valid(last_month[0], last_month[1], c["d"]) else (None, "")
            if year is not None:
                c["m"] = last_month[1]
        elif "mo_off" in c:        # الشهر الماضي: a month from the document's month
            year = _relative_month(c, doc_date)
            if year is not None and c.get("d") and not _valid(year, c["m"], c["d"]):
                year = None        # في 31 من الشهر المقبل in a January article: no such day
            how = "" if year is None else "document date"
        elif c.get("d") and c.get("m") and not c.get("y") and _recurring(article, c):
            year, how = None, ""          # الأول من أبريل من كل عام: no one day
        elif c.get("hbare"):
            # قبل رمضان: the occurrence nearest the article's date; رمضان هذا العام: the
            # one that begins in the article's year (or the one before or after it)
            how = "document date"
            gy = _governed(article, dict(c, calendar="gregorian"), gov)
            if _RECURRING_AFTER.match(norm, c["ne"]) or _recurring_sentence(article, c):
                year = None         # في رمضان من كل عام: every year's, no one month
            elif "grel" in c:
                year = _hijri_year_of_month_in(doc_year + c["grel"], c["m"]) \
                    if doc_year else None
            elif gy is not None:    # في عام 2019 … خلال رمضان: the one beginning in 2019
                year, how = _hijri_year_of_month_in(gy, c["m"]), \
                    "year named before in the sentence"
            else:
                year = _hijri_nearest_year(c["m"], day, doc_date)
            how = "" if year is None else how
        elif c.get("calendar") == "hijri" and c.get("mrel") and not c.get("y"):
            # رمضان الماضي: the Hijri year from the document's date
            year = _hijri_relative_year(c, day, doc_date)
            how = "" if year is None else "document date"
        elif "tens" in c:          # ثمانينيات القرن الماضي: ten years, governing nothing
            year, how = decade_start(c, doc_year)
        elif c.get("range_to") and not (c.get("y") or c.get("rel")):
            # من نوفمبر إلى فبراير: the second month's year decides the first's
            end_year, how = _resolve(c["range_to"], explicit, doc_year, doc_date)
            year = _range_start_year(c, end_year)
        else:
            year, how = (c["y"], c.get("year_from", "")) if c.get("y") else \
                _resolve(c, explicit, doc_year, doc_date, recent, day)
        if how == "document date":
            how = ref
        date, precision, hijri = _iso(c, year)
        if "tens" in c:
            year = None     # a decade: none of its years is the one later words refer to
        gov = _governing(article, c, year)
        if year is not None and c.get("m") and c.get("calendar") != "hijri" \
                and not c.get("m_to"):
            last_month = (year, c["m"])
        if year is not None and not c.get("y") and c.get("calendar") != "hijri" \
                and not c.get("y_to") and not c.get("m_to"):
            recent = (c["ns"], year)    # حزيران الماضي: a year the text does not write
        start, end = nt.span(c["ns"], c["ne"])
        while end < len(article.text) and normalise(article.text[end]) == "":
            end += 1    # هـ: the tatweel that normalisation dropped is part of the text
        sent = article.sentence_at(start)
        if sent is None or start >= sent.end:
            continue                                     # in a boilerplate line
        rows.append(Date(article.doc_id, article.text[start:end], date, start, end,
                         precision, c.get("calendar", "gregorian"), hijri, how,
                         sent.sentence, sent.paragraph))
    return _stated_equivalents(_stated_day(rows, article.text, relative_days), article.text)


#: What joins a day counted from the document's (اليوم الأحد، أمس السبت) to the full date
#: the text gives for it right after, normalised: a comma, a dash, an opening bracket,
#: الموافق / الموافق لـ, or nothing.
_DAY_JOIN = re.compile(r"[\s,،(\-–—]*(?:(?:ال)?موافق(?: ?ل)?[\s:(\-–—]*)?")


def _stated_day(rows: list[Date], text: str, relative: set[int]) -> list[Date]:
    """Rows where a day counted from the document's day (``relative``: indices of
    اليوم الأحد، صباح اليوم، أمس السبت) is followed in its sentence by the full date the
    text gives for it (اليوم الأحد الموافق 5 مايو 2024، اليوم الأحد (5/5/2024)): one row,
    from the first word to the last, of the date the text states, whatever the
    document's date. Before, the day was dated from the document's day (or its dateline)
    and the stated date was a second row. A date after it whose year the text does not
    give (اليوم الأحد الموافق 5 مايو) is no full date: both rows stay."""
    out: list[Date] = []
    k = 0
    while k < len(rows):
        a = rows[k]
        b = rows[k + 1] if k + 1 < len(rows) else None
        if k in relative and b is not None and b.precision == "day" and b.date \
                and not b.year_from and (b.paragraph, b.sentence) == (a.paragraph, a.sentence) \
                and b.start >= a.end and _DAY_JOIN.fullmatch(normalise(text[a.end:b.start])):
            end = b.end
            if "(" in text[a.end:b.start] and text[end:end + 1] == ")":
                end += 1      # اليوم الأحد (5 مايو 2024): the bracket closed too
            out.append(b._replace(text=text[a.start:end], start=a.start, end=end))
            k += 2
            continue
        out.append(a)
        k += 1
    return out


def _sentence_key(article: Article, ns: int):
    """The (paragraph, sentence) of the date starting at normalised offset ``ns``, or None."""
    sent = article.sentence_at(article.normalised.span(ns, ns)[0])
    return None if sent is None else (sent.paragraph, sent.sentence)


def _governing(article: Article, c: dict, year: int | None) -> tuple | None:
    """``(sentence, year, end)`` when the resolved date ``c`` names a year a month alone
    after it in its clause falls in (في عام 2020، خلال 2019، في مارس 2019، العام الماضي);
    None for a range or pair of years, a year after a period noun (رؤية 2030، موازنة
    2024: :func:`khabar.dates.shapes._noun_years`), a year counted towards or from (منذ
    2014، بحلول 2030: :data:`NOT_A_GOVERNING_YEAR`), a Hijri date, and a date whose year
    only the document's date gives (docs/arabic.md, "Dates")."""
    if year is None or c.get("calendar") == "hijri" or c.get("y_to") or c.get("noun") \
            or c.get("mrel") or c.get("bare") or "mo_off" in c \
            or not (c.get("y") or c.get("rel")) \
            or NOT_A_GOVERNING_YEAR.match(article.normalised.norm, c["ns"]):
        return None
    return _sentence_key(article, c["ns"]), year, c["ne"]


def _governed(article: Article, c: dict, gov: tuple | None) -> int | None:
    """The year of a month named alone (في مايو، في شهر مارس، منتصف أغسطس) or a day and
    month with no year (في 5 مايو) that a year named before it in its sentence governs
    (``gov`` from :func:`_governing`): في عام 2019 وقعت الحكومة الاتفاق في مارس → 2019-03,
    not the March nearest the article's date. Across a clause break (a comma, a colon:
    :data:`CLAUSE_BREAK`) only with a link word (date_cues.tsv year_link_before: خلال
    2019 وتحديدا في مارس; year_link_after: في عام 2020، وفي مايو منه); else None, and the
    month is dated as before (docs/arabic.md, "Dates")."""
    if gov is None or not c.get("m") or c.get("y") or c.get("rel") or c.get("mrel") \
            or c.get("wd") or c.get("calendar") == "hijri" or "mo_off" in c \
            or "rday" in c or "rwd" in c or c.get("m_to"):
        return None
    sentence, year, end = gov
    if c["ns"] < end or _sentence_key(article, c["ns"]) != sentence:
        return None
    norm = article.normalised.norm
    between = norm[end:c["ns"]]
    last = c["range_to"]["ne"] if c.get("range_to") else c["ne"]
    if CLAUSE_BREAK.search(between) and not YEAR_LINK_BEFORE.search(between) \
            and not YEAR_LINK_AFTER.match(norm, last):
        return None
    if c.get("d") and not _valid(year, c["m"], c["d"]):
        return None
    return year


def _father_not_august(article: Article, at: int) -> bool:
    """Whether the month named alone at normalised offset ``at`` is أب "a father", not آب
    (August): the two are one word once normalised (اب), and only the madda of the
    original tells them apart (تحول إلى أب لثلاثة أطفال is no date; منذ آب is)."""
    nt = article.normalised
    if nt.norm[at:at + 2] != "اب" or nt.norm[at + 2:at + 3].isalpha():
        return False
    start, _ = nt.span(at, at + 2)
    return article.text[start:start + 1] != "آ"


#: Right after a day and month: the same day every year (date_cues.tsv ``recurring``).
_RECURRING_AFTER = re.compile(
    rf"\s*(?:{alternation(DATE_CUES.get('recurring', ()))})(?!\w)")
#: A word of a habit anywhere in a sentence (كل عام، سنويا، عادة).
_RECURRING_ANY = re.compile(
    rf"(?<!\w)[وف]?(?:{alternation(DATE_CUES.get('recurring', ()))})(?!\w)")
#: A fiscal year's noun (date_cues.tsv ``fiscal_year``), with و ف ب ل before it.
_FISCAL_YEAR = re.compile(
    rf"(?<!\w)(?:[وف]?[بل]?|[وف]?ل(?=ل))(?:{alternation(DATE_CUES.get('fiscal_year', ()))})(?!\w)")
#: A year written in digits (Gregorian or Hijri).
_A_YEAR = re.compile(r"(?<!\d)(?:1[34]|19|20)\d\d(?!\d)")


def _recurring_sentence(article: Article, c: dict) -> bool:
    """Whether a Hijri month named with no year (the candidate ``c``) is every year's:
    a word of date_cues.tsv ``recurring`` anywhere in its sentence (تقيم الجمعية حفلا كل
    سنة بمناسبة شهر رمضان، تنشط الأسواق في رمضان عادة) when the sentence names no year
    in digits (docs/arabic.md, "Dates")."""
    nt = article.normalised
    norm = nt.norm
    sent = article.sentence_at(nt.span(c["ns"], c["ne"])[0])
    if sent is None:
        return False
    s0, s1 = nt.index(sent.start), nt.index(sent.end)
    return bool(_RECURRING_ANY.search(norm, s0, s1)) and not _A_YEAR.search(norm, s0, s1)


def _recurring(article: Article, c: dict) -> bool:
    """Whether a day and month with no year (the candidate ``c``) is a day that recurs
    every year, no one date (docs/money.md, "Dates"): a word of date_cues.tsv
    ``recurring`` right after it (الأول من أبريل من كل عام، 15 مارس سنويا), or a fiscal
    year's noun before it in a sentence that names no year (وتبدأ السنة المالية في الأول
    من يوليو وتنتهي في 30 يونيو). A relative word (الأول من أبريل المقبل) or a weekday makes
    it one date, and so does a year in the sentence (السنة المالية 2025/2026 التي تبدأ في
    الأول من يوليو), which the usual rules then resolve."""
    if c.get("rel") or c.get("mrel") or c.get("wd"):
        return False
    nt = article.normalised
    norm = nt.norm
    if _RECURRING_AFTER.match(norm, c["ne"]):
        return True
    sent = article.sentence_at(nt.span(c["ns"], c["ne"])[0])
    if sent is None:
        return False
    s0, s1 = nt.index(sent.start), nt.index(sent.end)
    return bool(_FISCAL_YEAR.search(norm, s0, c["ns"])) and not _A_YEAR.search(norm, s0, s1)


#: What joins a Hijri date to the Gregorian date the text gives for the same day (or the
#: other way round), normalised: الموافق، الموافق لـ، موافق، (الموافق …), ويوافق.
_EQUIVALENT = re.compile(r"[\s,،(\-–]*(?:و ?)?(?:ال|ي)?(?:موافق|وافق)(?: ?ل)?[\s:(\-–]*")
#: What stands between two dates side by side on one line, a site's date line (الجمعة 20
#: يونيو 2025 07:45 مـ 23 ذو الحجة 1446 هـ، 1 محرم 1360هـ/28 يناير 1941م): separators and
#: at most a time of day, normalised. Such a pair is an equivalence as with الموافق.
_SIDE_BY_SIDE = re.compile(r"[ \t,،|/\-–]*(?:\d{1,2}:\d{2}(?::\d{2})?\s?(?:ص|م|مساء|صباحا)?"
                           r"(?!\w)[ \t,،|/\-–]*)?")
#: The most days a country's sighting of the new moon puts its Hijri date from the Umm
#: al-Qura calendar's; a stated equivalent further off is a different day.
_SIGHTING_DAYS = 3


def _stated_equivalents(rows: list[Date], text: str) -> list[Date]:
    """Rows where a Hijri day and a Gregorian day stand side by side as equivalents
    (29 ذي الحجة 1444 هـ الموافق لـ 18 يوليو 2023), or with only separators and a time
    between, as a site's date line writes them (الأحد 3 أغسطس 2025 05:28 مـ 8 صفر 1447 هـ:
    :data:`_SIDE_BY_SIDE`): the Hijri row's ``date`` is the
    Gregorian day the text gives, where the two differ by at most
    :data:`_SIGHTING_DAYS` days. A country that starts its months by sighting the
    moon (Morocco, Algeria, Egypt …) may be a day or two off the Umm al-Qura calendar
    the conversion uses, and the article's own equivalence is the one it means
    (docs/arabic.md, "Dates"). The ``hijri`` column keeps the Hijri date as written."""
    out = list(rows)
    for i, (a, b) in enumerate(zip(rows, rows[1:])):
        if {a.calendar, b.calendar} != {"hijri", "gregorian"} or a.precision != "day" \
                or b.precision != "day" or not a.date or not b.date:
            continue
        between = normalise(text[a.end:b.start])
        if not (_EQUIVALENT.fullmatch(between) or _SIDE_BY_SIDE.fullmatch(between)):
            continue
        hijri, gregorian = (i, b) if a.calendar == "hijri" else (i + 1, a)
        gap = abs(dt.date.fromisoformat(out[hijri].date) - dt.date.fromisoformat(gregorian.date))
        if 0 < gap.days <= _SIGHTING_DAYS:
            out[hijri] = out[hijri]._replace(date=gregorian.date)
    return out


def dates_frame(rows: list[Date]) -> pd.DataFrame:
    """A dates DataFrame (columns :data:`COLUMNS`) from :func:`date_rows`."""
    return fixed_frame(rows, COLUMNS, _DTYPES)
