"""The funding table: :func:`extract_funding` (a DataFrame), :func:`funding_rows` (named
rows for the pipeline) and :func:`funding_frame`.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter

import numpy as np
import pandas as pd

from .. import schema
from ..entities import mention_spans
from ..gazetteer import arabic_name, load_gazetteer
from ..schema import Funding, fixed_frame
from ..text import Article, normalise
from .currency import _CONTEXT_SOURCES, country_evidence, payer_currency
from .announcers import measure_announcers
from .kinds import figure_kind, lender_credit, line_kind
from .clauses import cause_names, side_clause_names
from .figures import _HEADLINE_WORDS, _SENTENCE_END, find_figures
from .lists import colon_lines, list_payer, payer_at, semicolon_list_colon
from .subject import (JOINT, _BACK_REACH, _BACK_REFERENCES, _CONTRACT_AFTER, _CONTRACT_BEFORE,
                      _CUES, _draft_projects, is_lender,
                      _fronted_topic, _funding_noun, _MentionIndex, amma_offsets,
                      _media_entities, _not_subject,
                      _org_types, _payer, _place_recipient, _recipient, _reporters,
                      _speech_frame, _subject, carried_lender, in_cost_clause, lender_payer,
                      unnamed_source_after,
                      listed_recipient, money_noun_phrase, sentence_lenders, side_country,
                      speaking_bodies)


#: Columns of :func:`extract_funding`: the data contract (:data:`khabar.schema.FUNDING`),
#: then extras; the fields of :class:`khabar.schema.Funding`.
COLUMNS = list(schema.Funding._fields)
_INT_COLUMNS = {"sentence", "start", "end", "paragraph", "restates", "part_of"}
_BOOL_COLUMNS = {"approximate", "vague", "restatement"}

_DTYPES = [np.int64 if c in _INT_COLUMNS else bool if c in _BOOL_COLUMNS else object
           for c in COLUMNS]


def extract_funding(article: Article, mentions) -> pd.DataFrame:
    """Funding figures in ``article``.

    Input: an analysed article and its mentions (a DataFrame with columns
    :data:`khabar.schema.MENTIONS`, or :func:`khabar.entities.mention_rows`; may be
    empty). Output: one row per figure, columns :data:`COLUMNS` =
    :data:`khabar.schema.FUNDING` (doc_id, text, amount, currency, approximate, subject,
    sentence, start, end, currency_source, payer) then paragraph, bound, cue, vague,
    currency_note, subject_rule, restatement, restates, part_of.

    - ``amount``: full units of the currency (1.2 مليار → 1200000000), int where whole,
      empty for a vague figure; ``currency``: ISO 4217 code, empty when ambiguous
      (``currency_note`` says why); no conversion between currencies;
      ``currency_source``: text | earlier mention | later mention (a share before
      its total: 70 مليونا من أصل 260 مليون دولار) | country in article | metadata |
      payer's country (a bare word takes the payer's country's currency: a Saudi grant in
      riyals) | "".
    - ``restatement`` / ``restates``: the figure restates the one starting at character
      ``restates`` in another currency (bracketed conversion, أي ما يعادل), or is a
      headline's figure that the body gives again, or gives an earlier sum again,
      rounded or exactly, in another sentence (docs/money.md); -1 otherwise.
      Totals skip restatements. ``part_of``: the ``start`` of the total this figure is a
      part of (بقيمة 10 ملايين دولار، منها 4 ملايين للصحة), -1 otherwise; totals skip
      parts too (or their total). Per-unit prices, exchange rates, banknote denominations
      and economic statistics (reserves, public debt, GDP, trade) are not rows.
    - ``payer``: the donor, lender or buyer (entity of an ORG mention) when the clause
      says (وقدم X، بتمويل من X), else "".
    - ``approximate``: a cue نحو، حوالي، قرابة، ما يقارب، تقارب … before, or تقريبًا after;
      ``bound``: lower (أكثر من، يتجاوز …) | upper (قد يصل إلى، حتى …) | empty; ``cue``:
      the cue as written.
    - ``subject``: the ``entity`` of a mention — a PROJECT in the same sentence, else an
      ORG right after the figure with ل (the recipient), else the PLACE the money goes to
      (منحة لليمن بقيمة …، 146 مليون دولار لسوريا), else the last PROJECT before when a
      contract noun (عقد، صفقة، اتفاقية …) is next to the figure, else the nearest ORG in
      the sentence that is not a payer of one of its figures, an outlet or a source; a
      restatement without one takes the subject of the figure it restates;
      ``subject_rule`` says which (docs/money.md).
    - ``sentence`` / ``paragraph``: 1-based numbers of :func:`khabar.text.analyse`.
    Raises nothing for text it does not understand: such spans are not rows.
    """
    return funding_frame(funding_rows(article, mentions))


def funding_rows(article: Article, mentions) -> list[Funding]:
    """The rows of :func:`extract_funding` as :class:`khabar.schema.Funding` named
    tuples (fields in :data:`COLUMNS` order), without building a DataFrame (the corpus
    pipeline builds one frame for all articles)."""
    figures = find_figures(article)
    if not figures:
        return []
    # A name that runs into a figure is no name the money roles may take (بما مجموعه
    # مليارين …: مجموعه, "its total", is the cue noun مجموعة, "group", once normalised).
    # Nor is a cue noun and a noun of money (كتلة الأجور، مجموعة الإيرادات): the money
    # itself, no body (money_noun_phrase).
    norm = article.normalised
    spans = [(m.entity, m.label, m.start, m.end) for m in mention_spans(mentions)
             if not _overlaps_figure(figures, m.start, m.end)
             and not (m.label == "ORG" and money_noun_phrase(
                 norm.norm[norm.index(m.start):norm.index(m.end)]))
             and not (m.label == "ORG" and _after_value_word(norm, m.start))]
    ments = _MentionIndex(spans)
    unnamed = _without_names(norm, spans)
    media = _media_entities(mentions)
    drafts = _draft_projects(article, ments)
    # What cannot be a subject depends on the sentence alone: worked out once per
    # sentence, not once per figure (one long sentence may hold thousands of both).
    not_subject: dict[int, set[str]] = {}
    reporters: dict[int, list[tuple[str, int]]] = {}
    speakers: dict[int, list[tuple[str, int]]] = {}
    lenders: dict[int, list[tuple]] = {}
    amma: dict[int, list[int]] = {}
    org_types = _org_types(mentions)
    arabic = load_gazetteer().arabic       # once per article, not once per name
    funding = [(f, article.sentence_at(f["start"])) for f in figures if not f["not_funding"]]
    # sentence → the starts of its funding figures that are items of their own (not a
    # conversion of the figure before: 175 مليار دينار " 1.3 مليار دولار " لوزارة الزراعة)
    figure_starts: dict[int, list[int]] = {}
    for g, s_g in funding:                     # in text order: sorted
        if not g["restatement"]:
            figure_starts.setdefault(s_g.start, []).append(g["start"])
    # An outlet reports money and never gives it (a quoted "المملكة" is also a channel's
    # name): no payer, as it is no subject.
    payers = [p if p not in media else ""
              for p in (_payer(article, f, sent, ments) for f, sent in funding)]
    # A payer of any figure of a sentence is what gives, not what its money is for
    # (قدم الصندوق قروضا بقيمة …، واعتمد منحا بقيمة …: the second figure too).
    sentence_payers: dict[int, set[str]] = {}
    for (_, sent), payer in zip(funding, payers):
        if sent.start not in sentence_payers:
            sentence_payers[sent.start] = set()
        for one in payer.split(JOINT):     # قدمت ألمانيا وفرنسا …: each of two givers
            if one and one not in sentence_payers[sent.start]:
                sentence_payers[sent.start] |= _with_co_payers(article, sent, ments, one)
            sentence_payers[sent.start].add(one)
    # The recipient right after a figure (175 مليار دينار لوزارة الزراعة) is that
    # figure's, never the fallback subject of another figure of its sentence.
    recipients = [_recipient(article, f, sent, ments) for f, sent in funding]
    sentence_recipients: dict[int, list[tuple[int, str]]] = {}
    for k, ((_, sent), rec) in enumerate(zip(funding, recipients)):
        if rec:
            sentence_recipients.setdefault(sent.start, []).append((k, rec))
    # … and so is the recipient written with ل right before a figure (لوزارة الصحة 50
    # مليون دينار), whatever the other figure names after it.
    listed = [listed_recipient(article, f, sent, ments) for f, sent in funding]
    # 3 ملايين لبلدية إربد و2 مليون لبلدية الزرقاء: the name before the second figure is
    # the first one's recipient; the second names its own after it
    listed = [""
              if rec and k and recipients[k] and rec == recipients[k - 1]
              and funding[k - 1][1].start == funding[k][1].start else rec
              for k, rec in enumerate(listed)]
    sentence_listed: dict[int, list[tuple[int, str]]] = {}
    for k, ((_, sent), rec) in enumerate(zip(funding, listed)):
        if rec:
            sentence_listed.setdefault(sent.start, []).append((k, rec))
    # total's start → the recipients of its parts (after or before each part)
    parts_recipients: dict[int, list[tuple[int, str]]] = {}
    for k, (g, _) in enumerate(funding):
        if g["part_of"] >= 0 and (recipients[k] or listed[k]):
            parts_recipients.setdefault(g["part_of"], []).append(
                (k, recipients[k] or listed[k]))
    total_payers: dict[int, str] = {}      # a total's start → its payer
    first_part: dict[int, int] = {}        # a total's start → its first part's start
    part_spans: dict[int, list[tuple[int, int]]] = {}   # a total → its parts' stretches
    for k, (g, sent_k) in enumerate(funding):
        if g["part_of"] >= 0:
            first_part.setdefault(g["part_of"], g["start"])
            nxt = funding[k + 1][0]["start"] if k + 1 < len(funding) else sent_k.end
            part_spans.setdefault(g["part_of"], []).append((g["start"], min(nxt, sent_k.end)))
    ends = sorted(g["_nend"] for g in figures)   # where each figure ends, for kind
    lines = colon_lines(article)           # list item's paragraph → its colon line
    rows = []
    by_payer: dict[int, str] = {}          # figure (_nstart) → the currency its payer gave
    settled: dict[str, tuple[str, int]] = {}   # bare currency word → (code, paragraph)
    for i, ((f, sent), payer) in enumerate(zip(funding, payers)):
        s_norm = norm.index(sent.start)
        window = norm.norm[max(s_norm, f["_nstart"] - _CONTRACT_BEFORE):f["_nstart"]] + " " + \
            norm.norm[f["_nend"]:min(norm.index(sent.end), f["_nend"] + _CONTRACT_AFTER)]
        if sent.start not in not_subject:
            not_subject[sent.start] = _not_subject(article, sent, ments, org_types) \
                | cause_names(article, sent, ments)
            reporters[sent.start] = _reporters(article, sent, ments) \
                + _speech_frame(article, sent, ments)
            speakers[sent.start] = speaking_bodies(article, sent, ments)
            lenders[sent.start] = sentence_lenders(article, sent, ments, org_types, arabic)
            amma[sent.start] = amma_offsets(article, sent)
        exclude = not_subject[sent.start] | sentence_payers[sent.start] | media | {
            ent for ent, at in reporters[sent.start] if at <= f["start"]} \
            | measure_announcers(article, f, sent, ments) \
            | side_clause_names(article, f, sent, ments)
        if payer and speakers[sent.start]:
            # a body of the giver's own country that announces its gift is not what the
            # gift is for (أعلنت الخارجية الأمريكية أن الولايات المتحدة تقدم …); the
            # receiving side's body may be (قالت المالية العراقية إن اليابان ستقرض …)
            side = side_country(payer)
            exclude |= {ent for ent, at in speakers[sent.start] if at <= f["start"]
                        and side and side_country(ent) == side}
        recipient = recipients[i]
        place = _place_recipient(article, f, sent, ments, {payer} if payer else frozenset())
        topic = _fronted_topic(article, f, sent, ments, amma[sent.start])
        # a project of another item of the sentence's list is not this figure's (عقد مشروع
        # أ بمبلغ …، ومشروع ب بـ …)
        items = figure_starts.get(sent.start, [])
        not_projects = drafts | _other_items_names(article.text, f, sent, ments, items,
                                                   "PROJECT", True)
        # … and so is a body that opens a later item (…، تلتها وزارة الداخلية بـ …)
        exclude |= _other_items_names(article.text, f, sent, ments, items, "ORG", False)
        subject, rule = _subject(f["start"], f["end"], sent, window, ments, exclude,
                                 "" if recipient in exclude else recipient, not_projects,
                                 place, topic, listed[i])
        # a lender written with ل just before the figure is given it (قدمت الحكومة للصندوق
        # 50 مليون دينار: the recipient); any other is no fallback subject
        lent = {ent for ent, _, me, _, lam in lenders[sent.start]
                if not (lam and 0 <= f["start"] - me <= 30)}
        others = {rec for k, rec in sentence_recipients.get(sent.start, ())
                  if k != i and rec != recipient} if _own_destination(norm.norm, f) else set()
        others |= {rec for k, rec in sentence_listed.get(sent.start, ())
                   if k != i and rec != listed[i] and rec != recipient}
        # بقيمة 10 ملايين دولار، منها 2 مليون دولار لوزارة الصحة: what a part goes to is
        # the part's, not its total's (docs/money.md "A total and its parts")
        others |= {rec for k, rec in parts_recipients.get(f["start"], ())
                   if rec != recipient}
        if f["start"] in first_part:
            # … 400 مليار دينار، منها 150 مليار لدعم القمح "الديوان الوطني للحبوب":
            # a name among the parts is theirs, not the total's
            # (not a body also named before the parts: الميزانية الكلية للمؤسسة …، صرف
            # منها 12 مليارا، ذهب منها 5 مليارات لمشروعات الشركة)
            others |= {m[0] for m in ments.within("ORG", first_part[f["start"]], sent.end)} \
                - {m[0] for m in ments.within("ORG", sent.start, first_part[f["start"]])}
        elif f["part_of"] >= 0:
            # … و100 مليار دينار للحليب: a name in another part's stretch is that part's
            others |= {m[0] for lo, hi in part_spans.get(f["part_of"], ())
                       if not lo <= f["start"] < hi for m in ments.within("ORG", lo, hi)}
        if rule == "organisation in sentence" and (subject in lent or subject in others):
            # A development fund, programme or lending bank named in the sentence gives
            # the money (وقع الصندوق السعودي للتنمية اتفاقية قرض …): its payer, and the
            # subject is another name of the sentence, or none (docs/money.md); so is
            # the recipient of another figure (… ثم 175 مليار دينار لوزارة الزراعة).
            subject, rule = _subject(f["start"], f["end"], sent, window, ments,
                                     exclude | lent | others, "", not_projects, place,
                                     topic)
        side = not payer and in_cost_clause(article, f, sent)
        if not payer and not side and not unnamed_source_after(article, f, ments):
            payer = lender_payer(article, f, [x for x in lenders[sent.start]
                                              if x[0] != subject])
        if not payer and not side and not any(x[3] for x in lenders[sent.start]):
            # a lender named once, then وسيقدم البنك … / القرض البالغ … in the next
            # sentence of the paragraph (docs/money.md)
            previous = _previous_lender(article, sent, ments, org_types, arabic, lenders) \
                or _previous_giver(article, sent, ments, figure_starts)
            if previous != subject:
                payer = carried_lender(article, f, sent, ments, previous)
        if not payer:
            # - 3 ملايين دولار للمدارس, under وقدمت المؤسسة المنح التالية: (docs/money.md)
            payer = list_payer(article, lines.get(sent.paragraph),
                               lambda at, line: _payer(article, at, line, ments))
        if not payer and not side:
            # … تشمل: قرض بقيمة 30 مليون دينار؛ ومنحة بقيمة 5 ملايين دينار: a later item of
            # a list run on after a colon takes its first item's giver (docs/money.md)
            payer = _run_on_item_payer(article, sent, rows)
        if not payer and f["part_of"] >= 0:
            # منحة بقيمة 10 ملايين دولار، منها 2 مليون للصحة: a part is its total's giver's
            payer = total_payers.get(f["part_of"], "")
        total_payers[f["start"]] = payer
        currency, source, note = f["currency"], f["currency_source"], f["currency_note"]
        # A bare currency word takes the payer's country over the story's (a Saudi grant
        # in riyals to Yemen), and a part carried from such a sum follows it.
        code = payer_currency(f, payer) or (by_payer.get(f.get("_carried_from", -1), "")
                                            if source in _CONTEXT_SOURCES else "")
        if code:
            currency, source, note = code, "payer's country", ""
            by_payer[f["_nstart"]] = code
            settled[f.get("_base")] = (code, sent.paragraph)
        elif not currency and f.get("_base") in settled \
                and sent.paragraph - settled[f["_base"]][1] <= 1:
            # the same bare word, ambiguous, with no payer of its own, in that paragraph or
            # the next (a grant announced, then the donor's words about it): the currency
            # the earlier figure's payer settled
            currency, source, note = settled[f["_base"]][0], "payer's country", ""
        # the words between the figure before (in its sentence) and this one say its kind
        k_before = bisect_left(ends, f["_nstart"] + 1)
        before = ends[k_before - 1] if k_before else 0
        kind = figure_kind(unnamed, max(s_norm, before), f["_nstart"], f["_nend"],
                           norm.index(sent.end),
                           rows[-1].kind if rows and rows[-1].sentence == sent.sentence
                           and before > s_norm and before == funding[i - 1][0]["_nend"]
                           else "")
        if kind == "budget" and payer and lender_credit(unnamed, max(s_norm, before),
                                                        f["_nstart"]) \
                and any(is_lender(normalise(arabic_name(one)), org_types.get(one, ""))
                        for one in payer.split(JOINT)):
            kind = "loan"     # اعتمادات from a lender: credits, not a budget's appropriations
        if not kind:
            # - 3 ملايين دينار للصحة, under وقدمت المؤسسة المنح التالية: (docs/money.md)
            line = lines.get(sent.paragraph)
            if line is not None:
                colon = article.text.rfind(":", line.start, line.end)
                kind = line_kind(unnamed, norm.index(line.start), norm.index(colon))
        if not kind:
            # قدمت النرويج منحة جديدة لليمن. وتبلغ قيمتها 15 مليون دولار: the money the
            # sentence before announced, with no figure of its own (docs/money.md)
            kind = _pronoun_kind(article, unnamed, f, sent, figure_starts)
        rows.append(Funding(
            article.doc_id, f["text"], f["amount"], currency, f["approximate"], subject,
            sent.sentence, f["start"], f["end"], source, payer, sent.paragraph,
            f["bound"], f["cue"], f["vague"], note, rule, f["restatement"],
            f["restates"], f["part_of"], kind))
    return _inherited_kinds(_restated_subjects(
        _body_restatements(article, _passive_gifts(article, rows))))


#: A break between two items of a list in one sentence (… بمبلغ 30 مليونا، ومشروع …).
_ITEM_BREAK = re.compile(r"[،,;؛]")


def _other_items_names(text: str, f: dict, sent, ments: _MentionIndex, starts: list[int],
                       label: str, before: bool) -> set[str]:
    """The ``label`` entities of ``sent`` that belong to another figure's item of a list in
    that sentence, not to the figure ``f``. After ``f``: one past another figure, or past an
    item break (a comma, a semicolon) with another figure after the name (تصدرت وزارة
    المالية الإنفاق بمبلغ 16 تريليونا، تلتها وزارة الداخلية بـ 8 تريليونات: the second
    ministry is the 8 trillion's; … بـ 31 مليونا، ومشروع ج بـ 870 ألفا: ج is the 870
    thousand's), while one right after the figure (5 ملايين لوزارة الصحة، بقيمة 5 ملايين
    لمشروع د) stays a candidate. With ``before``, also one before ``f`` with another
    figure between them (عقد مشروع أ بمبلغ 30 مليونا، ومشروع ب بـ 31 مليونا: أ is the 30
    million's); without, every name before ``f`` is its own. An entity also named within
    ``f``'s own item is kept. ``starts``: the sorted starts of the sentence's funding
    figures, conversions left out. The ORG (``before`` False) and PROJECT (``before``
    True) names of a list (docs/money.md "Subject and payer")."""
    if len(starts) < 2 or (not before and starts[-1] <= f["end"]):
        return set()
    other, own = set(), set()

    def between(lo: int, hi: int) -> bool:        # a figure starts in [lo, hi)
        k = bisect_left(starts, lo)
        return k < len(starts) and starts[k] < hi

    for ent, _, ms, me in ments.within(label, sent.start, sent.end):
        if before and me <= f["start"]:
            theirs = between(me, f["start"])
        elif ms >= f["end"]:
            theirs = _later_item(text, f, ms, me, starts)
        else:
            theirs = False
        (other if theirs else own).add(ent)
    return other - own


def _later_item(text: str, f: dict, ms: int, me: int, starts: list[int]) -> bool:
    """Whether a name at ``ms``–``me``, after the figure ``f``, is in a later item of the
    sentence's list: another figure starts between ``f`` and the name, or an item break
    stands between them and a figure starts after the name."""
    k = bisect_left(starts, f["end"])
    if k < len(starts) and starts[k] < ms:
        return True
    return _ITEM_BREAK.search(text, f["end"], ms) is not None and starts[-1] >= me


def _after_value_word(norm, start: int) -> bool:
    """Whether an ORG mention at ``start`` is an indefinite cue noun right after a word
    that gives a value (money_cues.tsv value_word: بقيمة، بمبلغ), the value's adjective
    and no body (بقيمة كلية تزيد على …: "of a total value", كلية also "college"). Not
    after a value word that also names a giver or a body's money (payer_prep بتمويل:
    بتمويل صندوق النقد الدولي; a measure noun with ب: بميزانية وزارة الصحة)."""
    n = norm.index(start)
    before = norm.norm[max(0, n - 20):n].split()
    if not before or before[-1] not in _VALUE_WORDS or before[-1] in _PAYER_PREPS \
            or before[-1].removeprefix("ب") in _MEASURE_NOUNS:
        return False
    after = norm.norm[n:n + 12].split()
    return bool(after) and not after[0].startswith("ال")


_PAYER_PREPS = _CUES.get("payer_prep", set())
_MEASURE_NOUNS = _CUES.get("measure", set())


def _without_names(norm, spans) -> str:
    """The normalised text with every name of ``spans`` blanked: a noun of money inside a
    body's name (صندوق الاستثمارات العامة، بنك التنمية والقروض) says nothing of the kind of
    the money that body gives."""
    chars = list(norm.norm)
    for _, _, start, end in spans:
        lo, hi = norm.index(start), norm.index(end)
        chars[lo:hi] = " " * (hi - lo)
    return "".join(chars)


def _inherited_kinds(rows: list[Funding]) -> list[Funding]:
    """A restatement (its conversion in brackets, a headline's repeat) is of the kind of
    the figure it restates, whatever words follow it (… أي ما يعادل 547 مليون جنيه
    للمساهمة في تمويل …: the loan restated); a part (منها 4 ملايين للصحة) whose own words
    name no kind is of its total's: the same money."""
    by_start = {r.start: r for r in rows}
    out = []
    for r in rows:
        restated = by_start.get(r.restates) if r.restatement else None
        total = by_start.get(r.part_of) if r.part_of >= 0 else None
        if restated is not None and restated.kind:
            r = r._replace(kind=restated.kind)
        elif not r.kind and total is not None and total.kind:
            r = r._replace(kind=total.kind)
        out.append(r)
    return out


_PASSIVE = _CUES.get("passive", set())
#: The word that gives a noun's value before a figure (money_cues.tsv value_word: بقيمة،
#: بمبلغ، قيمته).
_VALUE_WORDS = _CUES.get("value_word", set())
_GIVING_NOUNS = _CUES.get("giving_noun", set())


def _passive_gifts(article: Article, rows: list[Funding]) -> list[Funding]:
    """A figure with no payer right after a passive of giving (money_cues.tsv passive and
    giving_noun: وسيتم تقديم 20 مليون دولار …، كما سيتم تخصيص نحو 15 مليون دولار …) takes
    the payer of the rows before it when they name one payer only: a donor's plan
    announced once and then listed line by line in the passive, often over several
    paragraphs (docs/money.md). Two givers so far, or none, give nothing."""
    norm = article.normalised
    out: list[Funding] = []
    payers: set[str] = set()
    for r in rows:
        if not r.payer and len(payers) == 1 and _after_passive_gift(norm, r):
            r = r._replace(payer=next(iter(payers)))
        if r.payer:
            payers.add(r.payer)
        out.append(r)
    return out


def _after_passive_gift(norm, r: Funding) -> bool:
    """Whether the two words before the figure ``r`` (its cue aside: نحو، ما يقرب من) are a
    passive verb and a verbal noun of giving (سيتم تقديم، وتم تخصيص)."""
    n = norm.index(r.start)
    words = norm.norm[max(0, n - 80):n].split()
    if r.cue:
        words = words[:len(words) - len(normalise(r.cue).split())]
    # سيتم تخصيص منحة أخرى بقيمة 6 ملايين دولار: the gift's noun, at most one word after
    # it, and its value word between the verbal noun and the figure
    if len(words) >= 4 and words[-1] in _VALUE_WORDS:
        for k in (2, 3):
            if len(words) > k + 1 and _funding_noun(words[-k]):
                words = words[:-k]
                break
    return len(words) >= 2 and words[-1] in _GIVING_NOUNS \
        and any(words[-2] == p or words[-2][:1] in "وف" and words[-2][1:] == p
                for p in _PASSIVE)


#: The words that start a figure's own destination or source right after it (لقطاع الموانئ،
#: للتعليم، إلى تشغيل، من احتياطي الطوارئ), past its bracketed or quoted conversion.
_OWN_DESTINATION = re.compile(r'\s*(?:[("«“][^()"«»“”]*[)"»”]\s*)?(?:ل|الي(?!\w)|من(?!\w))')


def _overlaps_figure(figures: list[dict], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps a figure's span (``figures`` in text order, their
    spans disjoint): by bisection on the figures' starts."""
    k = bisect_left(figures, end, key=lambda f: f["start"])
    return k > 0 and figures[k - 1]["end"] > start


def _own_destination(norm: str, f: dict) -> bool:
    """Whether the figure ``f`` names where its money goes or comes from right after it
    (:data:`_OWN_DESTINATION`): then another figure's recipient in its sentence is not
    its subject (530 مليار دينار لقطاع الموانئ ونحو 175 مليار دينار لوزارة الزراعة);
    a figure that names none (… وكانت حصة القرى منه 9 ملايين دولار) may be a part of the
    other's gift, and its recipient stays a candidate."""
    return _OWN_DESTINATION.match(norm, f["_nend"]) is not None


def _run_on_item_payer(article: Article, sent, rows: list[Funding]) -> str:
    """The payer of the first figure after the colon of the run-on list (items split by
    semicolons, :func:`khabar.money.lists.semicolon_list_colon`) whose later item ``sent``
    is, "" when ``sent`` is no such item or that figure has no payer. ``rows``: the rows
    so far, in text order."""
    colon = semicolon_list_colon(article, sent)
    if colon < 0:
        return ""
    first = next((r for r in rows if colon < r.start < sent.start and not r.restatement), None)
    return first.payer if first is not None else ""


#: A value noun with the pronoun of the money before (وتبلغ قيمتها …، قيمته): money_cues.tsv
#: back_reference, the words that are no definite noun.
_VALUE_PRONOUNS = {w for w in _CUES.get("back_reference", set()) if not w.startswith("ال")}


def _pronoun_kind(article: Article, unnamed: str, f: dict, sent,
                  figure_starts: dict[int, list[int]]) -> str:
    """The kind of the money the sentence before ``sent`` (in its paragraph, with no
    figure of its own) names (:func:`~khabar.money.kinds.line_kind`) when the words
    right before the figure ``f`` are a value noun with its pronoun
    (:data:`_VALUE_PRONOUNS`: وتبلغ قيمتها 15 مليون دولار); "" otherwise."""
    norm = article.normalised
    words = norm.norm[max(norm.index(sent.start), f["_nstart"] - 30):f["_nstart"]].split()
    if not any(w in _VALUE_PRONOUNS or w[:1] in "وبف" and w[1:] in _VALUE_PRONOUNS
               for w in words[-2:]):
        return ""
    k = sent.sentence - 2
    if k < 0 or k >= len(article.sentences):
        return ""
    prev = article.sentences[k]
    if prev.paragraph != sent.paragraph or prev.start in figure_starts:
        return ""
    return line_kind(unnamed, norm.index(prev.start), norm.index(prev.end))


def _previous_giver(article: Article, sent, ments: _MentionIndex,
                    figure_starts: dict[int, list[int]]) -> str:
    """The giver that the sentence right before ``sent`` in its paragraph names when it
    announces money without a figure (قدم الاتحاد الأوروبي منحة جديدة للأردن.، وقعت الحكومة
    مع الاتحاد الأوروبي اتفاقية منحة.): the payer :func:`khabar.money.lists.payer_at`
    gives at that sentence's end, as the money of that sentence would
    have; "" when that sentence has a funding figure of its own (its giver is that
    figure's) or names none. A country or body, not only a lender: the next sentence
    gives the sum (وتبلغ قيمة المنحة 20 مليون يورو) and :func:`carried_lender` decides
    whether it refers back (docs/money.md "Subject and payer")."""
    k = sent.sentence - 2
    if k < 0 or k >= len(article.sentences):
        return ""
    prev = article.sentences[k]
    if prev.paragraph != sent.paragraph or prev.end > sent.start or prev.start in figure_starts:
        return ""
    end = len(article.text[prev.start:prev.end].rstrip(" .!؟?\n")) + prev.start
    return payer_at(article, end, prev, lambda at, line: _payer(article, at, line, ments))


def _previous_lender(article: Article, sent, ments: _MentionIndex, org_types, arabic,
                     cache: dict[int, list[tuple]]) -> str:
    """The one lender that may pay (:func:`khabar.money.subject.sentence_lenders`) named
    by the sentence right before ``sent`` in the same paragraph, "" if none or several.
    ``cache``: sentence start → its lenders, filled as needed (each sentence is read once)."""
    k = sent.sentence - 2
    if k < 0 or k >= len(article.sentences):
        return ""
    prev = article.sentences[k]
    if prev.paragraph != sent.paragraph or prev.end > sent.start:
        return ""
    if prev.start not in cache:
        cache[prev.start] = sentence_lenders(article, prev, ments, org_types, arabic)
    names = {x[0] for x in cache[prev.start] if x[3]}
    return names.pop() if len(names) == 1 else ""


def _with_co_payers(article: Article, sent, ments: _MentionIndex, payer: str) -> set[str]:
    """``payer`` and the names joined to one of its mentions by و right after it (التي
    قدمها الصندوق وحكومة أبوظبي: both give), in ``sent``."""
    out = {payer}
    orgs = ments.within("ORG", sent.start, sent.end)
    for a, b in zip(orgs, orgs[1:]):
        if a[0] == payer and 0 <= b[2] - a[3] <= 2 \
                and article.text[a[3]:b[2] + 1].strip().startswith("و"):
            out.add(b[0])
    return out


_ANOTHER = _CUES.get("another", set())


def _body_restatements(article: Article, rows: list[Funding]) -> list[Funding]:
    """Flag a body figure that states again a sum an earlier sentence gave (the same
    amount and currency, no payer or subject that differs from the earlier one's, and no
    word of another sum such as أخرى، جديد، إضافي nor a negation right before it: وقع
    البنك اتفاقية قرض بقيمة 350 مليون دولار … وأشار البيان إلى أن القرض البالغ 350 مليون
    دولار …) as a restatement of the first (``restates`` = its start), as a headline's
    figure is: a total that skips restatements counts one loan once (docs/money.md). When
    the first is in a headline-shaped paragraph (a headline under a page's header lines),
    the first is flagged instead, so the body's row counts. A bare currency word the
    article never settles (currency empty) counts by its word, as its ``currency_note``
    names it (35 مليون دينار … القرض البالغ 35 مليون دينار). Figures of one
    sentence, vague ones and those with neither are left alone, and so is one item
    of a list of sums in its sentence (bounds aside) whose recipient follows it where the
    earlier one named no subject (تخصيص 800 مليون دينار للمدارس و4 مليارات دينار لوزارة
    الصحة: another allocation). A figure with no earlier one of its amount may restate
    one of another amount that rounds to it, or it to that one, for the same subject and
    kind (:func:`_rounded_restatement`: 1.2 مليار … 1.22 مليار دولار). One pass with
    dicts keyed by (amount, currency) and by currency, each figure compared with at most
    :data:`_RESTATED_BACK` before it: linear in the number of rows."""
    first: dict[tuple, list[int]] = {}    # (amount, currency) → indices in ``out``
    by_unit: dict[str, list[int]] = {}    # currency → indices in ``out``, any amount
    out: list[Funding] = []
    per_sentence = Counter(r.sentence for r in rows if not r.restatement
                           and (r.currency or r.currency_note) and not r.bound)
    for r in rows:
        # a bare currency word never settled counts by its word (its note names it)
        unit = r.currency or r.currency_note
        if r.restatement or r.vague or r.amount is None or not unit:
            out.append(r)
            continue
        key = (r.amount, unit)
        earlier = first.setdefault(key, [])
        # the nearest earlier figure of that sum it may restate: 2 مليون دولار للأونروا …
        # مليوني دولار إلى أوكرانيا … ومليوني دولار للاجئين الأوكرانيين restates the second
        # (a bounded look back keeps the pass linear)
        k = next((k for k in reversed(earlier[-_RESTATED_BACK:])
                  if _may_restate(article, out[k], r, per_sentence)), None)
        if k is None:
            # the same sum rounded in one sentence and exact in the other (عقد بقيمة 1.2
            # مليار دولار … عقدا بقيمة 1.22 مليار دولار): one subject and kind named twice
            k = next((k for k in reversed(by_unit.get(unit, [])[-_RESTATED_BACK:])
                      if _rounded_restatement(article, out[k], r, per_sentence)),
                     None)
        if k is None:
            earlier.append(len(out))
            by_unit.setdefault(unit, []).append(len(out))
        else:
            a = out[k]
            if _headline_shaped(article, a.paragraph) and r.paragraph != a.paragraph:
                # a headline under a page's header lines: the body's row counts, as
                # for a first-line headline (figures._headline_repeats)
                out[k] = a._replace(restatement=True, restates=r.start)
                earlier[earlier.index(k)] = len(out)
            else:
                r = r._replace(restatement=True, restates=a.start)
        out.append(r)
    return out


#: How many earlier figures of one sum :func:`_body_restatements` compares a figure with.
_RESTATED_BACK = 8


#: A country the money goes to and a project of the other sentence: one loan's two sides.
_PLACE_AND_PROJECT = {"place the money goes to", "project in sentence"}


def _may_restate(article: Article, a: Funding, r: Funding, per_sentence: Counter) -> bool:
    """Whether the figure ``r`` may restate the earlier figure ``a`` of the same sum: in
    another sentence, no payer or subject that differs (two names of one country aside),
    no word of another sum or a negation before ``r`` (:func:`_another_before`), and not
    one item of a list of sums whose recipient follows it where ``a`` named no subject. A
    country the money goes to and a project named in the other sentence do not differ
    (قرض للأردن بقيمة 60 مليون دولار … إلى برنامج تأهيل المدارس بقيمة 60 مليون
    دولار: the borrower, then what its loan builds). Paragraphs apart (more than
    :data:`_RESTATED_PARAGRAPHS`), they must also be the same money (:func:`_same_money`),
    unless ``a`` is in a headline-shaped paragraph (a headline under a page's header
    lines announces the body's sum)."""
    norm = article.normalised
    return a.sentence != r.sentence and not _differs(a.payer, r.payer) \
        and (r.paragraph - a.paragraph <= _RESTATED_PARAGRAPHS or _same_money(norm, a, r)
             or _headline_shaped(article, a.paragraph)) \
        and not (_differs(a.subject, r.subject) and not _one_country(a.subject, r.subject)
                 and {a.subject_rule, r.subject_rule} != _PLACE_AND_PROJECT) \
        and not _another_before(norm, r) \
        and not (r.subject_rule == "recipient after figure" and not a.subject
                 and per_sentence[r.sentence] > 1)


#: How many paragraphs after an earlier figure of its sum a figure may restate it with
#: nothing else in common (the same paragraph or the two after it: a lead's sum given again
#: in the body, a paragraph between); further on it must name the same payer or subject or
#: refer back to the money (:func:`_same_money`).
_RESTATED_PARAGRAPHS = 2


def _same_money(norm, a: Funding, r: Funding) -> bool:
    """Whether the figure ``r``, paragraphs after ``a`` of the same sum, says it is the same
    money: both name one payer or one subject (not empty), or a definite noun of that money
    or a pronoun of its value (:data:`khabar.money.subject._BACK_REFERENCES`: القرض البالغ،
    المنحة، قيمتها) stands in the :data:`~khabar.money.subject._BACK_REACH` words before
    ``r``. An equal sum far off with nothing in common is another sum (a ministry's 5
    million in one paragraph, a donor's 5 million three paragraphs on), docs/money.md "One
    sum, one total"."""
    if a.payer and a.payer == r.payer or a.subject and (
            a.subject == r.subject or _one_country(a.subject, r.subject)):
        return True
    n = norm.index(r.start)
    words = norm.norm[max(0, n - 80):n].split()[-_BACK_REACH:]
    return any(w in _BACK_REFERENCES or w[:1] in "وبفل" and w[1:] in _BACK_REFERENCES
               for w in words)


#: A figure's number as written: digits, and at most two after a decimal separator
#: (1.2، 1,22، 4.5; three after a comma are a thousands group).
_WRITTEN_NUMBER = re.compile(r"(\d+)(?:[.,٫ر](\d{1,2})(?!\d))?")


def _written_unit(norm, r: Funding) -> float:
    """The place value of the last digit of the figure ``r`` as written: 10⁸ for 1.2 مليار,
    10⁶ for 20 مليون, 10⁷ for 1.22 مليار; 0 when its number has no scale word after it
    (1,200,000 written out: exact) or cannot be read."""
    m = _WRITTEN_NUMBER.search(norm.norm, norm.index(r.start), norm.index(r.end))
    if m is None or not isinstance(r.amount, (int, float)) or r.amount <= 0:
        return 0
    frac = m.group(2) or ""
    written = float(m.group(1) + "." + frac) if frac else float(m.group(1))
    scale = r.amount / written if written else 0
    if scale < 1000 or abs(math.log10(scale) - round(math.log10(scale))) > 1e-9:
        return 0
    return 10 ** round(math.log10(scale)) / 10 ** len(frac)


def _rounded_restatement(article: Article, a: Funding, r: Funding,
                         per_sentence: Counter) -> bool:
    """Whether the figure ``r`` gives again, rounded or more exactly, the sum of the
    earlier figure ``a`` of its currency: one of them, rounded at the place of its last
    written digit (:func:`_written_unit`), is the other (1.2 مليار and 1.22 مليار, not 20
    مليون and 24 مليون), both name the same subject (not empty) and no different kind
    or payer, and :func:`_may_restate` holds (docs/money.md "One sum, one total")."""
    if not a.subject or a.subject != r.subject or a.kind != r.kind \
            or not _may_restate(article, a, r, per_sentence):
        return False
    norm = article.normalised
    ua, ur = _written_unit(norm, a), _written_unit(norm, r)
    return bool(ua and ur) and ua != ur and abs(a.amount - r.amount) <= max(ua, ur) / 2


def _headline_shaped(article: Article, paragraph: int) -> bool:
    """Whether paragraph number ``paragraph`` (1-based) is shaped as a headline: at most
    :data:`~khabar.money.figures._HEADLINE_WORDS` words and no sentence end."""
    para = article.paragraphs[paragraph - 1]
    line = article.text[para.start:para.end].strip()
    return bool(line) and not line.endswith(_SENTENCE_END) \
        and len(line.split()) <= _HEADLINE_WORDS


def _differs(a: str, b: str) -> bool:
    """Whether two payers or subjects are both given and not the same."""
    return bool(a) and bool(b) and a != b


def _one_country(a: str, b: str) -> bool:
    """Whether two subjects name one country: the country and its government or a body
    of it (Iraq, الحكومة العراقية), by their Arabic names' country evidence
    (:func:`~khabar.money.currency.country_evidence`: names and nisbas)."""
    ca = country_evidence(normalise(arabic_name(a)))
    cb = country_evidence(normalise(arabic_name(b)))
    return len(ca) == 1 and ca.keys() == cb.keys()


def _another_before(norm, r: Funding) -> bool:
    """Whether one of the three words before the figure ``r`` is a word of another sum
    (money_cues.tsv another: اتفاقية أخرى بمبلغ …، قرض جديد بقيمة …), or the word right
    after it, with or without the article (أما 500 مليون دولار الأخرى …، 20 مليون دولار
    إضافية: another sum of that amount, not the earlier one again)."""
    e = norm.index(r.end)
    after = norm.norm[e:e + 20].split()[:1]
    if after and after[0].rstrip(",.;:!?").removeprefix("ال") in _ANOTHER:
        return True
    n = norm.index(r.start)
    words = norm.norm[max(0, n - 40):n].split()[-4:]
    # … or a negation (لم تتجاوز قروض البنك … 500 مليون: what a sum did not reach)
    return any(w in _ANOTHER for w in words[-3:]) or any(w in _NEGATIONS for w in words)


_NEGATIONS = {"لم", "لن", "لا", "ولم", "ولا"}


def _restated_subjects(rows: list[Funding]) -> list[Funding]:
    """A restatement with no subject or payer of its own takes those of the figure it
    restates (a headline's figure that the body gives again, a bracketed conversion):
    it is the same sum, and the body's fuller sentence says what it is for
    (docs/money.md); ``subject_rule`` is then "as the figure it restates". The other way,
    a figure with no payer takes that of a restatement of it (a headline's giver: الاتحاد
    الأوروبي يخصص 40 مليون يورو … over وقال البيان إن 40 مليون يورو ستصرف …): the row
    totals count then names who gives the sum."""
    at = {r.start: r for r in rows}
    givers: dict[int, str] = {}
    for r in rows:
        if r.restatement and r.payer and r.restates != r.start:
            givers.setdefault(r.restates, r.payer)
    out = []
    for r in rows:
        src = at.get(r.restates) if r.restatement else None
        if src is not None and src is not r:
            if not r.subject and src.subject:
                r = r._replace(subject=src.subject, subject_rule="as the figure it restates")
            if not r.payer and src.payer:
                r = r._replace(payer=src.payer)
        elif not r.payer and r.start in givers and givers[r.start] != r.subject:
            r = r._replace(payer=givers[r.start])
        out.append(r)
    return out


def funding_frame(rows: list[Funding]) -> pd.DataFrame:
    """A funding DataFrame (columns :data:`COLUMNS`) from :func:`funding_rows`."""
    # Object dtype keeps whole amounts as int (1200000000, not 1200000000.0) next to
    # fractional and empty (vague) ones.
    return fixed_frame(rows, COLUMNS, _DTYPES)
