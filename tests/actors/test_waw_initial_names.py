"""Round 109: a name that begins with و (واشنطن، وهران) carries no conjunction, so it is not a place coordinated
with an earlier «في» ("في حال فرضت واشنطن"); a real conjunction before a place still makes a place list."""

from __future__ import annotations

from datetime import date
from functools import partial

from hadath.actors.stage import ActorStage

from .helpers import coded_mentions

DAY = date(2024, 3, 5)


_coded = partial(coded_mentions, day=DAY)  # (stage, text): the mentions and their codes


def test_washington_after_a_condition_acts(shipped_rules_stage: ActorStage) -> None:
    assert ("واشنطن", "USAGOV") in _coded(shipped_rules_stage, "في حال فرضت واشنطن حظراً كاملاً.")


def test_a_place_list_after_in_is_still_places(shipped_rules_stage: ActorStage) -> None:
    # near miss: «وواشنطن» after «إلى بغداد» is the second place of a destination list
    assert not _coded(shipped_rules_stage, "وصل الوزير إلى بغداد وواشنطن.")
