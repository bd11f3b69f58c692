"""Round 143, from a day of real news (2015-07-26): an act one party attributes to another («نسبت هيئة أركان الجيش
التركي الهجوم إلى حزب العمال الكردستاني») is the other party's, not the attributor's against it."""

from __future__ import annotations

from datetime import date

from .helpers import parties_of

DAY = date(2015, 7, 26)


def test_an_attack_attributed_to_a_group_is_the_groups(pipeline) -> None:
    text = "وفي بيان على موقعها الإلكتروني نسبت هيئة أركان الجيش التركي الهجوم إلى حزب العمال الكردستاني."
    assert parties_of(pipeline, text, "190", DAY) == [(["TURREBPKK"], [])]


def test_a_bombing_attributed_by_the_authorities(pipeline) -> None:
    text = "ونسبت السلطات العراقية التفجير الذي استهدف سوقا شعبية إلى تنظيم داعش."
    assert [s for s, _ in parties_of(pipeline, text, "183", DAY)] == [["IMGMUSISI"]]


def test_a_party_an_act_is_addressed_to_does_not_do_it(pipeline) -> None:
    # near miss: «إلى X» right after a noun act with no verb of attribution before it: X is whom it goes to
    text = "وفي ختام اللقاء وجه الوزير دعوة إلى الرئيس التركي لزيارة الرياض."
    assert not [s for s, _ in parties_of(pipeline, text, "036", DAY) if s == ["TURGOV"]]
