"""Named entities: organisations, people, places and projects, merged across spellings.

Method (rules, no model; ARABIC_NOTES §4–5):

* **Find** mentions in one left-to-right pass over the tokens of each sentence:
  gazetteer aliases (longest match, :mod:`khabar.gazetteer`); cue nouns
  (:data:`ORG_CUES`, with proclitics ومنظمة، لحملة – stripped only when the rest is a
  cue) followed by a name: a quoted or bracketed name, a Latin name, a gazetteer name,
  the Arabic words up to a Latin name, a definite descriptive phrase (منظمة الصحة
  العالمية) or a transliterated name (شركة جوجل); runs of capitalised Latin words and
  acronyms; an Arabic list item directly before a Latin name (، مجتمعات نيويورك للتغيير
  NYCC،). A definite cue on its own (المنظمة، الشركة) is anaphora and is not a mention.
* **People** without a name list, from context: after a speech verb up to the comma or
  colon (وقال علي بنجواني،), before an apposition (لاو باريوس، مدير …), after a title and
  its organisation (الرئيس التنفيذي لشركة أمازون آندي جاسي).
* **Places**: gazetteer places, and venues (مركز + a transliterated name after في).
* **Credits and references**: news-agency credits in brackets or after المصدر: ((أ ف ب)،
  (قنا)); a bare definite cue (الهيئة) after an organisation with that cue is an anaphor of
  it; an institution noun alone (الحكومة، الشرطة) is an organisation.

Every word list comes from :mod:`khabar.lexicon` (docs/lexicon.md).
* **Merge** (union–find): same gazetteer entity; same name; an Arabic and a Latin form
  side by side or a form in brackets right after another; the same consonant skeleton
  (:func:`skeleton`, across scripts: جوجل = غوغل = Google); an acronym and the initials
  of a Latin name; a later one-word name and a person's family name. Later unclaimed
  words with the skeleton of a known name (بانجواني, نيمبوس) become mentions of it.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations, compress
from operator import attrgetter, itemgetter
from weakref import WeakKeyDictionary

import numpy as np
import pandas as pd
from rapidfuzz.distance import Levenshtein

from . import schema
from .gazetteer import Entry, candidates, load_gazetteer, token_key
from .lexicon import load_lexicon
from .text import DIACRITICS, TATWEEL, Article, is_stop_word, normalise

#: Extra mention columns after :data:`khabar.schema.MENTIONS`.
EXTRA = ["name", "org_type", "rule"]


_LEX = load_lexicon()


def _n(words) -> set[str]:
    return {normalise(w) for w in words}


def _definite_too(words) -> list[str]:
    """Each word and its definite form (رئيس → رئيس، الرئيس); a word written with the
    article stays as it is (الأمين: أمين alone is also a given name)."""
    return [f for w in words for f in ((w,) if w.startswith("ال") else (w, "ال" + w))]


#: Organisation cue nouns (lexicon org_cues.tsv; ARABIC_NOTES §5) → organisation type of
#: an unknown name.
ORG_CUES = {normalise(r.form): r.type for r in _LEX["org_cues"]
            if r.type not in ("place", "")}


def _cue_role(role: str) -> set[str]:
    return {normalise(r.form) for r in _LEX["org_cues"] if role in r.roles}


#: Cues that name a kind of outlet or firm: the name after them is the name proper
#: (صحيفة الغارديان → الغارديان). After the others a descriptive phrase keeps the cue
#: (منظمة الصحة العالمية).
DESCRIPTOR_CUES = _cue_role("descriptor")
#: Cues of a unit that belongs to a larger institution, and the cues of such an
#: institution: a unit named with في or in idafa before one is one organisation (نقابة
#: العاملين في جامعة بيرزيت، مجلس طلبة جامعة بيرزيت، لجنة … في وزارة الصحة).
SUBUNIT_CUES = _cue_role("subunit")
PARENT_CUES = _cue_role("parent")
#: Cues of a venue (always a place), and مركز, a place when it follows في with a
#: transliterated name (مركز جافيتس = Javits Center) and an organisation otherwise.
VENUE_CUES = _cue_role("venue")
#: Cues whose name is a descriptive phrase or a place, never a transliterated word
#: (جهاز الإحصاء المركزي, but جهاز كمبيوتر is a device).
DEFINITE_ONLY_CUES = _cue_role("definite_only")
#: Cues followed by a place name, known or not (بلدية عرابة، بلدية عصيرة الشمالية).
TOPONYM_CUES = _cue_role("toponym")
#: Cues whose definite form alone names an institution (الحكومة، الشرطة، البرلمان).
INSTITUTION_CUES = _cue_role("institution")
#: News-agency credits (lexicon agency_credits.tsv), keyed by their letters only
#: (أ ف ب = أ.ف.ب → افب) → gazetteer entity.
CREDITS = {normalise(r.form).replace(" ", ""): r.entity for r in _LEX["agency_credits"]}


def _boundary(role: str) -> list[str]:
    return _LEX.forms("name_boundaries", role=role)


LOCATIVE = _n(_boundary("locative"))
#: Prepositions that cannot open a person's name (المتحدث باسم الشركة is not a person
#: called "باسم الشركة"). Not على: normalised, it is the name علي.
NOT_NAME_START = _n(_boundary("not_name_start"))
#: Function words allowed inside a name (مشروع الدفاع عن المهاجرين, حملة لا تكنولوجيا).
NAME_FUNCTION_WORDS = _n(_boundary("name_function"))
#: Speech verbs (lexicon speech_verbs.tsv, ARABIC_NOTES §8): past and present, both
#: genders, the same list :mod:`khabar.quotes` reads.
SPEECH_CUES = _n(_LEX.forms("speech_verbs", role="verb"))
#: Titles before a person's name (followed by a complement: التنفيذي، البيئة، an org):
#: offices and spokespersons (lexicon titles.tsv), with and without the article.
TITLES = _n(_definite_too(_LEX.forms("titles", kind=("office", "spokesperson"))))
#: Words that open an apposition after a person's name (NAME، مديرة … / NAME، وهي …):
#: every title that is not an honorific (a rank only indefinite: الكبير is an adjective),
#: and the pronouns وهي، وهو.
ROLES = _n(_definite_too(_LEX.forms("titles", kind=("office", "spokesperson", "occupation")))
           + _LEX.forms("titles", kind="rank") + _boundary("apposition_pronoun"))
LIST_OPENERS = _n(_boundary("list_opener"))
#: Words of the stop-word list that are adjectives inside a name (الهيئة العامة).
NAME_ADJECTIVES = _n(_boundary("name_adjective"))
#: Administrative units between a cue and a place (بلدية مدينة البيرة).
ADMIN_UNITS = _n(_boundary("admin_unit"))
#: Words that follow a name without being part of it: a date, a number, a compass
#: point or an administrative unit (بلدية نابلس عام …، بلدية عقربا جنوب نابلس، محضر
#: بلدية بيرزيت رقم 92), and honorifics before a person (هيئة سوق رأس المال الدكتور …).
NAME_END = _n(_boundary("name_end") + ["ال" + w for w in _LEX.forms("titles", kind="honorific")]
              ) | TITLES | ROLES
_UNMARK = str.maketrans("", "", DIACRITICS + TATWEEL)
#: A preposition or conjunction attached to the article (بالأمر، كالعادة، فالحكومة): the
#: word is a definite noun, never the first word of a person's name.
_PREP_ARTICLE = ("بال", "كال", "فال")
#: Function words and speech verbs that end a name. Compared on the spelling with
#: harakat removed but letters not folded, so على (on) is not the name علي.
NAME_BREAKERS = {w.translate(_UNMARK) for w in _boundary("name_breaker")}
OPENERS = {"“": "”", "«": "»", '"': '"', "(": ")", "”": "”", "'": "'"}
LATIN_CONNECTORS = set(_boundary("latin_connector"))
_BETWEEN_ADJACENT = re.compile(r"[\s()\[\]“”\"«»'\-–:]*")

# Consonant skeleton: letters grouped by how English names are written in Arabic
# (g → ج/غ/ك/ق, p → ب, v → ف, s/z → س/ز/ص/ث); vowels, و ي ا ه ح ع and h dropped.
_AR_SKEL = str.maketrans({**{c: "B" for c in "بپ"}, **{c: "T" for c in "تط"},
                          **{c: "S" for c in "سصزث"}, **{c: "G" for c in "جچغقكگ"},
                          **{c: "D" for c in "دضذظ"}, "ر": "R", "ش": "X", "ف": "F",
                          "ڤ": "F", "ل": "L", "م": "M", "ن": "N", "خ": "H",
                          **{c: None for c in "اأإآوييىةؤئءعحه ـ"}})
_LAT_DIGRAPHS = [("sh", "X"), ("ch", "X"), ("th", "T"), ("ph", "F"), ("kh", "H"),
                 ("gh", "G"), ("ck", "G"), ("qu", "G"), ("x", "GS")]
_LAT_SKEL = str.maketrans({"b": "B", "p": "B", "t": "T", "d": "D", "s": "S", "z": "S",
                           "g": "G", "j": "G", "k": "G", "q": "G", "c": "G", "f": "F",
                           "v": "F", "l": "L", "m": "M", "n": "N", "r": "R",
                           **{c: None for c in "aeiouywh '-.&"}})


def _strip(word: str, known) -> tuple[int, str]:
    """:func:`khabar.text.strip_clitics` over memoised candidates: ``(prefix, stem)``
    for the first reading whose stem is in ``known`` (a set or a predicate)."""
    test = known if callable(known) else known.__contains__
    return next(((n, w) for n, w in candidates(word) if test(w)), (0, word))


@lru_cache(maxsize=1 << 16)
def _breaks(text: str, norm: str) -> bool:
    """A function word or speech verb, which ends a name; a speech verb also with its
    proclitics (وأعلن، فقالت: never part of a name)."""
    return (text.translate(_UNMARK) in NAME_BREAKERS or _word(norm).speech) and (
        norm not in NAME_FUNCTION_WORDS)


class _Word(tuple):
    """Memoised facts about one normalised word (a word's readings do not depend on
    the article): cue reading, speech verb, title, stop word, definite."""
    __slots__ = ()
    # itemgetter, not a lambda: the attribute is read without a Python frame.
    cue = property(itemgetter(0))               # (prefix_chars, cue) or None
    any_cue = property(itemgetter(1))
    speech = property(itemgetter(2))
    title = property(itemgetter(3))
    stop = property(itemgetter(4))
    definite = property(itemgetter(5))


@lru_cache(maxsize=1 << 16)
def _word(norm: str) -> _Word:
    n, stem = _strip(norm, lambda w: w in ORG_CUES or w in VENUE_CUES)
    cue = None
    if stem in ORG_CUES or stem in VENUE_CUES:
        prefix = norm[:n]
        # المنظمة، بالشركة، للشركة: a definite cue is anaphora, not a new name.
        cue = None if prefix.endswith("ال") or prefix.endswith("لل") else (n, stem)
    stop = is_stop_word(norm) and norm not in NAME_ADJECTIVES
    definite = not stop and ((len(norm) > 3 and norm.startswith(("ال", "لل"))) or (
        len(norm) > 4 and norm.startswith("وال")))
    return _Word((cue, _strip(norm, ORG_CUES.__contains__)[1] in ORG_CUES,
                  _strip(norm, SPEECH_CUES.__contains__)[1] in SPEECH_CUES,
                  _strip(norm, TITLES.__contains__)[1] in TITLES, stop, definite))


_MEMO_SIZE = 1 << 18


class _Opens(dict):
    """token key → bits: 1 if it starts a gazetteer alias, 2 if (as an Arabic word) it
    may open a cue phrase; computed on a miss."""

    def __init__(self, gazetteer):
        super().__init__()
        self.first_reading = gazetteer.first_reading

    def __missing__(self, key: str) -> int:
        if len(self) >= _MEMO_SIZE:          # bounded, like an lru_cache
            self.clear()
        v = self[key] = (1 if self.first_reading(key)[1] else 0) | (
            2 if _may_open_cue_phrase(key) else 0)
        return v


_OPENERS: "WeakKeyDictionary" = WeakKeyDictionary()


def _openers(gazetteer):
    """:class:`_Opens` lookup (``__getitem__``) for ``gazetteer``, one per gazetteer."""
    opens = _OPENERS.get(gazetteer)
    if opens is None:
        opens = _OPENERS[gazetteer] = _Opens(gazetteer).__getitem__
    return opens


class _PersonAt(dict):
    """normalised word → whether it is a comma, a speech verb or a title (the positions
    :meth:`_Finder.people` looks at); computed on a miss."""

    def __missing__(self, norm: str) -> bool:
        w = _word(norm)
        if len(self) >= _MEMO_SIZE:          # bounded, like an lru_cache
            self.clear()
        v = self[norm] = norm == "," or w.speech or w.title
        return v


_PERSON_AT = _PersonAt()


class _AnyCue(dict):
    """normalised word → whether it has a cue-noun reading; computed on a miss."""

    def __missing__(self, norm: str) -> bool:
        if len(self) >= _MEMO_SIZE:          # bounded, like an lru_cache
            self.clear()
        v = self[norm] = _word(norm).any_cue
        return v


_ANY_CUE = _AnyCue()
_ENTITY_CUES: "WeakKeyDictionary" = WeakKeyDictionary()
#: Prepositions after a bare definite cue that say where it belongs (مدير الحملة في حركة
#: X): the cue is then not an anaphor.
_WHERE = _n(["في", "لدى"])
#: What separates المصدر from the credit (المصدر: أ.ف.ب، المصدر | أ.ف.ب).
_CREDIT_MARKS = {":", "|", "-", "/"}


def _entity_cues(gazetteer) -> dict[str, set[str]]:
    """Gazetteer entity → the cue nouns its Arabic aliases start with (منظمة الأمم المتحدة
    → منظمه), computed once per gazetteer."""
    out = _ENTITY_CUES.get(gazetteer)
    if out is None:
        out = {}
        for key, entry in gazetteer.index.items():
            stem = key[0][2:] if key[0].startswith("ال") else key[0]
            if len(key) > 1 and stem in ORG_CUES:
                out.setdefault(entry.entity, set()).add(stem)
        _ENTITY_CUES[gazetteer] = out
    return out


class _LatinKeys(dict):
    """normalised Latin word → :func:`khabar.gazetteer.token_key`, computed on a miss."""

    def __missing__(self, norm: str) -> str:
        if len(self) >= _MEMO_SIZE:          # bounded, like an lru_cache
            self.clear()
        v = self[norm] = token_key(norm, "latin")
        return v


_LATIN_KEYS = _LatinKeys()
_ARABIC_LETTERS = re.compile(r"[\u0621-\u064a]+")


@lru_cache(maxsize=1 << 16)
def _name_words(name: str) -> tuple[str, ...]:
    return tuple(normalise(name).split())


@lru_cache(maxsize=1 << 16)
def _may_open_cue_phrase(norm: str) -> bool:
    """An Arabic word that can open a cue phrase: an indefinite cue (with proclitics)
    or a definite organisation cue other than المشروع (:meth:`_Finder._cue_phrase`)."""
    w = _word(norm)
    if w.cue:
        return True
    return w.any_cue and any(
        d.startswith("ال") and d[2:] in ORG_CUES and ORG_CUES[d[2:]] != "project"
        for _, d in candidates(norm))      # الحكومة، والحكومة، للحكومة (ل + ال)


@lru_cache(maxsize=1 << 16)
def _definite_cue_reading(norm: str) -> tuple[int, str]:
    """``(prefix_chars, definite cue)`` of the first reading of ``norm`` that is ال + an
    organisation cue (والحكومة، للحكومة), else ``(0, "")``; memoised."""
    return next(((n, w) for n, w in candidates(norm)
                 if w.startswith("ال") and w[2:] in ORG_CUES), (0, ""))


@lru_cache(maxsize=1 << 16)
def skeleton(name: str) -> str:
    """Consonant skeleton of a name in either script, for matching transliterations
    (ARABIC_NOTES §5): جوجل, غوغل and Google → "GL"; نمبوس, نيمبوس and Nimbus →
    "NMBS". A leading ال is dropped; repeated letters collapse. Input any ``str``."""
    s = normalise(name).strip()
    if re.search("[A-Za-z]", s):
        s = s.lower()
        for a, b in _LAT_DIGRAPHS:
            s = s.replace(a, b)
        s = re.sub(r"c(?=[eiy])", "s", s).translate(_LAT_SKEL)
        s = re.sub("[^A-Z]", "", s)
    else:
        s = " ".join(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in s.split())
        s = re.sub("[^A-Z]", "", s.translate(_AR_SKEL))
    return re.sub(r"(.)\1+", r"\1", s)


@lru_cache(maxsize=1 << 16)
def _chars_for(text: str, nchars: int) -> int:
    """Characters of ``text`` (a token as written) that make up its first ``nchars``
    normalised characters (a clitic prefix); memoised per word."""
    count = 0
    for k, c in enumerate(text):
        count += len(normalise(c))
        if count >= nchars:
            # ل + ال is written لل: a cut between the two lams would leave لأمم
            # (not a word); the mention keeps the preposition instead: للأمم المتحدة.
            if c == "ل" and text[k + 1:k + 2] == "ل":
                return k
            return k + 1
    return len(text)


@dataclass(eq=False, slots=True)
class _Mention:
    t0: int            # first token (index into the token columns)
    t1: int            # token after the last
    start: int         # character offsets into article.text
    end: int
    name: str          # the name proper (surface), without a descriptor cue
    label: str         # ORG | PERSON | PLACE | PROJECT
    rule: str
    cue: str = ""
    gaz: Entry | None = None
    ref: "_Mention | None" = None   # the antecedent of an anaphor (الهيئة → هيئة …)


#: Cue words nested in one phrase at most (منظمة مركز … is two); see _Finder._cue_phrase.
_MAX_NESTED_CUES = 8


class _Finder:
    """Finds mentions in one article (plain lists; no pandas)."""

    def __init__(self, article: Article, gazetteer):
        self.a, self.g = article, gazetteer
        self.match = gazetteer.match
        cols = article.token_columns
        # Column lists, not Token rows: one list index per read, and no Token objects.
        self.norms, self.kinds, self.texts = cols.norm, cols.kind, cols.text
        self.starts, self.ends = cols.start, cols.end
        self.n = len(cols.start)
        #: Indices of the Latin tokens; only they have a key other than their norm.
        self.latin_at = list(compress(range(len(cols.kind)), map("latin".__eq__, cols.kind)))
        self.keys = list(cols.norm)
        norms = self.keys
        for i, key in zip(self.latin_at, map(_LATIN_KEYS.__getitem__,
                                             [norms[i] for i in self.latin_at])):
            norms[i] = key
        self.claimed: list[_Mention | None] = [None] * self.n
        self.mentions: list[_Mention] = []
        self.text = article.text
        # Exclusive end token of each token's sentence: names never cross sentences.
        self.send = [0] * self.n
        starts, i = cols.start, 0
        for s in article.sentences:
            j = bisect_left(starts, s.end, i)         # first token at or after the end
            self.send[i:j] = [j] * (j - i)
            i = j

    # ---------------------------------------------------------------- helpers
    def _offset_after(self, i: int, nchars: int) -> int:
        """Original offset after ``nchars`` normalised characters of token ``i``."""
        start = self.starts[i]
        return start + _chars_for(self.texts[i], nchars) if nchars else start

    def _cue(self, i: int) -> tuple[int, str] | None:
        """``(prefix_chars, cue)`` if token ``i`` is an indefinite cue noun."""
        return _word(self.norms[i]).cue if self.kinds[i] == "arabic" else None

    def _match(self, i: int, stop: int):
        """Gazetteer lookup at token ``i`` (names end at ``stop``)."""
        return self.match(self.keys, i, stop)

    def _any_cue(self, i: int) -> bool:
        """Token ``i`` is a cue noun, definite or not (للمشروع ends a name)."""
        return self.kinds[i] == "arabic" and _word(self.norms[i]).any_cue

    def _arabic_word(self, i: int) -> bool:
        return self.kinds[i] == "arabic" and self.claimed[i] is None

    @staticmethod
    def _definite(norm: str) -> bool:
        return _word(norm).definite

    def _breaks_name(self, i: int) -> bool:
        return _breaks(self.texts[i], self.norms[i])

    def _ends_name(self, i: int) -> bool:
        """A function word, a speech verb or a word of :data:`NAME_END`."""
        return self._breaks_name(i) or self.norms[i] in NAME_END

    def _place_at(self, i: int, stop: int) -> int:
        """Tokens of a gazetteer place starting at token ``i`` (no clitic), else 0."""
        if i >= stop or not self._arabic_word(i):
            return 0
        g = self._match(i, stop)
        return g[0] if g and g[1] == 0 and g[2].label == "PLACE" else 0

    def _latin_run(self, i: int, stop: int) -> int:
        """End (exclusive) of the run of capitalised Latin words starting at ``i``."""
        k = i + 1
        while k < stop and self.kinds[k] == "latin":
            w = self.texts[k]
            if w[0].isupper() or w[0].isdigit():
                k += 1
            elif w.lower() in LATIN_CONNECTORS:         # Center on Race and the Economy
                e = k
                while e < stop and self.kinds[e] == "latin" and (
                        self.texts[e].lower() in LATIN_CONNECTORS):
                    e += 1
                if e < stop and self.kinds[e] == "latin" and self.texts[e][0].isupper():
                    k = e + 1
                else:
                    break
            else:
                break
        return k

    def _text(self, i: int, j: int) -> str:
        return self.text[self.starts[i]:self.ends[j - 1]]

    def _add(self, m: _Mention) -> _Mention:
        self.mentions.append(m)
        self.claimed[m.t0:m.t1] = [m] * (m.t1 - m.t0)
        return m

    # ---------------------------------------------------------------- organisations
    def _gaz(self, i: int) -> _Mention | None:
        hit = self.match(self.keys, i, self.send[i])
        if not hit:
            return None
        n, prefix, entry = hit
        start = self._offset_after(i, prefix) if prefix else self.starts[i]
        end = self.ends[i + n - 1]
        name = self.text[start:end]
        cue = _word(self.norms[i]).cue if self.kinds[i] == "arabic" else None
        if n > 1 and cue and cue[1] in DESCRIPTOR_CUES:     # وكالة رويترز → رويترز
            name = self.text[self.starts[i + 1]:end]
        return _Mention(i, i + n, start, end, name, entry.label, "gazetteer",
                        cue[1] if cue else "", gaz=entry)

    def _definite_tail(self, k: int, stop: int, free: int, linking: bool = True) -> int:
        """End of the definite words of a name from token ``k``, ``free`` of them already
        taken: two free definite words (الصحة العالمية); more only when linked by لل, و
        or a function word (النخيل للطاقة المتجددة، الدفاع عن المهاجرين), so an object
        after the name is not taken (بنك الخليج الأول | القيمة الإجمالية). Without
        ``linking``, no function word links (after a place: جريدة فلسطين | عن التراث)."""
        linked = False
        while (k < stop and self._arabic_word(k) and not self._any_cue(k)
               and not self._ends_name(k)):
            n = self.norms[k]
            if linking and n in NAME_FUNCTION_WORDS and k + 1 < stop and self._definite(
                    self.norms[k + 1]):
                k, linked = k + 2, True
            elif self._definite(n) and n.startswith(("لل", "وال")):
                k, linked = k + 1, True
            elif self._definite(n) and (free < 2 or linked or _is_nisba(n)):
                # a third free word only as a relative adjective (جمعية العمال العربية
                # الفلسطينية), which agrees with the name; an object noun is not one
                k, free, linked = k + 1, free + 1, False
            else:
                break
        return k

    def _definite_cue_phrase(self, i: int) -> _Mention | None:
        """A definite cue with definite adjectives after it is a name (اللجنة القومية
        العربية); a definite cue alone (المنظمة) is anaphora and gives nothing."""
        norm = self.norms[i]
        if self.kinds[i] != "arabic" or not _word(norm).any_cue:
            return None
        # The definite reading, also behind proclitics: والحكومة، للحكومة (ل + ال).
        prefix, definite = _definite_cue_reading(norm)
        stem = definite[2:]
        if not definite or ORG_CUES[stem] == "project":
            return None
        k, stop = i + 1, self.send[i]
        # Three words, or more when a لل complement links them (الشركة الصينية العامة
        # للهندسة المعمارية): the words after a لل word belong to it.
        while (k < min(stop, i + (6 if any(self.norms[x].startswith("لل")
                                           for x in range(i + 2, k)) else 4))
               and self._arabic_word(k) and self._definite(self.norms[k])
               # والعسكرية: a new conjunct, unless it joins a لل complement
               # (الدائرة المركزية للتنظيم والبناء)
               and (not self.norms[k].startswith("و") or (
                   self.norms[k].startswith("وال") and self.norms[k - 1].startswith("لل")))
               and not self._any_cue(k) and not self._ends_name(k)):
            k += 1
        # The first word must be an adjective of the cue: not a conjunct (الهيئة والقطاعات)
        # nor a masculine relative adjective after a feminine cue, which qualifies the noun
        # before (دور الهيئة الرقابي).
        if k > i + 1:
            first = self.norms[i + 1]
            if not first.startswith("ال") or (
                    self.texts[i].endswith("ة") and first.endswith("ي")):
                return None
        if k == i + 1:
            return None
        start, end = self._offset_after(i, prefix), self.ends[k - 1]
        # The name proper is the phrase with its article (للحكومة → الحكومة …).
        name = self.text[start:end]
        if name.startswith("لل"):
            name = "ال" + name[2:]
        return _Mention(i, k, start, end, name, "ORG", "cue", stem)

    def _cue_phrase(self, i: int) -> _Mention | None:
        """The mention a cue word at token ``i`` opens (see :meth:`_cue_phrase_steps`).

        A cue followed by another cue (منظمة مركز …) takes the inner one's phrase, and a
        run of cues nests as deep as it is long: the steps run on an explicit stack, not
        by recursion, so a hostile run ("منظمة " * 1000) cannot exhaust Python's stack.
        Nesting stops at :data:`_MAX_NESTED_CUES` cues (news text nests two or three);
        without a bound every cue of such a run would walk the rest of it (quadratic).
        """
        stack = [self._cue_phrase_steps(i)]
        value = None
        while True:
            try:
                inner = stack[-1].send(value)      # the step asks for the phrase at inner
            except StopIteration as done:
                stack.pop()
                if not stack:
                    return done.value
                value = done.value
            else:
                if len(stack) < _MAX_NESTED_CUES:
                    stack.append(self._cue_phrase_steps(inner))
                value = None                           # deeper cues: no inner phrase

    def _cue_phrase_steps(self, i: int):
        """:meth:`_cue_phrase` as a generator: it yields the token of a nested cue whose
        phrase it needs, is sent that phrase (or None), and returns the mention."""
        cue = self._cue(i)
        if not cue:
            return self._definite_cue_phrase(i)
        prefix, stem = cue
        stop = self.send[i]
        start = self._offset_after(i, prefix)
        label = "PLACE" if stem in VENUE_CUES else (
            "PROJECT" if ORG_CUES[stem] == "project" else "ORG")

        def made(t1: int, n0: int, n1: int, rule: str, gaz: Entry | None = None,
                 with_cue: bool = False, lab: str = label) -> _Mention:
            name = self.text[start:self.ends[n1 - 1]] if with_cue else self._text(n0, n1)
            # حملة (لا تكنولوجيا … NoTechForApartheid): when a bracket or quote mark that
            # the mention does not close stands between cue and name, the mention is the
            # name alone, so no alias carries half a pair of brackets.
            s0 = start
            if not with_cue and self.texts[i + 1] in OPENERS and not any(
                    self.texts[k] == OPENERS[self.texts[i + 1]]
                    for k in range(i + 2, t1)):
                s0 = self.starts[n0]
            return _Mention(i, t1, s0, self.ends[t1 - 1], name, lab, rule, stem, gaz)

        j = i + 1
        if j >= stop:
            return None
        t_text, t_kind, t_norm = self.texts[j], self.kinds[j], self.norms[j]
        if t_text in OPENERS:                          # مجموعة "…" / حملة (…)
            closer = OPENERS[t_text]
            k = next((k for k in range(j + 1, min(stop, j + 12))
                      if self.texts[k] == closer), None)
            words = range(j + 1, k) if k else ()
            if k and k > j + 1 and all(self.kinds[w] in ("arabic", "latin") for w in words):
                lat = next((w for w in words if self.kinds[w] == "latin"), None)
                if lat is None or lat == j + 1:
                    g = self._match(j + 1, k)
                    gaz = g[2] if g and g[0] == k - j - 1 and g[2].label != "PLACE" else None
                    return made(k + 1, j + 1, k, "quoted", gaz)
                return made(lat, j + 1, lat, "quoted")     # the Latin part is found later
            j += 1                                          # an unclosed opener
            if j >= stop:
                return None
            t_text, t_kind, t_norm = self.texts[j], self.kinds[j], self.norms[j]
        inner = self._cue(j)
        if inner and stem not in VENUE_CUES:                # منظمة مركز …، موقع حملة …
            m = yield j                               # the inner cue's phrase
            if m:
                m.t0, m.start = i, start
                # منظمة مركز …: the inner cue names the kind of thing only vaguely
                # (مركز → other); the outer one (منظمة → ngo) is more specific.
                if ORG_CUES.get(m.cue, "other") == "other" and ORG_CUES.get(
                        stem, "other") not in ("other", "project"):
                    m.cue = stem
                return m
        if t_kind == "latin" and t_text[0].isupper():
            k = self._latin_run(j, stop)
            return made(k, j, k, "cue")
        if t_norm in ADMIN_UNITS and stem not in VENUE_CUES:   # بلدية مدينة البيرة
            place = self._place_at(j + 1, stop)
            if place:
                return made(j + 1 + place, j, j + 1 + place, "cue", with_cue=True)
        g = self._match(j, stop)
        if g and g[1] == 0:
            entry = g[2]
            lab = entry.label if entry.label != "PLACE" else label
            if entry.label != "PLACE":
                return made(j + g[0], j, j + g[0], "cue", entry, lab=lab)
        # Arabic words up to a Latin name: حملة لا تكنولوجيا … NoTechForApartheid
        # (only looked for when a Latin token lies within reach: the walk has no effect)
        x = bisect_left(self.latin_at, j + 1)
        k = j if x < len(self.latin_at) and self.latin_at[x] < min(stop, j + 9) else stop
        while k < min(stop, j + 8) and (
                (self.kinds[k] == "arabic" and not self._breaks_name(k)
                 and not self._match(k, stop))
                or self.texts[k] in OPENERS or self.texts[k] in OPENERS.values()):
            k += 1
        if k < stop and k > j and self.kinds[k] == "latin" and self.texts[k][0].isupper():
            last = k
            while last > j and self.kinds[last - 1] != "arabic":
                last -= 1
            first = j          # bounded: no Arabic word at all between (منظمة ) Google)
            while first < last and self.kinds[first] != "arabic":
                first += 1
            if first < last:                            # a descriptive name keeps a head cue
                return made(last, first, last, "cue", with_cue=(
                    stem not in DESCRIPTOR_CUES and self._definite(self.norms[first])))
        if t_kind != "arabic" or self._breaks_name(j) or self._cue(j):
            return None
        if self._definite(t_norm):                     # منظمة الصحة العالمية
            k = self._definite_tail(j + 1, stop, 1)
            return made(k, j, k, "cue", with_cue=stem not in DESCRIPTOR_CUES)
        place = self._place_at(j, stop)
        if place and stem not in VENUE_CUES:            # حكومة فلسطين، سوق فلسطين للأوراق
            k = self._definite_tail(j + place, stop, 0, linking=False)
            return made(k, j, k, "cue", with_cue=stem not in DESCRIPTOR_CUES)
        if stem in DEFINITE_ONLY_CUES:                  # جهاز كمبيوتر: not a name
            return None
        if stem in SUBUNIT_CUES:                        # مجلس طلبة جامعة بيرزيت
            for n in (1, 2):
                if j + n >= stop or self._ends_name(j + n - 1) or self._definite(
                        self.norms[j + n - 1]) or not self._arabic_word(j + n - 1):
                    break
                end = self._parent_at(j + n)
                if end:
                    return made(end, j, end, "cue", with_cue=True)
        if stem in TOPONYM_CUES and not is_stop_word(t_norm) and not self._ends_name(j):
            k = self._definite_tail(j + 1, stop, 0, linking=False)   # بلدية عرابة
            return made(k, j, k, "cue", with_cue=True)
        if t_text.endswith("ة") and j + 1 < stop and self._arabic_word(j + 1) and (
                self._definite(self.norms[j + 1]) and not self._ends_name(j + 1)
                and not self._any_cue(j + 1) and not is_stop_word(t_norm)):
            # A verbal noun in idafa with a definite noun: محكمة مكافحة الإرهاب، هيئة
            # تنظيم الاتصالات (an adjective, مجموعة مجهولة, has no definite noun after it).
            k = self._definite_tail(j + 1, stop, 0)
            return made(k, j, k, "cue", with_cue=stem not in DESCRIPTOR_CUES)
        if t_text.endswith("ة") or is_stop_word(t_norm):   # مجموعة مجهولة: an adjective
            return None
        k = j + 1                                       # a transliterated name
        while (k < min(stop, j + 3) and self._arabic_word(k) and not self._ends_name(k)
               and self.norms[k] not in NAME_FUNCTION_WORDS
               and not self._definite(self.norms[k]) and not self._cue(k)
               # norm[:1]: a lone tatweel or haraka normalises to "" (found by hypothesis)
               and self.norms[k][:1] not in ("و", "ف", "ب", "ل", "ك", "")
               and not self.texts[k].endswith("ة")):
            k += 1
        place = self._place_at(k, stop) if k < min(stop, j + 3) else 0
        if place:                                       # إذاعة صوت فلسطين
            k += place
        elif k < stop and self._arabic_word(k) and self._definite(self.norms[k]) and (
                not self._any_cue(k) and not self._ends_name(k)):   # هيئة سوق رأس المال
            k += 1
            while (k < stop and self._arabic_word(k) and self._definite(self.norms[k])
                   and self.norms[k].startswith(("لل", "ال")) and k - j < 5
                   and not self._ends_name(k)):
                k += 1
        if stem == normalise("مركز") and i > 0 and (
                self.norms[i - 1] in LOCATIVE or self.norms[i].startswith("ب")):
            label = "PLACE"                             # في مركز جافيتس: a venue
        return made(k, j, k, "cue", with_cue=stem not in DESCRIPTOR_CUES, lab=label)

    def organisations(self) -> None:
        # Only a token that starts a gazetteer alias or opens a cue phrase can start a
        # mention here; every other position gives nothing and is skipped.
        kinds, keys = self.kinds, self.keys
        bits = list(map(_openers(self.g), keys))
        gaz, cue_phrase = self._gaz, self._cue_phrase
        i = 0
        for k in list(compress(range(len(keys)), bits)):
            if k < i:
                continue
            b = bits[k]
            g = gaz(k) if b & 1 else None
            c = cue_phrase(k) if b & 2 and kinds[k] == "arabic" else None
            best = c if c and (not g or c.t1 > g.t1) else g
            if best and best.rule == "cue" and best.label == "ORG" and best.cue in SUBUNIT_CUES:
                f = best.t1                             # نقابة العاملين في جامعة بيرزيت
                end = self._parent_at(f + 1) if (
                    f + 1 < self.n and f + 1 < self.send[f]
                    and self.norms[f] == "في") else 0
                if end:
                    best = _Mention(best.t0, end, best.start, self.ends[end - 1],
                                    self.text[best.start:self.ends[end - 1]], "ORG", "cue",
                                    best.cue)
            if best:
                self._add(best)
                i = best.t1

    def _parent_at(self, k: int) -> int:
        """End token of an institution named from token ``k`` on (a parent cue without a
        clitic, :data:`PARENT_CUES`, and its name: جامعة بيرزيت، وزارة الصحة), else 0."""
        if k >= self.n or self.kinds[k] != "arabic":
            return 0
        cue = _word(self.norms[k]).cue
        if not cue or cue[0] or cue[1] not in PARENT_CUES:
            return 0
        g = self._gaz(k)
        c = self._cue_phrase(k)
        best = c if c and (not g or c.t1 > g.t1) else g
        return best.t1 if best and best.label == "ORG" else 0

    def latin(self) -> None:
        nxt = 0                                         # the first token not yet passed
        self._dropped: list[_Mention] = []              # replaced by list items
        for i in self.latin_at:
            if i < nxt:
                continue
            text = self.texts[i]
            if self.claimed[i] is None and (
                    text[0].isupper() or any(c.isupper() for c in text[1:])):
                k = self._latin_run(i, self.send[i])
                while k > i + 1 and self.claimed[k - 1] is not None:
                    k -= 1
                label = "PROJECT" if text.lower() == "project" and k > i + 1 else "ORG"
                m = self._add(_Mention(i, k, self.starts[i], self.ends[k - 1], self._text(i, k),
                                       label, "latin"))
                self._list_item(m)
                nxt = k
        if self._dropped:
            # Mentions compare by identity (eq=False); held in _dropped until here, so
            # no id is reused meanwhile.
            gone = set(map(id, self._dropped))
            self.mentions = [m for m in self.mentions if id(m) not in gone]
            self._dropped = []

    def _list_item(self, m: _Mention) -> None:
        """An Arabic name right before a Latin one, as a list item: ، X Y Z NAME،."""
        i, after = m.t0, m.t1
        if after < self.n and after < self.send[i] and self.kinds[after] != "punct":
            return
        k = i
        while k > 0 and i - k < 4:
            if (self.kinds[k - 1] != "arabic" or self._breaks_name(k - 1)
                    or self.norms[k - 1] in LIST_OPENERS):
                break
            c = self.claimed[k - 1]
            if c is not None and c.label != "PLACE":
                return
            k -= 1
        if k == i or self._breaks_name(k):
            return
        if k > 0 and self.send[k - 1] == self.send[k]:      # not at a sentence start
            p = self.norms[k - 1]
            if not (p in ",:;(" or p in LIST_OPENERS):
                return
        # Dropped from self.mentions at the end of latin(), all at once: list.remove
        # here scanned the whole list each time (quadratic on a long article).
        self._dropped.extend({self.claimed[x] for x in range(k, i)} - {None})
        self._add(_Mention(k, i, self.starts[k], self.ends[i - 1], self._text(k, i),
                           "ORG", "list"))

    # ---------------------------------------------------------------- people
    def _person_ok(self, a: int, b: int) -> bool:
        return (b > a and all(self._arabic_word(k) and not self._breaks_name(k)
                              and self.norms[k] not in NAME_FUNCTION_WORDS
                              and not self._cue(k) for k in range(a, b))
                and not self._definite(self.norms[a])
                # nor with a preposition on the article (يعتبر بالأمر اليسير)
                and not (len(self.norms[a]) > 4 and self.norms[a].startswith(_PREP_ARTICLE))
                and self.norms[a] not in NOT_NAME_START
                # a name has letters: not only tatweel or harakat (found by fuzzing)
                and any(self.norms[k] for k in range(a, b)))

    def _person(self, a: int, b: int, rule: str) -> None:
        self._add(_Mention(a, b, self.starts[a], self.ends[b - 1], self._text(a, b),
                           "PERSON", rule))

    def people(self) -> None:
        n = self.n
        stops = {",", ":", "؛", ";", "“", "”", "«", '"', "("}
        # Only a speech verb, a title, or a word two or three tokens before a comma can
        # start a person here; every other position gives nothing and is skipped.
        kinds, norms, claimed, at = self.kinds, self.norms, self.claimed, set()
        for i in compress(range(n), map(_PERSON_AT.__getitem__, norms)):
            if norms[i] == ",":
                # An apposition needs a role word right after the comma.
                if i + 1 < n and norms[i + 1] in ROLES:
                    at.update(k for k in (i - 2, i - 3) if k >= 0)
            elif kinds[i] == "arabic":
                at.add(i)
        for i in sorted(at):
            if claimed[i] is not None or kinds[i] != "arabic":
                continue
            stop = self.send[i]
            w = _word(norms[i])
            if w.speech:                      # وقال علي بنجواني،
                k = next((k for k in range(i + 1, min(stop, i + 5)) if norms[k] in stops),
                         None)
                if k and self._person_ok(i + 1, k):
                    self._person(i + 1, k, "speech")
                continue
            if w.title:                           # الرئيس التنفيذي لشركة أمازون X Y
                k, via_org = i + 1, False
                while k < min(stop, i + 3) and self._definite(norms[k]) and claimed[k] is None:
                    k += 1
                c = claimed[k] if k < stop else None
                if c is not None and c.label == "ORG":
                    k, via_org = c.t1, True
                if k + 2 <= stop and self._person_ok(k, k + 2) and (
                        via_org or k + 2 == stop or kinds[k + 2] == "punct"):
                    self._person(k, k + 2, "title")
                continue
            if i == 0 or kinds[i - 1] == "punct" or self.send[i - 1] != stop:
                for w in (2, 3):                          # لاو باريوس، مدير الحملة
                    if (i + w + 1 < stop and norms[i + w] == ","
                            and norms[i + w + 1] in ROLES and self._person_ok(i, i + w)):
                        self._person(i, i + w, "apposition")
                        break

    # ---------------------------------------------------------------- credits
    def credits(self) -> None:
        """News-agency credits of datelines and bylines, (أ ف ب)، (قنا) or after المصدر:
        (:data:`CREDITS`): media organisations, only in those places."""
        norms, kinds = self.norms, self.kinds
        # Only an opening bracket or a mark after المصدر can start a credit.
        at = [i for i, w in enumerate(norms) if w == "(" or w in _CREDIT_MARKS]
        for i in at:
            if norms[i] == "(":
                first = i + 1
                close = next((k for k in range(first, min(self.send[i], first + 7))
                              if norms[k] == ")"), None)
                if close is None:
                    continue
                last = close
            elif norms[i] in _CREDIT_MARKS and i > 0 and norms[i - 1] == "المصدر":
                first, last = i + 1, min(self.send[i], i + 7)
            else:
                continue
            for end in range(last, first, -1):        # the longest credit first
                toks = range(first, end)
                if (kinds[end - 1] == "punct" or any(
                        self.claimed[k] is not None or not (kinds[k] == "arabic" or norms[k] == ".")
                        for k in toks)):
                    continue
                entity = CREDITS.get("".join(norms[k] for k in toks if norms[k] != "."))
                if entity and (end == last or norms[i] != "("):
                    self._add(_Mention(first, end, self.starts[first], self.ends[end - 1],
                                       self._text(first, end), "ORG", "credit",
                                       gaz=self.g.entries.get(entity)
                                       or Entry(entity, "ORG", "media")))
                    break

    # ---------------------------------------------------------------- anaphora
    def anaphora(self) -> None:
        """A bare definite cue noun (الهيئة، والشركة) after an organisation named with the
        same cue refers back to it (rule ``anaphora``: merged with it, never an alias); an
        institution noun (:data:`INSTITUTION_CUES`: الحكومة، الشرطة) with no antecedent
        names that institution (rule ``institution``)."""
        last: dict[str, _Mention] = {}
        cues = _entity_cues(self.g)
        by_start = sorted(self.mentions, key=attrgetter("t0"))
        x = 0
        # Only an Arabic word with a cue reading can be an anaphor (memoised per word).
        for i in compress(range(self.n), map(_ANY_CUE.__getitem__, self.norms)):
            while x < len(by_start) and by_start[x].t0 <= i:
                m = by_start[x]
                if m.label == "ORG" and m.rule not in ("anaphora", "institution"):
                    # its cue in the text, or the cues its gazetteer aliases start with
                    # (الأمم المتحدة is also منظمة الأمم المتحدة: المنظمة may point to it)
                    for c in {m.cue, *(cues.get(m.gaz.entity, ()) if m.gaz else ())} - {""}:
                        last[c] = m
                x += 1
            if self.kinds[i] != "arabic" or self.claimed[i] is not None:
                continue
            norm = self.norms[i]
            prefix, definite = _definite_cue_reading(norm)
            stem = definite[2:]
            if not definite or ORG_CUES.get(stem, "project") == "project":
                continue
            if i + 1 < self.send[i] and self.norms[i + 1] in _WHERE:
                continue        # مدير الحملة في حركة X: the phrase names its organisation
            ante = last.get(stem)
            if ante is None and stem not in INSTITUTION_CUES:
                continue
            start = self._offset_after(i, prefix)
            name = self.text[start:self.ends[i]]
            if name.startswith("لل"):
                name = "ال" + name[2:]
            if ante is not None:
                self._add(_Mention(i, i + 1, start, self.ends[i], name, "ORG", "anaphora",
                                   stem, ante.gaz, ref=ante))
            else:
                self._add(_Mention(i, i + 1, start, self.ends[i], name, "ORG", "institution",
                                   stem))

    # ---------------------------------------------------------------- later mentions
    def later_mentions(self) -> None:
        """Unclaimed words that repeat a known one-word name or a person's family name,
        exactly or as a transliteration variant (same skeleton, edit distance ≤ 2)."""
        known: dict[str, _Mention] = {}
        for m in self.mentions:
            if m.label == "PLACE" or m.rule in ("credit", "anaphora", "institution"):
                continue
            # A gazetteer name too: a later spelling it does not list (زيمنس after
            # سيمنس) has the same skeleton.
            words = _name_words(m.name)
            if m.label == "PERSON" or len(words) == 1:
                if _ARABIC_LETTERS.fullmatch(words[-1]) and len(words[-1]) > 2:
                    known.setdefault(words[-1], m)
        skel: dict[str, list[str]] = {}
        for w in known:
            s = skeleton(w)
            if len(s) >= 4:                    # short skeletons collide with common words
                skel.setdefault(s, []).append(w)

        if not known:
            return
        hot = set(known) | set(skel)
        memo: dict[str, tuple[int, str] | None] = {}

        def find(norm: str) -> tuple[int, str] | None:
            """``(prefix_chars, known word)`` of the first reading of ``norm`` that is a
            known name or a variant of one (:func:`_later_readings`)."""
            for n, stem, sk in _later_readings(norm)[0]:
                if stem in known:
                    return n, stem
                if sk is not None:
                    w = next((w for w in skel.get(sk, ()) if Levenshtein.distance(w, stem) <= 2
                              and not _nisba_of(stem, w)), None)
                    if w is not None:
                        return n, w
            return None

        # Distinct words first (a text repeats its words): only those with a reading that
        # is a known name or has a known skeleton are looked at token by token.
        words = _LATER_INDEX.words_with(set(self.norms), hot)
        if not words:
            return
        claimed, kinds, norms, ends = self.claimed, self.kinds, self.norms, self.ends
        for i in list(compress(range(self.n), map(words.__contains__, norms))):
            if kinds[i] != "arabic" or claimed[i] is not None:
                continue
            norm = norms[i]
            if norm in memo:
                hit = memo[norm]
            else:
                hit = memo[norm] = None if _word(norm).stop else find(norm)
            if hit is None:
                continue
            n, w = hit
            src = known[w]
            start = self._offset_after(i, n)
            self._add(_Mention(i, i + 1, start, ends[i], self.text[start:ends[i]], src.label,
                               "later", src.cue, src.gaz))


_NISBA = ("يه", "يين", "يون", "ي")


def _is_nisba(norm: str) -> bool:
    """A definite relative adjective (الفلسطينيه، الاجنبيه), normalised spelling."""
    return len(norm) > 5 and norm.startswith("ال") and norm.endswith(("يه", "ي"))


def _nisba_of(word: str, name: str) -> bool:
    """``word`` is the relative adjective of ``name`` (فلسطيني، فلسطينية of فلسطين), not
    another spelling of it: it adds a nisba ending the name does not have."""
    return any(word.endswith(e) and not name.endswith(e) for e in _NISBA)


class _LaterIndex:
    """Words seen so far, indexed by the stems and skeletons of their readings
    (:func:`_later_keys`): the words of a text that may repeat a known name are then a
    few set intersections, not one test per distinct word. Bounded like an lru_cache."""

    def __init__(self, size: int):
        self.size = size
        self.seen: set[str] = set()
        self.by_key: dict[str, set[str]] = {}

    def words_with(self, vocab: set[str], keys) -> set[str]:
        """The words of ``vocab`` with a reading whose stem or skeleton is in ``keys``."""
        new = vocab.difference(self.seen)
        if new:
            if len(self.seen) + len(new) > self.size:
                self.seen.clear()
                self.by_key.clear()
                new = vocab
            by_key = self.by_key
            for w in new:
                for k in _later_keys(w):
                    ws = by_key.get(k)
                    if ws is None:
                        by_key[k] = {w}
                    else:
                        ws.add(w)
            self.seen |= new
        out: set[str] = set()
        for k in keys:
            ws = self.by_key.get(k)
            if ws:
                out |= ws.intersection(vocab)     # iterates the smaller set
        return out


_LATER_INDEX = _LaterIndex(1 << 16)


@lru_cache(maxsize=1 << 16)
def _later_keys(norm: str) -> frozenset:
    """The stems and skeletons of :func:`_later_readings` (memoised: a C-level lookup)."""
    return _later_readings(norm)[1]


@lru_cache(maxsize=1 << 16)
def _later_readings(norm: str) -> tuple[tuple[tuple[int, str, str | None], ...], frozenset]:
    """Readings of a word for :meth:`_Finder.later_mentions`: ``(prefix_chars, stem,
    skeleton)`` per clitic reading (skeleton ``None`` for a stem with ال, which is a word
    and not a transliteration: الخطاب is not الخطيب), and the set of all stems and
    skeletons, to reject a word with one set intersection."""
    readings = tuple((n, w, None if w.startswith("ال") else skeleton(w))
                     for n, w in candidates(norm))
    return readings, frozenset([w for _, w, _ in readings]
                               + [sk for _, _, sk in readings if sk is not None])


# --------------------------------------------------------------------- merging

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,6}")
_LATIN_START = re.compile("[A-Za-z]")


def _is_acronym(s: str) -> bool:
    return _ACRONYM.fullmatch(s) is not None


@lru_cache(maxsize=1 << 16)
def _name_facts(name: str) -> tuple[str, str, str, bool, str | None]:
    """Facts :func:`_merge` compares, memoised per name: ``(key, skeleton, skeleton of
    the first word of a Latin name, is Latin, acronym letters)``; the key is the name
    normalised and case-folded, the acronym letters the name itself for an acronym, else
    the initials of a Latin name, else ``None``."""
    skel = skeleton(name)
    latin = _LATIN_START.match(name) is not None
    return (normalise(name).casefold(), skel,
            skeleton(name.split()[0]) if latin else skel, latin,
            name if _is_acronym(name) else _initials(name) if latin else None)


def _initials(s: str) -> str:
    return "".join(w[0] for w in s.split() if w[0].isupper())


_FAMILY = {"ORG": "O", "PROJECT": "O", "PERSON": "P", "PLACE": "L"}


def _compatible(a: _Mention, b: _Mention) -> bool:
    if a.gaz and b.gaz and a.gaz.entity != b.gaz.entity:
        return False
    return _FAMILY[a.label] == _FAMILY[b.label]


@lru_cache(maxsize=1 << 16)
def _bucket_keys(name: str, label: str, entity: str | None) -> tuple[tuple[str, str], ...]:
    """The :func:`_merge` buckets of a mention signature, each once, in a fixed order:
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


def _merge(article: Article, ms: list[_Mention]) -> list[int]:
    parent = list(range(len(ms)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(x: int, y: int) -> None:
        if _compatible(ms[x], ms[y]):
            parent[find(x)] = find(y)

    # A name and the same name without its trailing nationality adjective (البنك الأهلي
    # المصري … البنك الأهلي) are one organisation.
    by_key: dict[str, list[int]] = {}
    for x, m in enumerate(ms):
        if m.label == "ORG" and m.rule != "anaphora":
            by_key.setdefault(_name_facts(m.name)[0], []).append(x)
    for key, xs in by_key.items():
        words = key.split()
        if len(words) > 2 and words[-1] in _COUNTRY_WORDS:
            for y in by_key.get(" ".join(words[:-1]), ()):
                union(xs[0], y)
    index = {id(m): x for x, m in enumerate(ms)}
    for x, m in enumerate(ms):                         # an anaphor and its antecedent
        if m.ref is not None and id(m.ref) in index:
            union(x, index[id(m.ref)])
    text = article.text
    facts = list(map(_name_facts, [m.name for m in ms]))
    keys, skels, firsts, latin, _ = map(list, zip(*facts)) if ms else ([],) * 5
    starts = [m.start for m in ms]
    order = sorted(range(len(ms)), key=starts.__getitem__)
    adjacent = _BETWEEN_ADJACENT.fullmatch
    for a, b in zip(order, order[1:]):                 # side by side, or in brackets
        ma = ms[a]
        if ma.label == "PERSON":
            continue
        # str.find with bounds: most gaps are long and fail here, so no slice is made.
        if (latin[a] != latin[b] or text.find("(", ma.end, starts[b]) >= 0) and adjacent(
                text, ma.end, max(ma.end, starts[b])):
            union(a, b)
    # Mentions with the same name, label and gazetteer entity (a signature) share the
    # name bucket and always join; the rules below depend on nothing else, so they are
    # tried once per pair of signatures (their first mentions stand for them).
    sigs: dict[tuple, int] = {}
    reps: list[int] = []                     # first mention of each signature
    lo: list[int] = []                       # its first and last mention
    hi: list[int] = []
    for x, m in enumerate(ms):
        # An anaphor joins only its antecedent: its own signature, and no bucket.
        sig = (m.name, m.label, m.gaz.entity if m.gaz else None) if (
            keys[x] and m.rule != "anaphora") else (x,)
        s = sigs.get(sig)
        if s is None:
            sigs[sig] = len(reps)
            reps.append(x)
            lo.append(x)
        else:
            parent[find(reps[s])] = find(x)  # union(): one signature is always compatible
            hi[s] = x
            continue
        hi.append(x)

    def joins(x: int, y: int) -> bool:
        """The rules for mention ``x`` after mention ``y``."""
        mx, my = ms[x], ms[y]
        if mx.gaz and my.gaz and mx.gaz.entity == my.gaz.entity:
            return True
        if keys[x] == keys[y]:
            return True
        if mx.label == "PERSON" and my.label == "PERSON":
            wx, wy = keys[x].split(), keys[y].split()
            if (len(wx) == 1 or len(wy) == 1) and wx[-1] == wy[-1]:
                return True
            return len(skels[x]) >= 3 and skeleton(wx[-1]) == skeleton(wy[-1]) and (
                len(wx) == 1 or len(wy) == 1 or wx[0] == wy[0])
        if len(skels[x]) >= 2 and (skels[x] == skels[y] or (
                latin[x] != latin[y] and len(skels[x]) >= 3
                and (firsts[x] == skels[y] if latin[x] else skels[x] == firsts[y]))):
            return not (mx.gaz or my.gaz) or latin[x] != latin[y] or len(skels[x]) >= 3
        return latin[x] and latin[y] and (
            (_is_acronym(mx.name) and _initials(my.name) == mx.name)
            or (_is_acronym(my.name) and _initials(mx.name) == my.name))

    # Only signatures that share a bucket (gazetteer entity, name, skeleton, family name,
    # acronym letters) can merge: compare within buckets, not all pairs.
    buckets: dict[tuple, list[int]] = defaultdict(list)
    for sx, x in enumerate(reps):
        m = ms[x]
        if m.rule == "anaphora":
            continue
        for b in _bucket_keys(m.name, m.label, m.gaz.entity if m.gaz else None):
            buckets[b].append(sx)
    # The entities are the connected components of the unions, whatever the order pairs
    # are tried in; a pair already in one entity is skipped. The rules are applied with
    # each signature as the later mention wherever one of its mentions comes after one
    # of the other's.
    pairs: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) > 1:
            pairs.update(combinations(members, 2))
    for sy, sx in pairs:
        y, x = reps[sy], reps[sx]
        if find(x) != find(y) and ((hi[sx] > lo[sy] and joins(x, y))
                                   or (hi[sy] > lo[sx] and joins(y, x))):
            union(x, y)
    return [find(x) for x in range(len(ms))]


_AGENCY = normalise("وكالة")
_NEWS = normalise("أنباء")


def _cue_type(m: _Mention) -> str:
    """The organisation type a mention's cue noun gives. وكالة is a news agency when the
    name is a transliterated one (وكالة سبوتنيك) or says أنباء; a descriptive name
    (الوكالة الفرنسية للتنمية) is a government agency."""
    t = ORG_CUES[m.cue]
    if m.cue == _AGENCY and _NEWS not in normalise(m.name):
        words = normalise(m.name).split()
        rest = words[1:] if words and words[0] in (_AGENCY, "ال" + _AGENCY) else words
        if rest and rest[0].startswith("ال"):
            return "government"
    return t


_QUOTES = re.compile(r"[“”\"«»()]")
_LIL = re.compile(r"^لل")


def _canonical(group: list[_Mention], text: str) -> tuple[str, str, str]:
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
        forms = {_LIL.sub("ال", _QUOTES.sub("", f).strip()) for m in group
                 for f in (m.name, text[m.start:m.end])}
        entity = max(forms, key=lambda s: (len(s), s))
    types = [_cue_type(m) for m in group if m.cue in ORG_CUES
             and ORG_CUES[m.cue] != "project"]
    types = [t for t in types if t != "other"] or types   # a specific cue wins
    org_type = max(dict.fromkeys(types), key=types.count) if types else "other"
    return entity, label, (org_type if label == "ORG" else "")


# --------------------------------------------------------------------- public API

def extract_mentions(article: Article, gazetteer=None) -> pd.DataFrame:
    """Entity mentions in ``article``, merged into entities.

    Input: an :class:`khabar.text.Article`; ``gazetteer`` defaults to
    :func:`khabar.gazetteer.load_gazetteer` (built-in + ``data/gazetteer.csv``).
    Output: one row per mention, sorted by ``start``; columns
    :data:`khabar.schema.MENTIONS` (doc_id, paragraph, sentence, text, entity, label,
    start, end) then ``name`` (the name proper inside ``text``, without a descriptor cue
    such as صحيفة), ``org_type`` (company | ngo | campaign | government | media |
    intergovernmental | other for ORG, else ""), ``rule`` (gazetteer | cue | quoted |
    latin | list | credit | speech | title | apposition | later | anaphora, a bare
    definite cue referring back, merged with its antecedent | institution, a bare
    institution noun such as الحكومة). ``entity`` is the merged canonical name (gazetteer name;
    else for organisations an acronym spelled out in the text, else the longest Latin
    form, else the longest Arabic form; for people the fullest form). ``label`` is
    ORG | PERSON | PLACE | PROJECT. ``start``/``end`` are character offsets into
    ``article.text`` and ``article.text[start:end] == text``. Rules: module docstring.
    """
    return mentions_frame(mention_rows(article, gazetteer))


def mention_rows(article: Article, gazetteer=None) -> list[tuple]:
    """The rows of :func:`extract_mentions` as tuples in :data:`COLUMNS` order, without
    building a DataFrame (the corpus pipeline builds one frame for all articles)."""
    f = _Finder(article, gazetteer or load_gazetteer())
    f.organisations()
    f.latin()
    f.credits()
    f.people()
    f.later_mentions()
    f.anaphora()
    ms = sorted(f.mentions, key=attrgetter("start"))
    roots = _merge(article, ms)
    groups: dict[int, list[_Mention]] = {}
    for m, r in zip(ms, roots):
        groups.setdefault(r, []).append(m)
    canon = {r: _canonical(g, article.text) for r, g in groups.items()}
    rows = []
    # Article.sentence_at, inlined: the sentence starting at or before each mention.
    sentences, starts, text, doc_id = (article.sentences, article._sentence_starts,
                                       article.text, article.doc_id)
    for m, r in zip(ms, roots):
        entity, label, org_type = canon[r]
        k = bisect_right(starts, m.start) - 1
        p, n = (sentences[k][:2]) if k >= 0 else (0, 0)
        rows.append((doc_id, p, n, text[m.start:m.end], entity, label, m.start, m.end,
                     m.name, org_type, m.rule))
    return rows


def mentions_frame(rows: list[tuple]) -> pd.DataFrame:
    """A mentions DataFrame (columns :data:`COLUMNS`) from :func:`mention_rows`."""
    columns = COLUMNS
    if not rows:
        return pd.DataFrame(rows, columns=columns)
    if not pd.get_option("future.infer_string"):
        # One 2-D block per dtype (schema.fixed_frame), not one array per column.
        return schema.fixed_frame(rows, columns, _DTYPES)
    # Text stays a list if pandas infers a string dtype for it (future.infer_string), as
    # it would from rows.
    return pd.DataFrame({c: np.array(v, dtype=np.int64) if c in _INT_COLUMNS else list(v)
                         for c, v in zip(columns, zip(*rows))}, copy=False)


def mention_spans(mentions) -> list[tuple[str, str, str, int, int, str]]:
    """``(doc_id, entity, label, start, end, text)`` of each mention, from a mentions
    DataFrame (:func:`extract_mentions`; missing columns read as "") or a list of
    :func:`mention_rows`. Offsets are ``int``; the list is in input order."""
    if mentions is None or len(mentions) == 0:
        return []
    if isinstance(mentions, list):
        return [(r[0], r[4], r[5], r[6], r[7], r[3]) for r in mentions]
    if "start" not in mentions:
        return []
    n = len(mentions)
    cols = [mentions[c].tolist() if c in mentions else [""] * n
            for c in ("doc_id", "entity", "label", "start", "end", "text")]
    return [(d, ent, lab, int(s), int(e), txt) for d, ent, lab, s, e, txt in zip(*cols)]


_INT_COLUMNS = {"paragraph", "sentence", "start", "end"}
#: Columns of :func:`extract_mentions` and :func:`mention_rows`.
COLUMNS = schema.MENTIONS + EXTRA
_DTYPES = [np.int64 if c in _INT_COLUMNS else object for c in COLUMNS]


#: Country of a gazetteer place (the country itself or one of its cities, lexicon
#: countries.tsv) → (ISO 3166-1 alpha-2, the country's gazetteer name).
_PLACE_COUNTRY = {p: (r.code, r.place) for r in _LEX["countries"] for p in (r.place, *r.cities)}
#: Normalised country names and relative adjectives (مصر is in the gazetteer; مصري،
#: المصرية here): a name that holds one says its country itself.
_COUNTRY_WORDS = {normalise(w) for r in _LEX["countries"]
                  for a in (r.adjective,) for w in (a, a + "ة", "ال" + a, "ال" + a + "ة")}
_COUNTRY_NAMES = [normalise(r.name) for r in _LEX["countries"]]


def _document_countries(mentions: pd.DataFrame) -> dict[str, str]:
    """doc_id → the gazetteer name of the country the document names most often (its
    places and their cities, :data:`_PLACE_COUNTRY`; the first named on a tie)."""
    if "label" not in mentions or not len(mentions):
        return {}
    places = mentions[mentions["label"] == "PLACE"]
    counts: dict[str, Counter] = {}
    for doc_id, entity in zip(places["doc_id"].tolist(), places["entity"].tolist()):
        c = _PLACE_COUNTRY.get(entity)
        if c:
            counts.setdefault(doc_id, Counter())[c[1]] += 1
    return {d: c.most_common(1)[0][0] for d, c in counts.items()}


def _says_country(name: str) -> bool:
    """A name that holds a country's name or relative adjective (وزارة المالية الأردنية،
    حكومة فلسطين, with proclitics too), so it names its country itself."""
    norm = normalise(name)
    return any(w in _COUNTRY_WORDS for w in norm.split()) or any(
        c in norm for c in _COUNTRY_NAMES)


def organisations_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per organisation, from the mentions of one or many documents.

    Input: a mentions table (:func:`extract_mentions`; the ``name`` and ``org_type``
    columns are used when present). Output columns :data:`khabar.schema.ORGANISATIONS`:
    ``organisation`` (canonical entity; a name without its country that occurs in
    documents about different countries gets the country, one row each: وزارة المالية
    (Jordan)), ``type`` (company | ngo | campaign | government | media |
    intergovernmental | other; the most frequent across mentions), ``aliases`` (every
    surface form and name proper seen, except those of anaphors, sorted, joined by
    " | "), ``mentions`` (count), ``documents`` (distinct doc_id). Sorted by mentions
    (descending) then organisation. A document's country is the one its PLACE mentions
    name most often (lexicon countries.tsv).
    """
    orgs = mentions[mentions["label"] == "ORG"] if len(mentions) else mentions
    if orgs.empty:
        return pd.DataFrame(columns=schema.ORGANISATIONS)
    # One pass over plain column lists (a pandas group per entity costs more than its
    # rows); rows are read in table order, so a tie between types goes to the first seen.
    n = len(orgs)
    names = orgs["name"].tolist() if "name" in orgs else [""] * n
    types_col = orgs["org_type"].tolist() if "org_type" in orgs else None
    rules = orgs["rule"].tolist() if "rule" in orgs else [""] * n
    entities = orgs["entity"].tolist()
    doc_ids = orgs["doc_id"].tolist()
    # An organisation named without its country (وزارة المالية, not a gazetteer entity) in
    # documents about different countries is one organisation per country: such rows are
    # keyed by name and country, and the country is shown (وزارة المالية (Jordan)).
    country_of = _document_countries(mentions)
    gaz = orgs["rule"].isin(["gazetteer", "credit"]).tolist() if "rule" in orgs else [True] * n
    bare: dict[str, set] = {}
    for entity, doc_id, g in zip(entities, doc_ids, gaz):
        if not g and isinstance(entity, str) and not _says_country(entity):
            bare.setdefault(entity, set()).add(country_of.get(doc_id, ""))
    split = {e for e, cs in bare.items() if len(cs - {""}) > 1}
    groups: dict[str, tuple[set, Counter, list, set]] = {}
    for i, (entity, text, doc_id) in enumerate(zip(entities, orgs["text"].tolist(), doc_ids)):
        if entity is None or entity != entity:          # no entity (NaN): no row, as groupby
            continue
        if entity in split and country_of.get(doc_id):
            entity = f"{entity} ({country_of[doc_id]})"
        g = groups.get(entity)
        if g is None:
            g = groups[entity] = (set(), Counter(), [0], set())
        if rules[i] != "anaphora":                      # الهيئة names nothing: no alias
            g[0].add(text)
            g[0].add(names[i])
        if types_col is not None:
            g[1][types_col[i]] += 1
        g[2][0] += 1
        g[3].add(doc_id)
    rows = [(entity, types.most_common(1)[0][0] if types else "other",
             " | ".join(sorted(f for f in forms if f)), count[0], len(docs))
            for entity, (forms, types, count, docs) in sorted(groups.items())]
    out = pd.DataFrame(rows, columns=schema.ORGANISATIONS)
    return out.sort_values(["mentions", "organisation"], ascending=[False, True],
                           ignore_index=True)
