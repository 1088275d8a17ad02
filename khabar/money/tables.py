"""The funding table: :func:`extract_funding` (a DataFrame), :func:`funding_rows` (named
rows for the pipeline) and :func:`funding_frame`.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .. import schema
from ..entities import mention_spans
from ..schema import Funding, fixed_frame
from ..text import Article
from .figures import find_figures
from .subject import (_CONTRACT_AFTER, _CONTRACT_BEFORE, _draft_projects, _MentionIndex,
                      _media_entities, _not_subject, _payer, _place_recipient, _recipient,
                      _reporters, _subject)


#: Columns of :func:`extract_funding`: the data contract (:data:`khabar.schema.FUNDING`),
#: then extras; the fields of :class:`khabar.schema.Funding`.
COLUMNS = list(schema.Funding._fields)
_INT_COLUMNS = {"sentence", "start", "end", "paragraph", "restates"}
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
    currency_note, subject_rule, restatement, restates.

    - ``amount``: full units of the currency (1.2 مليار → 1200000000), int where whole,
      empty for a vague figure; ``currency``: ISO 4217 code, empty when ambiguous
      (``currency_note`` says why); no conversion between currencies;
      ``currency_source``: text | earlier mention | country in article | metadata | "".
    - ``restatement`` / ``restates``: the figure restates the one starting at character
      ``restates`` in another currency (bracketed conversion, أي ما يعادل), or is a
      headline's figure that the body gives again (docs/money.md); -1 otherwise.
      Totals skip restatements. Per-unit prices, exchange rates, banknote denominations
      are not rows.
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
    ments = _MentionIndex([(m.entity, m.label, m.start, m.end)
                           for m in mention_spans(mentions)])
    norm = article.normalised
    media = _media_entities(mentions)
    drafts = _draft_projects(article, ments)
    # What cannot be a subject depends on the sentence alone: worked out once per
    # sentence, not once per figure (one long sentence may hold thousands of both).
    not_subject: dict[int, set[str]] = {}
    reporters: dict[int, list[tuple[str, int]]] = {}
    funding = [(f, article.sentence_at(f["start"])) for f in figures if not f["not_funding"]]
    payers = [_payer(article, f, sent, ments) for f, sent in funding]
    # A payer of any figure of a sentence is what gives, not what its money is for
    # (قدم الصندوق قروضا بقيمة …، واعتمد منحا بقيمة …: the second figure too).
    sentence_payers: dict[int, set[str]] = {}
    for (_, sent), payer in zip(funding, payers):
        sentence_payers.setdefault(sent.start, set()).add(payer)
    rows = []
    for (f, sent), payer in zip(funding, payers):
        s_norm = norm.index(sent.start)
        window = norm.norm[max(s_norm, f["_nstart"] - _CONTRACT_BEFORE):f["_nstart"]] + " " + \
            norm.norm[f["_nend"]:min(norm.index(sent.end), f["_nend"] + _CONTRACT_AFTER)]
        if sent.start not in not_subject:
            not_subject[sent.start] = _not_subject(article, sent, ments)
            reporters[sent.start] = _reporters(article, sent, ments)
        exclude = not_subject[sent.start] | sentence_payers[sent.start] | media | {
            ent for ent, at in reporters[sent.start] if at <= f["start"]}
        recipient = _recipient(article, f, sent, ments)
        subject, rule = _subject(f["start"], f["end"], sent, window, ments, exclude,
                                 "" if recipient in exclude else recipient, drafts,
                                 _place_recipient(article, f, sent, ments))
        rows.append(Funding(
            article.doc_id, f["text"], f["amount"], f["currency"], f["approximate"], subject,
            sent.sentence, f["start"], f["end"], f["currency_source"], payer, sent.paragraph,
            f["bound"], f["cue"], f["vague"], f["currency_note"], rule, f["restatement"],
            f["restates"]))
    return _restated_subjects(rows)


def _restated_subjects(rows: list[Funding]) -> list[Funding]:
    """A restatement with no subject or payer of its own takes those of the figure it
    restates (a headline's figure that the body gives again, a bracketed conversion):
    it is the same sum, and the body's fuller sentence says what it is for
    (docs/money.md); ``subject_rule`` is then "as the figure it restates"."""
    at = {r.start: r for r in rows}
    out = []
    for r in rows:
        src = at.get(r.restates) if r.restatement else None
        if src is not None and src is not r:
            if not r.subject and src.subject:
                r = r._replace(subject=src.subject, subject_rule="as the figure it restates")
            if not r.payer and src.payer:
                r = r._replace(payer=src.payer)
        out.append(r)
    return out


def funding_frame(rows: list[Funding]) -> pd.DataFrame:
    """A funding DataFrame (columns :data:`COLUMNS`) from :func:`funding_rows`."""
    # Object dtype keeps whole amounts as int (1200000000, not 1200000000.0) next to
    # fractional and empty (vague) ones.
    return fixed_frame(rows, COLUMNS, _DTYPES)
