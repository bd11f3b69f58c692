"""Round 191 (coder section 211): a verb joined by و — on itself or on its negator — right after a party, with a
coded party right after the verb, has that party as its subject: the one before ends the clause before."""

from __future__ import annotations

from datetime import date

from .helpers import parties_of

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
