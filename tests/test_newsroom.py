"""data/khabar.xlsx (khabar.newsroom.write_xlsx) read back cell by cell with openpyxl:
every cell of every sheet against the value, type, format and width computed here from
the tables by the rules of write_xlsx's docstring, on the seed's tables and on a table of
awkward values (blanks, whole numbers past 2**53, text that looks like a formula,
booleans, an empty table); the sheet XML in row and column order; the row cap's note;
the about sheet (the run, every table and where its rows are; the token table left out
and never read) and the workbook's stamp. (Right-to-left sheets and the kept or
rewritten workbook are in test_report.py.)"""
from __future__ import annotations

import math
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import numpy as np
import pandas as pd
import pytest

from khabar import newsroom
from khabar.pipeline import extract_corpus

ROOT = Path(__file__).resolve().parent.parent
BIG = 2 ** 60 + 1                 # past a double's exact range: must come back as its digits
LONG = "نص طويل يتجاوز عرض العمود الأقصى " * 3     # > 58 characters: a wrapped column


@pytest.fixture(scope="module")
def seed_tables():
    return extract_corpus(ROOT / "seeds")


def awkward_tables() -> dict[str, pd.DataFrame]:
    n = 9
    return {
        "awkward": pd.DataFrame({
            "text": ["=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)", " padded ",
                     "a & <b> \"c\"", "سطر\nثانٍ", "", "=HYPERLINK(\"http://example.invalid\")"],
            "mixed": [None, np.nan, pd.NA, BIG, -BIG, 2 ** 53, 2 ** 53 - 1, float("inf"), True],
            "flag": np.array([True, False] * 4 + [True]),
            "flag_object": [True, np.False_, False, True, np.True_, False, True, False, True],
            "count": np.arange(-4, n - 4, dtype=np.int64),
            "share": [0.5, np.nan, 1 / 3, -0.0, 1e15, 2.5, np.nan, 0.1, 7.0],
            "amount": [1_200_000_000, None, BIG, 5, 0, 12.5, 3, 2 ** 53, 10 ** 6],
            "huge": np.array([2 ** 62, 1, 2, 3, 4, 5, 6, 7, -(2 ** 62)], dtype=np.int64),
            "note": [LONG] * n,
            "decimal": [1.5, 2, 3, 4, 5, 6, 7, 8, 9],
            # XlsxWriter's shared-string table writes "<r>...</r>" unescaped, as rich text.
            "markup": ["<r>plain</r>", "<r><b>x & y</r>", "<r>", "</r>", "<b>", "x",
                       "<r>a</r> ", " <r>a</r>", "<r></r>"],
            # pandas' nullable types: NA is blank, as None is.
            "nullable_int": pd.array([1, None, 3, 2 ** 53, None, -6, 7, 8, 9], dtype="Int64"),
            "nullable_bool": pd.array([True, None, False] * 3, dtype="boolean"),
            "nullable_text": pd.array(["a", None, "=1+1", "b", "", None, "d", "e", "f"],
                                      dtype="string"),
            # "" is "none found" in the tables (no payer): a blank cell, in a column of
            # text and in one of mixed values
            "payer": ["", "World Bank", "", "x", "y", "", "z", "", "w"],
            "mixed_blank": ["", 3, None, "a", "", 1.5, "b", "", "c"],
        }),
        "empty": pd.DataFrame({"doc_id": pd.Series([], dtype=object),
                               "amount": pd.Series([], dtype=np.int64)}),
    }


def expected_cell(value) -> tuple[object, str]:
    """(value, openpyxl data type) a cell must read back as, by write_xlsx's rules:
    None/NaN/NA and "" blank (no empty string: openpyxl reads '' ≠ None), booleans as
    booleans, a finite number under 2**53 as a number, any other number as its text,
    everything else as text (never a formula)."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)) \
            or (isinstance(value, str) and not value):
        return None, "n"
    if isinstance(value, (bool, np.bool_)):
        return bool(value), "b"
    if isinstance(value, (int, float, np.integer, np.floating)):
        if math.isfinite(value) and abs(value) < 2 ** 53:
            return value, "n"
    return str(value), "s"


def expected_width(heading: str, column: pd.Series) -> int:
    longest = column.astype(str).str.len().quantile(0.9) if len(column) else 8
    return min(60, max(8, len(heading) + 2, int(longest) + 2))


def check_sheet(ws, table: pd.DataFrame, language: str = "ar") -> int:
    """Every cell of ``ws`` against ``table``; returns the number of cells compared."""
    from openpyxl.utils import get_column_letter

    cols = list(table.columns)
    headings = [newsroom.sheet_heading(c, language) for c in cols]
    assert [c.value for c in ws[1]] == headings
    assert all(c.font.b and c.data_type == "s" for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{get_column_letter(len(cols))}{max(len(table), 1) + 1}"
    assert ws.max_row == len(table) + 1 and ws.max_column == len(cols)
    compared = 0
    for c, col in enumerate(cols, 1):
        width = expected_width(headings[c - 1], table[col])
        # XlsxWriter stores a width in characters plus its padding (0.71 for these widths),
        # one <col> for a run of columns alike.
        stored = [d.width for d in ws.column_dimensions.values() if d.min <= c <= d.max]
        assert stored == [pytest.approx(width + 0.71, abs=0.01)], (ws.title, col)
        for r, value in enumerate(table[col], 2):
            cell = ws.cell(row=r, column=c)
            want, kind = expected_cell(value)
            assert (cell.value, cell.data_type) == (want, kind), (ws.title, cell.coordinate, value)
            if kind == "n" and want is not None:
                assert type(cell.value) in (int, float)
            assert cell.number_format == ("#,##0" if col == "amount" else "General")
            assert bool(cell.alignment.wrap_text) == (width == 60), (ws.title, cell.coordinate)
            compared += 1
    return compared


def test_every_cell_reads_back_as_the_tables_value_and_type(seed_tables, tmp_path):
    import openpyxl

    tables = {**seed_tables, **awkward_tables()}
    path = newsroom.write_xlsx(tables, tmp_path / "khabar.xlsx", "ar")
    wb = openpyxl.load_workbook(path)
    # The about sheet first, then every table but the token table (data/tokens.csv).
    sheets = {name: table for name, table in tables.items() if name != "tokens"}
    assert wb.sheetnames == ["about", *sheets]
    compared = sum(check_sheet(wb[name], table) for name, table in sheets.items())
    assert compared == sum(t.size for t in sheets.values())
    # Arabic headings, each with the CSV's column name to find it in data/NAME.csv.
    headings = [c.value for c in wb["funding"][1]]
    assert "المبلغ · amount" in headings and "العملة (ISO 4217) · currency" in headings
    assert "البداية (موضع الحرف) · start" in headings   # a column the report leaves out
    assert newsroom.sheet_heading("extra_column", "ar") == "extra_column"
    ws = wb["awkward"]
    assert ws["A2"].value == "=1+1" and ws["A2"].data_type == "s"     # never a formula
    assert ws.cell(row=5, column=2).value == str(BIG)                 # exact, not rounded
    assert [ws.cell(row=r, column=2).value for r in (2, 3, 4)] == [None, None, None]
    assert ws.cell(row=3, column=11).value == "<r><b>x & y</r>"
    # Sheets whose columns took every path (number, text, boolean, per-cell) were compared.
    assert {"funding", "mentions", "quotes", "awkward", "empty"} <= set(wb.sheetnames)


def test_sheet_xml_has_rows_and_cells_in_order(seed_tables, tmp_path):
    # Excel refuses rows or cells out of order; openpyxl alone would not notice.
    path = newsroom.write_xlsx({**seed_tables, **awkward_tables()}, tmp_path / "k.xlsx")
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    with zipfile.ZipFile(path) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert len(sheets) == len(seed_tables) + 2
        for name in sheets:
            root = ElementTree.fromstring(z.read(name))
            numbers = [int(row.get("r")) for row in root.iter(f"{ns}row")]
            assert numbers == sorted(set(numbers)), name
            for row in root.iter(f"{ns}row"):
                refs = [re.fullmatch(r"([A-Z]+)(\d+)", c.get("r")).groups()
                        for c in row.iter(f"{ns}c")]
                assert all(int(n) == int(row.get("r")) for _, n in refs), name
                columns = [(len(a), a) for a, _ in refs]
                assert columns == sorted(set(columns)), name


def test_a_table_past_the_row_cap_is_cut_with_a_note(seed_tables, tmp_path, monkeypatch):
    import openpyxl

    monkeypatch.setattr(newsroom, "WORKBOOK_MAX_ROWS", 3)
    mentions = seed_tables["mentions"]
    assert len(mentions) > 3
    path = newsroom.write_xlsx({"mentions": mentions}, tmp_path / "k.xlsx", "en")
    ws = openpyxl.load_workbook(path)["mentions"]
    assert not ws.sheet_view.rightToLeft
    assert ws.max_row == 3 + 2
    note = ws.cell(row=5, column=1)
    assert note.value == f"{len(mentions) - 3} more rows: every row is in data/mentions.csv"
    assert note.data_type == "s" and all(c.value is None for c in ws[5][1:])
    for c, col in enumerate(mentions.columns, 1):
        assert [expected_cell(v)[0] for v in mentions[col].iloc[:3]] == \
            [ws.cell(row=r, column=c).value for r in (2, 3, 4)]
    assert ws.auto_filter.ref.endswith("4")


def test_manifest_sheet_and_stamp(seed_tables, tmp_path):
    import openpyxl

    manifest = {"run_id": "20261201T120000Z-7", "input_fingerprint": "ab" * 32,
                "khabar_version": "0.1.0", "created": "2026-12-01T12:00:00+00:00"}
    path = newsroom.write_xlsx({"dates": seed_tables["dates"]}, tmp_path / "k.xlsx", "ar",
                               manifest)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["about", "dates"]
    rows = list(wb["about"].iter_rows(values_only=True))
    assert {key: value for key, value, *_ in rows[:4]} == manifest
    assert newsroom.read_workbook_stamp(path) == "20261201T120000Z-7 ar"
    assert check_sheet(wb["dates"], seed_tables["dates"]) == seed_tables["dates"].size


def test_text_of_the_form_of_rich_text_xml_stays_that_text(tmp_path):
    # XlsxWriter writes a shared string "<r>...</r>" as it is, as rich-text XML: from an
    # article's text, markup in the workbook (here "&" unescaped: an unreadable file).
    import openpyxl

    texts = ["<r><t>injected</t></r>", "<r><b>x & y</r>", "<r></r>", "<r> a </r>",
             "<r>a</r>\n", "<r>" + "ن" * 40_000 + "</r>", "<r>ok</r>"]
    table = pd.DataFrame({"quote": texts, "mixed": [1, None, "<r>2</r>", 3, 4, 5, 6]})
    path = newsroom.write_xlsx({"markup": table}, tmp_path / "k.xlsx", "en",
                               {"run_id": "<r>run</r>"})
    with zipfile.ZipFile(path) as z:               # every XML part well-formed
        for name in z.namelist():
            if name.endswith((".xml", ".rels")):
                ElementTree.fromstring(z.read(name))
    wb = openpyxl.load_workbook(path)
    ws = wb["markup"]
    # Cut to Excel's 32,767 characters, as write_string cuts any text.
    want = [t[:32_767] for t in texts]
    assert [ws.cell(row=r, column=1).value for r in range(2, 9)] == want
    assert {ws.cell(row=r, column=1).data_type for r in range(2, 9)} == {"s"}
    assert (ws["B4"].value, ws["B4"].data_type) == ("<r>2</r>", "s")
    assert wb["about"]["B1"].value == "<r>run</r>"


def test_a_cell_longer_than_excel_allows_is_cut_with_a_note(tmp_path):
    import openpyxl

    from khabar.newsroom import write_xlsx
    tables = {"quotes": pd.DataFrame({"doc_id": ["a", "b"], "quote": ["ك" * 40_000, "قصير"]})}
    ws = openpyxl.load_workbook(write_xlsx(tables, tmp_path / "k.xlsx", "ar"))["quotes"]
    assert len(ws["B2"].value) == 32_767 and ws["B3"].value == "قصير"
    assert "cut" in ws["A4"].value and "data/quotes.csv" in ws["A4"].value


class CountingTables(dict):
    """Tables that note which of them were read (as khabar.pipeline.StoredTables reads
    a stored table only when it is used)."""

    def __init__(self, tables):
        super().__init__(tables)
        self.read = []

    def __getitem__(self, name):
        self.read.append(name)
        return super().__getitem__(name)

    def items(self):
        return ((name, self[name]) for name in self)

    def values(self):
        return (self[name] for name in self)


def test_the_about_sheet_lists_every_table_and_the_token_table_is_never_read(
        seed_tables, tmp_path, monkeypatch):
    import openpyxl

    monkeypatch.setattr(newsroom, "WORKBOOK_MAX_ROWS", 20)
    manifest = {"run_id": "20261206T120000Z-3", "input_fingerprint": "cd" * 32,
                "khabar_version": "0.1.0", "created": "2026-12-06T12:00:00+00:00",
                "tables": {name: {"rows": len(t)} for name, t in seed_tables.items()}}
    tables = CountingTables(seed_tables)
    path = newsroom.write_xlsx(tables, tmp_path / "k.xlsx", "en", manifest)
    assert "tokens" not in tables.read                  # its rows come from the manifest
    wb = openpyxl.load_workbook(path)
    assert "tokens" not in wb.sheetnames
    rows = list(wb["about"].iter_rows(values_only=True))
    assert rows[4] == (None, None, None, None)
    assert rows[5] == ("table", "rows", "in this workbook", "every row")
    listed = {row[0]: row[1:] for row in rows[6:]}
    assert list(listed) == list(seed_tables)
    for name, table in seed_tables.items():
        rows_, held, files = listed[name]
        assert rows_ == len(table)
        assert files == f"data/{name}.csv, data/{name}.parquet"
        if name == "tokens":
            assert held == "no sheet: one row per word of the corpus, too many for a sheet"
        elif len(table) > 20:
            assert held == f"sheet {name}: first 20 rows"
            assert wb[name].max_row == 20 + 2                   # and its note
        else:
            assert held == f"sheet {name}: every row"
            assert wb[name].max_row == len(table) + 1
    assert len(seed_tables["tokens"]) > 20 and len(seed_tables["problems"]) <= 20
    # Without a manifest the rows are counted from the tables; Arabic headings.
    wb = openpyxl.load_workbook(newsroom.write_xlsx(seed_tables, tmp_path / "a.xlsx", "ar"))
    ws = wb["about"]
    assert ws.sheet_view.rightToLeft
    assert ws["A1"].value == "الجدول · table" and ws["B1"].value == "الصفوف · rows"
    tokens = next(r for r in ws.iter_rows(values_only=True) if r[0] == "tokens")
    assert tokens[1] == len(seed_tables["tokens"]) and tokens[2].startswith("لا ورقة له")
