"""Side clauses after a figure: a comma and فيما / بينما / حيث / وذلك open a clause on
something else, whose names are not what the figure's money is for (docs/money.md,
"Subject and payer").
"""
from __future__ import annotations

import re

from ..text import Article, alternation
from .subject import _CUES, _MentionIndex

#: Words that open a side clause after a comma (money_cues.tsv side_clause), with و / ف.
_OPENERS = sorted(_CUES.get("side_clause", set()), key=len, reverse=True)
_SIDE_CLAUSE = re.compile(rf",\s*[وف]?(?:{alternation(_OPENERS)})(?!\w)") if _OPENERS else None
#: بينما ("while", with و / ف) opens a clause on something else with no comma before it
#: too (… 5 ملايين يورو بينما انسحبت شركة …); فيما and حيث need the comma (فيما يخص:
#: "as regards").
_CONTRAST = re.compile(r"(?<!\S)[وف]?بينما(?!\S)")
#: A side clause is looked for this many normalised characters after the figure.
_SIDE_REACH = 120


def side_clause_names(article: Article, f: dict, sent, mentions: _MentionIndex) -> set[str]:
    """Entities of the ORG mentions of ``sent`` after the first side clause that follows
    figure ``f`` (a comma and an opener of money_cues.tsv side_clause within
    :data:`_SIDE_REACH` characters: رصدت الحكومة 7 ملايين دولار للطرق، بينما انتقد اتحاد
    النقابات …; بينما also without the comma: :data:`_CONTRAST`): the clause speaks of
    something else, so they are no fallback subject of the figure. The recipient right
    after the figure (لجمعية الأمل، فيما …) comes before the clause and is not among them.
    Empty when no side clause follows."""
    if _SIDE_CLAUSE is None:
        return set()
    nt = article.normalised
    hi = min(nt.index(sent.end), f["_nend"] + _SIDE_REACH)
    found = [m for m in (_SIDE_CLAUSE.search(nt.norm, f["_nend"], hi),
                         _CONTRAST.search(nt.norm, f["_nend"], hi)) if m is not None]
    if not found:
        return set()
    at = nt.span(min(m.start() for m in found), min(m.start() for m in found))[0]
    return {ent for ent, _, _, _ in mentions.within("ORG", at, sent.end)}


#: Words that give a reason (money_cues.tsv cause: بسبب، على خلفية، إثر، جراء), with و / ب.
_CAUSES = _CUES.get("cause", set())
#: A name is in a reason when a cause word is among the words before it, at most this many
#: between (بسبب أخطاء شركة …: one word between).
_CAUSE_WORDS = 3


def cause_names(article: Article, sent, mentions: _MentionIndex) -> set[str]:
    """Entities of the ORG mentions of ``sent`` inside a phrase of reason: a cause word
    (money_cues.tsv cause) at most :data:`_CAUSE_WORDS` words before the name, with no
    clause break between (دفعت الحكومة 3 ملايين دولار تعويضات بسبب أخطاء شركة الكهرباء،
    على خلفية قرار اتحاد النقابات): why money is paid, not what it is for (docs/money.md,
    "Subject and payer")."""
    if not _CAUSES:
        return set()
    nt = article.normalised
    lo = nt.index(sent.start)
    out = set()
    for ent, _, ms, _ in mentions.within("ORG", sent.start, sent.end):
        n = nt.index(ms)
        before = nt.norm[max(lo, n - 50):n]
        before = before[max(before.rfind(c) for c in ",;:.!?") + 1:]
        words = before.split()[-_CAUSE_WORDS - 1:]
        pairs = [" ".join(words[k:k + 2]) for k in range(len(words) - 1)]
        if any(w.removeprefix("و") in _CAUSES for w in words + pairs):
            out.add(ent)
    return out
