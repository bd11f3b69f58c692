"""Round 44 of hand-checked real news (coder.py section 71): an operation named Dawn (ضمن عملية فجر الكرمة) is no
bombing, and a device fitted with a screen (سيزود بشاشة أكبر) is no supply.  Near misses: bombing operations
(عمليات تفجير) and arms supplied to an army are still acts."""

from __future__ import annotations

from datetime import date

import pytest

from .helpers import code_text

DAY_2015 = date(2015, 7, 22)


@pytest.mark.parametrize(("text", "cameo"), [
    ("واصلت قيادة عمليات بغداد تطهير ناحية الكرمة ضمن عملية فجر الكرمة في محافظة الأنبار.", "18"),
    ("وأوضح التقرير أن هاتف سامسونج الجديد سيزود بشاشة أكبر من الموديل الحالي في كوريا الجنوبية.", "07"),
])
def test_an_operation_named_dawn_and_a_fitted_screen_are_no_acts(pipeline, text: str, cameo: str) -> None:
    assert not [e for e in code_text(pipeline, text, DAY_2015).events if e.cameo.startswith(cameo)]


@pytest.mark.parametrize(("text", "cameo"), [
    ("وأعلن تنظيم داعش مسؤوليته عن عمليات تفجير في بغداد.", "18"),
    ("وزودت الولايات المتحدة الجيش العراقي بالأسلحة.", "07"),
])
def test_bombing_operations_and_arms_supplied_are_still_acts(pipeline, text: str, cameo: str) -> None:
    assert [e for e in code_text(pipeline, text, DAY_2015).events if e.cameo.startswith(cameo)]
