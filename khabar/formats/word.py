"""Word files (``.docx``): body paragraphs and table cells in order, through python-docx.
Runs are stored in logical order, right-to-left ones too (``قالت المنظمة`` is stored as
typed), so nothing is reordered."""
from __future__ import annotations

from ..io import InputError
from .reading import Reading, _version


def read_docx(data: bytes, source: str) -> Reading:
    """A Word (``.docx``) file through python-docx.

    Text: the body's paragraphs and table cells in document order, one per line
    (a merged table cell once); each paragraph's runs as stored, which is logical order
    for right-to-left runs too (Word keeps ``w:rtl`` as a run property, not as reversed
    characters), so nothing is reordered. Headers, footers and comments are not read.
    Metadata: core properties ``title`` and ``author``; not ``created``, which is when
    the file (or the template it was made from) was first saved, not the article's
    date, which relative dates are resolved against (a report written today about last
    week, or python-docx's own template of 2013). A publication date comes from a
    ``metadata.json`` beside the file, as for plain text.
    Raises :class:`InputError` for a file that is not a Word document.
    """
    import io as _io
    import zipfile

    import docx
    from docx.table import Table

    try:
        document = docx.Document(_io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"{source}: not a readable Word (.docx) file ({exc})") from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(_table_lines(block))
        else:
            lines.append(block.text)
    props = document.core_properties
    meta = {"title": props.title, "author": props.author}
    return Reading("\n".join(lines), {k: v for k, v in meta.items() if v},
                   _version("python-docx"), "")


def _table_lines(table) -> list[str]:
    lines, seen = [], []
    for row in table.rows:
        for cell in row.cells:
            # A merged cell repeats in every row/column it spans: same w:tc element.
            if any(cell._tc is tc for tc in seen):
                continue
            seen.append(cell._tc)
            lines.extend(p.text for p in cell.paragraphs)
    return lines

