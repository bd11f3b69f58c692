"""Second coverage pass over the trigger lexicon, for the types with the lowest recall.

Each trigger added or widened in the pass (security expertise exchanged, forces trained told by the verbal noun,
exercises held with another army, bases or airspace opened to another state, a party's commitment to a truce or deal, ceasefires signed, participation
accepted, verbal attacks told by شنّ هجوماً حاداً, help or funding given to a named actor) has a positive sentence here, and
each word with a common everyday sense has a near-miss that must stay uncoded.  Every sentence was written for
these tests; actors are placed by hand, so only the trigger and its constraints are under test.
"""

from __future__ import annotations

import pytest

from tests.events.test_coder import assert_coded_once, codes, only

CASES = [
    # (sentence, actors, PLOVER type, CAMEO code, source codes or None, target codes or None);
    # None leaves that role unchecked
    # COOPERATE: expertise exchanged, training, exercises with another army
    ("تتبادل السعودية والإمارات الخبرات الأمنية.", [("السعودية", "SAU"), ("الإمارات", "ARE")],
     "COOPERATE", "062", None, None),
    ("تبادل الأردن مع مصر الخبرات في مكافحة الإرهاب.", [("الأردن", "JOR"), ("مصر", "EGY")],
     "COOPERATE", "062", None, None),
    ("أعلنت واشنطن برنامجاً لتدريب قوات المعارضة السورية.",
     [("واشنطن", "USA"), ("قوات المعارضة السورية", "SYRREB")], "COOPERATE", "062", None, ["SYRREB"]),
    ("تواصل القوات الأمريكية تدريب الجيش العراقي في قاعدة عين الأسد.",
     [("القوات الأمريكية", "USAMIL"), ("الجيش العراقي", "IRQMIL")], "COOPERATE", "062", None, ["IRQMIL"]),
    ("شاركت القوات الأردنية في تمرين عسكري مع القوات الأمريكية.",
     [("القوات الأردنية", "JORMIL"), ("القوات الأمريكية", "USAMIL")], "COOPERATE", "062", ["JORMIL"], ["USAMIL"]),
    ("أجرى الجيش المصري مناورات عسكرية مع نظيره الروسي.",
     [("الجيش المصري", "EGYMIL"), ("نظيره الروسي", "RUSMIL")], "COOPERATE", "062", ["EGYMIL"], ["RUSMIL"]),
    ("سمحت تركيا للطائرات الأمريكية باستخدام قاعدة إنجرليك الجوية.",
     [("تركيا", "TUR"), ("للطائرات الأمريكية", "USAMIL")], "COOPERATE", "062", ["TURGOV"], None),
    ("تسمح الحكومة الأردنية للتحالف باستخدام أجوائها.", [("الحكومة الأردنية", "JORGOV")],
     "COOPERATE", "062", ["JORGOV"], None),
    # AGREE: commitment held to, participation accepted, ceasefire signed
    ("وقعت الأطراف اليمنية على وقف إطلاق النار.", [("الأطراف اليمنية", "YEM")], "AGREE", "057", None, None),
    ("وقعت الحكومة الكولومبية مع المتمردين على هدنة جديدة.",
     [("الحكومة الكولومبية", "COLGOV"), ("المتمردين", "COLREB")], "AGREE", "057", ["COLGOV"], ["COLREB"]),
    ("التزمت إيران بتنفيذ بنود الاتفاق النووي.", [("إيران", "IRN")], "AGREE", "030", ["IRNGOV"], None),
    ("أكد الحوثيون التزامهم بالهدنة الإنسانية.", [("الحوثيون", "YEMREBHOU")], "AGREE", "030", ["YEMREBHOU"], None),
    ("قبلت الحكومة السورية المشاركة في مؤتمر جنيف.", [("الحكومة السورية", "SYRGOV")],
     "AGREE", "030", ["SYRGOV"], None),
    # ACCUSE: a verbal attack told by شنّ هجوماً
    ("شن وزير الخارجية السعودي هجوماً لاذعاً على إيران.",
     [("وزير الخارجية السعودي", "SAUGOV"), ("إيران", "IRN")], "ACCUSE", "111", ["SAUGOV"], ["IRNGOV"]),
    ("شن الرئيس التركي هجوماً حاداً على الاتحاد الأوروبي.",
     [("الرئيس التركي", "TURGOV"), ("الاتحاد الأوروبي", "IGOEU")], "ACCUSE", "111", ["TURGOV"], ["IGOEU"]),
    # AID: help given to a named actor
    ("ساعدت قطر اللاجئين السوريين في لبنان.", [("قطر", "QAT"), ("اللاجئين السوريين", "SYRREF")],
     "AID", "070", ["QATGOV"], ["SYRREF"]),
    ("تساعد الولايات المتحدة الحكومة العراقية في حربها على الإرهاب.",
     [("الولايات المتحدة", "USA"), ("الحكومة العراقية", "IRQGOV")], "AID", "070", ["USAGOV"], ["IRQGOV"]),
    ("تمول قطر الجماعات المسلحة في ليبيا.", [("قطر", "QAT"), ("الجماعات المسلحة", "LBYREB")],
     "AID", "070", ["QATGOV"], ["LBYREB"]),
]


@pytest.mark.parametrize(("text", "actors", "etype", "cameo", "source", "target"), CASES,
                         ids=[f"{c[3]}:{c[0].split()[0]}" for c in CASES])
def test_weak_type_vocabulary_is_coded(make_doc, text, actors, etype, cameo, source, target):
    doc = make_doc(text, actors=actors)
    if source is not None:
        event = assert_coded_once(doc, etype, cameo, source)
    else:
        event = only(doc, etype, cameo[:2])
        assert event.cameo == cameo
    if target is not None:
        assert sorted(codes(event.target)) == sorted(target)


def test_verbal_attack_is_not_an_armed_one(make_doc):
    doc = make_doc("شن الرئيس التركي هجوماً حاداً على الاتحاد الأوروبي.",
                   actors=[("الرئيس التركي", "TURGOV"), ("الاتحاد الأوروبي", "IGOEU")])
    assert [e for e in doc.events if e.event_type == "ASSAULT"] == []


NEAR_MISSES = [
    # (sentence, actors, type that must not be coded) — the everyday sense of each new trigger
    ("تبادل اللاعبون الخبرات مع المدربين الأجانب.", [("اللاعبون", "SAUCVL")], "COOPERATE"),
    ("يشارك الجيش في تدريب القوات على مواجهة الحرائق.", [("الجيش", "SAUMIL")], "COOPERATE"),
    ("افتتح الوزير مركز تدريب الشرطة الجديد.", [("الوزير", "SAUGOV")], "COOPERATE"),
    ("أجرى الجيش الإيراني مناورات عسكرية في مضيق هرمز.", [("الجيش الإيراني", "IRNMIL")], "COOPERATE"),
    ("التزم الوزير الصمت طوال الجلسة.", [("الوزير", "SAUGOV")], "AGREE"),
    ("يلتزم المواطنون بقرار منع التجول.", [("المواطنون", "SAUCVL")], "AGREE"),
    ("طالب المبعوث بالتزام جميع الأطراف بالهدنة.", [("المبعوث", "IGOUNO")], "AGREE"),
    ("شن المهاجم هجوماً حاداً على مرمى الخصم.", [("المهاجم", "SAUCVL")], "ACCUSE"),
    ("ساعد المدرب اللاعبين على تجاوز الهزيمة.", [("المدرب", "SAUBUS")], "AID"),
    ("ساعدت الأمطار في رفع منسوب السدود.", [], "AID"),
    ("مولت الحكومة مشروع الطريق الدائري.", [("الحكومة", "SAUGOV")], "AID"),
    ("سمحت الوزارة للطلاب باستخدام قاعة المكتبة.", [("الوزارة", "SAUGOV")], "COOPERATE"),
    ("سمحت البلدية للسكان باستخدام أراضيها الزراعية.", [("البلدية", "SAUGOV")], "COOPERATE"),
    ("رفضت الحكومة السماح للطائرات الأجنبية باستخدام قواعدها.", [("الحكومة", "TURGOV")], "COOPERATE"),
    ("وقعت اشتباكات عنيفة على الرغم من الهدنة بين الجيش والمسلحين.",
     [("الجيش", "SYRMIL"), ("والمسلحين", "SYRREB")], "AGREE"),
    ("وقعت القذيفة على منزل قرب خط الهدنة.", [], "AGREE"),
]


@pytest.mark.parametrize(("text", "actors", "forbidden"), NEAR_MISSES, ids=[c[0].split()[0] for c in NEAR_MISSES])
def test_everyday_sense_is_not_coded(make_doc, text, actors, forbidden):
    doc = make_doc(text, actors=actors)
    hits = [e for e in doc.events if e.event_type == forbidden]
    assert hits == [], [(e.event_type, e.cameo, e.trigger.text, e.pattern) for e in hits]
