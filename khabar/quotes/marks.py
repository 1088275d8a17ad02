"""Quote marks paired into spans inside one paragraph (docs/arabic.md, "Quotes and
attribution"): “ and « open, ” and » close, a straight " toggles, ‘ opens and only ’
closes it; a ” or » directly before a letter (or set apart by spaces after a comma or
colon) with no opener before it is a misused opener (``:”في``، ``»نعم«``); a “ or « right
after a word and before a space or punctuation closes the open quote (``”…“``، ``«…«``)
and opens nothing when none is open (a stray mark); an opener never closed ends at the
next opener, at the first speech-cue verb after it, or at the paragraph end. An ASCII
single quote ' pairs like ‘’ where it stands as a mark: it opens before a word and closes
after one, an apostrophe between two letters (don't، L'Orient) is none, and an opener it
never closes is no quote. A quote mark a site left as an HTML character reference
(``&quot;``، ``&laquo;``, or ``quot;`` that lost its ampersand) is read as the mark it
stands for, through a text of the same length (:func:`mark_text`), so every offset is
still an offset into the article as read (docs/arabic.md, "Quotes and attribution").
"""
from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from .words import _CLOSERS, _MARK_CHARS, _OPENERS

#: Closing marks some sites type for an opener (”…”، »…«), and opening marks typed for a
#: closer (”…“، «…«); the quotes such a mark may close (the curly and angle ones).
_TYPED_OPENERS = "”»"
_TYPED_CLOSERS = "“«"
_TYPED_FAMILY = "“”«»"
#: Sentence punctuation a closing mark may follow (…هنا.“).
_END_PUNCT = ".!?؟…"
#: One-letter proclitics a quote mark may follow with no space (و'نعم'، ل'الأفق').
_PROCLITICS = "وفبلك"
#: An HTML character reference (named, decimal, hexadecimal), or ``quot;`` alone after no
#: letter (a reference whose ampersand a site dropped).
_REFERENCE_RE = re.compile(r"&(?:[A-Za-z]{2,6}|#[0-9]{2,4}|#[xX][0-9A-Fa-f]{2,4});"
                           r"|(?<![A-Za-z&])quot;")


class QuoteSpan(NamedTuple):
    """A span between quote marks: ``open`` is the mark's offset, ``start``/``end`` the
    trimmed content, ``closed`` whether a closing mark ended it."""

    open: int
    start: int
    end: int
    closed: bool


def quote_spans(text: str, start: int, end: int, cut_at=()) -> list[QuoteSpan]:
    """Quoted spans in ``text[start:end]`` (one paragraph), in order.

    ``cut_at``: sorted offsets of speech-cue verbs; an unclosed opener ends before the
    first one after it (or at the next opener, or at ``end``). Returns QuoteSpan tuples
    whose content is whitespace-trimmed and non-empty: in ``قال: «نعم» ثم «لا``, the
    spans of نعم (closed) and لا (not closed).
    """
    return _spans(text, mark_offsets(text, start, end), start, end, cut_at)


def entity_marks(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, mark)`` of each HTML character reference in ``text`` that stands for
    a quote mark (``&quot;`` → ``"``, ``&laquo;`` → ``«``, ``&#39;`` → ``'``, a stray
    ``quot;`` → ``"``), decoded by :func:`html.unescape`; ``[]`` for a text with none."""
    if "quot;" not in text and "&" not in text:
        return []
    out = []
    for m in _REFERENCE_RE.finditer(text):
        c = html.unescape(m.group() if m.group()[0] == "&" else "&" + m.group())
        if len(c) == 1 and c in _MARK_CHARS:
            out.append((m.start(), m.end(), c))
    return out


def mark_text(text: str, refs: list[tuple[int, int, str]]) -> str:
    """``text`` with each quote-mark reference of ``refs`` (:func:`entity_marks`) written
    as its mark and spaces, to the same length: the mark at the reference's end when the
    reference opens (right before a letter or digit, after none), at its start otherwise,
    so the quote-mark rules see ``"…"`` where the text has ``&quot;…&quot;``."""
    if not refs:
        return text
    parts, pos = [], 0
    for s, e, c in refs:
        opens = e < len(text) and text[e].isalnum() and not (s and text[s - 1].isalnum())
        pad = " " * (e - s - 1)
        parts += [text[pos:s], pad + c if opens else c + pad]
        pos = e
    parts.append(text[pos:])
    return "".join(parts)


def _apostrophe(text: str, i: int) -> bool:
    """Whether the ' at offset ``i`` stands between a Latin letter and a letter, an
    apostrophe inside a word (don't، L'Orient), no quote mark. Arabic words have none:
    after an Arabic letter it is a quote mark (و'نعم': و then the quote)."""
    return 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i - 1] < "\u0250" \
        and text[i + 1].isalpha()


def mark_offsets(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Sorted offsets of the quote marks (“”«»"‘’) in ``text[start:end]``: one
    ``str.find`` pass per mark character. Fast path; buys 3.1 % of quote_rows on 300
    distinct articles, measured 2026-12-01; :func:`mark_offsets_plain` is its twin."""
    out = []
    for c in _MARK_CHARS:
        i = text.find(c, start, end)
        while i != -1:
            if c != "'" or not _apostrophe(text, i):
                out.append(i)
            i = text.find(c, i + 1, end)
    out.sort()
    return out


_MARK_RE = re.compile("[" + re.escape(_MARK_CHARS) + "]")


def mark_offsets_plain(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """The plain twin of :func:`mark_offsets`: one regular-expression scan."""
    return [m.start() for m in _MARK_RE.finditer(text, start,
                                                 len(text) if end is None else end)
            if m.group() != "'" or not _apostrophe(text, m.start())]


def _after_comma_before_words(text: str, i: int, start: int, end: int) -> bool:
    """Whether the ” at offset ``i`` stands where a quote opens, set apart by spaces:
    after a comma or colon (صنع الله، ” إن هذا …) and before a letter."""
    b = i - 1
    while b >= start and text[b] == " ":
        b -= 1
    a = i + 1
    while a < end and text[a] == " ":
        a += 1
    return b >= start and text[b] in ",،:" and a < end and text[a].isalpha()


def _spaced_before_words(text: str, i: int, end: int) -> bool:
    """Whether the mark at offset ``i`` stands between spaces after a word and before a
    letter (قال المدرب ” كانت مباراة …): where a quote opens, if a closer follows."""
    return 0 < i < end - 2 and text[i - 1] == " " and text[i + 1] == " " \
        and text[i + 2].isalpha()


def _spaced_closer(text: str, i: int, start: int, end: int) -> bool:
    """Whether the mark at offset ``i`` is one of the curly family in the shape of a
    closer, or set apart by a space after a word and before punctuation or the paragraph
    end (… اليوم “.): the close of a quote a spaced ” opened (docs/arabic.md, "Quotes and
    attribution")."""
    if text[i] not in _TYPED_FAMILY:
        return False
    if _closing_shape(text, i, start, end):
        return True
    return i > start + 1 and text[i - 1] == " " and text[i - 2].isalnum() and (
        i + 1 >= end or not text[i + 1].isalnum())


def _closing_shape(text: str, i: int, start: int, end: int) -> bool:
    """Whether the mark at offset ``i`` stands where a quote closes: right after a letter,
    a digit or sentence punctuation, and before a space, punctuation or the paragraph end
    (``الموسم« ثم``، ``المقبلة“،``). An opening mark of that shape was typed for a closing
    one (docs/arabic.md, "Quotes and attribution")."""
    return (i > start and (text[i - 1].isalnum() or text[i - 1] in _END_PUNCT)
            and (i + 1 >= end or not text[i + 1].isalnum()))


def _opening_shape(text: str, i: int, start: int, end: int) -> bool:
    """Whether the mark at offset ``i`` stands where a quote opens: right before a letter
    and not after one (``:”في``), or set apart by spaces after a comma or colon."""
    return ((i + 1 < end and text[i + 1].isalpha()
             and (i == start or not text[i - 1].isalpha()))
            or _after_comma_before_words(text, i, start, end))


def _single_quote_mark(text: str, i: int, start: int, end: int, open_at: int,
                       mark: str) -> bool:
    """Whether the ASCII ' at offset ``i`` is a quote mark here: an opener in the shape of
    one with no quote open, the closer of an open ' in the shape of a closer; inside a
    quote opened by another mark it is that quote's word (an apostrophe, a nested
    quote)."""
    if open_at < 0:
        return _opening_shape(text, i, start, end) or (
            i + 1 < end and text[i + 1].isalpha() and i > start and text[i - 1] in _PROCLITICS
            and (i - 1 == start or not text[i - 2].isalpha()))    # و'نعم'، ل'الأفق'
    b = i - 1
    while b > start and unicodedata.category(text[b]) == "Mn":
        b -= 1                  # تفصيلاً': a tanween or haraka ends the word before it
    return mark == "'" and b >= start and (text[b].isalnum() or text[b] in _END_PUNCT) and (
        i + 1 >= end or not text[i + 1].isalnum())


def _spans(text: str, marks: list[int], start: int, end: int, cut_at) -> list[QuoteSpan]:
    """:func:`quote_spans` from the sorted offsets ``marks`` of the marks in the paragraph.

    A closing mark ” or » in the shape of an opener, with no quote open, opens one
    (``”…”``، ``»…«``), and so does one between spaces before words when the next
    mark closes (``قال ” كانت … الوطني.”``); an opening mark “ or « in the shape of a
    closer closes the open quote (``”…“``، ``«…«``) and, with none open, is a stray
    mark that opens nothing. An ASCII ' is a mark only where :func:`_single_quote_mark`
    says so."""
    raw: list[tuple[int, int, bool]] = []   # (opener offset, content end, closed)
    open_at, mark = -1, ""
    for n, i in enumerate(marks):
        c = text[i]
        if c == "'" and not _single_quote_mark(text, i, start, end, open_at, mark):
            continue
        if open_at < 0:
            if c in _TYPED_OPENERS and (_opening_shape(text, i, start, end) or (
                    _spaced_before_words(text, i, end) and n + 1 < len(marks)
                    and _spaced_closer(text, marks[n + 1], start, end))):
                open_at, mark = i, c
            elif c in _OPENERS and not (c in _TYPED_CLOSERS
                                        and _closing_shape(text, i, start, end)):
                open_at, mark = i, c
        elif c in _CLOSERS[mark] or (c in _TYPED_CLOSERS and mark in _TYPED_FAMILY
                                     and _spaced_closer(text, i, start, end)):
            raw.append((open_at, i, True))
            open_at = -1
        elif c in _OPENERS:           # a new opener: the previous one was never closed
            raw.append((open_at, i, False))
            open_at, mark = i, c
    if open_at >= 0:
        raw.append((open_at, end, False))
    out = []
    for o, e, closed in raw:
        if not closed and text[o] == "'":
            continue                  # an apostrophe at a word's edge (Reuters' …)
        if not closed:
            k = bisect_left(cut_at, o + 2)
            if k < len(cut_at) and cut_at[k] < e:
                e = cut_at[k]
        s = o + 1
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(QuoteSpan(o, s, e, closed))
    return out


class Inside:
    """The offsets from a paragraph's quote marks to just after their quoted text:
    ``[q.open, q.end + 1)`` for each span ``q``, where a cue does not count."""

    def __init__(self, spans: list[QuoteSpan]):
        self.opens = [q.open for q in spans]
        self.ends = [q.end + 1 for q in spans]

    def holds(self, offset: int) -> bool:
        """Whether ``offset`` lies in one of the ranges. The opens increase and a range
        ends at most one past the next open (a span ends at its closing mark or at the
        next opener), so the range that opens last at or before ``offset`` is the one to
        test."""
        k = bisect_right(self.opens, offset) - 1
        return k >= 0 and offset < self.ends[k]
