"""Round 117 (coder section 140): the state building a crowd storms (اقتحموا مبنى البرلمان الكيني، اقتحام السراي
الحكومي) names whom the riot is against, that state's government, not the rioters; «قوات مكافحة الشغب» is the riot
police, no riot."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2024, 6, 26)


def test_protesters_storm_parliament(pipeline) -> None:
    text = "قال شهود عيان إن محتجين غاضبين اقتحموا مبنى البرلمان الكيني في نيروبي وأضرموا النار في جزء منه."
    coded = coded_parties(pipeline, text, DAY)
    assert any(c == "145" and s == ["KENCVL"] and t == ["KENGOV"] for c, s, t in coded), coded


def test_the_riot_police_is_no_riot(pipeline) -> None:
    text = "أطلقت شرطة مكافحة الشغب الجورجية الغاز المسيل للدموع على المحتجين أمام البرلمان في تبليسي."
    assert not any(c == "145" for c, _s, _t in coded_parties(pipeline, text, DAY))


def test_a_riot_told_as_such_stays(pipeline) -> None:
    # near miss: «أعمال شغب» with no «مكافحة» before it is a riot as before
    text = "شارك مئات المحتجين في أعمال شغب في العاصمة الفرنسية باريس."
    assert any(c == "145" for c, _s, _t in coded_parties(pipeline, text, DAY))
