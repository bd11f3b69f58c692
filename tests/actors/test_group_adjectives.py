"""Group nisbas (حوثي، داعشي، إخواني، أطلسي، حمساوي), accusative forms, fighters "of" a group and offices of a place.

The first tests read the shipped lexicon (lexicon only, no CRF), because what they check is that its entries
are there and take the senses they should; the rule tests after them run on a small lexicon written here.
All sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from hadath.actors.coder import ActorCoder
from hadath.actors.evaluate import mentions
from hadath.actors.lexicon import ActorLexicon, accusative_forms
from hadath.actors.stage import ActorStage
from hadath.model import Article, Document, PlaceMention
from hadath.text.segment import make_sentences
from hadath.text.tokens import Tokenizer
from tests.actors.conftest import AGENTS, COUNTRIES, ORGS, OUTLETS, PERSONS, write_jsonl

DAY = date(2024, 3, 5)


@pytest.fixture(scope="module")
def shipped() -> ActorStage:
    return ActorStage(ActorCoder(ActorLexicon.load()))


def coded(stage: ActorStage, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.actor_code) for m in mentions(text, DAY, stage)]


def codes(stage: ActorStage, text: str) -> list[str | None]:
    return [code for _text, code in coded(stage, text)]


# -- the shipped lexicon: group adjectives after an agent -------------------------------------------


@pytest.mark.parametrize(("text", "span", "code"), [
    ("أسقطت الدفاعات الجوية طائرة مسيّرة حوثية فوق البحر.", "طائرة مسيّرة حوثية", "YEMREBHOU"),
    ("أطلق مسلحون حوثيون النار على حافلة.", "مسلحون حوثيون", "YEMREBHOU"),
    ("اعتقلت الشرطة المسلحين الحوثيين الثلاثة.", "المسلحين الحوثيين", "YEMREBHOU"),
    ("قال القيادي الحوثي في مؤتمر صحفي إن الهدنة انتهت.", "القيادي الحوثي", "YEMREBHOU"),
    ("هاجم مقاتلون دواعش نقطة تفتيش ليلاً.", "مقاتلون دواعش", "IMGMUSISI"),
    ("نفذ مسلحون داعشيون هجوماً على قرية نائية.", "مسلحون داعشيون", "IMGMUSISI"),
    ("صرح قيادي إخواني بأن الجماعة لن تشارك.", "قيادي إخواني", "EGYPTYMBR"),
    ("انتشرت القوات الأطلسية على الحدود الشرقية.", "القوات الأطلسية", "IGOWSTNAT"),
    ("اتهم قيادي حمساوي الوسطاء بالانحياز.", "قيادي حمساوي", "PSEREBHMS"),
])
def test_an_agent_with_a_group_nisba_is_that_group(shipped, text, span, code) -> None:
    assert (span, code) in coded(shipped, text)


def test_a_group_plural_on_its_own_names_the_group(shipped) -> None:
    assert ("حوثيون", "YEMREBHOU") in coded(shipped, "قال حوثيون إنهم سيطروا على التلة.")


@pytest.mark.parametrize("text", [
    "عبرت سفينة الشحن المحيط الأطلسي في اثني عشر يوماً.",
    "تمتد السواحل الأطلسية للمغرب مسافة طويلة.",
    "زار الوفد المدن الأطلسية الكبرى.",
    "كتب الشاعر قصيدة عن إخواني وأصدقائي.",
    "رحبت الإدارة الفتحاوية الجديدة باللاعبين.",  # a football club's board (الفتح), not Fatah
])
def test_a_group_nisba_with_no_agent_before_it_names_no_actor(shipped, text) -> None:
    assert not any(code in ("IGOWSTNAT", "EGYPTYMBR", "PSEPTYFTA") for code in codes(shipped, text))


def test_a_kurdish_force_is_not_coded_as_one_group(shipped) -> None:
    # كردية is an ethnicity: several groups and states' forces are Kurdish
    assert not any(code and "REB" in code for code in codes(shipped, "انتشرت قوات كردية في القرية."))


# -- the shipped lexicon: other agents and forms -------------------------------------------------------


@pytest.mark.parametrize(("text", "span", "code"), [
    ("خطفت عصابة 12 صياداً مصرياً قرب الساحل.", "صياداً مصرياً", "EGYCVL"),
    ("أصيب جندياً أردنياً في الاشتباك.", "جندياً أردنياً", "JORMIL"),
    ("قتلت قوة تركية ثلاثة مهربين.", "قوة تركية", "TURMIL"),
    ("قصفت المدفعية الروسية مواقع على الضفة.", "المدفعية الروسية", "RUSMIL"),
    ("توغلت دبابات إيرانية عبر الحدود.", "دبابات إيرانية", "IRNMIL"),
    ("هدمت الإدارة المدنية الإسرائيلية ثلاث منشآت زراعية.", "الإدارة المدنية الإسرائيلية", "ISRGOV"),
    ("أعلنت حكومة الوحدة الوطنية الليبية خطة للطوارئ.", "حكومة الوحدة الوطنية الليبية", "LBYGOV"),
    ("خطف مسلحون من حركة الشباب سائقين على الطريق.", "مسلحون من حركة الشباب", "SOMREBSHB"),
    ("هاجم مسلحون من جماعة نصرة الإسلام والمسلمين قافلة للوقود.",
     "مسلحون من جماعة نصرة الإسلام والمسلمين", "IMGMUSALQ"),
    ("نفى مصدر عسكري لبناني دخول قوات برية لبنانية إلى المنطقة.", "مصدر عسكري لبناني", "LBNMIL"),
    ("نفى مصدر عسكري لبناني دخول قوات برية لبنانية إلى المنطقة.", "قوات برية لبنانية", "LBNMIL"),
    ("حلقت قاذفات استراتيجية صينية قرب الجزر.", "قاذفات استراتيجية صينية", "CHNMIL"),
    ("عبرت السفن الحربية البريطانية المضيق.", "السفن الحربية البريطانية", "GBRMIL"),
    ("استدعت الخارجية الملحق العسكري الإيطالي.", "الملحق العسكري الإيطالي", "ITAMIL"),
    ("وصل وفد كويتي إلى بغداد لبحث ملف الحدود.", "وفد كويتي", "KWTGOV"),
    ("أعلنت وزارة الموارد المائية السورية خطة للري.", "وزارة الموارد المائية السورية", "SYRGOV"),
    ("اعتدت عناصر أمنية تونسية على صحفيين.", "عناصر أمنية تونسية", "TUNCOP"),
    ("هاجمت الميليشيا الحوثية سفينة تجارية.", "الميليشيا الحوثية", "YEMREBHOU"),
])
def test_shipped_agents_and_forms(shipped, text, span, code) -> None:
    assert (span, code) in coded(shipped, text)


def test_an_unqualified_source_or_delegation_is_no_one(shipped) -> None:
    assert coded(shipped, "قال مصدر أمني إن الهجوم فشل.") == []
    assert coded(shipped, "غادر الوفد بعد ساعتين من المحادثات.") == []


def test_a_bare_militia_word_points_back_to_the_militia_named_before(shipped) -> None:
    found = coded(shipped, "قصفت الطائرات مواقع لميليشيا الحوثي، بعد ساعات من هجوم شنته الميليشيا على الحدود.")
    assert ("الميليشيا", "YEMREBHOU") in found


def test_a_body_with_a_generic_adjective_before_in_country_is_that_country_s(shipped) -> None:
    assert ("السلطات", "NERGOV") in coded(shipped, "طردت السلطات الانتقالية في النيجر الملحق الثقافي.")


def test_power_before_a_country_name_is_no_force(shipped) -> None:
    assert ("قوة إيرانية", "IRNMIL") in coded(shipped, "اعترضت قوة إيرانية ناقلة نفط.")
    assert not any(code == "IRNMIL" for code in codes(shipped, "يخشى الجيران قوة إيران المتزايدة."))


def test_a_body_never_points_back_to_a_news_outlet(shipped) -> None:
    found = coded(shipped, "نقلت صحيفة الشرق الأوسط أن متحدثاً باسم الخارجية رفض التعليق.")
    assert all(code != "SAUMED" for text, code in found if text != "صحيفة الشرق الأوسط")


def test_a_drone_word_alone_or_a_march_names_no_actor(shipped) -> None:
    assert coded(shipped, "سقطت طائرة مسيرة في حقل مفتوح.") == []
    assert coded(shipped, "انطلقت مسيرة احتجاجية في الشارع الرئيسي.") == []


# -- rules, on a small lexicon ------------------------------------------------------------------------

GROUP = {"id": "group_x", "code": "YEMREBHOU", "kind": "reb", "name_en": "group", "name_ar": "الحوثيون",
         "names": ["الحوثيون", "الحوثيين", "حوثيون"],
         "adjectives": ["حوثي", "حوثية", "حوثيون", "الحوثي", "الحوثية", "الحوثيون", "الحوثيين"]}
MORE_AGENTS = [
    {"names": ["طائرة مسيرة"], "sector": "MIL", "type": "ORG", "name_en": "drone"},
    {"names": ["المسلحون", "المسلحين"], "sector": "UAF", "type": "PERS", "name_en": "the gunmen"},
    {"names": ["جندي", "جنود"], "sector": "MIL", "type": "ORG", "name_en": "soldier"},
    {"names": ["المحافظ", "محافظ"], "sector": "GOV", "type": "PERS", "title": True, "name_en": "governor"},
    {"names": ["شرطة"], "sector": "COP", "type": "ORG", "name_en": "police (construct)"},
    {"names": ["حكومة"], "sector": "GOV", "type": "ORG", "name_en": "government (construct)"},
]
MORE_COUNTRIES = [
    {"code": "YEM", "name_en": "Yemen", "name_ar": "اليمن", "names": ["اليمن"], "capitals": ["صنعاء"],
     "adjectives": ["اليمني", "اليمنية", "يمني", "يمنية"]},
    {"code": "IRQ", "name_en": "Iraq", "name_ar": "العراق", "names": ["العراق"], "capitals": ["بغداد"],
     "adjectives": ["العراقي", "العراقية", "عراقي"]},
]


@pytest.fixture(scope="module")
def stage(tmp_path_factory: pytest.TempPathFactory) -> ActorStage:
    root: Path = tmp_path_factory.mktemp("groups") / "actors"
    root.mkdir()
    write_jsonl(root / "countries.jsonl", COUNTRIES + MORE_COUNTRIES)
    write_jsonl(root / "agents.jsonl", AGENTS + MORE_AGENTS)
    write_jsonl(root / "persons.jsonl", PERSONS)
    write_jsonl(root / "organizations.jsonl", [*ORGS, GROUP])
    write_jsonl(root / "outlets.jsonl", OUTLETS)
    return ActorStage(ActorCoder(ActorLexicon.load(root)))


def hows(stage: ActorStage, text: str) -> dict[str, tuple[str | None, str]]:
    return {m.text: (m.actor_code, m.how) for m in mentions(text, DAY, stage)}


def test_a_group_nisba_gives_the_agent_the_group_code(stage) -> None:
    assert hows(stage, "أسقطت طائرة مسيرة حوثية برجاً.") == {"طائرة مسيرة حوثية": ("YEMREBHOU", "agent+org")}


def test_a_group_plural_that_is_also_its_name_qualifies_an_agent_of_the_same_definiteness(stage) -> None:
    assert hows(stage, "قتل المسلحين الحوثيين جندياً.")["المسلحين الحوثيين"] == ("YEMREBHOU", "agent+org")
    # after anything else the plural is the group's name, kept as the organisation
    assert hows(stage, "أعلن الحوثيون الهدنة.") == {"الحوثيون": ("YEMREBHOU", "lexicon")}


def test_fighters_of_a_named_group_are_the_group(stage) -> None:
    assert hows(stage, "خطف مسلحون من تنظيم داعش سائقاً.") == {
        "مسلحون من تنظيم داعش": ("IMGMUSISI", "agent+org")}
    # a state force "from" somewhere is not a member of anything
    assert "قوات" not in " ".join(hows(stage, "انسحبت قوات من تنظيم داعش."))


def test_accusative_forms_of_agents_and_nisbas() -> None:
    assert accusative_forms(["جندي", "يمني", "مسؤول"]) == ["جندياً", "يمنياً", "مسؤولاً"]
    assert accusative_forms(["أسر", "ملك"]) == []  # too short: كاسراً، مِلكاً
    # feminine, plural, dual, definite and multi-word names take no written alif
    assert accusative_forms(["يمنية", "جنود", "الجندي", "مسلحين", "وزيران", "صحفيات", "طائرة مسيرة"]) == ["جنوداً"]
    assert accusative_forms(["جندياً", "جندي"]) == []  # already listed
    # a pronoun suffix, or the construct of a plural listed beside it, is no nisba
    assert accusative_forms(["أنصاره", "أنصارهم", "مسؤولي", "مسؤولين"]) == []


def test_an_accusative_agent_and_nisba_are_recognised(stage) -> None:
    assert hows(stage, "أسرت القوات جندياً يمنياً.")["جندياً يمنياً"] == ("YEMMIL", "agent+country")


def with_places(stage: ActorStage, text: str, places: list[tuple[str, str]]) -> list[tuple[str, str | None, str]]:
    """(text, code, how) of the actors of a one-sentence text whose places the geo stage is taken to have found."""
    doc = Document(Article(id="x", text=text, date=DAY))
    doc.sentences = make_sentences(text, [], Tokenizer())
    doc.places = [PlaceMention(text.index(t), text.index(t) + len(t), t, t, country=c, sentence=0) for t, c in places]
    return [(m.text, m.actor_code, m.how) for m in stage(doc).entities]


def test_the_office_of_a_place_in_construct_takes_its_country(stage) -> None:
    assert with_places(stage, "نجا محافظ الأنبار من محاولة اغتيال.", [("الأنبار", "IRQ")]) == [
        ("محافظ الأنبار", "IRQGOV", "agent+place")]
    assert with_places(stage, "التقى السفير بمحافظ البصرة.", [("البصرة", "IRQ")]) == [
        ("محافظ البصرة", "IRQGOV", "agent+place")]
    # a capital after the title names the governorate: one actor, not the state acting
    assert with_places(stage, "أعلن محافظ بغداد حظر التجوال.", [("بغداد", "IRQ")]) == [
        ("محافظ بغداد", "IRQGOV", "agent+place")]


def test_a_definite_title_or_a_visited_place_is_no_construct(stage) -> None:
    found = with_places(stage, "قال المحافظ الأنبار آمنة.", [("الأنبار", "IRQ")])
    assert all(how != "agent+place" for _t, _c, how in found)
    found = with_places(stage, "زار محافظ البصرة أمس.", [("البصرة", "IRQ")])
    assert all(how != "agent+place" for _t, _c, how in found)


def test_an_institution_named_by_a_noun_and_its_adjective_takes_the_nisba_after_them(stage) -> None:
    assert hows(stage, "قالت حكومة الوحدة الوطنية اليمنية إن الطريق مفتوح.") == {
        "حكومة الوحدة الوطنية اليمنية": ("YEMGOV", "institution+country")}
    # any other definite pair is not a name: the nisba may qualify the second word
    assert hows(stage, "قالت حكومة الوحدة الشاملة اليمنية") == {}
