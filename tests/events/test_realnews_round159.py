"""Round 159 (coder section 179), from the 2015-08-10 sample: a number that counts the party after «من» right after
«قتل» counts the killed (قتل خمسة جنود من الجيش السوري، قتل 28 عنصرًا على الأقل من مقاتلي المعارضة), never their killers; a square or a fair named
after an institution or a paper is a place (بميدان المحكمة، سوق عكاظ), the actor stage's side, tested here with the
places the whole pipeline finds."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2015, 8, 10)


def test_the_counted_dead_did_not_kill(pipeline) -> None:
    assert [(s, t) for c, s, t in coded_parties(pipeline, "قتل خمسة جنود من الجيش السوري في ريف حلب.", DAY)
            if c == "190"] == [([], ["SYRMIL"])]


def test_gunmen_of_a_group_who_killed_a_count_killed(pipeline) -> None:
    # near miss: the number comes after the party, which is the subject
    coded = coded_parties(pipeline, "قتل مسلحون من تنظيم داعش 28 عنصرا من الجيش العراقي.", DAY)
    assert [s for c, s, _t in coded if c == "190"] == [["IMGMUSISI"]], coded


def test_a_bomb_in_a_square_named_after_a_court(pipeline) -> None:
    text = ("صرح مسؤول مركز الإعلام الأمني بأن عبوة بدائية الصنع انفجرت صباح اليوم (الاثنين) بميدان المحكمة بمصر "
            "الجديدة (شرق القاهرة)، وأن الانفجار أسفر عن إصابة ضابطين ومجند.")
    coded = coded_parties(pipeline, text, DAY)
    assert not [s for c, s, _t in coded if c.startswith("18") and s], coded


def test_a_fair_named_like_a_paper_marches_nowhere(pipeline) -> None:
    text = "يذكر أن جادة سوق عكاظ تحتضن مجموعة من الأنشطة التي تحاكي السوق التاريخي، كمسيرة الشعراء ومسيرة الفرسان."
    assert not [c for c, _s, _t in coded_parties(pipeline, text, DAY) if c.startswith("14")]


def test_the_paper_by_its_own_name(pipeline) -> None:
    # near miss: «صحيفة عكاظ» is the paper
    from .helpers import code_text
    doc = code_text(pipeline, "وقالت صحيفة عكاظ إن الوزير وصل إلى الرياض.", DAY)
    assert [m.actor_code for m in doc.entities if m.text == "صحيفة عكاظ"] == ["SAUMED"]
