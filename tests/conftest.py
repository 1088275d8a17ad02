"""Shared fixtures: the seed article and the case texts (tests/fixtures)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.io import read_text_file
from khabar.text import analyse

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_60485ece05eeeaab.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def seed_article():
    return analyse(read_text_file(SEED))


def load_case(name: str):
    """``(Article, expected dict)`` for a case in tests/fixtures."""
    article = analyse(read_text_file(FIXTURES / f"{name}.txt"))
    expected = json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))
    return article, expected


# ------------------------------------------------------------------ fast path vs plain twin
# The standing tests that a fast path gives what its plain twin gives (issue 13) shuffle
# runs of real words into texts of 2,000+ characters.

def word_runs(texts: list[str]) -> list[str]:
    """Runs of 1, 3, 7 and 12 consecutive words of each text, to be shuffled into new
    texts: real names, cues, figures and dates in new company."""
    runs = []
    for text in texts:
        words = text.split()
        runs += [" ".join(words[i:i + n]) for n in (1, 3, 7, 12)
                 for i in range(0, len(words), n)]
    return runs


def case_runs(*cases: str) -> list[str]:
    """:func:`word_runs` of the seed and of the named case texts (tests/fixtures)."""
    texts = [read_text_file(SEED).text] + [read_text_file(FIXTURES / f"{c}.txt").text
                                           for c in cases]
    return word_runs(texts)


def long_text(runs: list[str], joints: list[str], least: int = 2000) -> str:
    """``runs`` joined by ``joints`` (pairwise), repeated by lines up to ``least``
    characters (the long-text code paths start at 2,000)."""
    text = "".join(r + j for r, j in zip(runs, joints))
    if len(text) < least:
        text = (text + "\n") * (least // max(len(text), 1) + 1)
    assert len(text) >= least
    return text
