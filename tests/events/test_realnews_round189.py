"""Round 189 (coder section 209): a threat of a response «على» an act is aimed at the act's doer — its country's
adjective (its government) or the party named with it; not a place the act reaches, nor the threatener's own people."""

from __future__ import annotations

from datetime import date

from .helpers import parties_of

DAY = date(2024, 5, 1)


def test_a_response_to_an_act_with_a_countrys_adjective(pipeline) -> None:
    text = "قال وزير الخارجية الإيراني إن بلاده سترد «بحزم» على أي اعتداء إسرائيلي جديد على أراضيها."
    assert parties_of(pipeline, text, "138", DAY) == [(["IRNGOV"], ["ISRGOV"])]


def test_a_response_to_an_act_between_named_parties(pipeline) -> None:
    text = "توعدت كوريا الشمالية برد حاسم على المناورات المشتركة بين واشنطن وسيول."
    assert parties_of(pipeline, text, "138", DAY) == [(["PRKGOV"], ["USAGOV"])]


def test_a_place_the_act_reaches_is_not_its_doer(pipeline) -> None:
    # near miss: «السورية» qualifies the border the threat crosses
    text = "توعد الجيش اللبناني بالرد على التهديد الممتد عبر الحدود السورية."
    assert parties_of(pipeline, text, "138", DAY) == [(["LBNMIL"], [])]


def test_the_threateners_own_people_are_not_the_target(pipeline) -> None:
    # near miss: the act answered is aimed at the threatener's own people, named after it
    text = ("حشدت أذربيجان وحدات مدرعة قرب خط التماس، فيما توعّدت وزارة الدفاع الأرمينية بالرد على أي «استفزاز» "
            "يستهدف السكان الأرمن هناك.")
    assert parties_of(pipeline, text, "138", DAY) == [(["ARMMIL"], [])]
