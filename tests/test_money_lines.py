"""Funding figures in budget lines, headlines and ranges: one rule per test, on sentences
written for the project (invented names and figures, in the shapes real news uses)."""
from __future__ import annotations

import pandas as pd
import pytest

from khabar import schema
from khabar.entities import extract_mentions
from khabar.io import Document
from khabar.money import extract_funding
from khabar.text import analyse

NO_MENTIONS = pd.DataFrame(columns=schema.MENTIONS)


def rows(text: str) -> pd.DataFrame:
    article = analyse(Document("t", text, "t.txt", "utf-8", {}))
    return extract_funding(article, extract_mentions(article))


def bare_rows(text: str) -> pd.DataFrame:
    return extract_funding(analyse(Document("t", text, "t.txt", "utf-8", {})), NO_MENTIONS)


# ------------------------------------------------------------------- headlines

def test_a_headline_figure_in_a_bare_currency_word_restates_the_body_figure():
    # Invented. Neither line says whose dinar it is, but the headline's sum is the
    # body's: the same amount in the same word. The body's row counts.
    df = bare_rows("45 مليون دينار لترميم المدارس في الأقاليم\n"
                   "أعلنت الوزارة تخصيص 45 مليون دينار لترميم المدارس القديمة. "
                   "وستبدأ الأعمال في الربيع.\n")
    assert list(df["restatement"]) == [True, False]
    assert df["restates"].iloc[0] == df["start"].iloc[1]


def test_a_headline_figure_in_another_bare_currency_word_is_no_restatement():
    df = bare_rows("45 مليون درهم لترميم المدارس في الأقاليم\n"
                   "أعلنت الوزارة تخصيص 45 مليون دينار لترميم المدارس القديمة.\n")
    assert list(df["restatement"]) == [False, False]


def test_the_body_figure_takes_the_payer_its_headline_names():
    # Invented. The headline names the donor; the body's sentence, which the totals
    # count, names none: the same sum has the same payer.
    df = rows("الاتحاد الأوروبي يخصص 40 مليون يورو لمدارس الواحة\n"
              "وقال البيان إن 40 مليون يورو ستصرف على ترميم المدارس خلال عامين.\n")
    assert list(df["restatement"]) == [True, False]
    assert list(df["payer"]) == ["European Union", "European Union"]


def test_a_body_figure_with_a_payer_of_its_own_keeps_it():
    df = rows("الاتحاد الأوروبي يخصص 40 مليون يورو لمدارس الواحة\n"
              "وقدم البنك الدولي 40 مليون يورو لترميم المدارس خلال عامين.\n")
    assert df["payer"].iloc[1] == "World Bank"


# ------------------------------------------------------------------- amounts

@pytest.mark.parametrize("text, amount", [
    # Tunisian budget copy: the last term's scale is the abbreviation's (م د = million)
    ("وحددت ميزانية الوزارة بـ3 مليارات و 215.400 م د لسنة 2024.", 3_215_400_000),
    ("وبرنامج التعليم الثانوي 2 مليار و 450.250 م.د هذا العام.", 2_450_250_000),
    # a term with a scale word of its own keeps it, and the abbreviation alone scales
    ("ونفقات الاستثمار 767.100 م د.", 767_100_000),
])
def test_the_last_term_of_a_sum_takes_the_scale_of_the_abbreviation_after_it(text, amount):
    assert list(bare_rows(text)["amount"]) == [amount]


@pytest.mark.parametrize("text, cue", [
    # Invented. Bracketed digits before the number in words, as contracts and official
    # copy write a sum: one figure, from the bracket, with the cue before it.
    ("وتبلغ كلفة المشروع حوالي (30) ثلاثين مليون دولار.", "حوالي"),
    ("وخصصت البلدية أكثر من (25) خمسة وعشرين مليون دينار أردني للطرق.", "أكثر من"),
])
def test_bracketed_digits_before_a_number_in_words_are_one_figure_with_its_cue(text, cue):
    df = bare_rows(text)
    assert len(df) == 1
    row = df.iloc[0]
    assert row["text"].startswith("(")
    assert row["cue"] == cue
    assert row["amount"] in (30_000_000, 25_000_000)


@pytest.mark.parametrize("text, span, code", [
    # Invented. Web copy that lost the space between the currency word and its country
    # adjective: still one figure in that currency (before, no figure at all).
    ("ووقعت الحكومة قرضا بقيمة 300 مليون دولارأمريكي مع البنك.", "300 مليون دولارأمريكي", "USD"),
    ("وبلغت المنحة 12 مليون دينارأردني.", "12 مليون دينارأردني", "JOD"),
])
def test_a_currency_word_glued_to_its_adjective_is_read(text, span, code):
    df = bare_rows(text)
    assert list(df["text"]) == [span] and list(df["currency"]) == [code]


def test_a_conversion_right_after_its_sum_with_nothing_between_restates_it():
    # Invented. The brackets of the conversion were lost: nothing between the two sums,
    # not even a comma (before, two loans were counted).
    df = bare_rows("ومنح البنك المغرب قروضا بقيمة 640 مليون درهم 70 مليون دولار للموانئ.")
    assert list(df["restatement"]) == [False, True]
    assert df["restates"].iloc[1] == df["start"].iloc[0]
    # a comma or و between them: two sums, as before
    assert not bare_rows("قدمت الدولة 5 ملايين دولار، 3 ملايين يورو للمدارس.")["restatement"].any()
    assert not bare_rows("قدمت الدولة 5 ملايين دولار و3 ملايين يورو.")["restatement"].any()


def test_bracketed_digits_of_another_number_are_no_part_of_the_figure():
    # a bracketed year before a sum in words: the year is no part of it
    df = bare_rows("وفي عام (2020) خمسة ملايين دولار للمدارس.")
    assert list(df["text"]) == ["خمسة ملايين دولار"]


@pytest.mark.parametrize("text, span, amount", [
    # Invented. A range whose lower end has its own scale word, joined by إلى or و.
    ("وتتراوح قيمة المنحة بين 50 ألفا إلى 100 ألف دولار.", "50 ألفا إلى 100 ألف دولار",
     100_000),
    ("وتتراوح قيمة القرض بين 10 آلاف و25 ألف دينار أردني.", "10 آلاف و25 ألف دينار أردني",
     25_000),
    ("وتتراوح المنح ما بين مليون إلى 3 ملايين يورو.", "مليون إلى 3 ملايين يورو", 3_000_000),
])
def test_a_range_whose_lower_end_has_a_scale_word_is_one_figure(text, span, amount):
    df = bare_rows(text)
    assert list(df["text"]) == [span]
    row = df.iloc[0]
    assert (row["amount"], row["bound"], row["cue"].strip()) == (amount, "upper", "بين") \
        or (row["amount"], row["bound"]) == (amount, "upper")


@pytest.mark.parametrize("text, span, amount", [
    # Invented. The lower end is no share of the upper end's scale: nine hundred dollars
    # to four thousand (below the upper end's number, 4, only as written).
    ("وتتراوح قيمة المكافأة بين 900 و4 آلاف دولار.", "900 و4 آلاف دولار", 4_000),
    ("وتتراوح قيمة القسيمة بين 750 و3 ألف دينار أردني.", "750 و3 ألف دينار أردني", 3_000),
    ("وتتراوح المنح بين 400 و2 مليون يورو.", "400 و2 مليون يورو", 2_000_000),
])
def test_a_range_whose_bare_lower_end_is_above_the_upper_number_is_one_figure(
        text, span, amount):
    df = bare_rows(text)
    assert list(df["text"]) == [span]
    assert (df["amount"].iloc[0], df["bound"].iloc[0]) == (amount, "upper")


def test_a_year_is_no_lower_end_of_a_range():
    df = bare_rows("وقدمت الحكومة بين 2019 و3 ملايين دولار للمدارس.")
    assert df["bound"].iloc[-1] == ""


def test_from_to_is_still_no_range():
    # من … إلى is as often a change as a range: two figures, as before
    df = bare_rows("ورفع الصندوق مساهمته من 5 ملايين إلى 7 ملايين دولار.")
    assert "بين" not in "".join(df["cue"])


# ------------------------------------------------------------------- budget lines

def test_a_recipient_with_lam_right_before_its_figure_is_its_subject():
    # Invented. A budget list: each line names its recipient with ل, then its sum.
    df = rows("وجاءت المخصصات كالتالي: لوزارة الدفاع 900 مليار دينار عراقي، لمحافظة البصرة "
              "20 مليار دينار عراقي، لوزارة النقل 10 مليارات دينار عراقي.")
    assert list(df["subject"]) == ["وزارة الدفاع", "Basra", "وزارة النقل"]
    assert list(df["subject_rule"]) == ["recipient before figure"] * 3


def test_a_recipient_before_a_figure_is_no_fallback_subject_of_another():
    df = rows("وكانت حصة المدارس منها 9 ملايين دولار، ولوزارة الصحة 50 مليون دولار.")
    assert list(df["subject"]) == ["", "وزارة الصحة"]


def test_a_recipient_before_the_figure_is_not_the_next_line_recipient():
    df = rows("وتضمنت الموازنة لأمانة عمان الكبرى 30 مليون دينار أردني ولجامعة الواحة "
              "12 مليون دينار أردني.")
    assert df["subject"].iloc[0] != "جامعة الواحة"
    assert df["subject"].iloc[1] == "جامعة الواحة"


def test_a_purpose_with_lam_before_a_figure_is_no_listed_recipient():
    # لدعم وزارة … is what the money is for, not a budget line's recipient
    df = rows("وخصصت الحكومة لدعم المدارس 5 ملايين دينار أردني.")
    assert df["subject_rule"].iloc[0] != "recipient before figure"


# ------------------------------------------------------------------- payers

@pytest.mark.parametrize("text, payer", [
    # Invented. Where the money will come from, after the figure.
    ("وقال الوزير إن كلفة المشروع تبلغ 40 مليون دولار ستأتي من البنك الدولي.", "World Bank"),
    ("وتبلغ قيمة المنحة 12 مليون يورو تأتي من الاتحاد الأوروبي.", "European Union"),
])
def test_money_that_will_come_from_a_name_has_it_as_payer(text, payer):
    assert rows(text)["payer"].iloc[0] == payer


def test_a_verb_of_disbursing_names_its_payer():
    df = rows("وصرفت المفوضية الأوروبية 35 مليون يورو لمدارس الواحة.")
    assert df["payer"].iloc[0] == "European Commission"


# ------------------------------------------------------------------- not funding, names

def test_the_volume_of_trade_is_no_funding():
    df = bare_rows("وقارب حجم المبادلات التجارية بين الجارتين 9 مليارات دولار في 2023. "
                   "وقدم البنك 3 ملايين دولار للمدارس.")
    assert list(df["text"]) == ["3 ملايين دولار"]


def test_a_name_read_inside_the_figure_is_no_subject():
    # بما مجموعه مليارين …: مجموعه ("its total") spelt as مجموعة ("group") after
    # normalisation is read as a name that runs into the figure: it is no subject.
    df = rows("وحل قطاع الصحة ثانيا بما مجموعه مليارين و61 مليون درهم مغربي.")
    assert not df["subject"].iloc[0].startswith("مجموع")


def test_an_outlet_is_no_payer():
    # Invented. A word that also names a television channel (المملكة, quoted) before a
    # verb of giving: an outlet reports money, it does not give it.
    df = rows('وأضاف المصرف في نشرته، "المملكة" قدمت له قبل أيام وديعة حجمها 4 '
              'مليارات دولار.')
    assert df["payer"].iloc[0] == ""


def test_a_passive_gift_takes_the_one_payer_of_the_article_so_far():
    # Invented. A donor's plan, then its lines in the passive (سيتم تقديم …): the article
    # has named one giver, who gives these sums too.
    df = rows("أعلن الصندوق العربي للإنماء عن خطة مساعداته للعام المقبل.\n"
              "وخصص الصندوق العربي للإنماء 90 مليون دولار لمشاريع المياه في المنطقة.\n"
              "وسيتم تقديم 20 مليون دولار للمدارس في الأرياف.\n"
              "كما سيتم تخصيص نحو 15 مليون دولار للمستشفيات.\n")
    assert list(df["payer"]) == ["Arab Fund for Economic and Social Development"] * 3


def test_a_passive_gift_after_two_givers_takes_neither():
    df = rows("وقدم البنك الدولي 90 مليون دولار للمياه، وقدم الاتحاد الأوروبي 40 مليون دولار "
              "للطرق.\nوسيتم تقديم 20 مليون دولار للمدارس.\n")
    assert df["payer"].iloc[2] == ""


def test_a_name_after_a_verb_whose_subject_comes_before_qad_is_its_object():
    # Invented. وكان الصندوق قد منح الأردن …: the fund, before قد, gives; Jordan receives.
    df = rows("وكان الصندوق قد منح الأردن في 2015 قرضا بقيمة 200 مليون دولار.")
    assert df["payer"].iloc[0] != "Jordan"
    # وقد منح …: the name after the verb is its subject
    df = rows("وقد منح البنك الدولي الأردن في 2015 قرضا بقيمة 200 مليون دولار.")
    assert df["payer"].iloc[0] == "World Bank"



def test_a_lender_that_reports_what_it_gave_itself_is_the_payer():
    # Invented. وأشار الصندوق … إلى أنه قدم …: the clause after أن with a pronoun and a
    # verb of giving is about the fund itself, which gives.
    df = rows("أعلن الصندوق العربي للإنماء عن حصيلة نشاطه في العام الماضي.\n"
              "وأشار الصندوق في تقرير نشره على موقعه اليوم إلى أنه قدم 12 مليون دينار كويتي "
              "لمشروع الري في الوادي.\n")
    assert df["payer"].iloc[0] == "Arab Fund for Economic and Social Development"


@pytest.mark.parametrize("text", [
    # another's gift, or a reported figure that is nobody's gift
    "وقال البنك الدولي إن الحكومة قدمت 12 مليون دولار للمدارس.",
    "وقال البنك الدولي إنه يتوقع أن يخسر الاقتصاد 20 مليار دولار.",
])
def test_a_lender_that_reports_another_clause_is_no_payer(text):
    assert rows(text)["payer"].iloc[0] != "World Bank"


@pytest.mark.parametrize("text, place", [
    # Invented. A compass word or a unit with ل heads the place the money goes to.
    ("وخصص البنك 20 مليون دولار لشمال سوريا.", "Syria"),
    ("وتشمل المساعدات 55 مليون يورو لغرب ووسط السودان، و48 مليون يورو لليمن.", "Sudan"),
    ("وقدمت المنظمة 3 ملايين دولار لمحافظة البصرة.", "Basra"),
])
def test_a_place_headed_by_a_compass_word_with_lam_is_the_subject(text, place):
    assert rows(text)["subject"].iloc[0] == place


@pytest.mark.parametrize("text, column, name", [
    # Invented. A participle of the noun before a name, a sum after it (المقدرة بـ،
    # والبالغة): no word of the name the money roles give.
    ("وينتظر المجلس الشريحة الثانية من قرض صندوق الواحة للتنمية والبالغة 420 مليون دولار.",
     "payer", "صندوق الواحة للتنمية"),
    ("وتنظر اللجنة في ميزانية وزارة الزراعة المقدرة بـ 900 مليون دينار أردني.",
     "subject", "وزارة الزراعة"),
])
def test_a_participle_before_the_sum_ends_the_name(text, column, name):
    assert rows(text)[column].iloc[0] == name


def test_a_body_figure_in_a_bare_currency_word_restates_an_earlier_one():
    # Invented. One loan stated twice in the body, its dinar never settled: one sum.
    df = rows("وقع الصندوق اتفاقية قرض بقيمة 35 مليون دينار لتمويل شبكة الري.\n"
              "وأوضح البيان أن القرض البالغ 35 مليون دينار يسدد على عشرين عاما.\n")
    assert list(df["restatement"]) == [False, True]
    assert df["restates"].iloc[1] == df["start"].iloc[0]


def test_a_range_after_bayna_going_up_in_scale_is_no_sum():
    # Invented. بين 500 ألف ومليون دولار: between half a million and a million, not
    # 1.5 million (a sum goes down in scale: مليون و500 ألف).
    df = bare_rows("وتتراوح قيمة كل منحة بين 500 ألف ومليون دولار.")
    row = df.iloc[0]
    assert (row["amount"], row["bound"]) == (1_000_000, "upper")
    assert bare_rows("وبلغت الكلفة مليون و500 ألف دولار.")["amount"].iloc[0] == 1_500_000


def test_a_place_headed_by_a_compass_word_before_the_figure_is_the_subject():
    # Invented. قدم X لشمال سوريا منحة بقيمة …: the ل on the compass word, the gift after.
    df = rows("وقدم الاتحاد الأوروبي لشمال سوريا منحة بقيمة 12 مليون يورو.")
    assert (df["payer"].iloc[0], df["subject"].iloc[0]) == ("European Union", "Syria")


def test_a_passive_gift_of_a_named_grant_takes_the_one_payer_so_far():
    # Invented. The passive line names the grant and its value (تخصيص منحة أخرى بقيمة …).
    df = rows("وقدم الصندوق العربي للإنماء منحة بقيمة 30 مليون دولار للمياه.\n"
              "وسيتم تخصيص منحة أخرى بقيمة 6 ملايين دولار للجامعات.\n"
              "كما سيتم تقديم قرض بقيمة 4 ملايين دولار للمزارعين.\n")
    assert list(df["payer"]) == ["Arab Fund for Economic and Social Development"] * 3


def test_a_statistic_in_the_accusative_indefinite_is_no_funding():
    # Invented. دينا عاما (the public debt, tanwin written with ا) heads the figure as
    # الدين العام does: no row (before, a funding row of 25 billion).
    assert bare_rows("وأقر البرلمان دينا عاما بقيمة 25 مليار دينار ليبي.").empty
    # a gift named in the accusative stays funding
    assert len(bare_rows("وقدمت اليابان تمويلا بقيمة 30 مليون دولار للمدارس.")) == 1


@pytest.mark.parametrize("text, span", [
    # Invented. A figure that carries the currency of the one before it, its digits glued
    # to the word before them, or followed by a و written apart from its word (before,
    # neither was a row).
    ("وبلغت الموازنة 900 مليار ليرة سورية بزيادة بمقدار12 مليارا عن العام الماضي.",
     "12 مليارا"),
    ("وبلغ الدعم 300 مليار ليرة سورية مقابل 280 ملياراً و تحددت المخصصات كما يلي.",
     "280 ملياراً"),
])
def test_a_carried_figure_glued_or_before_a_detached_waw_is_read(text, span):
    df = bare_rows(text)
    assert span in list(df["text"])
    assert df.loc[df["text"] == span, "currency"].iloc[0] == "SYP"


@pytest.mark.parametrize("text", [
    # ل + a noun + الواحد / الواحدة right after the figure: an amount per unit, no funding
    "ويقدم الصندوق قروضا ميسرة تصل إلى 15 ألف دينار للقرض الواحد.",
    "وتحصل العائلات النازحة على 300 دولار للأسرة الواحدة من البرنامج.",
])
def test_an_amount_per_one_unit_is_no_funding(text):
    assert rows(text).empty
    # the same sum for the whole scheme stays funding
    assert len(rows(text.replace(" للقرض الواحد", "").replace(" للأسرة الواحدة", ""))) == 1


@pytest.mark.parametrize("text", [
    # Invented. A note or coin and its adjectives right before فئة, with no من between:
    # a denomination, not money given (before, each was a funding row)
    "وأعلن المصرف المركزي طرح ورقة نقدية فئة 500 جنيه في الأسواق.",
    "وقررت سلطة النقد إصدار عملة فئة 20 ريالا بمناسبة العيد.",
    "ويبدأ تداول الأوراق النقدية الجديدة فئة 100 دينار الشهر المقبل.",
    "وسك المصرف قطعا معدنية فئة 5 دراهم.",
])
def test_a_banknote_denomination_without_min_is_no_funding(text):
    assert rows(text).empty, rows(text)[["text", "amount"]]


def test_a_new_service_in_it_stays_funding():
    # فيه is also "in it": جديدة alone before it names no banknote
    df = rows("وخصصت البلدية 2 مليون دينار لمركز جديد فيه 40 ألف دينار للصيانة.")
    assert 2_000_000 in list(df["amount"])


@pytest.mark.parametrize("text", [
    # Invented. A currency as the subject of a verb of moving, standing or equalling, the
    # figure in another currency: that currency's price (before, a funding row each)
    "واستقر الدولار عند 31 جنيها في تعاملات الصباح.",
    "وارتفع اليورو إلى 52.4 جنيه في السوق الموازية.",
    "ويعادل الدولار الواحد 3.67 درهم.",
    "ويساوي الدولار الأمريكي 3.75 ريال سعودي.",
    "والدولار يساوي نحو 1310 دنانير عراقية.",
])
def test_a_currency_moving_to_a_price_is_an_exchange_rate(text):
    assert rows(text).empty, rows(text)[["text", "amount"]]


def test_a_sum_after_a_currency_word_that_moves_nothing_stays_funding():
    # the currency word is the figure's own: no rate
    assert len(rows("وارتفع الدعم المقدم بالدولار إلى 800 دولار للمزارع الواحد في القرية،"
                    " وقدمت الجمعية 900 جنيه للأسرة.")) >= 1
    assert len(rows("وقدمت الجمعية 900 جنيه لأسرة الطالب.")) == 1
