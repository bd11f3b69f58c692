"""Round 128: the party whose gathering a bomber struck (فجّر انتحاري نفسه وسط تجمع لعناصر الأمن) is the attack's
target."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, roles_of

DAY = date(2015, 8, 9)


def test_a_bomber_amid_a_gathering_of_police(pipeline) -> None:
    text = "فجّر انتحاري نفسه وسط تجمع لعناصر الشرطة في مدينة مقديشو، ما أدى إلى سقوط ثمانية قتلى."
    assert roles_of(code_text(pipeline, text, DAY), "ASSAULT") == [(["SOMREB"], ["SOMCOP"])]


def test_a_bomber_amid_a_city_names_no_target(pipeline) -> None:
    # near miss: «وسط» before a place, with no gathering, names where, not whom
    text = "فجّر انتحاري نفسه وسط بغداد، ما أدى إلى سقوط ثمانية قتلى."
    assert roles_of(code_text(pipeline, text, DAY), "ASSAULT") == [(["IRQREB"], [])]
