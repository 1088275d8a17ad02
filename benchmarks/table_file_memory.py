"""Memory of reading one large JSON Lines corpus file, row by row against decoded whole.

One JSON Lines file of ``--articles`` distinct articles (:mod:`corpus`, ~10 KB each) is
read the way ``khabar extract`` reads it (``read_corpus(defer=True)`` with a text spool:
every row's text goes to the spool), each reading in a fresh subprocess, in one run:

- *row by row*: the file checked as UTF-8 256 KiB at a time, then read a line at a time
  (``khabar.io.reading._table_lines``);
- *decoded whole* (the baseline, how every table file was read before): the same code
  with the UTF-8 stream check answering "not UTF-8", so the file is decoded whole by
  ``decode_bytes`` first, as a file in another encoding still is.

Reported: the file's size, peak RSS of each reading (``ru_maxrss``), CPU seconds of the
reading alone, the documents read (which must be equal), and the ratios. Usage::

    python benchmarks/table_file_memory.py --articles 15000 [--out benchmarks/results]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

READ = """
import json, resource, sys, time
from khabar.io import TextSpool, read_corpus
from khabar.io import reading
if sys.argv[3] == "whole":
    reading.utf8_stream_encoding = lambda path, source: None
t = time.process_time()
with TextSpool(sys.argv[2]) as spool:
    docs, problems = read_corpus(sys.argv[1], defer=True, spool=spool)
cpu = time.process_time() - t
print(json.dumps({"docs": len(docs), "problems": len(problems), "cpu_s": round(cpu, 2),
                  "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                                       / 1024, 1)}))
"""

WRITE = """
import json, sys
import corpus
with open(sys.argv[1], "w", encoding="utf-8") as fh:
    for doc_id, text in corpus.corpus(int(sys.argv[2]), seed=13):
        fh.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\\n")
"""


def read_once(path: Path, spool: Path, mode: str) -> dict:
    spool.unlink(missing_ok=True)
    done = subprocess.run([sys.executable, "-c", READ, str(path), str(spool), mode],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=15000)
    parser.add_argument("--out", type=Path, default=HERE / "results")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        # Written by a child: the corpus held here would count in the readers' peaks
        # (ru_maxrss includes the pages a child shares with this process before exec).
        subprocess.run([sys.executable, "-c", WRITE, str(path), str(args.articles)],
                       check=True, cwd=HERE)
        mb = path.stat().st_size / 1e6
        load = os.getloadavg()
        rows = {mode: read_once(path, Path(tmp) / "spool", mode) for mode in ("whole", "rows")}
    assert rows["whole"]["docs"] == rows["rows"]["docs"] == args.articles, rows
    result = {"measured": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
              "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, "
                         f"Python {platform.python_version()}",
              "load_average_before": [round(x, 2) for x in load],
              "articles": args.articles, "file_mb": round(mb, 1), **rows}
    lines = [f"Measured {result['measured']} on {result['machine']} (load average "
             f"{', '.join(map(str, result['load_average_before']))} before); one JSON Lines "
             f"file of {args.articles:,} distinct articles, {mb:.1f} MB.", "",
             "| reading | peak RSS | CPU s |", "| --- | ---: | ---: |",
             f"| decoded whole (baseline) | {rows['whole']['peak_rss_mb']} MB | "
             f"{rows['whole']['cpu_s']} |",
             f"| row by row | {rows['rows']['peak_rss_mb']} MB | {rows['rows']['cpu_s']} |",
             "", f"Peak RSS, whole / row by row: "
                 f"**{rows['whole']['peak_rss_mb'] / rows['rows']['peak_rss_mb']:.2f}×**; "
                 f"CPU, row by row / whole: "
                 f"{rows['rows']['cpu_s'] / max(rows['whole']['cpu_s'], 0.01):.2f}×."]
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "table_file_memory.json").write_text(json.dumps(result, indent=1),
                                                    encoding="utf-8")
    (args.out / "table_file_memory.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
