"""A spool of article texts on disk, so that reading a corpus holds no corpus-sized text.

A plain-text article is let go once read and hashed, and read again from its own file
where it is analysed (:class:`khabar.io.DeferredDocument`). An article that cannot be read
again cheaply or exactly — a row of a CSV or JSON Lines file (the whole file would be
parsed again for one row), a saved web page, a Word file or a PDF (its text extracted
again) — is written once, as UTF-8, to the end of one spool file instead, and the
deferred document records where (byte offset and length). The spool lives beside the
table set under its lock (:func:`khabar.store.text_spool`) and is removed with the run.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .documents import DeferredDocument, Document, InputError


class TextSpool:
    """An append-only file of texts (``path``, created new; raises ``FileExistsError``
    if it exists). :meth:`defer` writes a document's text and returns its
    :class:`DeferredDocument`; :meth:`flush` before another process reads it
    (:func:`read_spooled`); :meth:`close` when done (the caller removes the file)."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path).absolute()
        self._file = open(self.path, "xb")
        self._size = 0

    def defer(self, doc: Document, read_meta: dict | None = None) -> DeferredDocument:
        """``doc`` as a :class:`DeferredDocument` whose text is in this spool (UTF-8,
        lone surrogates passed through as :func:`khabar.io.text_sha256` hashes them).
        Raises ``OSError`` if the spool cannot be written (a full disk)."""
        data = doc.text.encode("utf-8", "surrogatepass")
        offset = self._size
        self._file.write(data)
        self._size += len(data)
        return DeferredDocument(doc.doc_id, doc.source, doc.encoding, doc.meta, str(self.path),
                                dict(read_meta or {}), len(doc.text),
                                hashlib.sha256(data).hexdigest(), offset, len(data))

    def flush(self) -> None:
        """Write what is buffered, so that other processes read every text deferred."""
        self._file.flush()

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> "TextSpool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class SpoolLost(InputError):
    """A text held in the spool can no longer be read back: the spool was removed or
    written over by something else during the run. Not a problem of one article but of
    the run, which stops without replacing the stored tables (a set missing those
    articles would replace the whole one)."""


def read_spooled(doc: DeferredDocument) -> Document:
    """The :class:`Document` of a deferred document whose text is in a spool
    (``doc.offset`` ≥ 0). Raises :class:`SpoolLost` naming the document's source if
    the spool cannot be read or no longer holds the text deferred (removed or written
    over by something else while the corpus was analysed)."""
    try:
        with open(doc.path, "rb") as fh:
            fh.seek(doc.offset)
            data = fh.read(doc.size)
    except OSError as exc:
        raise SpoolLost(f"{doc.source}: its text, held in {doc.path} while the corpus "
                        f"is analysed, cannot be read ({exc.strerror or exc}); the stored "
                        "tables are left as they were; run again") from None
    if len(data) != doc.size or hashlib.sha256(data).hexdigest() != doc.text_sha256:
        raise SpoolLost(f"{doc.source}: its text, held in {doc.path} while the corpus is "
                        "analysed, was changed by something else; the stored tables are "
                        "left as they were; run again")
    return Document(doc.doc_id, data.decode("utf-8", "surrogatepass"), doc.source,
                    doc.encoding, doc.meta)
