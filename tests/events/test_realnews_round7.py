"""Round 7 of hand-checked real news (coder.py section 33): a body's name is no act, an admission of defeat
is no support, a habit after «كلما» is no news, and «يخطف الأنظار» abducts nobody; each with a near miss."""

from __future__ import annotations

import pytest

from hadath.events.lexicon import EventLexicon

from .helpers import assert_type_not_coded, code_text, lexical, of_type
from .helpers import learned_triggers as _learned


@pytest.fixture(scope="module")
def lexicon() -> EventLexicon:
    return EventLexicon.load()


# ---------------------------------------------------------------- a body's name after its patron

def test_purpose_in_a_centre_named_after_a_patron_is_no_aid(text_stage, lexicon) -> None:
    text = "ووصلت الطائرة التابعة لمركز الأمير فيصل للإغاثة إلى مطار عدن أمس."
    actors = [("الأمير فيصل", "SAUGOV")]
    assert _learned(text_stage, lexicon, text, "AID", {"للإغاثة": 9.0}, actors) == []


def test_purpose_after_a_committee_and_its_rank_is_no_aid(text_stage, lexicon) -> None:
    text = "وسلمت الحكومة اليمنية الأدوية إلى اللجنة العليا للإغاثة في مدينة تعز أمس."
    actors = [("الحكومة اليمنية", "YEMGOV")]
    assert _learned(text_stage, lexicon, text, "AID", {"للإغاثة": 9.0}, actors) == []


def test_the_same_purpose_noun_after_a_team_is_still_aid(text_stage, lexicon) -> None:
    text = "وأرسلت الحكومة الكويتية أمس فريقاً للإغاثة إلى محافظة تعز اليمنية."
    actors = [("الحكومة الكويتية", "KWTGOV")]
    assert _learned(text_stage, lexicon, text, "AID", {"للإغاثة": 9.0}, actors) == ["للإغاثة"]


def test_an_inquiry_committee_is_still_an_inquiry(pipeline) -> None:
    doc = code_text(pipeline, "شكلت الحكومة العراقية لجنة تحقيق في الهجوم على سجن المدينة.")
    assert [e.trigger.text for e in lexical(of_type(doc, "ACCUSE"))] == ["تحقيق"]


# ---------------------------------------------------------------- an admission of defeat

REBELS = [("جماعة الحوثي", "YEMREBHOU")]


def test_admitting_defeats_is_no_support(text_stage, lexicon) -> None:
    text = "واعترفت جماعة الحوثي أمس بالهزائم التي منيت بها في محافظة لحج."
    assert _learned(text_stage, lexicon, text, "SUPPORT", {"واعترفت": 9.0}, REBELS) == []


def test_admitting_a_failure_after_a_long_subject_is_no_support(text_stage, lexicon) -> None:
    text = "واعترف قيادي بارز في جماعة الحوثي، بفشل جماعته في السيطرة على مدينة تعز."
    assert _learned(text_stage, lexicon, text, "SUPPORT", {"واعترف": 9.0}, REBELS) == []


def test_acknowledging_election_results_is_still_support(text_stage, lexicon) -> None:
    text = "واعترفت جماعة الحوثي أمس بنتائج الانتخابات في صنعاء."
    assert _learned(text_stage, lexicon, text, "SUPPORT", {"واعترفت": 9.0}, REBELS) == ["واعترفت"]


def test_the_lexicon_recognition_of_a_state_stays(pipeline) -> None:
    doc = code_text(pipeline, "اعترفت حكومة السويد رسمياً بدولة فلسطين يوم الخميس.")
    assert [e.trigger.text for e in lexical(of_type(doc, "SUPPORT"))] == ["اعترفت"]


# ---------------------------------------------------------------- «كلما»: a habit

def test_a_meeting_after_kullama_is_a_habit(pipeline) -> None:
    assert_type_not_coded(pipeline, "وكلما اشتدت الأزمة اجتمع وزيرا خارجية فرنسا وألمانيا في باريس.", "CONSULT")


def test_the_same_meeting_told_as_news_is_coded(pipeline) -> None:
    doc = code_text(pipeline, "واجتمع وزيرا خارجية فرنسا وألمانيا في باريس أمس لبحث الأزمة.")
    assert of_type(doc, "CONSULT")


# ---------------------------------------------------------------- «يخطف الأنظار»

def test_catching_the_eye_is_no_abduction(pipeline) -> None:
    assert_type_not_coded(pipeline, "والفنان السوري يخطف الأنظار في حفل جدة.", "ASSAULT")


def test_stealing_the_spotlight_is_no_abduction(pipeline) -> None:
    assert_type_not_coded(pipeline, "والمطرب اللبناني يخطف الأضواء في حفل دبي.", "ASSAULT")


def test_abducting_a_journalist_is_still_an_abduction(pipeline) -> None:
    doc = code_text(pipeline, "خطف مسلحون صحفياً فرنسياً في مدينة حلب أمس.")
    assert [e.trigger.text for e in of_type(doc, "ASSAULT")] == ["خطف"]
