"""Round 26 of hand-checked real news (coder.py section 53): «عندما» opens a clause with its own subject, a past
verb after it with none keeps the one before; a party that goes on with or takes part in an act (استمرت
الميليشيات في استهداف، شارك الطيران في قصف) is its doer.  Each with a near miss."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, codes, of_type, roles_of

DAY_2015 = date(2015, 8, 6)


def test_indama_opens_a_clause_whose_subject_follows_its_verb(pipeline) -> None:
    doc = code_text(pipeline, "قالت مصادر أمنية: إن جنديين تركيين وحارسًا مسلحًا قتلوا عندما فجر مقاتلون أكراد لغمًا "
                              "محلي الصنع صباح أمس في إقليم شرناق.", DAY_2015)
    assert [codes(e.source) for e in of_type(doc, "ASSAULT")] == [["TURREB"]]


def test_a_past_verb_after_indama_with_no_subject_keeps_the_one_before(pipeline) -> None:
    """Near miss: no subject after «قصف», so the army before «عندما» shelled."""
    doc = code_text(pipeline, "وكان الجيش السوري يتقدم في المنطقة عندما قصف مواقع المعارضة.", DAY_2015)
    assert [s for s, _t in roles_of(doc, "ASSAULT")] == [["SYRMIL"]]


def test_a_party_going_on_with_an_attack_is_its_doer(pipeline) -> None:
    doc = code_text(pipeline, "استمرت ميليشيات الحوثي الانقلابية أمس في استهداف أحياء وقرى محافظة ظهران الجنوب الحدودية.",
                    DAY_2015)
    assert [s for s, _t in roles_of(doc, "ASSAULT")] == [["YEMREBHOU"]]


def test_a_party_taking_part_in_a_raid_is_its_doer(pipeline) -> None:
    doc = code_text(pipeline, "وشارك الطيران الأردني في قصف مواقع تنظيم داعش في الرقة.", DAY_2015)
    assert [s for s, _t in roles_of(doc, "ASSAULT")] == [["JORMIL"]]


def test_the_dead_in_an_attack_are_still_not_its_doers(pipeline) -> None:
    """Near miss: «قتل جنود أتراك في هجوم»: a toll, the soldiers its victims."""
    doc = code_text(pipeline, "وقتل جنود أتراك في هجوم على نقطة تفتيش قرب الحدود.", DAY_2015)
    assert [e for e in of_type(doc, "ASSAULT") if "TURMIL" in codes(e.target)]
    assert not [e for e in of_type(doc, "ASSAULT") if "TURMIL" in codes(e.source)]
