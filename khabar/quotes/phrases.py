"""Noun phrases a speaker is named by, and the organisations in them (docs/arabic.md,
"Names and cue nouns"): where a phrase ends, which words a cue noun governs, the
organisation a phrase names (an ORG mention or a cue-noun phrase), or the one named
last before it."""
from __future__ import annotations

from bisect import bisect_left

from ..entities.words import NGO_MARKERS  # own line
from ..text import normalise
from .words import speech_noun  # own line
from .words import NAMING_VERBS  # own line
from .words import adverbial_accusative  # own line
from .words import bi_masdar  # own line
from ..entities.words import BUSINESS_FIELDS  # own line
from .words import CHANNEL_NOUNS, MEDIA_CUES
from .words import DOCUMENT_NOUNS, STATEMENT_NOUNS  # own line
from .document import TokenIndex
from .words import (_MARK_CHARS, _MAX_NAME_WORDS, _OPENERS, _PHRASE_STOP_PUNCT,
                    _RECIPIENT_PRONOUNS, _TITLE_PREPS, AN_WORDS, ORG_CUES, PHRASE_END_WORDS,
                    SPEECH_NOUNS, TITLE_NOUNS, _definite, _is_stop)


#: A statement or document noun in the accusative (بيانا، تقريرا، مؤتمرا، تصريحا) after
#: the subject is the verb's object (وأصدرت الهيئة بيانا أكدت فيه): the noun phrase of the
#: subject ends before it.
_ACCUSATIVE_STATEMENTS = DOCUMENT_NOUNS | STATEMENT_NOUNS


class NounPhrases(TokenIndex):
    """Noun phrases and organisation names over a :class:`.document.TokenIndex`."""

    def is_recipient(self, norm: str) -> bool:
        """Whether a word names the addressee, not the speaker (قال لـ Motherboard،
        لوكالة الأنباء، له)."""
        if norm in _RECIPIENT_PRONOUNS:
            return True
        if not norm.startswith("ل"):
            return False
        # شرحت لرئيس الحكومة: a title with لـ is the addressee too.
        return self.strip_org(norm)[0] > 0 or (self.strip_title(norm)[0] > 0
                                               and self.strip_title(norm)[1] in TITLE_NOUNS)

    def _told_org(self, i: int) -> bool:
        """Whether token ``i`` is ل and an organisation's name (قالت لرويترز، صرح
        للجزيرة): the outlet or body told, not the speaker."""
        if self.kinds[i] != "arabic" or not self.norms[i].startswith("ل"):
            return False
        s = self.starts[i]
        return any(s < m[0] <= s + 2 for m in self.overlapping(s, self.ends[i], "ORG"))

    def _told_outlet(self, j: int) -> bool:
        """Whether token ``j`` is ل + a media noun (لتلفزيون، لوكالة، لصحيفة): where the
        speaker spoke (قال وزير المال لتلفزيون محلي), no part of his name."""
        norm = self.norms[j]
        return norm.startswith("ل") and not norm.startswith("لل") and (
            norm[1:] in CHANNEL_NOUNS or self.strip_org(norm)[1] in MEDIA_CUES)

    def phrase_end(self, i: int, limit: int) -> int:
        """End (exclusive) of the noun phrase at token ``i``, before ``limit``: at most
        eight words, up to punctuation, أن/إن, a verbal noun (قوله، بقوله), a preposition or
        adverb, a cue, a recipient (قال وزير الزراعة لـ … → وزير الزراعة، … لرويترز), ب and
        the article on a derived verbal noun (بالتعاون مع: :func:`.words.bi_masdar`) or an
        accusative adverbial (قال الوزير تعليقاً على …: :func:`.words.adverbial_accusative`)."""
        j = i
        while j < limit and j - i < _MAX_NAME_WORDS + 2:
            text, norm = self.texts[j], self.norms[j]
            if self.business_name(i, j):
                j += 1      # المصرية للاتصالات: a firm's name, its field with لل no addressee
                continue
            if (text in _PHRASE_STOP_PUNCT or text == "،" or norm in AN_WORDS
                    or speech_noun(norm, text) or norm[:1] == "ب" and norm[1:] in SPEECH_NOUNS
                    or _is_stop(norm, text) or self.cues[j]
                    or (j > i and norm[-1:] == "ا" and norm[:-1] in _ACCUSATIVE_STATEMENTS)
                    # أدلى فلان بتصريح، أدلت ببيان: ب and a statement, the verb's complement
                    or (j > i and norm[:1] == "ب" and norm[1:] in _ACCUSATIVE_STATEMENTS)
                    or (j > i and norm in _ACCUSATIVE_STATEMENTS and norm != "بيان"
                        and self.norms[j - 1].startswith("ال"))
                    or (j > i and (self.is_recipient(norm) or self._told_org(j)
                                   or self._told_outlet(j) or bi_masdar(norm)
                                   or adverbial_accusative(norm, text)))):
                break
            j += 1
        return j

    def business_name(self, i: int, j: int) -> bool:
        """Whether token ``j`` is a firm's line of business with لل (name_boundaries.tsv
        business_field: للاتصالات، للاستثمار) right after a one-word name at ``i``, with no
        cue noun (المصرية للاتصالات، الخليج للاستثمار): the company's name, not whom the
        words were told (docs/arabic.md, "Names and cue nouns")."""
        return (j == i + 1 and self.norms[j] in BUSINESS_FIELDS and self.kinds[i] == "arabic"
                and self.strip_org(self.norms[i])[1] not in ORG_CUES
                and not _is_stop(self.norms[i], self.texts[i]))

    def _governed(self, norm: str, kind: str) -> bool:
        """Whether a word is one a title or cue noun governs: a definite noun, a Latin
        name, a cue noun (مدير البرنامج، اتحاد المزارعين)."""
        if norm in PHRASE_END_WORDS:     # الى، التي: function words, not a governed noun
            return False
        return (norm.startswith(("ال", "لل")) or kind == "latin"
                or self.strip_org(norm)[1] in ORG_CUES)

    def _org_phrase(self, i: int, limit: int, governed: bool = False):
        """The first organisation named in tokens ``[i, limit)``: ``(name, start, end)``
        from an ORG mention (canonical entity) or an indefinite cue noun phrase (with
        ``governed``, only the definite/Latin words it governs: رئيس اتحاد المزارعين
        خالد منصور → اتحاد المزارعين). None if there is none."""
        if i >= limit:
            return None
        s, e = self.starts[i], self.ends[limit - 1]
        orgs = self.mentions_in(s, e, "ORG")
        if orgs:
            m = min(orgs)
            return m[3], m[0], m[1]
        for j in range(i, limit):
            norm = self.norms[j]
            n, stem = self.strip_org(norm)
            if stem in ORG_CUES and not _definite(norm, n) and not (
                    j + 1 < limit and self.texts[j + 1].endswith(("تها", "ته", "تهم"))):
                # (المنظمة refers back; مجلس إدارتها is the organ of a body named before)
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

    def _org_name_end(self, i: int, j: int) -> int:
        """End of an organisation's name that opens with a cue noun at ``i`` (phrase
        ``[i, j)``): governed words, and an indefinite word only before a governed one
        or last (شركة شارا التركية، حملة الشفافية أولا; not وزارة الزراعة بياناً حول …)."""
        k = i + 1
        while k < j:
            if k + 1 < j and self.norms[k] + " " + self.norms[k + 1] in NGO_MARKERS:
                k += 2     # منظمة غير حكومية: what kind of body (lexicon ngo_marker)
                continue
            if self.norms[k] in NAMING_VERBS and k + 1 < j:
                return j   # منظمة غير حكومية تدعى نور الحياة: its name follows
            if "\u064b" in self.texts[k] or self.norms[k].startswith(("بال", "كال")):
                break      # بياناً، بالقرار: an object or a prepositional phrase, not a name
            if not self._governed(self.norms[k], self.kinds[k]):
                last = k + 1 == j
                before = k + 1 < j and self._governed(self.norms[k + 1], self.kinds[k + 1])
                if not (last or before):
                    break
            k += 1
        return k

    def _quoted_name_end(self, k: int, limit: int) -> int:
        """If token ``k`` opens a short quoted name inside a title (جمعية "أصوات
        المستقبل"، right after an indefinite title word: وكيلة «الصحة العامة»), the token
        after its closing mark, else ``k``. A closing-shaped mark typed as the opener
        (مدرب ”الصقور“: after a space, right before the word) opens it too."""
        if not (self.texts[k] in _OPENERS or self._closer_as_opener(k)) or k == 0 or not (
                self.strip_org(self.norms[k - 1])[1] in ORG_CUES
                or self.norms[k - 1] in _TITLE_PREPS
                # وكيلة «الصحة العامة» فلانة، مدرب "الخضر" فلان: an indefinite title
                # governs the quoted body it holds office in
                or not self.norms[k - 1].startswith("ال") and self.title_at(k - 1)
                # وكالة أنباء «بلومبرج»: an organisation's mention runs on through the
                # marks (the entity rules read the quoted words as its name)
                or self._inside_org_mention(k)
                or self._quoted_short_name(k, limit)):
            return k
        for t in range(k + 1, min(limit, k + 8)):
            if self.texts[t] in _MARK_CHARS:
                return t + 1
        return k

    def quoted_close(self, k: int, limit: int, words: int = 5) -> int | None:
        """The token of the mark that closes a short name in quote marks opened at token
        ``k`` (a caller checks that ``k`` opens it: لـ"الأفق"، حساب «X»، على لسان “X”):
        the first quote mark after ``k``, before ``limit`` and at most ``words`` words
        after it, when a word stands between; else None. Names in marks are short
        (docs/arabic.md, "Quotes and attribution"): a mark farther on closes quoted words,
        not a name."""
        close = next((t for t in range(k + 1, min(limit, k + words + 2))
                      if self.texts[t] in _MARK_CHARS), None)
        return None if close is None or close == k + 1 else close

    def quoted_org_name(self, k: int, close: int) -> str:
        """The name the marks at tokens ``k`` … ``close`` hold (:meth:`quoted_close`):
        the entity of the one ORG mention that spans exactly the marked words, else the
        marked words as written."""
        s, e = self.starts[k + 1], self.ends[close - 1]
        org = self.mentions_in(s, e, "ORG")
        return org[0][3] if len(org) == 1 and org[0][:2] == (s, e) else self.text[s:e]

    def _quoted_short_name(self, k: int, limit: int) -> bool:
        """Whether the mark at token ``k`` opens the short name of the organisation named
        right before it (وكالة الأنباء الفلسطينية "وفا"): an ORG mention ends at ``k - 1``
        and the marked words are one ORG mention of their own, so no one's words."""
        before = self.overlapping(self.starts[k - 1], self.ends[k - 1], "ORG")
        if not any(m[1] == self.ends[k - 1] for m in before):
            return False
        close = self.quoted_close(k, limit, 3)
        if close is None:
            return False
        inner = self.overlapping(self.starts[k + 1], self.ends[close - 1], "ORG")
        return any(m[0] == self.starts[k + 1] and m[1] == self.ends[close - 1] for m in inner)

    def _inside_org_mention(self, k: int) -> bool:
        """Whether an organisation's mention starts before token ``k`` and ends after it."""
        s = self.starts[k]
        return any(m[0] < s for m in self.overlapping(s, s + 1, "ORG"))

    def _closer_as_opener(self, k: int) -> bool:
        """Whether the mark ” or » at token ``k`` stands where an opener does: after a
        space and right before a word (docs/arabic.md, "Quotes and attribution": where a
        mark stands tells what it does)."""
        s, e = self.starts[k], self.ends[k]
        return (self.texts[k] in ("”", "»") and 0 < s and self.text[s - 1].isspace()
                and e < len(self.text) and not self.text[e].isspace())

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

    def _last_org_before(self, offset: int, head: str = ""):
        """The organisation named last before ``offset`` in its paragraph region (an ORG
        mention, else an indefinite cue-noun phrase in the 40 tokens before). With a cue
        ``head`` (normalised, منظمه: a definite cue in a title, مديرة البرامج في المنظمة),
        only a body whose words hold that cue noun: a body of another kind named nearer
        (an outlet that relayed the words) is no antecedent (docs/arabic.md, "Names and
        cue nouns")."""
        k = bisect_left(self.m_starts, offset) - 1
        first = None
        while k >= 0 and offset - self.mentions[k][0] < 600:
            m = self.mentions[k]
            if m[2] == "ORG" and m[1] <= offset:
                if not head or any(self.strip_org(w)[1] == head for w in normalise(
                        self.text[m[0]:m[1]]).split()):
                    return m[3], 0, 0
                first = first or (m[3], 0, 0)
            k -= 1
        if first and not head:
            return first
        t = self.tok_index(offset)
        for s in range(t - 1, max(-1, t - 40), -1):
            n, stem = self.strip_org(self.norms[s])
            if stem in ORG_CUES and not _definite(self.norms[s], n) and stem == (head or stem):
                e = self.phrase_end(s, t)
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
