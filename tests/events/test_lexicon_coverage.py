"""Coverage pass over the trigger lexicon, driven by the vocabulary of Arabic news rather than by dev sentences.

Each trigger added in the pass (stabbing, sniping, ramming, beheading, killing told by صفّى / قضى على / قاتل /
دمّر, captures, grenades and fire balloons, foreigners expelled, entry barred, trials and charges, citizenship
revoked, towns retaken, cells caught, jailing, vows of revenge, walkouts, offers to mediate or help, states paying
for treatment, condolences, talks boycotted, acts called violations or war crimes,
fighters thrown in, visits told by their start or end, treaties approved or renewed, sums contributed, camps
built for refugees) has a positive sentence here in one or more conjugations, and every word that has a common
non-political sense has a near-miss that must stay uncoded.  Every sentence was written for these tests; actors
are placed by hand, so only the trigger and its constraints are under test.
"""

from __future__ import annotations

import pytest

from tests.events.test_coder import assert_coded_once, codes, only

CASES = [
    # (sentence, actors, PLOVER type or None for CAMEO-only, CAMEO code, source codes or None, target codes or None);
    # None leaves that role unchecked (the subject of a light verb before a verbal noun is not always found)
    # ASSAULT: stabbing, sniping, ramming
    ("طعن فلسطيني شرطياً إسرائيلياً قرب باب العامود في القدس.",
     [("فلسطيني", "PSECVL"), ("شرطياً إسرائيلياً", "ISRCOP")], "ASSAULT", "182", ["PSECVL"], ["ISRCOP"]),
    ("وطعنت شابة مستوطناً عند مدخل الخليل.", [("مستوطناً", "ISRCVL")], "ASSAULT", "182", [], None),
    ("أقدم شاب فلسطيني على طعن جندي إسرائيلي عند حاجز قلنديا.",
     [("شاب فلسطيني", "PSECVL"), ("جندي إسرائيلي", "ISRMIL")], "ASSAULT", "182", None, ["ISRMIL"]),
    ("قنص مسلحو تنظيم داعش جنديين عراقيين قرب الرمادي.",
     [("تنظيم داعش", "IMGMUSISI"), ("جنديين عراقيين", "IRQMIL")], "ASSAULT", "193", ["IMGMUSISI"], None),
    ("يقنص عناصر الميليشيا المارة في أحياء المدينة القديمة.", [("عناصر الميليشيا", "YEMREB")],
     "ASSAULT", "193", ["YEMREB"], None),
    ("دهس فلسطيني بسيارته ثلاثة جنود إسرائيليين قرب رام الله.",
     [("فلسطيني", "PSECVL"), ("جنود إسرائيليين", "ISRMIL")], "ASSAULT", "190", ["PSECVL"], None),
    # ASSAULT: beheading, burning alive, liquidation (targeted killing, 186)
    ("ذبح مسلحو تنظيم داعش واحداً وعشرين رهينة مصرياً على شاطئ في ليبيا.",
     [("تنظيم داعش", "IMGMUSISI")], "ASSAULT", "186", ["IMGMUSISI"], None),
    ("نحر مسلحو التنظيم رهينة يابانياً.", [("مسلحو التنظيم", "IMGMUSISI")], "ASSAULT", "186", ["IMGMUSISI"], None),
    ("قطعت عناصر داعش رؤوس عشرة جنود سوريين.", [("عناصر داعش", "IMGMUSISI")], "ASSAULT", "186", ["IMGMUSISI"], None),
    ("أحرق تنظيم داعش الطيار الأردني حياً.",
     [("تنظيم داعش", "IMGMUSISI"), ("الطيار الأردني", "JORMIL")], "ASSAULT", "186", ["IMGMUSISI"], None),
    ("أعلن الجيش المصري تصفية عشرة مسلحين في العريش.", [("الجيش المصري", "EGYMIL")], "ASSAULT", "186", ["EGYMIL"], None),
    ("يصفي الجيش المصري المسلحين في شمال سيناء.", [("الجيش المصري", "EGYMIL")], "ASSAULT", "186", ["EGYMIL"], None),
    # ASSAULT: killing told by قضى على، fighting told by قاتل، destruction of materiel
    ("قضى مسلحو حركة طالبان على عشرين جندياً أفغانياً في ولاية هلمند.",
     [("حركة طالبان", "AFGREBTAL")], "ASSAULT", "190", ["AFGREBTAL"], None),
    ("دمرت المقاتلات الروسية مستودعاً للذخيرة تابعاً لجبهة النصرة.",
     [("المقاتلات الروسية", "RUSMIL")], "ASSAULT", "190", ["RUSMIL"], None),
    ("وتدمر الطائرات السعودية منصات إطلاق الصواريخ في صعدة.",
     [("الطائرات السعودية", "SAUMIL")], "ASSAULT", "190", ["SAUMIL"], None),
    ("قاتلت القوات اليمنية الحوثيين في أطراف تعز.",
     [("القوات اليمنية", "YEMMIL"), ("الحوثيين", "YEMREBHOU")], "ASSAULT", "190", ["YEMMIL"], ["YEMREBHOU"]),
    ("وقاتلت قوات البيشمركة تنظيم داعش جنوب كركوك.",
     [("قوات البيشمركة", "IRQMIL"), ("تنظيم داعش", "IMGMUSISI")], "ASSAULT", "190", ["IRQMIL"], ["IMGMUSISI"]),
    # ASSAULT: captures, grenades and fire balloons, ambushes, land operations
    ("أسرت حركة حماس جندياً إسرائيلياً قرب معبر كرم أبو سالم.",
     [("حركة حماس", "PSEREBHMS"), ("جندياً إسرائيلياً", "ISRMIL")], "ASSAULT", "181", ["PSEREBHMS"], None),
    ("ألقى مسلحون ملثمون قنبلة يدوية على مركز للشرطة في المنامة.",
     [("مسلحون ملثمون", "BHRREB")], "ASSAULT", "190", ["BHRREB"], None),
    ("أطلق مسلحون فلسطينيون بالونات حارقة باتجاه المستوطنات.",
     [("مسلحون فلسطينيون", "PSEREB")], "ASSAULT", "190", ["PSEREB"], None),
    ("تعرضت دورية للجيش المصري لكمين في شمال سيناء.", [("للجيش المصري", "EGYMIL")], "ASSAULT", "190", [], None),
    ("شنت القوات الحكومية عملية عسكرية ضد المتمردين في دارفور.",
     [("القوات الحكومية", "SDNMIL"), ("المتمردين", "SDNREB")], "ASSAULT", "190", ["SDNMIL"], ["SDNREB"]),
    ("بدأ الجيش الباكستاني عملية برية ضد حركة طالبان.",
     [("الجيش الباكستاني", "PAKMIL"), ("حركة طالبان", "PAKREBTAL")], "ASSAULT", "190", ["PAKMIL"], ["PAKREBTAL"]),
    # COERCE
    ("طردت السلطات الكويتية مئات الوافدين المخالفين لقانون الإقامة.",
     [("السلطات الكويتية", "KWTGOV")], "COERCE", "174", ["KWTGOV"], None),
    ("منعت السلطات الإسرائيلية المصلين من دخول المسجد الأقصى.",
     [("السلطات الإسرائيلية", "ISRGOV")], "COERCE", "191", ["ISRGOV"], None),
    ("تمنع قوات الاحتلال الشاحنات من إدخال الوقود إلى قطاع غزة.",
     [("قوات الاحتلال", "ISRMIL")], "COERCE", "191", ["ISRMIL"], None),
    ("أغلقت السلطات الإسرائيلية المسجد الأقصى أمام المصلين.",
     [("السلطات الإسرائيلية", "ISRGOV")], "COERCE", "191", ["ISRGOV"], None),
    ("أحالت النيابة العامة المصرية زعيم جماعة الإخوان إلى محكمة الجنايات.",
     [("النيابة العامة المصرية", "EGYJUD"), ("زعيم جماعة الإخوان", "EGYOPP")], "COERCE", "173", ["EGYJUD"], ["EGYOPP"]),
    ("وجهت النيابة العسكرية تهمة التخابر إلى زعيم المعارضة.",
     [("النيابة العسكرية", "EGYJUD"), ("زعيم المعارضة", "EGYOPP")], "COERCE", "173", ["EGYJUD"], ["EGYOPP"]),
    ("سحبت الحكومة البحرينية الجنسية من عشرات المعارضين.",
     [("الحكومة البحرينية", "BHRGOV"), ("المعارضين", "BHROPP")], "COERCE", "172", ["BHRGOV"], ["BHROPP"]),
    ("أسقطت السلطات الكويتية الجنسية عن نائب سابق.", [("السلطات الكويتية", "KWTGOV")], "COERCE", "172", ["KWTGOV"], None),
    ("حررت القوات العراقية مدينة الرمادي من سيطرة تنظيم داعش.",
     [("القوات العراقية", "IRQMIL"), ("تنظيم داعش", "IMGMUSISI")], "COERCE", "192", ["IRQMIL"], None),
    ("ضبطت قوات الأمن السعودية خلية إرهابية في الرياض.",
     [("قوات الأمن السعودية", "SAUCOP")], "COERCE", "173", ["SAUCOP"], None),
    ("سجنت السلطات الإيرانية صحفية بريطانية بتهمة التجسس.",
     [("السلطات الإيرانية", "IRNGOV"), ("صحفية بريطانية", "GBRMED")], "COERCE", "173", ["IRNGOV"], ["GBRMED"]),
    # THREATEN, PROTEST, MOBILIZE
    ("تعهد زعيم حزب الله بالانتقام لمقتل قائده العسكري.",
     [("زعيم حزب الله", "LBNREBHEZ")], "THREATEN", "138", ["LBNREBHEZ"], None),
    ("أقسم قائد الحرس الثوري بالثأر من إسرائيل.",
     [("قائد الحرس الثوري", "IRNMIL"), ("إسرائيل", "ISR")], "THREATEN", "138", ["IRNMIL"], ["ISRGOV"]),
    ("انسحب نواب المعارضة البحرينية من جلسة البرلمان احتجاجاً على القانون.",
     [("نواب المعارضة البحرينية", "BHROPP")], "PROTEST", "140", ["BHROPP"], None),
    ("دفع الحرس الثوري الإيراني بآلاف المقاتلين إلى سوريا.",
     [("الحرس الثوري الإيراني", "IRNMIL")], "MOBILIZE", "154", ["IRNMIL"], None),
    # AGREE, REJECT, ACCUSE
    ("عرضت روسيا التوسط بين إيران والسعودية.", [("روسيا", "RUS")], "AGREE", "039", ["RUSGOV"], None),
    ("تعرض الصين تقديم المساعدة لنيبال بعد الزلزال.", [("الصين", "CHN")], "AGREE", "033", ["CHNGOV"], None),
    ("أقر البرلمان الأردني اتفاقية الغاز مع إسرائيل.", [("البرلمان الأردني", "JORLEG")], "AGREE", "057", ["JORLEG"], None),
    ("قاطعت الحكومة الإسرائيلية مؤتمر باريس للسلام.",
     [("الحكومة الإسرائيلية", "ISRGOV")], "REJECT", "125", ["ISRGOV"], None),
    ("أعلنت المعارضة السورية مقاطعة محادثات جنيف.", [("المعارضة السورية", "SYROPP")], "REJECT", "125", ["SYROPP"], None),
    ("واعتبر وزير الخارجية التركي الغارة انتهاكاً للسيادة العراقية.",
     [("وزير الخارجية التركي", "TURGOV")], "ACCUSE", "111", ["TURGOV"], None),
    ("اعتبرت الخارجية الفلسطينية الاستيطان جريمة حرب.",
     [("الخارجية الفلسطينية", "PSEGOV")], "ACCUSE", "1124", ["PSEGOV"], None),
    # AID, RETREAT, CONSULT
    ("تكفلت السعودية بعلاج الجرحى اليمنيين في مستشفياتها.", [("السعودية", "SAU")], "AID", "073", ["SAUGOV"], None),
    ("ساهمت الكويت بمبلغ مئة مليون دولار في صندوق إعادة إعمار العراق.",
     [("الكويت", "KWT")], "AID", "071", ["KWTGOV"], None),
    ("أنشأت الإمارات مخيماً للاجئين السوريين في الأردن.", [("الإمارات", "ARE")], "AID", "073", ["AREGOV"], None),
    ("دعمت السعودية الاقتصاد المصري بوديعة قيمتها ملياري دولار.",
     [("السعودية", "SAU")], "AID", "071", ["SAUGOV"], None),
    ("أعادت روسيا الجنود الأوكرانيين الأسرى إلى بلادهم.",
     [("روسيا", "RUS")], "RETREAT", "0841", ["RUSGOV"], None),
    ("أعلنت الحكومة التونسية العدول عن قرار رفع أسعار الوقود.",
     [("الحكومة التونسية", "TUNGOV")], "CONCEDE", "0832", ["TUNGOV"], None),
    ("استغاثت الحكومة اليمنية بالمجتمع الدولي لإنقاذ عدن.",
     [("الحكومة اليمنية", "YEMGOV")], "REQUEST", "103", ["YEMGOV"], None),
    ("نشرت بريطانيا سفناً حربية في مياه الخليج.", [("بريطانيا", "GBR")], "MOBILIZE", "154", ["GBRMIL"], None),
    ("اختتم الرئيس الصيني زيارته إلى السعودية.",
     [("الرئيس الصيني", "CHNGOV"), ("السعودية", "SAU")], "CONSULT", "042", ["CHNGOV"], ["SAUGOV"]),
    # CAMEO-only: condolences (018)
    ("قدمت الحكومة التركية تعازيها لفرنسا في ضحايا الهجوم.",
     [("الحكومة التركية", "TURGOV"), ("فرنسا", "FRA")], None, "018", ["TURGOV"], ["FRAGOV"]),
    ("عزّى الرئيس المصري نظيره الفرنسي في ضحايا الهجوم.",
     [("الرئيس المصري", "EGYGOV"), ("نظيره الفرنسي", "FRAGOV")], None, "018", ["EGYGOV"], ["FRAGOV"]),
]


@pytest.mark.parametrize(("text", "actors", "etype", "cameo", "source", "target"), CASES,
                         ids=[f"{c[3]}:{c[0].split()[0]}" for c in CASES])
def test_news_vocabulary_is_coded(make_doc, text, actors, etype, cameo, source, target):
    doc = make_doc(text, actors=actors)
    if source is not None:
        event = assert_coded_once(doc, etype, cameo, source)
    else:
        event = only(doc, etype, cameo[:2])
        assert (event.cameo, event.status) == (cameo, "asserted")
    if target is not None:
        assert sorted(codes(event.target)) == sorted(target)


def test_renewed_treaty_is_an_agreement_of_both_parties(make_doc):
    doc = make_doc("جددت روسيا والصين معاهدة الصداقة بينهما.", actors=[("روسيا والصين", ["RUS", "CHN"])])
    found = [e for e in doc.events if e.event_type == "AGREE"]
    assert [e.cameo for e in found] == ["057"], [(e.event_type, e.cameo, e.trigger.text) for e in doc.events]


NEAR_MISSES = [
    # (sentence, actors, type or CAMEO root that must not be coded) — the everyday sense of each new trigger
    ("طعن المرشح الخاسر في نتائج الانتخابات أمام المحكمة الإدارية العليا.", [("المرشح الخاسر", "EGYELI")], "ASSAULT"),
    ("طعنت الحكومة أمام المحكمة الدستورية في قرار حل المجلس.", [("الحكومة", "KWTGOV")], "ASSAULT"),
    ("طالب جامعي يطعن مواطناً في شجار أمام مقهى.", [], "ASSAULT"),
    ("قنص الهلال الفوز في الدقيقة الأخيرة من المباراة.", [("الهلال", "SAUBUS")], "ASSAULT"),
    ("دهست سيارة مسرعة طفلاً في حي سكني بجدة.", [], "ASSAULT"),
    ("يذبح المسلمون الأضاحي في عيد الأضحى.", [("المسلمون", "REL")], "ASSAULT"),
    ("أحرق الطفل يده أثناء اللعب بالألعاب النارية.", [], "ASSAULT"),
    ("صفّت الشركة أعمالها في السوق السعودية.", [("الشركة", "SAUBUS")], "ASSAULT"),
    ("قضت المحكمة بالسجن على عشرة متهمين في قضية التهريب.", [("المحكمة", "SAUJUD")], "ASSAULT"),
    ("قضت الأمطار على المحاصيل الزراعية في القرية.", [], "ASSAULT"),
    ("قضى الجنود إجازتهم مع عائلاتهم في الريف.", [("الجنود", "SAUMIL")], "ASSAULT"),
    ("دمرت السيول عشرات المنازل في المدينة.", [], "ASSAULT"),
    ("دمر الإعصار مستودعات الميناء التجاري.", [], "ASSAULT"),
    ("قاتل اللاعب حتى الدقيقة الأخيرة.", [], "ASSAULT"),
    ("يقاتل مئات الأجانب في صفوف تنظيم داعش.", [("تنظيم داعش", "IMGMUSISI")], "ASSAULT"),
    ("قاتلت الكتيبة إلى جانب القوات الحكومية.", [("القوات الحكومية", "SYRMIL")], "ASSAULT"),
    ("تنشر الصحف صور قطع الرؤوس ومشاهد ذبح المدنيين على أيدي التنظيم.", [("التنظيم", "IMGMUSISI")], "ASSAULT"),
    ("لم تنشر جبهة النصرة فيديوهات ذبح الأسرى.", [("جبهة النصرة", "IMGMUSALQ")], "ASSAULT"),
    ("حضر القائد الاجتماع بصفته قائداً عاماً للقوات المسلحة.", [("القائد", "IRQMIL")], "ASSAULT"),
    ("وصفوا المسلحين بأنهم خارجون عن القانون.", [], "ASSAULT"),
    ("أسر الشهداء تطالب الحكومة بحقوقها.", [("الحكومة", "EGYGOV")], "ASSAULT"),
    ("التقى الأمير ياسر بن عبدالله بطلاب الجامعة.", [("الأمير ياسر بن عبدالله", "SAUGOV")], "ASSAULT"),
    ("ألقى الوزير كلمة حارقة في المؤتمر الصحفي.", [("الوزير", "SAUGOV")], "ASSAULT"),
    ("أطلق الأمير حملة وطنية للتبرع بالدم.", [("الأمير", "SAUGOV")], "ASSAULT"),
    ("طرد الحكم لاعب الهلال في الشوط الثاني.", [], "COERCE"),
    ("منعت وزارة الصحة دخول الأغذية الفاسدة إلى الأسواق.", [("وزارة الصحة", "SAUGOV")], "COERCE"),
    ("أحالت وزارة التعليم ملف القضية إلى النيابة العامة.", [("وزارة التعليم", "SAUGOV")], "COERCE"),
    ("حرر رجال المرور مخالفات لعدد من السائقين.", [], "COERCE"),
    ("ضبطت الجمارك كمية من المخدرات في ميناء جدة.", [("الجمارك", "SAUCOP")], "COERCE"),
    ("سجن مهاجم النصر هدفين في المباراة.", [("النصر", "SAUBUS")], "COERCE"),
    ("طرح رئيس الوزراء تشريعاً يسقط الجنسية عن مزدوجي الجنسية.", [("رئيس الوزراء", "AUSGOV")], "COERCE"),
    ("تعهد الوزير بالانتهاء من المشروع قبل نهاية العام.", [("الوزير", "SAUGOV")], "THREATEN"),
    ("انسحب المرشح من السباق الانتخابي لأسباب صحية.", [("المرشح", "EGYELI")], "PROTEST"),
    ("عرضت القناة فيلماً وثائقياً عن الحرب.", [("القناة", "SAUMED")], "AGREE"),
    ("أقر الوزير بأن الاتفاقية تواجه صعوبات.", [("الوزير", "JORGOV")], "AGREE"),
    ("جدد الأمين العام رفضه للاتفاق.", [("الأمين العام", "IGOUNO")], "AGREE"),
    ("قاطع المستهلكون شركة الألبان احتجاجاً على الأسعار.", [("المستهلكون", "SAUCVL")], "REJECT"),
    ("اعتبر المدرب الهزيمة انتكاسة للفريق.", [("المدرب", "SAUBUS")], "ACCUSE"),
    ("دفعت الشركة بآلاف العمال إلى مواقع المشروع.", [("الشركة", "SAUBUS")], "MOBILIZE"),
    ("ساهمت الأمطار بنسبة كبيرة في ارتفاع منسوب السد.", [], "AID"),
    ("أقام نادي الكشافة مخيماً صيفياً للشباب.", [("نادي الكشافة", "SAUCVL")], "AID"),
    ("طالبت اللجنة بإقامة مخيمات عاجلة للنازحين قرب مدنهم.", [("اللجنة", "IRQLEG")], "AID"),
    ("كان رئيس الوزراء عازماً على تجديد المعاهدة الأمنية مع واشنطن.", [("رئيس الوزراء", "JPNGOV"), ("واشنطن", "USAGOV")], "AGREE"),
    ("وقاتلوا في معركة إدلب إلى جانب فصائل أخرى.", [], "ASSAULT"),
    ("أعادت الوزارة الأسرى المحررين إلى وظائفهم.", [("الوزارة", "PSEGOV")], "RETREAT"),
    ("بدأ الطلاب زيارتهم للمتحف الوطني.", [("الطلاب", "SAUCVL")], "CONSULT"),
    ("عزا المحللون تراجع الأسهم إلى ضعف الطلب.", [], "01"),
    ("وقدم المحافظ التعازي لذوي المتوفى في منزلهم.", [("المحافظ", "SAUGOV")], "01"),
    ("نقل المحافظ تعازي أمير المنطقة لأسرة العقيد في وفاة والده.", [("المحافظ", "SAUGOV"), ("العقيد", "SAUCOP")], "01"),
]


@pytest.mark.parametrize(("text", "actors", "forbidden"), NEAR_MISSES, ids=[c[0].split()[0] for c in NEAR_MISSES])
def test_everyday_sense_is_not_coded(make_doc, text, actors, forbidden):
    doc = make_doc(text, actors=actors)
    hits = [e for e in doc.events if e.event_type == forbidden or e.cameo_root == forbidden]
    assert hits == [], [(e.event_type, e.cameo, e.trigger.text, e.pattern) for e in hits]
