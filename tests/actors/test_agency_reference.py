"""Round 89: a bare «الوكالة» points back to the last agency named before it, as «الحزب» or «القناة» do: a news
agency (وأضافت الوكالة) or a UN agency (أن تنفذ الوكالة توصيات …), not a generic outlet."""

from __future__ import annotations

from datetime import date
from functools import partial

from hadath.actors.stage import ActorStage

from .helpers import coded_mentions

DAY = date(2024, 3, 5)


_coded = partial(coded_mentions, day=DAY)  # (stage, text): the mentions and their codes


def test_the_agency_is_the_un_agency_named_before(shipped_rules_stage: ActorStage) -> None:
    text = "قررت كندا استئناف تمويل وكالة الأونروا، مشترطة أن تنفذ الوكالة توصيات تقرير المراجعة."
    assert ("الوكالة", "IGOUNO") in _coded(shipped_rules_stage, text)


def test_the_agency_is_the_news_agency_named_before(shipped_rules_stage: ActorStage) -> None:
    text = "ونقلت وكالة الأنباء الفرنسية عن مسؤول قوله إن المحادثات انتهت، وأضافت الوكالة أن الوفد غادر."
    coded = _coded(shipped_rules_stage, text)
    assert ("الوكالة", "FRAMED") in coded, coded


def test_the_nearest_agency_wins(shipped_rules_stage: ActorStage) -> None:
    text = ("وقالت الوكالة الدولية للطاقة الذرية إن مفتشيها عادوا. ونقلت وكالة الأنباء الفرنسية الخبر، "
            "وأضافت الوكالة أن الزيارة تستمر يومين.")
    assert _coded(shipped_rules_stage, text)[-1] == ("الوكالة", "FRAMED")
