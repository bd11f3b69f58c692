"""Round 149, from a day of real news (2015-07-22): «وحدات الحماية الكردية» is the YPG, and a body word in construct
with a listed name whose own first letter is و (ميليشيا وحدات الحماية الكردية) is part of that name, not a militia of
its own: the و is no conjunction there."""

from __future__ import annotations

from datetime import date

from hadath.actors.stage import ActorStage

from .helpers import coded_mentions

DAY = date(2015, 7, 22)


def test_a_militia_in_construct_with_a_waw_initial_name_is_that_group(shipped_rules_stage: ActorStage) -> None:
    coded = coded_mentions(shipped_rules_stage, "واتهمت ميليشيا وحدات الحماية الكردية تنظيم داعش بقصف مواقعها.", DAY)
    assert ("ميليشيا وحدات الحماية الكردية", "SYRREBYPG") in coded, coded


def test_a_militia_and_a_conjoined_group_stay_two(shipped_rules_stage: ActorStage) -> None:
    # near miss: here the و is a conjunction, so «الحوثيون» is no name in construct with «ميليشيا»
    coded = coded_mentions(shipped_rules_stage, "وقصفت ميليشيا والحوثيون المواقع.", DAY)
    assert ("ميليشيا", "REB") in coded, coded
