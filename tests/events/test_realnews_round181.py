"""Round 181 (coder section 201), from the 2015-08-03 records: a verb joined by و after a comma goes on with the
relative clause before it, so the party after the relative's own verb is its object, not the joined verb's subject."""

from __future__ import annotations

from datetime import date

from .helpers import parties_of

DAY = date(2015, 8, 3)


def test_the_object_of_a_relative_clause_is_no_subject_of_the_verb_joined_to_it(pipeline) -> None:
    text = ("لا يمكن وصف رئيس الوزراء الاسرائيلي الذي يرعى هذه العصابات، ويدعم الاستيطان والمستوطنين، سوى أنه قاتل "
            "الأطفال.")
    assert parties_of(pipeline, text, "051", DAY) == [(["ISRGOV"], ["ISRSET"])]
