"""The parts every chart is built from: a figure with its title and source line, an
empty figure that says why there is no chart, and right-to-left horizontal bars.

Arabic charts read right to left (:func:`_mirror`): bars grow leftwards and the category
labels (``"منظمة العفو الدولية"``) stand on the right, where a reader of Arabic starts.
"""
from __future__ import annotations

# Figures are built without pyplot: no global state, no GUI backend, nothing shown twice
# in a notebook; they are displayed from the saved PNG (what you see is what was saved).
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from .labels import arabic_label
from .language import check_language, format_count, tr


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


def _source(source, language):
    return tr("source", language) if source is None else source
