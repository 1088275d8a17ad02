"""Speed of khabar: tokenisation against Arabic tokenisers, and full extraction.

One run measures, on the same ~5 MB of UTF-8 text built in memory from the seed
article (its text repeated, joined by newlines; never written to disk):

1. tokenisation throughput (MB/s of UTF-8 bytes, best of ``--repeats``, warm,
   import excluded) of ``khabar.text.tokenise`` (offsets, kinds and normalised forms),
   pyarabic ``araby.tokenize``, CAMeL Tools ``simple_word_tokenize``, spaCy's blank
   Arabic tokenizer and one ``re.finditer`` pass of ``\\w+|[^\\w\\s]`` (the ceiling);
2. full extraction throughput (every table) of ``khabar.pipeline.extract`` on the same
   bytes as N documents (copies of the seed with distinct ``doc_id``), with one
   process and with all cores.

Prints a table with ratios, writes ``benchmarks/results/speed.json`` and
``benchmarks/results/speed.md``. Usage::

    python benchmarks/speed.py                 # everything (a few minutes)
    python benchmarks/speed.py --no-extract    # tokenisers only
    python benchmarks/speed.py --profile       # also where extract_document's time goes

Benchmark-only packages: ``benchmarks/requirements.txt``. A library that is not
installed is reported as skipped, never as a number.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import re
import sys
import time
from collections import deque
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_60485ece05eeeaab.txt"
RESULTS = Path(__file__).resolve().parent / "results"
sys.path.insert(0, str(Path(__file__).resolve().parent))

#: The practical ceiling: one pass of one simple regular expression over the text.
CEILING_PATTERN = re.compile(r"\w+|[^\w\s]")


# --------------------------------------------------------------------------- input

def seed_text() -> str:
    from khabar.io import read_text_file
    return read_text_file(SEED).text


def build_text(seed: str, target_bytes: int) -> tuple[str, int]:
    """The seed repeated (joined by ``\\n``) until it holds ``target_bytes`` UTF-8
    bytes; returns ``(text, copies)``."""
    copies = max(1, -(-target_bytes // len(seed.encode("utf-8"))))
    return "\n".join([seed] * copies), copies


def mb(s: str) -> float:
    return len(s.encode("utf-8")) / 1e6


# --------------------------------------------------------------------------- timing

def cpu_seconds() -> float:
    """User + system CPU time of this process and of its waited-for children."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def best_of(fn: Callable[[], object], repeats: int) -> tuple[float, object, float]:
    """Best wall time of ``repeats`` calls (seconds), the last result's size, and the
    CPU seconds (this process + finished child processes) of the fastest call.

    The garbage collector stays on (a tokeniser's allocations are part of its cost);
    a full collection runs before each call and no earlier result is kept alive, so
    every call starts from the same heap. CPU time is recorded because a shared machine
    (other jobs running) inflates wall time; ``cpu`` is what the work itself cost.
    """
    best, size, best_cpu = float("inf"), None, float("inf")
    for _ in range(repeats):
        gc.collect()
        c0 = cpu_seconds()
        t0 = time.perf_counter()
        out = fn()
        dt = time.perf_counter() - t0
        dc = cpu_seconds() - c0
        size = out if isinstance(out, int) else len(out)
        del out
        if dt < best:
            best, best_cpu = dt, dc
    return best, size, best_cpu


def version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return ""


# --------------------------------------------------------------------------- tokenisers

#: Distinct (not repeated) text: the Wojood sample's documents (benchmarks/data/wojood).
DISTINCT_FEED = "whole text, one call: 0.23 MB of distinct text (Wojood sample, 511 documents)"


def distinct_documents() -> list[tuple[str, str]]:
    """``(doc_id, text)`` of the Wojood sample (train, val, test): 511 short news and
    other documents, so no word is a repeat of the same article. Empty if missing."""
    from wojood_org import read_conll
    docs = []
    for split in ("train", "val", "test"):
        path = Path(__file__).resolve().parent / "data" / "wojood" / f"{split}.txt"
        if path.is_file():
            for d, sents in enumerate(read_conll(path)):
                docs.append((f"{split}{d:04d}", "\n".join(" ".join(t for t, _ in s)
                                                          for s in sents)))
    return docs


def distinct_text() -> str:
    return "\n".join(t for _, t in distinct_documents())


def tokenisers(text: str, seed: str) -> list[dict]:
    """Candidates as dicts: name, package, call (a no-argument callable returning the
    tokens, or a count), feed (how the text is given), gives (what each token carries).
    Library set-up (imports, model construction, one warm-up call) happens here,
    outside the timed call."""
    from khabar import text as ktext

    paragraphs = text.split("\n")
    cands = [
        {"name": "khabar tokenise", "package": "khabar " + version("khabar"),
         "call": lambda: ktext.tokenise(text), "feed": "whole text, one call",
         "gives": "offsets, kind, normalised form (Token rows)"},
    ]
    if hasattr(ktext, "tokenise_columns"):
        cands.append({"name": "khabar tokenise_columns", "package": "khabar " + version("khabar"),
                      "call": lambda: len(ktext.tokenise_columns(text)[0]),
                      "feed": "whole text, one call",
                      "gives": "offsets, kind, normalised form (column lists)"})
    try:
        from pyarabic import araby
        cands.append({"name": "pyarabic araby.tokenize",
                      "package": "pyarabic " + version("pyarabic"),
                      "call": lambda: araby.tokenize(text), "feed": "whole text, one call",
                      "gives": "token strings"})
    except ImportError as exc:
        cands.append({"name": "pyarabic araby.tokenize", "skipped": str(exc)})
    try:
        from camel_tools.tokenizers.word import simple_word_tokenize
        cands.append({"name": "CAMeL Tools simple_word_tokenize",
                      "package": "camel-tools " + version("camel-tools"),
                      "call": lambda: simple_word_tokenize(text), "feed": "whole text, one call",
                      "gives": "token strings"})
    except ImportError as exc:
        cands.append({"name": "CAMeL Tools simple_word_tokenize", "skipped": str(exc)})
    try:
        import spacy
        nlp = spacy.blank("ar")
        tok = nlp.tokenizer

        def spacy_tokens() -> int:
            # Doc objects are not kept (as a pipeline would not keep them).
            return sum(len(tok(p)) for p in paragraphs)
        cands.append({"name": "spaCy blank('ar') tokenizer",
                      "package": "spacy " + version("spacy"),
                      "call": spacy_tokens,
                      "feed": "per paragraph (nlp.max_length is 1,000,000 characters)",
                      "gives": "Doc of tokens with character offsets"})

        seed_paragraphs = seed.split("\n")

        def spacy_cold() -> Callable[[], int]:
            # A fresh tokenizer, warmed on one unrelated word (lazy set-up), so its
            # per-chunk cache knows nothing of the seed: the fair figure for new text.
            fresh = spacy.blank("ar").tokenizer
            fresh("مرحبا")
            return lambda: sum(len(fresh(p)) for p in seed_paragraphs)
        cands.append({"name": "spaCy blank('ar') tokenizer, cold cache",
                      "package": "spacy " + version("spacy"), "setup": spacy_cold,
                      "text": seed, "feed": "per paragraph, ONE copy of the seed, fresh tokenizer",
                      "gives": "Doc of tokens with character offsets"})
    except ImportError as exc:
        cands.append({"name": "spaCy blank('ar') tokenizer", "skipped": str(exc)})
    distinct = distinct_text()
    if distinct:
        def khabar_cold() -> Callable[[], int]:
            # The tokeniser keeps no per-word memo (removed in issue 13: it cost time on
            # distinct text), so every word of this text is new to it.
            return lambda: len(ktext.tokenise_columns(distinct)[0])
        cands.append({"name": "khabar tokenise_columns, distinct text, empty memo",
                      "package": "khabar " + version("khabar"), "setup": khabar_cold,
                      "text": distinct, "feed": DISTINCT_FEED,
                      "gives": "offsets, kind, normalised form (column lists)"})
        try:
            from pyarabic import araby  # noqa: F811 - may have failed above
            cands.append({"name": "pyarabic araby.tokenize, distinct text",
                          "package": "pyarabic " + version("pyarabic"),
                          "call": lambda: araby.tokenize(distinct), "text": distinct,
                          "feed": DISTINCT_FEED, "gives": "token strings"})
        except ImportError:
            pass
    cands.append({"name": "regex ceiling: re.finditer(r'\\w+|[^\\w\\s]')",
                  "package": "re (stdlib)",
                  "call": lambda: deque(CEILING_PATTERN.finditer(text), maxlen=0),
                  "count": lambda: len(CEILING_PATTERN.findall(text)),
                  "feed": "whole text, one pass",
                  "gives": "match objects (offsets), consumed and dropped"})
    return cands


def bench_tokenisers(text: str, seed: str, repeats: int) -> list[dict]:
    rows = []
    for c in tokenisers(text, seed):
        if "skipped" in c:
            rows.append({"name": c["name"], "skipped": c["skipped"]})
            print(f"  {c['name']}: skipped ({c['skipped']})", flush=True)
            continue
        if "setup" in c:   # a fresh object per repeat, built outside the timed call
            seconds, tokens = float("inf"), 0
            for _ in range(repeats):
                s, tokens, cpu = best_of(c["setup"](), 1)
                if s < seconds:
                    seconds, cpu_s = s, cpu
        else:
            c["call"]()  # warm-up (first-call caches, lazy compiles)
            seconds, tokens, cpu_s = best_of(c["call"], repeats)
        size = mb(c.get("text", text))
        if "check" in c and not c["check"]():
            raise AssertionError(f"{c['name']}: output differs from khabar.text.tokenise")
        if "count" in c:
            tokens = c["count"]()
        rows.append({"name": c["name"], "package": c["package"], "feed": c["feed"],
                     "gives": c["gives"], "text_mb": round(size, 4),
                     "seconds": round(seconds, 4), "tokens": tokens,
                     "cpu_seconds": round(cpu_s, 4),
                     "mb_per_cpu_s": round(size / max(cpu_s, 1e-9), 3),
                     "mb_per_s": round(size / seconds, 3), "repeats": repeats})
        print(f"  {c['name']}: {size / seconds:.2f} MB/s, "
              f"{size / max(cpu_s, 1e-9):.2f} MB per CPU-s "
              f"({tokens} tokens, best {seconds:.3f} s)",
              flush=True)
    return rows


# --------------------------------------------------------------------------- extraction

def bench_extraction(seed: str, copies: int, repeats: int, workers_all: int) -> list[dict]:
    from khabar.io import Document
    from khabar.pipeline import extract

    docs = [Document(f"seed-{i:04d}", seed, str(SEED.name), "utf-8") for i in range(copies)]
    size = sum(mb(d.text) for d in docs)
    # Set-up outside the timing (imports, gazetteer, first-seen words), as for tokenisers.
    extract(docs[:8], workers=1)
    rows = []
    distinct = [Document(i, t, "wojood", "utf-8") for i, t in distinct_documents()]
    runs = [("one process", 1, 1, docs, size), ("all cores", None, workers_all, docs, size)]
    if distinct:
        # Once only: a repeat would find every word of it in the per-word memos.
        runs.append(("one process, distinct text (Wojood sample, 511 short documents)", 1, 1,
                     distinct, sum(mb(d.text) for d in distinct)))
    for label, workers, cores, docs, size in runs:
        if "distinct" in label:
            from khabar import text as ktext
            for memo in (getattr(ktext, "_NORM_OF_WORD", {}), getattr(ktext, "_KIND_OF_WORD", {})):
                memo.clear()        # the tokeniser benchmark above has seen this text

        def run(docs=docs, workers=workers) -> int:
            tables = extract(docs, workers=workers)
            if not tables["problems"].empty:
                raise RuntimeError("extraction problems: "
                                   + "; ".join(tables["problems"]["reason"][:3]))
            return len(tables["tokens"])
        seconds, tokens, cpu_s = best_of(run, 1 if "distinct" in label else repeats)
        rows.append({"name": f"khabar extract, {label}", "workers": workers, "cores": cores,
                     "documents": len(docs), "tokens": tokens, "seconds": round(seconds, 3),
                     "mb_per_s": round(size / seconds, 3), "cpu_seconds": round(cpu_s, 3),
                     "mb_per_cpu_s": round(size / max(cpu_s, 1e-9), 3),
                     "mb_per_s_per_core": round(size / seconds / cores, 3),
                     "repeats": 1 if "distinct" in label else repeats})
        print(f"  khabar extract, {label} ({cores} core(s)): {size / seconds:.2f} MB/s, "
              f"{size / seconds / cores:.2f} MB/s per core ({seconds:.1f} s)", flush=True)
    return rows


# --------------------------------------------------------------------------- profile

def profile_extract_document(seed: str, runs: int = 30, top: int = 25) -> dict:
    """cProfile of ``extract_document`` on the seed: wall time per document, time per
    khabar step (cumulative) and per module (own time), largest first."""
    import cProfile
    import pstats
    from khabar.io import Document
    from khabar.pipeline import extract_document

    extract_document(Document("warm", seed, SEED.name, "utf-8"))
    t0 = time.perf_counter()
    for i in range(runs):
        extract_document(Document(f"p{i}", seed, SEED.name, "utf-8"))
    wall = (time.perf_counter() - t0) / runs
    prof = cProfile.Profile()
    prof.enable()
    for i in range(runs):
        extract_document(Document(f"p{i}", seed, SEED.name, "utf-8"))
    prof.disable()
    stats = pstats.Stats(prof).stats
    total = sum(v[2] for v in stats.values())  # own time of everything
    by_module: dict[str, float] = {}
    steps = []
    for (filename, _line, func), (_cc, nc, tt, ct, _callers) in stats.items():
        path = Path(filename)
        if "khabar" in path.parts and path.parent.name == "khabar":
            module = "khabar." + path.stem
            steps.append({"function": f"{module}.{func}", "calls_per_doc": nc / runs,
                          "cumulative_ms_per_doc": round(ct / runs * 1000, 3),
                          "own_ms_per_doc": round(tt / runs * 1000, 3)})
        elif "site-packages" in path.parts:
            module = path.parts[path.parts.index("site-packages") + 1].split(".")[0]
        elif filename.startswith("~") or filename == "~":
            module = "builtins (C: re, str, list…)"
        else:
            module = "stdlib " + path.stem
        by_module[module] = by_module.get(module, 0.0) + tt
    steps.sort(key=lambda r: -r["cumulative_ms_per_doc"])
    modules = sorted(({"module": m, "own_ms_per_doc": round(t / runs * 1000, 3),
                       "share": round(t / total, 3)} for m, t in by_module.items()),
                     key=lambda r: -r["own_ms_per_doc"])
    return {"document_bytes": len(seed.encode("utf-8")), "runs": runs,
            "wall_ms_per_doc": round(wall * 1000, 2),
            "mb_per_s_one_core": round(mb(seed) / wall, 3),
            "steps": steps[:top], "modules": modules[:15]}


# --------------------------------------------------------------------------- report

def add_ratios(rows: list[dict], ref: str, ceiling: str) -> None:
    by = {r["name"]: r for r in rows if "mb_per_s" in r}
    k, c = by.get(ref), by.get(ceiling)
    for r in rows:
        if "mb_per_s" in r:
            r["x_khabar_tokenise"] = round(r["mb_per_s"] / k["mb_per_s"], 2) if k else None
            r["x_regex_ceiling"] = round(r["mb_per_s"] / c["mb_per_s"], 2) if c else None


def markdown(result: dict) -> str:
    lines = [f"Text: {result['text_mb']:.2f} MB of UTF-8 ({result['copies']} copies of "
             f"`seeds/{SEED.name}`), {result['machine']['cpus']} CPU(s), Python "
             f"{result['machine']['python']}, {result['date'][:10]}. Best of "
             f"{result['repeats']} (tokenisers) / {result['extract_repeats']} (extraction). "
             "Ratios are to khabar's tokeniser (`tokenise`) and to the regex ceiling. "
             f"Load average before/after: {result['machine']['load_average_before'][0]:.1f}/"
             f"{result['machine']['load_average_after'][0]:.1f}"
             + (" (above the CPU count: other jobs were competing, and wall-clock MB/s "
                "understates; MB per CPU-second less so)."
                if max(result['machine']['load_average_before'][0],
                       result['machine']['load_average_after'][0]) > result['machine']['cpus']
                else "."), "",
             "| what | MB/s | × khabar tokenise | × regex ceiling | MB per CPU-second "
             "| fed | gives |",
             "| --- | ---: | ---: | ---: | ---: | --- | --- |"]
    for r in result["tokenisers"] + result["extraction"]:
        if "skipped" in r:
            lines.append(f"| {r['name']} | skipped | | | | {r['skipped']} | |")
            continue
        name = r["name"].replace("|", "\\|")
        if "mb_per_s_per_core" in r:
            name += f" ({r['cores']} core{'s' if r['cores'] > 1 else ''}, "\
                    f"{r['mb_per_s_per_core']:.2f} MB/s per core)"
        lines.append(f"| {name} | {r['mb_per_s']:.2f} | {r['x_khabar_tokenise']} | "
                     f"{r['x_regex_ceiling']} | {r['mb_per_cpu_s']:.2f} | "
                     f"{r.get('feed') or str(r.get('documents')) + ' documents'} | "
                     f"{r.get('gives', 'all tables')} |")
    prof = result.get("profile")
    if prof:
        lines += ["", f"extract_document on the seed ({prof['document_bytes']} bytes): "
                  f"{prof['wall_ms_per_doc']} ms per document = {prof['mb_per_s_one_core']} MB/s "
                  "on one core. Where the time goes (cProfile, cumulative ms per document):", "",
                  "| function | ms/doc (cumulative) | ms/doc (own) | calls/doc |",
                  "| --- | ---: | ---: | ---: |"]
        for s in prof["steps"][:15]:
            lines.append(f"| `{s['function']}` | {s['cumulative_ms_per_doc']} | "
                         f"{s['own_ms_per_doc']} | {s['calls_per_doc']:g} |")
        lines += ["", "| module (own time) | ms/doc | share |", "| --- | ---: | ---: |"]
        for m in prof["modules"][:10]:
            lines.append(f"| {m['module']} | {m['own_ms_per_doc']} | {m['share']:.0%} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=5.0, help="text size in MB (default 5)")
    ap.add_argument("--repeats", type=int, default=5, help="tokeniser repeats (best of)")
    ap.add_argument("--extract-repeats", type=int, default=3, help="extraction repeats (best of)")
    ap.add_argument("--no-extract", action="store_true", help="skip full extraction")
    ap.add_argument("--profile", action="store_true", help="profile extract_document")
    ap.add_argument("--out", type=Path, default=RESULTS, help="results folder")
    args = ap.parse_args(argv)

    seed = seed_text()
    text, copies = build_text(seed, int(args.mb * 1e6))
    cpus = os.cpu_count() or 1
    result = {"date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
              "machine": {"cpus": cpus, "load_average_before": os.getloadavg(),
                          "python": platform.python_version(),
                          "platform": platform.platform(), "processor": platform.processor()},
              "seed": f"seeds/{SEED.name}", "copies": copies, "text_mb": round(mb(text), 3),
              "repeats": args.repeats, "extract_repeats": args.extract_repeats}
    print(f"text: {mb(text):.2f} MB ({copies} copies of the seed), {cpus} CPU(s)")
    print("tokenisation:")
    result["tokenisers"] = bench_tokenisers(text, seed, args.repeats)
    del text
    result["extraction"] = []
    if not args.no_extract:
        print("full extraction:")
        result["extraction"] = bench_extraction(seed, copies, args.extract_repeats, cpus)
    rows = result["tokenisers"] + result["extraction"]
    add_ratios(rows, "khabar tokenise", result["tokenisers"][-1]["name"])
    result["machine"]["load_average_after"] = os.getloadavg()
    if args.profile:
        print("profiling extract_document…")
        result["profile"] = profile_extract_document(seed)

    md = markdown(result)
    print()
    print(md)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, content in (("speed.json", json.dumps(result, ensure_ascii=False, indent=2) + "\n"),
                          ("speed.md", md)):
        tmp = args.out / (name + ".tmp")
        tmp.write_text(content, encoding="utf-8")
        tmp.replace(args.out / name)
    print(f"wrote {args.out / 'speed.json'} and {args.out / 'speed.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
