"""Round 52 (coder section 79): «لقمة سائغة / لقمة العيش» is a morsel, no ل + summit; tennis is sport.  Near miss: a
president going to a summit still meets."""

from __future__ import annotations

from datetime import date

import pytest

from .helpers import coded_parties

DAY_2015 = date(2015, 8, 2)


@pytest.mark.parametrize("text", [
    "غادر رجال أمن طوارئ عسير منازلهم، وغادر العمال بلادهم بحثا عن لقمة العيش في السعودية.",
    "أعلنت الأميركية سيرينا وليامس المصنفة أولى عالميا انسحابها من دورة ستانفورد الأميركية لكرة المضرب.",
])
def test_a_morsel_and_a_tennis_withdrawal_are_no_acts(pipeline, text: str) -> None:
    assert not coded_parties(pipeline, text, DAY_2015)


def test_a_president_at_a_summit_still_meets(pipeline) -> None:
    text = "وتوجه الرئيس المصري إلى الرياض للمشاركة في القمة العربية مع العاهل السعودي."
    assert [c for c in coded_parties(pipeline, text, DAY_2015) if c[0].startswith("04")]
