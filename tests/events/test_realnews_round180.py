"""Round 180 (coder section 200), from the 2015-08-03 records: a side's own dead, named with their pronoun
(لقتلاهم، قتلانا), are buried or mourned, not killed in an act the sentence tells."""

from __future__ import annotations

from datetime import date

from .helpers import codes_force

DAY = date(2015, 8, 3)


def test_a_sides_own_dead_are_no_killing(pipeline) -> None:
    text = "فقد أكد أنهم كثيرا ما يجدون قبورا جماعية أقامها الحوثيون لقتلاهم في صحراء شبوة."
    assert not codes_force(pipeline, text, DAY)
    # near miss: the dead of a shelling are its toll
    text = "سقط عشرات القتلى في قصف الحوثيين على أحياء تعز."
    assert codes_force(pipeline, text, DAY)
