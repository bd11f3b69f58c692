"""Round 170 (coder section 190), from the 2015-08-11 records: «فجر وصباح أمس» is dawn, not «فجّر» (detonated)."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2015, 8, 11)


def test_dawn_and_morning_is_no_bombing(pipeline) -> None:
    text = "واعتقل جيش الاحتلال الإسرائيلي وقواته الخاصة فجر وصباح أمس الاثنين عشرة فلسطينيين."
    assert [c for c, _s, _t in coded_parties(pipeline, text, DAY)] == ["173"]
    # near miss: «فجّر» with a device after it detonates
    text = "وفجر مسلحون عبوة قرب دورية للشرطة في العريش."
    assert [c for c, _s, _t in coded_parties(pipeline, text, DAY)] == ["183"]
