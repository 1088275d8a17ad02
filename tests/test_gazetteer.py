"""Loading and validating the gazetteer files (built-in and the user's)."""
from __future__ import annotations

import pytest

from khabar.gazetteer import load_gazetteer


@pytest.mark.parametrize("make, error", [
    (lambda tmp: tmp / "missing.csv", FileNotFoundError),
    (lambda tmp: tmp, IsADirectoryError),
])
def test_a_khabar_gazetteer_that_names_no_file_is_an_error(tmp_path, monkeypatch, make, error):
    target = make(tmp_path)
    monkeypatch.setenv("KHABAR_GAZETTEER", str(target))
    with pytest.raises(error) as exc:
        load_gazetteer()
    assert f"KHABAR_GAZETTEER={target}" in str(exc.value)


def test_the_cli_says_when_khabar_gazetteer_names_no_file(tmp_path, monkeypatch, capsys):
    from khabar.cli import main

    monkeypatch.setenv("KHABAR_GAZETTEER", str(tmp_path / "missing.csv"))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("قالت المنظمة إن التمويل توقف.", encoding="utf-8")
    assert main(["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert err == f"khabar: gazetteer: KHABAR_GAZETTEER={tmp_path / 'missing.csv'}: no such file\n"
