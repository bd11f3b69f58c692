"""Round 53 (coder section 80): the verb's own noun right after it (ينفون نفياً قاطعاً، يرفضون رفضاً شرساً) is the verb's
emphasis, no second act: the verb alone stands for it, and a verb set aside (a relative describing) takes its noun
with it."""

from __future__ import annotations

from datetime import date

from .helpers import code_text

DAY_2015 = date(2015, 7, 21)


def test_the_verbs_own_noun_is_no_second_act(pipeline) -> None:
    text = "لكن موسكو والمتمردين ينفون نفيا قاطعا أي تورط في تحطم الطائرة."
    denials = [e for e in code_text(pipeline, text, DAY_2015).events if e.cameo == "016"]
    assert [e.trigger.text for e in denials] == ["ينفون"]


def test_a_generic_rejection_leaves_no_noun_behind(pipeline) -> None:
    text = ("وتجد ذلك في أتباع الجماعات المتطرفة من الشباب أيضا الذين يرفضون رفضا شرسا أي عملية نقد ونقاش في "
            "المسلمات.")
    assert not [e for e in code_text(pipeline, text, DAY_2015).events if e.cameo.startswith("12")]
