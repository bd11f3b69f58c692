"""Round 16 of hand-checked real news (coder.py section 43): who is not the attacker.  The genitive of
«استهداف» is whom it targets, a commenter or a worried speaker did not attack, a person's name inside a
building's name is no party, and the Companions of the Prophet («رضي الله عنه») are history.  Each rule with a
near miss that keeps its reading."""

from __future__ import annotations

from datetime import date

import pytest

from .helpers import code_text, roles_of

DAY_2015 = date(2015, 8, 7)


def _assault_roles(pipeline, text: str) -> list[tuple[list[str], list[str]]]:  # noqa: ANN001
    return roles_of(code_text(pipeline, text, DAY_2015), "ASSAULT")


def test_the_genitive_of_targeting_is_its_target(pipeline) -> None:
    """«استهداف رجال الأمن»: the security men are targeted, they do not target."""
    roles = _assault_roles(pipeline, "وقال معاليه إن استهداف رجال الأمن في بيت من بيوت الله فعل مجرم.")
    assert roles == [([], ["COP"])]


def test_the_genitive_of_targeting_acts_when_an_object_follows(pipeline) -> None:
    """Near miss: «استهداف جماعة الحوثي منشأتي أرامكو»: the object after the genitive makes it the doer."""
    text = "وأدانت الإمارات بشدة استهداف جماعة الحوثي منشأتي أرامكو في بقيق وخريص فجر السبت."
    assert [src for src, _ in _assault_roles(pipeline, text)] == [["YEMREBHOU"]]


@pytest.mark.parametrize("text", [
    # «علق الكاتب جمال خاشقجي على تفجير المسجد»: the writer speaks of it
    "علق الكاتب السعودي جمال خاشقجي على تفجير مسجد قوات الطوارئ بمدينة أبها، الذي وقع ظهر اليوم.",
    # «أعرب المبعوث الأممي عن قلقه إزاء الهجمات»: the envoy is worried
    "وأعرب المبعوث الأممي عن قلقه إزاء الهجمات على المرافق الطبية في اليمن.",
    # «مسجد الإمام الصادق»: the mosque's name
    "وتعرض مسجد الإمام الصادق الكائن في منطقة الصوابر بالكويت العاصمة إلى تفجير إرهابي في 26 يونيو الماضي.",
])
def test_who_speaks_of_an_attack_or_names_its_site_did_not_attack(pipeline, text: str) -> None:
    roles = _assault_roles(pipeline, text)
    assert roles and all(src == [] for src, _ in roles)


def test_suspended_attacks_keep_their_attacker(pipeline) -> None:
    """Near miss: «علق الجيش هجماته» (suspended) takes no على before the attack noun; the army's attacks."""
    text = "وعلق الجيش التركي هجماته على مواقع حزب العمال الكردستاني في العراق."
    assert [src for src, _ in _assault_roles(pipeline, text)] == [["TURMIL"]]


def test_a_mosques_name_is_no_target_of_a_condemnation(pipeline) -> None:
    """The king who condemns stands before no building and stays the source; the mosque's name is no target."""
    text = "وأدان الملك سلمان الهجوم على مسجد الإمام الصادق في الكويت."
    assert roles_of(code_text(pipeline, text, DAY_2015), "ACCUSE") == [(["SAUGOV"], [])]


def test_the_companions_of_the_prophet_are_history(pipeline) -> None:
    """«قتلوا عثمان رضي الله عنه»: a killing of the seventh century, no event."""
    text = "وأضافت أن هؤلاء الخوارج قتلوا عثمان رضي الله عنه وهو يقرأ القرآن."
    assert not _assault_roles(pipeline, text)
