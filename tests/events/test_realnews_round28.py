"""Round 28 of hand-checked real news (coder.py section 55): a fire brought under control past a long subject
is no seizure; forest fires that kill are an accident; after «تم» the party is the act's object; a toll told
before «عندما» belongs to the attack in that clause.  Each with a near miss."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, codes, of_type, roles_of

DAY_2015 = date(2015, 7, 21)


def test_civil_defence_controlling_a_fire_seizes_nothing(pipeline) -> None:
    doc = code_text(pipeline, "سيطرت فرق الدفاع المدني بمنطقة الباحة عصر اليوم الاثنين على حريق شب في مساحة 200 متر.",
                    DAY_2015)
    assert not of_type(doc, "COERCE")


def test_troops_taking_a_town_seize_it(pipeline) -> None:
    """Near miss: «سيطرت قوات الحوثي على مدينة»."""
    doc = code_text(pipeline, "وسيطرت ميليشيات الحوثي على مدينة صرواح في محافظة مأرب.", DAY_2015)
    assert [e.cameo for e in of_type(doc, "COERCE")] == ["192"]


def test_forest_fires_that_kill_a_policeman_are_no_assault(pipeline) -> None:
    doc = code_text(pipeline, "أعلنت إدارة مكافحة الحرائق في اليونان السيطرة على حرائق غابات أسفرت عن مقتل شرطي "
                              "يوناني.", DAY_2015)
    assert not of_type(doc, "ASSAULT")


def test_an_attack_that_kills_a_policeman_is_an_assault(pipeline) -> None:
    """Near miss: the same toll from an attack."""
    doc = code_text(pipeline, "وأسفر هجوم على نقطة تفتيش عن مقتل شرطي مصري.", DAY_2015)
    assert of_type(doc, "ASSAULT")


def test_after_tamma_the_party_is_the_object(pipeline) -> None:
    doc = code_text(pipeline, "فقد تم وضع شركة تايدووتر الإيرانية على القائمة السوداء بموجب الأمر التنفيذي.", DAY_2015)
    blacklisted = of_type(doc, "SANCTION")
    assert blacklisted and all(not e.source for e in blacklisted)


def test_an_active_blacklisting_keeps_its_subject(pipeline) -> None:
    """Near miss: the Treasury as the verb's subject."""
    doc = code_text(pipeline, "ووضعت وزارة الخزانة الأمريكية شركة تايدووتر على القائمة السوداء.", DAY_2015)
    assert [s for s, _t in roles_of(doc, "SANCTION")] == [["USAGOV"]]


def test_a_toll_before_indama_is_the_attacks(pipeline) -> None:
    doc = code_text(pipeline, "قالت وزارة الصحة اليمنية إن 43 شخصا قتلوا وأصيب 173 اليوم الأحد عندما قصفت جماعة الحوثي "
                              "أحياء سكنية في عدن.", DAY_2015)
    assaults = of_type(doc, "ASSAULT")
    assert len(assaults) == 1 and codes(assaults[0].source) == ["YEMREBHOU"] and assaults[0].size.dead == 43
