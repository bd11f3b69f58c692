"""Round 59 (coder section 86): a withdrawal (or an envoy recalled, relations cut) from a place in another country
than the withdrawing state's leaves that country: "انسحب الجيش الإسرائيلي من بلدة الخيام في جنوب لبنان" → LBN.
A state's forces leaving a town of their own country name no target."""

from __future__ import annotations

import pytest

from .helpers import coded_parties


@pytest.mark.parametrize(("text", "expected"), [
    ("انسحب الجيش الإسرائيلي من بلدة الخيام في جنوب لبنان.", ("0874", ["ISRMIL"], ["LBN"])),
    ("شرعت القوات التركية في سحب جنودها من نقطة المراقبة في بلدة مورك بريف حماة الشمالي.",
     ("0874", ["TURMIL"], ["SYR"])),
    ("انسحب الجيش السوري من مدينة تدمر في ريف حمص.", ("0874", ["SYRMIL"], [])),
])
def test_a_withdrawal_leaves_the_country_of_its_place(pipeline, text: str, expected) -> None:
    assert coded_parties(pipeline, text) == [expected]
