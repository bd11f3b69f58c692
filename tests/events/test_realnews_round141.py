"""Round 141, from a day of real news (2015-08-04): «تستهدف ألمانيا الحصول على …» is an aim, no attack; a party past a
relative pronoun after a verb is the relative verb's, not the verb's subject («دان الوزراء الجرائم التي ترتكبها
داعش»); a verb with the plural ending «وا» past a comma does not take one group named before the comma as its
subject; and the media that «published about» troops deployed nothing."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties, parties_of

DAY = date(2015, 8, 4)


def test_an_aim_to_obtain_is_no_attack(pipeline) -> None:
    text = "وتستهدف ألمانيا الحصول على 80 في المائة من احتياجاتها من الكهرباء من مصادر الطاقة المتجددة."
    assert [c for c, _, _ in coded_parties(pipeline, text, DAY) if c.startswith("19")] == []


def test_a_target_named_after_the_subject_is_still_attacked(pipeline) -> None:
    # near miss: the word after the named subject is a place of protection, not an aim
    text = "واستهدف مسلحون نقطة حماية تابعة للجيش العراقي في الأنبار."
    assert [c for c, _, _ in coded_parties(pipeline, text, DAY) if c.startswith("19")] == ["190"]


def test_a_party_inside_a_relative_clause_is_no_subject(pipeline) -> None:
    text = "ودان الوزراء الجرائم البربرية التي ترتكبها داعش، واتفقوا على أن الحملة ضد داعش ليست دينية أو طائفية."
    coded = coded_parties(pipeline, text, DAY)
    assert ("111", [], ["IMGMUSISI"]) in coded, coded
    assert not [s for c, s, _ in coded if "IMGMUSISI" in s], coded


def test_a_plural_group_before_a_plural_verb_stays_its_subject(pipeline) -> None:
    # near miss: «الحوثيون» is a plural of people, which a verb in «وا» agrees with
    text = "وهاجم الحوثيون مواقع المقاومة في تعز، وقتلوا خمسة من عناصرها."
    assert [s for s, _ in parties_of(pipeline, text, "190", DAY)] == [["YEMREBHOU"], ["YEMREBHOU"]]


def test_media_publishing_about_troops_deploy_nothing(pipeline) -> None:
    text = "ونشرت وسائل إعلام أجنبية عن إنزال قوات التحالف لقوات برية لمساعدة المقاومة في عدن."
    assert parties_of(pipeline, text, "154", DAY) == []


def test_a_state_deploying_troops_still_deploys(pipeline) -> None:
    text = "ونشرت روسيا قوات إضافية في سوريا لحماية قاعدتها الجوية."
    assert parties_of(pipeline, text, "154", DAY) == [(["RUSMIL"], [])]
