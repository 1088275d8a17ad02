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
"""
from __future__ import annotations

import codecs
import csv
import errno
import io
import json
import os
import re
import stat
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

import charset_normalizer
import numpy as np
import pandas as pd

#: Encodings khabar reads besides UTF-8 and UTF-16 with a BOM. Arabic news text arrives
#: as UTF-8 (with or without BOM), UTF-16 and Windows-1256 (older Arabic sites and Excel
#: exports; docs/arabic.md, *Reading files*); ISO-8859-6 is the other legacy Arabic code page;
#: Windows-1252 (a superset of Latin-1's letters) is there so that a Latin-script file
#: is not read as Windows-1256 (l'Élysée as l'ةlysée). charset-normalizer chooses among
#: the single-byte ones; UTF-16 without a BOM is recognised by it too.
CANDIDATE_ENCODINGS = ["cp1256", "iso8859_6", "cp1252"]
UTF16_WITHOUT_BOM = ["utf_16_le", "utf_16_be"]

#: Name of the optional per-folder metadata file (JSON object keyed by file name).
METADATA_FILE = "metadata.json"

METADATA_FIELDS = ("title", "language", "outlet", "date", "country")  # country: docs/money.md


class InputError(Exception):
    """A file or row that cannot be read as an article; the message names it and why."""


@dataclass(frozen=True)
class Document:
    """One article.

    ``text`` is the article as read (decoded, BOM removed, nothing else changed);
    ``encoding`` is the codec used to decode it (Python codec name, e.g. ``utf-8``,
    ``utf-16``, ``cp1256``); ``meta`` holds title, language, outlet and date (ISO 8601)
    where known.
    """

    doc_id: str
    text: str
    source: str
    encoding: str
    meta: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Problem:
    """An input that could not be read: ``source`` (file, or file#row) and ``reason``."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


#: A problem whose reason starts with this was read anyway (e.g. a few invalid bytes
#: replaced); any other problem's file or row was skipped.
WARNING = "warning: "


def printable(s: str) -> str:
    """``s`` safe to print on a terminal and to encode as UTF-8: every character that is
    not printable (C0/C1 controls such as ESC, DEL, bidi and other format controls, line
    separators) and every lone surrogate is written as a Python escape (``\\x1b``,
    ``\\u202e``); a byte of a file name that is not UTF-8 (which Python holds as a
    surrogate escape, U+DC80–U+DCFF) as ``\\xNN``, the byte itself. Arabic, Latin and
    other printable text and the space are unchanged. Input and output are ``str``."""
    if s.isprintable():
        return s
    return "".join(c if c.isprintable() else _escape(c) for c in s)


def _escape(c: str) -> str:
    cp = ord(c)
    if 0xDC80 <= cp <= 0xDCFF:                     # surrogateescape of one byte
        return f"\\x{cp - 0xDC00:02x}"
    if cp < 0x100:
        return f"\\x{cp:02x}"
    return f"\\u{cp:04x}" if cp < 0x10000 else f"\\U{cp:08x}"


def describe_problem(source: str, reason: str) -> str:
    """One line for a reading problem, for a terminal: ``skipped SOURCE: REASON``, or
    ``warning: SOURCE: REASON`` for one read anyway (reason starting with
    :data:`WARNING`); file names and reasons escaped by :func:`printable`."""
    if reason.startswith(WARNING):
        return f"warning: {printable(source)}: {printable(reason[len(WARNING):])}"
    return f"skipped {printable(source)}: {printable(reason)}"


_SURROGATE = re.compile("[\ud800-\udfff]")


def _unencodable(doc: Document) -> Problem | None:
    """A problem for a document that holds a lone surrogate, which no UTF-8 table can
    hold: in its file name (a name that is not UTF-8: Python keeps the bytes as
    surrogate escapes) or id, or in its text (a JSON ``\\ud800`` escape). None if clean."""
    if _SURROGATE.search(doc.source) or _SURROGATE.search(doc.doc_id):
        what = "file name" if _SURROGATE.search(doc.source.partition("#")[0]) else "id"
        return Problem(printable(doc.source), f"the {what} is not valid UTF-8 (shown with "
                       f"escapes: {printable(doc.doc_id)!s}); rename it to read the article")
    m = _SURROGATE.search(doc.text)
    if m:
        return Problem(doc.source, f"the text holds a lone surrogate "
                       f"({printable(m.group())}) at character {m.start()}: not valid "
                       "Unicode (a broken \\u escape in JSON?)")
    return None


def _clean_meta(doc: Document, problems: list) -> Document:
    """``doc`` without metadata values that hold a lone surrogate (each a warning)."""
    bad = [k for k, v in doc.meta.items() if isinstance(v, str) and _SURROGATE.search(v)]
    for k in bad:
        problems.append(Problem(doc.source, f"{WARNING}metadata {k!r} holds a lone "
                                f"surrogate ({printable(doc.meta[k])}); the field is ignored"))
    return replace(doc, meta={k: v for k, v in doc.meta.items() if k not in bad}) if bad else doc


# --------------------------------------------------------------------------- decoding

_BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
]


def decode_bytes(data: bytes, source: str = "<bytes>", allow_nul: bool = False,
                 notes: list[str] | None = None) -> tuple[str, str]:
    """Decode an article's bytes; return ``(text, encoding)``, ``encoding`` a Python
    codec name (``utf-8``, ``utf-8-sig``, ``utf-16``, ``utf-16-le``, ``cp1256``, …).

    1. A BOM decides first (UTF-8, UTF-16 LE/BE).
    2. NUL bytes: UTF-16 without a BOM if charset-normalizer finds a plausible reading
       among :data:`UTF16_WITHOUT_BOM`; else binary data (unless ``allow_nul``: a table
       file checks its cells itself).
    3. Strict UTF-8.
    4. UTF-8 with a few invalid bytes: if there is at most one invalid byte per ten
       valid multi-byte characters (a stray byte in a UTF-8 article, not a legacy code
       page, where nearly every non-ASCII byte is invalid UTF-8), each run of invalid
       bytes becomes one U+FFFD and a warning naming the byte offsets is appended to
       ``notes``.
    5. charset-normalizer among :data:`CANDIDATE_ENCODINGS`; its readings are tried in
       its order, and one that fails :func:`check_plausible` or mixes an Arabic letter
       into a Latin word (mojibake) is never used while another reading is clean.

    Raises :class:`InputError` naming ``source`` for an empty file, binary data, bytes no
    candidate decodes and text that decodes to nonsense (:func:`check_plausible`).
    """
    if not data.strip():
        raise InputError(f"{source}: the file is empty")
    text = encoding = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                if codec == "utf-8-sig":
                    text = _utf8_with_replacements(data, 3, source, notes)
                if text is None:
                    raise InputError(f"{source}: starts with a {codec} byte-order mark "
                                     f"but is not valid {codec} ({exc.reason} at byte "
                                     f"offset {exc.start})") from None
            encoding = "utf-16" if codec == "utf-16" else "utf-8-sig"
            break
    if text is None and b"\x00" in data:
        text, encoding = _best_reading(data, UTF16_WITHOUT_BOM, source)
        if text is None and not allow_nul:
            raise InputError(f"{source}: binary data (NUL bytes), not a text article")
    if text is None:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            text, encoding = _utf8_with_replacements(data, 0, source, notes), "utf-8"
            if text is None:
                text, encoding = _best_reading(data, CANDIDATE_ENCODINGS, source)
            if text is None:
                raise InputError(f"{source}: not UTF-8 (the first invalid byte is at byte "
                                 f"offset {exc.start}), UTF-16 or a code page khabar reads "
                                 "(Windows-1256, ISO-8859-6, Windows-1252)") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    check_plausible(text, source)
    return text, encoding


_BAD_BYTES = re.compile("[\udc80-\udcff]+")     # invalid UTF-8 under surrogateescape
_NON_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")
_SHOWN_OFFSETS = 5


def _utf8_with_replacements(data: bytes, skip: int, source: str,
                            notes: list[str] | None) -> str | None:
    """``data[skip:]`` as UTF-8 with each run of invalid bytes replaced by one U+FFFD,
    if the invalid bytes are few (see :func:`decode_bytes`); else None. Appends a
    warning with the runs' byte offsets (into ``data``) and character offsets (into the
    returned text) to ``notes``."""
    escaped = data[skip:].decode("utf-8", "surrogateescape")
    runs = list(_BAD_BYTES.finditer(escaped))
    # At most one invalid byte per ten valid multi-byte characters: a legacy code page
    # (Windows-1256) gives a few valid pairs by chance (ع، reads as ڡ) among hundreds
    # of invalid bytes.
    bad = sum(len(m.group()) for m in runs)
    if not runs or 10 * bad > len(_NON_ASCII.findall(escaped)):
        return None
    byte_at, char_at, prev, removed = [], [], 0, 0
    byte_pos = skip
    for m in runs:
        byte_pos += len(escaped[prev:m.start()].encode("utf-8", "surrogateescape"))
        byte_at.append(byte_pos)
        char_at.append(m.start() - removed)
        byte_pos += len(m.group())
        removed += len(m.group()) - 1
        prev = m.end()
    if notes is not None:
        more = ", …" if len(runs) > _SHOWN_OFFSETS else ""
        shown = lambda xs: ", ".join(map(str, xs[:_SHOWN_OFFSETS])) + more  # noqa: E731
        notes.append(f"{WARNING}{len(runs)} run(s) of bytes that are not valid UTF-8, at "
                     f"byte offset(s) {shown(byte_at)}; each is read as one U+FFFD "
                     f"(character offset(s) {shown(char_at)}), the rest as UTF-8")
    return _BAD_BYTES.sub("\ufffd", escaped)


def _decode_or_none(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


# An Arabic letter written against a Latin one inside a word: what a Latin-script text
# read with an Arabic code page looks like (l'ةlysée), and not how Arabic text is typed.
_MIXED_WORD = re.compile("[A-Za-z\u00C0-\u024F][\u0621-\u064A]"
                         "|[\u0621-\u064A][A-Za-z\u00C0-\u024F]")


def _best_reading(data: bytes, encodings: list[str], source: str
                  ) -> tuple[str | None, str | None]:
    """``(text, codec name)`` of charset-normalizer's first reading of ``data`` among
    ``encodings`` that passes :func:`check_plausible`, preferring fewer mixed-script
    words and more Arabic or basic Latin letters; ``(None, None)`` if none passes."""
    best = None
    readings = [(m.encoding, str(m)) for m in
                charset_normalizer.from_bytes(data, cp_isolation=encodings)]
    if not readings:
        # charset-normalizer gives up on a few bytes (“من, three of them): each candidate
        # is tried as it is, under the same checks.
        readings = [(enc, _decode_or_none(data, enc)) for enc in encodings]
    for rank, (name, text) in enumerate(readings):
        if text is None:
            continue
        try:
            check_plausible(text.lstrip("\ufeff"), source)
        except InputError:
            continue
        # Fewest mixed-script words, then most letters Arabic or basic Latin (a short
        # Windows-1256 text read as Windows-1252 gives Ýí), then charset-normalizer's order.
        sample = text[:_SAMPLE]
        letters = len(_LETTER.findall(sample))
        known = len(_ARABIC_LETTER.findall(sample)) + len(_LATIN_LETTER.findall(sample))
        share = min(1.0, round(known / max(letters, 1), 3))   # harakat count as Arabic
        key = (len(_MIXED_WORD.findall(text)), -share, rank)
        if best is None or key < best[0]:
            best = (key, text, codecs.lookup(name).name)
    return (None, None) if best is None else best[1:]


# Letters of scripts an Arabic article may contain; anything else in bulk is mojibake.
_ARABIC_LETTER = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_LETTER = re.compile(r"[^\W\d_]")
_WORD_CHAR = re.compile(r"[^\W_\u0640]")   # a letter or digit (not harakat, not tatweel)
_SAMPLE = 4000   # characters read by the script checks of check_plausible
_C0_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_C1_CONTROL = re.compile(r"[\x80-\x9f]")


def check_plausible(text: str, source: str = "<text>") -> None:
    """Raise :class:`InputError` if ``text`` does not look like a decoded article.

    Rules: at least one letter or digit (a file of harakat or punctuation alone is not
    an article); no U+FFFD replacement characters in bulk (more than 1 % of characters); in
    the first 4,000 characters, no more than 5 % C0 control characters (binary data), no
    more than 1 % C1 controls, and at least 30 % of letters Arabic or basic Latin
    (mojibake of Arabic read as Latin-1/CP1252 gives letters like ÇáÚÑÈíÉ and C1
    controls).
    """
    n = len(text)
    if n == 0 or not text.strip():
        raise InputError(f"{source}: the file is empty")
    if not _WORD_CHAR.search(text):
        # Only harakat, tatweel, punctuation or symbols: nothing to tokenise as a word.
        raise InputError(f"{source}: has no letters or digits (only marks, punctuation "
                         "or symbols), not an article")
    if text.count("\ufffd") > max(1, n // 100):
        raise InputError(f"{source}: decodes with many replacement characters (U+FFFD)")
    # A wrong decoding spoils a whole file alike, so the script checks read a sample.
    sample = text[:_SAMPLE]
    m = len(sample)
    if len(_C0_CONTROL.findall(sample)) > m // 20:
        raise InputError(f"{source}: binary data (control characters), not a text article")
    letters = len(_LETTER.findall(sample))
    # C1 controls (U+0080–U+009F) only appear when bytes were decoded with the wrong
    # single-byte code page: UTF-8 Arabic read as Latin-1 is full of them.
    if letters or _C1_CONTROL.search(sample):
        known = len(_ARABIC_LETTER.findall(sample)) + len(_LATIN_LETTER.findall(sample))
        if len(_C1_CONTROL.findall(sample)) > m // 100 or known / max(letters, 1) < 0.3:
            raise InputError(f"{source}: decodes to nonsense (mostly letters of other "
                             "scripts); the encoding could not be recognised")


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


def _table_rows(path: Path) -> tuple[list[tuple[int, dict]], list[Problem], str]:
    """``(rows, problems)`` of a CSV or JSON Lines corpus file decoded like an article:
    each row with its number (CSV: data row, 1-based; JSON Lines: line, 1-based). A row
    that cannot be read is one problem (``file#row``); the other rows are read. Raises
    :class:`InputError` when the whole file is unreadable (not decodable, no ``text``
    column). The third item is the file's encoding."""
    notes: list[str] = []
    text, encoding = decode_bytes(path.read_bytes(), str(path), allow_nul=True, notes=notes)
    rows: list[tuple[int, dict]] = []
    problems = [Problem(str(path), note) for note in notes]
    if path.suffix.lower() == ".csv":
        # The csv module refuses fields over 128 KiB by default; a long article is one field.
        csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
        # io.StringIO(newline=""): rows end only at \n, \r\n or \r, not at U+2028.
        reader = csv.DictReader(io.StringIO(text, newline=""))
        if reader.fieldnames is not None and "text" not in reader.fieldnames:
            raise InputError(f"{path}: has no 'text' column "
                             f"(columns: {', '.join(reader.fieldnames)})")
        i = 0
        while True:
            i += 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                problems.append(Problem(f"{path}#{i}", f"not a CSV row ({exc})"))
                continue
            rows.append((i, row))
    else:
        # Split on \n only: a JSON string may hold U+2028 or other Unicode line breaks.
        for i, line in enumerate(text.split("\n"), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(Problem(f"{path}#{i}", f"line {i} is not JSON ({exc.msg})"))
                continue
            if not isinstance(obj, dict):
                problems.append(Problem(f"{path}#{i}", f"line {i} is {_json_kind(obj)}, "
                                        "not a JSON object"))
                continue
            if "text" not in obj:
                problems.append(Problem(f"{path}#{i}", "has no 'text' field (fields: "
                                        f"{', '.join(map(str, obj))})"))
                continue
            rows.append((i, obj))
    return rows, problems, encoding


def read_table_file(path: str | os.PathLike) -> tuple[list[Document], list[Problem]]:
    """Read a CSV or JSON Lines corpus: one article per row.

    Columns: ``text`` (required), optional ``id``, ``title``, ``outlet``, ``date``,
    ``language``. A row without an id gets ``<file stem>-<row>``: the data row (1-based)
    of a CSV file, the line (1-based) of a JSON Lines file. Returns ``(documents,
    problems)``: a row that cannot be read (not JSON, not an object, a NUL character in
    a cell, an empty text) is one problem ``file#row`` and the other rows are read.
    """
    path = Path(path)
    try:
        rows, problems, encoding = _table_rows(path)
    except InputError as exc:
        return [], [Problem(str(path), str(exc).split(": ", 1)[-1])]
    except (OSError, csv.Error) as exc:
        return [], [Problem(str(path), f"cannot be read ({exc})")]
    if not rows and not any(not p.reason.startswith(WARNING) for p in problems):
        return [], [Problem(str(path), "has a header row but no rows: no articles")]
    docs = []
    for i, row in rows:
        source = f"{path}#{i}"
        nul = next((k for k, v in row.items() if isinstance(v, str) and "\0" in v), None)
        if nul is not None:
            # NUL is no character of a text article (binary data pasted into a cell).
            problems.append(Problem(source, f"a NUL character in column {nul!r}; "
                                    "the row is skipped"))
            continue
        text = row.get("text")
        if not isinstance(text, str) or not text.strip():
            problems.append(Problem(source, "empty text"))
            continue
        doc_id = row.get("id")
        if isinstance(doc_id, (dict, list)):
            problems.append(Problem(source, f"the id is {_json_kind(doc_id)}, not text"))
            continue
        doc_id = str(doc_id if doc_id not in (None, "") else f"{path.stem}-{i}")
        meta = _meta_fields(row, source, "", problems)
        docs.append(Document(doc_id, text, source, encoding, meta))
    return docs, problems


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
        text, _ = decode_bytes(meta_path.read_bytes(), str(meta_path))
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
    :mod:`khabar.formats`), sorted, outside hidden folders (``.name``) and not hidden
    themselves, and not khabar's own tables (:func:`is_khabar_output`). Nothing else is
    skipped without a message: a folder that cannot be listed, a
    broken or looping symbolic link, a link to a folder (not followed: links may loop)
    and a FIFO or device named like an article are each a problem."""
    files: list[Path] = []
    problems: list[Problem] = []

    def unreadable(exc: OSError) -> None:
        problems.append(Problem(str(exc.filename or root), "the folder cannot be read "
                                f"({exc.strerror or exc}); its articles are skipped"))

    for folder, subfolders, names in os.walk(root, onerror=unreadable):
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        for d in subfolders:
            if os.path.islink(os.path.join(folder, d)):
                problems.append(Problem(os.path.join(folder, d), "a symbolic link to a "
                                        "folder, not followed (links can loop)"))
        for name in names:
            if name.startswith(".") or not name.lower().endswith(suffixes):
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


def is_khabar_output(path: Path) -> bool:
    """Whether ``path`` is a table khabar wrote, never an article (output written inside
    the input folder is not read back): any file in a folder holding a khabar
    ``manifest.json`` (:mod:`khabar.store`), or a CSV whose header starts with the
    columns of a khabar table (:data:`khabar.schema.CONTRACT`; sets written before
    manifests). Staging folders are hidden, and hidden folders are never read."""
    from .schema import CONTRACT

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


def read_corpus(path: str | os.PathLike) -> tuple[list[Document], list[Problem]]:
    """Read every article under ``path``.

    ``path`` is a folder (``.txt``, ``.csv`` and ``.jsonl`` files, and the saved pages,
    Word files and PDFs of :data:`khabar.formats.SUFFIXES`, recursively, in sorted
    order; a ``metadata.json`` in a folder gives title/language/outlet/date per file
    name), or one such file. Returns ``(documents, problems)``; never raises for bad
    input. Raises :class:`InputError` only if ``path`` does not exist.
    """
    from . import formats   # .html/.mhtml/.docx/.pdf readers (imports this module)

    article_suffixes = (".txt", *formats.SUFFIXES)
    root = Path(path)
    if not root.exists():
        raise InputError(f"{root}: no such file or folder")
    docs: list[Document] = []
    problems: list[Problem] = []
    if root.is_file():
        files = [root]
    else:
        files, problems = _corpus_files(root, (*article_suffixes, ".csv", ".jsonl"))
    base = root.parent if root.is_file() else root
    meta_cache: dict[Path, dict] = {}
    for f in files:
        if f.suffix.lower() in article_suffixes:
            if f.parent not in meta_cache:
                meta_cache[f.parent], meta_problems = _folder_metadata(f.parent)
                problems.extend(meta_problems)
            folder_meta = meta_cache[f.parent]
            meta = folder_meta.get(f.name, {})
            notes: list[str] = []
            try:
                docs.append(formats.read_file(f, _doc_id(f, base), meta, notes))
                problems.extend(Problem(str(f), note) for note in notes)
            except InputError as exc:
                problems.append(Problem(str(f), str(exc).split(": ", 1)[-1]))
        else:
            d, p = read_table_file(f)
            docs.extend(d)
            problems.extend(p)
    # Sources relative to the folder that holds the corpus (seeds/x.txt, not /home/…):
    # no local paths leak into shared tables, and the same articles give the same bytes
    # wherever they are.
    anchor = base.resolve().parent if root.is_dir() else base.resolve()
    docs = [replace(d, source=_relative(d.source, anchor)) for d in docs]
    problems = [Problem(printable(_relative(p.source, anchor)), p.reason) for p in problems]
    # A name or text no UTF-8 table can hold is one problem, not a crash when written.
    clean = []
    for d in docs:
        bad = _unencodable(d)
        if bad:
            problems.append(bad)
        else:
            clean.append(_clean_meta(d, problems))
    docs = clean
    seen: set[str] = set()
    for d in docs:
        if d.doc_id in seen:
            problems.append(Problem(d.source, f"duplicate document id {d.doc_id!r}; "
                                    "later copies are skipped"))
        seen.add(d.doc_id)
    unique = {}
    for d in docs:
        unique.setdefault(d.doc_id, d)
    return list(unique.values()), problems


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


# --------------------------------------------------------------------------- writing

def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


#: First characters that make Excel or LibreOffice read a cell as a formula (OWASP,
#: "CSV Injection": = + - @ tab CR), and the guard's own apostrophe, so that the guard
#: can always be taken off exactly (:func:`unguard_cell`).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")
#: Put before a text cell that starts with one of :data:`FORMULA_START`: spreadsheets
#: then show the cell as text (the apostrophe itself is not displayed in Excel).
FORMULA_GUARD = "'"
# A cell start after the first is a NUL of the joined column followed by one of
# FORMULA_START: a literal prefix, which the regex engine finds by fast search.
_FORMULA_HIT = re.compile("\x00[=+\\-@\t\r']")


def guard_cell(text: str) -> str:
    """``text`` as written in a CSV cell: with :data:`FORMULA_GUARD` in front when it
    starts with one of :data:`FORMULA_START`, else unchanged."""
    return FORMULA_GUARD + text if text.startswith(FORMULA_START) else text


def unguard_cell(cell: str) -> str:
    """The exact text of a CSV text cell written by khabar (inverse of :func:`guard_cell`):
    one leading apostrophe removed, if there is one."""
    return cell[1:] if cell.startswith(FORMULA_GUARD) else cell


def _guarded(values: list) -> list | None:
    """``values`` with every str cell guarded (:func:`guard_cell`), or ``None`` when no
    cell needs it.

    A text column is joined with NULs once and searched for a NUL followed by a formula
    start (C speed); only the hits are mapped back to cells, by the cells' start offsets
    (so a NUL inside a cell cannot mislead it). Columns holding non-text cells are
    checked cell by cell.
    """
    try:
        joined = "\x00" + "\x00".join(values)
    except TypeError:                           # non-text cells too (None, numbers)
        if not any(isinstance(v, str) and v.startswith(FORMULA_START) for v in values):
            return None
        return [guard_cell(v) if isinstance(v, str) else v for v in values]
    hits = [m.start() for m in _FORMULA_HIT.finditer(joined)]
    if not hits:
        return None
    # Offset in ``joined`` of the NUL before each cell.
    starts = np.zeros(len(values), dtype=np.int64)
    np.cumsum(np.fromiter(map(len, values), np.int64, len(values))[:-1] + 1, out=starts[1:])
    where = np.searchsorted(starts, hits)
    cells = [int(i) for i, h in zip(where, hits) if i < len(starts) and starts[i] == h]
    if not cells:
        return None
    out = list(values)
    for i in cells:
        out[i] = FORMULA_GUARD + out[i]
    return out


def guard_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with the text cells that a spreadsheet would evaluate guarded
    (:func:`guard_cell`); numbers are not text and stay as they are (-5 in an integer
    column is a number). The frame passed in is not changed."""
    out = None
    for c in df.columns:
        if df[c].dtype != object:
            continue
        guarded = _guarded(df[c].tolist())
        if guarded is not None:
            if out is None:
                out = df.copy(deep=False)
            out[c] = np.array(guarded, dtype=object)
    return df if out is None else out


def _has_cr(values) -> bool:
    """Whether any str in ``values`` holds a carriage return (one C-level join when the
    column is all text, the common case)."""
    try:
        return "\r" in "".join(values)
    except TypeError:                          # non-text cells (None, numbers) too
        return any(isinstance(v, str) and "\r" in v for v in values)


def format_csv(df: pd.DataFrame, header: bool = True) -> str:
    """The CSV text of ``df`` as :func:`write_csv` writes it; see :func:`write_csv_rows`."""
    buf = io.StringIO(newline="")
    write_csv_rows(df, buf, header)
    return buf.getvalue()


def write_csv_rows(df: pd.DataFrame, fh, header: bool = True) -> None:
    """Write ``df`` as CSV text to the text stream ``fh`` (opened with ``newline=""``;
    ``header``: the column names first): comma-separated, ``\\n`` after each row, a
    field quoted (``"``, inner quotes doubled) when it holds a comma, a quote, ``\\n`` or ``\\r``.

    Python's ``csv`` module (and so pandas) quotes only the characters of the line
    terminator: with ``\\n`` a bare ``\\r`` went out unquoted, and every reader then
    split the row there. Rows holding a ``\\r`` are written with a ``\\r\\n`` terminator
    (which makes the writer quote ``\\r``) and the terminator put back to ``\\n``.

    Text cells starting with = + - @ tab CR or an apostrophe get a leading apostrophe
    (:func:`guard_formulas`), so opening a table in a spreadsheet never evaluates
    article text; :func:`read_table` takes it off again.
    """
    df = guard_formulas(df)
    if len(df) and len(df.columns) > 1 and _fast_csv_rows(df, fh, header):
        return
    _pandas_csv_rows(df, fh, header)


def _pandas_csv_rows(df: pd.DataFrame, fh, header: bool) -> None:
    """:func:`write_csv_rows` through pandas (``DataFrame.to_csv``), for any dtypes."""
    text_cols = [c for c in df.columns if df[c].dtype == object]
    cr = np.zeros(len(df), dtype=bool)
    for c in text_cols:
        values = df[c].tolist()
        if _has_cr(values):
            cr |= np.fromiter((isinstance(v, str) and "\r" in v for v in values), bool,
                              len(values))
    if not cr.any():
        df.to_csv(fh, index=False, header=header, lineterminator="\n")
        return
    parts = [df.iloc[:0].to_csv(index=False, lineterminator="\n")] if header else []
    # Runs of rows without / with a \r, in order.
    edges = np.flatnonzero(np.diff(cr.astype(np.int8))) + 1
    for start, end in zip(np.r_[0, edges], np.r_[edges, len(df)]):
        if not cr[start]:
            parts.append(df.iloc[start:end].to_csv(index=False, header=False,
                                                   lineterminator="\n"))
            continue
        for i in range(start, end):
            row = df.iloc[i:i + 1].to_csv(index=False, header=False, lineterminator="\r\n")
            parts.append(row[:-2] + "\n")
    fh.write("".join(parts))


_NEEDS_QUOTES = re.compile('[,"\r\n]')
_FAST_ROWS = 100_000


def _quoted(values: list[str]) -> list[str]:
    """Text cells as the csv module quotes them (minimal quoting, with \\r added, see
    :func:`write_csv_rows`). The special characters are found in the NUL-joined column
    and mapped to their cells by the cells' start offsets; only those are rewritten."""
    joined = "\x00".join(values)
    hits = [m.start() for m in _NEEDS_QUOTES.finditer(joined)]
    if not hits:
        return values
    starts = np.zeros(len(values), dtype=np.int64)
    np.cumsum(np.fromiter(map(len, values), np.int64, len(values))[:-1] + 1, out=starts[1:])
    out = list(values)
    for i in np.unique(np.searchsorted(starts, hits, side="right") - 1).tolist():
        v = out[i]
        out[i] = '"' + v.replace('"', '""') + '"'
    return out


def _fast_csv_rows(df: pd.DataFrame, fh, header: bool) -> bool:
    """Write ``df``'s rows as :func:`_pandas_csv_rows` would, byte for byte, when every
    column is int64, bool or text (str cells only); return False, writing nothing,
    for other dtypes. Several times faster for the token table: cells joined as
    strings, quoted only where a column holds a special character, no per-cell
    formatting."""
    kinds = []
    for c in df.columns:
        dtype = df[c].dtype
        if dtype == np.dtype(np.int64):
            kinds.append("int")
        elif dtype == np.dtype(bool):
            kinds.append("bool")
        elif dtype == np.dtype(object) and _all_str(df[c].tolist()):
            kinds.append("text")
        else:
            return False
    if header:
        fh.write(df.iloc[:0].to_csv(index=False, lineterminator="\n"))
    for start in range(0, len(df), _FAST_ROWS):
        part = df.iloc[start:start + _FAST_ROWS]
        cols = []
        for c, kind in zip(df.columns, kinds):
            values = part[c].tolist()
            if kind == "text":
                cols.append(_quoted(values))
            elif kind == "bool":
                cols.append(["True" if v else "False" for v in values])
            else:
                cols.append(_int_strings(part[c].to_numpy()))
        fh.write("\n".join(map(",".join, zip(*cols))))
        fh.write("\n")
    return True


_SMALL_INTS = np.array([str(i) for i in range(1 << 16)], dtype=object)


def _int_strings(values: np.ndarray) -> list[str]:
    """``str`` of each int64: looked up for 0 ≤ v < 65,536 (token numbers and offsets of
    most articles; about six times faster than ``str`` per cell), else ``str``."""
    if len(values) and values.min() >= 0 and values.max() < len(_SMALL_INTS):
        return _SMALL_INTS[values].tolist()
    return list(map(str, values.tolist()))


def _all_str(values: list) -> bool:
    try:
        "".join(values)                 # TypeError at the first cell that is not a str
        return True
    except TypeError:
        return False


def write_csv(df: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write ``df`` as UTF-8 with BOM (so Excel shows Arabic), atomically.

    The table goes to a temporary file in the same folder and is renamed over ``path``
    only when complete, so a crash never leaves half a CSV. Line endings are ``\\n``;
    fields are quoted as :func:`format_csv` says (a ``\\r`` inside a cell too); floats
    are written as they are; the output for the same frame is byte-identical.
    See :func:`write_csv_rows`.
    """
    path = Path(path)
    with atomic_file(path, "w", encoding="utf-8-sig", newline="") as fh:
        write_csv_rows(df, fh)
    return path


@contextmanager
def atomic_file(path: str | os.PathLike, mode: str = "w", **open_args):
    """Open a temporary file beside ``path`` (``.NAME.*.tmp``, the pattern the table store
    cleans after a killed run) for writing with ``open_args`` (encoding, newline); when
    the ``with`` block ends normally it is renamed over ``path``, readable by all as the
    umask allows; on any error it is removed and ``path`` is left as it was. So a reader
    never sees half a file. Creates the parent folder."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, **open_args) as fh:
            yield fh
        os.chmod(tmp, 0o666 & ~_umask())     # mkstemp makes 0600; outputs are for sharing
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def read_table(path: str | os.PathLike) -> pd.DataFrame:
    """Read a table khabar wrote (``OUT/data/<name>.csv``) back with its exact text.

    The formula guard is taken off every text cell (:func:`unguard_cell`), so for the
    tables taken from text ``article[start:end] == cell``. With the set's
    ``manifest.json`` beside the file, each column gets the dtype :func:`khabar.pipeline.
    extract` gave it (text columns stay text even when they look like numbers; whole
    amounts stay ``int``); without one, pandas infers them. A CSV cell has no null: an
    empty text cell reads as ``""`` (the ``.parquet`` beside it keeps nulls). Raises
    ``OSError`` if the file cannot be read.
    """
    path = Path(path)
    notes = _table_notes(path)
    if notes is None:
        df = pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False, na_values=[""])
        for c in df.columns:
            if df[c].dtype == object:
                df[c] = [unguard_cell(v) if isinstance(v, str) else v for v in df[c]]
        return df
    df = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    json_columns = set(notes.get("json_columns", ()))
    for c, dtype in notes["dtypes"].items():
        values = df[c].tolist()
        if c in json_columns:
            df[c] = np.array([None if v == "" else _number(unguard_cell(v)) for v in values],
                             dtype=object)
        elif dtype == "object":
            df[c] = np.array([unguard_cell(v) for v in values], dtype=object)
        elif dtype == "bool":
            df[c] = np.array([v == "True" for v in values], dtype=bool)
        else:
            df[c] = pd.to_numeric(df[c].replace("", np.nan)).astype(dtype)
    return df


def _number(cell: str):
    try:
        return json.loads(cell, parse_float=_exact_number)
    except ValueError:
        return cell


def _exact_number(s: str):
    """A JSON number with a fraction: a ``float`` where that is exactly the value written,
    else a ``Decimal`` (12345678901234567890.5), as :func:`khabar.numwords.as_number`."""
    from decimal import Decimal

    f = float(s)
    return f if Decimal(repr(f)) == Decimal(s) else Decimal(s)


def _table_notes(path: Path) -> dict | None:
    try:
        info = json.loads((path.parent / "manifest.json").read_text(encoding="utf-8"))
        notes = info["tables"][path.stem]
        return notes if "dtypes" in notes else None
    except (OSError, ValueError, KeyError, TypeError):
        return None
