"""Round 185 (coder section 205): force aimed at another state's ground — a town or capital with its head, an
installation with the country's adjective or a town after «في», towns and homes with the adjective — is aimed at
that country (its civilians for towns and homes); not on the actor's own ground, and not with no state behind it."""

from __future__ import annotations

from datetime import date

from .helpers import parties_of

DAY = date(2024, 5, 1)


def test_strikes_on_a_foreign_capital_are_aimed_at_its_country(pipeline) -> None:
    text = "شنت روسيا ضربات جوية على العاصمة الأوكرانية كييف."
    assert parties_of(pipeline, text, "195", DAY) == [(["RUSMIL"], ["UKR"])]


def test_an_installation_with_its_countrys_adjective(pipeline) -> None:
    text = "استهدفت الطائرات الإسرائيلية المنشآت النووية الإيرانية فجر اليوم."
    assert parties_of(pipeline, text, "190", DAY) == [(["ISRMIL"], ["IRN"])]


def test_an_installation_in_a_foreign_town(pipeline) -> None:
    text = "هاجمت مسيّرات أوكرانية مصفاة النفط في مدينة ريازان فجر الأربعاء."
    assert parties_of(pipeline, text, "190", DAY) == [(["UKRMIL"], ["RUS"])]


def test_towns_with_the_adjective_are_the_civilians(pipeline) -> None:
    text = "أطلق حزب الله صواريخ على المدن الإسرائيلية."
    assert parties_of(pipeline, text, "194", DAY) == [(["LBNREBHEZ"], ["ISRCVL"])]


def test_the_actors_own_ground_names_no_party(pipeline) -> None:
    # near miss: a state's forces shelling a town of their own country
    text = "قصفت قوات النظام السوري مدينة إدلب."
    assert parties_of(pipeline, text, "190", DAY) == [(["SYRMIL"], [])]


def test_an_installation_with_a_pronoun_is_its_owners(pipeline) -> None:
    # near miss: «قواعده» — its bases — belong to the party the pronoun names, not to the town's country
    text = "تبنى حزب العمال الكردستاني هجوماً رداً على الغارات الجوية التركية على قواعده في شمال العراق."
    assert parties_of(pipeline, text, "195", DAY) == [(["TURMIL"], [])]


def test_no_state_behind_the_act_names_no_ground(pipeline) -> None:
    # near miss: an attack with no actor of a known state on a town is a civil war's, aimed at no state
    text = "شن مسلحون هجوماً واسعاً على مدينة الزبداني في ريف دمشق."
    assert parties_of(pipeline, text, "190", DAY) == [(["UAF"], [])]


def test_a_states_incursion_into_another_countrys_land(pipeline) -> None:
    text = "توغلت القوات التركية أمس في شمال العراق."
    assert parties_of(pipeline, text, "192", DAY) == [(["TURMIL"], ["IRQ"])]


def test_a_group_seizing_a_town_is_no_foreign_ground(pipeline) -> None:
    # near miss: a group with no state behind it takes a town; no country is its target
    text = "بسط تنظيم داعش سيطرته على أحياء في مدينة بيجي."
    assert parties_of(pipeline, text, "192", DAY) == [(["IMGMUSISI"], [])]
