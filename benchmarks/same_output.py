"""Old against new code on random mutated articles: every per-document row equal.

An algorithmic change (a scan replaced by an index) must give the same rows, not only
on the reference corpora (``identity.py``) but on unusual text too. This builds
``--n`` articles from the benchmark sentences (``corpus.py``), mutates each at random
(quotation marks, sentence marks, digits, currency words, organisation names, line
breaks and cue words inserted; characters deleted; some with no sentence mark at all),
runs :func:`khabar.pipeline.extract_document` on them under each code tree in a
subprocess and compares the results. Usage::

    git archive OLD_COMMIT khabar | tar -x -C /tmp/old
    python benchmarks/same_output.py /tmp/old --n 300

Exit status 0 when every document's result is equal, 1 otherwise (the first
differences are printed).
"""
from __future__ import annotations

import argparse
import pickle
import random
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

#: What a mutation inserts: marks the splitters and extractors react to.
_INSERTS = ["“", "”", "«", "»", '"', ".", "؟", "!", "…", "؛", "\n", " 12 ", " 1.5 ",
            " مليون دولار ", " يورو ", " عام 2021 ", " قال ", " وأضافت ", ": “", "”.",
            " مشروع ", " عقد بقيمة 3 ملايين دولار ", " في العام نفسه ", " يوم الثلاثاء 5 مايو ",
            " منظمة الصحة العالمية ", " شركة جوجل ", " مشروع نمبوس ", " وقال المدير سامر الخطيب "]


def mutated(rng: random.Random, text: str, edits: int) -> str:
    chars = list(text)
    for _ in range(edits):
        i = rng.randrange(len(chars) + 1)
        if rng.random() < 0.2 and chars:
            del chars[min(i, len(chars) - 1)]
        else:
            chars.insert(i, rng.choice(_INSERTS))
    return "".join(chars)


def documents(n: int, seed: int) -> list[tuple[str, str]]:
    import corpus
    rng = random.Random(seed)
    out = []
    for k in range(n):
        text = corpus.article(rng.choice([500, 2000, 8000, 20000]), rng,
                              one_line=rng.random() < 0.2)
        if rng.random() < 0.2:                 # one long sentence: no sentence marks
            text = text.translate(str.maketrans("", "", ".؟!…؛"))
        out.append((f"m{k:04d}", mutated(rng, text, rng.randint(0, len(text) // 40))))
    return out


def _run(tree: Path, docs_file: Path, out_file: Path) -> None:
    code = ("import pickle,sys\n"
            "from khabar.io import Document\n"
            "from khabar.pipeline import extract_document\n"
            "docs = pickle.load(open(sys.argv[1], 'rb'))\n"
            "res = []\n"
            "for d, t in docs:\n"
            "    r = extract_document(Document(d, t, d, 'utf-8'))\n"
            "    r['tokens'] = {k: v.tolist() for k, v in r['tokens'].items()}\n"
            "    res.append(r)\n"
            "pickle.dump(res, open(sys.argv[2], 'wb'))\n")
    subprocess.run([sys.executable, "-c", code, str(docs_file), str(out_file)], check=True,
                   env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"}, cwd=str(tree))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old", type=Path, help="a tree holding the old khabar/ package")
    ap.add_argument("--new", type=Path, default=HERE.parent)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    docs = documents(args.n, args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        pickle.dump(docs, open(tmp / "docs.pkl", "wb"))
        _run(args.old.resolve(), tmp / "docs.pkl", tmp / "old.pkl")
        _run(args.new.resolve(), tmp / "docs.pkl", tmp / "new.pkl")
        old, new = (pickle.load(open(tmp / "old.pkl", "rb")),
                    pickle.load(open(tmp / "new.pkl", "rb")))
    bad = [(d, k) for (d, _), a, b in zip(docs, old, new) for k in a if a[k] != b[k]]
    for d, k in bad[:10]:
        print(f"differs: {d} {k}")
    rows = sum(len(v) for r in new for v in r.values() if isinstance(v, list))
    print(f"{len(docs)} documents, {rows} rows: "
          f"{'EQUAL' if not bad else f'{len(bad)} differences'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
