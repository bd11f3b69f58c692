"""Round 85 (coder section 112), from a hand-judged sample of 2015-08-01: an uncoded name right after the subject
(رئيس المجلس الوطني الفلسطيني سليم الزعنون) is that subject's name, not the object; «حكم صادر» is issued, not
confiscated; «أبلغه» informs (no act for the backstop); and a company's board (مجلس الإدارة) is no government."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2015, 8, 1)


def test_a_name_after_the_subject_is_no_object(pipeline) -> None:
    text = "كما دعا رئيس المجلس الوطني الفلسطيني سليم الزعنون إلى مواجهة إرهاب وجرائم الاحتلال الإسرائيلي."
    assert [(s, t) for c, s, t in coded_parties(pipeline, text, DAY) if c.startswith("02")] == [(["PSELEG"], [])]


def test_a_coded_object_after_the_subject_stays(pipeline) -> None:
    text = "واستقبل وزير الخارجية السعودي عادل الجبير السفير الإيطالي في الرياض."
    assert ("043", ["SAUGOV"], ["ITAGOV"]) in coded_parties(pipeline, text, DAY)


def test_an_issued_ruling_is_no_confiscation(pipeline) -> None:
    text = "ونشرت صحيفة الجزيرة خبرا عن مصادقة محكمة الاستئناف الجزائية المتخصصة على حكم صادر بالسجن على أكاديمي."
    assert not [c for c, _s, _t in coded_parties(pipeline, text, DAY) if c == "1711"]
    assert "1711" in [c for c, _s, _t in coded_parties(pipeline, "وصادرت السلطات الإيرانية أموال المعارضين.", DAY)]


def test_a_board_of_directors_is_no_government(pipeline) -> None:
    text = "عقد مجلس إدارة مؤسسة اليمامة الصحفية يوم أمس اجتماعا برئاسة الدكتور رضا عبيد في الرياض."
    assert not [s for _c, s, _t in coded_parties(pipeline, text, DAY) if "SAUGOV" in s]


def test_informing_is_no_act_for_the_backstop(pipeline) -> None:
    text = ("وحاول رئيس الوزراء الإسرائيلي امتصاص الغضب وهاتف الرئيس الفلسطيني محمود عباس وقدم له التعازي وأبلغه "
            "بأنه «زار جرحى الاعتداء الإرهابي الذي وقع في قرية دوما قرب نابلس، في المستشفى».")
    cameos = [c for c, _s, _t in coded_parties(pipeline, text, DAY)]
    assert "041" in cameos and not [c for c in cameos if c.startswith("11")], cameos
