"""Articles as they arrive: saved web pages, Word files and PDFs.

One reader per format turns a file into the text khabar analyses plus the metadata the
file carries and the name of the extractor used (:class:`Reading`). :func:`read_file`
dispatches by file suffix and returns a :class:`khabar.io.Document`; plain ``.txt``
files go to :func:`khabar.io.read_text_file` unchanged.

=========================  ==================================================  =============
suffix                     what is read                                        extractor
=========================  ==================================================  =============
``.html`` ``.htm``         the article body (menus, related links, footers      trafilatura
                           dropped); title, date (htmldate), site name →
                           outlet, author, canonical URL
``.mhtml`` ``.mht``        the first ``text/html`` part (stdlib ``email``),     trafilatura
                           then as HTML; ``Snapshot-Content-Location`` as URL
``.docx``                  body paragraphs and table cells in order, one a      python-docx
                           line, runs as stored (logical order, RTL too);
                           core properties title, author, created → date
``.pdf``                   the text layer, line by line from the glyph          pdfplumber
                           positions, restored to logical order (see
                           :func:`pdf_text`); presentation forms folded (NFKC)
=========================  ==================================================  =============

The text of a non-plain document is *the analysed text*: every character offset khabar
reports points into it, and :func:`texts_to_write` gives it to the writer as
``texts/DOC_ID.txt`` so that ``text[start:end]`` can be checked by anyone.

Errors: readers raise :class:`khabar.io.InputError` naming the file and the reason (no
article in the page, a scanned PDF with no text layer, an encrypted or corrupt file);
:func:`khabar.io.read_corpus` turns them into problems and reads the other files.

Layout: :mod:`.reading` (:class:`Reading`), :mod:`.web` (saved web pages, MHTML),
:mod:`.word` (Word files), :mod:`.pdf` (PDF text layers, restored to logical order).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

from ..io import DeferredDocument, Document, InputError, atomic_file, read_deferred, read_text_file
from .pdf import (UnreadableTextLayer, choose_order, fold_presentation_forms, pdf_text,
                  read_pdf)
from .reading import READER_FIELDS, Reading
from .web import read_html, read_mhtml
from .word import read_docx

__all__ = ["PLAIN_FORMATS", "READERS", "READER_FIELDS", "Reading", "SUFFIXES",
           "UnreadableTextLayer", "choose_order", "document_columns", "fold_presentation_forms",
           "pdf_text", "read_docx", "read_file", "read_html", "read_mhtml", "read_pdf",
           "texts_to_write", "write_texts"]

#: Format of each suffix khabar reads through this module (lower case).
SUFFIXES = {".html": "html", ".htm": "html", ".mhtml": "mhtml", ".mht": "mhtml",
            ".docx": "docx", ".pdf": "pdf"}
#: Formats whose text is the file's decoded characters (no extractor, no text file).
PLAIN_FORMATS = {".txt": "txt", ".csv": "csv", ".jsonl": "jsonl"}

#: Reader of each format: ``reader(data, source) -> Reading``.
READERS = {"html": read_html, "mhtml": read_mhtml, "docx": read_docx, "pdf": read_pdf}


def read_file(path: str | os.PathLike, doc_id: str | None = None,
              meta: dict | None = None, notes: list[str] | None = None) -> Document:
    """Read one article file of any suffix khabar reads, as a :class:`Document`.

    ``.txt`` → :func:`khabar.io.read_text_file`; the :data:`SUFFIXES` → their reader.
    ``meta`` (from ``metadata.json``) wins over what the file says wherever it is
    non-empty; ``meta["format"]`` and ``meta["extractor"]`` record how the text was
    obtained. Raises :class:`InputError` naming the file; warnings of the plain-text
    reader (bytes read as U+FFFD) are appended to ``notes``.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        return read_text_file(path, doc_id, meta, notes)
    fmt = SUFFIXES[suffix]
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if not data.strip():
        raise InputError(f"{path}: the file is empty")
    try:
        reading = READERS[fmt](data, str(path))
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - a library's own error, named with the file
        raise InputError(f"{path}: cannot be read as {fmt} "
                         f"({type(exc).__name__}: {exc})") from None
    if not reading.text.strip():
        raise InputError(f"{path}: no article text found ({reading.extractor})")
    merged = {k: v for k, v in reading.meta.items() if v}
    merged.update({k: v for k, v in (meta or {}).items() if v not in (None, "")})
    merged["format"], merged["extractor"] = fmt, reading.extractor
    return Document(doc_id or path.stem, reading.text, str(path), reading.encoding, merged)


def _format_of(doc: Document) -> str:
    """The format a document was read from, by its source's suffix (a metadata.json
    cannot change it); empty for a document made in code."""
    suffix = Path(doc.source.partition("#")[0]).suffix.lower()
    return SUFFIXES.get(suffix) or PLAIN_FORMATS.get(suffix, "")


def document_columns(doc: Document) -> dict[str, str]:
    """The documents-table columns this module adds: ``format`` (txt, csv, jsonl, html,
    mhtml, docx, pdf), ``extractor`` (empty for plain text), ``author``, ``url``."""
    fmt = _format_of(doc)
    return {"format": fmt,
            "extractor": doc.meta.get("extractor", "") if fmt in READERS else "",
            "author": doc.meta.get("author", ""), "url": doc.meta.get("url", "")}


def texts_to_write(docs: Iterable[Document | DeferredDocument]
                   ) -> dict[str, str | DeferredDocument]:
    """``{relative path: analysed text}`` for every document not read from plain text:
    ``texts/DOC_ID.txt`` (relative to the data folder), so readers can check
    ``text[start:end]`` against the exact text khabar analysed. Write the text as UTF-8
    without BOM and with newline translation off (:func:`write_texts`). A deferred
    document (its text in a spool, :class:`khabar.io.TextSpool`) is given as itself, to
    be read when its file is written."""
    return {f"texts/{d.doc_id}.txt": d if isinstance(d, DeferredDocument) else d.text
            for d in docs if _format_of(d) in READERS}


def write_texts(texts: dict[str, str | DeferredDocument], data_dir: str | os.PathLike
                ) -> list[Path]:
    """Write :func:`texts_to_write`'s files under ``data_dir``, each atomically (temporary
    file, then rename: :func:`khabar.io.atomic_file`), UTF-8 without BOM, line endings as
    in the text; one text in memory at a time. Returns paths. Raises
    :class:`khabar.io.InputError` if a deferred text can no longer be read."""
    paths = []
    for rel, text in sorted(texts.items()):
        if isinstance(text, DeferredDocument):
            text = read_deferred(text).text
        path = Path(data_dir) / rel
        with atomic_file(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        paths.append(path)
    return paths

