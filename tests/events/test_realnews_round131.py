"""Round 131: «عدداً منهم / أربعة عشر منهم» after an act of force or coercion points back to the civilians named last
before it (protesters, students): they are its target, civilians of the acting state."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, roles_of

DAY = date(2015, 8, 3)


def test_some_of_the_protesters_named_before(pipeline) -> None:
    text = ("قطع محتجون غاضبون طرقاً رئيسية في مدينة البصرة بالإطارات المشتعلة، "
            "فيما اعتقلت قوات الأمن العراقية أربعة عشر منهم.")
    assert (["IRQCOP"], ["IRQCVL"]) in roles_of(code_text(pipeline, text, DAY), "COERCE")


def test_some_of_the_fighters_named_before_are_no_civilians(pipeline) -> None:
    # near miss: the party named last before the act is a force, not civilians
    text = "هاجمت قوات الأمن العراقية تجمعاً لمسلحي تنظيم داعش قرب بيجي، واعتقلت عدداً منهم."
    assert all("CVL" not in code for _s, target in roles_of(code_text(pipeline, text, DAY), "COERCE") for code in target)
