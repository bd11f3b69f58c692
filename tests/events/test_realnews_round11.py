"""Round 11 of hand-checked real news (coder.py section 38): a student, a half, a death sentence carried out and a
government's purchasing aims read as acts; each with a near miss."""

from __future__ import annotations

import pytest

from .helpers import assert_type_not_coded, code_text, of_type

NOT_THE_ACT = [
    # (sentence, the type or CAMEO root it must not be coded as)
    ("وقتل 38 سائحا في هجوم شنه طالب تونسي مسلح في مدينة سوسة الساحلية.", "02"),
    ("وأعطى الشعب الفرصة مرتين لابن طالب كيني كي يصل إلى البيت الأبيض.", "02"),
    ("وتعرض الطفل إبراهيم (14 عامًا ونصف العام) لاعتداء وحشي من قبل أحد المستوطنين.", "ACCUSE"),
    ("نفذت وزارة الداخلية حكم القتل تعزيرا في مهرب مخدرات، حيث صدر بحقه صك شرعي يقضي بثبوت ما نسب إليه والحكم "
     "بقتله تعزيرا أمس في محافظة ثادق بمنطقة الرياض.", "ASSAULT"),
    ("وأضافت أن الحكومة المصرية تستهدف شراء 7.79 مليون طن من الغاز الطبيعي المسال هذا العام.", "ASSAULT"),
    ("وتستهدف مصر أن تصل عائدات قناة السويس إلى 5.5 مليار دولار العام المقبل.", "ASSAULT"),
]


def _kinds(pipeline, text: str) -> list[str]:  # noqa: ANN001 - the session's pipeline
    return [e.event_type or e.cameo[:2] for e in code_text(pipeline, text).events]


@pytest.mark.parametrize(("text", "kind"), NOT_THE_ACT, ids=[f"{k}:{t.split()[1]}" for t, k in NOT_THE_ACT])
def test_words_of_an_act_that_tell_none(pipeline, text: str, kind: str) -> None:
    if kind.isdigit():
        assert kind not in [e.cameo[:2] for e in code_text(pipeline, text).events if e.event_type is None]
    else:
        assert_type_not_coded(pipeline, text, kind)


def test_an_appeal_at_the_head_of_its_clause_is_an_appeal(pipeline) -> None:
    """Near miss: «وطالب قباني»: after و, the name ending like a nisba is the man making the appeal."""
    text = "وطالب الرئيس التونسي الحكومة الليبية بضبط الحدود المشتركة بين البلدين."
    assert [e.cameo[:2] for e in code_text(pipeline, text).events if e.event_type is None] == ["02"]


def test_residents_appealing_are_no_students(pipeline) -> None:
    """Near miss: a plural in construct after «طالب» (طالب أهالي القرية) names who appeals."""
    text = "فيما طالب أهالي الحي الحكومة العراقية بتوفير الكهرباء."
    assert "02" in [e.cameo[:2] for e in code_text(pipeline, text).events if e.event_type is None]


def test_an_attack_aimed_at_a_town_is_an_attack(pipeline) -> None:
    """Near miss: «يستهدف» with its target right after it."""
    text = "وقالت مصادر إن الطيران الروسي استهدف بلدة سراقب في ريف إدلب بعدة غارات."
    assert of_type(code_text(pipeline, text), "ASSAULT")
