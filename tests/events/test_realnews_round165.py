"""Round 165 (coder section 185), from the 2015-07-25 and 07-21 records: a party after a member or spokesman right
after the verb (دعا مسؤول في الأمم المتحدة الحكومة اليمنية، طالب أعضاء في البرلمان من الولاية الحكومة) is the
verb's object; the subject is that member, for his body when it is a party."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties, parties_of

DAY = date(2015, 7, 25)


def test_a_member_of_a_named_body_speaks_for_it(pipeline) -> None:
    text = "ودعا مسؤول في الأمم المتحدة الحكومة اليمنية إلى وقف القتال."
    assert parties_of(pipeline, text, "0256", DAY) == [(["IGOUNO"], ["YEMGOV"])]


def test_a_spokesman_of_an_unnamed_body_is_no_party_after_him(pipeline) -> None:
    text = "ودعا متحدث باسم الأسرة وسائل الإعلام إلى تحري الدقة وعدم أخذ الأخبار من مصادر غير موثوقة."
    calls = [s for c, s, _t in coded_parties(pipeline, text, DAY) if c.startswith("02")]
    assert all("MED" not in s for s in calls), calls


def test_whom_a_named_subject_calls_on_is_the_target(pipeline) -> None:
    # near miss: a member word after the verb's own subject is its object, the subject stays the source
    text = "ودعت الحكومة اليمنية مسؤولين في الأمم المتحدة إلى زيارة عدن."
    assert [s for c, s, _t in coded_parties(pipeline, text, DAY) if c.startswith("02")] == [["YEMGOV"]]


def test_whom_she_met_is_a_body_after_a_member_word(pipeline) -> None:
    text = ("وأوضحت في تصريح لوسائل الإعلام الباكستانية اليوم أنها التقت بالمسؤولين في وزارة الشؤون الاقتصادية "
            "الباكستانية.")
    assert parties_of(pipeline, text, "040", DAY) == [([], ["PAKGOV"])]
