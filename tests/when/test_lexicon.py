"""The date vocabulary files: shipped files load, broken files fail with file:line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hadath.errors import LexiconError
from hadath.lexicon import data_path
from hadath.when import DateLexicon


def test_shipped_files_cover_every_month_and_weekday() -> None:
    lex = DateLexicon.load()
    gregorian = {m.month for names in lex.months.values() for m in names if m.calendar == "gregorian"}
    hijri = {m.month for names in lex.months.values() for m in names if m.calendar == "hijri"}
    assert gregorian == set(range(1, 13)) and hijri == set(range(1, 13))
    assert {wd for wd, _ in lex.weekdays.values()} == set(range(7))
    assert "امس" in lex.triggers and "الخميس" in lex.triggers


def test_bad_entries_are_reported_with_file_and_line(tmp_path: Path) -> None:
    root = tmp_path / "dates"
    shutil.copytree(data_path("dates"), root)
    with open(root / "months.jsonl", "a", encoding="utf-8") as fh:
        fh.write('{"name": "شهر غريب", "month": 13, "calendar": "gregorian", "variety": "x"}\n')
        fh.write('{"name": "آخر", "month": 2, "calendar": "julian", "variety": "x", "colour": "red"}\n')
    lines = (root / "months.jsonl").read_text(encoding="utf-8").count("\n")
    with pytest.raises(LexiconError) as err:
        DateLexicon.load(root)
    messages = [str(i) for i in err.value.issues]
    assert any(m.endswith(f"months.jsonl:{lines - 1}: month must be 1-12, got 13") for m in messages)
    assert any(f"months.jsonl:{lines}:" in m and "unknown field 'colour'" in m for m in messages)


def test_unknown_role_is_an_error(tmp_path: Path) -> None:
    root = tmp_path / "dates"
    shutil.copytree(data_path("dates"), root)
    with open(root / "words.jsonl", "a", encoding="utf-8") as fh:
        fh.write('{"word": "بعيد", "role": "distant"}\n')
    with pytest.raises(LexiconError, match="unknown role 'distant'"):
        DateLexicon.load(root)
