"""Reference passes, after the organisations: people from context, news-agency credits,
anaphors and institution nouns, and later spellings of names already found."""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from functools import cached_property, lru_cache
from itertools import compress, repeat
from operator import attrgetter

from rapidfuzz.distance import Levenshtein

from ..gazetteer import Entry, candidates
from ..lexicon import load_lexicon
from ..text import normalise
from .words import _COUNTRY_ADJECTIVE, SPEECH_NOUN_FORMS  # own line: main edits the block below
from .words import _PLACE_COUNTRY  # own line
from .words import SPEECH_PARTICIPLES  # own line, as above
from .words import _PROCLITIC_SPEECH  # own line
from .words import HONORIFIC_FORMS  # own line, as above
from .words import DEFINITE_GIVEN_NAMES  # own line, as above
from .words import HOLDER_ADJECTIVES, NAME_LINKS, PERSON_NAME_ENDS, holder_phrase_end  # own line
from .words import GENERIC_CUES  # own line
from .words import BRANCH_NOUNS  # own line
from .words import TITLE_COMPLEMENT_WORDS  # own line
from .words import _cueless_forms  # own line
from .words import _UNMARK  # own line
from .words import act_verb  # own line
from .words import written_function_word  # own line
from .words import COMPOUND_TAILS, TITLE_COMPLEMENTS  # own line
from .words import MINISTRY_FIELDS  # own line
from .words import _verb_shaped  # own line
from .words import WHOLE_WORDS  # own line
from .organisations import OrganisationPasses
from .tokens import FoundMention
from .words import (_ANY_CUE, _ARABIC_LETTERS, _CREDIT_MARKS, _MEMO_SIZE, _PERSON_AT,
                    _PREP_ARTICLE, _STATE, _WHERE, COMPLEMENT_HEADS, CREDITS, INSTITUTION_CUES,
                    MEDIA_MARKERS, NAME_FUNCTION_WORDS, NAME_HEADS, NOT_NAME_START,
                    OFFICE_INSTITUTIONS, ORG_CUES, ROLES, _definite_cue_reading, _entity_cues,
                    _is_nisba, _name_words, _nisba_of, _word, skeleton)


def _strip_office(norm: str) -> tuple[int, str]:
    """``(prefix, office)``: the reading of ``norm`` without proclitics that is an
    indefinite office heading an institution (ووزير → وزير), else ``(0, norm)``."""
    return next(((n, w) for n, w in candidates(norm) if w in OFFICE_INSTITUTIONS), (0, norm))



def _bare_speech_verb(norm: str, text: str) -> bool:
    """A speech verb that is also a noun once normalised (نفي، رأي: lexicon attribution.tsv
    homograph), written bare with its final ى (نفى، رأى) as only the verb is: opening a
    sentence before a name and a comma it is the verb, the name its subject (نفى فلان،
    المتحدث باسم …). With و or ف such a verb is read as one already (:func:`_speech_verb`)."""
    return text.endswith("ى") and norm in _PROCLITIC_SPEECH

class _Offices(dict):
    """normalised word → its :func:`_strip_office` reading when that is an office
    (:data:`OFFICE_INSTITUTIONS`), else None; computed on a miss. Every Arabic word of
    an article is looked up once (:meth:`ReferencePasses._office_tokens`): reading each
    again for every institution noun after it took 12 % of an article's extraction."""

    def __missing__(self, norm: str) -> tuple[int, str] | None:
        if len(self) >= _MEMO_SIZE:          # bounded, like the memos of words.py
            self.clear()
        n, office = _strip_office(norm)
        v = self[norm] = (n, office) if office in OFFICE_INSTITUTIONS else None
        return v


_OFFICE = _Offices()
#: بالنيابة: "on behalf of" (بالنيابة عنه) or "acting" (وزير الإعلام بالنيابة), an adverbial;
#: the prosecution only with its adjective (بالنيابة العامة). docs/arabic.md.
_ACTING = normalise("بالنيابة")
#: ل + a region noun before the place an office covers (لمنطقة الشرق الأوسط); the
#: prepositions before it (مدير البنك في المغرب، ممثل المنظمة لدى الأردن) are words._WHERE.
_REGION_NOUNS = frozenset(map(normalise, ("لمنطقة", "لمناطق", "لإقليم")))
#: A country's Arabic name, normalised (countries.tsv) → (ISO code, its gazetteer place).
_COUNTRY_NAMED = {normalise(r.name): (r.code, r.place) for r in load_lexicon()["countries"]}
#: The normalised institution each office heads (وزير → وزاره), and the set of them.
_INSTITUTION_STEMS_OF = {office: normalise(inst) for office, inst in OFFICE_INSTITUTIONS.items()}
_INSTITUTION_STEMS = frozenset(_INSTITUTION_STEMS_OF.values())
_MINISTRY_STEM = normalise("وزارة")
#: جيش: the bare الجيش of a story is its own country's army more often than a foreign
#: one it named (:meth:`ReferencePasses._foreign`).
_ARMY = normalise("جيش")

#: Mentions searched back for the body a country's adjective refers to (bounded, so an
#: article of thousands of such phrases stays linear).
_COUNTRY_REACH = 200

#: The second word of a compound name (صنع الله، نصر الله، عبد الله), normalised.
_ALLAH = normalise("الله")
#: باسم "on behalf of", after a spokesperson's title (المتحدث باسم الوزارة).
_ON_BEHALF = normalise("باسم")
#: Tanween of the accusative (تطويرًا، مساءً): indefinite case endings, never written on a
#: person's name.
_TANWEEN = "\u064b"
#: Possessive pronouns on a noun (إدارييها، مديريهم، شركائهما): a common noun "her / their
#: …", never a word of a person's name (a name in ها is short: مها).
_POSSESSIVE_SUFFIXES = ("ها", "هم", "هما")


def _possessed(norm: str) -> bool:
    """A normalised word of five letters or more with a possessive pronoun."""
    return len(norm) >= 5 and norm.endswith(_POSSESSIVE_SUFFIXES)


def _form_ten_masdar(norm: str) -> bool:
    """The verbal noun of a form-X verb, استفعال (استمرار، استعداد، استقبال): an act, never
    the first word of a person's name. A long vowel after است is a transliteration
    (استيفان), and stays."""
    return len(norm) == 7 and norm.startswith("است") and norm[5] == "ا" and (
        norm[3] not in "اوي")
#: What ends a dateline's credit (نابلس 2-2-2026 وفا- …، الرياض - واس: …).
_DATELINE_MARKS = {"-", "–", "—", "/", ":"}


#: Demonstratives (هذه، ذلك): before a definite cue phrase (هذه المؤسسة المغربية) they
#: point back to a body already named, as an anaphor does.
_DEMONSTRATIVES = frozenset(map(normalise, ("هذه", "هذا", "تلك", "ذلك", "هذين", "هاتين")))
_FEMININE_DEMONSTRATIVES = frozenset(map(normalise, ("هذه", "تلك", "هاتين")))
#: ة written ت before a possessive pronoun of the third person (وزارته، وزارتها، وزارتهم).
_POSSESSIVE_ENDINGS = tuple(normalise("ت" + p) for p in ("ه", "ها", "هم", "هما"))


def _given_name_head(norm: str) -> bool:
    """A person's compound given name begins here: عبد، أبو alone or written with the
    article's word joined (عبدالعزيز، عبدالله). No news outlet's name begins so, so after a
    dateline place and a dash such a word is a reporter, not an outlet."""
    return any(norm == h or (norm.startswith(h) and norm[len(h):].startswith("ال"))
               for h in NAME_HEADS)



#: Words before a ministry named by its field alone that say it is a source or the body
#: spoken for: نقلا عن …، بحسب …، المتحدث باسم …
_SOURCE_BEFORE = frozenset(map(normalise, ("عن", "بحسب", "حسب", "وبحسب", "وحسب", "باسم")))


#: نقلا عن: "relaying from", before a source (نقلا عن العفو الدولية); عن alone is as often
#: "about" (الناجمة عن …).
_RELAYING = frozenset(map(normalise, ("نقلا", "نقلاً", "ونقلا", "ونقلاً")))


def _subject_slot(prev: str) -> bool:
    """Whether the word before a ministry's field (normalised) makes it a subject, a
    source or a possessor: a word in ت, the feminine past of its verb (قالت، وأدانت: the
    ministry is feminine) or a plural in construct (تصريحات الخارجية الأمريكية), or
    عن / بحسب / باسم. A definite word before it is a noun the field qualifies (السياسة
    الخارجية المصرية: foreign policy)."""
    return prev in _SOURCE_BEFORE or prev.endswith("ت") and not prev.startswith(
        ("ال", "وال", "بال", "لل"))

class ReferencePasses(OrganisationPasses):
    """The passes :func:`khabar.entities.find_mentions` runs after the organisations."""

    # ------------------------------------------------------------ people
    def _person_ok(self, a: int, b: int) -> bool:
        # A word that ends a name (a date or time word: يوم أمس، اليوم) is never in one.
        given = self.norms[a] in DEFINITE_GIVEN_NAMES     # الشاذلي العياري: a name's start
        return (b > a and all(self._arabic_word(k) and (
                                  not self._ends_name(k) or (k == a and given)
                                  # محمد ولد الشيخ، علي بن الشيخ: after بن / ولد a name word
                                  or k > a and self.norms[k - 1] in NAME_LINKS
                                  and not self._breaks_name(k))
                              and self.norms[k] not in NAME_FUNCTION_WORDS
                              and not self._cue(k) for k in range(a, b))
                and (not self._definite(self.norms[a]) or given)
                # nor with a preposition on the article (يعتبر بالأمر اليسير)
                and not (len(self.norms[a]) > 4 and self.norms[a].startswith(_PREP_ARTICLE))
                and self.norms[a] not in NOT_NAME_START
                # nor a verb of an act (وبحث كريم نور، …: the verb, then its subject)
                and not act_verb(self.norms[a])
                and self.norms[a] not in SPEECH_NOUN_FORMS      # تأكيده: "his stating"
                # nor a title (ووزير المالية after نائب رئيس الوزراء: the next office of
                # the same person, not a name) nor, anywhere, a speech participle
                # (تصريحاته قائلاً: the participle attributes, it names no one)
                and not _word(self.norms[a]).title
                # nor an honorific or title with و (رئيس اللجنة ومعالي المشرف العام: the
                # next person of a list, not a name)
                and not (len(self.norms[a]) > 3 and self.norms[a][0] == "و" and (
                    self.norms[a][1:] in HONORIFIC_FORMS or _word(self.norms[a][1:]).title))
                and not any(self.norms[k] in SPEECH_PARTICIPLES for k in range(a, b))
                # nor ل and a complement head (رئيس البنك لمنطقة الشرق الأوسط: the region
                # the title covers, not a person called لمنطقة الشرق)
                and self.norms[a] not in COMPLEMENT_HEADS
                # nor a word with tanween (تطويرًا): the ending of a common noun
                and not any(_TANWEEN in self.texts[k] for k in range(a, b))
                # nor a noun with a possessive pronoun (وكبير إدارييها: "its managers"),
                # nor, first, a verbal noun استفعال (أكد الممثل استمرار الدعم: the object)
                and not any(_possessed(self.norms[k]) for k in range(a, b))
                and not _form_ten_masdar(self.norms[a])
                # a name has letters: not only tatweel or harakat (found by fuzzing)
                and any(self.norms[k] for k in range(a, b))
                and not self._noun_and_adjective(a, b))

    def _noun_and_adjective(self, a: int, b: int) -> bool:
        """Tokens ``a``, ``b - 1`` are a feminine noun and its indefinite feminine
        relative adjective (صورة تذكارية، جولة تفقدية): the object of the verb before
        the title, no person's name. docs/arabic.md, Names and cue nouns."""
        first, last = self.texts[a], self.texts[b - 1].translate(_UNMARK)
        return b - a == 2 and first.endswith("ة") and last.endswith("ية") and (
            not self._definite(self.norms[b - 1]) and len(last) > 4)

    def _family_name_at(self, k: int, stop: int) -> bool:
        """Whether token ``k``, after a two-word name, is a family name with the article
        (المنصوري، الراشد): definite, no cue, title, stop word or word that ends a name, no
        mention yet, and followed by the sentence end, punctuation or ل (لرويترز)."""
        if k >= stop or not self._arabic_word(k) or self.claimed[k] is not None:
            return False
        n = self.norms[k]
        if not n.startswith("ال") or len(n) < 5 or self._ends_name(k) or self._any_cue(k) or (
                _word(n).title or _word(n).stop or n.startswith("لل")):
            return False
        return (k + 1 == stop or self.kinds[k + 1] == "punct" or self.norms[k + 1].startswith("ل")
                or self.norms[k + 1] in PERSON_NAME_ENDS)

    def _person(self, a: int, b: int, rule: str) -> None:
        start = self.starts[a]
        if self._list_conjunction(a):
            start = self._offset_after(a, 1)        # ، وفلانة فلان، مديرة …: the next one
        self._add(FoundMention(a, b, start, self.ends[b - 1], self.text[start:self.ends[b - 1]],
                               "PERSON", rule))

    def _opening_verb_before_apposition(self, i: int, stop: int) -> bool:
        """Whether the word at token ``i`` that opens a sentence is its verb before a
        two-word name and a role in apposition (رفض سامي نور، وزير الشباب، …؛ استبعد
        فلان فلان، الوزير …): three words before the comma, none joined as a compound
        or a name link (عبد الله، أبو بكر، نور الدين، محمد بن سالم stay names) and no
        mention at the first. News sentences open with their verb (docs/arabic.md,
        Names and cue nouns)."""
        norms = self.norms
        if not (i == 0 or self.sentence_end[i - 1] != stop) or i + 4 >= stop:
            return False
        if norms[i + 3] != "," or norms[i + 4] not in ROLES or self.claimed[i] is not None:
            return False
        return not (norms[i] in NAME_HEADS or norms[i + 1] in NAME_HEADS
                    or norms[i + 1] in NAME_LINKS or norms[i + 1] in COMPOUND_TAILS
                    or norms[i + 2] in COMPOUND_TAILS or norms[i + 2] == _ALLAH
                    or _definite_cue_reading(norms[i])[1])

    def _list_conjunction(self, a: int) -> bool:
        """Whether the first word of a person's name at token ``a`` carries the و of a
        list after a comma (كل من فلان، المدير العام …، وماريا روسي، مديرة …): a long
        word (five letters after و) whose second letter is no long vowel, or و before a
        name in و (ووليد). Given names in و are short (وليد، وائل، وسام) or
        transliterations with a vowel after it (ويليام)."""
        n = self.norms[a]
        return a > 0 and self.norms[a - 1] == "," and (
            len(n) >= 6 and n[0] == "و" and n[1] not in "اوي"
            or len(n) >= 4 and n.startswith("وو"))     # ووليد: و and وليد

    def _person_starts(self) -> list[int]:
        """The tokens :meth:`people` looks at, in order: a speech verb, a title, or a word
        two or three tokens before a comma and a role word; every other position gives
        nothing (the plain twin tries them all)."""
        n, kinds, norms = self.ntokens, self.kinds, self.norms
        if self.plain:
            return list(range(n))
        at = set()
        for i in compress(range(n), map(_PERSON_AT.__getitem__, norms)):
            if norms[i] == ",":
                # An apposition needs a role word right after the comma.
                if i + 1 < n and norms[i + 1] in ROLES:
                    at.update(k for k in (i - 2, i - 3) if k >= 0)
            elif kinds[i] == "arabic":
                at.add(i)
        return sorted(at)

    def _past_office_place(self, k: int, stop: int) -> int:
        """Token ``k`` after a title's organisation, past the place the office covers
        written ب / ل / في / لدى + a known place (سفير الاتحاد الأوروبي بتونس X Y، مدير
        البنك في المغرب X Y، مبعوث الأمم المتحدة لليمن X Y، مدير المنظمة لشرق المتوسط
        X Y، ممثل اليونيسف لدى الأردن X Y), or ل + a region noun in idafa with it (لمنطقة
        الشرق الأوسط), and places joined to it by و (… وشمال أفريقيا): the name follows
        the place. A branch noun and its place come first (رئيس الاتحاد فرع المفرق X Y:
        name_boundaries branch_noun; one word, or a known place), and a unit's parent
        after في, whose name the unit's entity holds (لدائرة X في البنك الدولي X Y:
        :meth:`OrganisationPasses._organ_of_named_body`). docs/arabic.md, *Names and cue
        nouns*."""
        if k + 2 < stop and self.norms[k] in BRANCH_NOUNS and self.kinds[k + 1] == "arabic":
            c = self.claimed[k + 1]
            if c is None or c.label == "PLACE" and c.t0 == k + 1:
                k = c.t1 if c is not None else k + 2
        at = k + 1 if k + 1 < stop and self.norms[k] in _WHERE else k
        if at == k and at + 1 < stop and self.norms[at] in _REGION_NOUNS:
            at += 1                     # لمنطقة | الشرق الأوسط
        c = self.claimed[at] if at < stop else None
        if c is not None and c.label == "ORG" and c.t0 == at and at > k and (
                self.claimed[k - 1] is not None and self.claimed[k - 1].gaz is not None
                and self.claimed[k - 1].gaz.entity.endswith(self.text[c.start:c.end])):
            return self._past_office_place(c.t1, stop)  # لدائرة X في البنك الدولي | X Y
        if c is None or c.label != "PLACE" or c.t0 != at or not (
                at > k or self.norms[at].startswith(("ب", "ل"))):
            return k
        e = c.t1
        while e < stop and self.norms[e].startswith("و") and (
                self.claimed[e] is not None and self.claimed[e].label == "PLACE"
                and self.claimed[e].t0 == e):
            e = self.claimed[e].t1      # الشرق الأوسط | وشمال أفريقيا
        return e

    def _past_sector(self, k: int, stop: int) -> int:
        """Token ``k`` after a title's organisation, past the sector the office is for: ل
        and a complement head with its idafa up to a definite noun and that noun's
        adjectives (وكيل الوزارة لقطاع تنمية الريف X Y: lexicon complement_head), and
        a place after it (في اليمن); the name follows. docs/arabic.md, Names and cue nouns."""
        if k >= stop or self.norms[k] not in COMPLEMENT_HEADS:
            return k
        e = next((x for x in range(k + 1, min(stop, k + 4)) if self._definite(self.norms[x])),
                 None)
        if e is None or any(self.claimed[x] is not None for x in range(k, e + 1)):
            return k
        e += 1
        while e < stop and self._definite(self.norms[e]) and self.claimed[e] is None and (
                _is_nisba(self.norms[e])):
            e += 1
        return self._past_office_place(e, stop)

    def _name_in_commas(self, a: int, stop: int) -> None:
        """A name of two or three words in commas after a title and what it governs
        (وأعلن وزير الفلاحة، كريم الهادي، عن خطة …؛ … رئيس الوزراء، معين عبد الملك، إن):
        a PERSON from token ``a`` when a comma or أن / إن closes it. No word may end in a
        pronoun (عقب لقائه: an adverbial, not a name), save a name in الله."""
        norms, texts = self.norms, self.texts
        for n in (2, 3):
            b = a + n
            if b >= stop or not (norms[b] == "," or norms[b] in PERSON_NAME_ENDS):
                continue
            if n == 3 and not any(norms[t] in NAME_HEADS or norms[t] in NAME_LINKS
                                  or norms[t].startswith("ال") for t in range(a + 1, b)):
                return                      # three words: a compound or a family name
            if self.claimed[a] is None and self._person_ok(a, b) and not any(
                    texts[t].endswith(("ه", "ها", "هم")) and not texts[t].endswith("الله")
                    for t in range(a, b)) and all(self.claimed[t] is None
                                                  for t in range(a, b)):
                self._person(a, b, "title")
            return

    def _headline_verb(self, i: int, k: int, via_org: bool) -> bool:
        """Whether the word at ``k`` after the title that opens its sentence at ``i`` is
        an imperfect verb (:func:`.words._verb_shaped`: يزور، تفتتح): a headline's subject
        and its verb (الوزير يزور المستشفى، وزيرة الصحة تفتتح المعرض), no name after
        the title. A relative adjective in ي after it (written ي, not the ى of المستشفى)
        is a family name, so the word is a given name of that shape (الشيخ يحيى العلي،
        المهندس نبيل القحطاني). docs/arabic.md, Names and cue nouns."""
        n = self.norms[k]
        if via_org or not (i == 0 or self.sentence_end[i - 1] != self.sentence_end[i]):
            return False
        family = k + 1 < self.sentence_end[k] and self.texts[k + 1].endswith("ي")
        return n[:1] in ("ي", "ت", "ن") and _verb_shaped(n) and not family

    def people(self) -> None:
        """People, without a name list, from three contexts: after a speech verb up to
        the comma or colon (وقال علي بنجواني، → علي بنجواني), after a title and its
        organisation (الرئيس التنفيذي لشركة أمازون آندي جاسي، also after في / لدى: وزير
        الخارجية في حكومة X فلان فلان), and two or three words
        before a comma and a role word (لاو باريوس، مدير الحملة)."""
        stops = {",", ":", "؛", ";", "“", "”", "«", '"', "("}
        kinds, norms, claimed = self.kinds, self.norms, self.claimed
        for i in self._person_starts():
            if claimed[i] is not None or kinds[i] != "arabic":
                continue
            stop = self.sentence_end[i]
            w = _word(norms[i])
            if w.speech:                      # وقال علي بنجواني،
                k = next((k for k in range(i + 1, min(stop, i + 5)) if norms[k] in stops),
                         None)
                if k and k > i + 2 and norms[k] == ":" and norms[k - 1] in PERSON_NAME_ENDS:
                    k -= 1      # وأضاف كريم نور بأن:: أن/إن before the colon is no name word
                elif k:
                    # قال فلان فلان إنها جيدة، اعترف فلان بأن «…»: the name ends before أن/إن;
                    # one word alone there is left to the later-mention rules
                    t = next((t for t in range(i + 2, k) if norms[t] in PERSON_NAME_ENDS), k)
                    k = t if t == k or t > i + 2 else None
                # an honorific of office before the name (قال سعادة فلان فلان،) is no part
                # of it (one with the article, الدكتور, is read as a title below)
                a = i + 2 if k and k > i + 3 and norms[i + 1] in HONORIFIC_FORMS and (
                    not self._definite(norms[i + 1])) else i + 1
                if k and self._person_ok(a, k):
                    self._person(a, k, "speech")
                elif k == i + 1 and self.texts[k] in ('"', "“", "«"):
                    # قال "سامر الحلبي"، المتحدث باسم …: a name in quote marks, a role after
                    c = next((c for c in range(k + 2, min(stop, k + 6))
                              if self.texts[c] in ('"', "”", "»")), None)
                    if c and c + 2 < stop and norms[c + 1] == "," and (
                            norms[c + 2] in ROLES) and self._person_ok(k + 1, c):
                        self._person(k + 1, c, "speech")
                continue
            # الرئيس التنفيذي لشركة أمازون X Y; an honorific too: الدكتور X Y،
            if (w.title or norms[i] in HONORIFIC_FORMS) and not written_function_word(
                    self.texts[i]):     # (وإلى normalises as the title والي)
                k, via_org = i + 1, False
                if k + 1 < stop and norms[k] in TITLE_COMPLEMENTS and claimed[k] is None:
                    k += 1      # مدير عام الصندوق، رئيس قسم الجراحة X Y: what it governs
                reach = min(stop, k + 2)
                while k < reach and self._definite(norms[k]) and claimed[k] is None \
                        and not (k > i + 1 and self._given_name_at(k)):
                    k += 1                  # وزير الخارجية | الطيب البكوش: the name
                c = claimed[k] if k < stop else None
                if c is not None and c.label == "PLACE" and c.t0 == k and c.t1 < stop:
                    k = c.t1    # سفير فرنسا، والي الخرطوم X Y: where the office is
                if k == i + 1 and k + 1 < stop and norms[k] == "عن" and (
                        claimed[k + 1] is not None and claimed[k + 1].label == "ORG"):
                    k += 1                  # النائب عن تحالف الفتح X Y: the bloc he sits for
                elif k == i + 1 and k + 1 < stop and norms[k] == _ON_BEHALF and (
                        claimed[k + 1] is not None and claimed[k + 1].label == "ORG"
                        or self._definite(norms[k + 1])):
                    # المتحدثة باسم الخارجية الأمريكية، X Y،: the body spoken for
                    k += 1
                    while k < min(stop, i + 5) and self._definite(norms[k]) and (
                            claimed[k] is None):
                        k += 1
                c = claimed[k] if k < stop else None
                if c is None and k == i + 1:
                    # مدير عام شركة X فلان، رئيس مجلس إدارة شركة X فلان: the nouns the
                    # title governs, then its body's mention
                    x = k
                    while x < min(stop, k + 3) and claimed[x] is None and (
                            kinds[x] == "arabic" and norms[x] in TITLE_COMPLEMENT_WORDS):
                        x += 1
                    if x > k and x < stop and claimed[x] is not None and (
                            claimed[x].label == "ORG" and claimed[x].t0 == x):
                        k, c = x, claimed[x]
                if c is None and k + 1 < stop and norms[k] in _WHERE and (
                        claimed[k + 1] is not None and claimed[k + 1].label == "ORG"
                        and claimed[k + 1].t0 == k + 1):
                    c = claimed[k + 1]      # وزير الخارجية في حكومة الوفاق X Y: its body
                if c is not None and c.label == "ORG":
                    k, via_org = self._past_office_place(c.t1, stop), True
                    k = self._past_sector(k, stop)
                elif c is None and k > i + 1 and k + 1 < stop and norms[k] in _WHERE:
                    # ممثلة المنظمة في السودان X Y: a bare body the title names (an anaphor,
                    # found later), then the place the office covers, then the name
                    k = self._past_office_place(k, stop)
                # رئيس الحكومة المنتهية ولايته X Y، رئيس الوزراء المكلف بتشكيل الحكومة X Y:
                # the holder's adjectives (lexicon holder_adjective) come before the name
                k = holder_phrase_end(norms, self.texts, k - 1 if k > i + 1 and (
                    norms[k - 1] in HOLDER_ADJECTIVES) else k, stop)
                # a compound given or family name is one part (عبد الوهاب البدر، أحمد
                # أبو هولي): three words, not two
                # (and a family name in الله: مصطفى صنع الله، حسن نصر الله)
                n = 3 if k + 3 <= stop and (norms[k] in NAME_HEADS or (
                    k + 1 < stop and norms[k + 1] in NAME_HEADS)
                    or norms[k + 1] in COMPOUND_TAILS       # نور الدين الحلبي
                    or norms[k + 2] == _ALLAH) else 2
                while k + n < stop and n < 5 and norms[k + n - 1] in NAME_LINKS:
                    n += 1                  # سالم بن راشد: a name never ends in بن / آل
                while k + n + 1 < stop and n < 6 and norms[k + n] in NAME_LINKS:
                    n += 2                  # سيدي محمد ولد أحمد: a link joins the next part
                # the name ends at the sentence's end, punctuation or أن / إن (وقال وزير
                # الخارجية سالم الراشدي إن …)
                if k + n <= stop and self._person_ok(k, k + n) and (
                        via_org or k + n == stop or kinds[k + n] == "punct"
                        or norms[k + n] in PERSON_NAME_ENDS) and not (
                        self._headline_verb(i, k, via_org)):
                    if self._family_name_at(k + n, stop):
                        n += 1              # مبارك راشد المنصوري لرويترز: a third name word
                    self._person(k, k + n, "title")
                elif k > i + 1 and k < stop and norms[k] == ",":
                    self._name_in_commas(k + 1, stop)
                continue
            if i == 0 or kinds[i - 1] == "punct" or self.sentence_end[i - 1] != stop:
                # استقبل كريم نور، وزير …: a sentence's opening verb of an act is no part
                # of the name, which is its subject after it (name_boundaries act_verb)
                a = i + 1 if i + 1 < stop and (act_verb(norms[i]) or _bare_speech_verb(
                    norms[i], self.texts[i])) and claimed[i + 1] is None else i
                if a == i and self._opening_verb_before_apposition(i, stop):
                    a = i + 1       # رفض سامي نور، وزير …: the verb, then its subject
                for w in (2, 3):                          # لاو باريوس، مدير الحملة
                    # a definite cue noun names a body, never a person (ويترأس المجلس،
                    # مفوض …: the verb and its subject before the role's apposition)
                    if (a + w + 1 < stop and norms[a + w] == ","
                            and norms[a + w + 1] in ROLES and self._person_ok(a, a + w)
                            and not any(_definite_cue_reading(norms[x])[1]
                                        for x in range(a, a + w))):
                        self._person(a, a + w, "apposition")
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
                close = next((k for k in range(first, min(self.sentence_end[i], first + 7))
                              if norms[k] == ")"), None)
                if close is None:
                    continue
                last = close
            elif norms[i] in _CREDIT_MARKS and i > 0 and norms[i - 1] == "المصدر":
                first, last = i + 1, min(self.sentence_end[i], i + 7)
            else:
                continue
            for end in range(last, first, -1):        # the longest credit first
                toks = range(first, end)
                if kinds[end - 1] == "punct" or any(
                        self.claimed[k] is not None
                        or not (kinds[k] == "arabic" or norms[k] == ".") for k in toks):
                    continue
                entity = CREDITS.get("".join(norms[k] for k in toks if norms[k] != "."))
                if entity and (end == last or norms[i] != "("):
                    self._add(FoundMention(first, end, self.starts[first], self.ends[end - 1],
                                       self._text(first, end), "ORG", "credit",
                                       gaz=self.gazetteer.entries.get(entity)
                                       or Entry(entity, "ORG", "media")))
                    break

    def dateline_credits(self) -> None:
        """Credits in the datelines that open an article's first paragraphs (the first
        four: a headline and a date line may come before the body), media organisations
        like a bracketed credit:

        - a known agency after a place (and a date) and before a dash, colon or slash
          (نابلس 2-2-2026 وفا- …، الرياض - واس: …);
        - the outlet of a dateline line that holds only a place, a dash and one to three
          words (رام الله - دنيا الوطن، مسقط- الرؤية);
        - an outlet whose name ends in a media word (lexicon name_boundaries
          media_marker: الإخباري، نيوز …) before a dash or colon at the start of a
          paragraph (الوكيل الإخباري- قالت …، صدى نيوز - أصدرت …).
        """
        seen: set[int] = set()
        for s in self.article.sentences:
            if s.paragraph > 4 or s.paragraph in seen:
                continue
            seen.add(s.paragraph)
            a = bisect_left(self.starts, s.start)
            if a >= self.ntokens:
                continue
            stop = self.sentence_end[a]
            if not (self._known_credit(a, min(stop, a + 12)) or self._dateline_line(a, stop)):
                self._marked_outlet(a, min(stop, a + 6))

    def _credit_words(self, first: int, d: int) -> bool:
        return first < d and all(self.claimed[k] is None and self.kinds[k] == "arabic"
                                 for k in range(first, d))

    def _add_credit(self, first: int, d: int, entity: str | None) -> None:
        name = entity or self._text(first, d)
        self._add(FoundMention(first, d, self.starts[first], self.ends[d - 1],
                               self._text(first, d), "ORG", "credit",
                               gaz=self.gazetteer.entries.get(name) or Entry(name, "ORG",
                                                                             "media")))

    def _known_credit(self, a: int, stop: int) -> bool:
        """A known agency credit after a place in tokens ``a`` … ``stop``."""
        claimed, norms = self.claimed, self.norms
        if not any(claimed[k] is not None and claimed[k].label == "PLACE"
                   for k in range(a, stop)):
            return False
        for d in range(a + 1, stop + 1):
            if d < self.ntokens and d < stop and norms[d] not in _DATELINE_MARKS:
                continue
            for n in (3, 2, 1):                   # the longest credit first
                first = d - n
                if first <= a or not self._credit_words(first, d):
                    continue
                entity = CREDITS.get("".join(norms[k] for k in range(first, d)))
                if entity and self.kinds[first - 1] != "arabic":
                    self._add_credit(first, d, entity)
                    return True
        return False

    def _dateline_line(self, a: int, stop: int) -> bool:
        """A line of a place, a dash or slash and the outlet: one word, or two with the
        second definite (دنيا الوطن، العربي الجديد); not a headline (غزة - الاحتلال يقصف:
        a verb second; القاهرة - الحكومة تعلن: a cue first), nor a reporter's byline: a
        compound given name (عبدالعزيز …), or an indefinite word and a definite relative
        adjective that is no media word (سلمى الراوي: a given name and a family nisba;
        but رؤيا الإخباري is an outlet). docs/arabic.md, *Names and cue nouns*."""
        m = self.claimed[a]
        if m is None or m.label != "PLACE" or m.t0 != a:
            return False
        dash = m.t1
        end = stop - 1 if stop - 1 > dash and self.norms[stop - 1] in (":", ".") else stop
        n = end - dash - 1
        if dash >= end or self.norms[dash] not in _DATELINE_MARKS - {":"} or not (
                1 <= n <= 2) or not self._credit_words(dash + 1, end) or self._any_cue(
                dash + 1) or (n == 2 and not self._definite(self.norms[dash + 2])):
            return False
        if _given_name_head(self.norms[dash + 1]):
            return False        # الرياض - عبدالعزيز الدوسري: the reporter's byline, a person
        known = CREDITS.get("".join(self.norms[dash + 1:end]))
        if n == 2 and known is None and not self._definite(self.norms[dash + 1]) and (
                _is_nisba(self.norms[dash + 2])
                and self.norms[dash + 2] not in MEDIA_MARKERS):
            return False        # بغداد - سلمى الراوي: a given name and a family nisba, a person
        self._add_credit(dash + 1, end, known)
        return True

    def _marked_outlet(self, a: int, stop: int) -> None:
        """An outlet named with a media word before a dash or colon at token ``a``."""
        for d in range(a + 1, stop):
            if self.norms[d] in _DATELINE_MARKS:
                if self.norms[d - 1] in MEDIA_MARKERS and d - a <= 3 and (
                        self._credit_words(a, d)):
                    self._add_credit(a, d, None)
                return

    # ---------------------------------------------------------------- anaphora
    def anaphora(self) -> None:
        """A bare definite cue noun (الهيئة، والشركة) after an organisation named with the
        same cue refers back to the nearest such body (rule ``anaphora``: merged with it,
        never an alias); a body whose name has that cue only in a gazetteer alias (الأمم
        المتحدة for المنظمة) is its antecedent only when no body before was written with
        the cue (docs/arabic.md, "Names and cue nouns"); an
        institution noun (:data:`INSTITUTION_CUES`: الحكومة، الشرطة) with no antecedent
        names that institution (rule ``institution``)."""
        last: dict[str, FoundMention] = {}
        written: dict[str, bool] = {}       # a body named with this cue in the text
        cues = _entity_cues(self.gazetteer)
        by_start = sorted(self.mentions, key=attrgetter("t0"))
        x = 0
        # Only an Arabic word with a cue reading can be an anaphor (memoised per word).
        for i in range(self.ntokens) if self.plain else compress(
                range(self.ntokens), map(_ANY_CUE.__getitem__, self.norms)):
            while x < len(by_start) and by_start[x].t0 <= i:
                m = by_start[x]
                if m.label == "ORG" and m.rule not in ("anaphora", "institution"):
                    # its cue in the text, or the cues its gazetteer aliases start with
                    # (الأمم المتحدة is also منظمة الأمم المتحدة: المنظمة may point to it);
                    # a body named with the cue in the text (also with the article: البنك
                    # المركزي اليمني) wins over one whose alias only could have it, however
                    # near (منظمة الأمل … بالتعاون مع الأمم المتحدة … المنظمة: منظمة الأمل);
                    # the alias counts where no body was named with the cue before (الأمم
                    # المتحدة … المنظمة) or in brackets after the body just named in its
                    # sentence, which it restates (مكتب … للشرق الأوسط (أوتشا))
                    head = m.cue or _definite_cue_reading(self.norms[m.t0])[1][2:]
                    if head:
                        last[head] = m
                        written[head] = True
                    restates = m.t0 > 0 and self.texts[m.t0 - 1] == "("
                    # a credit names an outlet bare ((المصري اليوم)): its aliases' cues
                    # (موقع، صحيفة) are not the text's, and الموقع after it is as often
                    # "signed" or "the location" as the outlet's website
                    for c in set(cues.get(m.gaz.entity, ()) if m.gaz and m.rule != "credit"
                                 else ()) - {"", head}:
                        if not written.get(c) or restates and (
                                self.sentence_end[last[c].t0] == self.sentence_end[m.t0]):
                            last[c] = m
                x += 1
            if self.kinds[i] != "arabic" or self.claimed[i] is not None:
                continue
            norm = self.norms[i]
            prefix, definite = _definite_cue_reading(norm)
            stem = definite[2:]
            if not definite or ORG_CUES.get(stem, "project") in ("project",) or (
                    stem in GENERIC_CUES):
                continue                    # السلطات: any authorities, no back-reference
            if self._adjective_cue(i, prefix, definite):
                continue                    # الخدمات القنصلية: consular services
            if norm == _ACTING and not (i + 1 < self.sentence_end[i] and self.kinds[
                    i + 1] == "arabic" and self.norms[i + 1].startswith("ال")):
                continue                    # بالنيابة عنه، وزير الإعلام بالنيابة: "acting"
            if i + 2 < self.sentence_end[i] and self.norms[i + 1] in _WHERE and (
                    self._names_a_body(i + 2)):
                # مدير الحملة في حركة X: the phrase names its organisation; but in وقالت
                # الوزارة في بيان، في تصريح … في opens no body and الوزارة refers back
                continue
            ante = last.get(stem)
            if ante is None and stem not in INSTITUTION_CUES:
                continue
            start = self._offset_after(i, prefix)
            name = self.text[start:self.ends[i]]
            if name.startswith("لل"):
                name = "ال" + name[2:]
            # وزير العمل … ثم الوزارة: the ministry the minister heads, when he is named
            # after the last ministry (or none was)
            office = self._office_before(i, stem, ante.t1 if ante is not None else 0)
            if office:
                # The mention's name stays its surface (الوزارة); the entity it names is
                # the institution, as an entry of its own, like an agency credit's.
                self._add(FoundMention(i, i + 1, start, self.ends[i], name, "ORG",
                                       "institution", stem,
                                       Entry(office, "ORG", ORG_CUES.get(stem, "government"))))
            elif ante is not None and not (stem == _ARMY and self._foreign(ante)):
                self._add(FoundMention(i, i + 1, start, self.ends[i], name, "ORG", "anaphora",
                                   stem, ante.gaz, ref=ante))
            else:
                self._add(FoundMention(i, i + 1, start, self.ends[i], name, "ORG", "institution",
                                   stem))

    def _foreign(self, ante: FoundMention) -> bool:
        """Whether the army ``ante`` says its country with a relative adjective
        (الجيش الإسرائيلي، الجيش الأمريكي) and the article is plainly about another one:
        the country its places name most often, more often than any other (the rule of
        :func:`khabar.entities.tables._document_countries`). A bare الجيش after it is
        then the article's own country's army, not the foreign one (في بيروت … قال الجيش:
        the Lebanese army), and is left to name its institution (rule ``institution``);
        where no country is plain it refers back as any anaphor does. Other institution
        nouns refer back as before: a story names a foreign government or ministry and
        then its bare noun for the same body (للحكومة والجيش الإسرائيلي).
        docs/arabic.md, *Names and cue nouns*."""
        own = next((_COUNTRY_ADJECTIVE[n] for n in self.norms[ante.t0:ante.t1]
                    if n in _COUNTRY_ADJECTIVE), None)
        if own is None:
            return False
        counts = Counter(c[0] for c in (_PLACE_COUNTRY.get(m.gaz.entity) for m in self.mentions
                                        if m.label == "PLACE" and m.gaz) if c)
        top = counts.most_common(2)
        return bool(top) and top[0][0] != own and (len(top) == 1 or top[0][1] > top[1][1])

    def homograph_countries(self) -> None:
        """A place the gazetteer reads as a city whose name is also a country's (عمان:
        Amman, and Oman, countries.tsv) is that country in an article that names the
        country by its other forms (سلطنة عمان، العمانية، مسقط: country_forms.tsv) and
        never the city's country (الأردن، الأردنية); a damma on its first letter (عُمان)
        says the country too, a shadda (عمّان) the city. docs/arabic.md, Names and cue
        nouns."""
        evidence = None
        for m in self.mentions:
            if m.label != "PLACE" or not m.gaz or m.t1 - m.t0 != 1:
                continue
            country = _COUNTRY_NAMED.get(normalise(m.name))
            city = _PLACE_COUNTRY.get(m.gaz.entity)
            if country is None or not city or city[1] == country[1] or (
                    country[1] not in self.gazetteer.entries):
                continue
            surface = self.text[m.start:m.end]
            if "\u0651" in surface:
                continue                            # عمّان: the city
            if "\u064f" not in surface[:3]:
                if evidence is None:
                    from ..money.currency import article_country_evidence   # once there
                    evidence = article_country_evidence(self.article)
                if not evidence.get(country[0]) or evidence.get(city[0]):
                    continue
            m.gaz = self.gazetteer.entries[country[1]]

    def country_anaphora(self) -> None:
        """A definite cue and a country's relative adjective alone (الشركة الإماراتية،
        المؤسسة الليبية), found as a name, refer back to the last organisation named
        before whose name holds that adjective or is followed by it (شركة تراستا للطاقة
        الإماراتية، «سوناطراك» الجزائرية): rule ``anaphora``, merged with it. With no
        such body before it stays a name (البورصة الفلسطينية), and a cue of government
        always does (الحكومة العراقية، القوات الأمريكية، السلطات العراقية: a country's own
        institution). A definite cue phrase after a demonstrative (هذه المؤسسة المغربية)
        refers back to the last organisation named before, whatever its name holds."""
        ordered = sorted(self.mentions, key=attrgetter("t0"))
        for x, m in enumerate(ordered):
            if m.rule == "cue" and m.label == "ORG" and self._demonstrative_before(m.t0) and (
                    _definite_cue_reading(self.norms[m.t0])[1]):
                # هذه المؤسسة المغربية: a demonstrative points back, to the body named last
                ante = self._body_before(ordered, x)
                if ante is not None:
                    m.rule, m.gaz, m.ref = "anaphora", ante.gaz, ante
                continue
            if m.rule != "cue" or m.label != "ORG" or m.t1 != m.t0 + 2 or (
                    ORG_CUES.get(m.cue, "government") == "government"):
                continue
            country = _COUNTRY_ADJECTIVE.get(self.norms[m.t0 + 1])
            if not country or not _definite_cue_reading(self.norms[m.t0])[1]:
                continue
            ante = self._body_of_country(ordered, x, country, m.cue)
            if ante is not None:
                m.rule, m.gaz, m.ref = "anaphora", ante.gaz, ante

    def _demonstrative_before(self, t: int) -> bool:
        """Whether a demonstrative that agrees in gender with token ``t`` stands right
        before it (هذه المؤسسة، هذا البنك), not the ذلك of بما في ذلك ("including")."""
        if t < 1 or self.norms[t - 1] not in _DEMONSTRATIVES or (
                t > 1 and self.norms[t - 2] == "في"):
            return False
        return (self.norms[t - 1] in _FEMININE_DEMONSTRATIVES) == self.texts[t].endswith("ة")

    def _body_before(self, ordered: list[FoundMention], x: int):
        """The last organisation of ``ordered[:x]`` (not an anaphor or an institution
        noun), among the :data:`_COUNTRY_REACH` mentions before; None if there is none."""
        for m in (ordered[y] for y in range(x - 1, max(-1, x - 1 - _COUNTRY_REACH), -1)):
            if m.label == "ORG" and m.rule not in ("anaphora", "institution"):
                return m
        return None

    def _body_of_country(self, ordered: list[FoundMention], x: int, country: str,
                         cue: str = ""):
        """The last organisation of ``ordered[:x]`` (mentions in text order), among the
        :data:`_COUNTRY_REACH` before, whose name holds a relative adjective of
        ``country`` (شركة تراستا للطاقة الإماراتية) or is followed by one, over a closing
        quote mark («سوناطراك» الجزائرية); None if there is none. A body whose name opens
        with another cue noun than the anaphor's ``cue`` is another kind of body (البنك
        السعودي does not point back to وكالة الأنباء السعودية)."""
        for m in (ordered[y] for y in range(x - 1, max(-1, x - 1 - _COUNTRY_REACH), -1)):
            if m.label != "ORG" or m.rule in ("anaphora", "institution"):
                continue
            head = self._head_cue(m.t0)
            if cue and head and head != cue:
                continue
            after = m.t1 + (m.t1 < self.ntokens and self.kinds[m.t1] == "punct")
            words = range(m.t0, min(after + 1, self.ntokens))
            if any(_COUNTRY_ADJECTIVE.get(self.norms[w]) == country for w in words):
                return m
        return None

    def _head_cue(self, t: int) -> str | None:
        """The cue noun token ``t`` is, definite or not, without clitics (شركة، الشركة،
        لشركة → شركه), else None."""
        if self.kinds[t] != "arabic":
            return None
        c = self._cue(t)
        if c:
            return c[1]
        definite = _definite_cue_reading(self.norms[t])[1]
        return definite[2:] if definite else None

    def possessive_institutions(self) -> None:
        """An institution noun with a possessive pronoun (وزارته، وزارتها: "his / her
        ministry") after an indefinite office names the institution that office heads
        (قال وزير العمل … إن وزارته أحصت … → وزارة العمل; rule ``institution``, like a
        bare الوزارة). Before the pronoun ة is written ت (وزارة → وزارته)."""
        stems = _INSTITUTION_STEMS
        # Only a word with a possessive ending can be one (tested in C, not per token).
        for i in compress(range(self.ntokens),
                          map(str.endswith, self.norms, repeat(_POSSESSIVE_ENDINGS))):
            norm = self.norms[i]
            if self.kinds[i] != "arabic" or self.claimed[i] is not None:
                continue
            base = norm[:norm.rindex("ت")] + normalise("ة")
            n, stem = next(((n, w) for n, w in candidates(base) if w in stems), (0, ""))
            office = self._office_before(i, stem) if stem else None
            if office:
                start, end = self._offset_after(i, n), self.ends[i]
                self._add(FoundMention(i, i + 1, start, end, self.text[start:end],
                                       "ORG", "institution", stem,
                                       Entry(office, "ORG", ORG_CUES.get(stem, "government"))))

    def headed_ministries(self) -> None:
        """A ministry named by the person who heads it (وزارة سامي الخطيب، وزارة الخطيب:
        "the ministry under …"): when the words after وزارة are a person of the article,
        the whole name or the family name (the last word) of one, they are that person
        again (rule ``later``), not a body named after him; وزارة alone names no body.
        docs/arabic.md, Names and cue nouns."""
        people = [m for m in self.mentions if m.label == "PERSON"]
        if not people:
            return
        names = {normalise(m.name) for m in people}
        families = {normalise(m.name).rsplit(" ", 1)[-1] for m in people if " " in m.name}
        for m in [m for m in self.mentions if m.rule == "cue" and m.cue == _MINISTRY_STEM
                  and m.gaz is None and m.t1 > m.t0 + 1]:
            words = normalise(self._text(m.t0 + 1, m.t1))
            if words not in names and not (m.t1 == m.t0 + 2 and words in families):
                continue
            self.mentions.remove(m)
            self.claimed[m.t0:m.t1] = [None] * (m.t1 - m.t0)
            self._person(m.t0 + 1, m.t1, "later")

    def title_bodies(self) -> None:
        """An office whose title names a known agency of a body it names (المفوض السامي
        للأمم المتحدة لشؤون اللاجئين, مفوض الاتحاد الأفريقي): the office's institution
        (titles.tsv institution: مفوض → مفوضية) and the title's words, its adjectives
        agreeing with the feminine institution (السامي → السامية), are a gazetteer alias
        (المفوضية السامية للأمم المتحدة لشؤون اللاجئين): the title is one mention of that
        agency, not of the body inside it (the UN): the words after the office noun, rule
        ``title_body``. Only where the
        title's words name such a body already, or the agency is intergovernmental (المفوض
        السامي لحقوق الإنسان: there is one such office in the world); a minister's title
        names his ministry only with its country (:meth:`title_institutions`).
        docs/arabic.md, Names and cue nouns."""
        norms, claimed = self.norms, self.claimed
        for t in self._office_tokens:
            if claimed[t] is not None:
                continue
            n, office = _OFFICE[norms[t]]
            stem = _INSTITUTION_STEMS_OF[office]
            hit = self._agreeing_alias(stem if not norms[t][:n].endswith(("ال", "لل"))
                                       else "ال" + stem, t + 1, self.sentence_end[t])
            if hit is None or hit[1].label != "ORG":
                continue
            end = hit[0]
            inner = {id(m): m for m in claimed[t + 1:end] if m is not None}
            if not (inner or hit[1].type == "intergovernmental") or any(
                    m.t0 < t + 1 or m.t1 > end or m.label != "ORG" for m in inner.values()):
                continue        # no body named inside, or a name runs past the title
            # the mention is the title's words after the office noun, which stays free:
            # the holder's name after them is found as after any title and its body
            self.mentions = [m for m in self.mentions if id(m) not in inner]
            self.claimed[t + 1:end] = [None] * (end - t - 1)
            start, stop = self.starts[t + 1], self.ends[end - 1]
            self._add(FoundMention(t + 1, end, start, stop, self.text[start:stop], "ORG",
                                   "title_body", stem, hit[1]))

    def _agreeing_alias(self, first: str, k: int, stop: int):
        """``(end token, entry)`` of the longest gazetteer alias that begins with the
        institution noun ``first`` and goes on with the tokens from ``k``, each as written
        or, if a relative adjective in ي, in its feminine (السامي → الساميه); else None."""
        root = self.gazetteer.trie.get(first)
        best, todo = None, [(root, k)] if root else []
        while todo:
            node, j = todo.pop()
            if None in node and j > k and (best is None or j > best[0]):
                best = (j, node[None])
            if j >= stop or self.kinds[j] != "arabic":
                continue
            key = self.keys[j]
            for form in (key, key + "ه" if _is_nisba(key) and key.endswith("ي") else ""):
                if form and form in node:
                    todo.append((node[form], j + 1))
        return best

    def ministry_shorthands(self) -> None:
        """A ministry's field with the article and its country's feminine adjective, the
        subject of a feminine verb or after عن / بحسب (قالت الخارجية الأمريكية، أعلنت
        الداخلية الكويتية، نقلا عن الدفاع الروسية): the ministry of that field of that
        country (name_boundaries.tsv ministry_field), named وزارة الخارجية الأمريكية as
        the article would name it in full; rule ``institution``. Not after a noun it
        qualifies (السياسة الخارجية المصرية). docs/arabic.md, Names and cue nouns."""
        norms, claimed = self.norms, self.claimed
        for i in range(1, self.ntokens - 1):
            field = MINISTRY_FIELDS.get(norms[i])
            nisba = norms[i + 1]
            if field is None or claimed[i] is not None or claimed[i + 1] is not None or (
                    nisba not in _COUNTRY_ADJECTIVE or not nisba.endswith("يه")
                    or self.kinds[i + 1] != "arabic" or not _subject_slot(norms[i - 1])):
                continue
            start, end = self.starts[i], self.ends[i + 1]
            entity = f"وزارة {field} {self.texts[i + 1]}".replace("\u0640", "")
            self._add(FoundMention(i, i + 2, start, end, self.text[start:end], "ORG",
                                   "institution", "وزاره", Entry(entity, "ORG", "government")))

    def cueless_names(self) -> None:
        """A well-known body named without its cue noun (the gazetteer's منظمة الهجرة
        الدولية written الهجرة الدولية), its definite noun and relative adjective in a
        subject's or source's place (:func:`_subject_slot`, عن only after نقلا: وقالت
        العفو الدولية، بحسب الهجرة الدولية، نقلا عن العفو الدولية): that body, rule
        ``gazetteer``. Elsewhere the words keep their sense (قضايا الهجرة الدولية).
        docs/arabic.md, *Names and cue nouns*."""
        forms = _cueless_forms(self.gazetteer)
        norms, claimed = self.norms, self.claimed
        for i in range(1, self.ntokens - 1):
            entry = forms.get((norms[i], norms[i + 1]))
            if entry is None or claimed[i] is not None or claimed[i + 1] is not None or (
                    self.kinds[i] != "arabic" or self.kinds[i + 1] != "arabic"
                    or self.kinds[i - 1] != "arabic" or not _subject_slot(norms[i - 1])
                    or self.sentence_end[i - 1] != self.sentence_end[i + 1]):
                continue
            if norms[i - 1] == "عن" and (i < 2 or norms[i - 2] not in _RELAYING):
                continue            # الناجمة عن الاحتلال …: "about", no source
            start, end = self.starts[i], self.ends[i + 1]
            self._add(FoundMention(i, i + 2, start, end, self.text[start:end], "ORG",
                                   "gazetteer", gaz=entry))

    @cached_property
    def _office_tokens(self) -> list[int]:
        """The Arabic tokens that are an office (:class:`_Offices`), in order."""
        kinds = self.kinds
        return [t for t in compress(range(self.ntokens), map(_OFFICE.__getitem__, self.norms))
                if kinds[t] == "arabic"]

    def _office_before(self, i: int, stem: str, after: int = 0) -> str | None:
        """The institution an indefinite office before token ``i`` heads, with its field,
        when that institution is the cue ``stem`` (قال وزير الصحة … إن الوزارة →
        وزارة الصحة; titles.tsv institution), the nearest office from token ``after`` on
        first; else None. The
        field is the definite words after the office (وزير العمل والتشغيل), and a
        country's nisba among them agrees with the feminine institution (الأردني →
        الأردنية; وزير التعاون الدولي → وزارة التعاون الدولي)."""
        offices = self._office_tokens
        lowest = max(after - 1, i - 400, -1)       # the tokens after it, up to 400 back
        for k in range(bisect_left(offices, i) - 1, -1, -1):
            t = offices[k]
            if t <= lowest:
                break
            n, office = _OFFICE[self.norms[t]]
            inst = OFFICE_INSTITUTIONS[office]
            # only an indefinite office names its field (وزير العمل); الوزير refers back,
            # and so does للوزير (ل + the article written لل: كلمة للوزير الحجار)
            if _INSTITUTION_STEMS_OF[office] != stem or self.norms[t][:n].endswith(
                    ("ال", "لل")):
                continue
            stop = self.sentence_end[t]
            k = self._definite_tail(t + 1, stop, 0)
            if k == t + 1:
                continue
            return self._institution_name(inst, t, k)
        return None

    def _institution_name(self, inst: str, t: int, k: int) -> str:
        """The institution ``inst`` an office at token ``t`` heads, named by the office's
        words ``t + 1`` … ``k - 1``: only a country's adjective among them qualifies the
        office and turns feminine with the institution (وزير المالية الأردني → وزارة
        المالية الأردنية); another nisba qualifies the field (وزير التعاون الدولي →
        وزارة التعاون الدولي, not الدولية). Egypt's press writes the final ي as ى
        (وزير السياحة اللبنانى): the feminine is written with ية all the same (وزارة
        السياحة اللبنانية), so both spellings name one ministry. docs/arabic.md,
        *Normalisation*."""
        def feminine(x: int) -> str:
            w = self.texts[x]
            if x > t + 1 and _is_nisba(self.norms[x]) and self.norms[x] in _COUNTRY_ADJECTIVE:
                if w.endswith("ي"):
                    return w + "ة"
                if w.endswith("ى"):
                    return w[:-1] + "ية"
            return w
        words = [feminine(x) for x in range(t + 1, k)]
        return (inst + " " + " ".join(words)).replace("\u0640", "")

    def title_institutions(self) -> None:
        """An office that heads an institution (titles.tsv institution: وزير → وزارة،
        سفير → سفارة) with its field and a country's adjective (وزير المالية السوداني،
        وزيرة الخارجية الفرنسية): the holder speaks for that country's institution, one
        body, so the title's words after the office noun are a mention of it, named as
        the article would write it in full (وزارة المالية السودانية; rule
        ``title_body``). The office noun stays free: the holder's name after the words
        is found as after any title and its body. Without a country's adjective the
        title names no one body (وزير المالية: every country has one), a definite
        office (الوزير السوداني) refers back, and a minister of state (وزير الدولة
        الإماراتي) heads no ministry. docs/arabic.md, Names and cue nouns."""
        norms, claimed = self.norms, self.claimed
        for t in self._office_tokens:
            n, office = _OFFICE[norms[t]]
            inst = OFFICE_INSTITUTIONS[office]
            if not inst or claimed[t] is not None or norms[t][:n].endswith(("ال", "لل")):
                continue
            stop, k = min(self.sentence_end[t], t + 5), t + 1
            while k < stop and claimed[k] is None and self._arabic_word(k) and (
                    self._definite(norms[k])) and norms[k] not in _COUNTRY_ADJECTIVE:
                k += 1                  # the field: المالية، الدولة للشؤون الخارجية
            if k == t + 1 or k >= stop or claimed[k] is not None or (
                    norms[k] not in _COUNTRY_ADJECTIVE or self.kinds[k] != "arabic"):
                continue
            if k == t + 2 and norms[t + 1] == _STATE:
                continue        # وزيرة الدولة الإماراتية لـ…: a minister of state, no ministry
            k += 1
            start, end = self.starts[t + 1], self.ends[k - 1]
            self._add(FoundMention(t + 1, k, start, end, self.text[start:end], "ORG",
                                   "title_body", _INSTITUTION_STEMS_OF[office],
                                   Entry(self._institution_name(inst, t, k), "ORG",
                                         ORG_CUES.get(_INSTITUTION_STEMS_OF[office],
                                                      "government"))))

    def _names_a_body(self, k: int) -> bool:
        """Token ``k`` begins an organisation: part of an ORG mention already found, or
        an indefinite cue noun (في حركة …)."""
        m = self.claimed[k]
        return (m is not None and m.label == "ORG") or self._cue(k) is not None

    # ---------------------------------------------------------------- later mentions
    def later_mentions(self) -> None:
        """Unclaimed words that repeat a known one-word name or a person's family name,
        exactly or as a transliteration variant (same skeleton, edit distance ≤ 2)."""
        known: dict[str, FoundMention] = {}
        for m in self.mentions:
            if m.label == "PLACE" or m.rule in ("credit", "anaphora", "institution"):
                continue
            # A gazetteer name too: a later spelling it does not list (زيمنس after
            # سيمنس) has the same skeleton.
            words = _name_words(m.name)
            if m.label == "PERSON" or len(words) == 1:
                # (الله ends compound names, صنع الله، but alone is no one's name)
                if _ARABIC_LETTERS.fullmatch(words[-1]) and len(words[-1]) > 2 and (
                        words[-1] != _ALLAH):
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
        words = set(self.norms) if self.plain else _LATER_INDEX.words_with(set(self.norms), hot)
        if not words:
            return
        claimed, kinds, norms, ends = self.claimed, self.kinds, self.norms, self.ends
        for i in list(compress(range(self.ntokens), map(words.__contains__, norms))):
            if kinds[i] != "arabic" or claimed[i] is not None or self.texts[i] in WHOLE_WORDS:
                continue                        # (وابل من الانتقادات after أبل: one word)
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
            self._add(FoundMention(i, i + 1, start, ends[i], self.text[start:ends[i]], src.label,
                               "later", src.cue, src.gaz))


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
