"""Corpus term frequencies and the script mix: the corpus-wide tables built from small
per-document summaries (:func:`surface_counts`, :func:`script_rows`), never from every
token row at once.

A batch of documents (:mod:`khabar.batches`) sums its documents' surface counts into
one :class:`BatchTerms`; :class:`TermCounter` adds those up in document order and gives
the term table. Rules: docs/arabic.md (*Term frequencies and stop words*).
"""
from __future__ import annotations

import pickle
import re
from collections import Counter
from itertools import chain, compress
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from . import schema
from .lexicon import load_lexicon
from .text import (ARTICLE, CONJUNCTIONS, DIACRITICS, PREPOSITIONS, STOP_WORDS, TATWEEL,
                   WORD_KINDS, clitic_candidates, normalise)

SCRIPT_COLUMNS = schema.SCRIPTS


def _non_terms() -> frozenset[str]:
    """Normalised words that are not terms (docs/arabic.md, *Term frequencies and stop
    words*): the stop words (:data:`khabar.text.STOP_WORDS`), the function words the
    package lacks (function_words.tsv), number words (number_words.tsv: cardinals,
    ordinals, scale words, fractions, vague quantities; tens written out from their
    stems) and weekday names (weekdays.tsv), these two also without their article
    (الثاني and ثاني, الخميس and خميس: a term may be either; اليوم "today" is a function
    word, يوم "day" is not)."""
    lex = load_lexicon()
    words = set(STOP_WORDS) | {normalise(r.form) for r in lex["function_words"]}
    forms = [r.form for r in lex["weekdays"]]
    for r in lex["number_words"]:
        if r.role == "tens_stem":
            forms += [r.form + "ون", r.form + "ين"]
        elif r.role == "hundreds_stem":
            forms += [r.form + "مئه", r.form + "مائه"]
        elif r.role == "hundred" and r.form.endswith(("تا", "تي")):
            continue      # مئتا normalises to ميتا, also Meta; the construct dual is rare
        else:
            forms.append(r.form)
    for form in forms:
        for w in normalise(form).split():            # الحادي عشر: each word
            words.add(w)
            if w.startswith(ARTICLE) and len(w) > 3:
                words.add(w[2:])
    return frozenset(words)


#: Words never counted as terms (see :func:`_non_terms`).
NON_TERMS = _non_terms()
#: Normalised words whose first letter only looks like a proclitic (name_boundaries.tsv
#: whole_word, the entity rules' list too: فيصل, لبنى, وطن, وابل): never cut, whatever
#: else the corpus holds.
WHOLE_WORDS = frozenset(normalise(r.form) for r in load_lexicon()["name_boundaries"]
                        if r.role == "whole_word")
# A surface with tatweel or harakat (حكومـــة، اقتصاديٍّ) is shown only where no plain one
# was counted under the term.
_MARKED = re.compile(f"[{TATWEEL}{DIACRITICS}]")


def term_key(norm: str, vocabulary: set[str] | frozenset[str]) -> str:
    """The term a normalised word counts under: the word with its proclitics (و ف ب ل ك
    and ال) removed when the remainder also occurs on its own in ``vocabulary`` (so
    المشروع counts with مشروع, وقال with قال), else the word itself.

    The remainder must be a known word (docs/arabic.md, *Clitics and tokenisation*):
    here "known" means seen in the same corpus, so لبنان or وزارة are never cut unless
    بنان or زارة occur too. The remainder counts under its own term, so a word family
    is one term whichever clitics each form carries: للتنميه gives التنميه, which counts
    with تنميه where تنميه occurs. A word whose first letter only looks like a clitic is
    not cut where the corpus shows it taking a proclitic itself (:func:`_takes_proclitic`:
    بكلمه or الكلمه show that كلمه is a word, not ك + لمه), nor where the lexicon says so
    (:data:`WHOLE_WORDS`: given names such as فيصل and words such as وطن, whose remainder
    يصل or طن may well occur). Latin words are returned unchanged.
    """
    if norm in WHOLE_WORDS:
        return norm
    for n, stem in clitic_candidates(norm):
        if n and len(stem) >= 3 and stem in vocabulary:
            if norm[0] in _CLITIC_LETTERS and _takes_proclitic(norm, vocabulary):
                return norm                        # looked up only where it would cut
            return term_key(stem, vocabulary)     # shorter each time: ends
    return norm


_CLITIC_LETTERS = CONJUNCTIONS + PREPOSITIONS


def _takes_proclitic(norm: str, vocabulary) -> bool:
    """Whether ``vocabulary`` holds ``norm`` with a proclitic that could not stand before
    ``norm``'s first letter were that letter a clitic: the article (الكلمه: ال never
    precedes a clitic), a preposition before a preposition (بكلمه, للبنان) or any
    proclitic before a conjunction (بوطن, الوطن). So ``norm`` is a word of its own.
    ل before a word starting with ل is no evidence: للدعم is ل + الدعم, not ل + لدعم."""
    before = (ARTICLE,) + tuple(p for p in PREPOSITIONS if p + norm[0] != "لل")
    if norm[0] in CONJUNCTIONS:
        before += tuple(CONJUNCTIONS)
    return any(p + norm in vocabulary for p in before)


def surface_counts(kinds, texts) -> Counter:
    """``surface → occurrences`` of one document's word tokens (kinds arabic and latin):
    what :func:`terms_table` needs. Surfaces are counted, not ``(norm, surface)`` pairs:
    a string's hash is cached, a pair's is not (twice as fast), and the normalised form
    follows from the surface (``Token.norm == normalise(Token.text)``)."""
    return Counter(compress(texts, map(WORD_KINDS.__contains__, kinds)))


class BatchTerms(NamedTuple):
    """The term counts of a batch of documents, in the form :meth:`TermCounter.merge`
    adds: ``total`` (surface → occurrences in the batch), ``documents`` (surface →
    documents of the batch holding it) and ``per_doc`` (each document's distinct
    surfaces, joined by NUL: one string to send and to spill, not one per word)."""

    total: dict
    documents: Counter
    per_doc: list


_SEP = "\x00"      # never inside a word token (kinds arabic and latin)


def batch_terms(per_doc_counts) -> BatchTerms:
    """:class:`BatchTerms` of the :func:`surface_counts` of consecutive documents."""
    total: dict[str, int] = {}
    documents: Counter = Counter()
    per_doc = []
    get = total.get
    for counts in per_doc_counts:
        for text, n in counts.items():
            total[text] = get(text, 0) + n
        documents.update(counts.keys())
        per_doc.append(_SEP.join(counts))
    return BatchTerms(total, documents, per_doc)


class TermCounter:
    """The corpus term table built from one :func:`surface_counts` per document, added
    in document order (:meth:`add`), without keeping every document's counts in memory:
    running totals, and each document's surfaces in a spill file (``spill``; ``None``:
    a list in memory) read back once for the document counts of terms with several
    spellings. :meth:`table` gives :func:`terms_table`."""

    def __init__(self, spill: Path | None = None):
        # A plain dict sum: faster than Counter.update, which stores through the subclass.
        self.total: dict[str, int] = {}
        self.surface_docs: Counter = Counter()
        self._spill_path = spill
        self._spill = open(spill, "wb") if spill is not None else None
        self._docs: list = []

    def close(self) -> None:
        """Close the spill file (also done by :meth:`table`); safe to call twice."""
        if self._spill is not None and not self._spill.closed:
            self._spill.close()

    def add(self, counts) -> None:
        """Add one document's :func:`surface_counts`."""
        self.merge(batch_terms([counts]))

    def merge(self, batch: BatchTerms) -> None:
        """Add a batch's counts (:func:`batch_terms`); batches in document order."""
        get, total = self.total.get, self.total
        for text, n in batch.total.items():
            total[text] = get(text, 0) + n
        self.surface_docs.update(batch.documents)
        if self._spill is None:
            self._docs.extend(batch.per_doc)
        else:
            pickle.dump(batch.per_doc, self._spill, protocol=pickle.HIGHEST_PROTOCOL)

    def _per_doc(self):
        """Each document's distinct surfaces, as a list, in document order."""
        for joined in self._joined_per_doc():
            yield joined.split(_SEP) if joined else []

    def _joined_per_doc(self):
        if self._spill is None:
            yield from self._docs
            return
        self._spill.close()
        with open(self._spill_path, "rb") as fh:
            while True:
                try:
                    yield from pickle.load(fh)
                except EOFError:
                    return

    def table(self) -> pd.DataFrame:
        """The term table (columns :data:`khabar.schema.TERMS`; see :func:`terms_table`)."""
        total = self.total
        norm_of = {text: normalise(text) for text in total}      # once per distinct surface
        vocabulary = {n for n in norm_of.values() if len(n) >= 2}
        keys = {n: term_key(n, vocabulary) for n in vocabulary}
        frequency: Counter = Counter()
        surfaces: dict[str, Counter] = {}
        forms: dict[str, set] = {}
        for text, n in total.items():
            norm = norm_of[text]
            if len(norm) < 2:
                continue
            term = keys[norm]
            if norm in NON_TERMS or term in NON_TERMS:
                continue
            frequency[term] += n
            # The surface shown for a term is a plain spelling (no tatweel or harakat)
            # where one was counted, and among those one written as the term itself
            # where it occurs so (مشروع, not ومشروع): clitic forms only as a fallback.
            surfaces.setdefault(term, Counter())[
                (_MARKED.search(text) is not None, norm != term, text)] += n
            forms.setdefault(term, set()).add(norm)
        documents = self._document_frequency({text: keys.get(norm)
                                              for text, norm in norm_of.items()})
        rows = [(t, f, documents[t],
                 min(surfaces[t].items(),
                     key=lambda kv: (kv[0][0], kv[0][1], -kv[1], kv[0][2]))[0][2],
                 " | ".join(sorted(forms[t]))) for t, f in frequency.items()]
        rows.sort(key=lambda r: (-r[1], r[0]))
        return pd.DataFrame(rows, columns=schema.TERMS)

    def _document_frequency(self, term_of: dict) -> Counter:
        """Documents per term, given the term of each surface.

        A term written one way in the whole corpus has the document count of that
        surface; only surfaces of terms with several spellings are mapped to terms
        document by document (a document with مشروع and المشروع counts once).
        """
        surface_docs = self.surface_docs
        spellings = Counter(term_of.values())
        documents = Counter({t: surface_docs[s] for s, t in term_of.items()
                             if t is not None and spellings[t] == 1})
        shared = {s for s, t in term_of.items() if t is not None and spellings[t] > 1}
        if shared:
            documents.update(chain.from_iterable({term_of[s] for s in shared.intersection(c)}
                                                 for c in self._per_doc()))
        elif self._spill is not None:
            self._spill.close()
        return documents


def terms_table(per_doc) -> pd.DataFrame:
    """Normalised word frequencies with clitics merged and stop words removed.

    Input: one :func:`surface_counts` per document (any mapping surface → count).
    Output columns: ``term`` (normalised form, see :func:`term_key`), ``frequency``
    (occurrences), ``documents`` (number of documents), ``surface`` (the most frequent
    surface form written without clitics, else the most frequent surface form; ties
    broken alphabetically), ``forms`` (every normalised form counted under the term,
    joined by " | "). Words whose normalised form has fewer than two characters are not
    terms, nor are the words of :data:`NON_TERMS` (stop words of
    :func:`khabar.text.is_stop_word`, function words, number words, weekday names),
    checked on the word and on its term. The surface is a plain spelling (no tatweel or
    harakat) where one was counted. Sorted by frequency (descending), then term.
    Built by :class:`TermCounter`.
    """
    counter = TermCounter()
    for counts in per_doc:
        counter.add(counts)
    return counter.table()


def term_frequencies(tokens: pd.DataFrame) -> pd.DataFrame:
    """:func:`terms_table` of a tokens table (columns :data:`khabar.schema.TOKENS`)."""
    return terms_table([surface_counts(g["kind"], g["text"])
                        for _, g in tokens.groupby("doc_id", sort=True)])


#: A web or e-mail address (one token) is written in Latin script.
SCRIPTS = {"arabic": "arabic", "latin": "latin", "number": "digits", "punct": "other",
           "url": "latin", "email": "latin"}


def script_rows(doc_id: str, kinds) -> list[tuple]:
    """Rows of the script-mix table for one document: ``(doc_id, script, tokens, share)``
    with script arabic | latin | digits | other (punctuation), share of the document's
    tokens 0–1 (4 d.p.), in script order."""
    # Kinds counted at C level, then named and summed by script.
    by_script: Counter = Counter()
    for k, c in Counter(kinds).items():
        by_script[SCRIPTS[k]] += c
    counts = sorted(by_script.items())
    n = sum(c for _, c in counts)
    return [(doc_id, s, c, round(c / n, 4)) for s, c in counts]


def script_mix(tokens: pd.DataFrame) -> pd.DataFrame:
    """Tokens per script per document from a tokens table. Columns: doc_id, script
    (arabic | latin | digits | other), tokens, share (0–1, 4 d.p.)."""
    return pd.DataFrame([r for d, g in tokens.groupby("doc_id", sort=True)
                         for r in script_rows(d, g["kind"])], columns=SCRIPT_COLUMNS)
