"""Round 107 (coder section 130): the window in which a verb's needed object is looked for passes over its
verb-first subject with the patron it is linked to (وتبنت حركة الشباب المرتبطة بتنظيم القاعدة الهجوم) and over an
aside between commas right after that subject (تبنى تنظيم داعش، في بيان نشرته وكالة أعماق التابعة له، الهجوم)."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2024, 5, 2)


def test_a_claim_past_the_subjects_patron(pipeline) -> None:
    text = "وتبنت حركة الشباب المرتبطة بتنظيم القاعدة الهجوم عبر إذاعة الأندلس."
    assert ("015", ["SOMREBSHB"], []) in coded_parties(pipeline, text, DAY)


def test_a_claim_past_an_aside(pipeline) -> None:
    text = ("تبنى تنظيم داعش، في بيان نشرته وكالة أعماق التابعة له، الهجوم الانتحاري الذي استهدف تجمعاً "
            "لمقاتلي الحشد الشعبي قرب مدينة بيجي.")
    assert ("015", ["IMGMUSISI"], []) in coded_parties(pipeline, text, DAY)


def test_an_adopted_policy_is_no_claim(pipeline) -> None:
    # near miss: the object after the subject and its aside is a policy, not an act of force
    text = "تبنت الحكومة العراقية، في جلستها الأسبوعية، خطة جديدة لتطوير قطاع الكهرباء."
    assert not any(cameo == "015" for cameo, _s, _t in coded_parties(pipeline, text, DAY))
