"""Round 49 (coder section 76): a leader who stays away from a summit (يغيب … عن القمة) does not meet; phenomena
spreading (فانتشرت ظواهر مقززة) are no deployment.  Near misses: a leader taking part meets, an army spreading out
deploys."""

from __future__ import annotations

from datetime import date

from .helpers import code_text

DAY_2015 = date(2015, 8, 11)


def _codes(pipeline, text: str) -> list[tuple[str, str, list[str]]]:
    return [(e.cameo, e.status, [a.actor_code or a.text for a in e.source])
            for e in code_text(pipeline, text, DAY_2015).events]


def test_staying_away_from_a_summit_is_no_meeting(pipeline) -> None:
    codes = _codes(pipeline, "يغيب الرئيس السوداني عمر البشير عن القمة الرباعية التي تنعقد اليوم بمدينة عنتيبي.")
    assert ("040", "negated", ["SDNGOV"]) in codes and ("040", "asserted", ["SDNGOV"]) not in codes


def test_taking_part_in_a_summit_is_a_meeting(pipeline) -> None:
    codes = _codes(pipeline, "وشارك الرئيس السوداني عمر البشير في القمة الرباعية في عنتيبي.")
    assert ("040", "asserted", ["SDNGOV"]) in codes


def test_phenomena_spreading_are_no_deployment(pipeline) -> None:
    text = ("وعلى خطى «المهايطين» بالكلام، وصلنا «المهايطين» بالأفعال، فانتشرت ظواهر مقززة مثل البذخ فيما يسمى «كرم» "
            "وانتشرت ظاهرة التفحيط.")
    assert not [c for c in _codes(pipeline, text) if c[0].startswith("15")]


def test_an_army_spreading_out_deploys(pipeline) -> None:
    assert ("154", "asserted", ["LBNMIL"]) in _codes(pipeline, "وانتشر الجيش اللبناني في بلدة عرسال.")
