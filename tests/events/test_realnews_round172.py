"""Round 172 (coder section 192), from the 2015-07-25 and 2015-07-21 records: a toll's own target is the attack's
victim whatever its sector; a verb after «إنها / أنهم» has its subject in the pronoun; a construct no party covers
after «شن / نفذ» is the doer of the force noun; «لا شك» negates nothing; a plural verb does not agree with one named
person; a leadership after «مع» stands for its party; the learned backstop leaves a coded act's light verb alone."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, coded_parties, parties_of

DAY = date(2015, 7, 25)


def test_the_tolls_victims_are_the_attacks_target_whatever_their_sector(pipeline) -> None:
    text = "قتل قيادي في تنظيم القاعدة في غارة."
    assert parties_of(pipeline, text, "195", DAY) == [([], ["IMGMUSALQ"])]


def test_a_verb_after_that_with_its_subject_pronoun_has_the_party_after_it_as_object(pipeline) -> None:
    text = ("قالت وزارة الداخلية في البحرين إن السلطات أحبطت محاولة لتهريب متفجرات وإنها اعتقلت مواطنين اثنين "
            "مشتبها بهما.")
    assert parties_of(pipeline, text, "173", DAY) == [(["BHRGOV"], ["BHRCVL"])]
    text = "أعلنت تركيا، أمس، أنها جمدت رسميًا أموال الرئيس اليمني السابق علي عبد الله صالح."
    assert parties_of(pipeline, text, "163", DAY) == [(["TURGOV"], ["YEMPTY"])]
    # near miss: the party after the act's own preposition stays its target (one's own envoy is none)
    text = "قالت البحرين اليوم السبت إنها استدعت سفيرها لدى طهران للتشاور."
    assert [t for _s, t in parties_of(pipeline, text, "161", DAY)] == [["IRNGOV"]]


def test_an_unnamed_owner_after_the_light_verb_is_the_doer_of_force(pipeline) -> None:
    text = "سيطرت جماعة الحوثي على المدن، وشنت طائرات التحالف غاراتها على المقار."
    assert all("YEMREBHOU" not in s for c, s, _t in coded_parties(pipeline, text, DAY) if c in ("190", "195"))
    text = "سيطرت جماعة الحوثي على القاعدة البحرية، وشن طيران التحالف عدة غارات جوية على مخازن الأسلحة."
    assert all("YEMREBHOU" not in s for c, s, _t in coded_parties(pipeline, text, DAY) if c in ("190", "195"))
    # near miss: a time after the verb is no subject; the party before the verb carries out the raids
    text = ("قال الجيش الأميركي إن قوات التحالف الذي تقوده الولايات المتحدة نفذت يوم السبت 18 غارة جوية على مواقع "
            "تابعة لتنظيم داعش في العراق.")
    assert parties_of(pipeline, text, "195", DAY) == [(["USAMIL"], ["IMGMUSISI"])]
    # near miss: an act noun between the verb and the force is its object, no unnamed doer
    text = "وقال المصدر إن تنظيم داعش نفذ حكم الإعدام رميا بالرصاص في أربعة سائقين في مدينة الشرقاط."
    assert [s for s, _t in parties_of(pipeline, text, "193", DAY)] == [["IMGMUSISI"]]


def test_no_doubt_negates_nothing(pipeline) -> None:
    text = ("مما لا شك فيه أن توقيع الاتفاق النووي بين إيران والولايات المتحدة الأميركية ستكون له تداعيات في "
            "المنطقة.")
    events = [e for e in code_text(pipeline, text, DAY).events if e.cameo == "057"]
    assert [e.status for e in events] == ["asserted"]
    # near miss: a plain negation before the signing still negates it
    text = "لم توقع إيران والولايات المتحدة الأميركية الاتفاق النووي."
    events = [e for e in code_text(pipeline, text, DAY).events if e.cameo == "057"]
    assert [e.status for e in events] == ["negated"]


def test_a_plural_verb_does_not_agree_with_one_named_person_before_the_comma(pipeline) -> None:
    text = "قبل الناخبون بتوصية رئيس الوزراء أليكسيس تسيبراس، ورفضوا الشروط الخاصة بصفقة الإنقاذ الأوروبية."
    assert all("GRCGOV" not in s for c, s, _t in coded_parties(pipeline, text, DAY) if c.startswith("12"))


def test_a_leadership_after_with_stands_for_its_party(pipeline) -> None:
    text = "وبحثت المجموعة الحكومية صباح أمس مع قيادة السلطة المحلية في محافظات عدن ولحج وأبين الأوضاع الأمنية."
    assert parties_of(pipeline, text, "040", DAY) == [([], ["YEMGOV"])]


def test_the_backstop_leaves_the_light_verb_of_a_coded_act_alone(pipeline) -> None:
    text = ("بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، اليوم (الاحد)، ببرقية تهنئة لفخامة الرئيس خوان "
            "مانويل سانتوس رئيس جمهورية كولومبيا بمناسبة ذكرى استقلال بلاده.")
    assert [c for c, _s, _t in coded_parties(pipeline, text, DAY)] == ["040"]
