"""Figures in an article: each :data:`~khabar.money.scan.FIGURE_RE` match with a currency
becomes one figure (or two, for a shared currency word), with its currency, cue,
restatement and not-funding flags (docs/arabic.md, "Money"; docs/money.md).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property
from decimal import Decimal

from ..numwords import (NUMBER_WORD_RE, SCALE_WORD_RE, SCALE_WORDS, as_number, digits_value,
                        words_value)
from ..text import Article, alternation
from .amounts import (_BNUM, _HALF, _NUMBER, _SCALE, _SCALED, _coordinated_parts, bracketed_sum,
                      parse_amount)
from .currency import (_CODE_OF_COUNTRY, _COUNTRY_OF_CODE, _currency_from_context,
                       article_country_evidence)
from .scaleless import scaleless_repeats
from .scan import _figure_matches
from .words import _CUE_KIND, _CUES, _WORD_BASE, ISO_4217, SYMBOL_SCALES, SYMBOLS


class _CopyHabits:
    """How one article's copy writes its numbers, each worked out from the whole text the
    first time a figure needs it (most articles have no figure that does: three scans of
    the text saved). Maghreb copy (or a 512،4 shape) writes its Arabic commas the French
    way (:func:`_plain_comma_copy`, :func:`_tunisian_copy`), evidence that its dots group
    thousands (:func:`_dots_group_thousands`); other copy whose own figures show the
    wire's reversed decimal in an Arabic comma (4،217 مليون = 217.4 million) writes every
    such comma so (:func:`_reversed_comma_copy`). docs/money.md, "Numbers"."""

    def __init__(self, article: Article):
        self.article = article

    @cached_property
    def comma_plain(self) -> bool:
        return _plain_comma_copy(self.article) or _tunisian_copy(self.article)

    @cached_property
    def dots_group(self) -> bool:
        return _dots_group_thousands(self.article, self.comma_plain)

    @cached_property
    def comma_reversed(self) -> bool:
        return not self.comma_plain and _reversed_comma_copy(self.article)


def find_figures(article: Article, plain: bool = False) -> list[dict]:
    """Figures in ``article`` as plain dicts (no pandas), in text order.

    Keys: text, amount, currency, currency_source, currency_note, approximate, bound,
    cue, vague, restatement, restates, part_of, not_funding, start, end (character offsets into
    ``article.text``; ``text == article.text[start:end]``). ``not_funding`` names why a
    figure is money but no funding (a unit price, an exchange rate, a banknote
    denomination), else "". Used by :func:`~khabar.money.extract_funding` and by
    :mod:`khabar.dates` (a year inside a money figure is not a date); computed once per
    article and kept on it, as ``functools.cached_property`` does, so the two extractors
    share the work. ``plain=True`` finds them with the plain scan
    (:func:`~khabar.money.scan._figure_matches`), neither read from nor kept on the
    article: the same figures, more slowly.
    """
    cached = None if plain else article.__dict__.get("_khabar_money_figures")
    if cached is not None:
        return cached
    nt = article.normalised
    out = []
    copy = _CopyHabits(article)          # looked at only once a figure needs it
    leader = None                        # the article's leading country, when needed
    comma_scaled = None                  # _comma_decimal_before_scale, when needed
    for m in _figure_matches(nt.norm, plain):
        if not (m["sym"] or m["sym2"] or m["cur"] or m["code"]):
            continue                                     # no currency: not money
        currency, note, base, fig_end = _currency_of(m)
        for k, (a_start, a_end) in enumerate(_coordinated_parts(m)):
            amount_text = nt.norm[a_start:a_end]
            raw_amount = article.text[slice(*nt.span(a_start, a_end))]
            if _ARABIC_COMMA_DECIMAL.search(raw_amount) and copy.comma_reversed:
                # 6،52 مليون in such copy: 52.6 million (docs/money.md, "Numbers")
                amount_text = re.sub(r"(\d),(\d)", r"\1ر\2", amount_text, count=1)
            if _ONE_DOT_GROUP.search(amount_text):
                if not copy.dots_group and _ONE_DOT_GROUP.fullmatch(amount_text):
                    leader = _leading_country(article) if leader is None else leader
                if copy.dots_group or _fraction_too_fine(currency, base, leader or "") \
                        or _ONE_DOT_GROUP.fullmatch(amount_text) \
                        and _valued_in_hundredths(nt.norm, m.start("fig"), currency):
                    amount_text = _ONE_DOT_GROUP.sub(r"\1\2", amount_text)   # 4.385 → 4385
            if "," in raw_amount and _ONE_COMMA_GROUP.search(amount_text) \
                    and _scaled(amount_text):
                leader = _leading_country(article) if leader is None else leader
                if comma_scaled is None:
                    comma_scaled = _comma_decimal_before_scale(article)
                if comma_scaled or _maghreb_copy(currency, leader):
                    # 4,315 مليون درهم in Maghreb copy: 4.315 million (docs/money.md)
                    amount_text = _ONE_COMMA_GROUP.sub(r"\1.\2", amount_text)
            year = _YEAR_BEFORE_DUAL.match(amount_text) or _other_bracketed(amount_text)
            if year:                         # في 2023 ملياري دولار: a year, then 2 × 10⁹
                a_start += year.end()
                amount_text = amount_text[year.end():]
            amount, vague = parse_amount(amount_text)
            if amount is None and not vague or _after_unread_digits(nt.norm, a_start):
                continue
            if m["sym2"] in SYMBOL_SCALES and amount is not None:
                amount = _abbreviation_scaled(amount_text, amount, SYMBOL_SCALES[m["sym2"]])
            n_start = m.start("fig") if k == 0 and not year else a_start
            n_end = fig_end if a_end == m.end("amount") else a_end
            _add_figure(article, m, out, amount, vague, currency, note, base, k == 0,
                        n_start, n_end)

    _ranges(article, out)
    _mark_restatements(nt.norm, out)
    _carried_currency(article, out, copy)
    _shares_of_totals(article, out)
    _per_unit_lists(nt.norm, out)
    _per_unit_ranges(nt.norm, out)
    _rate_levels(nt.norm, out)
    _restated_unit_prices(out)
    _statistics(nt.norm, out)
    _mark_restatements(nt.norm, out)
    if any(f["currency_note"] for f in out):
        _currency_from_context(article, out)
    scaleless_repeats(nt.norm, out)
    _headline_repeats(article, out)
    _parts_of_totals(nt.norm, out)
    if not plain:
        article.__dict__["_khabar_money_figures"] = out
    return out


#: The last term of a sum, a bare number after و (5 مليارات و 27.418 م د).
_TRAILING_TERM = re.compile(r"\s+و\s?(\d+(?:[.,]\d+)*)$")


def _abbreviation_scaled(amount_text: str, amount, scale: int):
    """The amount of a figure whose currency abbreviation carries a scale (Tunisian م د =
    million dinars, أ د = thousand): a number alone is in that scale (972.279 م د =
    972,279,000); in a sum whose terms have scale words, the last term, a bare number
    after و, is (7 مليارات و 768.600 م د: 7.7686 × 10⁹, where before the 768.6 was read
    as dinars), when its value in that scale is below the scale of the term before it;
    otherwise the sum is as written (docs/money.md, "Numbers")."""
    words = [w.removeprefix("ال") for w in amount_text.split()]
    scales = [SCALE_WORDS[w][0] for w in words if w in SCALE_WORDS]
    if not scales:
        return as_number(Decimal(str(amount)) * scale)
    t = _TRAILING_TERM.search(amount_text)
    if t is None:
        return amount
    head, _ = parse_amount(amount_text[:t.start()])
    term, _ = parse_amount(t.group(1))
    if head is None or term is None or Decimal(str(term)) * scale >= min(scales):
        return amount
    return as_number(Decimal(str(head)) + Decimal(str(term)) * scale)


def _currency_of(m: re.Match) -> tuple[str, str, str, int]:
    """``(currency, note, base, fig_end)`` of a figure match with a currency: the ISO
    4217 code of its symbol, code or word and adjective (مليون دينار ليبي → LYD; "" for
    a word without a country, 500 دينار, with a ``note`` saying so), the base currency
    word (دينار) and where the figure ends (before an adjective of another currency)."""
    fig_end = m.end("fig")
    if m["sym"] or m["sym2"]:
        sym = m["sym"] or m["sym2"]
        return SYMBOLS.get(sym) or SYMBOLS[sym.replace(" ", "")], "", "", fig_end
    if m["code"]:
        return m["code"], "", "", fig_end
    base = _WORD_BASE[m["cur"]]
    key = (base, m["adj"] or "")
    if key not in ISO_4217:                      # adjective of another currency
        key, fig_end = (base, ""), m.end("cur")
    currency = ISO_4217[key]
    note = "" if currency else f"ambiguous: {base} without a country"
    return currency, note, base, fig_end


#: A year (1900–2099) right before a dual scale word (في 2023 ملياري دولار): a number
#: before a dual is no count of it (a count takes the singular: 2023 مليار), so the
#: number is the year and the dual its own figure (docs/money.md, "Numbers").
_DUALS = alternation(w for w, (_, kind) in SCALE_WORDS.items() if kind == "dual")
_YEAR_BEFORE_DUAL = re.compile(rf"(?:19|20)\d\d\s+(?=(?:ال)?(?:{_DUALS})(?!\w))")
#: Digits garbled at the end of the text before an amount: after a dot or comma glued
#: to them (``.7250``, ``,50,``) or ending in a dot (``7250.``). Not a year and a comma
#: (``في 2023، مليارا``) nor digits and a space (``في 2023 ملياري دولار``: a year).
_DIGITS_BEFORE = re.compile(r"(?:[.,]\s?\d[\d.,]*|\d+(?:[.,]\d+)*\.)\s*$")


#: Bracketed digits and the number words after them (the amount's start).
_BRACKET_WORDS = re.compile(
    rf"{_BNUM}\s*(?=(?P<w>(?:{NUMBER_WORD_RE})(?:\s+(?:و\s?)?(?:{NUMBER_WORD_RE}))*(?!\w)))")


def _other_bracketed(amount_text: str) -> re.Match | None:
    """The bracketed digits that open ``amount_text`` when the number words after them
    are another number (عام (2020) خمسة ملايين: a year, then the sum), else None: digits
    that state the words' number ((30) ثلاثين مليون) are part of the figure."""
    m = _BRACKET_WORDS.match(amount_text)
    if m is None or bracketed_sum(amount_text) is not None:
        return None
    digits = digits_value(re.sub(r'[()«»"\s]', "", amount_text[:m.end()]))
    return m if digits is None or words_value(m["w"]) != digits else None


def _after_unread_digits(norm: str, start: int) -> bool:
    """Whether the amount at ``norm[start:]`` opens with its scale word right after digits
    the pattern could not take as its number (``( .7250 مليون``, ``7250. مليون``: digits
    garbled in copy): the bare scale word would read as one million, so there is no
    figure (docs/money.md, "Numbers")."""
    if start == 0 or norm[start].isdigit():
        return False
    return _DIGITS_BEFORE.search(norm, max(0, start - 24), start) is not None


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
        restatement=False, restates=-1, part_of=-1,
        not_funding=_not_funding(nt.norm, n_start, n_end, amount,
                                 nt.index(sent.start)),
        start=start, end=end, _nstart=n_start, _nend=n_end,
        _mstart=m.start() if first else n_start, _base=currency or base,
        _sentence=sent.sentence, _sstart=nt.index(sent.start)))


#: The lower end of a range before a figure: (ما) بين + a number with no scale word + و
#: (glued to the figure: بين 20 و50 ألف دولار، ما بين الـ5 والـ7 ملايين دولار).
_RANGE_BEFORE = re.compile(
    r"(?<!\w)(?P<w>(?:ما\s+)?بين)\s+(?:ال)?(?P<lo>\d+(?:\.\d+)?)\s+و(?:ال)?$")
#: The lower end of a range with a scale word of its own before a figure: (ما) بين + a
#: number and scale word, or a scale word alone, its currency word optional, then إلى or
#: و (بين 50 ألفا إلى 100 ألف دولار، بين 10 آلاف و25 ألف دينار، ما بين مليون إلى 3 ملايين).
_SCALED_RANGE_BEFORE = re.compile(
    rf"(?<!\w)(?P<w>(?:ما\s+)?بين)\s+(?:ال)?"
    rf"(?P<lo>(?:\d+(?:\.\d+)?\s*)?(?:ال)?(?:{SCALE_WORD_RE})(?!\w))"
    rf"(?:\s+(?:ال)?(?:{alternation(_WORD_BASE)})(?!\w))?\s+(?:الي\s+|و\s?)(?:ال)?$")
_LEADING_NUMBER = re.compile(r"\d+(?:\.\d+)?")
#: Only a clitic and the article between a figure match's start and its number (و، وال).
_CLITIC_ONLY = re.compile(r"[وفبل]?(?:ال)?")


def _ranges(article: Article, figures: list[dict]) -> None:
    """A range of one sum, ``بين 20 و50 ألف دولار`` (the lower end a number with no scale
    word or currency of its own, the upper end the figure), is one figure: its text the
    whole range, its amount the upper end, ``bound`` upper (the sum is at most that) and
    ``cue`` the word بين as written. Without this the lower end, which has no currency
    word, is no figure at all and the upper end reads as an exact sum. Only a range with
    بين: من 5 إلى 7 ملايين is as often a change (ارتفع من … إلى …) as a range.
    The lower end may have a scale word of its own, and then إلى joins the two ends as و
    does (بين 50 ألفا إلى 100 ألف دولار، بين 10 آلاف و25 ألف دينار: before, the lower
    end was a figure of its own or lost and the upper one read as exact); a lower end
    that was a figure of its own is then no figure. ``figures`` is changed in place."""
    nt = article.normalised
    norm = nt.norm
    merged: set[int] = set()
    for f in figures:
        if f["amount"] is None or f["cue"] \
                or not _CLITIC_ONLY.fullmatch(norm, f["_mstart"], f["_nstart"]):
            continue
        if _scaled_range(article, f, figures, merged) or _rising_range(article, f):
            continue
        m = _RANGE_BEFORE.search(norm, max(0, f["_mstart"] - 40), f["_nstart"])
        hi = _LEADING_NUMBER.match(norm, f["_nstart"])
        if m is None or hi is None or hi.end() == f["_nend"] \
                or not any(w in SCALE_WORDS or w.removeprefix("ال") in SCALE_WORDS
                           for w in norm[hi.end():f["_nend"]].split()) \
                or not _range_ends_rise(m["lo"], hi.group(), f["amount"]):
            continue
        start = nt.span(m.start("lo"), m.end("lo"))[0]
        w0, w1 = nt.span(m.start("w"), m.end("w"))
        f.update(text=article.text[start:f["end"]], start=start, bound="upper",
                 approximate=False, cue=article.text[w0:w1], _nstart=m.start("lo"),
                 _mstart=m.start("w"))
    if merged:
        figures[:] = [f for f in figures if id(f) not in merged]


#: (ما) بين right before a figure.
_BETWEEN_BEFORE = re.compile(r"(?<!\w)(?P<w>(?:ما\s+)?بين)\s+(?:ال)?$")
#: Two terms of an amount joined by و (500 ألف ومليون).
_TWO_TERMS = re.compile(rf"(?P<lo>{_SCALED})\s+و\s?(?P<hi>{_SCALED})(?!\S)")


def _rising_range(article: Article, f: dict) -> bool:
    """Make figure ``f`` a range when بين comes right before it and its amount is two
    terms joined by و that go up in scale (بين 500 ألف ومليون دولار): no sum is written so
    (مليون و500 ألف is), so it is the range from the first to the second, the amount
    the second, ``bound`` upper, ``cue`` بين. Whether it did."""
    nt = article.normalised
    b = _BETWEEN_BEFORE.search(nt.norm, max(0, f["_mstart"] - 12), f["_nstart"])
    t = _TWO_TERMS.match(nt.norm, f["_nstart"]) if b else None
    if t is None:
        return False
    lo, _ = parse_amount(t["lo"])
    hi, _ = parse_amount(t["hi"])
    lo_scale, hi_scale = _scale_of(t["lo"]), _scale_of(t["hi"])
    if lo is None or hi is None or hi_scale <= lo_scale \
            or Decimal(str(lo)) >= Decimal(str(hi)):
        return False
    w0, w1 = nt.span(b.start("w"), b.end("w"))
    f.update(amount=hi, bound="upper", approximate=False, cue=article.text[w0:w1],
             _mstart=b.start("w"))
    return True


def _scale_of(amount_text: str) -> int:
    """The largest scale word's value in a normalised amount (1 if none); a word is
    looked up as written before without the article, as in :func:`_scaled` (ألف
    normalised is الف, آلاف الاف: stripped of ال they are no scale word)."""
    return max((SCALE_WORDS[w][0] if w in SCALE_WORDS else SCALE_WORDS[w.removeprefix("ال")][0]
                for w in amount_text.split()
                if w in SCALE_WORDS or w.removeprefix("ال") in SCALE_WORDS), default=1)


#: A year (1900–2099) as the lower end of a range is no end of it (بين 2015 و5 ملايين).
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")


def _range_ends_rise(lo: str, hi_number: str, amount) -> bool:
    """Whether the bare lower end ``lo`` (digits) of a بين range is below its upper end:
    below the upper end's number, the two sharing its scale word (بين 20 و50 ألف: 20
    thousand to 50 thousand), or, read as written, below its whole amount (بين 900 و5
    آلاف دولار: 900 dollars to five thousand; before, 900 ≥ 5 made it no range and the
    upper end an exact sum). A year is no lower end."""
    if Decimal(lo) < Decimal(hi_number):
        return True
    return amount is not None and not _YEAR_LIKE.fullmatch(lo) \
        and Decimal(lo) < Decimal(str(amount))


def _scaled_range(article: Article, f: dict, figures: list[dict], merged: set[int]) -> bool:
    """Make figure ``f`` a range when :data:`_SCALED_RANGE_BEFORE` ends right before it
    and its lower end is below ``f``'s amount (see :func:`_ranges`); the figures inside
    the lower end go into ``merged`` (their ``id``) to be dropped. Whether it did."""
    nt = article.normalised
    m = _SCALED_RANGE_BEFORE.search(nt.norm, max(0, f["_mstart"] - 60), f["_nstart"])
    if m is None:
        return False
    lo, _ = parse_amount(m["lo"])
    if lo is None or Decimal(str(lo)) >= Decimal(str(f["amount"])):
        return False
    start = nt.span(m.start("lo"), m.end("lo"))[0]
    merged.update(id(g) for g in figures if g is not f and start <= g["start"] < f["start"])
    w0, w1 = nt.span(m.start("w"), m.end("w"))
    f.update(text=article.text[start:f["end"]], start=start, bound="upper",
             approximate=False, cue=article.text[w0:w1], _nstart=m.start("lo"),
             _mstart=m.start("w"))
    return True




# --------------------------------------------------------------- figures naming no currency

#: A number and scale word with no currency word after it (و6.5 مليار، بـ579.9 ملياراً،
#: ثمانية تريليونات و196 مليارا; also digits glued to the word before them, بمقدار7 مليارات),
#: a scale word standing for its one or two joined by و
#: to a further term (مليارا و200 مليون: without it the billion would be lost), or
#: with the currency word glued to the scale word (33.5 ملياردولار, web copy that
#: lost the space: group ``glued``).
_BARE_RE = re.compile(
    rf"(?:(?<![\w.,])(?:(?P<cue>{alternation(_CUE_KIND)})\s+)?[وفبل]??|(?<=[\u0621-\u064a])(?=\d))"
    rf"(?P<fig>(?:{_BNUM}|{_NUMBER})\s*(?:{_SCALE}(?:\s+{_SCALE})?(?:{_HALF})?"
    rf"(?:\s+و\s?{_SCALED})*(?:\s+و\s?(?:{_NUMBER}))?"
    rf"|(?:ال)?(?:{SCALE_WORD_RE})(?P<glued>{alternation(_WORD_BASE)})(?!\w))"
    rf"|{_SCALE}(?:\s+و\s?{_SCALED})+(?:\s+و\s?(?:{_NUMBER}))?)"
    rf"(?:\s+(?P<after>تقريبا))?")
#: The word after a figure whose currency is carried over (None: punctuation or the end).
_CARRY_END = re.compile(r"\s*(?:$|[^\w\s]|(?P<w>\w+))")
#: Counted nouns that begin with ل (3 ملايين لاجئ): not the ل of purpose.
_COUNTED_WITH_L = ("لاجي", "لتر")
#: A carried currency reaches this many normalised characters after the figure before.
_CARRY_REACH = 250


def _carried_currency(article: Article, figures: list[dict],
                      copy: _CopyHabits | None = None) -> None:
    """Add the figures that name no currency of their own and take the currency of the
    figure before them in the same sentence (docs/money.md, "Currency carried over"):
    ``85.8 مليار دينار … و6.5 مليار للطوارئ``, ``690.1 مليار جنيه … مقارنة بـ579.9
    ملياراً``, ``بلغت الإيرادات 7 تريليونات جنيه … والإنفاق ثمانية تريليونات``.

    Only a number with a scale word of a million or more, starting within
    :data:`_CARRY_REACH` normalised characters after a funding figure that is not a
    restatement, and followed by punctuation, the end, a word with و, ل or لل, or a
    purpose cue or a ``carried_after`` word (money_cues.tsv): never a counted noun (3
    ملايين شخص، 100 مليون برميل).
    A figure inside a direct quote in the sentence right after the figure before (وقال
    الوزير: «سننفق 36 مليارا إضافية …») takes its currency too: a speaker quoted on a sum
    the sentence before named does not repeat its currency.
    ``currency_source`` of a carried currency is ``earlier mention``; an ambiguous word
    carried over (دينار) is settled by the article as for the figure it comes from. A
    scale word with the currency word glued to it (33.5 ملياردولار) is a figure in that
    currency (``text``). Where ``copy`` (:class:`_CopyHabits`) says the dots group
    thousands (:func:`_dots_group_thousands`), a dot before three digits does.
    ``figures`` is changed in place and kept in text order."""
    norm = article.normalised.norm
    sources = sorted((f for f in figures if not f["restatement"] and not f["not_funding"]),
                     key=lambda f: f["_nend"])
    if not sources:
        return
    ends = [f["_nend"] for f in sources]
    found: list[dict] = []
    taken = [(f["_mstart"], f["_nend"]) for f in figures]
    for lo, hi in _carry_ranges(ends, len(norm)):
        # A scale word of a million or more (مليون، مليار، بليون، تريليون) must be there:
        # most stretches after a figure hold none, and the full pattern is not run there.
        if not _MILLION_HINT.search(norm, lo, hi):
            continue
        for m in _BARE_RE.finditer(norm, lo, hi):
            s, e = m.span("fig")
            prev = sources[bisect_right(ends, m.start()) - 1]
            if m.start() - prev["_nend"] > _CARRY_REACH or any(a < e and s < b for a, b in taken):
                continue
            glued = m["glued"]
            if not glued and not _carry_allowed(norm, m.end()):
                continue
            amount_end = e - len(glued) if glued else e
            amount_text = norm[s:amount_end]
            if copy is not None and copy.dots_group:
                amount_text = _ONE_DOT_GROUP.sub(r"\1\2", amount_text)
            amount, vague = parse_amount(amount_text)
            if amount is None or vague or not _from_a_million(amount_text):
                continue
            if glued:
                base = _WORD_BASE[glued]
                currency = ISO_4217.get((base, ""), "")
                note = "" if currency else f"ambiguous: {base} without a country"
            else:
                currency, note, base = prev["currency"], prev["currency_note"], prev["_base"]
            n = len(found)
            _add_figure(article, m, found, amount, vague, currency, note, base, True, s, e)
            if len(found) == n:
                continue
            if not glued and found[-1]["_sentence"] != prev["_sentence"] \
                    and not (found[-1]["_sentence"] == prev["_sentence"] + 1
                             and _in_quote(norm, found[-1]["_sstart"], s)):
                found.pop()
                continue
            if not glued and currency:
                found[-1]["currency_source"] = "earlier mention"
            if not glued:
                found[-1]["_carried_from"] = prev["_nstart"]
            taken.append((s, e))
    if found:
        figures.extend(found)
        figures.sort(key=lambda f: f["_nstart"])


#: Between a share and the total it is out of (70 مليونا من أصل 260 مليون دولار).
_SHARE_OF = re.compile(r"\s+من\s+(?:اصل|اجمالي|مجموع)\s+$")


def _shares_of_totals(article: Article, figures: list[dict]) -> None:
    """Add the figures that name no currency of their own and are a share of the figure
    right after them (``70 مليونا من أصل 260 مليون دولار``، من إجمالي، من مجموع): the
    share takes the total's currency (docs/money.md, "Currency carried over"), as a
    figure takes the currency carried from the one before it. ``currency_source`` is
    ``later mention``. ``figures`` is changed in place and kept in text order."""
    norm = article.normalised.norm
    found = []
    for total in [f for f in figures if f["currency"] or f["currency_note"]]:
        lo = max(0, total["_mstart"] - 80)
        share = _SHARE_OF.search(norm, lo, total["_mstart"])
        if share is None:
            continue
        m = next((m for m in _BARE_RE.finditer(norm, lo, share.start())
                  if m.end("fig") == share.start() and not m["glued"]), None)
        if m is None or any(f["_nend"] > m.start("fig") and f["_nstart"] < share.start()
                            for f in figures):
            continue
        amount, vague = parse_amount(norm[m.start("fig"):m.end("fig")])
        if amount is None or vague or not _from_a_million(m["fig"]):
            continue
        n = len(found)
        _add_figure(article, m, found, amount, vague, total["currency"],
                    total["currency_note"], total["_base"], True, *m.span("fig"))
        if len(found) > n and total["currency"]:
            found[-1]["currency_source"] = "later mention"
    if found:
        figures.extend(found)
        figures.sort(key=lambda f: f["_nstart"])


def _in_quote(norm: str, a: int, b: int) -> bool:
    """Whether a quotation opened in ``norm[a:b]`` (a sentence's start to a figure) is
    still open at ``b``: more « than », more “ than ”, or an odd number of ". A figure
    there is inside a direct quote (وقال الوزير: «سننفق 36 مليارا إضافية …»)."""
    seg = norm[a:b]
    return seg.count("«") > seg.count("»") or seg.count("“") > seg.count("”") \
        or seg.count('"') % 2 == 1


#: Every scale word of a million or more holds one of these (مليون، ملايين، مليار،
#: بليون، بلايين، تريليون): the plural ملايين has no ملي.
_MILLION_HINT = re.compile("ملي|ملاي|بلي|بلاي|ترلي|تريلي")


def _carry_ranges(ends: list[int], n: int) -> list[tuple[int, int]]:
    """The merged stretches ``[end, end + _CARRY_REACH)`` after the figures ending at the
    sorted offsets ``ends`` (a text of length ``n``): each part of the text is scanned
    once, however many figures a list holds."""
    out: list[tuple[int, int]] = []
    for e in ends:
        hi = min(e + _CARRY_REACH, n)
        if out and e <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((e, hi))
    return out


def _carry_allowed(norm: str, e: int) -> bool:
    """Whether what follows a figure ending at ``e`` lets it take a carried currency:
    punctuation or the end, a word with و, a word with ل (لصيانة، للطوارئ، لـ; not a
    counted noun such as لاجئ، لتر), a purpose cue or a word of money_cues.tsv
    ``carried_after`` (هذا العام، خلال، سنويا)."""
    w = _CARRY_END.match(norm, e)["w"]
    if w is None:
        return True
    if w[0] == "ل":      # لصيانة، للطوارئ، لـ: what the money is for; لتر، لاجئ are counted
        return w not in _CUES.get("priced_unit", ()) and not w.startswith(_COUNTED_WITH_L)
    # و alone: the conjunction written apart from its word (512 ملياراً و تحددت …)
    return w in _CUES.get("purpose", ()) or w in _CUES.get("carried_after", ()) \
        or w[0] == "و"


def _from_a_million(amount_text: str) -> bool:
    """Whether the scale words of an amount reach a million (ألف alone counts people
    and things as often as money). A scale word glued to its digits (100مليون, web
    copy that lost the space) counts."""
    for w in re.findall(r"[^\W\d]+", amount_text):
        w = w.removeprefix("و").removeprefix("ال")
        v = SCALE_WORDS.get(w)
        if v and v[0] >= 1_000_000:
            return True
    return False


# --------------------------------------------------------------------------- flags

#: One Arabic comma between digits, no second one after (6،52، 4،217).
_ARABIC_COMMA_DECIMAL = re.compile(r"^\D*\d+\s?\u060c\s?\d+(?!\s?\u060c\s?\d)")
#: The wire's reversed decimal with an Arabic comma for its ر, in normalised text: one or
#: two digits, the comma, three digits that do not end in 0 (not 1،500 nor 2،750, round
#: sums that copy writing thousands of millions may give), then a scale word of a million
#: or more (4،217 مليون = 217.4 million): read in order it would be thousands of
#: millions, which such copy writes in the next scale (4.217 مليار).
_REVERSED_COMMA_BEFORE_SCALE = re.compile(
    rf"(?<![\d,.])\d{{1,2}},\d\d[1-9](?![\d,.])\s*(?P<scale>(?:ال)?(?:{SCALE_WORD_RE}))(?!\w)")


def _reversed_comma_copy(article: Article) -> bool:
    """Whether the article writes the wire's reversed decimal with an Arabic comma (U+060C)
    for the letter ر, the fraction digits first: a figure of
    :data:`_REVERSED_COMMA_BEFORE_SCALE`'s shape, its comma an Arabic one in the text as
    read (4،217 مليون دولار for 217.4 million: the shape seen in an aggregator's copy of
    a wire story that another outlet gave in plain order). Then every single Arabic
    comma between the digits of its figures is read so (6،52 مليون = 52.6 million). Not asked of
    French-trained copy (:func:`_tunisian_copy`, :func:`_plain_comma_copy`), whose 4،512
    م د groups thousands. docs/money.md, "Numbers"."""
    if "\u060c" not in article.text:
        return False
    nt = article.normalised
    for m in _REVERSED_COMMA_BEFORE_SCALE.finditer(nt.norm):
        a, b = nt.span(m.start(), m.start("scale"))
        if "\u060c" in article.text[a:b] and _from_a_million(m["scale"]):
            return True
    return False


#: An Arabic comma with three or more digits before it and one or two after (512،4): a
#: decimal comma in a large sum, the way French-trained copy writes it (docs/money.md,
#: "Numbers").
_PLAIN_COMMA_SHAPE = re.compile(r"(?<![\d\u060c])\d{3,}\s?\u060c\s?\d{1,2}(?![\d\u060c])")
#: The same shape in normalised text (the Arabic comma is "," there) before a scale word,
#: as normalisation spells it (مليـون with a tatweel, ملیون with a Persian ی: مليون).
_PLAIN_COMMA_BEFORE_SCALE = re.compile(
    rf"(?<![\d,])\d{{3,}}\s?,\s?\d{{1,2}}(?![\d,])\s*(?:ال)?(?:{SCALE_WORD_RE})(?!\w)")


def _plain_comma_copy(article: Article) -> bool:
    """Whether the article's copy writes its decimals in an Arabic comma the French way, so
    that its dots may group thousands (:func:`_dots_group_thousands`): a figure with three
    or more digits before an Arabic comma and one or two after it, before a scale word
    (512،4 مليون دينار, :data:`_PLAIN_COMMA_SHAPE`), found in the normalised text so that
    a tatweel or a Persian yeh in the scale word (337،5 مليـون) does not hide it; the
    comma must be an Arabic one in the text as read. Every Arabic comma before one or two
    digits is a decimal mark whatever this says (2،8 مليار = 2.8 billion: read by
    :func:`khabar.numwords.digits_value`); docs/money.md, "Numbers"."""
    if "\u060c" not in article.text:
        return False
    nt = article.normalised
    for m in _PLAIN_COMMA_BEFORE_SCALE.finditer(nt.norm):
        a, b = nt.span(m.start(), m.end())
        if _PLAIN_COMMA_SHAPE.search(article.text, a, b):
            return True
    return False


#: Countries whose press writes its decimals in a comma, as French does (Tunisia,
#: Algeria, Morocco, Mauritania: 1،39 مليار دولار = 1.39 billion) and may group
#: thousands with dots.
_MAGHREB = {"TN", "DZ", "MA", "MR"}


def _tunisian_copy(article: Article) -> bool:
    """Whether the article is Maghreb copy, which writes its decimals in a comma (1،4
    مليار دينار = 1.4 billion) and may group thousands with dots: a country of :data:`_MAGHREB`
    leads its country evidence (:func:`~khabar.money.currency.country_evidence`: names,
    nisbas, cities and the Tunisian press word موفى), with at least twice the mentions of
    any other country, or
    a figure written with a Tunisian dinar abbreviation (12 م.د، 350 أ.د، 40 د.ت). Looked
    at only when an Arabic comma stands between digits."""
    if "\u060c" not in article.text or not _ARABIC_COMMA_BETWEEN.search(article.text):
        return False
    if _TND_ABBREVIATION.search(article.normalised.norm):
        return True
    return _leading_country(article) in _MAGHREB


def _leading_country(article: Article) -> str:
    """The country (ISO 3166-1 alpha-2) that leads the article's country evidence
    (:func:`~khabar.money.currency.country_evidence`) with at least twice the mentions
    of any other, else ""."""
    ranked = sorted(article_country_evidence(article).items(), key=lambda kv: -kv[1])
    if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return ""


_ARABIC_COMMA_BETWEEN = re.compile(r"\d\s?\u060c\s?\d")

# ------------------------------------------------------------- a dot before three digits

#: One dot and exactly three digits after one to three (4.385، 350.000): a decimal point
#: or a thousands separator, as the article's copy writes it (docs/money.md, "Numbers").
#: Two or more such groups (1.250.000) are always thousands (numwords.digits_value).
_ONE_DOT_GROUP = re.compile(r"(?<![\d.,])(\d{1,3})\.(\d{3})(?![\d.,]?\d)")
#: The copy's own decimal comma: a Latin comma with one or two digits after it (2,5 مليار،
#: 1.250.000,75) in the text as read, or (see :func:`_dots_group_thousands`) an Arabic one.
_LATIN_COMMA_DECIMAL = re.compile(r"\d,\d{1,2}(?!\d)")
_ARABIC_COMMA_FRACTION = re.compile(r"\d\s?\u060c\s?\d{1,2}(?!\d)")
#: A decimal dot: one or two digits after it (183.42، 2.5), no further digit or group.
_DOT_DECIMAL = re.compile(r"(?<![\d.,])\d+\.\d{1,2}(?![\d.,]?\d)")
#: A number with two or more dot groups of three digits (1.250.000): dots group thousands.
_DOT_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.]?\d)")
#: Currencies divided into thousandths (ISO 4217 minor unit 3): 12.500 دينار تونسي is
#: twelve dinars and 500 millimes, a real amount, not a fraction finer than the currency.
_THOUSANDTHS = {"TND", "LYD", "KWD", "BHD", "OMR", "JOD", "IQD"}


def _dots_group_thousands(article: Article, comma_plain: bool) -> bool:
    """Whether the article's copy writes the dot as its thousands separator, so that one
    dot before three digits (15.230 مليار دينار) groups thousands (15230 مليار) in each of
    its figures: it writes a number with two or more dot groups (1.250.000), or it writes
    a comma as its decimal mark elsewhere (a Latin comma with one or two digits after it,
    2,5 مليون; or an Arabic comma the article reads as a plain decimal, 312،75 مليار, in
    copy that :func:`_tunisian_copy` or :func:`_plain_comma_copy` marks as French-trained)
    more often than a dot with one or two digits after it (:data:`_DOT_DECIMAL`: copy that
    writes 183.42 مليار and once 412,17 مليار keeps its dot a decimal point). Input: the
    analysed article and whether it is such copy. Rule and reasoning: docs/money.md,
    "Numbers"."""
    text = article.text
    if "." not in text:
        return False
    if _DOT_GROUPS.search(text):
        return True
    commas = len(_LATIN_COMMA_DECIMAL.findall(text))
    if comma_plain:
        commas += len(_ARABIC_COMMA_FRACTION.findall(text))
    # copy that writes more decimals with a dot (183.42 مليار) than with a comma (one stray
    # 412,17) keeps its dot a decimal point: 2.416 تريليون is 2.416 × 10¹²
    return commas > len(_DOT_DECIMAL.findall(text))


#: One comma and exactly three digits after one to three (4,315): a thousands separator,
#: or the decimal comma of French-trained Maghreb copy (a Latin comma only: see
#: :func:`_comma_decimal_before_scale`).
_ONE_COMMA_GROUP = re.compile(r"(?<![\d.,])(\d{1,3}),(\d{3})(?![\d.,]?\d)")


def _scaled(amount_text: str) -> bool:
    """Whether a normalised amount has a scale word (مليون، المليارات; ألف normalised is
    الف, which begins like the article, so a word is looked up as written too)."""
    return any(w in SCALE_WORDS or w.removeprefix("ال") in SCALE_WORDS
               for w in amount_text.split())


def _price_sized(amount, amount_text: str) -> bool:
    """Whether a figure is the size of a price or a rate: below :data:`_UNIT_PRICE_BELOW`
    with no scale word in its normalised text."""
    return amount is not None and amount < _UNIT_PRICE_BELOW and not _scaled(amount_text)


#: A comma and one or two digits before a scale word (1,15 مليون، 3,75 مليار) in
#: normalised text: the copy writes the decimal of its scaled figures in a comma.
_COMMA_FRACTION_BEFORE_SCALE = re.compile(
    rf"(?<![\d.,])\d{{1,3}},\d{{1,2}}(?![\d.,]?\d)\s*(?:ال)?(?:{SCALE_WORD_RE})(?!\w)")


def _comma_decimal_before_scale(article: Article) -> bool:
    """Whether the article writes a Latin comma decimal before a scale word (1,15 مليون
    دولار). Such copy writes 4,215 مليون درهم for 4.215 million too, and groups thousands
    with commas only where no scale word follows (310,240 دولارا). The Arabic comma is
    not such evidence: Tunisian wire copy writes 615،3 مليون دينار and, in the same story,
    5،292 م د for 5292 million."""
    nt = article.normalised
    for m in _COMMA_FRACTION_BEFORE_SCALE.finditer(nt.norm):
        a, b = nt.span(m.start(), m.end())
        if "," in article.text[a:b]:
            return True
    return False


def _maghreb_copy(currency: str, leader: str) -> bool:
    """Whether a figure is Maghreb copy, which writes the comma as its decimal mark as
    French does: its currency is a Maghreb country's (MAD, DZD, TND, MRU) or a Maghreb
    country leads the article's country evidence (``leader``: :func:`_leading_country`).
    Then a comma before three digits and a scale word is a decimal (4,315 مليون درهم =
    4.315 million; read as thousands, 4 billion dirhams for a handful of village works);
    elsewhere it groups thousands (2,500 مليار دينار عراقي). docs/money.md, "Numbers"."""
    return _COUNTRY_OF_CODE.get(currency) in _MAGHREB or leader in _MAGHREB


def _fraction_too_fine(currency: str, base: str, leader: str) -> bool:
    """Whether a bare number with one dot before three digits and no scale word (350.000
    درهم) must group thousands because, read as a decimal, its three-digit fraction would
    be finer than the currency it counts: the figure's currency (``currency``, or the one
    the article's leading country ``leader`` gives its bare word ``base``: درهم in a
    Moroccan article is MAD) is a Maghreb country's, or the article is Maghreb copy
    (``leader`` in :data:`_MAGHREB`: 12.500 أورو), and that currency is divided into
    hundredths, not thousandths (:data:`_THOUSANDTHS`). docs/money.md, "Numbers"."""
    code = currency or _CODE_OF_COUNTRY.get((base, leader), "")
    return bool(code) and code not in _THOUSANDTHS and (
        _COUNTRY_OF_CODE.get(code) in _MAGHREB or leader in _MAGHREB)


#: A word that gives the value of a noun before its figure (money_cues.tsv value_word:
#: بقيمة، بمبلغ، قيمته).
_VALUE_WORDS = _CUES.get("value_word", set())


def _valued_in_hundredths(norm: str, start: int, currency: str) -> bool:
    """Whether a bare number with one dot before three digits and no scale word, starting
    at ``start`` of normalised ``norm``, is the stated value of an agreement, grant or
    project in a currency divided into hundredths (``عقد بقيمة 418.275 دولارا``:
    a value word of money_cues.tsv ``value_word`` among the three words before it; the
    figure's own currency code known and not one of :data:`_THOUSANDTHS`): a sum's value
    is never written to a tenth of a cent, so the dot groups thousands (418,275 dollars),
    whatever the copy. A bare 12.500 دولار with no value word stays 12.5 (an exchange
    rate or a price may have three decimals). docs/money.md, "Numbers"."""
    if not currency or currency in _THOUSANDTHS:
        return False
    words = norm[max(0, start - 40):start].split()[-3:]
    return any(w in _VALUE_WORDS for w in words)


_TND_ABBREVIATION = re.compile(
    r"\d\s?(?:" + "|".join(re.escape(sym) for sym, code in SYMBOLS.items()
                           if code == "TND" and not sym.isascii()) + r")(?!\w)")
_WORD = re.compile(r"[^\s\d.,;:()«»\"'?!\-]+")
_CURRENCY_AFTER_RATE = re.compile(rf"\s*(?:ال)?(?:{alternation(_WORD_BASE)})(?!\w)")


#: سعر + a unit (money_cues.tsv priced_unit), with و ف ب ل before سعر (بسعر، لسعر، ومعدل
#: سعر): what a small figure after it in the sentence prices.
_UNIT_PRICE = re.compile(rf"(?<!\w)[وفبل]{{0,2}}(?:ال)?سعر\s+"
                         rf"(?:{alternation(_CUES.get('priced_unit', ()))})(?!\w)")
#: سعر الصرف / سعر صرف / أسعار صرف (money_cues.tsv exchange_rate_noun) earlier in the
#: sentence, at most this many normalised characters before a small figure: the figure
#: is the rate quoted, not money given.
_EXCHANGE_RATE = re.compile(
    rf"(?<!\w)[وفبل]{{0,2}}(?:{alternation(_CUES.get('exchange_rate_noun', ()))})(?!\w)")
_EXCHANGE_RATE_REACH = 100
#: سعر + a currency word (سعر الدولار، بسعر اليورو): the price of that currency.
_CURRENCY_PRICE = re.compile(
    rf"(?<!\w)[وفبل]{{0,2}}(?:ال)?سعر\s+(?:ال)?(?P<cur>{alternation(_WORD_BASE)})(?!\w)")


def _priced_in_another(norm: str, lo: int, s: int, e: int) -> bool:
    """Whether the small figure ``norm[s:e]`` is the price of another currency named with
    سعر before it in ``norm[lo:s]`` (سعر الدولار … سجل 750 جنيها في المصارف): an exchange
    rate. The same currency there (رغم ارتفاع سعر الدولار قدمت 5000 دولار) is money."""
    last = next(reversed(list(_CURRENCY_PRICE.finditer(norm, lo, s))), None)
    if last is None:
        return False
    own = {_WORD_BASE[w.removeprefix("ال")] for w in norm[s:e].split()
           if w.removeprefix("ال") in _WORD_BASE}
    return bool(own) and _WORD_BASE[last["cur"]] not in own
#: A unit price is below this amount and has no scale word; the sentence is searched back
#: this many normalised characters for سعر + the unit.
_UNIT_PRICE_BELOW, _UNIT_PRICE_REACH = 100_000, 400


#: A sum per period (شهريا) from this amount on is a programme's funding (60 مليون دولار
#: شهريا), below it a wage, fee or allowance (500 دينار شهريا).
_PROGRAMME_PER_PERIOD = 1_000_000


def _not_funding(norm: str, s: int, e: int, amount=None, sent_start: int = 0) -> str:
    """Why the figure ``norm[s:e]`` (of value ``amount``) is money but not funding, or
    "": a per-unit price or amount after it (25 دينارا للسهم، 37 دولارا للبرميل، 10 آلاف
    دينار للقرض الواحد), a
    wage or fee per period (500 دينار شهريا; from a million on, 30 مليون دولار شهريا, a
    programme's monthly funding, it is funding), an exchange rate (73 دينارا مقابل
    الدولار; 1 دولار = 3.75 ريال; الدينار الواحد يساوي 3.2 دولارات: a figure below
    :data:`_UNIT_PRICE_BELOW` with no scale word; استقر الدولار عند 31 جنيها:
    :func:`_currency_moves`), a banknote denomination before it (من فئة 50 دينارا، ورقة
    نقدية فئة 500 جنيه: :func:`_banknote_before`), or the price of a unit
    named earlier in its sentence (``sent_start``: the sentence's normalised start): سعر
    + a unit (برميل، سهم، لتر …) before a figure below :data:`_UNIT_PRICE_BELOW` with no
    scale word (بلغ معدل سعر برميل النفط نحو 81 دولارا؛ ارتفع سعر سهم البنك من 85 ريالا
    للسهم إلى 131 ريالا). Words from lexicon money_cues.tsv."""
    after = _WORD.search(norm, e, e + 30)
    # a closing bracket or quote mark may come first: 7.2 درهم (1.96 دولار) للسهم
    if after and norm[e:after.start()].strip().strip(')"»”') == "":
        w = after.group()
        nxt = _WORD.match(norm, after.end() + 1) if norm[after.end():after.end() + 1] == " " \
            else None
        if nxt and f"{w} {nxt.group()}" in _CUES.get("per_period", ()):
            w = f"{w} {nxt.group()}"          # لكل عام: per period, not per unit
        if w in _CUES.get("per_unit", ()) or w.startswith("ل") and nxt and (
                nxt.group() in _CUES.get("unit_one", ())):
            return "per unit"                 # 10 آلاف دينار للقرض الواحد: per loan
        if w in _CUES.get("per_period", ()) and (amount is None
                                                  or amount < _PROGRAMME_PER_PERIOD):
            return "per unit"
        if w in _CUES.get("rate", ()) and _CURRENCY_AFTER_RATE.match(norm, after.end()):
            return "exchange rate"
        if w.startswith("لل") and w[2:] in _WORD_BASE and _price_sized(amount, norm[s:e]):
            return "exchange rate"      # 52 جنيها للدولار: the price of a dollar
    small = _price_sized(amount, norm[s:e])
    if small and _UNIT_PRICE.search(norm, max(sent_start, s - _UNIT_PRICE_REACH), s):
        return "per unit"
    if small and (_EQUALS_AFTER.match(norm, e) or _EQUALS_BEFORE.search(norm, max(0, s - 40), s)
                  or _rate_verb_before(norm, max(sent_start, s - 60), s)
                  or _currency_moves(norm, max(sent_start, s - _MOVE_REACH), s, e)):
        return "exchange rate"          # 1 دولار = 3.75 ريال، الدينار الواحد يساوي 3.2 دولار
    if small and (after and after.group() in _CUES.get("trade_side", ())
                  and norm[e:after.start()].strip() == ""
                  or _EXCHANGE_RATE.search(norm, max(sent_start, s - _EXCHANGE_RATE_REACH), s)
                  or _priced_in_another(norm, max(sent_start, s - _EXCHANGE_RATE_REACH), s, e)):
        # سعر صرف الدولار … 1015 ريالا للبيع، و1011 ريالا للشراء: a quoted rate, no funding
        return "exchange rate"
    before = norm[max(0, s - 25):s].split()
    if before:
        w = before[-1]
        w = w[2:] if w.startswith("ال") else w
        # فيه is also "in it": the denomination only after من or a noun of a banknote or
        # coin and its adjectives (ورقة نقدية جديدة فئة 200 جنيه، عملة فئة 50 ريالا)
        if w in _CUES.get("denomination", ()) and (
                w != "فيه" or len(before) > 1 and before[-2] == "من"
                or _banknote_before(norm[max(0, s - 60):s].split()[-4:-1])):
            return "denomination"
    if _refused(norm, max(sent_start, s - 60), s):
        return "refused"
    return ""


#: Words of refusing, declining or denying (money_cues.tsv refusal: رفض، رفضها، امتنعت، نفت).
_REFUSALS = _CUES.get("refusal", set())
#: Nouns of money given and verbal nouns of giving (money_cues.tsv funding_noun,
#: giving_noun, payer_noun: قرض، منحة، تقديم، منح).
_GIVEN_NOUNS = (_CUES.get("funding_noun", set()) | _CUES.get("giving_noun", set())
                | _CUES.get("payer_noun", set()))


def _refused(norm: str, lo: int, s: int) -> bool:
    """Whether the figure at normalised offset ``s`` is money refused (money_cues.tsv
    refusal): a word of refusing, declining or denying (with و or ف before it: رفضت،
    امتنعت، نفت، نفى) among the words of
    ``norm[lo:s]`` (its sentence, at most 60 characters back), then a noun of money given
    or a verbal noun of giving (تقديم، قرض، منحة; with ال، و، ب before it) and at most
    four words before the figure, with no comma between (أعلنت الدولة رفضها تقديم 200
    مليون يورو، امتنعت الحكومة عن منح قرض بقيمة 30 مليون دولار). Such a sum is not
    given, so it is no funding row (docs/money.md)."""
    words = norm[lo:s].split()
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if "," in w:
            return False
        w = w[1:] if w[:1] in ("و", "ف") and w[1:] in _REFUSALS else w
        if w in _REFUSALS:
            rest = words[k + 1:]
            if any(x[:1] in ("و", "ف") and x[1:] in _NEW_CLAUSE_VERBS for x in rest):
                return False     # رفض البرلمان القانون وقدم البنك قرضا …: another clause
            nouns = [i for i, x in enumerate(rest) if _given_noun(x)]
            return bool(nouns) and len(rest) - nouns[0] <= 5
    return False


#: Verbs of giving, receiving or announcing (money_cues.tsv payer_verb, receive_verb,
#: announce_verb): one with و or ف after the refusal opens another clause.
_NEW_CLAUSE_VERBS = (_CUES.get("payer_verb", set()) | _CUES.get("receive_verb", set())
                     | _CUES.get("announce_verb", set()))


def _given_noun(word: str) -> bool:
    """Whether ``word`` is a noun of money given or a verbal noun of giving
    (:data:`_GIVEN_NOUNS`), with و، ب، ال before it or the accusative ending after it."""
    for p in ("وب", "وال", "بال", "و", "ب", "ال"):
        if word.startswith(p) and len(word) > len(p) + 1 and word[len(p):] in _GIVEN_NOUNS:
            return True
    return word in _GIVEN_NOUNS or word.rstrip("ا") in _GIVEN_NOUNS


#: An equals sign between a figure and another (1 دولار = 3.75 ريال): a rate.
_EQUALS_AFTER = re.compile(r"\s*=\s*\d")
_EQUALS_BEFORE = re.compile(rf"(?:{alternation(_WORD_BASE)})\s*=\s*$")
#: A verb of equalling (money_cues.tsv rate_verb: يساوي، يعادل) after a currency word.
_RATE_VERBS = _CUES.get("rate_verb", set())
_CURRENCY_WORD = re.compile(rf"(?:ال)?(?:{alternation(_WORD_BASE)})$")


def _rate_verb_before(norm: str, lo: int, s: int) -> bool:
    """Whether a verb of equalling (money_cues.tsv rate_verb) right before the figure at
    ``s`` follows a currency word within three words (الدينار الواحد يساوي 3.2 دولار):
    the figure is the price of that currency, an exchange rate."""
    words = norm[lo:s].split()
    return bool(words) and words[-1] in _RATE_VERBS \
        and any(_CURRENCY_WORD.match(w) for w in words[-4:-1])


#: Nouns of a banknote or coin and their adjectives (money_cues.tsv banknote: ورقه،
#: عمله، نقديه), normalised, without ال.
_BANKNOTE_WORDS = _CUES.get("banknote", set())


def _banknote_before(words: list[str]) -> bool:
    """Whether the normalised ``words`` right before فئة (فيه, normalised) are a banknote or
    coin and its adjectives (ورقة نقدية، عملة، الورقة النقدية الجديدة، أوراقا نقدية): each a
    word of money_cues.tsv ``banknote`` (with و or ال, the accusative ا), the first a noun
    of one (not the adjective جديدة alone: وطرح البنك خدمة جديدة فيه …)."""
    bare = []
    for w in words:
        for p in ("وال", "ال", "و"):
            if w.startswith(p) and w[len(p):].rstrip("ا") in _BANKNOTE_WORDS:
                w = w[len(p):]
                break
        bare.append(w.rstrip("ا") if w.rstrip("ا") in _BANKNOTE_WORDS else w)
    k = len(bare)
    while k and bare[k - 1] in _BANKNOTE_WORDS:
        k -= 1
    run = bare[k:]
    return bool(run) and run[0] not in ("جديده", "نقديه", "ورقيه", "معدنيه")


#: Verbs of a currency's price moving or standing (money_cues.tsv rate_move: ارتفع،
#: استقر، سجل، يساوي) and the words that may stand between the currency word, the verb and
#: the figure: a preposition (إلى، عند، بـ، مقابل), a hedge, a definite adjective or time
#: word (الأمريكي، الواحد، اليوم).
_RATE_MOVES = _CUES.get("rate_move", set())
_MOVE_LINKS = {"الي", "عند", "ب", "بـ", "مقابل", "امام", "نحو", "حوالي", "قرابه", "ليبلغ",
               "ليصل", "ليسجل", "امس", "اليوم"}
#: How far before a small figure (normalised characters) the currency word may be.
_MOVE_REACH = 80
_DEFINITE_CURRENCY = re.compile(rf"[وف]?ال(?P<cur>{alternation(_WORD_BASE)})")


def _currency_moves(norm: str, lo: int, s: int, e: int) -> bool:
    """Whether the small figure ``norm[s:e]`` is the price of another currency named as
    the subject of a verb of moving, standing or equalling right before it (money_cues.tsv
    rate_move: ارتفع الدولار إلى 48 جنيها، استقر اليورو عند 52 جنيها، ويساوي الدولار 3.75
    ريال، الدولار الأمريكي يساوي نحو 3.75 ريالات), with only such a verb, prepositions,
    hedges and definite adjectives between them in ``norm[lo:s]``, and no comma: an
    exchange rate. The figure's own currency there (ارتفع الدعم بالدولار …) is no rate."""
    words = norm[lo:s].split()
    own = {_WORD_BASE[w.removeprefix("ال")] for w in norm[s:e].split()
           if w.removeprefix("ال") in _WORD_BASE}
    def moving(w: str) -> bool:
        return w in _RATE_MOVES or w[:1] in ("و", "ف") and w[1:] in _RATE_MOVES

    verb = False
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if "," in w or "،" in w:
            return False
        cur = _DEFINITE_CURRENCY.fullmatch(w)
        if cur:
            # the verb after the currency word (الدولار يساوي …) or right before it
            # (واستقر الدولار عند …، ويعادل الدولار الواحد …)
            verb = verb or k > 0 and moving(words[k - 1])
            return verb and bool(own) and _WORD_BASE[cur["cur"]] not in own
        if moving(w):
            verb = True
        elif not (w in _MOVE_LINKS or w.startswith("ال")):
            return False
    return False


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


#: Between a per-unit price's unit word and the other end of its change or range: إلى،
#: حتى or و (من 90 دولارا للبرميل إلى 70 دولارا، بين 3 دنانير للكيلو و5 دنانير).
_RANGE_JOIN = re.compile(r"\s*(?:و\s?)?(?:الي|حتي|و)\s*")


#: Between an exchange rate and the level it moved from or to: a comma, من or إلى (عند
#: 52 جنيها للدولار، من نحو 31.4 جنيه).
_RATE_JOIN = re.compile(r"\s*,?\s*(?:و\s?)?(?:من|الي|مقابل|بعد)\s*")


def _rate_levels(norm: str, figures: list[dict]) -> None:
    """The level an exchange rate moved from or to is a rate too: in ``هبط إلى 52 جنيها
    للدولار، من نحو 31.4 جنيه`` the currency priced (للدولار) is written once, after the
    first figure. The second follows that word with only a comma and من، إلى، مقابل or
    بعد between (a hedge before it is part of its match), in the same sentence and the
    same currency, below :data:`_UNIT_PRICE_BELOW` with no scale word; so is the next
    figure of a list of rates, joined by و at most 40 characters after it. ``figures`` is
    changed in place."""
    for a, b in zip(figures, figures[1:]):
        if a["not_funding"] != "exchange rate" or b["not_funding"] \
                or a["_sentence"] != b["_sentence"] or a["currency"] != b["currency"]:
            continue
        unit = _WORD.search(norm, a["_nend"], a["_nend"] + 30)
        if unit and unit.group().startswith("لل") and unit.group()[2:] in _WORD_BASE \
                and _RATE_JOIN.fullmatch(norm, unit.end(), b["_mstart"]) \
                and _price_sized(b["amount"], norm[b["_nstart"]:b["_nend"]]):
            b["not_funding"] = "exchange rate"
            continue
        # 750 جنيها في المصرف الأول و720 جنيها في الثاني: the next rate of a list, with و
        # right before it at most 40 characters on
        gap = norm[a["_nend"]:b["_nstart"]]
        if len(gap) <= 40 and gap.rstrip().endswith(("و", " و")) and "\n" not in gap \
                and _price_sized(b["amount"], norm[b["_nstart"]:b["_nend"]]):
            b["not_funding"] = "exchange rate"


def _per_unit_ranges(norm: str, figures: list[dict]) -> None:
    """The other end of a per-unit price's change or range is a per-unit price too: in
    ``من 90 دولارا للبرميل إلى 70 دولارا`` (and with بين … و …) the unit word is written
    after the first end only, and both ends price a barrel (docs/money.md, "Money that
    is not funding"). The second end follows the first's unit word with only إلى، حتى or
    و between (:data:`_RANGE_JOIN`; a hedge before it is part of its match) in the same
    sentence, and is a price's size: below :data:`_UNIT_PRICE_BELOW`, no scale word (70
    دولارا للبرميل و20 مليون دولار للمشروع: a second sum). ``figures`` is changed in
    place."""
    for a, b in zip(figures, figures[1:]):
        if a["not_funding"] != "per unit" or b["not_funding"] \
                or a["_sentence"] != b["_sentence"]:
            continue
        unit = _WORD.search(norm, a["_nend"], a["_nend"] + 30)
        if unit and norm[a["_nend"]:unit.start()].strip(')"»” ') == "" \
                and unit.group() in _CUES.get("per_unit", ()) \
                and (_RANGE_JOIN.fullmatch(norm, unit.end(), b["_mstart"])
                     or norm[b["_mstart"]:b["_mstart"] + 1] == "و"   # و5 دنانير
                     and not norm[unit.end():b["_mstart"]].strip()) \
                and _price_sized(b["amount"], norm[b["_nstart"]:b["_nend"]]):
            b["not_funding"] = "per unit"


#: Statistic phrases (money_cues.tsv ``statistic``) as word tuples, by first word.
_STATISTICS: dict[str, list[tuple[str, ...]]] = {}
for _form in _CUES.get("statistic", ()):
    _words = tuple(_form.split())
    _STATISTICS.setdefault(_words[0], []).append(_words)
#: Words of money given, received or borrowed, or of its purpose (money_cues.tsv
#: payer_verb, giving_noun, funding_noun, payer_noun, donor_noun, purpose, receive_verb,
#: request_verb): one of them near a statistic word makes the figure what is given
#: (وديعة لدعم الاحتياطي بقيمة …، قرض لسداد الدين العام …).
_GIVING_WORDS = frozenset().union(*(_CUES.get(r, ()) for r in (
    "payer_verb", "giving_noun", "funding_noun", "payer_noun", "donor_noun", "purpose",
    "receive_verb", "request_verb")))
#: A comma and a word with و: a new clause, which a statistic before it does not head
#: (… من الاحتياطي، وحصول البلاد على قرض بلغ …).
_NEW_CLAUSE = re.compile(r",\s*و\w")
_WORD_AFTER = re.compile(r"\s*(\w+)")
#: A statistic word heads a figure at most this many words before it.
_STATISTIC_WORDS = 12
_TOKEN = re.compile(r"\w+")


def _stems(word: str) -> set[str]:
    """``word`` and what is left of it without و / ف, ب / ل / ك and the article ال (لل
    too), and without the ا of the accusative indefinite: والاحتياطي → احتياطي, للدين →
    دين, دينا → دين. Used only to compare with word lists."""
    out = {word}
    for w in (word, word[1:] if len(word) > 3 and word[0] in "وف" else ""):
        if not w:
            continue
        out.add(w)
        if len(w) > 3 and w[0] in "بلك":
            out.add(w[1:])
            if w.startswith("لل"):
                out.add(w[2:])
    for w in list(out):
        if w.startswith("ال") and len(w) > 3:
            out.add(w[2:])
    # the accusative indefinite (دينا عاما، تمويلا: tanwin written with ا)
    out |= {w[:-1] for w in out if len(w) > 3 and w.endswith("ا") and not w.startswith("ال")}
    return out


def _statistic_at(words: list[str], i: int) -> bool:
    """Whether a statistic phrase (:data:`_STATISTICS`) starts at ``words[i]``."""
    for stem in _stems(words[i]):
        for form in _STATISTICS.get(stem, ()):
            if all(i + k < len(words) and form[k] in _stems(words[i + k])
                   for k in range(1, len(form))):
                return True
    return False


def _statistics(norm: str, figures: list[dict]) -> None:
    """Flag a figure that measures an economy as ``not_funding`` = "statistic": a
    statistic phrase of money_cues.tsv (احتياطي النقد الأجنبي، الدين العام، الناتج
    المحلي، الميزان التجاري، الصادرات، الواردات، القيمة السوقية) among the
    :data:`_STATISTIC_WORDS` words before it in its sentence, after the figure before it
    (ارتفع احتياطي النقد الأجنبي إلى 14 مليار دولار، بلغت الصادرات نحو 950 مليون دولار), or a
    figure right after such a one in its sentence (مقابل 30 مليار دولار قبل عام، a bracketed
    conversion), unless a word of giving or purpose (:data:`_GIVING_WORDS`) is in that
    stretch or a purpose cue right after the figure: وديعة لتعزيز احتياطي المصرف بقيمة 3 مليارات
    دولار، صرف 5 مليارات دولار لدعم المدارس is money given. A comma and a word with و
    start a new clause, which the statistic before it does not head. Reserves, debt and
    trade are what an economy holds or owes, not money given, lent or pledged (docs/money.md,
    "Money that is not funding"). ``figures`` (in text order) is changed in place."""
    prev = None
    for f in figures:
        same = prev is not None and prev["_sentence"] == f["_sentence"]
        lo = max(f["_sstart"], prev["_nend"]) if same else f["_sstart"]
        clause = max(_NEW_CLAUSE.finditer(norm, lo, f["_mstart"]), key=lambda m: m.start(),
                     default=None)
        prev_statistic = same and prev["not_funding"] == "statistic" and clause is None
        if clause is not None:
            lo = clause.end() - 2
        words = _TOKEN.findall(norm, lo, f["_mstart"])[-_STATISTIC_WORDS:]
        prev = f
        after = _WORD_AFTER.match(norm, f["_nend"])
        if f["not_funding"] or any(_stems(w) & _GIVING_WORDS for w in words) \
                or after and after.group(1) in _CUES.get("purpose", ()):
            continue
        if prev_statistic or any(_statistic_at(words, i) for i in range(len(words))):
            f["not_funding"] = "statistic"


def _restated_unit_prices(figures: list[dict]) -> None:
    """A figure whose bracketed restatement is a per-unit price is one too: in ``5.7 درهم
    (1.55 دولار) للسهم`` the word per unit follows the restatement, and both are the price
    of a share (docs/money.md, "Money that is not funding")."""
    by_start = {f["start"]: f for f in figures}
    for b in figures:
        a = by_start.get(b["restates"]) if b["restatement"] else None
        if a is not None and b["not_funding"] == "per unit" and not a["not_funding"]:
            a["not_funding"] = "per unit"


def _after_word(norm: str, i: int) -> int:
    """The end of the phrase after a per-unit figure up to the next comma (لجوال الذرة)."""
    j = norm.find(",", i, i + 60)
    return j if j != -1 else i


_GAP_STRIP = re.compile(r"[\s,;:\-–]+")


#: A first paragraph of at most this many words that does not end as a sentence does
#: (no full stop, question or exclamation mark) is the headline (docs/money.md).
_HEADLINE_WORDS = 30
_SENTENCE_END = tuple(".!?؟…")


def _headline_repeats(article, figures: list[dict]) -> None:
    """Flag a headline's figure that the body gives again (the first later figure of the
    same amount and currency, or of the same bare currency word when neither names its
    country) as a restatement of that one (``restates`` = its start):
    the headline announces the sum the body reports, so a total that skips
    restatements counts it once, and its row is the body's, with the fuller sentence
    around it. The headline is the first paragraph when the article has more than one
    and it is headline-shaped (:data:`_HEADLINE_WORDS`, no sentence end)."""
    if len(article.paragraphs) < 2 or not figures:
        return
    head = article.paragraphs[0]
    line = article.text[head.start:head.end].strip()
    if not line or line.endswith(_SENTENCE_END) or len(line.split()) > _HEADLINE_WORDS:
        return
    counted = [f for f in figures if not f["restatement"] and not f["not_funding"]
               and f["amount"] is not None and (f["currency"] or f["_base"])]
    body = [f for f in counted if f["start"] >= head.end]
    taken: set[int] = set()
    for f in counted:
        if f["start"] >= head.end:
            break
        # the same code, or the same bare word when neither line says whose it is
        # (45 مليون دينار over 45 مليون دينار: one sum, its currency left empty)
        again = next((b for b in body if id(b) not in taken and b["amount"] == f["amount"]
                      and b["currency"] == f["currency"]
                      and (b["currency"] or b["_base"] == f["_base"])), None)
        if again is not None:
            taken.add(id(again))
            f["restatement"], f["restates"] = True, again["start"]


#: A cue that opens the parts of a total right after it (money_cues.tsv ``part``: منها،
#: من بينها، موزعة بين), with و, then at most four words naming the first part's use
#: (موزعة على مشاريع الصحة (…)) and an opening bracket or quote mark. A verb of giving
#: may come before the cue (money_cues.tsv payer_verb, with و and the future س: خصص منها
#: 30 مليونا، سيخصص منها …): the giver of the total allots its parts.
_PART_CUE = re.compile(
    rf"[\s,;:\-–]*و?(?:س?(?:{alternation(_CUES.get('payer_verb', ()))})\s+)?"
    rf"(?:{alternation(_CUES.get('part', ()))})(?!\w)(?:\s+[^\s\d,;:()«»\"]+){{0,4}}"
    r"\s*[(«\"]?\s*[وفبل]?")


def _next_part(gap: str) -> bool:
    """Whether ``gap`` (normalised text between one part of a total and the number of the
    next) joins them: the next part's clause starts with و (للصحه و6 ملايين، للمرتبات،
    و6.5 مليار، بزيادة 5 %، ومشاريع التعليم (…)), not a new sentence's clause
    (، فيما قدم البنك 3 ملايين): after a comma the first word has و, with none any word."""
    clause = re.split(r"[,;]", gap)[-1].split()
    words = clause[:1] if re.search(r"[,;]", gap) else clause
    return len(gap) <= 80 and any(w.startswith("و") for w in words)


def _parts_of_totals(norm: str, figures: list[dict]) -> None:
    """Mark the parts of a total (``part_of`` = the total's ``start``; -1 for other
    figures): ``بقيمة 10 ملايين دولار، منها 4 ملايين للصحة و6 ملايين للتعليم`` is three
    rows, and a sum over the table that skips the parts (or their total) counts the ten
    million once (docs/money.md, "A total and its parts").

    A part is a funding figure of the total's sentence in the same currency (settled or
    written: the same bare word), smaller than what is left of the total: the first
    right after the total and a ``part`` cue (money_cues.tsv), each later one in a clause
    that starts with و right after the part before it (a restatement between them is
    skipped). The parts
    never add up to more than the total; one that would, or a figure in another currency,
    ends them. A share right before the total it is out of (100 مليون دولار من أصل 500 مليون
    دولار، من إجمالي، من مجموع) is a part of it too. ``figures`` (in text order) is changed
    in place."""
    if not _CUES.get("part"):
        return
    funding = [f for f in figures if not f["not_funding"] and not f["restatement"]]
    i = 0
    while i < len(funding) - 1:
        total, first = funding[i], funding[i + 1]
        i += 1
        if total["amount"] is None or total["part_of"] >= 0 \
                or not _PART_CUE.fullmatch(norm, total["_nend"], first["_nstart"]):
            continue
        left = Decimal(str(total["amount"]))
        prev = total
        for p in funding[i:]:
            same = p["_base"] == total["_base"] or p["currency"] == total["currency"] != ""
            if p["_sentence"] != total["_sentence"] or not same \
                    or p["amount"] is None or Decimal(str(p["amount"])) >= left \
                    and p is first or Decimal(str(p["amount"])) > left:
                break
            if p is not first and not _next_part(norm[prev["_nend"]:p["_nstart"]]):
                break
            p["part_of"] = total["start"]
            left -= Decimal(str(p["amount"]))
            prev = p
            i += 1
    # 100 مليون دولار من أصل 500 مليون دولار: a share right before the total it is out of
    for a, b in zip(funding, funding[1:]):
        if a["part_of"] < 0 and a["_sentence"] == b["_sentence"] and a["amount"] is not None \
                and b["amount"] is not None and a["amount"] < b["amount"] \
                and (a["_base"] == b["_base"] or a["currency"] == b["currency"] != "") \
                and _SHARE_OF.match(norm, a["_nend"], b["_mstart"]):
            a["part_of"] = b["start"]


def _mark_restatements(norm: str, figures: list[dict]) -> None:
    """Flag a figure that restates the one just before it in another currency or unit:
    ``112 مليون دولار (335 مليون دينار)``, ``60 مليون أورو، أي ما يعادل 200 مليون دينار``,
    ``422 مليار دينار " 5.88 مليار دولار "``, and a second conversion in the same bracket
    (``4 ملايين دينار كويتي (13 مليون دولار - 12 مليون يورو)``). Between them only
    an opening bracket or
    quote mark or a restatement cue (lexicon money_cues.tsv), or nothing but the second
    figure's approximation cue (``3.1 مليار دينار حوالي 1.1 مليار دولار``), or nothing at
    all, not even a comma (``883 مليون درهم 89 مليون دولار``: brackets lost). The
    restatement stays a row (``restatement`` = True, ``restates`` = the first figure's
    ``start``), so a total that skips restatements does not count one sum twice
    (docs/money.md)."""
    cues = _CUES.get("restatement", set())
    by_start = {f["start"]: f for f in figures}
    for a, b in zip(figures, figures[1:]):
        if a["_sentence"] != b["_sentence"] or b["_base"] == a["_base"]:
            continue
        gap = _GAP_STRIP.sub(" ", norm[a["_nend"]:b["_mstart"]]).strip()
        # 3.1 مليار دينار حوالي 1.1 مليار دولار: nothing between but the second's own
        # approximation, the same sum converted
        # 883 مليون درهم 89 مليون دولار: nothing at all between them, not even a comma,
        # a conjunction or a cue, the conversion written with its brackets lost
        bare = not norm[a["_nend"]:b["_mstart"]].strip() and b["_mstart"] == b["_nstart"] \
            and not b["cue"] and not b["bound"]
        if _restating_gap(gap, cues) or gap == "" and b["approximate"] and b["cue"] \
                and not b["bound"] and b["_mstart"] < b["_nstart"] or bare \
                or _bracketed_after_words(norm, a, b, cues):
            b["restatement"], b["restates"] = True, a["start"]
        elif a["restatement"] and gap in ("", "و", "او") and a["restates"] in by_start \
                and b["_base"] != by_start[a["restates"]]["_base"] \
                and _OPENERS.search(norm, by_start[a["restates"]]["_nend"], a["_mstart"]) \
                and not _CLOSERS.search(norm, a["_nend"], b["_mstart"]):
            # 4 ملايين دينار كويتي (13 مليون دولار - 12 مليون يورو): a second
            # conversion in the same bracket restates the same sum
            b["restatement"], b["restates"] = True, a["restates"]


#: The most words between a figure and the bracket that converts it (200 مليون أورو
#: للمغرب (2.2 مليار درهم): the recipient between).
_BRACKET_AFTER_WORDS = 3


def _bracketed_after_words(norm: str, a: dict, b: dict, cues: set[str]) -> bool:
    """Whether the figure ``b`` is alone in a bracket a few words after the figure ``a``
    (at most :data:`_BRACKET_AFTER_WORDS`, no punctuation between), with at most a
    restatement cue before it in the bracket: ``قرض بقيمة 200 مليون أورو للمغرب (حوالي
    2.2 مليار درهم)``, the same sum converted after its recipient; before, only a
    bracket right after the figure was read so, and the loan was counted twice. The
    caller has checked that the two are of different currencies (docs/money.md "One sum,
    one total")."""
    gap = norm[a["_nend"]:b["_mstart"]]
    at = gap.rfind("(")
    if at == -1 or not norm[b["_nend"]:b["_nend"] + 3].lstrip().startswith(")"):
        return False
    words, inside = gap[:at].split(), gap[at + 1:].strip()
    if inside and inside not in cues:
        return False
    return 0 < len(words) <= _BRACKET_AFTER_WORDS \
        and not re.search(r"[,.;:؛()«»\"]|\d", gap[:at])


#: An opening and a closing bracket or quote mark: a bracketed conversion's ends.
_OPENERS = re.compile(r'[(«“"]')
_CLOSERS = re.compile(r'[)»”"]')


def _restating_gap(gap: str, cues: set[str]) -> bool:
    """Whether the text between two figures makes the second a restatement: an opening
    bracket or quote mark, a restatement cue, or a cue with the bracket on either side of
    it (``( أي ما يعادل``, ``بما يعادل (250 مليون دولار)``)."""
    if gap in ("(", '"', "«"):
        return True
    return gap.strip('("«').strip() in cues if gap else False

