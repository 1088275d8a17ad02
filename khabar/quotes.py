"""Quotes and speaker attribution (stub; see issue 6)."""
from __future__ import annotations

import pandas as pd

from . import schema
from .text import Article


def extract_quotes(article: Article, mentions: pd.DataFrame) -> pd.DataFrame:
    """Direct and indirect quotes in ``article``; columns :data:`khabar.schema.QUOTES`."""
    return pd.DataFrame(columns=schema.QUOTES)
