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
* **Merge** (union–find): same gazetteer entity; same name; an Arabic and a Latin form
  side by side or a form in brackets right after another; the same consonant skeleton
  (:func:`skeleton`, across scripts: جوجل = غوغل = Google); an acronym and the initials
  of a Latin name; a later one-word name and a person's family name. Later unclaimed
  words with the skeleton of a known name (بانجواني, نيمبوس) become mentions of it.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import pandas as pd
from rapidfuzz.distance import Levenshtein

from . import schema
from .gazetteer import Entry, load_gazetteer, token_key
from .text import DIACRITICS, TATWEEL, Article, is_stop_word, normalise, strip_clitics

#: Extra mention columns after :data:`khabar.schema.MENTIONS`.
EXTRA = ["name", "org_type", "rule"]


def _n(words: str) -> set[str]:
    return {normalise(w) for w in words.split()}


def _types(spec: dict[str, str]) -> dict[str, str]:
    return {normalise(w): t for ws, t in spec.items() for w in ws.split()}


#: Organisation cue nouns (ARABIC_NOTES §5) → organisation type of an unknown name.
ORG_CUES = _types({
    "شركة بنك منصة": "company",
    "منظمة مؤسسة جمعية": "ngo",
    "حملة حركة مبادرة تحالف ائتلاف": "campaign",
    "وزارة هيئة سلطة مجلس لجنة محكمة": "government",
    "صحيفة وكالة موقع قناة مجلة إذاعة": "media",
    "مجموعة جماعة مركز جامعة معهد اتحاد نقابة حزب صندوق شبكة": "other",
    "مشروع": "project",
})
#: Cues that name a kind of outlet or firm: the name after them is the name proper
#: (صحيفة الغارديان → الغارديان). After the others a descriptive phrase keeps the cue
#: (منظمة الصحة العالمية).
DESCRIPTOR_CUES = _n("شركة وكالة صحيفة موقع منصة قناة مجلة مجموعة جماعة")
#: Cues of a venue (always a place), and مركز, a place when it follows في with a
#: transliterated name (مركز جافيتس = Javits Center) and an organisation otherwise.
VENUE_CUES = _n("قاعة فندق ملعب استاد ساحة ميدان مطار")
LOCATIVE = _n("في داخل أمام قرب")
#: Function words allowed inside a name (مشروع الدفاع عن المهاجرين, حملة لا تكنولوجيا).
NAME_FUNCTION_WORDS = _n("عن حول ضد لا ذا أوف دي")
#: Speech verbs (ARABIC_NOTES §8), masculine and feminine.
SPEECH_CUES = _n("قال قالت يقول تقول أضاف أضافت أكد أكدت صرح صرحت أوضح أوضحت أشار أشارت "
                 "ذكر ذكرت كتب كتبت اعتبر اعتبرت تابع تابعت أفاد أفادت شدد شددت")
#: Titles before a person's name (followed by a complement: التنفيذي، البيئة، an org).
TITLES = _n("رئيس رئيسة الرئيس الرئيسة مدير مديرة المدير المديرة وزير وزيرة الوزير الوزيرة "
            "سفير سفيرة السفير نائب الأمين المتحدث المتحدثة الناطق الناطقة مؤسس")
#: Words that open an apposition after a person's name (NAME، مديرة … / NAME، وهي …).
ROLES = _n("مدير مديرة رئيس رئيسة كبير كبيرة عضو عضوة مؤسس المتحدث المتحدثة الناطق "
           "الناطقة محلل محللة باحث باحثة منسق منسقة صاحب صاحبة أستاذ أستاذة وهي وهو نائب "
           "المدير المديرة الرئيس الخبير الخبيرة مستشار مستشارة الأمين")
LIST_OPENERS = _n("منها ومنها مثل بينها")
_UNMARK = str.maketrans("", "", DIACRITICS + TATWEEL)
#: Function words and speech verbs that end a name. Compared on the spelling with
#: harakat removed but letters not folded, so على (on) is not the name علي.
NAME_BREAKERS = {w.translate(_UNMARK) for w in (
    "في من على إلى الى عن مع أن إن ان أنه أنها لأن التي الذي الذين هو هي هم هذا هذه ذلك "
    "تلك كان كانت قد لم لن ما لا أو ثم لكن بل حتى منذ بعد قبل عند عبر خلال حول ضد بين كل "
    "بعض أي غير إذا كما بينما أيضا أيضًا فقط وهو وهي التابعة التابع").split()}
OPENERS = {"“": "”", "«": "»", '"': '"', "(": ")", "”": "”", "'": "'"}
LATIN_CONNECTORS = {"the", "of", "on", "and", "for", "de", "la", "du", "des", "al", "el",
                    "in", "to", "&", "y", "der", "von"}
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


@dataclass(eq=False)
class _Mention:
    t0: int            # first token (index into article.tokens)
    t1: int            # token after the last
    start: int         # character offsets into article.text
    end: int
    name: str          # the name proper (surface), without a descriptor cue
    label: str         # ORG | PERSON | PLACE | PROJECT
    rule: str
    cue: str = ""
    gaz: Entry | None = None


class _Finder:
    """Finds mentions in one article (plain lists; no pandas)."""

    def __init__(self, article: Article, gazetteer):
        self.a, self.g = article, gazetteer
        self.toks = article.tokens
        self.keys = [token_key(t.norm, t.kind) for t in self.toks]
        self.claimed: list[_Mention | None] = [None] * len(self.toks)
        self.mentions: list[_Mention] = []
        # Exclusive end token of each token's sentence: names never cross sentences.
        self.send = [0] * len(self.toks)
        i = 0
        for s in article.sentences:
            j = i
            while j < len(self.toks) and self.toks[j].start < s.end:
                j += 1
            for k in range(i, j):
                self.send[k] = j
            i = j

    # ---------------------------------------------------------------- helpers
    def _offset_after(self, i: int, nchars: int) -> int:
        """Original offset after ``nchars`` normalised characters of token ``i``."""
        t = self.toks[i]
        if nchars == 0:
            return t.start
        count = 0
        for k, c in enumerate(t.text):
            count += len(normalise(c))
            if count >= nchars:
                return t.start + k + 1
        return t.end

    def _cue(self, i: int) -> tuple[int, str] | None:
        """``(prefix_chars, cue)`` if token ``i`` is an indefinite cue noun."""
        t = self.toks[i]
        if t.kind != "arabic":
            return None
        n, stem = strip_clitics(t.norm, lambda s: s in ORG_CUES or s in VENUE_CUES)
        if stem not in ORG_CUES and stem not in VENUE_CUES:
            return None
        prefix = t.norm[:n]
        if prefix.endswith("ال") or prefix.endswith("لل"):
            return None                      # المنظمة، بالشركة: anaphora
        return n, stem

    def _any_cue(self, i: int) -> bool:
        """Token ``i`` is a cue noun, definite or not (للمشروع ends a name)."""
        t = self.toks[i]
        return t.kind == "arabic" and strip_clitics(t.norm, ORG_CUES.__contains__)[1] in ORG_CUES

    def _arabic_word(self, i: int) -> bool:
        t = self.toks[i]
        return t.kind == "arabic" and self.claimed[i] is None

    @staticmethod
    def _definite(norm: str) -> bool:
        return not is_stop_word(norm) and (len(norm) > 3 and norm.startswith(("ال", "لل"))) or (
            len(norm) > 4 and norm.startswith("وال"))

    def _breaks_name(self, i: int) -> bool:
        t = self.toks[i]
        return (t.text.translate(_UNMARK) in NAME_BREAKERS or t.norm in SPEECH_CUES) and (
            t.norm not in NAME_FUNCTION_WORDS)

    def _latin_run(self, i: int, stop: int) -> int:
        """End (exclusive) of the run of capitalised Latin words starting at ``i``."""
        k = i + 1
        while k < stop and self.toks[k].kind == "latin":
            w = self.toks[k].text
            if w[0].isupper() or w[0].isdigit():
                k += 1
            elif w.lower() in LATIN_CONNECTORS:         # Center on Race and the Economy
                e = k
                while e < stop and self.toks[e].kind == "latin" and (
                        self.toks[e].text.lower() in LATIN_CONNECTORS):
                    e += 1
                if e < stop and self.toks[e].kind == "latin" and self.toks[e].text[0].isupper():
                    k = e + 1
                else:
                    break
            else:
                break
        return k

    def _text(self, i: int, j: int) -> str:
        return self.a.text[self.toks[i].start:self.toks[j - 1].end]

    def _add(self, m: _Mention) -> _Mention:
        self.mentions.append(m)
        for k in range(m.t0, m.t1):
            self.claimed[k] = m
        return m

    # ---------------------------------------------------------------- organisations
    def _gaz(self, i: int) -> _Mention | None:
        hit = self.g.match(self.keys, i, self.send[i])
        if not hit:
            return None
        n, prefix, entry = hit
        start = self._offset_after(i, prefix)
        end = self.toks[i + n - 1].end
        name = self.a.text[start:end]
        cue = self._cue(i)
        if n > 1 and cue and cue[1] in DESCRIPTOR_CUES:     # وكالة رويترز → رويترز
            name = self.a.text[self.toks[i + 1].start:end]
        return _Mention(i, i + n, start, end, name, entry.label, "gazetteer",
                        cue[1] if cue else "", gaz=entry)

    def _cue_phrase(self, i: int) -> _Mention | None:
        cue = self._cue(i)
        if not cue:
            return None
        prefix, stem = cue
        stop = self.send[i]
        start = self._offset_after(i, prefix)
        label = "PLACE" if stem in VENUE_CUES else (
            "PROJECT" if ORG_CUES[stem] == "project" else "ORG")

        def made(t1: int, n0: int, n1: int, rule: str, gaz: Entry | None = None,
                 with_cue: bool = False, lab: str = label) -> _Mention:
            name = self.a.text[start:self.toks[n1 - 1].end] if with_cue else self._text(n0, n1)
            return _Mention(i, t1, start, self.toks[t1 - 1].end, name, lab, rule, stem, gaz)

        j = i + 1
        if j >= stop:
            return None
        t = self.toks[j]
        if t.text in OPENERS:                          # مجموعة "…" / حملة (…)
            closer = OPENERS[t.text]
            k = next((k for k in range(j + 1, min(stop, j + 12))
                      if self.toks[k].text == closer), None)
            words = range(j + 1, k) if k else ()
            if k and k > j + 1 and all(self.toks[w].kind in ("arabic", "latin") for w in words):
                lat = next((w for w in words if self.toks[w].kind == "latin"), None)
                if lat is None or lat == j + 1:
                    g = self.g.match(self.keys, j + 1, k)
                    gaz = g[2] if g and g[0] == k - j - 1 and g[2].label != "PLACE" else None
                    return made(k + 1, j + 1, k, "quoted", gaz)
                return made(lat, j + 1, lat, "quoted")     # the Latin part is found later
            j += 1                                          # an unclosed opener
            if j >= stop:
                return None
            t = self.toks[j]
        inner = self._cue(j)
        if inner and stem not in VENUE_CUES:                # منظمة مركز …، موقع حملة …
            m = self._cue_phrase(j)
            if m:
                m.t0, m.start = i, start
                return m
        if t.kind == "latin" and t.text[0].isupper():
            k = self._latin_run(j, stop)
            return made(k, j, k, "cue")
        g = self.g.match(self.keys, j, stop)
        if g and g[1] == 0:
            entry = g[2]
            lab = entry.label if entry.label != "PLACE" else label
            if entry.label != "PLACE":
                return made(j + g[0], j, j + g[0], "cue", entry, lab=lab)
        # Arabic words up to a Latin name: حملة لا تكنولوجيا … NoTechForApartheid
        k = j
        while k < min(stop, j + 8) and (
                (self.toks[k].kind == "arabic" and not self._breaks_name(k)
                 and not self.g.match(self.keys, k, stop))
                or self.toks[k].text in OPENERS or self.toks[k].text in OPENERS.values()):
            k += 1
        if k < stop and k > j and self.toks[k].kind == "latin" and self.toks[k].text[0].isupper():
            last = k
            while self.toks[last - 1].kind != "arabic":
                last -= 1
            first = j
            while self.toks[first].kind != "arabic":
                first += 1
            if first < last:                            # a descriptive name keeps a head cue
                return made(last, first, last, "cue", with_cue=(
                    stem not in DESCRIPTOR_CUES and self._definite(self.toks[first].norm)))
        if t.kind != "arabic" or self._breaks_name(j) or self._cue(j):
            return None
        if self._definite(t.norm):                     # منظمة الصحة العالمية
            # Two free definite words (الصحة العالمية); more only when linked by لل, و or
            # a function word (النخيل للطاقة المتجددة، الدفاع عن المهاجرين), so an object
            # after the name is not taken (بنك الخليج الأول | القيمة الإجمالية).
            k, free, linked = j + 1, 1, False
            while k < stop and self._arabic_word(k) and not self._any_cue(k):
                n = self.toks[k].norm
                if n in NAME_FUNCTION_WORDS and k + 1 < stop and self._definite(
                        self.toks[k + 1].norm):
                    k, linked = k + 2, True
                elif self._definite(n) and n.startswith(("لل", "وال")):
                    k, linked = k + 1, True
                elif self._definite(n) and (free < 2 or linked):
                    k, free, linked = k + 1, free + 1, False
                else:
                    break
            return made(k, j, k, "cue", with_cue=stem not in DESCRIPTOR_CUES)
        if t.text.endswith("ة") or is_stop_word(t.norm):   # مجموعة مجهولة: an adjective
            return None
        k = j + 1                                       # a transliterated name
        while (k < min(stop, j + 3) and self._arabic_word(k) and not self._breaks_name(k)
               and not self._definite(self.toks[k].norm) and not self._cue(k)
               and self.toks[k].norm[0] not in "وفبلك" and not self.toks[k].text.endswith("ة")):
            k += 1
        if stem == normalise("مركز") and i > 0 and (
                self.toks[i - 1].norm in LOCATIVE or self.toks[i].norm.startswith("ب")):
            label = "PLACE"                             # في مركز جافيتس: a venue
        return made(k, j, k, "cue", with_cue=stem not in DESCRIPTOR_CUES, lab=label)

    def organisations(self) -> None:
        i, n = 0, len(self.toks)
        while i < n:
            g, c = self._gaz(i), self._cue_phrase(i)
            best = c if c and (not g or c.t1 > g.t1) else g
            if best:
                self._add(best)
                i = best.t1
            else:
                i += 1

    def latin(self) -> None:
        i, n = 0, len(self.toks)
        while i < n:
            t = self.toks[i]
            if t.kind == "latin" and self.claimed[i] is None and (
                    t.text[0].isupper() or any(c.isupper() for c in t.text[1:])):
                k = self._latin_run(i, self.send[i])
                while k > i + 1 and self.claimed[k - 1] is not None:
                    k -= 1
                label = "PROJECT" if t.text.lower() == "project" and k > i + 1 else "ORG"
                m = self._add(_Mention(i, k, t.start, self.toks[k - 1].end, self._text(i, k),
                                       label, "latin"))
                self._list_item(m)
                i = k
            else:
                i += 1

    def _list_item(self, m: _Mention) -> None:
        """An Arabic name right before a Latin one, as a list item: ، X Y Z NAME،."""
        i, after = m.t0, m.t1
        if after < len(self.toks) and after < self.send[i] and self.toks[after].kind != "punct":
            return
        k = i
        while k > 0 and i - k < 4:
            p = self.toks[k - 1]
            if p.kind != "arabic" or self._breaks_name(k - 1) or p.norm in LIST_OPENERS:
                break
            c = self.claimed[k - 1]
            if c is not None and c.label != "PLACE":
                return
            k -= 1
        if k == i or self._breaks_name(k):
            return
        if k > 0 and self.send[k - 1] == self.send[k]:      # not at a sentence start
            p = self.toks[k - 1]
            if not (p.norm in ",:;(" or p.norm in LIST_OPENERS):
                return
        for c in {self.claimed[x] for x in range(k, i)} - {None}:
            self.mentions.remove(c)
        self._add(_Mention(k, i, self.toks[k].start, self.toks[i - 1].end, self._text(k, i),
                           "ORG", "list"))

    # ---------------------------------------------------------------- people
    def _person_ok(self, a: int, b: int) -> bool:
        return (b > a and all(self._arabic_word(k) and not self._breaks_name(k)
                              and self.toks[k].norm not in NAME_FUNCTION_WORDS
                              and not self._cue(k) for k in range(a, b))
                and not self._definite(self.toks[a].norm))

    def _person(self, a: int, b: int, rule: str) -> None:
        self._add(_Mention(a, b, self.toks[a].start, self.toks[b - 1].end, self._text(a, b),
                           "PERSON", rule))

    def people(self) -> None:
        toks, n = self.toks, len(self.toks)
        stops = {",", ":", "؛", ";", "“", "”", "«", '"', "("}
        for i, t in enumerate(toks):
            if self.claimed[i] is not None or t.kind != "arabic":
                continue
            stop = self.send[i]
            _, stem = strip_clitics(t.norm, SPEECH_CUES.__contains__)
            if stem in SPEECH_CUES:                      # وقال علي بنجواني،
                k = next((k for k in range(i + 1, min(stop, i + 5)) if toks[k].norm in stops),
                         None)
                if k and self._person_ok(i + 1, k):
                    self._person(i + 1, k, "speech")
                continue
            _, stem = strip_clitics(t.norm, TITLES.__contains__)
            if stem in TITLES:                           # الرئيس التنفيذي لشركة أمازون X Y
                k, via_org = i + 1, False
                while k < min(stop, i + 3) and self._definite(toks[k].norm) and self.claimed[k] is None:
                    k += 1
                c = self.claimed[k] if k < stop else None
                if c is not None and c.label == "ORG":
                    k, via_org = c.t1, True
                if k + 2 <= stop and self._person_ok(k, k + 2) and (
                        via_org or k + 2 == stop or toks[k + 2].kind == "punct"):
                    self._person(k, k + 2, "title")
                continue
            if i == 0 or toks[i - 1].kind == "punct" or self.send[i - 1] != stop:
                for w in (2, 3):                          # لاو باريوس، مدير الحملة
                    if (i + w + 1 < stop and toks[i + w].norm == ","
                            and toks[i + w + 1].norm in ROLES and self._person_ok(i, i + w)):
                        self._person(i, i + w, "apposition")
                        break

    # ---------------------------------------------------------------- later mentions
    def later_mentions(self) -> None:
        """Unclaimed words that repeat a known one-word name or a person's family name,
        exactly or as a transliteration variant (same skeleton, edit distance ≤ 2)."""
        known: dict[str, _Mention] = {}
        for m in self.mentions:
            if m.gaz or m.label == "PLACE":
                continue                       # the gazetteer lists its own spellings
            words = normalise(m.name).split()
            if m.label == "PERSON" or len(words) == 1:
                if re.fullmatch(r"[\u0621-\u064a]+", words[-1]) and len(words[-1]) > 2:
                    known.setdefault(words[-1], m)
        skel: dict[str, list[str]] = {}
        for w in known:
            s = skeleton(w)
            if len(s) >= 3:
                skel.setdefault(s, []).append(w)

        def find(stem: str) -> str | None:
            if stem in known:
                return stem
            return next((w for w in skel.get(skeleton(stem), ())
                         if Levenshtein.distance(w, stem) <= 2), None)

        for i, t in enumerate(self.toks):
            if t.kind != "arabic" or self.claimed[i] is not None or is_stop_word(t.norm):
                continue
            n, stem = strip_clitics(t.norm, lambda s: find(s) is not None)
            w = find(stem)
            if w is None:
                continue
            src = known[w]
            start = self._offset_after(i, n)
            self._add(_Mention(i, i + 1, start, t.end, self.a.text[start:t.end], src.label,
                               "later", src.cue, src.gaz))


# --------------------------------------------------------------------- merging

def _is_acronym(s: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z0-9&]{1,6}", s))


def _initials(s: str) -> str:
    return "".join(w[0] for w in s.split() if w[0].isupper())


def _compatible(a: _Mention, b: _Mention) -> bool:
    fam = {"ORG": "O", "PROJECT": "O", "PERSON": "P", "PLACE": "L"}
    if a.gaz and b.gaz and a.gaz.entity != b.gaz.entity:
        return False
    return fam[a.label] == fam[b.label]


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

    text = article.text
    keys = [normalise(m.name).casefold() for m in ms]
    skels = [skeleton(m.name) for m in ms]
    firsts = [skeleton(m.name.split()[0]) if re.match("[A-Za-z]", m.name) else s
              for m, s in zip(ms, skels)]
    latin = [bool(re.match("[A-Za-z]", m.name)) for m in ms]
    order = sorted(range(len(ms)), key=lambda x: ms[x].start)
    for a, b in zip(order, order[1:]):                 # side by side, or in brackets
        gap = text[ms[a].end:ms[b].start]
        if (_BETWEEN_ADJACENT.fullmatch(gap) and ms[a].label != "PERSON"
                and (latin[a] != latin[b] or "(" in gap)):
            union(a, b)
    for x in range(len(ms)):
        for y in range(x):
            mx, my = ms[x], ms[y]
            if mx.gaz and my.gaz and mx.gaz.entity == my.gaz.entity:
                union(x, y)
            elif keys[x] == keys[y]:
                union(x, y)
            elif mx.label == "PERSON" and my.label == "PERSON":
                wx, wy = keys[x].split(), keys[y].split()
                if (len(wx) == 1 or len(wy) == 1) and wx[-1] == wy[-1]:
                    union(x, y)
                elif len(skels[x]) >= 3 and skeleton(wx[-1]) == skeleton(wy[-1]) and (
                        len(wx) == 1 or len(wy) == 1 or wx[0] == wy[0]):
                    union(x, y)
            elif len(skels[x]) >= 2 and (skels[x] == skels[y] or (
                    latin[x] != latin[y] and len(skels[x]) >= 3
                    and (firsts[x] == skels[y] if latin[x] else skels[x] == firsts[y]))):
                if not (mx.gaz or my.gaz) or latin[x] != latin[y] or len(skels[x]) >= 3:
                    union(x, y)
            elif latin[x] and latin[y] and (
                    (_is_acronym(mx.name) and _initials(my.name) == mx.name)
                    or (_is_acronym(my.name) and _initials(mx.name) == my.name)):
                union(x, y)
    return [find(x) for x in range(len(ms))]


def _canonical(group: list[_Mention], text: str) -> tuple[str, str, str]:
    """``(entity, label, org_type)`` of a group of merged mentions."""
    gaz = Counter(m.gaz.entity for m in group if m.gaz)
    labels = Counter(m.label for m in group)
    names = sorted({m.name for m in group})
    latin = [n for n in names if re.match("[A-Za-z]", n)]
    acronyms = [n for n in latin if _is_acronym(n)]
    entries = [m.gaz for m in group if m.gaz]
    if gaz:
        entity = gaz.most_common(1)[0][0]
        entry = next(e for e in entries if e.entity == entity)
        return entity, entry.label, entry.type
    if labels["PERSON"]:
        return max(names, key=lambda s: (len(s.split()), len(s), s)), "PERSON", ""
    if labels["PLACE"] >= max(labels["ORG"], labels["PROJECT"], 1):
        return max(names, key=lambda s: (len(s), s)), "PLACE", ""
    label = "PROJECT" if labels["PROJECT"] and not acronyms else "ORG"
    expanded = [a for a in acronyms if any(_initials(n) == a for n in latin if n != a)]
    if expanded:                                     # ACRE for Action Center on Race …
        entity = expanded[0]
    elif latin:
        entity = max(latin, key=lambda s: (len(s), s))
    else:                                            # the longest Arabic form
        forms = {re.sub(r"[“”\"«»()]", "", f).strip() for m in group 
                 for f in (m.name, text[m.start:m.end])}
        entity = max(forms, key=lambda s: (len(s), s))
    types = Counter(ORG_CUES.get(m.cue) for m in group if m.cue in ORG_CUES
                    and ORG_CUES[m.cue] != "project")
    org_type = types.most_common(1)[0][0] if types else "other"
    return entity, label, (org_type if label == "ORG" else "")


# --------------------------------------------------------------------- public API

def extract_mentions(article: Article, gazetteer=None) -> pd.DataFrame:
    """Entity mentions in ``article``, merged into entities.

    Input: an :class:`khabar.text.Article`; ``gazetteer`` defaults to
    :func:`khabar.gazetteer.load_gazetteer` (built-in + ``data/gazetteer.csv``).
    Output: one row per mention, sorted by ``start``; columns
    :data:`khabar.schema.MENTIONS` (doc_id, paragraph, sentence, text, entity, label,
    start, end) then ``name`` (the name proper inside ``text``, without a descriptor cue
    such as صحيفة), ``org_type`` (company | ngo | campaign | government | media | other
    for ORG, else ""), ``rule`` (gazetteer | cue | quoted | latin | list | speech |
    title | apposition | later). ``entity`` is the merged canonical name (gazetteer name;
    else for organisations an acronym spelled out in the text, else the longest Latin
    form, else the longest Arabic form; for people the fullest form). ``label`` is
    ORG | PERSON | PLACE | PROJECT. ``start``/``end`` are character offsets into
    ``article.text`` and ``article.text[start:end] == text``. Rules: module docstring.
    """
    f = _Finder(article, gazetteer or load_gazetteer())
    f.organisations()
    f.latin()
    f.people()
    f.later_mentions()
    ms = sorted(f.mentions, key=lambda m: m.start)
    roots = _merge(article, ms)
    groups: dict[int, list[_Mention]] = {}
    for m, r in zip(ms, roots):
        groups.setdefault(r, []).append(m)
    canon = {r: _canonical(g, article.text) for r, g in groups.items()}
    rows = []
    for m, r in zip(ms, roots):
        entity, label, org_type = canon[r]
        s = article.sentence_at(m.start)
        rows.append((article.doc_id, s.paragraph if s else 0, s.sentence if s else 0,
                     article.text[m.start:m.end], entity, label, m.start, m.end, m.name,
                     org_type, m.rule))
    return pd.DataFrame(rows, columns=schema.MENTIONS + EXTRA)


def organisations_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per organisation, from the mentions of one or many documents.

    Input: a mentions table (:func:`extract_mentions`; the ``name`` and ``org_type``
    columns are used when present). Output columns :data:`khabar.schema.ORGANISATIONS`:
    ``organisation`` (canonical entity), ``type`` (company | ngo | campaign | government
    | media | other; the most frequent across mentions), ``aliases`` (every surface form
    and name proper seen, sorted, joined by " | "), ``mentions`` (count), ``documents``
    (distinct doc_id). Sorted by mentions (descending) then organisation.
    """
    orgs = mentions[mentions["label"] == "ORG"] if len(mentions) else mentions
    if orgs.empty:
        return pd.DataFrame(columns=schema.ORGANISATIONS)
    rows = []
    for entity, g in orgs.groupby("entity", sort=True):
        forms = set(g["text"])
        if "name" in g:
            forms |= set(g["name"])
        types = Counter(g["org_type"]) if "org_type" in g else Counter()
        rows.append((entity, types.most_common(1)[0][0] if types else "other",
                     " | ".join(sorted(f for f in forms if f)), len(g), g["doc_id"].nunique()))
    out = pd.DataFrame(rows, columns=schema.ORGANISATIONS)
    return out.sort_values(["mentions", "organisation"], ascending=[False, True],
                           ignore_index=True)
