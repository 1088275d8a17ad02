"""Funding figures (stub; see issue 5)."""
from __future__ import annotations

import pandas as pd

from . import schema
from .text import Article


def extract_funding(article: Article, mentions: pd.DataFrame) -> pd.DataFrame:
    """Funding figures in ``article``; columns :data:`khabar.schema.FUNDING`."""
    return pd.DataFrame(columns=schema.FUNDING)
