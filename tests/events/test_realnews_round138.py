"""Round 138: a stance noun with its own pronoun told to another party («بغداد أبلغت واشنطن رفضها القاطع»، «أبلغت
ألمانيا وفرنسا كييف دعمهما») is the teller's stance, aimed at the one told."""

from __future__ import annotations

from datetime import date

from .helpers import parties_of

DAY = date(2024, 5, 2)


def test_the_teller_before_the_verb(pipeline) -> None:
    text = "وذكرت وسائل إعلام أن بغداد أبلغت واشنطن رفضها القاطع لبقاء أي قوات قتالية أجنبية على أراضيها."
    assert parties_of(pipeline, text, "120", DAY) == [(["IRQGOV"], ["USAGOV"])]


def test_two_tellers(pipeline) -> None:
    text = "وذكرت صحيفة بريطانية أن ألمانيا وفرنسا أبلغتا كييف دعمهما لبدء مفاوضات انضمامها إلى الاتحاد الأوروبي."
    assert parties_of(pipeline, text, "051", DAY) == [(["DEUGOV", "FRAGOV"], ["UKRGOV"])]


def test_an_act_after_a_preposition_is_not_the_tellers(pipeline) -> None:
    # near miss: «أبلغت ذوي الأطفال باعتقالهم» tells the parents of the children's arrest; the arrest is not theirs
    text = "ولم يتضح ما إذا كانت السلطات الإسرائيلية قد أبلغت ذوي الأطفال الفلسطينيين باعتقالهم."
    assert parties_of(pipeline, text, "173", DAY) == [(["ISRGOV"], [])]
