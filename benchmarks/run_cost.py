"""What ``khabar run`` costs beside ``khabar extract`` plus the figures (issue 11 §4).

On one distinct corpus (:mod:`corpus`, ``--articles`` articles of ~10 KB), each step a
fresh subprocess, in one run:

1. ``khabar extract DIR --out A``: the tables (all cores);
2. *the figures*: a process that reads A's stored tables and draws and saves every chart
   of :data:`khabar.figures.CHARTS` once (Arabic, PNG + SVG + PDF);
3. ``khabar run DIR --out B`` into a fresh folder: one extraction, the notebooks, the
   HTML/PDF/Word report and the Excel workbook;
4. *the newsroom files*, each made alone from A's tables in a process of their own: the
   Excel workbook (:func:`khabar.newsroom.workbook`), the Word report
   (:func:`khabar.newsroom.write_docx`, with the figures of step 2) and the HTML and PDF
   export of B's executed report notebook (:func:`khabar.report.export_report`): what
   ``khabar run`` makes that (1) + (2) do not.

Reported: wall and CPU seconds (the process and its children) of each, the ratio of (3)
to (1) + (2) (issue 11's budget) and to (1) + (2) + (4) (everything the run makes, each
made once and alone: above 1× is work the run does twice or waits for), and the seconds
of each notebook (papermill's own timing) and of its slowest cells. Usage::

    python benchmarks/run_cost.py --articles 1000 [--out benchmarks/results]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

FIGURES_ONLY = """
import sys
from pathlib import Path
from khabar import figures, pipeline
tables = pipeline.read_tables(Path(sys.argv[1]) / "data")
source = figures.source_line(tables["documents"], "ar")
names = figures.display_names(tables["organisations"])
for chart in figures.CHARTS.values():
    extra = {"names": names} if chart.names else {}
    fig = chart.function(tables[chart.table], source=source, language="ar", **extra)
    figures.save_figure(fig, chart.name, sys.argv[2])
"""

#: Step 4: argv = A (tables), F (step 2's figures), B's executed report notebook, C (out).
NEWSROOM_ONLY = """
import sys
from pathlib import Path
from khabar import figures, newsroom, pipeline, report
a, f, nb, c = map(Path, sys.argv[1:5])
tables = pipeline.read_tables(a / "data")
source = figures.source_line(tables["documents"], "ar")
newsroom.workbook(tables, c / "khabar.xlsx", "ar", tables.manifest)
newsroom.write_docx(tables, f, c / "report.docx", "ar", source)
report.export_report(nb, c)
"""


def timed(args: list[str]) -> dict:
    """Wall and CPU seconds (children included) of one subprocess, and the 1-minute load
    average when it started (the host is shared: a step that began under load is slower
    by wall time, not by CPU); raises on failure."""
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    done = subprocess.run(args, capture_output=True, text=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        raise SystemExit(f"{' '.join(args[:4])} failed:\n{done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "load_before": round(load, 2)}


def notebook_times(reports: Path) -> dict:
    out = {}
    for path in sorted(reports.glob("[0-9][0-9]_*.ipynb")):
        nb = json.loads(path.read_text(encoding="utf-8"))
        cells = [(c["metadata"].get("papermill", {}).get("duration") or 0.0,
                  "".join(c["source"]).splitlines()[0][:70])
                 for c in nb["cells"] if c["cell_type"] == "code" and c["source"]]
        out[path.stem] = {"seconds": round(nb["metadata"]["papermill"]["duration"], 1),
                          "slowest_cells": [(round(d, 1), s) for d, s in sorted(cells)[-3:][::-1]]}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=HERE / "results")
    args = parser.parse_args()
    khabar = [sys.executable, "-m", "khabar"]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        seeds = corpus.write_corpus(corpus.corpus(args.articles), tmp / "in")
        mb = sum(f.stat().st_size for f in seeds.iterdir()) / 1e6
        load = os.getloadavg()
        extract = timed(khabar + ["extract", str(seeds), "--out", str(tmp / "a"), "--quiet"])
        figures = timed([sys.executable, "-c", FIGURES_ONLY, str(tmp / "a"), str(tmp / "f")])
        run = timed(khabar + ["run", str(seeds), "--out", str(tmp / "b"), "--quiet"])
        notebooks = notebook_times(tmp / "b" / "reports")
        newsroom = timed([sys.executable, "-c", NEWSROOM_ONLY, str(tmp / "a"), str(tmp / "f"),
                          str(tmp / "b" / "reports" / "05_report.ipynb"), str(tmp / "c")])
    budget = {k: round(extract[k] + figures[k], 2) for k in ("wall_s", "cpu_s")}
    parts = {k: round(budget[k] + newsroom[k], 2) for k in budget}
    result = {
        "measured": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, "
                   f"Python {platform.python_version()}",
        "load_average_before": [round(x, 2) for x in load],
        "articles": args.articles, "mb": round(mb, 2),
        "extract": extract, "figures": figures, "extract_plus_figures": budget, "run": run,
        "run_over_budget": {k: round(run[k] / budget[k], 2) for k in budget},
        "newsroom_files": newsroom, "every_part_alone": parts,
        "run_over_parts": {k: round(run[k] / parts[k], 2) for k in parts},
        "notebooks": notebooks,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "run_cost.json").write_text(json.dumps(result, indent=1, ensure_ascii=False),
                                            encoding="utf-8")
    lines = [f"Measured {result['measured']} on {result['machine']} (load average "
             f"{', '.join(map(str, result['load_average_before']))} before); "
             f"{args.articles:,} distinct articles, {mb:.1f} MB.", "",
             "| step | wall s | CPU s (with children) | load average at its start |",
             "| --- | ---: | ---: | ---: |"]
    for name, key in (("khabar extract", "extract"), ("the figures (every chart once)", "figures"),
                      ("extract + figures", "extract_plus_figures"),
                      ("the newsroom files (workbook, Word, HTML + PDF), alone", "newsroom_files"),
                      ("every part alone: extract + figures + newsroom files",
                       "every_part_alone"), ("khabar run", "run")):
        lines.append(f"| {name} | {result[key]['wall_s']} | {result[key]['cpu_s']} | "
                     f"{result[key].get('load_before', '')} |")
    lines += ["", "khabar run / (extract + figures): "
              f"wall {result['run_over_budget']['wall_s']}×, "
              f"CPU {result['run_over_budget']['cpu_s']}×; "
              "khabar run / every part alone: "
              f"wall {result['run_over_parts']['wall_s']}×, "
              f"CPU {result['run_over_parts']['cpu_s']}×.", "",
              "| notebook | s | slowest cells (s) |", "| --- | ---: | --- |"]
    for name, nb in notebooks.items():
        cells = "; ".join(f"{d} `{s}`" for d, s in nb["slowest_cells"])
        lines.append(f"| {name} | {nb['seconds']} | {cells.replace('|', '/')} |")
    (args.out / "run_cost.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
