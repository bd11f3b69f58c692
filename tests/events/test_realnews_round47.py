"""Round 47 (coder section 74): «دافع» with no «عن» in reach is the noun, a motive; a firm agreeing to buy another is
economy; «مسيرة الحج» is no march; one party named as both the one hitting and the one hit is the one hit, unless a
verb of doing with the act's pronoun names it (شنه متمردون).  Near misses keep a defence with its «عن» far off and a
state agreeing to buy arms."""

from __future__ import annotations

from datetime import date

import pytest

from .helpers import coded_parties

DAY_2015 = date(2015, 7, 24)


def _codes(pipeline, text: str) -> list[tuple[str, list[str], list[str]]]:
    return coded_parties(pipeline, text, DAY_2015)


@pytest.mark.parametrize(("text", "root"), [
    ("حتى مع وجود دافع وسلاح وفرصة، رفض الرئيس السوري استخدام القوة ضد الأكراد.", "05"),
    ("وافقت شركة نيكي اليابانية على شراء مجموعة فايننشال تايمز من مجموعة بيرسون البريطانية.", "03"),
    ("وظلت مسيرة الحج تستمر في عهد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز.", "14"),
])
def test_a_motive_a_takeover_and_the_hajj_are_no_acts(pipeline, text: str, root: str) -> None:
    assert not [c for c in _codes(pipeline, text) if c[0].startswith(root)]


@pytest.mark.parametrize(("text", "root"), [
    ("ودافع كل من وزير الخارجية جون كيري، ووزير الخزانة جاك لو، ووزير الطاقة إرنست مونيز، عن الاتفاق.", "05"),
    ("وافقت الحكومة المصرية على شراء طائرات رافال من فرنسا.", "03"),
])
def test_a_far_defence_and_a_state_buying_arms_are_still_acts(pipeline, text: str, root: str) -> None:
    assert [c for c in _codes(pipeline, text) if c[0].startswith(root)]


def test_one_party_hitting_and_hit_is_the_one_hit(pipeline) -> None:
    codes = _codes(pipeline, "وقالت: «استهداف بيوت الله وقتل المصلين أصبح ديدن الجماعات الإرهابية والضالة».")
    assert ("190", [], ["CVL"]) in codes and not [c for c in codes if c[1] == c[2]]


def test_a_party_named_by_a_verb_of_doing_is_the_attacker(pipeline) -> None:
    text = "وفي حادث منفصل، قتل جندي تركي في هجوم بقاذفة صواريخ شنه متمردون أكراد واستهدف طوافة عسكرية."
    codes = [c for c in _codes(pipeline, text) if c[0].startswith("19") and "REB" in "".join(c[1] + c[2])]
    assert codes and all(c[2] != c[1] for c in codes) and any("REB" in "".join(c[1]) for c in codes)
