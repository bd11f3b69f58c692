"""Round 10 of hand-checked real news (coder.py section 37): a price paid is no praise, a fire brought under control
is no seizure, a team's forward line is no attack, cooperation with nobody named is too little to code, and
counted warnings are citations; each with a near miss."""

from __future__ import annotations

import pytest

from .helpers import assert_type_not_coded, code_text, of_type

NOT_THE_ACT = [
    # (sentence, the type it must not be coded as)
    ("وقال الناشط إن حقوق الإنسان دفعت ثمن عودة إيران إلى طاولة المفاوضات النووية.", "SUPPORT"),
    ("لقد دفعت عدة دول عربية ثمن أخطاء الحسابات منذ غزو الكويت.", "SUPPORT"),  # the subject between
    ("وسيطرت فرق الدفاع المدني على حريق اندلع في مبنى سكني بمدينة جدة.", "COERCE"),
    ("وغاب الثنائي في خط الهجوم الكاميروني إيفولو والبرازيلي ماركوس عن المباراة.", "ASSAULT"),
    ("وأكدت الهيئة أن تعاون كافة الشركات العاملة في جدة للخروج بأفضل خدمات للمسافرين يبقى من أولوياتها.",
     "COOPERATE"),
    ("ووجهت وزارة التجارة السعودية 25 إنذارا إلى شركات مخالفة.", "THREATEN"),
]


@pytest.mark.parametrize(("text", "kind"), NOT_THE_ACT, ids=[f"{k}:{t.split()[1]}" for t, k in NOT_THE_ACT])
def test_words_of_an_act_that_tell_none(pipeline, text: str, kind: str) -> None:
    assert_type_not_coded(pipeline, text, kind)


def test_praise_is_still_praise(pipeline) -> None:
    """Near miss: «ثمّن» with no verb of paying before it."""
    text = "وثمن وزير الخارجية الروسي دعم الصين لموقف بلاده في مجلس الأمن."
    [praise] = of_type(code_text(pipeline, text), "SUPPORT")
    assert [a.actor_code for a in praise.source] == ["RUSGOV"]


def test_control_of_a_town_is_a_seizure(pipeline) -> None:
    """Near miss: the same verb with a town after «على»."""
    text = "وسيطرت قوات النظام السوري على مدينة تدمر بعد معارك مع تنظيم داعش."
    assert [e.cameo for e in of_type(code_text(pipeline, text), "COERCE")] == ["192"]


def test_cooperation_between_named_parties_is_coded(pipeline) -> None:
    """Near miss: the same act with both parties named, and a place."""
    text = "وتعاونت الشرطة الأردنية مع الشرطة السعودية في ضبط شبكة التهريب في جدة."
    [cooperation] = of_type(code_text(pipeline, text), "COOPERATE")
    assert [a.actor_code for a in cooperation.source] == ["JORCOP"]


def test_one_ultimatum_is_a_threat(pipeline) -> None:
    """Near miss: a single ultimatum, no number before it."""
    text = "ووجهت الحكومة الجزائرية إنذاراً إلى السفارة الفرنسية."
    [ultimatum] = of_type(code_text(pipeline, text), "THREATEN")
    assert [a.actor_code for a in ultimatum.source] == ["DZAGOV"]
