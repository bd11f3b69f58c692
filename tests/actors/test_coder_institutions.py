"""Institutions and staff given a country by a nisba past generic adjectives, or by the institution they work
in; checked on the shipped lexicon (no NER), with sentences written for these tests."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from hadath.actors.stage import ActorStage

from .helpers import coded_mentions

DAY = date(2024, 2, 1)


@pytest.fixture(scope="module")
def shipped() -> ActorStage:
    return ActorStage.load(use_ner=False)


_coded = partial(coded_mentions, day=DAY)  # (stage, text): the mentions and their codes


def test_a_generic_adjective_between_institution_and_nisba(shipped) -> None:
    assert _coded(shipped, "أغلقت المدارس الحكومية التونسية أبوابها.") == [("المدارس الحكومية التونسية", "TUNEDU")]
    assert _coded(shipped, "أعلنت الشرطة المحلية الكينية حالة التأهب.") == [("الشرطة المحلية الكينية", "KENCOP")]


def test_an_adjective_that_names_no_kind_does_not_bridge(shipped) -> None:
    # "الكبيرة" is no generic qualifier of institutions: the nisba is not the schools' country
    assert ("المدارس الكبيرة التونسية", "TUNEDU") not in _coded(shipped, "أغلقت المدارس الكبيرة التونسية أبوابها.")


def test_staff_in_a_countrys_institution_take_its_country(shipped) -> None:
    found = dict(_coded(shipped, "أضرب الممرضون في المستشفيات العمومية الجزائرية."))
    assert found["الممرضون"] == "DZAHLH"
    found = dict(_coded(shipped, "واصل المعلمون في المدارس اللبنانية إضرابهم."))
    assert found["المعلمون"] == "LBNEDU"


def test_staff_in_a_place_that_is_no_institution_stay_uncoded(shipped) -> None:
    assert "المعلمون" not in dict(_coded(shipped, "واصل المعلمون في الصباح الباكر إضرابهم."))


def test_a_minister_with_a_two_part_portfolio_takes_the_nisba_after_it(shipped) -> None:
    assert _coded(shipped, "قال وزير التخطيط والتعاون الدولي الأردني إن المنحة وصلت.") == [
        ("وزير التخطيط والتعاون الدولي الأردني", "JORGOV")]


def test_a_nisba_after_a_non_minister_construct_stays_with_its_noun(shipped) -> None:
    # "مكتب الشؤون الفلسطينية": the nisba qualifies الشؤون, not the office
    assert ("مكتب الشؤون الفلسطينية", "PSEGOV") not in _coded(shipped, "افتتح مكتب الشؤون الفلسطينية فرعاً جديداً.")


def test_muscat_acting_is_oman(shipped) -> None:
    assert _coded(shipped, "قال الوزير إن مسقط تأمل أن تنجح الاتصالات.") == [("مسقط", "OMNGOV")]


def test_a_definite_group_noun_refers_to_the_group_named_before_it(shipped) -> None:
    found = _coded(shipped, "أعلن الجيش الإسرائيلي اغتيال قائد في «حزب الله»، فيما توعد الحزب بالرد.")
    assert ("الحزب", "LBNREBHEZ") in found


def test_a_group_noun_with_its_own_adjective_is_no_reference(shipped) -> None:
    found = dict(_coded(shipped, "أعلن حزب الله مقتل قائده، وفاز الحزب الديمقراطي في الانتخابات."))
    assert "الحزب" not in found and "الحزب الديمقراطي" not in found
