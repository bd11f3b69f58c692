"""Round 30 of hand-checked real news (coder.py section 57): a genitive followed by people with ل is the doer of
an arrest; mines cleared are no attack; who receives blows is their target.  Each with a near miss."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, of_type, roles_of

DAY_2015 = date(2015, 8, 10)


def test_a_genitive_before_people_with_lam_is_the_arrester(pipeline) -> None:
    doc = code_text(pipeline, "وجاء اعتقال الشرطة المصرية لشخصين في القاهرة بعد الهجوم على الكنيسة.", DAY_2015)
    assert [s for s, _t in roles_of(doc, "COERCE")] == [["EGYCOP"]]


def test_a_genitive_before_a_time_with_lam_is_the_one_arrested(pipeline) -> None:
    """Near miss: «اعتقال الناشط المصري لساعات»: ل names how long, so the genitive is the detainee."""
    doc = code_text(pipeline, "وجاء اعتقال الناشط المصري لساعات في القاهرة بعد المظاهرة.", DAY_2015)
    assert roles_of(doc, "COERCE") == [([], ["EGYCVL"])]


def test_mines_cleared_are_no_attack(pipeline) -> None:
    doc = code_text(pipeline, "وقال مصدر ميداني إن الجيش اليمني قام باستخراج مئات الألغام التي زرعتها ميليشيات الحوثي في "
                              "محيط مدينة زنجبار.", DAY_2015)
    assert not of_type(doc, "ASSAULT")


def test_a_mine_that_kills_is_an_attack(pipeline) -> None:
    """Near miss: a mine that went off."""
    doc = code_text(pipeline, "وقتل مدنيان يمنيان بانفجار لغم زرعته ميليشيات الحوثي في زنجبار.", DAY_2015)
    assert of_type(doc, "ASSAULT")


def test_who_receives_blows_is_their_target(pipeline) -> None:
    doc = code_text(pipeline, "يذكر أن الحوثيين تلقوا في اليومين الأخيرين ضربات موجعة أجبرتهم على التقهقر.", DAY_2015)
    assert roles_of(doc, "ASSAULT") == [([], ["YEMREBHOU"])]


def test_who_deals_blows_is_their_source(pipeline) -> None:
    """Near miss: «وجه التحالف ضربات موجعة»."""
    doc = code_text(pipeline, "ووجه التحالف العربي ضربات موجعة لميليشيات الحوثي في صعدة.", DAY_2015)
    assert [s for s, _t in roles_of(doc, "ASSAULT")] == [["SAUMIL"]]
