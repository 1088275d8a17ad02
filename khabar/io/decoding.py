"""Bytes to text: the encodings khabar reads, and the checks that a reading is plausible
(docs/arabic.md, *Reading files*)."""
from __future__ import annotations


import codecs
import re

import charset_normalizer

from .documents import WARNING, InputError

#: Encodings khabar reads besides UTF-8 and UTF-16 with a BOM. Arabic news text arrives
#: as UTF-8 (with or without BOM), UTF-16 and Windows-1256 (older Arabic sites and Excel
#: exports; docs/arabic.md, *Reading files*); ISO-8859-6 is the other legacy Arabic code page;
#: Windows-1252 (a superset of Latin-1's letters) is there so that a Latin-script file
#: is not read as Windows-1256 (l'Élysée as l'ةlysée). charset-normalizer chooses among
#: the single-byte ones; UTF-16 without a BOM is recognised by it too.
CANDIDATE_ENCODINGS = ["cp1256", "iso8859_6", "cp1252"]
UTF16_WITHOUT_BOM = ["utf_16_le", "utf_16_be"]


# --------------------------------------------------------------------------- decoding

_BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
]


def decode_bytes(data: bytes, source: str = "<bytes>", allow_nul: bool = False,
                 notes: list[str] | None = None) -> tuple[str, str]:
    """Decode an article's bytes; return ``(text, encoding)``, ``encoding`` a Python
    codec name (``utf-8``, ``utf-8-sig``, ``utf-16``, ``utf-16-le``, ``cp1256``, …).

    1. A BOM decides first (UTF-8, UTF-16 LE/BE).
    2. NUL bytes: UTF-16 without a BOM if charset-normalizer finds a plausible reading
       among :data:`UTF16_WITHOUT_BOM`; else binary data (unless ``allow_nul``: a table
       file checks its cells itself).
    3. Strict UTF-8.
    4. UTF-8 with a few invalid bytes: if there is at most one invalid byte per ten
       valid multi-byte characters (a stray byte in a UTF-8 article, not a legacy code
       page, where nearly every non-ASCII byte is invalid UTF-8), each run of invalid
       bytes becomes one U+FFFD and a warning naming the byte offsets is appended to
       ``notes``.
    5. charset-normalizer among :data:`CANDIDATE_ENCODINGS`; its readings are tried in
       its order, and one that fails :func:`check_plausible` or mixes an Arabic letter
       into a Latin word (mojibake) is never used while another reading is clean.

    Raises :class:`InputError` naming ``source`` for an empty file, binary data, bytes no
    candidate decodes and text that decodes to nonsense (:func:`check_plausible`).
    """
    if not data.strip():
        raise InputError(f"{source}: the file is empty")
    text = encoding = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                if codec == "utf-8-sig":
                    text = _utf8_with_replacements(data, 3, source, notes)
                if text is None:
                    raise InputError(f"{source}: starts with a {codec} byte-order mark "
                                     f"but is not valid {codec} ({exc.reason} at byte "
                                     f"offset {exc.start})") from None
            encoding = "utf-16" if codec == "utf-16" else "utf-8-sig"
            break
    if text is None and b"\x00" in data:
        text, encoding = _best_reading(data, UTF16_WITHOUT_BOM, source)
        if text is None and not allow_nul:
            raise InputError(f"{source}: binary data (NUL bytes), not a text article")
    if text is None:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            text, encoding = _utf8_with_replacements(data, 0, source, notes), "utf-8"
            if text is None:
                text, encoding = _best_reading(data, CANDIDATE_ENCODINGS, source)
            if text is None:
                raise InputError(f"{source}: not UTF-8 (the first invalid byte is at byte "
                                 f"offset {exc.start}), UTF-16 or a code page khabar reads "
                                 "(Windows-1256, ISO-8859-6, Windows-1252)") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    check_plausible(text, source)
    return text, encoding


_BAD_BYTES = re.compile("[\udc80-\udcff]+")     # invalid UTF-8 under surrogateescape
_NON_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")
_SHOWN_OFFSETS = 5


def _utf8_with_replacements(data: bytes, skip: int, source: str,
                            notes: list[str] | None) -> str | None:
    """``data[skip:]`` as UTF-8 with each run of invalid bytes replaced by one U+FFFD,
    if the invalid bytes are few (see :func:`decode_bytes`); else None. Appends a
    warning with the runs' byte offsets (into ``data``) and character offsets (into the
    returned text) to ``notes``."""
    escaped = data[skip:].decode("utf-8", "surrogateescape")
    runs = list(_BAD_BYTES.finditer(escaped))
    # At most one invalid byte per ten valid multi-byte characters: a legacy code page
    # (Windows-1256) gives a few valid pairs by chance (ع، reads as ڡ) among hundreds
    # of invalid bytes.
    bad = sum(len(m.group()) for m in runs)
    if not runs or 10 * bad > len(_NON_ASCII.findall(escaped)):
        return None
    byte_at, char_at, prev, removed = [], [], 0, 0
    byte_pos = skip
    for m in runs:
        byte_pos += len(escaped[prev:m.start()].encode("utf-8", "surrogateescape"))
        byte_at.append(byte_pos)
        char_at.append(m.start() - removed)
        byte_pos += len(m.group())
        removed += len(m.group()) - 1
        prev = m.end()
    if notes is not None:
        more = ", …" if len(runs) > _SHOWN_OFFSETS else ""
        shown = lambda xs: ", ".join(map(str, xs[:_SHOWN_OFFSETS])) + more  # noqa: E731
        notes.append(f"{WARNING}{len(runs)} run(s) of bytes that are not valid UTF-8, at "
                     f"byte offset(s) {shown(byte_at)}; each is read as one U+FFFD "
                     f"(character offset(s) {shown(char_at)}), the rest as UTF-8")
    return _BAD_BYTES.sub("\ufffd", escaped)


def _decode_or_none(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


# An Arabic letter written against a Latin one inside a word: what a Latin-script text
# read with an Arabic code page looks like (l'ةlysée), and not how Arabic text is typed.
_MIXED_WORD = re.compile("[A-Za-z\u00C0-\u024F][\u0621-\u064A]"
                         "|[\u0621-\u064A][A-Za-z\u00C0-\u024F]")


def _best_reading(data: bytes, encodings: list[str], source: str
                  ) -> tuple[str | None, str | None]:
    """``(text, codec name)`` of charset-normalizer's first reading of ``data`` among
    ``encodings`` that passes :func:`check_plausible`, preferring fewer mixed-script
    words and more Arabic or basic Latin letters; ``(None, None)`` if none passes."""
    best = None
    readings = [(m.encoding, str(m)) for m in
                charset_normalizer.from_bytes(data, cp_isolation=encodings)]
    if not readings:
        # charset-normalizer gives up on a few bytes (“من, three of them): each candidate
        # is tried as it is, under the same checks.
        readings = [(enc, _decode_or_none(data, enc)) for enc in encodings]
    for rank, (name, text) in enumerate(readings):
        if text is None:
            continue
        try:
            check_plausible(text.lstrip("\ufeff"), source)
        except InputError:
            continue
        if _utf8_read_as_code_page(text):    # past the sample too: a file of two encodings
            continue
        # Fewest mixed-script words, then most letters Arabic or basic Latin (a short
        # Windows-1256 text read as Windows-1252 gives Ýí), then charset-normalizer's order.
        sample = text[:_SAMPLE]
        letters = _count(_LETTER_RUN, sample)
        known = _count(_ARABIC_LETTER_RUN, sample) + len(_LATIN_LETTER.findall(sample))
        share = min(1.0, round(known / max(letters, 1), 3))   # harakat count as Arabic
        key = (len(_MIXED_WORD.findall(text)), -share, rank)
        if best is None or key < best[0]:
            best = (key, text, codecs.lookup(name).name)
    return (None, None) if best is None else best[1:]


def _utf8_read_as_code_page(text: str) -> bool:
    """Whether ``text`` looks like UTF-8 Arabic decoded as Windows-1256 or ISO-8859-6.

    Every Arabic letter in UTF-8 starts with the byte D8 or D9, which those code pages
    read as ط and ظ (Windows-1256) or ظ and ع (ISO-8859-6): the mojibake has one of them
    on about every other letter, where Arabic prose has ط and ظ on under 2 % of its
    letters and ع on about 4 % (docs/arabic.md, "Reading files": Encodings). More than a quarter of
    at least 20 Arabic letters is taken as that mojibake."""
    lead = text.count("ط") + text.count("ظ") + text.count("ع")
    # Fast path: six common letters are Arabic letters, so when they alone number four
    # times the lead letters, so do all Arabic letters and the answer is no (under 20
    # Arabic letters it is no anyway), without counting every letter: a regex pass over
    # the whole article. That is every real Arabic article; mojibake has few of them (its
    # second bytes read as symbols and rarer letters). The parent process paid 0.78 s
    # for 1,000 articles in this count, a worker as much again (the plain twin below; a
    # test holds them equal).
    common = sum(map(text.count, _COMMON_ARABIC))
    if common >= 4 * lead:
        return False
    return _utf8_read_as_code_page_plain(text, lead)


#: Frequent Arabic letters (ا ل ي م و ن), all in :data:`_ARABIC_LETTER`.
_COMMON_ARABIC = "\u0627\u0644\u064a\u0645\u0648\u0646"


def _utf8_read_as_code_page_plain(text: str, lead: int | None = None) -> bool:
    # The rule as stated in _utf8_read_as_code_page's docstring, counting every letter.
    arabic = _count(_ARABIC_LETTER_RUN, text)
    if arabic < 20:
        return False
    if lead is None:
        lead = text.count("ط") + text.count("ظ") + text.count("ع")
    return lead / arabic > 0.25


# Letters of scripts an Arabic article may contain; anything else in bulk is mojibake.
_ARABIC_LETTER = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_LETTER = re.compile(r"[^\W\d_]")
_WORD_CHAR = re.compile(r"[^\W_\u0640]")   # a letter or digit (not harakat, not tatweel)
_SAMPLE = 4000   # characters read by the script checks of check_plausible
# The same classes as runs, for counting (_count): about 2.5x faster than findall on
# Arabic text, measured on 1,000 article samples (0.30 -> 0.13 s, 0.26 -> 0.07 s).
_LETTER_RUN = re.compile(f"(?:{_LETTER.pattern})+")
_ARABIC_LETTER_RUN = re.compile(f"(?:{_ARABIC_LETTER.pattern})+")


def _count(runs: re.Pattern, text: str) -> int:
    """How many characters of ``text`` the character class of ``runs`` (a ``(?:[…])+``
    pattern) matches: the length removed by deleting its runs, in C, with no match
    objects (the plain twin is ``len(class.findall(text))``; a test holds them equal)."""
    return len(text) - len(runs.sub("", text))
_C0_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_C1_CONTROL = re.compile(r"[\x80-\x9f]")


def check_plausible(text: str, source: str = "<text>") -> None:
    """Raise :class:`InputError` if ``text`` does not look like a decoded article.

    Rules: at least one letter or digit (a file of harakat or punctuation alone is not
    an article); no U+FFFD replacement characters in bulk (more than 1 % of characters); in
    the first 4,000 characters, no more than 5 % C0 control characters (binary data), no
    more than 1 % C1 controls, and at least 30 % of letters Arabic or basic Latin
    (mojibake of Arabic read as Latin-1/CP1252 gives letters like ÇáÚÑÈíÉ and C1
    controls).
    """
    _check_counts(len(text), bool(text.strip()), bool(_WORD_CHAR.search(text)),
                  text.count("\ufffd"), source)
    _check_sample(text[:_SAMPLE], source)


def _check_counts(n: int, not_blank: bool, has_word: bool, replacements: int,
                  source: str) -> None:
    # The rules of check_plausible that count over the whole text (n characters).
    if n == 0 or not not_blank:
        raise InputError(f"{source}: the file is empty")
    if not has_word:
        # Only harakat, tatweel, punctuation or symbols: nothing to tokenise as a word.
        raise InputError(f"{source}: has no letters or digits (only marks, punctuation "
                         "or symbols), not an article")
    if replacements > max(1, n // 100):
        raise InputError(f"{source}: decodes with many replacement characters (U+FFFD)")


def _check_sample(sample: str, source: str) -> None:
    # The rules of check_plausible read on the text's first _SAMPLE characters: a wrong
    # decoding spoils a whole file alike.
    m = len(sample)
    if len(_C0_CONTROL.findall(sample)) > m // 20:
        raise InputError(f"{source}: binary data (control characters), not a text article")
    if _utf8_read_as_code_page(sample):
        raise InputError(f"{source}: decodes to UTF-8 Arabic read as a single-byte code page "
                         "(ط, ظ or ع on about every other letter); the encoding could not "
                         "be recognised")
    if _nonsense(sample):
        script = _other_script(sample)
        if script:
            raise InputError(f"{source}: is written in {script} script, not Arabic "
                             "(khabar reads Arabic news, and the Latin-script words in it)")
        damage = _mojibake(sample)
        if damage:
            raise InputError(f"{source}: decodes to nonsense: mojibake of {damage}; save "
                             "the article again from its original file or page")
        raise InputError(f"{source}: decodes to nonsense (mostly letters of other "
                         "scripts); the encoding could not be recognised")


#: The double decodings that turn Arabic into Latin letters (docs/arabic.md, "Reading
#: files"): (the code page the bytes were shown in, the encoding they were written in,
#: what the message says).
_MOJIBAKE = (("cp1252", "utf-8", "Arabic written in UTF-8, read as Windows-1252 and saved "
              "again (Ø§Ù„ for ال)"),
             ("latin-1", "utf-8", "Arabic written in UTF-8, read as Latin-1 and saved again"),
             ("cp1252", "cp1256", "Arabic written in Windows-1256, read as Windows-1252 and "
              "saved again (ÇáÚÑÈíÉ for العربية)"),
             ("latin-1", "cp1256", "Arabic written in Windows-1256, read as Latin-1 and "
              "saved again"))


def _mojibake(sample: str) -> str | None:
    """What double decoding made ``sample`` (a text that decodes to nonsense), if undoing
    one of :data:`_MOJIBAKE` gives text of mostly Arabic letters; else None. Only for
    the message: the text is not repaired (the article as read is what the offsets
    point into)."""
    for shown, written, what in _MOJIBAKE:
        try:
            # A sample may end inside a UTF-8 sequence: the last bytes may be cut.
            undone = sample.encode(shown).decode(written, errors="ignore")
        except UnicodeError:
            continue
        letters = _count(_LETTER_RUN, undone)
        if letters and 2 * _count(_ARABIC_LETTER_RUN, undone) > letters:
            return what
    return None


#: Scripts whose letters come only from text written in them: no code page khabar tries
#: (Windows-1256, ISO-8859-6, Windows-1252) turns Arabic bytes into these, so a sample
#: made of them is an article in another language, not a wrong decoding.
_OTHER_SCRIPTS = {"HEBREW": "Hebrew", "CYRILLIC": "Cyrillic", "GREEK": "Greek",
                  "CJK": "Chinese (CJK)", "HIRAGANA": "Japanese", "KATAKANA": "Japanese",
                  "HANGUL": "Korean", "DEVANAGARI": "Devanagari", "THAI": "Thai",
                  "ARMENIAN": "Armenian", "GEORGIAN": "Georgian", "ETHIOPIC": "Ethiopic",
                  "BENGALI": "Bengali", "TAMIL": "Tamil"}


def _other_script(sample: str) -> str | None:
    """The script of :data:`_OTHER_SCRIPTS` that at least half of ``sample``'s letters
    are written in (the first word of each letter's Unicode name), with at most 1 %
    C1 controls (more is mojibake), else None."""
    import unicodedata
    from collections import Counter

    if len(_C1_CONTROL.findall(sample)) > len(sample) // 100:
        return None
    letters = _LETTER.findall(sample)
    scripts = Counter(unicodedata.name(c, "? ?").split()[0] for c in letters)
    top = scripts.most_common(1)
    if not top or top[0][0] not in _OTHER_SCRIPTS or 2 * top[0][1] < len(letters):
        return None
    return _OTHER_SCRIPTS[top[0][0]]


def _nonsense(sample: str) -> bool:
    """Whether more than 1 % of ``sample`` is C1 controls, or under 30 % of its letters
    are Arabic or basic Latin (the rule of :func:`check_plausible`)."""
    m = len(sample)
    # Fast path: six common Arabic letters are known letters, and the letters are at most
    # the characters that are not spaces or newlines, so when those six alone make 30 % of
    # the latter the share holds without counting every letter (two regex passes): every
    # Arabic article. 0.26 s of reading 1,000 articles went into those passes, paid again
    # by the worker that reads each article for analysis (the plain twin below; a test
    # holds them equal).
    common = sum(map(sample.count, _COMMON_ARABIC))
    if common and common >= 0.3 * (m - sample.count(" ") - sample.count("\n")):
        return len(_C1_CONTROL.findall(sample)) > m // 100
    return _nonsense_plain(sample)


def _nonsense_plain(sample: str) -> bool:
    m = len(sample)
    letters = _count(_LETTER_RUN, sample)
    # C1 controls (U+0080–U+009F) only appear when bytes were decoded with the wrong
    # single-byte code page: UTF-8 Arabic read as Latin-1 is full of them.
    if letters or _C1_CONTROL.search(sample):
        known = _count(_ARABIC_LETTER_RUN, sample) + len(_LATIN_LETTER.findall(sample))
        return len(_C1_CONTROL.findall(sample)) > m // 100 or known / max(letters, 1) < 0.3
    return False


#: Bytes read at a time by :func:`utf8_stream_encoding` (256 KiB: its memory, whatever the
#: file's size).
_CHUNK = 1 << 18


def utf8_stream_encoding(path, source: str) -> str | None:
    """``"utf-8"`` or ``"utf-8-sig"`` (a UTF-8 byte-order mark) if the file at ``path``
    is strict UTF-8 throughout, holds no NUL byte and its text passes
    :func:`check_plausible`: what :func:`decode_bytes` would return as its encoding,
    found by decoding the file 256 KiB at a time, so a table file of any size can
    then be read row by row. ``None`` for any other file (another encoding, a NUL byte,
    invalid bytes, an empty file), which :func:`decode_bytes` then reads whole and
    judges. Raises :class:`InputError` naming ``source`` when the text is UTF-8 but
    fails :func:`check_plausible`, with its message; ``OSError`` if it cannot be read."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    n = replacements = 0
    not_blank = has_word = False
    sample, encoding = "", None
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            if encoding is None:
                encoding = "utf-8-sig" if chunk.startswith(codecs.BOM_UTF8) else "utf-8"
            if b"\x00" in chunk:
                return None
            try:
                text = decoder.decode(chunk)
            except UnicodeDecodeError:
                return None
            if not n:   # decode_bytes drops the byte-order mark, and one U+FEFF after it
                text = text[1:] if encoding == "utf-8-sig" else text
                text = text[1:] if text.startswith("\ufeff") else text
            if len(sample) < _SAMPLE:
                sample += text[:_SAMPLE - len(sample)]
            n += len(text)
            replacements += text.count("\ufffd")
            not_blank = not_blank or (bool(text) and not text.isspace())  # no copy
            has_word = has_word or bool(_WORD_CHAR.search(text))
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return None            # cut inside a character at the end
    if not not_blank:
        return None            # decode_bytes says the file is empty
    _check_counts(n, not_blank, has_word, replacements, source)
    _check_sample(sample, source)
    return encoding
