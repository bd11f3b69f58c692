"""Round 8 of hand-checked real news (coder.py section 34): an act told "back then" in more than one word is no
news, «قبضه» receives rather than arrests, and a programme «يستهدف» its audience; each with a near miss."""

from __future__ import annotations

from .helpers import assert_coded_by, assert_type_not_coded, code_text, of_type

# ---------------------------------------------------------------- "back then", in two or three words

def test_a_promise_made_in_the_past_is_not_news(pipeline) -> None:
    text = "وتعهدت السلطات الليبية في السابق بأن تلتزم بمعاملة المتهم وفق المعايير الدولية."
    assert_type_not_coded(pipeline, text, "AGREE")


def test_an_attack_told_at_that_time_is_not_news(pipeline) -> None:
    text = "وهاجمت الحكومة الأمريكية في ذلك الوقت مواقع الجماعة المسلحة في شمال البلاد."
    assert_type_not_coded(pipeline, text, "ASSAULT")


def test_and_in_that_period_with_a_leading_waw(pipeline) -> None:
    text = "وفي تلك الفترة فرضت الولايات المتحدة عقوبات على إيران."
    assert_type_not_coded(pipeline, text, "SANCTION")


def test_earlier_the_same_day_is_still_news(pipeline) -> None:
    text = "وفرضت الولايات المتحدة في وقت سابق اليوم عقوبات على إيران."
    assert [e.trigger.text for e in of_type(code_text(pipeline, text), "SANCTION")]


def test_the_same_words_outside_the_clause_leave_the_act(pipeline) -> None:
    text = "وكانت المدينة هادئة في ذلك الوقت، وفرضت الولايات المتحدة أمس عقوبات على إيران."
    assert [e.trigger.text for e in of_type(code_text(pipeline, text), "SANCTION")]


# ---------------------------------------------------------------- قبض with an object pronoun

def test_the_price_a_state_will_receive_is_no_arrest(pipeline) -> None:
    text = "ما الثمن الذي ستقبضه تركيا سياسيا في قيادتها للحرب على تنظيم داعش؟"
    assert_type_not_coded(pipeline, text, "COERCE")


def test_an_arrest_with_ala_is_still_an_arrest(pipeline) -> None:
    assert_coded_by(pipeline, "وقبضت الشرطة التركية على خمسة من عناصر تنظيم داعش في إسطنبول أمس.",
                    "COERCE", "173", "coerce.catch")


# ---------------------------------------------------------------- a programme aimed at its audience

def test_seminars_aimed_at_the_people_are_no_attack(pipeline) -> None:
    text = "وأضاف أن المنطقة تنظم ندوات توعوية للمواطنين، فيما تستهدف تلك الندوات والمحاضرات الأهالي."
    assert_type_not_coded(pipeline, text, "ASSAULT")


def test_a_programme_that_targets_the_youth_is_no_attack(pipeline) -> None:
    text = "وأطلقت الوزارة السعودية برنامجا يستهدف الشباب في المدارس الثانوية."
    assert_type_not_coded(pipeline, text, "ASSAULT")


def test_forces_targeting_positions_still_attack(pipeline) -> None:
    text = "واستهدفت القوات العراقية مواقع تنظيم داعش في الموصل بالمدفعية الثقيلة."
    assert [e.trigger.text for e in of_type(code_text(pipeline, text), "ASSAULT")]
