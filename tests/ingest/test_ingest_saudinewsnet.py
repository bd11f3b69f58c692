"""Reads a real SaudiNewsNet day archive (a zip holding one big JSON array) as it is shipped."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from hadath.errors import InputProblem
from hadath.ingest import iter_articles

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CORPUS = SHARED / "corpora" / "saudinewsnet"


@pytest.fixture(scope="module")
def day_zip() -> Path:
    path = CORPUS / "2015-07-23.zip"
    if not path.exists():
        pytest.skip(f"SaudiNewsNet corpus not found at {CORPUS} (the shared data folder is absent)")
    return path


def test_one_day_of_saudinewsnet(day_zip: Path) -> None:
    problems: list[InputProblem] = []
    articles = list(iter_articles([day_zip], on_problem=problems.append))
    assert len(articles) > 100
    assert all(a.text.strip() and a.source and a.url and a.date for a in articles)
    assert all(date(2015, 7, 1) <= a.date <= date(2015, 8, 31) for a in articles)  # type: ignore[operator]
    assert all(a.id == a.url for a in articles)
    assert all(re.fullmatch(re.escape(f"{day_zip}!2015-07-23.json") + r"\[\d+\]", a.origin or "") for a in articles)
    assert all("author" not in a.meta or isinstance(a.meta["author"], str) for a in articles)
    assert all("\r" not in a.text for a in articles)
    arabic = sum(1 for a in articles if re.search("[\u0621-\u064a]{3}", a.text))
    assert arabic == len(articles)
    # records without content are reported with their line, not dropped silently
    expected = {"record has an empty 'content' field", "record has an empty text"}
    assert all(p.path == f"{day_zip}!2015-07-23.json" and p.line and p.reason in expected for p in problems)
    assert len(problems) < len(articles) / 10
