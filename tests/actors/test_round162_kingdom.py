"""Round 162, from a day of real news (2015-07-24): «المملكة» alone is the kingdom the text is about — in its
sentence the last one named (وزير الخارجية الأردني … المملكة → JOR), else the one the article names most — never
a kingdom the lexicon does not call so (the United Kingdom), and not where it is a place (في المملكة)."""

from __future__ import annotations

from datetime import date

from hadath.actors.stage import ActorStage

from .helpers import coded_mentions

DAY = date(2015, 7, 24)


def test_the_kingdom_named_in_the_sentence(shipped_rules_stage: ActorStage) -> None:
    coded = coded_mentions(shipped_rules_stage, "وأكد وزير الخارجية الأردني أن المملكة ملتزمة بحل الدولتين.", DAY)
    assert ("المملكة", "JOR") in coded, coded


def test_the_kingdom_the_article_names_most(shipped_rules_stage: ActorStage) -> None:
    text = ("أعلنت السعودية دعمها للحكومة اليمنية. وزار العاهل الأردني الرياض أمس. وأكدت السعودية موقفها. "
            "وقال المتحدث إن المملكة لن تقبل بالتدخل الإيراني.")
    coded = coded_mentions(shipped_rules_stage, text, DAY)
    assert [c for t, c in coded if t == "المملكة"] == ["SAU"], coded


def test_no_kingdom_named_no_actor(shipped_rules_stage: ActorStage) -> None:
    # near miss: nothing to point back to
    coded = coded_mentions(shipped_rules_stage, "وأكد الوزير أن المملكة تدعم الحلول السلمية.", DAY)
    assert not [t for t, _c in coded if "المملكة" in t], coded


def test_the_united_kingdom_is_not_called_the_kingdom(shipped_rules_stage: ActorStage) -> None:
    # near miss: Britain is a kingdom by its name, but Arabic news does not call it «المملكة» alone
    coded = coded_mentions(shipped_rules_stage, "وقال وزير الخارجية البريطاني إن المملكة تدعم الحل.", DAY)
    assert not [c for t, c in coded if t == "المملكة"], coded


def test_in_the_kingdom_is_a_place(shipped_rules_stage: ActorStage) -> None:
    # near miss: after a location preposition it is where, for the places stage
    coded = coded_mentions(shipped_rules_stage, "قال الوزير السعودي إن الأمطار هطلت في المملكة.", DAY)
    assert not [t for t, _c in coded if t.endswith("المملكة")], coded


def test_outside_a_country_is_a_place(shipped_rules_stage: ActorStage) -> None:
    # round 163: «خارج» / «على مستوى» / «أراضي» before a country name it as a place, as «في» does
    for text in ("وناشد الأب المسؤولين علاج ابنه خارج السعودية على نفقة الدولة.",
                 "وانتشرت المراكز على مستوى السعودية.", "وتسلل شخصان من أراضي السعودية."):
        coded = coded_mentions(shipped_rules_stage, text, DAY)
        assert not [t for t, c in coded if c and c.startswith("SAU")], (text, coded)
