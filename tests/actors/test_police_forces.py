"""Round 118: the forces a police body calls its own (نفت وزارة الداخلية العراقية أن تكون قواتها …، إن قواتها الخاصة
قتلت) are police (COP), not the army; a defence ministry's forces stay the army."""

from __future__ import annotations

from datetime import date
from functools import partial

from hadath.actors.stage import ActorStage

from .helpers import coded_mentions

DAY = date(2024, 3, 5)


_coded = partial(coded_mentions, day=DAY)  # (stage, text): the mentions and their codes


def test_the_interior_ministrys_forces_are_police(shipped_rules_stage: ActorStage) -> None:
    text = "نفت وزارة الداخلية العراقية أن تكون قواتها قد استخدمت الرصاص الحي ضد المتظاهرين."
    assert ("قواتها", "IRQCOP") in _coded(shipped_rules_stage, text)


def test_the_defence_ministrys_forces_are_the_army(shipped_rules_stage: ActorStage) -> None:
    # near miss: a military body's forces stay military
    text = "أعلنت وزارة الدفاع الروسية أن قواتها سيطرت على البلدة."
    assert ("قواتها", "RUSMIL") in _coded(shipped_rules_stage, text)
