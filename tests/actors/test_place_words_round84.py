"""Round 84: a capital after «منطقة / أمانة / إمارة» names the region (بمنطقة الرياض), «القضاء على» is eliminating,
not the judiciary, and «الأول» after «منذ» is a date (منذ الأول من يونيو), not "the former"."""

from __future__ import annotations

from datetime import date
from functools import partial

from hadath.actors.stage import ActorStage

from .helpers import coded_mentions

DAY = date(2015, 7, 31)


_coded = partial(coded_mentions, day=DAY)  # (stage, text): the mentions and their codes


def test_a_capital_after_a_region_word_is_the_region(shipped_rules_stage: ActorStage) -> None:
    coded = _coded(shipped_rules_stage, "انتشلت فرق الدفاع المدني بمنطقة الرياض جثة شاب غرق في سد وادي نمار.")
    assert not [c for t, c in coded if t == "الرياض"], coded
    assert ("الرياض", "SAUGOV") in _coded(shipped_rules_stage, "وقالت الرياض إن المفاوضات مستمرة.")


def test_eliminating_is_not_the_judiciary(shipped_rules_stage: ActorStage) -> None:
    assert not [c for _t, c in _coded(shipped_rules_stage, "يسعى النظام إلى تفكيك سوريا والقضاء على هويتها.") if c and "JUD" in c]
    assert [c for _t, c in _coded(shipped_rules_stage, "وأصدر القضاء المصري حكما على المتهمين.") if c and "JUD" in c] == ["EGYJUD"]


def test_the_first_of_a_month_is_no_back_reference(shipped_rules_stage: ActorStage) -> None:
    text = "التقى رئيس الوزراء البريطاني نظيره الفرنسي في لندن. وقتل عشرة أشخاص منذ الأول من يونيو خلال محاولات العبور."
    assert not [t for t, _c in _coded(shipped_rules_stage, text) if t == "الأول"]
