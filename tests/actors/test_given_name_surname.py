"""Round 79: a listed person's surname after a given name that is not the person's own (سليمان الأسد، رفعت الأسد) is
someone else of that family; with the person's own first name before it (عادل بن أحمد الجبير) it stays the person."""

from __future__ import annotations

from datetime import date
from functools import partial

from hadath.actors.stage import ActorStage

from .helpers import coded_mentions

DAY = date(2015, 8, 11)


_coded = partial(coded_mentions, day=DAY)  # (stage, text): the mentions and their codes


def test_a_relative_is_not_the_president(shipped_rules_stage: ActorStage) -> None:
    coded = _coded(shipped_rules_stage, "ألقت السلطات السورية القبض على سليمان الأسد في ريف اللاذقية.")
    assert not [c for t, c in coded if t.endswith("الأسد")], coded


def test_the_president_is_still_named_by_his_surname(shipped_rules_stage: ActorStage) -> None:
    coded = _coded(shipped_rules_stage, "والتقى الرئيس الأسد وزير الخارجية الإيراني.")
    assert ("الرئيس الأسد", "SYRGOV") in coded


def test_a_patronymic_keeps_the_listed_person(shipped_rules_stage: ActorStage) -> None:
    coded = _coded(shipped_rules_stage, "التقى وزير الخارجية عادل بن أحمد الجبير نظيره الروسي في موسكو.")
    assert [c for t, c in coded if t.endswith("الجبير")] == ["SAUGOV"], coded
