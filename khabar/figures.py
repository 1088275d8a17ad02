"""Charts of khabar's tables, with Arabic labels that read correctly.

Every label goes through :func:`arabic_label`, which decides *once*, from what the
running matplotlib can do, whether to pre-shape Arabic (docs/arabic.md, "Drawing
Arabic"): matplotlib 3.11+ shapes text itself with libraqm, so it must get the logical
string unchanged; the old ``get_display(arabic_reshaper.reshape(s))`` recipe would come
out reversed there (matplotlib issue 32262). Older matplotlib does not shape, and needs
that recipe.

Chart functions take khabar tables (columns in :mod:`khabar.schema`; extra columns are
ignored) and a ``language`` (``"ar"``, the default, or ``"en"``), and return a
:class:`matplotlib.figure.Figure` with a title, axis labels with units and a source line
in that language (:func:`tr`, :data:`TEXTS`); amounts are written in words of scale
(:func:`format_amount`: ``1.2 مليار دولار``). Arabic charts read right to left (bars grow
leftwards, labels on the right). An empty table gives a figure that says there is no
data. Label text is literal: ``$`` is never read as mathtext (``text.parse_math`` off).
:func:`save_figure` writes PNG (200 dpi), SVG (labels as text, with their reading
direction) and PDF (TrueType) atomically.

Charts are registered with :func:`chart` in :data:`CHARTS` (the notebooks, their test and
the Word report read it), and drawn and saved in :func:`style` (:data:`STYLE`); importing
this module changes no matplotlib setting.
"""
from __future__ import annotations

import functools
import html
import io
import math
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import matplotlib
import pandas as pd
from matplotlib import font_manager, ft2font
# Figures are built without pyplot: no global state, no GUI backend, nothing shown twice
# in a notebook; they are displayed from the saved PNG (what you see is what was saved).
from matplotlib.figure import Figure
from matplotlib.colors import BoundaryNorm, ListedColormap
from matplotlib.ticker import FuncFormatter, MaxNLocator

from .io import atomic_file

FONT_FILE = Path(__file__).resolve().parent / "resources" / "fonts" / "NotoSansArabic-VF.ttf"
FONT_FAMILY = "Noto Sans Arabic"
DPI = 200
FORMATS = ("png", "svg", "pdf")
#: The face of the PDF figures (see :func:`save_figure`).
PDF_FONTS = ["DejaVu Sans"]
_ARABIC = re.compile("[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")


def renderer_shapes_arabic(mpl=matplotlib, ft=ft2font) -> bool:
    """Whether this matplotlib shapes complex text itself (libraqm, or version >= 3.11).

    Input: the ``matplotlib`` and ``matplotlib.ft2font`` modules (parameters only so a
    test can pass stand-ins). Output: ``True`` if labels must stay in logical order.
    """
    if getattr(ft, "__libraqm_version__", None):
        return True
    major, minor = (int(x) for x in re.findall(r"\d+", mpl.__version__)[:2])
    return (major, minor) >= (3, 11)


#: Decided once at import; every label follows it (never decided per call site).
SHAPES_ARABIC = renderer_shapes_arabic()


def preshape(s: str) -> str:
    """The pre-3.11 recipe: presentation forms in visual order (arabic_reshaper + bidi).

    Right only for renderers that do not shape; exposed so tests can show it is wrong
    on a shaping matplotlib."""
    import arabic_reshaper
    from bidi import get_display

    return get_display(arabic_reshaper.reshape(s))


RLM = "\u200f"  # RIGHT-TO-LEFT MARK: a strong right-to-left character of width zero


def arabic_label(s, language: str | None = None) -> str:
    """Label text for matplotlib, the one helper every chart text goes through.

    ``str(s)`` unchanged where matplotlib shapes Arabic (:data:`SHAPES_ARABIC`), else
    :func:`preshape` of it; strings without Arabic letters are returned unchanged. In an
    Arabic chart (``language == "ar"``) a label that mixes Arabic with a leading Latin
    name («Project Nimbus — 1.2 مليار دولار») starts with :data:`RLM`, so it is laid out
    right to left (Unicode Bidirectional Algorithm, rule P2: the first strong character
    sets the paragraph direction)."""
    s = "" if s is None or (isinstance(s, float) and pd.isna(s)) else str(s)
    if not _ARABIC.search(s):
        return s
    if language == "ar" and not first_strong_is_arabic(s):
        s = RLM + s
    return s if SHAPES_ARABIC else preshape(s)


# Register the shipped font with the font manager (once, at import: it changes no
# setting); DejaVu Sans (bundled with matplotlib, also has Arabic) is the fallback of
# :data:`STYLE` if the file is missing.
if FONT_FILE.exists():
    font_manager.fontManager.addfont(str(FONT_FILE))

#: The matplotlib settings of every khabar figure, applied by :func:`style` while a
#: figure is made and while it is saved (never changed globally).
STYLE = {
    "font.family": "sans-serif",
    "font.sans-serif": [FONT_FAMILY, "DejaVu Sans"],
    "svg.fonttype": "none",      # SVG labels stay editable text, logical order
    "pdf.fonttype": 42,          # PDF embeds TrueType: text stays searchable
    "svg.hashsalt": "khabar",    # stable ids: same input, same SVG bytes
    "axes.titleweight": "normal",
    "figure.dpi": 100,
    # Outlets, titles and names are data: "Money$$Talks" is a name, not TeX
    # (issue #10.11; matplotlib's text.parse_math, docs: "Text rendering with LaTeX").
    "text.parse_math": False,
}


def style():
    """A context manager that applies :data:`STYLE` (``matplotlib.rc_context``) and
    restores the caller's settings on exit. Every chart of :data:`CHARTS` is drawn in it
    and :func:`save_figure` saves in it; wrap your own drawing of a khabar figure in it
    (``with figures.style(): fig.savefig(...)``): fonts are looked up when a figure is
    drawn."""
    return matplotlib.rc_context(STYLE)

# --------------------------------------------------------------------------- saving

# No dates in the files, so the same figure gives the same bytes.
_METADATA = {"png": {"Software": None}, "svg": {"Date": None},
             "pdf": {"CreationDate": None, "ModDate": None}}


def save_figure(fig: Figure, name: str, out_dir: str | os.PathLike) -> dict[str, Path]:
    """Write ``fig`` as ``<out_dir>/<name>.png`` (200 dpi), ``.svg`` and ``.pdf`` (set in
    :data:`PDF_FONTS`: the PDF backend misplaces Noto Sans Arabic's word spaces).

    Each file is written to a temporary file in ``out_dir`` and renamed when complete
    (atomic). ``out_dir`` is created if needed. Returns ``{format: path}``. Raises
    ``ValueError`` for a name with a path separator.
    """
    if not name or "/" in name or os.sep in name:
        raise ValueError(f"figure name must be a plain file name, got {name!r}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {}
    with style():
        for fmt in FORMATS:
            paths[fmt] = _save_one(fig, out / f"{name}.{fmt}", fmt)
    return paths


def _save_one(fig: Figure, target: Path, fmt: str) -> Path:
    """Write ``fig`` in format ``fmt`` to ``target`` atomically
    (:func:`khabar.io.atomic_file`); returns ``target``."""
    with atomic_file(target, "wb") as fh:
        _write(fig, fh, fmt)
    return target


def _write(fig: Figure, fh, fmt: str) -> None:
    options = {"format": fmt, "dpi": DPI, "bbox_inches": "tight", "metadata": _METADATA[fmt]}
    if fmt == "pdf":
        # matplotlib 3.11's PDF backend places Noto Sans Arabic's glyphs by the font's
        # advances, not raqm's: word spaces vanish or double ("التمويلحسب  العملة");
        # DejaVu Sans, whose Arabic has no such positioning, comes out as drawn. So the
        # PDF is set in DejaVu Sans.
        with matplotlib.rc_context({"font.sans-serif": PDF_FONTS}):
            fig.savefig(fh, **options)
    elif fmt == "svg":
        buf = io.StringIO()
        fig.savefig(buf, **options)
        fh.write(svg_text_direction(buf.getvalue()).encode("utf-8"))
    else:
        fig.savefig(fh, **options)



_SVG_TEXT = re.compile(r'<text style="([^"]*)"([^>]*)>([^<]*)</text>')
_STRONG = re.compile("[\u200f\u200eA-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]|"
                     + _ARABIC.pattern)
_SWAP_ANCHOR = {"start": "end", "end": "start", "middle": "middle"}


def first_strong_is_arabic(s: str) -> bool:
    """Whether the first strongly directional letter of ``s`` is Arabic: the rule by which
    a browser's ``dir="auto"`` and raqm's default direction pick a paragraph's direction
    (Unicode Bidirectional Algorithm, rules P2–P3)."""
    m = _STRONG.search(s)
    return bool(m and (m.group() == RLM or _ARABIC.match(m.group())))


def svg_text_direction(svg: str) -> str:
    """Give every SVG ``<text>`` whose first strong letter is Arabic ``direction: rtl``.

    matplotlib writes labels (``svg.fonttype: none``) in logical order with no direction,
    so a browser lays out «منظمة العدالة MediaJustice» left to right, the Latin name on the
    wrong side. With ``direction: rtl`` the meaning of ``text-anchor`` flips (``start`` is
    the right edge), so start and end are swapped to keep each label where matplotlib
    placed it (SVG 1.1 §10.9.1 text-anchor, CSS Writing Modes ``direction``).
    Input and output: the SVG document as text.
    """
    def fix(m: re.Match) -> str:
        style, attrs, content = m.groups()
        if not first_strong_is_arabic(html.unescape(content)):
            return m.group(0)
        anchor = re.search(r"text-anchor: (\w+)", style)
        new = _SWAP_ANCHOR.get(anchor.group(1) if anchor else "start", "end")
        style = (re.sub(r"text-anchor: \w+", f"text-anchor: {new}", style) if anchor
                 else f"{style}; text-anchor: {new}")
        return f'<text style="{style}; direction: rtl"{attrs}>{content}</text>'

    return _SVG_TEXT.sub(fix, svg)

# --------------------------------------------------------------------------- language

LANGUAGES = ("ar", "en")

#: Every fixed text of the charts, (English, Arabic); :func:`tr` picks one and fills it.
TEXTS = {
    "source": ("Source: khabar analysis", "المصدر: تحليل خبر"),
    "articles": ("{n} article(s)", "المقالات: {n}"),
    "outlets": ("{n} outlet(s): {names}", "المنافذ ({n}): {names}"),
    "no_outlet": ("{n} with no outlet named", "دون منفذ مذكور: {n}"),
    "and_more": ("{shown} and {n} more", "{shown} و{n} غيرها"),
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
    "no_funding": ("No funding figures found", "لم يُعثر على أرقام تمويل"),
    "amount_in": ("amount ({unit})", "المبلغ ({unit})"),
    "unknown_subject": ("unknown subject", "جهة غير معروفة"),
    "subject_figure": ("subject — figure as written", "الجهة — الرقم كما ورد"),
    "repeat": ("figure {i} of {n} for this subject", "الرقم {i} من {n} لهذه الجهة"),
    "more_figures": ("… and {n} more figure(s) not shown", "… وأرقام أخرى لم تُعرض: {n}"),
    "times": ("×{n} in {k} article(s)", "×{n} في {k} مقال"),
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
    ``1.2 billion USD``; ``250 ألف دولار``; ``3 ملايين يورو`` (plural after 3–10).

    Input: ``amount`` in full units of ``currency`` (ISO 4217; empty = unknown). Output:
    the text; an empty string for a missing amount."""
    if amount is None or (isinstance(amount, float) and math.isnan(amount)):
        return ""
    value, word = scale_of(float(amount), check_language(language))
    number = _scaled(float(amount) / value)
    if language == "ar" and word:
        plural = next(p for v, _, s, p in SCALES if s == word)
        if float(amount) / value in range(3, 11):
            word = plural
    return digits_of(" ".join(x for x in (number, word, currency_name(currency, language)) if x),
                     digits)


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


# --------------------------------------------------------------------------- figures

def _figure(title: str, source: str, size=(8, 5), ncols: int = 1, nrows: int = 1,
            language: str = "ar", **subplots):
    fig = Figure(figsize=size, layout="constrained")
    axes = fig.subplots(nrows, ncols, squeeze=True, **subplots)
    rtl = check_language(language) == "ar"
    fig.suptitle(arabic_label(title, language), x=0.98 if rtl else 0.02,
                 ha="right" if rtl else "left")
    fig.text(1.0 if rtl else 0.0, -0.02, arabic_label(source, language), fontsize=7, color="0.35",
             ha="right" if rtl else "left", va="top", transform=fig.transFigure)
    return fig, axes


def display_figure(fig: Figure, name: str, out_dir: str | os.PathLike, width: int = 760):
    """:func:`save_figure`, then show the saved PNG in a notebook (``width`` in CSS
    pixels) as an HTML ``<img>`` whose alt text is the figure's title and source line
    (the exported report keeps it). Returns ``{format: path}``."""
    import base64

    from IPython.display import HTML, display

    paths = save_figure(fig, name, out_dir)
    alt = " — ".join(dict.fromkeys(t.get_text() for t in fig.texts))  # title, source line
    data = base64.b64encode(paths["png"].read_bytes()).decode("ascii")
    display(HTML(f'<img src="data:image/png;base64,{data}" width="{width}" '
                 f'style="max-width:100%;height:auto" alt="{html.escape(alt)}" '
                 f'data-figure="{html.escape(name)}">'))
    return paths


def empty_figure(title: str, message: str, source: str, language: str = "ar") -> Figure:
    """A figure that says why there is no chart (e.g. "no quotes found")."""
    fig, ax = _figure(title, source, size=(6, 2.5), language=language)
    ax.axis("off")
    ax.text(0.5, 0.5, arabic_label(message, language), ha="center", va="center", fontsize=12,
            color="0.3")
    return fig


def _count_range(lo: int, hi: int, language: str, digits: str) -> str:
    # "3–5" for a bin of counts, "3" when it holds one count.
    if lo == hi:
        return format_count(lo, language, digits)
    return f"{format_count(lo, language, digits)}–{format_count(hi, language, digits)}"


def _mirror(ax, language: str) -> None:
    # Arabic charts read right to left: the value axis grows leftwards and the category
    # labels stand on the right, where a reader of Arabic starts.
    if language == "ar":
        ax.invert_xaxis()
        ax.yaxis.tick_right()
        ax.yaxis.set_label_position("right")
        ax.yaxis.labelpad = 10                 # room for the PDF's wider face (save_figure)
        ax.spines[["top", "left"]].set_visible(False)
    else:
        ax.spines[["top", "right"]].set_visible(False)


def _count_axis(axis, language: str, digits: str) -> None:
    axis.set_major_locator(MaxNLocator(integer=True))
    axis.set_major_formatter(FuncFormatter(lambda v, _: format_count(v, language, digits)
                                           if float(v).is_integer() else ""))


def _barh(ax, labels, values, xlabel: str, ylabel: str, language: str = "ar",
          texts=None, counts: bool = True, digits: str = "latin") -> None:
    # Largest bar on top; its value written at the end of each bar.
    labels, values = list(labels)[::-1], list(values)[::-1]
    texts = list(texts)[::-1] if texts is not None else [format_count(v, language, digits)
                                                         for v in values]
    y = range(len(values))
    ax.barh(y, values, color="#3b6ea5")
    ax.set_yticks(list(y), [arabic_label(v, language) for v in labels])
    rtl = language == "ar"
    for yi, v, t in zip(y, values, texts):
        ax.annotate(arabic_label(t, language), (v, yi), xytext=(-3 if rtl else 3, 0),
                    textcoords="offset points", va="center", ha="right" if rtl else "left",
                    fontsize=8)
    ax.set_xlabel(arabic_label(xlabel, language))
    ax.set_ylabel(arabic_label(ylabel, language))
    ax.margins(x=0.18)
    if counts:
        _count_axis(ax.xaxis, language, digits)
    _mirror(ax, language)


# --------------------------------------------------------------------------- views

#: Background colours per entity label in :func:`entity_view_html`.
LABEL_COLOURS = {"ORG": "#cfe2ff", "PERSON": "#ffe0b3", "PLACE": "#d4f0d4",
                 "PROJECT": "#f5d0f0"}


def entity_view_html(text: str, mentions: pd.DataFrame) -> str:
    """The article as right-to-left HTML with every mention coloured by label.

    Input: the article as read (``Document.text``) and its rows of the mentions table
    (start, end, label, entity; offsets into ``text``). Output: an HTML string, one
    ``<p>`` per line, ``dir="rtl"``; a mention's tooltip names its entity and label.
    Overlapping mentions: the earlier (then longer) one wins. Raises ``ValueError`` if
    an offset lies outside ``text``.
    """
    spans = sorted(zip(mentions["start"].astype(int), mentions["end"].astype(int),
                       mentions["label"], mentions["entity"]), key=lambda r: (r[0], -r[1]))
    parts, pos = [], 0
    for start, end, label, entity in spans:
        if not 0 <= start < end <= len(text):
            raise ValueError(f"mention offsets {start}:{end} outside a text of "
                             f"{len(text)} characters")
        if start < pos:
            continue
        colour = LABEL_COLOURS.get(label, "#e0e0e0")
        tip = html.escape(f"{entity} ({label})")
        parts += [html.escape(text[pos:start]),
                  f'<mark style="background:{colour}" title="{tip}">'
                  f"{html.escape(text[start:end])}</mark>"]
        pos = end
    parts.append(html.escape(text[pos:]))
    paragraphs = "".join(f"<p>{line}</p>" for line in "".join(parts).splitlines() if line.strip())
    legend = " ".join(f'<mark style="background:{c}">{k}</mark>' for k, c in LABEL_COLOURS.items())
    return (f'<div dir="rtl" lang="ar" style="font-family:\'{FONT_FAMILY}\', \'DejaVu Sans\', '
            f'sans-serif; line-height:1.9; text-align:right">'
            f'<p dir="ltr" style="text-align:left">{legend}</p>{paragraphs}</div>')


# --------------------------------------------------------------------------- charts

# --------------------------------------------------------------------------- registry

class Chart(NamedTuple):
    """One chart of the notebooks and reports, as registered by :func:`chart`."""
    name: str            # the function's name, also the saved file's name (name.png, ...)
    function: Callable   # (table, source=..., language=...) -> Figure, drawn in style()
    table: str           # the table it is drawn from (a key of pipeline.load_tables)
    notebook: str        # its topical notebook (notebooks/build.py); the report has all
    caption_en: str      # caption in the Word report (khabar.newsroom.write_docx)
    caption_ar: str


#: Every chart, in report order (the order of definition in this module). Read by
#: notebooks/build.py (a figure cell in the chart's notebook and in the report), by
#: tests/test_notebooks.py (the figures each notebook must write) and by
#: :mod:`khabar.newsroom` (the Word report's figures and captions).
CHARTS: dict[str, Chart] = {}


def chart(table: str, notebook: str, caption_en: str, caption_ar: str):
    """Decorator registering a chart function in :data:`CHARTS` under its name; the
    registered function draws in :func:`style`. Raises ``ValueError`` for a name
    registered twice."""
    def register(function: Callable) -> Callable:
        @functools.wraps(function)
        def draw(*args, **kwargs) -> Figure:
            with style():
                return function(*args, **kwargs)

        if function.__name__ in CHARTS:
            raise ValueError(f"chart {function.__name__!r} is registered twice")
        CHARTS[function.__name__] = Chart(function.__name__, draw, table, notebook,
                                          caption_en, caption_ar)
        return draw
    return register


def _source(source, language):
    return tr("source", language) if source is None else source


@chart("terms", "01_tokenise",
       "Top terms: normalised words, stop words removed.",
       "المصطلحات الأكثر تكراراً: الكلمات بعد التطبيع وحذف كلمات التوقف.")
def top_terms(terms: pd.DataFrame, n: int = 20, source: str | None = None,
              language: str = "ar", digits: str = "latin") -> Figure:
    """Horizontal bars of the ``n`` most frequent terms.

    Input: the terms table (columns term, frequency, surface). Labels show the surface
    form; the title says "top n of N" when the table is longer."""
    source = _source(source, language)
    title = tr("top_terms", language, n=n)
    if terms.empty:
        return empty_figure(title, tr("no_terms", language), source, language)
    top = terms.sort_values(["frequency", "term"], ascending=[False, True]).head(n)
    fig, ax = _figure(title, source, size=(7, 0.3 * len(top) + 1.5), language=language)
    _barh(ax, top["surface"], top["frequency"].astype(int), tr("occurrences", language),
          tr("term", language), language, digits=digits)
    return fig


@chart("organisations", "02_organisations",
       "Mentions per organisation, Arabic and Latin spellings merged.",
       "عدد الإشارات إلى كل منظمة، بعد دمج التهجئات العربية واللاتينية.")
def mentions_per_organisation(organisations: pd.DataFrame, n: int = 20,
                              source: str | None = None, language: str = "ar",
                              digits: str = "latin") -> Figure:
    """Bars of mentions per organisation (organisations table: organisation, mentions)."""
    source = _source(source, language)
    title = tr("mentions_title", language)
    if organisations.empty:
        return empty_figure(title, tr("no_orgs", language), source, language)
    if len(organisations) > n:                 # say so when the chart is not the whole table
        total = format_count(len(organisations), language, digits)
        title += f" ({tr('top_of', language, n=n, total=total)})"
    top = organisations.sort_values(["mentions", "organisation"], ascending=[False, True]).head(n)
    fig, ax = _figure(title, source, size=(7, 0.3 * len(top) + 1.5), language=language)
    _barh(ax, [shorten(o, 50) for o in top["organisation"]], top["mentions"].astype(int),
          tr("mentions_count", language), tr("organisation", language), language, digits=digits)
    return fig


#: Paragraph numbers past this are pooled into one last column ("30+"), so a corpus with
#: one very long article does not make the heatmap unreadably wide.
MAX_PARAGRAPHS = 30


def count_bins(vmax: int) -> list[tuple[int, int]]:
    """Whole-number colour classes for counts 0..``vmax``: one class per count up to 6,
    else 0, 1, 2, 3–4, 5–9, 10–19, 20–49, 50–99, … (1-2-5 steps). Each ``(low, high)``
    inclusive."""
    vmax = max(int(vmax), 1)
    if vmax <= 6:
        return [(i, i) for i in range(vmax + 1)]
    bins, low = [(0, 0), (1, 1), (2, 2)], 3
    steps = [5, 10, 20, 50]
    while low <= vmax:
        high = next((s for s in steps if s > low), None)
        if high is None:
            steps.extend(10 * s for s in steps[-3:])
            continue
        bins.append((low, min(high - 1, vmax) if high - 1 >= vmax else high - 1))
        low = high
    return bins


@chart("mentions", "02_organisations",
       "Where each entity appears, paragraph by paragraph.",
       "أين تظهر كل جهة في فقرات المقال.")
def mentions_across_article(mentions: pd.DataFrame, n: int = 15, labels=("ORG", "PROJECT"),
                            source: str | None = None, language: str = "ar",
                            digits: str = "latin") -> Figure:
    """Heatmap: paragraph (x) × entity (y), cell = mentions in that paragraph, in discrete
    colour classes of whole counts (:func:`count_bins`).

    Input: the mentions table (doc_id, paragraph, entity, label). Only entities whose
    label is in ``labels`` (all if ``None``), the ``n`` most mentioned; with several
    documents, paragraphs of all documents are pooled by number, and paragraphs past
    :data:`MAX_PARAGRAPHS` share the last column.
    """
    source = _source(source, language)
    title = tr("across_title", language)
    m = mentions if labels is None else mentions[mentions["label"].isin(labels)]
    if m.empty:
        return empty_figure(title, tr("no_mentions", language), source, language)
    docs = m["doc_id"].nunique() if "doc_id" in m else 1
    if docs > 1:                               # several articles: say they are pooled
        title = tr("across_pooled", language, n=format_count(docs, language, digits))
    order = m["entity"].value_counts().sort_index().sort_values(ascending=False, kind="mergesort")
    keep = list(order.index[:n])
    last = min(int(m["paragraph"].max()), MAX_PARAGRAPHS)
    m = m[m["entity"].isin(keep)].assign(paragraph=m["paragraph"].astype(int).clip(upper=last))
    grid = m.groupby(["entity", "paragraph"]).size().unstack(fill_value=0).reindex(keep)
    grid = grid.reindex(columns=range(1, last + 1), fill_value=0).fillna(0).astype(int)
    bins = count_bins(grid.values.max())
    edges = [lo - 0.5 for lo, _ in bins] + [bins[-1][1] + 0.5]
    cmap = ListedColormap(["#ffffff"] + [matplotlib.colormaps["Blues"](x) for x in
                                         [0.25 + 0.75 * i / max(len(bins) - 2, 1)
                                          for i in range(len(bins) - 1)]])
    rtl = language == "ar"
    size = (max(6, 0.35 * grid.shape[1] + 4), 0.35 * len(keep) + 1.9)
    fig, ax = _figure(title, source, size=size, language=language)
    im = ax.imshow(grid.values, aspect="auto", cmap=cmap, norm=BoundaryNorm(edges, cmap.N))
    ax.set_yticks(range(len(keep)), [arabic_label(shorten(e, 40), language) for e in keep])
    names = [format_count(c, language, digits) for c in grid.columns]
    if int(mentions["paragraph"].max()) > last:
        names[-1] += "+"
    ax.set_xticks(range(grid.shape[1]), names, fontsize=7)
    xlabel = tr("paragraph_one" if docs == 1 else "paragraph_pooled", language)
    ax.set_xlabel(arabic_label(xlabel, language))
    ax.set_ylabel(arabic_label(tr("entity", language), language))
    if rtl:                                    # paragraph 1 on the right, labels on the right
        ax.invert_xaxis()
        ax.yaxis.tick_right()
        ax.yaxis.set_label_position("right")
    bar = fig.colorbar(im, ax=ax, shrink=0.8, location="left" if rtl else "right",
                       ticks=[(a + b) / 2 for a, b in zip(edges, edges[1:])])
    bar.set_ticklabels([_count_range(lo, hi, language, digits) for lo, hi in bins])
    bar.set_label(arabic_label(tr("mentions_count", language), language))
    return fig


#: At most this many currency panels and rows per panel in :func:`funding_by_subject`.
MAX_CURRENCIES, MAX_FIGURES = 3, 12


def _is_true(v) -> bool:
    return v is True or str(v).strip().lower() == "true"


@chart("funding", "03_funding",
       "Funding figures by currency, not converted, and what they are for.",
       "أرقام التمويل حسب العملة، دون تحويل، وما خُصّصت له.")
def funding_by_subject(funding: pd.DataFrame, source: str | None = None, language: str = "ar",
                       n: int = MAX_FIGURES, digits: str = "latin") -> Figure:
    """Funding figures, one panel per currency (amounts are never converted, so each
    panel has its own scale), one bar per figure: what it is for (subject), the figure
    as written, ``≈`` when approximate, "×n in k article(s)" when the same figure for the
    same subject is written the same way more than once, and "figure i of k for this
    subject" where a subject has several different figures. Amounts are written in words
    of scale (:func:`format_amount`).

    At corpus scale: the ``n`` largest figures per panel and the
    :data:`MAX_CURRENCIES` currencies with most figures; the rest is counted in a note
    ("… and N more figures not shown"). Input: the funding table (text, amount, currency,
    subject, approximate; extra columns ignored). Rows with no amount are left out, and so
    is a ``restatement`` row (the same sum in another currency: docs/money.md).
    """
    source = _source(source, language)
    title = tr("funding_title", language)
    f = funding.dropna(subset=["amount"]) if not funding.empty else funding
    if "restatement" in f and len(f):
        f = f[~f["restatement"].astype(str).str.lower().isin(("true", "1"))]
    if f.empty:
        return empty_figure(title, tr("no_funding", language), source, language)
    f = f.assign(currency=f["currency"].fillna("").astype(str),
                 subject=f["subject"].fillna("").astype(str),
                 amount=f["amount"].astype(float),
                 approximate=f["approximate"].map(_is_true),
                 doc_id=f["doc_id"].astype(str) if "doc_id" in f else "")
    # The same figure, for the same subject, written the same way (wire copy reprinted,
    # one article in several files) is one row that says how often it occurs.
    f = (f.groupby(["currency", "subject", "amount", "text", "approximate"], sort=False)
         .agg(times=("doc_id", "size"), articles=("doc_id", "nunique")).reset_index())
    per_currency = f.groupby("currency")["times"].sum()
    currencies = sorted(per_currency.index, key=lambda c: (-per_currency[c], c == "", c))
    shown, rest = currencies[:MAX_CURRENCIES], currencies[MAX_CURRENCIES:]
    repeats = f.groupby(["currency", "subject"])["amount"].transform("size")
    f = f.assign(repeats=repeats)
    f = f.assign(rank=f.sort_values(["amount", "text"], ascending=[False, True], kind="mergesort")
                 .groupby(["currency", "subject"]).cumcount().reindex(f.index) + 1)
    panels = [f[f["currency"] == c].sort_values(["amount", "text"], ascending=[False, True],
                                                kind="mergesort") for c in shown]
    rows = [min(len(p), n) for p in panels]
    fig, axes = _figure(title, source, size=(9, 0.42 * sum(rows) + 1.3 * len(rows) + 0.8),
                        nrows=len(rows), language=language,
                        gridspec_kw={"height_ratios": [r + 1.2 for r in rows]})
    axes = [axes] if len(rows) == 1 else list(axes)
    repeated = False
    for ax, currency, p in zip(axes, shown, panels):
        top = p.head(n)
        scale, word = scale_of(top["amount"].max(), language)
        unit = " ".join(x for x in (word, currency_name(currency, language)) if x)
        labels = []
        for r in top.itertuples():
            subject = shorten(r.subject, 40) or tr("unknown_subject", language)
            label = f"{subject} — {shorten(r.text, 40)}"
            if r.approximate:
                label += " ≈"
            if r.times > 1:
                label += " " + tr("times", language, n=format_count(r.times, language, digits),
                                  k=format_count(r.articles, language, digits))
            if r.repeats > 1:
                label += f" ({tr('repeat', language, i=r.rank, n=r.repeats)})"
                repeated = True
            labels.append(label)
        _barh(ax, labels, top["amount"] / scale, tr("amount_in", language, unit=unit),
              tr("subject_figure", language) if ax is axes[0] else "", language,
              texts=[format_amount(a, currency, language, digits) for a in top["amount"]],
              counts=False, digits=digits)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: digits_of(_scaled(v), digits)))
        code = f" ({currency})" if currency and language == "ar" else ""
        ax.set_title(arabic_label(currency_name(currency, language) + code, language),
                     loc="right" if language == "ar" else "left", fontsize=10)
        if len(p) > n:
            hidden = format_count(int(p["times"].iloc[n:].sum()), language, digits)
            ax.text(1.0 if language == "ar" else 0.0, -0.5 / (len(top) + 1.2) - 0.25,
                    arabic_label(tr("more_figures", language, n=hidden), language),
                    transform=ax.transAxes, fontsize=8, color="0.3",
                    ha="right" if language == "ar" else "left", va="top")
    notes = []
    if rest:
        hidden = int(sum(per_currency[c] for c in rest))
        notes.append(tr("more_currencies", language, n=format_count(hidden, language, digits),
                        k=len(rest), codes=", ".join(c or "?" for c in rest[:5])
                        + (" …" if len(rest) > 5 else "")))
    if repeated:
        notes.append(tr("repeat_note", language))
    if notes:
        rtl = language == "ar"
        fig.text(1.0 if rtl else 0.0, -0.06, arabic_label("\n".join(notes), language), fontsize=7,
                 color="0.25", ha="right" if rtl else "left", va="top", transform=fig.transFigure)
    return fig


def direct_quotes(quotes: pd.DataFrame) -> pd.DataFrame:
    """Rows of the quotes table whose ``kind`` is ``direct`` (indirect speech, e.g.
    "ذكرت وكالة رويترز أن …", is counted separately and not charted)."""
    return quotes[quotes["kind"] == "direct"] if "kind" in quotes else quotes


@chart("quotes", "04_quotes",
       "Direct quotes and quoted words per speaker.",
       "الاقتباسات المباشرة والكلمات المقتبسة لكل متحدث.")
def quotes_per_speaker(quotes: pd.DataFrame, n: int = 15, source: str | None = None,
                       by: str = "speaker", language: str = "ar", digits: str = "latin") -> Figure:
    """Two panels: direct quotes and quoted words per speaker (or per ``by``, e.g.
    affiliation). Input: the quotes table (kind, speaker, affiliation, words); only direct
    quotes count; groups from :func:`khabar.quotes.voice_table`."""
    from .quotes import voice_table

    source = _source(source, language)
    by_name = tr(by, language) if by in TEXTS else by
    title = tr("quotes_title", language, by=by_name)
    table = voice_table(quotes, by)
    per = table.head(n).set_index(by)
    if per.empty:
        return empty_figure(title, tr("no_quotes", language), source, language)
    if len(table) > n:
        total = format_count(len(table), language, digits)
        title += f" ({tr('top_of', language, n=n, total=total)})"
    names = [category(i, language) if i == "unknown" else shorten(i, 45) for i in per.index]
    fig, (a1, a2) = _figure(title, source, size=(10, 0.35 * len(per) + 1.8), ncols=2,
                            language=language)
    # In Arabic the first panel (quotes) stands on the right, where reading starts.
    first, second = (a2, a1) if language == "ar" else (a1, a2)
    _barh(first, names, per["quotes"].astype(int), tr("direct_count", language), by_name,
          language, digits=digits)
    _barh(second, names, per["words"].astype(int), tr("words_count", language), "", language,
          digits=digits)
    second.set_yticklabels([])
    return fig


@chart("quotes", "04_quotes",
       "Direct quotes and quoted words per affiliation.",
       "الاقتباسات المباشرة والكلمات المقتبسة حسب الانتماء.")
def quotes_per_affiliation(quotes: pd.DataFrame, n: int = 15, source: str | None = None,
                           language: str = "ar", digits: str = "latin") -> Figure:
    """:func:`quotes_per_speaker` grouped by the speaker's affiliation."""
    return quotes_per_speaker(quotes, n, source, by="affiliation", language=language,
                              digits=digits)


def gender_category(quotes: pd.DataFrame) -> pd.Series:
    """Gender shown for each quote: the speaker's gender (male | female | unknown) for a
    person; "organisation (no gender)" for an organisation or document speaking (its
    grammatical gender says nothing about a person); "unknown" otherwise."""
    gender = quotes["speaker_gender"].fillna("").astype(str).replace("", "unknown")
    kind = quotes["speaker_type"].fillna("").astype(str)
    return gender.where(kind == "person",
                        kind.map(lambda k: "organisation (no gender)"
                                 if k in ("organisation", "document") else "unknown"))


@chart("quotes", "04_quotes",
       "Shares of direct quotes by speaker gender and speaker type.",
       "حصص الاقتباسات المباشرة حسب جنس المتحدث ونوعه.")
def quote_shares(quotes: pd.DataFrame, source: str | None = None, language: str = "ar",
                 digits: str = "latin") -> Figure:
    """Two panels on one 0–100 % scale: share of direct quotes by speaker gender
    (:func:`gender_category`: organisations are their own category) and by speaker type.
    Input: the quotes table (kind, speaker_gender, speaker_type)."""
    source = _source(source, language)
    title = tr("shares_title", language)
    quotes = direct_quotes(quotes)
    if quotes.empty:
        return empty_figure(title, tr("no_quotes", language), source, language)
    fig, axes = _figure(title, source, size=(10, 3.2), ncols=2, language=language, sharex=True)
    panels = ((gender_category(quotes), "gender"),
              (quotes["speaker_type"].fillna("").astype(str).replace("", "unknown"), "type"))
    order = (axes[1], axes[0]) if language == "ar" else (axes[0], axes[1])
    for ax, (values, what) in zip(order, panels):
        counts = values.value_counts().sort_index().sort_values(ascending=False, kind="mergesort")
        shares = 100 * counts / counts.sum()
        _barh(ax, [f"{category(k, language)} ({format_count(v, language, digits)})"
                   for k, v in counts.items()], shares, tr("share", language), tr(what, language),
              language, texts=[digits_of(f"{s:.0f}%", digits) for s in shares], counts=False,
              digits=digits)
    axes[0].set_xlim(*((112, 0) if language == "ar" else (0, 112)))  # shared: both panels
    axes[0].xaxis.set_major_formatter(FuncFormatter(lambda v, _: digits_of(f"{v:.0f}", digits)))
    return fig


def length_bins(words: pd.Series, most: int = 20) -> list[float]:
    """Histogram edges for whole word counts: bins of a whole width (1, 2, 5, 10, …) with
    edges at half-integers, so each bar covers whole lengths and at most ``most`` bars."""
    lo, hi = int(words.min()), int(words.max())
    width = 1
    for w in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000):
        width = w
        if (hi - lo) // w + 1 <= most:
            break
    start = lo - lo % width
    return [start + i * width - 0.5 for i in range((hi - start) // width + 2)]


@chart("quotes", "04_quotes",
       "Lengths of direct quotes, in words.",
       "أطوال الاقتباسات المباشرة بالكلمات.")
def quote_lengths(quotes: pd.DataFrame, source: str | None = None, language: str = "ar",
                  digits: str = "latin") -> Figure:
    """Histogram of direct quote lengths in words (quotes table: kind, words), whole-word
    bins (:func:`length_bins`) and whole-count ticks."""
    source = _source(source, language)
    title = tr("lengths_title", language)
    quotes = direct_quotes(quotes)
    if quotes.empty:
        return empty_figure(title, tr("no_quotes", language), source, language)
    words = quotes["words"].astype(int)
    fig, ax = _figure(title, source, size=(7, 3.5), language=language)
    edges = length_bins(words)
    ax.hist(words, bins=edges, color="#3b6ea5", edgecolor="white")
    ax.set_xlabel(arabic_label(tr("length", language), language))
    ax.set_ylabel(arabic_label(tr("direct_count", language), language))
    width = int(edges[1] - edges[0])
    if width == 1:                             # one bar per length: ticks on the bars
        _count_axis(ax.xaxis, language, digits)
    else:                                      # a bar covers lengths lo–hi: say so under it
        lows = [int(e + 0.5) for e in edges[:-1]]
        every = max(1, math.ceil(len(lows) / 10))
        ax.set_xticks([lo + (width - 1) / 2 for lo in lows[::every]],
                      [_count_range(lo, lo + width - 1, language, digits)
                       for lo in lows[::every]], fontsize=7)
    _count_axis(ax.yaxis, language, digits)
    if language == "ar":
        ax.yaxis.tick_right()
        ax.yaxis.set_label_position("right")
        ax.spines[["top", "left"]].set_visible(False)
    else:
        ax.spines[["top", "right"]].set_visible(False)
    return fig
