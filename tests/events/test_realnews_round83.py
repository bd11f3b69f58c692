"""Round 83 (coder section 110), from a hand-judged sample of 2015-07-23: «يحل محل» replaces, it dissolves nothing;
«مسيرة السلام» is the peace process, no march; and «القاعدة» after «قاعدة العند» in the same sentence is that base,
not al-Qaeda."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2015, 7, 23)


def _cameos(pipeline, text: str) -> list[str]:
    return [c for c, _s, _t in coded_parties(pipeline, text, DAY)]


def test_taking_the_place_of_a_party_dissolves_nothing(pipeline) -> None:
    assert "1722" not in _cameos(pipeline, "ويسعى حزب الاستقلال البريطاني ليحل محل حزب العمال صوتا للطبقة العاملة.")
    assert "1722" in _cameos(pipeline, "وحلت الحكومة المصرية حزب الحرية والعدالة.")


def test_the_peace_process_is_no_march(pipeline) -> None:
    assert "141" not in _cameos(pipeline, "وقالت إن دفع مسيرة السلام بين إسرائيل والفلسطينيين مطلب أوروبي.")
    assert "141" in _cameos(pipeline, "وشارك آلاف الفلسطينيين في مسيرة ضد الاستيطان في نابلس.")


def test_the_base_named_before_is_no_group(pipeline) -> None:
    text = ("وأعلنت المقاومة سيطرتها على مواقع الحوثيين في محيط قاعدة العند، وذكرت أن أفرادها قصفوا القاعدة "
            "بالصواريخ.")
    assert not [t for _c, _s, t in coded_parties(pipeline, text, DAY) if "IMGMUSALQ" in t]
