"""The files an editor opens: ``reports/report.docx`` (Word) and ``data/khabar.xlsx`` (Excel).

- :func:`write_docx` (python-docx): the figures with an Arabic and an English caption and
  the key tables as :func:`khabar.report.readable` gives them; a paragraph, a table cell or
  a run whose text starts with an Arabic letter is right-to-left (``w:bidi`` / ``w:rtl``),
  and tables read right to left (``w:bidiVisual``) in an Arabic report (ECMA-376 Part 1,
  §17.3.1.6 bidi, §17.3.2.30 rtl, §17.4.1 bidiVisual).
- :func:`write_xlsx` (XlsxWriter): one sheet per table with every column, right-to-left
  sheets for an Arabic report, frozen header, amounts with a thousands format, and every
  text stored as a string (a shared string, never a formula), so a cell such as
  ``=HYPERLINK(…)`` from an article stays text.

Both write to a temporary file next to the target and rename it
(:func:`khabar.io.atomic_file`).
"""
from __future__ import annotations

import contextlib
import math
import os
from decimal import Decimal
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd
from pandas.api.types import infer_dtype

from . import figures
from .io import atomic_file
from .report import readable

#: Figures in report order, with their captions (English, Arabic): the chart registry,
#: :data:`khabar.figures.CHARTS`.
FIGURE_CAPTIONS = {c.name: (c.caption_en, c.caption_ar) for c in figures.CHARTS.values()}

#: The tables the Word report carries (the rest are in the CSVs and the workbook).
KEY_TABLES = {"organisations": ("Organisations", "المنظمات"),
              "funding": ("Funding figures", "أرقام التمويل"),
              "dates": ("Dates", "التواريخ"),
              "quotes": ("Quotes", "الاقتباسات")}


# --------------------------------------------------------------------------- Word

def _set_rtl_paragraph(paragraph) -> None:
    from docx.oxml import OxmlElement

    ppr = paragraph._p.get_or_add_pPr()
    if ppr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bidi") is None:
        ppr.insert_element_before(
            OxmlElement("w:bidi"), "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
            "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
            "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
            "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def _add_text(paragraph, text: str, bold: bool = False) -> None:
    """``text`` as one run of ``paragraph``; right to left (paragraph and run) when its
    first strong letter is Arabic."""
    from docx.oxml import OxmlElement

    run = paragraph.add_run(text)
    run.bold = bold
    if figures.first_strong_is_arabic(text):
        _set_rtl_paragraph(paragraph)
        rpr = run._r.get_or_add_rPr()
        rpr.append(OxmlElement("w:rtl"))
        if bold:
            rpr.append(OxmlElement("w:bCs"))


def _paragraph(doc, text: str, style: str | None = None, bold: bool = False):
    p = doc.add_paragraph(style=style)
    _add_text(p, text, bold)
    return p


#: Rows of one table in the Word report; the rest are named in a note (all are in the CSVs
#: and the workbook).
MAX_DOC_ROWS = 200


def _table(doc, table: pd.DataFrame, language: str, name: str = "") -> None:
    from docx.oxml import OxmlElement

    shown = readable(table.head(MAX_DOC_ROWS), language)
    t = doc.add_table(rows=1, cols=max(len(shown.columns), 1))
    t.style = "Table Grid"
    if language == "ar":
        tblpr = t._tbl.tblPr
        tblpr.insert_element_before(OxmlElement("w:bidiVisual"), "w:tblStyleRowBandSize",
                                    "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing",
                                    "w:tblInd", "w:tblBorders", "w:shd", "w:tblLayout",
                                    "w:tblCellMar", "w:tblLook", "w:tblCaption",
                                    "w:tblDescription", "w:tblPrChange")
    for cell, heading in zip(t.rows[0].cells, shown.columns):
        _add_text(cell.paragraphs[0], heading, bold=True)
    for row in shown.itertuples(index=False):
        cells = t.add_row().cells
        for cell, value in zip(cells, row):
            _add_text(cell.paragraphs[0], value)
    if len(table) > MAX_DOC_ROWS:
        n = figures.format_count(MAX_DOC_ROWS, language)
        total = figures.format_count(len(table), language)
        _paragraph(doc, f"أول {n} صفاً من {total}؛ الجدول كاملاً في data/{name}.csv"
                   if language == "ar"
                   else f"First {n} of {total} rows; the whole table is data/{name}.csv")


def write_docx(tables: dict[str, pd.DataFrame], figures_dir: str | os.PathLike,
               target: str | os.PathLike, language: str = "ar", source: str = "") -> Path:
    """Write the Word report to ``target``.

    Input: the tables (names as :func:`khabar.pipeline.extract_corpus` returns them; only
    :data:`KEY_TABLES` are used, at most :data:`MAX_DOC_ROWS` rows each, with a note), the
    folder where the figures' PNGs were saved (a figure of :data:`FIGURE_CAPTIONS` that is
    missing is left out), the report's ``language``
    (``ar``: Arabic first and tables right to left) and the source line. Output: the
    path. Raises ``ValueError`` for an unknown language, ``OSError`` if it cannot write."""
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    lang = figures.check_language(language)
    ar = lang == "ar"
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)        # A4
    section.left_margin = section.right_margin = Cm(2)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(10)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:cs"), "Arial")          # complex-script (Arabic) text: a face Word has
    _paragraph(doc, "تقرير خبر" if ar else "khabar report", "Title")
    _paragraph(doc, "khabar report" if ar else "تقرير خبر", "Subtitle")
    if source:
        _paragraph(doc, source)
    width = section.page_width - section.left_margin - section.right_margin
    for name, (en, ar_caption) in FIGURE_CAPTIONS.items():
        png = Path(figures_dir) / f"{name}.png"
        if not png.is_file():
            continue
        doc.add_picture(str(png), width=width)
        for caption in ((ar_caption, en) if ar else (en, ar_caption)):
            _paragraph(doc, caption, "Caption")
    for name, (en, ar_title) in KEY_TABLES.items():
        if name not in tables:
            continue
        _paragraph(doc, f"{ar_title} · {en}" if ar else f"{en} · {ar_title}", "Heading 1")
        _table(doc, tables[name], lang, name)
    target = Path(target)
    with atomic_file(target, "wb") as fh:
        doc.save(fh)
    return target


# --------------------------------------------------------------------------- Excel

EXCEL_MAX_ROWS = 1_048_576
#: Rows of a table a sheet holds; the rest are named in the sheet's last row. Past about
#: this many rows a sheet is slow to open and to filter in Excel or LibreOffice, and the
#: workbook slow to write (XlsxWriter writes about 100,000 cells a second); the whole
#: table is always in data/NAME.csv and .parquet. Corpora of a few hundred articles
#: stay under it except for the token table.
WORKBOOK_MAX_ROWS = 100_000
_EXACT = 2 ** 53  # a double holds every whole number up to here exactly


def _sheet_name(name: str, used: set[str]) -> str:
    base = "".join("_" if c in "[]:*?/\\" else c for c in name)[:31] or "table"
    out, i = base, 2
    while out.lower() in used:
        out = f"{base[:28]}_{i}"
        i += 1
    used.add(out.lower())
    return out


def _cell_value(value) -> tuple[str, object]:
    """How one cell of a column of mixed or unusual values is written: ``("blank",
    None)`` for None, NaN and NA, ``("boolean", bool)``, ``("number", float)`` for a
    finite number under 2**53, else ``("string", text)`` (a whole number past 2**53 as
    its digits, so it is not rounded; anything else as ``str``, never a formula)."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return "blank", None
    if isinstance(value, (bool, np.bool_)):
        return "boolean", bool(value)
    if isinstance(value, (int, float, Decimal, np.integer, np.floating)):
        number = float(value)
        if math.isfinite(number) and abs(number) < _EXACT:
            return "number", number
    return "string", str(value)


def _column_cells(column: pd.Series) -> tuple[str, list]:
    """How the cells of one column are written, decided once for the whole column
    instead of per cell: ``(kind, values)``, ``kind`` ``number`` (the values as floats),
    ``string`` (str only), ``boolean``, or ``mixed`` for a column that needs
    :func:`_cell_value`'s per-cell typing (blanks, whole numbers past 2**53,
    infinities, mixed types; the values as they are). Either way a cell is typed as
    :func:`_cell_value` would type it."""
    if not isinstance(column.dtype, np.dtype):  # pandas' own (nullable, category...)
        return "mixed", column.tolist()
    kind = column.dtype.kind
    if kind == "b":
        return "boolean", column.tolist()
    if kind in "iuf":
        numbers = column.to_numpy(dtype=float)
        if np.isfinite(numbers).all() and (np.abs(numbers) < _EXACT).all():
            return "number", numbers.tolist()
    elif kind == "O":
        inferred = infer_dtype(column.to_numpy(), skipna=False)
        if inferred == "string":                # str only: no blank, no number
            return "string", column.tolist()
        if inferred == "boolean":
            return "boolean", column.tolist()
    return "mixed", column.tolist()


def _column_width(heading: str, column: pd.Series, kind: str, values: list) -> int:
    """Characters of ``heading`` + 2, or of the 90th percentile (linear) of the
    lengths of the column's cells as text + 2 (10 for no rows), within 8..60: what
    ``column.astype(str).str.len().quantile(0.9)`` gives, computed without a second
    Series for a numpy number or boolean column (numpy's text of it) and a text column
    (``values`` as :func:`_column_cells` gives them)."""
    if not len(column):
        lengths = np.array([8])
    elif isinstance(column.dtype, np.dtype) and column.dtype.kind in "biuf":
        lengths = np.char.str_len(column.to_numpy().astype(str))
    elif kind == "string":
        lengths = np.fromiter(map(len, values), np.int64, len(values))
    else:
        lengths = column.astype(str).str.len().to_numpy()
    return min(60, max(8, len(heading) + 2, int(np.quantile(lengths, 0.9)) + 2))


@cache
def _table_sheet():
    """The XlsxWriter worksheet class of a table's sheet: :class:`xlsxwriter.worksheet.
    Worksheet` (which still writes the header row, widths, panes, filter and the sheet
    itself) with :meth:`write_columns`, which takes the data rows column by column and
    writes their ``<row>``/``<c>`` elements with numpy string operations instead of one
    XlsxWriter cell object and one formatted element per cell (the workbook's main
    cost: about 2 million cells for 1,000 articles). The elements are those XlsxWriter
    writes (ECMA-376 Part 1 §18.3.1.73 row, §18.3.1.4 c): numbers as ``{:.16G}``,
    booleans ``t="b"``, text a shared string ``t="s"`` (its index in XlsxWriter's own
    shared-string table, which escapes and writes the text; a text ``<r>…</r>``, which
    that table would write unescaped as rich text, an escaped inline string), a blank
    only where the cell has a format; rows without the optional ``spans`` attribute, as
    XlsxWriter's ``constant_memory`` mode writes them. Relies on XlsxWriter's worksheet
    internals (``_write_rows``, ``_check_dimensions``, ``str_table``, ``fh``, its
    escaping helpers): XlsxWriter is pinned in requirements.txt, and
    tests/test_newsroom.py reads every cell back with openpyxl."""
    from xlsxwriter.utility import xl_col_to_name
    from xlsxwriter.worksheet import Worksheet, _utf16_len, _utf16_truncate

    class TableSheet(Worksheet):
        def __init__(self):
            super().__init__()
            self._blocks: list = []

        def _text_xml(self, text: str) -> str:
            # The end of a text cell's <c> element: its index in the shared-string table
            # (registered now: the workbook sorts the table before sheets are written),
            # cut to Excel's 32,767 UTF-16 code units as XlsxWriter's write_string cuts it.
            # XlsxWriter writes a shared string of the form "<r>...</r>" unescaped, as
            # rich-text XML (a broken workbook for such a text from an article); that
            # one is an escaped inline string instead (§18.3.1.53 is).
            if len(text) > self.xls_strmax // 2 and _utf16_len(text) > self.xls_strmax:
                text = _utf16_truncate(text, self.xls_strmax)
            if text.startswith("<r>") and text.endswith("</r>"):
                inline = self._escape_data(self._escape_control_characters(text))
                return f' t="inlineStr"><is><t>{inline}</t></is></c>'
            return f' t="s"><v>{self.str_table._get_shared_string_index(text)}</v></c>'

        def _texts_xml(self, texts: list) -> np.ndarray:
            # _text_xml of each text, each distinct text looked up once.
            codes, distinct = pd.factorize(np.asarray(texts, dtype=object), sort=False)
            ends = [self._text_xml(t) for t in distinct]
            # References, as XlsxWriter counts them for <sst count=...>.
            self.str_table.count += len(texts) - len(distinct)
            return np.asarray(ends, dtype=object)[codes]

        def write_columns(self, first_row: int, columns: list, styles: list) -> None:
            """Rows ``first_row``... of the sheet: ``columns`` as :func:`_column_cells`
            gives them, ``styles`` one XlsxWriter format (or None) per column."""
            n = len(columns[0][1]) if columns else 0
            if not n:
                return
            prepared = []
            for kind, values in columns:
                if kind == "string":
                    values = self._texts_xml(values)
                elif kind == "mixed":
                    values = [(k, self._text_xml(v)) if k == "string" else (k, v)
                              for k, v in map(_cell_value, values)]
                prepared.append((kind, values))
            self._check_dimensions(first_row + n - 1, len(columns) - 1)
            self._blocks.append((first_row, n, prepared, styles))

        def write_note(self, row: int, text: str) -> None:
            """One text cell in column A of ``row``, after the rows of :meth:`write_columns`."""
            self.write_columns(row, [("string", [text])], [None])

        def _write_rows(self) -> None:
            super()._write_rows()                       # the cells XlsxWriter holds: the header
            for first_row, n, prepared, styles in self._blocks:
                numbers = np.arange(first_row + 1, first_row + n + 1).astype(str).astype(object)
                pieces = ['<row r="', numbers, '">']
                for c, ((kind, values), style) in enumerate(zip(prepared, styles)):
                    pieces += _cell_pieces(kind, values, xl_col_to_name(c), numbers,
                                           f' s="{style._get_xf_index()}"' if style else "")
                pieces.append("</row>")
                # One row of pieces per sheet row, joined once in row-major order.
                grid = np.empty((n, len(pieces)), dtype=object)
                for j, piece in enumerate(pieces):
                    grid[:, j] = piece
                self.fh.write("".join(grid.ravel().tolist()))

    return TableSheet


def _cell_pieces(kind: str, values, letter: str, numbers: np.ndarray, style: str) -> list:
    # The <c> elements of one column as pieces (a text, or an array of one text per
    # row) that, put one after the other, give each row's element ("" for a blank
    # without a format).
    if kind == "mixed":
        return [np.asarray([_cell_xml(k, v, letter + n, style) for (k, v), n in
                            zip(values, numbers)], dtype=object)]
    start = [f'<c r="{letter}', numbers, '"' + style]
    if kind == "number":
        return start + ["><v>", np.asarray(list(map("{:.16G}".format, values)), dtype=object),
                        "</v></c>"]
    if kind == "boolean":
        return start + [np.where(np.asarray(values, dtype=bool), ' t="b"><v>1</v></c>',
                                 ' t="b"><v>0</v></c>').astype(object)]
    return start + [values]                            # string: _text_xml of each


def _cell_xml(kind: str, value, ref: str, style: str) -> str:
    if kind == "number":
        return f'<c r="{ref}"{style}><v>{value:.16G}</v></c>'
    if kind == "boolean":
        return f'<c r="{ref}"{style} t="b"><v>{int(value)}</v></c>'
    if kind == "string":                               # value: _text_xml of the text
        return f'<c r="{ref}"{style}{value}'
    return f'<c r="{ref}"{style}/>' if style else ""             # blank


def write_xlsx(tables: dict[str, pd.DataFrame], target: str | os.PathLike,
               language: str = "ar", manifest: dict | None = None) -> Path:
    """Write every table to one workbook, one sheet per table, to ``target``.

    Every column is kept (the workbook is for checking, like the CSVs). Sheets are right
    to left when ``language`` is ``ar``; the header row is bold, frozen and filtered;
    ``amount`` columns use the number format ``#,##0``; text is stored as a string (a
    shared string, as ``write_string`` stores it: never read as a formula, URL or
    number); a whole number past 2**53 is written as text so it is not rounded; None,
    NaN and NA are blank cells; booleans are booleans. Columns of 60 characters (the
    widest) wrap their text. A table longer than :data:`WORKBOOK_MAX_ROWS`
    (100,000) rows is cut there, with a note in the sheet's last row naming the CSV.
    ``manifest`` (of the table set, :func:`khabar.store.read_manifest`): a first sheet
    ``manifest`` with its run id, input fingerprint, khabar version and creation time,
    so the workbook can be matched with the CSVs it was made from. Returns the path;
    raises ``ValueError`` for an unknown language, ``OSError`` if it cannot write."""
    import io

    import xlsxwriter

    lang = figures.check_language(language)
    target = Path(target)
    # Built in memory (no temporary files of XlsxWriter's own), then written atomically.
    buffer = io.BytesIO()
    wb = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False,
                                      "strings_to_urls": False, "strings_to_numbers": False,
                                      "nan_inf_to_errors": True})
    if manifest:
        wb.set_custom_property(WORKBOOK_STAMP, workbook_stamp(manifest, lang))
    header = wb.add_format({"bold": True, "bg_color": "#F3F3F3", "bottom": 1})
    amount = wb.add_format({"num_format": "#,##0"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    used: set[str] = set()
    try:
        if manifest:
            ws = wb.add_worksheet(_sheet_name("manifest", used))
            for r, key in enumerate(("run_id", "input_fingerprint", "khabar_version", "created")):
                ws.write_string(r, 0, key, header)
                ws.write_string(r, 1, str(manifest.get(key, "")))
            ws.set_column(0, 0, 20)
            ws.set_column(1, 1, 70)
        limit = min(WORKBOOK_MAX_ROWS, EXCEL_MAX_ROWS - 2)
        for name, table in tables.items():
            ws = wb.add_worksheet(_sheet_name(name, used), _table_sheet())
            if lang == "ar":
                ws.right_to_left()
            shown = table.iloc[:limit]
            cols = list(table.columns)
            columns = [_column_cells(shown.iloc[:, c]) for c in range(len(cols))]
            styles = []
            for c, (col, (kind, values)) in enumerate(zip(cols, columns)):
                ws.write_string(0, c, str(col), header)
                width = _column_width(str(col), shown.iloc[:, c], kind, values)
                ws.set_column(c, c, width, wrap if width == 60 else None)
                # A cell's own format, else its column's (as XlsxWriter gives it).
                styles.append(amount if col == "amount" else wrap if width == 60 else None)
            ws.freeze_panes(1, 0)
            if cols:
                ws.autofilter(0, 0, max(len(shown), 1), len(cols) - 1)
            ws.write_columns(1, columns, styles)
            if len(table) > limit:
                ws.write_note(limit + 1, f"{len(table) - limit:,} more rows: every row "
                                         f"is in data/{name}.csv")
    except BaseException:
        with contextlib.suppress(Exception):   # into the buffer, then dropped
            wb.close()
        raise
    wb.close()
    with atomic_file(target, "wb") as fh:
        fh.write(buffer.getvalue())
    return target


#: The workbook's custom document property naming the table set and language it was
#: made from (:func:`workbook_stamp`).
WORKBOOK_STAMP = "khabar table set"


def workbook_stamp(manifest: dict, language: str) -> str:
    """``"RUN_ID LANGUAGE"``: what a workbook was made from (the table set's run id in
    its manifest, :mod:`khabar.store`, and the language of its headings)."""
    return f"{manifest.get('run_id', '')} {language}"


def read_workbook_stamp(path: str | os.PathLike) -> str | None:
    """The :data:`WORKBOOK_STAMP` property of the workbook at ``path`` (read from its
    ``docProps/custom.xml``, ECMA-376 Part 1 §22.3; the sheets are not read), or
    ``None`` if there is none or the file is missing or not a workbook."""
    import zipfile
    from xml.etree import ElementTree

    try:
        with zipfile.ZipFile(path) as z:
            root = ElementTree.fromstring(z.read("docProps/custom.xml"))
    except (OSError, KeyError, zipfile.BadZipFile, ElementTree.ParseError):
        return None
    for prop in root:
        if prop.get("name") == WORKBOOK_STAMP:
            return "".join(prop.itertext())
    return None


def workbook(tables, target: str | os.PathLike, language: str = "ar",
             manifest: dict | None = None) -> Path:
    """The workbook of this table set at ``target``: kept if it is already there for the
    same set and language (its :func:`read_workbook_stamp` equals
    :func:`workbook_stamp`), else written by :func:`write_xlsx`. One process at a time
    (an advisory lock on ``.khabar.xlsx.lock.tmp`` next to it): ``khabar run`` starts
    writing it while the analysis notebooks run, and the report notebook, arriving
    meanwhile, waits for that workbook instead of writing a second one. Raises
    :class:`TableSetReplaced` if the folder now holds another table set than
    ``manifest``'s (the workbook would describe one corpus beside another's CSVs);
    other arguments and errors as for :func:`write_xlsx`. Returns the path."""
    import fcntl

    lang = figures.check_language(language)
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    # Never unlinked here (a waiter would then hold a lock nobody else sees); as a
    # ``.*.tmp`` file it is not carried into the next table set, and
    # khabar.store.clean_stale removes it when no one holds it.
    fd = os.open(target.with_name(f".{target.name}.lock.tmp"), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        _check_same_set(target.parent, manifest)
        if manifest and read_workbook_stamp(target) == workbook_stamp(manifest, lang):
            return target
        return write_xlsx(tables, target, lang, manifest)
    finally:
        os.close(fd)


class TableSetReplaced(RuntimeError):
    """The data folder now holds another table set than the tables in hand."""


def _check_same_set(data_dir: Path, manifest: dict | None) -> None:
    # A workbook belongs to the set in its folder (khabar.store): written from the
    # tables of one set into the folder of another, it would carry one corpus's rows
    # beside another's CSVs (a second run into the same folder meanwhile).
    from .store import read_manifest

    current = read_manifest(data_dir) if manifest else None
    if current and current.get("run_id") != manifest.get("run_id"):
        raise TableSetReplaced(
            f"{data_dir}: holds another table set now (run {current.get('run_id')}, made "
            f"while these tables of run {manifest.get('run_id')} were in use); the workbook "
            "was not written: run the notebook again to use the tables there")
