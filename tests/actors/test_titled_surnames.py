"""A title before a listed person's surname: «الرئيس البشير» after «عمر البشير» is that person again, and with no
earlier full name it is the one person of that surname who holds the title's role that day; a father's name after
«بن» is never the person («الملك عبدالعزيز» after «الملك سلمان بن عبدالعزيز»)."""

from __future__ import annotations

from datetime import date

import pytest

from hadath.actors.coder import _titled_surname_holder
from hadath.actors.lexicon import ActorLexicon, Person, Role
from hadath.actors.stage import ActorStage

from .helpers import coded_mentions

DAY = date(2015, 8, 6)


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    """The shipped stage with its tagger: the names under test are found by the CRF, not by the lexicon."""
    return ActorStage.load()


def test_a_title_before_a_surname_told_earlier_is_that_person(stage: ActorStage) -> None:
    coded = coded_mentions(stage, "التقى الرئيس السوداني عمر البشير الوفد المصري. وأكد الرئيس البشير دعمه للحوار.",
                           DAY)
    assert ("الرئيس البشير", "SDNGOV") in coded, coded


def test_a_title_of_another_sector_is_not_that_person(stage: ActorStage) -> None:
    coded = coded_mentions(stage, "التقى الرئيس السوداني عمر البشير الوفد المصري. وقال العقيد البشير إن الجيش مستعد.",
                           DAY)
    assert not [c for t, c in coded if t.startswith("العقيد") and c], coded


def test_a_fathers_name_is_not_the_person_told_earlier(stage: ActorStage) -> None:
    coded = coded_mentions(stage, "استقبل الملك عبدالله بن عبدالعزيز الوفد. وتحدث عن تاريخ الملك عبدالعزيز في توحيد "
                                  "البلاد.", date(2010, 5, 1))
    assert [c for t, c in coded if t.endswith("بن عبدالعزيز")] == ["SAUGOV"], coded
    assert ("الملك عبدالعزيز", None) in coded, coded


def test_a_title_and_surname_alone_name_the_one_holder_of_that_role(stage: ActorStage) -> None:
    sentence = "وأصدر الرئيس البشير قراراً بالعفو عن الصيادين."
    assert ("الرئيس البشير", "SDNGOV") in coded_mentions(stage, sentence, DAY)
    # in 2025 the only al-Bashir in office was a prime minister, not a president
    assert ("الرئيس البشير", None) in coded_mentions(stage, sentence, date(2025, 1, 15))


PRESIDENT = Person("p1", "A Omar", "عمر الفلاني", (Role("AAAGOV", date(2000, 1, 1), None, "president"),))
MINISTER = Person("p2", "B Salah", "صلاح الفلاني", (Role("BBBGOV", date(2000, 1, 1), None, "foreign minister"),))
FORMER = Person("p3", "C Ali", "علي الفلاني", (Role("CCCGOV", date(1990, 1, 1), date(1995, 1, 1), "president"),))


def test_the_holder_is_the_one_person_with_that_surname_and_role() -> None:
    surnames = {"الفلاني": (PRESIDENT, MINISTER, FORMER)}
    assert _titled_surname_holder(["الفلاني"], "president", DAY, surnames, frozenset()) is PRESIDENT
    assert _titled_surname_holder(["الفلاني"], "foreign minister", DAY, surnames, frozenset()) is MINISTER
    assert _titled_surname_holder(["الفلاني"], "king", DAY, surnames, frozenset()) is None
    assert _titled_surname_holder(["الفلاني"], "president", date(1992, 1, 1), surnames, frozenset()) is FORMER


def test_no_holder_when_two_share_the_role_or_the_word_is_a_given_name() -> None:
    other = Person("p4", "D Omar", "سعيد الفلاني", (Role("DDDGOV", date(2010, 1, 1), None, "president"),))
    assert _titled_surname_holder(["الفلاني"], "president", DAY, {"الفلاني": (PRESIDENT, other)}, frozenset()) is None
    assert _titled_surname_holder(["الفلاني"], "president", DAY, {"الفلاني": (PRESIDENT,)},
                                  frozenset({"الفلاني"})) is None
    assert _titled_surname_holder(["عمر", "الفلاني"], "president", DAY, {"الفلاني": (PRESIDENT,)}, frozenset()) is None


def test_a_fathers_name_is_no_surname_in_the_lexicon_index() -> None:
    surnames = ActorLexicon.load().surnames
    assert "omar_al_bashir" in [p.id for p in surnames["البشير"]]
    assert "king_salman" not in [p.id for p in surnames.get("عبدالعزيز", ())]  # سلمان بن عبدالعزيز
    assert "king_salman" not in [p.id for p in surnames.get("العزيز", ())]  # سلمان بن عبد العزيز
