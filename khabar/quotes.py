"""Quotes and speaker attribution in Arabic news text (issue 6; ARABIC_NOTES §8).

Method, one paragraph at a time:

1. **Quote marks are paired inside the paragraph** (:func:`quote_spans`): “ and « open,
   ” and » close, a straight " toggles. A ” with no opener before it, directly followed
   by a letter, is a misused opener (``:”في``). An opener that is never closed ends at
   the next opener, at the first speech-cue verb after it (the attribution of the next
   quote) or at the paragraph end, so it never swallows the text that follows.
2. **A span is a quote only with an attribution**: a speech cue before it in the same
   clause (``قالت X:``, ``قال X إن "…"``, ``وأضافت:``, ``بحسب X``) or, for a closed
   quote, a cue with a named source right after it (``"…"، قالت ليلى حداد``). It must also
   look like speech: introduced by ``:`` or إن/أن, or of four or more words, or ending in
   sentence punctuation, or attributed after. A one-word span needs a colon. So quoted
   names (“إمباور”) and scare quotes are not quotes.
3. **The speaker** is the noun phrase after the cue verb (VSO), or the phrase at the start
   of the clause when the verb has none after it (``لاو باريوس، … قال لـ X:``), or — for a
   cue with no subject (``وأضافت:``) — the last speaker with the cue's grammatical gender
   (continuation). Person or organisation is decided first: an ORG mention at the start
   of the phrase, or an organisation cue noun (ARABIC_NOTES §5; a definite one such as
   ``الشركة``/``الموقع`` refers back to the last organisation speaker), makes an
   organisation; ``متحدث باسم X`` is an unnamed person of X; anything else is a person.
   Gender comes from the cue verb's morphology (قالت/تقول → female, قال/يقول → male) and
   is reported for persons only (organisations: ``unknown``). No list of first names.
4. **Role and affiliation** come from the apposition after the name (``، مديرة … في منظمة
   X``) or from a title before it (``رئيس اتحاد المزارعين خالد منصور``): affiliation is the
   canonical entity of the first ORG mention there, else the surface organisation phrase
   that starts with an (indefinite) organisation cue noun.
5. **Indirect speech**: a cue followed in its sentence by أن/إن and no quote mark
   (``وذكرت وكالة رويترز أن …``) gives a row with ``kind = indirect``.

Names: a PERSON mention's canonical ``entity`` when the entity extractor found one, else
the surface name; a later partial name (``هايز``) takes the fullest earlier form whose
last words it equals (``مايشا هايز``).

Offsets: ``start``/``end`` span the quoted words *without* the quote marks (whitespace
trimmed), so ``text[start:end] == quote``; for indirect speech, the words after أن to the
end of the sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import compress
from dataclasses import dataclass, replace
from typing import NamedTuple

import numpy as np
import pandas as pd

from . import schema
from .schema import fixed_frame
from .entities import mention_spans
from .lexicon import load_lexicon
from .text import Article, normalise, strip_clitics

#: Extra columns after :data:`khabar.schema.QUOTES`.
EXTRA_COLUMNS = ["paragraph", "sentence", "role", "attribution", "closed",
                 "speaker_start", "speaker_end"]
COLUMNS = schema.QUOTES + EXTRA_COLUMNS
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


#: Speech verbs and participles (lexicon speech_verbs.tsv, ARABIC_NOTES §8), the list
#: :mod:`khabar.entities` reads too: normalised form → grammatical gender of the subject.
#: Circumstantial participles continue the sentence's speaker (مشيراً إلى أن …).
VERB_CUES: dict[str, str] = {normalise(r.form): r.gender for r in _LEX["speech_verbs"]}
#: Prepositional cues: the source follows (بحسب X، وفقاً لـ X، نقلاً عن X، على لسان X);
#: value: the preposition that may come between (lexicon source_cues.tsv).
SOURCE_CUES = {normalise(r.form): (r.after,) if r.after else () for r in _LEX["source_cues"]}
#: أن/إن and its pronoun-suffixed forms: the complementiser of reported speech.
AN_WORDS = _words("attribution", role="complementiser")
#: Organisation cue nouns (lexicon org_cues.tsv, ARABIC_NOTES §5), the list
#: :mod:`khabar.entities` reads (venues are places, not speakers).
ORG_CUES = _norm_set(r.form for r in _LEX["org_cues"] if r.type != "place")
#: Nouns through which an organisation speaks (its website, account, statement).
MEDIUM_NOUNS = _words("attribution", role="medium")
#: Spokesperson nouns: an unnamed person speaking for an organisation.
SPOKES_NOUNS = _words("titles", kind="spokesperson")
#: Titles that may precede a name (رئيس اتحاد المزارعين خالد منصور): every title of
#: titles.tsv, without the article (the rules strip it).
TITLE_NOUNS = _norm_set(w.removeprefix("ال") for w in _LEX.forms("titles"))
#: Words that end a speaker's noun phrase: prepositions and adverbs.
STOP_WORDS = _words("attribution", role="phrase_end")
_RECIPIENT_PRONOUNS = _words("attribution", role="recipient")
_PHRASE_STOP_PUNCT = set(",:;.!?()[]") | set("“”«»\"")
_MAX_NAME_WORDS = 6


def _cue_forms() -> dict[str, tuple[str, str, int]]:
    """Every written form of a cue (with proclitics و/ف and future س before a present
    verb) → (kind verb | source, gender, proclitic length)."""
    out = {}
    for w, g in [*VERB_CUES.items(), *((w, "unknown") for w in SOURCE_CUES)]:
        kind = "verb" if w in VERB_CUES else "source"
        pres = w[0] in "يت" and kind == "verb"
        # Not ف before a source cue: فحسب is the adverb "only", never "according to".
        pres_pre = ("", "و", "ف") if kind == "verb" else ("", "و")
        for pre in pres_pre + (("س", "وس", "فس") if pres else ()):
            out[pre + w] = (kind, g, len(pre))
    return out


#: Cue look-up table for normalised tokens.
CUE_FORMS = _cue_forms()
_OPENERS = "“«\""
_MARK_CHARS = "“”«»\""
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
    return norm in STOP_WORDS and not (norm == "علي" and text.endswith("ي"))


def _definite(norm: str, prefix: int) -> bool:
    """Whether the stripped proclitics ``norm[:prefix]`` end in the article (ال / لل)."""
    return prefix >= 2 and norm[prefix - 2:prefix] in ("ال", "لل")


_strip_org = _stripper(ORG_CUES)
_strip_title = _stripper(TITLE_NOUNS)
_strip_head = _stripper(ORG_CUES | SPOKES_NOUNS)


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
        elif (c in "”»") if mark != '"' else (c in "\"”»"):
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
        self.cue_idx = list(compress(range(len(self.cues)), self.cues))
        self.cue_starts = [self.starts[k] for k in self.cue_idx]
        self.kinds = cols.kind
        self.mentions = _mention_tuples(mentions, article.doc_id)
        self.m_starts = [m[0] for m in self.mentions]
        # The longest mention: a mention overlapping offset s starts after s - m_reach.
        self.m_reach = max([0] + [e - s for s, e, _, _ in self.mentions])
        self.persons = sorted({e for _, _, lab, e in self.mentions if lab == "PERSON"},
                              key=len, reverse=True)
        self.history = _History()
        # The fullest earlier form of a name from the article's PERSON entities (longest
        # first, as in self.persons): each proper final part → the first name ending so.
        self.person_ending: dict[tuple[str, ...], str] = {}
        for full in self.persons:
            fw = _name_words(full)
            for k in range(1, len(fw)):
                self.person_ending.setdefault(fw[k:], full)

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
        return norm.startswith("ل") and _strip_org(norm)[0] > 0

    def _phrase_end(self, i: int, limit: int) -> int:
        j = i
        while j < limit and j - i < _MAX_NAME_WORDS + 2:
            text, norm = self.texts[j], self.norms[j]
            if (text in _PHRASE_STOP_PUNCT or text == "،" or norm in AN_WORDS
                    or _is_stop(norm, text) or self.cues[j] or (j > i and self._is_recipient(norm))):
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
        return (norm.startswith("ال") or kind == "latin"
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
        for _, _, _, ent in self._overlapping(s, e, "PERSON"):
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

    def speaker(self, i: int, limit: int, gender: str) -> Speaker | None:
        """The speaker named by tokens from ``i`` (the phrase) up to ``limit`` (the end
        of its apposition). None when no noun phrase starts at ``i``."""
        norms, text = self.norms, self.text
        if i >= limit:
            return None
        norm0 = norms[i]
        if self.kinds[i] not in ("arabic", "latin") or norm0 in AN_WORDS \
                or _is_stop(norm0, self.texts[i]) or self._is_recipient(norm0) or self.cues[i]:
            return None
        j = self._phrase_end(i, limit)
        ps, pe = self.starts[i], self.ends[j - 1]
        appos = (j + 1, limit) if j < limit and self.texts[j] in ",،" else (j, j)
        if appos[0] < limit and _is_stop(norms[appos[0]], self.texts[appos[0]]):
            appos = (j, j)    # "، في مؤتمر صحفي": an adverbial, not an apposition
        head_n, head = _strip_head(norm0)
        # One search of the mentions over the phrase, split by label afterwards.
        inner = self._mentions_in(ps, pe)
        persons = [m for m in inner if m[2] == "PERSON"]
        orgs = [m for m in inner if m[2] == "ORG"]
        if persons:
            m = persons[0]
            aff = self._org_phrase(i, self.tok_index(m[0]))
            role = text[ps:m[0]].strip()
            if aff:
                role = text[ps:aff[1]].strip()
            return self._person(m[3], gender, m[0], m[1], role, aff, appos)
        if head in SPOKES_NOUNS:
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
            name = orgs[0][3] if orgs and orgs[0][0] == ps else text[ps:pe]
            return Speaker(name, gender, "organisation", "", "", ps, pe, head)
        # A person: skip a title and what it governs (وزيرة البيئة، رئيس اتحاد X).
        k = i
        aff = None
        if _strip_title(norm0)[1] in TITLE_NOUNS:
            k = i + 1
            aff = self._org_phrase(k, j, governed=True) if k < j and \
                _strip_org(norms[k])[1] in ORG_CUES else None
            while k < j and self._governed(norms[k], self.kinds[k]):
                k += 1
            if k == j:
                k = i     # an unnamed official: the whole phrase is the speaker
        ns, ne = self.starts[k], pe
        return self._person(text[ns:ne], gender, ns, ne, text[ps:ns].strip(), aff, appos)

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
        name = self._full_name(name, s, e)
        aff_name = aff[0] if aff else ""
        sp = self.history.last_named.get(name)  # وأضافت هايز: keep what we learnt of her
        if sp is not None:
            aff_name, role = aff_name or sp.affiliation, role or sp.role
        return Speaker(name, gender, "person", aff_name, role, s, e)

    def last(self, gender: str) -> Speaker | None:
        if gender == "unknown":
            return self.history[-1] if self.history else None
        return self.history.last_of_gender.get(gender)


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
    out = [(s, e, lab, ent or txt) for d, ent, lab, s, e, txt in mention_spans(mentions)
           if d == doc_id or d == ""]
    out.sort()
    return out


def _attribution(d: _Doc, cue_i: int, left: int, limit: int) -> tuple[Speaker | None, str]:
    """Speaker of the cue at token ``cue_i``: after the verb, else at the clause start
    (tokens from ``left``), else the last speaker of the verb's gender."""
    kind, gender, n = d.cues[cue_i]
    i = cue_i + 1
    if kind == "source":
        # وفقاً لـ X / نقلاً عن X: skip the preposition (separate or attached).
        while i < limit and d.norms[i] in {"ل", "عن"}:
            i += 1
        sp = d.speaker(i, limit, "unknown")
        return sp, "source"
    sp = d.speaker(i, limit, gender)
    if sp:
        return sp, "named"
    if cue_i > left and d.kinds[left] in ("arabic", "latin") \
            and not _is_stop(d.norms[left], d.texts[left]) and not d.cues[left]:
        sp = d.speaker(left, cue_i, gender)   # SVO: لاو باريوس، … قال لـ X
        if sp:
            return sp, "named"
    return d.last(gender), "continuation"


#: Words after which a verb starts a new clause (فيما قال …).
CLAUSE_WORDS = _words("attribution", role="clause_opener")


def _opens_clause(d: _Doc, k: int, left: int) -> bool:
    return (k <= left or d.cues[k][2] > 0 or d.kinds[k - 1] == "punct"
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
    the words naming the speaker, -1 if none). ``start``/``end`` are character offsets
    of the quote without its marks: ``article.text[start:end] == quote``. Rules: see the
    module docstring (ARABIC_NOTES §8). Raises nothing on odd input.
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


def quote_rows(article: Article, mentions=None) -> list[tuple]:
    """The rows of :func:`extract_quotes` as tuples in :data:`COLUMNS` order, without
    building a DataFrame (the corpus pipeline builds one frame for all articles)."""
    d = _Doc(article, mentions)
    text = article.text
    verb_at = [d.starts[k] for k in d.cue_idx if d.cues[k][0] == "verb"]
    # Marks and cues are found once per article; a paragraph with neither (most of
    # them) cannot hold a quote and is skipped.
    marks = _mark_offsets(text)
    rows: list[tuple] = []
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
    rows.sort(key=lambda r: r[9])
    return rows


def quotes_frame(rows: list[tuple]) -> pd.DataFrame:
    """A quotes DataFrame (columns :data:`COLUMNS`) from :func:`quote_rows`."""
    return fixed_frame(rows, COLUMNS, _DTYPES)


#: The speaker of a row without one; shared, not rebuilt per row (Speaker is frozen).
_NO_SPEAKER = Speaker("", "unknown", "unknown")


def _row(d: _Doc, kind, s, e, n_words: int, sp: Speaker | None, cue: str, how: str,
         closed: bool):
    # n_words: _words(d, s, e), which the caller has counted already.
    if sp is None:
        sp = _NO_SPEAKER
    if sp.type == "person" and not sp.name.strip():
        sp = replace(sp, type="unknown")
    gender = sp.gender if sp.type == "person" else "unknown"
    sent = d.a.sentence_at(s)
    return (d.a.doc_id, kind, d.text[s:e], sp.name, gender, sp.type, sp.affiliation, cue,
            n_words, s, e, sent.paragraph if sent else 0,
            sent.sentence if sent else 0, sp.role, how, closed, sp.start, sp.end)


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
        if c[0] != "verb" or inside.holds(d.starts[k]):
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
    # The reported clause ends where another attribution or a quote begins.
    for t in range(j + 1, d.tok_index(sent.end)):
        if d.texts[t] in "“”«»\"" or (d.cues[t] and _opens_clause(d, t, j + 1)):
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
    return _row(d, "indirect", s, e, n_words, sp, d.texts[k], how, False)


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
