"""Charts of the quotes table: direct quotes and quoted words per speaker or
affiliation, shares by speaker gender and type, and quote lengths. Only direct quotes
count (``قال: «…»``); indirect speech (``ذكرت الوكالة أن …``) is not charted."""
from __future__ import annotations

import math

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from .axes import _barh, _count_axis, _count_range, _figure, _source, empty_figure
from .labels import LRM, arabic_label
from .language import TEXTS, category, digits_of, entity_name, format_count, shorten, tr
from .registry import chart


def direct_quotes(quotes: pd.DataFrame) -> pd.DataFrame:
    """Rows of the quotes table whose ``kind`` is ``direct`` (indirect speech, e.g.
    "ذكرت وكالة رويترز أن …", is counted separately and not charted)."""
    return quotes[quotes["kind"] == "direct"] if "kind" in quotes else quotes


@chart("quotes", "04_quotes",
       "Direct quotes and quoted words per speaker.",
       "الاقتباسات المباشرة والكلمات المقتبسة لكل متحدث.")
def quotes_per_speaker(quotes: pd.DataFrame, n: int = 15, source: str | None = None,
                       by: str = "speaker", language: str = "ar", digits: str = "latin",
                       names=None) -> Figure:
    """Two panels: direct quotes and quoted words per speaker (or per ``by``, e.g.
    affiliation). Input: the quotes table (kind, speaker, affiliation, words); only direct
    quotes count; groups from :func:`khabar.quotes.voice_table`. ``names``: Arabic names
    of organisations (:func:`display_names`), as :func:`entity_name` uses them."""
    from ..quotes import voice_table

    source = _source(source, language)
    by_name = tr(by, language) if by in TEXTS else by
    title = tr("quotes_title", language, by=by_name)
    if by == "speaker":
        quotes = documents_by_issuer(quotes, language, names)
    table = voice_table(quotes, by)
    per = table.head(n).set_index(by)
    if per.empty:
        return empty_figure(title, tr("no_quotes", language), source, language)
    if len(table) > n:
        total = format_count(len(table), language, digits)
        title += f" ({tr('top_of', language, n=n, total=total)})"
    # An Arabic chart names a body in Arabic (entity_name: World Health Organization →
    # منظمة الصحة العالمية); speakers are counted by their canonical names all the same.
    labels = [category(i, language) if i == "unknown" else
              shorten(entity_name(i, language, names), 45) for i in per.index]
    fig, (a1, a2) = _figure(title, source, size=(10, 0.35 * len(per) + 1.8), ncols=2,
                            language=language)
    # In Arabic the first panel (quotes) stands on the right, where reading starts.
    first, second = (a2, a1) if language == "ar" else (a1, a2)
    _barh(first, labels, per["quotes"].astype(int), tr("direct_count", language), by_name,
          language, digits=digits)
    _barh(second, labels, per["words"].astype(int), tr("words_count", language), "", language,
          digits=digits)
    second.set_yticklabels([])
    return fig


def documents_by_issuer(quotes: pd.DataFrame, language: str = "ar",
                        names=None) -> pd.DataFrame:
    """The quotes table with each document speaker (البيان، التقرير: speaker_type
    organisation, its first word a document noun of the lexicon, attribution.tsv role
    document) named by its noun and its issuer, ``بيان — وزارة الصحة`` for بيان لوزارة
    الصحة and a later البيان alike (the affiliation, as
    :func:`entity_name` names it; the document alone when it holds that name: بيان
    صندوق النقد الدولي), or with its article's doc_id where the issuer is
    unknown: "the statement" of one article is not the statement of another, and a
    corpus chart would add them up as one speaker. Other rows are unchanged; the table
    on disk keeps the document as written."""
    from ..quotes import DOCUMENT_NOUNS
    from ..text import normalise

    if quotes.empty or not {"speaker", "speaker_type"} <= set(quotes.columns):
        return quotes
    speaker = quotes["speaker"].fillna("").astype(str)
    first = speaker.map(lambda v: (normalise(v).split() or [""])[0].removeprefix("ال"))
    is_doc = first.isin(DOCUMENT_NOUNS) & (quotes["speaker_type"] == "organisation")
    if not is_doc.any():
        return quotes
    aff = quotes.get("affiliation", pd.Series("", index=quotes.index)).fillna("").astype(str)
    doc_id = quotes.get("doc_id", pd.Series("", index=quotes.index)).fillna("").astype(str)

    def key(i) -> str:
        if aff[i]:
            issuer = entity_name(aff[i], language, names)
            if issuer in speaker[i]:
                return speaker[i]
            # بيان لـX and, later, البيان are one statement: the noun without the article
            noun = speaker[i].split()[0]
            return f"{noun[2:] if noun.startswith('ال') else noun} — {issuer}"
        # (the LRM keeps a Latin id's end where it is in an Arabic label, as in funding)
        return f"{speaker[i]} ({doc_id[i]}{LRM})" if doc_id[i] else speaker[i]

    return quotes.assign(speaker=[key(i) if d else speaker[i]
                                  for i, d in zip(quotes.index, is_doc)])


@chart("quotes", "04_quotes",
       "Direct quotes and quoted words per affiliation.",
       "الاقتباسات المباشرة والكلمات المقتبسة حسب الانتماء.")
def quotes_per_affiliation(quotes: pd.DataFrame, n: int = 15, source: str | None = None,
                           language: str = "ar", digits: str = "latin",
                           names=None) -> Figure:
    """:func:`quotes_per_speaker` grouped by the speaker's affiliation."""
    return quotes_per_speaker(quotes, n, source, by="affiliation", language=language,
                              digits=digits, names=names)


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
    # As wide as the other quote charts, so in the report (each figure the page's width)
    # its type is drawn at their size.
    fig, ax = _figure(title, source, size=(10, 3.5), language=language)
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
        # Read right to left like the other Arabic charts: the shortest quotes at the
        # right, beside the count axis.
        ax.invert_xaxis()
        ax.yaxis.tick_right()
        ax.yaxis.set_label_position("right")
        ax.spines[["top", "left"]].set_visible(False)
    else:
        ax.spines[["top", "right"]].set_visible(False)
    return fig
