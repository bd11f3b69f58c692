"""Frames that make a trigger no event: questions, speculation, analysts' opinion, fiction, and history
dated against the publication date.  Each pairs a framed sentence with the same act told as news, so a
filter that swallowed everything would fail too.  Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from hadath.events.frames import _explicit_years
from hadath.text.tokens import Tokenizer

ISR = [("إسرائيل", "ISR")]


def types(doc) -> list[str | None]:
    return [e.event_type for e in doc.events]


def test_yes_no_question_codes_nothing_but_the_statement_does(make_doc):
    framed = make_doc("هل ستقصف إسرائيل مواقع في جنوب لبنان قبل نهاية الشهر؟", actors=ISR)
    plain = make_doc("قصفت إسرائيل مواقع في جنوب لبنان يوم الأحد.", actors=ISR)
    assert framed.events == []
    assert "ASSAULT" in types(plain)


def test_question_particle_without_question_mark_is_no_question(make_doc):
    doc = make_doc("قصفت إسرائيل مواقع في جنوب لبنان، ولا يعرف هل تتوقف الضربات.", actors=ISR)
    assert "ASSAULT" in types(doc)


@pytest.mark.parametrize("frame", ["يرى محللون أن", "يتوقع مراقبون أن", "من المرجح أن", "ربما"])
def test_speculation_and_opinion_frames(make_doc, frame):
    doc = make_doc(f"{frame} تقصف إسرائيل مواقع في جنوب لبنان خلال الأيام المقبلة.", actors=ISR)
    assert doc.events == [], [(e.event_type, e.trigger.text) for e in doc.events]


def test_event_told_before_the_opinion_frame_stands(make_doc):
    doc = make_doc("قصفت إسرائيل مواقع في جنوب لبنان، ويرى محللون أن التصعيد سيستمر.", actors=ISR)
    assert types(doc) == ["ASSAULT"]


def test_opinion_verb_of_an_official_is_not_an_analyst_frame(make_doc):
    doc = make_doc("قال المرصد إن إسرائيل قصفت مواقع في جنوب لبنان.",
                   actors=[("المرصد", "SYRNGO"), *ISR])
    assert "ASSAULT" in types(doc)


def test_film_about_a_war_is_no_event(make_doc):
    doc = make_doc("يروي الفيلم قصة جنود قصفوا قرية في جنوب لبنان.")
    assert doc.events == []


def test_event_dated_years_before_the_report_is_history(make_doc):
    text = "في عام 2006 قصفت إسرائيل مواقع في جنوب لبنان."
    old = make_doc(text, actors=ISR, dates=[("عام 2006", "2006", "year")], day=date(2024, 3, 10))
    fresh = make_doc(text, actors=ISR, dates=[("عام 2006", "2006", "year")], day=date(2006, 8, 1))
    assert old.events == []
    assert "ASSAULT" in types(fresh)


def test_since_a_year_is_ongoing_not_history(make_doc, event_stage):
    doc = make_doc("تحاصر القوات الإسرائيلية قطاع غزة منذ عام 2007.", actors=[("القوات الإسرائيلية", "ISRMIL")],
                   dates=[("عام 2007", "2007", "year")])
    assert doc.events == []  # read as "in 2007": history
    doc.dates[0].relation = "since"  # what the date stage records for منذ
    doc.events = []
    assert "COERCE" in types(event_stage(doc))


def test_explicit_years_need_a_year_word_or_a_chronology_dash():
    tok = Tokenizer()
    assert _explicit_years(tok.tokenize("حاصرها صلاح الدين عام 1188 لأسابيع")) == [(4, 1188)]
    assert _explicit_years(tok.tokenize("1970 - وافقت مصر على الخطة")) == [(0, 1970)]
    assert _explicit_years(tok.tokenize("قتل 1500 شخص في المعارك")) == []


def test_force_word_followed_by_words_of_speech_is_a_verbal_attack(make_doc):
    verbal = make_doc("قصفت الصحف الإسرائيلية الحكومة بوابل من الانتقادات اللاذعة.",
                      actors=[("الصحف الإسرائيلية", "ISRMED"), ("الحكومة", "ISRGOV")])
    military = make_doc("قصفت المدفعية الإسرائيلية مواقع في جنوب لبنان.",
                        actors=[("المدفعية الإسرائيلية", "ISRMIL")])
    assert "ASSAULT" not in types(verbal)
    assert "ASSAULT" in types(military)


def test_verbal_act_needs_an_actor_of_some_country_or_state(make_doc):
    routine = make_doc("انتقدت الصحيفة في افتتاحيتها غلاء الأسعار.", actors=[("الصحيفة", "MED", "MED")])
    political = make_doc("انتقدت الصحيفة الأردنية في افتتاحيتها غلاء الأسعار.",
                         actors=[("الصحيفة الأردنية", "JORMED")])
    union = make_doc("انتقدت النقابة قرار رفع الأسعار.", actors=[("النقابة", "LAB", "LAB")])
    assert routine.events == []
    assert types(political) == ["ACCUSE"]
    assert types(union) == ["ACCUSE"]


def test_deaths_from_a_natural_cause_are_no_assault(make_doc):
    natural = make_doc("قتل الوباء 300 شخص في مدينة الحديدة.", places=[("الحديدة", "Hodeidah", "YEM")])
    violent = make_doc("قتل مسلحون 300 شخص في مدينة الحديدة.", places=[("الحديدة", "Hodeidah", "YEM")])
    assert "ASSAULT" not in types(natural)
    assert "ASSAULT" in types(violent)


def test_an_uncoded_proper_name_is_somebody_a_definite_noun_is_not():
    from hadath.events.frames import _anchored
    from hadath.model import ActorMention

    assert _anchored(ActorMention(0, 9, "جنتيلوني", type="PERS", how="ner"))
    assert _anchored(ActorMention(0, 14, "الملا محمد عمر", type="PERS", how="ner"))
    assert not _anchored(ActorMention(0, 6, "المالك", type="PERS", how="ner"))
    assert not _anchored(ActorMention(0, 7, "الصحيفة", actor_code="MED", sector="MED"))
    assert _anchored(ActorMention(0, 7, "الصحيفة", actor_code="JORMED", country="JOR", sector="MED"))
