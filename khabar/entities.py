"""Named entities: organisations, people, places and projects (stub; see issue 4)."""
from __future__ import annotations

import pandas as pd

from . import schema
from .text import Article


def extract_mentions(article: Article) -> pd.DataFrame:
    """Entity mentions in ``article``; columns :data:`khabar.schema.MENTIONS`."""
    return pd.DataFrame(columns=schema.MENTIONS)


def organisations_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per organisation; columns :data:`khabar.schema.ORGANISATIONS`."""
    return pd.DataFrame(columns=schema.ORGANISATIONS)
