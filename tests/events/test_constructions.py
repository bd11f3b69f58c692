"""Constructions of the second coverage pass: light verbs, VSO order, verbal nouns and status particles.

Every sentence was written for these tests (none is taken from a corpus or the gold files).  Actors are
placed by hand, so a pattern that stops matching, matches with the wrong code, or fires on a look-alike
non-event fails here.
"""

from __future__ import annotations

import pytest

from tests.events.test_coder import assert_coded_once, only

CASES = [
    # (sentence, actors, PLOVER type or None, CAMEO code, source codes)
    ("سيّرت الهيئة الخيرية الأردنية قافلة إغاثة إلى مخيمات النازحين.",
     [("الهيئة الخيرية الأردنية", "JORGOV")], "AID", "073", ["JORGOV"]),
    ("نفذت طائرات مصرية إنزالاً جوياً لمساعدات غذائية فوق مدينة الفاشر.",
     [("طائرات مصرية", "EGYMIL")], "AID", "073", ["EGYMIL"]),
    ("قدمت اليابان دعماً مالياً لبرنامج إعادة الإعمار في العراق.",
     [("اليابان", "JPN")], "AID", "071", ["JPNGOV"]),
    ("وسّع الاتحاد الأوروبي عقوباته على روسيا لتشمل قطاع الألماس.",
     [("الاتحاد الأوروبي", "IGOEUREEC"), ("روسيا", "RUS")], "SANCTION", "163", ["IGOEUREEC"]),
    ("أدرجت الخزانة الأمريكية ثلاث شركات صرافة على لائحة العقوبات.",
     [("الخزانة الأمريكية", "USAGOV")], "SANCTION", "163", ["USAGOV"]),
    ("أمهلت الحكومة الكينية السفير الصومالي 48 ساعة لمغادرة البلاد.",
     [("الحكومة الكينية", "KENGOV"), ("السفير الصومالي", "SOMGOV")], "SANCTION", "166", ["KENGOV"]),
    ("سحبت السنغال سفيرها من باريس للتشاور.",
     [("السنغال", "SEN"), ("باريس", "FRAGOV")], "SANCTION", "161", ["SENGOV"]),
    ("خرج آلاف المحتجين إلى الشوارع في مدينة الخرطوم.",
     [("المحتجين", "SDNCVL")], "PROTEST", "141", ["SDNCVL"]),
    ("هتف المتظاهرون بشعارات مناهضة للحكومة وسط بغداد.",
     [("المتظاهرون", "IRQCVL")], "PROTEST", "141", ["IRQCVL"]),
    ("أعلنت نقابة الأطباء الدخول في إضراب مفتوح عن الطعام.",
     [("نقابة الأطباء", "JORLAB")], "PROTEST", "142", ["JORLAB"]),
    ("أوقفت الشرطة المغربية ثلاثة ناشطين في الرباط.",
     [("الشرطة المغربية", "MARCOP")], "COERCE", "173", ["MARCOP"]),
    ("فرقت قوات الأمن التونسية المتظاهرين بالهراوات أمام البرلمان.",
     [("قوات الأمن التونسية", "TUNCOP")], "ASSAULT", "175", ["TUNCOP"]),
    ("تبادلت أرمينيا وأذربيجان ثلاثين أسيراً بوساطة أمريكية.",
     [("أرمينيا وأذربيجان", ["ARM", "AZE"])], "RETREAT", "0841", ["ARMGOV", "AZEGOV"]),
    ("أطلقت السلطات البيلاروسية سراح ناشط معارض بارز.",
     [("السلطات البيلاروسية", "BLRGOV")], "RETREAT", "0841", ["BLRGOV"]),
    ("ألقى مقاتلو الفصيل المسلح أسلحتهم في ريف درعا.",
     [("مقاتلو الفصيل المسلح", "SYRREB")], "RETREAT", "0873", ["SYRREB"]),
    ("أرسلت فرنسا حاملة طائرات إلى شرق المتوسط.",
     [("فرنسا", "FRA")], "MOBILIZE", "154", ["FRAMIL"]),
    ("استدعت إسرائيل آلاف جنود الاحتياط.",
     [("إسرائيل", "ISR")], "MOBILIZE", "154", ["ISRMIL"]),
    ("أكدت تونس وقوفها إلى جانب الشعب الليبي.",
     [("تونس", "TUN")], "SUPPORT", "051", ["TUNGOV"]),
    ("قبلت الحكومة السودانية المقترح السعودي لوقف إطلاق النار.",
     [("الحكومة السودانية", "SDNGOV")], "AGREE", "030", ["SDNGOV"]),
    ("صادق البرلمان التركي على اتفاقية التعاون الأمني مع ليبيا.",
     [("البرلمان التركي", "TURLEG")], "AGREE", "057", ["TURLEG"]),
    ("اعترضت الصين على مشروع القرار الأمريكي.",
     [("الصين", "CHN")], "REJECT", "120", ["CHNGOV"]),
    ("اندلعت معارك عنيفة بين الجيش السوداني وقوات الدعم السريع.",
     [("الجيش السوداني", "SDNMIL"), ("قوات الدعم السريع", "SDNREB")], "ASSAULT", "190", ["SDNMIL", "SDNREB"]),
    ("أعلنت حركة الشباب مسؤوليتها عن تفجير استهدف قاعدة عسكرية.",
     [("حركة الشباب", "SOMREBSHB")], None, "015", ["SOMREBSHB"]),
]


@pytest.mark.parametrize(("text", "actors", "etype", "cameo", "source"), CASES,
                         ids=[c[3] + ":" + c[0].split()[0] for c in CASES])
def test_construction_is_coded(make_doc, text, actors, etype, cameo, source):
    assert_coded_once(make_doc(text, actors=actors), etype, cameo, source)


NEGATIVES = [
    # the new constructions' words where they name no political act
    ("نزل الجيش اللبناني إلى الشوارع لفرض الأمن بعد الانفجار.", [("الجيش اللبناني", "LBNMIL")], "PROTEST"),
    ("حظرت الحكومة المصرية تصدير الأرز حتى نهاية الموسم.", [("الحكومة المصرية", "EGYGOV")], "SANCTION"),
    ("أدرجت اليونسكو مدينة البتراء على قائمة التراث العالمي.", [("اليونسكو", "IGOUNO")], "SANCTION"),
    ("خفض البنك المركزي التركي سعر الفائدة نصف نقطة.", [("البنك المركزي التركي", "TURGOV")], "SANCTION"),
    ("أكد الوزير الإيراني أن العقوبات الأمريكية فشلت في تحقيق أهدافها.", [("الوزير الإيراني", "IRNGOV")],
     "SANCTION"),
    ("اعترضت الدفاعات الجوية الإسرائيلية صاروخاً أطلق من لبنان.", [("الدفاعات الجوية الإسرائيلية", "ISRMIL")],
     "REJECT"),
    ("تجمع المصلون في ساحة المسجد لأداء صلاة العيد.", [], "PROTEST"),
    ("أوقفت الحكومة الأردنية تصدير الخضار إلى الخارج مؤقتاً.", [("الحكومة الأردنية", "JORGOV")], "SANCTION"),
    ("توصلت الأطراف إلى حل يرضي جميع الأحزاب السياسية.", [], "COERCE"),
]


@pytest.mark.parametrize(("text", "actors", "etype"), NEGATIVES, ids=[n[0].split()[0] for n in NEGATIVES])
def test_look_alike_is_not_coded(make_doc, text, actors, etype):
    # the trigger lexicon's own matches (the learned backstop is tested on its own)
    doc = make_doc(text, actors=actors)
    assert [(e.event_type, e.cameo, e.trigger.text) for e in doc.events
            if e.event_type == etype and not e.pattern.startswith("backstop.")] == []


def test_conditional_in_before_a_verb_is_hypothetical(make_doc):
    doc = make_doc("إنْ هاجمت إسرائيل المنشآت النووية الإيرانية فإن المنطقة ستشتعل.",
                   actors=[("إسرائيل", "ISR")])
    assert only(doc, "ASSAULT").status == "hypothetical"


def test_an_before_a_past_verb_is_not_a_condition(make_doc):
    doc = make_doc("انسحبت الفصائل من البلدة بعد أن هاجمت القوات الحكومية مواقعها.",
                   actors=[("القوات الحكومية", "SYRMIL")])
    assert only(doc, "ASSAULT").status == "asserted"


def test_ma_heading_the_clause_negates_a_bare_verb(make_doc):
    doc = make_doc("ما قصفت الطائرات الروسية أي هدف مدني في إدلب.", actors=[("الطائرات الروسية", "RUSMIL")])
    assert only(doc, "ASSAULT").status == "negated"


def test_relative_ma_with_a_pronoun_is_no_negation(make_doc):
    doc = make_doc("ما قصفته الطائرات الروسية أمس كان مستودعاً للذخيرة.", actors=[("الطائرات الروسية", "RUSMIL")])
    assert only(doc, "ASSAULT").status == "asserted"


def test_eyewitnesses_make_a_claim(make_doc):
    doc = make_doc("قال شهود عيان إن الطائرات الروسية قصفت سوقاً شعبية في إدلب.",
                   actors=[("الطائرات الروسية", "RUSMIL")])
    assert only(doc, "ASSAULT").status == "claimed"


def test_halting_talks_does_not_code_the_talks(make_doc):
    doc = make_doc("علقت الحكومة السودانية مشاركتها في مفاوضات جدة.", actors=[("الحكومة السودانية", "SDNGOV")])
    assert [(e.event_type, e.cameo) for e in doc.events] == [("SANCTION", "164")]


def test_act_in_a_condition_after_a_threat_is_hypothetical(make_doc):
    doc = make_doc("هددت إيران بالرد إذا هاجمت إسرائيل منشآتها النووية.",
                   actors=[("إيران", "IRN"), ("إسرائيل", "ISR")])
    assert only(doc, "THREATEN").status == "asserted"
    assert only(doc, "ASSAULT").status == "hypothetical"


def test_if_not_condition_stays_inside_the_threat(make_doc):
    doc = make_doc("هددت واشنطن بفرض عقوبات إذا لم تنسحب القوات الروسية من المدينة.",
                   actors=[("واشنطن", "USAGOV"), ("القوات الروسية", "RUSMIL")])
    assert [e.event_type for e in doc.events if not e.pattern.startswith("backstop.")] == ["THREATEN"]
