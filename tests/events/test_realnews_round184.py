"""Round 184 (coder section 204): «لم … سوى / إلا» restricts a past act rather than denying it — the act happened,
only so far; «إلا أن» (however) and «إلا إذا» (unless) are no such exception."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, coded_parties, codes_force

DAY = date(2015, 8, 10)


def statuses(pipeline, text: str) -> list[str]:
    return [e.status for e in code_text(pipeline, text, DAY).events if e.event_type == "ASSAULT"]


def test_an_act_negated_but_for_an_exception_happened(pipeline) -> None:
    assert statuses(pipeline, "لم تقصف القوات الروسية مدينة إدلب سوى مرة واحدة.") == ["asserted"]


def test_an_exception_after_illa_too(pipeline) -> None:
    assert statuses(pipeline, "ولم تقصف القوات الروسية مدينة إدلب إلا مرتين خلال الشهر الماضي.") == ["asserted"]


def test_illa_anna_is_however_and_keeps_the_negation(pipeline) -> None:
    # near miss: «إلا أن» opens a contrast; the first act stays denied, the second is told
    text = "لم تقصف القوات الروسية مدينة إدلب إلا أن الطيران السوري قصفها."
    assert statuses(pipeline, text) == ["negated", "asserted"]


def test_illa_idha_is_unless_and_keeps_the_negation(pipeline) -> None:
    # near miss: «إلا إذا» is "unless"
    text = "لم تقصف القوات الروسية مدينة إدلب إلا إذا تعرضت لهجوم."
    assert statuses(pipeline, text)[0] == "negated"


def test_the_dead_before_a_trailing_death_noun_are_its_target_and_the_bare_party_after_its_doer(pipeline) -> None:
    text = "لقي شرطي مصري مصرعه وأصيب اثنان آخران إثر قيام مسلحين بإطلاق النار على دورية في سيناء."
    roles = [(s, t) for c, s, t in coded_parties(pipeline, text, DAY) if c == "190"]
    assert roles == [(["UAF"], ["EGYCOP"])]


def test_a_ruling_that_stipulates_is_no_killing(pipeline) -> None:
    text = ("أصدرت المحكمة الجزائية المتخصصة حكماً ابتدائياً يقضي بإدانة مواطن بالتستر على أحد المقاتلين في اليمن "
            "وتقديم المساعدة له.")
    assert not codes_force(pipeline, text, DAY)
