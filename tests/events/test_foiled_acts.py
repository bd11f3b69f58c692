"""A thwarted attack or abduction (أحبط، أفشل، أجهض + the act's noun) did not take place: it is not coded, and
the force that thwarted it is never made the attacker.  Sentences written for these tests."""

from __future__ import annotations

from tests.events.helpers import codes, of_type


def test_an_attack_foiled_by_the_police_is_not_their_attack(make_doc):
    doc = make_doc("أحبطت قوات الأمن المصرية هجوماً إرهابياً على كنيسة في القاهرة أمس.",
                   actors=[("قوات الأمن المصرية", "EGYCOP")])
    assert of_type(doc, "ASSAULT") == []


def test_a_verbal_noun_of_thwarting_before_the_attack(make_doc):
    doc = make_doc("تمكنت القوات العراقية من إحباط هجوم انتحاري في بغداد.",
                   actors=[("القوات العراقية", "IRQMIL")])
    assert of_type(doc, "ASSAULT") == []


def test_a_foiled_abduction_is_not_coded(make_doc):
    doc = make_doc("أحبطت الشرطة اللبنانية عملية اختطاف رجل أعمال في بيروت.",
                   actors=[("الشرطة اللبنانية", "LBNCOP")])
    assert of_type(doc, "ASSAULT") == [] and of_type(doc, "COERCE") == []


def test_an_aborted_bombing_is_not_coded(make_doc):
    doc = make_doc("أجهضت قوات الأمن التونسية اعتداء على مركز للشرطة في القصرين.",
                   actors=[("قوات الأمن التونسية", "TUNCOP")])
    assert of_type(doc, "ASSAULT") == []


def test_the_force_that_foiled_an_attack_still_kills_the_attackers(make_doc):
    doc = make_doc("أحبط الجيش المصري هجوماً وقتل ثلاثة مسلحين في سيناء.",
                   actors=[("الجيش المصري", "EGYMIL")])
    [killing] = of_type(doc, "ASSAULT")
    assert killing.trigger.text.endswith("قتل") and codes(killing.source) == ["EGYMIL"]


def test_an_attack_after_a_clause_break_is_not_foiled(make_doc):
    doc = make_doc("فشلت المفاوضات، فشنت الطائرات الروسية غارات على مواقع المسلحين في إدلب.",
                   actors=[("الطائرات الروسية", "RUSMIL")])
    assert [codes(e.source) for e in of_type(doc, "ASSAULT")] == [["RUSMIL"]]
