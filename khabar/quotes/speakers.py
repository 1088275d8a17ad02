"""The speaker named by a noun phrase (docs/arabic.md, "Quotes and attribution", the
speaker; "Names and cue nouns"): one method per rule, tried in order by
:meth:`Doc.speaker`. Person or organisation is decided first; gender comes from the cue
verb, else from a title; no list of first names."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property
from typing import NamedTuple

from ..text import Article, normalise
from .cues import read_cues
from .history import Speaker, _name_words, _one_edit, office_words, role_words, spelling_key
from .history import name_parts  # own line
from .words import speech_noun  # own line
from .words import masdar_shaped  # own line
from .words import SOURCE_QUANTITIES  # own line
from .words import REPRESENTING_PREPS  # own line
from .words import GROUP_NOUNS  # own line
from .words import MEDIA_CUES  # own line
from ..numwords import NUMBER_WORDS, VAGUE_WORDS
from .words import RELATIVE_PRONOUNS  # own line
from .words import HOLDER_ADJECTIVES  # own line
from ..entities.words import _adjective_shaped
from ..entities.words import GENERIC_CUES  # own line
from ..entities.words import DASHES  # own line
from ..entities.words import _UNMARK, NAME_BREAKERS  # own line
from .words import _CLOSERS, _MARK_CHARS, _OPENERS, SAME_DETERMINERS  # own line
from .titles import TitlePhrases
from .words import TITLE_ABBREVIATIONS  # own line: other branches edit the block below
from .words import adverbial_accusative  # own line
from .words import OBJECT_WORDS  # own line
from .words import OCCUPATION_TITLES  # own line
from .words import SPOKES_ADJECTIVES  # own line
from .words import PARTITIVES, RANK_PARTS  # own line
from .words import COUNTRY_ADJECTIVES, COUNTRY_NAMES  # own line
from .words import COUNTRY_ADJECTIVE_OF  # own line
from .words import (_APPOSITION_PRONOUNS, _ROLE_TAIL, ALA_VERB_FORMS, AN_WORDS, DOCUMENT_NOUNS,
                    HONORIFICS,
                    MEDIUM_NOUNS, NAME_LINKS, OFFICE_HONORIFICS, ORG_CUES, PARTICIPLES,
                    PERSON_PRONOUNS,
                    SPOKES_NOUNS,
                    TITLE_GENDER, UNNAMED_SOURCES, _definite, _is_stop)

#: باسم with a pronoun: "on its behalf" (المتحدث باسمها).
_ON_BEHALF_OF_IT = frozenset({"باسمه", "باسمها", "باسمهم", "باسمهما"})
#: How far back (tokens) a bare definite title looks for the phrase it repeats, and how
#: many earlier phrases of the same title it reads at most.
_TITLE_REACH = 400
#: Speakers searched back for a shorter spokesperson's title (a bound: History is long).
_RECENT_SPEAKERS = 20
#: Dashes that set a title apart after a name, as commas do (فلان – وكيل الوزارة –).
_DASHES = DASHES
#: A dash written against the word before it and what follows: an aside, no part of the
#: role (a spaced dash may join a name: رئيس جهة طنجة - تطوان).
_ASIDE = re.compile(r"(?<=\S)[-–—]\s.*$", re.S)
_TITLE_TRIES = 3
#: The article, alone or after و / ل (normalised): a definite word.
_ARTICLE = ("ال", "لل", "وال", "بال")
#: How far before a name (tokens) the title that introduced it may open.
_TITLE_BACK = 8
#: How far back (tokens) a definite document noun (البيان) looks for the document it
#: names again (في بيان لوزارة …); only the nearest one is read.
_DOCUMENT_REACH = 400
#: "issued" before عن and the issuer (بيان صادر عن الهيئة), normalised.
_ISSUED = frozenset({"صدر", "صادر", "صادرا", "صادره", "الصادر", "الصادره"})


class Phrase(NamedTuple):
    """A speaker's noun phrase: tokens ``[i, j)`` (``limit``: the end of its apposition),
    characters ``[ps, pe)``; the title noun at ``i`` ("" if none); the head noun after
    clitic stripping (``head``, proclitic length ``head_n``); the apposition's tokens
    ``appos`` (empty if none); the PERSON mentions that may name it and the ORG mentions
    inside it."""

    i: int
    j: int
    limit: int
    ps: int
    pe: int
    title: str
    head_n: int
    head: str
    appos: tuple[int, int]
    persons: list
    orgs: list

    def org_first(self) -> bool:
        """Whether an ORG mention opens the phrase."""
        return bool(self.orgs) and self.orgs[0][0] == self.ps


class Doc(TitlePhrases):
    """One article: the token index, its cues, and the speaker rules.

    Input: an analysed article, its mentions (:data:`khabar.schema.MENTIONS` rows or
    None); ``plain``: the plain twin of every fast path."""

    def __init__(self, article: Article, mentions, plain: bool = False):
        super().__init__(article, mentions, plain)
        self.set_cues(read_cues(self, plain))

    def speaker(self, i: int, limit: int, gender: str,
                attached_li: bool = False) -> Speaker | None:
        """The speaker named by tokens from ``i`` (the phrase) up to ``limit`` (the end
        of its apposition), the cue's ``gender`` given; ``attached_li``: the phrase's
        first word carries the ل of في بيان لـ (لوزارة الصحة). None when no noun phrase
        starts at ``i``: at أن/إن, a preposition, a cue, a recipient, punctuation."""
        if i + 1 < limit and self.norms[i] in ("و", "ف"):     # و قالت المنظمة: a spaced و
            i += 1
        if i + 1 < limit and self.norms[i] in SAME_DETERMINERS and self.title_at(i + 1) \
                and self.norms[i + 1].startswith("ال"):
            i += 1      # وأوضح ذات المسؤول: the title alone, read back (_title_named_before)
        if i + 1 < limit and self.norms[i] in OFFICE_HONORIFICS and self.title_at(i + 1) \
                and self.norms[i + 1] not in HONORIFICS:
            i += 1      # وأضاف سعادة رئيس الغرفة: the honorific is no part of the title
        if i + 2 < limit and self._nationality_before_name(i, attached_li):
            i += 1      # وقال الإيطالي روبرتو مانشيني: the nationality is no part of the name
        if i + 1 < self.n and self.texts[i + 1] == "." and self.kinds[i] == "arabic" \
                and self.norms[i] in TITLE_ABBREVIATIONS:
            if i + 2 >= limit:
                return None     # وتابع د . (the sentence cut at the dot): no name
            i += 2     # وأشار د.كمال يوسف: the abbreviated title (docs/arabic.md) is no name
        if i < limit and self.texts[i] in _OPENERS:
            sp = self._quoted_person(i, limit, gender)
            if sp is not None:
                return sp
        if i < limit and self.texts[i] in _OPENERS:
            sp = self._quoted_organisation(i, limit, gender)
            if sp is not None:
                return sp
        if i < limit and self._opening_relative(i) and not self._looking_back:
            # ⏎ والذي صرح بأن …: a line opened by a relative pronoun goes on about the
            # person named last before it
            sp = self._person_in_sentence_before(i, gender) or self._person_named_before(
                i, gender)
            return sp if sp is not None and sp.type == "person" else None
        if i >= limit or not self._may_name(i, attached_li):
            return None
        if self.after_bi_object_verb(i) and self.bi_object(i):
            return None     # كما أشاد بدعم الجمهور قائلاً: the verb's object, no subject
        if self.norms[i] in PERSON_PRONOUNS and not self._looking_back:
            sp = self._person_named_before(i, gender)
            if sp is not None:
                return sp
        ph = self._phrase(i, limit, attached_li)
        for rule in (self._partitive, self._group, self._medium_name, self._mentioned_person,
                     self._unnamed_source,
                     self._document,
                     self._spokesperson, self._organisation, self._titled_person,
                     self._name_before_title):
            sp = rule(ph, gender)
            if sp is not None:
                return self._title_named_before(ph, sp, gender)
        places = self.mentions_in(ph.ps, ph.pe, "PLACE")
        if len(places) == 1 and places[0][0] <= ph.ps + 1 and places[0][1] == ph.pe:
            # أعلن السودان، وقالت السعودية إنها: a country speaks through its government,
            # an organisation, not a person
            return Speaker(self.text[ph.ps:ph.pe], gender, "organisation", "", "",
                           ph.ps, ph.pe)
        if any(self.kinds[t] == "number" for t in range(ph.i, ph.j)):
            # يضيف كل منهما 5ر4 مليون طن: a verb of speech used for another sense (adds);
            # a figure is in no person's name
            return None
        return self._bare_name(ph, gender)

    def _person_in_sentence_before(self, i: int, gender: str) -> Speaker | None:
        """The person named after the last title of the sentence before token ``i``
        (… تصريحات الناطق باسم الحزب فلان ⏎ والذي صرح), else None."""
        if i < 1:
            return None
        prev = self.article.sentence_at(self.starts[i - 1])
        if prev is None:
            return None
        first = self.tok_index(prev.start)
        for t in range(i - 1, max(first - 1, i - _TITLE_REACH), -1):
            if self.title_at(t) and self.norms[t] not in HONORIFICS:
                earlier = self._speaker_looking_back(t, i, gender)
                if earlier is not None and earlier.type == "person" and (
                        earlier.start > self.starts[t]):
                    return earlier
        return None

    def _object_after_nisba(self, t: int) -> bool:
        """Whether token ``t``, right after a country's adjective in a title (وزير الداخلية
        الجزائري), is a definite noun that the title cannot govern: no adjective (no
        relative adjective in ي / ية, no holder adjective: السابق، المكلف), no title
        word and no PERSON mention (a family name there is most often a nisba: الصفدي)."""
        norm = self.norms[t]
        return (self.kinds[t] == "arabic" and norm.startswith("ال") and len(norm) > 4
                and not norm.endswith(("ي", "يه", "يين", "يون", "يات"))
                and norm not in HOLDER_ADJECTIVES and not self.title_at(t)
                and not self.mentions_in(self.starts[t], self.ends[t], "PERSON"))

    def _opening_relative(self, i: int) -> bool:
        """Whether token ``i`` is a relative pronoun, with و / ف or not (والذي، التي:
        attribution.tsv relative_pronoun), that opens its sentence: its antecedent is in
        the sentence before, never a speaker's name of its own."""
        norm = self.norms[i]
        bare = norm[1:] if norm[:1] in ("و", "ف") else norm
        if bare not in RELATIVE_PRONOUNS and norm not in RELATIVE_PRONOUNS:
            return False
        sent = self.article.sentence_at(self.starts[i])
        return sent is not None and self.tok_index(sent.start) == i

    def _before_honorific(self, i: int, k: int, default: int) -> int:
        """Where the role ends when the name starts at token ``k``: before the honorifics
        right before the name, with the words of a military rank (رئيس المجلس الفريق
        أول ركن فلان، الناطق باسم الجيش العميد دكتور فلان → the office alone; titles.tsv
        rank_part), if a token from ``i`` on is left before them; else ``default``."""
        b = k - 1
        seen = False
        # (العميد دكتور فلان، اللواء الركن الدكتور فلان: honorifics and rank words in a row)
        while b > i and (self.norms[b] in RANK_PARTS or self.norms[b] in HONORIFICS):
            seen = seen or self.norms[b] in HONORIFICS
            b -= 1
        if seen and b >= i:
            return self.ends[b]
        return default

    def _partitive(self, ph: Phrase, gender: str) -> Speaker | None:
        """أحد، إحدى ("one of", attribution.tsv partitive) and the group after it (أحد
        متابعي فلان، إحدى المواطنات): an unnamed member of the group speaks, the whole
        phrase; a person named in its genitive is not the speaker (docs/arabic.md,
        "Quotes and attribution"). None for another phrase."""
        if self.norms[ph.i] not in PARTITIVES or ph.j - ph.i < 2:
            return None
        return Speaker(self.text[ph.ps:ph.pe], gender, "person", "", "", ph.ps, ph.pe)

    def _medium_name(self, ph: Phrase, gender: str) -> Speaker | None:
        """An account, page or site named in quote marks right after its medium noun
        (attribution.tsv medium: وقال حساب "X" على فيسبوك، وذكرت صفحة «X»): the body
        named speaks, an organisation (its mention's entity, else the quoted words); a
        mention the entity rules made of the medium noun itself is no person (docs/arabic.md,
        "Quotes and attribution"). None for another phrase."""
        i = ph.i
        if ph.head not in MEDIUM_NOUNS or ph.org_first() or not (
                i + 2 < ph.limit and self.texts[i + 1] in _OPENERS):
            return None
        close = self.quoted_close(i + 1, ph.limit)
        if close is None:
            return None
        return Speaker(self.quoted_org_name(i + 1, close), gender, "organisation", "", "",
                       ph.ps, self.ends[close], ph.head)

    def _group(self, ph: Phrase, gender: str) -> Speaker | None:
        """An unnamed group of people (attribution.tsv group_noun, indefinite, with at most
        two adjectives) and من with the definite plural that says who they are (وقال عدد
        من الأطباء، وقالت مجموعة مجهولة من العاملين، فريق من الخبراء الدوليين): the whole
        phrase speaks, up to the people's noun and its definite adjectives; neither a
        person nor an organisation (مجموعة is also a company's cue noun: مجموعة الحبتور),
        no gender (docs/arabic.md, "Quotes and attribution"). None for another phrase."""
        i, j = ph.i, ph.j
        if ph.head not in GROUP_NOUNS or self.norms[i] != ph.head or not i < j <= i + 3:
            return None
        t = j + 1
        if not (t < ph.limit and self.norms[j] == "من" and self.kinds[t] == "arabic"
                and self.norms[t].startswith("ال") and not self.cues[t]
                and not self.overlapping(self.starts[t], self.ends[t], "ORG")):
            return None
        t += 1
        while t < ph.limit and self.kinds[t] == "arabic" and self.norms[t].startswith("ال") \
                and self.norms[t].endswith(("ي", "يه", "ين", "يون", "ات")) and not self.cues[t]:
            t += 1      # فريق من الخبراء الدوليين: their adjectives
        pe = self.ends[t - 1]
        return Speaker(self.text[ph.ps:pe], "unknown", "unknown", "", "", ph.ps, pe, ph.head)

    def _quoted_person(self, i: int, limit: int, gender: str) -> Speaker | None:
        """A person's name in quote marks right after the cue, with a comma and a role
        after it (قال "سامر الحلبي"، المتحدث باسم المنظمة، "…"): the name the marks hold
        (two to four Arabic words that are no cue, title or function word), the role
        and affiliation from the apposition; else None."""
        close = next((t for t in range(i + 1, min(limit, i + 6))
                      if self.texts[t] in _CLOSERS.get(self.texts[i], "")), None)
        if close is not None and self._quoted_name_before(i, close):
            s, e = self.starts[i + 1], self.ends[close - 1]
            return self._person(self.text[s:e], gender, s, e, "", None, (close + 1, close + 1))
        if close is None or not 3 <= close - i <= 5 or close + 2 >= limit or (
                self.texts[close + 1] not in ",،"):
            return None
        if not all(self.kinds[t] == "arabic" and not self.cues[t] and not self.title_at(t)
                   and self.strip_org(self.norms[t])[1] not in ORG_CUES
                   and not _is_stop(self.norms[t], self.texts[t]) for t in range(i + 1, close)):
            return None
        a = close + 2
        if not self.title_at(a):
            return None
        s, e = self.starts[i + 1], self.ends[close - 1]
        b = a
        while b < limit and self.texts[b] not in ",،:;.!?؟" and b - a < 16:
            b += 1
        return self._person(self.text[s:e], gender, s, e, "", None, (a, b))

    def _quoted_name_before(self, i: int, close: int) -> bool:
        """Whether the marks at ``i`` … ``close`` right after a cue hold one or two name
        words the article wrote before them, outside marks (طالب المهندس فلان المطيري …
        وقال "المطيري" على حسابه: …): a name set off by marks, the person named before,
        not a quote. The words are Arabic, no cue, title, organisation noun or function
        word, and a preposition, comma or colon follows the close."""
        if not 2 <= close - i <= 3 or close + 1 >= self.n:
            return False
        if not all(self.kinds[t] == "arabic" and not self.cues[t] and not self.title_at(t)
                   and self.strip_org(self.norms[t])[1] not in ORG_CUES
                   and self.norms[t] not in AN_WORDS
                   and not _is_stop(self.norms[t], self.texts[t]) for t in range(i + 1, close)):
            return False
        nxt = self.norms[close + 1]
        if not (self.texts[close + 1] in ",،:" or _is_stop(nxt, self.texts[close + 1])):
            return False
        words = " ".join(self.norms[t] for t in range(i + 1, close))
        sent = self.article.sentence_at(self.starts[i])
        first = self.tok_index(sent.start) if sent else i
        return self._first_unquoted.get(words, self.n) < first

    @cached_property
    def _first_unquoted(self) -> dict[str, int]:
        """Each word and pair of words of the article, normalised → the first token where
        it stands outside quote marks (built once, so the look-up stays linear)."""
        out: dict[str, int] = {}
        for u in range(1, self.n):
            if self.texts[u - 1] in _OPENERS:
                continue
            out.setdefault(self.norms[u], u)
            if u + 1 < self.n:
                out.setdefault(self.norms[u] + " " + self.norms[u + 1], u)
        return out

    def _quoted_organisation(self, i: int, limit: int, gender: str) -> Speaker | None:
        """An organisation's name in quote marks right after the cue (وقالت "يونيسف" في
        بيان إن …): the ORG mention the marks hold, as an organisation speaker; else
        None."""
        close = next((t for t in range(i + 1, min(limit, i + 6))
                      if self.texts[t] in _CLOSERS.get(self.texts[i], "")), None)
        if close is None or close == i + 1:
            return None
        s, e = self.starts[i + 1], self.ends[close - 1]
        orgs = [m for m in self.overlapping(s, e, "ORG") if m[0] <= s and m[1] >= e]
        if not orgs:
            return None
        head = self.strip_head(self.norms[i + 1])[1]
        return Speaker(orgs[0][3], gender, "organisation", "", "", s, e, head)

    # ----------------------------------------------------------------- back-references
    #: Set while an earlier phrase is read for a back-reference, so that reading it does
    #: not look back again: each back-reference reads a bounded number of phrases (an
    #: article of thousands of «قال المدير» stays linear, tests/test_scale.py).
    _looking_back = False

    def _speaker_looking_back(self, t: int, limit: int, gender: str) -> Speaker | None:
        """:meth:`speaker` of the phrase at token ``t``, without back-references."""
        self._looking_back = True
        try:
            return self.speaker(t, limit, gender)
        finally:
            self._looking_back = False

    def _person_named_before(self, i: int, gender: str) -> Speaker | None:
        """An honorific with a pronoun (وقال سعادته، وأضافت معاليها): the nearer before it
        of the last PERSON mention and the person named after a title in its sentence
        (التقى وزير النقل سالم الراشد الوفد وقال سعادته), else the last person who spoke
        with that gender; None if none (the words are then the speaker, as before)."""
        persons = self.mentions_in(0, self.starts[i], "PERSON")
        mentioned = persons[-1] if persons else None
        first = self.tok_index(self.article.sentence_at(self.starts[i]).start)
        for t in range(i - 1, max(first - 1, i - _TITLE_REACH), -1):   # in its sentence
            if mentioned is not None and self.starts[t] < mentioned[0]:
                break                                   # the mention is nearer
            if self.title_at(t) and self.norms[t] not in HONORIFICS:
                end = self.tok_index(self.article.sentence_at(self.starts[t]).end)
                earlier = self._speaker_looking_back(t, max(end, t + 1), gender)
                if earlier is not None and earlier.type == "person" and (
                        earlier.start > self.starts[t]):
                    return earlier
        if mentioned is not None:
            m = mentioned
            return self._person(m[3], gender, m[0], m[1], "", None, (i, i))
        return self.history.last_named.get(self.last(gender).name) if (
            self.last(gender) is not None and self.last(gender).type == "person") else None

    def _title_named_before(self, ph: Phrase, sp: Speaker, gender: str) -> Speaker:
        """A definite title alone (وأكد المفوض، وأوضح رئيس مجلس الإدارة) repeats a title
        phrase of the article: the last one before whose words, without the article,
        begin with its words (المفوض العام للوكالة؛ رئيس مجلس إدارة المؤسسة المهندس فلان)
        names the same person, so its speaker is this one's (the name after that title,
        or that fuller title). Any other speaker is returned as it is."""
        if not ph.title or sp.type != "person" or sp.start != ph.ps or (
                sp.role and sp.role != sp.name):
            return sp
        if sp.end < ph.pe:      # the title alone, an object after it cut (_titled_person)
            ph = ph._replace(j=self.tok_index(sp.end), pe=sp.end)
        named = self._family_name_after_bare_title(ph)
        if named is not None:
            return named
        words = list(office_words(self.norms[ph.i:ph.j]))
        # رئيس غرفة قطر after خليفة … رئيس غرفة قطر: the title repeats the role of a person
        # named before it (History.last_with_role), with no title phrase to read back
        known = self.history.last_with_role.get(tuple(words))
        if known is None and len(words) > 1:
            # وأكد الوزير المصري after أشرف العربي وزير التخطيط المصري: the bare title's
            # words are the named person's role words, the middle left out
            known = self.history.last_with_title.get(words[0])
            rw = set(role_words(known.role)[1:]) if known is not None else set()
            # (وزير خارجية المغرب holds المغربي: a country named in the role gives its
            # adjective)
            rw |= {COUNTRY_ADJECTIVE_OF[w] for w in rw if w in COUNTRY_ADJECTIVE_OF}
            if known is not None and not set(words[1:]) <= rw:
                known = None
        if known is not None and known.start < ph.ps:
            return known
        if ph.head in SPOKES_NOUNS and not self._looking_back:
            named = self._office_in_commas_before(ph, tuple(words), gender)
            if named is not None:
                return named
            named = self._spokesperson_of_body_before(ph, tuple(words))
            if named is not None:
                return named
        elif len(words) > 1 and not self._looking_back:
            # وأنهى مدرب الوداد حديثه after «فلان، مدرب الوداد الرياضي، …»: an office and
            # its body, written before in commas after a name, is that person's
            named = self._office_in_commas_before(ph, tuple(words), gender)
            if named is not None:
                return named
        if ph.j - ph.i > 4 or not any(self.norms[t].startswith("ال")
                                      for t in range(ph.i, ph.j)):
            return sp
        if self._looking_back:
            return sp                   # a phrase read for a back-reference: no deeper
        tried = 0
        for t in range(ph.i - 1, max(-1, ph.i - _TITLE_REACH), -1):
            if self.title_at(t) != ph.title or not (
                    [w.removeprefix("ال") for w in self.norms[t:t + len(words)]] == words):
                continue
            tried += 1
            if tried > _TITLE_TRIES:
                break
            end = self.tok_index(self.article.sentence_at(self.starts[t]).end)
            earlier = self._speaker_looking_back(t, max(end, t + 1), gender)
            if earlier is None or earlier.type != "person":
                continue
            e = self.tok_index(earlier.end)
            # (an unnamed official's role is its own title: no name)
            named = earlier.start > self.starts[t] or (
                earlier.role and earlier.role != earlier.name)
            # a fuller title is title words only (المفوض العام للوكالة) that spoke before,
            # not a title and the object of a verb of no speech (وحذر الوزير الموظفين من …)
            fuller = earlier.end - earlier.start > sp.end - sp.start and (
                self._title_words_end(t, e) >= e) and (
                (earlier.start, earlier.name) in self.history.spoken)
            if named or fuller:
                return earlier
        if len(words) == 1:
            # وأشار المتحدث after «X، المتحدث باسم المنظمة»: the last person who spoke with
            # that title first in the role, when no earlier phrase of the title names one
            known = self.history.last_with_title.get(words[0])
            if known is not None and known.start < ph.ps:
                return known
            if ph.head in SPOKES_NOUNS and self.norms[ph.i].startswith("ال"):
                # وتابع المتحدث، وأضاف المتحدث ذاته: "the speaker" is the person who
                # spoke last with that gender, when no spokesperson was named before
                last = self.last(gender)
                if last is not None and last.type == "person" and last.name.strip() and (
                        last.start < ph.ps):
                    return last
        return sp

    def _spokesperson_of_body_before(self, ph: Phrase, words: tuple[str, ...]) -> Speaker | None:
        """A shorter spokesperson's title (وأضاف متحدث الوزراء، المتحدث باسم مجلس الوزراء)
        after a named person who spoke with a fuller one (فلان، المتحدث الرسمي باسم رئاسة
        مجلس الوزراء): the last of the recent speakers whose spokesperson's role holds
        its words in order, from the spokesperson noun to the same last word (باسم and
        the adjectives of :func:`.history.office_words` left out); else None."""
        want = [w for w in words if w != "باسم"]
        if len(want) < 2 or want[0] not in SPOKES_NOUNS:
            return None
        for sp in list(reversed(self.history))[:_RECENT_SPEAKERS]:
            if sp.type != "person" or sp.start >= ph.ps or not sp.name.strip():
                continue
            # (an apposition's role stops before the body: المتحدث باسم + the affiliation)
            for role in (sp.role, sp.other_role, f"{sp.role} {sp.affiliation}"):
                rw = [w for w in role_words(role) if w != "باسم"]
                if want[0] not in rw or rw[-1] != want[-1]:
                    continue
                rest = iter(rw[rw.index(want[0]):])
                if all(w in rest for w in want):     # in order (a subsequence)
                    return sp
        return None

    def _office_in_commas_before(self, ph: Phrase, words: tuple[str, ...],
                                 gender: str) -> Speaker | None:
        """A spokesperson's title with no name (وقال المتحدث الرسمي باسم الوزارة) that
        an earlier sentence gave in commas after a person's name, whatever its verb
        (استقبل المستشار فلان، المتحدث الرسمي باسم الوزارة، وفدا …): that person, by a
        PERSON mention or a title and name right before the comma; else None. The words
        are compared as :func:`.history.office_words` (المتحدث الرسمي = المتحدث)."""
        tried = 0
        # (مدرب منتخب قطر = مدرب المنتخب القطري: a country's name stands for its adjective)
        as_adj = lambda ws: tuple(COUNTRY_ADJECTIVE_OF.get(w, w) for w in ws)  # noqa: E731
        want = as_adj(words)
        for t in range(ph.i - 1, max(1, ph.i - _TITLE_REACH), -1):
            if self.texts[t - 1] not in ",،" or self.title_at(t) != ph.title or not any(
                    as_adj(office_words(self.norms[t:t + n])) == want
                    for n in range(len(words), len(words) + 3)):
                continue
            tried += 1
            if tried > _TITLE_TRIES:
                break
            comma = self.starts[t - 1]
            appos = (t, self.tok_index(self.article.sentence_at(comma).end))
            persons = [m for m in self.mentions_in(0, comma, "PERSON")
                       if self.text[m[1]:comma].strip() == ""]
            if persons:
                m = persons[-1]
                sp = self._person(m[3], gender, m[0], m[1], "", None, appos)
                return replace(sp, role=self.text[ph.ps:ph.pe])
            first = self.tok_index(self.article.sentence_at(comma).start)
            for u in range(t - 2, max(first - 1, t - 10), -1):
                if not self.title_at(u):
                    continue
                earlier = self._speaker_looking_back(u, t - 1, gender)
                if earlier is not None and earlier.type == "person" and (
                        earlier.start > self.starts[u]):
                    return earlier
                break
            else:
                # تحدث الإسباني فلان الفلاني، مدرب المنتخب، …: two to four plain words right
                # before the comma, after the verb (a nationality or honorific left out)
                u = t - 1
                while u > first and t - 1 - u < 4 and self._plain_word(u - 1) and not (
                        self.title_at(u - 1) or self.norms[u - 1] in COUNTRY_ADJECTIVES
                        or self.strip_org(self.norms[u - 1])[1] in ORG_CUES):
                    u -= 1
                if 2 <= t - 1 - u <= 4 and u > first and (
                        self.cues[u - 1] or self.norms[u - 1] in COUNTRY_ADJECTIVES
                        or self.norms[u - 1] in HONORIFICS):
                    ns, ne = self.starts[u], self.ends[t - 2]
                    sp = self._person(self.text[ns:ne], gender, ns, ne, "", None, appos)
                    return replace(sp, role=sp.role or self.text[ph.ps:ph.pe])
        return None

    def _family_name_after_bare_title(self, ph: Phrase) -> Speaker | None:
        """A bare definite title and one word that is the family name of a person who
        spoke before under that title (وقالت الوزيرة الفصام after نورة الفصام، وزيرة
        المالية): that person; else None."""
        if ph.j - ph.i != 2 or not self.norms[ph.i].startswith("ال"):
            return None
        full = self.history.first_person_ending.get((self.norms[ph.i + 1],))
        known = self.history.last_named.get(full) if full else None
        title = self.norms[ph.i].removeprefix("ال")
        if known is None or known.start >= ph.ps or title not in role_words(known.role)[:1]:
            return None
        return known

    def _nationality_before_name(self, i: int, attached_li: bool) -> bool:
        """Whether token ``i`` is a country's definite relative adjective, masculine or
        feminine (الإيطالي، الأمريكية: lexicon countries.tsv), standing for "the Italian"
        before a person's name (وقال الإيطالي روبرتو مانشيني، وقالت الأمريكية جين سميث):
        an indefinite word that may start a name follows, and the adjective is no place
        or organisation mention (السعودية, the country, speaks through its government)."""
        n = self.norms[i]
        if n in COUNTRY_NAMES or not (
                n in COUNTRY_ADJECTIVES or n.endswith("ه") and n[:-1] in COUNTRY_ADJECTIVES):
            return False
        nxt = self.norms[i + 1]
        return self.kinds[i + 1] == "arabic" and not nxt.startswith(("ال", "لل")) \
            and not self.title_at(i + 1) and self._may_name(i + 1, attached_li) \
            and not self.overlapping(self.starts[i], self.ends[i], "PLACE") \
            and not self.overlapping(self.starts[i], self.ends[i], "ORG")

    # ----------------------------------------------------------------- the phrase
    def _may_name(self, i: int, attached_li: bool) -> bool:
        """Whether a speaker's phrase may start at token ``i``: a word that is not أن/إن,
        ب with the article (بالمناسبة), a verbal noun with a pronoun (قوله), an
        accusative adverbial (وقالت رداً على سؤال: :func:`.words.adverbial_accusative`), a
        preposition, a cue or (unless
        ``attached_li``) a recipient (لـ X)."""
        norm0 = self.norms[i]
        # وختم قوله، "…": a verbal noun with the speaker's pronoun names no one; قال
        # بالمناسبة: ب with the article opens a prepositional phrase, never a name
        return not (self.kinds[i] not in ("arabic", "latin") or norm0 in AN_WORDS
                    or self.kinds[i] == "arabic" and norm0.startswith("بال")
                    or speech_noun(norm0, self.texts[i])
                    or adverbial_accusative(norm0, self.texts[i])
                    or _is_stop(norm0, self.texts[i]) or self.cues[i]
                    or ((self.is_recipient(norm0) or self._told_org(i)) and not attached_li))


    def _phrase(self, i: int, limit: int, attached_li: bool) -> Phrase:
        """The noun phrase at token ``i``: to :meth:`phrase_end`, or over a title and the
        name after it (:meth:`_title_end`); its apposition after a comma unless an
        adverbial follows (``، في مؤتمر صحفي``); its mentions."""
        norms = self.norms
        j = self.phrase_end(i, limit)
        title = self.title_at(i)
        if title:
            j = max(j, self._title_end(i, limit))
            k = self._title_words_end(i, j)
            # ووصف الرئيس فلان فلان علاقة البلدين بـ«…»: the verb's object after the name
            j = next((t for t in range(k + 1, j) if self._object_after_name(k, t)), j)
            # ودعا وزير الداخلية الجزائري المواطنين إلى …: a definite noun after the
            # country's adjective that closes the title is the verb's object
            j = next((t + 1 for t in range(i + 1, min(j, k + 1) - 1)
                      if self.norms[t] in COUNTRY_ADJECTIVES and self._object_after_nisba(t + 1)),
                     j)
        if title and i < j < limit and (norms[j] in ("في", "لدي") or norms[j] in (
                REPRESENTING_PREPS)):
            # رئيس المكتب الوطني للإعلام في دولة الإمارات، فلان بن فلان، أن: where the
            # office is, up to the comma, then the name in commas (النائب عن محافظة X،
            # فلان، إن: what the member sits for)
            c = next((t for t in range(j + 1, min(limit, j + 8))
                      if self.texts[t] in ",،" or self.kinds[t] != "arabic" or self.cues[t]
                      or norms[t] in AN_WORDS), None)
            if c is not None and c > j + 1 and self.texts[c] in ",،" and (
                    self._appositive_name((c + 1, limit))):
                j = c
        if self.after_bi_object_verb(i):
            # وأشاد المدرب الأمريكي بنجم الفريق فلان: the subject ends at the object's ب
            j = next((t for t in range(i + 1, j) if self.bi_object(t)), j)
        else:
            # وتعهد العميد فلان بالرد على …، مشدداً؛ وقضت المحكمة ببراءة المتهم، وقالت:
            # read back from a verb of any kind, the subject's name ends at a ب phrase
            # after it (the verb's complement); inside the title it may be where the
            # office is (الخبير بشؤون …), so only after the name's first word
            k0 = self._title_words_end(i, j) if title else i
            j = next((t for t in range(k0 + 1, j) if self._bi_complement(i, t)), j)
        while j > i + 1 and self.kinds[j - 1] == "punct" and not (   # المنظمة - التي:
                self.texts[j - 1] in _MARK_CHARS and any(                # no dash; but the
                    self.texts[t] in _OPENERS for t in range(i, j - 1))):  # mark closing a
            j -= 1                                                         # quoted name stays
        if i < j < limit and self.texts[j] in _OPENERS and (
                self.strip_org(norms[j - 1])[1] in ORG_CUES
                # وكالة أنباء "X": the organisation's mention runs on through the marks
                or self._inside_org_mention(j)):
            q = self._quoted_name_end(j, limit)     # وذكرت وكالة "X" المحلية أن: the
            if q > j:                               # quoted name is the body's name
                j = max(q, self.phrase_end(q, limit)) if q < limit and (
                    self.texts[q] not in _OPENERS) else q
        same = next((t for t in range(i + 1, j) if norms[t] in SAME_DETERMINERS), j)
        if same < j and norms[same - 1].startswith("ال"):
            j = same    # وأضاف المتحدث ذاته، المسؤول نفسه: "the same", no name (read back)
        if title and j > i + 1 and (self._ala_before_an(j - 1)
                                    or self._object_before_participle(j - 1)):
            j -= 1      # وشدد وزير الصحة علي أن، وأتم الوزير تصريحاته قائلا: no name
        elif not title and j > i + 1 and self._ala_before_an(j - 1):
            j -= 1      # وشددت الوزارة علي أن، وشدد فلان علي أن: the preposition, no name
        # لوزارة الصحة (after في بيان): the name starts after the attached ل
        # للمنظمة الدولية (ل + ال): the mention keeps the ل (no cut between the lams)
        cut = 1 if attached_li and not norms[i].startswith("لل") else 0
        ps, pe = self.starts[i] + cut, self.ends[j - 1]
        appos = (j + 1, limit) if j < limit and self.texts[j] in ",،" else (j, j)
        if appos[0] < limit and (_is_stop(norms[appos[0]], self.texts[appos[0]])
                                 or norms[appos[0]] in AN_WORDS or self.cues[appos[0]]):
            appos = (j, j)    # "، في مؤتمر صحفي"، "، أن …"، "، بحسب صحيفة X": an
            # adverbial, the words or their source
        role_at = self._role_after_name(i, j, limit)
        if role_at is not None:
            # سامي نور وهو أحد قادة الحزب، إن …، سامي نور أحد مسؤولي الشركة: the name
            # ends before وهو / أحد, the words from there to the comma are the role
            j = role_at
            pe = self.ends[j - 1]
            appos = (j, limit)
        head_n, head = self.strip_head(norms[i])
        inner = self.mentions_in(ps, pe)
        persons = [m for m in inner if m[2] == "PERSON"]
        orgs = [m for m in inner if m[2] == "ORG"]
        if persons and title:
            persons = self._names_after_title(i, j, pe, persons)
        return Phrase(i, j, limit, ps, pe, title, head_n, head, appos, persons, orgs)

    def _bi_complement(self, i: int, t: int) -> bool:
        """Whether token ``t``, after the first word of the phrase at ``i``, is ب and a
        verb's complement (:meth:`bi_object`) that no name holds: ب with the article
        (بالرد على …) or before a noun with a possessive pronoun (بأداء زملائه). A name
        may hold ب and an indefinite word before a definite one (عمر بشير الحسن، بدر
        الدين), so that shape ends only an organisation's noun phrase (المحكمة ببراءة
        المتهم)."""
        if not self.bi_object(t):
            return False
        if self.norms[t].startswith("بال") or self._possessive(t) or (
                t + 1 < self.n and self._possessive(t + 1)):
            return True
        return self.strip_org(self.norms[i])[1] in ORG_CUES and self.norms[i].startswith("ال")

    def _role_after_name(self, i: int, j: int, limit: int) -> int | None:
        """The token inside the phrase ``[i, j)`` where a role in apposition opens with no
        comma before it: وهو / وهي (name_boundaries.tsv apposition_pronoun: سامي نور وهو
        عضو اللجنة) or a partitive with its group (attribution.tsv partitive: سامي نور
        أحد مسؤولي الشركة، منى حداد إحدى عضوات المجلس). A name never holds "he being" or
        "one of" (docs/arabic.md, "Quotes and attribution"). Only after one word or more
        that is no title or honorific (the name), not after بن / آل, and with a word
        after it in the sentence; None otherwise."""
        for t in range(i + 1, min(j, limit - 1)):
            norm = self.norms[t]
            if norm not in _APPOSITION_PRONOUNS and norm not in PARTITIVES:
                continue
            if self.norms[t - 1] in NAME_LINKS or self.kinds[t + 1] != "arabic" or _is_stop(
                    self.norms[t + 1], self.texts[t + 1]) or self.norms[t + 1] in AN_WORDS:
                return None
            if norm in _APPOSITION_PRONOUNS and self.title_at(t + 1) and t + 2 < self.n and (
                    self._governed(self.norms[t + 2], self.kinds[t + 2])
                    or self.norms[t + 2].startswith(("بال", "لل"))
                    or self.strip_org(self.norms[t + 2])[1] in ORG_CUES):
                return None     # سامي نور وهو عضو بلجنة …: :meth:`_name_before_title`
            named = any(self.kinds[u] == "arabic" and not self.title_at(u)
                        and self.norms[u] not in HONORIFICS for u in range(i, t))
            return t if named else None
        return None

    def _names_after_title(self, i: int, j: int, pe: int, persons: list) -> list:
        """Of the PERSON mentions in a phrase that opens with a title, those that name the
        person: not one inside the title (مدير فرع الشمال), and none when a mention
        covers only the start of the name after the title (رئيس البنك صلاح الدين حسن
        أحمد، … where the mention is صلاح الدين): the whole name is then the words."""
        k = self._title_words_end(i, j)
        persons = [m for m in persons if m[0] >= self.starts[k]] if k < j else []
        named = [m for m in persons[1:] if self.tok_index(m[0]) > 0
                 and self.norms[self.tok_index(m[0]) - 1] in HONORIFICS]
        if named:
            # … لمشايخ وأعيان القبائل الدكتور فلان: a mention before the honorific is a word
            # of the body's name; the one after it names the person
            persons = [m for m in persons if m[0] >= named[0][0]]
        if persons:
            m = persons[0]
            if k < j and m[0] == self.starts[k] and m[1] < pe and not any(
                    self.kinds[t] != "arabic" or self.title_at(t) or
                    self.strip_org(self.norms[t])[1] in ORG_CUES
                    for t in range(self.tok_index(m[1]), j)):
                persons = []
        return persons

    # ----------------------------------------------------------------- the rules
    def _mentioned_person(self, ph: Phrase, gender: str) -> Speaker | None:
        """A PERSON mention names the speaker; the words before it are the role and an
        organisation among them the affiliation (قال مدير المدرسة سامي نور → سامي نور,
        role مدير المدرسة); with no words before, a title right after the name with no
        comma is the role (سامي نور المدير العام للمصنع). A phrase that opens with a
        definite document noun (وقالت الحيثيات المودعة برئاسة المستشار X، وقال البيان
        الصادر عن مكتب X) is the document's: the person is in its complement
        (:meth:`_document`)."""
        if not ph.persons:
            return None
        if ph.head in DOCUMENT_NOUNS and not ph.title and _definite(self.norms[ph.i],
                                                                     ph.head_n):
            return None
        i, j, limit, ps, title = ph.i, ph.j, ph.limit, ph.ps, ph.title
        if not title and ph.head in ORG_CUES and not _definite(self.norms[i], ph.head_n) \
                and i + 1 < j and self.title_at(i + 1) and ph.persons[0][0] > self.starts[i + 1]:
            return None     # أعلن مكتب النائب X: the office speaks, not the member
        m = ph.persons[0]
        mt = self.tok_index(m[0])
        # رئيس مجلس إدارتها مصطفى صنع الله with a mention of صنع الله only: the name starts
        # where the title words end, and the title alone is the role
        k = self._title_words_end(i, mt) if title else mt
        if not (i < k < mt and mt - k <= 2 and all(
                self.kinds[t] == "arabic" and not self.title_at(t) and not self.cues[t]
                and not _is_stop(self.norms[t], self.texts[t])
                and self.strip_org(self.norms[t])[1] not in ORG_CUES for t in range(k, mt))):
            k = mt
        if not title and i < mt and normalise(self.text[self.starts[i]:m[1]]) == normalise(m[3]):
            k = i   # وأكد سامي نور حرص … with a mention of نور only: the words before it are
            # the rest of the person's own name (its entity), no role
        s0 = self.starts[k] if k < mt else m[0]     # where the words naming the person start
        aff = self._org_phrase(i, self.before_holder(i, k) if title else k,
                               governed=bool(title))
        if not aff and title:
            aff = self._title_affiliation(i, k, title)
        # The role is the words before the name, the organisation they govern included
        # (الأمين العام لوزارة الصحة), without an honorific right before the name
        # (مفوض عام الهيئة الدكتور …); cut at the organisation only when its mention
        # runs into the name.
        kt = self.tok_index(s0)
        re_ = self._before_honorific(i, kt, s0)
        role = self.text[ps:re_].strip()
        if aff and ps < aff[1] and aff[2] > s0:
            role = self.text[ps:aff[1]].strip()
        after = self.tok_index(m[1])
        if not role and after < limit and self.title_at(after):
            t2 = self.title_at(after)
            jj = max(j, self._title_end(after, limit))
            role = self.text[self.starts[after]:self.ends[jj - 1]]
            aff = aff or self._title_affiliation(after, jj, t2)
        return self._person(m[3], gender, s0, m[1], role, aff, ph.appos)

    def _unnamed_source(self, ph: Phrase, gender: str) -> Speaker | None:
        """Unnamed sources (وقالت مصادر مطلعة، مصدر في الوزارة): neither person nor
        organisation, and no gender. A bare definite one (وأضاف المصدر، وأضافت المصادر)
        is the same noun's source that spoke or was named before (مصدر مطلع، مصادر
        حكومية), else itself."""
        if ph.head not in UNNAMED_SOURCES:
            # وقالت ثلاثة مصادر مطلعة، نقلاً عن عدة مصادر: the quantity is part of the group
            if not (ph.j > ph.i + 1 and self._source_quantity(ph.i)
                    and self.strip_head(self.norms[ph.i + 1])[1] in UNNAMED_SOURCES):
                return None
            return Speaker(self.text[ph.ps:ph.pe], "unknown", "unknown",
                           self._source_affiliation(ph), "", ph.ps, ph.pe,
                           self.strip_head(self.norms[ph.i + 1])[1])
        if ph.j > ph.i + 1 and _definite(self.norms[ph.i], ph.head_n) and all(
                self.norms[t].startswith("ال") for t in range(ph.i + 1, ph.j)):
            # وقال المصدر المسؤول after مصدر مسؤول بوزارة الصحة: the source that spoke
            # before, whose words without the article begin with these
            words = tuple(self.norms[t][2:] for t in range(ph.i + 1, ph.j))
            before = self.history.last_source.get((ph.head, words))
            if before is not None:
                return before
        if ph.j == ph.i + 1 and _definite(self.norms[ph.i], ph.head_n):
            # وأضاف المصدر: the unnamed source that spoke before (مصدر في الوزارة)
            before = self.history.last_source.get((ph.head, ()))
            if before is not None:
                return before
            if not self._looking_back:
                # واستهجن مصدر حكومي مسؤول … وأكد المصدر: the source the article named
                # before, with a verb of speech or not: the last indefinite same noun
                earlier = self._source_named_before(ph)
                if earlier is not None:
                    return earlier
        return Speaker(self.text[ph.ps:ph.pe], "unknown", "unknown",
                       self._source_affiliation(ph), "", ph.ps, ph.pe, ph.head)

    def _source_quantity(self, i: int) -> bool:
        """Whether token ``i`` is a quantity that may stand before an unnamed source noun:
        digits, a number word (number_words.tsv: ثلاثة، عشرات) or attribution.tsv
        source_quantity (عدة، بعض)."""
        norm = self.norms[i]
        return self.kinds[i] == "number" or norm in NUMBER_WORDS or norm in VAGUE_WORDS \
            or norm in SOURCE_QUANTITIES

    def _source_named_before(self, ph: Phrase) -> Speaker | None:
        """The unnamed source an article named before a definite one (مصدر حكومي مسؤول …
        وأكد المصدر): the last same noun before it without the article or a clitic, read
        as a speaker's phrase in its sentence; None if there is none within
        :data:`_TITLE_REACH` tokens."""
        for t in range(ph.i - 1, max(-1, ph.i - _TITLE_REACH), -1):
            if self.norms[t] != ph.head:
                continue
            end = self.tok_index(self.article.sentence_at(self.starts[t]).end)
            u = t + 1
            while u < end and self.kinds[u] == "arabic" and not (
                    self.norms[u].startswith("ال") or _is_stop(self.norms[u], self.texts[u])):
                u += 1      # مصدر حكومي مسؤول | المعلومات: the object of a verb after it
            if u > t + 1 and u < end and self.norms[u].startswith("ال"):
                end = u
            earlier = self._speaker_looking_back(t, max(end, t + 1), "unknown")
            if earlier is not None and earlier.type == "unknown" and earlier.start == (
                    self.starts[t]) and earlier.end > self.ends[t]:
                return earlier
            return None
        return None

    def _source_affiliation(self, ph: Phrase) -> str:
        """The organisation an unnamed source is in or close to, right after its phrase
        with في / من / بـ (مصدر في وزارة الزراعة، مصدر مقرب من الحكومة): its name, else
        ""."""
        j = ph.j
        if j + 1 < ph.limit and self.norms[j] in ("في", "من", "داخل", "لدي"):
            aff = self._org_phrase(j + 1, min(ph.limit, self.phrase_end(j + 1, ph.limit)
                                              or j + 2))
            if aff and aff[1] in (self.starts[j + 1], 0):     # the name opens right there
                return aff[0]
        return ""

    def _document(self, ph: Phrase, gender: str) -> Speaker | None:
        """A document speaks for its issuer (وأشار التقرير، وقال البيان الختامي): an
        organisation without gender, unless an ORG mention opens the phrase."""
        if ph.head not in DOCUMENT_NOUNS or ph.org_first():
            return None
        pe = ph.pe
        if ph.j > ph.i + 1 and self.norms[ph.j - 1] in _ISSUED:
            pe = self.ends[ph.j - 2]        # بيان صدر عن …: the document, not the verb
        return Speaker(self.text[ph.ps:pe], "unknown", "organisation",
                       self._issuer(ph) or self._earlier_issuer(ph), "", ph.ps, pe,
                       ph.head)

    def _earlier_issuer(self, ph: Phrase) -> str:
        """The issuer of the document a definite document noun refers back to (وقال
        البيان، وأضاف التقرير): the last same noun before it without the article, within
        :data:`_DOCUMENT_REACH` tokens (في بيان لوزارة الزراعة، وفق بيان للاتحاد، بيان
        صادر عن الهيئة), whose issuer is the organisation after it (:meth:`_issuer`, or
        after صادر عن) or, failing that, the last ORG mention before it in its sentence
        (وقالت الوزارة في بيان). "" when there is none (docs/arabic.md, *Quotes and
        attribution*)."""
        n = ph.head_n
        if n < 2 or self.norms[ph.i][n - 2:n] != "ال" or self._looking_back:
            return ""
        for t in range(ph.i - 1, max(-1, ph.i - _DOCUMENT_REACH), -1):
            tn, head = self.strip_head(self.norms[t])
            if head not in (ph.head, ph.head + "ا") or self.norms[t][:tn].endswith("ال") \
                    or self.norms[t].startswith("لل"):
                continue                    # (بيانا: the accusative, أصدرت الهيئة بيانا)
            sentence = self.article.sentence_at(self.starts[t])
            limit = max(t + 1, self.tok_index(sentence.end))
            j = t + 1
            if j + 1 < limit and self.kinds[j] == "arabic" and self.norms[j].endswith(
                    ("ي", "يا")) and not self.norms[j].startswith(("ل", "ال")):
                j += 1                      # بيان صحفي لوزارة …: one adjective between
            issuer = ""
            if j < limit and self.kinds[j] == "arabic" and self.norms[j].startswith("ل"):
                aff = self._org_phrase(j, self.phrase_end(j, limit) or j + 1)
                issuer = aff[0] if aff else ""
            elif j + 2 < limit and self.norms[j] in _ISSUED and self.norms[j + 1] == "عن":
                aff = self._org_phrase(j + 2, self.phrase_end(j + 2, limit) or j + 3)
                issuer = aff[0] if aff else ""
            if not issuer:
                orgs = self.mentions_in(sentence.start, self.starts[t], "ORG")
                issuer = orgs[-1][3] if orgs else ""
            return issuer
        return ""

    def _issuer(self, ph: Phrase) -> str:
        """The organisation a document is of: an ORG mention it governs (وأشار بيان
        صندوق النقد، بلاغ البنك), the organisation right after it with لـ (وذكر بيان
        لوزارة الصحة، بلاغ للديوان → the ministry, the office) or after صدر / صادر عن
        (بيان صدر عن مكتب الاتحاد); else ""."""
        if ph.orgs and ph.orgs[0][0] > ph.ps:
            return ph.orgs[0][3]
        j = ph.j
        if j < ph.limit and self.norms[j] == "عن" and self.norms[j - 1] in _ISSUED:
            j += 1              # بيان صدر عن …: the phrase ran over the verb
            aff = self._org_phrase(j, self.phrase_end(j, ph.limit) or j + 1)
            return aff[0] if aff else ""
        if j >= ph.limit or not self.norms[j].startswith("ل") or self.kinds[j] != "arabic":
            return ""
        aff = self._org_phrase(j, self.phrase_end(j, ph.limit) or j + 1)
        return aff[0] if aff else ""

    def _spokesperson(self, ph: Phrase, gender: str) -> Speaker | None:
        """An unnamed spokesperson (وقال متحدث باسم البلدية): a person whose affiliation
        is the organisation after the noun. With a name after it (المتحدثة باسم
        البلدية هدى سالم) the title rule names her instead."""
        i, j = ph.i, ph.j
        if ph.head not in SPOKES_NOUNS:
            return None
        if i + 1 < self.n and self.norms[i + 1] in _ON_BEHALF_OF_IT:
            # المتحدث باسمها: on behalf of the organisation named last before; a name
            # after it (المتحدثة باسمها دانا سليمان) is the speaker, with that role
            aff = self._last_org_before(ph.ps)
            if j > i + 2:
                ns, ne = self.starts[i + 2], ph.pe
                return self._person(self.text[ns:ne], gender, ns, ne,
                                    self.text[ph.ps:self.ends[i + 1]], aff, ph.appos)
            pe = self.ends[i + 1]
            return Speaker(self.text[ph.ps:pe], gender, "person", aff[0] if aff else "",
                           "", ph.ps, pe)
        if self._named_after_title(i, j) or (self.title_at(i) and (
                self._appositive_name(ph.appos)
                or self._second_office(ph, gender, None) is not None)):
            # المتحدث العسكري، العقيد سامي نور، إن: the name in commas after the title
            # is the speaker (the title rule names him), also after a second office
            # (المتحدث باسم الحكومة، وزير الإعلام، فلان، إن)
            return None
        a = i + 1
        while a < j and self.norms[a].removeprefix("ال") in SPOKES_ADJECTIVES:
            a += 1      # المتحدث الرسمي: "official" is no body he speaks for
        aff = self._org_phrase(a, j) or (self._org_tail(a, j)) if a < j else None
        return Speaker(self.text[ph.ps:ph.pe], gender, "person", aff[0] if aff else "",
                       "", ph.ps, ph.pe)

    def _organisation(self, ph: Phrase, gender: str) -> Speaker | None:
        """An organisation cue noun or an ORG mention opens the phrase (وقالت وزارة
        الصحة → وزارة الصحة). Its medium (موقع الحملة: the campaign's website) gives
        the affiliation; a definite noun alone (وأضافت الشركة) is the last speaker with
        that head, if any; else the name is the cue noun and the words it governs."""
        i, j, ps, pe, head = ph.i, ph.j, ph.ps, ph.pe, ph.head
        if j == i + 2 and self.business_name(i, i + 1) and not ph.org_first():
            # وقالت المصرية للاتصالات: a firm named by a word and its field
            return Speaker(self.text[ps:pe], gender, "organisation", "", "", ps, pe, "شركه")
        body = self.strip_org(self.norms[i + 1]) if j > i + 1 else (0, "")
        if head in MEDIUM_NOUNS and body[1] in ORG_CUES and body[1] not in MEDIA_CUES \
                and not _definite(self.norms[i + 1], body[0]):
            # موقع حملة X، حساب منظمة X، صفحة حملة "X": the body that a cue noun names
            # speaks through its site, account or page (docs/arabic.md, "Quotes and
            # attribution"); موقع المدينة, an outlet's site, stays the outlet
            # (an ORG mention of the medium and the body together: its entity, unless
            # it is those words themselves, موقع حملة X)
            cover = [m for m in self.overlapping(ps, pe, "ORG") if m[0] > ps or (
                m[0] == ps and normalise(m[3]).split()[:1] != [self.norms[i]])]
            aff = ((cover[0][3],) if cover else None) or self._org_phrase(i + 1, j)
            if aff:     # (a quoted name is shown without its marks: حملة لا للتطبيع)
                name = " ".join("".join(ch for ch in aff[0] if ch not in _MARK_CHARS).split())
                return Speaker(name, gender, "organisation", "", "", ps, pe, head)
        if not (head in ORG_CUES or ph.org_first()):
            return None
        if head in MEDIUM_NOUNS and j > i + 1:   # موقع حملة X: X's website
            cover = self.overlapping(ps, pe, "ORG")
            aff = ((cover[0][3],) if cover else None) or self._org_phrase(i + 1, j) \
                or self._org_tail(i + 1, j)
            return Speaker(self.text[ps:pe], gender, "organisation",
                           aff[0] if aff else "", "", ps, pe, head)
        if j == i + 1 and _definite(self.norms[i], ph.head_n) and (
                head not in GENERIC_CUES):      # الموقع: anaphora (السلطات: none)
            sp = self.history.last_org(head)
            if sp is not None:
                return sp
        if ph.org_first():
            name = ph.orgs[0][3]
        else:
            pe = self.ends[self._org_name_end(i, j) - 1]
            name = self.text[ps:pe]
            if name.startswith("لل"):     # في بيان للمنظمة الدولية → المنظمة الدولية
                name = "ال" + name[2:]
        return Speaker(name, gender, "organisation", "", "", ps, pe, head)

    def _titled_person(self, ph: Phrase, gender: str) -> Speaker | None:
        """A title, then the name: the words after the title and what it governs
        (قالت وزيرة البيئة هدى سالم → هدى سالم, role وزيرة البيئة); a name in commas
        after a title that stands alone (قال رئيس النادي، السيد فادي عمر، إن → فادي
        عمر); a title with no name (قال المدير) is the whole speaker. Gender from the
        title when the cue has none (المديرة → female)."""
        i, j, title = ph.i, ph.j, ph.title
        if not title:
            return None
        k = self._title_words_end(i, j)
        if i + 1 < k < j:
            k = min(self.past_honorific(k, j), j)   # … لمشايخ وأعيان القبائل الدكتور فلان
        if self.norms[i] in HONORIFICS and k == j and j > i + 1 and not self.title_at(i + 1):
            k = i + 1     # الدكتور الربيعة: after an honorific, a definite word is the name
        aff = self._title_affiliation(i, k, title)
        if gender == "unknown":
            gender = TITLE_GENDER.get(title, "unknown")
        named = self._appositive_name(ph.appos)
        if named:
            # رئيس مجلس إدارة البنك، الشيخ أحمد الصباح، إن …؛ رئيس جهة طنجة - تطوان،
            # عبد الكريم موسى إن: the phrase before the comma is all title.
            a, b = named
            ns, ne = self.starts[a], self.ends[b - 1]
            if aff is None:
                aff = self._title_affiliation(i, j, title)
            return self._person(self.text[ns:ne], gender, ns, ne, self.text[ph.ps:ph.pe],
                                aff, (b, b))
        if k - 2 > i and self.norms[k - 2].startswith(_ARTICLE) and (
                self._common_noun_object(k - 1, j)):
            # أطلق المدير العام للهيئة حملة وطنية: a cue noun read as the title's last
            # word, though after a definite word no idafa goes on (رئيس جمعية خيرية does)
            k -= 1
        if i + 1 < j and (k == i + 1 or self.norms[i + 1].startswith("بال")) and (
                self._object_after_bare_title(ph, i + 1)):
            # تناولت الوزيرة موضوع التجارة، أشادت الوزيرة بالتعاون: the title repeats, no
            # new name; a بال word after it is the verb's complement, not the title's
            k = j = i + 1
            ph = ph._replace(j=k, pe=self.ends[k - 1], appos=(k, k))
            aff = self._title_affiliation(i, k, title)
        if i < k < j and len(self.norms[k]) > 4 and self.norms[k].startswith("ب") and (
                masdar_shaped(self.norms[k][1:])):
            # وبشّر والي الولاية بتقديم سلة …، رحب الوزير بتقديم …: ب on a verbal noun is
            # the verb's complement, no name
            ph = ph._replace(j=k, pe=self.ends[k - 1], appos=(k, k))
            j = k
        if k < j and self._common_noun_object(k, j):
            # أطلق المدير العام للهيئة خطة جديدة: the verb's object, not a name
            ph = ph._replace(j=k, pe=self.ends[k - 1], appos=(k, k))
            j = k
        cut = next((t for t in range(k + 2, j) if self._masdar_after_name(k, t)
                    or self._cue_after_name(k, t) or self._accusative_after_name(i, k, t)), j)
        if cut < j:
            # أكد وزير المالية سالم يوسف انخفاض الإيرادات: the name ends at the verbal noun
            ph = ph._replace(j=cut, pe=self.ends[cut - 1], appos=(cut, cut))
            j = cut
        if k == j:
            sp = self._second_office(ph, gender, aff)
            if sp is not None:
                return sp
            # An unnamed official: the whole phrase is the speaker and, as for a named
            # one, the title is the role (not words after a comma, which go on with the
            # sentence: وفق ما أورده الوزير، دعم …); a back-reference may name him
            # (:meth:`_title_named_before`).
            role = self.text[ph.ps:ph.pe]
            sp = self._person(role, gender, ph.ps, ph.pe, role, aff, (j, j))
            if self.norms[i] in HONORIFICS or self.norms[i] in PERSON_PRONOUNS or (
                    sp.name != role and sp.name in role):
                # سعادته: an honorific is no role; a name the phrase held after all
                # (مدير الشركة باسم عبد الكريم → عبد الكريم) leaves the title words only
                # as they were before, unread
                sp = replace(sp, role="")
            return sp
        if k < j and (self.norms[i] in HONORIFICS or k == i + 1 and self.norms[i].startswith(
                "ال") and self.norms[i][2:] in OCCUPATION_TITLES):
            # (الأستاذ فلان وزير الثقافة بولاية X: an occupation before the name is a form
            # of address, as an honorific is, when an office follows the name)
            sp = self._office_after_name(ph, k, gender)
            if sp is not None:
                return sp
        if k < j:
            sp = self._spokesperson_after_name(ph, k, gender)
            if sp is not None:
                return sp
        ns, ne = (ph.ps if k == i else self.starts[k]), ph.pe
        # مفوض عام الهيئة الدكتور سليمان: the honorific before the name is not the role
        re_ = self._before_honorific(i + 1, k, ns)
        if k > i and self._abbreviated_title(k, j):
            ns = self.starts[k + 2]     # … الشيخ د. مشعل: the name is after "د."
        return self._person(self.text[ns:ne], gender, ns, ne, self.text[ph.ps:re_].strip(),
                            aff, ph.appos)

    def _object_after_bare_title(self, ph: Phrase, k: int) -> bool:
        """Whether the words at token ``k`` after a bare definite title (الوزيرة، المدير)
        are no name: not after a verb of speech, a person was named earlier in the
        article with a role of that
        title (وزيرة المالية سهام نمصية), the words begin with none of that person's
        name nor hold a PERSON mention, so the title refers back to that person and the
        words are the object of the clause's verb (وتناولت الوزيرة موضوع التجارة).
        docs/arabic.md, Quotes and attribution."""
        if not self.norms[ph.i].startswith("ال") or ph.persons or self._looking_back or (
                ph.i > 0 and self.cues[ph.i - 1] and not self.norms[k].startswith("بال")):
            return False    # (وقال الوزير خالد يوسف: after a verb of speech, a name;
            # but no name starts with بال: وأشادت الوزيرة بالتعاون)
        known = self.history.last_with_title.get(self.norms[ph.i][2:])
        if known is None or known.start >= ph.ps:
            return False
        first = self.norms[k]
        return first not in _name_words(known.name) and self.kinds[k] == "arabic"

    def _common_noun_object(self, k: int, j: int) -> bool:
        """Whether tokens ``k`` … after a title open an indefinite noun and its
        indefinite adjective, both in ة (خطة جديدة، حملة وطنية، مبادرة نوعية): a
        feminine noun phrase in agreement, the object of the clause's verb (أطلق المدير
        العام للهيئة خطة جديدة), never a person's name, whose words do not agree as
        adjectives do. A given name in ة before a second name stays a name (أسامة حمزة:
        حمزة has no adjective shape). docs/arabic.md, Quotes and attribution."""
        if k + 1 >= j or not all(self.kinds[t] == "arabic" for t in (k, k + 1)):
            return False
        noun, adj = self.texts[k], self.texts[k + 1]
        return (noun.endswith("ة") and adj.endswith("ة")
                and not self.norms[k].startswith(_ARTICLE)
                and not self.norms[k + 1].startswith(_ARTICLE)
                and _adjective_shaped(self.norms[k + 1])
                # (جمعية, مديرية end as a relative adjective does: a cue noun is none)
                and self.strip_org(self.norms[k + 1])[1] not in ORG_CUES)

    def _object_before_participle(self, k: int) -> bool:
        """Whether token ``k`` is a noun with "his / her" (كلمته، تصريحاته، حديثها: ه or ها
        as written, not ة) right before a speech participle (قائلا، مؤكدة): the object of
        the clause's verb (وختم الوزير كلمته قائلا), not a name after a title."""
        if k + 1 >= self.n or not self.texts[k].endswith(("ه", "ها")) or self.kinds[k] != "arabic":
            return False
        c = self.cues[k + 1]
        return bool(c) and self.norms[k + 1][c[2]:] in PARTICIPLES

    def _ala_before_an(self, k: int) -> bool:
        """Whether token ``k`` is علي written with ي right before أن in the clause of a
        verb that takes على (:data:`.words.ALA_VERB_FORMS`, within the 12 tokens before):
        the preposition على, not the given name."""
        if self.norms[k] != "علي" or k + 1 >= self.n or self.norms[k + 1] not in AN_WORDS:
            return False
        for t in range(k - 1, max(-1, k - 12), -1):
            c = self.cues[t]
            if c and c[0] == "verb":
                return self.norms[t][c[2]:] in ALA_VERB_FORMS
        return False

    def _second_office(self, ph: Phrase, gender: str, aff) -> Speaker | None:
        """A title with no name, a comma, and a second title of the same person with the
        name after it (وزير الدولة، وزير المحروقات محمد سالم على …) or in commas after it
        (وزير التعليم، الناطق باسم الحكومة، فلان، إن): that name, both titles the role,
        the affiliation from the second title (the first is often a rank: وزير الدولة);
        None if the apposition is not a named title."""
        a, limit = ph.appos
        if a >= limit or not self.title_at(a) or self.norms[a] in HONORIFICS:
            return None
        j2 = self._title_end(a, limit)
        k2 = self._title_words_end(a, j2)
        if a < k2 == j2 < limit and self.texts[j2] in ",،":
            # وزير التعليم، الناطق الرسمي باسم الحكومة، فلان، إن …: two offices in a row,
            # then the name in commas; both offices are the role
            named = self._appositive_name((j2 + 1, limit))
            if named:
                ns, ne = self.starts[named[0]], self.ends[named[1] - 1]
                aff = self._title_affiliation(a, k2, self.title_at(a)) or aff
                return self._person(self.text[ns:ne], gender, ns, ne,
                                    self.text[ph.ps:self.ends[j2 - 1]], aff,
                                    (named[1], named[1]))
        if not a < k2 < j2:
            return None
        ns, ne = self.starts[k2], self.ends[j2 - 1]
        aff = self._title_affiliation(a, k2, self.title_at(a)) or aff
        return self._person(self.text[ns:ne], gender, ns, ne,
                            self.text[ph.ps:self.ends[k2 - 1]], aff, (j2, j2))

    def _office_after_name(self, ph: Phrase, k: int, gender: str) -> Speaker | None:
        """After an honorific, the name ends at an office title that governs the words
        after it, with no comma (السيدة منى حداد ممثلة المنظمة في الأردن → منى حداد,
        role ممثلة المنظمة في الأردن, affiliation from the title); None if no such title
        follows the name's first word."""
        # (to the phrase's end, and the title right after it: a name ends before one)
        for t in range(k + 1, min(ph.limit, ph.j + 1)):
            t2 = self.title_at(t)
            if t2 and self.norms[t] not in HONORIFICS and t + 1 < ph.limit and (
                    self._governed(self.norms[t + 1], self.kinds[t + 1])
                    or self._in_title(t + 1)):
                jj = max(ph.j, self._title_end(t, ph.limit))
                aff = self._title_affiliation(t, jj, t2)
                ns, ne = self.starts[k], self.ends[t - 1]
                role = self.text[self.starts[t]:self.ends[jj - 1]]
                return self._person(self.text[ns:ne], gender, ns, ne, role, aff, (jj, jj))
        return None

    def _spokesperson_after_name(self, ph: Phrase, k: int, gender: str) -> Speaker | None:
        """After a title and the name, a definite spokesperson noun with no comma (السفير
        سامي نور المتحدث باسم الوزارة): the name ends before it, and the role is the title
        and that office (السفير المتحدث باسم الوزارة), the affiliation the office's body.
        Only a spokesperson noun: other definite titles are also family names (الوزير،
        القاضي), and no family name is المتحدث or الناطق. None when none follows."""
        t = next((t for t in range(k + 1, min(ph.limit, ph.j + 1))
                  if self.norms[t].startswith("ال")
                  and self.strip_title(self.norms[t])[1] in SPOKES_NOUNS), None)
        office = self.title_at(t) if t is not None else ""
        if not office:
            return None
        jj = max(ph.j, self._title_end(t, ph.limit))
        aff = self._title_affiliation(t, jj, office)
        ns, ne = self.starts[k], self.ends[t - 1]
        role = (self.text[ph.ps:self.ends[k - 1]] + " "
                + self.text[self.starts[t]:self.ends[jj - 1]])
        return self._person(self.text[ns:ne], gender, ns, ne, role, aff, (jj, jj))

    def _aside_dash(self, u: int) -> bool:
        """Whether token ``u`` is a dash written against the word before it (مدير المصنع-
        ردا على سؤال): it opens an aside; a spaced one may join a name (طنجة - تطوان)."""
        return self.texts[u] in _DASHES and u > 0 and self.starts[u] == self.ends[u - 1]

    def _name_before_title(self, ph: Phrase, gender: str) -> Speaker | None:
        """A name, then a title with no comma: a definite title (سامي نور المدير التنفيذي
        للمصنع → سامي نور, role المدير التنفيذي للمصنع, affiliation from the title), or
        an indefinite one in idafa with the word it governs (سامي نور مدير المصنع، …
        محافظ البنك المركزي): a name is never in idafa, so the title starts there. A
        title word after بن / آل is part of the name (إدريس بن الشيخ). وهو / وهي right
        before the title (سامي نور وهو عضو اللجنة) is no name word. A noun and a body's
        definite cue noun (إيمان الحكومة) are no name (:meth:`_body_in_idafa`)."""
        if ph.j > ph.i + 1 and self._body_in_idafa(ph.i + 1):
            return None
        for t in range(ph.i + 1, ph.j):
            if self.norms[t - 1] in NAME_LINKS:
                continue
            t2 = self.title_at(t) if self.norms[t].startswith("ال") or (
                t + 1 < ph.limit and self.norms[t] not in HONORIFICS
                and self.strip_title(self.norms[t])[0] == 0
                and (self._governed(self.norms[t + 1], self.kinds[t + 1])
                     or self._idafa_chain(ph, t))) else ""
            if t2:
                jj = max(ph.j, self._title_end(t, ph.limit))
                n_end = t - 1
                if self.norms[n_end] in _APPOSITION_PRONOUNS and n_end > ph.i:
                    n_end -= 1      # سامي نور وهو عضو اللجنة: "he being" opens the role
                if self.texts[n_end] in _DASHES and n_end > ph.i:
                    # محمد فلان – وكيل الوزارة لقطاع الحج – عدم وجود …: the title between
                    # dashes, as between commas; the name ends before the first one, the
                    # role at the second
                    n_end -= 1
                # (a dash after the title opens an aside, فلان مدير المستشفى - ردا على
                # سؤال - إن …: the role ends there)
                jj = next((u for u in range(t + 1, jj) if self._aside_dash(u)), jj)
                aff = self._title_affiliation(t, jj, t2)
                ns, ne = ph.ps, self.ends[n_end]
                return self._person(self.text[ns:ne], gender, ns, ne,
                                    self.text[self.starts[t]:self.ends[jj - 1]], aff, ph.appos)
        return None

    def _idafa_chain(self, ph: Phrase, t: int) -> bool:
        """Whether the title word at token ``t``, two words or more into the phrase,
        heads a chain of up to three indefinite nouns ending in a governed word (أمين سر
        الجمعية، رئيس قسم رعاية أسر السجناء): idafa, which no name has, so the name
        ended before the title (جاسم السعافين رئيس قسم …). A title word right after the
        first name word may be a given name (أمين) and is left alone."""
        if t < ph.i + 2:
            return False
        for u in range(t + 1, min(self.n, t + 5)):     # (past the phrase: it may stop early)
            if self.kinds[u] != "arabic" or _is_stop(self.norms[u], self.texts[u]) or (
                    self.norms[u] in AN_WORDS):
                return False
            if self._governed(self.norms[u], self.kinds[u]) or (
                    u > t + 1 and self.overlapping(self.starts[u], self.ends[u], "PLACE")):
                return u > t + 1    # (مدرب منتخب قطر: a country's name ends the chain too)
        return False

    def _bare_name(self, ph: Phrase, gender: str) -> Speaker | None:
        """Anything else is a person named by the whole phrase (وقالت ليلى حداد → ليلى
        حداد), role and affiliation from its apposition, if any; None when one of its
        first two words is one of a verb's object (وأكد رفض أي تأجيل، وأكد عدم وجود نقص:
        attribution.tsv object_word), which no name holds, or the first is a function
        word that ends names (name_boundaries.tsv name_breaker: لا، قد، لن)."""
        if any(self.norms[t] in OBJECT_WORDS for t in range(ph.i, min(ph.j, ph.i + 2))) \
                or self.texts[ph.i].translate(_UNMARK) in NAME_BREAKERS:
            return None     # (وقال لا نبني …: a particle, lexicon name_breaker, opens no name)
        if ph.j > ph.i + 1 and self._body_in_idafa(ph.i + 1):
            return None     # وأكد إيمان الحكومة التام بـ…: a noun and the body it governs,
            # the verb's object; no family name is a definite cue noun
        pe = ph.pe
        for t in range(ph.i + 1, ph.j):
            if self._object_after_name(ph.i, t):
                # وأكد فلان فلان ضرورة …، حرص بلاده على …، بالتعاون مع …: the verb's object
                # or a prepositional phrase after the name, no word of it
                pe = self.ends[t - 1]
                ph = ph._replace(j=t, pe=pe, appos=(t, t))
                break
            # هشام رامز للصحفيين عقب الاجتماع، سلمى عيسى لرويترز: no word of a name has
            # ل + the article or ل + an organisation; the name ends before the addressee
            if self.norms[t].startswith("لل") or self._told_org(t):
                pe = self.ends[t - 1]
                break
        earlier = self._family_name_after_title(ph) if pe == ph.pe else None
        if earlier and not self.history.last_named.get(earlier[0]):
            sp = self._person(earlier[0], gender, ph.ps, pe, earlier[3], None, ph.appos)
            return replace(sp, affiliation=sp.affiliation or earlier[4])
        return self._person(self.text[ph.ps:pe], gender, ph.ps, pe, "", None,
                            ph.appos if pe == ph.pe else (ph.j, ph.j))

    # ----------------------------------------------------------------- names
    def _appositive_name(self, appos):
        """A name in commas after an unnamed title (…، الشيخ أحمد دعيج الصباح، إن): its
        tokens ``(a, b)`` without an honorific, or None. The segment must be one to five
        words, end at a comma, and hold a PERSON mention, follow an honorific, or be
        words that are neither titles, cue nouns nor function words."""
        a, limit = appos
        if a >= limit:
            return None
        h = a
        while h + 2 < limit and h - a < 4 and (self.norms[h] in HONORIFICS
                                               or self.norms[h] in RANK_PARTS):
            h += 1
        if h > a + 1 and self.norms[a] in HONORIFICS:
            # …، الفريق أول ركن مهندس فلان الفلاني، إن: a rank and its parts, then the
            # name (up to five words after them)
            named = self._appositive_name((h - 1, limit))
            return (h, named[1]) if named else None
        b = a
        # (…، فائز السراج إن "…": the words end at أن/إن too, before the quote's mark)
        while b < limit and self.texts[b] not in ",،:;.!?؟" and b - a < 6 and not (
                b > a and self.norms[b] in AN_WORDS):
            b += 1
        # مدير الشركة، المهندس سامي نور: "…": a colon ends the name as a comma does,
        # when the words (marked or not) follow it
        colon = b < self.n - 1 and self.texts[b] == ":" and 1 <= b - a <= 5
        while not colon and b < limit and b - a < 6 and self.norms[b] not in AN_WORDS \
                and self.texts[b] not in ",،":
            b += 1
        if b >= limit + 1 or b >= self.n or not 1 <= b - a <= 5 or (
                self.texts[b] not in ",،" and self.norms[b] not in AN_WORDS
                and not colon):
            return None
        if self.norms[a] in HONORIFICS and b - a >= 2:
            return a + 1, b
        if self.norms[a] in COUNTRY_ADJECTIVES and b - a >= 3:
            # …، الإسباني خوسيه لانا، في …: the nationality is no part of the name
            named = self._appositive_name((a + 1, limit))
            return named if named and named[1] == b else None
        if self.mentions_in(self.starts[a], self.ends[b - 1], "PERSON"):
            return a, b
        if colon:
            # (…، مبتسما: / …، للصحفيين:: an adverbial before the colon is no name, so
            # without an honorific only a PERSON mention is)
            return None
        ok = all(self.kinds[t] == "arabic" and not self.cues[t]
                 # a title word after بن / آل is part of the name (إدريس بن الشيخ)
                 and (not self.title_at(t) or t > a and self.norms[t - 1] in NAME_LINKS)
                 and self.norms[t] not in _APPOSITION_PRONOUNS
                 # عقب لقائه الوفد: a word with a pronoun is an adverbial's, not a name's
                 # (a short word or one in ـيه as written is not read so: خوسيه، طه)
                 and not (self.texts[t].endswith(("ه", "ها", "هم"))
                          and not self.texts[t].endswith("الله")
                          and (self._possessive(t) or self.texts[t].endswith(("ها", "هم"))))
                 and self.strip_org(self.norms[t])[1] not in ORG_CUES
                 and (not _is_stop(self.norms[t], self.texts[t]) or self._name_ala(t, a, b))
                 and self.norms[t] not in AN_WORDS for t in range(a, b))
        # (…، الشيخ أحمد، إن …، … أيمن سالم، "إن …": the words or a quote of them follow)
        nxt = colon or self.norms[b] in AN_WORDS or (b + 1 < self.n and (
            self.norms[b + 1] in AN_WORDS or self.texts[b] in ",،"
            and self.texts[b + 1] in _OPENERS))
        if not nxt and self.texts[b] in ",،":
            # …، أنور الحساوي، في تصريح صحفي: إن …: an adverbial before the colon or أن
            for t in range(b + 1, min(self.n, b + 13)):   # (up to twelve words)
                if self.texts[t] == ":" or self.norms[t] in AN_WORDS or (
                        self.texts[t] in ",،" and t + 1 < self.n
                        and self.norms[t + 1] in AN_WORDS):
                    # (…، اليوم الثلاثاء بمراكش، أن: a comma before أن closes it too)
                    nxt = _is_stop(self.norms[b + 1], self.texts[b + 1])
                    break
                if self.texts[t] in ",،;." or self.cues[t]:
                    break
        if not nxt and self._looking_back and self.texts[b] in ",،":
            # افتتح الإعلامي، سامي نور، حلقة …: read back for a bare title (وقال الإعلامي),
            # the name in commas after the title is the person, whatever the verb was
            nxt = True
        return (a, b) if ok and nxt else None

    def _name_ala(self, t, a, b) -> bool:
        """Whether token ``t`` of the name ``[a, b)`` is the name علي written على, as
        Egyptian print often spells it (محمد على حسن): inside the name, between two
        words, the next one without the article. The preposition على would be followed
        by its object, usually definite (على الرغم، على الحكومة); docs/arabic.md,
        «Normalisation»."""
        return (self.norms[t] == "علي" and a < t < b - 1
                and not _definite(self.norms[t + 1], 2)
                and not _is_stop(self.norms[t + 1], self.texts[t + 1]))

    def _person(self, name, gender, s, e, role, aff, appos) -> Speaker:
        """A person speaker named ``name`` at ``[s, e)``: the role from the apposition
        tokens ``appos`` when none is given (، مديرة البرامج في منظمة X → مديرة البرامج),
        the affiliation from an organisation there; the full or earlier spelling of the
        name; what an earlier quote taught of the same person (role, affiliation)."""
        a, b = appos
        other = ""
        # سمو الشيخ، الدكتور: honorifics are a form of address, no role; an apposition or
        # an earlier title gives the role, and they stay the role only without one
        honorific = role if role and all(
            normalise(w) in HONORIFICS for w in role.split()) else ""
        if honorific:
            role = ""
        if a < b:
            seg_end = a
            # (a dash opens an aside: مدير المستشفى - ردا على سؤال - إن …)
            while seg_end < b and self.texts[seg_end] not in ",،:;.!?؟" and not (
                    self._aside_dash(seg_end)):
                seg_end += 1
            if aff is None:
                aff = self._org_phrase(a, b)
            r = a
            if self.norms[r] in {"وهي", "وهو", "هي", "هو"}:
                r += 1
            stop = self.tok_index(aff[1]) if aff and aff[1] else seg_end
            if aff and aff[1] and 0 < stop and self.starts[stop - 1] < aff[1] < (
                    self.ends[stop - 1]):
                stop -= 1   # …، المدير القطري لبرنامج الأغذية: the body starts after ل
            stop = min(stop, seg_end)
            # (in place of an honorific, only a title: not the clause after a comma,
            # ناصر العجمي، فجدد التزام …)
            if stop > r and not (honorific and not self.title_at(r)):
                rs, re_ = self.starts[r], self.ends[stop - 1]
                if role and self.title_at(r) in SPOKES_NOUNS and seg_end < b:
                    # المستشار فلان، المتحدث الرسمي باسم الرئاسة، على …: the office in
                    # commas is his too, for a later bare title to find him by
                    other = _ROLE_TAIL.sub("", self.text[rs:self.ends[seg_end - 1]])
                role = role or _ROLE_TAIL.sub("", self.text[rs:re_])
        name = self._earlier_spelling(self._full_name(name, s, e))
        aff_name = aff[0] if aff else ""
        sp = self.history.last_named.get(name)  # وأضافت هايز: keep what we learnt of her
        if sp is not None:
            aff_name, role = aff_name or sp.affiliation, role or sp.role
        if not role:
            # وقال السوداني after «استقبل رئيس مجلس الوزراء محمد شياع السوداني»: the
            # title the article first gave the person (before a speech verb or not)
            titled = self._title_before_name(name, s)
            if titled:
                role, aff_name = titled[0], aff_name or titled[1]
        # (a dash in the title words opens an aside: المتحدث الرسمي للمجلس - تعليقا على
        # … - إن: the role ends before it)
        role = _ASIDE.sub("", role)
        return Speaker(name, gender, "person", aff_name, role or honorific, s, e,
                       other_role=other if other != role else "")

    # ----------------------------------------------------------------- earlier titles
    #: The first start of each PERSON entity's mentions (built on first use: one pass).
    _first_person_start: dict[str, int] | None = None

    def _title_before_name(self, name: str, s: int) -> tuple[str, str] | None:
        """(role, affiliation) of a title whose words run up to the first mention of the
        PERSON entity ``name``, when that mention is before offset ``s`` (رئيس مجلس الوزراء
        محمد شياع السوداني … وقال السوداني → رئيس مجلس الوزراء); else None. A title
        opens at most :data:`_TITLE_BACK` tokens before the name."""
        if self._first_person_start is None:
            self._first_person_start = {}
            for ms, me, lab, ent in self.mentions:
                # a name of two words or more: a one-word later mention (الكريم of عبد
                # الكريم) has the rest of the name, not a title, before it
                if lab == "PERSON" and len(self.text[ms:me].split()) > 1:
                    self._first_person_start.setdefault(ent, ms)
        ms = self._first_person_start.get(name)
        if ms is None or ms >= s:
            return None
        mt = self.tok_index(ms)
        titled = self._title_ending_at(mt)
        if titled is None and mt > 1 and self.texts[mt - 1] in ",،":
            # المتحدثة باسم الخارجية الأمريكية، ماري هارف، …: the title, then the name in
            # commas
            titled = self._title_ending_at(mt - 1)
        return titled

    def _title_ending_at(self, mt: int, limit: int | None = None) -> tuple[str, str] | None:
        """(role, affiliation) of a title whose words end right before token ``mt``, read
        up to ``limit`` (default ``mt``: the title does not run on into the name)."""
        limit = mt if limit is None else limit
        for t in range(max(0, mt - _TITLE_BACK), mt):
            title = self.title_at(t)
            if title and self._title_words_end(t, limit) == mt:
                if mt - 1 > t and self.norms[mt - 1] in HONORIFICS:
                    mt -= 1     # … الدكتور أنور المضف: the honorific is no part of the role
                aff = self._title_affiliation(t, mt, title)
                # لمحافظ سلطة النقد: the role without the title word's proclitics, but
                # with its article (النائب السابق فلان → النائب السابق, not نائب السابق)
                n = self.strip_title(self.norms[t])[0]
                if self.norms[t][:n].endswith("ال"):
                    n -= 2
                rs = self.starts[t] + (n if normalise(self.texts[t][:n]) == self.norms[t][:n]
                                       else 0)
                return self.text[rs:self.ends[mt - 1]], (aff[0] if aff else "")
        return None

    def _family_name_after_title(self, ph: Phrase) -> tuple[str, int, int, str, str] | None:
        """A one-word name (وقال السوداني، وأضاف نور) that the article wrote earlier as the
        last word of a name of two to four words after a title (رئيس الوزراء محمد شياع
        السوداني، وزير الخارجية سامي خليل نور، رئيس الجمعية عبد الرحمن سالم الحربي), with a
        verb of speech or any other: ``(full name, start, end, role, affiliation)`` of
        that earlier phrase, else None."""
        norm = self.norms[ph.i]
        if ph.j != ph.i + 1 or self.title_at(ph.i) or self.kinds[ph.i] != "arabic" or (
                _is_stop(norm, self.texts[ph.i])):
            return None
        if self._first_token is None:
            self._first_token = {}
            for k, nk in enumerate(self.norms):
                self._first_token.setdefault(nk, k)
        p = self._first_token.get(norm, ph.i)
        if p >= ph.i:
            return None
        for w in (3, 2, 1):
            q = p - w
            if q < 1 or not all(self.kinds[t] == "arabic" and not self.title_at(t)
                                and not self.cues[t] and not _is_stop(self.norms[t],
                                                                      self.texts[t])
                                for t in range(q, p)):
                continue
            # the title's own words stop at the name (not رئيس + الوزراء محمد …)
            titled = self._title_ending_at(q, p + 1)
            if titled:
                return (self.text[self.starts[q]:self.ends[p]], self.starts[q], self.ends[p],
                        titled[0], titled[1])
        return None

    #: The first token of each normalised word (built on first use: one pass).
    _first_token: dict[str, int] | None = None

    def _full_name(self, name: str, s: int, e: int) -> str:
        """Canonical PERSON entity over ``[s, e)``, else the fullest earlier form."""
        for ms, me, _, ent in self.overlapping(s, e, "PERSON"):
            # not a mention of part of it: a family name alone at its end (نمصية in
            # سهام البوغديري نمصية) names no more than the words do; a mention of two
            # words or more there is the name after words read as a title (مدير الشركة
            # باسم عبد الكريم → عبد الكريم)
            mt = self.tok_index(ms)
            if ms > s and (self.norms[mt] in NAME_LINKS or mt > 0
                           and self.norms[mt - 1] in NAME_LINKS):
                continue    # (آل حامد of محمد بن بطي آل حامد: a name goes on before آل / بن)
            if (me >= e and (ms <= s or len(ent.split()) >= min(2, len(name.split())))) or (
                    ms <= s and me - ms >= e - s):
                # وأكد عبدالرزاق after عبد الرزاق spoke, وأوضح آل حامد after محمد بن بطي
                # آل حامد: an entity of one or two words that is no speaker yet is the
                # earlier speaker whose name ends in it
                ew = _name_words(ent)
                return (self.history.first_person_ending.get(ew) or ent) if (
                    len(ew) <= 2 and ent not in self.history.last_named) else ent
        words = name.split()
        # Earlier speakers first, then the article's PERSON entities (indexed by name
        # ending: see History and TokenIndex.person_ending).
        nw = _name_words(name)
        if nw:
            full = self.history.first_person_ending.get(nw) or self.person_ending.get(nw)
            if full:
                return full
            if len(nw) >= 2 and nw[0] in NAME_LINKS:
                # وأضاف ولد الغزواني after محمد ولد الشيخ الغزواني: the Mauritanian ولد (or
                # بن) and the last part name the one whose name has that link in it
                full = self.history.first_person_ending.get(nw[1:]) or self.person_ending.get(
                    nw[1:])
                if full and nw[0] in _name_words(full)[:-len(nw) + 1]:
                    return full
            # واكد فيصل after فيصل محمد صالح: a given name alone, without the article, is
            # the one earlier speaker of three name parts or more who has it; a compound
            # given name is one part (وأضاف أبو بكر after أبو بكر خالد النعيمي)
            parts = name_parts(name)
            given = self.history.given_name.get(parts[0]) if len(parts) == 1 and not (
                parts[0].startswith("ال")) else None
            if given and len(given) == 1:
                return next(iter(given))
        return " ".join(words)

    def _earlier_spelling(self, name: str) -> str:
        """A one-word family name spelt with one letter more or less than an earlier
        speaker's (وتابعت ويتسن after سارة ليا ويتس; docs/arabic.md, "Names and cue
        nouns": transliterations vary inside one article), or a full name with the same
        given name and family names that differ only in long vowels and hamza seats
        (:func:`.history.spelling_key`) → that speaker's name; else ``name``."""
        nw = _name_words(name)
        if len(nw) > 1 and name not in self.history.last_named:
            # سارة فيرنانديز after سارة فرنانديز: one given name, family names equal but
            # for their long vowels (spelling_key), in one article: one person
            earlier = self.history.first_by_spelling.get(spelling_key(name))
            return earlier or name
        if len(nw) == 1 and len(nw[0]) >= 4 and name not in self.history.last_named:
            for earlier in reversed(list(self.history.last_named)):
                ew = _name_words(earlier)
                if len(ew) > 1 and _one_edit(ew[-1], nw[0]):
                    return earlier
        return name
