"""Documents and problems: what reading gives back, and how a problem is shown."""
from __future__ import annotations


import hashlib
import re
from dataclasses import dataclass, field, replace

from .language import language_reason, order_reason


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
class DeferredDocument:
    """A plain-text article read once and then let go: its checks made, its reading
    problems recorded and its text measured and hashed, to be read again where it is
    analysed (:func:`khabar.io.read_deferred`). A corpus streamed to disk
    (:func:`khabar.pipeline.write_corpus`) holds these, not every text at once.

    ``doc_id``, ``source``, ``encoding``, ``meta``: as the :class:`Document` read;
    ``path``: the file, absolute; ``read_meta``: the ``metadata.json`` entry it was read
    with; ``chars``: ``len(text)`` (characters); ``text_sha256``: hex SHA-256 of the text
    in UTF-8. ``offset``, ``size``: where the text is in a spool file (``path``), in
    bytes, for an article whose own file cannot be read again cheaply
    (:class:`khabar.io.spool.TextSpool`); ``offset`` -1: ``path`` is the article's file."""

    doc_id: str
    source: str
    encoding: str
    meta: dict = field(compare=False, hash=False)
    path: str = ""
    read_meta: dict = field(default_factory=dict, compare=False, hash=False)
    chars: int = 0
    text_sha256: str = ""
    offset: int = -1
    size: int = 0


def text_chars(doc: "Document | DeferredDocument") -> int:
    """The length of a document's text in characters, without reading it again."""
    return doc.chars if isinstance(doc, DeferredDocument) else len(doc.text)


def text_sha256(doc: "Document | DeferredDocument") -> str:
    """Hex SHA-256 of a document's text in UTF-8 (lone surrogates passed through)."""
    if isinstance(doc, DeferredDocument):
        return doc.text_sha256
    return hashlib.sha256(doc.text.encode("utf-8", "surrogatepass")).hexdigest()


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
    # A deferred document's text was checked when it was read (_text_problem).
    return None if isinstance(doc, DeferredDocument) else _text_problem(doc)


def _text_problem(doc: Document) -> Problem | None:
    """A problem for a text holding a lone surrogate (see :func:`_unencodable`), or
    written in another Arabic-script language than Arabic
    (:func:`khabar.io.language.language_reason`) or in visual order
    (:func:`khabar.io.language.order_reason`)."""
    m = _SURROGATE.search(doc.text)
    if m:
        return Problem(doc.source, f"the text holds a lone surrogate "
                       f"({printable(m.group())}) at character {m.start()}: not valid "
                       "Unicode (a broken \\u escape in JSON?)")
    reason = language_reason(doc.text) or order_reason(doc.text)
    return Problem(doc.source, reason) if reason else None


#: An ISO 8601 date of the metadata: a year, a month or a day, a time after the day.
_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ].*)?)?)?")


def iso_date_ok(value: str) -> bool:
    """Whether ``value`` is an ISO 8601 date that exists: ``2025``, ``2025-11``,
    ``2025-11-27`` (a time may follow the day: ``2025-11-27T10:00Z``); not ``2025-02-30``,
    ``2025-13``, ``03/03/2025`` (day and month in an order that cannot be told)."""
    import datetime

    m = _ISO_DATE.fullmatch(value.strip())
    if not m:
        return False
    year, month, day = (int(g) if g else None for g in m.groups())
    try:
        datetime.date(year, month or 1, day or 1)
    except ValueError:
        return False
    return True


def _clean_meta(doc: Document, problems: list) -> Document:
    """``doc`` without metadata values that hold a lone surrogate, or a ``date`` that is
    no ISO 8601 date (:func:`iso_date_ok`): each a warning, the field ignored (a date
    2025-13-45 would resolve «العام الماضي» wrongly)."""
    bad = [k for k, v in doc.meta.items() if isinstance(v, str) and _SURROGATE.search(v)]
    for k in bad:
        problems.append(Problem(doc.source, f"{WARNING}metadata {k!r} holds a lone "
                                f"surrogate ({printable(doc.meta[k])}); the field is ignored"))
    date = doc.meta.get("date")
    if "date" not in bad and isinstance(date, str) and date.strip() and not iso_date_ok(date):
        problems.append(Problem(doc.source, f"{WARNING}metadata 'date' {printable(date)!r} is "
                                "not an ISO 8601 date (YYYY-MM-DD, YYYY-MM or YYYY); the "
                                "field is ignored"))
        bad.append("date")
    return replace(doc, meta={k: v for k, v in doc.meta.items() if k not in bad}) if bad else doc
