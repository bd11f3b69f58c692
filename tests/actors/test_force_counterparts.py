"""Round 111: a country written as its nisba after a force and a generic adjective is that force's country
(القوات البرية الملكية السعودية → SAUMIL), and a counterpart of a force is a force (ونظيرتها الأمريكية → USAMIL)."""

from __future__ import annotations

from datetime import date
from functools import partial

from hadath.actors.stage import ActorStage

from .helpers import coded_mentions

DAY = date(2024, 3, 5)


_coded = partial(coded_mentions, day=DAY)  # (stage, text): the mentions and their codes


def test_the_royal_land_forces(shipped_rules_stage: ActorStage) -> None:
    text = "القوات البرية الملكية السعودية ونظيرتها الباكستانية تختتمان التمرين المشترك."
    coded = _coded(shipped_rules_stage, text)
    assert ("القوات البرية الملكية السعودية", "SAUMIL") in coded, coded
    assert ("ونظيرتها الباكستانية", "PAKMIL") in coded, coded


def test_a_force_counterpart_is_a_force(shipped_rules_stage: ActorStage) -> None:
    text = "نفّذت وحدات من القوات البرية الكويتية ونظيرتها الأمريكية تمريناً مشتركاً."
    assert ("ونظيرتها الأمريكية", "USAMIL") in _coded(shipped_rules_stage, text)


def test_a_ministers_counterpart_is_still_a_minister(shipped_rules_stage: ActorStage) -> None:
    # near miss: a person's counterpart keeps the person's sector
    text = "بحث وزير الخارجية الكويتي مع نظيره الأمريكي العلاقات الثنائية."
    assert ("نظيره الأمريكي", "USAGOV") in _coded(shipped_rules_stage, text)
