"""Rounds 166–167, from the 2015-08-03 and 07-27 records: «القضاء على» after a proclitic (للقضاء على داعش) is
eliminating, not the judiciary; «تم أسرهم» is their capture, not their families; «أميركا اللاتينية / الجنوبية»
is a continent, not the United States; «بالنيابة» (acting, on behalf of) is no prosecution (round 170)."""

from __future__ import annotations

from datetime import date

from hadath.actors.stage import ActorStage

from .helpers import coded_mentions

DAY = date(2015, 8, 3)


def test_eliminating_after_a_proclitic_is_no_court(shipped_rules_stage: ActorStage) -> None:
    coded = coded_mentions(shipped_rules_stage, "والولايات المتحدة ستقدم دعماً للقضاء على داعش.", DAY)
    assert all(not (c or "").endswith("JUD") for _t, c in coded), coded
    # near miss: the judiciary acting is still the court
    coded = coded_mentions(shipped_rules_stage, "وقال القضاء العراقي إنه أصدر حكماً.", DAY)
    assert ("القضاء العراقي", "IRQJUD") in coded, coded


def test_a_capture_after_tamma_is_no_family(shipped_rules_stage: ActorStage) -> None:
    coded = coded_mentions(shipped_rules_stage, "قتل فيها العشرات من المقاتلين أو تم أسرهم.", DAY)
    assert all(c != "CVL" for _t, c in coded), coded
    # near miss: «أسرهم» elsewhere is their families
    coded = coded_mentions(shipped_rules_stage, "وزار الوزير أسرهم في المستشفى.", DAY)
    assert any(c == "CVL" and "أسر" in t for t, c in coded), coded


def test_latin_and_south_america_are_no_united_states(shipped_rules_stage: ActorStage) -> None:
    # round 167
    for text in ("في حين أن أميركا اللاتينية لديها طلب على توسيع البنية التحتية.",
                 "وقال إن أمريكا الجنوبية ستدعم بلاتيني."):
        coded = coded_mentions(shipped_rules_stage, text, DAY)
        assert all(c != "USA" for _t, c in coded), coded
    # near miss: America alone is the United States
    assert ("أمريكا", "USA") in coded_mentions(shipped_rules_stage, "وقالت أمريكا إنها ترفض القرار.", DAY)


def test_acting_on_behalf_of_is_no_prosecution(shipped_rules_stage: ActorStage) -> None:
    # round 170
    for text in ("زار السفير الأسترالي الشركة السعودية للكهرباء حيث التقى الرئيس التنفيذي للشركة بالنيابة بحضور عدد "
                 "من المسؤولين.", "وقال السفير الأسترالي بالنيابة عن زملائه إنه يرفض القرار."):
        coded = coded_mentions(shipped_rules_stage, text, DAY)
        assert all(not (c or "").endswith("JUD") for _t, c in coded), coded
    # near miss: the public prosecution is still the judiciary
    coded = coded_mentions(shipped_rules_stage, "وأحيل المتهمون بالنيابة العامة إلى المحكمة.", DAY)
    assert any(t == "النيابة العامة" and (c or "").endswith("JUD") for t, c in coded), coded
