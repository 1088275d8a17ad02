"""Hard-wrapped text: lines broken at a width, not at the end of a paragraph
(docs/arabic.md, *Reading files*).

Some pages, e-mailed releases and text copied from a PDF or a narrow column break every
line of a paragraph: «… انخفاض نسبة الفقر في» / «العراق الى …». Read line by line, a
sentence, a name (نجم / العقابي) or a quotation would be cut at each break.
:func:`soft_breaks` finds the breaks inside a paragraph so that the lines on either side
are read as one paragraph; the offsets stay those of the text as read.
"""
from __future__ import annotations

import re

from ..lexicon import load_lexicon
from .normalisation import normalise

#: Words that end no sentence (lexicon open_words.tsv), normalised.
OPEN_WORDS = frozenset(normalise(r.form) for r in load_lexicon()["open_words"])

#: A line that ends where a paragraph may end: a full stop, a question or exclamation
#: mark, an ellipsis, a colon or a semicolon (a closing quote or bracket may follow).
_CLOSED = re.compile(r"[.!?؟…:;؛][\s”»\"'’)\]]*$")
#: A line that opens a list item (a dash or bullet, or a number and its mark) starts a
#: line of its own, whatever ends the line before it.
_ITEM = re.compile(r"\s*(?:[-–—•●▪◦►■◆▸*]|\d{1,2}\s*[.)\-–]\s)")
#: The document is hard-wrapped when at least this many of its breaks between two lines
#: of text leave the first line open (no mark that ends a paragraph) ...
MIN_OPEN = 3
#: ... they are at least this share of those breaks ...
MIN_OPEN_SHARE = 0.5
#: ... and at least two open lines end in a word that ends no sentence (:data:`OPEN_WORDS`:
#: في، من، أن، التي): a headline or a dateline has no full stop, but ends in a name, and
#: a line of dialogue may end in هنا or فقط (one such line may be a slip).
MIN_OPEN_ENDS = 2
#: A line of fewer words is a line of its own, open or not (a dateline, a date and time,
#: a heading: بغداد اليوم- بغداد، الخميس 27-11-2025 06:05 م).
MIN_WORDS = 5


def ends_open(line: str) -> bool:
    """Whether ``line`` ends in a word that ends no sentence (:data:`OPEN_WORDS`)."""
    words = normalise(line).split()
    return bool(words) and words[-1].strip("،,") in OPEN_WORDS


def soft_breaks(lines: list[str], kept: list[bool]) -> set[int]:
    """Indices ``i`` into ``lines`` whose line break is inside a paragraph of
    hard-wrapped text, so that line ``i + 1`` continues line ``i``. ``kept[i]``: line
    ``i`` is article text (not blank, not boilerplate). A break counts when both lines
    are kept; it is open when line ``i`` does not end as a paragraph may (:data:`_CLOSED`)
    line ``i`` has at least :data:`MIN_WORDS` words and line ``i + 1`` does not open a
    list item (:data:`_ITEM`). The document is hard-wrapped when :data:`MIN_OPEN` or
    more breaks, :data:`MIN_OPEN_SHARE` of them, are open, and at least
    :data:`MIN_OPEN_ENDS` open lines end in a word that ends no sentence
    (:data:`OPEN_WORDS`); then every open break is soft, but the first line's only when it
    too ends in such a word (else it is the headline). Otherwise,
    the empty set: every line is a paragraph, as in most copies of news pages."""
    breaks = [i for i in range(len(lines) - 1) if kept[i] and kept[i + 1]]
    if len(breaks) < MIN_OPEN:
        return set()
    open_ = [i for i in breaks if not _CLOSED.search(lines[i].rstrip())
             and not _ITEM.match(lines[i + 1]) and len(lines[i].split()) >= MIN_WORDS]
    if len(open_) < MIN_OPEN or len(open_) < MIN_OPEN_SHARE * len(breaks):
        return set()
    if sum(ends_open(lines[i]) for i in open_) < MIN_OPEN_ENDS:
        return set()
    # The first line of text is a headline unless it too was cut mid-sentence: a headline
    # ends in a name or a figure, not in في or أن.
    first = next(i for i in range(len(lines)) if kept[i])
    return {i for i in open_ if i != first or ends_open(lines[i])}
