"""What kind of money a figure is (funding column ``kind``): the noun of money nearest
before it in its clause (منحة بقيمة …، أرباحا بلغت …), else one right after it (… دولار
كمساعدات), from lexicon money_kinds.tsv (docs/money.md "Kind of money")."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import load_lexicon
from ..text import normalise
from ..text.words import clitic_candidates
from ..quotes.words import CUE_FORMS, HOMOGRAPHS
from .words import _CUES

#: normalised noun → kind (money_kinds.tsv)
KIND_WORDS = {normalise(r.form): r.kind for r in load_lexicon()["money_kinds"]}
#: Words that make the noun after them the money's purpose (لدعم الموازنة، لتمويل عقد):
#: what the money is for, not what it is (money_cues.tsv purpose).
_PURPOSE = _CUES.get("purpose", set())
#: Nouns of an agreement (money_cues.tsv agreement): with ل after them, a kind noun names
#: the agreement's money (اتفاقيات لمنح بقيمة …: grants), not a purpose.
_AGREEMENTS = _CUES.get("agreement", set())
#: Where a clause ends before a figure in normalised text: a full stop (not a decimal
#: point), a question or exclamation mark, a semicolon; or a comma before a word that
#: opens a clause of its own (:func:`_opens_clause`: ارتفعت الإيرادات، وقدمت الحكومة 5
#: ملايين …: the revenue is another clause's topic). A plain comma is no end (منحة للأردن،
#: بقيمة …؛ وبخصوص تكلفتها، قالت الوزارة إن …، وفي مقدمتها …، ستكلف …).
_CLAUSE_STOP = re.compile(r"(?<!\d)\.(?!\d)|[;!?؟؛]|,\s*(?P<w>[^\W\d_]+)")
#: Words that open a clause after a comma, with no verb to tell (كما، فيما، بينما …).
_CLAUSE_OPENERS = {"كما", "فيما", "بينما", "حيث", "اذ", "ثم", "وكان", "وكانت"}
#: Words that front a topic before a comma (وبخصوص تكلفتها، قالت الوزارة إن …): the clause
#: after the comma is about it, and its noun counts there.
_TOPIC_OPENERS = {pre + w for w in ("بخصوص", "حول", "بشان", "عن") for pre in ("", "و", "ف")}
#: Verbs of giving, with و / ف (money_cues.tsv payer_verb: وقدمت، ومنحت), and verbal nouns
#: of giving with و (giving_noun: وتخصيص، وتقديم): each opens an item of its own money.
_GIVING_VERBS = {pre + v for v in _CUES.get("payer_verb", ()) for pre in ("و", "ف", "وس")} \
    | {"و" + n for n in _CUES.get("giving_noun", ())}


def _opens_clause(word: str) -> bool:
    """Whether ``word``, right after a comma, opens a clause of its own: a clause opener
    (:data:`_CLAUSE_OPENERS`), a verb or verbal noun of giving with و / ف
    (:data:`_GIVING_VERBS`: وقدمت، وتخصيص) or a
    speech verb (lexicon speech_verbs.tsv, not a homograph such as بين: وقال، وأضاف،
    مشيرا), each of which says its own money."""
    return word in _CLAUSE_OPENERS or word in _GIVING_VERBS \
        or word in CUE_FORMS and word not in HOMOGRAPHS


#: Words that open a clause on the money of the clause before (money_cues.tsv
#: clause_link: ، وتبلغ قيمتها …، والتي تقدر بـ …، وذلك بقيمة …، وفق بيان …).
_CLAUSE_LINKS = _CUES.get("clause_link", set())
#: The most words a kind noun may be before its figure even inside one clause (a bound
#: for sentences with no punctuation at all); the clause decides (:func:`_clause_words`).
_WORDS_BEFORE = 20
#: How far back from its colon a line's kind noun may be, in words (:func:`line_kind`).
_LINE_WORDS = 14
#: The most words between a purpose word and a kind noun inside its phrase (لتمويل مشاريع
#: الاستثمار): further on, the noun is another clause's.
_PURPOSE_WORDS = 3
#: The most words between two figures of one list that share its noun (من البنك الدولي و …).
_LIST_GAP = 4
_WORD = re.compile(r"[^\W\d_]+")      # words, not numbers (a year, a date)
_CLAUSE_END = re.compile(r"[،,.؛;:!?؟()«»\"]")


def _stems(word: str) -> list[str]:
    """``word`` and ``word`` without a possessive pronoun (مبيعاتها، موازنته، تكلفتهم),
    its ت given back as the ة of the bare noun (موازنت → موازنه)."""
    out = [word]
    for suffix in ("هما", "ها", "هم", "ه"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[:-len(suffix)]
            out += [stem, stem[:-1] + "ه"] if stem.endswith("ت") else [stem]
            break
    return out


@lru_cache(maxsize=1 << 14)
def _lookup(token: str) -> tuple[str, bool]:
    """(kind, with ل) of ``token`` after its proclitics (the readings of
    :func:`khabar.text.words.clitic_candidates`, least stripped first) and a possessive
    pronoun; ("", False) when it is no kind noun. ``with ل`` marks a purpose
    (للموازنة). Memoised per word (a bounded memo: each token is looked up several times
    per figure)."""
    for n, form in clitic_candidates(token):
        for stem in _stems(form):
            if stem in KIND_WORDS:
                # the preposition ل among the stripped clitics (after و / ف): a purpose
                return KIND_WORDS[stem], token[:n].lstrip("وف").startswith("ل")
    return "", False


def word_kind(token: str) -> str:
    """The kind of money ``token`` names (:func:`_lookup`: هبة، قرضا، ومنحة), "" if none."""
    return _lookup(token)[0]


def _agreement(token: str) -> bool:
    """Whether ``token`` is a noun of an agreement, with و / ب / ال or not
    (واتفاقية، الاتفاقيات)."""
    rest = token[1:] if token[:1] in ("و", "ب") else token
    return token in _AGREEMENTS or rest in _AGREEMENTS or rest.removeprefix("ال") in _AGREEMENTS


#: Kinds of money given: two of them joined by و name one sum of both (financing).
_GIVING = {"financing", "grant", "loan", "aid", "donation", "deposit"}


@lru_cache(maxsize=1 << 14)
def _suffixed(token: str) -> bool:
    """Whether ``token`` is a kind noun only once a possessive pronoun is stripped
    (منحها، قروضه; not منحة, whose ة is its own)."""
    return any(stem in KIND_WORDS for n, form in clitic_candidates(token)
               for stem in _stems(form)[1:]) \
        and not any(form in KIND_WORDS for n, form in clitic_candidates(token))


def _definite(token: str) -> bool:
    """Whether ``token`` has the article (الاستثمار، والموازنة، بالإيرادات): a noun with
    ال never heads a construct (وزارة … الاستثمار اعتمادات مالية: the appropriations are
    their own noun, not the investment's): the head of an idafa is never definite
    (docs/money.md "Kind of money")."""
    rest = token[1:] if token[:1] in "وفب" and token[1:].startswith("ال") else token
    return rest.startswith("ال") and len(rest) > 3


def _conjunct(token: str) -> bool:
    """Whether ``token`` is a kind noun with the conjunction و (وقرضا، ومبيعات; not وديعة,
    whose و is its own)."""
    return token.startswith("و") and bool(_lookup(token[1:])[0])


def _opens_purpose(token: str) -> bool:
    """Whether ``token`` opens a phrase of what the money is for: a purpose word
    (money_cues.tsv purpose: لتمويل، لدعم) or a kind noun with ل (للموازنة)."""
    return token in _PURPOSE or _lookup(token)[1]


def _kind_before(tokens: list[str]) -> str:
    """The kind of the nearest kind noun in ``tokens`` (the words before a figure, in
    order) that is no purpose; of a chain of kind nouns (عجز الموازنة، إيرادات
    الموازنة), the first, the head of the construct (a noun with ال heads none:
    :func:`_definite`; a noun with و is no genitive: in من
    الإقراض ومبيعات الأصول, a list, مبيعات is its own kind; two kinds of money given so
    joined are one sum of both, financing: قروض ميسرة ومنح بقيمة …), and a noun with a
    pronoun heads no construct (منحها قروضا: a loan). A noun inside the phrase of
    what the money is for, at most :data:`_PURPOSE_WORDS` words after its purpose word
    (منحة لتمويل مشاريع الاستثمار الزراعي بقيمة …: the projects are of investment, the
    money is a grant), yields to a kind noun before that phrase; one with و is a new item
    (منحة لدعم المدارس وقرضا بقيمة …: a loan), and with no noun before the phrase it is
    the kind (لدعم المزارعين قروضا بقيمة …) (docs/money.md "Kind of money")."""
    for j in range(len(tokens) - 1, -1, -1):
        kind, lam = _lookup(tokens[j])
        if lam and j and _agreement(tokens[j - 1]):
            return kind
        if not kind or lam or (j and tokens[j - 1] in _PURPOSE):
            continue
        # a noun with و is a conjunct (من الإقراض ومبيعات الأصول), not a construct's
        # genitive; a noun with a pronoun is no construct's head (منحها قروضا: "giving it
        # loans", a verbal noun and its object)
        while j and not _conjunct(tokens[j]) and _lookup(tokens[j - 1])[0] \
                and not _lookup(tokens[j - 1])[1] and not _suffixed(tokens[j - 1]) \
                and not _definite(tokens[j - 1]):
            j -= 1
        if _conjunct(tokens[j]):
            # قروض ميسرة ومنح بقيمة …: loans and grants in one sum, financing of both (the
            # other noun right before, or before one adjective; not منحة لدعم المدارس وقرضا)
            near = [t for t in tokens[max(0, j - 2):j] if not _opens_purpose(t)][::-1]
            other = next((_lookup(t)[0] for t in near[:2] if _lookup(t)[0]), "") \
                if len(near) == min(2, j) else ""
            mine = _lookup(tokens[j])[0]
            if other and other != mine and {other, mine} <= _GIVING:
                return "financing"
        else:
            opener = next((p for p in range(j - 1, max(j - 1 - _PURPOSE_WORDS, -1), -1)
                           if _opens_purpose(tokens[p])), -1)
            head = _kind_before(tokens[:opener]) if opener > 0 else ""
            if head:
                return head
        return _lookup(tokens[j])[0]
    return ""


def figure_kind(norm: str, lo: int, start: int, end: int, hi: int, previous: str = "") -> str:
    """The kind of the figure at ``start``–``end`` of the normalised text ``norm``: from
    the words of its clause between ``lo`` (the end of the figure before it in its
    sentence, or the sentence's start) and the figure (:func:`_clause_words`), else from
    the word right after it (before ``hi``,
    the sentence's end, and any punctuation); else ``previous``, the kind of the figure
    before it in the sentence, when at most :data:`_LIST_GAP` words stand between them
    (مساهمات تمويلية قدرها 500 مليون دولار من البنك و300 مليون دولار من الصندوق: one noun
    for the list); "" when none says."""
    words = _WORD.findall(norm[lo:start])
    kind = _kind_before(_clause_words(norm, lo, start))
    if kind:
        return kind
    if previous and len(words) <= _LIST_GAP:
        return previous
    # only the word right after: further on, the words say what the money is for
    # (… دولار للمساهمة في تمويل مشروع)
    after = _WORD.findall(_CLAUSE_END.split(norm[end:hi], maxsplit=1)[0])[:1]
    kind, lam = _lookup(after[0]) if after else ("", False)
    return "" if lam else kind


def _clause_words(norm: str, lo: int, start: int) -> list[str]:
    """The words (not numbers) of the clause of a figure at ``start`` of the normalised
    text ``norm``, back to ``lo`` at most (the figure before, the sentence's start): from
    the last clause end before it (:data:`_CLAUSE_STOP`), and the clause before that too
    when the figure's opens with a word that links it to that one's money
    (:data:`_CLAUSE_LINKS`: وقعت الحكومة اتفاقية قرض مع البنك، والتي تبلغ قيمتها 50 مليون
    دولار: a loan), at most :data:`_WORDS_BEFORE` (docs/money.md "Kind of money")."""
    stops = []
    for m in _CLAUSE_STOP.finditer(norm, lo, start):
        if m["w"] and not _opens_clause(m["w"]):
            continue
        opening = _WORD.findall(norm, stops[-1] if stops else lo, m.start())[:1]
        if m["w"] and opening and opening[0] in _TOPIC_OPENERS:
            continue        # وبخصوص تكلفتها، قالت الوزارة …: the topic is the next clause's
        stops.append(m.start("w") if m["w"] else m.end())
    at = len(stops) - 1
    begin = stops[at] if stops else lo
    while at >= 0:
        first = _WORD.findall(norm, begin, start)[:1]
        word = first[0] if first else ""
        if not (word in _CLAUSE_LINKS or word[:1] in "وف" and word[1:] in _CLAUSE_LINKS):
            break
        at -= 1
        begin = stops[at] if at >= 0 else lo
    return _WORD.findall(norm, begin, start)[-_WORDS_BEFORE:]


#: Nouns of money that a budget allots and a lender lends (money_cues.tsv lender_credit:
#: اعتمادات, appropriations or credits).
_LENDER_CREDITS = _CUES.get("lender_credit", set())


def lender_credit(norm: str, lo: int, start: int) -> bool:
    """Whether the nearest kind noun before a figure at ``start`` of the normalised text
    ``norm``, in its clause (:func:`_clause_words`, back to ``lo`` at most), is a noun that a
    lender lends (:data:`_LENDER_CREDITS`: اعتمادات): with a lender as the payer the money
    is a loan, credits (قدم البنك الإسلامي للتنمية اعتمادات بقيمة …), where a budget's
    اعتمادات are its appropriations (docs/money.md "Kind of money")."""
    for word in reversed(_clause_words(norm, lo, start)):
        if _lookup(word)[0]:
            return any(form in _LENDER_CREDITS for _, form in clitic_candidates(word))
    return False


def line_kind(norm: str, lo: int, hi: int) -> str:
    """The kind that the words of ``norm[lo:hi]`` name (:func:`_kind_before`, the nearest
    kind noun before ``hi``): the colon line over a list (وقدمت المؤسسة المنح التالية:،
    أبرز بنود الموازنة:) says the kind of the money of its items (- 3 ملايين دينار للصحة),
    which name none of their own (docs/money.md "Kind of money"); "" when none says."""
    return _kind_before(_WORD.findall(norm[lo:hi])[-_LINE_WORDS:])

