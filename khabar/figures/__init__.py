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
this package changes no matplotlib setting.

Layout: :mod:`.labels` (Arabic labels, fonts, :data:`STYLE` and :func:`style`),
:mod:`.language` (the charts' texts in Arabic and English, numbers and amounts),
:mod:`.saving` (PNG, SVG, PDF), :mod:`.axes` (figure, bars, empty figure),
:mod:`.registry` (:data:`CHARTS`, :func:`chart`), :mod:`.views` (the entity view in HTML),
and one module per chart family: :mod:`.terms` (terms, organisations, mentions),
:mod:`.funding`, :mod:`.quotes`. The chart modules are imported in report order: the
order of :data:`CHARTS`.
"""
from __future__ import annotations

from . import labels  # noqa: F401  (a test sets labels.SHAPES_ARABIC)
from .axes import empty_figure
from .labels import (FONT_FAMILY, FONT_FILE, LRM, RLM, SHAPES_ARABIC, STYLE, arabic_label,
                     first_strong_is_arabic, preshape, renderer_shapes_arabic, rtl_segment,
                     style)
from .language import (CATEGORIES, CURRENCY_NAMES_AR, LANGUAGES, SCALES, TEXTS, category,
                       check_language, currency_name, digits_of, display_names, entity_name,
                       format_amount, format_count, scale_of, shorten, source_line, tr)
from .registry import CHARTS, Chart, chart
from .saving import (DPI, FORMATS, PDF_FONTS, display_figure, figure_stamp, save_figure,
                     show_saved, svg_text_direction)
from .views import LABEL_COLOURS, entity_view_html
# The chart families, in report order (the order of CHARTS).
from .terms import (MAX_PARAGRAPHS, count_bins, mentions_across_article,
                    mentions_per_organisation, top_terms)
from .funding import MAX_CURRENCIES, MAX_FIGURES, funding_by_subject
from .quotes import (direct_quotes, documents_by_issuer, gender_category, length_bins,
                     quote_lengths, quote_shares, quotes_per_affiliation, quotes_per_speaker)

__all__ = ["CATEGORIES", "CHARTS", "CURRENCY_NAMES_AR", "Chart", "DPI", "FONT_FAMILY",
           "FONT_FILE", "FORMATS", "LABEL_COLOURS", "LANGUAGES", "MAX_CURRENCIES", "MAX_FIGURES",
           "figure_stamp", "show_saved", "LRM",
           "MAX_PARAGRAPHS", "PDF_FONTS", "RLM", "SCALES", "SHAPES_ARABIC", "STYLE", "TEXTS",
           "arabic_label", "category", "chart", "check_language", "count_bins", "currency_name",
           "digits_of", "direct_quotes", "display_figure", "display_names", "documents_by_issuer",
           "empty_figure",
           "entity_name", "entity_view_html",
           "first_strong_is_arabic", "format_amount", "format_count", "funding_by_subject",
           "gender_category", "length_bins", "mentions_across_article",
           "mentions_per_organisation", "preshape", "quote_lengths", "quote_shares",
           "quotes_per_affiliation", "quotes_per_speaker", "renderer_shapes_arabic", "rtl_segment",
           "save_figure",
           "scale_of", "shorten", "source_line", "style", "svg_text_direction", "top_terms", "tr"]
