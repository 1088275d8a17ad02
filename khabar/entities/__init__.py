"""Named entities: organisations, people, places and projects, merged across spellings.

Method (rules, no model; docs/arabic.md, *Names and cue nouns*):

* **Find** mentions in one left-to-right pass over the tokens of each sentence:
  gazetteer aliases (longest match, :mod:`khabar.gazetteer`); cue nouns
  (:data:`ORG_CUES`, with proclitics ومنظمة، لحملة – stripped only when the rest is a
  cue) followed by a name: a quoted or bracketed name, a Latin name, a gazetteer name,
  the Arabic words up to a Latin name, a definite descriptive phrase (منظمة الصحة
  العالمية) or a transliterated name (شركة جوجل); runs of capitalised Latin words and
  acronyms; an Arabic list item directly before a Latin name (، مجتمعات نيويورك للتغيير
  NYCC،). A definite cue on its own (المنظمة، الشركة) is anaphora and is not a mention.
* **People** without a name list, from context: after a speech verb up to the comma or
  colon (وقال علي بنجواني،), before an apposition (لاو باريوس، مدير …), after a title and
  its organisation (الرئيس التنفيذي لشركة أمازون آندي جاسي).
* **Clubs**: a sports club's short name that is also a common word (الرجاء، الأهلي,
  lexicon sports.tsv) in a paragraph about sport or after فريق / نادي.
* **Places**: gazetteer places, and venues (مركز + a transliterated name after في).
* **Credits and references**: news-agency credits in brackets or after المصدر: ((أ ف ب)،
  (قنا)); a bare definite cue (الهيئة) after an organisation with that cue is an anaphor of
  it, and a definite cue with a country's adjective (الشركة الإماراتية) of the body of that
  country named before; an institution noun alone (الحكومة، الشرطة) is an organisation.
* **Headed ministries**: وزارة and a person of the article (وزارة فلان الفلاني) is that
  person again, not a ministry named after him. A minister's title with its field and
  country (وزير المالية السوداني) is a mention of that country's ministry.
* **Offices and duals**: an office named by its rank and then its body (المكتب الإقليمي
  لمنظمة …) is part of that body, no organisation; a dual descriptor cue and two names
  joined by و (شركتي X وY) are two organisations.

Every word list comes from :mod:`khabar.lexicon` (docs/lexicon.md).
* **Merge** (union–find): same gazetteer entity; same name; an Arabic and a Latin form
  side by side or a form in brackets right after another; the same consonant skeleton
  (:func:`skeleton`, across scripts: جوجل = غوغل = Google); an acronym and the initials
  of a Latin name; a later one-word name and a person's family name. Later unclaimed
  words with the skeleton of a known name (بانجواني, نيمبوس) become mentions of it.

Layout: :mod:`.words` (word lists and per-word facts), :mod:`.tokens` (the token view the
passes share), :mod:`.organisations` (gazetteer, cue phrases one shape per method, Latin
names, list items), :mod:`.references` (people, credits, anaphora, later mentions),
:mod:`.merging` (entities and their canonical names), :mod:`.tables` (DataFrames).
"""
from __future__ import annotations

from bisect import bisect_right
from operator import attrgetter

import pandas as pd

from ..gazetteer import load_gazetteer
from ..schema import Mention, MentionSpan
from ..text import Article
from .merging import canonical, central_banks, merge
from . import references, words  # noqa: F401  (tests clear the per-word memos there)
from .outlets import OutletPasses
from .tables import (COLUMNS, EXTRA, OrganisationSummary, mention_spans, mentions_frame,
                     organisations_table)
from .tokens import FoundMention
from .words import ORG_CUES, SPEECH_CUES, skeleton

__all__ = ["COLUMNS", "EXTRA", "Mention", "MentionSpan", "ORG_CUES", "SPEECH_CUES",
           "extract_mentions", "find_mentions", "mention_rows", "mention_spans",
           "mentions_frame", "OrganisationSummary", "organisations_table", "skeleton"]


class _Finder(OutletPasses):
    """Every rule pass over one article (:mod:`.organisations`, :mod:`.references`,
    :mod:`.outlets`)."""


def find_mentions(article: Article, gazetteer, plain: bool = False) -> list[FoundMention]:
    """The mentions of ``article`` before merging, sorted by ``start``: the passes in
    order, each claiming tokens the later ones skip (organisations first, so a cue
    phrase is never read as a person's name). ``plain``: the plain twin that tries every
    token (:class:`.tokens.TokenView`), for the test that holds the two equal."""
    finder = _Finder(article, gazetteer, plain)
    finder.organisations()
    finder.general_administrations()
    finder.country_administrations()
    finder.title_bodies()
    finder.title_institutions()
    finder.clubs()
    finder.dual_cues()
    finder.business_names()
    finder.short_names()
    finder.latin()
    finder.bracketed_acronyms()
    finder.credits()
    finder.dateline_credits()
    finder.outlet_credits()
    finder.people()
    finder.headed_ministries()
    finder.later_mentions()
    finder.anaphora()
    finder.country_anaphora()
    finder.homograph_countries()
    finder.possessive_institutions()
    finder.ministry_shorthands()
    finder.cueless_names()
    return sorted(finder.mentions, key=attrgetter("start"))


def extract_mentions(article: Article, gazetteer=None) -> pd.DataFrame:
    """Entity mentions in ``article``, merged into entities.

    Input: an :class:`khabar.text.Article`; ``gazetteer`` defaults to
    :func:`khabar.gazetteer.load_gazetteer` (built-in + ``data/gazetteer.csv``).
    Output: one row per mention, sorted by ``start``; columns
    :data:`khabar.schema.MENTIONS` (doc_id, paragraph, sentence, text, entity, label,
    start, end) then ``name`` (the name proper inside ``text``, without a descriptor cue
    such as صحيفة), ``org_type`` (company | ngo | campaign | government | media |
    intergovernmental | other for ORG, else ""), ``rule`` (gazetteer | cue | quoted |
    latin | list | bracketed, the Arabic words before a Latin acronym in brackets |
    short, a one-word short name in brackets after a name | credit |
    speech | title | apposition | later | anaphora, a bare
    definite cue referring back, merged with its antecedent | title_body, the words of
    an office's title that name an agency through the office's institution (المفوض
    السامي للأمم المتحدة لشؤون اللاجئين → UNHCR), or a country's institution
    through its office's field and the country's adjective (وزير المالية السوداني →
    وزارة المالية السودانية) | institution, a bare
    institution noun such as الحكومة | club, a sports club's short name several
    clubs share, in a paragraph about sport). ``entity`` is the merged canonical name
    (gazetteer name;
    else for organisations an acronym spelled out in the text, else the longest Latin
    form, else the longest Arabic form; for people the fullest form). ``label`` is
    ORG | PERSON | PLACE | PROJECT. ``start``/``end`` are character offsets into
    ``article.text`` and ``article.text[start:end] == text``. Rules: module docstring.
    """
    return mentions_frame(mention_rows(article, gazetteer))


def _as_written_once(found: tuple[str, str, str]) -> tuple[str, str, str]:
    entity, label, org_type = found
    if entity and "\u0640" in entity:
        entity = entity.replace("\u0640", "")
    if entity and ("\n" in entity or "\r" in entity or "  " in entity):
        entity = " ".join(entity.split())
    return entity, label, org_type


def mention_rows(article: Article, gazetteer=None, plain: bool = False) -> list[Mention]:
    """The rows of :func:`extract_mentions` as :class:`khabar.schema.Mention` named
    tuples (fields :data:`COLUMNS`), without building a DataFrame (the corpus pipeline
    builds one frame for all articles). ``plain``: see :func:`find_mentions`."""
    gazetteer = gazetteer or load_gazetteer()
    ms = find_mentions(article, gazetteer, plain)
    roots = merge(article.text, ms, central_banks(gazetteer))
    groups: dict[int, list[FoundMention]] = {}
    for m, r in zip(ms, roots):
        groups.setdefault(r, []).append(m)
    # the tatweel (ـ) only stretches a word on the page (الحكومـــــة), and a line break
    # inside a hard-wrapped paragraph only wraps it (نجم⏎العقابي): an entity's name is
    # written without either, so such a surface is the same body or person as a plain one
    entity_of = {r: _as_written_once(canonical(g, article.text)) for r, g in groups.items()}
    rows = []
    sentences, starts, text = article.sentences, article._sentence_starts, article.text
    for m, r in zip(ms, roots):
        entity, label, org_type = entity_of[r]
        k = bisect_right(starts, m.start) - 1        # the sentence the mention starts in
        paragraph, sentence = sentences[k][:2] if k >= 0 else (0, 0)
        rows.append(Mention(article.doc_id, paragraph, sentence, text[m.start:m.end], entity,
                            label, m.start, m.end, m.name, org_type, m.rule))
    return rows
