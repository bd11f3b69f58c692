"""Section 30 of the coder: limits of trigger matching found by the lexicon review.  Multi-word needed entries
match as phrases, a word in ة is no possessive in ه, a warning's own أن-clause holds its complement, «دائماً» after
an indefinite noun is an adjective, a truce a deal stipulates is its term, and a crowd storming a building riots.
Sentences written for these tests; each positive fails with its rule switched off."""

from __future__ import annotations

import pytest

from hadath.events.lexicon import EventLexicon
from hadath.events.senses import _needed_near
from hadath.text.normalize import normalize
from hadath.text.tokens import Tokenizer
from tests.events.helpers import code_text, codes, of_type


@pytest.fixture(scope="module")
def lexicon() -> EventLexicon:
    return EventLexicon.load()


def _cameos(doc) -> list[tuple[str | None, str]]:
    return [(e.event_type, e.cameo) for e in doc.events]


# --- multi-word needs_after entries match as phrases


def test_multi_word_entries_are_indexed_by_their_first_word_at_load(lexicon):
    phrases = lexicon.patterns["accuse.describe_negative"].after_phrases
    assert (normalize("غير"), normalize("مقبول")) in phrases[normalize("غير")]
    assert not lexicon.patterns["accuse.describe_negative"].before_phrases


def test_a_needed_phrase_before_the_trigger_must_end_before_it():
    tokens = Tokenizer().tokenize("غير مقبول أبدا")
    index = {normalize("غير"): ((normalize("غير"), normalize("مقبول")),)}
    assert _needed_near(tokens, [0], frozenset(), index, before=2)
    assert not _needed_near(tokens, [0], frozenset(), index, before=1)  # would run into the trigger
    assert not _needed_near(tokens, [1], frozenset(), index)  # a phrase starts at its first word only


def test_describing_a_decision_as_unacceptable_condemns_it(pipeline):
    doc = code_text(pipeline, "وصفت وزارة الخارجية الأردنية القرار الإسرائيلي بأنه «غير مقبول».")
    [accuse] = of_type(doc, "ACCUSE")
    assert accuse.cameo == "111" and codes(accuse.source) == ["JORGOV"]


def test_near_miss_not_and_acceptable_apart_are_no_condemnation(pipeline):
    doc = code_text(pipeline, "وصف الوزير الأردني الاجتماع بأنه غير رسمي ومقبول.")
    assert not of_type(doc, "ACCUSE")


def test_an_invitation_to_an_official_visit_is_intent_to_meet(pipeline):
    doc = code_text(pipeline, "دعا الرئيس التونسي نظيره الجزائري إلى زيارة رسمية إلى تونس.")
    assert ("AGREE", "036") in _cameos(doc)


def test_near_miss_an_invitation_to_visit_a_fair_is_an_appeal(pipeline):
    doc = code_text(pipeline, "دعا الرئيس التونسي نظيره الجزائري إلى زيارة المعرض.")
    assert not of_type(doc, "AGREE")


def test_joining_the_rome_statute_accedes_to_a_treaty(pipeline):
    doc = code_text(pipeline, "انضمت أوكرانيا رسمياً إلى نظام روما الأساسي للمحكمة الجنائية الدولية.")
    [agree] = of_type(doc, "AGREE")
    assert agree.cameo == "057" and codes(agree.source) == ["UKRGOV"]


def test_near_miss_joining_a_payment_system_is_no_treaty(pipeline):
    doc = code_text(pipeline, "انضمت أوكرانيا إلى نظام الدفع الأوروبي.")
    assert not of_type(doc, "AGREE")


# --- ة is not the possessive ه


def test_entries_written_with_ha_are_kept_apart_unless_also_listed_with_taa(lexicon):
    assert normalize("سفيره") in lexicon.patterns["sanction.recall_envoy"].after_ha
    assert normalize("سفيره") not in lexicon.patterns["accuse.summon"].after_ha  # سفيرة is listed there too


def test_summoning_the_ambassador_in_feminine_is_a_protest_not_a_recall(pipeline):
    doc = code_text(pipeline, "استدعت وزارة الخارجية المصرية السفيرة البريطانية في القاهرة.")
    assert _cameos(doc) == [("ACCUSE", "114")]
    assert codes(doc.events[0].target) == ["GBRGOV"]


def test_summoning_an_ambassador_of_a_country_without_the_article_too(pipeline):
    doc = code_text(pipeline, "استدعت وزارة الخارجية المصرية سفيرة بريطانيا في القاهرة.")
    assert _cameos(doc) == [("ACCUSE", "114")]


def test_near_miss_recalling_her_own_ambassador_stays_a_recall(pipeline):
    doc = code_text(pipeline, "استدعت مصر سفيرها لدى بريطانيا للتشاور.")
    assert _cameos(doc) == [("SANCTION", "161")]


# --- a warning's complement clause (من أن)


def test_a_warning_that_a_disaster_looms_is_found_past_min_anna(pipeline):
    doc = code_text(pipeline, "حذّرت منظمة الصحة العالمية من أن الأوضاع في المخيمات تنذر بكارثة إنسانية.")
    assert _cameos(doc) == [(None, "012")]


def test_a_warning_with_bare_anna_after_its_subject_too(pipeline):
    doc = code_text(pipeline, "حذّرت منظمة الصحة العالمية أن الأوضاع في المخيمات تنذر بكارثة إنسانية.")
    assert _cameos(doc) == [(None, "012")]


def test_near_miss_another_speakers_clause_is_not_the_warnings_complement(pipeline):
    doc = code_text(pipeline, "حذّر الوزير المصري من الإشاعات، وقال مسؤول آخر إن البلاد لا تواجه أي كارثة.")
    assert (None, "012") not in _cameos(doc)


def test_a_warning_that_the_addressee_will_bear_the_consequences_is_one_threat(pipeline):
    doc = code_text(pipeline, "حذّرت إيران الولايات المتحدة من أنها ستتحمل العواقب إذا هاجمت منشآتها النووية.")
    assert of_type(doc, "THREATEN")
    assert (None, "012") not in _cameos(doc)


# --- «دائماً» agreeing with a noun


def test_a_lasting_ceasefire_agreement_is_no_habit(pipeline):
    doc = code_text(pipeline, "وقّعت الحكومة والمتمردون اتفاقاً دائماً لوقف إطلاق النار.")
    assert ("AGREE", "057") in _cameos(doc) and ("RETREAT", "0871") in _cameos(doc)


def test_an_activist_of_long_standing_is_arrested_once(pipeline):
    doc = code_text(pipeline, "اعتقلت الشرطة المصرية ناشطاً دائماً في المعارضة.")
    assert [e.cameo for e in of_type(doc, "COERCE")] == ["173"]


def test_near_miss_always_after_the_subject_is_a_habit(pipeline):
    doc = code_text(pipeline, "تعتقل الشرطة المصرية دائماً ناشطين معارضين قبل الانتخابات.")
    assert not of_type(doc, "COERCE")


# --- a truce a deal stipulates


def test_a_truce_a_signed_deal_stipulates_is_its_term_still_to_come(pipeline):
    doc = code_text(pipeline, "وقّعت الحكومة والمتمردون أمس اتفاقاً يقضي بوقف إطلاق النار في الإقليم.")
    assert [e.status for e in of_type(doc, "AGREE")] == ["asserted"]
    assert [(e.cameo, e.status) for e in of_type(doc, "RETREAT")] == [("0871", "intended")]


def test_a_truce_a_reached_deal_stipulates_too(pipeline):
    doc = code_text(pipeline, "توصلت الحكومة والمتمردون أمس إلى اتفاق يقضي بوقف إطلاق النار في الإقليم.")
    assert [(e.cameo, e.status) for e in of_type(doc, "RETREAT")] == [("0871", "intended")]


def test_near_miss_a_resolution_stipulating_a_truce_is_a_texts_content(pipeline):
    doc = code_text(pipeline, "أصدر مجلس الأمن الدولي قراراً يقضي بوقف إطلاق النار في الإقليم.")
    assert not of_type(doc, "RETREAT")


# --- a crowd storming a building


def test_protesters_storming_parliament_riot(pipeline):
    doc = code_text(pipeline, "المتظاهرون اقتحموا مقر البرلمان في بغداد الأحد.")
    assert _cameos(doc) == [("PROTEST", "145")]
    assert codes(doc.events[0].source) == ["IRQCVL"]


def test_near_miss_police_storming_a_party_office_raid_it(pipeline):
    doc = code_text(pipeline, "قوات الأمن العراقية اقتحمت مقر الحزب في بغداد الأحد.")
    assert _cameos(doc) == [("COERCE", "1711")]
