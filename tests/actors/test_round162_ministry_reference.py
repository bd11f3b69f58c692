"""Round 162, from a day of real news (2015-08-08): «الوزارة» points back to a state's body or minister, never to
an armed group named in between (قال وزير الدفاع العراقي إن تنظيم الدولة الإسلامية أعدم … مسؤولو الوزارة)."""

from __future__ import annotations

from datetime import date

from hadath.actors.stage import ActorStage

from .helpers import coded_mentions

DAY = date(2015, 8, 8)


def test_the_ministry_of_the_minister_named_before(shipped_rules_stage: ActorStage) -> None:
    text = ("قال وزير الدفاع العراقي إن تنظيم الدولة الإسلامية أعدم ألفي عراقي. ولم يستطع مسؤولو الوزارة تأكيد "
            "ذلك.")
    coded = coded_mentions(shipped_rules_stage, text, DAY)
    assert ("الوزارة", "IRQMIL") in coded, coded


def test_forces_may_point_back_to_an_armed_group(shipped_rules_stage: ActorStage) -> None:
    # near miss: «القوات» is any side's forces, a rebel force's too
    text = "اتهم مسؤول أممي قوات الدعم السريع بمنع قافلة، في حين نفى متحدث باسم القوات أي عرقلة."
    coded = coded_mentions(shipped_rules_stage, text, date(2024, 5, 2))
    assert [c for t, c in coded if "القوات" in t and t != "قوات الدعم السريع"] == ["SDNREB"], coded
