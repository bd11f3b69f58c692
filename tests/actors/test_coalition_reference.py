"""Round 105: a bare «التحالف» points back to the coalition named before it, as «الحزب» or «الوكالة» do, and a
body in construct with such a back-reference («قوات التحالف»، «عناصر الحركة» after the group is named) is that
group acting, as «قوات التحالف الدولي» is."""

from __future__ import annotations

from datetime import date
from functools import partial

from hadath.actors.stage import ActorStage

from .helpers import coded_mentions

DAY = date(2024, 3, 5)


_coded = partial(coded_mentions, day=DAY)  # (stage, text): the mentions and their codes


def test_the_forces_of_the_coalition_named_before(shipped_rules_stage: ActorStage) -> None:
    text = ("أعلنت بغداد وواشنطن انتهاء مهمة التحالف الدولي في العراق، على أن تنسحب قوات التحالف من قاعدة "
            "عين الأسد.")
    assert ("قوات التحالف", "USAMIL") in _coded(shipped_rules_stage, text)


def test_the_coalition_named_in_an_earlier_sentence(shipped_rules_stage: ActorStage) -> None:
    text = "شنت طائرات التحالف العربي غارات على صنعاء. وقال التحالف إن الغارات استهدفت مخازن أسلحة."
    assert _coded(shipped_rules_stage, text)[-1] == ("التحالف", "SAUMIL")


def test_a_body_of_a_group_named_before(shipped_rules_stage: ActorStage) -> None:
    text = "قتل قائد في حزب الله بغارة، فيما قصفت قوات الحزب موقعاً عسكرياً."
    assert ("قوات الحزب", "LBNREBHEZ") in _coded(shipped_rules_stage, text)


def test_no_coalition_named_no_code(shipped_rules_stage: ActorStage) -> None:
    text = "وقال التحالف إن الغارات استهدفت مخازن أسلحة."
    assert not any(code for name, code in _coded(shipped_rules_stage, text) if "التحالف" in name)


def test_a_named_alliance_is_no_back_reference(shipped_rules_stage: ActorStage) -> None:
    text = "أعلن التحالف الدولي بدء عملية جديدة، فيما دعا التحالف الوطني إلى الحوار."
    assert ("التحالف", "USAMIL") not in _coded(shipped_rules_stage, text)
