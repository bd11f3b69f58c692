"""Context rules checked against the shipped lexicon: dated entries sharing a name, motion-verb places."""

from __future__ import annotations

from datetime import date

import pytest

from hadath.actors.evaluate import mentions
from hadath.actors.stage import ActorStage


@pytest.fixture(scope="module")
def shipped() -> ActorStage:
    return ActorStage.load(use_ner=False)


def _codes(stage: ActorStage, text: str, day: date) -> dict[str, str | None]:
    return {m.text: m.actor_code for m in mentions(text, day, stage)}


def test_a_name_with_two_dated_entries_takes_the_one_in_force(shipped):
    text = "أعلنت حركة طالبان سيطرتها على المعبر."
    assert _codes(shipped, text, date(2019, 9, 7))["حركة طالبان"] == "AFGREBTAL"
    assert _codes(shipped, text, date(2021, 9, 7))["حركة طالبان"] == "AFGGOV"


def test_destination_of_a_visit_is_a_place_not_an_actor(shipped):
    codes = _codes(shipped, "وصل الرئيس الفرنسي إلى موسكو أمس ثم زار دمشق.", date(2019, 9, 7))
    assert "موسكو" not in codes and "دمشق" not in codes
    assert _codes(shipped, "وقالت موسكو إنها ترحب بالمبادرة.", date(2019, 9, 7)).get("موسكو") == "RUSGOV"
