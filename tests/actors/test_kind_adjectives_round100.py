"""Round 100: an adjective of kind between a title or agent and its country's nisba (الوفد الفني السعودي، المسؤول
الأمني العراقي) keeps them one mention of that country; «العسكري» makes a government word military (الوفد العسكري
الأمريكي → USAMIL) and «الأمنية» a force the police's (القوات الأمنية العراقية → IRQCOP)."""

from __future__ import annotations

from datetime import date
from functools import partial

from hadath.actors.stage import ActorStage

from .helpers import coded_mentions

DAY = date(2015, 7, 23)


_coded = partial(coded_mentions, day=DAY)  # (stage, text): the mentions and their codes


def test_a_technical_delegation_is_its_countrys(shipped_rules_stage: ActorStage) -> None:
    assert ("الوفد الفني السعودي", "SAUGOV") in _coded(shipped_rules_stage, "وصل الوفد الفني السعودي إلى بغداد.")


def test_kind_adjectives_give_the_sector(shipped_rules_stage: ActorStage) -> None:
    coded = _coded(shipped_rules_stage, "التقى الوفد العسكري الأمريكي قادة القوات الأمنية العراقية في بغداد.")
    assert ("الوفد العسكري الأمريكي", "USAMIL") in coded, coded
    assert ("القوات الأمنية العراقية", "IRQCOP") in coded, coded
    # a security official stays his government's, as the gold codes a security delegation
    assert ("المسؤول الأمني العراقي", "IRQGOV") in _coded(shipped_rules_stage, "وقال المسؤول الأمني العراقي إن.")


def test_a_title_and_a_name_are_not_joined_through_an_adjective(shipped_rules_stage: ActorStage) -> None:
    # near miss: the nisba right after the title still needs the same definiteness (الأمير تركي is a name)
    coded = _coded(shipped_rules_stage, "وقال الأمير تركي الفيصل إن المملكة ترفض ذلك.")
    assert all(code != "TURGOV" for _text, code in coded), coded
