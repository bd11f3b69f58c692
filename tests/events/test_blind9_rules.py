"""Rules added after the ninth blind batch (Arabic newsroom periphrases: تم / جرى + verbal noun, قام ب …),
each checked on sentences written for these tests, with a counter-example where the rule could overreach."""

from __future__ import annotations

from tests.events.helpers import codes, of_type


def test_an_agreement_reached_by_a_passive_with_the_parties_after_bayn(make_doc):
    doc = make_doc("تم التوصل في العاصمة القطرية الدوحة إلى اتفاق لوقف القتال وتبادل المحتجزين والجرحى بين "
                   "الحكومة الكولومبية والمتمردين.",
                   actors=[("الحكومة الكولومبية والمتمردين", ["COLGOV", "COLREB"])])
    agree = of_type(doc, "AGREE")
    assert agree and sorted(codes(agree[0].source)) == ["COLGOV", "COLREB"]


def test_a_conjoined_passive_shares_the_earlier_subject(make_doc):
    doc = make_doc("داهمت الشرطة الإيرانية منزل الناشطة الحقوقية المعروفة في حي شمال العاصمة طهران فجر اليوم، "
                   "وجرى اعتقال ابنها بعد تفتيش المنزل.",
                   actors=[("الشرطة الإيرانية", "IRNCOP")])
    arrests = [e for e in of_type(doc, "COERCE") if e.trigger.text == "اعتقال"]
    assert [codes(e.source) for e in arrests] == [["IRNCOP"]]


def test_a_periphrasis_after_a_time_phrase_is_the_act_itself(make_doc):
    doc = make_doc("تعرضت وزارة الخارجية الليتوانية لهجوم إلكتروني، وقامت فيلنيوس على إثره بطرد دبلوماسيين روس.",
                   actors=[("فيلنيوس", "LTUGOV")])
    [e] = of_type(doc, "SANCTION")
    assert codes(e.source) == ["LTUGOV"]


def test_an_act_after_ithr_without_periphrasis_stays_background(make_doc):
    doc = make_doc("استدعت فيلنيوس السفير الروسي على إثر طرد موسكو دبلوماسيين ليتوانيين.",
                   actors=[("فيلنيوس", "LTUGOV"), ("موسكو", "RUSGOV")])
    assert [e.trigger.text for e in of_type(doc, "SANCTION")] != ["طرد"]


def test_a_toll_told_as_the_result_of_strikes_is_part_of_them(make_doc):
    doc = make_doc("شنت طائرات حربية روسية غارات على بلدة معرة حرمة، ما أسفر عن مقتل خمسة مدنيين.",
                   actors=[("طائرات حربية روسية", "RUSMIL")])
    [e] = of_type(doc, "ASSAULT")
    assert (codes(e.source), e.size.dead) == (["RUSMIL"], 5)


def test_a_claimed_attack_is_the_one_told_before(make_doc):
    doc = make_doc("أقدم انتحاري على تفجير نفسه وسط تجمع لحزب السلام في سوق بمدينة مقديشو، ما أسفر عن مقتل تسعة "
                   "أشخاص، وتبنت حركة الشباب الهجوم.",
                   actors=[("حزب السلام", "SOMPTY"), ("حركة الشباب", "SOMREBSHB")])
    [e] = of_type(doc, "ASSAULT")
    assert codes(e.source) == ["SOMREBSHB"]
    assert [x.cameo for x in doc.events if x.event_type is None] == ["015"]



# ---- threats told in warnings


def test_a_threat_in_a_warning_with_no_party_as_subject_is_the_warners(make_doc):
    doc = make_doc("حذّرت حركة الجهاد الإسلامي من أن المقاومة «سترد بكل قوة» في حال اقتحمت القوات الإسرائيلية مخيم جنين.",
                   actors=[("حركة الجهاد الإسلامي", "PSEREBISJ"), ("القوات الإسرائيلية", "ISRMIL")])
    [e] = of_type(doc, "THREATEN")
    assert codes(e.source) == ["PSEREBISJ"]
    assert e.status == "asserted"


def test_declaring_legitimate_targets_is_a_threat_of_force(make_doc):
    doc = make_doc("حذّر قائد الحرس الثوري من أن القواعد الأمريكية في المنطقة ستكون أهدافاً مشروعة إذا هوجمت إيران.",
                   actors=[("قائد الحرس الثوري", "IRNMIL")])
    [e] = of_type(doc, "THREATEN")
    assert (e.cameo, codes(e.source)) == ("138", ["IRNMIL"])


def test_a_legitimate_goal_is_no_threat(make_doc):
    doc = make_doc("قال الوزير إن تحسين الخدمات هدف مشروع للحكومة.", actors=[("الوزير", "IRQGOV")])
    assert [e for e in of_type(doc, "THREATEN") if e.cameo == "138"] == []


# ---- tolls with asides; protests during which people are arrested


def test_a_toll_with_an_aside_before_its_attack_is_part_of_it(make_doc):
    doc = make_doc("قُتل تسعة مدنيين، بينهم أربعة أطفال، وأصيب آخرون في غارات جوية شنتها طائرات حربية روسية على بلدة "
                   "سرمين.", actors=[("طائرات حربية روسية", "RUSMIL")])
    [e] = of_type(doc, "ASSAULT")
    assert (e.cameo, codes(e.source), e.size.dead) == ("195", ["RUSMIL"], 9)


def test_protests_during_which_people_are_arrested_are_a_second_act(make_doc):
    doc = make_doc("اعتقلت الشرطة البيلاروسية عشرات المتظاهرين في مينسك خلال احتجاجات تطالب بإعادة الانتخابات.",
                   actors=[("الشرطة البيلاروسية", "BLRCOP"), ("المتظاهرين", "BLRCVL")])
    assert [e.event_type for e in doc.events if e.event_type in ("COERCE", "PROTEST")] == ["COERCE", "PROTEST"]


def test_a_meeting_during_which_an_agreement_is_signed_stays_the_setting(make_doc):
    doc = make_doc("وقّع الجانبان اتفاقية للتعاون الأمني خلال الاجتماع.", actors=[("الجانبان", ["JORGOV", "IRQGOV"])])
    assert of_type(doc, "CONSULT") == []


# ---- an official touring his own country's schools or receiving its students is routine


def test_a_minister_visiting_his_countrys_schools_is_routine(make_doc):
    doc = make_doc("زار وزير التعليم العالي والبحث العلمي التونسي عدداً من الجامعات في ولاية صفاقس.",
                   actors=[("وزير التعليم العالي والبحث العلمي التونسي", "TUNGOV"), ("الجامعات", "TUNEDU")])
    assert of_type(doc, "CONSULT") == []


def test_a_minister_visiting_another_country_is_no_routine(make_doc):
    doc = make_doc("زار وزير التعليم العالي التونسي الجزائر وبحث مع نظيره الجزائري التعاون الجامعي.",
                   actors=[("وزير التعليم العالي التونسي", "TUNGOV"), ("الجزائر", "DZA"), ("نظيره الجزائري", "DZAGOV")])
    assert of_type(doc, "CONSULT") != []


def test_a_reception_told_as_a_setting_is_a_hosted_visit(make_doc):
    doc = make_doc("أشاد العاهل الأردني بدور مصر في المنطقة، وذلك لدى استقباله وزير الخارجية المصري في قصر الحسينية.",
                   actors=[("العاهل الأردني", "JORGOV"), ("مصر", "EGY"), ("وزير الخارجية المصري", "EGYGOV")])
    [e] = of_type(doc, "CONSULT")
    assert (e.cameo, codes(e.source), codes(e.target)) == ("043", ["JORGOV"], ["EGYGOV"])


def test_a_reception_of_nobody_named_is_no_visit(make_doc):
    doc = make_doc("أشاد العاهل الأردني بحسن التنظيم لدى استقباله في المطار.", actors=[("العاهل الأردني", "JORGOV")])
    assert of_type(doc, "CONSULT") == []


def test_officials_there_to_receive_guests_are_no_hosted_visit_of_the_pronoun(make_doc):
    doc = make_doc("وصل فريق الإنقاذ القطري إلى عدن وكان في استقبالهم عدد من المسؤولين في الحكومة اليمنية.",
                   actors=[("فريق الإنقاذ القطري", "QATGOV"), ("الحكومة اليمنية", "YEMGOV")])
    assert [e for e in of_type(doc, "CONSULT") if e.pattern == "consult.host_noun"] == []


def test_a_conference_with_states_taking_part_is_a_multilateral_meeting(make_doc):
    doc = make_doc("انطلقت في باريس أعمال مؤتمر دعم لبنان بمشاركة فرنسا والسعودية وقطر.",
                   actors=[("فرنسا والسعودية وقطر", ["FRAGOV", "SAUGOV", "QATGOV"])])
    [e] = of_type(doc, "CONSULT")
    assert (e.cameo, sorted(codes(e.source))) == ("040", ["FRAGOV", "QATGOV", "SAUGOV"])


def test_a_press_conference_is_no_multilateral_meeting(make_doc):
    doc = make_doc("عقد مؤتمر صحفي بمشاركة فرنسا والسعودية وقطر في باريس.",
                   actors=[("فرنسا والسعودية وقطر", ["FRAGOV", "SAUGOV", "QATGOV"])])
    assert [e for e in of_type(doc, "CONSULT") if e.pattern == "consult.conference"] == []
