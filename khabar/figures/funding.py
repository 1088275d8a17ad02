"""The chart of the funding table: figures by currency, never converted, and what each
is for (``"1.2 مليار دولار"`` for ``"مشروع نيمبوس"``)."""
from __future__ import annotations


import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from .axes import _barh, _figure, _source, empty_figure
from .labels import _ARABIC, LRM, RLM, arabic_label, first_strong_is_arabic, rtl_segment
from .language import (_scaled, currency_name, digits_of, entity_name, format_amount,
                       format_count,
                       scale_of, shorten, tr)
from .registry import chart

#: At most this many currency panels and rows per panel in :func:`funding_by_subject`.
MAX_CURRENCIES, MAX_FIGURES = 3, 12


def _is_true(v) -> bool:
    return v is True or str(v).strip().lower() == "true"


@chart("funding", "03_funding",
       "Funding figures by currency, not converted, and what they are for.",
       "أرقام التمويل حسب العملة، دون تحويل، وما خُصّصت له.")
def funding_by_subject(funding: pd.DataFrame, source: str | None = None, language: str = "ar",
                       n: int = MAX_FIGURES, digits: str = "latin", names=None) -> Figure:
    """Funding figures, one panel per currency (amounts are never converted, so each
    panel has its own scale), one bar per figure: what it is for (subject), the figure
    as written, ``≈`` when approximate, "(at least)" / "(at most)" for a lower or upper
    bound (``bound``: أكثر من، حتى), "×n in k article(s)" when the same figure for the
    same subject is written the same way more than once, and "figure i of k for this
    subject" where a subject has several different figures. Amounts are written in words
    of scale (:func:`format_amount`).

    At corpus scale: the ``n`` largest figures per panel and the
    :data:`MAX_CURRENCIES` currencies with most figures; the rest is counted in a note
    ("… and N more figures not shown"). Input: the funding table (text, amount, currency,
    subject, approximate; kind when present, for the title: :func:`_title_key`; extra
    columns ignored). Rows with no amount are left out, and so is a ``restatement`` row
    (the same sum in another currency: docs/money.md).
    ``names``: Arabic names of organisations (:func:`display_names`) for the subjects.
    """
    source = _source(source, language)
    f = _funding_figures(funding)
    if f.empty:
        return empty_figure(tr("funding_title", language), tr("no_funding", language), source,
                            language)
    title = tr(_title_key(f), language)
    f = _counted_once(f)
    per_currency = f.groupby("currency")["times"].sum()
    currencies = sorted(per_currency.index, key=lambda c: (-per_currency[c], c == "", c))
    shown, rest = currencies[:MAX_CURRENCIES], currencies[MAX_CURRENCIES:]
    panels = [f[f["currency"] == c].sort_values(["amount", "text"], ascending=[False, True],
                                                kind="mergesort") for c in shown]
    rows = [min(len(p), n) for p in panels]
    fig, axes = _figure(title, source, size=(9, 0.42 * sum(rows) + 1.3 * len(rows) + 0.8),
                        nrows=len(rows), language=language,
                        gridspec_kw={"height_ratios": [r + 1.2 for r in rows]})
    axes = [axes] if len(rows) == 1 else list(axes)
    repeated = False
    for ax, currency, p in zip(axes, shown, panels):
        repeated |= _draw_panel(ax, currency, p, n, ax is axes[0], language, digits, names)
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


#: Kinds of money given (funding.csv ``kind``, docs/money.md "Kind of money"): a chart of
#: these (or of figures of no stated kind) is one of funding.
_GIVEN_KINDS = {"", "financing", "pledge", "grant", "loan", "aid", "donation", "deposit",
                "investment"}


def _title_key(f: pd.DataFrame) -> str:
    """The :data:`TEXTS` key of the chart's title for the charted rows ``f``: "funding
    figures" when every row's ``kind`` is money given or none is stated
    (:data:`_GIVEN_KINDS`), else "sums of money" — a contract's value, a budget, revenue or
    a cost is no funding, and the title must fit every figure the chart shows. A table
    with no ``kind`` column is charted as funding."""
    if "kind" not in f:
        return "funding_title"
    kinds = set(f["kind"].fillna("").astype(str))
    return "funding_title" if kinds <= _GIVEN_KINDS else "money_title"


def _funding_figures(funding: pd.DataFrame) -> pd.DataFrame:
    """The rows of the funding table that are charted (an amount, not a restatement),
    with currency and subject as text ("" when missing), amount as float, approximate as
    bool and doc_id as text; an empty frame when none is left."""
    f = funding.dropna(subset=["amount"]) if not funding.empty else funding
    if "restatement" in f and len(f):
        f = f[~f["restatement"].astype(str).str.lower().isin(("true", "1"))]
    if f.empty:
        return f
    return f.assign(currency=f["currency"].fillna("").astype(str),
                    subject=f["subject"].fillna("").astype(str),
                    amount=f["amount"].astype(float),
                    approximate=f["approximate"].map(_is_true),
                    bound=f["bound"].fillna("").astype(str) if "bound" in f else "",
                    doc_id=f["doc_id"].astype(str) if "doc_id" in f else "")


def _counted_once(f: pd.DataFrame) -> pd.DataFrame:
    """One row per figure (currency, subject, amount, text, approximate) with ``times``
    (rows) and ``articles`` (documents) it stands for, ``article`` (the doc_id of a
    figure with no subject when there are several documents, else ""), ``repeats`` (the
    different figures of its currency and subject) and ``rank`` (1 for the first of them
    in reading order:
    by article, then by position in it, so "figure 1 of 2" is the one a reader meets
    first in the text)."""
    order = [c for c in ("doc_id", "start") if c in f]
    if order:
        f = f.sort_values(order, kind="mergesort")
    # The same figure, for the same subject, written the same way (wire copy reprinted,
    # one article in several files) is one row that says how often it occurs; groups in
    # the order of their first occurrence. A figure whose subject is unknown is the same
    # only within its article: across articles two such figures are two sums, not one,
    # and "figure i of k" would number sums of different stories as one subject's.
    own = f["doc_id"].where(f["subject"] == "", "")
    several = f["doc_id"].nunique() > 1
    f = (f.assign(_unknown_in=own)
         .groupby(["currency", "subject", "_unknown_in", "amount", "text", "approximate",
                   "bound"], sort=False)
         .agg(times=("doc_id", "size"), articles=("doc_id", "nunique")).reset_index())
    known = f["subject"] != ""
    repeats = f.groupby(["currency", "subject"])["amount"].transform("size").where(known, 1)
    rank = (f.groupby(["currency", "subject"]).cumcount() + 1).where(known, 1)
    # Such a figure's bar names its article when there are several (which story it is).
    article = f["_unknown_in"] if several else ""
    return f.drop(columns="_unknown_in").assign(repeats=repeats, rank=rank, article=article)


def _figure_label(r, language: str, digits: str, names=None) -> str:
    """The bar label of one figure: "subject — text as written", then ≈, "×n in k
    article(s)" and "(figure i of k for this subject)" where they apply."""
    # An Arabic chart names a body in Arabic (entity_name: World Bank → البنك الدولي).
    name = entity_name(r.subject, language, names)
    subject = shorten(name, 40) or tr("unknown_subject", language)
    if not name and getattr(r, "article", ""):
        # Which story, when the chart holds several. The LRM after a cut id keeps its "…"
        # at the id's end in an Arabic label (a neutral mark between Latin and ")" took
        # the right-to-left direction and moved to the id's other side).
        article = shorten(r.article, 24)
        subject += f" ({article}{LRM if article != r.article else ''})"
    # In an Arabic chart the subject is closed as a right-to-left segment: a Latin name
    # («King Salman … Relief…») took the amount's first digits into its left-to-right
    # run (bidi rule W7), which split "6 مليارات" across the label.
    text = shorten(r.text, 40)
    if language == "ar":
        label = f"{rtl_segment(subject)} — {text}"
    else:
        # After a Latin name the figure as written is opened with RLM, so its number is
        # read with the Arabic after it (82 on the right of «82 مليون يورو»), not drawn
        # into the name's left-to-right run.
        arabic_after_latin = _ARABIC.search(text) and not first_strong_is_arabic(subject)
        label = f"{subject} — {RLM + text if arabic_after_latin else text}"
    if r.approximate:
        label += " ≈"
    if getattr(r, "bound", "") in ("lower", "upper"):
        # أكثر من 27 مليون درهم: the figure as written is the bound, not the sum
        label += f" ({tr(r.bound + '_bound', language)})"
    notes = []
    if r.times > 1:
        notes.append(tr("times", language, n=format_count(r.times, language, digits),
                        k=format_count(r.articles, language, digits)))
    if r.repeats > 1:
        notes.append(f"({tr('repeat', language, i=r.rank, n=r.repeats)})")
    if not notes:
        return label
    # In an English chart the notes are a line of their own: a line is laid out by
    # itself, so English notes never change places with an Arabic subject before them
    # (on one line the Arabic set the direction and the notes moved to its left).
    return label + ("\n" if language == "en" else " ") + " ".join(notes)


def _draw_panel(ax, currency: str, p: pd.DataFrame, n: int, first: bool, language: str,
                digits: str, names=None) -> bool:
    """Draw the panel of one currency (``p``: its figures, largest first) on ``ax``: the
    ``n`` largest as bars in that currency's word of scale, a note counting the rest.
    ``first``: the top panel, which carries the category axis label. Returns whether a
    label says "figure i of k" (the figure then gets :data:`TEXTS` ``repeat_note``)."""
    top = p.head(n)
    scale, word = scale_of(top["amount"].max(), language)
    unit = " ".join(x for x in (word, currency_name(currency, language)) if x)
    labels = [_figure_label(r, language, digits, names) for r in top.itertuples()]
    _barh(ax, labels, top["amount"] / scale, tr("amount_in", language, unit=unit),
          tr("subject_figure", language) if first else "", language,
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
    return bool((top["repeats"] > 1).any())
