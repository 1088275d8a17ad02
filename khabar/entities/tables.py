"""Tables from mention rows: the mentions DataFrame, mention spans for the funding and
quote extractors, and the organisations table (one row per organisation)."""
from __future__ import annotations

import re
from collections import Counter

import numpy as np
import pandas as pd

from .. import schema
from ..lexicon import load_lexicon
from ..schema import Mention, MentionSpan
from ..gazetteer import load_gazetteer, token_key
from ..text import normalise, tokenise
from .words import (_ARABIC_LETTERS, _COUNTRY_NAMES, _COUNTRY_WORDS, _PLACE_COUNTRY,
                    NAME_MARKS, _definite_cue_reading, _with_article)

#: Extra organisations columns after :data:`khabar.schema.ORGANISATIONS`: the name an
#: Arabic report shows (:meth:`_OrgGroup.arabic_name`).
ORG_EXTRA = ["arabic_name"]

#: Extra mention columns after :data:`khabar.schema.MENTIONS`.
EXTRA = ["name", "org_type", "rule"]
#: Columns of :func:`khabar.entities.extract_mentions` and
#: :func:`khabar.entities.mention_rows` (the fields of :class:`khabar.schema.Mention`).
COLUMNS = schema.MENTIONS + EXTRA
assert COLUMNS == list(Mention._fields)
_INT_COLUMNS = {"paragraph", "sentence", "start", "end"}
_DTYPES = [np.int64 if c in _INT_COLUMNS else object for c in COLUMNS]


def mentions_frame(rows: list[Mention]) -> pd.DataFrame:
    """A mentions DataFrame (columns :data:`COLUMNS`) from
    :func:`khabar.entities.mention_rows`."""
    columns = COLUMNS
    if not rows:
        return pd.DataFrame(rows, columns=columns)
    if not pd.get_option("future.infer_string"):
        # One 2-D block per dtype (schema.fixed_frame), not one array per column.
        return schema.fixed_frame(rows, columns, _DTYPES)
    # Text stays a list if pandas infers a string dtype for it (future.infer_string), as
    # it would from rows.
    return pd.DataFrame({c: np.array(v, dtype=np.int64) if c in _INT_COLUMNS else list(v)
                         for c, v in zip(columns, zip(*rows))}, copy=False)


def mention_spans(mentions) -> list[MentionSpan]:
    """:class:`khabar.schema.MentionSpan` rows ``(doc_id, entity, label, start, end,
    text)`` of each mention, from a mentions DataFrame
    (:func:`khabar.entities.extract_mentions`; missing columns read as "") or a list of
    :func:`khabar.entities.mention_rows` (11-field tuples in :data:`COLUMNS` order).
    Offsets are ``int``; the list is in input order. A span is a tuple: its positions
    are the field order above."""
    if mentions is None or len(mentions) == 0:
        return []
    if isinstance(mentions, list):
        return [MentionSpan(m.doc_id, m.entity, m.label, m.start, m.end, m.text)
                for m in map(Mention._make, mentions)]
    if "start" not in mentions:
        return []
    n = len(mentions)
    cols = [mentions[c].tolist() if c in mentions else [""] * n
            for c in MentionSpan._fields]
    return [MentionSpan(d, ent, lab, int(s), int(e), txt)
            for d, ent, lab, s, e, txt in zip(*cols)]


def _document_countries(mentions: pd.DataFrame) -> dict[str, str]:
    """doc_id → the gazetteer name of the country the document names most often (its
    places and their cities, :data:`_PLACE_COUNTRY`; the first named on a tie)."""
    if "label" not in mentions or not len(mentions):
        return {}
    places = mentions[mentions["label"] == "PLACE"]
    counts: dict[str, Counter] = {}
    for doc_id, entity in zip(places["doc_id"].tolist(), places["entity"].tolist()):
        c = _PLACE_COUNTRY.get(entity)
        if c:
            counts.setdefault(doc_id, Counter())[c[1]] += 1
    orgs = mentions[(mentions["label"] == "ORG") & ~mentions["doc_id"].isin(list(counts))]
    if "org_type" in orgs:
        # بغداد اليوم – متابعة: a story that names no place takes the city of an outlet
        # named after it (its credit or byline), the outlet's name read word by word
        orgs = orgs[orgs["org_type"] == "media"]
        for doc_id, text in zip(orgs["doc_id"].tolist(), orgs["text"].tolist()):
            for country in _outlet_countries(text):
                counts.setdefault(doc_id, Counter())[country] += 1
    return {d: c.most_common(1)[0][0] for d, c in counts.items()}


def _outlet_countries(text: str) -> list[str]:
    """The countries (gazetteer places) of the words of an outlet's name that are a
    country or one of its cities (بغداد اليوم → Iraq), by the gazetteer's one-word
    aliases."""
    index = load_gazetteer().index
    out = []
    for t in tokenise(text):
        e = index.get((token_key(t.norm, t.kind),))
        c = _PLACE_COUNTRY.get(e.entity) if e is not None and e.label == "PLACE" else None
        if c:
            out.append(c[1])
    return out


def _says_country(name: str) -> bool:
    """A name that holds a country's name or relative adjective (وزارة المالية الأردنية،
    حكومة فلسطين, with proclitics too), so it names its country itself."""
    norm = normalise(name)
    return any(w in _COUNTRY_WORDS for w in norm.split()) or any(
        c in norm for c in _COUNTRY_NAMES)


def _generic_noun(entity: str) -> bool:
    """Whether an organisation's name is a bare definite cue noun and nothing else
    (الحكومة، الوزارة، البرلمان): a word that names a different body in every article
    (docs/arabic.md, "Names and cue nouns")."""
    norm = normalise(entity)
    if " " in norm.strip():
        return False
    n, cue = _definite_cue_reading(norm)
    return bool(cue) and n == 0 and cue == norm


def organisations_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per organisation, from the mentions of one or many documents.

    Input: a mentions table (:func:`extract_mentions`; the ``name``, ``org_type`` and
    ``rule`` columns are used when present). Output columns
    :data:`khabar.schema.ORGANISATIONS`: ``organisation`` (canonical entity; a name
    without its country that occurs in documents about different countries gets the
    country, one row each: وزارة المالية (Jordan); never one that a mention reached
    through the gazetteer, whose anaphors name the same body everywhere, nor an
    intergovernmental one, nor one named in Latin letters (ACRE, Horizon Watch: a
    body's own name, not a kind of office every country has); a bare generic noun,
    الحكومة, is one row per country and, in a document of no known country, one row per
    document: الحكومة (Iraq)، الحكومة
    (DOC_ID), bare only when the corpus has one of them), ``type``
    (company | ngo | campaign | government | media | intergovernmental | other; the
    most frequent across mentions,
    the first seen on a tie), ``aliases`` (every surface form and name proper seen,
    except those of anaphors, a form written ل + ال as لل given with its article
    (للبنك الدولي → البنك الدولي), sorted, joined by " | "), ``mentions`` (count),
    ``documents`` (distinct doc_id), then :data:`ORG_EXTRA`: ``arabic_name`` (the name
    an Arabic report shows: the entity when it is in Arabic, else the Arabic form its
    mentions use most often, "" if none). Sorted by mentions (descending) then
    organisation.
    A document's country is the one its PLACE mentions name most often (lexicon
    countries.tsv). The same table, built chunk by chunk: :class:`OrganisationSummary`.
    """
    summary = OrganisationSummary()
    summary.add(mentions)
    return summary.table()


class _OrgGroup:
    """What the table keeps of one organisation (in one country): its forms, its types
    (count and the position of the first mention of each, for ties), mentions, documents."""

    __slots__ = ("forms", "types", "mentions", "documents", "arabic")

    def __init__(self):
        self.forms: set[str] = set()
        self.types: dict[str, list[int]] = {}
        self.mentions = 0
        self.documents: set[str] = set()
        #: Arabic surface forms as displayed (:func:`_display_form`) → [count, first seen]
        self.arabic: dict[str, list[int]] = {}

    def merge(self, other: "_OrgGroup") -> None:
        self.forms |= other.forms
        for f, (count, first) in other.arabic.items():
            mine = self.arabic.setdefault(f, [0, first])
            mine[0] += count
            mine[1] = min(mine[1], first)
        for t, (count, first) in other.types.items():
            mine = self.types.setdefault(t, [0, first])
            mine[0] += count
            mine[1] = min(mine[1], first)
        self.mentions += other.mentions
        self.documents |= other.documents

    def type(self) -> str:
        if not self.types:
            return "other"
        return min(self.types.items(), key=lambda kv: (-kv[1][0], kv[1][1]))[0]

    def arabic_name(self, entity: str) -> str:
        """The name an Arabic reader is shown: the entity itself when it is written in
        Arabic letters only (a name found in the text, or the gazetteer's Arabic name);
        else, for a gazetteer entity named in English (World Bank), the Arabic form its
        mentions use most often (البنك الدولي; ties: the gazetteer's own Arabic name, then
        the longest, then the first seen), leaving out a form that is the first words of
        another (البنك الأوروبي beside البنك الأوروبي للتنمية والتعمير: a short form, which
        may name another body too); "" when every mention is in Latin letters. The
        gazetteer's name wins a tie over a longer form that holds it (برنامج منظمة X, a
        unit of the body, once beside منظمة X once)."""
        if _ARABIC_LETTERS.search(entity) and not _LATIN.search(entity):
            return entity
        if not self.arabic:
            return ""
        own = load_gazetteer().arabic.get(entity, "")
        full = [kv for kv in self.arabic.items()
                if not any(f.startswith(kv[0] + " ") for f in self.arabic)]
        return min(full, key=lambda kv: (-kv[1][0], kv[0] != own, -len(kv[0]), kv[1][1]))[0]


_LATIN = re.compile("[A-Za-z]")
#: A country's gazetteer place (Jordan) → its Arabic name (الأردن), lexicon countries.tsv.
_COUNTRY_ARABIC = {r.place: r.name for r in load_lexicon()["countries"]}


#: A country's gazetteer place (Iraq) → its definite relative adjectives in every spelling,
#: normalised (العراقي، العراقيه), lexicon countries.tsv.
_PLACE_ADJECTIVE = {r.place: tuple(normalise("ال" + a + e) for a in r.adjective for e in ("", "ة"))
                    for r in load_lexicon()["countries"] if r.adjective}
#: An entity named in Latin letters (canonical names prefer a Latin form: merging.canonical).
_LATIN_NAME = re.compile("[A-Za-z]")
#: The mark of a document, not a country, in a group key (a generic noun's own row).
_DOC = "\x00doc:"


def _display_form(text: str) -> str:
    """A mention's surface as a name to show: without quote marks or brackets, and with
    its article where ل + ال is written لل (للأمم المتحدة → الأمم المتحدة); "" if it has no
    Arabic letter."""
    form = " ".join(NAME_MARKS.sub("", text).split())
    return _with_article(form) if _ARABIC_LETTERS.search(form) else ""


class OrganisationSummary:
    """:func:`organisations_table` built from mention tables added one after another
    (each holding whole documents, in table order), keeping one summary per organisation
    and country instead of every mention row: memory grows with the organisations, not
    with the corpus. ``add(mentions)`` then ``table()``."""

    def __init__(self):
        self._groups: dict[tuple[str, str], _OrgGroup] = {}
        self._bare_countries: dict[str, set[str]] = {}
        #: Entities some mention reached through the gazetteer: known organisations, whose
        #: anaphors (البنك) and cue-noun mentions (مكتب البنك الإفريقي للتنمية) are never
        #: split by country either.
        self._known: set[str] = set()
        #: Bare generic nouns (الحكومة) seen: their rows are kept per country or document.
        self._generic: set[str] = set()
        self._seen = 0

    def add(self, mentions: pd.DataFrame) -> None:
        """Count the ORG mentions of ``mentions`` (columns as :func:`extract_mentions`)."""
        orgs = mentions[mentions["label"] == "ORG"] if len(mentions) else mentions
        if orgs.empty:
            return
        n = len(orgs)
        names = orgs["name"].tolist() if "name" in orgs else [""] * n
        types_col = orgs["org_type"].tolist() if "org_type" in orgs else None
        rules = orgs["rule"].tolist() if "rule" in orgs else [""] * n
        # Gazetteer names are known organisations, never split by country; nor is an
        # intergovernmental body (منظمة أوبك found by its cue is one OPEC everywhere).
        gaz = orgs["rule"].isin(["gazetteer", "credit"]).tolist() if "rule" in orgs else [True] * n
        if types_col is not None:
            gaz = [g or t == "intergovernmental" for g, t in zip(gaz, types_col)]
        country_of = _document_countries(mentions)
        rows = zip(orgs["entity"].tolist(), orgs["text"].tolist(), orgs["doc_id"].tolist())
        for i, (entity, text, doc_id) in enumerate(rows):
            if entity is None or entity != entity:      # no entity (NaN): no row, as groupby
                continue
            country = country_of.get(doc_id, "")
            if gaz[i]:
                self._known.add(entity)
            elif _generic_noun(entity):
                # each article's الحكومة is its own government: the country the article
                # gives, else the article itself, keeps it apart
                self._generic.add(entity)
                country = country or _DOC + doc_id
            elif not _says_country(entity):
                self._bare_countries.setdefault(entity, set()).add(country)
            g = self._groups.get((entity, country))
            if g is None:
                g = self._groups[entity, country] = _OrgGroup()
            # الهيئة names nothing, nor do an office's words (المالية السوداني of وزير المالية
            # السوداني): no alias
            if rules[i] not in ("anaphora", "title_body"):
                # للبنك is ل + البنك: the alias is the name, with its article
                g.forms.add(_with_article(text))
                g.forms.add(_with_article(names[i]))
                shown = _display_form(text)
                if shown:
                    g.arabic.setdefault(shown, [0, self._seen])[0] += 1
            if types_col is not None:
                g.types.setdefault(types_col[i], [0, self._seen])[0] += 1
            g.mentions += 1
            g.documents.add(doc_id)
            self._seen += 1

    def update(self, other: "OrganisationSummary") -> None:
        """Add the summary of the documents that follow this one's (a batch summarised
        in a worker process): the same as having added their mentions here."""
        for key, g in other._groups.items():
            for t in g.types.values():
                t[1] += self._seen        # positions of first mentions, for type ties
            for a in g.arabic.values():
                a[1] += self._seen
            mine = self._groups.get(key)
            if mine is None:
                self._groups[key] = g
            else:
                mine.merge(g)
        for entity, countries in other._bare_countries.items():
            self._bare_countries.setdefault(entity, set()).update(countries)
        self._known |= other._known
        self._generic |= other._generic
        self._seen += other._seen

    def _national_names(self) -> dict[tuple[str, str], str]:
        """(bare entity, country) → the entity that is the bare name and that country's
        relative adjective (مجلس الوزراء in a story about Iraq → مجلس الوزراء العراقي),
        for the bare names of documents of a known country where the corpus has such an
        entity: one body, named with or without its country (docs/arabic.md, "Names and
        cue nouns")."""
        by_norm = {normalise(e): e for e, _ in self._groups if _says_country(e)}
        out: dict[tuple[str, str], str] = {}
        for entity, country in self._groups:
            adjective = _PLACE_ADJECTIVE.get(country)
            if not adjective or entity in self._known or _says_country(entity):
                continue
            base = normalise(entity)
            target = next((by_norm[f"{base} {a}"] for a in adjective
                           if f"{base} {a}" in by_norm), None)
            if target:
                out[entity, country] = target
        return out

    def table(self) -> pd.DataFrame:
        """The organisations table of everything added (see :func:`organisations_table`)."""
        # A bare name (وزارة المالية) seen in documents about two or more countries is
        # one organisation per country.
        national = self._national_names()
        # Not a name in Latin letters (a brand, an acronym, an NGO's own name: ACRE), which
        # names one body wherever the story is set.
        split = {e for e, cs in self._bare_countries.items()
                 if len(cs - {""} - {c for c in cs if (e, c) in national}) > 1
                 and e not in self._known and not _LATIN_NAME.match(e)}
        # A bare generic noun (الحكومة) in two or more countries or documents: one row
        # each, named with the country or the document.
        places = Counter(e for e, _ in self._groups if e in self._generic - self._known)
        split |= {e for e, n in places.items() if n > 1}
        merged: dict[str, _OrgGroup] = {}
        shown: dict[str, str] = {}
        of_doc: set[str] = set()        # rows of one document: the key is what to show
        for (entity, country), g in self._groups.items():
            where = country.removeprefix(_DOC)
            key = f"{entity} ({where})" if entity in split and country else entity
            key = national.get((entity, country), key)
            if key in merged:
                merged[key].merge(g)
            else:
                merged[key] = g
                # وزارة المالية (الأردن): the country in Arabic too
                shown[key] = f"{entity} ({_COUNTRY_ARABIC.get(where, where)})" \
                    if key != entity else entity
                if key != entity and where != country:
                    of_doc.add(key)
        rows = [(entity, g.type(), schema.ALIAS_SEPARATOR.join(sorted(f for f in g.forms if f)),
                 g.mentions,
                 len(g.documents), entity if entity in of_doc else g.arabic_name(shown[entity]))
                for entity, g in sorted(merged.items())]
        out = pd.DataFrame(rows, columns=schema.ORGANISATIONS + ORG_EXTRA)
        return out.sort_values(["mentions", "organisation"], ascending=[False, True],
                               ignore_index=True)
