"""Round 166 (coder section 186), from the 2015-08-03 records: a meeting's genitive meets the party after ب / مع;
an honorific with its pronoun or a subject pronoun before the verb leaves the party after it the object; a party
past «بما» is in the object clause; a toll's victim told before «عندما» is not the attacker; the party counted
after «العشرات من» is the one killed; «ثبوت إدانة» is a court's finding of guilt."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties, parties_of

DAY = date(2015, 8, 3)


def test_the_genitive_of_a_meeting_meets_the_party_after_its_preposition(pipeline) -> None:
    text = "جاء ذلك خلال لقاء رئيس الوزراء الباكستاني نواز شريف بالرئيس التركي الذي وصل الليلة إلى باكستان."
    assert parties_of(pipeline, text, "040", DAY) == [(["PAKGOV"], ["TURGOV"])]
    text = "وتركزت محادثات وزير الخارجية الروسي في الدوحة مع نظيره القطري على الأزمة السورية."
    assert parties_of(pipeline, text, "040", DAY) == [(["RUSGOV"], ["QATGOV"])]


def test_an_honorific_pronoun_after_the_verb_is_its_subject(pipeline) -> None:
    text = "وحث سموه المتطوعين على التعامل البناء مع المواطنين."
    assert all("CVL" not in s for _c, s, _t in coded_parties(pipeline, text, DAY))


def test_a_subject_pronoun_before_the_verb_leaves_the_party_after_it_the_object(pipeline) -> None:
    text = "ونشر التنظيم تسجيلاً ظهر فيه أحد مقاتليه وهو يتوعد مجلس النواب الليبي بعمليات قريبة."
    assert parties_of(pipeline, text, "130", DAY) == [([], ["LBYLEG"])]
    # near miss: with no pronoun before it, the party right after the verb is its subject
    text = "ويتوعد مجلس النواب الليبي الجماعات المسلحة بعمليات قريبة."
    assert [s for s, _t in parties_of(pipeline, text, "130", DAY)] == [["LBYLEG"]]
    # near miss: after «هو» a word in ت is no present verb of his (هو تعاون إيران: a noun, Iran's cooperation)
    text = "وما يقال عن أن جزءا مما تضمنه الاتفاق هو تعاون إيران في إيجاد حل في سورية."
    assert [s for c, s, _t in coded_parties(pipeline, text, DAY) if c.startswith("06")] == [["IRNGOV"]]


def test_a_party_past_bima_is_in_what_was_praised(pipeline) -> None:
    text = "وأشاد بما قدمه رماة السعودية من أداء مشرف في البطولة."
    assert all("SAUGOV" not in s for c, s, _t in coded_parties(pipeline, text, DAY) if c == "051")
    # near miss: the subject before «بما» still praises
    text = "وأشادت السعودية بما قدمه الرماة من أداء مشرف في البطولة."
    assert [s for s, _t in parties_of(pipeline, text, "051", DAY)] == [["SAUGOV"]]


def test_the_toll_before_when_names_the_victim_not_the_attacker(pipeline) -> None:
    text = ("قتل جندي تركي وجرح أربعة آخرون في ساعة مبكرة الأحد عندما انفجر لغم ارضي بينما كانت قافلة عسكرية تمر "
            "على طريق في مدينة مديات.")
    assert parties_of(pipeline, text, "183", DAY) == [([], ["TURMIL"])]
    # near miss: the attacker named after the attack stays its source
    text = "قُتل سبعة مدنيين في غارات جوية شنّها الطيران الحربي الروسي على بلدة كفرنبل في ريف إدلب."
    assert [s for s, _t in parties_of(pipeline, text, "195", DAY)] == [["RUSMIL"]]


def test_the_party_counted_after_dozens_of_is_the_one_killed(pipeline) -> None:
    text = "استعادت القوات قاعدة العند بعد معارك ضارية قتل فيها العشرات من المقاتلين الحوثيين."
    assert parties_of(pipeline, text, "190", DAY) == [([], ["YEMREBHOU"])]
    text = "وقتلت قوات الأمن المئات من أنصار جماعة الإخوان المسلمين في الشوارع."
    assert [t for _s, t in parties_of(pipeline, text, "190", DAY)] == [["EGYPTYMBR"]]


def test_a_proven_guilt_is_a_conviction_not_a_condemnation(pipeline) -> None:
    text = ("أصدرت المحكمة الجزائية المتخصصة في جدة حكماً ابتدائياً يقضي بثبوت إدانة مواطن بانضمامه لتنظيم داعش "
            "الإرهابي.")
    coded = coded_parties(pipeline, text, DAY)
    assert [c for c, _s, _t in coded] == ["116"], coded
    # near miss: a government's condemnation is still one
    text = "وأعلنت الحكومة الأردنية إدانة الهجوم الإرهابي."
    assert [c for c, _s, _t in coded_parties(pipeline, text, DAY)] == ["111"]
