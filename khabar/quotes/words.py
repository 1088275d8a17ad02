"""Word lists of quotes and speaker attribution, read from the lexicon (docs/lexicon.md;
docs/arabic.md, "Quotes and attribution"), and the per-word facts the rules share:
cue readings (:data:`CUE_FORMS`), phrase-ending words, the article and clitic stripping.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import load_lexicon
from ..entities.words import COMPOUND_TAILS, TITLE_COMPLEMENTS  # noqa: F401 (read here)
from ..text import ABBREVIATIONS, normalise, strip_clitics


def _norm_set(words) -> frozenset[str]:
    return frozenset(normalise(w) for w in words)


_LEX = load_lexicon()


def _words(name: str, **where) -> frozenset[str]:
    """Normalised forms of the lexicon file ``name`` (:mod:`khabar.lexicon`)."""
    return _norm_set(_LEX.forms(name, **where))


#: Speech verbs and participles (lexicon speech_verbs.tsv, docs/arabic.md, "Quotes and
#: attribution"), the list :mod:`khabar.entities` reads too: normalised form →
#: grammatical gender of the subject.
#: The forms of the appeal verbs (attribution.tsv appeal_verb, by lemma: دعا، دعت، يدعو،
#: داعياً), whose reported words follow إلى (:data:`APPEAL_COMPLEMENTS`), not أن.
_APPEAL_LEMMAS = _words("attribution", role="appeal_verb")
APPEAL_COMPLEMENTS = _words("attribution", role="appeal_complement")
#: Appeal verb form → the preposition its reported words follow: إلى (appeal_verb), ب
#: (appeal_verb_bi: طالب الحكومة بتوفير …، ناشد السكان بعدم …) or على (appeal_verb_ala: حث
#: الطلاب على …), in normalised spelling.
APPEAL_PREPOSITIONS: dict[str, str] = {
    normalise(r.form): prep
    for role, prep in (("appeal_verb", "الي"), ("appeal_verb_bi", "ب"),
                       ("appeal_verb_bi_whom", "ب"), ("appeal_verb_ala", "علي"),
                       ("directive_verb", "ب"), ("directive_verb_ila", "ب"))
    for lemmas in (_words("attribution", role=role),)
    for r in _LEX["speech_verbs"] if normalise(r.lemma) in lemmas}
APPEAL_FORMS = frozenset(APPEAL_PREPOSITIONS)
#: The forms of the appeal verbs whose ب names whom they call on, the words after them
#: (attribution.tsv appeal_verb_bi_whom, by lemma: أهاب الوزير بالمواطنين الالتزام …).
APPEAL_WHOM_FORMS = frozenset(
    normalise(r.form) for r in _LEX["speech_verbs"]
    if normalise(r.lemma) in _words("attribution", role="appeal_verb_bi_whom"))
#: The forms of the verbs of instructing (attribution.tsv directive_verb, by lemma: وجّه،
#: كلّف، أوعز), appeal verbs whose words follow ب on an indefinite verbal noun too (وجّه
#: الرئيس بتشكيل لجنة: :func:`.cues.appeal_complement`).
#: DIRECTIVE_ILA_FORMS: those whose ب may follow إلى and whom (أوعز إلى البلدية بـ …:
#: attribution.tsv directive_verb_ila).
_DIRECTIVE_ILA_LEMMAS = _words("attribution", role="directive_verb_ila")
_DIRECTIVE_LEMMAS = _words("attribution", role="directive_verb") | _DIRECTIVE_ILA_LEMMAS
DIRECTIVE_FORMS = frozenset(normalise(r.form) for r in _LEX["speech_verbs"]
                            if normalise(r.lemma) in _DIRECTIVE_LEMMAS)
DIRECTIVE_ILA_FORMS = frozenset(normalise(r.form) for r in _LEX["speech_verbs"]
                                if normalise(r.lemma) in _DIRECTIVE_ILA_LEMMAS)
#: Definite nouns for whom an appeal calls on (attribution.tsv appeal_object: المواطنين،
#: السكان، الحكومة), never a word of the speaker before them.
APPEAL_OBJECTS = _words("attribution", role="appeal_object")
#: The forms of the reporting verbs that also mean "increased" (attribution.tsv increase_verb,
#: by lemma: زاد، زادت، يزيد): no cue before من / عن / على or an accusative
#: (:func:`.cues._increased`).
_INCREASE_LEMMAS = _words("attribution", role="increase_verb")
INCREASE_FORMS = _norm_set(r.form for r in _LEX["speech_verbs"]
                           if normalise(r.lemma) in _INCREASE_LEMMAS)
#: Present forms read as a passive right before أن (يُذكر أن): the writer's aside.
IMPERSONAL_FORMS = _words("attribution", role="impersonal")
#: An honorific with a person's pronoun (سعادته، معاليها): the person named before.
PERSON_PRONOUNS = _words("attribution", role="person_pronoun")
#: عن with the pronoun of a person whose words an outlet relayed (بحسب ما نقلت عنه وكالة X):
#: form → the pronoun's gender, by its ending (attribution.tsv relay_pronoun).
RELAY_PRONOUNS: dict[str, str] = {
    w: "unknown" if w.endswith("هما") else "female" if w.endswith("ها") else "male"
    for w in _words("attribution", role="relay_pronoun")}
#: Circumstantial participles continue the sentence's speaker (مشيراً إلى أن …).
VERB_CUES: dict[str, str] = {normalise(r.form): r.gender for r in _LEX["speech_verbs"]}
#: The circumstantial participles among them (قائلاً، مشيرةً): their subject is the
#: sentence's speaker, never a phrase after them.
PARTICIPLES = _norm_set(r.form for r in _LEX["speech_verbs"] if r.role == "participle")
#: Prepositional cues: the source follows (بحسب X، وفقاً لـ X، نقلاً عن X، على لسان X);
#: value: the preposition that may come between (lexicon source_cues.tsv).
SOURCE_CUES = {normalise(r.form): (r.after,) if r.after else () for r in _LEX["source_cues"]}
#: أن/إن and its pronoun-suffixed forms: the complementiser of reported speech.
AN_WORDS = _words("attribution", role="complementiser")
#: Conjunctions that make the أن after them no report (attribution.tsv subordinator: وقال
#: بعد أن التقى نظيره إن …: the quote begins at إن).
SUBORDINATORS = _words("attribution", role="subordinator")
#: Organisation cue nouns (lexicon org_cues.tsv, docs/arabic.md, "Names and cue nouns"), the list
#: :mod:`khabar.entities` reads (venues are places, not speakers).
ORG_CUES = _norm_set(r.form for r in _LEX["org_cues"] if r.type != "place")
#: Nouns through which an organisation speaks (its website, account, statement).
MEDIUM_NOUNS = _words("attribution", role="medium")
#: Spokesperson nouns: an unnamed person speaking for an organisation.
SPOKES_NOUNS = _words("titles", kind="spokesperson")
#: Adjectives of a spokesperson noun that name no other office (attribution.tsv
#: spokes_adjective: المتحدث الرسمي باسم الحكومة holds the office of المتحدث باسم الحكومة).
SPOKES_ADJECTIVES = _words("attribution", role="spokes_adjective")
#: أحد، إحدى "one of" before a group (partitive): أحد متابعي فلان is an unnamed member.
PARTITIVES = _words("attribution", role="partitive")
#: Nouns that name what quote marks after them hold (naming_noun: تعبير، عنوان، شعار).
NAMING_NOUNS = _words("attribution", role="naming_noun")


def naming_noun(norm: str) -> bool:
    """Whether a normalised word is a naming noun with its proclitics (بعنوان، والشعار،
    بتسمية): the quoted words after it are a name or term, not speech."""
    for pre in ("", "و", "ب", "وب", "ف"):
        if norm.startswith(pre):
            rest = norm[len(pre):]
            if rest in NAMING_NOUNS or rest.startswith("ال") and rest[2:] in NAMING_NOUNS:
                return True
    return False
#: Titles that may precede a name (رئيس اتحاد المزارعين خالد منصور): every title of
#: titles.tsv, without the article (the rules strip it).
_COMPLEMENT_FORMS = frozenset(_LEX.forms("titles", kind="complement"))
TITLE_NOUNS = _norm_set(w.removeprefix("ال") for w in _LEX.forms("titles")
                        if w not in _COMPLEMENT_FORMS)
#: Titles the lexicon writes with the article only (الأمين: أمين alone is also a given
#: name), normalised without it: without the article, a title only before the words it
#: governs (أمين عام الجامعة، أمين الصندوق), not before a name (وزير الاقتصاد أمين سلام).
ARTICLE_TITLES = _norm_set(w.removeprefix("ال") for w in _LEX.forms("titles")
                           if w.startswith("ال")
                           and w not in _COMPLEMENT_FORMS)
#: Words of a military rank after its honorific (rank_part: الفريق أول ركن، اللواء طيار).
RANK_PARTS = _words("titles", kind="rank_part")
#: The body an office heads, where its complement names only the field (وزير → وزارة).
TITLE_INSTITUTION = {normalise(r.form.removeprefix("ال")): r.institution
                     for r in _LEX["titles"] if r.institution}
#: Prepositions inside a long title (مديرة البرامج في منظمة X، رئيس قسم لدى …، رئيس لجنة
#: الصداقة مع الاتحاد الأوروبي النائب X), before a governed word only (_in_title).
_TITLE_PREPS = frozenset({"في", "لدي", "ب", "من", "باسم", "مع"})
#: Compass points and units inside a title (للشرق الأوسط وشمال أفريقيا).
#: Not the definite adjectives of that list (المؤقت، السابق: a title governs them anyway,
#: and a name may follow them) nor its time adverbs, which end a speaker's phrase
#: (attribution.tsv phrase_end: قال مدير الصندوق يوم أمس إن).
_TITLE_PLACES = _norm_set(w for w in _LEX.forms("name_boundaries", role="name_end")
                          if not w.startswith("ال")) - _words("attribution", role="phrase_end")
#: A country's relative adjective with the article (الأردني، المغربي; lexicon
#: countries.tsv): after an office's field it qualifies the office (وزير المالية الأردني).
COUNTRY_ADJECTIVES = _norm_set("ال" + a for r in _LEX["countries"] for a in r.adjective)
#: Countries' names (lexicon countries.tsv), some of which are also a feminine relative
#: adjective (السعودية).
COUNTRY_NAMES = _norm_set(r.name for r in _LEX["countries"])
#: A country's name without the article → its masculine relative adjective, normalised
#: (مغرب → مغربي): a role that names the country (وزير خارجية المغرب) holds the office a
#: bare title with the adjective repeats (الوزير المغربي).
COUNTRY_ADJECTIVE_OF = {normalise(r.name).removeprefix("ال"): normalise(r.adjective[0])
                        for r in _LEX["countries"] if r.adjective}
#: ل and a noun that heads what an office is for (لشؤون، لتنسيق; lexicon
#: name_boundaries.tsv complement_head): inside a title before a definite noun (مساعد
#: المحافظ لشؤون الرقابة).
TITLE_COMPLEMENT_HEADS = _norm_set("ل" + w for w in _LEX.forms("name_boundaries",
                                                               role="complement_head"))
#: Speech verbs that take على before أن (شدد على أن، أكد على أن), every form: after one,
#: a title and a lone علي (the preposition على written with ي, as much copy does) before
#: أن name no one (وشدد وزير الصحة علي أن …).
ALA_VERB_FORMS = _norm_set(r.form for r in _LEX["speech_verbs"] if r.role == "verb"
                           and r.lemma in ("شدد", "أكد", "ركز", "أصر", "حث", "نبه", "حرص"))
#: Honorifics of office (سعادة، معالي): before a title they are no part of it (سعادة رئيس
#: الغرفة is the chamber's president).
OFFICE_HONORIFICS = _norm_set(["سعادة", "معالي"])
#: Words that join the parts of a person's name (بن، آل; lexicon name_boundaries.tsv
#: name_link): a title word after one is part of the name (إدريس بن الشيخ).
NAME_LINKS = _norm_set(_LEX.forms("name_boundaries", role="name_link"))
_APPOSITION_PRONOUNS = _norm_set(_LEX.forms("name_boundaries", role="apposition_pronoun"))
#: Occupations (titles.tsv kind occupation: أستاذ، مهندس، محامي), without the article: one
#: before a name is a form of address when an office follows the name (الأستاذ فلان وزير …).
OCCUPATION_TITLES = _norm_set(_LEX.forms("titles", kind="occupation"))
#: Honorifics before a name (الشيخ، السيد، الدكتور), with and without the article.
HONORIFICS = _norm_set(w for f in _LEX.forms("titles", kind="honorific")
                       for w in (f, "ال" + f.removeprefix("ال")))
#: Words that end a speaker's noun phrase: prepositions and adverbs.
PHRASE_END_WORDS = _words("attribution", role="phrase_end")
_RECIPIENT_PRONOUNS = _words("attribution", role="recipient")
#: Words between في تصريح / في حديث and the outlet told (في تصريح خاص لـ«X»: attribution.tsv
#: statement_qualifier).
STATEMENT_QUALIFIERS = _words("attribution", role="statement_qualifier")
#: أوردته، نقلته، نشرته … (attribution.tsv relay_verb): after في بيان / في تصريح, the outlet
#: that relayed the statement follows (في بيان أوردته وكالة X: X is the channel).
RELAY_VERBS = _words("attribution", role="relay_verb")
#: Speech-verb spellings that are also common nouns or prepositions (بين "between", طالب
#: "student"): a cue only where a clause opens at it and أن/إن, a colon or a quote mark
#: follows in its clause (lexicon attribution.tsv, role homograph).
HOMOGRAPHS = _words("attribution", role="homograph")
#: Documents that speak (وأشار البيان، وقال التقرير): an organisation-like speaker, with no
#: gender (attribution.tsv, role document).
DOCUMENT_NOUNS = _words("attribution", role="document")
#: Verbs of reported speech (نقلت وكالة X عن Y قوله): Y speaks, X is the channel.
REPORT_VERBS = _words("attribution", role="report_verb")
#: Verbal nouns with the speaker's pronoun (قوله، قولها، تأكيده): end the speaker's
#: phrase and give its gender. ة is written ت before a pronoun (إشارة → إشارته).
SPEECH_NOUNS: dict[str, str] = {
    base.removesuffix("ه") + ("ت" if base.endswith("ه") else "") + suf: g
    for base in _words("attribution", role="speech_noun")
    for suf, g in (("ه", "male"), ("ها", "female"), ("هم", "male"), ("هما", "unknown"))}


def speech_noun(norm: str, text: str) -> str | None:
    """The gender :data:`SPEECH_NOUNS` gives the token ``text`` (normalised ``norm``:
    قوله → male), or None. The pronoun ه is never written ة: a word written with ة whose
    normalised form is one (حديثة "recent" = حديثه "his talk") is no speech noun
    (docs/arabic.md, "Quotes and attribution")."""
    g = SPEECH_NOUNS.get(norm)
    written = text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
    return None if g is None or written.endswith("ة") else g


#: Organisation cue nouns of media (وكالة، صحيفة، موقع): an outlet speaks without gender.
UNNAMED_SOURCES = _words("attribution", role="unnamed_source")
#: عدة، بعض … (attribution.tsv source_quantity): with the number words, a quantity before an
#: unnamed source noun (عدة مصادر، ثلاثة مصادر), part of the source.
SOURCE_QUANTITIES = _words("attribution", role="source_quantity")
#: مجموعة، عدد، فريق … (attribution.tsv group_noun): before من and the people in it, an unnamed
#: group speaks (وقال عدد من الأطباء).
GROUP_NOUNS = _words("attribution", role="group_noun")
#: في بيان لـ X / في تصريح لـ X: the statement's author X speaks (attribution.tsv).
STATEMENT_NOUNS = _words("attribution", role="statement_noun")
#: Words of an adverbial of time (attribution.tsv time_adverb: مساء، اليوم، أمس; and every
#: weekday and month name, weekdays.tsv, months.tsv): between a speech verb and its subject
#: (وأكد أمس وزير …، أعلن، اليوم الاثنين، وزير …) they name no one.
TIME_WORDS = (_words("attribution", role="time_adverb")
              | _norm_set(r.form for r in _LEX["weekdays"])
              | _norm_set(w for r in _LEX["months"] for w in r.form.split()))
#: جاء، ورد after a source cue and ما (attribution.tsv came_verb): حسب ما جاء على لسان X، وفق
#: ما ورد في البيان: the source is X or the document.
CAME_VERBS = _words("attribution", role="came_verb")
MEDIA_CUES = _norm_set(r.form for r in _LEX["org_cues"] if r.type == "media")
#: Title nouns → the grammatical gender of the person (وزيرة → female).
TITLE_GENDER = {normalise(r.form.removeprefix("ال")): r.gender for r in _LEX["titles"]}
#: Organisation cue nouns that are masculine singular (صندوق، مجلس، بنك): no feminine
#: ending (ة → ه, ات, ى / ا), and not one of the broken plurals of org_cues.tsv, which
#: take a feminine verb (قالت الكتائب). A feminine verb (قالت، أضافت) never has one of
#: them as its subject: Arabic verbs agree in gender with a singular subject.
_BROKEN_PLURALS = {"اوقاف", "كتايب"}
MASCULINE_ORG_CUES = {w for w in ORG_CUES if not w.endswith(("ه", "ات", "ا", "ي"))
                      and w not in _BROKEN_PLURALS} | {"منتدي"}
_PHRASE_STOP_PUNCT = set(",:;.!?()[]") | set("“”«»\"")
_MAX_NAME_WORDS = 6


def _cue_forms() -> dict[str, tuple[str, str, int]]:
    """Every written form of a cue (with proclitics و/ف and future س before a present
    verb) → (kind verb | source, gender, proclitic length)."""
    out = {}
    report = {w: "unknown" for w in REPORT_VERBS if w not in VERB_CUES}
    for w, g in [*VERB_CUES.items(), *report.items(), *((w, "unknown") for w in SOURCE_CUES)]:
        kind = "verb" if w in VERB_CUES or w in REPORT_VERBS else "source"
        pres = w[0] in "يت" and kind == "verb"
        # Not ف before a source cue: فحسب is the adverb "only", never "according to".
        pres_pre = ("", "و", "ف") if kind == "verb" else ("", "و")
        for pre in pres_pre + (("س", "وس", "فس") if pres else ()):
            out[pre + w] = (kind, g, len(pre))
    return out


#: Cue look-up table for normalised tokens.
CUE_FORMS = _cue_forms()
_OPENERS = "“«\"‘'"
_MARK_CHARS = "“”«»\"‘’'"
#: The closing mark of each opener (a straight " closes at " ” or »).
_CLOSERS = {"“": "”»", "«": "”»", "\"": "\"”»", "‘": "’", "'": "'", "”": "”»", "»": "»”"}
_TERMINAL = re.compile(r"[.!?؟…]\W*$")
#: A preposition left dangling at the end of a role (مديرة البرامج في).
_ROLE_TAIL = re.compile(r"\s+(?:في|ب|لدى|من)$")


def _is_stop(norm: str, text: str) -> bool:
    # على and the name علي both normalise to علي; the preposition is written with ى.
    return norm in PHRASE_END_WORDS and not (norm == "علي" and text.endswith("ي"))


def _definite(norm: str, prefix: int) -> bool:
    """Whether the stripped proclitics ``norm[:prefix]`` end in the article (ال / لل)."""
    return prefix >= 2 and norm[prefix - 2:prefix] in ("ال", "لل")


#: Words after which a verb starts a new clause (فيما قال …).
CLAUSE_WORDS = _words("attribution", role="clause_opener")


def _stripper(known: frozenset[str]):
    """:func:`khabar.text.strip_clitics` against ``known`` (و، ب، ل، ال … stripped only
    where the rest is in ``known``: ولرئيس → (2, رئيس)), memoised per word: a word's
    reading does not depend on the article. Fast path; buys 7.7 % of quote_rows on 300
    distinct articles (org 1.9, title 3.4, head 2.4), measured 2026-12-01.
    :func:`_plain_stripper` is its twin."""
    @lru_cache(maxsize=1 << 14)
    def strip(word: str) -> tuple[int, str]:
        return strip_clitics(word, known.__contains__)
    return strip


def _plain_stripper(known: frozenset[str]):
    """The plain twin of :func:`_stripper`: no memo."""
    def strip(word: str) -> tuple[int, str]:
        return strip_clitics(word, known.__contains__)
    return strip


#: The words a clitic stripper is built for: organisation cue nouns, title nouns, and
#: the head nouns of a speaker phrase (organisation, spokesperson, document, outlet).
STRIP_KNOWN = {"org": ORG_CUES, "title": TITLE_NOUNS,
               "head": ORG_CUES | SPOKES_NOUNS | DOCUMENT_NOUNS | UNNAMED_SOURCES}
#: The memoised strippers, by :data:`STRIP_KNOWN` key, and their plain twins.
STRIPPERS = {k: _stripper(v) for k, v in STRIP_KNOWN.items()}
PLAIN_STRIPPERS = {k: _plain_stripper(v) for k, v in STRIP_KNOWN.items()}


#: Abbreviated titles before a name, normalised (docs/arabic.md, abbreviations): the
#: text's own (د.، أ.د.) and the one-letter أ. (أستاذ) and م. (مهندس), which the sentence
#: splitter reads as initials (khabar.text.sentences._arabic_initial).
TITLE_ABBREVIATIONS = ABBREVIATIONS | frozenset({"ا", "م"})


#: حاكم and والي head a central bank (حاكم مصرف لبنان، والي بنك المغرب) but are no general
#: titles (الائتلاف الحاكم "the ruling coalition"; حاكم رأس الخيمة, a ruler; والي الولاية, a
#: governor whose name seldom follows): a title only right before these cue nouns.
BANK_GOVERNOR_TITLES = _norm_set(["حاكم", "والي"])
BANK_NOUNS = _norm_set(["مصرف", "بنك"])
#: Verbal nouns of the derived verb forms, normalised, as letter patterns (C: a root
#: letter, not ا/و/ي): VII انفعال (انخفاض), VIII افتعال (ارتفاع), X استفعال (استمرار),
#: II تفعيل (تعزيز), VI تفاعل (تراجع). Wright, A Grammar of the Arabic Language, I §§ 195-208.
_MASDAR = re.compile(r"^(?:ان[^اوي]{2}ا[^اوي]|ا[^اوين]ت[^اوي]ا[^اوي]|است[^اوي]{2}ا[^اوي]"
                     r"|ت[^اوي]{2}ي[^اوي]|ت[^اوي]ا[^اوي]{2})$")


#: The same shapes with any letter in the root's places (تعاون، استيراد، انهيار): read only
#: after ب and the article, where a name cannot stand (:func:`masdar_shaped`'s callers
#: exclude weak root letters because given names of those shapes are common).
_MASDAR_ANY_ROOT = re.compile(r"^(?:ان..ا.|ا.ت.ا.|است..ا.|ت..ي.|ت.ا..)$")


def bi_masdar(norm: str) -> bool:
    """Whether the normalised word ``norm`` is ب + the article + a derived form's verbal
    noun (بالاستمرار، بالتعاون، بالتنسيق): a prepositional phrase, never a name word."""
    return norm.startswith("بال") and bool(_MASDAR_ANY_ROOT.match(norm[3:]))


def masdar_shaped(norm: str) -> bool:
    """Whether the normalised word ``norm`` (no clitics) has the shape of a derived
    form's verbal noun (:data:`_MASDAR`); a shape, not a dictionary: a few given names
    match (انتصار، ابتسام، تغريد), so callers use it only where no name is expected."""
    return bool(_MASDAR.match(norm))
#: Media nouns after ل that say where a speaker spoke (قال الوزير لتلفزيون محلي): the media
#: cue nouns and broadcast nouns that head no organisation name in org_cues.tsv (برنامج
#: does: برنامج الأغذية العالمي). BROADCAST_NOUNS (lexicon broadcast), all of them: after the ل
#: of a تصريح / حديث, where the words were aired (في تصريحات لبرنامج X), not their author.
BROADCAST_NOUNS = _words("attribution", role="broadcast")
#: كتب، كتبت opening a line before a colon or a dash: a byline (attribution.tsv byline_verb).
BYLINE_VERBS = _words("attribution", role="byline_verb")
#: أي، كل، عدم، ضرورة … (attribution.tsv object_word): words of a verb's object (أكد رفض أي
#: تأجيل، أكد عدم وجود), never of a person's name.
OBJECT_WORDS = _words("attribution", role="object_word")
#: أي، كل، جميع … after the noun they quantify (attribution.tsv quantifier): that noun heads
#: a verb's object (نفى فلان فلان وجود أي تفاهم), no name word.
QUANTIFIERS = _words("attribution", role="quantifier")
CHANNEL_NOUNS = MEDIA_CUES | (BROADCAST_NOUNS - ORG_CUES)
#: Adjectives that qualify the office holder, not the office's field (وزيرة المالية
#: المكلفة "the acting minister"; وزير الخارجية السابق): no part of the institution's name
#: (lexicon holder_adjective, read by the entities too).
HOLDER_ADJECTIVES = _words("name_boundaries", role="holder_adjective")
#: ذات، نفس before a definite title (lexicon attribution.tsv same_determiner): وأوضح ذات
#: المسؤول, "the same official", the one the title named before.
SAME_DETERMINERS = _words("attribution", role="same_determiner")
#: تدعى، تسمى after an indefinite cue (attribution.tsv naming_verb): the body's name follows
#: (منظمة غير حكومية تدعى X).
NAMING_VERBS = _words("attribution", role="naming_verb")
#: الذي، التي … (attribution.tsv relative_pronoun): a speech verb right after one is in a
#: relative clause (التقرير الذي سيعلن عنه، التي أكدت), not a cue with its own speaker.
RELATIVE_PRONOUNS = _words("attribution", role="relative_pronoun")
#: Accusatives that follow a speech verb as an adverbial (attribution.tsv adverbial: وقالت
#: رداً على سؤال "in reply to a question"): never the subject, and the end of a name.
ADVERBIALS = _words("attribution", role="adverbial")
#: حول، بشأن (attribution.tsv topic_preposition): before a source noun and its speech verb
#: (سؤال حول تقارير تفيد بأن …) they name what was asked or talked about, no speaker.
TOPIC_PREPOSITIONS = _words("attribution", role="topic_preposition")
#: عن، حول، بشأن (attribution.tsv fronted_topic) opening a clause before a comma and a
#: speech verb with no subject after it (وعن موقف الحزب، قال: …): the topic, no speaker.
FRONTED_TOPICS = _words("attribution", role="fronted_topic")
#: عن after a member's title (name_boundaries.tsv representing_prep): the list, party or
#: place the member sits for, then the name (النائبة عن القائمة X فلانة).
REPRESENTING_PREPS = _words("name_boundaries", role="representing_prep")
#: Every form of the verbs whose object comes between the subject and ب / أن
#: (attribution.tsv object_verb, by past stem: وصف فلان المباراة بأنها).
_OBJECT_LEMMAS = _words("attribution", role="object_verb")
#: Verbs of thanking or praise (attribution.tsv thanks_verb: شكر، ثمن، حيا): the body after
#: their subject is the one thanked (وشكر الوزير منظمة X، مؤكدا أن …), never the speaker.
THANKS_VERBS = _words("attribution", role="thanks_verb")
#: Nouns of an interview (attribution.tsv interview_noun: حوار، مقابلة، لقاء) and the
#: preposition before its guest (interview_guest: مع) after the host's verb (interview_verb:
#: أجرى، أجراها): the guest speaks, not the host.
INTERVIEW_NOUNS = _words("attribution", role="interview_noun")
#: اتصال، مداخلة، استضافته … (attribution.tsv appearance_noun): a call or an appearance on
#: air after في / عبر / خلال, the outlet named after it the channel.
APPEARANCE_NOUNS = _words("attribution", role="appearance_noun")
#: شاشة، أثير (attribution.tsv broadcast_carrier): the station named after it is the outlet.
BROADCAST_CARRIERS = _words("attribution", role="broadcast_carrier")
INTERVIEW_GUEST = _words("attribution", role="interview_guest")
INTERVIEW_VERBS = _words("attribution", role="interview_verb")
OBJECT_VERB_FORMS = _norm_set(r.form for r in _LEX["speech_verbs"]
                              if normalise(r.lemma) in _OBJECT_LEMMAS)
#: Every form of the verbs whose object follows the subject with ب (attribution.tsv
#: bi_object_verb, by past stem: أشاد المدرب بنجم الفريق).
BI_OBJECT_FORMS = _norm_set(r.form for r in _LEX["speech_verbs"]
                            if normalise(r.lemma) in _words("attribution", role="bi_object_verb"))
_TANWEEN_FATHA = "\u064b"


def adverbial_accusative(norm: str, text: str) -> bool:
    """Whether a word (normalised ``norm``, as written ``text``) is an accusative
    adverbial: listed (:data:`ADVERBIALS`, with و) or written with the accusative tanween
    (رداً، ردًا، إجابةً). A subject is nominative, so such a word after a speech verb names
    no speaker, and a name ends before it (docs/arabic.md, "Quotes and attribution")."""
    return norm in ADVERBIALS or _TANWEEN_FATHA in text[-2:]
