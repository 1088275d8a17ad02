"""Funding figures: amounts of money with their currency, qualifiers and subject.

One compiled regular expression over the normalised article (searched only around a
currency word or symbol) finds every figure (:data:`FIGURE_RE`); the amount is then computed from the matched text with
:mod:`khabar.numwords`. Rules follow ../shared/ARABIC_NOTES.md §6:

- a figure is a number (digits in any digit system, number words, a fraction), a scale
  word or both (ملياري = 2 × 10⁹), joined by و (مليار و200 مليون), **and a currency**:
  a currency word after it or a symbol before/after it. Without a currency nothing is
  money, so headcounts (3,200 موظف), units (1.8 غيغاواط), years, percentages, phone
  numbers and durations (عشر سنوات) are never rows;
- vague quantities (عشرات الملايين من الدولارات, ملايين الدولارات) are kept as rows with
  the text and an empty amount (``vague`` = True), so a reporter sees them but they are
  never summed;
- a currency word without a country (جنيه، ريال، درهم، دينار، ليرة، روبية، فرنك) is
  ambiguous: the amount is kept, ``currency`` is empty and ``currency_note`` says so.
  دولار alone is read as USD, the convention of Arabic news.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from decimal import Decimal

import numpy as np
import pandas as pd

from . import schema
from .schema import fixed_frame
from .numwords import (FRACTIONS, FRACTION_RE, NUMBER_WORD_RE, NUMBER_WORDS, SCALE_WORD_RE,
                       SCALE_WORDS, VAGUE_WORDS, as_number, digits_value, words_value)
from .entities import mention_spans
from .lexicon import load_lexicon
from .text import Article, alternation, normalise, windows_around

#: Columns of :func:`extract_funding`: the data contract, then extras.
COLUMNS = schema.FUNDING + ["paragraph", "bound", "cue", "vague", "currency_note",
                            "subject_rule"]
_INT_COLUMNS, _BOOL_COLUMNS = {"sentence", "start", "end", "paragraph"}, {"approximate", "vague"}

# --------------------------------------------------------------------------- currencies

_LEX = load_lexicon()
#: Currency word forms (singular, accusative, plural) → base word (lexicon
#: currency_forms.tsv), grouped by base word.
CURRENCY_WORDS: dict[str, list[str]] = {}
for _r in _LEX["currency_forms"]:
    CURRENCY_WORDS.setdefault(normalise(_r.word), []).append(normalise(_r.form))
#: (base word, country adjective or "") → ISO 4217 code; "" marks an ambiguous word.
#: Source: ISO 4217 list of codes (SIX Group), Arabic names as used in Arabic news
#: (lexicon currencies.tsv). Keys in normalised spelling (اسرائيلي → اسراييلي).
ISO_4217 = {(normalise(r.word), normalise(r.adjective)): r.code for r in _LEX["currencies"]}
SYMBOLS = {r.symbol: r.code for r in _LEX["currency_symbols"]}
_WORD_BASE = {form: base for base, forms in CURRENCY_WORDS.items() for form in forms}
_ADJECTIVES = sorted({adj for _, adj in ISO_4217 if adj}, key=len, reverse=True)
_CODES = sorted({c for c in ISO_4217.values() if c})

# --------------------------------------------------------------------------- cues

#: Cues right before a figure (lexicon hedges.tsv, normalised). Source: ARABIC_NOTES §6
#: plus their usual variants with the clitics ب / و and the verb in both genders.
APPROXIMATE_CUES = [normalise(f) for f in _LEX.forms("hedges", kind="approximate")]
LOWER_CUES = [normalise(f) for f in _LEX.forms("hedges", kind="lower")]
UPPER_CUES = [normalise(f) for f in _LEX.forms("hedges", kind="upper")]
_CUE_KIND = {**{c: "approximate" for c in APPROXIMATE_CUES},
             **{c: "lower" for c in LOWER_CUES}, **{c: "upper" for c in UPPER_CUES}}


# --------------------------------------------------------------------------- the pattern

_NUMBER = (rf"\d+(?:[.,]\d+)*|(?:{NUMBER_WORD_RE})(?:\s+(?:و\s?)?(?:{NUMBER_WORD_RE}))*(?!\w)"
           rf"|(?:{FRACTION_RE})|(?:{alternation(VAGUE_WORDS)})")
_SCALE = rf"(?:ال)?(?:{SCALE_WORD_RE})(?!\w)"
_HALF = rf"\s+و\s?(?:نصف|ربع)(?:\s+{_SCALE})?"
_SCALED = rf"(?:(?:{_NUMBER})\s*)?{_SCALE}(?:{_HALF})?"
_AMOUNT = rf"{_SCALED}(?:\s+و\s?{_SCALED})*(?:\s+و\s?(?:{_NUMBER}))?|(?:{_NUMBER})"
#: The whole figure in normalised text. Groups: cue, sym (symbol before), amount,
#: sym2 (symbol after), cur / adj (currency word and country adjective), code (ISO code).
FIGURE_RE = re.compile(
    rf"(?<![\w.,])(?:(?P<cue>{alternation(_CUE_KIND)})\s+)?[وفبل]??"
    rf"(?P<fig>(?:(?P<sym>US\$|\$|€|£)\s?)?(?P<amount>{_AMOUNT})"
    rf"(?:\s?(?P<sym2>\$|€|£)"
    rf"|\s+(?:من\s+)?(?:ال)?(?P<cur>{alternation(_WORD_BASE)})(?!\w)"
    rf"(?:\s+(?:ال)?(?P<adj>{alternation(_ADJECTIVES)})(?:ه)?(?!\w))?"
    rf"|\s+(?P<code>{'|'.join(_CODES)})(?![A-Za-z]))?)"
    rf"(?:\s+(?P<after>تقريبا))?")

#: What every figure contains: a currency word, symbol or code. Only the stretch of text
#: before and around one is searched with :data:`FIGURE_RE` (a figure's number and scale
#: come within :data:`_REACH` characters before its currency); plain ``str.find`` for
#: these literals is several times faster than one regular expression over the article,
#: which keeps extraction well under 2 ms on a 10 KB article.
_ANCHORS = sorted({f for f in _WORD_BASE if f != "ين"} | set(SYMBOLS) | set(_CODES)
                  | {" ين"})
_REACH, _AFTER = 160, 40


#: The anchors are found in two cheaper passes that give the same hits as ``str.find``
#: for each of them: ``str.find`` only for the *roots* (anchors that contain no other
#: anchor: دولار, not دولارات), every longer anchor being checked with ``startswith``
#: where its root occurs; and one regular expression for the ISO codes (ASCII needles
#: are slow to find in Arabic text), searched again one character after each hit so
#: that overlapping codes are all found.
_ROOTS = [a for a in _ANCHORS if not a.isascii() or not a.isalpha()]
_ROOTS = [a for a in _ROOTS if not any(r != a and r in a for r in _ROOTS)]
_EXTENSIONS = {r: [(a, a.index(r)) for a in _ANCHORS if r != a and r in a] for r in _ROOTS}
_CODE_RE = re.compile("|".join(c for c in _ANCHORS if c.isascii() and c.isalpha()))
#: ASCII capitals → "A", every other byte → " ": see :func:`_anchor_hits`.
_CAPITAL_MAP = bytes(65 if 65 <= c <= 90 else 32 for c in range(256))
_CODE_BYTES = frozenset(c.encode("ascii") for c in _ANCHORS if c.isascii() and c.isalpha())
assert all(len(c) == 3 and c.isupper() for c in _CODE_BYTES)
assert all(any(r in a for r in _ROOTS) or _CODE_RE.fullmatch(a) for a in _ANCHORS)


def _anchor_hits(norm: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every occurrence of every anchor (as
    ``find_all(norm, _ANCHORS)``, order and duplicates aside)."""
    hits = []
    find, startswith = norm.find, norm.startswith
    for root in _ROOTS:
        i = find(root)
        if i == -1:
            continue
        n, longer = len(root), _EXTENSIONS[root]
        while i != -1:
            hits.append((i, i + n))
            for a, off in longer:
                if i >= off and startswith(a, i - off):
                    hits.append((i - off, i - off + len(a)))
            i = find(root, i + 1)
    # A code is three ASCII capitals, which stay adjacent when every non-ASCII character
    # is dropped: no code in that short byte string (the usual case) means none at all.
    # It is looked for at each "AAA" of its capitals mapped to "A" (bytes.translate and
    # bytes.find run at C speed; a regex over even the short string costs ~15 ns a byte).
    ascii_ = norm.encode("ascii", "ignore")
    caps = ascii_.translate(_CAPITAL_MAP)
    i = caps.find(b"AAA")
    while i != -1 and ascii_[i:i + 3] not in _CODE_BYTES:
        i = caps.find(b"AAA", i + 1)
    if i == -1:
        return hits
    search = _CODE_RE.search
    m = search(norm)
    while m is not None:
        hits.append(m.span())
        m = search(norm, m.start() + 1)
    return hits


#: Every character any consuming part of :data:`FIGURE_RE` can match: whitespace,
#: digits, the separators and symbols, and the letters of its words. Any other
#: character (ذ, most Latin letters, brackets, quotes, colons …) is never inside a
#: match, nor is a "." or "," not between two digits: these are *barriers*.
_FIGURE_LETTERS = "".join(sorted(set("".join(
    [*_CUE_KIND, *NUMBER_WORDS, *FRACTIONS, *VAGUE_WORDS, *SCALE_WORDS, *_WORD_BASE,
     *_ADJECTIVES, *_CODES, *SYMBOLS, "ال", "من", "و", "ه", "تقريبا", "نصف", "ربع", "وفبل"]))
    - {" "}))
_LAST_BARRIER = re.compile(rf"(?s:.*)(?:[^\s\d.,{re.escape(_FIGURE_LETTERS)}]"
                           r"|(?<!\d)[.,]|[.,](?!\d))")
#: The currency word ين as FIGURE_RE can match it: a word after whitespace or after
#: ال (الين), the one currency that is not always an anchor hit (" ين" needs a space).
#: The literal comes first so that the engine skips quickly to each ين.
_YEN = re.compile(r"ين(?!\w)(?:(?<=\s..)|(?<=\sال..))")


def _search_ranges(norm: str) -> list[tuple[int, int, int]]:
    r"""``(pos, endpos, last)`` stretches of ``norm`` for ``FIGURE_RE.finditer``: the
    merged windows around currency anchors (cut at spaces), each with its start moved
    past the last barrier character before the window's first possible currency, which
    gives the same figures with a currency as the whole window; ``last`` is the end of
    the window's last anchor hit (see :func:`_figure_matches`).

    Why this is equivalent: no match contains a barrier (the character at ``first``,
    where :data:`_LAST_BARRIER` stops, is never a digit, so its ``(?!\d)`` sees the
    same there as in the whole text), so the scan from the window
    start reaches the barrier's next position in the same state as a scan started
    there (look-behinds see the text before ``pos``); the matches it skips end before
    the barrier, hence before every currency word, symbol or code of the window — each
    an anchor hit or else :data:`_YEN`.
    Skipping them saves most of the cost of FIGURE_RE (tried at every word start)."""
    hits = _anchor_hits(norm)
    firsts = sorted(a for a, _ in hits)
    lasts = sorted(b for _, b in hits)
    out = []
    for pos, end in windows_around(norm, hits, _REACH, _AFTER):
        first = firsts[bisect_left(firsts, pos)]     # every window holds a hit
        last = lasts[bisect_right(lasts, end) - 1]   # ... and ends after its hits
        yen = _YEN.search(norm, pos, first)
        if yen:
            first = yen.start()
        m = _LAST_BARRIER.match(norm, pos, first)
        out.append((m.end() if m else pos, end, last))
    return out


def _figure_matches(norm: str):
    """The ``FIGURE_RE`` matches of the :func:`_search_ranges`, in text order, except
    matches (all without a currency) after the last currency of a range.

    Once a match ends at or after ``last`` and no ين (:data:`_YEN`) follows in the
    range, every later match of the range lacks a currency (its currency word, symbol
    or code would be an anchor hit ending after ``last``, or a ين), so
    :func:`find_figures` would drop it: the scan of the rest of the range, a failed
    FIGURE_RE attempt at every word start (~2 us each), is skipped."""
    for pos, endpos, last in _search_ranges(norm):
        for m in FIGURE_RE.finditer(norm, pos, endpos):
            yield m
            if m.end() >= last and _YEN.search(norm, m.end(), endpos) is None:
                break


_PIECE = re.compile(r"\d+(?:[.,]\d+)*|ثلاثه\s+ارباع|[^\s]+")


def parse_amount(amount: str) -> tuple[int | float | None, bool]:
    """Value of a normalised amount phrase in full units, and whether it is vague.

    ``"1.2 مليار"`` → (1200000000, False); ``"ملياري"`` → (2000000000, False) (a dual
    with no number before it counts 2; after a number the ending is only case:
    خمسة عشر مليونا = 15 × 10⁶); ``"نصف مليار"`` → (500000000, False); ``"مليار و200
    مليون"`` → (1200000000, False); ``"عشرات الملايين"`` → (None, True). Decimal
    arithmetic, so 1.22 مليار is exactly 1220000000. Returns ``(None, False)`` if a
    piece is not understood.
    """
    total, pending, words = Decimal(0), None, []
    last_scale, vague, after_fraction = None, False, False

    def flush():
        nonlocal pending, words
        if words:
            v = words_value(" ".join(words))
            pending = None if v is None else Decimal(v)
            words = []
        return pending

    for piece in _PIECE.findall(amount):
        piece = " ".join(piece.split())
        bare = piece[1:] if piece.startswith("و") and piece not in NUMBER_WORDS else piece
        if bare == "" or bare == "و":
            continue
        scale = SCALE_WORDS.get(bare[2:] if bare.startswith("ال") and bare not in SCALE_WORDS
                                else bare)
        if bare[0].isdigit():
            pending = digits_value(bare)
            if pending is None:
                return None, False
        elif scale:
            flush()
            if after_fraction and last_scale is not None:
                after_fraction = False      # ونصف المليار: the scale is only repeated
                continue
            value, kind = scale
            if pending is None:
                if kind == "plural":
                    vague = True
                pending = Decimal(2) if kind in ("dual", "accusative") else Decimal(1)
            total += pending * value
            pending, last_scale = None, value
        elif bare in FRACTIONS:
            frac = FRACTIONS[bare]
            if last_scale is not None and pending is None and piece.startswith("و"):
                total += frac * last_scale  # مليار ونصف
                after_fraction = True
            else:
                pending = frac
        elif bare in VAGUE_WORDS:
            vague = True
        elif bare in NUMBER_WORDS:
            words.append(bare)
        else:
            return None, False
    if flush() is not None:
        total += pending
    if vague:
        return None, True
    return as_number(total), False


# --------------------------------------------------------------------------- subject

#: Nouns for a contract or deal near a figure (عقدًا بقيمة ...): the money is the
#: value of a contract, which the article names as a project earlier.
_CONTRACT = re.compile(r"(?<!\w)[وفبل]?(?:ال|لل)?(?:عقد|عقدا|عقود|صفقه|اتفاقيه|اتفاق|مناقصه|"
                       r"مشروع)(?!\w)")
_CONTRACT_BEFORE, _CONTRACT_AFTER = 60, 25   # characters of the same sentence


class _MentionIndex:
    """A document's mentions ``(entity, label, start, end)`` indexed for
    :func:`_subject`: the nearest mention of a label in a sentence and the last PROJECT
    before an offset are found by bisection and a scan bounded by the longest mention,
    not by a scan of every mention for each figure (which made funding quadratic in the
    length of an article, or of one long sentence). Ties go to the mention first in the
    input order, as a scan of the list would."""

    def __init__(self, mentions: list[tuple]):
        self.items = mentions
        # Per label: (start, input position) in start order, and the longest mention.
        self.by_label: dict[str, list[tuple[int, int]]] = {}
        self.reach: dict[str, int] = {}
        for k, (_, label, start, end) in enumerate(mentions):
            self.by_label.setdefault(label, []).append((start, k))
            self.reach[label] = max(self.reach.get(label, 0), end - start)
        for v in self.by_label.values():
            v.sort()
        # The first PROJECT (in input order) for each end offset, and those ends sorted.
        first_at_end: dict[int, tuple] = {}
        for m in mentions:
            if m[1] == "PROJECT":
                first_at_end.setdefault(m[3], m)
        self.project_ends = sorted(first_at_end)
        self.project_at_end = first_at_end

    def nearest(self, label: str, sent, start: int, end: int) -> str | None:
        """Entity of the ``label`` mention inside ``[sent.start, sent.end]`` nearest to
        the figure ``[start, end)``: least ``min(|m.start - end|, |m.end - start|)``."""
        ms = self.by_label.get(label)
        if not ms:
            return None
        items, reach = self.items, self.reach[label]
        lo = bisect_left(ms, (sent.start, -1))
        hi = bisect_right(ms, (sent.end, len(items)))
        p = bisect_left(ms, (end, -1), lo, hi)
        best, found = float("inf"), []

        def consider(k: int) -> None:
            nonlocal best
            m = items[k]
            if m[3] > sent.end:
                return
            d = min(abs(m[2] - end), abs(m[3] - start))
            if d < best:
                best, found[:] = d, [k]
            elif d == best:
                found.append(k)

        # After the figure (m.start >= end) the distance is m.start - end: increasing.
        for j in range(p, hi):
            if ms[j][0] - end > best:
                break
            consider(ms[j][1])
        # Before it, no mention starting at s is nearer than start - s - reach.
        for j in range(p - 1, lo - 1, -1):
            if start - ms[j][0] - reach > best:
                break
            consider(ms[j][1])
        return items[min(found)][0] if found else None

    def last_project_before(self, offset: int) -> tuple | None:
        """The PROJECT with the greatest end ``<= offset`` (the first such in input order)."""
        k = bisect_right(self.project_ends, offset)
        return self.project_at_end[self.project_ends[k - 1]] if k else None


def _subject(start, end, sent, norm_window, mentions: _MentionIndex) -> tuple[str, str]:
    """(subject, rule): a PROJECT in the sentence (the nearest), else the last PROJECT
    before the figure when a contract noun is next to it, else the nearest ORG in the
    sentence, else ("", "")."""
    project = mentions.nearest("PROJECT", sent, start, end)
    if project:
        return project, "project in sentence"
    if norm_window and _CONTRACT.search(norm_window):
        earlier = mentions.last_project_before(start)
        if earlier:
            return earlier[0], "contract refers to earlier project"
    org = mentions.nearest("ORG", sent, start, end)
    return (org, "organisation in sentence") if org else ("", "")


# --------------------------------------------------------------------------- extraction

def find_figures(article: Article) -> list[dict]:
    """Figures in ``article`` as plain dicts (no pandas), in text order.

    Keys: text, amount, currency, currency_note, approximate, bound, cue, vague, start,
    end (character offsets into ``article.text``; ``text == article.text[start:end]``).
    Used by :func:`extract_funding` and by :mod:`khabar.dates` (a year inside a money
    figure is not a date); computed once per article and kept on it, as
    ``functools.cached_property`` does, so the two extractors share the work.
    """
    cached = article.__dict__.get("_khabar_money_figures")
    if cached is not None:
        return cached
    nt = article.normalised
    out = []
    for m in _figure_matches(nt.norm):
        if not (m["sym"] or m["sym2"] or m["cur"] or m["code"]):
            continue                                     # no currency: not money
        amount, vague = parse_amount(m["amount"])
        if amount is None and not vague:
            continue
        fig_end = m.end("fig")
        currency, note = "", ""
        if m["sym"] or m["sym2"]:
            currency = SYMBOLS[(m["sym"] or m["sym2"]).replace(" ", "")]
        elif m["code"]:
            currency = m["code"]
        else:
            base = _WORD_BASE[m["cur"]]
            key = (base, m["adj"] or "")
            if key not in ISO_4217:                      # adjective of another currency
                key, fig_end = (base, ""), m.end("cur")
            currency = ISO_4217[key]
            if not currency:
                note = f"ambiguous: {base} without a country"
        kind = _CUE_KIND.get(re.sub(r"\s+", " ", m["cue"])) if m["cue"] else None
        start, end = nt.span(m.start("fig"), fig_end)
        sent = article.sentence_at(start)
        if sent is None or start >= sent.end:
            continue                                     # in a boilerplate line
        cue_text = ""
        if m["cue"]:
            cue_text = article.text[slice(*nt.span(m.start("cue"), m.end("cue")))]
        elif m["after"]:
            cue_text = article.text[slice(*nt.span(m.start("after"), m.end("after")))]
        out.append(dict(
            text=article.text[start:end], amount=amount, currency=currency,
            currency_note=note, approximate=kind == "approximate" or bool(m["after"]),
            bound=kind if kind in ("lower", "upper") else "", cue=cue_text, vague=vague,
            start=start, end=end, _nstart=m.start("fig"), _nend=fig_end))
    article.__dict__["_khabar_money_figures"] = out
    return out


_DTYPES = [np.int64 if c in _INT_COLUMNS else bool if c in _BOOL_COLUMNS else object
           for c in COLUMNS]


def extract_funding(article: Article, mentions) -> pd.DataFrame:
    """Funding figures in ``article``.

    Input: an analysed article and its mentions (a DataFrame with columns
    :data:`khabar.schema.MENTIONS`, or :func:`khabar.entities.mention_rows`; may be empty). Output: one row per figure, columns :data:`COLUMNS` =
    :data:`khabar.schema.FUNDING` (doc_id, text, amount, currency, approximate, subject,
    sentence, start, end) then paragraph, bound, cue, vague, currency_note, subject_rule.

    - ``amount``: full units of the currency (1.2 مليار → 1200000000), int where whole,
      empty for a vague figure; ``currency``: ISO 4217 code, empty when ambiguous
      (``currency_note`` says why); no conversion between currencies.
    - ``approximate``: a cue نحو، حوالي، قرابة، ما يقارب، تقارب … before, or تقريبًا after;
      ``bound``: lower (أكثر من، يتجاوز …) | upper (قد يصل إلى، حتى …) | empty; ``cue``:
      the cue as written.
    - ``subject``: the ``entity`` of a mention — a PROJECT in the same sentence, else the
      last PROJECT before when a contract noun (عقد، صفقة، اتفاقية …) is next to the
      figure, else the nearest ORG in the sentence; ``subject_rule`` says which.
    - ``sentence`` / ``paragraph``: 1-based numbers of :func:`khabar.text.analyse`.
    Raises nothing for text it does not understand: such spans are not rows.
    """
    return funding_frame(funding_rows(article, mentions))


def funding_rows(article: Article, mentions) -> list[tuple]:
    """The rows of :func:`extract_funding` as tuples in :data:`COLUMNS` order, without
    building a DataFrame (the corpus pipeline builds one frame for all articles)."""
    figures = find_figures(article)
    if not figures:
        return []
    ments = _MentionIndex([(ent, lab, s, e) for _, ent, lab, s, e, _ in mention_spans(mentions)])
    norm = article.normalised
    rows = []
    for f in figures:
        sent = article.sentence_at(f["start"])
        s_norm = norm.index(sent.start)
        window = norm.norm[max(s_norm, f["_nstart"] - _CONTRACT_BEFORE):f["_nstart"]] + " " + \
            norm.norm[f["_nend"]:min(norm.index(sent.end), f["_nend"] + _CONTRACT_AFTER)]
        subject, rule = _subject(f["start"], f["end"], sent, window, ments)
        rows.append((article.doc_id, f["text"], f["amount"], f["currency"], f["approximate"],
                     subject, sent.sentence, f["start"], f["end"], sent.paragraph, f["bound"],
                     f["cue"], f["vague"], f["currency_note"], rule))
    return rows


def funding_frame(rows: list[tuple]) -> pd.DataFrame:
    """A funding DataFrame (columns :data:`COLUMNS`) from :func:`funding_rows`."""
    # Object dtype keeps whole amounts as int (1200000000, not 1200000000.0) next to
    # fractional and empty (vague) ones.
    return fixed_frame(rows, COLUMNS, _DTYPES)
