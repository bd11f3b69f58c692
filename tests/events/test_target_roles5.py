"""Target rules, fifth round (coder section 32): a party after «ضد / بحق» is whom a hostile act is aimed at; a threat
made against the actor of its condition is made against that state's government; a country's land named by its
adjective (الأراضي الليبية) is that country for force and withdrawal; people counted by their nisba (14 فلسطينياً)
are that country's civilians; the subject of a verb of receiving before an aid noun (تسلم … من المساعدات) is the one
helped.

Every sentence was written for these tests (none is taken from a corpus or the gold files).  Each rule has a near
miss where it must not fire: an empty target is better than a wrong one.
"""

from __future__ import annotations

from tests.events.helpers import code_text, roles_of, targets

# --- «ضد»: the party a hostile act is aimed at -------------------------------------------------------------------


def test_against_after_a_threat_content_is_its_target(pipeline):
    # the pattern's own target is a direct object or ب (the threat's content); ضد names whom it is made against
    doc = code_text(pipeline, "هدد وزير الدفاع الإيراني باستخدام القوة ضد أذربيجان.")
    assert targets(doc, "THREATEN") == [["AZEGOV"]]


def test_against_after_force_names_its_victims(pipeline):
    doc = code_text(pipeline, "استخدمت قوات الأمن العراقية القنابل الصوتية ضد المحتجين في البصرة.")
    assert roles_of(doc, "ASSAULT") == [(["IRQCOP"], ["IRQCVL"])]
    doc = code_text(pipeline, "لوّح الرئيس الأذربيجاني بشن عملية عسكرية واسعة ضد أرمينيا.")
    assert targets(doc, "THREATEN") == [["ARMGOV"]]


def test_against_in_another_clause_is_not_the_target(pipeline):
    # near miss: after the comma «بسبب هجمات ضد …» tells another act; the threat keeps no target rather than a wrong one
    doc = code_text(pipeline, "هدد الجيش السوداني بعمليات واسعة، بسبب هجمات ضد قوات الدعم السريع.")
    assert targets(doc, "THREATEN") == [[]]


def test_against_inside_a_charge_is_the_charged_acts_victim(pipeline):
    # near miss: «بالتحريض ضد الجيش» is what the accused did; the accused is the channel, not the army
    doc = code_text(pipeline, "اتهمت الحكومة المصرية قناة الجزيرة بالتحريض ضد الجيش.")
    tgts = targets(doc, "ACCUSE")
    assert tgts and all("EGYMIL" not in t for t in tgts)


# --- a threat against the actor of its condition: the state ------------------------------------------------------


def test_a_threat_against_a_states_condition_targets_its_government(pipeline):
    # the condition's attacker was coded TURMIL (a country using force); the threat is made against the state
    doc = code_text(pipeline, "إذا هاجمت تركيا مدينة منبج فإن ردنا سيكون قاسياً، قال قائد قوات سوريا الديمقراطية.")
    assert targets(doc, "THREATEN") == [["TURGOV"]]


def test_a_threats_direct_military_object_keeps_its_sector(pipeline):
    # near miss: no condition; the forces named as the object stay the forces (here the pattern finds none: empty)
    doc = code_text(pipeline, "توعدت حركة الشباب بمواصلة هجماتها على القوات الكينية.")
    assert all("KENGOV" not in t for t in targets(doc, "THREATEN"))


# --- a country's land named by its adjective ----------------------------------------------------------------------


def test_withdrawal_from_a_countrys_land_targets_that_country(pipeline):
    doc = code_text(pipeline, "انسحبت القوات الروسية من الأراضي الجورجية بعد أسابيع من المعارك.")
    assert roles_of(doc, "RETREAT") == [(["RUSMIL"], ["GEO"])]


def test_strikes_inside_a_countrys_land_target_that_country(pipeline):
    doc = code_text(pipeline, "قصفت الطائرات الإسرائيلية أهدافاً داخل الأراضي السورية فجر اليوم.")
    assert roles_of(doc, "ASSAULT") == [(["ISRMIL"], ["SYR"])]


def test_force_launched_from_a_land_is_not_aimed_at_it(pipeline):
    # near miss: rockets fired «من الأراضي اللبنانية» come from Lebanon; Lebanon is not their target
    doc = code_text(pipeline, "أطلق حزب الله صواريخ من الأراضي اللبنانية على مستوطنات في الجليل.")
    assert all("LBN" not in t for t in targets(doc, "ASSAULT"))


def test_troops_in_their_own_land_and_deployments_find_no_territory_target(pipeline):
    # near misses: a withdrawal inside the actor's own land; a deployment (left to its pattern)
    doc = code_text(pipeline, "انسحبت القوات الإثيوبية من الأراضي الإثيوبية المحاذية للحدود.")
    assert all("ETH" not in t for t in targets(doc, "RETREAT"))
    doc = code_text(pipeline, "نشرت باكستان قوات إضافية في الأراضي الباكستانية المحاذية لأفغانستان.")
    assert all("PAK" not in t and "PAKGOV" not in t for t in targets(doc, "MOBILIZE"))


# --- people counted by their nisba ---------------------------------------------------------------------------------


def test_counted_nationals_are_civilians_of_their_country(pipeline):
    doc = code_text(pipeline, "اعتقلت الشرطة التركية 12 مصرياً في إسطنبول.")
    assert roles_of(doc, "COERCE") == [(["TURCOP"], ["EGYCVL"])]
    doc = code_text(pipeline, "اعتقلت قوات الأمن الإسرائيلية 14 فلسطينياً في الخليل.")
    assert targets(doc, "COERCE") == [["PSECVL"]]


def test_nationals_among_people_counted_already_are_no_party(pipeline):
    # near miss: «بينهم أربعة سودانيين» is a share of the 120 released, not a target of its own
    doc = code_text(pipeline, "أفرجت الحكومة اليمنية عن 120 أسيراً، بينهم أربعة سودانيين.")
    assert all("SDNCVL" not in t for t in targets(doc, "RETREAT"))


# --- the subject of a verb of receiving is the one helped ----------------------------------------------------------


def test_the_receiver_of_aid_is_its_target_and_the_adjective_its_donor(pipeline):
    doc = code_text(pipeline, "تسلم الجيش الأردني كمية من المساعدات العسكرية الفرنسية.")
    assert roles_of(doc, "AID") == [(["FRAGOV"], ["JORMIL"])]


def test_a_country_obtaining_a_loan_is_its_government_and_the_lender_the_source(pipeline):
    doc = code_text(pipeline, "تأمل تونس أن تحصل على قرض من صندوق النقد الدولي بقيمة ملياري دولار.")
    assert roles_of(doc, "AID") == [(["IGOIMF"], ["TUNGOV"])]


def test_aid_given_keeps_its_giver_as_source(pipeline):
    # near miss: no verb of receiving; the subject gives
    doc = code_text(pipeline, "قدمت الحكومة الألمانية مساعدات إنسانية إلى السودان.")
    assert roles_of(doc, "AID") == [(["DEUGOV"], ["SDN"])]
