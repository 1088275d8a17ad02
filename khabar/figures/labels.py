"""Arabic chart labels and the matplotlib settings every khabar figure is drawn in.

Every label goes through :func:`arabic_label`, which decides *once*, from what the
running matplotlib can do, whether to pre-shape Arabic (docs/arabic.md, "Drawing
Arabic"): matplotlib 3.11+ shapes text itself with libraqm, so it must get the logical
string unchanged (``"منظمة العدالة"`` stays as typed); the old
``get_display(arabic_reshaper.reshape(s))`` recipe would come out reversed there
(matplotlib issue 32262). Older matplotlib does not shape, and needs that recipe.
:func:`style` applies :data:`STYLE`; importing this module changes no matplotlib setting.
"""
from __future__ import annotations

import re
from pathlib import Path

import matplotlib
import pandas as pd
from matplotlib import font_manager, ft2font

FONT_FILE = (Path(__file__).resolve().parent.parent / "resources" / "fonts"
             / "NotoSansArabic-VF.ttf")
FONT_FAMILY = "Noto Sans Arabic"
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


LRM = "\u200e"  # LEFT-TO-RIGHT MARK: a strong left-to-right character of width zero
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
    # Families, not the generic "sans-serif": only a list of families gives each glyph
    # a fallback (≈, missing from Noto Sans Arabic, comes from DejaVu Sans).
    "font.family": [FONT_FAMILY, "DejaVu Sans"],
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


_STRONG = re.compile("[\u200f\u200eA-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]|"
                     + _ARABIC.pattern)


def rtl_segment(s: str) -> str:
    """``s`` as one segment of a right-to-left label that more text follows: ended with
    :data:`RLM`, so the text after it («— 6 مليارات») is not drawn into a Latin run
    before it (bidi rule W7 would take the digits), and, when its last strong letter is
    Latin, with LRM before that, so trailing neutrals («Relief…») stay at the Latin end
    of the name instead of moving to its other side."""
    strong = _STRONG.findall(s)
    last_latin = bool(strong) and strong[-1] not in (RLM, LRM) and not _ARABIC.match(strong[-1])
    return s + (LRM if last_latin else "") + RLM


def first_strong_is_arabic(s: str) -> bool:
    """Whether the first strongly directional letter of ``s`` is Arabic: the rule by which
    a browser's ``dir="auto"`` and raqm's default direction pick a paragraph's direction
    (Unicode Bidirectional Algorithm, rules P2–P3): true for «منظمة العدالة
    MediaJustice», false for «MediaJustice منظمة»."""
    m = _STRONG.search(s)
    return bool(m and (m.group() == RLM or _ARABIC.match(m.group())))
