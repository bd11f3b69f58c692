"""A government word joined by و to another noun shares the country named after both («لحكومة وشعب المملكة»),
instead of taking the country of the sentence's speaker."""

from __future__ import annotations

from datetime import date

from hadath.actors.stage import ActorStage

from .helpers import coded_mentions

DAY = date(2015, 8, 6)


def test_government_and_people_of_a_named_country(shipped_rules_stage: ActorStage) -> None:
    coded = coded_mentions(shipped_rules_stage,
                           "وأعرب عن تعازي دولة الإمارات لحكومة وشعب المملكة العربية السعودية الشقيقة.", DAY)
    assert ("حكومة وشعب المملكة العربية السعودية", "SAUGOV") in coded, coded
    assert not [c for t, c in coded if c == "AREGOV"], coded


def test_only_a_conjoined_noun_of_the_list_bridges(shipped_rules_stage: ActorStage) -> None:
    # «وثقافة» is no body that shares a country: the government stays the speaker's
    coded = coded_mentions(shipped_rules_stage, "وأعرب عن تعازي دولة الإمارات لحكومة وثقافة المملكة العربية السعودية.",
                           DAY)
    assert not [c for t, c in coded if c == "SAUGOV"], coded
