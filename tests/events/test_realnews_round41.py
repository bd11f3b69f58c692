"""Round 41 of hand-checked real news (coder.py section 68): a holder's name between commas after a title (منسق الأمم
المتحدة الخاص …، نيكولاي ملادينوف،) or right after it past a degree (المبعوث الأممي … إسماعيل ولد الشيخ أحمد) is the
same party, not the act's object; the party after the closing comma is.  Near miss: a name joined by و is a second
party."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY_2015 = date(2015, 7, 31)


def _codes(pipeline, text: str) -> list[tuple[str, list[str], list[str]]]:
    return coded_parties(pipeline, text, DAY_2015)


def test_a_holders_name_between_commas_is_no_object(pipeline) -> None:
    text = ("أدان منسق الأمم المتحدة الخاص لعملية السلام في الشرق الأوسط، نيكولاي ملادينوف، جريمة استشهاد طفل "
            "فلسطيني حرقاً.")
    codes = [c for c in _codes(pipeline, text) if c[0] == "111"]
    assert codes and all("نيكولاي ملادينوف" not in c[2] for c in codes)


def test_the_party_after_the_closing_comma_is_the_object(pipeline) -> None:
    codes = _codes(pipeline, "اتهم وزير الخارجية الإيراني، محمد جواد ظريف، السعودية بدعم الإرهاب.")
    assert ("112", ["IRNGOV"], ["SAUGOV"]) in codes


def test_a_holder_named_past_a_degree_is_one_party(pipeline) -> None:
    codes = _codes(pipeline, "وجه وزير الصحة السعودي المهندس خالد الفالح بتشكيل لجنة تحقيق في الحادثة.")
    assert codes and all(c[1] == ["SAUGOV"] for c in codes)


def test_a_second_party_joined_by_waw_is_still_a_subject(pipeline) -> None:
    text = ("دعا كل من الدكتور عبد اللطيف الزياني، الأمين العام لمجلس التعاون لدول الخليج العربية، وإسماعيل ولد "
            "الشيخ أحمد، مبعوث الأمين العام للأمم المتحدة إلى اليمن، الأطراف اليمنية إلى الحوار.")
    codes = [c for c in _codes(pipeline, text) if c[0].startswith("02")]
    assert codes and {"IGOGCC", "IGOUNO"} <= set(codes[0][1])
