"""Round 61 (coder section 88): whom aid goes to.  A state evacuating its nationals (إجلاء الرعايا، رعاياها)
evacuates its own civilians wherever they are; the donor's own embassy after «ل» (بيان للسفارة اليابانية) is no
recipient when a country follows the aid further on (قرض … إلى مصر)."""

from __future__ import annotations

import pytest

from .helpers import coded_parties


@pytest.mark.parametrize(("text", "expected"), [
    ("تخطط السلطات الأردنية لإجلاء الرعايا من مدينة بورتسودان خلال الأيام المقبلة.", ("070", ["JORGOV"], ["JORCVL"])),
    ("بدأت باكستان عملية لإجلاء نحو ألفين من رعاياها العالقين في السودان.", ("070", ["PAKGOV"], ["PAKCVL"])),
])
def test_a_state_evacuating_its_nationals_evacuates_its_own_civilians(pipeline, text: str, expected) -> None:
    assert coded_parties(pipeline, text) == [expected]


def test_the_donors_own_embassy_is_no_recipient(pipeline) -> None:
    text = ("تعتزم كوريا الجنوبية تقديم قرض ميسر بقيمة 300 مليون دولار إلى الأردن لتمويل مشروعات مائية، حسبما أفاد "
            "بيان للسفارة الكورية في عمّان.")
    assert [t for c, _s, t in coded_parties(pipeline, text) if c.startswith("07")] == [["JOR"]]
