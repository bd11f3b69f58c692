"""Status round 2 (coder section 20): future verbs the tokenizer left whole, «soon» after an act, and the future
time after a demand, which is its content's, not the demand's."""

from __future__ import annotations

import pytest

from .helpers import code_text, lexical, of_type


def status_of(pipeline, text: str, event_type: str | None) -> list[str]:
    return [e.status for e in lexical(of_type(code_text(pipeline, text), event_type))]


@pytest.mark.parametrize("text, status", [
    ("أعلن الجيش الإسرائيلي أنه سيشن هجوماً على رفح.", "intended"),  # سيشن: سـ not split off
    ("قال الجيش الإسرائيلي إن قواته ستشن هجوماً على رفح.", "intended"),
    ("أعلن الجيش الإسرائيلي أنه شن هجوماً على رفح.", "asserted"),  # near miss: past
])
def test_short_future_verbs(pipeline, text, status):
    assert status_of(pipeline, text, "ASSAULT") == [status]


@pytest.mark.parametrize("text, status", [
    ("أعلنت الخارجية المغربية استئناف العلاقات الدبلوماسية مع إسرائيل قريباً.", "intended"),
    ("أعلنت الخارجية المغربية استئناف العلاقات الدبلوماسية مع إسرائيل في أقرب وقت.", "intended"),
    ("أعلنت الخارجية المغربية استئناف العلاقات الدبلوماسية مع إسرائيل.", "asserted"),  # near miss: no time
])
def test_soon_after_the_act(pipeline, text, status):
    assert status_of(pipeline, text, "COOPERATE") == [status]


def test_near_is_no_time(pipeline):
    text = "أطلقت القوات الإسرائيلية النار على متظاهرين قريباً من السياج الحدودي."
    assert status_of(pipeline, text, "ASSAULT") == ["asserted"]


def test_a_demand_to_act_soon_is_made_now(pipeline):
    text = "طالبت الحكومة العراقية القوات الأمريكية بمغادرة البلاد قريباً."
    assert status_of(pipeline, text, None) == ["asserted"]


def test_a_hope_keeps_its_soon_content_hoped(pipeline):
    text = "أعرب الوزير عن أمله في أن تستأنف طهران وواشنطن المحادثات قريباً."
    assert status_of(pipeline, text, "CONSULT") == ["hoped"]


@pytest.mark.parametrize("text", [
    "تطالب الحكومة العراقية بانسحاب القوات الأمريكية بحلول سبتمبر المقبل.",
    "تطالب النقابات الحكومة الفرنسية بسحب مشروع القانون قبل الأسبوع المقبل.",
])
def test_a_demands_future_time_is_its_content(pipeline, text):
    assert status_of(pipeline, text, None) == ["asserted"]


def test_an_agreement_to_meet_next_week_stays_intended(pipeline):
    """Near miss: an agreement (root 03) with a future time plans that act, unlike a demand."""
    text = "اتفقت مصر والأردن على استئناف المحادثات السبت المقبل."
    assert status_of(pipeline, text, "AGREE") == ["intended"]
