"""ORG precision, recall and F1 of khabar.entities on the Wojood NER sample.

Data: benchmarks/data/wojood/ (Wojood public sample, SinaLab/ArabicNER, MIT licence; see
the README there). Gold spans are the outermost ORG entities at any nesting
depth: an ORG span not inside another ORG span, whatever tag column it is in, so an
organisation inside an occupation (سكرتير [اللجنة القومية العربية], OCC in the first
column, ORG in the second) counts, as khabar reports organisations wherever they are.
The first-column-only score (``outer``: ORG spans in the first tag column) is printed
too, for comparison with earlier runs. A predicted span is a khabar mention labelled
ORG. Both are compared as token positions (Wojood tokens keep their clitics: لشركة is
B-ORG), exact match only.
Sentences are rebuilt as lines (tokens joined by spaces) and a `$#$` marker ends a
document. Rules were tuned on train.txt and val.txt only; test.txt is for reporting.

Run: ``.venv/bin/python benchmarks/wojood_org.py [train|val|test ...]`` (default all three);
also prints the time of extract_mentions on the seed article.
"""
from __future__ import annotations

import sys
import timeit
from pathlib import Path

# The khabar of this checkout, not an installed one (a second clone or worktree measures
# its own code), as benchmarks/accuracy.py does.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from khabar.entities import extract_mentions  # noqa: E402
from khabar.io import Document, read_text_file  # noqa: E402
from khabar.text import analyse  # noqa: E402

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "wojood"
SEED = HERE.parent / "seeds" / "000_60485ece05eeeaab.txt"


def read_conll(path: Path) -> list[list[list[tuple[str, tuple[str, ...]]]]]:
    """Documents → sentences → (token, tags: outer first)."""
    docs, sents, sent = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if sent:
                sents.append(sent)
            sent = []
            continue
        if parts[0] == "$#$":
            if sent:
                sents.append(sent)
            sent = []
            if sents:
                docs.append(sents)
            sents = []
            continue
        sent.append((parts[0], tuple(parts[1:]) or ("O",)))
    if sent:
        sents.append(sent)
    if sents:
        docs.append(sents)
    return docs


def gold_spans(tags: list[str]) -> set[tuple[int, int]]:
    """ORG spans of one tag column (IOB2)."""
    spans, start = set(), None
    for i, t in enumerate(tags + ["O"]):
        if start is not None and t != "I-ORG":
            spans.add((start, i))
            start = None
        if t == "B-ORG" or (t == "I-ORG" and start is None):
            start = i
    return spans


def outermost_org_spans(tags: list[tuple[str, ...]]) -> set[tuple[int, int]]:
    """ORG spans of every tag column that are not inside another ORG span."""
    depth = max((len(t) for t in tags), default=1)
    spans = set().union(*(gold_spans([t[d] if d < len(t) else "O" for t in tags])
                          for d in range(depth)))
    return {s for s in spans
            if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)}


def evaluate(path: Path) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """(true positives, predicted, gold) over a file: outermost ORG spans at any depth,
    and ORG spans of the first tag column only."""
    tp = n_pred = n_gold = tp1 = n_gold1 = 0
    for d, sents in enumerate(read_conll(path)):
        text_parts, offsets, tags = [], [], []
        pos = 0
        for sent in sents:
            for k, (tok, tag) in enumerate(sent):
                offsets.append((pos, pos + len(tok)))
                tags.append(tag)
                text_parts.append(tok + (" " if k + 1 < len(sent) else "\n"))
                pos += len(tok) + 1
        text = "".join(text_parts)
        article = analyse(Document(f"wojood{d}", text, str(path), "utf-8"))
        m = extract_mentions(article)
        ends = {e: i for i, (_, e) in enumerate(offsets)}
        pred = set()
        for s, e in zip(m.loc[m["label"] == "ORG", "start"], m.loc[m["label"] == "ORG", "end"]):
            # A mention may start after a clitic inside a token (لشركة): snap to tokens.
            i = max(k for k, (a, _) in enumerate(offsets) if a <= s)
            j = ends.get(e, next((k for k, (_, b) in enumerate(offsets) if b >= e), i))
            pred.add((i, j + 1))
        gold = outermost_org_spans(tags)
        gold1 = gold_spans([t[0] for t in tags])
        tp += len(pred & gold)
        tp1 += len(pred & gold1)
        n_pred += len(pred)
        n_gold += len(gold)
        n_gold1 += len(gold1)
    return (tp, n_pred, n_gold), (tp1, n_pred, n_gold1)


def _row(name: str, tp: int, p: int, g: int) -> None:
    prec, rec = (tp / p if p else 0.0), (tp / g if g else 0.0)
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"{name:8} {g:5d} {p:5d} {tp:5d} {prec:6.1%} {rec:6.1%} {f1:6.1%}")


def main(names: list[str]) -> None:
    print(f"{'file':8} {'gold':>5} {'pred':>5} {'tp':>5} {'P':>6} {'R':>6} {'F1':>6}"
          "   (outermost ORG, any depth)")
    outer = []
    for name in names:
        both = evaluate(DATA / f"{name}.txt")
        outer.append((name, both[1]))
        _row(name, *both[0])
    print("first tag column only (outer):")
    for name, counts in outer:
        _row(name, *counts)
    article = analyse(read_text_file(SEED))
    extract_mentions(article)                              # warm the gazetteer cache
    n = 50
    t = timeit.timeit(lambda: extract_mentions(article), number=n) / n
    print(f"extract_mentions on the seed ({len(article.text)} chars): {t * 1000:.2f} ms")


if __name__ == "__main__":
    main(sys.argv[1:] or ["train", "val", "test"])
