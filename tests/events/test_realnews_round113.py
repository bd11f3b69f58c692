"""Round 113 (coder section 136): the place a withdrawal leaves is looked for past an aside between commas right
after it (انسحب الجيش الإسرائيلي، صباح الثلاثاء، من معظم البلدات الحدودية في جنوب لبنان → LBN)."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2025, 1, 28)


def test_a_withdrawal_past_a_time_aside(pipeline) -> None:
    text = "انسحب الجيش الإسرائيلي، صباح الثلاثاء، من معظم البلدات الحدودية في جنوب لبنان مع انتهاء المهلة."
    assert ("0874", ["ISRMIL"], ["LBN"]) in coded_parties(pipeline, text, DAY)


def test_a_place_in_the_next_clause_is_not_left(pipeline) -> None:
    # near miss: a comma that opens no aside ends the withdrawal's clause
    text = "انسحب الجيش الإسرائيلي من المنطقة، وقال مسؤولون في لبنان إن الانسحاب لم يكتمل."
    coded = [c for c in coded_parties(pipeline, text, DAY) if c[0] == "0874"]
    assert coded and all("LBN" not in t for _c, _s, t in coded), coded
