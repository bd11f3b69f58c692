"""Round 90 (coder section 116), from the dev split's missing targets: a comparison before a count is part of the
count, not a preposition (اعتقلت أكثر من أربعين شخصاً، ما لا يقل عن 12 ناشطاً), so the people counted are the act's
object, civilians of the country the context gives."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2019, 10, 2)


def test_more_than_a_count_is_the_object(pipeline) -> None:
    text = "اعتقلت الشرطة الباكستانية أكثر من ثلاثين شخصاً في مدينة لاهور."
    assert ("173", ["PAKCOP"], ["PAKCVL"]) in coded_parties(pipeline, text, DAY)


def test_no_fewer_than_a_count_is_the_object(pipeline) -> None:
    text = "اعتقلت قوات الأمن العراقية ما لا يقل عن 15 ناشطاً في مدينة البصرة."
    assert ("173", ["IRQCOP"], ["IRQCVL"]) in coded_parties(pipeline, text, DAY)

