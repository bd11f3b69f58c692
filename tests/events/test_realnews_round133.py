"""Round 133: a conjoined verb of blame (…، وحمّلت الحكومة الإسرائيلية المسؤولية) shares the subject of the verb before
it; the party right before «المسؤولية» is the one blamed."""

from __future__ import annotations

from datetime import date

from .helpers import parties_of

DAY = date(2015, 8, 1)


def test_the_blamed_party_of_a_conjoined_verb(pipeline) -> None:
    text = ("دانت وزارة الخارجية الأردنية إحراق مستوطنين منازل ومركبات فلسطينية في بلدة حوارة جنوبي نابلس، "
            "وحمّلت الحكومة الإسرائيلية المسؤولية الكاملة عن التصعيد.")
    assert parties_of(pipeline, text, "112", DAY) == [(["JORGOV"], ["ISRGOV"])]


def test_a_subject_of_its_own_still_blames(pipeline) -> None:
    # near miss: with its own subject before the blamed party, the verb keeps both
    text = "وحمّلت الرئاسة الفلسطينية الحكومة الإسرائيلية المسؤولية الكاملة عن التصعيد."
    assert parties_of(pipeline, text, "112", DAY) == [(["PSEGOV"], ["ISRGOV"])]
