"""An article as HTML with its entity mentions coloured (the notebooks' entity view)."""
from __future__ import annotations

import html

import pandas as pd

from .labels import FONT_FAMILY

#: Background colours per entity label in :func:`entity_view_html`.
LABEL_COLOURS = {"ORG": "#cfe2ff", "PERSON": "#ffe0b3", "PLACE": "#d4f0d4",
                 "PROJECT": "#f5d0f0"}


def entity_view_html(text: str, mentions: pd.DataFrame) -> str:
    """The article as right-to-left HTML with every mention coloured by label.

    Input: the article as read (``Document.text``) and its rows of the mentions table
    (start, end, label, entity; offsets into ``text``). Output: an HTML string, one
    ``<p>`` per line, ``dir="rtl"``; a mention's tooltip names its entity and label; a
    mention over a line break (hard-wrapped text) is one ``<mark>`` with a ``<br>``.
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
        # A mention over a hard-wrapped line's break (نجم⏎العقابي) stays one <mark>: its
        # break is drawn inside it, so the <p> of each line does not cut it in two.
        surface = "<br>".join(html.escape(x) for x in text[start:end].splitlines())
        parts += [html.escape(text[pos:start]),
                  f'<mark style="background:{colour}" title="{tip}">{surface}</mark>']
        pos = end
    parts.append(html.escape(text[pos:]))
    paragraphs = "".join(f"<p>{line}</p>" for line in "".join(parts).splitlines() if line.strip())
    legend = " ".join(f'<mark style="background:{c}">{k}</mark>' for k, c in LABEL_COLOURS.items())
    return (f'<div dir="rtl" lang="ar" style="font-family:\'{FONT_FAMILY}\', \'DejaVu Sans\', '
            f'sans-serif; line-height:1.9; text-align:right">'
            f'<p dir="ltr" style="text-align:left">{legend}</p>{paragraphs}</div>')
