"""khabar: Arabic news articles into citable evidence.

Modules, one concern each: :mod:`khabar.io` (reading, writing), :mod:`khabar.text`
(normalisation, sentences, tokenisation), :mod:`khabar.entities` (named entities and
organisations), :mod:`khabar.money` (funding figures), :mod:`khabar.dates`,
:mod:`khabar.quotes` (quotes and speaker attribution), :mod:`khabar.figures`,
:mod:`khabar.pipeline` (all tables for a corpus) and :mod:`khabar.cli`.
"""
__version__ = "0.1.0"
