"""Round 38 of hand-checked real news (coder.py section 65): «إذا لم / إن لم» before a verb is a condition, not a
negation; right after «أنها» the pronoun is the subject, so the state after the verb is its object (أعلنت واشنطن
أنها سلمت مصر); political turmoil (الاضطرابات السياسية) is no riot.  Near misses keep a plain negation and a riot."""

from __future__ import annotations

from datetime import date

from .helpers import code_text

DAY_2015 = date(2015, 7, 31)


def _codes(pipeline, text: str) -> list[tuple[str, str, list[str], list[str]]]:
    return [(e.cameo, e.status, [a.actor_code for a in e.source], [a.actor_code for a in e.target])
            for e in code_text(pipeline, text, DAY_2015).events]


def test_if_not_is_a_condition(pipeline) -> None:
    text = ("وأضاف عسيري أنه إذا لم يوافق الحوثيون في نهاية المطاف على الانسحاب من صنعاء، فإنه سيكون للحكومة الحق "
            "في إخراجهم بالقوة.")
    codes = [c for c in _codes(pipeline, text) if c[0] == "030"]
    assert codes and all(c[1] == "hypothetical" for c in codes)


def test_a_plain_not_is_still_a_negation(pipeline) -> None:
    codes = [c for c in _codes(pipeline, "وقال إن الحوثيين لم يوافقوا على الانسحاب من صنعاء.") if c[0] == "030"]
    assert codes and all(c[1] == "negated" for c in codes)


def test_after_annaha_the_state_after_the_verb_is_the_object(pipeline) -> None:
    codes = _codes(pipeline, "وفي ديسمبر، أعلنت واشنطن انها سلمت مصر عشر مروحيات اباتشي.")
    assert any(c[0].startswith("07") and c[2] == ["USAGOV"] and c[3] == ["EGY"] for c in codes)


def test_political_turmoil_is_no_riot(pipeline) -> None:
    text = ("أعلنت المؤسسة الليبية للاستثمار مقاضاة أربع دول إفريقية تحاول تأميم استثمارات تابعة للمؤسسة مستفيدة "
            "من الاضطرابات السياسية في ليبيا.")
    assert not [c for c in _codes(pipeline, text) if c[0] == "145"]


def test_unrest_in_the_streets_is_still_a_riot(pipeline) -> None:
    codes = _codes(pipeline, "واندلعت اضطرابات في شوارع نواكشوط بين الشرطة ومتظاهرين غاضبين.")
    assert [c for c in codes if c[0] == "145"]
