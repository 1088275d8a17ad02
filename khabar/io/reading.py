"""Reading a corpus: folders, single files, CSV and JSON Lines tables, per-folder
metadata; one :class:`khabar.io.Problem` per bad file or row, never an exception."""
from __future__ import annotations


import csv
import errno
import io
import itertools
import json
import os
import stat
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Iterator

from .decoding import decode_bytes, utf8_stream_encoding
from .documents import (WARNING, DeferredDocument, Document, InputError, Problem, _clean_meta,
                        _text_problem, _unencodable, printable, text_sha256)
from .spool import TextSpool, read_spooled


#: Name of the optional per-folder metadata file (JSON object keyed by file name).
METADATA_FILE = "metadata.json"

METADATA_FIELDS = ("title", "language", "outlet", "date", "country")  # country: docs/money.md


# --------------------------------------------------------------------------- reading

def _doc_id(path: Path, root: Path) -> str:
    rel = path.relative_to(root) if path != root else Path(path.name)
    return rel.with_suffix("").as_posix()


def read_text_file(path: str | os.PathLike, doc_id: str | None = None,
                   meta: dict | None = None, notes: list[str] | None = None) -> Document:
    """Read one ``.txt`` article. Raises :class:`InputError` naming the file; warnings
    (invalid bytes read as U+FFFD, see :func:`decode_bytes`) are appended to ``notes``."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    text, encoding = decode_bytes(data, str(path), notes=notes)
    return Document(doc_id or path.stem, text, str(path), encoding, dict(meta or {}))


#: Field separators of a CSV corpus: the comma, then what a spreadsheet saves as "CSV"
#: where the comma is the decimal mark (the semicolon) and tab-separated text.
CSV_DELIMITERS = (",", ";", "\t")


def _delimiter(text: str) -> str:
    """The separator of a CSV corpus: the first of :data:`CSV_DELIMITERS` with which the
    header row has a ``text`` column (a comma when none has: the message then lists the
    comma-separated columns). Decided by the header alone, not guessed from the rows,
    where an article's own commas and semicolons would mislead a guess."""
    header = text.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
    for delimiter in CSV_DELIMITERS:
        names = next(csv.reader([header], delimiter=delimiter), [])
        if "text" in names:
            return delimiter
    return ","


def _table_lines(path: Path) -> tuple[Iterator[str], str, list[str], int]:
    """``(lines, encoding, notes, size)`` of a CSV or JSON Lines corpus file: its text as
    lines (each with its end: ``\\n``, ``\\r\\n`` or ``\\r`` for CSV, ``\\n`` only for JSON
    Lines, where a string may hold U+2028 or other Unicode line breaks), its encoding
    and the decoding's warnings, as :func:`decode_bytes` would give them; ``size``: the
    file's bytes. A strict UTF-8 file (the usual export, and what JSON Lines must be)
    is read from disk a line at a time (:func:`utf8_stream_encoding` checks it first), so
    memory holds one row, not the file; any other is decoded whole. Raises
    :class:`InputError` for a file that cannot be decoded, ``OSError`` if it cannot be
    read."""
    newline = "" if path.suffix.lower() == ".csv" else "\n"
    size = path.stat().st_size
    encoding = utf8_stream_encoding(path, str(path))
    notes: list[str] = []
    if encoding is None:
        text, encoding = decode_bytes(path.read_bytes(), str(path), allow_nul=True,
                                      notes=notes)
        return iter(io.StringIO(text, newline=newline)), encoding, notes, size
    return _file_lines(path, encoding, newline), encoding, notes, size


def _file_lines(path: Path, encoding: str, newline: str) -> Iterator[str]:
    # The lines of a file utf8_stream_encoding has checked; decode_bytes also drops a
    # U+FEFF right after the byte-order mark.
    with open(path, encoding=encoding, newline=newline) as fh:
        first = fh.readline()
        yield first[1:] if first.startswith("\ufeff") else first
        yield from fh


def _table_rows(path: Path) -> tuple[Iterator[tuple[int, dict | Problem]], list[Problem], str]:
    """``(rows, problems, encoding)`` of a CSV or JSON Lines corpus file decoded like an
    article (:func:`_table_lines`). ``rows`` yields, in file order, ``(number, row)``
    for each row (CSV: data row, 1-based; JSON Lines: line, 1-based), or
    ``(number, problem)`` for a row that cannot be read (``file#row``); ``problems``:
    the file's own warnings. Raises :class:`InputError` when the whole file is
    unreadable (not decodable, no ``text`` column), ``OSError`` or ``csv.Error``."""
    lines, encoding, notes, size = _table_lines(path)
    problems = [Problem(str(path), note) for note in notes]
    if path.suffix.lower() != ".csv":
        return _jsonl_rows(path, lines), problems, encoding
    header = next(lines, "")
    # The csv module refuses fields over 128 KiB by default; a long article is one field.
    csv.field_size_limit(max(csv.field_size_limit(), size + 1))
    # strict: a quote never closed is an error at the end of the file, not one field
    # that silently takes in every row after it (and text after a closing quote, which
    # the lenient reader drops the quote of, is an error of that row).
    reader = csv.DictReader(itertools.chain([header], lines), delimiter=_delimiter(header),
                            strict=True)
    if reader.fieldnames is not None and "text" not in reader.fieldnames:
        raise InputError(f"{path}: has no 'text' column "
                         f"(columns: {', '.join(reader.fieldnames)})")
    return _csv_rows(path, reader), problems, encoding


def _csv_rows(path: Path, reader: csv.DictReader) -> Iterator[tuple[int, dict | Problem]]:
    i = 0
    while True:
        i += 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield i, Problem(f"{path}#{i}", _csv_error(exc))
            continue
        if None in row:
            # DictReader puts fields past the header's under None: the text of the row
            # was cut at an unquoted separator, and the rest would be lost.
            yield i, Problem(f"{path}#{i}", f"{WARNING}{len(row[None])} more field(s) "
                             "than the header: a separator inside the text is not quoted, "
                             "so the text is cut there")
        yield i, row


def _csv_error(exc: csv.Error) -> str:
    """The reason a CSV row cannot be read, in the user's terms."""
    if "unexpected end of data" in str(exc):
        return ("a quoted field opened in this row is never closed, so the rest of the "
                "file would be one text: this row and any after it are not read (close "
                'the quote; a quote inside a quoted text is written twice: "")')
    if "expected after" in str(exc):
        return ('not a CSV row (text after a closing quote; a quote inside a quoted text '
                'is written twice: "")')
    return f"not a CSV row ({exc})"


def _jsonl_rows(path: Path, lines: Iterator[str]) -> Iterator[tuple[int, dict | Problem]]:
    for i, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield i, Problem(f"{path}#{i}", f"line {i} is not JSON ({exc.msg})")
            continue
        if not isinstance(obj, dict):
            yield i, Problem(f"{path}#{i}", f"line {i} is {_json_kind(obj)}, not a JSON object")
        elif "text" not in obj:
            yield i, Problem(f"{path}#{i}", "has no 'text' field (fields: "
                             f"{', '.join(map(str, obj))})")
        else:
            yield i, obj


def read_table_file(path: str | os.PathLike, problems: list[Problem] | None = None
                    ) -> Iterator[Document]:
    """Read a CSV or JSON Lines corpus: one article per row, yielded as it is read (a
    UTF-8 file is read a line at a time: :func:`_table_lines`).

    Columns: ``text`` (required), optional ``id``, ``title``, ``outlet``, ``date``,
    ``language``, ``country``. A row without an id gets ``<file stem>-<row>``: the data
    row (1-based) of a CSV file, the line (1-based) of a JSON Lines file. The problems
    are appended to ``problems`` as they are met: a row that cannot be read (not JSON,
    not an object, a NUL character in a cell, an empty text) is one problem
    ``file#row`` and the other rows are read; a file that cannot be read at all is one
    problem naming it. Raises nothing for bad input.
    """
    path = Path(path)
    problems = [] if problems is None else problems
    try:
        rows, notes, encoding = _table_rows(path)
        problems.extend(notes)
        # "No articles" only when neither a row nor a reason why none was read is found.
        found = any(not p.reason.startswith(WARNING) for p in notes)
        for i, row in rows:
            if isinstance(row, Problem):
                problems.append(row)
                found = found or not row.reason.startswith(WARNING)
                continue
            found = True
            doc = _row_document(path, i, row, encoding, problems)
            if doc is not None:
                yield doc
    except InputError as exc:
        problems.append(Problem(str(path), str(exc).split(": ", 1)[-1]))
        return
    except (OSError, csv.Error) as exc:
        problems.append(Problem(str(path), f"cannot be read ({exc})"))
        return
    except UnicodeDecodeError as exc:
        # Checked as UTF-8 throughout before its rows were read: it changed since.
        problems.append(Problem(str(path), f"changed while it was read: no longer UTF-8 "
                                f"({exc.reason}); the rows after that point are not read"))
        return
    if not found:
        problems.append(Problem(str(path), "has a header row but no rows: no articles"))


def _row_document(path: Path, i: int, row: dict, encoding: str,
                  problems: list[Problem]) -> Document | None:
    # One row of a table file as a Document, or None with its problem recorded.
    source = f"{path}#{i}"
    nul = next((k for k, v in row.items() if isinstance(v, str) and "\0" in v), None)
    if nul is not None:
        # NUL is no character of a text article (binary data pasted into a cell).
        problems.append(Problem(source, f"a NUL character in column {nul!r}; "
                                "the row is skipped"))
        return None
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        problems.append(Problem(source, "empty text"))
        return None
    doc_id = row.get("id")
    if isinstance(doc_id, (dict, list)):
        problems.append(Problem(source, f"the id is {_json_kind(doc_id)}, not text"))
        return None
    doc_id = str(doc_id if doc_id not in (None, "") else f"{path.stem}-{i}")
    meta = _meta_fields(row, source, "", problems)
    return Document(doc_id, text, source, encoding, meta)


def _utf8_json(data: bytes) -> str | None:
    """``data`` decoded as UTF-8 if it is a non-empty UTF-8 text, else None. JSON is
    UTF-8 (RFC 8259), and a valid one may hold no letter at all (``{}``): the article
    checks of :func:`decode_bytes` are for an empty file and other encodings only."""
    if not data.strip():
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def _folder_metadata(folder: Path) -> tuple[dict[str, dict], list[Problem]]:
    """``({file name: metadata}, problems)`` of the folder's ``metadata.json``.

    A file that cannot be read or is not JSON, or whose top level is not an object, is
    one problem and gives no metadata; an entry that is not an object is one problem
    and that file is read without metadata; a field whose value is a list or object is
    dropped with a warning; numbers and booleans become text. Articles are read either
    way (the message says so).
    """
    meta_path = folder / METADATA_FILE
    if not meta_path.is_file():
        return {}, []
    try:
        data = meta_path.read_bytes()
        text = _utf8_json(data)
        if text is None:
            text, _ = decode_bytes(data, str(meta_path))
        meta = json.loads(text)
    except OSError as exc:
        return {}, [Problem(str(meta_path), f"cannot be read ({exc.strerror or exc}); "
                            "the folder's articles are read without metadata")]
    except InputError as exc:
        return {}, [Problem(str(meta_path), str(exc).split(": ", 1)[-1] +
                            "; the folder's articles are read without metadata")]
    except json.JSONDecodeError as exc:
        return {}, [Problem(str(meta_path), f"not valid JSON ({exc.msg} at line "
                            f"{exc.lineno}, column {exc.colno}); the folder's articles are "
                            "read without metadata")]
    if not isinstance(meta, dict):
        return {}, [Problem(str(meta_path), "must be a JSON object keyed by file name, not "
                            f"{_json_kind(meta)}; the folder's articles are read without "
                            "metadata")]
    out, problems = {}, []
    for name, entry in meta.items():
        if not isinstance(entry, dict):
            problems.append(Problem(str(meta_path), f"the entry for {name!r} is "
                                    f"{_json_kind(entry)}, not an object; that file is read "
                                    "without metadata"))
            continue
        fields = {k: v for k, v in entry.items() if k not in METADATA_FIELDS}  # e.g. a note
        fields.update(_meta_fields(entry, str(meta_path), f" of {name!r}", problems))
        out[name] = fields
    return out, problems


def _meta_fields(entry: dict, source: str, where: str, problems: list) -> dict:
    """The :data:`METADATA_FIELDS` of a JSON object or CSV row as text: empty ones left
    out, numbers and booleans written as JSON, a list or object dropped with a warning
    (``source``: the file or row; ``where``: which entry, for the message)."""
    fields = {}
    for k in METADATA_FIELDS:
        v = entry.get(k)
        if isinstance(v, (dict, list)):
            problems.append(Problem(source, f"{WARNING}{k!r}{where} is {_json_kind(v)}, "
                                    "not text; the field is ignored"))
        elif v is not None and v != "":
            fields[k] = v if isinstance(v, str) else json.dumps(v)
    return fields


def _json_kind(value) -> str:
    """How JSON names the type of a parsed value: 'a string', 'a list', …"""
    return {str: "a string", list: "a list", dict: "an object", bool: "a boolean",
            type(None): "null", int: "a number", float: "a number"}[type(value)]


#: File name endings read as articles (a .txt article, a CSV or JSON Lines corpus).
CORPUS_SUFFIXES = (".txt", ".csv", ".jsonl")


def _corpus_files(root: Path, suffixes: tuple[str, ...] = CORPUS_SUFFIXES
                  ) -> tuple[list[Path], list[Problem]]:
    """``(files, problems)`` under the folder ``root``: the regular files whose names end
    in ``suffixes`` (lower case; :data:`CORPUS_SUFFIXES` and the formats of
    :mod:`khabar.formats`), sorted, outside hidden folders (``.name``) and khabar's
    output folders (:func:`is_khabar_output_folder`), not hidden themselves, and not
    khabar's own tables (:func:`is_khabar_output`). A file of a document format khabar
    does not read (:data:`OTHER_DOCUMENTS`: .doc, .rtf, .xlsx …) is a problem saying
    what to save it as; other files (images, scripts) are passed over. Nothing else is
    skipped without a message: a folder that cannot be listed, a
    broken or looping symbolic link, a link to a folder (not followed: links may loop)
    and a FIFO or device named like an article are each a problem."""
    files: list[Path] = []
    problems: list[Problem] = []

    def unreadable(exc: OSError) -> None:
        problems.append(Problem(str(exc.filename or root), "the folder cannot be read "
                                f"({exc.strerror or exc}); its articles are skipped"))

    for folder, subfolders, names in os.walk(root, onerror=unreadable):
        subfolders[:] = [d for d in subfolders if not d.startswith(".")
                         and not is_khabar_output_folder(Path(folder), d)]
        for d in subfolders:
            if os.path.islink(os.path.join(folder, d)):
                problems.append(Problem(os.path.join(folder, d), "a symbolic link to a "
                                        "folder, not followed (links can loop)"))
        for name in names:
            if name.startswith("."):
                continue
            if not name.lower().endswith(suffixes):
                hint = _other_document(name)
                if hint:
                    problems.append(Problem(os.path.join(folder, name), hint))
                continue
            f = os.path.join(folder, name)
            try:
                mode = os.stat(f).st_mode
            except OSError as exc:
                problems.append(Problem(f, _stat_failure(f, exc)))
                continue
            if not stat.S_ISREG(mode):
                problems.append(Problem(f, "not a regular file (a FIFO, socket or device)"))
                continue
            if is_khabar_output(Path(f)):       # khabar's own tables, not articles
                continue
            files.append(Path(f))
    return sorted(files), problems


#: Document formats people keep articles in that khabar does not read, and what to do:
#: a file of these is one problem, where any other file (images, a saved page's
#: scripts and styles) is passed over without a word.
OTHER_DOCUMENTS = {
    ".doc": "a Word 97-2003 file, which khabar does not read: save it as .docx",
    ".rtf": "a Rich Text file, which khabar does not read: save it as .docx or .txt",
    ".odt": "an OpenDocument text, which khabar does not read: save it as .docx or .txt",
    ".pages": "a Pages file, which khabar does not read: export it as .docx or .txt",
    ".xlsx": "a spreadsheet, which khabar does not read: save the sheet as CSV (UTF-8) "
             "with a 'text' column",
    ".xls": "a spreadsheet, which khabar does not read: save the sheet as CSV (UTF-8) "
            "with a 'text' column",
    ".ods": "a spreadsheet, which khabar does not read: save the sheet as CSV (UTF-8) "
            "with a 'text' column",
    ".json": "a JSON file, which khabar does not read: write one article object per line "
             "as JSON Lines (.jsonl)",
    ".md": "a Markdown file, which khabar does not read: rename it .txt to read it as "
           "plain text",
    ".epub": "an e-book, which khabar does not read: save its text as .txt",
    ".tsv": "a tab-separated file: rename it .csv (khabar finds the tab by its header's "
            "'text' column)",
}


def readable_kinds() -> str:
    """The file suffixes khabar reads as articles, as a phrase for a message."""
    from .. import formats

    kinds = [*CORPUS_SUFFIXES, *formats.SUFFIXES]
    return ", ".join(kinds[:-1]) + " or " + kinds[-1] + " files"


def _other_document(name: str) -> str | None:
    """Why a file of a document format khabar does not read is skipped, or None."""
    if name == METADATA_FILE:
        return None
    hint = OTHER_DOCUMENTS.get(os.path.splitext(name)[1].lower())
    return hint


def _one_name_per_file(files: list[Path], anchor: Path, problems: list[Problem]
                       ) -> list[Path]:
    """``files`` (sorted) with one name per file: a file reached by two names (a
    symbolic link to an article of the corpus, two links to one file, hard links), the
    same ``(st_dev, st_ino)``, would be read twice and count twice. The name kept is the
    file's own over a symbolic link to it, else the first in sorted order; each other
    name is a problem naming both (``anchor``: what the names are shown relative to).
    The choice does not depend on which links exist, so adding or removing a link to
    an article changes no article's row, only ``problems``."""
    by_file: dict[tuple[int, int], list[Path]] = {}
    for f in files:
        try:
            st = os.stat(f)
        except OSError:      # gone since it was listed: reading it reports why
            by_file[(-1, len(by_file))] = [f]
            continue
        by_file.setdefault((st.st_dev, st.st_ino), []).append(f)
    kept, again = [], []
    for names in by_file.values():
        if len(names) == 1:
            kept.append(names[0])
            continue
        first = min(names, key=lambda f: (os.path.islink(f), f))
        kept.append(first)
        shown = printable(_relative(str(first), anchor))
        again += [Problem(str(f), (f"a symbolic link to {shown}" if os.path.islink(f) else
                                   f"the same file as {shown} (a hard link)")
                          + ", which is read; each file is read once")
                  for f in names if f != first]
    problems.extend(sorted(again, key=lambda p: p.source))
    return sorted(kept)


def _stat_failure(path: str, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "a symbolic link loop (following the link leads back to it)"
    if os.path.islink(path) and exc.errno == errno.ENOENT:
        return f"a broken symbolic link (its target {os.readlink(path)!r} does not exist)"
    return f"cannot be read ({exc.strerror or exc})"


def _khabar_table_set(folder: Path) -> bool:
    try:
        with open(folder / "manifest.json", encoding="utf-8") as fh:
            return str(json.load(fh).get("format", "")).startswith("khabar-tables/")
    except (OSError, ValueError, AttributeError):
        return False


#: The folders a run writes into its output folder (``khabar run --out OUT``).
OUTPUT_FOLDERS = ("data", "figures", "reports")


def is_khabar_output_folder(parent: Path, name: str) -> bool:
    """Whether the folder ``parent/name`` is khabar's output, never read as articles
    even when the output folder is the articles folder or inside it: a khabar table set
    (a ``manifest.json`` of :mod:`khabar.store`, with its ``texts/``), or ``figures`` or
    ``reports`` beside one (``parent`` is then an output folder: ``khabar run --out
    parent``). Those hold the analysed texts, the figures' PDFs and the report, which
    would otherwise be read back as articles by the next run. A folder of the user's
    named ``data``, ``figures`` or ``reports`` is read like any other until khabar
    writes a table set beside it (or into it: do not make the articles folder the
    output folder when it holds a ``data`` folder of articles)."""
    if _khabar_table_set(parent / name):
        return True
    return name in OUTPUT_FOLDERS[1:] and _khabar_table_set(parent / OUTPUT_FOLDERS[0])


def is_khabar_output(path: Path) -> bool:
    """Whether ``path`` is a table khabar wrote, never an article (output written inside
    the input folder is not read back): any file in a folder holding a khabar
    ``manifest.json`` (:mod:`khabar.store`), or a CSV whose header starts with the
    columns of a khabar table (:data:`khabar.schema.CONTRACT`; sets written before
    manifests). Staging folders are hidden, and hidden folders are never read."""
    from ..schema import CONTRACT

    if _khabar_table_set(path.parent):
        return True
    if path.suffix.lower() != ".csv" or path.stem not in CONTRACT:
        return False
    try:
        with open(path, encoding="utf-8-sig", errors="replace", newline="") as fh:
            header = fh.readline(4096).rstrip("\r\n")
    except OSError:
        return False
    contract = ",".join(CONTRACT[path.stem])
    return header == contract or header.startswith(contract + ",")


def read_corpus(path: str | os.PathLike, limit: int | None = None, defer: bool = False,
                spool: TextSpool | None = None) -> tuple[list[Document], list[Problem]]:
    """Read every article under ``path``.

    ``path`` is a folder (``.txt``, ``.csv`` and ``.jsonl`` files, and the saved pages,
    Word files and PDFs of :data:`khabar.formats.SUFFIXES`, recursively, in sorted
    order; a ``metadata.json`` in a folder gives title/language/outlet/date per file
    name), or one such file. ``limit``: at most that many documents, reading stops once
    they are read (a preview of a large corpus: the first files in that order, the
    first rows of a table file). ``defer``: each plain-text article is let go once
    read, checked and hashed, and comes back as a :class:`DeferredDocument` for
    :func:`read_deferred` to read again where it is analysed; with a ``spool``
    (:class:`khabar.io.spool.TextSpool`) so does every other article (rows of CSV and
    JSON Lines files, pages, Word files, PDFs), its text written to the spool, which is
    flushed before this returns (memory then holds no corpus-sized text: a UTF-8 CSV
    or JSON Lines file is read a row at a time, a table file in another encoding is
    decoded whole while it is read); without one those stay :class:`Document`. A
    file reached by two names in the folder (a symbolic link to one of its articles,
    hard links) is read once, as itself or the first name in
    sorted order, and each other name is a problem naming the one read
    (:func:`_one_name_per_file`); a link to a file read under no other name is read
    as an article. Returns ``(documents, problems)``; never raises for bad input.
    Raises :class:`InputError` only if ``path`` does not exist.
    """
    from .. import formats   # .html/.mhtml/.docx/.pdf readers (imports this module)

    article_suffixes = (".txt", *formats.SUFFIXES)
    root = Path(path)
    if not root.exists():
        raise InputError(f"{root}: no such file or folder")
    if not root.is_file() and not root.is_dir():
        raise InputError(f"{root}: not a regular file or a folder (a FIFO, socket or device)")
    docs: list[Document] = []
    problems: list[Problem] = []
    base = root.parent if root.is_file() else root
    anchor = base.resolve().parent if root.is_dir() else base.resolve()
    if root.is_file():
        files = named = [root]
        if not root.name.lower().endswith((*article_suffixes, ".csv", ".jsonl")):
            reason = _other_document(root.name) or (
                "not a kind of file khabar reads: articles are " + readable_kinds())
            return [], [Problem(printable(_relative(str(root), anchor)), reason)]
    else:
        named, problems = _corpus_files(root, (*article_suffixes, ".csv", ".jsonl"))
        files = _one_name_per_file(named, anchor, problems)
    meta_cache: dict[Path, dict] = {}
    for f in files:
        if limit is not None and len(docs) >= limit:
            break
        if f.suffix.lower() in article_suffixes:
            if f.parent not in meta_cache:
                meta_cache[f.parent], meta_problems = _folder_metadata(f.parent)
                problems.extend(meta_problems)
            folder_meta = meta_cache[f.parent]
            meta = folder_meta.get(f.name, {})
            notes: list[str] = []
            try:
                doc = formats.read_file(f, _doc_id(f, base), meta, notes)
            except InputError as exc:
                problems.append(Problem(str(f), str(exc).split(": ", 1)[-1]))
                continue
            problems.extend(Problem(str(f), note) for note in notes)
            if defer and f.suffix.lower() not in formats.SUFFIXES:
                doc = _let_go(doc, problems, partial(_deferred, path=f, read_meta=meta))
            elif defer and spool is not None:
                doc = _let_go(doc, problems, partial(spool.defer, read_meta=meta))
            if doc is None:
                continue
            docs.append(doc)
        else:
            if f.parent not in meta_cache:
                meta_cache[f.parent], meta_problems = _folder_metadata(f.parent)
                problems.extend(meta_problems)
            defaults = _file_defaults(meta_cache[f.parent].get(f.name, {}))
            # Row by row: with a spool, each row's text goes to it as soon as it is read,
            # so a table file of any size holds one row in memory.
            for doc in read_table_file(f, problems):
                doc = replace(doc, meta={**defaults, **doc.meta}) if defaults else doc
                if defer and spool is not None:
                    doc = _let_go(doc, problems, spool.defer)
                if doc is not None:
                    docs.append(doc)
                if limit is not None and len(docs) >= limit:
                    break
    if spool is not None:
        spool.flush()
    problems.extend(_unmatched_metadata(meta_cache, named))
    # Sources relative to the folder that holds the corpus (seeds/x.txt, not /home/…):
    # no local paths leak into shared tables, and the same articles give the same bytes
    # wherever they are.
    docs = [replace(d, source=_relative(d.source, anchor)) for d in docs]
    problems = [Problem(printable(_relative(p.source, anchor)), p.reason) for p in problems]
    return _unique(_writable(docs, problems), problems)[:limit], problems


def _file_defaults(entry: dict) -> dict:
    """The fields of a CSV or JSON Lines file's ``metadata.json`` entry that are the
    default of each row that leaves them empty (one outlet's export: its outlet, country
    and language for every row); the entry's ``title`` is a file's, not each article's,
    and is not given to the rows."""
    return {k: v for k, v in entry.items() if k != "title"}


def _unmatched_metadata(meta_cache: dict[Path, dict], files: list[Path]) -> list[Problem]:
    """A warning for each ``metadata.json`` entry that names no article file of its
    folder (a typo, a file renamed since, or a path where a file name is meant): its
    fields would otherwise be lost without a word."""
    names: dict[Path, set[str]] = {}
    for f in files:
        names.setdefault(f.parent, set()).add(f.name)
    return [Problem(str(folder / METADATA_FILE),
                    f"{WARNING}the entry {name!r} names no article file in this folder "
                    "(entries are file names beside metadata.json); it is ignored")
            for folder, meta in meta_cache.items() for name in meta
            if name not in names.get(folder, set())]


def _deferred(doc: Document, path: Path, read_meta: dict) -> DeferredDocument:
    return DeferredDocument(doc.doc_id, doc.source, doc.encoding, doc.meta,
                            str(path.absolute()), dict(read_meta), len(doc.text),
                            text_sha256(doc))


def _let_go(doc: Document, problems: list[Problem], defer) -> DeferredDocument | None:
    """``defer(doc)``: the document let go of its text (read again from its file, or
    from a spool); None, and the problem recorded, if its text holds what no table can
    (what :func:`_writable` would find, checked now while the text is in hand)."""
    bad = _text_problem(doc)
    if bad is not None:
        problems.append(bad)
        return None
    return defer(doc)


def read_deferred(doc: Document | DeferredDocument) -> Document:
    """The :class:`Document` of a :class:`DeferredDocument` (a :class:`Document` is
    returned as it is): its file read again as :func:`read_corpus` read it. Raises
    :class:`InputError` naming the document's source if the file cannot be read now or
    no longer holds the same text (changed while the corpus was being analysed). A
    text held in a spool is read from there (:func:`khabar.io.spool.read_spooled`)."""
    if not isinstance(doc, DeferredDocument):
        return doc
    if doc.offset >= 0:
        return read_spooled(doc)
    try:
        again = read_text_file(doc.path, doc.doc_id, doc.read_meta)
    except InputError as exc:
        raise InputError(f"{doc.source}: {str(exc).split(': ', 1)[-1]}") from None
    again = _clean_meta(replace(again, source=doc.source), [])
    if (len(again.text), text_sha256(again), again.encoding, again.meta) != (
            doc.chars, doc.text_sha256, doc.encoding, doc.meta):
        raise InputError(f"{doc.source}: the file changed while the corpus was being "
                         "analysed (its text is not the text read first); run again")
    return again


def _writable(docs: list[Document], problems: list[Problem]) -> list[Document]:
    """The documents a UTF-8 table can hold; a name or text that it cannot (a lone
    surrogate) is one problem, not a crash when the tables are written."""
    clean = []
    for d in docs:
        bad = _unencodable(d)
        if bad:
            problems.append(bad)
        else:
            clean.append(_clean_meta(d, problems))
    return clean


def _unique(docs: list[Document], problems: list[Problem]) -> list[Document]:
    """One document per doc_id. A later document with an id already read is a copy when
    its text is the same (skipped, a problem naming the first); with another text it is
    another article (two outlets' CSV files both numbering rows 1, 2, 3; a made-up row
    id ``a-1`` meeting a file ``a-1.txt``), read under the id qualified by its file's
    name, ``FILE/ID``, with a warning (the stem, else the file's whole name when files of
    one stem meet: ``x.docx/x``, else numbered ``x.docx/x~2``), or skipped if all those
    ids are taken too."""
    taken = {d.doc_id for d in docs}
    unique: dict[str, Document] = {}
    for d in docs:
        first = unique.get(d.doc_id)
        if first is None:
            unique[d.doc_id] = d
            continue
        if text_sha256(first) == text_sha256(d):
            problems.append(Problem(d.source, f"a copy of {first.source} (the same id "
                                    f"{d.doc_id!r} and the same text); skipped"))
            continue
        # FILE/ID by the file's stem (b/1), else by its whole name (x.docx/x: x.txt,
        # x.docx and x.html of one folder share the stem), else numbered
        path = Path(d.source.partition('#')[0])
        qualified = next((q for q in (f"{path.stem}/{d.doc_id}", f"{path.name}/{d.doc_id}",
                                      *(f"{path.name}/{d.doc_id}~{i}" for i in range(2, 100)))
                          if q not in taken), None)
        if qualified is None:
            problems.append(Problem(d.source, f"duplicate document id {d.doc_id!r} (also "
                                    f"{first.source}, with another text); skipped"))
            continue
        taken.add(qualified)
        problems.append(Problem(d.source, f"{WARNING}the id {d.doc_id!r} is also "
                                f"{first.source}'s, with another text; read as {qualified!r}"))
        unique[qualified] = replace(d, doc_id=qualified)
    return list(unique.values())


def _relative(source: str, anchor: Path) -> str:
    path, sep, row = source.partition("#")
    try:
        # The folder resolved, not the file: a link is named as itself (and a looping
        # or broken link cannot be resolved).
        p = Path(path)
        path = (p.parent.resolve() / p.name).relative_to(anchor).as_posix()
    except (ValueError, OSError, RuntimeError):
        pass
    return path + sep + row
