"""What a reader of one file format returns (:class:`Reading`)."""
from __future__ import annotations

from dataclasses import dataclass, field
from importlib import metadata as _pkg

#: Metadata keys a reader may fill (``metadata.json`` values win where non-empty).
READER_FIELDS = ("title", "author", "date", "outlet", "url")


@dataclass(frozen=True)
class Reading:
    """What a reader got from one file.

    ``text``: the text to analyse (lines = paragraphs); ``meta``: any of
    :data:`READER_FIELDS` found in the file (``date`` ISO 8601); ``extractor``: library
    and version, plus how the text was obtained where that matters (``pdfplumber
    0.11.10, visual order restored``); ``encoding``: the codec of the bytes decoded
    (HTML), empty where the format has no byte encoding of its own (docx, PDF).
    """

    text: str
    meta: dict = field(default_factory=dict)
    extractor: str = ""
    encoding: str = ""


def _version(package: str) -> str:
    try:
        return f"{package} {_pkg.version(package)}"
    except _pkg.PackageNotFoundError:     # pragma: no cover - pinned in requirements.txt
        return package

