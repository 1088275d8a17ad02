"""Numbers written in digits or in Arabic words, and the scale words after them.

Works on *normalised* text (:func:`khabar.text.normalise`: ة → ه, أ/إ/آ → ا, ى → ي,
harakat removed, every digit system → 0–9, ٫ → ".", ٬ → ","). Used by
:mod:`khabar.money`; kept apart so the vocabulary can be reused (figures, headcounts).

Vocabulary: the number words of pyarabic (``pyarabic.number.nbconst.NUMBER_WORDS``)
plus the gender, case and dual forms it lacks, spelled as normalised text. pyarabic's
own ``text2number`` is not used: it needs unnormalised spelling (خمسه ملايين → 1000000),
adds instead of multiplying in ثلاث مئة (→ 103) and does not know ملياري / مليونا.
Grammar: standard Arabic composition (units, teens, tens joined by و, hundreds,
then scale words), e.g. W. Wright, *A Grammar of the Arabic Language*, I §§ 322–331.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .lexicon import load_lexicon
from .text import alternation, normalise

_LEX = load_lexicon()


def _values(role: str) -> dict[str, int]:
    """Normalised form → whole value of the number_words.tsv rows with ``role``."""
    return {normalise(r.form): int(r.value) for r in _LEX["number_words"] if r.role == role}


#: Word → value for every number word below a thousand (lexicon number_words.tsv): units
#: (masculine / feminine / case forms), ten, hundreds, and the tens and hundreds made
#: from a stem (عشر + ون/ين = 20, ثلاث + مئه/مائه = 300).
NUMBER_WORDS: dict[str, int] = {**_values("unit"), **_values("ten"), **_values("hundred")}
for _stem, _v in _values("tens_stem").items():
    NUMBER_WORDS[_stem + "ون"] = NUMBER_WORDS[_stem + "ين"] = _v
for _stem, _v in _values("hundreds_stem").items():
    NUMBER_WORDS[normalise(_stem + "مئة")] = NUMBER_WORDS[normalise(_stem + "مائة")] = _v

#: Fractions of a scale word (نصف مليار = 0.5 × 10⁹).
FRACTIONS = {normalise(r.form): r.value for r in _LEX["number_words"] if r.role == "fraction"}

#: Scale words: singular, accusative (مليونا), dual (ملياري / مليارين / ملياران) and
#: plural forms. بليون is "billion" in the usage of some countries (= مليار).
#: form → (value, kind) with kind singular | accusative | dual | plural.
SCALE_WORDS: dict[str, tuple[int, str]] = {}
for _stem, _v in _values("scale").items():
    SCALE_WORDS[_stem] = (_v, "singular")
    SCALE_WORDS[_stem + "ا"] = (_v, "accusative")   # خمسة عشر مليونا; alone: dual مليونا
    for _suffix in ("ي", "ين", "ان"):
        SCALE_WORDS[_stem + _suffix] = (_v, "dual")
for _w, _v in _values("scale_plural").items():
    SCALE_WORDS[_w] = (_v, "plural")

#: Words that make a vague quantity (عشرات الملايين): kept as text, no amount.
VAGUE_WORDS = tuple(normalise(f) for f in _LEX.forms("number_words", role="vague"))


NUMBER_WORD_RE = alternation(NUMBER_WORDS)
SCALE_WORD_RE = alternation(SCALE_WORDS)
FRACTION_RE = alternation(FRACTIONS)


def words_value(phrase: str) -> int | None:
    """Value of a normalised number-word phrase below a million-scale word.

    ``"خمسه"`` → 5; ``"ثلاث مئه"`` → 300; ``"خمسه وعشرون"`` → 25; ``"خمسه عشر"`` → 15;
    ``"مئتين وخمسين"`` → 250. Words may be joined by و with or without a space.
    Returns ``None`` if a word is not a number word.
    """
    total = 0
    last = 0
    for w in (x for x in re.split(r"\s+", phrase.strip()) if x):
        joined = False
        if w not in NUMBER_WORDS and w.startswith("و") and w[1:] in NUMBER_WORDS:
            w, joined = w[1:], True
        elif w == "و":
            continue
        v = NUMBER_WORDS.get(w)
        if v is None:
            return None
        if v == 100 and 0 < last < 10 and not joined:
            total += last * 99  # ثلاث مئه: a unit right before مئه multiplies it
        else:
            total += v
        last = v
    return total


def thousands_value(phrase: str) -> int | None:
    """Value of a normalised number-word phrase of one to two thousand and what is added
    to it, as a year is written in words: ``"الف وتسعمايه وثمانيه"`` → 1908, ``"الفين
    وخمسه وعشرين"`` → 2025, ``"الفين"`` → 2000 (the singular or dual of the scale word ألف,
    then و and a number below a thousand, :func:`words_value`). Returns ``None`` for any
    other phrase."""
    first, _, rest = phrase.strip().partition(" ")
    value, kind = SCALE_WORDS.get(first, (0, ""))
    if value != 1000 or kind not in ("singular", "dual"):
        return None
    base = 2000 if kind == "dual" else 1000
    rest = rest.strip()
    if not rest:
        return base
    if not rest.startswith("و"):
        return None
    below = words_value(rest)
    return base + below if below is not None and 0 < below < 1000 else None


def digits_value(s: str) -> Decimal | None:
    """Value of a normalised digit string with separators.

    A comma followed by groups of exactly three digits separates thousands
    (1,250,000 → 1250000); otherwise a single comma is a decimal comma (12,5 → 12.5).
    A single dot is a decimal point (1.22); several dots with three-digit groups are
    thousands separators (1.250.000). Source: docs/arabic.md, "Money". ``None`` if malformed.
    """
    for sep, other in ((",", "."), (".", ",")):
        groups = s.split(sep)
        if len(groups) > 1 and other not in s and all(len(g) == 3 for g in groups[1:]) \
                and 1 <= len(groups[0]) <= 3 and (sep == "," or len(groups) > 2):
            s = "".join(groups)
            break
    if "," in s and "." in s:
        if s.rfind(".") > s.rfind(","):     # 1,234.5: commas group thousands
            s = s.replace(",", "")
        else:                               # 1.234,5: dots group, the comma is decimal
            s = s.replace(".", "").replace(",", ".")
    s = s.replace(",", ".")
    if s.count(".") > 1:
        return None
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def as_number(d: Decimal) -> int | float | Decimal:
    """``int`` where the value is whole (exact at any size: 10²¹ stays 10²¹), else
    ``float`` where the float is exactly the written value's shortest repr (1.5, 12.25),
    else the ``Decimal`` itself (12345678901234567890.5, which a float would round)."""
    if d == d.to_integral_value():
        return int(d)
    f = float(d)
    return f if Decimal(repr(f)) == d else d.normalize()
