"""Round 70 (coder section 97): a force noun's definite genitive followed by its object with ل is its doer, and the
Israeli occupation acting is the Israeli state."""

from __future__ import annotations

from datetime import date

import pytest

from .helpers import coded_parties

DAY = date(2015, 7, 26)


@pytest.mark.parametrize("text, doer", [
    ("وتواصل عمليات هدم الاحتلال الإسرائيلي لمباني الفلسطينيين في القدس.", "ISRGOV"),
    ("وتحدث التقرير عن محاولات استهداف الميليشيات الحوثية لمطار عدن بالأمس.", "YEMREBHOU"),
])
def test_a_definite_genitive_before_a_lam_object_is_the_doer(pipeline, text: str, doer: str) -> None:
    assert [s for c, s, _t in coded_parties(pipeline, text, DAY) if c.startswith(("17", "19"))] == [[doer]]


def test_an_indefinite_object_before_a_lam_of_purpose_is_no_doer(pipeline) -> None:
    text = "وأدان الوزير اختطاف دبلوماسيين تونسيين لتبادلهم بموقوف ليبي."
    assert not [s for c, s, _t in coded_parties(pipeline, text, DAY) if c.startswith("18") and "TUNGOV" in s]


def test_the_occupations_bulldozers_are_the_israeli_state(pipeline) -> None:
    text = "هدمت جرافات الاحتلال منزل عائلة فلسطينية في الخليل."
    assert coded_parties(pipeline, text, DAY) == [("1712", ["ISRGOV"], ["PSECVL"])]
