"""The stage over whole documents: sentence indices, offsets, dateline, missing reference."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hadath.model import Article, Document
from hadath.text.stage import TextStage
from hadath.when import DateStage


@pytest.fixture(scope="module")
def text_stage() -> TextStage:
    return TextStage.load()


def run(text_stage: TextStage, stage: DateStage, text: str, published: date | None,
        title: str | None = None) -> Document:
    doc = text_stage(Document(Article(id="a", text=text, title=title, date=published)))
    return stage(doc)


def test_stage_contract(stage: DateStage) -> None:
    assert stage.name == "when"
    assert stage.requires == ("sentences",)
    assert stage.provides == ("dates",)
    assert isinstance(DateStage.load(), DateStage)


def test_mentions_carry_sentence_index_and_exact_offsets(text_stage: TextStage, stage: DateStage) -> None:
    text = "قال الوزير أمس إن الاتفاق صامد.\nوكان البلدان اتفقا يوم الأربعاء على وقف النار."
    doc = run(text_stage, stage, text, date(2017, 8, 25))
    got = [(m.text, m.value, m.sentence) for m in doc.dates]
    assert got == [("أمس", "2017-08-24", 0), ("يوم الأربعاء", "2017-08-23", 1)]
    for m in doc.dates:
        assert text[m.start:m.end] == m.text


def test_dateline_in_first_sentence_sets_reference(text_stage: TextStage, stage: DateStage) -> None:
    text = "الرياض - 19 يناير 2017: أعلن الوزير أمس عن خطة جديدة."
    doc = run(text_stage, stage, text, None)
    assert doc.article.date == date(2017, 1, 19)
    assert doc.article.meta["date_from"] == "dateline"
    assert [(m.text, m.value) for m in doc.dates] == [("19 يناير 2017", "2017-01-19"), ("أمس", "2017-01-18")]


def test_dateline_in_parentheses(text_stage: TextStage, stage: DateStage) -> None:
    text = "دمشق (الاثنين 2017/1/16) وصل الوفد الروسي أمس الأول إلى العاصمة."
    doc = run(text_stage, stage, text, None)
    assert doc.article.date == date(2017, 1, 16)
    assert doc.dates[-1].value == "2017-01-14"


def test_dateline_in_title(text_stage: TextStage, stage: DateStage) -> None:
    doc = run(text_stage, stage, "وقال المتحدث إن الهجوم وقع يوم الخميس.", None,
              title="تقرير الخميس 24 آب 2017")
    assert doc.article.date == date(2017, 8, 24)
    assert doc.dates[0].value == "2017-08-24"


def test_a_date_far_into_the_first_sentence_is_no_dateline(text_stage: TextStage, stage: DateStage) -> None:
    text = ("قال وزير الخارجية في مؤتمر صحفي عقده في العاصمة بعد لقائه نظيره إن البلدين سيوقعان "
            "الاتفاق الذي تم التوصل إليه في 6 أيار 2017 قريبا، وأضاف أمس أن المفاوضات مستمرة.")
    doc = run(text_stage, stage, text, None)
    assert doc.article.date is None
    assert "date_from" not in doc.article.meta


def test_no_reference_keeps_relative_mentions_without_value(text_stage: TextStage, stage: DateStage) -> None:
    doc = run(text_stage, stage, "وقال الوزير أمس إن الحرب بدأت عام 2011.", None)
    assert [(m.text, m.value, m.precision) for m in doc.dates] == [("أمس", None, "day"),
                                                                    ("عام 2011", "2011", "year")]


def test_given_date_is_not_overridden_by_a_dateline(text_stage: TextStage, stage: DateStage) -> None:
    doc = run(text_stage, stage, "الرياض - 19 يناير 2017: أعلن الوزير أمس عن خطة.", date(2017, 1, 20))
    assert doc.article.date == date(2017, 1, 20)
    assert "date_from" not in doc.article.meta
    assert doc.dates[-1].value == "2017-01-19"


EXPRESSIONS = ["أمس", "يوم الخميس", "6 ايار الماضي", "منذ 2014", "15 رمضان 1436 هـ", "2017/1/19",
               "الأسبوع الماضي", "قبل ثلاثة أيام", "وبالأمس", "يومَ الخمـيسِ", "أيلول/سبتمبر 2015"]
FILLER = st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي ،.«»0123456789\u064e\u0640\n", max_size=40)


@settings(max_examples=150, deadline=None)
@given(before=FILLER, expression=st.sampled_from(EXPRESSIONS), after=FILLER)
def test_offsets_always_index_the_original_text(text_stage: TextStage, stage: DateStage, before: str,
                                                expression: str, after: str) -> None:
    text = f"{before} {expression} {after}"
    doc = run(text_stage, stage, text, date(2017, 8, 25))
    for m in doc.dates:
        assert text[m.start:m.end] == m.text
        assert 0 <= m.start < m.end <= len(text)
        sentence = doc.sentences[m.sentence]
        assert sentence.start <= m.start and m.end <= sentence.end
