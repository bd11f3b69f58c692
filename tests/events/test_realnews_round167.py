"""Round 167 (coder section 187), from the 2015-07-27 records: a party then a short adjunct before the ب-act of a
verb of starting or doing did the act (وبدأت تركيا في الأيام الأخيرة باستهداف داعش); «استهجن» deplores; a disorder
one suffers from (المصابين باضطرابات التوحد) is no riot."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties, parties_of

DAY = date(2015, 7, 27)


def test_the_party_that_starts_the_act_past_an_adjunct_does_it(pipeline) -> None:
    text = "وبدأت تركيا في الأيام الأخيرة باستهداف داعش في سوريا."
    assert parties_of(pipeline, text, "190", DAY) == [(["TURMIL"], ["IMGMUSISI"])]
    text = "قام شرطي أمريكي أبيض بإطلاق النار على شابة في العاصمة الأمريكية."
    assert [s for s, _t in parties_of(pipeline, text, "193", DAY)] == [["USACOP"]]
    # near miss: after a verb of killing, the ب-act is the cause of the toll, and the dead are its target
    text = "وقتل ثلاثة جنود أتراك أمس بهجوم مسلح."
    assert parties_of(pipeline, text, "190", DAY) == [([], ["TURMIL"])]


def test_deploring_is_condemning(pipeline) -> None:
    text = "واستهجنت الخارجية الأردنية اقتحام المستوطنين باحات المسجد الأقصى."
    assert parties_of(pipeline, text, "111", DAY) == [(["JORGOV"], ["ISRSET"])]


def test_a_disorder_one_suffers_from_is_no_riot(pipeline) -> None:
    text = "وأبدت والدة أحد المصابين باضطرابات التوحد في الرياض استياءها من طول الانتظار."
    assert all(c != "145" for c, _s, _t in coded_parties(pipeline, text, DAY))
    # near miss: unrest of protesters against a government is still a riot
    text = "وشارك آلاف المتظاهرين في اضطرابات عنيفة ضد الحكومة."
    assert [c for c, _s, _t in coded_parties(pipeline, text, DAY)] == ["145"]
