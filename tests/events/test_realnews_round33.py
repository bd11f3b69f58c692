"""Round 33 of hand-checked real news (coder.py section 60): a blow seen «على أنه» is a metaphor; declining a post,
a motive «دافع لي» and a wish for anonymity are no acts; after «تم» the party before a verbal noun is not its doer.
Each with a near miss."""

from __future__ import annotations

from datetime import date

import pytest

from .helpers import code_text, of_type

DAY_2015 = date(2015, 8, 2)


@pytest.mark.parametrize(("text", "cameo"), [
    ("وينظر إلى هذا التخفيض على أنه ضربة للمجلس العسكري الحاكم في تايلاند.", "19"),
    ("وأضاف هذا المسؤول الذي طلب التكتم على هويته إن المفاوضات بدأت مع الحكومة الأفغانية.", "10"),
    ("ودفع ذلك المحامي خالد أبوراشد للاعتذار عن تولي مهام قيادة اللجنة.", "05"),
    ("ولا شك أن هذه الإصابة وسام شرف ودافع لي لمواصلة الدفاع عن تراب وطني.", "05"),
])
def test_a_metaphor_a_refusal_a_motive_and_anonymity_are_no_acts(pipeline, text: str, cameo: str) -> None:
    assert not [e for e in code_text(pipeline, text, DAY_2015).events if e.cameo.startswith(cameo)]


@pytest.mark.parametrize(("text", "cameo"), [
    ("وشنت الطائرات الأمريكية ضربة جوية على مواقع تنظيم داعش في الرقة.", "19"),
    ("وطلبت الحكومة الليبية من مجلس الأمن رفع حظر السلاح.", "10"),
    ("واعتذرت الحكومة الإسرائيلية لتركيا عن الهجوم على السفينة.", "05"),
    ("ودافع وزير الخارجية الروسي عن الضربات الجوية في سوريا.", "05"),
])
def test_the_acts_these_resemble_are_still_coded(pipeline, text: str, cameo: str) -> None:
    """Near misses: a strike, a request, an apology and a defence told plainly."""
    assert [e for e in code_text(pipeline, text, DAY_2015).events if e.cameo.startswith(cameo)]


def test_after_tamma_the_party_before_a_verbal_noun_is_no_doer(pipeline) -> None:
    doc = code_text(pipeline, "وقاموا مساء الأربعاء باختطاف ابنه عبد الرحمن وتم تعذيبه بشكل عنيف من أجل انتزاع اعترافات.",
                    DAY_2015)
    assert not [e for e in of_type(doc, "ASSAULT") if e.cameo == "1822" and e.source]
