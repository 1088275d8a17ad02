"""Words: proclitics (docs/arabic.md, *Clitics and tokenisation*) and stop words.

``وللحملة`` may be و + ل + الحملة: :func:`clitic_candidates` lists the readings,
:func:`strip_clitics` takes one only when the rest is a known word (so وزارة stays
whole); :func:`is_stop_word` tells function words (في، التي) from content words.
"""
from __future__ import annotations

from typing import Callable

from arabicstopwords import arabicstopwords as _stopwords

from .normalisation import normalise

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
    (docs/arabic.md, *Clitics and tokenisation*: a blind prefix strip breaks these).
    """
    for n, stem in clitic_candidates(word):
        if is_known(stem):
            return n, stem
    return 0, word


# --------------------------------------------------------------------------- stop words

def is_stop_word(norm: str) -> bool:
    """Whether a normalised token is an Arabic function word.

    Source: the Arabic Stop Words list (package ``arabic-stopwords``, Zerrouki), which
    lists affixed forms too; it is looked up in both its own and normalised spelling:
    في and التي (normalised) are stop words, منظمه is not.
    """
    return norm in STOP_WORDS


def _stop_words() -> frozenset[str]:
    words = set()
    for w in _stopwords.stopwords_list():
        words.add(w)
        words.add(normalise(w))
    return frozenset(words)


STOP_WORDS = _stop_words()
