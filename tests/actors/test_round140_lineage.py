"""Round 140, from a day of real news (2015-08-02): a listed person's name right after «بن» is a father's name in
someone else's lineage (الأمير سلطان بن سلمان بن عبد العزيز is not King Salman)."""

from __future__ import annotations

from datetime import date

from hadath.actors.stage import ActorStage

from .helpers import coded_mentions

DAY = date(2015, 8, 2)


def test_a_fathers_name_after_bin_is_not_the_listed_person(shipped_rules_stage: ActorStage) -> None:
    coded = coded_mentions(shipped_rules_stage,
                           "وقدم الأمير سلطان بن سلمان بن عبد العزيز دعماً مادياً لأسرة حرفي بمنطقة نجران.", DAY)
    assert not [c for _, c in coded if c == "SAUGOV"], coded


def test_the_listed_person_with_his_own_lineage_stays(shipped_rules_stage: ActorStage) -> None:
    # near miss: the name opens the lineage, so it is the person
    coded = coded_mentions(shipped_rules_stage, "وقال الملك سلمان بن عبد العزيز إن المملكة ماضية في دعم اليمن.", DAY)
    assert [c for _, c in coded if c == "SAUGOV"], coded
