"""Lexicon and context changes for the misses of the eighth blind batch: detentions of officials,
deportations of expatriates, closing airspace, a curfew imposed by a long-named command, dates of a later clause, and "مسلسل" as a run of acts.  Every
sentence was written for these tests, and each construction has a near miss that must stay as it was."""

from __future__ import annotations

from datetime import date

from tests.events.helpers import codes, of_type


def test_police_detaining_a_mayor(make_doc):
    doc = make_doc("أوقفت الشرطة الجورجية رئيس بلدية باتومي بتهمة التخابر مع جهة أجنبية.", actors=[("الشرطة الجورجية", "GEOCOP")])
    [e] = of_type(doc, "COERCE")
    assert (e.cameo, codes(e.source)) == ("173", ["GEOCOP"])


def test_deporting_all_expatriates(make_doc):
    doc = make_doc("قررت السلطات العمانية ترحيل جميع الوافدين المخالفين لقانون الإقامة.",
                   actors=[("السلطات العمانية", "OMNGOV")])
    [e] = of_type(doc, "COERCE")
    assert (e.cameo, codes(e.source)) == ("174", ["OMNGOV"])


def test_expelling_correspondents(make_doc):
    doc = make_doc("طردت السلطات في مالي مراسلة إذاعة فرنسا الدولية ومنحتها يومين لمغادرة البلاد.",
                   actors=[("السلطات", "MLIGOV")])
    assert [e.cameo for e in of_type(doc, "COERCE")] == ["174"]


def test_closing_airspace_to_a_state(make_doc):
    doc = make_doc("أغلقت باكستان مجالها الجوي أمام الطائرات الهندية.",
                   actors=[("باكستان", "PAKGOV"), ("الطائرات الهندية", "INDMIL")])
    [e] = of_type(doc, "COERCE")
    assert (e.cameo, codes(e.source), codes(e.target)) == ("191", ["PAKGOV"], ["INDMIL"])


def test_closing_the_door_is_no_airspace(make_doc):
    doc = make_doc("أغلقت الحكومة الباب أمام أي حوار مع النقابات.", actors=[("الحكومة", "PAKGOV")])
    assert [e for e in of_type(doc, "COERCE") if e.pattern == "coerce.close_airspace"] == []


def test_a_curfew_imposed_by_a_long_named_command(make_doc):
    doc = make_doc("فرضت قيادة عمليات محافظة البصرة الجنوبية حظراً شاملاً للتجوال في المدينة.",
                   actors=[("قيادة عمليات محافظة البصرة الجنوبية", "IRQMIL")])
    [e] = of_type(doc, "COERCE")
    assert e.cameo == "1723"


def test_a_date_in_a_later_clause_does_not_make_the_act_history(make_doc):
    doc = make_doc("أعلنت الحكومة البولندية طرد دبلوماسيين روسيين، بعد أن خلص تحقيق أجرته النيابة إلى تورط "
                   "عملاء روس في حريق مركز تجاري في وارسو عام 2016.",
                   actors=[("الحكومة البولندية", "POLGOV")], day=date(2024, 5, 20))
    assert [e.cameo for e in of_type(doc, "SANCTION")] == ["166"]


def test_an_act_dated_years_ago_is_still_history(make_doc):
    doc = make_doc("طردت الحكومة البولندية دبلوماسيين روسيين عام 2016.",
                   actors=[("الحكومة البولندية", "POLGOV")], day=date(2024, 5, 20))
    assert of_type(doc, "SANCTION") == []


def test_a_run_of_acts_called_a_series_is_no_fiction(make_doc):
    doc = make_doc("اعتقلت الشرطة الإيرانية صحفيين اثنين في مسلسل التضييق على الصحافة.",
                   actors=[("الشرطة الإيرانية", "IRNCOP")])
    assert [e.cameo for e in of_type(doc, "COERCE")] == ["173"]


def test_a_television_series_is_still_fiction(make_doc):
    doc = make_doc("يعرض مسلسل «الحصار» اعتقال الشرطة الإيرانية صحفيين اثنين.", actors=[("الشرطة الإيرانية", "IRNCOP")])
    assert of_type(doc, "COERCE") == []


def test_a_television_series_named_by_its_nisba_is_still_fiction(make_doc):
    doc = make_doc("تدور أحداث المسلسل التونسي الجديد حول خلية تخطط لتفجير قطار في العاصمة.")
    assert of_type(doc, "ASSAULT") == []
