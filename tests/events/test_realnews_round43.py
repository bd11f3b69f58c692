"""Round 43 of hand-checked real news (coder.py section 70): martyrdom counts the dead (استشهاد 15 وإصابة 33), also
in brackets (استشهاد (15)); «بنيران X» names X the shooter (a tank's fire is heavy weapons); «قتلوا … على يد X» past a
weekday is a passive: its subject are victims.  Near miss: an active verb past a weekday keeps its subject."""

from __future__ import annotations

from datetime import date

import pytest

from hadath.events.numbers import extract_size
from hadath.text.tokens import Tokenizer

from .helpers import coded_parties

DAY_2015 = date(2015, 8, 9)


@pytest.mark.parametrize("text", [
    "في حادث التفجير الذي استهدف مسجداً ونتج عنه استشهاد (15) وإصابة (33) من رجال الأمن.",
    "ونتج عنه استشهاد 15 وإصابة 33 من رجال الأمن.",
])
def test_martyrdom_counts_the_dead(text: str) -> None:
    size = extract_size(Tokenizer().tokenize(text))
    assert (size.dead, size.injured) == (15, 33)


def _codes(pipeline, text: str) -> list[tuple[str, list[str], list[str]]]:
    return coded_parties(pipeline, text, DAY_2015)


def test_the_fire_of_gunmen_names_the_shooters(pipeline) -> None:
    codes = _codes(pipeline, "ولقي مدرس وزوجته مصرعهما بنيران مسلحين مجهولين في منطقة الجعارة جنوبي بغداد.")
    assert codes and all("UAF" not in c[2] for c in codes) and any("UAF" in c[1] for c in codes)


def test_a_tanks_fire_is_heavy_weapons(pipeline) -> None:
    codes = _codes(pipeline, "وأصيب اثنان من جنود اليونيفيل بنيران دبابة إسرائيلية في الناقورة.")
    assert ("194", ["ISRMIL"], []) in [(c[0], c[1], []) for c in codes]


def test_killed_at_the_hands_of_their_killers_past_a_weekday_are_victims(pipeline) -> None:
    text = ("وقالت مصادر محلية إن ستة حوثيين بينهم القيادي ابو عقيل السالمي قتلوا امس السبت على يد عناصر المقاومة "
            "الشعبية في إب.")
    codes = [c for c in _codes(pipeline, text) if c[0].startswith("19")]
    assert codes and all("القيادي ابو عقيل السالمي" not in c[1] for c in codes)


def test_gunmen_who_killed_on_a_weekday_are_still_the_killers(pipeline) -> None:
    codes = _codes(pipeline, "وقالت الشرطة إن المسلحين قتلوا الخميس ثلاثة جنود.")
    assert any(c[0] == "190" and c[1] == ["UAF"] for c in codes)
