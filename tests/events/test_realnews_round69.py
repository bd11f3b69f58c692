"""Round 69 (coder section 96): who survived an attack is its target, an outlet that reports an act is no object of
it, and water cut off from residents is no road they block."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2015, 7, 25)


def test_who_survived_an_assassination_attempt_is_its_target(pipeline) -> None:
    text = "ذكر تقرير أن وزير الداخلية الليبي نجا من محاولة اغتيال كان يستعد لتنفيذها مواطن تونسي."
    assert coded_parties(pipeline, text, DAY) == [("185", ["TUNCVL"], ["LBYCOP"])]


def test_an_assassination_attempt_by_a_named_party_keeps_its_doer(pipeline) -> None:
    text = "نفذ مسلحون محاولة اغتيال استهدفت وزير الداخلية الليبي في طرابلس."
    assert [s for c, s, _t in coded_parties(pipeline, text, DAY) if c.startswith("18")] == [["UAF"]]


def test_the_outlet_that_reports_a_condemnation_is_not_condemned(pipeline) -> None:
    text = ("وأدانت المنامة بشدة في نبأ أوردته وكالة أنباء البحرين اليوم استمرار التصريحات العدائية من قبل "
            "المسؤولين الإيرانيين.")
    assert coded_parties(pipeline, text, DAY) == [("111", ["BHRGOV"], [])]


def test_water_cut_off_from_residents_is_no_road_block(pipeline) -> None:
    text = "وقال إن الإجراء تصرف أحمق من قبل جماعة الحوثي في منع مياه الشرب وقطعها على أهالي المدينة."
    assert [c for c, _s, _t in coded_parties(pipeline, text, DAY) if c == "144"] == []


def test_residents_blocking_a_road_stay_a_protest(pipeline) -> None:
    text = "وقطع أهالي القرية الطريق الدولي احتجاجا على انقطاع الكهرباء في محافظة البصرة."
    assert [c for c, _s, _t in coded_parties(pipeline, text, DAY)] == ["144"]
