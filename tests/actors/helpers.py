"""Small readers of the actor stage shared by the actor tests."""

from __future__ import annotations

from datetime import date

from hadath.actors.evaluate import mentions
from hadath.actors.stage import ActorStage


def coded_mentions(stage: ActorStage, text: str, day: date) -> list[tuple[str, str | None]]:
    """(text, actor code) of each mention the stage finds in ``text`` read on ``day``."""
    return [(m.text, m.actor_code) for m in mentions(text, day, stage)]
