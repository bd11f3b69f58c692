"""Round 94 (coder section 120), from the dev split's targets taken as sources: the ambassador a summoning verb needs
after it is its object, never its subject (واستدعت على إثره السفير الروسي، استُدعي القائم بالأعمال); and a verb
carrying و with no subject of its own does not take a party from the earlier clause's complement as its subject
(اتهمت الخارجية السودانية الإمارات بتزويد قوات الدعم السريع …، واستدعت القائم بالأعمال الإماراتي)."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2024, 4, 20)


def test_the_summoned_ambassador_is_the_target(pipeline) -> None:
    text = "وصفت الخارجية البلجيكية الحكم بأنه «سياسي» واستدعت على إثره السفير الإيراني."
    summons = [(s, t) for c, s, t in coded_parties(pipeline, text, DAY) if c == "114"]
    assert summons and all(t == ["IRNGOV"] and "IRNGOV" not in s for s, t in summons), summons


def test_a_conjoined_verb_keeps_the_main_subject(pipeline) -> None:
    text = ("اتهمت وزارة الخارجية الجزائرية المغرب بدعم حركة انفصالية، واستدعت القائم بالأعمال المغربي في "
            "الجزائر.")
    assert ("114", ["DZAGOV"], ["MARGOV"]) in coded_parties(pipeline, text, DAY)


def test_an_ambassador_who_summons_nobody_still_speaks(pipeline) -> None:
    # near miss: «السفير» after a verb the pattern does not flag is still its subject
    text = "وأكد السفير الروسي أن بلاده سترد على العقوبات."
    speakers = [s for c, s, _t in coded_parties(pipeline, text, DAY)]
    assert all("RUSGOV" in s for s in speakers if s), speakers
