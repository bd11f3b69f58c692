"""Precision of the learned backstop's trigger choice on real-news shapes: support nouns, manner phrases,
unit nouns, violence read as a threat, and sentences whose act the coder set aside as foiled."""

from __future__ import annotations

import pytest

from hadath.events.lexicon import EventLexicon
from tests.events.helpers import learned_triggers as _learned

NONSENSE = "زعبلت"  # no lexicon pattern can match it: an event on it comes from the backstop


@pytest.fixture(scope="module")
def lexicon() -> EventLexicon:
    return EventLexicon.load()


HOUTHI = [("الحكومة اليمنية", "YEMGOV"), ("جماعة الحوثي", "YEMREB")]


# (both sentences name the army, so that an ASSAULT is not set aside for want of any word of force: round 45)
def test_the_support_noun_of_qama_bi_is_no_trigger(text_stage, lexicon) -> None:
    text = "وذكرت الحكومة اليمنية أن قيام جماعة الحوثي بتحركات قرب مواقع الجيش في تعز سيواجه بالرد."
    assert _learned(text_stage, lexicon, text, "ASSAULT", {"قيام": 9.0}, HOUTHI) == []


def test_a_real_verb_in_the_same_place_is_still_coded(text_stage, lexicon) -> None:
    text = f"وذكرت الحكومة اليمنية أن جماعة الحوثي {NONSENSE} مواقع الجيش في تعز أمس."
    assert _learned(text_stage, lexicon, text, "ASSAULT", {NONSENSE: 9.0}, HOUTHI) == [NONSENSE]


def test_a_unit_noun_is_no_trigger(text_stage, lexicon) -> None:
    text = "وتتبع القوة السعودية الخاصة لواء المظليين الذي يتدرب على العمليات البرية والجوية."
    assert _learned(text_stage, lexicon, text, "MOBILIZE", {"لواء": 9.0}, [("السعودية", "SAUMIL")]) == []


def test_a_grammar_word_with_a_clitic_is_no_trigger(text_stage, lexicon) -> None:
    text = "وذكرت الحكومة اليمنية أن جماعة الحوثي قامت بذلك في تعز."
    assert _learned(text_stage, lexicon, text, "ASSAULT", {"بذلك": 9.0}, HOUTHI) == []


def test_a_noun_of_nationality_is_no_trigger(text_stage, lexicon) -> None:
    text = "وذكرت الحكومة اليمنية أن جماعة الحوثي تضم جنسيات مختلفة في تعز."
    assert _learned(text_stage, lexicon, text, "MOBILIZE", {"جنسيات": 9.0}, HOUTHI) == []


def test_the_neighbour_of_a_manner_phrase_is_not_tried(text_stage, lexicon) -> None:
    text = "وأضافت الحكومة اليمنية أن جماعة الحوثي ستعامل بكل قسوة إن خرقت الاتفاق."
    assert _learned(text_stage, lexicon, text, "THREATEN", {"بكل": 9.0, "قسوة": 8.0}, HOUTHI) == []


def test_a_real_act_apart_from_the_manner_phrase_is_still_tried(text_stage, lexicon) -> None:
    text = f"و{NONSENSE} الحكومة اليمنية جماعة الحوثي أمس بكل قسوة."
    found = _learned(text_stage, lexicon, text, "THREATEN", {"بكل": 9.0, "قسوة": 8.0, f"و{NONSENSE}": 7.0}, HOUTHI)
    assert found == [f"و{NONSENSE}"]


PKK = [("حزب العمال الكردستاني", "TURREBPKK")]


def test_violence_itself_is_not_read_as_a_threat(text_stage, lexicon) -> None:
    text = "وأوضح البيان أن المدفعية قامت بقصف أهداف لحزب العمال الكردستاني."
    scores = {"بقصف": 9.0, "أهداف": 8.0}
    assert _learned(text_stage, lexicon, text, "THREATEN", scores, PKK) == []


def test_a_threat_word_beside_the_violence_is_still_coded(text_stage, lexicon) -> None:
    # (round 129: «أهدافا لحزب العمال» now names the party as the owner of what is hit, an object the learned
    # THREATEN pattern has no slot for; «معاقل», strongholds, is no container noun)
    text = f"وأوضح البيان أن المدفعية {NONSENSE} معاقل لحزب العمال الكردستاني."
    assert _learned(text_stage, lexicon, text, "THREATEN", {NONSENSE: 9.0}, PKK) == [NONSENSE]


POLICE = [("قوات الأمن", "SAUCOP"), ("الجيش", "SAUMIL")]


def test_a_foiled_attack_is_not_recoded_as_another_type(text_stage, lexicon) -> None:
    text = "وأحبطت قوات الأمن هجوما على مركز أمني في الرياض أمس مع الجيش."
    assert _learned(text_stage, lexicon, text, "COOPERATE", {"هجوما": 9.0}, POLICE) == []


def test_the_same_sentence_without_the_foiling_verb_is_coded(text_stage, lexicon) -> None:
    text = f"و{NONSENSE} قوات الأمن هجوما على مركز أمني في الرياض أمس مع الجيش."
    assert _learned(text_stage, lexicon, text, "COOPERATE", {f"و{NONSENSE}": 9.0}, POLICE) == [f"و{NONSENSE}"]
