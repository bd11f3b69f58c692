"""The two seed reports (read from ../shared/seeds, never copied): the actors the job needs, coded at the
reports' dates, with the shipped lexicon and model."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from hadath.actors.stage import ActorStage
from hadath.model import ActorMention, Article, Document
from hadath.text.stage import TextStage

SEED_DATES = {"lavrov-idlib-deescalation": date(2017, 8, 25),
              "lavrov-us-relations-idlib-denial": date(2017, 1, 19)}


@pytest.fixture(scope="module")
def stages() -> tuple[TextStage, ActorStage]:
    return TextStage.load(), ActorStage.load()


def analyse(seeds_dir: Path, name: str, stages: tuple[TextStage, ActorStage]) -> Document:
    path = seeds_dir / f"{name}.txt"
    if not path.exists():
        pytest.skip(f"seed {path} is absent")
    text = path.read_text(encoding="utf-8")
    doc = Document(Article(id=name, text=text, date=SEED_DATES[name]))
    text_stage, actor_stage = stages
    return actor_stage(text_stage(doc))


def codes_for(doc: Document, needle: str) -> set[str | None]:
    return {m.actor_code for m in doc.entities if needle in m.text}


def find(doc: Document, needle: str) -> list[ActorMention]:
    return [m for m in doc.entities if needle in m.text]


def test_offsets_and_no_boilerplate(seeds_dir: Path, stages) -> None:
    for name in SEED_DATES:
        doc = analyse(seeds_dir, name, stages)
        assert doc.entities
        for m in doc.entities:
            assert doc.text[m.start:m.end] == m.text
            assert not any(b.start <= m.start < b.end for b in doc.boilerplate), m


def test_deescalation_report(seeds_dir: Path, stages) -> None:
    doc = analyse(seeds_dir, "lavrov-idlib-deescalation", stages)
    assert codes_for(doc, "لافروف") == {"RUSGOV"}
    guarantors = [m for m in find(doc, "الدول الضامنة") if m.members]
    assert guarantors and sorted(x.actor_code for x in guarantors[0].members) == ["IRN", "RUS", "TUR"]
    acting = [m for m in find(doc, "واشنطن") if m.how == "metonymy"]
    assert acting and {m.actor_code for m in acting} == {"USAGOV"}
    isis = find(doc, "داعش")
    assert isis and isis[0].actor_code and isis[0].actor_code.startswith("IMG")
    latter = find(doc, "الأخيرة")
    assert [m.actor_code for m in latter] == ["USA"]
    assert any(m.actor_code == "MED" for m in find(doc, "وسائل"))


def test_denial_report(seeds_dir: Path, stages) -> None:
    doc = analyse(seeds_dir, "lavrov-us-relations-idlib-denial", stages)
    assert codes_for(doc, "لافروف") == {"RUSGOV"}
    assert codes_for(doc, "الصفدي") == {"JORGOV"}
    assert codes_for(doc, "رباني") == {"AFGGOV"}
    assert codes_for(doc, "كوناشينكوف") == {"RUSMIL"}
    assert codes_for(doc, "وزارة الدفاع الروسية") == {"RUSMIL"}
    assert codes_for(doc, "رويترز") == {"GBRMED"}
    assert codes_for(doc, "سبوتنيك") == {"RUSMED"}
    assert find(doc, "داعش") and all(m.actor_code and m.actor_code.startswith("IMG") for m in find(doc, "داعش"))
    pair = find(doc, "الوزيرين")
    assert pair and sorted(x.actor_code for x in pair[0].members) == ["JORGOV", "RUSGOV"]
    # Moscow where the press conference was held is a place, not an actor
    assert not any(m.text == "موسكو" for m in doc.entities)
