"""Round 155 (coder section 175), from the 2015-08-06 sample: a crowd after a comma is the object of the verb before
it; the place a visit goes to, named right after the noun, is its target and its location; a verb after «، كما»
shares the sentence's subject; a feminine verb before a man's title phrase has him as its object; two meetings with
counterparts of no code in common are two events."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, coded_parties, parties_of

DAY = date(2015, 8, 6)
LAVROV = ("عقد وزير الخارجية الروسي سيرغي لافروف، في إطار زيارة عمل إلى قطر، الاثنين، لقاء مع رئيس الائتلاف السوري "
          "الأسبق معاذ الخطيب، كما اجتمع مع رئيس المكتب السياسي لحركة «حماس»، خالد مشعل.")


def test_citizens_after_a_comma_are_called_on(pipeline) -> None:
    text = "دعت وزارة الداخلية السعودية، المواطنين كافة، إلى عدم التعامل مع مجهولي الهوية."
    assert parties_of(pipeline, text, "020", DAY) == [(["SAUCOP"], ["SAUCVL"])]


def test_a_title_after_a_comma_is_still_the_persons(pipeline) -> None:
    # near miss: a named official's title after a comma is his, no object
    coded = coded_parties(pipeline, "دعا محمد علي جعفري، قائد الحرس الثوري، إلى الوحدة.", DAY)
    assert not [t for c, _s, t in coded if c.startswith("02") and t], coded


def test_the_country_visited_is_the_target_and_the_place(pipeline) -> None:
    doc = code_text(pipeline, LAVROV, DAY)
    visits = [e for e in doc.events if e.cameo == "042"]
    assert [([a.actor_code for a in e.source], [a.actor_code for a in e.target]) for e in visits] == [
        (["RUSGOV"], ["QATGOV"])]
    assert visits[0].location is not None and visits[0].location.country == "QAT"


def test_a_meeting_after_kama_is_the_sentence_subjects_and_its_own(pipeline) -> None:
    assert (["RUSGOV"], ["PSEREBHMS"]) in parties_of(pipeline, LAVROV, "040", DAY)


def test_a_feminine_verb_before_a_mans_title_phrase(pipeline) -> None:
    text = "وبحسب المقاومة، فإن مجموعة مسلحة تنتمي للمقاومة قتلت القيادي في حزب الحق أحمد محمد المهدي."
    kills = [(s, t) for c, s, t in coded_parties(pipeline, text, DAY) if c.startswith("19")]
    assert kills and all(not s and t for s, t in kills), kills


def test_recalling_her_ambassador_keeps_the_state_he_is_posted_to(pipeline) -> None:
    # near miss: «إنها استدعت سفيرها»: no title phrase past the verb, so the older reading holds
    text = "قالت البحرين اليوم السبت إنها استدعت سفيرها لدى طهران للتشاور."
    assert parties_of(pipeline, text, "161", DAY) == [(["BHRGOV"], ["IRNGOV"])]
