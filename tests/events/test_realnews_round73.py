"""Round 73 (coder section 100): the party a toll was inflicted on is its target, not its doer."""

from __future__ import annotations

from datetime import date

import pytest

from .helpers import coded_parties

DAY = date(2015, 8, 1)


@pytest.mark.parametrize("text, victim", [
    ("وأوضح المصدر أن مقاتلي الحزب كبدوا أفراد الحرس الثوري الإيراني العديد من القتلى والجرحى.", "IRNMIL"),
    ("وتكبدت ميليشيات الحوثي عشرات القتلى في المعارك.", "YEMREBHOU"),
])
def test_who_was_made_to_suffer_a_toll_is_its_target(pipeline, text: str, victim: str) -> None:
    assert [(s, t) for c, s, t in coded_parties(pipeline, text, DAY) if c == "190"] == [([], [victim])]


def test_a_killer_before_the_toll_stays_its_doer(pipeline) -> None:
    text = "قتلت قوات الحرس الثوري الإيراني عشرة مسلحين قرب الحدود."
    assert [s for c, s, _t in coded_parties(pipeline, text, DAY) if c.startswith("19")][0] == ["IRNMIL"]
