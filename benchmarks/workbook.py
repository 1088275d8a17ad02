"""CPU of writing the Excel workbook (``data/khabar.xlsx``, :func:`khabar.newsroom.write_xlsx`)
against the writer it replaced, on the tables of one distinct corpus, in one run.

The corpus is :mod:`corpus` (``--articles`` articles of ~10 KB), extracted once by
``khabar extract`` in a subprocess (or ``--tables DIR``: a folder ``khabar extract`` wrote).
Then, in this process, with the tables read once and held in memory, ``--repeats`` rounds
alternate the two writers on the same tables into the same temporary folder:

- **baseline**: :func:`baseline_write_xlsx` below, a copy of ``write_xlsx`` as it was on
  main at commit d40f9de (before this change): a ``manifest`` sheet, then a sheet for
  every table, the token table's first 100,000 rows included;
- **new**: :func:`khabar.newsroom.write_xlsx` of this tree (an ``about`` sheet, no sheet
  for the tables of ``newsroom.CSV_ONLY``).

Reported: CPU seconds (``time.process_time``: this process only, so other jobs on the host
do not count) of each round, their median and minimum, the ratio of the medians, the
files' sizes and cells, and the peak memory one write adds (:func:`peak_added_mb`).
Before timing, every sheet the two workbooks share (by name) is compared cell by cell
(:func:`same_cells`: every cell's reference, style, type and value, the text of shared
strings resolved, the sheet's dimension, widths, panes and filter), and the styles; the
benchmark stops if they differ. The sheets only one of them has are listed. Usage::

    python benchmarks/workbook.py --articles 1000 --repeats 5 [--out benchmarks/results]
"""
from __future__ import annotations

import argparse
import contextlib
import html
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path


HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

from khabar import figures, newsroom, pipeline  # noqa: E402
from khabar.io import atomic_file  # noqa: E402


# ------------------------------------------------------------------ baseline (old code)
# BASELINE: khabar/newsroom.py's write_xlsx as it was at commit d40f9de, copied unchanged
# except for the names of the module's helpers (which this change left as they were).
# Do not "fix".

def baseline_write_xlsx(tables, target, language="ar", manifest=None) -> Path:
    """BASELINE: ``write_xlsx`` as it was at commit d40f9de (a sheet for every table)."""
    import io

    import xlsxwriter

    lang = figures.check_language(language)
    target = Path(target)
    buffer = io.BytesIO()
    wb = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False,
                                      "strings_to_urls": False, "strings_to_numbers": False,
                                      "nan_inf_to_errors": True})
    if manifest:
        wb.set_custom_property(newsroom.WORKBOOK_STAMP, newsroom.workbook_stamp(manifest, lang))
    header = wb.add_format({"bold": True, "bg_color": "#F3F3F3", "bottom": 1})
    amount = wb.add_format({"num_format": "#,##0"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    used: set[str] = set()
    try:
        if manifest:
            ws = wb.add_worksheet(newsroom._sheet_name("manifest", used))
            if lang == "ar":
                ws.right_to_left()
            for r, key in enumerate(("run_id", "input_fingerprint", "khabar_version", "created")):
                ws.write_string(r, 0, key, header)
                newsroom._write_text(ws, r, 1, str(manifest.get(key, "")))
            ws.set_column(0, 0, 20)
            ws.set_column(1, 1, 70)
        limit = min(newsroom.WORKBOOK_MAX_ROWS, newsroom.EXCEL_MAX_ROWS - 2)
        for name, table in tables.items():
            ws = wb.add_worksheet(newsroom._sheet_name(name, used))
            if lang == "ar":
                ws.right_to_left()
            shown = table.iloc[:limit]
            cols = list(table.columns)
            writers, columns = [], []
            for c, col in enumerate(cols):
                method, values = newsroom._column_cells(shown.iloc[:, c])
                heading = newsroom.sheet_heading(str(col), lang)
                newsroom._write_text(ws, 0, c, heading, header)
                width = newsroom._column_width(heading, shown.iloc[:, c], method, values)
                ws.set_column(c, c, width, wrap if width == 60 else None)
                writers.append((newsroom._cell_writer(ws, method),
                                amount if col == "amount" else None))
                columns.append(values)
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
            cut = newsroom._cells_cut(shown)
            if cut:
                ws.write_string(note, 0, f"{cut:,} cell(s) longer than Excel's "
                                         f"{newsroom._TEXT_MAX:,} characters are cut: "
                                         f"data/{name}.csv has them whole")
    except BaseException:
        with contextlib.suppress(Exception):
            wb.close()
        raise
    wb.close()
    with atomic_file(target, "wb") as fh:
        fh.write(buffer.getvalue())
    return target


# ------------------------------------------------------------------ same output

_CELL = re.compile(r'<c r="([A-Z]+\d+)"( s="\d+")?( t="\w+")?(?:/>|><v>(.*?)</v></c>)')


def _sheet_parts(z: zipfile.ZipFile) -> dict[str, str]:
    # Sheet name -> its part (xl/workbook.xml names the sheets, its relationships the
    # part of each).
    targets = dict(re.findall(r'<Relationship Id="(\w+)" Type="[^"]*/worksheet" '
                              r'Target="([^"]+)"', z.read("xl/_rels/workbook.xml.rels").decode()))
    return {html.unescape(name): "xl/" + targets[rid] for name, rid in
            re.findall(r'<sheet name="([^"]*)" sheetId="\d+" r:id="(\w+)"',
                       z.read("xl/workbook.xml").decode())}


def _cells(path: Path) -> dict:
    # Per sheet name: (the sheet's XML before <sheetData> without the optional row
    # spans, after it, and every cell as (reference, style, type, value with shared
    # strings resolved)); plus the styles part.
    with zipfile.ZipFile(path) as z:
        # A shared string's text: its <t> elements joined (several in a rich string).
        sst = ["".join(html.unescape(t) for t in re.findall(r"<t(?:\s[^>]*)?>(.*?)</t>", si, re.S))
               for si in re.findall(r"<si>(.*?)</si>", z.read("xl/sharedStrings.xml").decode(),
                                    re.S)]
        out = {"styles": z.read("xl/styles.xml")}
        for sheet, name in _sheet_parts(z).items():
            head, data, tail = re.split(r"</?sheetData>", z.read(name).decode())
            cells = [(ref, s, t, sst[int(v)] if t == ' t="s"' else v)
                     for ref, s, t, v in _CELL.findall(data)]
            if data.count("<c ") != len(cells):
                raise SystemExit(f"{path}: {name} has cells this check does not read")
            rows = [int(r) for r in re.findall(r'<row r="(\d+)"', data)]
            if rows != sorted(set(rows)):
                raise SystemExit(f"{path}: {name}: rows out of order")
            # The first sheet is the selected one (tabSelected): not a difference of cells.
            out[sheet] = (re.sub(r' spans="[\d:]+"| tabSelected="1"', "", head), tail, cells)
    return out


def same_cells(a: Path, b: Path) -> dict:
    """Compare workbooks ``a`` and ``b`` sheet by sheet, for the sheets both have (by
    name), and their styles; raises SystemExit naming the first sheet that differs.
    Returns the cells compared, the sheets only in ``a`` and only in ``b``, and each
    workbook's cells."""
    ca, cb = _cells(a), _cells(b)
    shared = [name for name in ca if name in cb]
    for name in shared:
        if ca[name] != cb[name]:
            raise SystemExit(f"{name} differs between {a.name} and {b.name}")
    cells = {k: sum(len(v[2]) for n, v in c.items() if n != "styles")
             for k, c in (("a", ca), ("b", cb))}
    return {"cells_compared_same": sum(len(ca[n][2]) for n in shared if n != "styles"),
            "sheets_compared": [n for n in shared if n != "styles"],
            "only_in_a": [n for n in ca if n not in cb],
            "only_in_b": [n for n in cb if n not in ca],
            "cells": cells}


# ------------------------------------------------------------------ measuring

def cpu_seconds(write, tables, target, manifest) -> float:
    start = time.process_time()
    write(tables, target, "ar", manifest)
    return time.process_time() - start


def _status_kb(field: str) -> int:
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith(field + ":"))


def peak_added_mb(write, tables, target, manifest) -> float:
    """Peak RSS a write adds, MB: in a forked child (the tables already in memory),
    its high-water mark (``VmHWM``, reset through ``/proc/self/clear_refs``) after the
    write, less its RSS before it; the first write in the child, so it includes
    importing XlsxWriter. Linux only."""
    read, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:                                    # child
        os.close(read)
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")                           # reset the high-water mark to RSS now
        start = _status_kb("VmRSS")
        write(tables, target, "ar", manifest)
        os.write(write_end, str((_status_kb("VmHWM") - start) / 1024).encode())
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read) as fh:
        value = float(fh.read() or "nan")
    os.waitpid(pid, 0)
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--tables", type=Path, help="a folder khabar extract wrote")
    parser.add_argument("--out", type=Path, default=HERE / "results")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        out_dir = args.tables
        if out_dir is None:
            seeds = corpus.write_corpus(corpus.corpus(args.articles), tmp / "in")
            subprocess.run([sys.executable, "-m", "khabar", "extract", str(seeds), "--out",
                            str(tmp / "a"), "--quiet"], check=True)
            out_dir = tmp / "a"
        stored = pipeline.read_tables(out_dir / "data")
        tables = {name: stored[name] for name in stored}           # read once, held
        manifest = stored.manifest
        writers = {"baseline": baseline_write_xlsx, "new": newsroom.write_xlsx}
        paths = {k: tmp / f"{k}.xlsx" for k in writers}
        # First, from a process that has written nothing yet (memory freed by an earlier
        # write would be reused by the next and hide its peak).
        peaks = {k: round(peak_added_mb(w, tables, paths[k], manifest))
                 for k, w in writers.items()}
        for k, w in writers.items():                                # warm-up, and the check
            w(tables, paths[k], "ar", manifest)
        compared = same_cells(paths["baseline"], paths["new"])
        sizes = {k: paths[k].stat().st_size for k in writers}
        load = os.getloadavg()
        rounds = {k: [] for k in writers}
        for _ in range(args.repeats):
            for k, w in writers.items():
                rounds[k].append(round(cpu_seconds(w, tables, paths[k], manifest), 2))
    median = {k: statistics.median(v) for k, v in rounds.items()}
    result = {
        "measured": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, "
                   f"Python {platform.python_version()}",
        "load_average_before": [round(x, 2) for x in load],
        "articles": args.articles, "tables": {n: list(t.shape) for n, t in tables.items()},
        "cells_in_sheets": {"baseline": compared["cells"]["a"], "new": compared["cells"]["b"]},
        "cells_compared_same": compared["cells_compared_same"],
        "sheets_compared_same": compared["sheets_compared"],
        "sheets_only_in_baseline": compared["only_in_a"],
        "sheets_only_in_new": compared["only_in_b"],
        "cpu_s": rounds, "median_cpu_s": median,
        "min_cpu_s": {k: min(v) for k, v in rounds.items()},
        "baseline_over_new": round(median["baseline"] / median["new"], 2),
        "bytes": sizes, "peak_rss_added_mb": peaks,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "workbook.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    cells = result["cells_in_sheets"]
    lines = [f"Measured {result['measured']} on {result['machine']} (load average "
             f"{', '.join(map(str, result['load_average_before']))} before the rounds); "
             f"tables of {args.articles:,} distinct articles (at most "
             f"{newsroom.WORKBOOK_MAX_ROWS:,} rows a sheet); cells in the sheets: baseline "
             f"{cells['baseline']:,}, new {cells['new']:,}; the "
             f"{len(result['sheets_compared_same'])} sheets both have compared the same in "
             f"all {result['cells_compared_same']:,} cells; sheets only in the baseline: "
             f"{', '.join(result['sheets_only_in_baseline']) or 'none'}; only in the new: "
             f"{', '.join(result['sheets_only_in_new']) or 'none'}.", "",
             "| writer | CPU s per round | median | min | file | peak RSS added |",
             "| --- | --- | ---: | ---: | ---: | ---: |"]
    for k in writers:
        lines.append(f"| {k} | {', '.join(map(str, rounds[k]))} | {median[k]:.2f} | "
                     f"{min(rounds[k]):.2f} | {sizes[k] / 1e6:.2f} MB | {peaks[k]} MB |")
    lines += ["", f"baseline / new (medians): **{result['baseline_over_new']}×**."]
    (args.out / "workbook.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
