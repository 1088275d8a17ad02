"""How often a process that reads a stored table set ends with a status other than 0.

Arrow keeps what it reads from a *Python* file object in buffers that need the
interpreter to be freed; when one of Arrow's threads freed such a buffer while Python
was exiting, the process aborted after all its work ("terminate called without an
active exception", exit status 134). :class:`khabar.pipeline.StoredTables` therefore
opens the tables as Arrow's own files (``pyarrow.OSFile``). This runs ``--runs`` fresh
processes each way, interleaved, on one table set (``khabar extract`` of
``--articles`` distinct articles, :mod:`corpus`). Each does what a notebook's setup
cell does (imports, ``load_tables``, the source line) and reads every table, then
exits. ``python-file`` opens the tables as Python file objects, as khabar did before.
Usage::

    python benchmarks/exit_status.py --runs 150 --articles 1000
"""
from __future__ import annotations

import argparse
import collections
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

READ = """
import sys
from IPython.display import HTML, display
from khabar import figures, pipeline, report
if sys.argv[3] == "python-file":                   # the way before: Python file objects
    def opened(self, data_dir, manifest):
        self.manifest, self._frames = manifest, {}
        self._paths = {n: data_dir / f"{n}.parquet" for n in pipeline.TABLE_NAMES}
        self._files = {n: open(p, "rb") for n, p in self._paths.items()}
    pipeline.StoredTables.__init__ = opened
tables = pipeline.load_tables(sys.argv[1], sys.argv[2])
source = figures.source_line(tables["documents"], "ar")
frames = [tables[name] for name in tables]
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=150)
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        seeds = corpus.write_corpus(corpus.corpus(args.articles), Path(tmp) / "in")
        out = Path(tmp) / "out"
        subprocess.run([sys.executable, "-m", "khabar", "extract", str(seeds), "--out",
                        str(out), "--quiet"], check=True)
        statuses = {"python-file": collections.Counter(), "khabar": collections.Counter()}
        for _ in range(args.runs):
            for how, counts in statuses.items():
                done = subprocess.run([sys.executable, "-c", READ, str(seeds), str(out), how],
                                      capture_output=True)
                counts[done.returncode] += 1
    for how, counts in statuses.items():
        bad = sum(n for status, n in counts.items() if status != 0)
        print(f"{how:11} {bad}/{args.runs} runs ended with a status other than 0 "
              f"({dict(sorted(counts.items()))})")


if __name__ == "__main__":
    main()
