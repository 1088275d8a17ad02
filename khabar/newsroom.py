"""The files an editor opens: ``reports/report.docx`` (Word) and ``data/khabar.xlsx`` (Excel).

- :func:`write_docx` (python-docx): the figures with an Arabic and an English caption and
  the key tables as :func:`khabar.report.readable` gives them; a paragraph, a table cell or
  a run whose text starts with an Arabic letter is right-to-left (``w:bidi`` / ``w:rtl``),
  and tables read right to left (``w:bidiVisual``) in an Arabic report (ECMA-376 Part 1,
  §17.3.1.6 bidi, §17.3.2.30 rtl, §17.4.1 bidiVisual).
- :func:`write_xlsx` (XlsxWriter): a first sheet ``about`` (the run, and every table with
  its rows and where every row is), then one sheet per table with every column, except
  the token table (:data:`CSV_ONLY`: it is in data/tokens.csv), right-to-left
  sheets for an Arabic report, frozen header, amounts with a thousands format, and every
  text written with ``write_string``, so a cell such as ``=HYPERLINK(…)`` from an
  article stays text and is never a formula (and a text ``<r>…</r>`` stays text).

Both write to a temporary file next to the target and rename it
(:func:`khabar.io.atomic_file`).
"""
from __future__ import annotations

import contextlib
import math
import os
from decimal import Decimal
from functools import partial
from pathlib import Path

import numpy as np
import pandas as pd
from pandas.api.types import infer_dtype

from . import figures
from .io import atomic_file
from .report import HEADINGS, readable
from .schema import ALIAS_SEPARATOR

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


def _add_text(paragraph, text: str, bold: bool | None = False) -> None:
    """``text`` as one run of ``paragraph``; right to left (paragraph and run) when its
    first strong letter is Arabic. ``bold``: ``True`` or ``False`` sets the run's
    weight (``False`` overrides a bold style, a heading's), ``None`` leaves it to the
    paragraph's style (a table's body cells: Normal, not bold, without a ``w:b`` element
    in each of thousands of runs)."""
    from docx.oxml import OxmlElement

    run = paragraph.add_run(text)
    if bold is not None:
        run.bold = bold
    if figures.first_strong_is_arabic(text):
        _set_rtl_paragraph(paragraph)
        rpr = run._r.get_or_add_rPr()
        rpr.append(OxmlElement("w:rtl"))
        if bold:
            rpr.append(OxmlElement("w:bCs"))


def _add_names(paragraph, text: str, language: str) -> None:
    """A cell of names in two scripts (organisations ``aliases``: ACRE | مركز العمل …):
    one run a name, right to left only an Arabic one, in a paragraph of the report's
    direction, so Word orders the names as the table does and never mixes the words of
    a Latin name with an Arabic one's (:func:`khabar.report.table_html` isolates them
    the same way)."""
    from docx.oxml import OxmlElement

    if language == "ar":
        _set_rtl_paragraph(paragraph)
    for i, name in enumerate(text.split(ALIAS_SEPARATOR)):
        if i:
            paragraph.add_run(ALIAS_SEPARATOR)
        run = paragraph.add_run(name)
        if figures.first_strong_is_arabic(name):
            run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))


def _paragraph(doc, text: str, style: str | None = None, bold: bool = False):
    p = doc.add_paragraph(style=style)
    _add_text(p, text, bold)
    return p


#: Rows of one table in the Word report; the rest are named in a note (all are in the CSVs
#: and the workbook).
MAX_DOC_ROWS = 200


def _table(doc, table: pd.DataFrame, language: str, name: str = "",
           names: dict | None = None) -> None:
    from docx.oxml import OxmlElement

    shown = readable(table.head(MAX_DOC_ROWS), language, names=names)
    # Every row at once (python-docx builds the table's XML in one piece; a row added
    # at a time costs a search of the table's children per cell).
    t = doc.add_table(rows=len(shown) + 1, cols=max(len(shown.columns), 1))
    t.style = "Table Grid"
    if language == "ar":
        tblpr = t._tbl.tblPr
        tblpr.insert_element_before(OxmlElement("w:bidiVisual"), "w:tblStyleRowBandSize",
                                    "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing",
                                    "w:tblInd", "w:tblBorders", "w:shd", "w:tblLayout",
                                    "w:tblCellMar", "w:tblLook", "w:tblCaption",
                                    "w:tblDescription", "w:tblPrChange")
    rows = iter(t.rows)
    for cell, heading in zip(next(rows).cells, shown.columns):
        _add_text(cell.paragraphs[0], heading, bold=True)
    aliases = HEADINGS["aliases"][language == "ar"]
    lists = [c == aliases for c in shown.columns]
    for row, values in zip(rows, shown.itertuples(index=False)):
        for cell, value, names in zip(row.cells, values, lists):
            if names:
                _add_names(cell.paragraphs[0], value, language)
            else:
                _add_text(cell.paragraphs[0], value, bold=None)
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
    (``ar``: Arabic first and tables right to left; its tables name bodies and places as
    the charts do, :func:`khabar.report.readable` with the organisations table's names)
    and the source line. Output: the
    path. Raises ``ValueError`` for an unknown language, ``OSError`` if it cannot write."""
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    lang = figures.check_language(language)
    ar = lang == "ar"
    doc = Document()
    doc.core_properties.title = "تقرير خبر" if ar else "khabar report"
    doc.core_properties.language = lang
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
    # bodies and places named as the charts name them (World Bank → البنك الدولي)
    names = figures.display_names(tables.get("organisations"), tables.get("mentions"))
    for name, (en, ar_title) in KEY_TABLES.items():
        if name not in tables:
            continue
        _paragraph(doc, f"{ar_title} · {en}" if ar else f"{en} · {ar_title}", "Heading 1")
        _table(doc, tables[name], lang, name, names)
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


#: Arabic headings of the columns the readable tables leave out (offsets, rule names:
#: :data:`khabar.report.TECHNICAL`), which the workbook keeps.
TECHNICAL_HEADINGS_AR = {
    "start": "البداية (موضع الحرف)", "end": "النهاية (موضع الحرف)", "sentence": "الجملة",
    "index": "الترتيب", "norm": "الصيغة الموحّدة", "rule": "القاعدة", "cue": "كلمة الدلالة",
    "bound": "حدّ التقدير", "vague": "مبهم", "subject_rule": "قاعدة الجهة",
    "currency_note": "ملاحظة العملة",
    "speaker_start": "بداية اسم المتحدث", "speaker_end": "نهاية اسم المتحدث",
    "closed": "أُغلق الاقتباس", "attribution": "طريقة الإسناد", "restates": "يعيد الرقم",
    "part_of": "جزء من المبلغ",
}


def sheet_heading(column: str, language: str) -> str:
    """The heading of ``column`` in a workbook sheet: in an Arabic workbook its Arabic
    heading (:data:`khabar.report.HEADINGS`, the report's) and then the column's name in
    the CSV, ``المبلغ · amount`` (paired as the report's section headings are), so a
    reader sees Arabic and can still find the column in data/NAME.csv and the data
    contract (the columns the readable tables leave out too: :data:`TECHNICAL_HEADINGS_AR`);
    the name alone in English or where there is no Arabic heading."""
    arabic = HEADINGS.get(column, ("", ""))[1] or TECHNICAL_HEADINGS_AR.get(column, "")
    return f"{arabic} · {column}" if language == "ar" and arabic else column


def _write_cell(ws, r: int, c: int, value, fmt=None) -> None:
    # One cell of a column of mixed or unusual values (:func:`_column_cells`), typed here.
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA \
            or (isinstance(value, str) and not value):
        ws.write_blank(r, c, None, fmt)
    elif isinstance(value, (bool, np.bool_)):
        ws.write_boolean(r, c, bool(value), fmt)
    elif isinstance(value, (int, float, Decimal, np.integer, np.floating)):
        number = float(value)
        if math.isfinite(number) and abs(number) < _EXACT:
            ws.write_number(r, c, number, fmt)
        else:                                # past 2**53 a double would change the figure
            _write_text(ws, r, c, str(value), fmt)
    else:
        _write_text(ws, r, c, str(value), fmt)  # text stays text: never a formula


#: Excel's longest text in a cell, in UTF-16 code units; ``write_string`` cuts a longer
#: one there (XlsxWriter's docs, "write_string()").
_TEXT_MAX = 32_767


def _looks_rich(text: str) -> bool:
    # A string XlsxWriter's shared-string table writes as it is, as rich-text XML: the
    # form its own write_rich_string() stores (XlsxWriter 3.3.1, sharedstrings.py).
    return text.startswith("<r>") and text.endswith("</r>")


def _write_text(ws, r: int, c: int, text: str, fmt=None) -> None:
    """``ws.write_string(r, c, text, fmt)``, except for a text of the form ``<r>…</r>``:
    XlsxWriter writes such a shared string unescaped, as rich-text XML, so an article's
    text of that form would be markup in the workbook (an unreadable file, or other
    text). That one is written with the public ``write_rich_string`` as three
    unformatted fragments (its fewest: it refuses two), each of which XlsxWriter
    escapes: the cell reads back as exactly the text, a string (such a text has at
    least the 7 characters of ``<r></r>``, so no fragment is empty). A text past
    :data:`_TEXT_MAX` is first cut there, as ``write_string`` cuts it (without
    splitting a character above U+FFFF); ``write_rich_string`` would refuse it. (A C0
    control character in such a text is stored as its ``_xHHHH_`` escape twice over,
    so Excel shows the escape, not the character.) An empty text is a blank cell, as
    None is: the tables write "" for "none found" (no payer, no cue), and a reader of the
    workbook (openpyxl, a filter on blanks in Excel) must see no value there, not an
    empty string."""
    if not text:
        ws.write_blank(r, c, None, fmt)
        return
    if _looks_rich(text) and len(text) > _TEXT_MAX // 2:
        units = text.encode("utf-16-le")
        if len(units) > 2 * _TEXT_MAX:       # cut at a code point, as XlsxWriter does
            text = units[:2 * _TEXT_MAX].decode("utf-16-le", "ignore")
    if _looks_rich(text):
        ws.write_rich_string(r, c, text[:1], text[1:2], text[2:], *((fmt,) if fmt else ()))
    else:
        ws.write_string(r, c, text, fmt)


def _column_cells(column: pd.Series) -> tuple[str | None, list]:
    """How the cells of one column are written, decided once for the whole column
    instead of per cell: ``(method, values)``, ``method`` the XlsxWriter ``write_*``
    method every value takes (``write_number`` with floats, ``write_string`` with
    strings, ``write_boolean``), ``"text"`` for strings one of which needs
    :func:`_write_text`, or ``None`` for a column that needs :func:`_write_cell`'s
    per-cell typing (blanks, whole numbers past 2**53, infinities, mixed types, pandas'
    nullable dtypes, whose NA is blank). Either way a cell is typed as
    :func:`_write_cell` would type it."""
    if not isinstance(column.dtype, np.dtype):  # pandas' own (nullable, category...)
        return None, column.tolist()
    kind = column.dtype.kind
    if kind == "b":
        return "write_boolean", column.tolist()
    if kind in "iuf":
        numbers = column.to_numpy(dtype=float)
        if np.isfinite(numbers).all() and (np.abs(numbers) < _EXACT).all():
            return "write_number", numbers.tolist()
    elif kind == "O":
        inferred = infer_dtype(column.to_numpy(), skipna=False)
        if inferred == "string":                # str only: no None, no number
            values = column.tolist()
            # "" is a blank cell (:func:`_write_text`), not an empty string
            return ("text" if "" in values or any(map(_looks_rich, values))
                    else "write_string"), values
        if inferred == "boolean":
            return "write_boolean", column.tolist()
    return None, column.tolist()


def _column_width(heading: str, column: pd.Series, method: str | None, values: list) -> int:
    """Characters of ``heading`` + 2, or of the 90th percentile (linear) of the
    lengths of the column's cells as text + 2 (10 for no rows), within 8..60: what
    ``column.astype(str).str.len().quantile(0.9)`` gives, computed without a second
    Series for a numpy number or boolean column (numpy's text of it) and a text column
    (``values`` as :func:`_column_cells` gives them)."""
    if not len(column):
        lengths = np.array([8])
    elif isinstance(column.dtype, np.dtype) and column.dtype.kind in "biuf":
        lengths = np.char.str_len(column.to_numpy().astype(str))
    elif method in ("write_string", "text"):
        lengths = np.fromiter(map(len, values), np.int64, len(values))
    else:
        lengths = column.astype(str).str.len().to_numpy()
    return min(60, max(8, len(heading) + 2, int(np.quantile(lengths, 0.9)) + 2))


def _cell_writer(ws, method: str | None):
    # The public call that writes one cell of a column as (row, col, value, format),
    # bound once for the column (:func:`_column_cells`' method): no per-cell type test
    # where the column has one type.
    if method is None:
        return partial(_write_cell, ws)
    if method == "text":
        return partial(_write_text, ws)
    return getattr(ws, method)


def _cells_cut(table: pd.DataFrame) -> int:
    """How many text cells of ``table`` are longer than :data:`_TEXT_MAX` (Excel cuts
    them; a note under the sheet says so)."""
    n = 0
    for col in table.columns:
        if table[col].dtype == object:
            n += int((table[col].map(lambda v: isinstance(v, str) and len(v) > _TEXT_MAX))
                     .sum())
    return n


#: Tables the workbook gives no sheet, with why (English, Arabic): their rows are in
#: data/NAME.csv and data/NAME.parquet, and the about sheet (:func:`_write_about`) says
#: so. The token table has a row for every word of the corpus (about 1,200 for an article
#: of 10 KB): 1,000 articles fill the row cap (:data:`WORKBOOK_MAX_ROWS`) with the words
#: of their first 85 or so, a sheet nobody reads in Excel, and it was 40 % of the
#: workbook's cells and of its writing time (benchmarks/results/workbook-2117.md).
CSV_ONLY = {"tokens": ("one row per word of the corpus, too many for a sheet",
                       "صف لكل كلمة في المقالات، أكثر مما تحمله ورقة")}

#: The about sheet's headings, (English, Arabic).
ABOUT_HEADINGS = (("table", "الجدول"), ("rows", "الصفوف"),
                  ("in this workbook", "في هذا المصنّف"), ("every row", "كل الصفوف"))

#: The name of the workbook's first sheet (:func:`_write_about`).
ABOUT_SHEET = "about"


def _table_rows(tables, name: str, manifest: dict | None) -> int:
    # A table's rows, from the manifest when it counts them (a stored table left out of
    # the workbook is then never read: the token table is the largest of a set).
    rows = ((manifest or {}).get("tables") or {}).get(name, {}).get("rows")
    return int(rows) if isinstance(rows, int) else len(tables[name])


def _write_about(ws, tables, sheets: dict[str, str], manifest: dict | None, language: str,
                 limit: int, header) -> None:
    """The about sheet: the manifest's run id, input fingerprint, khabar version and
    creation time (rows 1-4, key and value, when there is a ``manifest``), then, after a
    blank row, one row per table of ``tables`` in their order: its name, its rows, what
    this workbook holds of it (its sheet and every row, its sheet and the first
    ``limit`` rows, or no sheet and why: :data:`CSV_ONLY`) and the files that hold every
    row, ``data/NAME.csv, data/NAME.parquet``. ``sheets``: table name → sheet name for
    the tables that have one. Labels in ``language`` (Arabic with the English beside:
    ``الجدول · table``)."""
    ar = language == "ar"
    r = 0
    if manifest:
        for r, key in enumerate(("run_id", "input_fingerprint", "khabar_version", "created")):
            ws.write_string(r, 0, key, header)
            _write_text(ws, r, 1, str(manifest.get(key, "")))
        r += 2
    for c, (en, arabic) in enumerate(ABOUT_HEADINGS):
        ws.write_string(r, c, f"{arabic} · {en}" if ar else en, header)
    for name in tables:
        r += 1
        rows = _table_rows(tables, name, manifest)
        if name in sheets:
            sheet, shown = sheets[name], min(rows, limit)
            if shown == rows:
                held = f"الورقة {sheet}: كل الصفوف" if ar else f"sheet {sheet}: every row"
            else:
                held = (f"الورقة {sheet}: أول {shown:,} صف" if ar
                        else f"sheet {sheet}: first {shown:,} rows")
        else:
            why = CSV_ONLY[name][ar]
            held = f"لا ورقة له: {why}" if ar else f"no sheet: {why}"
        _write_text(ws, r, 0, str(name))
        # No format of its own: the sheets' cell formats keep the numbers they had before
        # this sheet existed (XlsxWriter numbers them in the order the sheets use them).
        ws.write_number(r, 1, rows)
        ws.write_string(r, 2, held)
        _write_text(ws, r, 3, f"data/{name}.csv, data/{name}.parquet")
    ws.set_column(0, 0, 20)
    ws.set_column(1, 1, 12)
    ws.set_column(2, 2, 48)
    ws.set_column(3, 3, 70)


def write_xlsx(tables, target: str | os.PathLike,
               language: str = "ar", manifest: dict | None = None) -> Path:
    """Write the tables to one workbook, one sheet per table, to ``target``.

    ``tables``: name → DataFrame (a mapping: :class:`khabar.pipeline.StoredTables` reads
    a table only when it is used, so a table left out is never read). The first sheet,
    ``about`` (:func:`_write_about`), names the run (``manifest``, of the table set,
    :func:`khabar.store.read_manifest`: run id, input fingerprint, khabar version and
    creation time, so the workbook can be matched with the CSVs it was made from) and
    lists every table: its rows, what this workbook holds of it and the CSV and Parquet
    files that hold every row. Then a sheet for each table except those of
    :data:`CSV_ONLY` (the token table: one row per word; data/tokens.csv), with every
    column (the workbook is for checking, like the CSVs). Sheets are right
    to left when ``language`` is ``ar``; the header row (:func:`sheet_heading`: Arabic
    · CSV name in an Arabic workbook) is bold, frozen and filtered;
    ``amount`` columns use the number format ``#,##0``; text is written with
    ``write_string`` (never read as a formula, URL or number; a text of the form
    ``<r>…</r>`` as :func:`_write_text` writes it); a whole number past 2**53 is written
    as text so it is not rounded; None, NaN, NA and "" are blank cells; booleans are
    booleans. Columns of 60 characters (the widest) wrap their text. A table longer
    than :data:`WORKBOOK_MAX_ROWS` (100,000) rows is cut there, with a note in the
    sheet's last row naming the CSV (so Excel's own limit of 1,048,576 rows is never
    reached); a text longer than Excel's 32,767 characters is cut,
    with a note under the sheet counting such cells. Only XlsxWriter's public API is
    used. Returns the path; raises ``ValueError`` for an unknown language, ``OSError``
    if it cannot write."""
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
        about = wb.add_worksheet(_sheet_name(ABOUT_SHEET, used))
        if lang == "ar":
            about.right_to_left()
        limit = min(WORKBOOK_MAX_ROWS, EXCEL_MAX_ROWS - 2)
        sheets = {name: _sheet_name(str(name), used) for name in tables
                  if name not in CSV_ONLY}
        _write_about(about, tables, sheets, manifest, lang, limit, header)
        for name, sheet in sheets.items():
            table = tables[name]
            ws = wb.add_worksheet(sheet)
            if lang == "ar":
                ws.right_to_left()
            shown = table.iloc[:limit]
            cols = list(table.columns)
            writers, columns = [], []
            for c, col in enumerate(cols):
                method, values = _column_cells(shown.iloc[:, c])
                heading = sheet_heading(str(col), lang)
                _write_text(ws, 0, c, heading, header)
                width = _column_width(heading, shown.iloc[:, c], method, values)
                ws.set_column(c, c, width, wrap if width == 60 else None)
                # A cell without a format of its own takes its column's (the wrap).
                writers.append((_cell_writer(ws, method), amount if col == "amount" else None))
                columns.append(values)
            # Row by row: the shared strings in row order, as the one-call-per-cell writer
            # before this one gave them, so the file is byte for byte that one's (column
            # by column measured no faster and gave a 1% larger file; write_column(),
            # which types every value again, and the constant_memory mode measured no
            # faster either: benchmarks/README.md).
            for r, row in enumerate(zip(*columns), 1):
                for c, ((write, fmt), value) in enumerate(zip(writers, row)):
                    write(r, c, value, fmt)
            ws.freeze_panes(1, 0)
            if cols:
                ws.autofilter(0, 0, max(len(shown), 1), len(cols) - 1)
            note = len(shown) + 1
            if len(table) > limit:
                ws.write_string(note, 0, f"{len(table) - limit:,} more rows: every row "
                                         f"is in data/{name}.csv")
                note += 1
            cut = _cells_cut(shown)
            if cut:
                ws.write_string(note, 0, f"{cut:,} cell(s) longer than Excel's "
                                         f"{_TEXT_MAX:,} characters are cut: data/{name}.csv "
                                         "has them whole")
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


def workbook_lock_path(target: str | os.PathLike) -> Path:
    """The lock file of the workbook at ``target``: ``.<folder>.<name>.lock`` next to
    the workbook's folder (``OUT/.data.khabar.xlsx.lock`` beside ``OUT/.data.lock``),
    kept like that one."""
    # Outside the folder: a lock file in data/ was a hidden empty file left in the
    # table set after every run. It is never unlinked (a waiter would then hold a lock
    # nobody else sees), so it must live where khabar's other kept locks live.
    folder = Path(os.path.abspath(target)).parent
    return folder.parent / f".{folder.name}.{Path(target).name}.lock"


def workbook(tables, target: str | os.PathLike, language: str = "ar",
             manifest: dict | None = None, wait: bool = True) -> Path | None:
    """The workbook of this table set at ``target``: kept if it is already there for the
    same set and language (its :func:`read_workbook_stamp` equals
    :func:`workbook_stamp`), else written by :func:`write_xlsx`. One process at a time
    (an advisory lock on :func:`workbook_lock_path`): ``khabar run`` starts
    writing it while the analysis notebooks run; a caller arriving meanwhile waits for
    that workbook instead of writing a second one (or, with ``wait`` false, goes on
    without it: the report notebook does, so the Word report and the HTML page are not
    held up by the workbook). Raises
    :class:`TableSetReplaced` if the folder now holds another table set than
    ``manifest``'s (the workbook would describe one corpus beside another's CSVs);
    other arguments and errors as for :func:`write_xlsx`. Returns the path, or ``None``
    when ``wait`` is false and another process holds the lock: that process is writing
    (or checking) the workbook and reports its own failure (``khabar run`` fails
    with the reason)."""
    import fcntl

    lang = figures.check_language(language)
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(workbook_lock_path(target), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            return None
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
