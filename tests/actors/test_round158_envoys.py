"""Round 158, from a day of real news (2015-07-31): an envoy named after «لدى» and his host is one mention with his
titles (tested with the tagger that finds the names, in tests/events/test_realnews_round158.py); an organisation's name after a word for a kind of place is that
place (منطقة الفاو, not the FAO); policemen in the plural are the police."""

from __future__ import annotations

from datetime import date

from hadath.actors.stage import ActorStage

from .helpers import coded_mentions

DAY = date(2015, 7, 31)


def test_a_minister_on_arrival_is_no_envoy(shipped_rules_stage: ActorStage) -> None:
    # near miss of the envoy tests: «لدى» after a title that posts nobody (لدى وصوله): the name stays his own
    coded = coded_mentions(shipped_rules_stage, "التقى وزير الخارجية لدى وصوله جون كيري.", DAY)
    assert ("جون كيري", "USAGOV") in coded, coded


def test_a_place_named_like_an_organisation(shipped_rules_stage: ActorStage) -> None:
    coded = coded_mentions(shipped_rules_stage, "وقعت غارتان صباح امس في منطقة الفاو على تجمع للحوثيين.", DAY)
    assert not [c for _t, c in coded if c == "IGOUNOFAO"], coded


def test_the_organisation_by_its_own_name(shipped_rules_stage: ActorStage) -> None:
    # near miss: «منظمة الفاو» is the organisation
    coded = coded_mentions(shipped_rules_stage, "وقالت منظمة الفاو إن المجاعة تهدد اليمن.", DAY)
    assert [c for _t, c in coded if c == "IGOUNOFAO"], coded


def test_policemen_are_the_police(shipped_rules_stage: ActorStage) -> None:
    coded = coded_mentions(shipped_rules_stage, "تبنى الحزب قتل شرطيين تركيين في جيلان بينار.", DAY)
    assert ("شرطيين تركيين", "TURCOP") in coded, coded


def test_a_group_after_a_definite_place_word_stays_a_group(shipped_rules_stage: ActorStage) -> None:
    # near miss: «المدينة» is no head in construct; the group joined to it by و is a party
    coded = coded_mentions(shipped_rules_stage, "تشهد درنة معارك بين شباب المدينة وتنظيم داعش.", DAY)
    assert [c for _t, c in coded if c == "IMGMUSISI"], coded


def test_a_roundabout_named_after_an_organisation(shipped_rules_stage: ActorStage) -> None:
    coded = coded_mentions(shipped_rules_stage, "شارك في أحداث دوار مجلس التعاون في المنامة.", DAY)
    assert not [c for _t, c in coded if c == "IGOGCC"], coded
