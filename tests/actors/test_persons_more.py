"""Heads of state and government beyond the Middle East in the shipped person lexicon, coded by date.

Sentences are written for these tests.  They check that a named leader takes the code of the office held on
the article's date (and none outside it), that a first name which is also a country («جورجيا ميلوني») is
read as the person, and that a longer name wins over a shorter one it contains.
"""

from __future__ import annotations

from datetime import date

import pytest

from hadath.actors.evaluate import mentions
from hadath.actors.stage import ActorStage
from hadath.lexicon import data_path, load_jsonl
from hadath.text.matcher import phrase_key


@pytest.fixture(scope="module")
def shipped() -> ActorStage:
    return ActorStage.load(use_ner=False)


def _coded(stage: ActorStage, text: str, day: date) -> list[tuple[str, str | None]]:
    return [(m.text, m.actor_code) for m in mentions(text, day, stage)]


def _code_of(stage: ActorStage, text: str, name: str, day: date) -> str | None:
    """The code of the one mention that contains ``name`` (fails if none or several do)."""
    found = [(t, c) for t, c in _coded(stage, text, day) if name in t]
    assert len(found) == 1, (name, _coded(stage, text, day))
    return found[0][1]


def test_meloni_is_italian_government_while_prime_minister_only(shipped) -> None:
    text = "قالت جورجيا ميلوني إن الحكومة ستدعم الخطة الأوروبية."
    assert _code_of(shipped, text, "ميلوني", date(2023, 5, 1)) == "ITAGOV"
    assert _code_of(shipped, text, "ميلوني", date(2015, 5, 1)) is None
    assert "ITAGOV" not in [c for _, c in _coded(shipped, "وقالت ميلوني إنها ستترشح.", date(2015, 5, 1))]


def test_a_first_name_that_is_a_country_is_read_as_the_person(shipped) -> None:
    day = date(2023, 5, 1)
    found = _coded(shipped, "استقبلت جورجيا ميلوني الرئيس في روما.", day)
    assert "GEO" not in [c for _, c in found]
    assert ("جورجيا ميلوني", "ITAGOV") in found
    # the country name alone, acting, is still the country
    assert ("جورجيا", "GEO") in _coded(shipped, "أعلنت جورجيا تعليق المحادثات.", day)


@pytest.mark.parametrize(("text", "name", "day", "code"), [
    ("قال بيدرو سانشيز إن مدريد ستعترف بالدولة الفلسطينية.", "سانشيز", date(2024, 5, 28), "ESPGOV"),
    ("قال ماريانو راخوي إن الحكومة لن تتفاوض.", "راخوي", date(2015, 3, 1), "ESPGOV"),
    ("قال ماريانو راخوي إن الحزب سيعارض القانون.", "راخوي", date(2020, 3, 1), None),
    ("أعلن جاستن ترودو استقالته من رئاسة الحزب.", "ترودو", date(2025, 1, 7), "CANGOV"),
    ("أعلن جاستن ترودو أنه سيكتب مذكراته.", "ترودو", date(2025, 6, 1), None),
    ("قال مارك كارني إن كندا سترد على الرسوم.", "كارني", date(2025, 6, 1), "CANGOV"),
    ("التقى دونالد توسك قادة القمة في بروكسل.", "توسك", date(2016, 6, 1), "IGOEUREEC"),
    ("التقى دونالد توسك قادة القمة في بروكسل.", "توسك", date(2024, 6, 1), "POLGOV"),
    ("قال مارك روته إن هولندا ستستقبل اللاجئين.", "روته", date(2015, 9, 1), "NLDGOV"),
    ("قال مارك روته إن الحلف سيدعم أوكرانيا.", "روته", date(2025, 2, 1), "IGOWSTNAT"),
    ("قال ميشيل تامر إن البرازيل ستخرج من الأزمة.", "تامر", date(2017, 3, 1), "BRAGOV"),
    ("قالت ديلما روسيف إن عزلها انقلاب.", "روسيف", date(2017, 3, 1), None),
    ("قال مين أونغ هلاينغ إن الجيش سيحمي الدستور.", "هلاينغ", date(2019, 5, 1), "MMRMIL"),
    ("قال مين أونغ هلاينغ إن الانتخابات ستجرى العام المقبل.", "هلاينغ", date(2022, 5, 1), "MMRGOV"),
    ("أعلن أسيمي غويتا حل الأحزاب السياسية.", "غويتا", date(2025, 5, 14), "MLIGOV"),
    ("وصل نيكولاس مادورو إلى دمشق.", "مادورو", date(2010, 5, 1), "VENGOV"),
    ("دعا خوان غوايدو إلى التظاهر.", "غوايدو", date(2020, 1, 10), "VENOPP"),
    ("قال شيغيرو إيشيبا إن اليابان ستزيد إنفاقها.", "إيشيبا", date(2025, 3, 1), "JPNGOV"),
    ("قال يون سوك يول إنه أعلن الأحكام العرفية لحماية البلاد.", "يون سوك يول", date(2025, 1, 15), None),
    ("قال كيرياكوس ميتسوتاكيس إن أثينا لن تتراجع.", "ميتسوتاكيس", date(2020, 3, 1), "GRCGOV"),
    ("أعلن أليكسيس تسيبراس الاستفتاء.", "تسيبراس", date(2015, 6, 27), "GRCGOV"),
    ("أعلن أليكسيس تسيبراس استقالته من البرلمان.", "تسيبراس", date(2015, 9, 1), None),
])
def test_a_leader_takes_the_code_of_the_office_held_on_the_day(shipped, text: str, name: str, day: date,
                                                               code: str | None) -> None:
    assert _code_of(shipped, text, name, day) == code


def test_a_longer_name_wins_over_a_name_it_contains(shipped) -> None:
    # father and son, and two people who share a family name: the whole name decides who is meant
    assert _code_of(shipped, "استقبل إدريس ديبي الوفد.", "ديبي", date(2019, 5, 1)) == "TCDGOV"
    assert _code_of(shipped, "استقبل إدريس ديبي الوفد.", "ديبي", date(2022, 5, 1)) is None
    assert _code_of(shipped, "استقبل محمد إدريس ديبي الوفد.", "ديبي", date(2022, 5, 1)) == "TCDGOV"
    assert _code_of(shipped, "قالت دلاميني زوما إن الاتحاد سيرسل بعثة.", "زوما", date(2014, 5, 1)) == "IGOOAU"
    assert _code_of(shipped, "قال جاكوب زوما إن الحكومة ستحقق.", "زوما", date(2014, 5, 1)) == "ZAFGOV"
    # Petro (Colombia) is not Petro Poroshenko (Ukraine)
    assert _code_of(shipped, "التقى بيترو بوروشينكو الوفد.", "بيترو", date(2016, 5, 1)) == "UKRGOV"
    assert _code_of(shipped, "قال غوستافو بيترو إن كولومبيا ستقطع العلاقات.", "بيترو", date(2024, 5, 1)) == "COLGOV"


@pytest.mark.parametrize(("text", "day", "code"), [
    ("ويتضمن مشروع القانون بنودا جديدة حول الرقابة.", date(2012, 5, 1), "JPNGOV"),  # بنودا: clauses, not Noda
    ("وكان الوزير ودودا مع الصحفيين.", date(2020, 5, 1), "POLGOV"),  # ودودا: friendly, not Duda
    ("وقال حسين فتياني إن الشركة ستوسع شبكتها.", date(2024, 5, 1), "NERGOV"),  # a surname that ends in تياني
    ("وسجل سانشيز هدف الفوز في الدقيقة الأخيرة.", date(2020, 5, 1), "ESPGOV"),  # a footballer
    ("وقال المتحدث باسم البنتاغون بيل أوربان إن الغارة دفاعية.", date(2015, 5, 1), "HUNGOV"),
])
def test_words_that_only_look_like_a_leaders_name_are_not_coded_as_him(shipped, text: str, day: date,
                                                                       code: str) -> None:
    assert code not in [c for _, c in _coded(shipped, text, day)]


def test_ambiguous_single_words_are_not_person_names() -> None:
    """A bare «لي», «سانتوس» or «لولا» (also “were it not for”) would code unrelated text as a leader."""
    persons = [e.data for e in load_jsonl(data_path("actors") / "persons.jsonl")]
    claimed = {phrase_key(n) for p in persons for n in p["names"]}
    for word in ("لي", "سانتوس", "لولا", "كان", "سال", "تامر", "كونتي", "ديبي", "بخاري", "ألبانيزي", "فيليب"):
        assert phrase_key(word) not in claimed, word


def test_un_envoys_and_hadi_by_title(shipped) -> None:
    found = set(_coded(shipped, "التقى الرئيس هادي إسماعيل ولد الشيخ أحمد في الرياض.", date(2016, 3, 1)))
    assert ("الرئيس هادي", "YEMGOV") in found and ("إسماعيل ولد الشيخ أحمد", "IGOUNO") in found
    later = [c for _, c in _coded(shipped, "التقى إسماعيل ولد الشيخ أحمد وفداً.", date(2020, 3, 1))]
    assert "IGOUNO" not in later  # his term ended in 2018


def test_the_dual_of_province_is_not_velayati(shipped) -> None:
    day = date(2024, 3, 18)
    assert not _coded(shipped, "قصفت الطائرات ولايتي خوست وبكتيكا.", day)
    assert not _coded(shipped, "شنت الطائرات غارات على ولايتي خوست وبكتيكا.", day)  # على folds to علي
    assert "IRNGOV" in [c for _, c in _coded(shipped, "قال علي أكبر ولايتي إن طهران ترفض.", day)]
