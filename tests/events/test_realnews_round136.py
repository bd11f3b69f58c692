"""Round 136: the party whose sovereignty, independence or legitimacy is recognised (اعترفت الولايات المتحدة بسيادة
المغرب) is the recognition's target, and so is a state named by «الدولة» and its nisba (اعترافها بالدولة
الفلسطينية → PSE); «الدولة التركية» acts as the Turkish government, but «أراضي الدولة السورية» is land, no party."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties, parties_of

DAY = date(2015, 8, 6)


def test_the_state_whose_sovereignty_is_recognised(pipeline) -> None:
    text = "اعترفت الولايات المتحدة بسيادة المغرب على الصحراء الغربية."
    assert parties_of(pipeline, text, "054", DAY) == [(["USAGOV"], ["MAR"])]


def test_a_state_named_by_its_nisba_is_recognised(pipeline) -> None:
    assert parties_of(pipeline, "أعلنت أستراليا اعترافها بالدولة الفلسطينية.", "054", DAY) == [(["AUSGOV"], ["PSE"])]


def test_the_state_acts_as_its_government(pipeline) -> None:
    text = "وقال إن الدولة التركية قبضت على عشرات المهاجرين."
    assert [s for c, s, _ in coded_parties(pipeline, text, DAY) if c.startswith("17")] == [["TURGOV"]]


def test_the_land_of_a_state_is_no_party(pipeline) -> None:
    # near miss: «أراضي الدولة السورية» names land; with no other party the rejection has no source
    text = ("وأي محاولة من أي طرف للاستفراد بتقرير مصير منطقة محددة من أراضي الدولة السورية سترفضه بقية الأطراف "
            "الأخرى المنخرطة في الصراع.")
    assert not [s for c, s, _ in coded_parties(pipeline, text, DAY) if "SYRGOV" in s]
