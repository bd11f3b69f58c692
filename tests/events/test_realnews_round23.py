"""Round 23 of hand-checked real news (coder.py section 50): «حيث» opens a clause with its own subject; a
building as a storming's genitive is what was stormed; shots fired for joy and crowds out to celebrate are no
acts; civilians after ل are a force noun's victims; markets entered and headlines filled are metaphors; the dead
before «انفجار سيارة مفخخة استهدف» did not bomb; one's own envoy called home is a recall.  Each with a near miss."""

from __future__ import annotations

from datetime import date

import pytest

from .helpers import code_text, codes, of_type, roles_of

DAY_2015 = date(2015, 7, 27)


def test_haythu_opens_a_clause_with_its_own_subject(pipeline) -> None:
    doc = code_text(pipeline, "وترى الحكومة أن الهجوم جاء ردا على العمليات ضد أنصار «داعش» داخل تركيا، حيث اعتقلت "
                              "الاستخبارات التركية أكثر من 250 شخصًا.", DAY_2015)
    assert [s for s, _t in roles_of(doc, "COERCE")] == [["TURSPY"]]


def test_a_plural_verb_after_haythu_keeps_the_subject_before_it(pipeline) -> None:
    """Near miss: «حيث بحثوا»: the verb's pronoun is the ministers named before «حيث»."""
    doc = code_text(pipeline, "واجتمع وزراء الخارجية العرب في القاهرة، حيث بحثوا تطورات الأزمة السورية.", DAY_2015)
    assert ["IGOARL"] in [s for s, _t in roles_of(doc, "CONSULT")]


def test_a_building_as_the_genitive_of_storming_is_its_target(pipeline) -> None:
    doc = code_text(pipeline, "وأضاف أن «قواتنا استطاعت فجر اليوم من اقتحام جامعة الانبار والسيطرة عليها بالكامل».",
                    DAY_2015)
    stormed = [e for e in doc.events if e.cameo == "1711"]
    assert stormed and all("IRQEDU" not in codes(e.source) for e in stormed)
    assert ["IRQEDU"] in [codes(e.target) for e in stormed]


def test_forces_as_the_genitive_of_storming_are_its_source(pipeline) -> None:
    """Near miss: «اقتحام قوات الاحتلال المسجد الأقصى»: the doer, then the building."""
    doc = code_text(pipeline, "وأدانت الحكومة الأردنية اقتحام قوات الاحتلال الإسرائيلي المسجد الأقصى.", DAY_2015)
    stormed = [e for e in doc.events if e.cameo.startswith("17") or e.cameo == "190"]
    assert stormed and codes(stormed[0].source) == ["ISRMIL"]


@pytest.mark.parametrize(("text", "event_type"), [
    ("واعتبر الموالون للنظام خطاب الرئيس بشار الأسد هو خطاب النصر وأطلق جنوده النار ابتهاجا على عدد من الحواجز في "
     "العاصمة دمشق.", "ASSAULT"),
    ("خرجت جموع من الشعب اليمني إلى الساحات للتعبير عن فرحتها بالنصر العظيم في عدن.", "PROTEST"),
])
def test_shots_and_crowds_for_joy_are_no_acts(pipeline, text: str, event_type: str) -> None:
    assert not of_type(code_text(pipeline, text, DAY_2015), event_type)


@pytest.mark.parametrize(("text", "event_type"), [
    ("وأطلق جنود النظام السوري النار على المتظاهرين في العاصمة دمشق.", "ASSAULT"),
    ("وخرجت جموع من الشعب اليمني إلى الساحات للتنديد بالعدوان الحوثي على عدن.", "PROTEST"),
])
def test_shots_at_people_and_crowds_in_protest_are_acts(pipeline, text: str, event_type: str) -> None:
    """Near misses: the same shooting at protesters, the same crowd out to denounce."""
    assert of_type(code_text(pipeline, text, DAY_2015), event_type)


def test_civilians_after_lam_are_the_victims_of_torture(pipeline) -> None:
    doc = code_text(pipeline, "وقال إن دمشق وصلت إلى ما وصلت إليه من تدمير وقتل وتعذيب لسكانها المغلوبين على أمرهم.",
                    DAY_2015)
    assert not [e for e in of_type(doc, "ASSAULT") if any(c.endswith("CVL") for c in codes(e.source))]


def test_an_air_force_after_lam_still_carries_out_the_raids(pipeline) -> None:
    """Near miss: «غارات للطيران الروسي»: ل names the raider."""
    doc = code_text(pipeline, "وشنت غارات للطيران الروسي على ريف إدلب.", DAY_2015)
    assert [s for s, _t in roles_of(doc, "ASSAULT")] == [["RUSMIL"]]


@pytest.mark.parametrize("text", [
    "فيما تكافح فيتنام لاقتحام أسواق جديدة لا تزال مغلقة أمامها.",
    "وهي الجملة الشهيرة التي احتلت عناوين الصحف والمجلات وأدت إلى برودة العلاقات بين روسيا والغرب.",
])
def test_markets_entered_and_headlines_filled_are_metaphors(pipeline, text: str) -> None:
    doc = code_text(pipeline, text, DAY_2015)
    assert not of_type(doc, "ASSAULT") and not of_type(doc, "COERCE")


@pytest.mark.parametrize(("text", "event_type"), [
    ("واقتحم مسلحون سوقا شعبيا في بغداد وقتلوا خمسة أشخاص.", "ASSAULT"),
    ("واحتلت القوات الإسرائيلية بلدة حدودية في جنوب لبنان.", "COERCE"),
])
def test_a_market_stormed_and_a_town_occupied_are_acts(pipeline, text: str, event_type: str) -> None:
    """Near misses: a market stormed by gunmen, a town occupied by troops."""
    assert of_type(code_text(pipeline, text, DAY_2015), event_type)


def test_the_dead_before_a_car_bomb_that_targeted_them_did_not_bomb(pipeline) -> None:
    doc = code_text(pipeline, "واعلنت مصادر رسمية مقتل عسكريين تركيين اثنين وجرح اربعة آخرين مساء السبت في انفجار "
                              "سيارة مفخخة استهدف قافلة عسكرية في محافظة دياربكر.", DAY_2015)
    bombings = of_type(doc, "ASSAULT")
    assert bombings and all("TURMIL" not in codes(e.source) for e in bombings)


def test_a_suicide_bomber_still_detonates_the_car(pipeline) -> None:
    """Near miss: the bomber as the verb's subject."""
    doc = code_text(pipeline, "وفجر انتحاري سيارة مفخخة عند حاجز للجيش العراقي.", DAY_2015)
    assert [s for s, _t in roles_of(doc, "ASSAULT")] == [["REB"]]


def test_ones_own_envoy_called_home_is_a_recall(pipeline) -> None:
    doc = code_text(pipeline, "واستدعت وزارة الخارجية البحرينية سفير مملكة البحرين لدى الجمهورية الإسلامية الإيرانية "
                              "للتشاور.", DAY_2015)
    assert [(e.cameo, codes(e.source), codes(e.target)) for e in doc.events] == [("161", ["BHRGOV"], ["IRNGOV"])]


def test_a_foreign_envoy_summoned_is_still_a_summons(pipeline) -> None:
    """Near miss: Iran's ambassador summoned by Bahrain."""
    doc = code_text(pipeline, "واستدعت وزارة الخارجية البحرينية السفير الإيراني في المنامة.", DAY_2015)
    assert [(e.cameo, codes(e.target)) for e in doc.events] == [("114", ["IRNGOV"])]
