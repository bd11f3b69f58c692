"""Round 102 (coder section 127), from a hand-judged sample of 2015-08-09: whoever found the bodies (عثرت الشرطة
على جثتي رجلين قضيا رمياً بالرصاص) or a device (عثرت قوات الأمن على عبوة ناسفة) — named after its verb as well as
before it — did not kill or plant."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2015, 8, 9)


def test_the_police_who_found_the_bodies_did_not_shoot(pipeline) -> None:
    text = "وعثرت شرطة كركوك على جثتي رجلين مجهولي الهوية قضيا رمياً بالرصاص قرب الطريق الرابط بين كركوك وأربيل."
    shootings = [s for c, s, _t in coded_parties(pipeline, text, DAY) if c.startswith("19")]
    assert all("IRQCOP" not in s for s in shootings), shootings


def test_the_forces_who_found_a_device_did_not_plant_it(pipeline) -> None:
    text = "عثرت قوات الأمن العراقية على عبوة ناسفة قرب سوق شعبي في بغداد."
    devices = [s for c, s, _t in coded_parties(pipeline, text, DAY) if c.startswith("18")]
    assert all("IRQCOP" not in s for s in devices), devices


def test_the_police_who_shot_are_still_the_shooters(pipeline) -> None:
    # near miss: no finding before the act
    text = "قتلت شرطة كركوك مسلحين اثنين بالرصاص قرب الطريق الرابط بين كركوك وأربيل."
    killings = [s for c, s, _t in coded_parties(pipeline, text, DAY) if c == "190"]
    assert ["IRQCOP"] in killings, killings
