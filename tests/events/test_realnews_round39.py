"""Round 39 of hand-checked real news (coder.py section 66): «اثنين» after its noun counts that noun (مقتل
عسكريين تركيين اثنين وجرح أربعة: two dead, four wounded), and a dual told twice (جنديين اثنين) is one count; a
late king's course (مسيرة الملك الراحل) is no march.  Near misses keep «اثنين» before its noun and a march."""

from __future__ import annotations

from datetime import date

import pytest

from hadath.events.numbers import extract_size
from hadath.text.tokens import Tokenizer

from .helpers import code_text

DAY_2015 = date(2015, 7, 27)


@pytest.mark.parametrize(("text", "dead", "injured"), [
    ("أعلنت مصادر رسمية مقتل عسكريين تركيين اثنين وجرح أربعة آخرين مساء السبت.", 2, 4),
    ("أعلنت مصادر رسمية مقتل جنديين اثنين وجرح أربعة آخرين.", 2, 4),
    ("وقالت الشرطة إن اثنين من الجنود قتلا وجرح ثلاثة.", 2, 3),
    ("قتل اثنان وجرح ثلاثة في الانفجار.", 2, 3),
])
def test_two_after_its_noun_counts_that_noun(text: str, dead: int, injured: int) -> None:
    size = extract_size(Tokenizer().tokenize(text))
    assert (size.dead, size.injured) == (dead, injured)


def test_a_late_kings_course_is_no_march(pipeline) -> None:
    text = "واستعرض المعرض محطات من مسيرة الملك الراحل في خدمة المملكة العربية السعودية."
    assert not [e for e in code_text(pipeline, text, DAY_2015).events if e.cameo.startswith("14")]


def test_a_march_organised_by_the_opposition_is_still_a_protest(pipeline) -> None:
    text = "وشارك الآلاف في مسيرة نظمتها المعارضة في الرباط ضد الحكومة."
    assert [e for e in code_text(pipeline, text, DAY_2015).events if e.cameo.startswith("14")]
