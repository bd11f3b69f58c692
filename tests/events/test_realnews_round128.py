"""Round 128: the party whose gathering a bomber struck (فجّر انتحاري نفسه وسط تجمع لعناصر الأمن) is the attack's
target."""

from __future__ import annotations

from datetime import date

from hadath.model import Article

DAY = date(2015, 8, 9)


def _blasts(pipeline, text: str) -> list[tuple[list[str], list[str]]]:
    doc = pipeline(Article(id="t", date=DAY, text=text))
    return [([m.actor_code for m in e.source], [m.actor_code for m in e.target])
            for e in doc.events if e.event_type == "ASSAULT"]


def test_a_bomber_amid_a_gathering_of_police(pipeline) -> None:
    text = "فجّر انتحاري نفسه وسط تجمع لعناصر الشرطة في مدينة مقديشو، ما أدى إلى سقوط ثمانية قتلى."
    assert _blasts(pipeline, text) == [(["SOMREB"], ["SOMCOP"])]


def test_a_bomber_amid_a_city_names_no_target(pipeline) -> None:
    # near miss: «وسط» before a place, with no gathering, names where, not whom
    text = "فجّر انتحاري نفسه وسط بغداد، ما أدى إلى سقوط ثمانية قتلى."
    assert _blasts(pipeline, text) == [(["IRQREB"], [])]
