"""Round 142, from a day of real news (2015-07-27): «شركة» heads a business (BUS) the way «هيئة» heads a state body,
and a country named by its nisba after a construct name is that adjective («شركة الاتصالات السعودية» → SAUBUS, not
the Saudi state)."""

from __future__ import annotations

from datetime import date

from hadath.actors.stage import ActorStage

from .helpers import coded_mentions

DAY = date(2015, 7, 27)


def test_a_company_with_its_countrys_nisba_is_that_countrys_business(shipped_rules_stage: ActorStage) -> None:
    coded = coded_mentions(shipped_rules_stage, "ووقعت شركة الاتصالات السعودية اتفاقية مع مشغل عالمي.", DAY)
    assert ("شركة الاتصالات السعودية", "SAUBUS") in coded, coded


def test_a_national_oil_company_is_business(shipped_rules_stage: ActorStage) -> None:
    coded = coded_mentions(shipped_rules_stage, "وقالت شركة النفط الوطنية الليبية إن الإنتاج توقف في ميناءين.", DAY)
    assert ("شركة النفط الوطنية الليبية", "LBYBUS") in coded, coded


def test_a_state_body_with_a_country_nisba_is_the_state(shipped_rules_stage: ActorStage) -> None:
    # «هيئة» heads a state body, so the same construct and nisba give the government (uncoded before this round)
    coded = coded_mentions(shipped_rules_stage, "وقالت هيئة الاتصالات السعودية إن الخدمة عادت.", DAY)
    assert ("هيئة الاتصالات السعودية", "SAUGOV") in coded, coded
