"""Round 88 (coder section 115), from the dev split's missing targets: members named by their body after the
act's preposition (عقوبات على سبعة من كبار قادة جماعة …، على 12 متهماً من قيادات …), a short quoted name after
«ضد» or after a member's or a place's preposition (ضد «وحدات حماية الشعب»، القيادي البارز في «تنظيم داعش»، مقرات
لـ«حزب العمال الكردستاني») is part of the clause, not a quotation that ends it."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2016, 3, 14)


def test_leaders_counted_after_the_preposition_name_their_body(pipeline) -> None:
    text = "فرضت وزارة الخزانة البريطانية عقوبات على أربعة من كبار قادة حركة الشباب."
    assert ("163", ["GBRGOV"], ["SOMREBSHB"]) in coded_parties(pipeline, text, DAY)


def test_a_quoted_name_after_against_is_the_target(pipeline) -> None:
    text = "هدد الرئيس التركي بشن عملية عسكرية ضد «وحدات حماية الشعب» في منبج."
    assert ("138", ["TURGOV"], ["SYRREBYPG"]) in coded_parties(pipeline, text, DAY)


def test_a_quoted_body_of_a_member_is_the_target(pipeline) -> None:
    text = "اعتقلت الشرطة العراقية قيادياً ميدانياً بارزاً في «تنظيم داعش» غرب الموصل."
    assert ("173", ["IRQCOP"], ["IMGMUSISI"]) in coded_parties(pipeline, text, DAY)


def test_quoted_owner_of_places_after_a_detached_lam(pipeline) -> None:
    text = "قصفت الطائرات التركية مقرات لـ«حزب العمال الكردستاني» في جبال قنديل."
    assert ("195", ["TURMIL"], ["TURREBPKK"]) in coded_parties(pipeline, text, DAY)


def test_a_crowd_of_supporters_is_no_member_object(pipeline) -> None:
    # near miss: the member noun opens the subject after the verb, with no preposition of the act before it
    text = "اقتحم مئات من أنصار التيار الصدري مبنى البرلمان في بغداد."
    storms = [t for c, _s, t in coded_parties(pipeline, text, DAY) if c == "145"]
    assert storms and not [t for t in storms if "IRQPTYSDR" in t], storms


def test_quoted_names_elsewhere_still_end_the_clause(pipeline) -> None:
    # near misses: «على حسابه على "تويتر"» and «قال لـ"الشرق الأوسط"» name no party of the attack
    for text in ("أعلن الجيش تنفيذ هجوم على مواقع المتمردين، بحسب بيان نشره على حسابه على «تويتر».",
                 "وقال المتحدث لـ«الشرق الأوسط» إن قواته ستواصل الهجوم على مواقع المتمردين."):
        attacks = [t for c, _s, t in coded_parties(pipeline, text, DAY) if c == "190"]
        assert attacks and all(t == ["REB"] for t in attacks), (text, attacks)
