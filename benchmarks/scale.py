"""Corpus scale on distinct text: single-article sizes and whole-corpus throughput.

Every figure comes from a fresh child process (so every per-word memo starts cold),
side by side with one regular-expression pass over the same text in this process, in
the same run. The text is built by ``benchmarks/corpus.py`` (Wojood sentences and the
seed's funding and quote sentences, drawn at random with a fixed seed).

1. **Article size** (``sizes``): one article of 0.1, 1, 10 and 50 MB and one 2 MB line
   of short quotations; the child times what a worker of ``khabar extract`` does with
   one article, :func:`khabar.batches.extract_batch` (extraction, the article's tables
   built, sorted and encoded as CSV text and Arrow rows, the cyclic GC paused; reading
   and the file writes excluded: this row is about cost growing with one text)
   after a warm-up on every sentence of the pool once (0.3 MB: lazily built tables and
   the first sight of each word are paid for there; the sample's vocabulary is small,
   so without it the smallest article would carry most of that cost alone), and
   reports seconds per MB; the target is a flat time per
   MB (max/min <= 1.5).
2. **Corpora** (``corpus``): 100, 1,000 and 10,000 articles (0.5-1.5 x 10 KB each)
   written as .txt files to a temporary folder, then ``khabar extract DIR --out OUT
   --workers N --quiet`` as a subprocess: whole-process wall MB/s (start-up, reading,
   extraction, CSV writing), CPU seconds, peak RSS (the largest process:
   ``getrusage(RUSAGE_CHILDREN).ru_maxrss`` in a launcher process; and the sums of RSS
   and of PSS over the process tree, sampled with psutil where installed, in a second
   run of the same command, since sampling takes CPU from the workers: summed RSS
   counts the pages forked workers share with their parent once per process, PSS once
   in all), for one and two workers.

Usage::

    python benchmarks/scale.py                       # both parts (about 15 minutes)
    python benchmarks/scale.py sizes --mb 0.1 1 10
    python benchmarks/scale.py corpus --articles 100 1000 --workers 1 2

Writes ``benchmarks/results/scale.json`` and ``benchmarks/results/scale.md``.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

#: The baseline: one pass of one simple regular expression over the same text.
CEILING_PATTERN = re.compile(r"\w+|[^\w\s]")

_CHILD_ARTICLE = """
import json, sys, time
t0 = time.perf_counter()
from khabar.io import Document
from khabar.batches import extract_batch
from khabar.gazetteer import load_gazetteer
gaz = load_gazetteer()
if len(sys.argv) > 2:   # a warm-up article: words first seen are paid for there
    extract_batch([Document("w", open(sys.argv[2], encoding="utf-8").read(), "w", "utf-8")],
                  gaz, encoded=True)
text = open(sys.argv[1], encoding="utf-8").read()
t1, c1 = time.perf_counter(), time.process_time()
# What a worker of `khabar extract` does with one article: extract it, build and sort its
# tables, encode them (CSV text and Arrow rows), the cyclic GC paused (khabar.batches).
b = extract_batch([Document("a", text, sys.argv[1], "utf-8")], gaz, encoded=True)
t2, c2 = time.perf_counter(), time.process_time()
rows = {k: t.rows for k, t in b.tables.items()}
print(json.dumps({"seconds": t2 - t1, "cpu_seconds": c2 - c1, "setup": t1 - t0, "rows": rows}))
"""


def mb(text: str) -> float:
    return len(text.encode("utf-8")) / 1e6


def regex_pass(text: str) -> float:
    """Seconds of one :data:`CEILING_PATTERN` pass over ``text`` (best of 3)."""
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        for _ in CEILING_PATTERN.finditer(text):
            pass
        best = min(best, time.perf_counter() - t)
    return best


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


#: Runs a command and reports, on its last stderr line, the rusage of the command and
#: its descendants alone (ru_maxrss of RUSAGE_CHILDREN is a maximum over every child a
#: process ever waited for, so each measured command gets a fresh launcher).
_LAUNCHER = ("import resource, subprocess, sys\n"
             "rc = subprocess.call(sys.argv[1:])\n"
             "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
             "print('RUSAGE', u.ru_utime + u.ru_stime, u.ru_maxrss, file=sys.stderr)\n"
             "sys.exit(rc)\n")


def run_child(cmd: list[str], watch: bool = True) -> tuple[subprocess.CompletedProcess, dict]:
    """Run ``cmd`` (through :data:`_LAUNCHER`); return it and its wall seconds, CPU seconds,
    peak RSS (MB) of its largest process and, with psutil, the peak of the sum over its
    process tree."""
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", _LAUNCHER, *cmd], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=_env(), cwd=str(ROOT))
    # One process (watch False): ru_maxrss below is its peak.
    tree = _watch_tree(proc) if watch else {"rss": None, "pss": None}
    out, err = proc.communicate()
    wall = time.perf_counter() - t
    done = subprocess.CompletedProcess(cmd, proc.returncode, out, err)
    if proc.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {err[-2000:]}")
    _, cpu, maxrss = err.strip().splitlines()[-1].split()
    return done, {"wall_s": round(wall, 3), "cpu_s": round(float(cpu), 3),
                  "peak_rss_mb_largest_process": round(int(maxrss) / 1024, 1),
                  "peak_rss_mb_process_tree": tree["rss"],
                  "peak_pss_mb_process_tree": tree["pss"]}


def _watch_tree(proc: subprocess.Popen, pss_every: float = 0.5) -> dict:
    """Peaks (MB) of the summed RSS and the summed PSS of ``proc`` and its descendants
    until it exits (``None`` each without psutil). Summed RSS counts twice every page a
    forked worker still shares with its parent; PSS (proportional set size, Linux
    ``/proc/PID/smaps_rollup``) splits each shared page among the processes sharing it,
    so its sum is the memory the tree takes from the machine. RSS is sampled every
    0.05 s; PSS every ``pss_every`` s, since reading it walks the process's page tables
    (about 7 ms for a 400 MB process: every 0.05 s it took a third of a core from the
    run being measured)."""
    try:
        import psutil
    except ImportError:
        proc.wait()
        return {"rss": None, "pss": None}
    peak = {"rss": 0, "pss": 0}
    last_pss = 0.0
    try:
        p = psutil.Process(proc.pid)
        while proc.poll() is None:
            tree = [p] + p.children(recursive=True)
            with_pss = time.perf_counter() - last_pss >= pss_every
            total = {"rss": 0, "pss": 0}
            for q in tree:
                try:
                    m = q.memory_full_info() if with_pss else q.memory_info()
                except psutil.Error:
                    continue
                total["rss"] += m.rss
                total["pss"] += getattr(m, "pss", 0)
            if with_pss:
                last_pss = time.perf_counter()
            peak = {k: max(peak[k], total[k]) for k in peak}
            time.sleep(0.05)
    except psutil.Error:
        pass
    proc.wait()
    return {k: round(v / 2**20, 1) for k, v in peak.items()}


# --------------------------------------------------------------------------- sizes

def bench_sizes(sizes_mb: list[float], quotes_mb: float, tmp: Path) -> list[dict]:
    rng = random.Random(11)
    cases = [(f"article {s:g} MB", corpus.article(int(s * 1e6), rng)) for s in sizes_mb]
    if quotes_mb:
        cases.append((f"one line of short quotes, {quotes_mb:g} MB",
                      corpus.quotes_line(int(quotes_mb * 1e6), rng)))
    # Warm-up: every sentence of the pool once, so the per-word memos hold the whole
    # vocabulary and the rows compare cost per text, not words seen for the first time.
    warm = tmp / "warm-up.txt"
    warm.write_text("\n".join(corpus.sentences()), encoding="utf-8")
    rows = []
    for name, text in cases:
        path = tmp / "article.txt"
        path.write_text(text, encoding="utf-8")
        done, usage = run_child([sys.executable, "-c", _CHILD_ARTICLE, str(path), str(warm)],
                                watch=False)
        child = json.loads(done.stdout.strip().splitlines()[-1])
        size = mb(text)
        rx = regex_pass(text)
        rows.append({"case": name, "mb": round(size, 3),
                     "article_work_s": round(child["seconds"], 3),
                     "s_per_mb": round(child["seconds"] / size, 3),
                     "article_work_cpu_s": round(child["cpu_seconds"], 3),
                     "cpu_s_per_mb": round(child["cpu_seconds"] / size, 3),
                     "mb_per_s": round(size / child["seconds"], 3),
                     "regex_pass_mb_per_s": round(size / rx, 1),
                     "ratio_to_regex": round(rx / child["seconds"], 4),
                     "rows": child["rows"], **usage})
        print(f"{name:38s} {child['seconds']:8.2f} s  {child['seconds'] / size:6.3f} s/MB  "
              f"CPU {child['cpu_seconds'] / size:6.3f} s/MB  "
              f"peak {usage['peak_rss_mb_largest_process']:.0f} MB", flush=True)
    return rows


# --------------------------------------------------------------------------- corpora

def bench_corpora(counts: list[int], workers: list[int], tmp: Path) -> list[dict]:
    rows = []
    for n in counts:
        docs = corpus.corpus(n, seed=11)
        text = "\n".join(t for _, t in docs)
        size = mb(text)
        folder = corpus.write_corpus(docs, tmp / f"corpus{n}")
        rx = regex_pass(text)
        for w in workers:
            out = tmp / f"out{n}_{w}"
            cmd = [sys.executable, "-m", "khabar", "extract", str(folder), "--out", str(out),
                   "--workers", str(w), "--quiet"]
            # Timed unwatched: sampling the tree's memory takes CPU, from the idle core
            # with one worker but from the workers with two (it cut the two-worker
            # figure by a fifth on this 2-core host). The tree's peaks come from a
            # second, watched run of the same command.
            _, usage = run_child(cmd, watch=False)
            shutil.rmtree(out, ignore_errors=True)
            _, watched = run_child(cmd, watch=True)
            usage.update({k: watched[k] for k in ("peak_rss_mb_process_tree",
                                                  "peak_pss_mb_process_tree")})
            rows.append({"articles": n, "workers": w, "mb": round(size, 3),
                         "mb_per_s": round(size / usage["wall_s"], 3),
                         "mb_per_cpu_s": round(size / usage["cpu_s"], 3),
                         "regex_pass_mb_per_s": round(size / rx, 1),
                         "ratio_to_regex": round(rx / usage["wall_s"], 4), **usage})
            print(f"{n:6d} articles {size:7.2f} MB  workers {w}: {usage['wall_s']:7.1f} s "
                  f"{size / usage['wall_s']:5.2f} MB/s  "
                  f"peak {usage['peak_rss_mb_largest_process']:.0f}"
                  f" MB (tree: RSS {usage['peak_rss_mb_process_tree']} MB, "
                  f"PSS {usage['peak_pss_mb_process_tree']} MB)", flush=True)
            shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(folder, ignore_errors=True)
    for r in rows:
        one = next((x for x in rows if x["articles"] == r["articles"] and x["workers"] == 1), None)
        r["speed_up_vs_one"] = round(one["wall_s"] / r["wall_s"], 3) if one else None
    return rows


# --------------------------------------------------------------------------- output

def markdown(result: dict) -> str:
    lines = [f"Measured {result['when']} on {result['machine']} ({result['cpus']} CPUs, "
             f"load average {result['load_before']} before the run); distinct text "
             "(benchmarks/corpus.py), every row a fresh process (memos cold; the article rows: "
             "`khabar.batches.extract_batch` of the article, encoded, after a warm-up on every "
             "sentence of the pool).", ""]
    if result.get("sizes"):
        lines += ["| one article | MB | extract_batch s | s per MB | CPU s per MB | "
                  "regex pass MB/s | ratio to regex | peak RSS MB |",
                  "| --- | --- | --- | --- | --- | --- | --- | --- |"]
        for r in result["sizes"]:
            lines.append(f"| {r['case']} | {r['mb']:.2f} | {r['article_work_s']:.2f} | "
                         f"{r['s_per_mb']:.3f} | {r['cpu_s_per_mb']:.3f} | "
                         f"{r['regex_pass_mb_per_s']:.0f} | "
                         f"{r['ratio_to_regex']:.4f} | {r['peak_rss_mb_largest_process']:.0f} |")
        arts = [r for r in result["sizes"] if r["case"].startswith("article")]
        if arts:
            wall = [r["s_per_mb"] for r in arts]
            cpu = [r["cpu_s_per_mb"] for r in arts]
            lines += ["", f"Time per MB over the article sizes, max/min: wall "
                          f"{max(wall) / min(wall):.2f}, CPU {max(cpu) / min(cpu):.2f} "
                          "(target <= 1.5)."]
        lines.append("")
    if result.get("corpora"):
        lines += ["| articles | MB | workers | wall s | MB/s (whole process) | MB per CPU-s | "
                  "× one worker | regex pass MB/s | ratio to regex | peak RSS MB (largest "
                  "process) | peak RSS MB (process tree, summed) | peak PSS MB (process "
                  "tree) |",
                  "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
        for r in result["corpora"]:
            lines.append(f"| {r['articles']:,} | {r['mb']:.1f} | {r['workers']} | "
                         f"{r['wall_s']:.1f} | {r['mb_per_s']:.2f} | {r['mb_per_cpu_s']:.2f} | "
                         f"{r['speed_up_vs_one']:.2f} | {r['regex_pass_mb_per_s']:.0f} | "
                         f"{r['ratio_to_regex']:.4f} | {r['peak_rss_mb_largest_process']:.0f} | "
                         f"{r['peak_rss_mb_process_tree']} | "
                         f"{r.get('peak_pss_mb_process_tree')} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("part", nargs="?", choices=["all", "sizes", "corpus"], default="all")
    ap.add_argument("--mb", type=float, nargs="+", default=[0.1, 1, 10, 50])
    ap.add_argument("--quotes-mb", type=float, default=2)
    ap.add_argument("--articles", type=int, nargs="+", default=[100, 1000, 10000])
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    result = {"when": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
              "machine": f"{platform.machine()} {platform.processor() or ''}".strip(),
              "python": platform.python_version(), "cpus": os.cpu_count(),
              "load_before": round(os.getloadavg()[0], 2)}
    with tempfile.TemporaryDirectory(prefix="khabar-scale-") as tmp:
        if args.part in ("all", "sizes"):
            result["sizes"] = bench_sizes(args.mb, args.quotes_mb, Path(tmp))
        if args.part in ("all", "corpus"):
            result["corpora"] = bench_corpora(args.articles, args.workers, Path(tmp))
    result["load_after"] = round(os.getloadavg()[0], 2)
    args.out.mkdir(parents=True, exist_ok=True)
    stem = "scale" if args.part == "all" else f"scale-{args.part}"
    (args.out / f"{stem}.json").write_text(json.dumps(result, indent=1, ensure_ascii=False))
    (args.out / f"{stem}.md").write_text(markdown(result), encoding="utf-8")
    print(markdown(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
