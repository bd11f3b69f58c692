"""Round 116: press and human-rights watchdogs and aid agencies the actor lexicon lacked (لجنة حماية الصحفيين،
مراسلون بلا حدود، نادي الأسير الفلسطيني، هيئة شؤون الأسرى والمحررين، الشبكة السورية لحقوق الإنسان …)."""

from __future__ import annotations

from datetime import date

from hadath.actors.evaluate import mentions
from hadath.actors.stage import ActorStage

DAY = date(2024, 3, 5)


def _codes(stage: ActorStage, text: str) -> list[str | None]:
    """Every coded actor, the members of a compound mention one by one."""
    return [x.actor_code for m in mentions(text, DAY, stage) for x in (m.members or [m])]


def test_press_watchdogs(shipped_rules_stage: ActorStage) -> None:
    codes = _codes(shipped_rules_stage, "طالبت لجنة حماية الصحفيين ومنظمة مراسلون بلا حدود بالإفراج عن الصحفي.")
    assert codes == ["NGO", "NGO"], codes


def test_palestinian_prisoner_bodies(shipped_rules_stage: ActorStage) -> None:
    codes = _codes(shipped_rules_stage, "قال نادي الأسير الفلسطيني وهيئة شؤون الأسرى والمحررين إن الأسرى بدأوا إضراباً.")
    assert codes[:2] == ["PSENGO", "PSEGOV"], codes


def test_installment_is_no_ngo(shipped_rules_stage: ActorStage) -> None:
    # near miss: «القسط» alone is an instalment, only «منظمة القسط» names the NGO
    assert "NGO" not in _codes(shipped_rules_stage, "دفع المواطن القسط الأول من القرض.")
