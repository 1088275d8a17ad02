"""Dates (stub; see issue 5)."""
from __future__ import annotations

import pandas as pd

from . import schema
from .text import Article


def extract_dates(article: Article) -> pd.DataFrame:
    """Dates in ``article``; columns :data:`khabar.schema.DATES`."""
    return pd.DataFrame(columns=schema.DATES)
