"""Round 10 of hand-checked real news (coder.py section 37): a price paid is no praise, a fire brought under control
is no seizure, and a team's forward line is no attack; each with a near miss."""

from __future__ import annotations

from .helpers import assert_type_not_coded, code_text, of_type


def test_a_price_paid_is_no_praise(pipeline) -> None:
    text = "وقال الناشط إن حقوق الإنسان دفعت ثمن عودة إيران إلى طاولة المفاوضات النووية."
    assert_type_not_coded(pipeline, text, "SUPPORT")


def test_and_with_the_subject_between(pipeline) -> None:
    text = "لقد دفعت عدة دول عربية ثمن أخطاء الحسابات منذ غزو الكويت."
    assert_type_not_coded(pipeline, text, "SUPPORT")


def test_praise_is_still_praise(pipeline) -> None:
    """Near miss: «ثمّن» with no verb of paying before it."""
    text = "وثمن وزير الخارجية الروسي دعم الصين لموقف بلاده في مجلس الأمن."
    [praise] = of_type(code_text(pipeline, text), "SUPPORT")
    assert [a.actor_code for a in praise.source] == ["RUSGOV"]


def test_control_of_a_fire_is_no_seizure(pipeline) -> None:
    text = "وسيطرت فرق الدفاع المدني على حريق اندلع في مبنى سكني بمدينة جدة."
    assert_type_not_coded(pipeline, text, "COERCE")


def test_control_of_a_town_is_a_seizure(pipeline) -> None:
    """Near miss: the same verb with a town after «على»."""
    text = "وسيطرت قوات النظام السوري على مدينة تدمر بعد معارك مع تنظيم داعش."
    assert [e.cameo for e in of_type(code_text(pipeline, text), "COERCE")] == ["192"]


def test_a_forward_line_is_no_attack(pipeline) -> None:
    text = "وغاب الثنائي في خط الهجوم الكاميروني إيفولو والبرازيلي ماركوس عن المباراة."
    assert_type_not_coded(pipeline, text, "ASSAULT")


def test_cooperation_with_nobody_named_is_too_little_to_code(pipeline) -> None:
    text = "وأكدت الهيئة أن تعاون كافة الشركات العاملة في جدة للخروج بأفضل خدمات للمسافرين يبقى من أولوياتها."
    assert_type_not_coded(pipeline, text, "COOPERATE")


def test_cooperation_between_named_parties_is_coded(pipeline) -> None:
    """Near miss: the same act with both parties named, and a place."""
    text = "وتعاونت الشرطة الأردنية مع الشرطة السعودية في ضبط شبكة التهريب في جدة."
    [cooperation] = of_type(code_text(pipeline, text), "COOPERATE")
    assert [a.actor_code for a in cooperation.source] == ["JORCOP"]


def test_warnings_counted_are_citations(pipeline) -> None:
    text = "ووجهت وزارة التجارة السعودية 25 إنذارا إلى شركات مخالفة."
    assert_type_not_coded(pipeline, text, "THREATEN")


def test_one_ultimatum_is_a_threat(pipeline) -> None:
    """Near miss: a single ultimatum, no number before it."""
    text = "ووجهت الحكومة الجزائرية إنذاراً إلى السفارة الفرنسية."
    [ultimatum] = of_type(code_text(pipeline, text), "THREATEN")
    assert [a.actor_code for a in ultimatum.source] == ["DZAGOV"]
