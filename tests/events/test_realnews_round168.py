"""Round 168 (coder section 188), from the 2015-08-11 records: exchanging fire or accusations is no talk; an act
noun followed by the passive «نُسب إلى X» was done by X; «يقضي بتعيين» stipulates, it kills nobody; an act after
«غداة / عقب / إثر» dates a promise, it is no part of what is promised."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, coded_parties, parties_of

DAY = date(2015, 8, 11)


def test_exchanging_fire_is_no_talk(pipeline) -> None:
    text = "هاجم مسلحون فندقاً يستخدمه موظفو الأمم المتحدة وتبادلوا إطلاق النار مع قوات الأمن المالية."
    assert all(c != "040" for c, _s, _t in coded_parties(pipeline, text, DAY))
    # near miss: exchanging views with a counterpart is a talk
    text = "وتبادل وزير الخارجية السعودي مع نظيره الأردني وجهات النظر حول الأزمة."
    assert parties_of(pipeline, text, "040", DAY) == [(["SAUGOV"], ["JORGOV"])]


def test_the_party_an_attack_is_attributed_to_in_the_passive_did_it(pipeline) -> None:
    text = "قتل في تركيا أمس خمسة شرطيين في هجمات نسبت إلى حزب العمال الكردستاني."
    assert parties_of(pipeline, text, "190", DAY) == [(["TURREBPKK"], ["TURCOP"])]


def test_a_decree_that_stipulates_an_appointment_kills_nobody(pipeline) -> None:
    text = "كما أصدر الرئيس اليمني قراراً يقضي بتعيين العقيد الركن محمد علي الصوفي قائداً للواء الأول بحري."
    assert all(c != "190" for c, _s, _t in coded_parties(pipeline, text, DAY))
    # near miss: «قضت على» with fighters after it is a killing
    text = "وقضت القوات العراقية على عشرات المسلحين في الرمادي."
    assert [c for c, _s, _t in coded_parties(pipeline, text, DAY)] == ["190"]


def test_an_attack_the_day_before_a_promise_happened(pipeline) -> None:
    text = ("وعدت الحكومة التركية بتعزيز الإجراءات الأمنية غداة هجوم انتحاري نسب إلى تنظيم داعش وضرب مدينة "
            "سوروج، مما أسفر عن مقتل 32 شخصا.")
    attacks = [e for e in code_text(pipeline, text, DAY).events if e.cameo == "1831"]
    assert [(e.status, [a.actor_code for a in e.source]) for e in attacks] == [("asserted", ["IMGMUSISI"])]
