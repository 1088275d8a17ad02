"""The date patterns and the word lists they are built from (docs/arabic.md, "Dates";
lexicon months.tsv, weekdays.tsv, relative_dates.tsv, date_cues.tsv: docs/lexicon.md).

Every pattern runs on normalised text (:func:`khabar.text.normalise`): يناير, كانون
الثاني, ذو الحجه (ة → ه), digits of any system as 0–9.
"""
from __future__ import annotations

import datetime as dt
import re

from ..lexicon import load_lexicon
from ..numwords import NUMBER_WORD_RE
from ..text import alternation, normalise

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
#: Days next to the document's date (kind day): word → offset in days (أمس → -1).
RELATIVE_DAYS = {normalise(r.form): r.offset for r in _LEX["relative_dates"] if r.kind == "day"}


#: Date cues (lexicon date_cues.tsv), by role: nouns a bare year may follow, time
#: prepositions that belong to a date's span, parts of a period (نهاية، مطلع).
DATE_CUES: dict[str, tuple[str, ...]] = {}
for _r in _LEX["date_cues"]:
    DATE_CUES[_r.role] = DATE_CUES.get(_r.role, ()) + (normalise(_r.form),)


def _key(name: str) -> str:
    """A month name as a key of the month tables: its first word, and the second with
    ال (كانون ثاني → كانون الثاني, ذو حجه → ذو الحجه)."""
    parts = name.split()
    return parts[0] + (" ال" + parts[1].removeprefix("ال") if len(parts) > 1 else "")


#: A month name ends at a non-letter; a digit may follow with no space (مارس2023: web
#: copy that lost the space before the year).
_MONTH = rf"(?:{alternation(GREGORIAN_MONTHS, optional_article=True)})(?![^\W\d])"
#: Two names of one month joined by a dash (نيسان - أبريل، آب-أغسطس، تشرين الأول – أكتوبر):
#: one month, as with a slash; two different months so joined are a range
#: (:data:`RANGE_START_BEFORE`), so only a name and another name of the same month pair.
#: The look-ahead (a dash within a month name's length) keeps the twelve alternatives
#: from being tried at every month name.
_NAMES_BY_MONTH: dict[int, list[str]] = {}
for _name, _number in GREGORIAN_MONTHS.items():
    _NAMES_BY_MONTH.setdefault(_number, []).append(_name)
_DASH_PAIR = r"(?=[^\W\d][^-–\n]{1,14}[-–])(?:" + "|".join(
    rf"(?:{alternation(names, optional_article=True)})(?![^\W\d])\s*[-–]\s*"
    rf"(?:{alternation(names, optional_article=True)})(?![^\W\d])"
    for _, names in sorted(_NAMES_BY_MONTH.items())) + ")"
_PAIRED = (rf"(?P<month>{_DASH_PAIR}"
           rf"|{_MONTH}(?:\s*/\s*{_MONTH}|\s*\(\s*{_MONTH}\s*\)|\s+{_MONTH})?)")
_YEAR_WORD = r"(?:عام|العام|سنه|السنه|لعام|لسنه)"
#: What marks a Hijri year, normalised: هـ (the tatweel dropped), هجري، هجرياً، هجرية، للهجرة.
_HIJRI_MARK = r"(?:ه|هجري|هجريا|هجريه|للهجره)"
_REL = (rf"(?:من\s+)?(?:(?:{_YEAR_WORD})\s+"
        rf"(?P<rel>{'|'.join(RELATIVE_SAME + tuple(RELATIVE_DEICTIC))})(?:ه)?"
        rf"|(?P<rel2>هذا|ذلك|نفس)\s+(?:العام|السنه))(?!\w)"
        # هذا العام 1443هـ: a Hijri year after a Gregorian relative one is a date of its own
        rf"(?:\s+(?P<relyear>\d{{4}})(?![\d.,]?\d)(?!\s*{_HIJRI_MARK}(?!\w)))?")
_YEAR_PART = (rf"(?:\s*,?\s*(?:(?:من\s+)?{_YEAR_WORD}\s+)?(?P<year>\d{{4}})(?!\d)(?:\s?م(?!\w))?"
              rf"|\s+{_REL}"
              rf"|\s+(?P<mrel>{'|'.join(RELATIVE_DEICTIC)})(?!\w)"
              # مارس الماضي 2009: the year written after the relative word is the month's
              rf"(?:\s+(?P<mrelyear>\d{{4}})(?![\d.,]?\d)(?!\s*{_HIJRI_MARK}(?!\w))(?:\s?م(?!\w))?)?)")
_WEEKDAY = rf"(?:(?:يوم\s+)?(?P<wd>{'|'.join(WEEKDAYS)})(?!\w)\s*,?\s*)"

#: An English ordinal suffix after a day (13th November 2024, November 1st, 2024), and
#: the comma English pages put after it (28th, March 2025). Between the day and the month
#: من and the noun شهر may stand (22 من شهر ديسمبر 2025, formal and Gulf copy).
_ORDINAL_SUFFIX = r"(?:(?:st|nd|rd|th),?)?"
DAY_MONTH_RE = re.compile(
    # a slash after a Hijri date may come before the day (1 محرم 1360هـ/28 يناير 1941م),
    # one after a digit not (12/5 مايو)
    rf"{_WEEKDAY}?(?<![\d.,])(?<!\d/)(?<!\d\s/)(?P<day>\d{{1,2}})(?P<cb>(?<=\(\d)\)|(?<=\(\d\d)\))?"
    rf"{_ORDINAL_SUFFIX}(?:(?:\s+من(?:\s+شهر)?)?\s+"
    r"|(?=[\u0621-\u064a])"
    rf"|\s*(?P<sep>[/-])\s*(?=\D+(?P=sep)\s*\d{{4}})){_PAIRED}"
    rf"(?:\s*(?(sep)(?P=sep)|/)\s*(?P<syear>\d{{4}})(?!\d)|{_YEAR_PART})?")
#: A day may stand in brackets (يومي (3) و (4) نوفمبر, some Egyptian and Gulf copy): the
#: closing bracket is matched (``cb``) when an opening one stands right before the day,
#: and the shape puts that opening bracket in the span.
#: Days written as ordinals (lexicon number_words.tsv, role ordinal_day): الاول → 1.
ORDINAL_DAYS = {normalise(r.form): int(r.value) for r in _LEX["number_words"]
                if r.role == "ordinal_day"}
#: An ordinal day, من and a month (في الاول من يونيو 2026، يوم الاحد الخامس عشر من مارس،
#: اليوم الموافق الحادي والعشرين من مارس لعام 2025,
#: اعتبارا من الاول من يناير): only after a time preposition (من too) or a weekday,
#: because after a noun the ordinal is the noun's (الاسبوع الاول من يونيو is a week,
#: النصف الاول من مارس a half month).
ORDINAL_DAY_RE = re.compile(
    rf"(?:(?<!\w)[وف]?(?:في|منذ|حتي|بتاريخ|قبل|بعد|يوم|من|الموافق)\s+|{_WEEKDAY})"
    rf"(?:(?P<day>{alternation(ORDINAL_DAYS)})\s+من|(?P<first>اول))\s+(?:شهر\s+)?{_PAIRED}"
    rf"{_YEAR_PART}?")
#: What every ordinal day holds (من or أول and a month name): a search for it, which starts at a
#: literal, is about 40 times faster than ORDINAL_DAY_RE over an article without one.
ORDINAL_DAY_ANCHOR = re.compile(rf"(?:من|اول)\s+(?:شهر\s+)?{_MONTH}")
#: A month, a day and, after a comma, a year: the English order (November 13, 2024), as
#: Arabic pages also write it with an Arabic month name (يناير 13, 2025). The comma and
#: the year are required: a month name and a number alone are as often a count; only after
#: a weekday may a space stand for the comma (:data:`WEEKDAY_BEFORE`).
MONTH_DAY_RE = re.compile(
    rf"(?<!\w){_PAIRED}\s+(?P<day>\d{{1,2}}){_ORDINAL_SUFFIX}(?P<sep>\s*,\s*|\s+)"
    rf"(?P<year>\d{{4}})(?!\d)")
#: A weekday right before a month, day and year with no comma (a site's date line: الثلاثاء ,
#: نوفمبر 26 2024): what lets :data:`MONTH_DAY_RE` go without its comma.
WEEKDAY_BEFORE = re.compile(rf"(?<!\w)(?:يوم\s+)?(?:{'|'.join(WEEKDAYS)})\s*,?\s*$")
#: A month and a year; the month may carry the conjunction و (اكتوبر ودجنبر من العام
#: الحالي: the span starts at the month).
MONTH_YEAR_RE = re.compile(rf"(?<!\w)(?:و(?={_MONTH}))?{_PAIRED}{_YEAR_PART}")
#: A date in digits, day first or ISO order; a slash may have a space on each side (26 / 12 /
#: 1438هـ, Saudi official copy), and a Hijri mark after it makes it a Hijri date.
NUMERIC_RE = re.compile(
    # a slash may have a space on either side, not always the same on both (٨/ ٨ /١٤٤٢هـ)
    r"(?<![\d./-])(?:(?P<d>\d{1,2})(?P<sep>[.-]|(?P<sl>\s?/\s?))(?P<m>\d{1,2})"
    r"(?(sl)\s?/\s?|(?P=sep))"
    r"(?P<y>\d{4})|(?P<iy>\d{4})(?P<isep>-|\s?/\s?)(?P<im>\d{1,2})(?P=isep)"
    rf"(?P<id>\d{{1,2}}))(?![\d/.-]\d)(?P<h>\s*{_HIJRI_MARK}(?!\w))?")
HIJRI_RE = re.compile(
    # غرة / فاتح (شهر) رمضان: the first day of the month (فاتح in the Maghreb)
    # 02 من شهر رجب: a day, من and the noun شهر (Gulf and formal copy)
    rf"(?:(?P<day>\d{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?|(?<!\w)(?P<first>غره|فاتح)\s+(?:شهر\s+)?)?"
    rf"(?<!\w)"
    rf"(?P<month>{alternation(HIJRI_MONTHS, optional_article=True)})(?!\w)\s+"
    # رمضان المبارك 1445هـ: an epithet between the month and its year (date_cues.tsv)
    rf"(?:(?:{alternation(DATE_CUES.get('hijri_epithet', ()))})\s+)?"
    rf"(?:(?:من\s+)?{_YEAR_WORD}\s+)?(?P<year>\d{{3,4}})(?!\d)(?P<h>\s*{_HIJRI_MARK}(?!\w))?"
    rf"|(?<!\w){_YEAR_WORD}\s+(?P<yonly>\d{{3,4}})\s*{_HIJRI_MARK}(?!\w)"
    # a Hijri year marked هـ with no year noun, or a fiscal pair (1445/1446هـ)
    rf"|(?<![\w/])(?P<ya>1[3-5]\d\d)(?:\s*/\s*(?P<yb>1[3-5]\d\d))?\s*{_HIJRI_MARK}(?!\w)")
YEAR_RE = re.compile(
    rf"(?<!\w)[وفبل]?(?P<cue>{_YEAR_WORD}|عامي|سنتي)\s+(?P<year>\d{{4}})(?![\d.,]?\d)"
    r"|(?<!\w)[وف]?(?:في|منذ|حتي|بحلول|قبل|بعد|خلال|من(?=\s+\d{4}\s*(?:الي|حتي|-|–)\s*\d{4})"
    r"|بين(?=\s+\d{4}\s*و\s?\d{4})"
    # a period part before a bare year (بنهاية 2016، قبل موفى 2016، مطلع 2025)
    rf"|[بل]?(?:{alternation(DATE_CUES.get('period_part', ()))}))"
    r"\s+(?P<year2>\d{4})(?![\d.,]?\d)(?!\s*%)")
RELATIVE_RE = re.compile(rf"(?<!\w){_REL}")
#: A bare year after a noun of a period (موازنة 2024، قانون المالية 2019، في أفق 2021) and
#: the second year of a pair (عامي 2015 و2017, also across a comma: عامي 2015، و2017) or
#: a later year of a list after a plural year noun (السنوات 2019 و2020 و2021): the span is
#: the year alone.
_YEAR_NOUN_BEFORE = re.compile(
    rf"(?<!\w)(?:[وفبل]?(?:ال)?|[وف]?لل)(?:{alternation(DATE_CUES.get('year_noun', ()))})\s+$"
    r"|(?<!\w)[وفبل]?(?:عامي|سنتي)\s+\d{4}\s*(?:[،,]\s*)?(?:و|-|/)\s?$"
    # the dual's meaning with the singular noun (في عام 2019 و2020), common in news copy
    rf"|(?<!\w)[وفبل]?{_YEAR_WORD}\s+\d{{4}}\s*(?:[،,]\s*)?و\s?$"
    # every later year of a list after a plural year noun (السنوات 2019 و2020 و2021،
    # الأعوام 2016، 2017 و2018)
    r"|(?<!\w)[وفبل]?(?:ال)?(?:سنوات|اعوام)\s+(?:\d{4}\s*(?:[،,]\s*(?:و\s?)?|و\s?))+$"
    # a fiscal year, with a relative word before its explicit year: للسنة المالية 2019،
    # العام المالي القادم 2022/2023، السنة المالية الحالية 2023/2024
    rf"|(?<!\w)[وفب]?(?:ال|لل)?(?:عام|سنه)\s+(?:ال)?ماليه?"
    rf"(?:\s+(?:{'|'.join(RELATIVE_DEICTIC)})ه?)?\s+$")
_NOT_A_YEAR_AFTER = re.compile(r"[\d.,]?\d|\s*%")
#: A Hijri year or date and a slash right before a year (تأسست عام 1433هـ/2012م، في عام
#: 1440هـ/2019م): the Gregorian year it falls in, as Saudi copy writes it beside.
HIJRI_SLASH_BEFORE = re.compile(rf"\d\s*{_HIJRI_MARK}\s*/\s*$")
#: A fiscal year's noun (date_cues.tsv fiscal_year: السنة المالية، العام المالي) and at most
#: one word (الجديد، الحالي) before a year: a year 1300–1599 there is Hijri even without
#: هـ (Gulf budgets: للسنة المالية 1445-1446).
_FISCAL_NOUN_BEFORE = re.compile(
    r"(?<!\w)(?:" + "|".join(
        rf"[وف]?(?:ب?ال|لل){re.escape(f[2:])}" if f.startswith("ال") else rf"[وفبل]?{re.escape(f)}"
        for f in DATE_CUES.get("fiscal_year", ())) + r")(?:\s+\w+)?\s+$")
#: The second year of a Hijri fiscal year written without هـ (1445-1446، 1445 / 1446).
_HIJRI_FISCAL_END = re.compile(r"\s*[/\-–]\s*(1[3-5]\d\d)(?![\d.,]?\d)")
#: Two years joined by a dash with no word before them (الخطة الخمسية 2021-2025، إطار
#: الشراكة 2014-2017): a range of years, unless a currency word follows (1950-2000 دولار
#: is a range of prices): lexicon currency_forms.tsv.
BARE_YEAR_RANGE_RE = re.compile(r"(?<![\d.,/\-–])((?:19|20)\d\d)\s?[-–]\s?((?:19|20)\d\d)"
                                r"(?![\d.,]?\d)(?!\s*%)(?![-–/]\d)")
CURRENCY_AFTER = re.compile(
    rf"\s*(?:{alternation(normalise(r.form) for r in _LEX['currency_forms'])})(?!\w)")


#: A noun of a place named after a date (ملعب 5 جويلية، شارع 26 يوليو، مدينة 6 أكتوبر):
#: a day and month right after it, with no year or weekday, is a name (date_cues.tsv).
NAME_NOUN_BEFORE = re.compile(
    rf"(?<!\w)[وفبل]?(?:ال)?(?:{alternation(DATE_CUES.get('name_noun', ()))})\s+$")


#: A part of "the year" with no other word: مطلع العام، نهاية السنة = of the current year
#: (the document's), resolved like العام الجاري.
PERIOD_YEAR_RE = re.compile(
    rf"(?<!\w)[وفبل]?(?:{alternation(DATE_CUES.get('period_part', ()))})\s+(?:العام|السنه)(?!\w)"
    rf"(?!\s+(?:{'|'.join(RELATIVE_SAME + tuple(RELATIVE_DEICTIC))}|\d))")
#: A period part and a month, the year optional (موفى مارس، منتصف أغسطس، نهاية شهر يونيو
#: 2025): without a year, a month of the document's year; the period part is in the span.
PERIOD_MONTH_RE = re.compile(
    rf"(?<!\w)[وفبل]?(?P<part>{alternation(DATE_CUES.get('period_part', ()))})\s+"
    rf"(?:شهر\s+)?{_PAIRED}(?![^\W\d])(?:{_YEAR_PART})?")
#: The noun شهر before a month name (في شهر فبراير، شهري مايو ويونيو), the year optional:
#: without one, a month of the document's year. After شهري (two months) a second month
#: follows with و (:data:`SECOND_MONTH_RE`).
#: A year in words after a year noun (عام ألفين وخمسة وعشرين، سنة ألف وتسعمائة وثمانية):
#: the thousand (ألف or its dual) and the number words joined to it by و
#: (:func:`khabar.numwords.thousands_value` gives the value).
YEAR_WORDS_RE = re.compile(
    rf"(?<!\w)[وف]?[لب]?{_YEAR_WORD}\s+"
    rf"(?P<words>(?:الف|الفين|الفان)(?:\s+و\s?(?:{NUMBER_WORD_RE})(?!\w))*)(?!\w)")
NAMED_MONTH_RE = re.compile(
    rf"(?<!\w)[وفبل]?(?P<w>(?:ال)?(?P<noun>شهري?))\s+{_PAIRED}(?![^\W\d])(?:{_YEAR_PART})?")
SECOND_MONTH_RE = re.compile(rf"\s*و\s?(?P<month>{_MONTH})(?![^\W\d])")
#: A day relative to the document's date: a weekday with a past or future word (الأحد
#: الماضي، يوم الخميس المقبل; not الجاري, whose week is unclear), or أمس، غداً، يوم غد …
#: with an optional weekday (يوم غد الثلاثاء، أمس الأحد، اليوم (الاثنين): ``bwd`` when in
#: brackets); longer words first (أمس الأول). The relative word may agree in the feminine
#: (الجمعة المقبلة، الأحد الماضية), as the press writes الجمعة above all.
#: غد and غدا alone are not taken (:func:`khabar.dates.shapes._relative_days`).
REL_DAY_RE = re.compile(
    rf"(?<!\w)[وف]?(?:يوم\s+)?(?P<rwd>{'|'.join(WEEKDAYS)})\s+"
    rf"(?P<wrel>{'|'.join(w for w, off in RELATIVE_DEICTIC.items() if off)})(?:ه)?(?!\w)"
    rf"|(?<!\w)[وف]?(?:(?P<pre>يوم|مساء|صباح|ظهر)\s+)?"
    rf"(?P<near>{alternation(RELATIVE_DAYS)})(?!\w)"
    rf"(?:\s*,?\s*(?:(?P<nwd>{'|'.join(WEEKDAYS)})(?!\w)"
    rf"|\(\s*(?P<bwd>{'|'.join(WEEKDAYS)})\s*\)))?")
#: A weekday alone (يوم الأحد، الاثنين) in the clause of a past speech verb (قال الوزير
#: يوم الأحد إن …، أعلنت الوزارة، الاثنين، أن …): wire copy's day of the statement
#: (:func:`khabar.dates.shapes._reported_weekdays`).
BARE_WEEKDAY_RE = re.compile(rf"(?<!\w)[وف]?(?:يوم\s+)?(?P<wd>{'|'.join(WEEKDAYS)})(?!\w)")
#: Past speech verbs (lexicon speech_verbs.tsv, tense past), normalised.
PAST_SPEECH_VERBS = frozenset(normalise(r.form) for r in _LEX["speech_verbs"]
                              if r.tense == "past" and r.role == "verb")
#: Complementisers (lexicon attribution.tsv, role complementiser: أن، إنه، بأن), normalised.
COMPLEMENTISERS = frozenset(normalise(r.form) for r in _LEX["attribution"]
                            if r.role == "complementiser")
#: Words a weekday may follow as the name of a rite, not a day (خطيب الجمعة، صلاة الجمعة):
#: date_cues.tsv role weekday_noun.
WEEKDAY_NOUNS = frozenset(DATE_CUES.get("weekday_noun", ()))
#: The days of a list or range before its last day, which alone has the month or the
#: relative word (في 12 و13 من الشهر الجاري، أيام 3، 4 و5 الجاري، من 10 إلى 14 من الشهر
#: المقبل): after a time preposition, يوم / أيام, من or بين, one or more days each with its
#: و، comma, dash or إلى; the last day is the pattern's own.
_DAY_LIST_OPEN = (r"(?:(?:في|منذ|حتي|قبل|بعد|بتاريخ|يوم|يومي|ايام|الموافق|من|بين)\s+)"
                  r"(?:(?:ال)?\d{1,2}\s*(?:[،,]\s*(?:و\s?)?|و\s?|(?:و\s?)?(?:الي|حتي)\s+|[-–]\s*))+")
#: A month relative to the document's: الشهر الماضي، الشهر المقبل، خلال الشهر الجاري.
REL_MONTH_RE = re.compile(
    rf"(?<!\w)[وفبل]?(?:ال|لل)?شهر\s+(?P<mrel>{'|'.join(RELATIVE_DEICTIC)})(?!\w)")
#: A day before a relative month (في 20 من الشهر الجاري، يوم 5 من الشهر الماضي، في الثامن من
#: الشهر المقبل), after a time preposition, يوم, الموافق or a weekday: after a noun the
#: number or ordinal is the noun's (الأسبوع الثاني من الشهر المقبل).
REL_MONTH_DAY_BEFORE = re.compile(
    rf"(?<!\w)[وف]?(?:(?:في|منذ|حتي|قبل|بعد|بتاريخ|يوم|الموافق)\s+|{_WEEKDAY}|{_DAY_LIST_OPEN})"
    rf"(?:(?:ال\s?)?(?P<day>\d{{1,2}})|(?P<ord>{alternation(ORDINAL_DAYS)}))\s+(?:من\s+)?$")
#: A day and الجاري / الحالي alone, the month left out (يوم 14 الجاري، في الـ20 من الجاري): that
#: day of the document's month, after a time preposition, يوم, الموافق or a weekday.
DAY_OF_THIS_MONTH_RE = re.compile(
    rf"(?<!\w)[وف]?(?:(?:في|منذ|حتي|قبل|بعد|بتاريخ|يوم|الموافق)\s+|{_WEEKDAY}|{_DAY_LIST_OPEN})"
    rf"(?:ال\s?)?(?P<day>\d{{1,2}})\s+(?:من\s+)?"
    rf"(?P<mrel>{'|'.join(w for w, off in RELATIVE_DEICTIC.items() if off == 0)})(?!\w)")
#: The first day of a range or pair whose second day has the month (من 1 إلى 15 مارس 2024،
#: بين 3 و5 أكتوبر، في 12 و13 مايو، 12-15 يونيو): right before the second day; the first
#: may carry و itself when it is a list's inner day (في 5 و6 و7 يونيو).
DAY_RANGE_START_BEFORE = re.compile(
    r"(?:(?<![\w.,/])|(?<=\sو))(?P<ob>\()?(?P<day>\d{1,2})(?(ob)\))"
    r"\s*(?:(?:و\s?)?(?:الي|حتي|لغايه)\s*|[-–]\s*|و\s?)$")
#: An earlier day of a list whose next day was found by DAY_RANGE_START_BEFORE or by this
#: (في 5 و6 و7 يونيو، أيام 3، 4 و5 مايو): a day and و or a comma, right before the next.
#: Either may be a day in brackets (يومي (3) و (4) نوفمبر), the brackets in its span.
DAY_LIST_BEFORE = re.compile(r"(?:(?<![\w.,/])|(?<=\sو))(?P<ob>\()?(?P<day>\d{1,2})(?(ob)\))"
                             r"\s*(?:[،,]\s*|و\s?)$")
#: The first month of a range, right before the second (من يناير إلى سبتمبر 2025، يناير -
#: مارس 2022، بين أكتوبر ودجنبر من العام الحالي): searched back from the second's month.
RANGE_START_BEFORE = re.compile(
    rf"(?<!\w)(?P<month>{_MONTH}(?:\s*/\s*{_MONTH}|\s*\(\s*{_MONTH}\s*\))?)"
    r"(?:\s*(?:و\s?)?(?:الي|حتي|لغايه|-|–)\s*|\s+و\s?)(?:شهر\s+)?$")
_SPAN_PREFIX = re.compile(
    rf"(?:^|(?<=\s))[وف]?(?P<w>(?:[بل](?={alternation(DATE_CUES.get('period_part', ()))}))?"
    rf"(?:{alternation(DATE_CUES.get('preposition', ()) + DATE_CUES.get('period_part', ()))}))"
    r"\s+$")


#: Month names by calendar system, and the pattern of a name at the start of a text.
_MONTHS = {"gregorian": GREGORIAN_MONTHS, "hijri": HIJRI_MONTHS}
_FIRST_MONTH = {system: re.compile(alternation(table, optional_article=True))
                for system, table in _MONTHS.items()}


def _month_number(text: str, system: str) -> int:
    """The month (1–12) named at the start of ``text`` in the calendar ``system``
    ("gregorian" or "hijri"): آذار/مارس → 3, ذو الحجة → 12. In a pairing the first
    name decides; both name the same month."""
    first = _FIRST_MONTH[system].match(text)
    return _MONTHS[system][_key(" ".join(first.group().split()))]


def _valid(y, m, d) -> bool:
    """Whether year ``y``, month ``m``, day ``d`` is a Gregorian date (no 31 June)."""
    try:
        dt.date(y, m, d)
        return True
    except ValueError:
        return False


_FISCAL = re.compile(r"\s*/\s*(\d{4})(?![\d.,]?\d)")
#: The second year of a range of years (من 2012 إلى 2016، 2012-2016): an ISO 8601 interval.
_YEAR_RANGE_END = re.compile(r"\s*(?:الي|حتي|-|–)\s*(\d{4})(?![\d.,]?\d)(?!\s*%)")
#: The second year after بين (بين 2020 و2024): a range, where و elsewhere joins two years.
_BETWEEN_END = re.compile(r"\s*و\s?(\d{4})(?![\d.,]?\d)(?!\s*%)")


def _year_of(m: re.Match) -> int | None:
    """The explicit year of a date match: its year, or the year written after a relative
    year (العام الجاري 2012 → 2012)."""
    for g in ("year", "syear", "relyear", "mrelyear"):
        if g in m.re.groupindex and m[g]:
            return int(m[g])
    return None


#: A month name alone, with no year or relative word (في مايو، منذ آذار/مارس): searched at
#: every month name, kept only after a time preposition (:data:`BARE_MONTH_BEFORE`).
#: Not the English names: a Latin word in Arabic copy (في May) is a quotation, not a date.
_ARABIC_MONTH = alternation((normalise(r.form) for r in _LEX["months"]
                             if r.system not in ("hijri", "english")), optional_article=True)
_ARABIC_MONTH = rf"(?:{_ARABIC_MONTH})(?![^\W\d])"
#: The first word of every Arabic month name (Gregorian systems), found by ``str.find``:
#: where :data:`BARE_MONTH_RE` is tried (a regex scan of the whole text is slower).
BARE_MONTH_WORDS = tuple(sorted({normalise(r.form).split()[0] for r in _LEX["months"]
                                 if r.system not in ("hijri", "english")}))
BARE_MONTH_RE = re.compile(
    rf"(?<!\w)(?P<month>(?=(?:{_ARABIC_MONTH})){_DASH_PAIR}"
    rf"|{_ARABIC_MONTH}(?:\s*/\s*{_MONTH}|\s*\(\s*{_MONTH}\s*\)|\s+{_MONTH})?)")
#: The time preposition a month alone must follow to be a date (date_cues.tsv month_time:
#: في مايو، منذ تموز، حتى أبريل، اعتبارا من يناير): elsewhere a month name is as often another
#: word (مارس "practised", نيسان the make of car, a name). من and بين (month_range,
#: ``open``) only open a range, so they count only when a second month follows
#: (:data:`BARE_MONTH_NEXT`).
BARE_MONTH_BEFORE = re.compile(
    rf"(?<!\w)[وف]?(?:(?P<time>{alternation(DATE_CUES.get('month_time', ()))})"
    rf"|(?P<open>{alternation(DATE_CUES.get('month_range', ()))}))\s+$")
#: The second month of a pair or a range after a month alone (مايو ويونيو، من مايو إلى
#: سبتمبر، بين مايو وسبتمبر، يناير - مارس).
BARE_MONTH_NEXT = re.compile(
    rf"\s*(?:(?:و\s?)?(?:الي|حتي|لغايه)\s+|[-–]\s*|و\s?)(?:شهر\s+)?{_PAIRED}")
#: A Hijri month with a past or future word (رمضان الماضي، شهر رمضان المقبل، ذي الحجة
#: الماضي): its Hijri year is the one before or after the document's date
#: (:func:`khabar.dates.resolve._hijri_relative_year`).
#: A word every Hijri month name holds (ذو القعده → القعده: ذو / ذي are common words),
#: found by ``str.find``: where :data:`HIJRI_REL_RE` is tried.
HIJRI_MONTH_WORDS = tuple(sorted({(w.split()[1] if w.split()[0] in ("ذو", "ذي")
                                   else w.split()[0]).removeprefix("ال")
                                  for w in HIJRI_MONTHS}))
HIJRI_REL_RE = re.compile(
    # a day may come first (19 ربيع الأول المقبل، 5 من شهر رمضان القادم)
    r"(?:(?<![\w.,/])(?P<day>\d{1,2})\s+(?:من\s+)?)?"
    rf"(?<!\w)(?:[وفبل]?(?P<w>(?:ال|لل)?شهر)\s+)?"
    rf"(?P<month>{alternation(HIJRI_MONTHS, optional_article=True)})\s+"
    rf"(?P<mrel>{'|'.join(RELATIVE_DEICTIC)})(?!\w)")

#: A part of a year counted by an ordinal, by the months it spans (date_cues.tsv
#: year_quarter, year_third, year_half: الربع 3, الثلث 4, النصف 6).
YEAR_FRACTIONS = {f: months for role, months in (("year_quarter", 3), ("year_third", 4),
                                                 ("year_half", 6))
                  for f in DATE_CUES.get(role, ())}
_LAST = DATE_CUES.get("last_ordinal", ())
#: A part of a year and its ordinal before a year (الربع الأول من 2024، الثلث الأول من عام
#: 2021; with ل instead of من: الثلاثي الثاني لسنة 2024، الربع الأول للعام الحالي), a
#: relative year (النصف الثاني من العام الماضي، الربع الأخير من السنة الحالية, with
#: its year when written after it: من العام الحالي 2024) or
#: "the year" alone (الثلث الأول من العام: the document's): an ISO 8601 interval of months.
#: Not before a month (النصف الثاني من مارس is half a month) or another noun.
_PARTS = alternation(f.removeprefix("ال") for f in YEAR_FRACTIONS)
#: What follows a part of a year: من and the year, or the year noun with ل (الثلاثي الثاني
#: لسنة 2024، للعام الحالي), a relative year or "the year" alone.
_YEAR_TAIL = (
    rf"\s+(?:من\s+|(?=ل))(?:"
    rf"(?:{_YEAR_WORD}\s+)?(?P<year>\d{{4}})(?![\d.,]?\d)(?:\s?م(?!\w))?"
    rf"|(?:ال|لل)(?:عام|سنه)\s+(?P<rel>{'|'.join(RELATIVE_SAME + tuple(RELATIVE_DEICTIC))})"
    r"ه?(?!\w)"
    r"(?:\s+(?P<relyear>\d{4})(?![\d.,]?\d))?"
    rf"|(?P<rel2>هذا|هذه|ذلك|تلك|نفس)\s+(?:العام|السنه)(?!\w)"
    rf"|(?P<this>(?:ال|لل)(?:عام|سنه))(?!\w)(?!\s+\d))")
YEAR_FRACTION_RE = re.compile(
    rf"(?<!\w)[وفبل]?(?:ال|لل)?(?P<part>{_PARTS})"
    rf"\s+(?P<ord>{alternation(ORDINAL_DAYS)}|{alternation(_LAST)}){_YEAR_TAIL}")
#: The first or last months of a year counted by a number (الأشهر الستة الأولى من سنة 2020،
#: الأشهر التسعة الأولى من العام الماضي، الستة أشهر الأولى، الـ 11 شهرا الأولى، أول ستة أشهر
#: من العام، الشهرين الأولين من 2024, the last with الأخيرة / آخر), with the year words of
#: :data:`YEAR_FRACTION_RE`: the interval of those months.
_MONTHS_NOUN = r"(?:اشهر|شهور|شهرا)"
_WHICH = r"(?:الاولي|الاخيره)"


def _count(g: str) -> str:
    """A number of months, in digits or words (السته، 6، احد عشر), as group ``g``."""
    return rf"(?P<{g}>\d{{1,2}}|[^\W\d]+(?:\s+عشر)?)"


MONTHS_OF_YEAR_RE = re.compile(
    rf"(?<!\w)[وفبل]?(?:"
    rf"(?:ال|لل)(?:اشهر|شهور)\s+(?:ال\s?)?{_count('c1')}\s+(?P<w1>{_WHICH})"
    rf"|(?:ال|لل)\s?{_count('c2')}\s+{_MONTHS_NOUN}\s+(?P<w2>{_WHICH})"
    rf"|(?P<w3>اول|اخر)\s+{_count('c3')}\s+{_MONTHS_NOUN}"
    rf"|(?:ال|لل)شهرين\s+(?P<w4>الاولين|الاوليين|الاخيرين))"
    rf"{_YEAR_TAIL}")
#: Right after a part of a year's year noun: the adjective that makes it a fiscal year
#: (date_cues.tsv fiscal_year: السنة المالية، العام المالي): الربع الثالث من السنة المالية
#: is a quarter of a year that may start in any month (July in Egypt), so no calendar
#: months.
FISCAL_ADJECTIVE_AFTER = re.compile(
    r"\s+(?:" + alternation({f.split()[-1] for f in DATE_CUES.get("fiscal_year", ())
                             if len(f.split()) > 1}) + r")(?!\w)")

#: A clause break between a year and a month named alone after it in its sentence (a comma,
#: semicolon, colon or spaced dash): past one, the month takes the article's date again
#: (ارتفع التضخم في 2023، وفي يناير تراجع: this January), unless a link word ties it to
#: the year (date_cues.tsv year_link_before / year_link_after).
CLAUSE_BREAK = re.compile(r"[،,;؛:]|\s[-–]\s")
YEAR_LINK_BEFORE = re.compile(
    rf"(?<!\w)[وف]?(?:{alternation(DATE_CUES.get('year_link_before', ()))})(?!\w)")
YEAR_LINK_AFTER = re.compile(
    rf"\s+(?:{alternation(DATE_CUES.get('year_link_after', ()))})(?!\w)")
#: The first word of a date that counts towards or back from its year (منذ عام 2014، حتى
#: 2030، بحلول 2030، قبل 2020): its year is no time a month after it falls in.
NOT_A_GOVERNING_YEAR = re.compile(r"[وف]?(?:منذ|حتي|بحلول|قبل|بعد|الي|لغايه)(?!\w)")
#: A Hijri month with no year or past or future word after the noun شهر or a time
#: preposition (date_cues.tsv month_time: قبل رمضان، خلال شهر رمضان، في شهر ذي الحجة), or
#: with a Gregorian relative year (رمضان هذا العام، شهر رمضان من العام الماضي: ``grel``):
#: the occurrence nearest the article's date, or the one that begins in that year
#: (:func:`khabar.dates.resolve._hijri_nearest_year`, ``_hijri_year_of_month_in``).
HIJRI_BARE_RE = re.compile(
    rf"(?<!\w)(?:(?P<pre>[وف]?(?:{alternation(DATE_CUES.get('month_time', ()))}))\s+)?"
    rf"(?:[وفبل]?(?P<w>(?:ال|لل)?شهر)\s+)?"
    rf"(?P<month>{alternation(HIJRI_MONTHS, optional_article=True)})(?!\w)"
    rf"(?:\s+(?:من\s+)?(?:(?:ال)(?:عام|سنه)\s+(?P<grel>{'|'.join(RELATIVE_DEICTIC)})"
    rf"|(?P<this>هذا|هذه)\s+(?:العام|السنه))(?!\w))?")
#: A Hijri month's name that is also a common word or a given name (محرم "forbidden", صفر
#: "zero", رجب، شعبان، رمضان names): a month only after شهر, or, for رمضان, after a time
#: preposition when what follows it is no further name (:data:`HIJRI_BARE_NEXT`).
HIJRI_NEEDS_NOUN = frozenset({"محرم", "صفر", "رجب", "شعبان"})
#: What may follow a Hijri month named after a time preposition alone (قبل رمضان بأيام،
#: خلال رمضان، في رمضان من كل عام): the text's end, a punctuation mark, a word with ب or
#: ل, or a function word (checked with :func:`khabar.text.words.is_stop_word`).
HIJRI_BARE_NEXT = re.compile(r"\s*(?:$|[^\w\s]|(?P<word>\w+))")
#: A day of "the same month" (يوم 25 من الشهر ذاته، في 12 من نفس الشهر، الـ23 من الشهر
#: نفسه): that day of the last month the article named before it.
SAME_MONTH_DAY_RE = re.compile(
    r"(?<![\w.,/])(?:ال\s?)?(?P<day>\d{1,2})\s+من\s+"
    r"(?:الشهر\s+(?:ذاته|نفسه)|نفس\s+الشهر)(?!\w)")
#: A decade: the tens of a number word with ينيات or ينات (الثمانينيات، تسعينات),
#: optionally of a century named by its ordinal, its number or a past or present word
#: (ثمانينيات القرن العشرين، سبعينيات القرن الـ19، تسعينيات القرن الماضي، عشرينيات هذا
#: القرن). ``tens`` is a number_words.tsv tens stem (ثمان → 8). Not an age (في
#: العشرينات من عمره "in his twenties").
DECADE_TENS = {normalise(r.form): int(r.value) // 10 for r in _LEX["number_words"]
               if r.role == "tens_stem"}
#: The ordinals a century is named by (القرن التاسع عشر، القرن العشرين).
CENTURY_ORDINALS = {w: n for w, n in ORDINAL_DAYS.items() if 15 <= n <= 21}
DECADE_RE = re.compile(
    rf"(?<!\w)[وفبل]?(?P<body>(?:ال)?(?P<tens>{alternation(DECADE_TENS)})(?:ينيات|ينات))(?!\w)"
    rf"(?!\s+من\s+(?:ال)?عمر)"
    rf"(?:\s+(?:من\s+)?(?:(?P<this>هذا)\s+القرن"
    rf"|القرن\s+(?:(?P<ord>{alternation(CENTURY_ORDINALS)})"
    rf"|(?:ال\s?)?(?P<num>1[5-9]|2[01])|(?P<rel>{'|'.join(RELATIVE_DEICTIC)})))(?!\w))?")
