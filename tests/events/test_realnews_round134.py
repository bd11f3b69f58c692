"""Round 134: the leader named in a relative clause after an act («…الذي تقوده الولايات المتحدة») describes the
coalition and is no party of the act; when it leads the act itself («الغارات الجوية التي تقودها السعودية») it is
the act's doer.  Before the act, the leader of the coalition that acts still stands for it."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties, parties_of

DAY = date(2015, 8, 6)


def test_the_leader_of_the_coalition_is_not_the_target(pipeline) -> None:
    text = ("لقي عشرات من عناصر تنظيم داعش مصرعهم في ضربات جوية شنتها مقاتلات التحالف الدولي الذي تقوده الولايات "
            "المتحدة، واستهدفت مواقع للتنظيم في عدد من القرى جنوب شرق محافظة نينوى.")
    air = parties_of(pipeline, text, "195", DAY)
    assert air == [(["USAMIL"], ["IMGMUSISI"])], air


def test_the_leader_of_the_act_itself_is_its_doer(pipeline) -> None:
    text = "وبدعم من الغارات الجوية التي تقودها السعودية تمكن المقاتلون من طرد الحوثيين من مدينة عدن."
    air = parties_of(pipeline, text, "195", DAY)
    assert air and air[0][0] == ["SAUMIL"] and "SAU" not in air[0][1], air


def test_a_leader_before_the_act_still_stands_for_the_coalition(pipeline) -> None:
    # near miss: the coalition named before the act, with its leader, is still the act's source
    text = ("وعدت الدول المنضوية في التحالف الدولي الذي تقوده الولايات المتحدة ضد تنظيم داعش بتقديم حزمة مساعدات "
            "جديدة إلى الحكومة العراقية.")
    aid = [(s, t) for cameo, s, t in coded_parties(pipeline, text, DAY) if cameo.startswith("07")]
    assert aid == [(["USAGOV"], ["IRQGOV"])], aid
