"""Normalisation, paragraphs, sentences and tokenisation of Arabic news text.

Offsets are always character offsets into the article *as read*
(:attr:`khabar.io.Document.text`). Normalisation is for matching only: it is computed
through a character map (:class:`NormalisedText`) that remembers where each normalised
character came from, so a match in the normalised text maps back to the exact surface
form. Rules follow ../shared/ARABIC_NOTES.md §2–4 (Unicode Standard ch. 9 for the
Arabic block; the folds are the usual ones of Arabic information retrieval, e.g.
Larkey et al. 2002, "light stemming").
"""
from __future__ import annotations

import gc
import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate, chain, repeat
from operator import itemgetter
from typing import Callable, NamedTuple

import numpy as np
from arabicstopwords import arabicstopwords as _stopwords

from .io import Document
from .lexicon import load_lexicon

# --------------------------------------------------------------------------- characters

TATWEEL = "\u0640"
#: Harakat (U+064B–U+0652), dagger alef U+0670 and the Quranic marks that news text
#: carries from copy-paste (U+0653–U+065F, U+06D6–U+06ED less letters).
DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670" + "".join(
    chr(c) for c in range(0x06D6, 0x06EE) if unicodedata.category(chr(c)) == "Mn")
#: Bidi and joiner controls that copy-paste leaves inside words (LRM, RLM, ALM,
#: embeddings/overrides, isolates, ZWNJ, ZWJ, BOM as ZWNBSP).
CONTROLS = ("\u200e\u200f\u061c\u200c\u200d\ufeff"
            + "".join(chr(c) for c in range(0x202A, 0x202F))
            + "".join(chr(c) for c in range(0x2066, 0x206A)))
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
# str.translate is fastest with a list indexed by code point; characters past the list
# raise LookupError inside translate, which leaves them unchanged (the documented rule).
_NORM_LIST: list = [chr(i) for i in range(0x10000)]
for _cp, _rep in NORMALISATION_TABLE.items():
    _NORM_LIST[_cp] = _rep
# Characters whose normalised form is not exactly one character (deleted or expanded).
_IRREGULAR = re.compile("[" + re.escape("".join(
    chr(k) for k, v in NORMALISATION_TABLE.items() if v is None or len(v) != 1)) + "]")


def normalise(s: str) -> str:
    """Normalised form of ``s`` for matching (never for display or offsets).

    Folds: tatweel and harakat removed; أ إ آ ٱ → ا; ى → ي; ة → ه; ؤ → و; ئ → ي;
    presentation forms → base letters (NFKC); bidi/joiner controls removed;
    Arabic-Indic and Eastern digits → 0–9; ٫ → "."; ٬ → ","; ، ؛ ؟ → , ; ?.
    Latin case is kept. Input and output are ``str``.
    """
    return s.translate(_NORM_LIST)


# The same table as one numpy lookup over every code point, for long strings: a text
# is mapped as a UTF-32 array in one vectorised step (~3× faster than str.translate,
# which looks each character up as a Python object). Deleted characters map to one
# sentinel; the few that expand (presentation-form ligatures) to another, and take the
# translate path.
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


class NormalisedText:
    """A normalised text plus the map back to the text as read.

    ``norm`` is :func:`normalise` of ``original``; ``offsets[i]`` is the index in
    ``original`` of the character that produced ``norm[i]`` (``offsets[len(norm)]`` is
    ``len(original)``). :meth:`span` maps a normalised span back to original offsets.
    """

    __slots__ = ("original", "norm", "_offsets", "_dropped", "_shift")

    def __init__(self, original: str):
        self.original = original
        fast = _normalise_codes(original)
        if fast is not None:
            # No character expands, so only the deleted ones shift the map: they are
            # kept (``_dropped``; ``_shift[k]`` is the normalised index where the k-th
            # falls) and :attr:`offsets` is built on demand. A list of every offset
            # would cost more than the normalisation itself.
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
        """Original ``(start, end)`` of the normalised span ``[nstart, nend)``."""
        if nend <= nstart:
            o = self._offset(nstart)
            return o, o
        return self._offset(nstart), self._offset(nend - 1) + 1

    def index(self, original_offset: int) -> int:
        """First normalised index at or after ``original_offset``."""
        if self._dropped is not None and (
                not self._dropped or 0 <= original_offset <= len(self.original)):
            return original_offset - bisect_left(self._dropped, original_offset)
        return bisect_right(self.offsets, original_offset - 1)


def alternation(words, optional_article: bool = False) -> str:
    """A regex alternation of literal words, longest first (so خمسه is not matched as
    خمس + ه), each escaped, with any run of spaces allowed between the words of a
    phrase; with ``optional_article`` the article ال of a second word is optional."""
    out = []
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        e = re.escape(w)
        if optional_article:
            e = e.replace(r"\ ال", r"\s+(?:ال)?")
        out.append(e.replace(r"\ ", r"\s+"))
    return "|".join(out)


def find_all(text: str, literals) -> list[tuple[int, int]]:
    """``(start, end)`` of every occurrence of each literal string in ``text`` (str.find,
    no regex): the cheap first pass that tells an extractor where to look."""
    hits = []
    for lit in literals:
        i = text.find(lit)
        while i != -1:
            hits.append((i, i + len(lit)))
            i = text.find(lit, i + 1)
    return hits


def windows_around(text: str, hits, before: int, after: int) -> list[tuple[int, int]]:
    """Merged ``(pos, endpos)`` stretches of ``text`` reaching ``before`` characters before
    and ``after`` after each hit, widened to whole words (cut at spaces), in order.

    Extractors run their full patterns only inside these windows: a handful of short
    stretches instead of the whole article.
    """
    out: list[tuple[int, int]] = []
    for a, b in sorted(hits):
        pos = max(0, a - before)
        if pos:
            sp = text.find(" ", pos, a)
            pos = sp + 1 if sp != -1 else pos
        sp = text.find(" ", min(len(text), b + after))
        end = len(text) if sp == -1 else sp
        if out and pos <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((pos, end))
    return out


# --------------------------------------------------------------------------- tokens

_AR = (r"\u0610-\u061A\u0620-\u065F\u066E-\u06D3\u06D5-\u06DC\u06DF-\u06E8"
       r"\u06EA-\u06EF\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC")
_DIGIT = r"0-9\u0660-\u0669\u06F0-\u06F9"
_SKIP = r"\s\u200e\u200f\u061c\u200c\u200d\ufeff\u202a-\u202e\u2066-\u2069"
# Plain greedy quantifiers, no possessive ones (++, *+) or atomic groups: Python 3.11.2
# (Debian 12's python3) matches `[0-9]++(?:[.][0-9]++)*+` on "2022. " as "2022." (a
# possessive-quantifier bug fixed in later 3.11 releases), so the same text gave other
# tokens there. Each alternative ends after its last quantifier, so greedy matching finds
# the same longest token the possessive one did (tests/test_text.py holds both equal).
_NUMBER = rf"[{_DIGIT}]+(?:[.,\u066b\u066c][{_DIGIT}]+)*"
_ARABIC_WORD = rf"[{_AR}]+(?:[\u200c\u200d]+[{_AR}]+)*"
_LATIN_LETTER = r"A-Za-z\u00C0-\u024F"
_LATIN_WORD = rf"[{_LATIN_LETTER}][{_LATIN_LETTER}0-9]*(?:['’\-&][{_LATIN_LETTER}0-9]+)*"
_PUNCT = rf"[^{_SKIP}{_AR}{_DIGIT}A-Za-z]"
#: One pass of one regular expression finds every token. Numbers keep their decimal and
#: thousands separators (1.22, ٣٫٥, 12,5, 1,250,000); Arabic words keep inner joiners;
#: Latin words keep case, inner apostrophes, hyphens and ampersands; any other visible
#: character is a punct token. Between tokens lie only whitespace and bidi/joiner controls.
# Arabic first: most tokens are Arabic words, so most matches succeed on the first branch.
TOKEN_PATTERN = re.compile(f"({_ARABIC_WORD}|{_LATIN_WORD}|{_NUMBER}|{_PUNCT})")
TOKEN_KINDS = ("number", "arabic", "latin", "punct")


class Token(NamedTuple):
    """A token: ``text`` is ``article[start:end]``; ``norm`` its normalised form;
    ``kind`` one of arabic | latin | number | punct."""

    start: int
    end: int
    text: str
    norm: str
    kind: str


class TokenColumns(NamedTuple):
    """Tokens as parallel lists (one entry per token), the fast form for tables."""

    start: list[int]
    end: list[int]
    text: list[str]
    norm: list[str]
    kind: list[str]

    def rows(self) -> list[Token]:
        """The tokens as :class:`Token` rows.

        Built by ``tuple.__new__`` mapped over ``zip`` (a C-level loop, what
        ``Token._make`` does without a Python frame per token), with the cyclic garbage
        collector paused: it never untracks tuple subclasses, so half a million new rows
        would otherwise trigger full collections. No reference cycle is created here.
        """
        enabled = gc.isenabled()
        gc.disable()
        try:
            return list(map(tuple.__new__, repeat(Token), zip(*self)))
        finally:
            if enabled:
                gc.enable()


# Token character classes, for the vectorised tokeniser below: S skip (whitespace and
# controls, less the joiners), A Arabic letter, P other punctuation (always a token of
# its own), N number separator . , ٫ ٬, C Latin connector ' ’ - &, L Latin letter,
# d ASCII digit, D other digit, J joiner (ZWNJ, ZWJ). N and C are one-character punct
# tokens unless they join two parts of a number or Latin word.
_S, _A, _P, _N, _C, _L, _d, _D, _J = range(9)
_X = (_N, _C, _L, _d, _D)    # the characters of numbers and Latin words


def _class_table() -> np.ndarray:
    # Built by one regex scan per class over the BMP, from the character classes of
    # TOKEN_PATTERN itself; nothing beyond the BMP is in those classes (punctuation).
    table = np.full(0x110000, _P, dtype=np.uint8)
    bmp = "".join(map(chr, range(0x10000)))
    for code, chars in ((_S, _SKIP), (_J, "\u200c\u200d"), (_A, _AR), (_L, _LATIN_LETTER),
                        (_d, "0-9"), (_D, r"\u0660-\u0669\u06F0-\u06F9"),
                        (_N, r".,\u066b\u066c"), (_C, r"'’\-&")):
        for m in re.finditer(f"[{chars}]", bmp):
            table[m.start()] = code
    return table


def _pair_tables() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(starts, unsure, bridge)`` lookup tables by ``9 * class(previous) + class``
    (``81 * previous + 9 * class + next`` for ``bridge``): whether a token starts at a
    character; whether that cannot be told from the pair (an ASCII digit before a letter
    or another digit ends a Latin word or a number, and which one depends on what came
    before); whether the character is N or C between two number or Latin characters
    (it may join them)."""
    starts = np.zeros((9, 9), bool)
    starts[:, _A] = True
    starts[_A, _A] = False
    starts[:, [_P, _N, _C]] = True          # N, C: joining ones are 'bridge' cases
    starts[:, _L] = starts[:, _d] = starts[:, _D] = True
    starts[[_L, _d], _L] = False
    starts[[_L, _d, _D], _d] = False
    starts[[_d, _D], _D] = False
    unsure = np.zeros((9, 9), bool)
    unsure[_d, [_L, _D]] = True
    bridge = np.zeros((9, 9, 9), bool)
    bridge[np.ix_(_X, [_N, _C], _X)] = True
    return starts.ravel(), unsure.ravel(), bridge.ravel()


_TOKEN_CLASS = _class_table()
_STARTS, _UNSURE, _BRIDGE = _pair_tables()
# Kind of a token by the class of its first character.
_KIND_OF_CLASS = np.array(["punct", "arabic", "punct", "punct", "punct", "latin", "number",
                           "number", "punct"], dtype=object)


def _token_flags(text: str, cls: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(starts, ends)``: boolean arrays over ``text`` (no joiners; ``cls`` its character
    classes) marking the first and the last character of each token of TOKEN_PATTERN.

    A pair table decides each character from its predecessor; the few stretches of
    number and Latin characters it cannot decide (a digit before a letter, a separator
    or connector between two such characters: 1.22, U.S, rock-n-roll) are tokenised by
    the regex itself. Tokens never cross such a stretch's ends (a skip, Arabic or other
    punctuation character), so the regex sees the same tokens there as in the whole text.
    """
    n = len(cls)
    pad = np.empty(n + 2, np.uint16)
    pad[0] = pad[-1] = _S
    pad[1:-1] = cls
    pair = pad[:-1] * 9
    pair += pad[1:]                            # pair[i]: (cls[i-1], cls[i]); pair[n]: end
    starts_ext = _STARTS.take(pair)            # starts_ext[n] is False
    keep = pad[1:] != _S
    ends = keep[:-1] & (starts_ext[1:] | ~keep[1:])
    starts = starts_ext[:-1]
    triple = pair[:-1] * 9
    triple += pad[2:]
    unsure = _UNSURE.take(pair[:-1]) | _BRIDGE.take(triple)
    if unsure.any():
        codes = cls.tobytes()
        done = 0
        for i in unsure.nonzero()[0].tolist():
            if i < done:
                continue
            a, b = i, i + 1                    # the stretch of number/Latin characters
            while a > 0 and _N <= codes[a - 1] <= _D:
                a -= 1
            while b < n and _N <= codes[b] <= _D:
                b += 1
            starts[a:b] = ends[a:b] = False
            for m in TOKEN_PATTERN.finditer(text, a, b):
                starts[m.start()] = ends[m.end() - 1] = True
            done = b
    return starts, ends


def tokenise_columns(text: str, start: int = 0, end: int | None = None) -> TokenColumns:
    """Tokens of ``text[start:end]`` as :class:`TokenColumns`, offsets into ``text``.

    Whitespace and bidi/joiner controls separate tokens and are never tokens. Tokens
    never overlap and appear in text order; they are those of :data:`TOKEN_PATTERN`.
    See :func:`_tokenise` for how.
    """
    return _tokenise(text, start, end)[0]


class _TokenArrays(NamedTuple):
    """The start and end offsets (int64) and kinds (object) of tokens as numpy arrays."""

    start: np.ndarray
    end: np.ndarray
    kind: np.ndarray


#: Shorter texts are tokenised by the regex (:func:`_tokenise_by_regex`): the vectorised
#: path costs some 40 numpy calls whatever the length, and is faster only beyond about
#: 2000 characters (measured on the seed article's prefixes).
_VECTORISED_MIN = 2000


def _tokenise(text: str, start: int = 0,
              end: int | None = None) -> tuple[TokenColumns, _TokenArrays | None]:
    """:func:`tokenise_columns`, with its columns that tables need as numpy arrays where
    they were made on the way (else None).

    Long texts are tokenised without a Python step (or a regex match) per token:
    character classes by one lookup-array pass, token starts and ends by a table of
    character pairs (:func:`_token_flags`), the token strings by one decode and
    ``str.split``, normalised forms from a memo of words; that is what makes it faster
    than pyarabic's ``tokenize`` while also giving offsets, kinds and normalised forms
    (see benchmarks/).
    """
    end = len(text) if end is None else end
    part = text[start:end] if (start or end != len(text)) else text
    # Joiners (inside Arabic words) are not handled by the tables; NUL is the split mark
    # of _token_strings.
    if len(part) < _VECTORISED_MIN or "\u200c" in part or "\u200d" in part or "\0" in part:
        return _tokenise_by_regex(part, start), None
    codes = np.frombuffer(part.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    cls = _TOKEN_CLASS.take(codes)
    starts, ends = _token_flags(part, cls)
    texts = _token_strings(codes, cls != _S, starts)
    at = starts.nonzero()[0]
    ends = ends.nonzero()[0]
    ends += 1
    kinds = _KIND_OF_CLASS.take(cls[at])
    if start:
        at += start
        ends += start
    try:
        norms = list(map(_WORD_NORMS.__getitem__, texts))
    except KeyError:
        _memo_learn(set(texts))
        norms = list(map(_WORD_NORMS.__getitem__, texts))
    return (TokenColumns(at.tolist(), ends.tolist(), texts, norms, kinds.tolist()),
            _TokenArrays(at, ends, kinds))


def _tokenise_by_regex(text: str, offset: int) -> TokenColumns:
    """Tokens of ``text`` by one ``re.split`` of :data:`TOKEN_PATTERN`, offsets plus
    ``offset``; norms and kinds from the memo of words (C-level passes throughout)."""
    parts = TOKEN_PATTERN.split(text)
    # parts alternate gap, token, gap, …, gap; cumulative lengths give every offset.
    bounds = list(accumulate(map(len, parts), initial=offset))
    texts = parts[1::2]
    try:
        norms, kinds = _memo_lookup(texts)
    except KeyError:
        _memo_learn(set(texts))
        norms, kinds = _memo_lookup(texts)
    return TokenColumns(bounds[1:-1:2], bounds[2::2], texts, norms, kinds)


def _token_strings(codes: np.ndarray, kept: np.ndarray, starts: np.ndarray) -> list[str]:
    """The token strings of a text (UTF-32 ``codes``; no joiners or NUL) given the mask of
    its token characters (all but skip ones) and of the tokens' first characters."""
    # The kept characters with a NUL before each token, decoded once and cut by
    # str.split: a C loop, where slicing the text per token costs a Python call each.
    chars = codes[kept]
    at = np.cumsum(starts[kept])               # at[k]: tokens begun up to character k
    at += _ARANGE[:len(chars)] if len(chars) <= len(_ARANGE) else np.arange(len(chars))
    joined = np.zeros(at[-1] + 1 if len(at) else 0, np.uint32)
    joined[at] = chars
    return joined.tobytes().decode("utf-32-le", "surrogatepass").split("\0")[1:]


_ARANGE = np.arange(1 << 16)    # reused by _token_strings (a new arange per call costs more)


#: Normalised form and kind of every word seen (bounded by _MEMO_WORDS): most tokens of
#: a corpus are repeats, and a dict look-up per token (C-level ``map``) costs a fraction
#: of normalising and classifying it again.
_WORD_NORMS: dict[str, str] = {}
_WORD_KINDS: dict[str, str] = {}
_MEMO_WORDS = 200_000


def _memo_lookup(words: list[str]) -> tuple[list[str], list[str]]:
    """``(norms, kinds)`` of ``words`` from the memo; KeyError if one is not in it."""
    return list(map(_WORD_NORMS.__getitem__, words)), list(map(_WORD_KINDS.__getitem__, words))


def _memo_learn(words: set[str]) -> None:
    """Add ``words`` (tokens: no line breaks) to the memo, emptying it first if full."""
    new = words.difference(_WORD_NORMS)
    if len(_WORD_NORMS) + len(new) > _MEMO_WORDS:
        _WORD_NORMS.clear()
        _WORD_KINDS.clear()
        new = words
    if not new:
        return
    new = list(new)
    # All new words normalised in one pass over their join; a kind follows from the
    # class of the first character (one lookup-array pass over the first characters).
    joined = "\n".join(new)
    fast = _normalise_codes(joined)
    norms = (fast[0] if fast is not None else joined.translate(_NORM_LIST)).split("\n")
    firsts = "".join(map(itemgetter(0), new)).encode("utf-32-le", "surrogatepass")
    kinds = _KIND_OF_CLASS.take(_TOKEN_CLASS.take(np.frombuffer(firsts, dtype=np.uint32)))
    _WORD_NORMS.update(zip(new, norms))
    _WORD_KINDS.update(zip(new, kinds.tolist()))


def tokenise(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` as :class:`Token` rows (see :func:`tokenise_columns`)."""
    return tokenise_columns(text, start, end).rows()


# --------------------------------------------------------------------------- clitics

CONJUNCTIONS = "وف"
PREPOSITIONS = "بلك"
FUTURE = "س"
ARTICLE = "ال"


def clitic_candidates(word: str) -> list[tuple[int, str]]:
    """Possible ``(prefix_length, stem)`` readings of a normalised word, the word itself
    first, then with proclitics removed: conjunction و/ف, preposition ب/ل/ك (ل + ال is
    written لل), future س before a present verb, and the article ال.

    ``prefix_length`` counts normalised characters removed from the front. Which reading
    is right is not decided here: see :func:`strip_clitics`.
    """
    out = [(0, word)]
    seen = {word}

    def add(n: int, stem: str) -> None:
        if len(stem) >= 2 and stem not in seen:
            seen.add(stem)
            out.append((n, stem))

    conj = [(0, word)]
    if len(word) > 2 and word[0] in CONJUNCTIONS:
        conj.append((1, word[1:]))
    for n, w in conj:
        add(n, w)
        if len(w) > 2 and w[0] in PREPOSITIONS:
            if w.startswith("لل") and len(w) > 3:
                add(n + 1, "ا" + w[1:])    # للتغيير → التغيير (ل + ال, article kept)
                add(n + 2, w[2:])          # للتغيير → تغيير
            add(n + 1, w[1:])
        if len(w) > 3 and w[0] == FUTURE and w[1] in "يتنا":
            add(n + 1, w[1:])
    for n, w in list(out):
        if w.startswith(ARTICLE) and len(w) > 3:
            add(n + 2, w[2:])
    # Least stripping first: a reading that keeps more of the word is preferred.
    return sorted(out, key=lambda c: c[0])


def strip_clitics(word: str, is_known: Callable[[str], bool]) -> tuple[int, str]:
    """Strip proclitics from a normalised word only when what remains is known.

    ``is_known(stem)`` says whether a stem is a known word (a speech verb, an
    organisation cue, a gazetteer name). Returns ``(prefix_length, stem)``; if no
    stripped reading is known, ``(0, word)``: so وزارة، وكالة، لبنان، بيان stay intact
    (ARABIC_NOTES §4: a blind prefix strip breaks these).
    """
    for n, stem in clitic_candidates(word):
        if is_known(stem):
            return n, stem
    return 0, word


# --------------------------------------------------------------------------- stop words

def is_stop_word(norm: str) -> bool:
    """Whether a normalised token is an Arabic function word.

    Source: the Arabic Stop Words list (package ``arabic-stopwords``, Zerrouki), which
    lists affixed forms too; it is looked up in both its own and normalised spelling.
    """
    return norm in STOP_WORDS


def _stop_words() -> frozenset[str]:
    words = set()
    for w in _stopwords.stopwords_list():
        words.add(w)
        words.add(normalise(w))
    return frozenset(words)


STOP_WORDS = _stop_words()


# --------------------------------------------------------------------------- structure

#: Whole lines that web copies of articles carry and that are not the article
#: (ARABIC_NOTES §3): embedded-video credits, "read also", share and follow buttons,
#: advertisement labels. Matched against the normalised, stripped line.
BOILERPLATE_PATTERNS = [r.pattern for r in load_lexicon()["boilerplate"]]   # boilerplate.tsv
_BOILERPLATE = re.compile(r"(?:" + "|".join(BOILERPLATE_PATTERNS) + r")[\s.:!]*", re.IGNORECASE)
_BOILERPLATE_MAX_WORDS = 8

#: Sentence-final marks: . ? ! and the Arabic question mark and semicolon, and the
#: ellipsis; a line break also ends a sentence (paragraphs are lines).
SENTENCE_END_MARKS = ".!?؟؛…"
_QUOTE_MARKS = '“«"”»'
_CLOSERS = "”»\"'’)"
_PAIRS = {"“": "”", "«": "»", '"': '"'}
#: Abbreviations after which "." does not end a sentence.
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")  # U.S. / U.N. / J. Smith
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
ABBREVIATIONS = frozenset({"د", "ا.د", "Mr", "Mrs", "Ms", "Dr", "Prof", "Inc", "Ltd", "Co",
                           "Corp", "St", "vs", "etc", "No", "Jr", "Sr"})


def is_boilerplate(line: str) -> bool:
    """Whether a whole line is web boilerplate (see :data:`BOILERPLATE_PATTERNS`)."""
    if line.count(" ") > 4 * _BOILERPLATE_MAX_WORDS:   # long lines are article text
        return False
    s = normalise(line).strip()
    if not s or len(s.split()) > _BOILERPLATE_MAX_WORDS:
        return False
    return _BOILERPLATE.fullmatch(s) is not None


# Sentence-final marks (1) and quotation marks (2) by code point: a whole text is
# classified by one lookup-array pass, where a regex character class scans at ~6 ns a
# character and would be run once per paragraph.
_MARK_CLASS = np.zeros(0x110000, dtype=np.uint8)
_MARK_CLASS[list(map(ord, SENTENCE_END_MARKS))] = 1
_MARK_CLASS[list(map(ord, _QUOTE_MARKS))] = 2


def _marks(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], list[int]]:
    """``(runs, quotes)`` in ``text[start:end]``: the ``(start, end)`` of each maximal run
    of sentence-final marks (. ! ? ؟ ؛ …) and the offset of each quotation mark
    (“ « " ” »), in text order, as offsets into ``text``."""
    codes = np.frombuffer(text[start:end].encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    cls = _MARK_CLASS.take(codes)             # take and != 0: 2× faster than [ ] and
    at = (cls != 0).nonzero()[0]              # flatnonzero on these small arrays
    runs: list[tuple[int, int]] = []
    quotes: list[int] = []
    for i, c in zip((at + start).tolist(), cls[at].tolist()):
        if c == 2:
            quotes.append(i)
        elif runs and runs[-1][1] == i:       # the run goes on
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs, quotes


def _quoted_regions(text: str, quotes: list[int], end: int) -> list[tuple[int, int]]:
    """Regions between an opening mark and its own closing mark within one paragraph
    ending at ``end``, given the offsets of its quotation marks (see :func:`_marks`).

    “ pairs with the next ”, « with the next », " with the next ". An opener that is
    never closed protects nothing (it must not swallow the rest of the paragraph).
    """
    regions = []
    # Offsets of each closing mark among the paragraph's quotation marks: the next
    # closer is found by bisection there, not by str.find through the rest of the
    # paragraph (an unclosed opener would make that quadratic in the paragraph).
    closers: dict[str, list[int]] = {}
    for q in quotes:
        closers.setdefault(text[q], []).append(q)
    k = 0
    while k < len(quotes):
        i = quotes[k]
        at = closers.get(_PAIRS.get(text[i], ""), ())
        n = bisect_right(at, i)
        j = at[n] if n < len(at) and at[n] < end else -1
        if j != -1:
            regions.append((i, j + 1))
            k = bisect_right(quotes, j, k)    # the next mark after the closer
        else:
            k += 1
    return regions


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans in ``text[start:end]`` (one paragraph), whitespace trimmed.

    A sentence ends at . ! ? ؟ ؛ … (with any closing quote or bracket after it), not
    between digits (1.22), not after a listed abbreviation or a single Latin capital
    (U.S.), and not inside a paired quotation. Needs ``0 <= start``; an ``end`` past the
    text means its end.
    """
    end = min(end, len(text))
    return _split_sentences(text, start, end, *_marks(text, start, end))


def _split_sentences(text: str, start: int, end: int, marks: list[tuple[int, int]],
                     quotes: list[int]) -> list[tuple[int, int]]:
    """:func:`split_sentences` given the paragraph's :func:`_marks`
    (``0 <= start <= end <= len(text)``)."""
    if not marks:
        return _trimmed(text, start, end)
    cuts = []
    protected = _quoted_regions(text, quotes, end)
    # Regions are disjoint and in text order: the one that could hold a mark is the
    # last starting before it (bisection, not a test of every region at every mark).
    region_starts = [a for a, _ in protected]
    for s, e in marks:
        if text[s] == "." and e - s == 1:
            # The test that needs no look-back first: a dot followed by a character
            # other than a space or a closer (1.22, U.S.) ends nothing.
            if e < end and not text[e].isspace() and text[e] not in _CLOSERS:
                continue
            before = text[max(start, s - 5):s].split()
            prev = before[-1] if before and not text[s - 1].isspace() else ""
            # _INITIALS only matches words ending in a capital: the regex is run then only.
            if prev in ABBREVIATIONS or (prev[-1:] in _CAPITALS and _INITIALS.fullmatch(prev)):
                continue
        while e < end and text[e] in _CLOSERS:
            e += 1
        if protected:                                    # most paragraphs have none
            r = bisect_left(region_starts, s) - 1
            if r >= 0 and s < protected[r][1] - 1:
                continue
        cuts.append(e)
    spans = []
    pos = start
    for c in cuts + [end]:
        spans.extend(_trimmed(text, pos, c))
        pos = c
    return spans


def _trimmed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[(start, end)]`` of ``text[start:end]`` less leading and trailing whitespace (as
    ``str.strip``), or ``[]`` if nothing is left."""
    # Ends stepped over in place: segments carry at most a space or two at their ends,
    # and copying the segment to strip it cost more.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [(start, end)] if end > start else []


class Paragraph(NamedTuple):
    paragraph: int
    start: int
    end: int


class Sentence(NamedTuple):
    paragraph: int
    sentence: int
    start: int
    end: int


@dataclass
class Article:
    """A document split into paragraphs (non-blank, non-boilerplate lines) and sentences.

    Paragraph and sentence numbers are 1-based and count through the document.
    ``boilerplate`` holds the ``(start, end)`` of dropped lines, so they stay countable.
    """

    doc: Document
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    boilerplate: list[tuple[int, int]] = field(default_factory=list)

    @property
    def doc_id(self) -> str:
        return self.doc.doc_id

    @property
    def text(self) -> str:
        return self.doc.text

    @cached_property
    def normalised(self) -> NormalisedText:
        """The whole article normalised, with the map back (computed once)."""
        return NormalisedText(self.doc.text)

    @cached_property
    def token_columns(self) -> TokenColumns:
        """Tokens of the paragraphs (boilerplate lines excluded), in text order."""
        return self._tokenised[0]

    @property
    def _token_arrays(self) -> _TokenArrays | None:
        """:attr:`token_columns`' start, end and kind columns as numpy arrays, if the
        tokeniser made them on the way (long texts), else None. Shared: copy to modify."""
        return self._tokenised[1]

    @cached_property
    def _tokenised(self) -> tuple[TokenColumns, _TokenArrays | None]:
        cols, arrays = _tokenise(self.doc.text)
        if not self.boilerplate:
            return cols, arrays
        # Only whitespace and boilerplate lines lie outside paragraphs: cut those token
        # ranges out (tokens are in text order, so each line is one slice).
        keep, pos = [], 0
        for a, b in self.boilerplate:
            i = bisect_left(cols.start, a)
            keep.append((pos, i))
            pos = bisect_left(cols.start, b)
        keep.append((pos, len(cols.start)))
        # List slices joined at C level (a Python loop per token would cost 5× more).
        cols = TokenColumns(*(list(chain.from_iterable(col[i:j] for i, j in keep))
                              for col in cols))
        if arrays is not None:
            arrays = _TokenArrays(*(np.concatenate([a[i:j] for i, j in keep]) for a in arrays))
        return cols, arrays

    @cached_property
    def tokens(self) -> list[Token]:
        """:attr:`token_columns` as a list of :class:`Token`."""
        return self.token_columns.rows()

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing (or, between sentences, preceding) ``offset``."""
        i = bisect_right(self._sentence_starts, offset) - 1
        return self.sentences[i] if i >= 0 else None

    def paragraph_of(self, offset: int) -> Paragraph | None:
        s = self.sentence_at(offset)
        return self.paragraphs_by_id.get(s.paragraph) if s else None

    @cached_property
    def paragraphs_by_id(self) -> dict[int, Paragraph]:
        return {p.paragraph: p for p in self.paragraphs}


def analyse(doc: Document) -> Article:
    """Split ``doc`` into paragraphs and sentences (tokens on demand).

    Paragraphs are lines (``\\n``, ``\\r\\n`` or ``\\r`` end a line) that are neither
    blank nor boilerplate.
    """
    text = doc.text
    paragraphs, sentences, boilerplate = [], [], []
    # Marks of the whole text at once; each paragraph takes its share by bisection.
    marks, quotes = _marks(text, 0, len(text))
    mark_starts = [a for a, _ in marks]
    # Lines by str.split (C speed), \r counted as \n: the same lines as the regex
    # [^\r\n]+, whose character class would scan at ~10 ns a character.
    pos = 0
    for seg in text.replace("\r", "\n").split("\n"):
        line_start, pos = pos, pos + len(seg) + 1
        if not seg.strip():
            continue
        s = line_start + len(seg) - len(seg.lstrip())
        e = line_start + len(seg.rstrip())
        if is_boilerplate(seg):
            boilerplate.append((s, e))
            continue
        p = Paragraph(len(paragraphs) + 1, s, e)
        paragraphs.append(p)
        own_marks = marks[bisect_left(mark_starts, s):bisect_left(mark_starts, e)]
        own_quotes = quotes[bisect_left(quotes, s):bisect_left(quotes, e)]
        for a, b in _split_sentences(text, s, e, own_marks, own_quotes):
            sentences.append(Sentence(p.paragraph, len(sentences) + 1, a, b))
    return Article(doc, paragraphs, sentences, boilerplate)
