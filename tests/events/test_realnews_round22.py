"""Round 22 of hand-checked real news (coder.py section 49): «ولا سيما» is no negation; a plural past verb's
object is never its speaker; «مسلح» after an attack noun is its kind; a verbal act's «من قبل» agent past its
object is that object's doer; a quotation opening at a verb keeps its subject; a light verb's subject reaches
past a long chain of titles; animals killed and near misses (كاد) are no assault.  Each with a near miss."""

from __future__ import annotations

from datetime import date

import pytest

from .helpers import code_text, codes, of_type, roles_of

DAY_2015 = date(2015, 7, 26)


def test_wa_la_siyyama_means_especially_not_a_negation(pipeline) -> None:
    doc = code_text(pipeline, "وشنت حركة الشباب الصومالية هجمات عديدة في كينيا ولا سيما الهجوم على جامعة غاريسا في "
                              "أبريل.", DAY_2015)
    assaults = of_type(doc, "ASSAULT")
    assert assaults and all(e.status != "negated" for e in assaults)


def test_a_negation_before_the_attack_still_negates_it(pipeline) -> None:
    """Near miss: «لم» right before the verb."""
    doc = code_text(pipeline, "ولم تشن حركة الشباب الصومالية الهجوم على جامعة غاريسا.", DAY_2015)
    assert [e.status for e in of_type(doc, "ASSAULT")] == ["negated"]


def test_the_party_after_a_plural_past_appeal_is_not_its_speaker(pipeline) -> None:
    doc = code_text(pipeline, "مؤكدا أنهم طالبوا إدارة النقل بمنطقة عسير وبلدية رجال ألمع بدراسة الطريق.", DAY_2015)
    appeals = [e for e in doc.events if e.cameo.startswith("02")]
    assert not any("SAUGOV" in codes(e.source) for e in appeals)


def test_a_singular_appeal_keeps_its_speaker_after_the_verb(pipeline) -> None:
    """Near miss: «طالب» with its subject after it."""
    doc = code_text(pipeline, "وطالب وزير الخارجية السعودي إيران بوقف التدخل في شؤون المنطقة.", DAY_2015)
    appeals = [e for e in doc.events if e.cameo.startswith("02")]
    assert appeals and codes(appeals[0].source) == ["SAUGOV"]


@pytest.mark.parametrize("text", [
    "وقتل جنديان في هجوم مسلح للمقاومة على نقطة تابعة للمتمردين في محافظة الحديدة.",
    "قُتل ثلاثة جنود باكستانيين وأصيب خمسة آخرون في هجوم مسلح استهدف نقطة تفتيش في إقليم خيبر بختونخوا.",
])
def test_armed_after_an_attack_noun_is_its_kind_not_a_party(pipeline, text: str) -> None:
    """«هجوم مسلح»: no gunman (UAF) as the attacker, and the dead soldiers are not the attackers either."""
    sources = [codes(e.source) for e in of_type(code_text(pipeline, text, DAY_2015), "ASSAULT")]
    assert sources and not any({"UAF", "PAKMIL"} & set(s) for s in sources)


def test_a_gunman_is_still_the_shooter(pipeline) -> None:
    """Near miss: «مسلح» as the subject of a verb is a gunman."""
    doc = code_text(pipeline, "وأطلق مسلح النار على المصلين في المسجد.", DAY_2015)
    assert [s for s, _t in roles_of(doc, "ASSAULT")] == [["UAF"]]


def test_the_agent_of_a_condemned_act_is_not_the_condemner(pipeline) -> None:
    doc = code_text(pipeline, "وأدان الوزير اختطاف الصحفي من قبل جماعة مسلحة.", DAY_2015)
    assert not [e for e in of_type(doc, "ACCUSE") if "REB" in codes(e.source)]


def test_a_passive_request_keeps_its_agent(pipeline) -> None:
    """Near miss: «تم طلب … من قبل روسيا» is Russia's request."""
    doc = code_text(pipeline, "وتم طلب تشكيل الهيئة الأولى من قبل روسيا التي تعارض تدابير الاتحاد الأوروبي.",
                    DAY_2015)
    requests = [e for e in doc.events if e.cameo.startswith("10")]
    assert requests and codes(requests[0].source) == ["RUSGOV"]


def test_a_quotation_opening_at_the_verb_keeps_its_subject(pipeline) -> None:
    doc = code_text(pipeline, 'وجاء في البيان أن مملكة البحرين "تدين بشدة استمرار التصريحات العدائية من قبل '
                              'مسؤولي الجمهورية الإسلامية الإيرانية تجاه المملكة".', DAY_2015)
    assert [codes(e.source) for e in of_type(doc, "ACCUSE")] == [["BHRGOV"]]


def test_a_quoted_noun_after_a_preposition_keeps_the_warner(pipeline) -> None:
    """Near miss: «من «عواقب وخيمة»»: the quotation opens after a preposition, so the warned party before it is
    not the source."""
    doc = code_text(pipeline, "وفيما اتهمت دمشق «جبهة النصرة» بالتحضير لهجوم كيماوي، حذّرت موسكو واشنطن من «عواقب "
                              "وخيمة» إذا استهدفت القوات السورية.", DAY_2015)
    threats = [e for e in of_type(doc, "THREATEN")]
    assert threats and all("USAGOV" not in codes(e.source) for e in threats)


CHAIN = "صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع"


@pytest.mark.parametrize(("text", "roles"), [
    (f"أجرى {CHAIN} أمس اتصالاً هاتفياً بجلالة الملك عبدالله الثاني بن الحسين.", (["SAUMIL"], ["JORGOV"])),
    (f"تلقى {CHAIN} اتصالاً هاتفياً اليوم من الرئيس اليمني عبدربه منصور هادي.", (["YEMGOV"], ["SAUMIL"])),
])
def test_a_callers_long_chain_of_titles_keeps_him_the_subject(pipeline, text: str, roles) -> None:
    assert roles_of(code_text(pipeline, text, DAY_2015), "CONSULT") == [roles]


def test_a_verb_that_carries_no_noun_lends_it_no_subject(pipeline) -> None:
    """Near miss: «اقتحمت الشرطة … وإنهاء اشتباكات»: the police stormed the mosque; the clashes they came to end
    are not theirs."""
    doc = code_text(pipeline, "اقتحمت الشرطة الإسرائيلية صباح الأحد المسجد الأقصى في القدس الشرقية المحتلة لطرد "
                              "فلسطينيين تحصنوا فيه وإنهاء اشتباكات اندلعت بعد قدوم يهود متشددين.", DAY_2015)
    assert not [e for e in of_type(doc, "ASSAULT") if e.cameo == "193" and "ISRCOP" in codes(e.source)]


def test_whales_killed_are_no_assault(pipeline) -> None:
    doc = code_text(pipeline, "وزعم النشطاء أن الصيادين بجزر الفارو قتلوا نحو 250 حوتا في اليومين الماضيين.", DAY_2015)
    assert not of_type(doc, "ASSAULT")


def test_people_killed_are_still_an_assault(pipeline) -> None:
    """Near miss: the same verb and count, with people as its object."""
    doc = code_text(pipeline, "وقال الجيش إن المسلحين قتلوا نحو 25 جنديا في اليومين الماضيين.", DAY_2015)
    assert of_type(doc, "ASSAULT")


def test_a_near_miss_with_kada_is_no_strike(pipeline) -> None:
    doc = code_text(pipeline, "وكادت أن تتشكل في ضربة عسكرية أمريكية لولا تسليم الأسد لسلاحه الكيماوي!", DAY_2015)
    assert not of_type(doc, "ASSAULT")


def test_a_strike_told_plainly_is_coded(pipeline) -> None:
    """Near miss: the same strike without «كادت»."""
    doc = code_text(pipeline, "وشنت الطائرات الأمريكية ضربة عسكرية على مواقع النظام السوري.", DAY_2015)
    assert of_type(doc, "ASSAULT")
