"""Round 115 (coder section 138): a visit or an embassy in a place of another state deals with that state's
government (افتتحت الإمارات سفارتها في دمشق → SYRGOV، يعتزم رئيس الوزراء الماليزي زيارة القاهرة → EGYGOV)."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2024, 5, 2)


def test_an_embassy_reopened_in_a_capital(pipeline) -> None:
    text = "أعادت السعودية فتح سفارتها في دمشق بعد قطيعة دامت أكثر من عقد."
    assert ("060", ["SAUGOV"], ["SYRGOV"]) in coded_parties(pipeline, text, DAY)


def test_a_planned_visit_to_a_capital(pipeline) -> None:
    text = "يعتزم رئيس الوزراء الماليزي زيارة القاهرة في أول جولة له في الشرق الأوسط."
    assert ("036", ["MYSGOV"], ["EGYGOV"]) in coded_parties(pipeline, text, DAY)


def test_a_visitor_named_by_no_code_gets_no_host(pipeline) -> None:
    # near miss: an anecdote of a man no lexicon codes visiting countries names no state's visit
    text = "وكان أوهانس داديان يجيد عدة لغات أوروبية، وزار فرنسا وبريطانيا مرتين."
    coded = coded_parties(pipeline, text, DAY)
    assert all(not t for c, _s, t in coded if c == "042"), coded
