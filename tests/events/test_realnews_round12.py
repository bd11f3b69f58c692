"""Round 12 of hand-checked real news (coder.py section 39): a rank held, a guest welcomed and people trapped in a
wreck read as acts; each with a near miss."""

from __future__ import annotations

import pytest

from .helpers import assert_type_not_coded, code_text

NOT_THE_ACT = [
    # (sentence, the CAMEO root it must not be coded as)
    ("واحتل سهم «موبايلي السعودية» المركز الأول بحجم التداول بواقع 12 مليون سهم.", "19"),
    ("وجاءت النرويج في المركز الأول بتصنيف هذا العام والذي احتلته ثلاث مرات خلال السنوات الخمس الماضية.", "19"),
    ("ورحب الرئيس التونسي في كلمته خلال المأدبة بضيف تونس الكبير ولي عهد الأردن.", "05"),
    ("أنقذت فرق الدفاع المدني بتبوك خمسة أشخاص احتجزوا داخل شقة سكنية إثر نشوب حريق.", "17"),
    ("وأوضح المتحدث الرسمي للدفاع المدني بمنطقة تبوك أنه تبين وجود حالة احتجاز لسائق داخل المركبة بعد ارتطامها "
     "بعمود إنارة، واستدعى ذلك تدخل فرق الإنقاذ.", "17"),
    ("أخرج رجال الدفاع المدني بمحافظة الطائف أربعة أشخاص احتجزوا في سيل وادي وج، وتمكنت الفرق من إنقاذهم جميعا.",
     "17"),
]


def _roots(pipeline, text: str) -> list[str]:  # noqa: ANN001 - the session's pipeline
    return [e.cameo[:2] for e in code_text(pipeline, text).events]


@pytest.mark.parametrize(("text", "root"), NOT_THE_ACT, ids=[f"{r}:{t.split()[0]}" for t, r in NOT_THE_ACT])
def test_words_of_an_act_that_tell_none(pipeline, text: str, root: str) -> None:
    assert root not in _roots(pipeline, text)


def test_gunmen_occupying_a_centre_occupy_it(pipeline) -> None:
    """Near miss: «المركز» past a long subject with no ordinal is a building (مبنى المركز الثقافي): an occupation."""
    text = "واحتل مسلحون من تنظيم داعش مبنى المركز الثقافي في مدينة الرقة."
    assert "19" in _roots(pipeline, text)


def test_welcoming_a_decision_is_praise(pipeline) -> None:
    """Near miss: «رحب» with a decision as its object is support, however far the object."""
    text = "ورحب الرئيس التونسي في كلمته أمام البرلمان بقرار مجلس الأمن الدولي."
    assert "05" in _roots(pipeline, text)


def test_police_detaining_suspects_is_an_arrest(pipeline) -> None:
    """Near miss: «احتجز» with no rescue told is a detention."""
    text = "واحتجزت الشرطة التونسية خمسة أشخاص للتحقيق معهم في مدينة صفاقس."
    assert "17" in _roots(pipeline, text)
    assert_type_not_coded(pipeline, "أنقذت فرق الدفاع المدني خمسة أشخاص احتجزوا داخل شقة سكنية.", "COERCE")


def test_hostages_freed_by_an_army_were_held(pipeline) -> None:
    """Near miss: a rescue word without civil defence: hostages an armed group held are detained, rescued or not."""
    text = "وقال الجيش النيجيري إنه أنقذ 178 شخصا تحتجزهم جماعة بوكو حرام في ولاية بورنو."
    assert "17" in _roots(pipeline, text)
