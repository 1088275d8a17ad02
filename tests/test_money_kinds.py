"""What kind of money a figure is (funding column ``kind``, docs/money.md "Kind of
money"). Sentences written for these tests, in the project's own words."""
from __future__ import annotations

import pytest

from khabar.entities import extract_mentions
from khabar.io import Document
from khabar.money import extract_funding
from khabar.text import analyse


def kinds(text: str) -> list[str]:
    article = analyse(Document("t", text, "t.txt", "utf-8", {}))
    return extract_funding(article, extract_mentions(article))["kind"].tolist()


@pytest.mark.parametrize("text, expected", [
    # the noun before each figure of a list, after the figure before it
    ("وقعت الحكومة اتفاقية قرض بقيمة 50 مليون دولار، ومنحة قدرها 5 ملايين دولار.",
     ["loan", "grant"]),
    # a company's results are no money given; a pronoun hangs on the noun
    ("وحققت الشركة أرباحا صافية بلغت 120 مليون ريال سعودي، فيما ارتفعت مبيعاتها إلى "
     "900 مليون ريال سعودي.", ["revenue", "revenue"]),
    # a noun after a purpose word is what the money is for
    ("قدم البنك قرضا لدعم الموازنة بقيمة 300 مليون دولار.", ["loan"]),
    # the head of a construct
    ("وبلغ عجز الموازنة 4 مليارات دينار أردني.", ["deficit"]),
    ("وقدرت إيرادات الموازنة بنحو 9 مليارات دينار أردني.", ["revenue"]),
    # after the figure, when none is before it
    ("أعلنت الوزارة تقديم 10 ملايين دولار كمساعدات للنازحين.", ["aid"]),
    # a conversion in brackets is the same money
    ("وتقدر تكلفة المحطة بنحو 80 مليون يورو (95 مليون دولار).", ["cost", "cost"]),
    # the pronoun on a ta marbuta noun
    ("وخصصت الحكومة في موازنتها للعام المقبل 3 مليارات دولار للتعليم.", ["budget"]),
    # a verb of donating names the money too
    ("وتبرعت جمعية أهلية بمبلغ 250 ألف دولار للنازحين.", ["donation"]),
    ("ويتبرع رجال أعمال كل عام بنحو مليون دينار أردني للمدارس.", ["donation"]),
    # no noun says: empty
    ("وقالت الوزارة إن الاتحاد الأوروبي سيقدم 40 مليون يورو للمدارس.", [""]),
])
def test_the_noun_that_names_the_money_gives_its_kind(text, expected):
    assert kinds(text) == expected


def test_a_part_takes_the_kind_of_its_total():
    text = "وقدمت اليابان منحة بقيمة 10 ملايين دولار، منها 4 ملايين للصحة و6 ملايين للتعليم."
    assert kinds(text) == ["grant", "grant", "grant"]


@pytest.mark.parametrize("text, expected", [
    # financing of no stated kind, and a pledge
    ("ووقع الصندوق اتفاقية تمويل بقيمة 20 مليون دولار مع الحكومة.", ["financing"]),
    ("وجمع المؤتمر تعهدات بأكثر من 2 مليار دولار للعام المقبل.", ["pledge"]),
    # a conversion takes its figure's kind, whatever purpose follows it
    ("ويقدم الصندوق قرضا ميسرا مقداره 100 مليون ريال سعودي أي ما يعادل 400 مليون جنيه مصري "
     "للمساهمة في تمويل مشروع للمياه.", ["loan", "loan"]),
])
def test_financing_pledges_and_restated_loans(text, expected):
    assert kinds(text) == expected


def test_the_next_figure_of_a_list_shares_its_noun():
    text = ("واشتمل البرنامج على مساهمات تمويلية قدرها 400 مليون دولار من البنك الدولي "
            "و200 مليون دولار من اليابان.")
    assert kinds(text) == ["financing", "financing"]


def test_a_figure_far_from_the_one_before_does_not_share_its_noun():
    text = ("وقدمت الكويت قرضا بقيمة 30 مليون دولار، وقال الوزير إن الحكومة ستخصص في العام "
            "المقبل 12 مليون دولار للطرق.")
    assert kinds(text) == ["loan", ""]


@pytest.mark.parametrize("text, expected", [
    # a noun of money inside a body's name is no kind
    ("وقدم صندوق الاستثمارات العامة 40 مليون ريال سعودي للمدارس.", [""]),
    ("وقامت الحكومة برفد صندوق المعونة الوطنية بمبلغ 3 ملايين دينار أردني.", [""]),
    # … and the noun before the name still is
    ("وقدم صندوق الاستثمارات العامة منحة بمبلغ 40 مليون ريال سعودي للمدارس.", ["grant"]),
])
def test_a_noun_inside_a_name_is_no_kind(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # ل after an agreement noun names the agreement's money, no purpose
    ("ووقعت الوزارة أربع اتفاقيات لمنح بقيمة 30 مليون دولار مع الوكالة.", ["grant"]),
    ("ووقع الجانبان اتفاقية لقرض ميسر بقيمة 12 مليون دينار كويتي.", ["loan"]),
    # after another noun ل still marks the purpose
    ("وقدم البنك تمويلا للموازنة بقيمة 90 مليون دولار.", ["financing"]),
])
def test_an_agreement_for_a_kind_of_money_is_of_that_kind(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a kind noun inside what the money is for yields to the noun before it
    ("ومنح الصندوق البلدية منحة لتمويل مشاريع الاستثمار السياحي بقيمة 7 ملايين دولار.",
     ["grant"]),
    # … but a noun with و is a new item, and with no noun before, the inner one is the kind
    ("وقدم البنك منحة لدعم المدارس وقرضا بقيمة 9 ملايين دولار.", ["loan"]),
    ("وخصصت الوزارة لدعم صغار الصيادين قروضا بقيمة 6 ملايين دولار.", ["loan"]),
    # … and a noun in a later clause is its own
    ("وقدم البنك قرضا لتمويل الطرق، وقال الوزير إن الاستثمارات بلغت 3 مليارات دولار.",
     ["investment"]),
])
def test_a_noun_inside_the_purpose_of_the_money_is_not_its_kind(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وأقرت الحكومة دعما ماليا لمربي الماشية بقيمة 15 مليون دينار أردني.", ["aid"]),
    ("وبلغت مصاريف تشغيل المستشفى 4 ملايين دينار أردني.", ["budget"]),
    ("وتجاوزت المصروفات الجارية 900 مليون دينار أردني.", ["budget"]),
])
def test_support_and_expenses_have_a_kind(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a noun with و is a conjunct, not the genitive of the noun before it
    ("وقدرت إيرادات الدولة من الإقراض ومبيعات الأراضي بمبلغ 9 مليارات جنيه مصري.",
     ["revenue"]),
    # a credit line is a loan, whatever verb of giving comes first
    ("وكان البنك قد منح البلاد خطا ائتمانيا بقيمة 2.5 مليار دولار.", ["loan"]),
    ("وفتح الصندوق خط ائتمان قدره 400 مليون دولار للمصارف.", ["loan"]),
])
def test_conjuncts_and_credit_lines(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # items under a colon line take the kind its noun names
    ("وقدمت المؤسسة المنح التالية:\n- 3 ملايين دينار أردني للصحة\n- 5 ملايين دينار أردني "
     "للتعليم", ["grant", "grant"]),
    ("وتوزعت القروض الجديدة على النحو الآتي:\n1) 30 مليون دولار لقطاع المياه\n2) 12 مليون "
     "دولار لقطاع الطاقة", ["loan", "loan"]),
    # … an item that names its own keeps it, and a line that names none gives none
    ("وتوزعت المبالغ على النحو الآتي:\n- 3 ملايين دينار أردني للصحة\n- قرض بقيمة 5 ملايين "
     "دينار أردني للتعليم", ["", "loan"]),
])
def test_list_items_take_the_kind_of_their_colon_line(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verbal noun with its pronoun heads no construct: its object is the kind
    ("وساهم البنك في التنمية من خلال منحها قروضا وصلت قيمتها الإجمالية إلى 6.3 مليار دينار "
     "تونسي.", ["loan"]),
    # two kinds of money given, joined by و, are one sum of both
    ("وأعطى البنك موافقة مبدئية على قروض ميسرة ومنح بثلاثة مليارات دولار للعراق.",
     ["financing"]),
    ("وقدمت الحكومة قروضا ومساعدات بقيمة 40 مليون دينار أردني.", ["financing"]),
    # … not a result and a gift: the revenue stays revenue
    ("وحققت الشركة إيرادات من الإقراض ومبيعات الأراضي بلغت 9 مليارات جنيه مصري.",
     ["revenue"]),
])
def test_a_pronoun_ends_a_construct_and_two_kinds_given_are_financing(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # its value, with the pronoun of the money the sentence before announced
    ("قدم الاتحاد الأوروبي قرضا جديدا للأردن. وتبلغ قيمته 50 مليون يورو.", ["loan"]),
    ("ووقعت الوزارة اتفاقية منحة مع الصندوق. وتبلغ قيمتها 6 ملايين دولار.", ["grant"]),
    # … a sentence before that names no money gives nothing
    ("وزار الوزير المدرسة أمس. وتبلغ قيمتها 6 ملايين دولار.", [""]),
])
def test_its_value_is_of_the_kind_the_sentence_before_names(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the kind noun far back in the figure's own clause (the names do not count, the
    # rest of the clause does: eighteen words here)
    ("ووقعت الحكومة مع البنك اتفاقية قرض ميسر طويل الأجل لتمويل مشروع توسعة شبكة الصرف "
     "الصحي وتحسين خدمات المياه في ثلاث محافظات جنوبية بقيمة 20 مليون دولار.", ["loan"]),
    # a clause that links back to the money of the one before (والتي تبلغ قيمتها)
    ("ووقعت الوزارة اتفاقية منحة مع الوكالة، والتي تبلغ قيمتها 6 ملايين دولار.", ["grant"]),
    # a topic fronted before a comma (وبخصوص …، قال …) is the next clause's
    ("وبخصوص كلفة المشروع، قال المدير إن البلدية ستدفع 3 ملايين دولار.", ["cost"]),
    # a noun of another clause, after a comma and a verb of giving or of saying, is not
    # the figure's
    ("وارتفعت أرباح الشركة في الربع الأخير، وقدمت الحكومة 5 ملايين دولار للمزارعين.", [""]),
    ("وتراجعت الإيرادات السياحية في الموسم الماضي، وقال الوزير إن الدولة خصصت 8 ملايين "
     "دولار للفنادق.", [""]),
    # … or a verbal noun of giving with و, a new item of money
    ("وجرى ترميم المباني من إيرادات الأوقاف، وتخصيص 9 ملايين جنيه للمكتبات.", [""]),
])
def test_the_kind_noun_is_searched_in_the_figures_clause(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # اعتمادات from a lender: credits, a loan
    ("ووافق البنك الإسلامي للتنمية على اعتمادات بقيمة 70 مليون دولار لاستيراد الوقود.",
     ["loan"]),
    # … a budget's or a government's: appropriations
    ("ورصدت الحكومة اعتمادات بقيمة 12 مليون دينار أردني لصيانة المدارس.", ["budget"]),
])
def test_credits_from_a_lender_are_a_loan(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a noun with the article heads no construct: the kind noun after it is its own
    ("وسجلت الموازنة عجزا بلغ 3 مليارات دينار.", ["deficit"]),
    ("وحققت الشركة من الاستثمار أرباحا بلغت 4 ملايين دينار.", ["revenue"]),
    # … while an indefinite head still is the kind of its construct
    ("وبلغ عجز الموازنة 5 مليارات دولار.", ["deficit"]),
])
def test_a_definite_noun_heads_no_construct(text, expected):
    assert kinds(text) == expected
