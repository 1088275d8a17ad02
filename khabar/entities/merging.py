"""Merging mentions into entities, and each entity's canonical name and type.

Mentions are joined (union–find) when they are the same gazetteer entity or the same
name; side by side in two scripts or one in brackets after the other (غوغل (Google));
the same consonant skeleton (:func:`.words.skeleton`: جوجل = غوغل = Google); an acronym
and the initials of a Latin name (ACRE, Action Center on Race and the Economy); a one-word
name and a person's family name; a name and the same name with a country adjective
(البنك الأهلي المصري … البنك الأهلي); the first words of a known body's name written in
full in the article (البنك الأوروبي … البنك الأوروبي للاستثمار); a cue and a field for
the full name with its adjectives (مؤسسة النفط … المؤسسة الوطنية للنفط); an anaphor and its
antecedent. docs/arabic.md,
*Names and cue nouns*, says why these are the same entity.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from itertools import combinations

from ..gazetteer import load_gazetteer
from ..text import DIACRITICS, normalise
from .tokens import FoundMention
from .words import _BETWEEN_ADJACENT, _COUNTRY_WORDS, NAME_HEADS, ORG_CUES, _with_article, skeleton
from .words import INSTITUTION_CUES, NAME_MARKS, NGO_MARKERS  # own line
from .words import ADMIN_UNITS, LOWER_HOUSES, UPPER_HOUSES  # own line
from .words import _COUNTRY_NAMES  # own line
from .words import DESCRIPTOR_CUES  # own line

#: The adjective "Arab" that may stand between a name and its country (الهلال الأحمر
#: العربي السوري), normalised.
_ARAB = frozenset({"العربي", "العربيه"})

#: Deletes the harakat and Quranic marks (docs/arabic.md, *Normalisation*).
_NO_HARAKAT = str.maketrans("", "", DIACRITICS)

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,6}")
_LATIN_START = re.compile("[A-Za-z]")


def _is_acronym(s: str) -> bool:
    return _ACRONYM.fullmatch(s) is not None


@lru_cache(maxsize=1 << 16)
def _name_facts(name: str) -> tuple[str, str, str, bool, str | None]:
    """Facts :func:`merge` compares, memoised per name: ``(key, skeleton, skeleton of
    the first word of a Latin name, is Latin, acronym letters)``; the key is the name
    normalised and case-folded, the acronym letters the name itself for an acronym, else
    the initials of a Latin name, else ``None``."""
    skel = skeleton(name)
    latin = _LATIN_START.match(name) is not None
    return (normalise(name).casefold(), skel,
            skeleton(name.split()[0]) if latin else skel, latin,
            name if _is_acronym(name) else _initials(name) if latin else None)


def _initials(s: str) -> str:
    """The capital initials of a Latin name (Action Center on Race → ACR)."""
    return "".join(w[0] for w in s.split() if w[0].isupper())


def _full_name(m: FoundMention) -> bool:
    """Whether a mention names a body by itself: two tokens or more, with a cue noun of
    its own (منظمة العفو الدولية، وكالة رويترز) or a gazetteer entry (هيومن رايتس
    ووتش)."""
    return bool(m.cue or m.gaz) and m.t1 - m.t0 > 1


@lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset[str]:
    """The words of a name, normalised, without و، ب، ل or the article (للاستثمار →
    استثمار)."""
    return frozenset(map(_ngo_base, normalise(name).split()))


def _two_full_names(a: FoundMention, b: FoundMention) -> bool:
    """Whether ``b`` in brackets after ``a`` (in the same script) is another body, not
    ``a``'s alias: both are full names (:func:`_full_name`) with different cue nouns (or
    one without a cue: a known name), and neither is a shortening of the other (its
    words all words of the other: الهيئة العامة للاستثمار (هيئة الاستثمار)). An alias in
    brackets is a short form (سورد، حماس), a transliteration or the same kind of body by
    its proper name (مجلس النواب (المجلس الشعبي الوطني)); a full name of another kind
    is a photo credit or a source (قوات … (منظمة العفو الدولية): docs/arabic.md, *Names
    and cue nouns*). Two entries of one gazetteer entity join by name anyway."""
    if not (_full_name(a) and _full_name(b)) or (a.cue and a.cue == b.cue):
        return False
    wa, wb = _name_words(a.name), _name_words(b.name)
    return not (wa <= wb or wb <= wa)


@lru_cache(maxsize=1)
def _arabic_aliases() -> dict[str, list[tuple[str, ...]]]:
    """Gazetteer entity → its aliases in Arabic letters, as tuples of normalised words
    (the built-in gazetteer's: a user's alias of the full name makes it a known name)."""
    out: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key, entry in load_gazetteer().index.items():
        if key and not key[0].isascii():
            out[entry.entity].append(key)
    return out


def _acronym_of_another(a: FoundMention, b: FoundMention) -> bool:
    """Whether the known Latin acronym ``b`` in brackets right after the full name ``a``
    that the gazetteer lacks is ``a``'s own acronym and not the known body's: no Arabic
    alias of ``b``'s entity opens ``a``'s words (البنك الدولي للإنشاء والتعمير (…) is the
    World Bank's fuller name; الصندوق الاجتماعي للتنمية (SFD) is not the Saudi fund's
    الصندوق السعودي للتنمية). An acronym in brackets names the body right before it
    (docs/arabic.md, Names and cue nouns)."""
    if a.gaz or not b.gaz or a.label != "ORG" or not _is_acronym(b.name) or not _full_name(a):
        return False        # وكالة الأنباء الحكومية (سانا): a known name in Arabic is the body
    words = tuple(normalise(_with_article(a.name)).split())
    return not any(words[:len(k)] == k or k[:len(words)] == words
                   for k in _arabic_aliases().get(b.gaz.entity, ()))


_FAMILY = {"ORG": "O", "PROJECT": "O", "PERSON": "P", "PLACE": "L"}


def _compatible(a: FoundMention, b: FoundMention) -> bool:
    if a.gaz and b.gaz and a.gaz.entity != b.gaz.entity:
        return False
    return _FAMILY[a.label] == _FAMILY[b.label]


@lru_cache(maxsize=1 << 16)
def _bucket_keys(name: str, label: str, entity: str | None) -> tuple[tuple[str, str], ...]:
    """The :func:`merge` buckets of a mention signature, each once, in a fixed order:
    gazetteer entity, key, skeleton, first-word skeleton, a person's family name and its
    skeleton, acronym letters (empty ones left out). Memoised per signature."""
    key, skel, first, _, letters = _name_facts(name)
    person = label == "PERSON"
    words = key.split()
    out: list[tuple[str, str]] = []
    for b in (("g", entity), ("k", key), ("s", skel), ("s", first),
              ("w", words[-1] if person else None),
              ("w", skeleton(words[-1]) if person else None), ("a", letters)):
        if b[1] and b not in out:              # once (skeleton = first skeleton)
            out.append(b)
    return tuple(out)


_COUNTRIES = frozenset(_COUNTRY_NAMES)


def _without_country(words: list[str]) -> tuple[str, ...]:
    """The short forms of a body named by its cue, a noun in idafa and a country (جمعية
    مصارف لبنان، نقابة صحفيي مصر): the cue and that noun with the article, the country
    left out (جمعية المصارف، نقابة الصحفيين; a sound plural in idafa, صحفيي / صحفيو,
    takes its ن back). None for other names."""
    if len(words) != 3 or words[2] not in _COUNTRIES or words[1].startswith("ال") or (
            len(words[1]) < 3):
        return ()
    noun = words[1]
    forms = ["ال" + noun]
    if noun.endswith(("ي", "و")):
        forms.append("ال" + noun[:-1] + ("ين" if noun.endswith("ي") else "ون"))
        forms.append("ال" + noun[:-1] + ("ون" if noun.endswith("ي") else "ين"))
    return tuple(f"{words[0]} {f}" for f in forms)


class _Merger:
    """Union–find over the mentions of one article, sorted by ``start``."""

    def __init__(self, text: str, mentions: list[FoundMention]):
        self.text, self.ms = text, mentions
        self.parent = list(range(len(mentions)))
        facts = [_name_facts(m.name) for m in mentions]
        self.keys = [f[0] for f in facts]           # name, normalised and case-folded
        self.skels = [f[1] for f in facts]          # consonant skeleton
        self.firsts = [f[2] for f in facts]         # skeleton of a Latin name's first word
        self.latin = [f[3] for f in facts]          # written in Latin letters

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, x: int, y: int) -> None:
        if _compatible(self.ms[x], self.ms[y]):
            self.parent[self.find(x)] = self.find(y)

    def join_country_variants(self) -> None:
        """A name and the same name without its trailing nationality adjective (البنك
        الأهلي المصري … البنك الأهلي) are one organisation, where the article names one
        such national body only: with two (الهلال الأحمر الأردني and … القطري) a bare
        الهلال الأحمر could be either, and joins neither. After a descriptor cue (شركة،
        صحيفة), whose name proper leaves the cue out, a one-word name and its country
        (شركة فوري المصرية … شركة فوري) are one too, when the bare word has the same cue."""
        by_key: dict[str, list[int]] = {}
        for x, m in enumerate(self.ms):
            if m.label == "ORG" and m.rule != "anaphora":
                by_key.setdefault(self.keys[x], []).append(x)
        nationals: dict[str, dict[str, int]] = defaultdict(dict)   # bare key → body → x
        one_word: dict[str, str] = {}       # a one-word bare key → the descriptor cue it needs
        for key, xs in by_key.items():
            words = key.split()
            cue = self.ms[xs[0]].cue
            if len(words) == 2 and words[-1] in _COUNTRY_WORDS and cue in DESCRIPTOR_CUES:
                # شركة فوري المصرية … شركة فوري: the name proper after a descriptor cue is
                # one word and the country; the bare word is that firm only after the same
                # cue (a bare فوري may be anything)
                nationals[words[0]].setdefault(key, xs[0])
                one_word[words[0]] = cue
                continue
            if len(words) > 2 and words[-1] in _COUNTRY_WORDS:
                bare = [" ".join(words[:-1])]
                if words[0] in ORG_CUES:        # جمعية الهلال الأحمر المصري … الهلال الأحمر
                    bare.append(" ".join(words[1:-1]))
                if len(words) > 3 and words[-2] in _ARAB:
                    # الهلال الأحمر العربي السوري … الهلال الأحمر: "Arab" before the country
                    bare.append(" ".join(words[words[0] in ORG_CUES:-2]))
                gaz = self.ms[xs[0]].gaz
                body = gaz.entity if gaz else " ".join(words[words[0] in ORG_CUES:])
                for b in bare:
                    nationals[b].setdefault(body, xs[0])
        for b, bodies in nationals.items():
            if len(bodies) != 1 or b not in by_key:
                continue
            x = next(iter(bodies.values()))
            national = self.ms[x].gaz
            for y in by_key[b]:
                if b in one_word and self.ms[y].cue != one_word[b]:
                    continue
                # A known movement and one country's body of it (الهلال الأحمر …
                # الهلال الأحمر المصري): in an article that names the national body, the
                # bare name is that body, not the movement (its anaphors too, which
                # carry the entry of their antecedent).
                my = self.ms[y]
                if national and my.gaz and my.gaz.entity != national.entity:
                    movement = my.gaz.entity
                    for m in self.ms:
                        if m.gaz and m.gaz.entity == movement:
                            m.gaz = national
                self.union(x, y)

    def join_lower_houses(self) -> None:
        """The names of a parliament's house found by their cue (مجلس النواب اللبناني،
        المجلس النيابي، البرلمان اللبناني: lexicon lower_house), with one country
        adjective or none, are one organisation in an article that names no upper house
        (upper_house: مجلس الشيوخ، مجلس الأعيان …, where البرلمان may be both chambers)
        and no two countries' houses. docs/arabic.md, Names and cue nouns."""
        houses: dict[int, str] = {}
        for x, m in enumerate(self.ms):
            if m.label != "ORG" or m.rule == "anaphora":
                continue
            words = self.keys[x].split()
            adjective = words[-1] if len(words) > 1 and words[-1] in _COUNTRY_WORDS else ""
            base = " ".join(words[:-1]) if adjective else self.keys[x]
            if base in UPPER_HOUSES:
                return
            if base in LOWER_HOUSES and not m.gaz and m.rule == "cue":
                houses[x] = adjective
        if len(set(houses.values()) - {""}) <= 1:
            first, *rest = houses or (0,)
            for y in rest:
                self.union(first, y)

    def join_short_forms(self) -> None:
        """A name found by its cue noun that is the first words, two or more, of a body's
        name written in full in the article is that body, where exactly one body so named
        starts with it: a gazetteer body (البنك الأوروبي after البنك الأوروبي للاستثمار)
        or a body found by its own cue noun (مؤسسة الأفق after مؤسسة الأفق الخيرية
        للتنمية). With none (البنك الأوروبي alone: the EIB or the EBRD) or two, it joins
        neither and stays a name of its own; full names that are first words of one
        another (مؤسسة الأفق الخيرية … مؤسسة الأفق الخيرية للتنمية) count as one body, the
        longest. A trailing country adjective is left to :meth:`join_country_variants`.
        A body named by its cue, a noun in idafa and a country has the cue and that noun
        with the article as a short form too (جمعية المصارف after جمعية مصارف لبنان:
        :func:`_without_country`). After a descriptor cue, whose name proper leaves the cue
        out, one word is a short form of that word and definite adjectives (شركة فوري
        … شركة فوري القابضة), after the same cue. docs/arabic.md, *Names and cue nouns*."""
        bodies: dict[str, dict[str, int]] = defaultdict(dict)   # short key → body → x
        national: set[str] = set()          # the short keys of a name with its country
        for y, m in enumerate(self.ms):
            if m.label != "ORG" or m.rule == "anaphora" or not (m.gaz or m.cue):
                continue
            surface = normalise(self.text[m.start:m.end]).casefold()
            keys = {self.keys[y], surface}
            if surface.startswith("لل"):
                # a surface that keeps ل + ال (للأمم المتحدة، للجنة الدولية …, two lams
                # before a word in ل): its words as the short form writes them
                keys.update(("ال" + surface[2:], "ال" + surface[1:]))
            for key in keys:
                words = key.split()
                body = m.gaz.entity if m.gaz else "\x00" + self.keys[y]
                # شركة فوري القابضة … شركة فوري: after a descriptor cue the name proper
                # may be one word and definite adjectives (the one word after the same cue)
                if not m.gaz and m.cue in DESCRIPTOR_CUES and len(words) > 1 and all(
                        w.startswith("ال") and w not in _COUNTRY_WORDS for w in words[1:]):
                    bodies[words[0]].setdefault(body, y)
                for n in range(2, len(words)):
                    if n + 1 == len(words) and words[n] in _COUNTRY_WORDS:
                        continue
                    bodies[" ".join(words[:n])].setdefault(body, y)
                if not m.gaz:
                    for short in _without_country(words):
                        bodies[short].setdefault(body, y)
                        national.add(short)
        if not bodies:
            return
        for x, m in enumerate(self.ms):
            named = bodies.get(self.keys[x]) if m.label == "ORG" and not m.gaz and (
                m.rule != "anaphora") else None
            if not named and m.label == "ORG" and not m.gaz and m.rule != "anaphora":
                named = self._national_short_form(x, bodies)
            if named and " " not in self.keys[x]:
                named = {b: y for b, y in named.items() if self.ms[y].cue == m.cue}
            if not named:
                continue
            if self.keys[x] in national and self._country_after(m):
                continue            # نقابة الأطباء في لبنان: another country's
            # a found full name that is the first words of another is that one's short
            # form (it joins it by this rule in turn): only the longest counts
            longest = {b: y for b, y in named.items() if not any(
                o != b and b[0] == "\x00" and o.startswith(b + " ") for o in named)}
            if len(longest) == 1:
                self.union(x, next(iter(longest.values())))

    def _national_short_form(self, x: int, bodies: dict[str, dict[str, int]]) -> dict:
        """The bodies whose short form mention ``x`` is when both carry the same country
        adjective at the end (وزارة التربية الأردنية … وزارة التربية والتعليم الأردنية, a
        headline shortening the portfolio): the short form is ``x``'s name without the
        adjective, and only full names ending in that adjective count; {} for none."""
        words = self.keys[x].split()
        if len(words) < 3 or words[-1] not in _COUNTRY_WORDS:
            return {}
        named = bodies.get(" ".join(words[:-1]), {})
        return {b: y for b, y in named.items()
                if self.keys[y].split()[-1] == words[-1] and self.keys[y] != self.keys[x]}

    def join_field_short_forms(self) -> None:
        """A body named by its cue and its field (مؤسسة النفط، هيئة الاستثمار) is the
        body named in full in the article by the same cue with the article, its
        adjectives and the field with لل (المؤسسة الوطنية للنفط، الهيئة العامة
        للاستثمار), where exactly one such body is named: the press shortens a name so,
        leaving out the adjectives. docs/arabic.md, *Names and cue nouns*."""
        fulls: dict[tuple[str, str], set[str]] = defaultdict(set)   # (cue, field) → bodies
        first: dict[tuple[str, str], int] = {}
        for y, m in enumerate(self.ms):
            if m.label != "ORG" or m.rule == "anaphora":
                continue
            words = normalise(self.text[m.start:m.end]).split()
            if len(words) >= 3 and words[0].startswith("ال") and words[-1].startswith("لل") \
                    and all(w.startswith("ال") and w not in _COUNTRY_WORDS
                            for w in words[1:-1]):
                key = (words[0][2:], words[-1][2:])
                fulls[key].add(m.gaz.entity if m.gaz else " ".join(words))
                first.setdefault(key, y)
        if not fulls:
            return
        for x, m in enumerate(self.ms):
            if m.label != "ORG" or m.rule == "anaphora" or m.gaz:
                continue
            words = self.keys[x].split()
            if len(words) == 2 and words[0] in ORG_CUES and words[1].startswith("ال"):
                key = (words[0], words[1][2:])
                if len(fulls.get(key, ())) == 1:
                    self.union(x, first[key])

    def _country_after(self, m: FoundMention) -> bool:
        """Whether a country follows mention ``m``, with في or ب (نقابة الأطباء في لبنان):
        the body of that country, not one named with another."""
        words = normalise(self.text[m.end:m.end + 40]).split()
        return bool(words) and (words[0] in ("في",) and len(words) > 1 and words[1] in (
            _COUNTRIES) or words[0].startswith("ب") and words[0][1:] in _COUNTRIES)

    def join_bare_central_bank(self, central: frozenset[str]) -> None:
        """A bare central bank (البنك المركزي، المصرف المركزي, definite, no country) is the
        one central bank the article names (``central``: the gazetteer's, see
        :func:`central_banks`), as a reader takes it: مصرف ليبيا المركزي … المصرف المركزي.
        With two such banks named, or a central bank the gazetteer lacks (البنك المركزي
        الأوروبي as a cue phrase), it joins none (docs/arabic.md, *Names and cue
        nouns*)."""
        bare: list[int] = []
        banks: dict[str, int] = {}
        unknown = False
        for x, m in enumerate(self.ms):
            if m.label != "ORG" or m.rule == "anaphora":
                continue
            if m.gaz is not None:
                if m.gaz.entity in central:
                    banks.setdefault(m.gaz.entity, x)
            elif m.cue in _BANK_CUES:
                words = self.keys[x].split()
                if words and words[0] == "ال" + m.cue and _CENTRAL.intersection(words[1:]):
                    if len(words) == 2:
                        bare.append(x)
                    else:
                        unknown = True
        if bare and len(banks) == 1 and not unknown:
            x = next(iter(banks.values()))
            for y in bare:
                self.union(y, x)

    def join_anaphors(self) -> None:
        """An anaphor (الهيئة) and its antecedent (هيئة سوق رأس المال)."""
        index = {id(m): x for x, m in enumerate(self.ms)}
        for x, m in enumerate(self.ms):
            if m.ref is not None and id(m.ref) in index:
                self.union(x, index[id(m.ref)])

    def join_adjacent(self) -> None:
        """Neighbouring mentions with only brackets, quotes, dashes or spaces between,
        in two scripts (غوغل Google: :meth:`_gloss`) or one in brackets (جوجل (Google)).
        In one script,
        a bracket that holds another full name (:func:`_two_full_names`: قوات … (منظمة
        العفو الدولية), a photo credit or a source) is a mention of its own. A known Latin
        acronym in brackets after a full name of another body (:func:`_acronym_of_another`)
        is that body's, in the whole article."""
        ms, text, latin = self.ms, self.text, self.latin
        defined: dict[str, str] = {}        # an acronym the article gives its own body
        for a, b in zip(range(len(ms)), range(1, len(ms))):
            ma, start_b = ms[a], ms[b].start
            if ma.label == "PERSON":
                continue
            if (latin[a] != latin[b] and self._gloss(a, b) or ms[b].rule == "short"
                    or text.find("(", ma.end, start_b) >= 0 and not _two_full_names(
                        ma, ms[b]) or self._quoted_short_form(a, b)) and (
                    _BETWEEN_ADJACENT.fullmatch(text, ma.end, max(ma.end, start_b))):
                if text.find("(", ma.end, start_b) >= 0 and _acronym_of_another(ma, ms[b]):
                    # الصندوق الاجتماعي للتنمية (SFD): not the Saudi fund, here or later
                    defined[ms[b].name] = ms[b].gaz.entity
                    ms[b].gaz = None
                self.union(a, b)
        for m in ms:
            if m.gaz and defined.get(m.name) == m.gaz.entity:
                m.gaz = None

    def _quoted_short_form(self, a: int, b: int) -> bool:
        """Whether organisation ``b`` is written in quote marks right after organisation
        ``a``, a body found by its cue noun, and is the name it goes by (شركة الزيت العربية
        السعودية “أرامكو السعودية”، الهيئة … «نزاهة»): quote marks hold no photo credit or
        source, as brackets may (:func:`_two_full_names`), so ``b`` is ``a``'s short name
        unless it is a body of another cue noun or both are known bodies of their own.
        docs/arabic.md, *Names and cue nouns*."""
        text, ma, mb = self.text, self.ms[a], self.ms[b]
        if ma.label != "ORG" or mb.label != "ORG" or not ma.cue or ma.gaz is not None:
            return False
        opener = text[ma.end:mb.start].strip()
        if opener not in _QUOTE_CLOSERS or text[mb.end:mb.end + 1] != _QUOTE_CLOSERS[opener]:
            return False
        return not (mb.cue and mb.cue != ma.cue)

    def _gloss(self, a: int, b: int) -> bool:
        """Whether neighbouring mentions ``a`` and ``b`` in two scripts can be one name
        given twice: not across a line break (a line that ends with a Latin name and the
        next that opens with a body, «… Google» / «جريدة X …», are two), and a Latin name
        before an Arabic one with neither bracket nor quote mark between only as its
        transliteration, the same skeleton (Google غوغل): the gloss of a name follows it
        (شركة الأفق Horizon)."""
        text, ma, mb = self.text, self.ms[a], self.ms[b]
        between = text[ma.end:mb.start]
        if "\n" in between or "\r" in between:
            return False
        if self.latin[a] and not _MARKED_GLOSS.search(between):
            return self.skels[a] == self.skels[b]
        return True

    def joins(self, x: int, y: int) -> bool:
        """The name rules for mention ``x`` after mention ``y``: same gazetteer entity,
        same name, a person's family name, the same skeleton (or a Latin name's first
        word), an acronym and the initials of a Latin name."""
        mx, my = self.ms[x], self.ms[y]
        keys, skels, firsts, latin = self.keys, self.skels, self.firsts, self.latin
        if mx.gaz and my.gaz and mx.gaz.entity == my.gaz.entity:
            return True
        if keys[x] == keys[y]:
            return True
        if mx.label == "PERSON" and my.label == "PERSON":
            wx, wy = keys[x].split(), keys[y].split()
            if (len(wx) == 1 or len(wy) == 1) and wx[-1] == wy[-1]:
                return True
            # a compound family name alone (عبد الملك after معين عبد الملك): the tail of
            # the fuller name, opening with عبد / أبو
            short, full = sorted((wx, wy), key=len)
            if 2 <= len(short) < len(full) and short[0] in NAME_HEADS and (
                    full[-len(short):] == short):
                return True
            return len(skels[x]) >= 3 and skeleton(wx[-1]) == skeleton(wy[-1]) and (
                len(wx) == 1 or len(wy) == 1 or wx[0] == wy[0])
        if latin[x] != latin[y] and keys[y if latin[x] else x].startswith("ال"):
            # Arabic words with the article (الحكومة اليمنية، موقع القرية) are no Latin
            # name written in Arabic letters, whatever their skeleton (Common Dreams, ACRE)
            return False
        if len(skels[x]) >= 2 and (skels[x] == skels[y] or (
                latin[x] != latin[y] and len(skels[x]) >= 3
                and (firsts[x] == skels[y] if latin[x] else skels[x] == firsts[y]))):
            return not (mx.gaz or my.gaz) or latin[x] != latin[y] or len(skels[x]) >= 3
        return latin[x] and latin[y] and (
            (_is_acronym(mx.name) and _initials(my.name) == mx.name)
            or (_is_acronym(my.name) and _initials(mx.name) == my.name))

    def signatures(self) -> tuple[list[int], list[int], list[int]]:
        """Mentions with the same name, label and gazetteer entity (a signature) always
        join; the name rules depend on nothing else, so they are tried once per pair of
        signatures. Returns, per signature, its first mention and the first and last
        positions of its mentions."""
        sigs: dict[tuple, int] = {}
        reps: list[int] = []
        lo: list[int] = []
        hi: list[int] = []
        for x, m in enumerate(self.ms):
            # An anaphor joins only its antecedent: its own signature, and no bucket.
            sig = (m.name, m.label, m.gaz.entity if m.gaz else None) if (
                self.keys[x] and m.rule != "anaphora") else (x,)
            s = sigs.get(sig)
            if s is None:
                sigs[sig] = len(reps)
                reps.append(x)
                lo.append(x)
                hi.append(x)
            else:
                self.parent[self.find(reps[s])] = self.find(x)   # always compatible
                hi[s] = x
        return reps, lo, hi

    def join_names(self) -> None:
        """The name rules (:meth:`joins`), within buckets of signatures that share a
        gazetteer entity, name, skeleton, family name or acronym letters, with each
        signature as the later mention wherever one of its mentions comes after one of
        the other's. The entities are the connected components, whatever the order."""
        reps, lo, hi = self.signatures()
        buckets: dict[tuple, list[int]] = defaultdict(list)
        for sx, x in enumerate(reps):
            m = self.ms[x]
            if m.rule == "anaphora":
                continue
            for b in _bucket_keys(m.name, m.label, m.gaz.entity if m.gaz else None):
                buckets[b].append(sx)
        pairs: set[tuple[int, int]] = set()
        for members in buckets.values():
            if len(members) > 1:
                pairs.update(combinations(members, 2))
        find = self.find
        for sy, sx in pairs:
            y, x = reps[sy], reps[sx]
            if find(x) != find(y) and ((hi[sx] > lo[sy] and self.joins(x, y))
                                       or (hi[sy] > lo[sx] and self.joins(y, x))):
                self.union(x, y)


def merge(text: str, mentions: list[FoundMention],
          central: frozenset[str] = frozenset()) -> list[int]:
    """The entity of each mention (sorted by ``start``) as the index of one mention of
    it (the union–find root), for the article text ``text``; ``central``: the gazetteer
    entities that are central banks (:func:`central_banks`)."""
    merger = _Merger(text, mentions)
    merger.join_country_variants()
    merger.join_lower_houses()
    merger.join_short_forms()
    merger.join_field_short_forms()
    merger.join_bare_central_bank(central)
    merger.join_anaphors()
    merger.join_adjacent()
    merger.join_names()
    return [merger.find(x) for x in range(len(mentions))]


#: Quote marks that open a name, with their closers (“أرامكو السعودية”، «نزاهة»).
_QUOTE_CLOSERS = {"“": "”", "«": "»", '"': '"', "”": "“"}
#: A bracket or quote mark between two names: the second is given as the first's gloss.
_MARKED_GLOSS = re.compile(r"[()\[\]“”\"«»']")
_AGENCY = normalise("وكالة")
_NEWS = normalise("أنباء")
#: A bank called central (البنك المركزي، مصرف لبنان المركزي) is a country's monetary
#: authority, a government body, not a commercial bank (the type بنك / مصرف give).
_BANK_CUES = frozenset(map(normalise, ("بنك", "مصرف")))
_CENTRAL = frozenset(map(normalise, ("المركزي", "المركزية", "مركزي")))
#: A body the United Nations name or its adjective qualify (مكتب الأمم المتحدة للتعاون،
#: الوكالة الأممية، المنظمة الأممية) is one of the UN's: intergovernmental, whatever type
#: its cue noun gives (docs/arabic.md, *Names and cue nouns*).
_UN_ADJECTIVES = frozenset(map(normalise, ("أممي", "أممية", "الأممي", "الأممية")))
_UN_NATIONS = frozenset(map(normalise, ("الأمم", "للأمم", "والأمم")))
_UNITED = normalise("المتحدة")


def _un_named(words: list[str]) -> bool:
    """Whether the normalised words of a name say the body is the UN's."""
    return bool(_UN_ADJECTIVES.intersection(words)) or any(
        a in _UN_NATIONS and b == _UNITED for a, b in zip(words, words[1:]))


_NGO_PREFIXES = ("وال", "بال", "لل", "ال", "و", "ل")


@lru_cache(maxsize=8)
def central_banks(gazetteer) -> frozenset[str]:
    """The ORG entities of a :class:`khabar.gazetteer.Gazetteer` that are central banks:
    those with an alias of بنك / مصرف and المركزي (مصرف ليبيا المركزي، البنك المركزي
    المغربي for بنك المغرب). Memoised per gazetteer object."""
    return frozenset(
        entry.entity for key, entry in gazetteer.index.items()
        if entry.label == "ORG" and len(key) > 1 and _ngo_base(key[0]) in _BANK_CUES
        and _CENTRAL.intersection(key[1:]))


def _ngo_base(word: str) -> str:
    """A normalised word without و، ب، ل or the article (الخيرية → خيريه)."""
    p = next((p for p in _NGO_PREFIXES if word.startswith(p) and len(word) - len(p) >= 3), "")
    return word[len(p):]


#: The lexicon's ngo_marker phrases, word by word without the article.
_NGO_MARKERS = frozenset(" ".join(map(_ngo_base, m.split())) for m in NGO_MARKERS)


@lru_cache(maxsize=4096)
def _ngo_named(name: str) -> bool:
    """Whether a name says its body is non-governmental (lexicon ngo_marker: إغاثة،
    خيرية، غير حكومية), its words read without the article or ل."""
    bases = [_ngo_base(w) for w in normalise(name).split()]
    return any(" ".join(bases[a:a + n]) in _NGO_MARKERS
               for n in (1, 2) for a in range(len(bases) - n + 1))


def _cue_type(m: FoundMention) -> str:
    """The organisation type a mention's cue noun gives. وكالة is a news agency when the
    name is a transliterated one (وكالة سبوتنيك), says أنباء or is quoted; a descriptive name
    (الوكالة الفرنسية للتنمية) is a government agency; a central bank is a government
    body (:data:`_CENTRAL`); a body of the United Nations is intergovernmental
    (:func:`_un_named`)."""
    t = ORG_CUES[m.cue]
    if _un_named(normalise(m.name).split()) and _NEWS not in normalise(m.name):
        return "intergovernmental"      # مكتب الأمم المتحدة للتعاون، المنظمة الأممية
    if t in ("other", "government") and m.cue not in INSTITUTION_CUES and _ngo_named(m.name):
        return "ngo"            # هيئة الإغاثة …، المركز الخيري، اتحاد الجمعيات الأهلية
    if m.cue in _BANK_CUES and _CENTRAL.intersection(normalise(m.name).split()):
        return "government"
    # وكالة أنباء «الأفق»: a name in quote marks after وكالة is a news agency's
    if m.cue == _AGENCY and _NEWS not in normalise(m.name) and m.rule != "quoted":
        words = normalise(m.name).split()
        rest = words[1:] if words and words[0] in (_AGENCY, "ال" + _AGENCY) else words
        if rest and rest[0].startswith("ال"):
            return "government"
    return t




def canonical(group: list[FoundMention], text: str) -> tuple[str, str, str]:
    """``(entity, label, org_type)`` of a group of merged mentions (an anaphor names
    nothing: the others do)."""
    group = [m for m in group if m.rule != "anaphora"] or group
    if len(group) == 1:                     # the rules below, for one mention
        m = group[0]
        if m.gaz:
            return m.gaz.entity, m.gaz.label, m.gaz.type
        if m.label == "PERSON" or m.label == "PLACE":
            return m.name, m.label, ""
    entries = [m.gaz for m in group if m.gaz]
    if entries:                             # the most frequent entity, first on a tie
        ents = [e.entity for e in entries]
        entity = max(dict.fromkeys(ents), key=ents.count)
        entry = next(e for e in entries if e.entity == entity)
        return entity, entry.label, entry.type
    labels = [m.label for m in group]
    names = sorted({m.name for m in group})
    if "PERSON" in labels:
        return max(names, key=lambda s: (len(s.split()), len(s), s)), "PERSON", ""
    if labels.count("PLACE") >= max(labels.count("ORG"), labels.count("PROJECT"), 1):
        return max(names, key=lambda s: (len(s), s)), "PLACE", ""
    latin = [n for n in names if _LATIN_START.match(n)]
    acronyms = [n for n in latin if _is_acronym(n)]
    label = "PROJECT" if "PROJECT" in labels and not acronyms else "ORG"
    expanded = [a for a in acronyms if any(_initials(n) == a for n in latin if n != a)]
    if expanded:                                     # ACRE for Action Center on Race …
        entity = expanded[0]
    elif latin:
        entity = max(latin, key=lambda s: (len(s), s))
    else:                                            # the longest Arabic form
        # A surface that keeps the preposition of ل + ال (للحكومة …) is shown with its
        # article (الحكومة …), as the name proper is.
        forms = {_with_article(NAME_MARKS.sub("", f).strip()) for m in group
                 for f in (m.name, text[m.start:m.end])}
        # counted without harakat (جمعيّة is no longer than جمعية), and on a tie the form
        # without them, as the articles mostly write a name
        entity = max(forms, key=lambda s: (len(s.translate(_NO_HARAKAT)),
                                           s == s.translate(_NO_HARAKAT), s))
    types = [_cue_type(m) for m in group if m.cue in ORG_CUES
             and ORG_CUES[m.cue] != "project"]
    # a governorate that speaks (أعلنت محافظة البصرة) is its administration
    types += ["government" for m in group if m.cue in ADMIN_UNITS]
    types = [t for t in types if t != "other"] or types   # a specific cue wins
    org_type = max(dict.fromkeys(types), key=types.count) if types else "other"
    return entity, label, (org_type if label == "ORG" else "")


