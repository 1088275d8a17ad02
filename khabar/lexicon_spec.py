"""The lexicon's files as types: one row type per file, the check of each column, and
:data:`SPECS` (row type, checks and key of every file). The files and their columns are
listed in :mod:`khabar.lexicon` and docs/lexicon.md."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Callable, NamedTuple

ORG_TYPES = ("company", "ngo", "campaign", "government", "media", "intergovernmental",
             "other")
ORG_CUE_ROLES = ("descriptor", "subunit", "parent", "venue", "institution", "definite_only",
                 "toponym", "verbal_noun", "office", "generic", "numbered", "facility",
                 "adjective", "seat", "closed_by_field", "portfolio")
NAME_BOUNDARY_ROLES = ("not_name_start", "name_function", "name_end", "name_breaker",
                       "list_opener", "locative", "apposition_pronoun", "latin_connector",
                       "admin_unit", "name_adjective", "eponym_title", "eponym_honorific",
                       "broadcast_word", "branch_noun",
                       "name_link",
                       "generic_phrase", "complement_head", "media_marker", "kind_adjective",
                       "quality_adjective",
                       "business_field", "latin_word", "latin_thing", "thing_noun", "product_noun",
                       "holder_adjective",
                       "latin_org_word", "ngo_marker", "representing_prep",
                       "feminine_adjective", "lower_house", "upper_house", "body_plural",
                       "elative", "act_verb", "possessor", "acronym_intro",
                       "honorific_noun", "ruling_adjective",
                       "definite_given_name", "firm_size", "compound_tail", "ministry_field",
                       "whole_word", "abroad", "people_plural",
                       "prepositional_noun")
ATTRIBUTION_ROLES = ("complementiser", "phrase_end", "recipient", "medium", "clause_opener",
                     "homograph", "document", "report_verb", "speech_noun",
                     "unnamed_source", "statement_noun", "appeal_verb", "appeal_complement",
                     "appeal_verb_bi", "appeal_verb_bi_whom", "appeal_verb_ala", "appeal_object",
                     "impersonal", "person_pronoun", "same_determiner",
                     "naming_verb", "relative_pronoun", "relay_pronoun",
                     "adverbial", "topic_preposition", "object_verb", "thanks_verb",
                     "interview_noun", "interview_guest",
                     "interview_verb", "broadcast", "byline_verb", "object_word",
                     "spokes_adjective", "partitive", "naming_noun", "subordinator",
                     "came_verb", "bi_object_verb", "time_adverb",
                     "quantifier", "fronted_topic", "increase_verb",
                     "statement_qualifier", "directive_verb",
                     "directive_verb_ila", "source_quantity",
                     "group_noun", "relay_verb", "appearance_noun", "broadcast_carrier")
NUMBER_ROLES = ("unit", "ten", "hundred", "tens_stem", "hundreds_stem", "scale",
                "scale_plural", "fraction", "vague", "ordinal_day")
MONEY_CUE_ROLES = ("restatement", "per_unit", "rate", "denomination", "payer_verb",
                   "payer_prep", "funding_noun", "purpose", "recipient_to", "source",
                   "account", "draft", "agent", "giving_noun", "command_verb", "per_period",
                   "party", "carried_after", "priced_unit", "payer_noun",
                   "receive_verb", "approve", "request_verb", "legislature",
                   "allotted", "lender_head", "lender_word", "venue", "another",
                   "destination_verb", "give_to", "donor_noun", "statistic",
                   "donor_side", "adversary", "rate_verb", "part", "period_adverb", "board",
                   "cost", "court", "value_word", "measure",
                   "side_clause", "back_reference", "cause", "recipient_head",
                   "source_verb", "passive", "compass", "head_title", "state_field",
                   "announce_verb", "double_object", "envoy", "refusal", "submitted",
                   "trade_side", "exchange_rate_noun", "unit_one", "rate_move",
                   "banknote", "ruler_title", "agreement", "clause_link",
                   "lender_credit", "own_funds")
#: What kind of money a figure is (money_kinds.tsv; funding.csv column ``kind``).
MONEY_KINDS = ("financing", "pledge", "grant", "loan", "aid", "donation", "deposit",
               "investment", "budget", "deficit", "revenue", "contract", "cost", "wages")
DATE_CUE_ROLES = ("year_noun", "preposition", "period_part", "name_noun", "page_header",
                  "recurring", "fiscal_year", "dateline_label", "month_time",
                  "month_range", "year_quarter", "year_third", "year_half", "last_ordinal",
                  "year_link_before", "year_link_after", "hijri_epithet", "weekday_noun")
FUNCTION_WORD_ROLES = ("particle", "auxiliary", "preposition", "adverb", "quantifier",
                       "pronoun")
MONTH_SYSTEMS = ("gregorian", "egyptian", "levantine", "maghreb", "moroccan", "hijri", "english")


class LexiconError(ValueError):
    """A lexicon file that cannot be used; the message names the file, line and reason."""


# --------------------------------------------------------------------------- rows

class SpeechVerb(NamedTuple):
    form: str
    lemma: str
    role: str
    tense: str
    gender: str
    number: str
    note: str


class SpeechStem(NamedTuple):
    past: str
    present: str
    participle: str
    kind: str
    note: str


class SourceCue(NamedTuple):
    form: str
    after: str
    note: str


class OrgCue(NamedTuple):
    form: str
    type: str
    roles: tuple[str, ...]
    note: str


class Title(NamedTuple):
    form: str
    kind: str
    gender: str
    institution: str
    note: str


class Word(NamedTuple):
    """A word with one role (name_boundaries.tsv, attribution.tsv, function_words.tsv,
    page_sections.tsv, open_words.tsv)."""
    form: str
    role: str
    note: str


class Currency(NamedTuple):
    word: str
    adjective: str
    code: str
    country: str
    note: str


class CurrencyForm(NamedTuple):
    form: str
    word: str
    number: str
    note: str


class CurrencySymbol(NamedTuple):
    symbol: str
    code: str
    note: str


class AgencyCredit(NamedTuple):
    form: str
    entity: str
    note: str


class SportWord(NamedTuple):
    form: str
    role: str
    entity: str
    note: str


class Country(NamedTuple):
    code: str
    name: str
    place: str
    cities: tuple[str, ...]
    #: The masculine relative adjective in each spelling news uses, the usual one first
    #: (أمريكي;أميركي); empty where it is also a common word (countries.tsv header).
    adjective: tuple[str, ...]
    capital: str
    note: str


class Hedge(NamedTuple):
    """A word and its kind (hedges.tsv; money_kinds.tsv)."""
    form: str
    kind: str
    note: str


class NumberWord(NamedTuple):
    form: str
    value: Decimal | None
    role: str
    note: str


class Month(NamedTuple):
    form: str
    month: int
    system: str
    note: str


class Weekday(NamedTuple):
    form: str
    weekday: int
    note: str


class RelativeDate(NamedTuple):
    form: str
    kind: str
    offset: int | None
    note: str


class CountryForm(NamedTuple):
    form: str
    country: str
    kind: str
    note: str


class Boilerplate(NamedTuple):
    pattern: str
    note: str


class OtherLanguageForm(NamedTuple):
    """A letter or word of Persian, Kurdish or Urdu that Arabic does not use
    (other_languages.tsv)."""
    form: str
    language: str
    kind: str
    note: str


# --------------------------------------------------------------------------- checks

def _choice(*allowed: str) -> Callable[[str], str]:
    def check(v: str) -> str:
        if v not in allowed:
            raise ValueError(f"{v!r} is not one of {', '.join(repr(a) for a in allowed)}")
        return v
    return check


def _text(v: str) -> str:
    return v


def _required(v: str) -> str:
    if not v:
        raise ValueError("empty")
    return v


def _int_in(lo: int, hi: int, optional: bool = False) -> Callable[[str], int | None]:
    def check(v: str) -> int | None:
        if not v and optional:
            return None
        if not re.fullmatch(r"-?\d+", v) or not lo <= int(v) <= hi:
            raise ValueError(f"{v!r} is not a whole number from {lo} to {hi}")
        return int(v)
    return check


def _number(v: str) -> Decimal | None:
    if not v:
        return None
    try:
        return Decimal(v)
    except InvalidOperation:
        raise ValueError(f"{v!r} is not a number") from None


def _code(optional: bool) -> Callable[[str], str]:
    def check(v: str) -> str:
        if (v or not optional) and not re.fullmatch(r"[A-Z]{3}", v):
            raise ValueError(f"{v!r} is not an ISO 4217 code (three capitals)")
        return v
    return check


def _country(v: str) -> str:
    if v and not re.fullmatch(r"[A-Z]{2}", v):
        raise ValueError(f"{v!r} is not an ISO 3166-1 alpha-2 code (two capitals)")
    return v


def _country_required(v: str) -> str:
    return _country(_required(v))


def _cities(v: str) -> tuple[str, ...]:
    return tuple(c.strip() for c in v.split(";") if c.strip())


def _roles(v: str) -> tuple[str, ...]:
    roles = tuple(v.split())
    bad = [r for r in roles if r not in ORG_CUE_ROLES]
    if bad:
        raise ValueError(f"role {bad[0]!r} is not one of {', '.join(ORG_CUE_ROLES)}")
    return roles


def _pattern(v: str) -> str:
    _required(v)
    try:
        re.compile(v)
    except re.error as e:
        raise ValueError(f"bad regular expression: {e}") from None
    return v


_GENDER = _choice("male", "female")
_NOTE = _text


@dataclass(frozen=True)
class Spec:
    """How to read one file: its row type, a check per column (in the row's field order)
    and the columns that make a row's key (a user row with the same key replaces)."""

    row: type
    checks: tuple
    key: tuple[str, ...]


SPECS: dict[str, Spec] = {
    "speech_verbs": Spec(SpeechVerb, (_required, _text, _choice("verb", "participle"),
                                      _choice("past", "present", ""), _GENDER,
                                      _choice("singular", "dual", "plural"), _NOTE), ("form",)),
    "speech_stems": Spec(SpeechStem, (_required, _required, _text, _choice("sound", "hollow"),
                                      _NOTE), ("past",)),
    "source_cues": Spec(SourceCue, (_required, _text, _NOTE), ("form",)),
    "org_cues": Spec(OrgCue, (_required, _choice(*ORG_TYPES, "project", "place"), _roles,
                              _NOTE), ("form",)),
    "titles": Spec(Title, (_required, _choice("office", "spokesperson", "occupation", "rank",
                                              "honorific", "complement",
                                              "adjective_occupation", "rank_part"), _GENDER,
                                    _text,
                           _NOTE), ("form",)),
    "name_boundaries": Spec(Word, (_required, _choice(*NAME_BOUNDARY_ROLES), _NOTE),
                            ("form", "role")),
    "attribution": Spec(Word, (_required, _choice(*ATTRIBUTION_ROLES), _NOTE), ("form", "role")),
    "agency_credits": Spec(AgencyCredit, (_required, _required, _NOTE), ("form",)),
    "sports": Spec(SportWord, (_required, _choice("club_name", "sport_word", "club_noun"),
                               _text, _NOTE), ("form", "role")),
    "countries": Spec(Country, (_country_required, _required, _required, _cities, _cities,
                                _text, _NOTE), ("code",)),
    "currencies": Spec(Currency, (_required, _text, _code(True), _country, _NOTE),
                       ("word", "adjective")),
    "currency_forms": Spec(CurrencyForm, (_required, _required,
                                          _choice("singular", "accusative", "plural"), _NOTE),
                           ("form",)),
    "currency_symbols": Spec(CurrencySymbol, (_required, _code(False), _NOTE), ("symbol",)),
    "hedges": Spec(Hedge, (_required, _choice("approximate", "lower", "upper"), _NOTE),
                   ("form",)),
    "number_words": Spec(NumberWord, (_required, _number, _choice(*NUMBER_ROLES), _NOTE),
                         ("form", "role")),
    "months": Spec(Month, (_required, _int_in(1, 12), _choice(*MONTH_SYSTEMS), _NOTE),
                   ("form",)),
    "weekdays": Spec(Weekday, (_required, _int_in(0, 6), _NOTE), ("form",)),
    "relative_dates": Spec(RelativeDate, (_required, _choice("same", "deictic", "day"),
                                          _int_in(-100, 100, optional=True), _NOTE), ("form",)),
    "country_forms": Spec(CountryForm, (_required, _country_required,
                                        _choice("name", "nisba", "city", "usage"), _NOTE),
                          ("form",)),
    "money_cues": Spec(Word, (_required, _choice(*MONEY_CUE_ROLES), _NOTE), ("form", "role")),
    "money_kinds": Spec(Hedge, (_required, _choice(*MONEY_KINDS), _NOTE), ("form",)),
    "date_cues": Spec(Word, (_required, _choice(*DATE_CUE_ROLES), _NOTE), ("form", "role")),
    "boilerplate": Spec(Boilerplate, (_pattern, _NOTE), ("pattern",)),
    "function_words": Spec(Word, (_required, _choice(*FUNCTION_WORD_ROLES), _NOTE), ("form",)),
    "open_words": Spec(Word, (_required, _choice("preposition", "conjunction", "complementiser",
                                                 "relative", "particle"), _NOTE), ("form",)),
    "other_languages": Spec(OtherLanguageForm, (_required, _choice("Persian", "Kurdish", "Urdu"),
                                                _choice("letter", "word"), _NOTE), ("form",)),
    "page_sections": Spec(Word, (_required, _choice("comments", "headlines", "related", "byline",
                                                       "tags"),
                                 _NOTE), ("form",)),
}
