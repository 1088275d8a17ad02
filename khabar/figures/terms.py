"""Charts of the terms, organisations and mentions tables: the most frequent terms,
mentions per organisation (``"منظمة العفو الدولية"`` and ``"Amnesty International"``
merged), and where each entity appears, paragraph by paragraph."""
from __future__ import annotations

import matplotlib
import pandas as pd
from matplotlib.colors import BoundaryNorm, ListedColormap
from matplotlib.figure import Figure

from .axes import _barh, _count_range, _figure, _source, empty_figure
from .labels import arabic_label
from .language import entity_name, format_count, shorten, tr
from .registry import chart


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
    """Bars of mentions per organisation (organisations table: organisation, mentions;
    in Arabic the ``arabic_name`` column, where present and not blank, labels a bar)."""
    source = _source(source, language)
    title = tr("mentions_title", language)
    if organisations.empty:
        return empty_figure(title, tr("no_orgs", language), source, language)
    if len(organisations) > n:                 # say so when the chart is not the whole table
        total = format_count(len(organisations), language, digits)
        title += f" ({tr('top_of', language, n=n, total=total)})"
    top = organisations.sort_values(["mentions", "organisation"], ascending=[False, True]).head(n)
    fig, ax = _figure(title, source, size=(7, 0.3 * len(top) + 1.5), language=language)
    # An Arabic chart labels each bar with the organisation's Arabic name where the
    # table has one (World Bank → البنك الدولي; organisations table arabic_name)
    names = top["organisation"]
    if language == "ar" and "arabic_name" in top:
        names = [a if isinstance(a, str) and a else o
                 for a, o in zip(top["arabic_name"], top["organisation"])]
    _barh(ax, [shorten(o, 50) for o in names], top["mentions"].astype(int),
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
                            digits: str = "latin", names=None) -> Figure:
    """Heatmap: paragraph (x) × entity (y), cell = mentions in that paragraph, in discrete
    colour classes of whole counts (:func:`count_bins`).

    Input: the mentions table (doc_id, paragraph, entity, label). Only entities whose
    label is in ``labels`` (all if ``None``), the ``n`` most mentioned; with several
    documents, paragraphs of all documents are pooled by number, and paragraphs past
    :data:`MAX_PARAGRAPHS` share the last column. In Arabic an entity is named as
    :func:`entity_name` names it (``names``: :func:`display_names`), as in the other
    charts.
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
    ax.set_yticks(range(len(keep)), [arabic_label(shorten(entity_name(e, language, names), 40),
                                                  language) for e in keep])
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
