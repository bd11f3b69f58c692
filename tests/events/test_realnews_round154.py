"""Round 154 (coder section 174), from the 2015-07-26 sample: a form both verb and noun followed by an indefinite
masculine country adjective is the noun, whose doer the adjective names (دون تعهد تركي); «دول الخليج» are the Gulf
states (the GCC's code); a preposition written on a demonstrative (بهذه المحكمة) is the next party's."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2015, 7, 26)


def test_a_pledge_named_by_its_countrys_adjective(pipeline) -> None:
    text = "وذلك عبر تعزيز قدرات الجيش السوري الحر، وكذلك دون تعهد تركي بإقامة مناطق آمنة."
    coded = coded_parties(pipeline, text, DAY)
    assert [s for c, s, _t in coded if c.startswith("03")] == [["TURGOV"]], coded


def test_a_plural_of_people_after_a_verb_is_no_adjective(pipeline) -> None:
    # near miss: «أفغان» is people, the verb's subject, not an adjective naming a state's act
    coded = coded_parties(pipeline, "ودعا أفغان مواطنيهم إلى التبرع بالدم.", DAY)
    assert not [s for c, s, _t in coded if "AFGGOV" in s], coded


def test_the_gulf_states_accuse(pipeline) -> None:
    coded = coded_parties(pipeline, "وتتهم أغلب دول الخليج العربية طهران بالتدخل في الشؤون العربية.", DAY)
    assert ("112", ["IGOGCC"], ["IRNGOV"]) in coded, coded


def test_what_is_demanded_with_bi_is_no_target(pipeline) -> None:
    text = "وتطالب دول عدة بينها ماليزيا وهولندا وأستراليا بهذه المحكمة الدولية."
    appeals = [t for c, _s, t in coded_parties(pipeline, text, DAY) if c.startswith("02")]
    assert appeals and all(not t for t in appeals), appeals


def test_a_party_after_a_bare_demonstrative_is_still_the_object(pipeline) -> None:
    # near miss: no preposition on «هذه»
    coded = coded_parties(pipeline, "وطالبت الحكومة العراقية هذه الدول بوقف التدخل.", DAY)
    assert [s for c, s, _t in coded if c.startswith("02")] == [["IRQGOV"]], coded
