"""Speakers and the article's memory of them: who was attributed so far
(:class:`History`), and how a later short or variant spelling of a name finds the full
one (docs/arabic.md, "Names and cue nouns")."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..entities.words import NAME_HEADS
from ..text import normalise
from .words import SPOKES_ADJECTIVES, SPOKES_NOUNS
from .words import COMPOUND_TAILS  # own line


@dataclass(frozen=True)
class Speaker:
    """A speaker as attributed: ``name`` (canonical entity or surface name), the cue's
    grammatical ``gender``, ``type``, ``affiliation`` and ``role`` (title words), the
    offsets ``start``/``end`` of the words naming it (-1 if none)."""

    name: str
    gender: str        # grammatical gender of the cue (male | female | unknown)
    type: str          # person | organisation | unknown
    affiliation: str = ""
    role: str = ""
    start: int = -1
    end: int = -1
    head: str = ""     # organisation cue noun, for anaphora (الموقع → the last موقع)
    channel: str = ""  # who passed the words on (نقلت وكالة X عن Y: X)
    #: a second office in the apposition after the name when a title before it gave the
    #: role (المستشار فلان، المتحدث الرسمي باسم الرئاسة): a later bare title may repeat it
    other_role: str = ""


class History(list):
    """The speakers attributed so far in an article (a list, in order), with indexes
    kept as it grows: the last speaker of a name, of a gender, of an organisation head,
    the last unnamed source of a head noun and of the words its name opens with (مصدر
    مسؤول … → a later المصدر المسؤول), and the first person whose name ends in given words
    (هايز → مايشا هايز). A look-up
    is a dict read, so an article of thousands of quotes stays linear
    (tests/test_scale.py). Only :meth:`append` may add to it."""

    def __init__(self):
        super().__init__()
        self.last_named: dict[str, Speaker] = {}        # person name → its last Speaker
        self.last_of_gender: dict[str, Speaker] = {}
        self.last_org_with_head: dict[str, Speaker] = {}   # "" → the last of any head
        self.first_person_ending: dict[tuple[str, ...], str] = {}
        self.spoken: set[tuple[int, str]] = set()      # (start, name) of each speaker
        #: the words of a named person's role, without the article, and each opening of
        #: two words or more (محافظ البنك المركزي) → the last person with that role
        self.last_with_role: dict[tuple[str, ...], Speaker] = {}
        #: the first word of a named person's role, without the article (وزيره) → the
        #: last person named with it
        self.last_with_title: dict[str, Speaker] = {}
        #: :func:`spelling_key` of a named person → the first name with that key
        self.first_by_spelling: dict[tuple[str, ...], str] = {}
        #: the given name (first part, :func:`name_parts`) of a named person of three name
        #: parts or more → the names that open with it (فيصل → {فيصل محمد صالح}، عبدالرحمن
        #: → {عبد الرحمن سالم الحربي})
        self.given_name: dict[str, set[str]] = {}
        #: (head, words) → the last unnamed source (type ``unknown``) of that head noun
        #: whose normalised name's words after the first open with ``words`` (مصدر
        #: مسؤول بالوزارة → ("مصدر", ("مسؤول",)), ("مصدر", ("مسؤول", "بالوزاره"))); the
        #: empty ``words``: the last of that head with any name
        self.last_source: dict[tuple[str, tuple[str, ...]], Speaker] = {}

    def append(self, sp: Speaker) -> None:
        super().append(sp)
        self.spoken.add((sp.start, sp.name))
        self.last_of_gender[sp.gender] = sp
        if sp.type == "unknown":
            rest = tuple(normalise(sp.name).split()[1:])
            for k in range(len(rest) + 1):
                self.last_source[sp.head, rest[:k]] = sp
        if sp.type == "organisation":
            self.last_org_with_head[sp.head] = self.last_org_with_head[""] = sp
        elif sp.type == "person":
            self.last_named[sp.name] = sp
            fw = _name_words(sp.name)
            # each proper final part of the name; the whole one too when a compound was
            # joined in it (عبد المهدي is also written عبدالمهدي)
            joined = len(fw) < len(normalise(sp.name).split())
            for k in range(0 if joined else 1, len(fw)):
                self.first_person_ending.setdefault(fw[k:], sp.name)
            parts = name_parts(sp.name)
            if len(parts) >= 3:
                self.given_name.setdefault(parts[0], set()).add(sp.name)
            key = spelling_key(sp.name)
            if key:
                self.first_by_spelling.setdefault(key, sp.name)
            for role in (sp.role, sp.other_role):
                if not role or sp.start < 0:
                    continue
                rw = role_words(role)[:_ROLE_WORDS]
                if rw and role != sp.name:
                    self.last_with_title[rw[0]] = sp
                for k in range(2, len(rw) + 1):
                    self.last_with_role[rw[:k]] = sp
                # السفير المتحدث باسم الوزارة: a later bare المتحدث باسم الوزارة is he too
                for s0 in (s for s in range(1, len(rw)) if rw[s] in SPOKES_NOUNS):
                    for k in range(s0 + 2, len(rw) + 1):
                        self.last_with_role.setdefault(rw[s0:k], sp)

    def last_org(self, head: str) -> Speaker | None:
        """The last organisation speaker with head ``head`` (any, if ``head`` is empty)."""
        return self.last_org_with_head.get(head)


#: Words of a role indexed at most (a role is a title and what it governs: a few words).
_ROLE_WORDS = 6


def role_words(phrase: str) -> tuple[str, ...]:
    """Normalised words of a role or title phrase, each without the article (المدير
    التنفيذي للشركة → (مدير، تنفيذي، للشركه)), to compare a later bare title with it:
    :func:`office_words`."""
    return office_words(normalise(phrase).split())


def office_words(norms) -> tuple[str, ...]:
    """Normalised words of a title, without the article and without an adjective of a
    spokesperson noun right after it (المتحدث الرسمي باسم الحكومة → (متحدث، باسم،
    حكومه): attribution.tsv spokes_adjective), so that the official spokesperson and the
    spokesperson of a body are one office (docs/arabic.md, "Quotes and attribution")."""
    out: list[str] = []
    for w in norms:
        w = w.removeprefix("ال")
        if out and out[-1] in SPOKES_NOUNS and w in SPOKES_ADJECTIVES:
            continue
        out.append(w)
    return tuple(out)


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` (both four letters or more) differ by at most one letter
    inserted, deleted or replaced."""
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i + 1:] or a[i + 1:] == b[i:] or a[i:] == b[i + 1:]


#: A compound name's head and the word with the article after it, written apart (عبد
#: المهدي، أبو الغيط): the same name as written joined (عبدالمهدي).
_COMPOUND = re.compile(r"(?<!\S)(" + "|".join(sorted(NAME_HEADS, key=len, reverse=True))
                       + r") (ال\S)")


def name_parts(name: str) -> tuple[str, ...]:
    """The parts of a person's name, normalised, a compound given name counted as one
    (docs/arabic.md, "Quotes and attribution"): عبد or أبو with the word after it, and a
    word with الدين، الله، الإسلام after it (name_boundaries.tsv compound_tail): عبد الرحمن
    سالم الحربي and نور الدين كريم العلوي are three parts, a given name, a father's and a
    family name."""
    words = normalise(name).split()
    out: list[str] = []
    i = 0
    while i < len(words):
        if i + 1 < len(words) and (words[i] in NAME_HEADS or words[i + 1] in COMPOUND_TAILS):
            out.append(words[i] + words[i + 1])
            i += 2
        else:
            out.append(words[i])
            i += 1
    return tuple(out)


def _name_words(name: str) -> tuple[str, ...]:
    """Normalised words of a speaker name (مايشا هايز → (مايشا, هايز)), a compound name
    joined whether written apart or not (عادل عبد المهدي → (عادل, عبدالمهدي))."""
    return tuple(_COMPOUND.sub(r"\1\2", normalise(name)).split())


#: Letters a transliteration writes or drops for a long vowel (ا و ي), and the hamza
#: seats that normalisation leaves (ء ؤ ئ): the spellings of one foreign name differ
#: in them (بوغديري / بوغدیري، فيرنانديز / فرنانديز).
_LONG_VOWELS = str.maketrans("", "", "اويءؤئ")
#: Consonants a family name keeps at least, without its long vowels, for a variant to
#: count: shorter ones collapse different names (سعد، سعيد are two names).
_SPELLING_MIN = 4


def spelling_key(name: str) -> tuple[str, ...] | None:
    """The key under which two spellings of one person's name meet: the given name
    as written (normalised) and each later word without its long vowels and hamza
    seats (docs/arabic.md, "Names and cue nouns": transliterations vary inside one
    article, vowels inserted or dropped). None for a one-word name or when a later word
    keeps fewer than four consonants (too short to tell names apart)."""
    words = _name_words(name)
    if len(words) < 2:
        return None
    rest = tuple(w.removeprefix("ال").translate(_LONG_VOWELS) for w in words[1:])
    if any(len(w) < _SPELLING_MIN for w in rest):
        return None
    return (words[0], *rest)
