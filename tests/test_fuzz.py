"""Hostile and pathological input through the whole pipeline (issue #10).

The standing fuzz test sends generated documents, short and of 2,000+ characters (the
tokeniser's two paths), through :func:`khabar.pipeline.extract` and checks every
character offset of every table. The pathological cases are texts a hostile user (or a
broken scraper) produces: long runs of one cue word, marks without letters, amounts past
what a float or the default Decimal context holds, dates at the ends of the calendar.
"""
from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


# --------------------------------------------------------------------------- standing fuzz

# Words that set off every extractor (cues, names, currencies, scale words, months,
# quote marks, speech verbs), written for this test, plus characters that hostile or
# broken input carries: controls, joiners, bidi marks, CR, U+2028, NUL, U+FFFD, a
# ligature that expands when normalised, a character beyond the BMP.
_PIECES = ["قال", "قالت", "وأضافت", "بحسب", "إن", "أن", "منظمة", "ومنظمة", "شركة", "حملة",
           "مشروع", "مركز", "وزارة المالية", "جوجل", "غوغل", "Google", "MPower Change", "(IDP)",
           "مليار", "ملايين", "ملياري", "دولار", "يورو", "جنيه", "ريال سعودي", "$", "نحو",
           "أكثر من", "يوم", "الثلاثاء", "12", "يوليو", "آذار/مارس", "2022", "2022.", "1.2",
           "٣٫٥", "12,5", "١٥/٠٦/٢٠٢٢", "رمضان 1445 هـ", "العام الماضي", "“", "”", "«", "»",
           "\"", "(", ")", ":", "،", ".", "؟", "\n", "\r\n", "\r", "Videos by VICE", "اقرأ أيضا",
           "ـ", "\u200f", "\u200c", "\u202e", "\u2028", "\x00", "\ufffd", "ﻻ", "ﷺ", "😀",
           "ًٌٍ", "l'Élysée", "=HYPERLINK(\"x\")", "\t"]

_ODD_CHARS = st.text(alphabet=st.sampled_from(
    list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةىؤئًٌَُِّـ٠١٢٣٤٥٦٧٨٩٫٬،؛؟«»“”\"")
    + list("AZaz09.,;:!?()-'&$%@= \n\r\t") + ["\u200d", "\u2066", "\x1b", "\x7f", "é"]),
    max_size=40)

_PIECE_OR_CHARS = st.one_of(st.sampled_from(_PIECES), _ODD_CHARS)

#: Tables with character offsets, and the column that must equal text[start:end].
_SURFACE = {"tokens": "text", "mentions": "text", "funding": "text", "dates": "text",
            "quotes": "quote", "boilerplate": "text"}


@st.composite
def _document_text(draw) -> str:
    parts = draw(st.lists(_PIECE_OR_CHARS, min_size=1, max_size=40))
    seps = draw(st.lists(st.sampled_from([" ", "", "\n", "  "]), min_size=len(parts),
                         max_size=len(parts)))
    text = "".join(p + s for p, s in zip(parts, seps))
    if draw(st.booleans()):
        # 2,000+ characters: the tokeniser's vectorised path (and long-text code paths
        # elsewhere) rather than the regex one.
        while len(text) < 2000:
            text += " " + " ".join(draw(st.lists(st.sampled_from(_PIECES), min_size=20,
                                                 max_size=60)))
    return text


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(_document_text(), min_size=1, max_size=3))
def test_fuzzed_corpus_through_the_whole_pipeline_keeps_every_offset(texts):
    docs = [Document(f"d{i}", t, f"<fuzz {i}>", "utf-8") for i, t in enumerate(texts)]
    tables = extract(docs)
    assert tables["problems"].empty, tables["problems"].to_dict("records")
    assert sorted(tables["documents"]["doc_id"]) == [d.doc_id for d in docs]
    by_id = {d.doc_id: d.text for d in docs}
    for name, column in _SURFACE.items():
        df = tables[name]
        for doc_id, start, end, surface in zip(df["doc_id"], df["start"], df["end"], df[column]):
            text = by_id[doc_id]
            assert 0 <= start <= end <= len(text), (name, doc_id, start, end)
            assert text[start:end] == surface, (name, doc_id, start, end, surface)
    # The token table covers every visible character outside boilerplate lines once.
    for doc_id, toks in tables["tokens"].groupby("doc_id"):
        starts, ends = toks["start"].tolist(), toks["end"].tolist()
        assert all(a < b for a, b in zip(starts, ends))
        assert all(b <= a for b, a in zip(ends, starts[1:]))


def test_large_amounts_read_back_exactly_from_the_written_tables(tmp_path):
    from khabar.cli import main
    from khabar.io import read_table
    from khabar.store import read_parquet

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "وقدم البنك 123456789012345678901 دولار للمشروع، و12345678901234567890.5 يورو، "
        "و2.5 مليون دولار.", encoding="utf-8")
    assert main(["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"),
                 "--quiet", "--workers", "1"]) == 0
    want = [123456789012345678901, Decimal("12345678901234567890.5"), 2500000]
    data = tmp_path / "out" / "data"
    assert read_table(data / "funding.csv")["amount"].tolist() == want
    notes = json.loads((data / "manifest.json").read_text(encoding="utf-8"))["tables"]
    assert read_parquet(data / "funding.parquet", notes["funding"])["amount"].tolist() == want
