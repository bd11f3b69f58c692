"""Round 96 (coder section 122), from the dev split's missing targets: an attack's toll told after it names its
target when the attack named none (ما أدى إلى مقتل عنصرين من حزب الله، أودى بحياة سبعة جنود نيجيريين), and a
device that went off as a force passed targeted that force (لدى مرور دورية للجيش المالي)."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2022, 11, 3)


def test_the_toll_after_an_attack_names_its_target(pipeline) -> None:
    text = "استهدفت طائرة مسيرة إسرائيلية سيارة قرب مدينة صور، ما أدى إلى مقتل عنصرين من حزب الله."
    strikes = [(s, t) for c, s, t in coded_parties(pipeline, text, DAY) if c.startswith("19")]
    assert (["ISRMIL"], ["LBNREBHEZ"]) in strikes, strikes


def test_a_patrol_passing_is_the_target_of_the_device(pipeline) -> None:
    text = "انفجرت عبوة ناسفة زرعت على جانب الطريق لدى مرور دورية للجيش الصومالي قرب مقديشو."
    # the lexicon's roadside-bomb pattern itself, not only the learned backstop, finds whom it struck
    assert ("1833", [], ["SOMMIL"]) in coded_parties(pipeline, text, DAY)


def test_the_dead_of_both_sides_are_no_target(pipeline) -> None:
    # near miss: «من الطرفين» counts both sides of a clash
    text = "اندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في الفاشر، أسفرت عن قتلى وجرحى من الطرفين."
    clashes = [t for c, _s, t in coded_parties(pipeline, text, DAY) if c.startswith("19")]
    assert clashes and not any("SDNCVL" in t or "CVL" in t for t in clashes), clashes
