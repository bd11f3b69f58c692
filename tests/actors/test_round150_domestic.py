"""Round 150, from a day of real news (2015-08-11): «الداخلية» right after a definite noun is its adjective
(السياحة الداخلية: domestic tourism), not the interior ministry, which a place in the sentence then made Morocco's."""

from __future__ import annotations

from datetime import date

from hadath.actors.stage import ActorStage

from .helpers import coded_mentions

DAY = date(2015, 8, 11)


def test_domestic_tourism_is_no_interior_ministry(shipped_rules_stage: ActorStage) -> None:
    coded = coded_mentions(shipped_rules_stage, "وتعمل الحكومة على تعزيز الجبهة الداخلية في السعودية.", DAY)
    assert not [c for _, c in coded if c and c.endswith("COP")], coded


def test_the_ministry_named_after_a_verb_and_a_time_word_is_still_the_ministry(shipped_rules_stage: ActorStage) -> None:
    # near miss: «اليوم» is definite too, but a time word stands between a verb and its subject
    coded = coded_mentions(shipped_rules_stage, "وأعلنت اليوم الداخلية السعودية القبض على مطلوبين.", DAY)
    assert ("الداخلية السعودية", "SAUCOP") in coded, coded
