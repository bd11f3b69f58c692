"""Round 176 (coder section 196), from the 2015-07-26 records: a place read past its first letter is no verb of
postponing; the light verb of a deal with the «ل» of purpose names its aim, not the deal reached."""

from __future__ import annotations

from datetime import date

from hadath.model import Event

from .helpers import code_text

DAY = date(2015, 7, 26)


def _statuses(pipeline, text: str, cameo: str) -> list[str]:
    events: list[Event] = [e for e in code_text(pipeline, text, DAY).events if e.cameo == cameo]
    return [e.status for e in events]


def test_a_place_is_no_verb_of_postponing(pipeline) -> None:
    text = ("وفي محافظة الحديدة، قتل حوثيان وأصيب 4 آخرون في هجوم مسلح للمقاومة على نقطة تابعة للمتمردين بمديرية "
            "باجل غربي اليمن.")
    assert _statuses(pipeline, text, "190") == ["asserted"]
    # near miss: a visit that was put off is still to come
    text = "وكانت زيارة وزير الخارجية الإيراني إلى الرياض قد أجلت."
    assert "intended" in _statuses(pipeline, text, "036")


def test_a_deal_sought_with_the_lam_of_purpose_is_intended(pipeline) -> None:
    text = "وتجري اتصالات غير مباشرة بين حماس وإسرائيل للتوصل إلى هدنة طويلة الأمد."
    assert _statuses(pipeline, text, "057") == ["intended"]
    # near miss: a deal reached is asserted
    text = "وتوصلت حماس وإسرائيل إلى هدنة طويلة الأمد."
    assert _statuses(pipeline, text, "057") == ["asserted"]
