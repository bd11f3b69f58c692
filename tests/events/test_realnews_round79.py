"""Round 79 (coder section 106), from a hand-judged sample of 2015-08-11: the aviation of a party after a verb with
an object pronoun is that party acting (يساندها طيران التحالف العربي); a surname after another given name is
another person (tests/actors/test_given_name_surname.py)."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2015, 8, 11)


def test_the_aviation_of_a_party_is_the_subject_after_the_verb(pipeline) -> None:
    text = "وقال إن المقاومة والجيش اليمني يساندها طيران التحالف العربي سيطروا على مدينة شقرة."
    assert [(s, t) for c, s, t in coded_parties(pipeline, text, DAY) if c == "051"] == [(["SAUMIL"], ["YEMMIL"])]


def test_an_arrest_of_a_relative_is_not_of_the_president(pipeline) -> None:
    text = "وأكد محافظ اللاذقية أن الجهات المختصة ألقت القبض على سليمان الأسد في إحدى المزارع بريف اللاذقية."
    arrests = [t for c, _s, t in coded_parties(pipeline, text, DAY) if c.startswith("17")]
    assert not [t for t in arrests if "SYRGOV" in t], arrests
