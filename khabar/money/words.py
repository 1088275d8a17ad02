"""The money word lists, read once from the lexicon (docs/lexicon.md): currency words
and their ISO 4217 codes, symbols, hedge cues and the cue words of money_cues.tsv.

Every table is in normalised spelling (:func:`khabar.text.normalise`): دولار, not دولار
with harakat; اسراييلي, not إسرائيلي.
"""
from __future__ import annotations

import re

from ..lexicon import load_lexicon
from ..text import normalise

# --------------------------------------------------------------------------- currencies

_LEX = load_lexicon()
#: Currency word forms (singular, accusative, plural) → base word (lexicon
#: currency_forms.tsv), grouped by base word.
CURRENCY_WORDS: dict[str, list[str]] = {}
for _r in _LEX["currency_forms"]:
    CURRENCY_WORDS.setdefault(normalise(_r.word), []).append(normalise(_r.form))
#: (base word, country adjective or "") → ISO 4217 code; "" marks an ambiguous word.
#: Source: ISO 4217 list of codes (SIX Group), Arabic names as used in Arabic news
#: (lexicon currencies.tsv). Keys in normalised spelling (اسرائيلي → اسراييلي).
ISO_4217 = {(normalise(r.word), normalise(r.adjective)): r.code for r in _LEX["currencies"]}
#: Symbols and abbreviations (US$, €, ر.س، د.ج …) in normalised spelling → ISO 4217.
SYMBOLS = {normalise(r.symbol): r.code for r in _LEX["currency_symbols"]}
_SYMBOL_RE = "|".join(re.escape(x) for x in sorted(SYMBOLS, key=len, reverse=True))
#: Abbreviations that carry a scale (Tunisian press: م.د = مليون دينار, أ.د = ألف دينار;
#: currency_symbols.tsv): the scale letter before the currency letter → its value.
_SCALE_LETTERS = {"م": 10**6, "ا": 10**3}
SYMBOL_SCALES = {sym: _SCALE_LETTERS[sym[0]] for sym in SYMBOLS
                 if re.fullmatch(r"[ما][. ]د", sym)}
_WORD_BASE = {form: base for base, forms in CURRENCY_WORDS.items() for form in forms}
_ADJECTIVES = sorted({adj for _, adj in ISO_4217 if adj}, key=len, reverse=True)
_CODES = sorted({c for c in ISO_4217.values() if c})

# --------------------------------------------------------------------------- cues

#: Cues right before a figure (lexicon hedges.tsv, normalised). Source: docs/arabic.md, "Money"
#: plus their usual variants with the clitics ب / و and the verb in both genders.
APPROXIMATE_CUES = [normalise(f) for f in _LEX.forms("hedges", kind="approximate")]
LOWER_CUES = [normalise(f) for f in _LEX.forms("hedges", kind="lower")]
UPPER_CUES = [normalise(f) for f in _LEX.forms("hedges", kind="upper")]
_CUE_KIND = {**{c: "approximate" for c in APPROXIMATE_CUES},
             **{c: "lower" for c in LOWER_CUES}, **{c: "upper" for c in UPPER_CUES}}


#: Words that say what kind of figure it is (lexicon money_cues.tsv), by role.
_CUES = {}
for _r in _LEX["money_cues"]:
    _CUES.setdefault(_r.role, set()).add(normalise(_r.form))
for _f in list(_CUES.get("per_unit", ())):
    if _f.startswith("لل"):                              # لجوال: ل + an indefinite noun
        _CUES["per_unit"].add("ل" + _f[2:])


