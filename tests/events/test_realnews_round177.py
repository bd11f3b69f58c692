"""Round 177 (coder section 197), from the 2015-08-09 records: the receiver of a letter from no party is its
target; a relative clause past a new adjunct («وبعد الخسائر التي تكبدتها») names no party of the act before it;
deaths from a disease or an accident are no act of force."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties, codes_force, parties_of

DAY = date(2015, 8, 9)


def test_the_receiver_of_a_letter_is_its_target(pipeline) -> None:
    text = ("قالت مصادر محلية إن قيادة جماعة الحوثي في المحافظة تسلمت أمس رسالة إنذار من المقاومة الشعبية في "
            "اقليم آزال.")
    assert parties_of(pipeline, text, "040", DAY) == [([], ["YEMREBHOU"])]
    # near miss: a sender named as a party is the source, the receiver the target
    text = "تلقى الرئيس المصري اتصالا هاتفيا من الملك سلمان."
    assert parties_of(pipeline, text, "041", DAY) == [(["SAUGOV"], ["EGYGOV"])]


def test_a_relative_clause_past_a_new_adjunct_is_no_party_of_the_act(pipeline) -> None:
    text = ("لكن بعد التوصل لاتفاق نووي الشهر الماضي بين طهران والقوى العالمية وبعد الخسائر التي تكبدتها قوات "
            "الحكومة السورية على أرض المعركة ظهرت دلائل على حدوث حوار.")
    assert all("SYRMIL" not in t for c, _s, t in coded_parties(pipeline, text, DAY) if c == "057")


def test_deaths_from_a_disease_are_no_act_of_force(pipeline) -> None:
    text = "أسفر تفشي داء الفيالقة في نيويورك عن مقتل عشرة أشخاص."
    assert not codes_force(pipeline, text, DAY)
    # near miss: deaths in an attack told in the same sentence stay its toll
    text = "أسفر هجوم على مستشفى في نيويورك عن مقتل عشرة أشخاص."
    assert codes_force(pipeline, text, DAY)
