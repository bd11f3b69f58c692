"""Round 9 of hand-checked real news (coder.py section 35): a verb that already holds its subject takes no subject
after it, and a cue word read after a bare ك is no cue; each with a near miss."""

from __future__ import annotations

from .helpers import code_text, of_type


def _codes(actors) -> list:  # noqa: ANN001 - the event's source or target mentions
    return [a.actor_code for a in actors]


# ---------------------------------------------------------------- a relative pronoun before a verb of force

def test_the_people_an_attack_targeted_are_its_target(pipeline) -> None:
    text = "أكدت الحادثة الإرهابية التي استهدفت رجال الأمن بمسجد قوات الطوارئ بمنطقة عسير أن اللحمة الوطنية صفة حميدة."
    [attack] = of_type(code_text(pipeline, text), "ASSAULT")
    assert _codes(attack.target) == ["SAUCOP"]
    assert _codes(attack.source) == []


def test_and_in_a_bombing_with_its_toll(pipeline) -> None:
    text = "وقتل خمسة من رجال الشرطة في التفجير الذي استهدف رجال الأمن أثناء صلاة الظهر في أبها."
    [attack] = of_type(code_text(pipeline, text), "ASSAULT")
    assert _codes(attack.source) == []


def test_a_verb_carrying_its_object_pronoun_keeps_its_subject_after_it(pipeline) -> None:
    """Near miss: «الهجوم الذي شنته القوات الروسية»: the verb holds its object (the attack); the forces are its
    subject."""
    text = "وأدانت المعارضة الهجوم الذي شنته القوات الروسية على ريف إدلب."
    attacks = of_type(code_text(pipeline, text), "ASSAULT")
    assert any(c and c.startswith("RUS") for a in attacks for c in _codes(a.source))


def test_a_relative_clause_of_agreement_keeps_its_subject_after_the_verb(pipeline) -> None:
    """Near miss: outside acts of force a relative clause often puts its own subject after the verb."""
    text = "ويعد موقع بارشين من المواقع الحساسة التي وافقت إيران على دخول مفتشي الوكالة إليها."
    [agree] = of_type(code_text(pipeline, text), "AGREE")
    assert _codes(agree.source) == ["IRNGOV"]


# ---------------------------------------------------------------- a plural verb holds its subject

def test_the_party_after_a_plural_verb_of_blame_is_blamed(pipeline) -> None:
    text = "وفي بيان مشترك حمّلوا الحكومة الإسرائيلية المسؤولية الكاملة عن حياة الأسرى."
    [blame] = of_type(code_text(pipeline, text), "ACCUSE")
    assert _codes(blame.source) == []
    assert _codes(blame.target) == ["ISRGOV"]


def test_a_plural_verb_of_force_may_be_a_passive(pipeline) -> None:
    """Near miss: «أُعدموا على أيدي متشددي داعش»: a plural verb of force is as often a passive, so the rule leaves
    it to the rest of the coder (which reads the group after it as the killers)."""
    text = "أعلن وزير الدفاع العراقي أن أكثر من ألفي عراقي في نينوى أعدموا على أيدي متشددي تنظيم داعش."
    [killing] = of_type(code_text(pipeline, text), "ASSAULT")
    assert _codes(killing.source) == ["IMGMUSISI"]


def test_an_appeal_needs_its_speaker_and_is_left_as_it_was(pipeline) -> None:
    """Near miss: statements and appeals are coded only with a speaker, so the rule does not take it away."""
    text = "دخل معتقلون في سجن المرناقية إضرابا عن الطعام، بحسب هيئة الدفاع عنهم، التي طالبت السلطات التونسية بالإفراج عنهم."
    assert [e for e in code_text(pipeline, text).events if e.cameo.startswith("02")]


# ---------------------------------------------------------------- a cue after a bare ك

def test_complete_is_not_his_hope(pipeline) -> None:
    text = "وسيطرت القوات الحكومية على مديرية حزم العدين كاملة بعد مواجهات مع الحوثيين خلفت قتلى وجرحى."
    fights = of_type(code_text(pipeline, text), "ASSAULT")
    assert fights and all(e.status != "hoped" for e in fights)


def test_a_real_hope_is_still_a_hope(pipeline) -> None:
    """Near miss: the hope noun itself, with و before it."""
    text = "وأعرب الوزير عن أمله بأن تتوقف المواجهات مع الحوثيين قريبا."
    fights = of_type(code_text(pipeline, text), "ASSAULT")
    assert fights and all(e.status != "asserted" for e in fights)


# ---------------------------------------------------------------- a street named after a capital

def test_shells_on_baghdad_street_in_damascus_do_not_hit_iraq(pipeline) -> None:
    text = "وقتل خمسة أشخاص جراء سقوط قذائف صاروخية على شارعي الثورة وبغداد وحي باب توما في دمشق."
    [attack] = of_type(code_text(pipeline, text), "ASSAULT")
    assert not any(c and c.startswith("IRQ") for c in _codes(attack.target))
    assert attack.location is None or attack.location.country != "IRQ"


def test_an_acting_capital_is_still_its_government(pipeline) -> None:
    """Near miss: the capital as subject of a verb of statement, with no street word before it."""
    text = "وقالت بغداد إنها ترفض أي تدخل عسكري تركي في شمال العراق."
    [refusal] = of_type(code_text(pipeline, text), "REJECT")
    assert _codes(refusal.source) == ["IRQGOV"]


# ---------------------------------------------------------------- section 36: passives by their cause, mourners

def test_soldiers_killed_by_a_mine_are_its_victims(pipeline) -> None:
    text = "وقال مصدر محلي إن ثلاثة جنود من قوات التحالف العربي قتلوا أمس إثر انفجار لغم على الطريق بين العلم وزنجبار."
    [killing] = of_type(code_text(pipeline, text), "ASSAULT")
    assert _codes(killing.source) == []
    assert _codes(killing.target) == ["SAUMIL"]


def test_a_plural_verb_of_force_with_a_place_after_it_is_active(pipeline) -> None:
    """Near miss: «في» before a place, not before an attack, is no cause; the object follows it."""
    text = "وقال المتحدث إن الحوثيين قتلوا أمس في تعز ثلاثة مدنيين."
    [killing] = of_type(code_text(pipeline, text), "ASSAULT")
    assert _codes(killing.source) == ["YEMREBHOU"]


def test_who_offers_condolences_did_not_bomb(pipeline) -> None:
    text = "ونقل ولي العهد تعازي خادم الحرمين الشريفين لأسر شهداء الواجب في حادث التفجير الإرهابي في منطقة عسير."
    for attack in of_type(code_text(pipeline, text), "ASSAULT"):
        assert not any(c and c.startswith("SAU") for c in _codes(attack.source))
