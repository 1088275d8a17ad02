"""Reading articles in the encodings Arabic news arrives in, and reporting bad input."""
from __future__ import annotations

import hashlib
import json
import os

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.io import InputError, decode_bytes, read_corpus, read_text_file, write_csv

from .conftest import SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding, data", [
    ("utf-8", SEED_TEXT.encode("utf-8")),
    ("utf-8-sig", b"\xef\xbb\xbf" + SEED_TEXT.encode("utf-8")),
    ("utf-16", SEED_TEXT.encode("utf-16")),             # with BOM (LE on this machine)
    ("utf-16", b"\xfe\xff" + SEED_TEXT.encode("utf-16-be")),
])
def test_unicode_encodings_decode_to_the_same_text(encoding, data):
    text, used = decode_bytes(data, "a.txt")
    assert text == SEED_TEXT
    assert used == encoding


def test_windows_1256_is_detected():
    # The seed's Arabic without the characters CP1256 cannot encode (curly quotes, dash).
    sample = SEED_TEXT.encode("cp1256", errors="ignore")
    text, used = decode_bytes(sample, "old-site.txt")
    assert used == "cp1256"
    assert "منظمة العدالة الإعلامية" in text


def test_crlf_is_kept_and_offsets_hold(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(SEED_TEXT.replace("\n", "\r\n").encode("utf-8"))
    doc = read_text_file(path)
    assert "\r\n" in doc.text            # the text as read: nothing rewritten


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    # Arabic UTF-8 bytes decoded as Latin-1 and saved again as UTF-8: classic mojibake.
    (SEED_TEXT[:400].encode("utf-8").decode("latin-1").encode("utf-8"),
     "nonsense: mojibake of Arabic written in UTF-8, read as Latin-1"),
    # Windows-1256 bytes read as CP1252 and saved as UTF-8: letters of the wrong script.
    (SEED_TEXT[:400].encode("cp1256", errors="ignore").decode("cp1252", errors="ignore")
     .encode("utf-8"), "nonsense: mojibake of Arabic written in Windows-1256, read as"),
    # Articles in another language, read right: the message names their script.
    ("הממשלה הודיעה היום על תקציב חדש לשנה הבאה.".encode("utf-8"), "in Hebrew script"),
    ("Правительство объявило сегодня о новом бюджете.".encode("utf-8"), "in Cyrillic script"),
], ids=["empty", "blank", "png", "utf8-as-latin1", "cp1256-as-cp1252", "hebrew", "russian"])
def test_bad_input_is_reported_with_file_and_reason(data, reason):
    with pytest.raises(InputError) as err:
        decode_bytes(data, "bad.txt")
    assert str(err.value).startswith("bad.txt: ")
    assert reason in str(err.value)


def test_corpus_skips_bad_files_and_never_modifies_input(tmp_path):
    (tmp_path / "good.txt").write_text(SEED_TEXT, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "old.txt").write_bytes(SEED_TEXT.encode("cp1256", errors="ignore"))
    (tmp_path / "image.txt").write_bytes(b"\x00\x01\x02binary")
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.rglob("*.txt")}
    docs, problems = read_corpus(tmp_path)
    assert sorted(d.doc_id for d in docs) == ["good", "sub/old"]
    assert {p.source.rsplit("/", 1)[-1] for p in problems} == {"empty.txt", "image.txt"}
    after = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.rglob("*.txt")}
    assert before == after


# Sentences written for this test: Persian and Kurdish (Sorani) news about a budget, and
# an Arabic one naming a few Persian and Kurdish places.
_PERSIAN = ("دولت اعلام کرد که بودجه سال آینده برای پروژه‌های آب و برق افزایش می‌یابد. "
            "وزیر گفت این تصمیم در جلسه هیئت دولت گرفته شد و اجرای آن از ماه آینده آغاز "
            "می‌شود. به گفته او، مبلغ این بودجه بیست هزار میلیارد تومان است.")
_KURDISH = ("حکومەتی هەرێم ڕایگەیاند کە بودجەی ساڵی داهاتوو بۆ پرۆژەکانی ئاو زیاد دەکرێت. "
            "وەزیری دارایی وتی ئەم بڕیارە لە کۆبوونەوەی ئەنجومەنی وەزیران دراوە.")
_ARABIC_NAMING_PLACES = ("زار وفد من وزارة التجارة مدينتي گلپايگان وپيرانشهر، ثم التقى "
                         "محافظ چمچمال في اجتماع ناقش فيه الجانبان مشاريع الطرق والمياه "
                         "والكهرباء، وقال الوزير إن التعاون بين البلدين سيتسع في العام المقبل "
                         "ليشمل التعليم والصحة والزراعة والنقل.")


def test_an_article_in_persian_or_kurdish_is_skipped_with_its_language(tmp_path):
    # Arabic script, not Arabic: khabar's word lists would find nothing or nonsense, so
    # the article is skipped with a reason naming the language; the rest of the corpus,
    # an Arabic article naming Persian and Kurdish places among them, is read.
    (tmp_path / "fa.txt").write_text(_PERSIAN, encoding="utf-8")
    (tmp_path / "ku.txt").write_text(_KURDISH, encoding="utf-8")
    (tmp_path / "ar.txt").write_text(_ARABIC_NAMING_PLACES, encoding="utf-8")
    with open(tmp_path / "rows.jsonl", "w", encoding="utf-8") as fh:
        for text in (_ARABIC_NAMING_PLACES, _PERSIAN):
            fh.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    docs, problems = read_corpus(tmp_path)
    assert sorted(d.doc_id for d in docs) == ["ar", "rows-1"]
    reasons = {p.source.rsplit("/", 1)[-1]: p.reason for p in problems}
    assert sorted(reasons) == ["fa.txt", "ku.txt", "rows.jsonl#2"]
    assert reasons["fa.txt"].startswith("is written in Persian, not Arabic")
    assert reasons["ku.txt"].startswith("is written in Kurdish, not Arabic")
    assert reasons["rows.jsonl#2"] == reasons["fa.txt"]


# Written for this test: a short report about a school, in logical order.
_LOGICAL = ("افتتحت البلدية مدرسة جديدة في الحي الشرقي. وقالت رئيسة البلدية إن المدرسة "
            "ستستقبل ثلاثمئة تلميذ في السنة الأولى، وإن مكتبة صغيرة ستلحق بها.\n"
            "وأضافت أن الوزارة وافقت على تمويل الحافلة المدرسية.")


def test_an_article_in_visual_order_is_skipped_with_the_reason(tmp_path):
    # Text copied from a PDF as it is drawn: each line's letters left to right, so every
    # word is backwards and words begin with ة or ى. Its tables would be nonsense; it is
    # skipped with a reason that says what to do; the same text in logical order is read.
    backwards = "\n".join(line[::-1] for line in _LOGICAL.splitlines())
    (tmp_path / "pdf-copy.txt").write_text(backwards, encoding="utf-8")
    (tmp_path / "logical.txt").write_text(_LOGICAL, encoding="utf-8")
    docs, problems = read_corpus(tmp_path)
    assert [d.doc_id for d in docs] == ["logical"]
    [problem] = problems
    assert problem.source.endswith("pdf-copy.txt")
    assert problem.reason.startswith("has its Arabic letters in visual order")
    assert "give khabar the PDF itself" in problem.reason


def test_csv_and_jsonl_corpora_carry_metadata(tmp_path):
    pd.DataFrame({"id": ["a1", "a2"], "title": ["t1", "t2"], "outlet": ["o", "o"],
                  "text": [SEED_TEXT[:300], ""]}).to_csv(tmp_path / "c.csv", index=False)
    with open(tmp_path / "j.jsonl", "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": SEED_TEXT[300:600], "date": "2022-07-13"},
                            ensure_ascii=False) + "\n")
        fh.write("not json\n")
    docs, problems = read_corpus(tmp_path)
    ids = {d.doc_id: d for d in docs}
    assert ids["a1"].meta == {"title": "t1", "outlet": "o"}
    assert ids["j-1"].meta == {"date": "2022-07-13"}  # read: only line 2 is bad
    reasons = " ".join(str(p) for p in problems)
    assert "c.csv#2: empty text" in reasons
    assert "j.jsonl#2: line 2 is not JSON" in reasons


def test_seed_metadata_is_read():
    docs, problems = read_corpus(SEED.parent)
    assert problems == []
    assert docs[0].meta["language"] == "ar"


def test_write_csv_is_utf8_with_bom_and_atomic(tmp_path):
    df = pd.DataFrame({"organisation": ["منظمة العدالة الإعلامية"], "mentions": [2]})
    path = write_csv(df, tmp_path / "t.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig") == "organisation,mentions\nمنظمة العدالة الإعلامية,2\n"
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]    # no temporary left


def test_write_csv_leaves_old_file_on_failure(tmp_path, monkeypatch):
    path = write_csv(pd.DataFrame({"a": [1]}), tmp_path / "t.csv")
    real_fdopen = os.fdopen

    class DiskFull:
        """A file that takes the first bytes of a write, then fails as a full disk does."""

        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def write(self, data):
            self.fh.write(data[:3])
            self.fh.flush()
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: DiskFull(real_fdopen(fd, *a, **k)))
    with pytest.raises(OSError):
        write_csv(pd.DataFrame({"a": [2]}), path)
    monkeypatch.undo()
    assert path.read_bytes().decode("utf-8-sig") == "a\n1\n"
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]


def test_sources_are_relative_to_the_corpus_folder(tmp_path):
    corpus = tmp_path / "articles"
    (corpus / "2022").mkdir(parents=True)
    (corpus / "2022" / "a.txt").write_text(SEED_TEXT, encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    docs, problems = read_corpus(corpus)
    assert [d.source for d in docs] == ["articles/2022/a.txt"]
    assert [p.source for p in problems] == ["articles/empty.txt"]
    docs, _ = read_corpus(corpus / "2022" / "a.txt")
    assert docs[0].source == "a.txt"


def test_tables_are_readable_by_others(tmp_path):
    import os
    import stat
    old = os.umask(0o022)
    try:
        path = write_csv(pd.DataFrame({"a": [1]}), tmp_path / "t.csv")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_csv_corpus_with_a_long_article(tmp_path):
    long_text = (SEED_TEXT.replace("\n", " ") + " ") * 30          # ~300 KB in one field
    pd.DataFrame({"id": ["long"], "text": [long_text]}).to_csv(tmp_path / "c.csv", index=False)
    docs, problems = read_corpus(tmp_path / "c.csv")
    assert problems == [] and docs[0].text == long_text


def test_unicode_line_separators_inside_corpus_fields(tmp_path):
    text = "قالت المنظمة\u2028في بيان إن التمويل توقف."
    pd.DataFrame({"id": ["a"], "text": [text]}).to_csv(tmp_path / "c.csv", index=False)
    (tmp_path / "j.jsonl").write_text(json.dumps({"id": "b", "text": text}, ensure_ascii=False)
                                      + "\r\n", encoding="utf-8")
    docs, problems = read_corpus(tmp_path)
    assert problems == [] and [d.text for d in docs] == [text, text]


# --------------------------------------------------------------------------- hostile input
SHORT = "قالت المنظمة في بيان إن التمويل توقف في العام الماضي."


def _extract_and_write(corpus, out):
    """The whole run of ``khabar extract``: tables of ``corpus`` written under ``out``,
    and each table read back (pandas, UTF-8 with BOM)."""
    from khabar.pipeline import extract_corpus, write_tables

    tables = extract_corpus(corpus)
    write_tables(tables, out)
    return tables, {p.stem: pd.read_csv(p, encoding="utf-8-sig") for p in out.glob("*.csv")}


def test_a_file_name_that_is_not_utf8_is_one_problem_printed_escaped(tmp_path):
    import os
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "ok.txt").write_text(SHORT, encoding="utf-8")
    with open(os.path.join(os.fsencode(corpus), b"caf\xe9.txt"), "wb") as fh:
        fh.write(SHORT.encode("utf-8"))
    tables, written = _extract_and_write(corpus, tmp_path / "out")
    assert written["documents"]["doc_id"].tolist() == ["ok"]
    assert written["problems"]["source"].tolist() == ["in/caf\\xe9.txt"]
    assert "not valid UTF-8" in written["problems"]["reason"][0]


def test_a_lone_surrogate_in_a_jsonl_text_is_one_problem(tmp_path):
    (tmp_path / "in").mkdir()
    lines = [json.dumps({"id": "bad", "text": "قالت \ud800 المنظمة"}),
             json.dumps({"id": "ok", "text": SHORT, "title": "عنوان \udfff"}, ensure_ascii=True)]
    (tmp_path / "in" / "j.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    tables, written = _extract_and_write(tmp_path / "in", tmp_path / "out")
    assert written["documents"]["doc_id"].tolist() == ["ok"]
    assert written["documents"]["title"].isna().all()           # the bad title is dropped
    problems = dict(zip(written["problems"]["source"], written["problems"]["reason"]))
    assert "lone surrogate (\\ud800) at character 5" in problems["in/j.jsonl#1"]
    assert problems["in/j.jsonl#2"].startswith("warning: metadata 'title'")


@pytest.mark.parametrize("raw, shown", [
    ("\x1b]0;pwned\x07\x1b[2J.txt", "\\x1b]0;pwned\\x07\\x1b[2J.txt"),
    ("نص\u202eexe.txt", "نص\\u202eexe.txt"),
    ("a\rb\nc\x7f\x9b", "a\\x0db\\x0ac\\x7f\\x9b"),
    ("caf\udce9.txt", "caf\\xe9.txt"),
    ("منظمة العدالة MediaJustice 2022.txt", "منظمة العدالة MediaJustice 2022.txt"),
])
def test_printable_escapes_terminal_controls(raw, shown):
    from khabar.io import printable
    assert printable(raw) == shown


def test_cli_prints_file_names_escaped(tmp_path, capsys):
    from khabar.cli import main

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "\x1b]0;pwned\x07\x1b[2J.txt").write_bytes(b"")
    (tmp_path / "in" / "ok.txt").write_text(SHORT, encoding="utf-8")
    assert main(["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"),
                 "--quiet", "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert "khabar: skipped in/\\x1b]0;pwned\\x07\\x1b[2J.txt: the file is empty" in err


@pytest.mark.parametrize("metadata, message", [
    ('{"a.txt": "عنوان"}', "the entry for 'a.txt' is a string, not an object"),
    ('{"a.txt": ["x"]}', "the entry for 'a.txt' is a list, not an object"),
    ('{"a.txt": 3}', "the entry for 'a.txt' is a number, not an object"),
    ('{"a.txt": {"title": "t"', "not valid JSON (Expecting ',' delimiter at line 1"),
    ('[{"a.txt": {"title": "t"}}]', "must be a JSON object keyed by file name, not a list"),
    ('', "the file is empty"),
])
def test_bad_metadata_is_one_problem_and_the_articles_are_read(tmp_path, metadata, message):
    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SHORT, encoding="utf-8")
    (tmp_path / "metadata.json").write_text(metadata, encoding="utf-8")
    docs, problems = read_corpus(tmp_path)
    assert [d.doc_id for d in docs] == ["a", "b"]
    assert [p.source.rsplit("/", 1)[-1] for p in problems] == ["metadata.json"]
    assert message in problems[0].reason and "without metadata" in problems[0].reason


def test_metadata_fields_that_are_not_text(tmp_path):
    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    (tmp_path / "metadata.json").write_text(json.dumps(
        {"a.txt": {"title": ["x"], "outlet": 7, "date": "2022-07-12", "note": "n"}}),
        encoding="utf-8")
    docs, problems = read_corpus(tmp_path)
    assert docs[0].meta == {"outlet": "7", "date": "2022-07-12", "note": "n"}
    assert [p.reason for p in problems] == [
        "warning: 'title' of 'a.txt' is a list, not text; the field is ignored"]


def test_one_bad_jsonl_line_is_one_problem_and_the_good_lines_are_read(tmp_path):
    lines = [json.dumps({"id": "a", "text": SHORT}, ensure_ascii=False), "{broken", "",
             "[1, 2]", json.dumps({"title": "no text"}), json.dumps({"text": SHORT + " ب"}),
             json.dumps({"id": "nul", "text": "قال\u0000 الوزير"})]
    (tmp_path / "j.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, problems = read_corpus(tmp_path / "j.jsonl")
    assert [(d.doc_id, d.source) for d in docs] == [("a", "j.jsonl#1"), ("j-6", "j.jsonl#6")]
    assert [str(p) for p in problems] == [
        "j.jsonl#2: line 2 is not JSON (Expecting property name enclosed in double quotes)",
        "j.jsonl#4: line 4 is a list, not a JSON object",
        "j.jsonl#5: has no 'text' field (fields: title)",
        "j.jsonl#7: a NUL character in column 'text'; the row is skipped"]


def test_a_nul_in_one_csv_cell_is_one_problem_and_the_other_rows_are_read(tmp_path):
    pd.DataFrame({"id": ["a", "b", "c"], "title": ["t", "x\0y", "t"],
                  "text": [SHORT, SHORT, SHORT + "\0"]}).to_csv(tmp_path / "c.csv", index=False)
    docs, problems = read_corpus(tmp_path / "c.csv")
    assert [d.doc_id for d in docs] == ["a"]
    assert [str(p) for p in problems] == [
        "c.csv#2: a NUL character in column 'title'; the row is skipped",
        "c.csv#3: a NUL character in column 'text'; the row is skipped"]


def test_links_that_lead_nowhere_are_reported(tmp_path):
    import os
    corpus = tmp_path / "in"
    (corpus / "real").mkdir(parents=True)
    (corpus / "real" / "a.txt").write_text(SHORT, encoding="utf-8")
    os.symlink("nowhere.txt", corpus / "dangling.txt")
    os.symlink("loop.txt", corpus / "loop.txt")
    os.symlink("real", corpus / "folder-link")
    os.symlink("real/a.txt", corpus / "file-link.txt")
    os.symlink("nowhere", corpus / "not-an-article")          # no article suffix: ignored
    os.mkfifo(corpus / "pipe.txt")                             # reading it would block
    docs, problems = read_corpus(corpus)
    # file-link.txt is real/a.txt under a second name: read once, as itself.
    assert [(d.doc_id, d.source) for d in docs] == [("real/a", "in/real/a.txt")]
    assert sorted(str(p) for p in problems) == [
        "in/dangling.txt: a broken symbolic link (its target 'nowhere.txt' does not exist)",
        "in/file-link.txt: a symbolic link to in/real/a.txt, which is read; "
        "each file is read once",
        "in/folder-link: a symbolic link to a folder, not followed (links can loop)",
        "in/loop.txt: a symbolic link loop (following the link leads back to it)",
        "in/pipe.txt: not a regular file (a FIFO, socket or device)"]


def _linked_corpus(tmp_path):
    """``in/`` holding two articles, a link to one of them, a hard link to the other, a
    link to a file outside the folder and two links to one other outside file."""
    corpus, outside = tmp_path / "in", tmp_path / "elsewhere"
    (corpus / "sub").mkdir(parents=True)
    outside.mkdir()
    (corpus / "a.txt").write_text(SHORT, encoding="utf-8")
    (corpus / "sub" / "b.txt").write_text(SEED_TEXT[:800], encoding="utf-8")
    (outside / "c.txt").write_text(SEED_TEXT[800:1500], encoding="utf-8")
    (outside / "d.txt").write_text(SEED_TEXT[1500:2200], encoding="utf-8")
    os.symlink("a.txt", corpus / "link.txt")                   # sorts after a.txt
    os.symlink("../a.txt", corpus / "sub" / "0-link.txt")      # sorts before sub/b.txt
    os.link(corpus / "sub" / "b.txt", corpus / "hard.txt")     # sorts before sub/b.txt
    os.symlink(outside / "c.txt", corpus / "c.txt")            # read nowhere else
    os.symlink(outside / "d.txt", corpus / "d1.txt")
    os.symlink(outside / "d.txt", corpus / "d2.txt")
    return corpus


@pytest.mark.parametrize("defer", [False, True])
def test_a_file_reached_by_two_paths_is_read_once(tmp_path, defer):
    corpus = _linked_corpus(tmp_path)
    docs, problems = read_corpus(corpus, defer=defer)
    # The real file is kept over a symbolic link to it, whichever sorts first; of two
    # names that are both links, or both hard links, the first in sorted order.
    assert [(d.doc_id, d.source) for d in docs] == [
        ("a", "in/a.txt"), ("c", "in/c.txt"), ("d1", "in/d1.txt"), ("hard", "in/hard.txt")]
    assert [str(p) for p in problems] == [
        "in/d2.txt: a symbolic link to in/d1.txt, which is read; each file is read once",
        "in/link.txt: a symbolic link to in/a.txt, which is read; each file is read once",
        "in/sub/0-link.txt: a symbolic link to in/a.txt, which is read; "
        "each file is read once",
        "in/sub/b.txt: the same file as in/hard.txt (a hard link), which is read; "
        "each file is read once"]
    from khabar.io import read_deferred, text_sha256
    assert [text_sha256(read_deferred(d)) for d in docs] == [
        hashlib.sha256(t.encode()).hexdigest()
        for t in (SHORT, SEED_TEXT[800:1500], SEED_TEXT[1500:2200], SEED_TEXT[:800])]


def test_a_duplicate_link_changes_only_the_problems_and_the_fingerprint(tmp_path):
    from khabar.pipeline import corpus_fingerprint

    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text(SHORT, encoding="utf-8")
    (corpus / "b.txt").write_text(SEED_TEXT[:800], encoding="utf-8")
    docs, problems = read_corpus(corpus, defer=True)
    os.symlink("b.txt", corpus / "another-b.txt")
    linked, linked_problems = read_corpus(corpus, defer=True)
    assert linked == docs and not problems
    assert [p.source for p in linked_problems] == ["in/another-b.txt"]
    # The fingerprint names the problems too (problems.csv is one of the tables): the
    # stored tables are made again, with the same article rows.
    assert corpus_fingerprint(linked, linked_problems) != corpus_fingerprint(docs, problems)
    assert corpus_fingerprint(linked, []) == corpus_fingerprint(docs, [])


def test_khabar_extract_counts_a_linked_article_once(tmp_path, capsys):
    from khabar.cli import main
    from khabar.io import read_table

    corpus = _linked_corpus(tmp_path)
    assert main(["extract", str(corpus), "--out", str(tmp_path / "out"), "--quiet",
                 "--workers", "1"]) == 0
    data = tmp_path / "out" / "data"
    assert sorted(read_table(data / "documents.csv")["doc_id"]) == ["a", "c", "d1", "hard"]
    assert sorted(read_table(data / "problems.csv")["source"]) == [
        "in/d2.txt", "in/link.txt", "in/sub/0-link.txt", "in/sub/b.txt"]
    err = capsys.readouterr().err
    assert "khabar: skipped in/link.txt: a symbolic link to in/a.txt, which is read" in err


def test_a_folder_that_cannot_be_listed_is_reported(tmp_path, monkeypatch):
    import os
    (tmp_path / "in" / "locked").mkdir(parents=True)
    (tmp_path / "in" / "locked" / "a.txt").write_text(SHORT, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(SHORT, encoding="utf-8")
    real = os.scandir

    def scandir(path="."):
        # chmod 000 does not stop root (CI runs as root), so the denial is simulated.
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    docs, problems = read_corpus(tmp_path / "in")
    assert [d.doc_id for d in docs] == ["b"]
    assert [str(p) for p in problems] == [
        "in/locked: the folder cannot be read (Permission denied); its articles are skipped"]


def test_a_header_only_csv_is_reported(tmp_path):
    (tmp_path / "c.csv").write_text("id,title,text\n", encoding="utf-8")
    docs, problems = read_corpus(tmp_path / "c.csv")
    assert docs == [] and [str(p) for p in problems] == [
        "c.csv: has a header row but no rows: no articles"]


# --------------------------------------------------------------------------- encodings
FRENCH = ("Le président s'est exprimé mardi à l'Élysée. « Nous financerons l'École "
          "d'Évian », a-t-il déclaré. Ça coûtera 3 millions d'euros à l'État.\n")


def test_latin_script_in_latin1_is_not_read_as_windows_1256():
    text, used = decode_bytes(FRENCH.encode("latin-1"), "fr.txt")
    assert text == FRENCH and used == "cp1252"


@pytest.mark.parametrize("text", ["“من", "قال الوزير", "نعم", "وقال: «لا».",
                                  "أكد المدير “نعم”", "إيران والعراق 2022"])
def test_short_windows_1256_articles_are_read(text):
    assert decode_bytes(text.encode("cp1256"), "short.txt") == (text, "cp1256")


def test_a_stray_byte_in_utf8_is_read_as_replacement_and_located(tmp_path):
    raw = SEED_TEXT.encode("utf-8")
    cut = raw.index(b" ", 5000)                        # between two characters
    data = raw[:cut] + b"\xff" + raw[cut:]
    (tmp_path / "a.txt").write_bytes(data)
    docs, problems = read_corpus(tmp_path / "a.txt")
    assert docs[0].encoding == "utf-8"
    char = len(raw[:cut].decode("utf-8"))
    assert docs[0].text == SEED_TEXT[:char] + "\ufffd" + SEED_TEXT[char:]
    assert [str(p) for p in problems] == [
        f"a.txt: warning: 1 run(s) of bytes that are not valid UTF-8, at byte offset(s) "
        f"{cut}; each is read as one U+FFFD (character offset(s) {char}), the rest as UTF-8"]
    from khabar.io import describe_problem
    assert describe_problem(problems[0].source, problems[0].reason).startswith(
        "warning: a.txt: 1 run(s)")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read(codec):
    assert decode_bytes(SEED_TEXT.encode(codec), "u.txt") == (SEED_TEXT, codec)
    short = "قالت المنظمة إن التمويل توقف."
    assert decode_bytes(short.encode(codec), "u.txt") == (short, codec)


@pytest.mark.parametrize("codec, recorded", [("cp1256", "cp1256"), ("utf-16", "utf-16"),
                                             ("utf-16-le", "utf-16-le"), ("utf-8", "utf-8")])
def test_a_csv_corpus_records_its_real_encoding(tmp_path, codec, recorded):
    text = SHORT + " وقال المدير إن المنظمة ستواصل عملها في العام المقبل."
    pd.DataFrame({"id": ["a"], "text": [text]}).to_csv(tmp_path / "c.csv", index=False,
                                                       encoding=codec)
    docs, problems = read_corpus(tmp_path / "c.csv")
    assert problems == [] and [(d.text, d.encoding) for d in docs] == [(text, recorded)]


def test_jsonl_ids_and_metadata_that_are_not_text(tmp_path):
    lines = [{"id": 7, "text": SHORT, "title": ["a", "b"], "date": 2022},
             {"id": {"x": 1}, "text": SHORT}]
    (tmp_path / "j.jsonl").write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    docs, problems = read_corpus(tmp_path / "j.jsonl")
    assert [(d.doc_id, d.meta) for d in docs] == [("7", {"date": "2022"})]
    assert [str(p) for p in problems] == [
        "j.jsonl#1: warning: 'title' is a list, not text; the field is ignored",
        "j.jsonl#2: the id is an object, not text"]


def test_a_preview_reads_only_the_first_articles(tmp_path):
    # Notebook 02 shows three articles: it reads three files, not the whole corpus.
    text = SEED.read_text(encoding="utf-8")
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(text[i * 100:i * 100 + 800], encoding="utf-8")
    docs, problems = read_corpus(tmp_path, limit=3)
    assert [d.doc_id for d in docs] == ["0", "1", "2"] and not problems
    assert len(read_corpus(tmp_path)[0]) == 5


# --------------------------------------------------------------------------- deferred

def _mixed_corpus(folder):
    """Plain text in three encodings (one with invalid bytes, one with metadata), a CSV
    corpus and a saved page: what a streamed run reads."""
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(SEED_TEXT, encoding="utf-8")
    (folder / "sub" / "old.txt").write_bytes(SEED_TEXT.encode("cp1256", errors="ignore"))
    (folder / "sub" / "wide.txt").write_bytes(SEED_TEXT[:900].encode("utf-16"))
    (folder / "bad.txt").write_bytes(SEED_TEXT[:300].encode("utf-8") + b"\xff\xfe"
                                     + SEED_TEXT[300:600].encode("utf-8"))
    (folder / "metadata.json").write_text(json.dumps({"a.txt": {"outlet": "وكالة"}}),
                                          encoding="utf-8")
    pd.DataFrame({"id": ["r1", "r2"], "text": [SEED_TEXT[:500], SEED_TEXT[500:900]]}).to_csv(
        folder / "rows.csv", index=False)
    (folder / "page.html").write_text(f"<html><body><article><p>{SEED_TEXT[:700]}</p>"
                                      "</article></body></html>", encoding="utf-8")
    return folder


def test_deferred_reading_gives_back_the_documents_and_problems_read_at_once(tmp_path):
    from khabar.io import DeferredDocument, read_deferred, text_chars, text_sha256

    folder = _mixed_corpus(tmp_path / "in")
    docs, problems = read_corpus(folder)
    deferred, deferred_problems = read_corpus(folder, defer=True)
    assert deferred_problems == problems and any("not valid UTF-8" in p.reason
                                                 for p in problems)
    assert [d.doc_id for d in deferred] == [d.doc_id for d in docs]
    kinds = {d.doc_id: type(d).__name__ for d in deferred}
    # Plain text is deferred; the rows of a CSV and a saved page keep their text.
    assert kinds == {"a": "DeferredDocument", "bad": "DeferredDocument",
                     "sub/old": "DeferredDocument", "sub/wide": "DeferredDocument",
                     "r1": "Document", "r2": "Document", "page": "Document"}
    for d, whole in zip(deferred, docs):
        assert not isinstance(d, DeferredDocument) or not hasattr(d, "text")
        assert text_chars(d) == len(whole.text) and text_sha256(d) == text_sha256(whole)
        again = read_deferred(d)
        assert (again, again.meta, again.encoding) == (whole, whole.meta, whole.encoding)


def test_a_deferred_article_changed_or_gone_before_it_is_analysed_is_a_problem(tmp_path):
    from khabar.batches import extract_batch
    from khabar.gazetteer import load_gazetteer

    folder = _mixed_corpus(tmp_path / "in")
    docs, _ = read_corpus(folder, defer=True)
    (folder / "a.txt").write_text(SEED_TEXT.replace("أمازون", "شركة"), encoding="utf-8")
    (folder / "sub" / "old.txt").unlink()
    batch = extract_batch(docs, load_gazetteer())
    reasons = {p.source: p.reason for p in batch.problems}
    assert set(reasons) == {"in/a.txt", "in/sub/old.txt"}
    assert "changed while the corpus was being analysed" in reasons["in/a.txt"]
    assert "cannot be read" in reasons["in/sub/old.txt"]
    assert str(tmp_path) not in " ".join(reasons.values())        # no local path
    assert batch.documents == len(docs) - 2                       # the rest are analysed


@pytest.mark.parametrize("inside", [False, True], ids=["out-is-the-articles-folder",
                                                        "out-inside-it"])
def test_khabar_output_in_the_articles_folder_is_never_read_back(tmp_path, inside):
    from khabar import store
    from khabar.pipeline import _gazetteer_files, write_corpus

    folder = _mixed_corpus(tmp_path / "in")
    out = folder / "out" if inside else folder
    first, _ = read_corpus(folder)
    write_corpus(folder, out, workers=1)
    # What a whole run adds beside the tables: figures and the report, as files that
    # are articles by their names.
    with store.run_locked(out):
        pass
    for sub, name in (("figures", "chart.pdf"), ("reports", "report.html"),
                      ("reports", "note.txt")):
        (out / sub).mkdir(exist_ok=True)
        (out / sub / name).write_text(f"<p>{SEED_TEXT[:400]}</p>", encoding="utf-8")
    assert (out / "data" / "texts" / "page.txt").is_file()
    docs, problems = read_corpus(folder)
    assert [d.doc_id for d in docs] == [d.doc_id for d in first]
    assert not any("out/" in p.source or "reports" in p.source or "figures" in p.source
                   for p in problems)
    before = store.input_stat_fingerprint(folder, _gazetteer_files())
    (out / "reports" / "report.html").write_text("<p>another run</p>", encoding="utf-8")
    assert store.input_stat_fingerprint(folder, _gazetteer_files()) == before


def test_the_same_id_on_another_text_is_another_article_and_on_the_same_text_a_copy(tmp_path):
    # Two outlets' CSV files both number their rows; a made-up row id meets a file name.
    texts = [SEED_TEXT[i:i + 300] for i in range(0, 2100, 300)]
    pd.DataFrame({"id": ["1", "2"], "text": texts[:2]}).to_csv(tmp_path / "a.csv", index=False)
    pd.DataFrame({"id": ["1", "2"], "text": [texts[2], texts[1]]}).to_csv(tmp_path / "b.csv",
                                                                      index=False)
    pd.DataFrame({"text": [texts[3]]}).to_csv(tmp_path / "c.csv", index=False)   # id c-1
    (tmp_path / "c-1.txt").write_text(texts[4], encoding="utf-8")
    for defer in (False, True):
        docs, problems = read_corpus(tmp_path, defer=defer)
        assert sorted(d.doc_id for d in docs) == ["1", "2", "b/1", "c-1", "c/c-1"]
        reasons = {p.source.rsplit("/", 1)[-1]: p.reason for p in problems}
        assert "read as 'b/1'" in reasons["b.csv#1"] and reasons["b.csv#1"].startswith("warning")
        assert reasons["b.csv#2"].startswith("a copy of") and "a.csv#2" in reasons["b.csv#2"]
        assert "read as 'c/c-1'" in reasons["c.csv#1"]


def test_files_of_one_stem_with_other_texts_are_all_read(tmp_path):
    # x.txt, x.md and a sub-folder's x/x.txt: the stem-qualified id x/x is taken, so the
    # file's whole name qualifies it (x.txt/x); no article is lost
    texts = [SEED_TEXT[i:i + 300] for i in range(0, 900, 300)]
    (tmp_path / "x.txt").write_text(texts[0], encoding="utf-8")
    (tmp_path / "x.html").write_text(f"<html><body><p>{texts[1]}</p></body></html>",
                                     encoding="utf-8")
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "x.txt").write_text(texts[2], encoding="utf-8")
    docs, problems = read_corpus(tmp_path)
    assert len(docs) == 3 and len({d.doc_id for d in docs}) == 3
    assert all(p.reason.startswith("warning") for p in problems)


def test_a_metadata_entry_for_a_table_file_is_the_default_of_its_rows(tmp_path):
    pd.DataFrame({"id": ["r1", "r2"], "outlet": ["", "صحيفة أخرى"],
                  "text": [SEED_TEXT[:300], SEED_TEXT[300:600]]}).to_csv(tmp_path / "a.csv",
                                                                          index=False)
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "j1", "text": SEED_TEXT[:200]},
                                                 ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "metadata.json").write_text(json.dumps({
        "a.csv": {"outlet": "وكالة", "country": "JO", "title": "تصدير"},
        "b.jsonl": {"outlet": "نشرة"}}, ensure_ascii=False), encoding="utf-8")
    docs, problems = read_corpus(tmp_path)
    meta = {d.doc_id: d.meta for d in docs}
    assert meta["r1"]["outlet"] == "وكالة" and meta["r1"]["country"] == "JO"
    assert meta["r2"]["outlet"] == "صحيفة أخرى" and meta["r2"]["country"] == "JO"  # its own
    assert "title" not in meta["r1"] and meta["j1"]["outlet"] == "نشرة"
    assert problems == []


def test_a_csv_row_with_more_fields_than_its_header_is_a_warning(tmp_path):
    (tmp_path / "rows.csv").write_text("id;text\nr1;" + SEED_TEXT[:100] + ";" +
                                       SEED_TEXT[100:200] + "\n", encoding="utf-8")
    (tmp_path / "rows.tsv").write_text("id\ttext\nr2\tx\n", encoding="utf-8")
    docs, problems = read_corpus(tmp_path)
    assert [d.text for d in docs] == [SEED_TEXT[:100]]
    reasons = {p.source.rsplit("/", 1)[-1]: p.reason for p in problems}
    assert reasons["rows.csv#1"].startswith("warning: 1 more field(s) than the header")
    assert "rename it .csv" in reasons["rows.tsv"]


def test_folders_of_articles_named_data_figures_or_reports_are_read(tmp_path):
    # Only khabar's own output is passed over, not a folder that has its name (even with
    # the lock of a run that went elsewhere or wrote nothing yet).
    (tmp_path / ".khabar-run.lock").write_text("", encoding="utf-8")
    for sub in ("", "data", "figures", "reports"):
        (tmp_path / sub).mkdir(exist_ok=True)
        (tmp_path / sub / f"a{sub}.txt").write_text(SEED_TEXT, encoding="utf-8")
    docs, problems = read_corpus(tmp_path)
    assert sorted(d.doc_id for d in docs) == ["a", "data/adata", "figures/afigures",
                                              "reports/areports"]
    assert problems == []


def test_a_document_format_khabar_does_not_read_is_a_problem_saying_what_to_do(tmp_path):
    (tmp_path / "a.txt").write_text(SEED_TEXT, encoding="utf-8")
    for name in ("old.doc", "notes.rtf", "sheet.xlsx", "draft.md", "photo.png",
                 "page_files/script.js"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(b"not an article")
    (tmp_path / "metadata.json").write_text("{}", encoding="utf-8")    # valid: no entries
    docs, problems = read_corpus(tmp_path)
    assert [d.doc_id for d in docs] == ["a"]
    reasons = {p.source.rsplit("/", 1)[-1]: p.reason for p in problems}
    # A document format is named with what to save it as; images and a saved page's
    # scripts are passed over, and an empty metadata object is no problem.
    assert set(reasons) == {"old.doc", "notes.rtf", "sheet.xlsx", "draft.md"}
    assert "save it as .docx" in reasons["old.doc"]
    assert "CSV" in reasons["sheet.xlsx"] and "rename it .txt" in reasons["draft.md"]
    for name, said in (("old.doc", "save it as .docx"), ("photo.png", ".txt, .csv, .jsonl")):
        docs, problems = read_corpus(tmp_path / name)
        assert docs == [] and [p.source for p in problems] == [name]
        assert said in problems[0].reason


@pytest.mark.parametrize("delimiter", [";", "\t"], ids=["semicolon", "tab"])
def test_a_csv_corpus_saved_with_semicolons_or_tabs_is_read_by_its_header(tmp_path, delimiter):
    # A spreadsheet where the comma is the decimal mark saves "CSV" with semicolons; the
    # articles' own commas and semicolons must not decide the separator.
    texts = [SEED_TEXT[:300] + "، ثم; بعد ذلك, " + SEED_TEXT[300:600], SEED_TEXT[600:900]]
    pd.DataFrame({"id": ["r1", "r2"], "title": ["أ", "ب"], "text": texts}).to_csv(
        tmp_path / "rows.csv", index=False, sep=delimiter)
    docs, problems = read_corpus(tmp_path)
    assert problems == [] and [d.text for d in docs] == texts
    assert [d.meta.get("title") for d in docs] == ["أ", "ب"]


def test_with_a_spool_no_read_article_keeps_its_text_and_each_is_read_back_exact(tmp_path):
    from khabar.io import DeferredDocument, TextSpool, read_deferred, text_sha256

    folder = _mixed_corpus(tmp_path / "in")
    (folder / "rows.jsonl").write_text(json.dumps({"id": "j1", "text": SEED_TEXT[:400] +
                                                   "\r\n" + SEED_TEXT[400:800]},
                                                  ensure_ascii=False) + "\n", encoding="utf-8")
    docs, problems = read_corpus(folder)
    with TextSpool(tmp_path / "texts.spool") as spool:
        deferred, deferred_problems = read_corpus(folder, defer=True, spool=spool)
        assert deferred_problems == problems
        assert [d.doc_id for d in deferred] == [d.doc_id for d in docs]
        # Rows of a CSV or JSON Lines file and a saved page go to the spool, plain text
        # is read again from its file: this process holds no article's text.
        assert all(isinstance(d, DeferredDocument) for d in deferred)
        spooled = {d.doc_id for d in deferred if d.offset >= 0}
        assert spooled == {"r1", "r2", "j1", "page"}
        for d, whole in zip(deferred, docs):
            again = read_deferred(d)
            assert (again, again.meta, again.encoding, again.source) == (
                whole, whole.meta, whole.encoding, whole.source)
            assert text_sha256(d) == text_sha256(whole)


def test_a_spooled_text_written_over_stops_the_run_and_keeps_the_stored_tables(tmp_path,
                                                                              monkeypatch):
    from khabar.batches import extract_batch
    from khabar.gazetteer import load_gazetteer
    from khabar.io import SpoolLost, TextSpool
    from khabar.pipeline import write_corpus

    folder = _mixed_corpus(tmp_path / "in")
    with TextSpool(tmp_path / "texts.spool") as spool:
        docs, _ = read_corpus(folder, defer=True, spool=spool)
        page = next(d for d in docs if d.doc_id == "page")
        with open(spool.path, "r+b") as fh:       # something else writes into the spool
            fh.seek(page.offset)
            fh.write(b"x" * 8)
        # Not one article's problem but the run's: a set without the spooled articles
        # would replace the whole stored one.
        with pytest.raises(SpoolLost, match="in/page.html: .*changed by something else"):
            extract_batch(docs, load_gazetteer())
    write_corpus(folder, tmp_path / "out", workers=1)
    before = (tmp_path / "out" / "data" / "manifest.json").read_bytes()

    def lose(self):                               # the spool goes once it is written
        TextSpool.__dict__["_flush"](self)
        os.truncate(self.path, 0)

    monkeypatch.setattr(TextSpool, "_flush", TextSpool.flush, raising=False)
    monkeypatch.setattr(TextSpool, "flush", lose)
    (folder / "a.txt").write_text(SEED_TEXT + "\nسطر جديد", encoding="utf-8")
    with pytest.raises(SpoolLost):
        write_corpus(folder, tmp_path / "out", workers=1)
    assert (tmp_path / "out" / "data" / "manifest.json").read_bytes() == before


def test_a_streamed_run_of_rows_and_pages_writes_the_tables_of_one_read_in_memory(tmp_path):
    from khabar.pipeline import extract, write_corpus, write_tables

    folder = _mixed_corpus(tmp_path / "in")
    docs, problems = read_corpus(folder)
    write_tables(extract(docs, problems=problems), tmp_path / "memory" / "data")
    write_corpus(folder, tmp_path / "streamed", workers=1)
    memory, streamed = tmp_path / "memory" / "data", tmp_path / "streamed" / "data"
    for path in sorted(memory.rglob("*")):
        if path.is_file() and path.name != "manifest.json" and path.suffix != ".parquet":
            assert (streamed / path.relative_to(memory)).read_bytes() == path.read_bytes(), path
    assert (streamed / "texts" / "page.txt").is_file()
    # The spool went with the run, and one a killed run left is removed by the next.
    assert not list((tmp_path / "streamed").glob(".data.spool-*"))
    (tmp_path / "streamed" / ".data.spool-dead0000").mkdir()
    (tmp_path / "streamed" / ".data.spool-dead0000" / "texts.spool").write_bytes(b"old")
    write_corpus(folder, tmp_path / "streamed", workers=1)
    assert not list((tmp_path / "streamed").glob(".data.spool-*"))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىة"
                                             "ًٌٍَُِّْـ٠١٢٣0123456789abcXYZéßЖ،؛؟.,!\n \t\x85\x9f\x01ﷺﻻ")),
               max_size=600))
def test_letter_counts_by_runs_equal_findall_counts(text):
    from khabar.io import decoding

    for runs, single in ((decoding._LETTER_RUN, decoding._LETTER),
                         (decoding._ARABIC_LETTER_RUN, decoding._ARABIC_LETTER)):
        assert decoding._count(runs, text) == len(single.findall(text))


_PLAUSIBILITY_ALPHABET = list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىة" "اليمون" * 3 +
                              "ًٌٍَُِّْـ٠١٢٣0123456789abcXYZéßЖÇáÚÑÈíÉپچ،؛؟.,!\n \t\x85\x9f\x81ﷺﻻ")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(_PLAUSIBILITY_ALPHABET), max_size=400))
def test_the_plausibility_fast_paths_equal_the_rules_as_stated(text):
    from khabar.io import decoding

    assert decoding._nonsense(text) == decoding._nonsense_plain(text)
    assert decoding._utf8_read_as_code_page(text) == decoding._utf8_read_as_code_page_plain(text)


@settings(max_examples=600, deadline=None)
@given(st.tuples(st.integers(0, 60), st.integers(0, 60), st.integers(0, 20),
                 st.integers(0, 150), st.integers(0, 40), st.sampled_from([0, 0, 0, 1, 3, 20])),
       st.randoms())
def test_the_plausibility_fast_paths_equal_the_rules_near_their_thresholds(counts, rng):
    # Mixes of common Arabic letters, lead letters of the mojibake, other Arabic
    # letters, letters of other scripts, spaces and C1 controls (mostly none or a few,
    # under the 1 % that decides alone) in every proportion.
    from khabar.io import decoding

    chars = list("".join(c * n for c, n in zip("لطبЖ \x85", counts)))
    rng.shuffle(chars)
    text = "".join(chars)
    assert decoding._nonsense(text) == decoding._nonsense_plain(text)
    assert decoding._utf8_read_as_code_page(text) == decoding._utf8_read_as_code_page_plain(text)


def test_the_plausibility_fast_paths_equal_the_rules_on_real_and_broken_text():
    from khabar.io import decoding

    data = SEED_TEXT.encode("utf-8")
    for text in (SEED_TEXT, SEED_TEXT[:4000], data.decode("cp1256", "replace"),
                 data.decode("iso-8859-6", "replace"), data.decode("latin-1"),
                 data.decode("cp1252", "replace")):
        assert decoding._nonsense(text) == decoding._nonsense_plain(text)
        assert (decoding._utf8_read_as_code_page(text)
                == decoding._utf8_read_as_code_page_plain(text))
    assert decoding._utf8_read_as_code_page(data.decode("cp1256", "replace"))
    assert decoding._nonsense(data.decode("latin-1")[:4000])


@pytest.mark.parametrize("data", [
    # UTF-8 Arabic, then the same text in Windows-1256: no one encoding reads it all.
    SEED_TEXT[:3000].encode("utf-8") + SEED_TEXT[3000:].encode("cp1256", errors="ignore"),
    # A Windows-1256 article that quotes a UTF-8 one further down.
    SEED_TEXT.encode("cp1256", errors="ignore") + SEED_TEXT[:2000].encode("utf-8"),
    # UTF-8 with far more broken bytes than a stray one.
    b"\xff".join(SEED_TEXT[i:i + 40].encode("utf-8") for i in range(0, 4000, 40)),
], ids=["utf8-then-cp1256", "cp1256-then-utf8", "utf8-many-bad-bytes"])
def test_a_file_of_utf8_arabic_read_as_a_code_page_is_a_problem_not_mojibake(tmp_path, data):
    (tmp_path / "mixed.txt").write_bytes(data)
    docs, problems = read_corpus(tmp_path)
    assert docs == [] and len(problems) == 1
    assert "mixed.txt" in problems[0].source


def test_the_code_page_mojibake_rule_spares_real_arabic():
    from khabar.io.decoding import _utf8_read_as_code_page

    assert not _utf8_read_as_code_page(SEED_TEXT)
    for codec in ("cp1256", "iso-8859-6"):
        assert _utf8_read_as_code_page(SEED_TEXT.encode("utf-8").decode(codec, "replace"))


def test_metadata_entries_that_name_no_article_are_warned_about(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(SEED_TEXT[:800], encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text(SEED_TEXT[800:1600], encoding="utf-8")
    (tmp_path / "metadata.json").write_text(json.dumps({
        "a.txt": {"outlet": "وكالة"}, "missing.txt": {"outlet": "x"},
        "sub/b.txt": {"outlet": "y"}}), encoding="utf-8")
    docs, problems = read_corpus(tmp_path)
    assert [d.doc_id for d in docs] == ["a", "sub/b"]
    assert docs[0].meta["outlet"] == "وكالة" and "outlet" not in docs[1].meta
    warned = sorted(p.reason for p in problems)
    assert len(warned) == 2 and all(r.startswith("warning: the entry ") for r in warned)
    assert "'missing.txt'" in warned[0] and "'sub/b.txt'" in warned[1]
    assert {p.source for p in problems} == {f"{tmp_path.name}/metadata.json"}


# ------------------------------------------------------- table files read row by row
def _table_files(folder):
    """CSV and JSON Lines files of the shapes a newsroom export takes: a byte-order mark,
    CRLF rows, a quoted field over lines, a semicolon header, U+2028 inside a JSON
    string, bad lines among good ones."""
    import csv
    import io

    folder.mkdir(parents=True)

    def table(rows, delimiter=","):
        out = io.StringIO()
        writer = csv.writer(out, delimiter=delimiter)
        writer.writerows([["id", "title", "text"], *rows])
        return out.getvalue()

    (folder / "bom.csv").write_bytes(b"\xef\xbb\xbf" + table(
        [["a1", "عنوان", SEED_TEXT[:600]], ["a2", "", SEED_TEXT[600:900]]]).encode())
    (folder / "semi.csv").write_text(table([["", "", "سطر أول\nوسطر ثان; فيه فاصلة"]], ";"),
                                     encoding="utf-8")
    lines = [json.dumps({"id": "j1", "text": "نص أول\u2028بعد فاصل أسطر"}, ensure_ascii=False),
             "ليس سطر JSON", "[1]", json.dumps({"id": "j2"}), "",
             json.dumps({"text": SEED_TEXT[:300], "date": "2024-05-01"}, ensure_ascii=False)]
    (folder / "rows.jsonl").write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return folder


def test_a_utf8_table_file_read_row_by_row_gives_what_reading_it_whole_gives(
        tmp_path, monkeypatch):
    from khabar.io import reading

    folder = _table_files(tmp_path / "in")
    streamed = read_corpus(folder)
    # No file is UTF-8 to the stream check: each is decoded whole, as before streaming.
    monkeypatch.setattr(reading, "utf8_stream_encoding", lambda path, source: None)
    whole = read_corpus(folder)
    assert streamed == whole
    assert [(d.doc_id, d.encoding) for d in streamed[0]] == [
        ("a1", "utf-8-sig"), ("a2", "utf-8-sig"), ("j1", "utf-8"), ("rows-6", "utf-8"),
        ("semi-1", "utf-8")]
    assert [str(p) for p in streamed[1]] == [
        "in/rows.jsonl#2: line 2 is not JSON (Expecting value)",
        "in/rows.jsonl#3: line 3 is a list, not a JSON object",
        "in/rows.jsonl#4: has no 'text' field (fields: id)"]


@pytest.mark.parametrize("data", [
    SEED_TEXT.encode(), b"\xef\xbb\xbf" + SEED_TEXT.encode(),
    b"\xef\xbb\xbf\xef\xbb\xbf" + SEED_TEXT.encode(),        # a second mark is dropped too
    SEED_TEXT.encode("cp1256", "ignore"), SEED_TEXT.encode("utf-16"),
    SEED_TEXT.encode()[:-1] + b"\xd8",                        # cut inside a letter
    SEED_TEXT.encode() + b"\x00", b"", b" \n ", "\u064b\u064c ، .".encode(),
    ("\ufffd" * 40 + SEED_TEXT[:1000]).encode(),
])
def test_the_stream_check_of_utf8_agrees_with_decoding_whole(tmp_path, data):
    from khabar.io.decoding import utf8_stream_encoding

    path = tmp_path / "t.csv"
    path.write_bytes(data)
    try:
        expected = decode_bytes(data, "t.csv", allow_nul=True)[1]
    except InputError as exc:
        expected = exc
    try:
        got = utf8_stream_encoding(path, "t.csv")
    except InputError as exc:
        # Raised only for UTF-8 text that fails the checks, with the same message.
        assert isinstance(expected, InputError) and str(exc) == str(expected)
        return
    # Either the same encoding, or None: the file is left to decode_bytes.
    assert got is None or got == expected


def test_reading_a_large_jsonl_file_holds_one_row_not_the_file(tmp_path):
    import tracemalloc

    from khabar.io import TextSpool

    rows = (json.dumps({"id": f"r{i}", "text": f"{i} " + SEED_TEXT[i % 500:]},
                       ensure_ascii=False) for i in range(1200))
    path = tmp_path / "big.jsonl"
    path.write_text("\n".join(rows), encoding="utf-8")
    size = path.stat().st_size
    assert size > 12_000_000
    tracemalloc.start()
    try:
        with TextSpool(tmp_path / "texts.spool") as spool:
            docs, problems = read_corpus(path, defer=True, spool=spool)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(docs) == 1200 and problems == []
    # Decoded whole, the file's bytes and its text alone would be twice its size; read a
    # quarter megabyte at a time, a few megabytes (one per 1,000 rows read).
    assert peak < size // 2, (peak, size)


def test_problems_of_table_rows_are_in_row_order(tmp_path):
    from khabar.pipeline import extract_corpus

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "rows.jsonl").write_text(
        "\n".join(['{"text": ""}'] * 11 + [json.dumps({"text": SEED_TEXT[:200]},
                                                      ensure_ascii=False)]),
        encoding="utf-8")
    tables = extract_corpus(tmp_path / "in")
    assert list(tables["problems"]["source"]) == [f"in/rows.jsonl#{i}" for i in range(1, 12)]


def test_a_preview_of_a_table_file_stops_after_its_first_rows(tmp_path):
    lines = [json.dumps({"id": f"r{i}", "text": SEED_TEXT[i:i + 300]}, ensure_ascii=False)
             for i in range(5)] + ["ليس JSON"]
    (tmp_path / "rows.jsonl").write_text("\n".join(lines), encoding="utf-8")
    docs, problems = read_corpus(tmp_path, limit=2)
    # The bad last line is never reached.
    assert [d.doc_id for d in docs] == ["r0", "r1"] and problems == []
    assert len(read_corpus(tmp_path)[1]) == 1


def test_a_table_file_that_stops_being_utf8_while_read_is_one_problem(tmp_path, monkeypatch):
    from khabar.io import reading

    lines = [json.dumps({"id": f"r{i}", "text": SEED_TEXT[i:i + 300]}, ensure_ascii=False)
             for i in range(100)]
    path = tmp_path / "rows.jsonl"
    path.write_bytes(("\n".join(lines) + "\n").encode() + b"\xff\xfe\n")
    # The UTF-8 check passed (the file was rewritten after it): the read finds the byte.
    monkeypatch.setattr(reading, "utf8_stream_encoding", lambda path, source: "utf-8")
    docs, problems = read_corpus(path)
    # The rows read before the block that holds the byte are kept, in order.
    assert 0 < len(docs) < 100
    assert [d.doc_id for d in docs] == [f"r{i}" for i in range(len(docs))]
    assert [str(p) for p in problems] == [
        "rows.jsonl: changed while it was read: no longer UTF-8 (invalid start byte); "
        "the rows after that point are not read"]


@pytest.mark.parametrize("date, kept", [
    ("2025-11-27", True), ("2025-11", True), ("2025", True), ("2025-11-27T10:00:00Z", True),
    ("2025-13-45", False), ("2025-02-30", False), ("03/03/2025", False), ("yesterday", False),
])
def test_a_metadata_date_that_is_no_iso_date_is_ignored_with_a_warning(tmp_path, date, kept):
    (tmp_path / "a.txt").write_text(SEED_TEXT[:300], encoding="utf-8")
    (tmp_path / "metadata.json").write_text(json.dumps({"a.txt": {"date": date}}),
                                            encoding="utf-8")
    docs, problems = read_corpus(tmp_path)
    assert (docs[0].meta.get("date") == date) is kept
    assert bool([p for p in problems if "ISO 8601" in p.reason]) is not kept


def test_a_csv_quote_never_closed_takes_in_no_later_row(tmp_path):
    # The lenient csv reader would make row 2's text run to the end of the file, rows 3
    # and 4 inside it: the other articles' sentences counted as row 2's.
    (tmp_path / "open.csv").write_text(
        f'id,text\na,"{SHORT}"\nb,"{SHORT}\nc,{SHORT}\nd,{SHORT}\n', encoding="utf-8")
    docs, problems = read_corpus(tmp_path / "open.csv")
    assert [(d.doc_id, d.text) for d in docs] == [("a", SHORT)]
    assert [str(p) for p in problems] == [
        "open.csv#2: a quoted field opened in this row is never closed, so the rest of the "
        "file would be one text: this row and any after it are not read (close the quote; "
        'a quote inside a quoted text is written twice: "")']


def test_text_after_a_closing_csv_quote_is_one_problem_and_the_next_row_is_read(tmp_path):
    # Read leniently, the row's text would lose its quote marks ('"x" y' → 'x y').
    (tmp_path / "after.csv").write_text(f'id,text\na,"{SHORT}" {SHORT}\nb,{SHORT}\n',
                                        encoding="utf-8")
    docs, problems = read_corpus(tmp_path / "after.csv")
    assert [d.doc_id for d in docs] == ["b"]
    assert [str(p) for p in problems] == [
        'after.csv#1: not a CSV row (text after a closing quote; a quote inside a quoted '
        'text is written twice: "")']


def test_the_language_precheck_never_settles_a_text_that_has_a_mark():
    # other_language first searches a plain class of the marks' characters and stops
    # when there is none (a plain twin of _MARK's search): every text _MARK finds a mark
    # in must hold one of those characters, whatever surrounds it. Invented snippets.
    from khabar.io import language

    cases = ["گفت", "کتاب‌ها", "ئەو", "ٹیم", "می‌شود", "قال\u200c", "\u200c", "a\u200cb",
             "قال الوزير", "", "ڤيلا", "ڭ", "پ."]
    cases += [c + " " + s for c in ("قال", "1") for s in list(cases)]
    for text in cases:
        if language._MARK.search(text):
            assert language._MARK_CHARS.search(text), text
        if not language._MARK_CHARS.search(text):
            assert language.other_language(text * 20) is None
    assert language.other_language("می‌شود است را " * 10)[0] == "Persian"
