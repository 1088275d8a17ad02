"""What each fast path of :mod:`khabar.money` and :mod:`khabar.dates` buys, on distinct
text: :func:`khabar.money.funding_rows` and :func:`khabar.dates.date_rows` over the
articles of ``benchmarks/corpus.py`` (``corpus.corpus(N)``), each fast path switched off
in turn (its plain code instead), all in the same run, best of ``--repeats``.

"buys" is the share of the time without the fast path that it saves:
``1 - fast / without``. Each variant's rows are checked equal to the fast rows. The
articles are analysed (normalised, split into sentences) and their mentions found
before timing; the dates are timed with the money figures already found (they share
them). Times are CPU seconds of this process (``time.process_time``): the machine
is shared, and wall-clock minima moved by several per cent from run to run. Usage::

    python benchmarks/money_dates_speed.py               # 300 articles, best of 3
    python benchmarks/money_dates_speed.py --articles 100
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

from khabar import dates, money  # noqa: E402
from khabar.dates import scan as dscan, shapes  # noqa: E402
from khabar.entities import mention_rows  # noqa: E402
from khabar.gazetteer import load_gazetteer  # noqa: E402
from khabar.io import Document  # noqa: E402
from khabar.money import figures, scan as mscan  # noqa: E402
from khabar.text import analyse, find_all  # noqa: E402


class _Never:
    """A pattern that never matches (switches off a skip that a match enables)."""

    def match(self, *args):
        return None


def _codes_without_precheck(norm: str) -> list[tuple[int, int]]:
    hits, m = [], mscan._CODE_RE.search(norm)
    while m is not None:
        hits.append(m.span())
        m = mscan._CODE_RE.search(norm, m.start() + 1)
    return hits


def _finditer_at(pattern, norm, pos, end, starts):
    return pattern.finditer(norm, pos, end)


#: (name, module, attribute, plain replacement) per fast path.
MONEY_PATHS = [
    ("anchors from roots and codes (scan._anchor_hits)", mscan, "_anchor_hits",
     lambda norm, plain=False: find_all(norm, mscan._ANCHORS)),
    ("ISO code byte pre-check (scan._code_hits)", mscan, "_code_hits",
     _codes_without_precheck),
    ("start past the last barrier (scan._LAST_BARRIER)", mscan, "_LAST_BARRIER", _Never()),
    ("stop after the last currency (scan._figure_matches)", figures, "_figure_matches",
     lambda norm, plain=False: (m for pos, end, _ in mscan._search_ranges(norm)
                                for m in mscan.FIGURE_RE.finditer(norm, pos, end))),
    ("search ranges, not the whole text (scan._figure_matches)", figures,
     "_figure_matches", lambda norm, plain=False: mscan._figure_matches(norm, True)),
]
DATES_PATHS = [
    ("digit runs by lookup array (scan._digit_runs)", shapes, "_digit_runs",
     lambda norm, plain=False: dscan._digit_runs(norm, True)),
    ("Hijri hint per window (scan._HIJRI_HINT)", dscan, "_HIJRI_HINT", re.compile("")),
    ("month-name hint per window (scan._MONTH_HINT)", dscan, "_MONTH_HINT", re.compile("")),
    ("match only at possible starts (scan._match_at)", dscan, "_match_at", _finditer_at),
    ("search plan, not every pattern over the text (scan.where)", shapes, "where",
     lambda norm, runs, plain=False: dscan.where(norm, runs, True)),
]


def _articles(n: int):
    gazetteer = load_gazetteer()
    arts = [analyse(Document(i, t, "<corpus>", "utf-8")) for i, t in corpus.corpus(n)]
    for a in arts:
        a.normalised, [a.sentence_at(0)]
    return arts, [mention_rows(a, gazetteer) for a in arts]


def _money_run(arts, ments):
    t = time.process_time()
    rows = []
    for a, m in zip(arts, ments):
        a.__dict__.pop("_khabar_money_figures", None)
        rows.append(money.funding_rows(a, m))
    return time.process_time() - t, rows


def _dates_run(arts):
    for a in arts:
        money.find_figures(a)
    t = time.process_time()
    rows = [dates.date_rows(a) for a in arts]
    return time.process_time() - t, rows


def measure(paths, run, repeats: int) -> list[tuple[str, float, float, bool]]:
    """``(name, fast s, without s, same rows)`` per fast path, best of ``repeats``."""
    times: dict[str, list[float]] = {}
    same: dict[str, bool] = {}
    ref = None
    for _ in range(repeats):
        for name, module, attr, plain in [("fast", None, None, None), *paths]:
            saved = getattr(module, attr) if module else None
            if module:
                setattr(module, attr, plain)
            try:
                t, rows = run()
            finally:
                if module:
                    setattr(module, attr, saved)
            ref = rows if ref is None else ref
            same[name] = same.get(name, True) and rows == ref
            times.setdefault(name, []).append(t)
    fast = min(times["fast"])
    return [(name, fast, min(times[name]), same[name]) for name, *_ in paths]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args(argv)
    arts, ments = _articles(args.articles)
    chars = sum(len(a.text) for a in arts)
    print(f"{len(arts)} distinct articles, {chars} characters, best of {args.repeats}")
    for title, paths, run in (("funding_rows", MONEY_PATHS, lambda: _money_run(arts, ments)),
                              ("date_rows", DATES_PATHS, lambda: _dates_run(arts))):
        print(f"\n{title}: fast path | fast ms | without ms | buys | same rows")
        for name, fast, without, same in measure(paths, run, args.repeats):
            print(f"  {name} | {fast * 1000:.1f} | {without * 1000:.1f} | "
                  f"{(1 - fast / without) * 100:.1f} % | {same}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
