"""Round 21 of hand-checked real news (coder.py section 48): «خطوط هاتف» are phone lines, not a call, and «الاعتصام
بحبله» holds fast to God's rope, no sit-in.  Each with a near miss that keeps its act."""

from __future__ import annotations

from datetime import date

import pytest

from .helpers import code_text

DAY_2015 = date(2015, 8, 3)


@pytest.mark.parametrize(("text", "root"), [
    ("ووفرت الحكومة السعودية خطوط هاتف مجانية للمواطنين.", "04"),
    ("ونظمت الحكومة المصرية حفلا، والاعتصام بحبل الله واجب على المسلمين كما قال الوزير.", "14"),
])
def test_a_thing_or_an_idiom_is_no_act(pipeline, text: str, root: str) -> None:
    assert not [e for e in code_text(pipeline, text, DAY_2015).events if e.cameo.startswith(root)]


@pytest.mark.parametrize(("text", "root"), [
    ("وهاتف الرئيس المصري نظيره الفرنسي أمس.", "04"),
    ("ونظم العمال اعتصاما أمام مقر وزارة العمل الأردنية في عمان.", "14"),
])
def test_the_call_and_the_sit_in_are_still_acts(pipeline, text: str, root: str) -> None:
    """Near misses: the verb «هاتف» with its subject and object; a sit-in before a ministry."""
    assert [e for e in code_text(pipeline, text, DAY_2015).events if e.cameo.startswith(root)]
