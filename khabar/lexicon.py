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
                            plural), note; extended by the forms generated from
                            speech_stems.tsv (:func:`inflect_speech_verb`)
speech_stems.tsv            past, present, participle, kind (sound | hollow), note
source_cues.tsv             form, after (a preposition between cue and source), note
org_cues.tsv                form, type (:data:`ORG_TYPES`, project, place), roles
                            (space-separated: :data:`ORG_CUE_ROLES`), note
titles.tsv                  form, kind (office | spokesperson | occupation | rank |
                            honorific | complement), gender (male | female),
                            institution (the body an office heads: وزير → وزارة), note
name_boundaries.tsv         form, role (:data:`NAME_BOUNDARY_ROLES`), note
attribution.tsv             form, role (:data:`ATTRIBUTION_ROLES`), note
agency_credits.tsv          form (a news agency's credit: أ ف ب), entity (gazetteer), note
sports.tsv                  form, role (club_name | sport_word | club_noun), entity
                            (gazetteer, club_name only; empty for a name several clubs
                            share), note
countries.tsv               code (ISO 3166-1 alpha-2), name (Arabic), place (gazetteer
                            entity), cities
                            (gazetteer entities, ;-separated), adjective (مصري; spellings
                            ;-separated, the usual first: أمريكي;أميركي; or empty), capital
                            (gazetteer entity or empty), note
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
relative_dates.tsv          form, kind (same | deictic | day), offset (years for
                            deictic, days for day), note
country_forms.tsv           form, country (ISO 3166-1 alpha-2), kind (name | nisba |
                            city | usage), note: the words that show which country an article
                            is about (funding currency from context)
money_cues.tsv              form, role (:data:`MONEY_CUE_ROLES`), note
money_kinds.tsv             form, kind (:data:`MONEY_KINDS`), note: the noun that says
                            what kind of money a figure is (funding column kind)
date_cues.tsv               form, role (year_noun | preposition | period_part), note
boilerplate.tsv             pattern (a Python regular expression), note
function_words.tsv          form, role (particle | auxiliary | preposition | adverb |
                            quantifier), note: not terms of the term table
page_sections.tsv           form, role (comments | headlines | related | byline | tags), note:
                            headings and labels of a page's parts that are not the article
open_words.tsv              form, role (preposition | conjunction | complementiser |
                            relative | particle), note: words that end no sentence (a line
                            ending in one is hard-wrapped)
other_languages.tsv         form, language (Persian | Kurdish | Urdu), kind (letter |
                            word), note: what marks an article in another language
                            written in Arabic script; compared as written
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
from functools import lru_cache
from pathlib import Path

BUILTIN_DIR = Path(__file__).resolve().parent / "resources" / "lexicon"

# The row types, roles and checks of every file (re-exported: khabar.lexicon.SpeechVerb …).
from .lexicon_spec import (  # noqa: E402,F401
    ATTRIBUTION_ROLES, DATE_CUE_ROLES, FUNCTION_WORD_ROLES, MONEY_CUE_ROLES, MONEY_KINDS,
    MONTH_SYSTEMS,
    NAME_BOUNDARY_ROLES,
    NUMBER_ROLES, ORG_CUE_ROLES, ORG_TYPES, SPECS, AgencyCredit, Boilerplate, Country,
    CountryForm, Currency, CurrencyForm, CurrencySymbol, Hedge, LexiconError, Month,
    NumberWord, OrgCue, OtherLanguageForm, RelativeDate, SourceCue, Spec, SpeechStem,
    SpeechVerb, SportWord,
    Title, Weekday,
    Word)

# --------------------------------------------------------------------------- speech verbs

_GENERATED = "generated from speech_stems.tsv"


def _past_forms(past: str, hollow: bool) -> list[tuple[str, str, str]]:
    """Third-person past forms of ``past`` (3rd masc. singular) as (form, gender, number)."""
    if past.endswith("ى"):        # رأى: رأت، رأيا، رأتا، رأوا، رأين
        r = past[:-1]
        return [(past, "male", "singular"), (r + "ت", "female", "singular"),
                (r + "يا", "male", "dual"), (r + "تا", "female", "dual"),
                (r + "وا", "male", "plural"), (r + "ين", "female", "plural")]
    if past.endswith("ا"):        # دعا: دعت، دعوا، دعتا، دعوا، دعون
        r = past[:-1]
        return [(past, "male", "singular"), (r + "ت", "female", "singular"),
                (r + "وا", "male", "dual"), (r + "تا", "female", "dual"),
                (r + "وا", "male", "plural"), (r + "ون", "female", "plural")]
    fem_pl = (past[:-2] + past[-1] if hollow else past) + "ن"    # قلن، كتبن
    return [(past, "male", "singular"), (past + "ت", "female", "singular"),
            (past + "ا", "male", "dual"), (past + "تا", "female", "dual"),
            (past + "وا", "male", "plural"), (fem_pl, "female", "plural")]


def _present_forms(pres: str, hollow: bool) -> list[tuple[str, str, str]]:
    """Third-person present forms of ``pres`` (3rd masc. singular, starting with ي)."""
    fem = "ت" + pres[1:]
    if pres.endswith("ى"):        # يرى: ترى، يريان، تريان، يرون، يرين
        return [(pres, "male", "singular"), (fem, "female", "singular"),
                (pres[:-1] + "يان", "male", "dual"), (fem[:-1] + "يان", "female", "dual"),
                (pres[:-1] + "ون", "male", "plural"), (pres[:-1] + "ين", "female", "plural")]
    if pres.endswith(("ي", "و")):  # ينفي، يدعو: ينفيان، ينفون، ينفين؛ يدعوان، يدعون
        return [(pres, "male", "singular"), (fem, "female", "singular"),
                (pres + "ان", "male", "dual"), (fem + "ان", "female", "dual"),
                (pres[:-1] + "ون", "male", "plural"), (pres + "ن", "female", "plural")]
    fem_pl = (pres[:-2] + pres[-1] if hollow else pres) + "ن"    # يقلن، يكتبن
    return [(pres, "male", "singular"), (fem, "female", "singular"),
            (pres + "ان", "male", "dual"), (fem + "ان", "female", "dual"),
            (pres + "ون", "male", "plural"), (fem_pl, "female", "plural")]


def _participle_forms(m: str) -> list[tuple[str, str, str]]:
    """Accusative forms of the active participle ``m`` (masc. singular, no case ending):
    the circumstantial قائلاً، قائلةً، قائلَين / قائلِين (dual and plural share the spelling).
    Not the feminine dual and plural: written مطالبات، معلقات they are mostly nouns."""
    return [(m + "ا", "male", "singular"), (m + "ة", "female", "singular"),
            (m + "ين", "male", "dual")]


def inflect_speech_verb(stem: SpeechStem) -> list[SpeechVerb]:
    """Every third-person form of a reporting verb, generated by rule from its stems.

    Input: a :class:`SpeechStem` row (speech_stems.tsv). Output: :class:`SpeechVerb`
    rows (lemma = the past stem), in the order past, present, participle; a spelling that
    two cells share (دعوا: dual and plural) is given once, as its first reading. Rules
    (docs/lexicon.md, "Speech verbs from stems"): past suffixes ت، ا، تا، وا، ن; present
    prefix ت for the feminine, suffixes ان، ون، ن; a defective verb (final ى / ا / ي / و)
    drops or keeps its last letter as written Arabic does (رأت، رأوا؛ دعت؛ يرون، ينفون،
    يدعون); a hollow verb drops its long vowel in the feminine plural (قلن، يقلن); the
    participle takes ا، ة، ين. Raises nothing."""
    hollow = stem.kind == "hollow"
    cells = [(f, g, n, "verb", "past") for f, g, n in _past_forms(stem.past, hollow)]
    cells += [(f, g, n, "verb", "present") for f, g, n in _present_forms(stem.present, hollow)]
    if stem.participle:
        cells += [(f, g, n, "participle", "") for f, g, n in _participle_forms(stem.participle)]
    out, seen = [], set()
    for form, gender, number, role, tense in cells:
        if form not in seen:
            seen.add(form)
            out.append(SpeechVerb(form, stem.past, role, tense, gender, number, _GENERATED))
    return out


def _with_generated_speech_verbs(tables: dict[str, tuple]) -> None:
    """Add the forms generated from speech_stems.tsv to speech_verbs (in place); a form
    that speech_verbs.tsv lists itself keeps that row."""
    listed = {r.form for r in tables["speech_verbs"]}
    extra = []
    for stem in tables["speech_stems"]:
        for r in inflect_speech_verb(stem):
            if r.form not in listed:
                listed.add(r.form)
                extra.append(r)
    tables["speech_verbs"] = tables["speech_verbs"] + tuple(extra)


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
        self._forms: dict[tuple, tuple[str, ...]] = {}

    def __getitem__(self, name: str) -> tuple:
        return self._tables[name]

    def forms(self, name: str, **where) -> list[str]:
        """First column of the rows of ``name`` whose fields equal ``where`` (a value may
        be a tuple of allowed values), in file order: ``forms("titles", kind="office")``.

        Each question is answered once per lexicon (its tables are tuples, never changed)
        and a new list returned each time: modules ask the same question for every row
        of another file (about 860 scans of attribution.tsv when khabar was imported)."""
        key = (name, tuple(sorted(where.items())))
        found = self._forms.get(key)
        if found is None:
            found = self._forms[key] = tuple(
                r[0] for r in self._tables[name]
                if all(getattr(r, k) in (v if isinstance(v, tuple) else (v,))
                       for k, v in where.items()))
        return list(found)


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
    _with_generated_speech_verbs(tables)
    return Lexicon(tables)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The built-in lexicon plus the user's (:func:`user_lexicon_dir`), read once per
    process. Raises :class:`LexiconError` for a bad file or row."""
    return read_lexicon(BUILTIN_DIR, user_lexicon_dir())
