"""Round 48 (coder section 75): sharks attack no one politically; «بأي ثمن» is a price, not «ثمّن»; a name after a
province or village word in construct (محافظة صلاح الدين) is the place's, no party.  Near misses: a minister who
«ثمّن» still praises, and «حكومة الإقليم فلاح مصطفى» names the region's official."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY_2015 = date(2015, 8, 1)


def _codes(pipeline, text: str) -> list[tuple[str, list[str], list[str]]]:
    return coded_parties(pipeline, text, DAY_2015)


def test_a_shark_attack_is_no_assault(pipeline) -> None:
    text = "ووقع الهجوم على شاطئ مين بيتش شمالي سيدني وهو امتداد ساحلي شهد هجومين لأسماك القرش في يوليو."
    assert not [c for c in _codes(pipeline, text) if c[0].startswith("19")]


def test_at_any_price_is_no_praise(pipeline) -> None:
    text = ("وأضاف قائد المقاومة في المنطقة: «نحن نتجه اليوم لاستعادة هذه البقعة العسكرية والقاعدة الاستراتيجية "
            "المطلة على عدن ولحج بأي ثمن، ومن دون شك ستكون معركتنا مع ميليشيات الحوثي حاسمة».")
    assert not [c for c in _codes(pipeline, text) if c[0].startswith("05")]


def test_a_minister_who_values_still_praises(pipeline) -> None:
    assert ("051", ["SAUGOV"], ["KWTGOV"]) in _codes(pipeline, "وثمن وزير الخارجية السعودي جهود الكويت.")


def test_a_province_named_after_a_man_is_no_party(pipeline) -> None:
    text = "وذكر أن محافظة بغداد سجلت سقوط 335 قتيلا فيما سجلت محافظة صلاح الدين مقتل 64 واصابة 74 اخرين."
    assert not [c for c in _codes(pipeline, text) if "صلاح الدين" in c[1] + c[2]]


def test_a_regional_governments_official_is_still_a_party(pipeline) -> None:
    """Near miss: «حكومة الإقليم» is definite, so the name after it is a man's, not the region's."""
    codes = _codes(pipeline, "وطالب فلاح مصطفى مسؤول العلاقات الخارجية في حكومة الإقليم الولايات المتحدة بتسليح "
                             "البيشمركة مباشرة.")
    assert any(c[0].startswith("02") and "فلاح مصطفى" in c[1] for c in codes)
