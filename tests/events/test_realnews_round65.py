"""Round 65 (coder section 92): a condemner's title after the name is no target, the act condemned past the comma
that closes the condemner's name is no act of the condemner's, and what is said "during" a call is said by its
caller."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2015, 8, 6)


def test_a_condemners_own_title_is_no_target_and_the_condemned_bombing_not_theirs(pipeline) -> None:
    text = ("أدان الملك عبدالله الثاني ملك المملكة الأردنية الهاشمية، حادث التفجير الإرهابي الذي استهدف مسجداً "
            "في مدينة أبها.")
    coded = coded_parties(pipeline, text, DAY)
    assert ("111", ["JORGOV"], []) in coded
    assert not [c for c in coded if c[0].startswith("18") and "JORGOV" in c[1]], coded


def test_the_condemned_act_after_a_comma_closing_a_title_first_subject(pipeline) -> None:
    text = "أدان وزير الخارجية السعودي عادل الجبير، حادث التفجير الإرهابي الذي استهدف مسجداً في الكويت."
    coded = coded_parties(pipeline, text, DAY)
    assert [c for c in coded if c[0] == "111"] == [("111", ["SAUGOV"], [])]
    assert not [c for c in coded if "SAUGOV" in c[1] and c[0] != "111"], coded


def test_a_verbal_nouns_party_before_a_comma_still_ends_its_content(pipeline) -> None:
    # (a genitive, not a subject: the pledge after the comma is an act of its own)
    text = ("ويسمح القرار بتزويد إيران بالأسلحة الثقيلة بموافقة مجلس الأمن، لكن الولايات المتحدة تعهدت بالتصويت "
            "بالرفض على أي من هذه الطلبات.")
    assert ("030", ["USAGOV"], []) in coded_parties(pipeline, text, DAY)


def test_what_is_said_during_a_call_is_the_callers(pipeline) -> None:
    text = "وتلقى الملك سلمان اتصالاً هاتفياً من الرئيس الفرنسي أعرب خلاله عن إدانته للهجوم."
    coded = coded_parties(pipeline, text, DAY)
    assert ("041", ["FRAGOV"], ["SAUGOV"]) in coded
    assert [c for c in coded if c[0] == "111"] == [("111", ["FRAGOV"], [])]


def test_the_caller_who_made_the_call_speaks_during_it(pipeline) -> None:
    text = "وأجرى الملك سلمان اتصالاً هاتفياً بالرئيس الفرنسي أعرب خلاله عن إدانته للهجوم."
    assert [c for c in coded_parties(pipeline, text, DAY) if c[0] == "111"] == [("111", ["SAUGOV"], [])]
