"""Saving a figure: PNG (200 dpi), SVG (labels as text, with their reading direction)
and PDF (TrueType), each written atomically, and showing the saved PNG in a notebook.

The same figure gives the same bytes (no dates in the files, a fixed SVG hash salt). An
SVG label whose first strong letter is Arabic (``"قالت ACRE"``) gets ``direction: rtl``
(:func:`svg_text_direction`).
"""
from __future__ import annotations

import html
import io
import os
import re
from contextlib import contextmanager
from pathlib import Path

import matplotlib
from matplotlib.figure import Figure
from matplotlib.text import Text

from ..io import atomic_file
from .labels import first_strong_is_arabic, style

DPI = 200
FORMATS = ("png", "svg", "pdf")
#: The face of the PDF figures (see :func:`save_figure`).
PDF_FONTS = ["DejaVu Sans"]

# No dates in the files, so the same figure gives the same bytes.
_METADATA = {"png": {"Software": None}, "svg": {"Date": None},
             "pdf": {"CreationDate": None, "ModDate": None}}


#: PNG text keys: what the figure was drawn from (:func:`figure_stamp`) and its alt text.
STAMP_KEY, ALT_KEY = "khabar-figure", "khabar-alt"


def save_figure(fig: Figure, name: str, out_dir: str | os.PathLike,
                stamp: str | None = None) -> dict[str, Path]:
    """Write ``fig`` as ``<out_dir>/<name>.png`` (200 dpi), ``.svg`` and ``.pdf`` (set in
    :data:`PDF_FONTS`: the PDF backend misplaces Noto Sans Arabic's word spaces).

    Each file is written to a temporary file in ``out_dir`` and renamed when complete
    (atomic), the PNG last. ``stamp`` (:func:`figure_stamp`) and the figure's alt text
    go into the PNG's text chunks, so :func:`show_saved` can show it again without
    drawing it. ``out_dir`` is created if needed. Returns ``{format: path}``. Raises
    ``ValueError`` for a name with a path separator.
    """
    if not name or "/" in name or os.sep in name:
        raise ValueError(f"figure name must be a plain file name, got {name!r}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {}
    png = {**_METADATA["png"], ALT_KEY: _alt(fig)}
    if stamp:
        png[STAMP_KEY] = stamp
    with style():
        # The PNG last: a PNG with this stamp means the SVG and PDF were written too.
        for fmt in sorted(FORMATS, key=lambda f: f == "png"):
            metadata = png if fmt == "png" else _METADATA[fmt]
            paths[fmt] = _save_one(fig, out / f"{name}.{fmt}", fmt, metadata)
    if stamp:
        remove_other_sets(out, stamp)
    return {fmt: paths[fmt] for fmt in FORMATS}


def remove_other_sets(out_dir: str | os.PathLike, stamp: str) -> list[str]:
    """Remove from ``out_dir`` the figures drawn from another table set than ``stamp``'s
    (a notebook run alone on another corpus): ``figures/`` then holds one corpus's
    figures, as ``data/`` holds one corpus's tables, and a chart pasted from it never
    belongs to another corpus than the one beside it. Only khabar's figures are touched:
    a PNG named as a chart of :data:`khabar.figures.CHARTS` whose :data:`STAMP_KEY`
    names another set, with its SVG and PDF; figures without a stamp (drawn from tables
    in memory), files of other names and a chart copied under another name stay. Returns the
    names removed."""
    from .registry import CHARTS

    ours = _table_set_of(stamp)
    removed = []
    # Charts of the registry only: a copy of a chart saved under another name, and the
    # files beside it, are the user's.
    for png in sorted(p for p in Path(out_dir).glob("*.png") if p.stem in CHARTS):
        try:
            theirs = _table_set_of(png_text(png, (STAMP_KEY,)).get(STAMP_KEY, ""))
        except OSError:
            continue
        if theirs and theirs != ours:
            for fmt in FORMATS:
                (png.with_suffix(f".{fmt}")).unlink(missing_ok=True)
            removed.append(png.stem)
    return removed


def png_text(path: str | os.PathLike, keys=(STAMP_KEY, ALT_KEY)) -> dict:
    """The text chunks of the PNG at ``path``, at least those of ``keys`` that it has.
    Read from the chunks before the image data when every one of ``keys`` is there
    (matplotlib writes a figure's metadata there, :func:`save_figure`), without
    decoding the image; else from the whole file (a text chunk may follow the image
    data, and Pillow's ``text`` decodes the image to find it). Raises ``OSError`` for
    a file that is not a readable PNG."""
    from PIL import Image

    with Image.open(path) as image:
        before = {k: v for k, v in image.info.items() if isinstance(v, str)}
        if all(k in before for k in keys):
            return before
        return dict(getattr(image, "text", {}))


def _table_set_of(stamp: str) -> str:
    # The table-set part of a figure_stamp ("SET-HASH"); "" for none or an older stamp.
    head, sep, _ = stamp.partition("-")
    return head if sep else ""


def _save_one(fig: Figure, target: Path, fmt: str, metadata: dict) -> Path:
    """Write ``fig`` in format ``fmt`` to ``target`` atomically
    (:func:`khabar.io.atomic_file`); returns ``target``."""
    with atomic_file(target, "wb") as fh:
        _write(fig, fh, fmt, metadata)
    return target


def _alt(fig: Figure) -> str:
    return " — ".join(dict.fromkeys(t.get_text() for t in fig.texts))  # title, source line


def figure_stamp(tables, language: str, source: str) -> str | None:
    """What a figure is drawn from, as ``SET-HASH``: the first 16 hex digits of the stored
    table set's input fingerprint, then a hash of that fingerprint, the language and the
    source line (the same input gives the same stamp, and so the same PNG bytes).
    ``None`` for tables not read from a stored set
    (:class:`khabar.pipeline.StoredTables`): their figures are always drawn."""
    import hashlib

    manifest = getattr(tables, "manifest", None)
    fingerprint = (manifest or {}).get("input_fingerprint")
    if not fingerprint:
        return None
    # SET-HASH: the table set's part first, by which save_figure tells another set's
    # figures (remove_other_sets).
    drawn = hashlib.sha256("\0".join((fingerprint, language, source)).encode()).hexdigest()
    return f"{fingerprint[:16]}-{drawn[:32]}"


def show_saved(name: str, out_dir: str | os.PathLike, stamp: str | None,
               width: int = 760) -> bool:
    """Show ``<out_dir>/<name>.png`` in a notebook as :func:`display_figure` does, if it
    was saved with ``stamp`` (drawn from the same tables, language and source line by
    an earlier notebook of this run); return whether it was shown. The report notebook
    shows the analysis notebooks' figures this way instead of drawing them again."""
    path = Path(out_dir) / f"{name}.png"
    if not stamp or not path.is_file():
        return False
    try:
        text = png_text(path)
    except OSError:
        return False
    if text.get(STAMP_KEY) != stamp or not all((Path(out_dir) / f"{name}.{f}").is_file()
                                                for f in FORMATS):
        return False
    _show_png(path, name, text.get(ALT_KEY, ""), width)
    return True


def _write(fig: Figure, fh, fmt: str, metadata: dict) -> None:
    options = {"format": fmt, "dpi": DPI, "bbox_inches": "tight", "metadata": metadata}
    if fmt == "pdf":
        # matplotlib 3.11's PDF backend places Noto Sans Arabic's glyphs by the font's
        # advances, not raqm's: word spaces vanish or double ("التمويلحسب  العملة");
        # DejaVu Sans, whose Arabic has no such positioning, comes out as drawn. So the
        # PDF is set in DejaVu Sans (it also spares subsetting a variable font).
        with _set_in(fig, PDF_FONTS), matplotlib.rc_context(
                {"font.family": PDF_FONTS, "font.sans-serif": PDF_FONTS}):
            fig.savefig(fh, **options)
    elif fmt == "svg":
        buf = io.StringIO()
        fig.savefig(buf, **options)
        fh.write(svg_text_direction(buf.getvalue()).encode("utf-8"))
    else:
        fig.savefig(fh, **options)


@contextmanager
def _set_in(fig: Figure, families: list[str]):
    """Every text of ``fig`` set in ``families`` meanwhile, then in its own again. A
    chart's labels are made inside :func:`khabar.figures.style`, so they name their
    family themselves and a setting at save time alone would not reach them; labels
    made while saving (ticks) take the ``rc_context`` the caller sets beside this."""
    texts = fig.findobj(Text)
    before = [t.get_fontfamily() for t in texts]
    for t in texts:
        t.set_fontfamily(families)
    try:
        yield
    finally:
        for t, family in zip(texts, before):
            t.set_fontfamily(family)


_SVG_TEXT = re.compile(r'<text style="([^"]*)"([^>]*)>([^<]*)</text>')
_SWAP_ANCHOR = {"start": "end", "end": "start", "middle": "middle"}


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


def display_figure(fig: Figure, name: str, out_dir: str | os.PathLike, width: int = 760,
                   stamp: str | None = None):
    """:func:`save_figure` (with ``stamp``), then show the saved PNG in a notebook
    (``width`` in CSS pixels) as an HTML ``<img>`` whose alt text is the figure's title
    and source line (the exported report keeps it). Returns ``{format: path}``."""
    paths = save_figure(fig, name, out_dir, stamp)
    _show_png(paths["png"], name, _alt(fig), width)
    return paths


def _show_png(path: Path, name: str, alt: str, width: int) -> None:
    import base64

    from IPython.display import HTML, display

    data = base64.b64encode(path.read_bytes()).decode("ascii")
    display(HTML(f'<img src="data:image/png;base64,{data}" width="{width}" '
                 f'style="max-width:100%;height:auto" alt="{html.escape(alt)}" '
                 f'data-figure="{html.escape(name)}">'))
