"""Who announces a public-finance figure: the ministry or office that gives a budget, a
deficit or the state's revenue is its source, not what the money is for (docs/money.md,
"Subject and payer").
"""
from __future__ import annotations

from ..text import Article
from .subject import _CUES, _MentionIndex, _bare, _payer_verb, _presents_a_text, _speech_verb

#: Nouns of a public-finance figure (money_cues.tsv measure: موازنة، ميزانية، عجز، إيرادات).
_MEASURES = _CUES.get("measure", set())
#: A measure noun heads the figure at most this many words before it (عجز الموازنة في الأشهر
#: الستة الأولى من العام بلغ …: as many as a statistic phrase may stand, figures.py).
_MEASURE_WORDS = 12
#: A speech verb comes at most this many words before the announcer (أعلن وزير المالية في
#: وزارة المالية: three words of title between).
_VERB_WORDS = 5


def _measure_at(words: list[str]) -> int | None:
    """The index of the last measure noun in ``words``, with ال and و / ب / ل / ف before it
    (والموازنة، بميزانية), or None. A noun with a possessive pronoun (إيراداتها) is the
    speaker's own and no measure of the state."""
    for i in range(len(words) - 1, -1, -1):
        if _bare(words[i]) in _MEASURES or words[i].removeprefix("ال") in _MEASURES:
            return i
    return None


def measure_announcers(article: Article, f: dict, sent, mentions: _MentionIndex) -> set[str]:
    """Entities of the ORG mentions of ``sent`` that announce the public-finance figure
    ``f``: a measure noun (money_cues.tsv measure) among the :data:`_MEASURE_WORDS` words
    before the figure, and an ORG before that noun with a verb of speech at most
    :data:`_VERB_WORDS` words before it (أعلنت وزارة المالية أن عجز الموازنة بلغ …، أعلن
    وزير المالية في وزارة المالية أن موازنة العام تبلغ …), or an ORG right after a verb of
    giving that presents a text (قدمت الحكومة مشروع الموازنة بقيمة …: subject.py
    _presents_a_text). The budget is the state's, or
    the body's named after the noun (موازنة وزارة الصحة: still a subject). Empty when the
    figure is no such measure."""
    nt = article.normalised
    lo = nt.index(sent.start)
    before = nt.norm[max(lo, f["_mstart"] - 150):f["_mstart"]]
    words = before.replace(",", " ").split()[-_MEASURE_WORDS:]
    k = _measure_at(words)
    if k is None:
        return set()
    cut = f["_mstart"] - len(before) + before.rfind(words[k])    # the noun's offset
    out = set()
    for ent, _, ms, me in mentions.within("ORG", sent.start, f["start"]):
        if nt.index(me) > cut:
            break
        prev = nt.norm[max(lo, nt.index(ms) - 60):nt.index(ms)].split()[-_VERB_WORDS:]
        if any(_speech_verb(w) for w in prev):
            out.add(ent)
        elif prev and _payer_verb(prev[-1]) \
                and _presents_a_text(nt.norm[nt.index(me):f["_nstart"]]):
            out.add(ent)      # قدمت الحكومة مشروع الموازنة بقيمة …: it presents the budget
    return out
