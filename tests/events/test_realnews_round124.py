"""Round 124: the owner of a container after the container's own indefinite genitive or adjective (على معسكرات
ومخازن أسلحة لميليشيا الحوثي، على مركز حدودي للجيش التركي) is the object the container's preposition gives; a
force's patron (قوات موالية للرئيس) and a container with its own pronoun (بدورها) are left as they were."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, of_type, roles_of

DAY = date(2015, 7, 24)


def test_owner_after_a_container_and_its_genitive(pipeline) -> None:
    text = "شنت مقاتلات التحالف العربي سلسلة غارات على معسكرات ومخازن أسلحة لميليشيا الحوثي في صنعاء."
    assert roles_of(code_text(pipeline, text, DAY), "ASSAULT") == [(["SAUMIL"], ["YEMREBHOU"])]


def test_owner_after_a_container_and_its_adjective(pipeline) -> None:
    text = "قصفت المدفعية التركية مواقع عسكرية لحزب العمال الكردستاني شمالي العراق."
    assert roles_of(code_text(pipeline, text, DAY), "ASSAULT") == [(["TURMIL"], ["TURREBPKK"])]


def test_a_forces_patron_is_no_owned_object(pipeline) -> None:
    # near miss: «قوات موالية للرئيس»: the patron of a force named beside the doers, not what was shelled
    text = "قُتل أربعة مدنيين جراء قصف شنه الحوثيون وقوات موالية للرئيس السابق علي صالح على أحياء سكنية بمدينة تعز."
    targets = [[m.actor_code or m.text for m in e.target] for e in of_type(code_text(pipeline, text, DAY), "ASSAULT")]
    assert targets and all("علي صالح" not in code and code != "YEMELI" for t in targets for code in t)
