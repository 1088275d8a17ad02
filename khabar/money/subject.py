"""Who pays and what the money is for: the ``subject``, ``payer`` and ``subject_rule``
of a funding row, from the article's mentions (docs/money.md).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .. import schema
from ..gazetteer import arabic_name, load_gazetteer
from ..numwords import SCALE_WORDS
from ..text import Article, normalise
from ..entities.words import OFFICE_INSTITUTIONS, _is_nisba
from ..quotes.words import CUE_FORMS, HOMOGRAPHS, PARTICIPLES, RELATIVE_PRONOUNS
from .currency import _meta_country, article_country_evidence, name_country
from .kinds import word_kind
from .words import _CUES, _LEX, _WORD_BASE

#: Nouns for a contract or deal near a figure (عقدًا بقيمة ...): the money is the
#: value of a contract, which the article names as a project earlier.
_CONTRACT = re.compile(r"(?<!\w)[وفبل]?(?:ال|لل)?(?:عقد|عقدا|عقود|صفقه|اتفاقيه|اتفاق|مناقصه|"
                       r"مشروع)(?!\w)")
_CONTRACT_BEFORE, _CONTRACT_AFTER = 60, 25   # characters of the same sentence


class _MentionIndex:
    """A document's mentions ``(entity, label, start, end)`` indexed for
    :func:`_subject`: the nearest mention of a label in a sentence and the last PROJECT
    before an offset are found by bisection and a scan bounded by the longest mention,
    not by a scan of every mention for each figure (which made funding quadratic in the
    length of an article, or of one long sentence). Ties go to the mention first in the
    input order, as a scan of the list would."""

    def __init__(self, mentions: list[tuple]):
        self.items = mentions
        # Per label: (start, input position) in start order, and the longest mention.
        self.by_label: dict[str, list[tuple[int, int]]] = {}
        self.reach: dict[str, int] = {}
        for k, (_, label, start, end) in enumerate(mentions):
            self.by_label.setdefault(label, []).append((start, k))
            self.reach[label] = max(self.reach.get(label, 0), end - start)
        for v in self.by_label.values():
            v.sort()
        # The first PROJECT (in input order) for each end offset, and those ends sorted.
        first_at_end: dict[int, tuple] = {}
        for m in mentions:
            if m[1] == "PROJECT":
                first_at_end.setdefault(m[3], m)
        self.project_ends = sorted(first_at_end)
        self.project_at_end = first_at_end

    def nearest(self, label: str, sent, start: int, end: int, exclude=frozenset()) -> str | None:
        """Entity of the ``label`` mention inside ``[sent.start, sent.end]`` nearest to
        the figure ``[start, end)``: least ``min(|m.start - end|, |m.end - start|)``;
        never an entity in ``exclude`` (the payer, an outlet, a source)."""
        ms = self.by_label.get(label)
        if not ms:
            return None
        items, reach = self.items, self.reach[label]
        lo = bisect_left(ms, (sent.start, -1))
        hi = bisect_right(ms, (sent.end, len(items)))
        p = bisect_left(ms, (end, -1), lo, hi)
        best, found = float("inf"), []

        def consider(k: int) -> None:
            nonlocal best
            m = items[k]
            if m[3] > sent.end or m[0] in exclude:
                return
            d = min(abs(m[2] - end), abs(m[3] - start))
            if d < best:
                best, found[:] = d, [k]
            elif d == best:
                found.append(k)

        # After the figure (m.start >= end) the distance is m.start - end: increasing.
        for j in range(p, hi):
            if ms[j][0] - end > best:
                break
            consider(ms[j][1])
        # Before it, no mention starting at s is nearer than start - s - reach.
        for j in range(p - 1, lo - 1, -1):
            if start - ms[j][0] - reach > best:
                break
            consider(ms[j][1])
        return items[min(found)][0] if found else None

    def within(self, label: str, lo_offset: int, hi_offset: int) -> list[tuple]:
        """The ``label`` mentions starting in ``[lo_offset, hi_offset)``, in text order."""
        ms = self.by_label.get(label) or []
        lo = bisect_left(ms, (lo_offset, -1))
        hi = bisect_left(ms, (hi_offset, -1))
        return [self.items[k] for _, k in ms[lo:hi]]

    def last_project_before(self, offset: int) -> tuple | None:
        """The PROJECT with the greatest end ``<= offset`` (the first such in input order)."""
        k = bisect_right(self.project_ends, offset)
        return self.project_at_end[self.project_ends[k - 1]] if k else None


def _subject(start, end, sent, norm_window, mentions: _MentionIndex, exclude=frozenset(),
             purpose: str = "", drafts=frozenset(), place: str = "",
             topic: str = "", listed: str = "") -> tuple[str, str]:
    """(subject, rule): the recipient written with ل right before the figure, as a
    budget list puts each line (``listed``: :func:`listed_recipient`, لوزارة الدفاع 900
    مليار دينار), else a PROJECT in the sentence (the nearest), else the organisation
    the money goes to right after the figure (``purpose``: 288 مليار دينار لوزارة
    الداخلية), else the place it goes to (``place``: :func:`_place_recipient`, منحة لليمن
    بقيمة …), else the last PROJECT before the figure when a contract noun is next to it,
    else the nearest ORG in the sentence not in ``exclude`` (the payer, outlets and
    sources: :func:`_not_subject`), else ("", ""). A draft text (مشروع قرار، مشروع
    قانون: ``drafts``, :func:`_draft_projects`) is never the PROJECT of a figure. A topic
    fronted by أما that the clause refers back to (``topic``: :func:`_fronted_topic`,
    أما سوريا فقد خصص لها …) comes right after the PROJECT."""
    if listed and listed not in exclude and listed not in drafts:
        return listed, "recipient before figure"
    project = mentions.nearest("PROJECT", sent, start, end, exclude=drafts)
    if project:
        return project, "project in sentence"
    if topic and topic not in exclude:
        return topic, "topic fronted by أما"
    if purpose:
        return purpose, "recipient after figure"
    if place:
        return place, "place the money goes to"
    if norm_window and _CONTRACT.search(norm_window) \
            and not {"اخري", "اخر"}.intersection(norm_window.split()):   # اتفاقية أخرى
        earlier = mentions.last_project_before(start)
        if earlier and earlier[0] not in drafts:
            return earlier[0], "contract refers to earlier project"
    org = mentions.nearest("ORG", sent, start, end, exclude=exclude)
    return (org, "organisation in sentence") if org else ("", "")


_DRAFT_WORDS = _CUES.get("draft", set())


def _draft_projects(article: Article, mentions: _MentionIndex) -> set[str]:
    """Entities of PROJECT mentions that name a draft text, not a project: مشروع +
    a word of lexicon money_cues.tsv ``draft`` (مشروع قرار، مشروع قانون، مشروع موازنة);
    nor a project noun and the clause that describes it (:func:`_verb_form`) or its value
    (money_cues.tsv value_word: مشروع بغلاف مالي قدره …, no project's name).
    Money voted in a draft resolution is for what the resolution funds, named after
    the figure (لوزارة الصحة), not for the resolution."""
    nt = article.normalised
    out = set()
    for ent, _, ms, me in mentions.within("PROJECT", 0, len(article.text) + 1):
        words = nt.norm[nt.index(ms):nt.index(me)].split()
        if len(words) > 1 and (words[0].lstrip("وفبل").endswith("مشروع")
                               and words[1].removeprefix("ال") in _DRAFT_WORDS
                               or _verb_form(words[1]) or words[1] in _VALUE_WORDS):
            out.add(ent)
    return out


#: Words after مشروع that give its value (money_cues.tsv value_word: مشروع بغلاف مالي قدره
#: …، مشروع بقيمة …): the noun and its sum, no project's name (docs/money.md).
_VALUE_WORDS = _CUES.get("value_word", set())


#: Imperfect verbs of a feminine subject that follow a project noun (خطة تهدف، مبادرة
#: تشمل); a word in ت is as often a verbal noun (مشروع تطوير), so only these are verbs.
_FEMININE_VERBS = {"تهدف", "تستهدف", "تسعي", "تشمل", "تتضمن", "ترمي", "تروم", "تمتد"}


def _verb_form(word: str) -> bool:
    """Whether ``word``, the second word of a PROJECT mention, is a verb: the mention is
    a noun and the clause that describes it (مشروع يهدف إلى …، مشروع يستهدف الشباب), a
    sentence fragment and no project's name. An imperfect verb in ي or سي (a noun
    rarely starts so) or one of :data:`_FEMININE_VERBS`."""
    return len(word) >= 4 and (word[0] == "ي" or word.startswith("سي")) \
        or word in _FEMININE_VERBS


_OBJECT_SUFFIX = re.compile(r"(?:ها|هما|هم|ه)$")
_CLAUSE_BREAK = re.compile(r"[,;.:!?]")
#: First words of an outlet's name (org_cues.tsv type media): an outlet is never a subject.
_MEDIA_CUES = {normalise(r.form) for r in _LEX["org_cues"] if r.type == "media"}


def _media_entities(mentions) -> set[str]:
    """Entities typed ``media`` in a mentions table or list of mention rows
    (:data:`khabar.entities.COLUMNS`: ``org_type`` after the contract columns)."""
    if mentions is None or len(mentions) == 0:
        return set()
    if isinstance(mentions, list):
        k = len(schema.MENTIONS) + 1
        return {r[4] for r in mentions if len(r) > k and r[k] == "media"}
    if "org_type" not in mentions:
        return set()
    return set(mentions.loc[mentions["org_type"] == "media", "entity"])


def _not_subject(article: Article, sent, mentions: _MentionIndex,
                 org_types=None) -> set[str]:
    """Entities of the ORG mentions in ``sent`` that cannot be what money is for: an
    outlet (its name starts with a media cue noun: صحيفة، موقع، وكالة …, and the gazetteer
    gives its entity no other type: وكالة الأونروا is an aid agency), a source
    (after a source cue: في تصريح لـ X، بحسب X), a funder named anywhere in the sentence
    (after a payer phrase: الممول من طرف X، بتمويل من X, even when a comma keeps it from
    being this figure's payer), the doer of a passive verb (أنشئ من قبل X: agent) or the
    bank that holds an account (حساب لدى بنك X: where
    the money is kept, not what it is for), the second of two parties after بين past
    a long first one (بين حكومة جمهورية مصر العربية، وصندوق أبوظبي للتنمية), a venue
    (:func:`_venue`: قال الوزير أمام مجلس النواب …: where it was said) or a legislature or
    cabinet that approves (:func:`_approving_legislature`: وافق مجلس الوزراء على قرض …: it
    passes the loan, the money is not for it) or a name after a word of fighting
    (money_cues.tsv adversary: الحرب ضد تنظيم …، في مواجهة الجماعة …: what is fought)
    or the doer of a verb in a relative clause (:func:`_relative_doer`: البلد الذي تصنفه
    وكالة …: it rates the country, the money is not for it) or a court or prosecutor
    (money_cues.tsv court: قضت المحكمة بتعويض …: it rules on the money) or an embassy
    (money_cues.tsv envoy: أعلنت السفارة الألمانية عن تقديم منحة …: it speaks for its
    country's gift; not لسفارة, given to it).
    ``org_types``: entity → org_type of the mentions (:func:`_org_types`), for
    :func:`is_lender`. Lexicon money_cues.tsv."""
    nt = article.normalised
    sources = _CUES.get("source", set())
    gazetteer = load_gazetteer().entries
    out = set()
    for ent, _, ms, me in mentions.within("ORG", sent.start, sent.end):
        first = nt.norm[nt.index(ms):nt.index(me)].split()[:1]
        word = first[0] if first else ""
        for p in ("ال", "لل", "ل"):
            if word.startswith(p) and word[len(p):] in _MEDIA_CUES:
                word = word[len(p):]
        before = nt.norm[max(nt.index(sent.start), nt.index(ms) - 25):nt.index(ms)].split()
        prev = [w[1:] if w[:1] in "لو" and w[1:] in sources else w for w in before[-2:]]
        cue_before = before[-1].removeprefix("ال") if before else ""   # موقع الصدارة
        after_words = nt.norm[nt.index(me):nt.index(me) + 40].split()
        after = (after_words or [""])[0]
        # the second of two parties after بين, past a long first one (بين حكومة جمهورية
        # مصر العربية، وصندوق أبوظبي للتنمية): a wider look back than ``before``
        wide = nt.norm[max(nt.index(sent.start), nt.index(ms) - 60):nt.index(ms)].split()
        joined = (wide[-1:] == ["و"] or article.text[max(ms - 1, 0):ms] == "و")
        name = nt.norm[nt.index(ms):nt.index(me)]
        # the party after اتفاقية … مع is a lender unless a government or ministry
        lender = _bare(name.split()[0]) not in _BORROWER_HEADS if name.split() else True
        # a name that opens with a media cue is an outlet unless the gazetteer types its
        # entity otherwise (وكالة الأونروا: an intergovernmental agency, docs/arabic.md
        # "Names and cue nouns": a known type beats the cue's); a cue's own type says
        # nothing here (the cue rule types وكالة X by its context)
        known = gazetteer.get(ent)
        outlet = word in _MEDIA_CUES and (known is None or known.type == "media")
        if outlet or cue_before in _MEDIA_CUES or _numeric(word) \
                or any(w in sources for w in prev) \
                or " ".join(before[-2:]) in sources or _after_payer_phrase(before) \
                or " ".join(before[-2:]) in _AGENT_PHRASES \
                or _party(before, after, after_words, lender) \
                or _account_bank(before, first[0] if first else "") \
                or _venue(wide, name) or _approving_legislature(before, name, after_words) \
                or bool(before) and _adversary(before[-1]) or _relative_doer(before) \
                or _bare(word) in _COURTS \
                or _envoy_before(before) \
                or _bare(word) in _ENVOYS and not word.lstrip("وف").startswith("ل") \
                and nt.norm[nt.index(ms) - 1:nt.index(ms)] != "ل" \
                or joined and any(w in ("بين", "وبين") for w in wide[-8:]):
            out.add(ent)
    return out


#: First words of a court or prosecutor's name (money_cues.tsv court: المحكمة، النيابة): it
#: rules on money (a fine, damages), the money is never for it.
_COURTS = _CUES.get("court", set())
#: First words of an embassy or consulate (money_cues.tsv envoy): it announces and signs
#: for its country's gift, which is not for it, unless given to it (لسفارة …).
_ENVOYS = _CUES.get("envoy", set())


def _envoy_before(before: list[str]) -> bool:
    """Whether the word right before a name (``before``: the normalised words before it)
    is an envoy's noun in construct with it (money_cues.tsv envoy: بعثة الاتحاد الأوروبي،
    وفد الاتحاد): the body speaks and gives through its mission, it is not what the money
    is for; not with ل (لبعثة …: given to it)."""
    return bool(before) and before[-1].lstrip("وف")[:1] != "ل" \
        and before[-1].lstrip("وف").removeprefix("ال") in _ENVOYS


def _relative_doer(before: list[str]) -> bool:
    """Whether a name right after ``before`` (the normalised words before it) is the
    subject of a verb in a relative clause: a relative pronoun (attribution.tsv
    relative_pronoun: الذي، التي) and a verb, imperfect (يصنف، تراقب) or with an object
    pronoun (صنفها): البلد الذي تصنفه وكالة X, also with the name in quote marks (التي
    تصنفها «وكالة X»)."""
    before = [w for w in before if w.strip('"“”«»\'')]   # تصنفها “ستاندرد …”: a quote mark
    return len(before) >= 2 and before[-2] in RELATIVE_PRONOUNS and len(before[-1]) >= 4 and (
        before[-1][0] in "يت" or _OBJECT_SUFFIX.search(before[-1]) is not None)


#: Words before what is fought (money_cues.tsv adversary: ضد، مواجهة، مكافحة، محاربة).
_ADVERSARY = _CUES.get("adversary", set())


def _adversary(word: str) -> bool:
    """Whether ``word``, right before a name, makes the name what is fought (الحرب ضد
    تنظيم …، لدعم البلاد في مواجهة الجماعة المسلحة …، لمكافحة الجماعة …), with و ل ب ف
    before it."""
    for p in ("", "و", "ل", "ب", "ف", "ول", "وب", "لل"):
        if word.startswith(p) and word[len(p):] in _ADVERSARY:
            return True
    return False


def _numeric(word: str) -> bool:
    """Whether a name's first word is a number or a scale word (مليار للاستثمار, a
    figure's tail read as a name): such a mention is no organisation a figure is for."""
    return bool(word) and (word[0].isdigit() or word.lstrip("وب") in SCALE_WORDS)


_PAYER_PREPS = _CUES.get("payer_prep", set())
_ACCOUNT = _CUES.get("account", set())
_AGENT_PHRASES = _CUES.get("agent", set())
_ACCOUNT_PREPS = ("في", "لدي", "عند", "ب")


_GIVING_NOUNS = _CUES.get("giving_noun", set())
#: At most this many characters between the name and the figure (أعلنت الوزارة، مساء
#: الأحد، تخصيص …; أعلن البنك، اليوم الأربعاء، عن تقديم منحتين جديدتين لليمن بإجمالي …):
#: a comma-separated time or source and the noun's object, no more.
_GIVING_GAP = 80


#: إن / أن, with بـ or و and with a pronoun (أنه، بأنها: قالت الوزارة في بيان أنه تم …).
_COMPLEMENTIZERS = {pre + "ان" + suf for pre in ("", "ب", "و")
                    for suf in ("", "ه", "ها", "هم", "هما")}


def _announces_giving(before: list[str], gap: str) -> bool:
    """Whether a name after a verb of speech or command (أعلنت، قررت، أمر) is followed,
    before the figure (``gap``: the text between them), by a verbal noun of giving
    (تخصيص، تقديم، بإيداع; money_cues.tsv giving_noun): قررت الوزارة، في اجتماعها
    الدوري، رصد 15 مليون دينار: the ministry allocates, so it is the payer, over the
    comma that sets off a time or a source; likewise a name after a verb of giving when
    a funding noun comes before the figure (وسيقدم البنك X، بحسب مصادر حكومية، تمويلا
    قيمته …). Not a call on others (دعت X الحكومات إلى رصد …) nor a speech verb's
    homograph (بين: "between")."""
    words = gap.replace(",", " ").split()
    # دعت المنظمة الحكومات إلى رصد …: a call on others to give (إلى / على before the
    # noun), not a gift
    if not before or len(gap) > _GIVING_GAP or "الي" in words or "علي" in words:
        return False
    # قالت الوكالة إن الملك وجه بتقديم …: reported speech, the giver is in the clause
    # after إن / أن, not the name that reports it
    if _COMPLEMENTIZERS.intersection(words):
        return False
    w = _past_board_words(before)
    if _payer_verb(w):       # وسيقدم البنك X، بحسب مصادر حكومية، تمويلا قيمته …
        # تعهدت السعودية والإمارات، اليوم الثلاثاء، بتقديم 500 مليون دولار: a verbal noun
        return any(x.removeprefix("ال").rstrip("ا") in _FUNDING_NOUNS
                   or x.removeprefix("ال") in _FUNDING_NOUNS
                   or _with_conjunction(x, _GIVING_NOUNS, "وب") for x in words[-4:])
    cue = CUE_FORMS.get(w)
    speech = cue and cue[0] == "verb" and w[cue[2]:] not in PARTICIPLES \
        and w[cue[2]:] not in HOMOGRAPHS              # بين: "between" as often as a verb
    # (a verb of command or of making one's own decision known: قررت، وجهت، أعلنت، قامت
    # المؤسسة بتقديم …)
    if not (speech or _with_conjunction(w, _DECISION_VERBS)):
        return False
    # أعلن البنك، اليوم الأربعاء، عن تقديم منحتين جديدتين لليمن بإجمالي …: the verbal
    # noun may stand five words before the figure
    # أعلنت اليابان تقديمها …: the pronoun is the announcer's only after a verb that makes
    # its own decision known (انتقدت الحكومة تقديمه …: another's gift)
    own = _with_conjunction(w, _DECISION_VERBS)
    if own and _announced_gift(words[-4:]):
        return True
    return any(_with_conjunction(x, _GIVING_NOUNS, "وب") or own and _giving_noun_word(x)
               for x in words[-6:])


def _announcer_before_verb(gap: str) -> bool:
    """Whether ``gap``, the text between a name and the figure after it, opens with a
    verb of announcing or deciding (money_cues.tsv announce_verb, command_verb), past قد
    or a relative pronoun, and then holds what :func:`_announces_giving` reads after
    such a verb and a name (a verbal noun of giving, with the giver's pronoun or not):
    the name is the verb's subject, named before it as a pluperfect or a headline puts it
    (وكانت ألمانيا قد أعلنت تقديمها 20 مليون يورو …، الحكومة قررت تخصيص …) and so the
    payer, as after أعلنت ألمانيا تقديمها … (docs/money.md "Subject and payer")."""
    words = gap.replace(",", " , ").split()
    if words[:1] and words[0] in _RELATIVES:
        words = words[1:]
    if words[:1] == ["قد"]:
        words = words[1:]
    if not words or not _with_conjunction(words[0], _DECISION_VERBS):
        return False
    return _announces_giving([words[0]], " ".join(words[1:]).replace(" , ", ", "))


def _announced_gift(words: list[str]) -> bool:
    """Whether ``words`` (the last words before a figure, after a verb of announcing and
    a name) hold a new gift the name announces: an indefinite noun of money given
    (money_cues.tsv funding_noun, payer_noun: أعلنت الولايات المتحدة، الأربعاء، مساعدة
    جديدة بقيمة …، أعلن البنك قرضا بقيمة …), with no one else's mark beside it: no من
    (منحة من اليابان), no country adjective (منحة يابانية: Japan's), no verb of
    receiving (تسلم منحة), no إلى / على (حصولها على قرض)."""
    if any(w in ("من", "الي", "علي") or w in _COUNTRY_ADJECTIVES
           or w in _ACCUSATIVE_ADJECTIVES or _receiving(w) for w in words):
        return False
    nouns = _FUNDING_NOUNS | _PAYER_NOUNS
    return any(not w.startswith(("ال", "وال", "بال")) and (
        w in nouns or w.rstrip("ا") in nouns or w[:1] in "وب" and w[1:] in nouns)
        for w in words)


#: Pronouns of the giver on a verbal noun of giving (تقديمها، تخصيصه: "its giving").
_POSSESSIVES = ("هما", "هم", "ها", "ه")


def _receiving(word: str) -> bool:
    """Whether ``word`` is a verb or verbal noun of receiving (money_cues.tsv
    receive_verb), also with the receiver's pronoun (أعلنت المنظمة تلقيها تبرعا …،
    استلامها منحة: the one named before receives, it does not give)."""
    return word in _RECEIVE_VERBS or any(
        word.endswith(p) and word[:-len(p)] in _RECEIVE_VERBS for p in _POSSESSIVES)


def _giving_noun_word(word: str) -> bool:
    """Whether ``word`` is a verbal noun of giving (money_cues.tsv giving_noun) with و / ب
    before it, or with a pronoun of its giver after it (أعلنت اليابان تقديمها مليوني
    دولار، أعلن الصندوق عن تخصيصه …، أعلنت السعودية تبرعها بـ …: the one named before
    gives)."""
    if _with_conjunction(word, _GIVING_NOUNS, "وب"):
        return True
    if _funding_noun(word):
        return False          # منحة, normalised منحه, is a grant, not منح + ه
    # (a noun whose bare form is also a verb is listed with its article, التبرع: with
    # a pronoun it has none, تبرعها)
    return any(word.endswith(p) and (
        _with_conjunction(word[:-len(p)], _GIVING_NOUNS, "وب")
        or "ال" + word[:-len(p)].removeprefix("و") in _GIVING_NOUNS)
        for p in _POSSESSIVES)


def _announces_own_gift(before: list[str], gap: str) -> bool:
    """Whether a name after a verb of speech (أعلنت، قالت) reports its own gift: the
    only أن of ``gap`` (the text up to the figure) carries a pronoun and a verb of giving
    follows it (أعلنت الولايات المتحدة أنها ستمنح الأردن ضمانات قروض بقيمة …، قالت
    الوزارة إنها ستقدم …: :func:`_reports_own_gift`); إن الحكومة قدمت … is another's."""
    if not before or len(gap) > _GIVING_GAP or not _speech_verb(before[-1]):
        return False
    return _reports_own_gift(gap.replace(",", " ").split())


#: Words of a body's board or management between a verb and the body's name (قرر مجلس
#: إدارة الصندوق، قررت إدارة الشركة): money_cues.tsv board.
_BOARD_WORDS = _CUES.get("board", set())


def _past_board_words(before: list[str]) -> str:
    """The word before a name, past at most two words of its board or management
    (:data:`_BOARD_WORDS`): قرر مجلس إدارة الصندوق → قرر; the body decides, and pays, what
    its board decides."""
    k = len(before) - 1
    while k > 0 and len(before) - k <= 2 and before[k].removeprefix("ال") in _BOARD_WORDS:
        k -= 1
    return before[k]


def _object_of_giving(word: str, norm: str, n_me: int) -> bool:
    """Whether ``word``, before a name ending at normalised offset ``n_me``, is a verbal
    noun of giving whose object the name is: a give_to word that a plural noun of money
    may also spell (منح: grants, or granting), and a noun of money given right after the
    name (قرر البنك منح الأردن قرضا: Jordan receives the loan; منح البنك الدولي بقيمة …
    is the bank's grants)."""
    if not _with_conjunction(word, _GIVE_TO, "وبل"):
        return False
    after = norm[n_me:n_me + 30].split()[:1]
    return bool(after) and _funding_noun(after[0])


#: Nouns of support whose genitive is as often what is supported as who supports (دعم
#: الأسر، تمويل المشروع): money_cues.tsv funding_noun, less the payer_noun ones.
_SUPPORT_NOUNS = {"دعم", "تمويل"}
#: How far (normalised characters) a supporter's name may be from the figure after it.
_SUPPORTER_GAP = 40


def _supporter(norm: str, word: str, entity: str, name: str, n_me: int, n_fig: int) -> bool:
    """Whether a name right after دعم / تمويل in idafa (``word``, with و / ب before it, no
    ال: بدعم الاتحاد الأوروبي البالغ 5 ملايين يورو، تمويل الصندوق العربي بقيمة …) is the
    one who supports, so the payer of the figure shortly after it: a body that gives by
    its kind (a lender, :func:`is_lender`, or an intergovernmental body of the
    gazetteer), or any name with a ل phrase after it saying what is supported (دعم
    الحكومة للخبز 3 مليارات جنيه، تمويل الاتحاد الأوروبي لمشروع المياه بقيمة …). A
    country alone is not (دعم الأردن بمبلغ …: Jordan is supported)."""
    if not _with_conjunction(word, _SUPPORT_NOUNS, "وب") or n_fig - n_me > _SUPPORTER_GAP:
        return False
    after = norm[n_me:n_fig].split()
    if after and after[0].startswith("ل") and not after[0].startswith("ال"):
        return True
    entry = load_gazetteer().entries.get(entity)
    return is_lender(name) or entry is not None and entry.type == "intergovernmental"


def _with_conjunction(word: str, words, clitics: str = "وف") -> bool:
    """Whether ``word`` is one of ``words``, alone or after one or two of the proclitics
    ``clitics`` (وبتقديم، فقرر)."""
    return word in words or word[:1] in clitics and (
        word[1:] in words or word[1:2] in clitics and word[2:] in words)


_PARTY_WORDS = _CUES.get("party", set())
#: First words of a borrower's name (حكومة، وزارة …): after اتفاقية … مع, what the money
#: is for, not a lender.
_BORROWER_HEADS = {"حكومه", "وزاره", "جمهوريه", "دوله", "سلطه", "بلديه", "محافظه"}


#: Words before مع that a funding agreement's noun phrase may hold after its nouns (اتفاقية
#: قرض بقيمة 7 ملايين دينار أردني مع …): at most this many.
_AGREEMENT_REACH = 10


def _agreement_partner(norm: str, lo: int, n_ms: int, n_me: int) -> bool:
    """Whether the name at normalised ``[n_ms, n_me)``, right after مع, is the partner of a
    funding agreement and so its lender: an agreement noun followed by a noun of money
    given (اتفاقية تمويل، اتفاقية قرض، اتفاقيتي منحة) among the :data:`_AGREEMENT_REACH`
    words before مع in the clause (``lo``: the sentence's normalised start): وقعت الشركة
    اتفاقية تمويل مع بنك X، اتفاقية قرض بقيمة … مع صندوق X; or among the three words
    right after the name: وقعت الحكومة مع الاتحاد الأوروبي اتفاقية منحة. Not a government,
    ministry or other borrower (:data:`_BORROWER_HEADS`: اتفاقية قرض مع حكومة باكستان, which
    borrows). docs/money.md, "Subject and payer"."""
    name = norm[n_ms:n_me].split()
    if not name or _bare(name[0]) in _BORROWER_HEADS:
        return False
    before = norm[max(lo, n_ms - 160):n_ms]
    cut = max(before.rfind(c) for c in ",;:.!?")
    words = before[cut + 1:].split()[:-1][-_AGREEMENT_REACH:]      # without مع
    # … or right after the partner's name, as the verb's object often comes (وقعت الحكومة
    # مع الاتحاد الأوروبي اتفاقية منحة بقيمة …): the name's next words, up to a mark
    after = re.split(r"[,;:.!?،؛]", norm[n_me:n_me + 60], maxsplit=1)[0].split()[:3]
    return any(_agreement_noun(a) and _funding_noun(b)
               for pairs in (zip(words, words[1:]), zip(after, after[1:])) for a, b in pairs)


#: Dual verbs of agreeing or signing after two parties (X و Y اتفقا على …).
_DUAL_AGREEING = {"اتفقا", "اتفقتا", "وقعا", "وقعتا"}


def _agreement_noun(word: str) -> bool:
    """Whether ``word`` is a noun of agreement (اتفاقية، اتفاقيتين، اتفاق، مذكرة)."""
    w = word.lstrip("و").removeprefix("ال")
    return w.startswith("اتفاق") or w.startswith("مذكره")


def _party(before: list[str], after: str, after_words=(), lender: bool = True) -> bool:
    """Whether the name after the words ``before`` (and before the word ``after``) is one
    of two parties to an agreement: after بين, or a verb of signing with a second party
    joined by و (وقعت الوزارة والوكالة اتفاقية تمويل: both; اتفاقية بين الوزارة
    والصندوق; money_cues.tsv party). Parties sign for the money; they are not what it is
    for. One company signing (وقعت شركة X عقدا) stays a subject. The party after مع
    is so unless it is a government or ministry (``lender`` False: :data:`_BORROWER_HEADS`):
    in وقع الصندوق السعودي للتنمية اتفاقية قرض مع حكومة باكستان the fund gives and the
    government is what the loan is for."""
    last = before[-1] if before else ""
    if last in ("بين", "وبين"):
        return True
    # وقعت تونس اتفاقيتين مع البنك X: the other party, after an agreement noun and مع
    if last == "مع" and len(before) > 1 and _agreement_noun(before[-2]):
        return lender
    # الحكومة والبنك المركزي اتفقا على إنفاق …: a dual verb of agreeing after the name
    if any(w in _DUAL_AGREEING for w in after_words[:3]):
        return True
    if _with_conjunction(last, _PARTY_WORDS):
        return after.startswith("و")                # the first of two parties
    return last == "و" and any(_with_conjunction(w, _PARTY_WORDS) for w in before[-5:-1])


#: Every written form of a verb of giving: with و / ف and the future prefix س.
_PAYER_VERB_FORMS = {pre + v for v in _CUES.get("payer_verb", ())
                     for pre in ("", "و", "ف", "س", "وس", "فس")}


def _payer_verb(word: str) -> bool:
    """Whether ``word`` is a verb of giving (money_cues.tsv payer_verb), with و / ف and
    the future prefix س (وسيقدم، ستمنح) allowed before it."""
    return word in _PAYER_VERB_FORMS


def _after_payer_phrase(before: list[str]) -> bool:
    """Whether the words ``before`` a name end in a payer phrase (بتمويل من، الممول من
    طرف, lexicon money_cues.tsv payer_prep): the name is a funder."""
    return any(" ".join(before[-k:]) in _PAYER_PREPS for k in (1, 2, 3) if len(before) >= k)


def _account_bank(before: list[str], first: str) -> bool:
    """Whether a name (its first word ``first``) is the bank where an account is kept:
    an account noun shortly before it (lexicon money_cues.tsv account) and a preposition
    right before the name (حساب لدى بنك X، حساب الجمعية في بنك X، حساب رقم 1234 بالبنك
    الأهلي). The owner of the account (لحساب صندوق X) is not a bank of this kind."""
    words = before[-4:]
    for i, w in enumerate(words):
        if w.lstrip("وبل") in _ACCOUNT or w in _ACCOUNT:
            rest = words[i + 1:]
            return bool(rest) and rest[-1] in _ACCOUNT_PREPS or first.startswith("بال")
    return False


_FUNDING_NOUNS = _CUES.get("funding_noun", set())


#: The gazetteer places that are countries (lexicon countries.tsv ``place``): a donor
#: country gives as an organisation does (قدمت السعودية 500 مليون دولار).
_COUNTRY_PLACES = {r.place for r in _LEX["countries"]}
#: A capital stands for its government (أعلنت واشنطن تقديم …، قدمت الرياض …): the
#: gazetteer place of each countries.tsv ``capital`` → the country's place (docs/arabic.md
#: "Money").
_CAPITAL_COUNTRY = {r.capital: r.place for r in _LEX["countries"] if r.capital}
#: A word before a capital that makes it a place, not the government: في الرياض، من
#: واشنطن، إلى باريس, a dateline's dash (واشنطن - …) aside.
_PLACE_PREPOSITIONS = {pre + p for p in ("في", "من", "الي", "علي", "عن", "بين", "حتي", "نحو")
                       for pre in ("", "و", "ف")}


#: How far from a figure (characters, either side) its payer may be named: a clause
#: longer than this between a giver and the sum is not news copy, and the bound keeps a
#: sentence of thousands of figures and names linear (tests/test_scale.py).
_PAYER_REACH = 400


def _payer_candidates(article: Article, sent, mentions: _MentionIndex,
                      lo: int | None = None, hi: int | None = None) -> list[tuple]:
    """The ORG mentions of ``sent`` (starting in ``[lo, hi)`` when given, a part of the
    sentence) and its PLACE mentions that name a country (:data:`_COUNTRY_PLACES`), in
    text order, without one written with ل (للبنك، لمصر، لليمن: the recipient; the
    gazetteer's clitic reading tells لمصر from لبنان) or right after إلى (إلى العراق:
    where the money goes). A capital (lexicon countries.tsv ``capital``) is its country
    (أعلنت واشنطن تقديم …: the United States, docs/arabic.md "Money") unless a
    preposition or a proclitic other than و puts it as a place (في الرياض، بباريس, or a
    dateline: نيودلهي - …); its tuple then carries the country's place."""
    nt = article.normalised
    lo = sent.start if lo is None else max(sent.start, lo)
    hi = sent.end if hi is None else min(sent.end, hi)
    out = []
    for m in mentions.within("ORG", lo, hi):
        n = nt.index(m[2])
        if nt.norm[n:n + 2] != "لل" or _after_board_words(nt.norm, n):
            out.append(m)   # (مجلس المديرين التنفيذيين للبنك: the bank's board, no recipient)
    for m in mentions.within("PLACE", lo, hi):
        n = nt.index(m[2])
        if m[0] in _CAPITAL_COUNTRY and not _lam_prefixed(nt.norm, n):
            if _capital_as_place(article, m):
                continue
            m = (_CAPITAL_COUNTRY[m[0]], *m[1:])
        if m[0] not in _COUNTRY_PLACES or _lam_prefixed(nt.norm, n):
            continue
        prev = nt.norm[max(nt.index(sent.start), n - 8):n].split()[-1:]
        if prev and prev[0] in ("الي", "والي"):
            continue
        # قدمت الولايات المتحدة، ومنحت الصين مصر …: a country right after another
        # country after a verb of giving is the verb's object, not a second giver
        out.append(m)
    return sorted(out, key=lambda m: m[2])


def _words_before(nt, sent, ms: int, reach: int) -> list[str]:
    """The normalised words of ``sent`` in the ``reach`` characters before offset ``ms``
    (wide enough for an approval verb and a board's words before a name: وافق مجلس
    المديرين التنفيذيين للبنك …); ``[""]`` if none."""
    n = nt.index(ms)
    return nt.norm[max(nt.index(sent.start), n - reach):n].split() or [""]


def _after_board_words(norm: str, n: int) -> bool:
    """Whether the word before normalised offset ``n`` is a word of a body's board
    (money_cues.tsv board: مجلس المديرين التنفيذيين للبنك الدولي): the ل then joins the
    board to its body, which is no recipient."""
    prev = norm[max(0, n - 20):n].split()[-1:]
    return bool(prev) and prev[0].removeprefix("ال") in _BOARD_WORDS


def _capital_as_place(article: Article, m: tuple) -> bool:
    """Whether the capital mention ``m`` is written as a place, not as its government:
    after a preposition (:data:`_PLACE_PREPOSITIONS`: في الرياض، من واشنطن), with a
    proclitic other than و (بباريس، كالقاهرة; ل is the recipient, seen before), or
    before a dash or a colon (a dateline: الرياض - قدمت الحكومة …)."""
    nt = article.normalised
    n, e = nt.index(m[2]), nt.index(m[3])
    if _clitic_prefix(nt.norm, n).lstrip("و")[:1] in ("ب", "ك", "ف"):
        return True
    prev = nt.norm[max(0, n - 12):n].split()[-1:]
    if prev and prev[0] in _PLACE_PREPOSITIONS:
        return True
    return bool(re.match(r"\s*[-–—:]", nt.norm[e:e + 4]))


def _payer(article: Article, f: dict, sent, mentions: _MentionIndex) -> str:
    """The donor, lender or buyer of the figure ``f`` when its sentence says: an ORG or
    a country (:func:`_payer_candidates`: قدمت السعودية 500 مليون دولار) right after a
    verb of giving (وقدم الاتحاد الأوروبي منحة، قدمها البنك الدولي) or right before one,
    ahead of the figure (البنك الدولي يقدم 40 مليون دولار، العراق الذي قدم 20 مليون
    دولار), or after a phrase such as بتمويل من / مقدمة من / منحة من (lexicon
    money_cues.tsv; a funding noun and its adjectives: المساعدات الإنسانية من الأمم
    المتحدة), or right after the figure with من (40 مليون دولار من البنك الدولي: where
    the money comes from). Never a name written with ل (للبنك، لمصر: the recipient). A
    name right after the verb is its object when a name stands before the verb (البنك
    الدولي يقرض الحكومة) or the word is a verbal noun inside its clause (عزمه منح
    العراق: :func:`_verbal_noun_reading`). The one nearest the figure; "" if none."""
    nt = article.normalised
    best, dist = "", None
    own_donor = _gapped_item(article, f, sent)
    for ent, lab, ms, me in _payer_candidates(article, sent, mentions,
                                              f["start"] - _PAYER_REACH,
                                              f["end"] + _PAYER_REACH):
        ms = _with_state_noun(nt, ms)   # قدمت دولة الكويت، من دولة الكويت: the country
        if own_donor and not (me <= f["start"] and _gapped_donor(article, f, sent, ms, me)):
            continue      # والنرويج 27 مليون دولار: this sum has its own donor
        first = nt.norm[nt.index(ms):nt.index(me)].split()[:1]
        if first and first[0].removeprefix("ال") in _MEDIA_CUES \
                and not is_lender(nt.norm[nt.index(ms):nt.index(me)]):
            continue      # ونقلت الإذاعة الرسمية عن الوزير …: an outlet reports, it never pays
        before = nt.norm[max(nt.index(sent.start), nt.index(ms) - 25):nt.index(ms)].split()
        if not before:
            before = [""]     # the sentence opens with the name: only a verb after it
        if len(before) > 1 and _envoy_before(before):
            before = before[:-1]    # أعلنت بعثة الاتحاد الأوروبي عن تقديم …: the body gives
        if len(before) > 1 and before[-1].startswith(_UNDER_TERMS):
            # اتفاقا تقدم بموجبه اليابان منحة …: "under which", between the verb and its
            # subject
            before = before[:-1]
        last = before[-1]
        if _payer_verb(last) and (
                _subject_before_verb(article, sent, mentions, ms)
                or _noun_before_imperfect(last, before[:-1], nt.index(ms) - 25 <= nt.index(
                    sent.start))
                or _verbal_noun_reading(last, before[:-1])
                or _decided_giving(_words_before(nt, sent, ms, 70), last)
                or _subject_before_qad(before[:-1])):
            continue      # البنك الدولي يقرض العراق، عزمه منح العراق …: the object
        # The object suffix of a verb (قدمها X), never the ending of a funding noun
        # (منحه للبنك: منحه is "a grant", not منح + ه; the bank is the recipient).
        core = last if _payer_verb(last) or last in _FUNDING_NOUNS \
            else _OBJECT_SUFFIX.sub("", last)
        hit = _payer_verb(core) or _after_payer_phrase(before) \
            or (last == "من" and len(before) > 1
                and (_funding_noun(before[-2]) or _noun_and_adjectives(before[:-1])
                     # طلبت الحكومة الأردنية من البنك الدولي تمويلا: asked of, the lender;
                     # حصلت البلدية من المفوضية الأوروبية على منحة: received from, the giver
                     or any(_with_conjunction(w, _REQUEST_VERBS)
                            or _with_conjunction(w, _RECEIVE_VERBS)
                            or _receiving(w) for w in before[-4:-1]))) \
            or (last == "من" and ms >= f["end"]
                and _from_after_figure(nt.norm[f["_nend"]:nt.index(ms)].split())
                # سحب مشروع قانون القرض البالغ 30 مليون دولار من مجلس النواب: the
                # chamber a bill is withdrawn from, not where the money comes from
                and not any(nt.norm[nt.index(ms):nt.index(me)].startswith(x)
                            for x in _LEGISLATURES)) \
            or (ms >= f["end"] and nt.index(ms) - f["_nend"] <= 12
                and _passive_gift_agent(nt.norm, f, nt.norm[f["_nend"]:nt.index(ms)].split())) \
            or (me <= f["start"] and _with_conjunction(last, _PAYER_NOUNS, "وب")
                and not _object_of_giving(last, nt.norm, nt.index(me))) \
            or (me <= f["start"] and _supporter(nt.norm, last, ent,
                                                nt.norm[nt.index(ms):nt.index(me)],
                                                nt.index(me), f["_nstart"])) \
            or (me <= f["start"] and _verb_after(nt.norm, nt.index(me), article.text, me)) \
            or (me <= f["start"] and _gapped_donor(article, f, sent, ms, me)) \
            or (last == "مع" and _agreement_partner(nt.norm, nt.index(sent.start),
                                                    nt.index(ms), nt.index(me)))
        if not hit and ms >= f["end"] and nt.index(ms) - f["_nend"] <= 12 \
                and _verb_of_the_sum(nt.norm[f["_nend"]:nt.index(ms)]):
            hit = True    # … 645 م د، منحه البنك: منحه here is the verb, "granted it"
        if hit and ms >= f["end"] and _payer_verb(core) and _new_clause(last, before):
            hit = False   # … نصف مليار دولار وقد تعهدت السعودية بستين مليونا: the next pledge
        if hit and me <= f["start"] and _payer_verb(core) \
                and _presents_a_text(nt.norm[nt.index(me):f["_nstart"]]):
            hit = False   # قدمت الحكومة بيانها عن الموازنة … بمبلغ: a text, not money
        lo, hi = sorted((nt.index(me), f["_nstart"])) if ms < f["start"] else \
            (f["_nend"], nt.index(ms))
        comma_verb = _COMMA_VERB.match(nt.norm, lo) if me <= f["start"] else None
        if comma_verb and _payer_verb(comma_verb["v"]):
            lo = comma_verb.end()   # الاتحاد الأوروبي، تعهد بتوفير …: the clause from the verb
        # (the gap's length is checked before it is sliced: in one long sentence of many
        # figures and names, most names are far from a figure)
        if (hit and (not _CLAUSE_BREAK.search(
                         nt.norm, lo, _before_figure_comma(nt.norm, lo, hi)
                         if me <= f["start"] else hi)
                     or ms >= f["end"] and (_verb_of_the_sum(nt.norm[lo:hi])
                                            or _participle_of_the_sum(nt.norm[lo:hi])))
                and not _CLAUSE_CONJUNCTION.search(nt.norm, lo, hi)) or (  # same clause only
                me <= f["start"] and hi - lo <= _GIVING_GAP
                and (_announces_giving(before, nt.norm[lo:hi])
                     or _announcer_before_verb(nt.norm[lo:hi])
                     or _announces_own_gift(before, nt.norm[lo:hi])
                     or _approves(_words_before(nt, sent, ms, 45), nt.norm[lo:hi],
                                  nt.norm[nt.index(ms):nt.index(me)])
                     and not (_state_name(lab, nt.norm[nt.index(ms):nt.index(me)])
                              and _approved_by_borrower(nt, sent, ms, me, f, mentions)))):
            d = abs(ms - f["end"]) if ms >= f["end"] else abs(f["start"] - me)
            if dist is None or d < dist:
                best, dist, span = ent, d, (ms, me)
    if best:
        return JOINT.join([best] + _co_givers(article, f, sent, mentions, *span, best))
    return best or _own_funds_payer(article, f, sent, mentions) \
        or _cabinet_lender(article, f, sent, mentions) \
        or _adjective_donor(article, f, sent) or _office_payer(article, f, sent, mentions) \
        or _ruler_payer(article, f, sent, mentions)


#: Words that may stand between a comma after a giver's name and the figure
#: (قدمت اليابان، 5 ملايين دولار؛ بتمويل من البنك، بقيمة …؛ وخصص الصندوق، مبلغ …): the
#: links of a donor to its sum and the nouns of value (money_cues.tsv value_word).
_FIGURE_LINKS = {"", "ب", "بمبلغ", "بقيمه", "بمساهمه", "مبلغ", "مبلغا", "قدره", "قدرها"} \
    | _VALUE_WORDS


def _before_figure_comma(norm: str, lo: int, hi: int) -> int:
    """Where the clause of a name before a figure is checked up to: ``hi`` (the figure's
    start in the normalised text ``norm``), or the comma right before the figure, with at
    most one link of a sum after it (:data:`_FIGURE_LINKS`). Writers pause with a comma
    after a long subject or object before the sum (قدم الصندوق العربي، 5 ملايين دولار؛
    منحت السعودية اليمن، ملياري دولار؛ بتمويل من البنك، بقيمة …): no clause break
    (docs/money.md "Subject and payer")."""
    comma = norm.rfind(",", lo, hi)
    if comma == -1:
        return hi
    words = norm[comma + 1:hi].split()
    return comma if len(words) <= 1 and (not words or words[0] in _FIGURE_LINKS) else hi


def _figure_gap(norm: str, n_ms: int, n_me: int, hi: int) -> str:
    """``norm[n_me:hi]``, the normalised text between a name at ``n_ms``–``n_me`` and the
    figure at ``hi``, without the comma right before the figure and its link
    (:func:`_before_figure_comma`: لوزارة الصحة، 5 ملايين …), unless the name's word follows
    a currency word: the name is then the sum before's (7 ملايين يورو للنيجر، و3 ملايين
    يورو …: Niger is the 7 million's), and the comma stays a break."""
    gap = norm[n_me:hi]
    ws = norm.rfind(" ", 0, n_ms) + 1
    prev = norm[max(0, ws - 20):ws].split()[-1:]
    if prev and prev[0] in _WORD_BASE:
        return gap
    return gap[:_before_figure_comma(gap, 0, len(gap))]


#: Nouns of a body's own money (money_cues.tsv own_funds: موازنة، خزينة، أموال، نفقة).
_OWN_FUNDS = _CUES.get("own_funds", set())
#: Words after the figure up to the own-funds phrase (من موازنتها، على نفقتها).
_OWN_FUNDS_WORDS = 3


def _own_funds(word: str) -> bool:
    """Whether ``word`` is a noun of own money with a possessive pronoun (موازنتها،
    ميزانيته، خزينتها، أموالها، نفقتها): the ت of a ة given back before the lookup."""
    for suffix in _POSSESSIVES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[:-len(suffix)]
            return stem in _OWN_FUNDS or stem.endswith("ت") and stem[:-1] + "ه" in _OWN_FUNDS
    return False


def _own_funds_payer(article: Article, f: dict, sent, mentions: _MentionIndex) -> str:
    """The body that pays the figure ``f`` from its own money: right after the figure (at
    most :data:`_OWN_FUNDS_WORDS` words), من or على and a noun of own money with its
    pronoun (:func:`_own_funds`: الحكومة ستضيف 3 مليارات دينار من موازنتها، تحويل 50 مليون
    دينار من خزينتها، على نفقتها), in the figure's clause; the payer is then the nearest
    ORG or country before the figure in its clause (:func:`_payer_candidates`, not one
    written with ل), which before was taken as what the money is for. "" otherwise
    (docs/money.md "Subject and payer")."""
    nt = article.normalised
    after = nt.norm[f["_nend"]:min(nt.index(sent.end), f["_nend"] + 60)]
    after = _CLAUSE_BREAK.split(after, maxsplit=1)[0].split()[:_OWN_FUNDS_WORDS + 1]
    if not any(w in ("من", "علي") and k + 1 < len(after) and _own_funds(after[k + 1])
               for k, w in enumerate(after)):
        return ""
    before = _payer_candidates(article, sent, mentions, None, f["start"])
    for ent, _, _, me in reversed(before):
        if me <= f["start"] and not _CLAUSE_BREAK.search(nt.norm, nt.index(me), f["_nstart"]):
            return ent
    return ""


#: Between the names of givers who share one verb or phrase (قدمت ألمانيا وفرنسا …):
#: the ``payer`` column's "Germany | France", as aliases are joined in organisations.csv.
JOINT = " | "


def _co_givers(article: Article, f: dict, sent, mentions: _MentionIndex,
               ms: int, me: int, payer: str) -> list[str]:
    """The givers joined by و to the payer's mention ``[ms, me)`` right after it, each
    right after the one before (قدمت ألمانيا وفرنسا منحة بقيمة …، بتمويل من البنك الدولي
    والاتحاد الأوروبي): ORG or country mentions (:func:`_payer_candidates`) with nothing
    but و between, on the payer's side of the figure (وتعهدت الإمارات بتقديم مليوني
    دولار والسويد 30 مليون دولار: Sweden gives its own sum). Two givers of one sum both
    pay it; before, only the first was its payer."""
    text = article.text
    out: list[str] = []
    hi = f["start"] if me <= f["start"] else sent.end
    for ent, _, cs, ce in _payer_candidates(article, sent, mentions, me, hi):
        gap = text[me:cs]
        if ce > hi or gap.strip() not in ("", "و") or len(gap) > 3 \
                or "و" not in gap and not text.startswith("و", cs):
            break
        if ent != payer and ent not in out:
            out.append(ent)
        me = ce
    return out


_MEASURES = _CUES.get("measure", set())
_STATISTICS = {w for w in _CUES.get("statistic", set()) if " " not in w}
_LENDER_HEADS = _CUES.get("lender_head", set())


def money_noun_phrase(name: str) -> bool:
    """Whether the normalised name of an ORG mention is a cue noun and one noun of money
    with the article, no body's name (كتلة الأجور "the wage bill"، مجموعة الإيرادات "total
    revenue"، حركة الاعتمادات: money_cues.tsv measure, statistic, funding_noun,
    giving_noun): the entity rules read the cue noun as a body's head, but what follows
    is the money itself, which neither gives nor receives. A lender's head keeps its
    name (بنك التمويل، صندوق الدعم)."""
    words = name.split()
    if len(words) != 2 or not words[1].startswith("ال") \
            or words[0].removeprefix("ال") in _LENDER_HEADS:
        return False
    w = words[1][2:]
    nouns = _MEASURES | _STATISTICS | _FUNDING_NOUNS | _GIVING_NOUNS
    return w in nouns or w.endswith("ات") and w[:-2] in nouns


#: ISO 3166-1 alpha-2 → the gazetteer place that names the country (countries.tsv).
_PLACE_OF_CODE = {r.code: r.place for r in _LEX["countries"]}
#: A country's gazetteer place or one of its cities → its ISO 3166-1 alpha-2 (countries.tsv).
_CODE_OF_PLACE = {p: r.code for r in _LEX["countries"] for p in (r.place, *r.cities) if p}


def _cabinet_lender(article: Article, f: dict, sent, mentions: _MentionIndex) -> str:
    """The country whose cabinet, legislature or government approves the loan or grant
    that the figure ``f`` is, when the money goes to another country: an approval word
    (money_cues.tsv approve) right before the body, then على and a noun of money given
    (or a verbal noun of giving and one) in its clause before the figure, and the
    figure's recipient a place written with ل or إلى that is not of its own country (وافق
    مجلس الوزراء على قرض لدولة الأردن بقيمة …، وافق مجلس الأمة الكويتي على منحة للسودان
    بقيمة …، وافق مجلس الوزراء الكويتي على التبرع بمليوني دولار إلى أوكرانيا). A chamber approves
    what its state lends as well as what it borrows; lending to another country, the state
    is the payer. The body's country is the one its name names (مجلس الوزراء الكويتي),
    else the document's ``country``, else the one that leads the article's country
    evidence; never the recipient itself. "" otherwise (docs/money.md)."""
    nt = article.normalised
    for _, _, ms, me in mentions.within("ORG", sent.start, f["start"]):
        name = nt.norm[nt.index(ms):nt.index(me)]
        first = name.split()[:1]
        if not (any(name.startswith(x) for x in _LEGISLATURES)
                or first and first[0].removeprefix("ال") == "حكومه"):
            continue
        before = nt.norm[max(nt.index(sent.start), nt.index(ms) - 25):nt.index(ms)].split()
        if not before or not _with_conjunction(before[-1], _APPROVE):
            continue
        gap = nt.norm[nt.index(me):f["_mstart"]]
        words = gap.split()
        if len(gap) > _GIVING_GAP or _CLAUSE_BREAK.search(gap) or words[:1] != ["علي"] \
                or not any(_funding_noun(w) for w in words[1:3]):
            continue
        recipient = _place_recipient(article, f, sent, mentions)
        if not recipient:
            return ""
        code = name_country(name) or _meta_country(article.doc.meta)
        if not code:
            ranked = sorted(article_country_evidence(article).items(), key=lambda kv: -kv[1])
            if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
                code = ranked[0][0]
        place = _PLACE_OF_CODE.get(code, "")
        # never the state the money goes to, nor one of its own places (لمحافظة البصرة)
        return place if place and _CODE_OF_PLACE.get(recipient) != code else ""
    return ""


#: A comma and the word after it (a name's verb set off by the comma: الاتحاد، تعهد …).
_COMMA_VERB = re.compile(r"\s*,\s*(?P<v>\S+)")


#: دولة "the state (of)" (or دول, "the states of": تعهدت دول التحالف بتقديم …) right before
#: a name (قدمت دولة الكويت): the country, or the body of states.
_STATE_NOUN = re.compile(r"(?:^|(?<=\s))دول(?:ه)?\s+$")


def _with_state_noun(nt, ms: int) -> int:
    """``ms``, the start of a payer candidate, or the start of دولة right before it (دولة
    الكويت، دولة قطر): the noun is part of the country's name, so the words before it are
    what the payer rules read (قدمت …، من …)."""
    n = nt.index(ms)
    m = _STATE_NOUN.search(nt.norm, max(0, n - 8), n)
    return nt.span(m.start(), m.start())[0] if m else ms


#: "Under which" with its pronoun (بموجبه، بموجبها، بمقتضاه), between a verb of giving
#: and its subject in a clause on an agreement: read past, as if the verb came right
#: before the name.
_UNDER_TERMS = ("بموجب", "بمقتضا", "بمقتضي")


#: Country relative adjectives (lexicon countries.tsv ``adjective``) in each written form
#: (سعودي، سعودية، السعودي، السعودية) → the country's gazetteer place.
_COUNTRY_ADJECTIVES = {pre + normalise(a) + suf: r.place
                       for r in _LEX["countries"] for a in r.adjective
                       for pre in ("", "ال") for suf in ("", "ه")}
#: The accusative masculine form (سويديا، يابانيا), read only after an accusative noun
#: (دعما سويديا، تمويلا يابانيا): alone, تركيا or ليبيا is the country's name.
_ACCUSATIVE_ADJECTIVES = {normalise(a) + "ا": r.place
                          for r in _LEX["countries"] for a in r.adjective}


def _donor_adjective(noun: str, adjective: str) -> str:
    """The place whose country adjective ``adjective`` agrees with the noun before it
    (منحة سعودية; دعما سويديا, both accusative), else ""."""
    if noun.endswith("ا") and adjective in _ACCUSATIVE_ADJECTIVES:
        return _ACCUSATIVE_ADJECTIVES[adjective]
    return _COUNTRY_ADJECTIVES.get(adjective, "")
#: Nouns of money given that a donor's adjective follows (منحة سعودية، وديعة قطرية،
#: تعهد كويتي، قروض صينية): money_cues.tsv funding_noun and payer_noun, and donor_noun.
_DONOR_NOUNS = _FUNDING_NOUNS | _CUES.get("payer_noun", set()) | _CUES.get("donor_noun", set())


def _donor_noun(word: str) -> bool:
    """Whether ``word`` is one of :data:`_DONOR_NOUNS`, with ال and و / ب before it
    (بتعهد، والمنحة، وديعة: the و of وديعة is its own) or in the accusative (دعما، تمويلا)."""
    for w in (word, word[1:], word[2:]):
        bare = w.removeprefix("ال")
        if w and (bare in _DONOR_NOUNS or bare.endswith("ا") and bare[:-1] in _DONOR_NOUNS):
            return w == word or word[:len(word) - len(w)] in ("و", "ب", "وب", "ف")
    return False


def _adjective_donor(article: Article, f: dict, sent) -> str:
    """The country whose relative adjective follows a noun of money given in the clause
    of figure ``f``, right before the figure (بتعهد كويتي بدفع ما قيمته نصف مليار دولار،
    منحة سعودية بقيمة …) or right after it (500 مليون دولار منحة قطرية): the donor, as a
    gazetteer place. Not when a second country adjective follows (الوديعة السعودية
    الإماراتية: two donors, neither alone). Also من + a side noun + a country's adjective
    after the figure, before the next figure or punctuation (إيداع 200 مليون دولار في
    المصرف المركزي من الجانب الكويتي: money_cues.tsv donor_side). "" if none."""
    nt = article.normalised
    lo, hi = nt.index(sent.start), nt.index(sent.end)
    before = nt.norm[max(lo, f["_nstart"] - 60):f["_nstart"]]
    cut = max(before.rfind(c) for c in ",;:.!?")
    words = before[cut + 1:].split()[-6:]
    after = nt.norm[f["_nend"]:min(hi, f["_nend"] + 30)]
    cut = min([k for k in (after.find(c) for c in ",;:.!?") if k != -1] or [len(after)])
    words_after = after[:cut].split()[:3]
    for seq in (words, words_after[:2] + [""] if len(words_after) >= 2 else []):
        for i in range(len(seq) - 1):
            place = _donor_adjective(seq[i], seq[i + 1])
            if place and _donor_noun(seq[i]) \
                    and (i + 2 >= len(seq) or seq[i + 2] not in _COUNTRY_ADJECTIVES):
                return place
    # 4 مليارات دولار من الضمانات المصرفية الأمريكية: من, a noun of money given, at
    # most one adjective of its kind, then the donor's adjective
    tail = nt.norm[f["_nend"]:min(hi, f["_nend"] + 50)]
    cut = min([k for k in (tail.find(c) for c in ",;:.!?") if k != -1] or [len(tail)])
    tail = tail[:cut].split()[:5]
    if tail[:1] == ["من"] and len(tail) >= 3 and _donor_noun(tail[1]):
        k = 3 if tail[2] not in _COUNTRY_ADJECTIVES and _is_nisba(tail[2]) else 2
        place = _donor_adjective(tail[1], tail[k]) if k < len(tail) else ""
        if place and (k + 1 >= len(tail) or tail[k + 1] not in _COUNTRY_ADJECTIVES
                      and tail[k + 1][1:] not in _COUNTRY_ADJECTIVES):
            return place      # (not الأمريكية والسعودية: two donors)
    # 200 مليون دولار في المصرف المركزي من الجانب الكويتي: من + a side noun + a country's
    # adjective in the figure's clause after it, before the next figure
    seq = nt.norm[f["_nend"]:min(hi, f["_nend"] + 80)].split()
    for i, w in enumerate(seq[:8]):
        if any(c.isdigit() for c in w) or any(c in w for c in ",;:.!?"):
            break
        if w == "من" and i + 2 < len(seq) and seq[i + 1] in _DONOR_SIDES:
            place = _COUNTRY_ADJECTIVES.get(seq[i + 2].rstrip(",;:.!?"))
            if place and (i + 3 >= len(seq)
                          or seq[i + 3].rstrip(",;:.!?") not in _COUNTRY_ADJECTIVES):
                return place
    return ""


#: Offices that head a body (titles.tsv institution: وزير → وزارة), normalised.
_OFFICE_BODIES = {k: v for k, v in OFFICE_INSTITUTIONS.items()}
#: Every indefinite office (titles.tsv office: مدير، محافظ): its body only as named in
#: its field (مدير صندوق التنمية).
_OFFICES = {normalise(r.form) for r in _LEX["titles"] if r.kind == "office"
            and not r.form.startswith("ال")}
#: Heads of state or government (money_cues.tsv head_title: عاهل، ملك، رئيس) and the
#: words of their field before the country's adjective (state_field: رئيس مجلس الوزراء
#: الكويتي).
_HEAD_TITLES = _CUES.get("head_title", set())
_STATE_FIELDS = _CUES.get("state_field", set())
#: Verbs by which a person makes a gift of his body's known or orders it (money_cues.tsv
#: announce_verb, command_verb: أعلن، اعتمد، قرر، وجه): with a verbal noun of giving
#: after the office (وجه وزير الأوقاف بصرف …), the office's body gives.
_DECISION_VERBS = _CUES.get("announce_verb", set()) | _CUES.get("command_verb", set())
#: Definite words that end an office's field: a preposition or a relative pronoun
#: written with ال (إلى normalised الي، التي، الذي).
_NOT_FIELD = {"الي", "الا", "التي", "الذي", "الذين", "اللذين", "اللتين", "الان"}
#: How far before a figure (characters) the office of the person who gives it may be.
_OFFICE_REACH = 160
#: How far from the sentence (characters) a body named like the office's is looked for.
_OFFICE_BODY_REACH = 3000


def _office_reading(word: str) -> tuple[str, str]:
    """``(kind, office)`` of ``word`` (normalised): ``("body", وزير)`` for an
    indefinite office that heads a body (titles.tsv institution: وزير الصحة, with و / ف
    before it), ``("head", ملك)`` for a head of state or government (money_cues.tsv
    head_title, bare or with ال: العاهل الأردني، رئيس الوزراء); else ``("", "")``."""
    # (وزير itself opens with و: the word as written is read first)
    for w in (word, word[1:] if word[:1] in ("و", "ف") else ""):
        if w in _OFFICE_BODIES:
            return "body", w
        bare = w.removeprefix("ال")
        if bare in _HEAD_TITLES:
            return "head", bare
        if w in _OFFICES:
            return "office", w
    return "", ""


def _office_payer(article: Article, f: dict, sent, mentions: _MentionIndex) -> str:
    """The body a person gives for, when the figure's clause has no giver but a
    person's office (docs/money.md "Subject and payer"): the office right after a verb
    of giving (وخصص وزير الصحة مليون دينار …) or after a verb of speech or command with
    a verbal noun of giving before the figure (أعلن وزير التربية تخصيص …، وجه وزير
    الأوقاف بصرف …, :func:`_announces_giving`). The body is the organisation named in
    the office's field (وزير الأوقاف → the mention الأوقاف), else the body the office
    heads (titles.tsv institution: وزير الصحة → وزارة الصحة, as the article names it
    when it does, a country's adjective made feminine: وزير المالية المغربي → وزارة
    المالية المغربية); for a head of state or government the country of the adjective
    after the title (العاهل السعودي، رئيس الوزراء الأردني → the country's place). A
    person with no office, or an office whose field is not given (الوزير), names no
    payer: the rule never guesses. "" if none."""
    nt = article.normalised
    lo = max(nt.index(sent.start), f["_nstart"] - _OFFICE_REACH)
    toks = [(lo + m.start(), lo + m.end(), m.group())
            for m in re.finditer(r"\S+", nt.norm[lo:f["_nstart"]])]
    for k in range(len(toks) - 1, 0, -1):
        kind, office = _office_reading(toks[k][2])
        if not kind:
            continue
        # the person's honorific and name may stand between the verb and the office
        # (وخصص الدكتور خالد منصور وزير الصحة …: the office in apposition)
        v = k - 1
        while v > 0 and k - v <= _NAME_WORDS and _name_word(toks[v][2]):
            v -= 1
        verb = toks[v][2]
        # the field: the definite words after the office (وزير الزراعة والتنمية الريفية)
        j = k + 1
        while j < len(toks) and j - k <= 4 and toks[j][2].startswith(("ال", "وال")) \
                and toks[j][2].rstrip(",;:") not in _NOT_FIELD:
            j += 1
            if toks[j - 1][2][-1:] in ",;:":
                break
        if j == k + 1 and k + 1 < len(toks):
            # محافظ أسوان، رئيس بلدية صور: a place's name without the article is the field
            o0, o1 = nt.span(toks[k + 1][0], toks[k + 1][1])
            place = [m for m in mentions.within("PLACE", o0, o1 + 1) if m[2] == o0]
            while place and j < len(toks) and nt.span(*toks[j][:2])[1] <= place[0][3]:
                j += 1
        if j == k + 1:
            if k >= 2 and _office_reading(toks[k - 2][2])[0] \
                    and toks[k - 1][2].startswith("ال"):
                continue       # العاهل السعودي الملك سلمان: a title of the name after an office
            return ""          # وزير alone, الملك alone: no field, no body
        field = [t[2].rstrip(",;:") for t in toks[k + 1:j]]
        gap_lo = toks[j - 1][1]
        gap = nt.norm[gap_lo:f["_nstart"]]
        words = gap.replace(",", " ").split()
        # وأضاف وزير الصحة أنه قرر تخصيص …، قال محافظ أسوان إنه سيقدم …: the speaker
        # reports his own gift (the pronoun on أن is he), so his body gives
        own = _speech_verb(verb) and _reports_own_gift(words)
        if _COMPLEMENTIZERS.intersection(words) and not own or len(gap) > _GIVING_GAP:
            return ""
        if own:
            pass
        elif _payer_verb(verb):
            if any(_payer_verb(w) for w in words):
                return ""      # خصص الوزير … قدمه البنك: another giver's verb
        elif not (_with_conjunction(verb, _DECISION_VERBS)
                  and "الي" not in words and "علي" not in words
                  and any(_giving_noun_word(x) for x in words[-6:])):
            # طالب الوزير بصرف …، انتقد الوزير صرف …: a call or a complaint, not a gift
            return ""
        start, end = nt.span(toks[k + 1][0], toks[j - 1][1])
        named = mentions.within("ORG", start, end)
        if named and kind != "body":
            return named[0][0]   # رئيس الجامعة الأردنية: the body named in the field
        if kind == "office":
            return ""
        if kind == "head":
            # رئيس only with a field of state (رئيس الوزراء الأردني) or the article
            # (الرئيس المصري): رئيس الجامعة الأردنية heads a university, not the state
            rest = [w for w in field if w not in _STATE_FIELDS]
            definite = toks[k][2].removeprefix("و").startswith("ال")
            if rest and rest[0] in _COUNTRY_ADJECTIVES and (
                    len(rest) < len(field) or definite or office != "رييس"):
                return _COUNTRY_ADJECTIVES[rest[0]]
            return ""
        if named:
            return named[0][0]   # وزير الأوقاف: the body the field names
        return _office_body(article, mentions, office, start, end, sent)
    return ""


#: Words of a person's honorific and name between a verb and the office after them.
_NAME_WORDS = 5
#: Titles of a ruler that his own name may follow (money_cues.tsv ruler_title: ملك، عاهل،
#: أمير، سلطان; الرئيس only with its article), normalised.
_RULER_TITLES = _CUES.get("ruler_title", set())
#: A country's Arabic name (countries.tsv name: الكويت، عمان، الإمارات العربية المتحدة),
#: normalised → its gazetteer place. After a ruler's title عمان is Oman, never Amman.
_COUNTRY_NAMES = {normalise(r.name): r.place for r in _LEX["countries"] if r.name}
_COUNTRY_NAME_WORDS = max((len(n.split()) for n in _COUNTRY_NAMES), default=1)
#: Ordinals after a ruler's name (الملك عبد الله الثاني، محمد السادس), normalised.
_REGNAL_ORDINALS = {"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
                    "الثامن", "التاسع", "العاشر"}
#: Words of a ruler's lineage inside his name (بن، بنت، آل normalised ال).
_LINEAGE = {"بن", "بنت", "ابن", "ال"}


def _ruler_title_at(word: str) -> tuple[str, int]:
    """``(title, clitic)``: the head-of-state title ``word`` (normalised) reads as, bare
    (money_cues.tsv head_title or ruler_title: ملك، أمير، سلطان، ولي، رئيس; with ال, و,
    ف before it), and the length of its و / ف; ``("", 0)`` if none. A ruler_title written
    with ال (الرئيس) keeps its article: رئيس alone heads many bodies."""
    for c in (0, 1):
        if c and word[:1] not in ("و", "ف"):
            break
        w = word[c:]
        if w in _RULER_TITLES:
            return w, c
        bare = w.removeprefix("ال")
        if bare in _HEAD_TITLES or bare in _RULER_TITLES:
            return bare, c
    return "", 0


def _plain_name_word(word: str) -> bool:
    """Whether ``word`` (normalised) may be a word of a ruler's own name after his title
    (سلمان، تميم، هيثم): letters only, no article, no clitic ب or ل, and no word of money,
    giving or speech (بمبلغ، مساعدات، تبرعا، قدم، قال)."""
    if not word.isalpha() or word.startswith(("ال", "ب", "ل")) or word in ("قد", "وقد"):
        return False
    if _payer_verb(word) or _speech_verb(word) or _with_conjunction(word, _DECISION_VERBS):
        return False
    return not (_funding_noun(word) or _giving_noun_word(word) or word in _PAYER_NOUNS
                or word.rstrip("ا") in _FUNDING_NOUNS or word.endswith("ا"))


def _ruler_named(article: Article, toks: list[tuple], k: int, title: str,
                 clitic: int) -> tuple[str, int]:
    """``(payer, j)`` for the head-of-state title at ``toks[k]`` (``title`` bare,
    ``clitic`` the length of its و / ف), ``toks[j]`` the first token after his words: the
    country his title names (أمير الكويت، سلطان عمان، رئيس دولة الإمارات، ولي العهد
    السعودي → the country's gazetteer place), else the ruler as the text names him, from
    the title to the last word of his name or of his field of state (الملك سلمان بن عبد
    العزيز، الرئيس عبد المجيد تبون، ولي العهد الأمير محمد، رئيس الدولة); ``("", k)`` for a
    title with neither (الملك alone), with a field that is no state's (أمير منطقة الرياض،
    رئيس الجامعة) or a name where its title takes none (رئيس خالد)."""
    nt = article.normalised
    words = [t[2].rstrip(",;:") for t in toks]
    i = k + 1
    # the country by its name, دولة before it or not (countries.tsv name)
    c = i + 1 if i < len(words) and words[i] in ("دوله", "ودوله") else i
    for n in range(_COUNTRY_NAME_WORDS, 0, -1):
        place = _COUNTRY_NAMES.get(" ".join(words[c:c + n])) if c + n <= len(words) else None
        if place:
            return place, c + n
    # the field of state (ولي العهد، رئيس الدولة، رئيس الوزراء) and its country's adjective
    while i < len(words) and words[i] in _STATE_FIELDS:
        i += 1
    if i < len(words) and words[i] in _COUNTRY_ADJECTIVES:
        return _COUNTRY_ADJECTIVES[words[i]], i + 1
    field = i > k + 1
    inner = i < len(words) and _ruler_title_at(words[i])[0] and words[i].startswith("ال")
    if inner:
        i += 1            # ولي العهد الأمير محمد: the title of his name
    if not (field or inner or title in _RULER_TITLES or "ال" + title in _RULER_TITLES
            and words[k][clitic:].startswith("ال")):
        return "", k      # رئيس خالد: no head of state
    n0 = i
    while i < len(words) and i - n0 < _NAME_WORDS:
        w = words[i]
        if w == "عبد" and i + 1 < len(words):
            i += 2        # عبد الله، عبد العزيز: one word of the name
        elif w in _LINEAGE and i > n0 or w in _REGNAL_ORDINALS and i > n0 \
                or _plain_name_word(w) or i == n0 and w.startswith("ال") and w.isalpha() \
                and i + 1 < len(words) and words[i + 1] in _LINEAGE:
            # (الوليد بن طلال: a first name with the article, known by بن after it)
            i += 1
        else:
            break
        if toks[i - 1][2][-1:] in ",;:":
            break
    if i == n0 and not field or inner and i == n0:
        return "", k      # الملك alone: no one named
    if i < len(words) and words[i].startswith("ال") and not _funding_noun(words[i][2:]) \
            and not _giving_noun_word(words[i]) and toks[i - 1][2][-1:] not in ",;:":
        return "", k      # أمير منطقة الرياض، الرئيس التنفيذي: a title of another field
    start, end = nt.span(toks[k][0] + clitic, toks[i - 1][1])
    return article.text[start:end].rstrip("،,;: "), i


def _ruler_payer(article: Article, f: dict, sent, mentions: _MentionIndex) -> str:
    """The payer when a head of state gives, named by his title (docs/money.md "Subject
    and payer"): the title right after a verb of giving (وقدم أمير الكويت 10 ملايين
    دولار) or after a verb of announcing or command with a verbal noun of giving before
    the figure (ووجه الملك بتقديم …), or before a verb of giving, قد between or not (الملك
    سلمان يتبرع بـ …، وكان سلطان عمان قد قدم …). The payer is the country the title names
    (:func:`_ruler_named`: Kuwait, Oman), else the ruler as the text names him (الملك
    سلمان, no row of organisations.csv: the text names no body). A speaker reporting
    another's gift (إن، أن) or another giver's verb in the gap names none. "" if none."""
    nt = article.normalised
    lo = max(nt.index(sent.start), f["_nstart"] - _OFFICE_REACH)
    toks = [(lo + m.start(), lo + m.end(), m.group())
            for m in re.finditer(r"\S+", nt.norm[lo:f["_nstart"]])]
    for k in range(len(toks) - 1, -1, -1):
        title, clitic = _ruler_title_at(toks[k][2])
        if not title:
            continue
        payer, j = _ruler_named(article, toks, k, title, clitic)
        if not payer:
            continue
        after = [t[2].rstrip(",;:") for t in toks[j:]]
        verb = toks[k - 1][2] if k else ""
        if after and after[0] in ("قد", "وقد"):
            after = after[1:]
        if _payer_verb(verb):
            words = after if not after or not _payer_verb(after[0]) else []
        elif _with_conjunction(verb, _DECISION_VERBS):
            words = after
            if "الي" in words or "علي" in words \
                    or not any(_giving_noun_word(x) for x in words[-6:]):
                return ""    # طالب الملك بتقديم …، دعا الأمير إلى …: a call, not a gift
        elif after and _payer_verb(after[0]) and not _passive_marked(after[0]):
            words = after[1:]      # الملك سلمان يتبرع بـ …: the title before its verb
        else:
            continue   # ولي العهد الأمير محمد: the title of his name; the verb is before
        if _COMPLEMENTIZERS.intersection(words) or any(_payer_verb(w) for w in words) \
                or len(" ".join(words)) > _GIVING_GAP:
            return ""
        return payer
    return ""
#: Honorifics before a person's name (titles.tsv honorific: الدكتور، اللواء), normalised,
#: with the article.
_HONORIFICS = {pre + normalise(r.form) for r in _LEX["titles"] if r.kind == "honorific"
               for pre in ("", "ال")}


def _name_word(word: str) -> bool:
    """Whether ``word`` (normalised) may be a word of a person's honorific or name before
    the office that follows it in apposition: an honorific (الدكتور، اللواء), or a word
    with no article, no digit and no punctuation that is no verb of giving (خالد، منصور)."""
    if word in _HONORIFICS:
        return True
    return not word.startswith(("ال", "وال")) and word.isalpha() and not _payer_verb(word) \
        and not _with_conjunction(word, _DECISION_VERBS) and not _speech_verb(word)


def _office_body(article: Article, mentions: _MentionIndex, office: str, start: int,
                 end: int, sent) -> str:
    """The body an office heads with the field ``article.text[start:end]`` (وزارة +
    the field, a country's adjective made feminine: وزارة المالية المغربية), as the
    article names it (an ORG entity of that normalised name near the sentence), else
    as the office's words build it."""
    inst = _OFFICE_BODIES[office]
    words = article.text[start:end].rstrip("،,;:").split()
    words = [w + "ة" if i and normalise(w) in _COUNTRY_ADJECTIVES and w.endswith("ي")
             else w for i, w in enumerate(words)]
    name = inst + " " + " ".join(words)
    key = normalise(name)
    for m in mentions.within("ORG", max(0, sent.start - _OFFICE_BODY_REACH),
                             sent.end + _OFFICE_BODY_REACH):
        surface = normalise(article.text[m[2]:m[3]])
        # (also with its country's adjective: وزير الخارجية … وزارة الخارجية الأمريكية)
        if key in (normalise(m[0]), surface) or surface.startswith(key + " ") and (
                surface[len(key) + 1:] in _COUNTRY_ADJECTIVES):
            return m[0]
    return name


#: Nouns of a party after من that a country's adjective follows (من الجانب الكويتي):
#: money_cues.tsv donor_side.
_DONOR_SIDES = _CUES.get("donor_side", set())


_PAYER_NOUNS = _CUES.get("payer_noun", set())
_REQUEST_VERBS = _CUES.get("request_verb", set())
_APPROVE = _CUES.get("approve", set())
_LEGISLATURES = _CUES.get("legislature", set())
#: Words between an approval word and the lender's name (الموافقة النهائية من البنك،
#: وافق المجلس الإداري لمجموعة البنك): at most three.
_APPROVAL_FILLERS = {"من", "النهاييه", "مجلس", "اداره", "المجلس", "الاداري", "مجموعه",
                     "لمجموعه"}


#: Words before من in a hedge on the figure (أكثر من، أقل من، ما يزيد عن).
_HEDGE_BEFORE_MIN = {"اكثر", "اقل", "ازيد", "اكبر", "يقرب"}


def _funding_noun(word: str) -> bool:
    """Whether ``word`` is a noun of money given (money_cues.tsv funding_noun, giving_noun
    or payer_noun), with ال، و، ب before it or the accusative or plural ending after it
    (بمنحة، التمويل، تمويلا، تمويلات)."""
    w = word
    for p in ("وب", "و", "ب", "ف"):
        if w.startswith(p) and len(w) > len(p) + 2:
            w = w[len(p):]
            break
    w = w.removeprefix("ال")
    nouns = _FUNDING_NOUNS | _GIVING_NOUNS | _PAYER_NOUNS
    return w in nouns or w.rstrip("ا") in nouns or w.endswith("ات") and w[:-2] in nouns


def _approves(before: list[str], gap: str, name: str) -> bool:
    """Whether the name ``name`` (normalised) before a figure approves the loan or grant
    that the figure is, so it is the lender (money_cues.tsv approve): an approval word
    right before it (موافقة البنك الدولي على، الموافقة النهائية من البنك، وافق المجلس
    الإداري لمجموعة البنك: at most three :data:`_APPROVAL_FILLERS` between) or in the
    first six words of ``gap``, the text from the name to the figure (البنك وافق على،
    أعلن البنك عن موافقته على، قرر مجلس إدارة البنك اليوم، الموافقة على); then على in
    the next five words, and after it a noun of money given in two words (على تقديم منح،
    على قرض، على حزمة تمويلات) or the figure itself (وافق على 930 مليون دولار). Not when
    another lender follows with من (وافق مجلس الوزراء على قرض من البنك …), nor for a
    legislature or cabinet (money_cues.tsv legislature), which approves what it borrows,
    nor in reported speech (إن / أن before the approval). A country or government that
    approves a loan it takes is read by :func:`_approved_by_borrower`."""
    if any(name.startswith(x) for x in _LEGISLATURES):
        return False
    k = len(before) - 1
    while k >= 0 and len(before) - k <= 4 and (
            before[k] in _APPROVAL_FILLERS or before[k].removeprefix("ال") in _BOARD_WORDS):
        k -= 1      # وافق مجلس المديرين التنفيذيين للبنك: the board's words (board)
    words = gap.replace(",", " ").split()
    if k >= 0 and _with_conjunction(before[k], _APPROVE):
        rest = words
    else:
        at = next((i for i, w in enumerate(words[:6]) if _with_conjunction(w, _APPROVE)), None)
        # قال البنك إنه وافق على إقراض …: the body reports its own approval (the
        # pronoun on إن right before the verb); إن الحكومة وافقت … is another's
        own = at is not None and at > 0 and words[at - 1] in _PRONOUN_COMPLEMENTIZERS \
            and len(_COMPLEMENTIZERS.intersection(words[:at])) == 1
        if at is None or _COMPLEMENTIZERS.intersection(words[:at]) and not own:
            return False
        rest = words[at + 1:]
    if "علي" not in rest[:5]:
        return False
    after = rest[rest.index("علي") + 1:]
    # … على تمويل أكثر من مليار دولار: من of a hedge before the figure names no lender
    if any(w == "من" and (i == 0 or after[i - 1] not in _HEDGE_BEFORE_MIN)
           for i, w in enumerate(after)):
        return False
    return not after or any(_funding_noun(w) for w in after[:2])


def _state_name(label: str, name: str) -> bool:
    """Whether a mention (its ``label`` and normalised ``name``) is a country or a
    government, ministry or other public borrower (:data:`_BORROWER_HEADS`: حكومة،
    وزارة …), which approves the loans it takes."""
    first = name.split()[:1]
    return label == "PLACE" or bool(first) and first[0].removeprefix("ال") in _BORROWER_HEADS


def _approved_by_borrower(nt, sent, ms: int, me: int, f: dict,
                          mentions: "_MentionIndex") -> bool:
    """Whether the state whose mention spans ``[ms, me)`` (a PLACE, or a government or
    ministry) approves the loan or grant that the figure ``f`` is, as its borrower: an
    approval word (money_cues.tsv approve) right before it, then على and a noun of money
    given that is no verbal noun of giving (وافقت مصر على قرض بقيمة …، وافقت الحكومة
    الأردنية على منحة …; not على تقديم …, which gives), in the same clause before the
    figure, with no other country or body written with ل between or right after the
    figure (وافقت الكويت على قرض لمصر، … بقيمة 100 مليون دولار لمصر: Kuwait lends). The
    state is then the figure's recipient, never its payer (docs/money.md)."""
    before = nt.norm[max(nt.index(sent.start), nt.index(ms) - 25):nt.index(ms)].split()
    if not before or not _with_conjunction(before[-1], _APPROVE):
        return False
    gap = nt.norm[nt.index(me):f["_mstart"]]
    words = gap.replace(",", " ").split()
    if len(gap) > _GIVING_GAP or _CLAUSE_BREAK.search(gap) or not words \
            or words[0] != "علي" or len(words) < 2:
        return False
    head = words[1]
    if _with_conjunction(head, _GIVING_NOUNS, "وب") or not _funding_noun(head):
        return False
    for label in ("PLACE", "ORG"):
        for _, _, ms2, _ in mentions.within(label, me, f["end"] + 30):
            n = nt.index(ms2)
            ws = nt.norm.rfind(" ", 0, n) + 1
            pre = nt.norm[ws:n] if ws < n else _clitic_prefix(nt.norm, n)
            if ms2 != ms and pre.endswith("ل"):
                return False
    return True


_PASSIVES = _CUES.get("passive", set())


def _passive_gift_agent(norm: str, f: dict, gap: list[str]) -> bool:
    """Whether a name after the figure ``f`` is the doer of a passive of giving: the words
    between them are an agent phrase (money_cues.tsv agent: من قبل، من طرف) and the figure
    is the object of a passive verb and a verbal noun of giving before it (money_cues.tsv
    passive, giving_noun: سيتم توفير 8 ملايين دولار من قبل البنك), with at most a funding
    noun and a value word between (تم تقديم منحة بقيمة …). A bare agent after other
    verbs (أنشئ من قبل الوزارة) names no payer."""
    if " ".join(gap) not in _AGENT_PHRASES or len(gap) != 2:
        return False
    words = norm[max(0, f["_nstart"] - 60):f["_nstart"]].split()
    if words and words[-1] in _VALUE_WORDS:
        words = words[:-1]
    if words and _funding_noun(words[-1]) and len(words) >= 2 \
            and words[-2].removeprefix("و") in _GIVING_NOUNS:
        words = words[:-1]
    return len(words) >= 2 and words[-1].removeprefix("و") in _GIVING_NOUNS \
        and words[-2].removeprefix("و").removeprefix("ف") in _PASSIVES


def _from_after_figure(gap: list[str]) -> bool:
    """Whether the words between a figure and a name after it say where the money comes
    from: من alone (40 مليون دولار من البنك الدولي), or a funding noun with at most four
    words of its own and من (1.02 مليار دينار قرض سياسة التنمية الثاني من البنك الدولي).
    تقريبا after the figure is the figure's own hedge (12 مليون دولار تقريبا من حكومة …),
    a period adverb its own period (money_cues.tsv period_adverb: 4 ملايين يورو سنويا من
    الاتحاد الأوروبي), a word of another sum its own (money_cues.tsv another: ومليار دولار
    أخرى من الكويت) and a bracketed conversion the same sum restated (20 مليون دولار (75
    مليون ريال) من الصندوق …): none of them comes between the sum and its giver; nor
    does a verb of coming (money_cues.tsv source_verb: 40 مليون دولار ستأتي من البنك
    الدولي، تأتي من الاتحاد …), which says where the sum comes from."""
    gap = _without_conversion(gap)
    while gap[:1] == ["تقريبا"] or gap[:1] and (gap[0] in _PERIOD_ADVERBS
                                                or gap[0] in _ANOTHER_WORDS):
        gap = gap[1:]     # … ومليار دولار أخرى من الكويت: "another", the sum's own word
    if gap[:1] and _with_conjunction(gap[0], _SOURCE_VERBS):
        gap = gap[1:]
    if gap == ["من"]:
        return True
    return 2 <= len(gap) <= 6 and gap[-1] == "من" \
        and gap[0].removeprefix("ال") in _FUNDING_NOUNS


_PERIOD_ADVERBS = _CUES.get("period_adverb", set())
_SOURCE_VERBS = _CUES.get("source_verb", set())
#: Words of another sum (money_cues.tsv another: أخرى، إضافية) right after a figure.
_ANOTHER_WORDS = _CUES.get("another", set())


def _without_conversion(gap: list[str]) -> list[str]:
    """The words ``gap`` after a figure without the bracketed conversion that opens them
    (``(75 مليون ريال) من`` → ``من``), or a lone closing bracket (the conversion's own)."""
    if gap and gap[0].startswith("("):
        for i, w in enumerate(gap):
            if w.endswith(")"):
                return gap[i + 1:]
    while gap[:1] and gap[0].strip(")") == "":
        gap = gap[1:]
    return gap


#: Relative pronouns between a name and its verb (العراق الذي قدم، الدول التي تبرعت).
_RELATIVES = {"الذي", "التي", "اللذان", "اللتان", "الذين", "اللذين", "اللتين"}
#: A preposition with a pronoun after a verb (التي خصص لها، الذي قدم فيه): the name
#: before the relative pronoun is where or to whom the money goes, not the giver.
_PREP_PRONOUN = re.compile(r"^و?(?:ل|ب|في|الي|علي|من|عن)(?:ه|ها|هم|هما)$")


def _verb_after(norm: str, n: int, text: str, e: int) -> bool:
    """Whether an active verb of giving follows the name ending at normalised offset
    ``n`` (character offset ``e`` in ``text``): the subject before its verb, as headlines
    and leads put it (الصندوق الكويتي يقدم 30 مليون دينار، البنك الدولي يمول …، الاتحاد
    سيقدم …: with the future prefix), or
    after a relative pronoun (العراق الذي قدم 20 مليون دولار، البنك الذي يمول المشروع
    بـ …), also past قد (وكانت اليابان قد منحت اليمن 42 مليون دولار). A verb marked
    passive (خُصص له: the name is the recipient) is not one, nor a
    relative clause whose verb has a preposition with a pronoun after it (الوزارة التي
    خصص لها: the money goes to the name)."""
    after = norm[n:n + 40].lstrip(' "”»\'').removeprefix(",").split()     # "الصندوق" يقدم
    # (الاتحاد الأوروبي، تعهد بتوفير …: the subject set off by a comma before its verb)
    relative = bool(after) and after[0] in _RELATIVES
    if relative:
        after = after[1:]
    # وكانت اليابان قد منحت اليمن …، الذي قد قدم …: قد between the name and its verb
    qad = after[:1] == ["قد"]
    if qad:
        after = after[1:]
    if not after or after[0] not in _CUES.get("payer_verb", ()) \
            and not (after[0][:1] == "س" and after[0][1:] in _CUES.get("payer_verb", ())):
        return False      # (سيقدم، ستمنح: the future prefix on the verb)
    if relative and len(after) > 1 and (_PREP_PRONOUN.match(after[1]) or after[1] == "مع"):
        return False
    word = text[e:e + 40].lstrip(' "”»\'').lstrip("،,").split()
    if relative:
        word = word[1:]
    if qad:
        word = [w for w in word if normalise(w) != "قد"]
    return not (word and _passive_marked(word[0]))


#: The prefixes of an imperfect verb (with و، ف or the future س before them).
_IMPERFECT_PREFIX = re.compile(r"^[وف]?س?[يتن]\u064f")


def _passive_marked(verb: str) -> bool:
    """Whether ``verb`` (as written) is marked passive: a damma on its first letters
    (خُصص له، مُنحت). On the prefix of an imperfect verb a damma also marks the active
    voice of a derived form (يُساهم، يُقدّم، تُموّل), so there the verb is passive only
    with a fatha after it (يُقدَّم، تُمنَح); before, يُساهم after its subject was read
    as passive and the subject lost as payer."""
    if "\u064f" not in verb[:3]:
        return False
    m = _IMPERFECT_PREFIX.match(verb)
    return not m or "\u064e" in verb[m.end():]


def _subject_before_verb(article: Article, sent, mentions: _MentionIndex, ms: int) -> bool:
    """Whether a mention (ORG or PLACE) ends right before the word (a verb) that comes
    before character offset ``ms``: the verb has its subject (البنك الدولي يقرض العراق),
    so the name at ``ms`` is its object. Looks only at mentions starting in the 120
    characters before (a bound that keeps a long sentence linear)."""
    text = article.text
    head = text[max(sent.start, ms - 30):ms].rstrip()
    cut = head.rfind(" ")
    if cut == -1:
        return False
    verb_start = ms - len(head) + cut       # the space before the verb
    for label in ("ORG", "PLACE"):
        for _, _, _, me in mentions.within(label, max(sent.start, ms - 120), ms):
            if 0 <= verb_start - me <= 2 and text[me:verb_start].strip(' "”»\'') == "":
                return True
    return False


#: Words before an imperfect verb after which its subject still follows it (أن يقدم
#: البنك، الذي تمنح الحكومة، كما يقرض الصندوق): no subject stands before the verb.
_VERB_OPENERS = frozenset(normalise(w) for w in (
    "أن", "ان", "لن", "لم", "كما", "قد", "سوف", "حيث", "إذ", "كي", "لكي", "الذي", "التي",
    "الذين", "عندما", "حين", "بينما", "فيما", "وقد", "ولن", "ولم", "لا", "ولا", "ما"))


def _noun_before_imperfect(verb: str, before: list[str], whole: bool) -> bool:
    """Whether the imperfect verb of giving ``verb`` (no و or ف on it: يقرض، تمنح) comes
    after the first words of its sentence, ``before`` (normalised words, the whole of
    them when ``whole``), one to three of them and no particle: a nominal sentence, its
    subject before the verb, as in a headline (صندوق خليجي يقرض الأردن …) where the
    subject is no name, so the name after the verb is its object, the recipient. A verb
    that opens its sentence or follows أن, الذي … has its subject after it (ويقدم البنك،
    أن يمنح الصندوق), and so may a clause that describes a noun further in (اتفاقا تقدم
    بموجبه اليابان منحة)."""
    return (whole and verb[:1] in ("ي", "ت") and 1 <= len(before) <= 3
            and all(w.isalpha() and w not in _VERB_OPENERS for w in before))


def _subject_before_qad(before: list[str]) -> bool:
    """Whether the words before a verb end with a definite noun and قد (وكان الصندوق قد
    منح العراق …، الذي قد قدم …): the noun is the verb's subject, so the name after the
    verb is its object. With و or ف on قد (وقد منح البنك …) the subject follows."""
    return len(before) >= 2 and before[-1] == "قد" and before[-2].startswith("ال")


#: A conjunction that opens another clause (فيما تعهدت دول أخرى …، بينما قدم …): a name
#: before it gives nothing after it.
_CLAUSE_CONJUNCTION = re.compile(r"(?<!\S)[وف]?(?:فيما|بينما)(?!\S)")


def _verb_of_the_sum(gap: str) -> bool:
    """Whether ``gap``, the text between a figure and a name after it, is a comma and a
    verb of giving with an object pronoun (``، قدمه``، ``، منحها``): the pronoun is the sum,
    so the name after the verb gave it (اتفاق قرض بقيمة 40 مليون دولار، قدمه الصندوق …)."""
    words = gap.strip().removeprefix(",").split()
    return len(words) == 1 and gap.strip().startswith(",") \
        and _OBJECT_SUFFIX.search(words[0]) is not None \
        and _payer_verb(_OBJECT_SUFFIX.sub("", words[0]))


def _participle_of_the_sum(gap: str) -> bool:
    """Whether ``gap`` (the text from a figure to a name after it) is a comma and a
    payer phrase only (lexicon money_cues.tsv payer_prep: … بقيمة 45 مليون دولار، مقدمة
    من الوكالة …، الممولة من البنك …): the participle qualifies the sum, so the comma
    opens no other clause."""
    words = gap.replace(",", " ").split()
    return gap.lstrip().startswith(",") and " ".join(words) in _PAYER_PREPS


def _new_clause(verb: str, before: list[str]) -> bool:
    """Whether a verb of giving after a figure opens a new clause: و / ف on it (وتعهدت)
    or قد / كما before it (وقد تعهدت): its subject gives the next sum, not this one;
    a verb with a pronoun or a relative pronoun (قدمها البنك، التي قدمها) refers back."""
    return verb[:1] in "وف" or bool(before[:-1]) and before[-2] in _CLAUSE_OPENERS


#: Words between a donor joined by و and its sum (والنرويج 27 مليون دولار، والإمارات
#: بمائة مليون دولار): none, or ب with a noun of value.
_GAPPED_LINKS = {"", "ب", "بمبلغ", "بقيمه", "بمساهمه"}
#: A noun of value with its pronoun after a donor's kind noun (بهبة قيمتها …، بقرض قدره …).
_VALUE_OF = {"قيمته", "قيمتها", "قدره", "قدرها", "بقيمه", "بمبلغ"}


def _without_gap_links(words: list[str]) -> list[str]:
    """``words`` (the words before a figure) without the link of a donor to its sum at
    their end: one of :data:`_GAPPED_LINKS`, or a kind noun of money with ب and a noun of
    value after it (:data:`_VALUE_OF`: والاتحاد الأوروبي بهبة قيمتها 75 مليون …، واليابان
    بقرض قدره …)."""
    if words and words[-1] in _VALUE_OF and len(words) > 1 and words[-2][:1] == "ب" \
            and word_kind(words[-2][1:]):
        return words[:-2]
    return words[:-1] if words and words[-1] in _GAPPED_LINKS else words
#: How far back (normalised characters) the verb of an earlier donor may stand.
_GAPPED_REACH = 150


def _gapped_donor(article: Article, f: dict, sent, ms: int, me: int) -> bool:
    """Whether the name ``[ms, me)`` is one more donor of a list that shares one verb of
    giving (تعهدت الكويت بتقديم 3 ملايين دولار والنرويج 27 مليون دولار وكندا 8
    ملايين دولار): written with و, right before the figure (:data:`_GAPPED_LINKS`
    between), with a verb of giving earlier in the sentence (:data:`_GAPPED_REACH`)."""
    nt = article.normalised
    n_ms, n_me = nt.index(ms), nt.index(me)
    ws = nt.norm.rfind(" ", 0, n_ms) + 1
    if nt.norm[ws:n_ms] != "و":      # the clitic و, not a name's own first letter (وزارة)
        return False
    between = nt.norm[n_me:f["_nstart"]].split()
    if between[:1] and _adjective(between[0]) and len(between[0]) > 4:
        between = between[1:]     # والولايات المتحدة الأميركية 2 مليار: its adjective
    if _without_gap_links(between):
        return False
    earlier = nt.norm[max(nt.index(sent.start), ws - _GAPPED_REACH):ws].split()
    return any(_payer_verb(w) for w in earlier)


def _gapped_item(article: Article, f: dict, sent) -> bool:
    """Whether figure ``f`` is a later item of a list of donors and sums that share one
    verb (… ملايين دولار والنرويج 27 مليون دولار، … دولار وكندا 8 ملايين دولار):
    one or two words, the first with و, between a currency word and the figure. Its
    donor is that name (:func:`_gapped_donor`), never the first item's."""
    nt = article.normalised
    lo = nt.index(sent.start)
    words = nt.norm[max(lo, f["_nstart"] - 60):f["_nstart"]].split()
    words = _without_gap_links(words)
    for k in (1, 2, 3):       # والولايات المتحدة الأميركية: a name and its adjective
        if len(words) > k and words[-k][:1] == "و" and len(words[-k]) > 2 \
                and words[-k - 1] in _WORD_BASE \
                and (k < 3 or _adjective(words[-1]) or _adjective(words[-2])):
            return True
    return False


#: Words that may open a clause right before its verb (كما منحت …، فيما تقرض …).
_CLAUSE_OPENERS = {"قد", "لقد", "ولقد", "كما", "فيما", "بينما", "حيث", "اذ", "وقد", "فقد"}


#: Nouns of a text a body presents (money_cues.tsv submitted: مشروع، بيان، مقترح), and
#: the budget itself (موازنة، ميزانية).
_SUBMITTED = _CUES.get("submitted", set()) | {"موازنه", "ميزانيه"}


def _presents_a_text(gap: str) -> bool:
    """Whether the words between a name after a verb of giving (قدم، تقدم) and the figure
    start with a text it presents (money_cues.tsv submitted: قدمت الحكومة بيانها عن
    الموازنة … بمبلغ 900 مليار، قدمت الوزارة مشروع الموازنة بقيمة …; with ال or a possessive
    pronoun): قدم is "presented", and the name gives nothing."""
    words = gap.replace(",", " ").split()
    if not words:
        return False
    w = words[0].removeprefix("ال")
    return w in _SUBMITTED or any(w.endswith(p) and w[:-len(p)] in _SUBMITTED
                                  for p in _POSSESSIVES)


def _decided_giving(before: list[str], verb: str) -> bool:
    """Whether ``verb``, the last of the words ``before`` a name, is a bare verbal noun of
    giving (money_cues.tsv give_to: منح) after a comma that closes a verb of deciding or
    announcing and its subject (قرر البنك مع المانحين، منح الأردن قرضا …: what was decided,
    the name after it its object and the recipient, not the giver): the verb in the six
    words before the comma, after any comma before them (وبعد مشاورات، قرر …)."""
    if verb not in _GIVE_TO or len(before) < 3 or before[-1] != verb:
        return False
    head = before[:-1]
    if head[-1] == ",":
        head = head[:-1]
    elif head[-1].endswith(","):
        head = head[:-1] + [head[-1][:-1]]
    else:
        return False
    cut = max((i for i, w in enumerate(head) if "," in w), default=-1)
    window = head[cut + 1:][-6:]      # back to the comma before the decision, if any
    return any(_with_conjunction(w, _DECISION_VERBS) for w in window[:-1])


def _verbal_noun_reading(verb: str, before: list[str]) -> bool:
    """Whether a word of giving that a verbal noun or an imperfect verb with its object
    may spell (money_cues.tsv give_to: منح، يقرض) stands inside a clause, not at its
    start: عزمه منح العراق قروضا، وافق البنك على منح العراق، أوروبا تمنح تونس (an
    imperfect after its subject): then the place after it is the recipient. At a
    clause's start (وتقرض الصين باكستان، كما منح …) it is a verb and the place after it
    its subject."""
    bare = verb
    for p in ("وس", "فس", "و", "ف", "س"):
        if bare.startswith(p) and bare[len(p):] in _GIVE_TO:
            bare = bare[len(p):]
            break
    if bare not in _GIVE_TO or not before or before == [""]:
        return False
    prev = before[-1]
    # أوروبا تمنح تونس …: an imperfect after its subject; اتفاقية جديدة تمنح الصين
    # بموجبها …: after an adjective it opens a clause that qualifies the noun
    return not (prev in _CLAUSE_OPENERS or _CLAUSE_BREAK.search(prev[-1:])
                or bare[:1] in "يت" and _adjective(prev))


#: Adjectives after a funding noun without the nisba ending (المساعدات العاجلة).
_PLAIN_ADJECTIVES = {"عاجل", "عاجله", "جديد", "جديده", "جديدة", "اضافي", "كبير", "كبيره",
                     "مباشر", "مباشره", "ميسر", "ميسره"}


def _adjective(word: str) -> bool:
    """Whether ``word`` (normalised) reads as an adjective after a noun: a relative
    adjective (الإنسانية، إنسانية، الدولي، المالية) or one of :data:`_PLAIN_ADJECTIVES`,
    with or without ال."""
    w = word.removeprefix("ال")
    return len(w) >= 3 and (w.endswith(("ي", "يه", "يين", "ييه")) or w in _PLAIN_ADJECTIVES)


def _noun_and_adjectives(words: list[str]) -> bool:
    """Whether ``words`` end in a funding noun (:func:`_funding_noun`) and one or two
    adjectives after it (المساعدات الإنسانية، منحة مالية عاجلة): the noun's من is
    where the money comes from."""
    k = len(words)
    for n_adj in (1, 2):
        if k > n_adj and all(_adjective(w) for w in words[k - n_adj:]) \
                and _funding_noun(words[k - n_adj - 1]):
            return True
    return False


#: ل (or لـ, normalised ل) and an opening quote mark before a quoted name: the quote
#: mark is no part of the gap between a figure and its recipient.
_OPEN_QUOTE_AFTER_LAM = re.compile(r'^(ل)\s*[«"“]\s*$')


def _recipient(article: Article, f: dict, sent, mentions: _MentionIndex) -> str:
    """An ORG the money is for, right after the figure: 50 مليون دينار لوزارة الصحة,
    … لصالح الهيئة, … لتمويل مشروع (lexicon money_cues.tsv purpose), … إلى منظمة الصحة
    (recipient_to: each sum of a list with its own recipient), also past the
    figure's bracketed or quoted conversion (175 مليار دينار " 95ر2 مليار دولار " لوزارة
    الزراعة: :data:`_CONVERSION_GAP`); or right before it
    with a verb of receiving between (وزارة التربية التي استلمت حوالي 8.2 تريليون دينار،
    الوزارة تلقت 4 ملايين: money_cues.tsv receive_verb)."""
    nt = article.normalised
    for ent, _, ms, _ in mentions.within("ORG", f["end"], min(sent.end, f["end"] + 60)):
        gap = _CONVERSION_GAP.sub("", nt.norm[f["_nend"]:nt.index(ms)]).strip()
        # 20 مليون درهم ل «اليونيسف»: ل, a space, then the quoted name
        gap = _OPEN_QUOTE_AFTER_LAM.sub(r"\1", gap)
        if gap in ("ل", "لل", "") or gap in _CUES.get("purpose", ()) \
                or gap in _CUES.get("recipient_to", ()):   # 4 ملايين يورو إلى اليونيسف
            return ent
        break
    before = mentions.within("ORG", max(sent.start, f["start"] - 40), f["start"])
    if before:
        ent, _, _, me = before[-1]
        gap = nt.norm[nt.index(me):f["_mstart"]].split()
        if gap and gap[0] in ("التي", "الذي"):
            gap = gap[1:]
        if gap and gap[0] == "قد":
            gap = gap[1:]
        if len(gap) == 1 and gap[0] in _RECEIVE_VERBS \
                or len(gap) == 2 and gap[0] in _RECEIVE_VERBS and gap[1] in ("علي", "من"):
            return ent
    return ""


_RECIPIENT_HEADS = _CUES.get("recipient_head", set())
_PLACE_HEADS = _RECIPIENT_HEADS | _CUES.get("compass", set())


def _lam_head(words: list[str]) -> int:
    """Where the head of a place's name starts in ``words``, the words right before the
    name: a noun of a unit or a compass word written with ل (money_cues.tsv
    recipient_head, compass: لمحافظة، لشمال), perhaps followed by more compass words
    joined by و (لغرب ووسط), ending ``words``: the ل of the place's name is on its head.
    -1 if ``words`` end with no such head."""
    k = len(words)
    while k > 1 and words[k - 1][:1] == "و" and words[k - 1][1:] in _PLACE_HEADS:
        k -= 1
    if k == 0:
        return -1
    w = words[k - 1]
    if w[:1] == "ل" and w[1:] in _PLACE_HEADS or w[:2] in ("ول", "فل") and w[2:] in _PLACE_HEADS:
        return k - 1
    return -1


#: At most this many characters between the start of a recipient written with ل and
#: its figure (لمحافظة البصرة 20 مليار …).
_LISTED_REACH = 60


def listed_recipient(article: Article, f: dict, sent, mentions: _MentionIndex) -> str:
    """The ORG, PLACE or PROJECT written with ل right before the figure ``f``, as a budget
    list or table puts each line (وجاءت المخصصات كالتالي: لوزارة الدفاع 900 مليار دينار،
    ولمحافظة البصرة 20 مليار دينار …), or "". The ل is on the name's own word (لوزارة،
    ولوزارة; for a place, the gazetteer's clitic reading tells للبنان from لبنان) or on a
    noun of a body or unit right before a place (money_cues.tsv recipient_head: لمحافظة
    البصرة، لأمانة عمان), and at most one word, a definite adjective, comes between the
    name and the figure (لأمانة عمان الكبرى 30 مليون …), and a comma right before the
    figure (لوزارة الصحة، 5 ملايين …) is a pause, no break. The nearest name of the sentence
    is often the next line's recipient, which is how these lines went wrong before
    (docs/money.md). Not when the figure's own recipient follows it
    (:func:`_own_recipient_after`: … للمنيا و9 ملايين جنيه للفيوم → Faiyum)."""
    nt = article.normalised
    norm = nt.norm
    lo = max(sent.start, f["start"] - _LISTED_REACH)
    names = [m for label in ("ORG", "PLACE", "PROJECT")
             for m in mentions.within(label, lo, f["start"]) if m[3] <= f["start"]]
    if not names:
        return ""
    if _own_recipient_after(article, f, mentions):
        return ""
    ent, label, ms, me = max(names, key=lambda m: (m[3], m[3] - m[2]))
    n_ms = nt.index(ms)
    # a comma right before the figure is a pause, no break (لوزارة الصحة، 5 ملايين دينار)
    gap = _figure_gap(norm, n_ms, nt.index(me), f["_mstart"]).split()
    ws = norm.rfind(" ", 0, n_ms) + 1
    if len(gap) > 1 or gap and not (gap[0].startswith("ال") and gap[0].isalpha()):
        return ""
    prefix = norm[ws:n_ms]
    if prefix in ("ل", "ول", "فل") or label == "PLACE" and not prefix \
            and _lam_prefixed(norm, n_ms):
        return ent
    if prefix:
        return ""
    if _lam_head(norm[max(0, ws - 40):ws].split()[-3:]) >= 0:
        return ent
    return ""


def _own_recipient_after(article: Article, f: dict, mentions: _MentionIndex) -> bool:
    """Whether the figure ``f`` has its recipient right after it: an ORG, PLACE or
    PROJECT written with ل (للسويس، لوزارة الصحة) or after إلى, with nothing between. A
    list that puts each recipient after its sum (11 مليون جنيه إلى الأقصر و10 ملايين
    للمنيا و9 ملايين جنيه للفيوم) names the one before a figure for the sum before it,
    not as a budget line's recipient (:func:`listed_recipient`)."""
    nt = article.normalised
    norm = nt.norm
    for label in ("ORG", "PLACE", "PROJECT"):
        for _, lab, ms, _ in mentions.within(label, f["end"], f["end"] + 12):
            n = nt.index(ms)
            ws = norm.rfind(" ", 0, n) + 1
            between = norm[f["_nend"]:ws].split()
            prefix = norm[ws:n]
            if between == ["الي"] or not between and (
                    prefix in ("ل", "لل") or norm.startswith("لل", n)
                    or lab == "PLACE" and _lam_prefixed(norm, n)):
                return True
    return False


#: The bracketed or quoted conversion of a figure right after it (" 95ر2 مليار دولار "،
#: (41 مليون دولار)): the same sum, between the figure and its recipient.
_CONVERSION_GAP = re.compile(r'^\s*[("«“][^()"«»“”]*\d[^()"«»“”]*[)"»”]')


#: Verbs of receiving (money_cues.tsv receive_verb), with و / ف before them.
_RECEIVE_VERBS = {pre + v for v in _CUES.get("receive_verb", ()) for pre in ("", "و", "ف")}



_ALLOTTED = _CUES.get("allotted", set())
_DESTINATION_VERBS = _CUES.get("destination_verb", set())
_GIVE_TO = _CUES.get("give_to", set())
#: Perfect verbs of giving with two objects (money_cues.tsv double_object: منحت، أقرض):
#: after the verb and its subject, the place named is the one that receives.
_DOUBLE_OBJECT = _CUES.get("double_object", set())
_PURPOSE = _CUES.get("purpose", set())
#: At most this many characters between a place written with ل and the figure after it
#: (منحٍ لليمن بقيمة 204 ملايين دولار، التمويل المخصص لليمن يشمل مبلغ 128 مليون دولار).
_PLACE_BEFORE = 40


def _place_recipient(article: Article, f: dict, sent, mentions: _MentionIndex,
                     exclude=frozenset()) -> str:
    """The country or place the money of figure ``f`` goes to, when its clause says: a
    PLACE written with ل right after the figure, an adjective or participle between at
    most (146 مليون دولار لسوريا، 474 مليون دولار مخصصة للبنان) or with في or إلى (500
    مليون دولار في الأرجنتين، مليار دولار إلى العراق، إلى محافظة الجيزة: إلى before a
    unit's noun, money_cues.tsv recipient_head) or right after a purpose cue (750 مليون
    دولار لدعم الصومال، لمساعدة سوريا: money_cues.tsv purpose); or with ل or إلى shortly before the
    figure, in the same clause, after a noun of money given or a participle of allotting
    (تقديم منحٍ لليمن بقيمة …، تقديم قرض إلى العراق بقيمة …، التمويل المخصص لليمن يشمل
    مبلغ …; money_cues.tsv allotted); or
    right before or after a verb of receiving (حصل العراق على …، لبنان استلمت …;
    receive_verb); or right after a verbal noun or imperfect verb of giving (give_to: عزمه
    منح العراق قروضا بقيمة …، يقرض العراق مليارا …); after the figure, a verb of where it
    goes may come before the purpose (destination_verb: 20 مليون دولار ستكون لدعم الإغاثة
    داخل سورية). Never a place in ``exclude`` (the figure's payer: وتقرض الصين باكستان
    ملياري دولار: Pakistan, not China). "" if none: a place merely named in the sentence
    is where things happen, not what the money is for."""
    nt = article.normalised
    norm = nt.norm
    for ent, _, ms, _ in mentions.within("PLACE", f["end"], min(sent.end, f["end"] + 60)):
        if ent in exclude:
            continue
        n_ms = nt.index(ms)
        text_gap = norm[f["_nend"]:norm.rfind(" ", 0, n_ms) + 1]    # to the word's start
        gap = text_gap.split()
        prefix = _clitic_prefix(norm, n_ms)
        if (not gap or len(gap) == 1 and not _CLAUSE_BREAK.search(gap[0])) \
                and prefix.endswith("ل") or gap in (["في"], ["الي"]):
            return ent
        # 26 مليون جنيه إلى محافظة القليوبية: إلى before the place's head, as ل is on it
        if len(gap) == 2 and gap[0] == "الي" and gap[1] in _PLACE_HEADS and not prefix:
            return ent
        # 20 مليون دولار لشمال سوريا، لغرب ووسط أفريقيا، لمحافظة البصرة: ل on its head
        if len(gap) <= 3 and not prefix and _lam_head(gap) == 0 \
                and not _CLAUSE_BREAK.search(text_gap):
            return ent
        # 40 مليون دولار من المساعدات الإنسانية في اليمن: what the money is, then where
        # it goes (not في مؤتمر للمانحين بالرياض: where it was pledged)
        # … لدعم المتضررين من الأزمة في السودان: what it is for, then the place
        # 20 مليون دولار ستكون لدعم الإغاثة داخل سورية، ستذهب إلى مضاعفة الجهود في لبنان:
        # a verb of where the money goes, then what it is for
        going = bool(gap) and gap[0] in _DESTINATION_VERBS
        if going:
            gap = gap[1:]
        # 750 مليون دولار لدعم الصومال، 1.7 مليار يورو لمساعدة سوريا: a purpose cue and
        # the place right after it, the place what is supported
        if len(gap) == 1 and gap[0] in _PURPOSE and not prefix \
                and not _CLAUSE_BREAK.search(text_gap):
            return ent
        # ثلاثة ملايين يورو كمعونات غذائية إلى السودان: what the money is given as, then
        # where it goes
        if 2 <= len(gap) <= 4 and gap[0][:1] == "ك" and _funding_noun(gap[0][1:]) \
                and gap[-1] in ("الي", "في") and not _CLAUSE_BREAK.search(text_gap):
            return ent
        if (2 <= len(gap) <= 4 and gap[0] == "من" and _funding_noun(gap[1])
                or 2 <= len(gap) <= 6 and (gap[0] in _PURPOSE or going and gap[0] == "الي")) \
                and not _CLAUSE_BREAK.search(text_gap) \
                and (gap[-1] in ("في", "داخل") or prefix.endswith(("ل", "ب"))) \
                and not mentions.within("ORG", f["end"], ms):
            return ent
        break
    before = [m for m in mentions.within("PLACE", max(sent.start,
                                                    f["start"] - _PLACE_BEFORE - 30),
                                         f["start"]) if m[0] not in exclude]
    if before:
        ent, _, ms, me = before[-1]
        n_ms, n_me = nt.index(ms), nt.index(me)
        gap = _figure_gap(norm, n_ms, n_me, f["_mstart"])
        ws = norm.rfind(" ", 0, n_ms) + 1        # the start of the word (لتونس: its ل)
        # (six words: المساعدات الإنسانية من الأمم المتحدة للسودان، the payer between)
        words_before = norm[max(nt.index(sent.start), ws - 50):ws].split()[-6:]
        if len(gap) <= _PLACE_BEFORE and not _CLAUSE_BREAK.search(gap) \
                and (_lam_prefixed(norm, n_ms) or words_before[-1:] == ["الي"]
                     or _lam_head(words_before) >= 0) \
                and any(_funding_noun(w) or w in _ALLOTTED or _payer_verb(w)
                        for w in words_before):     # قدم الاتحاد الأوروبي لتونس منحة بقيمة
            return ent
        first = gap.split()[:2]
        if first and (first[0] in _RECEIVE_VERBS or first[0].startswith("س")
                      and first[0][1:] in _RECEIVE_VERBS) and not _CLAUSE_BREAK.search(gap):
            return ent
    placed = mentions.within("PLACE", sent.start, f["start"])
    for ent, _, ms, me in placed:
        # وافقت مصر على قرض بقيمة …: the country that accepts a loan borrows it
        if ent not in exclude and (_approved_by_borrower(nt, sent, ms, me, f, mentions)
                                   or _borrows(nt, sent, ms, me, f)):
            return ent
    for k, (ent, _, ms, me) in enumerate(placed):
        if ent in exclude:
            continue
        n_ms = nt.index(ms)
        prev = norm[max(nt.index(sent.start), n_ms - 24):n_ms].split()[-2:]
        # يحصل بموجبهما المغرب على قرضين: the verb, then بموجب + a pronoun, then the place
        if len(prev) == 2 and prev[1].startswith("بموجب") and prev[0] in _RECEIVE_VERBS:
            prev = prev[:1]
        prev = prev[-1:]
        # وتقرض الصين باكستان ملياري دولار: the verb, its subject (the payer), its object
        giver = placed[k - 1] if k else None
        if giver and (giver[0] in exclude or _CAPITAL_COUNTRY.get(giver[0]) in exclude) \
                and 0 <= ms - giver[3] <= 2:
            n_gs = nt.index(giver[2])
            prev = norm[max(nt.index(sent.start), n_gs - 12):n_gs].split()[-1:]
            # ومنحت واشنطن مصر ضمانات قروض …: a perfect verb of two objects, its
            # subject (the payer), then the place that receives
            if prev and _with_conjunction(prev[0], _DOUBLE_OBJECT):
                prev = ["منح"]
        gap = _figure_gap(norm, nt.index(ms), nt.index(me), f["_mstart"])
        # عزمه منح العراق قروضا بقيمة …، البنك الدولي يقرض العراق مليارا …: the object
        # of a verbal noun or imperfect verb of giving, in the figure's clause
        if prev and _gives_to(prev[0]) and len(gap) <= _PLACE_BEFORE \
                and not _CLAUSE_BREAK.search(gap):
            return ent
        gap = norm[nt.index(me):f["_mstart"]]
        if prev and prev[0] in _RECEIVE_VERBS and len(gap) <= _GIVING_GAP \
                and gap.lstrip().startswith("علي") and not _COMPLEMENTIZERS.intersection(
                    gap.replace(",", " ").split()):
            return ent
    return ""


def _borrows(nt, sent, ms: int, me: int, f: dict) -> bool:
    """Whether the place whose mention spans ``[ms, me)`` borrows, asks for or receives
    the figure ``f``, in its clause before the figure: a verb of borrowing or asking right
    after it (money_cues.tsv request_verb: الأردن يقترض 80 مليون دولار من البنك …), or
    right before it with من or the sum after it (اقترضت مصر من الصندوق …، اقترضت مصر
    مبلغ 5 ملايين دولار من …), or, after a comma, a
    verbal noun of receiving with the receiver's pronoun and على (أعلن المغرب، حصوله على
    قرض …: receive_verb). The place is then what the money is for (docs/money.md)."""
    norm = nt.norm
    gap = norm[nt.index(me):f["_mstart"]]
    if len(gap) > _GIVING_GAP:
        return False
    words = gap.split()
    if words and words[0] in (",", "،") or gap.lstrip().startswith(","):
        words = gap.lstrip()[1:].split()
        return len(words) >= 2 and _receiving(words[0]) and words[0] not in _RECEIVE_VERBS \
            and words[1] == "علي" and not _CLAUSE_BREAK.search(gap.lstrip()[1:])
    if _CLAUSE_BREAK.search(gap):
        return False
    if words and _with_conjunction(words[0], _REQUEST_VERBS):
        return True
    prev = norm[max(nt.index(sent.start), nt.index(ms) - 16):nt.index(ms)].split()[-1:]
    # اقترضت مصر من الصندوق …، اقترضت تونس مبلغ 6 ملايين دولار من …: the subject of
    # the verb, then من or the sum itself (a value word or a funding noun at most)
    return bool(prev) and _with_conjunction(prev[0], _REQUEST_VERBS) \
        and (words[:1] == ["من"] or len(words) <= 2 and all(
            w in _VALUE_WORDS or w == "مبلغ" or _funding_noun(w) for w in words))


def _gives_to(word: str) -> bool:
    """Whether ``word`` is a verbal noun or imperfect verb of giving whose object is the
    recipient (money_cues.tsv give_to: منح، يقرض), with و / ب / ل before it or the future
    prefix س (ستمنح تونس ضمانات قروض …، سيقرض مصر …: the object, as of تمنح)."""
    if _with_conjunction(word, _GIVE_TO, "وبل"):
        return True
    w = word[1:] if word[:1] in ("و", "ف") else word
    return w[:1] == "س" and w[1:] in _GIVE_TO


def _lam_prefixed(norm: str, n: int) -> bool:
    """Whether the word of normalised text ``norm`` that holds offset ``n`` (where a
    PLACE mention starts) carries the preposition ل: للبنان، لليمن، لقطاع غزة, but not
    لبنان or ليبيا, whose ل is the name's (the gazetteer's clitic reading says which)."""
    return _clitic_prefix(norm, n).endswith("ل")


_WHITE_SPACE = re.compile(r"\s")


def _clitic_prefix(norm: str, n: int) -> str:
    """The proclitics (و، ب، ل …) of the word of ``norm`` holding offset ``n`` before the
    place name it starts, by the gazetteer's clitic reading: "ل" for للبنان, "" for لبنان,
    "ب" for باليمن."""
    ws = max(norm.rfind(" ", 0, n), norm.rfind("\n", 0, n)) + 1
    # the word ends at any white space: a place that ends its paragraph (… للصومال.\n)
    # is no word with the next paragraph's first (before, its ل was not read)
    end = _WHITE_SPACE.search(norm, n)
    word = norm[ws:end.start() if end else len(norm)].strip(",.;:()«»\"'")
    k, _ = load_gazetteer().first_reading(word)
    return word[:k]


#: Words after a reporting name and before its إن / أن: a person's name, a time (وأوضح
#: عضو اللجنة المالية عدي عواد أن …، وأكد المتحدث باسم الحكومة فلان أمس السبت، أن …).
_REPORT_REACH = 6


#: Titles of a person who speaks for a body (lexicon titles.tsv: office, occupation,
#: spokesperson: رئيس، وزير، عضو، متحدث), normalised.
_SPEAKER_TITLES = {normalise(r.form) for r in _LEX["titles"]
                   if r.kind in ("office", "occupation", "spokesperson")}


def _reporters(article: Article, sent, mentions: _MentionIndex) -> list[tuple[str, int]]:
    """``(entity, offset)`` of the ORG mentions of ``sent`` that report what follows: a
    verb of speech and a speaker's title at most three words before the name (وأوضح عضو
    اللجنة …، وأكد المتحدث باسم الحكومة …; titles.tsv) and إن / أن (بأن) at most
    :data:`_REPORT_REACH` words after it, the
    complementizer ending at character ``offset``. A figure after that offset is in the
    reported clause: the body that speaks (or its member) is its source, not what the
    money is for (docs/money.md)."""
    nt = article.normalised
    norm = nt.norm
    out = []
    for ent, _, ms, me in mentions.within("ORG", sent.start, sent.end):
        n_ms, n_me = nt.index(ms), nt.index(me)
        before = norm[max(nt.index(sent.start), n_ms - 40):n_ms].split()[-3:]
        # A person of the body speaks (وأوضح عضو اللجنة …، وأكد المتحدث باسم الحكومة …):
        # a body that speaks of itself (وأوضحت الشركة أن أرباحها …) may be the subject.
        if not (any(_speech_verb(w) for w in before)
                and any(w.removeprefix("ال") in _SPEAKER_TITLES for w in before)):
            continue
        at = _complementizer_after(nt, n_me, sent.end)
        if at is not None:
            out.append((ent, at))
            # … عضو اللجنة المالية في البرلمان أن …: the speaker's other bodies too
            out.extend((e2, at) for e2, _, _, _ in mentions.within("ORG", me, at))
    return out


def _complementizer_after(nt, n_me: int, end: int) -> int | None:
    """The character offset (in the article as read) where إن / أن (بأن) ends, at most
    :data:`_REPORT_REACH` words after normalised offset ``n_me`` and before the
    sentence's end ``end``; None if none is there."""
    tail = nt.norm[n_me:min(nt.index(end), n_me + 80)]
    for w in tail.replace(",", " ").split()[:_REPORT_REACH]:
        if w in _COMPLEMENTIZERS or w in ("ان", "بان"):
            k = tail.find(w)
            return nt.span(n_me + k, n_me + k + len(w))[1]
    return None


#: Country (ISO 3166-1 alpha-2) of a gazetteer place (a country, its cities or capital)
#: and of each written form of a country's name and relative adjective (lexicon
#: countries.tsv), normalised: what :func:`side_country` reads.
_SIDE_PLACES = {p: r.code for r in _LEX["countries"]
                for p in (r.place, *r.cities, *filter(None, [r.capital]))}
_SIDE_WORDS = {normalise(w): r.code for r in _LEX["countries"]
               for w in (r.name, *(pre + a + suf for pre in ("", "ال")
                                   for suf in ("", "ة") for a in r.adjective))}


def side_country(entity: str) -> str:
    """The country an entity belongs to: a country or city of lexicon countries.tsv
    (United States → US), or a name (its Arabic name, :func:`khabar.gazetteer.arabic_name`)
    holding a country's name or relative adjective (وزارة الخارجية الأمريكية → US,
    وزارة المالية العراقية → IQ); "" for none (البنك الدولي)."""
    if entity in _SIDE_PLACES:
        return _SIDE_PLACES[entity]
    words = normalise(arabic_name(entity)).split()
    for k in (2, 1):
        for i in range(len(words) - k + 1):
            code = _SIDE_WORDS.get(" ".join(words[i:i + k]))
            if code:
                return code
    return ""


def speaking_bodies(article: Article, sent, mentions: _MentionIndex) -> list[tuple[str, int]]:
    """``(entity, offset)`` of the ORG mentions of ``sent`` right after a verb of speech
    and followed by إن / أن at most :data:`_REPORT_REACH` words on (أعلنت وزارة الخارجية
    اليوم أن …، قالت الوزارة إن …), the complementizer ending at character ``offset``.
    Unlike :func:`_reporters` the body speaks for itself: it is no subject of a figure
    in its reported clause only when that figure has a payer of the body's own country
    (أعلنت الخارجية الأمريكية أن الولايات المتحدة تقدم 24 مليون دولار: the giver's side
    announces, the money is not for it; قالت المالية العراقية إن اليابان ستقرض …: the
    receiving side may be; أعلنت الشركة أن أرباحها بلغت …: still the company's; the
    caller, :func:`khabar.money.tables.funding_rows`, checks). docs/money.md."""
    nt = article.normalised
    norm = nt.norm
    out = []
    for ent, _, ms, me in mentions.within("ORG", sent.start, sent.end):
        n_ms, n_me = nt.index(ms), nt.index(me)
        before = norm[max(nt.index(sent.start), n_ms - 20):n_ms].split()[-1:]
        if not before or not _speech_verb(before[0]):
            continue
        at = _complementizer_after(nt, n_me, sent.end)
        if at is not None:
            out.append((ent, at))
    return out


def _speech_verb(word: str) -> bool:
    """Whether ``word`` is a verb of speech (lexicon speech_verbs, as quotes read them),
    not a participle nor a homograph (بين)."""
    cue = CUE_FORMS.get(word)
    return bool(cue) and cue[0] == "verb" and word[cue[2]:] not in PARTICIPLES \
        and word[cue[2]:] not in HOMOGRAPHS


_LENDER_HEADS = _CUES.get("lender_head", set())
_LENDER_WORDS = _CUES.get("lender_word", set())
#: Lender heads that make a lender with the gazetteer's intergovernmental type alone
#: (البنك الدولي، صندوق النقد الدولي), without a development word in the name.
_BANK_HEADS = {"صندوق", "بنك", "مصرف"}


def _bare(word: str) -> str:
    """``word`` without its proclitics و / ف, the preposition ب / ل and the article
    (وللصندوق → صندوق، بالبنك → بنك)."""
    w = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    for p in ("لل", "بال", "ال", "ب", "ل"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    return w


def is_lender(name: str, org_type: str = "") -> bool:
    """Whether an organisation's name (normalised text of its mention) names a body that
    lends or gives: its first word a lender head (money_cues.tsv lender_head: صندوق،
    بنك، برنامج، مركز) and a word of development or aid in the name (lender_word:
    الصندوق السعودي للتنمية، البرنامج السعودي لتنمية وإعمار اليمن، مركز الملك سلمان
    للإغاثة), or a bank or fund of the gazetteer's ``intergovernmental`` type (البنك
    الدولي، صندوق النقد الدولي). Not a central bank, a company's bank or an investment
    fund (صندوق عمان المستقبل الاستثماري): those are what their money is for."""
    words = name.split()
    if not words or _bare(words[0]) not in _LENDER_HEADS:
        return False
    if any(stem in w for w in words[1:] for stem in _LENDER_WORDS):
        return True
    return _bare(words[0]) in _BANK_HEADS and org_type == "intergovernmental"


def _org_types(mentions) -> dict[str, str]:
    """entity → org_type of the ORG mentions in a mentions table or list of mention rows
    (:data:`khabar.entities.COLUMNS`), for :func:`is_lender`."""
    if mentions is None or len(mentions) == 0:
        return {}
    if isinstance(mentions, list):
        k = len(schema.MENTIONS) + 1
        return {r[4]: r[k] for r in mentions if len(r) > k and r[k]}
    if "org_type" not in mentions:
        return {}
    typed = mentions[mentions["org_type"].fillna("") != ""]
    return dict(zip(typed["entity"], typed["org_type"]))


_VENUE_WORDS = _CUES.get("venue", set())
#: First words of a body one addresses (مجلس، لجنة، مؤتمر …): after أمام, a venue.
_ASSEMBLY_HEADS = {"مجلس", "لجنه", "مؤتمر", "منتدي", "قمه", "جمعيه", "محكمه", "هييه"}
_SPEECH_NOUNS = {"كلمه", "كلمته", "كلمتها", "خطاب", "خطابه", "خطابها", "حديثه", "حديثها",
                 "جلسه", "مناقشه"}


def _venue(before: list[str], name: str) -> bool:
    """Whether the name ``name`` after the words ``before`` is where a figure was said:
    after a venue word (money_cues.tsv venue: قال الوزير أمام مجلس النواب، خلال جلسة
    البرلمان، تحت قبة البرلمان), or a legislature after في / داخل with a verb or noun of
    speech shortly before it (وأوضح الوزير في كلمته في البرلمان …), or any body after a
    venue word, its qualifiers and في (خلال اجتماع موسع عقد في الأمم المتحدة). The
    money a minister speaks of there is not for the chamber (docs/money.md)."""
    if not before:
        return False
    last = before[-1]
    chamber = any(name.startswith(x) for x in _LEGISLATURES)
    if last in _VENUE_WORDS or last[:1] == "و" and last[1:] in _VENUE_WORDS:
        # a body one speaks before (أمام مجلس الأمن، أمام اللجنة المالية), not a team
        # one plays against (أمام التعاون); any body's meeting (اجتماع المجموعة)
        return last.removeprefix("و") != "امام" or chamber \
            or _bare(name.split()[0]) in _ASSEMBLY_HEADS
    if last in ("في", "داخل") and chamber:
        return any(w in _SPEECH_NOUNS or _speech_verb(w) for w in before[-7:-1])
    # خلال اجتماع موسع عقد في الأمم المتحدة: a venue word, its qualifiers, then في
    # and the body where the meeting sits
    window = before[-5:-1]
    if last == "في" and any(w.removeprefix("و") in _VENUE_WORDS
                            and w.removeprefix("و") != "امام" for w in window) \
            and not any(c.isdigit() for w in window for c in w):
        return True
    return False


def _approving_legislature(before: list[str], name: str, after_words) -> bool:
    """Whether a legislature or cabinet (money_cues.tsv legislature) approves here: an
    approval word (approve: وافق، أقر، صادق) right before its name or in the two words
    after it (وافق مجلس الوزراء على قرض …، مجلس النواب أقر الموازنة …). It passes the
    loan or the budget; the money is for the country, ministry or project the sentence
    names, not for the chamber."""
    if not any(name.startswith(x) for x in _LEGISLATURES):
        return False
    near = list(before[-2:]) + list(after_words[:2])
    if any(_with_conjunction(w, _APPROVE) for w in near):
        return True
    # Nor the chamber a bill is sent to or withdrawn from (سحب مشروع القانون من مجلس
    # النواب، أحال المشروع إلى البرلمان): a chamber is what money is for only when the
    # sentence gives it the money, with ل (لمجلس النواب: the recipient rule).
    return not name.startswith(("ل", "ول"))


def sentence_lenders(article: Article, sent, mentions: _MentionIndex,
                     org_types: dict[str, str],
                     arabic: dict[str, str] | None = None
                     ) -> list[tuple[str, int, int, bool, bool]]:
    """``(entity, start, end, may_pay, lam)`` of the lenders (:func:`is_lender`) named in
    ``sent``. ``lam``: written with ل (للصندوق), unless a title comes before (الرئيس
    التنفيذي للصندوق السعودي للتنمية: the fund's officer signs) or it is joined with و to a
    word with ل (للمحافظات وصندوق تنمية الإقليم). ``may_pay``: it may give the sentence's
    money (:func:`lender_payer`): not ``lam``, not after a source cue (بحسب البنك
    الدولي: it reports), not right after a figure and من (500 مليون دولار من البنك
    الأفريقي للتنمية و150 مليون دولار من بريطانيا: it gives that figure only).
    ``arabic``: the gazetteer's entity → Arabic name (:attr:`Gazetteer.arabic`, looked up
    once per article by the caller; read from the gazetteer when None)."""
    if arabic is None:
        arabic = load_gazetteer().arabic
    nt = article.normalised
    sources = _CUES.get("source", set())
    out = []
    for ent, _, ms, me in mentions.within("ORG", sent.start, sent.end):
        name = nt.norm[nt.index(ms):nt.index(me)]
        # a short form (الصندوق الكويتي) of a gazetteer lender: its full Arabic name
        if not (is_lender(name, org_types.get(ent, ""))
                or ent in arabic
                and is_lender(normalise(arabic[ent]), org_types.get(ent, ""))):
            continue
        before = nt.norm[max(nt.index(sent.start), nt.index(ms) - 40):nt.index(ms)].split()
        titled = any(w.removeprefix("ال") in _SPEAKER_TITLES or w in _OFFICER_WORDS
                     for w in before[-2:])
        # no lender head starts with ل: a first word in ل or ول is ل + the name
        lam = (name.startswith(("ل", "ول")) and not titled
               or name.startswith("و") and bool(before) and before[-1].startswith("ل"))
        may_pay = not lam \
            and not any(w in sources or w[:1] in "لو" and w[1:] in sources
                        for w in before[-2:]) \
            and not (before[-1:] == ["من"] and len(before) > 1 and before[-2] in _WORD_BASE)
        out.append((ent, ms, me, may_pay, lam))
    return out


#: A lender gives a figure at most this many normalised characters after its name (a
#: bound that keeps one long sentence of many figures linear).
_LENDER_REACH = 300
#: Words of an officer's title right before a lender written with ل (الرئيس التنفيذي
#: للصندوق، المدير العام للبنك).
_OFFICER_WORDS = {"التنفيذي", "العام", "الاقليمي", "محافظ", "رئيس", "مدير", "المنتدب", "عضو"}


def lender_payer(article: Article, f: dict, lenders: list[tuple]) -> str:
    """The payer of figure ``f`` when its sentence names one lender (:func:`sentence_lenders`),
    before the figure (the giver leads its clause; a lender after it is one of several
    sources: 500 مليون دولار من البنك الأفريقي للتنمية و150 مليون دولار من بريطانيا),
    and the figure is not in a clause it reports (no إن / أن between them: قال البنك
    الدولي إن الاقتصاد خسر 20 مليار دولار), else ""."""
    lenders = [x for x in lenders if x[3]]
    if len({x[0] for x in lenders}) != 1:
        return ""
    ent, ms, me = lenders[0][:3]
    nt = article.normalised
    if me > f["start"] or f["_nstart"] - nt.index(me) > _LENDER_REACH:
        return ""        # after the figure, or too far before it in a long sentence
    gap = nt.norm[nt.index(me):f["_nstart"]].replace(",", " ").split()
    if _COMPLEMENTIZERS.intersection(gap) or "ان" in gap or "بان" in gap:
        return ent if _reports_own_gift(gap) else ""
    return ent


def unnamed_source_after(article: Article, f: dict, mentions: _MentionIndex) -> bool:
    """Whether من right after the figure ``f`` names where the money comes from without
    a name (و18 مليون دولار من مانحين آخرين، من جهات دولية): the sum has a source of its
    own, so a lender named earlier in the sentence is not its payer."""
    nt = article.normalised
    m = _FROM_AFTER.match(nt.norm, f["_nend"])
    if m is None or m.group(1) in _NOT_A_SOURCE:
        return False        # 100 مليون من أصل 500 مليون: a share, not a source
    start = nt.span(m.start(1), m.start(1))[0]
    return not any(x[2] <= start < x[3] for label in ("ORG", "PLACE")
                   for x in mentions.within(label, start - 40, start + 1))


#: من and the word after it, right after a figure.
_FROM_AFTER = re.compile(r"\s+من\s+(\w+)")
#: Words after من that make a share or a time, no source (من أصل، من إجمالي، من بين).
_NOT_A_SOURCE = frozenset({"اصل", "اجمالي", "مجموع", "بين", "ضمن", "خلال", "قبل", "بعد"})


#: أن with a pronoun (أنه، بأنها): the clause after it is about the one who speaks.
_PRONOUN_COMPLEMENTIZERS = {c for c in _COMPLEMENTIZERS if not c.endswith("ان")}


def _reports_own_gift(gap: list[str]) -> bool:
    """Whether the only أن of ``gap`` (the words between a lender and its sentence's figure)
    carries a pronoun and a verb of giving follows it (وأشار الصندوق … إلى أنه قدم 9
    ملايين دينار، قال البنك إنه سيقدم …), or a verb of deciding and a verbal noun of
    giving (قالت الوزارة إنها قررت تخصيص …): the body reports what it gave itself, where
    إن الحكومة قدمت … or إن الاقتصاد خسر … is another's."""
    at = [i for i, w in enumerate(gap) if w in _COMPLEMENTIZERS or w in ("ان", "بان")]
    if len(at) != 1 or gap[at[0]] not in _PRONOUN_COMPLEMENTIZERS:
        return False
    after = gap[at[0] + 1:]
    if after[:1] == ["قد"]:
        after = after[1:]
    # قالت الوزارة إنها قررت تخصيص …، أنه وجه بصرف …: its own decision to give, as
    # after a verb of deciding and a name (:func:`_announces_giving`)
    if after and _with_conjunction(after[0], _DECISION_VERBS):
        return _announces_giving([after[0]], " ".join(after[1:]))
    return bool(after) and (_payer_verb(after[0]) or after[0][:1] == "س"
                            and _payer_verb(after[0][1:]))


#: حيث / بينما / فيما (with و / ف) opening a clause, then a cost noun (money_cues.tsv
#: cost: كلفة، تكلفة) before the figure: see :func:`in_cost_clause`.
_SIDE_CONJUNCTION = re.compile(r"(?<!\S)[وف]?(?:حيث|فيما|بينما)(?!\S)")
_COST_NOUNS = _CUES.get("cost", set())
#: How far before a figure (normalised characters) its cost clause may open.
_COST_REACH = 120


def in_cost_clause(article: Article, f: dict, sent) -> bool:
    """Whether figure ``f`` is in a side clause on a cost, opened by حيث / بينما / فيما in
    its sentence with a cost noun between the conjunction and the figure (قدم الصندوق قرضا
    بقيمة 30 مليون دولار، حيث تبلغ الكلفة الإجمالية للمشروع 45 مليون دولار): what the
    project costs is nobody's gift, so a lender of the clause before pays none of it
    (docs/money.md, "Subject and payer")."""
    nt = article.normalised
    lo = max(nt.index(sent.start), f["_mstart"] - _COST_REACH)
    opener = None
    for m in _SIDE_CONJUNCTION.finditer(nt.norm, lo, f["_mstart"]):
        opener = m
    if opener is None:
        return False
    words = nt.norm[opener.end():f["_mstart"]].split()
    return any(_bare(w) in _COST_NOUNS or w.removeprefix("ال") in _COST_NOUNS for w in words)


_RESUMPTIVE = {"لها", "له", "لهم", "لهما", "اليها", "اليه", "عليها", "عليه", "منها", "منه"}
#: أما / وأما as a word (the look-behind sees past a search's start offset).
_AMMA = re.compile(r"(?<![^\s,;:.])و?اما\s+")


def amma_offsets(article: Article, sent) -> list[int]:
    """The normalised offsets right after each أما (وأما) of ``sent``, in order: computed
    once per sentence for :func:`_fronted_topic`."""
    nt = article.normalised
    lo, hi = nt.index(sent.start), nt.index(sent.end)
    return [m.end() for m in _AMMA.finditer(nt.norm, lo, hi)]


def _fronted_topic(article: Article, f: dict, sent, mentions: _MentionIndex,
                   amma: list[int] = ()) -> str:
    """The topic fronted by أما before figure ``f`` in its sentence when the clause
    after ف refers back to it (أما سوريا، فقد خُصص لها 40 مليون دولار; أما الوزارة
    فحصلت على …): a PLACE, ORG or PROJECT mention right after the last أما before the
    figure (``amma``: :func:`amma_offsets`) and, between it and the figure, a word with ف
    in its first three and a pronoun of it (لها، له، إليها) or a verb of receiving
    (receive_verb). "" otherwise (أما السعودية فقدمت …: the topic gives)."""
    k = bisect_right(amma, f["_mstart"])
    if not k:
        return ""
    nt = article.normalised
    at = amma[k - 1]
    t_at = nt.span(at, at)[0]
    for label in ("PLACE", "ORG", "PROJECT"):
        for ent, _, _ms, me in mentions.within(label, t_at, t_at + 3):
            if me > f["start"] or f["_mstart"] - nt.index(me) > _FRONTED_REACH:
                continue
            words = nt.norm[nt.index(me):f["_mstart"]].replace(",", " ").split()
            if not any(w[:1] == "ف" for w in words[:3]):
                continue
            if any(w in _RESUMPTIVE or w[:1] in "وف" and w[1:] in _RESUMPTIVE
                   or w in _RECEIVE_VERBS for w in words):
                return ent
    return ""


#: At most this many normalised characters between a fronted topic and its figure.
_FRONTED_REACH = 120


#: إن / أن as a word (بأن، أنه …) in normalised text: the start of a reported clause.
_COMPLEMENTIZER_RE = re.compile(r"(?<!\S)[بو]?ان(?:ه|ها|هم|هما)?(?=[\s,])")
#: A reported clause's إن / أن is looked for this many normalised characters after the
#: speech verb that opens the sentence.
_FRAME_REACH = 160


def _speech_frame(article: Article, sent, mentions: _MentionIndex) -> list[tuple[str, int]]:
    """``(entity, offset)`` of the ORG mentions inside the attribution of a sentence that
    opens with a verb of speech (one of its first two words) and reports a clause after
    إن / أن: the names between the verb's speaker and the complementizer ending at
    character ``offset`` (وقالت الوزيرة خلال مناقشة موازنة الوزارة في مجلس النواب إن
    الحزمة تضمنت منحة بقيمة …: the ministry and the chamber frame the report). A figure
    after ``offset`` is not for them. The speaker itself, right after the verb (وقالت
    الشركة إن أرباحها …), and the speaker's body after a title (عضو مجلس الإدارة
    المنتدب للشركة) may still be the subject."""
    nt = article.normalised
    lo, hi = nt.index(sent.start), nt.index(sent.end)
    first = list(re.finditer(r"\S+", nt.norm[lo:min(hi, lo + 40)]))[:2]
    verb = next((m for m in first if _speech_verb(m.group())), None)
    if verb is None:
        return []
    v_end = lo + verb.end()
    comp = _COMPLEMENTIZER_RE.search(nt.norm, v_end, min(hi, v_end + _FRAME_REACH))
    if comp is None:
        return []
    at = nt.span(comp.start(), comp.end())[1]
    out = []
    comp_at = nt.span(comp.start(), comp.start())[0]
    for ent, _, ms, _ in mentions.within("ORG", sent.start, comp_at):
        if nt.index(ms) <= v_end + 1:
            continue                 # the speaker, right after the verb
        before = nt.norm[max(lo, nt.index(ms) - 40):nt.index(ms)].split()[-4:]
        if any(w.removeprefix("ال") in _SPEAKER_TITLES or w in _OFFICER_WORDS
               for w in before):
            continue     # the speaker's own body, after a title (عضو مجلس الإدارة للشركة)
        out.append((ent, at))
    return out


#: Words before a figure that refer back to money or a lender already named: a definite
#: funding noun (القرض البالغ …، المنحة، التمويل) or a lender head with ال (وسيقدم البنك …).
_BACK_REFERENCES = {"القرض", "القروض", "المنحه", "المنح", "التمويل", "التمويلات", "الهبه",
                    "الوديعه", "البنك", "الصندوق", "البرنامج"} | _CUES.get("back_reference", set())
#: How many words before a figure a back-reference may stand.
_BACK_REACH = 6


def carried_lender(article: Article, f: dict, sent, mentions: _MentionIndex,
                   lender: str) -> str:
    """``lender`` (the one lender the sentence before ``sent`` in its paragraph names:
    :func:`sentence_lenders`) as the payer of figure ``f`` when the figure's sentence
    refers back to it and names no giver of its own: a back-reference
    (:data:`_BACK_REFERENCES`, with و / ب / ف / ل before it: وسيقدم البنك 50 مليون دولار،
    وأوضح أن القرض البالغ 300 مليون دولار …) in the :data:`_BACK_REACH` words before the
    figure, and no ORG or country mention (:func:`_payer_candidates`) before the figure in
    its sentence but ``lender`` itself. Else ""."""
    if not lender:
        return ""
    if any(m[0] != lender and m[3] <= f["start"]
           for m in _payer_candidates(article, sent, mentions, None, f["start"])):
        return ""
    nt = article.normalised
    words = nt.norm[max(nt.index(sent.start), f["_nstart"] - 80):f["_nstart"]].split()
    for w in words[-_BACK_REACH:]:
        bare = w[1:] if w[:1] in "وبفل" and w[1:] in _BACK_REFERENCES else w
        if bare in _BACK_REFERENCES:
            return lender
    return ""
