"""Round 129: «هدفاً / أهداف» is a container whose owner follows with ل (غارات على أكثر من ستين هدفاً للحوثيين،
ضربات جوية ضد أهداف لتنظيم داعش): the owner is what was struck."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, roles_of

DAY = date(2015, 7, 26)


def test_targets_of_a_group_after_a_count(pipeline) -> None:
    text = "شنت مقاتلات أمريكية وبريطانية غارات على أكثر من ستين هدفاً للحوثيين في اليمن."
    strikes = [(sorted(source), target) for source, target in roles_of(code_text(pipeline, text, DAY), "ASSAULT")]
    assert strikes == [(["GBRMIL", "USAMIL"], ["YEMREBHOU"])]


def test_targets_of_a_group_after_a_verb(pipeline) -> None:
    text = "قصفت المقاتلات التركية ليل الجمعة سبعة أهداف لحزب العمال الكردستاني في شمال العراق."
    assert roles_of(code_text(pipeline, text, DAY), "ASSAULT") == [(["TURMIL"], ["TURREBPKK"])]


def test_an_aim_with_no_owner_is_no_party(pipeline) -> None:
    # near miss: «هدف» followed by no party with ل
    text = "قصفت المقاتلات التركية سبعة أهداف في شمال العراق."
    assert roles_of(code_text(pipeline, text, DAY), "ASSAULT") == [(["TURMIL"], [])]
