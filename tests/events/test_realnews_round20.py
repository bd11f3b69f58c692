"""Round 20 of hand-checked real news (coder.py section 47): the act after «تمكن من» takes the party after it as
its object; a court postpones, it evacuates nobody; a word inside a date (فجر أول أمس) is no trigger.  Each rule
with a near miss that keeps its reading."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, roles_of

DAY_2015 = date(2015, 8, 10)


def test_the_party_after_an_act_one_managed_is_its_object(pipeline) -> None:
    """«تمكنت المقاومة من قتل قائد الحرس الجمهوري اليمني»: the commander is killed, the guard does not kill."""
    text = "وتمكنت المقاومة من قتل قائد الحرس الجمهوري اليمني في إب."
    assert roles_of(code_text(pipeline, text, DAY_2015), "ASSAULT") == [([], ["YEMMIL"])]


def test_the_subject_of_managing_still_acts(pipeline) -> None:
    """Near miss: «تمكن الجيش اليمني من قتل القيادي الحوثي»: the army before «تمكن» kills."""
    text = "وتمكن الجيش اليمني من قتل القيادي الحوثي أبو محسن في تعز."
    assert roles_of(code_text(pipeline, text, DAY_2015), "ASSAULT") == [(["YEMMIL"], ["YEMREBHOU"])]


def test_a_court_postpones_a_trial(pipeline) -> None:
    """«أجلت محكمة جنايات القاهرة … محاكمة …»: the trial is postponed far from the verb; nobody is evacuated."""
    text = ("أجلت محكمة جنايات القاهرة في جلستها التي عقدت اليوم برئاسة المستشار محمد شيرين فهمي، محاكمة "
            "الرئيس المصري الأسبق محمد مرسي و10 آخرين.")
    assert not [e for e in code_text(pipeline, text, DAY_2015).events if e.cameo.startswith("07")]


def test_dawn_inside_a_date_is_no_bombing(pipeline) -> None:
    """«توفي … فجر أول أمس السبت»: «فجر» is the hour of a date, not «فجّر» (detonated)."""
    text = "يذكر أن سعود الدوسري توفي بسكتة قلبية مفاجئة فجر أول أمس السبت في مقر إقامته في باريس."
    assert not roles_of(code_text(pipeline, text, DAY_2015), "ASSAULT")
