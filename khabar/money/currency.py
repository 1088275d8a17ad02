"""The currency of an ambiguous currency word (دينار، جنيه، ريال …): from an earlier
qualified mention, the country the article is about, or the document's metadata
(issue 15 §3, docs/money.md).
"""
from __future__ import annotations

import re

from ..gazetteer import arabic_name
from ..text import Article, alternation, normalise
from .words import _ADJECTIVES, _LEX, _WORD_BASE, ISO_4217

#: Country evidence (lexicon country_forms.tsv): a name or city with the proclitics و ف ب ل ك
#: and ال (للسودان، بالجزائر), a nisba with its feminine and plural endings (العراقية).
_COUNTRY_OF = {normalise(r.form): r.country for r in _LEX["country_forms"]}
_NISBA = {normalise(r.form) for r in _LEX["country_forms"] if r.kind == "nisba"}


def _country_pattern() -> re.Pattern:
    """One pattern for every country name and nisba of country_forms.tsv, with the
    proclitics and endings they take: بالجزائر، للسودان، العراقية، الليبيين."""
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
#: ISO 4217 → the country that issues it (currencies.tsv: MAD → MA; none for the euro).
_COUNTRY_OF_CODE = {r.code: r.country for r in _LEX["currencies"] if r.country and r.code}
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


def article_country_evidence(article: Article) -> dict[str, int]:
    """:func:`country_evidence` of the whole article's normalised text, counted once per
    article (an ambiguous currency word and a Maghreb-style decimal both ask for it)."""
    evidence = article.__dict__.get("_khabar_country_evidence")
    if evidence is None:
        evidence = article.__dict__["_khabar_country_evidence"] = \
            country_evidence(article.normalised.norm)
    return evidence


def name_country(name: str) -> str:
    """The country (ISO 3166-1 alpha-2) that a name of an organisation or place names
    first, by the forms of country_forms.tsv: السعودية → SA, البرنامج السعودي لتنمية
    وإعمار اليمن → SA (the nisba of its head noun, before the country it works for),
    الحكومة اليمنية → YE; "" when it names none (البنك الدولي). Input: a name as written
    or normalised."""
    m = _COUNTRY_RE.search(normalise(name))
    return _CORE_COUNTRY.get(" ".join((m["name"] or m["nisba"]).split()), "") if m else ""


#: Where a currency came from that the payer's country outweighs: the article's or the
#: document's country, or nothing (docs/money.md, "Currency from context").
_CONTEXT_SOURCES = frozenset({"country in article", "metadata", ""})


def payer_currency(f: dict, payer: str) -> str:
    """The currency that the country of ``payer`` (the figure's donor, lender or buyer,
    :func:`khabar.money.subject._payer`, an entity name: Arabic, or its gazetteer name)
    gives the figure ``f``'s bare currency word (منحة سعودية بقيمة 300 مليون ريال in a
    story about Yemen: SAR, not the YER of the story's country), when the figure's
    currency came only from the article's or the document's country
    (:data:`_CONTEXT_SOURCES`) and the payer's country issues a currency of that word
    (currencies.tsv); else "". Two givers of one sum (a payer "A | B") settle it when
    the countries among them that issue a currency of that word issue the same one (the
    riyal of Saudi Arabia and the UAE is Saudi). docs/money.md, "Currency from context"."""
    if not payer or f["currency_source"] not in _CONTEXT_SOURCES:
        return ""
    codes = {_CODE_OF_COUNTRY.get((f["_base"], name_country(arabic_name(one))), "")
             for one in payer.split(" | ")} - {""}
    code = codes.pop() if len(codes) == 1 else ""
    return code if code != f["currency"] else ""


def _meta_country(meta) -> str:
    """The document's ``country`` metadata as ISO 3166-1 alpha-2: "ly" → LY, مصر → EG;
    "" when absent or unknown."""
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
                evidence = article_country_evidence(article)
            ranked = sorted(((n, c) for c, n in evidence.items()
                             if (base, c) in _CODE_OF_COUNTRY), reverse=True)
            if ranked and (len(ranked) == 1 or ranked[0][0] >= 2 * ranked[1][0]):
                f["currency"] = _CODE_OF_COUNTRY[(base, ranked[0][1])]
                f["currency_source"] = "country in article"
            elif (base, meta) in _CODE_OF_COUNTRY:
                f["currency"], f["currency_source"] = _CODE_OF_COUNTRY[(base, meta)], "metadata"
        if f["currency"]:
            f["currency_note"] = ""

