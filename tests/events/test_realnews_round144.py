"""Round 144, from a day of real news (2015-07-21): the owner of a place an earlier act was aimed at is no subject of a
later verb («استهدف الطيران مواقع ميليشيات الحوثي …، وأشادت شخصيتان يمنيتان»); a verb after «بن / أبي» is part of a
name («مسجد الإمام علي بن أبي طالب»); the word after an act's own preposition is its object, no future predicate
(«القبض على ستيني»); and a distance in «كيلمترات» counts nobody."""

from __future__ import annotations

from datetime import date

from hadath.events.numbers import extract_size
from hadath.text.tokens import Tokenizer

from .helpers import code_text, coded_parties, parties_of

DAY = date(2015, 7, 21)


def test_the_owner_of_a_struck_place_does_not_praise(pipeline) -> None:
    text = ("استهدف طيران التحالف بغارات عنيفة مواقع ميليشيات الحوثي قرب قاعدة العند في لحج، وأشادت شخصيتان "
            "قياديتان يمنيتان بدور المملكة العربية السعودية في مساندة الحكومة الشرعية.")
    assert [s for s, _ in parties_of(pipeline, text, "051", DAY)] == [[]]


def test_the_subject_before_a_conjoined_verb_still_acts(pipeline) -> None:
    # near miss: the forces are named before the place, as the first verb's subject, and act again
    text = "وقصفت قوات التحالف مواقع الحوثيين في تعز، وأشادت بصمود المقاومة الشعبية."
    assert [s for s, _ in parties_of(pipeline, text, "051", DAY)] != [[]]


def test_a_verb_after_abi_is_part_of_a_name(pipeline) -> None:
    text = "وشهدت المملكة حادث استهداف المصلين بمسجد الإمام علي بن أبي طالب ببلدة القديح."
    assert not [c for c, _, _ in coded_parties(pipeline, text, DAY) if c.startswith("02")]


def test_a_verb_after_a_kunya_in_a_sentence_of_its_own_stays(pipeline) -> None:
    # near miss: «أبو مازن» is the subject before the verb, not a name the verb continues
    text = "وطالب الرئيس الفلسطيني أبو مازن إسرائيل بوقف الاستيطان."
    assert [c for c, _, _ in coded_parties(pipeline, text, DAY) if c.startswith("02")]


def test_an_arrest_of_a_sexagenarian_is_done(pipeline) -> None:
    doc = code_text(pipeline, "ألقت السلطات الأمريكية في كاليفورنيا القبض على ستيني ينتحل صفة طبيب من دون رخصة.", DAY)
    assert [e.status for e in doc.events if e.cameo == "173"] == ["asserted"]


def test_a_meeting_whose_predicate_is_future_is_intended(pipeline) -> None:
    # near miss: a future verb right after the act noun is its predicate
    text = "وأعلن الكرملين أن لقاء سيجمع الرئيس الروسي فلاديمير بوتين ونظيره التركي رجب طيب أردوغان في موسكو."
    doc = code_text(pipeline, text, DAY)
    assert [e.status for e in doc.events if e.cameo == "036"] == ["intended"], [(e.cameo, e.status) for e in doc.events]


def test_a_distance_in_kilometres_counts_nobody() -> None:
    text = ("وأدى تفجير انتحاري في بلدة سروج التي تبعد 10 كيلمترات عن الحدود السورية إلى مقتل 28 شخصا على الأقل "
            "وجرح 100 آخرين.")
    size = extract_size(Tokenizer().tokenize(text))
    assert (size.dead, size.injured) == (28, 100)
