"""Round 72 (coder section 99): an uncoded title right after a verb is its subject; the party in the object is not."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2015, 7, 27)


def test_a_bare_title_subject_keeps_the_object_party_out_of_the_source(pipeline) -> None:
    coded = coded_parties(pipeline, "وأدان الوزير قصف الجيش الإسرائيلي لمدرسة تابعة للأونروا في غزة.", DAY)
    assert [s for c, s, _t in coded if c == "111"] == [[]]


def test_a_spokesman_of_a_body_speaks_for_it(pipeline) -> None:
    text = "عبّر المتحدث باسم الأمين العام للأمم المتحدة عن تطلعه إلى فتح معبر إضافي في شمال قطاع غزة."
    assert [s for c, s, _t in coded_parties(pipeline, text, DAY) if c == "013"] == [["IGOUNO"]]


def test_a_title_with_its_adjective_is_left_to_the_parties(pipeline) -> None:
    text = ("أبدى المدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي قلقاً بالغاً إزاء تدهور شروط السلامة في "
            "محطة زابوريجيا.")
    assert [s for _c, s, _t in coded_parties(pipeline, text, date(2023, 5, 1))] == [["IGOUNOIAE"]]


def test_a_merged_record_takes_no_doer_from_its_own_target(pipeline) -> None:
    # round 69's survivor is the attempt's target; the clause «استهدفته» merged into it brings no doer back
    text = ("وأيضًا، نجا رئيس إحدى المحاكم بمحافظة الشرقية من محاولة اغتيال، استهدفته، عندما زرع مجهولون قنبلة "
            "أسفل سيارته.")
    attempts = [(s, t) for c, s, t in coded_parties(pipeline, text, date(2015, 8, 3)) if c == "185"]
    assert attempts and all(not set(s) & set(t) for s, t in attempts), attempts
