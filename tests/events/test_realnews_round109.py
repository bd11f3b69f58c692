"""Round 109 (coder section 132): the act of a condition is done to the one who answers it (بكين سترد بالمثل إذا
فرضت واشنطن رسوماً → CHNGOV), force to that state's land (إذا ضربت إسرائيل منشآتنا → IRN) or to the place it would
be done at; and «واشنطن» after a condition word is no place (its و is no conjunction joining it to «في»)."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2024, 5, 2)


def test_a_conditional_sanction_targets_the_one_who_answers(pipeline) -> None:
    text = "قالت الخارجية الصينية إن بكين سترد بالمثل إذا فرضت واشنطن رسوماً جمركية إضافية على السلع الصينية."
    coded = coded_parties(pipeline, text, DAY)
    assert any(c[:2] == "16" and s == ["USAGOV"] and t == ["CHNGOV"] for c, s, t in coded), coded


def test_a_conditional_strike_targets_the_answering_state_land(pipeline) -> None:
    text = "«إذا ضربت إسرائيل منشآتنا النووية فسنستهدف كل قواعدها في المنطقة»، قال قائد الحرس الثوري حسين سلامي."
    coded = coded_parties(pipeline, text, DAY)
    assert any(c[:2] == "19" and s == ["ISRMIL"] and t == ["IRN"] for c, s, t in coded), coded


def test_washington_after_in_case_is_the_actor(pipeline) -> None:
    text = "أن طهران ستغلق مضيق هرمز في حال فرضت واشنطن حظراً كاملاً على صادراتها النفطية."
    coded = coded_parties(pipeline, text, DAY)
    assert any(c == "163" and s == ["USAGOV"] and t == ["IRNGOV"] for c, s, t in coded), coded


def test_an_incursion_of_ones_own_forces_takes_no_own_target(pipeline) -> None:
    # near miss: the answerer's country is the condition's own actor's: no target from the rule
    text = "حذرت الحكومة التركية من أنها سترد بقوة إذا توغلت القوات التركية في المنطقة."
    coded = coded_parties(pipeline, text, DAY)
    assert not any(c[:2] == "19" and any(x.startswith("TUR") for x in t) for c, _s, t in coded), coded
