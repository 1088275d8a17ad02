"""Which language an Arabic-script article is written in: Arabic, or Persian, Kurdish
or Urdu, whose letters and function words Arabic does not use (docs/arabic.md,
*Reading files*). khabar's word lists and rules are Arabic; an article in one of the
others is skipped with a message rather than analysed into empty or wrong tables.
"""
from __future__ import annotations

import re

#: Letters of the other languages written in Arabic script that Arabic itself does not
#: use: Kurdish (Sorani) ە ێ ۆ ڵ ڕ; Urdu ٹ ڈ ڑ ں ے ۓ; Persian (also Kurdish and Urdu)
#: پ چ ژ گ. Not ڤ or ڭ, which Maghreb Arabic writes for v and g in names. The zero width
#: non-joiner inside a word (می‌شود) is Persian spelling too.
LANGUAGE_LETTERS = (("Kurdish", "ەێۆڵڕ"), ("Urdu", "ٹڈڑںےۓ"), ("Persian", "پچژگ"))
_MARK = re.compile("[" + "".join(letters for _, letters in LANGUAGE_LETTERS)
                   + "]|(?<=\\w)\u200c(?=\\w)")
# Every match of _MARK holds one of these characters: a plain class search (about eight
# times faster than _MARK's, which tries its lookbehind at every character) settles the
# usual Arabic article, which has none.
_MARK_CHARS = re.compile("[" + "".join(letters for _, letters in LANGUAGE_LETTERS)
                         + "\u200c]")
#: Persian function words as Persian spells them (ک, ی): none is an Arabic word.
PERSIAN_WORDS = frozenset("است را این از برای می های که".split())
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
