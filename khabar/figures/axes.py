"""The parts every chart is built from: a figure with its title and source line, an
empty figure that says why there is no chart, and right-to-left horizontal bars.

Arabic charts read right to left (:func:`_mirror`): bars grow leftwards and the category
labels (``"منظمة العفو الدولية"``) stand on the right, where a reader of Arabic starts.
"""
from __future__ import annotations

# Figures are built without pyplot: no global state, no GUI backend, nothing shown twice
# in a notebook; they are displayed from the saved PNG (what you see is what was saved).
from matplotlib.figure import Figure
from matplotlib import rcParams
from matplotlib.font_manager import FontProperties
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


class FittingLocator(MaxNLocator):
    """Whole-number ticks, no more than fit side by side along the axis as drawn.

    matplotlib's ``MaxNLocator`` picks up to nine ticks from the axis's length alone, so
    a half-width panel of counts in the tens of thousands prints its labels over each
    other (seen on a 1,000-article corpus). Here the number of intervals is the axis's
    drawn length over the width of its widest label (that of the view's largest
    value, in the tick font; a digit taken as 0.62 em) and one such width of space,
    between 1 and 9. Vertical axes keep ``MaxNLocator``'s own choice."""

    def __init__(self):
        super().__init__(integer=True)

    def __call__(self):
        axis = self.axis
        if axis is not None and axis.axis_name == "x":
            self.set_params(nbins=self._fitting_bins(axis))
        return super().__call__()

    @staticmethod
    def _fitting_bins(axis) -> int:
        lo, hi = sorted(axis.get_view_interval())
        # Whole values: the view's ends are rarely whole, and a count label is blank
        # off a whole number (_count_axis).
        widest = max((axis.get_major_formatter()(float(round(v)), 0) for v in (lo, hi)),
                     key=len)
        # The tick font as the style in force sets it (asking the axis for its tick
        # labels would call this locator again).
        size = FontProperties(size=rcParams["xtick.labelsize"]).get_size_in_points()
        em = size * axis.figure.dpi / 72                    # pixels per em
        label = max(1, len(widest)) * 0.62 * em
        length = axis.axes.bbox.width
        return max(1, min(9, int(length // (2 * label))))


def _count_axis(axis, language: str, digits: str) -> None:
    axis.set_major_locator(FittingLocator())
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
