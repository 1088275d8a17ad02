"""The word lists and per-word facts the mention finder reads.

Every list comes from :mod:`khabar.lexicon` (docs/lexicon.md); the reasons behind them
(clitics, the definite article, cue nouns, transliterated names) are in docs/arabic.md.
Facts about one normalised word do not depend on the article, so they are memoised
(bounded) and shared across articles.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple
from weakref import WeakKeyDictionary

from ..gazetteer import Entry, candidates, token_key
from ..lexicon import load_lexicon
from ..text import DIACRITICS, TATWEEL, is_stop_word, normalise

_LEX = load_lexicon()


def _normalised(words) -> set[str]:
    """The normalised forms (:func:`khabar.text.normalise`) of ``words``, as a set."""
    return {normalise(w) for w in words}


def _definite_too(words) -> list[str]:
    """Each word and its definite form (رئيس → رئيس، الرئيس); a word written with the
    article stays as it is (الأمين: أمين alone is also a given name)."""
    return [f for w in words for f in ((w,) if w.startswith("ال") else (w, "ال" + w))]


#: Organisation cue nouns (lexicon org_cues.tsv; docs/arabic.md, *Names and cue nouns*)
#: → organisation type of an unknown name.
ORG_CUES = {normalise(r.form): r.type for r in _LEX["org_cues"]
            if r.type not in ("place", "")}


def _cue_role(role: str) -> set[str]:
    return {normalise(r.form) for r in _LEX["org_cues"] if role in r.roles}


#: Cues that name a kind of outlet or firm: the name after them is the name proper
#: (صحيفة الغارديان → الغارديان). After the others a descriptive phrase keeps the cue
#: (منظمة الصحة العالمية).
DESCRIPTOR_CUES = _cue_role("descriptor")
#: Cues of a unit that belongs to a larger institution, and the cues of such an
#: institution: a unit named with في or in idafa before one is one organisation (نقابة
#: العاملين في جامعة بيرزيت، مجلس طلبة جامعة بيرزيت، لجنة … في وزارة الصحة).
SUBUNIT_CUES = _cue_role("subunit")
#: Cues of an office of a body (المكتب الإقليمي، المديرية العامة): before ل/ب and the
#: body, part of it, not an organisation of its own (org_cues.tsv role office).
OFFICE_CUES = _cue_role("office")
#: Nouns for any such bodies (سلطات): a body only with a country or place after them.
GENERIC_CUES = _cue_role("generic")
PARENT_CUES = _cue_role("parent")
#: Cues of a venue (always a place), and مركز, a place when it follows في with a
#: transliterated name (مركز جافيتس = Javits Center) and an organisation otherwise.
VENUE_CUES = _cue_role("venue")
#: Cues whose name is a descriptive phrase or a place, never a transliterated word
#: (جهاز الإحصاء المركزي, but جهاز كمبيوتر is a device).
DEFINITE_ONLY_CUES = _cue_role("definite_only")
#: Cues followed by a place name, known or not (بلدية عرابة، بلدية عصيرة الشمالية).
TOPONYM_CUES = _cue_role("toponym")
#: Cues whose definite form alone names an institution (الحكومة، الشرطة، البرلمان).
INSTITUTION_CUES = _cue_role("institution")
#: Cues that are also the verbal noun of heading something: before a person's title
#: (:data:`PERSON_TITLES`) they mean "chaired / led by" (برئاسة الدكتور …، بقيادة الشيخ …).
VERBAL_NOUN_CUES = _cue_role("verbal_noun")
#: Cues of a unit named by its number (الكتيبة 310 للحماية، كتيبة 57): org_cues numbered.
NUMBERED_CUES = _cue_role("numbered")
#: Cues of a facility named by a proper name and its adjectives (مستشفى، مدرسة، مجمع):
#: after a relative adjective a definite noun with و is a new conjunct (org_cues facility).
FACILITY_CUES = _cue_role("facility")
#: Cues of a body named by its field, place or country and nothing more (وزارة، حكومة،
#: بلدية): ل after that is the verb's purpose or the one spoken to (org_cues closed_by_field).
CLOSED_BY_FIELD_CUES = _cue_role("closed_by_field")
#: Cues of a body named by its portfolios, joined by و and a verbal noun (وزارة الاقتصاد
#: والمالية وإصلاح الإدارة، هيئة الرقابة ومكافحة الفساد: org_cues portfolio).
PORTFOLIO_CUES = _cue_role("portfolio")
#: Cues that are also relative adjectives (الأكاديمية، البلدية، القنصلية: org_cues adjective).
ADJECTIVE_CUES = _cue_role("adjective")
#: Cues of a body whose name may end in ب and the city it sits in (جامعة، كلية، معهد:
#: الجامعة الأمريكية بالشارقة; org_cues seat).
SEAT_CUES = _cue_role("seat")
#: News-agency credits (lexicon agency_credits.tsv), keyed by their letters only
#: (أ ف ب = أ.ف.ب → افب) → gazetteer entity.
CREDITS = {normalise(r.form).replace(" ", ""): r.entity for r in _LEX["agency_credits"]}
#: Sports clubs (lexicon sports.tsv, docs/arabic.md Names and cue nouns): a club's short
#: name that is also a common word, as a tuple of normalised words → the gazetteer entity
#: it names ("" when several clubs share it); words that make a paragraph one about sport;
#: nouns for a club or team right before its name.
CLUB_NAMES = {tuple(normalise(r.form).split()): r.entity for r in _LEX["sports"]
              if r.role == "club_name"}
SPORT_WORDS = frozenset(normalise(r.form) for r in _LEX["sports"] if r.role == "sport_word")
CLUB_NOUNS = frozenset(normalise(r.form) for r in _LEX["sports"] if r.role == "club_noun")


def _boundary(role: str) -> list[str]:
    return _LEX.forms("name_boundaries", role=role)


LOCATIVE = _normalised(_boundary("locative"))
#: The people told after a speech verb (attribution.tsv recipient: للصحفيين، للحضور): after
#: a body's name they are no part of it (قالت منظمة الأمم المتحدة للصحفيين).
RECIPIENTS = _normalised(_LEX.forms("attribution", role="recipient"))
#: Prepositions that cannot open a person's name (المتحدث باسم الشركة is not a person
#: called "باسم الشركة"). Not على: normalised, it is the name علي.
#: (and an honorific with a person's pronoun, سموه، معاليها: attribution.tsv
#: person_pronoun, the person named before, no name of its own), nor a document or
#: statement noun (attribution.tsv document, statement_noun: بيان، تقرير، تصريح).
NOT_NAME_START = _normalised(_boundary("not_name_start")
                             + _LEX.forms("attribution", role="person_pronoun")
                             # a document or statement speaks (قال بيان للوزارة): no name
                             + _LEX.forms("attribution", role="document")
                             + _LEX.forms("attribution", role="statement_noun"))
#: Verbal nouns with a speaker's pronoun (قوله، تأكيده، تصريحها: attribution.tsv
#: speech_noun): never the start of a person's name (نسب البيان لمدير … تأكيده …).
SPEECH_NOUN_FORMS = frozenset(
    normalise(base).removesuffix("ه") + ("ت" if normalise(base).endswith("ه") else "") + suf
    for base in (r.form for r in _LEX["attribution"] if r.role == "speech_noun")
    for suf in ("ه", "ها", "هم", "هما"))
#: Function words allowed inside a name (مشروع الدفاع عن المهاجرين, حملة لا تكنولوجيا).
NAME_FUNCTION_WORDS = _normalised(_boundary("name_function"))
#: Words before what a body fights (money_cues.tsv adversary: ضد، مواجهة، مكافحة): after a
#: known name such a phrase may still be its name (التحالف الدولي ضد داعش).
ADVERSARY_WORDS = _normalised(_LEX.forms("money_cues", role="adversary"))
#: Speech verbs (lexicon speech_verbs.tsv, docs/arabic.md, *Quotes and attribution*):
#: past and present, both genders, the same list :mod:`khabar.quotes` reads, less the
#: spellings that are also common nouns or prepositions (attribution.tsv homograph:
#: بين يناير ومارس is no cue).
SPEECH_CUES = _normalised(_LEX.forms("speech_verbs", role="verb")) - _normalised(
    _LEX.forms("attribution", role="homograph"))
#: Speech verbs that are also common nouns (ذكر "male", حذر "caution", attribution.tsv
#: homograph): with a proclitic و / ف before a name (وذكر محمد، فحذر الوزير) the verb, never
#: a word of a person's name. Not the homographs that are prepositions or other verbs as
#: often (بين "between", تبين "it became clear", يبلغ "amounts to").
_PROCLITIC_SPEECH = frozenset(
    h for h in _normalised(_LEX.forms("attribution", role="homograph"))
    & _normalised(_LEX.forms("speech_verbs", role="verb"))
    if not h.endswith(("بين", "بلغ", "بلغان", "بلغون")) and h != normalise("وصفا"))


def _speech_verb(norm: str) -> bool:
    """A speech verb with or without proclitics (وقال، فأكدت), or a noun-homograph verb
    written with و / ف (وذكر، فحذر): :data:`_PROCLITIC_SPEECH`."""
    n, stem = _strip(norm, SPEECH_CUES.__contains__)
    # only و، ف and the future س go before a verb: ك، ب، ل are a noun's (كرات "balls"
    # is no ك + رأت)
    if stem in SPEECH_CUES and all(ch in "وفس" for ch in norm[:n]):
        return True
    return len(norm) > 3 and norm[0] in "وف" and norm[1:] in _PROCLITIC_SPEECH


#: Speech participles that attribute a clause (قائلاً، مضيفةً; lexicon speech_verbs.tsv
#: role participle): never a word of a person's name.
SPEECH_PARTICIPLES = _normalised(_LEX.forms("speech_verbs", role="participle"))
#: Titles before a person's name (followed by a complement: التنفيذي، البيئة، an org):
#: offices and spokespersons (lexicon titles.tsv), with and without the article.
TITLES = _normalised(_definite_too(_LEX.forms("titles", kind=("office", "spokesperson"))))
#: Words that open an apposition after a person's name (NAME، مديرة … / NAME، وهي …):
#: every title that is not an honorific (a rank only indefinite: الكبير is an adjective),
#: and the pronouns وهي، وهو.
ROLES = _normalised(
    _definite_too(_LEX.forms("titles", kind=("office", "spokesperson", "occupation")))
    + _LEX.forms("titles", kind="rank") + _boundary("apposition_pronoun"))
LIST_OPENERS = _normalised(_boundary("list_opener"))
#: Words that say the Latin name after them is the short or official name of the body
#: named just before (name_boundaries acronym_intro: واختصاره AKP، المعروفة اختصارا بـ NSC),
#: and the words that may stand between them and the name (its "official" abbreviation,
#: "its name", "as", "by", an opening bracket or quote).
ACRONYM_INTROS = _normalised(_boundary("acronym_intro"))
#: "Ruling" (الحاكم): after a definite word an adjective that ends the name (الحزب … الحاكم),
#: after an indefinite noun "the governor", a word of it (ديوان الحاكم العسكري).
RULING_ADJECTIVES = _normalised(_boundary("ruling_adjective"))
#: Given names written with the article (الحبيب، الشاذلي، المنصف): after a word of a body's
#: name they open a person's (محافظ البنك المركزي الشاذلي العياري), and a person's name may
#: start with one.
DEFINITE_GIVEN_NAMES = _normalised(_boundary("definite_given_name"))
#: Sizes of firm (الصغرى، المتوسطة): two joined by و after a definite cue name a class of
#: firms, small and medium enterprises, not one body.
FIRM_SIZES = _normalised(_boundary("firm_size"))
ACRONYM_FILLERS = _normalised(("الرسمي", "الرسمية", "اسمه", "اسمها", "ب", "باسم", "بإسم",
                               "إلى", "الى", "(", "«", '"', "“", "”", ":"))
#: Words of the stop-word list that are adjectives inside a name (الهيئة العامة).
NAME_ADJECTIVES = _normalised(_boundary("name_adjective"))
#: Titles before the person a body is named after (جامعة الملك عبدالعزيز، مؤسسة الشيخ
#: زايد), and the words that join the parts of a person's name (بن، آل).
EPONYM_TITLES = _normalised(_boundary("eponym_title"))
#: Nouns a title governs before its body (titles.tsv complement: مدير عام …، رئيس قطاع …)
#: and the organs any body has (مجلس إدارة، مجلس أمناء), normalised: after the title and
#: before the body's mention (رئيس مجلس إدارة شركة X فلان), no part of the holder's name.
TITLE_COMPLEMENT_WORDS = frozenset(_normalised(
    _LEX.forms("titles", kind="complement") + ["مجلس", "أمناء"]))
#: Nouns of a body's branch (فرع), normalised: after a title's body, the branch's place.
BRANCH_NOUNS = frozenset(_normalised(_boundary("branch_noun")))
#: Words of broadcasting (قناه، شاشه، مذاع، ضيف), normalised: near برنامج, a show.
BROADCAST_WORDS = frozenset(_normalised(_boundary("broadcast_word")))
#: Honorific phrases before an eponym's title (خادم الحرمين الشريفين، صاحب السمو), as
#: tuples of normalised words, longest first.
EPONYM_HONORIFICS = sorted((tuple(normalise(w) for w in f.split())
                            for f in _boundary("eponym_honorific")), key=len, reverse=True)
NAME_LINKS = _normalised(_boundary("name_link"))
#: Indefinite offices → the institution they head (lexicon titles.tsv institution: وزير →
#: وزارة), keyed by the office's normalised form.
OFFICE_INSTITUTIONS = {normalise(r.form): r.institution for r in _LEX["titles"]
                       if r.institution and not r.form.startswith("ال")}
#: Words that end an outlet's name (الوكيل الإخباري، صدى نيوز), for datelines.
MEDIA_MARKERS = _normalised(_boundary("media_marker"))
#: Indefinite relative adjectives that, right after an indefinite cue, say what kind of
#: body it is (مركز مجتمعي، مكتب إقليمي): no name.
KIND_ADJECTIVES = _normalised(_boundary("kind_adjective"))
#: Indefinite adjectives of age, size or standing (جديد، ضخم، رائدة): right after an
#: indefinite cue a common noun ("a new company"), no name.
QUALITY_ADJECTIVES = _normalised(_boundary("quality_adjective"))
#: Plurals of kinds of body (الأحزاب، النقابات): with و after a name, a second subject.
BODY_PLURALS = _normalised(_boundary("body_plural"))
#: Plurals of people of a trade or standing (الأطباء، المواطنين): with و after the field of
#: a body closed by it (وزارة الصحة والأطباء), a second subject, not a field.
PEOPLE_PLURALS = _normalised(_boundary("people_plural"))
#: Verbal nouns with ل whose own preposition links what they govern into a name
#: (للدفاع عن حقوق الإنسان).
PREPOSITIONAL_NOUNS = _normalised(_boundary("prepositional_noun"))
#: Elatives (أكبر، أعلى): before an indefinite cue, a superlative of a common noun.
ELATIVES = _normalised(_boundary("elative"))
#: A firm's line of business with لل (للتأمين، للاستثمار): after a one-word name with no
#: cue it makes a company name (الخليج للاستثمار، المتحدة للتأمين التعاوني).
BUSINESS_FIELDS = _normalised(_boundary("business_field"))
#: Adjectives of an office holder between a title and the name (رئيس الوزراء المكلف X،
#: وزيرة الصحة المستقيلة X; lexicon holder_adjective): no part of the office or the name.
HOLDER_ADJECTIVES = _normalised(_boundary("holder_adjective"))
#: ة written ت before a pronoun (ولايته، ولايتها), or a broken plural with one (مهامه):
#: the noun a feminine participle governs (المنتهية ولايته "whose term has ended").
_GOVERNED_PRONOUN_ENDINGS = ("ته", "تها", "تهم", "امه", "امها")


def holder_phrase_end(norms, texts, k: int, stop: int) -> int:
    """End (exclusive) of the office holder's adjectives at token ``k`` (``k`` if none,
    docs/arabic.md, Quotes and speakers: titles): words of :data:`HOLDER_ADJECTIVES`
    (السابق، المكلفة), a feminine participle's noun with a pronoun (المنتهية ولايته) and a
    ب phrase after any of them (المكلف بتشكيل الحكومة). ``norms``, ``texts``: the
    normalised and surface tokens."""
    while k < stop and norms[k] in HOLDER_ADJECTIVES:
        k += 1
        if k < stop and texts[k - 1].endswith("ة") and not norms[k].startswith("ال") and (
                len(norms[k]) >= 5 and texts[k].endswith(_GOVERNED_PRONOUN_ENDINGS)):
            k += 1                  # المنتهية ولايته
        if k + 1 < stop and norms[k].startswith("ب") and not norms[k].startswith("بال") and (
                len(norms[k]) >= 4 and norms[k + 1].startswith("ال")):
            k += 2                  # المكلف بتشكيل الحكومة
    return k


#: أن / إن and their forms (lexicon attribution.tsv, complementiser): the reported words
#: begin, so a name after a title ends before them (قال الوزير سالم الراشدي إن …).
PERSON_NAME_ENDS = _normalised(_LEX.forms("attribution", role="complementiser"))
#: Cue phrases that name a part or trait any body has (مجلس الإدارة، هيئة التدريس).
GENERIC_PHRASES = _normalised(_boundary("generic_phrase"))
#: Nouns that open a ل complement at the end of a name (لشؤون اللاجئين، لهواة اللاسلكي),
#: with their ل.
COMPLEMENT_HEADS = {"ل" + w for w in _normalised(_boundary("complement_head"))}
#: The first part of a compound given name (عبد العزيز، أبو بكر).
NAME_HEADS = _normalised(["عبد", "أبو", "أبي"])
#: The second word of a compound given name (name_boundaries.tsv compound_tail: نور الدين،
#: فتح الله): with the word before it, one part of a person's name.
COMPOUND_TAILS = frozenset(_normalised(_boundary("compound_tail")))
#: Nouns a title governs before the name (titles.tsv complement: مدير عام الشركة، رئيس
#: قسم الجراحة، والي ولاية …), indefinite.
TITLE_COMPLEMENTS = frozenset(_normalised(_LEX.forms("titles", kind="complement")))
#: Verbs of a deliberate act (name_boundaries.tsv act_verb: استقبل، وقع، مول), in the
#: masculine past; :func:`act_verb` reads them with و / ف and the feminine ت.
ACT_VERBS = _normalised(_boundary("act_verb"))


def act_verb(norm: str) -> bool:
    """Whether normalised word ``norm`` is a verb of a deliberate act in the past
    (name_boundaries.tsv act_verb), masculine or feminine, with or without و / ف
    (واستقبل، ووقعت، فمولت): such a verb opens a clause, its subject after it, and is no
    part of a name (docs/arabic.md, Names and cue nouns)."""
    for w in (norm, norm[1:] if len(norm) > 3 and norm[0] in "وف" else ""):
        if w in ACT_VERBS or (len(w) > 3 and w.endswith("ت") and w[:-1] in ACT_VERBS):
            return True
    return False


#: ذوي، ذوو ("with, having", name_boundaries possessor): with a definite noun after it, part
#: of a name (جمعية الأطفال ذوي الإعاقة).
POSSESSORS = _normalised(_boundary("possessor"))
#: Ordinal adjectives of one word, masculine and feminine (الأول، الرابعة، الأولى), from
#: number_words.tsv ordinal_day: a unit counted by its rank (المنطقة العسكرية الرابعة).
ORDINALS = frozenset(
    [f for r in _LEX["number_words"] if r.role == "ordinal_day" and " " not in r.form
     and int(r.value) <= 10 for f in (normalise(r.form), normalise(r.form) + "ه")]
    + [normalise("الأولى")])
#: Administrative units between a cue and a place (بلدية مدينة البيرة).
ADMIN_UNITS = _normalised(_boundary("admin_unit"))
#: Words that begin like a proclitic but are one word, as written (وابل "a volley", وساما "a
#: medal"; with a hamza, وأبل is و + أبل): no gazetteer name is read inside them
#: (name_boundaries whole_word).
WHOLE_WORDS = frozenset(_boundary("whole_word"))
#: A ministry's field that names the ministry alone before the country's feminine adjective
#: (قالت الخارجية الأمريكية: name_boundaries ministry_field), as written and normalised.
MINISTRY_FIELDS = {normalise(f): f for f in _boundary("ministry_field")}
#: "Abroad" with ب (بالخارج، بالمهجر: name_boundaries abroad), normalised: the end of a
#: ministry's diaspora portfolio (والتونسيين بالخارج).
ABROAD = _normalised(_boundary("abroad"))
#: Words that follow a name without being part of it: a date, a number, a compass
#: point or an administrative unit (بلدية نابلس عام …، بلدية عقربا جنوب نابلس، محضر
#: بلدية بيرزيت رقم 92), and honorifics before a person (هيئة سوق رأس المال الدكتور …),
#: not those an article makes a common noun (name_boundaries honorific_noun: حزب السعادة).
NAME_END = _normalised(
    _boundary("name_end") + [w if w.startswith("ال") else "ال" + w
                             for w in _LEX.forms("titles", kind="honorific")]
    # A weekday after a name is when it acted (أعلنت المفوضية الخميس), never its word
    # (lexicon weekdays.tsv: the names carry the article).
    + _LEX.forms("weekdays")
) - _normalised(_boundary("honorific_noun")) | TITLES | ROLES
#: Titles that open a person's name: honorifics (الدكتور، الشيخ), offices and
#: spokespersons (وزير، الرئيس), with and without the article (lexicon titles.tsv).
PERSON_TITLES = _normalised(_definite_too(_LEX.forms("titles", kind="honorific"))) | TITLES
#: Honorifics alone (الدكتور، المهندس، الشيخ): a name follows them as it follows a title.
HONORIFIC_FORMS = PERSON_TITLES - TITLES
_UNMARK = str.maketrans("", "", DIACRITICS + TATWEEL)
#: A preposition or conjunction attached to the article (بالأمر، كالعادة، فالحكومة): the
#: word is a definite noun, never the first word of a person's name.
_PREP_ARTICLE = ("بال", "كال", "فال")
#: Function words and speech verbs that end a name. Compared on the spelling with
#: harakat removed but letters not folded, so على (on) is not the name علي.
NAME_BREAKERS = {w.translate(_UNMARK) for w in _boundary("name_breaker")}


def written_function_word(text: str) -> bool:
    """Whether a token as written (harakat and tatweel removed, letters not folded) is a
    function word of :data:`NAME_BREAKERS`, alone or after و / ف (وإلى، والى، فعلى): then
    it is no noun that normalises to the same letters, as والي "governor" and وإلى "and
    to" do (docs/arabic.md, "Normalisation": the hamza and final ى tell them apart)."""
    w = text.translate(_UNMARK)
    return w in NAME_BREAKERS or len(w) > 2 and w[0] in "وف" and w[1:] in NAME_BREAKERS
OPENERS = {"“": "”", "«": "»", '"': '"', "(": ")", "”": "”", "'": "'"}
#: Quote marks and brackets around a quoted name, dropped from a displayed form (شركة
#: "روسنفت"، وكالة 'الرافد'); an ASCII ' between two letters is an apostrophe and stays
#: (L'Orient). docs/arabic.md, Names and cue nouns.
NAME_MARKS = re.compile(r"[“”\"«»()]|'(?![^\W\d_])|(?<![^\W\d_])'")
LATIN_CONNECTORS = set(_boundary("latin_connector"))
#: English words that alone are no Latin name (lexicon name_boundaries.tsv, latin_word):
#: "The", "This", "What" at the start of an English sentence quoted in Arabic copy.
LATIN_WORDS = set(_boundary("latin_word"))
#: Latin words and acronyms that name a thing, not a body (name_boundaries.tsv,
#: latin_thing: PDF, GMT, GPS, COVID): alone no organisation, in any case; compared
#: case-folded.
LATIN_THINGS = {w.casefold() for w in _boundary("latin_thing")}
#: Verbs of naming (attribution.tsv naming_verb: تدعى، تسمى): right after an indefinite
#: cue they say the name follows (هيئة تسمى "…"), no word of it.
NAMING_VERBS = frozenset(normalise(r.form) for r in _LEX["attribution"]
                         if r.role == "naming_verb")
#: Arabic nouns of a thing a Latin name after them names (name_boundaries.tsv, thing_noun:
#: مؤشر EGX30 an index, سهم COMI a share's ticker): that name is no organisation.
THING_NOUNS = _normalised(_boundary("thing_noun"))
#: Nouns of a product or substance (name_boundaries.tsv, product_noun: مستحضر، مادة): any
#: capitalised Latin name right after them is the product (مستحضر Zentrol), no body.
PRODUCT_NOUNS = _normalised(_boundary("product_noun"))
#: Latin words that name a kind of body (name_boundaries.tsv, latin_org_word: Bank,
#: Group, International, Monde): a capitalised run with one is no person's name;
#: compared case-folded.
LATIN_ORG_WORDS = {w.casefold() for w in _boundary("latin_org_word")}
#: Words and phrases that make a body a non-governmental one (name_boundaries.tsv,
#: ngo_marker: إغاثة، خيرية، غير حكومية), normalised, without the article.
NGO_MARKERS = _normalised(_boundary("ngo_marker"))
#: Names of a parliament's lower house and of an upper one (lexicon lower_house,
#: upper_house), normalised: docs/arabic.md, Names and cue nouns.
LOWER_HOUSES = _normalised(_boundary("lower_house"))
UPPER_HOUSES = _normalised(_boundary("upper_house"))
#: Feminine adjectives not ending in ة (name_boundaries.tsv feminine_adjective: الأولى،
#: الكبرى), compared on the surface without harakat.
FEMININE_ADJECTIVES = {w.translate(_UNMARK) for w in _boundary("feminine_adjective")}
#: Words that make مشروع a draft text, not a project (مشروع قرار، مشروع قانون، مشروع
#: موازنة): lexicon money_cues.tsv, role draft, shared with the money rules.
DRAFT_WORDS = {normalise(r.form) for r in _LEX["money_cues"] if r.role == "draft"}
_BETWEEN_ADJACENT = re.compile(r"[\s()\[\]“”\"«»'\-–:]*")

# Consonant skeleton: letters grouped by how English names are written in Arabic
# (g → ج/غ/ك/ق, p → ب, v → ف, s/z → س/ز/ص/ث); vowels, و ي ا ه ح ع and h dropped.
_AR_SKEL = str.maketrans({**{c: "B" for c in "بپ"}, **{c: "T" for c in "تط"},
                          **{c: "S" for c in "سصزث"}, **{c: "G" for c in "جچغقكگ"},
                          **{c: "D" for c in "دضذظ"}, "ر": "R", "ش": "X", "ف": "F",
                          "ڤ": "F", "ل": "L", "م": "M", "ن": "N", "خ": "H",
                          **{c: None for c in "اأإآوييىةؤئءعحه ـ"}})
_LAT_DIGRAPHS = [("sh", "X"), ("ch", "X"), ("th", "T"), ("ph", "F"), ("kh", "H"),
                 ("gh", "G"), ("ck", "G"), ("qu", "G"), ("x", "GS")]
_LAT_SKEL = str.maketrans({"b": "B", "p": "B", "t": "T", "d": "D", "s": "S", "z": "S",
                           "g": "G", "j": "G", "k": "G", "q": "G", "c": "G", "f": "F",
                           "v": "F", "l": "L", "m": "M", "n": "N", "r": "R",
                           **{c: None for c in "aeiouywh '-.&"}})


def _strip(word: str, known) -> tuple[int, str]:
    """:func:`khabar.text.strip_clitics` over memoised candidates: ``(prefix, stem)``
    for the first reading whose stem is in ``known`` (a set or a predicate)."""
    test = known if callable(known) else known.__contains__
    return next(((n, w) for n, w in candidates(word) if test(w)), (0, word))


@lru_cache(maxsize=1 << 16)
def _breaks(text: str, norm: str) -> bool:
    """A function word or speech verb, which ends a name; a speech verb also with its
    proclitics (وأعلن، فقالت: never part of a name)."""
    return (text.translate(_UNMARK) in NAME_BREAKERS or _word(norm).speech) and (
        norm not in NAME_FUNCTION_WORDS)


class WordFacts(NamedTuple):
    """What the passes ask about one normalised word (its readings do not depend on
    the article, so :func:`_word` memoises them)."""
    cue: tuple[int, str] | None      # (prefix_chars, cue) of an indefinite cue, else None
    any_cue: bool                    # a cue noun, definite or not (للمشروع)
    speech: bool                     # a speech verb, with proclitics (وقال)
    title: bool                      # a title before a person's name (الرئيس)
    stop: bool                       # a stop word that is not a name adjective
    definite: bool                   # written with the article (ال، لل، وال)


@lru_cache(maxsize=1 << 16)
def _word(norm: str) -> WordFacts:
    n, stem = _strip(norm, lambda w: w in ORG_CUES or w in VENUE_CUES)
    cue = None
    if stem in ORG_CUES or stem in VENUE_CUES:
        prefix = norm[:n]
        # المنظمة، بالشركة، للشركة: a definite cue is anaphora, not a new name.
        cue = None if prefix.endswith("ال") or prefix.endswith("لل") else (n, stem)
    stop = is_stop_word(norm) and norm not in NAME_ADJECTIVES
    definite = not stop and ((len(norm) > 3 and norm.startswith(("ال", "لل"))) or (
        len(norm) > 4 and norm.startswith("وال")))
    return WordFacts(cue, _strip(norm, ORG_CUES.__contains__)[1] in ORG_CUES,
                     _speech_verb(norm),
                     _strip(norm, TITLES.__contains__)[1] in TITLES, stop, definite)


#: Entries of a per-word memo before it is emptied. The memos that map every token of
#: an article (_PersonAt, _AnyCue, _LatinKeys) are dicts with ``__missing__``, not
#: ``lru_cache`` functions: measured with lru_cache instead, mention_rows on the seed and
#: the Wojood documents took 10-19 % more CPU time (issue 13).
_MEMO_SIZE = 1 << 18


class _Opens(dict):
    """token key → bits: 1 if it starts a gazetteer alias, 2 if (as an Arabic word) it
    may open a cue phrase; computed on a miss."""

    def __init__(self, gazetteer):
        super().__init__()
        self.first_reading = gazetteer.first_reading

    def __missing__(self, key: str) -> int:
        if len(self) >= _MEMO_SIZE:          # bounded, like an lru_cache
            self.clear()
        v = self[key] = (1 if self.first_reading(key)[1] else 0) | (
            2 if _may_open_cue_phrase(key) else 0)
        return v


_OPENERS: "WeakKeyDictionary" = WeakKeyDictionary()


def _openers(gazetteer):
    """:class:`_Opens` lookup (``__getitem__``) for ``gazetteer``, one per gazetteer."""
    opens = _OPENERS.get(gazetteer)
    if opens is None:
        opens = _OPENERS[gazetteer] = _Opens(gazetteer).__getitem__
    return opens


class _PersonAt(dict):
    """normalised word → whether it is a comma, a speech verb or a title (the positions
    :meth:`_Finder.people` looks at); computed on a miss."""

    def __missing__(self, norm: str) -> bool:
        w = _word(norm)
        if len(self) >= _MEMO_SIZE:          # bounded, like an lru_cache
            self.clear()
        v = self[norm] = norm == "," or w.speech or w.title or norm in HONORIFIC_FORMS
        return v


_PERSON_AT = _PersonAt()


class _AnyCue(dict):
    """normalised word → whether it has a cue-noun reading; computed on a miss."""

    def __missing__(self, norm: str) -> bool:
        if len(self) >= _MEMO_SIZE:          # bounded, like an lru_cache
            self.clear()
        v = self[norm] = _word(norm).any_cue
        return v


_ANY_CUE = _AnyCue()
_ENTITY_CUES: "WeakKeyDictionary" = WeakKeyDictionary()
#: Prepositions after a bare definite cue that say where it belongs (مدير الحملة في حركة
#: X): the cue is then not an anaphor.
_WHERE = _normalised(["في", "لدى"])
#: "The state": وزارة الدولة is a ministry of state, named by what it is for (لشؤون البيئة،
#: للاستثمار); a minister of state (وزير الدولة) has a portfolio, not a ministry.
_STATE = normalise("الدولة")
#: Dashes: between two relative adjectives of a joint body (مجلس الأعمال السعودي - الأمريكي)
#: and around a title after a name (فلان – وكيل الوزارة –).
DASHES = frozenset({"-", "–", "—"})
#: What separates المصدر from the credit (المصدر: أ.ف.ب، المصدر | أ.ف.ب).
_CREDIT_MARKS = {":", "|", "-", "/"}


def _entity_cues(gazetteer) -> dict[str, set[str]]:
    """Gazetteer entity → the cue nouns its Arabic aliases start with (منظمة الأمم المتحدة
    → منظمه), computed once per gazetteer."""
    out = _ENTITY_CUES.get(gazetteer)
    if out is None:
        out = {}
        for key, entry in gazetteer.index.items():
            stem = key[0][2:] if key[0].startswith("ال") else key[0]
            if len(key) > 1 and stem in ORG_CUES:
                out.setdefault(entry.entity, set()).add(stem)
        _ENTITY_CUES[gazetteer] = out
    return out


_CUELESS_FORMS: "WeakKeyDictionary" = WeakKeyDictionary()


def _cueless_forms(gazetteer) -> dict[tuple[str, ...], Entry]:
    """The words of an organisation's Arabic alias after its indefinite cue noun, when
    they are a definite noun and a feminine relative adjective, which agrees with the
    feminine cue left out (منظمة العفو الدولية → العفو الدوليه، منظمة الهجرة الدولية)
    → its entry, computed once per gazetteer; a form two entities share (منظمة / جمعية
    الصحة العالمية) or that is itself an alias is left out."""
    out = _CUELESS_FORMS.get(gazetteer)
    if out is None:
        out, shared = {}, set()
        for key, entry in gazetteer.index.items():
            if entry.label != "ORG" or len(key) != 3 or key[0] not in ORG_CUES or (
                    not key[1].startswith("ال") or not _is_nisba(key[2])
                    or not key[2].endswith("يه")):
                continue
            rest = key[1:]
            if rest in out and out[rest].entity != entry.entity:
                shared.add(rest)
            out.setdefault(rest, entry)
        for rest in shared:
            del out[rest]
        out = {rest: e for rest, e in out.items() if rest not in gazetteer.index}
        _CUELESS_FORMS[gazetteer] = out
    return out


class _LatinKeys(dict):
    """normalised Latin word → :func:`khabar.gazetteer.token_key`, computed on a miss."""

    def __missing__(self, norm: str) -> str:
        if len(self) >= _MEMO_SIZE:          # bounded, like an lru_cache
            self.clear()
        v = self[norm] = token_key(norm, "latin")
        return v


_LATIN_KEYS = _LatinKeys()
_ARABIC_LETTERS = re.compile(r"[\u0621-\u064a]+")


@lru_cache(maxsize=1 << 16)
def _name_words(name: str) -> tuple[str, ...]:
    return tuple(normalise(name).split())


@lru_cache(maxsize=1 << 16)
def _may_open_cue_phrase(norm: str) -> bool:
    """An Arabic word that can open a cue phrase: an indefinite cue (with proclitics)
    or a definite organisation cue other than المشروع (:meth:`_Finder._cue_phrase`)."""
    w = _word(norm)
    if w.cue:
        return True
    return w.any_cue and any(
        d.startswith("ال") and d[2:] in ORG_CUES and ORG_CUES[d[2:]] != "project"
        for _, d in candidates(norm))      # الحكومة، والحكومة، للحكومة (ل + ال)


@lru_cache(maxsize=1 << 16)
def _definite_cue_reading(norm: str) -> tuple[int, str]:
    """``(prefix_chars, definite cue)`` of the first reading of ``norm`` that is ال + an
    organisation cue (والحكومة، للحكومة), else ``(0, "")``; memoised."""
    return next(((n, w) for n, w in candidates(norm)
                 if w.startswith("ال") and w[2:] in ORG_CUES), (0, ""))


@lru_cache(maxsize=1 << 16)
def skeleton(name: str) -> str:
    """Consonant skeleton of a name in either script, for matching transliterations
    (docs/arabic.md, *Names and cue nouns*): جوجل, غوغل and Google → "GL"; نمبوس,
    نيمبوس and Nimbus → "NMBS". A leading ال is dropped; repeated letters collapse.
    Input any ``str``."""
    s = normalise(name).strip()
    if re.search("[A-Za-z]", s):
        s = s.lower()
        for a, b in _LAT_DIGRAPHS:
            s = s.replace(a, b)
        s = re.sub(r"c(?=[eiy])", "s", s).translate(_LAT_SKEL)
        s = re.sub("[^A-Z]", "", s)
    else:
        s = " ".join(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in s.split())
        s = re.sub("[^A-Z]", "", s.translate(_AR_SKEL))
    return re.sub(r"(.)\1+", r"\1", s)


@lru_cache(maxsize=1 << 16)
def _chars_for(text: str, nchars: int) -> int:
    """Characters of ``text`` (a token as written) that make up its first ``nchars``
    normalised characters (a clitic prefix); memoised per word."""
    count = 0
    for k, c in enumerate(text):
        count += len(normalise(c))
        if count >= nchars:
            # ل + ال is written لل: a cut between the two lams would leave لأمم
            # (not a word); the mention keeps the preposition instead: للأمم المتحدة.
            if c == "ل" and text[k + 1:k + 2] == "ل":
                return k
            return k + 1
    return len(text)


_NISBA = ("يه", "يين", "يون", "ي")


def _is_nisba(norm: str) -> bool:
    """A definite relative adjective (الفلسطينيه، الاجنبيه), normalised spelling."""
    return len(norm) > 5 and norm.startswith("ال") and norm.endswith(("يه", "ي"))


def _nisba_of(word: str, name: str) -> bool:
    """``word`` is the relative adjective of ``name`` (فلسطيني، فلسطينية of فلسطين), not
    another spelling of it: it adds a nisba ending the name does not have."""
    return any(word.endswith(e) and not name.endswith(e) for e in _NISBA)


#: Country of a gazetteer place (the country itself or one of its cities, lexicon
#: countries.tsv) → (ISO 3166-1 alpha-2, the country's gazetteer name).
_PLACE_COUNTRY = {p: (r.code, r.place) for r in _LEX["countries"] for p in (r.place, *r.cities)}
#: Normalised country names and relative adjectives (مصر is in the gazetteer; مصري،
#: المصرية here): a name that holds one says its country itself.
_COUNTRY_WORDS = {normalise(w) for r in _LEX["countries"]
                  for a in r.adjective for w in (a, a + "ة", "ال" + a, "ال" + a + "ة")}
_COUNTRY_NAMES = [normalise(r.name) for r in _LEX["countries"]]
#: A country's indefinite masculine relative adjective (سعودي، أردني): right after an
#: indefinite cue it says where a body is from, no name (صندوق سعودي).
_COUNTRY_NISBAS = frozenset(normalise(a) for r in _LEX["countries"] for a in r.adjective)
#: A definite relative adjective of a country (الإماراتية، السعودي) → the country's
#: ISO code: الشركة الإماراتية after شركة تراستا للطاقة الإماراتية refers back to it.
_COUNTRY_ADJECTIVE = {normalise(w): r.code for r in _LEX["countries"] for a in r.adjective
                      for w in ("ال" + a, "ال" + a + "ة")}


def _with_article(surface: str) -> str:
    """A surface that starts with ل + ال written لل (للحكومة، للجنة) shown with its
    article: الحكومة، and اللجنة, not الجنة: before a word that itself begins with ل
    (لجنة) the article's lam and the word's are written as one (لِلَّجنة)."""
    if not surface.startswith("لل"):
        return surface
    rest = surface[2:].split()
    first = normalise(rest[0]) if rest else ""
    if first not in ORG_CUES and normalise("ل" + first) in ORG_CUES:
        return "ال" + surface[1:]
    return "ال" + surface[2:]


#: Cities and countries by name (lexicon country_forms.tsv): a word of a verb's shape that
#: is one (تبوك، ينبع) is the place a body's name holds.
_CITY_FORMS = frozenset(normalise(r.form) for r in _LEX["country_forms"]
                        if r.kind in ("city", "name"))


def _verb_shaped(norm: str) -> bool:
    """Whether an indefinite word (normalised, no clitic) has a verb's shape and no
    transliteration's: the imperfect of a triliteral root (يقرض، تطلق، نمنح; forms V and
    VIII: يتعلق، يشترك) or the feminine past (شملت، طرحت; form IV: اطلقت), with none of
    the long vowels a transliterated name writes (تايمز، نيوز، كوكا). Used where a short
    indefinite name may take a second word (صندوق سعودي | يمول …، مركز النور | شملت …:
    the verb opens a clause about the body). docs/arabic.md, Names and cue nouns."""
    n = len(norm)
    if "ا" in norm[1:] or norm.endswith("و") or norm in _CITY_FORMS:
        return False                    # شركة إسمنت تبوك: a city (country_forms.tsv)
    if norm[:1] in ("ي", "ت", "ن"):      # not نيوز، تويت: a vowel right after the prefix
        return norm[1:2] not in ("و", "ي") and n == 4 or (n == 5 and "ت" in (norm[1], norm[2]))
    if norm.endswith("ت"):
        inner = norm[:3] if n == 4 else norm[1:4] if n == 5 and norm[0] == "ا" else ""
        return bool(inner) and not any(ch in "وي" for ch in inner)
    return False


def _verbal_noun_shaped(norm: str) -> bool:
    """Whether a definite word (normalised, ال…) is a verbal noun of form II on تفعلة
    from a weak or hamzated root (التوعيه، التنميه، التربيه، التسويه، التعبيه), which
    ends in يه as a relative adjective does but is a noun; a country's adjective of that
    shape (التركيه) stays an adjective. docs/arabic.md, Names and cue nouns."""
    return (len(norm) == 7 and norm.startswith("الت") and norm.endswith("يه")
            and norm not in _COUNTRY_WORDS)


def _accusative_verbal_noun(norm: str, text: str) -> bool:
    """An indefinite noun in the accusative after a name: written with tanween (دعماً),
    or a verbal noun of a derived form with the alef of the accusative (احتفالا، استنكارا،
    تضامنا، تقديرا: افتعال، انفعال، استفعال، تفاعل، تفعيل). It says why or how the body
    acted (بيان صادر عن الكتلة الطلابية احتفالا بـ…), no word of its name. A shorter
    word in ا is as often a transliterated name (تسلا، طنطا) and is not read so."""
    if "\u064b" in text:
        return True
    if not norm.endswith("ا") or norm.startswith("ال"):
        return False
    w, n = norm[:-1], len(norm) - 1
    return ((n == 6 and w[0] == "ا" and w[4] == "ا" and (w[2] == "ت" or w[1] == "ن"))
            or (n == 7 and w.startswith("است") and w[5] == "ا")
            or (n == 5 and w[0] == "ت" and (w[2] == "ا" or w[3] == "ي")))


def _broken_plural(w: str) -> bool:
    """Whether a normalised word without its article is a broken plural of the shapes
    مفاعل and مفاعيل (مدارس، مصانع، مواقع؛ مشاريع، مواعيد): م, a consonant, ا, then two
    consonants, or a consonant, ي and one (مفاعيل). No participle has ا there but the
    masculine singular of form III (مساعد), which news names no body with. Wright,
    Grammar I § 306; docs/arabic.md, *Names and cue nouns*."""
    return len(w) in (5, 6) and w[0] == "م" and w[2] == "ا" and w[1] != "ا" and (
        w[3] not in "اوي" and (w[4] not in "اوي" if len(w) == 5 else w[4] == "ي"))


def _adjective_shaped(norm: str) -> bool:
    """A definite word (normalised, ال…) of a shape adjectives have and most nouns do
    not: a relative adjective (الوطنيه، الدولي), a participle (المستقله، المختصه), فاعل
    (العامه، الحاكم), أفعل and فعلى (الاكبر، العليا), فعلاء (الخضراء) or فعيل
    (الجديده). Used to tell اللجنة التنفيذية (a name) from اللجنة الخطة (a subject and its
    object after a verb). Nouns on these shapes pass too (الميزانيه): the test only
    rules words out, and the broken plurals مفاعل and مفاعيل (المدارس، المصانع،
    المشاريع), which begin in م as participles do, are nouns (:func:`_broken_plural`)."""
    w = norm[2:] if norm.startswith("ال") else norm
    n = len(w)
    return (n >= 3 and w.endswith(("ي", "يه", "يون", "يين"))
            or (n >= 4 and w.startswith("م") and not _broken_plural(w))
            or (n in (4, 5) and w[1] == "ا")
            or (n in (3, 4) and w.startswith("ا"))
            or (n == 4 and w.endswith("ا"))
            or w.endswith("اء")
            or (n in (4, 5) and w[2] == "ي"))
