"""Corpus scale: pathological long articles, and the Dask engine against the local one.

Long articles: every extractor finishes and gives the rows the text holds.

Each article is ~200 KB of one line built from short sentences written for these tests:
many quotation marks, one sentence holding thousands of mentions and figures, many
dates. The time bound (``_BOUND_S``) is a safety net against a step whose cost grows
with the square of the text (such a step made a 2 MB line of quotes run for more than
ten minutes), not a speed measurement: speed is measured in ``benchmarks/scale.py``.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
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


def test_many_lines_that_open_with_a_name_and_a_colon():
    # «Name: words» lines (headlines, interview answers). The names of the first family
    # stood once after a title, so their lines are quotes; those of the second never
    # did, so each of their lines searches the article for the name after a title and
    # gives no row. That search once scanned every earlier word for every such line
    # (52 s for 1 MB, four times that for 2 MB: issue 11); this article is ten times the
    # others' size so that a step of that kind goes past the bound.
    firsts = ["سامر", "ليلى", "خالد", "منى", "طارق", "هالة", "يوسف", "ريم", "عمر"]
    intro = "".join(f"وحضر الدكتور {f} الدباغ اللقاء.\n" for f in firsts)
    # each line its own (the season's number): a line repeated word for word is a copy's
    # artefact, dropped as boilerplate
    body, n = _line(lambda i: f"{firsts[i // 2 % 9]} {('الدباغ', 'الفرا')[i % 2]}: لن "
                              f"نتراجع عن خطتنا في موسم الحصاد {i}\n", 2_000_000)
    quotes = _extract(intro + body)["quotes"]
    assert [q[3] for q in quotes] == [f"{firsts[i // 2 % 9]} الدباغ" for i in range(0, n, 2)]
    assert [q[2] for q in quotes] == [f"لن نتراجع عن خطتنا في موسم الحصاد {i}"
                                      for i in range(0, n, 2)]


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


def test_many_unnamed_sources_read_back():
    # A definite source (المصدر الأمني) with no indefinite one of its words before it, among
    # thousands of other unnamed sources: its look-up in the speakers so far is a dict
    # read, not a scan of them all (a scan made this line quadratic).
    text, n = _line(lambda i: f"وقالت مصادر مطلعة: “سنعمل على الخطة {i}”. "
                              f"وأضاف المصدر الأمني: “لن نتأخر”. ")
    quotes = _extract(text)["quotes"]
    assert [q[3] for q in quotes] == ["مصادر مطلعة", "المصدر الأمني"] * n


# --------------------------------------------------------------------------- Dask engine

ROOT = Path(__file__).resolve().parent.parent


def _corpus(folder: Path) -> Path:
    """The seed, the fixtures' articles and one unreadable file (a problem row)."""
    folder.mkdir()
    for src in [ROOT / "seeds" / "000_60485ece05eeeaab.txt",
                *sorted((ROOT / "tests" / "fixtures").glob("*.txt"))]:
        shutil.copy(src, folder / src.name)
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00\xd8 not text \x00\x00")
    return folder


def _tables(data: Path) -> dict[str, bytes]:
    """Every table file's bytes; the manifest without its run id and creation time."""
    out = {p.name: p.read_bytes() for p in sorted(data.iterdir()) if p.name != "manifest.json"}
    manifest = json.loads((data / "manifest.json").read_text(encoding="utf-8"))
    for key in ("run_id", "created"):
        manifest.pop(key, None)
    out["manifest.json"] = json.dumps(manifest, sort_keys=True).encode()
    return out


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  memory_limit="1GiB", dashboard_address=None) as c, \
            distributed.Client(c) as client:
        yield c, client


def test_dask_engine_writes_the_same_bytes_as_the_local_engine(tmp_path, cluster):
    from khabar.pipeline import write_corpus

    seeds = _corpus(tmp_path / "in")
    local, _ = write_corpus(seeds, tmp_path / "local", workers=1)
    dask, problems = write_corpus(seeds, tmp_path / "dask", engine="dask",
                                  scheduler=cluster[1])
    assert dask["tables"]["documents"]["rows"] == len(list(seeds.glob("*.txt"))) - 1
    assert list(problems["source"].map(lambda s: Path(s).name)) == ["broken.txt"]
    assert _tables(tmp_path / "dask" / "data") == _tables(tmp_path / "local" / "data")


def test_extract_cli_on_a_scheduler_address(tmp_path, cluster):
    seeds = _corpus(tmp_path / "in")
    address = cluster[0].scheduler_address
    for out, extra in (("local", ["--workers", "2"]),
                       ("dask", ["--engine", "dask", "--scheduler", address])):
        done = subprocess.run([sys.executable, "-m", "khabar", "extract", str(seeds), "--out",
                               str(tmp_path / out), "--quiet", *extra],
                              capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr
    assert _tables(tmp_path / "dask" / "data") == _tables(tmp_path / "local" / "data")


def test_map_batches_gives_the_batches_in_doc_id_order(cluster, monkeypatch):
    import khabar.batches
    from khabar.engines import map_batches

    monkeypatch.setattr(khabar.batches, "BATCH_DOCS", 2)   # here: batches of this process
    docs = [Document(f"d{i}", f"قالت الوزيرة: “سنبني {i + 2} مدارس جديدة هذا العام”.",
                     f"d{i}.txt", "utf-8") for i in range(7)][::-1]
    local = list(map_batches(list(docs), "local", workers=1))
    dask = list(map_batches(list(docs), "dask", scheduler=cluster[1]))
    assert [len(b.tables["documents"]) for b in local] == [2, 2, 2, 1]
    assert [len(b.tables["documents"]) for b in dask] == [2, 2, 2, 1]
    ids = [i for b in dask for i in b.tables["documents"]["doc_id"]]
    assert ids == sorted(d.doc_id for d in docs)
    for a, b in zip(local, dask):
        pd.testing.assert_frame_equal(a.tables["quotes"], b.tables["quotes"])


def test_scheduler_needs_the_dask_engine(tmp_path):
    done = subprocess.run([sys.executable, "-m", "khabar", "extract", str(ROOT / "seeds"),
                           "--out", str(tmp_path), "--scheduler", "tcp://127.0.0.1:8786"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 2
    assert "--engine dask" in done.stderr


def test_unknown_engine_is_refused():
    from khabar.engines import map_batches

    with pytest.raises(ValueError, match="unknown engine"):
        map_batches([], "spark")


@pytest.mark.parametrize("token", ["QUJD", "ب", "7"])
def test_a_long_run_without_spaces(token):
    # A pasted image (base64), a run of letters or digits with no space: the boilerplate
    # patterns once split such a run in cubically many ways (2,000 characters took 55 s).
    text = "قال الوزير إن المنحة وصلت.\n" + token * (20_000 // len(token)) + "\n"
    r = _extract(text)
    assert r["documents"][0][7] == 2                    # paragraphs: both lines


def _sentences(n: int) -> list[Document]:
    # Invented sentences: a quote with a figure, an organisation, a date, in each article.
    return [Document(f"p{i:02d}", f"قالت وزارة الصحة في {i % 28 + 1} مارس 2024: “خصصنا {i + 2} "
                     f"ملايين دولار لبناء {i + 3} مستشفيات”." + " وأضافت الوزارة." * (i % 4),
                     f"p{i:02d}.txt", "utf-8") for i in range(n)]


def test_part_bounds_share_a_batch_by_characters_and_keep_a_doc_id_whole():
    from khabar.batches import part_bounds

    docs = _sentences(9)
    parts = part_bounds(docs, 1, 9, 3)
    assert parts[0][0] == 1 and parts[-1][1] == 9 and len(parts) == 3
    assert all(a[1] == b[0] for a, b in zip(parts, parts[1:]))
    twins = [Document("same", d.text, d.source, "utf-8") for d in docs[1:5]] + [docs[5]]
    assert part_bounds(twins, 0, 5, 2) == [(0, 4), (4, 5)]       # the four "same" together
    assert part_bounds(docs, 0, 1, 2) == [(0, 1)]


@pytest.mark.parametrize("encoded", [True, False])
def test_parts_of_a_batch_merge_into_the_batch_run_whole(encoded):
    from khabar.batches import extract_batch, merge_parts, part_bounds

    docs = _sentences(12)
    whole = extract_batch(docs, None, encoded)
    merged = merge_parts([extract_batch(docs[a:b], None, encoded)
                          for a, b in part_bounds(docs, 0, len(docs), 3)])
    assert (merged.documents, merged.tokens, merged.problems) == (12, whole.tokens, [])
    assert list(merged.terms.total.items()) == list(whole.terms.total.items())
    assert merged.terms.documents == whole.terms.documents
    assert merged.terms.per_doc == whole.terms.per_doc
    assert merged.organisations.table().equals(whole.organisations.table())
    for name, table in whole.tables.items():
        if encoded:
            got = merged.tables[name]
            assert (got.rows, got.csv) == (table.rows, table.csv), name
            assert got.arrow is None if table.arrow is None else got.arrow.equals(table.arrow)
        else:
            pd.testing.assert_frame_equal(merged.tables[name], table, check_exact=True)


def test_parts_whose_dtypes_differ_are_not_merged():
    from khabar.batches import extract_batch, merge_parts

    docs = _sentences(4)
    first, second = extract_batch(docs[:2], None), extract_batch(docs[2:], None)
    # A column of whole numbers in one part, of floats in the other: the CSV of the
    # batch run whole would write 3.0 for the first part's 3 too.
    second.tables["documents"]["paragraphs"] = second.tables["documents"]["paragraphs"] + 0.5
    assert merge_parts([first, second]) is None


@pytest.mark.parametrize("merge", ["parts", "whole again"])
def test_two_workers_give_the_batches_of_one(monkeypatch, merge):
    import khabar.batches
    import khabar.engines
    from khabar.engines import map_batches

    monkeypatch.setattr(khabar.batches, "BATCH_DOCS", 4)
    if merge == "whole again":         # parts that cannot be merged: the batch runs whole
        monkeypatch.setattr(khabar.engines, "merge_parts", lambda parts: None)
    one = list(map_batches(_sentences(11), "local", workers=1, encoded=True))
    two = list(map_batches(_sentences(11), "local", workers=2, encoded=True))
    assert [b.documents for b in two] == [b.documents for b in one] == [4, 4, 3]
    for a, b in zip(one, two):
        assert {n: (t.rows, t.csv) for n, t in a.tables.items()} == {
            n: (t.rows, t.csv) for n, t in b.tables.items()}
        assert a.terms.per_doc == b.terms.per_doc
