"""One sentence per construction the trigger lexicon covers (written for these tests, not from any corpus).

Each case names the actors by hand and checks the PLOVER type, CAMEO code and the actor codes, so a
pattern that stops matching, or matches with the wrong roles, fails here.
"""

from __future__ import annotations

import pytest

from tests.events.test_coder import codes

CASES = [
    # (sentence, actors, PLOVER type or None, CAMEO code, source codes, target codes)
    ("أثنى وزير الخارجية الكويتي على جهود الوسيط القطري في الأزمة.",
     [("وزير الخارجية الكويتي", "KWTGOV"), ("الوسيط القطري", "QATGOV")], "SUPPORT", "051", ["KWTGOV"], ["QATGOV"]),
    ("افتتحت البحرين سفارتها في بغداد بعد انقطاع طويل.",
     [("البحرين", "BHR"), ("بغداد", "IRQGOV")], "COOPERATE", "060", ["BHRGOV"], ["IRQGOV"]),
    ("قدمت الكويت خياماً وأدوية للنازحين في مخيمات الشمال.",
     [("الكويت", "KWT")], "AID", "073", ["KWTGOV"], []),
    ("أودعت قطر وديعة بقيمة مليار دولار في البنك المركزي المصري.",
     [("قطر", "QAT"), ("البنك المركزي المصري", "EGYGOV")], "AID", "071", ["QATGOV"], ["EGYGOV"]),
    ("أخلت النيابة العامة سبيل ثلاثة ناشطين بكفالة مالية.",
     [("النيابة العامة", "EGYJUD")], "RETREAT", "0841", ["EGYJUD"], []),
    ("أخلت القوات الأمريكية مواقعها في قاعدة عين الأسد.",
     [("القوات الأمريكية", "USAMIL")], "RETREAT", "0874", ["USAMIL"], []),
    ("سلّمت الفصائل المسلحة أسلحتها الثقيلة إلى الجيش الوطني.",
     [("الفصائل المسلحة", "LBYREB"), ("الجيش الوطني", "LBYMIL")], "RETREAT", "0873", ["LBYREB"], ["LBYMIL"]),
    ("عفا العاهل الأردني عن مئات الموقوفين في قضايا رأي.",
     [("العاهل الأردني", "JORGOV"), ("الموقوفين", "JORCVL")], "CONCEDE", "081", ["JORGOV"], ["JORCVL"]),
    ("ألغت الحكومة التونسية قرار زيادة أسعار الحليب.",
     [("الحكومة التونسية", "TUNGOV")], "CONCEDE", "0832", ["TUNGOV"], ["TUNCVL"]),
    ("حمّلت وزارة الخارجية الليبية الميليشيات المسلحة مسؤولية الاشتباكات الأخيرة.",
     [("وزارة الخارجية الليبية", "LBYGOV"), ("الميليشيات المسلحة", "LBYREB")], "ACCUSE", "112", ["LBYGOV"], ["LBYREB"]),
    ("تحقق هيئة النزاهة في شبهات فساد داخل وزارة النفط.",
     [("هيئة النزاهة", "IRQGOV")], "ACCUSE", "091", ["IRQGOV"], []),
    ("وجّه رئيس البرلمان انتقادات حادة إلى الحكومة بسبب تأخر الموازنة.",
     [("رئيس البرلمان", "IRQLEG"), ("الحكومة", "IRQGOV")], "ACCUSE", "111", ["IRQLEG"], ["IRQGOV"]),
    ("تقدمت الحكومة العراقية بطلب رسمي إلى الأمم المتحدة لتمديد عمل البعثة.",
     [("الحكومة العراقية", "IRQGOV"), ("الأمم المتحدة", "IGOUNO")], "REQUEST", "1034", ["IRQGOV"], ["IGOUNO"]),
    ("اعتصم عشرات المعلمين أمام مبنى وزارة التربية للمطالبة بزيادة الرواتب.",
     [("المعلمين", "JOREDU")], "PROTEST", "141", ["JOREDU"], ["JORGOV"]),
    ("أحرق متظاهرون إطارات السيارات أمام مقر المحافظة.",
     [("متظاهرون", "IRQCVL")], "PROTEST", "145", ["IRQCVL"], ["IRQGOV"]),
    ("أجرت البحرية الإيرانية مناورات عسكرية في مياه الخليج.",
     [("البحرية الإيرانية", "IRNMIL")], "MOBILIZE", "150", ["IRNMIL"], []),
    ("عززت تركيا قواتها على الحدود مع سوريا بعد الهجوم.",
     [("تركيا", "TUR")], "MOBILIZE", "154", ["TURMIL"], []),
    ("استدعت الجزائر سفيرها من باريس للتشاور.",
     [("الجزائر", "DZA"), ("باريس", "FRAGOV")], "SANCTION", "161", ["DZAGOV"], ["FRAGOV"]),
    ("استدعت الخارجية المغربية السفير الإسباني لديها احتجاجاً على التصريحات.",
     [("الخارجية المغربية", "MARGOV"), ("السفير الإسباني", "ESPGOV")], "ACCUSE", "114", ["MARGOV"], ["ESPGOV"]),
    ("جمّدت الحكومة البريطانية أصول رجل أعمال روسي مقرب من الكرملين.",
     [("الحكومة البريطانية", "GBRGOV"), ("رجل أعمال روسي", "RUSBUS")], "SANCTION", "163", ["GBRGOV"], []),
    ("حظرت السلطات الأردنية نشاط جماعة سياسية معارضة.",
     [("السلطات الأردنية", "JORGOV")], "COERCE", "1722", ["JORGOV"], []),
    ("حجبت هيئة الإعلام موقع صحيفة إلكترونية معارضة.",
     [("هيئة الإعلام", "EGYGOV")], "COERCE", "1721", ["EGYGOV"], []),
    ("تعرضت شبكة وزارة الصحة لهجوم إلكتروني عطّل خدماتها.",
     [("وزارة الصحة", "SAUGOV")], "COERCE", "176", [], ["SAUGOV"]),
    ("سيطر الجيش السوداني على مدينة ود مدني بعد معارك عنيفة.",
     [("الجيش السوداني", "SDNMIL")], "COERCE", "192", ["SDNMIL"], []),
    ("فرضت قوات الأمن طوقاً أمنياً حول الحي بعد الانفجار.",
     [("قوات الأمن", "LBNCOP")], "COERCE", "191", ["LBNCOP"], []),
    ("هدمت الجرافات الإسرائيلية خمسة منازل فلسطينية في بلدة عناتا.",
     [], "ASSAULT", "1712", ["ISRGOV"], ["PSECVL"]),
    ("أغارت مقاتلات التحالف على مخازن سلاح قرب صعدة.",
     [("التحالف", "SAUMIL")], "ASSAULT", "195", ["SAUMIL"], []),
    ("أعادت الإمارات فتح سفارتها في طرابلس بعد إغلاق دام ست سنوات.",
     [("الإمارات", "ARE")], "COOPERATE", "060", ["AREGOV"], []),
    ("اعتدى عناصر من الشرطة بالهراوات على صحفيين أمام مبنى البرلمان.",
     [("عناصر من الشرطة", "TUNCOP"), ("صحفيين", "TUNMED")], "ASSAULT", "182", ["TUNCOP"], ["TUNMED"]),
    ("أكد الجانبان الأردني والعراقي رفضهما لأي مساس بسيادة البلدين.",
     [], "REJECT", "120", ["JORGOV", "IRQGOV"], []),
    ("عارضت ألمانيا خطة المفوضية لتوزيع اللاجئين على الدول الأعضاء.",
     [("ألمانيا", "DEU"), ("المفوضية", "IGOEUREEC")], "REJECT", "120", ["DEUGOV"], ["IGOEUREEC"]),
    ("أنذرت السلطات الجزائرية الشركات الأجنبية بضرورة تسوية أوضاعها خلال شهر.",
     [("السلطات الجزائرية", "DZAGOV")], "THREATEN", "130", ["DZAGOV"], []),
    ("أطلقت حركة الجهاد صاروخاً موجهاً على آلية عسكرية إسرائيلية.",
     [("حركة الجهاد", "PSEREBISJ")], "ASSAULT", "194", ["PSEREBISJ"], ["ISRMIL"]),
]


@pytest.mark.parametrize(("text", "actors", "etype", "cameo", "source", "target"), CASES,
                         ids=[c[3] + ":" + c[0].split()[0] for c in CASES])
def test_construction_is_coded(make_doc, text, actors, etype, cameo, source, target):
    doc = make_doc(text, actors=actors)
    found = [e for e in doc.events if e.event_type == etype]
    assert len(found) == 1, [(e.event_type, e.cameo, e.trigger.text) for e in doc.events]
    e = found[0]
    assert e.cameo == cameo
    assert sorted(codes(e.source)) == sorted(source)
    assert sorted(codes(e.target)) == sorted(target)


NEGATIVES = [
    # the same words where they name no act (each was a false positive on real articles)
    ("تسمح القواعد الجديدة بدخول السيارات الكهربائية إلى وسط المدينة.", []),
    ("سألناها عما حققته من مكاسب في قضية الميراث.", []),
    ("تسعى القوات الحكومية إلى إحكام سيطرتها على المدينة.", [("القوات الحكومية", "YEMMIL")]),
    ("استهدفت شركات الموضة السوق الصينية هذا الموسم.", []),
]


@pytest.mark.parametrize(("text", "actors"), NEGATIVES, ids=[n[0].split()[0] for n in NEGATIVES])
def test_no_event_where_no_act(make_doc, text, actors):
    doc = make_doc(text, actors=actors)
    assert [(e.event_type, e.cameo, e.trigger.text) for e in doc.events] == []


def test_economic_demand_and_named_channels_are_no_events(make_doc):
    doc = make_doc("ارتفع معدل طلب السعودية على الحديد بنسبة عشرة في المئة.", actors=[("السعودية", "SAU")])
    assert [e.event_type for e in doc.events] == []
    doc = make_doc("عثرت الشرطة على وثائق تخص مراسل قناة «المسيرة» في عدن.", actors=[("الشرطة", "YEMCOP")])
    assert [e.event_type for e in doc.events if e.event_type == "PROTEST"] == []


def test_attacking_with_criticism_is_an_accusation(make_doc):
    doc = make_doc("هاجم المرشح الجمهوري بانتقادات لاذعة سياسة الإدارة تجاه إيران.",
                   actors=[("المرشح الجمهوري", "USAOPP")])
    assert [e.event_type for e in doc.events] == ["ACCUSE"]
