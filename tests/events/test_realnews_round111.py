"""Round 111 (coder section 134): the owner of the vehicle an act is carried on (على متن طائرة الشحن التابعة للقوات
الجوية) is no party of the act, as the vehicle itself is not."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2015, 8, 1)


def test_the_owner_of_the_plane_is_no_recipient(pipeline) -> None:
    text = "أرسل المركز مساعدات طبية إلى عدن على متن طائرة شحن تابعة للقوات الجوية الملكية السعودية."
    coded = coded_parties(pipeline, text, DAY)
    assert ("073", [], ["YEM"]) in coded, coded


def test_the_owner_of_a_plane_named_later_is_no_recipient(pipeline) -> None:
    text = ("نقل مركز الملك سلمان للإغاثة مساعدات غذائية على متن طائرة الشحن الرابعة التابعة للقوات الجوية "
            "الملكية السعودية.")
    coded = coded_parties(pipeline, text, DAY)
    assert coded and all("SAUMIL" not in t for _c, _s, t in coded), coded


def test_a_force_after_affiliation_elsewhere_is_still_a_party(pipeline) -> None:
    # near miss: without «على متن», a vehicle belonging to a force that was passing is that force, the target
    text = "انفجرت عبوة ناسفة لحظة مرور مركبة عسكرية تابعة للجيش الصومالي في مقديشو."
    coded = coded_parties(pipeline, text, DAY)
    assert any(c[:2] == "18" and t == ["SOMMIL"] for c, _s, t in coded), coded
