"""The table set on disk: one unit, manifest, lock, stale leftovers, reuse by fingerprint."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

from khabar import pipeline, store
from khabar.cli import main
from khabar.pipeline import TABLE_NAMES, load_tables, read_tables, write_tables

from .conftest import FIXTURES, SEED

ROOT = Path(__file__).resolve().parent.parent


def _corpus(folder: Path, names=("money", "quotes")) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / f"{name}.txt").write_text((FIXTURES / f"{name}.txt").read_text("utf-8"),
                                            encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def small_tables(tmp_path_factory):
    return pipeline.extract_corpus(_corpus(tmp_path_factory.mktemp("in")))


def _manifest(data: Path) -> dict:
    return json.loads((data / "manifest.json").read_text(encoding="utf-8"))


def test_a_set_is_written_whole_with_its_manifest_and_user_files_stay(tmp_path, small_tables):
    data = tmp_path / "data"
    data.mkdir()
    gazetteer = data / "gazetteer.csv"
    gazetteer.write_text("entity,label,type,aliases\n", encoding="utf-8")
    inode = gazetteer.stat().st_ino
    write_tables(small_tables, data)
    first = _manifest(data)["run_id"]
    write_tables(small_tables, data)
    info = store.read_manifest(data)
    assert info is not None and info["run_id"] != first
    assert {n: t["rows"] for n, t in info["tables"].items()} == {
        n: len(df) for n, df in small_tables.items()}
    # The user's file is the same file (hard link kept across the swap), not a copy.
    assert gazetteer.stat().st_ino == inode and gazetteer.read_text("utf-8").startswith("entity")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".data.lock", "data"]
    expected = {f"{n}.{e}" for n in TABLE_NAMES for e in ("csv", "parquet")}
    assert {p.name for p in data.iterdir()} == expected | {"manifest.json", "gazetteer.csv"}


def test_the_two_rename_swap_keeps_user_files_too(tmp_path, small_tables, monkeypatch):
    monkeypatch.setattr(store, "_renameat2", None)      # systems without renameat2
    data = tmp_path / "data"
    data.mkdir()
    (data / "notes.txt").write_text("mine", encoding="utf-8")
    (data / "sub").mkdir()
    write_tables(small_tables, data)
    write_tables(small_tables, data)
    assert (data / "notes.txt").read_text("utf-8") == "mine" and (data / "sub").is_dir()
    assert store.read_manifest(data) is not None
    assert sorted(p.name for p in tmp_path.iterdir()) == [".data.lock", "data"]


def test_a_failed_write_leaves_the_previous_set_whole(tmp_path, small_tables, monkeypatch):
    data = tmp_path / "data"
    write_tables(small_tables, data)
    before = {p.name: p.read_bytes() for p in data.iterdir()}
    real = store.TableWriter.append

    def disk_full(self, df):
        if self.parquet_path.name == "mentions.parquet":
            raise OSError(28, "No space left on device")
        return real(self, df)

    monkeypatch.setattr(store.TableWriter, "append", disk_full)
    changed = dict(small_tables, documents=small_tables["documents"].iloc[:1])
    with pytest.raises(OSError):
        write_tables(changed, data)
    assert {p.name: p.read_bytes() for p in data.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".data.lock", "data"]


_SLOW_WRITER = textwrap.dedent("""
    import sys, time
    from khabar import pipeline, store
    real = store.TableWriter.close
    def slow(self):
        out = real(self)
        if self.parquet_path.name == "tokens.parquet":
            print("writing", flush=True)
            time.sleep(60)                   # killed here, mid-set
        return out
    store.TableWriter.close = slow
    tables = pipeline.extract_corpus(sys.argv[1])
    pipeline.write_tables(tables, sys.argv[2])
""")


def test_a_killed_run_leaves_the_old_set_and_its_leftovers_are_cleaned(tmp_path, small_tables):
    data = tmp_path / "data"
    write_tables(small_tables, data)
    old = _manifest(data)
    old_bytes = {p.name: p.read_bytes() for p in data.iterdir()}
    (data / ".tokens.csv.x1y2.tmp").write_text("partial", encoding="utf-8")  # older khabar
    inp = _corpus(tmp_path / "in2", ("organisations",))
    proc = subprocess.Popen([sys.executable, "-c", _SLOW_WRITER, str(inp), str(data)],
                            stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout.readline().strip() == "writing"
    # While it holds the folder, a second writer refuses, naming the pid.
    with pytest.raises(store.TablesBusy, match=f"pid {proc.pid}"):
        write_tables(small_tables, data, wait=False)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert [p.name for p in tmp_path.glob(".data.staging-*")]     # its partial set
    assert {p.name: p.read_bytes() for p in data.iterdir()} == old_bytes
    assert store.read_manifest(data)["run_id"] == old["run_id"]
    write_tables(small_tables, data)            # the next run cleans up
    assert sorted(p.name for p in tmp_path.iterdir()) == [".data.lock", "data", "in2"]
    assert not list(data.glob(".*.tmp"))


def test_a_file_being_written_is_not_cleaned_as_stale(tmp_path):
    # atomic_file holds a lock on its temporary file until the rename: another process
    # opening the set meanwhile (clean_stale) leaves it, and removes a killed run's.
    data = tmp_path / "data"
    data.mkdir()
    left = data / ".khabar.xlsx.111.tmp"
    left.write_bytes(b"partial")
    writer = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys
        from khabar.io import atomic_file
        with atomic_file({str(data / "khabar.xlsx")!r}, "wb") as fh:
            fh.write(b"half")
            print("writing", flush=True)
            sys.stdin.readline()
            fh.write(b" and the rest")
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert writer.stdout.readline().strip() == "writing"
    store.clean_stale(data)
    busy = [p.name for p in data.glob(".*.tmp")]
    assert len(busy) == 1 and busy[0] != left.name            # the killed run's is gone
    writer.stdin.write("go\n")
    writer.stdin.close()
    assert writer.wait(timeout=30) == 0
    assert (data / "khabar.xlsx").read_bytes() == b"half and the rest"
    assert not list(data.glob(".*.tmp"))


def test_an_interrupted_fallback_swap_is_put_back(tmp_path, small_tables):
    data = tmp_path / "data"
    write_tables(small_tables, data)
    run_id = _manifest(data)["run_id"]
    os.rename(data, tmp_path / ".data.old-x")     # killed between the two renames
    with store.locked(data):
        pass
    assert store.read_manifest(data)["run_id"] == run_id


def test_cli_extract_refuses_while_another_run_holds_the_folder(tmp_path, capsys):
    out = tmp_path / "out"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom khabar import store\n"
         "with store.locked(sys.argv[1]):\n    print('held', flush=True)\n    time.sleep(60)",
         str(out / "data")], stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert holder.stdout.readline().strip() == "held"
        assert main(["extract", str(SEED), "--out", str(out), "--quiet"]) == 1
        err = capsys.readouterr().err
        assert f"another khabar process (pid {holder.pid}) holds" in err
        assert "Traceback" not in err and not (out / "data").exists()
    finally:
        holder.kill()
        holder.wait()
    assert main(["extract", str(SEED), "--out", str(out), "--quiet"]) == 0


def test_load_tables_extracts_once_and_reads_the_stored_set(tmp_path, monkeypatch):
    inp, out = _corpus(tmp_path / "in"), tmp_path / "out"
    first = load_tables(inp, out, workers=1)
    real = pipeline._write_streamed
    calls = []
    monkeypatch.setattr(pipeline, "_write_streamed",
                        lambda *a, **k: calls.append(1) or real(*a, **k))
    again = load_tables(inp, out, workers=1)
    assert calls == []                                   # read, not extracted
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(first[name], again[name], obj=name)
    # Unchanged files: nothing is even read. A touched file (same text): read, not extracted.
    monkeypatch.setattr(pipeline, "read_corpus", lambda *a: 1 / 0)
    load_tables(inp, out, workers=1)
    monkeypatch.undo()
    monkeypatch.setattr(pipeline, "_write_streamed",
                        lambda *a, **k: calls.append(1) or real(*a, **k))
    os.utime(inp / "money.txt", ns=(1, 10**18))
    load_tables(inp, out, workers=1)
    assert calls == []
    # Other input (one more article): extracted again, and the stored set replaced.
    _corpus(inp, ("organisations",))
    third = load_tables(inp, out, workers=1)
    assert calls == [1] and len(third["documents"]) == 3
    assert store.read_manifest(out / "data")["tables"]["documents"]["rows"] == 3


def test_a_khabar_run_s_notebooks_read_the_set_it_made_as_it_is(tmp_path, monkeypatch):
    # khabar run gives its notebooks the run_id of the set it made: a notebook then reads
    # that set even if the input, or khabar's code (an upgrade during the run), no longer
    # matches it, instead of extracting anew and replacing the set the earlier notebooks
    # and their executed copies were made from.
    inp, out = _corpus(tmp_path / "in"), tmp_path / "out"
    first = load_tables(inp, out, workers=1)
    run_id = first.manifest["run_id"]
    _corpus(inp, ("organisations",))                     # the input is not that set's now
    monkeypatch.setattr(pipeline, "_write_streamed", lambda *a, **k: 1 / 0)
    same = load_tables(inp, out, workers=1, run_id=run_id)
    assert same.manifest["run_id"] == run_id and len(same["documents"]) == 2
    with pytest.raises(pipeline.TablesReplaced, match=f"holds run {run_id}, not the "
                       r"tables of this khabar run \(run other\)"):
        load_tables(inp, out, workers=1, run_id="other")


def test_stored_tables_keep_the_extracted_types(small_tables, tmp_path):
    write_tables(small_tables, tmp_path / "data", fingerprint="f")
    stored = read_tables(tmp_path / "data", "f")
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(small_tables[name], stored[name], obj=name)
    amounts = [a for a in stored["funding"]["amount"] if a is not None]
    assert amounts and all(type(a) in (int, float) for a in amounts)
    assert any(type(a) is int for a in amounts)
    assert read_tables(tmp_path / "data", "other input") is None


def test_stored_tables_are_read_through_arrow_files_not_python_ones(small_tables, tmp_path):
    # Arrow's buffers of a Python file object need the interpreter to be freed: one freed
    # by an Arrow thread while Python exited aborted the process (exit status 134) after
    # its work; benchmarks/exit_status.py counts it.
    import pyarrow as pa

    write_tables(small_tables, tmp_path / "data", fingerprint="f")
    stored = read_tables(tmp_path / "data", "f")
    opened = [stored._files[name] for name in TABLE_NAMES]
    assert all(isinstance(f, pa.NativeFile) and not isinstance(f, pa.PythonFile)
               for f in opened)
    pd.testing.assert_frame_equal(small_tables["mentions"], stored["mentions"])


def test_an_incomplete_set_is_not_read(small_tables, tmp_path):
    data = tmp_path / "data"
    write_tables(small_tables, data, fingerprint="f")
    with open(data / "tokens.parquet", "ab") as fh:
        fh.write(b"more")
    assert store.read_manifest(data) is None and read_tables(data, "f") is None


def test_output_inside_the_input_folder_is_never_read_as_articles(tmp_path, capsys):
    inp = _corpus(tmp_path / "in")
    for _ in range(3):
        assert main(["extract", str(inp), "--out", str(inp), "--quiet", "--workers", "1"]) == 0
        assert "2 article(s)" in capsys.readouterr().out
    docs = store.read_manifest(inp / "data")["tables"]["documents"]["rows"]
    assert docs == 2
    # Tables of an older khabar (no manifest) beside the articles: known by their header.
    legacy = inp / "old"
    legacy.mkdir()
    for name in ("tokens", "mentions", "documents"):
        (legacy / f"{name}.csv").write_bytes((inp / "data" / f"{name}.csv").read_bytes())
    from khabar.io import read_corpus
    docs, problems = read_corpus(inp)
    assert sorted(d.doc_id for d in docs) == ["money", "quotes"] and not problems
    # A user's own CSV of articles with a table's name is still read.
    (legacy / "documents.csv").write_text("id,text\nx,قالت منظمة العفو الدولية\n",
                                          encoding="utf-8")
    assert "x" in {d.doc_id for d in read_corpus(inp)[0]}


def test_an_atomic_write_removes_what_a_killed_write_of_the_same_file_left(tmp_path):
    from khabar.io import atomic_file

    left = tmp_path / ".top_terms.png.k1ll3d.tmp"          # SIGKILL mid-save, earlier
    other = tmp_path / ".mentions.png.k1ll3d.tmp"          # another file's: not ours
    left.write_bytes(b"half")
    other.write_bytes(b"half")
    with atomic_file(tmp_path / "top_terms.png", "wb") as fh:
        fh.write(b"png")
    assert (tmp_path / "top_terms.png").read_bytes() == b"png"
    assert not left.exists() and other.exists()
