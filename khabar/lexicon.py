"""The lexicon: every word list the rules use, as data (issue 15 §1; docs/lexicon.md).

Files: tab-separated, UTF-8, in ``khabar/resources/lexicon/`` (built in: general
knowledge of the language) and in the user's lexicon folder (see
:func:`user_lexicon_dir`). Lines starting with ``#`` are comments; the first other line
is the header, which must hold the file's columns (in any order; extra columns are an
error, so a typo is not silently ignored). One row per word, form or pattern:

==========================  ===========================================================
file                        columns (choices)
==========================  ===========================================================
speech_verbs.tsv            form, lemma, role (verb | participle), tense (past | present
                            | empty), gender (male | female), number (singular | dual |
                            plural), note
source_cues.tsv             form, after (a preposition between cue and source), note
org_cues.tsv                form, type (:data:`ORG_TYPES`, project, place), roles
                            (space-separated: :data:`ORG_CUE_ROLES`), note
titles.tsv                  form, kind (office | spokesperson | occupation | rank |
                            honorific),
                            gender (male | female), note
name_boundaries.tsv         form, role (:data:`NAME_BOUNDARY_ROLES`), note
attribution.tsv             form, role (:data:`ATTRIBUTION_ROLES`), note
agency_credits.tsv          form (a news agency's credit: أ ف ب), entity (gazetteer), note
countries.tsv               code (ISO 3166-1 alpha-2), name (Arabic), place (gazetteer
                            entity), cities
                            (gazetteer entities, ;-separated), adjective (مصري), note
currencies.tsv              word, adjective, code (ISO 4217, 3 capitals, or empty for an
                            ambiguous word), country (ISO 3166-1 alpha-2 or empty), note
currency_forms.tsv          form, word (a currencies.tsv word), number (singular |
                            accusative | plural), note
currency_symbols.tsv        symbol, code (ISO 4217), note
hedges.tsv                  form, kind (approximate | lower | upper), note
number_words.tsv            form, value (a number, empty for vague), role
                            (:data:`NUMBER_ROLES`), note
months.tsv                  form, month (1-12), system (:data:`MONTH_SYSTEMS`), note
weekdays.tsv                form, weekday (0 = Monday … 6), note
relative_dates.tsv          form, kind (same | deictic), offset (years, deictic only),
                            note
country_forms.tsv           form, country (ISO 3166-1 alpha-2), kind (name | nisba |
                            city), note: the words that show which country an article
                            is about (funding currency from context)
money_cues.tsv              form, role (:data:`MONEY_CUE_ROLES`), note
date_cues.tsv               form, role (year_noun | preposition | period_part), note
boilerplate.tsv             pattern (a Python regular expression), note
==========================  ===========================================================

A user file has the same name and columns as a built-in one. Its rows are added after the
built-in rows; a user row with the same key (:data:`SPECS`, e.g. ``form``) replaces the
built-in row. Forms are written as readers spell them or normalised; the modules compare
them after :func:`khabar.text.normalise` unless a file's comment says otherwise.

Errors: :class:`LexiconError` (a ``ValueError``) naming the file, the line and the reason.
The lexicon is read once per process (:func:`load_lexicon` is cached); the modules derive
their sets from it at import, so a user file must be in place before khabar is imported.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Callable, NamedTuple

BUILTIN_DIR = Path(__file__).resolve().parent / "resources" / "lexicon"

ORG_TYPES = ("company", "ngo", "campaign", "government", "media", "intergovernmental",
             "other")
ORG_CUE_ROLES = ("descriptor", "subunit", "parent", "venue", "institution", "definite_only",
                 "toponym")
NAME_BOUNDARY_ROLES = ("not_name_start", "name_function", "name_end", "name_breaker",
                       "list_opener", "locative", "apposition_pronoun", "latin_connector",
                       "admin_unit", "name_adjective")
ATTRIBUTION_ROLES = ("complementiser", "phrase_end", "recipient", "medium", "clause_opener")
NUMBER_ROLES = ("unit", "ten", "hundred", "tens_stem", "hundreds_stem", "scale",
                "scale_plural", "fraction", "vague")
MONEY_CUE_ROLES = ("restatement", "per_unit", "rate", "denomination", "payer_verb",
                   "payer_prep", "funding_noun", "purpose", "source")
DATE_CUE_ROLES = ("year_noun", "preposition", "period_part")
MONTH_SYSTEMS = ("gregorian", "egyptian", "levantine", "maghreb", "moroccan", "hijri")


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
    note: str


class Word(NamedTuple):
    """A word with one role (name_boundaries.tsv, attribution.tsv)."""
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


class Country(NamedTuple):
    code: str
    name: str
    place: str
    cities: tuple[str, ...]
    adjective: str
    note: str


class Hedge(NamedTuple):
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
    "source_cues": Spec(SourceCue, (_required, _text, _NOTE), ("form",)),
    "org_cues": Spec(OrgCue, (_required, _choice(*ORG_TYPES, "project", "place"), _roles,
                              _NOTE), ("form",)),
    "titles": Spec(Title, (_required, _choice("office", "spokesperson", "occupation", "rank",
                                              "honorific"), _GENDER, _NOTE), ("form",)),
    "name_boundaries": Spec(Word, (_required, _choice(*NAME_BOUNDARY_ROLES), _NOTE),
                            ("form", "role")),
    "attribution": Spec(Word, (_required, _choice(*ATTRIBUTION_ROLES), _NOTE), ("form", "role")),
    "agency_credits": Spec(AgencyCredit, (_required, _required, _NOTE), ("form",)),
    "countries": Spec(Country, (_country_required, _required, _required, _cities, _required, _NOTE),
                      ("code",)),
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
    "relative_dates": Spec(RelativeDate, (_required, _choice("same", "deictic"),
                                          _int_in(-100, 100, optional=True), _NOTE), ("form",)),
    "country_forms": Spec(CountryForm, (_required, _country_required,
                                        _choice("name", "nisba", "city"), _NOTE), ("form",)),
    "money_cues": Spec(Word, (_required, _choice(*MONEY_CUE_ROLES), _NOTE), ("form", "role")),
    "date_cues": Spec(Word, (_required, _choice(*DATE_CUE_ROLES), _NOTE), ("form", "role")),
    "boilerplate": Spec(Boilerplate, (_pattern, _NOTE), ("pattern",)),
}


# --------------------------------------------------------------------------- reading

def read_file(path: Path, spec: Spec) -> list[tuple]:
    """The rows of one lexicon file as ``spec.row`` tuples, in file order.

    Raises :class:`LexiconError` naming ``path`` for a missing or unknown column, a row
    with the wrong number of fields or a bad value (with its line number)."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise LexiconError(f"{path}: cannot be read as UTF-8 text ({e})") from None
    fields = spec.row._fields
    header = None
    rows = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            missing = [f for f in fields if f not in cells]
            extra = [c for c in cells if c not in fields]
            if missing or extra:
                raise LexiconError(
                    f"{path}: line {n}: the header must have the tab-separated columns "
                    f"{', '.join(fields)}" + (f" (missing: {', '.join(missing)})" if missing
                                              else f" (unknown: {', '.join(extra)})"))
            header = [cells.index(f) for f in fields]
            continue
        if len(cells) > len(fields) or len(cells) < len(fields) - 1:
            raise LexiconError(f"{path}: line {n}: {len(cells)} fields, expected "
                               f"{len(fields)} ({', '.join(fields)}), separated by tabs")
        cells += [""] * (len(fields) - len(cells))       # an empty last note may be cut
        values = []
        for f, col, check in zip(fields, header, spec.checks):
            try:
                values.append(check(cells[col]))
            except ValueError as e:
                raise LexiconError(f"{path}: line {n}: column {f}: {e}") from None
        rows.append(spec.row(*values))
    if header is None:
        raise LexiconError(f"{path}: no header line ({', '.join(fields)})")
    return rows


def user_lexicon_dir() -> Path | None:
    """The user's lexicon folder: ``$KHABAR_LEXICON``, else ``data/lexicon/`` in the
    working directory, else in the project folder that holds the package (the same order
    as :func:`khabar.gazetteer.user_gazetteer_path`). ``None`` if there is none."""
    env = os.environ.get("KHABAR_LEXICON")
    if env:
        return Path(env)
    for p in (Path.cwd() / "data" / "lexicon", BUILTIN_DIR.parents[2] / "data" / "lexicon"):
        if p.is_dir():
            return p
    return None


class Lexicon:
    """All lexicon files: ``lexicon["org_cues"]`` is a tuple of :class:`OrgCue` rows."""

    def __init__(self, tables: dict[str, tuple]):
        self._tables = tables

    def __getitem__(self, name: str) -> tuple:
        return self._tables[name]

    def forms(self, name: str, **where) -> list[str]:
        """First column of the rows of ``name`` whose fields equal ``where`` (a value may
        be a tuple of allowed values), in file order: ``forms("titles", kind="office")``."""
        out = []
        for r in self._tables[name]:
            if all(getattr(r, k) in (v if isinstance(v, tuple) else (v,))
                   for k, v in where.items()):
                out.append(r[0])
        return out


def read_lexicon(builtin: Path = BUILTIN_DIR, user: Path | None = None) -> Lexicon:
    """Every file of :data:`SPECS` from ``builtin``, extended by the same-named files in
    ``user`` (rows with a key already read replace those rows in place; new rows follow).
    A ``.tsv`` file in ``user`` that is not a lexicon file is an error (a misspelt name
    would otherwise be ignored). Raises :class:`LexiconError`."""
    if user is not None and not Path(user).is_dir():
        raise LexiconError(f"{user}: the user lexicon must be a folder of .tsv files")
    if user is not None:
        unknown = sorted(p.name for p in Path(user).glob("*.tsv") if p.stem not in SPECS)
        if unknown:
            raise LexiconError(f"{Path(user) / unknown[0]}: not a lexicon file; the files are "
                               + ", ".join(f"{s}.tsv" for s in SPECS))
    tables = {}
    for name, spec in SPECS.items():
        path = Path(builtin) / f"{name}.tsv"
        if not path.is_file():
            raise LexiconError(f"{path}: built-in lexicon file missing")
        merged: dict[tuple, tuple] = {}
        extra = Path(user) / f"{name}.tsv" if user is not None else None
        for p in (path, extra):
            if p is None or not p.is_file():
                continue
            own: set[tuple] = set()
            for r in read_file(p, spec):
                key = tuple(getattr(r, k) for k in spec.key)
                if key in own:        # twice in one file: one of them is a mistake
                    raise LexiconError(f"{p}: {', '.join(spec.key)} {' '.join(key)!r} "
                                       "has two rows")
                own.add(key)
                merged[key] = r
        tables[name] = tuple(merged.values())
    return Lexicon(tables)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The built-in lexicon plus the user's (:func:`user_lexicon_dir`), read once per
    process. Raises :class:`LexiconError` for a bad file or row."""
    return read_lexicon(BUILTIN_DIR, user_lexicon_dir())
