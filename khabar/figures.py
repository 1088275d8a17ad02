"""Charts of khabar's tables, with Arabic labels that read correctly.

Every label goes through :func:`arabic_label`, which decides *once*, from what the
running matplotlib can do, whether to pre-shape Arabic (ARABIC_NOTES §1): matplotlib
3.11+ shapes text itself with libraqm, so it must get the logical string unchanged; the
old ``get_display(arabic_reshaper.reshape(s))`` recipe would come out reversed there
(matplotlib issue 32262). Older matplotlib does not shape, and needs that recipe.

Chart functions take khabar tables (columns in :mod:`khabar.schema`) and return a
:class:`matplotlib.figure.Figure` with a title, axis labels with units and a source
line; an empty table gives a figure that says there is no data. :func:`save_figure`
writes PNG (200 dpi), SVG (labels as text) and PDF (TrueType) atomically.
"""
from __future__ import annotations

import html
import os
import re
import tempfile
from pathlib import Path

import matplotlib
import pandas as pd
from matplotlib import font_manager, ft2font
# Figures are built without pyplot: no global state, no GUI backend, nothing shown twice
# in a notebook; they are displayed from the saved PNG (what you see is what was saved).
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

FONT_FILE = Path(__file__).resolve().parent / "resources" / "fonts" / "NotoSansArabic-VF.ttf"
FONT_FAMILY = "Noto Sans Arabic"
DPI = 200
FORMATS = ("png", "svg", "pdf")
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


def arabic_label(s) -> str:
    """Label text for matplotlib: ``str(s)`` unchanged where matplotlib shapes Arabic
    (:data:`SHAPES_ARABIC`), else :func:`preshape` of it. Strings without Arabic
    letters are returned unchanged either way."""
    s = "" if s is None or (isinstance(s, float) and pd.isna(s)) else str(s)
    if SHAPES_ARABIC or not _ARABIC.search(s):
        return s
    return preshape(s)


def _setup() -> None:
    # Register the shipped font and make it the default; DejaVu Sans (bundled with
    # matplotlib, also has Arabic) is the fallback if the file is missing.
    if FONT_FILE.exists():
        font_manager.fontManager.addfont(str(FONT_FILE))
    matplotlib.rcParams.update({
        "font.family": "sans-serif",
        "font.sans-serif": [FONT_FAMILY, "DejaVu Sans"],
        "svg.fonttype": "none",      # SVG labels stay editable text, logical order
        "pdf.fonttype": 42,          # PDF embeds TrueType: text stays searchable
        "svg.hashsalt": "khabar",    # stable ids: same input, same SVG bytes
        "axes.titleweight": "normal",
        "figure.dpi": 100,
    })


_setup()

# --------------------------------------------------------------------------- saving

# No dates in the files, so the same figure gives the same bytes.
_METADATA = {"png": {"Software": None}, "svg": {"Date": None},
             "pdf": {"CreationDate": None, "ModDate": None}}


def save_figure(fig: Figure, name: str, out_dir: str | os.PathLike) -> dict[str, Path]:
    """Write ``fig`` as ``<out_dir>/<name>.png`` (200 dpi), ``.svg`` and ``.pdf``.

    Each file is written to a temporary file in ``out_dir`` and renamed when complete
    (atomic). ``out_dir`` is created if needed. Returns ``{format: path}``. Raises
    ``ValueError`` for a name with a path separator.
    """
    if not name or "/" in name or os.sep in name:
        raise ValueError(f"figure name must be a plain file name, got {name!r}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {}
    for fmt in FORMATS:
        target = out / f"{name}.{fmt}"
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=out)
        try:
            with os.fdopen(fd, "wb") as fh:
                fig.savefig(fh, format=fmt, dpi=DPI, bbox_inches="tight",
                            metadata=_METADATA[fmt])
            os.chmod(tmp, 0o644)  # mkstemp makes 0600; figures are for sharing
            os.replace(tmp, target)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
        paths[fmt] = target
    return paths


# --------------------------------------------------------------------------- helpers

def source_line(documents: pd.DataFrame | None = None) -> str:
    """"Source: khabar analysis of <outlet> (<doc ids>)" from the documents table
    (columns doc_id, outlet); a generic line if it is missing or empty."""
    if documents is None or documents.empty:
        return "Source: khabar analysis"
    outlets = sorted({o for o in documents.get("outlet", pd.Series(dtype=str)).fillna("") if o})
    ids = list(documents["doc_id"].astype(str))
    what = "; ".join(outlets) or f"{len(ids)} article(s)"
    shown = ", ".join(ids[:3]) + (f" and {len(ids) - 3} more" if len(ids) > 3 else "")
    return f"Source: khabar analysis of {what} ({shown})"


def _figure(title: str, source: str, size=(8, 5), ncols: int = 1):
    fig = Figure(figsize=size, layout="constrained")
    axes = fig.subplots(1, ncols)
    fig.suptitle(arabic_label(title))
    fig.text(0.0, -0.02, arabic_label(source), fontsize=7, color="0.35", ha="left", va="top",
             transform=fig.transFigure)
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
                 f'alt="{html.escape(alt)}">'))
    return paths


def empty_figure(title: str, message: str, source: str) -> Figure:
    """A figure that says why there is no chart (e.g. "no quotes found")."""
    fig, ax = _figure(title, source, size=(6, 2.5))
    ax.axis("off")
    ax.text(0.5, 0.5, arabic_label(message), ha="center", va="center", fontsize=12, color="0.3")
    return fig


def _barh(ax, labels, values, xlabel: str, ylabel: str, fmt="{:,.0f}") -> None:
    # Largest bar on top; value printed at the end of each bar; counts get whole ticks.
    labels, values = list(labels)[::-1], list(values)[::-1]
    y = range(len(values))
    ax.barh(y, values, color="#3b6ea5")
    ax.set_yticks(list(y), [arabic_label(v) for v in labels])
    for yi, v in zip(y, values):
        ax.text(v, yi, " " + fmt.format(v), va="center", fontsize=8)
    ax.set_xlabel(arabic_label(xlabel))
    ax.set_ylabel(arabic_label(ylabel))
    ax.margins(x=0.15)
    if fmt == "{:,.0f}":
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.spines[["top", "right"]].set_visible(False)


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
            raise ValueError(f"mention offsets {start}:{end} outside a text of {len(text)} characters")
        if start < pos:
            continue
        colour = LABEL_COLOURS.get(label, "#e0e0e0")
        parts += [html.escape(text[pos:start]),
                  f'<mark style="background:{colour}" title="{html.escape(f"{entity} ({label})")}">'
                  f"{html.escape(text[start:end])}</mark>"]
        pos = end
    parts.append(html.escape(text[pos:]))
    paragraphs = "".join(f"<p>{line}</p>" for line in "".join(parts).splitlines() if line.strip())
    legend = " ".join(f'<mark style="background:{c}">{k}</mark>' for k, c in LABEL_COLOURS.items())
    return (f'<div dir="rtl" lang="ar" style="font-family:\'{FONT_FAMILY}\', \'DejaVu Sans\', '
            f'sans-serif; line-height:1.9; text-align:right">'
            f'<p dir="ltr" style="text-align:left">{legend}</p>{paragraphs}</div>')


# --------------------------------------------------------------------------- charts

def top_terms(terms: pd.DataFrame, n: int = 20, source: str = "Source: khabar analysis") -> Figure:
    """Horizontal bars of the ``n`` most frequent terms.

    Input: the terms table (columns term, frequency, surface; sorted by frequency as
    :func:`khabar.pipeline.term_frequencies` gives it). Labels show the surface form.
    """
    title = f"Top {n} terms (stop words removed)"
    if terms.empty:
        return empty_figure(title, "No terms: no article text", source)
    top = terms.sort_values(["frequency", "term"], ascending=[False, True]).head(n)
    fig, ax = _figure(title, source, size=(7, 0.3 * len(top) + 1.5))
    _barh(ax, top["surface"], top["frequency"], "occurrences (count)", "term")
    return fig


def mentions_per_organisation(organisations: pd.DataFrame, n: int = 20,
                              source: str = "Source: khabar analysis") -> Figure:
    """Bars of mentions per organisation (organisations table: organisation, mentions)."""
    title = "Mentions per organisation"
    if organisations.empty:
        return empty_figure(title, "No organisations found", source)
    if len(organisations) > n:                 # say so when the chart is not the whole table
        title += f" (top {n} of {len(organisations)})"
    top = organisations.sort_values(["mentions", "organisation"], ascending=[False, True]).head(n)
    fig, ax = _figure(title, source, size=(7, 0.3 * len(top) + 1.5))
    _barh(ax, top["organisation"], top["mentions"].astype(int), "mentions (count)", "organisation")
    return fig


def mentions_across_article(mentions: pd.DataFrame, n: int = 15, labels=("ORG", "PROJECT"),
                            source: str = "Source: khabar analysis") -> Figure:
    """Heatmap: paragraph (x) × entity (y), cell = mentions in that paragraph.

    Input: the mentions table (doc_id, paragraph, entity, label). Only entities whose
    label is in ``labels`` (all if ``None``), the ``n`` most mentioned; with several
    documents, paragraphs of all documents are pooled by number.
    """
    title = "Mentions across the article (paragraph × entity)"
    m = mentions if labels is None else mentions[mentions["label"].isin(labels)]
    if m.empty:
        return empty_figure(title, "No entity mentions found", source)
    docs = m["doc_id"].nunique() if "doc_id" in m else 1
    if docs > 1:                               # several articles: say they are pooled
        title = f"Mentions across {docs} articles (paragraph number × entity, pooled)"
    order = m["entity"].value_counts().sort_index().sort_values(ascending=False, kind="mergesort")
    keep = list(order.index[:n])
    grid = (m[m["entity"].isin(keep)].groupby(["entity", "paragraph"]).size()
            .unstack(fill_value=0).reindex(keep))
    grid = grid.reindex(columns=range(1, int(m["paragraph"].max()) + 1), fill_value=0)
    fig, ax = _figure(title, source, size=(max(6, 0.35 * grid.shape[1] + 3), 0.35 * len(keep) + 1.8))
    im = ax.imshow(grid.values, aspect="auto", cmap="Blues", vmin=0)
    ax.set_yticks(range(len(keep)), [arabic_label(e) for e in keep])
    ax.set_xticks(range(grid.shape[1]), [str(c) for c in grid.columns], fontsize=7)
    ax.set_xlabel("paragraph (number, in reading order)" if docs == 1 else
                  "paragraph (number within its article)")
    ax.set_ylabel("entity")
    fig.colorbar(im, ax=ax, label="mentions (count)", shrink=0.8,
                 ticks=MaxNLocator(integer=True))
    return fig


def funding_by_subject(funding: pd.DataFrame, source: str = "Source: khabar analysis") -> Figure:
    """One bar per funding figure: amount (millions, in its own currency, not converted),
    labelled with what it is for (subject), the ISO 4217 currency, and the text as
    written. Input: the funding table (text, amount, currency, subject, approximate; a
    ``restatement`` row, the same sum in another currency, is left out: docs/money.md)."""
    title = "Funding figures and what they are for"
    f = funding.dropna(subset=["amount"]) if not funding.empty else funding
    if "restatement" in f and len(f):
        f = f[~f["restatement"].astype(str).str.lower().isin(("true", "1"))]
    if f.empty:
        return empty_figure(title, "No funding figures found", source)
    f = f.sort_values("amount", ascending=False)
    labels = [f"{s or 'unknown subject'} — {t} ({c or '?'})" + (" ≈" if str(a).lower() == "true" else "")
              for s, t, c, a in zip(f["subject"].fillna(""), f["text"], f["currency"].fillna(""),
                                    f["approximate"])]
    fig, ax = _figure(title, source, size=(8, 0.45 * len(f) + 1.8))
    _barh(ax, labels, f["amount"].astype(float) / 1e6,
          "amount (millions, in the currency shown; not converted)", "subject — figure as written",
          fmt="{:,.1f}")
    return fig


def direct_quotes(quotes: pd.DataFrame) -> pd.DataFrame:
    """Rows of the quotes table whose ``kind`` is ``direct`` (indirect speech, e.g.
    "ذكرت وكالة رويترز أن …", is counted separately and not charted)."""
    return quotes[quotes["kind"] == "direct"] if "kind" in quotes else quotes


def quotes_per_speaker(quotes: pd.DataFrame, n: int = 15,
                       source: str = "Source: khabar analysis", by: str = "speaker") -> Figure:
    """Two panels: direct quotes and quoted words per speaker (or per ``by``, e.g.
    affiliation). Input: the quotes table (kind, speaker, affiliation, words); only direct
    quotes count; groups from :func:`khabar.quotes.voice_table`."""
    from .quotes import voice_table

    title = f"Direct quotes and quoted words per {by}"
    per = voice_table(quotes, by).head(n).set_index(by)
    if per.empty:
        return empty_figure(title, "No quotes found", source)
    fig, (a1, a2) = _figure(title, source, size=(10, 0.35 * len(per) + 1.8), ncols=2)
    _barh(a1, per.index, per["quotes"], "direct quotes (count)", by)
    _barh(a2, per.index, per["words"].astype(int), "quoted words (count)", "")
    a2.set_yticklabels([])
    return fig


def quotes_per_affiliation(quotes: pd.DataFrame, n: int = 15,
                           source: str = "Source: khabar analysis") -> Figure:
    """:func:`quotes_per_speaker` grouped by the speaker's affiliation."""
    return quotes_per_speaker(quotes, n, source, by="affiliation")


def quote_shares(quotes: pd.DataFrame, source: str = "Source: khabar analysis") -> Figure:
    """Two panels: share of direct quotes by speaker gender and by speaker type (%).
    Input: the quotes table (kind, speaker_gender, speaker_type)."""
    title = "Shares of direct quotes by speaker gender and speaker type"
    quotes = direct_quotes(quotes)
    if quotes.empty:
        return empty_figure(title, "No quotes found", source)
    fig, axes = _figure(title, source, size=(10, 3.2), ncols=2)
    for ax, col, what in ((axes[0], "speaker_gender", "speaker gender"),
                          (axes[1], "speaker_type", "speaker type")):
        counts = quotes[col].fillna("unknown").replace("", "unknown").value_counts()
        counts = counts.sort_index().sort_values(ascending=False, kind="mergesort")
        _barh(ax, [f"{k} ({v})" for k, v in counts.items()], 100 * counts / counts.sum(),
              "share of direct quotes (%)", what, fmt="{:.0f}%")
    return fig


def quote_lengths(quotes: pd.DataFrame, source: str = "Source: khabar analysis") -> Figure:
    """Histogram of direct quote lengths in words (quotes table: kind, words)."""
    title = "Lengths of direct quotes"
    quotes = direct_quotes(quotes)
    if quotes.empty:
        return empty_figure(title, "No quotes found", source)
    words = quotes["words"].astype(int)
    fig, ax = _figure(title, source, size=(7, 3.5))
    ax.hist(words, bins=min(20, max(1, words.nunique())), color="#3b6ea5", edgecolor="white")
    ax.set_xlabel("quote length (words)")
    ax.set_ylabel("direct quotes (count)")
    ax.spines[["top", "right"]].set_visible(False)
    return fig
