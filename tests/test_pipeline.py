"""The corpus pipeline and `khabar extract`: determinism, provenance, bad input."""
from __future__ import annotations

import hashlib

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st
import pytest

from khabar import schema
from khabar.cli import main
from khabar.pipeline import TABLE_NAMES, extract, extract_corpus, write_tables
from khabar.io import read_corpus

from .conftest import SEED, SEEDS


@pytest.fixture(scope="module")
def seed_tables():
    return extract_corpus(SEEDS)


def test_every_table_has_its_contract_columns(seed_tables):
    contract = {"tokens": schema.TOKENS, "mentions": schema.MENTIONS,
                "organisations": schema.ORGANISATIONS, "funding": schema.FUNDING,
                "dates": schema.DATES, "quotes": schema.QUOTES, "documents": schema.DOCUMENTS}
    assert set(seed_tables) == set(TABLE_NAMES)
    for name, cols in contract.items():
        assert list(seed_tables[name].columns[:len(cols)]) == cols, name


def test_the_readme_data_contract_names_every_column():
    # The README's table of OUT/data/*.csv names each column of khabar.schema (a table
    # may have more columns after them: funding's paragraph, bound …).
    import re
    from .conftest import ROOT
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in schema.TABLE_NAMES:
        row = re.search(rf"^\| `{name}\.csv` \| (.*)\|\s*$", readme, re.M)
        assert row, name
        # column names: a word before a comma, an opening bracket or the row's end,
        # outside brackets
        depth, plain = 0, []
        for ch in row.group(1):
            depth += ch == "("
            depth -= ch == ")"
            plain.append(ch if depth == 0 and ch != ")" else " ")
        named = set(re.findall(r"\b([a-z_]+)\b", "".join(plain)))
        missing = [c for c in getattr(schema, name.upper()) if c not in named]
        assert not missing, (name, missing)


def test_every_row_points_at_its_surface_form(seed_tables):
    text = SEED.read_text(encoding="utf-8")
    surface = {"tokens": "text", "mentions": "text", "funding": "text", "dates": "text",
               "quotes": "quote", "boilerplate": "text"}
    for name, col in surface.items():
        df = seed_tables[name]
        for row in df.itertuples(index=False):
            assert text[row.start:row.end] == getattr(row, col), (name, row)


def test_seed_token_table(seed_tables):
    tokens = seed_tables["tokens"]
    assert tokens["index"].tolist() == list(range(len(tokens)))
    assert set(tokens["kind"]) == {"arabic", "latin", "number", "punct"}
    assert tokens["paragraph"].max() == 15
    # Term frequencies are normalised (أمازون = امازون), clitics merged only onto words
    # that occur on their own (وأمازون → أمازون, المشروع → مشروع), stop words gone.
    terms = seed_tables["terms"].set_index("term")
    amazon = tokens[tokens["norm"].isin(["امازون", "وامازون"])]
    assert terms.loc["امازون", "frequency"] == len(amazon) > 10
    assert terms.loc["امازون", "forms"] == "امازون | وامازون"
    assert {"المشروع", "مشروع"} <= set(terms.loc["مشروع", "forms"].split(" | "))
    assert "في" not in terms.index and "التي" not in terms.index


def test_sentence_table_rebuilds_every_sentence_and_the_first_few_alone(seed_tables):
    from khabar.document_tables import sentence_table

    tokens = seed_tables["tokens"]
    sentences = sentence_table(tokens)
    assert len(sentences) == seed_tables["documents"]["sentences"].sum() > 20
    assert sentences["tokens"].sum() == len(tokens)
    text = SEED.read_text(encoding="utf-8")
    for row in sentences.itertuples():
        # The tokens cover the sentence's span but for its spacing.
        assert "".join(text[row.start:row.end].split()) == row.text.replace(" ", "")
    for first in (1, 3, len(sentences) - 1, len(sentences), len(sentences) + 5):
        pd.testing.assert_frame_equal(sentence_table(tokens, first=first),
                                      sentences.head(first))


@pytest.mark.parametrize("word, vocabulary, key", [
    ("المشروع", {"مشروع"}, "مشروع"), ("وقال", {"قال"}, "قال"),
    ("للحكومه", {"الحكومه"}, "الحكومه"),
    # The remainder counts under its own term: one term for the family of forms.
    ("للتنميه", {"التنميه", "تنميه"}, "تنميه"), ("والمشروع", {"المشروع", "مشروع"}, "مشروع"),
    ("لبنان", {"مشروع"}, "لبنان"), ("وزن", {"زن"}, "وزن"),   # remainder unknown / too short
    ("وزاره", {"زيارة"}, "وزاره"), ("المشروع", set(), "المشروع"),
])
def test_term_key_strips_clitics_only_onto_known_words(word, vocabulary, key):
    from khabar.pipeline import term_key
    assert term_key(word, vocabulary) == key


def test_same_input_gives_byte_identical_csvs(tmp_path, seed_tables):
    a = write_tables(seed_tables, tmp_path / "a")
    b = write_tables(extract_corpus(SEEDS), tmp_path / "b")
    for pa, pb in zip(a, b):
        assert hashlib.sha256(pa.read_bytes()).digest() \
            == hashlib.sha256(pb.read_bytes()).digest(), pa.name


def test_parallel_and_serial_runs_agree(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    for i in range(4):
        (tmp_path / f"a{i}.txt").write_text(text, encoding="utf-8")
    docs, _ = read_corpus(tmp_path)
    serial = extract(docs, workers=1)
    parallel = extract(docs, workers=2)
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(serial[name], parallel[name], check_dtype=False)
    tokens = serial["tokens"]
    assert tokens["doc_id"].tolist() == sorted(tokens["doc_id"])
    assert all(g["start"].is_monotonic_increasing for _, g in tokens.groupby("doc_id"))


def test_a_failing_article_is_reported_and_the_rest_run(monkeypatch, tmp_path):
    import khabar.pipeline as pipeline

    text = SEED.read_text(encoding="utf-8")
    (tmp_path / "good.txt").write_text(text, encoding="utf-8")
    (tmp_path / "bad.txt").write_text(text[:500], encoding="utf-8")
    import khabar.document_tables as document_tables

    real = document_tables.date_rows

    def fragile(article):
        if article.doc_id == "bad":
            raise ValueError("boom")
        return real(article)

    monkeypatch.setattr(document_tables, "date_rows", fragile)
    tables = pipeline.extract_corpus(tmp_path)
    assert tables["documents"]["doc_id"].tolist() == ["good"]
    problem = tables["problems"].iloc[0]
    assert problem["source"].endswith("bad.txt") and "ValueError: boom" in problem["reason"]


def test_cli_extract_reports_bad_files_and_exit_status(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    assert main(["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "empty.txt: the file is empty" in err and "no article could be read" in err
    assert "Traceback" not in err
    (tmp_path / "in" / "ok.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"),
                 "--quiet", "--workers", "1"]) == 0
    problems = pd.read_csv(tmp_path / "out" / "data" / "problems.csv", encoding="utf-8-sig")
    assert problems["reason"].tolist() == ["the file is empty"]
    assert main(["extract", str(tmp_path / "missing"), "--out", str(tmp_path / "o2")]) == 1
    assert "no such file or folder" in capsys.readouterr().err


def test_cli_reports_a_malformed_user_gazetteer_once(tmp_path, monkeypatch, capsys):
    bad = tmp_path / "gaz.csv"
    bad.write_text("entity,label,type,aliases\nأريج,ORGANISATION,ngo,ARIJ\n", encoding="utf-8")
    monkeypatch.setenv("KHABAR_GAZETTEER", str(bad))
    assert main(["extract", str(SEEDS), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("khabar: gazetteer: ") and str(bad) in err and "Traceback" not in err


# Words that trigger every extractor: cues, currencies, months, quote marks, brackets.
_PIECES = ["قال", "قالت", "وأضافت", "بحسب", "إن", "أن", "منظمة", "ومنظمة", "شركة", "حملة",
           "مشروع", "مركز", "في", "مليار", "ملايين", "ملياري", "دولار", "يورو", "جنيه",
           "ريال سعودي", "$", "نحو", "أكثر من", "يوم", "الثلاثاء", "12", "يوليو", "آذار/مارس",
           "2022", "١٥/٠٦/٢٠٢٢", "رمضان", "1445", "هـ", "عام", "العام نفسه", "1.2", "٣٫٥",
           "12,5", "“", "”", "«", "»", "\"", "(", ")", ":", "،", ".", "؟", "\n",
           "Google", "AWS", "MPower Change", "جوجل", "غوغل", "هايز", "مايشا هايز",
           "متحدث باسم", "ميتا", "ـ", "\u200f", "ﻻ", "Videos by VICE"]


def _full_columns():
    from khabar import dates, entities, money, quotes
    return {"mentions": entities.COLUMNS, "funding": money.COLUMNS, "dates": dates.COLUMNS,
            "quotes": quotes.COLUMNS}


_FULL = _full_columns()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60))
def test_full_extraction_never_raises_and_offsets_hold(pieces):
    from khabar.io import Document
    from khabar.pipeline import extract_document

    text = " ".join(pieces)
    tables = extract_document(Document("h", text, "<generated>", "utf-8"))
    for name, col in [("mentions", "text"), ("funding", "text"), ("dates", "text"),
                      ("quotes", "quote")]:
        columns = _FULL[name]
        for row in tables[name]:
            row = dict(zip(columns, row))
            assert text[row["start"]:row["end"]] == row[col], (name, row)


def test_corpus_terms_and_scripts_agree_with_the_token_table(tmp_path):
    from khabar.pipeline import script_mix, term_frequencies
    from .conftest import FIXTURES

    for name in ("money", "quotes", "organisations"):
        (tmp_path / f"{name}.txt").write_text((FIXTURES / f"{name}.txt").read_text("utf-8"),
                                              encoding="utf-8")
    (tmp_path / "seed.txt").write_text(SEED.read_text("utf-8"), encoding="utf-8")
    tables = extract_corpus(tmp_path)
    pd.testing.assert_frame_equal(tables["terms"], term_frequencies(tables["tokens"]))
    pd.testing.assert_frame_equal(tables["scripts"], script_mix(tables["tokens"]))
    # A term shared by several articles counts its documents.
    terms = tables["terms"].set_index("term")
    assert terms["documents"].max() >= 3 and (terms["frequency"] >= terms["documents"]).all()


def test_fixed_frame_matches_the_public_pandas_path(monkeypatch):
    import numpy as np

    from khabar import schema

    rows = [("a", 1, True, 1.5), ("ب", 2, False, None)]
    cols, dtypes = ["s", "i", "b", "o"], [object, np.int64, bool, object]
    fast = schema.fixed_frame(rows, cols, dtypes)
    monkeypatch.setattr(schema, "_make_block", None)
    plain = schema.fixed_frame(rows, cols, dtypes)
    pd.testing.assert_frame_equal(fast, plain)
    assert list(fast.dtypes) == [np.dtype(object), np.dtype("int64"), np.dtype(bool),
                                 np.dtype(object)]


def test_worker_processes_give_the_same_tables_as_one_process():
    # A batch's tables are built in the worker and travel back whole; a NUL inside the
    # text (also the separator of the batch's term counts) comes back as it was.
    from khabar.io import Document
    from khabar.pipeline import extract

    seed = SEED.read_text(encoding="utf-8")
    docs = [Document("a", seed, "a.txt", "utf-8"),
            Document("b", "قالت منظمة \x00 Google: «نحن هنا» في 5 مايو 2023.", "b.txt", "utf-8"),
            Document("c", seed[:3000], "c.txt", "utf-8"), Document("d", "", "d.txt", "utf-8")]
    one, two = extract(docs, workers=1), extract(docs, workers=2)
    for name in one:
        pd.testing.assert_frame_equal(one[name], two[name], obj=name)
    assert "\x00" in set(one["tokens"]["text"])


# Cell text that breaks naive CSV: line breaks of every kind, quotes, the delimiter,
# BOM-like and invisible characters, Arabic, formula starts.
_CELL_TEXT = st.lists(st.sampled_from(list("\r\n\",;'\t =+-@ "
                                           "\ufeff\ufffe\u200f\u2028\u2029\x0b\x0c\x1c\x85")
                                      + ["قال", "ة", "A", "5", "\r\n", '""']),
                       max_size=12).map("".join)


@pytest.fixture(scope="module")
def small_tables(tmp_path_factory):
    from .conftest import FIXTURES

    folder = tmp_path_factory.mktemp("in")
    for name in ("money", "quotes", "organisations"):
        (folder / f"{name}.txt").write_text((FIXTURES / f"{name}.txt").read_text("utf-8"),
                                            encoding="utf-8")
    tables = extract_corpus(folder)
    # Every table with at least one row, so every table gets random text.
    tables["boilerplate"] = pd.DataFrame([("money", "x", 0, 1)], columns=schema.BOILERPLATE)
    tables["problems"] = pd.DataFrame([("a.txt", "x")], columns=schema.PROBLEMS)
    return tables


def _with_random_text(tables, data):
    out = {}
    for name, df in tables.items():
        df = df.iloc[:3].copy()          # a few rows of each table, every text column
        for c in df.columns:
            if df[c].dtype == object and all(isinstance(v, str) for v in df[c]):
                df[c] = data.draw(st.lists(_CELL_TEXT, min_size=len(df), max_size=len(df)))
        out[name] = df
    return out


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_any_cell_text_reads_back_equal_with_csv_and_pandas(small_tables, tmp_path_factory, data):
    import csv

    from khabar.io import read_table, unguard_cell

    tables = _with_random_text(small_tables, data)
    folder = tmp_path_factory.mktemp("w")
    write_tables(tables, folder)
    for name, df in tables.items():
        path = folder / f"{name}.csv"
        with open(path, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
        assert rows[0] == list(df.columns), name
        assert len(rows) == len(df) + 1, name
        text_cols = [i for i, c in enumerate(df.columns)
                     if df[c].dtype == object and all(isinstance(v, str) for v in df[c])]
        expected = [["" if v is None else str(v) for v in r] for r in df.itertuples(index=False)]
        for got, want in zip(rows[1:], expected):
            assert [unguard_cell(got[i]) for i in text_cols] == [want[i] for i in text_cols], name
            # No text cell reaches a spreadsheet starting like a formula.
            assert not any(got[i].startswith(("=", "+", "-", "@", "\t", "\r")) for i in text_cols)
        back = read_table(path)
        assert back.shape == df.shape, name
        for c in df.columns[text_cols]:
            assert back[c].tolist() == ["" if v is None else str(v) for v in df[c]], (name, c)
        assert back.dtypes.tolist() == df.dtypes.tolist(), name


def test_formula_text_is_guarded_in_csv_and_exact_through_read_table(tmp_path):
    from khabar.io import Document, read_table

    text = ("=HYPERLINK(\"http://x\",\"انقر\") قالت منظمة: «+cmd|' /C calc'!A0» و"
            "@SUM(1+1) في 5 مايو 2023، بمبلغ -5 ملايين دولار.")
    doc = Document("=doc", text, "=title.txt", "utf-8", {"title": "-2+3", "outlet": "@x"})
    tables = extract([doc])
    paths = write_tables(tables, tmp_path / "data")
    raw = {p.stem: p.read_text(encoding="utf-8-sig") for p in paths}
    assert "\n'=doc,'=title.txt,utf-8,'-2+3,ar,'@x," in raw["documents"]
    assert ",=HYPERLINK" not in raw["tokens"] and "\n=" not in raw["tokens"]
    tokens = read_table(tmp_path / "data" / "tokens.csv")
    assert tokens["doc_id"].unique().tolist() == ["=doc"]
    for row in tokens.itertuples(index=False):
        assert text[row.start:row.end] == row.text
    assert "=" in set(tokens["text"]) and "-" in set(tokens["text"])
    pd.testing.assert_frame_equal(tokens, tables["tokens"])
    for name in ("mentions", "quotes", "dates", "documents", "funding"):
        pd.testing.assert_frame_equal(read_table(tmp_path / "data" / f"{name}.csv"),
                                      tables[name], obj=name)
    # Numbers are not text: a negative integer is written as a number.
    from khabar.io import format_csv
    assert format_csv(pd.DataFrame({"n": [-5], "t": ["-5"]})) == "n,t\n-5,'-5\n"


def test_streamed_tables_equal_the_in_memory_ones_byte_for_byte(tmp_path, monkeypatch):
    # Chunks of a few token rows: every table is written in many pieces, the terms'
    # document counts come back from the spill file, organisations from summaries.
    import khabar.pipeline as pipeline
    from khabar.pipeline import write_corpus
    from .conftest import FIXTURES

    folder = tmp_path / "in"
    folder.mkdir()
    for f in sorted(FIXTURES.glob("*.txt")):
        (folder / f.name).write_text(f.read_text("utf-8"), encoding="utf-8")
    (folder / "seed.txt").write_text(SEED.read_text("utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    expected = extract_corpus(folder)
    from khabar.entities import organisations_table
    pd.testing.assert_frame_equal(expected["organisations"],
                                  organisations_table(expected["mentions"]))
    write_tables(expected, tmp_path / "whole" / "data")
    import khabar.batches
    from khabar import table_files

    monkeypatch.setattr(pipeline, "CHUNK_TOKENS", 50)
    monkeypatch.setattr(khabar.batches, "BATCH_DOCS", 2)
    chunks = []
    real = table_files.TableWriter.flush
    monkeypatch.setattr(table_files.TableWriter, "flush",
                        lambda self: chunks.append(bool(self._pending)) or real(self))
    for workers in (1, 2):
        out = tmp_path / f"streamed{workers}"
        info, problems = write_corpus(folder, out, workers=workers)
        assert info["tables"]["tokens"]["rows"] == len(expected["tokens"])
        for name in TABLE_NAMES:
            assert (out / "data" / f"{name}.csv").read_bytes() == \
                (tmp_path / "whole" / "data" / f"{name}.csv").read_bytes(), (workers, name)
        stored = pipeline.read_tables(out / "data")
        for name in TABLE_NAMES:
            pd.testing.assert_frame_equal(stored[name], expected[name], obj=name)
    assert sum(chunks) >= 2 * 5 * 3        # row groups of the tokens, documents, scripts…
    assert not list(tmp_path.rglob("*.tmp"))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_CELL_TEXT, st.integers(-10**12, 10**12), st.booleans(), _CELL_TEXT,
                          st.integers(0, 70_000)), min_size=1, max_size=8))
def test_the_fast_csv_writer_writes_pandas_bytes(rows):
    # khabar.io writes int, bool and text columns itself; pandas (with the \r rule) is the
    # reference for every other frame, so both must give the same bytes.
    import io as _io

    from khabar import io as kio

    df = kio.guard_formulas(pd.DataFrame(rows, columns=["a", "n", "b", "z", "small"]))
    fast, slow = _io.StringIO(newline=""), _io.StringIO(newline="")
    assert kio._fast_csv_rows(df, fast, True)
    kio._pandas_csv_rows(df, slow, True)
    assert fast.getvalue() == slow.getvalue()


def test_the_fast_csv_writer_equals_pandas_on_whole_real_tables(seed_tables):
    # The fast writer's plain twin is pandas (with the \r rule): on every table of the
    # seed (the token table alone is thousands of rows of real text), the same bytes.
    import io as _io

    from khabar import io as kio

    for name, table in seed_tables.items():
        df = kio.guard_formulas(table)
        fast, slow = _io.StringIO(newline=""), _io.StringIO(newline="")
        if not kio._fast_csv_rows(df, fast, True):
            continue                     # a dtype the fast writer leaves to pandas
        kio._pandas_csv_rows(df, slow, True)
        assert fast.getvalue() == slow.getvalue(), name
    assert len(kio.format_csv(seed_tables["tokens"])) > 2000


def test_a_run_that_could_not_read_an_article_again_is_never_reused(tmp_path, monkeypatch):
    # An article changed while the corpus was analysed is a problem; the set's
    # fingerprints are then null, so the next run reads and extracts again instead of
    # keeping a set without that article (found stuck by a helper).
    from khabar import batches
    from khabar.io import InputError
    from khabar.pipeline import write_corpus

    folder = tmp_path / "in"
    folder.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for i in range(3):
        (folder / f"a{i}.txt").write_text(text[i * 900:(i + 1) * 900 + 500], encoding="utf-8")
    real = batches.read_deferred

    def changed(doc):
        if doc.doc_id == "a1":
            raise InputError(f"{doc.source}: the file changed while the corpus was being "
                             "analysed")
        return real(doc)

    monkeypatch.setattr(batches, "read_deferred", changed)
    info, problems = write_corpus(folder, tmp_path / "out", workers=1)
    assert info["input_fingerprint"] is None and info["input_files_fingerprint"] is None
    assert problems["source"].str.endswith("a1.txt").tolist() == [True]
    assert info["tables"]["documents"]["rows"] == 2
    monkeypatch.setattr(batches, "read_deferred", real)
    again, problems = write_corpus(folder, tmp_path / "out", workers=1, reuse=True)
    assert again["run_id"] != info["run_id"] and again["input_fingerprint"]
    assert again["tables"]["documents"]["rows"] == 3 and problems.empty


def test_a_documents_language_is_its_metadata_else_arabic_by_script(tmp_path):
    # A plain-text article without metadata was listed with no language; script decides
    # Arabic, and a Latin-script text stays blank (English? French? script cannot tell).
    (tmp_path / "a.txt").write_text("أعلنت الوزارة خطة جديدة لدعم المزارعين في الجنوب.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("The ministry announced a plan for farmers.\n",
                                    encoding="utf-8")
    (tmp_path / "c.txt").write_text("أعلنت الوزارة خطة جديدة.\n", encoding="utf-8")
    (tmp_path / "metadata.json").write_text('{"c.txt": {"language": "fr"}}', encoding="utf-8")
    docs = extract_corpus(tmp_path)["documents"].set_index("doc_id")
    assert docs["language"].to_dict() == {"a": "ar", "b": "", "c": "fr"}
