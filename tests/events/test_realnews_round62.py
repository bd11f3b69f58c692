"""Round 62 (coder section 89): parties of a joint act.  A counterpart joined by و (وقّع الوزير المصري ونظيره
القبرصي) is the second party of the act, as any actor joined by و is; and the lexicon now knows Colombia's ELN
(جيش التحرير الوطني) and the Sudan Revolutionary Front (الجبهة الثورية), so an agreement with them has both sides;
a group's head noun joined by و before its quoted name (وحركة «إم 23») coordinates it too."""

from __future__ import annotations

import pytest

from .helpers import coded_parties


@pytest.mark.parametrize(("text", "parties"), [
    ("وقّع وزير الطاقة الأردني ونظيره العراقي في بغداد اتفاقية لنقل النفط.", ["JORGOV", "IRQGOV"]),
    ("وقعت الحكومة الكولومبية وجيش التحرير الوطني في هافانا اتفاقاً لوقف إطلاق النار.", ["COLGOV", "COLREB"]),
    ("وقعت الحكومة السودانية والجبهة الثورية في جوبا اتفاق سلام.", ["SDNGOV", "SDNREB"]),
    # a group's head noun joined by و, its name in quotes
    ("وقّعت حكومة الكونغو الديمقراطية وحركة «إم 23» في الدوحة إعلان مبادئ.", ["CODGOV", "CODREB"]),
])
def test_both_parties_of_a_joint_act(pipeline, text: str, parties: list[str]) -> None:
    agreements = [(s, t) for c, s, t in coded_parties(pipeline, text) if c.startswith("05") or c.startswith("03")]
    assert agreements and agreements[0] == (parties, parties)


def test_a_counterpart_after_a_host_without_and_is_the_guest(pipeline) -> None:
    text = "استقبل الرئيس المصري نظيره الأردني في القاهرة."
    assert [(s, t) for _c, s, t in coded_parties(pipeline, text)] == [(["EGYGOV"], ["JORGOV"])]
