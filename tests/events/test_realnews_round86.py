"""Round 86 (coder section 113), from a hand-judged sample of 2015-08-06: the meeting a statement was made during
(أعلن الوزير أن …، خلال لقاء مع نظيره) is the speaker's; who suffered acts of force (عانت من التفجيرات) is their
target; «أُدين المتهم» is a conviction, not a condemnation; adverbs (سنوياً) carry no act for the backstop."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2015, 8, 6)


def test_a_meeting_during_a_statement_is_the_speakers(pipeline) -> None:
    text = ("أعلن وزير الخارجية التركي مولود تشاوش أوغلو أمس أن أنقرة ستبدأ قريبا بمحاربة تنظيم داعش في شمال "
            "سوريا، خلال لقاء مع نظيره الأمريكي جون كيري في ماليزيا.")
    assert ("040", ["TURGOV"], ["USAGOV"]) in coded_parties(pipeline, text, DAY)


def test_a_meeting_with_its_own_genitive_keeps_it(pipeline) -> None:
    text = ("وذكر المتحدث باسم رئاسة الجمهورية المصرية السفير علاء يوسف أن ذلك جاء خلال لقاء الرئيس عبد الفتاح "
            "السيسي الرئيس اليمني عبد ربه منصور هادي.")
    meetings = [s for c, s, _t in coded_parties(pipeline, text, DAY) if c.startswith("04")]
    assert meetings and not [s for s in meetings if "السفير علاء يوسف" in s], meetings


def test_who_suffered_bombings_did_not_bomb(pipeline) -> None:
    text = "وقال الدكتور عبدالله التركي إن السعودية عانت من التطرف والتفجيرات والتخريب."
    bombings = [(s, t) for c, s, t in coded_parties(pipeline, text, DAY) if c.startswith("18")]
    assert bombings and not [s for s, _t in bombings if s], bombings


def test_a_conviction_is_no_condemnation(pipeline) -> None:
    text = "فيما أدين المتهم الثاني بتلقي مبلغ مالي للخروج في مظاهرات."
    assert "111" not in [c for c, _s, _t in coded_parties(pipeline, text, DAY)]
    assert "111" in [c for c, _s, _t in coded_parties(pipeline, "وأدان الرئيس المصري الهجوم على السفارة.", DAY)]
