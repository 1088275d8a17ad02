"""Boilerplate lines and sentence splitting (docs/arabic.md, *Reading files*).

:func:`is_boilerplate` tells a web copy's extra lines ("Videos by VICE", "اقرأ أيضاً: …")
from the article; :func:`split_sentences` cuts a paragraph at . ! ? ؟ ؛ … but not inside
1.22, after د. or U.S., or inside a quotation («هذا كثير. جداً»).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

import numpy as np

from ..lexicon import load_lexicon
from .normalisation import normalise
from .tokens import address_spans
from .wrapping import ends_open

#: Whole lines that web copies of articles carry and that are not the article
#: (docs/arabic.md, *Reading files*): embedded-video credits, "read also", share and
#: follow buttons, advertisement labels, comment forms, bylines, mastheads, photo
#: credits. Matched against the normalised, stripped line.
BOILERPLATE_PATTERNS = [r.pattern for r in load_lexicon()["boilerplate"]]   # boilerplate.tsv
_BOILERPLATE = re.compile(r"(?:" + "|".join(BOILERPLATE_PATTERNS) + r")[\s.:!…]*",
                         re.IGNORECASE)
_BOILERPLATE_MAX_WORDS = 8
#: News-agency credits by their letters (lexicon agency_credits.tsv: د ب أ → دبا): a line
#: of one is the story's credit, though it has the shape of an editor's initials.
_AGENCY_CREDITS = frozenset(normalise(r.form).replace(" ", "")
                            for r in load_lexicon()["agency_credits"])
#: A pattern ending in ".*" is a cue that a headline or sentence follows ("اقرأ أيضاً:
#: <headline>"): its line may have up to _CUE_MAX_WORDS words (boilerplate.tsv).
_CUE_PATTERNS = [p for p in BOILERPLATE_PATTERNS if p.endswith(".*")]
_CUE = re.compile(r"(?:" + "|".join(_CUE_PATTERNS) + r")[\s.:!]*", re.IGNORECASE)
_CUE_MAX_WORDS = 24
#: The cue is read from a prefix of the line this long (normalising a whole long
#: paragraph only to find it is article text would cost a pass per paragraph).
_CUE_PREFIX = 40
#: A rule of a style sheet or script (``.box{margin-top: 20px;}``, ``#id { width: 100%; }``):
#: a line holding one and no Arabic letter is page code leaked into the text, never
#: article text.
_CODE_LINE = re.compile(r"\{[^{}]*[\w-]\s*:[^{}]*[;}]")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
#: A line of a licence, copyright or terms notice in Latin script (a web font's licence
#: copied with the page, "Copyright 2024 …"): with no Arabic letter, never the article.
_LEGAL_LINE = re.compile(r"\b(?:copyright|all rights reserved|licen[cs]ed under|terms of "
                         r"(?:use|service)|privacy policy)\b", re.IGNORECASE)
#: A letter or a digit of any script: a line without one (a lone "-", "***", "•", an
#: emoji) holds no article text.
_WORD_CHAR = re.compile(r"[^\W_]")


#: Sentence-final marks: . ? ! and the Arabic question mark and semicolon, and the
#: ellipsis; a line break also ends a sentence (paragraphs are lines).
SENTENCE_END_MARKS = ".!?؟؛…"
_QUOTE_MARKS = '“«"”»'
_CLOSERS = "”»\"'’)"
_PAIRS = {"“": "”", "«": "»", '"': '"'}
#: Marks that web copy of right-to-left text often uses the other way round (”…“ and
#: »…«, docs/arabic.md, *Quotes and attribution*): such a mark opens a quotation only
#: where it stands before a word and after a space or punctuation.
_REVERSED_PAIRS = {"”": "“", "»": "«"}
#: Abbreviations after which "." does not end a sentence.
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")  # U.S. / U.N. / J. Smith
#: A word of two or more Arabic letters or a number, then a dot glued to the next
#: Arabic word: web copy that lost the space after a full stop (في عام 2021.وجاء في
#: البيان). Single letters (أ.ف.ب، ج.م، د.جبريل) are abbreviations, not sentence ends.
_GLUED_END = re.compile(r"(?:[\u0621-\u064a\u0660-\u0669]{2,}|\d{2,})[”»“«\"')]*$")
#: An Arabic domain suffix glued after a dot, then no more letters: the name of a news
#: site (العربية.نت، الجزيرة.نت، مصراوي.كوم), one word, not a full stop lost its space.
_DOMAIN_TAIL = re.compile(r"(?:نت|كوم|أورغ|اورغ|أورج|اورج|إنفو|انفو)(?![\u0621-\u064a])")
ABBREVIATIONS = frozenset({"د", "ا.د", "أ.د", "إ.د", "Mr", "Mrs", "Ms", "Dr", "Prof", "Inc",
                           "Ltd", "Co", "Corp", "St", "vs", "etc", "No", "Jr", "Sr"})


def is_boilerplate(line: str) -> bool:
    """Whether a whole line is web boilerplate (see :data:`BOILERPLATE_PATTERNS`):
    ``"Videos by VICE"``, ``"اقرأ أيضاً: أمازون تفوز بعقد"``, ``"شارك المقال"``, and a
    line with no letter or digit at all (``"-"``, ``"***"``).

    A line of page code (a style-sheet rule, :data:`_CODE_LINE`) or a licence or copyright
    notice (:data:`_LEGAL_LINE`) with no Arabic letter is boilerplate whatever its length.
    Otherwise a boilerplate line has at most :data:`_BOILERPLATE_MAX_WORDS` words once
    normalised,
    or at most :data:`_CUE_MAX_WORDS` if it starts with a cue that a headline follows
    (a pattern ending in ``.*``: "اقرأ أيضاً: <headline>"). A line with more than four
    times as many spaces is article text without being normalised (this rule is part of
    the definition: the same test after normalising would differ on lines padded with
    runs of spaces; it also spares normalising every paragraph, 29.7 % of analyse +
    tokens table on 300 distinct articles, 2026-12-01); a line with more spaces than
    four times the short limit is normalised only if its first characters hold a cue.
    """
    if ("{" in line and _CODE_LINE.search(line) or _LEGAL_LINE.search(line)) and \
            not _ARABIC_LETTER.search(line):
        return True
    spaces = line.count(" ")
    if spaces > 4 * _BOILERPLATE_MAX_WORDS:
        if spaces > 4 * _CUE_MAX_WORDS or not _CUE.match(
                normalise(line.lstrip()[:_CUE_PREFIX])):
            return False
    s = normalise(line).strip()
    if not s:
        return False
    if not _WORD_CHAR.search(s):
        return True
    words = len(s.split())
    if words <= 3 and s.replace(" ", "").replace(".", "") in _AGENCY_CREDITS:
        return False        # د ب أ alone under a headline: an agency's credit, not initials
    if words <= _BOILERPLATE_MAX_WORDS:
        return _BOILERPLATE.fullmatch(s) is not None
    return words <= _CUE_MAX_WORDS and _CUE.fullmatch(s) is not None


#: Bullets a site's navigation menu puts before its items (not the hyphen or asterisk,
#: which articles use for their own lists).
MENU_BULLETS = "•●▪◦►■◆▸"
#: One menu item: a bullet, then one to three words of letters (no digit: a fact box
#: item such as "• 20 مليون دولار" is article text).
_MENU_ITEM = re.compile(rf"[{MENU_BULLETS}]\s*[^\W\d_]+(?:\s+[^\W\d_]+){{0,2}}\s*")
#: Fewer items in a row are a short list of the article's own.
MENU_MIN_ITEMS = 3


def menu_lines(lines: list[str]) -> set[int]:
    """Indices into ``lines`` of a site's navigation menu copied with the page: runs of
    at least :data:`MENU_MIN_ITEMS` consecutive lines (blank lines between them allowed)
    that are each one bulleted item of one to three words (``• محليات``, ``• عربي
    دولي``, ``• تلفزيون صدى الشعب``; docs/arabic.md, *Reading files*). A run of two, a
    hyphen list or an item with a digit stays article text."""
    return _runs(lines, lambda s: s[:1] in MENU_BULLETS and bool(_MENU_ITEM.fullmatch(s)),
                 MENU_MIN_ITEMS)


#: A repeated line is a copy's artefact only when it has at least this many words: a
#: one- or two-word line (a label, a number, «الله أكبر» in a chant) may recur as text.
REPEAT_MIN_WORDS = 3


def repeated_lines(lines: list[str]) -> set[int]:
    """Indices into ``lines`` of a line that repeats an earlier line word for word
    (whitespace aside) and has at least :data:`REPEAT_MIN_WORDS` words: a web copy's
    headline given twice or three times (the page title, the ``<h1>``, a share card), or
    a paragraph pasted twice. The first copy stays article text; the later ones are
    boilerplate, so an organisation in the headline is one mention, not one per copy
    (docs/arabic.md, *Reading files*)."""
    seen: set[str] = set()
    found: set[int] = set()
    for i, line in enumerate(lines):
        words = line.split()
        if len(words) < REPEAT_MIN_WORDS:
            continue
        key = " ".join(words)
        if key in seen:
            found.add(i)
        seen.add(key)
    return found


def _runs(lines: list[str], is_item, min_items: int) -> set[int]:
    """Indices into ``lines`` of the runs of at least ``min_items`` consecutive non-blank
    lines for which ``is_item(stripped line)`` holds; a blank line neither ends nor
    extends a run (a menu or ticker copied with a blank line between its items)."""
    found: set[int] = set()
    run: list[int] = []
    for i, line in enumerate(lines + [""]):
        stripped = line.strip()
        if not stripped and i < len(lines):
            continue
        if stripped and is_item(stripped):
            run.append(i)
            continue
        if len(run) >= min_items:
            found.update(run)
        run = []
    return found


#: Currency words (lexicon currency_forms.tsv, normalised) for the exchange-rate ticker.
_CURRENCY_WORDS = frozenset(normalise(r.form) for r in load_lexicon()["currency_forms"])
#: One line of an exchange-rate ticker: a number (no word of scale), a currency word, at
#: most one word after it (its country adjective: 4.74 جنيه إسترليني), or the currency
#: first (جنيه إسترليني 4.74); the number may be glued to the word (4.74جنيه إسترليني،
#: يورو3.75), as a page's ticker cells run together when copied.
_RATE_LINE = re.compile(r"[-–•]?\s*(?:\d+(?:[.,٫]\d+)?\s*(?P<after>[^\W\d]+)(?:\s+\S+)?"
                        r"|(?P<before>[^\W\d]+)(?:\s+[^\W\d]+)?\s*\d+(?:[.,٫]\d+)?)\s*")
#: Fewer such lines in a row are a fact box of the article's own.
RATE_MIN_LINES = 3


def rate_ticker_lines(lines: list[str]) -> set[int]:
    """Indices into ``lines`` of a site's exchange-rate ticker copied with the page: runs
    of at least :data:`RATE_MIN_LINES` consecutive lines (blank lines between them
    allowed) that are each a number, a currency word and at most its country adjective
    (``3.49 دولار أمريكي``, ``4 يورو``; docs/arabic.md, *Reading files*). Such a line
    has no word of scale (مليون) and no verb: read as article text it gives funding
    figures of a few units of a currency. Two such lines, or a figure with a word of
    scale (``• 20 مليون دولار``), stay article text."""
    def is_rate(stripped: str) -> bool:
        m = _RATE_LINE.fullmatch(normalise(stripped)) if len(stripped) < 40 else None
        return bool(m) and (m["after"] or m["before"]) in _CURRENCY_WORDS

    return _runs(lines, is_rate, RATE_MIN_LINES)


#: What separates the headlines of a ticker line: a run of three or more spaces or
#: no-break spaces (an article's own text has at most a double space; tabs are left
#: out: a table copied from a page has them between its cells).
_TICKER_GAP = re.compile(r"[ \u00a0]{3,}")
#: A ticker line has at least this many headlines, each of TICKER_MIN_WORDS to
#: TICKER_MAX_WORDS words (a row of short table cells is not one).
TICKER_MIN_ITEMS = 3
TICKER_MIN_WORDS = 3
TICKER_MAX_WORDS = 30
_ENDS_SENTENCE = re.compile(r"[.!?؟…][”»\"')]*$")


def is_headline_ticker(line: str) -> bool:
    """Whether ``line`` is a strip of other articles' headlines copied with the page
    (a news ticker or a "latest news" bar): at least :data:`TICKER_MIN_ITEMS` pieces
    separated by runs of three or more spaces, each of :data:`TICKER_MIN_WORDS` to
    :data:`TICKER_MAX_WORDS` words, and at most a quarter of them ending as a sentence
    ends (headlines have no final full stop; paragraphs run together with wide gaps
    end in one). Its names and figures belong to other stories (docs/arabic.md,
    *Reading files*)."""
    if "   " not in line and "\u00a0" not in line:
        return False
    pieces = [p for p in _TICKER_GAP.split(line.strip()) if p]
    if len(pieces) < TICKER_MIN_ITEMS:
        return False
    if any(not TICKER_MIN_WORDS <= len(p.split()) <= TICKER_MAX_WORDS for p in pieces):
        return False
    return 4 * sum(1 for p in pieces if _ENDS_SENTENCE.search(p)) <= len(pieces)


#: Headings after which a web copy holds readers' comments (lexicon page_sections.tsv).
COMMENT_HEADINGS = frozenset(normalise(r.form) for r in load_lexicon()["page_sections"]
                             if r.role == "comments")
_HEADING_TAIL = re.compile(r"[\s\d():.\-–]*$")
#: A count before a comments heading (6 تعليقات: the heading of the list, the count first).
_HEADING_HEAD = re.compile(r"^[\s\d():.\-–]*")


def comments_start(lines: list[str]) -> int | None:
    """The index into ``lines`` of a heading of readers' comments (:data:`COMMENT_HEADINGS`,
    a whole line, with a count or colon after it: ``تعليقات الزوار (3)``, or a count
    before it: ``6 تعليقات``) in the second
    half of the text, by characters; every line from it on is the comments, not the
    article. None when there is none. A heading in the first half (a comment count under
    the headline) ends nothing (docs/arabic.md, *Reading files*)."""
    half = sum(len(line) + 1 for line in lines) / 2
    pos = 0
    for i, line in enumerate(lines):
        if pos >= half and len(line) < 40:
            key = _HEADING_HEAD.sub("", _HEADING_TAIL.sub("", normalise(line).strip()))
            if key in COMMENT_HEADINGS:
                return i
        pos += len(line) + 1
    return None


#: Headings of a list of related stories (lexicon page_sections.tsv, role related): the
#: headline-shaped lines after one are that list (:func:`related_lists`).
RELATED_HEADINGS = frozenset(normalise(r.form) for r in load_lexicon()["page_sections"]
                             if r.role == "related")
#: Labels of a page's tags alone on their line (lexicon page_sections.tsv, role tags:
#: الوسوم، كلمات مفتاحية): the tags after them are listed as related headlines are.
TAG_HEADINGS = frozenset(normalise(r.form) for r in load_lexicon()["page_sections"]
                         if r.role == "tags")
#: Headings of a strip of other stories' headlines (lexicon page_sections.tsv); a
#: related-stories heading may head a strip too.
HEADLINE_HEADINGS = frozenset(normalise(r.form) for r in load_lexicon()["page_sections"]
                              if r.role == "headlines") | RELATED_HEADINGS
#: A strip after such a heading has at least this many words: several headlines run
#: together (an article's own headline after a label such as عاجل is shorter).
STRIP_MIN_WORDS = 20
#: Punctuation that an article's paragraph of STRIP_MIN_WORDS words or more has (a
#: full stop, a comma of either script, a semicolon): headlines have none.
_PARAGRAPH_MARK = re.compile(r"[.،,؛!?؟…]")


def headline_strips(lines: list[str]) -> set[int]:
    """Indices into ``lines`` of strips of other stories' headlines that follow their
    heading (:data:`HEADLINE_HEADINGS`: آخر الأخبار، الأكثر قراءة, a whole line, with a
    colon or count after it): the next non-blank line, when it has at least
    :data:`STRIP_MIN_WORDS` words and no full stop, comma or semicolon (headlines run
    together with single spaces, which :func:`is_headline_ticker` cannot split). A
    line with punctuation after the heading, or a short one, stays article text
    (docs/arabic.md, *Reading files*)."""
    found: set[int] = set()
    heading = False
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if (heading and len(stripped.split()) >= STRIP_MIN_WORDS
                and not _PARAGRAPH_MARK.search(stripped)):
            found.add(i)
        heading = (len(stripped) < 40
                   and _HEADING_TAIL.sub("", normalise(stripped)).strip() in HEADLINE_HEADINGS)
    return found


#: A line of a related-stories list has at most this many words (a headline); a longer
#: line is the article again.
RELATED_MAX_WORDS = 18
#: How a line of the article's own prose ends: a single full stop (a headline may end in
#: «..», a pause), an exclamation mark, or a comma or colon that runs on.
_PROSE_END = re.compile(r"(?:(?<!\.)\.|[!:،,])[”»\"')]*$")
#: A teaser cut short: a line ending in an ellipsis (... or …) right after a word.
_TEASER_END = re.compile(r"[^\W\d_](?:\.{3,}|…)$")


def _heading_key(line: str) -> str:
    """A heading line normalised, without a count, colon or bullet around it."""
    return _HEADING_HEAD.sub("", _HEADING_TAIL.sub("", normalise(line).strip()))


def related_lists(lines: list[str]) -> set[int]:
    """Indices into ``lines`` of the headlines listed after a heading of related stories
    (:data:`RELATED_HEADINGS`: أخبار مشابهة، اقرأ أيضاً، مقالات ذات صلة, a whole line):
    the run of lines after it, boilerplate lines and blank lines passed over, that each
    read as a headline (at most :data:`RELATED_MAX_WORDS` words, not ending as prose ends,
    :data:`_PROSE_END`) or as the teaser of one, cut short with an ellipsis whatever its
    length (:data:`_TEASER_END`). The first line of prose ends the list: a box of one headline in
    the middle of an article gives the article back (docs/arabic.md, *Reading files*).
    Their names and figures belong to other stories. A label of the page's tags alone on
    its line (:data:`TAG_HEADINGS`: الوسوم، كلمات مفتاحية) heads its tags the same way, one
    per line or run together, and is returned with them: tags are the page's index, not
    the article's mentions."""
    found: set[int] = set()
    listing = False
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        key = _heading_key(stripped) if len(stripped) < 40 else ""
        if key in RELATED_HEADINGS or key in TAG_HEADINGS:
            listing = True
            if key in TAG_HEADINGS:
                found.add(i)
        elif listing and (_TEASER_END.search(stripped) or (
                len(stripped.split()) <= RELATED_MAX_WORDS
                and not _PROSE_END.search(stripped))):
            found.add(i)
        elif listing and not is_boilerplate(stripped):
            listing = False
    return found


#: A page may open with a strip of other stories' headlines, one a line and with no
#: heading, before the article: at least this many lines in a row. An article's own
#: headline, subheading and date line make three or four.
TOP_HEADLINES_MIN = 6


def _reads_as_headline(line: str) -> bool:
    # A line ending in a word that ends no sentence (في، أن: lexicon open_words.tsv) was
    # cut where it ran out: no headline.
    return len(line.split()) <= RELATED_MAX_WORDS and not _PROSE_END.search(line) \
        and not _ENDS_SENTENCE.search(line) and not ends_open(line)


def top_headlines(lines: list[str]) -> set[int]:
    """Indices into ``lines`` of a strip of other stories' headlines that opens the page
    with no heading: at least :data:`TOP_HEADLINES_MIN` lines before the article's first
    line of prose, in a row (blank and boilerplate lines passed over), each reading as
    a headline (at most :data:`RELATED_MAX_WORDS` words, no full stop or other end of a
    sentence, no comma or colon at its end, no word that ends no sentence at its end:
    :func:`khabar.text.wrapping.ends_open`), and the line of prose after them longer than
    any of them (a paragraph wrapped at a width ends in a shorter line, a page's article
    in a paragraph). :func:`khabar.text.article.analyse` applies
    it only to a text that is not hard-wrapped. A shorter run is the article's own headline,
    subheading and date line, and stays (docs/arabic.md, *Reading files*)."""
    run: list[int] = []
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or is_boilerplate(stripped):
            continue
        if not _reads_as_headline(stripped):
            # The prose that follows a strip is a paragraph, longer than any headline; the
            # last line of a paragraph wrapped at a width is shorter than the lines above.
            longest = max((len(lines[k].strip()) for k in run), default=0)
            if len(run) >= TOP_HEADLINES_MIN and len(stripped) > longest:
                return set(run)
            return set()
        run.append(i)
    return set()


#: Labels of a byline whose name a page puts on the next line (lexicon page_sections.tsv,
#: role byline: الكاتب:، إعداد:، بقلم:).
BYLINE_LABELS = frozenset(normalise(r.form) for r in load_lexicon()["page_sections"]
                          if r.role == "byline")
#: A person's name, or two joined by و, under a byline label: one to
#: :data:`BYLINE_NAME_MAX_WORDS` words of letters (a title's dot, د., allowed), no digit
#: and no other mark.
_BYLINE_NAME = re.compile(r"[^\W\d_]+\.?(?: [^\W\d_]+\.?)*")
BYLINE_NAME_MAX_WORDS = 5


def byline_names(lines: list[str]) -> set[int]:
    """Indices into ``lines`` of a byline label alone on its line (:data:`BYLINE_LABELS`,
    with or without a colon or dash) and of the name on the next non-blank line when it
    reads as one (:data:`_BYLINE_NAME`, at most :data:`BYLINE_NAME_MAX_WORDS` words): the
    writer of the page, not a person the article names (docs/arabic.md, *Reading
    files*). A longer line or one with a digit or a comma after the label stays text."""
    found: set[int] = set()
    label = False
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if label and len(stripped.split()) <= BYLINE_NAME_MAX_WORDS \
                and _BYLINE_NAME.fullmatch(stripped):
            found.add(i)
        label = len(stripped) < 30 and _heading_key(stripped) in BYLINE_LABELS
        if label:
            found.add(i)
    return found


# Sentence-final marks (1) and quotation marks (2) by code point: a whole text is
# classified by one lookup-array pass.
_MARK_CLASS = np.zeros(0x110000, dtype=np.uint8)
_MARK_CLASS[list(map(ord, SENTENCE_END_MARKS))] = 1
_MARK_CLASS[list(map(ord, _QUOTE_MARKS))] = 2


def _marks(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], list[int]]:
    """``(runs, quotes)`` in ``text[start:end]``: the ``(start, end)`` of each maximal run
    of sentence-final marks (. ! ? ؟ ؛ …) and the offset of each quotation mark
    (“ « " ” »), in text order, as offsets into ``text``."""
    codes = np.frombuffer(text[start:end].encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    cls = _MARK_CLASS.take(codes)
    at = (cls != 0).nonzero()[0]
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
        closer = _PAIRS.get(text[i], "")
        reversed_pair = (not closer and text[i] in _REVERSED_PAIRS
                         and _opens_word(text, i, end))
        if reversed_pair:
            closer = _REVERSED_PAIRS[text[i]]            # ”…“ or »…«
        at = closers.get(closer, ())
        n = bisect_right(at, i)
        j = at[n] if n < len(at) and at[n] < end else -1
        if reversed_pair and j != -1 and _opens_word(text, j, end):
            j = -1          # that “ opens a quotation of its own: ” was never closed
        if j != -1:
            regions.append((i, j + 1))
            k = bisect_right(quotes, j, k)    # the next mark after the closer
        else:
            k += 1
    return regions


#: Latin letters spelled in Arabic script, as a Latin acronym is written letter by letter
#: with dots (دي. إف. سي for D.F.C.), normalised. Words that are also particles (أو، إن،
#: في) are left out.
LETTER_NAMES = frozenset(normalise(w) for w in (
    "إيه", "بي", "سي", "دي", "إي", "إف", "جي", "إتش", "آي", "جيه", "كيه", "إل", "إم",
    "كيو", "آر", "إس", "تي", "يو", "ڤي", "دبليو", "إكس", "واي", "زد"))
_NEXT_WORD = re.compile(r"\s+([\u0621-\u064a\u06a4]+)")


def _spelled_acronym(text: str, prev: str, e: int, end: int) -> bool:
    """Whether a dot after ``prev``, ending at ``e``, is inside a Latin acronym spelled in
    Arabic letter names (دي. إف. سي): ``prev`` and the word after the dot are both
    :data:`LETTER_NAMES`."""
    if normalise(prev.lstrip("([«“\"'")) not in LETTER_NAMES:
        return False
    m = _NEXT_WORD.match(text, e, end)
    return m is not None and normalise(m.group(1)) in LETTER_NAMES


def _arabic_initial(before: list[str]) -> bool:
    """Whether the words ``before`` a dot end in one Arabic letter: an initial (روبرت س.
    فورد) or an abbreviated title (أ. د.، م. for مهندس), not the end of a sentence;
    except م after a number, the era mark of a year (عام 1950 م.)."""
    if not before or len(before[-1]) != 1 or not "\u0621" <= before[-1] <= "\u064a":
        return False
    return not (before[-1] == "م" and len(before) > 1 and before[-2][-1:].isdigit())


#: A list number (1. / ٢. / 12.) standing first in its sentence or right after a colon
#: (الخطة: 1. بناء مدارس. 2. ترميم): the dot marks the item, it ends nothing.
_LIST_NUMBER = re.compile(r"(?:^|[:：]\s*)[\(\[]?[0-9\u0660-\u0669\u06f0-\u06f9]{1,2}[\)\]]?$")


def _list_number(text: str, pos: int, s: int) -> bool:
    """Whether the dot at ``s`` follows a list number that opens the sentence begun at
    ``pos`` or follows a colon in it (``1. بناء مدارس``، ``وتشمل: 2. ترميم``), not the
    figure a sentence ends with (بلغ عددهم 12.)."""
    return _LIST_NUMBER.search(text[pos:s].strip()) is not None


def _elision(text: str, s: int, e: int, start: int, end: int) -> bool:
    """Whether the run of dots ``text[s:e]`` marks words left out, not a sentence end:
    inside brackets (``(...)``, ``[…]``: an editor's cut in a quotation) or glued to one
    Arabic letter (``ف...``: a word withheld, as in censored copy)."""
    if s > start and e < end and text[s - 1] in "([" and text[e] in ")]":
        return True
    return (s - start >= 1 and "\u0621" <= text[s - 1] <= "\u064a"
            and (s - start == 1 or not text[s - 2].isalnum()))


def _opens_word(text: str, i: int, end: int) -> bool:
    """Whether the mark at ``i`` stands before a word (a letter or digit right after it)
    and after a space, punctuation or the start: where it opens, not closes. A reversed
    opener (”) pairs only with a “ that does not stand so."""
    return (i + 1 < end and text[i + 1].isalnum()
            and (i == 0 or not text[i - 1].isalnum()))


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans in ``text[start:end]`` (one paragraph), whitespace trimmed.

    A sentence ends at . ! ? ؟ ؛ … (with any closing quote or bracket after it), also
    at a dot glued to the next Arabic word after a word, a number, a closing quote or a
    web or e-mail address (2021.وجاء، «…».وقال، info@example.org.وقال) or after a space
    (كلمة .وجاء), not between digits (1.22), not
    after a listed abbreviation, a single Latin capital (U.S.) or a single Arabic letter
    (روبرت س. فورد، أ. د.; but عام 1950 م. ends), not after a list number that opens
    the sentence or follows a colon (الخطة: 1. حفر), not at an elision (``(...)``, a
    withheld word ``ف...``), not at two dots within
    the line (عاجل.. : a pause in Arabic web copy), and not inside a paired quotation
    (“…” «…» "…", and the reversed ”…“ »…« where the first mark stands before a word),
    nor inside a web or e-mail address (:func:`khabar.text.tokens.address_spans`). A
    piece with no letter or digit (a stray ". .") belongs to the sentence before it.
    Needs ``0 <= start``; an ``end`` past the text means its end.
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
    # The marks inside a web or e-mail address (…/news?id=5, www.site.org) end nothing.
    addresses = [(a, b) for a, b, _ in address_spans(text, start, end)]
    address_starts = [a for a, _ in addresses]
    # A dot right after an address before an Arabic word ends the sentence (…/ar.وقال).
    address_ends = {b for _, b in addresses}
    # Regions are disjoint and in text order: the one that could hold a mark is the
    # last starting before it (bisection, not a test of every region at every mark).
    region_starts = [a for a, _ in protected]
    for s, e in marks:
        if e - s == 2 and text[s] == text[s + 1] == "." and e < end:
            continue      # "عاجل.. " / "بالصور.. ": two dots are a pause within the line
        if (e - s > 1 or text[s] == "…") and e < end and _elision(text, s, e, start, end):
            continue
        if text[s] == "." and e - s == 1:
            # The test that needs no look-back first: a dot followed by a character
            # other than a space or a closer (1.22, U.S.) ends nothing.
            if e < end and not text[e].isspace() and text[e] not in _CLOSERS and not (
                    "\u0621" <= text[e] <= "\u064a"
                    and (s > start and text[s - 1].isspace()   # "كلمة .وجاء"
                         or _GLUED_END.search(text, max(start, s - 30), s)
                         and not _DOMAIN_TAIL.match(text, e, end)
                         or s in address_ends)):
                continue
            before = text[max(start, s - 12):s].split()
            prev = before[-1] if before and not text[s - 1].isspace() else ""
            if prev in ABBREVIATIONS or _INITIALS.fullmatch(prev) or _arabic_initial(before) \
                    or _spelled_acronym(text, prev, e, end):
                continue
            if text[s - 1:s].isdigit() and _list_number(text, cuts[-1] if cuts else start, s):
                continue
        while e < end and text[e] in _CLOSERS:
            e += 1
        if protected:                                    # most paragraphs have none
            r = bisect_left(region_starts, s) - 1
            if r >= 0 and s < protected[r][1] - 1:
                continue
        if addresses:                         # disjoint, in order: the last one before s
            r = bisect_right(address_starts, s) - 1
            if r >= 0 and s < addresses[r][1]:
                continue
        cuts.append(e)
    spans: list[tuple[int, int]] = []
    pos = start
    for c in cuts + [end]:
        for a, b in _trimmed(text, pos, c):
            if spans and not _WORD_CHAR.search(text, a, b):
                spans[-1] = (spans[-1][0], b)      # a stray ". ." ends the sentence before
            else:
                spans.append((a, b))
        pos = c
    return spans


def _trimmed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[(start, end)]`` of ``text[start:end]`` less leading and trailing whitespace (as
    ``str.strip``), or ``[]`` if nothing is left."""
    # Ends stepped over in place: segments carry at most a space or two at their ends.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [(start, end)] if end > start else []
