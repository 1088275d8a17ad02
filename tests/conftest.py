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
