"""Round 166, from the 2015-08-03 records: «القضاء على» after a proclitic (للقضاء على داعش) is eliminating, not the
judiciary, and «تم أسرهم» is their capture, not their families."""

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
