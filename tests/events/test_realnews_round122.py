"""Round 122, from round 121's real-day check: «دون» before a word of manner (دون استثناء، دون توقف، دون تردد) says how
an act was done and negates nothing, as «لا سيما» and «من دون طيار» do not."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, of_type

DAY = date(2015, 8, 8)


def _statuses(pipeline, text: str, etype: str) -> list[str]:
    return [e.status for e in of_type(code_text(pipeline, text, DAY), etype)]


def test_without_stopping_is_no_negation(pipeline) -> None:
    text = "واصلت القوات الروسية دون توقف قصف مواقع المعارضة في ريف حماة."
    assert _statuses(pipeline, text, "ASSAULT") == ["asserted"]


def test_without_is_still_a_negation_before_an_act(pipeline) -> None:
    # near miss: «دون» right before the act's own noun still negates it
    text = "انتهت المحادثات بين الوفدين دون اتفاق على وقف إطلاق النار."
    assert "asserted" not in _statuses(pipeline, text, "AGREE")
