"""Round 156, from a day of real news (2015-07-27): «الخارجية» after a noun of policy or trade (السياسة الخارجية
المصرية) is "foreign", not the foreign ministry."""

from __future__ import annotations

from datetime import date

from hadath.actors.stage import ActorStage

from .helpers import coded_mentions

DAY = date(2015, 7, 27)


def test_foreign_policy_is_no_ministry(shipped_rules_stage: ActorStage) -> None:
    coded = coded_mentions(shipped_rules_stage, "تناول خلال اللقاء نشاط السياسة الخارجية المصرية في الملفات.", DAY)
    assert not [c for _t, c in coded if c == "EGYGOV"], coded


def test_the_ministry_with_its_nisba_is_still_one(shipped_rules_stage: ActorStage) -> None:
    # near miss: no policy noun before it, «الخارجية المصرية» is the ministry
    coded = coded_mentions(shipped_rules_stage, "وقالت الخارجية المصرية إن الوزير سيزور روسيا.", DAY)
    assert ("الخارجية المصرية", "EGYGOV") in coded, coded
