"""The change proposed for ``khabar.text.tokenise`` (measured by ``speed.py``; not
used by khabar itself).

``khabar.text.tokenise`` builds its :class:`~khabar.text.Token` rows with
``map(Token, *columns)``. That calls the named tuple's ``__new__`` (a Python
function) once per token, and every ``Token`` stays tracked by the cyclic garbage
collector (CPython untracks only *exact* tuples of atoms, never a tuple subclass), so
the full collections that 500,000 new objects trigger walk all of them again. The
columns themselves are cheap (C-level passes); the rows are where the time goes.

The patch builds the rows with ``tuple.__new__(Token, row)`` mapped over ``zip`` (a
C-level loop, no Python call per token: the same thing ``Token._make`` does, minus
its Python frame) and pauses the collector while it does so (no reference cycle can
be created there; the collector's previous state is restored).
"""
from __future__ import annotations

import gc
from itertools import repeat

from khabar import text as _text

_new = tuple.__new__


def tokenise(text: str, start: int = 0, end: int | None = None) -> list:
    """Same input and output as ``khabar.text.tokenise`` (``list[Token]``)."""
    cols = _text.tokenise_columns(text, start, end)
    enabled = gc.isenabled()
    gc.disable()
    try:
        return list(map(_new, repeat(_text.Token), zip(*cols)))
    finally:
        if enabled:
            gc.enable()


def tokenise_no_gc_pause(text: str, start: int = 0, end: int | None = None) -> list:
    """The C-level row construction alone, the collector left as it is."""
    cols = _text.tokenise_columns(text, start, end)
    return list(map(_new, repeat(_text.Token), zip(*cols)))


if not hasattr(_text, "tokenise_columns"):  # khabar changed: nothing to patch here
    del tokenise, tokenise_no_gc_pause
