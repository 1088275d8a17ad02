"""The gazetteer: well-known organisations, places and projects with their spellings.

Two CSV files with the same columns are read, the built-in one
(``khabar/resources/gazetteer.csv``, general knowledge only) and the user's own
(``data/gazetteer.csv``, or the file named by the environment variable
``KHABAR_GAZETTEER``). Columns: ``entity`` (canonical name), ``label`` (ORG | PLACE |
PROJECT), ``type`` (for ORG: company | ngo | campaign | government | media |
intergovernmental | other),
``aliases`` (every spelling, Arabic and Latin, separated by ``|``). Lines starting with
``#`` are comments. A user row replaces a built-in row with the same ``entity``.
"""
from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from .text import clitic_candidates, tokenise

BUILTIN = Path(__file__).resolve().parent / "resources" / "gazetteer.csv"
COLUMNS = ["entity", "label", "type", "aliases"]
LABELS = ("ORG", "PLACE", "PROJECT")
ORG_TYPES = ("company", "ngo", "campaign", "government", "media", "intergovernmental", "other")


@dataclass(frozen=True)
class Entry:
    """One gazetteer entity: canonical name, label, organisation type ('' if not ORG)."""

    entity: str
    label: str
    type: str


def token_key(norm: str, kind: str) -> str:
    """Matching key of a normalised token: Latin acronyms (all capitals) keep their case,
    so WHO is not "who"; other Latin words are case-folded; Arabic is used as is."""
    if kind == "latin" and not (norm.isupper() and len(norm) <= 6):
        return norm.casefold()
    return norm


def _read_rows(path: Path) -> list[tuple[Entry, list[str]]]:
    """The rows of one gazetteer file as ``(Entry, [entity, *aliases])``.

    The file is decoded like an article (UTF-8, UTF-16, Windows-1256: see
    :func:`khabar.io.decode_bytes`). Raises ``ValueError`` naming the file and the line
    number (1-based, in the file as written, comment lines counted) for bytes that do not
    decode, a missing column, a row with fewer or more fields than the header, an empty
    ``entity``, or a label / type outside :data:`LABELS` / :data:`ORG_TYPES`.
    """
    from .io import InputError, decode_bytes

    data = path.read_bytes()
    if not data.strip():
        return []                              # an empty user file adds nothing
    notes: list[str] = []
    try:
        text, _ = decode_bytes(data, str(path), notes=notes)
    except InputError as exc:
        raise ValueError(str(exc)) from None
    if notes:                                  # a gazetteer is code: no guessing
        raise ValueError(f"{path}: {notes[0].removeprefix('warning: ')}")
    # Comment lines become blank lines (which csv skips), so line numbers stay those of
    # the file.
    lines = ["" if ln.lstrip().startswith("#") else ln for ln in text.splitlines()]
    reader = csv.reader(io.StringIO("\n".join(lines), newline=""))
    header = next((r for r in reader if r), None)
    if header is None:
        return []                              # comments only
    if set(COLUMNS) - {h.strip() for h in header}:
        raise ValueError(f"{path}: columns must be {', '.join(COLUMNS)} (header: "
                         f"{', '.join(header or [])})")
    at = {h.strip(): k for k, h in enumerate(header)}
    rows = []
    end = reader.line_num
    for fields in reader:
        n, end = end + 1, reader.line_num      # the line the row starts on
        if not fields or not any(f.strip() for f in fields):
            continue
        if len(fields) != len(header):
            raise ValueError(f"{path}: line {n} has {len(fields)} field(s), the header "
                             f"{len(header)} ({', '.join(header)})")
        row = {c: fields[at[c]].strip() for c in COLUMNS}
        if not row["entity"]:
            raise ValueError(f"{path}: line {n}: the entity (canonical name) is empty")
        label, typ = row["label"], row["type"]
        if label not in LABELS or (label == "ORG" and typ not in ORG_TYPES):
            raise ValueError(f"{path}: line {n} ({row['entity']!r}): label must be one of "
                             f"{LABELS} and an ORG's type one of {ORG_TYPES}")
        aliases = [a.strip() for a in row["aliases"].split("|") if a.strip()]
        rows.append((Entry(row["entity"], label, typ if label == "ORG" else ""),
                     [row["entity"], *aliases]))
    return rows


_ARABIC_LETTER = re.compile("[\u0621-\u064a]")


def arabic_name(entity: str) -> str:
    """The name an Arabic reader is shown for a gazetteer entity whose canonical name is
    in Latin letters: its first Arabic alias in the gazetteer (World Bank → البنك
    الدولي); any other name as it is (an Arabic name, a name the gazetteer lacks)."""
    return load_gazetteer().arabic.get(entity, entity) if entity else entity


def user_gazetteer_path() -> Path | None:
    """The user's gazetteer: ``$KHABAR_GAZETTEER``, else ``data/gazetteer.csv`` in the
    working directory, else in the project folder that holds the package. Raises
    ``FileNotFoundError`` / ``IsADirectoryError`` when ``KHABAR_GAZETTEER`` names no file."""
    env = os.environ.get("KHABAR_GAZETTEER")
    if env:
        # Named on purpose, so a missing file or a folder is an error, not a silent
        # run without the user's organisations.
        path = Path(env)
        if path.is_dir():
            raise IsADirectoryError(f"KHABAR_GAZETTEER={env} is a folder, not a CSV file")
        if not path.is_file():
            raise FileNotFoundError(f"KHABAR_GAZETTEER={env}: no such file")
        return path
    for p in (Path.cwd() / "data" / "gazetteer.csv",
              BUILTIN.parent.parent.parent / "data" / "gazetteer.csv"):
        if p.is_file():
            return p
    return None


class Gazetteer:
    """Aliases indexed by their normalised token sequence, for longest-match lookup.

    ``match(keys, i, ...)`` returns ``(n_tokens, prefix_chars, Entry)`` for the longest
    alias starting at token ``i`` (the first token may carry proclitics: و ف ب ل ك ال,
    stripped only when the remainder starts an alias), or ``None``.
    """

    def __init__(self, rows: Sequence[tuple[Entry, list[str]]]):
        self.index: dict[tuple[str, ...], Entry] = {}
        self.first: set[str] = set()
        #: The alias keys as a trie: node = {next token key: child node, None: Entry}.
        #: A match walks it token by token and stops where no alias continues (a dict
        #: look-up of a string, whose hash is cached, not of a tuple hashed anew).
        self.trie: dict = {}
        self.maxlen = 1
        #: First keys of the aliases of more than one token (only those can extend).
        self.extends: set[str] = set()
        for entry, aliases in rows:
            for key in (k for alias in aliases for k in _alias_keys(alias)):
                if key:
                    self.index.setdefault(key, entry)
                    self.first.add(key[0])
                    node = self.trie
                    for k in key:
                        node = node.setdefault(k, {})
                    node.setdefault(None, entry)
                    self.maxlen = max(self.maxlen, len(key))
                    if len(key) > 1:
                        self.extends.add(key[0])
        self.entries = {e.entity: e for e, _ in rows}
        #: An entity named in Latin letters → its first alias in Arabic letters (World
        #: Bank → البنك الدولي): the name an Arabic chart shows (:func:`arabic_name`).
        self.arabic: dict[str, str] = {}
        for entry, aliases in rows:
            if not _ARABIC_LETTER.search(entry.entity):
                first = next((a for a in aliases if _ARABIC_LETTER.search(a)), None)
                if first:
                    self.arabic.setdefault(entry.entity, first)
        #: ``first_reading(word)``: ``(prefix_chars, first_key)`` of the reading of
        #: ``word`` (a token key) that starts an alias, or ``(0, "")`` if none does.
        #: Memoised per word; a dict lookup, so ``map(first_reading, keys)`` stays in C.
        self.first_reading = FirstReadings(self.first).__getitem__

    def match(self, keys: Sequence[str], i: int, stop: int | None = None
              ) -> tuple[int, int, Entry] | None:
        """The longest alias that starts at token ``i`` of ``keys`` (the normalised token
        keys of a text) and ends before ``stop``: ``(tokens, prefix_chars, entry)``, where
        ``prefix_chars`` is the length of a proclitic on the first token that is not part
        of the name (وللأمم المتحدة → 2, ول), or ``None``. Example: the keys of
        «قالت الامم المتحده امس» from 1 give ``(2, 0, <United Nations>)``. Aliases are
        matched token by token on normalised text (docs/arabic.md, *Normalisation*)."""
        stop = len(keys) if stop is None else stop
        if i >= stop:
            return None
        prefix, first = self.first_reading(keys[i])
        if not first:
            return None
        hit = self._walk(keys, i, stop, first)
        if hit is None:
            # للجنة is ل + لجنة or ل + اللجنة (two lams, not three): the reading with the
            # article when the other one begins no alias here
            alt = _two_lams(keys[i])
            if alt and alt[1] != first and alt[1] in self.first:
                prefix, hit = alt[0], self._walk(keys, i, stop, alt[1])
        return None if hit is None else (hit[0], prefix, hit[1])

    def _walk(self, keys: Sequence[str], i: int, stop: int, first: str
              ) -> tuple[int, Entry] | None:
        """``(tokens, entry)`` of the longest alias at ``i`` whose first token is read as
        ``first``, or ``None``."""
        node = self.trie[first]
        if first not in self.extends or stop - i == 1 or len(keys) - i == 1:
            entry = node.get(None)                      # a one-token alias at most
            return None if entry is None else (1, entry)
        # Walk the trie while the tokens so far begin some alias; keep the longest alias
        # seen (the same answer as trying every length from the longest down).
        limit = min(self.maxlen, stop - i, len(keys) - i)
        n, best = 1, None
        while True:
            entry = node.get(None)
            if entry is not None:
                best = n
                hit = entry
            if n >= limit:
                break
            node = node.get(keys[i + n])
            if node is None:
                break
            n += 1
        return None if best is None else (best, hit)


def _alias_keys(alias: str) -> tuple[tuple[str, ...], ...]:
    """The token keys an alias is matched by: its words (punctuation dropped but ``&``
    and ``'``), and for a site's name whose domain is glued to it by a dot (العربية.نت)
    also the keys with the dot, since the text's tokens keep it (العربية . نت): the dotted
    name is one name wherever it stands, not only in a credit (docs/arabic.md, *Names
    and cue nouns*, credits)."""
    tokens = tokenise(alias)
    key = tuple(token_key(t.norm, t.kind) for t in tokens if t.kind != "punct" or t.text in "&'")
    glued = [t for a, t, b in zip(tokens, tokens[1:], tokens[2:])
             if t.text == "." and a.end == t.start and t.end == b.start
             and a.kind != "punct" and b.kind != "punct"]
    if not glued:
        return (key,)
    dotted = tuple(token_key(t.norm, t.kind) for t in tokens
                   if t.kind != "punct" or t.text in "&'" or any(t is g for g in glued))
    return key, dotted


def _two_lams(word: str) -> tuple[int, str] | None:
    """The reading ``(prefix_chars, stem)`` of a word in لل (after و / ف) as ل + the
    article + a word that begins with ل: ل + ال + لجنة is written للجنة, with two lams, so
    the stem is اللجنة (docs/arabic.md, *Clitics and tokenisation*). ``None`` for other
    words."""
    n = 1 if word[:1] in "وف" and word[1:3] == "لل" else 0
    if word[n:n + 2] == "لل" and len(word) - n > 3:
        return n + 1, "ال" + word[n + 1:]
    return None


_MEMO_SIZE = 1 << 18


class FirstReadings(dict):
    """word → the first clitic reading ``(prefix length, word)`` of ``word`` whose word is in
    ``first``, ``(0, "")`` for none; computed on a miss, bounded (cleared past
    ``_MEMO_SIZE`` words)."""

    def __init__(self, first: set[str]):
        super().__init__()
        self.first = first

    def __missing__(self, word: str) -> tuple[int, str]:
        if len(self) >= _MEMO_SIZE:          # bounded, like an lru_cache
            self.clear()
        r = next(((n, w) for n, w in candidates(word) if w in self.first), (0, ""))
        if not r[1]:
            alt = _two_lams(word)               # للجنة: ل + اللجنة
            if alt and alt[1] in self.first:
                r = alt
        self[word] = r
        return r


@lru_cache(maxsize=1 << 16)
def candidates(word: str) -> tuple[tuple[int, str], ...]:
    """:func:`khabar.text.clitic_candidates`, memoised (words repeat across a corpus)."""
    return tuple(clitic_candidates(word))


@lru_cache(maxsize=4)
def _load(files: tuple[tuple[str, int, int], ...]) -> Gazetteer:
    # Keyed by (path, mtime, size): a gazetteer file edited between two runs in one
    # notebook session is read again.
    merged: dict[str, tuple[Entry, list[str]]] = {}
    for p, _, _ in files:
        for entry, aliases in _read_rows(Path(p)):
            merged[entry.entity] = (entry, aliases)   # a later file replaces a row
    return Gazetteer(list(merged.values()))


def load_gazetteer(extra: str | os.PathLike | None = None) -> Gazetteer:
    """The built-in gazetteer plus the user's (see :func:`user_gazetteer_path`) and
    ``extra`` if given. Raises ``ValueError`` naming the file for a malformed row and
    ``FileNotFoundError`` (``IsADirectoryError``) for a missing ``extra`` or a
    ``KHABAR_GAZETTEER`` that names no file. Cached per set of files and their
    modification times, so an edited file is read again."""
    paths = [str(BUILTIN)]
    user = user_gazetteer_path()
    if user is not None and user.is_file():
        paths.append(str(user.resolve()))
    if extra is not None:
        if not Path(extra).is_file():
            raise FileNotFoundError(f"gazetteer not found: {extra}")
        paths.append(str(Path(extra).resolve()))
    stats = [os.stat(p) for p in paths]
    return _load(tuple((p, st.st_mtime_ns, st.st_size) for p, st in zip(paths, stats)))


