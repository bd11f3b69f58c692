"""Round 74 (coder section 101): the hospital the wounded were taken to is not the attack's target."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2015, 8, 2)


def test_the_hospital_the_wounded_were_taken_to_is_no_target(pipeline) -> None:
    text = ("وأوضحت أن مسلحين من تنظيم داعش شنوا هجومًا استهدف تجمعًا لقوات الجيش العراقي في منطقة الطاش جنوبي "
            "الرمادي، ما تسبب بمقتل جنديين وجرح ثلاثة آخرين تم نقلهم الى المستشفى.")
    assert not [t for c, _s, t in coded_parties(pipeline, text, DAY) if "IRQCVL" in t or "IRQHLH" in t]


def test_an_attack_on_a_hospital_keeps_it_as_target(pipeline) -> None:
    text = "وقصفت طائرات النظام السوري مستشفى في ريف إدلب."
    assert [t for c, _s, t in coded_parties(pipeline, text, DAY) if c.startswith("19")] == [["SYRCVL"]]
