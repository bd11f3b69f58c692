"""Round 130: a named group that claims an attack (وتبنت حركة الشباب الهجوم) becomes its source over an unnamed
attacker the sentence gave (انتحاري → SOMREB), not over a named one."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, roles_of

DAY = date(2015, 8, 9)


def test_the_claimant_names_the_unnamed_bomber(pipeline) -> None:
    text = "فجّر انتحاري نفسه وسط تجمع لعناصر الشرطة في مدينة مقديشو، وتبنت حركة الشباب الهجوم في بيان."
    assert [source for source, _t in roles_of(code_text(pipeline, text, DAY), "ASSAULT")] == [["SOMREBSHB"]]


def test_a_named_attacker_stays(pipeline) -> None:
    # near miss: the sentence named the attacker; a claim by another group does not replace it
    text = "هاجمت حركة الشباب قاعدة للجيش في مقديشو، وتبنى تنظيم داعش الهجوم في بيان."
    assert [source for source, _t in roles_of(code_text(pipeline, text, DAY), "ASSAULT")] == [["SOMREBSHB"]]
