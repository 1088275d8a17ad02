"""An article as khabar analyses it: paragraphs, sentences, tokens, normalised text.

:func:`analyse` splits a :class:`khabar.io.Document` into paragraphs (lines that are
neither blank nor boilerplate) and sentences; an :class:`Article` adds, on demand, its
tokens (:mod:`.tokens`) and its normalised text with the map back (:mod:`.normalisation`).
Numbers are 1-based and count through the document; offsets are into the text as read.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain
from typing import NamedTuple

import numpy as np

from ..io import Document
from .normalisation import NormalisedText
from .sentences import (_marks, _split_sentences, byline_names, comments_start,
                        headline_strips,
                        is_boilerplate, is_headline_ticker, menu_lines, rate_ticker_lines,
                        related_lists, repeated_lines, split_sentences, top_headlines)
from .tokens import Token, TokenColumns, _TokenArrays, _tokenise
from .wrapping import soft_breaks


class Paragraph(NamedTuple):
    """A paragraph: its 1-based number and its ``(start, end)`` in the text as read."""

    paragraph: int
    start: int
    end: int


class Sentence(NamedTuple):
    """A sentence: its paragraph's number, its own 1-based number through the document
    and its ``(start, end)`` in the text as read."""

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
        # Each column as list slices joined (no step per token).
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


def analyse(doc: Document, plain: bool = False) -> Article:
    """Split ``doc`` into paragraphs and sentences (tokens on demand).

    Paragraphs are lines (``\\n``, ``\\r\\n`` or ``\\r`` end a line) that are neither
    blank nor boilerplate (:func:`is_boilerplate`, the lines of a navigation menu,
    :func:`khabar.text.sentences.menu_lines`, an exchange-rate ticker,
    :func:`khabar.text.sentences.rate_ticker_lines`, a strip of other stories' headlines,
    :func:`khabar.text.sentences.is_headline_ticker` or after its heading,
    :func:`khabar.text.sentences.headline_strips`, the headlines listed after a heading of
    related stories, :func:`khabar.text.sentences.related_lists`, a byline label and the
    name on the line after it, :func:`khabar.text.sentences.byline_names`, a strip of
    other stories' headlines that opens the page, :func:`khabar.text.sentences.top_headlines`,
    unless the text is hard-wrapped, a later copy
    of a line,
    :func:`khabar.text.sentences.repeated_lines`, and readers' comments after their
    heading, :func:`khabar.text.sentences.comments_start`); in a hard-wrapped text the
    lines of one paragraph are joined into it (:func:`khabar.text.wrapping.soft_breaks`:
    its span then holds the line breaks); sentences are those of
    :func:`split_sentences` in each paragraph: ``"قال د. أحمد إن القيمة 1.2 مليار. وأضاف"``
    is two sentences. ``plain=True`` runs :func:`split_sentences` on each paragraph, the
    twin tests hold equal to the default, which finds the marks of the whole text in one
    pass and gives each paragraph its share (buys 15.3 % of analyse + tokens table on 300
    distinct articles, measured 2026-12-01).
    """
    text = doc.text
    paragraphs, sentences, boilerplate = [], [], []
    marks, quotes = ([], []) if plain else _marks(text, 0, len(text))
    mark_starts = [a for a, _ in marks]
    # Lines by str.split, \r counted as \n: the same lines as the regex [^\r\n]+.
    lines = text.replace("\r", "\n").split("\n")
    menu = (menu_lines(lines) | headline_strips(lines) | rate_ticker_lines(lines)
            | repeated_lines(lines) | related_lists(lines) | byline_names(lines))
    # A strip of other stories' headlines at the top is told from the wrapped lines of an
    # article only once the wrapping is known (below).
    top = top_headlines(lines)
    comments = comments_start(lines)
    comments = len(lines) if comments is None else comments
    spans = []                   # (start, end) of each line's text, None when blank
    kept = []
    pos = 0
    for i, seg in enumerate(lines):
        line_start, pos = pos, pos + len(seg) + 1
        if not seg.strip():
            spans.append(None)
            kept.append(False)
            continue
        s = line_start + len(seg) - len(seg.lstrip())
        e = line_start + len(seg.rstrip())
        spans.append((s, e))
        dropped = (i >= comments or i in menu or is_boilerplate(seg)
                   or is_headline_ticker(seg))
        if dropped:
            boilerplate.append((s, e))
        kept.append(not dropped)
    # A hard-wrapped text's lines are parts of paragraphs (khabar.text.wrapping), never a
    # strip of headlines: a line cut at a width reads like one.
    soft = soft_breaks(lines, kept)
    if top and not soft:
        for i in sorted(top):
            if kept[i]:
                kept[i] = False
                boilerplate.append(spans[i])
        boilerplate.sort()
    i = 0
    while i < len(lines):
        if not kept[i]:
            i += 1
            continue
        first = i
        while i in soft:
            i += 1
        s, e = spans[first][0], spans[i][1]
        i += 1
        p = Paragraph(len(paragraphs) + 1, s, e)
        paragraphs.append(p)
        if plain:
            pieces = split_sentences(text, s, e)
        else:
            own_marks = marks[bisect_left(mark_starts, s):bisect_left(mark_starts, e)]
            own_quotes = quotes[bisect_left(quotes, s):bisect_left(quotes, e)]
            pieces = _split_sentences(text, s, e, own_marks, own_quotes)
        for a, b in pieces:
            sentences.append(Sentence(p.paragraph, len(sentences) + 1, a, b))
    return Article(doc, paragraphs, sentences, boilerplate)
