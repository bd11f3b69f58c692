"""Round 57 (coder section 84): whom a protest with no named target is against.  The domestic default (the
protesters' own government) gives way for Palestinians (the occupying state) and for a protest at a foreign
state's embassy or consulate (that state); elsewhere it holds."""

from __future__ import annotations

import pytest

from .helpers import code_text, targets


@pytest.mark.parametrize(("text", "against"), [
    ("بدأ عشرون أسيراً فلسطينياً إضراباً مفتوحاً عن الطعام في سجن النقب.", ["ISRGOV"]),
    ("أحرق محتجون غاضبون العلم أمام السفارة الدنماركية في بيروت.", ["DNKGOV"]),
    # the default: students marching over bread prices protest against their own government
    ("تظاهر آلاف الطلاب في الخرطوم احتجاجاً على رفع أسعار الخبز.", ["SDNGOV"]),
])
def test_whom_a_protest_is_against(pipeline, text: str, against: list[str]) -> None:
    assert targets(code_text(pipeline, text), "PROTEST") == [against]
