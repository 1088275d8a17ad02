"""Quotes and speaker attribution in Arabic news text (issue 6; docs/arabic.md, "Quotes and
attribution").

Method, one paragraph at a time:

1. **Quote marks are paired inside the paragraph** (:func:`quote_spans`): “ and « open,
   ” and » close, a straight " toggles, ‘ opens and only ’ closes it. A ” or » with no
   opener before it, directly followed by a letter, is a misused opener (``:”في``،
   ``»نعم«``), and so is one set apart by spaces after a comma or colon (``صنع الله، ”
   إن …``). A “ or « right after a word and before a space or punctuation is a closer
   typed as an opener: it closes the open quote (``”…“``، ``«…«``) and, with none open,
   opens nothing. An opener
   that is never closed ends at the next opener, at the first speech-cue verb after it
   (the attribution of the next quote) or at the paragraph end, so it never swallows the
   text that follows. A paragraph that ends inside “…” or «…» is paired with the next
   when that one's first mark closes the quote (a line break inside the words). An ASCII
   ' pairs as a mark where it stands as one (not as an apostrophe after a Latin letter:
   L'Orient), and a quote mark a site left as an HTML character reference (``&quot;``)
   is read as that mark (:func:`.marks.mark_text`), offsets unchanged.
2. **A span is a quote only with an attribution**: a speech cue before it in the same
   clause (``قالت X:``, ``قال X إن "…"``, ``وأضافت:``, ``بحسب X``) or, for a closed
   quote, a cue with a named source right after it (``"…"، قالت ليلى حداد``). It must also
   look like speech: introduced by ``:`` or إن/أن, or of four or more words, or ending in
   sentence punctuation, or attributed after. A one-word span needs a colon. So quoted
   names (“إمباور”) and scare quotes are not quotes.
3. **Cues** are the forms of the reporting verbs of the lexicon (generated from
   speech_stems.tsv by :func:`khabar.lexicon.inflect_speech_verb`: past and present, both
   genders, singular, dual and plural, circumstantial participles), with و/ف/س attached;
   a spelling that is also a common word (بين، طالب) only where a clause opens at it and
   أن/إن, a colon or a quote follows. Reported sources: ``نقلت X عن Y قوله`` and ``نسب X لـ
   Y`` (Y speaks, gender from قوله/قولها; X goes to ``channel``), ``بحسب ما نقلت X عن Y``;
   ``بحسب ما نقلت عنه X``، ``حسبما نقلت عنها X`` (the person the pronoun points to, named
   before, speaks: the verb's subject before, else the last speaker of its gender; X is
   the channel),
   ``في بيان / تصريح لـ X`` (X speaks unless it is an outlet), ``في بيان
   الحكومة``: an organisation noun in the genitive after بيان is its author too.
   **The speaker** is the noun phrase after the cue verb (VSO); for a participle (…، مشيرةً إلى أن)
   the speaker of the sentence's verb (its continuation too, when the verb has no subject and the
   participle its gender: ``واكد ان … موضحا ان``), else the subject of its clause (the first title,
   organisation or named phrase after the last أن/إن: ``فإن وزارة الداخلية حسمت …، معتبرةً``); for
   a verb with none after it, the phrase at the clause start when it ends at the verb or at a comma
   (``لاو باريوس، … قال لـ X:``), else that clause subject (never one that disagrees with the
   verb's gender: a masculine title or masculine singular organisation noun for قالت; never a word
   before a quote mark: the quoted words of ``وقال "… البنك …" وأضاف أن``), else the clause-start
   phrase, without the و + verb it opens with (``وتوجهت هدى، …، وقالت:`` → هدى); else — a cue with
   no subject (``وأضافت:``) — the last speaker with the cue's grammatical gender (continuation). A
   phrase never starts with a bare و or كان and stops at prepositions, أن/إن, relative
   pronouns, a recipient (لـ X), a verbal noun (قوله); an outlet told or a place between the
   verb and its subject (``وقال لوكالة الأنباء وزير النقل فلان``، ``وقال في تصريح بالقاهرة وزير
   …``) is skipped to the title or PERSON mention after it, and never speaks. A weekday or هذا
   after a name (سامي نور الأربعاء، هذا الخميس) ends it too (attribution.tsv phrase_end), an
   outlet with لـ (لوكالة محلية) ends a title, and relative adjectives right after an
   indefinite title (وزير يمني، مسؤول أمني عراقي) describe an unnamed official: they are no
   name. Back-references: a bare definite title (وأكد المفوض، وأوضح رئيس مجلس الإدارة) repeats
   the last fuller title phrase whose words begin with its own (المفوض العام للوكالة؛ رئيس مجلس
   إدارة الشركة المهندس فلان) and is its speaker; an honorific with a pronoun (سعادته، معاليها:
   attribution.tsv person_pronoun) is the person named before; المتحدث باسمها speaks for the
   organisation named before; a definite unnamed source (وأضاف المصدر، وأضافت المصادر) is the
   unnamed source that spoke before (مصدر مطلع، مصادر حكومية). A present form read as a passive
   before أن (يُذكر أن: attribution.tsv impersonal) is the writer's aside, no row.
   Person or organisation is decided first: an ORG mention at the start of the phrase,
   or an organisation cue noun (docs/arabic.md, "Names and cue nouns"; a definite one
   such as ``الشركة``/``الموقع`` refers back to the last organisation speaker), makes an
   organisation; ``متحدث باسم X`` is an unnamed person of X; anything else is a person.
   Gender comes from the cue verb's morphology (قالت/تقول → female, قال/يقول → male) and
   is a person's, or an organisation's grammatical gender as its verb shows it (قالت
   الوزارة: female); a document (البيان، التقرير), an outlet (الوكالة، الموقع) and unnamed
   sources (مصادر، type unknown) get none. No list of first names.
4. **Role and affiliation** come from the apposition after the name (``، مديرة … في منظمة
   X``) or from a title before it, of any length (``مديرة قسم الشرق الأوسط وشمال أفريقيا في
   منظمة X فلانة الفلانية``: title words are governed nouns, title complements, prepositions
   and و before them, compass points, a quoted name, and في / لدى with a noun and its
   genitive when a name follows: ``رئيس قسم الجراحة في مستشفى النخيل فلان``) or after it
   without a comma (``طلال الذيابي الرئيس التنفيذي للدار``); an unnamed title takes a name
   in commas after it (``رئيس مجلس الإدارة، الشيخ X، إن``). Affiliation: the canonical
   entity of the first ORG mention there, else the organisation phrase that starts with an
   indefinite cue noun or a quoted name, else an organisation the article named written out
   in the title (``للدار العقارية``); a definite cue (المنظمة) or a possessive title
   (رئيسها) → the organisation named last before; else the institution an indefinite office
   heads with its field (titles.tsv: ``وزير المالية الأردني`` → ``وزارة المالية الأردنية``).
5. **Indirect speech**: a cue followed in its sentence by أن/إن and no quote mark
   (``وذكرت وكالة رويترز أن …``) gives a row with ``kind = indirect``: the clause to the
   next attribution or quote (a scare quote of one to three words stays inside); a
   clause of one to three words is a fragment, not a row. A colon after أن/إن (``قال
   إن: …``) is not part of the words. An appeal verb reports what follows إلى the same
   way (``ودعت الشركة الصحفيين إلى التحقق …``: the company called for it; attribution.tsv
   appeal_verb, appeal_complement). Unmarked words before a comma and "according to what
   X said" (``…، حسبما قال X``، ``…، وفق ما قاله X``) are X's claim, indirect too.
6. **Unmarked direct quotes**: a speech verb followed within eight tokens by a colon and
   words with no quote mark (``وأردف: الإيرادات لم تتغير``، ``وتابع الزين: …``), as many
   outlets print a speaker's own words, gives a ``kind = direct`` row with ``closed`` =
   false, spanning the words to the sentence end like indirect speech. A colon after a
   verb that is not a cue (``وتضمنت الخطة:``) introduces no quote.

Names: a PERSON mention's canonical ``entity`` when the entity extractor found one, else
the surface name (unless the mention covers only part of the name after a title); a later
partial name (``هايز``) takes the fullest earlier form whose last words it equals (``مايشا
هايز``), and a one-word family name one letter away from an earlier speaker's (ويتسن /
ويتس) is that speaker.

Offsets: ``start``/``end`` span the quoted words *without* the quote marks (whitespace
trimmed), so ``text[start:end] == quote``; for indirect speech, the words after أن to the
end of the sentence.

Layout: :mod:`.words` (word lists from the lexicon, cue forms, clitic stripping),
:mod:`.marks` (quote marks paired into spans), :mod:`.cues` (which tokens are cues),
:mod:`.history` (speakers so far, name spellings), :mod:`.document` (the article's token,
cue and mention index), :mod:`.phrases` (noun phrases and organisation names),
:mod:`.titles` (titles and affiliation), :mod:`.speakers` (the speaker a phrase names, one
method per rule), :mod:`.attribution` (the speaker a cue gives, one function per rule),
:mod:`.rows` (direct and indirect quote rows), :mod:`.tables` (columns, DataFrame,
:func:`voice_table`).
"""
from __future__ import annotations

from .history import Speaker
from .marks import QuoteSpan, quote_spans
from .rows import extract_quotes, quote_rows
from .tables import COLUMNS, EXTRA_COLUMNS, quotes_frame, voice_table
from .words import (AN_WORDS, CLAUSE_WORDS, CUE_FORMS, DOCUMENT_NOUNS, HOMOGRAPHS,
                    HONORIFICS, MEDIA_CUES, MEDIUM_NOUNS, ORG_CUES, PARTICIPLES,
                    PHRASE_END_WORDS, REPORT_VERBS, SOURCE_CUES, SPEECH_NOUNS,
                    SPOKES_NOUNS, STATEMENT_NOUNS, TITLE_COMPLEMENTS, TITLE_GENDER,
                    TITLE_INSTITUTION, TITLE_NOUNS, UNNAMED_SOURCES, VERB_CUES)

__all__ = ["AN_WORDS", "CLAUSE_WORDS", "COLUMNS", "CUE_FORMS", "DOCUMENT_NOUNS",
           "EXTRA_COLUMNS", "HOMOGRAPHS", "HONORIFICS", "MEDIA_CUES", "MEDIUM_NOUNS",
           "ORG_CUES", "PARTICIPLES", "PHRASE_END_WORDS", "QuoteSpan", "REPORT_VERBS",
           "SOURCE_CUES", "SPEECH_NOUNS", "SPOKES_NOUNS", "STATEMENT_NOUNS", "Speaker",
           "TITLE_COMPLEMENTS", "TITLE_GENDER", "TITLE_INSTITUTION", "TITLE_NOUNS",
           "UNNAMED_SOURCES", "VERB_CUES", "extract_quotes", "quote_rows", "quote_spans",
           "quotes_frame", "voice_table"]
