"""Lists under a colon line: the giver a line ending with a colon names pays the sums of the
list items after it (``وقدمت المؤسسة المنح التالية:`` then ``- 3 ملايين دولار للمدارس``),
and the items of a list run on after a colon and split by semicolons take the giver of its
first item (``… تشمل: قرض بقيمة …؛ ومنحة بقيمة …``), docs/money.md, "Subject and payer".
"""
from __future__ import annotations

import re

from ..text import Article

#: A list item's line: a bullet or a number of the list before its text (- 3 ملايين …،
#: • مليونا …، 2) …، (3) …).
_ITEM = re.compile(r"\s*(?:[-–—•*·▪●]|\d{1,2}\s*[-.)]\s|\(\d{1,2}\))")
#: A list is looked back over at most this many item lines.
_ITEMS = 40


def colon_line(article: Article, sent):
    """The sentence that ends with a colon and opens the list whose item ``sent`` is: the
    paragraph of ``sent`` and every paragraph between it and that line are list items
    (:data:`_ITEM`), at most :data:`_ITEMS`; None when ``sent`` is no list item."""
    paras, text = article.paragraphs, article.text
    i = sent.paragraph - 1
    if i <= 0 or i >= len(paras) or not _ITEM.match(text, paras[i].start):
        return None
    for j in range(i - 1, max(-1, i - 1 - _ITEMS), -1):
        para = paras[j]
        line = text[para.start:para.end].rstrip()
        if line.endswith(":"):
            return next((s for s in reversed(article.sentences)
                         if s.start < para.end and s.end > para.start), None)
        if not _ITEM.match(text, para.start):
            return None
    return None


def list_payer(article: Article, sent, payer_of) -> str:
    """The payer that the colon line over the list item ``sent`` names (:func:`colon_line`),
    as the money of that line would have at its colon: ``payer_of(f, line)`` is
    :func:`khabar.money.subject._payer` (a figure dict and its sentence → payer), called
    with a figure of no width at the colon. "" when ``sent`` is no list item or the line
    names no giver (وتوزعت المبالغ على النحو الآتي:)."""
    line = colon_line(article, sent)
    if line is None:
        return ""
    colon = article.text.rfind(":", line.start, line.end)
    n = article.normalised.index(colon)
    at = dict(start=colon, end=colon, _nstart=n, _nend=n, _mstart=n)
    return payer_of(at, line)


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
