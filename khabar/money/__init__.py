"""Funding figures: amounts of money with their currency, qualifiers and subject.

One compiled regular expression over the normalised article (searched only around a
currency word or symbol) finds every figure (:data:`FIGURE_RE`); the amount is then
computed from the matched text with :mod:`khabar.numwords`. Rules follow docs/arabic.md,
"Money":

- a figure is a number (digits in any digit system, number words, a fraction), a scale
  word or both (ملياري = 2 × 10⁹), joined by و (مليار و200 مليون), **and a currency**:
  a currency word after it or a symbol before/after it. Without a currency nothing is
  money, so headcounts (3,200 موظف), units (1.8 غيغاواط), years, percentages, phone
  numbers and durations (عشر سنوات) are never rows;
- vague quantities (عشرات الملايين من الدولارات, ملايين الدولارات) are kept as rows with
  the text and an empty amount (``vague`` = True), so a reporter sees them but they are
  never summed;
- a currency word without a country (جنيه، ريال، درهم، دينار، ليرة، روبية، فرنك) takes
  the currency the article settles (an earlier qualified mention, the one country the
  article is about, the document's metadata ``country``; ``currency_source`` says which);
  with no evidence ``currency`` is empty and ``currency_note`` says so. دولار alone is
  read as USD, the convention of Arabic news;
- a conversion right after a figure is a flagged restatement; unit prices, exchange
  rates and banknote denominations are not funding; ``payer`` is the donor or lender.
  Rules, sources and the checks behind them: docs/money.md.

Layout: :mod:`.words` (the lexicon's currency words, symbols and cues), :mod:`.amounts`
(the number part of a figure and its value), :mod:`.scan` (:data:`FIGURE_RE` and where
it is searched), :mod:`.figures` (figures with currency, cue and flags),
:mod:`.currency` (the currency of an ambiguous word from context), :mod:`.subject`
(payer and subject from the mentions), :mod:`.tables` (rows and DataFrames).
"""
from __future__ import annotations

from .amounts import parse_amount
from .currency import country_evidence
from .figures import find_figures
from .scan import FIGURE_RE
from .tables import COLUMNS, extract_funding, funding_frame, funding_rows
from .words import (APPROXIMATE_CUES, CURRENCY_WORDS, ISO_4217, LOWER_CUES, SYMBOLS,
                    UPPER_CUES)

__all__ = ["APPROXIMATE_CUES", "COLUMNS", "CURRENCY_WORDS", "FIGURE_RE", "ISO_4217",
           "LOWER_CUES", "SYMBOLS", "UPPER_CUES", "country_evidence", "extract_funding",
           "find_figures", "funding_frame", "funding_rows", "parse_amount"]
