"""Pathological long articles: every extractor finishes and gives the rows the text holds.

Each article is ~200 KB of one line built from short sentences written for these tests:
many quotation marks, one sentence holding thousands of mentions and figures, many
dates. The time bound (``_BOUND_S``) is a safety net against a step whose cost grows
with the square of the text (such a step made a 2 MB line of quotes run for more than
ten minutes), not a speed measurement: speed is measured in ``benchmarks/scale.py``.
"""
from __future__ import annotations

import time

import pytest

from khabar.io import Document
from khabar.pipeline import extract_document

_SIZE = 200_000
#: Generous: these articles take well under a second here.
_BOUND_S = 60.0


def _line(unit, size: int = _SIZE) -> tuple[str, int]:
    """``unit(i)`` joined for i = 0, 1, … until ``size`` UTF-8 bytes; (text, units)."""
    parts, n = [], 0
    while n < size:
        u = unit(len(parts))
        parts.append(u)
        n += len(u.encode("utf-8"))
    return "".join(parts), len(parts)


def _extract(text: str) -> dict:
    start = time.perf_counter()
    result = extract_document(Document("long", text, "long.txt", "utf-8"))
    assert time.perf_counter() - start < _BOUND_S
    return result


def test_many_short_quotes_in_one_line():
    # Each unit: a quotation with sentence marks inside (protected), then a sentence.
    text, n = _line(lambda i: "قال المدير: “نحتاج دعماً. الآن.” انتهى الاجتماع. ")
    r = _extract(text)
    assert r["documents"][0][8] == n                     # sentences: one per unit
    quotes = r["quotes"]
    assert len(quotes) == n
    assert {q[2] for q in quotes} == {"نحتاج دعماً. الآن."}
    assert {q[3] for q in quotes} == {"المدير"}
    assert all(text[q[9]:q[10]] == q[2] for q in quotes)


def test_unclosed_openers_and_marks():
    # Openers never closed protect nothing: every full stop ends a sentence.
    text, n = _line(lambda i: "« كلمة. ")
    r = _extract(text)
    assert r["documents"][0][8] == n


def test_one_sentence_with_thousands_of_figures_and_mentions():
    text, n = _line(lambda i: f"وقدمت منظمة الصحة العالمية {i % 9 + 2} ملايين دولار "
                              "لمشروع المياه، ")
    r = _extract(text)
    assert r["documents"][0][8] == 1
    funding = r["funding"]
    assert len(funding) == n
    assert [f[2] for f in funding] == [(i % 9 + 2) * 1_000_000 for i in range(n)]
    assert {f[5] for f in funding} == {"مشروع المياه"}
    assert all(text[f[7]:f[8]] == f[1] for f in funding)


def test_many_dates_in_one_line():
    text, n = _line(lambda i: f"وفي {i % 28 + 1} مارس {2000 + i % 20} زار الوفد المدينة، ")
    r = _extract(text)
    dates = r["dates"]
    assert len(dates) == n
    assert [d[2] for d in dates] == [f"{2000 + i % 20}-03-{i % 28 + 1:02d}" for i in range(n)]


@pytest.mark.parametrize("gap", ["، ", ". "])
def test_many_speakers(gap):
    # Each speaker quoted by full name, then by family name alone (وأضاف حداد), which
    # the attribution completes from the earlier speakers.
    firsts = ["سامر", "ليلى", "خالد", "منى", "طارق", "هالة", "يوسف", "ريم", "عمر"]
    # One family name per person: two people of one family name are one entity today.
    families = ["الخطيب", "حداد", "منصور", "السعدي", "العلي", "الشامي", "النجار", "عيسى",
                "الحسيني"]
    name = lambda i: (firsts[i % 9], families[i % 9])  # noqa: E731
    text, n = _line(lambda i: f"وصرح {' '.join(name(i))}: “شكراً لكم جميعاً”{gap}"
                              f"وأضاف {name(i)[1]}: “سنعود قريباً”{gap}")
    quotes = _extract(text)["quotes"]
    assert len(quotes) == 2 * n
    assert [q[3] for q in quotes] == [" ".join(name(i // 2)) for i in range(2 * n)]
