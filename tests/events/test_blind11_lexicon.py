"""Lexicon changes for the misses of the eleventh blind batch, with near misses that must stay uncoded."""

from __future__ import annotations

from tests.events.helpers import codes, of_type


def test_forces_seizing_camps_after_a_long_subject(make_doc):
    doc = make_doc("سيطرت قوات المجلس الانتقالي الجنوبي المدعومة من الإمارات على معسكرات الحكومة في عدن.",
                   actors=[("قوات المجلس الانتقالي الجنوبي", "YEMREBSTC")])
    [e] = of_type(doc, "COERCE")
    assert (e.cameo, codes(e.source)) == ("192", ["YEMREBSTC"])


def test_a_company_controlling_a_market_is_no_seizure(make_doc):
    doc = make_doc("تسيطر الشركة الإماراتية على حصة كبيرة من سوق الاتصالات في المنطقة.",
                   actors=[("الشركة الإماراتية", "AREBUS")])
    assert of_type(doc, "COERCE") == []


def test_a_cable_of_condolence_to_a_head_of_state_is_contact(make_doc):
    doc = make_doc("بعث أمير قطر برقية تعزية إلى الرئيس التركي في ضحايا الزلزال.",
                   actors=[("أمير قطر", "QATGOV"), ("الرئيس التركي", "TURGOV")])
    [e] = of_type(doc, "CONSULT")
    assert (e.cameo, codes(e.source), codes(e.target)) == ("040", ["QATGOV"], ["TURGOV"])


def test_a_cable_office_is_no_contact(make_doc):
    doc = make_doc("افتتحت وزارة الاتصالات مكتباً جديداً للبرقيات في الدوحة.", actors=[("وزارة الاتصالات", "QATGOV")])
    assert of_type(doc, "CONSULT") == []


def test_an_envoy_conveying_a_message_to_a_host(make_doc):
    doc = make_doc("استقبل أمير الكويت وزير الخارجية الإيراني الذي نقل إليه رسالة من الرئيس الإيراني.",
                   actors=[("أمير الكويت", "KWTGOV"), ("وزير الخارجية الإيراني", "IRNGOV"), ("الرئيس الإيراني", "IRNGOV")])
    assert of_type(doc, "CONSULT") != []


def test_a_quoted_short_name_before_its_verb_is_the_subject(make_doc):
    doc = make_doc("وكانت «حركة الشباب» قد هددت الشهر الماضي باستهداف القواعد الكينية.",
                   actors=[("حركة الشباب", "SOMREBSHB")])
    [e] = of_type(doc, "THREATEN")
    assert codes(e.source) == ["SOMREBSHB"]


def test_a_long_quotation_before_a_verb_still_ends_the_clause(make_doc):
    doc = make_doc("قال قائد حركة الشباب «إن المقاتلين مستعدون للقتال في كل مكان» ثم هددت الحكومة بطرد الصحفيين.",
                   actors=[("حركة الشباب", "SOMREBSHB"), ("الحكومة", "SOMGOV")])
    assert all(codes(e.source) != ["SOMREBSHB"] for e in of_type(doc, "THREATEN"))


def test_a_movement_reporting_its_own_states_police_acts_is_a_third_party(make_doc):
    doc = make_doc("داهمت الشرطة التونسية مقر الحركة في العاصمة، بحسب ما أعلنته الحركة في بيان.",
                   actors=[("الشرطة التونسية", "TUNCOP"), ("الحركة", "TUNPTY")])
    [e] = of_type(doc, "COERCE")
    assert e.status == "claimed"


def test_a_ministry_reporting_its_own_police_acts_is_their_side(make_doc):
    doc = make_doc("داهمت الشرطة التونسية مقر الحركة في العاصمة، بحسب ما أعلنته وزارة الداخلية التونسية.",
                   actors=[("الشرطة التونسية", "TUNCOP"), ("وزارة الداخلية التونسية", "TUNGOV")])
    [e] = of_type(doc, "COERCE")
    assert e.status == "asserted"


def test_promising_that_an_attack_will_not_go_unanswered_is_a_threat(make_doc):
    doc = make_doc("قال وزير الدفاع التركي إن الهجوم على القاعدة لن يمر دون رد.",
                   actors=[("وزير الدفاع التركي", "TURMIL")])
    [e] = of_type(doc, "THREATEN")
    assert (codes(e.source), e.status) == (["TURMIL"], "asserted")


def test_a_vote_that_will_not_pass_is_no_threat(make_doc):
    doc = make_doc("قال رئيس البرلمان التركي إن القانون لن يمر دون تعديلات.", actors=[("رئيس البرلمان التركي", "TURLEG")])
    assert of_type(doc, "THREATEN") == []
