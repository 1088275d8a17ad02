"""The year of a date the text does not give, and the ISO 8601 value of a candidate:
relative years against the last explicit year or the document's date, a weekday's year,
a range's year, the dateline as the reference, Hijri dates converted with ``hijridate``
(Umm al-Qura calendar). Rules: docs/arabic.md, "Dates".
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left

from hijridate import Gregorian, Hijri

from ..text import Article, normalise
from .patterns import DATE_CUES, RELATIVE_DEICTIC, RELATIVE_SAME, WEEKDAYS, _valid

_DOC_YEAR = re.compile(r"\s*(\d{4})")


def _doc_year(article: Article) -> int | None:
    """The year of the document's date (``meta["date"]``, 2024-05-01 → 2024), or None."""
    m = _DOC_YEAR.match(str(article.doc.meta.get("date") or ""))
    return int(m.group(1)) if m else None


class _ExplicitYears:
    """The explicit years of a document, ``(normalised offset, year)`` in text order,
    indexed for :func:`_resolve`: the last one before an offset and the nearest offset
    of a year by bisection, not by a scan of all of them for each date (which made the
    dates of a long article quadratic)."""

    def __init__(self, explicit: list[tuple[int, int]],
                 month_years: dict[int, set[int]] | None = None):
        self.positions = [pos for pos, _ in explicit]
        self.values = [y for _, y in explicit]
        self.at: dict[int, list[int]] = {}
        for pos, y in explicit:
            self.at.setdefault(y, []).append(pos)
        #: month → the years the article names it with (سبتمبر 2025 → {9: {2025}}).
        self.month_years = month_years or {}

    def latest(self) -> tuple[int, int] | None:
        """The latest ``(year, month)`` the article names a month of (مارس 2026 →
        (2026, 3)), else the latest explicit year with month 0, else None."""
        named = [(y, m) for m, ys in self.month_years.items() for y in ys]
        if named:
            return max(named)
        return (max(self.values), 0) if self.values else None

    def last_before(self, offset: int) -> int | None:
        """The last explicit year before ``offset`` (for العام نفسه), or None."""
        k = bisect_left(self.positions, offset)
        return self.values[k - 1] if k else None

    def last_position_before(self, offset: int) -> int:
        """Where the last explicit year before ``offset`` is, or -1."""
        k = bisect_left(self.positions, offset)
        return self.positions[k - 1] if k else -1

    def distance(self, year: int, offset: int) -> int:
        """Characters from ``offset`` to the nearest explicit mention of ``year``."""
        at = self.at[year]
        k = bisect_left(at, offset)
        return min(abs(at[j] - offset) for j in (k - 1, k) if 0 <= j < len(at))


_DOC_MONTH = re.compile(r"\s*(\d{4})-(\d{2})")


def _resolve(c: dict, explicit: _ExplicitYears, doc_year: int | None, doc_month: str = "",
             recent: tuple[int, int] | None = None, day: dt.date | None = None):
    """(year, how) for a candidate without an explicit year; (None, "") if unknown.
    ``recent`` is ``(offset, year)`` of the last date before it whose year the text does
    not write (حزيران الماضي، العام الماضي): a same-year word after it (من نفس العام،
    العام ذاته) is of that year when it comes after the last explicit year (مقارنة مع أيار
    الذي سبقه من نفس العام after خلال شهر حزيران الماضي is this year's May, not that of
    an earlier عام 2023; docs/arabic.md, "Dates"). ``day`` is the article's day, when
    known: a day of the article's own month with a past or future word is the one before
    or after it (التاسع من كانون الثاني المقبل written on 2 January is 9 January of that
    year, not of the next)."""
    dm = _DOC_MONTH.match(str(doc_month or "")) if c.get("mrel") else None
    if c.get("mrel") and not dm and not (c.get("wd") and c.get("d")):
        return None, ""
    if dm:                  # يوليو الماضي: the last July before the document's date
        off = RELATIVE_DEICTIC.get(c["mrel"], 0)
        y, mo = int(dm.group(1)), int(dm.group(2))
        if c.get("d") and c["m"] == mo and day is not None \
                and (day.year, day.month) == (y, mo) and off:
            # 7 كانون الثاني المقبل on 2 January: this month's 7th, still to come
            ahead = c["d"] > day.day if off > 0 else c["d"] < day.day
            return (y if ahead else y + (1 if off > 0 else -1)), "document date"
        if off < 0:
            return (y if c["m"] < mo else y - 1), "document date"
        if off > 0:
            return (y if c["m"] > mo else y + 1), "document date"
        return y, "document date"
    rel = c.get("rel")
    if rel in RELATIVE_SAME or rel in ("ذلك", "تلك", "نفس"):
        before = explicit.last_before(c["ns"])
        if recent is not None and recent[0] > explicit.last_position_before(c["ns"]):
            return recent[1], "same year as the last year named"
        if before is not None:
            return before, "same year as the last explicit year"
        return (doc_year, "document date") if doc_year else (None, "")
    if rel:  # deictic: relative to when the article was written
        off = RELATIVE_DEICTIC.get(rel, 0)
        return (doc_year + off, "document date") if doc_year else (None, "")
    # A weekday fixes the year among the article's years, also where a relative month
    # (يوم الجمعة 13 أكتوبر المقبل) has no document date to count from.
    if c.get("wd") and c.get("d"):
        years = sorted(set(explicit.at) | ({doc_year} if doc_year else set())
                       | _year_before_latest(c, explicit))
        fits = [y for y in years if _valid(y, c["m"], c["d"])
                and dt.date(y, c["m"], c["d"]).weekday() == WEEKDAYS[c["wd"]]
                and not _after_latest(c, y, explicit)]
        if fits:
            near = {y: explicit.distance(y, c["ns"]) for y in fits if y in explicit.at}
            year = min(fits, key=lambda y: (y != doc_year, near.get(y, 0)))
            others = [str(y) for y in fits if y != year]
            # Two of the article's years fit the weekday and neither is the document's:
            # the nearer mention decides, and the row says which others fit, so the date
            # is not read as certain.
            if others and year != doc_year:
                return year, f"weekday (also fits {', '.join(others)})"
            return year, "weekday"
    if c.get("bare") and (dm := _DOC_MONTH.match(str(doc_month or ""))):
        y, mo = int(dm.group(1)), int(dm.group(2))
        if c.get("since"):          # منذ آب: since a month not after the document's
            return (y if c["m"] <= mo else y - 1), "document date"
        return _nearest_year(c["m"], y, mo), "document date"
    if doc_year:
        return doc_year, "document date"
    # No date to count from: a month the article names elsewhere with its year, and
    # with that year only (من يناير إلى سبتمبر 2025 … خلال شهر سبتمبر), is that month;
    # a day of it too (… في 5 سبتمبر): a text with no date is most often one story of one
    # year, and year_from says where the year came from.
    years = explicit.month_years.get(c.get("m")) if c.get("m") else None
    if years and len(years) == 1:
        return next(iter(years)), "same month named with its year"
    return None, ""


def _nearest_year(month: int, year: int, doc_month: int) -> int:
    """The year of the occurrence of ``month`` nearest to the document's month
    ``doc_month`` of ``year``: a month named alone (في ديسمبر in an article of January
    2025 is December 2024; في مايو in one of June 2025 is May 2025), the document's year
    when the two occurrences are as near (six months either way; docs/arabic.md,
    "Dates")."""
    return min((year - 1, year, year + 1),
               key=lambda y: (abs((y - year) * 12 + month - doc_month), y != year))


def _range_start_year(c: dict, end_year: int | None) -> int | None:
    """The year of a month alone that opens a range (من نوفمبر إلى فبراير), from the year
    ``end_year`` of its second month (``c["range_to"]``): the same year, or the year before
    when the range runs over the new year (November before February: 2024-11 to 2025-02)."""
    if end_year is None:
        return None
    return end_year if c["m"] <= c["range_to"]["m"] else end_year - 1


def _hijri_year_of_month_in(year: int, month: int) -> int | None:
    """The Hijri year whose month ``month`` begins in the Gregorian ``year`` on the Umm
    al-Qura calendar (رمضان 2026 → 1447: Ramadan 1447 began on 18 February 2026); None
    when two such months begin in it (Ramadan 1451 and 1452 both begin in 2030) or none
    does within the calendar's tables (docs/arabic.md, "Dates")."""
    estimate = round((year - 622) * 33 / 32)
    found = []
    for hy in range(estimate - 2, estimate + 3):
        try:
            if Hijri(hy, month, 1).to_gregorian().year == year:
                found.append(hy)
        except (ValueError, OverflowError):
            continue
    return found[0] if len(found) == 1 else None


def _article_days(day: dt.date | None, doc_date) -> list[dt.date]:
    """The days the article may have been written on: ``[day]`` when its day is known,
    else the first and last days of its month (``doc_date`` YYYY-MM…), else ``[]``. A
    Hijri year read from them holds only if every one of them gives it."""
    if day is not None:
        return [day]
    dm = _DOC_MONTH.match(str(doc_date or ""))
    if not dm:
        return []
    first = dt.date(int(dm.group(1)), int(dm.group(2)), 1)
    return [first, (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)]


def _hijri_relative_year(c: dict, day: dt.date | None, doc_date) -> int | None:
    """The Hijri year of a Hijri month with a past or future word (``c["mrel"]``:
    رمضان الماضي، شهر رمضان المقبل، ذو الحجة الجاري), from the document's date converted to
    the Umm al-Qura calendar with ``hijridate``: a past month is its last occurrence
    before the document's Hijri month (رمضان الماضي written in Ramadan is the one a year
    before), a future one its next after it, الجاري / الحالي the one of the document's
    Hijri year. With only the document's month known (``doc_date`` YYYY-MM), a year only if
    its first and last days give the same; None with no such date or outside the
    calendar's tables (docs/arabic.md, "Dates")."""
    days = _article_days(day, doc_date)
    if not days:
        return None
    off = RELATIVE_DEICTIC.get(c["mrel"], 0)
    years = set()
    for d in days:
        try:
            h = Gregorian(d.year, d.month, d.day).to_hijri()
        except (ValueError, OverflowError):
            return None
        if off < 0:
            years.add(h.year if c["m"] < h.month else h.year - 1)
        elif off > 0:
            years.add(h.year if c["m"] > h.month else h.year + 1)
        else:
            years.add(h.year)
    return years.pop() if len(years) == 1 else None


def _hijri_nearest_year(month: int, day: dt.date | None, doc_date) -> int | None:
    """The Hijri year of the occurrence of the Hijri ``month`` nearest to the article's
    day (قبل رمضان، خلال شهر رمضان: the Umm al-Qura calendar, ``hijridate``): the
    article's Hijri year, the one before or the one after, whichever puts the month
    fewest months from the article's Hijri month, the article's own on a tie (six months
    either way), as for a Gregorian month alone. With only the article's month known
    (``doc_date`` YYYY-MM) a year only when its first and last days give the same; None
    with no such date or outside the calendar's tables (docs/arabic.md, "Dates")."""
    days = _article_days(day, doc_date)
    if not days:
        return None
    years = set()
    for d in days:
        try:
            h = Gregorian(d.year, d.month, d.day).to_hijri()
        except (ValueError, OverflowError):
            return None
        years.add(min((h.year - 1, h.year, h.year + 1),
                      key=lambda y: (abs((y - h.year) * 12 + month - h.month), y != h.year)))
    return years.pop() if len(years) == 1 else None


def _year_before_latest(c: dict, explicit: _ExplicitYears) -> set[int]:
    """For a month qualified as past, the year before the latest the article names
    (يوم الخميس 20 نوفمبر الماضي in an article about مارس 2026: 2025 may be its year);
    else no year."""
    latest = explicit.latest() if RELATIVE_DEICTIC.get(c.get("mrel") or "", 0) < 0 else None
    return {latest[0] - 1} if latest else set()


def _after_latest(c: dict, year: int, explicit: _ExplicitYears) -> bool:
    """Whether a month qualified as past (يوم الخميس 19 نوفمبر الماضي: relative_dates.tsv
    deictic, offset < 0) would fall in ``year`` on or after the latest month the article
    names (مارس 2026, or its latest explicit year): a past month comes before the time
    the article writes from, so with no document date to count from that year cannot be
    its year (docs/arabic.md, "Dates")."""
    if RELATIVE_DEICTIC.get(c.get("mrel") or "", 0) >= 0:
        return False
    latest = explicit.latest()
    return latest is not None and (year, c["m"]) >= latest


def decade_start(c: dict, doc_year: int | None) -> tuple[int | None, str]:
    """(first year, how) of a decade candidate (:func:`khabar.dates.shapes._decades`):
    of the century the text names (ثمانينيات القرن العشرين → 1980, how ""); of the
    century counted from the document's (تسعينيات القرن الماضي in 2024 → 1990, "document
    date"); for a decade alone, its last occurrence over before the document's year
    (الستينيات in 2024 → 1960, العشرينيات → 1920: the decade a writer is in is هذا العقد,
    not العشرينيات). (None, "") where that needs a document date the article lacks
    (docs/arabic.md, "Dates")."""
    if "century" in c:
        return (c["century"] - 1) * 100 + 10 * c["tens"], ""
    if doc_year is None:
        return None, ""
    if "century_off" in c:
        return ((doc_year - 1) // 100 + c["century_off"]) * 100 + 10 * c["tens"], \
            "document date"
    start = doc_year // 100 * 100 + 10 * c["tens"]
    return (start if start + 9 < doc_year else start - 100), "document date"


def _iso(c: dict, year: int | None) -> tuple[str, str, str]:
    """(date, precision, hijri) for a resolved candidate."""
    if "tens" in c:             # a decade: the ISO 8601 interval of its ten years
        return (f"{year:04d}/{year + 9:04d}" if year is not None else ""), "year", ""
    y, m, d = year, c.get("m"), c.get("d")
    precision = "day" if d else "month" if m or "mo_off" in c else "year"
    if c.get("calendar") == "hijri" and y is None:
        return "", precision, ""       # رمضان الماضي with no document date: not guessed
    if c.get("calendar") == "hijri":
        hijri = f"{y:04d}" + (f"-{m:02d}" if m else "") + (f"-{d:02d}" if d else "")
        try:
            g = Hijri(y, m or 1, d or 1).to_gregorian()
            if c.get("y_to") or not m:
                # 1445/1446هـ: the Gregorian years the two Hijri years run over (an ISO
                # 8601 interval: 19 July 2023 to 26 June 2025 → 2023/2025); one Hijri year
                # alone too (1443هـ: 9 August 2021 to 29 July 2022 → 2021/2022), or the one
                # Gregorian year it lies in
                to = c.get("y_to") or y
                last = Hijri(to, 12, 1).to_gregorian()
                last = last + dt.timedelta(days=Hijri(to, 12, 1).month_length() - 1)
                span = f"{g.year:04d}" if last.year == g.year else f"{g.year:04d}/{last.year:04d}"
                return span, precision, f"{y:04d}/{to:04d}" if c.get("y_to") else hijri
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
    if c.get("m_to"):           # الربع الأول من 2024: the months it spans, 2024-01/2024-03
        return f"{y:04d}-{m:02d}/{y:04d}-{c['m_to']:02d}", precision, ""
    return (f"{y:04d}" + (f"-{m:02d}" if m else "") + (f"-{d:02d}" if d else "")), precision, ""


def _dateline(article: Article, chosen: list[dict]) -> dict | None:
    """The article's own date when its metadata has none: a full date (day, month, year)
    on one of the first :data:`_HEAD_LINES` non-blank lines, up to the first line of the
    body (:func:`_body_line`), that is a dateline, i.e. a short line (≤ 60 characters:
    «6 أبريل، 2018», «الثلاثاء ٠٨ مارس ٢٠٢٢»), a line that starts with it, or a wire
    dateline (a city, the date and the agency's credit: الخرطوم 3 مارس 2024 (سونا) –),
    which may also open the line right after the first body line (a headline that ends
    with a full stop reads as one). Of
    several, the last: a saved page puts the site's date above the headline and the
    article's under it. A date
    on a line of the site's header, or next to one (date_cues.tsv page_header: the
    weather, prayer times, a line that is only a clock: الساعة 00:00 م), is the day the
    page was copied and no dateline, and so is 1 January 1970 (:data:`_EPOCH`, a site's
    empty date). Relative dates then resolve against it (``year_from`` = dateline)."""
    nt, text = article.normalised, article.text
    heads = _head_lines(text, 1)
    found = None
    body_at = next((k for k, (a, b) in enumerate(heads) if _body_line(text[a:b])), None)
    for c in chosen:
        if not (c.get("y") and c.get("m") and c.get("d")) or c.get("calendar") \
                or (c["y"], c["m"], c["d"]) == _EPOCH:
            continue        # 1 يناير 1970: a site's empty date shown as the Unix epoch
        start, end = nt.span(c["ns"], c["ne"])
        k = next((i for i, (a, b) in enumerate(heads) if a <= start <= b), None)
        if k is None:
            break             # past the first lines
        lo, hi = heads[k]
        before = text[lo:start].strip(" -–|،,:")
        if body_at is not None and k > body_at:
            # a headline that ends with a full stop looks like the body's first line: the
            # line right after it still gives the date when it opens with a wire dateline
            if k == body_at + 1 and _wire_dateline(before, text, end) and (
                    not any(_header_line(text[a:b]) for a, b in heads[max(0, k - 1):k + 2])):
                found = c
            break
        if normalise(before).lower() in _DATELINE_LABELS:
            before = ""             # تاريخ النشر: 3 مارس 2024: the line starts with the date
        body = _body_line(text[lo:hi])
        if (hi - lo <= 60 or not before or _wire_dateline(before, text, end)) \
                and not any(_header_line(text[a:b]) for a, b in heads[max(0, k - 1):k + 2]):
            found = c
        if body and k + 1 >= len(heads):
            break          # the body has begun: later dates are the story's
    return found


#: 1 January 1970, the Unix epoch: what a site's page shows when an article's date is
#: empty (a timestamp of 0), never the day the article was written.
_EPOCH = (1970, 1, 1)
#: The article's dateline is looked for on this many first lines (not blank, not site
#: chrome: :func:`_chrome_line`).
_HEAD_LINES = 8
_HEADER_WORDS = DATE_CUES.get("page_header", ())
#: A label before the date on a dateline (date_cues.tsv dateline_label: تاريخ النشر، نشر في).
_DATELINE_LABELS = frozenset(w.lower() for w in DATE_CUES.get("dateline_label", ()))
#: A line that is only a clock (الساعة 00:00 م): a site's header widget.
_CLOCK_LINE = re.compile(r"\s*(?:الساعه\s*)?\d{1,2}:\d{2}\s*(?:[صم]\.?)?\s*")


def _head_lines(text: str, after_body: int = 0) -> list[tuple[int, int]]:
    """``(start, end)`` of the first :data:`_HEAD_LINES` lines of ``text`` that are
    neither blank nor chrome, up to and with the first line of the body
    (:func:`_body_line`) and ``after_body`` lines more."""
    out, lo, more = [], 0, None
    while lo <= len(text) and len(out) < _HEAD_LINES:
        hi = text.find("\n", lo)
        hi = len(text) if hi == -1 else hi
        if text[lo:hi].strip() and not _chrome_line(text[lo:hi]):
            out.append((lo, hi))
            if more is not None:
                more -= 1
            elif _body_line(text[lo:hi]):
                more = after_body
            if more == 0:
                break
        lo = hi + 1
    return out


def _chrome_line(line: str) -> bool:
    """Whether a first line of a saved page is the site's chrome rather than the
    article's: no Arabic letter and no digit (share buttons and app links: facebook,
    twitter, "… on Play Store")."""
    return not any("\u0600" <= ch <= "\u06ff" or ch.isdigit() for ch in line)


def _body_line(line: str) -> bool:
    """Whether a first line is the body's: longer than 60 characters and ending as a
    sentence does (. ! ? ؟ … :), or longer than 150 (a headline, however long, has no
    full stop)."""
    line = line.strip()
    return len(line) > 150 or len(line) > 60 and line.endswith(tuple(".!?؟…:"))


def _header_line(line: str) -> bool:
    """Whether ``line`` is a line of a site's header: a word of :data:`_HEADER_WORDS`
    (date_cues.tsv page_header), or only a clock."""
    n = normalise(line)
    return any(w in n for w in _HEADER_WORDS) or bool(_CLOCK_LINE.fullmatch(n))


def _wire_dateline(before: str, text: str, end: int) -> bool:
    """Whether a date whose line starts with ``before`` and that ends at ``end`` is a wire
    dateline: a city (:data:`_WIRE_CITY`) before it and an agency's credit after it, in
    brackets or slashes, of at most three words with no digit and no weekday (not a
    weekday in brackets: قال الوزير في 3 مارس (الأحد)); or, with no credit, a known
    capital, city or country before it (country_forms.tsv) and a slash or dash right
    after it, or after its time (المنامة 9 أكتوبر 2025 / افتتحت الوزارة …: not وقالت
    الوزيرة في 3 مارس -). A byline may come before the city (كتب فلان - الكويت في …)."""
    before = _BYLINE_PREFIX.sub("", before, count=1)
    if not _WIRE_CITY.fullmatch(before):
        return False
    credit = _WIRE_CREDIT.match(text, end)
    if credit is None:
        return bool(_WIRE_SEPARATOR.match(text, end)) and _a_place(before)
    words = normalise(credit.group(1)).split()
    return len(words) <= 3 and not any(w in WEEKDAYS or any(map(str.isdigit, w))
                                       for w in words)


def _a_place(words: str) -> bool:
    """Whether ``words`` (a dateline's city, with في) are a place of country_forms.tsv."""
    from ..money.currency import country_evidence   # the lexicon's places, read once there

    city = normalise(words).removesuffix(" في")
    return sum(country_evidence(city).values()) == 1 and len(city.split()) <= 2


#: A wire dateline: a city of one or two words (with في: أبوظبي في) before the date and
#: the agency's credit right after it, in brackets or slashes: الدامر 4-11-2025م (سونا) –،
#: أبوظبي في 3 مارس / وام /.
_WIRE_CITY = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+)?(?:\s+في)?")
_WIRE_CREDIT = re.compile(r"\s*[(/]\s*([^()/\n]{1,25}?)\s*[)/]")
#: The separator after a wire dateline that gives no credit (المنامة 9 أكتوبر 2025 /، -),
#: perhaps after the time (الكويت في الأحد 4 أغسطس 2024 03:36 مساءً -).
_WIRE_SEPARATOR = re.compile(r"\s*(?:[\d٠-٩]{1,2}:[\d٠-٩]{2}(?:\s*[^\s\d/\-–—]{1,7})?\s*)?[/\-–—]")
#: A byline before a dateline's city: كتب فلان الفلاني - الكويت في 4 أغسطس 2024 - …
_BYLINE_PREFIX = re.compile(r"كتب(?:ت)?\s*:?\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*[-–—]\s*")


_RANGE_JOIN = re.compile(r"\s*(?:(?:و\s?)?(?:حتي|الي|لغايه|-|–)\s*|و\s?)(?:شهر\s+)?")


def _complete_ranges(norm: str, chosen: list[dict]) -> None:
    """The first end of a range takes the year of the second: من 1 يناير وحتى 30 يونيو
    2025 → 2025-01-01, من يناير إلى سبتمبر 2025 → 2025-01 (``year_from`` = range end);
    or its relative year (أكتوبر ودجنبر من العام الحالي: both of the current year); after
    a month qualified as past or future, the second (``range_to``: بين أكتوبر ونوفمبر
    الماضيين, both before the document's date, October of November's year)."""
    for a, b in zip(chosen, chosen[1:]):
        if a.get("m") and not a.get("y") and not a.get("rel") and not a.get("mrel") \
                and b.get("m") and (b.get("y") or b.get("rel") or b.get("mrel")) \
                and not b.get("calendar") and not b.get("m_to") \
                and a.get("calendar") is None \
                and (j := _RANGE_JOIN.match(norm, a["ne"])) and a["ne"] <= b["ns"] <= j.end():
            if b.get("y"):
                a["y"], a["year_from"] = b["y"], "range end"
            elif b.get("rel"):
                a["rel"] = b["rel"]
            else:
                a["range_to"] = b


def _relative_month(c: dict, doc_date) -> int | None:
    """The year of a month relative to the document's date (``mo_off`` months from the
    month of ``doc_date``, YYYY-MM…: الشهر الماضي in a document of 2025-01 is 2024-12);
    sets ``c["m"]``. None when the document has no month."""
    dm = _DOC_MONTH.match(str(doc_date or ""))
    if not dm:
        return None
    k = int(dm.group(1)) * 12 + int(dm.group(2)) - 1 + c["mo_off"]
    c["m"] = k % 12 + 1
    return k // 12


_DOC_DAY = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")


def _doc_day(doc_date) -> dt.date | None:
    """The day of a document date given as YYYY-MM-DD…, or None (no date, a month, an
    impossible day)."""
    m = _DOC_DAY.match(str(doc_date or ""))
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _relative_day(c: dict, day: dt.date | None) -> str:
    """The ISO 8601 day of a relative day (:func:`khabar.dates.shapes._relative_days`)
    counted from the document's ``day``: ``rday`` days from it (with a weekday ``rwd``,
    the day of that weekday nearest to it: the text's weekday wins over the count), or
    the last weekday ``rwd`` before it (``rdir`` -1; a week back when the document's
    day is that weekday), the last on or before it (0: a reported statement's day) or
    the next after it (+1). Empty when the document's day is
    unknown or the result leaves the calendar."""
    if day is None:
        return ""
    if "rday" in c and "rwd" in c:      # أمس الاثنين: the Monday nearest to yesterday
        counted = day + dt.timedelta(days=c["rday"])
        delta = c["rday"] + (c["rwd"] - counted.weekday() + 3) % 7 - 3
    elif "rday" in c:
        delta = c["rday"]
    elif c["rdir"] == 0:                # قال يوم الأحد: the last Sunday, the day itself too
        delta = -((day.weekday() - c["rwd"]) % 7)
    elif c["rdir"] < 0:
        delta = -((day.weekday() - c["rwd"]) % 7 or 7)
    else:
        delta = (c["rwd"] - day.weekday()) % 7 or 7
    try:
        return (day + dt.timedelta(days=delta)).isoformat()
    except OverflowError:
        return ""
