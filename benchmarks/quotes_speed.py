"""Time of :func:`khabar.quotes.extract_quotes` on the seed article (best of 7 x 50
warm calls, milliseconds), with and without the entity mentions; then
:func:`khabar.quotes.quote_rows` over 300 distinct articles (``corpus.corpus(300)``, with
mentions) with the fast paths and with their plain twins (``plain=True``), same run,
best of 3. Usage::

    python benchmarks/quotes_speed.py
"""
from __future__ import annotations

import sys
import time
import timeit
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

from khabar.entities import extract_mentions  # noqa: E402
from khabar.io import Document, read_text_file  # noqa: E402
from khabar.quotes import extract_quotes, quote_rows  # noqa: E402
from khabar.text import analyse  # noqa: E402

SEED = HERE.parent / "seeds" / "000_60485ece05eeeaab.txt"


def seed_times() -> None:
    article = analyse(read_text_file(SEED))
    # Force the lazy token properties now: tokenisation is not the extractor's time.
    _ = article.tokens, article.token_columns
    mentions = extract_mentions(article)
    for label, m in (("without mentions", None), ("with mentions", mentions)):
        best = min(timeit.repeat(lambda m=m: extract_quotes(article, m), number=50, repeat=7))
        print(f"extract_quotes {label}: {best / 50 * 1000:.2f} ms "
              f"({len(article.text)} characters)")


def twin_times(n: int = 300, repeat: int = 3) -> None:
    """quote_rows over ``n`` distinct articles, fast paths vs plain twins (CPU time)."""
    docs = []
    for doc_id, text in corpus.corpus(n):
        a = analyse(Document(doc_id, text, "<benchmark>", "utf-8"))
        _ = a.tokens, a.token_columns  # force the lazy token properties before timing
        docs.append((a, extract_mentions(a)))
    best = {False: float("inf"), True: float("inf")}
    for _ in range(repeat):
        for plain in (False, True):
            t = time.process_time()
            for a, m in docs:
                quote_rows(a, m, plain=plain)
            best[plain] = min(best[plain], time.process_time() - t)
    fast, plain = best[False] * 1000, best[True] * 1000
    print(f"quote_rows over {n} distinct articles: fast {fast:.1f} ms, plain twins "
          f"{plain:.1f} ms (the fast paths buy {100 * (plain - fast) / plain:.1f} %)")


if __name__ == "__main__":
    seed_times()
    twin_times()
