"""Round 132: a boycott of an election or a referendum is a protest against the government that holds it; a boycott
of a company is not."""

from __future__ import annotations

from datetime import date

from hadath.model import Article

DAY = date(2015, 8, 2)


def _boycotts(pipeline, text: str) -> list[tuple[list[str], list[str]]]:
    doc = pipeline(Article(id="t", date=DAY, text=text))
    return [([m.actor_code for m in e.source], [m.actor_code for m in e.target])
            for e in doc.events if e.event_type == "PROTEST"]


def test_an_election_boycott_is_against_the_government(pipeline) -> None:
    text = "أعلنت أحزاب المعارضة الرئيسية في تشاد مقاطعتها الانتخابات التشريعية المقررة نهاية الشهر."
    assert _boycotts(pipeline, text) == [(["TCDOPP"], ["TCDGOV"])]


def test_a_company_boycott_is_not(pipeline) -> None:
    # near miss: the boycotted company, not the government
    text = "أطلق نشطاء مغاربة حملة على مواقع التواصل لمقاطعة شركة حليب بسبب غلاء الأسعار."
    assert all("GOV" not in code for _s, target in _boycotts(pipeline, text) for code in target)
