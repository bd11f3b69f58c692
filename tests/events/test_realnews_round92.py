"""Round 92 (coder section 118), from the dev split's wrong sources: the people a reciprocal act exchanges are no
side of it when «بين» names the sides (تبادل الأسرى بين روسيا وأوكرانيا); and armed groups the lexicon lacked
(جبهة تحرير شعب تيغراي، حركة طالبان الباكستانية، فانو) are their own parties, not the Afghan Taliban or the PFLP."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, coded_parties

DAY = date(2023, 5, 10)


def test_the_exchanged_are_no_side_of_the_swap(pipeline) -> None:
    text = "وبدأ صباح اليوم تبادل الأسرى بين روسيا وأوكرانيا على الحدود."
    swaps = [(sorted(s), sorted(t)) for c, s, t in coded_parties(pipeline, text, DAY) if c == "0841"]
    assert (["RUSGOV", "UKRGOV"], ["RUSGOV", "UKRGOV"]) in swaps, swaps


def test_a_swap_with_named_sides_keeps_them(pipeline) -> None:
    # near miss: the sides are the subject; nothing to replace
    text = "تبادلت روسيا وأوكرانيا الأسرى على الحدود."
    swaps = [sorted(s) for c, s, _t in coded_parties(pipeline, text, DAY) if c == "0841"]
    assert ["RUSGOV", "UKRGOV"] in swaps, swaps


def test_tigray_front_is_an_ethiopian_armed_group(pipeline) -> None:
    text = "انطلقت محادثات سلام بين الحكومة الإثيوبية وجبهة تحرير شعب تيغراي في بريتوريا."
    talks = [sorted(s) for c, s, _t in coded_parties(pipeline, text, DAY) if c.startswith("04")]
    assert ["ETHGOV", "ETHREB"] in talks, talks


def test_the_pakistani_taliban_are_not_the_afghan_taliban(pipeline) -> None:
    doc = code_text(pipeline, "اتهمت إسلام آباد حركة طالبان الباكستانية بتنفيذ الهجوم، فيما نفت حركة طالبان أي صلة "
                              "لها به.", DAY)
    found = {m.text: m.actor_code for m in doc.entities}
    assert found.get("حركة طالبان الباكستانية") == "PAKREB", found
    assert found.get("حركة طالبان") == "AFGGOV", found
