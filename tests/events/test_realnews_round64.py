"""Round 64 (coder section 91): settlers (مستوطنون) are Israeli settlers, ISRSET, when nothing in the sentence says
otherwise; a country adjective after civilian things joined by و (منازل ومركبات فلسطينية) describes all of them,
so the vehicles are civilians' too, not a force."""

from __future__ import annotations

from .helpers import coded_parties


def test_settlers_are_israeli(pipeline) -> None:
    text = "نددت الحكومة الأردنية باقتحام مستوطنين باحات المسجد الأقصى صباح اليوم."
    assert coded_parties(pipeline, text) == [("111", ["JORGOV"], ["ISRSET"])]


def test_an_adjective_after_civilian_things_joined_by_and_describes_all(pipeline) -> None:
    text = "أحرق مستوطنون منازل ومركبات فلسطينية في بلدة حوارة جنوبي نابلس."
    assert [(s, t) for _c, s, t in coded_parties(pipeline, text)] == [(["ISRSET"], ["PSECVL"])]
