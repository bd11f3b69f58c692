"""Round 66 (coder section 93): an attack told as what someone is linked to or investigated for takes no doer from
before that word; opposition forces (قوات المعارضة) are armed rebels."""

from __future__ import annotations

import pytest

from .helpers import coded_parties


@pytest.mark.parametrize("text", [
    "وأعلن رئيس الوزراء التركي أن الشرطة التركية تعرفت على هوية مشتبه به مرتبط بالهجوم الانتحاري الذي أودى "
    "بحياة 32 شخصا.",
    "ويحاكم في القضية 29 متهمًا ألقت السلطات الكويتية القبض عليهم على صلة بالتفجير الانتحاري الذي استهدف مسجداً.",
    "وأعلن وزير الداخلية العراقي اعتقال المتورطين بالتفجير الذي استهدف ناحية بني سعد.",
])
def test_an_attack_someone_is_linked_to_is_not_the_subjects(pipeline, text: str) -> None:
    attacks = [c for c in coded_parties(pipeline, text) if c[0].startswith("18") or c[0].startswith("19")]
    assert not [c for c in attacks if any(code in ("TURCOP", "KWTGOV", "KWTCOP", "IRQCOP", "IRQGOV")
                                          for code in c[1])], attacks


def test_planning_attacks_stays_the_planners_act(pipeline) -> None:
    text = "ويحذر مسؤولون من أن عملاء تنظيم القاعدة يستغلون الفوضى في التخطيط لهجمات توقع أعدادًا أكبر من الضحايا."
    assert [s for c, s, _t in coded_parties(pipeline, text) if c.startswith("19")] == [["IMGMUSALQ"]]


def test_opposition_forces_are_armed_rebels(pipeline) -> None:
    assert [s for _c, s, _t in coded_parties(pipeline, "وتحاصر قوات المعارضة البلدات الأربع في ريف إدلب.")] == [
        ["SYRREB"]]
