"""Whether an Arabic-script article can be read as Arabic: its language (Arabic, or
Persian, Kurdish or Urdu, whose letters and function words Arabic does not use) and the
order of its letters (logical, or the visual order of a PDF's text copied as it is
drawn). docs/arabic.md, *Reading files*. khabar's word lists and rules are for Arabic in
logical order; an article that is not is skipped with a message rather than analysed
into empty or wrong tables.
"""
from __future__ import annotations

import re

from ..lexicon import load_lexicon

_OTHER = load_lexicon()["other_languages"]       # lexicon other_languages.tsv
#: Letters of the other languages written in Arabic script that Arabic itself does not
#: use, by language: Kurdish (Sorani), Urdu, then Persian (the letters all three share).
LANGUAGE_LETTERS = tuple((language, "".join(r.form for r in _OTHER
                                            if r.kind == "letter" and r.language == language))
                         for language in ("Kurdish", "Urdu", "Persian"))
#: The zero width non-joiner inside a word (می‌شود) is Persian spelling too.
_MARK = re.compile("[" + re.escape("".join(letters for _, letters in LANGUAGE_LETTERS))
                   + "]|(?<=\\w)\u200c(?=\\w)")
# Every match of _MARK holds one of these characters: a plain class search (about eight
# times faster than _MARK's, which tries its lookbehind at every character) settles the
# usual Arabic article, which has none.
_MARK_CHARS = re.compile("[" + "".join(letters for _, letters in LANGUAGE_LETTERS)
                         + "\u200c]")
#: Persian function words as Persian spells them (ک, ی): none is an Arabic word.
PERSIAN_WORDS = frozenset(r.form for r in _OTHER if r.kind == "word")
_WORD = re.compile("[\u0621-\u065f\u0671-\u06d3\u06d5\u200c]{2,}")
#: A text is in another language when at least this share of its Arabic-script words
#: carry such a letter or are such a word (an Arabic article that names a few Persian or
#: Kurdish places has a few per cent), over at least MIN_WORDS words.
SHARE = 0.2
MIN_WORDS = 12
#: Characters read from the start of a text (the language of a page does not change).
SAMPLE = 4000


def other_language(text: str) -> tuple[str, int, int] | None:
    """``(language, marked, words)`` when ``text`` (its first :data:`SAMPLE` characters)
    is written in Persian, Kurdish or Urdu rather than Arabic: ``marked`` of its
    ``words`` Arabic-script words carry a letter of :data:`LANGUAGE_LETTERS`, a non-joiner
    inside the word or are :data:`PERSIAN_WORDS`, at least :data:`SHARE` of them. The
    language is the one whose own letters are commonest, Persian when only the shared
    letters, the non-joiner or the function words show. None for Arabic (one regex
    search settles an article without any such letter)."""
    sample = text[:SAMPLE]
    if not _MARK_CHARS.search(sample) or not _MARK.search(sample):
        return None
    words = _WORD.findall(sample)
    marked = [w for w in words if w in PERSIAN_WORDS or _MARK.search(w)]
    if len(words) < MIN_WORDS or len(marked) < SHARE * len(words):
        return None
    joined = "".join(marked)
    count, language = max((sum(map(joined.count, letters)), name)
                          for name, letters in LANGUAGE_LETTERS[:2])
    return (language if count else "Persian"), len(marked), len(words)


def language_reason(text: str) -> str | None:
    """The reason an article in another Arabic-script language is skipped (see
    :func:`other_language`), or None for Arabic."""
    found = other_language(text)
    if found is None:
        return None
    language, marked, words = found
    return (f"is written in {language}, not Arabic ({marked} of its first {words} words "
            "have letters or words Arabic does not use); khabar's word lists and rules "
            "are for Arabic")


#: Letters that end Arabic words and never begin one: ة and ى. A text in visual order
#: (each line's letters as they are drawn, left to right: a PDF's text copied without
#: its logical order) writes every word backwards, so they begin its words instead.
_FINAL_ONLY = "ةى"
_ARABIC_WORD = re.compile("[\u0621-\u064a]{2,}")
#: In visual order, at least this many words begin with such a letter, and more than
#: twice as many as end with one (logical text: none begins with one, and about one
#: word in seven ends with one).
VISUAL_MIN_WORDS = 3


def visual_order(text: str) -> tuple[int, int] | None:
    """``(backwards, words)`` when ``text`` (its first :data:`SAMPLE` characters) is in
    visual order: ``backwards`` of its ``words`` Arabic words (two letters or more) begin
    with a letter of :data:`_FINAL_ONLY`, at least :data:`VISUAL_MIN_WORDS` of them and
    more than twice as many as end with one. None for text in logical order."""
    words = _ARABIC_WORD.findall(text[:SAMPLE])
    backwards = sum(w[0] in _FINAL_ONLY for w in words)
    forwards = sum(w[-1] in _FINAL_ONLY for w in words)
    if backwards < VISUAL_MIN_WORDS or backwards <= 2 * forwards:
        return None
    return backwards, len(words)


def order_reason(text: str) -> str | None:
    """The reason an article in visual order is skipped (see :func:`visual_order`), or
    None."""
    found = visual_order(text)
    if found is None:
        return None
    backwards, words = found
    return (f"has its Arabic letters in visual order, each word written backwards, as "
            f"text copied from a PDF often is ({backwards} of its first {words} words "
            "begin with ة or ى, letters that end Arabic words); give khabar the PDF "
            "itself, whose text it reads in logical order, or copy the text again")
