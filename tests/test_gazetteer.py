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


HEADER = "entity,label,type,aliases\n"


def _gazetteer(tmp_path, body: str, encoding: str = "utf-8"):
    path = tmp_path / "gaz.csv"
    path.write_bytes((HEADER + body).encode(encoding))
    return path


@pytest.mark.parametrize("body, message", [
    ("مرصد الإعلام,ORG\n", "line 2 has 2 field(s), the header 4"),
    ("مرصد الإعلام,ORG,ngo,مرصد|MO,extra\n", "line 2 has 5 field(s), the header 4"),
    ("# a comment\n# another\n\nمرصد الإعلام,ORGANISATION,ngo,مرصد\n",
     "line 5 ('مرصد الإعلام'): label must be one of"),
    ('# comment\n"مرصد\nالإعلام",ORG,nonprofit,x\n', "line 3 ('مرصد\\nالإعلام'): label must"),
    (" ,ORG,ngo,مرصد|MO\n", "line 2: the entity (canonical name) is empty"),
])
def test_a_malformed_row_is_an_error_naming_file_and_line(tmp_path, body, message):
    path = _gazetteer(tmp_path, body)
    with pytest.raises(ValueError) as exc:
        load_gazetteer(path)
    assert str(exc.value).startswith(f"{path}: ") and message in str(exc.value)


def test_a_windows_1256_gazetteer_is_read(tmp_path):
    path = _gazetteer(tmp_path, "# منظمات محلية\nمرصد الإعلام المستقل,ORG,ngo,مرصد الإعلام|IMO\n",
                      "cp1256")
    gaz = load_gazetteer(path)
    assert gaz.entries["مرصد الإعلام المستقل"].type == "ngo"


def test_an_undecodable_gazetteer_names_the_file(tmp_path):
    path = tmp_path / "gaz.csv"
    path.write_bytes(b"\xff\xfe" + HEADER.encode("utf-16-le") + b"\x00")   # odd length
    with pytest.raises(ValueError) as exc:
        load_gazetteer(path)
    assert str(exc.value).startswith(f"{path}: ") and "not valid utf-16" in str(exc.value)


def test_the_shipped_gazetteers_load():
    from khabar.gazetteer import BUILTIN, _read_rows
    rows = _read_rows(BUILTIN)
    assert len(rows) > 300 and all(e.entity for e, _ in rows)
