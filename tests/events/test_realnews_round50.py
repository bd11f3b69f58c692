"""Round 50 (coder section 77): «يدَّعون» written with the shadda of ادّعى claims, it calls on no one; a match between
national teams (أقوى مواجهات الدور الثاني) is sport.  Near misses: «يدعون الحكومة» still calls, and a students' club
condemning an attack is no sport."""

from __future__ import annotations

from datetime import date

from .helpers import code_text

DAY_2015 = date(2015, 7, 26)


def _codes(pipeline, text: str) -> list[str]:
    return [e.cameo for e in code_text(pipeline, text, DAY_2015).events]


def test_claiming_with_a_shadda_is_no_appeal(pipeline) -> None:
    text = "فهل كان خريجو البرنامج الإرهابيون يكذبون على مشرفي البرنامج، ويدَّعون سلامتهم وشفاءهم من الانحراف؟"
    assert not [c for c in _codes(pipeline, text) if c.startswith("02")]


def test_calling_on_a_government_is_still_an_appeal(pipeline) -> None:
    assert [c for c in _codes(pipeline, "ويدعون الحكومة المصرية إلى الإفراج عن المعتقلين.") if c.startswith("02")]


def test_national_teams_meeting_in_a_tournament_is_sport(pipeline) -> None:
    text = "وستلتقي انجولا مع جنوب افريقيا في ما تعد أقوى مواجهات الدور الثاني من كأس الأمم الأفريقية للسيدات."
    assert not _codes(pipeline, text)


def test_a_students_club_condemning_an_attack_is_no_sport(pipeline) -> None:
    text = "واستنكر نائب رئيس نادي الطلبة السعوديين بكوالالمبور الحادث الإرهابي الشنيع في مسجد قوات الطوارئ."
    assert [c for c in _codes(pipeline, text) if c.startswith("11")]
