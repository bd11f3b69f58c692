"""Round 132: a boycott of an election or a referendum is a protest against the government that holds it; a boycott
of a company is not."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, roles_of

DAY = date(2015, 8, 2)


def test_an_election_boycott_is_against_the_government(pipeline) -> None:
    text = "أعلنت أحزاب المعارضة الرئيسية في تشاد مقاطعتها الانتخابات التشريعية المقررة نهاية الشهر."
    assert roles_of(code_text(pipeline, text, DAY), "PROTEST") == [(["TCDOPP"], ["TCDGOV"])]


def test_a_company_boycott_is_not(pipeline) -> None:
    # near miss: the boycotted company, not the government
    text = "أطلق نشطاء مغاربة حملة على مواقع التواصل لمقاطعة شركة حليب بسبب غلاء الأسعار."
    assert all("GOV" not in code for _s, target in roles_of(code_text(pipeline, text, DAY), "PROTEST") for code in target)
