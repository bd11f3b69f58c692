"""Round 58 (coder section 85): the victims of force take the country where they are, not the attacker's (قتل
عشرة مدنيين في غارة شنتها طائرات روسية على بلدة في ريف إدلب → SYRCVL), and a toll with no killer named takes
the doer of the attack it is linked to from that attack's relative verb (… في ضربة نفذها الجيش المالي)."""

from __future__ import annotations

from .helpers import code_text, roles_of


def test_the_victims_of_force_belong_where_they_are(pipeline) -> None:
    text = "قتل عشرة مدنيين في غارة شنتها طائرات حربية روسية على بلدة في ريف إدلب."
    assert roles_of(code_text(pipeline, text), "ASSAULT") == [(["RUSMIL"], ["SYRCVL"])]


def test_a_toll_takes_the_doer_of_the_attack_it_is_linked_to(pipeline) -> None:
    text = "قُتل 12 مدنياً في ضربة بطائرة مسيّرة نفذها الجيش المالي على سوق قرب بلدة تينزاواتين."
    sources = [codes for codes, _t in roles_of(code_text(pipeline, text), "ASSAULT")]
    assert sources == [["MLIMIL"]]


def test_a_toll_with_no_doer_named_keeps_no_source(pipeline) -> None:
    text = "قُتل 12 مدنياً في انفجار عبوة ناسفة قرب سوق في مدينة غاو."
    assert all(not codes for codes, _t in roles_of(code_text(pipeline, text), "ASSAULT"))
