"""Outlet credits: news outlets and agencies named where a story credits its source.

A story names the outlet it comes from, or one it quotes, in a few places only: in
brackets or quote marks (وذكرت (المصري اليوم)، قال لـ«الأهرام»), after المصدر:, and
on the short lines under the headline (a byline, an agency's abbreviation alone, an
outlet and the agency it takes the story from). There the words are an outlet; elsewhere
the same words keep their sense (الجنيه المصري اليوم: "the Egyptian pound today").
docs/arabic.md, *Names and cue nouns* (credits).
"""
from __future__ import annotations

from bisect import bisect_left

from .references import _DATELINE_MARKS, ReferencePasses
from .words import _CREDIT_MARKS, CREDITS, DESCRIPTOR_CUES, MEDIA_MARKERS, ORG_CUES

#: Descriptor cues of news outlets (صحيفة، جريدة، موقع، وكالة، قناة: lexicon org_cues):
#: the gazetteer lists an outlet with one of them (صحيفة المصري اليوم), a credit names it
#: without (المصري اليوم).
_MEDIA_DESCRIPTORS = tuple(sorted(c for c in DESCRIPTOR_CUES if ORG_CUES[c] == "media"))
#: Quote marks and brackets that enclose a credited name, with their closers.
_ENCLOSERS = {"(": ")", "«": "»", '"': '"', "“": "”", "”": "“"}
#: The preposition of "to the paper" (قال لـ«الأهرام»، ل"الرياض"), normalised.
_TO = "ل"
#: Words of a credit line at most (الأفق - العمانية، بغداد اليوم – البصرة).
_LINE_WORDS = 6
#: Opening paragraphs whose lines may be credit lines (a headline and a date line first).
_OPENING_PARAGRAPHS = 4


class OutletPasses(ReferencePasses):
    """The outlet credits, after :meth:`credits` and :meth:`dateline_credits`."""

    def _known_outlet(self, first: int, end: int) -> tuple[object, bool] | None:
        """The gazetteer news outlet (type media) that tokens ``first`` … ``end - 1``
        name, alone or after a media descriptor cue (المصري اليوم → صحيفة المصري اليوم),
        and whether the words alone are another gazetteer name (الرياض, the city: then
        only a source cue before makes them the paper's). None when no outlet. A dot
        between the words is a site's address (العربية.نت = العربية نت): the gazetteer
        keys drop it. A name several outlets share after their media nouns (الجزيرة: قناة
        الجزيرة, the Qatari channel, and صحيفة الجزيرة, the Saudi paper) is the one its
        credit row names (lexicon agency_credits: the well-known default), not the first
        noun's outlet."""
        words = tuple(k for k in self.keys[first:end] if k != ".")
        index = self.gazetteer.index
        bare = index.get(words)
        default = self.gazetteer.entries.get(CREDITS.get("".join(words), ""))
        if default is not None and default.label == "ORG" and default.type == "media":
            return default, bare is not None and bare is not default
        for key in (words, *((d, *words) for d in _MEDIA_DESCRIPTORS)):
            e = index.get(key)
            if e is not None and e.label == "ORG" and e.type == "media":
                return e, bare is not None and bare is not e
        return None

    def _address_dot(self, k: int, first: int, end: int) -> bool:
        """Token ``k`` is a dot glued between two words inside ``first`` … ``end - 1``: the
        dot of a site's name (العربية.نت), no punctuation of the credit."""
        return (self.texts[k] == "." and first < k < end - 1
                and self.ends[k - 1] == self.starts[k] and self.ends[k] == self.starts[k + 1])

    def _free_for_credit(self, first: int, end: int) -> bool:
        """Tokens ``first`` … ``end - 1`` are Arabic words (or a site name's dot,
        :meth:`_address_dot`) claimed by nothing or by a place only (بغداد of بغداد
        اليوم); those place mentions are dropped."""
        if first >= end or any(
                self.kinds[k] != "arabic" and not self._address_dot(k, first, end)
                or (self.claimed[k] is not None and self.claimed[k].label != "PLACE")
                for k in range(first, end)):
            return False
        places = {id(self.claimed[k]) for k in range(first, end) if self.claimed[k]}
        if any(m.t0 < first or m.t1 > end for m in self.mentions if id(m) in places):
            return False
        self.mentions = [m for m in self.mentions if id(m) not in places]
        self.claimed[first:end] = [None] * (end - first)
        return True

    def _credit_outlet(self, first: int, end: int, cued: bool) -> bool:
        """Add tokens ``first`` … ``end - 1`` as the outlet they name: a known outlet
        (:meth:`_known_outlet`; when its words are also another name, only if ``cued``),
        or two to four words ending in a media word (lexicon media_marker: الإخبارية،
        أونلاين), an outlet of its own."""
        known = self._known_outlet(first, end)
        marked = 2 <= end - first <= 4 and self.norms[end - 1] in MEDIA_MARKERS
        if not (known and (cued or not known[1])) and not marked:
            return False
        if not self._free_for_credit(first, end):
            return False
        self._add_credit(first, end, known[0].entity if known else None)
        return True

    def outlet_credits(self) -> None:
        """News outlets named in brackets or quote marks, after المصدر:, and on the
        credit lines of an article's opening paragraphs (:meth:`_credit_line`): media
        organisations. docs/arabic.md, *Names and cue nouns*."""
        norms = self.norms
        for i, w in enumerate(self.texts):
            if w in _ENCLOSERS and self.kinds[i] == "punct":
                stop = min(self.sentence_end[i], i + 6)
                close = next((k for k in range(i + 1, stop) if self.texts[k] == _ENCLOSERS[w]),
                             None)
                if close and close > i + 1:
                    self._credit_outlet(i + 1, close, i > 0 and norms[i - 1] == _TO)
            elif norms[i] in _CREDIT_MARKS and i > 0 and norms[i - 1] == "المصدر":
                end = self.sentence_end[i]
                if end - i - 1 <= 4:
                    self._credit_outlet(i + 1, end, True)
        self._credit_lines()

    def _credit_lines(self) -> None:
        """The opening sentences of an article's first paragraphs: credit lines
        (:meth:`_credit_line`)."""
        seen: set[int] = set()
        for s in self.article.sentences:
            if s.paragraph > _OPENING_PARAGRAPHS:
                break
            if s.paragraph in seen:
                continue
            seen.add(s.paragraph)
            a, stop = bisect_left(self.starts, s.start), bisect_left(self.starts, s.end)
            line_end = self.text.find("\n", s.end)
            rest = self.text[s.end:line_end if line_end >= 0 else len(self.text)]
            if a < stop:
                self._credit_line(a, stop, stop <= a + _LINE_WORDS
                                  and not rest.strip(" \t.:"))

    def _credit_line(self, a: int, stop: int, whole: bool) -> None:
        """A line under the headline that credits the story: a known outlet before a
        dash or colon (بغداد اليوم – البصرة، الشارع المغاربي: قال …); on a short line that
        is ``whole`` of its paragraph, also an agency's abbreviation alone (د ب أ) or after
        an outlet and a dash (الأفق - العمانية), a known outlet alone, or an outlet named
        with a media word alone (القمر أونلاين)."""
        dash = next((k for k in range(a, min(stop, a + 5)) if self.norms[k] in _DATELINE_MARKS),
                    stop)
        if dash < stop and self._credit_outlet(a, dash, False) or not whole:
            return
        for first, end in ((a, stop), (dash + 1, stop)):
            letters = "".join(n for n in self.norms[first:end] if n != ".")
            if first < end and letters in CREDITS and self._free_for_credit(first, end):
                self._add_credit(first, end, CREDITS[letters])
                return
        if dash == stop and stop - a <= 3:
            self._credit_outlet(a, stop, False)
