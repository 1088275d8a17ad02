"""Time of :func:`khabar.quotes.extract_quotes` on the seed article (best of 7 x 50
warm calls, milliseconds), with and without the entity mentions. Usage::

    python benchmarks/quotes_speed.py
"""
from __future__ import annotations

import timeit
from pathlib import Path

from khabar.entities import extract_mentions
from khabar.io import read_text_file
from khabar.quotes import extract_quotes
from khabar.text import analyse

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_60485ece05eeeaab.txt"

if __name__ == "__main__":
    article = analyse(read_text_file(SEED))
    article.tokens, article.token_columns  # tokenisation is not the extractor's time
    mentions = extract_mentions(article)
    for label, m in (("without mentions", None), ("with mentions", mentions)):
        best = min(timeit.repeat(lambda: extract_quotes(article, m), number=50, repeat=7))
        print(f"extract_quotes {label}: {best / 50 * 1000:.2f} ms "
              f"({len(article.text)} characters)")
