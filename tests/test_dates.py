"""Dates: the dates case, the seed, one rule per test, and a round-trip property."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from khabar import schema
from khabar.dates import COLUMNS, GREGORIAN_MONTHS, date_rows, dates_frame, extract_dates, scan
from khabar.io import Document, read_text_file
from khabar.text import analyse, normalise

from .conftest import case_runs, long_text

HERE = Path(__file__).resolve().parent
SEED = HERE.parent / "seeds" / "000_60485ece05eeeaab.txt"


def dates_of(text: str, date: str = ""):
    meta = {"date": date} if date else {}
    article = analyse(Document("t", text, "t.txt", "utf-8", meta))
    df = extract_dates(article)
    check_offsets(article, df)
    return df


def check_offsets(article, df):
    assert list(df.columns) == COLUMNS and COLUMNS[:len(schema.DATES)] == schema.DATES
    for row in df.itertuples():
        assert article.text[row.start:row.end] == row.text


def test_dates_case_every_expected_value_and_nothing_else():
    article = analyse(read_text_file(HERE / "fixtures" / "dates.txt"))
    expected = json.loads((HERE / "fixtures" / "dates.expected.json").read_text("utf-8"))
    df = extract_dates(article)
    check_offsets(article, df)
    for e in expected["dates"]:
        rows = df[df["text"].str.contains(e["text_contains"], regex=False)]
        assert len(rows) == 1, e
        allowed = e.get("date_any_of") or [e["date"]]
        assert rows["date"].iloc[0] in allowed, e
    assert len(df) == len(expected["dates"])
    for not_date in expected["not_dates"]:
        assert not any(not_date in t for t in df["text"])


def test_dates_case_hijri_kept_and_converted():
    article = analyse(read_text_file(HERE / "fixtures" / "dates.txt"))
    row = extract_dates(article).set_index("calendar").loc["hijri"]
    assert (row["hijri"], row["date"], row["precision"]) == ("1445-09", "2024-03", "month")
    assert row["text"].endswith("هـ")


def test_seed_dates():
    article = analyse(read_text_file(SEED))
    df = extract_dates(article)
    check_offsets(article, df)
    assert list(zip(df["text"], df["date"])) == [
        ("يوم الثلاثاء 12 يوليو", "2022-07-12"), ("عام 2019", "2019"),
        ("مايو 2021", "2021-05"), ("أكتوبر 2021", "2021-10"), ("يونيو 2022", "2022-06")]
    assert df["year_from"].iloc[0] == "weekday"
    assert not any(("1.2" in t) for t in df["text"])


def test_date_rows_are_named_rows_of_the_table():
    article = analyse(read_text_file(SEED))
    rows = date_rows(article)
    assert {type(r) for r in rows} == {schema.Date}
    assert [(r.date, r.precision) for r in rows] == [
        ("2022-07-12", "day"), ("2019", "year"), ("2021-05", "month"), ("2021-10", "month"),
        ("2022-06", "month")]
    assert all(article.text[r.start:r.end] == r.text for r in rows)
    pd.testing.assert_frame_equal(dates_frame(rows), extract_dates(article))


def test_money_case_dates():
    article = analyse(read_text_file(HERE / "fixtures" / "money.txt"))
    df = extract_dates(article)
    # No document date: العام الماضي keeps its text with an empty date; 2030 is a year, and
    # the preposition بحلول (by) is part of its span (lexicon date_cues.tsv).
    assert list(zip(df["text"], df["date"])) == [("العام الماضي", ""), ("بحلول عام 2030", "2030")]


# --------------------------------------------------------------------------- rules

def test_weekday_picks_the_year_among_those_mentioned():
    # 5 March was a Sunday in 2017 and 2023, a Thursday in 2020.
    text = "بدأت القضية عام 2020 وانتهت عام 2023. وصدر الحكم يوم الأحد 5 مارس."
    assert dates_of(text)["date"].tolist() == ["2020", "2023", "2023-03-05"]
    assert dates_of(text.replace("الأحد", "الخميس"))["date"].tolist()[-1] == "2020-03-05"


def test_weekday_that_fits_no_year_gives_empty_date():
    assert dates_of("في عام 2020. ثم يوم الاثنين 5 مارس.")["date"].tolist() == ["2020", ""]


@pytest.mark.parametrize("phrase, date", [
    ("كانون الثاني/يناير 2020", "2020-01"), ("تشرين الأول 2019", "2019-10"),
    ("مارس (آذار) 2018", "2018-03"), ("12 شباط 2016", "2016-02-12"),
    ("3 من أبريل 2024", "2024-04-03"), ("٠٧/٠٣/٢٠٢٠", "2020-03-07"),
    ("2021-11-30", "2021-11-30"), ("1 رمضان 1445 هـ", "2024-03-11"),
    ("عام 1440 هـ", "2018/2019"), ("سنة 1999", "1999"),
])
def test_forms(phrase, date):
    df = dates_of(f"وقالت الوزارة إن ذلك حدث في {phrase} بحسب البيان.")
    assert df[["text", "date"]].values.tolist() == [[phrase, date]]


def test_year_after_time_preposition_keeps_the_preposition():
    # منذ (since) and حتى (until) change what the date means: they are part of its span
    # (lexicon date_cues.tsv); the conjunction و before حتى is not.
    df = dates_of("تراجعت المبيعات منذ 2015 وحتى 2018.")
    assert df[["text", "date"]].values.tolist() == [["منذ 2015", "2015"], ["حتى 2018", "2018"]]


@pytest.mark.parametrize("phrase, date", [
    ("العام الماضي", "2023"), ("العام المقبل", "2025"), ("هذا العام", "2024"),
])
def test_relative_year_against_document_date(phrase, date):
    text = f"ارتفعت الأسعار {phrase} كثيرًا."
    assert dates_of(text, date="2024-05-01")["date"].tolist() == [date]
    assert dates_of(text)["date"].tolist() == [""]


def test_same_year_refers_back_to_last_explicit_year():
    df = dates_of("وقعت الحادثة عام 2011، وفي العام نفسه استقال الوزير.")
    assert df["date"].tolist() == ["2011", "2011"]


def test_day_month_without_year_uses_document_date_else_empty():
    assert dates_of("وصل الوفد في 12 يوليو.")["date"].tolist() == [""]
    assert dates_of("وصل الوفد في 12 يوليو.", date="2019-08-01")["date"].tolist() == ["2019-07-12"]


@pytest.mark.parametrize("text", [
    "خصصت الحكومة 1.2 مليار دولار.", "ويعمل في الشركة 3200 موظف.", "دفعت الشركة حتى 2000 دولار.",
    "بلغت النسبة 12.5 في المئة.", "الرقم 2019 ليس سنة هنا.", "زار الوفد أب الضحية.",
])
def test_not_dates(text):
    assert dates_of(text).empty


# --------------------------------------------------------------------------- property

DIGITS = ["0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"]
# Month names as written (with hamza), checked against the table's normalised keys.
WRITTEN = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
           "أكتوبر", "نوفمبر", "ديسمبر", "كانون الثاني", "شباط", "آذار", "نيسان", "أيار",
           "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]


@settings(max_examples=200, deadline=None)
@given(day=st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)),
       name=st.sampled_from(WRITTEN), digits=st.sampled_from(DIGITS), with_day=st.booleans())
def test_month_name_dates_round_trip(day, name, digits, with_day):
    month = GREGORIAN_MONTHS[normalise(name)]
    day = day.replace(day=min(day.day, 28), month=month)
    tr = str.maketrans("0123456789", digits)
    phrase = (f"{day.day} " if with_day else "") + f"{name} {day.year}".translate(tr)
    phrase = phrase.translate(tr)
    df = dates_of(f"أعلن المجلس في {phrase} عن القرار.")
    assert df["text"].tolist() == [phrase]
    assert df["date"].iloc[0] == (day.isoformat() if with_day else day.isoformat()[:7])


@pytest.mark.parametrize("text", ["في 45 رمضان 1445 هـ", "في رمضان 1200 هـ", "1445 رمضان 1445"])
def test_impossible_hijri_dates_keep_their_text_and_no_date(text):
    from khabar.io import Document
    from khabar.text import analyse

    df = extract_dates(analyse(Document("h", text, "<test>", "utf-8")))
    for row in df.itertuples(index=False):
        assert text[row.start:row.end] == row.text
    assert df["calendar"].tolist() == ["hijri"] and df["date"].tolist() == [""]


# --------------------------------------------------------------------------- issue 15 §4
# Every text below is written for these tests (no article text).

# dates_names: a month glued to its year (مارس2024), places named after a date (ملعب 5
# جويلية، شارع 26 يوليو) that are no dates, a weekday fixing a relative month's year.
# dates_ordinal: a day written as an ordinal (في الأول من يونيو) after a preposition or a
# weekday; after a noun (الأسبوع الأول من يونيو) no date.
# dates_periods: a period part before a month without a year (موفى جانفي، منتصف أفريل) or
# before a bare year (بنهاية 2024); a month relative to the dateline (الشهر الماضي); the
# first month of a range (من يناير إلى سبتمبر 2027); a fiscal year (السنة المالية الحالية
# 2025/2026).
@pytest.mark.parametrize("name", ["dates_regions", "dates_names", "dates_ordinal",
                                  "dates_periods"])
def test_dates_regions_case(name):
    article = analyse(read_text_file(HERE / "fixtures" / f"{name}.txt"))
    expected = json.loads((HERE / "fixtures" / f"{name}.expected.json").read_text("utf-8"))
    df = extract_dates(article)
    check_offsets(article, df)
    for e in expected["dates"]:
        assert any(e["text_contains"] in t and d == e["date"]
                   for t, d in zip(df["text"], df["date"])), e
    for t in expected.get("not_dates", []):       # as benchmarks/accuracy.py counts it
        assert not any(x.strip() == t or x.startswith(t + " ") for x in df["text"]), t


@pytest.mark.parametrize("text, date", [
    ("عقد المؤتمر في 9 جانفي 2022.", "2022-01-09"),
    ("عقد المؤتمر في 9 فيفري 2022.", "2022-02-09"),
    ("عقد المؤتمر في 9 أفريل 2022.", "2022-04-09"),
    ("عقد المؤتمر في 9 ماي 2022.", "2022-05-09"),
    ("عقد المؤتمر في 9 جوان 2022.", "2022-06-09"),
    ("عقد المؤتمر في 9 جويلية 2022.", "2022-07-09"),
    ("عقد المؤتمر في 9 أوت 2022.", "2022-08-09"),
    ("عقد المؤتمر في 9 يوليوز 2022.", "2022-07-09"),
    ("عقد المؤتمر في 9 غشت 2022.", "2022-08-09"),
    ("عقد المؤتمر في 9 شتنبر 2022.", "2022-09-09"),
    ("عقد المؤتمر في 9 نونبر 2022.", "2022-11-09"),
    ("عقد المؤتمر في 9 دجنبر 2022.", "2022-12-09"),
    ("عقد المؤتمر في 9 تموز/يوليو 2022.", "2022-07-09"),
    ("عقد المؤتمر في 9 يوليو/تموز 2022.", "2022-07-09"),
    ("عقد المؤتمر في 9 مايو أيار 2022.", "2022-05-09"),
    ("عقد المؤتمر في 9 أيار مايو 2022.", "2022-05-09"),
    ("عقد المؤتمر في 09-05-2022.", "2022-05-09"),
    ("عقد المؤتمر في 09.05.2022.", "2022-05-09"),
    ("عقد المؤتمر في ٩/مايو/٢٠٢٢ مساء.", "2022-05-09"),
    ("عقد المؤتمر في 9-أيار-2022 مساء.", "2022-05-09"),     # a site's date line
    ("عقد المؤتمر في 9 - مايو - 2022.", "2022-05-09"),
    ("عقد المؤتمر يوم 9 مايو 2022م.", "2022-05-09"),
])
def test_month_systems_pairs_and_numeric(text, date):
    assert dates_of(text)["date"].tolist() == [date]


def test_relative_month_without_a_reference_is_kept_empty():
    df = dates_of("تراجعت الصادرات خلال الشهر الماضي وتحسنت مايو ويونيو.")
    assert df[["text", "date", "precision"]].values.tolist() == [
        ["خلال الشهر الماضي", "", "month"]]                 # a bare month pair is no date


@pytest.mark.parametrize("text, rows", [
    ("تأخر صرف رواتب شهري مايو ويونيو بسبب التدقيق.",
     [["شهري مايو", "2025-05"], ["يونيو", "2025-06"]]),
    ("حققت الشركة أرباحا في شهر فبراير فاقت التوقعات.", [["شهر فبراير", "2025-02"]]),
    ("ارتفعت الأسعار في شهر مارس الماضي بشدة.", [["شهر مارس الماضي", "2025-03"]]),
    ("بدأت الأشغال في شهر مارس 2024 متأخرة.", [["شهر مارس 2024", "2024-03"]]),
])
def test_month_after_the_noun_shahr(text, rows):
    assert dates_of(text, "2025-08-01")[["text", "date"]].values.tolist() == rows


def test_relative_month_from_the_document_date_across_a_year():
    df = dates_of("تراجعت الصادرات خلال الشهر الماضي وترتفع الشهر المقبل.", "2025-01-05")
    assert df["date"].tolist() == ["2024-12", "2025-02"]


def test_year_with_era_letter_is_in_the_span():
    assert dates_of("تأسست الجمعية سنة 1999م في القرية.")["text"].tolist() == ["سنة 1999م"]


@pytest.mark.parametrize("text, span, date", [
    ("ناقش البرلمان موازنة 2024 أمس.", "2024", "2024"),
    ("صدر قانون المالية 2019 بعد نقاش.", "2019", "2019"),
    ("تسعى الحكومة في أفق 2030 إلى ذلك.", "2030", "2030"),
    ("يتوقع أن ترتفع الأسعار نهاية العام الجاري 2012 بحسب التقرير.", "نهاية العام الجاري 2012",
     "2012"),
    ("تبدأ الأشغال من العام الحالي 2024 حسب الخطة.", "من العام الحالي 2024", "2024"),
    ("تراجع الإنتاج منذ عام 2016 بشكل واضح.", "منذ عام 2016", "2016"),
    ("نوقشت ميزانية البلدية لسنة 2027 في الجلسة.", "لسنة 2027", "2027"),
    ("أقرت الحسابات للعام 2012/2013 أخيرا.", "للعام 2012/2013", "2012/2013"),
    # year ranges after a period noun or بين (ISO 8601 intervals)
    ("تغطي الخطة الفترة 2023-2025 كلها.", "2023-2025", "2023/2025"),
    ("رصدت الوزارة اعتمادات للفترة 2024/2025 كلها.", "2024/2025", "2024/2025"),
    ("نما الاقتصاد خلال السنوات 2016-2019 ببطء.", "2016-2019", "2016/2019"),
    ("نفذت المشاريع بين 2020 و2024 في الجنوب.", "بين 2020 و2024", "2020/2024"),
    ("تضاعف العجز ما بين 2015 و2018 تقريبا.", "بين 2015 و2018", "2015/2018"),
    # two years joined by a dash with no cue before them
    ("وتتضمن الخطة الخمسية 2021-2025 عشرين مشروعا.", "2021-2025", "2021/2025"),
    ("في إطار برنامج التعاون 2014–2017 مع الصندوق.", "2014–2017", "2014/2017"),
    ("وارتفع الدين بين 2016-2017و 2021-2022 كثيرا.", "2021-2022", "2021/2022"),
    # a fiscal year with a relative word before its explicit year
    ("صودق على ميزانية السنة المالية الحالية 2025/2026 أمس.", "2025/2026", "2025/2026"),
    ("تعرض الحكومة موازنة العام المالي القادم 2027 قريبا.", "2027", "2027"),
])
def test_bare_years_relative_years_with_their_year_and_prepositions(text, span, date):
    df = dates_of(text)
    assert [span, date] in df[["text", "date"]].values.tolist()


def test_a_dash_between_numbers_that_are_no_years_is_no_range():
    # A range of prices, an earlier second year, a longer number, a score.
    assert dates_of("تتراوح أسعار الطن بين 1950-2000 دولار هذا الموسم.").empty
    assert dates_of("سجل الرقم 2017-2014 في الدفتر.")["date"].tolist() == []
    assert dates_of("اتصلوا على 2014-2017-5523 للاستفسار.").empty
    assert dates_of("فاز الفريق 2-1 على ضيفه.").empty


def test_between_two_years_not_a_range_unless_the_second_is_later():
    assert dates_of("بين 2020 و2015 شخصا حضروا.").empty
    assert dates_of("زار البلاد في 2015 و2018 مرتين.")["date"].tolist() == ["2015"]


def test_second_year_of_a_pair():
    df = dates_of("تضاعف العدد بين عامي 2011 و2014 بحسب الإحصاء.")
    assert df["date"].tolist() == ["2011", "2014"]


def test_an_amount_after_a_period_noun_is_no_year():
    # موازنة + a number is a year only when the number is not a money figure
    assert dates_of("بلغت موازنة الوزارة 2100 مليون دولار.").empty
    assert dates_of("ارتفعت الموازنة 2050 % في عقد.").empty


@pytest.mark.parametrize("phrase, doc_date, date", [
    ("نهاية يوليو الماضي", "2025-10-14", "2025-07"),
    ("نهاية نوفمبر الماضي", "2025-10-14", "2024-11"),
    ("مطلع مارس المقبل", "2025-10-14", "2026-03"),
    ("مطلع العام", "2025-10-14", "2025"),
    ("نهاية السنة المقبلة", "2025-10-14", "2026"),
])
def test_periods_resolved_against_the_document_date(phrase, doc_date, date):
    text = f"وأوضح المسؤول أن الأشغال تنتهي {phrase} وفق الجدول."
    df = dates_of(text, date=doc_date)
    assert df[["text", "date"]].values.tolist() == [[phrase, date]]
    assert dates_of(text)["date"].tolist() == [""]


def test_range_start_takes_the_year_of_its_end():
    df = dates_of("غطى التقرير الفترة من 1 مارس وحتى 31 أغسطس 2023 كاملة.")
    assert df["date"].tolist() == ["2023-03-01", "2023-08-31"]
    assert df["year_from"].tolist() == ["range end", ""]


def test_dateline_is_the_reference_when_metadata_has_no_date():
    text = ("عنوان قصير للخبر\nالأحد 9 مارس 2025\n"
            "قال المدير إن الموسم بدأ نهاية يناير الماضي وينتهي العام المقبل.")
    df = dates_of(text)
    assert df[["date", "year_from"]].values.tolist() == [
        ["2025-03-09", ""], ["2025-01", "dateline"], ["2026", "dateline"]]
    # a date inside a long first sentence is an event, not the article's date
    long = ("قال المدير في 9 مارس 2015 إن الموسم بدأ نهاية يناير الماضي، وهو تصريح أثار نقاشا "
            "واسعا بين المزارعين في المنطقة.")
    assert dates_of(long)["date"].tolist() == ["2015-03-09", ""]


def test_a_decade_is_the_interval_of_its_ten_years():
    # ثمانينيات القرن العشرين: the century named; القرن الماضي: counted from the document's
    # century; a decade alone: its last occurrence begun by the document's year. No year of
    # a decade is the one a later «العام نفسه» refers to.
    text = ("قال الخبير في عام 2023 إن المدينة تعاني منذ ثمانينيات القرن الماضي من الجفاف، "
            "وإن جذور الأزمة تعود إلى تسعينات القرن العشرين. وفي الستينيات بنيت السدود، "
            "وفي العام نفسه افتتح المصنع، كما ازدهرت الزراعة في سبعينيات القرن التاسع عشر.")
    got = dates_of(text, "2024-05-01")[["text", "date", "year_from"]].values.tolist()
    assert got == [["عام 2023", "2023", ""],
                   ["منذ ثمانينيات القرن الماضي", "1980/1989", "document date"],
                   ["تسعينات القرن العشرين", "1990/1999", ""],
                   ["الستينيات", "1960/1969", "document date"],
                   ["العام نفسه", "2023", "same year as the last explicit year"],
                   ["سبعينيات القرن التاسع عشر", "1870/1879", ""]]
    # With no document date, a decade counted from it stays undated; the named one does not.
    undated = dates_of(text)
    assert undated.set_index("text").loc["منذ ثمانينيات القرن الماضي", "date"] == ""
    assert undated.set_index("text").loc["تسعينات القرن العشرين", "date"] == "1990/1999"
    assert dates_of("ودعا إلى تقليص النفقات بنسبة الثلث.", "2024-05-01").empty
    # A decade alone is the last one over before the document's year: العشرينيات in 2024
    # is the 1920s; an age is no decade.
    assert dates_of("وصورت اللقطة في العشرينيات في حي قديم.", "2024-05-01")[
        "date"].tolist() == ["1920/1929"]
    assert dates_of("وهو رجل في الأربعينيات من عمره يعمل في البناء.", "2024-05-01").empty


def _chunks() -> list[str]:
    """Runs of one to twelve consecutive words of the seed and the dates and money cases:
    real dates, month names, years and figures, to be shuffled into new texts."""
    return case_runs("dates", "dates_regions", "money", "news_money_dates")


_CHUNKS = _chunks()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_CHUNKS), min_size=60, max_size=160),
       st.lists(st.sampled_from(["، ", ". ", "\n", " (", ") ", ": ", "/", " ", " و", "-",
                                 " عام ", " هـ "]), min_size=160, max_size=160))
def test_search_plan_equals_its_plain_twin_on_long_texts(chunks, joints):
    # The search plan (windows around digits, the patterns each can hold, tried at the
    # offsets a match can start; digit runs from a lookup array) against every pattern
    # over the whole text (plain=True): the same rows.
    text = long_text(chunks, joints)
    article = analyse(Document("twin", text, "<hypothesis>", "utf-8"))
    norm = article.normalised.norm
    assert scan._digit_runs(norm) == scan._digit_runs(norm, plain=True)
    assert date_rows(article) == date_rows(article, plain=True)


def test_plain_twin_on_the_seed_and_the_cases():
    # The same equality on the real texts, where the dates are.
    articles = [analyse(read_text_file(SEED))] + [
        analyse(read_text_file(HERE / "fixtures" / f"{n}.txt"))
        for n in ("dates", "dates_regions", "money")]
    for article in articles:
        fast = date_rows(article)
        assert fast and fast == date_rows(article, plain=True)


def test_news_case_year_first_dateline_and_range_of_years():
    # tests/fixtures/news_money_dates: a dateline written year first (2023/11/05, as
    # Gulf sites print it), a range of years (من 2024 إلى 2028: an ISO 8601 interval) and
    # a day glued to its month name (18أيلول/ سبتمبر 2019: web copy that lost a space).
    article = analyse(read_text_file(HERE / "fixtures" / "news_money_dates.txt"))
    expected = json.loads((HERE / "fixtures" / "news_money_dates.expected.json")
                          .read_text("utf-8"))
    df = extract_dates(article)
    check_offsets(article, df)
    for e in expected["dates"]:
        rows = df[df["text"].str.contains(e["text_contains"], regex=False)]
        assert list(rows["date"]) == [e["date"]], e


@pytest.mark.parametrize("text, date", [
    ("صدر القرار بتاريخ 2021/07/15 عن المجلس.", "2021-07-15"),
    ("خطة تمتد من 2025 حتى 2030 للطرق.", "2025/2030"),
    ("خطة 2019-2022 للصحة.", "2019/2022"),  # a period noun, then the range
    ("من 2020 إلى 2019 شخصا", ""),          # the second number is no later year
    ("وصل الوفد في 3تموز 2020 إلى الميناء.", "2020-07-03"),   # day glued to the month
])
def test_year_first_numeric_date_and_year_range(text, date):
    df = dates_of(text)
    assert list(df["date"]) == ([date] if date else [])


@pytest.mark.parametrize("text, date, hijri", [
    # a Saudi fiscal year over two Hijri years, in either order: the Gregorian years
    # they run over (1 Muharram 1445 = 19 July 2023 … 29 Dhu al-Hijjah 1446 in June 2025)
    ("وقع الصندوق اتفاقيات في السنة المالية 1446/1445هـ مع عدة دول.", "2023/2025",
     "1445/1446"),
    ("اعتمدت القروض في ميزانية العام المالي 1433/1434ه للمواطنين.", "2011/2013",
     "1433/1434"),
    ("صدر المرسوم في 1445هـ ونشر لاحقا.", "2023/2024", "1445"),   # a year with هـ, no عام
])
def test_hijri_year_and_fiscal_pair_without_a_year_noun(text, date, hijri):
    df = dates_of(text)
    assert list(zip(df["date"], df["hijri"], df["calendar"])) == [(date, hijri, "hijri")]


def test_a_weekday_that_fits_two_of_the_articles_years_says_so():
    # Invented: 21 December fell on a Wednesday in 2016 and in 2022; the article names
    # both years and has no date of its own.
    text = ("أطلقت الجمعية برنامجها الأول عام 2016 في المدينة.\n"
            "وفي عام 2022 وسعت البرنامج إلى ثلاث محافظات.\n"
            "وسيعقد المؤتمر السنوي يوم الأربعاء 21 ديسمبر في العاصمة.\n")
    article = analyse(Document("d", text, "d.txt", "utf-8", {}))
    row = extract_dates(article).set_index("text").loc["يوم الأربعاء 21 ديسمبر"]
    assert row["date"] == "2022-12-21"                  # the nearer mention
    assert row["year_from"] == "weekday (also fits 2016)"
    # With the document's own year among them there is nothing to doubt.
    dated = analyse(Document("d", text, "d.txt", "utf-8", {"date": "2022-12-01"}))
    assert extract_dates(dated).set_index("text").loc["يوم الأربعاء 21 ديسمبر",
                                                      "year_from"] == "weekday"


@pytest.mark.parametrize("text, expected", [
    # Hijri years marked by a word instead of هـ.
    ("افتتح المسجد عام 1440 هجرية بعد ترميمه.", [("عام 1440 هجرية", "2018/2019", "1440")]),
    ("صدر النظام في 1445 للهجرة.", [("1445 للهجرة", "2023/2024", "1445")]),
    # غرة / فاتح (شهر): the month's first day; ربيع الأنوار is ربيع الأول in the Maghreb.
    ("يبدأ الصيام غرة رمضان 1447 هـ.", [("غرة رمضان 1447 هـ", "2026-02-18", "1447-09-01")]),
    ("احتفلت المدينة في فاتح شهر ربيع الأنوار 1446 هـ بالمولد.",
     [("فاتح شهر ربيع الأنوار 1446 هـ", "2024-09-04", "1446-03-01")]),
])
def test_hijri_marks_first_days_and_maghreb_month_names(text, expected):
    df = dates_of(text)
    assert list(zip(df["text"], df["date"], df["hijri"])) == expected


def test_hijri_day_takes_the_gregorian_equivalent_the_text_gives():
    # The Umm al-Qura calendar puts 29 Dhu al-Hijjah 1445 on 5 July 2024; a country that
    # sighted the moon a day later writes it as 6 July, and the article's own
    # equivalence is the date it means. A stated equivalent days away is another day,
    # and a Hijri date merely near a Gregorian one keeps its conversion.
    df = dates_of("أعلنت الهيئة يوم السبت 29 ذي الحجة 1445 هـ الموافق لـ 6 يوليو 2024 "
                  "عطلة رسمية.")
    assert list(zip(df["text"], df["date"], df["calendar"])) == [
        ("29 ذي الحجة 1445 هـ", "2024-07-06", "hijri"),
        ("6 يوليو 2024", "2024-07-06", "gregorian")]
    df = dates_of("وصل الوفد في 29 ذي الحجة 1445 هـ الموافق 20 يوليو 2024.")
    assert df["date"].tolist() == ["2024-07-05", "2024-07-20"]
    df = dates_of("وصل الوفد في 29 ذي الحجة 1445 هـ، ثم غادر في 6 يوليو 2024.")
    assert df["date"].tolist() == ["2024-07-05", "2024-07-06"]


def test_days_relative_to_the_dateline():
    # A dateline (Sunday 15 February 2026) and the days the article counts from it.
    text = ("الأحد 15 فبراير 2026\n\n"
            "قال المجلس أمس إن اللجنة اجتمعت يوم الخميس الماضي، وإنها ستجتمع الأربعاء المقبل "
            "وصباح غد، وبعد غد. وكان رئيسها قد زار المصنع أول أمس الجمعة.")
    df = dates_of(text)
    assert list(zip(df["text"], df["date"], df["year_from"]))[1:] == [
        ("أمس", "2026-02-14", "dateline"), ("يوم الخميس الماضي", "2026-02-12", "dateline"),
        ("الأربعاء المقبل", "2026-02-18", "dateline"), ("وصباح غد", "2026-02-16", "dateline"),
        ("وبعد غد", "2026-02-17", "dateline"),
        # the weekday named wins over the count: أول أمس is the 13th, a Friday
        ("أول أمس الجمعة", "2026-02-13", "dateline")]
    # A paper dated the day after its news: أمس with the news' weekday is that day.
    df = dates_of("وقعت الوزارة الاتفاق أمس الثلثاء في العاصمة.", date="2026-02-17")
    assert df["date"].tolist() == ["2026-02-17"]
    # Without the document's day the text stays, the date is empty; غد and غدا alone
    # are "the future" and the verb "became", not a day.
    df = dates_of("قالت الهيئة أمس إن المشروع غدا واقعاً من أجل غد أفضل.")
    assert list(zip(df["text"], df["date"])) == [("أمس", "")]
    # اليوم is a day with a weekday or a part of the day; alone it is "nowadays".
    df = dates_of("أعلنت الهيئة اليوم الاثنين أن الأسواق اليوم أهدأ، وتجتمع مساء اليوم.",
                  date="2026-02-16")
    assert list(zip(df["text"], df["date"])) == [("اليوم الاثنين", "2026-02-16"),
                                                 ("مساء اليوم", "2026-02-16")]


def test_a_weekday_in_brackets_after_today_is_that_day():
    df = dates_of("أعلنت الهيئة اليوم (الثلاثاء) خطة للمياه، وتجتمع غدا ( الأربعاء ).",
                  date="2026-02-17")
    assert list(zip(df["text"], df["date"])) == [("اليوم (الثلاثاء)", "2026-02-17"),
                                                 ("غدا ( الأربعاء )", "2026-02-18")]


@pytest.mark.parametrize("years, interval", [("2016/2019", "2016/2019"),
                                             ("2019/2016", "2016/2019"),
                                             ("2026/2025", "2025/2026")])
def test_two_years_with_a_slash_are_the_years_from_the_earlier(years, interval):
    # written to be read right to left, the later year first is the same period
    df = dates_of(f"ونفذت البلدية خطة الفترة {years} بتمويل محلي.")
    assert list(zip(df["text"], df["date"])) == [(years, interval)]


def test_a_wire_dateline_dates_the_relative_days():
    # City, date and the agency's credit open the first paragraph: the article's day.
    # A bracket after a date in a sentence (a weekday) is no credit.
    text = ("المنامة 9 أكتوبر 2025 (وكالة الخليج) - افتتحت الوزارة أمس مركزاً جديداً للتدريب "
            "المهني في العاصمة بكلفة لم تعلن.")
    df = dates_of(text)
    assert list(zip(df["text"], df["date"], df["year_from"]))[1:] == [
        ("أمس", "2025-10-08", "dateline")]
    text = ("وقالت الوزيرة في 9 أكتوبر 2025 (الخميس) إن المركز افتتح أمس بعد تأخير دام "
            "عامين كاملين بسبب التمويل.")
    assert dates_of(text)["date"].tolist() == ["2025-10-09", ""]
    # No credit, only a slash or dash after the date: a dateline after a known place,
    # not after a speaker.
    for sep in ("/", " -", " –"):
        text = (f"المنامة 9 أكتوبر 2025 {sep}افتتحت الوزارة أمس مركزاً جديداً للتدريب "
                "المهني في العاصمة بكلفة لم تعلن.")
        assert dates_of(text)["date"].tolist() == ["2025-10-09", "2025-10-08"]
    text = ("وقالت الوزيرة في 9 أكتوبر 2025 - إن المركز افتتح أمس بعد تأخير دام "
            "عامين كاملين بسبب التمويل.")
    assert dates_of(text)["date"].tolist() == ["2025-10-09", ""]


def test_a_byline_and_a_time_around_a_wire_dateline():
    # Written for this test: a writer's byline before the city, the time after the date.
    text = ("كتب سامي العلي - القاهرة في الثلاثاء 5 مارس 2024 10:15 صباحاً - افتتح وزير النقل "
            "أمس محطة جديدة للحافلات في وسط العاصمة.")
    df = dates_of(text)
    assert list(zip(df["text"], df["date"], df["year_from"])) == [
        ("الثلاثاء 5 مارس 2024", "2024-03-05", ""), ("أمس", "2024-03-04", "dateline")]
    # A speech verb كتب before a date in a sentence is no byline.
    text = ("وكتب الوزير في رسالة إلى النواب في 5 مارس 2024 - قبل أن يفتتح المحطة أمس - إن "
            "المشروع تأخر.")
    assert dates_of(text)["date"].tolist() == ["2024-03-05", ""]


@pytest.mark.parametrize("text, surface", [
    # the same day every year, no one date: the text is kept, the date is empty
    ("ويبدأ موسم الحصاد في الواحة في الأول من أبريل من كل عام.", "الأول من أبريل"),
    ("ويحتفل أهل الجزيرة بعيد البحر في 9 مايو سنويا.", "9 مايو"),
    # a fiscal year's start or end in a sentence that names no year
    ("وتبدأ السنة المالية في بلاد الواحة في الأول من أكتوبر.", "الأول من أكتوبر"),
    ("وينتهي العام المالي للشركة في 30 سبتمبر.", "30 سبتمبر"),
])
def test_a_day_that_recurs_every_year_is_no_one_date(text, surface):
    df = dates_of(text, date="2024-05-20")
    row = df[df["text"] == surface].iloc[0]
    assert row["date"] == "" and row["year_from"] == ""


@pytest.mark.parametrize("text, surface, date", [
    # a relative word, a year in the sentence, or no fiscal year: one date
    ("وتبدأ السنة المالية الجديدة في الأول من أكتوبر المقبل.", "الأول من أكتوبر المقبل",
     "2024-10-01"),
    ("ووقعت الاتفاقية في الأول من أبريل.", "الأول من أبريل", "2024-04-01"),
    ("وتبدأ السنة المالية 2024/2025 في الأول من يوليو.", "الأول من يوليو", "2024-07-01"),
])
def test_a_fiscal_years_day_with_a_year_or_relative_word_is_a_date(text, surface, date):
    df = dates_of(text, date="2024-05-20")
    assert df.loc[df["text"] == surface, "date"].tolist() == [date]


@pytest.mark.parametrize("text, surface, hijri, date", [
    # Gulf budgets write a Hijri fiscal year without هـ after its noun
    ("وخصصت الحكومة 900 مليار ريال في ميزانية السنة المالية 1445-1446.", "1445-1446",
     "1445/1446", "2023/2025"),
    ("وترتفع رواتب السنة المالية 1445 / 1446 بنسبة خمسة في المئة.", "1445 / 1446",
     "1445/1446", "2023/2025"),
    ("وتنتهي أعمال العام المالي الحالي 1446 قريبا.", "1446", "1446", "2024/2025"),
])
def test_a_hijri_fiscal_year_without_its_mark(text, surface, hijri, date):
    row = dates_of(text).set_index("text").loc[surface]
    assert (row["calendar"], row["hijri"], row["date"]) == ("hijri", hijri, date)


def test_a_year_below_1600_after_another_noun_is_no_hijri_fiscal_year():
    assert dates_of("وفي عام 1450 شيد الحصن.").empty


@pytest.mark.parametrize("text, surface, date", [
    # أول + a month after a time preposition: its first day (Egyptian copy)
    ("وافتتح المتحف في أول يناير من العام الجاري.", "أول يناير من العام الجاري",
     "2024-01-01"),
    ("ويبدأ العمل بالقانون في أول يوليو 2025.", "أول يوليو 2025", "2025-07-01"),
])
def test_awwal_and_a_month_is_its_first_day(text, surface, date):
    df = dates_of(text, date="2024-05-20")
    assert df.loc[df["text"] == surface, "date"].tolist() == [date]


def test_awwal_and_a_month_with_no_time_word_is_no_date():
    # مارس is also a verb (he practised): no time preposition, no date
    assert dates_of("وكان أول مارس المهنة في القاهرة.", date="2024-05-20").empty


def test_a_past_month_with_its_weekday_is_never_after_the_articles_latest_month():
    # no document date: 19 November 2026 is a Thursday, but a November qualified as past
    # in a text about March 2026 is not after it; 20 November 2025 (a Thursday) is
    text = "صدر التقرير في مارس 2026، وذكر أن المعرض افتتح يوم الخميس {} نوفمبر الماضي."
    assert dates_of(text.format(19))["date"].tolist() == ["2026-03", ""]
    assert dates_of(text.format(20))["date"].tolist() == ["2026-03", "2025-11-20"]
    # with the document's date, the last November before it
    assert dates_of(text.format(20), "2026-03-09")["date"].tolist()[-1] == "2025-11-20"
    # a coming month keeps its year
    assert dates_of("افتتح المعرض في 2025 ويغلق يوم الخميس 13 نوفمبر المقبل.")[
        "date"].tolist()[-1] == "2025-11-13"


def test_a_year_written_in_words():
    df = dates_of("وبدأ بناء الجسر عام ألفين وخمسة وعشرين، وتأسست البلدة في سنة ألف "
                  "وتسعمائة وثمانية، ثم عام ألفين.")
    assert df["date"].tolist() == ["2025", "1908", "2000"]
    assert df["text"].tolist() == ["عام ألفين وخمسة وعشرين", "سنة ألف وتسعمائة وثمانية",
                                   "عام ألفين"]
    # a count of years is no year
    assert dates_of("وعاش ألفين وخمسة أشخاص هناك.").empty


def test_a_dual_relative_word_after_two_months():
    # الماضيين / المقبلين qualify the two months before them (the first takes the second's
    # year); two years or days are no date
    assert dates_of("وارتفعت الأسعار بين أكتوبر ونوفمبر الماضيين.", "2026-03-10")[
        "date"].tolist() == ["2025-10", "2025-11"]   # October of November's year
    assert dates_of("وستنخفض في يناير وفبراير المقبلين.", "2026-03-10")[
        "date"].tolist() == ["2027-01", "2027-02"]
    assert dates_of("وارتفعت الأسعار خلال العامين الماضيين.", "2026-03-10").empty


def _dated(text, date=""):
    return [tuple(r) for r in dates_of(text, date)[["text", "date", "year_from"]].values]


def test_a_month_alone_after_a_time_preposition_is_its_nearest_occurrence():
    # the occurrence of the month nearest to the document's month (docs/arabic.md, "Dates")
    assert _dated("وبدأت الأشغال في ديسمبر بتمويل محلي.", "2026-01-20") == [
        ("ديسمبر", "2025-12", "document date")]
    assert _dated("وستفتتح القاعة في أيار بحضور الوزير.", "2026-03-02") == [
        ("أيار", "2026-05", "document date")]
    assert _dated("وتتواصل الحملة منذ آذار/مارس في المدن.", "2026-09-01") == [
        ("منذ آذار/مارس", "2026-03", "document date")]
    # no document date: the row keeps its text, its date is not guessed …
    assert _dated("وبدأت الأشغال في ديسمبر بتمويل محلي.") == [("ديسمبر", "", "")]
    # … unless the article names that month with its year
    assert _dated("وفي ديسمبر 2024 زار الوفد المدينة، وبدأت الأشغال منذ ديسمبر.")[1] == (
        "منذ ديسمبر", "2024-12", "same month named with its year")


def test_a_month_alone_elsewhere_is_no_date():
    # مارس "practised", نيسان a make of car, an English name in Latin script
    assert dates_of("ومارس اللاعب الرياضة طويلا.", "2026-01-20").empty
    assert dates_of("واشترى سيارة من نيسان المحلية.", "2026-01-20").empty
    assert dates_of("وقالت الشركة في May إنها ستتوسع.", "2026-01-20").empty


def test_two_months_alone_a_pair_or_a_range():
    # من … إلى and بين … و open a range; the first month takes the second's year, the
    # year before when the range runs over the new year
    assert _dated("وتمتد الحملة من نوفمبر إلى فبراير في القرى.", "2026-06-01") == [
        ("نوفمبر", "2025-11", "document date"), ("فبراير", "2026-02", "document date")]
    assert _dated("وارتفعت المبيعات بين مايو وسبتمبر.", "2026-10-03") == [
        ("مايو", "2026-05", "document date"), ("سبتمبر", "2026-09", "document date")]
    assert [d for _, d, _ in _dated("وتراجعت الصادرات في شهري يونيو ويوليو.", "2026-08-03")] \
        == ["2026-06", "2026-07"]


def test_a_hijri_month_with_a_past_or_future_word():
    # the Hijri year from the document's date on the Umm al-Qura calendar
    df = dates_of("وتراجعت المبيعات في رمضان الماضي بنسبة طفيفة.", "2025-06-10")
    assert df[["text", "date", "precision", "calendar", "hijri", "year_from"]].values.tolist() \
        == [["رمضان الماضي", "2025-03", "month", "hijri", "1446-09", "document date"]]
    df = dates_of("وتوزع الجمعية السلال خلال شهر رمضان المقبل.", "2025-06-10")
    assert df[["text", "hijri", "date"]].values.tolist() == [
        ["خلال شهر رمضان المقبل", "1447-09", "2026-02"]]
    # written in Ramadan itself: the past Ramadan is the one a year before
    assert dates_of("وكانت الأسعار أدنى في رمضان الماضي.", "2025-03-15")["hijri"].tolist() \
        == ["1445-09"]
    # only the document's month known (March 2025 began in Ramadan 1446 and ended in
    # Shawwal): a year only where both ends of the month agree
    assert dates_of("وعادت الأسعار بعد شوال الماضي.", "2025-03")["hijri"].tolist() == [
        "1445-10"]
    assert dates_of("وعادت الأسعار بعد رمضان الماضي.", "2025-03")["date"].tolist() == [""]
    # no document date: not guessed
    assert dates_of("وتراجعت المبيعات في رمضان الماضي.")[["date", "hijri"]].values.tolist() \
        == [["", ""]]


def test_a_day_then_min_and_the_noun_shahr_before_the_month():
    # 22 من شهر ديسمبر 2025: the day is kept, Gregorian or Hijri
    df = dates_of("عقدت الهيئة جلستها يوم الأحد 03 من شهر شعبان لعام 1446هـ الموافق 2 من شهر "
                  "فبراير لعام 2025م في مقرها.")
    assert df[["date", "precision", "calendar", "hijri"]].values.tolist() == [
        ["2025-02-02", "day", "hijri", "1446-08-03"], ["2025-02-02", "day", "gregorian", ""]]
    assert dates_of("وافتتح المعرض في 7 من شهر مايو 2024.")["date"].tolist() == ["2024-05-07"]


def test_a_weekday_with_a_feminine_relative_word():
    # الجمعة المقبلة / الأحد الماضية: the relative word agrees in the feminine
    # (2025-06-10 is a Tuesday)
    assert _dated("وتقام المباراة الجمعة المقبلة في الملعب.", "2025-06-10") == [
        ("الجمعة المقبلة", "2025-06-13", "document date")]
    assert _dated("وكانت الوزارة أعلنت ذلك الأحد الماضية.", "2025-06-10") == [
        ("الأحد الماضية", "2025-06-08", "document date")]


def test_a_part_of_a_year_counted_by_an_ordinal_is_an_interval_of_months():
    # الربع / الثلث / النصف (and the Maghreb's الثلاثي، السداسي) with an ordinal, من and a
    # year: the months it spans, as an ISO 8601 interval
    assert _dated("وتراجعت الصادرات في الربع الأول من 2023 بشكل حاد.") == [
        ("الربع الأول من 2023", "2023-01/2023-03", "")]
    assert _dated("وارتفع الدين في الثلث الأول من عام 2019.")[0][:2] == (
        "الثلث الأول من عام 2019", "2019-01/2019-04")
    assert _dated("وتحسنت المداخيل في السداسي الثاني من العام الماضي.", "2026-02-01") == [
        ("السداسي الثاني من العام الماضي", "2025-07/2025-12", "document date")]
    # ل instead of من before the year noun; هذه / تلك السنة
    assert _dated("وتراجعت البطالة خلال الثلاثي الثاني لسنة 2022 بشكل طفيف.")[0][:2] == (
        "خلال الثلاثي الثاني لسنة 2022", "2022-04/2022-06")
    assert _dated("وارتفع النمو في الربع الثالث من هذه السنة.", "2026-02-01")[0][1] == \
        "2026-07/2026-09"
    # a relative year with its year written after it: that year
    assert _dated("ويبدأ البناء في الربع الثاني من العام الجاري 2027.", "2026-02-01") == [
        ("الربع الثاني من العام الجاري 2027", "2027-04/2027-06", "")]
    assert _dated("ويبدأ الإنتاج خلال الربع الأخير من العام.", "2026-02-01") == [
        ("خلال الربع الأخير من العام", "2026-10/2026-12", "document date")]
    # half a month, a fifth quarter, a part with no year: no interval
    assert dates_of("وتراجعت الأسعار في النصف الثاني من مارس 2024.")["date"].tolist() == [
        "2024-03"]
    assert dates_of("وسجلت الشركة في الربع الخامس من 2024 أرباحا.")["date"].tolist() == []
    assert dates_of("وسجلت الشركة أرباحا في الربع الأول.", "2026-02-01").empty



def test_a_part_of_a_fiscal_year_is_no_interval_of_calendar_months():
    # الربع الثالث من السنة المالية: the year may start in July (Egypt) or in April, so the
    # quarter is no three calendar months; the fiscal year with its years stays a row
    doc = "2024-03-03"
    assert dates_of("وارتفع النمو في الربع الثالث من السنة المالية الحالية.", doc).empty
    assert dates_of("وتراجع العجز في النصف الأول من العام المالي الجاري.", doc).empty
    assert _dated("وبلغ النمو 2% في الربع الأول من العام المالي 2023-2024.", doc) == [
        ("2023-2024", "2023/2024", "")]
    # the calendar year alone still gives its months
    assert _dated("وبلغ النمو 2% في الربع الأول من العام الجاري.", doc)[0][1] == \
        "2024-01/2024-03"

def test_a_hijri_month_with_a_gregorian_year():
    # رمضان 2026: the Ramadan that begins in 2026 (1447, from 18 February)
    df = dates_of("وتستعد الوزارة لاستقبال شهر رمضان 2026 بخطة جديدة.")
    assert df[["text", "date", "calendar", "hijri"]].values.tolist() == [
        ["رمضان 2026", "2026-02", "hijri", "1447-09"]]
    assert dates_of("وفي 10 ذي الحجة 2024 اكتمل الموسم.")["hijri"].tolist() == ["1445-12-10"]
    # two Ramadans begin in 2030 (January and December): no one month
    assert dates_of("وتوقف النشاط خلال رمضان 2030.").empty


def test_a_weekday_a_month_a_day_and_a_year_without_a_comma():
    # a site's date line (الأربعاء , مارس 12 2025); without the weekday, the comma is needed
    assert _dated("الأربعاء , مارس 12 2025") == [("الأربعاء , مارس 12 2025", "2025-03-12", "")]
    assert _dated("الخميس، يناير 9, 2025")[0][1] == "2025-01-09"
    assert not any(d == "2025-03-12" for _, d, _ in _dated("وسجل مارس 12 2025 شخصا."))


def test_a_day_of_a_relative_month():
    # في 20 من الشهر الجاري / في الثامن من الشهر المقبل: that day of the month counted from
    # the document's
    assert _dated("وتنطلق الدورة في 20 من الشهر الجاري بمشاركة واسعة.", "2025-01-10") == [
        ("20 من الشهر الجاري", "2025-01-20", "document date")]
    assert _dated("ويقام الحفل في الثامن من الشهر المقبل.", "2025-01-10") == [
        ("الثامن من الشهر المقبل", "2025-02-08", "document date")]
    assert _dated("ووقع الحادث يوم 5 من الشهر الماضي.", "2025-01-10")[0][1] == "2024-12-05"
    # no such day, an ordinal after a noun, a count: no day
    assert _dated("ويبدأ المعرض في 30 من الشهر المقبل.", "2025-01-10")[0][1] == ""
    assert _dated("وتبدأ في الأسبوع الثاني من الشهر المقبل.", "2025-01-10") == [
        ("الشهر المقبل", "2025-02", "document date")]
    assert _dated("وغادر 20 من الشهر الماضي.", "2025-01-10")[0][:2] == ("الشهر الماضي", "2024-12")


def test_the_first_day_of_a_range_of_days_in_one_month():
    # من 1 إلى 15 مارس 2024، بين 3 و5 أكتوبر المقبل، 12-15 يونيو: the first day takes the
    # second's month and year
    assert _dated("وتقام الدورة في الفترة من 4 إلى 9 مارس 2024 في العاصمة.") == [
        ("4", "2024-03-04", "range end"), ("9 مارس 2024", "2024-03-09", "")]
    assert [d for _, d, _ in _dated("وتجري الانتخابات بين 3 و5 أكتوبر المقبل.", "2025-06-10")] \
        == ["2025-10-03", "2025-10-05"]
    assert [d for _, d, _ in _dated("وينعقد المؤتمر 12-15 يونيو 2023.")] == [
        "2023-06-12", "2023-06-15"]
    # a number that is part of a larger one, or not before the second day, is no day
    assert [d for _, d, _ in _dated("وبلغ العدد 1250 و15 مارس 2024 موعد التقرير.")] == [
        "2024-03-15"]
    assert [d for _, d, _ in _dated("وتمتد من 20 إلى 5 مارس 2024.")] == ["2024-03-05"]


def test_every_day_of_a_list_of_days_in_one_month():
    # في 4 و5 و6 مارس 2024، أيام 8، 9 و10 مارس: each earlier day of the list, not only the
    # one before the last, takes the last's month and year
    assert _dated("وتعقد اللجنة جلساتها في 4 و5 و6 مارس 2024 بالمقر.") == [
        ("4", "2024-03-04", "range end"), ("5", "2024-03-05", "range end"),
        ("6 مارس 2024", "2024-03-06", "")]
    assert [d for _, d, _ in _dated("وتتواصل العروض أيام 8، 9 و10 مارس 2024.")] == [
        "2024-03-08", "2024-03-09", "2024-03-10"]
    # a day of a relative month or of the current one with days listed before it
    assert [d for _, d, _ in _dated("ويلتقي الوفدان في 21 و22 من الشهر المقبل.",
                                    "2025-01-10")] == ["2025-02-21", "2025-02-22"]
    assert [d for _, d, _ in _dated("وتجري التصفيات يومي 17 و18 الجاري.", "2025-06-10")] \
        == ["2025-06-17", "2025-06-18"]
    # a count before the list is no day: only smaller days in order join it
    assert [d for _, d, _ in _dated("وشارك 30 و4 و5 مارس 2024 موعدان.")] == [
        "2024-03-04", "2024-03-05"]


def test_a_day_of_the_current_month_with_the_month_left_out():
    # يوم 14 الجاري، في الـ20 من الجاري: that day of the document's month
    assert _dated("وتنطلق الحملة يوم 14 الجاري في كل المحافظات.", "2025-06-10") == [
        ("14 الجاري", "2025-06-14", "document date")]
    assert _dated("ويعقد المجلس جلسته في الـ20 من الجاري.", "2025-06-10") == [
        ("الـ20 من الجاري", "2025-06-20", "document date")]
    # الـ 20 with a space after the tatweel (Gulf copy): the same day, the article in the span
    assert _dated("ويعقد المجلس جلسته في الـ 20 من الجاري.", "2025-06-10") == [
        ("الـ 20 من الجاري", "2025-06-20", "document date")]
    assert _dated("وتمتد المهلة حتى الـ 9 من الشهر المقبل.", "2025-06-10")[0][1] == "2025-07-09"
    # a count before الجاري is no day; no document date: not guessed
    assert dates_of("وصل 14 الجاري إلى المدينة.", "2025-06-10").empty
    assert _dated("وتنطلق الحملة يوم 14 الجاري.") == [("14 الجاري", "", "")]


def test_an_ordinal_day_after_min():
    # اعتبارا من الأول من يناير المقبل: من opens the ordinal day as a time preposition does
    assert _dated("ويطبق القرار اعتبارا من الأول من يناير المقبل.", "2025-06-10") == [
        ("الأول من يناير المقبل", "2026-01-01", "document date")]


def test_a_month_alone_after_mundhu_and_the_father_that_is_no_august():
    # منذ: since a month not after the document's (June: last August, this January)
    assert _dated("وتتواصل الأشغال منذ آب في الحي.", "2025-06-10") == [
        ("منذ آب", "2024-08", "document date")]
    assert _dated("وتتواصل الأشغال منذ يناير في الحي.", "2025-06-10")[0][1] == "2025-01"
    # أب "a father" is آب once normalised: only the madda makes the month
    assert dates_of("وتحول إلى أب لثلاثة أطفال.", "2025-06-10").empty
    assert _dated("وستبدأ الأشغال في آب.", "2025-06-10") == [("آب", "2025-08", "document date")]


def test_a_month_alone_takes_the_year_named_before_it_in_its_clause():
    # in the clause of an explicit year the month is of that year, not the one nearest
    # the article's date (docs/arabic.md, "Dates")
    assert _dated("وفي عام 2017 افتتحت البلدية السوق في أبريل.", "2025-06-10") == [
        ("عام 2017", "2017", ""), ("أبريل", "2017-04", "year named before in the sentence")]
    # across a comma only with a link word: منه after the month, تحديدا before it
    assert _dated("وفي عام 2021، وفي أكتوبر منه بدأت الأشغال.", "2025-06-10")[1][1] == "2021-10"
    assert _dated("وخلال 2016 وتحديدا في شهر يوليو غادر البلاد.", "2025-06-10")[1][1] \
        == "2016-07"
    assert _dated("وفي العام الماضي، وبالتحديد في فبراير زار الوفد.", "2025-06-10")[1][1] \
        == "2024-02"
    # a range in that year runs over the new year, a day and month take the year too
    assert [d for _, d, _ in _dated("وفي سنة 2018 أغلقت المدارس من ديسمبر إلى مارس.",
                                    "2025-06-10")] == ["2018", "2018-12", "2019-03"]
    assert _dated("وفي عام 2015 وقعت البلدان الاتفاق في 9 نوفمبر.", "2025-06-10")[1][1] \
        == "2015-11-09"
    # no link past a comma, a year after a period noun, منذ: the nearest occurrence again
    assert _dated("وبلغ العجز 4% في 2022، وفي يناير تراجع.", "2025-06-10")[-1][1] == "2025-01"
    assert _dated("وقال إن رؤية 2035 ستبدأ في يناير.", "2025-06-10")[-1][1] == "2025-01"
    assert _dated("ويعمل منذ عام 2012 وفي مارس سافر.", "2025-06-10")[-1][1] == "2025-03"
    # another sentence: not governed
    assert _dated("وتأسس النادي عام 1990. وفي مارس فاز بالكأس.", "2025-06-10")[-1][1] \
        == "2025-03"


def test_a_hijri_month_alone_is_its_occurrence_nearest_the_article_date():
    # 2025-06-10 is in Dhu al-Hijjah 1446: the nearest Ramadan is 1446's (three months
    # back), the nearest Safar 1447's (two months on); docs/arabic.md, "Dates"
    df = dates_of("وتضاعفت الطلبات قبل رمضان بأسبوعين.", "2025-06-10")
    assert df[["text", "date", "calendar", "hijri", "year_from"]].values.tolist() == [
        ["قبل رمضان", "2025-03", "hijri", "1446-09", "document date"]]
    assert dates_of("وسافر الوفد في شهر صفر إلى الرباط.", "2025-06-10")["hijri"].tolist() \
        == ["1447-02"]
    assert dates_of("وتنشط الأسواق خلال شهر رمضان.", "2025-12-20")["hijri"].tolist() \
        == ["1447-09"]
    # with this or last year: the month of that name that begins in that year
    assert dates_of("وجاء رمضان هذا العام في الشتاء.", "2026-05-01")["hijri"].tolist() \
        == ["1447-09"]
    assert dates_of("وزادت التبرعات في شهر رمضان من العام الماضي.", "2026-05-01")[
        "hijri"].tolist() == ["1446-09"]
    # no article date, every year's month, a name or a common word: no date
    assert dates_of("وتنشط الأسواق خلال شهر رمضان.")["date"].tolist() == [""]
    assert dates_of("وترتفع الأسعار في رمضان من كل عام.", "2025-06-10")["date"].tolist() \
        == [""]
    assert dates_of("ووضع المدرب ثقته في رمضان عادل.", "2025-06-10").empty
    assert dates_of("وبلغت نسبة البطالة صفر في المئة.", "2025-06-10").empty
    assert dates_of("وقال إن ذلك محرم شرعا.", "2025-06-10").empty


@pytest.mark.parametrize("text, date", [
    ("وارتفعت المبيعات في الأشهر الخمسة الأولى من سنة 2019.", "2019-01/2019-05"),
    ("وتراجع العجز خلال الأشهر الثمانية الأولى من العام الماضي.", "2024-01/2024-08"),
    ("وسجلت الشركة أرباحا في الأشهر الأربعة الأخيرة من 2022.", "2022-09/2022-12"),
    ("وبلغت الواردات في الـ10 أشهر الأولى من العام الجاري رقما قياسيا.", "2025-01/2025-10"),
    ("وفي أول سبعة أشهر من عام 2021 تضاعفت.", "2021-01/2021-07"),
    ("وفي الشهرين الأولين من 2020 توقفت.", "2020-01/2020-02"),
])
def test_the_first_or_last_months_of_a_year_counted_by_a_number(text, date):
    # an ISO 8601 interval of the months, as for الربع الأول من 2024 (docs/arabic.md, "Dates")
    assert dates_of(text, "2025-06-10")["date"].tolist() == [date]


def test_the_first_months_of_a_fiscal_year_or_of_an_event_are_no_interval():
    assert dates_of("وفي الأشهر الستة الأولى من السنة المالية الحالية.", "2025-06-10").empty
    assert dates_of("وفي الأشهر الثلاثة الأولى من الأزمة تراجع.", "2025-06-10").empty
    # fifteen months are more than a year: no interval of its months
    assert dates_of("وفي الأشهر الخمسة عشر الأولى من 2020.", "2025-06-10").empty


def test_the_same_year_after_a_relative_date_is_that_date_s_year():
    # من نفس العام after شهر أيلول الماضي (2024 for an article of 2025-02) is 2024, not the
    # 2021 written in an earlier sentence (docs/arabic.md, "Dates")
    assert _dated("وبلغ الإنتاج ذروته في شهر آب من عام 2021. وتراجع خلال شهر أيلول الماضي "
                  "بنسبة طفيفة قياسا بتموز من نفس العام.", "2025-02-12") == [
        ("شهر آب من عام 2021", "2021-08", ""),
        ("خلال شهر أيلول الماضي", "2024-09", "document date"),
        ("من نفس العام", "2024", "same year as the last year named")]
    # after an explicit year with nothing between, that year as before
    assert _dated("وفي العام الماضي زار الوفد البلاد. وفي عام 2019 عاد في مارس من العام "
                  "نفسه.", "2025-02-12")[-1] == (
        "مارس من العام نفسه", "2019-03", "same year as the last explicit year")


def test_a_day_before_a_hijri_month_with_a_future_word_is_kept():
    # 2025-06-10 is in Dhu al-Hijjah 1446: the next Rabi al-Awwal is 1447's
    df = dates_of("وأرجأت المحكمة النظر في الدعوى إلى 12 ربيع الأول المقبل.", "2025-06-10")
    assert df[["text", "date", "precision", "hijri"]].values.tolist() == [
        ["12 ربيع الأول المقبل", "2025-09-04", "day", "1447-03-12"]]
    assert dates_of("وتنطلق الدورة في 3 من شهر صفر القادم.", "2025-06-10")["hijri"].tolist() \
        == ["1447-02-03"]


def test_a_day_of_the_article_s_month_with_a_future_or_past_word():
    # counted from the article's day: still to come this month, or gone by this month
    assert _dated("ويعقد المؤتمر في التاسع من كانون الثاني المقبل.", "2026-01-03") == [
        ("التاسع من كانون الثاني المقبل", "2026-01-09", "document date")]
    assert _dated("وكان الوفد قد وصل يوم 4 مارس الماضي.", "2026-03-11")[0][1] == "2026-03-04"
    # the day already gone by (future) or still to come (past): a year on or back
    assert _dated("ويعقد المؤتمر في 2 يناير المقبل.", "2026-01-20")[0][1] == "2027-01-02"
    assert _dated("وكان الوفد قد وصل يوم 25 مارس الماضي.", "2026-03-11")[0][1] \
        == "2025-03-25"
    # only the article's month known: as before, a month on or back
    assert _dated("ويعقد المؤتمر في التاسع من يناير المقبل.", "2026-01")[0][1] == "2027-01-09"


def test_an_ordinal_day_after_al_muwafiq():
    # اليوم الموافق ("the day corresponding to") before an ordinal day, as Sudanese copy
    # writes it: the day is kept
    assert _dated("وانطلقت القافلة اليوم الموافق الثاني والعشرين من مارس لعام 2024.") == [
        ("الثاني والعشرين من مارس لعام 2024", "2024-03-22", "")]


def test_a_day_of_the_same_month_is_of_the_last_month_dated():
    assert _dated("وتقام مباراة الذهاب يوم 14 أغسطس المقبل على أن يقام الإياب يوم 21 من "
                  "الشهر ذاته.", "2026-07-02") == [
        ("14 أغسطس المقبل", "2026-08-14", "document date"),
        ("21 من الشهر ذاته", "2026-08-21", "same month as the last month named")]
    assert _dated("وافتتح المعرض في 3 مايو 2019، وأغلق أبوابه في الـ28 من نفس الشهر.")[-1] \
        == ("الـ28 من نفس الشهر", "2019-05-28", "same month as the last month named")
    # no month before it, or a day the month lacks: not dated
    assert _dated("وأغلق المعرض أبوابه في 28 من نفس الشهر.", "2026-07-02")[-1][1] == ""
    assert _dated("وافتتح المعرض في 3 فبراير 2019، وأغلق في 30 من الشهر نفسه.")[-1][1] == ""


def test_hijri_month_in_a_habitual_sentence_is_no_one_month():
    # كل سنة / عادة anywhere in a sentence with no year: every year's month, no date
    df = dates_of("وينظم النادي أمسية كل سنة ترحيبا بشهر رمضان.", "2025-06-10")
    assert df[["text", "date"]].values.tolist() == [["شهر رمضان", ""]]
    assert dates_of("وتزدحم المخابز خلال شهر رمضان عادة.", "2025-06-10")["date"].tolist() == [""]
    # a year in the sentence keeps it one month: the one that began in that year
    df = dates_of("وفي عام 2024 نظم النادي أمسية كل سنة خلال شهر رمضان.", "2025-06-10")
    assert df[["date", "hijri"]].values.tolist()[-1] == ["2024-03", "1445-09"]


def test_hijri_month_opening_its_clause_before_a_verb():
    # وفي رمضان تراجعت: the phrase opens its clause, a verb follows
    df = dates_of("وفي رمضان تراجعت مبيعات الملابس.", "2025-06-10")
    assert df[["date", "hijri"]].values.tolist() == [["2025-03", "1446-09"]]
    # mid-clause, a word after it is still a second name
    assert dates_of("وتحدث بعد رمضان صبحي المدرب.", "2025-06-10").empty


def test_second_year_of_a_pair_across_a_comma():
    df = dates_of("وتوج المنتخب بالكأس عامي 1987، و2003.")
    assert df["date"].tolist() == ["1987", "2003"]


def test_hijri_month_named_alone_takes_the_year_named_before_it():
    # في عام 2019 … خلال رمضان: the Ramadan that began in 2019, not the nearest one
    df = dates_of("وفي عام 2019 افتتحت البلدية السوق خلال شهر رمضان.", "2025-06-10")
    assert df[["date", "hijri", "year_from"]].values.tolist()[-1] == \
        ["2019-05", "1440-09", "year named before in the sentence"]
    # across a clause break with no link word, the nearest one, as for a Gregorian month
    df = dates_of("وفي عام 2019 افتتحت البلدية السوق، وتزدحم خلال شهر رمضان.", "2025-06-10")
    assert df["date"].tolist()[-1] == "2025-03"


@pytest.mark.parametrize("text,surface,date,hijri", [
    ("وتبدأ الدراسة في 26/12/1438هـ للطلاب.", "26/12/1438هـ", "2017-09-17", "1438-12-26"),
    ("وتبدأ الدراسة يوم الأحد الموافق 26 / 12 / 1438 هـ.", "26 / 12 / 1438 هـ", "2017-09-17",
     "1438-12-26"),
    ("وصدر القرار بتاريخ 1438/12/26هـ.", "1438/12/26هـ", "2017-09-17", "1438-12-26"),
    # no mark, but a year no Gregorian date of the news has: Hijri
    ("وصدر القرار بتاريخ 14/8/1434 من قبل المجلس.", "14/8/1434", "2013-06-23", "1434-08-14"),
    # a slash with spaces on each side is a date in the Gregorian calendar too
    ("وصدر القرار بتاريخ 9 / 3 / 2021 من قبل المجلس.", "9 / 3 / 2021", "2021-03-09", ""),
    # the space on one side of each slash, not the same side twice (official Gulf copy)
    ("وصدر التعميم بتاريخ ٤/ ٣ /١٤٤٠هـ للجهات.", "٤/ ٣ /١٤٤٠هـ", "2018-11-12", "1440-03-04"),
    ("وصدر التعميم بتاريخ 4 /3/ 2019 للجهات.", "4 /3/ 2019", "2019-03-04", ""),
])
def test_a_numeric_hijri_date(text, surface, date, hijri):
    # 26/12/1438هـ is the 26th of Dhu al-Hijja 1438, never the year 1438 of the Gregorian
    # calendar
    df = dates_of(text)
    assert df[["text", "date", "hijri"]].values.tolist() == [[surface, date, hijri]]


def test_every_year_of_a_list_after_a_year_noun():
    # السنوات 2015 و2016 و2017، الأعوام 2011، 2012 و2013: every year of the list, not the
    # first alone; the dual's meaning with the singular noun (عام 2016 و2018) and سنتي too
    assert [d for _, d, _ in _dated("وتراجعت الصادرات خلال السنوات 2015 و2016 و2017.")] == [
        "2015", "2016", "2017"]
    assert [d for _, d, _ in _dated("وارتفعت الأسعار في الأعوام 2011، 2012 و2013.")] == [
        "2011", "2012", "2013"]
    assert [d for _, d, _ in _dated("وفي عام 2016 و2018 نظمت البلدية المعرض.")] == [
        "2016", "2018"]
    assert [d for _, d, _ in _dated("وتضاعف الإنتاج خلال سنتي 2012 و2014.")] == [
        "2012", "2014"]
    # a count after the year is no year: a money figure keeps its number
    assert [d for _, d, _ in _dated("ومنذ عام 2016 و1900 عامل ينتظرون.")] == ["2016"]


def test_a_hijri_month_with_an_epithet_before_its_year():
    # رمضان المبارك من عام 1442هـ: the epithet does not cut the month from its year
    df = dates_of("وفي شهر رمضان المبارك من عام 1442هـ وزعت الجمعية السلال.", "2026-06-01")
    assert df[["date", "hijri", "year_from"]].values.tolist() == [["2021-04", "1442-09", ""]]
    assert dates_of("وفي محرم الحرام 1441 هـ افتتح المسجد.")["hijri"].tolist() == ["1441-01"]


def test_a_hijri_year_after_a_gregorian_relative_year_and_alone():
    # هذا العام 1443هـ: the Hijri year, which runs from August 2021 to July 2022
    df = dates_of("وبلغ عدد الحجاج في موسم هذا العام 1443هـ مليون حاج.", "2022-07-10")
    assert df[["date", "hijri", "calendar"]].values.tolist() == [["2021/2022", "1443", "hijri"]]
    # a Hijri year that lies in one Gregorian year is that year
    assert dates_of("وافتتح المسجد عام 1429 هـ.")["date"].tolist() == ["2008"]


def test_the_unix_epoch_on_a_date_line_is_no_dateline():
    # 1 يناير 1970: what a site shows for an empty date; أمس is then not dated by it
    text = "الصحة: إصابات جديدة\n\n1 يناير 1970 05:04 م\n\nأعلنت الوزارة أمس رصد إصابات جديدة."
    assert dates_of(text)[["text", "date"]].values.tolist()[-1] == ["أمس", ""]
    text = text.replace("1 يناير 1970", "1 مارس 2020")
    assert dates_of(text)[["text", "date"]].values.tolist()[-1] == ["أمس", "2020-02-29"]


def test_days_in_brackets_joined_by_wa_before_their_month():
    # يومي (3) و (4) نوفمبر: each day in its own brackets, و with a space on each side; the
    # brackets belong to the day's span and the earlier day takes the last one's month
    assert _dated("وتقام الدورة يومي (3) و (4) نوفمبر 2025 بالمعهد.") == [
        ("(3)", "2025-11-03", "range end"), ("(4) نوفمبر 2025", "2025-11-04", "")]
    assert _dated("وتنطلق البطولة في (12) فبراير 2026 بالعاصمة.") == [
        ("(12) فبراير 2026", "2026-02-12", "")]
    # a closing bracket with no opening one is not the day's
    assert dates_of("وتضم القائمة البند 9) يناير 2026 فقط.")["text"].tolist() == ["يناير 2026"]


@pytest.mark.parametrize("text, surface, date", [
    ("وارتفع التضخم في نيسان - أبريل 2025 إلى 4%.", "نيسان - أبريل 2025", "2025-04"),
    ("وعقدت الجلسة في 14 تشرين الأول – أكتوبر 2023 بالمقر.",
     "14 تشرين الأول – أكتوبر 2023", "2023-10-14"),
    ("وانتهت الأشغال في آب-أغسطس الماضي.", "آب-أغسطس الماضي", "2025-08"),
])
def test_two_names_of_one_month_joined_by_a_dash_are_one_date(text, surface, date):
    # the Levantine and the Egyptian name of one month side by side with a dash: one
    # month, not a range of two
    assert [(t, d) for t, d, _ in _dated(text, "2025-10-20")] == [(surface, date)]


def test_two_different_months_joined_by_a_dash_stay_a_range():
    assert [d for _, d, _ in _dated("وتمتد الحملة نيسان - حزيران 2025 في المدن.")] == [
        "2025-04", "2025-06"]


def test_the_gregorian_date_after_a_hijri_one_and_a_slash():
    # 1 رجب 1380هـ/19 ديسمبر 1960م: the day after the slash is a date (a slash after a digit
    # is a numeric date's, not this one's), and a Gregorian year with م after a Hijri year
    # and a slash is the year beside it
    assert _dated("وافتتح المبنى في 1 رجب 1380هـ/19 ديسمبر 1960م بحضور الأمير.") == [
        ("1 رجب 1380هـ", "1960-12-19", ""), ("19 ديسمبر 1960م", "1960-12-19", "")]
    assert [(t, d) for t, d, _ in _dated("وأنشئت الهيئة عام 1427هـ/2006م في الرياض.")] == [
        ("عام 1427هـ", "2006/2007"), ("2006م", "2006")]
    # a day after a digit and a slash is not taken
    assert _dated("وتسلم الطلب رقم 14/3 يوليو الماضي.", "2025-10-01")[0][0] == "يوليو الماضي"


def test_a_month_with_a_past_word_and_its_year_written_after():
    # في شهر مايو الماضي 2011: the year written after the relative word is the month's
    assert _dated("ووقع الاتفاق في شهر مايو الماضي 2011 بالقاهرة.") == [
        ("شهر مايو الماضي 2011", "2011-05", "")]


def test_a_hijri_date_beside_a_gregorian_one_on_a_date_line():
    # a site's date line: the Gregorian day, a clock, then the Hijri day of the country's
    # own calendar, a day off the Umm al-Qura one: the line's Gregorian day is meant
    text = "الاثنين 4 أغسطس 2025 10:15 صـ 9 صفر 1447 هـ\n\nأعلنت الوزارة خطة جديدة."
    rows = dates_of(text)[["text", "date", "hijri"]].values.tolist()
    assert rows[:2] == [["الاثنين 4 أغسطس 2025", "2025-08-04", ""],
                        ["9 صفر 1447 هـ", "2025-08-04", "1447-02-09"]]
    # on separate lines they are two dates, each as written
    text = "وصدر القرار في 4 أغسطس 2025\nوأعلن يوم 9 صفر 1447 هـ."
    assert dates_of(text)["date"].tolist() == ["2025-08-04", "2025-08-03"]


def test_a_wire_dateline_under_a_headline_that_ends_with_a_full_stop():
    # the headline looks like the body's first line (long, a full stop): the line after
    # it still gives the article's day when it opens with a wire dateline
    text = ("بحث سبل دعم قطاع الموانئ وتطوير خدماته محور لقاء رئيس الهيئة مع وفد البنك الدولي "
            "في العاصمة.\nبنغازي 12 فبراير 2025 (وال) - التقى رئيس الهيئة أمس الثلاثاء وفدا "
            "من البنك.")
    assert _dated(text)[-1] == ("أمس الثلاثاء", "2025-02-11", "dateline")
    # a date in the body's second sentence is no dateline
    text = ("بحث سبل دعم قطاع الموانئ وتطوير خدماته محور لقاء رئيس الهيئة مع وفد البنك الدولي "
            "في العاصمة.\nوقال رئيس الهيئة إن الاتفاق وقع في 12 فبراير 2025، وأضاف أمس الثلاثاء "
            "أن العمل بدأ.")
    assert _dated(text)[-1] == ("أمس الثلاثاء", "", "")


@pytest.mark.parametrize("text, span", [
    # Invented. The text gives the full date of the day it calls today (or yesterday)
    # right after it: that date, one row, whatever day the document is dated (here a
    # month later). Before, the day was counted from the document's date, 2026-04-12,
    # and the stated date was a second row.
    ("وتفتتح البلدية اليوم الأحد الموافق 8 مارس 2026 سوقا جديدة.",
     "اليوم الأحد الموافق 8 مارس 2026"),
    ("وتفتتح البلدية اليوم الأحد (8 مارس 2026) سوقا جديدة.", "اليوم الأحد (8 مارس 2026)"),
    ("وتفتتح البلدية صباح اليوم الأحد 8/3/2026 سوقا جديدة.", "صباح اليوم الأحد 8/3/2026"),
    ("وافتتحت البلدية أمس الأحد الموافق 8 آذار/مارس 2026 سوقا جديدة.",
     "أمس الأحد الموافق 8 آذار/مارس 2026"),
])
def test_today_with_its_full_date_is_that_date(text, span):
    df = dates_of(text, date="2026-04-14")
    assert list(zip(df["text"], df["date"], df["year_from"])) == [(span, "2026-03-08", "")]


def test_today_with_a_date_but_no_year_keeps_two_rows():
    # no year written: no full date, so the day stays the document's
    df = dates_of("وتفتتح البلدية اليوم الأحد الموافق 8 مارس سوقا جديدة.", date="2026-03-08")
    assert df["text"].tolist() == ["اليوم الأحد", "8 مارس"]


@pytest.mark.parametrize("text, expected", [
    # Wire copy dates a statement by its weekday alone: the last such day on or before
    # the article's (2025-12-03, a Wednesday), the day itself included.
    ("قال وزير الري يوم الاثنين إن السد اكتمل.",
     [("يوم الاثنين", "2025-12-01", "document date")]),
    ("وأعلنت الهيئة، الأحد، أن المعبر أعيد فتحه.", [("الأحد", "2025-11-30", "document date")]),
    ("صرح المتحدث باسم البلدية الأربعاء بأن الطريق مغلق.",
     [("الأربعاء", "2025-12-03", "document date")]),
    # The weekday of the reported clause, after إن / أن, may be past or future: undated;
    # so is a weekday with no speech verb before it, or a rite's name.
    ("قال الوزير إن البعثة تصل الخميس.", []),
    ("تصل البعثة الخميس إلى العاصمة.", []),
    ("قال خطيب الجمعة إن الصبر مفتاح الفرج.", []),
    # A weekday of a date stays the date's.
    ("قال الوزير يوم الأحد 30 نوفمبر إن البعثة وصلت.",
     [("يوم الأحد 30 نوفمبر", "2025-11-30", "weekday")]),
])
def test_a_statement_dated_by_its_weekday_alone(text, expected):
    df = dates_of(text, "2025-12-03")
    assert list(zip(df["text"], df["date"], df["year_from"])) == expected


def test_a_weekday_alone_with_no_document_day_gives_no_row():
    assert dates_of("قال وزير الري يوم الاثنين إن السد سيكتمل.").empty
