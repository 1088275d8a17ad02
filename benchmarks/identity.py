"""Every table for the reference corpora, to check that a change (a speed-up) leaves all
output byte-identical: run before and after, then ``diff -r BEFORE AFTER``.

Corpora: the seed, ``tests/fixtures`` and the Wojood sample's train/val/test documents
(``benchmarks/data/wojood``; each document's sentences joined by newlines). Usage::

    python benchmarks/identity.py /tmp/before     # on the old code
    python benchmarks/identity.py /tmp/after      # on the new code
    diff -r /tmp/before /tmp/after && echo IDENTICAL

``--workers 2`` checks the multi-process path the same way.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from wojood_org import read_conll  # noqa: E402

from khabar.io import Document, read_corpus  # noqa: E402
from khabar.io import write_csv  # noqa: E402
from khabar.pipeline import extract  # noqa: E402


def corpora() -> dict[str, tuple[list[Document], list]]:
    root = HERE.parent
    out = {"seed": read_corpus(root / "seeds"),
           "fixtures": read_corpus(root / "tests" / "fixtures")}
    for split in ("train", "val", "test"):
        path = HERE / "data" / "wojood" / f"{split}.txt"
        docs = [Document(f"w{split}{d:05d}", "\n".join(" ".join(t for t, _ in s) for s in sents),
                         str(path), "utf-8") for d, sents in enumerate(read_conll(path))]
        out[split] = (docs, [])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="folder for <corpus>/<table>.csv")
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args(argv)
    for name, (docs, problems) in corpora().items():
        tables = extract(docs, workers=args.workers, problems=problems)
        # The CSVs only (write_tables would add a manifest with a run id and a lock file,
        # which differ from run to run by design).
        for table, df in tables.items():
            write_csv(df, args.out / name / f"{table}.csv")
        print(f"{name}: {len(docs)} documents, {len(tables['mentions'])} mentions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
