"""Round 121 (coder section 142): the owner of the thing an act of force or coercion was done to (سفينة شحن مملوكة
لشركة أمريكية، قافلة تابعة لبرنامج الأغذية العالمي، معسكر تدريب تابع لحركة حماس) is its target — not the owner of
whoever did it (غارة شنها الطيران الحربي التابع للجيش السوداني)."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2024, 5, 2)


def test_a_ship_owned_by_a_company(pipeline) -> None:
    text = "تبنّت جماعة الحوثي استهداف سفينة شحن مملوكة لشركة أمريكية في خليج عدن بصاروخ باليستي."
    coded = coded_parties(pipeline, text, DAY)
    assert any(c[:2] == "19" and s == ["YEMREBHOU"] and t == ["USABUS"] for c, s, t in coded), coded


def test_a_camp_belonging_to_a_group(pipeline) -> None:
    text = "قال مسؤولون طبيون فلسطينيون إن إسرائيل شنت غارة جوية على معسكر تدريب تابع لحركة حماس في قطاع غزة."
    coded = coded_parties(pipeline, text, DAY)
    assert any(c == "195" and t == ["PSEREBHMS"] for c, _s, t in coded), coded


def test_the_attackers_owner_is_no_target(pipeline) -> None:
    # near miss: the air force that carried out the raid belongs to the army; the army is not what was hit
    text = ("قُتل اثنان وعشرون مدنياً في غارة جوية شنها الطيران الحربي التابع للجيش السوداني على سوق شعبية في "
            "مدينة نيالا.")
    coded = [c for c in coded_parties(pipeline, text, DAY) if c[0] == "195"]
    assert coded and all("SDNMIL" not in t for _c, _s, t in coded), coded


def test_the_acts_own_instrument_names_no_owner_target(pipeline) -> None:
    # near miss, from the paired check of 2015-08-07: planes in a parade belong to the state that flies them
    text = "رافقت الافتتاح عروض جوية بمشاركة 4 طائرات حربية تابعة للقوات الجوية الملكية السعودية."
    coded = coded_parties(pipeline, text, DAY)
    assert all("SAUMIL" not in t for _c, _s, t in coded), coded
