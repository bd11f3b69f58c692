"""Round 82: a country name that is also its nisba after a noun of territory (الأراضي السعودية) and «المسلح» after a
noun that names no person (الهجوم المسلح، التسلل المسلح) are adjectives, not parties."""

from __future__ import annotations

from datetime import date

from hadath.actors.evaluate import mentions
from hadath.actors.stage import ActorStage

DAY = date(2015, 8, 8)


def _codes(stage: ActorStage, text: str) -> list[str | None]:
    return [m.actor_code for m in mentions(text, DAY, stage)]


def test_a_nisba_of_territory_is_no_party(shipped_rules_stage: ActorStage) -> None:
    assert _codes(shipped_rules_stage, "قاموا بالتسلل إلى الأراضي السعودية وأطلقوا قذائف عبر الحدود السعودية.") == []


def test_the_state_named_alone_still_acts(shipped_rules_stage: ActorStage) -> None:
    assert _codes(shipped_rules_stage, "وقالت السعودية إن الحدود آمنة.") == ["SAU"]
    assert _codes(shipped_rules_stage, "شاركت القوات البحرية الملكية السعودية في التمرين.") != []


def test_armed_describes_an_act(shipped_rules_stage: ActorStage) -> None:
    assert _codes(shipped_rules_stage, "وقع الهجوم المسلح أمس قرب الحدود.") == []


def test_a_gunman_is_still_a_party(shipped_rules_stage: ActorStage) -> None:
    assert _codes(shipped_rules_stage, "وأطلق الرجل المسلح النار على الشرطة.")[0] == "UAF"
    assert "UAF" in _codes(shipped_rules_stage, "هاجم المسلح دورية الشرطة.")


def test_an_armed_group_is_still_a_party(shipped_rules_stage: ActorStage) -> None:
    # the paired check of 2015-08-03: «التمرد المسلح» (the armed rebellion) is the Houthis acting
    assert "UAF" in _codes(shipped_rules_stage, "كشفت عن الجرائم المرتكبة من جانب التمرد المسلح والتي شملت القصف العشوائي.")


def test_terrorist_describes_an_act(shipped_rules_stage: ActorStage) -> None:
    # round 87: «العمل الإرهابي» is a terrorist act, not a terrorist; «التنظيم الإرهابي» is still a party
    assert _codes(shipped_rules_stage, "تجري عمليات البحث لتحديد هوية المتورطين في هذا العمل الإرهابي.") == []
    assert "REB" in _codes(shipped_rules_stage, "وقال التنظيم الإرهابي في بيان إنه نفذ الهجوم.")
