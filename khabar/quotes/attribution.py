"""Speaker attribution: which speaker a cue token gives (docs/arabic.md, "Quotes and
attribution"). One function per rule, chosen by :func:`attribution` from the cue's kind:
a statement's author, a source after بحسب / وفقاً لـ, a reported source (نقلت X عن Y),
the noun phrase after a verb (VSO), a participle's sentence speaker, the subject before
the verb (SVO), else the last speaker of the verb's gender (continuation)."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from ..gazetteer import load_gazetteer
from .cues import appeal_complement, opens_clause, statement_author
from .history import Speaker
from .speakers import Doc
from .words import speech_noun  # own line
from .words import APPEAL_FORMS, TITLE_COMPLEMENTS  # own line
from .words import APPEAL_OBJECTS  # own line
from .words import APPEAL_WHOM_FORMS  # own line
from .words import DIRECTIVE_FORMS  # own line
from .words import CAME_VERBS, STATEMENT_NOUNS  # own line
from .words import TIME_WORDS  # own line
from .words import STATEMENT_QUALIFIERS  # own line
from .words import TOPIC_PREPOSITIONS  # own line
from .words import RELAY_VERBS  # own line
from .words import FRONTED_TOPICS  # own line
from .words import APPEARANCE_NOUNS, BROADCAST_CARRIERS, BROADCAST_NOUNS  # own line
from .words import CHANNEL_NOUNS, MEDIA_CUES  # own line
from .words import (_MARK_CHARS, _OPENERS, _is_stop, AN_WORDS, CLAUSE_WORDS, CUE_FORMS,
                    DOCUMENT_NOUNS, INTERVIEW_GUEST, INTERVIEW_NOUNS, INTERVIEW_VERBS,
                    MASCULINE_ORG_CUES, OBJECT_VERB_FORMS, ORG_CUES, PARTICIPLES, PERSON_PRONOUNS,
                    RELATIVE_PRONOUNS, RELAY_PRONOUNS, REPORT_VERBS, SPOKES_NOUNS,
                    THANKS_VERBS, TITLE_GENDER, TITLE_NOUNS, UNNAMED_SOURCES)

#: Indefinite document and unnamed-source nouns, as written without clitics (تقارير،
#: مصادر): right before a verb, its subject.
_SUBJECT_HEADS = DOCUMENT_NOUNS | UNNAMED_SOURCES
#: Prepositions that open an adverbial after و / ف (وحول، وفي، وخلال), normalised; not
#: عبر, also the verb عبّر (وعبّر "and he expressed").
_ADVERBIAL_PREPOSITIONS = frozenset({"حول", "في", "خلال", "بعد", "قبل", "امام", "منذ",
                                     "عن", "مع", "لدي"})
#: Tokens searched back from a cue for its clause's subject (a clause is far shorter);
#: the bound keeps a one-line "sentence" of 200 KB linear (tests/test_scale.py).
_LOOK_BACK = 60


def attribution(d: Doc, cue_i: int, left: int, limit: int) -> tuple[Speaker | None, str]:
    """Speaker of the cue at token ``cue_i`` (its clause from token ``left``, its phrase
    up to ``limit``) and how it was found: ``named``, ``source`` or ``continuation``."""
    kind = d.cues[cue_i][0]
    if kind == "statement":
        return _statement_speaker(d, cue_i, limit)
    if kind == "source":
        return _source_speaker(d, cue_i, left, limit)
    src = _relaying_cue(d, cue_i)
    if src is not None:         # حسبما نقلت عنه صحيفة X، أن …: the cue's reading
        return _source_speaker(d, src, left, limit)
    sp, how = _verb_speaker(d, cue_i, left, limit)
    if sp is not None and how == "named" and not sp.channel:
        told = _told_channel(d, cue_i, sp, limit)
        if told:
            sp = replace(sp, channel=told)
    return sp, how


def _told_channel(d: Doc, cue_i: int, sp: Speaker, limit: int) -> str:
    """The outlet a speaker told the words to, named right after the speech verb or
    right after the speaker's words, after في تصريح / في حديث (خاص) if any: ل + a media
    cue noun and its name (قال فلان لإذاعة "صوت المدينة"، لصحيفة الأفق، لقناة X), ل and
    a news organisation's name (لرويترز), or لـ and a name in quote marks (لـ"الأفق");
    or the outlet that hosted the interview (في مقابلة أجرتها معه قناة X: attribution.tsv
    interview_noun, a form of أجرى with its object and معه), relayed the statement or was
    given it (في بيان أوردته وكالة X، في
    تصريح اليوم نقلته صحيفة X، في تصريح خص به "X": attribution.tsv relay_verb). The
    outlet is the ``channel`` of the words (docs/arabic.md, "Quotes and attribution"); ""
    when none stands there or the name is no organisation's."""
    starts = [cue_i + 1]
    if sp.end > 0:
        starts.append(d.tok_index(sp.end))
    if cue_i + 1 < limit:   # (a back-reference's words stand earlier: وقال المصدر المسؤول لـ…)
        starts.append(d.phrase_end(cue_i + 1, limit))
    for u in starts:
        while u < limit and d.texts[u] in "-–—،,":
            u += 1      # وقال فلان – في بيان …
        relay = False
        if u + 1 < limit and d.norms[u] in ("في", "عبر", "خلال") and (
                _bare(d.norms[u + 1]) in INTERVIEW_NOUNS or d.norms[u + 1] in STATEMENT_NOUNS):
            # في مقابلة أجرتها معه قناة X، في حديث أجرته معها صحيفة "X": the host
            t = u + 2
            while t < limit and (d.norms[t] in STATEMENT_QUALIFIERS
                                 or d.norms[t] in RELATIVE_PRONOUNS):
                t += 1
            if t + 2 < limit and d.norms[t].startswith("اجر") \
                    and d.norms[t + 1] in ("معه", "معها", "معهم"):
                u, relay = t + 2, True
        if not relay and u + 1 < limit and d.norms[u] == "في" \
                and d.norms[u + 1] in STATEMENT_NOUNS:
            u += 2
            while u < limit and d.norms[u] in STATEMENT_QUALIFIERS:
                u += 1
            t = u
            while t < limit and t - u < 4 and (d.norms[t] in TIME_WORDS
                                               or d.kinds[t] == "number"):
                t += 1
            if t < limit and d.norms[t] in RELAY_VERBS:
                u, relay = t + 1, True  # في بيان (اليوم) أوردته وكالة X: X passed it on
                if u < limit and d.norms[u] in ("به", "بها"):
                    u += 1      # في تصريح خص به "X": the outlet it was given to
        if u >= limit or d.kinds[u] != "arabic" and not (relay and d.texts[u] in _OPENERS):
            continue
        end = next((t for t in range(u + 1, limit) if d.norms[t] in AN_WORDS or d.cues[t]
                    or d.texts[t] in ".،,:;؛!؟?" or d.kinds[t] == "arabic" and (
                        d.title_at(t) or any(m[0] == d.starts[t] for m in d.overlapping(
                            d.starts[t], d.ends[t], "PERSON")))), limit)
        if relay and d.texts[u] not in _OPENERS:
            ch = d.speaker(u, end, "unknown")
            if ch is not None and ch.type == "organisation":
                return ch.name
            continue
        if relay or d.norms[u] == "ل" and u + 2 < end and d.texts[u + 1] in _OPENERS:
            m0 = u if relay else u + 1
            close = d.quoted_close(m0, limit)
            if close is None:
                continue    # لـ"الأفق": the outlet's name in marks (docs/arabic.md)
            return d.quoted_org_name(m0, close)
        if d._told_outlet(u) or d._told_org(u):
            ch = d.speaker(u, end, "unknown", attached_li=True)
        else:
            continue
        if ch is not None and ch.type == "organisation" and (
                d._told_outlet(u) or _news_outlet(ch.name)):
            return ch.name
    return next(filter(None, (_appearance_outlet(d, u, limit) for u in starts)), "")


#: Tokens read after a talk or call noun for the outlet it was on (a few words: في حديثه
#: ببرنامج «X» عبر شاشة «Y»).
_OUTLET_REACH = 12
#: The words after which the name that follows is the host's (أجرته معه «X»، اتصال مع «X»).
_HOST_SLOT = frozenset({"معه", "معها", "معهم", "مع"})


def _media_stem(norm: str) -> str:
    """``norm`` without an attached ب / ل (ببرنامج، لقناة → برنامج، قناة)."""
    return norm[1:] if norm[:1] in ("ب", "ل") and len(norm) > 3 else norm


def _channel_noun(stem: str) -> bool:
    """A media cue noun or a broadcast noun (قناة، صحيفة، إذاعة، برنامج، تلفزيون)."""
    return stem in CHANNEL_NOUNS or stem in BROADCAST_NOUNS


def _media_noun_at(d: Doc, t: int, end: int) -> bool:
    """Whether token ``t`` (before ``end``) is a media or broadcast noun or a broadcast
    carrier, with ب / ل attached or after في / على / عبر (ببرنامج، على قناة، عبر شاشة)."""
    if t < end and d.norms[t] in ("في", "علي", "عبر"):
        t += 1
    if t >= end:
        return False
    stem = _media_stem(d.norms[t])
    return _channel_noun(stem) or stem in BROADCAST_CARRIERS


def _appearance_outlet(d: Doc, u: int, limit: int) -> str:
    """The outlet of a talk, call or appearance after token ``u`` (before ``limit``):
    في / عبر / خلال and a statement, interview, speech or appearance noun (attribution.tsv
    statement_noun, interview_noun, speech_noun: حديثه، تصريحاته; appearance_noun:
    اتصال، مداخلة، استضافته; no document noun: بيان), then, within
    :data:`_OUTLET_REACH` words and before أن/إن, a cue or a comma (one a media noun
    follows is passed: خلال لقائه مع فلان، ببرنامج «X»): a media or broadcast
    noun with its name (ببرنامج «X»، على قناة «Y»، لإذاعة X: its ORG or PROJECT
    mention, else the quoted words), or the name after a broadcast carrier (عبر شاشة
    «Y»، على أثير «Y») or after معه / مع (الاتصال الذي أجرته معه «X»; a news outlet of
    the gazetteer or a media cue noun's name, or quoted words no other body's cue noun
    opens: not في اتصال مع وزارة الصحة). A station (a media
    cue noun, a carrier) wins over a programme (في حديثه ببرنامج «X» عبر شاشة «Y» → Y).
    "" when none stands there (docs/arabic.md, "Quotes and attribution")."""
    while u < limit and (d.texts[u] in "-–—،," or 0 < u and d.texts[u] in "\"”»"
                         and d.kinds[u - 1] == "arabic"):
        u += 1      # (وأضاف "فلان" خلال مداخلة …: past the mark closing a quoted name)
    if not (u + 2 < limit and d.norms[u] in ("في", "عبر", "خلال")):
        return ""
    nouns = (d.norms[u + 1], _bare(d.norms[u + 1]))     # (لقائه is no ل + قائه)
    if d.norms[u + 1] in DOCUMENT_NOUNS or not (
            any(n in APPEARANCE_NOUNS or n in INTERVIEW_NOUNS for n in nouns)
            or d.norms[u + 1] in STATEMENT_NOUNS or speech_noun(d.norms[u + 1], d.texts[u + 1])):
        return ""   # (في بيان نشر على موقع المنظمة: where a document was posted, no outlet)
    found: list[tuple[bool, str]] = []
    end = min(limit, u + 2 + _OUTLET_REACH)
    t, slot = u + 2, False
    while t < end and not found[:1] == [True]:
        norm = d.norms[t]
        if d.texts[t] in "،," and _media_noun_at(d, t + 1, end):
            t += 1      # خلال لقائه مع الإعلامي فلان، ببرنامج «X» على قناة Y: the outlet
            continue
        if d.texts[t] in ".،,:;؛!؟?" or norm in AN_WORDS or d.cues[t]:
            break
        stem = _media_stem(norm)
        if stem in BROADCAST_CARRIERS:
            t, slot = t + 1, True   # عبر شاشة «Y»: the station follows
            continue
        if _channel_noun(stem):
            s = d.starts[t]
            ms = [m for label in ("ORG", "PROJECT") for m in d.overlapping(s, d.ends[t], label)
                  if m[0] <= s + 1 and m[1] > d.ends[t]]
            close = d.quoted_close(t + 1, end) if (
                t + 1 < end and d.texts[t + 1] in _OPENERS) else None
            name = ms[0][3] if ms else d.quoted_org_name(t + 1, close) if close else ""
            if name:
                found.append((stem in MEDIA_CUES or slot, name))
                t = max(close or t, d.tok_index(ms[0][1] - 1) if ms else t) + 1
                slot = False
                continue
        elif slot:
            # (an outlet only: no ministry one calls, في اتصال مع وزارة الصحة)
            orgs = d.overlapping(d.starts[t], d.ends[t], "ORG")
            close = d.quoted_close(t, end) if d.texts[t] in _OPENERS else None
            if orgs and orgs[0][0] == d.starts[t]:
                if _news_outlet(orgs[0][3]) or d.strip_org(norm)[1] in MEDIA_CUES:
                    found.append((True, orgs[0][3]))
            elif close and not (d.strip_org(d.norms[t + 1])[1] in ORG_CUES
                                and d.strip_org(d.norms[t + 1])[1] not in MEDIA_CUES):
                found.append((True, d.quoted_org_name(t, close)))
        slot = norm in _HOST_SLOT
        t += 1
    return next((name for station, name in found if station), found[0][1] if found else "")


def _news_outlet(entity: str) -> bool:
    """Whether ``entity`` is a news outlet of the gazetteer (type media: رويترز), so that
    ل before it names whom the words were told to, not a body addressed (لوزارة الصحة)."""
    e = load_gazetteer().entries.get(entity)
    return e is not None and e.type == "media"


def _relaying_cue(d: Doc, k: int) -> int | None:
    """The source cue before the report verb at token ``k`` when the two relay someone's
    words (حسبما نقلت عنه صحيفة X: :func:`relayed`), else None: the verb is then no cue
    of its own, its subject only the channel."""
    for src in (k - 1, k - 2, k - 3):
        if src >= 0 and d.cues[src] and d.cues[src][0] == "source":
            return src if said_at(d, src, d.n) == k and relayed(d, src, d.n) else None
    return None


def _statement_speaker(d: Doc, cue_i: int, limit: int) -> tuple[Speaker | None, str]:
    """The author of a statement after في (وجاء في بيان لوزارة الصحة أن … → وزارة
    الصحة; في تصريح لمديرة المدرسة → a woman, her title's gender); with none, the last
    speaker."""
    at = statement_author(d, cue_i + 1)
    # لوزارة الصحة: the ل is attached to the author's first word, unless it stands alone
    # (في بيان الحكومة: no ل at all, the author in the genitive)
    sp = d.speaker(at, limit, "unknown", attached_li=d.norms[at - 1] != "ل"
                   and d.norms[at].startswith("ل")) if at else None
    if sp and sp.type == "person" and sp.gender == "unknown":
        sp = replace(sp, gender=TITLE_GENDER.get(d.title_at(at), "unknown"))
    if sp:
        return sp, "source"
    return d.last("unknown"), "continuation"


#: عنه / عنها after the verb of a source phrase (وفق ما أعلن عنه …): "about it", the words.
_ABOUT_IT = frozenset({"عنه", "عنها"})


def _source_speaker(d: Doc, cue_i: int, left: int, limit: int) -> tuple[Speaker | None, str]:
    """The source after a prepositional cue, the preposition skipped (بحسب وزارة الصحة،
    وفقاً لـ مدير المرفأ، نقلاً عن الإذاعة); بحسب ما قال X / بحسب ما نقلت X عن Y: the
    verb's attribution; بحسب ما نقلت عنه وكالة X: the person named before, X the channel
    (:func:`relayed`)."""
    came = came_source(d, cue_i, limit)
    if came is not None and came != cue_i + 1:
        # حسب ما جاء على لسان X، وفق ما ورد في بيان الوزارة: the tongue's or the document's
        return (_source_speaker(d, came - 1, left, limit) if d.norms[came - 1] == "لسان"
                else (d.speaker(came, limit, "unknown"), "source"))
    relay = relayed(d, cue_i, limit)
    if relay:
        # وزعم فلان، بحسب ما نقلت عنه وكالة X، أنه …: the verb before the cue names him
        verb = next((k for k in reversed(d.cues_between(left, cue_i))
                     if d.cues[k][0] == "verb"), None)
        sp, how = _verb_speaker(d, verb, left, cue_i) if verb is not None else (None, "")
        if not (sp and how == "named"):
            sp, how = d.last(relay[0]), "source"
        return (replace(sp, channel=relay[1]) if sp else None), how
    i = cue_i + 1
    if i == said_at(d, cue_i, limit) and i < limit and d.cues[i] and d.cues[i][0] == "verb":
        return attribution(d, i, left, limit)     # حسبما قال X: ما written with the cue
    while i < limit and d.norms[i] in {"ل", "عن"}:
        i += 1
    if i + 3 < limit and d.norms[i] in ("ما", "لما") and d.cues[i + 1] \
            and d.cues[i + 1][0] == "verb" and d.norms[i + 2] in _ABOUT_IT:
        # وفق ما أعلن عنه وزير التربية فلان: "announced about it"; the subject after it
        sp = d.speaker(i + 3, limit, d.cues[i + 1][1])
        if sp:
            return sp, "source"
    if i + 1 < limit and d.norms[i] in ("ما", "لما") and d.cues[i + 1] \
            and d.cues[i + 1][0] == "verb":
        return attribution(d, i + 1, left, limit)
    said = _verb_with_object(d, i + 1) if i + 2 < limit and d.norms[i] in (
        "ما", "لما") else None
    if said:
        # وفق ما قاله الأمين العام X، بحسب ما ذكرته الوزارة: the verb carries "it", the
        # words; its subject after it is the source
        sp = d.speaker(i + 2, limit, said[1])
        if sp:
            return sp, "source"
    if i + 2 < limit and d.texts[i] in _OPENERS:
        # على لسان “الشوا”: a quoted short name after the cue is the source
        close = d.quoted_close(i, limit, 3)
        if close and all(d.kinds[t] == "arabic" for t in range(i + 1, close)):
            return d.speaker(i + 1, close, "unknown"), "source"
    if i < limit and _no_agent_after_li(d, i):
        return None, "source"     # ووفقا للدستور، وفق ما هو مرسوم: a law or plan, no source
    # ووفقا لوزارة المالية: the ل attached to the source's first word
    if i >= d.n:
        return None, "source"     # the cue is the text's last word: no source named
    separate = i > cue_i + 1 or not (d.kinds[i] == "arabic" and d.norms[i].startswith("ل"))
    sp = None if separate else d.speaker(i, limit, "unknown", attached_li=True)
    sp = sp or d.speaker(i, limit, "unknown")
    relay = quoting_subject(d, cue_i, left) if sp and not sp.channel else None
    return (replace(sp, channel=relay.name) if relay else sp), "source"


def quoting_subject(d: Doc, cue_i: int, left: int) -> Speaker | None:
    """The organisation that passes the source's words on when the source cue at
    ``cue_i`` is نقلاً عن right after a speech verb and its subject (وقالت صحيفة X نقلاً
    عن مصدر …، وذكرت قناة X نقلا عن مصادر …): X, the channel; else None. The source
    after عن speaks (docs/arabic.md, "Quotes and attribution")."""
    if not d.norms[cue_i].startswith("نقلا"):
        return None
    verb = next((k for k in range(cue_i - 1, max(left, cue_i - 12) - 1, -1)
                 if d.cues[k]), None)
    if verb is None or d.cues[verb][0] != "verb" or verb + 1 >= cue_i:
        return None
    if any(d.texts[t] in ".:;؛" or d.norms[t] in AN_WORDS for t in range(verb + 1, cue_i)):
        return None
    sp = d.speaker(verb + 1, cue_i, d.cues[verb][1])
    return sp if sp is not None and sp.type == "organisation" else None


def came_source(d: Doc, k: int, limit: int) -> int | None:
    """The first token of the source named by the source cue at token ``k`` with a verb
    of coming (attribution.tsv came_verb) instead of a speech verb: على لسان X ("on the
    tongue of X": X said it; ``k`` is لسان) → X's token; حسب / وفق ما جاء على لسان X → X's
    token; حسب ما ورد في بيان الوزارة → the document's token (a document or statement noun
    after في). None for any other cue (docs/arabic.md, "Quotes and attribution")."""
    if d.norms[k] == "لسان":
        return k + 1 if k > 0 and d.norms[k - 1] == "علي" and k + 1 < limit else None
    v = said_at(d, k, limit)
    if v is None or v + 2 >= limit or d.norms[v] not in CAME_VERBS:
        return None
    if d.norms[v + 1] == "علي" and d.norms[v + 2] == "لسان":
        return v + 3 if v + 3 < limit else None
    head = d.strip_head(d.norms[v + 2])[1]
    if d.norms[v + 1] == "في" and (head in DOCUMENT_NOUNS or head in STATEMENT_NOUNS):
        return v + 2
    return None


def said_at(d: Doc, k: int, limit: int) -> int | None:
    """The token right after the ما of the source cue at token ``k`` (بحسب ما، وفق ما،
    وفقاً لما، حسبما: ما written apart, with ل, or with the cue), where the verb of "what
    X said" stands; None if no ما follows the cue (بحسب الوزارة)."""
    if d.norms[k].endswith("ما") and d.cues[k] and d.cues[k][0] == "source":
        return k + 1
    j = k + 1
    if j < limit and d.norms[j] == "ل":
        j += 1
    return j + 1 if j < limit and d.norms[j] in ("ما", "لما") else None


def relayed(d: Doc, k: int, limit: int) -> tuple[str, str] | None:
    """The outlet that relayed someone's words after the source cue at token ``k``
    (tokens up to ``limit``): بحسب ما نقلت عنه وكالة X، حسبما نقلت عنها صحيفة X، وفق ما
    نقل عنه موقع X، وفقاً لما نقلته عنه قناة X، بحسب ما نقلت وكالة X عنه. Returns (the
    gender of the pronoun of عنه / عنها, attribution.tsv relay_pronoun; X's name, "" if
    none is found): the person the pronoun points to, named before, is the speaker and
    X only the channel (docs/arabic.md, "Quotes and attribution"). None for any other
    reading (بحسب ما قاله X، بحسب ما نقلت X عن الوزير: the verb's own attribution)."""
    v = said_at(d, k, limit)
    if v is None or v >= limit:
        return None
    norm, c = d.norms[v], d.cues[v]
    report = c and c[0] == "verb" and norm[c[2]:] in REPORT_VERBS or any(
        norm.endswith(s) and norm[:-len(s)] in REPORT_VERBS for s in ("ه", "ها"))
    if not report:
        return None
    for p in range(v + 1, min(limit, v + 8)):
        if d.norms[p] in RELAY_PRONOUNS:
            ch = d.speaker(p + 1, limit, "unknown") if p == v + 1 else d.speaker(
                v + 1, p, "unknown")
            return RELAY_PRONOUNS[d.norms[p]], ch.name if ch else ""
        if d.texts[p] in ".،,:;؛" or d.norms[p] in ("عن", "ل"):
            return None
    return None


def _no_agent_after_li(d: Doc, i: int) -> bool:
    """Whether token ``i`` after a prepositional cue (وفقاً، طبقاً) is ل attached to a
    word that names no one: no title, organisation, document, source or spokesperson
    noun, and no PERSON / ORG mention over it (ووفقا للدستور، وفقا للأنظمة المقررة), or
    ما and no speech verb (وفق ما هو مرسوم)."""
    norm = d.norms[i]
    if norm == "ما":        # وفق ما هو مرسوم: a state of things, no verb with a subject
        return i + 1 < d.n and d.norms[i + 1] in ("هو", "هي")
    if d.kinds[i] != "arabic" or not norm.startswith("ل") or norm in ("ل", "لل"):
        return False
    if d.overlapping(d.starts[i], d.ends[i], "PERSON") or d.overlapping(
            d.starts[i], d.ends[i], "ORG"):
        return False
    return not (d.strip_title(norm)[1] in TITLE_NOUNS or d.strip_head(norm)[1] in (
        ORG_CUES | DOCUMENT_NOUNS | UNNAMED_SOURCES | SPOKES_NOUNS))


def _verb_with_object(d: Doc, k: int):
    """The cue reading of token ``k`` as a speech verb with an object pronoun for the
    words said (قاله، ذكرته، أكدته: "said it"), as after ما in وفق ما قاله X; else
    None. Only the singular past forms: a pronoun after a plural (قالوه) is rare."""
    norm = d.norms[k]
    for suf in ("ه", "ها"):
        stem = norm[:-len(suf)]
        if norm.endswith(suf) and len(stem) >= 3:
            c = CUE_FORMS.get(stem) or (CUE_FORMS.get(stem[:-1] + "ت")
                                        if stem.endswith("ت") else None)
            if c and c[0] == "verb" and c[2] == 0:
                return c
    return None


def _verb_speaker(d: Doc, cue_i: int, left: int, limit: int) -> tuple[Speaker | None, str]:
    """A speech verb's speaker: the reported source of نقل / نسب (:func:`_reported`),
    else the noun phrase after the verb (وقالت المديرة سلمى: …), else, for a
    participle, :func:`_participle_speaker`, else :func:`_speaker_before`."""
    _, gender, n = d.cues[cue_i]
    if d.norms[cue_i][n:] in REPORT_VERBS:
        sp = _reported(d, cue_i + 1, limit)
        if sp:
            return sp, "source"
    participle = d.norms[cue_i][n:] in PARTICIPLES
    sp = None if participle else d.speaker(cue_i + 1, _object_before(d, cue_i, limit), gender)
    if sp:
        return sp, "named"
    # (كما دعت، في بيان، السلطات إلى …: after an appeal or object verb the noun there is
    # whom it calls on, the subject went before)
    verb = d.norms[cue_i][n:]
    after = None if participle or verb in APPEAL_FORMS or verb in OBJECT_VERB_FORMS else (
        _after_adverbial(d, cue_i + 1, limit))
    sp = d.speaker(after, limit, gender) if after is not None else None
    if sp:
        return sp, "named"
    told = None if participle or verb in APPEAL_FORMS or verb in OBJECT_VERB_FORMS else (
        _after_told(d, cue_i + 1, limit))
    sp = d.speaker(told, limit, gender) if told is not None else None
    if sp:
        return sp, "named"
    if participle:
        sent = d.article.sentence_at(d.starts[cue_i])
        s0 = max(d.tok_index(sent.start) if sent else left, cue_i - _LOOK_BACK)
        return _participle_speaker(d, cue_i, s0, gender)
    return _speaker_before(d, cue_i, left, gender)


#: Prepositions that open an adverbial between a speech verb and its subject in commas
#: (وقالت، في بيان، وزارة …), normalised.
_ADVERBIAL_OPENERS = frozenset({"في", "خلال", "عقب", "امام", "عبر", "لدي", "اثر", "بعد"})


def _after_adverbial(d: Doc, k: int, limit: int) -> int | None:
    """The token after an adverbial that stands between a speech verb and its subject,
    from token ``k`` right after the verb: words of time (وأكد أمس وزير …، وأعلن الثلاثاء 3
    مارس، وزارة …: attribution.tsv time_adverb, weekdays and months, with numbers) and a
    comma after them if any, or an adverbial in commas that opens with time words or a
    preposition (أعلن، اليوم الاثنين، وزير …؛ وقالت، في بيان، وزارة الصحة). None when no
    adverbial stands there (docs/arabic.md, "Quotes and attribution")."""
    if k >= limit:
        return None
    if d.texts[k] in ",،":
        c = next((t for t in range(k + 1, min(limit, k + 9))
                  if d.texts[t] in ",،" or d.cues[t] or d.norms[t] in AN_WORDS
                  or d.texts[t] in _MARK_CHARS), None)
        if c is None or c == k + 1 or d.texts[c] not in ",،" or not (
                d.norms[k + 1] in TIME_WORDS or d.norms[k + 1] in _ADVERBIAL_OPENERS):
            return None
        return c + 1 if c + 1 < limit else None
    t = k
    while t < limit and t - k < 5 and (d.norms[t] in TIME_WORDS or d.kinds[t] == "number"):
        t += 1
    if t == k or t >= limit:
        return None
    if d.texts[t] in ",،":
        t += 1
    return t if t < limit else None


#: Tokens an addressee or a place may take between a speech verb and its subject.
_TOLD_REACH = 6


def _after_told(d: Doc, k: int, limit: int) -> int | None:
    """The subject's first token when the words right after a speech verb (from token
    ``k``) say whom or where it was said to before naming who said it: an outlet with
    لـ (وقال لوكالة الأنباء الرسمية وزير النقل فلان إن …؛ لـ«X») or ب and a place (وقال
    بالقاهرة وزير الخارجية …: a PLACE mention, or ب and the article on one word), after
    في تصريح / في بيان if any. Only a title or a PERSON mention after it opens the subject;
    else None: the outlet or the place never speaks (docs/arabic.md, "Quotes and
    attribution")."""
    t = k
    if t + 1 < limit and d.norms[t] == "في" and d.norms[t + 1] in STATEMENT_NOUNS:
        t += 2      # وقال في تصريح لوكالة …، وأكد في بيان بالرباط …
        if t < limit and d.kinds[t] == "arabic" and d.norms[t].endswith("ي") \
                and not d.norms[t].startswith(("ل", "ب")):
            t += 1  # في تصريح صحفي
    if t >= limit or d.kinds[t] != "arabic":
        return None
    norm = d.norms[t]
    place = norm.startswith("ب") and len(norm) > 3 and (
        bool(d.overlapping(d.starts[t], d.ends[t], "PLACE")) or norm.startswith("بال"))
    outlet = d._told_outlet(t) or d._told_org(t) or (
        norm == "ل" and t + 1 < limit and d.texts[t + 1] in _OPENERS)
    if not (place or outlet):
        return None
    start = t
    for u in range(t + 1, min(limit, start + _TOLD_REACH)):
        if d.norms[u] in AN_WORDS or d.cues[u] or d.texts[u] in ".،,:;؛!؟?":
            return None
        if d.kinds[u] == "arabic" and (d.title_at(u) or any(
                m[0] == d.starts[u] for m in d.overlapping(d.starts[u], d.ends[u], "PERSON"))):
            return u if not d.is_recipient(d.norms[u]) else None
        if place and not outlet:
            return None     # وقال بالقاهرة وزير …: the place is one word
    return None


def _object_before(d: Doc, cue_i: int, limit: int) -> int:
    """``limit``, or the token of the verb's object when the verb at ``cue_i`` takes one
    between its subject and ب / أن (attribution.tsv object_verb: وصف فلان المباراة
    بأنها، اتهم الوزير المعارضة بأنها): the last definite word of two or more before بأن
    or أن, which is no title word, is the object, not the end of the name."""
    verb = d.norms[cue_i][d.cues[cue_i][2]:]
    if verb in APPEAL_WHOM_FORMS:
        # أهاب المحافظ بالجميع أن …: the subject ends at the ب of whom it calls on
        o = next((j for j in range(cue_i + 2, min(limit, cue_i + 12))
                  if appeal_complement(d, cue_i, j)), None)
        if o is not None:
            return o
    if verb in DIRECTIVE_FORMS:
        o = _directive_object(d, cue_i, limit)
        if o is not None:
            return o
    if verb in APPEAL_FORMS:
        o = _object_before_appeal(d, cue_i, limit)
        if o != limit or verb not in OBJECT_VERB_FORMS:
            return o
    if verb not in OBJECT_VERB_FORMS:
        return limit
    e = d.phrase_end(cue_i + 1, limit)
    an = e < d.n and (d.norms[e] in AN_WORDS or (
        d.norms[e].startswith("ب") and d.norms[e][1:] in AN_WORDS))
    o = e - 1
    if an and o > cue_i + 1 and d.kinds[o] == "arabic" and d.norms[o].startswith("ال") \
            and not d.title_at(o) and not d.title_at(o - 1):
        return o
    return limit


def _directive_object(d: Doc, cue_i: int, limit: int) -> int | None:
    """The token of whom a verb of instructing at ``cue_i`` tasks (attribution.tsv
    directive_verb: كلّف الوزير مدير الدائرة بإعداد …، وجّهت الوزارة المدارس بتأجيل …),
    between its subject and the ب of its words: an indefinite title right after a
    definite word or a named person (the subject ends there), or a definite word, no
    relative adjective, right after an organisation's mention. None when no such object
    stands there (the subject runs to the ب)."""
    e = next((j for j in range(cue_i + 2, min(limit + 1, d.n, cue_i + 10))
              if appeal_complement(d, cue_i, j)), None)
    if e is None:
        return None
    for t in range(cue_i + 2, e):
        norm, prev = d.norms[t], d.norms[t - 1]
        if d.kinds[t] != "arabic":
            return None
        if not norm.startswith("ال") and d.title_at(t) and (prev.startswith("ال") or any(
                m[1] == d.ends[t - 1] for m in d.overlapping(d.starts[t - 1], d.ends[t - 1],
                                                            "PERSON"))):
            return t
        if norm.startswith("ال") and not norm.endswith(("ي", "يه")) and any(
                m[1] == d.ends[t - 1] and m[0] >= d.starts[cue_i + 1]
                for m in d.overlapping(d.starts[t - 1], d.ends[t - 1], "ORG")):
            return t
    return None


def _object_before_appeal(d: Doc, cue_i: int, limit: int) -> int:
    """``limit``, or the token of the object of the appeal verb at ``cue_i`` (دعا: whom
    it calls on, before إلى) after a subject of one definite title, source or document
    word (ودعا الوزير المواطنين إلى …، ودعا المصدر الوسائل الإعلامية إلى …): the next
    definite word, when it is a sound plural (ـين، ـات) or a noun with its relative
    adjective right before إلى, and no title complement (الأمين العام الأممي) nor a word
    of a mention. A named subject ends at its name by the other rules; a title's own
    adjectives (المدير العام، الوزير الأول، المتحدث الرسمي) are never cut off."""
    e = d.phrase_end(cue_i + 1, limit)
    s, o = cue_i + 1, cue_i + 2
    if not (e < d.n and appeal_complement(d, cue_i, e)):
        return limit
    named = _appeal_object(d, cue_i, e)
    if named is not None:
        return named
    if not o < e <= o + 2:
        return limit
    head = d.norms[s]
    if not (head.startswith("ال") and (d.title_at(s) or head[2:] in _SUBJECT_HEADS)):
        return limit
    word = d.norms[o]
    plural = len(word) >= 6 and word.endswith(("ين", "ات"))
    with_adjective = e == o + 2 and d.norms[o + 1].startswith("ال") and (
        d.norms[o + 1].endswith(("ي", "يه")))
    if not (word.startswith("ال") and (plural or with_adjective)) or (
            word[2:] in TITLE_COMPLEMENTS or d.title_at(o)
            or d.mentions_in(d.starts[s], d.ends[e - 1])):
        return limit
    return o


def _appeal_object(d: Doc, cue_i: int, e: int) -> int | None:
    """The token of whom an appeal calls on right before its complement at ``e``, when
    it is a noun of attribution.tsv appeal_object, alone or with one definite adjective
    (ودعا وزير الصحة سامي علي المواطنين إلى …، طالب النائب الحكومة بـ …، حث المجلس
    الجهات المعنية على …), or a definite cue noun alone (طالب عضو البرلمان البلدية بـ …),
    after at least one word of the subject and no noun that governs it; else None."""
    for o in (e - 1, e - 2):
        if o <= cue_i + 1:
            return None
        norm = d.norms[o]
        body = o == e - 1 and norm.startswith("ال") and norm[2:] in ORG_CUES
        if body or norm in APPEAL_OBJECTS and (o == e - 1 or d.norms[o + 1].startswith("ال")):
            prev = d.norms[o - 1]
            if not prev.startswith("ال") and (
                    d.title_at(o - 1) or d.strip_org(prev)[1] in ORG_CUES):
                return None     # رئيس اتحاد المزارعين، وزير الدول: the noun governs it
            return None if any(m[0] < d.starts[o] for m in d.overlapping(
                d.starts[o], d.ends[o], "ORG")) else o
    return None


def _participle_speaker(d: Doc, cue_i: int, s0: int, gender: str) -> tuple[Speaker | None, str]:
    """A circumstantial participle speaks with its sentence's verb (وتحدث الوزير سامي نور
    في المؤتمر، مشيراً إلى أن …: سامي نور), else the clause subject
    (:func:`_clause_subject`), else the last speaker of its gender. ``s0``: the
    sentence's first token searched."""
    for k in reversed(d.cues_between(s0, cue_i)):
        if d.cues[k][0] == "verb" and d.norms[k][d.cues[k][2]:] not in PARTICIPLES:
            if _inside_reported(d, s0, k):
                continue    # أن تصريحاته تدعو للسخرية، مؤكدا: a verb of the words
            sp, how = attribution(d, k, s0, cue_i)
            if sp and how != "continuation":
                return sp, "named"
            # وأكد أن …، موضحاً أن …: a verb with no subject of its own continues the last
            # speaker, and a participle of its gender speaks with it (not a name inside
            # the clause after أن)
            if d.cues[k][1] == gender:      # (no one yet: no speaker, not a name after أن)
                return sp, "continuation"
            break
    if continues_speech(d, s0) and d.last(gender) is not None:
        # وأن منظمة X سترسل فريقا …، مؤكدا أن …: the sentence goes on with the words the
        # last speaker reported; the body named in them is no subject of the participle
        return d.last(gender), "continuation"
    sp = _clause_subject(d, s0, cue_i, gender)
    return (sp, "named") if sp else (d.last(gender), "continuation")


def _inside_reported(d: Doc, s0: int, k: int) -> bool:
    """Whether the speech verb at token ``k`` stands inside the words another cue
    reported: it opens no clause and an أن / إن after an earlier cue of the sentence
    (from token ``s0``) comes before it (وأوضح فلان أن تصريحات الوزير تدعو للسخرية،
    مؤكدا أن …: تدعو is a verb of the reported words, the participle is فلان's)."""
    if opens_clause(d, k, s0) and d.texts[k - 1] not in _OPENERS:
        return False    # (a verb right after a quote mark opens the quoted words only)
    cue_seen = False
    for t in range(s0, k):
        if d.cues[t]:
            cue_seen = True
        elif cue_seen and d.norms[t] in AN_WORDS:
            return True
    return False


def continues_speech(d: Doc, t: int) -> bool:
    """Whether the sentence whose first token is ``t`` goes on with reported words: it
    opens with و and أن / إن (وأن الوزارة ستصرف …، وإنه سيزور …), which coordinates with
    the أن of a sentence before it, and that sentence before holds a cue (وقال الوزير إن
    …). Not before كان and other clause openers (وإن كان "even if"). docs/arabic.md,
    "Quotes and attribution"."""
    sent = d.article.sentence_at(d.starts[t]) if t < d.n else None
    if sent is None or d.starts[t] != sent.start or sent.sentence < 2:
        return False
    norm = d.norms[t]
    if not (d.kinds[t] == "arabic" and norm.startswith("و") and norm[1:] in AN_WORDS):
        return False
    if t + 1 >= d.n or d.starts[t + 1] >= sent.end or d.norms[t + 1] in CLAUSE_WORDS:
        return False
    prev = d.article.sentences[sent.sentence - 2]
    return bool(d.cues_in(prev.start, prev.end))


def _speaker_before(d: Doc, cue_i: int, left: int, gender: str) -> tuple[Speaker | None, str]:
    """A verb with no speaker after it: the phrase at the clause start when it ends at
    the verb or at a comma (سلمى عيسى، مديرة المدرسة، قالت لنا: …), unless the clause
    opens with و/ف + a word, most often a verb (وأصدرت الوزارة بيانا قالت فيه); then the
    clause subject (:func:`_clause_subject`); then that clause-start phrase after all;
    else the last speaker of the verb's gender (وأضافت: continuation)."""
    # وكان سلامة صرح; كما أوضح أن، فيما أشار: a clause opener right before the verb is
    # no subject, the verb's pronoun is (the last speaker)
    if _conjoined(d, cue_i) or cue_i > 0 and d.norms[cue_i - 1] in CLAUSE_WORDS:
        # وقال الوزير فلان إن الحكومة ستعمل …، وأضاف أن …: a verb with و (or after a clause
        # opener: كما أفاد، فيما أشار) and no subject after it goes on with the subject of
        # the speech verb before it in its sentence, never a noun of the words that verb
        # reported
        sent = d.article.sentence_at(d.starts[cue_i])
        s0 = max(d.tok_index(sent.start) if sent else left, cue_i - _LOOK_BACK)
        for k in reversed(d.cues_between(s0, cue_i)):
            c = d.cues[k]
            if c[0] == "verb" and d.norms[k][c[2]:] in PARTICIPLES and c[1] == gender:
                # …، مؤكدا أن الشركة …، كما أفاد بأن: a participle that spoke for the last
                # speaker; the verb after it does too
                sp, how = attribution(d, k, s0, cue_i)
                last = d.last(gender)
                if sp and last and sp.name == last.name:
                    return sp, "continuation"
                continue
            if c[0] != "verb" or d.norms[k][c[2]:] in PARTICIPLES or (
                    k > 0 and d.norms[k - 1] in RELATIVE_PRONOUNS):
                continue
            if _inside_reported(d, s0, k):
                # وذكر الوزير أن السفير نقل إليه دعوة، فأكد له أنه …: نقل is a verb of the
                # words ذكر reported; the verb after the comma goes on with الوزير
                continue
            sp, how = attribution(d, k, s0, cue_i)
            if sp and how == "named" and c[1] in (gender, "unknown") and (
                    sp.type == "person" or c[1] == gender):
                # (a continuation when that speaker is the last one already)
                last = d.last(gender)
                return sp, "continuation" if last and last.name == sp.name else "named"
            if how == "continuation" and c[1] == gender:
                # وأكد أن قرار …، وقال إنها …: the verb before had no subject either; both
                # go on with the last speaker, not with a noun of the words it reported
                return sp, "continuation"
            break
    for t in range(cue_i - 1, left, -1):
        if d.norms[t] in CLAUSE_WORDS and d.norms[t][0] in "وف" and d.texts[t - 1] in ",،":
            left = t    # عنوان فرعي،  فقد نعت فلانة …، فكتبت: the clause after the comma
            break
        if d.norms[t] == "حيث" and d.texts[t - 1] in ",،":
            left = t + 1    # …، حيث أصدر الديوان بيانا أعلن خلاله: the clause after حيث
            break
    while left < cue_i and d.norms[left] in CLAUSE_WORDS:
        left += 1
    if _fronted_topic(d, left, cue_i):
        # وعن موقف الحزب، قال: …: the topic he was asked about, a body named in it is
        # no speaker; the verb's pronoun is the last speaker
        return d.last(gender), "continuation"
    p = cue_i - 1
    if p > left and d.kinds[p] == "arabic" and d.norms[p] in _SUBJECT_HEADS and not (
            cue_i + 1 < d.n and d.norms[cue_i + 1] in ("فيه", "فيها")):
        # … ما تداولته تقارير ذكرت أنه …: an indefinite document or source noun right
        # before the verb is its subject (a relative clause), not the clause's first
        # words; but a statement the verb speaks in (بيان قالت فيه) has its author before
        sp = d.speaker(p, cue_i, gender)
        if sp:
            return sp, "named"
    svo = cue_i > left and d.kinds[left] in ("arabic", "latin") \
        and not _is_stop(d.norms[left], d.texts[left]) and not d.cues[left] \
        and d.norms[left] not in ("و", "ف") and not _conjoined_stop(d, left)
    pe0 = d.phrase_end(left, cue_i) if svo else left
    ends_at_verb = svo and (d.texts[pe0] in (",", "،", d.texts[cue_i]) or (
        # وأصدرت فلانة بيانا قالت فيه، وأدلى فلان ببيان قال فيه: the subject, then the
        # statement the verb speaks in
        pe0 == cue_i - 1 and _statement_object(d, pe0)))
    # …and not a word followed by a title or organisation noun (جددت منظمة X: a verb).
    if ends_at_verb and not d.norms[left].startswith(("و", "ف")) \
            and not (left + 1 < cue_i and _candidate(d, left + 1)):
        sp = d.speaker(left, cue_i, gender)
        if sp:
            return sp, "named"
    if svo and not ends_at_verb and not d.norms[left].startswith(("و", "ف")) and (
            _title_runs_to(d, left, cue_i)):
        # كانت نعمت شفيق العضو المنتدب لصندوق النقد الدولي قالت: a name, then a definite
        # title whose words run up to the verb (its ل complement stopped the noun phrase)
        sp = d.speaker(left, cue_i, gender)
        if sp:
            return sp, "named"
    pe = d.phrase_end(left, cue_i) if svo else left
    if svo and not ends_at_verb and pe < cue_i and _conjoined_stop(d, pe) \
            and not d.norms[left].startswith(("و", "ف")) and not d.cues_between(left, cue_i):
        # السوداني وفي مقابلة أجرتها معه صحيفة … أكد: an adverbial between the subject
        # and its verb; the body inside it is no speaker
        sp = d.speaker(left, pe, gender)
        if sp:
            return sp, "named"
    sp = _kana_subject(d, left, cue_i, gender)
    if sp:
        return sp, "named"
    lo = max([left] + [k + 1 for k in d.cues_between(left, cue_i)])
    sp = _interview_guest(d, lo, cue_i, gender) or _clause_subject(d, lo, cue_i, gender)
    if sp:
        return sp, "named"
    if ends_at_verb:
        # وتوجهت سعاد، …، وقالت: the clause opens with و + its verb, the name after it
        # is the subject; the whole phrase only when nothing names a speaker after it
        # (وحيا X الجهود التي …، وقال: not a name).
        sp = None
        if d.norms[left].startswith(("و", "ف")) and d.phrase_end(left + 1, cue_i) == \
                d.phrase_end(left, cue_i) and left + 1 < d.phrase_end(left, cue_i):
            sp = d.speaker(left + 1, _thanked_at(d, left + 1, cue_i), gender)
        sp = sp or d.speaker(left, _thanked_at(d, left + 1, cue_i), gender)
        if sp:
            return sp, "named"
    if not d.history:
        # استقبل الوزير فلان الوفد … وقال: "…": no one spoke before, so the verb with no
        # subject goes on with the person the article named before, the subject of a
        # verb that is no speech verb
        sp = _person_before_first_cue(d, cue_i, gender)
        if sp is not None:
            return sp, "continuation"
    return d.last(gender), "continuation"


#: Sentences looked back for the person a first subjectless speech verb goes on with.
_FIRST_REACH = 3


def _person_before_first_cue(d: Doc, cue_i: int, gender: str) -> Speaker | None:
    """The person the article named before the speech verb at ``cue_i``, when no one has
    spoken yet: the subject of one of the :data:`_FIRST_REACH` sentences before the
    verb's, a PERSON mention or a titled person at the sentence's start or right after
    its first word, the verb (أثنى الأستاذ فلان وزير الثقافة على … ⏎ وقال خلال تفقده: "…");
    None if there is none (docs/arabic.md, "Quotes and attribution", continuation)."""
    art = d.article
    i = bisect_right(art._sentence_starts, d.starts[cue_i]) - 1
    for sent in reversed(art.sentences[max(0, i - _FIRST_REACH):max(0, i)]):
        t0, end = d.tok_index(sent.start), d.tok_index(sent.end)
        for t in (t0, t0 + 1):
            if t >= end or d.kinds[t] != "arabic":
                continue
            m = next((m for m in d.overlapping(d.starts[t], d.ends[t], "PERSON")
                      if m[0] == d.starts[t]), None)
            if m is not None:
                return d._person(m[3], gender, m[0], m[1], "", None, (cue_i, cue_i))
            if d.title_at(t) and (t > t0 or d.norms[t].startswith("ال")):
                # (an indefinite title opening a line is a heading's noun: مراسلة بلدية …)
                lim = next((u for u in range(t + 1, end) if d.kinds[u] == "punct"
                            or d.norms[u] in AN_WORDS or d.cues[u]
                            or d.norms[u] in TOPIC_PREPOSITIONS), end)
                sp = d._speaker_looking_back(t, lim, gender)
                if sp is not None and sp.type == "person" and sp.start > d.starts[t]:
                    return sp
    return None


def _statement_object(d: Doc, k: int) -> bool:
    """Whether token ``k`` is a statement noun as a verb's object, in the accusative
    (بيانا، تصريحا) or with ب (ببيان، بتصريح: attribution.tsv statement_noun, document)."""
    norm = d.norms[k]
    return (norm[-1:] == "ا" and norm[:-1] in DOCUMENT_NOUNS | STATEMENT_NOUNS) or (
        norm[:1] == "ب" and norm[1:] in DOCUMENT_NOUNS | STATEMENT_NOUNS)


def _fronted_topic(d: Doc, left: int, cue_i: int) -> bool:
    """Whether the clause from token ``left`` up to the verb at ``cue_i`` is a fronted
    topic: a preposition of topic (attribution.tsv fronted_topic: عن، حول، بشأن), with or
    without و / ف, its noun phrase, then a comma right before the verb, with no other
    comma, cue or quote mark between (وعن موقف الحزب، قال: …; docs/arabic.md, "Quotes and
    attribution")."""
    if not left < cue_i - 2 or cue_i - left > 12 or d.texts[cue_i - 1] not in ",،":
        return False
    first = d.norms[left]
    if first in ("و", "ف") and left + 1 < cue_i:
        left, first = left + 1, d.norms[left + 1]
    elif first[:1] in ("و", "ف") and first[1:] in FRONTED_TOPICS:
        first = first[1:]
    if first not in FRONTED_TOPICS:
        return False
    return not any(d.texts[t] in ",،:" or d.texts[t] in _MARK_CHARS or d.cues[t]
                   for t in range(left + 1, cue_i - 1))


_KANA = frozenset({"كان", "كانت", "وكان", "وكانت"})


def _kana_subject(d: Doc, left: int, cue_i: int, gender: str) -> Speaker | None:
    """The subject of كان in a clause كان X قد <verb> … that a speech verb with no
    subject of its own ends (وكان أحد متابعي فلان قد وجه سؤالا له، قال فيه: … → أحد
    متابعي فلان, not فلان): the noun phrase between كان and قد, which the verb's pronoun
    goes on with (docs/arabic.md, "Quotes and attribution"). None when the clause does
    not open so, or no speaker of the verb's gender is named there."""
    if left == 0 or d.norms[left - 1] not in _KANA or d.cues[left]:
        return None
    qad = next((t for t in range(left + 1, min(cue_i, left + 12))
                if d.norms[t] in ("قد", "وقد")), None)
    if qad is None or d.cues_between(left, qad):
        return None
    # (up to قد: a title may hold where the office is before the name, رئيس اللجنة في
    # البصرة فلان قد أكد; the phrase rules end it)
    end = d.phrase_end(left, qad)
    if end < qad and d.title_at(left) and d._where_before_name(end, qad) > end:
        end = qad
    return d.speaker(left, end, gender)


def _conjoined(d: Doc, k: int) -> bool:
    """Whether the cue at token ``k`` carries the conjunction و / ف (وأضاف، فأكدت)."""
    return any(ch in "وف" for ch in d.norms[k][:d.cues[k][2]])


def _conjoined_stop(d: Doc, k: int) -> bool:
    """A preposition or adverb with و / ف (وحول الدين الخارجي، قال …; وفي المقابل): it
    opens an adverbial, and the words after it are no subject of a later verb."""
    norm = d.norms[k]
    return len(norm) > 2 and norm[0] in "وف" and norm[1:] in _ADVERBIAL_PREPOSITIONS


def _title_runs_to(d: Doc, left: int, cue_i: int) -> bool:
    """Whether one or two words at ``left`` are followed by a definite title whose title
    words end right at the verb at ``cue_i`` (سامي نور المدير العام للشركة قال)."""
    for x in range(left + 1, min(cue_i, left + 3)):
        if d.kinds[x - 1] != "arabic" or _is_stop(d.norms[x - 1], d.texts[x - 1]):
            return False
        if d.norms[x].startswith("ال") and d.title_at(x):
            return d._title_words_end(x, cue_i) == cue_i
    return False


def _reported(d: Doc, i: int, limit: int) -> Speaker | None:
    """نقلت وكالة X عن Y قوله (إن) …: the speaker Y (gender from the pronoun of قوله /
    قولها, else from Y's title), with X as its channel. None without عن / لـ Y."""
    k, at = i, None
    while k < limit:
        t = d.texts[k]
        if t in _OPENERS and d._quoted_name_end(k, limit) > k:
            k = d._quoted_name_end(k, limit)    # وكالة «فرانس برس» عن …: a quoted name
            continue
        if t in ".:;؛" or t in _OPENERS or d.norms[k] in AN_WORDS:
            return None
        if d.norms[k] in ("عن", "ل"):
            at = k + 1
            break
        if k > i and d.norms[k].startswith("ل") and d.title_at(k):
            at = k      # نسب البيان لمدير المكتب تأكيده: the title itself carries ل
            break
        k += 1
    if at is None:
        return None
    j = at
    while j < limit and not speech_noun(d.norms[j], d.texts[j]) \
            and d.norms[j] not in AN_WORDS and d.texts[j] not in ".:;؛":
        j += 1
    gender = (speech_noun(d.norms[j], d.texts[j]) or "unknown") if j < limit else "unknown"
    sp = d.speaker(at, limit, gender, attached_li=at == k)
    if sp is None:
        return None
    channel = d.speaker(i, k, "unknown") if k > i else None
    return replace(sp, channel=channel.name if channel else "")


def _candidate(d: Doc, p: int) -> bool:
    """Whether a speaker's noun phrase may start at token ``p``: a title, an organisation,
    document or unnamed-source noun, or a PERSON/ORG mention."""
    norm = d.norms[p]
    if d.kinds[p] not in ("arabic", "latin") or d.cues[p] or _is_stop(norm, d.texts[p]):
        return False
    if norm in PERSON_PRONOUNS:
        return True         # وعبّر سعادته عن سروره قائلاً: the person named before
    # (وكان مصدر مسؤول في الوزارة، قال: an unnamed source too, before the title after it)
    if d.strip_title(norm)[1] in TITLE_NOUNS or d.strip_head(norm)[1] in (
            ORG_CUES | _SUBJECT_HEADS) and not d.is_recipient(norm):
        return True
    if p > 0 and d.norms[p - 1] in ("ل", "لل") and d.is_recipient(d.norms[p - 1]):
        return False        # تصريح للمتحدث لـCNN: the outlet told, written apart from ل
    ms = d.mentions_in(d.starts[p], d.ends[p] + 1)
    return any(m[0] == d.starts[p] and m[2] in ("PERSON", "ORG") for m in ms)


#: Dashes that end a wire dateline (بغداد/شبكة أخبار العراق- …، عمان (بترا) – …).
_DATELINE_DASHES = {"-", "–", "—"}


def _after_dateline(d: Doc, start: int, hi: int) -> int:
    """``start``, or the token after the dash of a wire dateline that opens the
    paragraph at ``start`` (a city and an outlet joined by / or an agency in brackets,
    then a dash, in at most eight tokens: بغداد/شبكة أخبار العراق- كشف البنك …): the
    outlet passes the story on; it is not the subject of the clause after it."""
    para = d.article.sentence_at(d.starts[start]) if start < d.n else None
    # paragraph numbers count from 1 through the article's paragraphs (text.article)
    if para is None or d.starts[start] != d.article.paragraphs[para.paragraph - 1].start:
        return start
    for k in range(start + 1, min(hi, start + 8)):
        if d.texts[k] in _DATELINE_DASHES:
            opened = {d.texts[j] for j in range(start, k)}
            return k + 1 if opened & {"/", "("} else start
    return start


def _clause_subject(d: Doc, lo: int, hi: int, gender: str) -> Speaker | None:
    """The subject of the clause before a cue that has none after it (فإن وزارة الداخلية
    حسمت …، معتبرةً أن; ودافع الوزير عمر بكري عن الاتفاق قائلاً): the first candidate
    noun phrase (:func:`_candidate`) after the last أن/إن in tokens ``[lo, hi)``, else the
    first one. A noun after a preposition is not a subject, nor one inside a relative
    clause (الذي، التي … to the next comma: الضغط الذي يعيشه الفريق، موضحاً), nor one after
    the subject of a verb of thanking (وشكر المزارعون منظمة الأمل: the body thanked)."""
    lo = max(lo, hi - _LOOK_BACK)
    start = lo
    k = hi - 1
    while k >= lo:
        # a quote mark: the words before it are someone's quoted words (وقال "… البنك
        # …" وأضاف أن …), never the clause's subject; but a short quoted name right
        # after an organisation's name is part of it (منظمة … "يونيسف" أعلنت)
        if d.texts[k] in _MARK_CHARS:
            o = _short_name_opener(d, k, lo)
            if o is not None:
                k = o - 1
                continue
        if d.norms[k] in AN_WORDS or d.texts[k] in _MARK_CHARS:
            start = k + 1
            break
        k -= 1
    start = _after_dateline(d, start, hi)
    thanks = next((q for q in range(start, hi) if _thanks_verb(d, q)), None)
    relative = False
    for p in range(start, hi):
        if d.norms[p] in RELATIVE_PRONOUNS:
            relative = True     # الضغط الذي يعيشه الفريق، موضحاً: the relative clause's
        elif d.texts[p] in ",،":    # subject is no subject of the main clause, to its comma
            relative = False
        if relative:
            continue
        if p > lo and (_is_stop(d.norms[p - 1], d.texts[p - 1]) or d.texts[p - 1] in _OPENERS):
            continue
        if _attached_preposition(d, p):
            continue    # إعلانات بقناة X، وقال: a body after an attached بـ / كـ is no subject
        if p == start + 1 and _name_before_titled_comma(d, p, hi):
            # استبعد سامي نور، الوزير المكلف بالشباب، تأجيل …، قائلا إن: the name right
            # after the clause's opening verb, in apposition with the title after it
            sp = d.speaker(p, _thanked_at(d, p, hi), gender)
            if sp and sp.type == "person":
                return sp
        if _candidate(d, p) and not _disagrees(d, p, gender) and not (
                thanks is not None and p > thanks + 1):   # وشكر المزارعون منظمة …: thanked
            sp = d.speaker(p, _thanked_at(d, p, hi), gender)
            if sp:
                return sp
    return None


def _name_before_titled_comma(d: Doc, p: int, hi: int) -> bool:
    """Whether tokens from ``p`` are two to four name-like words (Arabic, no cue, title,
    function word or cue noun) then a comma and a title, before ``hi``: a name and its
    role in apposition (سامي نور، الوزير المكلف بالشباب، …)."""
    for c in range(p + 2, min(hi - 1, p + 5)):
        if d.texts[c] in ",،":
            return d.title_at(c + 1) != "" and all(
                d.kinds[t] == "arabic" and not d.cues[t] and not d.title_at(t)
                and not _is_stop(d.norms[t], d.texts[t])
                and d.strip_org(d.norms[t])[1] not in ORG_CUES for t in range(p, c))
    return False


def _attached_preposition(d: Doc, p: int) -> bool:
    """Whether token ``p`` is a noun with the preposition ب or ك among its proclitics
    (بقناة، وبالوزارة، كالمنظمة): a complement, never a clause's subject. (ل is not
    read here: في بيان لوزارة X has its author after the attached ل.)"""
    n, _head = d.strip_head(d.norms[p])
    return d.kinds[p] == "arabic" and any(c in "بك" for c in d.norms[p][:n])


def _interview_guest(d: Doc, lo: int, hi: int, gender: str) -> Speaker | None:
    """The guest of an interview named in tokens ``[lo, hi)`` before a verb with no
    subject after it (وفي مقابلة أجراها الصحفي X مع الوزيرة Y، قالت …؛ أجرى X حوارا مع Y،
    قال فيه …): the noun phrase after مع that follows the host's verb (أجرى) by an
    interview noun (attribution.tsv interview_noun, interview_verb, interview_guest)
    speaks; the host, who put the questions, does not. Without the host's verb (في حوار
    مع الإعلامي X) the one after مع is the interviewer, and this rule names no one.
    None when no interview is named or its guest does not agree with the verb.
    docs/arabic.md, "Quotes and attribution"."""
    lo = max(lo, hi - _LOOK_BACK)
    noun = next((k for k in range(lo, hi) if _bare(d.norms[k]) in INTERVIEW_NOUNS), None)
    if noun is None:
        return None
    host = next((k for k in range(max(lo, noun - 6), min(hi, noun + 3))
                 if _bare(d.norms[k]) in INTERVIEW_VERBS), None)
    if host is None:
        return None
    k = next((k for k in range(host + 1, min(hi, host + 9))
              if d.norms[k] in INTERVIEW_GUEST), None)
    if k is None or k + 1 >= hi or _disagrees(d, k + 1, gender):
        return None
    return d.speaker(k + 1, hi, gender)


def _bare(norm: str) -> str:
    """``norm`` without the proclitics before a noun of place or time (و، ف، ب، ل and
    وب، فب: وفي مقابلة is في مقابلة; خلال is a word of its own)."""
    for pre in ("وب", "فب", "و", "ف", "ب", "ل"):
        if norm.startswith(pre) and len(norm) - len(pre) >= 3:
            return norm[len(pre):]
    return norm


def _thanks_verb(d: Doc, k: int) -> bool:
    """Whether token ``k`` is a verb of thanking or praise, with و / ف or without
    (attribution.tsv thanks_verb)."""
    n = d.norms[k]
    return n in THANKS_VERBS or (n[:1] in "وف" and n[1:] in THANKS_VERBS)


def _thanked_at(d: Doc, p: int, hi: int) -> int:
    """``hi``, or the first token of the body thanked when the subject at token ``p``
    follows a verb of thanking (attribution.tsv thanks_verb: وشكر رئيس البلدية منظمة
    الأمل …، مؤكدا): the first ORG mention after the subject's first word that
    no indefinite title word governs (رئيس جمعية الأمل stays one phrase; الوزير
    شركة …: a definite title governs nothing). docs/arabic.md, "Quotes and
    attribution"."""
    if p == 0 or p >= hi or not _thanks_verb(d, p - 1):
        return hi
    for m in d.overlapping(d.ends[p], d.starts[hi - 1] + 1, "ORG"):
        k = bisect_right(d.starts, m[0]) - 1
        if p < k < hi and not (d.title_at(k - 1) and not d.norms[k - 1].startswith("ال")):
            hi = k
    return hi


def _short_name_opener(d: Doc, k: int, lo: int) -> int | None:
    """If the closing mark at token ``k`` ends a quoted name of one to three words whose
    opening mark follows an ORG mention (منظمة الأمم المتحدة للطفولة "يونيسف"), the
    opener's token; else None. Searched no further back than ``lo``."""
    for o in range(k - 1, max(lo, k - 5) - 1, -1):
        if d.texts[o] in _MARK_CHARS:
            if k - o - 1 < 1 or o - 1 < lo or not all(
                    d.kinds[t] in ("arabic", "latin") for t in range(o + 1, k)):
                return None
            s = d.starts[o - 1]
            named = any(m[1] >= d.ends[o - 1] for m in d.overlapping(s, d.ends[o - 1], "ORG"))
            return o if named else None
    return None


def _disagrees(d: Doc, p: int, gender: str) -> bool:
    """Whether the noun phrase at token ``p`` cannot be the subject of a verb of
    ``gender``: a masculine title or masculine singular organisation noun for a feminine
    verb (ووصلت هدى … مجلس الصندوق … مديره …، وقالت: the speaker is neither), a
    feminine title for a masculine one. Verbs agree in gender with a singular subject
    (docs/arabic.md, "Quotes and speakers")."""
    title = TITLE_GENDER.get(d.title_at(p), "")
    if gender == "female":
        return title == "male" or (not title and d.strip_head(d.norms[p])[1]
                                   in MASCULINE_ORG_CUES)
    return gender == "male" and title == "female"
