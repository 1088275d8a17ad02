"""Accuracy of khabar against expected values: the cases, a development set, Wojood ORG.

    python benchmarks/accuracy.py [--news DIR --expected DIR] [--wojood]

- **Cases** (`tests/fixtures/NAME.txt` + `NAME.expected.json`): small texts in the project's
  own words, each with the values a correct analysis must give. Always scored, each case
  extracted as a corpus of its own (as its test does).
- **Development set** (`--news DIR --expected DIR`): real articles kept *outside* the
  repository (third-party text is never committed): `DIR/NAME.txt` with
  `EXPECTED/NAME.expected.json` beside them in the same format.
- **Wojood ORG** (`--wojood`): `benchmarks/wojood_org.py` on the held-out test file.

The expected-value format (one JSON object per text): ``funding`` (amount in full units
and ISO 4217 currency, optional ``subject_contains_any``), ``funding_count``,
``not_funding``; ``dates`` (``text_contains`` and the ISO 8601 ``date`` or
``date_any_of``), ``not_dates``; ``quotes`` (``quote_contains``, ``speaker_contains`` /
``speaker_contains_any``, ``speaker_gender``, ``speaker_type``, ``affiliation_contains`` /
``affiliation_contains_any``), ``direct_quote_count``, ``not_quotes``; ``organisations``
(each group of ``aliases`` is one row of organisations.csv, optional ``type``),
``not_organisations``. Each listed value counts one point; the ``*_count`` and ``not_*``
values of a section count only where the section itself is given.

Writes ``benchmarks/results/accuracy.md`` and prints it. Exit status 0.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from khabar.io import read_table  # noqa: E402
from khabar.pipeline import write_corpus  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
RESULTS = ROOT / "benchmarks" / "results" / "accuracy.md"


def _rows(data: Path, name: str, doc_id: str | None) -> list[dict]:
    df = read_table(data / f"{name}.csv").astype(object)
    df = df.where(df.notna(), "")          # blanks as "" (fillna on objects downcasts)
    rows = df.to_dict("records")
    return [r for r in rows if doc_id is None or r.get("doc_id") == doc_id]


def _close(a, b) -> bool:
    try:
        return abs(float(a) - b) <= 1e-6 * abs(b)
    except (TypeError, ValueError):
        return False


def _funding(rows, exp) -> list[bool]:
    points = [any(_close(r["amount"], e["amount"]) and str(r["currency"]) == e["currency"]
                  and any(s in str(r["subject"]) for s in e.get("subject_contains_any", [""]))
                  for r in rows) for e in exp.get("funding", [])]
    if "funding_count" in exp:
        points.append(len(rows) == exp["funding_count"])
    points += [not any(t in str(r["text"]) for r in rows) for t in exp.get("not_funding", [])]
    return points


def _dates(rows, exp) -> list[bool]:
    points = [any(e["text_contains"] in str(r["text"])
                  and str(r["date"]) in e.get("date_any_of", [e.get("date")]) for r in rows)
              for e in exp.get("dates", [])]
    points += [not any(str(r["text"]).strip() == t or str(r["text"]).startswith(t + " ")
                       for r in rows) for t in exp.get("not_dates", [])]
    return points


def _quote_ok(r: dict, e: dict) -> bool:
    speaker, aff = str(r["speaker"]), str(r["affiliation"])
    return (e.get("speaker_contains", "") in speaker
            and any(s in speaker for s in e.get("speaker_contains_any", [""]))
            and all(str(r[k]) == e[k] for k in ("speaker_gender", "speaker_type") if k in e)
            and e.get("affiliation_contains", "") in aff
            and any(a in aff for a in e.get("affiliation_contains_any", [""])))


def _quotes(rows, exp) -> list[bool]:
    direct = [r for r in rows if r["kind"] == "direct"]
    points = []
    for e in exp.get("quotes", []):
        found = [r for r in direct if e["quote_contains"] in str(r["quote"])]
        points.append(bool(found) and _quote_ok(found[0], e))
    if "direct_quote_count" in exp:
        points.append(len(direct) == exp["direct_quote_count"])
    points += [not any(str(r["quote"]).strip(" “”«»\"") == t for r in direct)
               for t in exp.get("not_quotes", [])]
    return points


def _organisations(rows, exp) -> list[bool]:
    def forms(r):
        return [a.strip() for a in f"{r['aliases']} | {r['organisation']}".split("|")]

    points = []
    for e in exp.get("organisations", []):
        hit = [r for r in rows if all(any(f in a for a in forms(r)) for f in e["aliases"])]
        points.append(bool(hit) and ("type" not in e or any(r["type"] == e["type"] for r in hit)))
    points += [not any(a == t or a.endswith(" " + t) or a == "ال" + t
                       for r in rows for a in forms(r)) for t in exp.get("not_organisations", [])]
    return points


SECTIONS = {"funding": _funding, "dates": _dates, "quotes": _quotes,
            "organisations": _organisations}


def score(corpus: Path, expected: dict[str, dict]) -> dict[str, dict[str, tuple[int, int]]]:
    """``{doc: {section: (right, total)}}`` for the texts of ``corpus`` (doc_id = file stem)."""
    with tempfile.TemporaryDirectory() as out:
        info, _ = write_corpus(corpus, out, workers=1)
        data = Path(out) / "data"
        result = {}
        for doc, exp in sorted(expected.items()):
            result[doc] = {}
            for name, fn in SECTIONS.items():
                if name not in exp:      # a section without expected rows is not asserted
                    continue
                # Organisations are a corpus table: a text's groups must be in it.
                rows = _rows(data, name, None if name == "organisations" else doc)
                points = fn(rows, exp)
                if points:
                    result[doc][name] = (sum(points), len(points))
        return result


def _table(title: str, result: dict) -> list[str]:
    lines = [f"### {title}", "", "| text | " + " | ".join(SECTIONS) + " | all |",
             "| --- |" + " --- |" * (len(SECTIONS) + 1)]
    totals = {s: [0, 0] for s in SECTIONS}
    for doc, secs in result.items():
        cells = []
        for s in SECTIONS:
            r, t = secs.get(s, (0, 0))
            totals[s][0] += r
            totals[s][1] += t
            cells.append(f"{r}/{t}" if t else "")
        r = sum(v[0] for v in secs.values())
        t = sum(v[1] for v in secs.values())
        lines.append(f"| {doc} | " + " | ".join(cells) + f" | {r}/{t} |")
    r = sum(v[0] for v in totals.values())
    t = sum(v[1] for v in totals.values())
    lines.append("| **all** | " + " | ".join(f"{a}/{b}" for a, b in totals.values())
                 + f" | **{r}/{t} ({100 * r / max(t, 1):.1f} %)** |")
    return lines + [""]


def _expected(folder: Path) -> dict[str, dict]:
    return {p.name.removesuffix(".expected.json"): json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(folder.glob("*.expected.json"))}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--news", type=Path, help="folder of development articles (NAME.txt)")
    ap.add_argument("--expected", type=Path, help="folder of NAME.expected.json for --news")
    ap.add_argument("--wojood", action="store_true", help="also Wojood ORG on test.txt")
    args = ap.parse_args(argv)

    # Each case is its own corpus, as its test extracts it: a case's expectations are
    # about its text, and the corpus-wide organisations table of all cases together would
    # let one case's rows answer another's (Qatar Red Crescent of one case counts as the
    # generic Red Crescent another must not have). The development set is one corpus,
    # as the shared scorer reads it.
    result = {}
    for name, exp in _expected(FIXTURES).items():    # only texts with expected values
        with tempfile.TemporaryDirectory() as case:
            (Path(case) / f"{name}.txt").write_bytes((FIXTURES / f"{name}.txt").read_bytes())
            result.update(score(Path(case), {name: exp}))
    lines = ["# Accuracy", ""] + _table("Cases (tests/fixtures)", result)
    if args.news and args.expected:
        expected = {k: v for k, v in _expected(args.expected).items()
                    if (args.news / f"{k}.txt").exists()}
        lines += _table(f"Development set ({len(expected)} articles with text; not in the "
                        "repository)", score(args.news, expected))
    if args.wojood:
        run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "wojood_org.py")],
                             capture_output=True, text=True, check=False)
        lines += ["### Wojood ORG (benchmarks/wojood_org.py)", "", "```", run.stdout.strip(),
                  "```", ""]
    text = "\n".join(lines)
    RESULTS.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
