"""Round 46 (coder section 73): a visit or talks put off (تأجيل زيارة، أجّلت زيارتها، زيارة … قد أُجلت، إرجاء
المحادثات) are still to come, and a visit called off (ألغى زيارته) did not happen.  Near misses: a visit told with
no postponement stays done, «من أجل» is no postponement, and ending an emergency (إلغاء مد حالة الطوارئ) is itself
the act."""

from __future__ import annotations

from datetime import date

import pytest

from .helpers import code_text

DAY_2015 = date(2015, 8, 9)


def _statuses(pipeline, text: str, root: str) -> list[str]:
    return [e.status for e in code_text(pipeline, text, DAY_2015).events if e.cameo.startswith(root)]


@pytest.mark.parametrize("text", [
    "وكانت زيارة وزير الخارجية الإيراني إلى الرياض قد أجلت الأسبوع الماضي.",
    "وأعلنت الخارجية تأجيل زيارة الرئيس الفرنسي إلى طهران.",
    "وقرر الطرفان إرجاء المحادثات بين إيران والولايات المتحدة إلى الشهر المقبل.",
])
def test_a_visit_or_talks_put_off_are_intended(pipeline, text: str) -> None:
    statuses = _statuses(pipeline, text, "0")
    assert statuses and all(s == "intended" for s in statuses)


def test_a_visit_called_off_is_negated(pipeline) -> None:
    assert _statuses(pipeline, "وألغى الرئيس الأمريكي زيارته إلى مصر.", "04") == ["negated"]


def test_a_visit_told_plainly_is_done(pipeline) -> None:
    assert _statuses(pipeline, "واختتم الرئيس الفرنسي زيارته إلى طهران أمس.", "04") == ["asserted"]


def test_lifting_an_emergency_is_the_act_itself(pipeline) -> None:
    text = "أعلن الرئيس المصري إلغاء مد حالة الطوارئ في جميع أنحاء البلاد."
    assert "negated" not in _statuses(pipeline, text, "08")


def test_for_the_sake_of_is_no_postponement(pipeline) -> None:
    text = "وجاءت زيارة وزير الخارجية السعودي إلى القاهرة أمس من أجل بحث العلاقات الثنائية."
    assert _statuses(pipeline, text, "04") == ["asserted"]
