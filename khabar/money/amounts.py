"""The amount of a figure: the parts of :data:`khabar.money.scan.FIGURE_RE` that match
a number and its scale words, and the value of the matched text (:func:`parse_amount`),
computed with :mod:`khabar.numwords` (docs/arabic.md, "Money"; docs/money.md).
"""
from __future__ import annotations

import re
from decimal import Decimal, localcontext

from ..numwords import (FRACTIONS, FRACTION_RE, NUMBER_WORD_RE, NUMBER_WORDS, SCALE_WORD_RE,
                        SCALE_WORDS, VAGUE_WORDS, as_number, digits_value, words_value)
from ..text import alternation

# --------------------------------------------------------------------------- the pattern

#: Wire-copy reversed decimal (SPA / APS style): ر between the fraction digits (first,
#: in logical order) and the whole part: 68ر2 = 2.68, 91 ر 70 = 70.91 (docs/money.md).
_RDEC = r"\d+\s?ر\s?\d+(?![\d.,]?\d)"
#: A number in brackets, guillemets or quotes before a scale word: (47) مليار، «55» مليون.
_BNUM = rf'[(«"]\s*(?:{_RDEC}|\d+(?:[.,]\d+)*)\s*[)»"]'
#: A number in words may carry the article when it refers back to a sum named before
#: (والسبعة ملايين دولار التي قدمت …، العشرة ملايين المخصصة …), before a scale word only.
_NUMBER = (rf"{_RDEC}|\d+(?:[.,]\d+)*"
           rf"|(?:{NUMBER_WORD_RE})(?:\s+(?:و\s?)?(?:{NUMBER_WORD_RE}))*(?!\w)"
           rf"|ال(?:{NUMBER_WORD_RE})(?=\s+(?:ال)?(?:{SCALE_WORD_RE})(?!\w))"
           rf"|(?:{FRACTION_RE})|(?:{alternation(VAGUE_WORDS)})")
#: Bracketed digits before the same number in words, as contracts and official copy
#: write a sum: (30) ثلاثين مليون، (25) خمسة وعشرين مليون (one number: the words').
_BWORDS = (rf"{_BNUM}\s*(?:{NUMBER_WORD_RE})(?:\s+(?:و\s?)?(?:{NUMBER_WORD_RE}))*(?!\w)")
_SCALE = rf"(?:ال)?(?:{SCALE_WORD_RE})(?!\w)"
_HALF = rf"\s+و\s?(?:نصف|ربع)(?:\s+{_SCALE})?"
#: A scale word, alone or after a number, possibly compound (10 آلاف مليار = 10¹³).
_SCALED = rf"(?:(?:{_BWORDS}|{_BNUM}|{_NUMBER})\s*)?{_SCALE}(?:\s+{_SCALE})?(?:{_HALF})?"
#: Terms of a sum joined by و, or, in budget copy, by a space before a number in digits
#: (7 مليارات 215 مليونا 300 ألف دينار: a lower scale each time, see _coordinated_parts).
_AMOUNT = (rf"{_SCALED}(?:\s+و\s?{_SCALED}|\s+\d+(?:[.,]\d+)*\s*{_SCALE})*"
           rf"(?:\s+و\s?(?:{_NUMBER}))?|(?:{_NUMBER})")

#: Bracketed digits of a whole sum (a thousand or more, written out to the unit) before
#: the same sum in words with its scale words, as budget decrees write it: (2,415,600,000,000)
#: ألفين وأربعمائة وخمسة عشر مليارا وستمائة مليون. The digits are the sum (see
#: :func:`bracketed_sum`); no digits follow them in the amount.
_BRACKETED_SUM = re.compile(
    rf'^[(«"]\s*(?P<n>\d{{1,3}}(?:[.,]\d{{3}})+|\d{{4,}})\s*[)»"]\s*'
    rf"(?=(?:{NUMBER_WORD_RE}|{SCALE_WORD_RE})(?!\w))(?P<w>\D*)$")


def bracketed_sum(amount: str) -> Decimal | None:
    """The value of the bracketed digits that open a normalised amount when the words
    after them, with at least one scale word, state the same sum (``(1,208,300,000,000)
    ألف ومائتين وثمانية مليارات وثلاثمائة مليون`` = 1,208,300,000,000: read as digits
    times ألف and a second sum, it was a thousand times too much), else None: digits of
    another number (عام (2020) خمسة ملايين) are no such sum. docs/money.md, "Numbers"."""
    m = _BRACKETED_SUM.match(amount)
    if m is None or not any(w.removeprefix("و").removeprefix("ال") in SCALE_WORDS
                            for w in m["w"].split()):
        return None
    digits = digits_value(m["n"])
    words, vague = _parse_amount(m["w"])
    return digits if not vague and words is not None and Decimal(words) == digits else None


_PIECE = re.compile(r"\d+\s?ر\s?\d+|\d+(?:[.,]\d+)*|ثلاثه\s+ارباع|[^\s\d]+")


_THOUSANDS = [w for w, v in SCALE_WORDS.items() if v[0] == 1000 and w.startswith("ال")]
_MILLIONS_UP = [w for w, v in SCALE_WORDS.items() if v[0] >= 10**6]
#: N ألف و M <a scale of a million or more>: the thousand counts that scale (13 ألف و786
#: مليار = 12450 مليار, Algerian budget copy; M below a thousand).
_THOUSANDS_OF = re.compile(
    rf"^(?P<n>\d+)\s+(?:{alternation(_THOUSANDS)})\s+و\s?(?P<m>\d{{1,3}})"
    rf"(?=\s+(?:ال)?(?:{alternation(_MILLIONS_UP)})$)")


def parse_amount(amount: str) -> tuple[int | float | Decimal | None, bool]:
    """:func:`_parse_amount` with a Decimal precision that keeps every digit: the default
    context's 28 significant digits would round 123456789012345678901 مليار. Each
    character of ``amount`` adds at most two digits (تريليون: 7 characters, 12 digits)."""
    with localcontext() as ctx:
        ctx.prec = max(28, 2 * len(amount) + 28)
        whole = bracketed_sum(amount)
        if whole is not None:
            return as_number(whole), False
        t = _THOUSANDS_OF.match(amount)
        if t:
            amount = f"{int(t['n']) * 1000 + int(t['m'])}{amount[t.end():]}"
        return _parse_amount(amount)


def _parse_amount(amount: str) -> tuple[int | float | Decimal | None, bool]:
    """Value of a normalised amount phrase in full units, and whether it is vague.

    ``"1.2 مليار"`` → (1200000000, False); ``"ملياري"`` → (2000000000, False) (a dual
    with no number before it counts 2; after a number the ending is only case:
    خمسة عشر مليونا = 15 × 10⁶; an accusative one joined by و to a further term is one:
    مليارا و200 مليون = 1.2 × 10⁹); ``"نصف مليار"`` → (500000000, False); ``"مليار و200
    مليون"`` → (1200000000, False); ``"عشرات الملايين"`` → (None, True). Decimal
    arithmetic, so 1.22 مليار is exactly 1220000000 (see :func:`khabar.numwords.as_number`
    for the type of the value). Returns ``(None, False)`` if a
    piece is not understood.
    """
    total = _AmountSum()
    pieces = [" ".join(p.split()) for p in _PIECE.findall(re.sub(r'[()«»"]', " ", amount))]
    for i, piece in enumerate(pieces):
        bare = piece[1:] if piece.startswith("و") and piece not in NUMBER_WORDS else piece
        if bare == "" or bare == "و":
            continue
        # مليارا و200 مليون: an accusative scale word joined to a further term by و is
        # one (1.2 × 10⁹), not the dual of مليارا دولار
        total.joined = i + 1 < len(pieces) and pieces[i + 1].startswith("و")
        if not total.add(piece, bare):
            return None, False
    return total.value()


class _AmountSum:
    """The running sum of :func:`_parse_amount`, one piece at a time (a number in
    digits, a number word, a scale word, a fraction or a vague word), left to right:
    ``5 مليارات و200 مليون`` is 5 × 10⁹, then + 200 × 10⁶."""

    def __init__(self):
        self.total = Decimal(0)
        self.pending: Decimal | None = None   # a number waiting for its scale word
        self.words: list[str] = []            # number words not yet valued
        self.last_scale: int | None = None
        self.vague = self.after_fraction = False
        self.last_term = Decimal(0)            # for a compound scale (ألف مليار)
        self.prev_scale = False
        self.joined = False                    # the next piece starts with و

    def add(self, piece: str, bare: str) -> bool:
        """Take one piece (``bare``: without its conjunction و); False if it is not
        understood."""
        was_scale, self.prev_scale = self.prev_scale, False
        scale = SCALE_WORDS.get(bare[2:] if bare.startswith("ال") and bare not in SCALE_WORDS
                                else bare)
        if bare[0].isdigit():
            return self.digits(bare)
        if scale:
            self.scale_word(piece, scale, was_scale)
        elif bare in FRACTIONS:
            self.fraction(piece, bare)
        elif bare in VAGUE_WORDS:
            self.vague = True
        elif bare in NUMBER_WORDS:
            self.words.append(bare)
        elif not self.words and self.pending is None and bare.startswith("ال") \
                and bare[2:] in NUMBER_WORDS:
            self.words.append(bare[2:])    # السبعة ملايين: a sum named before, definite
        else:
            return False
        return True

    def flush(self) -> Decimal | None:
        """Value the number words read so far (خمسة وعشرين → 25) as the pending number."""
        if self.words:
            v = words_value(" ".join(self.words))
            self.pending = None if v is None else Decimal(v)
            self.words = []
        return self.pending

    def digits(self, bare: str) -> bool:
        """A number in digits (1.2, 1,250) or a wire-copy reversed decimal (68ر2 = 2.68)."""
        if "ر" in bare:
            frac, whole = (x.strip() for x in bare.split("ر"))
            self.pending = Decimal(f"{whole}.{frac}")
        else:
            self.pending = digits_value(bare)
        return self.pending is not None

    def scale_word(self, piece: str, scale: tuple[int, str], was_scale: bool) -> None:
        """A scale word: multiplies the pending number (5 ملايين), or counts 1 or 2
        alone (مليار، ملياري), or multiplies the term before it (10 آلاف مليار)."""
        self.flush()
        if self.after_fraction and self.last_scale is not None:
            self.after_fraction = False      # ونصف المليار: the scale is only repeated
            return
        value, kind = scale
        if was_scale and self.pending is None and not piece.startswith("و") \
                and value > self.last_scale:
            self.total += self.last_term * (value - 1)     # 10 آلاف مليار: multiply
            self.last_term, self.last_scale, self.prev_scale = \
                self.last_term * value, value, True
            return
        if value >= 10**6 and self.last_scale == 1000 and self.pending is not None \
                and self.pending < 1000 and self.total == self.last_term:
            # ألف وثلاثمائة مليار: the thousand counts the scale after it, as 12 ألف و450
            # مليار does in digits (1300 × 10⁹, not 1000 + 300 × 10⁹)
            self.total = (self.last_term + self.pending) * value
            self.last_term, self.prev_scale = self.total, True
            self.pending, self.last_scale = None, value
            return
        if self.pending is None:
            if kind == "plural":
                self.vague = True
            two = kind == "dual" or kind == "accusative" and not self.joined
            self.pending = Decimal(2) if two else Decimal(1)
        self.total += self.pending * value
        self.last_term, self.prev_scale = self.pending * value, True
        self.pending, self.last_scale = None, value

    def fraction(self, piece: str, bare: str) -> None:
        """A fraction: of the scale before it (مليار ونصف) or of the next (نصف مليار)."""
        frac = FRACTIONS[bare]
        if self.last_scale is not None and self.pending is None and piece.startswith("و"):
            self.total += frac * self.last_scale  # مليار ونصف
            self.after_fraction = True
        else:
            self.pending = frac

    def value(self) -> tuple[int | float | Decimal | None, bool]:
        """``(amount, vague)`` once every piece is read."""
        if self.flush() is not None:
            self.total += self.pending
        if self.vague:
            return None, True
        return as_number(self.total), False


_TERM_RE = re.compile(rf"(?P<num>{_BNUM}|{_NUMBER})?\s*(?P<scale>{_SCALE})")
_JOIN_RE = re.compile(r"\s+و\s?$")


def _scale_value(word: str) -> int:
    """The value of a scale word, with or without ال (الملايين → 10⁶); 0 if none."""
    w = " ".join(word.split())
    v = SCALE_WORDS.get(w) or SCALE_WORDS.get(w.removeprefix("ال"))
    return v[0] if v else 0


def _coordinated_parts(m: re.Match) -> list[tuple[int, int]]:
    """Normalised ``(start, end)`` of each figure in the amount of ``m``: one, unless
    two figures share a currency word (منحتان بقيمة 250 مليونا و200 مليون دولار). A sum
    goes down in scale (مليار و200 مليون، 11 مليار 431 مليونا: without و in budget copy);
    a term with a number whose scale is not below the one before starts a second figure,
    with or without و, except a thousand that counts the scale after it (13 ألف و786
    مليار = 12450 مليار)."""
    a0, a1 = m.span("amount")
    text = m.string[a0:a1]
    if bracketed_sum(text) is not None:
        return [(a0, a1)]            # (1,208,300,000,000) ألف و… مليارات: one sum
    terms = list(_TERM_RE.finditer(text))
    for prev, nxt in zip(terms, terms[1:]):
        num = nxt["num"]
        if not num or num.strip() in FRACTIONS or num.strip() in VAGUE_WORDS:
            continue
        joined = _JOIN_RE.search(text, prev.end(), nxt.start())
        if _THOUSANDS_OF.match(text):
            break                     # 12 ألف و450 مليار: one sum, 12450 مليار
        if prev is terms[0] and joined and _scale_value(prev["scale"]) == 1000 \
                and _scale_value(nxt["scale"]) >= 10**6 and not num[:1].isdigit() \
                and (words_value(num.strip()) or 1000) < 1000:
            break                     # ألف ومائتي مليار: the same in words, 1200 مليار
        if _scale_value(nxt["scale"]) >= _scale_value(prev["scale"]):
            # 250 مليونا و200 مليون دولار (or, without و, 250 مليونا 200 مليون): two sums
            first_end = a0 + joined.start() if joined else a0 + prev.end()
            return [(a0, first_end), (a0 + nxt.start("num"), a1)]
    return [(a0, a1)]

