"""Round 98 (coder section 124), from a hand-judged sample of 2015-07-23: «التقيت» is «I met», so the party after
it is the one met; the party after a verbal noun a verb judges (دانت بشدة إقدام وزيرة … على، رفض محاولات إيران) is
that act's doer, the verb's target, not its subject; and «أما X …، فقد فعل» has X as subject."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2015, 7, 23)


def test_i_met_is_no_meeting_of_the_one_met(pipeline) -> None:
    text = "قبل عامين تقريبا، التقيت مبعوث الأمم المتحدة السابق إلى ليبيا في تونس."
    meetings = [(s, t) for c, s, t in coded_parties(pipeline, text, DAY) if c.startswith("04")]
    assert meetings and all("IGOUNO" not in s and t == ["IGOUNO"] for s, t in meetings), meetings


def test_the_doer_of_a_condemned_act_is_its_target(pipeline) -> None:
    text = "كما دانت الوزارة بشدة إقدام وزيرة العدل الإسرائيلية على تشكيل لجنة لشرعنة البؤر الاستيطانية."
    condemnations = [(s, t) for c, s, t in coded_parties(pipeline, text, DAY) if c == "111"]
    assert condemnations and all("ISRGOV" not in s for s, _t in condemnations), condemnations
    text = "كما دانت بشدة قيام إسرائيل بهدم منازل الفلسطينيين."
    assert ("111", [], ["ISRGOV"]) in coded_parties(pipeline, text, DAY)


def test_the_topic_after_amma_is_the_subject(pipeline) -> None:
    text = ("أما الأردن الذي يستشعر الخطر بعد الهجوم على السفارة البريطانية، فقد طلب من الولايات المتحدة "
            "أسلحة إضافية.")
    assert ("1032", ["JORGOV"], ["USAGOV"]) in coded_parties(pipeline, text, DAY)


def test_a_judging_verb_with_its_own_subject_keeps_it(pipeline) -> None:
    # near miss: the subject stands before the verbal noun
    text = "أدانت مصر بشدة إقدام إسرائيل على هدم المنازل."
    assert ("111", ["EGYGOV"], ["ISRGOV"]) in coded_parties(pipeline, text, DAY)
