"""Round 137: a reaction told as a relative clause of a step noun («…، في خطوة رحبت بها واشنطن») is aimed at the
main clause's subject also when no act of the main clause was coded — the bare coded party that opens the
sentence or follows its first verb."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties, parties_of

DAY = date(2024, 5, 2)


def test_a_welcome_of_a_step_no_act_was_coded_for(pipeline) -> None:
    text = "أعلن رئيس الوزراء العراقي عن تعديل وزاري واسع، في خطوة رحبت بها واشنطن."
    assert parties_of(pipeline, text, "051", DAY) == [(["USAGOV"], ["IRQGOV"])]


def test_a_trial_described_by_another_state(pipeline) -> None:
    text = ("أقرت محكمة في مدينة قازان الروسية حبس مراسل صحيفة «واشنطن بوست» الأمريكي عشر سنوات، في محاكمة وصفها "
            "البيت الأبيض بأنها «صورية».")
    assert parties_of(pipeline, text, "111", DAY) == [(["USAGOV"], ["RUSJUD"])]


def test_a_clause_without_the_pronoun_is_no_reaction(pipeline) -> None:
    # near miss: «في خطوة تهدف إلى» says what the step is for; no one reacts to it
    text = "أعلن رئيس الوزراء العراقي عن تعديل وزاري واسع، في خطوة تهدف إلى تحسين أداء الحكومة."
    assert not [t for c, s, t in coded_parties(pipeline, text, DAY) if c.startswith("05")]
