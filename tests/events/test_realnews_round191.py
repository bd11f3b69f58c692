"""Round 191 (coder section 211): a verb joined by و — on itself or on its negator — right after a party, with a
coded party right after the verb, has that party as its subject: the one before ends the clause before."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties, parties_of

DAY = date(2015, 8, 10)


def test_a_verb_after_wa_lam_takes_the_party_after_it_as_subject(pipeline) -> None:
    text = "استهدفت الغارات المتمردين الأكراد ولم تقصف تركيا التنظيم المتطرف."
    assert parties_of(pipeline, text, "190", DAY) == [(["TURMIL"], [])]


def test_a_verb_after_wa_with_its_subject_after_it(pipeline) -> None:
    text = "كانت هدفاً لغارات جوية تقودها السعودية وتدعمها الولايات المتحدة منذ أشهر."
    assert parties_of(pipeline, text, "051", DAY) == [(["USAGOV"], [])]


def test_a_prepositional_noun_between_is_no_adjective_of_the_party(pipeline) -> None:
    # near miss: «بالهجوم» after the subject's own phrase; the verb joined by و shares that subject
    text = "نددت الخارجية الإيرانية بالهجوم وطالبت الحكومة العراقية بحماية البعثات الدبلوماسية."
    assert parties_of(pipeline, text, "020", DAY) == [(["IRNGOV"], ["IRQGOV"])]


def test_a_lone_party_after_the_joined_verb_is_its_object(pipeline) -> None:
    # near miss: the party before the و is the subject of the relative verb before it; the one after the joined
    # verb, with nothing after it, is that verb's object
    text = ("ويقول أطباء في مستشفيات عدن إن كثيراً من الجثث لا يتم التعرف على أصحابها بسبب عمليات القنص التي يقوم "
            "بها الحوثيون وتستهدف المارة في الشوارع.")
    assert coded_parties(pipeline, text, DAY) == [("190", ["YEMREBHOU"], ["YEMCVL"])]
