"""Round 146, from a day of real news (2015-08-01): a party right after a later verb joined by و after a comma stands
in a clause of its own («ونددت واشنطن بالهجوم، واعتبرت منظمة التعاون الإسلامي …»): it is that verb's subject when
the verb never takes a party as its object, and no object of the verb before the comma either way; a place after ل is
whom an act is for, not where it happened (استفزاز النصرة لواشنطن), unless a journey goes there; «الأمن القومي» is
security as a good, not the police; «تستهدف … جلب استثمارات» is an aim."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, coded_parties, parties_of

DAY = date(2015, 8, 1)


def test_a_verb_with_no_party_object_takes_the_party_after_it_as_subject(pipeline) -> None:
    text = "وانتقدت موسكو بشدة القرار الأمريكي الأخير، واعتبرت جامعة الدول العربية هذا القرار تصعيداً خطيراً."
    assert parties_of(pipeline, text, "111", DAY) == [(["RUSGOV"], ["USAGOV"]), (["IGOARL"], [])]


def test_an_appeal_after_the_comma_keeps_the_shared_subject(pipeline) -> None:
    # near miss: «طالب» takes a party as its object, so the League is the one appealed to, and no object of «أدانت»
    text = "أدانت مصر الهجوم الإرهابي، وطالبت جامعة الدول العربية بالتحرك العاجل."
    assert coded_parties(pipeline, text, DAY) == [("111", ["EGYGOV"], []), ("020", ["EGYGOV"], ["IGOARL"])]


def test_the_speaker_of_a_later_speech_verb_is_no_object(pipeline) -> None:
    text = "ودانت السعودية الاعتداء على المسجد، وقالت الجامعة العربية إنه جريمة."
    assert parties_of(pipeline, text, "111", DAY) == [(["SAUGOV"], [])]


def test_the_host_who_receives_a_visit_is_still_the_one_visited(pipeline) -> None:
    # near miss: the host named after «واستقبله» is the visit's target, though he opens a later clause
    text = "حل وزير الخارجية الليبي بتونس في زيارة عمل تستمر يومين، واستقبله الرئيس قيس سعيد بقصر قرطاج."
    assert parties_of(pipeline, text, "042", date(2023, 5, 3)) == [(["LBYGOV"], ["TUNGOV"])]


def test_a_place_after_lam_is_no_location(pipeline) -> None:
    doc = code_text(pipeline, "وخطفت جبهة النصرة في تحد لواشنطن عشرة مقاتلين معتدلين.", DAY)
    assert [(e.cameo, e.location) for e in doc.events] == [("181", None)]


def test_where_a_journey_goes_with_lam_is_the_location(pipeline) -> None:
    # near miss: the meetings are held during a visit «لموسكو»: that is where they take place
    doc = code_text(pipeline, "وسيجري الوزير السعودي خلال زيارته لموسكو لقاءات مع المسؤولين الروس.", DAY)
    assert [e.location.name if e.location else None for e in doc.events] == ["Moscow"]


def test_national_security_is_no_police(pipeline) -> None:
    doc = code_text(pipeline, "وأكد مسؤول في كييف أن فنانين أجانب يهددون الأمن القومي الأوكراني.", DAY)
    assert [m.actor_code for m in doc.entities] == []
    assert not doc.events


def test_a_national_security_agency_is_still_a_body(pipeline) -> None:
    # near miss: «جهاز» heads the words, so they name the agency that arrests
    text = "وقال مسؤول في كييف إن جهاز الأمن القومي الأوكراني اعتقل مشتبهاً."
    assert [s for s, _ in parties_of(pipeline, text, "173", DAY)] == [["UKRCOP"]]


def test_an_aim_to_attract_investment_is_no_attack(pipeline) -> None:
    assert parties_of(pipeline, "وتستهدف إيران جلب استثمارات بقيمة مليار دولار.", "190", DAY) == []
