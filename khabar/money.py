"""Funding figures: amounts of money with their currency, qualifiers and subject.

One compiled regular expression over the normalised article (searched only around a
currency word or symbol) finds every figure (:data:`FIGURE_RE`); the amount is then
computed from the matched text with :mod:`khabar.numwords`. Rules follow docs/arabic.md,
"Money":

- a figure is a number (digits in any digit system, number words, a fraction), a scale
  word or both (ملياري = 2 × 10⁹), joined by و (مليار و200 مليون), **and a currency**:
  a currency word after it or a symbol before/after it. Without a currency nothing is
  money, so headcounts (3,200 موظف), units (1.8 غيغاواط), years, percentages, phone
  numbers and durations (عشر سنوات) are never rows;
- vague quantities (عشرات الملايين من الدولارات, ملايين الدولارات) are kept as rows with
  the text and an empty amount (``vague`` = True), so a reporter sees them but they are
  never summed;
- a currency word without a country (جنيه، ريال، درهم، دينار، ليرة، روبية، فرنك) takes
  the currency the article settles (an earlier qualified mention, the one country the
  article is about, the document's metadata ``country``; ``currency_source`` says which);
  with no evidence ``currency`` is empty and ``currency_note`` says so. دولار alone is
  read as USD, the convention of Arabic news;
- a conversion right after a figure is a flagged restatement; unit prices, exchange
  rates and banknote denominations are not funding; ``payer`` is the donor or lender.
  Rules, sources and the checks behind them: docs/money.md.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from decimal import Decimal, localcontext

import numpy as np
import pandas as pd

from . import schema
from .schema import Funding, fixed_frame
from .numwords import (FRACTIONS, FRACTION_RE, NUMBER_WORD_RE, NUMBER_WORDS, SCALE_WORD_RE,
                       SCALE_WORDS, VAGUE_WORDS, as_number, digits_value, words_value)
from .entities import mention_spans
from .lexicon import load_lexicon
from .text import Article, alternation, normalise, windows_around

#: Columns of :func:`extract_funding`: the data contract (:data:`khabar.schema.FUNDING`),
#: then extras; the fields of :class:`khabar.schema.Funding`.
COLUMNS = list(schema.Funding._fields)
_INT_COLUMNS = {"sentence", "start", "end", "paragraph", "restates"}
_BOOL_COLUMNS = {"approximate", "vague", "restatement"}

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
#: Symbols and abbreviations (US$, €, ر.س، د.ج …) in normalised spelling → ISO 4217.
SYMBOLS = {normalise(r.symbol): r.code for r in _LEX["currency_symbols"]}
_SYMBOL_RE = "|".join(re.escape(x) for x in sorted(SYMBOLS, key=len, reverse=True))
_WORD_BASE = {form: base for base, forms in CURRENCY_WORDS.items() for form in forms}
_ADJECTIVES = sorted({adj for _, adj in ISO_4217 if adj}, key=len, reverse=True)
_CODES = sorted({c for c in ISO_4217.values() if c})

# --------------------------------------------------------------------------- cues

#: Cues right before a figure (lexicon hedges.tsv, normalised). Source: docs/arabic.md, "Money"
#: plus their usual variants with the clitics ب / و and the verb in both genders.
APPROXIMATE_CUES = [normalise(f) for f in _LEX.forms("hedges", kind="approximate")]
LOWER_CUES = [normalise(f) for f in _LEX.forms("hedges", kind="lower")]
UPPER_CUES = [normalise(f) for f in _LEX.forms("hedges", kind="upper")]
_CUE_KIND = {**{c: "approximate" for c in APPROXIMATE_CUES},
             **{c: "lower" for c in LOWER_CUES}, **{c: "upper" for c in UPPER_CUES}}


#: Words that say what kind of figure it is (lexicon money_cues.tsv), by role.
_CUES = {}
for _r in _LEX["money_cues"]:
    _CUES.setdefault(_r.role, set()).add(normalise(_r.form))
for _f in list(_CUES.get("per_unit", ())):
    if _f.startswith("لل"):                              # لجوال: ل + an indefinite noun
        _CUES["per_unit"].add("ل" + _f[2:])


# --------------------------------------------------------------------------- the pattern

#: Wire-copy reversed decimal (SPA / APS style): ر between the fraction digits (first,
#: in logical order) and the whole part: 68ر2 = 2.68, 91 ر 70 = 70.91 (docs/money.md).
_RDEC = r"\d+\s?ر\s?\d+(?![\d.,]?\d)"
#: A number in brackets, guillemets or quotes before a scale word: (47) مليار، «55» مليون.
_BNUM = rf'[(«"]\s*(?:{_RDEC}|\d+(?:[.,]\d+)*)\s*[)»"]'
_NUMBER = (rf"{_RDEC}|\d+(?:[.,]\d+)*"
           rf"|(?:{NUMBER_WORD_RE})(?:\s+(?:و\s?)?(?:{NUMBER_WORD_RE}))*(?!\w)"
           rf"|(?:{FRACTION_RE})|(?:{alternation(VAGUE_WORDS)})")
_SCALE = rf"(?:ال)?(?:{SCALE_WORD_RE})(?!\w)"
_HALF = rf"\s+و\s?(?:نصف|ربع)(?:\s+{_SCALE})?"
#: A scale word, alone or after a number, possibly compound (10 آلاف مليار = 10¹³).
_SCALED = rf"(?:(?:{_BNUM}|{_NUMBER})\s*)?{_SCALE}(?:\s+{_SCALE})?(?:{_HALF})?"
_AMOUNT = rf"{_SCALED}(?:\s+و\s?{_SCALED})*(?:\s+و\s?(?:{_NUMBER}))?|(?:{_NUMBER})"
#: The whole figure in normalised text. Groups: cue, sym (symbol before), amount,
#: sym2 (symbol after), cur / adj (currency word and country adjective), code (ISO code).
FIGURE_RE = re.compile(
    rf"(?<![\w.,])(?:(?P<cue>{alternation(_CUE_KIND)})\s+)?[وفبل]??"
    rf"(?P<fig>(?:(?P<sym>{_SYMBOL_RE})\s?)?(?P<amount>{_AMOUNT})"
    rf"(?:\s?(?P<sym2>{_SYMBOL_RE})(?!\w)"
    rf"|\s+(?:من\s+)?(?:ال)?(?P<cur>{alternation(_WORD_BASE)})(?!\w)"
    rf"(?:\s+(?:ال)?(?P<adj>{alternation(_ADJECTIVES)})(?:ه|ا)?(?!\w))?"
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
     *_ADJECTIVES, *_CODES, *SYMBOLS, "ال", "من", "و", "ه", "تقريبا", "نصف", "ربع", "وفبل",
     "ر", "()«»\""]))
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


_PIECE = re.compile(r"\d+\s?ر\s?\d+|\d+(?:[.,]\d+)*|ثلاثه\s+ارباع|[^\s]+")


def parse_amount(amount: str) -> tuple[int | float | Decimal | None, bool]:
    """:func:`_parse_amount` with a Decimal precision that keeps every digit: the default
    context's 28 significant digits would round 123456789012345678901 مليار. Each
    character of ``amount`` adds at most two digits (تريليون: 7 characters, 12 digits)."""
    with localcontext() as ctx:
        ctx.prec = max(28, 2 * len(amount) + 28)
        return _parse_amount(amount)


def _parse_amount(amount: str) -> tuple[int | float | Decimal | None, bool]:
    """Value of a normalised amount phrase in full units, and whether it is vague.

    ``"1.2 مليار"`` → (1200000000, False); ``"ملياري"`` → (2000000000, False) (a dual
    with no number before it counts 2; after a number the ending is only case:
    خمسة عشر مليونا = 15 × 10⁶); ``"نصف مليار"`` → (500000000, False); ``"مليار و200
    مليون"`` → (1200000000, False); ``"عشرات الملايين"`` → (None, True). Decimal
    arithmetic, so 1.22 مليار is exactly 1220000000 (see :func:`khabar.numwords.as_number`
    for the type of the value). Returns ``(None, False)`` if a
    piece is not understood.
    """
    total, pending, words = Decimal(0), None, []
    last_scale, vague, after_fraction = None, False, False
    last_term, prev_scale = Decimal(0), False    # for a compound scale (ألف مليار)
    amount = re.sub(r'[()«»"]', " ", amount)

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
        was_scale, prev_scale = prev_scale, False
        scale = SCALE_WORDS.get(bare[2:] if bare.startswith("ال") and bare not in SCALE_WORDS
                                else bare)
        if bare[0].isdigit():
            if "ر" in bare:                 # reversed decimal: 68ر2 = 2.68
                frac, whole = (x.strip() for x in bare.split("ر"))
                pending = Decimal(f"{whole}.{frac}")
            else:
                pending = digits_value(bare)
            if pending is None:
                return None, False
        elif scale:
            flush()
            if after_fraction and last_scale is not None:
                after_fraction = False      # ونصف المليار: the scale is only repeated
                continue
            value, kind = scale
            if was_scale and pending is None and not piece.startswith("و") \
                    and value > last_scale:
                total += last_term * (value - 1)     # 10 آلاف مليار: multiply
                last_term, last_scale, prev_scale = last_term * value, value, True
                continue
            if pending is None:
                if kind == "plural":
                    vague = True
                pending = Decimal(2) if kind in ("dual", "accusative") else Decimal(1)
            total += pending * value
            last_term, prev_scale = pending * value, True
            pending, last_scale = None, value
            continue
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

    def nearest(self, label: str, sent, start: int, end: int, exclude=frozenset()) -> str | None:
        """Entity of the ``label`` mention inside ``[sent.start, sent.end]`` nearest to
        the figure ``[start, end)``: least ``min(|m.start - end|, |m.end - start|)``;
        never an entity in ``exclude`` (the payer, an outlet, a source)."""
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
            if m[3] > sent.end or m[0] in exclude:
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

    def within(self, label: str, lo_offset: int, hi_offset: int) -> list[tuple]:
        """The ``label`` mentions starting in ``[lo_offset, hi_offset)``, in text order."""
        ms = self.by_label.get(label) or []
        lo = bisect_left(ms, (lo_offset, -1))
        hi = bisect_left(ms, (hi_offset, -1))
        return [self.items[k] for _, k in ms[lo:hi]]

    def last_project_before(self, offset: int) -> tuple | None:
        """The PROJECT with the greatest end ``<= offset`` (the first such in input order)."""
        k = bisect_right(self.project_ends, offset)
        return self.project_at_end[self.project_ends[k - 1]] if k else None


def _subject(start, end, sent, norm_window, mentions: _MentionIndex, exclude=frozenset(),
             purpose: str = "") -> tuple[str, str]:
    """(subject, rule): a PROJECT in the sentence (the nearest), else the organisation
    the money goes to right after the figure (``purpose``: 288 مليار دينار لوزارة
    الداخلية), else the last PROJECT before the figure when a contract noun is next to it,
    else the nearest ORG in the sentence not in ``exclude`` (the payer, outlets and
    sources: :func:`_not_subject`), else ("", "")."""
    project = mentions.nearest("PROJECT", sent, start, end)
    if project:
        return project, "project in sentence"
    if purpose:
        return purpose, "recipient after figure"
    if norm_window and _CONTRACT.search(norm_window):
        earlier = mentions.last_project_before(start)
        if earlier:
            return earlier[0], "contract refers to earlier project"
    org = mentions.nearest("ORG", sent, start, end, exclude=exclude)
    return (org, "organisation in sentence") if org else ("", "")


_OBJECT_SUFFIX = re.compile(r"(?:ها|هما|هم|ه)$")
_CLAUSE_BREAK = re.compile(r"[,;.:!?]")
#: First words of an outlet's name (org_cues.tsv type media): an outlet is never a subject.
_MEDIA_CUES = {normalise(r.form) for r in _LEX["org_cues"] if r.type == "media"}


def _media_entities(mentions) -> set[str]:
    """Entities typed ``media`` in a mentions table or list of mention rows
    (:data:`khabar.entities.COLUMNS`: ``org_type`` after the contract columns)."""
    if mentions is None or len(mentions) == 0:
        return set()
    if isinstance(mentions, list):
        k = len(schema.MENTIONS) + 1
        return {r[4] for r in mentions if len(r) > k and r[k] == "media"}
    if "org_type" not in mentions:
        return set()
    return set(mentions.loc[mentions["org_type"] == "media", "entity"])


def _not_subject(article: Article, sent, mentions: _MentionIndex) -> set[str]:
    """Entities of the ORG mentions in ``sent`` that cannot be what money is for: an
    outlet (its name starts with a media cue noun: صحيفة، موقع، وكالة …) or a source
    (after a source cue: في تصريح لـ X، بحسب X; lexicon money_cues.tsv)."""
    nt = article.normalised
    sources = _CUES.get("source", set())
    out = set()
    for ent, _, ms, me in mentions.within("ORG", sent.start, sent.end):
        first = nt.norm[nt.index(ms):nt.index(me)].split()[:1]
        word = first[0] if first else ""
        for p in ("ال", "لل", "ل"):
            if word.startswith(p) and word[len(p):] in _MEDIA_CUES:
                word = word[len(p):]
        before = nt.norm[max(nt.index(sent.start), nt.index(ms) - 25):nt.index(ms)].split()
        prev = [w[1:] if w[:1] in "لو" and w[1:] in sources else w for w in before[-2:]]
        cue_before = before[-1].removeprefix("ال") if before else ""   # موقع الصدارة
        if word in _MEDIA_CUES or cue_before in _MEDIA_CUES or any(w in sources for w in prev) \
                or " ".join(before[-2:]) in sources:
            out.add(ent)
    return out

_FUNDING_NOUNS = _CUES.get("funding_noun", set())


def _payer(article: Article, f: dict, sent, mentions: _MentionIndex) -> str:
    """The donor, lender or buyer of the figure ``f`` when its sentence says: an ORG
    right after a verb of giving (وقدم الاتحاد الأوروبي منحة، قدمها البنك الدولي) or after
    a phrase such as بتمويل من / مقدمة من / منحة من (lexicon money_cues.tsv). The one
    nearest the figure; "" if none."""
    nt = article.normalised
    best, dist = "", None
    for ent, _, ms, me in mentions.within("ORG", sent.start, sent.end):
        before = nt.norm[max(nt.index(sent.start), nt.index(ms) - 25):nt.index(ms)].split()
        if not before:
            continue
        last = before[-1]
        core = last[1:] if last[:1] in "وف" and last[1:] in _CUES.get("payer_verb", ()) else last
        core = _OBJECT_SUFFIX.sub("", core) if core not in _CUES.get("payer_verb", ()) else core
        two = " ".join(before[-2:])
        hit = core in _CUES.get("payer_verb", ()) or two in _CUES.get("payer_prep", ()) \
            or " ".join(before[-3:]) in _CUES.get("payer_prep", ()) \
            or (last == "من" and len(before) > 1
                and before[-2].removeprefix("ال") in _FUNDING_NOUNS)
        lo, hi = sorted((nt.index(me), f["_nstart"])) if ms < f["start"] else \
            (f["_nend"], nt.index(ms))
        if hit and not _CLAUSE_BREAK.search(nt.norm, lo, hi):    # same clause only
            d = abs(ms - f["end"]) if ms >= f["end"] else abs(f["start"] - me)
            if dist is None or d < dist:
                best, dist = ent, d
    return best


def _recipient(article: Article, f: dict, sent, mentions: _MentionIndex) -> str:
    """An ORG the money is for, right after the figure: 50 مليون دينار لوزارة الصحة,
    … لصالح الهيئة, … لتمويل مشروع (lexicon money_cues.tsv purpose)."""
    nt = article.normalised
    for ent, _, ms, _ in mentions.within("ORG", f["end"], min(sent.end, f["end"] + 30)):
        gap = nt.norm[f["_nend"]:nt.index(ms)].strip()
        if gap in ("ل", "لل", "") or gap in _CUES.get("purpose", ()):
            return ent
        break
    return ""


# --------------------------------------------------------------------------- extraction

def find_figures(article: Article) -> list[dict]:
    """Figures in ``article`` as plain dicts (no pandas), in text order.

    Keys: text, amount, currency, currency_source, currency_note, approximate, bound,
    cue, vague, restatement, restates, not_funding, start, end (character offsets into
    ``article.text``; ``text == article.text[start:end]``). ``not_funding`` names why a
    figure is money but no funding (a unit price, an exchange rate, a banknote
    denomination), else "". Used by :func:`extract_funding` and by :mod:`khabar.dates`
    (a year inside a money figure is not a date); computed once per article and kept on
    it, as ``functools.cached_property`` does, so the two extractors share the work.
    """
    cached = article.__dict__.get("_khabar_money_figures")
    if cached is not None:
        return cached
    nt = article.normalised
    out = []
    for m in _figure_matches(nt.norm):
        if not (m["sym"] or m["sym2"] or m["cur"] or m["code"]):
            continue                                     # no currency: not money
        fig_end = m.end("fig")
        currency, note, base = "", "", ""
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
        for k, (a_start, a_end) in enumerate(_coordinated_parts(m)):
            amount_text = nt.norm[a_start:a_end]
            raw_amount = article.text[slice(*nt.span(a_start, a_end))]
            if _ARABIC_COMMA_DECIMAL.search(raw_amount):
                # 3،359 مليون in wire copy: the Arabic comma as a reversed decimal
                # (docs/money.md)
                amount_text = re.sub(r"(\d),(\d)", r"\1ر\2", amount_text, count=1)
            amount, vague = parse_amount(amount_text)
            if amount is None and not vague:
                continue
            n_start = m.start("fig") if k == 0 else a_start
            n_end = fig_end if a_end == m.end("amount") else a_end
            _add_figure(article, m, out, amount, vague, currency, note, base, k == 0,
                        n_start, n_end)

    _per_unit_lists(nt.norm, out)
    _mark_restatements(nt.norm, out)
    if any(f["currency_note"] for f in out):
        _currency_from_context(article, out)
    article.__dict__["_khabar_money_figures"] = out
    return out


def _add_figure(article, m, out, amount, vague, currency, note, base, first: bool,
                n_start: int, n_end: int) -> None:
    """Append the figure ``norm[n_start:n_end]`` of the match ``m`` to ``out`` (the cue
    before the match belongs to its ``first`` part only)."""
    nt = article.normalised
    kind = _CUE_KIND.get(re.sub(r"\s+", " ", m["cue"])) if m["cue"] and first else None
    start, end = nt.span(n_start, n_end)
    sent = article.sentence_at(start)
    if sent is None or start >= sent.end:
        return                                           # in a boilerplate line
    cue_text = ""
    if m["cue"] and first:
        cue_text = article.text[slice(*nt.span(m.start("cue"), m.end("cue")))]
    elif m["after"] and n_end == m.end("fig"):
        cue_text = article.text[slice(*nt.span(m.start("after"), m.end("after")))]
    out.append(dict(
        text=article.text[start:end], amount=amount, currency=currency,
        currency_source="text" if currency else "", currency_note=note,
        approximate=kind == "approximate" or bool(m["after"] and n_end == m.end("fig")),
        bound=kind if kind in ("lower", "upper") else "", cue=cue_text, vague=vague,
        restatement=False, restates=-1,
        not_funding=_not_funding(nt.norm, n_start, n_end),
        start=start, end=end, _nstart=n_start, _nend=n_end,
        _mstart=m.start() if first else n_start, _base=currency or base,
        _sentence=sent.sentence))


_TERM_RE = re.compile(rf"(?P<num>{_BNUM}|{_NUMBER})?\s*(?P<scale>{_SCALE})")
_JOIN_RE = re.compile(r"\s+و\s?$")


def _scale_value(word: str) -> int:
    w = " ".join(word.split())
    v = SCALE_WORDS.get(w) or SCALE_WORDS.get(w.removeprefix("ال"))
    return v[0] if v else 0


def _coordinated_parts(m: re.Match) -> list[tuple[int, int]]:
    """Normalised ``(start, end)`` of each figure in the amount of ``m``: one, unless
    two figures share a currency word (منحتان بقيمة 250 مليونا و200 مليون دولار). A sum
    goes down in scale (مليار و200 مليون); a term with a number whose scale is not below
    the one before starts a second figure."""
    a0, a1 = m.span("amount")
    text = m.string[a0:a1]
    terms = list(_TERM_RE.finditer(text))
    for prev, nxt in zip(terms, terms[1:]):
        num = nxt["num"]
        if not num or num.strip() in FRACTIONS or num.strip() in VAGUE_WORDS:
            continue
        joined = _JOIN_RE.search(text, prev.end(), nxt.start())
        if joined and _scale_value(nxt["scale"]) >= _scale_value(prev["scale"]):
            return [(a0, a0 + joined.start()), (a0 + nxt.start("num"), a1)]
    return [(a0, a1)]


# --------------------------------------------------------------------------- context

_ARABIC_COMMA_DECIMAL = re.compile(r"^\D*\d+\s?\u060c\s?\d+(?!\s?\u060c\s?\d)")
_WORD = re.compile(r"[^\s\d.,;:()«»\"'?!\-]+")
_CURRENCY_AFTER_RATE = re.compile(rf"\s*(?:ال)?(?:{alternation(_WORD_BASE)})(?!\w)")


def _not_funding(norm: str, s: int, e: int) -> str:
    """Why the figure ``norm[s:e]`` is money but not funding, or "": a per-unit price or
    amount after it (25 دينارا للسهم، 37 دولارا للبرميل), an exchange rate (73 دينارا
    مقابل الدولار), a banknote denomination before it (من فئة 50 دينارا). Words from
    lexicon money_cues.tsv."""
    after = _WORD.search(norm, e, e + 30)
    if after and norm[e:after.start()].strip() == "":
        w = after.group()
        if w in _CUES.get("per_unit", ()):
            return "per unit"
        if w in _CUES.get("rate", ()) and _CURRENCY_AFTER_RATE.match(norm, after.end()):
            return "exchange rate"
    before = norm[max(0, s - 25):s].split()
    if before:
        w = before[-1]
        w = w[2:] if w.startswith("ال") else w
        if w in _CUES.get("denomination", ()) and (w != "فيه" or len(before) > 1
                                                    and before[-2] == "من"):
            return "denomination"
    return ""


#: Country evidence (lexicon country_forms.tsv): a name or city with the proclitics و ف ب ل ك
#: and ال (للسودان، بالجزائر), a nisba with its feminine and plural endings (العراقية).
_COUNTRY_OF = {normalise(r.form): r.country for r in _LEX["country_forms"]}
_NISBA = {normalise(r.form) for r in _LEX["country_forms"] if r.kind == "nisba"}


def _country_pattern() -> re.Pattern:
    cores = {}
    for form in _COUNTRY_OF:
        core = form[2:] if form.startswith("ال") else form
        cores.setdefault(core, form)
    names = [c for c, f in cores.items() if f not in _NISBA]
    nisbas = [c for c, f in cores.items() if f in _NISBA]
    pre = r"(?<!\w)(?:[وف]?(?:[بك]?ال|لل|[بلك]))?"
    return re.compile(rf"{pre}(?:(?P<name>{alternation(names)})"
                      rf"|(?P<nisba>{alternation(nisbas)})(?:ه|ين|ون|ات)?)(?!\w)")


_COUNTRY_RE = _country_pattern()
_CORE_COUNTRY = {}
for _f, _c in _COUNTRY_OF.items():
    _CORE_COUNTRY[" ".join((_f[2:] if _f.startswith("ال") else _f).split())] = _c
#: (currency base word, country) → ISO 4217 (currencies.tsv rows with a country).
_CODE_OF_COUNTRY = {(normalise(r.word), r.country): r.code for r in _LEX["currencies"]
                    if r.country and r.code}
#: A currency word with its country adjective anywhere in the text (الدينار الليبي).
_QUALIFIED_RE = re.compile(
    rf"(?<!\w)(?:[وفبل]?ال|لل)?(?P<cur>{alternation(_WORD_BASE)})\s+(?:ال)?"
    rf"(?P<adj>{alternation(_ADJECTIVES)})(?:ه|ا)?(?!\w)")


def country_evidence(norm: str) -> dict[str, int]:
    """Mentions per country (ISO 3166-1 alpha-2) in a normalised text: names, nisba
    adjectives and cities of lexicon country_forms.tsv (مصرف ليبيا المركزي، وزارة المالية
    العراقية، الدار البيضاء, a dateline)."""
    counts: dict[str, int] = {}
    for m in _COUNTRY_RE.finditer(norm):
        c = _CORE_COUNTRY.get(" ".join((m["name"] or m["nisba"]).split()))
        if c:
            counts[c] = counts.get(c, 0) + 1
    return counts


def _meta_country(meta) -> str:
    value = str((meta or {}).get("country") or "").strip()
    if len(value) == 2 and value.isalpha():
        return value.upper()
    n = normalise(value)
    return _CORE_COUNTRY.get(n[2:] if n.startswith("ال") else n, "")


def _currency_from_context(article: Article, figures: list[dict]) -> None:
    """Give an ambiguous currency word (دينار، جنيه، ريال، درهم، ليرة …) the currency the
    article settles, in this order (issue 15 §3, docs/money.md):

    1. ``earlier mention``: the same word with its country adjective earlier in the
       text (268 مليون دينار تونسي … ثم 168 مليون دينار);
    2. ``country in article``: of the countries whose currency the word names, the only
       one the article mentions (names, nisbas, cities, the dateline), or one mentioned
       at least twice as often as any other;
    3. ``metadata``: the document's ``country`` (ISO 3166-1 alpha-2 or a name);
    else the currency stays empty and ``currency_note`` says why."""
    norm = article.normalised.norm
    qualified = []
    for m in _QUALIFIED_RE.finditer(norm):
        code = ISO_4217.get((_WORD_BASE[m["cur"]], m["adj"]))
        if code:
            qualified.append((m.start(), _WORD_BASE[m["cur"]], code))
    evidence = None
    meta = _meta_country(article.doc.meta)
    for f in figures:
        if f["currency"] or not f["currency_note"]:
            continue
        base = f["_base"]
        earlier = [code for pos, b, code in qualified if b == base and pos < f["_nstart"]]
        if earlier:
            f["currency"], f["currency_source"] = earlier[-1], "earlier mention"
        else:
            if evidence is None:
                evidence = country_evidence(norm)
            ranked = sorted(((n, c) for c, n in evidence.items()
                             if (base, c) in _CODE_OF_COUNTRY), reverse=True)
            if ranked and (len(ranked) == 1 or ranked[0][0] >= 2 * ranked[1][0]):
                f["currency"] = _CODE_OF_COUNTRY[(base, ranked[0][1])]
                f["currency_source"] = "country in article"
            elif (base, meta) in _CODE_OF_COUNTRY:
                f["currency"], f["currency_source"] = _CODE_OF_COUNTRY[(base, meta)], "metadata"
        if f["currency"]:
            f["currency_note"] = ""


_LIST_GAP = re.compile(r"[\s,و]*(?:مقابل|و)?[\s,]*")
_L_WORD = re.compile(r"\s*ل\w")


def _per_unit_lists(norm: str, figures: list[dict]) -> None:
    """A figure in a list right after a per-unit price, itself followed by ل + a noun,
    is a per-unit price too: 250 جنيها لجوال الذرة، 500 جنيه لقنطار السمسم، مقابل 3200
    جنيه لزهرة الشمس (the product, not the unit, follows the last ones)."""
    for a, b in zip(figures, figures[1:]):
        if a["not_funding"] == "per unit" and not b["not_funding"] \
                and a["_sentence"] == b["_sentence"] \
                and _LIST_GAP.fullmatch(norm, _after_word(norm, a["_nend"]), b["_mstart"]) \
                and _L_WORD.match(norm, b["_nend"]):
            b["not_funding"] = "per unit"


def _after_word(norm: str, i: int) -> int:
    """The end of the phrase after a per-unit figure up to the next comma (لجوال الذرة)."""
    j = norm.find(",", i, i + 60)
    return j if j != -1 else i


_GAP_STRIP = re.compile(r"[\s,;:\-–]+")


def _mark_restatements(norm: str, figures: list[dict]) -> None:
    """Flag a figure that restates the one just before it in another currency or unit:
    ``112 مليون دولار (335 مليون دينار)``, ``60 مليون أورو، أي ما يعادل 200 مليون دينار``,
    ``422 مليار دينار " 5.88 مليار دولار "``. Between them only an opening bracket or
    quote mark or a restatement cue (lexicon money_cues.tsv). The restatement stays a
    row (``restatement`` = True, ``restates`` = the first figure's ``start``), so a total
    that skips restatements does not count one sum twice (docs/money.md)."""
    cues = _CUES.get("restatement", set())
    for a, b in zip(figures, figures[1:]):
        if a["_sentence"] != b["_sentence"] or b["_base"] == a["_base"]:
            continue
        gap = _GAP_STRIP.sub(" ", norm[a["_nend"]:b["_mstart"]]).strip()
        if gap in ("(", '"', "«", "") and gap or gap in cues \
                or gap[:1] in '("«' and gap[1:].strip() in cues:
            b["restatement"], b["restates"] = True, a["start"]


_DTYPES = [np.int64 if c in _INT_COLUMNS else bool if c in _BOOL_COLUMNS else object
           for c in COLUMNS]


def extract_funding(article: Article, mentions) -> pd.DataFrame:
    """Funding figures in ``article``.

    Input: an analysed article and its mentions (a DataFrame with columns
    :data:`khabar.schema.MENTIONS`, or :func:`khabar.entities.mention_rows`; may be
    empty). Output: one row per figure, columns :data:`COLUMNS` =
    :data:`khabar.schema.FUNDING` (doc_id, text, amount, currency, approximate, subject,
    sentence, start, end, currency_source, payer) then paragraph, bound, cue, vague,
    currency_note, subject_rule, restatement, restates.

    - ``amount``: full units of the currency (1.2 مليار → 1200000000), int where whole,
      empty for a vague figure; ``currency``: ISO 4217 code, empty when ambiguous
      (``currency_note`` says why); no conversion between currencies;
      ``currency_source``: text | earlier mention | country in article | metadata | "".
    - ``restatement`` / ``restates``: the figure restates the one starting at character
      ``restates`` in another currency (bracketed conversion, أي ما يعادل); -1 otherwise.
      Totals skip restatements. Per-unit prices, exchange rates, banknote denominations
      are not rows.
    - ``payer``: the donor, lender or buyer (entity of an ORG mention) when the clause
      says (وقدم X، بتمويل من X), else "".
    - ``approximate``: a cue نحو، حوالي، قرابة، ما يقارب، تقارب … before, or تقريبًا after;
      ``bound``: lower (أكثر من، يتجاوز …) | upper (قد يصل إلى، حتى …) | empty; ``cue``:
      the cue as written.
    - ``subject``: the ``entity`` of a mention — a PROJECT in the same sentence, else an
      ORG right after the figure with ل (the recipient), else the last PROJECT before
      when a contract noun (عقد، صفقة، اتفاقية …) is next to the figure, else the nearest
      ORG in the sentence that is not the payer, an outlet or a source; ``subject_rule``
      says which.
    - ``sentence`` / ``paragraph``: 1-based numbers of :func:`khabar.text.analyse`.
    Raises nothing for text it does not understand: such spans are not rows.
    """
    return funding_frame(funding_rows(article, mentions))


def funding_rows(article: Article, mentions) -> list[Funding]:
    """The rows of :func:`extract_funding` as :class:`khabar.schema.Funding` named
    tuples (fields in :data:`COLUMNS` order), without building a DataFrame (the corpus
    pipeline builds one frame for all articles)."""
    figures = find_figures(article)
    if not figures:
        return []
    ments = _MentionIndex([(m.entity, m.label, m.start, m.end)
                           for m in mention_spans(mentions)])
    norm = article.normalised
    media = _media_entities(mentions)
    rows = []
    for f in figures:
        if f["not_funding"]:
            continue
        sent = article.sentence_at(f["start"])
        s_norm = norm.index(sent.start)
        window = norm.norm[max(s_norm, f["_nstart"] - _CONTRACT_BEFORE):f["_nstart"]] + " " + \
            norm.norm[f["_nend"]:min(norm.index(sent.end), f["_nend"] + _CONTRACT_AFTER)]
        payer = _payer(article, f, sent, ments)
        exclude = _not_subject(article, sent, ments) | {payer} | media
        recipient = _recipient(article, f, sent, ments)
        subject, rule = _subject(f["start"], f["end"], sent, window, ments, exclude,
                                 "" if recipient in exclude else recipient)
        rows.append(Funding(
            article.doc_id, f["text"], f["amount"], f["currency"], f["approximate"], subject,
            sent.sentence, f["start"], f["end"], f["currency_source"], payer, sent.paragraph,
            f["bound"], f["cue"], f["vague"], f["currency_note"], rule, f["restatement"],
            f["restates"]))
    return rows


def funding_frame(rows: list[Funding]) -> pd.DataFrame:
    """A funding DataFrame (columns :data:`COLUMNS`) from :func:`funding_rows`."""
    # Object dtype keeps whole amounts as int (1200000000, not 1200000000.0) next to
    # fractional and empty (vague) ones.
    return fixed_frame(rows, COLUMNS, _DTYPES)
