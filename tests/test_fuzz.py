"""Hostile and pathological input through the whole pipeline (issue #10).

The standing fuzz test sends generated documents, short and of 2,000+ characters (the
tokeniser's two paths), through :func:`khabar.pipeline.extract` and checks every
character offset of every table. The pathological cases are texts a hostile user (or a
broken scraper) produces: long runs of one cue word, marks without letters, amounts past
what a float or the default Decimal context holds, dates at the ends of the calendar.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from khabar.io import Document, InputError, decode_bytes, read_corpus
from khabar.pipeline import extract, extract_document
from khabar.text import analyse


def _doc(text: str, **meta) -> Document:
    return Document("d", text, "<test>", "utf-8", meta)


# --------------------------------------------------------------------------- pathological

@pytest.mark.parametrize("n", [1000, 3000])
def test_a_long_run_of_one_cue_word_is_read(n):
    # Each cue before another cue takes the inner one's phrase: this nested 1000 deep
    # and raised RecursionError.
    tables = extract([_doc("منظمة " * n)])
    assert tables["problems"].empty
    assert tables["documents"]["tokens"].tolist() == [n]


@pytest.mark.parametrize("text", ["ًٌٍَُِّْ", "ًٌ ـــ َ\n ُ ِ", "... ، ؟ « »"])
def test_a_file_of_harakat_or_punctuation_alone_is_not_an_article(tmp_path, text):
    with pytest.raises(InputError, match="no letters or digits"):
        decode_bytes(text.encode("utf-8"), "marks.txt")
    (tmp_path / "marks.txt").write_text(text, encoding="utf-8")
    (tmp_path / "ok.txt").write_text("قالت المنظمة إن التمويل توقف.", encoding="utf-8")
    docs, problems = read_corpus(tmp_path)
    assert [d.doc_id for d in docs] == ["ok"]
    assert [(p.source.rsplit("/", 1)[-1], "no letters or digits" in p.reason)
            for p in problems] == [("marks.txt", True)]


@pytest.mark.parametrize("written, amount", [
    ("123456789012345678901 دولار", 123456789012345678901),
    ("1234567890123456789012345678901 دولار", 1234567890123456789012345678901),
    ("123456789012345678901 مليار دولار", 123456789012345678901 * 10**9),
    ("12345678901234567890.5 دولار", Decimal("12345678901234567890.5")),
    ("1.234567890123456789 مليار دولار", Decimal("1234567890.123456789")),
    ("1.5 مليار دولار", 1_500_000_000),
])
def test_amounts_past_ten_to_the_eighteenth_are_exact(written, amount):
    rows = extract_document(_doc(f"وقدم البنك {written} للمشروع."))["funding"]
    assert [(r[1], r[2]) for r in rows] == [(written, amount)]
    assert type(rows[0][2]) is type(amount)


@pytest.mark.parametrize("doc_date, text, date", [
    ("0001-01-01", "في 12 يوليو قال", "0001-07-12"),
    ("0001-01-01", "في العام نفسه قال", "0001"),
    ("0001-01-01", "في العام الماضي قال", ""),     # would be year 0000
    ("9999-12-31", "في العام المقبل قال", ""),     # would be year 10000
    ("9999-12-31", "في العام الماضي قال", "9998"),
])
def test_relative_dates_stay_inside_the_calendar(doc_date, text, date):
    from khabar.dates import date_rows

    rows = date_rows(analyse(_doc(text, date=doc_date)))
    assert len(rows) == 1 and rows[0][2] == date
