"""Round 190 (coder section 210): a threat of force on another state's ground is aimed at that state's government."""

from __future__ import annotations

from datetime import date

from .helpers import parties_of

DAY = date(2024, 5, 1)


def test_a_threat_to_strike_a_states_installations(pipeline) -> None:
    text = "هددت جماعة الحوثي باستهداف منشآت نفطية سعودية إذا لم تصرف رواتب الموظفين."
    assert [t for _s, t in parties_of(pipeline, text, "138", DAY)] == [["SAUGOV"]]


def test_a_threat_noun_whose_actor_is_its_adjective_is_coded(pipeline) -> None:
    # no party follows the threat: its doer is the adjective, and nothing after it is ground
    text = "وذلك لمواجهة التهديدات الإيرانية بكل حزم وقوة."
    assert parties_of(pipeline, text, "130", DAY) == [(["IRNGOV"], [])]


def test_a_threat_on_ones_own_town_names_no_state(pipeline) -> None:
    # near miss: a state's army threatening a town of its own country
    text = "هدد الجيش السوري بقصف مدينة إدلب."
    assert parties_of(pipeline, text, "130", DAY) == [(["SYRMIL"], [])]
