"""The fixed texts of the charts in Arabic and English, and how numbers are written.

:func:`tr` picks a text of :data:`TEXTS` in a ``language`` (``"ar"`` or ``"en"``);
:func:`format_amount` writes an amount in words of scale as a newsroom does
(``1.2 مليار دولار``, ``3 ملايين يورو``); :func:`source_line` is the source line under
every chart, built from the documents table.
"""
from __future__ import annotations

import math
import re
from collections import Counter

import pandas as pd

LANGUAGES = ("ar", "en")
_LATIN_LETTER = re.compile(r"[A-Za-z]")

#: Every fixed text of the charts, (English, Arabic); :func:`tr` picks one and fills it.
TEXTS = {
    "source": ("Source: khabar analysis", "المصدر: تحليل خبر"),
    "articles": ("{n} article(s)", "المقالات: {n}"),
    "outlets": ("{n} outlet(s): {names}", "المنافذ ({n}): {names}"),
    "no_outlet": ("{n} with no outlet named", "دون منفذ مذكور: {n}"),
    "and_more": ("{shown} and {n} more", "{shown} و{n} أخرى"),
    "top_of": ("top {n} of {total}", "أعلى {n} من {total}"),
    "occurrences": ("occurrences (count)", "مرات الورود (عدد)"),
    "term": ("term", "المصطلح"),
    "top_terms": ("Top {n} terms (stop words removed)",
                  "أكثر {n} مصطلحاً وروداً (بعد حذف كلمات التوقف)"),
    "no_terms": ("No terms: no article text", "لا مصطلحات: لا نص في المقالات"),
    "mentions_title": ("Mentions per organisation", "الإشارات إلى كل منظمة"),
    "no_orgs": ("No organisations found", "لم يُعثر على منظمات"),
    "mentions_count": ("mentions (count)", "الإشارات (عدد)"),
    "organisation": ("organisation", "المنظمة"),
    "across_title": ("Mentions across the article (paragraph × entity)",
                     "الإشارات عبر المقال (الفقرة × الجهة)"),
    "across_pooled": ("Mentions across {n} articles (paragraph number × entity, pooled)",
                      "الإشارات عبر {n} مقالاً (رقم الفقرة × الجهة، مجمّعة)"),
    "no_mentions": ("No entity mentions found", "لم يُعثر على إشارات إلى جهات"),
    "paragraph_one": ("paragraph (number, in reading order)", "الفقرة (رقمها بترتيب القراءة)"),
    "paragraph_pooled": ("paragraph (number within its article)", "الفقرة (رقمها داخل مقالها)"),
    "entity": ("entity", "الجهة"),
    "funding_title": ("Funding figures by currency (not converted)",
                      "أرقام التمويل حسب العملة (دون تحويل)"),
    # the title when the chart shows money that is not given (a contract's value, a
    # budget, a company's revenue, a cost: funding.csv kind)
    "money_title": ("Sums of money by currency (not converted)",
                    "المبالغ المالية حسب العملة (دون تحويل)"),
    "no_funding": ("No funding figures found", "لم يُعثر على أرقام تمويل"),
    "amount_in": ("amount ({unit})", "المبلغ ({unit})"),
    "unknown_subject": ("unknown subject", "جهة غير معروفة"),
    "subject_figure": ("subject — figure as written", "الجهة — الرقم كما ورد"),
    "repeat": ("figure {i} of {n} for this subject", "الرقم {i} من {n} لهذه الجهة"),
    "more_figures": ("… and {n} more figure(s) not shown", "… وأرقام أخرى لم تُعرض: {n}"),
    "times": ("×{n} in {k} article(s)", "×{n} في {k} مقال"),
    "lower_bound": ("at least", "حد أدنى"), "upper_bound": ("at most", "حد أقصى"),
    "more_currencies": ("{n} figure(s) in {k} other currency(ies) not shown: {codes}",
                        "أرقام بعملات أخرى لم تُعرض: {n} ({codes})"),
    "repeat_note": ("A subject with several figures may restate one sum; read each figure's text.",
                    "قد تكرر الأرقام المتعددة لجهة واحدة المبلغ نفسه؛ راجع نص كل رقم."),
    "quotes_title": ("Direct quotes and quoted words per {by}",
                     "الاقتباسات المباشرة والكلمات المقتبسة حسب {by}"),
    "speaker": ("speaker", "المتحدث"),
    "affiliation": ("affiliation", "الانتماء"),
    "no_quotes": ("No quotes found", "لم يُعثر على اقتباسات"),
    "direct_count": ("direct quotes (count)", "الاقتباسات المباشرة (عدد)"),
    "words_count": ("quoted words (count)", "الكلمات المقتبسة (عدد)"),
    "shares_title": ("Shares of direct quotes by speaker gender and speaker type",
                     "حصص الاقتباسات المباشرة حسب جنس المتحدث ونوعه"),
    "share": ("share of direct quotes (%)", "حصة الاقتباسات المباشرة (%)"),
    "gender": ("speaker gender", "جنس المتحدث"),
    "type": ("speaker type", "نوع المتحدث"),
    "lengths_title": ("Lengths of direct quotes", "أطوال الاقتباسات المباشرة"),
    "length": ("quote length (words)", "طول الاقتباس (كلمات)"),
    "currency_unknown": ("currency unknown", "عملة غير معروفة"),
}

#: Display names of category values (quotes table), (English, Arabic).
CATEGORIES = {
    "male": ("male", "ذكر"), "female": ("female", "أنثى"), "unknown": ("unknown", "غير معروف"),
    "organisation": ("organisation", "منظمة"), "person": ("person", "شخص"),
    "document": ("document", "وثيقة"),
    "organisation (no gender)": ("organisation (no gender)", "منظمة (بلا جنس)"),
}

#: ISO 4217 codes → how Arabic news writes the currency after an amount. General knowledge
#: of the currencies of the region and the world's main ones; any other code is shown as is.
CURRENCY_NAMES_AR = {
    "USD": "دولار", "EUR": "يورو", "GBP": "جنيه إسترليني", "EGP": "جنيه مصري",
    "SAR": "ريال سعودي", "AED": "درهم إماراتي", "JOD": "دينار أردني", "KWD": "دينار كويتي",
    "QAR": "ريال قطري", "BHD": "دينار بحريني", "OMR": "ريال عماني", "IQD": "دينار عراقي",
    "LBP": "ليرة لبنانية", "SYP": "ليرة سورية", "TRY": "ليرة تركية", "ILS": "شيكل",
    "MAD": "درهم مغربي", "DZD": "دينار جزائري", "TND": "دينار تونسي", "LYD": "دينار ليبي",
    "SDG": "جنيه سوداني", "YER": "ريال يمني", "CNY": "يوان صيني", "JPY": "ين ياباني",
    "CHF": "فرنك سويسري", "INR": "روبية هندية", "RUB": "روبل روسي", "CAD": "دولار كندي",
}

#: (value, English, Arabic singular, Arabic plural for 3–10): words of scale.
SCALES = ((10**12, "trillion", "تريليون", "تريليونات"), (10**9, "billion", "مليار", "مليارات"),
          (10**6, "million", "مليون", "ملايين"), (10**3, "thousand", "ألف", "آلاف"))

_INDIC = str.maketrans("0123456789.,", "٠١٢٣٤٥٦٧٨٩٫٬")


def check_language(language: str) -> str:
    """``language`` if it is one of :data:`LANGUAGES`, else ``ValueError``."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, got {language!r}")
    return language


def tr(key: str, language: str = "ar", **fields) -> str:
    """The text :data:`TEXTS` ``[key]`` in ``language``, with ``fields`` filled in (plain
    text; matplotlib gets it through :func:`arabic_label`). ``KeyError`` for an unknown
    key, ``ValueError`` for an unknown language."""
    en, ar = TEXTS[key]
    return (ar if check_language(language) == "ar" else en).format(**fields)


def category(value, language: str = "ar") -> str:
    """Display name of a category value (gender, speaker type) in ``language``; other
    values are returned as they are."""
    missing = value is None or (isinstance(value, float) and pd.isna(value)) or value == ""
    v = "unknown" if missing else str(value)
    names = CATEGORIES.get(v)
    return names[check_language(language) == "ar"] if names else v


def digits_of(s: str, digits: str = "latin") -> str:
    """``s`` with Western digits, or with Arabic-Indic digits (٠–٩, decimal ٫, thousands
    ٬) when ``digits == "arabic"``."""
    return s.translate(_INDIC) if digits == "arabic" else s


def format_count(n, language: str = "ar", digits: str = "latin") -> str:
    """A whole count with thousands separators: ``1,000`` (or ``١٬٠٠٠``)."""
    check_language(language)
    return digits_of(f"{int(n):,}", digits)


def _scaled(value: float) -> str:
    # Up to two decimals, trailing zeros dropped: 1.2, 1.22, 3.
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def scale_of(amount: float, language: str = "ar") -> tuple[int, str]:
    """The word of scale for ``amount``: ``(10**9, "مليار")``; ``(1, "")`` below a thousand
    (below a million in English)."""
    for value, en, ar, _ in SCALES:
        if abs(amount) >= value and (language == "ar" or value >= 10**6):
            return value, (ar if language == "ar" else en)
    return 1, ""


def currency_name(code, language: str = "ar") -> str:
    """How a currency is written after an amount: ``دولار`` (ar) / ``USD`` (en); an empty
    code gives "currency unknown"."""
    code = "" if code is None or (isinstance(code, float) and pd.isna(code)) else str(code)
    if not code:
        return tr("currency_unknown", language)
    return CURRENCY_NAMES_AR.get(code, code) if language == "ar" else code


def format_amount(amount, currency="", language: str = "ar", digits: str = "latin") -> str:
    """An amount in words of scale, as a newsroom writes it: ``1.2 مليار دولار`` /
    ``1.2 billion USD``; ``250 ألف دولار``; ``3 ملايين يورو``, ``108 مليارات دولار``
    (the plural after a whole number whose last two digits are 3–10).

    Input: ``amount`` in full units of ``currency`` (ISO 4217; empty = unknown). Output:
    the text; an empty string for a missing amount."""
    if amount is None or (isinstance(amount, float) and math.isnan(amount)):
        return ""
    value, word = scale_of(float(amount), check_language(language))
    number = _scaled(float(amount) / value)
    if language == "ar" and word:
        plural = next(p for v, _, s, p in SCALES if s == word)
        # The counted noun follows the number's last two digits: 3–10, 103–110, 1,005…
        # take the plural (108 مليارات); 11–99 and whole hundreds the singular.
        scaled = float(amount) / value
        if scaled == int(scaled) and 3 <= int(scaled) % 100 <= 10:
            word = plural
    return digits_of(" ".join(x for x in (number, word, currency_name(currency, language)) if x),
                     digits)


def display_names(organisations: pd.DataFrame | None,
                  mentions: pd.DataFrame | None = None) -> dict[str, str]:
    """``organisation → arabic_name`` of the organisations table (columns organisation,
    arabic_name): the names an Arabic chart shows, the same in every chart (the bars of
    mentions per organisation use that column). An organisation the articles name only
    in Latin script (blank arabic_name) keeps that name (Motherboard), as the bars show
    it, never a gazetteer spelling the articles do not use. With ``mentions`` (columns
    entity, label, text), a project or place whose entity is in Latin script and which
    neither the organisations table nor the gazetteer names in Arabic (Project Nimbus,
    written مشروع نمبوس Project Nimbus) is named by its mention in Arabic script alone
    (no Latin letter: not مشروع Nimbus) the articles use most often (the first of
    equals), so an Arabic table or chart of funding subjects does not show the Latin
    name. An empty dict for a missing table or one without the
    column."""
    from ..gazetteer import _ARABIC_LETTER, arabic_name

    out: dict[str, str] = {}
    if organisations is not None and "arabic_name" in organisations:
        out = {o: a if isinstance(a, str) and a else o
               for o, a in zip(organisations["organisation"], organisations["arabic_name"])
               if isinstance(o, str) and o}
    if mentions is None or not {"entity", "label", "text"} <= set(mentions.columns):
        return out
    counts: dict[str, Counter] = {}
    for entity, label, text in zip(mentions["entity"], mentions["label"], mentions["text"]):
        if label in ("PROJECT", "PLACE") and isinstance(entity, str) and entity \
                and entity not in out and not _ARABIC_LETTER.search(entity) \
                and isinstance(text, str) and _ARABIC_LETTER.search(text) \
                and not _LATIN_LETTER.search(text):
            counts.setdefault(entity, Counter())[text] += 1
    for entity, texts in counts.items():
        if arabic_name(entity) == entity:          # the gazetteer has no Arabic name
            out[entity] = texts.most_common(1)[0][0]
    return out


def entity_name(entity: str, language: str, names=None) -> str:
    """How a chart names ``entity``: in English the entity; in Arabic its name in
    ``names`` (:func:`display_names`: the Arabic form its mentions use most often), else
    a gazetteer body's Arabic alias (:func:`khabar.gazetteer.arabic_name`: World Bank →
    البنك الدولي), else the entity as it is. Two givers of one sum (a payer "Germany |
    France") are named each in turn."""
    from ..gazetteer import arabic_name

    if language != "ar" or not entity:
        return entity
    if " | " in entity:
        return " | ".join(entity_name(e, language, names) for e in entity.split(" | "))
    return (names or {}).get(entity) or arabic_name(entity)


def shorten(s: str, limit: int = 60) -> str:
    """``s`` cut at a word boundary to at most ``limit`` characters, with "…"."""
    s = " ".join(str(s).split())
    if len(s) <= limit:
        return s
    cut = s[:limit].rsplit(" ", 1)[0] or s[:limit]
    return cut + "…"


def _listing(names: list[str], language: str, shown: int = 3) -> str:
    sep = "، " if language == "ar" else ", "
    text = sep.join(names[:shown])
    if len(names) > shown:
        text = tr("and_more", language, shown=text, n=len(names) - shown)
    return text


def source_line(documents: pd.DataFrame | None = None, language: str = "ar",
                digits: str = "latin") -> str:
    """The source line of every chart, built from every document's outlet:
    "Source: khabar analysis — 1,000 article(s) — 3 outlet(s): A, B, C — 12 with no outlet
    named", plus the document ids when there are at most three articles.

    Input: the documents table (columns doc_id, outlet; extra columns ignored). A missing
    or empty table gives the bare "Source: khabar analysis"."""
    head = tr("source", language)
    if documents is None or documents.empty:
        return head
    outlets = documents["outlet"].fillna("").astype(str).str.strip() if "outlet" in documents \
        else pd.Series([""] * len(documents))
    named = outlets[outlets != ""]
    counts = named.value_counts()
    order = sorted(counts.index, key=lambda o: (-counts[o], o))  # most articles first
    ids = list(documents["doc_id"].astype(str))
    parts = [head, tr("articles", language, n=format_count(len(ids), language, digits))]
    if order:
        parts.append(tr("outlets", language, n=format_count(len(order), language, digits),
                        names=_listing(order, language)))
    if len(named) < len(ids):
        parts.append(tr("no_outlet", language,
                        n=format_count(len(ids) - len(named), language, digits)))
    line = " — ".join(parts)
    if len(ids) <= 3:
        line += f" ({', '.join(ids)})"
    return line
