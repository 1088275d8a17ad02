"""Quote rows of one article: direct quotes (a quoted span with an attribution) and
indirect speech (a cue followed by أن/إن and no quote), one paragraph at a time
(docs/arabic.md, "Quotes and attribution")."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from operator import attrgetter

import pandas as pd

from ..schema import Quote
from ..text import WORD_KINDS, Article, Paragraph, normalise
from .attribution import appeal_complement, came_source, quoting_subject  # own line
from .attribution import (_after_dateline, _source_speaker, _verb_with_object, attribution,
                          continues_speech, relayed, said_at)
from .cues import _about_a_source, _conjoined, called_on_end, opens_clause
from .history import Speaker
from .marks import Inside, QuoteSpan, _spans, mark_offsets, mark_offsets_plain
from .speakers import Doc
from .tables import quotes_frame
from .words import BYLINE_VERBS  # own line
from .words import APPEAL_WHOM_FORMS  # own line
from .words import naming_noun  # own line
from .words import SUBORDINATORS  # own line
from .words import PARTICIPLES  # own line
from .words import REPORT_VERBS  # own line
from .cues import source_phrase_end  # own line
from .words import (_CLOSERS, _MARK_CHARS, _OPENERS, _TERMINAL, AN_WORDS, APPEAL_FORMS,
                    CLAUSE_WORDS, DOCUMENT_NOUNS, IMPERSONAL_FORMS, MEDIA_CUES,
                    MEDIUM_NOUNS, ORG_CUES, RELATIVE_PRONOUNS, _is_stop)

#: Indirect speech of at most this many words is a fragment, not a row (issue 15 §2).
_MAX_FRAGMENT_WORDS = 3
#: A span of at most this many words in quote marks, with no colon or أن/إن before it and
#: its clause going on after it, is a description in scare quotes, no quote.
_MAX_SCARE_WORDS = 6
#: Tokens at most of unmarked words before "according to what X said" (…، حسبما قال X).
_MAX_CLAIM_TOKENS = 80
#: A colon at most this many tokens after a speech verb introduces unmarked words
#: (وقال الوزير في حديث لإذاعة محلية: …); further on it belongs to something else.
_UNMARKED_REACH = 8
#: Speakers that have no gender even as organisations: documents, outlets, media.
_UNGENDERED = DOCUMENT_NOUNS | MEDIA_CUES | MEDIUM_NOUNS
#: The speaker of a row without one.
_NO_SPEAKER = Speaker("", "unknown", "unknown")


def extract_quotes(article: Article, mentions=None, plain: bool = False) -> pd.DataFrame:
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
    package docstring (docs/arabic.md, "Quotes and attribution"). ``plain``: the plain
    twin of every fast path (same rows). Raises nothing on odd input. For example
    ``وقالت ليلى حداد: «سنبدأ غداً».`` gives one direct row: quote سنبدأ غداً, speaker
    ليلى حداد, female, person, cue وقالت.
    """
    return quotes_frame(quote_rows(article, mentions, plain))


def quote_rows(article: Article, mentions=None, plain: bool = False) -> list[Quote]:
    """The rows of :func:`extract_quotes` as :class:`khabar.schema.Quote` named tuples
    (fields in :data:`COLUMNS` order), without building a DataFrame (the corpus
    pipeline builds one frame for all articles)."""
    d = Doc(article, mentions, plain)
    text = d.mark_text                  # the text as read, quote-mark references as marks
    verb_at = [d.starts[k] for k in d.cue_idx if d.cues[k][0] == "verb"]
    marks = (mark_offsets_plain if plain else mark_offsets)(text)
    rows: list[Quote] = []
    ending: Quote | None = None     # the direct row the paragraph before ends with
    heading: Speaker | None = None  # the speaker a heading line before names
    intro: tuple | None = None      # (speaker, cue) of a cue and a colon ending the line before
    for p in _quote_regions(text, marks, article.paragraphs):
        p_marks = marks[bisect_left(marks, p.start):bisect_left(marks, p.end)]
        spans = _spans(text, p_marks, p.start, p.end, verb_at)
        inside = Inside(spans)
        n_before = len(rows)
        last_end, prev = p.start, None
        events = _indirect_cues(d, d.cues_in(p.start, p.end), inside) \
            + [(q.open, "direct", q) for q in spans] + _continued(d, p, inside)
        head = _headline(d, p, spans)
        if head is not None:
            rows.append(head)
        for _, kind, item in sorted(events, key=lambda e: e[0]):
            if kind == "claim":
                rows.append(_claim_row(d, item))
                continue
            if kind == "continued":
                rows.append(_continued_row(d, item))
                continue
            if kind in ("indirect", "unmarked"):
                rows.append(_indirect_row(d, item, "direct" if kind == "unmarked"
                                          else "indirect"))
                continue
            if kind == "remember":
                _remember(d, item)
                continue
            row = _direct_row(d, item, max(last_end, article.sentence_at(item.open).start),
                              p.end, inside, prev)
            if row:
                rows.append(row)
                last_end = item.end + 1
                prev = (item, row)
        if len(rows) == n_before and ending is not None:
            row = _quote_paragraph(d, p, spans, ending)
            if row:
                rows.append(row)
        row = _introduced(d, p, spans, intro) if (
            intro is not None and len(rows) == n_before) else None
        if row:
            rows.append(row)
        # (a list item with no full stop after قال فلان: goes on with the next line)
        intro = intro if row and not row.closed and not d.text[p.start:p.end].rstrip(
            ).endswith(".") else _colon_intro(d, p)
        if heading is not None:
            rows[n_before:] = [_headed(r, heading) for r in rows[n_before:]]
        ending = _ending_quote(d, p, rows[n_before:])
        heading = _speaker_heading(d, p) if len(rows) == n_before else None
    rows = [r for r in rows if r]
    rows.sort(key=attrgetter("start"))
    return rows


_AFTER_QUOTE = ".!?؟…،,;؛: \n\t\u00a0"


def _ending_quote(d: Doc, p: Paragraph, rows: list) -> Quote | None:
    """The direct row with a speaker that paragraph ``p`` ends with (its quote closed and
    only a closing mark and punctuation after it), else None."""
    last = max((r for r in rows if r), key=attrgetter("end"), default=None)
    if last is None or last.kind != "direct" or not last.closed or not last.speaker.strip():
        return None
    rest = d.text[last.end:p.end]
    return last if all(c in _AFTER_QUOTE or c in _MARK_CHARS for c in rest) else None


#: How far back (tokens) from a colon that ends a line its speech verb may stand.
_INTRO_REACH = 16
#: The longest line (words) of unmarked words a colon at the end of the line before
#: introduces; a longer one is the writer's.
_INTRO_WORDS = 40


def _colon_intro(d: Doc, p: Paragraph) -> tuple | None:
    """``(speaker, cue)`` when paragraph ``p`` ends with a speech verb, its speaker and a
    colon and nothing after (وقال وزير الاتصال فلان: ⏎ “…”): the words on the next line
    are the speaker's (docs/arabic.md, "Quotes and attribution"). None for any other
    paragraph."""
    i, j = d.tok_index(p.start), d.tok_index(p.end)
    while j > i and d.ends[j - 1] > p.end:
        j -= 1
    if j - i < 2 or d.texts[j - 1] != ":":
        return None
    sent = d.article.sentence_at(d.starts[j - 1])
    s0 = max(i, d.tok_index(sent.start) if sent else i)
    cue_i = next((k for k in range(j - 2, max(s0, j - 1 - _INTRO_REACH) - 1, -1)
                  if d.cues[k] and d.cues[k][0] == "verb"), None)
    if cue_i is None or any(d.texts[t] in _MARK_CHARS or d.norms[t] in AN_WORDS
                            for t in range(cue_i, j - 1)):
        return None
    sp, _how = attribution(d, cue_i, s0, j - 1)
    if sp is None or not sp.name.strip():
        return None
    return sp, d.texts[cue_i]


def _introduced(d: Doc, p: Paragraph, spans: list[QuoteSpan], intro: tuple):
    """The row of the words a colon at the end of the line before introduces
    (:func:`_colon_intro`), when paragraph ``p`` has no row of its own: its first quote,
    when the line opens with it; else, with no quote mark and no cue in it, the whole
    line of four to :data:`_INTRO_WORDS` words (the items of a list printed one a line
    after قال فلان:, each without a full stop, go on so). None otherwise."""
    sp, cue = intro
    lead = d.text[p.start:spans[0].open] if spans else ""
    if spans and spans[0].closed and not lead.strip(" \t•·-–*"):
        q = spans[0]
        s, e, closed = q.start, q.end, True
    elif not spans and not d.cues_in(p.start, p.end):
        s, e, closed = p.start, p.end, False
        while s < e and d.text[s] in " \t•·-–*":
            s += 1
        while e > s and d.text[e - 1] in " \t.":
            e -= 1
    else:
        return None
    n_words = d.word_count(s, e)
    if n_words < 4 or (not closed and n_words > _INTRO_WORDS):
        return None
    d.history.append(sp)
    return _row(d, "direct", s, e, n_words, sp, cue, "named", closed)


def _speaker_heading(d: Doc, p: Paragraph) -> Speaker | None:
    """The speaker a paragraph names when it is only a name or title and a colon, one to
    six words with no cue and no quote mark (``سامي نور:`` over the paragraph of what he
    said, as press-conference reports print each speaker); else None."""
    i, j = d.tok_index(p.start), d.tok_index(p.end)
    while j > i and d.ends[j - 1] > p.end:
        j -= 1
    if j - i < 2 or d.texts[j - 1] != ":" or not 1 <= j - 1 - i <= 6:
        return None
    if any(d.cues[t] or d.kinds[t] not in ("arabic", "punct") or d.texts[t] in _MARK_CHARS
           for t in range(i, j - 1)):
        return None
    sp = d.speaker(i, j - 1, "unknown")
    return sp if sp is not None and sp.type == "person" and sp.name.strip() else None


def _headed(row: Quote, sp: Speaker) -> Quote:
    """``row`` of the paragraph after a speaker heading: a continuation (a cue with no
    subject: قال بأنه …، وأضاف) is the heading's speaker, in the cue's gender."""
    if row is None or row.attribution != "continuation":
        return row
    return row._replace(speaker=sp.name, speaker_type=sp.type, affiliation=sp.affiliation,
                        role=sp.role, attribution="named", speaker_start=sp.start,
                        speaker_end=sp.end)


def _quote_paragraph(d: Doc, p: Paragraph, spans: list[QuoteSpan], ending: Quote):
    """A paragraph that is only a quotation in marks, with no cue, right after a
    paragraph that ends with a speaker's quote: the same speaker goes on (“…”. ⏎ “…”.
    is one speech printed as two paragraphs, as a reader reads it; docs/arabic.md,
    "Quotes and attribution"). Only a closed quote of four words or more, or one that
    ends in sentence punctuation; None otherwise."""
    if len(spans) != 1 or not spans[0].closed:
        return None
    q = spans[0]
    if d.text[p.start:q.open].strip() or any(
            c not in _AFTER_QUOTE for c in d.text[q.end + 1:p.end]):
        return None
    n_words = d.word_count(q.start, q.end)
    if n_words < 4 and not _TERMINAL.search(d.text[q.start:q.end]):
        return None
    sent = d.article.sentence_at(q.start)
    return ending._replace(quote=d.text[q.start:q.end], cue="", words=n_words,
                           start=q.start, end=q.end,
                           paragraph=sent.paragraph if sent else 0,
                           sentence=sent.sentence if sent else 0,
                           attribution="continuation", closed=True)


def _quote_regions(text: str, marks: list[int], paragraphs) -> list[Paragraph]:
    """The paragraphs whose quote marks are paired together: one paragraph each, except
    that a paragraph ending inside a quote opened with “ or « joins the next when that
    one's first mark closes it (“… بلوغ مستويات⏎نمو … البشري”): a line break inside curly
    quotes does not end the quote (docs/arabic.md, "Quotes and attribution")."""
    out: list[Paragraph] = []
    for p in paragraphs:
        if out and text[out[-1].end:p.start].isspace() and _open_at_end(
                text, marks, out[-1], p):
            out[-1] = out[-1]._replace(end=p.end)
        else:
            out.append(p)
    return out


def _open_at_end(text: str, marks: list[int], prev, p) -> bool:
    """Whether the quote marks of ``prev`` leave a “ or « quote open at its end and the
    first mark of the paragraph ``p`` after it is a closer of that quote."""
    prev_marks = marks[bisect_left(marks, prev.start):bisect_left(marks, prev.end)]
    if not prev_marks:
        return False
    spans = _spans(text, prev_marks, prev.start, prev.end, ())
    if not spans or spans[-1].closed or text[spans[-1].open] not in "“«":
        return False
    k = bisect_left(marks, p.start)
    if k >= len(marks) or marks[k] >= p.end:
        return False
    c = marks[k]
    return text[c] in _CLOSERS[text[spans[-1].open]] and c > p.start and (
        not text[c - 1].isspace()) and (c + 1 >= p.end or not text[c + 1].isalpha())


def _row(d: Doc, kind, s, e, n_words: int, sp: Speaker | None, cue: str, how: str,
         closed: bool):
    """The row of a quote ``[s, e)`` of ``n_words`` words by ``sp``. An organisation has
    the grammatical gender its verb shows (قالت الوزارة: female); a document or an
    outlet (البيان، الوكالة، الموقع) none; a person without a name is of unknown type."""
    if sp is None:
        sp = _NO_SPEAKER
    if sp.type == "person" and not sp.name.strip():
        sp = replace(sp, type="unknown")
    gender = sp.gender if sp.type == "person" or (
        sp.type == "organisation" and sp.head not in _UNGENDERED) else "unknown"
    sent = d.article.sentence_at(s)
    return Quote(d.article.doc_id, kind, d.text[s:e], sp.name, gender, sp.type, sp.affiliation,
                 cue, n_words, s, e, sent.paragraph if sent else 0,
                 sent.sentence if sent else 0, sp.role, how, closed, sp.start, sp.end,
                 sp.channel)


# --------------------------------------------------------------------------- direct
def _cue_before(d: Doc, li: int, oi: int, inside: Inside) -> int | None:
    """The cue token of a quote opening at token ``oi`` (its clause from token ``li``):
    the one that opens a clause (وقال، ، قال، فيما قال) over one inside a clause, which
    is often a verbal noun (طلب عدم ذكر اسمه), or a verb right after أن/إن with its own
    named subject (أفادت الوكالة أنه قال الرئيس فلان: "…" → فلان, the outlet only relays);
    else the last cue; cues inside a quote do not count. Searched backwards from the
    quote, so that a long sentence of quotes is not rescanned from its start for each
    one."""
    cue_i = None
    for k in reversed(d.cues_between(li, oi)):
        if inside.holds(d.starts[k]):
            continue
        if cue_i is None:
            cue_i = k
        if opens_clause(d, k, li):
            # وقالت صحيفة X نقلاً عن مسؤول: "…": the source after نقلاً عن said the words
            return cue_i if cue_i != k and d.cues[cue_i][0] == "source" and (
                quoting_subject(d, cue_i, li) is not None) else k
        if k > li and d.norms[k - 1] in AN_WORDS and attribution(d, k, li, oi)[1] == "named":
            return k    # وأفادت وكالة X، أنه قال الرئيس فلان: "…": the reported verb's subject
    return cue_i


#: Conjunctions that join a second quoted span to the first after one verb (… "…" ولكن
#: "…"), normalised.
_JOINERS = frozenset({"و", "ولكن", "لكن", "بل", "ثم", "كما"})


def _joined(between: str) -> bool:
    """Whether the text ``between`` two quoted spans is a conjunction alone (and its
    punctuation): the second span goes on with the first one's verb and speaker."""
    words = normalise(between.replace("،", " ").replace(",", " ")).split()
    return len(words) == 1 and words[0] in _JOINERS


def _attribution_after(d: Doc, q: QuoteSpan, pend: int) -> tuple[Speaker | None, str]:
    """A cue with a named source right after a closed quote (…»، قالت ليلى حداد): the
    speaker and the cue, unless that attribution introduces the next quote (»، وقال X:
    «…»). A verb right after a quoted name of one to three words with no comma has that
    name as its subject ("النفط العراقية" تؤكد موقفها): no attribution. ``pend``: the
    paragraph end. (None, "") if there is none."""
    k = d.tok_index(q.end + 1)
    comma = k < d.n and d.texts[k] in ",،"
    if comma:
        k += 1
        if k + 1 < d.n and d.norms[k] == "علي" and d.norms[k + 1] == "لسان":
            k += 1      # »، على لسان الوزير: the cue is لسان
    elif k < d.n and d.cues[k] and d.cues[k][0] == "verb" and d.word_count(
            q.start, q.end) <= 3 and not _TERMINAL.search(d.text[q.start:q.end]):
        return None, ""     # "النفط العراقية" تؤكد …: a quoted name, the verb's subject
    sent = d.article.sentence_at(q.end)
    limit = d.tok_index(sent.end if sent and sent.end > q.end else pend)
    if not (k < d.n and d.cues[k] and d.starts[k] < pend):
        return None, ""
    if d.cues[k][0] == "source":
        # »، بحسب وزارة الصحة / »، وفق ما قاله X: the source cue's own reading
        sp = _source_speaker(d, k, k, limit)[0]
    else:
        sp = d.speaker(k + 1, limit, d.cues[k][1])
    if sp and not any(t in ":“«\"" for t in d.texts[k + 1:limit]):
        return sp, d.texts[k]
    return None, ""


def _source_after(d: Doc, q: QuoteSpan) -> int | None:
    """The token of a source cue right after the closed quote ``q`` (after a comma), or
    None."""
    k = d.tok_index(q.end + 1)
    if k < d.n and d.texts[k] in ",،":
        k += 1
    if k + 1 < d.n and d.norms[k] == "علي" and d.norms[k + 1] == "لسان":
        k += 1      # »، على لسان X: the cue is لسان
    return k if k < d.n and d.cues[k] and d.cues[k][0] == "source" else None


def _said_after(d: Doc, q: QuoteSpan) -> bool:
    """Whether the closed quote ``q`` is followed (after a comma) by a source cue and ما
    with a speech verb (»، وفق ما قاله X، بحسب ما ذكرت الوزارة، حسبما قال X): the words'
    source."""
    k = _source_after(d, q)
    if k is not None and came_source(d, k, d.n) is not None:
        return True     # »، على لسان X، حسب ما جاء على لسان X
    v = said_at(d, k, d.n) if k is not None else None
    if v is None or v >= d.n:
        return False
    c = d.cues[v]
    return bool(c and c[0] == "verb") or _verb_with_object(d, v) is not None


def _relay_after(d: Doc, q: QuoteSpan, pend: int) -> tuple[str, str] | None:
    """:func:`.attribution.relayed` for a source cue right after the closed quote ``q``
    (»، بحسب ما نقلت عنه وكالة X), within its sentence (``pend``: the paragraph end)."""
    k = _source_after(d, q)
    if k is None:
        return None
    sent = d.article.sentence_at(d.starts[k])
    return relayed(d, k, d.tok_index(sent.end if sent else pend))


def _term_in_clause(d: Doc, q: QuoteSpan, n_words: int, most: int = 3) -> bool:
    """Whether the closed span ``q`` of one to ``most`` words is a quoted name or term
    that its clause goes on after (قالت اللجنة إن "الهلال العربي" السوري دخل الحي: the
    clause is the words, the mark only sets off a name; a scare-quoted description of a
    few words, بثت صوراً تظهر “دماراً واسعاً في الأحياء” خلفته الغارات): an Arabic word
    right after the closing mark that is no preposition or time word (phrase_end words),
    and no sentence punctuation inside."""
    if not q.closed or n_words > most or _TERMINAL.search(d.text[q.start:q.end]):
        return False
    k = d.tok_index(q.end)
    if k < d.n and d.texts[k] in _MARK_CHARS:
        k += 1
    # (a preposition or a time word after the mark, يوم الأحد، في البلاد, ends the words,
    # unless the marks hold a name: إن "الهلال الأحمر" في الحي)
    return k < d.n and d.kinds[k] == "arabic" and not d.cues[k] and (
        not _is_stop(d.norms[k], d.texts[k]) or _quoted_name(d, q.start, q.end)) and (
        d.article.sentence_at(d.starts[k]) == d.article.sentence_at(q.start))


def _after_naming_noun(d: Doc, li: int, oi: int) -> bool:
    """Whether the quote mark at token ``oi`` follows a naming noun, with or without a
    colon between (بعنوان "…"، استخدم تعبير "…"، تحت عنوان: "…"; attribution.tsv
    naming_noun): the marks hold a name, a title or a term, no one's words, even with a
    speech verb before them (docs/arabic.md, "Quotes and attribution")."""
    k = oi - 1
    if k > li and d.texts[k] == ":":
        k -= 1
    return k >= li and d.kinds[k] == "arabic" and naming_noun(d.norms[k])


def _quoted_name(d: Doc, s: int, e: int) -> bool:
    """Whether the quoted words ``[s, e)`` are one ORG or PERSON mention (a name set off
    by marks), not speech."""
    return any(m[0] <= s and m[1] >= e and m[2] in ("ORG", "PERSON")
               for m in d.mentions_in(s, e))


def _names_only(d: Doc, s: int, e: int) -> bool:
    """Whether every word of the quoted words ``[s, e)`` is in an ORG or PERSON mention and
    one opens them (اللجنة المشتركة لقوات الأمن: two bodies' names joined by ل): names in
    marks, no speech."""
    names = [m for m in d.mentions_in(s, e) if m[2] in ("ORG", "PERSON")]
    if not names or min(m[0] for m in names) > s:
        return False
    # the tokens that start inside [s, e) (tok_index(e - 1) + 1 could pass the text's last
    # token, or take the word after the quote)
    return all(any(m[0] < d.ends[t] and m[1] > d.starts[t] for m in names)
               for t in range(d.tok_index(s), d.tok_index(e)) if d.kinds[t] == "arabic")


def _direct_row(d: Doc, q: QuoteSpan, left: int, pend: int, inside: Inside, prev=None):
    """A row for a quoted span if an attribution makes it a quote, else None: a cue
    before it in its clause (from offset ``left``) or a cue after it; and it must look
    like speech (introduced by a colon or أن/إن, four words or more, ending in sentence
    punctuation, or attributed after). A one-word span needs a colon. ``prev``: (span,
    row) of the last direct quote of the paragraph, which a second span joined to it by
    a conjunction alone goes on with (… "…" ولكن "…": one verb, two quoted spans)."""
    li, oi = d.tok_index(left), d.tok_index(q.open)
    cue_i = _cue_before(d, li, oi, inside)
    if cue_i is None and prev is not None and prev[0].closed and (
            _joined(d.text[prev[0].end + 1:q.open])):
        r = prev[1]
        sp = Speaker(r.speaker, r.speaker_gender, r.speaker_type, r.affiliation, r.role,
                     r.speaker_start, r.speaker_end, channel=r.channel)
        n_words = d.word_count(q.start, q.end)
        if n_words >= 2:
            return _row(d, "direct", q.start, q.end, n_words, sp, r.cue, "continuation",
                        q.closed)
    n_words = d.word_count(q.start, q.end)
    if _after_naming_noun(d, li, oi):
        return None
    colon = oi > li and d.texts[oi - 1] == ":"
    intro = colon or (oi > li and d.norms[oi - 1] in AN_WORDS)
    sp, how, cue = None, "", ""
    src = None
    if cue_i is not None and d.cues[cue_i][0] == "source":
        v = _parenthetical_source(d, cue_i)
        if v is not None and v >= li:
            # وقال فلان، بحسب بيان صادر عن مكتبه: "…": the verb's subject said the words,
            # the source in commas passed them on (as for indirect speech)
            src, cue_i = cue_i, v
    relay_by = None
    if cue_i is not None and src is None and d.cues[cue_i][0] == "verb" and cue_i > li \
            and d.texts[cue_i - 1] in ",،" and d.norms[cue_i][d.cues[cue_i][2]:] in REPORT_VERBS \
            and not any(d.norms[t] == "عن" for t in range(cue_i + 1, oi)):
        # وقال فلان، في مقابلة …، ونقلت وكالة X مقتطفات منها، "…": a report verb with no عن
        # after a comma passes on the words of the speech verb before it in its sentence
        v = next((k for k in reversed(d.cues_between(li, cue_i - 1)) if d.cues[k][0] == "verb"
                  and not inside.holds(d.starts[k])), None)
        if v is not None:
            sp_v, how_v = attribution(d, v, li, cue_i)
            if sp_v is not None and how_v == "named" and sp_v.type == "person":
                relay_by, cue_i = cue_i, v
    if cue_i is not None:
        sp, how = attribution(d, cue_i, li, oi)
        cue = d.texts[cue_i]
        if sp is not None and relay_by is not None and not sp.channel:
            ch = d.speaker(relay_by + 1, oi, "unknown")
            sp = replace(sp, channel=ch.name) if ch else sp
        if sp is not None and src is not None and not sp.channel:
            relay_src = relayed(d, src, oi)
            ch = None if relay_src and relay_src[1] else _source_speaker(d, src, src, oi)[0]
            sp = replace(sp, channel=relay_src[1]) if relay_src and relay_src[1] else \
                replace(sp, channel=ch.name) if ch else sp
        relay = _relay_after(d, q, pend) if q.closed else None
        if relay and sp:
            # «…»، بحسب ما نقلت عنه وكالة X: the speaker before the words said them, X
            # passed them on
            sp = replace(sp, channel=relay[1])
        elif q.closed and _said_after(d, q):
            # …بسبب «…»، وفق ما قاله X: "according to what X said" names who said these
            # words, over the clause's verb before them (دعا الاتحاد …)
            sp2, cue2 = _attribution_after(d, q, pend)
            if sp2 is not None:
                sp, how, cue = sp2, "after", cue2
    elif q.closed:
        sp, cue = _attribution_after(d, q, pend)
        if cue:
            how, intro = "after", True
    if not how or n_words == 0 or (n_words == 1 and not colon):
        return None
    if not intro and n_words <= _MAX_SCARE_WORDS and _names_only(d, q.start, q.end):
        return None     # نفت الحكومة صحة التعميم الموجه إلى "لجنة …": a body's name in marks
    speechlike = intro or n_words >= 4 or _TERMINAL.search(d.text[q.start:q.end])
    # (with no أن/إن after the cue, a quote of up to six words the clause goes on after is
    # a description in scare quotes; in reported speech, أن المغرب «…» بالنسبة …, it is
    # the speaker's own words unless a name or term of three)
    reported = intro or cue_i is None or any(d.norms[t] in AN_WORDS for t in range(cue_i, oi))
    if not speechlike or (not colon and _term_in_clause(
            d, q, n_words, 3 if reported else _MAX_SCARE_WORDS)):
        return None
    if sp and how != "continuation":
        d.history.append(sp)
    return _row(d, "direct", q.start, q.end, n_words, sp, cue, how, q.closed)


#: A sentence end inside a line's words (a full stop alone, not the ".." of a headline).
_SENTENCE_INSIDE = re.compile(r"(?<!\.)[.!?؟](?!\.)\s")
#: A headline's speaker: at most this many name words before its colon.
_HEADLINE_NAME_WORDS = 4


def _headline(d: Doc, p, spans: list[QuoteSpan]):
    """The row of a line that opens with a person's name and a colon (سامي نور: لن
    أستقيل …، فلان: "…"), as headlines and interview answers print a speaker's words: a
    PERSON mention up to the colon, or two to four plain words (no title, cue noun,
    function word or cue) with a quote mark after the colon; the words to the line's
    end, or the quoted span. Unmarked words need the name alone before the colon and a
    line of one sentence (not a list item: النائب فلان: قضت المحكمة بحبسه …). None for
    any other line (docs/arabic.md, "Quotes and attribution")."""
    t0 = d.tok_index(p.start)
    c = next((t for t in range(t0 + 1, min(d.n, t0 + _HEADLINE_NAME_WORDS + 1))
              if d.texts[t] == ":"), None)
    if c is None or c + 1 >= d.n or d.starts[c + 1] >= p.end or not all(
            d.kinds[t] in ("arabic", "latin") and not d.cues[t] for t in range(t0, c)):
        return None
    s, e = d.starts[t0], d.ends[c - 1]
    named = any(m[1] == e for m in d.mentions_in(s, e, "PERSON")) or (  # (a title before)
        c - t0 >= 2 and _titled_before(d, t0, c))
    quoted = d.texts[c + 1] in _OPENERS
    if not named and not (quoted and c - t0 >= 2 and all(
            not d.title_at(t) and d.strip_head(d.norms[t])[1] not in ORG_CUES | MEDIUM_NOUNS
            and not _is_stop(d.norms[t], d.texts[t]) and d.norms[t] not in AN_WORDS
            and d.kinds[t] == "arabic" for t in range(t0, c))):
        return None
    sp = d.speaker(t0, c, "unknown")
    if sp is None or sp.type != "person" or sp.start < s:
        return None
    if not quoted and any(d.title_at(t) for t in range(t0, c)):
        return None     # النائب السابق فلان: قضت المحكمة …: a list of cases, no headline
    q = next((q for q in spans if q.open == d.starts[c + 1]), None) if quoted else None
    if quoted and q is None:
        return None
    qs, qe = (q.start, q.end) if q else (d.starts[c + 1], p.end)
    if q is None:
        # سامي نور: لن أستقيل .. ويكشف عن خطته: the headline's own verb ends the words
        k = next((k for k in d.cues_in(qs, qe) if opens_clause(d, k, c + 1)), None)
        qe = d.starts[k] if k is not None else qe
    while qe > qs and d.text[qe - 1] in ".!?؟…،,;؛: \n":
        qe -= 1
    if q is None and _SENTENCE_INSIDE.search(d.text[qs:qe]):
        return None     # (a headline is one sentence: not …: قضت المحكمة بحبسه. التهم …)
    n_words = d.word_count(qs, qe)
    if n_words < 3:
        return None
    return _row(d, "direct", qs, qe, n_words, sp, ":", "named", bool(q and q.closed))


def _titled_before(d: Doc, t0: int, c: int) -> bool:
    """Whether the words of tokens ``[t0, c)`` (a name before a line's colon) stand
    earlier in the article right after a title or an honorific (وحضر الدكتور سامي نور …
    then «سامي نور: …»): a person the article named, though no mention holds him."""
    words, n = d.norms[t0:c], c - t0
    return any(t <= t0 - n and d.norms[t:t + n] == words
               for t in d.after_title(words[0]))


# --------------------------------------------------------------------------- indirect
def _indirect_cues(d: Doc, cues: list[int], inside: Inside) -> list[tuple[int, str, tuple]]:
    """Those of the cue tokens ``cues`` (of one paragraph) followed in their sentence by
    أن/إن and no quote (وذكرت الوزارة أن المدارس ستفتح): ``(offset, "indirect", (cue
    token, أن token))``. A source cue reports a clause too (بحسب الوزارة فإن …). A
    speech verb followed shortly by a colon and words with no quote mark (وأردف: الإيرادات
    لم تتغير، وقال الوزير: نحن …) introduces the speaker's own words, printed without
    marks as many outlets do: ``(offset, "unmarked", (cue token, colon token))``, a
    direct row. An appeal verb reports what follows إلى as أن does (ودعت الشركة
    الصحفيين إلى التحقق من الأرقام: the company called for it; attribution.tsv
    appeal_verb). An impersonal form right before أن (يُذكر أن …) is the writer's aside
    (attribution.tsv impersonal): no row."""
    out = []
    for k in cues:
        c = d.cues[k]
        if c[0] not in ("verb", "statement", "source") or inside.holds(d.starts[k]):
            continue
        if _in_relative_clause(d, k):
            continue        # التقرير الذي سيعلن عنه …: the verb of a relative clause
        if c[0] == "verb" and k > 0 and (_verb_of_words(d, k - 1, k) or _predicate_after(d, k)):
            continue        # قال إنه أكد أن …: the verb of the words, reported with them
        if c[0] == "verb" and k > 0 and d.cues[k - 1] and d.cues[k - 1][0] == "source" \
                and said_at(d, k - 1, d.n) == k and _parenthetical_source(d, k - 1) is not None:
            continue        # وقال X، حسبما نقلت عنه وكالة Y، إن …: the words are X's verb's
        if c[0] == "source" and _parenthetical_source(d, k) is not None:
            continue        # وقال فلان، بحسب صحيفة X، إن …: the verb's words, X the channel
        if c[0] == "source":
            first = _claim_before(d, k, inside)
            if first is not None:   # ارتفعت الأسعار …، حسبما قال الوزير: the words before
                out.append((d.starts[first], "claim", (k, first)))
                continue
        appeal = d.norms[k][c[2]:] in APPEAL_FORMS
        sent = d.article.sentence_at(d.starts[k])
        skip_to = -1
        for j in range(k + 1, d.tok_index(sent.end)):
            if j < skip_to:
                continue
            text = d.texts[j]
            if text in _OPENERS and j > k + 1 and (
                    d.strip_org(d.norms[j - 1])[1] in ORG_CUES or d.norms[j - 1] == "ل"
                    # وقال حساب "X" على فيسبوك إن: the account's name in marks
                    or d.strip_head(d.norms[j - 1])[1] in MEDIUM_NOUNS
                    # رئيس شركة الأمل للصناعات "أمل" أن: the short name after the full one
                    or d.overlapping(d.starts[j - 1], d.ends[j - 1], "ORG")):
                close = _short_quote_end(d, j, d.tok_index(sent.end))
                if close > j:
                    skip_to = close + 1     # وذكرت وكالة "X" المحلية أن، قال لـ"X" إن …:
                    continue                # a quoted name
            if text == "'" and inside.holds(d.starts[j]):
                break                       # (an ASCII ' that is a quote mark here)
            if text in _OPENERS and j == k + 1:
                close = _short_quote_end(d, j, d.tok_index(sent.end))
                if close > j and d._quoted_name_before(j, close):
                    skip_to = close + 1     # وقال "نور" في تصريحات له، إن …: the name the
                    continue                # article wrote before, set off by marks
            if d.cues[j] and d.cues[j][0] == "source" and _parenthetical_source(d, j) == k:
                # (the source in commas after the verb's subject; with ما and its verb,
                # حسبما أوردت وكالة X، read past its closing comma)
                skip_to = source_phrase_end(d, j) or -1
                continue
            if text in "”»" and _stray_closer(d, j, inside):
                continue    # قال فلان وزير الزراعة”، إن …: a closer with no quote to close
            # وأوضح الـ"X" أن، وذكرت صفحة "X" أن: the name in marks is the speaker's
            if text in "“«\"" and j > k + 1 and d.texts[j - 1] != ":" \
                    and d.norms[j - 1] != "ال" and d.norms[j - 1] not in MEDIUM_NOUNS:
                close = _short_quote_end(d, j, d.tok_index(sent.end))
                if close > j:     # أعلن فلان عن افتتاح "محطة الشمال": a name in marks
                    skip_to = close + 1
                    continue
            if (d.cues[j] and not _in_relative_clause(d, j)) or text in "“”«»\"":
                if c[0] == "source" and d.cues[j] and d.cues[j][0] == "verb" \
                        and j > k + 2 and said_at(d, k, d.n) != j:
                    # جاء ذلك على لسان المدير فلان، حيث قال إن …: the source is the
                    # speaker the verb after it goes on with
                    out.append((d.starts[k], "remember", (k, j)))
                break
            if _about_a_source(d, j):
                break       # رداً على سؤال حول تقارير … بأن: the أن of the reports
            if text == ":":
                if j == k + 1 and _byline(d, k):
                    break   # كتب : فلانة منذ ساعة: the writer's byline, no one's words
                if c[0] == "verb" and _unmarked_reach(d, k, j) and j + 1 < d.n \
                        and d.starts[j + 1] < sent.end and d.texts[j + 1] not in _MARK_CHARS:
                    out.append((d.starts[k], "unmarked", (k, j)))
                elif c[0] == "verb" and j + 1 < d.n and d.texts[j + 1] not in _MARK_CHARS \
                        and opens_clause(d, k, d.tok_index(sent.start)):
                    # وقالت المتحدثة … في مؤتمر صحفي في جنيف: …: words too far from the
                    # verb to be read as hers, but she is still the last speaker (her
                    # phrase read up to the colon)
                    out.append((d.starts[k], "remember", (k, j)))
                break
            reported = d.norms[j] in AN_WORDS or (appeal and appeal_complement(d, k, j))
            if reported and d.norms[j - 1] in SUBORDINATORS:
                continue    # وقال بعد أن التقى نظيره إن …: a clause of time, no report
            if reported and j - 2 > k and d.norms[j - 2] in RELATIVE_PRONOUNS \
                    and d.texts[j].startswith("أ") and not (
                        c[0] == "source" and d.cues[j - 1] and d.cues[j - 1][0] == "verb"):
                # أعلنت … الطريق، الذي يرجح أن يصل: أن of the relative clause's verb (قال
                # takes إن: وقال الوزير الذي حضر إن … stays the minister's); a speech verb
                # there after a source (على لسان المدير فلان، الذي أكد أن …) is the source's
                break
            if reported:
                if j == k + 1 and d.norms[k][c[2]:] in IMPERSONAL_FORMS:
                    break                   # يُذكر أن …: the writer's aside, no speaker
                t_end = d.tok_index(sent.end)
                if j + 1 < d.n and d.starts[j + 1] < sent.end and (
                        d.texts[j + 1] not in "“«\"”" or _term_opens_clause(d, j + 1, t_end)):
                    out.append((d.starts[k], "indirect", (k, j)))
                break
        else:
            if c[0] == "verb" and opens_clause(d, k, d.tok_index(sent.start)):
                out.append((d.starts[k], "remember", k))
    return out


def _continued(d: Doc, p: Paragraph, inside: Inside) -> list[tuple[int, str, int]]:
    """The sentences of paragraph ``p`` that go on with the reported words of the one
    before (وأن الوزارة ستصرف الرواتب في موعدها: :func:`.attribution.continues_speech`),
    outside quotes: ``(offset, "continued", token of و + أن)``."""
    out = []
    art = d.article
    i = bisect_left(art._sentence_starts, p.start)
    while i < len(art.sentences) and art.sentences[i].start < p.end:
        s = art.sentences[i].start
        t = d.tok_index(s)
        if t < d.n and d.starts[t] == s and not inside.holds(s) and continues_speech(d, t):
            out.append((s, "continued", t))
        i += 1
    return out


def _continued_row(d: Doc, t: int):
    """The indirect row of a sentence that goes on with reported words (``t``: its
    و + أن token): the words after أن to the next cue that opens a clause or quote
    mark, spoken by the last speaker; None with no speaker or for a fragment."""
    sp = d.last("unknown")
    if sp is None or not sp.name.strip():
        return None
    sent = d.article.sentence_at(d.starts[t])
    t_end = d.tok_index(sent.end)
    s, e = d.starts[t + 1], sent.end
    for u in range(t + 1, t_end):
        if d.texts[u] in _MARK_CHARS or (d.cues[u] and opens_clause(d, u, t + 1)):
            if u > t + 1 and d.norms[u - 1] in CLAUSE_WORDS:
                u -= 1
            e = d.starts[u]
            break
    while e > s and d.text[e - 1] in ".!?؟…،,;؛: ":
        e -= 1
    n_words = d.word_count(s, e) if e > s else 0
    if n_words <= _MAX_FRAGMENT_WORDS:
        return None
    return _row(d, "indirect", s, e, n_words, sp, d.texts[t], "continuation", False)


def _claim_before(d: Doc, k: int, inside: Inside) -> int | None:
    """The first token of the unmarked words a source cue after a comma attributes
    (ارتفعت أسعار الخبز بنسبة عشرين في المئة، حسبما قال وزير التجارة؛ …، وفق ما قاله
    X؛ …، بحسب ما أفاد X): the cue is ما with a speech verb, and the clause before the
    comma, from its sentence's start (after a wire dateline), holds no other cue, no
    quote mark and more than :data:`_MAX_FRAGMENT_WORDS` words. None otherwise (بحسب
    الوزارة alone, whose reading is no speech verb, and »، وفق ما قاله X after a quote,
    read by :func:`_direct_row`). docs/arabic.md, "Quotes and attribution"."""
    # …، على لسان الوزير: the comma before على (came_source: لسان after على)
    lead = 2 if d.norms[k] == "لسان" and came_source(d, k, d.n) is not None else 1
    if k < lead + 1 or d.texts[k - lead] not in ",،" or inside.holds(d.starts[k]):
        return None
    v = said_at(d, k, d.n)
    if lead == 1 and came_source(d, k, d.n) is None and (
            v is None or v >= d.n or not (d.cues[v] and d.cues[v][0] == "verb"
                                          or _verb_with_object(d, v) is not None)):
        return None
    if relayed(d, k, d.n):
        return None         # …، بحسب ما نقلت عنه وكالة X: a rule of its own
    sent = d.article.sentence_at(d.starts[k])
    first = _after_dateline(d, d.tok_index(sent.start), k)
    if k - first > _MAX_CLAIM_TOKENS:
        return None         # (a bound: a "sentence" of a whole page is no one claim)
    if any(d.cues[t] or d.texts[t] in _MARK_CHARS for t in range(first, k - lead)):
        return None         # another cue's words, or quoted words
    if d.word_count(d.starts[first], d.ends[k - lead - 1]) <= _MAX_FRAGMENT_WORDS:
        return None
    return first


def _claim_row(d: Doc, item):
    """The indirect row of the words before a source cue (``item`` = (cue token, first
    token of the words): :func:`_claim_before`), spoken by the cue's source (the
    subject of its verb); None when the cue names no one."""
    k, first = item
    sent = d.article.sentence_at(d.starts[k])
    sp, how = _source_speaker(d, k, k, d.tok_index(sent.end))
    if sp is None or not sp.name.strip():
        return None
    s, e = d.starts[first], d.ends[k - 2]
    while e > s and d.text[e - 1] in ".!?؟…،,;؛: ":
        e -= 1
    d.history.append(sp)
    return _row(d, "indirect", s, e, d.word_count(s, e), sp, d.texts[k], how, False)


def _stray_closer(d: Doc, j: int, inside: Inside) -> bool:
    """Whether the closing mark ” or » at token ``j`` closes no quote of its paragraph:
    it lies in no quoted span and right after none (a span ends at most two characters
    before its closing mark). Copy-edited text leaves such marks (قال الدكتور فلان وزير
    الزراعة”، إن …); the clause after them goes on as if the mark were not there."""
    x = d.starts[j]
    if inside.holds(x):
        return False
    k = bisect_left(inside.ends, x - 1)     # (the ends increase with the opens)
    return not (k < len(inside.ends) and inside.ends[k] <= x + 1)


def _byline(d: Doc, k: int) -> bool:
    """Whether the cue at token ``k`` is a byline verb (كتب، كتبت: attribution.tsv
    byline_verb) that opens its line: a line of the page's header, كتب : فلانة."""
    return d.norms[k] in BYLINE_VERBS and (
        k == 0 or "\n" in d.text[d.ends[k - 1]:d.starts[k]])


def _parenthetical_source(d: Doc, j: int) -> int | None:
    """The speech verb whose subject a source cue in commas follows (وقال فلان، بحسب
    صحيفة X المحلية، إن …: the words are the verb's, X only reported them), or None:
    the source cue at token ``j`` after a comma, a verb cue before it in its sentence
    with no أن/إن, quote mark or other cue between, and no ما after the cue (بحسب ما
    نقلت عنه X has a rule of its own). With no comma the verb's subject must stand
    between (وقال الوزير نقلا عن تقرير رسمي إن …: the minister's words, the report his
    source)."""
    if j < 2:
        return None
    comma = d.texts[j - 1] in ",،"
    if said_at(d, j, d.n) is not None and source_phrase_end(d, j) is None:
        return None     # بحسب ما نقلت عنه X has a rule of its own
    first = d.tok_index(d.article.sentence_at(d.starts[j]).start)
    if quoting_subject(d, j, first) is not None:
        return None     # وأفادت وكالة X، نقلاً عن مصادر، بأن …: the sources' words, X relays
    for v in range(j - 2, max(first - 1, j - 12), -1):
        if d.norms[v] in AN_WORDS or d.texts[v] in _MARK_CHARS:
            return None
        c = d.cues[v]
        if c:
            return v if c[0] == "verb" and d.norms[v][c[2]:] not in IMPERSONAL_FORMS and (
                comma or v < j - 1) else None
        if not comma and d.kinds[v] == "punct":
            return None
    return None


def _unmarked_reach(d: Doc, k: int, j: int) -> bool:
    """Whether the colon at token ``j`` is near enough to the speech verb at ``k`` to
    introduce its words: within :data:`_UNMARKED_REACH` tokens, or within twice that with
    no punctuation between, the speaker's phrase and where he or she spoke (وقالت
    المتحدثة باسم المفوضية فلانة في مؤتمر صحفي في جنيف: …)."""
    if j - k <= _UNMARKED_REACH:
        return True
    return j - k <= 2 * _UNMARKED_REACH and not any(
        d.kinds[t] == "punct" for t in range(k + 1, j))


def _in_relative_clause(d: Doc, k: int) -> bool:
    """Whether the cue at token ``k`` is the verb of a relative clause, right after
    الذي / التي … (attribution.tsv relative_pronoun: في تقريرها الذي سيعلن عنه …): it
    reports nothing of its own, and the clause's words belong to the verb before it."""
    return k > 0 and d.norms[k - 1] in RELATIVE_PRONOUNS and d.cues[k][0] == "verb"


def _term_opens_clause(d: Doc, t: int, t_end: int) -> bool:
    """Whether the mark at token ``t`` right after أن/إن opens a quoted name or term of
    one to three words that the clause goes on after (إن "الهلال العربي" السوري دخل):
    the clause is indirect speech, the name inside it."""
    close = _short_quote_end(d, t, t_end)
    # … إن «الوضع خطير جدا» يوم الأحد / في البلاد: a preposition or a time word after the
    # mark ends the speaker's words (phrase_end words), unless the marks hold a name
    return close > t and close + 1 < t_end and d.kinds[close + 1] == "arabic" and (
        not _is_stop(d.norms[close + 1], d.texts[close + 1])
        or _quoted_name(d, d.starts[t + 1], d.ends[close - 1]))


def _remember(d: Doc, item) -> None:
    """A speech verb that reports no words (وأعرب الوزير سامي حداد عن شكره), or a source
    cue before a verb with no subject of its own (جاء ذلك على لسان المدير سامي حداد، حيث
    قال إن …): its named person is still the last speaker of that gender, for a
    continuation that follows (وقال إن …). ``item``: the cue's token, or (token, the
    token its phrase ends at)."""
    k, stop = item if isinstance(item, tuple) else (item, None)
    sent = d.article.sentence_at(d.starts[k])
    sp, how = attribution(d, k, d.tok_index(sent.start),
                          d.tok_index(sent.end) if stop is None else stop)
    if sp and how in ("named", "source") and sp.type == "person" and sp.name.strip():
        d.history.append(sp)


def _indirect_row(d: Doc, item, kind: str = "indirect"):
    """The row of indirect speech for ``item`` = (cue token, أن token): the clause after
    أن to the next attribution or quote, where a scare quote or quoted name of one to
    three words (أن منظمة "X" في حاجة، كانت “ناجحة”) stays inside. None for a fragment of
    one to three words (أنها جمعت), whose speaker is still remembered. A colon after أن
    (قال إن: …) is not part of the words. ``kind`` "direct" for unmarked words after a
    colon (item = (cue token, colon token)): the same span rules."""
    k, j = item
    sent = d.article.sentence_at(d.starts[k])
    t_end = d.tok_index(sent.end)
    while j + 2 < t_end and d.texts[j + 1] == ":":
        j += 1
    whom = None
    if kind == "indirect" and d.norms[k][d.cues[k][2]:] in APPEAL_WHOM_FORMS \
            and d.norms[j].startswith("ب"):
        whom = called_on_end(d, j, t_end)   # أهاب بالمواطنين الالتزام …: past whom
        if whom < t_end and d.norms[whom] in AN_WORDS:
            j, whom = whom, None            # أهاب بالجميع أن …: the words after أن
    s, e = d.starts[j + 1], sent.end
    if whom is not None and whom < t_end:
        s = d.starts[whom]
    elif len(d.norms[j]) > 1 and d.norms[j] not in AN_WORDS and d.norms[j].startswith("ب"):
        s = d.starts[j] + 1     # طالب الحكومة بتوفير …: the words follow the attached ب
    if d.texts[j + 1] in _OPENERS and j + 2 < t_end:
        s = d.starts[j + 2]         # إن "الفريق الطبي" وصل: the words start inside the mark
    skip_to, stop = -1, None
    for t in range(j + 1, t_end):
        if t < skip_to:
            continue
        if d.texts[t] in _OPENERS:
            close = _short_quote_end(d, t, t_end)
            if close > t:
                skip_to = close + 1
                continue
        if d.texts[t] in _MARK_CHARS or (d.cues[t] and not _verb_of_words(d, j, t) and (
                opens_clause(d, t, j + 1) or _participle_before_an(d, t, t_end))):
            stop = t
            if t > j + 1 and d.norms[t - 1] in CLAUSE_WORDS:
                t -= 1
            e = d.starts[t]
            break
    while e > s and d.text[e - 1] in ".!?؟…،,;؛: ":
        e -= 1
    # (طالب بتوفير …: the word after the attached ب is a word of the row)
    n_words = d.word_count(d.starts[j] if s == d.starts[j] + 1 else s, e) if e > s else 0
    if n_words == 0:
        return None
    sp, how = attribution(d, k, d.tok_index(sent.start), j)
    src = next((t for t in d.cues_between(k + 1, j) if d.cues[t][0] == "source"
                and _parenthetical_source(d, t) == k), None)
    if sp is not None and src is not None and not sp.channel:
        # وقال فلان، بحسب صحيفة X، إن …: X passed the words on; حسبما نقلت عنه وكالة X
        relay_src = relayed(d, src, j)
        ch = None if relay_src and relay_src[1] else _source_speaker(d, src, src, j)[0]
        sp = replace(sp, channel=relay_src[1]) if relay_src and relay_src[1] else \
            replace(sp, channel=ch.name) if ch else sp
    relay = relayed(d, stop, t_end) if stop is not None and d.cues[stop] and (
        d.cues[stop][0] == "source") else None
    if relay:
        # قال X إن …، بحسب ما نقلت عنه وكالة Y: X's words, Y passed them on
        sp = sp or d.last(relay[0])
        sp = replace(sp, channel=relay[1]) if sp else None
    if sp and how != "continuation":
        d.history.append(sp)
    if n_words <= _MAX_FRAGMENT_WORDS:
        return None
    if stop is not None and d.texts[stop] in _OPENERS and kind == "indirect" and (
            _adverbial_lead_in(d, s, e, n_words, stop)):
        # وأضاف أنه في غياب تمويل إضافي "سيحرم …": the clause goes on inside the quote
        # marks; an adverbial before them is no claim of its own (the quote is the row)
        return None
    return _row(d, kind, s, e, n_words, sp, d.texts[k], how, False)


def _verb_of_words(d: Doc, j: int, t: int) -> bool:
    """Whether the cue at token ``t`` is the verb of the reported clause that أن/إن at
    token ``j`` opens, not a new attribution: it stands right after أن/إن with no و/ف
    (قال الوزير إنه يتابع الملف، قالت إنها ستعلن …: the pronoun on إنه is its subject,
    the words go on), unless a subject of its own follows it, a title or a PERSON mention
    (أفادت الوكالة أنه قال الرئيس فلان …: the president's attribution). docs/arabic.md,
    "Quotes and attribution" (the reported clause's subject)."""
    if _predicate_of_words(d, j, t):
        return True
    if t != j + 1 or d.norms[j] not in AN_WORDS or _conjoined(d.norms[t], d.cues[t][2]):
        return False
    u = t + 1
    return not (u < d.n and d.kinds[u] == "arabic" and (d.title_at(u) or any(
        m[0] == d.starts[u] for m in d.overlapping(d.starts[u], d.ends[u], "PERSON"))))


#: Tokens at most between إن / أن and the present verb of its clause's predicate.
_PREDICATE_REACH = 12


def _predicate_of_words(d: Doc, j: int, t: int) -> bool:
    """Whether the speech verb at token ``t`` is the predicate of the reported clause
    that إن / أن at token ``j`` opens, after that clause's own subject (قال فلان إن
    توجيهات الحكومة الأخيرة، تؤكد أنه لا وقت …: the directives "confirm", inside his
    words): a present form with no و / ف, right before أن/إن of its own, at most
    :data:`_PREDICATE_REACH` tokens after ``j``, with only words and commas between (no
    cue, أن/إن, quote mark or sentence end). A verb with its subject after it (…،
    تقول المنظمة) is an attribution (docs/arabic.md, "Quotes and attribution")."""
    c = d.cues[t]
    if not (c and c[0] == "verb" and d.norms[j] in AN_WORDS and j + 1 < t <= j + _PREDICATE_REACH
            and t + 1 < d.n and d.norms[t + 1] in AN_WORDS
            and not _conjoined(d.norms[t], c[2]) and d.norms[t][c[2]:][:1] in ("ت", "ي")
            and d.norms[t][c[2]:] not in PARTICIPLES):
        return False
    return all(d.kinds[u] == "arabic" and not d.cues[u] and d.norms[u] not in AN_WORDS
               or d.texts[u] in ",،" for u in range(j + 1, t))


def _predicate_after(d: Doc, t: int) -> bool:
    """Whether the cue at token ``t`` is the predicate of an earlier reported clause
    (:func:`_predicate_of_words`, its إن / أن searched back)."""
    return any(_predicate_of_words(d, j, t) for j in range(max(0, t - _PREDICATE_REACH), t - 1)
               if d.norms[j] in AN_WORDS)


def _participle_before_an(d: Doc, t: int, t_end: int) -> bool:
    """Whether token ``t`` is a speech participle right before أن/إن, or إلى / على and
    أن (… وفاة جديدة مضيفةً أن …، مشيرا إلى أن …): it attributes a new clause even with
    no comma before it, so the words before it end there."""
    c = d.cues[t]
    if not c or d.norms[t][c[2]:] not in PARTICIPLES or t + 1 >= t_end:
        return False
    nxt = d.norms[t + 1]
    return nxt in AN_WORDS or nxt in ("الي", "علي") and t + 2 < t_end \
        and d.norms[t + 2] in AN_WORDS


#: Conditionals that open an adverbial clause (إذا، لو، حال), normalised.
_CONDITIONALS = frozenset({"اذا", "لو", "حال", "حالة", "عند", "ما"})


def _adverbial_lead_in(d: Doc, s: int, e: int, n_words: int, stop: int) -> bool:
    """Whether the indirect words ``[s, e)`` of ``n_words`` run right up to the quote
    mark at token ``stop`` and are an adverbial of at most six words that opens with a
    preposition, a time word or a conditional (أنه في غياب تمويل إضافي "…"، أنه إذا
    استمر الوضع "…"): the reported clause is the quote; the words before it only set
    its condition."""
    k = d.tok_index(s)
    return n_words <= _MAX_SCARE_WORDS and d.text[e:d.starts[stop]].strip() == "" and (
        _is_stop(d.norms[k], d.texts[k]) or d.norms[k] in _CONDITIONALS)


def _short_quote_end(d: Doc, t: int, limit: int) -> int:
    """The closing mark's token of a quoted span of one to three words opened at token
    ``t`` (a scare quote or a quoted name: “ناجحة”), or of up to twelve after a naming
    noun (استخدم تعبير "…"، بعنوان "…": a term or title, :func:`_after_naming_noun`),
    else -1."""
    closers = _CLOSERS.get(d.texts[t], "")
    most = 12 if t > 0 and _after_naming_noun(d, t - 1, t) else 3
    words = 0
    for u in range(t + 1, min(limit, t + most + 3)):
        if d.texts[u] in closers:
            return u if 1 <= words <= most else -1
        if d.texts[u] in _MARK_CHARS or d.texts[u] in ".:؟?!":
            return -1
        words += d.kinds[u] in WORD_KINDS
    return -1
