"""Round 192 (coder section 212): the party inside a phrase of «أمام» is the audience a verbal act is made before,
never its target."""

from __future__ import annotations

from datetime import date

from .helpers import parties_of

DAY = date(2015, 7, 31)


def test_the_committee_a_minister_condemns_before_is_no_target(pipeline) -> None:
    text = "ندد وزير الخارجية البريطاني أمام لجنة الدفاع بمجلس العموم البريطاني بالهجمات الإيرانية."
    assert parties_of(pipeline, text, "111", DAY) == [(["GBRGOV"], [])]
