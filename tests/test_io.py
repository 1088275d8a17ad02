"""Reading articles in the encodings Arabic news arrives in, and reporting bad input."""
from __future__ import annotations

import hashlib
import json
import os

import pandas as pd
import pytest

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
    (SEED_TEXT[:400].encode("utf-8").decode("latin-1").encode("utf-8"), "nonsense"),
    # Windows-1256 bytes read as CP1252 and saved as UTF-8: letters of the wrong script.
    (SEED_TEXT[:400].encode("cp1256", errors="ignore").decode("cp1252", errors="ignore")
     .encode("utf-8"), "nonsense"),
], ids=["empty", "blank", "png", "utf8-as-latin1", "cp1256-as-cp1252"])
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
    assert "j-1" not in ids                       # the JSONL file has a bad line
    reasons = " ".join(str(p) for p in problems)
    assert "c.csv#2: empty text" in reasons
    assert "j.jsonl: line 2 is not JSON" in reasons


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
