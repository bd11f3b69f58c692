"""Round 34 of hand-checked real news (coder.py section 61): «انبلاج فجر التحرير» is a dawn, not a bombing, and
«قطع الطريق سياسياً أمام» pre-empts, it blocks no road.  Near misses keep the bombing and the road block."""

from __future__ import annotations

from datetime import date

import pytest

from .helpers import code_text

DAY_2015 = date(2015, 8, 7)


@pytest.mark.parametrize(("text", "cameo"), [
    ("لم يعد من الصعب الرهان على أن انبلاج فجر تحرير اليمن من عصابات الحوثي بدأت شمسه تلوح في الأفق.", "18"),
    ("وتسعى مصر إلى معالجة ملف ليبيا إضافة إلى قطع الطريق سياسيا أمام جماعة الإخوان.", "14"),
])
def test_a_dawn_and_a_pre_emption_are_no_acts(pipeline, text: str, cameo: str) -> None:
    assert not [e for e in code_text(pipeline, text, DAY_2015).events if e.cameo.startswith(cameo)]


@pytest.mark.parametrize(("text", "cameo"), [
    ("وفجر انتحاري نفسه في مسجد في أبها.", "18"),
    ("وقطع المتظاهرون الطريق الرئيسي في بيروت احتجاجا على أزمة النفايات.", "14"),
])
def test_a_bomber_and_a_road_block_are_still_acts(pipeline, text: str, cameo: str) -> None:
    """Near misses: the verb «فجّر» with its bomber, and protesters blocking a road."""
    assert [e for e in code_text(pipeline, text, DAY_2015).events if e.cameo.startswith(cameo)]
