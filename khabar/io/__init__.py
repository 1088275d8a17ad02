"""Reading articles and writing tables.

Input: a folder of ``.txt`` articles (searched recursively), a CSV file or a JSON Lines
file with a ``text`` column, or a single ``.txt`` file. Every article becomes a
:class:`Document` whose ``text`` is the article *as read*: the decoded characters, BOM
removed, line endings left exactly as they are. Every character offset khabar reports
points into that string.

Bad input never raises out of :func:`read_corpus`: each unreadable file (or row) is
returned as a :class:`Problem` naming the file and the reason, and the others are read.
A problem whose reason starts with :data:`WARNING` was read anyway (a few bytes that
are not UTF-8, read as U+FFFD; a metadata field ignored). Input files are opened
read-only and never modified. What khabar does with each kind of bad input is listed in
README.md ("Bad input").

Modules: :mod:`.documents` (Document, Problem, how a problem is shown), :mod:`.decoding`
(bytes to text), :mod:`.reading` (corpora, files, tables of articles, metadata) and
:mod:`.tables` (writing CSVs with the formula guard, reading them back, atomic files) and
:mod:`.spool` (texts held on disk while a corpus is analysed).
"""
from __future__ import annotations

# One module per concern; every name is importable from khabar.io as before.
from .decoding import (CANDIDATE_ENCODINGS, UTF16_WITHOUT_BOM, check_plausible,  # noqa: F401
                       decode_bytes)
from .documents import (WARNING, DeferredDocument, Document, InputError,  # noqa: F401
                        Problem, describe_problem, printable, text_chars, text_sha256)
from .reading import (CORPUS_SUFFIXES, METADATA_FIELDS, METADATA_FILE,  # noqa: F401
                      is_khabar_output, read_corpus, read_deferred, read_table_file,
                      read_text_file)
from .spool import SpoolLost, TextSpool, read_spooled  # noqa: F401
from .tables import (FORMULA_GUARD, FORMULA_START, _fast_csv_rows,  # noqa: F401
                     _pandas_csv_rows, atomic_file, being_written, format_csv, guard_cell,
                     guard_formulas, read_table, unguard_cell, write_csv, write_csv_rows)
