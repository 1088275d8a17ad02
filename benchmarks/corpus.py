"""Distinct benchmark text, built in memory, deterministic for a seed.

The sentences are those of the Wojood sample (``benchmarks/data/wojood``: news, archives,
NGO reports, 1,629 sentences) plus the seed article's sentences that carry a funding
figure or a quotation (so that the money and quote extractors have work to do). Articles
are sentences drawn at random (``random.Random(seed)``; one in ten from the seed's),
grouped into paragraphs of 2–6 sentences, so no two articles are copies of one another;
the words are the sample's, so a long run does meet the same words again (as a real
corpus of one language does).

Functions return plain strings or ``(doc_id, text)`` pairs; nothing here touches disk
unless :func:`write_corpus` is called.
"""
from __future__ import annotations

import random
import sys
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEED = ROOT / "seeds" / "000_60485ece05eeeaab.txt"
sys.path.insert(0, str(HERE))


@lru_cache(maxsize=1)
def wojood_sentences() -> tuple[str, ...]:
    """Every sentence of the Wojood sample (train, val, test), tokens joined by spaces."""
    from wojood_org import read_conll
    out = []
    for split in ("train", "val", "test"):
        path = HERE / "data" / "wojood" / f"{split}.txt"
        if path.is_file():
            out += [" ".join(t for t, _ in s) for d in read_conll(path) for s in d]
    return tuple(out)


@lru_cache(maxsize=1)
def seed_sentences() -> tuple[str, ...]:
    """Sentences of the seed article with a funding figure (دولار, يورو, $) or a
    quotation mark: the sentences the money and quote extractors work on."""
    from khabar.io import read_text_file
    from khabar.text import split_sentences
    text = read_text_file(SEED).text
    out = []
    for line in text.split("\n"):
        for a, b in split_sentences(line, 0, len(line)):
            s = line[a:b]
            if any(c in s for c in ("دولار", "يورو", "$", "“", "«", '"')):
                out.append(s)
    return tuple(out)


def sentences() -> tuple[str, ...]:
    """Every sentence articles are drawn from (Wojood's, then the seed's)."""
    return wojood_sentences() + seed_sentences()


#: Share of sentences drawn from the seed's funding and quote sentences.
SEED_SHARE = 0.1


def _sentence(rng: random.Random) -> str:
    pool = seed_sentences() if rng.random() < SEED_SHARE else wojood_sentences()
    return rng.choice(pool)


def article(target_bytes: int, rng: random.Random, one_line: bool = False) -> str:
    """An article of about ``target_bytes`` UTF-8 bytes (at least that many): random
    sentences, paragraphs of 2–6 sentences joined by newlines (or one line)."""
    paragraphs, size = [], 0
    while size < target_bytes:
        para = " ".join(_sentence(rng) for _ in range(rng.randint(2, 6)))
        paragraphs.append(para)
        size += len(para.encode("utf-8")) + 1
    return (" " if one_line else "\n").join(paragraphs)


#: Speaker phrases of the quote line (general Arabic news wording, not from any text).
_SPEAKERS = ("قال المتحدث", "وقالت الوزيرة", "وأضاف المدير", "وقال رئيس اللجنة",
             "وأكدت المنظمة", "وصرح المسؤول")


def quotes_line(target_bytes: int, rng: random.Random) -> str:
    """One line (no newline) of short quotations: ``SPEAKER: “words”.`` repeated, the
    quoted words drawn from the Wojood sentences (3–8 words), about ``target_bytes``."""
    words = [w for s in wojood_sentences() for w in s.split() if w.isalpha()]
    parts, size = [], 0
    while size < target_bytes:
        quoted = " ".join(rng.choice(words) for _ in range(rng.randint(3, 8)))
        part = f"{rng.choice(_SPEAKERS)}: “{quoted}”."
        parts.append(part)
        size += len(part.encode("utf-8")) + 1
    return " ".join(parts)


def corpus(n: int, seed: int = 11, mean_bytes: int = 10_000) -> list[tuple[str, str]]:
    """``n`` distinct articles ``(doc_id, text)`` of 0.5–1.5 × ``mean_bytes`` each (the
    seed article is 10 KB), deterministic for ``seed``."""
    rng = random.Random(seed)
    return [(f"a{i:06d}", article(rng.randint(mean_bytes // 2, mean_bytes * 3 // 2), rng))
            for i in range(n)]


def write_corpus(docs: list[tuple[str, str]], folder: Path) -> Path:
    """Write ``docs`` as ``folder/<doc_id>.txt`` (UTF-8) for ``khabar extract``."""
    folder.mkdir(parents=True, exist_ok=True)
    for doc_id, text in docs:
        (folder / f"{doc_id}.txt").write_text(text + "\n", encoding="utf-8")
    return folder
