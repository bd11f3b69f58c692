"""A listed person followed by the title that person holds that day (عادل الجبير وزير الخارجية السعودي) is one
mention, as the actors gold writes title and name; a title held by someone else stays a second actor."""

from __future__ import annotations

from datetime import date

import pytest

from hadath.actors.evaluate import mentions
from hadath.actors.stage import ActorStage

FOREIGN_MINISTER_DAY = date(2015, 8, 6)  # Adel al-Jubeir was Saudi foreign minister from 2015-04-29


@pytest.fixture(scope="module")
def shipped() -> ActorStage:
    return ActorStage.load(use_ner=False)


def _coded(stage: ActorStage, text: str, day: date) -> list[tuple[str, str | None]]:
    return [(m.text, m.actor_code) for m in mentions(text, day, stage)]


@pytest.mark.parametrize("text, mention", [
    ("أدان عادل الجبير وزير الخارجية السعودي التفجير الإرهابي.", "عادل الجبير وزير الخارجية السعودي"),
    ("قال عادل الجبير، وزير الخارجية السعودي، إن بلاده لن تتراجع.", "عادل الجبير، وزير الخارجية السعودي"),
    ("أدان الملك عبدالله الثاني ملك الأردن الهجوم.", "الملك عبدالله الثاني ملك الأردن"),
])
def test_the_title_a_person_holds_that_day_is_part_of_the_mention(shipped, text: str, mention: str) -> None:
    coded = _coded(shipped, text, FOREIGN_MINISTER_DAY)
    assert [t for t, _ in coded if t.startswith(mention.split()[0])] == [mention], coded
    assert len([c for _, c in coded if c in ("SAUGOV", "JORGOV")]) == 1


def test_a_title_the_person_did_not_hold_that_day_stays_apart(shipped) -> None:
    # in 2014 al-Jubeir was ambassador in Washington: the foreign minister after his name is someone else
    coded = _coded(shipped, "التقى عادل الجبير وزير الخارجية السعودي في واشنطن.", date(2014, 3, 1))
    assert ("عادل الجبير", "SAUGOV") in coded and ("وزير الخارجية السعودي", "SAUGOV") in coded


@pytest.mark.parametrize("text", [
    "التقى بوتين رئيس الوزراء الروسي في الكرملين.",  # another office of the same state: two people
    "التقى بوتين رئيس الوزراء ديمتري ميدفيديف في الكرملين.",  # the title's own holder named after it
])
def test_another_persons_title_after_a_name_stays_a_second_actor(shipped, text: str) -> None:
    coded = _coded(shipped, text, date(2015, 5, 1))  # Putin was president, Medvedev prime minister
    assert ("بوتين", "RUSGOV") in coded
    assert any(t.startswith("رئيس الوزراء") for t, _ in coded), coded


def test_the_title_a_person_held_earlier_is_read_as_that_persons(shipped) -> None:
    # in 2010 Putin was prime minister: «بوتين رئيس الوزراء الروسي» is one person
    coded = _coded(shipped, "التقى بوتين رئيس الوزراء الروسي في الكرملين.", date(2010, 5, 1))
    assert ("بوتين رئيس الوزراء الروسي", "RUSGOV") in coded
