"""Dates of saved web pages and dates in Latin script, on texts written for these tests
(invented, in the project's own words): a site's header date is no dateline, the
article's date under the headline is; 13 November 2024, November 13, 2024 and 13th
November 2024 are read as ISO 8601 (docs/money.md, "Dates")."""
from __future__ import annotations

import pytest

from khabar.dates import extract_dates
from khabar.io import Document
from khabar.text import analyse


def dates(text: str):
    return extract_dates(analyse(Document("t", text, "t.txt", "utf-8", {})))


@pytest.mark.parametrize("text, iso", [
    ("وقّعت الحكومة الاتفاقية في 13 November 2024 في عمّان.", "2024-11-13"),
    ("وقّعت الحكومة الاتفاقية في November 13, 2024 في عمّان.", "2024-11-13"),
    ("وقّعت الحكومة الاتفاقية في 13th November 2024.", "2024-11-13"),
    ("صدر التقرير في Nov 5, 2022.", "2022-11-05"),
    # the English order with an Arabic month name, as some sites write it
    ("آخر تعديل: الإثنين, يناير 13, 2025", "2025-01-13"),
    # an ordinal day with the comma English pages put after it
    ("تاريخ النشر: 4th, June 2023 GMT", "2023-06-04"),
])
def test_a_date_in_latin_script_or_english_order_is_read(text, iso):
    assert list(dates(text)["date"]) == [iso]


def test_a_month_name_and_a_number_without_a_year_are_no_english_date():
    assert dates("وصل إلى الميناء 3 ملايين طن في May.").empty


def test_a_date_beside_the_sites_weather_is_not_the_dateline():
    # The page's header (a clock, a temperature) carries the day it was saved; the
    # article's own date is unknown, so «اليوم الأربعاء» stays without a date.
    text = ("الساعة 10:15 ص\nالأحد 12 أكتوبر 2025\n18° عمان\nالبرلمان يقر الموازنة\n"
            "أقر مجلس النواب، اليوم الأربعاء، الموازنة العامة لسنة 2023 بعد نقاش طويل استمر "
            "ثلاثة أيام.\n")
    row = dates(text).set_index("text").loc["اليوم الأربعاء"]
    assert row["date"] == "" and row["year_from"] == ""


def test_a_date_after_the_sites_clock_word_is_not_the_dateline():
    # التوقيت: the site's clock above the page (the day it was saved), not the article's
    text = ("التوقيت الثلاثاء، 14 يناير 2025\nالتوقيت 09:20 ص , بتوقيت القاهرة\n"
            "الفريق يتأهل إلى ربع النهائي\nتأهل الفريق إلى ربع النهائي بعد فوزه مساء اليوم "
            "الأحد على ضيفه بهدفين دون رد في مباراة مثيرة.\n")
    row = dates(text).set_index("text").loc["مساء اليوم الأحد"]
    assert row["date"] == "" and row["year_from"] == ""


def test_the_date_under_the_headline_is_the_dateline_not_the_sites_date_above():
    # The site's date sits above the headline next to its prayer times; the article's
    # date is the line under the headline, and «العام الحالي» is its year.
    text = ("الجمعة 7 مارس 2025 القاهرة\nمواقيت الصلاة\nالصندوق يمول عشرين مشروعا\n"
            "4 يونيو 2013\nقدم الصندوق منذ مطلع العام الحالي قروضا لعشرين مشروعا في "
            "المحافظات الجنوبية.\n")
    row = dates(text).set_index("text").loc["مطلع العام الحالي"]
    assert (row["date"], row["year_from"]) == ("2013", "dateline")


def test_a_headline_without_a_full_stop_is_no_body_line():
    # A long headline, then the date line: the date is still the dateline.
    text = ("البنك المركزي يعلن عن حزمة إجراءات جديدة لدعم الشركات الصغيرة والمتوسطة في "
            "المحافظات\nالثلاثاء 6 أبريل 2010\nقال البنك أمس إن الحزمة تشمل قروضا ميسرة.\n")
    row = dates(text).set_index("text").loc["أمس"]
    assert row["date"] == "2010-04-05"


@pytest.mark.parametrize("label", ["تاريخ النشر:", "نُشر في", "Date:", "date"])
def test_a_labelled_date_at_the_start_of_the_body_is_the_dateline(label):
    # The page gives its date before the first sentence, after a label: relative days
    # resolve against it.
    text = (f"{label} 2024-02-05 افتتح المجلس البلدي، اليوم الاثنين، سوقا جديدة للخضار في "
            "وسط المدينة بعد عامين من الأشغال.\n")
    row = dates(text).set_index("text").loc["اليوم الاثنين"]
    assert (row["date"], row["year_from"]) == ("2024-02-05", "dateline")


def test_share_and_app_links_above_the_article_do_not_push_its_date_out_of_the_head():
    # Eight lines of a site's chrome (Latin-only share buttons and app links) and menu
    # items before the headline and its date line.
    chrome = "facebook\ntwitter\nYoutube\nrss\nOur app on Play Store\nOur app on App Store\n"
    text = (chrome + "مواعيد الرحلات\n• الأكثر قراءة\nالوزير: لن نرفع أسعار الخبز\n"
            "14-03-2026 10:20 AM\nقال وزير التموين، اليوم السبت، إن أسعار الخبز لن ترتفع "
            "هذا العام رغم ارتفاع كلفة القمح.\n")
    row = dates(text).set_index("text").loc["اليوم السبت"]
    assert (row["date"], row["year_from"]) == ("2026-03-14", "dateline")


def test_a_month_without_a_year_takes_the_year_the_article_names_it_with():
    # No document date or dateline: the month named earlier with its year is that month.
    text = ("صرفت الوزارة من مارس إلى أغسطس 2024 نحو نصف مخصصاتها. ولم تصرف شيئا على "
            "الصيانة خلال شهر أغسطس بحسب التقرير.")
    row = dates(text).set_index("text").loc["خلال شهر أغسطس"]
    assert (row["date"], row["year_from"]) == ("2024-08", "same month named with its year")
    # Named with two years, the month stays without one.
    text2 = ("بلغت الصادرات في أغسطس 2023 أقل مما بلغته في أغسطس 2024. وتراجعت خلال شهر "
             "أغسطس الواردات أيضا.")
    assert dates(text2).set_index("text").loc["خلال شهر أغسطس", "date"] == ""


def test_a_day_and_month_without_a_year_take_the_year_the_article_names_the_month_with():
    # No document date or dateline: a report names «مارس 2025», then «5 مارس» without its
    # year; the month is named with one year only, so the day is of it. A month the
    # article never names with a year stays undated, and so does a month named with two.
    text = ("قالت الوزارة في تقريرها إنها صرفت خلال مارس 2025 نحو نصف مخصصات الصيانة، "
            "وإن الوزير افتتح في 5 مارس معرض الكتاب في العاصمة، وإن الدورة القادمة تعقد "
            "في 12 أبريل بمشاركة دولية.")
    got = dates(text).set_index("text")
    assert (got.loc["5 مارس", "date"], got.loc["5 مارس", "year_from"]) == (
        "2025-03-05", "same month named with its year")
    assert got.loc["12 أبريل", "date"] == ""
    text2 = ("بلغت الصادرات في مارس 2023 أقل مما بلغته في مارس 2024، وقال الوزير في 5 مارس "
             "إن الواردات تراجعت أيضا.")
    assert dates(text2).set_index("text").loc["5 مارس", "date"] == ""
