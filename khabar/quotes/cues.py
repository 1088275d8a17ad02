"""Cues: which tokens introduce reported speech (docs/arabic.md, "Quotes and
attribution"). A token's reading is ``(kind, gender, proclitic length)``: kind ``verb``
(قال، وأضافت، سيقول), ``source`` (بحسب، وفقاً) or ``statement`` (بيان in في بيان لـ X);
gender is the grammatical gender of the verb's subject."""
from __future__ import annotations

from ..entities.words import _is_nisba
from .document import true_indices
from .words import BROADCAST_NOUNS  # own line
from .words import DIRECTIVE_FORMS, DIRECTIVE_ILA_FORMS, PHRASE_END_WORDS  # own line
from .words import APPEAL_COMPLEMENTS, APPEAL_PREPOSITIONS, PARTICIPLES  # own line
from .words import APPEAL_WHOM_FORMS  # own line
from .words import (AN_WORDS, CLAUSE_WORDS, CUE_FORMS, DOCUMENT_NOUNS, HOMOGRAPHS,
                    INCREASE_FORMS, MEDIA_CUES, ORG_CUES, REPORT_VERBS, SPEECH_NOUNS,
                    STATEMENT_NOUNS, TOPIC_PREPOSITIONS, UNNAMED_SOURCES, _OPENERS)

#: Source and document nouns (تقارير، أنباء، مصادر) a topic preposition may govern.
_SOURCE_HEADS = DOCUMENT_NOUNS | UNNAMED_SOURCES


def read_cues(d, plain: bool = False) -> list:
    """The cue reading of each token of ``d`` (a :class:`.document.TokenIndex` with the
    title rules), or None: the forms of :data:`.words.CUE_FORMS`, less homographs that
    do not open a clause before أن/إن, a colon or a quote (:func:`homograph_is_cue`), a
    report verb before إلى (:func:`_moved_to`), a verb qualifying a source after حول
    (:func:`_about_a_source`) and زاد read as "increased" (:func:`_increased`), plus
    statement nouns after في whose author follows (:func:`statement_author`)."""
    norms = d.norms
    if plain:
        cues = [CUE_FORMS.get(w) for w in norms]
        found = range(d.n)
    else:
        # Fast path; buys 4.3 % of quote_rows on 300 distinct articles (and the compress
        # over the cues 4.0 %), measured 2026-12-01; the plain twin is the branch above.
        cues = list(map(CUE_FORMS.get, norms))
        found = true_indices(cues)
    for k in found:
        c = cues[k]
        if c and norms[k][c[2]:] in HOMOGRAPHS and not homograph_is_cue(d, k, c):
            cues[k] = None
    for k in (range(d.n) if plain else true_indices(cues)):
        c = cues[k]
        if c and c[0] == "verb" and (_moved_to(d, k, c) or _about_a_source(d, k)
                                     or _increased(d, k, c)):
            cues[k] = None
    for k in range(1, d.n - 1):
        if norms[k] in STATEMENT_NOUNS and norms[k - 1] in ("في", "وفي") \
                and not cues[k] and statement_author(d, k + 1):
            cues[k] = ("statement", "unknown", 0)
    return cues


def _moved_to(d, k: int, cue) -> bool:
    """Whether the report verb at token ``k`` (نقل، نُقلت) is followed by إلى: "moved,
    taken to" (نُقل إلى المستشفى), no speech (docs/arabic.md, "Quotes and attribution")."""
    return d.norms[k][cue[2]:] in REPORT_VERBS and k + 1 < d.n and (
        d.norms[k + 1] in ("الي", "والي") and d.texts[k + 1].endswith("ى"))


def _increased(d, k: int, cue) -> bool:
    """Whether the verb at token ``k`` is زاد "increased", not "added" (attribution.tsv
    increase_verb): right before من / عن / على (وزاد من تعقيد الأزمة أن، يزيد على مليون),
    or with an indefinite accusative after its subject before أن/إن, a colon or a quote
    (وزاد الأمر تعقيداً أن: "what made it harder is that"). A participle there is the
    speech (وزاد قائلاً إن) and keeps the cue."""
    if d.norms[k][cue[2]:] not in INCREASE_FORMS:
        return False
    if k + 1 < d.n and d.norms[k + 1] in ("من", "عن", "علي"):
        return True
    for j in range(k + 1, min(d.n, k + 8)):
        w, t = d.norms[j], d.texts[j]
        if t == ":" or t in _OPENERS or w in AN_WORDS or d.kinds[j] == "punct":
            return False
        if j > k + 1 and d.kinds[j] == "arabic" and len(w) > 3 and w.endswith("ا") \
                and not w.startswith(("ال", "وال")) and not CUE_FORMS.get(w):
            return True
    return False


def _about_a_source(d, k: int) -> bool:
    """Whether the verb at token ``k`` qualifies a source or document noun after a
    topic preposition (سؤال حول تقارير تفيد بأن …، بشأن أنباء صحفية تقول إن …:
    attribution.tsv topic_preposition): the reports are what was asked or talked
    about, and the verb reports no one's words."""
    c = CUE_FORMS.get(d.norms[k])
    if not c or c[0] != "verb":
        return False
    for p in (k - 1, k - 2):
        if p >= 1 and d.strip_head(d.norms[p])[1] in _SOURCE_HEADS:
            return d.norms[p - 1] in TOPIC_PREPOSITIONS and (
                p == k - 1 or d.kinds[k - 1] == "arabic")
    return False


def appeal_complement(d, cue_i: int, j: int, cue=None) -> bool:
    """Whether token ``j`` is the preposition after which the appeal verb at ``cue_i``
    reports words (:data:`.words.APPEAL_PREPOSITIONS`): إلى after دعا، على after حث، and
    after طالب / ناشد ب written apart (بـ) or attached to the verbal noun of the object
    (بتوفير، بعدم: :meth:`bi_object`, so not بغداد nor باسم, nor a preposition that ends
    a phrase: بسبب، بمناسبة), after أهاب the ب of whom it calls on (بالمواطنين، بكافة
    المواطنين; :func:`called_on_end`, also right after the verb), after a verb of
    instructing ب as :func:`_directive_bi` reads it. ``cue``: the reading of token
    ``cue_i``, when not yet in ``d.cues``."""
    c = cue or d.cues[cue_i]
    prep = APPEAL_PREPOSITIONS.get(d.norms[cue_i][c[2]:]) if c else None
    norm = d.norms[j]
    if prep == "الي":
        return norm in APPEAL_COMPLEMENTS
    verb = d.norms[cue_i][c[2]:] if c else ""
    if verb in APPEAL_WHOM_FORMS:
        # أهاب الوزير بالمواطنين …، وأهاب بكافة المواطنين …: ب on whom it calls on, right
        # after the verb too (its subject the speaker before)
        return norm == "ب" or len(norm) >= 4 and norm.startswith("ب") and d.kinds[j] == (
            "arabic") and d.bi_object(j) and not d.overlapping(d.starts[j], d.ends[j], "PLACE")
    if prep == "ب" and verb in DIRECTIVE_FORMS:
        return norm == "ب" or _directive_bi(d, cue_i, j, verb in DIRECTIVE_ILA_FORMS)
    if prep == "ب":     # (never a preposition that ends a phrase: بسبب، بمناسبة)
        return norm == "ب" or norm not in PHRASE_END_WORDS and (
            j > cue_i + 1 and d.bi_object(j) and _bi_appeal(d, j))
    return prep is not None and norm == prep


def called_on_end(d, j: int, end: int) -> int:
    """The token after those an appeal verb of attribution.tsv appeal_verb_bi_whom calls
    on with ب at token ``j`` (before ``end``): the ب word (بالمواطنين; or بـ apart and
    its word), the definite noun of the idafa an indefinite one opens (بكافة المواطنين،
    بأصحاب المحلات), the definite relative adjectives after it (بأصحاب المحلات التجارية)
    and a definite noun joined by و (بالمواطنين والمقيمين). Its words follow
    (docs/arabic.md, "Quotes and attribution")."""
    t = j + 1
    noun = d.norms[j][1:]
    if d.norms[j] == "ب" and t < end:
        noun, t = d.norms[t], t + 1
    if not noun.startswith("ال") and t < end and d.norms[t].startswith("ال"):
        t += 1      # بكافة | المواطنين
    while t < end and d.kinds[t] == "arabic" and (
            _is_nisba(d.norms[t]) or d.norms[t].startswith("وال") and len(d.norms[t]) > 4):
        t += 1
    return t


#: Tokens at most between a verb of instructing and the ب of its words.
_DIRECTIVE_REACH = 9


def _directive_bi(d, cue_i: int, j: int, ila: bool) -> bool:
    """Whether the word with ب at token ``j`` opens the words of the verb of instructing
    at ``cue_i`` (وجّه، كلّف، أوعز: attribution.tsv directive_verb; ``ila``: one of
    directive_verb_ila, أوعز, whose ب may follow إلى and whom), a verbal noun that may
    be indefinite (وجّه الرئيس بتشكيل لجنة، كلّف الوزير مدير الدائرة بإعداد تقرير، أوعز
    المحافظ إلى البلدية بإزالة …): ب on a word of three letters or more that is no mention
    and ends no phrase (attribution.tsv phrase_end: بمناسبة، بسبب), after the subject, the
    object, or whom إلى names (never a place), within nine tokens of the verb, with only
    words between (no punctuation, cue, أن/إن, لل word or preposition; إلى only after
    attribution.tsv directive_verb_ila, أوعز: after توجّه it is where one headed). So ووجّه
    كلمة بمناسبة … and وجّه الشكر للعاملين بالمستشفى are no directive (docs/arabic.md,
    "Quotes and attribution")."""
    norm = d.norms[j]
    if not (cue_i + 1 < j <= cue_i + _DIRECTIVE_REACH and d.kinds[j] == "arabic"
            and norm.startswith("ب") and len(norm) >= 4 and not norm.startswith("باسم")
            and norm not in PHRASE_END_WORDS and not d.mentions_in(d.starts[j], d.ends[j])):
        return False
    if d.overlapping(d.starts[j - 1], d.ends[j - 1], "PLACE"):
        return False
    for t in range(cue_i + 1, j):
        w = d.norms[t]
        if d.kinds[t] != "arabic" or CUE_FORMS.get(w) or w in AN_WORDS or w.startswith("لل") \
                or (w in PHRASE_END_WORDS and not (ila and w in APPEAL_COMPLEMENTS)):
            return False
    return True


def _bi_appeal(d, j: int) -> bool:
    """Whether the word with ب at token ``j`` can open an appeal's words: with the
    article (بالإفراج), or after a definite word or a person's name (الحكومة بتوفير،
    السكان بعدم), and no place (النائب عن دائرة بغداد: ب is a letter of the name)."""
    if d.overlapping(d.starts[j], d.ends[j], "PLACE"):
        return False
    prev = d.norms[j - 1]
    return d.norms[j].startswith("بال") or prev.startswith("ال") or bool(
        d.overlapping(d.starts[j - 1], d.ends[j - 1], "PERSON"))


def homograph_is_cue(d, k: int, cue) -> bool:
    """Whether the homograph at token ``k`` (بين، طالب), read as ``cue``, is a speech
    verb: a clause opens at it and أن/إن, a colon or a quote mark follows before the
    clause ends (بيّن الوزير أن … but not الاتفاق بين البلدين), over an apposition that
    opens with a title (كشف الأستاذ كمال حسن، وكيل الوزارة، أن …) and over a comma right
    before أن/إن (وبين المحافظ، أن …، كشف مصدر للوكالة، أن …), as news copy puts it. A
    spelling with final ى (نفى، رأى) before a title is the verb and its subject where a
    clause opens at it: the nouns are written with ي (نفي، رأي); with no words reported
    it still names the last speaker (نفى الوزير فلان وجود … ثم أضاف: "…"). So does a
    spelling with a shadda before a title or a named person (حذّر الوالي فلان التجار من
    …): the noun or preposition has none (حَذَر، بين)."""
    prev = d.texts[k - 1] if k else "."
    opens = (k == 0 or _conjoined(d.norms[k], cue[2])
             or prev in ".،,:;؛!؟?\n-–—"     # الخرطوم – كشف
             or d.norms[k - 1] in CLAUSE_WORDS
             or "\n" in d.text[d.ends[k - 1]:d.starts[k]])   # a paragraph's first word
    if not opens and k + 1 < d.n and d.norms[k][cue[2]:] in PARTICIPLES \
            and d.norms[k + 1] in AN_WORDS:
        return True     # وقال المدير مؤكدة أن …: no adjective takes أن; the participle's
    if not opens:       # gender may be the copy's slip, never a name word
        return False
    if k + 1 < d.n and d.title_at(k + 1) and d.texts[k].rstrip(
            "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").endswith("ى"):
        return True     # نفى الوزير: written with ى the word is the verb, not نفي / رأي the noun
    if d.norms[k][cue[2]:] in DIRECTIVE_FORMS:
        # وجّه، كلّف (directed a letter, cost): a verb of instructing only before the ب
        # of its words (وجّه الرئيس بتشكيل …), never by a colon or أن after a letter sent
        return any(appeal_complement(d, k, j, cue) for j in range(k + 2, min(d.n, k + 10)))
    if k + 1 < d.n and "\u0651" in d.texts[k] and (
            d.title_at(k + 1) or d.mentions_in(d.starts[k + 1], d.ends[k + 1], "PERSON")):
        return True     # حذّر الوالي، بيّن الوزير: written with a shadda the word is the
        #               verb (the noun حَذَر، the preposition بين have none), before its subject
    end, extended = min(d.n, k + 14), False
    closing = -1
    j = k + 1
    while j < end:
        t = d.texts[j]
        if t == ":" or t in _OPENERS or d.norms[j] in AN_WORDS or appeal_complement(d, k, j, cue):
            return True     # (طالب النائب الحكومة بتوفير …: an appeal's complement)
        if t in "،," and j + 1 < d.n and d.title_at(j + 1) and not extended:
            end, extended = min(d.n, end + 10), True   # كشف X، وكيل الوزارة، أن: apposition
        elif t in "،," and not extended and d.title_at(k + 1) and any(
                d.texts[q] in "،," for q in range(j + 2, min(d.n, j + 7))):
            # رأى القيادي في الحزب، سامي نور، اليوم أن: the title's name in commas
            end, extended = min(d.n, end + 10), True
            closing = next(q for q in range(j + 2, j + 7) if d.texts[q] in "،,")
        elif t in "،," and j == closing:
            pass      # the comma that closes that name
        elif t in "،," and j + 1 < d.n and d.norms[j + 1] in AN_WORDS:
            pass      # the comma that closes the apposition, or one before أن (وبين X، أن)
        elif t in "،," and _source_in_commas(d, j + 1):
            return True   # وذكر بيان السفارة، حسبما أوردت وكالة X، أن …
        elif t in "،," and j + 1 < d.n and d.texts[j + 1] in _OPENERS and (
                d.norms[j - 1] in SPEECH_NOUNS):
            return True       # وختم قوله، "…": his words follow, after a comma
        elif t in ".،,;؛!؟?":
            return False
        j += 1
    return False


def _source_in_commas(d, k: int) -> bool:
    """Whether a source cue at token ``k`` (بحسب، حسبما، وفق) opens a phrase in commas
    that أن/إن follows (:func:`source_phrase_end`): the clause's verb reports what comes
    after it (… بيان السفارة، حسبما أوردت وكالة X، أن …)."""
    c = CUE_FORMS.get(d.norms[k]) if k < d.n else None
    return bool(c) and c[0] == "source" and source_phrase_end(d, k) is not None


def source_phrase_end(d, k: int) -> int | None:
    """The comma that closes the phrase of the source cue at token ``k`` when أن/إن
    follows it, right away or past a time adverb and a dash (وذكر بيان السفارة، حسبما
    أوردت وكالة X، اليوم الثلاثاء - أن …), looked for within ten tokens with no أن/إن,
    quote mark or sentence end before it; else None."""
    for t in range(k + 1, min(d.n - 1, k + 11)):
        if d.texts[t] in ",،":
            for u in range(t + 1, min(d.n, t + 5)):
                if d.norms[u] in AN_WORDS:
                    return t
                if d.kinds[u] != "arabic" and d.texts[u] not in "-–—" or CUE_FORMS.get(
                        d.norms[u]):
                    return None
            return None
        if d.norms[t] in AN_WORDS or d.texts[t] in ".؟?!:" or d.texts[t] in _OPENERS:
            return None
    return None


def statement_author(d, k: int) -> int:
    """After في بيان / في تصريح: the token where the author's phrase starts if token
    ``k`` introduces one with لـ (separate, or attached to an organisation noun or a
    title: لوزارة الصحة، لمدير المكتب), else 0. An outlet (لصحيفة X، لـ«X») is the
    channel of the words, not their author."""
    norm = d.norms[k]
    # في بيان صحفي للوزارة، في بيان رسمي لـ X: one adjective between the noun and لـ
    if k + 1 < d.n and d.kinds[k] == "arabic" and norm.endswith("ي") and len(norm) > 3 \
            and not norm.startswith(("ل", "ال")) and d.norms[k - 1] in STATEMENT_NOUNS:
        return statement_author(d, k + 1)
    # A statement (بيان) is issued by anyone; a تصريح / حديث is more often given to an
    # outlet (في تصريح لـ Le360): there only a title or an organisation noun is its
    # author.
    issued = d.norms[k - 1] == "بيان" or (k > 1 and d.norms[k - 2] == "بيان")
    if not issued and norm.startswith("ل") and (
            (norm[1:] or (d.norms[k + 1] if k + 1 < d.n else "")) in BROADCAST_NOUNS):
        return 0    # في تصريحات لبرنامج "X": the programme aired the words, no author
    if norm == "ل" and k + 1 < d.n:
        nxt = d.norms[k + 1]
        if d.texts[k + 1] in _OPENERS or d.strip_org(nxt)[1] in MEDIA_CUES:
            return 0
        known = d.title_at(k + 1) or d.strip_org(nxt)[1] in ORG_CUES
        return k + 1 if d.kinds[k + 1] in ("arabic", "latin") and (issued or known) else 0
    if norm.startswith("ل"):
        n, stem = d.strip_org(norm)
        # لوزارة الصحة; للمنظمة الدولية only with an adjective (المنظمة alone refers back)
        if stem in ORG_CUES and stem not in MEDIA_CUES and (
                n == 1 or n == 2 and norm.startswith("لل") and k + 1 < d.n
                and d.norms[k + 1].startswith("ال")):
            return k
    if norm.startswith("ل") and not norm.startswith("لل"):
        if d.title_at(k):
            return k
    # وجاء في بيان الحكومة الأردنية: / في بيان وزارة الصحة: the author in the genitive,
    # an organisation noun right after بيان (not an outlet: بيان وكالة … is its report)
    if issued and d.norms[k - 1] == "بيان" and not norm.startswith(("ل", "و", "ب")):
        n, stem = d.strip_org(norm)
        if stem in ORG_CUES and stem not in MEDIA_CUES and n in (0, 2) \
                and d.kinds[k] == "arabic":
            return k
    return 0


def _conjoined(norm: str, prefix: int) -> bool:
    """Whether a cue (normalised ``norm``, ``prefix`` proclitic letters) carries the
    conjunction و / ف (وقال، فأكدت): a new clause. The future س alone does not open
    one: inside reported words (إن الحكومة ستعلن …، الموازنة ستقر) it is the verb of
    the words, not a new attribution."""
    return any(c in "وف" for c in norm[:prefix])


def opens_clause(d, k: int, left: int) -> bool:
    """Whether the cue at token ``k`` opens a clause (tokens from ``left``): the first
    token, a proclitic و/ف (وقال; not the future س alone: :func:`_conjoined`), after
    punctuation (، قال) or a clause word (فيما قال).
    After a closing quote mark with no comma the verb most often heads a relative clause
    (جمعت “أدلة دامغة” تشير إلى أن …), not a new attribution."""
    return (k <= left or _conjoined(d.norms[k], d.cues[k][2])
            or (d.kinds[k - 1] == "punct" and d.texts[k - 1] not in "”»’")
            or d.norms[k - 1] in CLAUSE_WORDS)
