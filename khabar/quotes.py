"""Quotes and speaker attribution in Arabic news text (issue 6; docs/arabic.md, "Quotes and
attribution").

Method, one paragraph at a time:

1. **Quote marks are paired inside the paragraph** (:func:`quote_spans`): “ and « open,
   ” and » close, a straight " toggles, ‘ opens and only ’ closes it. A ” with no opener
   before it, directly followed by a letter, is a misused opener (``:”في``). An opener
   that is never closed ends at the next opener, at the first speech-cue verb after it
   (the attribution of the next quote) or at the paragraph end, so it never swallows the
   text that follows.
2. **A span is a quote only with an attribution**: a speech cue before it in the same
   clause (``قالت X:``, ``قال X إن "…"``, ``وأضافت:``, ``بحسب X``) or, for a closed
   quote, a cue with a named source right after it (``"…"، قالت ليلى حداد``). It must also
   look like speech: introduced by ``:`` or إن/أن, or of four or more words, or ending in
   sentence punctuation, or attributed after. A one-word span needs a colon. So quoted
   names (“إمباور”) and scare quotes are not quotes.
3. **Cues** are the forms of the reporting verbs of the lexicon (generated from
   speech_stems.tsv by :func:`khabar.lexicon.inflect_speech_verb`: past and present, both
   genders, singular, dual and plural, circumstantial participles), with و/ف/س attached;
   a spelling that is also a common word (بين، طالب) only where a clause opens at it and
   أن/إن, a colon or a quote follows. Reported sources: ``نقلت X عن Y قوله`` and ``نسب X لـ
   Y`` (Y speaks, gender from قوله/قولها; X goes to ``channel``), ``بحسب ما نقلت X عن Y``,
   ``في بيان / تصريح لـ X`` (X speaks unless it is an outlet).
   **The speaker** is the noun phrase after the cue verb (VSO); for a participle (…،
   مشيرةً إلى أن) the speaker of the sentence's verb, else the subject of its clause (the
   first title, organisation or named phrase after the last أن/إن: ``فإن وزارة الداخلية
   حسمت …، معتبرةً``); for a verb with none after it, the phrase at the clause start when
   it ends at the verb or at a comma (``لاو باريوس، … قال لـ X:``), else that clause
   subject; else — a cue with no subject (``وأضافت:``) — the last speaker with the cue's
   grammatical gender (continuation). A phrase never starts with a bare و or كان and stops
   at prepositions, أن/إن, relative pronouns, a recipient (لـ X), a verbal noun (قوله).
   Person or organisation is decided first: an ORG mention at the start of the phrase,
   or an organisation cue noun (docs/arabic.md, "Names and cue nouns"; a definite one
   such as ``الشركة``/``الموقع`` refers back to the last organisation speaker), makes an
   organisation; ``متحدث باسم X`` is an unnamed person of X; anything else is a person.
   Gender comes from the cue verb's morphology (قالت/تقول → female, قال/يقول → male) and
   is a person's, or an organisation's grammatical gender as its verb shows it (قالت
   الوزارة: female); a document (البيان، التقرير), an outlet (الوكالة، الموقع) and unnamed
   sources (مصادر، type unknown) get none. No list of first names.
4. **Role and affiliation** come from the apposition after the name (``، مديرة … في منظمة
   X``) or from a title before it, of any length (``مديرة قسم الشرق الأوسط وشمال أفريقيا في
   منظمة X فلانة الفلانية``: title words are governed nouns, title complements, prepositions
   and و before them, compass points, a quoted name) or after it without a comma (``طلال
   الذيابي الرئيس التنفيذي للدار``); an unnamed title takes a name in commas after it
   (``رئيس مجلس الإدارة، الشيخ X، إن``). Affiliation: the canonical entity of the first
   ORG mention there, else the organisation phrase that starts with an indefinite cue noun
   or a quoted name, else an organisation the article named written out in the title
   (``للدار العقارية``); a definite cue (المنظمة) or a possessive title (رئيسها) → the
   organisation named last before; else the institution an indefinite office heads with
   its field (titles.tsv: ``وزير المالية الأردني`` → ``وزارة المالية الأردنية``).
5. **Indirect speech**: a cue followed in its sentence by أن/إن and no quote mark
   (``وذكرت وكالة رويترز أن …``) gives a row with ``kind = indirect``: the clause to the
   next attribution or quote (a scare quote of one to three words stays inside); a
   clause of one to three words is a fragment, not a row.

Names: a PERSON mention's canonical ``entity`` when the entity extractor found one, else
the surface name (unless the mention covers only part of the name after a title); a later
partial name (``هايز``) takes the fullest earlier form whose last words it equals (``مايشا
هايز``), and a one-word family name one letter away from an earlier speaker's (ويتسن /
ويتس) is that speaker.

Offsets: ``start``/``end`` span the quoted words *without* the quote marks (whitespace
trimmed), so ``text[start:end] == quote``; for indirect speech, the words after أن to the
end of the sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import compress
from operator import attrgetter
from dataclasses import dataclass, replace
from typing import NamedTuple

import numpy as np
import pandas as pd

from . import schema
from .schema import Quote, fixed_frame
from .entities import mention_spans
from .lexicon import load_lexicon
from .text import Article, normalise, strip_clitics

#: Columns of :func:`extract_quotes`: the data contract (:data:`khabar.schema.QUOTES`),
#: then :data:`EXTRA_COLUMNS`; the fields of :class:`khabar.schema.Quote`.
COLUMNS = list(schema.Quote._fields)
#: Extra columns after :data:`khabar.schema.QUOTES`.
EXTRA_COLUMNS = COLUMNS[len(schema.QUOTES):]
_DTYPES = [np.int64 if c in ("words", "start", "end", "paragraph", "sentence", "speaker_start",
                             "speaker_end") else bool if c == "closed" else object
           for c in COLUMNS]

# --------------------------------------------------------------------------- word lists
def _norm_set(words) -> frozenset[str]:
    return frozenset(normalise(w) for w in words)


_LEX = load_lexicon()


def _words(name: str, **where) -> frozenset[str]:
    """Normalised forms of the lexicon file ``name`` (:mod:`khabar.lexicon`)."""
    return _norm_set(_LEX.forms(name, **where))


#: Speech verbs and participles (lexicon speech_verbs.tsv, docs/arabic.md, "Quotes and
#: attribution"), the list :mod:`khabar.entities` reads too: normalised form →
#: grammatical gender of the subject.
#: Circumstantial participles continue the sentence's speaker (مشيراً إلى أن …).
VERB_CUES: dict[str, str] = {normalise(r.form): r.gender for r in _LEX["speech_verbs"]}
#: The circumstantial participles among them (قائلاً، مشيرةً): their subject is the
#: sentence's speaker, never a phrase after them.
PARTICIPLES = _norm_set(r.form for r in _LEX["speech_verbs"] if r.role == "participle")
#: Prepositional cues: the source follows (بحسب X، وفقاً لـ X، نقلاً عن X، على لسان X);
#: value: the preposition that may come between (lexicon source_cues.tsv).
SOURCE_CUES = {normalise(r.form): (r.after,) if r.after else () for r in _LEX["source_cues"]}
#: أن/إن and its pronoun-suffixed forms: the complementiser of reported speech.
AN_WORDS = _words("attribution", role="complementiser")
#: Organisation cue nouns (lexicon org_cues.tsv, docs/arabic.md, "Names and cue nouns"), the list
#: :mod:`khabar.entities` reads (venues are places, not speakers).
ORG_CUES = _norm_set(r.form for r in _LEX["org_cues"] if r.type != "place")
#: Nouns through which an organisation speaks (its website, account, statement).
MEDIUM_NOUNS = _words("attribution", role="medium")
#: Spokesperson nouns: an unnamed person speaking for an organisation.
SPOKES_NOUNS = _words("titles", kind="spokesperson")
#: Titles that may precede a name (رئيس اتحاد المزارعين خالد منصور): every title of
#: titles.tsv, without the article (the rules strip it).
TITLE_NOUNS = _norm_set(w.removeprefix("ال") for w in _LEX.forms("titles")
                        if w not in _LEX.forms("titles", kind="complement"))
#: Nouns a title governs before the name (مديرة قسم الشرق الأوسط، مدير برنامج …).
TITLE_COMPLEMENTS = _words("titles", kind="complement")
#: The body an office heads, where its complement names only the field (وزير → وزارة).
TITLE_INSTITUTION = {normalise(r.form.removeprefix("ال")): r.institution
                     for r in _LEX["titles"] if r.institution}
#: Prepositions inside a long title (مديرة البرامج في منظمة X، رئيس قسم لدى …).
_TITLE_PREPS = frozenset({"في", "لدي", "ب", "من", "باسم"})
#: Compass points and units inside a title (للشرق الأوسط وشمال أفريقيا).
_TITLE_PLACES = _norm_set(w for w in _LEX.forms("name_boundaries", role="name_end"))
_APPOSITION_PRONOUNS = _norm_set(_LEX.forms("name_boundaries", role="apposition_pronoun"))
#: Honorifics before a name (الشيخ، السيد، الدكتور), with and without the article.
HONORIFICS = _norm_set(w for f in _LEX.forms("titles", kind="honorific")
                       for w in (f, "ال" + f.removeprefix("ال")))
#: Words that end a speaker's noun phrase: prepositions and adverbs.
PHRASE_END_WORDS = _words("attribution", role="phrase_end")
_RECIPIENT_PRONOUNS = _words("attribution", role="recipient")
#: Speech-verb spellings that are also common nouns or prepositions (بين "between", طالب
#: "student"): a cue only where a clause opens at it and أن/إن, a colon or a quote mark
#: follows in its clause (lexicon attribution.tsv, role homograph).
HOMOGRAPHS = _words("attribution", role="homograph")
#: Documents that speak (وأشار البيان، وقال التقرير): an organisation-like speaker, with no
#: gender (attribution.tsv, role document).
DOCUMENT_NOUNS = _words("attribution", role="document")
#: Verbs of reported speech (نقلت وكالة X عن Y قوله): Y speaks, X is the channel.
REPORT_VERBS = _words("attribution", role="report_verb")
#: Verbal nouns with the speaker's pronoun (قوله، قولها، تأكيده): end the speaker's
#: phrase and give its gender. ة is written ت before a pronoun (إشارة → إشارته).
SPEECH_NOUNS: dict[str, str] = {
    base.removesuffix("ه") + ("ت" if base.endswith("ه") else "") + suf: g
    for base in _words("attribution", role="speech_noun")
    for suf, g in (("ه", "male"), ("ها", "female"), ("هم", "male"), ("هما", "unknown"))}
#: Organisation cue nouns of media (وكالة، صحيفة، موقع): an outlet speaks without gender.
UNNAMED_SOURCES = _words("attribution", role="unnamed_source")
#: في بيان لـ X / في تصريح لـ X: the statement's author X speaks (attribution.tsv).
STATEMENT_NOUNS = _words("attribution", role="statement_noun")
MEDIA_CUES = _norm_set(r.form for r in _LEX["org_cues"] if r.type == "media")
#: Title nouns → the grammatical gender of the person (وزيرة → female).
TITLE_GENDER = {normalise(r.form.removeprefix("ال")): r.gender for r in _LEX["titles"]}
_PHRASE_STOP_PUNCT = set(",:;.!?()[]") | set("“”«»\"")
_MAX_NAME_WORDS = 6


def _cue_forms() -> dict[str, tuple[str, str, int]]:
    """Every written form of a cue (with proclitics و/ف and future س before a present
    verb) → (kind verb | source, gender, proclitic length)."""
    out = {}
    report = {w: "unknown" for w in REPORT_VERBS if w not in VERB_CUES}
    for w, g in [*VERB_CUES.items(), *report.items(), *((w, "unknown") for w in SOURCE_CUES)]:
        kind = "verb" if w in VERB_CUES or w in REPORT_VERBS else "source"
        pres = w[0] in "يت" and kind == "verb"
        # Not ف before a source cue: فحسب is the adverb "only", never "according to".
        pres_pre = ("", "و", "ف") if kind == "verb" else ("", "و")
        for pre in pres_pre + (("س", "وس", "فس") if pres else ()):
            out[pre + w] = (kind, g, len(pre))
    return out


#: Cue look-up table for normalised tokens.
CUE_FORMS = _cue_forms()
_OPENERS = "“«\"‘"
_MARK_CHARS = "“”«»\"‘’"
#: The closing mark of each opener (a straight " closes at " ” or »).
_CLOSERS = {"“": "”»", "«": "”»", "\"": "\"”»", "‘": "’", "”": "”»"}
_TERMINAL = re.compile(r"[.!?؟…]\W*$")
#: A preposition left dangling at the end of a role (مديرة البرامج في). Compiled once:
#: ``re.sub`` with a pattern string pays a cache look-up on every call.
_ROLE_TAIL = re.compile(r"\s+(?:في|ب|لدى|من)$")


def _stripper(known: frozenset[str]):
    """:func:`khabar.text.strip_clitics` against ``known``, memoised per word (a word's
    reading does not depend on the article; speakers re-read the same few words)."""
    @lru_cache(maxsize=1 << 14)
    def strip(word: str) -> tuple[int, str]:
        return strip_clitics(word, known.__contains__)
    return strip


def _is_stop(norm: str, text: str) -> bool:
    # على and the name علي both normalise to علي; the preposition is written with ى.
    return norm in PHRASE_END_WORDS and not (norm == "علي" and text.endswith("ي"))


def _definite(norm: str, prefix: int) -> bool:
    """Whether the stripped proclitics ``norm[:prefix]`` end in the article (ال / لل)."""
    return prefix >= 2 and norm[prefix - 2:prefix] in ("ال", "لل")


_strip_org = _stripper(ORG_CUES)
_strip_title = _stripper(TITLE_NOUNS)
_strip_head = _stripper(ORG_CUES | SPOKES_NOUNS | DOCUMENT_NOUNS | UNNAMED_SOURCES)


class QuoteSpan(NamedTuple):
    """A span between quote marks: ``open`` is the mark's offset, ``start``/``end`` the
    trimmed content, ``closed`` whether a closing mark ended it."""

    open: int
    start: int
    end: int
    closed: bool


@dataclass(frozen=True)
class Speaker:
    name: str
    gender: str        # grammatical gender of the cue (male | female | unknown)
    type: str          # person | organisation | unknown
    affiliation: str = ""
    role: str = ""
    start: int = -1
    end: int = -1
    head: str = ""     # organisation cue noun, for anaphora (الموقع → the last موقع)
    channel: str = ""  # who passed the words on (نقلت وكالة X عن Y: X)


# --------------------------------------------------------------------------- marks

def quote_spans(text: str, start: int, end: int, cut_at=()) -> list[QuoteSpan]:
    """Quoted spans in ``text[start:end]`` (one paragraph), in order.

    ``cut_at``: sorted offsets of speech-cue verbs; an unclosed opener ends before the
    first one after it (or at the next opener, or at ``end``). Returns QuoteSpan tuples
    whose content is whitespace-trimmed and non-empty.
    """
    return _spans(text, _mark_offsets(text, start, end), start, end, cut_at)


def _mark_offsets(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Sorted offsets of the quote marks in ``text[start:end]``: one ``str.find`` pass per
    mark character, several times faster than a regex over Arabic text."""
    out = []
    for c in _MARK_CHARS:
        i = text.find(c, start, end)
        while i != -1:
            out.append(i)
            i = text.find(c, i + 1, end)
    out.sort()
    return out


def _spans(text: str, marks: list[int], start: int, end: int, cut_at) -> list[QuoteSpan]:
    """:func:`quote_spans` from the sorted offsets ``marks`` of the marks in the paragraph."""
    raw: list[tuple[int, int, bool]] = []   # (opener offset, content end, closed)
    open_at, mark = -1, ""
    for i in marks:
        c = text[i]
        if open_at < 0:
            misused = (c == "”" and i + 1 < end and text[i + 1].isalpha()
                       and (i == start or not text[i - 1].isalpha()))
            if c in _OPENERS or misused:
                open_at, mark = i, c
        elif c in _CLOSERS[mark]:
            raw.append((open_at, i, True))
            open_at = -1
        elif c in _OPENERS:           # a new opener: the previous one was never closed
            raw.append((open_at, i, False))
            open_at, mark = i, c
    if open_at >= 0:
        raw.append((open_at, end, False))
    out = []
    for o, e, closed in raw:
        if not closed:
            k = bisect_left(cut_at, o + 2)
            if k < len(cut_at) and cut_at[k] < e:
                e = cut_at[k]
        s = o + 1
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(QuoteSpan(o, s, e, closed))
    return out


# --------------------------------------------------------------------------- extraction

class _History(list):
    """The speakers attributed so far in an article (a list, in order), with indexes
    kept as it grows so that each look-up below is a dict read, not a scan back through
    every earlier speaker (an article with thousands of quotes made those quadratic).
    Only :meth:`append` may add to it."""

    def __init__(self):
        super().__init__()
        self.last_named: dict[str, Speaker] = {}        # person name → its last Speaker
        self.last_of_gender: dict[str, Speaker] = {}
        self.last_org_with_head: dict[str, Speaker] = {}   # "" → the last of any head
        self.first_person_ending: dict[tuple[str, ...], str] = {}

    def append(self, sp: Speaker) -> None:
        super().append(sp)
        self.last_of_gender[sp.gender] = sp
        if sp.type == "organisation":
            self.last_org_with_head[sp.head] = self.last_org_with_head[""] = sp
        elif sp.type == "person":
            self.last_named[sp.name] = sp
            fw = _name_words(sp.name)
            for k in range(1, len(fw)):          # each proper final part of the name
                self.first_person_ending.setdefault(fw[k:], sp.name)

    def last_org(self, head: str) -> Speaker | None:
        """The last organisation speaker with head ``head`` (any, if ``head`` is empty)."""
        return self.last_org_with_head.get(head)


class _Doc:
    """Per-article state: tokens, cue readings, mentions and the speakers seen so far."""

    def __init__(self, article: Article, mentions):
        self.a = article
        self.text = article.text
        cols = article.token_columns
        # Column lists, not Token rows: one list index per read, no Token objects.
        self.starts, self.ends, self.texts, self.norms = cols.start, cols.end, cols.text, cols.norm
        self.n = len(cols.start)
        # One dict look-up per token, at C speed (faster than a regex over the text).
        self.cues = list(map(CUE_FORMS.get, cols.norm))
        self.kinds = cols.kind
        for k in compress(range(len(self.cues)), self.cues):
            c = self.cues[k]
            if self.norms[k][c[2]:] in HOMOGRAPHS and not self._homograph_is_cue(k):
                self.cues[k] = None
        # Statement nouns found by a C-speed membership map, not a Python loop per token.
        for k in compress(range(self.n), map(STATEMENT_NOUNS.__contains__, cols.norm)):
            if 0 < k < self.n - 1 and self.norms[k - 1] in ("في", "وفي") \
                    and not self.cues[k] and self._statement_author(k + 1):
                self.cues[k] = ("statement", "unknown", 0)
        self.cue_idx = list(compress(range(len(self.cues)), self.cues))
        self.cue_starts = [self.starts[k] for k in self.cue_idx]
        self.mentions = _mention_tuples(mentions, article.doc_id)
        self.m_starts = [m[0] for m in self.mentions]
        # The longest mention: a mention overlapping offset s starts after s - m_reach.
        self.m_reach = max([0] + [e - s for s, e, _, _ in self.mentions])
        self.persons = sorted({e for _, _, lab, e in self.mentions if lab == "PERSON"},
                              key=len, reverse=True)
        self.history = _History()
        self._org_names: dict[str, str] | None = None
        # The fullest earlier form of a name from the article's PERSON entities (longest
        # first, as in self.persons): each proper final part → the first name ending so.
        self.person_ending: dict[tuple[str, ...], str] = {}
        for full in self.persons:
            fw = _name_words(full)
            for k in range(1, len(fw)):
                self.person_ending.setdefault(fw[k:], full)

    def _statement_author(self, k: int) -> int:
        """After في بيان / في تصريح: the token where the author's phrase starts if token
        ``k`` introduces one with لـ (separate, or attached to an organisation noun or a
        title: لوزارة الصحة، لمدير المكتب), else 0. An outlet (لصحيفة X، لـ«X») is the
        channel of the words, not their author."""
        norm = self.norms[k]
        # A statement (بيان) is issued by anyone; a تصريح / حديث is more often given to an
        # outlet (في تصريح لـ Le360): there only a title or an organisation noun is its
        # author.
        issued = self.norms[k - 1] == "بيان"
        if norm == "ل" and k + 1 < self.n:
            nxt = self.norms[k + 1]
            if self.texts[k + 1] in _OPENERS or _strip_org(nxt)[1] in MEDIA_CUES:
                return 0
            known = self._title_at(k + 1) or _strip_org(nxt)[1] in ORG_CUES
            return k + 1 if self.kinds[k + 1] in ("arabic", "latin") and (
                issued or known) else 0
        if norm.startswith("ل") and not norm.startswith("لل"):
            n, stem = _strip_org(norm)
            if n == 1 and stem in ORG_CUES and stem not in MEDIA_CUES:
                return k
            if self._title_at(k):
                return k
        return 0

    def _homograph_is_cue(self, k: int) -> bool:
        """Whether the homograph at token ``k`` (بين، طالب) is read as a speech verb: a
        clause opens at it and أن/إن, a colon or a quote mark follows before the clause
        ends (بيّن الوزير أن … but not الاتفاق بين البلدين)."""
        prev = self.texts[k - 1] if k else "."
        opens = (k == 0 or self.cues[k][2] > 0 or prev in ".،,:;؛!؟?\n"
                 or self.norms[k - 1] in CLAUSE_WORDS)
        if not opens:
            return False
        for j in range(k + 1, min(self.n, k + 14)):
            t = self.texts[j]
            if t == ":" or t in _OPENERS or self.norms[j] in AN_WORDS:
                return True
            if t in ".،,;؛!؟?":
                return False
        return False

    def tok_index(self, offset: int) -> int:
        return bisect_left(self.starts, offset)

    def cues_in(self, s: int, e: int) -> list[int]:
        """Indices of the cue tokens starting in ``[s, e)`` (two bisections in the cues
        alone, not four in all tokens as ``cues_between(tok_index(s), tok_index(e))``)."""
        return self.cue_idx[bisect_left(self.cue_starts, s):bisect_left(self.cue_starts, e)]

    def cues_between(self, i: int, j: int) -> list[int]:
        """Indices of the cue tokens among tokens ``[i, j)``."""
        return self.cue_idx[bisect_left(self.cue_idx, i):bisect_left(self.cue_idx, j)]

    # ----------------------------------------------------------------- noun phrases
    def _is_recipient(self, norm: str) -> bool:
        # قال لـ Motherboard / لوكالة الأنباء: the addressee, not the speaker.
        if norm in _RECIPIENT_PRONOUNS:
            return True
        if not norm.startswith("ل"):
            return False
        # شرحت لرئيس الحكومة: a title with لـ is the addressee too.
        return _strip_org(norm)[0] > 0 or (_strip_title(norm)[0] > 0
                                           and _strip_title(norm)[1] in TITLE_NOUNS)

    def _phrase_end(self, i: int, limit: int) -> int:
        j = i
        while j < limit and j - i < _MAX_NAME_WORDS + 2:
            text, norm = self.texts[j], self.norms[j]
            if (text in _PHRASE_STOP_PUNCT or text == "،" or norm in AN_WORDS
                    or norm in SPEECH_NOUNS
                    or _is_stop(norm, text) or self.cues[j]
                    or (j > i and self._is_recipient(norm))):
                break
            j += 1
        return j

    def _mentions_in(self, s: int, e: int, label: str | None = None):
        ms = self.mentions[bisect_left(self.m_starts, s):bisect_left(self.m_starts, e)]
        return [m for m in ms if m[1] <= e and (label is None or m[2] == label)]

    def _overlapping(self, s: int, e: int, label: str):
        """Mentions with ``label`` that overlap ``[s, e)``, in order (bisected, not a
        scan of all mentions)."""
        ms = self.mentions[bisect_right(self.m_starts, s - self.m_reach):
                           bisect_left(self.m_starts, e)]
        return [m for m in ms if s < m[1] and m[2] == label]

    @staticmethod
    def _governed(norm: str, kind: str) -> bool:
        # Words a title or cue noun governs: definite nouns, Latin names, cue nouns.
        if norm in PHRASE_END_WORDS:     # الى، التي: function words, not a governed noun
            return False
        return (norm.startswith(("ال", "لل")) or kind == "latin"
                or _strip_org(norm)[1] in ORG_CUES)

    def _org_phrase(self, i: int, limit: int, governed: bool = False):
        """The first organisation named in tokens ``[i, limit)``: ``(name, start, end)``
        from an ORG mention (canonical entity) or an indefinite cue noun phrase (with
        ``governed``, only the definite/Latin words it governs: رئيس اتحاد المزارعين
        خالد منصور → اتحاد المزارعين). None if there is none."""
        if i >= limit:
            return None
        s, e = self.starts[i], self.ends[limit - 1]
        orgs = self._mentions_in(s, e, "ORG")
        if orgs:
            m = min(orgs)
            return m[3], m[0], m[1]
        for j in range(i, limit):
            norm = self.norms[j]
            n, stem = _strip_org(norm)
            if stem in ORG_CUES and not _definite(norm, n):   # المنظمة refers back
                k = j + 1   # the name runs to the next comma/preposition
                if k < limit:   # جمعية "أصوات المستقبل": the quoted name is the name
                    k = self._quoted_name_end(k, limit)
                while k < limit and self.texts[k] not in ",،:;." and not (
                        _is_stop(self.norms[k], self.texts[k]) or self.norms[k] in AN_WORDS
                        or self.cues[k]
                        or (governed and not self._governed(self.norms[k], self.kinds[k]))):
                    k += 1
                if k > j + 1:
                    os_, oe = self.starts[j] + n, self.ends[k - 1]
                    while self.text[oe - 1] in "“«\"":
                        oe -= 1
                    return self.text[os_:oe], os_, oe
        return None

    def _full_name(self, name: str, s: int, e: int) -> str:
        """Canonical PERSON entity over ``[s, e)``, else the fullest earlier form."""
        for ms, me, _, ent in self._overlapping(s, e, "PERSON"):
            if me >= e or ms <= s and me - ms >= e - s:   # not a mention of part of it
                return ent
        words = name.split()
        # Earlier speakers first, then the article's PERSON entities (indexed by name
        # ending: see _History and _Doc.person_ending).
        nw = _name_words(name)
        if nw:
            full = self.history.first_person_ending.get(nw) or self.person_ending.get(nw)
            if full:
                return full
        return " ".join(words)

    def _earlier_spelling(self, name: str) -> str:
        """A one-word family name spelt with one letter more or less than an earlier
        speaker's (وتابعت ويتسن after سارة ليا ويتس; docs/arabic.md, "Names and cue
        nouns": transliterations vary inside one article) → that speaker's name; else
        ``name``."""
        nw = _name_words(name)
        if len(nw) == 1 and len(nw[0]) >= 4 and name not in self.history.last_named:
            for earlier in reversed(list(self.history.last_named)):
                ew = _name_words(earlier)
                if len(ew) > 1 and _one_edit(ew[-1], nw[0]):
                    return earlier
        return name

    def speaker(self, i: int, limit: int, gender: str,
                attached_li: bool = False) -> Speaker | None:
        """The speaker named by tokens from ``i`` (the phrase) up to ``limit`` (the end
        of its apposition). None when no noun phrase starts at ``i``."""
        norms, text = self.norms, self.text
        if i + 1 < limit and norms[i] in ("و", "ف"):     # و قالت المنظمة: a spaced و
            i += 1
        if i >= limit:
            return None
        norm0 = norms[i]
        if self.kinds[i] not in ("arabic", "latin") or norm0 in AN_WORDS \
                or _is_stop(norm0, self.texts[i]) or self.cues[i] \
                or (self._is_recipient(norm0) and not attached_li):
            return None
        j = self._phrase_end(i, limit)
        title = self._title_at(i)
        if title:
            j = max(j, self._title_end(i, limit))
        while j > i + 1 and self.kinds[j - 1] == "punct":     # المنظمة - التي: no dash
            j -= 1
        # لوزارة الصحة (after في بيان): the name starts after the attached ل
        ps, pe = self.starts[i] + (1 if attached_li else 0), self.ends[j - 1]
        appos = (j + 1, limit) if j < limit and self.texts[j] in ",،" else (j, j)
        if appos[0] < limit and _is_stop(norms[appos[0]], self.texts[appos[0]]):
            appos = (j, j)    # "، في مؤتمر صحفي": an adverbial, not an apposition
        head_n, head = _strip_head(norm0)
        # One search of the mentions over the phrase, split by label afterwards.
        inner = self._mentions_in(ps, pe)
        persons = [m for m in inner if m[2] == "PERSON"]
        orgs = [m for m in inner if m[2] == "ORG"]
        if persons and title:
            # A PERSON mention inside the title (فرع الشمال) is not the name: keep those
            # at or after the title's end, if any.
            k = self._title_words_end(i, j)
            persons = [m for m in persons if m[0] >= self.starts[k]] if k < j else []
        if persons and title:
            # رئيس البنك صلاح الدين حسن أحمد، …: a mention that covers only the start of
            # the name after the title gives way to the whole name.
            k = self._title_words_end(i, j)
            m = persons[0]
            if k < j and m[0] == self.starts[k] and m[1] < pe and not any(
                    self.kinds[t] != "arabic" or self._title_at(t) or
                    _strip_org(self.norms[t])[1] in ORG_CUES
                    for t in range(self.tok_index(m[1]), j)):
                persons = []
        if persons:
            m = persons[0]
            aff = self._org_phrase(i, self.tok_index(m[0]))
            if not aff and title:
                aff = self._title_affiliation(i, self.tok_index(m[0]), title)
            role = text[ps:m[0]].strip()
            if aff and aff[1] > ps:
                role = text[ps:aff[1]].strip()
            after = self.tok_index(m[1])
            if not role and after < limit and self._title_at(after):
                # طلال الذيابي الرئيس التنفيذي للدار: a title after the name, no comma
                t2 = self._title_at(after)
                jj = max(j, self._title_end(after, limit))
                role = text[self.starts[after]:self.ends[jj - 1]]
                aff = aff or self._title_affiliation(after, jj, t2)
            return self._person(m[3], gender, m[0], m[1], role, aff, appos)
        if head in UNNAMED_SOURCES:     # مصادر إعلامية: neither person nor organisation
            return Speaker(text[ps:pe], "unknown", "unknown", "", "", ps, pe, head)
        if head in DOCUMENT_NOUNS and not (orgs and orgs[0][0] == ps):
            # وأشار البيان / وقال التقرير: a document speaks for its issuer.
            return Speaker(text[ps:pe], "unknown", "organisation", "", "", ps, pe, head)
        if head in SPOKES_NOUNS and not self._named_after_title(i, j):
            aff = self._org_phrase(i + 1, j) or (self._org_tail(i + 1, j))
            return Speaker(text[ps:pe], gender, "person", aff[0] if aff else "",
                           "", ps, pe)
        if head in ORG_CUES or (orgs and orgs[0][0] == ps):
            if head in MEDIUM_NOUNS and j > i + 1:   # موقع حملة X: X's website
                cover = self._overlapping(ps, pe, "ORG")
                aff = ((cover[0][3],) if cover else None) or self._org_phrase(i + 1, j) \
                    or self._org_tail(i + 1, j)
                return Speaker(text[ps:pe], gender, "organisation",
                               aff[0] if aff else "", "", ps, pe, head)
            if j == i + 1 and _definite(norm0, head_n):   # الموقع: anaphora
                sp = self.history.last_org(head)
                if sp is not None:
                    return sp
            if orgs and orgs[0][0] == ps:
                name = orgs[0][3]
            else:
                pe = self.ends[self._org_name_end(i, j) - 1]
                name = text[ps:pe]
            return Speaker(name, gender, "organisation", "", "", ps, pe, head)
        # A person: skip a title and what it governs (وزيرة البيئة، رئيس اتحاد X، مديرة
        # قسم الشرق الأوسط في المنظمة X): the name is the words after it.
        k = i
        aff = None
        if title:
            k = self._title_words_end(i, j)
            aff = self._title_affiliation(i, k, title)
            if gender == "unknown":
                gender = TITLE_GENDER.get(title, "unknown")
            named = self._appositive_name(appos)
            if named:
                # رئيس مجلس إدارة البنك، الشيخ أحمد الصباح، إن …؛ رئيس جهة طنجة - تطوان،
                # عبد الكريم موسى إن: the phrase before the comma is all title.
                a, b = named
                ns, ne = self.starts[a], self.ends[b - 1]
                if aff is None:
                    aff = self._title_affiliation(i, j, title)
                return self._person(text[ns:ne], gender, ns, ne, text[ps:pe], aff, (b, b))
            if k == j:
                k = i     # an unnamed official: the whole phrase is the speaker
        else:
            for t in range(i + 1, j):
                t2 = self._title_at(t) if self.norms[t].startswith("ال") else ""
                if t2:     # طلال الذيابي الرئيس التنفيذي للدار: a title after the name
                    jj = max(j, self._title_end(t, limit))
                    aff = self._title_affiliation(t, jj, t2)
                    ns, ne = ps, self.ends[t - 1]
                    return self._person(text[ns:ne], gender, ns, ne,
                                        text[self.starts[t]:self.ends[jj - 1]], aff, appos)
        ns, ne = (ps if k == i else self.starts[k]), pe
        return self._person(text[ns:ne], gender, ns, ne, text[ps:ns].strip(), aff, appos)

    def _appositive_name(self, appos):
        """A name in commas after an unnamed title (…، الشيخ أحمد دعيج الصباح، إن): its
        tokens ``(a, b)`` without an honorific, or None. The segment must be one to five
        words, end at a comma, and hold a PERSON mention, follow an honorific, or be
        words that are neither titles, cue nouns nor function words."""
        a, limit = appos
        if a >= limit:
            return None
        b = a
        while b < limit and self.texts[b] not in ",،:;.!?؟" and b - a < 6:
            b += 1
        while b < limit and b - a < 6 and self.norms[b] not in AN_WORDS \
                and self.texts[b] not in ",،":
            b += 1
        if b >= limit + 1 or b >= self.n or not 1 <= b - a <= 5 or (
                self.texts[b] not in ",،" and self.norms[b] not in AN_WORDS):
            return None
        if self.norms[a] in HONORIFICS and b - a >= 2:
            return a + 1, b
        if self._mentions_in(self.starts[a], self.ends[b - 1], "PERSON"):
            return a, b
        ok = all(self.kinds[t] == "arabic" and not self.cues[t] and not self._title_at(t)
                 and self.norms[t] not in _APPOSITION_PRONOUNS
                 and _strip_org(self.norms[t])[1] not in ORG_CUES
                 and not _is_stop(self.norms[t], self.texts[t])
                 and self.norms[t] not in AN_WORDS for t in range(a, b))
        nxt = self.norms[b] in AN_WORDS or (b + 1 < self.n and self.norms[b + 1] in AN_WORDS)
        return (a, b) if ok and nxt else None

    def _org_name_end(self, i: int, j: int) -> int:
        """End of an organisation's name that opens with a cue noun at ``i`` (phrase
        ``[i, j)``): governed words, and an indefinite word only before a governed one
        or last (شركة شارا التركية، حملة الشفافية أولا; not وزارة الزراعة بياناً حول …)."""
        k = i + 1
        while k < j:
            if "\u064b" in self.texts[k] or self.norms[k].startswith(("بال", "كال")):
                break      # بياناً، بالقرار: an object or a prepositional phrase, not a name
            if not self._governed(self.norms[k], self.kinds[k]):
                last = k + 1 == j
                before = k + 1 < j and self._governed(self.norms[k + 1], self.kinds[k + 1])
                if not (last or before):
                    break
            k += 1
        return k

    def _title_words_end(self, i: int, j: int) -> int:
        """The first token after the title words that open at ``i`` (within ``[i, j)``)."""
        k = i + 1
        while k < j:
            q = self._quoted_name_end(k, j)
            if q > k:
                k = q
            elif self._in_title(k):
                k += 1
            else:
                break
        return k

    def _named_after_title(self, i: int, j: int) -> bool:
        """Whether a name follows the title at ``i`` within ``[i, j)`` (المتحدثة باسم
        جمعية "X" هدى سالم), rather than the title standing alone (متحدث باسم ميتا)."""
        return self._title_words_end(i, j) < j

    def _title_at(self, i: int) -> str:
        """The title noun at token ``i`` (normalised, without clitics or a possessive
        pronoun: رئيسها → رئيس), or ""."""
        stem = _strip_title(self.norms[i])[1]
        if stem in TITLE_NOUNS:
            return stem
        for suf in ("ها", "ه", "هم"):
            if stem.endswith(suf) and stem[:-len(suf)] in TITLE_NOUNS:
                return stem[:-len(suf)]
            # مديرته: ة is written ت before a pronoun
            if stem.endswith("ت" + suf) and stem[:-len(suf) - 1] + "ه" in TITLE_NOUNS:
                return stem[:-len(suf) - 1] + "ه"
        return ""

    def _in_title(self, k: int) -> bool:
        """Whether token ``k`` continues a title (a governed word, a title noun or
        complement, a preposition or و before one, a compass point)."""
        norm, kind = self.norms[k], self.kinds[k]
        if self._governed(norm, kind) or norm.startswith(("وال", "بال", "لل", "فال")) \
                or norm == "باسم" or (k > 0 and self.norms[k - 1] == "باسم") \
                or (k > 0 and (self.norms[k - 1] in _TITLE_PLACES
                               or self.norms[k - 1][1:] in _TITLE_PLACES)):
            return True
        if self._overlapping(self.starts[k], self.ends[k], "ORG"):
            return True     # في منظمة أطباء بلا حدود: an organisation's name
        stem = _strip_title(norm)[1]
        if stem in TITLE_NOUNS or norm in TITLE_COMPLEMENTS or stem in TITLE_COMPLEMENTS \
                or norm in _TITLE_PLACES or norm[1:] in _TITLE_PLACES and norm[0] == "و":
            return True
        if norm in ("-", "_", "–", "ـ") and k > 0 and self._governed(self.norms[k - 1],
                                                                      self.kinds[k - 1]):
            return True     # جهة الدار البيضاء - سطات: a compound place name
        if k > 0 and self.texts[k - 1] in ("-", "_", "–", "ـ") and kind == "arabic":
            return True
        nxt = k + 1 < self.n and (self._governed(self.norms[k + 1], self.kinds[k + 1])
                                  or self.norms[k + 1] in _TITLE_PLACES
                                  or self.texts[k + 1] in _OPENERS)
        return (norm in _TITLE_PREPS or norm == "و") and nxt

    def _quoted_name_end(self, k: int, limit: int) -> int:
        """If token ``k`` opens a short quoted name inside a title (جمعية "أصوات
        المستقبل"), the token after its closing mark, else ``k``."""
        if self.texts[k] not in _OPENERS or k == 0 or not (
                _strip_org(self.norms[k - 1])[1] in ORG_CUES
                or self.norms[k - 1] in _TITLE_PREPS):
            return k
        for t in range(k + 1, min(limit, k + 8)):
            if self.texts[t] in _MARK_CHARS:
                return t + 1
        return k

    def _title_end(self, i: int, limit: int) -> int:
        """End (exclusive) of a speaker phrase that opens with a title at ``i``: the title
        may hold prepositions and و (مديرة البرامج في منظمة X، وزير الاقتصاد والتخطيط);
        then the name, up to a comma, a preposition, أن/إن, a cue or a quote mark."""
        k = i + 1
        while k < limit and k - i < 16:
            q = self._quoted_name_end(k, limit)
            if q > k:
                k = q
                continue
            if not self._in_title(k) or self._ends_phrase(k):
                break
            k += 1
        if k == i + 1:
            return i + 1
        j = k
        while j < limit and j - k < 5 and not self._ends_phrase(j, name=True) \
                and not _is_stop(self.norms[j], self.texts[j]):
            j += 1
        return j

    def _ends_phrase(self, j: int, name: bool = False) -> bool:
        """Whether token ``j`` ends a title (or, with ``name``, the name after it: there
        a recipient ends it too, محمد المرتضى لـ X)."""
        text, norm = self.texts[j], self.norms[j]
        return (text in _PHRASE_STOP_PUNCT or text == "،" or norm in AN_WORDS
                or norm in SPEECH_NOUNS or bool(self.cues[j])
                or (name and self._is_recipient(norm)))

    def _title_affiliation(self, i: int, k: int, title: str):
        """Affiliation from the title words ``[i, k)``: an organisation they name (an ORG
        mention, else an indefinite cue noun phrase); a definite cue noun (المنظمة) or a
        possessive (رئيسها) → the organisation named last before; else the office's
        institution with the field (وزير المالية الأردني → وزارة المالية الأردنية)."""
        aff = None
        if i + 1 < k:
            aff = self._org_phrase(i + 1, k, governed=True)
        if aff:
            return aff
        for t in range(i + 1, k):     # في “هيومن رايتس ووتش”: a quoted name is the body
            q = self._quoted_name_end(t, k)
            if q > t + 2 and self.norms[t - 1] in _TITLE_PREPS:
                cover = self._overlapping(self.starts[t + 1], self.ends[q - 2], "ORG")
                if cover:
                    return cover[0][3], cover[0][0], cover[0][1]
                return (self.text[self.starts[t + 1]:self.ends[q - 2]], self.starts[t + 1],
                        self.ends[q - 2])
        back = any(_strip_org(self.norms[t])[1] in ORG_CUES
                   and _definite(self.norms[t], _strip_org(self.norms[t])[0])
                   for t in range(i + 1, k)) \
            or _strip_title(self.norms[i])[1] != title      # رئيسها: a possessive
        if back:
            prev = self._last_org_before(self.starts[i])
            if prev:
                return prev
        named = self._named_org_in(i + 1, k)
        if named:
            return named
        # Only an indefinite title heads its field (وزير المالية); in الوزير الأردني the
        # words after a definite title are adjectives or a name.
        inst = TITLE_INSTITUTION.get(title) if not self.norms[i].startswith(("ال", "وال")) \
            else None
        if inst and i + 1 < k:
            words = [self.texts[t] for t in range(i + 1, k)]
            # the nisba adjective agrees with the feminine institution (الأردني → الأردنية)
            words = [w + "ة" if w.startswith("ال") and w.endswith("ي") and n > 0 else w
                     for n, w in enumerate(words)]
            return inst + " " + " ".join(words), 0, 0
        return None

    def org_names(self) -> dict[str, str]:
        """ORG mentions by normalised name, with and without their cue noun (شركة الدار
        العقارية and الدار العقارية → the entity), built on first use."""
        if self._org_names is None:
            out: dict[str, str] = {}
            for s, e, lab, ent in self.mentions:
                if lab != "ORG":
                    continue
                words = normalise(self.text[s:e]).split()
                out.setdefault(" ".join(words), ent)
                if len(words) > 1 and _strip_org(words[0])[1] in ORG_CUES:
                    out.setdefault(" ".join(words[1:]), ent)
            self._org_names = out
        return self._org_names

    def _named_org_in(self, i: int, k: int):
        """An organisation the article names, written out in tokens ``[i, k)`` after a
        preposition (الرئيس التنفيذي للدار العقارية → الدار العقارية): its entity."""
        names = self.org_names() if self.mentions else {}
        if not names:
            return None
        for t in range(i, k):
            first = self.norms[t]
            first = "ال" + first[2:] if first.startswith("لل") else first
            cand = " ".join([first] + list(self.norms[t + 1:k]))
            if cand in names:
                return names[cand], 0, 0
        return None

    def _last_org_before(self, offset: int):
        """The organisation named last before ``offset`` in its paragraph region (an ORG
        mention, else an indefinite cue-noun phrase in the 40 tokens before)."""
        k = bisect_left(self.m_starts, offset) - 1
        while k >= 0 and offset - self.mentions[k][0] < 600:
            m = self.mentions[k]
            if m[2] == "ORG" and m[1] <= offset:
                return m[3], 0, 0
            k -= 1
        t = self.tok_index(offset)
        for s in range(t - 1, max(-1, t - 40), -1):
            n, stem = _strip_org(self.norms[s])
            if stem in ORG_CUES and not _definite(self.norms[s], n):
                e = self._phrase_end(s, t)
                e = self._org_name_end(s, e) if e > s + 1 else e
                if e > s + 1:
                    return self.text[self.starts[s] + n:self.ends[e - 1]], 0, 0
        return None

    def _org_tail(self, i: int, j: int):
        """Surface organisation after باسم/عن (متحدث باسم ميتا → ميتا)."""
        while i < j and self.norms[i] in {"باسم", "عن", "ل"}:
            i += 1
        if i < j:
            return self.text[self.starts[i]:self.ends[j - 1]], 0, 0
        return None

    def _person(self, name, gender, s, e, role, aff, appos) -> Speaker:
        a, b = appos
        if a < b:
            seg_end = a
            while seg_end < b and self.texts[seg_end] not in ",،:;.!?؟":
                seg_end += 1
            if aff is None:
                aff = self._org_phrase(a, b)
            r = a
            if self.norms[r] in {"وهي", "وهو", "هي", "هو"}:
                r += 1
            stop = self.tok_index(aff[1]) if aff and aff[1] else seg_end
            stop = min(stop, seg_end)
            if stop > r:
                rs, re_ = self.starts[r], self.ends[stop - 1]
                role = role or _ROLE_TAIL.sub("", self.text[rs:re_])
        name = self._earlier_spelling(self._full_name(name, s, e))
        aff_name = aff[0] if aff else ""
        sp = self.history.last_named.get(name)  # وأضافت هايز: keep what we learnt of her
        if sp is not None:
            aff_name, role = aff_name or sp.affiliation, role or sp.role
        return Speaker(name, gender, "person", aff_name, role, s, e)

    def last(self, gender: str) -> Speaker | None:
        """The last speaker of ``gender``; with none, the last whose gender is unknown (a
        source named by بحسب has none: وبحسب الوكالة … وأضافت)."""
        if gender == "unknown":
            return self.history[-1] if self.history else None
        return self.history.last_of_gender.get(gender) or \
            self.history.last_of_gender.get("unknown")


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` (both four letters or more) differ by at most one letter
    inserted, deleted or replaced."""
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i + 1:] or a[i + 1:] == b[i:] or a[i:] == b[i + 1:]


@lru_cache(maxsize=1 << 12)
def _name_words(name: str) -> tuple[str, ...]:
    """Normalised words of a speaker name, memoised: every name is compared with every
    earlier speaker's."""
    return tuple(normalise(name).split())


def _mention_tuples(mentions, doc_id: str):
    """``(start, end, label, entity)`` of this document's mentions, sorted; an empty
    entity falls back to the mention's text."""
    # A list comprehension sorted in place: cheaper than sorted() over a generator, which
    # resumes a frame per mention.
    out = [(m.start, m.end, m.label, m.entity or m.text) for m in mention_spans(mentions)
           if m.doc_id == doc_id or m.doc_id == ""]
    out.sort()
    return out


def _attribution(d: _Doc, cue_i: int, left: int, limit: int) -> tuple[Speaker | None, str]:
    """Speaker of the cue at token ``cue_i``: after the verb, else at the clause start
    (tokens from ``left``), else the last speaker of the verb's gender."""
    kind, gender, n = d.cues[cue_i]
    i = cue_i + 1
    if kind == "statement":
        at = d._statement_author(cue_i + 1)
        sp = d.speaker(at, limit, "unknown", attached_li=at == cue_i + 1) if at else None
        if sp and sp.type == "person" and sp.gender == "unknown":
            sp = replace(sp, gender=TITLE_GENDER.get(d._title_at(at), "unknown"))
        if sp:
            return sp, "source"
        return d.last("unknown"), "continuation"
    if kind == "source":
        # وفقاً لـ X / نقلاً عن X: skip the preposition (separate or attached).
        while i < limit and d.norms[i] in {"ل", "عن"}:
            i += 1
        # بحسب ما نقلت X عن Y / بحسب ما قال X: the verb's attribution.
        if i + 1 < limit and d.norms[i] == "ما" and d.cues[i + 1] \
                and d.cues[i + 1][0] == "verb":
            return _attribution(d, i + 1, left, limit)
        sp = d.speaker(i, limit, "unknown")
        return sp, "source"
    if d.norms[cue_i][n:] in REPORT_VERBS:
        sp = _reported(d, i, limit)
        if sp:
            return sp, "source"
    participle = d.norms[cue_i][n:] in PARTICIPLES
    sp = None if participle else d.speaker(i, limit, gender)
    if sp:
        return sp, "named"
    sent = d.a.sentence_at(d.starts[cue_i])
    # The look-back is bounded (a 200 KB one-line "sentence" stays linear).
    s0 = max(d.tok_index(sent.start) if sent else left, cue_i - _LOOK_BACK)
    if participle:
        # قائلاً / مشيرةً: the speaker of the sentence's verb, else its subject.
        for k in reversed(d.cues_between(s0, cue_i)):
            if d.cues[k][0] == "verb" and d.norms[k][d.cues[k][2]:] not in PARTICIPLES:
                sp, how = _attribution(d, k, s0, cue_i)
                if sp and how != "continuation":
                    return sp, "named"
                break
        sp = _clause_subject(d, s0, cue_i, gender)
        return (sp, "named") if sp else (d.last(gender), "continuation")
    # SVO: the phrase at the clause start (لاو باريوس، … قال لـ X), unless the clause
    # opens with و/ف + a word, most often a verb (وأصدرت الوزارة بيانا قالت فيه): then a
    # title, organisation or named subject in the verb's own clause first.
    while left + 1 < cue_i and d.norms[left] in CLAUSE_WORDS:   # وكان سلامة صرح
        left += 1
    svo = cue_i > left and d.kinds[left] in ("arabic", "latin") \
        and not _is_stop(d.norms[left], d.texts[left]) and not d.cues[left] \
        and d.norms[left] not in ("و", "ف")
    # …and only a phrase that ends at the verb or at a comma (an apposition follows), and
    # not a word followed by a title or organisation noun (جددت منظمة X: a verb).
    if svo and not d.norms[left].startswith(("و", "ف")) \
            and d.texts[d._phrase_end(left, cue_i)] in (",", "،", d.texts[cue_i]) \
            and not (left + 1 < cue_i and _candidate(d, left + 1)):
        sp = d.speaker(left, cue_i, gender)
        if sp:
            return sp, "named"
    lo = max([left] + [k + 1 for k in d.cues_between(left, cue_i)])
    sp = _clause_subject(d, lo, cue_i, gender)
    if sp:
        return sp, "named"
    if svo and d.texts[d._phrase_end(left, cue_i)] in (",", "،", d.texts[cue_i]):
        sp = d.speaker(left, cue_i, gender)     # وحيا X الجهود التي …، وقال: not a name
        if sp:
            return sp, "named"
    return d.last(gender), "continuation"


#: Tokens searched back from a cue for its clause's subject (a clause is far shorter).
_LOOK_BACK = 60


def _reported(d: _Doc, i: int, limit: int) -> Speaker | None:
    """نقلت وكالة X عن Y قوله (إن) …: the speaker Y (gender from the pronoun of قوله /
    قولها, else from Y's title), with X as its channel. None without عن / لـ Y."""
    for k in range(i, limit):
        t = d.texts[k]
        if t in ".:;؛" or t in _OPENERS or d.norms[k] in AN_WORDS:
            return None
        if d.norms[k] in ("عن", "ل"):
            at = k + 1
            break
        if k > i and d.norms[k].startswith("ل") and d._title_at(k):
            at = k      # نسب البيان لمدير المكتب تأكيده: the title itself carries ل
            break
    else:
        return None
    j = at
    while j < limit and d.norms[j] not in SPEECH_NOUNS and d.norms[j] not in AN_WORDS \
            and d.texts[j] not in ".:;؛":
        j += 1
    gender = SPEECH_NOUNS.get(d.norms[j], "unknown") if j < limit else "unknown"
    sp = d.speaker(at, limit, gender, attached_li=at == k)
    if sp is None:
        return None
    channel = d.speaker(i, k, "unknown") if k > i else None
    return replace(sp, channel=channel.name if channel else "")


def _candidate(d: _Doc, p: int) -> bool:
    """Whether a speaker's noun phrase may start at token ``p``: a title, an organisation
    or document noun, or a PERSON/ORG mention."""
    norm = d.norms[p]
    if d.kinds[p] not in ("arabic", "latin") or d.cues[p] or _is_stop(norm, d.texts[p]):
        return False
    if _strip_title(norm)[1] in TITLE_NOUNS or _strip_head(norm)[1] in (
            ORG_CUES | DOCUMENT_NOUNS) and not d._is_recipient(norm):
        return True
    ms = d._mentions_in(d.starts[p], d.ends[p] + 1)
    return any(m[0] == d.starts[p] and m[2] in ("PERSON", "ORG") for m in ms)


def _clause_subject(d: _Doc, lo: int, hi: int, gender: str) -> Speaker | None:
    """The subject of the clause before a cue that has none after it (فإن وزارة الداخلية
    حسمت …، معتبرةً أن; ودافع الوزير عمر بكري عن الاتفاق قائلاً): the first candidate
    noun phrase (:func:`_candidate`) after the last أن/إن in tokens ``[lo, hi)``, else the
    first one. A noun after a preposition is not a subject."""
    lo = max(lo, hi - _LOOK_BACK)
    start = lo
    for k in range(hi - 1, lo - 1, -1):
        if d.norms[k] in AN_WORDS:
            start = k + 1
            break
    for p in range(start, hi):
        if p > lo and (_is_stop(d.norms[p - 1], d.texts[p - 1]) or d.texts[p - 1] in _OPENERS):
            continue
        if _candidate(d, p):
            sp = d.speaker(p, hi, gender)
            if sp:
                return sp
    return None


#: Words after which a verb starts a new clause (فيما قال …).
CLAUSE_WORDS = _words("attribution", role="clause_opener")


def _opens_clause(d: _Doc, k: int, left: int) -> bool:
    # After a closing quote mark with no comma the verb most often heads a relative
    # clause (جمعت “أدلة دامغة” تشير إلى أن …), not a new attribution.
    return (k <= left or d.cues[k][2] > 0
            or (d.kinds[k - 1] == "punct" and d.texts[k - 1] not in "”»’")
            or d.norms[k - 1] in CLAUSE_WORDS)


_WORD_KINDS = frozenset({"arabic", "latin"})


def _words(d: _Doc, s: int, e: int) -> int:
    # Word tokens in [s, e): a membership test mapped over the kinds in C.
    return sum(map(_WORD_KINDS.__contains__, d.kinds[d.tok_index(s):d.tok_index(e)]))


def extract_quotes(article: Article, mentions=None) -> pd.DataFrame:
    """Direct and indirect quotes in ``article`` with speaker attribution.

    Input: an analysed :class:`khabar.text.Article` and its mentions
    (a DataFrame with :data:`khabar.schema.MENTIONS` columns, or
    :func:`khabar.entities.mention_rows`; may be empty or None: names then fall back
    to their surface text). Output: one row per quote, columns :data:`COLUMNS` —
    :data:`khabar.schema.QUOTES` (doc_id, kind direct | indirect, quote, speaker,
    speaker_gender female | male | unknown, speaker_type person | organisation |
    unknown, affiliation, cue, words = arabic + latin word tokens, start, end) then
    paragraph, sentence (1-based), role, attribution (named | continuation | source |
    after), closed (the closing mark was found), speaker_start, speaker_end (offsets of
    the words naming the speaker, -1 if none), channel (who passed the words on:
    نقلت وكالة X عن Y → X; empty if none). ``start``/``end`` are character offsets
    of the quote without its marks: ``article.text[start:end] == quote``. Rules: see the
    module docstring (docs/arabic.md, "Quotes and attribution"). Raises nothing on odd input.
    """
    return quotes_frame(quote_rows(article, mentions))


class _Inside:
    """The offsets from a paragraph's quote marks to just after their quoted text:
    ``[q.open, q.end + 1)`` for each span ``q``, where a cue does not count."""

    def __init__(self, spans: list[QuoteSpan]):
        self.opens = [q.open for q in spans]
        self.ends = [q.end + 1 for q in spans]

    def holds(self, offset: int) -> bool:
        """Whether ``offset`` lies in one of the ranges. One bisection, not a scan: the
        opens increase and a range ends at most one past the next open (a span ends at
        its closing mark or at the next opener), so of the ranges holding ``offset`` the
        one that opens last at or before it does too."""
        k = bisect_right(self.opens, offset) - 1
        return k >= 0 and offset < self.ends[k]


def quote_rows(article: Article, mentions=None) -> list[Quote]:
    """The rows of :func:`extract_quotes` as :class:`khabar.schema.Quote` named tuples
    (fields in :data:`COLUMNS` order), without building a DataFrame (the corpus
    pipeline builds one frame for all articles)."""
    d = _Doc(article, mentions)
    text = article.text
    verb_at = [d.starts[k] for k in d.cue_idx if d.cues[k][0] == "verb"]
    # Marks and cues are found once per article; a paragraph with neither (most of
    # them) cannot hold a quote and is skipped.
    marks = _mark_offsets(text)
    rows: list[Quote] = []
    for p in article.paragraphs:
        p_marks = marks[bisect_left(marks, p.start):bisect_left(marks, p.end)]
        p_cues = d.cues_in(p.start, p.end)
        if not p_marks and not p_cues:
            continue
        spans = _spans(text, p_marks, p.start, p.end, verb_at) if p_marks else []
        inside = _Inside(spans)
        last_end = p.start
        events = _indirect_cues(d, p_cues, inside) + [(q.open, "direct", q) for q in spans]
        for _, kind, item in sorted(events, key=lambda e: e[0]):
            if kind == "indirect":
                rows.append(_indirect_row(d, item))
                continue
            row = _direct_row(d, item, max(last_end, article.sentence_at(item.open).start),
                              p.end, inside)
            if row:
                rows.append(row)
                last_end = item.end + 1
    rows = [r for r in rows if r]
    rows.sort(key=attrgetter("start"))
    return rows


def quotes_frame(rows: list[Quote]) -> pd.DataFrame:
    """A quotes DataFrame (columns :data:`COLUMNS`) from :func:`quote_rows`."""
    return fixed_frame(rows, COLUMNS, _DTYPES)


_UNGENDERED = DOCUMENT_NOUNS | MEDIA_CUES | MEDIUM_NOUNS

#: The speaker of a row without one; shared, not rebuilt per row (Speaker is frozen).
_NO_SPEAKER = Speaker("", "unknown", "unknown")


def _row(d: _Doc, kind, s, e, n_words: int, sp: Speaker | None, cue: str, how: str,
         closed: bool):
    # n_words: _words(d, s, e), which the caller has counted already.
    if sp is None:
        sp = _NO_SPEAKER
    if sp.type == "person" and not sp.name.strip():
        sp = replace(sp, type="unknown")
    # An organisation has the grammatical gender its verb shows (قالت الوزارة); a document
    # or an outlet (البيان، الوكالة، الموقع) none.
    gender = sp.gender if sp.type == "person" or (
        sp.type == "organisation" and sp.head not in _UNGENDERED) else "unknown"
    sent = d.a.sentence_at(s)
    return Quote(d.a.doc_id, kind, d.text[s:e], sp.name, gender, sp.type, sp.affiliation,
                 cue, n_words, s, e, sent.paragraph if sent else 0,
                 sent.sentence if sent else 0, sp.role, how, closed, sp.start, sp.end,
                 sp.channel)


def _direct_row(d: _Doc, q: QuoteSpan, left: int, pend: int, inside: _Inside):
    """A row for a quoted span if an attribution makes it a quote, else None."""
    li, oi = d.tok_index(left), d.tok_index(q.open)
    # The cue that opens a clause wins (وقال، ، قال، فيما قال) over one inside a
    # clause, which is often a verbal noun (طلب عدم ذكر اسمه); else the last cue. Cues
    # inside a quote do not count. Searched backwards from the quote, so a long
    # sentence of quotes is not rescanned from its start for each one.
    cue_i = None
    for k in reversed(d.cues_between(li, oi)):
        if inside.holds(d.starts[k]):
            continue
        if cue_i is None:
            cue_i = k
        if _opens_clause(d, k, li):
            cue_i = k
            break
    n_words = _words(d, q.start, q.end)
    colon = oi > li and d.texts[oi - 1] == ":"
    intro = colon or (oi > li and d.norms[oi - 1] in AN_WORDS)
    sp, how, cue = None, "", ""
    if cue_i is not None:
        sp, how = _attribution(d, cue_i, li, oi)
        cue = d.texts[cue_i]
    elif q.closed:
        # "…»، قالت ليلى حداد": a cue right after the closing mark, with a named source.
        k = d.tok_index(q.end + 1)
        if k < d.n and d.texts[k] in ",،":
            k += 1
        sent = d.a.sentence_at(q.end)
        limit = d.tok_index(sent.end if sent and sent.end > q.end else pend)
        if k < d.n and d.cues[k] and d.starts[k] < pend:
            sp = d.speaker(k + 1 + (d.cues[k][0] == "source" and k + 1 < limit
                                    and d.norms[k + 1] in {"ل", "عن"}), limit,
                           d.cues[k][1])
            # …unless that attribution introduces the next quote (»، وقال X: «…»).
            if sp and not any(t in ":“«\"" for t in d.texts[k + 1:limit]):
                how, cue, intro = "after", d.texts[k], True
    if not how or n_words == 0 or (n_words == 1 and not colon):
        return None
    speechlike = intro or n_words >= 4 or _TERMINAL.search(d.text[q.start:q.end])
    if not speechlike:
        return None
    if sp and how != "continuation":
        d.history.append(sp)
    return _row(d, "direct", q.start, q.end, n_words, sp, cue, how, q.closed)


def _indirect_cues(d: _Doc, cues: list[int], inside: _Inside) -> list[tuple[int, str, int]]:
    """Those of the cue tokens ``cues`` (of one paragraph) followed in their sentence by
    أن/إن and no quote."""
    out = []
    for k in cues:
        c = d.cues[k]
        # بحسب X فإن …: a source cue reports a clause too.
        if c[0] not in ("verb", "statement", "source") or inside.holds(d.starts[k]):
            continue
        sent = d.a.sentence_at(d.starts[k])
        for j in range(k + 1, d.tok_index(sent.end)):
            text = d.texts[j]
            if d.cues[j] or text in "“”«»\"":
                break
            if d.norms[j] in AN_WORDS:
                if j + 1 < d.n and d.starts[j + 1] < sent.end and d.texts[j + 1] not in "“«\"”":
                    out.append((d.starts[k], "indirect", (k, j)))
                break
    return out


def _indirect_row(d: _Doc, item):
    k, j = item
    sent = d.a.sentence_at(d.starts[k])
    s, e = d.starts[j + 1], sent.end
    # The reported clause ends where another attribution or a quote begins; a scare
    # quote or quoted name of one to three words (أن منظمة "X" في حاجة، كانت “ناجحة”)
    # is part of the clause.
    t_end = d.tok_index(sent.end)
    skip_to = -1
    for t in range(j + 1, t_end):
        if t < skip_to:
            continue
        if d.texts[t] in _OPENERS:
            close = _short_quote_end(d, t, t_end)
            if close > t:
                skip_to = close + 1
                continue
        if d.texts[t] in _MARK_CHARS or (d.cues[t] and _opens_clause(d, t, j + 1)):
            if t > j + 1 and d.norms[t - 1] in CLAUSE_WORDS:
                t -= 1
            e = d.starts[t]
            break
    while e > s and d.text[e - 1] in ".!?؟…،,;؛: ":
        e -= 1
    n_words = _words(d, s, e) if e > s else 0
    if n_words == 0:
        return None
    sp, how = _attribution(d, k, d.tok_index(sent.start), j)
    if sp and how != "continuation":
        d.history.append(sp)
    if n_words <= _MAX_FRAGMENT_WORDS:   # a fragment (أنها جمعت), not a reported clause
        return None
    return _row(d, "indirect", s, e, n_words, sp, d.texts[k], how, False)


#: Indirect speech of at most this many words is a fragment, not a row (issue 15 §2).
_MAX_FRAGMENT_WORDS = 3


def _short_quote_end(d: _Doc, t: int, limit: int) -> int:
    """The closing mark's token of a quoted span of one to three words opened at token
    ``t`` (a scare quote or a quoted name), else -1."""
    closers = _CLOSERS.get(d.texts[t], "")
    words = 0
    for u in range(t + 1, min(limit, t + 6)):
        if d.texts[u] in closers:
            return u if 1 <= words <= 3 else -1
        if d.texts[u] in _MARK_CHARS or d.texts[u] in ".:؟?!":
            return -1
        words += d.kinds[u] in _WORD_KINDS
    return -1


def voice_table(quotes: pd.DataFrame, by: str = "speaker") -> pd.DataFrame:
    """Who gets a voice, and how much: direct quotes and quoted words per group.

    Input: the quotes table (columns :data:`COLUMNS`; only ``kind == "direct"`` rows
    count, indirect speech is left out). ``by``: a column to group on — speaker,
    affiliation, speaker_gender or speaker_type. Output columns: ``by``, ``quotes``
    (count), ``words`` (quoted words), ``quote_share`` and ``word_share`` (percent of all
    direct quotes / quoted words, 1 d.p.). An empty group value is "unknown". Sorted by
    quotes, then words, descending, then name.
    """
    cols = [by, "quotes", "words", "quote_share", "word_share"]
    direct = quotes[quotes["kind"] == "direct"] if "kind" in quotes else quotes
    if direct.empty:
        return pd.DataFrame(columns=cols)
    keys = direct[by].fillna("").astype(str).replace("", "unknown")
    out = (direct.assign(**{by: keys, "words": direct["words"].astype(int)})
           .groupby(by).agg(quotes=(by, "size"), words=("words", "sum")).reset_index())
    out["quote_share"] = (100 * out["quotes"] / out["quotes"].sum()).round(1)
    out["word_share"] = (100 * out["words"] / max(out["words"].sum(), 1)).round(1)
    return out.sort_values(["quotes", "words", by], ascending=[False, False, True],
                           kind="mergesort").reset_index(drop=True)[cols]
