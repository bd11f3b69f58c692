"""Round 75 (coder section 102), from a hand-judged sample of 2015-08-04: the name «نصر» is no "we insist", an
adjective of the pattern فعيلة (العلاقات الوثيقة) carries no act for the backstop, and a dual followed by two
country adjectives (الجانبين الأردني والفلسطيني) names its two parties instead of pointing back."""

from __future__ import annotations

from datetime import date

from hadath.events.backstop import _attributive
from hadath.model import Article, Document

from .helpers import coded_parties

DAY = date(2015, 8, 4)


def test_the_name_nasr_is_no_demand(pipeline) -> None:
    text = "وقال الناطق باسم قاعدة العند قائد نصر لـ«الشرق الأوسط» إن تحرير العند جاء بعد معارك."
    assert not [c for c, _s, _t in coded_parties(pipeline, text, DAY) if c == "100"]


def test_insisting_is_still_a_demand(pipeline) -> None:
    text = "وأصر الرئيس الأمريكي على رحيل الحكومة السورية."
    assert ("100", ["USAGOV"], []) in coded_parties(pipeline, text, DAY)


def test_a_faeela_adjective_agrees_with_its_noun(text_stage) -> None:
    def pairs(text: str) -> list[str]:
        toks = text_stage(Document(Article(id="a", text=text))).sentences[0].tokens
        return [toks[i].text for i in range(1, len(toks)) if _attributive(toks[i], toks[i - 1])]

    assert pairs("نوه المجلس بالعلاقات الوثيقة بين البلدين") == ["الوثيقة"]
    assert pairs("تربطهما علاقات وطيدة") == ["وطيدة"]
    # a فعيلة noun after an indefinite head is its genitive, and it may name the act
    assert pairs("كشفت تفاصيل الجريمة") == []


def test_a_dual_with_two_country_adjectives_names_both(pipeline) -> None:
    text = ("التقى رئيس الوزراء الإسرائيلي بنيامين نتنياهو الرئيس الأمريكي باراك أوباما في واشنطن. "
            "وفي عمان، قال مسؤولون إن الجانبين الأردني والفلسطيني اتفقا على رفع مشروع قرار إلى مجلس الأمن.")
    agreed = [(s, t) for c, s, t in coded_parties(pipeline, text, DAY) if c == "030"]
    assert agreed and sorted(agreed[0][0]) == ["JORGOV", "PSEGOV"], agreed


def test_a_bare_dual_still_points_back(pipeline) -> None:
    text = ("التقى وزير الخارجية الأردني ناصر جودة نظيره الفلسطيني رياض المالكي في عمان. "
            "وقال مسؤولون إن الجانبين اتفقا على التنسيق المشترك.")
    agreed = [s for c, s, _t in coded_parties(pipeline, text, DAY) if c == "030"]
    assert agreed and sorted(agreed[0]) == ["JORGOV", "PSEGOV"], coded_parties(pipeline, text, DAY)
