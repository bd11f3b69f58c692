"""Lexicon patterns added for the misses of the seventh blind batch: armed groups massing fighters, call-up
campaigns, invitations to visit, arrests of writers and other professionals, joint air and naval patrols, and
drones (مسيّرات) told by an attack verb that are not marches.  Every sentence was written for these tests (other
countries and wording than the dev items), and every construction has a near miss that must stay uncoded."""

from __future__ import annotations

from tests.events.helpers import codes, lexical, of_type

# ---- 1. an armed group massing fighters

def test_rebels_massing_fighters_is_mobilization(make_doc):
    doc = make_doc("حشدت حركة الشباب نحو خمسمئة مقاتل قرب بلدة بلدوين استعداداً للتقدم نحوها.",
                   actors=[("حركة الشباب", "SOMREB")])
    [e] = lexical(of_type(doc, "MOBILIZE"))
    assert (e.cameo, codes(e.source), e.status, e.pattern) == ("154", ["SOMREB"], "asserted",
                                                               "mobilize.mass_fighters")


def test_massing_supporters_for_a_vote_is_no_mobilization(make_doc):
    doc = make_doc("حشد المرشح آلاف الناخبين في مهرجان انتخابي بمدينة كانو.")
    assert of_type(doc, "MOBILIZE") == []


# ---- 2. a call-up campaign launched

def test_army_launching_a_call_up_campaign_is_mobilization(make_doc):
    doc = make_doc("أطلق الجيش المالي حملة تعبئة في منطقة موبتي لتجنيد الشباب.", actors=[("الجيش المالي", "MLIMIL")])
    [e] = lexical(of_type(doc, "MOBILIZE"))
    assert (e.cameo, codes(e.source), e.pattern) == ("154", ["MLIMIL"], "mobilize.call_up")


def test_a_vaccination_campaign_is_no_mobilization(make_doc):
    doc = make_doc("أطلقت وزارة الصحة المالية حملة تطعيم ضد الحصبة في منطقة موبتي.")
    assert of_type(doc, "MOBILIZE") == []


# ---- 3. an invitation to visit or to meet

def test_inviting_a_president_to_visit_is_intent_to_meet(make_doc):
    doc = make_doc("دعا رئيس الوزراء الياباني الرئيس الفيتنامي لزيارة طوكيو في الربيع المقبل.",
                   actors=[("رئيس الوزراء الياباني", "JPNGOV"), ("الرئيس الفيتنامي", "VNMGOV")])
    [e] = lexical(of_type(doc, "AGREE"))
    assert (e.cameo, codes(e.source), codes(e.target), e.pattern) == ("036", ["JPNGOV"], ["VNMGOV"],
                                                                       "agree.invite")


def test_calling_for_talks_stays_an_appeal(make_doc):
    doc = make_doc("دعا رئيس الوزراء الياباني الحكومة الفيتنامية إلى استئناف الحوار بشأن الصيد.",
                   actors=[("رئيس الوزراء الياباني", "JPNGOV"), ("الحكومة الفيتنامية", "VNMGOV")])
    assert of_type(doc, "AGREE") == []


# ---- 4. arrest of a writer or other professional by أوقف

def test_authorities_stopping_a_researcher_is_an_arrest(make_doc):
    doc = make_doc("أوقفت الشرطة التونسية الباحث الجامعي لدى عودته من روما.", actors=[("الشرطة التونسية", "TUNCOP")])
    [e] = lexical(of_type(doc, "COERCE"))
    assert (e.cameo, codes(e.source), e.pattern) == ("173", ["TUNCOP"], "coerce.detain")


def test_a_writer_stopping_his_column_is_no_arrest(make_doc):
    doc = make_doc("أوقف الكاتب التونسي عموده الأسبوعي في الصحيفة بعد عشرين عاماً.")
    assert of_type(doc, "COERCE") == []


# ---- 5. joint air and naval patrols

def test_joint_naval_patrol_is_military_cooperation(make_doc):
    doc = make_doc("سيّرت القوات البحرية الهندية والفرنسية دورية بحرية مشتركة في المحيط الهندي.",
                   actors=[("القوات البحرية الهندية والفرنسية", "INDMIL")])
    [e] = lexical(of_type(doc, "COOPERATE"))
    assert (e.cameo, e.pattern) == ("062", "coop.joint_drill")


def test_a_single_navy_patrol_is_no_cooperation(make_doc):
    doc = make_doc("سيّرت القوات البحرية الهندية دورية بحرية في المحيط الهندي.")
    assert of_type(doc, "COOPERATE") == []


# ---- 6. drones told by an attack verb are not marches

def test_drones_attacking_a_depot_are_no_protest(make_doc):
    doc = make_doc("هاجمت مسيّرات مجهولة مستودعاً للوقود قرب مدينة بيلغورود فجر الجمعة.")
    assert of_type(doc, "PROTEST") == []


def test_marches_in_the_capital_stay_a_protest(make_doc):
    doc = make_doc("نظم أنصار المعارضة مسيرات في شوارع نيروبي ضد رفع أسعار الوقود.",
                   actors=[("أنصار المعارضة", "KENOPP")])
    [e] = lexical(of_type(doc, "PROTEST"))
    assert (e.cameo, codes(e.source)) == ("141", ["KENOPP"])


# ---- 7. a new round of dialogue

def test_a_new_round_of_dialogue_is_a_meeting(make_doc):
    doc = make_doc("بدأت الحكومة الكولومبية ومتمردو جيش التحرير الوطني جولة جديدة من الحوار في هافانا.",
                   actors=[("الحكومة الكولومبية", "COLGOV"), ("متمردو جيش التحرير الوطني", "COLREB")])
    [e] = lexical(of_type(doc, "CONSULT"))
    assert (e.cameo, e.pattern, e.status) == ("040", "consult.rounds", "asserted")
    assert "COLGOV" in codes(e.source)


def test_a_round_of_a_tennis_tournament_is_no_meeting(make_doc):
    doc = make_doc("خرج اللاعب الكولومبي من الجولة الثانية لبطولة ويمبلدون.")
    assert of_type(doc, "CONSULT") == []
