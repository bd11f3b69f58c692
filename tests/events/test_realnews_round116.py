"""Round 116 (coder section 139): a watchdog that tells about an act (ما أوردته لجنة حماية الصحفيين عن اعتقال …) is
not its doer, as the media are not (round 110); the watchdogs are now in the actor lexicon."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2024, 5, 2)


def test_a_watchdog_appeals(pipeline) -> None:
    text = "طالبت لجنة حماية الصحفيين السلطات الإثيوبية بالإفراج الفوري عن ثلاثة صحفيين محليين محتجزين."
    coded = coded_parties(pipeline, text, DAY)
    assert any(s == ["NGO"] and t == ["ETHGOV"] for _c, s, t in coded), coded


def test_a_watchdog_reporting_an_arrest_did_not_arrest(pipeline) -> None:
    text = ("نفى المتحدث باسم الحكومة الإثيوبية ما أوردته لجنة حماية الصحفيين عن اعتقال صحفيين في أديس أبابا "
            "خلال الأسبوع الماضي.")
    coded = [c for c in coded_parties(pipeline, text, DAY) if c[0].startswith("17")]
    assert coded and all("NGO" not in s for _c, s, _t in coded), coded
