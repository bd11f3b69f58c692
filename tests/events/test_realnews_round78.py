"""Round 78 (coder section 105), from a hand-judged sample of 2015-08-10: a verb whose object is its own pronoun has
its subject after it (بأسلحة زودتها بها دول التحالف), «بين الطرفين» right after two parties joined by و is those two,
what met a welcome is its target (لاقت القرارات ترحيباً), and «اتهامهم ب…» names the accused."""

from __future__ import annotations

from datetime import date

from hadath.actors.evaluate import mentions
from hadath.actors.stage import ActorStage

from .helpers import coded_parties

DAY = date(2015, 8, 10)


def test_the_party_after_a_verb_with_an_object_pronoun_is_its_subject(pipeline) -> None:
    text = ("وباتت قوات الرئيس عبد ربه منصور هادي التي تقاتل بأسلحة حديثة زودتها بها دول التحالف العربي تسيطر على "
            "محافظات عدن ولحج.")
    assert [(s, t) for c, s, t in coded_parties(pipeline, text, DAY) if c == "070"] == [(["SAUMIL"], ["YEMGOV"])]


def test_a_verb_with_its_subject_before_it_keeps_it(pipeline) -> None:
    text = "وزودت إيران الحوثيين بالأسلحة."
    assert [(s, t) for c, s, t in coded_parties(pipeline, text, DAY) if c.startswith("07")] == [
        (["IRNGOV"], ["YEMREBHOU"])]


def test_the_two_sides_are_the_two_just_named() -> None:
    found = mentions("التقى قائد الجيش اللبناني وزير الدفاع السوري. وقتل 28 عنصرا من مقاتلي المعارضة وتنظيم داعش "
                     "اثر اشتباكات بين الطرفين في ريف حلب.", DAY, ActorStage.load(use_ner=False))
    sides = [m for m in found if m.text == "الطرفين"]
    assert sides and sorted(x.actor_code for x in sides[0].members) == ["IMGMUSISI", "REB"], [
        (m.text, m.actor_code, [x.actor_code for x in m.members]) for m in found]


def test_what_met_a_welcome_is_its_target(pipeline) -> None:
    text = "ولاقت القرارات التي أصدرها رئيس الوزراء العراقي حيدر العبادي ترحيبا كبيرا في الأوساط العراقية."
    assert [(s, t) for c, s, t in coded_parties(pipeline, text, DAY) if c == "051"] == [([], ["IRQGOV"])]
    met = "ولقيت عودة الحكومة العراقية العائلات من المخيم إشادة من منظمة الأمم المتحدة للطفولة."
    assert [(s, t) for c, s, t in coded_parties(pipeline, met, DAY) if c == "051"] == [(["IGOUNOKID"], ["IRQGOV"])]


def test_the_pronoun_of_a_charge_noun_is_the_accused(pipeline) -> None:
    text = ("وأجلت المحكمة محاكمة وزير الداخلية المصري الأسبق حبيب العادلي و10 آخرين في قضية اتهامهم بقتل "
            "المتظاهرين.")
    charged = [(s, t) for c, s, t in coded_parties(pipeline, text, DAY) if c.startswith("112")]
    assert charged == [([], ["حبيب العادلي"])], charged
