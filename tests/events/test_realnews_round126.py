"""Round 126: whom a statement's feeling is for — the party with ل (or, right after it, مع) after what is expressed
(أعربت … عن دعمها الكامل لجهود الحكومة الصومالية، عن تضامنها الكامل مع المملكة)."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2015, 8, 6)


def test_support_for_a_government_after_lam(pipeline) -> None:
    text = "أعربت الخارجية الإماراتية عن دعمها الكامل لجهود الحكومة الصومالية في مكافحة الإرهاب."
    assert coded_parties(pipeline, text, DAY) == [("051", ["AREGOV"], ["SOMGOV"])]


def test_solidarity_with_a_state(pipeline) -> None:
    text = "أعربت دولة الإمارات عن تضامنها الكامل مع المملكة العربية السعودية."
    assert ("018", ["AREGOV"], ["SAUGOV"]) in coded_parties(pipeline, text, DAY)


def test_the_speakers_own_body_and_a_relative_clause_name_no_one_it_feels_for(pipeline) -> None:
    # near misses: «للوكالة» before the feeling is the speaker's title; the police after «الذي» were the bombing's
    first = "أبدى المدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي قلقاً بالغاً إزاء تدهور شروط السلامة."
    second = "أعربت الخارجية الأردنية عن إدانتها للتفجير الذي استهدف مسجداً داخل مجمع للشرطة في بيشاور."
    assert all(not target for _c, _s, target in coded_parties(pipeline, first, DAY))
    assert [target for cameo, _s, target in coded_parties(pipeline, second, DAY) if cameo == "111"] == [[]]
