"""Round 127: a trigger phrase that ends in its own preposition (ألقت الشرطة … القبض على X) has its object behind that
preposition — a person, counted people or the body a member belongs to — not behind a later one."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, roles_of

DAY = date(2015, 7, 25)


def test_counted_people_behind_the_triggers_own_preposition(pipeline) -> None:
    text = "ألقت قوات الأمن التركية، فجر اليوم الجمعة، القبض على 17 شخصاً في مدينة مانيسا غربي البلاد."
    assert roles_of(code_text(pipeline, text, DAY), "COERCE") == [(["TURCOP"], ["TURCVL"])]


def test_the_body_of_an_arrested_member(pipeline) -> None:
    text = "ألقت الشرطة التركية القبض على قيادي في تنظيم داعش."
    assert roles_of(code_text(pipeline, text, DAY), "COERCE") == [(["TURCOP"], ["IMGMUSISI"])]


def test_a_later_preposition_is_not_the_triggers(pipeline) -> None:
    # near miss: the embassy behind «الاعتداء على» is no one arrested
    text = "أعلنت الشرطة التركية القبض على خلية في إسطنبول بعد الاعتداء على السفارة الأمريكية."
    assert roles_of(code_text(pipeline, text, DAY), "COERCE") == [(["TURCOP"], [])]
