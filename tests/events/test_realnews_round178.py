"""Round 178 (coder section 198), from the 2015-07-22 records: a subject's own name set off by commas after a form
of address is no object; a country's adjective before «مسيرة» makes it a drone; a striker's loan is sport."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2015, 7, 22)


def test_the_subjects_name_between_commas_is_no_object(pipeline) -> None:
    text = "أشاد وزير الأوقاف الأردني، الدكتور هايل داود، بالتوسعة الكبيرة للحرم المكي الشريف."
    assert all("هايل داود" not in t for c, _s, t in coded_parties(pipeline, text, DAY))


def test_an_unmanned_aircraft_is_no_march(pipeline) -> None:
    text = "إن الأجهزة الأمنية عثرت أمس على طائرة استطلاع أمريكية مسيرة في بادية السماوة."
    assert all(not c.startswith("14") for c, _s, _t in coded_parties(pipeline, text, DAY))


def test_a_strikers_loan_is_sport(pipeline) -> None:
    text = "يقود المهاجم السعودي محمد مجرشي هجوم التعاون الموسم المقبل بنظام الإعارة لمدة موسم واحد."
    assert coded_parties(pipeline, text, DAY) == []
