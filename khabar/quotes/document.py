"""The index of one article the speaker rules read: its tokens as column lists, the cue
reading of each token, its entity mentions, and the speakers attributed so far."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import compress

from ..entities import mention_spans
from ..text import WORD_KINDS, Article, normalise
from .history import History, Speaker, _name_words
from .marks import entity_marks, mark_text
from .words import ORG_CUES, PLAIN_STRIPPERS, STRIPPERS


def _mention_tuples(mentions, doc_id: str):
    """``(start, end, label, entity)`` of this document's mentions, sorted; an empty
    entity falls back to the mention's text."""
    out = [(m.start, m.end, m.label, m.entity or m.text) for m in mention_spans(mentions)
           if m.doc_id == doc_id or m.doc_id == ""]
    out.sort()
    return out


def true_indices(flags) -> list[int]:
    """Indices of the true items of ``flags`` (a C-level ``compress``). Fast path; buys
    1.7 % of quote_rows on 300 distinct articles (cue indices), measured 2026-12-01;
    :func:`true_indices_plain` is its twin."""
    return list(compress(range(len(flags)), flags))


def true_indices_plain(flags) -> list[int]:
    """The plain twin of :func:`true_indices`."""
    return [k for k, f in enumerate(flags) if f]


class TokenIndex:
    """One article's tokens (``starts``, ``ends``, ``texts``, ``norms``, ``kinds``: column
    lists of :attr:`khabar.text.Article.token_columns`), its mentions (``(start, end,
    label, entity)`` sorted), the cue tokens once :meth:`set_cues` has read them, and
    the speakers attributed so far (``history``). ``plain``: use the plain twin of every
    fast path (tests hold them equal)."""

    def __init__(self, article: Article, mentions, plain: bool = False):
        self.article = article
        self.text = article.text
        self.plain = plain
        cols = article.token_columns
        self.starts, self.ends, self.texts, self.norms = cols.start, cols.end, cols.text, cols.norm
        self.kinds = cols.kind
        refs = entity_marks(self.text)
        #: The text as read with each quote-mark reference (&quot;) written as its mark,
        #: of the same length (:func:`.marks.mark_text`): where quote marks are looked for.
        self.mark_text = mark_text(self.text, refs)
        if refs:
            self._merge_references(refs)
        self.n = len(self.starts)
        strippers = PLAIN_STRIPPERS if plain else STRIPPERS
        self.strip_org, self.strip_title, self.strip_head = (
            strippers["org"], strippers["title"], strippers["head"])
        self.mentions = _mention_tuples(mentions, article.doc_id)
        self.m_starts = [m[0] for m in self.mentions]
        # The longest mention: a mention overlapping offset s starts after s - m_reach.
        self.m_reach = max([0] + [e - s for s, e, _, _ in self.mentions])
        self.persons = sorted({e for _, _, lab, e in self.mentions if lab == "PERSON"},
                              key=len, reverse=True)
        self.history = History()
        self._org_names: dict[str, str] | None = None
        # The fullest earlier form of a name from the article's PERSON entities (longest
        # first, as in self.persons): each proper final part → the first name ending so.
        self.person_ending: dict[tuple[str, ...], str] = {}
        for full in self.persons:
            fw = _name_words(full)
            for k in range(1, len(fw)):
                self.person_ending.setdefault(fw[k:], full)
        self.cues: list = [None] * self.n
        self.cue_idx: list[int] = []
        self.cue_starts: list[int] = []

    def _merge_references(self, refs: list[tuple[int, int, str]]) -> None:
        """Replace the tokens of each quote-mark reference (``&`` ``quot`` ``;``) by one
        punctuation token over the whole reference whose text is the mark (``"``), so the
        rules read it as the mark it stands for; offsets stay those of the text as
        read."""
        cols = list(zip(self.starts, self.ends, self.texts, self.norms, self.kinds))
        out, k = [], 0
        for s, e, c in refs:
            while k < len(cols) and cols[k][0] < s:
                out.append(cols[k])
                k += 1
            j = k
            while j < len(cols) and cols[j][1] <= e:
                j += 1
            if j > k and cols[k][0] == s:   # (not inside a Latin token: AT&quot)
                out.append((s, e, c, c, "punct"))
                k = j
        out += cols[k:]
        self.starts, self.ends, self.texts, self.norms, self.kinds = (
            list(col) for col in zip(*out))

    def set_cues(self, cues: list) -> None:
        """Take ``cues`` (one reading or None per token, :func:`.cues.read_cues`) and
        index the cue tokens."""
        self.cues = cues
        self.cue_idx = (true_indices_plain if self.plain else true_indices)(cues)
        self.cue_starts = [self.starts[k] for k in self.cue_idx]

    # ----------------------------------------------------------------- tokens and cues
    def tok_index(self, offset: int) -> int:
        """The first token starting at or after character ``offset``."""
        return bisect_left(self.starts, offset)

    def cues_in(self, s: int, e: int) -> list[int]:
        """Indices of the cue tokens starting in ``[s, e)``, bisected in the cue starts.
        Fast path; buys 2.9 % of quote_rows on 300 distinct articles, measured
        2026-12-01; :meth:`cues_in_plain` is its twin."""
        if self.plain:
            return self.cues_in_plain(s, e)
        return self.cue_idx[bisect_left(self.cue_starts, s):bisect_left(self.cue_starts, e)]

    def cues_in_plain(self, s: int, e: int) -> list[int]:
        """The plain twin of :meth:`cues_in`: through the token indices."""
        return self.cues_between(self.tok_index(s), self.tok_index(e))

    def cues_between(self, i: int, j: int) -> list[int]:
        """Indices of the cue tokens among tokens ``[i, j)``."""
        return self.cue_idx[bisect_left(self.cue_idx, i):bisect_left(self.cue_idx, j)]

    def word_count(self, s: int, e: int) -> int:
        """Word tokens (arabic, latin) starting in ``[s, e)``, by a membership test mapped
        over the kinds. Fast path; buys 1.5 % of quote_rows on 300 distinct articles,
        measured 2026-12-01; :meth:`word_count_plain` is its twin."""
        if self.plain:
            return self.word_count_plain(s, e)
        return sum(map(WORD_KINDS.__contains__,
                       self.kinds[self.tok_index(s):self.tok_index(e)]))

    def word_count_plain(self, s: int, e: int) -> int:
        """The plain twin of :meth:`word_count`: a loop over the tokens."""
        return sum(1 for k in range(self.tok_index(s), self.tok_index(e))
                   if self.kinds[k] in WORD_KINDS)

    # ----------------------------------------------------------------- mentions
    def mentions_in(self, s: int, e: int, label: str | None = None):
        """Mentions (with ``label``, if given) that lie inside ``[s, e)``, in order."""
        ms = self.mentions[bisect_left(self.m_starts, s):bisect_left(self.m_starts, e)]
        return [m for m in ms if m[1] <= e and (label is None or m[2] == label)]

    def overlapping(self, s: int, e: int, label: str):
        """Mentions with ``label`` that overlap ``[s, e)``, in order."""
        ms = self.mentions[bisect_right(self.m_starts, s - self.m_reach):
                           bisect_left(self.m_starts, e)]
        return [m for m in ms if s < m[1] and m[2] == label]

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
                if len(words) > 1 and self.strip_org(words[0])[1] in ORG_CUES:
                    out.setdefault(" ".join(words[1:]), ent)
            self._org_names = out
        return self._org_names

    # ----------------------------------------------------------------- speakers so far
    def last(self, gender: str) -> Speaker | None:
        """The last speaker of ``gender``; with none, the last whose gender is unknown (a
        source named by بحسب has none: وبحسب الوكالة … وأضافت)."""
        if gender == "unknown":
            return self.history[-1] if self.history else None
        return self.history.last_of_gender.get(gender) or \
            self.history.last_of_gender.get("unknown")
