"""Organisation passes: gazetteer aliases, cue phrases, Latin names and list items.

A **cue phrase** is a cue noun (:data:`.words.ORG_CUES`: منظمة، شركة، حملة، وزارة …,
with proclitics: ومنظمة، لحملة) followed by a name. What follows the cue decides the
shape of the name, and each shape is one method (``_shape_*``) tried in order by
:meth:`OrganisationPasses._cue_phrase_steps` (docs/arabic.md, *Names and cue nouns*).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import chain, compress, islice

from ..gazetteer import Entry, FirstReadings, candidates
from ..lexicon import load_lexicon
from ..text import is_stop_word, normalise
from .tokens import FoundMention, TokenView
from .words import act_verb, ORDINALS, POSSESSORS, SEAT_CUES  # own line
from .words import BODY_PLURALS, ELATIVES, FACILITY_CUES  # own line
from .words import ACRONYM_FILLERS, ACRONYM_INTROS, RULING_ADJECTIVES  # own line
from .words import _accusative_verbal_noun, FIRM_SIZES  # own line
from .words import (RECIPIENTS, ADMIN_UNITS, BUSINESS_FIELDS, COMPLEMENT_HEADS, DEFINITE_ONLY_CUES,
                    DESCRIPTOR_CUES, DRAFT_WORDS, EPONYM_TITLES, GENERIC_PHRASES, KIND_ADJECTIVES,
                    QUALITY_ADJECTIVES,
                    LATIN_THINGS, LATIN_WORDS, LIST_OPENERS, LOCATIVE, NAME_HEADS, NAME_LINKS,
                    NAME_END, NAME_FUNCTION_WORDS, OPENERS, ORG_CUES, PARENT_CUES, PERSON_TITLES,
                    NAME_ADJECTIVES, OFFICE_CUES, SUBUNIT_CUES, TOPONYM_CUES, VENUE_CUES,
                    VERBAL_NOUN_CUES, _STATE, _adjective_shaped, _definite_cue_reading,
                    _is_nisba, _openers, _with_article, _word)
from .words import _COUNTRY_WORDS, _UNMARK, GENERIC_CUES, LATIN_ORG_WORDS  # own line
from .words import FEMININE_ADJECTIVES, PERSON_NAME_ENDS, ROLES  # own line
from .words import ADVERSARY_WORDS, CLUB_NAMES, CLUB_NOUNS, SPORT_WORDS  # own line
from .words import NUMBERED_CUES, _COUNTRY_ADJECTIVE, _COUNTRY_NISBAS  # own line
from .words import _verb_shaped, _verbal_noun_shaped  # own line
from .words import PRODUCT_NOUNS, THING_NOUNS  # own line
from .words import CLOSED_BY_FIELD_CUES, PEOPLE_PLURALS, PREPOSITIONAL_NOUNS  # own line
from .words import PORTFOLIO_CUES  # own line
from .words import WHOLE_WORDS  # own line
from .words import NAMING_VERBS  # own line
from .words import ABROAD  # own line
from .words import EPONYM_HONORIFICS  # own line
from .words import DASHES  # own line
from .words import BROADCAST_WORDS  # own line

#: The first words of the clubs' short names (lexicon sports.tsv).
_CLUB_FIRSTS = frozenset(k[0] for k in CLUB_NAMES)
#: word → its first clitic reading among :data:`_CLUB_FIRSTS`, ``(0, "")`` for none; a
#: bounded memo, as the gazetteer's (the club scan tests every Arabic token).
_club_reading = FirstReadings(_CLUB_FIRSTS).__getitem__
_CLUB_LONGEST = max(map(len, CLUB_NAMES), default=0)
_CLUB_ENTITIES = frozenset(e for e in CLUB_NAMES.values() if e)

#: Cue words nested in one phrase at most (منظمة مركز … is two); see
#: :meth:`OrganisationPasses._cue_phrase`.
_MAX_NESTED_CUES = 8
#: A shape's answer "these words are not a name": stop trying the later shapes.
NOT_A_NAME = object()
_CENTRE = normalise("مركز")
_PROGRAMME = normalise("برنامج")
#: Words on either side of برنامج searched for a word of broadcasting.
_BROADCAST_REACH = 4
_MINISTRY = normalise("وزارة")
#: A word written with a hamza on its first alif and then ل (إلغاء، ألعاب، إلزام) has no
#: article, though normalised (الغاء) it reads as one: after a definite word of a name it
#: is an indefinite noun, which no idafa or adjective of the name can be.
_HAMZA_ALIF_LAM = ("إل", "أل")
#: Verbal nouns of the derived forms (IV إفعال, VII انفعال, VIII افتعال, X استفعال, II
#: تفعيل, VI تفاعل, III مفاعلة), سياسة and شؤون: the portfolio words a ministry's name
#: joins with و (وإصلاح الإدارة، وتحديث القطاعات، وسياسة المدينة، وشؤون المغتربين،
#: ومكافحة الفساد). Wright, Grammar I §§ 195-208.
_PORTFOLIO = re.compile(r"^(?:ا[^اوي]{2}ا[^اوي]|ان[^اوي]{2}ا[^اوي]|ا[^اوين]ت[^اوي]ا[^اوي]"
                        r"|است[^اوي]{2}ا[^اوي]|ت[^اوي]{2}ي[^اوي]|ت[^اوي]ا[^اوي]{2}|سياسه"
                        r"|م[^اوي]ا[^اوي]{2}ه|شوون)$")


#: A relative adjective's ending, ية after a consonant (حكومية), not after a long vowel
#: (وقاية، رعاية: a verbal noun), as written.
_RELATIVE_ENDING = re.compile(r"[^اوى]ي[ةه]$")


def _portfolio_noun(norm: str) -> bool:
    return bool(_PORTFOLIO.match(norm))
#: دار, a house (دار الصانع), is also the verb "revolved": before حول / بين after its
#: subject (دار الحديث حول، دار النقاش بين) it names no house (lexicon org_cues).
_HOUSE = normalise("دار")
_ABOUT = frozenset(map(normalise, ("حول", "بين")))
#: Prepositions of a level or field (على المستوى الشعبي، في المجال الطبي), not of a body.
_LEVEL_PREPS = frozenset({"علي", "في"})
_NOT = normalise("غير")
#: ة written ت before a possessive pronoun (إدارتها، إدارته), as written: normalised, ة
#: and ه are one letter (السفلتة would end in ته).
_POSSESSIVE_NOUN_ENDINGS = tuple("ت" + p for p in ("ها", "ه", "هم", "هما"))
#: "General" (المشرف العام): an adjective, though العام ("the year") is a stop word.
_GENERAL = frozenset(map(normalise, ("العام", "العامة")))
#: The words that make العام "the year" after it (lexicon relative_dates.tsv: الماضي،
#: الجاري، نفسه …), and ه-suffixed forms.
_YEAR_WORDS_AFTER = frozenset(normalise(r.form) for r in load_lexicon()["relative_dates"])
#: Prepositions a participle governs (المشرف على، المسؤول عن، الهادف إلى), as written.
_GOVERNED_PREPS = frozenset({"على", "عن", "إلى", "الى"})
#: The same prepositions and في, normalised (فى of Egyptian copy is في): after a second
#: ل verbal noun that follows a complement they open its object, a purpose (… للكهرباء
#: | للمساهمة في تمويل …), never a third field of the name.
_PURPOSE_PREPS = frozenset(map(normalise, _GOVERNED_PREPS | {"في"}))
#: الإدارة with a proclitic or none (والإدارة، للإدارة) → the proclitic's length, normalised:
#: إدارة is also "management" (إدارة الأزمة، مجلس الإدارة), so it is no cue noun of its own
#: (general_administrations); such a body has the type of a directorate, مديرية.
_ADMINISTRATION = {normalise(w): n for w, n in (
    ("الإدارة", 0), ("والإدارة", 1), ("فالإدارة", 1), ("بالإدارة", 1), ("للإدارة", 1))}
_GENERAL_F = normalise("العامة")
_DIRECTORATE = normalise("مديرية")
# Cues that are broken plurals: a plural of things takes a feminine singular adjective
# (الأوقاف الإسلامية، الكتائب المسلحة), so these are no masculine cue (_feminine_after).
_BROKEN_PLURAL_CUES = frozenset(map(normalise, ("كتائب", "أوقاف")))


def _dual_descriptor(norm: str) -> str:
    """The descriptor cue (شركه) of a dual form with or without proclitics (شركتي،
    لشركتي، وشركتا: ة is written ت before the dual ending), else ""."""
    for _, w in candidates(norm):
        if w.endswith(("تي", "تا")) and w[:-2] + "ه" in DESCRIPTOR_CUES:
            return w[:-2] + "ه"
    return ""


def _generic(phrase: str) -> bool:
    """A normalised cue phrase that names a part or trait any body has (lexicon
    generic_phrase: مجلس الإدارة، الجمعية العمومية), also with definite adjectives or
    conjuncts or a لل complement after it (الجمعية العمومية العادية، هيئة التدريس والطلاب،
    حملة جمع تبرعات للأسر، عضو مجلس الإدارة المنتدب: the adjective is the title's): those
    qualify the part, they name no body."""
    if phrase in GENERIC_PHRASES:
        return True
    words = phrase.split()
    return any(" ".join(words[:n]) in GENERIC_PHRASES and all(
        w.startswith(("ال", "وال", "لل")) or w == _NOT for w in words[n:])
        for n in range(2, len(words)))


#: acronym_intro words with a pronoun: they point back to the last body named.
_PRONOUN_INTROS = frozenset(map(normalise, ("اختصاره", "اختصارها")))


class _CuePhrase:
    """What the shapes of one cue phrase share: the cue token ``i``, its ``stem`` (the
    cue without proclitics), the phrase's ``start`` offset, its default ``label``, the
    sentence end ``stop`` and ``j``, the first token after the cue."""
    __slots__ = ("i", "stem", "start", "label", "stop", "j")

    def __init__(self, i, stem, start, label, stop, j):
        self.i, self.stem, self.start, self.label, self.stop, self.j = (
            i, stem, start, label, stop, j)

    @property
    def keeps_cue(self) -> bool:
        """A descriptive name keeps its cue (منظمة الصحة العالمية); after a descriptor
        cue the name proper is the name alone (صحيفة الغارديان → الغارديان)."""
        return self.stem not in DESCRIPTOR_CUES


class OrganisationPasses(TokenView):
    """The organisation passes :func:`khabar.entities.find_mentions` runs first."""

    # ------------------------------------------------------------ gazetteer
    def _gaz(self, i: int) -> FoundMention | None:
        """The longest gazetteer alias at token ``i`` (with a proclitic: لشركة أمازون);
        after a descriptor cue the name proper is the alias without it (وكالة رويترز →
        رويترز)."""
        hit = self.match(self.keys, i, self.sentence_end[i])
        if not hit:
            return None
        n, prefix, entry = hit
        if prefix and self.texts[i] in WHOLE_WORDS:
            return None     # وابل من الصواريخ: "a volley", one word, no و + ابل (Apple)
        if prefix and entry.label == "PLACE" and self.norms[i][:prefix].endswith(("ال", "لل")):
            # السورية، للسورية: a place name written without the article (سورية) and
            # found by stripping one is the relative adjective (نظيرتها السورية), not
            # the country; names that take the article have it in their alias (العراق).
            return None
        if not prefix and i > 0 and _is_nisba(self.norms[i]) and self._definite(self.norms[i]) \
                and self.kinds[i - 1] == "arabic" and self._definite(self.norms[i - 1]):
            # السياسة الخارجية الأمريكية: an alias that opens with a relative adjective
            # (الخارجية الأمريكية for the ministry) qualifies the definite noun before it
            return None
        start = self._offset_after(i, prefix) if prefix else self.starts[i]
        end = self.ends[i + n - 1]
        name = self.text[start:end]
        cue = _word(self.norms[i]).cue if self.kinds[i] == "arabic" else None
        if n > 1 and cue and cue[1] in DESCRIPTOR_CUES:     # وكالة رويترز → رويترز
            name = self.text[self.starts[i + 1]:end]
        tail = self._agency_tail(i + n, self.sentence_end[i], entry) if n > 1 and cue and (
            self._names_body_after_cue(i, n, entry)) else 0
        if tail:                    # هيئة الأمم المتحدة | لشئون المياه: an agency of its own
            end = self.ends[tail - 1]
            return FoundMention(i, tail, start, end, self.text[start:end], "ORG", "cue",
                                cue[1])
        return FoundMention(i, i + n, start, end, name, entry.label, "gazetteer",
                            cue[1] if cue else "", gaz=entry)

    def _complement_cue(self, k: int, stop: int) -> bool:
        """Whether the cue at token ``k`` is ل + a complement head in idafa with a definite
        noun (الهيئة الوطنية لتنظيم الاتصالات: تنظيم is also a cue noun, "organisation"):
        what the body is for, part of its name, no new body."""
        return self.norms[k] in COMPLEMENT_HEADS and bool(
            self._complement_at(k + 1, stop, self._after_adjective(k)))

    def _after_adjective(self, k: int) -> bool:
        """Token ``k`` follows a definite adjective of a body (العامة، الوطني، القومية،
        الأعلى): a ل complement there is part of the name (الهيئة العامة لتنظيم …)."""
        prev = self.norms[k - 1] if k > 0 else ""
        return self._definite(prev) and not prev.startswith(("لل", "وال")) and (
            _is_nisba(prev) or prev in _GENERAL or prev in NAME_ADJECTIVES
            or _adjective_shaped(prev))

    def _definite_tail(self, k: int, stop: int, free: int, linking: bool = True,
                       facility: bool = False, campaign: bool = False,
                       closed: bool = False) -> int:
        """End of the definite words of a name from token ``k``, ``free`` of them already
        taken: two free definite words (الصحة العالمية); more only when linked by لل, و
        or a function word (النخيل للطاقة المتجددة، الدفاع عن المهاجرين), so an object
        after the name is not taken (بنك الخليج الأول | القيمة الإجمالية). Without
        ``linking``, no function word links (after a place: جريدة فلسطين | عن التراث).
        For a ``facility`` (a hospital or school, org_cues.tsv facility) a relative
        adjective closes the name and a definite noun with و after it is a new conjunct
        (مدرسة الفجر الابتدائية | والمكتبة العامة); another relative adjective joins it
        (مستشفى الأمراض النفسية والعصبية). A second لل word with its own preposition
        after a لل complement is a purpose (جامعة النور للعلوم | للانفتاح على …), as
        after a known name. The plural of a kind of body with و is a
        second subject (توافقت وزارة الداخلية | والأحزاب: name_boundaries body_plural).
        For a ``campaign`` with words of its own, ل
        after them is what it is for, not its name (حملة الخير | لدعم الأسر، حملة الأمل |
        للأيتام). For a body ``closed`` by its field or place (org_cues closed_by_field:
        وزارة الزراعة، بلدية الزرقاء) ل after them is the verb's purpose or the one spoken
        to (سعت وزارة الزراعة | لتطوير القطاع، أعلنت وزارة الصحة | للمواطنين), except after
        الدولة (وزارة الدولة لشؤون البيئة), and a plural of people with و after them is a
        second subject (وزارة الصحة | والأطباء: name_boundaries people_plural).
        docs/arabic.md, *Names and cue nouns*."""
        linked = complemented = False
        while (k < stop and (self._arabic_word(k) or self._joint_dash(k, stop))
               and not self._ends_name(k)
               and (not self._any_cue(k) or self._complement_cue(k, stop))):
            n = self.norms[k]
            if n in DASHES:
                k, linked = k + 2, False    # السعودي - الأمريكي: one joint body's name
                continue
            if campaign and n.startswith("ل") and (n.startswith("لل") or n in COMPLEMENT_HEADS):
                break                   # حملة الخير | لدعم الأسر: a purpose
            if closed and n.startswith("ل") and (n.startswith("لل") or n in COMPLEMENT_HEADS) \
                    and self.norms[k - 1] != _STATE:
                break                   # وزارة الزراعة | لتطوير القطاع: a purpose
            if self.texts[k].startswith(_HAMZA_ALIF_LAM) and k > 0 and self._definite(
                    self.norms[k - 1]):
                break                   # وزارة الصحة | إلغاء القرار: no article, an object
            if n in RULING_ADJECTIVES and self._definite(self.norms[k - 1]):
                break                   # الحزب الشعبي | الحاكم: "ruling", not ديوان الحاكم
            if linking and n in NAME_FUNCTION_WORDS and k + 1 < stop and self._definite(
                    self.norms[k + 1]):
                k, linked = k + 2, True
            elif n in POSSESSORS and k + 1 < stop and self._arabic_word(k + 1) and (
                    self._definite(self.norms[k + 1])) and not self._ends_name(k + 1):
                k, linked = k + 2, True     # جمعية الأطفال ذوي الإعاقة: "with disability"
            elif self._definite(n) and n.startswith("وال") and (
                    n[1:] in NAME_END or n[1:] in BODY_PLURALS):
                # مجلس الإدارة والرئيس التنفيذي، وزارة الداخلية والأحزاب: a new conjunct
                break
            elif closed and n.startswith("وال") and n[1:] in PEOPLE_PLURALS:
                break                   # وزارة الصحة | والأطباء: the ministry and the doctors
            elif facility and n.startswith("وال") and _is_nisba(self.norms[k - 1]) and (
                    not _is_nisba(n[1:])):
                break                   # مدرسة الفجر الابتدائية | والمكتبة: another place
            elif self._definite(n) and n.startswith("وال") and (
                    k + 1 < stop and self._definite(self.norms[k + 1])
                    and not self.norms[k + 1].startswith(("لل", "وال"))
                    and not _adjective_shaped(self.norms[k + 1])
                    and self.norms[k + 1] not in NAME_ADJECTIVES):
                # وزارة التراث والسياحة التوجيهات السامية: after a conjunct a definite
                # word that is no adjective is the verb's object, not the name's
                k += 1
                break
            elif n.startswith("لل") and k + 1 < stop and self.kinds[k + 1] == "number":
                break                   # الخطة الاستراتيجية للوزارة للأعوام 2026: a period
            elif n.startswith("لل") and complemented and k + 1 < stop and (
                    self.norms[k + 1] in _PURPOSE_PREPS):
                break                   # جامعة … للعلوم الإنسانية | للانفتاح على: a purpose
            elif n.startswith("لل") and self._verb_object_after(k, stop):
                break                   # ديوان الوقف | للقيام بحملة: a purpose
            elif self._definite(n) and n.startswith(("لل", "وال")):
                complemented = complemented or n.startswith("لل")
                k, linked = k + 1, True
            elif self._object_of_complement(k, stop):
                k += 1                  # الهيئة الوطنية للنهوض بالمرأة: its object
            elif self._number_clash(k) or (
                    self._governs_preposition(k) and _is_nisba(self.norms[k - 1])):
                break                   # الاتحاد الأوروبي | اللاجئين، المشرف | على …
            elif n in COMPLEMENT_HEADS and self._complement_at(
                    k + 1, stop, self._after_adjective(k)):
                # لشؤون اللاجئين، لمدينة مكة: ل and a noun in idafa with a definite noun
                # or a place, what the body is for or where (lexicon complement_head)
                k, linked = k + 1 + self._complement_at(
                    k + 1, stop, self._after_adjective(k)), True
                complemented = complemented or n.startswith("ل")
            elif self._object_after_complement(k):
                break                   # الإدارة العامة للمرور | التوعية بـ…: an object
            elif self._definite(n) and (linked or _is_nisba(n) or free == 0 or (
                    free == 1 and (_adjective_shaped(n) or n in NAME_ADJECTIVES
                                   or self._general_adjective(k, stop)))
                    # an ordinal agrees as an adjective does: the unit's rank (قيادة
                    # المنطقة العسكرية الرابعة، بنك الخليج الأول)
                    or n in ORDINALS):
                # a second free word only of an adjective's shape (منظمة الصحة العالمية,
                # but أعلنت وزارة الصحة الخطة: an object), a third only as a relative
                # adjective (جمعية العمال العربية الفلسطينية), which agrees with the name
                k, free, linked = k + 1, free + 1, False
            else:
                break
        return k

    def _joint_dash(self, k: int, stop: int) -> bool:
        """Token ``k`` is a dash between two definite relative adjectives of one name, the
        parties of a joint body (مجلس الأعمال السعودي - الأمريكي، الشركة المصرية-الكويتية
        للاستثمار، غرفة التجارة العربية – البريطانية): the name goes on after it.
        docs/arabic.md, *Names and cue nouns*."""
        return (self.norms[k] in DASHES and 0 < k and k + 1 < stop
                and self.kinds[k - 1] == "arabic" and _is_nisba(self.norms[k - 1])
                and self._arabic_word(k + 1) and _is_nisba(self.norms[k + 1]))

    def _general_adjective(self, k: int, stop: int) -> bool:
        """Token ``k`` is العام "general, public" of a name (هيئة النقل العام، الأمن العام),
        not "the year": no relative year word or number after it (أعلن المجلس العام
        الماضي، العام 2024)."""
        if self.norms[k] not in _GENERAL:
            return False
        nxt = self.norms[k + 1] if k + 1 < stop else ""
        return nxt not in _YEAR_WORDS_AFTER and not (
            k + 1 < stop and self.kinds[k + 1] == "number")

    def _verb_object_after(self, k: int, stop: int) -> bool:
        """Whether the لل word at token ``k`` is a verbal noun with its object after ب, an
        indefinite noun that is no known place (للقيام بحملة، للتبرع بمبلغ): what the body
        does, a purpose, not what it is named for (الهيئة الوطنية للنهوض بالمرأة has the
        article; جامعة … للعلوم بجدة a place)."""
        p = k + 1
        if p >= stop or not self._arabic_word(p):
            return False
        n = self.norms[p]
        if len(n) < 4 or not n.startswith("ب") or n.startswith("بال"):
            return False
        g = self._match(p, stop)
        return not (g and g[1] == 1 and g[2].label == "PLACE")

    def _object_of_complement(self, k: int, stop: int) -> bool:
        """Whether token ``k`` is ب and a definite noun right after a لل verbal noun of a
        name (الهيئة الوطنية للنهوض بالمرأة، المجلس الأعلى للارتقاء بالتعليم): the object
        the verbal noun takes with its preposition, part of what the body is named for.
        Not a known place (… للعلوم بالرياض: where it is) nor a phrase with مع
        (… للتنمية بالتعاون مع …: "in cooperation with"). docs/arabic.md, Names and cue
        nouns."""
        n = self.norms[k]
        if not (k > 0 and self.norms[k - 1].startswith("لل") and n.startswith("بال")
                and len(n) > 5 and self._arabic_word(k)) or self._any_cue(k) or (
                self._ends_name(k)):
            return False
        if k + 1 < stop and self.norms[k + 1] == "مع":
            return False
        g = self._match(k, stop)
        return not (g and g[2].label == "PLACE")

    def _complement_at(self, k: int, stop: int, chain: bool = False) -> int:
        """Tokens of the noun a complement head governs at token ``k``: a definite word
        (اللاجئين) or a known place (مكة), else 0. With ``chain`` (the head follows the
        body's adjective, :meth:`_after_adjective`) also an indefinite noun in idafa with
        a definite word (الهيئة العامة لتنظيم قطاع النقل، الصندوق الوطني لدعم مشروعات
        الشباب: the head governs the first noun, which governs the second); after a
        name's field (وزارة الصحة | لتطوير خدمات …) ل is as often the verb's purpose."""
        if k >= stop or not self._arabic_word(k) or self._ends_name(k) or self._any_cue(k):
            return 0
        norm = self.norms[k]
        if self._definite(norm):
            return 1
        place = self._place_at(k, stop)
        if place or not chain:
            return place
        nxt = k + 1
        if (nxt < stop and not norm.startswith("و") and not is_stop_word(norm)
                and not _verb_shaped(norm) and self._arabic_word(nxt)
                and self._definite(self.norms[nxt]) and not self.norms[nxt].startswith("و")
                and not self._ends_name(nxt) and not self._any_cue(nxt)):
            return 2
        return 0

    def _definite_cue_phrase(self, i: int) -> FoundMention | None:
        """A definite cue with definite adjectives after it is a name (اللجنة القومية
        العربية); a definite cue alone (المنظمة) is anaphora and gives nothing. A cue of a
        relative adjective's shape right after a definite noun is that noun's adjective
        (البرامج الأكاديمية: academic programmes), no name and no anaphor."""
        norm = self.norms[i]
        if self.kinds[i] != "arabic" or not _word(norm).any_cue:
            return None
        # The definite reading, also behind proclitics: والحكومة، للحكومة (ل + ال).
        prefix, definite = _definite_cue_reading(norm)
        stem = definite[2:]
        if not definite or ORG_CUES[stem] == "project":
            return None
        if self._adjective_cue(i, prefix, definite):
            return None                 # البرامج الأكاديمية: academic programmes
        k, stop = i + 1, self.sentence_end[i]
        end = self._numbered_end(stem, k, stop)
        if end:                                         # الكتيبة 310 للحماية والإسناد
            start = self._offset_after(i, prefix)
            return FoundMention(i, end, start, self.ends[end - 1],
                                _with_article(self.text[start:self.ends[end - 1]]), "ORG",
                                "cue", stem)
        # Three words, or up to seven when a لل complement links them (الشركة الصينية
        # العامة للهندسة المعمارية، الاتحاد الوطني للزراعة والصيد والصناعات الغذائية):
        # the words after a لل word belong to it.
        dashes = 0                      # tokens of dashes crossed, no words of the count
        while True:
            while (k < min(stop, dashes + i + (8 if any(self.norms[x].startswith("لل")
                                                        for x in range(i + 2, k)) else 4))
                   and self._arabic_word(k) and (self._definite(self.norms[k])
                                                 or self._object_of_complement(k, stop))
                   # والعسكرية: a new conjunct, unless it joins a لل complement
                   # (الدائرة المركزية للتنظيم والبناء) or a relative adjective to another
                   # (المجلس الاقتصادي والاجتماعي: not a country's, الحكومة المصرية والسودانية
                   # are two governments)
                   and (not self.norms[k].startswith("و") or (
                       self.norms[k].startswith("وال") and (
                           self._joins_complement(k, i) or self._conjunct_adjective(k))))
                   # … للتربية والثقافة | الورشة: after the fields only an adjective follows
                   # (… والمناطق الحرة; a doubled root is short: الحرة، العامة)
                   and not (self.norms[k - 1].startswith("وال") and not self.norms[k].startswith(
                       "و") and not _adjective_shaped(self.norms[k]) and len(self.norms[k]) > 5)
                   and not self._any_cue(k) and not self._ends_name(k)
                   # الحاكم after definite words is "ruling": no word of the name
                   and self.norms[k] not in RULING_ADJECTIVES
                   and not self._feminine_after(i, stem, k)
                   and not self._object_after(i, k)
                   and not self._object_after_complement(k, i + 1)
                   and not self._number_clash(k)
                   and not (self._governs_preposition(k) and (k == i + 1 or _is_nisba(
                       self.norms[k - 1])))):
                k += 1
            if k > i + 1 and k < stop and self._joint_dash(k, stop):
                k, dashes = k + 2, dashes + 1   # المجلس السعودي - الأمريكي: one joint body
                continue
            break
        # The first word must be an adjective of the cue: not a conjunct (الهيئة والقطاعات)
        # nor a masculine relative adjective after a feminine cue, which qualifies the noun
        # before (دور الهيئة الرقابي).
        if k > i + 1:
            first = self.norms[i + 1]
            if not first.startswith("ال") or (
                    self.texts[i].endswith("ة") and first.endswith("ي")):
                return None
            # nor any masculine word after a feminine singular cue (سعي الجمعية الحثيث،
            # احترام المنظمة الكامل): an adjective agrees, so that one qualifies the noun
            # before; a feminine adjective ends in ة, or in ى / ا / اء (الكبرى، العليا)
            if self.texts[i].endswith("ة") and not self.texts[i + 1].translate(
                    _UNMARK).endswith(("ة", "ى", "ا", "اء")):
                return None
            # وافقت اللجنة الخطة: after a verb a definite cue is a subject and the
            # definite noun after it its object. A name's first word is an adjective of
            # the cue; a word of no adjective shape is that object (_adjective_shaped).
            if not _adjective_shaped(first) and first not in NAME_ADJECTIVES and not (
                    # الاتحاد العام للصناعة: العام "general" before a لل complement (alone
                    # it is as often "the year": أعلن المجلس العام الماضي)
                    first in _GENERAL and k > i + 2 and self.norms[i + 2].startswith("لل")):
                return None
        if k == i + 1:
            return None
        if k < stop and self.norms[k][:1] == "و" and self.norms[k][1:] in FIRM_SIZES and any(
                self.norms[x] in FIRM_SIZES for x in range(i + 1, k)):
            return None                 # المؤسسة الصغرى والمتوسطة: a class of firms (SMEs)
        cue = stem
        if k < stop and self.norms[k] in COMPLEMENT_HEADS:     # الجمعية السعودية لهواة …
            k = self._definite_tail(k, stop, 2, closed=stem in CLOSED_BY_FIELD_CUES)
        elif self._listed_complement(i, k, stop):             # …، والهيئة القومية لسلامة الغذاء
            k += 2
        elif k == i + 2 and stem not in OFFICE_CUES and (
                self.norms[i + 1][2:].removesuffix("ه") in KIND_ADJECTIVES):
            inner = self._body_complement(k, stop, ORG_CUES[stem] == "other")
            if inner:
                k = inner[0]
                if ORG_CUES.get(stem, "other") == "other" and inner[1] in ORG_CUES:
                    cue = inner[1]
        if k < stop and self.texts[k] in OPENERS and all(
                _is_nisba(self.norms[x]) for x in range(i + 1, k)):
            # الشركة السعودية «مداد للطاقة»: a definite cue and its relative adjectives
            # describe the body whose name the quote marks hold; after a descriptor cue
            # (شركة، وكالة) the mention is the quoted name, as after وكالة أنباء
            at = self.starts[k] if stem in DESCRIPTOR_CUES else self._offset_after(i, prefix)
            m = self._shape_quoted(_CuePhrase(i, stem, at, "ORG", stop, k))
            if m:
                return m
        k = self._governed_end(i, k, stop)              # … للدفاع | عن حقوق الإنسان
        k = self._seat_end(i, stem, k, stop)                   # الجامعة الأمريكية بالشارقة
        start, end = self._offset_after(i, prefix), self.ends[k - 1]
        # The name proper is the phrase with its article (للحكومة → الحكومة …).
        name = _with_article(self.text[start:end])
        return FoundMention(i, k, start, end, name, "ORG", "cue", cue)

    def _governed_end(self, i: int, k: int, stop: int) -> int:
        """End of a definite cue's name at token ``k`` that stops after a لل verbal noun
        taking its own preposition (name_boundaries prepositional_noun: للدفاع), past that
        preposition (a name_function word: عن) and the noun it governs, a definite word or
        an indefinite noun in idafa with one (حقوق الإنسان), with the definite words
        joined to it (الحقوق والحريات): what the body defends is its name (الرابطة
        التونسية للدفاع عن حقوق الإنسان). Else ``k``. docs/arabic.md, Names and cue
        nouns."""
        if not (i + 1 < k < stop - 1 and self.norms[k - 1] in PREPOSITIONAL_NOUNS
                and self.norms[k] in NAME_FUNCTION_WORDS):
            return k
        e = self._complement_at(k + 1, stop, True)
        return self._definite_tail(k + 1 + e, stop, 2) if e else k

    def _conjunct_adjective(self, k: int) -> bool:
        """Token ``k`` (وال…) is a relative adjective joined by و to the relative adjective
        before it, neither a country's: both qualify the name (المجلس الاقتصادي والاجتماعي
        والبيئي، المعهد العربي والأفريقي)."""
        a, b = self.norms[k - 1], self.norms[k][1:]
        return _is_nisba(a) and _is_nisba(b) and not self.norms[k - 1].startswith("و") \
            and a not in _COUNTRY_WORDS and b not in _COUNTRY_WORDS or (
                _is_nisba(b) and a.startswith("وال") and self._conjunct_adjective(k - 1)
                and b not in _COUNTRY_WORDS)

    def _joins_complement(self, k: int, i: int) -> bool:
        """Whether a definite word with و at token ``k`` is one more field of a لل
        complement after the cue at ``i``: the words before it back to a لل word are all
        definite words with و (اللجنة الوطنية للتربية والثقافة والعلوم), so the list is
        the complement's, not a new conjunct of the sentence."""
        j = k - 1
        while j > i and self.norms[j].startswith("وال"):
            j -= 1
        return j > i and self.norms[j].startswith("لل")

    #: Set while :meth:`_body_complement` reads the body after a unit, so that body's
    #: own phrase does not look for a body after it again (no recursion on a hostile run
    #: of «المركز الإعلامي للمركز الإعلامي …»).
    _in_body_complement = False

    def _numbered_end(self, stem: str, k: int, stop: int) -> int:
        """End of the name of a unit cue ``stem`` (org_cues numbered: كتيبة) named by the
        number at token ``k``, with the لل words of what it is for (الكتيبة 310 للحماية
        والإسناد); 0 when no number follows. docs/arabic.md, Names and cue nouns."""
        if stem not in NUMBERED_CUES or k >= stop or self.kinds[k] != "number":
            return 0
        if k + 1 < stop and self._arabic_word(k + 1) and self.norms[k + 1].startswith("لل"):
            return self._definite_tail(k + 1, stop, 2)
        return k + 1

    def _body_complement(self, k: int, stop: int, unit: bool) -> tuple[int, str] | None:
        """A unit named by a definite cue and its kind adjective (المركز الإعلامي،
        المنظمة العربية: lexicon kind_adjective) and ل with an organisation after it is
        that body's unit, one name (المركز الإعلامي للسلطة القضائية، المنظمة العربية
        لجمعيات الهلال الأحمر): the kind adjective says what sort of unit, the ل phrase
        whose. The organisation is a known name or a cue phrase behind the ل (للسلطة
        القضائية، لوزارة الصحة), or a cue noun's sound feminine plural in idafa with
        definite words (لجمعيات الهلال الأحمر: a union of such bodies); a single body
        only after a ``unit`` cue of no type of its own (مركز، صندوق): after a council or
        a ministry ل and a body is as often the verb's dative (قدم المجلس الوطني للجنة
        تقريره: "to the committee"). Returns the
        end token and the cue that types the whole (the body's when the unit's says
        only "other"), or None. Office cues (المكتب الإعلامي لحركة …) keep their own
        rule: the office is part of the body, which is the mention
        (:meth:`_office_of_body`). docs/arabic.md, Names and cue nouns."""
        if (self._in_body_complement or k >= stop or not self._arabic_word(k)
                or not self.norms[k].startswith("ل")):
            return None
        norm = self.norms[k]
        single = norm[1:-2] + "ه" if norm.endswith("ات") and not norm.startswith("لل") else ""
        if single in ORG_CUES and k + 1 < stop and self._arabic_word(k + 1) and (
                self._definite(self.norms[k + 1]) and not self._ends_name(k + 1)):
            return self._definite_tail(k + 1, stop, 0), single     # لجمعيات الهلال الأحمر
        if not unit:
            return None
        self._in_body_complement = True
        try:
            found = [m for m in (self._gaz(k), self._cue_phrase(k))
                     if m and m.label == "ORG" and m.t0 == k and (
                         m.start > self.starts[k] or norm.startswith("لل"))]
        finally:
            self._in_body_complement = False
        if not found:
            return None
        best = max(found, key=lambda m: m.t1)
        return best.t1, best.cue

    def _number_clash(self, k: int) -> bool:
        """Token ``k`` is a definite sound masculine plural (اللاجئين، المستثمرين) right
        after a singular relative adjective (الأوروبي، الأوروبية) or another singular
        feminine adjective (العامة، المستقلة): adjectives of one noun
        agree with it in number, and no cue noun is a plural of people, so the plural is
        no adjective of the name but the object of the verb before it (استقبل الاتحاد
        الأوروبي اللاجئين). A plural after a plural stays (جمعية المهندسين الكويتيين).
        docs/arabic.md, Names and cue nouns."""
        n, prev = self.norms[k], self.norms[k - 1]
        # a feminine singular adjective too (قدمت النيابة العامة المتهمين للمحاكمة)
        return (len(n) >= 7 and n.startswith("ال") and n.endswith(("ين", "ون"))
                and (_is_nisba(prev) or prev in _GENERAL or prev.endswith("ه") and (
                    self._definite(prev) and _adjective_shaped(prev))))

    def _governs_preposition(self, k: int) -> bool:
        """Token ``k`` is a definite participle (الم…, no relative adjective: المشرف،
        المسؤولة) with its own preposition after it (على، عن، إلى), or after one
        adjective of it (المشرف العام على، المسؤول الأول عن). Right after
        the cue or a relative adjective of it, that is a clause that describes the body
        (الديوان الملكي المشرف على المشروع: "the royal court, which oversees"), not a
        word of its name; after a noun the body is named for, it qualifies that noun
        and may be named with it (اتحاد الهيئات المشرفة على …), so the callers test
        the word before. docs/arabic.md, Names and cue nouns."""
        n = self.norms[k]
        if not (len(n) >= 6 and n.startswith("الم") and not _is_nisba(n)):
            return False
        p = k + 1
        if p + 1 < self.ntokens and self._arabic_word(p) and (self.norms[p] in _GENERAL or (
                self._definite(self.norms[p]) and _adjective_shaped(self.norms[p]))):
            p += 1                      # المشرف العام على …: the participle's adjective
        return p < self.ntokens and self.texts[p] in _GOVERNED_PREPS

    def _listed_complement(self, i: int, k: int, stop: int) -> bool:
        """Whether tokens ``k``, ``k + 1`` are a ل complement of the definite cue phrase
        at token ``i`` … ``k - 1`` that is an item of a list of bodies (after و or a
        comma: …، والهيئة القومية لسلامة الغذاء): ل and a noun in ة that governs a
        definite noun, what the body is for. Outside a list such a phrase after a verb
        and its subject is most often its purpose (خصصت الحكومة لمواجهة الأزمة …), so
        only a list item takes it. docs/arabic.md, Names and cue nouns."""
        if k + 1 >= stop or k < i + 2:
            return False
        listed = self.norms[i].startswith("و") or (i > 0 and self.texts[i - 1] in ",،")
        head, text = self.norms[k], self.texts[k]
        return (listed and head.startswith("ل") and not head.startswith("لل")
                and text.endswith("ة") and len(head) >= 5 and self._arabic_word(k)
                and not self._any_cue(k) and not self._match(k, stop)
                and self._arabic_word(k + 1) and self._definite(self.norms[k + 1])
                and not self._any_cue(k + 1) and not self._ends_name(k + 1))

    def _object_after(self, i: int, k: int) -> bool:
        """Token ``k``, a definite word after the first adjective of the definite cue at
        token ``i`` and no لل word, is no adjective (:func:`_adjective_shaped`, the name
        adjectives): the object of the verb before the cue (ويقدم البنك الدولي الخبرات،
        منح البرلمان الأوروبي الضوء الأخضر), as the first word is tested (اللجنة الخطة).
        After a لل complement the words belong to it (للهندسة المعمارية)."""
        if k < i + 2 or any(self.norms[x].startswith("لل") for x in range(i + 1, k)):
            return False
        n = self.norms[k]
        return not n.startswith("لل") and not _adjective_shaped(n) and n not in NAME_ADJECTIVES

    def _object_after_complement(self, k: int, floor: int = 0) -> bool:
        """Whether token ``k``, a definite word right after a لل complement and its
        adjectives (الإدارة العامة للمرور | التوعية بالقواعد، الهيئة العامة للرياضة |
        البطولة، المركز الوطني للصحفيين الأجانب | الوفد), is the object of the
        verb before the name: the complement is definite, so a noun after it is in no
        idafa with it, and the word is no adjective of it (:func:`_adjective_shaped`, a
        name adjective or an ordinal; a verbal noun on تفعلة, التوعية، التنمية, ends in يه
        as an adjective does but is a noun, :func:`_verbal_noun_shaped`). A conjunct with
        و, another لل word and ب with its object are read by the callers. The complement
        is at ``floor`` or after it: a cue written with لل (للاتحاد العام للعمال) is no
        complement of itself. docs/arabic.md, Names and cue nouns."""
        def adjective(n: str) -> bool:
            # للمراسلين الأجانب: a broken plural adjective on أفاعل agrees with a plural
            return (len(n) == 7 and n[2] == "ا" and n[4] == "ا") or (
                _adjective_shaped(n) and not _verbal_noun_shaped(n)) or (
                n in NAME_ADJECTIVES or n in ORDINALS)
        n = self.norms[k]
        if not self._definite(n) or n.startswith(("لل", "و", "ب")) or adjective(n):
            return False
        x = k - 1                       # back over the complement's adjectives (… الأجانب)
        while x > max(0, k - 3) and adjective(self.norms[x]) and not self.norms[x].startswith(
                "لل"):
            x -= 1
        return x >= floor and self.norms[x].startswith("لل")

    def _feminine_after(self, i: int, stem: str, k: int) -> bool:
        """Token ``k`` is a feminine word after the masculine singular definite cue at
        token ``i``: an adjective agrees with its noun in gender, so a word ending in ة
        qualifies a noun before the cue, not the cue (جهود المجلس الإقليمي الهادفة إلى
        …: "the efforts … aiming at", not a body named المجلس الإقليمي الهادفة).
        docs/arabic.md, Names and cue nouns."""
        return ((self.texts[k].endswith("ة") or self.texts[k].translate(_UNMARK) in (
                    FEMININE_ADJECTIVES)) and not self.texts[i].endswith(("ة", "ات", "ا"))
                and stem not in _BROKEN_PLURAL_CUES
                # الاتحاد العام للصناعة: a لل complement is no adjective and agrees with
                # nothing; المعهد العالي للفنون المسرحية، … للصناعة والصناعات التقليدية:
                # an adjective right after it (or its conjunct) agrees with it, but not
                # after a masculine adjective of it (للعمل الأهلي | المشاركة)
                and not self.norms[k].startswith("لل")
                and not (k > i + 1 and self.norms[k - 1].startswith(("لل", "وال"))
                         and any(self.norms[x].startswith("لل") for x in range(i + 1, k))))

    def _cue_phrase(self, i: int) -> FoundMention | None:
        """The mention a cue word at token ``i`` opens (see :meth:`_cue_phrase_steps`).

        A cue followed by another cue (منظمة مركز …) takes the inner one's phrase, and a
        run of cues nests as deep as it is long: the steps run on an explicit stack, not
        by recursion, so a hostile run ("منظمة " * 1000) cannot exhaust Python's stack.
        Nesting stops at :data:`_MAX_NESTED_CUES` cues (news text nests two or three);
        without a bound every cue of such a run would walk the rest of it (quadratic).
        """
        if "\u064b" in self.texts[i]:
            return None     # حكومةً وشعباً: a cue word with tanween is an adverbial, no name
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
        """:meth:`_cue_phrase` as a generator, the dispatcher over the name shapes: it
        yields the token of a nested cue whose phrase it needs, is sent that phrase (or
        None), and returns the mention (or None)."""
        cue = self._cue(i)
        if not cue:
            return self._definite_cue_phrase(i)
        if i > 0 and self._counts_or_negates(i - 1):
            return None
        prefix, stem = cue
        j = i + 1
        stop = self.sentence_end[i]
        if j >= stop:
            return None
        label = "PLACE" if stem in VENUE_CUES else (
            "PROJECT" if ORG_CUES[stem] == "project" else "ORG")
        if label == "PROJECT" and self.norms[j].removeprefix("ال") in DRAFT_WORDS:
            return None             # مشروع قرار، مشروع قانون الموازنة: a draft text, no project
        if label == "PROJECT" and self.kinds[j] == "arabic" and not self.norms[j].startswith(
                ("ال", "لل")) and self.norms[j].endswith(("ي", "يه")):
            return None             # برنامج زمني، مشروع عملي: an indefinite adjective, no name
        if stem == _PROGRAMME and self._broadcast_near(i, stop):
            return None             # برنامج "X" على قناة Y: a show on a channel, no project
        if stem == _HOUSE and any(self.norms[k] in _ABOUT for k in range(j + 1, min(stop, j + 4))):
            return None             # دار الحديث (المذكور) حول …: the verb "revolved", no house
        if "ل" + stem in COMPLEMENT_HEADS and stem in DEFINITE_ONLY_CUES and (
                _definite_cue_reading(self.norms[j])[1]):
            return None     # عدل تنظيم | الهيئة العامة للنقل: a verbal noun, "the statute of"
        c = _CuePhrase(i, stem, self._offset_after(i, prefix), label, stop, j)
        if self._kind_noun_before_quoted_name(c):
            c.j += 1        # وكالة أنباء «الأفق»: the agency's kind, then its quoted name
            m = self._shape_quoted(c)
            if m:
                return m
            c.j = j
        if self.texts[j] in OPENERS:
            if stem in VERBAL_NOUN_CUES and self.norms[i].startswith("ب"):
                return None     # برئاسة "…": chaired by the person quoted, no body
            m = self._shape_quoted(c)
            if m:
                return m
            c.j += 1                                      # an unclosed opener
            if c.j >= stop:
                return None
        if self._cue(c.j) and stem not in VENUE_CUES:     # منظمة مركز …، موقع حملة …
            inner = yield c.j
            if inner:
                return self._nested(c, inner)
        for shape in self._SHAPES:
            m = shape(self, c)
            if m is NOT_A_NAME:
                return None
            if m is not None:
                return self._named_after_description(c, self._known_before_conjunct(c, m))
        return self._known_before_conjunct(c, self._shape_transliterated(c))

    def _known_before_conjunct(self, c: _CuePhrase, m: FoundMention) -> FoundMention:
        """``m``, or the known body it begins with when a conjunct runs on after that
        body's whole name (صندوق النقد الدولي | والمساعدات الخليجية: the fund and the aid,
        two things, not one body of four words): a gazetteer alias that opens at the cue
        and ends where a word with و starts, or where only a country's adjective follows
        (شركة شل | البريطانية)."""
        if m.gaz is not None or m.t0 != c.i:
            return m
        g = self._gaz(c.i)
        if g is None or g.gaz is None or g.label != "ORG" or not (c.i < g.t1 < m.t1):
            return m
        if self.norms[g.t1].startswith("و"):
            return g
        # شركة شل البريطانية: the known name and its country's adjective, the same body
        # (مجلس الأمن | القومي is another body: only a country's adjective is dropped)
        if all(self.norms[k] in _COUNTRY_ADJECTIVE for k in range(g.t1, m.t1)):
            return g
        return m

    #: Definite adjectives at most between a descriptive cue phrase and the name it
    #: describes (شركة النفط الوطنية | العملاقة | أرامكو السعودية).
    _MAX_DESCRIPTION_ADJECTIVES = 2

    def _named_after_description(self, c: _CuePhrase, m: FoundMention) -> FoundMention:
        """``m``, or, when a cue phrase with no name of its own only describes the body
        whose known name follows it (شركة صناعة الطائرات الأمريكية بوينغ، شركة النفط
        الوطنية العملاقة أرامكو السعودية: "the American aircraft maker Boeing"), the
        mention of description and name together, the body the gazetteer names: the
        description is an apposition, not a second body. Between them at most
        :data:`_MAX_DESCRIPTION_ADJECTIVES` definite adjectives (العملاقة); the name is a
        gazetteer organisation written without a clitic (a place after a description,
        وزارة الخارجية الأمريكية واشنطن, stays a place). docs/arabic.md, Names and cue
        nouns."""
        if m.gaz is not None or m.label != "ORG" or m.t0 != c.i:
            return m
        k = m.t1
        for _ in range(self._MAX_DESCRIPTION_ADJECTIVES + 1):
            if k >= c.stop or not self._arabic_word(k):
                return m
            g = self._match(k, c.stop)
            if g:
                if g[1] != 0 or g[2].label != "ORG":
                    return m
                return self._cue_mention(c, k + g[0], k, k + g[0], gaz=g[2],
                                         label=g[2].label)
            n = self.norms[k]
            if not (n.startswith("ال") and n.endswith(("ه", "يه", "ي")) and len(n) > 4) \
                    or self._any_cue(k) or self._ends_name(k):
                return m
            k += 1
        return m

    def _kind_noun_before_quoted_name(self, c: _CuePhrase) -> bool:
        """Whether an outlet's descriptor cue (وكالة، صحيفة، موقع: org_cues media descriptor;
        not a firm's: مجموعة شركات (…) is a kind of group) is followed
        by one indefinite noun of what kind it is and then a name in quote marks or
        brackets (وكالة أنباء «بلومبرج»، موقع أخبار «الأفق»): that noun is part of the
        description, like the cue, and the quoted words are the name."""
        j = c.j
        return (c.stem in DESCRIPTOR_CUES and ORG_CUES.get(c.stem) == "media"
                and j + 2 < c.stop and self._arabic_word(j) and self.norms[j] not in NAMING_VERBS
                and self.texts[j + 1] in OPENERS and not self._definite(self.norms[j])
                and not self._cue(j) and not self._ends_name(j)
                and self.norms[j][:1] not in ("و", "ف", "ب", "ل", "ك"))

    def _counts_or_negates(self, k: int) -> bool:
        """Token ``k`` before an indefinite cue makes it a common noun: an elative (أكبر
        شركة، أعلى سلطة), a count (35 نقابة أخرى: from eleven on Arabic counts with a
        singular indefinite noun; a year, 1900-2099, is no count: أكتوبر 2024 هيئة …) or
        غير, which turns مشروع into the adjective "legitimate" (عقد غير مشروع)."""
        t = self.texts[k]
        if self.kinds[k] == "arabic":
            # أعلى سلطة، أكبر شركة: an elative before an indefinite noun is a superlative
            # ("the highest authority"), of a common noun (name_boundaries elative)
            return self.norms[k] == _NOT or self.norms[k] in ELATIVES
        digits = t.replace(",", "").replace("٬", "")
        return digits.isdigit() and not (len(digits) == 4 and digits[:2] in ("19", "20"))

    def _cue_mention(self, c: _CuePhrase, t1: int, n0: int, n1: int, rule: str = "cue",
                     gaz: Entry | None = None, with_cue: bool = False,
                     label: str | None = None) -> FoundMention:
        """The mention of cue phrase ``c`` over tokens ``c.i`` … ``t1 - 1`` whose name
        proper is tokens ``n0`` … ``n1 - 1`` (from the cue on when ``with_cue``)."""
        i = c.i
        if gaz is None:
            # بيان الكتلة الطلابية في جامعة النور احتفالا بـ…: an accusative after the
            # name says why the body acted; the name ends before it
            cut = next((k for k in range(n0 + 1, t1) if self._arabic_word(k)
                        and _accusative_verbal_noun(self.norms[k], self.texts[k])), None)
            if cut is not None:
                t1 = n1 = cut
        if t1 == n1 and self._adjective_of_noun_before(c, t1):
            t1 = n1 = t1 + 1                    # صندوق احتياطي الأجيال القادمة
        if t1 == n1 and gaz is None:
            t1 = n1 = self._seat_end(i, c.stem, t1, c.stop)   # جامعة الملك فهد بالظهران
        name = self.text[c.start:self.ends[n1 - 1]] if with_cue else self._text(n0, n1)
        # حملة (لا تكنولوجيا … NoTechForApartheid): when a bracket or quote mark that
        # the mention does not close stands between cue and name, the mention is the
        # name alone, so no alias carries half a pair of brackets.
        start = c.start
        if not with_cue and self.texts[i + 1] in OPENERS and not any(
                self.texts[k] == OPENERS[self.texts[i + 1]] for k in range(i + 2, t1)):
            start = self.starts[n0]
        return FoundMention(i, t1, start, self.ends[t1 - 1], name, label or c.label, rule,
                            c.stem, gaz)

    def _seat_end(self, i: int, stem: str, k: int, stop: int) -> int:
        """End of a name of a seat cue ``stem`` (org_cues seat: جامعة، كلية، معهد) at
        token ``i`` that ends at token ``k``: past ب and a known place there, the city the
        university sits in, which is part of its name (الجامعة الأمريكية بالشارقة، جامعة
        الملك فهد بالظهران); else ``k``. A known body's name stays as the gazetteer has it
        (جامعة الدول العربية | بالقاهرة: the Arab League, at its seat). docs/arabic.md,
        Names and cue nouns."""
        if stem not in SEAT_CUES or k >= stop or not self._arabic_word(k) or (
                not self.norms[k].startswith("ب")):
            return k
        known = self._match(i, stop)
        if known and i + known[0] == k and known[2].label == "ORG":
            return k
        g = self._match(k, stop)
        return k + g[0] if g and g[1] == 1 and g[2].label == "PLACE" else k

    def _adjective_of_noun_before(self, c: _CuePhrase, k: int) -> bool:
        """Token ``k``, right after a name of cue phrase ``c`` that ends in a definite
        noun, is a definite feminine adjective that ends names (القادمة، المقبلة، المؤقتة:
        lexicon name_end, which describe a body rather than name it: الحكومة المقبلة)
        after a masculine singular cue: it cannot agree with the cue, so it qualifies the
        noun before it and is a word of the name (صندوق احتياطي الأجيال القادمة: "the
        fund of the coming generations"). docs/arabic.md, Names and cue nouns."""
        return (c.i + 1 < k < c.stop and self._arabic_word(k) and self.texts[k].endswith("ة")
                and self.norms[k] in NAME_END and self._definite(self.norms[k - 1])
                and not self.texts[c.i].endswith(("ة", "ات", "ا"))
                and c.stem not in _BROKEN_PLURAL_CUES)

    def _nested(self, c: _CuePhrase, inner: FoundMention) -> FoundMention:
        """A cue before another cue's phrase (منظمة مركز العمل …): one mention from the
        outer cue, whose type wins when the inner cue names the kind of thing only
        vaguely (مركز → other, منظمة → ngo)."""
        inner.t0, inner.start = c.i, c.start
        if ORG_CUES.get(c.stem) == "government" and c.keeps_cue:
            # ديوان رئاسة الجمهورية: a state body's office in idafa with another body is
            # a body of its own, named with its cue, never merged into رئاسة الجمهورية
            inner.name = self.text[c.start:inner.end]
        if ORG_CUES.get(inner.cue, "other") == "other" and ORG_CUES.get(
                c.stem, "other") not in ("other", "project"):
            inner.cue = c.stem
        return inner

    # ------------------------------------------------------------ name shapes
    # Each takes the cue phrase and returns a mention, None (not this shape: try the
    # next) or NOT_A_NAME (no mention at all).

    def _shape_quoted(self, c: _CuePhrase):
        """A quoted or bracketed name: مجموعة "العمل من أجل المناخ"، حملة (لا للتطبيع).
        When the brackets hold a Latin name after Arabic words, the mention is the Arabic
        part (the Latin part is found by :meth:`latin`). A number after a word of the
        name is part of it: a yearly campaign counts its rounds (حملة "شتاء 12")."""
        j, stop = c.j, c.stop
        closer = OPENERS[self.texts[j]]
        k = next((k for k in range(j + 1, min(stop, j + 12)) if self.texts[k] == closer), None)
        words = range(j + 1, k) if k else ()
        if not (k and k > j + 1 and self.kinds[j + 1] in ("arabic", "latin") and all(
                self.kinds[w] in ("arabic", "latin", "number") for w in words)):
            return None
        lat = next((w for w in words if self.kinds[w] == "latin"), None)
        if lat is None or lat == j + 1:
            g = self._match(j + 1, k)
            gaz = g[2] if g and g[0] == k - j - 1 and g[2].label != "PLACE" else None
            if gaz is None:
                # the cue and the quoted words may be the known name (مجموعة «زين»:
                # مجموعة زين), the quote marks aside
                g = self.match([self.keys[c.i]] + self.keys[j + 1:k], 0)
                gaz = g[2] if g and g[0] == k - j and g[2].label != "PLACE" else None
            return self._cue_mention(c, k + 1, j + 1, k, "quoted", gaz)
        return self._cue_mention(c, lat, j + 1, lat, "quoted")

    def _shape_numbered(self, c: _CuePhrase):
        """A unit named by its number: كتيبة 57 (:meth:`_numbered_end`)."""
        end = self._numbered_end(c.stem, c.j, c.stop)
        return self._cue_mention(c, end, c.j, end, with_cue=True) if end else None

    def _shape_latin(self, c: _CuePhrase):
        """A capitalised Latin name right after the cue: شركة Palantir Technologies."""
        j = c.j
        if self.kinds[j] == "latin" and self.texts[j][0].isupper():
            k = self._latin_run(j, c.stop)
            return self._cue_mention(c, k, j, k)
        return None

    def _shape_admin_unit(self, c: _CuePhrase):
        """An administrative unit and a known place: بلدية مدينة البيرة. مركز joined by و
        to an administrative unit before a place's name is Egypt's district (مركز ومدينة
        البدرشين: the district and the town): a place, no body."""
        j = c.j
        n = self.norms[j]
        if c.stem == _CENTRE and n.startswith("و") and n[1:] in ADMIN_UNITS and (
                j + 1 < c.stop and self._arabic_word(j + 1) and not self._ends_name(j + 1)
                and not self._any_cue(j + 1)):
            place = self._place_at(j + 1, c.stop) or 1
            return self._cue_mention(c, j + 1 + place, j, j + 1 + place, with_cue=True,
                                     label="PLACE")
        if self.norms[j] in ADMIN_UNITS and c.stem not in VENUE_CUES:
            place = self._place_at(j + 1, c.stop)
            if place:
                k = self._firm_field(c, j + 1 + place)
                return self._cue_mention(c, k, j, k, with_cue=True)
        return None

    def _firm_field(self, c: _CuePhrase, k: int) -> int:
        """End of a firm's name named after a place (شركة مدينة مصر للإسكان والتعمير، شركة
        مصر الجديدة للإسكان): after a company cue the line of business with لل, or ل and
        a complement head, is the name's, as after a one-word name; ``k`` is the token
        after the place (an adjective of the place's own name between, الجديدة, too).
        Elsewhere ``k``. docs/arabic.md, Names and cue nouns."""
        stop = c.stop
        if ORG_CUES.get(c.stem) != "company" or k >= stop:
            return k
        at = k + 1 if (k + 1 < stop and self.norms[k] in NAME_END and self._definite(
            self.norms[k]) and self._arabic_word(k)) else k
        n = self.norms[at] if at < stop and self._arabic_word(at) else ""
        if n.startswith("لل") and self._definite(n) or n in COMPLEMENT_HEADS and (
                self._complement_at(at + 1, stop, chain=True)):
            return self._definite_tail(at, stop, 2)
        return k

    def _shape_gazetteer(self, c: _CuePhrase):
        """A gazetteer name other than a place, without a clitic: شركة أمازون."""
        j = c.j
        g = self._match(j, c.stop)
        if g and g[1] == 0 and g[2].label != "PLACE":
            # a one-word name (اليونسكو، الأونروا) is an agency itself, with no agencies
            # of its own: ل after it is a purpose (منظمة اليونسكو | لإعادة تأهيل …)
            tail = self._agency_tail(j + g[0], c.stop, g[2]) if g[0] > 1 else 0
            if tail:
                return self._cue_mention(c, tail, j, tail, with_cue=True)
            return self._cue_mention(c, j + g[0], j, j + g[0], gaz=g[2], label=g[2].label)
        return None

    def _shape_located(self, c: _CuePhrase):
        """ب and a known place right after an indefinite cue says where the body is, not
        its name (مستشفى بالمخا، مدرسة بتعز: "a hospital in Mokha", like في)."""
        j = c.j
        if self.kinds[j] != "arabic" or not self.norms[j].startswith("ب"):
            return None
        g = self._match(j, c.stop)
        return NOT_A_NAME if g and g[1] == 1 and g[2].label == "PLACE" else None

    def _names_body_after_cue(self, i: int, n: int, entry: Entry) -> bool:
        """Whether the gazetteer alias of ``n`` tokens at token ``i`` is a cue noun and
        another alias of the same body (هيئة | الأمم المتحدة), so words after it may name an
        agency of that body; صندوق النقد الدولي is the fund's own name, and a purpose after
        it (لسد عجز الموازنة) is no part of it."""
        hit = self.match(self.keys, i + 1, i + n)
        return bool(hit) and hit[0] == n - 1 and hit[1] == 0 and hit[2] == entry

    def _agency_tail(self, k: int, stop: int, gaz: Entry) -> int:
        """End of what an agency of an intergovernmental body is for, at token ``k``
        right after the body's name that follows a cue noun or starts with one (برنامج
        الأمم المتحدة | للتنمية، هيئة الأمم المتحدة | لشئون المياه): ل with a definite noun, a
        complement head and the noun it governs, or ل and nouns in idafa
        (:meth:`_idafa_tail`), with their definite words. The cue,
        body and complement are the agency, a body of its own and not the body it
        belongs to (docs/arabic.md, Names and cue nouns); 0 when no such words follow."""
        if gaz.type != "intergovernmental" or k >= stop or not self._arabic_word(k):
            return 0
        n = self.norms[k]
        if n in RECIPIENTS or not n.startswith("ل"):
            return 0
        if (n.startswith("لل") and self._definite(n)) or n in COMPLEMENT_HEADS:
            end = self._definite_tail(k, stop, 2)
            if end > k:
                return end
        return self._idafa_tail(k + 1, stop)

    def _idafa_tail(self, j: int, stop: int) -> int:
        """End of a chain of up to three indefinite nouns from token ``j`` (conjuncts
        with و too) that ends in a definite noun or a known place, with its definite
        words: what ل and a noun in idafa name (لغوث | وتشغيل اللاجئين الفلسطينيين،
        لإغاثة | وتشغيل لاجئي فلسطين); 0 when the chain ends otherwise."""
        for t in range(j, min(stop, j + 4)):
            head = self._complement_at(t, stop)
            if head:
                return self._definite_tail(t + head, stop, 1)
            if not self._arabic_word(t) or self._any_cue(t) or self._ends_name(t) \
                    or self._definite(self.norms[t]):
                return 0
        return 0

    def _shape_arabic_then_latin(self, c: _CuePhrase):
        """Arabic words up to a Latin name within eight tokens: the Arabic words are the
        name (حملة لا تكنولوجيا للفصل العنصري NoTechForApartheid)."""
        j, stop = c.j, c.stop
        # Only walked when a Latin token lies within reach (else the walk finds nothing).
        x = bisect_left(self.latin_at, j + 1)
        if not self.plain and not (x < len(self.latin_at) and self.latin_at[x] < min(stop, j + 9)):
            return None
        k = j
        while k < min(stop, j + 8) and (
                (self.kinds[k] == "arabic" and not self._breaks_name(k)
                 and not self._match(k, stop))
                or self.texts[k] in OPENERS or self.texts[k] in OPENERS.values()):
            k += 1
        if not (k < stop and k > j and self.kinds[k] == "latin" and self.texts[k][0].isupper()):
            return None
        if self.texts[k].casefold() in LATIN_THINGS and self._latin_run(k, stop) == k + 1:
            return None     # صحيفة الأفق بصيغة PDF: a file format ends no name
        last = k
        while last > j and self.kinds[last - 1] != "arabic":
            last -= 1
        first = j          # bounded: no Arabic word at all between (منظمة ) Google)
        while first < last and self.kinds[first] != "arabic":
            first += 1
        if first < last and self._transliterated_person(first, last, k, stop):
            return None     # وزارة الخارجية اليابانية هيروشي تاناكا Hiroshi Tanaka
        if first < last:                            # a descriptive name keeps a head cue
            return self._cue_mention(c, last, first, last, with_cue=(
                c.keeps_cue and self._definite(self.norms[first])))
        return None

    def _shape_no_name_word(self, c: _CuePhrase):
        """No name can start here: not an Arabic word, a function word or speech verb,
        or another cue (منظمة قالت …)."""
        j = c.j
        if self.kinds[j] != "arabic" or self._breaks_name(j) or self._cue(j) and (
                # جهاز تنظيم مرفق …: تنظيم is a cue and a complement head, a purpose here
                "ل" + self.norms[j] not in COMPLEMENT_HEADS):
            return NOT_A_NAME
        # مجموعة شركات (شل): the plural of a cue noun with no name word after it is a
        # kind of body ("a group of companies"), the name in brackets after it its own
        n = self.norms[j]
        if n in QUALITY_ADJECTIVES or n.endswith("ا") and n[:-1] in QUALITY_ADJECTIVES:
            # مجمع جديد لبناء السفن، شركة رائدة في …: "a new complex"; in the accusative
            # too (افتتح الوزير مستشفى جديدا: the verb's object, "a new hospital")
            return NOT_A_NAME
        if n in NAMING_VERBS:
            # منظمة تدعى "…": "a body called", the name in quotes after the verb
            if j + 1 < c.stop and self.texts[j + 1] in OPENERS:
                closer = OPENERS[self.texts[j + 1]]
                k = next((k for k in range(j + 2, min(c.stop, j + 12))
                          if self.texts[k] == closer), None)
                if k and k > j + 2 and all(self.kinds[w] in ("arabic", "latin", "number")
                                           for w in range(j + 2, k)):
                    start, end = self.starts[j + 2], self.ends[k - 1]
                    return FoundMention(j + 2, k, start, end, self.text[start:end], c.label,
                                        "quoted", c.stem)
            return NOT_A_NAME
        if n.endswith("ات") and n[:-2] + "ه" in ORG_CUES and (
                j + 1 >= c.stop or not self._arabic_word(j + 1)):
            return NOT_A_NAME
        # برئاسة الدكتور …، بقيادة الشيخ …: the verbal noun "chaired / led by" before a
        # person, not a body (رئاسة الجمهورية is one).
        if c.stem in VERBAL_NOUN_CUES and self.norms[j] in PERSON_TITLES:
            return NOT_A_NAME
        # مجلس إدارتها، مجلس أمنائه: a noun with "its" is the body's own organ, named by
        # the body before (the generic مجلس الإدارة with a pronoun), no name of its own
        if len(self.norms[j]) > 4 and self.texts[j].endswith(_POSSESSIVE_NOUN_ENDINGS):
            return NOT_A_NAME
        # برئاسة جوزيف كيسر: with ب and no article after it, the verbal noun is "headed
        # by" before a bare name too (برئاسة الجمهورية، with the article, stays a body)
        if c.stem in VERBAL_NOUN_CUES and c.start > self.starts[c.i] and self.norms[
                c.i].startswith("ب") and not self._definite(self.norms[j]):
            return NOT_A_NAME
        # أميرا وحكومة وشعبا: a cue that is itself a conjunct, then another conjunct with
        # nothing of a name after it, is a list of nouns (but وشركة وادي النيل is a name)
        if self.norms[j].startswith("و") and self.norms[c.i].startswith("و") \
                and c.start > self.starts[c.i] and not self._definite(self.norms[j]) \
                and (j + 1 >= c.stop or not self._definite(self.norms[j + 1])):
            return NOT_A_NAME
        return None

    def _shape_eponym(self, c: _CuePhrase):
        """A body named after a person: a title and the person's name (جامعة الملك
        عبدالعزيز، مؤسسة الشيخ زايد للأعمال الخيرية), or a name whose parts بن or آل join
        (جامعة حمدان بن محمد الذكية), then the adjectives and لل complements of the
        body. The title is definite but the name after it is not, so the definite shape
        ended the name at the title and left the person outside. An honorific phrase
        before the title (name_boundaries eponym_honorific: حملة خادم الحرمين الشريفين
        الملك فلان، مؤسسة صاحب السمو الشيخ فلان) is part of the name too.
        docs/arabic.md, *Names and cue nouns*."""
        j, stop = c.j, c.stop
        t = j + self._honorific_before_title(j, stop)
        titled = self.norms[t] in EPONYM_TITLES if t < stop else False
        if not titled:
            t = j
        k = self._person_name_end(t + 1 if titled else j, stop)
        n = t + 1
        if k is None and titled and n + 1 < stop and self._arabic_word(n) and self._definite(
                self.norms[n]) and not (_adjective_shaped(self.norms[n]) or self._any_cue(n)
                                        or self._ends_name(n)) and (
                self._definite(self.norms[n + 1]) or self.norms[n + 1] in NAME_LINKS):
            # مؤسسة الأميرة العنود الخيرية: a given name with the article (العنود، الجوهرة)
            # after the title, then the body's adjective or the father's name
            k = n + 1
            while k + 1 < stop and self.norms[k] in NAME_LINKS and self._arabic_word(k + 1):
                k += 2
        if k is None or not (titled or any(self.norms[x] in NAME_LINKS for x in range(j, k))):
            return None
        # a campaign named after a person has words of its own: ل after them is what it
        # is for (حملة الملك فلان | لإغاثة …), as after any campaign's own words
        k = self._definite_tail(k, stop, 1, facility=c.stem in FACILITY_CUES,
                                campaign=ORG_CUES.get(c.stem) == "campaign")
        return self._cue_mention(c, k, j, k, with_cue=c.keeps_cue)

    def _honorific_before_title(self, j: int, stop: int) -> int:
        """The number of words of the longest honorific phrase at token ``j``
        (:data:`EPONYM_HONORIFICS`: خادم الحرمين الشريفين، صاحب السمو), 0 for none."""
        for words in EPONYM_HONORIFICS:
            if j + len(words) <= stop and all(
                    self.norms[j + x] == w for x, w in enumerate(words)):
                return len(words)
        return 0

    def _person_name_end(self, k: int, stop: int) -> int | None:
        """End token of a person's name from token ``k``: a given name (a compound one:
        عبد العزيز) or a patronymic or family name that opens with its link (ابن رشد),
        then بن / بنت and a name as often as they come, then آل and a name; None when
        no name word is at ``k``."""
        def name_at(x: int) -> int | None:
            if x < stop and self.norms[x] in NAME_HEADS and x + 1 < stop and (
                    self._arabic_word(x + 1)):
                return x + 2                                   # عبد العزيز
            if x < stop and self._arabic_word(x) and not self._definite(self.norms[x]) and (
                    not self._ends_name(x) and not self._any_cue(x)
                    and not is_stop_word(self.norms[x])
                    and self.norms[x] not in NAME_LINKS):
                return x + 1
            return None
        first = k
        k = name_at(k)
        # ابن سينا، ابن خلدون، آل مكتوم: a name known by its patronymic or family opens
        # with the link itself (docs/arabic.md, Names and cue nouns)
        if k is None and first + 1 < stop and self.norms[first] in NAME_LINKS and (
                self.norms[first + 1] not in NAME_LINKS):
            k = name_at(first + 1)
        if k is None and first + 2 < stop and self._arabic_word(first) and self._definite(
                self.norms[first]) and self.norms[first + 1] in NAME_LINKS:
            k = first + 1                                      # الحسين بن طلال
        while k is not None and k + 1 < stop and self.norms[k] in NAME_LINKS:
            after = name_at(k + 1) if self.norms[k + 1] not in NAME_LINKS else None
            if after is None and self._arabic_word(k + 1) and self._definite(
                    self.norms[k + 1]) and not self._ends_name(k + 1):
                after = k + 2                                  # بن الحسين
            if after is None:
                break
            k = after
        return k

    def _shape_definite(self, c: _CuePhrase):
        """A definite descriptive phrase: منظمة الصحة العالمية، هيئة الأمم المتحدة. A
        generic adjective first (للجنة المختصة: "to the competent committee", ل + اللجنة)
        or a purpose with لل names no body."""
        j = c.j
        # حملة للتبرع بالدم: لل right after an indefinite cue says what it is for ("a
        # campaign to donate"); a name has its own words before such a complement.
        if self.norms[j] in NAME_END or self.norms[j].startswith("لل"):
            return NOT_A_NAME
        if self._definite(self.norms[j]):
            k = self._definite_tail(j + 1, c.stop, 1, facility=c.stem in FACILITY_CUES,
                                    campaign=ORG_CUES.get(c.stem) == "campaign",
                                    closed=c.stem in CLOSED_BY_FIELD_CUES)
            return self._cue_mention(c, k, j, k, with_cue=c.keeps_cue)
        return None

    def _shape_place(self, c: _CuePhrase):
        """A known place and its definite complement: حكومة فلسطين، سوق فلسطين للأوراق
        المالية."""
        j = c.j
        place = self._place_at(j, c.stop)
        if place and c.stem not in VENUE_CUES:
            k = self._definite_tail(j + place, c.stop, 0, linking=False,
                                    closed=c.stem in CLOSED_BY_FIELD_CUES)
            k = self._firm_field(c, k)
            return self._cue_mention(c, k, j, k, with_cue=c.keeps_cue)
        return None

    @staticmethod
    def _verbal_noun_cue(c: _CuePhrase) -> bool:
        """The cue is itself a verbal noun of a body's purpose (تنظيم: a definite_only cue
        and a complement head): it names a group only with a definite name (تنظيم
        الدولة), before an indefinite noun it is "organising, regulating" (بتنظيم صناعة
        النقل)."""
        return c.stem in DEFINITE_ONLY_CUES and "ل" + c.stem in COMPLEMENT_HEADS

    def _shape_definite_only(self, c: _CuePhrase):
        """A cue whose name is never a transliterated word (جهاز كمبيوتر is a device);
        tried after the verbal noun's shape, which names such a body (جهاز حماية
        المستهلك). An indefinite noun in idafa with a definite one is such a descriptive
        name too (جهاز أمن الدولة), and no transliteration."""
        if c.stem not in DEFINITE_ONLY_CUES:
            return None
        j, stop, norm = c.j, c.stop, self.norms[c.j]
        if not self._verbal_noun_cue(c) and j + 1 < stop and self._arabic_word(j) and (
                self._arabic_word(j + 1)) and (
                not self._definite(norm) and not norm.startswith("و")
                and (not is_stop_word(norm) or norm in NAME_ADJECTIVES)
                and not _verb_shaped(norm) and not self._ends_name(j)
                and self._definite(self.norms[j + 1]) and not self._ends_name(j + 1)
                and not self._any_cue(j + 1) and not _is_nisba(self.norms[j + 1])):
            k = self._definite_tail(j + 1, stop, 0)
            return self._cue_mention(c, k, j, k, with_cue=c.keeps_cue)
        return NOT_A_NAME

    def _shape_subunit(self, c: _CuePhrase):
        """A unit named in idafa with its institution: مجلس طلبة جامعة بيرزيت."""
        j, stop = c.j, c.stop
        if c.stem not in SUBUNIT_CUES:
            return None
        for n in (1, 2):
            if j + n >= stop or self._ends_name(j + n - 1) or self._definite(
                    self.norms[j + n - 1]) or not self._arabic_word(j + n - 1):
                break
            end = self._parent_at(j + n)
            if end:
                return self._cue_mention(c, end, j, end, with_cue=True)
        return None

    def _shape_toponym(self, c: _CuePhrase):
        """A cue followed by a place name, known or not: بلدية عرابة، بلدية عصيرة
        الشمالية."""
        j = c.j
        if c.stem in TOPONYM_CUES and not is_stop_word(self.norms[j]) and not self._ends_name(j):
            k = self._definite_tail(j + 1, c.stop, 0, linking=False,
                                    closed=c.stem in CLOSED_BY_FIELD_CUES)
            return self._cue_mention(c, k, j, k, with_cue=True)
        return None

    def _shape_verbal_noun(self, c: _CuePhrase):
        """A verbal noun in idafa with a definite noun: محكمة مكافحة الإرهاب، هيئة تنظيم
        الاتصالات (an adjective, مجموعة مجهولة, has no definite noun after it). A noun in
        ة in idafa with a known place is a field and the place it serves (دائرة صحة
        نينوى، مديرية تربية البصرة: docs/arabic.md, Names and cue nouns)."""
        j, stop, norm = c.j, c.stop, self.norms[c.j]
        if self._verbal_noun_cue(c):
            return None             # بتنظيم صناعة النقل: "regulating", no body
        if self.texts[j].endswith("ة") and self._arabic_word(j) and not is_stop_word(norm) and (
                not self._ends_name(j)) and not _is_nisba(norm):
            # an administrative unit may come before the place (مديرية زراعة محافظة كركوك)
            at = j + 2 if j + 2 < stop and self.norms[j + 1] in ADMIN_UNITS else j + 1
            place = self._place_at(at, stop)
            if place:
                k = self._definite_tail(at + place, stop, 0, linking=False)
                return self._cue_mention(c, k, j, k, with_cue=c.keeps_cue)
        if self.texts[j].endswith("ة") and j + 1 < stop and self._arabic_word(j + 1) and (
                self._definite(self.norms[j + 1]) and not self._ends_name(j + 1)
                and not self._any_cue(j + 1) and not is_stop_word(norm)):
            k = self._definite_tail(j + 1, stop, 0)
            return self._cue_mention(c, k, j, k, with_cue=c.keeps_cue)
        # جهاز تنظيم مرفق الكهرباء، هيئة دعم قطاع الصادرات: a verbal noun of a body's
        # purpose (lexicon complement_head: تنظيم، دعم، حماية …), then an indefinite noun
        # in idafa with a definite one
        if self._arabic_word(j) and ("ل" + norm in COMPLEMENT_HEADS or self.texts[j].endswith(
                "ة")) and not is_stop_word(norm) and not self._ends_name(j):
            head = self._complement_at(j + 1, stop, chain=True)
            if head == 2 and not self._definite(self.norms[j + 1]):
                k = self._definite_tail(j + 3, stop, 1)
                return self._cue_mention(c, k, j, k, with_cue=c.keeps_cue)
        return None

    def _shape_adjective(self, c: _CuePhrase):
        """An adjective or a stop word after the cue is not a name: مجموعة مجهولة, and
        a relative adjective of a kind of body (lexicon kind_adjective) neither: مركز
        مجتمعي is "a community centre", not a centre named مجتمعي. With a place after
        it, cue, adjective and place are the name (مجلس محلي البيرة: the local council of
        al-Bireh). Nor is a country's indefinite relative adjective (صندوق سعودي، بنك
        أردني: "a Saudi fund"), as its feminine (شركة صينية) is not."""
        j, n = c.j, self.norms[c.j]
        kind = n in KIND_ADJECTIVES and not self._place_at(j + 1, c.stop)
        return NOT_A_NAME if self.texts[j].endswith("ة") or kind or n in _COUNTRY_NISBAS or (
            is_stop_word(n) and n not in NAME_ADJECTIVES) else None   # جامعة عين شمس

    def _shape_purpose(self, c: _CuePhrase):
        """A campaign or project and ل with a noun says what it is for (حملة لتوزيع
        الكفالات، مشروع لتأهيل الطرق), not its name; a firm's name may begin with ل
        (شركة لافارج), a campaign's hardly ever (حملة لا للتطبيع has لا, a name word), a
        government's or a ministry's never but for a place (org_cues closed_by_field:
        حكومة لبنان, but حكومة لتسيير الأعمال is no name)."""
        n = self.norms[c.j]
        if ORG_CUES.get(c.stem) in ("campaign", "project") and n.startswith("ل") and (
                n not in NAME_FUNCTION_WORDS and not self._breaks_name(c.j)):
            return NOT_A_NAME
        if c.stem in CLOSED_BY_FIELD_CUES and c.stem not in TOPONYM_CUES and n.startswith(
                "ل") and not self._place_at(c.j, c.stop) and not self._breaks_name(c.j):
            # تشكيل حكومة | لعرضها على البرلمان، حكومة لتسيير الأعمال: a government or a
            # ministry is named by its field or place (حكومة لبنان), and ل after the bare
            # cue says what one is for (a municipality's town may be any word: بلدية ليفا)
            return NOT_A_NAME
        return None

    _SHAPES = (_shape_numbered, _shape_latin, _shape_admin_unit, _shape_gazetteer, _shape_located,
               _shape_arabic_then_latin, _shape_no_name_word, _shape_purpose, _shape_eponym,
               _shape_definite,
               _shape_place, _shape_subunit, _shape_toponym,
               _shape_verbal_noun, _shape_definite_only, _shape_adjective)

    def _shape_transliterated(self, c: _CuePhrase) -> FoundMention:
        """The last shape: a transliterated name of up to two words (شركة جوجل، مركز
        جافيتس), with a known place (إذاعة صوت فلسطين) and its relative adjectives (لجنة
        مهرجانات بعلبك الدولية) or a definite complement (هيئة سوق رأس المال) after it.
        مركز after في or with ب is a venue: a place."""
        i, j, stop = c.i, c.j, c.stop
        k = j + 1
        while (k < min(stop, j + 3) and self._arabic_word(k) and not self._ends_name(k)
               and self.norms[k] not in NAME_FUNCTION_WORDS
               and not self._definite(self.norms[k]) and not self._cue(k)
               # norm[:1]: a lone tatweel or haraka normalises to "" (found by hypothesis)
               and self.norms[k][:1] not in ("و", "ف", "ب", "ل", "ك", "")
               and not self.texts[k].endswith("ة")
               # صندوق سعودي | يمول …، مركز النور | شملت الجولة: a verb opens a clause
               and not _verb_shaped(self.norms[k])):
            k += 1
        place = self._place_at(k, stop) if k < min(stop, j + 3) else 0
        known = self._match(k, stop) if k - j >= 2 and k < stop and self._cue(k) else None
        if place:                                       # إذاعة صوت فلسطين
            k += place
            # لجنة مهرجانات بعلبك الدولية: the relative adjectives after the place agree
            # with the body's noun before it
            e = k
            while e < min(stop, k + 2) and self._arabic_word(e) and _is_nisba(
                    self.norms[e]) and not self._ends_name(e) and not self._any_cue(e):
                e += 1
            k = e
        elif known and known[1] == 0 and known[2].label == "ORG":
            # اتحاد إذاعات دول منظمة التعاون الإسلامي: a chain of indefinite nouns
            # in idafa ends in the known body it governs, which completes the name
            k += known[0]
        elif k < stop and self._arabic_word(k) and self._definite(self.norms[k]) and (
                not self._any_cue(k) and not self._ends_name(k)):   # هيئة سوق رأس المال
            k += 1
            # والتنمية joins a لل complement (شبكة … للسلام والتنمية), not a name
            while (k < stop and self._arabic_word(k) and self._definite(self.norms[k])
                   and (self.norms[k].startswith(("لل", "ال")) or (
                       self.norms[k].startswith("وال") and self.norms[k - 1].startswith("لل")))
                   and k - j < 6 and not self._ends_name(k)
                   # مطار بغداد الدولي | للمشاركة في …: a لل word before في is a purpose
                   and not (self.norms[k].startswith("لل") and k + 1 < stop
                            and self.norms[k + 1] == "في")):
                k += 1
        label = c.label
        if c.stem == _CENTRE and i > 0 and (
                self.norms[i - 1] in LOCATIVE or self.norms[i].startswith("ب")
                or self._after_village(i)):
            label = "PLACE"                             # في مركز جافيتس: a venue
        return self._cue_mention(c, k, j, k, with_cue=c.keeps_cue, label=label)

    def _after_village(self, i: int) -> bool:
        """Whether an administrative unit's noun (name_boundaries admin_unit: قرية، قرى،
        مدينة) stands one to three words before the مركز at token ``i``, in its sentence
        and with no punctuation between (بقرية X مركز Y، بقرى X مركز Y): مركز is then the
        district the place lies in, as Egypt's news names a village, a place. docs/arabic.md,
        *Names and cue nouns*."""
        for k in range(i - 1, max(-1, i - 4), -1):
            if self.kinds[k] != "arabic" or self.sentence_end[k] != self.sentence_end[i]:
                return False
            if any(w in ADMIN_UNITS for _, w in candidates(self.norms[k])):
                return True
        return False

    # ------------------------------------------------------------ the passes
    def organisations(self) -> None:
        """Organisation, project and venue names, left to right, the longest of a
        gazetteer alias (:meth:`_gaz`: شركة أمازون، الأمم المتحدة) and a cue phrase
        (:meth:`_cue_phrase`: منظمة الصحة العالمية) at each token; a unit named with في
        before its institution is one organisation (نقابة العاملين في جامعة بيرزيت)."""
        # Only a token that starts a gazetteer alias or opens a cue phrase can start a
        # mention here; every other position gives nothing and is skipped.
        kinds, keys = self.kinds, self.keys
        bits = [3] * len(keys) if self.plain else list(map(_openers(self.gazetteer), keys))
        gaz, cue_phrase = self._gaz, self._cue_phrase
        i = 0
        for k in list(compress(range(len(keys)), bits)):
            if k < i:
                continue
            b = bits[k]
            g = gaz(k) if b & 1 else None
            c = cue_phrase(k) if b & 2 and kinds[k] == "arabic" else None
            best = c if c and (not g or c.t1 > g.t1) and not self._place_after(g, c) else g
            # A unit whose name already says whose or what it is with a لل complement
            # (المجلس الأعلى للجامعات في جامعة القاهرة: the council met at the
            # university) is a whole name, and في begins a place, not its institution.
            if best and best.rule == "cue" and best.label == "ORG" and (
                    best.cue in SUBUNIT_CUES) and not any(
                    self.norms[x].startswith("لل") for x in range(best.t0 + 1, best.t1)):
                f = best.t1                             # نقابة العاملين في جامعة بيرزيت
                end = self._parent_at(f + 1) if (
                    f + 1 < self.ntokens and f + 1 < self.sentence_end[f]
                    and self.norms[f] == "في") else 0
                if end:
                    best = FoundMention(best.t0, end, best.start, self.ends[end - 1],
                                    self.text[best.start:self.ends[end - 1]], "ORG", "cue",
                                    best.cue)
            if best and best.rule == "cue":
                best = self._organ_of_named_body(best)
            if best and best.rule == "cue" and best.cue in OFFICE_CUES and (
                    self._office_of_body(best)):
                i = best.t1                             # المكتب الإقليمي لمنظمة …: part of it
                continue
            if best and best.rule == "cue" and best.cue in OFFICE_CUES and (
                    self._office_after_dash(best)):
                i = best.t0 + 1                         # مؤسسة X - مكتب غزة: its office
                continue
            if best and best.rule == "cue" and best.cue in GENERIC_CUES and not (
                    self._country_or_place_in(best)):
                i = best.t1                             # سلطات الهجرة: any country's
                continue
            if best and best.rule == "cue":
                best = self._body_of_organ(best)
            if best and best.rule == "cue" and _generic(normalise(
                    _with_article(self.text[best.start:best.end]))):
                i = best.t1                             # مجلس الإدارة: any company's board
                continue
            if best and best.rule == "cue" and best.cue in PORTFOLIO_CUES:
                best = self._ministry_conjuncts(best)
            if best and best.label == "PLACE" and best.gaz:
                best = self._speaking_unit(best)
            if best:
                self._add(best)
                i = best.t1

    def general_administrations(self) -> None:
        """A general administration with a field after ل (الإدارة العامة للجوازات،
        الإدارة العامة للإقامة وشؤون الأجانب) is a state body, a directorate under another
        name: definite إدارة, العامة and a definite لل noun, or ل, a complement head and
        the noun it governs (الإدارة العامة لمشروعات الصرف الصحي: lexicon
        complement_head), then the words a لل complement takes (:meth:`_definite_tail`).
        Without العامة and that field إدارة is "management" (إدارة المشروع، حسن الإدارة)
        and names no body. The mention's cue is مديرية, for its type. docs/arabic.md,
        Names and cue nouns."""
        norms, claimed = self.norms, self.claimed
        for i in range(self.ntokens - 2):
            prefix = _ADMINISTRATION.get(norms[i]) if self.kinds[i] == "arabic" else None
            if prefix is None or claimed[i] is not None or norms[i + 1] != _GENERAL_F:
                continue
            if i > 0 and self._manner_noun_before(i):
                continue        # بحسن الإدارة العامة للموارد: "good management", no body
            stop = self.sentence_end[i]
            f = i + 2
            if f >= stop or not self._arabic_word(f) or self._ends_name(f):
                continue
            # … لمشروعات الصرف الصحي: a complement head and the definite noun it governs
            # (lexicon complement_head), as well as a definite field (للجوازات)
            head = 0 if norms[f].startswith("لل") else (
                norms[f] in COMPLEMENT_HEADS and self._complement_at(f + 1, stop, chain=True))
            if not head and (not norms[f].startswith("لل") or len(norms[f]) < 5):
                continue
            if not head and self._any_cue(f) and norms[f][2:] not in _BROKEN_PLURAL_CUES:
                continue        # الإدارة العامة للشركة: the firm's management (an office)
            k = self._definite_tail(f + 1 + head, stop, 1)
            # … للأدلة الجنائية وعلم الجريمة، … للإقامة وشؤون الأجانب: a second field
            # with و, a noun in idafa with a definite noun
            while k + 1 < stop and self._arabic_word(k) and self._arabic_word(k + 1) and (
                    norms[k].startswith("و") and len(norms[k]) > 3
                    and not self._definite(norms[k][1:]) and self._definite(norms[k + 1])
                    and not (self._any_cue(k) or self._ends_name(k) or self._ends_name(k + 1)
                             or self._any_cue(k + 1))
                    and not (_word(norms[k]).speech or act_verb(norms[k])
                             or _word(norms[k][1:]).title)):
                k = self._definite_tail(k + 2, stop, 1)
            start, end = self._offset_after(i, prefix), self.ends[k - 1]
            self._add(FoundMention(i, k, start, end, _with_article(self.text[start:end]),
                                   "ORG", "cue", _DIRECTORATE))

    def country_administrations(self) -> None:
        """Definite إدارة and a country's feminine adjective (الإدارة الفرنسية، للإدارة
        السورية الجديدة) is that country's executive of the day, a government body, as
        الإدارة الأمريكية is in the gazetteer; the adjective says whose, so إدارة is no
        "management" here. Not in a phrase of how a thing is run (سوء الإدارة …), nor
        before ل and a body (الإدارة الفرنسية للشركة: a department of the firm).
        docs/arabic.md, Names and cue nouns."""
        norms, claimed = self.norms, self.claimed
        for i in range(self.ntokens - 1):
            prefix = _ADMINISTRATION.get(norms[i]) if self.kinds[i] == "arabic" else None
            nisba = norms[i + 1]
            if prefix is None or claimed[i] is not None or claimed[i + 1] is not None or (
                    nisba not in _COUNTRY_ADJECTIVE or not nisba.endswith("يه")
                    or self.kinds[i + 1] != "arabic"):
                continue
            if i > 0 and self._manner_noun_before(i):
                continue
            if i + 2 < self.sentence_end[i] and norms[i + 2].startswith("ل") and self._any_cue(
                    i + 2):
                continue        # الإدارة الفرنسية للشركة: a department of that firm
            start, end = self._offset_after(i, prefix), self.ends[i + 1]
            name = _with_article(self.text[start:end])
            entity = name.replace("\u0640", "")
            self._add(FoundMention(i, i + 2, start, end, name, "ORG", "institution",
                                   normalise("إدارة"), Entry(entity, "ORG", "government")))

    def _manner_noun_before(self, i: int) -> bool:
        """Whether token ``i - 1``, with or without its proclitics (بحسن، ولسوء), and the
        definite إدارة at ``i`` are a phrase of how a thing is run (lexicon generic_phrase:
        حسن الإدارة، سوء الإدارة): then إدارة is "management" in idafa, even with العامة
        and a لل field after it, and names no general administration."""
        before = self.norms[i - 1]
        if self.kinds[i - 1] != "arabic":
            return False
        noun = self.norms[i][_ADMINISTRATION[self.norms[i]]:]
        return any(before.startswith(p) and f"{before[len(p):]} {noun}" in GENERIC_PHRASES
                   for p in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"))

    def _body_of_organ(self, m: FoundMention) -> FoundMention:
        """An organ any body has (lexicon generic_phrase: مجلس أمناء، مجلس إدارة) in idafa
        with a body's name (مجلس أمناء مؤسسة الأمل، مجلس إدارة شركة النور) is that body
        speaking through its organ: the mention is the body's name, its cue or gazetteer
        entry (a reader counts the foundation, not its board). Else ``m``."""
        words = normalise(_with_article(self.text[m.start:m.end])).split()
        for n in (2, 3):
            k = m.t0 + n
            if k < m.t1 and " ".join(words[:n]) in GENERIC_PHRASES and (
                    self._cue(k) or self._match(k, self.sentence_end[k])):
                inner = self._cue_phrase(k) if self._cue(k) else None
                return inner or self._gaz(k) or m
        return m

    def _speaking_unit(self, m: FoundMention) -> FoundMention:
        """A known place after an administrative unit right after a speech verb
        (أعلنت محافظة البصرة، قالت ولاية الخرطوم) or a verb of a deliberate act
        (وقعت محافظة أربيل مذكرة، مولت ولاية سنار المشروع: name_boundaries act_verb) is
        the unit's administration, a government body: a territory does not speak, sign
        or pay, its government does. Elsewhere
        (في محافظة إدلب، زار محافظة البصرة، تعاني محافظة …) the unit is a place and the
        mention the known place (docs/arabic.md, *Names and cue nouns*)."""
        u = m.t0 - 1
        if u < 1 or self.kinds[u] != "arabic" or self.norms[u] not in ADMIN_UNITS or (
                self.sentence_end[u] != self.sentence_end[m.t0]
                or not (_word(self.norms[u - 1]).speech or act_verb(self.norms[u - 1]))):
            return m
        start = self.starts[u]
        return FoundMention(u, m.t1, start, m.end, self.text[start:m.end], "ORG", "cue",
                            self.norms[u])

    # ------------------------------------------------------------ sports clubs
    def clubs(self) -> None:
        """A club's short name that is also a common word (lexicon sports.tsv club_name:
        الرجاء، الوداد، الأهلي، الجيش الملكي), with its proclitics (والوداد، للأهلي), in a
        paragraph about sport (:meth:`_sport_paragraphs`) or right after a club noun
        (فريق الوداد، نادي الرجاء): a mention of the club, rule ``gazetteer`` when its
        gazetteer entity is known (from the lexicon, or for a name several clubs share
        the one club of that name the article writes in full: الأهلي المصري … الأهلي),
        else rule ``club`` (a name of its own, with a country's adjective after it:
        الهلال السوداني). Never right after a definite noun it could qualify (المجتمع الأهلي).
        A cue phrase of the same words (الجيش الملكي, the army) gives way to the club;
        a نادي phrase of them (نادي الرجاء) takes the club's entity. docs/arabic.md,
        *Names and cue nouns*. Full names (الرجاء الرياضي) are gazetteer rows."""
        hits = []
        for i in range(self.ntokens):
            if self.kinds[i] != "arabic":
                continue
            reading = _club_reading(self.norms[i])
            if not reading[1]:
                continue
            stop = self.sentence_end[i]
            n = next((n for n in range(min(_CLUB_LONGEST, stop - i), 0, -1)
                      if (reading[1], *self.norms[i + 1:i + n]) in CLUB_NAMES), 0)
            if n:
                key = (reading[1], *self.norms[i + 1:i + n])
                hits.append((i, reading[0], n, key, CLUB_NAMES[key]))
        if not hits:
            return
        sporty = self._sport_paragraphs()
        paragraph = self._token_paragraphs()
        for i, prefix, n, key, entity in hits:
            j = i + n
            held = {id(self.claimed[t]): self.claimed[t] for t in range(i, j)}
            club_noun = i > 0 and self.kinds[i - 1] == "arabic" and any(
                w in CLUB_NOUNS for _, w in candidates(self.norms[i - 1]))
            phrase = None                         # a cue phrase of these words, or نادي + them
            if held != {id(None): None}:
                if len(held) != 1:
                    continue
                phrase = next(iter(held.values()))
                if phrase is None or phrase.gaz is not None or phrase.label != "ORG" or (
                        phrase.rule != "cue") or phrase.t1 != j or not (
                        phrase.t0 == i or phrase.t0 == i - 1 and club_noun):
                    continue
            if not (club_noun or paragraph[i] in sporty):
                continue
            if i > 0 and not club_noun and self.kinds[i - 1] == "arabic" and (
                    self.claimed[i - 1] is None and self._definite(self.norms[i - 1])):
                continue                          # المجتمع الأهلي: an adjective of the noun
            if not entity:
                entity = self._club_written_in_full(key)
                if not entity and j < self.sentence_end[i] and self._arabic_word(j) and (
                        self.norms[j] in _COUNTRY_WORDS) and not self._person_noun_before(i):
                    j += 1                        # الهلال السوداني; not مدرب النصر الأرجنتيني
            entry = self.gazetteer.entries.get(entity) if entity else None
            if phrase is not None and phrase.t0 == i - 1:
                phrase.gaz = entry                # نادي الرجاء: the club's cue phrase
                continue
            if phrase is not None:
                self.mentions = [m for m in self.mentions if m is not phrase]
            start = self._offset_after(i, prefix) if prefix else self.starts[i]
            end = self.ends[j - 1]
            self._add(FoundMention(i, j, start, end, self.text[start:end], "ORG",
                                   "gazetteer" if entry else "club", gaz=entry))

    def _person_noun_before(self, i: int) -> bool:
        """Whether the word before token ``i`` is a person's title or occupation (lexicon
        titles.tsv office, spokesperson, occupation: مدرب، لاعب، رئيس), with و or ف: a
        country's adjective after the club it heads is the person's (مدرب النصر الأرجنتيني:
        the coach is Argentine), not part of the club's name."""
        if i == 0 or self.kinds[i - 1] != "arabic":
            return False
        n = self.norms[i - 1]
        return n in ROLES or n[:1] in ("و", "ف") and n[1:] in ROLES

    def _club_written_in_full(self, short: tuple[str, ...]) -> str:
        """The gazetteer entity of the one organisation found so far whose name is the
        short name ``short`` (normalised words) and more (الاهلي → الأهلي المصري), else
        ""."""
        n = len(short)
        found = {m.gaz.entity for m in self.mentions if m.gaz is not None and m.label == "ORG"
                 and tuple(normalise(m.name).split()[:n]) == short
                 and len(m.name.split()) > n}
        return found.pop() if len(found) == 1 else ""

    def _token_paragraphs(self) -> list[int]:
        """The paragraph number of every token."""
        out = [0] * self.ntokens
        for s in self.article.sentences:
            a, b = bisect_left(self.starts, s.start), bisect_left(self.starts, s.end)
            out[a:b] = [s.paragraph] * (b - a)
        return out

    def _sport_paragraphs(self) -> set[int]:
        """Paragraphs about sport: with a word of sport (lexicon sports.tsv sport_word:
        مباراة، الدوري، مدرب …, with proclitics) or a club the lexicon names."""
        paragraph = self._token_paragraphs()
        out = {paragraph[m.t0] for m in self.mentions
               if m.gaz is not None and m.gaz.entity in _CLUB_ENTITIES}
        for i in range(self.ntokens):
            if self.kinds[i] == "arabic" and paragraph[i] not in out and any(
                    w in SPORT_WORDS for _, w in candidates(self.norms[i])):
                out.add(paragraph[i])
        return out

    def _ministry_conjuncts(self, m: FoundMention) -> FoundMention:
        """A ministry's name with a conjunct verbal noun in idafa after it (وزارة الاقتصاد
        والمالية وإصلاح الإدارة، وزارة الإسكان والتعمير وسياسة المدينة): Maghreb cabinets
        name ministries by their portfolios, some an action on a field, and so are
        oversight bodies (هيئة الرقابة ومكافحة الفساد: org_cues portfolio). ``m`` extended over
        each و + verbal noun of a derived form (lexicon-free shape: إفعال، تفعيل، افتعال …) or
        سياسة + a definite noun; else ``m`` as it is."""
        k, stop = m.t1, self.sentence_end[m.t0]
        while k + 1 < stop and self.kinds[k] == "arabic" and self.norms[k].startswith("و") \
                and _portfolio_noun(self.norms[k][1:]) and not self._any_cue(k) \
                and self._arabic_word(k + 1) \
                and self._definite(self.norms[k + 1]) and not self._any_cue(k + 1) \
                and not self._ends_name(k + 1) and self.claimed[k + 1] is None:
            k += 2
            while k < stop and self._arabic_word(k) and self._definite(self.norms[k]) and (
                    _is_nisba(self.norms[k]) or self.norms[k] in NAME_ADJECTIVES) and not (
                    self._any_cue(k) or self._ends_name(k)):
                k += 1              # وإصلاح القطاع العام: its adjective
        k = self._abroad_end(m.t0, k, stop)
        if k == m.t1:
            return m
        end = self.ends[k - 1]
        return FoundMention(m.t0, k, m.start, end, m.name + self.text[m.end:end], m.label,
                            m.rule, m.cue, m.gaz)

    def _abroad_end(self, t0: int, k: int, stop: int) -> int:
        """End of a ministry's name that ends at token ``k``, past an "abroad" word
        (name_boundaries abroad: بالخارج) when a word of the name after its cue at ``t0``
        joins with و and the last is definite (والتونسيين | بالخارج، وشؤون المصريين |
        بالخارج): the people abroad the ministry serves, part of its name; else ``k``."""
        if k < stop and self._arabic_word(k) and self.norms[k] in ABROAD and (
                self._definite(self.norms[k - 1])) and any(
                self.norms[x].startswith("و") for x in range(t0 + 1, k)):
            return k + 1
        return k

    def _country_or_place_in(self, m: FoundMention) -> bool:
        """Whether the words after the cue of ``m`` hold a country's adjective (lexicon
        countries.tsv: المصرية، الليبي) or a known place (سلطات طرابلس): what makes a
        generic cue noun (سلطات) one country's body."""
        return any(self.norms[t] in _COUNTRY_WORDS or self._place_at(t, m.t1)
                   for t in range(m.t0 + 1, m.t1))

    def _broadcast_near(self, i: int, stop: int) -> bool:
        """Whether a word of broadcasting (name_boundaries broadcast_word: قناة، شاشة،
        المذاع، ضيف، إذاعي …, behind any proclitic) stands within
        :data:`_BROADCAST_REACH` words of the برنامج at token ``i`` in its sentence: a
        programme on a channel is a show (برنامج "X" المذاع على شاشة Y، ضيف برنامج X، في
        مداخلة مع برنامج X), no project money is given to. docs/arabic.md, *Names and cue
        nouns*."""
        def words(ks):
            return islice((k for k in ks if self.kinds[k] == "arabic"
                           and self.sentence_end[k] == stop), _BROADCAST_REACH)
        return any(w in BROADCAST_WORDS for k in chain(
            words(range(i - 1, max(-1, i - 3 * _BROADCAST_REACH), -1)),
            words(range(i + 1, min(stop, i + 1 + 3 * _BROADCAST_REACH))))
            for _, w in candidates(self.norms[k]))

    def _organ_of_named_body(self, m: FoundMention) -> FoundMention:
        """A unit of a named body is that body's organ: the mention stays the unit's
        words, the body its own mention after it, but the unit's entity is named with
        its parent and has the parent's type (the executive committee of one body is not
        that of another, and a party's central committee is no government body). Two
        shapes: a unit named by its cue and adjectives alone (a definite subunit cue:
        اللجنة التنفيذية، المجلس التنفيذي, the names any body gives its organs) right
        before ل and a named organisation (لمنظمة التحرير الفلسطينية، للاتحاد الأفريقي);
        any unit of a subunit cue before في and a known organisation (دائرة المشرق في
        البنك الدولي; a parent cue phrase after في, نقابة … في جامعة X, was taken into
        the unit's name before). Else ``m``. docs/arabic.md, *Names and cue nouns*."""
        t = m.t1
        if m.label != "ORG" or m.cue not in SUBUNIT_CUES or m.cue in OFFICE_CUES or (
                t + 1 >= self.sentence_end[m.t0] or self.kinds[t] != "arabic"
                or m.t1 - m.t0 < 2):
            return m
        if self.norms[t] == "في":
            body = self._gaz(t + 1)
            if body is None or body.gaz is None or body.t0 != t + 1 or (
                    body.start != self.starts[t + 1]):
                return m                # في + a known body, written without a clitic
        else:
            if not self.norms[t].startswith("ل") or (
                    not _definite_cue_reading(self.norms[m.t0])[1] or not all(
                        _adjective_shaped(self.norms[x]) and not self._any_cue(x)
                        for x in range(m.t0 + 1, m.t1))):
                return m
            g = self._gaz(t)
            c = self._cue_phrase(t) if self._cue(t) else None
            body = c if c and (not g or c.t1 > g.t1) else g
            if body is None or body.t0 != t or not (
                    body.start > self.starts[t] or self.norms[t].startswith("لل")):
                return m                # لجنة …: no ل clitic before a body, no parent
        if body.label != "ORG":
            return m
        entry = body.gaz
        kind = (entry.type if entry else ORG_CUES.get(body.cue, "")) or ORG_CUES[m.cue]
        name = _with_article(self.text[m.start:body.end])
        return FoundMention(m.t0, m.t1, m.start, m.end, m.name, "ORG", "cue", m.cue,
                            Entry(name, "ORG", kind))

    def _office_after_dash(self, m: FoundMention) -> bool:
        """Whether the office phrase ``m`` (مكتب غزة) follows a dash right after an
        organisation's mention (مؤسسة الأمل - مكتب غزة، منظمة X – مكتب الأردن): the
        body's office in that place, as فرع غزة would be its branch, no body of its own;
        the place after the cue keeps its own mention. docs/arabic.md, Names and cue
        nouns."""
        t = m.t0
        before = self.claimed[t - 2] if t >= 2 and self.norms[t - 1] in DASHES else None
        return before is not None and before.label == "ORG" and before.t1 == t - 1

    def _office_of_body(self, m: FoundMention) -> bool:
        """Whether the definite office phrase ``m`` (المكتب الإقليمي، المديرية العامة،
        المكتب الدولي الأول) is followed, over at most two definite words (للدول العربية),
        by ل or ب and an organisation (لمنظمة الصحة العالمية، بمنظمة العمل الدولية، لشركة
        سوناطراك): then it is an office of that body, part of it, not a body of its own;
        the body is its own mention (docs/arabic.md, Names and cue nouns)."""
        if not _definite_cue_reading(self.norms[m.t0])[1]:
            return False                                # مكتب بيروت: its own phrase
        stop = self.sentence_end[m.t0]
        k = m.t1
        while k < min(stop, m.t1 + 2) and self._arabic_word(k) and self._definite(
                self.norms[k]) and not self.norms[k].startswith(("لل", "بال")):
            k += 1
        if k >= stop or self.kinds[k] != "arabic" or not self.norms[k].startswith(("ل", "ب")):
            return False
        g = self._gaz(k)
        if g and g.label == "ORG" and g.start > self.starts[k]:
            return True                                 # لمنظمة الصحة العالمية
        cue = _word(self.norms[k]).cue
        if cue and cue[0]:                              # لشركة "سوناطراك"، بمنظمة …
            return True
        prefix, definite = _definite_cue_reading(self.norms[k])
        return bool(definite) and prefix > 0 and self.norms[k].startswith("لل")

    def _place_after(self, g: FoundMention | None, c: FoundMention) -> bool:
        """Whether the cue phrase ``c`` only adds a place with ل to the known name ``g``
        at the same token (البنك الدولي للسودان: the World Bank, whose grant is for
        Sudan), a complement-head phrase (البنك الدولي لدعم التعليم) or a phrase of a
        function word (مجموعة العشرين حول الشراكة مع …: what the meeting was about; not a
        word of fighting, :data:`.words.ADVERSARY_WORDS`: التحالف الدولي ضد داعش may be
        the coalition's name), so the known name is the organisation."""
        if g is None or g.t0 != c.t0:
            return False
        if g.t1 < c.t1 and (self.norms[g.t1] in COMPLEMENT_HEADS or (
                self.norms[g.t1] in NAME_FUNCTION_WORDS
                and self.norms[g.t1] not in ADVERSARY_WORDS)):
            return True                     # البنك الدولي لدعم التعليم: what the money is for
        if g.t1 < c.t1 and g.label == "ORG" and self._not_of_known_name(g.t1):
            return True                     # دور البنك الدولي الكبير، … للاتفاق على
        if g.t1 < c.t1 and g.label == "ORG" and self._portfolio_after_title(g):
            return True                     # مفوض الاتحاد الأفريقي | للسلم والأمن
        hit = self.match(self.keys, g.t1, self.sentence_end[g.t1])
        return bool(hit) and hit[2].label == "PLACE" and g.t1 + hit[0] == c.t1 \
            and self.norms[g.t1].startswith("ل")

    def _portfolio_after_title(self, g: FoundMention) -> bool:
        """Whether the known name ``g`` follows an office's title (مفوض، ممثل، مبعوث:
        lexicon titles) and ل opens the word after it: the office's portfolio, what the
        holder of the post at that body is for (مفوض الاتحاد الأفريقي للسلم والأمن, the
        Union's commissioner for peace and security), not an agency of the body. The
        body is the known name. docs/arabic.md, *Names and cue nouns*."""
        t = g.t0 - 1
        return t >= 0 and self.kinds[t] == "arabic" and _word(self.norms[t]).title and (
            self._arabic_word(g.t1) and self.norms[g.t1].startswith("ل"))

    def _not_of_known_name(self, k: int) -> bool:
        """Token ``k``, right after a known organisation's name, is no word of it: a
        definite word that is no relative adjective (دور البنك الدولي الكبير: the
        adjective of the noun before the name; يتولى صندوق … الإشراف: the verb's object),
        or ل and a verbal noun with its own preposition (للاتفاق على: a purpose). A
        relative adjective may still add the body's country or region (البنك الأهلي
        المصري). docs/arabic.md, Names and cue nouns."""
        n = self.norms[k]
        if not self._arabic_word(k):
            return False
        if self._definite(n) and n.startswith("ال") and not _is_nisba(n):
            return True
        return (n.startswith("ل") and k + 1 < self.sentence_end[k]
                and self.texts[k + 1] in _GOVERNED_PREPS)

    def _parent_at(self, k: int) -> int:
        """End token of an institution named from token ``k`` on (a parent cue without a
        clitic, :data:`PARENT_CUES`, and its name: جامعة بيرزيت، وزارة الصحة), else 0."""
        if k >= self.ntokens or self.kinds[k] != "arabic":
            return 0
        cue = _word(self.norms[k]).cue
        if not cue or cue[0] or cue[1] not in PARENT_CUES:
            return 0
        g = self._gaz(k)
        c = self._cue_phrase(k)
        best = c if c and (not g or c.t1 > g.t1) else g
        return best.t1 if best and best.label == "ORG" else 0

    def dual_cues(self) -> None:
        """A descriptor cue in the dual (شركتي، شركتا، وكالتي) and two names joined by و
        (شركتي بوناتي الإيطالية وهلال البصرة العراقية): one mention each, a name of one
        word and its known places and relative adjectives (docs/arabic.md, Names and cue
        nouns). A known name after the cue is found by the gazetteer pass instead."""
        for i in range(self.ntokens):
            if self.kinds[i] != "arabic" or self.claimed[i] is not None or not self.norms[
                    i].endswith(("تي", "تا")):
                continue
            stem = _dual_descriptor(self.norms[i])
            stop = self.sentence_end[i]
            if not stem or i + 1 >= stop:
                continue
            b = self._dual_name_end(i + 1, stop)
            if b is None or b >= stop or len(self.norms[b]) < 3 or not self.norms[b].startswith(
                    "و") or self.kinds[b] != "arabic" or self.claimed[b] is not None:
                continue
            c = self._dual_name_end(b, stop, conjunct=True)
            if c is None:
                continue
            places = {id(self.claimed[t]) for t in range(i + 1, c) if self.claimed[t]}
            self.mentions = [m for m in self.mentions if id(m) not in places]
            for t0, t1, cut in ((i + 1, b, 0), (b, c, 1)):
                start, end = self.starts[t0] + cut, self.ends[t1 - 1]
                self._add(FoundMention(t0, t1, start, end, self.text[start:end], "ORG", "cue",
                                       stem))

    def _dual_name_end(self, k: int, stop: int, conjunct: bool = False) -> int | None:
        """End token of one name after a dual cue from token ``k`` (with ``conjunct``, a
        word that carries و): a word that is no article-word, stop word or cue, then
        known places (البصرة) and definite relative adjectives (الإيطالية); None if no
        name starts at ``k``."""
        if k >= stop or not self._arabic_word(k) or self._ends_name(k) or self._any_cue(k):
            return None
        word = self.norms[k][1:] if conjunct else self.norms[k]
        if not word or self._definite(word) or is_stop_word(word) or _word(word).any_cue:
            return None
        j = k + 1
        while j < stop and j - k < 4:
            m = self.claimed[j]
            if m is not None and m.label == "PLACE" and m.t0 == j:
                j = m.t1
            elif self._arabic_word(j) and _is_nisba(self.norms[j]):
                j += 1
            else:
                break
        return j

    def short_names(self) -> None:
        """One Arabic word in brackets or quotes right after an organisation's name is its
        short name or acronym (المنظمة السودانية للبحث والتنمية (سورد)، شركة … “مدى”): a
        mention of its own (rule ``short``), merged with the name (docs/arabic.md, *Names
        and cue nouns*: the short form follows the name in brackets). Not a known name,
        a stop word, or a word ending in ة or a relative adjective (شركة … (حكومية)), also
        in the plural (بنك فلسطين (محليين): "local", of the banks listed). In quote marks,
        which hold no such adjective of a firm's legal form ((محدودة)، (خاصة)), a word in
        ة is a short name (هيئة الرقابة ومكافحة الفساد «نزاهة»، «وقاية») unless it ends
        in ية after a consonant, a relative adjective (حكومية)."""
        for m in list(self.mentions):
            k = m.t1
            if m.label != "ORG" or k + 2 >= self.ntokens or k + 2 >= self.sentence_end[m.t0]:
                continue
            opener, w, closer = self.texts[k], k + 1, self.texts[k + 2]
            n = self.norms[w]
            if opener in OPENERS and closer == OPENERS[opener] and self._arabic_word(w) and (
                    not is_stop_word(n) and not (self.texts[w].endswith("ة") and (
                        opener == "(" or _RELATIVE_ENDING.search(self.texts[w])))
                    and not _is_nisba(n) and not n.endswith(("يين", "يون"))
                    and not self._ends_name(w) and not self._any_cue(w)):
                self._add(FoundMention(w, w + 1, self.starts[w], self.ends[w], self.texts[w],
                                       "ORG", "short"))

    def latin(self) -> None:
        """Runs of capitalised Latin words and acronyms not yet claimed (Google, Amazon
        Web Services, ACRE; Project Nimbus is a project), each with the Arabic list item
        right before it (:meth:`_list_item`); an acronym written with dots (W.H.O، U.N.)
        is one name, its letters (:meth:`_dotted_acronym_end`)."""
        nxt = 0                                         # the first token not yet passed
        self._dropped: list[FoundMention] = []          # replaced by list items
        people: set[str] = set()                        # family names of Latin PERSONs
        # مؤشر EGX70، سهم COMI: an index or a ticker, here and wherever else it stands
        # (a code in capitals: سهم Apple names the firm)
        things: set[str] = set()
        for i in self.latin_at:
            if self.texts[i].isupper() and self._after_thing_noun(i) or (
                    self._after_thing_noun(i, PRODUCT_NOUNS)) or (
                    # مستحضرا Cinfaval وDiostar: the next of a list of products
                    i > 1 and self.norms[i - 1] == "و" and self.texts[i - 2] in things):
                things.add(self.texts[i])
        for i in self.latin_at:
            if i < nxt:
                continue
            text = self.texts[i]
            dotted = self._dotted_acronym_end(i, self.sentence_end[i]) if (
                self.claimed[i] is None) else 0
            if dotted and all(c is None for c in self.claimed[i:dotted]):
                # W.H.O، U.N.: one acronym, its letters without the dots, and the known
                # body it is (the gazetteer's WHO), not a name per letter
                letters = "".join(t for t in self.texts[i:dotted] if t != ".")
                gaz = self.gazetteer.index.get((letters,))
                self._add(FoundMention(i, dotted, self.starts[i], self.ends[dotted - 1],
                                       letters, "ORG", "latin",
                                       gaz=gaz if gaz is not None and gaz.label == "ORG"
                                       else None))
                nxt = dotted
                continue
            if self.claimed[i] is None and (
                    text[0].isupper() or any(c.isupper() for c in text[1:])):
                k = self._latin_run(i, self.sentence_end[i])
                while k > i + 1 and self.claimed[k - 1] is not None:
                    k -= 1
                if text in things or self._not_a_latin_name(i, k):
                    nxt = k
                    continue
                label = "PROJECT" if text.lower() == "project" and k > i + 1 else "ORG"
                if label == "ORG" and self._latin_person(i, k, people):
                    label = "PERSON"
                    people.add(self.texts[k - 1])
                m = self._add(FoundMention(i, k, self.starts[i], self.ends[k - 1],
                                           self._text(i, k), label, "latin"))
                named = self._named_before_intro(i) if label == "ORG" else False
                if isinstance(named, FoundMention):
                    m.ref = named           # واختصاره AKP: the party's own acronym
                elif not named:
                    self._list_item(m)
                nxt = k
        if self._dropped:
            # Mentions compare by identity (eq=False); held in _dropped until here, so
            # no id is reused meanwhile.
            gone = set(map(id, self._dropped))
            self.mentions = [m for m in self.mentions if id(m) not in gone]
            self._dropped = []

    def _named_before_intro(self, i: int) -> FoundMention | bool:
        """The body whose abbreviation or official name the words before the Latin name
        at token ``i`` say it is (name_boundaries acronym_intro, with و and the filler
        words of :data:`ACRONYM_FILLERS`): an adjective (المعروف اختصارا بـ NSC) qualifies
        the body right before it, a comma between or none; a pronoun (واختصاره الرسمي
        AKP) the last body named in the paragraph. ``True`` for such words with no such
        body, ``False`` without them. Those words are no name of their own (no list
        item), and the Latin name joins the body (docs/arabic.md, *Names and cue
        nouns*)."""
        j, pronoun = i, None
        while j > 0 and i - j < 5 and self.sentence_end[j - 1] == self.sentence_end[i]:
            n = self.norms[j - 1]
            base = n[1:] if n[:1] in "وف" and n[1:] in ACRONYM_INTROS else n
            if base in ACRONYM_INTROS:
                pronoun = base in _PRONOUN_INTROS if pronoun is None else pronoun
            elif n not in ACRONYM_FILLERS:
                break
            j -= 1
        if pronoun is None:
            return False
        if j > 0 and self.norms[j - 1] == ",":
            j -= 1
        if not pronoun:
            c = self.claimed[j - 1] if j > 0 else None
            return c if c is not None and c.label == "ORG" and c.t1 == j else True
        paragraphs = self._token_paragraphs()
        for k in range(j - 1, max(j - 60, 0) - 1, -1):
            c = self.claimed[k]
            if paragraphs[k] != paragraphs[i]:
                break
            if c is not None and c.label == "ORG":
                return c
        return True

    def _person_shaped(self, i: int, k: int) -> bool:
        """Whether the Latin tokens ``i``..``k`` have the shape of a person's name: two to
        four capitalised words, none in capitals (an acronym) nor a word of bodies
        (:data:`LATIN_ORG_WORDS`: Bank, Group, Monde)."""
        words = [self.texts[t] for t in range(i, k)]
        return 2 <= len(words) <= 4 and all(
            w[0].isupper() and any(c.islower() for c in w[1:])
            and w.casefold() not in LATIN_ORG_WORDS for w in words)

    def _transliterated_person(self, first: int, last: int, k: int, stop: int) -> bool:
        """Whether the Arabic words ``first``..``last`` end in a person's name that the
        Latin run at ``k`` transliterates (وزارة الخارجية اليابانية هيروشي تاناكا Hiroshi
        Tanaka): after a definite word, as many indefinite words as the run has words, and
        the run person-shaped (:meth:`_person_shaped`). A definite name is complete before
        an indefinite word (docs/arabic.md, Names: Latin names inside Arabic sentences)."""
        n = self._latin_run(k, stop) - k
        a = last - n
        return a > first and self._person_shaped(k, k + n) and self._definite(self.norms[a - 1]) \
            and not any(self._definite(self.norms[t]) or self.norms[t].startswith(("ل", "ب"))
                        for t in range(a, last))

    def _latin_person(self, i: int, k: int, people: set[str]) -> bool:
        """Whether the Latin run of tokens ``i``..``k`` is a person's name written in Latin
        letters (docs/arabic.md, Names: Latin names inside Arabic sentences): two to four
        capitalised words, none in capitals (an acronym) nor a word of bodies
        (:data:`LATIN_ORG_WORDS`: Bank, Group, Monde) nor a connector, where a person
        stands: after a title or an honorific (السيد Jean Moreau، الرئيس الفرنسي …),
        after a speech verb with أن / إن, punctuation or the sentence's end after it
        (وقال Pierre Dubois إن), or before a comma and a role word (Anna Berg، مديرة …).
        One word is a person when it is the family name of a Latin person named before
        (``people``: وأضاف Dubois)."""
        if k == i + 1:
            return self.texts[i] in people
        if not self._person_shaped(i, k):
            return False
        stop = self.sentence_end[i]
        if i - (k - i) > 0 and all(self.kinds[t] == "arabic" and self.claimed[t] is None
                                   and not self._definite(self.norms[t])
                                   for t in range(i - (k - i), i)) \
                and self.claimed[i - (k - i) - 1] is not None:
            return True     # وزارة الخارجية اليابانية هيروشي تاناكا Hiroshi Tanaka: the
            #               Arabic name right before, word for word, after a body's name
        before = self.norms[i - 1] if i > 0 and self.kinds[i - 1] == "arabic" else ""
        w = _word(before) if before else None
        if w is not None and (w.title or before in PERSON_TITLES):
            return True
        if w is not None and i > 1 and _is_nisba(before) and _word(self.norms[i - 2]).title:
            return True                     # الرئيس الفرنسي Emmanuel Macron
        if w is not None and w.speech and (
                k >= stop or self.kinds[k] == "punct" or self.norms[k] in PERSON_NAME_ENDS
                # وصرح Pierre Dubois لصحيفة لوموند: the outlet told
                or self.norms[k].startswith("ل") and self.claimed[k] is not None
                and self.claimed[k].label == "ORG"):
            return True
        return k + 1 < stop and self.texts[k] in ",،" and self.norms[k + 1] in ROLES

    def _after_thing_noun(self, i: int, nouns: frozenset = THING_NOUNS) -> bool:
        """Whether the Latin token ``i`` follows a noun of a thing (lexicon thing_noun:
        مؤشر، سهم، رمز, with proclitics or the article), right before it or with one
        definite adjective between (المؤشر الرئيسي EGX30): the name of a market index or
        a share's ticker, no organisation; with ``nouns`` PRODUCT_NOUNS a product's
        (مستحضر X، المادة الفعالة X). docs/lexicon.md."""
        j = i - 1
        if j >= 0 and self.kinds[j] == "arabic" and (
                _is_nisba(self.norms[j]) or _adjective_shaped(self.norms[j])
                or nouns is PRODUCT_NOUNS and self.norms[j].startswith("ال")):
            if not any(w in nouns for _, w in candidates(self.norms[j])):
                j -= 1                  # المؤشر الرئيسي | EGX30: one adjective between
        return j >= 0 and self.kinds[j] == "arabic" and any(
            w in nouns for _, w in candidates(self.norms[j]))

    def _not_a_latin_name(self, i: int, k: int) -> bool:
        """Whether the Latin run of tokens ``i``..``k`` is no name: one English word
        (:data:`khabar.entities.words.LATIN_WORDS`) not in capitals (The, This; WHO
        stays an acronym), one word or acronym that names a thing (:data:`LATIN_THINGS`:
        PDF, GMT, in any case), a hashtag (#COVID2019: a topic, not an organisation), a
        handle (@name), part of a link's path (…/1WQF53mJWc) or of a code written with
        digits glued before it (12X12, 4G: a code or a unit, no name)."""
        text = self.texts[i]
        if self.starts[i] > 0 and self.text[self.starts[i] - 1].isdigit():
            return True
        if k == i + 1 and text.lower() in LATIN_WORDS and not text.isupper():
            return True
        if k == i + 1 and text.casefold() in LATIN_THINGS:
            return True
        # (a hashtag #COVID2019, a handle @KKhnfr, a link's path pic.twitter.com/1WQF53)
        return self.starts[i] > 0 and self.text[self.starts[i] - 1] in "#@/"

    def business_names(self) -> None:
        """A one-word name and a firm's line of business with لل after it, with no cue
        (وأعلنت الأهلية للتأمين، ووقعت الخليج للاستثمار مع بوبيان للتأمين التكافلي): a
        company (lexicon business_field), with the definite adjectives and و + field
        after it (للتأمين وإعادة التأمين التكافلي). Not when a preposition follows (تسعى
        الحكومة للاستثمار في …: "to invest in"), nor after a cue, a stop word or a name
        already found, nor when the word is a relative adjective after a definite noun,
        which it qualifies (القيمة الإجمالية للاستثمار: "the total value"). docs/arabic.md,
        *Names and cue nouns*."""
        for f in range(1, self.ntokens):
            if self.norms[f] not in BUSINESS_FIELDS or not self._arabic_word(f):
                continue
            lead, stop = f - 1, self.sentence_end[f]
            if not self._arabic_word(lead) or self.sentence_end[lead] != stop or (
                    self._ends_name(lead) or self._any_cue(lead)
                    or is_stop_word(self.norms[lead]) or len(self.norms[lead]) < 3
                    or self.norms[lead].endswith(("ات", "ا")) or "\u064b" in self.texts[lead]):
                continue            # خططاً، فرصا، مشروعات للاستثمار: a plural or accusative noun
            before = self.claimed[lead - 1] if lead > 0 else None
            if before is not None and not (before.label == "ORG" and before.rule == "cue"
                                           and before.t1 == lead):
                continue
            if before is None and lead > 0 and self._any_cue(lead - 1):
                continue
            if before is None and lead > 0 and _is_nisba(self.norms[lead]) and (
                    self._arabic_word(lead - 1) and self._definite(self.norms[lead - 1])):
                continue            # القيمة الإجمالية للاستثمار: the adjective of a noun
            k = f + 1
            while k < stop and self._arabic_word(k) and (
                    _is_nisba(self.norms[k]) or (
                        self.norms[k].startswith("و") and k + 1 < stop
                        and self._arabic_word(k + 1) and self._definite(self.norms[k + 1])
                        and not self._any_cue(k) and not self._any_cue(k + 1)
                        and not self._ends_name(k + 1))):
                k += 1 if _is_nisba(self.norms[k]) else 2      # وإعادة التأمين
            k = min(k, stop)
            if k < stop and self.kinds[k] == "arabic" and self.norms[k] in (
                    "في", "ب", "علي", "الي"):
                continue                                # للاستثمار في …: a purpose
            if before is not None:
                # شركة جلوبال كوم للاتصالات: the cue's name went on over one more word
                # and the field; the mention grows to hold them
                ns = before.end - len(before.name)
                if before.name and self.text[ns:before.end] == before.name:
                    before.name = self.text[ns:self.ends[k - 1]]
                before.t1, before.end = k, self.ends[k - 1]
                self.claimed[lead:k] = [before] * (k - lead)
                continue
            self._add(FoundMention(lead, k, self.starts[lead], self.ends[k - 1],
                                   self._text(lead, k), "ORG", "cue", normalise("شركة")))

    def bracketed_acronyms(self) -> None:
        """A Latin acronym in brackets right after definite Arabic words with no cue
        (الإغاثة الطبية الفلسطينية (PMRS)): those words are the organisation's Arabic name,
        a mention merged with the acronym (docs/arabic.md, Names and cue nouns: the Latin
        form in brackets after the Arabic one is the same entity). Two words at least,
        the first with the article, none of them a function word, cue or known name."""
        for m in list(self.mentions):
            k = m.t0
            if m.rule != "latin" or m.label != "ORG" or m.t1 != k + 1 or k < 3 or (
                    self.texts[k - 1] != "(" or m.t1 >= self.ntokens
                    or self.texts[m.t1] != ")" or not self.texts[k].isupper()
                    or len(self.texts[k]) < 2):
                continue
            a = k - 1
            while a > 0 and k - 1 - a < 5 and self._arabic_word(a - 1) and (
                    self._definite(self.norms[a - 1]) and not self._ends_name(a - 1)
                    and not self._any_cue(a - 1)
                    and self.sentence_end[a - 1] == self.sentence_end[k]):
                a -= 1
                if self.norms[a].startswith(("لل", "وال", "بال")):
                    break           # للنداء الفلسطيني الموحد: a clitic opens the name
            # the name opens with the article, or ل / و / ب and it (للنداء الفلسطيني …)
            first = self.norms[a]
            cut = 0 if first.startswith(("ال", "لل")) else 1 if first.startswith(
                ("وال", "بال")) else -1
            # محطة مساعدة المهاجرين الأجانب (MOAS): an indefinite noun before governs the
            # words, so the name starts earlier, at a word no rule here can bound; على
            # المستوى الشعبي، في المجال الطبي: a level or field, not a body
            before = a > 0 and first.startswith("ال") and (self._arabic_word(a - 1) and not (
                self._ends_name(a - 1) or is_stop_word(self.norms[a - 1]))
                or self.norms[a - 1] in _LEVEL_PREPS)
            if k - 1 - a >= 2 and cut >= 0 and not before:
                start = self.starts[a] + cut
                self._add(FoundMention(a, k - 1, start, self.ends[k - 2],
                                       self.text[start:self.ends[k - 2]], "ORG", "bracketed"))

    def _list_item(self, m: FoundMention) -> None:
        """An Arabic name right before a Latin one, as a list item: ، X Y Z NAME،."""
        i, after = m.t0, m.t1
        if after < self.ntokens and after < self.sentence_end[i] and self.kinds[after] != "punct":
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
        if k > 0 and self.sentence_end[k - 1] == self.sentence_end[k]:   # not a sentence start
            p = self.norms[k - 1]
            if not (p in ",:;(" or p in LIST_OPENERS):
                return
        # Dropped from self.mentions at the end of latin(), all at once: list.remove
        # here scanned the whole list each time (quadratic on a long article).
        self._dropped.extend({self.claimed[x] for x in range(k, i)} - {None})
        self._add(FoundMention(k, i, self.starts[k], self.ends[i - 1], self._text(k, i),
                           "ORG", "list"))

