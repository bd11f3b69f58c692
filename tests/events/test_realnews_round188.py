"""Round 188 (coder section 208): a veto with no target is cast in the UN Security Council — named in the sentence,
or unnamed behind the draft resolution it kills; a condition («اشترط») is set to the state whose act it names."""

from __future__ import annotations

from datetime import date

from .helpers import parties_of

DAY = date(2024, 5, 1)


def test_a_veto_in_the_security_council_is_aimed_at_the_un(pipeline) -> None:
    text = "استخدمت روسيا حق النقض ضد مشروع قرار في مجلس الأمن يدعو إلى هدنة في حلب."
    assert parties_of(pipeline, text, "129", DAY) == [(["RUSGOV"], ["IGOUNO"])]


def test_a_veto_of_a_draft_resolution_with_the_council_unnamed(pipeline) -> None:
    text = "أسقطت الولايات المتحدة باستخدام حق الفيتو مشروع قرار يطالب بوقف فوري لإطلاق النار."
    assert parties_of(pipeline, text, "129", DAY) == [(["USAGOV"], ["IGOUNO"])]


def test_a_veto_with_neither_council_nor_draft_names_no_target(pipeline) -> None:
    # near miss: a president's veto of a law names no UN body
    text = "استخدم الرئيس الأمريكي حق النقض ضد قانون أقره الكونغرس."
    assert parties_of(pipeline, text, "129", DAY) == [(["USAGOV"], [])]


def test_a_condition_is_set_to_the_state_whose_act_it_names(pipeline) -> None:
    text = "اشترط الرئيس السوري بشار الأسد انسحاب القوات التركية من الأراضي السورية قبل أي لقاء."
    assert parties_of(pipeline, text, "100", DAY) == [(["SYRGOV"], ["TURGOV"])]


def test_a_condition_on_ones_own_side_names_no_target(pipeline) -> None:
    # near miss: the act the condition names is the conditioner's own side's
    text = "اشترط الرئيس السوري بشار الأسد انسحاب الجيش السوري من المنطقة العازلة قبل أي اتفاق."
    assert parties_of(pipeline, text, "100", DAY) == [(["SYRGOV"], [])]
