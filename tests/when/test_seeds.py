"""The two seed reports (read from ../shared/seeds via the ``seeds_dir`` fixture, never copied), with their
assumed publication dates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from hadath.model import Article, Document
from hadath.text.stage import TextStage
from hadath.when import DateStage


def analyse(stage: DateStage, seeds: Path, name: str, published: date) -> Document:
    path = seeds / name
    if not path.exists():
        pytest.skip(f"seed {path} not available in the shared seeds folder")
    doc = TextStage.load()(Document(Article(id=name, text=path.read_text(encoding="utf-8"), date=published)))
    return stage(doc)


def by_text(doc: Document) -> dict[str, tuple[str | None, str, str]]:
    return {m.text: (m.value, m.precision, m.relation) for m in doc.dates}


def test_idlib_seed(stage: DateStage, seeds_dir: Path) -> None:
    doc = analyse(stage, seeds_dir, "lavrov-idlib-deescalation.txt", date(2017, 8, 25))
    found = by_text(doc)
    assert found["يوم الخميس"] == ("2017-08-24", "day", "on")
    assert found["يوم الأربعاء"] == ("2017-08-23", "day", "on")
    assert found["منذ 6 ايار الماضي"] == ("2017-05-06", "day", "since")
    assert found["منذ 2014"] == ("2014", "year", "since")
    assert found["منذ ايلول 2015"] == ("2015-09", "month", "since")
    assert len(doc.dates) == 5  # nothing else in this report is a date
    for m in doc.dates:
        assert doc.text[m.start:m.end] == m.text


def test_denial_seed(stage: DateStage, seeds_dir: Path) -> None:
    doc = analyse(stage, seeds_dir, "lavrov-us-relations-idlib-denial.txt", date(2017, 1, 19))
    found = by_text(doc)
    assert found["أمس"] == ("2017-01-18", "day", "on")
    assert found["أمس الأول"] == ("2017-01-17", "day", "on")
    assert found["أيلول العام الماضي"] == ("2016-09", "month", "on")
    assert found["منذ بداية عام 2017"] == ("2017", "year", "since")
    assert sum(1 for m in doc.dates if m.text == "أمس") == 3
    for m in doc.dates:
        assert doc.text[m.start:m.end] == m.text
