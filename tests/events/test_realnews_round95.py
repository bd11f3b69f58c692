"""Round 95 (coder section 121), from the dev split's missing sources: the forces right after a verb of two sides are
its subject (اشتبكت قوات الجيش السوداني مع …), «قوات من» counts its party as «وحدات من» does, and «بين» names the
sides of a reciprocal act that found no subject at all (جرى تبادل للأسرى بين روسيا وأوكرانيا)."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2023, 6, 1)


def test_forces_right_after_a_clash_verb_are_its_subject(pipeline) -> None:
    text = "اشتبكت قوات الجيش الصومالي مع مسلحين من حركة الشباب في إقليم شبيلي."
    clashes = [s for c, s, _t in coded_parties(pipeline, text, DAY) if c.startswith("19")]
    assert clashes and all("SOMMIL" in s for s in clashes), clashes


def test_forces_of_a_party_are_that_party(pipeline) -> None:
    text = "اشتبكت قوات من الجيش الصومالي مع مسلحين من حركة الشباب في إقليم شبيلي."
    clashes = [s for c, s, _t in coded_parties(pipeline, text, DAY) if c.startswith("19")]
    assert clashes and all("SOMMIL" in s for s in clashes), clashes


def test_between_names_the_sides_when_nothing_else_does(pipeline) -> None:
    text = "جرى تبادل للأسرى بين أرمينيا وأذربيجان على الحدود."
    swaps = [(sorted(s), sorted(t)) for c, s, t in coded_parties(pipeline, text, DAY) if c == "0841"]
    assert (["ARMGOV", "AZEGOV"], ["ARMGOV", "AZEGOV"]) in swaps, swaps


def test_forces_after_a_one_sided_verb_stay_its_object(pipeline) -> None:
    # near miss: «استهدفت طائرات … قوات الجيش»: after a verb with no second side the forces are the target
    text = "استهدفت طائرات مسيرة تركية قوات الجيش السوري قرب منبج."
    strikes = [t for c, _s, t in coded_parties(pipeline, text, DAY) if c.startswith("19")]
    assert strikes and all("SYRMIL" in t for t in strikes), strikes
