"""Round 71 (coder section 98): who finds or defuses a bomb did not plant it, and attacking words is criticism."""

from __future__ import annotations

from datetime import date

import pytest

from .helpers import coded_parties

DAY = date(2015, 7, 27)


@pytest.mark.parametrize("text", [
    "وأضافت المصادر الأمنية أن قوات الأمن المصرية عثرت على عبوة ناسفة أخرى في موقع الانفجار بالعريش.",
    "وأبطل خبراء المتفجرات في الشرطة التركية مفعول عبوة ناسفة يدوية الصنع في سروج.",
])
def test_who_finds_or_defuses_a_device_did_not_plant_it(pipeline, text: str) -> None:
    assert not [s for c, s, _t in coded_parties(pipeline, text, DAY) if c.startswith("18") and s]


def test_who_plants_a_device_is_its_doer(pipeline) -> None:
    text = "وزرع مسلحون عبوة ناسفة قرب مدرسة في العريش."
    assert [s for c, s, _t in coded_parties(pipeline, text, DAY) if c.startswith("18")] == [["UAF"]]


@pytest.mark.parametrize("text, source", [
    ("وهاجمت الصحف الإيرانية سياسة السعودية في اليمن.", "IRNMED"),
    ("هاجمت وسائل الإعلام السعودية اليوم الاتفاق النووي الإيراني مع القوى العالمية.", "SAUMED"),
])
def test_attacking_words_or_a_policy_is_criticism(pipeline, text: str, source: str) -> None:
    assert [(c, s) for c, s, _t in coded_parties(pipeline, text, DAY)][0] == ("111", [source])


def test_attacking_a_police_station_stays_an_assault(pipeline) -> None:
    assert [c for c, _s, _t in coded_parties(pipeline, "هاجم مسلحون مقرا للشرطة في سيناء.", DAY)] == ["190"]
