"""Round 156 (coder section 176), from the 2015-07-27 sample: who attributes an act did not do it, whether or not the
party it is attributed to is coded; a fronted party that the verb's own target preposition resumes as «ها» is what
the act is done to (سورية لمن يدافع عنها).  The actor stage's side is in tests/actors/test_round156_foreign_policy.py."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2015, 7, 27)


def test_the_attributor_is_no_doer(pipeline) -> None:
    text = "وفي بيان على موقعها الإلكتروني نسبت هيئة أركان الجيش التركي الهجوم إلى «المنظمة الإرهابية والانفصالية»."
    coded = coded_parties(pipeline, text, DAY)
    assert not [s for c, s, _t in coded if c.startswith("19") and "TURMIL" in s], coded


def test_an_act_attributed_to_a_coded_party_is_its(pipeline) -> None:
    # near miss: the party after «إلى» is coded, so it is the doer (round 143)
    text = "نسبت هيئة أركان الجيش التركي الهجوم إلى حزب العمال الكردستاني."
    assert [s for c, s, _t in coded_parties(pipeline, text, DAY) if c.startswith("19")] == [["TURREBPKK"]]


def test_a_topic_resumed_by_the_pronoun_is_defended(pipeline) -> None:
    coded = coded_parties(pipeline, "وتابع قائلا إن سورية لمن يدافع عنها أيا كانت جنسيته.", DAY)
    assert [(s, t) for c, s, t in coded if c == "052"] == [([], ["SYRGOV"])], coded


def test_a_state_that_defends_another_still_defends(pipeline) -> None:
    # near miss: no resuming pronoun; the party before the verb is its subject
    coded = coded_parties(pipeline, "السعودية تدافع عن اليمن.", DAY)
    assert ("052", ["SAUGOV"], ["YEMGOV"]) in coded, coded


def test_a_party_of_the_clause_before_is_no_topic(pipeline) -> None:
    # near miss: a comma closes the clause of «القوات الفرنسية»; the zone after it is the topic
    text = "الأولى تخضع لسيطرة القوات الفرنسية، والثانية يسيطر عليها المقاتلون السوريون."
    coded = coded_parties(pipeline, text, DAY)
    assert not [t for _c, _s, t in coded if "FRAMIL" in t], coded
