"""Round 142, from a day of real news (2015-07-27): a government word in construct with the person who heads it
(«حكومة نتنياهو»، «إدارة أوباما») is one party, the government, not a subject and its object."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, parties_of

DAY = date(2015, 7, 27)


def test_an_administration_named_by_its_head_is_one_party(pipeline) -> None:
    text = "وتعهدت إدارة أوباما باستخدام حق الفيتو ضد مشروع القانون."
    assert parties_of(pipeline, text, "030", DAY) == [(["USAGOV"], [])]


def test_the_government_named_by_its_head_is_the_evidence(pipeline) -> None:
    doc = code_text(pipeline, "وانتقدت حكومة نتنياهو الاتفاق النووي مع إيران بشدة.", DAY)
    assert [[a.text for a in e.source] for e in doc.events if e.cameo == "111"] == [["حكومة نتنياهو"]]
    assert [[a.actor_code for a in e.target] for e in doc.events if e.cameo == "111"] == [[]]


def test_a_definite_government_then_a_person_stays_two_parties(pipeline) -> None:
    # near miss: «الحكومة» is definite, no construct: the person after it is the one met
    text = "والتقت الحكومة نتنياهو في القدس لبحث الاتفاق."
    assert parties_of(pipeline, text, "040", DAY) == [(["ISRGOV"], ["ISRGOV"])]
