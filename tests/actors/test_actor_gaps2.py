"""Second round of actor gaps: the EU's adjective after a singular noun, "لدولة X" as a recipient, honorific
pronouns and "الأخيرة" pointing back, "X nisba المعارض", two capitals after a dealing, plural counterparts,
joint bodies of two states and construct titles (وزير خارجية قطر).

The tests read the shipped lexicon (lexicon only, no CRF): what they check is that its entries and the coder's
rules give the senses they should together.  Every sentence is written for these tests; each recognition has
a near miss beside it that must stay unrecognised or keep its old reading.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from hadath.actors.coder import ActorCoder
from hadath.actors.evaluate import code_of, mentions
from hadath.actors.lexicon import ActorLexicon
from hadath.actors.stage import ActorStage
from hadath.errors import LexiconError
from tests.actors.conftest import write_jsonl

DAY = date(2024, 3, 5)


@pytest.fixture(scope="module")
def shipped() -> ActorStage:
    return ActorStage(ActorCoder(ActorLexicon.load()))


def coded(stage: ActorStage, text: str) -> list[tuple[str, str]]:
    """(text, code) of each mention; a compound's code joins its members' (RUSGOV+TURGOV)."""
    return [(m.text, code_of(m) if m.members else m.actor_code or "-") for m in mentions(text, DAY, stage)]


def codes(stage: ActorStage, text: str) -> list[str]:
    return [code for _text, code in coded(stage, text)]


# -- the EU's adjective -------------------------------------------------------------------------------


@pytest.mark.parametrize("text, span", [
    ("صرح المبعوث الأوروبي للسلام بأن الهدنة صامدة", "المبعوث الأوروبي"),
    ("انتقدت المفوضة الأوروبية لشؤون الهجرة القرار", "المفوضة الأوروبية"),
    ("انتشرت البعثة الأوروبية على المعبر الحدودي", "البعثة الأوروبية"),
])
def test_eu_adjective_after_a_singular_noun(shipped: ActorStage, text: str, span: str) -> None:
    assert (span, "IGOEUREEC") in coded(shipped, text)


@pytest.mark.parametrize("text", [
    "اجتمع سفراء أوروبيون في العاصمة",
    "طالبت الحكومات الأوروبية بالتهدئة",
    "تستعد العواصم الأوروبية لموجة برد",
    "وصل دبلوماسيون أوروبيون إلى المدينة",
])
def test_eu_adjective_not_after_plurals(shipped: ActorStage, text: str) -> None:
    """European governments or diplomats are several states, not the Union."""
    assert "IGOEUREEC" not in codes(shipped, text)


def test_eu_adjective_on_its_own_is_no_actor(shipped: ActorStage) -> None:
    assert coded(shipped, "تراجعت الأسهم الأوروبية بعد الإعلان") == []


def test_commissioner_takes_a_country_too(shipped: ActorStage) -> None:
    assert codes(shipped, "صرح المفوض الروسي للشؤون الإنسانية بأن") == ["RUSGOV"]
    assert codes(shipped, "صرح المفوض بأن القافلة وصلت") == []  # a title with no country names no one


def test_region_adjectives_need_an_organisation_with_a_code(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "countries.jsonl", [
        {"code": "RUS", "name_en": "Russia", "name_ar": "روسيا", "names": ["روسيا"]}])
    write_jsonl(tmp_path / "agents.jsonl", [
        {"names": ["الحكومة"], "sector": "GOV", "type": "ORG", "name_en": "government"}])
    write_jsonl(tmp_path / "organizations.jsonl", [
        {"id": "g", "code": None, "kind": "group", "name_en": "G", "name_ar": "المجموعة", "names": ["المجموعة"],
         "members": ["RUS"]}])
    write_jsonl(tmp_path / "region_adjectives.jsonl", [
        {"organization": "g", "adjectives": ["المجموعاتي"]}, {"organization": "nowhere", "adjectives": ["القاصي"]}])
    with pytest.raises(LexiconError) as err:
        ActorLexicon.load(tmp_path)
    messages = [str(i) for i in err.value.issues]
    assert sum("unknown organization or one with no code" in m for m in messages) == 2, messages


# -- "لدولة X" --------------------------------------------------------------------------------------


def test_to_the_state_of_is_a_recipient(shipped: ActorStage) -> None:
    assert ("دولة الكويت", "KWT") in coded(shipped, "قدمت مصر شكرها لدولة الكويت على دعمها")
    assert ("جمهورية مصر العربية", "EGY") in coded(shipped, "أرسلت الإمارات شحنة أدوية لجمهورية مصر العربية")


@pytest.mark.parametrize("text", [
    "سافر الوفد لدولة قطر صباح اليوم",
    "في زيارة لدولة الكويت تستمر يومين",
    "وصل رئيس الوزراء لدولة قطر مساء أمس",
])
def test_to_the_state_of_after_motion_is_a_place(shipped: ActorStage, text: str) -> None:
    assert not {"KWT", "QAT", "KWTGOV", "QATGOV"} & set(codes(shipped, text))


def test_bare_lam_before_a_country_stays_a_place(shipped: ActorStage) -> None:
    """A state after ل with a word of carrying or motion before it is a destination (round 76: without one, and
    with no place from the geo stage, it is a recipient or the accused: «اتهاماته لروسيا»)."""
    assert "QAT" not in codes(shipped, "نقلت الطائرة المساعدات لقطر")


# -- construct titles ---------------------------------------------------------------------------------


def test_minister_in_construct_with_a_country(shipped: ActorStage) -> None:
    assert codes(shipped, "صرح وزير خارجية قطر بأن الوساطة مستمرة") == ["QATGOV"]
    assert codes(shipped, "نفت وزارة دفاع روسيا الخبر") == ["RUSMIL"]
    assert codes(shipped, "نفت وزارة دفاع الخبر") == []  # in construct with no state: no one


# -- honorifics and "the latter" ----------------------------------------------------------------------


def test_honorific_pronoun_points_to_the_person_of_that_rank(shipped: ActorStage) -> None:
    text = "استقبل الملك عبدالله الثاني وزير الخارجية الأمريكي، الذي سلّم جلالته رسالة خطية."
    assert ("جلالته", "JORGOV") in coded(shipped, text)
    text = "وصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت، وكان في استقبال فخامته حشد من المسؤولين."
    assert ("فخامته", "FRAGOV") in coded(shipped, text)


def test_honorific_pronoun_across_sentences(shipped: ActorStage) -> None:
    text = "استقبل أمير قطر الشيخ تميم بن حمد آل ثاني وفدا برلمانيا. ونقل الوفد إلى سموه تحيات البرلمان."
    assert ("سموه", "QATGOV") in coded(shipped, text)


def test_honorific_without_a_person_of_that_rank(shipped: ActorStage) -> None:
    """A minister before "جلالته" is no king: nothing is coded for the pronoun."""
    found = coded(shipped, "نقل وزير الخارجية الأمريكي إلى جلالته رسالة")
    assert all(text != "جلالته" for text, _code in found)


def test_sovereignty_is_no_honorific(shipped: ActorStage) -> None:
    found = coded(shipped, "أكد الرئيس المصري دعمه للصومال ووحدة أراضيه وسيادته")
    assert all("سيادته" not in text for text, _code in found)


def test_the_latter_is_the_last_feminine_body(shipped: ActorStage) -> None:
    text = "قصفت مدفعية الجيش السوداني مواقع قوات الدعم السريع، في حين ردت الأخيرة بهجوم على المطار."
    assert ("الأخيرة", "SDNREB") in coded(shipped, text)
    text = "اتهم الجيش الإسرائيلي حركة حماس بخرق الهدنة، لكن الأخيرة نفت ذلك."
    assert ("الأخيرة", "PSEREBHMS") in coded(shipped, text)


@pytest.mark.parametrize("text", [
    "تراجعت أعمال العنف في الفترة الأخيرة بحسب الجيش السوداني",
    "قالت وزارة الداخلية إن المرة الأخيرة كانت قبل عام",
])
def test_the_last_as_an_adjective_is_no_reference(shipped: ActorStage, text: str) -> None:
    assert all(t != "الأخيرة" for t, _code in coded(shipped, text))


def test_the_first_after_a_definite_noun_is_an_adjective(shipped: ActorStage) -> None:
    """«الزيارة الأولى» (the first visit) after two countries is no «the former»: a definite noun before it
    makes it an adjective agreeing with that noun."""
    text = "ووقع العراق وتركيا مذكرة تفاهم على هامش الزيارة الأولى للرئيس التركي إلى بغداد."
    assert all(t != "الأولى" for t, _code in coded(shipped, text))


@pytest.mark.parametrize("text", [
    "التقى أوباما وبوتين في نيويورك. وسيجتمع القادة مجددا في باريس في كانون الأول المقبل.",
    "التقى أوباما وبوتين في نيويورك. وسيجتمع القادة مجددا في تشرين الأول المقبل.",
    "وتبادلت مصر والسودان الاتهامات. وقال مسؤول إن الزيارة هي الأولى منذ عامين.",
])
def test_the_first_in_a_month_name_is_no_former(shipped: ActorStage, text: str) -> None:
    """«كانون الأول»، «تشرين الأول» (December, October) are months, and «هي الأولى» a pronoun's predicate: «الأول»
    names no person or country of a pair."""
    assert all(t not in ("الأول", "الأولى") for t, _code in coded(shipped, text))


def test_the_former_after_a_verb_is_the_first_country(shipped: ActorStage) -> None:
    """Near miss: after a verb «الأولى» is the former of the two countries just named."""
    text = "وتبادلت مصر والسودان الاتهامات، وأكدت الأولى أن السد يهدد أمنها المائي."
    assert ("الأولى", "EGY") in coded(shipped, text)


# -- opponents ----------------------------------------------------------------------------------------


def test_noun_nisba_opposition_is_that_countrys_opposition(shipped: ActorStage) -> None:
    assert coded(shipped, "انتقد الكاتب الجزائري المعارض قانون الانتخابات") == [
        ("الكاتب الجزائري المعارض", "DZAOPP")]
    assert ("السياسية التونسية المعارضة", "TUNOPP") in coded(
        shipped, "اعتقلت الشرطة السياسية التونسية المعارضة أمس")


def test_opposition_as_an_object_keeps_the_subject_apart(shipped: ActorStage) -> None:
    """"الرئيس التونسي المعارضة": the nisba belongs to the title, the opposition is the object."""
    found = coded(shipped, "هاجم الرئيس التونسي المعارضة في خطابه")
    assert ("الرئيس التونسي", "TUNGOV") in found
    assert all(code != "TUNOPP" for _t, code in found)


# -- two capitals after a dealing ---------------------------------------------------------------------


def test_two_capitals_after_an_agreement_are_its_parties(shipped: ActorStage) -> None:
    assert ("أنقرة ودمشق", "SYRGOV+TURGOV") in coded(shipped, "انتهت مفاوضات أنقرة ودمشق دون نتيجة")


@pytest.mark.parametrize("text", [
    "انهار اتفاق موسكو بعد أسبوع",  # one capital: the process named after the city
    "وصل الوفد إلى بغداد وواشنطن تباعا",  # a destination
])
def test_capitals_as_places_stay_places(shipped: ActorStage, text: str) -> None:
    assert coded(shipped, text) == []


# -- plural counterparts ------------------------------------------------------------------------------


def test_counterparts_of_several_states(shipped: ActorStage) -> None:
    found = coded(shipped, "ناقش وزير الخارجية المصري مع نظرائه الأردني والعراقي والسعودي خطة الإعمار")
    assert ("نظرائه الأردني والعراقي والسعودي", "IRQGOV+JORGOV+SAUGOV") in found
    found = coded(shipped, "ناقشت وزيرة الدفاع الألمانية مع نظيراتها الفرنسية والإيطالية الميزانية")
    assert ("نظيراتها الفرنسية والإيطالية", "FRAMIL+ITAMIL") in found


def test_one_counterpart_stays_one(shipped: ActorStage) -> None:
    assert ("نظيره التركي", "TURGOV") in coded(shipped, "هاتف الرئيس الروسي نظيره التركي مساء أمس")


# -- joint bodies -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, span, code", [
    ("عقدت اللجنة الوزارية المشتركة الأردنية المصرية اجتماعها", "اللجنة الوزارية المشتركة الأردنية المصرية",
     "EGYGOV+JORGOV"),
    ("داهمت القوات المشتركة الأمريكية العراقية مخبأ", "القوات المشتركة الأمريكية العراقية", "IRQMIL+USAMIL"),
    ("ناقش مجلس التنسيق السعودي العراقي ملف الطاقة", "مجلس التنسيق السعودي العراقي", "IRQGOV+SAUGOV"),
])
def test_joint_body_of_two_states(shipped: ActorStage, text: str, span: str, code: str) -> None:
    assert (span, code) in coded(shipped, text)


def test_no_joint_body_without_a_joint_word(shipped: ActorStage) -> None:
    """A government is not joint, and one nisba names no two states."""
    assert not any("+" in code for code in codes(shipped, "قالت الحكومة السورية التركية إن"))
    assert not any("+" in code for code in codes(shipped, "اجتمعت اللجنة المشتركة الأردنية أمس"))


# -- lists after "كل من", courts in a country, places, a state relief agency ------------------------------


def test_both_of_introduces_actors_not_an_origin(shipped: ActorStage) -> None:
    assert ("مالي والنيجر وتشاد", "MLI+NER+TCD") in coded(shipped, "رفضت كل من مالي والنيجر وتشاد المهلة")
    assert coded(shipped, "عاد الوفد من مالي والنيجر أمس") == []  # "من" alone: where they came from
    assert coded(shipped, "ارتفعت الأوراق المالية بعد القرار") == []  # مالي outside a list: "financial"


def test_court_of_a_country_past_its_kind(shipped: ActorStage) -> None:
    assert ("المحكمة", "EGYJUD") in coded(shipped, "قضت المحكمة الإدارية في مصر ببطلان القرار")


def test_directions_make_places(shipped: ActorStage) -> None:
    assert coded(shipped, "سقطت قذائف جنوبي لبنان") == []
    assert coded(shipped, "اخترقت طائرة أجواء سوريا") == []


def test_saudi_relief_agency_is_a_state_body(shipped: ActorStage) -> None:
    text = "أرسل مركز الملك سلمان للإغاثة والأعمال الإنسانية شحنة أدوية إلى الخرطوم"
    assert ("مركز الملك سلمان للإغاثة والأعمال الإنسانية", "SAUGOV") in coded(shipped, text)


def test_title_in_construct_with_a_states_office(shipped: ActorStage) -> None:
    """"سفير خادم الحرمين الشريفين": the envoy of the office that names one state is that state's."""
    found = coded(shipped, "صرح سفير خادم الحرمين الشريفين لدى الأردن بأن المنحة وصلت")
    assert ("سفير", "SAUGOV") in found
    # no state's office after it: the ambassador names no one (the country after لدى is where he serves)
    assert all(t != "سفير" for t, _code in coded(shipped, "صرح سفير لدى الأردن بأن المنحة وصلت"))


def test_saudi_state_security(shipped: ActorStage) -> None:
    assert codes(shipped, "أوقفت رئاسة أمن الدولة خلية مسلحة") == ["SAUCOP"]


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("واتصل وزير الداخلية بمملكة البحرين بنظيره السعودي.", "وزير الداخلية بمملكة البحرين", "BHRCOP"),
    ("وقال وزير الداخلية في دولة الكويت إن التحقيقات مستمرة.", "وزير الداخلية في دولة الكويت", "KWTCOP"),
])
def test_a_title_with_a_formal_state_name_after_it_serves_that_state(shipped: ActorStage, text: str, mention: str,
                                                                      code: str) -> None:
    """«وزير الداخلية بمملكة البحرين»: the Gulf press names a foreign office by the state's formal name, which is
    part of the title (round 152), not a place the minister is in."""
    assert (mention, code) in coded(shipped, text)


def test_a_state_after_bi_without_its_formal_name_is_no_title_country(shipped: ActorStage) -> None:
    """Near miss: «ندد وزير الخارجية بإسرائيل»: what the minister condemned, not his country."""
    assert all(code != "ISRGOV" for _text, code in coded(shipped, "وندد وزير الخارجية بإسرائيل."))


def test_a_deputy_of_an_office_holder_is_no_member_of_parliament(shipped: ActorStage) -> None:
    """«نائب خادم الحرمين الشريفين»: the king's deputy, of his government, one party with the king's title."""
    found = coded(shipped, "واستقبل نائب خادم الحرمين الشريفين في جدة السفير الأمريكي.")
    assert ("نائب خادم الحرمين الشريفين", "SAUGOV") in found
    assert all(code != "SAULEG" for _text, code in found)


def test_a_member_of_parliament_stays_one(shipped: ActorStage) -> None:
    """Near miss: «النائب الكويتي» with no office holder after it is a member of parliament."""
    assert ("النائب الكويتي", "KWTLEG") in coded(shipped, "وقال النائب الكويتي إن البرلمان سيناقش القانون.")


@pytest.mark.parametrize(("text", "word"), [
    ("وأكد التجمع أن سياسات النظام التي توجوها بمقاطعة الانتخابات تؤكد عزلته.", "توجوها"),
    ("وقال إن اعترافه انتزع منه تحت إكراه شديد.", "إكراه"),
    ("وبلغ قطرها عشرة أمتار.", "قطرها"),
])
def test_a_state_name_takes_no_pronoun_after_it(shipped: ActorStage, text: str, word: str) -> None:
    """Round 27: «توجوها» (they crowned it) is no Togo, «قطرها» (its diameter) no Qatar, «إكراه» (coercion) no Accra."""
    assert all(found != word for found, _code in coded(shipped, text))


def test_the_state_names_without_a_pronoun_are_still_states(shipped: ActorStage) -> None:
    """Near miss: «قطر» and «توجو» written alone."""
    found = {code for _text, code in coded(shipped, "وزار أمير قطر توجو الأسبوع الماضي.")}
    assert any(code.startswith("QAT") for code in found) and any(code.startswith("TGO") for code in found)


def test_amman_with_its_shadda_is_no_oman(shipped: ActorStage) -> None:
    """Round 32: «عمّان» (shadda) is Jordan's capital; the lexicon's «عمان» is Oman only when unmarked or «عُمان»."""
    assert all(not code.startswith("OMN") for _text, code in coded(shipped, "وقالت عمّان إنها ترفض التدخل في شؤونها."))


def test_oman_unmarked_is_still_oman(shipped: ActorStage) -> None:
    """Near miss: the same sentence without the shadda."""
    assert any(code.startswith("OMN") for _text, code in coded(shipped, "وقالت عمان إنها ترفض التدخل في شؤونها."))
