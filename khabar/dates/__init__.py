"""Dates: found by our own span rules, normalised to ISO 8601 at the precision given.

Rules (docs/arabic.md, "Dates"), each a compiled regular expression over the normalised article:

- day + month (+ year): both Gregorian month-name systems (يناير … ديسمبر; كانون الثاني،
  شباط، آذار … كانون الأول) and their pairings (آذار/مارس, مارس (آذار), نيسان - أبريل), an optional
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
  that is unknown the row keeps its text and its date is empty;
- relative days: أمس، أول أمس، يوم غد، بعد غد and a weekday with a past or future word
  (الأحد الماضي، الخميس المقبل) → a day counted from the document's day (its date or
  dateline), the weekday named deciding where one is given (أمس الأول الاثنين); such a
  day with the full date the text gives for it right after (اليوم الأحد الموافق 8 مارس
  2026) is one row of that date.

A day and month without a year take the year from the weekday when one is given (the
year among those the article mentions, and the document's, on which that day is that
weekday), else from the document's date, else the date is empty. dateparser is not
used: it finds dates in money figures ("1.2") and cannot read paired month names.

Layout: :mod:`.patterns` (the word lists and patterns), :mod:`.scan` (where each pattern
is searched), :mod:`.shapes` (one function per date shape), :mod:`.resolve` (missing
years, ISO 8601 and Hijri values), :mod:`.tables` (rows and DataFrames).
"""
from __future__ import annotations

from .patterns import (DATE_CUES, DAY_MONTH_RE, GREGORIAN_MONTHS, HIJRI_MONTHS, HIJRI_RE,
                       MONTH_YEAR_RE, NUMERIC_RE, PERIOD_YEAR_RE, RELATIVE_DEICTIC,
                       RELATIVE_RE, RELATIVE_SAME, WEEKDAYS, YEAR_RE)
from .tables import COLUMNS, date_rows, dates_frame, extract_dates

__all__ = ["COLUMNS", "DATE_CUES", "DAY_MONTH_RE", "GREGORIAN_MONTHS", "HIJRI_MONTHS",
           "HIJRI_RE", "MONTH_YEAR_RE", "NUMERIC_RE", "PERIOD_YEAR_RE", "RELATIVE_DEICTIC",
           "RELATIVE_RE", "RELATIVE_SAME", "WEEKDAYS", "YEAR_RE", "date_rows", "dates_frame",
           "extract_dates"]
