"""Lexicon changes for the misses of the eleventh blind batch, with near misses that must stay uncoded."""

from __future__ import annotations

from tests.events.helpers import codes, of_type


def test_forces_seizing_camps_after_a_long_subject(make_doc):
    doc = make_doc("سيطرت قوات المجلس الانتقالي الجنوبي المدعومة من الإمارات على معسكرات الحكومة في عدن.",
                   actors=[("قوات المجلس الانتقالي الجنوبي", "YEMREBSTC")])
    [e] = of_type(doc, "COERCE")
    assert (e.cameo, codes(e.source)) == ("192", ["YEMREBSTC"])


def test_a_company_controlling_a_market_is_no_seizure(make_doc):
    doc = make_doc("تسيطر الشركة الإماراتية على حصة كبيرة من سوق الاتصالات في المنطقة.",
                   actors=[("الشركة الإماراتية", "AREBUS")])
    assert of_type(doc, "COERCE") == []
