"""Round 169 (coder section 189), from the 2015-07-24 records: «لم تحل دون X» denies that anything prevented X, so
X happened; «في حالة تأهب» names a state one is in, not a condition."""

from __future__ import annotations

from datetime import date

from .helpers import code_text

DAY = date(2015, 7, 24)


def _statuses(pipeline, text: str, cameo: str) -> list[str]:
    return [e.status for e in code_text(pipeline, text, DAY).events if e.cameo == cameo]


def test_what_nothing_prevented_happened(pipeline) -> None:
    text = "ولكن هذه العراقيل لم تحل دون الإفراج عن معتقلين من سجن غوانتانامو."
    assert _statuses(pipeline, text, "0841") == ["asserted"]
    # near miss: a release not done is still negated
    assert _statuses(pipeline, "ولم تفرج السلطات الأمريكية عن المعتقلين.", "0841") == ["negated"]


def test_a_state_of_alert_is_no_condition(pipeline) -> None:
    text = ("والقوات التونسية في حالة تأهب قصوى بعد هجوم الشهر الماضي على منتجع ساحلي في مدينة سوسة أدى إلى مقتل "
            "38 سائحا.")
    assert set(_statuses(pipeline, text, "190")) == {"asserted"}
    # near miss: «في حالة» before an act is a condition
    text = "وقال إن القوات التونسية سترد في حالة هجوم المسلحين على الحدود."
    assert _statuses(pipeline, text, "190") == ["hypothetical"]
