"""Round 151, from a day of real news (2015-07-31): «الإرهابي / الانتحاري» after an act named by its place (هجوم
سوسة الإرهابي، تفجير باريس الإرهابي) is the act's adjective, not a terrorist taking part in it."""

from __future__ import annotations

from datetime import date

from hadath.actors.stage import ActorStage

from .helpers import coded_mentions

DAY = date(2015, 7, 31)


def test_an_attack_named_by_its_place_takes_the_adjective(shipped_rules_stage: ActorStage) -> None:
    coded = coded_mentions(shipped_rules_stage, "وكشف التقرير عن هوية منفذ هجوم سوسة الإرهابي.", DAY)
    assert not [t for t, c in coded if c == "REB"], coded


def test_a_terrorist_after_a_kinship_word_is_still_an_actor(shipped_rules_stage: ActorStage) -> None:
    # near miss: «شقيق» is no act noun, so the word after it names a person
    coded = coded_mentions(shipped_rules_stage, "واعتقلت الشرطة شقيق الإرهابي في المدينة.", DAY)
    assert ("الإرهابي", "REB") in coded, coded
