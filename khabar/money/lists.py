"""Lists under a colon line: the giver a line ending with a colon names pays the sums of the
list items after it (``وقدمت المؤسسة المنح التالية:`` then ``- 3 ملايين دولار للمدارس``),
and the items of a list run on after a colon and split by semicolons take the giver of its
first item (``… تشمل: قرض بقيمة …؛ ومنحة بقيمة …``), docs/money.md, "Subject and payer".
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ..text import Article

#: A list item's line: a bullet or a number of the list before its text (- 3 ملايين …،
#: • مليونا …، 2) …، (3) …).
_ITEM = re.compile(r"\s*(?:[-–—•*·▪●]|\d{1,2}\s*[-.)]\s|\(\d{1,2}\))")
#: A list is looked back over at most this many item lines.
_ITEMS = 40


def colon_lines(article: Article) -> dict[int, object]:
    """Every list item's colon line, in one pass over the paragraphs of ``article``:
    paragraph number → the sentence that ends with a colon and opens the list whose item
    that paragraph is (:class:`khabar.text.Sentence`). A paragraph is an item when it
    begins as one (:data:`_ITEM`) and every paragraph between it and that line is an item
    too, at most :data:`_ITEMS` back; a paragraph that is no list item has no entry.
    Computed once per document, not once per figure."""
    paras, text = article.paragraphs, article.text
    out: dict[int, object] = {}
    colon = -1                     # index of the nearest colon line the items run on from
    for i, para in enumerate(paras):
        item = _ITEM.match(text, para.start) is not None
        if item and colon >= 0 and i - colon <= _ITEMS:
            line = _line_sentence(article, paras[colon])
            if line is not None:
                out[i + 1] = line
        if text[para.start:para.end].rstrip().endswith(":"):
            colon = i
        elif not item:
            colon = -1
    return out


def _line_sentence(article: Article, para):
    """The last sentence of ``article`` that overlaps the paragraph ``para``, None if none."""
    sentences = article.sentences
    k = bisect_left(article._sentence_starts, para.end) - 1
    if k >= 0 and sentences[k].end > para.start:
        return sentences[k]
    return next((s for s in reversed(sentences[:max(k, 0)])
                 if s.start < para.end and s.end > para.start), None)


def payer_at(article: Article, offset: int, sent, payer_of) -> str:
    """The payer the money of ``sent`` would have at ``offset`` (a colon that opens a list,
    the end of a sentence that announces money with no figure): ``payer_of(f, sent)`` is
    :func:`khabar.money.subject._payer` (a figure dict and its sentence → payer), called
    with a figure of no width at ``offset``; "" when it names no giver (وتوزعت المبالغ على
    النحو الآتي:). The one place such a figure is made (docs/money.md "Subject and
    payer")."""
    n = article.normalised.index(offset)
    at = dict(start=offset, end=offset, _nstart=n, _nend=n, _mstart=n)
    return payer_of(at, sent)


def list_payer(article: Article, line, payer_of) -> str:
    """The payer that ``line``, the colon line over a list item (:func:`colon_lines`),
    names at its colon (:func:`payer_at`): the giver of the item's sum
    (- 3 ملايين دولار للمدارس under وقدمت المؤسسة المنح التالية:). "" when ``line`` is None
    or names no giver."""
    if line is None:
        return ""
    colon = article.text.rfind(":", line.start, line.end)
    return payer_at(article, colon, line, payer_of)


#: A list run on in one paragraph is looked back over at most this many sentences.
_RUN_ON_ITEMS = 12


def semicolon_list_colon(article: Article, sent) -> int:
    """The offset of the colon that opens the run-on list whose later item ``sent`` is, -1
    if none: the sentences before ``sent`` in its paragraph, back to the one with the colon,
    each end with a semicolon (؛ or ;), as a list written in one paragraph splits its items
    (وقعت اتفاقيات مع الصندوق تشمل: قرض بقيمة …؛ ومنحة بقيمة …؛ …). The colon must be in
    that first sentence; a sentence that ends with ؛ and names no colon opens no list."""
    text, sentences = article.text, article.sentences
    for k in range(sent.sentence - 2, max(-1, sent.sentence - 2 - _RUN_ON_ITEMS), -1):
        prev = sentences[k] if 0 <= k < len(sentences) else None
        if prev is None or prev.paragraph != sent.paragraph \
                or not text[prev.start:prev.end].rstrip().endswith(("؛", ";")):
            return -1
        colon = text.rfind(":", prev.start, prev.end)
        if colon != -1:
            return colon
    return -1
