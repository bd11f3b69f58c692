"""Round 37 of hand-checked real news (coder.py section 64): a named war or massacre of the past (العدوان الثلاثي،
حلبجة) makes its sentence history.  Near miss: a raid told with no such name is news."""

from __future__ import annotations

from datetime import date

import pytest

from .helpers import code_text

DAY_2015 = date(2015, 8, 6)


@pytest.mark.parametrize("text", [
    "كما تسبب إعلان الرئيس الراحل جمال عبد الناصر تأميم القناة في العدوان الثلاثي على مصر.",
    "وتغاضت عن جرائم العراق ضد الأكراد واستخدامه الغازات السامة في ضرب القرى الكردية وأشهرها حلبجة.",
])
def test_a_named_war_or_massacre_of_the_past_is_history(pipeline, text: str) -> None:
    assert not code_text(pipeline, text, DAY_2015).events


def test_an_attack_with_no_name_of_the_past_is_news(pipeline) -> None:
    events = code_text(pipeline, "وقصفت الطائرات الإسرائيلية مواقع في غزة أمس.", DAY_2015).events
    assert [e for e in events if e.cameo.startswith("19")]
