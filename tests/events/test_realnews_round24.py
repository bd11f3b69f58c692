"""Round 24 of hand-checked real news (coder.py section 51): «تلقّوا أسلحة» is no disarmament; «تنصّل» is a
denial; asking to pass on greetings is no request; after a possessed verbal noun ل names the object; the one who
announces his own side's dead did not kill them.  Each with a near miss."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, codes, of_type, roles_of

DAY_2015 = date(2015, 7, 31)


def test_received_arms_are_no_disarmament(pipeline) -> None:
    doc = code_text(pipeline, "وأكد المتحدث باسم الجيش اليمني أنهم تلقوا أسلحة نوعية من التحالف.", DAY_2015)
    assert not [e for e in doc.events if e.cameo == "0873"]


def test_arms_handed_over_are_still_a_disarmament(pipeline) -> None:
    """Near miss: «سلّم المسلحون أسلحتهم» is laying down arms."""
    doc = code_text(pipeline, "وسلم مسلحو الحوثي أسلحتهم إلى الجيش اليمني في مأرب.", DAY_2015)
    assert [e for e in doc.events if e.cameo == "0873"]


def test_tanassul_denies_the_talks(pipeline) -> None:
    doc = code_text(pipeline, "فيما تنصّل المتحدث الرسمي باسم حركة طالبان مما تردد من أنباء عن إجراء محادثات سلام مع "
                              "حكومة كابول.", DAY_2015)
    assert [(codes(e.source), e.status) for e in of_type(doc, "CONSULT")] == [(["AFGREBTAL"], "denied")]


def test_talks_told_plainly_are_asserted(pipeline) -> None:
    """Near miss: the same talks with no denial."""
    doc = code_text(pipeline, "وأجرت حركة طالبان محادثات سلام مع حكومة كابول في الدوحة.", DAY_2015)
    assert [e.status for e in of_type(doc, "CONSULT")] == ["asserted"]


def test_asking_to_pass_on_greetings_is_no_request(pipeline) -> None:
    doc = code_text(pipeline, "وفي ختام اللقاء، طلب الرئيس عبدالفتاح السيسي نقل تحياته إلى أخيه خادم الحرمين الشريفين "
                              "الملك سلمان بن عبدالعزيز.", DAY_2015)
    assert not [e for e in doc.events if e.cameo.startswith("10")]


def test_asking_for_arms_is_a_request(pipeline) -> None:
    """Near miss: «طلب … نقل» of something else (troops) is still a request."""
    doc = code_text(pipeline, "وطلب الرئيس اليمني من التحالف نقل قوات إضافية إلى عدن.", DAY_2015)
    assert [e for e in doc.events if e.cameo.startswith("10")]


def test_lam_after_a_possessed_verbal_noun_names_its_object(pipeline) -> None:
    doc = code_text(pipeline, "وقالت أنقرة إن طائراتها واصلت استهدافها لتنظيم داعش في شمال سوريا.", DAY_2015)
    assert roles_of(doc, "ASSAULT") == [(["TURMIL"], ["IMGMUSISI"])]


def test_lam_after_a_bare_raid_noun_still_names_the_raider(pipeline) -> None:
    """Near miss: «غارات للطيران الروسي»: no pronoun on the noun, so ل names its doer."""
    doc = code_text(pipeline, "وشنت غارات للطيران الروسي على ريف إدلب.", DAY_2015)
    assert [s for s, _t in roles_of(doc, "ASSAULT")] == [["RUSMIL"]]


def test_an_army_announcing_its_own_dead_did_not_kill_them(pipeline) -> None:
    doc = code_text(pipeline, "أعلن الجيش التركي مقتل ثلاثة جنود أتراك أمس الخميس في محافظة شرناق.", DAY_2015)
    assert [s for s, _t in roles_of(doc, "ASSAULT")] == [[]]


def test_an_army_announcing_enemy_dead_killed_them(pipeline) -> None:
    """Near miss: the dead are the enemy's, so the announcing army is the killer."""
    doc = code_text(pipeline, "وأعلن الجيش العراقي مقتل 20 مسلحا من تنظيم داعش في الأنبار.", DAY_2015)
    assert roles_of(doc, "ASSAULT") == [(["IRQMIL"], ["IMGMUSISI"])]
