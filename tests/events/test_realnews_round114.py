"""Round 114 (coder section 137): aid delivered at a place in another country than the giver's goes to that country
(وزّعت منظمة الصحة العالمية أدوية على مستشفيات في شمال غرب سوريا → SYR) — not a conference's venue (مؤتمر بروكسل)
nor the place the aid comes from (فرق إنقاذ من رومانيا); «مؤتمر» is matched in its normalized form (موتمر)."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2024, 5, 2)


def test_an_airdrop_over_gaza(pipeline) -> None:
    text = "نفذت طائرات أردنية وفرنسية إنزالاً جوياً لمساعدات غذائية فوق شمال قطاع غزة."
    coded = coded_parties(pipeline, text, DAY)
    assert any(c == "073" and t == ["PSE"] for c, _s, t in coded), coded


def test_a_convoy_to_a_place_abroad(pipeline) -> None:
    text = ("سيّر مركز الملك سلمان للإغاثة والأعمال الإنسانية قافلة من 30 شاحنة محمّلة بالسلال الغذائية إلى "
            "المتضررين من الزلزال في شمال غرب سوريا.")
    coded = coded_parties(pipeline, text, DAY)
    assert any(c == "073" and s == ["SAUGOV"] and t == ["SYR"] for c, s, t in coded), coded


def test_a_pledge_at_a_conference_abroad_goes_to_no_venue(pipeline) -> None:
    # near miss: Brussels is where the donors met, not where the aid goes
    text = "تعهدت ألمانيا خلال مؤتمر بروكسل للمانحين بتقديم مليار يورو إضافية."
    coded = [c for c in coded_parties(pipeline, text, DAY) if c[0].startswith("07")]
    assert coded and all("BEL" not in t for _c, _s, t in coded), coded
