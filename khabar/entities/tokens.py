"""The token view every rule pass reads: one article's token columns, which tokens are
already claimed by a mention, sentence ends, and small per-token tests.

A pass (:mod:`.organisations`, :mod:`.references`) walks token indices left to right and
adds :class:`FoundMention` records; a token belongs to at most one mention.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from itertools import compress

from ..gazetteer import Entry
from ..text import Article
from .words import DEFINITE_GIVEN_NAMES, PERSON_NAME_ENDS  # own line
from .words import (_LATIN_KEYS, ADJECTIVE_CUES, LATIN_CONNECTORS, NAME_END, _breaks,
                    _chars_for, _word)


@dataclass(eq=False, slots=True)
class FoundMention:
    """A mention as the passes find it (mutable: a nested cue phrase takes the outer
    cue's start); :func:`khabar.entities.mention_rows` turns it into a
    :class:`khabar.schema.Mention` row."""
    t0: int            # first token (index into the token columns)
    t1: int            # token after the last
    start: int         # character offsets into article.text
    end: int
    name: str          # the name proper (surface), without a descriptor cue
    label: str         # ORG | PERSON | PLACE | PROJECT
    rule: str
    cue: str = ""
    gaz: Entry | None = None
    ref: "FoundMention | None" = None   # the antecedent of an anaphor (الهيئة → هيئة …)


class TokenView:
    """One article's tokens as column lists (plain lists; no pandas), and the mentions
    found so far. ``keys`` are the gazetteer lookup keys: the normalised form, or for a
    Latin token its :func:`khabar.gazetteer.token_key`.

    ``plain``: the plain twin of the passes. The fast passes look only at the tokens a
    per-word memo says can start a mention (a gazetteer alias or cue noun, a speech verb
    or title, a cue reading, a known name's stem or skeleton) and skip the others, where
    they would find nothing; the plain twin tries every token. Both give the same
    mentions: ``tests/test_entities.py`` holds them equal on long generated texts."""

    def __init__(self, article: Article, gazetteer, plain: bool = False):
        self.article, self.gazetteer, self.plain = article, gazetteer, plain
        self.match = gazetteer.match
        cols = article.token_columns
        # Column lists, not Token rows: one list index per read, and no Token objects.
        self.norms, self.kinds, self.texts = cols.norm, cols.kind, cols.text
        self.starts, self.ends = cols.start, cols.end
        self.ntokens = len(cols.start)
        #: Indices of the Latin tokens; only they have a key other than their norm.
        self.latin_at = list(compress(range(len(cols.kind)), map("latin".__eq__, cols.kind)))
        self.keys = list(cols.norm)
        for i in self.latin_at:
            self.keys[i] = _LATIN_KEYS[self.keys[i]]
        self.claimed: list[FoundMention | None] = [None] * self.ntokens
        self.mentions: list[FoundMention] = []
        self.text = article.text
        # Exclusive end token of each token's sentence: names never cross sentences.
        self.sentence_end = [0] * self.ntokens
        starts, i = cols.start, 0
        for s in article.sentences:
            j = bisect_left(starts, s.end, i)         # first token at or after the end
            self.sentence_end[i:j] = [j] * (j - i)
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
        """A function word, a speech verb or a word of :data:`NAME_END`, or a given name
        with the article that opens a person after a word of a name
        (:meth:`_given_name_at`)."""
        return self._breaks_name(i) or self.norms[i] in NAME_END or self._given_name_at(i)

    def _given_name_at(self, i: int) -> bool:
        """Token ``i`` is a given name written with the article (name_boundaries
        definite_given_name: الحبيب، الشاذلي، المنصف) after a definite word and before
        another word: the person a title names after its body (محافظ البنك المركزي
        الشاذلي العياري، وزير الخارجية الطيب البكوش), no word of the body's name."""
        if not (self.norms[i] in DEFINITE_GIVEN_NAMES and 0 < i < self.ntokens - 1
                and self.kinds[i - 1] == "arabic" and self.kinds[i + 1] == "arabic"
                and self._definite(self.norms[i - 1])):
            return False
        # the family name is the last word before the reported words, a comma or the
        # sentence's end (… العياري إن، … العياري، …); a body named after a person goes
        # on (المستشفى الجامعي الحبيب بورقيبة بصفاقس)
        k = i + 2
        return (k >= self.ntokens or k == self.sentence_end[i] or self.kinds[k] == "punct"
                or self.norms[k] in PERSON_NAME_ENDS or self._breaks_name(k))

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

    def _dotted_acronym_end(self, i: int, stop: int) -> int:
        """End (exclusive) of an acronym written with dots at token ``i`` (W.H.O، U.N.):
        single capital letters joined by dots glued to them, two letters or more, with a
        glued dot after the last one too; 0 when the token opens none. Tokenisation
        splits it into letters and dots, each of which alone is no name. docs/arabic.md,
        Names and cue nouns."""
        texts, kinds, starts, ends = self.texts, self.kinds, self.starts, self.ends

        def letter(k: int) -> bool:
            return k < stop and kinds[k] == "latin" and len(texts[k]) == 1 and (
                texts[k].isupper())

        def glued_dot(k: int) -> bool:
            return k < stop and texts[k] == "." and ends[k - 1] == starts[k]

        if not letter(i):
            return 0
        k = i + 1
        while glued_dot(k) and letter(k + 1) and ends[k] == starts[k + 1]:
            k += 2
        if k == i + 1:
            return 0
        return k + 1 if glued_dot(k) else k

    def _text(self, i: int, j: int) -> str:
        return self.text[self.starts[i]:self.ends[j - 1]]

    def _adjective_cue(self, i: int, prefix: str, definite: str) -> bool:
        """Whether the definite cue at token ``i`` (``definite``: its reading with the
        article, ``prefix`` the proclitics before it) is a relative adjective of the
        definite noun before it: a cue that is also an adjective (org_cues adjective:
        الأكاديمية، البلدية، القنصلية) agrees with a definite noun it follows (البرامج
        الأكاديمية، الانتخابات البلدية، الخدمات القنصلية), and then names no body and
        points back to none."""
        return not prefix and definite[2:] in ADJECTIVE_CUES and i > 0 and (
            self.kinds[i - 1] == "arabic" and self._definite(self.norms[i - 1])
            and not self._any_cue(i - 1))

    def _add(self, m: FoundMention) -> FoundMention:
        self.mentions.append(m)
        self.claimed[m.t0:m.t1] = [m] * (m.t1 - m.t0)
        return m

