"""Normalisation, paragraphs, sentences and tokenisation of Arabic news text.

Offsets are always character offsets into the article *as read*
(:attr:`khabar.io.Document.text`). Normalisation is for matching only: it is computed
through a character map (:class:`NormalisedText`) that remembers where each normalised
character came from, so a match in the normalised text maps back to the exact surface
form. Rules follow docs/arabic.md, *Normalisation* and *Clitics and tokenisation*
(Unicode Standard ch. 9 for the Arabic block; the folds are the usual ones of Arabic
information retrieval, e.g. Larkey et al. 2002, "light stemming").

Layout: :mod:`.normalisation` (:func:`normalise`, :class:`NormalisedText`),
:mod:`.matching` (literal words: :func:`alternation`, :func:`find_all`,
:func:`windows_around`), :mod:`.tokens` (:func:`tokenise`, :func:`tokenise_columns`),
:mod:`.words` (clitics, stop words), :mod:`.sentences` (boilerplate lines, sentence
splitting), :mod:`.article` (:func:`analyse`, :class:`Article`).
"""
from __future__ import annotations

from .article import Article, Paragraph, Sentence, analyse
from .matching import alternation, find_all, windows_around
from .normalisation import (ARABIC_INDIC_DIGITS, CONTROLS, DECIMAL_SEPARATOR, DIACRITICS,
                            EASTERN_DIGITS, NORMALISATION_TABLE, TATWEEL, THOUSANDS_SEPARATOR,
                            NormalisedText, normalise)
from .sentences import (ABBREVIATIONS, BOILERPLATE_PATTERNS, SENTENCE_END_MARKS,
                        is_boilerplate, split_sentences)
from .tokens import TOKEN_PATTERN, WORD_KINDS, Token, TokenColumns, tokenise, tokenise_columns
from .words import (ARTICLE, CONJUNCTIONS, FUTURE, PREPOSITIONS, STOP_WORDS, clitic_candidates,
                    is_stop_word, strip_clitics)

__all__ = ["WORD_KINDS", "ABBREVIATIONS", "ARABIC_INDIC_DIGITS", "ARTICLE", "Article",
           "BOILERPLATE_PATTERNS",
           "CONJUNCTIONS", "CONTROLS", "DECIMAL_SEPARATOR", "DIACRITICS", "EASTERN_DIGITS",
           "FUTURE", "NORMALISATION_TABLE", "NormalisedText", "PREPOSITIONS", "Paragraph",
           "SENTENCE_END_MARKS", "STOP_WORDS", "Sentence", "TATWEEL", "THOUSANDS_SEPARATOR",
           "TOKEN_PATTERN", "Token", "TokenColumns", "alternation", "analyse",
           "clitic_candidates", "find_all", "is_boilerplate", "is_stop_word", "normalise",
           "split_sentences", "strip_clitics", "tokenise", "tokenise_columns",
           "windows_around"]
