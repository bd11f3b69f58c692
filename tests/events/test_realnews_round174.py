"""Round 174 (coder section 194), from the 2015-08-04, 08-08 and 08-10 records: two sides of a clash named «من جهة
… من جهة أخرى»; one killed beside the wounded is a victim; a party in a phrase that opens the sentence with a
preposition is no subject of the verb after it; a subsidy of a price, a hijacked state, a court's finding of guilt,
a master stroke and «ظلماً وعدواناً» are no events between parties."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties, parties_of

DAY = date(2015, 8, 10)


def test_the_two_sides_of_a_clash_named_from_one_side_and_the_other(pipeline) -> None:
    text = ("وحول الوضع في سوريا، تناقلت الصحف الاشتباكات التي اندلعت بين قوات الأسد وحزب الله اللبناني من جهة "
            "والمعارضة السورية من جهة أخرى.")
    assert parties_of(pipeline, text, "193", DAY) == [(["SYRGOV", "LBNREBHEZ"], ["SYROPP"])]


def test_one_killed_beside_the_wounded_is_a_victim(pipeline) -> None:
    text = "لكن البيت الأبيض أكد في وقت لاحق أن جنديا أميركيا قتل وأصيب آخرون."
    assert parties_of(pipeline, text, "190", DAY) == [([], ["USAMIL"])]


def test_a_party_in_the_opening_phrase_is_no_subject_of_the_verb_after_it(pipeline) -> None:
    text = ("وفي أول رد فعل على قرارات العبادي طالب النائب عن كتلة المواطن محمد اللكاش باستقدام رئيس الحكومة "
            "السابق نوري المالكي.")
    assert all("IRQGOV" not in s for c, s, _t in coded_parties(pipeline, text, DAY) if c.startswith("02"))
    # near miss: a plural verb agrees with the party before it
    text = "وفي اليمن الحوثيون قصفوا مواقع المقاومة."
    assert [s for s, _t in parties_of(pipeline, text, "190", DAY)] == [["YEMREBHOU"]]


def test_figures_of_speech_and_subsidies_are_no_events(pipeline) -> None:
    for text in ("ويكلف دعم سعر البنزين الحكومة السعودية حوالي 170 مليار ريال سنوياً.",
                 "وهو الوحيد الذي يتحمل تدمير اليمن واختطاف مكتسبات الدولة والانقلاب على الشرعية.",
                 "عاصفة الحزم كانت ضربة معلم استباقية لمساعدة اليمن أولاً.",
                 "يستمر عبدالملك الحوثي في إلقاء التهم ظلما وعدوانا على الآخرين."):
        assert all(c[:2] not in ("05", "18", "19") for c, _s, _t in coded_parties(pipeline, text, DAY)), text


def test_a_courts_finding_of_guilt_is_no_condemnation(pipeline) -> None:
    text = "كما ثبت لدى المحكمة إدانته بتستره على ابن خالته تحت إمرة تنظيم داعش."
    assert all(c != "111" for c, _s, _t in coded_parties(pipeline, text, DAY))
