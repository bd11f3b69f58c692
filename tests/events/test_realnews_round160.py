"""Round 160 (coder section 180), from the 2015-08-01 sample: «قيادتي العمليات المشتركة» names commands, no joint
operation; an animal that attacks (هاجم قرد أحد المنتزهات) is no political attacker; a title before «د.» and a name
is one mention with the name (وزير الصحة السعودي د. خالد الفالح)."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, coded_parties

DAY = date(2015, 8, 1)


def test_commands_named_are_no_joint_operation(pipeline) -> None:
    text = ("وطالب عضو لجنة الأمن والدفاع النيابية النائب محمد الكربولي، قيادتي العمليات المشتركة والتحالف الدولي "
            "بتوخي الدقة في قصف تجمعات «داعش» بالأنبار.")
    assert not [c for c, _s, _t in coded_parties(pipeline, text, DAY) if c.startswith("06")]


def test_a_joint_operation_is_still_one(pipeline) -> None:
    # near miss: no command word before it
    text = "نفذت القوات العراقية والتحالف الدولي عمليات مشتركة ضد تنظيم داعش في الأنبار."
    assert [c for c, _s, _t in coded_parties(pipeline, text, DAY) if c.startswith("06")]


def test_a_monkey_attacks_nobody_politically(pipeline) -> None:
    text = "هاجم قرد أحد المنتزهات الترفيهية بمدينة عرعر ليصيب شخصين حاولا السيطرة عليه داخل المنتزه."
    assert not [c for c, _s, _t in coded_parties(pipeline, text, DAY) if c.startswith("19")]


def test_a_title_and_an_abbreviated_doctor_before_the_name(pipeline) -> None:
    doc = code_text(pipeline, "وأكد وزير الصحة السعودي د. خالد الفالح أن الوزارة مستعدة.", DAY)
    mentions = [(m.text, m.actor_code) for m in doc.entities]
    assert ("وزير الصحة السعودي د. خالد الفالح", "SAUGOV") in mentions, mentions
