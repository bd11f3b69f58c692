"""Round 152, from a day of real news (2015-08-02): a head of state's own title after his name (ولي عهد أبوظبي، ملك
الأردن، past his family name «آل نهيان») is part of his mention, not a second actor; a title of another state is
someone else's; the state after «وزير الخارجية في» is part of the title; «X-ياً» after a number is one of a group."""

from __future__ import annotations

from datetime import date

import pytest

from hadath.actors.stage import ActorStage
from hadath.model import Article
from hadath.pipeline import Pipeline

from .helpers import coded_mentions

DAY = date(2015, 8, 2)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.default()


def test_the_crown_prince_title_of_a_place_is_his_own(pipeline) -> None:
    # (the whole pipeline: the place stage finds أبوظبي, which the title then takes)
    text = "استقبل الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي اليوم وزير الخارجية السعودي."
    coded = [(m.text, m.actor_code) for m in pipeline(Article(id="t", date=DAY, text=text)).entities]
    assert coded[0] == ("الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي", "AREGOV"), coded
    assert [c for _t, c in coded] == ["AREGOV", "SAUGOV"], coded


def test_a_kings_title_is_his_and_not_the_next_persons(shipped_rules_stage: ActorStage) -> None:
    coded = coded_mentions(shipped_rules_stage, "استقبل الملك عبدالله الثاني ملك الأردن الرئيس الفلسطيني محمود عباس.",
                           DAY)
    assert coded == [("الملك عبدالله الثاني ملك الأردن", "JORGOV"), ("الرئيس الفلسطيني محمود عباس", "PSEGOV")], coded


def test_a_title_of_another_state_is_not_in_the_chain(shipped_rules_stage: ActorStage) -> None:
    coded = coded_mentions(shipped_rules_stage, "كما يلتقي الوزير الروسي أمير دولة قطر الشيخ تميم بن حمد.", DAY)
    assert ("الوزير الروسي", "RUSGOV") in coded and coded[-1][1] == "QATGOV", coded


def test_another_title_of_the_same_state_is_someone_else(shipped_rules_stage: ActorStage) -> None:
    # near miss: a title whose role the king does not hold is a second official, the king's guest
    coded = coded_mentions(shipped_rules_stage, "استقبل الملك عبدالله الثاني رئيس الوزراء الأردني.", DAY)
    assert [c for _t, c in coded] == ["JORGOV", "JORGOV"], coded


def test_the_state_after_fi_is_part_of_the_ministers_title(shipped_rules_stage: ActorStage) -> None:
    coded = coded_mentions(shipped_rules_stage, "التقى عادل الجبير وزير الخارجية في المملكة العربية السعودية نظيره.",
                           DAY)
    assert ("عادل الجبير وزير الخارجية في المملكة العربية السعودية", "SAUGOV") in coded, coded


def test_officials_in_a_state_keep_it_as_a_place(shipped_rules_stage: ActorStage) -> None:
    # near miss: a plural of officials «في مملكة البحرين» is there; the state stays a place of its own
    coded = coded_mentions(shipped_rules_stage, "التقى عددا من كبار المسؤولين في مملكة البحرين.", DAY)
    assert ("المسؤولين", "BHRGOV") in coded, coded


def test_counted_houthis_and_the_rebellions_men(shipped_rules_stage: ActorStage) -> None:
    coded = coded_mentions(shipped_rules_stage, "قتل 42 حوثياً وانسحبت عناصر التمرد من المدينة.", DAY)
    assert ("حوثياً", "YEMREBHOU") in coded and ("عناصر التمرد", "REB") in coded, coded


def test_a_suicide_attack_has_no_bomber_in_its_adjective(shipped_rules_stage: ActorStage) -> None:
    coded = coded_mentions(shipped_rules_stage, "وتشير المعلومات إلى أن هجوماً انتحارياً استهدف مخفراً.", DAY)
    assert not coded, coded


def test_a_gunman_before_an_armed_attack_is_still_one(shipped_rules_stage: ActorStage) -> None:
    # near miss: the first «مسلح» is the doer, only the one after «هجوماً» is the attack's adjective
    coded = coded_mentions(shipped_rules_stage, "نفذ مسلح هجوماً مسلحاً على الفندق.", DAY)
    assert coded == [("مسلح", "UAF")], coded
