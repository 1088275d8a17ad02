"""Normalisation for matching, with the map back to the text as read.

:func:`normalise` folds the spellings that Arabic news text varies in (docs/arabic.md,
*Normalisation*; Unicode Standard ch. 9 for the Arabic block; the folds are the usual
ones of Arabic information retrieval, e.g. Larkey et al. 2002, "light stemming"):
``"أعلنــت مُنظّمة"`` → ``"اعلنت منظمه"``. :class:`NormalisedText` keeps, for every
normalised character, the offset of the character it came from, so a match in the
normalised text maps back to the exact surface form.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right

import numpy as np

TATWEEL = "\u0640"
#: Harakat (U+064B–U+0652), dagger alef U+0670 and the Quranic marks that news text
#: carries from copy-paste (U+0653–U+065F, U+06D6–U+06ED less letters).
DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670" + "".join(
    chr(c) for c in range(0x06D6, 0x06EE) if unicodedata.category(chr(c)) == "Mn")
_DIACRITIC_SET = frozenset(DIACRITICS)
#: Bidi and joiner controls that copy-paste leaves inside words (LRM, RLM, ALM,
#: embeddings/overrides, isolates, ZWNJ, ZWJ, BOM as ZWNBSP), and the invisible marks
#: that word processors and web editors leave inside words and numbers: the soft hyphen
#: (U+00AD, a hyphenation point) and the word joiner (U+2060). All are format characters
#: that Unicode word segmentation ignores inside a word (UAX #29, Format), so they are
#: deleted: ``5 مليون<SHY> دولار`` matches as ``5 مليون دولار`` (docs/arabic.md,
#: *Normalisation*).
CONTROLS = ("\u200e\u200f\u061c\u200c\u200d\ufeff\u00ad\u2060"
            + "".join(chr(c) for c in range(0x202A, 0x202F))
            + "".join(chr(c) for c in range(0x2066, 0x206A)))
#: Spaces of other widths, which match as a plain space (one for one, so offsets do not
#: move): every Unicode space separator (Zs) but U+0020 itself (no-break U+00A0, narrow
#: no-break U+202F that French typography puts before a unit, thin, figure, em …), and
#: the zero width space U+200B, a word boundary with no width (UAX #29 leaves it out of
#: Format: ``مليار<ZWSP>ريال`` is two words).
SPACES = "".join(c for c in map(chr, range(0x10000))
                 if unicodedata.category(c) == "Zs" and c != " ") + "\u200b"
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
EASTERN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
DECIMAL_SEPARATOR = "\u066b"    # ٫
THOUSANDS_SEPARATOR = "\u066c"  # ٬

_LETTER_FOLDS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    # Persian/Urdu letters that Arabic web text uses interchangeably.
    "ی": "ي", "ک": "ك", "ھ": "ه", "ۀ": "ه",
}
_PUNCT_FOLDS = {"،": ",", "؛": ";", "؟": "?", DECIMAL_SEPARATOR: ".", THOUSANDS_SEPARATOR: ","}


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for c in TATWEEL + DIACRITICS + CONTROLS:
        table[ord(c)] = None
    for c in SPACES:
        table[ord(c)] = " "
    for i, c in enumerate(ARABIC_INDIC_DIGITS):
        table[ord(c)] = str(i)
    for i, c in enumerate(EASTERN_DIGITS):
        table[ord(c)] = str(i)
    for src, dst in {**_LETTER_FOLDS, **_PUNCT_FOLDS}.items():
        table[ord(src)] = dst
    # Presentation forms (PDF copy-paste): NFKC, then the folds above.
    for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFEFD)):
        c = chr(cp)
        k = unicodedata.normalize("NFKC", c)
        if k != c:
            folded = "".join(table.get(ord(x), x) or "" for x in k).strip()
            table[cp] = folded or None
    return table


NORMALISATION_TABLE = _build_table()
# str.translate takes a list indexed by code point; characters past the list raise
# LookupError inside translate, which leaves them unchanged (the documented rule).
_NORM_LIST: list = [chr(i) for i in range(0x10000)]
for _cp, _rep in NORMALISATION_TABLE.items():
    _NORM_LIST[_cp] = _rep
# Characters whose normalised form is not exactly one character (deleted or expanded).
_IRREGULAR = re.compile("[" + re.escape("".join(
    chr(k) for k, v in NORMALISATION_TABLE.items() if v is None or len(v) != 1)) + "]")


def normalise(s: str) -> str:
    """Normalised form of ``s`` for matching (never for display or offsets).

    Folds: tatweel and harakat removed; أ إ آ ٱ → ا; ى → ي; ة → ه; ؤ → و; ئ → ي;
    presentation forms → base letters (NFKC); bidi/joiner controls, the soft hyphen and
    the word joiner removed; other spaces (no-break, narrow, thin …) and the zero width
    space → " ";
    Arabic-Indic and Eastern digits → 0–9; ٫ → "."; ٬ → ","; ، ؛ ؟ → , ; ?.
    Latin case is kept. Input and output are ``str``.
    """
    return s.translate(_NORM_LIST)


# The same table as one numpy lookup over every code point: a text is mapped as a
# UTF-32 array in one vectorised step. Deleted characters map to one sentinel; the few
# that expand (presentation-form ligatures) to another, and take the translate path.
_DELETED = 0xFFFFFFFF
_EXPANDS = 0xFFFFFFFE
_LUT = np.arange(0x110000, dtype=np.uint32)
for _cp, _rep in NORMALISATION_TABLE.items():
    _LUT[_cp] = _DELETED if _rep is None else ord(_rep) if len(_rep) == 1 else _EXPANDS


def _normalise_codes(s: str) -> tuple[str, np.ndarray | None] | None:
    """``(normalise(s), dropped)`` by the lookup array, where ``dropped`` holds the sorted
    indices in ``s`` of the deleted characters (None if there are none); None if ``s``
    has a ligature that expands."""
    codes = np.frombuffer(s.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    mapped = _LUT.take(codes)                 # take: 2× faster than [ ] here
    irregular = mapped >= _EXPANDS
    if not irregular.any():
        return mapped.tobytes().decode("utf-32-le", "surrogatepass"), None
    if (mapped == _EXPANDS).any():
        return None
    return (mapped[~irregular].tobytes().decode("utf-32-le", "surrogatepass"),
            irregular.nonzero()[0])


def _normalise_by_lookup(s: str) -> str:
    """:func:`normalise` of ``s`` by the lookup array (one vectorised pass over a long
    text); ligatures that expand take ``str.translate``."""
    fast = _normalise_codes(s)
    return fast[0] if fast is not None else s.translate(_NORM_LIST)


class NormalisedText:
    """A normalised text plus the map back to the text as read.

    ``norm`` is :func:`normalise` of ``original``; ``offsets[i]`` is the index in
    ``original`` of the character that produced ``norm[i]`` (``offsets[len(norm)]`` is
    ``len(original)``). :meth:`span` maps a normalised span back to original offsets:
    in ``"أعلنــت المنظمة"`` (norm ``"اعلنت المنظمه"``) the normalised span ``(0, 5)``
    is the original ``(0, 7)``, أعلنــت with its tatweel.

    ``plain=True`` takes the plain path for any text (``str.translate`` and a list of
    every offset), the twin that tests hold equal to the fast one.
    """

    __slots__ = ("original", "norm", "_offsets", "_dropped", "_shift")

    def __init__(self, original: str, plain: bool = False):
        self.original = original
        # Fast path: buys 29.9 % of analyse + tokens table on 300 distinct articles
        # (benchmarks/corpus.py), measured 2026-12-01.
        fast = None if plain else _normalise_codes(original)
        if fast is not None:
            # No character expands, so only the deleted ones shift the map: they are
            # kept (``_dropped``; ``_shift[k]`` is the normalised index where the k-th
            # falls) and :attr:`offsets` is built on demand.
            self.norm, dropped = fast
            self._offsets = None
            self._dropped = [] if dropped is None else dropped.tolist()
            self._shift = [] if dropped is None else (dropped - np.arange(len(dropped))).tolist()
            return
        # Regular characters map one to one, so only the irregular ones (deleted or
        # expanded) change the offsets; the text is translated in one pass.
        offsets: list[int] = []
        pos = 0
        for m in _IRREGULAR.finditer(original):
            i = m.start()
            offsets.extend(range(pos, i))
            offsets.extend([i] * len(NORMALISATION_TABLE.get(ord(original[i])) or ""))
            pos = i + 1
        offsets.extend(range(pos, len(original) + 1))
        self.norm = original.translate(_NORM_LIST)
        self._offsets = offsets
        self._dropped = self._shift = None

    @property
    def offsets(self) -> range | list[int]:
        """The map as a sequence: a ``range`` if it is the identity, else a list."""
        if self._offsets is None:
            n = len(self.original)
            self._offsets = (np.delete(np.arange(n + 1), self._dropped).tolist()
                             if self._dropped else range(n + 1))
        return self._offsets

    def _offset(self, i: int) -> int:
        """``offsets[i]``: by bisection in the deleted characters where there is no list."""
        if self._shift is None or not 0 <= i <= len(self.norm):
            return self.offsets[i]
        return i + bisect_right(self._shift, i)

    def span(self, nstart: int, nend: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalised span ``[nstart, nend)``; the end
        takes in the harakat after the span's last letter (دولارٍ: the tanween is that
        letter's, dropped by normalisation), so ``text[start:end]`` never cuts a letter
        from its marks."""
        if nend <= nstart:
            o = self._offset(nstart)
            return o, o
        end = self._offset(nend - 1) + 1
        original = self.original
        while end < len(original) and original[end] in _DIACRITIC_SET:
            end += 1
        return self._offset(nstart), end

    def index(self, original_offset: int) -> int:
        """First normalised index at or after ``original_offset``."""
        if self._dropped is not None and (
                not self._dropped or 0 <= original_offset <= len(self.original)):
            return original_offset - bisect_left(self._dropped, original_offset)
        return bisect_right(self.offsets, original_offset - 1)
