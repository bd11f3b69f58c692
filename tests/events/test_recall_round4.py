"""Recall round 4 (coder sections 21-28): acts told as done inside a verbal act, parties passed on from the act
that yields or frames another, conjoined future verbs, the warned party, a recall's purpose, verbal nouns after
governors, an arrest's leading-away, and a request received.

Every sentence was written for these tests (none is taken from a corpus or the gold files).  Each rule is paired
with a near miss that must stay uncoded or keep its reading, so a rule that widens too far fails.
"""

from __future__ import annotations

from tests.events.helpers import code_text, codes, lexical, of_type


def _triggers(doc, event_type: str) -> list[str]:
    return [e.trigger.text for e in lexical(of_type(doc, event_type))]


# section 21: content narrowed


def test_doubled_root_verb_after_waw_is_the_next_act(pipeline):
    doc = code_text(pipeline, "اتهمت المعارضة السورية الحزب بغزو أراضيها وهدد قادتها بنقل المعركة إلى لبنان.")
    assert _triggers(doc, "ACCUSE")
    assert [t.lstrip("و") for t in _triggers(doc, "THREATEN")] == ["هدد"]


def test_three_letter_form_that_is_also_a_noun_stays_content(pipeline):
    doc = code_text(pipeline, "طالبت الحكومة المصرية بوقف القتال وقصف المدن فوراً.")
    assert of_type(doc, "ASSAULT") == []


def test_consented_act_written_like_its_verb(pipeline):
    doc = code_text(pipeline, "وافق مجلس إدارة البنك الدولي على صرف شريحة بقيمة 300 مليون دولار للأردن.")
    assert _triggers(doc, "AID") == ["صرف"]
    assert of_type(doc, "AGREE") == []


def test_act_of_a_welcomed_decision_is_coded(pipeline):
    doc = code_text(pipeline, "رحبت الحكومة السودانية بقرار الاتحاد الأوروبي رفع العقوبات المفروضة على البلاد.")
    retreats = lexical(of_type(doc, "RETREAT"))
    assert [e.trigger.text for e in retreats] == ["رفع العقوبات"]
    assert codes(retreats[0].source) == ["IGOEUREEC"]
    assert _triggers(doc, "SUPPORT") == ["رحبت"]


def test_demanded_act_without_a_decision_stays_content(pipeline):
    doc = code_text(pipeline, "طالبت الحكومة السودانية الاتحاد الأوروبي برفع العقوبات المفروضة على البلاد.")
    assert of_type(doc, "RETREAT") == []


def test_meeting_right_after_a_verbal_act_is_its_subject(pipeline):
    doc = code_text(pipeline, "دعت القمة العربية الطارئة إلى وقف الحرب على لبنان فوراً.")
    assert _triggers(doc, "CONSULT") == ["قمة"]
    appeals = [e for e in doc.events if e.cameo.startswith("02")]
    assert appeals and codes(appeals[0].source) == codes(lexical(of_type(doc, "CONSULT"))[0].source)


def test_meeting_as_object_of_a_call_stays_content(pipeline):
    doc = code_text(pipeline, "دعت مصر إلى اجتماع طارئ لمجلس الأمن.")
    assert of_type(doc, "CONSULT") == []


# section 22: parties passed on


def test_outcome_takes_the_parties_of_the_talks(pipeline):
    doc = code_text(pipeline, "أسفرت المباحثات المصرية السودانية في الخرطوم عن تفاهم على تنسيق المواقف.")
    agreements = lexical(of_type(doc, "AGREE"))
    assert [e.trigger.text for e in agreements] == ["تفاهم"]
    assert sorted(codes(agreements[0].source)) == ["EGYGOV", "SDNGOV"]


def test_outcome_of_an_act_without_parties_stays_uncoded(pipeline):
    doc = code_text(pipeline, "أسفرت الاشتباكات عن تفاهم مؤقت.")
    assert of_type(doc, "AGREE") == []


def test_ordered_act_after_the_speakers_pronoun(pipeline):
    doc = code_text(pipeline, "أعلن الرئيس الفرنسي أنه سيأمر برفع القيود المفروضة على لبنان.")
    retreats = lexical(of_type(doc, "RETREAT")) + lexical(of_type(doc, "CONCEDE"))
    assert retreats and codes(retreats[0].source) == ["FRAGOV"]


LETTER = "بعث الرئيس التونسي رسالة إلى الرئيس الجزائري، دعاه{} إلى القيام بزيارة عمل في أقرب وقت."


def test_invitation_made_in_a_letter(pipeline):
    doc = code_text(pipeline, LETTER.format(" فيها"))
    invites = [e for e in lexical(of_type(doc, "AGREE")) if e.trigger.text == "دعاه"]
    assert [(codes(e.source), codes(e.target)) for e in invites] == [(["TUNGOV"], ["DZAGOV"])]
    assert _triggers(doc, "CONSULT") == ["رسالة"]


def test_verb_after_a_comma_without_fiha_takes_no_addressee(pipeline):
    doc = code_text(pipeline, LETTER.format(""))
    invites = [e for e in lexical(of_type(doc, "AGREE")) if e.trigger.text == "دعاه"]
    assert all("DZAGOV" not in codes(e.target) for e in invites)


# section 23: a conjoined future verb


def test_conjoined_future_verb_is_a_second_act(pipeline):
    doc = code_text(pipeline, "أعلنت كندا أنها ستعلق المحادثات التجارية مع الهند وستفرض عقوبات على عدد من المسؤولين.")
    sanctions = lexical(of_type(doc, "SANCTION"))
    assert len(sanctions) == 2
    assert all(e.status == "intended" for e in sanctions)


def test_one_future_verb_with_two_objects_is_one_act(pipeline):
    doc = code_text(pipeline, "أعلنت كندا أنها ستفرض عقوبات على عدد من المسؤولين الهنود.")
    assert len(lexical(of_type(doc, "SANCTION"))) == 1


# section 24: the warned party


def test_warned_party_is_the_threats_target(pipeline):
    doc = code_text(pipeline, "حذّرت روسيا بريطانيا من أنها ستتحمل العواقب إذا أرسلت صواريخ إلى أوكرانيا.")
    threats = lexical(of_type(doc, "THREATEN"))
    assert [(codes(e.source), codes(e.target)) for e in threats] == [(["RUSGOV"], ["GBRGOV"])]


def test_warning_without_an_object_names_no_target_of_its_own_side(pipeline):
    doc = code_text(pipeline, "حذّرت روسيا من أنها ستتحمل العواقب.")
    assert all("RUSGOV" not in codes(e.target) and "RUS" not in codes(e.target)
               for e in lexical(of_type(doc, "THREATEN")))


# section 25: a recall for consultations


def test_recall_for_consultations_is_no_meeting(pipeline):
    doc = code_text(pipeline, "استدعت الحكومة الكينية سفيرها لدى أوغندا للتشاور، احتجاجاً على الاتفاق الذي وقعته"
                              " أوغندا مع جنوب السودان.")
    assert _triggers(doc, "SANCTION") == ["استدعت"]
    assert of_type(doc, "CONSULT") == []


def test_consultations_far_from_a_recall_stay_a_meeting(pipeline):
    doc = code_text(pipeline, "أجرى وزير الخارجية الكيني مشاورات مع نظيره الأوغندي في نيروبي.")
    assert of_type(doc, "CONSULT")


# section 26: verbal nouns after governors


def test_verb_form_after_a_governing_noun_is_a_cause(pipeline):
    doc = code_text(pipeline, "استدعت الخارجية الليبية السفير التركي، على خلفية قصف مواقع في مدينة مصراتة.")
    assert of_type(doc, "ASSAULT") == []


def test_finite_verb_form_keeps_its_act(pipeline):
    doc = code_text(pipeline, "قصف الجيش التركي مواقع في شمال العراق أمس.")
    assert _triggers(doc, "ASSAULT") == ["قصف"]


# section 27: the leading-away of an arrest


def test_arrest_and_leading_away_are_one_act(pipeline):
    doc = code_text(pipeline, "اعتقلت الشرطة المصرية ناشطاً معارضاً في منزله، واقتادته إلى مركز للتحقيق.")
    assert len(lexical(of_type(doc, "COERCE"))) == 1


def test_raid_and_leading_away_stay_two_acts(pipeline):
    doc = code_text(pipeline, "داهمت الشرطة المصرية مقر الحزب في القاهرة، واقتادت رئيسه إلى مركز للتحقيق.")
    assert len(lexical(of_type(doc, "COERCE"))) == 2


# section 28: a request received


def test_refused_request_with_a_nisba_is_a_record(pipeline):
    doc = code_text(pipeline, "رفضت الحكومة الليبية طلباً مصرياً بإغلاق المعبر الحدودي.")
    requests = lexical(of_type(doc, "REQUEST"))
    assert [(codes(e.source), codes(e.target)) for e in requests] == [(["EGYGOV"], ["LBYGOV"])]


def test_refused_request_in_a_genitive_stays_content(pipeline):
    doc = code_text(pipeline, "رفضت الحكومة الليبية طلب جامعة الدول العربية إغلاق المعبر الحدودي.")
    assert of_type(doc, "REQUEST") == []


def test_deal_signed_in_a_relative_clause_inside_a_refusal_is_done(pipeline):
    doc = code_text(pipeline, "أعلنت الجامعة العربية رفضها الاتفاق الذي وقعته إثيوبيا مع إقليم أرض الصومال.")
    deals = lexical(of_type(doc, "AGREE"))
    assert [e.trigger.text for e in deals] == ["وقعته"]
    assert codes(deals[0].source) == ["ETHGOV"]


def test_own_deal_in_a_relative_clause_stays_content(pipeline):
    doc = code_text(pipeline, "رفضت مصر الاتفاق الذي وقعته مع إثيوبيا.")
    assert of_type(doc, "AGREE") == []


# section 29: a charge the accused denies


def test_charged_act_denied_by_the_accused_is_coded_denied(pipeline):
    doc = code_text(pipeline, "اتهمت الحكومة الليبية مصر بتزويد قوات حفتر بالأسلحة، وهو ما نفته القاهرة.")
    supplies = lexical(of_type(doc, "AID"))
    assert [(e.status, codes(e.source)) for e in supplies] == [("denied", ["EGYGOV"])]


def test_charged_act_denied_after_fi_hin_is_coded_denied(pipeline):
    doc = code_text(pipeline, "اتهم الجيش الإثيوبي جبهة تحرير تيغراي بقصف مخيم للاجئين، في حين نفت الجبهة أي صلة لها"
                              " بالهجوم.")
    attacks = [e for e in lexical(of_type(doc, "ASSAULT")) if e.status == "denied"]
    assert attacks


def test_charge_with_no_denial_keeps_its_content(pipeline):
    doc = code_text(pipeline, "اتهمت الحكومة الليبية مصر بتزويد قوات حفتر بالأسلحة.")
    assert of_type(doc, "AID") == []


# section 24: an operation or an aid on foreign ground


def test_operation_in_a_foreign_place_targets_that_country(pipeline):
    doc = code_text(pipeline, "وسّعت إسرائيل عملياتها البرية في جنوب لبنان.")
    assert [codes(e.target) for e in lexical(of_type(doc, "ASSAULT"))] == [["LBN"]]


def test_operation_at_home_finds_no_target(pipeline):
    doc = code_text(pipeline, "وسّعت إسرائيل عملياتها البرية في صحراء النقب.")
    assert of_type(doc, "ASSAULT") == []


def test_funding_in_a_foreign_place_targets_that_country(pipeline):
    doc = code_text(pipeline, "ستموّل قطر شحنات الوقود لمحطة الكهرباء في قطاع غزة لستة أشهر.")
    assert [codes(e.target) for e in lexical(of_type(doc, "AID"))] == [["PSE"]]


def test_funding_at_home_finds_no_target(pipeline):
    doc = code_text(pipeline, "ستموّل قطر شحنات الوقود لمحطة الكهرباء في الدوحة.")
    assert of_type(doc, "AID") == []


def test_talks_where_a_demand_is_made_are_a_meeting(pipeline):
    doc = code_text(pipeline, "أصرّ الوفد الإيراني في محادثات مسقط مع الجانب الأمريكي على رفع العقوبات.")
    talks = lexical(of_type(doc, "CONSULT"))
    assert [e.trigger.text for e in talks] == ["محادثات"]
    assert codes(talks[0].target) == ["USAGOV"]


def test_talks_called_for_stay_content(pipeline):
    doc = code_text(pipeline, "دعت الأمم المتحدة الحكومة إلى المشاركة في محادثات مع المعارضة.")
    assert of_type(doc, "CONSULT") == []


def test_efforts_of_a_third_party_in_mediation_stay_content(pipeline):
    doc = code_text(pipeline, "أشادت الجامعة العربية بالجهود التي تبذلها دولة الكويت في الوساطة بين الحكومة"
                              " السودانية والمعارضة.")
    assert of_type(doc, "CONSULT") == []
